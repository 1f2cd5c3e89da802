"""Speaker phrases beside a reporting cue ("US Army General Mark Milley, chairman …, told"),
split into name and role; pronouns and nominals ("the top US general") kept as such.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from ..model import Span
from .lexicon import lexicon, words
from .speaker_kinds import (
    WEB_NAME,
    describes_organisation,
    named_like_organisation,
    organisation_endings,
    outlet_heads,
)
from .tokens import PAST_VERB, Tok

_MAX_PHRASE = 9
_MAX_APPOSITION = 32
_MAX_PAREN = 8
_PARTY = re.compile(r"[RDI]-[A-Z][A-Za-z.]*\.?")
#: "he’s", "I’ve", "they'd": a pronoun and its auxiliary written as one token
_CONTRACTED = ("’s", "'s", "’ve", "'ve", "’re", "'re", "’m", "'m", "’d", "'d", "’ll", "'ll")


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words that name who is speaking, as they stand in the text."""

    span: Span
    text: str
    #: "pronoun", "name" or "nominal"
    form: str
    #: "Mark Esper", "New York Times"; for a nominal, the phrase without its determiner
    name: str
    role: str
    #: lower-case head word: the pronoun, the nominal's noun, or the name's last word
    head: str
    #: a "who" pronoun's antecedent, when it stands just before ", who"
    antecedent: Phrase | None = None


def _is_name_word(tok: Tok) -> bool:
    lex = lexicon()
    if WEB_NAME.fullmatch(tok.text):
        return True  # "said 350.org executive director Mary Boeve": a site's name as written
    return (
        tok.capitalized
        and (tok.text[0].isalpha())
        and tok.lower not in lex.function_words
        and tok.lower not in words().determiners
        and tok.text not in lex.sentence_starters
        and tok.lower not in _AUXILIARIES  # "Does Rubio, like Tilton, oppose …?"
    )


#: verbs that open a question before its subject, never a name's first word ("Will" and
#: "May" may be one)
_AUXILIARIES = frozenset("are could did do does had has have is must should was were would".split())


def _month_surname(toks: list[Tok], at: int) -> bool:
    """ "Theresa May", "Brian May": a month written after a first name is a surname, unless a
    day of the month follows ("Ann Lee May 3")."""
    tok = toks[at]
    return (
        at > 0
        and tok.capitalized
        and tok.lower in words().time_words
        and not tok.lower.endswith("day")
        and _is_name_word(toks[at - 1])
        and toks[at - 1].lower not in words().time_words
        and not (at + 1 < len(toks) and toks[at + 1].text[0].isdigit())
    )


#: ``phrase_before``'s answers for the token list asked about last, with that list and its
#: text (held, so that their ids cannot be reused). A sentence's clause breaks and then each
#: cue's subject ask about the same words: a third of the calls were repeats. One tuple,
#: replaced whole, so that threads building at once never see another list's answers.
_answers: tuple[list[Tok] | None, str, dict[tuple[int, int], Phrase | None]] = (None, "", {})


def phrase_before(text: str, toks: list[Tok], last: int, first: int = 0) -> Phrase | None:
    """The speaker phrase ending at ``toks[last]`` (not before ``toks[first]``), if any."""
    global _answers
    held_toks, held_text, answers = _answers
    if held_toks is not toks or held_text is not text:
        answers = {}
        _answers = (toks, text, answers)
    key = (last, first)
    if key in answers:
        return answers[key]
    found = answers[key] = _phrase_before(text, toks, last, first)
    return found


def _phrase_before(text: str, toks: list[Tok], last: int, first: int) -> Phrase | None:
    if last < first or last < 0:
        return None
    lex = lexicon()
    last = _skip_paren(toks, last, first)
    if last < first or last < 0:
        return None
    tok = toks[last]
    if tok.text == ",":
        return _apposition_before(text, toks, last, first)
    # one test of all endings first: most words end in none
    cut = (
        next(len(c) for c in _CONTRACTED if tok.lower.endswith(c))
        if tok.lower.endswith(_CONTRACTED)
        else 0
    )
    if cut and tok.lower[:-cut] in lex.pronouns:
        # "He’s claiming", "I’ve learned": the pronoun without its auxiliary.
        span = (tok.start, tok.end - cut)
        bare = tok.lower[:-cut]
        return Phrase(span, text[span[0] : span[1]], "pronoun", tok.text[:-cut], "", bare)
    if tok.lower in lex.pronouns and tok.text != "WHO":  # the World Health Organization
        pronoun = _phrase(text, toks[last : last + 1], "pronoun")
        if tok.lower in RELATIVE_PRONOUNS and last > first:
            antecedent = _antecedent(text, toks, last, first)
            if antecedent is not None and _counts(antecedent):
                # "the number of people who considered the war a defeat fell to 9%"
                return None
            if antecedent is not None:
                return replace(pronoun, antecedent=antecedent)
        return pronoun
    of_whom = _of_whom(text, toks, last, first)
    if of_whom is not None:
        return of_whom
    phrase = _noun_phrase_before(text, toks, last, first)
    if phrase is not None:
        phrase = _doer_before_participle(text, toks, phrase, first) or phrase
    if phrase is not None and phrase.form == "nominal":
        issuer = _issuer_before_document(text, toks, phrase, first)
        if issuer is not None:
            return issuer
        joined = _coordinated_group(text, toks, phrase, first)
        if joined is not None:
            return joined
    if phrase is not None and phrase.head in lex.titles:
        at = _index_of(toks, phrase.span[0], first)
        if at - 1 >= first and toks[at - 1].lower == "as":
            # "H.R. McMaster, who replaced Mr Flynn as National Security Adviser said": the
            # office is what he became; the one "who" stands for speaks
            who = next((k for k in range(at - 2, first, -1) if toks[k].lower == "who"), None)
            if who is None or toks[who - 1].text != ",":
                return None
            return _antecedent(text, toks, who, first)
    if phrase is not None and phrase.form == "name":
        officer = _officer_of(text, toks, phrase, first)
        if officer is not None:
            return officer
        person = _from_place(text, toks, phrase, first) or _member_of(text, toks, phrase, first)
        if person is not None:
            return person
        carrier = _carrier_of_pair(text, toks, phrase, first)
        if carrier is not None:
            return carrier
    return _passive_agent(text, toks, phrase, first) if phrase is not None else None


def _coordinated_group(text: str, toks: list[Tok], second: Phrase, first: int) -> Phrase | None:
    """ "Experts and analysts say", "Police and prosecutors said": two groups joined by "and"
    that open the clause speak together; the second alone is half the source."""
    at = _index_of(toks, second.span[0], first)
    if at - 2 < first or toks[at - 1].lower != "and":
        return None
    lex = lexicon()
    before = _noun_phrase_before(text, toks, at - 2, first)
    if before is None or before.form == "pronoun" or before.text != before.name:
        return None  # (a determiner: "the company and its lawyers" is two sources)
    start = _index_of(toks, before.span[0], first)
    if start > first and toks[start - 1].text not in (",", ";", ":"):
        return None  # "… met doctors and nurses said": the first is an object
    if not all(_group_noun(lex.nominal_heads.get(p.head), p.head) for p in (before, second)):
        return None
    span = (before.span[0], second.span[1])
    whole = text[span[0] : span[1]]
    return Phrase(span, whole, "nominal", whole, "", second.head)


def _group_noun(kind: str | None, head: str) -> bool:
    """A speaking noun that names many: "analysts", "police" (not "Jones", "the company")."""
    return kind is not None and (head.endswith("s") or kind == "group")


def _doer_before_participle(text: str, toks: list[Tok], place: Phrase, first: int) -> Phrase | None:
    """ "Protesters marching through the streets chanted": the streets are where the
    protesters marched; the noun before the participle speaks."""
    at = _index_of(toks, place.span[0], first)
    if at - 3 < first or toks[at - 1].lower not in words().place_prepositions:
        return None
    participle = toks[at - 2].text
    if not (participle.endswith("ing") and participle.isalpha() and participle.islower()):
        return None
    return _noun_phrase_before(text, toks, at - 3, first)


def _issuer_before_document(
    text: str, toks: list[Tok], document: Phrase, first: int
) -> Phrase | None:
    """ "Acme Cruises in statement said", "the ministry in a letter wrote": the document is
    how the one named before "in" spoke."""
    if lexicon().nominal_heads.get(document.head) != "document":
        return None
    at = _index_of(toks, document.span[0], first)
    if at - 2 < first or toks[at - 1].lower != "in":
        return None
    if toks[at].lower in ("your", "my", "our"):
        return None  # "But in your book it's clear …": the one addressed, no issuer named
    issuer = phrase_before(text, toks, at - 2, first)
    if issuer is None or not (issuer.form == "name" or _opens_clause(toks, issuer, first)):
        return None
    return issuer


def _officer_of(text: str, toks: list[Tok], place: Phrase, first: int) -> Phrase | None:
    """ "Tom Vale, Director, Harbury Polls said": the person before an office in capitals set
    off by commas speaks for the organisation after it, who is no speaker of its own."""
    at = _index_of(toks, place.span[0], first)
    if at - 2 < first or toks[at - 1].text != ",":
        return None
    k = at - 2
    while k > first and toks[k].text != "," and at - k <= 4:
        k -= 1  # "Managing Director": the office may be a few words
    if toks[k].text != "," or k + 1 >= at - 1:
        return None
    office = toks[k + 1 : at - 1]
    lex = lexicon()
    if not all(t.capitalized for t in office) or office[-1].lower not in lex.titles:
        return None
    person = _person_before_role(text, toks, k - 1, first, office[-1])
    if person is None:
        return None
    return replace(person, role=text[office[0].start : place.span[1]])


