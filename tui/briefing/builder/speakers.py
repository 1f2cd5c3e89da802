"""One speaker per real source: full names, later surnames, pronouns and nominals resolved
in text order ("it said" → the letter, "the top US general" → the general named nearby).
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from ..model import Mention, Speaker, SpeakerKind
from .draft import Draft
from .lexicon import data_lines, lexicon, words
from .mentions import RELATIVE_PRONOUNS, Phrase, phrase_after, phrase_before
from .speaker_kinds import (
    describes_organisation,
    home_state,
    is_organisation,
    is_plural_noun,
    named_like_organisation,
    organisation_endings,
    organisation_just_named,
    outlet_heads,
)
from .speaker_names import can_speak, caption_label, times_written
from .tokens import Tok, tokens

#: how far after a nominal ("the top US general told reporters") its name may come
_LOOKAHEAD = 600
#: (spaces only, never a line break: "… the streets of Lima¶¶After making …" is no name)
_NAME = re.compile(
    r"\b[A-Z][a-z]+(?:[^\S\n]+[A-Z]\.)?[^\S\n]+(?:Mc|Mac|O'|O’)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
)
#: how far back (characters) a bare surname looks for the full name it stands for
_FULL_NAME_REACH = 3000
#: how far back (characters) a speaker of the pronoun's gender beats a more recent unknown one
_GENDER_REACH = 1500
_SIGNED = "(?:signed|written|sent|issued|drafted|authored)"
#: a speaker this close before a pronoun (the sentence or quote just before) is who it means
_THREAD_REACH = 400
#: how far back (characters) a pronoun with no speaker to stand for looks for a named person
_PRONOUN_REACH = 800
#: words before a name that make it an object, not the subject a later "she" stands for
_OBJECT_LEADS = frozenset(
    "about against among at between by for from in into like of on than through to toward "
    "towards under via with".split()
)


@dataclass(slots=True)
class _Entity:
    name: str
    kind: SpeakerKind
    role: str = ""
    aliases: list[str] = field(default_factory=list)
    last_seen: int = 0
    first_seen: int = 0
    head: str = ""
    id: str = ""
    #: capitalised words that say whose it is: {"russia"} for "Russia's foreign ministry"
    owners: frozenset[str] = frozenset()
    #: its own words, the name it takes once another of its kind is met ("French foreign
    #: ministry" beside "Russia's foreign ministry")
    full: str = ""
    #: how often "he" or "she" stood for this speaker: gender → count
    pronoun_uses: dict[str, int] = field(default_factory=dict)
    #: whether the last mention was by name ("Warren said"), not by a pronoun
    named_last: bool = False
    #: "f" or "m" when the text's own sentences about this name tell, "" otherwise
    text_gender: str = ""
    #: where "the statement" last spoke for this speaker (-1: never)
    issued: int = -1

    @property
    def gender(self) -> str:
        """ "f", "m", or "" when nothing in the name, role or honorific tells."""
        # a given name tells, a surname does not ("Ann Lee" is a woman whatever "Lee" says);
        # so do honorifics and gendered roles ("Mrs Roe", "spokeswoman")
        # "Mr Kushner's lawyer Jamie Gorelick": the owner's "Mr" says nothing of her
        firsts = [_first_word(form) for form in [*self.aliases, self.name] if form.split()]
        parts = [*firsts, *self.role.split()]
        name_words = self.name.split()
        if name_words and (
            not self.name[:1].isupper() or name_words[0].lower() in words().determiners
        ):
            parts += name_words  # "A spokeswoman for the State Department"
        table = lexicon().gender
        told = {table[w.lower()] for w in parts if w.lower() in table}
        return told.pop() if len(told) == 1 else "" if told else self.text_gender

    @property
    def said_gender(self) -> str:
        """The gender of "he" or "she" said of this speaker, never the other: enough to pass
        them over for the other pronoun ("Quinn Harlow … she"), too weak to prefer them over
        a closer speaker (the pronoun may have been a guess)."""
        return self.gender or self.pronouns_gender

    @property
    def pronouns_gender(self) -> str:
        """The gender of "he" or "she" said of this speaker, when only one of them was."""
        told = list(self.pronoun_uses)
        return told[0] if len(told) == 1 else ""

    def see(self, phrase: Phrase | None, pos: int) -> None:
        self.last_seen = max(self.last_seen, pos)
        if phrase is None:
            return
        for form in (phrase.text, phrase.name):
            if form and form not in self.aliases and phrase.form != "pronoun":
                self.aliases.append(form)
        if phrase.form == "pronoun" and phrase.text not in self.aliases:
            self.aliases.append(phrase.text)
        self.named_last = phrase.form != "pronoun"
        said = words().pronoun_gender.get(phrase.head, "")
        if phrase.form == "pronoun" and said:
            self.pronoun_uses[said] = self.pronoun_uses.get(said, 0) + 1
        if phrase.role and (not self.role or len(phrase.role) > len(self.role)):
            self.role = phrase.role


#: words by which one person speaks of themself
_FIRST_PERSON_ONE = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself)\b")
#: words by which a speaker speaks for more than one
_FIRST_PERSON_MANY = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|[Ww]e['’](?:re|ve|d|ll))\b")


def _speaks_as_one(text: str, draft: Draft) -> bool:
    """Whether a quote speaks as one person ("I haven't found …"), never as "we"."""
    words = text[draft.spans[0][0] : draft.spans[-1][1]]
    return bool(_FIRST_PERSON_ONE.search(words)) and not _FIRST_PERSON_MANY.search(words)


#: how far after a person's statement an "I" quote may still be theirs, with no name between
_STILL_SPEAKING = 250


def _still_speaking(text: str, person: _Entity, end: int, draft: Draft) -> bool:
    """Whether the person whose statement ended at ``end`` speaks on in ``draft``: it comes
    right after, or the person's surname stands just before it ("Said Ellis: '…'")."""
    surname = person.name.split()[-1]
    if surname in text[draft.start : draft.spans[-1][1]]:
        return False  # "'Just saw #DonaldTrump's tweet. I'm …'": someone speaking of him
    if draft.start - end < _STILL_SPEAKING:
        return True
    lead = text[max(end, draft.start - 40) : draft.start]
    return (
        draft.start - end < _PRONOUN_REACH
        and re.search(rf"\b{re.escape(surname)}\b", lead) is not None
    )


def _many(entity: _Entity) -> bool:
    """Whether a speaker is more than one person: a group ("some experts", "Villagers")."""
    return entity.kind is SpeakerKind.GROUP or (
        entity.kind is SpeakerKind.UNNAMED
        and entity.head.endswith("s")
        and not entity.head.endswith("ss")
        and entity.head not in ("speaker",)
    )


def _first_word(form: str) -> str:
    """The first word of a mention, after any owner ("Mr Kushner's lawyer Jamie …" → "lawyer")."""
    parts = form.split()
    owned = [k for k, w in enumerate(parts) if w.endswith(("'s", "’s"))]
    if owned and owned[-1] + 1 < len(parts):
        return parts[owned[-1] + 1]
    return parts[0]


def resolve_speakers(text: str, drafts: list[Draft]) -> list[Speaker]:
    """Set ``draft.speaker`` on every draft that has a source; return the speakers, in order."""
    entities: list[_Entity] = []
    by_word: dict[str, list[_Entity]] = {}
    # (where, which draft, the name), by where: a description looks ahead for its name
    named = sorted(
        (d.phrase.span[0], k, d.phrase)
        for k, d in enumerate(drafts)
        if d.phrase and d.phrase.form == "name"
    )
    chosen: dict[int, _Entity] = {}
    previous: _Entity | None = None
    person: _Entity | None = None  # the last person a statement was given to
    person_end = 0  # where that statement ended
    said = sorted(span for d in drafts for span in d.spans)
    for draft in drafts:
        entity: _Entity | None
        if draft.inherit is not None:
            entity = chosen.get(id(draft.inherit))
            if entity is not None and _many(entity) and _speaks_as_one(text, draft):
                # "He believes some experts … are wrong. 'I haven't found any data …'": an
                # "I" is no group's; the person quoted just before, or named again since
                # ("Said Ellis: '…'"), or nobody
                entity = (
                    person
                    if person is not None and _still_speaking(text, person, person_end, draft)
                    else None
                )
            if entity is not None:
                entity.see(None, draft.start)
            elif draft.phrase is not None and draft.phrase.form == "pronoun":
                # an "I" inside a turn whose label names no one ("DEAR ABBY: … I asked her
                # …"): read as any other "I"
                entity = _resolve(text, draft.phrase, entities, by_word, named, previous, said)
        elif (
            draft.phrase is None
            or not can_speak(draft.phrase, text)
            or (draft.cue is not None and caption_label(draft.phrase, draft.cue.span[0], text))
        ):
            entity = None  # no source, or page furniture that only looked like one
        else:
            phrase = _with_cue_noun(draft.phrase, draft.cue)
            entity = _resolve(text, phrase, entities, by_word, named, previous, said)
            if entity is not None:
                entity.see(phrase, phrase.span[0])
        if entity is not None:
            if entity.kind is SpeakerKind.PERSON and not entity.text_gender:
                entity.text_gender = _genders_told(text).get(entity.name, "")
            chosen[id(draft)] = entity
            previous = entity
            if entity.kind is SpeakerKind.PERSON and draft.spans:
                person, person_end = entity, draft.spans[-1][1]
    chosen_ids = {id(chosen[id(d)]) for d in drafts if id(d) in chosen and not d.heard_only}
    used = [e for e in entities if id(e) in chosen_ids]
    used.sort(key=lambda e: e.first_seen)
    taken: set[str] = set()
    for entity in used:
        entity.id = _unique(_slug(entity.name), taken)
        if entity.kind is SpeakerKind.DOCUMENT:
            entity.role = entity.role or _document_role(text, entity)
    for draft in drafts:
        entity = chosen.get(id(draft))
        draft.speaker = entity.id if entity is not None and not draft.heard_only else ""
    return [
        Speaker(e.id, e.name, e.kind, e.role, tuple(a for a in e.aliases if a != e.name))
        for e in used
    ]


def _resolve(
    text: str,
    phrase: Phrase,
    entities: list[_Entity],
    by_word: dict[str, list[_Entity]],
    named: list[tuple[int, int, Phrase]],
    previous: _Entity | None = None,
    said: list[tuple[int, int]] | None = None,
) -> _Entity | None:
    pos = phrase.span[0]
    if phrase.form == "pronoun":
        if phrase.antecedent is not None:
            return _resolve(text, phrase.antecedent, entities, by_word, named)
        if phrase.head in words().indefinite_pronouns:
            # "someone asked": nobody we know; one unnamed speaker per such word
            return _nominal(text, phrase, entities, by_word, [])
        if phrase.head in RELATIVE_PRONOUNS:
            # "… a serial liar, racist and birther who has pledged …": a relative pronoun
            # points at a noun just before it, never at a speaker of an earlier sentence;
            # when that noun cannot be read, nobody named is better than a wrong name.
            return _nominal(text, _unnamed(phrase), entities, by_word, [])
        return _pronoun(text, phrase, entities, by_word, previous, said or [])
    phrase = _through_exclamation(text, phrase)
    if phrase.form == "nominal":
        phrase = _after_glued_words(text, phrase)
        phrase = _without_trailing_adverbs(phrase)
    contracted = _contracted_pronoun(phrase)
    if contracted is not None:
        return _resolve(text, contracted, entities, by_word, named, previous, said)
    if phrase.form == "nominal" and phrase.text.lower() in _POSSESSIVES:
        owner = _sentence_owner(text, phrase, entities, by_word)
        if owner is not None:
            return owner
    if phrase.form == "nominal" and _relative_named(phrase):
        # "his daughter, Claudette King, told …": a relative is a person, so the title word
        # that ends her name is her surname, not a king
        phrase = replace(phrase, form="name")
    if phrase.form == "nominal" and _title_as_surname(text, phrase):
        # "King, pictured with Clinton, said" after "Billie Jean King": her surname, not a king
        phrase = replace(phrase, form="name", name=phrase.text, head=phrase.text.lower())
    if phrase.form == "name":
        parts = phrase.text.split()
        if len(parts) == 1 and lexicon().nominal_heads.get(parts[0].lower()) == "group":
            # "Protesters believe …": a plural noun capitalised by its place, not a name; a
            # "they" after it is that group
            bare = replace(phrase, form="nominal", head=parts[0].lower())
            return _nominal(text, bare, entities, by_word, named, previous)
        named_words = phrase.name.split()
        whole = _split_of_phrase(phrase)
        if whole and whole[:1].isupper():
            # "The National Institute on Drug Abuse said": one organisation's name, not a
            # person "Abuse" with the role "National Institute on Drug"
            org_phrase = replace(phrase, name=whole, role="", head=whole.split()[-1].lower())
            return _name(org_phrase, entities, by_word, pos, organisation=True)
        if whole:
            # "The governor of South Dakota said": a description, not a person "Dakota"
            head = whole.split()[0].lower()
            described = replace(phrase, form="nominal", name=whole, role="", head=head)
            return _nominal(text, described, entities, by_word, named, previous)
        if (
            len(parts) > 1
            and len(named_words) == 1
            and lexicon().nominal_heads.get(named_words[0].lower()) == "group"
            # ("Aides to Clinton" is named for Clinton, who is no part of the group)
            and parts[-1] == named_words[0]
            and parts[0].lower() != "the"  # "The Democrats said": the party
        ):
            # "Some Democrats say …", "veteran Republicans warned …": a group, whatever
            # words stand before it
            return _nominal(text, replace(phrase, form="nominal"), entities, by_word, named)
        if len(parts) == 1 and is_plural_noun(text, parts[0], pos):
            # "Villagers said …": a plural the text also writes in lower case is a group
            bare = replace(phrase, form="nominal", head=parts[0].lower())
            group = _nominal(text, bare, entities, by_word, named, previous)
            if group.kind is SpeakerKind.UNNAMED and group.name == parts[0]:
                group.kind = SpeakerKind.GROUP
            return group
        if len(parts) == 2 and parts[0].lower() == "the" and parts[1].lower() in _demonyms():
            # "Gomis wrote … The Frenchman will miss …": the person just named
            person = _person_just_named(text, pos, entities, "")
            if person is not None:
                return person
        # A transcript's "PENCE:" is a person, whether or not the text writes "Pence".
        turn = text[phrase.span[1] : phrase.span[1] + 1] == ":"
        outlet = not turn and _acronym_only(text, phrase.name)
        if len(parts) == 1 and phrase.name.lower() not in by_word:
            full = _one_full_name(text, pos, phrase.name)
            if full:
                # "Michael Lurie and his family were …" then "Lurie told WKYC": the man named,
                # so that "Terra Lurie" later is someone else
                phrase = replace(phrase, name=full)
        relative = _relative(text, phrase, entities, by_word)
        if relative is not None:
            return relative
        other = _same_speaker(text, phrase.name, entities)
        if other is not None:
            return other  # "VW" after "Volkswagen (VW)", "the Fed" after "Federal Reserve"
        organisation = not turn and (
            is_organisation(text, phrase.name, phrase.role) or _given_a_short_form(text, phrase)
        )
        entity = _name(phrase, entities, by_word, pos, outlet=outlet, organisation=organisation)
        if (
            entity.first_seen == pos
            and len(parts) == 1
            and len(entity.name.split()) == 1
            and entity.kind is SpeakerKind.PERSON
        ):
            _complete_surname(text, entity, by_word, pos)
        return entity
    return _nominal(text, phrase, entities, by_word, named, previous)


_JOINING_WORDS = frozenset({"and", "or", "nor", "neither", "&"})


def _after_glued_words(text: str, phrase: Phrase) -> Phrase:
    """A run of words taken for a source, cut to the source it ends in: "Tsarnaev lawyer
    keeps hated criminals off death row Clarke" (a headline glued before the sentence) is
    the Clarke the text named in full before ("Judy Clarke"), and so is "the more moderate
    Kasich" John Kasich. ``phrase`` as it is otherwise."""
    parts = phrase.text.split()
    last = parts[-1] if parts else ""
    if (
        len(parts) > 2
        and last.isalpha()
        and last[:1].isupper()
        and last[1:].islower()
        and parts[-2].isalpha()
        and parts[-2].islower()
        # "supporters of Kasich", "Neither Cruz nor Christie": others, or nobody
        and parts[-2] not in words().prepositions
        and parts[-2] not in lexicon().function_words
        and not any(p.lower() in _JOINING_WORDS for p in parts)
        and _written_after_a_name(text, phrase.span[0], last)
    ):
        at = phrase.span[1] - len(last)
        return Phrase((at, phrase.span[1]), last, "name", last, "", last.lower())
    return phrase


