"""A dispute's confidence is how often disputes on its kind of evidence were judged right on
unseen news, not how strong its evidence looks."""

from __future__ import annotations

from test_contradictions import two_speakers
from test_contradictions_evidence import Article

from briefing.disputes.finder import judged_share


def test_kinds_judged_right_more_often_are_written_with_more_confidence() -> None:
    assert judged_share("rejection") > judged_share("antonym")
    assert judged_share("stance") > judged_share("figures")
    assert all(0 < judged_share(k) < 1 for k in ("rejection", "stance", "antonym", "figures"))


def test_a_rejection_carries_the_share_of_rejections_judged_right() -> None:
    article = Article(
        "Ms. Hart claimed the ferry had been sold in May. "
        "The port authority dismissed Ms. Hart's claim that the ferry had been sold."
    )
    article.said("Lena Hart", "the ferry had been sold in May", cue="claimed")
    article.said(
        "the port authority", "Ms. Hart's claim that the ferry had been sold", cue="dismissed"
    )
    (dispute,) = article.disputes()
    assert dispute.confidence == judged_share("rejection")


def test_a_stance_flip_carries_the_share_of_stances_judged_right() -> None:
    (dispute,) = two_speakers(
        "The city council approved the new stadium plan on Monday",
        "The city council rejected the new stadium plan on Monday",
    )
    assert "affirm" in dispute.reason
    assert dispute.confidence == judged_share("stance")


def test_opposite_words_carry_the_share_of_antonyms_judged_right() -> None:
    (dispute,) = two_speakers(
        "The night guard was asleep during the break-in",
        "The night guard was awake during the break-in",
    )
    assert "opposite" in dispute.reason
    assert dispute.confidence == judged_share("antonym")


def test_different_figures_carry_the_share_of_figures_judged_right() -> None:
    (dispute,) = two_speakers(
        "The alliance of northern states has 19 members",
        "The alliance of northern states has 16 members",
    )
    assert dispute.confidence == judged_share("figures")
