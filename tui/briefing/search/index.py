"""The search index: words → statements, speakers and briefs, and the ranking over them.

Each query word is first expanded over the vocabulary (exact, prefix, stem, and typos via
rapidfuzz), each matched word with a quality. Then one of three ways ranks statements, all
by the same exact score that ``search_exhaustive`` gives every statement:

- rare words: their postings are merged into scores within a fixed budget of postings;
  when the budget covers every word those are the exact scores;
- rare and common words: the best few hundred of the merged are scored exactly, the common
  words included;
- common words only: statements are scored in reading order, the rarest word's best
  matches first, until enough reach the highest score possible (later ones could only tie
  and lose on reading order) or a cap is hit.

So speed can cost hits only when a true top hit never became a candidate; the benchmark
measures how often (recall@10).
"""

from __future__ import annotations

import bisect
import heapq
import operator
from array import array
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain, compress, repeat
from operator import attrgetter
from typing import Literal, NamedTuple, Protocol

from rapidfuzz import fuzz, process

from ..collector import collector_paused
from ..model import StatementKind
from . import scoring
from .query import Query, parse_query
from .text import find_words, fold, word_spans, words_of

#: Postings merged per query before the remaining (common) words are left to exact scoring;
#: bounds the pure-Python part of a query whatever the corpus size.
POSTINGS_BUDGET = 60_000
#: Postings merged only to order the statements to score, when not all of them fit.
ORDERING_BUDGET = 15_000
#: Statements a word's best postings may hold and still be intersected with the others'.
CORE_LIMIT = 200_000
#: Statements scored exactly per hit asked for, at most (and at least ``MIN_SCORED`` in
#: all), when the merge could not cover every word: bounds queries of common words.
SCORED_PER_HIT = 10
MIN_SCORED = 200
#: Filtered statements few enough to score them all.
FEW_ALLOWED = 250

#: Statements tokenized at a time while building.
_BUILD_CHUNK = 20_000
_NO_POSTINGS: array[int] = array("i")
_speaker_of = attrgetter("speaker")
_text_of = attrgetter("text")
_kind_of = attrgetter("kind")

#: How a hit matched the query's words, the weakest word deciding: "exact" (whole words),
#: "prefix" (a word still being typed begins one of its words), "near" (another form of a
#: word or a typo: "leave" for "leaving", "Miller" for "milley").
MatchKind = Literal["exact", "prefix", "near"]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One ranked statement, with what a list row or a jump needs."""

    brief_id: str
    statement_id: str
    #: 0–100; 100 is every query word matched exactly.
    score: float
    #: Offsets into ``text`` of the matched characters, ascending, for highlighting.
    positions: tuple[int, ...]
    speaker: str
    text: str
    kind: StatementKind
    brief_title: str
    brief_date: str
    #: The weakest match among the query words it matched.
    match: MatchKind = "exact"
    #: How many of the query's plain words it matched, of ``query_words``.
    words_matched: int = 0
    query_words: int = 0


class WordField:
    """One kind of searchable text: each word → the ascending ids of the entities using it.

    Subclasses say where the words live (in memory, or in the corpus store); matching a
    query word against them is the same code for all."""

    def has(self, word: str) -> bool:
        raise NotImplementedError

    def starting(self, stem: str) -> Iterable[str]:
        """The words that begin with ``stem``."""
        raise NotImplementedError

    def shaped(self, length: int, initial: str) -> Sequence[str]:
        """The words of ``length`` letters beginning with ``initial``."""
        raise NotImplementedError

    def posting(self, word: str) -> Sequence[int]:
        raise NotImplementedError

    def expand(self, term: str, fuzzy: bool = True) -> dict[str, float]:
        """Every word of this field that ``term`` matches, with its quality; without
        ``fuzzy``, whole words and words it begins only."""
        found: set[str] = set()
        if self.has(term):
            found.add(term)
        if len(term) >= scoring.PREFIX_MIN_LENGTH:
            # Words that begin like the term: its prefix matches and those of its stem.
            found.update(self.starting(term[: scoring.STEM_MIN_LENGTH]))
        if fuzzy and len(term) >= scoring.FUZZY_MIN_LENGTH:
            shortest, longest = scoring.length_window(len(term))
            cutoff = scoring.fuzzy_cutoff(len(term))
            initials = {term[0], term[1]}  # the second: the first two letters swapped
            for length in range(shortest, longest + 1):
                for initial in initials:
                    choices = self.shaped(length, initial)
                    if not choices:
                        continue
                    matches = process.extract(
                        term, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
                    )
                    found.update(match[0] for match in matches)
        qualities = {word: scoring.word_quality(term, word) for word in found}
        # Best first, then alphabetical: the same order whatever the hash seed, so which
        # statements a capped query gets to score never changes between runs.
        ordered = sorted(qualities.items(), key=lambda item: (-item[1], item[0]))
        least = 0.0 if fuzzy else scoring.STRONG_MIN
        return {word: quality for word, quality in ordered if quality > 0 and quality >= least}

    def entity_qualities(self, matched: dict[str, float]) -> dict[int, float]:
        """Each entity holding a matched word, with its best word's quality."""
        best: dict[int, float] = {}
        for word, quality in sorted(matched.items(), key=lambda item: item[1]):
            best.update(dict.fromkeys(self.posting(word), quality))
        return best


