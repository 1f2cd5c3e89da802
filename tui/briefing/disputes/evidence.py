"""The evidence that two statements of different sources cannot both be right.

Only evidence a careful editor would accept makes a conflict:

- *rejection*: one statement rejects ("denied", "called it false", "That's not what's
  happening") what the other claims, and is linked to that claim: they share topic words, or
  the rejection names the claimant, or points back at it ("the charges", "those reports");
- *stance*: opposite polarity on the same predicate: the words one negates are the words the
  other affirms, never a stray "not" elsewhere in the sentence;
- *antonym*: opposite words about the same thing ("asleep" / "awake" during the attack);
- *figures*: different figures for the same counted thing.

Each finder returns a ``Conflict`` naming the words that make it one, so that the reader can
highlight them in both statements.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

import yaml

from ..language.polarity import (
    Analysis,
    KeyUse,
    analyze,
    antonym_table,
    generic_stems,
    lexicons,
)
from ..language.topics import PACKAGE as LANGUAGE
from ..language.topics import Token, stem, tokenize
from ..language.topics import data_lines as _language_lines
from ..language.topics import data_text as _language_text

#: A statement this short says too little alone; its sentence tells what it is about.
SHORT_STATEMENT_KEYS = 3
#: A claim noun among this many opening words names what a rejection rejects ("those
#: theories, which …").
CLAIM_NOUN_WORDS = 3
#: Shared keys that match when one is a prefix of the other ("citizen" / "citizenship").
PREFIX_MATCH = 6
#: Negation cues that often negate something else in the clause, or ask for something
#: ("stop attacking"): never evidence of a stance.
STRAY_CUES = frozenset(
    {"without", "nothing", "nobody", "none", "instead of", "rather than", "stop", "stops"}
    | {"stopped", "stopping", "cease", "ceased", "halt", "halted"}
)
#: A negation cue this many words or fewer before the word it negates is about that word.
TIGHT_REACH = 4
#: The article's own event ("withdrawal") is denied from a little further: "no plans issued
#: to prepare to leave".
SALIENT_REACH = 6
#: A negated word this close after its cue is the predicate the cue negates.
PREDICATE_REACH = 3
#: Two figures further apart than this factor are not estimates of one quantity.
MAX_FIGURE_RATIO = 20
#: Endings of a verb, the predicate that a wide "neither … nor" clause negates ("helped").
_VERB_ENDINGS = ("ed", "ing")
#: Two statements both longer than this (in words) hold too many claims for a pair of
#: opposite words in them to be about one question.
MAX_ANTONYM_WORDS = 40
#: A claim this short (in words) names one question, however long the statement it meets.
SHORT_CLAIM_WORDS = 15
#: How much of the shorter statement's topic the two must share to be about one question.
MIN_COVERAGE = 0.4
#: Two statements sharing this much of the shorter one's words say nearly the same thing.
SAME_WORDS = 0.6
#: A rejection verb counts within this many words of the start of a statement.
VERB_WINDOW = 6
#: What a doubt verb governs stands within this many words after it ("the integrity of").
DOUBT_OBJECT_WORDS = 4
#: "more than 20 states" and "at least two states" can both be true.
_HEDGES = frozenset(
    {"more", "than", "least", "over", "nearly", "about", "almost", "up", "roughly", "some"}
    | {"around", "less", "fewer", "under", "approximately", "estimated", "between"}
)
_WORDS = re.compile(r"[a-z0-9]+(?:'(?!s\b)[a-z]+)?")


@dataclass(frozen=True, slots=True)
class Conflict:
    """Why two statements cannot both hold: ``first`` claims or affirms, ``second`` rejects,
    denies or differs. ``first_words``/``second_words`` are what to highlight in each."""

    first: str
    second: str
    kind: str
    shared: tuple[str, ...]
    flipped: tuple[str, ...]
    cues: tuple[str, ...]
    confidence: float
    first_words: tuple[str, ...] = ()
    second_words: tuple[str, ...] = ()
    #: what ``first`` stands by ("the party's actions") when it is a defence, "" otherwise
    defended: str = ""


@dataclass(frozen=True, slots=True)
class Profile:
    """One statement, read for disputes."""

    id: str
    text: str
    analysis: Analysis
    #: topic keys: word stems and event concepts, without words too common to mean anything
    topic: frozenset[str]
    #: lower-case words of the statement and of its cue
    words: frozenset[str]
    #: the rejection cue it holds ("" when none)
    rejection: str
    #: the claim noun it points back at with a determiner ("the charges"), "" when none
    claim_ref: str
    #: the sentence number, to find what "the charges" points back at
    sentence: int = 0
    #: the topic with the much-quoted names kept, and the keys of the statement's sentence
    #: when the statement is too short to say what it is about ("being asleep")
    context_topic: frozenset[str] = frozenset()
    #: name words of its source, lower case, to see that another statement names it
    source_words: frozenset[str] = frozenset()
    #: the key a doubt verb governs ("questioned Cruz's eligibility"), "" when none: the
    #: claim it answers must be about that
    doubted: str = ""
    #: name keys of its source when it speaks of its source ("Clinton said she has …")
    self_keys: frozenset[str] = frozenset()
    #: keys said only inside a condition ("if his candidate were to win in November"): what
    #: the statement supposes, not what it is about
    conditions: frozenset[str] = frozenset()
    #: the statement is asked or supposed, not said ("asked whether the deals required …",
    #: "so that the employers will not have to pay …"): it claims nothing to conflict with
    asked: bool = False
    #: whether it negates any word of its own (not of a claim it reports): without one on
    #: either side, two statements take no opposite stances (True when not worked out)
    negates: bool = True
    #: it speaks of its own source ("Clinton said she would back …"): a choice it names is
    #: its source's own
    about_source: bool = False


_PACKAGE = "briefing.disputes"


def data_lines(name: str) -> list[str]:
    """Lines of a word file in ``disputes/data``."""
    return _language_lines(name, _PACKAGE)


@cache
def _patterns(name: str) -> re.Pattern[str]:
    """The phrases of a data file as one pattern of whole words, longest first."""
    return _whole_words(line.lower() for line in data_lines(name))


def _whole_words(phrases: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile(r"(?<![a-z'])(?:" + "|".join(map(re.escape, ordered)) + r")(?![a-z])")


@cache
def weak_stems() -> frozenset[str]:
    """Stems of ``dispute_weak_words.txt``: too loose to make a shared topic."""
    return frozenset(stem(line.lower()) for line in data_lines("dispute_weak_words.txt"))


@cache
def _plain_cues() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("dispute_plain_cues.txt"))


@cache
def _not_claims() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("dispute_not_claims.txt"))


@cache
def _claim_nouns() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("dispute_claim_nouns.txt"))


@cache
def _claim_stems() -> frozenset[str]:
    return frozenset(stem(noun) for noun in _claim_nouns())


@cache
def representative_words() -> tuple[str, ...]:
    return tuple(line.lower() for line in data_lines("dispute_representatives.txt"))


@cache
def antonyms() -> dict[str, frozenset[str]]:
    """``antonyms.yaml`` and ``dispute_antonyms.yaml`` together, by stem (a synonym by the
    stem that stands for its group, as in a profile's keys)."""
    table = antonym_table((LANGUAGE, "antonyms.yaml"), (_PACKAGE, "dispute_antonyms.yaml"))
    merged: dict[str, set[str]] = {}
    for key, opposites in table.items():
        merged.setdefault(synonym(key), set()).update(synonym(o) for o in opposites)
    return {k: frozenset(v - {k}) for k, v in merged.items() if v - {k}}


@cache
def synonyms() -> dict[str, str]:
    """Stem → the stem of the first word of its group in ``dispute_synonyms.yaml``."""
    groups = yaml.safe_load(_language_text("dispute_synonyms.yaml", _PACKAGE))
    assert isinstance(groups, list)
    table: dict[str, str] = {}
    for group in groups:
        stems = [stem(str(word)) for word in group]
        table.update((other, stems[0]) for other in stems[1:] if other != stems[0])
    return table


def synonym(key: str) -> str:
    """The key that stands for ``key``'s group of synonyms (``key`` itself when none)."""
    return synonyms().get(key, key)


#: "was against the war", "are totally against it": "against" as the predicate is "oppose"
#: (a stop word elsewhere: "fight against", "voted against" say other things).
_BE_AGAINST = re.compile(
    r"\b(?:is|was|are|were|be|been|am|i'm|he's|she's|we're|they're|remain|remains|remained)"
    r"\s+(?:[a-z]+ly\s+)?(against)\b"
)
_OPPOSE = "oppose"


def _against_as_opposing(text: str, analysis: Analysis) -> None:
    lowered = text.lower()
    if "against" not in lowered:
        return  # most statements: spare the pattern
    found = _BE_AGAINST.search(lowered.replace("’", "'").replace('"', " ").replace("“", " "))
    key = stem(_OPPOSE)
    if found is not None and key not in analysis.keys:
        analysis.keys[key] = KeyUse(found.group(1), negated=False)


#: Endings that make a noun of another sense from an event's verb ("department", "payment").
_NOUN_ENDINGS = ("ment", "ments")


@cache
def _event_words() -> frozenset[str]:
    """The event phrases as written ("agreement"), to tell them from nouns that only stem
    like one ("department" stems as "depart")."""
    raw = yaml.safe_load(_language_text("events.yaml"))
    return frozenset(str(p).lower() for spec in raw.values() for p in spec["phrases"])


def _drop_derived_events(analysis: Analysis, words_of_text: list[Token]) -> None:
    """ "State departments of education" speak of no departure: an event met only through a
    noun made from its verb becomes that noun's own key."""
    events = lexicons().events
    for key, use in list(analysis.keys.items()):
        word = use.surface.lower()
        if key not in events or not word.endswith(_NOUN_ENDINGS):
            continue
        if word.removesuffix("s") in _event_words():
            continue
        one_word = {phrase[0] for phrase in events[key].phrases if len(phrase) == 1}
        if any(t.stem in one_word and not t.lower.endswith(_NOUN_ENDINGS) for t in words_of_text):
            continue  # the event is named too ("the department will leave")
        del analysis.keys[key]
        analysis.keys.setdefault(word.removesuffix("s"), use)


#: The key of deaths counted ("killed 100 fighters", "313 Kurds have been killed"): a toll,
#: another question than whether one person died ("claims she has been killed").
DEATH_TOLL = "@death-toll"
_DEATH = "@death"
#: How many words from a death word its count may stand ("killed more than a hundred",
#: "313 Kurds have been killed").
TOLL_REACH = 4
#: How many words before a death word "no sailors" may open ("no sailors were killed").
ZERO_REACH = 4
#: Words that count deaths without a figure ("nobody was killed", "dozens died").
_TOLL_WORDS = frozenset(
    {"nobody", "none", "dozens", "hundreds", "thousands", "scores", "hundred", "thousand"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
    | {"twelve", "twenty", "dozen"}
)
#: A figure before these counts time, not the dead ("killed two weeks ago").
_TIME_UNITS = frozenset(
    {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week"}
    | {"weeks", "month", "months", "year", "years", "decade", "decades", "ago"}
)


def _count_of_deaths(words_of_text: list[Token], analysis: Analysis) -> None:
    """ "Rehana has killed more than a hundred fighters" counts deaths: it meets "nobody was
    killed", not "claims she has been killed", which is one person's fate. A death the
    statement counts becomes ``DEATH_TOLL``."""
    use = analysis.keys.get(_DEATH)
    if use is None:
        return
    surface = use.surface.lower()
    at = next((n for n, t in enumerate(words_of_text) if t.lower == surface), -1)
    if at < 0:
        return
    first = max(0, at - TOLL_REACH)
    near = words_of_text[first : at + TOLL_REACH + 1]
    for n, token in enumerate(near, first):
        following = words_of_text[n + 1].lower if n + 1 < len(words_of_text) else ""
        if following in _TIME_UNITS:
            continue
        counted = token.lower in _TOLL_WORDS or (
            token.lower[:1].isdigit() and not _YEAR.fullmatch(token.lower)
        )
        # "no one died", "no sailors were killed": none is a count too (not "no reports
        # that she was killed", whose noun stands further back)
        zero = (
            token.lower == "no"
            and (following == "one" or following.endswith("s"))
            and n >= at - ZERO_REACH
        )
        if counted or zero:
            del analysis.keys[_DEATH]
            analysis.keys[DEATH_TOLL] = use
            return


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _merge_synonyms(analysis: Analysis) -> None:
    """ "this legislation" and "the bill" become one key, so that they count as shared. The
    first use of a group is kept; a second use with the other polarity makes it mixed."""
    table = synonyms()
    if not any(key in table for key in analysis.keys):
        return
    merged: dict[str, KeyUse] = {}
    for key, use in analysis.keys.items():
        target = table.get(key, key)
        held = merged.get(target)
        if held is None:
            merged[target] = use
        elif held.negated != use.negated:
            held.mixed = True
    analysis.keys = merged


_DETERMINERS = frozenset({"the", "those", "these", "that", "this", "his", "her", "their", "its"})
_NEGATORS = frozenset({"not", "no", "never", "isn't", "wasn't", "aren't", "weren't"})


def find_rejection(text: str, cue: str = "") -> str:
    """The rejection cue in a statement or its cue verb, "" when none.

    Words that call a claim untrue count anywhere ("… are lies"), unless negated ("not
    false"); a verb of rejection counts as the cue or near the start, and only with a claim
    for object ("denied the report", not "rejected a request").
    """
    lowered_cue = _plain(cue)
    lowered = _plain(text)
    whole = f"{lowered_cue} | {lowered}"
    for match in _patterns("dispute_rejections.txt").finditer(whole):
        phrase = match.group()
        if phrase.endswith(" wrong") and _judges_an_act(whole, match):
            continue
        if _points_inside(whole, match) or _names_a_kind(whole, match):
            continue
        if phrase.split()[0] in _NEGATORS or not _negated(whole, match.start(), REFUSAL_REACH):
            return phrase
    verbs = _verbs()
    in_cue = verbs.search(lowered_cue)
    if (
        in_cue is not None
        and not _acts(lowered.split()[:ACT_WORDS], denied=bool(_DENY.match(in_cue.group())))
        and not _suffered(lowered_cue, in_cue, lowered)
    ):
        return in_cue.group()
    for found in verbs.finditer(lowered):
        if len(lowered[: found.start()].split()) >= VERB_WINDOW:
            break
        if (
            not _negated(lowered, found.start())
            and not _acts(
                lowered[found.end() :].split()[:ACT_WORDS], denied=bool(_DENY.match(found.group()))
            )
            and not _suffered(lowered, found, lowered[found.end() :])
        ):
            return found.group()
    return ""


def _suffered(before: str, verb: re.Match[str], after: str) -> bool:
    """ "he is being denied the opportunity to appear", "was rejected for the job": a refusal
    its subject suffers, not a rejection of a claim; "was denied by the ministry" names who
    rejects."""
    previous = before[: verb.start()].split()[-1:]
    return (
        bool(previous)
        and previous[0] in _PASSIVE_AUXILIARIES
        and "by" not in after.split()[:PASSIVE_AGENT_WORDS]
    )


_PASSIVE_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting"}
)
#: How many words after a passive verb its agent ("by the ministry") may stand.
PASSIVE_AGENT_WORDS = 4


#: How far back a "not" negates a word that calls a claim untrue ("not going to get lied
#: about").
REFUSAL_REACH = 4


def _points_inside(whole: str, match: re.Match[str]) -> bool:
    """ "Most Americans are against this kind of nonsense": the word sums up what the speaker
    has just described in the same statement, not what another source claims."""
    before = whole[: match.start()].split()
    return len(before) >= INSIDE_WORDS and (
        " ".join(before[-2:]) in ("kind of", "sort of") or before[-1] in ("this", "such")
    )


def _names_a_kind(whole: str, match: re.Match[str]) -> bool:
    """ "prohibit perjury and false statements to Congress", "introduces some inaccurate
    statement", "misleading or false statements": an untruth word before a claim noun that no
    determiner ties to anyone names a kind of statement (an offence, a habit), not a claim of
    another source; "his false statements", "Trump's absurd and inaccurate claim" point."""
    if not _UNTRUE_WORD.fullmatch(match.group()):
        return False  # "previous misinterpreted statements" judges statements, names no kind
    # "'materially false' statements": a closing quotation mark is no word
    after = [w for w in whole[match.end() :].split()[: KIND_REACH + 1] if w.strip(_QUOTES)]
    after = after[:KIND_REACH]
    while after and (after[0] in ("or", "and") or _UNTRUE_WORD.fullmatch(after[0])):
        after = after[1:]
    if not after or stem(after[0].strip(".,;:!?" + _QUOTES)) not in _claim_stems():
        return False
    before = [
        w
        for w in whole[: match.start()].split()[-2 * KIND_REACH :]
        if not (w.endswith("ly") or w in ("or", "and") or _UNTRUE_WORD.fullmatch(w.strip(",")))
    ][-DETERMINER_REACH:]
    # "his false statements", "Trump's absurd and factually inaccurate claim": a determiner
    # at most one adjective back ("wildly", "misleading or" are skipped) ties it to someone.
    return not any(w in _DETERMINERS or w.endswith(("'s", "s'")) for w in before)


_QUOTES = "'’‘\"“”"
#: How many words after an untruth word its claim noun may stand ("misleading or false
#: statements").
KIND_REACH = 4
#: How many words (adverbs and "and" aside) before an untruth word its determiner may stand.
DETERMINER_REACH = 2
_UNTRUE_WORD = re.compile(
    r"false|untrue|inaccurate|incorrect|misleading|fabricated|baseless|unfounded|groundless"
)


def _denial_denied(text: str, cue: str) -> bool:
    """ "an attack whose terrorist nature cannot be denied": a denying word that is itself
    negated affirms."""
    plain = _plain(text)
    return (
        any(
            _negated(plain, m.start(), DENIAL_REACH)
            for m in re.finditer(rf"(?<![a-z']){re.escape(cue.lower())}(?![a-z])", plain)
        )
        and cue.lower() not in _NEGATORS
    )


#: How far back "cannot be denied" negates a denial.
DENIAL_REACH = 3


def _sums_up(text: str, cue: str) -> bool:
    """The denying word ``cue`` sums up the statement's own words ("this kind of nonsense")."""
    plain = _plain(text)
    return any(
        _points_inside(plain, m)
        for m in re.finditer(rf"(?<![a-z']){re.escape(cue.lower())}(?![a-z])", plain)
    )


#: Words a statement says before "this kind of nonsense" for it to sum them up.
INSIDE_WORDS = 6


def _judges_an_act(whole: str, match: re.Match[str]) -> bool:
    """ "it is wrong for Government to spend …", "Trump's actions were wrong": a moral
    judgement of a deed, not a rejection of what anyone said."""
    after = whole[match.end() :].split()[:2]
    if after and after[0] in ("for", "to"):
        # "it was wrong to say so" still rejects what was said
        return not (after[0] == "to" and after[1:] and after[1] in _plain_cues())
    before = whole[: match.start()].split()[-1:]
    return bool(before) and before[0].strip(".,;:") in _judged_acts()


@cache
def _judged_acts() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("dispute_judged_acts.txt"))


_QUOTE_MARKS = str.maketrans({"“": " ", "”": " ", '"': " ", "‘": " ", "’": "'"})


@cache
def _verbs() -> re.Pattern[str]:
    """Verbs of rejection and of doubt, as one pattern of whole words, longest first."""
    rejecting = {line.lower() for line in data_lines("dispute_rejection_verbs.txt")}
    return _whole_words(rejecting | doubt_verbs())


@cache
def doubt_verbs() -> frozenset[str]:
    """``dispute_doubt_verbs.txt``: rejections that reject only the thing they name."""
    return frozenset(line.lower() for line in data_lines("dispute_doubt_verbs.txt"))


def doubted_key(text: str, cue: str, verb: str) -> str:
    """The key of what a doubt verb governs ("questioned Cruz's eligibility" → eligibility):
    the first common word after it, skipping names and little words."""
    if verb not in doubt_verbs():
        return ""
    whole = f"{_plain(cue)} {_plain(text)}" if verb in _plain(cue) else _plain(text)
    at = whole.find(verb)
    generic = generic_stems() | weak_stems()
    original = {t.lower: t for t in tokenize(f"{cue} {text}")}
    for token in tokenize(whole[at + len(verb) :])[:DOUBT_OBJECT_WORDS]:
        written = original.get(token.lower)
        if token.content and token.stem not in generic and written and written.text.islower():
            return synonym(token.stem)
    return ""


def _called_untrue(text: str, rejection: str) -> str:
    """The key of what a rejecting word stands before ("the false video narrative" →
    video): that thing is untrue, and the claim it answers must be about it. "" when the
    word stands alone ("is false", "untrue but …") or before a claim noun ("false
    claims", which answer any linked claim)."""
    if rejection and rejection.split()[0] in _BE_FORMS:
        return _subject_called_untrue(text, rejection)
    if rejection in _FORGERY_WORDS and (forged := _forged_subject(text, rejection)):
        return forged
    if not rejection or " " in rejection or rejection in doubt_verbs() | _REJECTING_NOUNS:
        return ""
    claim_stems = {stem(noun) for noun in _claim_nouns()}
    for match in re.finditer(rf"(?<![a-z']){re.escape(rejection)}(?![a-z])", text.lower()):
        rated = _rated_as(text[: match.start()], claim_stems)
        if rated:
            return rated
        after = tokenize(text[match.end() :])[:1]
        if not after or text[match.end() : after[0].start + match.end()].strip():
            continue  # punctuation first: the word ends its phrase
        word = after[0]
        if word.content and word.text.islower() and word.stem not in claim_stems:
            return synonym(word.stem)
    return ""


_BE_FORMS = frozenset({"is", "are", "was", "were"})
#: Words after which a subject's head noun has been named ("the polls showing …", "the
#: polls of voters …", "the polls that …").
_SUBJECT_ENDS = frozenset({"of", "on", "in", "about", "for", "from", "that", "which", "who"})


def _subject_called_untrue(text: str, rejection: str) -> str:
    """ "the latest polls showing him second are wrong": the key of the thing a statement
    opens with and calls untrue (polls), which the claim it answers must be about; "" when
    the subject is a person ("Mr. Khan was wrong to say …"), a claim noun ("his stance is
    wrong") or no thing named with a determiner."""
    at = text.lower().find(rejection)
    tokens = tokenize(text[:at]) if at > 0 else []
    if not tokens or tokens[0].lower not in _DETERMINERS:
        return ""
    head: Token | None = None
    for token in tokens[1:]:
        if token.lower in _SUBJECT_ENDS or token.lower.endswith("ing"):
            break
        if token.content:
            head = token
    claim_stems = {stem(noun) for noun in _claim_nouns()}
    if head is None or not head.text.islower() or head.stem in claim_stems:
        return ""
    # its key as the statements hold it: "polls" is the election event
    return next(iter(analyze(head.text).keys), synonym(head.stem))


#: Words that call a thing forged, not its words untrue ("the tweet was a hoax").
_FORGERY_WORDS = frozenset({"hoax", "fabricated", "fabrication", "fake", "forged", "forgery"})
#: "was a hoax", "is completely fabricated", "were fake": the verb that makes a forgery word
#: the predicate of the statement's subject
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:(?:an?|all|just|simply|completely|totally|entirely)\s+)*$"
)
#: Claim nouns that name a document, which can be forged, rather than what was said: "the
#: letter was a fake" says nothing of what the letter says.
_DOCUMENTS = frozenset({"letter", "letters", "tweet", "tweets", "email", "emails"})


