"""Disputes: statements of different sources that cannot both be right, in two sides.

Two statements conflict only on evidence a careful editor would accept (see
``evidence``): a rejection linked to the claim it answers, opposite polarity on the
same predicate, opposite words about the same thing, or different figures for the same count.
Conflicting pairs are then joined into disputes: each side holds statements that agree with
each other and conflict with the other side, and one source is never on both.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from functools import cache, lru_cache
from itertools import combinations

import yaml

from ..language.polarity import Analysis, lexicons
from ..language.topics import data_text, stem, stopwords
from ..model import Contradiction, Speaker, SpeakerKind, Statement, StatementKind
from .evidence import (
    PREFIX_MATCH,
    Conflict,
    Profile,
    antonyms,
    compare,
    data_lines,
    find_rejection,
    is_share,
    profile,
    representative_words,
)

__all__ = ["MIN_CONFIDENCE", "Conflict", "compare", "find_contradictions", "same_source"]

#: An event counts as the article's subject, so that one shared event word is topic enough,
#: when at least this many statements name it.
SALIENT_EVENT_STATEMENTS = 3
#: A person named in at least this many statements (and this share of them) is one of the
#: article's protagonists: their name links statements about anything.
FREQUENT_NAME_STATEMENTS = 4
FREQUENT_NAME_SHARE = 0.1
#: Pairs scoring below this are not reported: a false conflict costs a reader more than a
#: missed one.
MIN_CONFIDENCE = 0.5
_NAME_WORD = re.compile(r"[a-z0-9]+")
#: words that name who speaks for a source, not the source ("Carnival officials")
_SOURCE_WORDS = frozenset(
    {"the", "a", "an", "of", "officials", "official", "spokesman", "spokeswoman"}
    | {"spokesperson", "representatives", "representative", "sources", "source", "campaign"}
    | {"rival", "former", "his", "her", "its", "their", "for"}
)
#: Keys held by more statements than this do not propose pairs: a word in very many
#: statements is the article's furniture, not a disputed point.
MAX_POSTINGS = 60
#: A statement restates another of its source when it holds this share of the shorter one's
#: words (a photo caption repeating the lead).
RESTATEMENT_SHARE = 0.5
#: How many sentences back "the charges" may point.
ANAPHORA_SENTENCES = 6


def find_contradictions(
    text: str, speakers: list[Speaker], statements: list[Statement]
) -> list[Contradiction]:
    if len({s.speaker for s in statements}) < 2:
        return []  # one source does not dispute itself
    conflicts, analyses = conflicts_in(text, speakers, statements)
    order = {s.id: n for n, s in enumerate(statements)}
    speaker_of = {s.id: s.speaker for s in statements}
    names = {sp.id: sp.name for sp in speakers}
    return _disputes(conflicts, analyses, order, speaker_of, names)


def conflicts_in(
    text: str, speakers: list[Speaker], statements: list[Statement]
) -> tuple[list[Conflict], dict[str, Analysis]]:
    """Every pair of statements of different sources that conflict, with each statement's
    analysis."""
    by_id = {s.id: s for s in statements}
    speaker_by_id = {sp.id: sp for sp in speakers}
    # The article's own much-quoted people are who disputes, not what about: "Clinton" in two
    # statements does not make them one question.
    furniture = _frequent_names(speakers, statements)
    profiles = {
        s.id: _profile(text, s, speaker_by_id.get(s.speaker), furniture) for s in statements
    }
    analyses = {sid: p.analysis for sid, p in profiles.items()}
    antecedents = described_people(speakers, statements)
    event_count = Counter(k for p in profiles.values() for k in p.topic if k.startswith("@"))
    salient = frozenset(k for k, n in event_count.items() if n >= SALIENT_EVENT_STATEMENTS)

    conflicts: list[Conflict] = []
    for first, second, adjacent in candidate_pairs(statements, profiles, speaker_by_id, text):
        if by_id[first].speaker == by_id[second].speaker:
            continue
        if _narrated(speaker_by_id, by_id[first]) or _narrated(speaker_by_id, by_id[second]):
            continue
        if _anyone(speaker_by_id, by_id[first]) or _anyone(speaker_by_id, by_id[second]):
            continue
        if _torn_name(speaker_by_id, by_id[first]) or _torn_name(speaker_by_id, by_id[second]):
            continue
        if caption_label(text, by_id[first]) or caption_label(text, by_id[second]):
            continue
        if _overlap(by_id[first], by_id[second]):
            continue  # the same words given to two sources are one of them, not a quarrel
        conflict = compare(profiles[first], profiles[second], adjacent=adjacent, salient=salient)
        if conflict is None or conflict.confidence < MIN_CONFIDENCE:
            continue
        unnamed = [_unnamed(speaker_by_id, by_id[sid]) for sid in (first, second)]
        if (conflict.kind in WEAK_KINDS and any(unnamed)) or all(unnamed):
            # Weak evidence against a voice nobody names, or two such voices ("the employee",
            # "current employees"), is no dispute a reader can check.
            continue
        # Who speaks is asked last: most pairs are no conflict, and it is the costlier check.
        if not one_source(text, by_id[first], by_id[second], speaker_by_id, antecedents):
            conflicts.append(conflict)
    return _best_answers(conflicts), analyses


#: The name the builder gives the article's own first person ("I know your returns are …").
NARRATOR = "the writer"


def _narrated(speakers: dict[str, Speaker], statement: Statement) -> bool:
    """The writer's own words are the article, not a source in it: a dispute is between the
    sources an article reports (an op-ed's "I" quoting a talk with her mother is one voice)."""
    speaker = speakers.get(statement.speaker)
    return speaker is not None and speaker.name == NARRATOR


#: Evidence that unseen news showed right less than one time in five (opposite words,
#: differing figures): it stands only between sources the article names.
WEAK_KINDS = frozenset({"antonym", "figures"})


def _unnamed(speakers: dict[str, Speaker], statement: Statement) -> bool:
    """ "many strategists", "the employee of nearly four years", "figures her campaign
    released": a source the article describes but does not name."""
    speaker = speakers.get(statement.speaker)
    return speaker is None or speaker.kind is SpeakerKind.UNNAMED


def _anyone(speakers: dict[str, Speaker], statement: Statement) -> bool:
    """ "Anyone questioning her lead can find solace …": whoever might say it is nobody in the
    article."""
    speaker = speakers.get(statement.speaker)
    words = speaker.name.lower().split()[:1] if speaker is not None else []
    return bool(words) and words[0] in _ANYONE


_ANYONE = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody", "nobody"})


def _torn_name(speakers: dict[str, Speaker], statement: Statement) -> bool:
    """ "Isis. On Sunday", "Israel. Instead": a speaker name that runs on across the end of a
    sentence is the tail of one and the head of the next, nobody; "Donald J. Trump",
    "U.S. officials", "Sens. Ted Cruz" stop only after an initial or an abbreviation."""
    speaker = speakers.get(statement.speaker)
    if speaker is None:
        return False
    return any(
        len(found.group(1)) > 1 and found.group(1).lower() not in _ABBREVIATIONS
        for found in _SENTENCE_END.finditer(speaker.name)
    )


#: a word, a full stop, a space and a capital: "Isis. On"
_SENTENCE_END = re.compile(r"(?<![\w.])(\w+)\.\s+[A-Z]")
#: words that end on a full stop inside a name ("Sens. Ted Cruz", "Del. Stacey Plaskett")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "pres", "lt", "sgt"}
    | {"st", "jr", "sr", "capt", "col", "maj", "adm", "rev", "prof", "del", "mt", "ft", "no"}
    | {"co", "inc", "corp", "ltd", "bros", "jan", "feb", "aug", "sept", "sep", "oct", "nov"}
    | {"dec", "cmdr", "supt", "insp", "det", "atty", "hon", "rt", "messrs", "mme", "mlle"}
)


