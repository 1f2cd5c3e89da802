"""Word lists that steer sentence splitting and attribution, read once from ``builder/data``.

The one reader of the builder's word lists for sentences, attribution, speakers and titles:
the modules that use a list ask here and never open a data file themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources

import yaml

_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
WORD_CLASSES = "word_classes.yaml"
#: the layout of each data file read here, so a test can check every entry of each:
#: "words" one form a line; "forms" a lemma's forms on one line, then markers (~ ! +);
#: "pairs" a word and its kind; "regex" one pattern a line; "mapping" YAML word classes
FILE_LAYOUTS = {
    "quote_reporting_verbs.txt": "forms",
    "quote_speech_acts.txt": "forms",
    "quote_pronouns.txt": "pairs",
    "quote_nominal_heads.txt": "pairs",
    "gender_words.txt": "pairs",
    "quote_phrasal_cues.txt": "pairs",
    "quote_adjuncts.txt": "regex",
    "quote_tell_objects.txt": "regex",
    "quote_nominal_cues.txt": "words",
    "quote_titles.txt": "words",
    "quote_role_modifiers.txt": "words",
    "quote_not_speakers.txt": "words",
    "speaker_furniture.txt": "words",
    "speaker_representatives.txt": "words",
    "speaker_outlet_heads.txt": "words",
    "speaker_demonyms.txt": "words",
    "speaker_organisations.txt": "words",
    "speaker_organisation_endings.txt": "words",
    "speaker_organisation_words.txt": "pairs",
    "speaker_state_abbreviations.txt": "pairs",
    "countries.txt": "words",
    "sentence_abbreviations.txt": "words",
    "sentence_starters.txt": "words",
    "quote_skip_words.txt": "words",
    "quote_function_words.txt": "words",
    "sentence_quote_lead_ins.txt": "words",
    "title_openers.txt": "words",
    "title_concessions.txt": "regex",
    WORD_CLASSES: "mapping",
}


def read_data(name: str) -> str:
    """The text of ``builder/data/<name>``."""
    return resources.files("briefing.builder").joinpath("data", name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[str]:
    """The lines of a one-entry-a-line data file, without blanks and ``#`` comments."""
    raw = read_data(name)
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
    #: words after which a quotation carries on the sentence ("titled", "caption")
    quote_lead_ins: frozenset[str]


@cache
def lexicon() -> Lexicon:
    cue_lemma: dict[str, str] = {}
    takes_object: set[str] = set()
    weak: set[str] = set()
    needs_that: set[str] = set()
    needs_particle: set[str] = set()
    for name in ("quote_reporting_verbs.txt", "quote_speech_acts.txt"):
        for line in data_lines(name):
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
    pairs = [line.split() for line in data_lines("quote_pronouns.txt")]
    heads = [line.split() for line in data_lines("quote_nominal_heads.txt")]
    return Lexicon(
        cue_lemma=cue_lemma,
        cue_takes_object=frozenset(takes_object),
        weak_cues=frozenset(weak),
        cue_needs_that=frozenset(needs_that),
        cue_needs_particle=frozenset(needs_particle),
        nominal_cues=frozenset(w.lower() for w in data_lines("quote_nominal_cues.txt")),
        phrasal=frozenset(
            (pair[0], pair[1])
            for pair in (ln.split() for ln in data_lines("quote_phrasal_cues.txt"))
        ),
        titles=frozenset(w.lower() for w in data_lines("quote_titles.txt")),
        role_modifiers=frozenset(w.lower() for w in data_lines("quote_role_modifiers.txt")),
        pronouns={p[0]: p[1] for p in pairs},
        nominal_heads={h[0]: h[1] for h in heads},
        not_speakers=frozenset(w.lower() for w in data_lines("quote_not_speakers.txt")),
        countries=frozenset(w.lower() for w in data_lines("countries.txt")),
        gender={w: g for w, g in (line.split() for line in data_lines("gender_words.txt"))},
        abbreviations=frozenset(w.lower() for w in data_lines("sentence_abbreviations.txt")),
        sentence_starters=frozenset(data_lines("sentence_starters.txt")),
        skip_words=frozenset(data_lines("quote_skip_words.txt")),
        function_words=frozenset(data_lines("quote_function_words.txt")),
        adjuncts=_alternation("quote_adjuncts.txt"),
        tell_objects=_alternation("quote_tell_objects.txt"),
        quote_lead_ins=frozenset(w.lower() for w in data_lines("sentence_quote_lead_ins.txt")),
    )


def _alternation(name: str) -> re.Pattern[str]:
    """One pattern matching any line of the file at the start of the text, with its spaces."""
    body = "|".join(f"(?:{line})" for line in data_lines(name))
    return re.compile(rf"\s*,?\s*(?:{body})(?![\w’'])")


