"""Disputes need evidence an editor accepts: a linked rejection, a flipped predicate, opposite
words or differing figures between two different sources; never a stray "not"."""

from __future__ import annotations

from test_contradictions import Article as BaseArticle
from test_contradictions import two_speakers

from briefing.disputes.evidence import find_rejection, profile
from briefing.disputes.finder import same_source
from briefing.model import SpeakerKind, StatementKind


class Article(BaseArticle):
    """Reported statements by default: most disputes in news are reported speech."""

    def said(  # type: ignore[override]
        self,
        speaker: str,
        words: str,
        *,
        cue: str = "",
        role: str = "",
        kind: SpeakerKind = SpeakerKind.PERSON,
        mention: str = "",
    ) -> str:
        return super().said(
            speaker, words, kind, StatementKind.REPORTED, cue=cue, role=role, mention=mention
        )

    def disputes(self) -> list:  # type: ignore[type-arg]
        return self.contradictions()


# --- rejections ----------------------------------------------------------------------------


def test_a_denial_that_names_the_claimant_answers_its_claim() -> None:
    article = Article(
        "Boase claimed he must have been sleep walking. "
        "The judge dismissed Boase's claims of sleepwalking."
    )
    claim = article.said("James Boase", "he must have been sleep walking", cue="claimed")
    denial = article.said("Kevin Grey", "Boase's claims of sleepwalking", cue="dismissed")
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)
    assert "dismissed" in dispute.reason


