"""Reporting cues: where one may stand, whether a word is one here, and what stands between
a cue and its speaker or its content ("has also said", "told reporters on Monday")."""

from __future__ import annotations

import bisect
import re

from ...model import Mention
from ..lexicon import lexicon, words
from ..tokens import PAST_VERB, Tok

_LOWER_RUN = re.compile(r"[a-z]{3,}")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
#: ("boasts a robust 3.6 million followers", "boasts a 45-point lead": an article and a word
#: may come first)
_AMOUNT = re.compile(
    r"\s*(?:an?\s+(?:[a-z]+\s+)?)?"
    r"(?:(?:more than|nearly|about|almost|another|over|some)\s+)?"
    # (figures in words: "two-thirds of a million likes", "thousands of fans"; not "one
    # more thing" or "two more points", which may open what is added)
    r"(?:(?:[$£€₹¥]|Rs\.? ?|USD ?|INR ?)?\d"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions"
    r"|billions)\b(?! more\b)|[a-z]+-(?:thirds|quarters)\b)"
)


def cue_starts(text: str) -> list[int]:
    """Where a reporting cue may stand, so sentences without one are never tokenised."""
    cues = lexicon().cue_lemma
    # Lower-case runs, word boundary or not: a stray hit only costs a sentence's tokens.
    found = [m.start() for m in _LOWER_RUN.finditer(text) if m.group() in cues]
    found.extend(m.start() for m in _ACCORDING.finditer(text))
    nouns = lexicon().nominal_cues
    at = text.find(" that ")
    while at >= 0:  # "Trump's claim that": far fewer "that"s than words, so look from them
        word = text.rfind(" ", 0, at) + 1
        if text[word:at] in nouns:
            found.append(word)
        at = text.find(" that ", at + 6)
    found.sort()
    return found


def has_cue(starts: list[int], start: int, end: int) -> bool:
    at = bisect.bisect_left(starts, start)
    return at < len(starts) and starts[at] < end


def is_cue(tok: Tok) -> bool:
    return tok.cue


def counts_an_amount(text: str, tok: Tok, at: int | None = None) -> bool:
    """ "the stock added 2%", "would eventually add $84 billion": a cue whose object (from
    ``at``, by default right after the cue) is an amount is a deed, no words."""
    lemma = lexicon().cue_lemma.get(tok.text)
    start = tok.end if at is None else at
    w = words()
    counted = lemma in w.amount_deeds or lemma in w.amount_possessions
    return counted and _AMOUNT.match(text, start) is not None


def is_strong_cue(tok: Tok) -> bool:
    """A cue that reports speech, not a speech act ("attacked", "wants")."""
    lex = lexicon()
    return is_cue(tok) and lex.cue_lemma[tok.text] not in lex.weak_cues


def cue_mention(text: str, toks: list[Tok], index: int) -> Mention:
    tok = toks[index]
    return Mention(text[tok.start : tok.end], (tok.start, tok.end))


def headline_end(text: str) -> int:
    """End of a first line written in title case ("Lindsey Graham Says …"), else 0."""
    line_end = text.find("\n")
    line = text[: line_end if line_end >= 0 else len(text)]
    line_words = [w for w in line.split() if w[0].isalpha()]
    if len(line_words) < 3 or len(line) > 200:
        return 0
    capitals = sum(1 for w in line_words if w[0].isupper())
    return len(line) if capitals >= 0.7 * len(line_words) else 0


def headline_cues(toks: list[Tok]) -> list[Tok]:
    """In a title-case headline, "Says" and "Vows" are cues too (lower-cased for the lexicon)."""
    cues = lexicon().cue_lemma
    return [
        tok._replace(text=tok.lower, cue=True)
        if k > 0 and not tok.cue and tok.lower in cues and tok.text[0].isupper()
        else tok
        for k, tok in enumerate(toks)
    ]


def _adverb_in_ly(toks: list[Tok], index: int, lo: int) -> bool:
    """ "reportedly", "quickly": an adverb in "-ly", not the noun of "the family said", "his
    ally told", "the Mansouri family said", which a determiner, a possessive or a name
    opens."""
    if not toks[index].text.endswith("ly"):
        return False
    w = words()
    if index - 1 < lo or toks[index].lower not in w.ly_nouns:
        return True
    before = toks[index - 1]
    return (
        before.lower not in w.determiners
        and before.lower not in w.possessive_pronouns
        and not before.capitalized
    )


