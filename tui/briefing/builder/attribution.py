"""Statements (direct quotes and reported speech) and who made them, with exact spans.

Stages: quotes → drafts per sentence (span, cue, speaker phrase) → ``speakers`` → Statements.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import Mention, Span, Speaker, Statement, StatementKind, join_spans
from .headline import headline_span
from .learned.merge import with_learned
from .lexicon import lexicon
from .mentions import Phrase, Tok, phrase_after, phrase_before, tokens, with_postmodifier
from .quotes import Quote, find_quotes, word_count
from .speakers import resolve_speakers

_QUOTE_MARKS = '"“”„‘’'
#: how far (in tokens) a cue may stand from the quote it introduces or closes
_TRAILER_REACH = 24
_LEAD_REACH = 10
_MIN_REPORTED_WORDS = 2
_MIN_UNATTRIBUTED_WORDS = 4
_TRIM = " \t,;:—–-"
_THAT = re.compile(r"that\b,?\s*")
_COMMA_THAT = re.compile(r"\s*,\s*that\b,?\s*")
_LOWER_RUN = re.compile(r"[a-z]{3,}")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_CLAUSE_PUNCT = re.compile(r"[,;:]\s|\s[—–―]\s|\s--\s")
#: "his claim that …": the possessive pronoun and the pronoun it stands for
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_OWNER_ADJECTIVES = frozenset({"earlier", "latest", "repeated", "false", "new", "recent", "own"})
_TURN = re.compile(
    r"^[ \t]*[\"“]?(?P<name>[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){0,2}):[ \t]+"
    r"(?P<said>\S[^\n]*)$",
    re.MULTILINE,
)
_QUOTED_THEN_ATTRIBUTED = re.compile(r"^[ \t]*[\"“].*[\"”][ \t]*\w")
_DASHED_ASIDE = re.compile(r"\s(?:--|[―—–])\s[^―—–]{1,200}?\s(?:--|[―—–])\s")
#: words after which a new clause (and so a new subject) may begin
_CLAUSE_OPENERS = frozenset(
    {"that", "and", "but", "while", "as", "because", "so", "when", "after", "before", "although"}
    | {"though", "since", "if", "unless", "until", "now", "perhaps", "meanwhile", "however"}
    | {"yet", "then", "where", "whether", "once", "also", "still", "instead", "or"}
    | {"which", "what", "whom", "whose"}
)
_CLAUSE_SUBJECTS = frozenset({"the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her"})
#: "found the United States was in breach": a clause without "that" (a few words, a verb)
_CLAUSE_NEXT = re.compile(
    r"(?:[\w’'-]+ ){1,6}(?:is|was|are|were|has|had|have|would|will|could|can|may|might)\b"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NUMBER_NEXT = re.compile(r"about\s+[\d$]")
_WEAK_CONTENT_END = re.compile(
    r",\s+(?:which|who|whose|in an? |at an? |on \w+day\b|during\b|even\b|but\b|as\b|after\b)"
    r"|\s(?:during|since|because|while|when|until|amid|before|after)\s"
    r"|\s(?:in|on) (?:a|an|his|her|their) (?:\w+ )?(?:statement|interview|speech|tweet|post)\b"
    r"|\s(?:on|last|this) (?:\w+day|week|month|night)\b"
)
_MAX_SUBJECT = 10
_SUBJECT_OPENERS = frozenset(
    {"the", "a", "an", "all", "some", "many", "most", "several", "few", "one", "another", "two"}
)
_FINITE_VERBS = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "will", "would", "be", "been", "do"}
    | {"does", "did", "can", "could", "should", "may", "might", "must", "said", "says"}
)
_TIME_LEADS = frozenset({"this", "last", "next", "on", "in", "early", "late", "earlier"})
_TIME_WORDS = frozenset(
    {"week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june"}
    | {"july", "august", "september", "october", "november", "december", "morning", "night"}
)
#: verbs that lead into a cue through "to" ("appeared to suggest", "went on to say")
_TO_VERBS = frozenset(
    {"appeared", "appears", "seemed", "seems", "continued", "continues", "tried", "tries"}
    | {"began", "begins", "started", "starts", "went", "goes", "moved", "moves", "rushed"}
    | {"on", "sought", "seeks", "wanted", "wants", "hastened", "used", "able", "likely"}
)
#: cues whose "to" is a preposition ("referred to the plan"), not an infinitive's
_TO_PREPOSITIONAL = frozenset({"point", "refer", "object", "respond", "reply"})
_MANNER = re.compile(r"[a-z]+ly\s+([a-z]+)\b")
_PASSIVE_ADVERBS = frozenset({"widely", "generally", "commonly", "largely", "universally"})
_VERDICTS = frozenset({"guilty", "innocent", "liable", "dead", "unconscious", "responsible"})
_PAST_VERB = re.compile(r"[a-z]{3,}ed")
_CONDITIONALS = frozenset({"if", "unless"})
_NEGATORS = frozenset({"not", "never", "no", "nor", "barely", "hardly", "scarcely", "rarely"})
_GO_ON = frozenset({"went", "goes", "go", "going"})
#: words before a cue that make it a noun ("his plans", "the rate")
_NOUN_MARKERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "these"}
    # "the IMF's last estimate", "its latest report": an adjective before it makes a noun
    | {"last", "latest", "previous", "final", "initial", "own"}
)
#: verbs after a bare cue that make it a noun subject ("the plan is", "rates are")
_NOUN_VERBS = frozenset({"is", "was", "are", "were", "has", "had", "will", "would", "remains"})
_POSTMODIFIER_PREPS = frozenset({"of", "for", "at", "from", "with", "in", "on"})
_BE_FORMS = frozenset({"is", "was", "are", "were", "been", "be"})
_COORDINATORS = frozenset({"and", "but"})
_SUBORDINATORS = frozenset(
    {"while", "although", "though", "as", "if", "when", "after", "before", "because", "since"}
    | {"whereas", "unless", "once"}
)
_CONCESSIVE = frozenset({"although", "though", "whereas", "while", "when"})
_DASHES = frozenset({"―", "—", "–"})
_PREPOSITIONS = frozenset(
    {"to", "about", "of", "for", "with", "on", "in", "at", "by", "from", "into", "over", "during"}
)


@dataclass(slots=True)
class Draft:
    """A statement before its speaker is known."""

    kind: StatementKind
    spans: list[Span]
    cue: Mention | None
    phrase: Phrase | None
    #: the draft whose speaker this one shares (continuations, unattributed quote paragraphs)
    inherit: Draft | None = None
    speaker: str = ""
    uses: set[int] = field(default_factory=set)
    #: ', saying, "…"': shares the speaker of whatever statement comes before it
    follows_previous: bool = False

    @property
    def start(self) -> int:
        return self.spans[0][0]


def _cue_starts(text: str) -> list[int]:
    """Where a reporting cue may stand, so sentences without one are never tokenised."""
    cues = lexicon().cue_lemma
    # Lower-case runs, word boundary or not: a stray hit only costs a sentence's tokens.
    found = [m.start() for m in _LOWER_RUN.finditer(text) if m.group() in cues]
    found.extend(m.start() for m in _ACCORDING.finditer(text))
    nouns = lexicon().nominal_cues
    at = text.find(" that ")
    while at >= 0:  # "Trump's claim that": far fewer "that"s than words, so look from them
        word = text.rfind(" ", 0, at) + 1
        if text[word:at] in nouns:
            found.append(word)
        at = text.find(" that ", at + 6)
    found.sort()
    return found


def _has_cue(cue_starts: list[int], start: int, end: int) -> bool:
    at = bisect.bisect_left(cue_starts, start)
    return at < len(cue_starts) and cue_starts[at] < end


def extract_statements(text: str, sentences: list[Span]) -> tuple[list[Speaker], list[Statement]]:
    """Every direct quote and reported statement of ``text``, with one speaker per source."""
    if not text.strip():
        return [], []
    quotes = find_quotes(text)
    drafts: list[Draft] = []
    used_quotes: set[int] = set()
    quote_starts = [q.open for q in quotes]
    sentence_starts = [s for s, _ in sentences]
    drafts.extend(_transcript_turns(text, quote_starts, used_quotes))
    cue_starts = _cue_starts(text)
    headline_end = _headline_end(text)
    for sentence in sentences:
        drafts.extend(
            _sentence_drafts(
                text,
                sentence,
                sentence_starts,
                quotes,
                quote_starts,
                used_quotes,
                cue_starts,
                headline_end,
            )
        )
    drafts.sort(key=lambda d: d.start)
    for at, draft in enumerate(drafts):
        if draft.follows_previous and at > 0:
            draft.inherit = drafts[at - 1]
            draft.phrase = drafts[at - 1].phrase
    drafts.extend(_unattributed_quotes(text, quotes, used_quotes, drafts))
    drafts.sort(key=lambda d: d.start)
    # LEARNED MODEL HOOK (issue 15): the tagger trained on PolNeAr adds what the rules missed.
    drafts = with_learned(text, sentences, drafts)
    speakers = resolve_speakers(text, drafts)
    statements: list[Statement] = []
    for draft in drafts:
        if not draft.speaker:
            continue
        spans = tuple(draft.spans)
        statements.append(
            Statement(
                id=f"s{len(statements) + 1}",
                speaker=draft.speaker,
                kind=draft.kind,
                text=join_spans(text, spans),
                spans=spans,
                sentence=max(0, bisect.bisect_right(sentence_starts, draft.start) - 1),
                cue=draft.cue,
                source_mention=(
                    Mention(draft.phrase.text, draft.phrase.span) if draft.phrase else None
                ),
            )
        )
    return speakers, statements


def _sentence_drafts(
    text: str,
    sentence: Span,
    sentence_starts: list[int],
    quotes: list[Quote],
    quote_starts: list[int],
    used_quotes: set[int],
    cue_starts: list[int],
    headline_end: int = 0,
) -> list[Draft]:
    start, end = sentence
    headline = start < headline_end
    # Quotes never cross a line, so only a few before the sentence can still be open in it.
    lo = max(0, bisect.bisect_left(quote_starts, start) - 4)
    hi = bisect.bisect_left(quote_starts, end)
    local = [i for i in range(lo, hi) if quotes[i].close > start]
    closing = [i for i in local if quotes[i].close <= end + 1]
    if not closing and not headline and not _has_cue(cue_starts, start, end):
        return []
    # A quote closing here may have opened sentences ago: read from where it opened.
    region = start
    if closing and quotes[closing[0]].open < start:
        at = bisect.bisect_right(sentence_starts, quotes[closing[0]].open) - 1
        region = sentence_starts[max(0, at)]
    toks = tokens(text, region, end)
    if headline:
        toks = _headline_cues(toks)
    nearby = [quotes[i] for i in local]
    quoted = _quoted_token_mask(toks, nearby)
    drafts: list[Draft] = []
    used_cues: set[int] = set()
    for qi in closing:
        if qi in used_quotes:
            continue
        draft = _direct(text, toks, quoted, quotes, qi, used_cues, drafts)
        if draft is not None:
            used_quotes.update(draft.uses)
            drafts.append(draft)
    reported = _reported(text, toks, quoted, used_cues, drafts, nearby, start)
    for draft in reported:
        s, e = draft.spans[0]
        # Quotes inside reported content are part of it, not statements of their own.
        used_quotes.update(i for i in local if s <= quotes[i].open < e)
    return drafts + reported


def _quoted_token_mask(toks: list[Tok], nearby: list[Quote]) -> list[bool]:
    mask = [False] * len(toks)
    for q in nearby:
        at = _token_at(toks, q.open)
        while at < len(toks) and toks[at].start < q.close:
            mask[at] = True
            at += 1
    return mask


def _token_at(toks: list[Tok], pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _after_dateline(toks: list[Tok], first: int) -> int:
    """ "BRUSSELS - European leaders gathered …": the sentence's subject starts after the dash."""
    k = first
    while k < len(toks) and toks[k].text.isupper() and toks[k].text.isalpha() and k - first < 3:
        k += 1
    if k > first and k < len(toks) and toks[k].text in ("-", "--", "—", "–", "―"):
        return k + 1
    return first


