"""Disputes the reading sets of unseen news showed to be invented (second round of #15), one
cause per section: each test pairs the false dispute with the real one it resembles, on
invented sentences."""

from __future__ import annotations

from test_contradictions_evidence import Article

from briefing.disputes.evidence import find_rejection
from briefing.model import SpeakerKind

# --- an untruth word that names a kind of statement rejects nobody's claim ---------------------


def test_false_statements_as_a_kind_of_offence_reject_no_claim() -> None:
    article = Article(
        "Lena Ortiz said the harbour audit found every invoice in order. "
        "Two senators asked prosecutors to charge anyone who made false statements to the "
        "harbour audit about invoice records."
    )
    article.said("Lena Ortiz", "the harbour audit found every invoice in order")
    article.said(
        "two senators",
        "prosecutors to charge anyone who made false statements to the harbour audit about "
        "invoice records",
        cue="asked",
        kind=SpeakerKind.GROUP,
    )
    assert article.disputes() == []


def test_some_inaccurate_statement_in_a_description_rejects_no_claim() -> None:
    assert find_rejection("the mayor introduces some inaccurate statement, then repeats it") == ""
    assert find_rejection("officials who give misleading or false statements to the board") == ""


def test_false_statements_that_point_at_someone_still_reject() -> None:
    assert find_rejection("Ortiz's false statements about the harbour audit") == "false"
    assert find_rejection("the statements about the audit were false") != ""
    assert find_rejection("his inaccurate claims about the audit") == "inaccurate"
    assert find_rejection("the mayor's absurd and wildly inaccurate claim") == "inaccurate"


# --- voters who reject a candidate or a plan cast a vote, they answer no claim ----------------


def test_voters_rejecting_a_candidate_is_a_vote_not_a_rejection() -> None:
    article = Article(
        "The Reyes campaign said the mayor's lead in the harbour wards would hold. "
        "Harbour voters rejected the mayor and handed Reyes her lead in the harbour wards."
    )
    article.said(
        "the Reyes campaign",
        "the mayor's lead in the harbour wards would hold",
        kind=SpeakerKind.GROUP,
    )
    article.said(
        "harbour voters",
        "the mayor and handed Reyes her lead in the harbour wards",
        cue="rejected",
        kind=SpeakerKind.GROUP,
    )
    assert article.disputes() == []


def test_a_board_rejecting_the_claim_still_disputes_it() -> None:
    article = Article(
        "The Reyes campaign said the mayor's lead in the harbour wards would hold. "
        "The election board rejected the claim that the mayor's lead in the harbour wards "
        "would hold."
    )
    article.said(
        "the Reyes campaign",
        "the mayor's lead in the harbour wards would hold",
        kind=SpeakerKind.GROUP,
    )
    article.said(
        "the election board",
        "the claim that the mayor's lead in the harbour wards would hold",
        cue="rejected",
        kind=SpeakerKind.GROUP,
    )
    assert len(article.disputes()) == 1


def test_voters_rejecting_inside_a_poll_statement_is_a_vote() -> None:
    article = Article(
        "Trent Dole said the ferry plan would carry the coast. "
        "Early polls show coast voters firmly rejecting the ferry plan."
    )
    article.said("Trent Dole", "the ferry plan would carry the coast")
    article.said(
        "early polls",
        "coast voters firmly rejecting the ferry plan",
        cue="show",
        kind=SpeakerKind.GROUP,
    )
    assert article.disputes() == []


# --- two people's own choices dispute nothing --------------------------------------------------


def test_an_undecided_voter_and_one_who_will_not_vote_for_him_agree() -> None:
    article = Article(
        "Nora Hale said she was an undecided voter and was uneasy with Mr. Grant's attacks on "
        "farmers. Jo Perry said she will not be voting for Mr. Grant."
    )
    article.said(
        "Nora Hale",
        "she was an undecided voter and was uneasy with Mr. Grant's attacks on farmers",
    )
    article.said("Jo Perry", "she will not be voting for Mr. Grant")
    assert article.disputes() == []


def test_one_who_backs_him_and_others_who_will_not_each_choose_their_own() -> None:
    article = Article(
        "Rosa Vidal said she would probably back Mr. Grant despite some doubts. "
        "Two county mayors said they will not back Mr. Grant."
    )
    article.said("Rosa Vidal", "she would probably back Mr. Grant despite some doubts")
    article.said("two county mayors", "they will not back Mr. Grant", kind=SpeakerKind.GROUP)
    assert article.disputes() == []


def test_a_claim_about_someone_elses_choice_is_still_disputed_by_them() -> None:
    article = Article(
        "The Grant campaign said the farmers' union backs Mr. Grant. "
        "The farmers' union said it does not back Mr. Grant."
    )
    article.said("the Grant campaign", "the farmers' union backs Mr. Grant", kind=SpeakerKind.GROUP)
    article.said("the farmers' union", "it does not back Mr. Grant", kind=SpeakerKind.GROUP)
    assert len(article.disputes()) == 1


# --- a verdict on a bare "this" points back at what was said just before ----------------------


