"""Disputes the held-out reading set 8 showed to be invented (fourth round of fixes of #15),
one cause per section: each test pairs the false dispute with the real one it resembles, on
invented sentences."""

from __future__ import annotations

from test_contradictions_evidence import Article

from briefing.model import SpeakerKind

# --- a caption's label before a colon names no one ------------------------------------------


def test_a_caption_label_is_no_source() -> None:
    article = Article(
        "The council said the old bridge will reopen in May.\n\n"
        "Flooding: The old bridge will not reopen in May after the storm\n\n"
        "Engineers are still at work on the river bank."
    )
    article.said("the council", "the old bridge will reopen in May", kind=SpeakerKind.GROUP)
    article.said(
        "Flooding",
        "The old bridge will not reopen in May after the storm",
        cue=":",
        mention="Flooding",
    )
    assert article.disputes() == []


def test_a_name_before_a_colon_still_speaks() -> None:
    article = Article(
        "The council said the old bridge will reopen in May, but we asked engineer Okafor.\n\n"
        "Okafor: The old bridge will not reopen in May after the storm\n\n"
        "Engineers are still at work on the river bank."
    )
    claim = article.said("the council", "the old bridge will reopen in May", kind=SpeakerKind.GROUP)
    answer = article.said(
        "Okafor", "The old bridge will not reopen in May after the storm", cue=":", mention="Okafor"
    )
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(claim,), (answer,)}


def test_a_report_before_a_colon_is_the_report() -> None:
    article = Article(
        "Report: The old bridge will not reopen in May after the storm\n\n"
        "The council said the old bridge will reopen in May."
    )
    report = article.said(
        "Report",
        "The old bridge will not reopen in May after the storm",
        cue=":",
        mention="Report",
        kind=SpeakerKind.DOCUMENT,
    )
    claim = article.said("the council", "the old bridge will reopen in May", kind=SpeakerKind.GROUP)
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(claim,), (report,)}


# --- "a great deal of concern" is much concern, no deal ---------------------------------------


def test_a_great_deal_of_concern_is_no_deal() -> None:
    article = Article(
        "Senator Reyes said the new pipeline would cause a great deal of concern among farmers. "
        "The farm union said farmers never reached a deal on the new pipeline."
    )
    article.said("Ana Reyes", "the new pipeline would cause a great deal of concern among farmers")
    article.said(
        "the farm union",
        "farmers never reached a deal on the new pipeline",
        kind=SpeakerKind.ORGANIZATION,
    )
    assert article.disputes() == []