@dataclass(frozen=True, slots=True)
class Words:
    """Closed word classes from ``word_classes.yaml``; each field is one key there."""

    caption_joins: frozenset[str]
    camel_case_names: frozenset[str]
    listener_that_cues: frozenset[str]
    furniture_phrases: frozenset[str]
    photo_credits: frozenset[str]
    caption_words: frozenset[str]
    clause_openers: frozenset[str]
    clause_subjects: frozenset[str]
    subject_openers: frozenset[str]
    finite_verbs: frozenset[str]
    coordinators: frozenset[str]
    deed_continuations: frozenset[str]
    deed_time_continuations: frozenset[str]
    subordinators: frozenset[str]
    focus_adverbs: frozenset[str]
    aside_adverbs: frozenset[str]
    clause_continuers: frozenset[str]
    complement_openers: frozenset[str]
    perception_verbs: frozenset[str]
    concessive: frozenset[str]
    conditionals: frozenset[str]
    negators: frozenset[str]
    be_forms: frozenset[str]
    speculative: frozenset[str]
    new_document_leads: frozenset[str]
    modals: frozenset[str]
    nobody: frozenset[str]
    showing_cues: frozenset[str]
    posting_cues: frozenset[str]
    image_nouns: frozenset[str]
    called_events: frozenset[str]
    object_openers: frozenset[str]
    venue_prepositions: frozenset[str]
    prepositions: frozenset[str]
    time_leads: frozenset[str]
    place_leads: frozenset[str]
    time_words: frozenset[str]
    month_abbreviations: frozenset[str]
    time_nouns: frozenset[str]
    amount_deeds: frozenset[str]
    amount_possessions: frozenset[str]
    source_naming_cues: frozenset[str]
    going_on_cues: frozenset[str]
    publication_nouns: frozenset[str]
    outlet_kinds: frozenset[str]
    owned_claims: frozenset[str]
    writer_hedges: frozenset[str]
    gerund_verbs: frozenset[str]
    change_cues: frozenset[str]
    finding_sources: frozenset[str]
    refusal_cues: frozenset[str]
    withheld_speech: frozenset[str]
    chain_prepositions: frozenset[str]
    contrast_openers: frozenset[str]
    dangling_words: frozenset[str]
    title_closing_adverbs: frozenset[str]
    decision_verbs: frozenset[str]
    deeds_without_particle: frozenset[str]
    refused_speech: frozenset[str]
    refused_passives: frozenset[str]
    reflexive_perception: frozenset[str]
    reflexive_pronouns: frozenset[str]
    that_nouns: frozenset[str]
    to_verbs: frozenset[str]
    go_on: frozenset[str]
    to_prepositional: frozenset[str]
    passive_adverbs: frozenset[str]
    verdicts: frozenset[str]
    noun_markers: frozenset[str]
    noun_verbs: frozenset[str]
    irregular_pasts: frozenset[str]
    role_changers: frozenset[str]
    epithet_modifiers: frozenset[str]
    owner_adjectives: frozenset[str]
    action_infinitives: frozenset[str]
    issuing_verbs: frozenset[str]
    possessive_pronouns: dict[str, str]
    determiners: frozenset[str]
    demonstratives: frozenset[str]
    honorifics: frozenset[str]
    name_suffixes: frozenset[str]
    name_particles: frozenset[str]
    ly_nouns: frozenset[str]
    relatives: frozenset[str]
    connectors: frozenset[str]
    to_titles: frozenset[str]
    name_joiners: frozenset[str]
    quoting_words: frozenset[str]
    object_kept_cues: frozenset[str]
    object_pronoun_subjects: dict[str, str]
    sentence_connectives: frozenset[str]
    people_asked: frozenset[str]
    affiliation: frozenset[str]
    postmodifiers: frozenset[str]
    postmodifier_preps: frozenset[str]
    source_knowledge: frozenset[str]
    relative_carriers: frozenset[str]
    origin_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    title_auxiliaries: frozenset[str]
    title_inner_subjects: frozenset[str]
    title_object_pronouns: frozenset[str]
    title_stranded: frozenset[str]
    title_participle_leads: frozenset[str]
    count_nouns: frozenset[str]
    subject_focus: frozenset[str]
    person_pronouns: frozenset[str]
    indefinite_pronouns: frozenset[str]
    plural_collectives: frozenset[str]
    collective_nouns: frozenset[str]
    pronoun_gender: dict[str, str]
    deed_objects: dict[str, str]
    title_abbreviations: dict[str, str]
    not_names: frozenset[str]


@cache
def words() -> Words:
    loaded = yaml.load(read_data(WORD_CLASSES), Loader=_SafeLoader)  # noqa: S506 - safe loader
    if not isinstance(loaded, dict):
        raise ValueError(f"{WORD_CLASSES}: expected a mapping of word classes")
    wanted = {f.name for f in fields(Words)}
    if set(loaded) != wanted:
        odd = sorted(set(loaded) ^ wanted)
        raise ValueError(f"{WORD_CLASSES}: keys missing or unknown: {', '.join(odd)}")
    values: dict[str, frozenset[str] | dict[str, str]] = {}
    mappings = {f.name for f in fields(Words) if str(f.type).startswith("dict")}
    for key, value in loaded.items():
        if (
            key not in mappings
            and isinstance(value, list)
            and all(isinstance(w, str) for w in value)
        ):
            values[key] = frozenset(value)
        elif (
            key in mappings
            and isinstance(value, dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
        ):
            values[key] = dict(value)
        else:
            shape = "mapping" if key in mappings else "list"
            raise ValueError(f"{WORD_CLASSES}: {key}: expected a {shape} of words")
    return Words(**values)  # type: ignore[arg-type]
