"""Interview transcripts ("PENCE: Well, look, …") and quote paragraphs introduced by the
paragraph above ("Limbaugh added:")."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...model import Mention, StatementKind
from ..draft import Draft
from ..headline import headline_span
from ..lexicon import lexicon, words
from ..mentions import Phrase, phrase_after, phrase_before
from ..quotes import Quote
from ..speaker_names import can_speak, is_furniture
from ..tokens import Tok, tokens
from .cues import cue_mention, only_adjuncts, skip_back
from .direct import LEAD_REACH
from .sentence import trim

_TURN = re.compile(
    r"^[ \t]*[\"“]?(?P<name>[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){0,2})"
    # a round-up of voices: "Jane Doe, The Guardian: “…”"
    r"(?:, (?P<outlet>(?:[Tt]he )?[A-Z][\w.&'’\-]*(?: [A-Z&][\w.&'’\-]*){0,4}))?"
    r":[ \t]+(?P<said>\S[^\n]*)$",
    re.MULTILINE,
)
#: a paragraph that is a described speaker, a colon and one quotation: 'Former secretary of
#: state Hillary Rodham Clinton:"We learned …"', 'Rep. Trey Gowdy (R-S.C.): "I have not …"'
_DESCRIBED_TURN = re.compile(
    r"^[ \t]*(?P<label>[A-Z][^\n:\"“”]{2,90}?)[ \t]*:[ \t]*(?P<said>[\"“][^\n]*\S)[ \t]*$",
    re.MULTILINE,
)
#: a sentence break inside a turn: "… on Friday. The court heard …"
#: "Per MarketWatch: …", "Via Reuters: …": a word before the source that a turn's label drops
_SOURCE_LEADS = frozenset({"per", "via"})
#: "Writes RT.com on Jan. 2: “…”": the reporting verbs a paragraph's label may open with
_INVERTED_LEMMAS = frozenset({"add", "note", "report", "say", "write"})


def _inverted_cue(tok: Tok) -> bool:
    """Whether ``tok`` is a finite form of a reporting verb that may open a label ("Writes")."""
    lemma = lexicon().cue_lemma.get(tok.lower)
    return lemma in _INVERTED_LEMMAS and tok.lower != lemma and not tok.lower.endswith("ing")


_SENTENCE_BREAK = re.compile(r"[a-z0-9)][.!?][\"”’']?\s+[\"“‘']?[A-Z]")
_QUOTE_OPEN = "\"“‘'"
_QUOTE_CLOSE = "\"”’'"
_QUOTED_THEN_ATTRIBUTED = re.compile(r"^[ \t]*[\"“][^\"“”\n]*[\"”][ \t]*\w")


def _dateline(text: str, at: int, headline: tuple[int, int] | None) -> bool:
    """Whether the label in capitals at ``at`` opens the story (its first line after any
    headline), no other line opens with a label in capitals, and the story names it as a
    place: a dateline."""
    opening = text[headline[1] if headline is not None else 0 : at]
    if opening.strip():
        return False
    labels = [m.group("name") for m in _TURN.finditer(text) if m.group("name").isupper()]
    if len(labels) != 1:
        return False
    # a place the story names as one ("his bride Indira from Rampur"), not a person
    place = re.escape(labels[0].title())
    return re.search(rf"\b(?:in|from|at|near|of) {place}\b", text) is not None


def transcript_turns(text: str, quotes: list[Quote], used: set[int]) -> list[Draft]:
    """ "PENCE: Well, look, …": a speaker in capitals, a colon, then the turn."""
    found: list[Draft] = []
    if ":" not in text:
        return found
    not_speakers = lexicon().not_speakers
    headline = headline_span(text)
    quote_starts = [q.open for q in quotes]
    for match in _TURN.finditer(text):
        name = match.group("name")
        if name.lower() in not_speakers or len(name.split()) > 4:
            continue
        if is_furniture(name):
            continue  # "MORE: Sisters kicked out …": a link to another story, no turn
        if headline is not None and match.start() < headline[1]:
            # "Pence: Flowers Won't Be at Debate" names a source the story quotes; in
            # "Stealth Over Health: Clinton Was Headed to ER" the words before the colon are
            # the headline's own, found nowhere in the story.
            body = text[headline[1] :].lower()
            if not all(w.lower() in body for w in name.split() if len(w) >= 4):
                continue
        if _colon_inside_sentences(text, name):
            continue  # "Star Wars Jedi: Fallen Order", written mid-sentence too: a title
        if name.isupper() and _dateline(text, match.start(), headline):
            continue  # "RAMPUR: All was going well at the wedding …": where it was filed
        if _QUOTED_THEN_ATTRIBUTED.search(match.group(0)):
            continue  # '"Madrid: …," Alice Morgan said.': a dateline inside someone's quote
        said = match.group("said").rstrip()
        if said[0].islower() and not name.isupper():
            continue  # "Clouds: a few yards away, …": a label before a fragment, not a turn
        quoted = _one_quotation(said)
        if match.group("outlet") is not None and not quoted:
            continue  # "Ann Lee, 45, of Leeds: …" is a caption; a round-up quotes its voices
        if not quoted and _SENTENCE_BREAK.search(said) and not _known_speaker(text, match):
            # "Guilty: John Smith, 45, was jailed … The court heard …": a photo caption's
            # label, not a speaker; only a transcript's speaker talks on past a sentence
            continue
        if not quoted and _link_label(text, name, said):
            continue  # "HORROR: ISIS fanatics hurl … into deep ravine in Syria": a link's label
        if (
            not quoted
            and " " not in name
            and (headline is None or match.start() >= headline[1])
            and "\n" in text[: match.start()]  # (nor an article's first line)
            and name.lower() not in lexicon().nominal_heads
            and not _known_speaker(text, match)
        ):
            # "Resistance: Thousands of protesters are still gathered …" with no stop at its
            # end: one word the story never names again is a caption's label, not a speaker
            # (a headline's "Poll: Trump leads" still names its source)
            continue
        if not quoted and not name.isupper() and _under_a_heading(text, match.start()):
            continue  # "TIP-INS¶Thunder: F Hamidou Diallo missed …": a section's notes
        if not quoted and _a_list_entry(said):
            continue  # "Hillary Clinton: 1,769", "Iowa: Tim Albrecht, Brad Anderson, …"
        content = trim(text, match.start("said"), match.end("said"))
        if content is None:
            continue
        kind = StatementKind.REPORTED
        at = bisect.bisect_left(quote_starts, match.start("said"))
        if quoted and at < len(quotes) and quotes[at].open == match.start("said"):
            content = quotes[at].inner
            kind = StatementKind.DIRECT
        name_span = (match.start("name"), match.end("name"))
        lead, _, rest = name.partition(" ")
        if rest and lead.lower() in _SOURCE_LEADS:
            # "Per MarketWatch: “…”": the outlet the words come from, without the "per"
            name, name_span = rest, (name_span[0] + len(lead) + 1, name_span[1])
        phrase = Phrase(name_span, name, "name", name, "", name.split()[-1].lower())
        colon = match.end("name")
        cue = Mention(":", (colon, colon + 1))
        found.append(Draft(kind, [content], cue, phrase))
        lo = bisect.bisect_left(quote_starts, match.start())
        hi = bisect.bisect_left(quote_starts, match.end())
        used.update(range(lo, hi))
    found.extend(_described_turns(text, quotes, quote_starts, used, {d.start for d in found}))
    if headline is not None and not any(d.start < headline[1] for d in found):
        turn = _headline_turn(text, headline, quotes, quote_starts, used)
        if turn is not None:
            found.append(turn)
    return found


#: a headline that names its speaker, says what they did, then quotes them after a colon:
#: "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’"
_HEADLINE_QUOTE = re.compile(r"(?P<label>[A-Z][^\n:]{3,90}?):[ \t]+(?P<said>[\"“‘'].*)")


def _headline_turn(
    text: str,
    headline: tuple[int, int],
    quotes: list[Quote],
    quote_starts: list[int],
    used: set[int],
) -> Draft | None:
    """The quotation after the colon of a headline, said by the person named first in it:
    the leading capitalised words that the story writes again with capitals ("Elizabeth
    Warren", not "Warren Hammers"; "CNN President" before "On Trump")."""
    match = _HEADLINE_QUOTE.fullmatch(text, headline[0], headline[1])
    if match is None:
        return None
    at = bisect.bisect_left(quote_starts, match.start("said"))
    if at >= len(quotes) or at in used or quotes[at].open != match.start("said"):
        return None
    quote = quotes[at]
    if text[quote.close + 1 : headline[1]].strip(" .;"):
        return None  # "‘No Idea’ If I Would Have …": the quote is part of a longer claim
    lex = lexicon()
    label = match.group("label").split()
    if any(lex.cue_lemma.get(w) and lex.cue_lemma[w] not in lex.weak_cues for w in label):
        return None  # "Lee's lawyer Jo Ortiz said: …": the rules read a reporting verb
    body = text[headline[1] :]
    names: list[str] = []
    for word in label:
        bare = word.strip(",;")
        if not bare[:1].isupper() or not re.search(rf"\b{re.escape(bare)}\b", body):
            break
        low = bare.lower()
        if low in words().prepositions or low in words().determiners:
            break
        if low in lex.function_words:
            break
        names.append(bare)
    if not names or len(names) > 4 or names[-1].lower().rstrip(".") in words().honorifics:
        return None
    start = match.start("label")
    end = text.index(names[-1], start) + len(names[-1])
    name = " ".join(names)
    phrase = Phrase((start, end), name, "name", name, "", names[-1].lower())
    if not can_speak(phrase, text):
        return None
    colon = match.end("label")
    used.add(at)
    return Draft(StatementKind.DIRECT, [quote.inner], Mention(":", (colon, colon + 1)), phrase)


def _described_turns(
    text: str, quotes: list[Quote], quote_starts: list[int], used: set[int], taken: set[int]
) -> list[Draft]:
    """'Former secretary of state Hillary Rodham Clinton: "We learned …"': a paragraph of a
    speaker, described as the story describes people, a colon and one quotation (a plain
    "Name: …" turn is read above; a label that is no person's name, "Editor's note: '…'",
    quotes no one)."""
    found: list[Draft] = []
    for match in _DESCRIBED_TURN.finditer(text):
        said = match.group("said")
        at = bisect.bisect_left(quote_starts, match.start("said"))
        if not _one_quotation(said) or at >= len(quotes) or at in used:
            continue
        quote = quotes[at]
        if quote.open != match.start("said") or quote.inner[0] in taken:
            continue
        toks = tokens(text, match.start("label"), match.end("label"))
        if len(toks) > 1 and _inverted_cue(toks[0]):
            # "Writes RT.com on Jan. 2: “…”": the verb first, then who wrote
            # (up to a time: "on Jan. 2" says when)
            stop = next((k for k in range(2, len(toks)) if toks[k].text.islower()), len(toks))
            phrase = phrase_after(text, toks, 1, stop, apposition=False)
            if phrase is None or phrase.form != "name":
                continue
        else:
            phrase = phrase_before(text, toks, len(toks) - 1)
            if phrase is None or phrase.form != "name" or phrase.span[0] != toks[0].start:
                continue
        colon = text.index(":", match.end("label"))
        found.append(
            Draft(StatementKind.DIRECT, [quote.inner], Mention(":", (colon, colon + 1)), phrase)
        )
        used.add(at)
    return found


_FIGURE = re.compile(r"^[$€£]?\d[\d,.]*%?\.?$")
_HANDLE = re.compile(r"^@\w+\.?$")
_LISTED_NAME = re.compile(r"^[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}$")


def _a_list_entry(said: str) -> bool:
    """A tally, a handle or a roster after a label's colon: an entry of a list, not words
    anyone said ("Superdelegates: 121", "Twitter: @Milbank", "Iowa: Tim Albrecht, Brad
    Anderson, Rob Barron, …")."""
    said = said.strip()
    if _FIGURE.match(said) or _HANDLE.match(said):
        return True
    items = [item.strip() for item in said.rstrip(".").split(",")]
    return len(items) >= 3 and all(_LISTED_NAME.match(item) for item in items)


def _one_quotation(said: str) -> bool:
    """True if the words after the colon are one quotation and nothing more."""
    return (
        len(said) > 2
        and said[0] in _QUOTE_OPEN
        and said[-1] in _QUOTE_CLOSE
        and not any(mark in said[1:-1] for mark in '"“”')
    )


def _link_label(text: str, name: str, said: str) -> bool:
    """ "HORROR: ISIS fanatics hurl victims into deep ravine in Syria": one word in capitals
    the story never writes again, before a headline with no stop of its own, labels a link
    to another story; a transcript's speaker talks in sentences or comes back."""
    if " " in name or len(name) < 4 or not name.isupper() or said.rstrip()[-1:] in ".!?\"”’'…":
        return False
    return len(re.findall(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)) == 1


def _known_speaker(text: str, match: re.Match[str]) -> bool:
    """A transcript's speaker: written in capitals ("PENCE"), or named again elsewhere."""
    name = match.group("name")
    if name.isupper():
        return True
    # Counted once per name and text: a long transcript names its speakers thousands of times,
    # and counting them again at every turn made its build quadratic. A name holds no line
    # break, so none stands across the turn's edges.
    return _count_of(text, name) > text.count(name, match.start(), match.end())


def _under_a_heading(text: str, at: int) -> bool:
    """True if the line at ``at`` (a "Label: …" line) comes after a heading in capitals
    ("TIP-INS", "UP NEXT"), past other label lines only: notes sorted under labels."""
    return at in _label_lines_under_headings(text)


@lru_cache(maxsize=8)
def _label_lines_under_headings(text: str) -> frozenset[int]:
    """Where each label line that follows a heading in capitals starts, found in one pass
    (asked once per turn, a walk back from each turn made a long transcript quadratic)."""
    starts: set[int] = set()
    under = False
    for line in _LINE.finditer(text):
        words = line.group().strip()
        if not words:
            continue
        if _LABEL_LINE.match(words):
            if under:
                starts.add(line.start())
            continue
        under = words.isupper() and len(words.split()) <= 5 and not words.endswith((".", ":"))
    return frozenset(starts)


_LINE = re.compile(r"[^\n]+")
_LABEL_LINE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}: ")


