"""Contradictions: stance flips, antonyms and differing figures, grouped into two-sided disputes."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.disputes.finder import find_contradictions
from briefing.language.polarity import analyze
from briefing.language.topics import stem
from briefing.model import Mention, Speaker, SpeakerKind, Statement, StatementKind
from briefing.seeds import read_seed

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_948dd29d5ac78b5f.txt"


class Article:
    """A text with statements cut from it by quoting their words: spans are always exact."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.speakers: dict[str, Speaker] = {}
        self.statements: list[Statement] = []

    def said(
        self,
        speaker: str,
        words: str,
        kind: SpeakerKind = SpeakerKind.PERSON,
        statement_kind: StatementKind = StatementKind.DIRECT,
        *,
        cue: str = "",
        role: str = "",
        mention: str = "",
    ) -> str:
        """Add a statement; ``cue`` and ``mention`` are words of the text (the first found)."""
        start = self.text.index(words)
        speaker_id = speaker.lower().replace(" ", "-")
        self.speakers.setdefault(speaker_id, Speaker(speaker_id, speaker, kind, role))
        statement_id = f"s{len(self.statements) + 1}"
        sentence = self.text.count(".", 0, start)
        self.statements.append(
            Statement(
                statement_id,
                speaker_id,
                statement_kind,
                words,
                ((start, start + len(words)),),
                sentence,
                _mention(self.text, cue),
                _mention(self.text, mention),
            )
        )
        return statement_id

    def contradictions(self) -> list:  # type: ignore[type-arg]
        return find_contradictions(self.text, list(self.speakers.values()), self.statements)


def _mention(text: str, words: str) -> Mention | None:
    at = text.find(words) if words else -1
    return Mention(words, (at, at + len(words))) if at >= 0 else None


def two_speakers(first: str, second: str) -> list:  # type: ignore[type-arg]
    article = Article(f'"{first}," Alice Morgan said. "{second}," Brian Keller said.')
    article.said("Alice Morgan", first)
    article.said("Brian Keller", second)
    return article.contradictions()


# --- the seed ------------------------------------------------------------------------------


def seed_article(with_reports: bool = False) -> tuple[Article, dict[str, list[str]]]:
    """The seed with the statements that attribution finds in it, made by hand."""
    article = Article(read_seed(SEED).body)
    doc, reported = SpeakerKind.DOCUMENT, StatementKind.REPORTED
    ids: dict[str, list[str]] = {"letter": [], "esper": [], "milley": [], "other": []}
    ids["esper"].append(
        article.said(
            "Mark Esper", "the US has no plans to pull out of Iraq", statement_kind=reported
        )
    )
    if with_reports:
        ids["other"].append(
            article.said(
                "United States military",
                "it would pull out of the country and would be repositioning forces over the "
                "next few days and weeks",
                SpeakerKind.ORGANIZATION,
                reported,
            )
        )
    ids["letter"] += [
        article.said("the letter", "coalition forces would be using helicopters to evacuate", doc),
        article.said(
            "the letter",
            "Sir, in deference to the sovereignty of the Republic of Iraq, and as requested by the "
            "Iraqi Parliament and the Prime Minister, CJTF-OIR will be repositioning forces over "
            "the course of the coming days and weeks to prepare for onward movement",
            doc,
        ),
        article.said(
            "the letter", "We respect your sovereign decision to order our departure", doc
        ),
    ]
    ids["esper"] += [
        article.said("Mark Esper", "There's been no decision whatsoever to leave Iraq"),
        article.said(
            "Mark Esper",
            "there had also been no plans issued to prepare to leave",
            statement_kind=reported,
        ),
        article.said(
            "Mark Esper",
            "I don't know what that letter is ... We're trying to find out where that's coming "
            "from, what that is. But there's been no decision made to leave Iraq. Period.",
        ),
    ]
    ids["milley"] += [
        article.said(
            "Mark Milley",
            "The leaked letter from the US military to Iraq was instead a poorly worded draft "
            "document meant to only underscore increased movement of forces",
            statement_kind=reported,
        ),
        article.said(
            "Mark Milley", "Poorly worded, implies withdrawal. That's not what's happening"
        ),
        article.said(
            "Mark Milley", "there was no withdrawal being planned", statement_kind=reported
        ),
    ]
    return article, ids


def test_seed_has_one_dispute_letter_against_esper_and_milley() -> None:
    article, ids = seed_article()
    disputes = article.contradictions()
    assert len(disputes) == 1
    dispute = disputes[0]
    assert set(dispute.a) == set(ids["letter"])
    denials = {ids["esper"][0], ids["esper"][1], ids["milley"][1], ids["milley"][2]}
    assert denials <= set(dispute.b)
    assert ids["milley"][0] not in dispute.a