def test_the_charges_points_back_at_the_claim_just_before() -> None:
    article = Article(
        "Trump demeaned women on the show, according to show insiders. "
        "The Trump campaign called the charges unsubstantiated."
    )
    claim = article.said(
        "show insiders", "Trump demeaned women on the show", kind=SpeakerKind.GROUP
    )
    denial = article.said(
        "the campaign", "the charges unsubstantiated", cue="called", kind=SpeakerKind.GROUP
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


def test_the_criticism_of_someone_named_is_not_the_claim_just_before() -> None:
    article = Article(
        "Ms. Hale said the plant would reopen in the spring. "
        "The governor dismissed the criticism as the voice of Mr. Bruno's clients."
    )
    article.said("Ana Hale", "the plant would reopen in the spring")
    article.said(
        "the governor", "the criticism as the voice of Mr. Bruno's clients", cue="dismissed"
    )
    assert article.disputes() == []


def test_a_rejection_of_something_else_is_no_dispute() -> None:
    article = Article(
        "The mayor said the bridge will reopen in May. "
        "The union said the pay offer was false hope for its members."
    )
    article.said("Ana Ruiz", "the bridge will reopen in May")
    article.said("the union", "the pay offer was false hope for its members")
    assert article.disputes() == []


def test_rejecting_a_request_is_an_act_not_a_dispute() -> None:
    article = Article(
        "Democrats asked for an extra week of early voting in Ohio. "
        "The court rejected a request to restore an extra week of early voting in Ohio."
    )
    article.said("Democrats", "an extra week of early voting in Ohio", cue="asked")
    article.said(
        "the court", "a request to restore an extra week of early voting in Ohio", cue="rejected"
    )
    assert article.disputes() == []


def test_two_denials_of_the_same_thing_agree() -> None:
    article = Article(
        "Esper said there has been no decision to leave Iraq. "
        "Milley said the talk of leaving Iraq is false."
    )
    article.said("Mark Esper", "there has been no decision to leave Iraq")
    article.said("Mark Milley", "the talk of leaving Iraq is false")
    assert article.disputes() == []


def test_lies_as_a_word_about_a_person_is_no_rejection() -> None:
    assert find_rejection("Trump tells so many lies that she could risk her message") == ""
    assert find_rejection("the tweets accusing her are “lies and conspiracy theories.”") != ""


def test_a_negated_rejection_rejects_nothing() -> None:
    assert find_rejection("the report is not false") == ""
    assert find_rejection("It doesn't mean rejecting the co-operation on research") == ""


def test_judging_a_deed_wrong_is_no_rejection_of_a_claim() -> None:
    article = Article(
        "Ed Balls said families are worse off as a result of government spending. "
        "David Cameron said it is wrong for government to spend money like it grows on trees."
    )
    article.said("Ed Balls", "families are worse off as a result of government spending")
    article.said(
        "David Cameron", "it is wrong for government to spend money like it grows on trees"
    )
    assert article.disputes() == []
    assert find_rejection("Trump's actions were wrong and he should be impeached") == ""
    assert find_rejection("It was wrong to say so") != ""
    assert find_rejection("those reports are wrong") != ""


# --- stances -------------------------------------------------------------------------------


def test_neither_nor_denies_the_claimed_help() -> None:
    article = Article(
        "Trump claimed Clinton had helped Machado get U.S. citizenship. A spokeswoman said "
        "neither the nominee nor her campaign helped a former Miss Universe get U.S. citizenship."
    )
    claim = article.said("Donald Trump", "Clinton had helped Machado get U.S. citizenship")
    denial = article.said(
        "Jessica Ditto",
        "neither the nominee nor her campaign helped a former Miss Universe get U.S. citizenship",
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


def test_failing_to_do_it_and_not_doing_it_agree() -> None:
    article = Article(
        "Kathleen Sawyer said officers failed to conduct required checks on inmates. "
        "Prosecutors said no inmate checks were conducted for eight hours."
    )
    article.said("Kathleen Sawyer", "officers failed to conduct required checks on inmates")
    article.said("Prosecutors", "no inmate checks were conducted for eight hours")
    assert article.disputes() == []


def test_a_not_on_another_word_of_the_sentence_is_no_stance() -> None:
    article = Article(
        "Officials said the boy fell into the cheetah pit after his parents dangled him. "
        "Zoo officials said the cheetahs did not approach the boy or his parents in the pit."
    )
    article.said("officials", "the boy fell into the cheetah pit after his parents dangled him")
    article.said("zoo staff", "the cheetahs did not approach the boy or his parents in the pit")
    assert article.disputes() == []


def test_without_is_never_a_stance() -> None:
    article = Article(
        "Ruiz said animals enter the country without quarantine. "
        "Keller said quarantine is required for animals to enter the country."
    )
    article.said("Ana Ruiz", "animals enter the country without quarantine")
    article.said("Brian Keller", "quarantine is required for animals to enter the country")
    assert article.disputes() == []


def test_opposite_words_about_the_same_thing_conflict() -> None:
    article = Article(
        "Trump accused her of being asleep during the attack on the compound. "
        "Clinton says she was awake all night after the attack."
    )
    first = article.said("Donald Trump", "being asleep during the attack on the compound")
    second = article.said("Hillary Clinton", "she was awake all night after the attack")
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(first,), (second,)}
    assert "asleep / awake" in dispute.reason or "awake / asleep" in dispute.reason


def test_doubting_what_the_claim_is_about_answers_it() -> None:
    article = Article(
        "Ms. Lane questioned Mr. Ortiz's eligibility to sit on the board. "
        "Ortiz said he qualifies as a resident because he has lived in the county since 2001."
    )
    doubt = article.said(
        "Maria Lane", "Mr. Ortiz's eligibility to sit on the board", cue="questioned"
    )
    claim = article.said(
        "Luis Ortiz", "he qualifies as a resident because he has lived in the county since 2001"
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (doubt,)
    assert "questioned" in dispute.reason


def test_doubting_something_else_answers_no_claim() -> None:
    article = Article(
        "Officials said hackers targeted the voter registration systems of two counties. "
        "Mr. Ortiz kept questioning the integrity of the county voting systems."
    )
    article.said("officials", "hackers targeted the voter registration systems of two counties")
    article.said("Luis Ortiz", "the integrity of the county voting systems", cue="questioning")
    assert article.disputes() == []


def test_opposite_acts_on_one_bill_under_two_names_conflict() -> None:
    article = Article(
        "Her aide said she would sign the legislation once it reached her desk. "
        "The White House promised a veto of the bill."
    )
    sign = article.said("Jo Park", "she would sign the legislation once it reached her desk")
    veto = article.said("the White House", "a veto of the bill", cue="promised")
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(sign,), (veto,)}
    assert "sign / veto" in dispute.reason


def test_being_against_something_opposes_supporting_it() -> None:
    article = Article(
        "Ms. Lane noted that Ortiz initially supported the stadium deal in 2012. "
        "Ortiz said he was totally against the stadium deal from the start."
    )
    support = article.said("Maria Lane", "Ortiz initially supported the stadium deal in 2012")
    against = article.said("Luis Ortiz", "he was totally against the stadium deal from the start")
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(support,), (against,)}
    assert "supported / against" in dispute.reason


def test_a_short_verdict_on_a_source_meets_what_the_source_says_of_itself() -> None:
    article = Article(
        'Ms. Lane said she has what the job needs: "Steadiness, and a cool head." '
        "Ortiz attacked Lane on Monday, saying: She's reckless and very unstable."
    )
    own = article.said("Maria Lane", 'she has what the job needs: "Steadiness, and a cool head."')
    verdict = article.said("Luis Ortiz", "She's reckless and very unstable.")
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(own,), (verdict,)}