def _with_cue_noun(phrase: Phrase, cue: Mention | None) -> Phrase:
    """A description whose last noun was read into its cue ("the local education" +
    "authority found"), with that noun again."""
    if phrase.form != "nominal" or cue is None or not 0 <= cue.span[0] - phrase.span[1] <= 1:
        return phrase
    word = cue.text.split()[0] if cue.text.split() else ""
    lex = lexicon()
    if (
        len(cue.text.split()) < 2
        or not word.isalpha()
        or not word.islower()
        or word in lex.cue_lemma
        or word in lex.function_words
        # (only a noun the lexicon knows: "her campaign sent out", "the leader further")
        or not (word in lex.nominal_heads or word.removesuffix("s") in lex.nominal_heads)
    ):
        return phrase
    end = cue.span[0] + len(word)
    whole = f"{phrase.text} {word}"
    return replace(phrase, span=(phrase.span[0], end), text=whole, name=whole, head=word)


def _without_trailing_adverbs(phrase: Phrase) -> Phrase:
    """ "a large proportion of the population still blames", "China's leaders may still
    believe": the adverbs and modals after the noun are no part of who speaks."""
    parts = phrase.text.split()
    keep = len(parts)
    trailing = words().modals | _trailing_adverbs()
    while keep > 1 and parts[keep - 1].lower() in trailing:
        keep -= 1
    if keep == len(parts):
        return phrase
    text = " ".join(parts[:keep])
    end = phrase.span[0] + len(text)
    if phrase.text[: len(text)] != text:
        return phrase  # spaced otherwise than by single spaces: left as it is
    name_parts = phrase.name.split()
    name = " ".join(name_parts[: len(name_parts) - (len(parts) - keep)]) or text
    return replace(
        phrase, span=(phrase.span[0], end), text=text, name=name, head=parts[keep - 1].lower()
    )


@cache
def _trailing_adverbs() -> frozenset[str]:
    return frozenset(data_lines("speaker_trailing_adverbs.txt"))


def _contracted_pronoun(phrase: Phrase) -> Phrase | None:
    """ "They’ll assume …" read as a name: the pronoun, without its auxiliary."""
    if phrase.form == "pronoun" or " " in phrase.text:
        return None
    bare = re.sub(r"['’](?:ll|re|ve|d|s|m)\Z", "", phrase.text)
    if bare == phrase.text or bare.lower() not in lexicon().pronouns:
        return None
    span = (phrase.span[0], phrase.span[0] + len(bare))
    return Phrase(span, bare, "pronoun", bare, "", bare.lower())


def _one_full_name(text: str, pos: int, surname: str) -> str:
    """The full name ending in ``surname`` written in the few paragraphs before ``pos``, when
    there is exactly one ("Michael Lurie"); "" when none or two ("Barack Obama", "Michelle
    Obama"). Only a given name the lexicon knows makes a full name: "Get Dashlane", "Europa
    Clipper", "President Trump", "Mr Roe" are no person's full name."""
    given = lexicon().gender
    not_given = words().honorifics | lexicon().titles  # "Mr Roe", "Prince Andrew"

    def is_given(word: str) -> bool:
        return word.lower() in given and word.lower() not in not_given

    found = set()
    for start, name in _full_names_before(text, pos, surname):
        if not is_given(name.split()[0]):
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if before is not None and " " in _given_names(text, [before.group(1), name.split()[0]]):
            # "tennis great Billie Jean King": part of a longer name, which the women's
            # given names below complete; not "Prime Minister Benjamin Netanyahu"
            continue
        found.add(name)
    return found.pop() if len(found) == 1 else ""


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+\Z")


def _written_after_a_name(text: str, pos: int, surname: str) -> bool:
    """Whether the few paragraphs before ``pos`` write ``surname`` after a capitalised word
    that is no title or sentence opener ("Marcelo Claure"): a person's family name."""
    titles = lexicon().titles
    return any(
        name.split()[0] not in _starters() and name.split()[0].lower() not in titles
        for _, name in _full_names_before(text, pos, surname)
    )


def _full_names_before(text: str, pos: int, surname: str) -> list[tuple[int, str]]:
    """(where it starts, the name) for each two-word name ending in ``surname`` that starts
    within reach before ``pos``."""
    starts, names = _full_names(text).get(surname, ((), ()))
    lo = bisect.bisect_left(starts, pos - _FULL_NAME_REACH)
    hi = bisect.bisect_left(starts, pos)
    return list(zip(starts[lo:hi], names[lo:hi], strict=True))


@lru_cache(maxsize=4)
def _full_names(text: str) -> dict[str, tuple[tuple[int, ...], tuple[str, ...]]]:
    """Surname → (where each full name ending in it starts, that name), in text order: read
    once per text, since every bare surname and every "he" after one asks."""
    found: dict[str, tuple[list[int], list[str]]] = {}
    # every pair of capitalised words, overlapping: "Prime Minister Benjamin Netanyahu" holds
    # "Benjamin Netanyahu", which a left-to-right match would pass over
    for m in _NAME_AT.finditer(text):
        name = m.group(1)
        starts, names = found.setdefault(name.split()[-1], ([], []))
        starts.append(m.start())
        names.append(name)
    return {k: (tuple(v[0]), tuple(v[1])) for k, v in found.items()}


_NAME_AT = re.compile(rf"(?=({_NAME.pattern}))")


_BANG_NAME = re.compile(r"! ((?:[A-Z][a-z]+ ?){1,2})")


def _through_exclamation(text: str, phrase: Phrase) -> Phrase:
    """ "a new report by E! News", "Yahoo! Finance said": a name written with "!" goes on
    after it, though the sentence split there cut the phrase at "E"."""
    end = phrase.span[1]
    if not phrase.text[-1:].isupper() and not phrase.text.split()[-1][:1].isupper():
        return phrase
    match = _BANG_NAME.match(text, end)
    if match is None:
        return phrase
    rest = match.group(1).rstrip()
    head = rest.split()[-1].lower()
    if head not in organisation_endings() and head not in outlet_heads():
        return phrase  # "… said Lowe! Then Marr …": a sentence, not a brand
    span = (phrase.span[0], match.start(1) + len(rest))
    whole = text[span[0] : span[1]]
    return replace(phrase, span=span, text=whole, name=f"{phrase.name}! {rest}", head=head)


def _relative_named(phrase: Phrase) -> bool:
    """ "Claudette King" with the role "his daughter": capitalised words ending in a title
    word, set off after a relative of someone's, name a person."""
    parts = phrase.name.split()
    return (
        len(phrase.role.split()) == 2
        and _relative_role(phrase.role)
        and 2 <= len(parts) <= 3
        and all(p[:1].isupper() and p.replace(".", "").isalpha() for p in parts)
        and parts[-1].lower() in lexicon().titles
    )


def _title_as_surname(text: str, phrase: Phrase) -> bool:
    """Whether a capitalised title word standing alone ("King", "Judge") is the surname of a
    person the text named before with a given name ("Billie Jean King")."""
    word = phrase.text
    if " " in word or not word[:1].isupper() or not word[1:].islower():
        return False
    table = lexicon().gender
    before = text[max(0, phrase.span[0] - 3 * _SENTENCE_REACH) : phrase.span[0]]
    if re.search(rf"(?<![\w.])(?:[A-Z]\.\s?){{1,3}}{re.escape(word)}\b", before):
        return True  # "Blues legend B.B. King …": initials make it a name
    return any(
        m.group(1).lower() in table and m.group(1) not in _starters()
        for m in re.finditer(rf"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?{re.escape(word)}\b", before)
    )


def _complete_surname(
    text: str, entity: _Entity, by_word: dict[str, list[_Entity]], pos: int
) -> None:
    """ "Williams said …" where the text wrote "Jennifer Williams" before, though never as a
    speaker: the speaker is that person, and a later "she" may stand for her. Only a woman's
    given name completes a surname: "he" already takes a name that tells nothing for a man,
    and a man's given name made "he" jump back past a closer speaker to a man known as such
    (measured on 401 unseen articles: 65 speakers changed, mostly for the worse)."""
    surname = entity.name
    reach = max(0, pos - 3 * _SENTENCE_REACH)
    # (not after "of": "Secretary of State Hillary Clinton")
    pattern = rf"(?<!\bof\s)\b((?:[A-Z][a-z]+\s+){{1,2}})(?:[A-Z]\.\s+)?{re.escape(surname)}\b"
    if re.search(rf"(?<![\w.])(?:[A-Z]\.\s?){{1,3}}{re.escape(surname)}\b", text[reach:pos]):
        return  # "B.B. King" before "Claudette King": which one "King" is, initials cannot say
    leads = [m.group(1).split() for m in re.finditer(pattern, text[reach:pos])]
    honorifics = words().honorifics
    titled = [w[-1] for w in leads if w[-1].lower() in honorifics | lexicon().titles]
    if titled:
        entity.aliases.append(f"{titled[-1]} {surname}")  # "Mrs Pell": her gender, not her name
    given = {_given_names(text, w) for w in leads if w[-1] not in titled} - {""}
    # "Hillary" and "Celebrating Hillary" (a headline's word before it): one given name
    given = {g for g in given if not any(g.endswith(" " + other) for other in given)}
    if len(given) != 1:
        return  # "Tom Varley" and "Ned Varley": which one "Varley" is, the text must say
    first = given.pop()
    if {lexicon().gender.get(w.lower(), "") for w in first.split()} - {""} != {"f"}:
        return
    entity.aliases.append(surname)
    entity.name = f"{first} {surname}"
    for word in first.lower().split():
        by_word.setdefault(word, []).append(entity)


def _given_names(text: str, parts: list[str]) -> str:
    """ "Billie Jean" of "Billie Jean King", "Mary" of "When Mary Pell", "Hillary" of
    "Democrat Hillary Clinton": the given names before a surname, without a title, a
    sentence-opening word or a word the text also writes before other names."""
    lex = lexicon()
    while len(parts) > 1 and (
        parts[0].lower() in lex.titles
        or parts[0] in _starters()
        or parts[0].endswith("ing")
        or re.search(rf"\b{re.escape(parts[0].lower())}\b", text)
        or re.search(rf"\b{re.escape(parts[0])}\s+(?!{re.escape(parts[1])}\b)\S", text)
    ):
        parts = parts[1:]
    if parts and (parts[0].lower() in lex.titles or parts[0] in _starters()):
        return ""
    return " ".join(parts)


def _split_of_phrase(phrase: Phrase) -> str:
    """The words after "The" when a name read as a role and a last word was really one "X
    of/on/for Y Z" phrase ("The governor of South Dakota" → role "governor of South", name
    "Dakota"); "" for any other name."""
    parts = phrase.text.split()
    role = phrase.role.split()
    if (
        len(parts) < 4
        or parts[0].lower() != "the"
        or len(phrase.name.split()) != 1
        or not role
        or not role[-1][:1].isupper()
        or not any(w in ("of", "on", "for") for w in role)
        or "," in phrase.text
    ):
        return ""
    return " ".join(parts[1:])


def _acronym_only(text: str, name: str) -> bool:
    """ "ESPN", "FBI", "AP": one word in capitals the text never writes in lower case, an
    organisation's initials ("she says" is never ESPN)."""
    if not (2 <= len(name) <= 5 and name.isalpha() and name.isupper()):
        return False
    return times_written(text, name.capitalize()) == 0


def _add(
    entities: list[_Entity], by_word: dict[str, list[_Entity]], entity: _Entity, pos: int
) -> _Entity:
    entity.first_seen = entity.last_seen = pos
    entities.append(entity)
    for word in entity.name.lower().replace("’", "'").split():
        by_word.setdefault(word, []).append(entity)
    short = _acronym(entity.name)
    if short:
        by_word.setdefault(short, []).append(entity)
    return entity


def _name(
    phrase: Phrase,
    entities: list[_Entity],
    by_word: dict[str, list[_Entity]],
    pos: int,
    *,
    outlet: bool = False,
    organisation: bool = False,
) -> _Entity:
    if _glued_day(phrase.name) and not phrase.text.lower().startswith("the "):
        # "… landed in Dover on Wednesday Lee has been …": the day ends one sentence and
        # the surname opens the next; no one is called "Wednesday Lee"
        phrase = replace(phrase, name=phrase.name.split(maxsplit=1)[1])
    parts = phrase.name.lower().replace("’", "'").split()
    short = _acronym(phrase.name)
    keys = [_surname(parts), short] if short else [_surname(parts)]
    candidates = [
        e for key in keys for e in by_word.get(key, []) if e.kind is not SpeakerKind.DOCUMENT
    ]
    best: _Entity | None = None
    # "Mrs Creag" is not "James Creag": an honorific that tells a gender the other's given
    # name denies is someone else of the family
    honorific = phrase.text.split()[0].lower() if phrase.text.split() else ""
    told = lexicon().gender.get(honorific, "") if honorific in words().honorifics else ""
    kin = False
    for entity in candidates:
        if told and entity.gender not in ("", told):
            kin = True
            continue
        known = entity.name.lower().replace("’", "'").split()
        same = (
            known == parts
            or (len(parts) == 1 and parts[0] == _surname(known))
            or (len(known) == 1 and known[0] == _surname(parts))
            # "International Monetary Fund" and "IMF"
            or (len(parts) == 1 and parts[0] == _acronym(entity.name))
            or (len(known) == 1 and known[0] == short)
            # "De Blasio" after "Bill de Blasio"
            or (parts[0] in words().name_particles and known[-len(parts) :] == parts)
            or _family_name_first(phrase.name, known, entity)
            # "Marie Ratcliffe" after "Marie Teresa Ratcliffe": a middle name left out
            or _middle_name_left_out(parts, known, entity)
            # "Alden" after "Alden Capital": an organisation's first word is its short name
            or (
                len(parts) == 1
                and entity.kind is SpeakerKind.ORGANIZATION
                and len(known) > 1
                and known[0] == parts[0]
            )
        )
        if same and len(parts) == 1 and _relative_of_the_surnames_bearer(entity, parts[0]):
            continue
        if same and len(known) == 1 and len(parts) > 1 and _relative_role(phrase.role):
            continue  # "his wife, Gabriela Lazar" is not the "Lazar" spoken of before
        if same and (best is None or entity.last_seen > best.last_seen):
            best = entity
    if best is not None:
        if len(parts) > len(best.name.split()) and not _given_name_only(best.name, parts):
            best.name = phrase.name
            for word in parts:
                by_word.setdefault(word, []).append(best)
        return best
    if kin and best is None:
        phrase = replace(phrase, name=phrase.text)  # "Mrs Creag" beside "James Creag"
    kind = SpeakerKind.PERSON
    org_head = lexicon().nominal_heads.get(phrase.head) == "organization"
    country = phrase.name.lower() in lexicon().countries
    if (
        (phrase.text.lower().startswith("the ") and not phrase.role)
        or org_head
        or country
        or organisation  # "Nomura said", where the text has "analysts at Nomura"
    ):
        kind = SpeakerKind.ORGANIZATION  # "Russia said": its government speaks
    elif outlet and not phrase.role:
        kind = SpeakerKind.ORGANIZATION
    return _add(entities, by_word, _Entity(phrase.name, kind, phrase.role, head=phrase.head), pos)


def _middle_name_left_out(parts: list[str], known: list[str], entity: _Entity) -> bool:
    """Whether one of two person's names is the other with its middle names left out:
    "Marie Ratcliffe" and "Marie Teresa Ratcliffe", "George Bush" and "George W. Bush"."""
    if entity.kind is not SpeakerKind.PERSON or min(len(parts), len(known)) < 2:
        return False
    if len(parts) == len(known) or parts[0] != known[0] or parts[-1] != known[-1]:
        return False
    return parts[0] in lexicon().gender  # a given name opens both: no "New York Times"


