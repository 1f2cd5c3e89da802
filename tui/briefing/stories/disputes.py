"""Disputes across the sources of one story: outlets reporting a claim, others calling it untrue.

The evidence rule is the stated denial: a brief denies the story's claim when one of its
sources is quoted denying (a statement whose reporting verb is "denied", "dismissed", … and
whose words name what it answers, "the report", "the claims"; or whose words call something
a hoax, fake, untrue, …) or when the outlet itself says so in a sentence of its own; either
way the sentence must use the story's own words. A brief asserts the claim only when it tells
it as its own fact: no hedge anywhere ("reportedly", "unconfirmed", "if true"), a lead that
neither asks, supposes ("may", "appears") nor attributes it ("according to", "allegations"),
nor itself denies it (the rule of ``disputes.evidence`` that a claim denying its own
predicate sides with a rejection: "Bettman says the NHL has no plans to expand"), and an
opening that relays no other outlet's report ("According to news360, …"). An article that
only relays a rumour or a report is no side. Briefs that deny are set against briefs that
assert; nothing is disputed inside a story where no brief denies, or none asserts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..disputes.evidence import sides_with_rejection
from ..model import Brief, Statement
from .story import DisputeSide, StoryDispute
from .terms import mentions, phrase_pattern, term_counts, word_list

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def find_disputes(
    briefs: Sequence[Brief],
    topic: str,
    central: frozenset[str],
    words: Sequence[frozenset[str] | None] = (),
) -> tuple[StoryDispute, ...]:
    """``central``: the story's own words (terms as ``term_counts`` makes them); a denial
    answers the story's claim only when its sentence uses one of them. ``words``: each
    brief's lowercase words (``read_words``), if already read."""
    if len(briefs) < 2:
        return ()
    denying: list[DisputeSide] = []
    others: list[int] = []
    for n, brief in enumerate(briefs):
        side = _denial(brief, central, words[n] if n < len(words) else None)
        if side is not None:
            denying.append(side)
        else:
            others.append(n)
    if not denying:
        return ()
    asserting: list[DisputeSide] = []
    for n in others:
        brief = briefs[n]
        if not mentions(words[n] if n < len(words) else None, brief.source.text, "hedges.txt"):
            lead = _lead(brief)
            if lead is not None and not _relays(brief) and _states_as_fact(lead.text):
                asserting.append(lead)
    if not asserting:
        return ()
    reason = (
        f"{_count(asserting, 'brief')} {_verb(asserting, 'report')} the story as fact; "
        f"{_count(denying, 'brief')} {_verb(denying, 'call')} it untrue (the story of {topic})."
    )
    return (StoryDispute(topic, tuple(asserting), tuple(denying), reason),)


def _denial(
    brief: Brief, central: frozenset[str], words: frozenset[str] | None
) -> DisputeSide | None:
    """The first stated denial of the story's claim in the brief: a source's statement, else
    the outlet's words."""
    denials = phrase_pattern("denials.txt")
    cues = word_list("denial_cues.txt")
    answered = phrase_pattern("answered_words.txt")
    text = brief.source.text
    sentences: list[tuple[int, int]] | None = None
    for statement in brief.statements:
        if not statement.spans:  # a brief made in code may hold one; a loaded one never
            continue
        cue = statement.cue.text.lower().split()[-1:] if statement.cue else []
        answers = cue and cue[0] in cues and answered.search(statement.text.lower())
        if answers or denials.search(statement.text.lower()):
            sentences = sentences if sentences is not None else _sentences(text)
            start, end = _around(sentences, statement.spans[0][0], statement.spans[-1][1])
            if _about(text[start:end], central):
                return _statement_side(brief, statement)
    if not mentions(words, text, "denials.txt"):
        return None  # most briefs: one scan of the text and done
    for start, end in sentences if sentences is not None else _sentences(text):
        sentence = text[start:end]
        if denials.search(sentence.lower()) and _about(sentence, central):
            return DisputeSide(brief.id, None, _outlet(brief), sentence, (start, end))
    return None


def _states_as_fact(lead: str) -> bool:
    """The lead tells the claim as the outlet's own: not a question, not attributed or
    supposed ("according to", "may be", "it was reported"), and not itself a denial ("Bettman
    says the NHL has no plans to expand": such a brief sides with the deniers)."""
    if lead.rstrip(" \"'”’").endswith("?"):
        return False
    if phrase_pattern("lead_hedges.txt").search(lead.lower().replace("’", "'")):
        return False
    return not sides_with_rejection(lead)


#: Sentences at the start of an article in which it says whose report it relays.
_OPENING = 2
_OPENING_CHARS = 2000


def _relays(brief: Brief) -> bool:
    """The article opens by relaying another outlet's report ("According to news360, …"):
    it tells what was reported, not what it holds true."""
    text = brief.source.text
    start = len(text) - len(text.lstrip())
    end = start
    limit = start + _OPENING_CHARS  # a text without full stops is read no further
    for n, match in enumerate(_SENTENCE_END.finditer(text, start, limit)):
        end = match.start()
        if n + 1 == _OPENING:
            break
    else:
        end = limit
    opening = text[start:end].lower().replace("’", "'")
    return phrase_pattern("relayed.txt").search(opening) is not None


def _about(sentence: str, central: frozenset[str]) -> bool:
    return not central.isdisjoint(term_counts(sentence))


def _around(sentences: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentences that hold ``[start, end)``, joined."""
    inside = [(s, e) for s, e in sentences if e > start and s < end]
    return (inside[0][0], inside[-1][1]) if inside else (start, end)


def _lead(brief: Brief) -> DisputeSide | None:
    """What an asserting brief reports: its first summary sentence, else its first sentence."""
    if brief.summary:
        first = brief.summary[0]
        return DisputeSide(brief.id, None, _outlet(brief), first.text, first.span)
    text = brief.source.text
    start = len(text) - len(text.lstrip())
    end = _SENTENCE_END.search(text, start)
    stop = end.start() if end else len(text.rstrip())
    if stop <= start:
        return None
    return DisputeSide(brief.id, None, _outlet(brief), text[start:stop], (start, stop))


def _statement_side(brief: Brief, statement: Statement) -> DisputeSide:
    speaker = brief.speaker(statement.speaker)
    name = speaker.name if speaker is not None else "an unnamed source"
    span = (statement.spans[0][0], statement.spans[-1][1])
    return DisputeSide(brief.id, statement.id, f"{name} in {_outlet(brief)}", statement.text, span)


def _outlet(brief: Brief) -> str:
    """How a side names the article: its source file, which is what the outlet published."""
    return brief.source.file or brief.id


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def _verb(sides: Sequence[DisputeSide], verb: str) -> str:
    return f"{verb}s" if len({side.brief_id for side in sides}) == 1 else verb


def _count(sides: Sequence[DisputeSide], noun: str) -> str:
    n = len({side.brief_id for side in sides})
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
