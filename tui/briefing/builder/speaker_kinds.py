"""Whether a name that speaks is an organisation's: "Nomura said" is a bank when the text
writes "analysts at Nomura", "Nomura's shares", "Nomura, which …" or "Nomura Holdings", and
a person as soon as it writes a given name, honorific or title before it ("Mr Nomura")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .lexicon import data_lines, lexicon, words

#: what follows a company's name as part of it: "Nomura Holdings", "Acme Corp."
_SUFFIXES = "Inc|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|Co|Holdings|Group|AG|SA|SE|NV|GmbH"
#: words before a name that make it a person's: an honorific or a title ("Mr", "Dr.")
_HONORIFICS = "Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Rev|Sen|Rep|Gov"
_POSSESSIVE = "(?:'s|’s|'|’)"
#: endings of words for a nationality, which stand before a company's name too ("German Acme")
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ch", "ss", "i")
#: a brand written in one word with a capital inside after four letters or more
#: ("MailOnline", "BuzzFeed", "LinkedIn"; not "McDonald", "DeSantis" or "MacArthur")
_BRAND_CASE = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]+")
#: an organisation named by its web address, whatever its case: "350.org", "Wattan.TV"
WEB_NAME = re.compile(r"[\w-]+\.(?:com|org|net|tv|io|co\.uk|co)", re.IGNORECASE)


@cache
def _known() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("speaker_organisations.txt"))


@cache
def _endings() -> frozenset[str]:
    return frozenset(data_lines("speaker_organisation_endings.txt"))


def organisation_endings() -> frozenset[str]:
    """Last words that make a name of several words an organisation's ("Fox News")."""
    return _endings()


@cache
def outlet_heads() -> frozenset[str]:
    """Common nouns for a news outlet ("the newspaper", "News" in "Yahoo! News")."""
    return frozenset(data_lines("speaker_outlet_heads.txt"))


@cache
def _cue_words() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for line in data_lines("speaker_organisation_words.txt"):
        word, place = line.split()
        found.setdefault(place, set()).add(word)
    return {place: frozenset(ws) for place, ws in found.items()}


def _alternatives(place: str) -> str:
    return "|".join(
        re.escape(w) for w in sorted(_cue_words().get(place, ()), key=len, reverse=True)
    )


@lru_cache(maxsize=512)
def is_organisation(text: str, name: str, role: str = "") -> bool:
    """Whether the speaker written ``name`` (with ``role``, its apposition) is an organisation:
    something in ``text`` says so, and nothing says it is a person."""
    parts = name.split()
    if not parts or not name[:1].isupper():
        return False
    lex = lexicon()
    if len(parts) > 2 and parts[-1].lower() in _endings() and not role:
        return True  # "Ann Vey Productions": a company named for its founder
    if any(p.lower().strip(".,") in lex.gender for p in parts):
        return False  # a given name or a gendered word: "Helen", "Mrs"
    if _role_of_person(role):
        return False  # "Acme, a senior analyst"
    named_so = (
        name.lower() in _known()
        or (len(parts) > 1 and parts[-1].lower() in _endings())
        or WEB_NAME.fullmatch(name) is not None
        or (len(parts) == 1 and _BRAND_CASE.fullmatch(name) is not None)
    )
    if named_so:
        # only a given name, title or honorific makes these a person's
        return _person_in_text(text, name) != _SURELY
    if role:
        # "Acme, a Swiss software firm"
        return _role_of_organisation(role) and _person_in_text(text, name) != _SURELY
    # (the text's marks of a company first: most names have none, and then who they are
    # need not be read)
    return _organisation_in_text(text, name) and _person_in_text(text, name) == _NO


def named_like_organisation(name: str) -> bool:
    """Whether ``name`` is a well-known organisation's or ends like one ("Sunday Times")."""
    parts = name.lower().split()
    return name.lower() in _known() or (len(parts) > 1 and parts[-1] in _endings())


def _role_of_person(role: str) -> bool:
    """Whether ``role`` holds a title or a word for a person: "senior analyst", "Dr"."""
    lex = lexicon()
    role_words = [w.strip(".,").lower() for w in role.split()]
    return any(w in lex.titles or f"{w}." in lex.titles or w in lex.gender for w in role_words)