def _relative_of_the_surnames_bearer(entity: _Entity, surname: str) -> bool:
    """Whether ``entity`` was introduced as a relative ("his daughter, Claudette King") of
    someone else with the family name: a bare "King" is not her."""
    return (
        _relative_role(entity.role)
        and entity.name.lower().split()[-1] == surname
        and len(entity.name.split()) > 1
    )


def _relative_role(role: str) -> bool:
    """Whether ``role`` opens with a relative of someone's: "his daughter", "her husband"."""
    opening = role.lower().split()[:2]
    return (
        len(opening) == 2
        and opening[0] in words().possessive_pronouns
        and opening[1] in words().relatives
    )


def _glued_day(name: str) -> bool:
    """Whether ``name`` opens with a day of the week before a capitalised word ("Wednesday
    Lee"): a day is no one's given name ("The Sunday Clarion" and "Sunday Times" keep it)."""
    parts = name.split()
    first = parts[0].lower() if parts else ""
    return (
        len(parts) > 1
        and first.endswith("day")
        and first in words().time_words
        and parts[1][:1].isupper()
        and not named_like_organisation(name)  # "Sunday Times"
    )


def _given_name_only(known: str, parts: list[str]) -> bool:
    """Whether ``known`` is a given name alone ("Charlotte") that ``parts``, of three words
    or more, end with after no other given name: a caption glued before it ("… dressed as
    Harry Potter Charlotte said") is not her full name, so the speaker keeps hers."""
    table = lexicon().gender
    return (
        " " not in known
        and len(parts) >= 3  # "Paul Ryan" after "Ryan", "Muhammad Ali" after "Ali"
        and known.lower() in table
        and parts[-1] == known.lower()
        and parts[-2] not in table  # "Mary Ann Lee"
    )


def _pronoun(
    text: str,
    phrase: Phrase,
    entities: list[_Entity],
    by_word: dict[str, list[_Entity]],
    previous: _Entity | None = None,
    said: list[tuple[int, int]] | None = None,
) -> _Entity | None:
    want = lexicon().pronouns.get(phrase.head, "any")
    pos = phrase.span[0]
    if phrase.head in ("i", "we") and not (
        _inside_quotes(text, pos) or _inside_single_quotes(text, pos)
    ):
        # "I know your tax returns …" in a column is its writer, not the last person named;
        # an "I" inside someone's quoted words ('… I was told that …') is that someone
        writer = Phrase(phrase.span, "the writer", "nominal", "the writer", "", "writer")
        return _nominal(text, writer, entities, by_word, [])
    fits: tuple[SpeakerKind, ...]
    if want == "person":
        fits = (SpeakerKind.PERSON,)
    elif want == "thing":
        fits = (SpeakerKind.DOCUMENT, SpeakerKind.ORGANIZATION)
    elif want == "group":
        fits = (SpeakerKind.GROUP, SpeakerKind.ORGANIZATION, SpeakerKind.UNNAMED)
    else:
        fits = tuple(SpeakerKind)
    if (
        phrase.head == "they"
        and previous is not None
        and previous.kind is SpeakerKind.PERSON
        and _speaks_for_others(previous.role)
        and pos - previous.last_seen < _THREAD_REACH
        and "\n" not in text[previous.last_seen : pos]
        and text[max(0, pos - 3) : pos].rstrip()[-1:] in "\"”’'"
    ):
        # "Kym Lino, a spokesperson for Instagram, confirmed …. '…,' they said in an email":
        # the spokesperson just quoted, a singular "they" right after a quote
        return previous
    recent = [e for e in entities if e.kind in fits and e.last_seen <= pos]
    if want == "thing" and not recent:
        body = _bare_name_body(entities, pos)
        if body is not None:
            return body
    if phrase.head in _SUBJECT_PRONOUNS:
        about = _subject_before(text, pos, phrase.head)
        if about is not None:
            # "The Fed does not want … It plans to …": the organisation or group the
            # sentence before was about, not an older speaker of that kind
            found = _resolve(text, about, entities, by_word, [])
            if found is not None and found.kind in fits:
                return found
    gender = words().pronoun_gender.get(phrase.head, "")
    if gender:
        subject = (
            _owner_of_the_claim(text, pos, gender)
            or _antecedent_of_who(text, pos, gender)
            or _sentence_subject(text, pos, gender)
            or _main_clause_subject(text, pos, gender)
            or _reporter_of_clause(text, pos, gender)
        )
        if subject:
            # "Abdulhadi Khalaf is a lecturer in Lund, and he says …": the person the
            # sentence opened with, whoever was quoted before
            fake = Phrase((0, 0), subject, "name", subject, "", subject.split()[-1].lower())
            return _name(fake, entities, by_word, pos)
        known_subject = _known_surname_subject(text, pos, gender, recent)
        if known_subject is not None:
            return known_subject
        asked = _asked_before(text, pos, gender, recent)
        if asked is not None:
            # "Scott Conroy asked Sanders whether … '…,' he said": the one asked answers
            return asked
        opener = _subordinate_subject(text, pos, gender) or _named_before_clause(text, pos, gender)
        if opener:
            # "When Carlo Pent was approached by police, he told them …": the person the
            # clause before the pronoun's own is about
            fake = Phrase((0, 0), opener, "name", opener, "", opener.split()[-1].lower())
            return _name(fake, entities, by_word, pos)
    if gender:
        # "she wrote" after a man was named last: the woman named before him, and one known
        # to be a woman over a recent name that says nothing
        # '"This isn't right," Warren said. "You squeezed them," she said': the speaker
        # just named in the paragraph, whatever pronoun an earlier guess gave them
        named_thread = (
            previous
            if previous is not None
            and previous.named_last
            and "\n" not in text[previous.last_seen : pos]
            else None
        )
        recent = [e for e in recent if _may_be(e, gender, named_thread)]
        speaker_named = _subject_since(text, pos, gender, recent, said or [])
        if speaker_named is not None:
            return speaker_named
        newcomer = _person_named_since(text, pos, gender, recent, said or [])
        if newcomer:
            fake = Phrase((0, 0), newcomer, "name", newcomer, "", newcomer.split()[-1].lower())
            return _name(fake, entities, by_word, pos)
        subject = _subject_just_before(text, pos, gender, recent)
        if subject:
            # "Varn is under fire for … The audience laughed when he urged …": the person
            # the sentence before was about, though no speaker and no given name tells
            fake = Phrase((0, 0), subject, "name", subject, "", subject.split()[-1].lower())
            return _name(fake, entities, by_word, pos)
        if (
            previous is not None
            and previous in recent
            and gender == "m"
            # "Delegates questioned …": a one-word name with no role may be no person, unless
            # the text writes it after a given name ("Marcelo Claure … Claure said")
            and (
                len(previous.name.split()) > 1
                or bool(previous.role)
                or _written_after_a_name(text, pos, previous.name)
            )
            and pos - previous.last_seen < _THREAD_REACH
        ):
            # '… Saeb Erekat said … "We will go to court," he added': the speaker of the
            # statement just before, not a man named further back because his given name
            # tells. Not for "she": a name the lexicon cannot tell is more often a man's, so
            # a woman named before is the better guess.
            return previous
        known = [e for e in recent if pos - e.last_seen < _GENDER_REACH and e.gender == gender]
        recent = known or recent
    if recent:
        last = max(recent, key=lambda e: e.last_seen)
        if (
            phrase.head == "we"
            and previous is not None
            and previous.kind is SpeakerKind.PERSON
            and last.last_seen < previous.last_seen
            and pos - previous.last_seen < _THREAD_REACH
            and (_inside_quotes(text, pos) or _inside_single_quotes(text, pos))
        ):
            # "'Our preference was …,' CEO Ken Choo said. 'We consider …'": the person quoted
            # just before speaks for the "we", not a group named further back
            return previous
        return last
    if phrase.head in words().person_pronouns:
        # Nobody of that kind quoted yet: the person the text has been about
        name = _salient_name(text, pos, gender, entities)
        if name:
            fake = Phrase((0, 0), name, "name", name, "", name.split()[-1].lower())
            return _name(fake, entities, by_word, pos)
    if (
        gender
        and previous is not None
        and _one_unnamed_person(previous, gender)
        and pos - previous.last_seen < _THREAD_REACH
    ):
        # "The young woman said that … She said: ‘…’": the text names no one, and the
        # person just described is whom "she" means, not a new unnamed speaker
        return previous
    return _nominal(text, _unnamed(phrase), entities, by_word, [])


_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _known_surname_subject(
    text: str, pos: int, gender: str, recent: list[_Entity]
) -> _Entity | None:
    """ "Sanders has made clear that he expects …": the person already quoted whose surname
    alone opens the pronoun's sentence as its subject, when nothing tells another gender;
    None when the surname is no known speaker's or two speakers share it."""
    owner = _surname_subject(text, pos)
    if owner is None:
        return None
    people = [
        e
        for e in recent
        if e.kind is SpeakerKind.PERSON
        and e.name.split()[-1] == owner.text
        and _may_be(e, gender, None)
    ]
    return people[0] if len(people) == 1 else None


def _subordinate_subject(text: str, pos: int, gender: str) -> str:
    """The full name that is the subject of a clause opening the pronoun's sentence ("When
    Carlo Pent was approached by police, he told …", "After Ann Lee left, she said …"), with
    the pronoun right after its comma; "" when another name or a quote stands between, or
    the given name tells the other gender."""
    start = max(0, pos - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, pos)]
    start = max(ends[-1] if ends else start, text.rfind("\n", start, pos) + 1)
    lead = text[start:pos]
    opener = lead.split(maxsplit=1)
    if len(opener) < 2 or opener[0].lower() not in words().subordinators or opener[0] == "With":
        return ""
    if not lead.rstrip().endswith(",") or lead.count(",") != 1:
        return ""
    if any(q in lead for q in '"“”‘’') or "'" in lead.replace("'s ", ""):
        return ""
    body = opener[1]
    match = _NAME.match(body)
    full = ""
    if match is None:
        # "When Carlineo was approached, he told police …": a surname the text wrote in
        # full before ("Pat Carlineo")
        match = _SURNAME_FIRST.match(body)
        if match is None:
            return ""
        written = {
            name
            for _, name in _full_names_before(text, pos, match.group())
            if _may_be_given(name.split()[0])
            and name.split()[0].lower() not in words().subordinators
        }
        givens = sorted({n.split()[0] for n in written}, key=len)
        if not givens or not all(g.startswith(givens[0]) for g in givens):
            return ""  # none, or two people of that surname ("Pat" and "Patrick" are one)
        full = max(written, key=len)
    if not _may_be_given(match.group().split()[0]):
        return ""
    others = [
        m
        for m in _NAME.finditer(body, match.end())
        if not _determined(body, m.start())  # "visited the White House": no one
    ]
    if not _verb_follows(body, match.end()) or others:
        return ""  # "When Ann Lee met Tom Roe, he …": either may be whom it means
    name = full or match.group()
    return name if _of_gender(text, name, gender) else ""


_SURNAME_FIRST = re.compile(r"[A-Z][a-z]+\b(?!['’])")


#: a full name and the verb of saying whose clause the pronoun opens: "Bear Grylls said that "
_REPORTER = re.compile(
    r"(?P<name>" + _NAME.pattern + r")[^\S\n]+(?P<verb>[a-z]+)[^\S\n]+(?:that[^\S\n]+)?\Z"
)


def _reporter_of_clause(text: str, pos: int, gender: str) -> str:
    """The full name whose verb of saying the pronoun's clause follows: "Survival expert Bear
    Grylls said that he supports …", "Most recently, novelist Margaret Atwood revealed that
    she thinks …"; "" when the verb is none of saying or the given name tells the other
    gender."""
    match = _REPORTER.search(text, max(0, pos - 120), pos)
    if match is None or match.group("verb") not in lexicon().cue_lemma:
        return ""
    name = match.group("name")
    first = name.split()[0]
    if not _may_be_given(first) or first in _starters():
        return ""
    return name if _of_gender(text, name, gender) else ""


def _of_gender(text: str, name: str, gender: str) -> bool:
    """Whether a "he" or "she" of ``gender`` may stand for the full ``name``: its given name
    tells, or else the text's own sentences about it do not say otherwise."""
    if not gender:
        return True
    told = lexicon().gender.get(name.split()[0].lower(), "")
    return told == gender if told else _genders_told(text).get(name, gender) == gender


#: someone asked a question: "asked Sanders whether", "asked Mr. Lee about"
_ASKED = re.compile(
    r"\basked\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
    r"(?:whether|if|about|why|how|what|when|who|to)\b"
)


#: a quote that ends right before a pronoun: '"Sure it is. I would not …," '
_QUOTE_BEFORE = re.compile(r"[\"“][^\"“”\n]{1,1500}[\"”][,.!?]?\s*\Z")


def _asked_before(text: str, pos: int, gender: str, recent: list[_Entity]) -> _Entity | None:
    """The speaker asked a question in the sentence just before the pronoun's ("Conroy asked
    Sanders whether … '…,' he said"): the answer is theirs; None when the pronoun's
    sentence names someone before it or no one speaker of that name fits."""
    reach = max(0, pos - _SENTENCE_REACH)
    quoted = _QUOTE_BEFORE.search(text, reach, pos)
    # ('"Sure it is. I would not …," he said': the sentence before is the one before the
    # quote, however many sentences the quote holds)
    at = quoted.start() if quoted is not None else pos
    ends = [m.end() for m in _SENTENCE_END.finditer(text, reach, at)]
    if quoted is None:
        if len(ends) < 2 or _CAPITAL_WORD.search(text, ends[-1] + 1, pos):
            return None
        begin, end = ends[-2], ends[-1]
    else:
        if ends and ends[-1] >= at:
            ends.pop()  # the quote opens its own sentence
        begin, end = (ends[-1] if ends else reach), at
    found = list(_ASKED.finditer(text, begin, end))
    if not found:
        return None
    surname = found[-1].group("name").split()[-1]
    people = [
        e
        for e in recent
        if e.kind is SpeakerKind.PERSON
        and e.name.split()[-1] == surname
        and _may_be(e, gender, None)
    ]
    return people[0] if len(people) == 1 else None


#: a full name, its comma and the word that opens a clause about it: "by Winston Churchill,
#: when ", "with Ann Lee, in which "
_NAME_THEN_CLAUSE = re.compile(
    r"(?P<name>" + _NAME.pattern + r"),[^\S\n]+(?:when|where|in which|at which|after which)"
    r"[^\S\n]+\Z"
)


def _named_before_clause(text: str, pos: int, gender: str) -> str:
    """The full name just before a clause that opens on the pronoun at ``pos``: "a 1944
    speech by Winston Churchill, when he said …" is his; "" when the sentence names
    another person or says "he" or "she" before it."""
    lead = text[max(0, pos - 300) : pos]
    match = _NAME_THEN_CLAUSE.search(lead)
    if match is None:
        return ""
    stop = max(lead.rfind(". ", 0, match.start()), lead.rfind("\n", 0, match.start()))
    before = lead[stop + 1 : match.start()]
    if _NAME.search(before) or re.search(r"\b(?:[Hh]e|[Ss]he|his|her)\b", before):
        return ""
    name = match.group("name")
    if not _may_be_given(name.split()[0]):
        return ""
    if gender and lexicon().gender.get(name.split()[0].lower(), gender) != gender:
        return ""
    return name


def _subject_since(
    text: str, pos: int, gender: str, people: list[_Entity], said: list[tuple[int, int]]
) -> _Entity | None:
    """ "Hoyle, prosecuting, said: '…' Varley was asked whether he would appeal. He declined
    but added …": a speaker the text names again as a subject after the last speaker's
    mention, outside anyone's words, is whom "he" (or "she") means, not that last speaker."""
    people = [e for e in people if e.kind is SpeakerKind.PERSON and e.gender in ("", gender)]
    if len(people) < 2:
        return None
    since = max(e.last_seen for e in people)
    if pos - since > _PRONOUN_REACH:
        return None
    by_surname: dict[str, _Entity] = {}
    for entity in sorted(people, key=lambda e: e.last_seen):
        by_surname[entity.name.split()[-1]] = entity
    found: _Entity | None = None
    for match in _CAPITAL_WORD.finditer(text, since, pos):
        named = by_surname.get(match.group())
        if named is None or not _named_as_subject(text, match, said):
            continue
        found = named
    latest = max(people, key=lambda e: e.last_seen)
    return found if found is not None and found is not latest else None