def skip_back(toks: list[Tok], index: int, lo: int) -> int:
    """Step back over "also", "has", "later" between a speaker and the cue."""
    skip = lexicon().skip_words
    w = words()
    while index >= lo:
        tok = toks[index]
        if tok.lower in skip and tok.capitalized and index > lo and toks[index - 1].capitalized:
            return index  # "Theresa May said": a surname, not the modal of "she may say"
        if tok.lower in skip or (_adverb_in_ly(toks, index, lo) and tok.text.islower()):
            index -= 1
        elif tok.lower == "to" and index - 1 >= lo and toks[index - 1].lower in w.to_verbs:
            index -= 2  # "appeared to suggest", "went on to discuss", "began to argue"
            if toks[index + 1].lower == "on" and index >= lo and toks[index].lower in w.go_on:
                index -= 1  # "It goes on to fault …": the subject is before "goes"
        elif tok.lower == "on" and index - 1 >= lo and toks[index - 1].lower in w.go_on:
            index -= 2
        elif (
            tok.lower in ("heard", "seen")
            and index - 2 >= lo
            and toks[index - 1].lower == "be"
            and toks[index - 2].lower in ("can", "could")
        ):
            index -= 3  # "a reporter can be heard asking": the reporter asks

        elif index - 1 >= lo and _YEAR.fullmatch(tok.text) and toks[index - 1].lower == "in":
            index -= 2  # "an arbitration panel in 2001 found"
        elif (
            index - 1 >= lo and tok.lower in w.time_words and toks[index - 1].lower in w.time_leads
        ):
            index -= 2  # "the Supreme Court this month rejected", "Ann Lee on Monday said"
            if (
                index - 1 >= lo
                and PAST_VERB.fullmatch(toks[index].text)
                and toks[index].text not in lexicon().cue_lemma
                and toks[index - 1].lower not in w.be_forms
            ):
                index -= 1  # "a GAO report released last year found": the report found
        elif (
            tok.text == ")"
            and index - 2 >= lo
            and toks[index - 2].text == "("
            and _TICKER.fullmatch(toks[index - 1].text)
        ):
            index -= 3  # "Sony Corp (6758.T) said": a stock ticker after the company
        elif tok.text in _ASIDE_DASHES and (opened := _aside_open(toks, index, lo)) is not None:
            # "some liberal economists - including a minority of the committee - warn": the
            # subject stands before the dashed aside
            index = opened
        else:
            return index
    return index


