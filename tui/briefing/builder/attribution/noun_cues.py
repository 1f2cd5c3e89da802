"""Reports named by a noun rather than a verb: "Trump's claim that …", "according to …"."""

from __future__ import annotations

import re

from ...model import Mention, Span, StatementKind
from ..draft import Draft
from ..lexicon import lexicon, words
from ..mentions import Phrase, phrase_after, phrase_from_words
from ..quotes import word_count
from ..tokens import Tok, token_at
from .sentence import DASHES, MIN_REPORTED_WORDS, QUOTE_MARKS, Sentence, trim
from .subjects import source_run

#: at most this many words before ", according to X," are an opening adjunct ("In all")
_OPENER_WORDS = 3
_CLAUSE_PUNCT = re.compile(r"[,;:]\s|\s[—–―]\s|\s--\s")


def nominal_cue(sent: Sentence, i: int) -> Draft | None:
    """ "Trump’s claim that …", "a New York Times report that …": the owner said it."""
    text, toks, first = sent.text, sent.toks, sent.first
    w = words()
    k = i - 1
    if k > first and toks[k].lower in w.owner_adjectives:
        k -= 1  # "Tulsa police’s earlier claim that"
    if k < first:
        return None
    owner = toks[k]
    phrase: Phrase | None = None
    if owner.lower in w.possessive_pronouns:
        span = (owner.start, owner.end)
        phrase = Phrase(
            span, owner.text, "pronoun", owner.text, "", w.possessive_pronouns[owner.lower]
        )
    elif owner.lower[:-2] in lexicon().not_speakers:
        return None  # "Let's hope that …": an imperative, nobody's hope
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
    if phrase is None or i + 2 >= len(toks) or _result_clause(toks, first, i):
        return None
    opener = toks[i + 2]
    if opener.lower in w.finite_verbs or opener.cue or opener.lower in lexicon().skip_words:
        return None  # "the report that was released": a relative clause, not what was said
    pos = toks[i + 1].end
    limit = sent.limit(pos)
    # A noun's clause is a modifier: it ends at the first comma ("…'s claim that A, B said").
    comma = _CLAUSE_PUNCT.search(text, pos, limit)
    content = trim(text, pos, comma.start() if comma else limit)
    if content is None or word_count(text, content) < MIN_REPORTED_WORDS:
        return None
    # As written: a title-case headline's "Claim" is read as "claim" but shown as printed.
    cue = Mention(text[toks[i].start : toks[i].end], (toks[i].start, toks[i].end))
    return Draft(StatementKind.REPORTED, [content], cue, phrase)


def according_to(sent: Sentence, i: int) -> Draft | None:
    """ "According to X, …" and "…, according to X": X said the rest of the sentence."""
    text, toks, first = sent.text, sent.toks, sent.first
    phrase = phrase_after(text, toks, i + 2, len(toks), apposition=False)
    run = source_run(text, toks, i + 2)
    if (
        phrase is None
        or (
            # "the top British medical journal": the whole run, not its last capital
            run is not None
            and run.span[1] > phrase.span[1]
            and text[phrase.span[1] : run.span[1]].islower()
            # ("according to Sports Act today": when, not who)
            and lexicon().adjuncts.fullmatch(text[phrase.span[1] : run.span[1]].strip()) is None
        )
    ):
        phrase = run
    if phrase is None:
        phrase = _document_citing(text, toks, i + 2)
    if phrase is None:
        return None
    cue = Mention(text[toks[i].start : toks[i + 1].end], (toks[i].start, toks[i + 1].end))
    subject = _honorific_inside(toks, phrase, i + 2)
    if subject is not None:
        # "According to Reuters Mr Kushner also met …": no comma, and "Mr" opens the clause
        # Reuters vouches for
        phrase = phrase_from_words(text, toks[i + 2 : subject], "name")
        span = trim(text, toks[subject].start, sent.limit(toks[subject].start))
    elif i == first or (i == first + 1 and toks[first].text in QUOTE_MARKS):
        span = _after_source(sent, phrase)
    elif (toks[i - 1].text == "," or toks[i - 1].text in DASHES) and (
        i - 2 >= first and toks[i - 2].lower in words().coordinators
    ):
        # "The horse is 12 and, according to his trainer, likes …": the source vouches for
        # the conjunct after it, not for the clause before "and" (nor a caption glued on)
        span = _after_source(sent, phrase)
    elif quoted_comma_before(toks, i, first):
        # "Lee called the teams 'useless,' according to an extract": the comma inside the
        # quotation ends what the source vouches for
        span = trim(text, toks[first].start, toks[i - 1].end)
        set_apart = _quote_set_apart(sent, toks[i - 1].end)
        if set_apart is not None:
            # "… as have some professionals — “office workers in slacks …,” according to
            # the Times": the quotation after a dash is the source's own words
            return Draft(StatementKind.DIRECT, [set_apart], cue, phrase)
    elif (
        toks[i - 1].text == ","
        and _opening_clause_before(toks, first, i - 1)
        and _after_source(sent, phrase) is not None
    ):
        # "While most were marked 'confidential,' according to an official, two were marked
        # 'Secret'": the opening clause sets the scene; the source vouches for the main one
        # ("If your name is Nigel you are twice as likely …, according to research", with
        # nothing after the source, is the sentence's)
        span = _after_source(sent, phrase)
    elif toks[i - 1].text == "," or toks[i - 1].text in DASHES:
        span = trim(text, toks[first].start, toks[i - 1].start)
        if span is not None and _is_opening_adjunct(text, span):
            # "In all, according to the report, 40 people died": the opening phrase is an
            # adjunct of what follows the source, not what the source said
            span = _after_source(sent, phrase) or span
    else:
        return None
    if span is None or word_count(text, span) < MIN_REPORTED_WORDS:
        return None
    return Draft(StatementKind.REPORTED, [span], cue, phrase)