def _forged_subject(text: str, rejection: str) -> str:
    """ "A cryptic tweet, that was read as a comment on the charges against the mayor, was a
    hoax": the key of the thing a statement opens with and calls forged (tweet), which the
    claim it answers must be about; not the words of a clause that describes it. "" when the
    forgery word is no predicate of the subject, or the subject is what someone said ("the
    story was fabricated": the story's claims are what is rejected)."""
    plain = text.lower().replace("’", "'")
    verb = next(
        (
            found
            for m in re.finditer(rf"(?<![a-z']){re.escape(rejection)}(?![a-z])", plain)
            if (found := _PREDICATE.search(plain[: m.start()])) is not None
        ),
        None,
    )
    if verb is None:
        return ""
    tokens = tokenize(text[: verb.start()])
    if not tokens or tokens[0].lower not in _DETERMINERS | {"a", "an"}:
        return ""
    head: Token | None = None
    for token in tokens[1:]:
        if token.lower in _SUBJECT_ENDS or token.lower.endswith("ing"):
            break
        if head is not None and token.lower.endswith("ed"):
            break  # "a tweet posted on …": the participle opens what describes it
        if token.content:
            head = token
    if head is None or not head.text.islower():
        return ""
    said = {stem(noun) for noun in _claim_nouns() - _DOCUMENTS}
    if head.stem in said:
        return ""
    return synonym(head.stem)