def _role_of_organisation(role: str) -> bool:
    """ "a Swiss software firm", "a solutions provider focused on …": a description headed
    by a word for a business (the last word before any postmodifier), with no title in it."""
    parts = role.lower().split()
    if len(parts) < 2 or parts[0] not in ("a", "an", "the"):
        return False
    body: list[str] = []
    for part in parts[1:]:
        if part in words().prepositions or part.endswith("ed") or part in ("that", "which"):
            break
        body.append(re.sub(r"[^a-z-]", "", part))
    titles = lexicon().titles
    return (
        bool(body)
        and body[-1] in _cue_words().get("noun", frozenset())
        and not any(p in titles for p in body)
    )


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence or paragraph; not after a title's
    abbreviation ("Gen. Wesley …")."""
    before = text[max(0, at - 12) : at].rstrip(" \t\"“'‘")
    if not before or before.endswith("\n") or before[-1] in ":;":
        return True
    if before[-1] not in ".!?":
        return False
    last = re.findall(r"[A-Za-z]+$", before[:-1])
    return not (last and last[0][:1].isupper() and len(last[0]) <= 4)


#: the longest title written with a stop before a name: "Gen.", "Sgt.", "Prof."
_ABBREVIATION = 4
#: how surely a text writes a name as a person's
_NO, _MAYBE, _SURELY = 0, 1, 2


#: how far before a name its company's or person's marks are looked for
_BEFORE = 60


@lru_cache(maxsize=256)
def _occurrences(text: str, name: str) -> tuple[tuple[int, int], ...]:
    """Where ``name`` stands as whole words in ``text`` (found with ``str.find``: a regex
    compiled for each name cost more than the search)."""
    found: list[tuple[int, int]] = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and _word_char(text[at - 1])) and not (
            end < len(text) and _word_char(text[end])
        ):
            found.append((at, end))
        at = text.find(name, at + 1)
    return tuple(found)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@cache
def _person_marks() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(an honorific just before, ", who" or an age just after, a capitalised word just
    before) a name: each is asked at one place, so they are compiled once."""
    honorific = re.compile(rf"\b(?:{_HONORIFICS})\.?\s+$")
    # "Lee, who", "Lee, 45,", "Lee, a Texas developer, who"
    who = re.compile(r",\s+(?:(?:an?|the)\s+[^,.;\n]{1,60},\s+)?(?:who|whose|\d{1,3},)")
    word_before = re.compile(r"\b([A-Z][a-z]+)(\.?)[ \t\xa0]+$")
    return honorific, who, word_before


_LONGER_NAME = re.compile(r"[ \t\xa0]+[A-Z]")


@lru_cache(maxsize=256)
def _person_in_text(text: str, name: str) -> int:
    """How surely ``text`` writes ``name`` as a person's: surely after a given name, a title
    or an honorific ("Ann Lee", "President Lee", "Mr Lee"), or before ", who" or an age
    ("Lee, 45,"); maybe after a capitalised word that is no sentence's first and may be a
    given name the lexicon does not know ("Gen. Wesley Lee")."""
    honorific, who, word_before = _person_marks()
    lex = lexicon()
    maybe = False
    for start, end in _occurrences(text, name):
        before = text[max(0, start - _BEFORE) : start]
        if honorific.search(before) or who.match(text, end):
            return _SURELY
        match = word_before.search(before)
        # (not "President Acme North America": a title over an organisation's longer name)
        if match is None or _LONGER_NAME.match(text, end):
            continue
        word = match.group(1)
        if match.group(2) and len(word) > _ABBREVIATION:
            continue  # "… in North Carolina. Acme": a sentence's end, not "Gen. Acme"
        low = word.lower()
        if low in lex.gender or low in lex.titles or f"{low}." in lex.titles:
            return _SURELY  # "Gaia Acme", "President Acme"
        if not (
            word in lex.sentence_starters
            or low in words().determiners
            or low in lex.function_words
            or word in lex.countries
            or word.endswith(_DEMONYM_ENDINGS)
            or _opens_sentence(text, start - len(before) + match.start())
        ):
            maybe = True  # "Gen. Wesley Acme": a given name the lexicon does not know
    return _MAYBE if maybe else _NO