def _member_of(text: str, toks: list[Tok], place: Phrase, first: int) -> Phrase | None:
    """ "Icy Ng, a 22-year-old design student at Hong Kong Polytechnic University said": the
    name before a described role at a place, whose closing comma went missing, speaks."""
    at = _index_of(toks, place.span[0], first)
    if at - 3 <= first or toks[at - 1].lower not in words().affiliation | {"with"}:
        return None
    k = at - 2
    while k > first and toks[k].text != "," and at - k <= 8:
        k -= 1
    role = toks[k + 1 : at - 1]
    if toks[k].text != "," or not role or role[0].lower not in ("a", "an"):
        return None
    if not all(t.text.islower() or t.text[:1].isdigit() for t in role):
        return None
    if any(t.lower in lexicon().cue_lemma for t in role):
        return None
    person = _noun_phrase_before(text, toks, k - 1, first)
    if person is None or person.form != "name":
        return None
    return replace(person, role=text[role[1].start : place.span[1]])


def _from_place(text: str, toks: list[Tok], place: Phrase, first: int) -> Phrase | None:
    """ "Jane Smith, 45, from Leeds said", "Mr Cooper, from Curry Rivel, Somerset said": the
    name before where she comes from speaks, not the place."""
    at = _index_of(toks, place.span[0], first)
    # "Curry Rivel, Somerset": a place named in parts
    while at - 2 > first and toks[at - 1].text == "," and toks[at - 2].capitalized:
        part = _noun_phrase_before(text, toks, at - 2, first)
        if part is None or part.form != "name":
            break
        at = _index_of(toks, part.span[0], first)
    if at - 2 <= first or toks[at - 1].lower not in words().origin_prepositions:
        return None
    k = at - 2
    if toks[k].text != ",":
        return None
    if k - 2 > first and _is_number(toks[k - 1].text) and toks[k - 2].text == ",":
        k -= 2  # "Jane Smith, 45, from Leeds"
    person = _noun_phrase_before(text, toks, k - 1, first)
    return person if person is not None and person.form == "name" else None


def _carrier_of_pair(text: str, toks: list[Tok], second: Phrase, first: int) -> Phrase | None:
    """ "exit polls in New Hampshire and Iowa indicated": the second of two names joined by
    "and" after a preposition is part of the noun before it, which speaks, not the place."""
    at = _index_of(toks, second.span[0], first)
    if at - 2 < first or toks[at - 1].lower not in ("and", "or"):
        return None
    pair = _noun_phrase_before(text, toks, at - 2, first)
    if pair is None or pair.form != "name":
        return None
    joined = replace(pair, span=(pair.span[0], second.span[1]))
    carried = with_postmodifier(text, toks, joined, first)
    lex = lexicon()
    opener = second.text.split()[0].lower()
    if (
        carried is not joined
        and carried.form == "name"
        and _institution_words(pair)
        and not second.role
        and opener not in lex.titles
        and opener not in lex.gender
    ):
        # "Dr. Jo Vale of the Michigan Department of Health and Human Services says": one
        # institution's name in two parts, and the person it belongs to speaks
        return carried
    if carried is joined or not (
        carried.head in lex.nominal_heads or _plain_noun_word(carried.head)
    ):
        return None  # "Smith of Ohio and Jones said": two people
    return carried


def _institution_words(phrase: Phrase) -> bool:
    """Whether a name phrase holds a word for an institution ("Department", "Ministry")."""
    heads = lexicon().nominal_heads
    return any(heads.get(w.lower()) == "organization" for w in phrase.text.split()[1:])


def _plain_noun_word(word: str) -> bool:
    """ "polls", "surveys": a lower-case plural that is no function word."""
    return word.isalpha() and word.endswith("s") and word not in lexicon().function_words


def _group_head(phrase: Phrase) -> bool:
    """A group can be counted: a name, a speaking noun, or a plural ("victims"); not "them"
    or "gathered outside"."""
    head = phrase.head
    if phrase.form == "pronoun" or head in lexicon().pronouns:
        return False
    if phrase.form == "name" or head in lexicon().nominal_heads:
        return True
    return head.isalpha() and head.endswith("s") and not head.endswith("ss")


def _of_whom(text: str, toks: list[Tok], last: int, first: int) -> Phrase | None:
    """ "… with family members of 9/11 victims, many of whom say …": the part speaks for the
    group before the comma, which is who a reader is told spoke."""
    if toks[last].lower != "whom" or last - 3 < first or toks[last - 1].lower != "of":
        return None
    if toks[last - 2].lower not in words().determiners or toks[last - 3].text != ",":
        return None
    group = _noun_phrase_before(text, toks, last - 4, first)
    if group is None or not _group_head(group):
        return None
    at = _index_of(toks, group.span[0], first)
    while True:
        if at - 2 >= first and toks[at - 1].text == "/" and toks[at - 2].text.isdigit():
            at -= 2  # "9/11 victims"
            continue
        owner = _noun_phrase_before(text, toks, at - 2, first) if at - 2 >= first else None
        if toks[at - 1].lower != "of" or owner is None or owner.form == "pronoun":
            break
        at = _index_of(toks, owner.span[0], first)  # "family members of the victims"
    # Only the object of a preposition is surely one noun phrase: in "the firm hired 95
    # retired generals" the words before the group may hold a verb.
    if at - 1 < first or toks[at - 1].lower not in words().prepositions:
        return None
    group = _phrase(text, toks[at : last - 3], "nominal")
    return replace(_phrase(text, toks[last - 2 : last + 1], "pronoun"), antecedent=group)


def _counts(phrase: Phrase) -> bool:
    """ "the number of people", "the share of voters": a count of a group, not the group."""
    lead = phrase.text.lower().split()[:3]
    return (
        len(lead) == 3
        and lead[0] in ("the", "a")
        and lead[1] in words().count_nouns
        and lead[2] == "of"
    )


def _antecedent(text: str, toks: list[Tok], who: int, first: int) -> Phrase | None:
    """The noun a relative "who" or "which" follows: "Jane Doe, a nurse from Ohio, who said",
    "a retired teacher from Akron who said", "a mother of three who said"."""
    if toks[who - 1].lower in words().coordinators:
        # "Beto O'Rourke, who won his district but who suggested …": the first "who"'s noun
        earlier = next(
            (
                k
                for k in range(who - 2, max(first, who - _SECOND_WHO_REACH) - 1, -1)
                if toks[k].lower == "who" or toks[k].text in ".;:"
            ),
            None,
        )
        if earlier is not None and toks[earlier].lower == "who" and earlier > first:
            return _antecedent(text, toks, earlier, first)
    # "Murphy (who was always in favor …)" reads as "Murphy, who …"
    comma = toks[who - 1].text in (",", "-", "–", "—", "(")
    before = who - 2 if comma else who - 1
    if comma:
        described = _described_name(text, toks, who - 1, first)
        if described is not None:
            return described
    antecedent = _noun_phrase_before(text, toks, before, first)
    if antecedent is None and not comma:
        subject = _copula_subject(text, toks, before, first)
        if subject is not None:
            return subject  # "Trump is a serial liar, …, birther and bully who has pledged"
    if antecedent is None and not comma:
        # "Claire Putnam, an obstetrician and gynecologist who believes": two nouns no noun
        # phrase reads, set after a name as what she is
        described = _described_name(text, toks, who, first, lead_words=words().determiners)
        if described is not None:
            return described
    at = before
    if antecedent is not None:
        if antecedent.form != "name":
            described = None if comma else _set_off_after_a_name(text, toks, antecedent, first)
            return (
                (not comma and _copula_subject(text, toks, before, first))
                or described
                or antecedent
            )
        at = _index_of(toks, antecedent.span[0], first)
    elif before - 1 > first and toks[before - 1].lower in words().relative_carriers:
        at = before  # "a mother of three": a number no noun phrase ends on
    if (
        toks[who].lower == "who"
        and at - 2 >= first
        and toks[at - 1].lower in words().relative_carriers
    ):
        # "a retired teacher from Akron who": the person, not the place ("a response from the
        # Commission, which said": the Commission)
        carrier = _noun_phrase_before(text, toks, at - 2, first)
        if carrier is not None and carrier.form != "pronoun":
            span = (carrier.span[0], toks[before].end)
            whole = text[span[0] : span[1]]
            name = whole if carrier.form == "nominal" else carrier.name
            return replace(carrier, span=span, text=whole, name=name)
    return antecedent


#: how far back a second "who" joined by "but"/"and" looks for the first
_SECOND_WHO_REACH = 30


def _set_off_after_a_name(
    text: str, toks: list[Tok], described: Phrase, first: int
) -> Phrase | None:
    """ "Beto O'Rourke, a Clinton endorser who suggested …": the name a description set off
    by a comma describes, with the description as its role."""
    at = _index_of(toks, described.span[0], first)
    if at - 2 < first or toks[at - 1].text != "," or toks[at].lower not in ("a", "an"):
        return None
    name = phrase_before(text, toks, at - 2, first)
    if name is None or name.form != "name" or name.role:
        return None
    return replace(name, role=described.text)