def test_a_long_story_naming_a_source_is_no_verdict_on_it() -> None:
    article = Article(
        "Ms. Lane said she is thrilled with the endorsement of the teachers' union. "
        "The complaint says an aide to Lane helped hide the controversy over the contracts "
        "from the board while the county auditor investigated her office for months."
    )
    article.said("Maria Lane", "she is thrilled with the endorsement of the teachers' union")
    article.said(
        "the complaint",
        "an aide to Lane helped hide the controversy over the contracts from the board while "
        "the county auditor investigated her office for months",
    )
    assert article.disputes() == []


def test_opposite_words_inside_an_if_clause_suppose_rather_than_say() -> None:
    article = Article(
        "Ms. Lane said the union will win the vote on the new contract. "
        "Ortiz said that if the union were to lose the vote on the contract, talks would resume."
    )
    article.said("Maria Lane", "the union will win the vote on the new contract")
    article.said(
        "Luis Ortiz", "if the union were to lose the vote on the contract, talks would resume"
    )
    assert article.disputes() == []


def test_hedged_figures_can_both_hold() -> None:
    article = Article(
        "An official said hackers targeted more than 20 states. "
        "The FBI said hackers targeted at least two states."
    )
    article.said("an official", "hackers targeted more than 20 states")
    article.said("FBI", "hackers targeted at least two states")
    assert article.disputes() == []


# --- sides are different sources -----------------------------------------------------------


def test_a_spokeswoman_speaks_for_whom_she_represents() -> None:
    article = Article(
        "Clinton said the deal will pass. "
        "A spokeswoman for Hillary Clinton said the deal will not pass."
    )
    article.said("Hillary Clinton", "the deal will pass")
    article.said(
        "Jessica Ditto",
        "the deal will not pass",
        role="Spokeswoman",
        mention="A spokeswoman for Hillary Clinton",
    )
    assert article.disputes() == []


def test_two_halves_of_a_split_name_are_one_source() -> None:
    article = Article(
        "Ildefonso Guajardo Villarreal said the plant will close. "
        "Guajardo said the plant will not close, Villarreal said."
    )
    article.said("Guajardo", "the plant will close")
    article.said("Villarreal", "the plant will not close")
    assert article.disputes() == []


def test_the_mayor_is_the_mayor_the_article_names() -> None:
    article = Article(
        "Mayor Bill de Blasio said the plant will close. The mayor said the plant will not close."
    )
    article.said("Bill de Blasio", "the plant will close")
    article.said("the mayor", "the plant will not close")
    assert article.disputes() == []


def test_names_sharing_a_family_name_are_two_people() -> None:
    assert not same_source("Ivana Trump", "Donald Trump")
    assert not same_source("Tax Foundation", "Tax Policy Center")
    assert same_source("Ildefonso Guajardo", "Guajardo Villarreal")
    assert same_source("Hillary Clinton", "Clinton")
    assert same_source("Carnival", "Carnival officials")


def test_a_denying_cue_keeps_the_denial_in_the_statement() -> None:
    # The statement is "owning the device"; its cue "denied" makes it a denial, so it agrees
    # with the organisers who report the denial, and disputes the claim that he owned it.
    article = Article(
        "Organisers said he denied owning the device in the toilet. "
        "Petrosian denied owning the device in the toilet. "
        "The arbiter said Petrosian was owning the device in the toilet."
    )
    report = article.said("the organisers", "he denied owning the device in the toilet")
    denial = article.said("Tigran Petrosian", "owning the device in the toilet", cue="denied")
    claim = article.said("the arbiter", "Petrosian was owning the device in the toilet")
    sides = [(d.a, d.b) for d in article.disputes()]
    assert ((claim,), (denial,)) in sides
    assert not any({report, denial} <= set(a + b) for a, b in sides)


# --- dread -----------------------------------------------------------------------------------


def dread_or_expect(verb: str) -> list:  # type: ignore[type-arg]
    article = Article(
        f"Farmers said they {verb} the council will pass the water levy. "
        "The mayor said the council will not pass the water levy."
    )
    article.said(
        "farmers", f"they {verb} the council will pass the water levy", kind=SpeakerKind.GROUP
    )
    article.said("Mayor Dana Price", "the council will not pass the water levy")
    return article.disputes()


def test_fearing_what_the_other_denies_is_agreement() -> None:
    assert dread_or_expect("fear") == []