_ASIDE_DASHES = frozenset({"-", "—", "–", "―"})
#: a stock ticker in brackets after a company's name: "MSFT.O", "6758.T", "AAPL"
_TICKER = re.compile(r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?")
_MAX_ASIDE = 20


def _aside_open(toks: list[Tok], close: int, lo: int) -> int | None:
    """The index of the last word before the dash that opens an aside closed by the dash
    at ``close`` ("… economists - including … - warn"), when words of the same clause stand
    between the two dashes and before the first."""
    end = close - 1 if close - 1 >= lo and toks[close - 1].text == "-" else close
    for k in range(end - 1, max(lo, end - _MAX_ASIDE) - 1, -1):
        tok = toks[k]
        if tok.text in _ASIDE_DASHES:
            start = k - 1 if k - 1 >= lo and toks[k - 1].text == "-" else k
            if start - 1 < lo or end - k < 3 or not toks[start - 1].text.isalnum():
                return None
            return start - 1
        if not (tok.text[0].isalnum() or tok.text == ","):
            return None
    return None


def after_dateline(toks: list[Tok], first: int) -> int:
    """ "BRUSSELS - European leaders gathered …": the sentence's subject starts after the dash
    (and "Translation: Flummoxed officials were …" after a one-word label's colon)."""
    if (
        first + 2 < len(toks)
        and toks[first + 1].text == ":"
        and toks[first].capitalized
        and len(toks[first].text) > 2  # (not a transcript's "Q:")
        and toks[first + 2].capitalized
    ):
        return first + 2
    if (
        _agency_at(toks, first)
        and first + 3 < len(toks)
        and toks[first + 3].text in _DATELINE_DASHES
    ):
        return first + 4  # "(Reuters) - Microsoft Corp is in talks …"
    k = first
    while k < len(toks) and toks[k].text.isupper() and toks[k].text.isalpha() and k - first < 3:
        k += 1
    if k == first:
        # "Washington (AFP) – Democrat Hillary Clinton …": a place in title case needs its
        # agency in brackets to be a dateline, not a name before a dashed aside
        while k < len(toks) and toks[k].capitalized and toks[k].text.isalpha() and k - first < 3:
            k += 1
        if k > first and k < len(toks) and toks[k].text.isdigit() and _month(toks[k - 1].lower):
            k += 1  # "Nov 5 (Reuters) -": the day it was filed
        if k == first or not _agency_at(toks, k):
            return first
        k += 3
    else:
        month = k + 1 < len(toks) and _month(toks[k + 1].lower.rstrip("."))
        if k + 3 < len(toks) and toks[k].text == "," and month and toks[k + 2].text.isdigit():
            k += 3  # "WASHINGTON, Dec. 8 (UPI) —": the day it was filed
        elif (
            k + 2 < len(toks)
            and toks[k].text == ","
            and toks[k + 1].capitalized
            and toks[k + 1].text.rstrip(".").replace(".", "").isalpha()
            and len(toks[k + 1].text) <= 6
        ):
            k += 2  # "MANCHESTER, N.H. -", "DES MOINES, Iowa —": the place's state
        if _agency_at(toks, k):
            k += 3  # "WASHINGTON (Reuters) —"
    if k > first and k < len(toks) and toks[k].text in _DATELINE_DASHES:
        return k + 1
    return first


_DATELINE_DASHES = ("-", "--", "—", "–", "―")


def _month(word: str) -> bool:
    """ "Dec", "june": a month's name, whole or short (the time words less days and nouns)."""
    w = words()
    return word in w.month_abbreviations or (
        word in w.time_words and word not in w.time_nouns and not word.endswith("day")
    )


def _agency_at(toks: list[Tok], k: int) -> bool:
    """ "(AFP)", "(Reuters)": a news agency in brackets after a dateline's place."""
    return k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")"


def hypothetical(toks: list[Tok], first: int, last: int, reach: int = 4) -> bool:
    """The cue's clause opens with "if" or "unless" a few words (``reach``) before it, no
    comma between ("If confirmed, she said, …" is her statement about a condition); past
    four words, only a subject with no verb in it ("only if a licensed child welfare worker
    concludes …")."""
    w = words()
    for k in range(last, max(first, last - reach) - 1, -1):
        if toks[k].text == ",":
            return False
        if toks[k].lower in w.conditionals:
            return True
        if last - k >= 4 and (toks[k].lower in w.finite_verbs or toks[k].lower in w.clause_openers):
            return False
    return False


def negated(between: list[Tok]) -> bool:
    """ "did not respond", "never said", "hasn't commented": words before a cue that deny it."""
    negators = words().negators
    return any(t.lower in negators or t.lower.endswith(("n't", "n’t")) for t in between)


#: the pronoun that opens a relative clause without "who" ("the experts I interviewed")
CONTACT_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you"})


def cue_is_noun(toks: list[Tok], i: int) -> bool:
    """ "his plans ran into trouble", "the suicide rate was": the cue word names a thing."""
    w = words()
    before = toks[i - 1].lower if i > 0 else ""
    owner = before.endswith(("’s", "'s")) and before[:-2] not in lexicon().pronouns
    if before in w.noun_markers or owner:
        return True
    if (
        PAST_VERB.fullmatch(before)
        and before not in lexicon().cue_lemma
        and not (i >= 3 and toks[i - 2].lower in CONTACT_PRONOUNS and toks[i - 3].text.isalpha())
    ):
        # "the annexation renewed fears": the object of another verb ("the experts I
        # interviewed said": the end of a relative clause, then the cue)
        return True
    tok = toks[i]
    lemma = lexicon().cue_lemma[tok.text]
    bare = tok.lower in (lemma, lemma + "s", lemma + "es")
    if not bare or i + 1 >= len(toks):
        return False
    if tok.lower == lemma and _after_an_article(toks, i):
        return True  # "an immediate recall", "a key crossing point": no "a" before a verb
    if tok.lower == lemma and _after_a_singular_thing(toks, i):
        return True  # "The gun charge he faces …": "the gun" would take "charges"
    # "The assault charges allege …", "the police reports say …": a bare plural cue word
    # before a reporting verb is the subject that reports
    after = toks[i + 1]
    if after.lower == "of" and (lemma, "of") not in lexicon().phrasal:
        return True  # "the help and support of the Iraqi people" ("spoke of" is a cue's own)
    plural = tok.lower != lemma and tok.lower.endswith("s")
    if after.lower in w.noun_verbs or (plural and is_strong_cue(after) and i > 0):
        return True
    # "The October report exceeded expectations", "the jobless rate ticked down": a past
    # verb right after a singular cue word is the verb its noun phrase is subject of
    if tok.lower != lemma:
        return False
    if _finite_past(after):
        return True
    if after.cue and after.text not in (lemma, lemma + "s", lemma + "es") and i > 0:
        # "the GAO report found that …": a singular cue word before a cue's past form
        after_lemma = lexicon().cue_lemma[after.text]
        if i >= 2 and toks[i - 2].lower in ("the", "a", "an", "this"):
            return True  # "The incident report read that …": a bare verb needs no "the"
        return after.text not in (after_lemma, after_lemma + "s") and not after.text.endswith("ing")
    # "Jobs report gives Democrats a lift": a present verb ("gives") and its object; a cue's
    # plural object ("estimate costs of") is no verb and takes no object of its own
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    return (
        nxt is not None
        and after.text.isalpha()
        and after.text.islower()
        and after.text.endswith("s")
        and not after.text.endswith("ss")
        and after.text not in lexicon().cue_lemma
        and after.lower not in w.determiners
        and after.lower not in lexicon().function_words
        and after.lower not in lexicon().pronouns
        and (
            nxt.lower in ("a", "an", "the")
            or nxt.lower in w.title_object_pronouns
            or (nxt.capitalized and nxt.text[0].isalpha())
        )
    )


def _after_a_singular_thing(toks: list[Tok], i: int) -> bool:
    """ "the gun charge": "the" and one singular noun that names no speaker (not "the police
    say", "the board report", whose nouns may speak as a body) before a bare cue word."""
    if i < 2 or toks[i - 2].lower not in ("the", "this"):
        return False
    noun = toks[i - 1]
    lex = lexicon()
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and not noun.lower.endswith("s")
        and noun.lower not in lex.nominal_heads
        and noun.lower not in lex.function_words
        and noun.lower not in lex.cue_lemma
        and noun.lower not in words().plural_collectives
        and noun.lower not in words().collective_nouns
    )