class MemoryField(WordField):
    """A word field built in memory."""

    def __init__(self) -> None:
        # A new word gets its array from a C callable, so building never leaves C per word.
        self.postings: defaultdict[str, array[int]] = defaultdict(partial(array, "i"))
        self.words: list[str] = []
        self.sorted_words: list[str] = []
        #: (length, first letter) → words: where typos of a word can be.
        self.by_shape: dict[tuple[int, str], list[str]] = {}

    def add(self, entity: int, words: Iterable[str]) -> None:
        for word in set(words):
            self.postings[word].append(entity)

    def add_many(self, first_entity: int, words_per_entity: list[list[str]]) -> None:
        """Entities ``first_entity``, ``first_entity + 1``, … with their words.

        A word twice in one entity lists it twice, side by side.

        One pass of C iterators over every word: the Python loop per word that this avoids
        was most of the time of building an index of a million statements.
        """
        entities = range(first_entity, first_entity + len(words_per_entity))
        entity_of_each_word = chain.from_iterable(map(repeat, entities, map(len, words_per_entity)))
        postings_of_each_word = map(
            self.postings.__getitem__, chain.from_iterable(words_per_entity)
        )
        deque(map(array.append, postings_of_each_word, entity_of_each_word), 0)

    def freeze(self) -> None:
        self.words = list(self.postings)
        self.sorted_words = sorted(self.words)
        by_shape: dict[tuple[int, str], list[str]] = {}
        for word in self.words:
            by_shape.setdefault((len(word), word[:1]), []).append(word)
        self.by_shape = by_shape

    def has(self, word: str) -> bool:
        return word in self.postings

    def starting(self, stem: str) -> Iterator[str]:
        at = bisect.bisect_left(self.sorted_words, stem)
        while at < len(self.sorted_words) and self.sorted_words[at].startswith(stem):
            yield self.sorted_words[at]
            at += 1

    def shaped(self, length: int, initial: str) -> Sequence[str]:
        return self.by_shape.get((length, initial), ())

    def posting(self, word: str) -> array[int]:
        return self.postings.get(word, _NO_POSTINGS)


@dataclass(slots=True)
class _Term:
    word: str
    text: dict[str, float]
    speakers: dict[int, float]
    briefs: dict[int, float]
    weight: float = 1.0
    #: What its near misses count for (``scoring.NEAR_MISS_SHARE`` when the word is found
    #: whole somewhere, else 1).
    near_share: float = 1.0
    #: Postings this word would merge: its cost, and how common it is.
    size: int = 0
    #: What ``SearchIndex._term_sources`` says, kept: a common word has thousands.
    sources: list[tuple[float, Sequence[int]]] | None = None


@dataclass(slots=True)
class _Plan:
    terms: list[_Term]
    #: Plain words in the query, found or not.
    word_count: int
    phrases: list[str]
    #: Statements the filters (speaker, phrase) leave, or None when there is none.
    allowed: set[int] | None
    kind: StatementKind | None
    best_total: float
    phrase_total: float


class Header(NamedTuple):
    id: str
    title: str
    date_text: str


class BriefHeader(Protocol):
    """What a hit shows of its brief."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def date_text(self) -> str: ...


class StatementText(Protocol):
    """What scoring and a hit need of a statement."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> StatementKind: ...


class SpeakerLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...
    @property
    def role(self) -> str: ...


class StatementLike(StatementText, Protocol):
    @property
    def speaker(self) -> str: ...


