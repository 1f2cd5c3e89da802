"""Page furniture around a story's own words: datelines, bylines and update stamps before the
lead, photo captions and credits, and lines such as "Scroll down for video" or "[ Related: … ]".

Neither the title nor the summary may show them as news: the title reads its lead past them,
the summary never picks them. Captions and stamps are found by their shape (a line without a
stop running into the lead, "Photo: AP", "Updated 5:09 a.m. Wednesday:"), never by their words,
so that a caption about anything is still a caption.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Span
from .lexicon import data_lines

#: "WASHINGTON (CNN) --", "LONDON, England (Reuters) --", "Nov 5 (Reuters) -", "(CNN)",
#: "NEW DELHI --", "RAMPUR:", "RIYADH, Saudi Arabia –"
DATELINE = re.compile(
    r"^\s*(?:(?:[A-Z][\w.'-]*(?:,? (?:[A-Z][\w.'-]*|\d{1,2})){0,3} ?)?"
    r"\((?:CNN|Reuters|AP|AFP|UPI|PA|EW\.com|CNN Student News)\)\s*(?:[-–—]{1,2}\s*)?"
    r"|[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,30}\))?\s*(?:[-–—]{1,2}\s*|:\s+(?=[A-Z]))"
    # "RIYADH, Saudi Arabia –"
    r"|[A-Z]{3,}(?: [A-Z]{2,})?, [A-Z][a-z]+(?: [A-Z][a-z]+)? ?[-–—]{1,2}\s*"
    r")",
    re.MULTILINE,
)
#: What may stand before the lead's first word besides a dateline: a byline ("By . Jane Roe . ",
#: "By Jane Roe\n"), a stamp ("PUBLISHED: 12:01 EST, 3 May 2014 |", "Updated 5:09 a.m.
#: Wednesday:") or a note of where the story first ran.
_BEFORE_LEAD = re.compile(
    r"(?:By \.\s+[^.|\n]{1,60}?\s+\.\s*"
    r"|By (?:[A-Z][\w.'-]*,? ?){1,4}(?:and (?:[A-Z][\w.'-]* ?){1,3})?\n"
    r"|(?i:published|updated|last updated|posted)(?: at| on)?:?\s*\.?\s*"
    r"[^|\n]{0,40}?(?:\d{4}|\d[ap]\.?m\.?|[ap]\.m\.(?: [A-Z][a-z]+day)?)\s*[.:|]"
    r"|This (?:story|article) (?:originally |first )?(?:appeared|ran) (?:in|on) [^:\n]{1,60}:"
    r")"
    r"[\s.|]*"
)
#: how much of an article's head may be furniture: the search for the lead stops here
_FURNITURE_REACH = 400
#: "(Image: Getty)", "Photo: AP", "Picture: Reuters": a picture's credit
_CREDIT = re.compile(
    r"\((?:image|photo|picture|credit)s?:[^)]{1,60}\)|(?:^|\s)(?:photo|image|picture|credit)s?: "
    r"[^.]{1,40}$",
    re.IGNORECASE,
)
_CREDIT_BEFORE_WORDS = re.compile(
    r"\((?:image|photo|picture|credit)s?:[^)]{1,60}\)\s+(?=[A-Z])", re.IGNORECASE
)
#: a picture agency's credit inside brackets: "Getty Images", "AFP/Getty Images", "AP Photo/Ann
#: Lee", "Reuters Photo"
AGENCY_CREDIT = (
    r"(?:[^()\n]{0,40}/)?(?:Getty Images|Shutterstock|Alamy|REX|Rex Features)(?:/[^()\n]{0,40})?"
    r"|(?:AP|AFP|EPA|PA|Reuters) Photo[^()\n]{0,60}"
)
#: a bracketed credit or note on the picture that ends a caption glued to a statement: "…
#: reopen in spring (Getty Images)", "… by terrorist hacking (file photo)"
_TRAILING_CREDIT = re.compile(
    rf"\s*\((?:{AGENCY_CREDIT}"
    r"|(?i:(?:image|photo|picture|credit)s?:[^()\n]{1,60})"
    r"|(?i:(?:above |below )?(?:file|stock) (?:photo|image|picture)[^()\n]{0,60}))\)$"
)


def before_trailing_credit(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` ends once a picture's credit at its end is left out: "the
    bridge would reopen (Getty Images)" → before " (Getty"; ``end`` when it has none."""
    if text[end - 1 : end] != ")":
        return end
    found = _TRAILING_CREDIT.search(text, start, end)
    return found.start() if found is not None else end