def _hypothetical(toks: list[Tok], first: int, last: int) -> bool:
    """The cue's clause opens with "if" or "unless" a few words before it, no comma between
    ("If confirmed, she said, …" is her statement about a condition)."""
    for k in range(last, max(first, last - 4) - 1, -1):
        if toks[k].text == ",":
            return False
        if toks[k].lower in _CONDITIONALS:
            return True
    return False


def _negated(between: list[Tok]) -> bool:
    """ "did not respond", "never said", "hasn't commented": words before a cue that deny it."""
    return any(t.lower in _NEGATORS or t.lower.endswith(("n't", "n’t")) for t in between)


def _is_cue(tok: Tok) -> bool:
    return tok.cue


def _is_strong_cue(tok: Tok) -> bool:
    lex = lexicon()
    return _is_cue(tok) and lex.cue_lemma[tok.text] not in lex.weak_cues


def _cue_mention(text: str, toks: list[Tok], index: int) -> Mention:
    tok = toks[index]
    return Mention(text[tok.start : tok.end], (tok.start, tok.end))


def _headline_end(text: str) -> int:
    """End of a first line written in title case ("Lindsey Graham Says …"), else 0."""
    line_end = text.find("\n")
    line = text[: line_end if line_end >= 0 else len(text)]
    words = [w for w in line.split() if w[0].isalpha()]
    if len(words) < 3 or len(line) > 200:
        return 0
    capitals = sum(1 for w in words if w[0].isupper())
    return len(line) if capitals >= 0.7 * len(words) else 0