def _rated_as(before: str, claim_stems: set[str]) -> str:
    """ "rated 32% of Republican claims as “false”": a rating of the things named before
    "as", whose key (the last word that is no claim noun) the claim rated must hold."""
    tokens = tokenize(before)
    if not tokens or tokens[-1].lower != "as":
        return ""
    for token in reversed(tokens[:-1]):
        if token.content and token.stem not in claim_stems and not token.lower[:1].isdigit():
            return synonym(token.stem)
    return ""


#: Rejecting words that name the untrue thing themselves: "a hoax perpetrated by China" is
#: the claim it answers, not something else.
_REJECTING_NOUNS = frozenset({"hoax", "nonsense", "fabrication"})


def _plain(text: str) -> str:
    """Lower case without quotation marks: "are “lies and conspiracy theories”" reads as
    "are lies and …"."""
    return " ".join(text.lower().translate(_QUOTE_MARKS).split())


def _negated(text: str, at: int, reach: int = 2) -> bool:
    """ "not false", "doesn't mean rejecting", "I'm not going to get lied about": a rejection
    cue that is itself negated (within ``reach`` words)."""
    before = text[:at].split()[-reach:]
    return any(w in _NEGATORS or w.endswith("n't") or w == "cannot" for w in before)


def _rejecting_cue(cue: str) -> str:
    """The cue itself, when it is a verb of rejection ("denied", "dismissed")."""
    found = _patterns("dispute_rejection_verbs.txt").search(_plain(cue)) if cue else None
    return cue if found is not None else ""


#: "deny" in any form: what it takes as a claim differs from "reject" ("rejected the plan" is a
#: decision; "denied the plan" says there is none)
_DENY = re.compile(r"(?:is |was |are |has |had )?den(?:y|ies|ied|ying)\b", re.IGNORECASE)
_DENIED_CLAIMS = frozenset({"plan", "plans"})


def _deny_all(analysis: Analysis, cue: str) -> None:
    for use in analysis.keys.values():
        if use.depth == 0 and not use.mixed:
            use.negated = not use.negated
            use.cue = cue if use.negated else ""
            use.reach = 0


def _acts(words: list[str], *, denied: bool = False) -> bool:
    """The object of a rejection is an act ("a request", "the motion"), not a claim, or a
    question ("questioned what kind of person …"): among its first words, or right after a
    name's possessive further on ("rejected Republican presidential candidate Donald Trump's
    offer to make an exception"). ``denied``: the cue is "deny", for which a plan is a claim
    ("denying their plans to segregate passengers" says there are none)."""
    if words and words[0] in _QUESTION_WORDS:
        return True
    acts = _not_claims() - _DENIED_CLAIMS if denied else _not_claims()
    if any(w.strip(".,;:'\"") in acts for w in words[:4]):
        return True
    if _withheld(words) or _refused_a_role(words):
        return True
    return any(
        owner.endswith(("'s", "’s", "s'")) and act.strip(".,;:'\"") in _not_claims()
        for owner, act in pairwise(words[:ACT_WORDS])
    )


#: How many opening words of a rejected thing may name it as someone's act.
ACT_WORDS = 8


def _withheld(words: list[str]) -> bool:
    """ "denying flu vaccines to immigrants in custody": a thing refused to people
    (``dispute_recipients.txt``) is withheld, not a claim rejected; "denied the claims to
    reporters" names a claim before its "to", and "denied ties to Russia" no people after it."""
    opening = [w.strip(".,;:'\"") for w in words[:WITHHELD_WORDS]]
    if "to" not in opening[1:]:
        return False
    at = opening.index("to", 1)
    if any(stem(w) in _claim_stems() for w in opening[:at]):
        return False
    after = " ".join(words[at + 1 : at + 4])
    # "to the prisoners", "to all children", but "to the poor" is one recipient
    bare = _RECIPIENT_DETERMINER.sub("", after)
    return any(_patterns("dispute_recipients.txt").match(x) for x in (after, bare))


def _refused_a_role(words: list[str]) -> bool:
    """ "rejected the Trump administration as a mediator if peace talks are revived": a party
    refused a role (``dispute_rejected_roles.txt``) is an act, not a claim rejected; "dismissed
    the report as a fabrication" names a claim before its "as"."""
    opening = " ".join(w.strip(".,;:'\"") for w in words[:ACT_WORDS])
    found = _AS_A.search(opening)
    if found is None or any(stem(w) in _claim_stems() for w in opening[: found.start()].split()):
        return False
    return bool(_patterns("dispute_rejected_roles.txt").match(opening, found.end()))


_AS_A = re.compile(r"\bas (?:an?|the|its|their|his|her) ")


#: How many opening words of a rejected thing its "to" (whom it is withheld from) may end.
WITHHELD_WORDS = 5
_RECIPIENT_DETERMINER = re.compile(r"^(?:the|their|those|all|many|some|its|his|her)\s+")


_QUESTION_WORDS = frozenset(
    {"what", "why", "who", "whether", "when", "where", "which", "if", "how"}
)


def _verdict_on_this(text: str) -> str:
    """ "this, too, was not the whole truth", "That's not true": a verdict whose subject is a
    bare "this" or "that" points back at what was said just before, as "the charges" does."""
    plain = _plain(text)
    found = _THIS_IS.match(plain)
    if found is None or not _patterns("dispute_rejections.txt").match(plain[found.end() :].strip()):
        return ""  # "denied that that was the case": the verdict is the cue's, on its clause
    return found.group(1)


_THIS_IS = re.compile(r"(this|that)(?:,? (?:too|also),?)? ?(?:is|was|'s)\b")


def _claim_ref(words: list[str]) -> str:
    nouns = _claim_nouns()
    for n, word in enumerate(words):
        if word in nouns and n > 0 and (words[n - 1] in _DETERMINERS or words[n - 1][-2:] == "'s"):
            return f"{words[n - 1]} {word}"
    return ""


def profile(
    statement_id: str,
    text: str,
    cue: str = "",
    context: str = "",
    sentence: int = 0,
    source_name: str = "",
    ignore: frozenset[str] = frozenset(),
    *,
    about_source: bool = False,
    asked: bool = False,
) -> Profile:
    """Read one statement; ``context`` is its sentence, used for the topic of a short one;
    ``ignore``: keys that say nothing about the question (the article's own speakers);
    ``about_source``: the statement speaks of its own source ("Clinton said she has …");
    ``asked``: the statement is a question or a supposition, not a claim."""
    words_of_text = tokenize(text)
    analysis = analyze(text, words_of_text)
    _drop_derived_events(analysis, words_of_text)
    _merge_synonyms(analysis)
    _count_of_deaths(words_of_text, analysis)
    _against_as_opposing(text, analysis)
    votes = _cast_by_voters(source_name, text)
    if votes:
        _vote_is_no_denial(analysis)
    rejecting_cue = "" if votes else _rejecting_cue(cue)
    # "rejected the notion that X": what is denied is spelt out, and only a claim of it
    # is answered (``_restates_notion``), not every word the statement holds.
    if _NOTION.match(_plain(text)):
        rejecting_cue = ""
    if rejecting_cue and not _acts(_plain(text).split()[:ACT_WORDS], denied=bool(_DENY.match(cue))):
        # "Petrosian denied owning the device": the statement is "owning the device", its
        # cue "denied". What the words affirm, the source denies.
        _deny_all(analysis, rejecting_cue)
    generic = generic_stems() | weak_stems() | ignore
    topic = {k for k in analysis.keys if k not in generic and not k[:1].isdigit()}
    topic |= _compounds(words_of_text)
    if cue:
        plain = _plain_cues()
        topic |= {t.stem for t in tokenize(cue) if t.content and t.lower not in plain} - generic
    # Opposite words need the thing they are said of, people included ("Patriot was destined
    # to fail" / "Patriot Coal was highly successful"): the ignored names stay here.
    context_topic = topic | {k for k in ignore if k in analysis.keys}
    if len(topic) < SHORT_STATEMENT_KEYS and context:
        # "accusing her of being asleep": what she slept through is in the sentence; who
        # speaks is not ("the New Jersey governor told reporters, 'it starts to pay off'").
        speaker_keys = {t.stem for t in tokenize(source_name)}
        context_topic |= {synonym(k) for k in _keys_of(context) if k not in generic | speaker_keys}
    # "Clinton said she has the steadiness" is about Clinton: opposite words said of her
    # ("She's very unstable") meet it through her name.
    self_keys = (
        frozenset(t.stem for t in tokenize(source_name) if t.content) - _NAME_STEMS
        if about_source
        else frozenset()
    )
    words = _WORDS.findall(f"{cue} {text}".lower().replace("’", "'"))
    source_words = frozenset(
        w for w in _WORDS.findall(source_name.lower()) if len(w) > 2 and w not in _NOT_NAMES
    )
    rejection = find_rejection(text, cue)
    if votes and _verbs().fullmatch(rejection):
        rejection = ""  # "black voters rejected the senator": a vote, not an answer
    return Profile(
        statement_id,
        text,
        analysis,
        frozenset(topic),
        frozenset(words),
        rejection,
        _claim_ref(words) or _verdict_on_this(text),
        sentence,
        frozenset(context_topic),
        source_words,
        doubted_key(text, cue, rejection) or _called_untrue(text, rejection),
        self_keys,
        _condition_keys(text, analysis),
        asked or _asks(text, cue) or _headline(text, cue),
        any(use.negated and not use.mixed and use.depth == 0 for use in analysis.keys.values()),
        about_source,
    )