#: "Sleepy kid: Brock, 8, …", "Pictured: …": a caption's label before its words
_CAPTION_LABEL = re.compile(r"^(?P<label>[A-Z][a-z]+(?: [a-z]+){0,2}): (?=[A-Z])")
#: a line without a stop longer than this is a caption, not a heading
_MAX_HEADING_WORDS = 15
#: how far around a caption's label to look for the same words as a name
_LABEL_REACH = 3000
_STOPS = ":.!?…\"”’')]"


def story_start(text: str) -> int:
    """Where the story's words begin: past a dateline, a byline and update stamps."""
    pos = len(text) - len(text.lstrip())
    while pos < _FURNITURE_REACH:
        match = _BEFORE_LEAD.match(text, pos) or DATELINE.match(text, pos)
        if match is None or match.end() == pos:
            return pos
        pos = match.end()
    return pos


def without_dateline(sentence: str) -> str:
    """``sentence`` without a dateline, a byline or a stamp before its first word."""
    return sentence[story_start(sentence) :]


@cache
def _boilerplate() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The boilerplate lines as (those anchored at the start, the rest).

    The anchored ones are tried only at the start of a sentence (``match``): one ``search``
    over every line made the engine try each position of each sentence, a third of the
    summary's time.
    """
    lines = data_lines("summary_boilerplate.txt")
    # A line with "|" may hold an unanchored branch ("^a|b"), so it is searched as it is.
    anchored = [line for line in lines if line.startswith("^") and "|" not in line]
    rest = [line for line in lines if line not in anchored]

    def alternation(group: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{line})" for line in group), re.IGNORECASE)

    # An empty alternation would match everything; "(?!)" never does.
    return alternation(anchored or ["(?!)"]), alternation(rest) if rest else None


def is_boilerplate(sentence: str) -> bool:
    """True if ``sentence`` is page furniture ("Scroll down for video", "[ Related: … ]")."""
    anchored, rest = _boilerplate()
    return bool(anchored.match(sentence) or (rest is not None and rest.search(sentence)))


def has_credit(line: str) -> bool:
    """True if ``line`` carries a picture's credit: "… on Friday. Photo: AP"."""
    # every credit has a colon: most sentences are passed over without a search
    return ":" in line and _CREDIT.search(line.strip()) is not None


def after_credit(sentence: str) -> str:
    """The words after a caption's credit that ran into them: "The church after the fire
    (Image: Getty) A fire destroyed …" → "A fire destroyed …"; else ``sentence``."""
    credit = _CREDIT_BEFORE_WORDS.search(sentence)
    return sentence[credit.end() :] if credit is not None else sentence


def is_long_stopless_line(text: str, sentences: list[Span], at: int) -> bool:
    """True if sentence ``at`` is a line of its own without a stop, too long for a heading: a
    caption over the story ("The bandit … was caught in a trap"). (A web page's standfirst
    looks the same, so only the title's search for the lead passes over it.)"""
    start, end = sentences[at]
    sentence = text[start:end].strip()
    if sentence[-1:] in _STOPS or len(sentence.split()) <= _MAX_HEADING_WORDS:
        return False
    return at + 1 < len(sentences) and "\n" in text[end : sentences[at + 1][0]]


def is_caption(text: str, sentences: list[Span], at: int) -> bool:
    """True if sentence ``at`` reads as a photo caption: it ends on a credit ("Photo: AP"),
    the next sentence is one, a label no one else in the article bears opens it ("Sleepy kid:
    …"), or it has no stop and runs into the next sentence on its line."""
    start, end = sentences[at]
    sentence = text[start:end].strip()
    if has_credit(sentence) and not _CREDIT_BEFORE_WORDS.search(sentence):
        return True  # (a credit the lead runs on from leaves the lead: see after_credit)
    if at + 1 < len(sentences):
        after_start, after_end = sentences[at + 1]
        if _CREDIT.match(text[after_start:after_end].strip()):
            return True
        gap = text[end:after_start]
        # on one line: a gap, not a name split where it was glued ("ShipWell")
        if gap and not gap.strip(" ") and sentence[-1:] not in _STOPS:
            return True
    label = _CAPTION_LABEL.match(sentence)
    if label is None:
        return False
    # a label named nowhere near, not a speaker's name (the look is bounded: linear builds)
    around = slice(max(0, start - _LABEL_REACH), end + _LABEL_REACH)
    return text[around].count(label.group("label")) == 1
