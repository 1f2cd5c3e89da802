"""Sources that are no name, pronoun or known noun: a short run of words before a cue
("Experts on North Korea and nuclear nonproliferation said") or after "according to"."""

from __future__ import annotations

import itertools
from dataclasses import replace

from ..lexicon import lexicon, words
from ..mentions import Phrase, phrase_after, phrase_from_words, without_handle
from ..tokens import Tok
from .clauses import opens_clause
from .cues import after_dateline, is_cue
from .sentence import QUOTE_MARKS, Sentence

_MAX_SUBJECT = 10


def opening_subject(sent: Sentence, stop: int, people: bool = False) -> Phrase | None:
    """The name that opens the sentence and is the subject of a verb before ``toks[stop]``:
    "Jo Roe visited the border and argued that …", past a dateline or an opening phrase ("In
    October, Rep. Jo Roe, R-W.Va., visited …"); None if no name opens it."""
    toks = sent.toks
    starts = [after_dateline(toks, sent.first)]
    w = words()
    lead = toks[starts[0]] if starts[0] < len(toks) else None
    opening = (
        lead is not None
        and (
            lead.lower in w.prepositions | w.time_leads
            # "Speaking in his real voice, he …", "Hours later, Trump …"
            or (lead.text[:1].isupper() and lead.lower.endswith("ing"))
            or (starts[0] + 1 < len(toks) and toks[starts[0] + 1].lower in _AFTER_A_TIME)
            or (
                lead.lower in w.place_leads
                and starts[0] + 1 < len(toks)
                and toks[starts[0] + 1].lower in w.prepositions
            )
            # "However, Jo Roe made light of it writing: …"
            or (
                lead.lower in w.clause_openers
                and starts[0] + 1 < len(toks)
                and toks[starts[0] + 1].text == ","
            )
        )
    )
    if opening:
        # "In October, …", "In line with most voters, …": an opening phrase, then the subject
        comma = next((k for k in range(starts[0], stop) if toks[k].text == ","), None)
        if comma is not None:
            starts = [comma + 1] if lead is not None and lead.text[:1].isupper() else starts
            if comma + 1 not in starts:
                starts.append(comma + 1)
    for start in starts:
        subject = phrase_after(sent.text, toks, start, stop, apposition=False)
        if subject is None:
            # "His son, Grant, defended …", "Schilling's son, Grant, defended …"
            subject = relative_set_off(sent.text, toks, start, stop)
        if subject is not None and subject.form == "nominal":
            # "Trump's state director, Mike Rubino, reached out …": the name set off after
            named = name_set_off_after(sent.text, toks, subject, stop)
            if named is None and people and _a_person(subject):
                # "Back in Washington, the senator from Vermont stepped up …, saying: …"
                return subject
            subject = named
        if subject is not None and subject.form != "nominal":
            return subject
    return None


def _a_person(phrase: Phrase) -> bool:
    """A nominal that names who could speak: a title ("the senator") or a person, group or
    organisation noun ("the protesters"), not a thing ("the bill")."""
    lex = lexicon()
    kind = lex.nominal_heads.get(phrase.head)
    if phrase.head not in lex.titles and kind not in ("person", "group", "organization"):
        return False
    # "Hillary Clinton's right-hand woman rallied supporters": a phrase read on past its verb
    w = words()
    said = phrase.text.split()
    return not any(
        word.islower()
        and (word.endswith("ed") or word in w.irregular_pasts or word in w.finite_verbs)
        and before.lower() not in w.determiners
        for before, word in itertools.pairwise(said)
    )


#: words after a time that open a sentence: "Hours later, …", "Two days earlier, …"
_AFTER_A_TIME = frozenset({"later", "earlier", "ago", "after"})


def relative_set_off(
    text: str, toks: list[Tok], start: int, stop: int, articles: bool = False
) -> Phrase | None:
    """The name set off by commas after an owner and a word or three that say who the person
    is to the owner ("His son, Grant Schilling, defended …", "Schilling's son, Grant, …"), with
    those words as its role; with ``articles``, after an article too ('"…," the assailant,
    John McGraw, told', the role without its article). None for any other opening."""
    owner = toks[start] if start < stop else None
    if owner is None:
        return None
    owned = owner.lower in words().possessive_pronouns or (
        owner.text[:1].isupper() and owner.text.endswith(("’s", "'s"))
    )
    if not owned and not (articles and owner.lower in ("the", "a", "an")):
        return None
    comma = next((k for k in range(start + 1, min(stop, start + 5)) if toks[k].text == ","), None)
    if comma is None or comma == start + 1:
        return None
    function = lexicon().function_words
    if any(
        not t.text.isalpha() or not t.text.islower() or t.lower in function or is_cue(t)
        for t in toks[start + 1 : comma]
    ):
        return None
    named = phrase_after(text, toks, comma + 1, stop, apposition=False)
    if named is None or named.form != "name":
        return None
    after = next((i for i, t in enumerate(toks) if t.start >= named.span[1]), len(toks))
    if after >= stop or toks[after].text != ",":
        return None
    role = text[toks[start if owned else start + 1].start : toks[comma - 1].end]
    return replace(named, role=named.role or role)