@cache
def _company_marks() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(what may follow a company's name, what may stand before it, an article just before
    it, a word for its staff just after it), compiled once."""
    staff, owned, nouns = _alternatives("staff"), _alternatives("owned"), _alternatives("noun")
    after = re.compile(
        "|".join(
            [
                rf"(?:\s+[A-Z][A-Za-z]*){{0,2}},?\s+(?:{_SUFFIXES})\b",  # "Acme Corp"
                rf"{_POSSESSIVE}\s+(?:[a-z-]+\s+)?(?:{owned})\b",  # "Acme's shares"
                r",\s+which\b",
                # "Acme, a Swiss software firm" (not "…, the agency said": that is its own)
                rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}(?:{nouns})\b"
                r"(?!\s+(?:said|says|told|reported|added))",
                r"\s+said\s+in\s+a\s+(?:statement|filing|press release)\b",
                # a newspaper's own words of what it found: "Acme can reveal", "Acme
                # understands talks have begun"
                r"\s+can\s+(?:now\s+|exclusively\s+)?(?:reveal|disclose)\b",
                r"\s+understands\s+(?:that\b|(?!(?:the|his|her|their|its|it|this|why|how|what)\b)"
                r"[a-z]+\s+(?:have|has|had|are|is|was|were)\b)",
                # "GateHouse Media", "Kilmarnock FC": a longer name of it ends like a company's
                rf"(?:\s+[A-Z][A-Za-z]*)?\s+(?:{_ending_alternatives()})\b",
            ]
        )
    )
    # "analysts at Acme", "the head of security at Acme", "sold via Acme"
    staff_before = re.compile(rf"(?:\b(?i:{staff})\s+(?:of\s+[\w-]+\s+)?(?:at|for|with)|\bvia)\s+$")
    article = re.compile(r"\b(?i:an?|the)\s+$")
    # "an Acme spokesman", "an Acme bag"
    staff_after = re.compile(rf"\s+(?:{staff}|{_alternatives('thing')})\b")
    return after, staff_before, article, staff_after


@lru_cache(maxsize=256)
def _organisation_in_text(text: str, name: str) -> bool:
    """Whether ``text`` writes of ``name`` what is written of an organisation: "Acme Corp",
    "Acme's shares", "a spokesman for Acme", "an Acme spokesman", "Acme, which …",
    "Acme, a Swiss software firm", "Acme said in a statement"."""
    after, staff_before, article, staff_after = _company_marks()
    for start, end in _occurrences(text, name):
        if after.match(text, end):
            return True
        before = text[max(0, start - _BEFORE) : start]
        if staff_before.search(before) or (article.search(before) and staff_after.match(text, end)):
            return True
    return _collective(text, name)


@cache
def _ending_alternatives() -> str:
    forms = {f for w in _endings() for f in (w.capitalize(), w.upper())}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


#: words before a name after which a plural verb says nothing of it ("Smith and Lee have",
#: "would Smith have")
_NOT_COLLECTIVE = frozenset(
    "and or nor & would could should might must will shall can may did does do let to".split()
)


def _collective(text: str, name: str) -> bool:
    """Whether a one-word name takes a plural verb, as British text writes of a club or a
    company ("Kilmarnock are eighth", "Acme have paid"), never of one person."""
    if " " in name or name.endswith("s"):
        return False
    for start, end in _occurrences(text, name):
        if _PLURAL_VERB.match(text, end) is None:
            continue
        before = text[max(0, start - 20) : start].split()[-1:]
        if before and (before[0].lower() in _NOT_COLLECTIVE or before[0].endswith(",")):
            continue
        # "Researcher have found": a common noun the text writes in lower case elsewhere
        return re.search(rf"\b{re.escape(name.lower())}", text) is None
    return False


_PLURAL_VERB = re.compile(r"\s+(?:are|have)\b")


#: a run of capitalised words that may name an organisation ("Acme", "Port Selby United")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&-]*)*")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
#: how many sentences back a description looks for the organisation it stands for
_SENTENCES_BACK = 3


def describes_organisation(phrase_text: str) -> bool:
    """Whether ``phrase_text`` is a definite description of a business: "the German
    automaker", "the company", "The tech giant"."""
    parts = phrase_text.split()
    if len(parts) < 2 or parts[0].lower() != "the" or len(parts) > 4:
        return False
    if any(p.endswith(_POSSESSIVE_ENDINGS) for p in parts):
        return False  # "the company's lawyer": someone else
    if any(p[:1].isupper() and not p.endswith(_DEMONYM_ENDINGS) for p in parts[1:]):
        return False  # "The Times newspaper" names itself; "the German automaker" does not
    head = parts[-1].lower()
    # "the group" is as often a band of fighters or campaigners as a company
    return head != "group" and head in _cue_words().get("noun", frozenset())


_POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def organisation_just_named(text: str, pos: int, head: str, known: frozenset[str]) -> str:
    """The one organisation named in the sentences just before ``pos`` (at most three, back
    to the first that names one): "Acme is opening a plant. The German maker says …" →
    "Acme"; "" when none is named there, or two are. A name ending in the description's
    ``head`` is the one meant ("the agency" → "Xinhua News Agency"), and the only one
    taken for a description inside its sentence ("…, the airline said"); ``known`` are the
    organisations already quoted, which count even when nothing else says what they are."""
    reach = max(0, pos - 3000)
    starts = [reach, *(m.end() for m in _SENTENCE_END.finditer(text, reach, pos))]
    stop = pos
    by_sentence: list[set[str]] = []
    for start in reversed(starts[-_SENTENCES_BACK - 1 :]):
        by_sentence.append(_organisations_in(text, text[start:stop], known, head))
        stop = start
    headed = {n for found in by_sentence for n in found if n.lower().endswith(" " + head)}
    if headed:
        return headed.pop() if len(headed) == 1 else ""
    if text[starts[-1] : pos].strip(" \t\"“‘'"):
        return ""  # "…, the airline said" in passing: only a name ending in its noun is sure
    for found in by_sentence:
        quoted = found & known
        if len(found) > 1 and len(quoted) == 1:
            # "… accused Big Machine of disallowing a Netflix documentary. The company
            # denied …": of two, the one already quoted answers
            return quoted.pop()
        if found:
            return found.pop() if len(found) == 1 else ""
    return ""


def _organisations_in(text: str, window: str, known: frozenset[str], head: str) -> set[str]:
    """The names in ``window`` that ``text`` tells are organisations', or are ``known``."""
    found: set[str] = set()
    lex = lexicon()
    for match in _CAPITALISED_RUN.finditer(window):
        parts = re.sub(r"(?:'s|’s)$", "", match.group()).split()
        while parts and (
            parts[0] in lex.sentence_starters
            or parts[0].lower() in lex.function_words
            or parts[0].lower() in words().determiners
        ):
            parts = parts[1:]
        name = " ".join(parts)
        if len(parts) == 1 and name.lower() in words().time_words:
            continue  # "Tuesday, which was …"
        # "Tollgate News Agency" for "the agency"
        headed = len(parts) > 1 and parts[-1].lower() == head
        # "Big Machine" for "Big Machine Records", already quoted under its full name
        full = next((k for k in known if k.startswith(name + " ")), "") if name else ""
        if full:
            found.add(full)
        elif name and (name in known or headed or is_organisation(text, name)):
            found.add(name)
    return found


@cache
def _states() -> dict[str, str]:
    """A party tag's state ("fla.", "fl") → the state's name ("Florida")."""
    pairs = (line.split() for line in data_lines("speaker_state_abbreviations.txt"))
    return {short.lower(): name.replace("_", " ") for short, name in pairs}


@lru_cache(maxsize=256)
def home_state(text: str, name: str) -> str:
    """The US state ``text`` gives the lawmaker ``name`` after the name ("Ann Lee, R-Fla.",
    "Ann Lee (D-NY)", "Ann Lee (Vt.)", "Ann Lee of Vermont"), so that "the Florida
    senator" may be her; "" when it gives none or two."""
    parts = name.split()
    if not parts:
        return ""
    surname = re.escape(parts[-1])
    found: set[str] = set()
    states = _states()
    tags = rf"\b{surname}\b(?:,?\s*[RDI]-|\s*\((?:[RDI]-)?)([A-Z][A-Za-z.]*[A-Za-z.])"
    for match in re.finditer(tags, text):
        short = match.group(1).lower()
        state = states.get(short) or states.get(short.rstrip(".") + ".")
        if state:
            found.add(state)
    names = set(states.values())
    for match in re.finditer(rf"\b{surname}\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", text):
        place = match.group(1)
        if place in names or place.split()[0] in names:
            found.add(place if place in names else place.split()[0])
    return found.pop() if len(found) == 1 else ""


#: endings of plural nouns for people that surnames rarely have ("Villagers", "Relatives",
#: "Authorities", "Scientists"); "Peters" or "Sanders" count only as the text allows below
_PLURAL = re.compile(
    r"[A-Z][a-z]{2,}(?:ers|ors|ours|ists|ians|ants|ents|ives|ies|ees|ics|als|esses)"
)


def is_plural_noun(text: str, word: str, at: int) -> bool:
    """Whether ``word`` (capitalised at ``at``) is a plural common noun that opens its
    sentence, not a name: the text never writes it capitalised inside a sentence ("… said
    Sanders") nor as a person's ("Ann Sanders", "Mr Sanders")."""
    if _PLURAL.fullmatch(word) is None or not _opens_sentence(text, at):
        return False
    if re.search(rf"[a-z,;][ \t]+{re.escape(word)}\b", text):
        return False  # "… said Sanders": a name inside a sentence
    return _person_in_text(text, word) == _NO