#: the most words of a list of descriptions after "is": "a serial liar, rampant xenophobe,
#: racist, misogynist, birther and bully who …"
_COPULA_REACH = 24


def _copula_subject(text: str, toks: list[Tok], k: int, first: int) -> Phrase | None:
    """The name described after "is" or "was" by the words that end at ``toks[k]`` (a "who"
    follows them): "Ann Lee is a lawyer who said …" is Ann Lee speaking; None when no such
    name stands before the description."""
    end = k
    lowest = max(first, k - _COPULA_REACH)
    while k > lowest and (
        toks[k].text == "," or (toks[k].text.isalpha() and toks[k].text.islower())
    ):
        if toks[k].lower in ("is", "was"):
            if not _a_description(toks[k + 1 : end + 1]):
                return None  # "is among those …, echoing security experts who"
            subject = _noun_phrase_before(text, toks, k - 1, first)
            if subject is None and k - 1 > first and toks[k - 1].lower == "and":
                # "Trump regularly incites violence and is a serial liar … who": the
                # subject opening the clause
                opening = max([first] + [j + 1 for j in range(first, k) if toks[j].text in ":;"])
                subject = phrase_after(text, toks, opening, k - 1, apposition=False)
            if subject is not None and subject.form == "name":
                return subject
            return None
        k -= 1
    return None


def _a_description(run: list[Tok]) -> bool:
    """True if ``run`` is "a lawyer" or "a serial liar, rampant xenophobe, … and bully":
    an article, then nouns and adjectives, commas and "and", no other small word."""
    if not run or run[0].lower not in ("a", "an"):
        return False
    function_words = lexicon().function_words
    return all(
        tok.text == "," or tok.lower == "and" or tok.lower not in function_words for tok in run[1:]
    ) and not any(tok.lower.endswith("ing") for tok in run[1:])


def _described_name(
    text: str, toks: list[Tok], comma: int, first: int, lead_words: frozenset[str] | None = None
) -> Phrase | None:
    """ "Jane Doe, a nurse from Ohio, who": the name before a described aside (one opening
    on one of ``lead_words`` when given)."""
    for k in range(comma - 1, max(first, comma - 12) - 1, -1):
        if toks[k].text in ';:"“”' or toks[k].cue:
            return None
        if toks[k].text != ",":
            continue
        lead = toks[k + 1] if k + 1 < comma else None
        if lead is None or not (lead.lower in words().determiners or lead.text.islower()):
            return None
        if lead_words is not None and lead.lower not in lead_words:
            return None
        named = _noun_phrase_before(text, toks, _skip_paren(toks, k - 1, first), first)
        if named is None or named.form != "name":
            return None
        if lead.lower in _RELATIVES:
            return named  # "Jane Doe, who served in Iraq, who": a clause about her, no role
        return replace(named, role=named.role or text[lead.start : toks[comma - 1].end])
    return None


def with_postmodifier(text: str, toks: list[Tok], phrase: Phrase, first: int) -> Phrase:
    """ "A document on the campaign's website": the document, not the website, speaks."""
    for _ in range(2):
        at = _index_of(toks, phrase.span[0], first)
        if at - 2 < first or toks[at - 1].lower not in words().postmodifiers:
            return phrase
        carrier = _noun_phrase_before(text, toks, at - 2, first)
        if carrier is None or carrier.form == "pronoun" or toks[at - 2].lower == "according":
            return phrase  # ("According to a report": a source, not a document on one)
        span = (carrier.span[0], phrase.span[1])
        whole = text[span[0] : span[1]]
        name = whole if carrier.form == "nominal" else carrier.name
        phrase = replace(carrier, span=span, text=whole, name=name)
    return phrase


def _index_of(toks: list[Tok], start: int, first: int) -> int:
    return next((i for i in range(first, len(toks)) if toks[i].start == start), first)


def _passive_agent(text: str, toks: list[Tok], phrase: Phrase, first: int) -> Phrase:
    """ "a letter seen by Reuters showed": the letter shows, not Reuters."""
    at = next((i for i, t in enumerate(toks) if t.start == phrase.span[0]), 0)
    if at - 2 < first or toks[at - 1].lower != "by":
        return phrase
    verb = toks[at - 2]
    if not (verb.text.islower() and verb.text.endswith(("ed", "en", "seen", "got", "ght"))):
        return phrase
    carrier = _noun_phrase_before(text, toks, at - 3, first)
    if carrier is None:
        return phrase
    span = (carrier.span[0], phrase.span[1])
    return replace(carrier, span=span, text=text[span[0] : span[1]])


def _opens_clause(toks: list[Tok], phrase: Phrase, first: int) -> bool:
    at = next((i for i in range(first, len(toks)) if toks[i].start == phrase.span[0]), first)
    w = words()
    return (
        at == first
        or toks[at - 1].text in ",;:(\"“”'—–-"
        or toks[at - 1].lower in w.subject_focus
        # "Last night Tory MP Jo Roe, who …, said": a time adjunct, then the subject
        or (
            at - 2 >= first
            and toks[at - 1].lower in w.time_words
            and toks[at - 2].lower in w.time_leads
        )
    )


def _described_before_opens(toks: list[Tok], named: Phrase, first: int) -> bool:
    """Whether a determiner and a few words describing the person open the clause before
    ``named`` ("The victim's friend Betty Firmstone", "His old friend Betty Firmstone")."""
    at = _index_of(toks, named.span[0], first)
    lex = lexicon()
    k = at
    while k - 1 >= first and at - k < 4:
        tok = toks[k - 1]
        if tok.lower in words().determiners or tok.lower in words().possessive_pronouns:
            return _opens_clause(toks, replace(named, span=(tok.start, named.span[1])), first)
        if (
            not (
                tok.text.endswith(("'s", "’s"))
                or (
                    tok.text.isalpha()
                    and tok.text.islower()
                    and tok.lower not in lex.function_words
                    and tok.lower not in words().prepositions  # "a number of Democrats"
                )
            )
            or tok.cue
        ):
            return False
        k -= 1
    return False


def _after_lost_stop(toks: list[Tok], phrase: Phrase, first: int) -> bool:
    """ "… left hospital The State Highway Patrol": a capitalised "The" inside a sentence,
    after a plain lower-case word (no cue, no preposition: "said The Times", "by The Times"),
    opens a sentence whose full stop was lost."""
    at = _index_of(toks, phrase.span[0], first)
    if at - 1 < first or toks[at].text not in ("The", "A", "An"):
        return False
    before = toks[at - 1]
    lex = lexicon()
    return (
        _plain_noun(before)
        and not before.lower.endswith(("ed", "ing"))  # "joined The Times", "citing The Post"
        and before.lower not in _OBJECT_LEADS
        and before.lower not in words().prepositions
        and before.lower not in words().postmodifiers
        and before.lower not in words().place_prepositions
        and before.lower not in lex.titles
    )


#: words that take "The …" as their object, not nouns that end a sentence ("CNN, like The
#: Associated Press, which …, declared")
_OBJECT_LEADS = frozenset(
    "like unlike than as including despite against amid among versus via per atop near "
    "beyond beneath below above besides beside without within upon onto toward towards "
    "joins join leads lead runs run owns own".split()
)


def _skip_paren(toks: list[Tok], index: int, first: int) -> int:
    """Step back over "(R-Ind.)" after a name."""
    if index < first or toks[index].text != ")":
        return index
    for k in range(index - 1, max(first, index - _MAX_PAREN) - 1, -1):
        if toks[k].text == "(":
            return k - 1
    return index


_RELATIVES = frozenset({"who", "which", "whose"})
#: the relative pronouns that stand for a noun before them as a subject
RELATIVE_PRONOUNS = frozenset({"who", "which"})


def _apposition_before(text: str, toks: list[Tok], comma: int, first: int) -> Phrase | None:
    """ "Mark Milley, chairman of the Joint Chiefs of Staff," → Milley with that role.

    Also the reverse, "The state's campaign chairman, Phil Lovas," → Lovas with that role.
    """
    if comma - 1 > first and toks[comma - 1].text == ")":
        # "Gov. John Kasich (R-OH), said": the bracket belongs to the name before it
        bracketed = phrase_before(text, toks, comma - 1, first)
        at = _index_of(toks, bracketed.span[0], first) if bracketed is not None else first
        if bracketed is None or at - 1 < first or toks[at - 1].lower not in words().postmodifiers:
            return bracketed
        # "Simon Walker, director general of the Institute of Directors (IoD), criticised":
        # the bracket ends a role set off after a name, which the commas find
        opened = next((k for k in range(comma - 1, first - 1, -1) if toks[k].text == "("), None)
        if opened is None:
            return bracketed  # (the bracket opened before the clause: nothing to set off)
        person = _set_off_before(text, toks, comma, first)
        if person is not None and person.form == "name" and person.span[1] < bracketed.span[0]:
            return replace(person, role=text[person.span[1] : toks[opened].start].strip(" ,"))
        return bracketed
    return _set_off_before(text, toks, comma, first)