def test_seed_dispute_never_puts_a_statement_or_a_speaker_on_both_sides() -> None:
    article, _ = seed_article(with_reports=True)
    by_id = {s.id: s.speaker for s in article.statements}
    for dispute in article.contradictions():
        assert not set(dispute.a) & set(dispute.b)
        assert not {by_id[s] for s in dispute.a} & {by_id[s] for s in dispute.b}


def test_seed_reports_of_a_pull_out_join_the_letter_side() -> None:
    article, ids = seed_article(with_reports=True)
    (dispute,) = article.contradictions()
    assert ids["other"][0] in dispute.a


def test_seed_reason_names_the_withdrawal_and_the_denial() -> None:
    article, _ = seed_article()
    (dispute,) = article.contradictions()
    assert "withdrawal" in dispute.topic
    assert "withdrawal" in dispute.reason and "deny" in dispute.reason
    assert '"no"' in dispute.reason or "not what's happening" in dispute.reason
    assert 0 < dispute.confidence <= 1.0


# --- stance --------------------------------------------------------------------------------


def test_denial_of_an_event_named_by_a_synonym_is_a_contradiction() -> None:
    (dispute,) = two_speakers(
        "The army will withdraw its troops from the border town",
        "There are no plans to pull out the troops from the border town",
    )
    assert dispute.a == ("s1",) and dispute.b == ("s2",)


def test_agreeing_denials_are_not_a_contradiction() -> None:
    assert (
        two_speakers("We have no plans to leave Iraq", "There is no decision to leave Iraq") == []
    )


def test_one_speaker_restating_himself_is_not_a_contradiction() -> None:
    article = Article(
        '"We will leave Iraq," Smith said. "We have no plans to leave Iraq," Smith said.'
    )
    article.said("John Smith", "We will leave Iraq")
    article.said("John Smith", "We have no plans to leave Iraq")
    assert article.contradictions() == []


def test_negated_statement_on_an_unrelated_topic_is_not_a_contradiction() -> None:
    assert (
        two_speakers(
            "The troops will withdraw from the northern province",
            "The budget was not approved by parliament",
        )
        == []
    )


def test_not_alone_on_a_shared_place_name_is_not_a_contradiction() -> None:
    assert (
        two_speakers(
            "The general flew to Baghdad on Monday for talks",
            "There was no decision to deploy more troops to Baghdad",
        )
        == []
    )


def test_whole_statement_denial_negates_what_it_follows() -> None:
    analysis = analyze("Poorly worded, implies withdrawal. That's not what's happening")
    assert analysis.polarity("@withdrawal") is False


def test_two_cues_cancel_out() -> None:
    analysis = analyze("Nor did she plan to stop eating the generic products")
    assert analysis.polarity(stem("eating")) is True


def test_passive_rejection_denies_the_subject_not_the_agent() -> None:
    analysis = analyze("The amendment was rejected by the National Assembly")
    assert analysis.polarity(stem("amendment")) is False
    assert analysis.polarity(stem("national")) is True


def test_negation_inside_a_condition_denies_nothing() -> None:
    analysis = analyze("If the waste is not disposed of properly, it may leak")
    assert analysis.polarity(stem("disposed")) is True


def test_dont_know_is_a_hedge_not_a_denial() -> None:
    assert analyze("I don't know what that letter is").polarity(stem("letter")) is True


def test_denial_reaches_only_to_the_end_of_its_clause() -> None:
    analysis = analyze("There were no injuries, and the ship reached port")
    assert analysis.polarity(stem("injuries")) is False
    assert analysis.polarity(stem("port")) is True


# --- antonyms and figures ------------------------------------------------------------------


def test_antonyms_on_the_same_topic_are_a_contradiction() -> None:
    (dispute,) = two_speakers(
        "The city council approved the new stadium plan on Monday",
        "The city council rejected the new stadium plan on Monday",
    )
    assert "opposite" in dispute.reason or "denies" in dispute.reason


def test_negated_antonym_agrees() -> None:
    assert (
        two_speakers(
            "The home team did not win the final match", "The home team lost the final match"
        )
        == []
    )


def test_different_counts_of_the_same_thing_are_a_contradiction() -> None:
    (dispute,) = two_speakers(
        "The alliance of northern states has 19 members",
        "The alliance of northern states has 16 members",
    )
    assert "19" in dispute.reason and "16" in dispute.reason


