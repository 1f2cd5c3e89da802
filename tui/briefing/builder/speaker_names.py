"""Whether a speaker phrase can name anyone: page furniture ("See more:", "Listen:"), a time
("On Monday"), an adverb or adjective that opened a sentence ("Shortly", "Excessive"), a
count of things ("1 pass", "Seven big") or a bare common noun ("control") never speaks."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .lexicon import data_lines, lexicon, words
from .mentions import Phrase
from .speaker_kinds import WEB_NAME

#: endings of English adverbs and adjectives that open sentences and are rarely names
_NOT_NAME_ENDINGS = ("ly", "ive", "ous", "ful", "less", "ed")
#: endings of nouns that name an action ("the delivery of images", "the deployment of
#: troops"): such a noun before "of" names a thing, never a source ("a proportion of", "a
#: minority of", "a coalition of" do speak)
_ACTION_NOUN_ENDINGS = ("ery", "ment")
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which"})
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands dozen dozens".split()
)


@cache
def _furniture() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("speaker_furniture.txt"))


def is_furniture(words_: str) -> bool:
    """ "See more", "MORE", "Listen": page furniture, whatever stands after it."""
    return words_.lower().strip(" :") in _furniture()


def _char_before(text: str, at: int, skipping: str) -> str:
    """The character before ``at`` once ``skipping`` characters are passed ("" at the start);
    not ``text[:at].rstrip()``, which copies all the text before on every call."""
    while at > 0 and text[at - 1] in skipping:
        at -= 1
    return text[at - 1] if at > 0 else ""


@lru_cache(maxsize=256)
def times_written(text: str, word: str) -> int:
    """How often ``word`` stands as a whole word in ``text``; counted once per text."""
    return len(re.findall(rf"\b{re.escape(word)}\b", text))


def can_speak(phrase: Phrase, text: str) -> bool:
    """False for a phrase that is no speaker at all, whatever cue stands beside it."""
    if phrase.form == "pronoun":
        return True
    parts = phrase.text.split()
    if not parts:
        return False
    lowered = " ".join(parts).lower().strip(" :")
    if lowered in _furniture():
        return False
    if phrase.form != "name" and re.search(r",\s+(?:who|which)\b", phrase.text):
        return False  # "the source, who wasn't authorized": a clause, not a name
    if phrase.form != "pronoun" and _holds_a_finite_verb(parts):
        return False  # "Author Jo Roe has sold tens of thousands of copies of his book, Child"
    first = parts[0].lower()
    if first in _RELATIVE_WORDS and len(parts) > 1:
        return False  # "who was under questioning from …": a relative clause, no one named
    if first in words().prepositions and phrase.text[:1].isupper():
        return False  # "On Monday, the paper warned": the time opened the sentence
    start = phrase.span[0]
    opens_paragraph = start == 0 or _char_before(text, start, " \t") == "\n"
    if opens_paragraph and len(parts) > 1 and all(p.isupper() and p.isalpha() for p in parts):
        return False  # "NEW DELHI", "DEAR ABBY": a dateline or a label in capitals ("CBS DFW
        # reports" inside a paragraph is a station)
    if _counted(parts, phrase.head):
        return False
    if _label_word(parts, phrase.span[1], text):
        return False
    if _label_of_amounts(phrase, text):
        return False
    if len(parts) == 1 and phrase.form == "nominal" and _bare_common_noun(phrase):
        return False
    if phrase.form == "nominal" and _action_of(parts):
        return False
    if phrase.form == "nominal" and _ends_in_participle(parts):
        return False
    if phrase.form == "nominal" and _opens_with_a_verb(parts):
        return False
    if len(parts) == 1 and phrase.form == "name":
        return not (
            _sentence_word(parts[0], phrase.span[0], text) or _gerund(parts[0], phrase, text)
        )
    return True


def caption_label(phrase: Phrase, cue_at: int, text: str) -> bool:
    """ "FAKERS: According to one tool, … Another website sampled … and found …": a label in
    capitals before a colon speaks only the words right after it, as a transcript's turn
    ("PENCE: I think …"); it is no subject of a cue further on."""
    if phrase.form != "name" or text[phrase.span[1] : phrase.span[1] + 1] != ":":
        return False
    parts = phrase.text.split()
    return all(p.isupper() and p.isalpha() for p in parts) and cue_at > phrase.span[1]


#: auxiliaries that make a clause of the words around them
_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were"})


def _holds_a_finite_verb(parts: list[str]) -> bool:
    """ "Author Jo Roe has sold … his book, Child": words with an auxiliary and a participle
    after it, outside a relative clause, are a clause, no one who speaks."""
    lowered = [p.lower().strip(",") for p in parts]
    bracket = next((k for k, p in enumerate(lowered) if p.startswith(("(", "[", "—", "–"))), None)
    if bracket is not None:
        lowered = lowered[:bracket]  # "Sen. Jo Roe (a Democrat so boyish he has been …"
    for k, word in enumerate(lowered[1:-1], start=1):
        if word not in _AUXILIARIES:
            continue
        if any(w in _RELATIVE_WORDS or w == "that" for w in lowered[:k]):
            return False
        following = lowered[k + 1]
        if following.endswith(("ed", "en")) or following in _IRREGULAR_PARTICIPLES:
            return True
    return False


#: participles that end in neither "-ed" nor "-en"
_IRREGULAR_PARTICIPLES = frozenset(
    {
        "sold",
        "told",
        "made",
        "said",
        "won",
        "lost",
        "bought",
        "brought",
        "built",
        "held",
        "kept",
        "left",
        "met",
        "paid",
        "put",
        "run",
        "sent",
        "set",
        "shot",
        "spent",
        "found",
    }
)


#: a label's colon, then an amount: "Portion Fix Containers: 1 Green, 1 Red"
_AMOUNT_AFTER_COLON = re.compile(r":[ \t]*[\d½¼¾⅓⅔]")


def _label_of_amounts(phrase: Phrase, text: str) -> bool:
    """ "Portion Fix Containers: 1 Green, 1 Red, 1 tsp.": a line that labels amounts in a
    recipe or a table, no one's turn in a transcript."""
    end = phrase.span[1]
    opens_line = phrase.span[0] == 0 or _char_before(text, phrase.span[0], " \t") == "\n"
    if not opens_line or _AMOUNT_AFTER_COLON.match(text, end) is None:
        return False
    line_end = text.find("\n", end)
    rest = text[end + 1 : line_end if line_end >= 0 else len(text)].strip()
    # "Poll: 3 battleground Senate races are tight" is a headline's finding: a sentence
    return len(rest) <= _SHORT_AMOUNT or len(_AMOUNTS.findall(rest)) >= 2