def _named_as_subject(text: str, match: re.Match[str], said: list[tuple[int, int]]) -> bool:
    """Whether the name ending in ``match`` is the subject of a clause of the writer's own:
    outside anyone's words, with a verb after it, opening its clause."""
    at = match.start()
    return not (
        _within(said, at)
        or _inside_quotes(text, at)
        or _inside_single_quotes(text, at)
        or not _verb_follows(text, match.end())
        or not _opens_clause(text, _name_start(text, match))
    )


def _person_named_since(
    text: str, pos: int, gender: str, recent: list[_Entity], said: list[tuple[int, int]]
) -> str:
    """ "Fox News reported …. Roberts is scheduled to fly home. He said: …": a person who was
    no speaker yet, named as a subject since the last speaker whose name tells no gender,
    by a full name whose given name is of the pronoun's gender; "" if none."""
    if not recent:
        return ""
    latest = max(recent, key=lambda e: e.last_seen)
    if latest.gender or latest.pronouns_gender or pos - latest.last_seen > _PRONOUN_REACH:
        return ""
    table = lexicon().gender
    full_names: dict[str, str] = {}
    for match in _NAME.finditer(text, max(0, pos - 3 * _SENTENCE_REACH), pos):
        first = match.group().split()[0]
        if table.get(first.lower()) == gender and first not in _starters():
            full_names[match.group().split()[-1]] = match.group()
    found = ""
    latest_words = set(latest.name.split())
    for match in _CAPITAL_WORD.finditer(text, latest.last_seen, pos):
        if match.group() in latest_words and match.start() > latest.last_seen:
            found = ""  # "… which Bowyer knows": the last speaker is named again after
            continue
        name = full_names.get(match.group())
        at = match.start()
        lead = text[max(0, at - 5) : at].split()[-1:]
        if (
            not name
            or name.split()[-1] in latest_words
            or lead == ["and"]  # "Rhodes and Gestede would …": one of two
            or not _named_as_subject(text, match, said)
        ):
            continue
        found = name
    return found


#: a short opening phrase of time before a sentence's subject: "On Friday, ", "In 2012, "
_OPENING_TIME = re.compile(r"\s*([A-Z][a-z]+)(?: [\w.']+){1,3}, ")
#: "…, the Jerusalem Post quoted ": a paper quoting the person a pronoun after it stands for
_QUOTED_BY = re.compile(r"^,?\s+[^,.]{0,60}\bquot(?:ed|es|ing)\s*$")
#: a word that joins a sentence to the one before it, then a capitalised word
_CONNECTIVE = re.compile(r"\s*([A-Z][a-z]+),? (?=[A-Z])")


def _subject_just_before(text: str, pos: int, gender: str, recent: list[_Entity]) -> str:
    """The name that is the subject of the sentence just before the one holding a pronoun at
    ``pos`` ("Varn is under fire …. The audience laughed when he urged"), when no speaker
    was named since that sentence began, the pronoun's sentence names nobody before it, and
    nothing tells the name is of the other gender; its full name when the text wrote one
    before; "" otherwise."""
    reach = max(0, pos - _SENTENCE_REACH)
    abbreviations = lexicon().abbreviations
    titles = lexicon().titles | words().honorifics
    ends = []
    for m in _SENTENCE_END.finditer(text, reach, pos):
        last = text[max(reach, m.start() - 12) : m.start()].split()[-1:]
        after = text[m.end() : m.end() + 1]
        word = last[0].lower() if last else ""
        if (
            word
            and (word not in abbreviations or (after.isupper() and word not in titles))
            # '“… of tyrants. Steven is …,” she said': a sentence of the quote is not one
            # the pronoun's sentence follows
            and not _inside_quotes(text, m.end())
        ):
            # "… leave the EU on Oct. 31.": "Oct." ends no sentence; "9:40 p.m. He" does
            ends.append(m.end())
    if len(ends) < 2:
        return ""
    start, begin = ends[-1], ends[-2]
    lead = text[start:pos]
    if lead[:1] in "\"“‘'":
        # '"I cut it short," he said': the words quoted are the statement, not its subject
        lead = lead[max(lead.rfind(q) for q in "\"”’'") + 1 :]
        if _QUOTED_BY.search(lead):
            lead = ""  # '"…," the Jerusalem Post quoted him saying': the paper names no one

    if any(q in lead for q in '"“”‘’') or _CAPITAL_WORD.search(lead, 1):
        return ""  # a quote or another name before the pronoun: that may be whom it means
    sentence = text[begin:start]
    back = len(ends) - 2  # the sentence before ends where ends[back + 1] begins
    while _opens_with_pronoun(sentence, gender):
        # "Ann Lee runs the shop. She has lived here since 1990. She said: …": the person a
        # run of sentences about her opened with
        if back < 1 or len(ends) - back > 3:
            return ""
        back -= 1
        begin = ends[back]
        sentence = text[begin : ends[back + 1]]
    opening = _OPENING_TIME.match(sentence)
    if opening is not None and opening.group(1).lower() in words().time_leads:
        # "On Friday, Obama took a lighter tone": the subject after the time it happened
        begin += opening.end()
        sentence = text[begin:start]
    connective = _CONNECTIVE.match(sentence)
    if connective is not None and connective.group(1).lower() in words().sentence_connectives:
        # "Then Abu Muhammad al-Adnani … dispatched his own update": the name after it
        begin += connective.end()
        sentence = text[begin:start]
    match = re.match(r"[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?\b", sentence)
    if match is None:
        return ""
    verb_at = begin + match.end()
    titled = _titled_opening(sentence)
    if (
        titled is not None
        and match.group() != titled[0].group()
        and (
            gender != "f"
            or lexicon().gender.get(titled[0].group().split()[0].lower()) == gender
            or not any(e.gender == gender and pos - e.last_seen < _THREAD_REACH for e in recent)
        )
    ):
        # "Panel chair Martin Pilkington said …", "His cousin, Steve Smith, told …": the
        # name after the words that say who the person is (for "she", unless a woman was
        # just named, since a name the lexicon cannot tell is more often a man's: "Police
        # Chief Bob Smith said …. She said" is Ann Lee's)
        match, verb_at = titled[0], begin + titled[1]
    parts = match.group().split()
    table = lexicon().gender
    honorific = parts[0].rstrip(".").lower()
    titled_person = False
    if len(parts) == 2 and honorific in lexicon().titles | words().honorifics:
        # "Mr Brown is …": his surname, and "Mr" tells he is a man
        if table.get(honorific, gender) != gender:
            return ""
        parts = parts[1:]
        titled_person = True
    if not _may_be_given(parts[0]) or not _verb_follows(text, verb_at):
        return ""
    if any(
        # (a present verb after a name inside the sentence is as often a plural noun, as in
        # "joined Cruz at Tea Party gatherings")
        _verb_follows(sentence, m.end(), present=False)
        for m in _NAME.finditer(sentence, match.end())
    ):
        return ""  # "… to be with his son Club chairman Tom Reyes talked": another subject
    surname = parts[-1]
    if any(e.last_seen >= begin and e.name.split()[-1] != surname for e in recent):
        return ""  # another speaker named since: the rules before this one weighed them
    if len(parts) == 1:
        # "Doctors are …" is nobody: a surname alone needs a speaker of that name ("Bob said
        # …") or the full name written before; a speaker's full name goes first ("Woods"
        # after the widow quoted is not her late husband named since)
        spoken = [
            e.name for e in recent if e.kind is SpeakerKind.PERSON and e.name.split()[-1] == surname
        ]
        written = [
            m.group()
            for m in _NAME.finditer(text, max(0, begin - 10 * _SENTENCE_REACH), begin)
            if m.group().split()[-1] == surname and _may_be_given(m.group().split()[0])
        ]
        full = [n for n in spoken if " " in n] or written or spoken
        # "Tommy — who only goes by his first name online — retired …": a given name of
        # the pronoun's gender, or a word a "who" clause follows, names a person too
        if (
            not full
            and not titled_person
            and table.get(surname.lower()) != gender
            and not _WHO_AFTER.match(sentence, match.end())
        ):
            return ""
        # "Mr. Trump was asked about it … He said": a title makes the surname a person's
        parts = full[-1].split() if full else parts
    name = " ".join(parts)
    if table.get(parts[0].lower(), gender) != gender:
        return ""
    if _genders_told(text).get(name, gender) != gender:
        return ""
    if any(e.gender not in ("", gender) and e.name.split()[-1] == surname for e in recent):
        return ""
    return name


_CAPITAL_START = re.compile(r"\b[A-Z]")
#: a relative "who" set off after a sentence's first word: that word is a person's name
_WHO_AFTER = re.compile(r"\s*[,—–-]\s*who\b")


#: a capitalised name in the possessive: "Sotloff’s", "Obama's"
_POSSESSIVE_NAME = re.compile(r"[A-Z][a-z]+(?:’s|'s)")


def _titled_opening(sentence: str) -> tuple[re.Match[str], int] | None:
    """The full name a sentence opens with after its title or description, and where its
    verb starts, when a verb follows it (past a description set off by commas): "Panel
    chair Martin Pilkington said", "His cousin, Steve Smith, told", "Paul Heathcote, acting
    for the minister, banned"; None when the words before the name hold a verb or a word
    that is no title."""
    lex, w = lexicon(), words()
    for capital in _CAPITAL_START.finditer(sentence, 0, min(len(sentence), 80)):
        name = _NAME.match(sentence, capital.start())
        if name is None or not _may_be_given(name.group().split()[0]):
            continue  # "Author Florian Huber": the name starts at "Florian"
        words_before = sentence[: name.start()].replace(",", " ").split()
        if len(words_before) > 4:
            return None
        last = words_before[-1] if words_before else ""
        if (
            last[:1].isupper()
            and not sentence[: name.start()].rstrip().endswith(",")
            and last.lower() not in lex.titles
            and last.lower() not in lex.nominal_heads
            and last.lower() not in w.honorifics
            and not last.lower().endswith(_PERSON_NOUN_ENDINGS)
        ):
            # "Marie Teresa Ratcliffe", "Billie Jean King": one name; but "White House Press
            # Secretary Josh Earnest" may still name someone after its title
            continue
        for k, word in enumerate(words_before):
            low = word.lower()
            if k == 0 and low in ("his", "her", "their"):
                continue
            if k == 0 and word[:1].isupper() and _POSSESSIVE_NAME.fullmatch(word):
                continue  # "Sotloff’s mother Shirley Sotloff released": whose she is
            if (
                not word.isalpha()
                or low in lex.function_words
                or low in w.prepositions
                or (low in lex.gender and k + 1 < len(words_before))  # "Lee Zeldin of"
                or low in w.determiners
                or low in w.finite_verbs
                or low in w.irregular_pasts
                or low in lex.cue_lemma
                or low in w.time_words
                or (word.islower() and low.endswith(("ed", "ing", "ly")))
            ):
                return None
        end = name.end()
        if sentence[: name.start()].rstrip().endswith(","):
            if sentence[end : end + 1] != ",":
                return None
            end += 1  # "His cousin, Steve Smith, told"
        if not _verb_follows(sentence, end):
            continue  # "Author Florian Huber has": not "Author Florian"
        return name, end
    return None


def _opens_with_pronoun(sentence: str, gender: str) -> bool:
    """Whether a sentence opens with "he" or "she" of ``gender`` ("She has lived …")."""
    first = sentence.split(maxsplit=1)[:1]
    return (
        bool(first)
        and first[0][:1].isupper()
        and words().pronoun_gender.get(first[0].lower(), "") == gender
        and first[0].lower() in ("he", "she")
    )


def _may_be_given(word: str) -> bool:
    """Whether a capitalised word may open a person's name: not "Both", "The" or "Police"."""
    lex = lexicon()
    low = word.lower()
    return (
        word not in _starters()
        and low not in lex.function_words
        and low not in lex.nominal_heads
        and low not in lex.titles
        and low not in lex.not_speakers
        and low not in words().time_words  # "On Saturday Wright told …"
        and low not in words().nobody
        and low not in words().determiners
        and low not in words().finite_verbs  # "Does Rubio, like Tilton, oppose …?"
    )


def _opens_clause(text: str, start: int) -> bool:
    """Whether the name at ``start`` opens a sentence or a main clause (after a comma, "and"
    or "but"), not a clause that reports ("… but that Trump is the best")."""
    lead = text[max(0, start - 30) : start].rstrip(" \t\"“‘'")
    if not lead or lead[-1] in ".!?,;:\n—–":
        return True
    word = lead.split()[-1]
    # "Democratic presidential candidate Bernie Sanders is …": a title opens the subject
    return (
        word in ("and", "but", "And", "But")
        or word in lexicon().titles
        or _title_run(text[max(0, start - _TITLE_RUN_REACH) : start])
    )


#: how far back (characters) a title run before a name is read
_TITLE_RUN_REACH = 100
#: words a title run before a name may hold besides capitalised ones and titles
_TITLE_RUN_JOINS = frozenset({"of", "to", "for", "the", "at", "current", "former", "then"})


