"""Speaker phrases beside a reporting cue ("US Army General Mark Milley, chairman …, told"),
split into name and role; pronouns and nominals ("the top US general") kept as such.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..model import Span
from .lexicon import lexicon

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\w+(?:[’'\-.&]\w+)*\.?(?:[’']s?)?|[^\w\s]")
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those"}
    | {"several", "many", "some", "most", "all", "both", "few", "two", "three", "four", "five"}
    | {"other", "various", "numerous", "dozens", "hundreds", "thousands", "one", "no", "each"}
    | {"six", "seven", "eight", "nine", "ten", "nearly", "about", "only", "some"}
)
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
_CONNECTORS = frozenset({"of", "for", "on"})
#: lower-case particles inside names: "Bill de Blasio", "Ursula von der Leyen"
NAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "van", "von", "der", "den"})
_TIME_NOUNS = frozenset({"night", "week", "weekend", "month", "year", "morning", "evening"})
_TIME_OPENERS = frozenset({"last", "this", "next", "early", "late", "on"})
#: small words inside an institution's name ("Alliance to Reclaim Our Schools")
_NAME_JOINERS = frozenset({"of", "for", "on", "to", "and", "the", "&"})
#: "Jane Roe of the Brookings Institution", "Cameron Easley for Morning Consult"
_AFFILIATION = frozenset({"of", "for", "at"})
_MAX_PHRASE = 9
_MAX_APPOSITION = 32
_MAX_PAREN = 8
_PARTY = re.compile(r"[RDI]-[A-Z][A-Za-z.]*\.?")
_POSTMODIFIERS = frozenset({"of", "on", "from", "for", "to", "at", "with", "about", "in"})
#: forms of address, not roles
_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms"})
#: "he’s", "I’ve", "they'd": a pronoun and its auxiliary written as one token
_CONTRACTED = ("’s", "'s", "’ve", "'ve", "’re", "'re", "’m", "'m", "’d", "'d", "’ll", "'ll")
_OPENERS = frozenset(
    {"and", "but", "that", "while", "as", "because", "so", "when", "after"}
    # focus adverbs before a subject: "Even China, …, said"
    | {"even", "only", "also"}
)


class Tok(NamedTuple):
    """A word or punctuation mark with its offsets; a tuple because sentences hold many."""

    text: str
    start: int
    end: int
    lower: str
    #: a reporting cue as written ("said", not "Said")
    cue: bool

    @property
    def capitalized(self) -> bool:
        return self.text[0].isupper()


def make_tok(word: str, start: int, end: int) -> Tok:
    return Tok(word, start, end, word.lower(), word in lexicon().cue_lemma)


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


def tokens(text: str, start: int, end: int) -> list[Tok]:
    lex = lexicon()
    cues = lex.cue_lemma
    found: list[Tok] = []
    append = found.append
    new = Tok.__new__
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        begin, stop = match.span()
        if word[-1] == "." and len(word) > 2 and word.count(".") == 1:
            bare = word[:-1].lower()
            if bare not in lex.abbreviations and bare not in _SUFFIXES:
                append(make_tok(word[:-1], begin, stop - 1))
                append(make_tok(".", stop - 1, stop))
                continue
        append(new(Tok, word, begin, stop, word.lower(), word in cues))
    return found


def _is_name_word(tok: Tok) -> bool:
    lex = lexicon()
    return (
        tok.capitalized
        and (tok.text[0].isalpha())
        and tok.lower not in lex.function_words
        and tok.lower not in _DETERMINERS
        and tok.text not in lex.sentence_starters
    )


def phrase_before(text: str, toks: list[Tok], last: int, first: int = 0) -> Phrase | None:
    """The speaker phrase ending at ``toks[last]`` (not before ``toks[first]``), if any."""
    if last < first or last < 0:
        return None
    lex = lexicon()
    last = _skip_paren(toks, last, first)
    if last < first or last < 0:
        return None
    tok = toks[last]
    if tok.text == ",":
        return _apposition_before(text, toks, last, first)
    cut = next((len(c) for c in _CONTRACTED if tok.lower.endswith(c)), 0)
    if cut and tok.lower[:-cut] in lex.pronouns:
        # "He’s claiming", "I’ve learned": the pronoun without its auxiliary.
        span = (tok.start, tok.end - cut)
        bare = tok.lower[:-cut]
        return Phrase(span, text[span[0] : span[1]], "pronoun", tok.text[:-cut], "", bare)
    if tok.lower in lex.pronouns:
        pronoun = _phrase(text, toks[last : last + 1], "pronoun")
        if tok.lower in ("who", "which") and last > first:
            before = last - 2 if toks[last - 1].text == "," else last - 1
            antecedent = _noun_phrase_before(text, toks, before, first)
            if antecedent is not None:
                return replace(pronoun, antecedent=antecedent)
        return pronoun
    phrase = _noun_phrase_before(text, toks, last, first)
    return _passive_agent(text, toks, phrase, first) if phrase is not None else None


def with_postmodifier(text: str, toks: list[Tok], phrase: Phrase, first: int) -> Phrase:
    """ "A document on the campaign's website": the document, not the website, speaks."""
    for _ in range(2):
        at = _index_of(toks, phrase.span[0], first)
        if at - 2 < first or toks[at - 1].lower not in _POSTMODIFIERS:
            return phrase
        carrier = _noun_phrase_before(text, toks, at - 2, first)
        if carrier is None or carrier.form == "pronoun":
            return phrase
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
    return at == first or toks[at - 1].text in ",;:(\"“”'—–-" or toks[at - 1].lower in _OPENERS


def _skip_paren(toks: list[Tok], index: int, first: int) -> int:
    """Step back over "(R-Ind.)" after a name."""
    if index < first or toks[index].text != ")":
        return index
    for k in range(index - 1, max(first, index - _MAX_PAREN) - 1, -1):
        if toks[k].text == "(":
            return k - 1
    return index


def _apposition_before(text: str, toks: list[Tok], comma: int, first: int) -> Phrase | None:
    """ "Mark Milley, chairman of the Joint Chiefs of Staff," → Milley with that role.

    Also the reverse, "The state's campaign chairman, Phil Lovas," → Lovas with that role.
    """
    lex = lexicon()
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
        if not inside or any(
            (t.lower in lex.cue_lemma and not (aside and t is inside[0])) or t.text in '"“”'
            for t in inside
        ):
            return None
        if _PARTY.fullmatch(text[inside[0].start : inside[-1].end]):
            # "Mitch McConnell, R-Ky., said": party and state, like "(R-Ky.)"
            return phrase_before(text, toks, k - 1, first)
        lead = inside[0]
        before = _skip_paren(toks, k - 1, first)
        possessive = lead.text.endswith(("’s", "'s"))
        if (
            lead.capitalized
            and lead.lower not in _DETERMINERS
            and lead.lower not in lex.titles
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
            if title is None or title.form != "nominal" or title.head not in lex.titles:
                if len(inside) <= 2 and toks[before].lower not in lex.titles:
                    continue  # "Jane Doe, of Springfield, Va., said": a place, then more
                return None
            return replace(name, role=name.role or title.name)
        named = _noun_phrase_before(text, toks, before, first)
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
        if named.form == "nominal" or carried:
            # "Officials at Homeland Security Investigations, a division of …": the aside
            # describes the institution, not the speaker's role.
            return named
        if aside:
            return named
        apposition = text[inside[0].start : inside[-1].end]
        role = f"{named.role}, {apposition}" if named.role else apposition
        return replace(named, role=role)
    return None


def _is_particle(toks: list[Tok], k: int, first: int) -> bool:
    """ "de" in "Bill de Blasio": a lower-case name particle between two name words."""
    return (
        toks[k].text in NAME_PARTICLES
        and k - 1 >= first
        and k + 1 < len(toks)
        and (_is_name_word(toks[k - 1]) or toks[k - 1].text in NAME_PARTICLES)
        and (_is_name_word(toks[k + 1]) or toks[k + 1].text in NAME_PARTICLES)
    )


def _agent_for(body: list[Tok]) -> int | None:
    """In "spokeswoman for Hillary Clinton", "adviser to Trump": the index of the agent noun."""
    for k in range(len(body) - 1):
        if body[k + 1].lower in ("for", "to") and body[k].lower in lexicon().titles:
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
    named = _is_name_word(head) or head.lower in _SUFFIXES
    known = named or head.lower in lex.nominal_heads or head.lower in lex.titles
    if not known and not _plain_noun(head):
        return None
    if head.lower in lex.not_speakers:
        return None
    start = last
    while start - 1 >= first and last - start < _MAX_PHRASE:
        tok = toks[start - 1]
        low = tok.lower
        if low in _DETERMINERS:
            start -= 1
            break
        if low in _TIME_NOUNS and start - 2 >= first and toks[start - 2].lower in _TIME_OPENERS:
            break  # "Last night campaigners said": the time is no part of who spoke
        if tok.text.endswith(("’s", "'s")):
            # "Donald Trump's campaign", "the campaign's website": the owner is a modifier.
            start -= 1
            continue
        if (
            _is_name_word(tok)
            or low in lex.titles
            or low in lex.role_modifiers
            # "Bill de Blasio", "Ursula von der Leyen": a particle inside a name
            or (named and _is_particle(toks, start - 1, first))
            or (
                low in _CONNECTORS
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
            or (len(tok.text) == 4 and tok.text.isdigit())
            or (not named and _is_number(tok.text))
        ):
            start -= 1
        else:
            break
    while start < last and toks[start].lower in _CONNECTORS:
        start += 1
    opener = toks[start].lower
    determined = opener in _DETERMINERS and opener not in _DEMONSTRATIVES
    # "Gary Johnson's doctor": an owner determines the noun as "the" would
    determined = determined or any(t.text.endswith(("’s", "'s")) for t in toks[start:last])
    if not known and not determined and not head.lower.endswith("s"):
        # An unknown noun names a source with a determiner ("several cast members") or in
        # the plural ("environmentalists worry").
        return None
    return _phrase(text, toks[start : last + 1], "name" if named else "nominal")


def _plain_noun(tok: Tok) -> bool:
    lex = lexicon()
    low = tok.lower
    return (
        _wordlike(tok.text)
        and tok.text.islower()
        and len(low) > 2
        and low not in lex.function_words
        and low not in lex.skip_words
        and low not in lex.cue_lemma
        and low not in _DETERMINERS
    )


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
    if tok.lower in _DEMONSTRATIVES:
        return None
    if tok.lower in _DETERMINERS:
        end += 1
    while end < stop and end - first < _MAX_PHRASE:
        cur = toks[end]
        low = cur.lower
        if (
            _is_name_word(cur)
            or low in lex.titles
            or low in _SUFFIXES
            or low in lex.role_modifiers
            or (
                _wordlike(cur.text)
                and cur.text.islower()
                and low not in lex.function_words
                and low not in lex.cue_lemma
                and low not in lex.skip_words
            )
            or (low in _CONNECTORS and end + 1 < stop and _is_name_word(toks[end + 1]))
        ):
            end += 1
        else:
            break
    # Trim back to the last word that can head a phrase.
    while end > first:
        head = toks[end - 1]
        if (
            _is_name_word(head)
            or head.lower in lex.nominal_heads
            or head.lower in lex.titles
            or head.lower in _SUFFIXES
        ):
            break
        end -= 1
    if end == first or (end == first + 1 and tok.lower in _DETERMINERS):
        return None
    words = toks[first:end]
    if words[-1].lower in lex.not_speakers:
        return None
    named = _is_name_word(words[-1]) or words[-1].lower in _SUFFIXES
    phrase = _phrase(text, words, "name" if named else "nominal")
    if apposition and end + 1 < stop and toks[end].text == ",":
        extra = _apposition_after(text, toks, end + 1, stop)
        if extra and phrase.form == "name":
            role = f"{phrase.role}, {extra}" if phrase.role else extra
            phrase = replace(phrase, role=role)
    return phrase


def _apposition_after(text: str, toks: list[Tok], first: int, stop: int) -> str:
    lex = lexicon()
    lead = toks[first]
    if not (lead.lower in _DETERMINERS or lead.lower in lex.titles or lead.text[0].islower()):
        return ""
    for k in range(first, min(stop, first + _MAX_APPOSITION)):
        if toks[k].text in ",.;":
            if k > first:
                return text[toks[first].start : toks[k - 1].end]
            return ""
        if toks[k].lower in lex.cue_lemma or toks[k].text in '"“”':
            return ""
    return ""


def phrase_from_words(text: str, words: list[Tok], form: str) -> Phrase:
    """The phrase made of exactly ``words`` (a learned source span), split into name and role."""
    return _phrase(text, words, form)


def _phrase(text: str, words: list[Tok], form: str) -> Phrase:
    lex = lexicon()
    span = (words[0].start, words[-1].end)
    whole = text[span[0] : span[1]]
    head = words[-1].lower
    if form == "pronoun":
        return Phrase(span, whole, form, whole, "", head)
    body = words[1:] if words[0].lower in _DETERMINERS else words
    agent = _agent_for(body)
    if agent is not None and words[0].lower in ("a", "an", "the"):
        # "A spokeswoman for Hillary Clinton says": the spokeswoman speaks, not Clinton
        name = text[body[0].start : body[-1].end]
        return Phrase(span, whole, "nominal", name, "", body[agent].lower)
    if form == "nominal" or not body:
        name = text[body[0].start : body[-1].end] if body else whole
        return Phrase(span, whole, "nominal", name, "", head)
    institution = _institution_or_affiliation(text, body) or _titled_affiliation(text, body)
    if institution is not None:
        name, role = institution
        return Phrase(span, whole, "name", name, role, head)
    # The name is the trailing run of capitalised words that are not titles.
    name_start = len(body)
    while name_start > 0:
        word = body[name_start - 1]
        if (
            (_is_name_word(word) and word.lower not in lex.titles)
            or word.lower in _SUFFIXES
            or _is_particle(body, name_start - 1, 0)
        ):
            name_start -= 1
        else:
            break
    if name_start == len(body):
        return Phrase(span, whole, "nominal", text[body[0].start : body[-1].end], "", head)
    if name_start > 0 and body[name_start - 1].lower in _CONNECTORS:
        # "Secretary of Defense Mark Esper": the word after "of" belongs to the role.
        core = [w for w in body[name_start:] if not _is_initial_or_suffix(w)]
        if len(core) < 2:
            # "Department of Justice": an institution's name, not a title and a name.
            return Phrase(span, whole, "name", text[body[0].start : body[-1].end], "", head)
        keep = 2 if len(core) >= 3 else 1
        moved = 0
        while name_start < len(body) and moved < len(core) - keep:
            if not _is_initial_or_suffix(body[name_start]):
                moved += 1
            name_start += 1
    role_words = body[:name_start]
    name_words = body[name_start:]
    while role_words and role_words[0].lower in _HONORIFICS:
        role_words = role_words[1:]
    role = text[role_words[0].start : role_words[-1].end] if role_words else ""
    name = text[name_words[0].start : name_words[-1].end]
    if words[0].lower == "the" and not role:
        return Phrase(span, whole, "name", name, "", head)
    return Phrase(span, whole, "name", name, role, head)


def _institution_or_affiliation(text: str, body: list[Tok]) -> tuple[str, str] | None:
    """ "Commission on Presidential Debates" is one name; "Cameron Easley for Morning Consult"
    is a name and the place he speaks for. Titles ("Secretary of Defense Mark Esper") are not
    handled here."""
    lex = lexicon()
    first = body[0]
    if len(body) < 3 or not first.capitalized or first.lower in lex.titles:
        return None
    if not all(_is_name_word(w) or w.lower in _NAME_JOINERS for w in body):
        return None
    joint = next((k for k, w in enumerate(body) if w.lower in _AFFILIATION), None)
    # the institution's own noun: the first word, or the one before "of" ("Federal Bureau of …")
    head = body[joint - 1] if joint else first
    if lex.nominal_heads.get(head.lower) == "organization" or (
        lex.nominal_heads.get(first.lower) == "organization"
    ):
        # "Commission on Presidential Debates", "Federal Bureau of Investigation"
        return text[first.start : body[-1].end], ""
    if joint is None or joint not in (2, 3) or joint == len(body) - 1:
        return None
    if any(w.lower in lex.titles or w.lower in _NAME_JOINERS for w in body[:joint]):
        return None
    return text[first.start : body[joint - 1].end], text[body[joint + 1].start : body[-1].end]


def _titled_affiliation(text: str, body: list[Tok]) -> tuple[str, str] | None:
    """ "Sen. Mike Lee of Utah": the title and the place make the role, not the name."""
    lex = lexicon()
    lead = 0
    while lead < len(body) and (body[lead].lower in lex.titles or body[lead].lower in _HONORIFICS):
        lead += 1
    joint = next((k for k in range(lead, len(body)) if body[k].lower in _AFFILIATION), None)
    if lead == 0 or joint is None or not 1 <= joint - lead <= 3 or joint == len(body) - 1:
        return None
    names, place = body[lead:joint], body[joint + 1 :]
    if not all(_is_name_word(w) and w.lower not in lex.titles for w in names):
        return None
    if not all(_is_name_word(w) or w.lower in _NAME_JOINERS for w in place):
        return None
    titles = text[body[0].start : body[lead - 1].end]
    return text[names[0].start : names[-1].end], f"{titles}, {text[place[0].start : place[-1].end]}"


def _is_number(word: str) -> bool:
    return word.replace(",", "").replace(".", "").isdigit()


def _is_initial_or_suffix(tok: Tok) -> bool:
    return tok.lower in _SUFFIXES or (len(tok.text) == 2 and tok.text.endswith("."))


def _wordlike(word: str) -> bool:
    """Letters, maybe joined by hyphens: "post-debate", "labor-policy"."""
    return word.replace("-", "").isalpha()