#: the longest line after a label that is one amount ("1 Purple", "9to5mac")
_SHORT_AMOUNT = 20
_AMOUNTS = re.compile(r"(?:^|,\s*)[\d½¼¾⅓⅔]")


def _label_word(parts: list[str], end: int, text: str) -> bool:
    """ "EXPERT VERDICT: '…'": a label in capitals before a colon whose last word the text
    writes in lower case too ("his verdict") names no speaker ("PENCE:" does)."""
    if text[end : end + 1] != ":" or not all(p.isupper() and p.isalpha() for p in parts):
        return False
    return re.search(rf"\b{re.escape(parts[-1].lower())}\b", text) is not None


def _gerund(word: str, phrase: Phrase, text: str) -> bool:
    """ "Holding rates near zero has encouraged borrowing": a sentence-opening "-ing" word
    followed by its object, not a name; "Boeing said", "Sterling has warned" (a verb right
    after it) and a name met again elsewhere keep their speaker."""
    if not (word.endswith("ing") and len(word) > 5 and word[:1].isupper() and word[1:].islower()):
        return False
    start, end = phrase.span
    lead = _char_before(text, start, " \t\"“‘'")
    if lead and lead not in ".!?\n":
        return False
    if times_written(text, word) > 1:
        return False
    after = text[end : end + 40].split(maxsplit=1)
    if not after or not after[0].isalpha() or not after[0].islower():
        return False
    nxt = after[0]
    lex = lexicon()
    if nxt in words().finite_verbs or nxt.endswith("ed"):
        return False
    lemma = lex.cue_lemma.get(nxt)
    return lemma is None or nxt in (lemma, lemma + "s", lemma + "es")