def _names_an_outlet(title: Phrase) -> bool:
    """Whether ``title`` is a definite outlet or business noun: "The satire site", "the paper"."""
    lead = title.text.split()[0].lower()
    return lead == "the" and (title.head in outlet_heads() or describes_organisation(title.text))


def _the_name(inside: list[Tok]) -> bool:
    """Whether ``inside`` is "the" and a capitalised name: "the SITE Intelligence Group"."""
    return (
        len(inside) >= 3
        and inside[0].lower == "the"
        and all(_is_name_word(t) or t.lower in words().name_joiners for t in inside[1:])
        and _is_name_word(inside[-1])
    )


def _tensed_after_name(inside: list[Tok], j: int) -> bool:
    """Whether ``inside[j]`` is a tensed verb right after a capitalised word: "Mr. Trump was
    just as blunt" is a clause, no role ("who’s running to be …" and "that has …" are)."""
    return (
        j > 0
        and inside[j].lower in words().finite_verbs
        and inside[j].lower not in ("be", "been")
        and inside[j - 1].capitalized
    )


def _one_of_titles(toks: list[Tok], title: Phrase) -> int | None:
    """The index of "one" when ``title`` is "the attorneys" of "One of the attorneys": a
    plural office after "one of"; else None."""
    at = _index_of(toks, title.span[0], 0)
    singular = title.head[:-1] if title.head.endswith("s") else ""
    if (
        at >= 2
        and toks[at - 1].lower == "of"
        and toks[at - 2].lower == "one"
        and singular in lexicon().titles
    ):
        return at - 2
    return None


def _set_off_before(text: str, toks: list[Tok], comma: int, first: int) -> Phrase | None:
    """The speaker before the comma at ``comma``, set off by commas from a role, a clause or
    an aside."""
    lex = lexicon()
    antecedent = _before_long_relative(text, toks, comma, first)
    if antecedent is not None:
        return antecedent
    unset = _name_before_unset_role(text, toks, comma, first)
    if unset is not None:
        return unset
    commas = 0
    for k in range(comma - 1, max(first, comma - _MAX_APPOSITION) - 1, -1):
        if toks[k].text != ",":
            continue
        commas += 1
        if commas > 4:
            return None
        inside = toks[k + 1 : comma]
        # "Trump, speaking to a veterans group, said": a participle aside, not a role.
        aside = bool(inside) and inside[0].text.endswith("ing") and inside[0].text.islower()
        # "Jo Roe, who described herself as a Catholic, said": a relative clause's verb is its
        # own, not the sentence's cue
        relative = next((j for j, t in enumerate(inside) if t.lower in _RELATIVES), len(inside))
        if not inside or any(
            (t.lower in lex.cue_lemma and not (aside and t is inside[0]) and j < relative)
            # "Beaumont, Tex., Mr. Trump was just as blunt, claiming": a clause of its own
            or (_tensed_after_name(inside, j) and j < relative)
            or t.text in '"“”'
            for j, t in enumerate(inside)
        ):
            return None
        if _PARTY.fullmatch(text[inside[0].start : inside[-1].end]):
            # "Mitch McConnell, R-Ky., said": party and state, like "(R-Ky.)"
            return phrase_before(text, toks, k - 1, first)
        lead = inside[0]
        before = _skip_paren(toks, k - 1, first)
        if commas == 1 and lead.lower in _NAMING_PARTICIPLES:
            # "One resident, named only as Sam, told": the name the description goes by
            person = _name_given(text, toks, before, k, comma, first)
            if person is not None:
                return person
        person = _person_before_role(text, toks, before, first, lead)
        if person is not None:
            # "Rob Mann, President Acme North America, says", "Lee Park, Senior Vice
            # President of Sales for Acme, Inc., says": a full name, then the office it holds
            return replace(person, role=text[lead.start : toks[comma - 1].end])
        possessive = lead.text.endswith(("’s", "'s"))
        # "The lead researcher, Dr Jane Roe, said": a title opens the name between commas
        titled_name = (
            lead.lower in lex.titles
            and len(inside) >= 2
            and _is_name_word(inside[-1])
            and inside[-1].lower not in lex.titles
            and all(_is_name_word(t) or t.lower in lex.titles for t in inside)
        )
        if (
            lead.capitalized
            and lead.lower not in words().determiners
            and (lead.lower not in lex.titles or titled_name)
            and not possessive
        ):
            # Reverse: a nominal, then the name between commas.
            if commas > 1:
                return None
            name = _noun_phrase_before(text, toks, comma - 1, k + 1)
            title = _noun_phrase_before(text, toks, before, first)
            if title is not None and not _opens_clause(toks, title, first):
                # "A lawyer for the news outlets, David Schulz,"
                title = with_postmodifier(text, toks, title, first)
            if name is None or name.form != "name" or name.span[0] != lead.start:
                return None
            if titled_name and title is not None and title.form == "nominal":
                return replace(name, role=", ".join(r for r in (name.role, title.name) if r))
            one = _one_of_titles(toks, title) if title is not None else None
            if title is not None and title.form == "nominal" and one is not None:
                # "One of the family's attorneys, Justin Bamberg, said": one of several
                return replace(name, role=name.role or text[toks[one].start : title.span[1]])
            if title is not None and title.form == "nominal" and _names_an_outlet(title):
                # "The satire site, Media Mass, had reported": the outlet, by name
                return replace(name, role=name.role or title.name)
            if title is None or title.form != "nominal" or title.head not in lex.titles:
                if len(inside) <= 2 and toks[before].lower not in lex.titles:
                    continue  # "Jane Doe, of Springfield, Va., said": a place, then more
                return None
            return replace(name, role=name.role or title.name)
        named = _noun_phrase_before(text, toks, before, first)
        if named is not None and named.form != "pronoun" and _after_lost_stop(toks, named, first):
            # "… released from hospital The State Highway Patrol, who …, said": a full stop
            # went missing, and the sentence (and who speaks) starts at "The"
            return named
        if (
            named is not None
            and named.form == "name"
            and not _opens_clause(toks, named, first)
            and _described_before_opens(toks, named, first)
        ):
            # "The victim's friend Betty Firmstone, 85, told …": the description before the
            # name opens the clause
            return named
        carried = named is not None and not _opens_clause(toks, named, first)
        if named is not None and carried:
            named = with_postmodifier(text, toks, named, first)
        if named is None or named.form == "pronoun" or not _opens_clause(toks, named, first):
            continue
        if _is_hometown(toks, named):
            continue  # "Jane Doe, 59, of Ashton, Md., who watched …": the state is no speaker
        if named.text[:1].islower() and _after_comma(toks, named):
            # "Scott Pruitt, the attorney general of Oklahoma, one of the states, said": the
            # first aside is his role too; the name is further back
            continue
        if named.form == "nominal" and _the_name(inside):
            # "A US terrorism watchdog, the SITE Intelligence Group, first reported": the
            # name set off after the description
            name = _noun_phrase_before(text, toks, comma - 1, k + 1)
            if name is not None and name.form == "name":
                role = re.sub(r"^(?:an?|the) ", "", named.text, flags=re.IGNORECASE)
                return replace(name, role=", ".join(r for r in (name.role, role) if r))
        if named.form == "nominal" or carried:
            # "Officials at Homeland Security Investigations, a division of …": the aside
            # describes the institution, not the speaker's role.
            return named
        if aside:
            return named
        # "Ann Lee, 47, who lives in Leeds,": a relative clause describes her; no role
        described = inside[:relative]
        while described and (
            described[-1].text == "," or described[-1].lower in words().clause_openers
        ):
            described = described[:-1]  # "…, meanwhile, who", "… Justice and whose …"
        if not described:
            return named
        apposition = text[described[0].start : described[-1].end]
        role = f"{named.role}, {apposition}" if named.role else apposition
        return replace(named, role=role)
    return None


#: how many words a role set off only by its closing comma may hold ("one of the group's
#: founders")
_MAX_UNSET_ROLE = 8


def _name_before_unset_role(text: str, toks: list[Tok], comma: int, first: int) -> Phrase | None:
    """ "Tom Vale one of the group's founders, wrote": a full name, then its role with the
    opening comma lost (as where a photo caption is glued on before the name); the name
    speaks, with that role, not a name further back."""
    lex = lexicon()
    w = words()
    for j in range(comma - 2, max(first, comma - 2 - _MAX_UNSET_ROLE) - 1, -1):
        role = toks[j + 1 : comma]
        opener = role[0].lower
        if not _is_name_word(toks[j]) or not role[0].text.islower():
            continue
        if opener == "one":
            if len(role) < 3 or role[1].lower != "of":
                return None
        elif opener not in ("a", "an", "the"):
            return None
        for t in role:
            if (
                t.lower in lex.cue_lemma
                or t.lower in _RELATIVES
                or t.lower in w.clause_openers
                or not _wordlike(t.text.removesuffix("’s").removesuffix("'s"))
            ):
                return None
        if not any(_office_word(t.lower) for t in role):
            return None
        named = _noun_phrase_before(text, toks, j, first)
        if named is None or named.form != "name" or len(named.text.split()) < 2:
            return None
        return replace(named, role=text[role[0].start : role[-1].end])
    return None


#: participles that give the name a description goes by: "a resident, named only as Sam,"
_NAMING_PARTICIPLES = frozenset({"named", "identified", "known", "called"})


