"""Clause edges inside a sentence: where a subject may open, where a clause ends, and where
reported content breaks off (a new attribution, a participle, a dash, a concession)."""

from __future__ import annotations

import re

from ...model import Span
from ..lexicon import lexicon, words
from ..mentions import Phrase, phrase_before
from ..tokens import PAST_VERB, Tok, token_at
from .cues import counts_an_amount, cue_is_noun, is_cue, is_strong_cue, skip_back
from .sentence import DASHES, QUOTE_MARKS, Sentence, trim

#: what may stand before a participle cue that continues the statement before it
_CHAIN_BREAKS = frozenset({",", *DASHES})
#: how far back from a cue a relative "who" may stand ("an aide who spoke anonymously said")
_RELATIVE_REACH = 10
_DASHED_ASIDE = re.compile(r"\s(?:--|[―—–])\s[^―—–]{1,200}?\s(?:--|[―—–])\s")


def ends_clause(toks: list[Tok], index: int) -> bool:
    tok = toks[index].text
    if tok in ";!?":
        return True
    if tok != "." or index + 1 >= len(toks):
        return False
    # A full stop inside "(R-Wis.)" or "Jr." is no boundary; one before a capital is.
    nxt = toks[index + 1]
    return nxt.start > toks[index].end and (nxt.capitalized or nxt.text in QUOTE_MARKS)


def clause_start(toks: list[Tok], quoted: list[bool], index: int) -> int:
    while index > 0 and not quoted[index - 1] and not ends_clause(toks, index - 1):
        index -= 1
    return index


def opens_clause(toks: list[Tok], quoted: list[bool], start: int) -> bool:
    """True if the word at offset ``start`` may open a clause (and so be its subject)."""
    index = token_at(toks, start)
    if index == 0 or (index < len(toks) and toks[index].lower == "who"):
        return True
    w = words()
    prev = toks[index - 1]
    if prev.lower in w.time_words and index >= 2 and toks[index - 2].lower in w.time_leads:
        return True  # "Last night campaigners said": a time adjunct, then the subject
    return (
        quoted[index - 1]
        or prev.text in ",;:—–-(" + QUOTE_MARKS
        or prev.lower in w.clause_openers
        or (prev.lower in w.focus_adverbs and index >= 2 and toks[index - 2].text == ",")
        or prev.text in lexicon().sentence_starters
        or (prev.text.endswith("ly") and prev.text.islower())
    )


def starts_clause(tok: Tok) -> bool:
    """ ", and the downgrade is …": a determiner, pronoun or name opens a new clause."""
    return tok.lower in words().clause_subjects or (tok.capitalized and tok.text[0].isalpha())


def clause_breaks(sent: Sentence) -> list[int]:
    """Where reported content ends: a new attribution, a participle, a dash, a concession."""
    text, toks, quoted, first = sent.text, sent.toks, sent.quoted, sent.first
    w = words()
    breaks: list[int] = []
    n = len(toks)
    dashes_seen = 0
    opening = opening_clause_end(toks, quoted, first)
    if opening is not None:
        # "While she called for X, Clinton said …": the opening clause ends at its comma.
        breaks.append(opening)
    for i in range(first, n):
        if quoted[i]:
            continue
        tok = toks[i]
        if tok.text in DASHES or (tok.text == "-" and i + 1 < n and toks[i + 1].text == "-"):
            if dashes_seen % 2 == 0 and not _dash_after(toks, quoted, i + 2):
                breaks.append(tok.start)
            dashes_seen += 1
        elif tok.text == ";":
            breaks.append(tok.start)
        elif tok.text == "," and i + 1 < n:
            nxt = toks[i + 1]
            participle = _participle_cue(nxt) or (
                i + 2 < n and _adverb(nxt) and _participle_cue(toks[i + 2])
            )
            new_clause = nxt.lower in w.coordinators and i + 2 < n and starts_clause(toks[i + 2])
            # "confirmed that it has been excavating near Reno, but stopped short of saying
            # …": the subject's own next deed, past and no cue
            deed = (
                nxt.lower == "but"
                and i + 2 < n
                and PAST_VERB.fullmatch(toks[i + 2].text) is not None
                and not toks[i + 2].cue
            )
            if nxt.lower in w.concessive or participle or new_clause or deed:
                breaks.append(tok.start)
        elif is_cue(tok) and not cue_is_noun(toks, i) and not counts_an_amount(text, tok):
            # ", but would eventually add $84 billion": the same subject's deed goes on
            joint = skip_back(toks, i - 1, first)
            if joint > first and toks[joint].lower in w.coordinators:
                breaks.append(toks[joint].start)
                continue
            # "whether he and the banker had discussed the loan": a speech act's subject
            # joined by "and" is no new clause, and the act is part of what was said
            strong = is_strong_cue(tok)
            phrase = phrase_before(text, toks, joint, first) if joint >= first else None
            if phrase is not None and (strong or _named_after_a_clause(toks, phrase, first)):
                at = token_at(toks, phrase.span[0])
                if at > first and toks[at - 1].lower in w.coordinators:
                    breaks.append(toks[at - 1].start)
            elif strong and joint > first and before_relative(text, toks, joint, first):
                # "an aide who asked not to be named said …": the relative clause ends here
                breaks.append(toks[joint + 1].start)
    return breaks