def test_fearing_that_what_the_other_affirms_will_not_happen_is_agreement() -> None:
    article = Article(
        "The mayor said the council will pass the water levy. "
        "Farmers said they fear the council will not pass the water levy."
    )
    article.said("Mayor Dana Price", "the council will pass the water levy")
    article.said(
        "farmers", "they fear the council will not pass the water levy", kind=SpeakerKind.GROUP
    )
    assert article.disputes() == []


def test_expecting_what_the_other_denies_still_conflicts() -> None:
    assert len(dread_or_expect("expect")) == 1


# --- who a rejection names -----------------------------------------------------------------


def rejection_naming(rejected: str) -> list:  # type: ignore[type-arg]
    article = Article(
        "Ms. Ruiz said she skipped the rally out of grief. "
        f"A spokesman dismissed {rejected} as talking points."
    )
    article.said("Ana Ruiz", "she skipped the rally out of grief", cue="said")
    article.said("the spokesman", f"{rejected} as talking points", cue="dismissed")
    return article.disputes()


def test_a_rejection_of_words_about_someone_does_not_answer_them() -> None:
    assert rejection_naming("criticism of the governor's remarks about Ms. Ruiz's grief") == []


def test_a_rejection_of_someone_s_words_answers_them() -> None:
    assert len(rejection_naming("Ms. Ruiz's criticism of the governor's remarks on grief")) == 1


# --- people who do a thing -------------------------------------------------------------------


def test_the_doers_named_by_a_noun_are_no_claim_the_thing_is_done() -> None:
    article = Article(
        "Ms. Ortiz said the crowd was full of ferry supporters. "
        "Mr. Bell said he would not support the ferry."
    )
    article.said("Lia Ortiz", "the crowd was full of ferry supporters", cue="said")
    article.said("Tom Bell", "he would not support the ferry", cue="said")
    assert article.disputes() == []


# --- nouns that only stem like an event --------------------------------------------------------


def test_a_department_is_no_departure() -> None:
    article = Article(
        "Mr. Hale said the county department of parks runs the pools. "
        "Ms. Ng said the county department of parks never runs the pools."
    )
    article.said("Ron Hale", "the county department of parks runs the pools", cue="said")
    article.said("Amy Ng", "the county department of parks never runs the pools", cue="said")
    (dispute,) = article.disputes()
    assert "withdrawal" not in dispute.topic


def test_agreements_and_a_departure_still_name_their_events() -> None:
    assert "@agreement" in profile("s1", "the unions signed the agreements").topic
    assert "@withdrawal" in profile("s1", "the department will leave the city").topic
    assert "@withdrawal" not in profile("s1", "the department runs the city pools").topic


# --- what a rejection calls untrue -----------------------------------------------------------


def polls_called_wrong(claim: str) -> list:  # type: ignore[type-arg]
    rejection = "the latest polls showing the mayor behind the front-runner are wrong"
    article = Article(f"Ms. Ortiz said {claim}. Mr. Bell said {rejection}.")
    article.said("Lia Ortiz", claim, cue="said")
    article.said("Tom Bell", rejection, cue="said")
    return article.disputes()


def test_things_called_wrong_answer_only_a_claim_about_them() -> None:
    assert polls_called_wrong("the mayor will face the front-runner in the runoff") == []


def test_things_called_wrong_answer_a_claim_about_them() -> None:
    assert len(polls_called_wrong("the latest polls put the mayor behind the front-runner")) == 1


def test_questioning_someone_s_judgment_rejects_no_claim_of_theirs() -> None:
    article = Article(
        "Ms. Ortiz said a mayor needs good judgment on day one. "
        "Mr. Bell is questioning Ms. Ortiz's judgment in backing the bridge."
    )
    article.said("Lia Ortiz", "a mayor needs good judgment on day one", cue="said")
    article.said("Tom Bell", "Ms. Ortiz's judgment in backing the bridge", cue="questioning")
    assert article.disputes() == []


# --- each side's own choice -------------------------------------------------------------------


def test_one_who_backs_a_candidate_and_one_who_will_not_make_no_dispute() -> None:
    assert (
        two_speakers(
            "his support for Mr. Vance, the party's nominee for governor",
            "I cannot and will not support my party's nominee for governor",
        )
        == []
    )


def test_whether_a_third_person_backs_a_candidate_is_still_disputed() -> None:
    (dispute,) = two_speakers(
        "The mayor supports Mr. Vance, the party's nominee for governor",
        "The mayor does not support Mr. Vance, the party's nominee for governor",
    )
    assert "denies" in dispute.reason