def _name_given(
    text: str, toks: list[Tok], before: int, left: int, comma: int, first: int
) -> Phrase | None:
    """ "One resident, named only as Sam Hale, told": Sam Hale, with "resident" for a role,
    when a description opens the clause and the aside after it holds nothing but the name."""
    k = left + 2
    if k < comma and toks[k].lower == "only":
        k += 1
    if k >= comma or toks[k].lower != "as":
        return None
    name = _noun_phrase_before(text, toks, comma - 1, k + 1)
    if name is None or name.form != "name" or name.span[0] != toks[k + 1].start:
        return None
    described = _noun_phrase_before(text, toks, before, first)
    if (
        described is None
        or described.form != "nominal"
        or not _opens_clause(toks, described, first)
    ):
        return None
    return replace(name, role=described.name)


def _office_word(low: str) -> bool:
    """A title or a speaking noun, singular or plural ("founders", "spokesman")."""
    lex = lexicon()
    for form in (low, low[:-1] if low.endswith("s") else low):
        if form in lex.titles or form in lex.nominal_heads:
            return True
    return False


def _person_before_role(
    text: str, toks: list[Tok], before: int, first: int, lead: Tok
) -> Phrase | None:
    """The full name of a person that opens the clause right before a comma-set office in
    capitals ("Senior Vice President …", "President …"), if one does."""
    lex = lexicon()
    if not lead.capitalized or not (lead.lower in lex.titles or lead.lower in lex.role_modifiers):
        return None
    named = _noun_phrase_before(text, toks, before, first)
    if named is None or named.form != "name" or named.role or not _opens_clause(toks, named, first):
        return None
    parts = named.text.split()
    if len(parts) < 2 or any(p.lower() in lex.titles for p in parts):
        return None
    return named


def _before_long_relative(text: str, toks: list[Tok], comma: int, first: int) -> Phrase | None:
    """ "Sandy Roe, who lost her daughter in Aurora, Colorado, in July 2012, said": a relative
    clause holding commas of its own describes the name before it, which speaks (not
    "Colorado")."""
    inner = 0
    for k in range(comma - 1, max(first, comma - _MAX_APPOSITION) - 1, -1):
        tok = toks[k]
        if tok.text in '"“”' or tok.lower in lexicon().cue_lemma:
            return None
        if tok.text == ",":
            inner += 1
        elif tok.lower in _RELATIVES and k - 2 >= first and toks[k - 1].text == ",":
            named = phrase_before(text, toks, k - 2, first)
            if not inner and (
                named is None
                or named.form != "name"
                or text[toks[first].start : named.span[0]].strip(" ,").lower()
                not in ("", "but", "and", "yet")
            ):
                # one comma-set clause after a description: the apposition reading handles it
                # ("Jo Roe, 59, of Ashton, Md., who …, said": a name, however many commas)
                return None
            if named is None or named.form == "pronoun" or not _opens_clause(toks, named, first):
                return None
            return named
    return None


def _is_particle(toks: list[Tok], k: int, first: int) -> bool:
    """ "de" in "Bill de Blasio" and in "de Blasio said": a lower-case name particle before a
    name word (or another particle: "von der Leyen")."""
    return (
        k >= first
        and toks[k].text in words().name_particles
        and k + 1 < len(toks)
        and (_is_name_word(toks[k + 1]) or toks[k + 1].text in words().name_particles)
    )


def _agent_for(body: list[Tok]) -> int | None:
    """In "spokeswoman for Hillary Clinton", "adviser to Trump": the index of the agent noun."""
    for k in range(len(body) - 1):
        if body[k + 1].lower in ("for", "to") and body[k].lower in lexicon().titles:
            return k
    return None


def _group_of(body: list[Tok]) -> int | None:
    """In "supporters of Donald Trump", "fans of champions Red Rovers": the index of the
    plural noun before "of", whose people speak, not the one named after it."""
    for k in range(len(body) - 2):
        noun = body[k]
        if body[k + 1].lower != "of" or noun.lower in lexicon().titles:
            continue
        if not noun.lower.endswith("s") or noun.lower.endswith("ss"):
            continue
        plain = _plain_noun(noun)
        if not plain and k == 0 and noun.text[1:].islower():
            # a capital that only opens the sentence ("Supporters of Donald Trump"), not an
            # institution's name ("Friends of the Earth")
            rest = body[k + 2 :]
            plain = _plain_noun(noun._replace(text=noun.lower)) and (
                rest[0].lower in lexicon().gender or any(t.text.islower() for t in rest)
            )
        if plain:
            return k
    return None


def _index_at(toks: list[Tok], start: int) -> int:
    """The index of the token that starts at ``start`` (tokens are in text order)."""
    return bisect_left(toks, start, key=lambda t: t.start)


def _after_comma(toks: list[Tok], named: Phrase) -> bool:
    at = _index_at(toks, named.span[0])
    return at > 0 and toks[at - 1].text == ","


def _is_hometown(toks: list[Tok], named: Phrase) -> bool:
    """ "… of Ashton, Md.": the name is the state after "of Town," or "from Town,"."""
    at = _index_at(toks, named.span[0])
    return (
        at >= 3
        and toks[at - 1].text == ","
        and toks[at - 2].capitalized
        and toks[at - 3].lower in ("of", "from")
    )


def _noun_phrase_before(text: str, toks: list[Tok], last: int, first: int) -> Phrase | None:
    lex = lexicon()
    if last < first or last < 0:
        return None
    head = toks[last]
    if head.text.endswith(("’s", "'s", "’", "'")):
        return None  # a possessive modifies the subject; it is not the subject
    named = _is_name_word(head) or head.lower in words().name_suffixes
    # "BBC Radio 3", "Channel 4": a number that ends a name
    named = named or (
        head.text.isdigit()
        and len(head.text) <= 2
        and last > first
        and _is_name_word(toks[last - 1])
    )
    known = named or head.lower in lex.nominal_heads or head.lower in lex.titles
    if not known and not _plain_noun(head):
        return None
    if (
        head.lower in lex.not_speakers
        and not _month_surname(toks, last)
        # "an analysis of the filings shows": a document in lower case, not the headline
        # label "Analysis:"
        and not (head.text.islower() and head.lower in lex.nominal_heads)
    ):
        return None
    start = last
    while start - 1 >= first and last - start < _MAX_PHRASE:
        tok = toks[start - 1]
        low = tok.lower
        if named and _place_of_title(toks, start - 1, first):
            start -= 1  # "ambassador to (the) Britain Liu Xiaoming": the place is the title's
            continue
        if low in words().determiners:
            start -= 1
            break
        if low == "so-called" and named:
            # "the so-called Islamic State": a label the writer keeps at a distance, which
            # stays in the phrase but never in the name
            start -= 1
            continue
        # "Last night campaigners said", "on Thursday Kalanick said": the time is no part of
        # who spoke ("the Sunday Times" keeps its day: no time lead before it)
        if (
            (low in words().time_nouns or (low in words().time_words and low.endswith("day")))
            and start - 2 >= first
            and toks[start - 2].lower in words().time_leads
        ):
            break
        if tok.text.endswith(("’s", "'s")):
            # "Donald Trump's campaign", "the campaign's website": the owner is a modifier.
            start -= 1
            continue
        if named and low in words().caption_words and tok.text == low.capitalize():
            break  # "… on the quay Pictured Tom Vale said": a caption's word, glued on
        if (
            _is_name_word(tok)
            or low in lex.titles
            or low in lex.role_modifiers
            or (low in words().to_titles and toks[start].lower == "to")
            # "Bill de Blasio", "Ursula von der Leyen": a particle inside a name
            or (named and _is_particle(toks, start - 1, first))
            or (
                low in words().connectors
                and start - 2 >= first
                and (_is_name_word(toks[start - 2]) or toks[start - 2].lower in lex.titles)
            )
            or (
                not named
                and _wordlike(tok.text)
                and tok.text.islower()
                and low not in lex.function_words
                and low not in lex.cue_lemma
            )
            # "Tulsa police Chief Chuck Jordan", "state tax commissioner Kevin Sullivan"
            or (named and _plain_noun(tok) and toks[start].lower in lex.titles)
            # "the 2014 American Community Survey", "73 percent"
            # (not "In 2013 Clinton said": a year after a preposition is when)
            or (
                len(tok.text) == 4
                and tok.text.isdigit()
                and not (start - 2 >= first and toks[start - 2].lower in words().prepositions)
            )
            or (not named and _is_number(tok.text))
        ):
            start -= 1
        else:
            break
    while start < last and toks[start].lower in words().connectors:
        start += 1
    opener = toks[start].lower
    determined = opener in words().determiners and opener not in words().demonstratives
    # "Gary Johnson's doctor": an owner determines the noun as "the" would
    determined = determined or any(t.text.endswith(("’s", "'s")) for t in toks[start:last])
    if not known and not determined and not head.lower.endswith("s"):
        # An unknown noun names a source with a determiner ("several cast members") or in
        # the plural ("environmentalists worry").
        return None
    return _phrase(text, toks[start : last + 1], "name" if named else "nominal")