def _title_run(lead: str) -> bool:
    """Whether ``lead`` ends in a description that opens its clause and holds a title:
    "…. Obama's current Ambassador to the United Nations [Samantha Power] hammered …"."""
    clause = re.split(r"[.!?,;:\n—–]", lead)[-1].split()
    if not clause or len(clause) > 10:
        return False
    if len(lead) == _TITLE_RUN_REACH and clause == lead.split():
        return False  # no stop or comma in reach: the first word may be cut
    lex = lexicon()
    titled = False
    for word in clause:
        low = word.lower()[:-2] if word.endswith(("’s", "'s")) else word.lower()
        if low in lex.titles:
            titled = True
        elif not (word[0].isupper() or low in _TITLE_RUN_JOINS or low in lex.role_modifiers):
            return False
    return titled and clause[0][0].isupper()


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` falls inside one of the sorted ``spans``."""
    k = bisect.bisect_right(spans, (at, math.inf)) - 1
    return any(s <= at < e for s, e in spans[max(0, k - 3) : k + 1])


def _may_be(entity: _Entity, gender: str, named_thread: _Entity | None) -> bool:
    """Whether "he" or "she" (``gender``) may stand for ``entity``: neither its name nor its
    role says otherwise, nor the pronouns said of it, unless it was just named. (The
    entity's gender, read from all its names, is asked once here: this runs for every
    speaker at every pronoun.)"""
    own = entity.gender
    if own:
        return own == gender
    return entity.pronouns_gender in ("", gender) or entity is named_thread


def _one_unnamed_person(entity: _Entity, gender: str) -> bool:
    """Whether ``entity`` is one person described, not named ("the young woman", "a
    student", "One resident"), whom a "he" or "she" of ``gender`` may stand for."""
    lex = lexicon()
    head = entity.head
    return (
        entity.kind is SpeakerKind.UNNAMED
        and entity.name.split()[0].lower() in _ONE
        and bool(head)
        and head != "speaker"
        and (not head.endswith("s") or head.endswith("ss"))
        and lex.nominal_heads.get(head, "person") in ("person", "unnamed")
        and head not in words().plural_collectives
        and entity.gender in ("", gender)
    )


#: words that open the description of one person: "a student", "One resident"
_ONE = frozenset({"a", "an", "the", "one", "this", "that"})


def _unnamed(phrase: Phrase) -> Phrase:
    return Phrase(phrase.span, "unnamed speaker", "nominal", "", "", "speaker")


_SUBJECT_PRONOUNS = frozenset({"it", "they"})


def _subject_before(text: str, pos: int, pronoun: str) -> Phrase | None:
    """The organisation ("it") or group ("they") a pronoun at ``pos`` stands for when it is
    the subject of the sentence before, in the same paragraph ("The Fed does not want … It
    plans"), or of the sentence the pronoun's clause joins ("Investors see … implying that
    they expect"); None when that subject is no such noun phrase."""
    reach = max(0, pos - 2 * _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, reach, pos)]
    if reach and len(ends) < 2:
        return None  # sentences longer than the reach: no subject for sure
    start = max(ends[-1] if ends else 0, text.rfind("\n", reach, pos) + 1)
    lead = text[start:pos].split()
    lex = lexicon()
    if pronoun == "it" and _sentence_adverbs(lead):
        lead = []  # "Critically, however, it pointed out …": the adverbs are no subject
    if len(lead) <= 1 and all(w.strip(",").lower() in words().coordinators for w in lead):
        begin = ends[-2] if len(ends) > 1 else 0
        if not ends or "\n" in text[begin:start].strip():
            return None  # the pronoun opens a paragraph: no sentence before it there
        stop = start
    elif lead and lead[-1].lower() in words().complement_openers | {"and"}:
        begin, stop = start, pos
    else:
        return None
    toks = list(tokens(text, begin, stop))  # a copy: an aside may be cut out below
    first = 1 if toks and toks[0].lower in words().coordinators else 0
    opened = first
    if pronoun == "it":
        first = _after_opening_adjunct(toks, first)
    # (after an opening adjunct the subject's "the" is lower-case, and no verb)
    verb = next(
        (
            k
            for k in range(first, min(len(toks), first + 6))
            if _verb_like(toks[k])
            and not (first > opened and toks[k].lower in words().determiners)
            # "His report, published …": for "it", a document after its determiner is no verb
            and not (
                pronoun == "it"
                and k > first
                and toks[k - 1].lower in words().determiners
                and lex.nominal_heads.get(toks[k].lower) == "document"
            )
        ),
        0,
    )
    if pronoun == "it" and verb > first:
        verb = _verb_after_aside(toks, first, verb)
    if verb <= first or any(not t.text[0].isalnum() for t in toks[first:verb]):
        return None
    body = toks[first:verb]
    head = body[-1]
    joiners = words().name_joiners
    if pronoun == "they":
        # "Police in KwaZulu-Natal are waiting …": the noun before its postmodifier
        prep = next((k for k, t in enumerate(body) if t.lower in words().postmodifier_preps), 0)
        if prep > 0:
            body = body[:prep]
            head = body[-1]
            verb = first + prep
    if pronoun == "it":
        fits = (
            body[0].lower == "the"
            and len(body) > 1
            and (
                # "The Fed", "The Bank of England"
                all(_is_capital_word(t) or t.lower in joiners for t in body[1:])
                or lex.nominal_heads.get(head.lower) == "organization"
            )
        ) or (len(body) == 1 and head.lower in lex.countries)
        # "His report, published in July, found …. It also highlighted": the document
        fits = fits or (
            len(body) >= 2
            and body[0].lower in words().determiners
            and lex.nominal_heads.get(head.lower) == "document"
        )
    else:
        plural = (
            head.lower.isalpha()
            and head.lower.endswith("s")
            and not head.lower.endswith(("ss", "us", "is"))
        )
        plural = plural or head.lower in words().plural_collectives
        fits = (
            plural
            and head.lower not in lex.gender
            and head.lower not in lex.function_words
            and (len(body) > 1 or not toks[verb].lower.endswith(("s", "ed")))
            and (len(body) == 1 or not head.capitalized)
        )
    if not fits:
        return None
    found = phrase_before(text, toks, verb - 1, first)
    if found is None or found.form == "pronoun" or found.span[0] > body[0].start + 4:
        return None
    if pronoun == "they" and found.form == "name":
        # "Investors see …": a capitalised plural that opens a sentence is a group
        found = replace(found, form="nominal", name=found.text)
    return found


#: adverbs that may open a sentence before its subject, set off by a comma
_SENTENCE_ADVERBS = frozenset({"however", "meanwhile", "instead", "still", "also", "yet"})


def _sentence_adverbs(lead: list[str]) -> bool:
    """ "Critically, however," "Meanwhile,": words set off by commas before the subject."""
    return bool(lead) and all(
        w.endswith(",")
        and w[:-1].isalpha()
        and (w[:-1].lower().endswith("ly") or w[:-1].lower() in _SENTENCE_ADVERBS)
        for w in lead
    )


def _after_opening_adjunct(toks: list[Tok], first: int) -> int:
    """Where the subject starts after "In a reflection of the confusion," (a preposition's
    phrase set off by a comma); ``first`` when the sentence opens otherwise."""
    if first >= len(toks) or toks[first].lower not in words().prepositions:
        return first
    comma = next(
        (k for k in range(first + 1, min(len(toks), first + 10)) if toks[k].text == ","), None
    )
    return comma + 1 if comma is not None and comma + 1 < len(toks) else first


def _verb_after_aside(toks: list[Tok], first: int, verb: int) -> int:
    """ "the Electoral Commission, which regulates campaign finances, issued", "His report,
    published in July, found": the verb after a subject's aside set off by commas, which is
    cut out of ``toks``; ``verb`` when no such aside follows the subject."""
    comma = next((k for k in range(first + 1, verb + 1) if toks[k].text == ","), None)
    if comma is None or any(not t.text[0].isalnum() for t in toks[first:comma]):
        return verb
    close = next(
        (k for k in range(comma + 2, min(len(toks), comma + 12)) if toks[k].text == ","), None
    )
    if close is None or close + 1 >= len(toks) or not _verb_like(toks[close + 1]):
        return verb
    del toks[comma : close + 1]
    return comma


def _is_capital_word(tok: Tok) -> bool:
    return tok.text[0].isupper() and tok.text.isalpha()


def _verb_like(tok: Tok) -> bool:
    """A lower-case word that may be a subject's verb: "does", "plans", "see", "warned"; not
    a preposition, a conjunction or a relative word."""
    lex = lexicon()
    w = tok.lower
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and w not in words().prepositions
        and w not in words().postmodifiers
        and w not in words().coordinators
        and w not in {"who", "which", "that", "whose", "or", "nor", "as", "than"}
        and (w in words().finite_verbs or w not in lex.function_words)
    )


@cache
def _claim_of_name() -> re.Pattern[str]:
    """ "Andrew Marr’s revelation that he believes …": a name's own claim, then "that" and the
    pronoun that opens what the claim is."""
    nouns = "|".join(sorted(words().owned_claims))
    return re.compile(
        rf"(?P<name>[A-Z][\w.-]+(?: [A-Z][\w.-]+){{0,3}})['’]s (?:[a-z]+ )?(?:{nouns})s? that $"
    )


def _owner_of_the_claim(text: str, pos: int, gender: str) -> str:
    """The name whose claim the pronoun at ``pos`` opens ("With Andrew Marr’s revelation that
    he believes his stroke was linked to …" → Andrew Marr); "" otherwise."""
    match = _claim_of_name().search(text, max(0, pos - 120), pos)
    # (a full name only: "The BBC’s claim that it …" is no person's)
    return _full_name_ending(match.group("name"), gender) if match is not None else ""


def _full_name_ending(words_before: str, gender: str) -> str:
    """The full name that ends ``words_before`` ("Republican Gov. Mary Fallin" → "Mary
    Fallin"), if its given name may be of ``gender``; "" when none ends it."""
    starts = [m.start() for m in re.finditer(r"\S+", words_before)]
    name = next((words_before[at:] for at in starts if _NAME.fullmatch(words_before[at:])), "")
    if not name:
        return ""
    first = name.split()[0]
    if first in _starters() or lexicon().gender.get(first.lower(), gender) != gender:
        return ""
    return name


#: "Canon White himself, who shared the message hours after he had …": a name, its
#: relative clause, and no other capitalised word before the pronoun
_WHO_CLAUSE = re.compile(
    r"(?P<name>[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,3})(?: himself| herself)?, who "
    r"[a-z][^.;:!?“”\"A-Z]{0,150}$"
)


def _antecedent_of_who(text: str, pos: int, gender: str) -> str:
    """The name a relative clause is about when the pronoun at ``pos`` stands inside it ("…
    backed up by Canon White himself, who shared the message just hours after he had
    suggested …" → Canon White); "" otherwise."""
    match = _WHO_CLAUSE.search(text, max(0, pos - 200), pos)
    return _full_name_ending(match.group("name"), gender) if match is not None else ""


def _sentence_subject(text: str, pos: int, gender: str) -> str:
    """The full name that opens the sentence holding a pronoun at ``pos``, when the words
    between are one clause about that person ("… is a lecturer at Lund University and
    expert on …, and he says"): no other name, no quote, no full stop; "" otherwise."""
    # Looked for in the last few thousand characters only: from the start of the text, every
    # pronoun of a 5 MB seed would read all that came before it.
    reach = max(0, pos - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, reach, pos)]
    line = text.rfind("\n", reach, pos) + 1
    if not ends and not line and reach:
        return ""  # a sentence longer than the reach: nobody opens it for sure
    start = max(ends[-1] if ends else reach, line)
    before = text[start:pos]
    match = _NAME.match(before)
    if match is None or any(q in before for q in '"“”‘’'):
        return ""
    name = match.group()
    if name.split()[0] in _starters() or name.split()[0].lower() in lexicon().nominal_heads:
        return ""
    if not re.match(r"\s+(?:is|was|has|had|,)", before[match.end() :]):
        return ""  # the name must be the subject of the clause the pronoun joins
    rest = before[match.end() :]
    for other in _NAME.finditer(rest):
        lead = rest[: other.start()].split()[-1:]
        if not lead or lead[0].lower() not in _OBJECT_LEADS | words().determiners:
            return ""  # another person who may be the one "he" means
    if not _only_objects_capitalised(rest[rest.rfind(",") + 1 :]):
        return ""
    if gender and lexicon().gender.get(name.split()[0].lower(), gender) != gender:
        return ""
    return name


def _only_objects_capitalised(clause: str) -> bool:
    """Whether every capitalised word of ``clause`` stands after a preposition or a
    determiner, alone or in a capitalised run led so ("was scathing of Newcastle on Match of
    the Day when he said"): places and titles, not someone a pronoun after them may mean."""
    lead_ok = _OBJECT_LEADS | words().determiners
    previous = ""
    previous_led = False
    for word in clause.split():
        bare = word.strip("(),;:—–-\"'“”‘’")
        if re.fullmatch(r"[A-Z][a-z]+", bare):
            led = previous.lower() in lead_ok or previous_led
            if not led:
                return False
            previous_led = True
        else:
            previous_led = previous_led and bare.lower() in lead_ok
        previous = bare
    return True


#: a full name, its verb and a few words of the main clause, then the conjunction that opens
#: the pronoun's clause: "Joy Smith (right) leaves court after [she told …]"
_MAIN_CLAUSE = re.compile(
    r"(?P<name>" + _NAME.pattern + r")"
    r"(?: \((?:left|right|centre|center|pictured|above|below|inset)\))?"
    r" (?P<verb>[a-z]+) (?:[a-z’'-]+ ){0,6}(?:after|as|when|while|before|because|until) \Z"
)


def _main_clause_subject(text: str, pos: int, gender: str) -> str:
    """The full name whose clause a pronoun's clause hangs on, right before it: "Joy Smith
    (right) leaves court after she told …" is hers, even where a photo caption glued on
    before her name hides where the sentence began; "" when another name, a quote or a
    stop stands between, or the name is of the other gender."""
    before = text[max(0, pos - 160) : pos]
    match = _MAIN_CLAUSE.search(before)
    if match is None or any(q in before[match.start() :] for q in '"“”‘’.!?;:'):
        return ""
    name = match.group("name")
    first = name.split()[0]
    if first in _starters() or first.lower() in lexicon().nominal_heads:
        return ""
    verb = match.group("verb")
    w = words()
    if not (
        verb in w.finite_verbs
        or verb in w.irregular_pasts
        or verb.endswith("ed")
        or (verb.endswith("s") and not verb.endswith(("ss", "us", "is")))
    ):
        return ""  # "the Washington Redskins mascot because he …": no verb, no clause
    if lexicon().gender.get(first.lower(), gender) != gender:
        return ""
    return name


#: a possessive read as the whole source phrase: "his" (vow that …) → "he"
_POSSESSIVES = {"his": "m", "her": "f"}


def _sentence_owner(
    text: str, phrase: Phrase, entities: list[_Entity], by_word: dict[str, list[_Entity]]
) -> _Entity | None:
    """ "Johnson is under fire for failing to deliver on his vow that …": the person the
    sentence opens with owns the vow, read as "Johnson said" would be; None when the sentence
    names no one so (the owner stays unknown rather than a guess from further back)."""
    pos = phrase.span[0]
    gender = _POSSESSIVES[phrase.text.lower()]
    full = _sentence_subject(text, pos, gender)
    if full:
        fake = Phrase((0, 0), full, "name", full, "", full.split()[-1].lower())
        return _name(fake, entities, by_word, pos)
    owner = _surname_subject(text, pos)
    if owner is None:
        return None
    found = _resolve(text, owner, entities, by_word, [])
    if found is None or found.kind is not SpeakerKind.PERSON or found.gender not in ("", gender):
        return None
    return found


def _surname_subject(text: str, pos: int) -> Phrase | None:
    """ "Johnson is under fire for failing to deliver on his vow": the one capitalised word
    that opens the sentence holding ``pos`` as the subject of "is", "was", "has" or "had",
    with no other capitalised word and no quote before ``pos``; None otherwise."""
    start = max(0, pos - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, pos)]
    start = max(ends[-1] if ends else start, text.rfind("\n", start, pos) + 1)
    before = text[start:pos]
    match = re.match(r"([A-Z][a-z]+)\s+(?:is|was|has|had)\b", before)
    if match is None or any(q in before for q in '"“”‘’'):
        return None
    stop = text[max(0, start - 6) : start].split()[-1:]
    if stop and stop[0].rstrip(".").lower() in lexicon().abbreviations:
        return None  # "… that Mr. Khan had been unfair": "Mr." ended no sentence
    if re.search(r"\b[A-Z][a-z]+\b", before[match.end() :]):
        return None  # another name the pronoun may stand for
    word = match.group(1)
    lex = lexicon()
    if word in _starters() or word.lower() in lex.nominal_heads or word.lower() in lex.titles:
        return None  # "He is", "Police have", "Officials were": no surname
    if word.lower() in lex.pronouns or word.lower() in words().determiners:
        return None
    span = (start + match.start(1), start + match.end(1))
    return Phrase(span, word, "name", word, "", word.lower())


def _salient_name(text: str, pos: int, gender: str, entities: list[_Entity]) -> str:
    """The full name a pronoun at ``pos`` stands for when no speaker fits: of the people
    named in the last few paragraphs, the one last written as a subject ("Stoke has worked
    …"), never one the text only names as an object ("a firm owned by investor Avery Stoke");
    a name known to be of the other gender is passed over."""
    window_start = max(0, pos - _PRONOUN_REACH)
    before = text[:pos]
    full_names: dict[str, str] = {}
    for match in _NAME.finditer(before):
        name = match.group()
        if name.split()[0] in _starters() or re.match(r"\s+[A-Z]", before[match.end() :]):
            continue  # "the Republican National Convention": part of a longer name
        full_names[name.split()[-1]] = name
    table = lexicon().gender
    other = {e.name.split()[-1] for e in entities if gender and e.said_gender not in ("", gender)}
    best: tuple[int, str] | None = None
    for surname, name in full_names.items():
        if surname in other or surname.lower() in lexicon().nominal_heads:
            continue  # "British Medical Journal" is nobody's name
        if surname.lower() in organisation_endings():
            continue  # "Health and Human Services says": an institution's words
        if gender and table.get(name.split()[0].lower(), gender) != gender:
            continue
        if gender and _genders_told(text).get(name, gender) != gender:
            continue  # "Taylor Swift is allowed to play her music …": not "he"
        if not _may_be_person(text, name, table):
            continue  # "Going to Pizza Palace is …": two capitalised words are no one yet
        subjects = [
            m.start()
            for m in re.finditer(rf"\b{re.escape(surname)}\b", before)
            if m.start() >= window_start
            and (
                _verb_follows(before, m.end())
                or not _object_position(before, _name_start(before, m))
            )
            and not _determined(before, _name_start(before, m))
        ]
        if subjects and (best is None or subjects[-1] > best[0]):
            best = (subjects[-1], name)
    return best[1] if best else ""


def _may_be_person(text: str, name: str, table: dict[str, str]) -> bool:
    """Whether ``text`` gives some sign that the full ``name`` is a person's: a given name or
    title the lexicon knows ("Ann Lee", "Prince Ansel"), the name as a verb's subject outside
    quotes, or either name written alone or after a title only, as people are ("… Stoke
    said", "Lizzi admits", "Mrs Stoke")."""
    parts = name.split()
    titles = lexicon().titles | words().honorifics
    if parts[0].lower() in table or parts[0].lower() in titles:
        return True
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        # "Quinn Harlow is allowed …": written as the subject of a verb, outside anyone's words
        after = text[m.end() : m.end() + 30].split(maxsplit=1)[:1]
        verb = bool(after) and (
            after[0] in words().finite_verbs or after[0] in lexicon().cue_lemma
        )  # not "Wall Street greed": a past tense may be a noun in "-ed"
        if verb and not _inside_quotes(text, m.start()):
            return True
    for word in (parts[0], parts[-1]):
        for m in re.finditer(rf"\b{re.escape(word)}\b", text):
            lead = text[_name_start(text, m) : m.start()].split()
            if re.match(r"\s+[A-Z]", text[m.end() :]) is None and all(
                w.rstrip(".").lower() in titles for w in lead
            ):
                return True
    return False


_SENTENCE_OR_LINE = re.compile(r"[.!?][\"”’']?\s+|\n")
_PRONOUN_GENDER = {"she": "f", "her": "f", "herself": "f", "he": "m", "him": "m", "his": "m"}
_PRONOUN_GENDER["himself"] = "m"


@lru_cache(maxsize=4)
def _genders_told(text: str) -> dict[str, str]:
    """Full name → "f" or "m" for each person whose sentences tell: a sentence that opens with
    the full name, names nobody else and quotes nobody, and whose pronouns are all of one
    gender ("Taylor Swift is allowed to play her music at the awards") speaks of that
    person. A name told both ways, or a given name the lexicon knows, is left to the rest."""
    told: dict[str, set[str]] = {}
    for sentence in _SENTENCE_OR_LINE.split(text):
        match = _NAME.match(sentence)
        if match is None or any(q in sentence for q in '"“”‘’'):
            continue
        name = match.group()
        rest = sentence[match.end() :]
        if name.split()[0] in _starters() or _NAME.search(rest):
            continue
        # ("Elise Matthesen found him.": an object pronoun is someone else)
        genders = {
            _PRONOUN_GENDER[w]
            for w in re.findall(r"[a-z]+", rest)
            if w in _PRONOUN_GENDER and w != "him"
        }
        if len(genders) == 1:
            told.setdefault(name, set()).update(genders)
    return {name: g.pop() for name, g in told.items() if len(g) == 1}


def _name_start(text: str, match: re.Match[str]) -> int:
    """Where the whole name ending in ``match`` starts: "Avery Stoke" for its "Stoke"."""
    start = match.start()
    while True:
        # not across a line: "… says Holt.\n\nFinch, however, is" starts at "Finch"
        prev = re.search(r"([A-Z][a-z]+\.?|[A-Z]\.)[^\S\n]+$", text[max(0, start - 20) : start])
        if prev is None:
            return start
        start -= len(prev.group())


#: an age, an apposition or a relative clause set off by commas between a name and its verb
#: ("Ann Lee and Tom Roe, who have been rivals, …": a clause of two people tells of neither)
_SUBJECT_ASIDE = re.compile(
    r",[^\S\n]+(?:\d{1,3}|(?:who(?! have| are| were)|a|an|the|aged|[a-z]+ing)\b"
    r"[^,\"“”.;:!?\n]{0,80}),"
    # "Tommy — who only goes by his first name online — retired"
    r"|[^\S\n]+[—–][^\S\n]+who\b[^—–\"“”.;:!?\n]{0,80}[—–]"
)


def _verb_follows(text: str, end: int, *, present: bool = True) -> bool:
    """Whether a verb comes right after the name ending at ``end`` ("Tom Reyes talked …"):
    the name is a subject whatever stands before it, even a caption's "to be with his son"
    glued on without a stop."""
    aside = _SUBJECT_ASIDE.match(text, end, end + 120)
    if aside is not None:
        # "Ann Lee, 52, runs …", "Ann Lee, who runs the shop, has …", "Ann Lee, a nurse, is"
        end = aside.end()
    after = text[end : end + 30].split(maxsplit=2)
    if len(after) > 2 and after[0] == "," and after[1].rstrip(",") in words().aside_adverbs:
        # "Lee, however, is counting on …": an adverb set off by commas before the verb
        after = after[2].split(maxsplit=1)
    if not after:
        return False
    word = after[0].rstrip(",;:")  # "Ann Lee said, although …"
    return (
        word in words().finite_verbs
        or word in words().irregular_pasts
        or (word.isalpha() and word.islower() and word.endswith("ed"))
        or word in _PAST_VERBS
        or (present and _present_verb(after[0]))  # ("Senate members, here…": a noun)
    )


#: past tenses of saying, knowing and dealing that a name's verb may be ("Steve Smith told")
_PAST_VERBS = frozenset(
    "told wrote spoke thought felt knew found heard taught sought sold paid built bought "
    "caught fought sent spent".split()
)


def _present_verb(word: str) -> bool:
    """Whether a word after a name reads as a verb of the present ("Ann Lee runs the shop",
    "Lee lives …", "Lee teaches …"): lower case, ending in a single "s", not a word that
    never is one ("Lee's", "bus", "this")."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        # "Tea Party gatherings", "Senate elections": plural nouns, not verbs
        and not (len(word) > 6 and word.endswith(("ings", "ions", "ments")))
        and word not in lexicon().function_words
        and word[:-1] not in lexicon().nominal_heads
        and word[:-2] not in lexicon().nominal_heads
    )


def _determined(text: str, start: int) -> bool:
    """Whether an article or quantifier stands just before the name at ``start``: "threw out
    another Old Bailey case" names a court as part of a noun phrase, not a person."""
    lead = text[max(0, start - 20) : start].split()
    return bool(lead) and lead[-1].lower() in words().determiners


def _object_position(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a preposition in its clause, over role words
    or a first object: "owned by investor Avery Stoke", "with Ann Lee and Jane Roe"."""
    lead = text[max(0, start - 40) : start]
    lead = re.split(r"[.,;:!?\n—–(\"“”]", lead)[-1]
    # six words reach past a coordinated object: "the likes of Kanye West and Kim Kardashian"
    before = lead.split()[-6:]
    return any(
        w.lower() in _OBJECT_LEADS and not _inside_title(before, i) for i, w in enumerate(before)
    )


def _inside_title(words_before: list[str], at: int) -> bool:
    """Whether the preposition at ``at`` belongs to a capitalised title that runs up to the
    name: "Director of Public Prosecutions Alison Saunders", "Secretary of State Mike Pompeo"
    are subjects, "the likes of Kanye West" is not."""
    if at == 0 or not words_before[at - 1][:1].isupper():
        return False
    return all(w[:1].isupper() for w in words_before[at + 1 :])


def _bare_name_body(entities: list[_Entity], pos: int) -> _Entity | None:
    """ "Microsoft said it would appeal. It said …": with no document or organisation before
    it, "it" is the last one-word name that nothing marks as a person (no given name, role or
    "he"/"she"), which was an organisation all along."""
    table = lexicon().gender
    for entity in sorted(entities, key=lambda e: e.last_seen, reverse=True):
        if entity.last_seen > pos:
            continue
        person_like = any(a.lower() in ("he", "she", "i") for a in entity.aliases)
        one_word = len(entity.name.split()) == 1 and entity.name.lower() not in table
        if entity.kind is SpeakerKind.PERSON and one_word and not entity.role and not person_like:
            entity.kind = SpeakerKind.ORGANIZATION
            return entity
        return None
    return None


def _inside_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation opened earlier in its paragraph."""
    marks = _marks_of(text)
    lines = marks["\n"]
    start = lines[bisect.bisect_left(lines, pos) - 1] + 1 if lines and lines[0] < pos else 0

    def count(mark: str) -> int:
        at = marks[mark]
        return bisect.bisect_left(at, pos) - bisect.bisect_left(at, start)

    return count('"') % 2 == 1 or count("“") > count("”")


@lru_cache(maxsize=8)
def _marks_of(text: str) -> dict[str, list[int]]:
    """Where each line break and quote mark of ``text`` stands: counted per paragraph at
    every "I", they made one long paragraph quadratic to read."""
    marks: dict[str, list[int]] = {mark: [] for mark in '\n"“”'}
    for found in re.finditer('[\n"“”]', text):
        marks[found.group()].append(found.start())
    return marks


_SINGLE_OPEN = re.compile(r"(?:^|(?<=\s))['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=\s|$)")


def _inside_single_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` follows a single quote mark that opens a quotation ("'With the
    information available, we …") and none that closes it, in its paragraph."""
    # Within a reach: one unbroken paragraph of megabytes is read once, not at every "we".
    reach = max(0, pos - 2 * _SENTENCE_REACH)
    start = max(text.rfind("\n", reach, pos) + 1, reach)
    opened = [m.start() for m in _SINGLE_OPEN.finditer(text, start, pos)]
    closed = [m.start() for m in _SINGLE_CLOSE.finditer(text, start, pos)]
    return bool(opened) and (not closed or opened[-1] > closed[-1])


def _acronym(name: str) -> str:
    """ "International Monetary Fund" → "imf"; "" for a name of fewer than two such words."""
    initials = [
        w[0] for w in name.split() if w[:1].isupper() and w.lower() not in words().name_joiners
    ]
    return "".join(initials).lower() if len(initials) >= 2 else ""


def _relative(
    text: str, phrase: Phrase, entities: list[_Entity], by_word: dict[str, list[_Entity]]
) -> _Entity | None:
    """ "Rhodri Varley … United assistant manager Varley": his brother Ryan, not him (the
    speaker already named so, once met)."""
    name = _relative_of_speaker(text, phrase, by_word)
    if not name:
        return None
    for entity in entities:
        if entity.name == name and entity.kind is SpeakerKind.PERSON:
            return entity
    entity = _Entity(name, SpeakerKind.PERSON, phrase.role, head=name.split()[-1].lower())
    return _add(entities, by_word, entity, phrase.span[0])


def _relative_of_speaker(text: str, phrase: Phrase, by_word: dict[str, list[_Entity]]) -> str:
    """The speaker a titled surname stands for when it is not the person already quoted
    under that surname: "Rhodri Varley said …" then "United assistant manager Varley" where
    the text also names "Ryan Varley" and Rhodri holds no such title. The one other full
    name the text gives with that surname, or the surname alone when it gives two; "" when
    the surname is the speaker already met."""
    surname = phrase.name
    lex = lexicon()
    titles = [
        w
        for w in re.findall(r"[a-z-]+", phrase.role.lower())
        if w in lex.titles and w not in lex.gender and w not in words().honorifics  # "Ms"
    ]
    if " " in surname or not titles:
        return ""
    known = [
        e
        for e in by_word.get(surname.lower(), [])
        if e.kind is SpeakerKind.PERSON and len(e.name.split()) > 1
    ]
    if not known or any(_role_has(e.role, t) for e in known for t in titles):
        return ""
    given = lex.gender
    taken = {e.name for e in known}
    others = {
        name
        for name in _full_names(text).get(surname, ((), ()))[1]
        if name not in taken
        and name.split()[0].lower() in given
        and name.split()[0].lower() not in words().honorifics | lex.titles  # "Ms Roe"
    }
    if not others:
        return ""
    return others.pop() if len(others) == 1 else surname


@cache
def _known_pairs() -> dict[str, frozenset[str]]:
    """Each well-known short form → its long names, and each long name → its short forms."""
    found: dict[str, set[str]] = {}
    for line in data_lines("speaker_name_pairs.txt"):
        short, long = (_bare(part.strip()) for part in line.split("|"))
        found.setdefault(short, set()).add(long)
        found.setdefault(long, set()).add(short)
    return {k: frozenset(v) for k, v in found.items()}


#: "Volkswagen (VW)", "the International Monetary Fund (IMF)": a name and the short form
#: the article gives it
_INTRODUCED = re.compile(
    r"\b([A-Z][\w&'’-]*(?:[ \t]+(?:(?:of|for|and|on|the|&)[ \t]+)?[A-Z][\w&'’-]*)*)"
    r"[ \t]+\((?:the[ \t]+)?([A-Z][A-Za-z&]{1,9})\)"
)


@lru_cache(maxsize=8)
def _introduced_pairs(text: str) -> dict[str, frozenset[str]]:
    """The short forms ``text`` gives names, both ways round, lower-cased: a short form
    counts when its letters stand in the name in order, from the name's first letter."""
    found: dict[str, set[str]] = {}
    for match in _INTRODUCED.finditer(text):
        parts, short = match.group(1).split(), match.group(2).lower()
        while parts and parts[0][:1].lower() != short[0]:
            parts = parts[1:]  # "The International Monetary Fund (IMF)"
        long = " ".join(parts).lower()
        if not parts or long == short or not _letters_in_order(short, long):
            continue
        found.setdefault(short, set()).add(long)
        found.setdefault(long, set()).add(short)
    return {k: frozenset(v) for k, v in found.items()}


def _given_a_short_form(text: str, phrase: Phrase) -> bool:
    """ "Harlow Mining (HM)": a name of several words that the article shortens to its
    letters, with no given name in it, is an organisation's."""
    parts = phrase.name.split()
    return (
        len(parts) > 1
        and not phrase.role
        and parts[0].lower() not in lexicon().gender
        and bool(_introduced_pairs(text).get(_bare(phrase.name)))
    )


def _letters_in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(letter in rest for letter in short)


def _same_speaker(text: str, name: str, entities: list[_Entity]) -> _Entity | None:
    """The speaker already met under another name of the same one: the short form the
    article gives it ("Volkswagen (VW)") or a well-known one ("the Fed", "Federal
    Reserve"); None when there is none, or two."""
    key = _bare(name)
    others = _introduced_pairs(text).get(key, frozenset()) | _known_pairs().get(key, frozenset())
    if not others:
        return None
    found = [
        e
        for e in entities
        if e.kind is not SpeakerKind.DOCUMENT
        and ({_bare(e.name)} | {_bare(a) for a in e.aliases}) & others
    ]
    return found[0] if len(found) == 1 else None


def _bare(name: str) -> str:
    """ "The Federal Reserve" → "federal reserve"."""
    low = name.lower().replace("’", "'")
    return low[4:] if low.startswith("the ") else low


def _family_name_first(name: str, known: list[str], entity: _Entity) -> bool:
    """ "Liu" after "Liu Xiaoming", "Kim" after "Kim Jong Un": names written family name
    first are shortened to it. A known given name ("Donald"), a country ("Jordan"), an
    honorific or a station's call letters ("KMOV" of "KMOV St. Louis") is no family name."""
    if entity.kind is not SpeakerKind.PERSON or not 2 <= len(known) <= 3 or " " in name:
        return False
    word = name.lower().replace("’", "'")
    lex = lexicon()
    return (
        known[0] == word
        and not name.isupper()
        and not any(part.endswith(".") for part in known)
        and word not in lex.gender
        and word not in lex.countries
        and word not in words().honorifics
        and word not in lex.titles
    )


def _surname(parts: list[str]) -> str:
    """ "joseph r. biden jr." → "biden": the last word that is not a suffix."""
    for word in reversed(parts):
        if word not in words().name_suffixes:
            return word
    return parts[-1]


def _starters() -> frozenset[str]:
    return lexicon().sentence_starters


def _nominal(
    text: str,
    phrase: Phrase,
    entities: list[_Entity],
    by_word: dict[str, list[_Entity]],
    named: list[tuple[int, int, Phrase]],
    previous: _Entity | None = None,
) -> _Entity:
    lex = lexicon()
    pos = phrase.span[0]
    kind_word = lex.nominal_heads.get(phrase.head, "")
    if kind_word in ("person", "") and phrase.head in lex.titles | lex.nominal_heads.keys():
        person = _named_with_role(text, phrase, entities, named)
        if person is not None:
            if not isinstance(person, Phrase):
                return person
            relative = _relative(text, person, entities, by_word)
            return relative or _name(person, entities, by_word, person.span[0])
    elif kind_word == "" and _role_word(phrase):
        # "the former Bristol midfielder" where the text calls one person "Ann Roe, the
        # former Bristol midfielder" or "former Bristol midfielder Ann Roe"
        person = _titled_in_text(text, phrase, entities)
        if person is not None and person.name.split()[0].lower() in lex.gender:
            # (a given name the lexicon knows: "Google Translate, the original Russian
            # reader" is no one)
            return _name(person, entities, by_word, person.span[0])
    if describes_organisation(phrase.text):
        # "Acme is opening a plant. The German automaker says …": the company just named
        known = frozenset(e.name for e in entities if e.kind is SpeakerKind.ORGANIZATION)
        named_before = organisation_just_named(text, pos, phrase.head, known)
        if named_before:
            fake = Phrase(phrase.span, named_before, "name", named_before, "", "")
            found = _name(fake, entities, by_word, pos, organisation=True)
            if found.kind is SpeakerKind.ORGANIZATION:
                return found
    kind = {
        "document": SpeakerKind.DOCUMENT,
        "organization": SpeakerKind.ORGANIZATION,
        "group": SpeakerKind.GROUP,
        "person": SpeakerKind.PERSON,
    }.get(kind_word, SpeakerKind.UNNAMED)
    definite = phrase.text.split()[0].lower() in ("the", "this", "that")
    # (the age the text gave someone before says who "the 37-year-old" is better than
    # who was named last)
    aged = _named_with_age(text, phrase)
    if aged is not None:
        return _name(aged, entities, by_word, pos)
    described = _described_person(text, phrase, entities, kind_word)
    if described is not None:
        return described
    if kind_word in ("person", "") and (
        phrase.head in lex.titles
        or phrase.head in lex.gender
        or phrase.head.endswith(_PERSON_NOUN_ENDINGS)
    ):
        lede = _named_after_lede(text, phrase)
        if lede is not None:
            return _name(lede, entities, by_word, lede.span[0])
    parts = phrase.text.split()
    if (
        len(parts) == 2
        and parts[0].lower() == "the"
        and parts[1][:1].isupper()
        and parts[1].lower() in _party_members()
    ):
        # "Bob Graham … The Democrat told Yahoo News …": the person just named
        person = _person_just_named(text, pos, entities, "") or _one_person_written_before(
            text, pos, entities, by_word
        )
        if person is not None:
            return person
    speaks_for = _speaks_for(phrase, entities)
    if speaks_for is not None:
        return speaks_for
    institution = kind in (SpeakerKind.DOCUMENT, SpeakerKind.ORGANIZATION)
    owners = _institution_owners(phrase) if institution else frozenset()
    if institution:
        name = f"the {phrase.head}"
    else:
        name = phrase.text[0].lower() + phrase.text[1:] if definite else phrase.text
    if kind is SpeakerKind.DOCUMENT and phrase.head in _AUTHORED_HEADS:
        author = _author_of_document(text, phrase, entities, by_word, named)
        if author is not None:
            return author
    if kind is SpeakerKind.DOCUMENT and definite and phrase.head in _ISSUED_HEADS:
        issuer = _issuer_of_statement(text, pos, entities, by_word, previous)
        if issuer is not None:
            issuer.issued = pos
            return issuer
    if (
        kind is SpeakerKind.DOCUMENT
        and phrase.text.split()[0].lower() in words().new_document_leads
        and any(e.kind is kind and e.head == phrase.head for e in entities)
    ):
        # "A study found … Another study showed … A 2015 study found …": each another
        # document; "the study" after them is the last one
        own = phrase.text[0].lower() + phrase.text[1:]
        return _add(entities, by_word, _Entity(own, kind, head=phrase.head), pos)
    if definite and institution and not owners:
        # "World News Daily Report said … '…,' the report said": the outlet named for it
        for entity in reversed(entities):
            if (
                entity.kind is not SpeakerKind.DOCUMENT
                and len(entity.name.split()) > 1
                and entity.name.split()[-1] == phrase.head.capitalize()
            ):
                entity.kind = SpeakerKind.ORGANIZATION  # no person is called "… Report"
                return entity
    bare_definite = definite and not institution and len(parts) == 2
    for entity in reversed(entities):
        if entity.name == name and not (institution and owners and entity.owners != owners):
            return entity
        if (
            bare_definite
            and entity.head == phrase.head
            and entity.name.split()[0].lower() in ("a", "an")
        ):
            # "An insider told the paper … The insider added …": the one just described
            return entity
        if (
            institution
            and entity.kind is kind
            and entity.head == phrase.head
            # a bare "the ministry" is the last one named; an owned one only itself
            and (not owners or not entity.owners or entity.owners == owners)
        ):
            entity.owners = entity.owners or owners
            return entity
    if institution and owners:
        body = phrase.text.split(maxsplit=1)
        full = body[1] if body[0].lower() in words().determiners and len(body) > 1 else phrase.text
        others = [e for e in entities if e.kind is kind and e.head == phrase.head and e.owners]
        entity = _Entity(name, kind, head=phrase.head, owners=owners, full=full)
        for other in [*others, entity] if others else []:
            # "Russia's foreign ministry" and "the French foreign ministry": two speakers,
            # each called by its own words
            other.name = other.full or other.name
        return _add(entities, by_word, entity, pos)
    if (
        (kind is SpeakerKind.ORGANIZATION or (phrase.head in outlet_heads() and _outlet(previous)))
        and definite
        and previous is not None
        and _organisation_like(previous)
        # only an outlet's noun makes a speaker not yet known as an organisation one: "the
        # ministry" after "Theocharakis said" is his ministry, not Theocharakis
        and (previous.kind is SpeakerKind.ORGANIZATION or phrase.head in outlet_heads())
        and pos - previous.last_seen < _THREAD_REACH
    ):
        # "CNBC reported … The news organization, citing a source, reported …": the
        # organisation just quoted, under a common noun
        previous.kind = SpeakerKind.ORGANIZATION
        return previous
    return _add(entities, by_word, _Entity(name, kind, head=phrase.head), pos)


#: documents that speak for whoever they are of or from: "a statement from Jo Roe said"
_AUTHORED_HEADS = frozenset(
    {"statement", "release", "post", "posting", "letter", "message", "tweet", "note", "email"}
)
#: what may stand between such a document and its author: how and when it came out, and the
#: page it came out on ("posted Sunday on the official Facebook page of", "from", "signed by")
_AUTHOR_AFTER = re.compile(
    r"(?:\s+(?:posted|issued|published|released|sent|written|signed|shared|put\s+out))?"
    r"(?:\s+(?:on|last|this|late|early)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|night|morning|evening|afternoon|week|today|yesterday)){0,2}"
    r"(?:\s+(?:on|in|to)\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:page|account|website|site|blog|feed|channel|profile))?"
    r"\s+(?:of|from|by)\s+(?=(?:the\s+)?[A-Z])"
)
#: capitalised words (and the particles inside names) that may name the author
#: ("a statement from the White House": the determiner stays, as in any phrase)
_AUTHOR_RUN = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*|de|von|van|al-\w+)(?:\s+(?:[A-Z][\w.'’-]*|de|von|van|of))*"
)


def _author_of_document(
    text: str,
    phrase: Phrase,
    entities: list[_Entity],
    by_word: dict[str, list[_Entity]],
    named: list[tuple[int, int, Phrase]],
) -> _Entity | None:
    """ "A statement posted Sunday on the official Facebook page of Defence Minister Jo Roe
    said", "a letter from Acme Corp said": the one the document is of or from speaks, not the
    document nor the page it stands on; None when no person or organisation is named there."""
    # (only the phrase lower-cased: the whole article once per document was quadratic)
    at = text[phrase.span[0] : phrase.span[1] + 1].lower().find(phrase.head)
    if at < 0:
        return None
    at += phrase.span[0]
    after = _AUTHOR_AFTER.match(text, at + len(phrase.head))
    if after is None:
        return None
    run = _AUTHOR_RUN.match(text, after.end())
    if run is None:
        return None
    body = run.group().removesuffix(" of").rstrip(".")
    verb = text[run.start() + len(body) :].split(maxsplit=2)
    if verb and verb[0].lower() == "also":
        verb = verb[1:]
    if verb and verb[0].lower().startswith(tuple(words().showing_cues)):
        return None  # "an email written by Mann showed he tried …": evidence about him
    toks = tokens(text, run.start(), run.start() + len(body))
    author = phrase_after(text, toks, 0, len(toks), apposition=False) if toks else None
    if author is None or author.form != "name":
        return None
    entity = _resolve(text, author, entities, by_word, named)
    if entity is None or entity.kind not in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION):
        return None
    return entity


#: documents a speaker issues in its own name: "the statement said" is the issuer speaking
_ISSUED_HEADS = frozenset({"statement", "release"})
#: where the text says a statement was made: "said in a statement", "issued a brief
#: statement", "in statement said"
_A_STATEMENT = re.compile(
    r"\b(?:in|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:statement|release)\b"
)
#: how far back the issuing sentence may be
_ISSUER_REACH = 1500


def _issuer_of_statement(
    text: str,
    pos: int,
    entities: list[_Entity],
    by_word: dict[str, list[_Entity]],
    previous: _Entity | None,
) -> _Entity | None:
    """Who "the statement" at ``pos`` speaks for: the speaker named in the sentence that
    says it made a statement ("Carnival said in a statement …. 'Guests are safe,' the
    statement said"), else an organisation quoted just before ("Carnival officials
    confirmed …. '…,' the statement said"); None when neither is found."""
    made = None
    for found in _A_STATEMENT.finditer(text, max(0, pos - _ISSUER_REACH), pos):
        made = found  # the last one before "the statement"
    if made is not None:
        opening = max(text.rfind(". ", 0, made.start()), text.rfind("\n", 0, made.start())) + 1
        window = text[opening : made.start()]
        # the speaker named nearest before the statement: "The Times said Cook provided a
        # written statement" is Cook's
        nearest: tuple[int, _Entity] | None = None
        for entity in entities:
            if entity.kind is SpeakerKind.DOCUMENT:
                continue
            # "the US military said in a statement" names "the military" by its last word
            last = entity.name.split()[-1]
            at = window.rfind(last) if last[:1].isupper() else window.lower().rfind(" " + last)
            if at >= 0 and (nearest is None or at > nearest[0]):
                nearest = (at, entity)
        full_names = list(_NAME.finditer(window))
        if full_names and (nearest is None or full_names[-1].start() > nearest[0]):
            # a person named there for the first time
            name = full_names[-1].group()
            if name.split()[0].lower() in lexicon().gender:  # a given name: a person
                at = opening + full_names[-1].start()
                fake = Phrase((at, at + len(name)), name, "name", name, "", "")
                return _name(fake, entities, by_word, at)
        if nearest is not None:
            return nearest[1]
    issuers = [e for e in entities if e.issued >= 0 and pos - e.issued < _ISSUER_REACH]
    if issuers:
        return max(issuers, key=lambda e: e.issued)  # "the statement continued"
    if (
        previous is not None
        and previous.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.GROUP, SpeakerKind.PERSON)
        and (previous.kind is SpeakerKind.GROUP or _organisation_like(previous))
        and previous.name[:1].isupper()
        and pos - previous.last_seen < _THREAD_REACH
    ):
        return previous
    return None