def _cast_by_voters(source_name: str, text: str) -> bool:
    """ "Black voters rejected the self-described democratic socialist", "polls show voters
    resoundingly rejecting Mr. Trump": voters who reject a candidate or a plan vote; they
    answer no source's claim. The source is voters, or voters open the statement."""
    source = _WORDS.findall(source_name.lower())[-1:]
    opening = _WORDS.findall(text.lower())[:VOTER_REACH]
    return (bool(source) and source[0] in _VOTERS) or any(w in _VOTERS for w in opening)


def _vote_is_no_denial(analysis: Analysis) -> None:
    """What voters reject they vote against: it is no denial of what another source says."""
    verbs = _verbs()
    for use in analysis.keys.values():
        if use.negated and verbs.fullmatch(use.cue.lower()):
            use.negated, use.cue = False, ""


#: How many opening words of a statement may name the voters who reject ("coast voters
#: firmly rejecting").
VOTER_REACH = 3
_VOTERS = frozenset({"voter", "voters", "electorate", "electors"})


@lru_cache(maxsize=256)
def _keys_of(sentence: str) -> tuple[str, ...]:
    """The keys of a statement's sentence, remembered: the short statements of one sentence
    ("X said A, adding B") all read it."""
    return tuple(analyze(sentence).keys)


_NOT_NAMES = frozenset(
    {"the", "and", "of", "for", "his", "her", "its", "their", "an", "a"}
    | {"officials", "official", "spokesman", "spokeswoman", "sources", "campaign", "group"}
    | {"groups", "rival", "former", "president", "senator", "mr", "mrs", "ms"}
)


_NAME_STEMS = frozenset(stem(word) for word in _NOT_NAMES)
#: "if …" or "unless …" up to the end of its clause
_CONDITION = re.compile(r"\b(?:if|unless|(?:as|so) long as)\b[^,;:.!?—–()\"“”]*", re.IGNORECASE)


def _asks(text: str, cue: str) -> bool:
    """ "Lawmakers asked whether the deals required …": a reported question, which claims
    nothing either way."""
    words = _plain(text).split()[:1]
    if (words and words[0] == "whether") or _plain(cue) in _TOPIC_CUES:
        return True
    return bool(words) and words[0] in _QUESTION_WORDS and _plain(cue) in _ASKING_CUES


def _headline(text: str, cue: str = "") -> bool:
    """ "Bias When It Comes To ‘Fact-Checking’ Republicans": a headline's Title Case, which
    announces the story rather than states one source's claim. Names are capitalised in any
    sentence ("White got the Britannia Award"); little words only in a headline. So is a
    line of capitalised words only, with a little word or a capitalised verb for cue ("This
    Panel Just Dismissed Bernie Sanders’ Wall Street Tax Plan", "Clinton Email Story Has
    Moved")."""
    words = re.findall(r"[A-Za-z]+", text)
    if sum(w in _TITLE_WORDS for w in words[1:]) >= HEADLINE_WORDS:
        return True
    words = [w for w in words if len(w) > 1]  # not the "s" of "Ruiz’s"
    if len(words) < TITLE_CASE_WORDS or not all(w[0].isupper() for w in words):
        return False
    cue_words = re.findall(r"[A-Za-z]+", cue)
    capitalised_cue = bool(cue_words) and all(w[0].isupper() for w in cue_words)
    return capitalised_cue or any(w in _TITLE_WORDS for w in words[1:])


#: Little words that only a headline's Title Case capitalises inside a line.
_TITLE_WORDS = frozenset(
    {"When", "It", "To", "Of", "And", "For", "In", "On", "Is", "Are", "With", "Over", "After"}
    | {"But", "Its", "As", "At", "By", "From", "Up", "Out", "Not", "Be", "Was", "Has", "Have"}
    | {"Will", "Can", "Into", "Than", "About", "Who", "What", "How", "Why", "Comes", "Gets"}
)
#: A statement with this many of them inside is a headline.
HEADLINE_WORDS = 2
#: A line of capitalised words this long or longer may be a headline (a name is shorter).
TITLE_CASE_WORDS = 4


#: Cues that name what a source spoke about, not what it claims ("outlined their positions
#: on education").
_TOPIC_CUES = frozenset({"outlined", "discussed", "addressed", "laid out", "touched on"})
_ASKING_CUES = frozenset({"asked", "asks", "ask", "wondered", "wonders", "wanted to know"})


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_MAYBE = re.compile(
    r"\b(?:could|might|may)\b.*\b(?:if|unless)\b|\b(?:if|unless)\b.*\b(?:could|might|may)\b",
    re.IGNORECASE,
)


def _maybe(text: str) -> bool:
    """ "could be a failure if Trump can't rally …": a possibility on a condition, which
    no other statement's plain words contradict."""
    return _MAYBE.search(text) is not None


def _condition_keys(text: str, analysis: Analysis) -> frozenset[str]:
    """Keys of ``analysis`` that stand only inside "if …" clauses of ``text``."""
    clauses = _CONDITION.findall(text)
    if not clauses:
        return frozenset()
    supposed = {synonym(k) for clause in clauses for k in analyze(clause).keys}
    asserted = {synonym(k) for k in analyze(_CONDITION.sub(" ", text)).keys}
    return frozenset(k for k in supposed - asserted if k in analysis.keys)


def _compounds(words_of_text: list[Token]) -> set[str]:
    """ "sleep walking" and "sleepwalking" are one word: adjacent words joined, as stems."""
    tokens = [t for t in words_of_text if t.lower.isalpha()]
    return {
        stem(a.lower + b.lower)
        for a, b in pairwise(tokens)
        if a.content and b.content and len(a.lower) > 3 and len(b.lower) > 3
    }


@lru_cache(maxsize=1 << 14)
def shared_keys(a: frozenset[str], b: frozenset[str]) -> tuple[str, ...]:
    """Keys both hold, counting "citizen" / "citizenship" and "russia" / "russian" as one
    (remembered: every finder of a pair asks, and the reader asks again)."""
    shared = set(a & b)
    by_prefix = _by_prefix(b)
    if by_prefix:
        for x in _by_prefix(a).get("", ()):
            if x in b:
                continue
            for y in by_prefix.get(x[:PREFIX_MATCH], ()):
                if y not in a and (x.startswith(y) or y.startswith(x)):
                    shared.add(min(x, y, key=len))
    return tuple(sorted(shared))


