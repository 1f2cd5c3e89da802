"""Disputes the held-out reading sets 6 and 7 showed to be invented (third round of fixes of
#15), one cause per section: each test pairs the false dispute with the real one it resembles,
on invented sentences."""

from __future__ import annotations

from test_contradictions_evidence import Article

from briefing.model import SpeakerKind

# --- "the claims" points back at the claims the article has just named, not at a source --------


def test_the_claims_point_at_allegations_the_article_names_in_between() -> None:
    article = Article(
        "Lena Ortiz wrote on the festival poster that some secrets come out in the end. "
        "Was she hinting at the fraud allegations against the director? "
        "The director has denied the claims through his lawyer."
    )
    article.said("Lena Ortiz", "some secrets come out in the end", cue="wrote")
    article.said("Tomas Reyes", "the claims through his lawyer", cue="denied")
    assert article.disputes() == []


def test_the_claims_still_point_at_the_source_quoted_just_before() -> None:
    article = Article(
        "Lena Ortiz wrote on the festival poster that the director kept the prize money. "
        "The director has denied the claims through his lawyer."
    )
    claim = article.said("Lena Ortiz", "the director kept the prize money", cue="wrote")
    denial = article.said("Tomas Reyes", "the claims through his lawyer", cue="denied")
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


def test_a_claim_noun_inside_a_statement_is_no_claim_the_article_names() -> None:
    article = Article(
        "The Harbour Post reported that the council sold the pier. "
        "Ana Ruiz said the reports were everywhere. "
        "The council denied the claims on Monday."
    )
    claim = article.said(
        "the Harbour Post",
        "the council sold the pier",
        cue="reported",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said("Ana Ruiz", "the reports were everywhere")
    denial = article.said(
        "the council", "the claims on Monday", cue="denied", kind=SpeakerKind.ORGANIZATION
    )
    assert any(claim in d.a and denial in d.b for d in article.disputes())