def _headline_cues(toks: list[Tok]) -> list[Tok]:
    """In a title-case headline, "Says" and "Vows" are cues too (lower-cased for the lexicon)."""
    cues = lexicon().cue_lemma
    return [
        tok._replace(text=tok.lower, cue=True)
        if k > 0 and not tok.cue and tok.lower in cues and tok.text[0].isupper()
        else tok
        for k, tok in enumerate(toks)
    ]


def _skip_back(toks: list[Tok], index: int, lo: int) -> int:
    """Step back over "also", "has", "later" between a speaker and the cue."""
    skip = lexicon().skip_words
    while index >= lo:
        tok = toks[index]
        if tok.lower in skip or (tok.text.endswith("ly") and tok.text.islower()):
            index -= 1
        elif tok.lower == "to" and index - 1 >= lo and toks[index - 1].lower in _TO_VERBS:
            index -= 2  # "appeared to suggest", "went on to discuss", "began to argue"
        elif tok.lower == "on" and index - 1 >= lo and toks[index - 1].lower in _GO_ON:
            index -= 2
        elif index - 1 >= lo and _YEAR.fullmatch(tok.text) and toks[index - 1].lower == "in":
            index -= 2  # "an arbitration panel in 2001 found"
        elif index - 1 >= lo and tok.lower in _TIME_WORDS and toks[index - 1].lower in _TIME_LEADS:
            index -= 2  # "the Supreme Court this month rejected", "Ann Lee on Monday said"
        else:
            return index
    return index


# --- direct quotes ---------------------------------------------------------------------------


def _direct(
    text: str,
    toks: list[Tok],
    quoted: list[bool],
    quotes: list[Quote],
    qi: int,
    used_cues: set[int],
    earlier: list[Draft],
) -> Draft | None:
    quote = quotes[qi]
    after = _token_at(toks, quote.close)
    stop = after
    while stop < len(toks) and not quoted[stop] and stop - after < _TRAILER_REACH:
        stop += 1
    found = _trailer(text, toks, after, stop) if _opens_quote(toks, quoted, quote) else None
    if found is None:
        found = _lead(text, toks, quoted, quote, earlier)
    if found is None:
        return None
    phrase, cue_index, inherit, resume = found
    used_cues.add(cue_index)
    draft = Draft(
        StatementKind.DIRECT,
        [quote.inner],
        _cue_mention(text, toks, cue_index),
        phrase,
        inherit,
        uses={qi},
        follows_previous=phrase is None and inherit is None,
    )
    # "…," he said, "…": the second half belongs to the same statement.
    nxt = qi + 1
    if (
        resume is not None
        and nxt < len(quotes)
        and resume < len(toks)
        and toks[resume].text == ","
        and resume + 1 < len(toks)
        and toks[resume + 1].start == quotes[nxt].open
    ):
        draft.spans.append(quotes[nxt].inner)
        draft.uses.add(nxt)
    return draft


def _opens_quote(toks: list[Tok], quoted: list[bool], quote: Quote) -> bool:
    """'"…," X said' needs the quote to open its clause: 'on “Fox News Sunday,” Pence said' no."""
    at = _token_at(toks, quote.open)
    if at == 0 or quoted[at - 1]:
        return True
    prev = toks[at - 1]
    return prev.text in ",;:.!?—–-―(" or prev.cue or prev.lower in _CLAUSE_OPENERS


def _trailer(
    text: str, toks: list[Tok], after: int, stop: int
) -> tuple[Phrase | None, int, Draft | None, int | None] | None:
    """'…," Esper said' / '…," read the letter' / '…," US Army General Mark Milley, …, told'."""
    lex = lexicon()
    first = after
    if first < stop and toks[first].text in _DASHES:
        # '"…" ― Carla Sanchez.': a signature after the quote.
        phrase = phrase_after(text, toks, first + 1, stop, apposition=False)
        rest = text[phrase.span[1] : toks[stop - 1].end] if phrase else "x"
        if phrase is not None and not rest.strip(" .,"):
            return phrase, first, None, None
    if first < stop and toks[first].text in ",:—–-":
        first += 1
    elif not _ends_in_punctuation(text, toks, after):
        # '"scare quote" suggests that …' is no attribution: '"…," he said' has its comma.
        return None
    if first >= stop:
        return None
    if _is_cue(toks[first]):
        if lex.cue_lemma[toks[first].text] in lex.cue_takes_object:
            return None  # '"…," told The Post': the Post is who listened
        phrase = phrase_after(text, toks, first + 1, stop)
        if phrase is not None:
            return phrase, first, None, _resume_after(toks, phrase.span[1])
        return None
    for c in range(first + 1, stop):
        tok = toks[c]
        if tok.text in ";!?" or (tok.text == "." and _ends_clause(toks, c)):
            return None
        if not _is_cue(tok):
            continue
        last = _skip_back(toks, c - 1, first)
        phrase = phrase_before(text, toks, last, first)
        if phrase is None or phrase.span[0] != toks[first].start:
            # '"…," one GOP source in the room said'
            phrase = _plain_subject(text, toks[first : last + 1], between=True)
        if phrase is None:
            return None
        resume = c + 1
        if lex.cue_lemma[tok.text] in lex.cue_takes_object:
            resume = _token_at(toks, _skip_object(text, toks[c].end))
        return phrase, c, None, resume
    return None


def _ends_in_punctuation(text: str, toks: list[Tok], after: int) -> bool:
    if after == 0:
        return False
    close = toks[after - 1].start
    # '…labels of ‘criminal,’”': a nested quote may close between the comma and the mark
    inside = text[max(0, close - 3) : close].rstrip("'\"”“’‘ ")
    return bool(inside) and inside[-1] in ",.?!…-—"


def _resume_after(toks: list[Tok], pos: int) -> int:
    return _token_at(toks, pos)


def _lead(
    text: str, toks: list[Tok], quoted: list[bool], quote: Quote, earlier: list[Draft]
) -> tuple[Phrase | None, int, Draft | None, int | None] | None:
    """'Esper said, "…"' / 'She adds: "…"' / '…, adding: "…"'."""
    at = _token_at(toks, quote.open)
    lo = at
    while lo > 0 and not quoted[lo - 1] and at - lo < _LEAD_REACH:
        lo -= 1
    dash = _dash_before(text, toks, at)
    if dash is not None and dash > 0 and toks[dash - 1].text != ")":
        # "BRUSSELS (AP) — …" is a dateline, not a speaker
        phrase = phrase_before(text, toks, dash - 1, 0)
        line_start = text.rfind("\n", 0, quote.open) + 1
        if phrase is not None and not text[line_start : phrase.span[0]].strip():
            return phrase, dash, None, None
    for c in range(at - 1, lo - 1, -1):
        if not _is_cue(toks[c]):
            continue
        between = text[toks[c].end : quote.open]
        if not _only_adjuncts(between, toks[c].text):
            return None
        if not _is_strong_cue(toks[c]) and text[quote.inner[0] : quote.inner[0] + 1].islower():
            return None  # "Adeli felt 'deep-seated remorse'": a phrase inside reported words
        last = _skip_back(toks, c - 1, 0)
        phrase = phrase_before(text, toks, last, _clause_start(toks, quoted, last))
        if phrase is not None:
            return phrase, c, None, None
        if c > 0 and toks[c].text.endswith("ing") and toks[c - 1].text == ",":
            return None, c, None, None
        return None
    return None


