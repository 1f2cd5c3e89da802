"""What the dispute finder's shortcuts must keep: the same pairs, keys and answers as the
plain reading (they only skip work that cannot change them)."""

from __future__ import annotations

from test_contradictions import Article, two_speakers

from briefing.disputes.evidence import compare, profile, shared_keys
from briefing.disputes.finder import candidate_pairs


def test_keys_sharing_their_first_letters_are_shared_once_under_the_shorter() -> None:
    a = frozenset({"citizen", "harbour", "@withdrawal"})
    b = frozenset({"citizenship", "harbour", "@withdrawals"})
    assert shared_keys(a, b) == ("citizen", "harbour")


def test_a_key_both_hold_is_not_also_matched_by_its_first_letters() -> None:
    a = frozenset({"council", "councillor"})
    b = frozenset({"council"})
    assert shared_keys(a, b) == ("council",)
    assert shared_keys(b, a) == ("council",)


def test_one_source_alone_has_no_dispute_whatever_it_says() -> None:
    article = Article(
        '"The bridge is safe," Alice Morgan said. "The bridge is not safe," she said.'
    )
    article.said("Alice Morgan", "The bridge is safe")
    article.said("Alice Morgan", "The bridge is not safe")
    assert article.contradictions() == []


def test_two_sources_still_dispute_after_the_one_source_shortcut() -> None:
    assert two_speakers("The bridge is safe", "The bridge is not safe")


def test_pairs_come_earlier_statement_first_in_article_order() -> None:
    article = Article(
        '"The harbour will open in May," Alice Morgan said. "The harbour will not open in May," '
        'Brian Keller said. "The harbour opens in May," Carla Diaz said.'
    )
    ids = [
        article.said("Alice Morgan", "The harbour will open in May"),
        article.said("Brian Keller", "The harbour will not open in May"),
        article.said("Carla Diaz", "The harbour opens in May"),
    ]
    profiles = {s.id: profile(s.id, s.text, sentence=s.sentence) for s in article.statements}
    pairs = candidate_pairs(article.statements, profiles)
    assert [(a, b) for a, b, _ in pairs] == [(ids[0], ids[1]), (ids[0], ids[2]), (ids[1], ids[2])]


def test_statements_without_figures_never_conflict_on_figures() -> None:
    a = profile("s1", "The new harbour will cost the town a great deal of money")
    b = profile("s2", "The new harbour will cost the town almost nothing")
    found = compare(a, b)
    assert found is None or found.kind != "figures"


def test_being_against_something_still_reads_as_opposing_it() -> None:
    against = profile("s1", "The council is against the new harbour")
    opposes = profile("s2", "The council opposes the new harbour")
    assert "oppos" in against.analysis.keys and "oppos" in opposes.analysis.keys
    assert "oppos" not in profile("s3", "The council voted for the new harbour").analysis.keys


def test_short_statements_of_one_sentence_each_take_that_sentence_as_context() -> None:
    sentence = "Ann Lee said the harbour gates were shut, adding that they stayed shut"
    first = profile("s1", "were shut", context=sentence)
    second = profile("s2", "shut", context=sentence)
    assert "harbour" in first.context_topic and "harbour" in second.context_topic


def test_a_statement_knows_whether_it_denies_anything_of_its_own() -> None:
    assert profile("s1", "The harbour will not open in May").negates
    assert not profile("s2", "The harbour will open in May").negates


def test_two_statements_that_deny_nothing_take_no_opposite_stances() -> None:
    a = profile("s1", "The harbour will open in May")
    b = profile("s2", "The harbour will open in June")
    found = compare(a, b)
    assert found is None or found.kind != "stance"