def name_set_off_after(text: str, toks: list[Tok], phrase: Phrase, stop: int) -> Phrase | None:
    """The name between commas right after the description ``phrase``, before ``toks[stop]``
    ("the Vatican spokesman, Federico Lombardi, told"), if one is."""
    k = next((i for i, t in enumerate(toks) if t.start >= phrase.span[1]), len(toks))
    if k >= stop or toks[k].text != ",":
        return None
    named = phrase_after(text, toks, k + 1, stop, apposition=False)
    if named is None or named.form != "name":
        return None
    after = next((i for i, t in enumerate(toks) if t.start >= named.span[1]), len(toks))
    return named if after < stop and toks[after].text == "," else None


def whole_subject(sent: Sentence, last: int) -> Phrase | None:
    """ "Experts on North Korea and nuclear nonproliferation said": the clause opening as a
    whole, when it is short and holds no verb we know of."""
    toks, quoted = sent.toks, sent.quoted
    start = last
    while start > sent.first and toks[start - 1].text not in ",;:" and not quoted[start - 1]:
        start -= 1
    run = toks[start : last + 1]
    if not run or not opens_clause(toks, quoted, run[0].start):
        return None
    return plain_subject(sent.text, run)


#: how many words an opening time phrase may hold ("In the same month", "On Monday")
_OPENING_TIME_WORDS = 4


def _without_opening_time(run: list[Tok]) -> list[Tok]:
    """ "In the same month Sony Corp said": the run without a time phrase that opens it with no
    comma, when a name follows the time word."""
    w = words()
    if len(run) < 3 or run[0].lower not in w.prepositions:
        return run
    for k in range(1, min(len(run) - 1, _OPENING_TIME_WORDS + 1)):
        low = run[k].lower
        if (low in w.time_words or low in w.time_nouns) and run[k + 1].text[:1].isupper():
            return run[k + 1 :]
    return run


def plain_subject(text: str, run: list[Tok], between: bool = False) -> Phrase | None:
    """A short run of words with no verb we know of, ending in a noun-like word; ``between``
    a quote and its cue any noun will do ('"…," one GOP source in the room said')."""
    run = without_handle(run)
    w = words()
    run = _without_opening_time(run)
    if not 2 <= len(run) <= _MAX_SUBJECT:
        return None
    lead, head = run[0], run[-1]
    if not (lead.capitalized or lead.lower in w.subject_openers):
        return None
    if head.text == "I":
        # "Like I said before", "The reason why I say": "I" is the subject, not a name's end
        return phrase_from_words(text, [head], "pronoun")
    # ("IS fighters": the capitals name Islamic State; only a lower-case "is" is a verb)
    if any(
        t.cue or (t.lower in w.finite_verbs and not t.text.isupper()) or t.text in QUOTE_MARKS
        for t in run
    ):
        return None
    # "Experts on North Korea and nuclear nonproliferation said": the head is the first noun
    # ("Sources close to the situation said": what the source knows follows its noun too)
    prep = next(
        (
            k
            for k, t in enumerate(run)
            if t.lower in w.postmodifier_preps or (k > 0 and t.lower in w.source_knowledge)
        ),
        0,
    )
    noun = run[prep - 1] if prep > 0 else None
    postmodified = (
        noun is not None
        and prep < len(run) - 1
        and (noun.capitalized or noun.lower.endswith("s") or noun.lower in lexicon().nominal_heads)
    )
    noun_like = head.capitalized or head.lower.endswith("s") or between or postmodified
    if not (head.text.isalpha() and noun_like):
        return None
    if _ends_in_full_name(run):
        # "Palestinian chief negotiator Saeb Erekat said": a person with a role, whom a later
        # "he added" must find, not an unnamed group of words
        return phrase_from_words(text, run, "name")
    # "But a poll by Ipsos Mori found", "Now IS claims": the source, without "But" or "Now"
    opening = next(
        (t for t in run if t.lower not in w.coordinators and t.lower not in _OPENING_ADVERBS), lead
    )
    span = (opening.start, head.end)
    whole = text[span[0] : span[1]]
    if postmodified and noun is not None and run[prep].lower in w.source_knowledge:
        head = noun  # "People familiar with the decision": people speak, not the decision
    return Phrase(span, whole, "nominal", whole, "", head.lower)


#: adverbs that open a sentence before its subject, with no comma
_OPENING_ADVERBS = frozenset({"now", "then", "meanwhile", "still", "also"})


def _ends_in_full_name(run: list[Tok]) -> bool:
    """Two or more capitalised words after a lower-case role word: "… chief negotiator Saeb
    Erekat" (never "Experts on North Korea": a name there follows a preposition)."""
    w = words()
    tail = len(run)
    while tail > 0 and run[tail - 1].capitalized and run[tail - 1].text.isalpha():
        tail -= 1
    if len(run) - tail < 2 or tail == 0:
        return False
    before = run[tail - 1]
    return (
        before.text.isalpha()
        and before.text.islower()
        and before.lower not in lexicon().function_words
        and before.lower not in w.prepositions
    )


def source_run(text: str, toks: list[Tok], start: int) -> Phrase | None:
    """ "according to federal statistics": the words up to the comma or the end, if short."""
    stop = start
    while stop < len(toks) and toks[stop].text not in ",.;:!?—–―(" and stop - start < 8:
        stop += 1
    if stop == start or (stop < len(toks) and toks[stop].text not in ",.;:!?—–―("):
        return None
    run = toks[start:stop]
    if any((t.cue and t.text.endswith(("ed", "ing"))) or t.text in QUOTE_MARKS for t in run):
        return None
    span = (run[0].start, run[-1].end)
    whole = text[span[0] : span[1]]
    return Phrase(span, whole, "nominal", whole, "", run[-1].lower)