@lru_cache(maxsize=1 << 12)
def _by_prefix(keys: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The keys that may match by prefix, by their first letters, and all of them under "":
    made once per statement, not once per pair it is in."""
    index: dict[str, list[str]] = {}
    for key in keys:
        if len(key) >= PREFIX_MATCH and key[0] != "@":
            index.setdefault(key[:PREFIX_MATCH], []).append(key)
            index.setdefault("", []).append(key)
    return {prefix: tuple(found) for prefix, found in index.items()}


def _denied_as_said_of_it(claim: Profile, rejection: Profile, shared: Sequence[str]) -> bool:
    """The claim is about who rejects it, and the rejection names it as a claim ("Saudia will
    introduce gender-segregated flights" against "a manager for the airline is denying their
    plans to segregate passengers"; "rumour … Hefner has gone" against Hefner's "the rumours
    were greatly exaggerated"): one word in common, or that claim noun, is topic enough."""
    if not rejection.source_words & claim.words:
        return False
    # "dismissed critics who …" or "denied being part of any cover-up" answer a person or an
    # act, not what another source says of the one denying.
    opening = [w.strip(".,;:'\"") for w in _plain(rejection.text).split()[:CLAIM_NOUN_WORDS]]
    nouns = _claim_nouns() | (_DENIED_CLAIMS if _DENY.match(rejection.rejection) else frozenset())
    named = [w for w in opening if w in nouns]
    if not named:
        return False
    about = [k for k in shared if k not in _claim_stems()]
    # A claim noun elsewhere ("denied the allegations in a statement") is no link.
    return bool(about) or any(stem(w) in shared for w in named)


def _names(claim: Profile, rejection: Profile) -> bool:
    """The rejecting statement names the claim's source ("dismissed Boase's claims"), not
    only as whom the rejected words were about ("dismissed criticism of his comments about
    Ms. Khan": the criticism is not Khan's)."""
    named = claim.source_words & rejection.words
    if not named:
        return False
    tokens = _WORDS.findall(rejection.text.lower())
    if not any(w in named for w in tokens):
        return True  # named in the cue's words, not in what is rejected
    # A source named by a common noun ("Factory workers", "a group of teachers") is not named
    # by that noun in lower case: "workers would be 'released'" says nothing of who spoke.
    # A document is ("the report" and "the AP report is misleading").
    capitalised = {w.lower() for w in _CAPITALISED.findall(rejection.text.replace("’", "'"))}
    capitalised |= _claim_nouns()
    for at, word in enumerate(tokens):
        if word not in named or word not in capitalised:
            continue
        before = [t for t in tokens[max(0, at - 3) : at] if t not in _TITLES]
        if not before or before[-1] not in _ABOUT:
            return True
    return False


_CAPITALISED = re.compile(r"\b[A-Z][a-z0-9]+(?:'(?!s\b)[a-z]+)?")
#: Words that make the name after them what something is about, not who said it.
_ABOUT = frozenset({"about", "against", "toward", "towards", "regarding", "concerning"})
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator"})


_NAME_AFTER_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.? ([A-Z][\w-]+)")


def _names_someone_else(claim: Profile, rejection: Profile) -> bool:
    """ "dismissed the criticism as the voice of Mr. Tribe's client": the criticism is Mr.
    Tribe's, so it does not point back at the claim of whoever spoke just before."""
    named = {m.lower() for m in _NAME_AFTER_TITLE.findall(rejection.text)}
    # "he believed Fields had fabricated the story": the story is Fields's, whoever spoke
    # just before.
    if rejection.rejection:
        named |= {m.lower() for m in _agents_of(rejection.text, rejection.rejection)}
    return bool(named) and not named & claim.source_words


def _agents_of(text: str, cue: str) -> list[str]:
    """The names said to do what ``cue`` calls untrue ("Fields had fabricated", "Ruiz lied")."""
    return re.findall(
        rf"\b([A-Z][\w’'-]+)(?:’s|'s)?\s+(?:(?:had|has|have|was|is)\s+)?{re.escape(cue)}\b",
        text,
    )


def _claim_of_someone_else(claim: Profile, rejection: Profile) -> bool:
    """ "Kurdish resistance had denied the ISIS claims that …": the claims denied are the
    ones their owner made, so they answer that owner's statements, not every statement on
    the subject (a journalist calling it "all ISIS propaganda" agrees)."""
    cue = rejection.rejection
    if not cue:
        return False
    owners: set[str] = set()
    for found in re.finditer(
        rf"\b{re.escape(cue)}\s+(?:the\s+)?((?:[A-Z][\w.-]*\s+){{1,3}}?)?"
        rf"([A-Z][\w.-]*)(?:’s|'s)?\s+(\w+)",
        rejection.text,
    ):
        if found.group(3).lower() in _claim_nouns():
            owners |= {w.lower() for w in f"{found.group(1) or ''} {found.group(2)}".split()}
    return bool(owners) and not owners & claim.source_words


def rejection_conflict(
    claim: Profile,
    rejection: Profile,
    *,
    adjacent: bool = False,
    salient: frozenset[str] = frozenset(),
) -> Conflict | None:
    """``rejection`` rejects what ``claim`` says; ``adjacent`` when the claim is the nearest
    statement of another source before it, for "the charges" to point back at; ``salient``:
    events the article is about, one of which is topic enough."""
    if not rejection.rejection:
        return None
    if not _about_the_owner(claim, rejection):
        return None
    if _claim_of_someone_else(claim, rejection):
        return None
    if _denied_by_its_source(claim, rejection):
        return None
    # "claims" and "allegations" say nothing of which claim: "allegations include claims that
    # a video was copied" and "they claimed the bombings were a hoax" are about two.
    shared = shared_keys(claim.topic, rejection.topic)
    doubts = rejection.rejection in doubt_verbs() or rejection.doubted
    if doubts and rejection.doubted not in claim.topic:
        return None  # it doubts (or calls untrue) something else than what the claim says
    if claim.rejection and not _names(claim, rejection):
        return None  # two rejections of the same thing agree
    if not _names(claim, rejection) and not _restates_notion(claim, rejection, salient):
        return None  # "rejected the notion that X" answers a claim of X
    # A "claim" that itself denies what the two share ("Neither the president nor …", "no
    # decision to leave") agrees with the rejection.
    for key in shared:
        use = claim.analysis.keys.get(key)
        if use is not None and use.negated and (use.reach <= PREDICATE_REACH or key[0] == "@"):
            return None
    named = _names(claim, rejection)
    if not named and _negative(claim):
        return None  # "the cause has not been determined" agrees with "no evidence yet"
    own = [k for k in shared if k in claim.analysis.keys]
    if not named and own and _opposes(claim, own):
        return None  # "vows to trash bad trade deals" agrees with "will reject bad trade deals"
    # Two shared names ("Claes", "NATO") say who, not what: one shared word must be common.
    common = any(_is_common(claim, k) or _is_common(rejection, k) for k in shared)
    # "claims" and "allegations" say nothing of which claim: "allegations include claims that
    # a video was copied" and "they claimed the bombings were a hoax" are about two.
    about = [k for k in shared if k not in _claim_stems()]
    # The article's event alone links a rejection that says little else ("That's not what's
    # happening") or names it as what it rejects ("no evidence yet that it was an act of
    # terrorism"); a long one that names it elsewhere ("denied waterboarding is torture, …
    # organ failure or death") rejects something else than every statement naming the event,
    # and a claim that only supposes the event ("he might leave if Sanders isn't elected")
    # claims nothing about it.
    lone_event = (
        len(shared) >= 2
        or (len(rejection.text.split()) <= SHORT_CLAIM_WORDS and not _says_more(rejection, shared))
        or _rejects_event(rejection, [k for k in shared if k in salient])
    )
    defends = _defends(claim)
    linked = (
        (len(shared) >= 2 and common and bool(about))
        or (len(shared) >= 1 and named)
        or (adjacent and bool(rejection.claim_ref) and not _names_someone_else(claim, rejection))
        or (lone_event and any(k in salient and k not in claim.conditions for k in shared))
        or (len(shared) >= 1 and common and defends)
        or (common and _denied_as_said_of_it(claim, rejection, shared))
    )
    if not linked:
        return None
    if not named and _rejects_its_own_words(rejection):
        return None
    confidence = 0.6 + 0.1 * min(len(shared), 2) + (0.1 if named else 0.0)
    surfaces_a = _surfaces(claim, shared)
    surfaces_b = _surfaces(rejection, shared)
    cue_words = tuple(w for w in (rejection.rejection, rejection.claim_ref) if w)
    return Conflict(
        claim.id,
        rejection.id,
        "rejection",
        tuple(shared),
        tuple(shared[:1]),
        (rejection.rejection,),
        round(min(confidence, 0.95), 2),
        surfaces_a,
        cue_words + surfaces_b,
        claim.text if defends else "",
    )


def _says_more(rejection: Profile, shared: Sequence[str]) -> bool:
    """ "denied it represented a failure of early reliance on air strikes": a short rejection
    that says much besides the event it shares (a failure, a reliance) rejects that, not every
    statement naming the strikes; "That's not what's happening" says little else."""
    own = {k for k in rejection.topic if k not in shared and k[0] != "@"}
    return len(own) > SHORT_REJECTION_KEYS


#: Words of its own (stems, compounds counted) a short rejection may say besides the event.
SHORT_REJECTION_KEYS = 3


def _denied_by_its_source(claim: Profile, rejection: Profile) -> bool:
    """ "since his surge announcement, Obama denied it represented a failure": the rejecting
    statement names who denies, right before its verb of rejection, and that is the claim's
    own source (whatever speaker the statement was given to). "Fields had fabricated the
    story" names whom an untruth word accuses, not who denies."""
    if not _verbs().fullmatch(rejection.rejection):
        return False
    deniers = {w.lower() for w in _agents_of(rejection.text, rejection.rejection)}
    return bool(deniers & claim.source_words)


def _about_the_owner(claim: Profile, rejection: Profile) -> bool:
    """ "WikiLeaks has denied its ties to Russia": what is denied is the denier's own (its
    ties, his role), so only a claim naming the denier answers it, and one that names what the
    tie or role is to or in ("Russia") when the denial says so. A claim of Russian meddling in
    the election that never names WikiLeaks, or one that names WikiLeaks but not Russia, is
    about something else. "denied her allegations" is no such thing: the allegations are
    another's; nor is "his campaign misinterpreted a report", where the possessive opens a
    clause of its own rather than the object of the denying cue."""
    plain = _plain(rejection.text)
    words = plain.split()
    if len(words) < 2 or words[0] not in _OWNERS or words[1] in _claim_nouns():
        return True
    if re.search(rf"\b{re.escape(rejection.rejection)}\b", plain):
        return True  # "his campaign had misinterpreted a report": the cue is no denial of it
    if not rejection.source_words & claim.words:
        return False
    owned = _OWNED_END.split(" ".join(words[1:]), maxsplit=1)[0].split()
    generic = generic_stems() | weak_stems()
    named = {synonym(k) for k in analyze(" ".join(owned[1:])).keys} - generic
    named -= {synonym(k) for k in analyze(" ".join(rejection.source_words)).keys}
    return not named or bool(named & (claim.topic | claim.context_topic))


#: Possessives that open a denied thing its denier owns ("denied its ties to Russia").
_OWNERS = frozenset({"its", "his", "her", "their"})
#: Where the owned thing ends: "its ties to Russia, and ever since …".
_OWNED_END = re.compile(r"\s*(?:[,;:()]|\s[-–—]\s|\b(?:and|but|or|that|which|because)\b)")


def _defends(claim: Profile) -> bool:
    """ "defended the party's actions": a short statement whose cue stands by what it names
    claims that deed was right, so one shared word links it to a source calling it
    misleading ("an attempt to mislead voters … misleading for a serious political party")."""
    if len(claim.text.split()) > DEFENDED_WORDS:
        return False
    cue_words = claim.words - set(_WORDS.findall(_plain(claim.text)))
    return any(set(phrase.split()) <= cue_words for phrase in _defending_verbs())


#: How many words a defended deed ("the party's actions") may have: a longer statement says
#: more than what it defends.
DEFENDED_WORDS = 6


@cache
def _defending_verbs() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("dispute_defending_verbs.txt"))


def _rejects_event(rejection: Profile, events: list[str]) -> bool:
    """One of ``events`` is named within ``EVENT_REACH`` words of the rejection cue (of the
    statement's start when the cue is its verb): "too early to tell whether the explosion was
    caused by a bomb, and there was no evidence yet …" rejects the bomb."""
    plain = _plain(rejection.text)
    at = plain.find(rejection.rejection)
    start = len(plain[:at].split()) if at >= 0 else 0
    cue_words = len(rejection.rejection.split()) if at >= 0 else 0
    window = " ".join(plain.split()[max(0, start - EVENT_REACH) : start + cue_words + EVENT_REACH])
    named = {synonym(k) for k in analyze(window).keys}
    return any(k in named for k in events)


#: How many words either side of a rejection cue the event it rejects is looked for.
EVENT_REACH = 6


def _rejects_its_own_words(rejection: Profile) -> bool:
    """A long statement whose untruth word comes late rejects what it has itself described
    ("There's this myth out there, … that she's gonna be tough … That's not the case", "the
    extreme right wing has demonized … the federal workforce. That is wrong"), not a claim of
    another source that it does not name."""
    plain = _plain(rejection.text)
    if len(plain.split()) <= LONG_REJECTION_WORDS:
        return False
    at = plain.find(rejection.rejection)
    return at >= 0 and len(plain[:at].split()) > LATE_REJECTION_WORDS


#: A rejecting statement longer than this (in words) holds more than its answer …
LONG_REJECTION_WORDS = 40
#: … and an untruth word after this many of its words answers what it has said itself.
LATE_REJECTION_WORDS = 20


def _restates_notion(
    claim: Profile, rejection: Profile, salient: frozenset[str] = frozenset()
) -> bool:
    """ "rejected the notion that the campaign is calling her corrupt": the rejected thing is
    spelt out, and a claim it answers says most of it (two words or more, and at least
    ``SAME_WORDS`` of the words of the shorter of the two), not only some of its words ("the
    campaign", "secretary of state"). So are "dismissed reports that talks had stalled",
    "found no evidence that the document was sent" and "denying claims of plagiarism, …",
    up to the end of their clause; the article's own event (``salient``) in both is enough
    ("no evidence yet that it was an act of terrorism" / "a bomb went off"). True when the
    rejection spells out no notion."""
    plain = _plain(rejection.text)
    found = _NOTION.search(plain)
    if found is not None:
        spelt = plain[found.end() :]
    else:
        spelt = _spelt_out(plain)
        if not spelt:
            return True
    generic = generic_stems() | weak_stems()
    notion = {synonym(k) for k in analyze(spelt).keys} - generic
    said = {k for k in claim.analysis.keys if k in claim.topic and k not in generic}
    if not notion or not said:
        return False
    if notion & said & salient:
        return True
    shared = len(notion & said)
    # one shared word is no restatement ("vote" / "casting a ballot makes a difference")
    return shared >= 2 and shared >= SAME_WORDS * min(len(notion), len(said))


_NOTION = re.compile(
    r"\b(?:the|this|that|any) (?:notion|idea|suggestion|view|premise|contention)"
    # an aside may stand before "that": "the suggestion - unfounded, I think - that the city
    # sat on the tape"
    r"(?: [-–—] [^-–—]{1,60} [-–—]|, [^,]{1,40},)? that\b"
)


def _spelt_out(plain: str) -> str:
    """What a rejection spells out as its object, to the end of the clause: "reports that
    talks had stalled due to a clause", "no evidence that the document was ever sent", "claims
    of plagiarism" (from "claims of plagiarism, 721 delegates cast …"); "" when it names no
    such object ("denied the report", "rejected the allegation")."""
    found = _NO_EVIDENCE_THAT.search(plain)
    if found is None:
        found = _reports_that().match(plain)
    if found is None:
        return ""
    return _CLAUSE_END.split(plain[found.end() :], maxsplit=1)[0]


#: "no evidence that …", "no evidence of …", wherever the statement says it
_NO_EVIDENCE_THAT = re.compile(r"\bno evidence (?:that|of)\b")


@cache
def _reports_that() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, _claim_nouns() | _CONCERNS), key=len, reverse=True))
    accusing = "|".join(sorted(map(re.escape, _ACCUSING), key=len, reverse=True))
    # at the opening of the rejected words, after at most three words ("a report in Politico
    # that", "Bernie Sanders' accusations that", "claims of plagiarism")
    return re.compile(
        r"(?:[\w.'-]+\s+){0,3}?"
        rf"(?:(?:{nouns})(?:\s+(?:in|from|by)(?:\s+[\w.'-]+){{1,3}}?)?\s+that"
        rf"|(?:{accusing})\s+of)\b"
    )