class SearchableBrief(BriefHeader, Protocol):
    """What building an index reads of a brief: a ``Brief``, or a slice of one."""

    @property
    def speakers(self) -> Sequence[SpeakerLike]: ...
    @property
    def statements(self) -> Sequence[StatementLike]: ...


class StatementSink(Protocol):
    """Where a build puts the statements: a list, or the corpus store's table."""

    def extend(self, statements: Iterable[StatementLike], /) -> None: ...
    def __len__(self) -> int: ...


@dataclass(frozen=True, slots=True)
class IndexParts:
    """What a search index is made of, wherever it lives: in memory after a build, or in
    the corpus store (``briefing.corpus``), read as a query needs it. Statement ids
    (``sid``) are positions in reading order: newest brief first, then the brief's order."""

    briefs: Sequence[BriefHeader]
    statements: Sequence[StatementText]
    #: sid → the position of its brief in ``briefs``, and its speaker's profile.
    brief_of: Sequence[int]
    profile_of: Sequence[int]
    #: sid → 1 for a direct quote (``direct``) or reported speech (``reported``), else 0.
    direct: Sequence[int]
    reported: Sequence[int]
    #: brief → the ``(first, end)`` sids of its statements.
    brief_ranges: Sequence[tuple[int, int]]
    text: WordField
    speaker_words: WordField  # name, aliases and role: plain words match these
    speaker_names: WordField  # name and aliases: what @name matches
    title: WordField
    profile_names: Sequence[str]
    profile_statements: Sequence[Sequence[int]]