def test_this_was_not_the_whole_truth_answers_the_statement_before() -> None:
    article = Article(
        "The label said the singer owes millions of dollars to the company. "
        "The singer's agent said this, too, was not the whole truth."
    )
    claim = article.said(
        "the label", "the singer owes millions of dollars to the company", kind=SpeakerKind.GROUP
    )
    verdict = article.said("the singer's agent", "this, too, was not the whole truth")
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (verdict,)
    assert "not the whole truth" in dispute.reason


def test_a_denial_of_that_was_the_case_points_at_its_own_clause() -> None:
    article = Article(
        "Paul Reed said the club will play harder in the spring. "
        "The coach, who was fired, has denied that that was the case."
    )
    article.said("Paul Reed", "the club will play harder in the spring")
    article.said("the coach", "that that was the case", cue="denied")
    assert article.disputes() == []


# --- "rejected the notion that X" answers a claim of X, not any claim sharing its words ---------


def test_rejecting_a_notion_does_not_answer_a_claim_that_shares_only_its_words() -> None:
    article = Article(
        "Ana Ruiz said the campaign trusts the harbour commissioner's judgment on the ferry "
        "contract and will keep its promises to the harbour towns. "
        "Tom Hale rejected the notion that the campaign is calling the former harbour "
        "commissioner corrupt."
    )
    article.said(
        "Ana Ruiz",
        "the campaign trusts the harbour commissioner's judgment on the ferry contract and "
        "will keep its promises to the harbour towns",
    )
    article.said(
        "Tom Hale",
        "the notion that the campaign is calling the former harbour commissioner corrupt",
        cue="rejected",
    )
    assert article.disputes() == []


def test_rejecting_a_notion_answers_a_claim_of_it() -> None:
    article = Article(
        "Ana Ruiz said the harbour board is corrupt. "
        "Tom Hale rejected the notion that the harbour board is corrupt."
    )
    claim = article.said("Ana Ruiz", "the harbour board is corrupt")
    rejection = article.said(
        "Tom Hale", "the notion that the harbour board is corrupt", cue="rejected"
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (rejection,)


# --- a description the article gives a named source in apposition is that source ---------------


_COLE = (
    "Gen. Ann Cole, a retired four-star general and former harbour commander, backs the plan. "
    "In a July interview, she spoke in favour of closing the harbour to night ferries. "
    "Cole later said her comments about night ferries were mischaracterized."
)


def test_a_retired_general_is_the_general_named_just_before() -> None:
    article = Article(_COLE)
    article.said(
        "a retired general", "closing the harbour to night ferries", cue="spoke in favour of"
    )
    article.said("Ann Cole", "her comments about night ferries were mischaracterized")
    assert article.disputes() == []


def test_a_description_the_article_gives_nobody_is_another_source() -> None:
    article = Article(_COLE.replace("she spoke", "a retired admiral spoke"))
    article.said(
        "a retired admiral", "closing the harbour to night ferries", cue="spoke in favour of"
    )
    article.said("Ann Cole", "her comments about night ferries were mischaracterized")
    assert len(article.disputes()) == 1


# --- opposite words are said of what both assert, not of what one only supposes ----------------


def test_opposite_words_about_a_thing_one_side_only_supposes_dispute_nothing() -> None:
    article = Article(
        "Senator Vic Dole said if this launch is confirmed, it will be the latest sign of a "
        "failed harbour policy. The agency said it had successfully tested the launch rocket."
    )
    article.said(
        "Vic Dole",
        "if this launch is confirmed, it will be the latest sign of a failed harbour policy",
    )
    article.said(
        "the agency", "it had successfully tested the launch rocket", kind=SpeakerKind.GROUP
    )
    assert article.disputes() == []


def test_opposite_words_about_a_thing_both_assert_still_dispute() -> None:
    article = Article(
        "Senator Vic Dole said the launch of the harbour rocket failed. "
        "The agency said the launch of the harbour rocket was successful."
    )
    article.said("Vic Dole", "the launch of the harbour rocket failed")
    article.said(
        "the agency", "the launch of the harbour rocket was successful", kind=SpeakerKind.GROUP
    )
    assert len(article.disputes()) == 1


def test_an_inaccurate_kind_of_statement_is_no_opposite_of_true() -> None:
    article = Article(
        "The study said the mayor often introduces some inaccurate statement about the harbour. "
        "Professor Ana Ruiz said the mayor tells harbour voters what they want to believe is true."
    )
    article.said(
        "the study",
        "the mayor often introduces some inaccurate statement about the harbour",
        kind=SpeakerKind.GROUP,
    )
    article.said("Ana Ruiz", "the mayor tells harbour voters what they want to believe is true")
    assert article.disputes() == []


def test_inaccurate_said_of_a_claim_is_still_the_opposite_of_true() -> None:
    article = Article(
        "The study said the mayor's harbour figures were inaccurate. "
        "Professor Ana Ruiz said the mayor's harbour figures were true."
    )
    article.said("the study", "the mayor's harbour figures were inaccurate", kind=SpeakerKind.GROUP)
    article.said("Ana Ruiz", "the mayor's harbour figures were true")
    assert len(article.disputes()) == 1