def _dash_before(text: str, toks: list[Tok], at: int) -> int | None:
    """ "Jane Doe ― “…”": a name, a dash, then the quote (lists of voices)."""
    if at >= 1 and toks[at - 1].text in _DASHES:
        return at - 1
    return None


def _clause_start(toks: list[Tok], quoted: list[bool], index: int) -> int:
    while index > 0 and not quoted[index - 1] and not _ends_clause(toks, index - 1):
        index -= 1
    return index


def _ends_clause(toks: list[Tok], index: int) -> bool:
    tok = toks[index].text
    if tok in ";!?":
        return True
    if tok != "." or index + 1 >= len(toks):
        return False
    # A full stop inside "(R-Wis.)" or "Jr." is no boundary; one before a capital is.
    nxt = toks[index + 1]
    return nxt.start > toks[index].end and (nxt.capitalized or nxt.text in _QUOTE_MARKS)


def _only_adjuncts(between: str, cue: str) -> bool:
    """True if only "on Monday", "told reporters", commas or a colon stand between cue and quote."""
    lex = lexicon()
    rest = between
    if lex.cue_lemma.get(cue) in lex.cue_takes_object:
        match = lex.tell_objects.match(rest)
        if match:
            rest = rest[match.end() :]
    while True:
        match = lex.adjuncts.match(rest)
        if not match or match.end() == 0:
            break
        rest = rest[match.end() :]
    return not rest.strip(" ,:—–-\t")


def _skip_object(text: str, pos: int) -> int:
    match = lexicon().tell_objects.match(text, pos)
    return match.end() if match else pos


# --- reported speech -------------------------------------------------------------------------


def _reported(
    text: str,
    toks: list[Tok],
    quoted: list[bool],
    used_cues: set[int],
    drafts: list[Draft],
    nearby: list[Quote],
    start: int,
) -> list[Draft]:
    found: list[Draft] = []
    n = len(toks)
    first = _token_at(toks, start)
    if first >= n:
        return found
    end = toks[-1].end
    # Cut points: content of one statement stops where another attribution starts.
    stops: list[int] = [d.start for d in drafts if d.kind is StatementKind.DIRECT]
    for d in drafts:
        for s, _ in d.spans:
            q = next((q for q in nearby if q.inner[0] == s), None)
            if q is not None:
                stops.append(q.open)
    stops.extend(_clause_breaks(text, toks, quoted, first))
    trailing = _trailing_attribution(text, toks[first:], quoted[first:], set())
    if trailing is not None:
        stops.append(trailing[0])
    for i in range(first, n):
        tok = toks[i]
        if quoted[i] or i in used_cues:
            continue
        if tok.lower == "according" and i + 1 < n and toks[i + 1].lower == "to":
            draft = _according_to(text, toks, quoted, i, first, stops, end)
            if draft is not None:
                found.append(draft)
            continue
        if tok.lower in lexicon().nominal_cues and i + 1 < n and toks[i + 1].lower == "that":
            draft = _nominal_cue(text, toks, i, first, stops, end)
            if draft is not None:
                found.append(draft)
                continue
        if not _is_cue(tok):
            continue
        cue = _cue_mention(text, toks, i)
        earlier = [d for d in drafts + found if d.start < tok.start]
        last = _skip_back(toks, i - 1, first)
        if _negated(toks[last + 1 : i]):
            continue  # "Esper never said the troops would leave": he did not say it
        if _hypothetical(toks, first, last):
            continue  # "if Holt asks him about his tax returns": nobody has asked yet
        if i > 0 and toks[i - 1].lower == "having":
            continue  # "Having said that, …": a turn of phrase, nobody's statement
        if i > 0 and toks[i - 1].lower in _PASSIVE_ADVERBS:
            continue  # "the driver widely considered the leader": said of him, not by him
        if i + 1 < n and toks[i + 1].lower in _VERDICTS:
            continue  # "a minor also found guilty": a verdict, not a finding anyone reported
        # ", adding (that) …" and "… and said …": the speaker of the statement before.
        continues = tok.text.endswith("ing") and i > first and toks[i - 1].text == ","
        coordinated = last > first and toks[last].lower in _COORDINATORS
        if earlier and (coordinated or continues):
            content = _content_after(text, toks, i, stops, end)
            if content is not None:
                found.append(
                    Draft(
                        StatementKind.REPORTED,
                        _without_dashed_aside(text, content),
                        cue,
                        # the clause's subject names this speaker too ("Esper said, adding …")
                        earlier[-1].phrase,
                        earlier[-1],
                    )
                )
            continue
        if coordinated or (continues and not earlier):
            # "Trump has used the phrase … and criticized Obama": the sentence's subject.
            subject = phrase_after(text, toks, _after_dateline(toks, first), last, apposition=False)
            content = _content_after(text, toks, i, stops, end)
            if subject is not None and content is not None and subject.form != "nominal":
                found.append(Draft(StatementKind.REPORTED, [content], cue, subject))
            continue
        if last < first or _cue_is_noun(toks, i):
            continue
        passive = _passive(text, toks, quoted, i, first)
        if passive is not None:
            found.append(passive)
            continue
        if _is_passive(toks, i, first):
            continue  # "it was not mentioned": the subject said nothing
        phrase = phrase_before(text, toks, last, _clause_start(toks, quoted, last))
        if phrase is not None and not _opens_clause(toks, quoted, phrase.span[0]):
            phrase = with_postmodifier(text, toks, phrase, _clause_start(toks, quoted, last))
        if phrase is None or not _opens_clause(toks, quoted, phrase.span[0]):
            phrase = _whole_subject(text, toks, quoted, first, last)
        if phrase is None:
            continue
        if tok.text.endswith("ing") and last == i - 1 and phrase.form == "nominal":
            continue  # "taxpayers reporting gains": a participle describing, not a cue
        if not _is_strong_cue(tok) and any(
            s <= tok.start < e for d in drafts + found for s, e in d.spans
        ):
            continue  # "she said she thinks …": one statement, not two
        inserted = _parenthetical(text, toks, quoted, i, phrase, first, stops, end)
        if inserted is not None:
            found.append(Draft(StatementKind.REPORTED, inserted, cue, phrase))
            continue
        content = _content_after(text, toks, i, stops, end)
        if content is None:
            continue
        if phrase.antecedent is not None:
            # "the government, which has denied any role, said …": the clause ends at a comma
            comma = text.find(",", content[0], content[1])
            content = _trim(text, content[0], comma) if comma > 0 else content
            if content is None:
                continue
        found.append(
            Draft(StatementKind.REPORTED, _without_dashed_aside(text, content), cue, phrase)
        )
    # Reported speech nested in the content ("A told B that C, the source added") stays.
    if trailing is not None and not any(d.start < trailing[0] for d in drafts):
        cut, phrase, cue_index = trailing
        content = _trim(text, toks[first].start, cut)
        moved = _past_opening_report(text, content, found)
        if moved is not None and not _inside_direct(moved, drafts, nearby):
            if moved != content:
                _end_before_subordinate_report(text, found, moved[0])
            found.append(
                Draft(
                    StatementKind.REPORTED,
                    [moved],
                    _cue_mention(text, toks[first:], cue_index),
                    phrase,
                )
            )
    return found