def _result_clause(toks: list[Tok], first: int, i: int) -> bool:
    """ "I was so taken aback by Lee's statement that I felt …": after "so" or "such" in the
    same clause, the "that" after the noun opens the result, not what was stated."""
    k = i - 1
    while k >= first and toks[k].text not in ",;:":
        degree = toks[k].lower in ("so", "such") and toks[k + 1].lower not in ("as", "far")
        # "So Lee's claim that …", "and so …": "so" joins clauses; "such as …" gives examples
        if degree and k > first and toks[k - 1].lower not in words().coordinators:
            return True
        k -= 1
    return False


def _quote_set_apart(sent: Sentence, close: int) -> Span | None:
    """The words of the quotation closing at ``close`` when a dash, colon or semicolon stands
    right before it: a quotation set apart from the sentence before it."""
    quote = next((q for q in sent.quotes if q.close == close), None)
    if quote is None:
        return None
    before = sent.text[max(0, quote.open - 3) : quote.open].rstrip()
    return quote.inner if before.endswith((*DASHES, "-", ":", ";")) else None


def quoted_comma_before(toks: list[Tok], i: int, first: int) -> bool:
    """Whether a comma and a closing quote mark stand before ``toks[i]`` (",’ according to")
    in a sentence that does not open with a quotation (a quote's own source is found apart)."""
    return (
        i - 2 > first
        and (toks[i - 1].text in QUOTE_MARKS or toks[i - 1].text == "'")
        and toks[i - 2].text == ","
        and toks[first].text not in QUOTE_MARKS
    )


def _honorific_inside(toks: list[Tok], phrase: Phrase, start: int) -> int | None:
    """The index of "Mr", "Mrs", "Ms" inside a source run after its first word, if any."""
    k = start + 1
    while k < len(toks) and toks[k].start < phrase.span[1]:
        if toks[k].lower.rstrip(".") in words().honorifics and _all_names(toks[start:k]):
            return k
        k += 1
    return None


def _all_names(run: list[Tok]) -> bool:
    return bool(run) and all(t.capitalized and t.lower not in words().honorifics for t in run)


def _document_citing(text: str, toks: list[Tok], start: int) -> Phrase | None:
    """ "According to a report citing supply chain sources by Taiwanese website UDN, …": a
    document and what it cites, up to the comma, as one source."""
    if start + 2 >= len(toks) or toks[start].lower not in ("a", "an", "the"):
        return None
    if lexicon().nominal_heads.get(toks[start + 1].lower) != "document":
        return None
    if toks[start + 2].lower not in ("citing", "quoting"):
        return None
    comma = next(
        (k for k in range(start + 3, min(len(toks), start + 16)) if toks[k].text == ","), None
    )
    if comma is None:
        return None
    span = (toks[start].start, toks[comma - 1].end)
    whole = text[span[0] : span[1]]
    return Phrase(span, whole, "nominal", whole, "", toks[start + 1].lower)


def _after_source(sent: Sentence, phrase: Phrase) -> Span | None:
    """What follows "according to X," up to the sentence's next stop."""
    toks = sent.toks
    rest = token_at(toks, phrase.span[1])
    while rest < len(toks) and toks[rest].text != ",":
        rest += 1
    if rest >= len(toks):
        return None
    start = rest + 1
    if (
        start + 1 < len(toks)
        and toks[start].lower in words().aside_adverbs
        and toks[start + 1].text == ","
    ):
        rest = start + 1  # "According to Mashable, however, a manager …": the writer's turn
    elif start < len(toks) and toks[start].lower in ("which", "who"):
        # "According to this report, which is circulating on social media, DNA testing …":
        # the relative clause tells of the source; what it says follows the next comma
        closing = next((k for k in range(start + 1, len(toks)) if toks[k].text == ","), None)
        if closing is not None and not any(t.cue for t in toks[start:closing]):
            rest = closing
    span = trim(sent.text, toks[rest].end, sent.limit(toks[rest].end))
    if span is None:
        return None
    # "…, according to X, 'likes to take his time' but …": the quoted words are what X said
    opened = next((q for q in sent.quotes if q.open <= span[0] <= q.inner[0]), None)
    return opened.inner if opened is not None else span


def _opening_clause_before(toks: list[Tok], first: int, comma: int) -> bool:
    """Whether the words before ``toks[comma]`` are a subordinate clause opening the sentence
    ("While most of those were elevated …"), with no other comma in it."""
    return (
        toks[first].lower in words().subordinators
        and toks[first].lower != "with"
        and not any(t.text == "," for t in toks[first + 1 : comma])
    )


def _is_opening_adjunct(text: str, span: Span) -> bool:
    """ "In all", "By then", "Overall": a short phrase opening with a preposition or an adverb."""
    opening = text[span[0] : span[1]].split()
    lead = opening[0].lower()
    adverb = lead.endswith("ly") or lead == "overall"
    return len(opening) <= _OPENER_WORDS and (lead in words().prepositions or adverb)