def caption_label(text: str, statement: Statement) -> bool:
    """ "Attacks: Two strikes were reported …", "Bottom Line: The link between …": one or two
    capitalised words opening a line before a colon label a photo caption or a section, and
    name no one when the article never writes them as a name inside a sentence (after a
    lower-case word: "we asked engineer Okafor" makes "Okafor:" a speaker). The builder gave
    the caption to its label; a label disputes nothing."""
    mention, cue = statement.source_mention, statement.cue
    if mention is None or cue is None or cue.text != ":":
        return False
    label = mention.text
    words = label.split()
    if not 1 <= len(words) <= CAPTION_LABEL_WORDS or not all(
        w.isalpha() and w[0].isupper() and w[1:].islower() for w in words
    ):
        return False
    line_start = text.rfind("\n", 0, mention.span[0]) + 1
    if text[line_start : mention.span[0]].strip() or text[mention.span[1] : cue.span[1]].strip(
        ": "
    ):
        return False
    if any(w.lower() in _SOURCE_LABELS or w.lower() in _claim_noun_words() for w in words):
        return False  # "Report: Half of her meetings were with donors" cites the report
    return re.search(rf"[a-z0-9,;] +{re.escape(label)}\b", text) is None


#: How many words a caption's label may have ("Bottom Line").
CAPTION_LABEL_WORDS = 2
#: Labels that name a source, besides the nouns of claims ("Report:", "Poll:").
_SOURCE_LABELS = frozenset({"poll", "polls", "survey", "study", "studies", "data", "analysis"})


def _overlap(first: Statement, second: Statement) -> bool:
    return any(a < d and c < b for a, b in first.spans for c, d in second.spans)


def _frequent_names(speakers: list[Speaker], statements: list[Statement]) -> frozenset[str]:
    """Stems of the name words of people the article mentions in many statements."""
    names = {
        stem(w) for sp in speakers if sp.kind is SpeakerKind.PERSON for w in _name_words(sp.name)
    }
    counts: Counter[str] = Counter()
    for statement in statements:
        # each word stemmed once, however often the statement says it
        counts.update({stem(w) for w in set(_NAME_WORD.findall(statement.text.lower()))} & names)
    floor = max(FREQUENT_NAME_STATEMENTS, FREQUENT_NAME_SHARE * len(statements))
    return frozenset(name for name, n in counts.items() if n >= floor)


def _best_answers(conflicts: list[Conflict]) -> list[Conflict]:
    """A rejection answers the claim it is best linked to, not every statement it shares a
    word with: per rejecting statement, only its strongest links stay."""
    best: dict[str, float] = {}
    for c in conflicts:
        if c.kind == "rejection":
            best[c.second] = max(best.get(c.second, 0.0), c.confidence)
    return [c for c in conflicts if c.kind != "rejection" or c.confidence >= best[c.second]]