@lru_cache(maxsize=256)
def _colon_inside_sentences(text: str, name: str) -> bool:
    """True if "<name>: " also stands inside a sentence, after a word of it ("…, Star Wars
    Jedi: Fallen Order finds …"): a title with a subtitle, never a speaker's turn label."""
    for found in re.finditer(rf"(?<=[ \t]){re.escape(name)}:[ \t]", text):
        before = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
        # a word in lower case or a comma before it: running text ("JAKE TAPPER:" is a label)
        if _RUNNING_TEXT.search(before):
            return True
    return False


_RUNNING_TEXT = re.compile(r"(?:^|\s)[a-z]|[,;]")


@lru_cache(maxsize=256)
def _count_of(text: str, name: str) -> int:
    return text.count(name)


def introduced_above(text: str, line_start: int) -> tuple[Phrase, Mention] | None:
    """ "Limbaugh added:" closing the paragraph above introduces this quote paragraph."""
    above_end = line_start - 1
    while above_end > 0 and text[above_end - 1].isspace():
        above_end -= 1
    if above_end <= 0 or text[above_end - 1] != ":":
        return None
    above_start = max(text.rfind("\n", 0, above_end) + 1, above_end - 300)
    toks = tokens(text, above_start, above_end - 1)
    issued = _issued_document(text, toks) or _excerpted_from(text, toks)
    if issued is not None:
        return issued
    for c in range(len(toks) - 1, max(-1, len(toks) - LEAD_REACH), -1):
        if not toks[c].cue:
            continue
        if not only_adjuncts(text[toks[c].end : above_end - 1], toks[c].text):
            return None
        last = skip_back(toks, c - 1, 0)
        phrase = phrase_before(text, toks, last, 0) if last >= 0 else None
        return (phrase, cue_mention(text, toks, c)) if phrase is not None else None
    return None


