"""Word lists that steer sentence splitting and attribution, read once from ``builder/data``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    raw = resources.files("briefing.builder").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class Lexicon:
    #: surface form → lemma, e.g. "told" → "tell"
    cue_lemma: dict[str, str]
    #: lemmas whose content follows an object ("told reporters that ...")
    cue_takes_object: frozenset[str]
    #: (lemma, particle) pairs whose content follows the particle: ("call", "for")
    phrasal: frozenset[tuple[str, str]]
    #: lemmas whose content must open with "that" ("found that …", not "found a body")
    cue_needs_that: frozenset[str]
    #: lemmas that report only with a particle ("weighed in on", not "weighs 236 pounds")
    cue_needs_particle: frozenset[str]
    #: nouns that report speech after an owner and before "that" ("Trump's claim that")
    nominal_cues: frozenset[str]
    #: lemmas of speech-act verbs ("attacked", "wants"): cues that never continue a statement
    weak_cues: frozenset[str]
    titles: frozenset[str]
    role_modifiers: frozenset[str]
    #: pronoun → kind of antecedent ("person", "thing", "group", "any")
    pronouns: dict[str, str]
    #: head noun of an unnamed source → speaker kind ("document", "person", ...)
    nominal_heads: dict[str, str]
    not_speakers: frozenset[str]
    #: country names, lowercased: "Russia said" is a government speaking, not a person
    countries: frozenset[str]
    #: word → "f" or "m": honorifics, gendered roles and first names, for "he" and "she"
    gender: dict[str, str]
    abbreviations: frozenset[str]
    sentence_starters: frozenset[str]
    #: adverbs and auxiliaries between a speaker and the cue ("has also said")
    skip_words: frozenset[str]
    function_words: frozenset[str]
    #: phrases allowed between a cue and what was said ("on Monday", "in a statement")
    adjuncts: re.Pattern[str]
    #: objects of "told" and the like ("reporters", "a group of reporters", "CNN")
    tell_objects: re.Pattern[str]


@cache
def lexicon() -> Lexicon:
    cue_lemma: dict[str, str] = {}
    takes_object: set[str] = set()
    weak: set[str] = set()
    needs_that: set[str] = set()
    needs_particle: set[str] = set()
    for name in ("quote_reporting_verbs.txt", "quote_speech_acts.txt"):
        for line in _lines(name):
            forms = line.split()
            if forms[-1] == "~":
                forms.pop()
                needs_particle.add(forms[0])
            if forms[-1] == "!":
                forms.pop()
                needs_that.add(forms[0])
            if forms[-1] == "+":
                forms.pop()
                takes_object.add(forms[0])
            if name == "quote_speech_acts.txt" and forms[0] not in cue_lemma:
                weak.add(forms[0])
            for form in forms:
                cue_lemma.setdefault(form.lower(), forms[0])
    pairs = [line.split() for line in _lines("quote_pronouns.txt")]
    heads = [line.split() for line in _lines("quote_nominal_heads.txt")]
    return Lexicon(
        cue_lemma=cue_lemma,
        cue_takes_object=frozenset(takes_object),
        weak_cues=frozenset(weak),
        cue_needs_that=frozenset(needs_that),
        cue_needs_particle=frozenset(needs_particle),
        nominal_cues=frozenset(w.lower() for w in _lines("quote_nominal_cues.txt")),
        phrasal=frozenset(
            (pair[0], pair[1]) for pair in (ln.split() for ln in _lines("quote_phrasal_cues.txt"))
        ),
        titles=frozenset(w.lower() for w in _lines("quote_titles.txt")),
        role_modifiers=frozenset(w.lower() for w in _lines("quote_role_modifiers.txt")),
        pronouns={p[0]: p[1] for p in pairs},
        nominal_heads={h[0]: h[1] for h in heads},
        not_speakers=frozenset(w.lower() for w in _lines("quote_not_speakers.txt")),
        countries=frozenset(w.lower() for w in _lines("countries.txt")),
        gender={w: g for w, g in (line.split() for line in _lines("gender_words.txt"))},
        abbreviations=frozenset(w.lower() for w in _lines("sentence_abbreviations.txt")),
        sentence_starters=frozenset(_lines("sentence_starters.txt")),
        skip_words=frozenset(_lines("quote_skip_words.txt")),
        function_words=frozenset(_lines("quote_function_words.txt")),
        adjuncts=_alternation("quote_adjuncts.txt"),
        tell_objects=_alternation("quote_tell_objects.txt"),
    )


def _alternation(name: str) -> re.Pattern[str]:
    """One pattern matching any line of the file at the start of the text, with its spaces."""
    body = "|".join(f"(?:{line})" for line in _lines(name))
    return re.compile(rf"\s*,?\s*(?:{body})(?![\w’'])")
