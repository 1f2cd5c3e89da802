"""Direct quotations as exact spans; a quote never crosses a line break, so a stray mark
cannot swallow the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import Span
from .lexicon import lexicon, words
from .tokens import INVISIBLE

_LINE = re.compile(r"[^\n]+")
# Two apostrophes (straight or curly) stand for a double quote in some wire and archive text.
_MARK = re.compile(r"''|’’|‘‘|[\"“”„]")
#: a single mark that closes: after a word or its stop, before no letter
_SINGLE_CLOSING = r"(?<=[\w.,!?])['’](?!\w)"
_SINGLE = re.compile(r"(?P<open>(?<!\w)['‘](?=\w))|(?P<close>" + _SINGLE_CLOSING + ")")
_SINGLE_CLOSE = re.compile(_SINGLE_CLOSING)
#: (with the invisible marks pasted text carries: direction marks, zero-width spaces, a
#: byte-order mark — "\u202a”Isis declares …” wrote Pete Hidalgo" opens a quote)
_OPENING_CONTEXT = set(" \t([{—–-/:;,") | INVISIBLE
#: 'said: ‘…’' in an article that otherwise quotes with double marks
_COLON_SINGLE = re.compile(r":[ \t]+(['‘])(?=\w)")


@dataclass(frozen=True, slots=True)
class Quote:
    #: the quote marks included (``close`` is the paragraph end for an unclosed quote)
    open: int
    close: int
    #: the words inside the marks, without edge white space or a trailing comma
    inner: Span


def find_quotes(text: str) -> list[Quote]:
    """Every quoted stretch of ``text``, in order: double quotes, or single quotes in an
    article that uses no double quotes at all (British style)."""
    quotes: list[Quote] = []
    single = _single_quoted(text)
    for line in _LINE.finditer(text):
        if single:
            quotes.extend(_single_quotes(text, line.start(), line.end()))
        else:
            found = _line_quotes(text, line.start(), line.end())
            found.extend(_colon_singles(text, line.start(), line.end(), found))
            quotes.extend(sorted(found, key=lambda q: q.open))
    return [_before_caption(text, q) for q in quotes]


#: at most this many double marks in an article that otherwise quotes with single ones
_STRAY_DOUBLES = 2
#: at least this many single opening marks make such an article single-quoted
_SINGLE_OPENINGS = 4


def _single_quoted(text: str) -> bool:
    """Whether the article quotes with single marks (British style): it has no double marks,
    or one or two strays ("‘I can tell you … disgusted by it."") among many single ones."""
    doubles = _MARK.findall(text)
    if not doubles:
        return True
    if len(doubles) > _STRAY_DOUBLES:
        return False
    openings = sum(1 for m in _SINGLE.finditer(text) if m.lastgroup == "open")
    return openings >= _SINGLE_OPENINGS


def _before_caption(text: str, quote: Quote) -> Quote:
    """``quote`` without a photo caption its lost closing mark let it run into: "‘… every
    day. Ann (left) and Joe (right) wore …" ends at "day."; a quote whose first sentence
    holds the caption's mark is left as it is."""
    start, end = quote.inner
    marker = _caption_marker().search(text, start, end)
    if marker is None:
        return quote
    stops = [m.end() for m in _STOP.finditer(text, start, marker.start())]
    if not stops:
        return quote
    return _make(text, quote.open, stops[-1]) or quote


#: a stop that ends a sentence inside a quotation, with its closing mark if any
_STOP = re.compile(r"[.!?]['’\"”]?(?=\s)")


@cache
def _caption_marker() -> re.Pattern[str]:
    """A caption's mark for where a person stands in the photo: "(left)", "(pictured)"."""
    credits = sorted(words().photo_credits, key=len, reverse=True)
    return re.compile(r"\((?:" + "|".join(map(re.escape, credits)) + r")\b[^()\n]{0,60}\)")


def _colon_singles(text: str, start: int, end: int, doubles: list[Quote]) -> list[Quote]:
    """Single-quoted words after a colon ('She said: ‘We will stay.’'), outside double quotes."""
    found: list[Quote] = []
    for match in _COLON_SINGLE.finditer(text, start, end):
        opened = match.start(1)
        if any(q.open <= opened < q.close for q in doubles + found):
            continue
        for close in _SINGLE.finditer(text, opened + 1, end):
            if close.lastgroup != "close":
                continue
            if not _MARK.search(text, opened, close.end()):
                quote = _make(text, opened, close.end())
                if quote is not None:
                    found.append(quote)
            break
    return found


def _single_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Single quotes: an opening mark starts a word, a closing one ends one ("don't" is neither)."""
    found: list[Quote] = []
    opened: int | None = None
    #: the closing mark of a quote nested in the open one, to pass over
    inner_close = -1
    for match in _SINGLE.finditer(text, start, end):
        if match.start() <= inner_close:
            continue
        if match.lastgroup == "open":
            before = text[max(start, match.start() - 2) : match.start()]
            # British style reopens each new paragraph of one quote: "… earlier. 'As a …"
            if opened is None or not before.rstrip().endswith((".", "?", "!")):
                if opened is not None:
                    inner_close = _nested_close(text, start, opened, match.start(), end)
                    if inner_close >= 0:
                        continue
                if opened is not None:
                    found.extend(_unclosed_after_colon(text, start, opened, match.start()))
                opened = match.start()
        elif opened is not None:
            if _plural_possessive(text, opened, match.start(), end):
                continue
            quote = _make(text, opened, match.end())
            if quote is not None:
                found.append(quote)
            opened = None
    if opened is not None and opened == _first_char(text, start, end):
        quote = _make(text, opened, end)
        if quote is not None:
            found.append(quote)
    elif opened is not None:
        found.extend(_unclosed_after_colon(text, start, opened, end))
    return found


#: how many words a quote holds before a plural's apostrophe inside it can be told from a
#: short scare quote closing ("the 'experts' say")
_POSSESSIVE_AFTER_WORDS = 6
_PLURAL_POSSESSIVE = re.compile(r"s['’] (?P<next>[a-z]+)\b")


def _plural_possessive(text: str, opened: int, mark: int, end: int) -> bool:
    """ "‘… her passion for creators’ rights as a founding member …’": the mark after a
    plural's "s", with a plain word after it, inside a quote already some words long and
    closed later on its line, is the possessive's apostrophe."""
    possessive = _PLURAL_POSSESSIVE.match(text, mark - 1, end)
    if possessive is None:
        return False
    following = possessive.group("next")
    lex = lexicon()
    if following in lex.cue_lemma or following in lex.pronouns:
        return False  # "‘… for the workers’ she said"
    if len(text[opened:mark].split()) < _POSSESSIVE_AFTER_WORDS:
        return False
    return _SINGLE_CLOSE.search(text, mark + 1, end) is not None


#: how many characters a quote nested in another may hold
_NESTED_REACH = 200


def _nested_close(text: str, start: int, opened: int, inner: int, end: int) -> int:
    """Where the quote opened at ``inner`` closes, when it stands inside the quote a colon
    opened at ``opened`` and reopened paragraph after paragraph ("He added: 'We were lucky.
    'I felt, 'Wow, this is a massive game'. 'When I scored …'"): a closing mark follows
    before any other opening one; -1 when it is no nested quote."""
    if not text[start:opened].rstrip().endswith(":"):
        return -1
    if _REOPENED.search(text, opened, inner) is None:
        return -1  # a quote reopened once at least: the convention is that article's
    for mark in _SINGLE.finditer(text, inner + 1, min(end, inner + _NESTED_REACH)):
        if mark.lastgroup == "open":
            return -1
        if text[mark.end() : mark.end() + 2].lstrip()[:1] in ("'", "‘"):
            # "… would 'get Britain building again' 'We will make …'": a quote that another
            # follows at once stood in the writer's words; the colon's quote had ended
            return -1
        return mark.start()
    return -1


#: the end of a sentence inside a quote: a stop, then a capital or a new paragraph's mark
_QUOTED_SENTENCE_END = re.compile(r"[.!?](?=\s+['‘]?[A-Z])")


def _unclosed_after_colon(text: str, start: int, opened: int, end: int) -> list[Quote]:
    """ "He added: ‘We are not going to … than anyone. ‘The best way …" with its closing mark
    lost where the paragraphs were run together: the quote a colon opens holds at least its
    first sentence."""
    if not text[start:opened].rstrip().endswith(":") and not _reopened_within(text, opened, end):
        return []
    stop = _QUOTED_SENTENCE_END.search(text, opened, end)
    if stop is None:
        # "Konowal said: ‘The first two days were fine.": a quote that goes on in the next
        # paragraph leaves this one open (the closing mark ends only its last paragraph)
        if opened == start or not text[opened:end].rstrip().endswith((".", "!", "?")):
            return []
        quote = _make(text, opened, len(text[:end].rstrip()))
        return [] if quote is None else [quote]
    # British style reopens each paragraph of the quote: "… generation. 'We will build …";
    # with no closing mark before it, a paragraph reopened further on is the same quote too
    # ("… ready. I could not be happier. 'We did think …"), up to its first sentence's end
    reopenings = list(_REOPENED_AFTER_STOP.finditer(text, stop.start(), end))
    if reopenings:
        last = reopenings[-1]
        following = _QUOTED_SENTENCE_END.search(text, last.end(), end)
        if following is not None:
            stop = following
    while (reopened := _REOPENED.match(text, stop.end(), end)) is not None:
        following = _QUOTED_SENTENCE_END.search(text, reopened.end(), end)
        if following is None:
            break
        stop = following
    quote = _make(text, opened, stop.end())
    return [] if quote is None else [quote]


def _reopened_within(text: str, opened: int, end: int) -> bool:
    """Whether the quote opened at ``opened`` is reopened after a stop before ``end`` ("'He
    is a great coach. 'We don't …"): paragraphs of one quote run together, whatever stands
    before its first mark (a caption glued on, where a colon would be)."""
    first = _QUOTED_SENTENCE_END.search(text, opened, end)
    return first is not None and _REOPENED_AFTER_STOP.search(text, first.start(), end) is not None


#: a new paragraph of the same quote: an opening mark after the space that follows a stop
_REOPENED = re.compile(r"\s+['‘](?=\w)")
#: the same, found anywhere: a stop, a space and an opening mark
_REOPENED_AFTER_STOP = re.compile(r"[.!?]\s+['‘](?=\w)")


def _role(text: str, pos: int, end: int, line_start: int, line_end: int) -> str:
    mark = text[pos]
    before = text[pos - 1] if pos > line_start else " "
    after = text[end] if end < line_end else " "
    # Curly marks are sometimes typed the wrong way round: trust the spacing first.
    if mark in "“„":
        return "close" if after.isspace() and not before.isspace() else "open"
    if mark == "”":
        return "open" if before in _OPENING_CONTEXT and after.isalnum() else "close"
    if before in _OPENING_CONTEXT and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    return "either"


def _line_quotes(text: str, start: int, end: int, nesting: bool = True) -> list[Quote]:
    found: list[Quote] = []
    opened: int | None = None
    #: curly quotes inside a curly quote ("he calls “hell”") not yet closed
    nested = 0
    did_nest = False
    for match in _MARK.finditer(text, start, end):
        pos = match.start()
        role = _role(text, pos, match.end(), start, end)
        curly = text[pos] in "“”"
        if opened is None:
            if role != "close":
                opened = pos
        elif role == "open":
            if nesting and curly and text[opened] == "“":
                nested += 1
                did_nest = True
            else:
                # A second opening mark: the first one was stray (or never closed); restart.
                opened = pos
        elif nested and curly:
            nested -= 1
        else:
            quote = _make(text, opened, match.end())
            if quote is not None:
                found.append(quote)
            opened = None
    if opened is not None and did_nest:
        # The outer quote never closed: the inner marks were not nested after all.
        return _line_quotes(text, start, end, nesting=False)
    if opened is not None and opened == _first_char(text, start, end):
        quote = _make(text, opened, end)
        if quote is not None:
            found.append(quote)
    elif opened is not None and _goes_on(text, start, opened, end):
        quote = _make(text, opened, len(text[:end].rstrip()))
        if quote is not None:
            found.append(quote)
    return found


def _goes_on(text: str, start: int, opened: int, end: int) -> bool:
    """True if the quote opened at ``opened`` and never closed goes on in the next paragraph,
    which reopens it: 'She said: “These are criminals.' then '“They must …”' (the closing
    mark ends only a quote's last paragraph). It must run to a stop at the paragraph's end,
    after a colon or before a paragraph that opens with a quote mark."""
    if not text[opened:end].rstrip().endswith((".", "!", "?")):
        return False
    if text[start:opened].rstrip().endswith(":"):
        return True
    following = _LINE.search(text, end)
    return following is not None and text[following.start()] in '“"'


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _make(text: str, open_pos: int, close_end: int) -> Quote | None:
    inner_start = open_pos + (2 if text.startswith(("''", "‘‘"), open_pos) else 1)
    inner_end = close_end
    if text.startswith(("''", "’’"), close_end - 2) and close_end - 2 >= inner_start:
        inner_end = close_end - 2
    elif text[close_end - 1] in "\"”'’":
        inner_end = close_end - 1
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and (text[inner_end - 1].isspace() or text[inner_end - 1] == ","):
        inner_end -= 1
    if inner_end - inner_start < 2:
        return None
    return Quote(open_pos, close_end, (inner_start, inner_end))


def word_count(text: str, span: Span) -> int:
    return len(text[span[0] : span[1]].split())
