"""Quotes nobody introduced: a quote standing alone belongs to the speaker before it."""

from __future__ import annotations

import bisect
import re

from ...model import StatementKind
from ..draft import Draft
from ..lexicon import lexicon
from ..mentions import Phrase, phrase_before
from ..quotes import Quote, word_count
from ..speaker_names import is_furniture
from ..tokens import tokens
from .sentence import QUOTE_MARKS, trim
from .transcripts import introduced_above

_MIN_UNATTRIBUTED_WORDS = 4
#: a label in capitals closing with a colon right before a quote: "… EXPERT VERDICT: '…'"
_LABEL = re.compile(r"(?:^|[\s.!?])(?P<label>[A-Z]{2,}(?: [A-Z]{2,}){0,2}):$")


def unattributed_quotes(
    text: str,
    quotes: list[Quote],
    used: set[int],
    drafts: list[Draft],
    sentence_starts: frozenset[int] = frozenset(),
) -> list[Draft]:
    """Drafts for the quotes no cue claimed; '"A," she said. "B."' joins B to A instead.
    ``sentence_starts``: where sentences start, so that a quote after a photo caption glued
    on without a stop ("… warmed in a microwave 'They have told me …") stands alone too."""
    found: list[Draft] = []
    drafts = list(drafts)  # a labelled quote is added: the quotes after it speak on for it
    starts = [d.start for d in drafts]
    for i, quote in enumerate(quotes):
        if i in used:
            continue
        at = bisect.bisect_right(starts, quote.open) - 1
        if at >= 0 and any(
            s <= quote.open < e for d in drafts[max(0, at - 3) : at + 1] for s, e in d.spans
        ):
            continue
        line_start = text.rfind("\n", 0, quote.open) + 1
        before = text[line_start : quote.open].strip()
        previous = _previous_speaking(drafts, at)
        # '"A," she said. "B."' and '"A," she said, referring to …. "B."': one statement, as
        # the paragraph reads; a participle's words inside the attribution do not part them
        joined = _quote_of_attribution(text, drafts, at) or (
            previous if previous is not None and previous.kind is StatementKind.DIRECT else None
        )
        if joined is not None and (
            joined.start >= line_start
            and joined.spans[-1][1] < quote.open
            and (not before or before[-1] in ".!?:,'" + QUOTE_MARKS)
            and _stands_alone(text, quote)
        ):
            joined.spans.append(quote.inner)
            continue
        if previous is not None and not before and _continues_paragraph(text, previous, quote):
            # "… get on very well.¶‘We were horrified …": a quote left open at its paragraph's
            # end goes on in the next one that opens with a mark, past a link line between
            previous.spans.append(quote.inner)
            continue
        introduced = None if before else introduced_above(text, line_start)
        if introduced is not None:
            phrase, cue = introduced
            found.append(Draft(StatementKind.DIRECT, [quote.inner], cue, phrase))
            continue
        if word_count(text, quote.inner) < _MIN_UNATTRIBUTED_WORDS:
            continue
        label = _LABEL.search(before)
        if label is not None and _common_word(text, label.group("label")):
            # "EXPERT VERDICT: '…'": the verdict of whoever "gives his verdict" above, never
            # the speaker of the statement before (nobody, when the text names no one)
            giver = _giver_of(text, quote.open, label.group("label").split()[-1].lower())
            if giver is not None:
                labelled = Draft(StatementKind.DIRECT, [quote.inner], None, giver)
                found.append(labelled)
                drafts.insert(at + 1, labelled)
                starts.insert(at + 1, labelled.start)
            continue
        stopped = not before or before[-1] in ".!?:'" + QUOTE_MARKS
        if not stopped and quote.open in sentence_starts and _after_caption(before):
            stopped = True
        if not stopped or previous is None:
            continue
        if not before and _paragraph_between(text, previous, line_start):
            continue  # "… on the go.¶New Release: Last Chance to Buy …¶"…"": someone else's
        found.append(Draft(StatementKind.DIRECT, [quote.inner], None, None, previous))
    return found


def _after_caption(before: str) -> bool:
    """Whether the sentence the line holds before a quote is a photo caption glued on: it
    names what a picture shows with a capitalised word and a participle or "who" clause."""
    sentence = re.split(r"[.!?]['’\"”]?\s", before)[-1]
    return bool(_CAPTION_SHAPE.match(sentence))


#: "King Charles Spaniel Alfie, who suffered …", "Jo Roe (left) pictured with …"
_CAPTION_SHAPE = re.compile(
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?: \([a-z ]+\))?,? (?:who|pictured|seen|shown|with)\b"
)


def _previous_speaking(drafts: list[Draft], at: int) -> Draft | None:
    """``drafts[at]``, or the draft whose words hold it when it is a stance reported inside
    them: 'The ACLU … plans to watch his case, dos Santos says. "If the government …"' goes
    on for dos Santos, not for the ACLU's plan (a speech inside them, 'A spokesman said …,
    India Times reported. "We have arrested …"', still goes on for its own speaker)."""
    if at < 0:
        return None
    nested = drafts[at]
    lex = lexicon()
    weak = nested.cue is not None and lex.cue_lemma.get(nested.cue.text) in lex.weak_cues
    if nested.kind is not StatementKind.REPORTED or not weak:
        return nested
    start = nested.start
    for k in range(at - 1, max(-1, at - 4), -1):
        if any(s <= start < e for s, e in drafts[k].spans):
            return drafts[k]
    return drafts[at]


