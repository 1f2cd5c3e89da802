"""Property tests over the builder: any text builds a brief whose spans round-trip, whose ids
all resolve, and which `briefing check` accepts.

Examples per test: 2,000 by default (CI); set HYPOTHESIS_PROFILE=nightly for 20,000.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.brief_yaml import dump_brief, parse_brief
from briefing.builder import build_brief
from briefing.model import Brief, join_spans
from briefing.seeds import Seed

settings.register_profile(
    "ci", max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.register_profile(
    "nightly", max_examples=20000, deadline=None, suppress_health_check=list(HealthCheck)
)
# Applied per test, not loaded globally, so other test modules keep their own settings.
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

QUOTES = "\"'“”‘’«»„‟‹›「」"
NEWS_WORDS = [
    "said", "told", "reporters", "according", "to", "he", "she", "it", "they", "Esper", "Mark",
    "the", "letter", "Gen.", "U.S.", "Iraq", "no", "not", "decision", "leave", "withdraw",
    "added", "that", "stressing", "adding", ",", ".", "...", "—", "\n", "\n\n", "Mr.", "Dr.",
    "5,000", "3.5", "spokesman", "minister", "Secretary", "of", "Defense", "wrote", "denied",
]  # fmt: skip

news_like = st.lists(
    st.one_of(st.sampled_from(NEWS_WORDS), st.sampled_from(list(QUOTES)), st.text(max_size=8)),
    max_size=120,
).map(" ".join)
hostile = st.lists(
    st.one_of(
        st.characters(),  # any code point: RTL, emoji, combining marks, NUL, controls
        st.sampled_from([*QUOTES, "\x00", "\x1b[31m", "\u202e", "\u0301", "😀", "\r\n", " "]),
    ),
    max_size=400,
).map("".join)


def build(text: str) -> Brief:
    seed = Seed(
        Path("fuzz.txt"),
        None,
        text,
        hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )
    return build_brief(seed)


def assert_well_formed(brief: Brief) -> None:
    text = brief.source.text
    speaker_ids = {s.id for s in brief.speakers}
    statement_ids = {s.id for s in brief.statements}
    assert len(speaker_ids) == len(brief.speakers)
    assert len(statement_ids) == len(brief.statements)
    for statement in brief.statements:
        assert statement.speaker in speaker_ids
        assert statement.spans
        for start, end in statement.spans:
            assert 0 <= start <= end <= len(text)
        assert join_spans(text, statement.spans) == statement.text
        for mention in (statement.cue, statement.source_mention):
            if mention is not None:
                assert text[mention.span[0] : mention.span[1]] == mention.text
    for sentence in brief.summary:
        assert text[sentence.span[0] : sentence.span[1]] == sentence.text
    for dispute in brief.contradictions:
        assert set(dispute.a) <= statement_ids and set(dispute.b) <= statement_ids
        assert not set(dispute.a) & set(dispute.b)
        assert 0 <= dispute.confidence <= 1
    assert len(brief.title) <= 90
    # What `briefing check` does: the written YAML loads back, valid, equal.
    assert parse_brief(dump_brief(brief), "fuzz.yaml") == brief


@settings(PROFILE)
@given(news_like)
def test_news_like_text_builds_a_valid_brief(text: str) -> None:
    assert_well_formed(build(text))


@settings(PROFILE)
@given(hostile)
def test_any_unicode_builds_a_valid_brief(text: str) -> None:
    text = text.encode("utf-8", "replace").decode("utf-8")  # seeds are UTF-8: no surrogates
    assert_well_formed(build(text))


def test_a_100k_character_paragraph_without_punctuation_builds() -> None:
    assert_well_formed(build('"' + "word " * 20_000))


def test_unbalanced_quotes_do_not_swallow_the_article() -> None:
    text = 'He said "this never ends. ' + "Plain narration here. " * 200 + '"Fine," she said.'
    brief = build(text)
    assert_well_formed(brief)
    assert all(len(s.text) < 2_000 for s in brief.statements)
