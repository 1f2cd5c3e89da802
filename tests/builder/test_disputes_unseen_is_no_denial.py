"""Not having seen or heard something denies nothing of it (#15, twelfth round): a
spokesman who "had not seen the video or the reports of Sotloff's death" was set against the
group that reported the death in a video."""

from __future__ import annotations

from test_contradictions_evidence import Article

from briefing.language.polarity import analyze


def test_had_not_seen_leaves_the_death_unjudged() -> None:
    said = analyze("he had not seen the video or the reports of Sotloff's death")
    assert said.polarity("@death") is True  # mentioned, not denied
    assert said.polarity("video") is True


def test_had_not_died_still_denies_the_death() -> None:
    said = analyze("the reports said he had not died in the attack")
    assert said.polarity("@death") is False


def test_a_spokesman_who_has_not_seen_the_video_disputes_nothing() -> None:
    article = Article(
        "SITE Intelligence Group said Sotloff would be killed in a video released Aug. 19. "
        "Josh Earnest said he had not seen the video or the reports of Sotloff's death."
    )
    article.said("SITE Intelligence Group", "Sotloff would be killed in a video released Aug. 19")
    article.said("Josh Earnest", "he had not seen the video or the reports of Sotloff's death")
    assert article.disputes() == []