class SearchIndex:
    """Every statement of ``briefs``, searchable. Immutable once built, so any thread may
    search it; rebuild it when the briefs change."""

    def __init__(
        self, briefs: Iterable[SearchableBrief], statements: StatementSink | None = None
    ) -> None:
        """Build in memory; the statements go to ``statements`` when given (the corpus
        store streams them to disk), else they are kept here."""
        self._briefs: Sequence[BriefHeader] = []
        kept: list[StatementLike] = []
        self._statements: Sequence[StatementText] = kept
        self._brief_of: Sequence[int] = array("i")
        self._profile_of: Sequence[int] = array("i")
        self._direct: Sequence[int] = bytearray()
        self._reported: Sequence[int] = bytearray()
        self._brief_ranges: Sequence[tuple[int, int]] = []
        self._text: WordField = MemoryField()
        self._speaker_words: WordField = MemoryField()
        self._speaker_names: WordField = MemoryField()
        self._title: WordField = MemoryField()
        self._profile_names: Sequence[str] = []
        self._profile_statements: Sequence[Sequence[int]] = []
        # Allocation-heavy loops over millions of objects set off the collector's full
        # passes again and again (a third of the build time); nothing built here is cyclic.
        with collector_paused():
            self._build_fields(briefs, kept if statements is None else statements)

    @classmethod
    def from_parts(cls, parts: IndexParts) -> SearchIndex:
        """An index over parts kept elsewhere (the corpus store), without building."""
        index = cls.__new__(cls)
        index._briefs = parts.briefs
        index._statements = parts.statements
        index._brief_of = parts.brief_of
        index._profile_of = parts.profile_of
        index._direct = parts.direct
        index._reported = parts.reported
        index._brief_ranges = parts.brief_ranges
        index._text = parts.text
        index._speaker_words = parts.speaker_words
        index._speaker_names = parts.speaker_names
        index._title = parts.title
        index._profile_names = parts.profile_names
        index._profile_statements = parts.profile_statements
        return index

    def parts(self) -> IndexParts:
        """What this index is made of, to store it."""
        return IndexParts(
            self._briefs,
            self._statements,
            self._brief_of,
            self._profile_of,
            self._direct,
            self._reported,
            self._brief_ranges,
            self._text,
            self._speaker_words,
            self._speaker_names,
            self._title,
            self._profile_names,
            self._profile_statements,
        )

    def _build_fields(self, briefs: Iterable[SearchableBrief], statements: StatementSink) -> None:
        profiles: dict[tuple[str, tuple[str, ...], str], int] = {}
        headers: list[BriefHeader] = []
        brief_of = array("i")
        profile_of = array("i")
        direct = bytearray()
        reported = bytearray()
        brief_ranges: list[tuple[int, int]] = []
        names: list[str] = []
        profile_statements: list[array[int]] = []
        text, title = MemoryField(), MemoryField()
        speaker_words, speaker_names = MemoryField(), MemoryField()

        def profile_of_speaker(key: tuple[str, tuple[str, ...], str]) -> int:
            """The id of a speaker as searched: same name, aliases and role, same profile."""
            profile = profiles.get(key)
            if profile is None:
                profile = profiles[key] = len(names)
                name, aliases, role = key
                names.append(name)
                profile_statements.append(array("i"))
                speaker_names.add(profile, words_of(" ".join((name, *aliases))))
                speaker_words.add(profile, words_of(" ".join((name, *aliases, role))))
            return profile

        pending_texts: list[str] = []
        end = 0
        for brief_number, brief in enumerate(briefs):
            # A header only: a streamed brief's statements must not stay in memory.
            headers.append(Header(brief.id, brief.title, brief.date_text))
            start = end
            title.add(brief_number, words_of(f"{brief.title} {brief.date_text}"))
            profile_by_speaker = {
                speaker_id: profile_of_speaker((name, aliases, role))
                for speaker_id, name, aliases, role in (
                    (s.id, s.name, s.aliases, s.role) for s in brief.speakers
                )
            }
            speaker_ids = list(map(_speaker_of, brief.statements))
            for unknown in set(speaker_ids).difference(profile_by_speaker):
                profile_by_speaker[unknown] = profile_of_speaker((unknown, (), ""))
            profile_ids = list(map(profile_by_speaker.__getitem__, speaker_ids))
            statements.extend(brief.statements)
            end = start + len(brief.statements)
            profile_of.extend(profile_ids)
            profile_arrays = map(profile_statements.__getitem__, profile_ids)
            deque(map(array.append, profile_arrays, range(start, end)), 0)
            brief_of.extend(repeat(brief_number, end - start))
            brief_ranges.append((start, end))
            kinds = list(map(_kind_of, brief.statements))
            direct.extend(map(StatementKind.DIRECT.__eq__, kinds))
            reported.extend(map(StatementKind.REPORTED.__eq__, kinds))
            pending_texts.extend(map(_text_of, brief.statements))
            if len(pending_texts) >= _BUILD_CHUNK:
                self._add_texts(text, end, pending_texts)
        self._add_texts(text, end, pending_texts)
        for word_field in (text, speaker_words, speaker_names, title):
            word_field.freeze()
        self._briefs, self._brief_of, self._profile_of = headers, brief_of, profile_of
        self._direct, self._reported, self._brief_ranges = direct, reported, brief_ranges
        self._text, self._title = text, title
        self._speaker_words, self._speaker_names = speaker_words, speaker_names
        self._profile_names, self._profile_statements = names, profile_statements

    @staticmethod
    def _add_texts(text: MemoryField, end: int, pending_texts: list[str]) -> None:
        """The words of the statements just before ``end``, whose texts are pending.

        In chunks: the words of a million statements at once would need a gigabyte. Not
        deduplicated: sets per statement cost more than the repeated postings they save,
        and every reader of postings deduplicates anyway."""
        if pending_texts:
            words = list(map(find_words, map(fold, pending_texts)))
            text.add_many(end - len(pending_texts), words)
            pending_texts.clear()

    def _brief_size(self, brief: int) -> int:
        start, end = self._brief_ranges[brief]
        return end - start

    def __len__(self) -> int:
        return len(self._statements)

    # -- planning

    def _plan(self, query: Query, fuzzy: bool = True) -> _Plan | None:
        """What the query asks of this index, or None when nothing can match; without
        ``fuzzy``, near misses (other forms of a word, typos) match nothing."""
        total = len(self._statements)
        terms: list[_Term] = []
        for word in query.words:
            text = self._text.expand(word, fuzzy)
            term = _Term(
                word,
                text,
                self._speaker_words.entity_qualities(self._speaker_words.expand(word, fuzzy)),
                self._title.entity_qualities(self._title.expand(word, fuzzy)),
            )
            if _has_whole_match(term):
                term.near_share = scoring.NEAR_MISS_SHARE
            term.size = (
                sum(len(self._text.posting(w)) for w in text)
                + sum(len(self._profile_statements[p]) for p in term.speakers)
                + sum(self._brief_size(brief) for brief in term.briefs)
            )
            if term.size:
                term.weight = scoring.term_weight(min(term.size, total), total)
                terms.append(term)
        allowed: set[int] | None = None
        if query.speakers:
            allowed = set()
            for profile in self._speaker_filter(query.speakers):
                allowed.update(self._profile_statements[profile])
        for phrase in query.phrases:
            allowed = self._phrase_statements(phrase, allowed)
        if query.words and not terms:
            return None  # every word is unknown: nothing matches, like grep
        if not terms and not query.phrases and allowed is None and query.kind is None:
            return None
        # Rarest first: the order postings are merged in, and scores are summed in.
        terms.sort(key=lambda term: (term.size, term.word))
        phrase_total = len(query.phrases) * scoring.match_value(1.0, 1.0, scoring.TEXT_FIELD)
        best_total = sum(scoring.match_value(1.0, t.weight, scoring.TEXT_FIELD) for t in terms)
        best_total += phrase_total
        return _Plan(
            terms,
            len(query.words),
            list(query.phrases),
            allowed,
            query.kind,
            best_total or 1.0,
            phrase_total,
        )

    def _speaker_filter(self, names: Sequence[str]) -> set[int]:
        """Profiles that any ``@name`` matches, keeping only the closest matches of each."""
        chosen: set[int] = set()
        for name in names:
            quality_by_profile: dict[int, float] | None = None
            for word in name.split():
                best = self._speaker_names.entity_qualities(self._speaker_names.expand(word))
                quality_by_profile = (
                    best
                    if quality_by_profile is None
                    else {p: min(q, best[p]) for p, q in quality_by_profile.items() if p in best}
                )
            if quality_by_profile:
                top = max(quality_by_profile.values())
                # "@milley" means Milley, not also Miller: only near-best matches stay.
                chosen.update(p for p, q in quality_by_profile.items() if q >= top - 0.15)
        return chosen

    def _phrase_statements(self, phrase: str, allowed: set[int] | None) -> set[int]:
        postings = sorted((self._text.posting(w) for w in phrase.split()), key=len)
        if not postings or not postings[0]:
            return set()
        found = set(postings[0]) if allowed is None else allowed.intersection(postings[0])
        for posting in postings[1:]:
            found.intersection_update(posting)
        return {sid for sid in found if _has_phrase(self._statements[sid].text, phrase)}

    # -- scoring

    def _score(self, plan: _Plan, sid: int, terms: Sequence[_Term], total: float = 0.0) -> float:
        """``total`` plus what ``terms`` and the phrases add for one statement.

        With all the plan's terms this is the exact score that both search paths rank by.
        Terms are summed in the plan's order everywhere, so equal scores are equal floats
        and ties fall to reading order in both paths alike.
        """
        words = set(find_words(fold(self._statements[sid].text)))
        profile = self._profile_of[sid]
        brief = self._brief_of[sid]
        for term in terms:
            value = 0.0
            if term.text:
                quality = max(map(term.text.get, words, repeat(0.0)), default=0.0)
                if quality:
                    value = _value(term, quality, scoring.TEXT_FIELD)
            quality = term.speakers.get(profile, 0.0)
            if quality:
                value = max(value, _value(term, quality, scoring.SPEAKER_FIELD))
            quality = term.briefs.get(brief, 0.0)
            if quality:
                value = max(value, _value(term, quality, scoring.TITLE_FIELD))
            total += value
        return total + plan.phrase_total

    def _passes(self, plan: _Plan, sid: int) -> bool:
        if plan.allowed is not None and sid not in plan.allowed:
            return False
        return plan.kind is None or bool(self._direct[sid]) == (plan.kind is StatementKind.DIRECT)

    def _ranked_by_index(self, plan: _Plan, limit: int) -> list[tuple[float, int]]:
        """Merge postings, best matches first, within the budget. If every posting fit, the
        merged values are the exact scores; else they order the statements to score."""
        if plan.allowed is not None and len(plan.allowed) <= FEW_ALLOWED:
            return self._ranked_exactly(plan, plan.allowed, limit)
        chosen: list[list[tuple[float, Sequence[int]]]] = [[] for _ in plan.terms]
        #: Terms with postings left out → the most a left-out posting of theirs adds.
        cut: dict[int, float] = {}
        spent = 0
        sources = [
            (value, number, sids)
            for number, term in enumerate(plan.terms)
            for value, sids in self._term_sources(term)
        ]
        total = sum(len(sids) for _, _, sids in sources)
        # Merging everything gives the exact scores; a partial merge only orders what
        # to score, and a small one orders the best of them as well.
        budget = POSTINGS_BUDGET if total <= POSTINGS_BUDGET else ORDERING_BUDGET
        for value, number, sids in sorted(sources, key=lambda s: (-s[0], s[1])):
            # A term keeps its best matches only: the statements that can reach the
            # highest score must all get the highest merged value.
            if number in cut or spent + len(sids) > budget:
                cut.setdefault(number, value)
                continue
            spent += len(sids)
            chosen[number].append((value, sids))
        merged: dict[int, float] = {}
        for term_sources in chosen:
            values = _max_values(term_sources)
            if not merged:
                merged = values
                continue
            # merged[sid] += value for every sid of this term, looping in C, not Python.
            keys = values.keys()
            sums = map(operator.add, map(merged.get, keys, repeat(0.0)), values.values())
            merged.update(zip(keys, sums, strict=False))
        merged = self._filtered(plan, merged)
        if not cut:
            if plan.phrase_total:
                merged = {sid: value + plan.phrase_total for sid, value in merged.items()}
            return _best(merged, limit)
        if not merged:
            return self._ranked_by_scan(plan, limit)
        # Best merged first; then statements that only the left-out postings hold. What a
        # statement can still gain is at most the best left-out value of each cut term.
        slack = sum(cut.values())
        best_merged = ((sid, value + slack) for value, sid in _best(merged, _scored(limit)))
        left_out = (
            (sid, slack)
            for term in plan.terms
            for _, sids in self._term_sources(term)
            for sid in sids
            if sid not in merged
        )
        order = chain(self._best_possible(plan), best_merged, left_out)
        return self._ranked_in_order(plan, order, limit)

    def _best_possible(self, plan: _Plan) -> Iterator[tuple[int, float]]:
        """In reading order, the statements in every word's best-matching postings: the only
        ones that may reach the highest score (a superset when a word's are too many)."""
        best_postings = []
        for term in plan.terms:
            sources = self._term_sources(term)
            top = max(value for value, _ in sources)
            postings = [sids for value, sids in sources if value == top]
            best_postings.append((sum(map(len, postings)), postings))
        best_postings.sort(key=lambda item: item[0])
        if not best_postings or best_postings[0][0] > CORE_LIMIT:
            return iter(())
        core = set(chain.from_iterable(best_postings[0][1]))
        if plan.allowed is not None:
            core.intersection_update(plan.allowed)
        for size, postings in best_postings[1:]:
            if size > CORE_LIMIT:
                continue  # not worth a set: leave the core a little larger
            kept: set[int] = set()
            for sids in postings:
                kept.update(core.intersection(sids))
            core = kept
        return zip(sorted(core), repeat(self._ceiling(plan)))

    def _ceiling(self, plan: _Plan) -> float:
        """The highest score a statement could get: every word at its best match."""
        ceiling = plan.phrase_total
        for term in plan.terms:
            ceiling += max(value for value, _ in self._term_sources(term))
        return ceiling

    def _filtered(self, plan: _Plan, scores: dict[int, float]) -> dict[int, float]:
        if plan.allowed is not None:
            scores = {sid: scores[sid] for sid in plan.allowed.intersection(scores)}
        if plan.kind is not None:
            keep = self._direct if plan.kind is StatementKind.DIRECT else self._reported
            sids = list(compress(scores, map(keep.__getitem__, scores)))
            scores = dict(zip(sids, map(scores.__getitem__, sids), strict=False))
        return scores

    def _ranked_by_scan(self, plan: _Plan, limit: int) -> list[tuple[float, int]]:
        """For queries of common words only: statements in reading order, the rarest word's
        best matches first (or the filtered statements, when fewer)."""
        rarest = plan.terms[0]
        groups: list[Iterable[int]] = []
        if plan.allowed is not None and len(plan.allowed) < rarest.size:
            groups.append(sorted(plan.allowed))
        # The other words' statements matter only when the rarest word has too few.
        for term in plan.terms:
            by_value: dict[float, list[Iterable[int]]] = {}
            for value, sids in self._term_sources(term):
                by_value.setdefault(value, []).append(sids)
            groups.extend(heapq.merge(*by_value[v]) for v in sorted(by_value, reverse=True))
        order = zip(chain.from_iterable(groups), repeat(self._ceiling(plan)))
        return self._ranked_in_order(plan, chain(self._best_possible(plan), order), limit)

    def _ranked_in_order(
        self, plan: _Plan, order: Iterable[tuple[int, float]], limit: int
    ) -> list[tuple[float, int]]:
        """Score statements exactly in ``order`` until nothing later can make the best
        ``limit``, or ``_scored(limit)`` were scored.

        ``order`` holds ``(statement, the most it can score)``, the bound never rising, and
        lists the statements that can reach the highest score possible in reading order
        before any other that can: once ``limit`` reach it, later ones can only tie and lose.
        """
        ceiling = self._ceiling(plan) - 1e-9  # the same sums, added in another order
        scores: dict[int, float] = {}
        most = _scored(limit)
        best: list[float] = []  # the best ``limit`` scores so far, lowest first
        for sid, bound in order:
            if len(best) == limit and bound < best[0]:
                break
            if sid in scores or not self._passes(plan, sid):
                continue
            score = scores[sid] = self._score(plan, sid, plan.terms)
            if len(best) < limit:
                heapq.heappush(best, score)
            elif score > best[0]:
                heapq.heapreplace(best, score)
            if (len(best) == limit and best[0] >= ceiling) or len(scores) >= most:
                break
        return _best({sid: score for sid, score in scores.items() if score > 0}, limit)

    def _ranked_exactly(
        self, plan: _Plan, sids: Iterable[int], limit: int
    ) -> list[tuple[float, int]]:
        scores = {
            sid: self._score(plan, sid, plan.terms) for sid in sids if self._passes(plan, sid)
        }
        return _best({sid: score for sid, score in scores.items() if score > 0}, limit)

    def _term_sources(self, term: _Term) -> list[tuple[float, Sequence[int]]]:
        """The statements ``term`` matches, a group per matched word, speaker or brief, each
        with what the term adds to a statement's score there."""
        if term.sources is None:
            term.sources = self._find_term_sources(term)
        return term.sources

    def _find_term_sources(self, term: _Term) -> list[tuple[float, Sequence[int]]]:
        sources: list[tuple[float, Sequence[int]]] = []
        for word, quality in term.text.items():
            value = _value(term, quality, scoring.TEXT_FIELD)
            sources.append((value, self._text.posting(word)))
        for profile, quality in term.speakers.items():
            value = _value(term, quality, scoring.SPEAKER_FIELD)
            sources.append((value, self._profile_statements[profile]))
        for brief, quality in term.briefs.items():
            value = _value(term, quality, scoring.TITLE_FIELD)
            sources.append((value, range(*self._brief_ranges[brief])))
        return sources

    # -- public

    def search(self, query: str | Query, limit: int = 50, *, fuzzy: bool = True) -> list[SearchHit]:
        """The best ``limit`` statements for ``query``, best first; ties in reading order.
        Without ``fuzzy`` only whole words and words being typed match, no near misses."""
        parsed = parse_query(query) if isinstance(query, str) else query
        plan = self._plan(parsed, fuzzy)
        if plan is None or limit <= 0:
            return []
        if not plan.terms:
            # Filters and phrases alone score alike: reading order decides.
            return self._hits(plan, self._filtered_only(plan, limit))
        return self._hits(plan, self._ranked_by_index(plan, limit))

    def search_exhaustive(
        self, query: str | Query, limit: int = 50, *, fuzzy: bool = True
    ) -> list[SearchHit]:
        """Like ``search`` but scoring every statement: slow, the yardstick for recall."""
        parsed = parse_query(query) if isinstance(query, str) else query
        plan = self._plan(parsed, fuzzy)
        if plan is None or limit <= 0:
            return []
        if not plan.terms:
            return self._hits(plan, self._filtered_only(plan, limit))
        return self._hits(plan, self._ranked_exactly(plan, range(len(self._statements)), limit))

    def _filtered_only(self, plan: _Plan, limit: int) -> list[tuple[float, int]]:
        """A query of filters alone: the statements that pass, in reading order."""
        sids = sorted(plan.allowed) if plan.allowed is not None else range(len(self._statements))
        chosen: list[tuple[float, int]] = []
        for sid in sids:
            if self._passes(plan, sid):
                chosen.append((plan.best_total, sid))
                if len(chosen) == limit:
                    break
        return chosen

    def _hits(self, plan: _Plan, ranked: list[tuple[float, int]]) -> list[SearchHit]:
        hits = []
        for value, sid in ranked:
            match, words_matched = self._match_of(plan, sid)
            score = min(100.0, round(100 * value / plan.best_total, 1))
            statement = self._statements[sid]
            brief = self._briefs[self._brief_of[sid]]
            hits.append(
                SearchHit(
                    brief_id=brief.id,
                    statement_id=statement.id,
                    score=score,
                    positions=self._positions(plan, statement.text),
                    speaker=self._profile_names[self._profile_of[sid]],
                    text=statement.text,
                    kind=statement.kind,
                    brief_title=brief.title,
                    brief_date=brief.date_text,
                    match=match,
                    words_matched=words_matched,
                    query_words=plan.word_count,
                )
            )
        return hits

    def near_words(self, query: str | Query, limit: int = 3) -> list[str]:
        """The closest words to the query's words that only a fuzzy search matches (typos,
        other forms), best first: what to suggest when nothing matches exactly."""
        parsed = parse_query(query) if isinstance(query, str) else query
        found: dict[str, float] = {}
        for term in parsed.words:
            for word_field in (self._text, self._speaker_words, self._title):
                for word, quality in word_field.expand(term).items():
                    if scoring.is_near_miss(quality):
                        found[word] = max(quality, found.get(word, 0.0))
        ordered = sorted(found.items(), key=lambda item: (-item[1], item[0]))
        return [word for word, _ in ordered[:limit]]

    def _match_of(self, plan: _Plan, sid: int) -> tuple[MatchKind, int]:
        """How statement ``sid`` matched: the weakest matched word, and how many matched."""
        words = set(find_words(fold(self._statements[sid].text)))
        profile = self._profile_of[sid]
        brief = self._brief_of[sid]
        weakest = 1.0
        matched = 0
        for term in plan.terms:
            text = max(map(term.text.get, words, repeat(0.0)), default=0.0)
            quality = max(text, term.speakers.get(profile, 0.0), term.briefs.get(brief, 0.0))
            if quality:
                matched += 1
                weakest = min(weakest, quality)
        kind: MatchKind = (
            "exact" if weakest >= 1.0 else "near" if scoring.is_near_miss(weakest) else "prefix"
        )
        return kind, matched

    def _positions(self, plan: _Plan, text: str) -> tuple[int, ...]:
        positions: set[int] = set()
        spans = list(word_spans(text))
        for start, end, word in spans:
            for term in plan.terms:
                if term.text.get(word):
                    offsets = scoring.matched_characters(term.word, word)
                    positions.update(start + o for o in offsets if start + o < end)
        for phrase in plan.phrases:
            phrase_words = phrase.split()
            for at in range(len(spans) - len(phrase_words) + 1):
                window = spans[at : at + len(phrase_words)]
                if [w for _, _, w in window] == phrase_words:
                    for start, end, _ in window:
                        positions.update(range(start, end))
        return tuple(sorted(positions))