def _counted(parts: list[str], head: str) -> bool:
    """ "1 pass", "Seven big": a number and a word that is no group of people ("one
    questioner" is somebody)."""
    lead = parts[0].lower()
    if not (lead[:1].isdigit() or lead in _NUMBER_WORDS) or "/" in lead:
        return False  # "9/11 widow Terry Strada": a day's name, no count
    if WEB_NAME.fullmatch(lead):
        return False  # "350.org executive director Mary Boeve": a site's name, no count
    lex = lexicon()
    plural = head.endswith("s") and not head.endswith("ss")
    return not (plural or head in lex.nominal_heads or head in ("percent", "%"))


def _action_of(parts: list[str]) -> bool:
    """ "The mobile delivery of waveform images adds …": the noun the phrase is about (the
    one before "of") names an action or a quality, not anyone who could speak."""
    if "of" not in parts:
        return False
    noun = parts[parts.index("of") - 1] if parts.index("of") > 0 else ""
    lex = lexicon()
    return (
        noun.isalpha()
        and noun.islower()
        and noun.endswith(_ACTION_NOUN_ENDINGS)
        and noun not in lex.nominal_heads
        and noun not in lex.titles
    )


def _ends_in_participle(parts: list[str]) -> bool:
    """ "The video released yesterday announcing …": a noun and the participle after it are
    the start of a longer subject, not a speaker ("the accused" is one)."""
    if len(parts) < 3:
        return False
    last, noun = parts[-1], parts[-2]
    return (
        last.isalpha()
        and last.islower()
        and last.endswith("ed")
        and noun.isalpha()
        and noun.islower()
        and not noun.endswith("ly")
        and noun not in words().determiners
    )


def _opens_with_a_verb(parts: list[str]) -> bool:
    """ "awarded task (orders to …)": a past verb and a singular noun with no article is a
    verb and its object; "retired teachers", "elected officials" (a plural) do speak."""
    lex = lexicon()
    if not (len(parts) >= 2 and parts[0].isalpha() and parts[0].islower()):
        return False
    if not parts[0].endswith("ed"):
        return False
    # the noun phrase after it, up to a preposition ("leaked documents from his return")
    nouns = []
    for word in parts[1:]:
        if word.lower() in words().prepositions:
            break
        nouns.append(word.lower())
    return not any(n.endswith("s") or n in lex.nominal_heads or n in lex.titles for n in nouns)


def _bare_common_noun(phrase: Phrase) -> bool:
    """ "control": one lower-case word that names no kind of source and is not a plural."""
    lex = lexicon()
    word = phrase.text.lower()
    return (
        phrase.text.islower()
        and word not in lex.nominal_heads
        and word not in lex.titles
        and not word.endswith("s")
    )


def _sentence_word(word: str, at: int, text: str) -> bool:
    """A capitalised word that is only capitalised where a sentence starts ("Shortly after,
    …", "Excessive force …"): written in lower case elsewhere, or with the ending of an
    adverb or adjective, and never capitalised inside a sentence."""
    if not word[:1].isupper() or word.isupper() or not word.isalpha():
        return False
    lex = lexicon()
    low = word.lower()
    if low in lex.gender or low in lex.countries or low in lex.nominal_heads:
        return False
    plural = low.endswith("s") and not low.endswith("ss")  # "Less than four hours later"
    if plural or low in words().subject_openers or low in words().determiners:
        return False  # "Others fear", "Analysts say", "Many expect": groups that speak
    inside = re.search(rf"[a-z,;]\s+{re.escape(word)}\b", text)
    if inside is not None:
        return False
    # (the plain test first: most such words are never written in lower case)
    lower_elsewhere = low in text and re.search(rf"\b{re.escape(low)}\b", text) is not None
    # "Boeing said …" twice in a story is a company, however it ends
    once = len(re.findall(rf"\b{re.escape(word)}\b", text)) == 1
    return lower_elsewhere or (once and low.endswith(_NOT_NAME_ENDINGS))