def _named_after_a_clause(toks: list[Tok], phrase: Phrase, first: int) -> bool:
    """Whether a named subject follows "and" after a clause's lower-case last word ("… mishandled
    the investigation and Democrats accused …"): a new clause with its own speaker, not one
    more name of a list ("Georgia, Tennessee and Virginia want")."""
    if phrase.form != "name":
        return False
    at = token_at(toks, phrase.span[0])
    return at - 2 > first and toks[at - 2].text.isalpha() and toks[at - 2].text.islower()


def opening_clause_end(toks: list[Tok], quoted: list[bool], first: int) -> int | None:
    """Where a sentence-opening subordinate clause ends: the comma before the main clause's
    subject ("While she called for X, Clinton said …"), if there is one."""
    opening = _opening_clause(toks, first)
    if opening is None:
        return None
    n = len(toks)
    comma = next((i for i in range(opening + 2, n) if toks[i].text == "," and not quoted[i]), n)
    if comma + 1 < n and (starts_clause(toks[comma + 1]) or _main_subject(toks[comma + 1])):
        return toks[comma].start
    return None


def _main_subject(tok: Tok) -> bool:
    """ "As Ann Lee spoke about X, eerie video showed …", "Because polls indicated X, there's …":
    after an opening clause's comma, a lower-case word opens the main clause unless it is a
    participle or a word that carries the opening clause on ("which", "and", "in", "even")."""
    # "there's", "it's", "they're": the subject with its verb
    text = re.sub(r"[’'](?:s|re|ll|d|ve)$", "", tok.text)
    return (
        text.isalpha()
        and text.islower()
        and not text.endswith("ing")
        and tok.lower not in words().clause_continuers
    )


def _opening_clause(toks: list[Tok], first: int) -> int | None:
    """Where a sentence-opening subordinate clause starts: "While …", "But just as …",
    "With Democratic leaders increasingly worried about X, Obama is …"."""
    w = words()
    k = first
    if k < len(toks) and toks[k].lower in w.coordinators:
        k += 1
    if k < len(toks) and toks[k].lower in w.focus_adverbs:
        k += 1
    if k < len(toks) and toks[k].lower in w.subordinators:
        return k
    return None


def _participle_cue(tok: Tok) -> bool:
    return tok.text.endswith("ing") and tok.text.islower() and tok.cue


def _adverb(tok: Tok) -> bool:
    """ ", even suggesting …", ", implicitly accusing …" """
    return tok.lower in words().focus_adverbs or (tok.text.endswith("ly") and tok.text.islower())


def chained(toks: list[Tok], index: int, lo: int) -> bool:
    """ "…, adding that …", "…, even suggesting …", "… — lambasting …": the participle cue at
    ``index`` continues the clause before the break."""
    if not _participle_cue(toks[index]):
        return False
    k = index - 1
    if k > lo and _adverb(toks[k]):
        k -= 1
    if k > lo + 1 and toks[k].text in "”’\"'" and toks[k - 1].text == ",":
        k -= 1  # 'a defense of “New York values,” saying …': the comma closes a quote
    if k > lo and toks[k].lower in words().chain_prepositions and index == k + 1:
        return True  # "Sanders has soared in the polls by saying that …": the doer said it
    return k > lo and toks[k].text in _CHAIN_BREAKS


def _dash_after(toks: list[Tok], quoted: list[bool], start: int) -> bool:
    return any(
        not quoted[k] and (toks[k].text in DASHES or toks[k].text == "-")
        for k in range(start, len(toks))
    )


def without_dashed_aside(text: str, span: Span) -> list[Span]:
    """ "the top 1 percent -- those earning … -- would face": the aside is no content."""
    match = _DASHED_ASIDE.search(text, span[0], span[1])
    if match is None:
        return [span]
    head = trim(text, span[0], match.start())
    tail = trim(text, match.end(), span[1])
    return [part for part in (head, tail) if part is not None] or [span]


def before_relative(text: str, toks: list[Tok], last: int, first: int) -> Phrase | None:
    """ "A harbour official who spoke anonymously said": the phrase before a relative clause
    set off by no comma, which runs up to the cue (``toks[last]`` is its last word)."""
    for k in range(last, max(first, last - _RELATIVE_REACH) - 1, -1):
        tok = toks[k]
        if tok.text in ",;:()" or tok.text in QUOTE_MARKS:
            return None
        if tok.lower == "who" and k - 1 >= first and k < last:
            return phrase_before(text, toks, k - 1, first)
    return None