_REPORT_SUBORDINATOR = re.compile(
    r"\b(?:after|before|as|while|because|since|when|amid)\b", re.IGNORECASE
)


def _end_before_subordinate_report(text: str, found: list[Draft], inner_start: int) -> None:
    """ "X said A after reports claimed that B": once B is someone else's statement, X's
    words end before "after"."""
    for draft in found:
        start, end = draft.spans[-1]
        if not start < inner_start <= end:
            continue
        lead_in = text[start:inner_start]
        last = max(_REPORT_SUBORDINATOR.finditer(lead_in), key=lambda m: m.start(), default=None)
        if last is not None and len(lead_in) - last.start() < 60:
            trimmed = _trim(text, start, start + last.start())
            if trimmed is not None:
                draft.spans[-1] = trimmed


def _past_opening_report(
    text: str, content: tuple[int, int] | None, found: list[Draft]
) -> tuple[int, int] | None:
    """ "X stated that A after reports claimed that B, a letter showed": when the sentence
    opens with someone else's report, the trailing source vouches for the last reported
    clause (B), not for X's words."""
    if content is None:
        return None
    start, end = content
    opening = [d for d in found if start < d.start < start + 120 and d.spans[-1][1] <= end]
    if not opening:
        return content
    # the last "that" after a reporting verb ("claimed that B"), not "overruled that request"
    inner = text.rfind(" that ", opening[0].start, end)
    cues = lexicon().cue_lemma
    while inner >= 0 and text[text.rfind(" ", start, inner) + 1 : inner].lower() not in cues:
        inner = text.rfind(" that ", opening[0].start, inner)
    if inner < 0:
        return content
    return _trim(text, inner + len(" that "), end) or content