def _place_of_title(toks: list[Tok], k: int, first: int) -> bool:
    """True if ``toks[k]`` is the "to" (or the "the" after it) that joins a title such as
    "ambassador" or "envoy" to its place: "envoy to the UN Jo Roe"."""
    if toks[k].lower == "the":
        k -= 1
    return k - 1 >= first and toks[k].lower == "to" and toks[k - 1].lower in words().to_titles


#: "The 37-year-old said …": an age that stands for the person
_AGED = re.compile(r"\d{1,3}-year-olds?")


def _plain_noun(tok: Tok) -> bool:
    lex = lexicon()
    low = tok.lower
    return (
        (_wordlike(tok.text) or _AGED.fullmatch(low) is not None)
        and tok.text.islower()
        and len(low) > 2
        and low not in lex.function_words
        and low not in lex.skip_words
        and low not in lex.cue_lemma
        and low not in words().determiners
    )


#: a date written as a name for what happened on it: "9/11", "7/7"
_DATE_MODIFIER = re.compile(r"\d{1,2}/\d{1,2}\s")


def phrase_after(
    text: str, toks: list[Tok], first: int, stop: int, apposition: bool = True
) -> Phrase | None:
    """The speaker phrase starting at ``toks[first]`` ("said Smith", "read the letter")."""
    lex = lexicon()
    if first >= stop:
        return None
    tok = toks[first]
    if tok.lower in lex.pronouns and tok.lower != "who":
        return _phrase(text, [tok], "pronoun")
    end = first
    if tok.lower in words().demonstratives:
        return None
    if tok.lower in words().determiners:
        end += 1
    while end < stop and end - first < _MAX_PHRASE:
        cur = toks[end]
        low = cur.lower
        # "revealed by the Washington Post late on Friday", "according to Fox News on Jan. 3":
        # when, not who
        led = end > first + 1 and tok.lower in words().determiners
        if (led or (end > first and toks[end - 1].capitalized)) and _time_after(toks, end, stop):
            break
        if (
            _is_name_word(cur)
            or low in lex.titles
            or low in words().name_suffixes
            or low in lex.role_modifiers
            or (
                _wordlike(cur.text)
                and cur.text.islower()
                and low not in lex.function_words
                and low not in lex.cue_lemma
                and low not in lex.skip_words
                # "said Carly Fiorina during the second debate": when, not who
                and low not in _WHEN_LEADS
            )
            or (low in words().connectors and end + 1 < stop and _is_name_word(toks[end + 1]))
            or (
                # "said Recording Academy president and CEO Neil Portnow": two titles joined
                low == "and"
                and first < end
                and end + 1 < stop
                and toks[end - 1].lower in lex.titles
                and toks[end + 1].lower in lex.titles
            )
        ):
            end += 1
        elif cur.text.isdigit() and end + 3 < stop and _DATE_MODIFIER.match(text, cur.start):
            # "said 9/11 widow Terry Strada": the day that made her one, three tokens
            end += 3
        else:
            break
    # Trim back to the last word that can head a phrase.
    full_end = end
    while end > first:
        head = toks[end - 1]
        if head.text.endswith(("’s", "'s")):
            # "The star backed Labour's plans": an owner never ends the phrase
            end -= 1
            continue
        if (
            _is_name_word(head)
            or head.lower in lex.nominal_heads
            or head.lower in lex.titles
            or head.lower in words().name_suffixes
        ):
            break
        end -= 1
    if end == first or (end == first + 1 and tok.lower in words().determiners):
        return None
    run = toks[first:end]
    if run[-1].lower in lex.not_speakers and not _month_surname(toks, end - 1):
        return None
    named = _is_name_word(run[-1]) or run[-1].lower in words().name_suffixes
    if named and end < full_end and _modified_noun(run, toks[end]):
        # "A New York woman", "Recent attacks": the capitalised words modify the noun after
        # them, which heads the phrase
        return _phrase(text, toks[first : end + 1], "nominal")
    phrase = _phrase(text, run, "name" if named else "nominal")
    if apposition and end + 1 < stop and toks[end].text == ",":
        extra = _apposition_after(text, toks, end + 1, stop)
        if extra and phrase.form == "name":
            role = f"{phrase.role}, {extra}" if phrase.role else extra
            phrase = replace(phrase, role=role)
    return phrase


#: words after a speaker's name that open when or why it was said, never part of who
_WHEN_LEADS = frozenset({"during", "after", "before", "amid", "despite", "while", "until"})


_DAYS_AROUND_NOW = frozenset({"today", "yesterday", "tonight"})


def _time_after(toks: list[Tok], at: int, stop: int) -> bool:
    """Whether a time adjunct starts at ``toks[at]``: "late on Friday", "on Monday", "last
    week" (a day alone, as in "the Sunday Times", is no adjunct)."""
    w = words()
    if at < stop and toks[at].text in _DAYS_AROUND_NOW:
        return True  # "according to Sports Act today" (not "USA TODAY")
    k = at
    while k < stop and toks[k].lower in w.time_leads:
        k += 1
    when = toks[k].lower.rstrip(".") if k < stop else ""
    return k > at and (when in w.time_words or when in w.month_abbreviations)


def _modified_noun(run: list[Tok], after: Tok) -> bool:
    """Whether ``after`` is the noun the capitalised ``run`` modifies: a speaking noun after
    an article and a name ("A New York woman"), or a plural after one sentence-opening word
    ("Recent attacks"); never a verb ("Jane Roe visited")."""
    lex = lexicon()
    if not _plain_noun(after):
        return False
    if run[0].lower in ("a", "an", "the") and len(run) > 1:
        return not after.lower.endswith(("ed", "ing"))
    plural = after.lower.endswith("s") and not after.lower.endswith("ss")
    return len(run) == 1 and plural and after.lower in lex.nominal_heads


def _apposition_after(text: str, toks: list[Tok], first: int, stop: int) -> str:
    lex = lexicon()
    lead = toks[first]
    if not (
        lead.lower in words().determiners or lead.lower in lex.titles or lead.text[0].islower()
    ):
        return ""
    if PAST_VERB.fullmatch(lead.text):
        return ""  # "…, shared those sentiments": a deed, no role
    for k in range(first, min(stop, first + _MAX_APPOSITION)):
        # "said Stancil, who stood before the judge": a relative clause is no role, nor is
        # the source of what he said ("…, said Ming Chi Kuo, according to a story on …")
        if toks[k].text in ",.;" or toks[k].lower in _ROLE_ENDS:
            return _role_before(text, toks, first, k)
        if toks[k].lower in lex.cue_lemma or toks[k].text in '"“”':
            return ""
    if stop <= first + _MAX_APPOSITION:
        # "…, says John Petrides, portfolio manager at Tocqueville Asset Management.": the
        # role runs to the end of what the caller reads, its full stop left out
        return _role_before(text, toks, first, stop)
    return ""


#: words that end a role set off after a name
_ROLE_ENDS = _RELATIVES | {"who's", "who’s", "according"}


def _role_before(text: str, toks: list[Tok], first: int, end: int) -> str:
    """The role from ``toks[first]`` up to ``toks[end]``, without prepositions left
    dangling ("the composition of which …", "the author of ‘…’")."""
    last = end - 1
    while last >= first and toks[last].lower in words().prepositions:
        last -= 1
    return text[toks[first].start : toks[last].end] if last >= first else ""


def phrase_from_words(text: str, words: list[Tok], form: str) -> Phrase:
    """The phrase made of exactly ``words`` (a learned source span), split into name and role."""
    return _phrase(text, words, form)


def without_handle(run: list[Tok]) -> list[Tok]:
    """ "Pawan Durani @PawanDurani noted": the name, without the Twitter handle after it."""
    if len(run) > 2 and run[-2].text == "@" and run[-2].end == run[-1].start:
        return run[:-2]
    return run


def _outlet_before_its_noun(run: list[Tok]) -> list[Tok] | None:
    """The name words of "the Emirates247 news website", "the Times of London newspaper":
    "the", a name, then a publication's common noun ("a Baton Rouge newspaper" is a paper
    in that city); None for anything else."""
    if len(run) < 3 or run[0].lower != "the":
        return None
    body = run[1:]
    w = words()
    if body[-1].lower not in w.publication_nouns or body[-1].capitalized:
        return None
    end = len(body) - 1
    while end > 0 and body[end - 1].lower in w.outlet_kinds and not body[end - 1].capitalized:
        end -= 1
    name = body[:end]
    if end < len(body) - 1 and named_like_organisation(" ".join(t.text for t in name)):
        return None  # "the Apple news site": a site about Apple
    if not name or not _is_name_word(name[0]) or not _is_name_word(name[-1]):
        return None
    if any(not (_is_name_word(t) or t.lower == "of") for t in name):
        return None
    return name