#: endings of nouns for what a person is or does ("midfielder", "pollster", "novelist",
#: "librarian", "attendant", "chairman"); not "version" or "report"
_PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "ess")


def _role_word(phrase: Phrase) -> bool:
    """ "the former Bristol midfielder", "the former triathlete": "the", words that describe,
    and a lower-case noun for what someone is, which no word list knows (one the text gives
    a named person, which the caller asks)."""
    parts = phrase.text.split()
    head = parts[-1] if parts else ""
    return (
        len(parts) >= 3
        and parts[0].lower() == "the"
        and head.isalpha()
        and head.islower()
        and (
            head.endswith(_PERSON_NOUN_ENDINGS)
            or head in lexicon().gender  # "lady"
            # "the former triathlete": any one noun, when a word before it describes
            or (
                not head.endswith("s")
                and any(w.lower() in words().epithet_modifiers for w in parts[1:-1])
            )
        )
        and not any(p.endswith(("'s", "’s")) for p in parts)
    )


_AGE = re.compile(r"\d{1,3}-year-old")
#: "the 14-time major winner", "the three-time champion"
_TIMES = re.compile(r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)-times?")
_SENTENCE_END = re.compile(r"[.!?][\"”’']{0,2}\s+")


def _named_with_age(text: str, phrase: Phrase) -> Phrase | None:
    """ "The 37-year-old said …" where the text gave one name that age before ("Yves Van De
    Ven, 37, took the pictures", "37-year-old Yves Van De Ven"): that person."""
    age = _AGE_OF.fullmatch(phrase.text)
    if age is None:
        return None
    years = age.group(1)
    # (searched up to the phrase in place, not in a copy of all the text before it)
    found = [
        m.span(1)
        for pattern in (
            rf"({_NAME_RUN}), {years}\b",
            rf"\b{years}-year-old (?:[a-z]+ ){{0,2}}({_NAME_RUN})",
        )
        for m in re.compile(pattern).finditer(text, 0, phrase.span[0])
    ]
    names = {text[a:b] for a, b in found}
    if len({n.split()[-1] for n in names}) != 1:
        return None  # no one, or two people of that age
    start, end = max(found)
    name = text[start:end]
    return Phrase((start, end), name, "name", name, "", name.split()[-1].lower())