def _passive(text: str, toks: list[Tok], quoted: list[bool], i: int, first: int) -> Draft | None:
    """ "The story was first reported by The Post": the subject is what the agent said."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].lower != "by" or not toks[i].text.endswith(("ed", "en")):
        return None
    aux = _skip_back(toks, i - 1, first)
    while aux >= first and toks[aux].lower in ("been", "be", "being"):
        aux -= 1
    if aux < first or toks[aux].lower not in _BE_FORMS:
        aux = i - 1  # "has been …": the skip went past the auxiliary
        while aux >= first and toks[aux].lower not in _BE_FORMS and aux > i - 4:
            aux -= 1
        if aux < first or toks[aux].lower not in _BE_FORMS:
            return None
    phrase = phrase_after(text, toks, i + 2, n) or _source_run(text, toks, i + 2)
    if phrase is None:
        return None
    stop = aux - 1
    skip = lexicon().skip_words
    while stop >= first and (
        toks[stop].lower in skip or toks[stop].text == "," or toks[stop].lower in _CLAUSE_OPENERS
    ):
        stop -= 1  # "has been", ", meanwhile, is"
    if stop < first:
        return None
    start = _clause_start(toks, quoted, stop)
    while start < stop and (toks[start].lower in _CLAUSE_OPENERS or toks[start].text in ","):
        start += 1
    content = _trim(text, toks[start].start, toks[stop].end)
    if content is None or word_count(text, content) < _MIN_REPORTED_WORDS:
        return None
    return Draft(StatementKind.REPORTED, [content], _cue_mention(text, toks, i), phrase)


def _is_passive(toks: list[Tok], i: int, first: int) -> bool:
    """ "was not mentioned", "has been cited": a participle after a form of "be"."""
    if not toks[i].text.endswith(("ed", "en")):
        return False
    k = i - 1
    while k >= first and (toks[k].lower == "not" or toks[k].lower.endswith("ly")):
        k -= 1
    return k >= first and toks[k].lower in _BE_FORMS | {"being"}


def _cue_is_noun(toks: list[Tok], i: int) -> bool:
    """ "his plans ran into trouble", "the suicide rate was": the cue word names a thing."""
    before = toks[i - 1].lower if i > 0 else ""
    owner = before.endswith(("’s", "'s")) and before[:-2] not in lexicon().pronouns
    if before in _NOUN_MARKERS or owner:
        return True
    if _PAST_VERB.fullmatch(before) and before not in lexicon().cue_lemma:
        return True  # "the annexation renewed fears": the object of another verb
    tok = toks[i]
    lemma = lexicon().cue_lemma[tok.text]
    bare = tok.lower in (lemma, lemma + "s", lemma + "es")
    return bare and i + 1 < len(toks) and toks[i + 1].lower in _NOUN_VERBS


def _clause_breaks(text: str, toks: list[Tok], quoted: list[bool], first: int) -> list[int]:
    """Where reported content ends: a new attribution, a participle, a dash, a concession."""
    breaks: list[int] = []
    n = len(toks)
    dashes_seen = 0
    if first < n and toks[first].lower in _SUBORDINATORS:
        # "While she called for X, Clinton said …": the opening clause ends at its comma.
        comma = next((i for i in range(first + 2, n) if toks[i].text == "," and not quoted[i]), n)
        if comma + 1 < n and _starts_clause(toks[comma + 1]):
            breaks.append(toks[comma].start)
    for i in range(first, n):
        if quoted[i]:
            continue
        tok = toks[i]
        if tok.text in _DASHES or (tok.text == "-" and i + 1 < n and toks[i + 1].text == "-"):
            if dashes_seen % 2 == 0 and not _dash_after(toks, quoted, i + 2):
                breaks.append(tok.start)
            dashes_seen += 1
        elif tok.text == ";":
            breaks.append(tok.start)
        elif tok.text == "," and i + 1 < n:
            nxt = toks[i + 1]
            participle = nxt.text.endswith("ing") and nxt.text.islower() and nxt.cue
            new_clause = nxt.lower in _COORDINATORS and i + 2 < n and _starts_clause(toks[i + 2])
            if nxt.lower in _CONCESSIVE or participle or new_clause:
                breaks.append(tok.start)
        elif _is_cue(tok) and not _cue_is_noun(toks, i):
            joint = _skip_back(toks, i - 1, first)
            if joint > first and toks[joint].lower in _COORDINATORS:
                breaks.append(toks[joint].start)
                continue
            phrase = phrase_before(text, toks, joint, first) if joint >= first else None
            if phrase is not None:
                at = _token_at(toks, phrase.span[0])
                if at > first and toks[at - 1].lower in _COORDINATORS:
                    breaks.append(toks[at - 1].start)
    return breaks


def _starts_clause(tok: Tok) -> bool:
    """ ", and the downgrade is …": a determiner, pronoun or name opens a new clause."""
    return tok.lower in _CLAUSE_SUBJECTS or (tok.capitalized and tok.text[0].isalpha())


def _dash_after(toks: list[Tok], quoted: list[bool], start: int) -> bool:
    return any(
        not quoted[k] and (toks[k].text in _DASHES or toks[k].text == "-")
        for k in range(start, len(toks))
    )


def _without_dashed_aside(text: str, span: Span) -> list[Span]:
    """ "the top 1 percent -- those earning … -- would face": the aside is no content."""
    match = _DASHED_ASIDE.search(text, span[0], span[1])
    if match is None:
        return [span]
    head = _trim(text, span[0], match.start())
    tail = _trim(text, match.end(), span[1])
    return [part for part in (head, tail) if part is not None] or [span]


def _whole_subject(
    text: str, toks: list[Tok], quoted: list[bool], first: int, last: int
) -> Phrase | None:
    """ "Experts on North Korea and nuclear nonproliferation said": the clause opening as a
    whole, when it is short and holds no verb we know of."""
    start = last
    while start > first and toks[start - 1].text not in ",;:" and not quoted[start - 1]:
        start -= 1
    words = toks[start : last + 1]
    if not words or not _opens_clause(toks, quoted, words[0].start):
        return None
    return _plain_subject(text, words)


def _plain_subject(text: str, words: list[Tok], between: bool = False) -> Phrase | None:
    """A short run of words with no verb we know of, ending in a noun-like word; ``between``
    a quote and its cue any noun will do ('"…," one GOP source in the room said')."""
    if not 2 <= len(words) <= _MAX_SUBJECT:
        return None
    lead, head = words[0], words[-1]
    if not (lead.capitalized or lead.lower in _SUBJECT_OPENERS):
        return None
    if any(w.cue or w.lower in _FINITE_VERBS or w.text in _QUOTE_MARKS for w in words):
        return None
    # "Experts on North Korea and nuclear nonproliferation said": the head is the first noun
    prep = next((k for k, w in enumerate(words) if w.lower in _POSTMODIFIER_PREPS), 0)
    noun = words[prep - 1] if prep > 0 else None
    postmodified = (
        noun is not None
        and prep < len(words) - 1
        and (noun.capitalized or noun.lower.endswith("s") or noun.lower in lexicon().nominal_heads)
    )
    noun_like = head.capitalized or head.lower.endswith("s") or between or postmodified
    if not (head.text.isalpha() and noun_like):
        return None
    span = (lead.start, head.end)
    whole = text[span[0] : span[1]]
    return Phrase(span, whole, "nominal", whole, "", head.lower)


def _parenthetical(
    text: str,
    toks: list[Tok],
    quoted: list[bool],
    cue: int,
    phrase: Phrase,
    first: int,
    stops: list[int],
    end: int,
) -> list[Span] | None:
    """ "Acts of protest, Mr. Obama said, are acts of patriotism": content on both sides."""
    at = _token_at(toks, phrase.span[0])
    head_end = at - 1
    # 'Mills "got an immunity agreement," Jordan said, and still "got to …"'
    while head_end > first and toks[head_end].text in _QUOTE_MARKS + "'":
        head_end -= 1
    if head_end <= first or toks[head_end].text != ",":
        return None
    resume = _skip_adjuncts(text, toks[cue].end, toks[cue].text)
    after = _token_at(toks, resume)
    if after >= len(toks) - 2 or toks[after].text != ",":
        return None
    if quoted[first] and _quote_ends_at(toks, quoted, first, head_end):
        return None  # the head is one whole quote: a direct statement, not this
    head = _trim(
        text, toks[first].start, toks[at - 1].end if head_end < at - 1 else toks[at - 1].start
    )
    limit = min([s for s in stops if s > toks[after].end] + [end])
    tail = _trim(text, toks[after].end, limit)
    if head is None or tail is None or word_count(text, tail) < 2:
        return None
    if text[tail[0]] in _QUOTE_MARKS:
        return None  # 'Asked about it, Lee said, "…"': the quote is the statement
    return [head, tail]


def _quote_ends_at(toks: list[Tok], quoted: list[bool], first: int, comma: int) -> bool:
    return all(quoted[first:comma])


def _skip_adjuncts(text: str, pos: int, cue: str) -> int:
    lex = lexicon()
    if lex.cue_lemma.get(cue) in lex.cue_takes_object:
        pos = _skip_object(text, pos)
    while True:
        match = lex.adjuncts.match(text, pos)
        if not match or match.end() == pos or text[match.start() : match.end()].strip() == ",":
            return pos
        pos = match.end()


def _inside_direct(content: Span, drafts: list[Draft], quotes: list[Quote]) -> bool:
    for d in drafts:
        for s, e in d.spans:
            if s <= content[0] + 2 and content[1] <= e + 2:
                return True
    return any(q.open <= content[0] and content[1] <= q.close for q in quotes)


def _opens_clause(toks: list[Tok], quoted: list[bool], start: int) -> bool:
    index = _token_at(toks, start)
    if index == 0 or (index < len(toks) and toks[index].lower == "who"):
        return True
    prev = toks[index - 1]
    if prev.lower in _TIME_WORDS and index >= 2 and toks[index - 2].lower in _TIME_LEADS:
        return True  # "Last night campaigners said": a time adjunct, then the subject
    return (
        quoted[index - 1]
        or prev.text in ",;:—–-(" + _QUOTE_MARKS
        or prev.lower in _CLAUSE_OPENERS
        or prev.text in lexicon().sentence_starters
        or (prev.text.endswith("ly") and prev.text.islower())
    )


def _content_after(text: str, toks: list[Tok], cue: int, stops: list[int], end: int) -> Span | None:
    lex = lexicon()
    lemma = lex.cue_lemma[toks[cue].text]
    pos = toks[cue].end
    if lemma in lex.cue_takes_object:
        moved = _skip_object(text, pos)
        if moved == pos:
            return None
        pos = moved
    while True:
        match = lex.adjuncts.match(text, pos)
        if not match or match.end() == pos:
            break
        pos = match.end()
    comma_that = _COMMA_THAT.match(text, pos, end)
    if comma_that:
        pos = comma_that.end()
    rest = text[pos:end]
    stripped = rest.lstrip()
    if stripped.startswith(":") and _is_strong_cue(toks[cue]):
        # "The governor added: It's typical of her." — unquoted words after a colon.
        pos += len(rest) - len(stripped) + 1
        rest = text[pos:end]
        stripped = rest.lstrip()
    opens_quote = stripped.startswith(("''", "'")) and stripped[1:2].isalpha()
    if not stripped or stripped[0] in _QUOTE_MARKS + ",:;.—–-" or opens_quote:
        return None
    pos += len(rest) - len(stripped)
    manner = _MANNER.match(text, pos, end)
    if manner is not None and (
        manner.group(1) == "that" or (lemma, manner.group(1)) in lex.phrasal
    ):
        # "spoke emotionally of his flights", "said firmly that …": an adverb of manner sits
        # between the cue and its particle
        pos = manner.start(1)
        stripped = text[pos:end]
    particle = stripped.split(maxsplit=1)[0].lower()
    if lemma in lex.cue_needs_particle and not any(
        (lemma, word.strip(",.;:").lower()) in lex.phrasal for word in stripped.split()[:5]
    ):
        return None  # "weighs 236 pounds", not "spoke emotionally of", "as he pointed out,"
    kept: int | None = None
    if (lemma, particle) in lex.phrasal:
        # "called for new tariffs": the particle belongs to the cue; "vowed to fight": the
        # infinitive's "to" opens the content, which reads as a phrase of its own.
        if particle == "to" and lemma not in _TO_PREPOSITIONAL:
            kept = pos
        pos += len(particle)
        rest = text[pos:end]
        stripped = rest.lstrip()
        pos += len(rest) - len(stripped)
    elif particle in _PREPOSITIONS and not (particle == "about" and _NUMBER_NEXT.match(stripped)):
        # "wrote to Iraq", "said in Ohio that …": content only after a later "that".
        that = re.compile(r"[^.;\"“”]{0,80}?\bthat\s").match(text, pos, end)
        if that is None:
            return None
        pos = that.end()
    opening = pos if kept is None else kept
    that = _THAT.match(text, pos, end)
    if that:
        pos = opening = that.end()
    elif lemma in lex.cue_needs_that and not _CLAUSE_NEXT.match(text, pos, end):
        return None
    limit = min([s for s in stops if s > pos] + [end])
    if lemma in lex.weak_cues:
        # A speech act's content is its object: "likened RT to the BBC, which …" stops there.
        aside = _WEAK_CONTENT_END.search(text, pos, limit)
        if aside is not None:
            limit = aside.start()
    span = _trim(text, opening, limit)
    if span is None:
        return None
    # A speech act's object may be one name ("attacked Machado"); said-content is a clause.
    weak = lemma in lex.weak_cues
    if word_count(text, span) < (1 if weak and text[span[0]].isupper() else _MIN_REPORTED_WORDS):
        return None
    return span


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and (
        text[end - 1] in _TRIM
        or text[end - 1] == "."
        # "(… the tax is fair.)": the aside's closing bracket is not part of what was said
        or (text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end))
    ):
        end -= 1
    return (start, end) if end > start else None


def _trailing_attribution(
    text: str, toks: list[Tok], quoted: list[bool], used_cues: set[int]
) -> tuple[int, Phrase, int] | None:
    """'…, the top US general told reporters.' → (comma position, speaker phrase, cue index)."""
    n = len(toks)
    last = n - 1
    while last >= 0 and toks[last].text in ".!?":
        last -= 1
    for c in range(last, max(-1, last - _TRAILER_REACH - 24), -1):
        tok = toks[c]
        if quoted[c] or tok.text == ",":
            if tok.text == "," and not quoted[c]:
                continue
            return None
        if not _is_cue(tok) or c in used_cues or _cue_is_noun(toks, c):
            continue
        if c < last - 14 and not (c > 0 and toks[c - 1].text == ","):
            return None  # only "…, said Ann Lee, a long aside." reaches this far
        tail = text[tok.end : toks[last].end] if c < last else ""
        phrase: Phrase | None
        lemma = lexicon().cue_lemma[tok.text]
        if c > 0 and toks[c - 1].text == "," and lemma not in lexicon().cue_takes_object:
            # inverted: "…, said the official." ("…, told The Post": the Post only listened)
            phrase = phrase_after(text, toks, c + 1, last + 1)
            if phrase is None or not _ends_with_apposition(text, toks, phrase, last):
                return None
            return toks[c - 1].start, phrase, c
        if tail and not _only_adjuncts(tail, tok.text):
            return None
        if _is_passive(toks, c, 0):
            return None
        before = _skip_back(toks, c - 1, 0)
        phrase = phrase_before(text, toks, before, 0)
        if phrase is None:
            return None
        at = _token_at(toks, phrase.span[0])
        if at >= 2 and toks[at - 1].lower in _POSTMODIFIER_PREPS:
            # "…, attorneys for the family said."
            phrase = with_postmodifier(text, toks, phrase, 0)
            at = _token_at(toks, phrase.span[0])
        if at >= 2 and toks[at - 1].lower == "as" and toks[at - 2].text == ",":
            return toks[at - 2].start, phrase, c  # "…had a gun, as police have said."
        mark = at
        while mark > 0 and (toks[mark - 1].text in _QUOTE_MARKS or toks[mark - 1].text == "'"):
            mark -= 1
        if mark < at and mark >= 1 and toks[mark - 1].text == ",":
            # 'Clinton "is the only candidate …," Newton said.': the quote ends the content.
            return toks[at - 1].end, phrase, c
        if at == 0 or toks[at - 1].text != ",":
            return None
        return toks[at - 1].start, phrase, c
    return None


def _ends_with_apposition(text: str, toks: list[Tok], phrase: Phrase, last: int) -> bool:
    """ "…, said Ann Lee, a senior official with the board.": nothing but an aside after."""
    rest = text[phrase.span[1] : toks[last].end]
    if not rest.strip(" ,."):
        return True
    after = _token_at(toks, phrase.span[1])
    if after <= last and toks[after].lower in _POSTMODIFIER_PREPS and last - after < 8:
        # "…, said one GOP source in the room."
        return not any(toks[k].cue or toks[k].text in ",;" for k in range(after, last + 1))
    if not rest.startswith(","):
        return False
    after = _token_at(toks, phrase.span[1] + 1)
    return last - after < 30 and not any(
        toks[k].cue or toks[k].text in _QUOTE_MARKS for k in range(after, last + 1)
    )


def _nominal_cue(
    text: str, toks: list[Tok], i: int, first: int, stops: list[int], end: int
) -> Draft | None:
    """ "Trump’s claim that …", "a New York Times report that …": the owner said it."""
    k = i - 1
    if k > first and toks[k].lower in _OWNER_ADJECTIVES:
        k -= 1  # "Tulsa police’s earlier claim that"
    if k < first:
        return None
    owner = toks[k]
    phrase: Phrase | None = None
    if owner.lower in _POSSESSIVE_PRONOUNS:
        span = (owner.start, owner.end)
        phrase = Phrase(
            span, owner.text, "pronoun", owner.text, "", _POSSESSIVE_PRONOUNS[owner.lower]
        )
    elif owner.text.endswith(("’s", "'s")) and len(owner.text) > 2:
        j = k
        while j - 1 >= first and toks[j - 1].capitalized and toks[j - 1].text[0].isalpha():
            j -= 1
        if j - 1 >= first and toks[j - 1].lower in ("the", "a", "an"):
            j -= 1
        span = (toks[j].start, owner.end - 2)
        whole = text[span[0] : span[1]]
        form = "name" if owner.capitalized else "nominal"
        phrase = Phrase(span, whole, form, whole, "", owner.lower[:-2])
    elif owner.capitalized and owner.text[0].isalpha() and k > first:
        j = k
        while j - 1 > first and toks[j - 1].capitalized and toks[j - 1].text[0].isalpha():
            j -= 1
        if toks[j - 1].lower not in ("a", "an", "the"):
            return None
        span = (toks[j].start, owner.end)
        whole = text[span[0] : span[1]]
        phrase = Phrase(span, whole, "name", whole, "", owner.lower)
    if phrase is None or i + 2 >= len(toks):
        return None
    opener = toks[i + 2]
    if opener.lower in _FINITE_VERBS or opener.cue or opener.lower in lexicon().skip_words:
        return None  # "the report that was released": a relative clause, not what was said
    pos = toks[i + 1].end
    limit = min([s for s in stops if s > pos] + [end])
    # A noun's clause is a modifier: it ends at the first comma ("…'s claim that A, B said").
    comma = _CLAUSE_PUNCT.search(text, pos, limit)
    content = _trim(text, pos, comma.start() if comma else limit)
    if content is None or word_count(text, content) < _MIN_REPORTED_WORDS:
        return None
    cue = Mention(toks[i].text, (toks[i].start, toks[i].end))
    return Draft(StatementKind.REPORTED, [content], cue, phrase)


def _according_to(
    text: str,
    toks: list[Tok],
    quoted: list[bool],
    i: int,
    first: int,
    stops: list[int],
    end: int,
) -> Draft | None:
    phrase = phrase_after(text, toks, i + 2, len(toks), apposition=False)
    run = _source_run(text, toks, i + 2)
    if phrase is None or (
        # "the top British medical journal": the whole run, not its last capital
        run is not None
        and run.span[1] > phrase.span[1]
        and text[phrase.span[1] : run.span[1]].islower()
    ):
        phrase = run
    if phrase is None:
        return None
    cue = Mention(text[toks[i].start : toks[i + 1].end], (toks[i].start, toks[i + 1].end))
    if i == first or (i == first + 1 and toks[first].text in _QUOTE_MARKS):
        after = phrase.span[1]
        rest = _token_at(toks, after)
        while rest < len(toks) and toks[rest].text != ",":
            rest += 1
        if rest >= len(toks):
            return None
        limit = min([s for s in stops if s > toks[rest].end] + [end])
        span = _trim(text, toks[rest].end, limit)
    elif toks[i - 1].text == "," or toks[i - 1].text in _DASHES:
        span = _trim(text, toks[first].start, toks[i - 1].start)
    else:
        return None
    if span is None or word_count(text, span) < _MIN_REPORTED_WORDS:
        return None
    return Draft(StatementKind.REPORTED, [span], cue, phrase)


def _source_run(text: str, toks: list[Tok], start: int) -> Phrase | None:
    """ "according to federal statistics": the words up to the comma or the end, if short."""
    stop = start
    while stop < len(toks) and toks[stop].text not in ",.;:!?—–―(" and stop - start < 8:
        stop += 1
    if stop == start or (stop < len(toks) and toks[stop].text not in ",.;:!?—–―("):
        return None
    words = toks[start:stop]
    if any((w.cue and w.text.endswith(("ed", "ing"))) or w.text in _QUOTE_MARKS for w in words):
        return None
    span = (words[0].start, words[-1].end)
    whole = text[span[0] : span[1]]
    return Phrase(span, whole, "nominal", whole, "", words[-1].lower)


# --- interview transcripts -----------------------------------------------------------------


def _stands_alone(text: str, quote: Quote) -> bool:
    """True if nothing but punctuation follows the quote before its sentence ends."""
    line_end = text.find("\n", quote.close)
    after = text[quote.close : line_end if line_end >= 0 else len(text)]
    for stop in range(len(after)):
        char = after[stop]
        if char in _QUOTE_MARKS or (char in ".!?" and after[stop + 1 : stop + 2] in ("", " ")):
            break
        if char.isalnum():
            return False
    return True


def _introduced_above(text: str, line_start: int) -> tuple[Phrase, Mention] | None:
    """ "Limbaugh added:" closing the paragraph above introduces this quote paragraph."""
    above_end = line_start - 1
    while above_end > 0 and text[above_end - 1].isspace():
        above_end -= 1
    if above_end <= 0 or text[above_end - 1] != ":":
        return None
    above_start = max(text.rfind("\n", 0, above_end) + 1, above_end - 300)
    toks = tokens(text, above_start, above_end - 1)
    for c in range(len(toks) - 1, max(-1, len(toks) - _LEAD_REACH), -1):
        if not toks[c].cue:
            continue
        if not _only_adjuncts(text[toks[c].end : above_end - 1], toks[c].text):
            return None
        last = _skip_back(toks, c - 1, 0)
        phrase = phrase_before(text, toks, last, 0) if last >= 0 else None
        return (phrase, _cue_mention(text, toks, c)) if phrase is not None else None
    return None


def _transcript_turns(text: str, quote_starts: list[int], used: set[int]) -> list[Draft]:
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
        content = _trim(text, match.start("said"), match.end("said"))
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


# --- quotes nobody introduced ----------------------------------------------------------------


def _unattributed_quotes(
    text: str, quotes: list[Quote], used: set[int], drafts: list[Draft]
) -> list[Draft]:
    """A quote standing alone belongs to the speaker of the statement before it."""
    found: list[Draft] = []
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
        previous = drafts[at] if at >= 0 else None
        if previous is not None and (
            previous.kind is StatementKind.DIRECT
            and previous.start >= line_start
            and previous.spans[-1][1] < quote.open
            and (not before or before[-1] in ".!?:,'" + _QUOTE_MARKS)
            and _stands_alone(text, quote)
        ):
            # '"A," she said. "B."': one statement, as the paragraph reads.
            previous.spans.append(quote.inner)
            continue
        introduced = None if before else _introduced_above(text, line_start)
        if introduced is not None:
            phrase, cue = introduced
            found.append(Draft(StatementKind.DIRECT, [quote.inner], cue, phrase))
            continue
        if word_count(text, quote.inner) < _MIN_UNATTRIBUTED_WORDS:
            continue
        if (before and before[-1] not in ".!?:'" + _QUOTE_MARKS) or previous is None:
            continue
        found.append(Draft(StatementKind.DIRECT, [quote.inner], None, None, previous))
    return found