#: Words for worries that a rejection may spell out ("dismissed concerns that …").
_CONCERNS = frozenset({"concern", "concerns", "speculation", "fears"})
#: Claim nouns whose "of" names what is claimed ("claims of plagiarism", not "story of").
_ACCUSING = frozenset(
    {"claim", "claims", "accusation", "accusations", "allegation", "allegations", "charges"}
    | {"report", "reports", "criticism", "critique", "suggestions"}
)
#: Where a spelt-out object ends: "claims of plagiarism, 721 delegates …", "… inquiry - only
#: that she knew".
_CLAUSE_END = re.compile(r"\s*(?:[,;:()\[\]]|\s[-–—]\s|--|\bbut\b)")


#: a rule that nothing be done: "no changes of any kind should be made"
_NO_X_SHOULD_BE = re.compile(r"\bno\b[^.;:]{0,40}?\b(?:should|must) (?:ever )?be\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:should|must|ought|would|could|may|might)\b", re.IGNORECASE)


def stance_conflict(
    a: Profile, b: Profile, salient: frozenset[str] = frozenset()
) -> Conflict | None:
    """Opposite polarity on the same predicate: what one negates, the other affirms.

    The negation must sit right before a word the two share ("will not be attending the
    debate" / "will attend the debate"), and the two must be mostly about the same thing: a
    "not" elsewhere in a long sentence is no stance on this question.
    """
    if not a.negates and not b.negates:
        return None  # neither denies anything: most pairs
    shared = shared_keys(a.topic, b.topic)
    flipped = []
    for k in shared:
        if k not in a.analysis.keys or k not in b.analysis.keys:
            continue
        # each side's stance asked once (this runs for every candidate pair)
        held_a = _polarity(a.analysis, k)
        if held_a is None:
            continue
        held_b = _polarity(b.analysis, k)
        if held_b is not None and held_a != held_b:
            flipped.append(k)
    # "free to disclose his returns even if they are being audited" supposes the audit; it
    # takes no stance on it.
    flipped = [k for k in flipped if k not in a.conditions and k not in b.conditions]
    # "no longer a billionaire": "longer" is the negation's, not a word of the claim.
    flipped = [
        k
        for k in flipped
        if "longer" not in (a.analysis.keys[k].surface.lower(), b.analysis.keys[k].surface.lower())
    ]
    # "Bernie supporters" / "would not support Bernie": people who do something are no
    # claim that it is done.
    flipped = [
        k
        for k in flipped
        if _agent_noun(a.analysis.keys[k].surface) == _agent_noun(b.analysis.keys[k].surface)
    ]
    if not flipped:
        return None
    affirms_a = _polarity(a.analysis, flipped[0]) is True
    pos, neg = (a, b) if affirms_a else (b, a)
    if _claim_of_someone_else(pos, neg):
        return None  # "had denied the ISIS claims": only what ISIS says is denied
    if _NO_X_SHOULD_BE.search(neg.text) and not _MODAL.search(pos.text):
        # "no changes of any kind should be made outside test conditions" / "pupils had
        # changed answers outside exam conditions": a rule that nothing be done is broken by
        # the deed, not answered by it
        return None
    # Every flipped key must be negated on the same side, by a cue that is no stray one.
    if any(_polarity(neg.analysis, k) is not False for k in flipped):
        return None
    cues = tuple(dict.fromkeys(neg.analysis.keys[k].cue for k in flipped))
    if any(
        c.lower() in STRAY_CUES or _sums_up(neg.text, c) or _denial_denied(neg.text, c)
        for c in cues
    ):
        return None
    events = [k for k in flipped if k.startswith("@")]
    words = [k for k in flipped if not k.startswith("@") and _is_common(a, k)]
    # The negation bears on the shared predicate: right before it ("did not support Trump"),
    # an event a few words on ("no decision to leave"), or a whole "neither … nor" clause.
    tight = (
        any(
            neg.analysis.keys[k].reach <= (SALIENT_REACH if k in salient else TIGHT_REACH)
            for k in events
        )
        or any(
            neg.analysis.keys[k].reach <= PREDICATE_REACH and _heads(neg.analysis, k) for k in words
        )
        or (
            any(c.lower() in ("neither", "nor") for c in cues)
            and any(neg.analysis.keys[k].surface.lower().endswith(_VERB_ENDINGS) for k in words)
        )
    )
    # "declined the Britannia Award" / "got the Britannia Award", "non-UK" / "in the UK": a
    # verb of refusal or a "non-" negates the names it governs, in two near-identical claims.
    verbal = lexicons().passive_cues
    refused = all(c.lower() in verbal or c.lower() == "non-" for c in cues)
    if refused and _coverage(a, b, shared) >= SAME_WORDS:
        tight = tight or any(neg.analysis.keys[k].reach <= PREDICATE_REACH for k in flipped)
        words = words or flipped
    if not tight or _coverage(a, b, shared) < MIN_COVERAGE:
        return None
    if events:
        strong = len(shared) >= 2 or any(e in salient for e in events)
    else:
        # One flipped word is most often a modifier ("isn't tax reform" / "a tax increase"),
        # unless the two say nearly the same words ("was not able to feed herself").
        strong = len(words) >= 2 or (
            len(words) == 1 and len(shared) >= 2 and _coverage(a, b, shared) >= SAME_WORDS
        )
    if not strong or _not_a_denial(pos, neg, flipped) or _negative(pos):
        return None
    if _calls_reported_untrue(pos):
        return None  # "rumours that they had used rubber bullets were 'totally untrue'"
    if neg.rejection and not _restates_notion(pos, neg, salient):
        # "denying claims of plagiarism, 721 delegates cast …", "Rubio's claim that Cruz is in
        # favor of legalizing illegal immigrants is not true": what is denied is spelt out,
        # and a statement that does not say it is not what is denied.
        return None
    if _own_choices(pos, neg, flipped):
        return None
    if _opposes(pos, flipped):
        return None  # "candidates oppose boots on the ground" agrees with "no boots"
    if _dreads(pos, flipped) or _dreads(neg, flipped):
        # fearing what the other denies agrees with it; fearing that what the other affirms
        # will not happen ("fears the generals will not honor the results") hopes for it
        return None
    confidence = 0.6 + 0.1 * min(len(flipped), 2) + (0.1 if events else 0.0)
    return Conflict(
        pos.id,
        neg.id,
        "stance",
        tuple(shared),
        tuple(flipped),
        cues,
        round(min(confidence, 0.95), 2),
        _surfaces(pos, flipped),
        tuple(c for c in cues if c) + _surfaces(neg, flipped),
    )


def _not_a_denial(pos: Profile, neg: Profile, flipped: list[str]) -> bool:
    """The "not" before the shared word denies no claim of the other: "He better not be
    dead" wishes; "his interjection that not paying taxes made him smart" names a deed
    (a gerund after no verb of being); "the attackers were not using encryption" denies a
    use of something else than "they are using websites" (the word it negates first is
    followed by another object than the other statement names)."""
    head = min(
        (k for k in flipped if k[0] != "@"), key=lambda k: neg.analysis.keys[k].reach, default=""
    )
    for key in flipped:
        use = neg.analysis.keys[key]
        if not use.cue:
            continue
        cue = re.escape(use.cue.lower())
        if re.search(rf"\bbetter\s+{cue}\b", neg.text.lower()):
            return True
        if _names_a_deed(neg.text, use.cue.lower()):
            return True
        if _restricted(pos, neg, use.cue.lower()) or _denies_only_all(neg.text, use.cue):
            return True
        if key[0] == "@":
            continue
        found = re.search(
            rf"(\S+)\s+{re.escape(use.cue.lower())}\s+(?:even\s+|ever\s+)?"
            rf"{re.escape(use.surface.lower())}\b(.*)",
            neg.text.lower().replace("’", "'"),
        )
        if found is None:
            continue
        before = found.group(1).strip('"“”,')
        if use.surface.lower().endswith("ing") and before not in _BEING:
            return True
        if key == head and use.cue.lower() != "no":  # "no decision made to leave": a noun
            after = [t for t in tokenize(found.group(2))[:2] if t.lower not in _ARTICLES][:1]
            if after and after[0].content and synonym(after[0].stem) not in pos.context_topic:
                return True
    return False


def _calls_reported_untrue(statement: Profile) -> bool:
    """ "rumors that they had used rubber bullets to disperse protesters were 'totally
    untrue'": a statement that opens on what others report ("rumors that", "reports that")
    and calls it untrue affirms none of it, and so agrees with a denial of it."""
    return bool(statement.rejection) and _reports_that().match(_plain(statement.text)) is not None


def _restricted(pos: Profile, neg: Profile, cue: str) -> bool:
    """ "had not sent or received any emails that were marked classified": the denial bears
    only on the things its relative clause picks out, and the other statement ("the emails
    were largely sent or received in 2012") says nothing of those."""
    plain = _plain(neg.text).replace("’", "'")
    at = plain.find(cue)
    if at < 0:
        return False
    found = _ANY_THAT.search(plain, at)
    if found is None:
        return False
    generic = generic_stems() | weak_stems()
    picked = {synonym(k) for k in analyze(found.group(1)).keys} - generic
    return bool(picked) and not picked & (pos.context_topic | set(pos.analysis.keys))


#: "any emails that were marked classified": a kind picked out by a relative clause
_ANY_THAT = re.compile(r"\bany \w+ (?:that|which|who) ([^,;.]+)")


def _denies_only_all(text: str, cue: str) -> bool:
    """ "it is not just the fat grams but the way the food is processed", "police alone are not
    able to end the violence": the negation denies that one thing is all there is (or does
    all), and so grants that thing its part; it answers no claim that the thing counts."""
    plain = _plain(text).replace("’", "'")
    cue = re.escape(cue.lower().replace("’", "'"))
    return any(
        _ONLY_AFTER.match(plain, found.end()) or _ALONE_BEFORE.search(plain, 0, found.start())
        for found in re.finditer(rf"(?<![a-z']){cue}(?![a-z])", plain)
    )


#: "not just", "not only the …", right after the negation
_ONLY_AFTER = re.compile(r"\s+(?:just|only|merely|simply|solely|exclusively)\b")
#: "police alone are not", "the state alone cannot": "alone" a word or two before it
_ALONE_BEFORE = re.compile(r"\balone(?:\s+\S+)?\s*$")


