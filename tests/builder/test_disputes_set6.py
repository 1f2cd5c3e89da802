"""Disputes the reading sets of unseen news showed to be invented (second calibration of #15),
one cause per section: each test pairs the false dispute with the real one it resembles, on
invented sentences."""

from __future__ import annotations

from test_contradictions_evidence import Article

from briefing.disputes.evidence import _plain, _spelt_out, find_rejection
from briefing.model import SpeakerKind

# --- a rejection that spells out what it rejects answers only a claim that says it -------------


def test_dismissed_reports_of_something_else_answer_no_claim() -> None:
    article = Article(
        "Mara Kerr said she would leave the harbour club at the end of the season. "
        "The chairman dismissed reports that talks had stalled over a clause that would see "
        "her sacked if the club failed to finish in the top six this season."
    )
    article.said("Mara Kerr", "she would leave the harbour club at the end of the season")
    article.said(
        "the chairman",
        "reports that talks had stalled over a clause that would see her sacked if the club "
        "failed to finish in the top six this season",
        cue="dismissed",
    )
    assert article.disputes() == []


def test_dismissed_reports_answer_the_claim_that_says_them() -> None:
    article = Article(
        "The Coast Courier said talks had stalled over a clause in the contract. "
        "The chairman dismissed reports that talks had stalled over a clause in the contract."
    )
    article.said(
        "the Coast Courier",
        "talks had stalled over a clause in the contract",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said(
        "the chairman",
        "reports that talks had stalled over a clause in the contract",
        cue="dismissed",
    )
    assert len(article.disputes()) == 1


def test_no_evidence_of_one_deed_answers_no_claim_of_another() -> None:
    article = Article(
        "Aide Tom Mills asked a clerk to follow up on the request. "
        "The inspector found no evidence that Mills blocked the records request or approved "
        "the final reply."
    )
    article.said("the inspector general", "Mills asked a clerk to follow up on the request")
    article.said(
        "Vera Lund",
        "no evidence that Mills blocked the records request or approved the final reply",
        cue="found",
    )
    assert article.disputes() == []


def test_no_evidence_of_the_claimed_deed_answers_the_claim() -> None:
    article = Article(
        "Ed Roper said Mills blocked the records request and approved the final reply. "
        "The inspector found no evidence that Mills blocked the records request or approved "
        "the final reply."
    )
    article.said("Ed Roper", "Mills blocked the records request and approved the final reply")
    article.said(
        "Vera Lund",
        "no evidence that Mills blocked the records request or approved the final reply",
        cue="found",
    )
    assert len(article.disputes()) == 1


def test_what_is_spelt_out_ends_with_its_clause() -> None:
    assert _spelt_out(_plain("claims of plagiarism, 40 delegates cast their votes")) == (
        " plagiarism"
    )
    assert _spelt_out(_plain("no evidence that Ruiz approved the reply - only that he knew")) == (
        " ruiz approved the reply"
    )
    assert _spelt_out(_plain("a report in the Courier that the mill will close")) == (
        " the mill will close"
    )
    assert _spelt_out(_plain("the allegation")) == ""


def test_a_denial_of_spelt_out_claims_takes_no_stance_on_the_words_after_them() -> None:
    article = Article(
        "Forty delegates cast their votes for other candidates. The campaign was busy denying "
        "claims of plagiarism, while forty delegates cast their votes for other candidates."
    )
    article.said(
        "forty delegates", "other candidates", cue="cast their votes for", kind=SpeakerKind.GROUP
    )
    article.said(
        "the campaign",
        "claims of plagiarism, while forty delegates cast their votes for other candidates",
        cue="denying",
        kind=SpeakerKind.ORGANIZATION,
    )
    assert article.disputes() == []


# --- a long statement whose untruth word comes late rejects what it has itself said -----------

_LONG_OWN = (
    "For far too long the harbour board has belittled the ferry crews, cut the hours of the "
    "ferry crews, praised its own managers at every single meeting and then told every "
    "passenger who would listen that the service has never been better run than it is under "
    "the current board this year. That is wrong"
)


def test_a_late_that_is_wrong_in_a_long_statement_answers_its_own_words() -> None:
    article = Article(
        "Ines Molina said the ferry crews worked longer hours this year. " + _LONG_OWN + "."
    )
    article.said("Ines Molina", "the ferry crews worked longer hours this year")
    article.said("Paul Deane", _LONG_OWN)
    assert article.disputes() == []


def test_an_early_that_is_wrong_still_answers_the_claim() -> None:
    article = Article(
        "Ines Molina said the ferry crews worked longer hours this year. "
        "Paul Deane said the claim that ferry crews worked longer hours this year is wrong."
    )
    article.said("Ines Molina", "the ferry crews worked longer hours this year")
    article.said("Paul Deane", "the claim that ferry crews worked longer hours this year is wrong")
    assert len(article.disputes()) == 1


# --- the article's event alone links only a rejection that is about it ------------------------

_EVENT_LEAD = (
    "A bomb went off near the station, the police said. Witnesses said the bomb shook the "
    "market. A bomb squad closed the square. "
)


def _event_article(denial: str) -> Article:
    article = Article(_EVENT_LEAD + f"Senator Ruth Vale denied {denial}.")
    article.said("the police", "A bomb went off near the station", kind=SpeakerKind.ORGANIZATION)
    article.said("witnesses", "the bomb shook the market", kind=SpeakerKind.GROUP)
    article.said("the squad chief", "A bomb squad closed the square")
    article.said("Ruth Vale", denial, cue="denied")
    return article


def test_a_long_denial_naming_the_event_in_passing_answers_no_claim_of_it() -> None:
    article = _event_article(
        "that the new rules for drone pilots amount to a ban on hobby flying, pointing to a "
        "clause that only covers drones big enough to carry a bomb"
    )
    assert [d for d in article.disputes() if "Ruth Vale" in d.reason] == []


def test_a_denial_of_the_event_itself_answers_its_claims() -> None:
    article = _event_article("that any bomb went off near the station")
    assert [d for d in article.disputes() if "Ruth Vale" in d.reason]


def test_a_claim_that_only_supposes_the_event_is_not_what_a_rejection_of_it_answers() -> None:
    article = Article(
        _EVENT_LEAD + "Lars Eng said he might move away if another bomb goes off. "
        "Ruth Vale dismissed the idea that the bomb would change the vote."
    )
    article.said("the police", "A bomb went off near the station", kind=SpeakerKind.ORGANIZATION)
    article.said("witnesses", "the bomb shook the market", kind=SpeakerKind.GROUP)
    article.said("the squad chief", "A bomb squad closed the square")
    article.said("Lars Eng", "he might move away if another bomb goes off")
    article.said("Ruth Vale", "the idea that the bomb would change the vote", cue="dismissed")
    assert [d for d in article.disputes() if "Lars Eng" in d.reason] == []


# --- a negation that names a deed or a possibility denies nothing -----------------------------


def test_the_decision_not_to_charge_names_a_decision_and_denies_nothing() -> None:
    article = Article(
        "Ada Lind said she accepted the panel's recommendation on the port inquiry. "
        "Omar Pike will testify about the decision not to recommend charges in the port inquiry."
    )
    article.said("Ada Lind", "she accepted the panel's recommendation on the port inquiry")
    article.said(
        "Omar Pike",
        "the decision not to recommend charges in the port inquiry",
        cue="will testify about",
    )
    assert article.disputes() == []


def test_a_plain_not_on_the_same_recommendation_still_denies_it() -> None:
    article = Article(
        "Ada Lind said the panel will recommend charges in the port inquiry. "
        "Omar Pike said the panel will not recommend charges in the port inquiry."
    )
    article.said("Ada Lind", "the panel will recommend charges in the port inquiry")
    article.said("Omar Pike", "the panel will not recommend charges in the port inquiry")
    assert len(article.disputes()) == 1


def test_questioning_someone_for_denying_a_request_is_no_denial_of_it() -> None:
    article = Article(
        "The Rovers rejected the visitors' request to screen the match back home. "
        "Coach Ian Holt said they question the rationale in denying the request to screen "
        "the match back home."
    )
    article.said(
        "the Rovers",
        "the visitors' request to screen the match back home",
        cue="rejected",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said(
        "Ian Holt",
        "they question the rationale in denying the request to screen the match back home",
    )
    assert article.disputes() == []


def test_what_might_not_be_genuine_is_supposed_not_denied() -> None:
    article = Article(
        "Karl Wend wrote that the leaks mixed genuine records with forged ones. "
        "Security experts say the most harmful records might not even be genuine."
    )
    article.said("Karl Wend", "the leaks mixed genuine records with forged ones", cue="wrote")
    article.said(
        "security experts",
        "the most harmful records might not even be genuine",
        cue="say",
        kind=SpeakerKind.GROUP,
    )
    assert article.disputes() == []


def test_a_denial_of_a_kind_picked_out_by_a_clause_does_not_deny_the_whole() -> None:
    article = Article(
        "The Courier said the letters released Monday were largely sent or received in 2014. "
        "The ministry said she had not sent or received any letters that were marked secret."
    )
    article.said(
        "the Courier",
        "the letters released Monday were largely sent or received in 2014",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said(
        "the ministry",
        "she had not sent or received any letters that were marked secret",
        kind=SpeakerKind.ORGANIZATION,
    )
    assert article.disputes() == []


def test_a_denial_of_the_same_kind_still_denies_it() -> None:
    article = Article(
        "The Courier said the mayor approved permits that broke the rules. "
        "The ministry said the mayor did not approve any permits that broke the rules."
    )
    article.said(
        "the Courier",
        "the mayor approved permits that broke the rules",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said(
        "the ministry",
        "the mayor did not approve any permits that broke the rules",
        kind=SpeakerKind.ORGANIZATION,
    )
    assert len(article.disputes()) == 1


# --- two shares of one poll, and two people's own votes, dispute nothing -----------------------


def test_a_strong_majority_and_a_share_of_one_poll_do_not_dispute() -> None:
    article = Article(
        "A strong majority of coast voters say they are paying attention to the race. "
        "Twenty-six percent of coast voters say they have not been paying attention to the race."
    )
    article.said(
        "a strong majority of coast voters",
        "they are paying attention to the race",
        cue="say",
        kind=SpeakerKind.GROUP,
    )
    article.said(
        "26 percent of coast voters",
        "they have not been paying attention to the race",
        cue="say",
        kind=SpeakerKind.GROUP,
    )
    assert article.disputes() == []


def test_i_cannot_vote_for_him_does_not_deny_that_she_will() -> None:
    article = Article(
        "Mara Quist said the fact that she's willing to vote for Mr. Grant tells voters enough. "
        "Tom Sells said he can't vote for Mr. Grant."
    )
    article.said(
        "Mara Quist", "the fact that she's willing to vote for Mr. Grant tells voters enough"
    )
    article.said("Tom Sells", "he can't vote for Mr. Grant")
    assert article.disputes() == []


# --- an untruth word in quotation marks before a claim noun still names a kind -----------------


def test_quoted_false_statements_as_an_offence_reject_no_claim() -> None:
    assert find_rejection("agents cite a statute on ‘materially false’ statements") == ""
    assert find_rejection("his ‘false’ statements to agents") == "false"


# --- one side defends what the other condemns -------------------------------------------------


def test_calling_misleading_what_another_source_defends_is_a_dispute() -> None:
    article = Article(
        "Nina Holt of the watchdog said it was an attempt to mislead voters and misleading for "
        "a serious political party to behave that way. Minister Karl Brandt defended the "
        "party's actions."
    )
    condemned = article.said(
        "Nina Holt",
        "it was an attempt to mislead voters and misleading for a serious political party to "
        "behave that way",
    )
    defended = article.said("Karl Brandt", "the party's actions", cue="defended")
    (dispute,) = article.disputes()
    assert dispute.a == (defended,) and dispute.b == (condemned,)
    assert "defends: the party's actions" in dispute.reason


def test_a_long_defence_sharing_one_word_says_more_than_the_deed_condemned() -> None:
    article = Article(
        "Nina Holt said it was misleading for a serious political party to behave that way. "
        "Karl Brandt defended the budget, which spends more on schools, hospitals and the "
        "party's new offices."
    )
    article.said("Nina Holt", "it was misleading for a serious political party to behave that way")
    article.said(
        "Karl Brandt",
        "the budget, which spends more on schools, hospitals and the party's new offices",
        cue="defended",
    )
    assert article.disputes() == []


# --- "use" is too light a verb to be the point two sources take opposite stances on ------------


def test_using_something_for_two_ends_is_no_stance_on_either() -> None:
    article = Article(
        "Dan Roy said the audit is the kind of thing a prosecutor would use to prove intent. "
        "Lea Marsh noted the state doesn't use it to prosecute anyone."
    )
    article.said("Dan Roy", "the audit is the kind of thing a prosecutor would use to prove intent")
    article.said("Lea Marsh", "the state doesn't use it to prosecute anyone", cue="noted")
    assert article.disputes() == []