def _value(term: _Term, quality: float, field: float) -> float:
    return scoring.match_value(quality, term.weight, field, term.near_share)


def _has_whole_match(term: _Term) -> bool:
    """Whether the word itself (or a word it begins) is somewhere: then it is no typo."""
    qualities = chain(term.text.values(), term.speakers.values(), term.briefs.values())
    return any(quality >= scoring.STRONG_MIN for quality in qualities)


def _has_phrase(text: str, phrase: str) -> bool:
    return f" {phrase} " in f" {' '.join(words_of(text))} "


def _scored(limit: int) -> int:
    return max(MIN_SCORED, SCORED_PER_HIT * limit)


def _max_values(sources: Sequence[tuple[float, Iterable[int]]]) -> dict[int, float]:
    """Statement → the highest value among the sources that list it."""
    values: dict[int, float] = {}
    # Ascending, so a statement's best match is the one left standing.
    for value, sids in sorted(sources, key=lambda source: source[0]):
        values.update(dict.fromkeys(sids, value))
    return values


def _best(scores: dict[int, float], limit: int) -> list[tuple[float, int]]:
    """The ``limit`` best ``(score, statement)``: highest score first, then reading order."""
    if len(scores) > limit:
        threshold = heapq.nlargest(limit, scores.values())[-1]
        # Filtered in C: the Python loops below see only the few best and the tied.
        best = list(compress(scores, map(threshold.__le__, scores.values())))
        above = [(scores[sid], sid) for sid in best if scores[sid] > threshold]
        tied = heapq.nsmallest(
            limit - len(above), (sid for sid in best if scores[sid] == threshold)
        )
        chosen = above + [(threshold, sid) for sid in tied]
    else:
        chosen = [(score, sid) for sid, score in scores.items()]
    chosen.sort(key=lambda item: (-item[0], item[1]))
    return chosen