def _after_an_article(toks: list[Tok], i: int) -> bool:
    """ "a recall", "an immediate recall", "a key crossing point": "a" or "an" a few
    singular lower-case words before the cue word (a plural may be a subject: "a group of
    officials point out")."""
    function_words = lexicon().function_words
    k = i - 1
    while k >= 0 and i - k <= 3:
        word = toks[k]
        if word.lower in ("a", "an"):
            return k < i - 1
        if not (
            word.text.isalpha()
            and word.text.islower()
            and not word.text.endswith(("s", "ly"))
            and word.lower not in function_words
            and not word.cue
        ):
            return False
        k -= 1
    return False


def _finite_past(tok: Tok) -> bool:
    """ "exceeded", "ticked": a lower-case past form that is no cue of its own."""
    if tok.text in words().irregular_pasts:
        return True
    return (
        PAST_VERB.fullmatch(tok.text) is not None
        and tok.text not in lexicon().cue_lemma
        and not tok.text.endswith("eed")
    )


#: participles of cues that end in neither "-ed" nor "-en"
_IRREGULAR_PARTICIPLES = frozenset(
    {"found", "thought", "understood", "said", "known", "shown", "seen", "heard", "read"}
)


def is_passive(toks: list[Tok], i: int, first: int) -> bool:
    """ "was not mentioned", "has been cited", "had been found": a participle after a form of
    "be"."""
    if not toks[i].text.endswith(("ed", "en")) and toks[i].text not in _IRREGULAR_PARTICIPLES:
        return False
    k = i - 1
    while k >= first and (toks[k].lower in ("not", "often") or toks[k].lower.endswith("ly")):
        k -= 1  # "was not mentioned", "is often asked"
    return k >= first and toks[k].lower in words().be_forms | {"being"}


def only_adjuncts(between: str, cue: str) -> bool:
    """True if only "on Monday", "told reporters", commas or a colon stand between cue and quote."""
    lex = lexicon()
    rest = between
    if lex.cue_lemma.get(cue) in lex.cue_takes_object:
        match = lex.tell_objects.match(rest)
        if match:
            rest = rest[match.end() :]
    while True:
        match = lex.adjuncts.match(rest)
        if not match or match.end() == 0:
            break
        rest = rest[match.end() :]
    return not rest.strip(" ,:—–-\t")


def skip_object(text: str, pos: int) -> int:
    """Past the listener of "told reporters …", if one stands at ``pos``."""
    match = lexicon().tell_objects.match(text, pos)
    return match.end() if match else pos


def skip_adjuncts(text: str, pos: int, cue: str) -> int:
    """Past the object and the adjuncts after ``cue`` ("told reporters on Monday")."""
    lex = lexicon()
    if lex.cue_lemma.get(cue) in lex.cue_takes_object:
        pos = skip_object(text, pos)
    while True:
        match = lex.adjuncts.match(text, pos)
        if not match or match.end() == pos or text[match.start() : match.end()].strip() == ",":
            return pos
        pos = match.end()


def cue_of_a_deed(toks: list[Tok], k: int) -> bool:
    """ "claimed victory", "has claimed the lives of": a cue word whose object (past a
    determiner) makes it a deed, not words."""
    after = [t.lower for t in toks[k + 1 : k + 3]]
    if after and after[0] in words().determiners:
        after = after[1:]
    lemma = lexicon().cue_lemma.get(toks[k].text)
    return bool(after) and lemma is not None and words().deed_objects.get(after[0]) == lemma