def _profile(
    text: str, statement: Statement, speaker: Speaker | None, ignore: frozenset[str]
) -> Profile:
    cue = statement.cue.text if statement.cue else ""
    context = sentence_around(text, statement.start)
    # "Clinton said she has the steadiness": reported speech that opens on "he" or "she"
    # speaks of its own source.
    first = statement.text.split(maxsplit=1)[:1]
    about_source = (
        statement.kind is StatementKind.REPORTED
        and bool(first)
        and first[0].lower().replace("’", "'") in _SELF_PRONOUNS
    )
    found = profile(
        statement.id,
        statement.text,
        cue,
        context,
        statement.sentence,
        speaker.name if speaker else "",
        ignore,
        about_source=about_source,
        asked=asked_or_supposed(text, statement) or _only_names(statement, speaker),
    )
    quoted = _opening_quote(statement.text)
    if found.rejection and quoted and not find_rejection(quoted, cue):
        # The untruth word is the writer's, past the source's quote: no answer of its own.
        return replace(found, rejection="", doubted="")
    return found


def _opening_quote(text: str) -> str:
    """ "“2014 was the warmest year on record” and leaving out the key facts makes such a
    declaration seem misleading": a statement that opens on a quotation and runs on past
    its closing mark into other words (not "… and that …", the source's own reported words)
    holds the source's words only inside the marks; those, or "" when it is no such
    statement."""
    stripped = text.lstrip()
    close = _CLOSING.get(stripped[:1])
    if close is None:
        return ""
    end = stripped.find(close, 1)
    if end < 0:
        return ""
    tail = stripped[end + 1 :].split()
    if (
        len(tail) < RUN_ON_WORDS
        or tail[0].strip(",").lower() == "that"
        or tail[:2]
        == [
            "and",
            "that",
        ]
    ):
        return ""
    return stripped[1:end]


_CLOSING = {"“": "”", '"': '"'}
#: How many words past the closing mark make a statement run on into other words.
RUN_ON_WORDS = 4


def _only_names(statement: Statement, speaker: Speaker | None) -> bool:
    """ "cited The Crime Statistics Bureau": words that only name their own source claim
    nothing."""
    if speaker is None:
        return False
    words = set(_NAME_WORD.findall(statement.text.lower())) - _SOURCE_WORDS
    return bool(words) and words <= set(_NAME_WORD.findall(speaker.name.lower()))


#: imperatives that open a scene the reader is asked to suppose, which claims nothing
_SUPPOSING = frozenset({"imagine", "suppose", "picture"})


def asked_or_supposed(text: str, statement: Statement) -> bool:
    """The article asks or supposes the statement rather than reports it as said: "what is
    unclear is whether Sanders will ever tell voters to support …", "Republicans wanted to
    know who approved the agreements", "employers may raise salaries so that they will not
    have to pay overtime". A claim in a relative clause about a named source stays a claim
    ("asked whether he feared Trump, who has called warming a hoax")."""
    if statement.kind is StatementKind.REPORTED and _embedded_question(statement.text):
        return True
    if _one_question(text, statement):
        return True
    opening = statement.text.lstrip("\"“‘' ").split(maxsplit=1)[:1]
    if opening and opening[0].lower() in _SUPPOSING:
        return True  # "Imagine that instead, every call that comes in is …": a scene asked for
    start = statement.start
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    before = text[max(sentence_start, start - _SENTENCE_REACH) : start].lower().split()
    if " ".join(before[-2:]) in _PURPOSE:
        return True
    cue = statement.cue
    cue_before = (
        text[max(sentence_start, cue.span[0] - 40) : cue.span[0]].lower().split()
        if cue is not None and cue.span[0] < start
        else []
    )
    relative = any(w in _RELATIVES for w in cue_before[-2:])
    mention = statement.source_mention.text.lower() if statement.source_mention else "who"
    if cue_before[-1:] == ["who"] and mention == "who":
        return True  # "who approved the agreements": nobody said it, somebody asked
    return "whether" in before and not relative


def _one_question(text: str, statement: Statement) -> bool:
    """ "HollywoodLifers, are you glad that Hugh isn't dead?", "What does that mean, he kept
    the country safe?": a statement of one sentence that ends on a question mark (its own, or
    the article's right after it) asks rather than claims; "Rafe is not dead. Why would
    anyone believe it?" still says its first sentence, and "Trump was back to implying that
    Fields had lied - if the grab was as bad as she said why hadn't she screamed?" its clause
    before the dash."""
    said = statement.text.strip().rstrip(_CLOSERS)
    after = text[statement.spans[-1][1] : statement.spans[-1][1] + 3].lstrip(_CLOSERS)
    if not (said.endswith("?") or (not said.endswith((".", "!")) and after.startswith("?"))):
        return False
    return _SENTENCE_BREAK.search(said.rstrip("?")) is None


#: What may close a statement after its last word: quotation marks, an ellipsis, spaces.
_CLOSERS = " \"'”’…"
#: A full stop, "!", "?", ";" or ":" followed by a space, or a dash between spaces, ends a
#: sentence or a clause of its own inside a statement.
_SENTENCE_BREAK = re.compile(r"[.!?;:][\"”’]?\s|\s[-–—]\s")


def _embedded_question(text: str) -> bool:
    """ "we would know exactly what loopholes enable him to pay no tax": reported words that
    open on a question word ask rather than claim."""
    words = text.lower().split()[:2]
    if words[:1] and words[0] in ("exactly", "just"):
        words = words[1:]
    return bool(words) and words[0] in _QUESTION_OPENERS