def _excerpted_from(text: str, toks: list[Tok]) -> tuple[Phrase, Mention] | None:
    """ "From New York Daily News:", "From The Washington Post article:" alone on the line
    above: the paragraph below is an excerpt of that outlet's words."""
    if len(toks) < 2 or toks[0].text != "From":
        return None
    end = len(toks)
    if lexicon().nominal_heads.get(toks[-1].lower) == "document" and end > 2:
        end -= 1  # (the article, not the outlet, is the last word)
    phrase = phrase_after(text, toks, 1, end, apposition=False)
    if phrase is None or phrase.form != "name" or phrase.span[1] != toks[end - 1].end:
        return None
    return phrase, Mention(toks[0].text, (toks[0].start, toks[0].end))


def _issued_document(text: str, toks: list[Tok]) -> tuple[Phrase, Mention] | None:
    """ "Mayor Roe issued the following statement:": whoever issued the document says the
    quote paragraph below it (the cue runs from the verb to the document)."""
    if not toks or lexicon().nominal_heads.get(toks[-1].lower) != "document":
        return None
    w = words()
    k = len(toks) - 2
    while k >= 0 and len(toks) - k <= 5 and toks[k].lower in w.determiners | {"following"}:
        k -= 1
    if k < 1 or toks[k].lower not in w.issuing_verbs:
        return None
    last = skip_back(toks, k - 1, 0)
    phrase = phrase_before(text, toks, last, 0) if last >= 0 else None
    if phrase is None:
        return None
    span = (toks[k].start, toks[-1].end)
    return phrase, Mention(text[span[0] : span[1]], span)