def _phrase(text: str, run: list[Tok], form: str) -> Phrase:
    lex = lexicon()
    while len(run) > 1 and run[0].lower in words().coordinators:
        run = run[1:]  # "But Kurdish journalist Pawan Durani said": "But" joins the sentence
    run = without_handle(run)
    span = (run[0].start, run[-1].end)
    whole = text[span[0] : span[1]]
    head = run[-1].lower
    if form == "pronoun":
        return Phrase(span, whole, form, whole, "", head)
    body = run[1:] if run[0].lower in words().determiners else run
    body = [t for t in body if t.lower != "so-called"] or body
    agent = _agent_for(body)
    if agent is not None and run[0].lower in ("a", "an", "the"):
        # "A spokeswoman for Hillary Clinton says": the spokeswoman speaks, not Clinton
        name = text[body[0].start : body[-1].end]
        return Phrase(span, whole, "nominal", name, "", body[agent].lower)
    outlet = _outlet_before_its_noun(run)
    if outlet is not None:
        # "the Emirates247 news website reported": the outlet speaks by its name
        name = text[outlet[0].start : outlet[-1].end]
        return Phrase(span, whole, "name", name, "", outlet[-1].lower)
    if form == "nominal" or not body:
        name = text[body[0].start : body[-1].end] if body else whole
        return Phrase(span, whole, "nominal", name, "", head)
    group = _group_of(body)
    if group is not None:
        # "Supporters of Donald Trump", "the owners of winner Silver Storm": they speak
        name = text[body[0].start : body[-1].end]
        return Phrase(span, whole, "nominal", name, "", body[group].lower)
    if (
        len(body) >= 2
        and lex.nominal_heads.get(body[-1].lower) == "organization"
        and all(t.capitalized and t.text[0].isalpha() for t in body)
    ):
        # "the Justice Department", "Defense Department": a title word names the institution
        return Phrase(span, whole, "name", text[body[0].start : body[-1].end], "", head)
    institution = _institution_or_affiliation(text, body) or _titled_affiliation(text, body)
    if institution is not None:
        name, role = institution
        return Phrase(span, whole, "name", name, role, head)
    # The name is the trailing run of capitalised words that are not titles.
    name_start = len(body)
    while name_start > 0:
        word = body[name_start - 1]
        if (
            word.text.endswith(("'s", "’s"))
            and len(body) - name_start >= 2
            and body[name_start].lower in lex.gender
        ):
            break  # "NASA's Steve Clarke": the owner is no part of the name ("People's
            # Daily Online" has no given name after it)
        if (
            (_is_name_word(word) and word.lower not in lex.titles)
            or _title_as_surname(body, name_start - 1)
            or word.lower in words().name_suffixes
            or _is_particle(body, name_start - 1, 0)
        ):
            name_start -= 1
        else:
            break
    if name_start == len(body):
        return Phrase(span, whole, "nominal", text[body[0].start : body[-1].end], "", head)
    placed = name_start > 0 and _place_of_title(body, name_start - 1, 0)
    if name_start > 0 and (body[name_start - 1].lower in words().connectors or placed):
        # "Secretary of Defense Mark Esper": the word after "of" belongs to the role.
        core = [w for w in body[name_start:] if w.capitalized and not _is_initial_or_suffix(w)]
        the_place = body[name_start - 1].lower == "the"
        if placed and (
            len(core) < 2
            or (the_place and len(core) == 2)
            or " ".join(w.lower for w in core) in lexicon().countries
        ):
            # "China's ambassador to Britain", "… to the United Nations": a title and its
            # place, nobody named
            # (_place_of_title found the title word before the place)
            title = next(t.lower for t in body if t.lower in words().to_titles)
            return Phrase(span, whole, "nominal", text[body[0].start : body[-1].end], "", title)
        if len(core) < 2:
            # "Department of Justice": an institution's name, not a title and a name.
            return Phrase(span, whole, "name", text[body[0].start : body[-1].end], "", head)
        keep = 2 if len(core) >= 3 else 1
        moved = 0
        while name_start < len(body) and moved < len(core) - keep:
            if not _is_initial_or_suffix(body[name_start]):
                moved += 1
            name_start += 1
    given = _given_name_inside(body, name_start) if run[0].lower in ("a", "an", "the") else None
    if given is not None:
        # "at the Masters Jack Nicklaus showed …": the article belongs to the event, so the
        # person's name starts at the given name
        person = body[given:]
        span = (person[0].start, person[-1].end)
        named = text[span[0] : span[1]]
        return Phrase(span, named, "name", named, "", head)
    glued = _glued_phrase_before_name(text, body, span)
    if glued is not None:
        # "at the World Cup Defoe said", "… of Katherine of Alexandria Redwood said": a
        # caption or a title ran on into the name without a stop; the name speaks alone
        person = body[glued:]
        span = (person[0].start, person[-1].end)
        named = text[span[0] : span[1]]
        return Phrase(span, named, "name", named, "", head)
    if name_start == 0 and _common_noun_before_given_name(text, body):
        name_start = 1  # "Pensioner Terry Cooper said": a role, in capitals as it opens
    role_words = body[:name_start]
    name_words = body[name_start:]
    doer = _doer_of_participle(role_words)
    if doer is not None:
        # "NASA scientists using a telescope atop Mauna Kea": the name is where the
        # participle's object stands; the noun before the participle speaks
        name = text[body[0].start : body[doer].end]
        return Phrase(span, whole, "nominal", name, "", body[doer].lower)
    owned = _owned_by_name(role_words)
    if owned is not None:
        # "the Republican half of a polling team for The Wall Street Journal and NBC News":
        # the name is the object of "for", not the speaker; the noun before it speaks
        return Phrase(span, whole, "nominal", text[body[0].start : body[-1].end], "", owned)
    if (
        1 < len(role_words) <= 3
        and role_words[-1].lower in words().honorifics
        and not any(t.lower in lex.titles for t in role_words[:-1])
    ):
        # "In court Mr Lomax", "pictured Mr Boase": "Mr" opens the name, and the words
        # before it, with no title among them, are no role
        role_words = []
    while role_words and role_words[0].lower in words().honorifics:
        role_words = role_words[1:]
    while len(role_words) > 1 and role_words[-1].lower in words().honorifics | {"dr", "dr."}:
        role_words = role_words[:-1]  # "Police spokesman Mr Smith": the role ends before "Mr"
    role = text[role_words[0].start : role_words[-1].end] if role_words else ""
    role = role.removesuffix("'s").removesuffix("’s")  # "NASA's Steve Clarke": "NASA"
    name = text[name_words[0].start : name_words[-1].end]
    if run[0].lower == "the" and not role:
        return Phrase(span, whole, "name", name, "", head)
    return Phrase(span, whole, "name", name, role, head)


#: endings of a noun for what someone is or does: "Pensioner", "Author", "Employee"
_AGENT_ENDINGS = ("er", "or", "ee", "ess", "ist", "ant", "ent")


def _common_noun_before_given_name(text: str, body: list[Tok]) -> bool:
    """Whether ``body`` opens with a noun for what someone is ("Pensioner", "Witness"),
    capitalised only because it opens the sentence or a caption, before a given name and a
    surname: a role, not a first name ("Tyler James Smith" stays whole when the lexicon
    knows "Tyler"). Mid-sentence, a capital is the writer's choice: "Last night Councillor
    Jo Roe" keeps its title in the name."""
    if len(body) < 3:
        return False
    before = text[max(0, body[0].start - 3) : body[0].start].rstrip()
    if before and before[-1] not in ".!?:;\"'“‘”’\n":
        return False
    lead, given = body[0], body[1]
    gender = lexicon().gender
    return (
        len(lead.text) >= 5
        and lead.text[1:].islower()
        and lead.lower.endswith(_AGENT_ENDINGS)
        and lead.lower not in gender
        and given.lower in gender
        and given.lower not in lexicon().titles
        and given.lower not in words().honorifics
        and all(_is_name_word(t) for t in body[2:])
    )


#: glued words before a name: at least this many
_MIN_GLUED = 2


def _glued_phrase_before_name(text: str, body: list[Tok], span: Span) -> int | None:
    """Where the name starts in ``body`` when the capitalised words before it are a phrase of
    their own that a caption or a title glued on without a stop ("World Cup Defoe", "Story of
    Katherine of Alexandria Redwood"): the text writes those words elsewhere, and the name
    elsewhere, but never the two together; the glued words hold no title ("Secretary of
    Defense Mark Esper") and do not end in a given name before a surname ("Billie Jean King").
    Read within a few thousand characters of the phrase, so that a long text costs no more."""
    if len(body) < 2:
        return None
    lex = lexicon()
    w = words()
    if any(
        t.lower in lex.titles
        or t.lower in lex.role_modifiers
        or t.lower in lex.nominal_heads
        or not (_is_name_word(t) or t.lower in w.connectors or t.lower in ("the", "an", "a"))
        for t in body
    ):
        return None
    near = (max(0, span[0] - _GLUE_REACH), min(len(text), span[1] + _GLUE_REACH))
    for i in range(1, len(body)):
        glued, name = body[:i], body[i:]
        if not all(_is_name_word(t) for t in name) or glued[-1].lower in w.connectors:
            continue
        last = name[-1].lower
        if last in organisation_endings() or last in lex.titles:
            continue
        if glued[-1].text.endswith(("’s", "'s", "’", "'")):
            continue  # "ABC News's Diane Sawyer": the owner, not glue
        if name[0].lower not in lex.gender and (
            glued[0].lower in lex.gender or glued[-1].lower in lex.gender
        ):
            continue  # "Hillary Rodham Clinton", "Billie Jean King": one person's names
        glued_text = text[glued[0].start : glued[-1].end]
        name_text = text[name[0].start : name[-1].end]
        whole = text[glued[0].start : name[-1].end]
        if (
            text.count(glued_text, *near) < 2
            or text.count(name_text, *near) < 2
            or text.count(whole, *near) > 1
        ):
            continue  # (the plain test first: most names are written together or once)
        if i < _MIN_GLUED and not _a_place(text, glued[0], span, near):
            continue
        if (
            _written_elsewhere(text, glued_text, span, near)
            and (
                (name[0].lower in lex.gender and i >= _MIN_GLUED)
                or _written_after_given_name(text, name_text, span, near, glued[-1].text)
            )
            and not _written_elsewhere(text, whole, span, near)
        ):
            return i
    return None