_QUESTION_OPENERS = frozenset({"what", "which", "whom", "whether", "how", "why", "where"})
_PURPOSE = frozenset({"so that", "in order"})
_RELATIVES = frozenset({"who", "which", "that"})


_SELF_PRONOUNS = frozenset({"he", "she", "he's", "she's", "he'd", "she'd", "he'll", "she'll"})


def sentence_around(text: str, at: int) -> str:
    """The sentence of ``text`` around offset ``at`` (cut at full stops and line ends)."""
    # Within a reach: in a text with no full stop or line break for megabytes, each
    # statement would read all of it.
    lo, hi = max(0, at - _SENTENCE_REACH), min(len(text), at + _SENTENCE_REACH)
    start = max(text.rfind(".", lo, at), text.rfind("\n", lo, at), lo - 1) + 1
    ends = [e for e in (text.find(".", at, hi), text.find("\n", at, hi)) if e >= 0]
    return text[start : min(ends) if ends else hi]


#: how far from a statement its sentence is looked for
_SENTENCE_REACH = 2000


def candidate_pairs(
    statements: list[Statement],
    profiles: dict[str, Profile],
    speakers: dict[str, Speaker] | None = None,
    text: str = "",
) -> list[tuple[str, str, bool]]:
    """Pairs that could conflict: they share a topic key (or its first letters), or one points
    back ("the charges") at the statement of another source just before it ("his claims" at
    a person's only, when ``speakers`` tells who is one; not past claims the article's
    ``text`` names in between). An inverted index keeps long articles near-linear instead of
    all-pairs."""
    position = {s.id: n for n, s in enumerate(statements)}
    by_key: dict[str, list[str]] = defaultdict(list)
    opposite = antonyms()
    for statement in statements:
        # A statement about its own source ("she has the steadiness") meets what others
        # say of that source.
        keys = profiles[statement.id].context_topic | profiles[statement.id].self_keys
        prefixes = {k[:PREFIX_MATCH] for k in keys if len(k) >= PREFIX_MATCH and k[0] != "@"}
        # A word is filed under its opposites too, so that "asleep" meets "awake".
        opposites = {f"~{o}" for k in keys for o in opposite.get(k, ())}
        for key in keys | prefixes | opposites | {f"~{k}" for k in keys if k in opposite}:
            by_key[key].append(statement.id)
    # Each posting list is in the statements' order (they were filed in it), so its pairs
    # come out earlier statement first.
    pairs: set[tuple[str, str]] = set()
    for ids in by_key.values():
        if 1 < len(ids) <= MAX_POSTINGS:
            pairs.update(combinations(ids, 2))
    adjacent: set[tuple[str, str]] = set()
    for n, statement in enumerate(statements):
        if not profiles[statement.id].claim_ref:
            continue
        # "the charges" points back at what other sources said just before.
        for earlier in reversed(statements[:n]):
            if statement.sentence - earlier.sentence > ANAPHORA_SENTENCES:
                break
            if (
                earlier.speaker != statement.speaker
                and _may_point_at(profiles[statement.id].claim_ref, earlier, speakers)
                and not _claims_named_between(text, earlier, statement, statements)
            ):
                adjacent.add((earlier.id, statement.id))
    pairs |= adjacent
    found = [(first, second, (first, second) in adjacent) for first, second in pairs]
    return sorted(found, key=lambda p: (position[p[0]], position[p[1]]))


def _claims_named_between(
    text: str, earlier: Statement, statement: Statement, statements: list[Statement]
) -> bool:
    """The article names claims itself between ``earlier`` and the rejection ("… addressing the
    numerous assault allegations against him? (He has denied the claims"): "the claims" points
    back at those, the nearer, not at what a source said before them. Words of statements,
    their cues and their sources' mentions are not the article's own."""
    end, start = max(b for _, b in earlier.spans), statement.start
    if not text or end >= start:
        return False
    if (
        _claim_noun().search(text[end:start].lower()) is None
        and _ACCUSED.search(text, end, start) is None
    ):
        return False  # most pairs: nothing between names a claim
    between = list(text[end:start].lower())
    for other in statements:
        marks = [*other.spans]
        marks += [m.span for m in (other.cue, other.source_mention) if m is not None]
        for a, b in marks:
            for at in range(max(a, end), min(b, start)):
                between[at - end] = " "
    masked = "".join(between)
    if _ACCUSED.search(masked):
        # "Swift took to social media and accused Big Machine of …": the writer tells of an
        # accusation, and "the allegations" that follow are that one.
        return True
    claimed = set(_NAME_WORD.findall(earlier.text.lower())) - stopwords()
    return any(
        not _names_the_claim(masked[: found.start()], claimed)
        for found in _claim_noun().finditer(masked)
    )


def _names_the_claim(before: str, claimed: set[str]) -> bool:
    """ "went insane over the Michael Jackson-Bruno Mars story": the words right before the
    claim noun are the earlier statement's own, so the noun names that statement, and "the
    story" after it still points back at it."""
    phrase = re.split(r"[.?!;:,()]", before)[-1]
    words = _NAME_WORD.findall(phrase.lower())[-CLAIM_NAME_WORDS:]
    return any(len(w) > 2 and w in claimed for w in words)