def test_a_deal_that_worries_farmers_is_still_a_deal() -> None:
    article = Article(
        "Senator Reyes said the pipeline deal would cause concern among farmers. "
        "The farm union said farmers never reached a deal on the pipeline."
    )
    claim = article.said("Ana Reyes", "the pipeline deal would cause concern among farmers")
    denial = article.said(
        "the farm union",
        "farmers never reached a deal on the pipeline",
        kind=SpeakerKind.ORGANIZATION,
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


# --- "denied its ties to X" answers only what is said of the denier's ties --------------------


def _ties_article(claim_text: str) -> tuple[Article, str, str]:
    article = Article(
        f"Analysts said {claim_text}. "
        "The Kestrel Group has denied its ties to the rebels in the south."
    )
    claim = article.said("analysts", claim_text, kind=SpeakerKind.GROUP)
    denial = article.said(
        "the Kestrel Group",
        "its ties to the rebels in the south",
        cue="denied",
        kind=SpeakerKind.ORGANIZATION,
    )
    return article, claim, denial


def test_a_denial_of_its_own_ties_does_not_answer_a_claim_about_others() -> None:
    article, _, _ = _ties_article("the rebels in the south were armed by smugglers from the coast")
    assert article.disputes() == []


def test_a_denial_of_its_own_ties_does_not_answer_another_claim_naming_it() -> None:
    article, _, _ = _ties_article("the Kestrel Group sold boats to the navy in the south")
    assert article.disputes() == []


def test_a_denial_of_its_own_ties_answers_the_claim_of_those_ties() -> None:
    article, claim, denial = _ties_article("the Kestrel Group has ties to the rebels in the south")
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


def test_a_clause_opening_on_a_possessive_still_answers_its_claim() -> None:
    article = Article(
        "Ana Ruiz said the Kestrel Group had quit the race in the south. "
        "Tom Hale said his aides had misinterpreted a report that the Kestrel Group had quit "
        "the race in the south."
    )
    claim = article.said("Ana Ruiz", "the Kestrel Group had quit the race in the south")
    answer = article.said(
        "Tom Hale",
        "his aides had misinterpreted a report that the Kestrel Group had quit the race in the "
        "south",
    )
    assert any(claim in d.a + d.b and answer in d.a + d.b for d in article.disputes())


# --- "the story" after the article names that very story still points back at it -------------


def test_the_claims_point_back_past_a_mention_of_that_same_claim() -> None:
    article = Article(
        "A satire site wrote that the harbour mayor had sold the lighthouse to a casino. "
        "Readers went wild over the lighthouse casino story, not knowing the site invents "
        "its news. The mayor's office has since called the story false."
    )
    claim = article.said(
        "the satire site",
        "the harbour mayor had sold the lighthouse to a casino",
        cue="wrote",
        kind=SpeakerKind.ORGANIZATION,
    )
    denial = article.said(
        "the mayor's office", "the story false", cue="called", kind=SpeakerKind.ORGANIZATION
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


# --- the writer's verdict after a source's quote is not the source's -------------------------


def test_the_writers_verdict_past_a_quote_is_no_rejection_by_the_source() -> None:
    article = Article(
        "The agency declared the harbour the cleanest in the region. Its own bulletin stated "
        '"the harbour is the cleanest in the region" and leaving out the dredging data makes '
        "such a claim misleading."
    )
    article.said(
        "the agency",
        "the harbour the cleanest in the region",
        cue="declared",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said(
        "the bulletin",
        '"the harbour is the cleanest in the region" and leaving out the dredging data makes '
        "such a claim misleading",
        cue="stated",
        kind=SpeakerKind.DOCUMENT,
    )
    assert article.disputes() == []


def test_a_quote_calling_the_claim_misleading_still_rejects_it() -> None:
    article = Article(
        "The agency declared the harbour the cleanest in the region. The fishermen's union "
        'stated "the claim of the cleanest harbour in the region is misleading" at a meeting '
        "on Monday night."
    )
    claim = article.said(
        "the agency",
        "the harbour the cleanest in the region",
        cue="declared",
        kind=SpeakerKind.ORGANIZATION,
    )
    answer = article.said(
        "the fishermen's union",
        '"the claim of the cleanest harbour in the region is misleading" at a meeting on Monday '
        "night",
        cue="stated",
        kind=SpeakerKind.ORGANIZATION,
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (answer,)


# --- figures of a group named by "among" count another group ---------------------------------


def _poll_article(second: str) -> tuple[Article, str, str]:
    first = "Ms. Vale leads Mr. Orr 48 percent to 41 percent in the state"
    article = Article(
        f"The Harbor Institute found that {first}. The Lake Poll found that {second}."
    )
    a = article.said("the Harbor Institute", first, cue="found", kind=SpeakerKind.ORGANIZATION)
    b = article.said("the Lake Poll", second, cue="found", kind=SpeakerKind.ORGANIZATION)
    return article, a, b


def test_figures_among_a_group_do_not_count_everyone() -> None:
    article, _, _ = _poll_article(
        "Among union members alone, Ms. Vale leads Mr. Orr 52 percent to 41 percent in the state"
    )
    assert article.disputes() == []


def test_figures_of_everyone_still_differ() -> None:
    article, a, b = _poll_article("Ms. Vale leads Mr. Orr 52 percent to 41 percent in the state")
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(a,), (b,)}


# --- a source's figure for its own riders counts only its own ---------------------------------


def _riders_article(second: str) -> tuple[Article, str, str]:
    first = "its riders spent an average of 50 minutes a day on the ferries"
    article = Article(f"Harbor Ferries said {first}. Transit data showed that {second}.")
    a = article.said("Harbor Ferries", first, kind=SpeakerKind.ORGANIZATION)
    b = article.said("transit data", second, cue="showed", kind=SpeakerKind.DOCUMENT)
    return article, a, b


def test_a_figure_for_its_own_riders_does_not_meet_others_riders() -> None:
    article, _, _ = _riders_article(
        "riders spent an average of 9 minutes a day on the buses and 40 minutes on the trams"
    )
    assert article.disputes() == []


def test_a_figure_for_its_own_riders_meets_another_figure_for_them() -> None:
    article, a, b = _riders_article(
        "Harbor Ferries riders spent an average of 40 minutes a day on the ferries"
    )
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(a,), (b,)}


def test_its_of_a_thing_named_is_no_source_of_its_own() -> None:
    article = Article(
        "The Harbor Institute said the tunnel plan would cost $2 billion over its first decade. "
        "The Lake Council said the tunnel plan would cost $3 billion over the first decade."
    )
    a = article.said(
        "the Harbor Institute",
        "the tunnel plan would cost $2 billion over its first decade",
        kind=SpeakerKind.ORGANIZATION,
    )
    b = article.said(
        "the Lake Council",
        "the tunnel plan would cost $3 billion over the first decade",
        kind=SpeakerKind.ORGANIZATION,
    )
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(a,), (b,)}


# --- "the suggestion - unfounded, I think - that …" still spells out what it rejects ----------


def _suggestion_article(claim_text: str) -> tuple[Article, str, str]:
    rejection_text = (
        "the mayor has to live with the suggestion - unfounded, I think - that the council held "
        "back the harbour files until after the vote"
    )
    article = Article(f"Ana Ruiz said {claim_text}. Tom Hale said {rejection_text}.")
    claim = article.said("Ana Ruiz", claim_text)
    rejection = article.said("Tom Hale", rejection_text)
    return article, claim, rejection


def test_a_suggestion_with_an_aside_answers_only_what_it_spells_out() -> None:
    article, _, _ = _suggestion_article(
        "the council has been slow to open the harbour files to the public"
    )
    assert article.disputes() == []


def test_a_suggestion_with_an_aside_answers_the_claim_it_spells_out() -> None:
    article, claim, rejection = _suggestion_article(
        "the council held back the harbour files until after the vote"
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (rejection,)