def _names_a_deed(text: str, cue: str) -> bool:
    """The negation ``cue`` denies nothing the speaker says: "the decision not to recommend
    charges" names a decision; "question the rationale in denying our request" names someone
    else's refusal; "the material might not even be genuine" supposes."""
    plain = _plain(text)
    at = plain.find(cue)
    if at < 0:
        return False
    before = plain[:at]
    return bool(
        _DEED_NOUN.search(before)
        or _MAYBE_BEFORE.search(before)
        or (cue.endswith("ing") and _PREPOSITION.search(before))
    )


_DEED_NOUN = re.compile(r"\b(?:decision|choice|vow|pledge|promise|plan|order|move|refusal)\s*$")
_MAYBE_BEFORE = re.compile(r"\b(?:might|may|could)\s*$")
_PREPOSITION = re.compile(r"\b(?:in|for|by|of|after|before|about|over)\s*$")


_BEING = frozenset(
    {"is", "are", "was", "were", "be", "been", "am", "i'm", "he's", "she's", "it's", "we're"}
    | {"they're", "you're", "'s", "'re", "isn't", "wasn't"}
)
_ARTICLES = frozenset({"the", "a", "an", "any", "their", "his", "her", "its"})


def _agent_noun(surface: str) -> bool:
    """ "supporters", "an undecided voter": a noun for the people who do what the verb says
    (compared only with a word of the same stem, "voting", so "order" is no "ordered")."""
    return surface.lower().endswith(("ers", "ors", "er", "or"))


@cache
def _choice_verbs() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("dispute_choice_verbs.txt"))


#: "I will not", "we can't", or reported, "he can't", "they won't": the speaker's own choice
_FIRST_PERSON_NO = re.compile(
    r"\b(?:i|we|he|she|they)\b(?:\s+\w+){0,3}?\s+"
    r"(?:not|never|cannot|can[’']t|won[’']t|wouldn[’']t|don[’']t)\b"
)
#: "his support for …", "their backing", "she's willing to vote for …": the choice of the
#: one the words are about
_OWN_CHOICE = re.compile(
    r"\b(?:(?:his|her|their|my|our|its)\s+(?:\w+\s+)?"
    r"|(?:she|he|they)(?:'s|'d|'ll|'re)?(?:\s+\w+){0,3}\s+)$"
)


def _own_choices(pos: Profile, neg: Profile, flipped: Sequence[str]) -> bool:
    """Each side names its own choice ("his support for Mr. Trump" / "I cannot and will not
    support my party's nominee", "she would probably back him" / "they will not back him"):
    two people may choose differently, and neither denies what the other says. Only when a
    verb of choosing (``dispute_choice_verbs.txt``) is what is denied, in the first person,
    and the other side names it as someone's own or speaks of its own source."""
    choices = _choice_verbs()
    chosen = [k for k in flipped if neg.analysis.keys[k].surface.lower() in choices]
    if not chosen or not _FIRST_PERSON_NO.search(neg.text.lower()):
        return False
    text = pos.text.lower().replace("’", "'")
    at = text.find(pos.analysis.keys[chosen[0]].surface.lower())
    return at >= 0 and (_OWN_CHOICE.search(text[:at]) is not None or at == 0 or pos.about_source)


@cache
def _dread_words() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("dispute_dread_verbs.txt"))


@cache
def _opposing_words() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("dispute_opposing_verbs.txt"))


def _opposes(statement: Profile, keys: Sequence[str]) -> bool:
    """The statement opposes what it names ("they oppose boots on the ground", "decries super
    PACs"), by its cue or by a word before the first of ``keys``: it does not affirm that."""
    return _dreads(statement, keys, _opposing_words())


def _dreads(statement: Profile, keys: Sequence[str], words: frozenset[str] | None = None) -> bool:
    """The statement fears what it names ("they fear Congress will pass the accord"), by its
    cue or by a word before the first of ``keys``: it opposes that, it does not affirm it."""
    dread = _dread_words() if words is None else words
    text = statement.text.lower()
    first = min(
        (at for k in keys if (at := text.find(statement.analysis.keys[k].surface.lower())) >= 0),
        default=len(text),
    )
    before = set(_WORDS.findall(text[:first]))
    cue_words = statement.words - set(_WORDS.findall(text))
    return bool(dread & (before | cue_words))


def _negative(statement: Profile) -> bool:
    """The statement denies its own predicate ("has not been determined")."""
    return any(
        use.negated and use.reach <= PREDICATE_REACH and _is_plain_negator(use.cue)
        for use in statement.analysis.keys.values()
    )


def sides_with_rejection(text: str, analysis: Analysis | None = None) -> bool:
    """As a claim, ``text`` agrees with a rejection rather than meets it: it rejects
    something itself, or denies its own predicate ("has no plans to expand", "did not
    happen"; a negation right before the word it negates, never a passing "without").
    ``analysis``: ``analyze(text)``, if already made."""
    if find_rejection(text):
        return True
    return any(
        use.negated
        and use.depth == 0
        and use.reach <= PREDICATE_REACH
        and use.cue.lower() not in STRAY_CUES
        for use in (analysis or analyze(text)).keys.values()
    )


def _is_plain_negator(cue: str) -> bool:
    lowered = cue.lower().replace("’", "'")
    return lowered in ("not", "never") or lowered.endswith("n't")


def _heads(analysis: Analysis, key: str) -> bool:
    """``key`` is the first word its cue negates: "did not approach the boy" negates the
    approaching, not the boy."""
    use = analysis.keys[key]
    generic = generic_stems()
    return not any(
        other.cue == use.cue and other.negated and other.reach < use.reach
        for name, other in analysis.keys.items()
        if name not in generic
    )


def _coverage(
    a: Profile, b: Profile, shared: Sequence[str], *, without_conditions: bool = False
) -> float:
    """How much of the shorter statement's topic the two share (its own words, not the
    joined compounds that only help two spellings meet); ``without_conditions``: leaving out
    what a statement only supposes ("if his candidate were to win")."""
    generic = generic_stems()
    sizes = [
        len(
            [
                k
                for k in p.analysis.keys
                if k in p.topic
                and k not in generic
                and not (without_conditions and k in p.conditions)
            ]
        )
        for p in (a, b)
    ]
    return len([k for k in shared if k in a.analysis.keys or k in b.analysis.keys]) / max(
        1, min(sizes)
    )


def antonym_conflict(a: Profile, b: Profile) -> Conflict | None:
    """Opposite words about the same thing, neither of them negated."""
    table = antonyms()
    pairs = [
        (x, y)
        for x in a.analysis.keys
        for y in table.get(x, ())
        if y in b.analysis.keys and x not in b.analysis.keys and y not in a.analysis.keys
    ]
    # "illegal immigration" / "legal immigration": two kinds of one thing, not two verdicts;
    # "safe and legal gun ownership" / "is acting unlawfully": a word right before a thing the
    # other statement never names judges that thing, not what the other judges
    pairs = [
        (x, y)
        for x, y in pairs
        if not _kinds_of_one_thing(
            a.text, a.analysis.keys[x].surface, b.text, b.analysis.keys[y].surface
        )
        and not _said_of_another_thing(a.text, a.analysis.keys[x].surface, b)
        and not _said_of_another_thing(b.text, b.analysis.keys[y].surface, a)
    ]
    if not pairs:
        return None
    lengths = sorted((len(a.text.split()), len(b.text.split())))
    if lengths[1] > MAX_ANTONYM_WORDS and lengths[0] > SHORT_CLAIM_WORDS:
        return None
    for x, y in pairs:
        ux, uy = a.analysis.keys[x], b.analysis.keys[y]
        if ux.negated or uy.negated or ux.mixed or uy.mixed:
            return None  # "did not win" and "lost" agree
    x, y = pairs[0]
    if x in a.conditions or y in b.conditions:
        return None  # "if they hope to win over his supporters" supposes, it does not say
    if _maybe(a.text) or _maybe(b.text):
        return None  # "the convention could be a failure if …" fears, it does not say
    figures_a, figures_b = set(_FIGURE.findall(a.text)), set(_FIGURE.findall(b.text))
    if figures_a and figures_b and not figures_a & figures_b:
        # "favorability fell from 71 to 55 percent" / "support for Trump rose from 11 to 19":
        # opposite words between different figures tell of two measures ("earnings of
        # $374m" / "loses $374m" is one).
        return None
    ux, uy = a.analysis.keys[x], b.analysis.keys[y]
    if _a_kind_of_statement(a.text, ux.surface) or _a_kind_of_statement(b.text, uy.surface):
        return None  # "Trump introduces some inaccurate statement" / "… is true"
    if not (_common_or_opening(a.text, ux.surface) and _common_or_opening(b.text, uy.surface)):
        return None  # a headline's capitals ("Fight", "Back") are no stance
    shared = [
        k
        for k in shared_keys(a.context_topic, b.context_topic)
        if k not in (x, y) and not k[:1].isdigit()
    ]
    # "claim" says nothing of which claim: "Bernie's claim was mostly true" and "cites
    # Republican claims as inaccurate" are about two.
    claim_stems = {stem(noun) for noun in _claim_nouns()}
    shared = [k for k in shared if k not in claim_stems]
    # "If this test is confirmed, it will be the latest failed policy" / "it had successfully
    # tested a weapon": a thing one side only supposes is not what its words are said of.
    shared = [k for k in shared if k not in a.conditions and k not in b.conditions]
    shared_words = shared
    if not shared:
        # Linked only through whom one speaks of ("Clinton said she has the steadiness"):
        # the other must be a short verdict on that person ("She's trigger-happy and very
        # unstable"), not a long story naming her; the opposite words are what both say.
        shared = sorted(_verdict_on_source(a, b) | _verdict_on_source(b, a))
        if not shared:
            return None
        shared_words = [*shared, x]
    # Opposite words are said of what a statement asserts: "she would sign this legislation
    # if it came to her desk" is about the legislation, not the desk.
    if _coverage(a, b, shared_words, without_conditions=True) < MIN_COVERAGE / 2:
        return None
    confidence = 0.6 + 0.1 * min(len(shared), 3)
    return Conflict(
        a.id,
        b.id,
        "antonym",
        tuple(shared),
        (x,),
        (f"{ux.surface} / {uy.surface}",),
        round(min(confidence, 0.9), 2),
        (ux.surface, *_surfaces(a, shared)),
        (uy.surface, *_surfaces(b, shared)),
    )


def _kinds_of_one_thing(text_a: str, word_a: str, text_b: str, word_b: str) -> bool:
    """The opposite words each stand right before one noun ("weak on illegal immigration" /
    "a strong supporter of legal immigration", "public schools" / "private schools"): they
    name two kinds of that thing, which one may favour without judging the other."""
    one, other = sorted(
        (_word_after(text, word) for text, word in ((text_a, word_a), (text_b, word_b))), key=len
    )
    # "illegal immigrants" / "legal immigration": one noun, as ``shared_keys`` counts it
    return bool(one) and (one == other or (len(one) >= PREFIX_MATCH and other.startswith(one)))


def _said_of_another_thing(text: str, word: str, other: Profile) -> bool:
    """``word`` stands right before a thing ("legal gun ownership", "opposing legal abortion")
    that ``other`` does not name: it is said of that thing. Not a name ("approve Dr Wood's
    skin": whose, not what) nor a participle ("a hoax perpetrated by China" is still the
    hoax)."""
    found = re.search(rf"(?<![\w'’-]){re.escape(word)}\s+([a-z][\w'’-]*)", text)
    if found is None or found.group(1).endswith(("ed", "ing")) or found.group(1) in _LINKS:
        return False
    head = _word_after(text, word)
    if not head:
        return False
    named = other.context_topic | other.analysis.keys.keys()
    return not any(
        k == head
        or (min(len(k), len(head)) >= PREFIX_MATCH and k[:PREFIX_MATCH] == head[:PREFIX_MATCH])
        for k in named
    )