#: how far (characters) either side of a phrase the text is read for its glued words
_GLUE_REACH = 3000


def _a_place(text: str, word: Tok, span: Span, near: Span) -> bool:
    """Whether the text writes ``word`` elsewhere as a place ("in Raqqa", "at Wembley"): one
    glued word of a caption that ended on a place ("… scoring at Wembley Defoe said")."""
    if word.lower in lexicon().gender:
        return False
    pattern = re.compile(r"\b(?:in|at|from|near) (?:the )?" + re.escape(word.text) + r"(?![\w’'-])")
    found = pattern.finditer(text, *near)
    return any(m.end() <= span[0] or m.start() >= span[1] for m in found)


def _written_after_given_name(
    text: str, surname: str, span: Span, near: Span, glued: str = ""
) -> bool:
    """Whether ``text`` writes ``surname`` outside ``span`` as a person's: after a given name
    the lexicon knows or an honorific ("Mr Defoe"), or after one capitalised word that no
    other capitalised word but a title comes before ("… to Jermain Defoe", "Director Lou
    Brandt"), not an institution's ("the Quartet statement", "The Middle East Quartet")."""
    given = lexicon().gender
    pattern = re.compile(r"\b([A-Z][\w’'-]*\.?) " + re.escape(surname) + r"(?![\w’'-])")
    for m in pattern.finditer(text, *near):
        if not (m.end() <= span[0] or m.start() >= span[1]):
            continue
        first = m.group(1)
        if first == glued:
            continue  # the glued words themselves ("Raqqa Redwood" again) tell nothing
        if first.lower() in given:
            return True
        before = text[max(0, m.start() - 30) : m.start()].split()[-1:]
        if (
            first not in lexicon().sentence_starters
            and first.lower() not in words().determiners
            and first.lower() not in lexicon().function_words
            and not (
                before
                and before[0][:1].isupper()
                and before[0][-1:].isalpha()
                and before[0].lower() not in lexicon().titles  # "Director Lou Brandt"
            )
        ):
            return True
    return False


def _written_elsewhere(text: str, words_: str, span: Span, near: Span) -> bool:
    """Whether ``text[near[0]:near[1]]`` writes ``words_`` (whole words) outside ``span``."""
    pattern = re.compile(r"(?<![\w’'-])" + re.escape(words_) + r"(?![\w’'-])")
    found = pattern.finditer(text, *near)
    return any(m.end() <= span[0] or m.start() >= span[1] for m in found)


def _owned_by_name(role_words: list[Tok]) -> str | None:
    """The head of "half of a polling team for" before a trailing name: a lower-case noun
    that is no title, then a preposition; None for "Secretary of State", "director of the
    FBI" (a title) or no preposition at all."""
    lex = lexicon()
    for k, tok in enumerate(role_words):
        if tok.lower not in words().affiliation or k == 0:
            continue
        head = role_words[k - 1]
        if (
            head.text.islower()
            and _wordlike(head.text)
            and head.lower not in lex.titles
            and head.lower not in lex.function_words
        ):
            return head.lower
        return None
    return None


def _doer_of_participle(role_words: list[Tok]) -> int | None:
    """In "scientists using a telescope atop", "crews flying over": the index of the noun
    before a lower-case participle that takes an object or a place; None for "acting
    director" (the participle modifies the title) or no participle."""
    lex = lexicon()
    for k in range(1, len(role_words) - 1):
        verb = role_words[k]
        if not (verb.text.endswith("ing") and verb.text.isalpha() and verb.text.islower()):
            continue
        if verb.lower in lex.titles or verb.lower in lex.role_modifiers:
            continue
        if verb.lower in words().prepositions or verb.lower in lex.function_words:
            continue  # "during", "according": no participle
        after = role_words[k + 1].lower
        if after in words().determiners or after in lex.function_words:
            noun = role_words[k - 1]
            return k - 1 if _wordlike(noun.text) and noun.lower not in lex.function_words else None
    return None


def _given_name_inside(body: list[Tok], name_start: int) -> int | None:
    """Where a given name and a surname end a run of capitalised words led by "the", as in
    "the Masters Jack Nicklaus", or None when the run is one name ("the Jack Kemp", "the San
    Francisco Chronicle": a word that ends an organisation's name ends no person's)."""
    given = lexicon().gender
    if body and body[-1].lower in organisation_endings():
        return None
    for k in range(name_start + 1, len(body) - 1):
        if body[k].lower in given and not any(t.lower in given for t in body[:k]):
            return k
    return None


def _institution_or_affiliation(text: str, body: list[Tok]) -> tuple[str, str] | None:
    """ "Commission on Presidential Debates" is one name; "Cameron Easley for Morning Consult"
    is a name and the place he speaks for. Titles ("Secretary of Defense Mark Esper") are not
    handled here."""
    lex = lexicon()
    first = body[0]
    if len(body) < 3 or not first.capitalized or first.lower in lex.titles:
        return None
    if not all(_is_name_word(w) or w.lower in words().name_joiners for w in body):
        return None
    joint = next((k for k, w in enumerate(body) if w.lower in words().affiliation), None)
    # the institution's own noun: the first word, or the one before "of" ("Federal Bureau of …")
    head = body[joint - 1] if joint else first
    if lex.nominal_heads.get(head.lower) == "organization" or (
        lex.nominal_heads.get(first.lower) == "organization"
    ):
        # "Commission on Presidential Debates", "Federal Bureau of Investigation"
        return text[first.start : body[-1].end], ""
    if joint is None or joint not in (2, 3) or joint == len(body) - 1:
        return None
    if any(
        (w.lower in lex.titles and not _title_as_surname(body, k))
        or w.lower in words().name_joiners
        for k, w in enumerate(body[:joint])
    ):
        return None
    return text[first.start : body[joint - 1].end], text[body[joint + 1].start : body[-1].end]


def _titled_affiliation(text: str, body: list[Tok]) -> tuple[str, str] | None:
    """ "Sen. Mike Lee of Utah": the title and the place make the role, not the name."""
    lex = lexicon()
    lead = 0
    while lead < len(body) and (
        body[lead].lower in lex.titles or body[lead].lower in words().honorifics
    ):
        lead += 1
    joint = next((k for k in range(lead, len(body)) if body[k].lower in words().affiliation), None)
    if lead == 0 or joint is None or not 1 <= joint - lead <= 3 or joint == len(body) - 1:
        return None
    names, place = body[lead:joint], body[joint + 1 :]
    if not all(
        _is_name_word(w) and (w.lower not in lex.titles or _title_as_surname(body, k))
        for k, w in enumerate(names, start=lead)
    ):
        return None
    if not all(_is_name_word(w) or w.lower in words().name_joiners for w in place):
        return None
    titles = text[body[0].start : body[lead - 1].end]
    return text[names[0].start : names[-1].end], f"{titles}, {text[place[0].start : place[-1].end]}"


#: endings of title words that name an office and are nobody's surname ("Officer",
#: "Director", "President", "Secretary"; not "King" or "Judge")
_OFFICE_ENDINGS = ("er", "or", "ive", "ary", "man", "ent", "ist")


def _title_as_surname(body: list[Tok], k: int) -> bool:
    """ "Peter T. King", "Claudette King", "Mark Judge": a capitalised title word after a
    given name or an initial, ending the name (the run ends, or "of" follows), is a surname."""
    lex = lexicon()
    tok = body[k]
    if k == 0 or not tok.capitalized or tok.lower not in lex.titles:
        return False
    given = body[k - 1]
    is_given = (
        given.capitalized
        and given.lower in lex.gender
        and given.lower not in lex.titles
        and given.lower not in lex.nominal_heads
        and given.lower not in words().honorifics
    )
    is_initial = re.fullmatch(r"(?:[A-Z]\.)+", given.text) is not None
    # "Sen. Angus King of Maine": after an office, a capitalised word opens a person's name
    titled = (
        k >= 2
        and _is_name_word(given)
        and given.lower not in lex.titles
        and given.lower not in words().honorifics
        and body[k - 2].lower in lex.titles | words().honorifics
        # ("Chief Commercial Officer": an office's own last word is no surname)
        and not tok.lower.endswith(_OFFICE_ENDINGS)
    )
    if not (is_given or is_initial or titled):
        return False
    return k + 1 == len(body) or body[k + 1].lower in words().affiliation


def _is_number(word: str) -> bool:
    return word.replace(",", "").replace(".", "").isdigit()


def _is_initial_or_suffix(tok: Tok) -> bool:
    return tok.lower in words().name_suffixes or (len(tok.text) == 2 and tok.text.endswith("."))


def _wordlike(word: str) -> bool:
    """Letters, maybe joined by hyphens: "post-debate", "labor-policy"."""
    return word.replace("-", "").isalpha()