#: "the 37-year-old": an age standing for a person
_AGE_OF = re.compile(r"[Tt]he (\d{1,3})-year-old")
#: a capitalised name of up to four words ("Yves Van De Ven")
_NAME_RUN = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"


def _described_person(
    text: str, phrase: Phrase, entities: list[_Entity], kind_word: str
) -> _Entity | None:
    """ "Ben Carson … the retired neurosurgeon acknowledged …", "the 45-year-old said": a
    definite description of what someone is or was, not a title anyone holds here, is the
    person just quoted or named (within a few paragraphs, of a fitting gender)."""
    parts = phrase.text.split()
    lex = lexicon()
    if len(parts) < 2 or parts[0].lower() != "the" or kind_word not in ("", "person"):
        return None
    head = phrase.head
    aged = _AGE.fullmatch(head) is not None
    if not aged and (
        head in lex.titles or head.endswith("s") or not head.isalpha() or len(parts) < 3
    ):
        return None
    if not aged and not any(
        w.lower() in words().epithet_modifiers or _TIMES.fullmatch(w.lower()) for w in parts[1:-1]
    ):
        return None
    if any(w.endswith(("'s", "’s")) for w in parts):
        return None  # "the candidate's former doctor": someone else's
    gender = lex.gender.get(head, "")
    found = _person_just_named(text, phrase.span[0], entities, gender)
    if found is None and "of" not in parts:
        # ("the former secretary of state" is a title someone else may hold)
        found = _speaker_just_before(phrase.span[0], entities, gender)
    return found


#: how close before a description the speaker it stands for must have been named
_JUST_BEFORE = 200


def _speaker_just_before(pos: int, entities: list[_Entity], gender: str) -> _Entity | None:
    """The person speaker named last, right before ``pos`` ("Charlotte said that … The former
    triathlete said …"), when a caption between named someone else too; None if farther."""
    people = [
        e
        for e in entities
        if e.kind is SpeakerKind.PERSON
        and e.last_seen <= pos
        and e.gender in ("", gender or e.gender)
    ]
    if not people:
        return None
    last = max(people, key=lambda e: e.last_seen)
    if pos - last.last_seen >= _JUST_BEFORE or last.name.split()[0].lower() not in (
        lexicon().gender
    ):
        return None  # (a given name the lexicon knows: "NFL Legend" in a headline is no one)
    return last


def _one_person_written_before(
    text: str, pos: int, entities: list[_Entity], by_word: dict[str, list[_Entity]]
) -> _Entity | None:
    """The one person the sentence before ``pos`` (or its own sentence up to it) names in
    full, by a given name the lexicon knows or after a title, though no statement of theirs
    came yet ("Former senator Bob Graham has pushed … The Democrat told …"); None if
    nobody or two are named there."""
    ends = [0, *(m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - _SENTENCE_REACH), pos))]
    window_start = ends[-2] if len(ends) > 1 else ends[-1]
    found = [
        m
        for m in _NAME.finditer(text, window_start, pos)
        if m.group().split()[0] not in _starters()
    ]
    if len({m.group().split()[-1] for m in found}) != 1:
        return None
    name = found[-1].group()
    at = found[-1].start()
    before = text[max(0, at - 40) : at].split()
    titled = bool(before) and before[-1].lower() in lexicon().titles
    if not titled and name.split()[0].lower() not in lexicon().gender:
        return None  # "New York", "Super Tuesday": no person's name
    return _name(Phrase((at, at + len(name)), name, "name", name, "", ""), entities, by_word, at)


