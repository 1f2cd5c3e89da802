"""Interview transcripts ("PENCE: Well, look, …") and quote paragraphs introduced by the
paragraph above ("Limbaugh added:")."""

from __future__ import annotations

import bisect
import re

from ...model import Mention, StatementKind
from ..draft import Draft
from ..headline import headline_span
from ..lexicon import lexicon
from ..mentions import Phrase, phrase_before
from ..tokens import tokens
from .cues import cue_mention, only_adjuncts, skip_back
from .direct import LEAD_REACH
from .sentence import trim

_TURN = re.compile(
    r"^[ \t]*[\"“]?(?P<name>[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){0,2}):[ \t]+"
    r"(?P<said>\S[^\n]*)$",
    re.MULTILINE,
)
_QUOTED_THEN_ATTRIBUTED = re.compile(r"^[ \t]*[\"“].*[\"”][ \t]*\w")


def transcript_turns(text: str, quote_starts: list[int], used: set[int]) -> list[Draft]:
    """ "PENCE: Well, look, …": a speaker in capitals, a colon, then the turn."""
    found: list[Draft] = []
    if ":" not in text:
        return found
    not_speakers = lexicon().not_speakers
    headline = headline_span(text)
    for match in _TURN.finditer(text):
        name = match.group("name")
        if name.lower() in not_speakers or len(name.split()) > 4:
            continue
        if headline is not None and match.start() < headline[1]:
            # "Pence: Flowers Won't Be at Debate" names a source the story quotes; in
            # "Stealth Over Health: Clinton Was Headed to ER" the words before the colon are
            # the headline's own, found nowhere in the story.
            body = text[headline[1] :].lower()
            if not all(w.lower() in body for w in name.split() if len(w) >= 4):
                continue
        if _QUOTED_THEN_ATTRIBUTED.search(match.group(0)):
            continue  # '"Madrid: …," Alice Morgan said.': a dateline inside someone's quote
        content = trim(text, match.start("said"), match.end("said"))
        if content is None:
            continue
        name_span = (match.start("name"), match.end("name"))
        phrase = Phrase(name_span, name, "name", name, "", name.split()[-1].lower())
        colon = match.end("name")
        cue = Mention(":", (colon, colon + 1))
        found.append(Draft(StatementKind.REPORTED, [content], cue, phrase))
        lo = bisect.bisect_left(quote_starts, match.start())
        hi = bisect.bisect_left(quote_starts, match.end())
        used.update(range(lo, hi))
    return found


def introduced_above(text: str, line_start: int) -> tuple[Phrase, Mention] | None:
    """ "Limbaugh added:" closing the paragraph above introduces this quote paragraph."""
    above_end = line_start - 1
    while above_end > 0 and text[above_end - 1].isspace():
        above_end -= 1
    if above_end <= 0 or text[above_end - 1] != ":":
        return None
    above_start = max(text.rfind("\n", 0, above_end) + 1, above_end - 300)
    toks = tokens(text, above_start, above_end - 1)
    for c in range(len(toks) - 1, max(-1, len(toks) - LEAD_REACH), -1):
        if not toks[c].cue:
            continue
        if not only_adjuncts(text[toks[c].end : above_end - 1], toks[c].text):
            return None
        last = skip_back(toks, c - 1, 0)
        phrase = phrase_before(text, toks, last, 0) if last >= 0 else None
        return (phrase, cue_mention(text, toks, c)) if phrase is not None else None
    return None