def _quote_of_attribution(text: str, drafts: list[Draft], at: int) -> Draft | None:
    """The direct draft before ``drafts[at]`` when ``drafts[at]`` is reported speech inside that
    quote's own attribution sentence ('"A," she said, emphasizing why …'); else None."""
    if at < 1 or drafts[at].kind is not StatementKind.REPORTED:
        return None
    quoted = drafts[at - 1]
    if quoted.kind is not StatementKind.DIRECT:
        return None
    between = text[quoted.spans[-1][1] : drafts[at].start]
    # a stop after two lower-case letters ends a sentence; "Peter T. King" and "Mr." do not
    if "\n" in between or re.search(r"[a-z]{2}[.!?][\s" + QUOTE_MARKS + "]", between[1:]):
        return None
    return quoted


def _common_word(text: str, label: str) -> bool:
    """Whether the label's last word is written in lower case elsewhere in the text: a word
    ("verdict"), not a name in capitals ("PENCE")."""
    return re.search(rf"\b{re.escape(label.split()[-1].lower())}\b", text) is not None


def _giver_of(text: str, before: int, noun: str) -> Phrase | None:
    """Who "gives his verdict" (``noun``) last before ``before``: the subject of that verb."""
    found = list(re.finditer(rf"\b[a-z]+s (?:his|her|their) {re.escape(noun)}\b", text[:before]))
    if not found:
        return None
    gives = found[-1]
    start = max(0, text.rfind(". ", 0, gives.start()) + 1, text.rfind("\n", 0, gives.start()) + 1)
    toks = tokens(text, start, gives.start())
    phrase = phrase_before(text, toks, len(toks) - 1, 0) if toks else None
    return phrase if phrase is not None and phrase.form == "name" else None


def _paragraph_between(text: str, previous: Draft, line_start: int) -> bool:
    """True if a paragraph with words stands between ``previous`` and the line at
    ``line_start``: a quote paragraph speaks on for the speaker just before it, not across
    another paragraph."""
    end = text.find("\n", previous.spans[-1][1])
    if end < 0 or end >= line_start:
        return False
    return any(line.strip() for line in text[end:line_start].split("\n"))


def _continues_paragraph(text: str, previous: Draft, quote: Quote) -> bool:
    """True if ``previous`` is a direct quote left open at the end of its paragraph (no
    closing mark, as a quote that goes on is written) and only empty lines or page furniture
    ("MORE: …", "Read more") stand between it and ``quote``."""
    if previous.kind is not StatementKind.DIRECT:
        return False
    end = previous.spans[-1][1]
    line_end = text.find("\n", end)
    if line_end < 0 or line_end >= quote.open:
        return False
    if any(c in QUOTE_MARKS for c in text[end:line_end]):
        return False  # closed where its paragraph ends: a new quote follows
    for line in text[line_end : quote.open].split("\n"):
        label = line.split(":", 1)[0] if ":" in line else line
        if line.strip() and not is_furniture(label):
            return False
    return True


def _stands_alone(text: str, quote: Quote) -> bool:
    """True if nothing but punctuation follows the quote before its sentence ends."""
    line_end = text.find("\n", quote.close)
    after = text[quote.close : line_end if line_end >= 0 else len(text)]
    for stop in range(len(after)):
        char = after[stop]
        if char in QUOTE_MARKS or (char in ".!?" and after[stop + 1 : stop + 2] in ("", " ")):
            break
        if char.isalnum():
            return False
    return True


def block_quotes(text: str, drafts: list[Draft]) -> list[Draft]:
    """ "Limbaugh added:" closing a paragraph, then a paragraph without quote marks: a block
    quote (its marks lost with the page's layout), his words as he said them."""
    found: list[Draft] = []
    if ":\n" not in text:
        return found
    at = text.find(":\n")
    while at >= 0:
        line_start = at + 2
        while line_start < len(text) and text[line_start] == "\n":
            line_start += 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        at = text.find(":\n", at + 2)
        if line_start >= len(text) or not text[line_start].isalnum():
            continue  # a quote paragraph (see unattributed_quotes) or markup
        span = trim(text, line_start, line_end)
        if span is None or word_count(text, span) < _MIN_UNATTRIBUTED_WORDS:
            continue
        inside = [s for d in drafts for s, e in d.spans if s < span[1] and span[0] < e]
        if inside:
            # "JTA reports:¶ Fernandez received Yair …. Kirchner publicized it, calling …":
            # the block's sentences before the first statement of its own
            stop = text.rfind(". ", span[0], min(inside))
            if min(inside) <= span[0] or stop < 0:
                continue
            span = trim(text, span[0], stop + 1)
            if span is None or word_count(text, span) < _MIN_UNATTRIBUTED_WORDS:
                continue
        introduced = introduced_above(text, line_start)
        if introduced is not None:
            phrase, cue = introduced
            found.append(Draft(StatementKind.DIRECT, [span], cue, phrase))
    return found