#: Prepositions: a word followed by one ("controversy among surgeons") qualifies no thing.
_LINKS = frozenset(
    {"among", "amongst", "amid", "about", "against", "between", "before", "after", "during"}
    | {"over", "under", "with", "without", "within", "across", "around", "through", "toward"}
    | {"towards", "since", "until", "upon", "into", "onto", "from", "like", "despite", "beyond"}
    | {"behind", "below", "above", "near", "per", "via", "than", "inside", "outside"}
)


def _word_after(text: str, word: str) -> str:
    """The key of the content word right after ``word`` in ``text`` (no punctuation between),
    "" when none."""
    found = re.search(rf"(?<![\w'’-]){re.escape(word)}\s+([A-Za-z][\w'’-]*)", text)
    after = tokenize(found.group(1))[:1] if found else []
    if not after or not after[0].content or after[0].stem in generic_stems():
        return ""  # "asleep at night": a little word is no thing of two kinds
    return synonym(after[0].stem)


def _a_kind_of_statement(text: str, surface: str) -> bool:
    """The untruth word ``surface`` names a kind of statement in ``text`` ("some inaccurate
    statement"), as ``_names_a_kind`` reads it."""
    plain = _plain(text)
    return any(
        _names_a_kind(plain, m)
        for m in re.finditer(rf"(?<![a-z']){re.escape(surface.lower())}(?![a-z])", plain)
    )


def figures_conflict(a: Profile, b: Profile) -> Conflict | None:
    """Different figures for the same counted thing, in statements about the same thing."""
    if not a.analysis.quantities or not b.analysis.quantities:
        return None  # most statements hold no figure: spare the rest
    shared = shared_keys(a.topic, b.topic)
    # Two long statements with figures in them share words without counting the same thing
    # ("58 companies would owe $212 billion" / "Apple would owe $65.4 billion").
    if _coverage(a, b, shared) < MIN_COVERAGE:
        return None
    years_a, years_b = (
        {q.value for q in p.analysis.quantities if q.unit == "year"} for p in (a, b)
    )
    if years_a and years_b and not years_a & years_b:
        # "a 30% decline from the last primary, in 2008" / "a 20% increase from the last
        # contest, in 2012": figures of two different years
        return None
    if _counts_its_own(a, b) or _counts_its_own(b, a):
        # "its users were spending 50 minutes a day" (Facebook) / "one minute on Twitter"
        return None
    if _counted_among(a.text) != _counted_among(b.text):
        # "Among Democrats alone, Clinton leads 49 percent to 41" / "a lead of 48 percent to
        # 41": figures of two different groups
        return None
    for qa in a.analysis.quantities:
        for qb in b.analysis.quantities:
            if qa.unit != qb.unit or qa.value == qb.value or qa.unit == "year":
                continue
            if qb.value in a.analysis.values or qa.value in b.analysis.values:
                continue
            if _hedged(a.text, qa.surface) or _hedged(b.text, qb.surface):
                continue
            low, high = sorted((abs(qa.value), abs(qb.value)))
            if low == 0 or high / low > MAX_FIGURE_RATIO:
                continue  # "$1.1 trillion" and "$78,000" count different things
            # Words of the statements themselves: two "estimates" cues say nothing of what is
            # estimated.
            others = [
                k for k in shared if k != qa.unit and k in a.analysis.keys and k in b.analysis.keys
            ]
            # "over 10 years" in both: the same period, one more sign of the same quantity.
            others += [
                q.unit
                for q in a.analysis.quantities
                if q is not qa and any(q == r for r in b.analysis.quantities)
            ]
            # Money and shares can count anything: they need more in common than "members".
            if len(others) < (2 if qa.unit in ("money", "%") else 1):
                continue
            return Conflict(
                a.id,
                b.id,
                "figures",
                tuple(shared),
                (qa.unit,),
                (f"{qa.surface} / {qb.surface}",),
                0.7,
                (qa.surface,),
                (qb.surface,),
            )
    return None


def _counts_its_own(own: Profile, other: Profile) -> bool:
    """ "Facebook said its users were spending 50 minutes a day": a source's figure for its
    own users, riders or profit counts only that source's; another statement's figure meets
    it only when it names the source ("Facebook users spend 40 minutes")."""
    if not own.source_words or _ITS.search(own.text.lower().strip()) is None:
        return False
    return not own.source_words & other.words


#: "its" as the subject's owner: opening the statement or its "that" clause ("that its users
#: were spending"), not "the plan would cost $2 trillion over its first decade".
_ITS = re.compile(r"^(?:[\"“]\s*)?its\b|\bthat its\b")


def _counted_among(text: str) -> frozenset[str]:
    """The group a statement's figures count when it names one ("among Hispanics", "Among
    union members alone"): the words after "among" up to the clause's end, at most three."""
    found = [words.split()[:AMONG_WORDS] for words in _AMONG.findall(text.lower())]
    # "among other things", "among them" name no group that is counted
    return frozenset(" ".join(w) for w in found if w and w[0] not in _NOT_GROUPS)


_NOT_GROUPS = frozenset({"other", "others", "them", "those", "these", "us", "which", "whom"})


_AMONG = re.compile(r"\bamong ([a-z][a-z' -]*)")
#: How many words after "among" name the counted group.
AMONG_WORDS = 3


def _verdict_on_source(own: Profile, verdict: Profile) -> frozenset[str]:
    """The name keys of ``own``'s source that ``verdict``, a short statement, speaks of."""
    if not own.self_keys or len(verdict.text.split()) > SHORT_CLAIM_WORDS:
        return frozenset()
    return own.self_keys & verdict.context_topic


def _common_or_opening(text: str, surface: str) -> bool:
    """A word in lower case, or one capitalised only because it opens a quotation ("she
    has: “Steadiness -- an absolute rock steadiness”"); a statement's own first word may be a
    headline's or an adverb's ("Back in Virginia")."""
    if surface[:1].islower():
        return True
    at = text.find(surface)
    before = text[:at].rstrip() if at > 0 else ""
    return bool(before) and before[-1] in _QUOTE_OPENERS


_QUOTE_OPENERS = frozenset('"“‘')


def _hedged(text: str, figure: str) -> bool:
    """ "more than 20 states", or one end of a range ("35 to 45 feet", "40 to 50 feet"):
    estimates that a different figure need not contradict. "from $7.25 to $12" is a change,
    not a range."""
    at = text.find(figure)
    before = text[:at].lower().split()[-2:] if at >= 0 else []
    return any(w in _HEDGES for w in before) or (at >= 0 and _in_range(text, at, figure))


#: "35 to 45": two figures that a range joins
_RANGE = re.compile(r"(?<![\w.,$£€])[$£€]?\d[\d.,]*\s+(?:to|-|–)\s+[$£€]?\d[\d.,]*")
#: How many words before a range a "from" makes it a change ("from the current $7.25 to $12").
FROM_WORDS = 3


def _in_range(text: str, at: int, figure: str) -> bool:
    lowered = text.lower()
    return any(
        m.start() <= at
        and at + len(figure) <= m.end()
        and "from" not in lowered[: m.start()].split()[-FROM_WORDS:]
        for m in _RANGE.finditer(lowered, max(0, at - 30), at + len(figure) + 30)
    )


def compare(
    a: Profile, b: Profile, *, adjacent: bool = False, salient: frozenset[str] = frozenset()
) -> Conflict | None:
    """The strongest evidence that ``a`` and ``b`` conflict, or None when they can both hold.

    ``adjacent``: one is the nearest statement of another source before the other, so that a
    rejection of "the charges" may point back at it. ``salient``: the events that the article
    is about (named by several statements), one of which is topic enough.
    """
    if a.asked or b.asked:
        return None  # a question or a supposition claims nothing
    if (a.rejection and not _about_the_owner(b, a)) or (b.rejection and not _about_the_owner(a, b)):
        return None  # "denied its ties to Russia" answers only what is said of its ties
    # "54 percent said they would vote for Trump" holds whatever one voter says: only other
    # figures or a rejection of the poll dispute a share.
    shares = is_share(a.text) or is_share(b.text)
    found = [
        rejection_conflict(a, b, adjacent=adjacent and a.sentence <= b.sentence, salient=salient),
        rejection_conflict(b, a, adjacent=adjacent and b.sentence <= a.sentence, salient=salient),
        None if shares else stance_conflict(a, b, salient),
        None if shares else antonym_conflict(a, b),
        figures_conflict(a, b),
    ]
    return max((c for c in found if c is not None), key=lambda c: c.confidence, default=None)


_SHARE = re.compile(
    r"(?:(?:less|more|fewer) than |about |nearly |almost |just |only |roughly |some )?"
    r"(?:\d+(?:\.\d+)?\s*(?:percent|per cent|%)|(?:a|one|two)[ -](?:thirds?|quarters?|half|fifth)"
    r"|half|(?:a|the)(?: strong| large| clear| slim| narrow| bare| small| vast| solid)?"
    r" (?:majority|minority))(?![\w-])",
    re.IGNORECASE,
)


def is_share(text: str) -> bool:
    """ "59 percent", "less than a third of voters": a share of a group, as a poll counts it
    (the whole of a source's name, or the opening of a statement)."""
    return _SHARE.match(text.strip().lstrip("\"“‘'")) is not None


def _polarity(analysis: Analysis, key: str) -> bool | None:
    """The stance the speaker takes on ``key``, not one inside a claim it reports."""
    use = analysis.keys.get(key)
    if use is None or use.depth > 0:
        return None
    return analysis.polarity(key)


def _is_common(profile_: Profile, key: str) -> bool:
    use = profile_.analysis.keys.get(key)
    return use is not None and use.surface[:1].islower()


def _surfaces(profile_: Profile, keys: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for key in keys:
        use = profile_.analysis.keys.get(key)
        if use is not None:
            out.append(use.surface)
    return tuple(dict.fromkeys(out))


def near_miss(a: Profile, b: Profile) -> str:
    """Why two statements that look like they disagree were not shown as a dispute ("" when
    they do not even look it): for a reader who asks what was left out."""
    shared = shared_keys(a.topic, b.topic)
    if not shared:
        return ""
    words = ", ".join(f"“{w}”" for w in _surfaces(a, shared)[:3]) or "little"
    for rejection in (a, b):
        if rejection.rejection:
            return (
                f"“{rejection.rejection}” is not tied to the other's claim: they share only "
                f"{words}, and it names neither its source nor “the report”"
            )
    for first, second in ((a, b), (b, a)):
        for key in shared:
            use, other = first.analysis.keys.get(key), second.analysis.keys.get(key)
            if use is None or other is None or not use.negated or other.negated:
                continue
            if use.cue.lower() in STRAY_CUES:
                return f"“{use.cue}” before “{use.surface}” is a passing word, not a denial"
            return (
                f"“{use.cue}” bears on other words than the point they share ({words}): "
                "a negation elsewhere in the sentence is no stance"
            )
    table = antonyms()
    for x in a.analysis.keys:
        for y in table.get(x, ()):
            if y in b.analysis.keys:
                return (
                    f"“{a.analysis.keys[x].surface}” / “{b.analysis.keys[y].surface}” are said "
                    "of different things, or in statements too long to be about one question"
                )
    return ""