#: a full name that opens a sentence, and what may follow it there
_OPENING_NAME = re.compile(
    r"(?:Mr|Mrs|Ms|Dr)?\.?\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})(?=\s*(?:,|–|—|-|\(|\s[a-z]))"
)


def _named_after_lede(text: str, phrase: Phrase) -> Phrase | None:
    """ "The flag-burning father of a runaway schoolgirl yesterday admitted …. Abase Hussen –
    who … – conceded …": a description that opens the article's first sentence is the
    person whose full name opens the next sentence; None otherwise."""
    pos = phrase.span[0]
    if not phrase.text.startswith("The ") or pos > _LEDE_REACH:
        return None
    if _SENTENCE_END.search(text, 0, pos) is not None:
        return None  # the article's first sentence only (after a headline without a stop)
    if pos > 0 and text[pos - 1] != "\n":
        return None
    stop = _SENTENCE_END.search(text, phrase.span[1])
    if stop is None:
        return None
    found = _OPENING_NAME.match(text, stop.end())
    if found is None or found.group(1).split()[0] in _starters():
        return None
    name = found.group(1)
    if named_like_organisation(name):
        return None
    at = found.start(1)
    return Phrase((at, at + len(name)), name, "name", name, "", name.split()[-1].lower())


#: how far into the article a lede's description may stand
_LEDE_REACH = 400


def _person_just_named(text: str, pos: int, entities: list[_Entity], gender: str) -> _Entity | None:
    """The one person speaker named nearest before ``pos``: in its own sentence up to it, or
    in the sentences before (at most three, back to the first that names anyone), when
    nobody else is named there ("'…,' Gomis wrote. '…' The Frenchman will miss …")."""
    reach = max(0, pos - 4 * _SENTENCE_REACH)
    ends = [reach, *(m.end() for m in _SENTENCE_END.finditer(text, reach, pos))]
    people = [
        e
        for e in entities
        if e.kind is SpeakerKind.PERSON
        and e.name[:1].isupper()
        and e.last_seen <= pos
        and e.gender in ("", gender or e.gender)
    ]
    stop = pos
    for start in reversed(ends[-4:]):
        window = text[start:stop]
        stop = start
        written = set(_WORD.findall(window))
        recent = [e for e in people if _named_in(e.name.split()[-1], window, written)]
        names = [
            m.group() for m in _NAME.finditer(window) if m.group().split()[0] not in _starters()
        ]
        if not recent and not names:
            continue  # a quoted sentence, or one about something else: look further back
        if len(recent) != 1:
            return None
        surname = recent[0].name.split()[-1]
        return None if any(n.split()[-1] != surname for n in names) else recent[0]
    return None


_WORD = re.compile(r"\w+")
#: how far back a pronoun's or a description's sentence is looked for
_SENTENCE_REACH = 2000


def _named_in(surname: str, window: str, written: set[str]) -> bool:
    """Whether ``surname`` stands as a whole word in ``window`` (whose words are ``written``)."""
    if _WORD.fullmatch(surname):
        return surname in written
    return re.search(rf"\b{re.escape(surname)}\b", window) is not None


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(data_lines("speaker_demonyms.txt"))


@cache
def _party_members() -> frozenset[str]:
    return frozenset(data_lines("speaker_party_members.txt"))


@cache
def _speaks_for_others(role: str) -> bool:
    """Whether ``role`` makes someone a spokesperson ("a spokesperson for Instagram", "a
    company representative")."""
    said = role.lower().split()
    return any(w.startswith("spokes") or w in _representatives() for w in said)


@cache
def _representatives() -> frozenset[str]:
    return frozenset(data_lines("speaker_representatives.txt"))


def _speaks_for(phrase: Phrase, entities: list[_Entity]) -> _Entity | None:
    """ "Carnival officials", "a Carnival spokesman": Carnival, once Carnival has a voice of
    its own here; never a person ("a spokeswoman for Neumann" is not Neumann)."""
    if phrase.head not in _representatives():
        return None
    owners = _institution_owners(phrase)
    if not owners:
        return None
    for entity in sorted(entities, key=lambda e: e.last_seen, reverse=True):
        known = {w for w in words_of(entity.name) if w != "the"}
        if known == owners and _organisation_like(entity):
            entity.kind = SpeakerKind.ORGANIZATION
            return entity
    return None


def _outlet(entity: _Entity | None) -> bool:
    """Whether ``entity`` is known as an organisation, or by a role that names an outlet
    ("Saudi daily Ajel"): what "the paper" may stand for, where a surname may not."""
    if entity is None:
        return False
    role = entity.role.split()
    return entity.kind is SpeakerKind.ORGANIZATION or (
        bool(role) and role[-1].lower() in outlet_heads()
    )


def _organisation_like(entity: _Entity) -> bool:
    """A named speaker nothing marks as a person: no given name, role or "he"/"she"."""
    if not entity.name[:1].isupper():
        return False  # "the ministry" is no name: another "the company" is not it
    if entity.kind is SpeakerKind.ORGANIZATION:
        return True
    if _outlet(entity):
        return True
    if entity.kind is not SpeakerKind.PERSON or entity.role or entity.gender:
        return False
    first = entity.name.split()[0].lower() if entity.name.split() else ""
    pronouns = {a.lower() for a in entity.aliases} & {"he", "she", "i"}
    return first not in lexicon().gender and not pronouns


def words_of(name: str) -> list[str]:
    return [
        re.sub(r"[^a-z]", "", w.lower().removesuffix("’s").removesuffix("'s")) for w in name.split()
    ]


def _named_with_role(
    text: str, phrase: Phrase, entities: list[_Entity], named: list[tuple[int, int, Phrase]]
) -> _Entity | Phrase | None:
    """ "the top US general" → the nearest person whose role has "general" in it; "a Google
    spokesman" is nobody named before ("a" brings someone new) and never Apple's."""
    head, pos = phrase.head, phrase.span[0]
    owners = _owners(phrase)
    earlier: list[_Entity] = []
    lead = phrase.text.split()[0].lower()
    if lead not in ("a", "an", "another"):
        earlier = [
            e
            for e in entities
            if e.kind is SpeakerKind.PERSON
            and _role_has(e.role, head)
            # "the Florida senator" is "Sen. Ann Lee, R-Fla."
            and _owned_by(" ".join([e.role, *e.aliases, home_state(text, e.name)]), owners)
            # "one unaligned Florida strategist" is someone new, unless described so before
            and (lead != "one" or _described_alike(phrase, e.role))
        ]
    if len(earlier) > 1 and owners and lead == "the":
        return None  # "the Florida senator" with two of them named: neither for sure
    if earlier:
        return max(earlier, key=lambda e: e.last_seen)
    # Only the names just after it: over all names of a long text, this was quadratic.
    lo = bisect.bisect_right(named, (pos, math.inf))
    hi = bisect.bisect_right(named, (pos + _LOOKAHEAD, math.inf))
    later = [
        (k, p) for _, k, p in named[lo:hi] if _role_has(p.role, head) and _owned_by(p.role, owners)
    ]
    if later:
        return min(later, key=lambda kp: kp[0])[1]  # the first in the drafts' order
    return _titled_in_text(text, phrase, entities)


def _same_description(lead: str, modifiers: list[str], head: str) -> str:
    """The role "well-connected KGI analyst" when its words before ``head`` hold every one of
    ``modifiers``, with no word that makes it another role ("Democratic vice presidential
    nominee" is not "the Democratic presidential nominee"); "" otherwise."""
    parts = lead.split()
    while parts and (
        parts[0].lower() in lexicon().function_words or parts[0].lower() in words().determiners
    ):
        parts = parts[1:]
    lowered = [p.lower() for p in parts]
    if not all(m in lowered for m in modifiers):
        return ""
    if any(p in words().role_changers and p not in modifiers for p in lowered):
        return ""
    return " ".join([*parts, head])


def _titled_in_text(text: str, phrase: Phrase, entities: list[_Entity]) -> Phrase | None:
    """ "The analyst estimates …" where the text calls one person "KGI analyst Ming-Chi Kuo"
    or "Ming-Chi Kuo, an analyst at KGI" outside any statement: that person. A noun with
    modifiers ("one well-connected analyst") needs them in the same words; "the analyst"
    with two such people named is neither."""
    head = phrase.head
    body = phrase.text.split()
    modifiers = [w.lower() for w in body[1:-1]] if len(body) > 2 else []
    lead_word = body[0].lower()
    if lead_word not in ("the", "one") or (lead_word == "one" and not modifiers):
        return None  # "a spokesman", "his lawyer": someone new, or someone's own
    found: dict[str, tuple[str, str]] = {}
    for full, lead in _titled_people(text, head):
        role = _same_description(lead, modifiers, head)
        if role:
            found[full.split()[-1]] = (full, role)
    if len(found) != 1:
        return None
    full, role = next(iter(found.values()))
    if full.split()[0] in _starters():
        return None
    parts = full.split()
    if len(parts) > 1 and parts[0].rstrip(".").lower() in words().honorifics:
        full = " ".join(parts[1:])  # "Mr. Trump is the candidate": Trump
    return Phrase((0, 0), full, "name", full, role, full.split()[-1].lower())


_TITLED_NAME = r"((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.?\s+){0,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"


#: what may stand between a name's comma and the description given it: an age, "who is"
_APPOSITION_LEAD = r"(?:\d{1,3},\s+)?(?:who\s+(?:is|was|has\s+been|had\s+been)\s+)?"
#: "Mark Healey is a former triathlete": what the text says someone is
_PREDICATE_LEAD = r"(?:is|was|has\s+been|had\s+been)\s+"


@lru_cache(maxsize=64)
def _titled_people(text: str, head: str) -> tuple[tuple[str, str], ...]:
    """(full name, the words before the title) for each "KGI analyst Ming-Chi Kuo" and
    "Ming-Chi Kuo, an analyst at KGI" in ``text``; remembered per text and title, since
    every "the analyst" of a long text would read it all again."""
    # "Gov. Tom Hale" for "the governor"
    short = [a for a, full in words().title_abbreviations.items() if full == head]
    # (only the abbreviation in capitals here: "Pollster Jo Roe" and "President Ann Lee" are
    # as often a headline's words, or another office than the one meant; see the end)
    forms = "|".join([re.escape(head), *(rf"{re.escape(a.capitalize())}\." for a in short)])
    before = rf"\b((?:[\w-]+\s+){{0,3}})(?:{forms})\s+{_TITLED_NAME}"
    # "Ann Roe, a nurse", "Ann Roe, 52, a nurse", "Ann Roe, who is a retired nurse"
    after = (
        rf"{_TITLED_NAME}(?:,\s+{_APPOSITION_LEAD}|\s+{_PREDICATE_LEAD})(?:an?|the)\s+"
        rf"((?:[\w-]+\s+){{0,3}}){re.escape(head)}\b"
    )
    found: list[tuple[str, str]] = []
    # Each pattern is first asked in a form that opens on a fixed word or mark, which the
    # regex engine finds quickly; the whole pattern, which may start at any word, can match
    # only where that one does (most texts have neither).
    if re.search(rf"(?:{forms})\s+[A-Z][a-z]", text):
        for match in re.finditer(before, text):
            full, lead = match.group(2), match.group(1)
            if full.split()[0].lower() not in words().determiners and len(full.split()) >= 2:
                found.append((full, lead))
    if re.search(
        rf"(?:,\s+{_APPOSITION_LEAD}|\s+{_PREDICATE_LEAD})(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}"
        rf"{re.escape(head)}\b",
        text,
    ):
        for match in re.finditer(after, text):
            full, lead = match.group(1), match.group(2)
            if len(full.split()) >= 2:
                found.append((full, lead))
    # "… against Isis. On Sunday, the US president": a full stop ends a sentence, not a name,
    # unless the word is a courtesy title or a title's abbreviation ("Mr.", "Gov.")
    found = [(full, lead) for full, lead in found if _no_sentence_stop(full)]
    if found:
        return tuple(found)
    # "US President Donald Trump" for "the president", below the headline, when the text
    # names nobody with the title in lower case: the capital title, with only the
    # capitalised words before it as its description
    capital = rf"\b((?:[A-Z][\w.]*\s+){{0,2}}){re.escape(head.capitalize())}\s+{_TITLED_NAME}"
    body = text[text.find("\n") + 1 :] if "\n" in text else ""
    if head.islower() and re.search(rf"{re.escape(head.capitalize())}\s+[A-Z][a-z]", body):
        for match in re.finditer(capital, body):
            full, lead = match.group(2), match.group(1)
            if (
                len(full.split()) >= 2
                and full.split()[0] not in _starters()
                and _no_sentence_stop(full)
            ):
                found.append((full, lead))
    return tuple(found)


def _no_sentence_stop(full: str) -> bool:
    """Whether every dotted word before the last of ``full`` is a courtesy title or a title's
    abbreviation: "Gov. Tom Hale" is a name, "Isis. On Sunday" two sentences."""
    w = words()
    return all(
        part.rstrip(".").lower() in w.honorifics | w.title_abbreviations.keys()
        for part in full.split()[:-1]
        if part.endswith(".")
    )


def _described_alike(phrase: Phrase, role: str) -> bool:
    """Whether ``role`` holds every word that describes the noun of ``phrase``."""
    described = [w.lower() for w in phrase.text.split()[1:-1]]
    known = role.lower().split()
    return all(w in known for w in described)


def _owners(phrase: Phrase) -> frozenset[str]:
    """The capitalised words that say whose role it is: "Google" in "a Google spokesman",
    "Apple" in "a spokesman for Apple"."""
    words_ = phrase.text.split()[1:]
    owners = {
        re.sub(r"[^a-z]", "", w.lower().removesuffix("’s").removesuffix("'s"))
        for w in words_
        if w[:1].isupper()
    }
    return frozenset(owners - {""})


def _institution_owners(phrase: Phrase) -> frozenset[str]:
    """ "Russia's foreign ministry" → {"russia"}; "The French foreign ministry" → {"french"};
    "the ministry" → nothing."""
    parts = phrase.text.split()
    if parts and parts[0].lower() in words().determiners:
        parts = parts[1:]
    owners = {
        re.sub(r"[^a-z]", "", w.lower().removesuffix("’s").removesuffix("'s"))
        for w in parts
        if w[:1].isupper()
    }
    return frozenset(owners - {""})


def _owned_by(role: str, owners: frozenset[str]) -> bool:
    known = set(re.findall(r"[a-z]+", role.lower().replace(".", "")))
    return owners <= known


#: a name after the preposition of a role: "for Claudette King", "to Sen. Ann Lee"
_OWNER_NAME = re.compile(r"\b(?:for|to|of|with)\s+(?:[A-Z][\w.'’-]*\s*){2,}")


def _role_has(role: str, head: str) -> bool:
    """ "the senator" fits "Texas Sen.": a role's abbreviated titles count in full."""
    # "a publicist for Claudette King" names whom the publicist works for, not a "king"
    role = _OWNER_NAME.sub("", role)
    parts = re.findall(r"[a-z]+", role.lower())
    return head in parts or head in (words().title_abbreviations.get(w, "") for w in parts)


def _document_role(text: str, entity: _Entity) -> str:
    """ "It was signed by Brig. Gen. X, commanding general of Y" → the document's role."""
    pattern = re.compile(
        rf"\b(?:[Ii]t|[Tt]he {re.escape(entity.head)}) was ({_SIGNED} by [^,;\n]+"
        r"(?:, [a-z][^,;\n]*)?)"
    )
    match = pattern.search(text, entity.first_seen)
    if match is None:
        return ""
    # The match may run past the sentence's full stop (initials keep theirs).
    return re.split(r"(?<=[a-z]{2})\.(?:\s|$)", match.group(1))[0].strip()


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:60].strip("-") or "speaker"


def _unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{n}"
        n += 1
    taken.add(candidate)
    return candidate