def test_same_count_in_words_and_digits_agrees() -> None:
    assert (
        two_speakers(
            "The hall of fame class has ten members", "The hall of fame class has 10 members"
        )
        == []
    )


def test_different_years_alone_are_not_a_contradiction() -> None:
    assert (
        two_speakers(
            "The bridge over the river opened in 1955",
            "The bridge over the river was painted in 1995",
        )
        == []
    )


# --- shape and speed -----------------------------------------------------------------------


def test_no_statements_no_contradictions() -> None:
    assert find_contradictions("Nothing was said.", [], []) == []


@pytest.mark.parametrize("n", [400])
def test_many_statements_stay_fast(n: int) -> None:
    import time

    text = " ".join(
        f'"Officials in town {i} will not leave the area {i}," Person {i % 7} said.'
        for i in range(n)
    )
    article = Article(text)
    for i in range(n):
        article.said(f"Person {i % 7}", f"Officials in town {i} will not leave the area {i}")
    started = time.perf_counter()
    article.contradictions()
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("speaker", "verb"),
    [("environmental groups", "deny"), ("Republicans", "deny"), ("Bernie Sanders", "denies")],
)
def test_the_reason_agrees_with_a_plural_speaker(speaker: str, verb: str) -> None:
    first, second = "the plant will close next year", "the plant will not close next year"
    article = Article(f'"{first}," Alice Morgan said. "{second}," {speaker} said.')
    article.said("Alice Morgan", first)
    article.said(speaker, second)
    (dispute,) = article.contradictions()
    assert f"{speaker[:1].upper()}{speaker[1:]} {verb} it" in dispute.reason


def test_one_quarrel_under_two_topic_words_is_listed_once() -> None:
    from briefing.disputes.finder import _without_repeats
    from briefing.model import Contradiction

    big = Contradiction("c1", "referendum", ("s1", "s6"), ("s3", "s10"), "r", 0.7)
    same = Contradiction("c2", "another", ("s6",), ("s3",), "r", 0.6)
    other = Contradiction("c3", "volunteer", ("s6",), ("s14",), "r", 0.6)
    assert _without_repeats([big, same, other]) == [big, other]


def test_an_organization_and_its_officials_do_not_dispute_each_other() -> None:
    first, second = "the ship will sail next week", "the ship will not sail next week"
    article = Article(f'"{first}," Carnival said. "{second}," Carnival officials said.')
    article.said("Carnival", first, SpeakerKind.ORGANIZATION)
    article.said("Carnival officials", second, SpeakerKind.GROUP)
    assert article.contradictions() == []


def _denied_twice(second_denial: str) -> list:  # type: ignore[type-arg]
    """Portugal denies in the lead and again (a photo caption), the Herald reports twice."""
    lead = "it will fail to pay a bank loan following reports it has drawn up plans to print money"
    claim = "sources close to the government claimed the ministry was prioritising paying wages"
    report = "the country no longer has the funds to repay the loan or pay its bills"
    text = (
        f"Portugal has denied {lead}. The Herald said {claim} over any loans due. Portugal has"
        f" denied {second_denial}. The Herald reported that {report}."
    )
    article = Article(text)
    reported, org = StatementKind.REPORTED, SpeakerKind.ORGANIZATION
    article.said("Portugal", lead, org, reported, cue="denied")
    article.said("The Herald", claim + " over any loans due", org, reported, cue="said")
    article.said("Portugal", second_denial, org, reported, cue="denied")
    article.said("The Herald", report, org, reported, cue="reported")
    return article.contradictions()


def test_one_denial_told_twice_against_one_source_is_one_dispute() -> None:
    caption = (
        "it will miss a repayment of the loan after reports it had drawn up plans to print money"
    )
    (dispute,) = _denied_twice(caption)
    assert (dispute.a, dispute.b) == (("s2", "s4"), ("s1", "s3"))


def test_two_different_denials_of_one_source_stay_two_disputes() -> None:
    other = "the finance minister will repay the loan from his own pocket"
    disputes = _denied_twice(other)
    assert all(set(d.b) != {"s1", "s3"} for d in disputes)


def test_an_inverted_negation_bears_on_the_verb_after_its_named_subject() -> None:
    # "At no time did North Vale Studios agree" is "North Vale Studios never agreed"
    analysis = analyze("At no time did North Vale Studios agree to the broadcast")
    use = analysis.keys["@agreement"]
    assert use.negated and use.reach <= 2
    assert analysis.polarity("time") is True