#: A verb of accusing in the writer's words ("and accused Braun of …"), not "the accused".
_ACCUSED = re.compile(r"(?<!the )\b(?:accused|accuses|accusing)\b", re.IGNORECASE)


#: How many words before a claim noun may say which claim it is ("the Jackson-Mars story").
CLAIM_NAME_WORDS = 4


@cache
def _claim_noun_words() -> frozenset[str]:
    return frozenset(n.lower() for n in data_lines("dispute_claim_nouns.txt"))


@cache
def _claim_noun() -> re.Pattern[str]:
    nouns = sorted(data_lines("dispute_claim_nouns.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n.lower()) for n in nouns) + r")\b")


def described_people(speakers: list[Speaker], statements: list[Statement]) -> dict[str, str]:
    """Person sources named only by a description ("the candidate", "the former senator"),
    each with the article's protagonist when that is the named person quoted last before it:
    "Ben Carson responded … The candidate also continued to refute …". Whom a description
    means beside a protagonist ("the arbiter" after a player quoted once) is left open."""
    by_id = {sp.id: sp for sp in speakers}
    counts = Counter(s.speaker for s in statements)
    people = [sp for sp in speakers if sp.kind is SpeakerKind.PERSON and not _described(sp.name)]
    protagonist = max(people, key=lambda sp: counts[sp.id], default=None)
    if protagonist is None or counts[protagonist.id] < PROTAGONIST_STATEMENTS:
        return {}
    antecedents: dict[str, str] = {}
    last_named = ""
    for statement in statements:
        speaker = by_id.get(statement.speaker)
        if speaker is None or speaker.kind is not SpeakerKind.PERSON:
            continue
        if not _described(speaker.name):
            last_named = speaker.id
        elif last_named == protagonist.id:
            antecedents.setdefault(speaker.id, last_named)
    return antecedents


#: A person quoted this often, and most, is whom the article is about.
PROTAGONIST_STATEMENTS = 3


def _described(name: str) -> bool:
    """ "the candidate", "the former governor": one person, named by what they are."""
    words = name.lower().split()
    return (
        1 < len(words) <= 3
        and words[0] == "the"
        and not words[-1].endswith("s")
        # ("the US president": a place may stand before the lower-case title)
        and name.split()[-1].islower()
    )


def _may_point_at(claim_ref: str, earlier: Statement, speakers: dict[str, Speaker] | None) -> bool:
    """ "his comments", "her claim" point back at what a person said, not at a tweet, a
    document or a class syllabus quoted just before."""
    if speakers is None or claim_ref.split()[0] not in ("his", "her"):
        return True
    speaker = speakers.get(earlier.speaker)
    return speaker is None or speaker.kind is SpeakerKind.PERSON


def one_source(
    text: str,
    first: Statement,
    second: Statement,
    speakers: dict[str, Speaker],
    antecedents: dict[str, str] | None = None,
) -> bool:
    """The two statements come from one voice: one speaker, one name under two forms, a
    spokesman and whom he speaks for, two halves of one split name, or a person and the
    description ("the candidate") that refers back to them (``antecedents``, from
    ``described_people``)."""
    if first.speaker == second.speaker:
        return True
    if antecedents and (
        antecedents.get(first.speaker) == second.speaker
        or antecedents.get(second.speaker) == first.speaker
    ):
        return True
    a, b = speakers.get(first.speaker), speakers.get(second.speaker)
    if a is None or b is None:
        return False
    if (
        same_source(a.name, b.name)
        or _parts_of_one_poll(a.name, b.name)
        or one_group(a.name, b.name)
    ):
        return True
    for one, other, statement in ((a, b, first), (b, a, second)):
        said_as = f"{one.role} {statement.source_mention.text if statement.source_mention else ''}"
        if _speaks_for(said_as, other.name) or _named_by_role(one.name, other, text):
            return True
        if _said_together(text, statement, other.name):
            return True
    return _halves_of_one_name(text, a.name, b.name)


def _said_together(text: str, statement: Statement, other_name: str) -> bool:
    """ "Dale and Martha disputed that Mike was estranged": the statement is given to one of
    two names joined by "and", and the other is ``other_name``; both say it, so it does not
    dispute what that other says ("I once visited Mike with our parents," Dale wrote)."""
    mention = statement.source_mention
    if mention is None:
        return False
    start, end = mention.span
    before = _JOINED_BEFORE.search(text, max(0, start - JOINT_REACH), start)
    after = _JOINED_AFTER.match(text, end, end + JOINT_REACH)
    joined = " ".join(found.group(1) for found in (before, after) if found is not None)
    other = {w for w in _NAME_WORD.findall(other_name.lower()) if w not in _SOURCE_WORDS}
    return bool(other & set(_NAME_WORD.findall(joined.lower())))


#: How many characters either side of a speaker's mention a name joined to it may stand.
JOINT_REACH = 40
#: "Dale and " / "Dale Ford and " right before the mention; " and Dale" right after it.
_JOINED_BEFORE = re.compile(r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:and|&)\s+$")
_JOINED_AFTER = re.compile(r"\s+(?:and|&)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")


def _parts_of_one_poll(first: str, second: str) -> bool:
    """ "59 percent" and "less than a third", or "21 percent" and "the survey": the shares of
    one poll's answers are one source, which does not dispute itself."""
    one, other = is_share(first), is_share(second)
    return (one and other) or ((one or other) and bool(_POLLS.search(f"{first} {second}".lower())))


_POLLS = re.compile(r"\b(?:poll|polls|survey|surveys|study|respondents)\b")


def one_group(first: str, second: str) -> bool:
    """ "More than 50 teachers" and "a group of teachers": two descriptions of one group of
    people, which does not dispute itself. Only counts and words for a gathering may differ:
    "some teachers" and "other teachers", or "Harbor nurses" and "Lakeside nurses", are two."""
    words_a, words_b = first.lower().split(), second.lower().split()
    if not words_a or not words_b:
        return False
    head = words_a[-1]
    if head != words_b[-1] or not head.endswith("s") or not head.isalpha():
        return False
    return _group_modifiers(words_a[:-1]) == _group_modifiers(words_b[:-1])


def _group_modifiers(words: list[str]) -> frozenset[str]:
    return frozenset(w for w in words if w not in _HOW_MANY and not w[:1].isdigit())


#: Words that count or gather a group without saying which people it is.
_HOW_MANY = frozenset(
    {"a", "an", "the", "of", "more", "than", "over", "about", "nearly", "almost", "around"}
    | {"at", "least", "dozens", "hundreds", "thousands", "scores", "group", "number", "several"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty"}
)


@cache
def _speaks_for(said_as: str, name: str) -> bool:
    """ "a spokeswoman for Hillary Clinton", "Trump campaign manager": a representative's
    words naming the other source."""
    lowered = said_as.lower()
    if not _representatives().search(lowered):
        return False
    words = set(_NAME_WORD.findall(lowered))
    return bool(_name_words(name) & words)


@cache
def _representatives() -> re.Pattern[str]:
    words = sorted(representative_words(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


def _named_by_role(name: str, other: Speaker, text: str) -> bool:
    """ "the mayor" and "Mayor Bill de Blasio": a source named only by a role that the article
    (or the speaker's role) gives another source is most likely that source."""
    words = name.lower().split()
    if not words or words[0] not in ("the", "a") or len(words) > 3:
        return False
    return _role_names(tuple(words[1:]), other.name, other.role, text)


@cache
def _role_names(title: tuple[str, ...], name: str, role: str, text: str) -> bool:
    role_words = set(_NAME_WORD.findall(role.lower()))
    if role_words and set(title) <= role_words:
        return True
    lowered, target = _lowered(text), name.lower()  # "Bill de Blasio" is "De Blasio"
    at = lowered.find(target) if target else -1
    while at >= 0:
        if _titled(text[max(0, at - 120) : at].split(), title):
            return True
        if _in_apposition(lowered[at + len(target) : at + len(target) + 120], title):
            return True
        at = lowered.find(target, at + 1)
    return False


def _in_apposition(after: str, title: tuple[str, ...]) -> bool:
    """ "Wesley Clark, a retired four-star general and former …": the words set off by a comma
    right after a name, within a few words, hold every word of ``title``."""
    if not after.startswith(", "):
        return False
    words = _NAME_WORD.findall(after.split(",")[1])[:APPOSITION_WORDS]
    return bool(words) and words[0] in ("a", "an", "the") and set(title) <= set(words)


#: How many words of an apposition ("a retired four-star general and former …") are read.
APPOSITION_WORDS = 6


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return text.lower()


_NAME_TOKEN = re.compile(r"[A-Z][\w.’'-]*$")
_PLAIN_TOKEN = re.compile(r"[\w.’'-]+$")


def _titled(before: list[str], title: tuple[str, ...]) -> bool:
    """The words ``before`` a name end in ``title``, then at most two more names ("Mayor Bill
    de Blasio"), with no punctuation between ("the ministry said: 'Mr. X" is no title)."""
    for skip in range(3):
        if skip and not _NAME_TOKEN.match(before[-skip] if len(before) >= skip else ""):
            return False
        words = before[len(before) - skip - len(title) : len(before) - skip]
        if (
            len(words) == len(title)
            and all(_PLAIN_TOKEN.match(w) for w in words)
            and tuple(w.lower() for w in words) == title
        ):
            return True
    return False


@lru_cache(maxsize=4096)
def _halves_of_one_name(text: str, first: str, second: str) -> bool:
    """ "Guajardo" and "Villarreal" found as two speakers: the article writes them together."""
    if not first or not second:
        return False
    return f"{first} {second}" in text or f"{second} {first}" in text


def _name_words(name: str) -> set[str]:
    return {w for w in _NAME_WORD.findall(name.lower()) if len(w) > 2} - _SOURCE_WORDS


def same_source(first: str, second: str) -> bool:
    """ "Carnival" and "Carnival officials", "Clinton" and "Hillary Clinton", "Ildefonso
    Guajardo" and "Guajardo Villarreal": one voice, which does not dispute itself; "Ivana
    Trump" and "Donald Trump", or the "Tax Foundation" and the "Tax Policy Center", are two."""
    if first.casefold() == second.casefold():
        return True
    a, b = _name_words(first), _name_words(second)
    if not a or not b or not a & b:
        return False
    if a <= b or b <= a:
        return True
    # Overlapping full names are one person only when one ends where the other begins.
    words_a = [w for w in _NAME_WORD.findall(first.lower()) if w in a]
    words_b = [w for w in _NAME_WORD.findall(second.lower()) if w in b]
    return words_a[-1] in words_b[:-1] or words_b[-1] in words_a[:-1]


def _disputes(
    conflicts: list[Conflict],
    analyses: dict[str, Analysis],
    order: dict[str, int],
    speaker_of: dict[str, str],
    names: dict[str, str],
) -> list[Contradiction]:
    # Each statement takes the side most of its conflicts put it on; joined components of the
    # conflict graph become disputes.
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in conflicts:
        votes[c.first]["a"] += 1
        votes[c.second]["b"] += 1
    parent = {sid: sid for sid in votes}

    def root(sid: str) -> str:
        while parent[sid] != sid:
            parent[sid] = parent[parent[sid]]
            sid = parent[sid]
        return sid

    for c in conflicts:
        parent[root(c.first)] = root(c.second)
    # One dispute per topic: statements joined through different topics are separate disputes.
    components: dict[tuple[str, str], list[Conflict]] = defaultdict(list)
    for c in conflicts:
        components[(_primary_key(c), root(c.first))].append(c)

    disputes: list[Contradiction] = []
    for group in _same_quarrels(list(components.values()), speaker_of, analyses):
        side = _assign_sides(group, votes, speaker_of)
        kept = [c for c in group if side.get(c.first) == "a" and side.get(c.second) == "b"]
        a_ids = sorted({c.first for c in kept}, key=order.__getitem__)
        b_ids = sorted({c.second for c in kept}, key=order.__getitem__)
        if not a_ids or not b_ids:
            continue
        disputes.append(_describe(kept, a_ids, b_ids, analyses, speaker_of, names))
    disputes = _without_repeats(disputes)
    disputes.sort(key=lambda d: min(order[s] for s in d.a + d.b))
    return [
        Contradiction(f"c{n}", d.topic, d.a, d.b, d.reason, d.confidence)
        for n, d in enumerate(disputes, 1)
    ]


def _same_quarrels(
    groups: list[list[Conflict]], speaker_of: dict[str, str], analyses: dict[str, Analysis]
) -> list[list[Conflict]]:
    """One denial told twice is one quarrel, not two: "Greece has denied it will fail to pay a
    loan following reports it has drawn up plans …" in the lead and, in a photo caption,
    "Greece has denied it will miss a repayment … after reports it had drawn up plans …", each
    against the Telegraph's reports about paying. Rejection groups join when a rejecting
    statement of each is one source's restatement of the other (at least half of the shorter
    one's words) and they answer a source in common, none of them changing side."""

    def sources(group: list[Conflict], end: str) -> set[str]:
        return {speaker_of[getattr(c, end)] for c in group}

    def restated(group: list[Conflict], earlier: list[Conflict]) -> bool:
        return any(
            speaker_of[c.second] == speaker_of[e.second]
            and _restates(analyses[c.second], analyses[e.second])
            for c in group
            for e in earlier
        )

    merged: list[list[Conflict]] = []
    for group in groups:
        target = None
        if all(c.kind == "rejection" for c in group):
            for earlier in merged:
                if (
                    all(c.kind == "rejection" for c in earlier)
                    and sources(group, "first") & sources(earlier, "first")
                    and not sources(group, "second") & sources(earlier, "first")
                    and not sources(group, "first") & sources(earlier, "second")
                    and restated(group, earlier)
                ):
                    target = earlier
                    break
        if target is None:
            merged.append(list(group))
        else:
            target.extend(group)
    return merged


def _restates(first: Analysis, second: Analysis) -> bool:
    """At least half of the words of the shorter statement are in the other."""
    a, b = set(first.keys), set(second.keys)
    return bool(a and b) and len(a & b) >= RESTATEMENT_SHARE * min(len(a), len(b))


def _without_repeats(disputes: list[Contradiction]) -> list[Contradiction]:
    """A dispute whose sides sit inside a larger one's is the same quarrel under another topic
    word ("referendum" and "another"): the reader sees it once."""
    kept: list[Contradiction] = []
    for dispute in sorted(disputes, key=lambda d: -(len(d.a) + len(d.b))):
        if not any(set(dispute.a) <= set(k.a) and set(dispute.b) <= set(k.b) for k in kept):
            kept.append(dispute)
    return kept


def _primary_key(conflict: Conflict) -> str:
    events = [k for k in conflict.flipped if k.startswith("@")]
    if conflict.kind == "rejection":
        # One rejection answers its claims in one dispute, whatever words link each; one
        # about the article's event joins the dispute over that event.
        shared_events = [k for k in conflict.shared if k.startswith("@")]
        return shared_events[0] if shared_events else f"rejection:{conflict.second}"
    if events:
        return events[0]
    if conflict.kind == "antonym":
        # "success" / "fail" and "fail" / "successful" about one company are one quarrel:
        # joined statements with opposite words make one dispute, split by who says which.
        return "antonym"
    return f"{conflict.kind}:{conflict.flipped[0] if conflict.flipped else conflict.first}"


def _assign_sides(
    group: list[Conflict], votes: dict[str, Counter[str]], speaker_of: dict[str, str]
) -> dict[str, str]:
    """Side per statement: the speakers of a dispute split in two so that each conflict has
    one end on each side (opposite words have no direction: "fail" against "successful" and
    "successful" against "fail" are one split); all of one speaker's statements stand
    together. The side holding more claims (``first`` of a conflict) is side A."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    for c in group:
        a, b = speaker_of[c.first], speaker_of[c.second]
        neighbours[a].add(b)
        neighbours[b].add(a)
    colour: dict[str, int] = {}
    for start in sorted(neighbours, key=lambda sp: min(_first_seen(group, speaker_of, sp))):
        if start in colour:
            continue
        colour[start] = 0
        queue = [start]
        while queue:
            speaker = queue.pop(0)
            for other in sorted(neighbours[speaker]):
                if other not in colour:
                    colour[other] = 1 - colour[speaker]
                    queue.append(other)
    members = {c.first for c in group} | {c.second for c in group}
    claims = Counter(colour[speaker_of[sid]] for sid in members for _ in range(votes[sid]["a"]))
    denials = Counter(colour[speaker_of[sid]] for sid in members for _ in range(votes[sid]["b"]))
    # A speaker who both affirms and denies sides with the denial (the seed's Milley: "implies
    # withdrawal. That's not what's happening"): side B is the colour with more denials.
    claim_colour = 0 if claims[0] - denials[0] >= claims[1] - denials[1] else 1
    return {sid: "a" if colour[speaker_of[sid]] == claim_colour else "b" for sid in members}


def _first_seen(group: list[Conflict], speaker_of: dict[str, str], speaker: str) -> list[str]:
    return [c.first for c in group if speaker_of[c.first] == speaker] + [
        c.second for c in group if speaker_of[c.second] == speaker
    ]


def _describe(
    kept: list[Conflict],
    a_ids: list[str],
    b_ids: list[str],
    analyses: dict[str, Analysis],
    speaker_of: dict[str, str],
    names: dict[str, str],
) -> Contradiction:
    events = lexicons().events
    topic_keys: Counter[str] = Counter()
    for c in kept:
        topic_keys.update(c.flipped)
        topic_keys.update(c.shared)
    # Keys no statement holds as such (joined compounds such as "citycouncil") only help
    # two spellings meet; a reader sees the words themselves.
    held = {k for sid in a_ids + b_ids for k in analyses[sid].keys}
    ranked = [k for k, _ in topic_keys.most_common() if k in held or k in events]

    def surface(key: str) -> str:
        if key in events:
            return events[key].label
        for sid in a_ids + b_ids:
            use = analyses[sid].keys.get(key)
            if use is not None:
                return use.surface
        return key

    topic_words = list(dict.fromkeys(surface(k) for k in ranked[:3]))
    # A rejection linked only by "the charges" has no shared word: the pointer is the topic.
    topic = ", ".join(topic_words) or next(
        (w for c in kept for w in c.second_words if w), "the claim"
    )

    def who(ids: list[str]) -> tuple[str, bool]:
        """The speakers of ``ids`` as a phrase, and whether they are more than one."""
        people = list(dict.fromkeys(names.get(speaker_of[s], speaker_of[s]) for s in ids))
        phrase = people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]
        return phrase[:1].upper() + phrase[1:], len(people) > 1 or _sounds_plural(people[0])

    def words_of(ids: list[str]) -> str:
        said = dict.fromkeys(
            use.surface
            for sid in ids
            for k in ranked[:3]
            if (use := analyses[sid].keys.get(k)) is not None
        )
        return ", ".join(f'"{w}"' for w in list(said)[:4])

    (side_a, many_a), (side_b, many_b) = who(a_ids), who(b_ids)
    kinds = Counter(c.kind for c in kept)
    cues = list(dict.fromkeys(cue for c in kept for cue in c.cues if cue))
    cue_text = ", ".join(f'"{cue}"' for cue in cues[:4])
    kind = kinds.most_common(1)[0][0]
    if kind == "stance":
        reason = (
            f"Both speak of {topic}. {side_a} {'affirm' if many_a else 'affirms'} it "
            f"({words_of(a_ids)}); {side_b} {'deny' if many_b else 'denies'} it ({cue_text})."
        )
    elif kind == "rejection" and (defended := next((c.defended for c in kept if c.defended), "")):
        # "Will Moy rejects what Dominic Raab defends: the party's actions ("misleading")."
        reason = (
            f"{side_b} {'reject' if many_b else 'rejects'} what {side_a} "
            f"{'defend' if many_a else 'defends'}: {defended} ({cue_text})."
        )
    elif kind == "rejection":
        reason = (
            f"{side_b} {'reject' if many_b else 'rejects'} what {side_a} "
            f"{'say' if many_a else 'says'} about {topic} ({cue_text})."
        )
    elif kind == "antonym":
        reason = f"Both speak of {topic}, in opposite words: {cue_text}."
    else:
        reason = f"Both speak of {topic}, with different figures: {cue_text}."
    return Contradiction("", topic, tuple(a_ids), tuple(b_ids), reason, judged_share(kind))


@cache
def _judged_shares() -> dict[str, float]:
    shares = yaml.safe_load(data_text("dispute_confidence.yaml", "briefing.disputes"))
    return {str(kind): float(share) for kind, share in shares.items()}


def judged_share(kind: str) -> float:
    """The confidence a dispute resting on ``kind`` of evidence is written with: how often a
    careful reader judged such disputes right on unseen news (``dispute_confidence.yaml``).
    How strong the evidence is decides whether a dispute is listed, not this."""
    return _judged_shares()[kind]


def _sounds_plural(name: str) -> bool:
    """ "Environmental groups deny it", "Republicans deny it", but "Bernie Sanders denies it"."""
    words = name.split()
    last = words[-1] if words else ""
    if last.islower():
        return last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return len(words) == 1 and last.endswith(("ans", "ats", "ists", "ens", "als"))
