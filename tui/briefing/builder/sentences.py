"""Sentence boundaries in news text as exact spans: abbreviations and initials hold,
glued sentences ("Iraq.Several", "StateThe authenticity") split, and so does a photo
caption that runs without a stop into the next quote ("… on Friday ‘I’d be …,’ said Locke").
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Span
from .furniture import AGENCY_CREDIT
from .lexicon import lexicon, words
from .speaker_kinds import organisation_endings, outlet_heads
from .tokens import INVISIBLE, PAST_VERB

_TERMINAL = re.compile(r"[.!?…]+")
_CLOSERS = "\"”’')]"
_OPENERS = "\"“‘'(["
_LOWER_OR_SPACE = frozenset("abcdefghijklmnopqrstuvwxyz ")
_LINE = re.compile(r"[^\n]+")


#: a capitalised word glued to the lower-case letter before it: "StateThe authenticity"
_GLUED = re.compile(r"(?<=[a-z])[A-Z][a-z]*(?=\s)")


@cache
def _caption_join() -> re.Pattern[str]:
    """A capitalised caption-joining word in mid-line before a lower-case one: "… in Glasgow
    Another food bank …" (after a quote that ends in a stop, the cuts after a stop decide).
    Only those words, and the space first so that the search stops at spaces alone: matching
    every capitalised word and looking each up cost half the time of splitting an article."""
    joins = sorted((w.capitalize() for w in words().caption_joins), key=len, reverse=True)
    before = r" (?:(?<=\w )|(?<=[^\s.!?,…’'”\"][’'”\"] ))"
    # "… with a towel on her face An 86-year-old nun was …": an age opens a sentence too
    after = r" (?=[a-z]|\d{1,3}-[a-z])"
    return re.compile(before + "(?P<word>" + "|".join(map(re.escape, joins)) + ")" + after)


@cache
def _capitals_caption() -> re.Pattern[str]:
    """A word in capitals glued before a capitalised caption-joining word: "… 'everyday
    Americans' FAKERS Another Twitter website found …": a caption's label, which ends what
    stands before it (the cut falls after it; at a line's start it stands alone)."""
    joins = sorted((w.capitalize() for w in words().caption_joins), key=len, reverse=True)
    # (what may not stand before the capitals is checked by the caller: a look-behind
    # at the pattern's head made the scan three times slower)
    return re.compile(
        r"[A-Z][A-Z'’-]+[A-Z] (?P<word>" + "|".join(map(re.escape, joins)) + r") (?=\S)"
    )


def _camel_case_name(text: str, at: int, end: int) -> bool:
    """Whether the capital at ``at`` is inside a name rather than a sentence glued on: a
    listed name ("LinkedIn"), a hashtag or handle ("#ImWithHer") or a link."""
    head = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    word = text[head:end]
    if word[:1] in "#@" or "/" in word:
        return True
    return word.strip("\"'“‘(").lower() in words().camel_case_names


def _glued_to_word(text: str, at: int) -> bool:
    """Whether the capitals at ``at`` are the tail of a longer word ("McDONALD", "U.S.A")."""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_.'’-")


def _caption_may_follow(word: str) -> bool:
    """Whether a caption may be glued after ``word``: not after a verb of speech, a
    preposition, a determiner or a quote's comma ("told CBS This Morning", "on NBC Another
    …" name the station)."""
    low = word.lower().strip("'’\"”")
    lex = lexicon()
    return not (
        low.endswith(",")  # '"…, senator," CBS This Morning anchor Ann Roe said'
        or low in lex.cue_lemma
        or low in lex.function_words
        or low in words().prepositions
        or low in words().determiners
    )


#: an opening quote mark between a word (or a bracket, or a closed quote) and a capital,
#: with no stop before it: "… on Friday ‘I’d be …"
#: (the mark comes first so that the scan jumps from mark to mark)
_QUOTE_OPENING = re.compile(r"[‘“\"'](?<=[\w)’'”\"] .)(?=[A-Z])")
#: the mark that closes a quote opened with the key (an apostrophe inside a word is none)
_QUOTE_CLOSING = {
    "‘": re.compile(r"(?<=\S)’(?!\w)"),
    "'": re.compile(r"(?<=\S)'(?!\w)"),
    "“": re.compile(r"”"),
    '"': re.compile(r'"'),
}
#: a sentence ending inside a quotation: "… I like him a lot. He has …"
_INNER_STOP = re.compile(r"[a-z]{2}[.!?…]+['’\"”]? +['‘\"“]?[A-Z]")
#: how far to look for the mark that closes a quotation
_QUOTE_REACH = 600


def split_sentences(text: str) -> list[Span]:
    """Spans of the sentences of ``text``, in order, without surrounding white space."""
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for cut in _cuts(text, line.start(), line.end()):
            _append(spans, text, start, cut)
            start = cut
        _append(spans, text, start, line.end())
    return spans


def _cuts(text: str, start: int, end: int) -> list[int]:
    starters = lexicon().sentence_starters
    cuts = [
        m.start()
        for m in _GLUED.finditer(text, start, end)
        if m.group() in starters and not _camel_case_name(text, m.start(), m.end())
    ]
    cuts.extend(
        m.start("word")
        for m in _caption_join().finditer(text, start, end)
        if not _ends_a_title(text, m.start("word"))
    )
    cuts.extend(
        m.start("word")
        for m in _capitals_caption().finditer(text, start, end)
        if not _glued_to_word(text, m.start())
        and _caption_may_follow(_word_before(text, m.start() - 1))
    )
    if text.find(": ", start, end) >= 0:
        cuts.extend(_glued_quote_leads(text, start, end))
    cuts.extend(_captions_after_quotes(text, start, end))
    for match in _furniture().finditer(text, start, end):
        cuts.extend(cut for cut in (match.start(), match.end() + 1) if cut < end)
    cuts.extend(m.end() + 1 for m in _photo_credit().finditer(text, start, end))
    # (each asked only of a line that has its mark: most lines have neither)
    if text.find("(", start, end) >= 0:
        cuts.extend(m.end() + 1 for m in _AGENCY_CREDIT.finditer(text, start, end))
    if text.find(": ", start, end) >= 0:
        cuts.extend(_caption_labels(text, start, end))
    for match in _TERMINAL.finditer(text, start, end):
        cut = _boundary_after(text, match.start(), match.end(), end)
        if cut is not None:
            cuts.append(cut)
    for match in _QUOTE_OPENING.finditer(text, start, end):
        if _caption_ends_before(text, start, match.start(), end):
            cuts.append(match.start())
    return sorted(set(cuts))


#: a quote closing on a word, not a stop or a comma, then a name and a verb of its own:
#: "… she worked her 'butt off' Fowler received a number of comments …"
#: (the mark comes first so that the scan jumps from mark to mark)
_NAME_AFTER_QUOTE = re.compile(r"['’”\"](?<=[a-z].) (?P<name>[A-Z][a-z]+) (?P<verb>[a-z]{3,})\b")
#: how far back (characters) the name must have been written
_NAME_REACH = 5000


def _captions_after_quotes(text: str, start: int, end: int) -> list[int]:
    """Where a photo caption glued on after a quote starts: the quote closes with no stop
    and a name the text gave before goes on with a past verb that reports nothing (a cue
    after it is the quote's attribution: "… 'fake news' Trump said")."""
    cuts = []
    w = words()
    for match in _NAME_AFTER_QUOTE.finditer(text, start, end):
        verb = match.group("verb")
        if not (PAST_VERB.fullmatch(verb) or verb in w.irregular_pasts):
            continue
        if verb in lexicon().cue_lemma:
            continue
        name = match.group("name")
        written = text.find(name, max(0, match.start() - _NAME_REACH), match.start())
        if name in lexicon().sentence_starters or written < 0:
            continue
        cuts.append(match.start("name"))
    return cuts


#: a surname and a cue before a colon and an opening quote mark, after a capitalised word:
#: "… at the World Cup Vale added: 'The manager …"
_QUOTE_LEAD = re.compile(r"(?P<name>[A-Z][a-z]+(?:['’-][A-Za-z]+)?) (?P<cue>[a-z]+): ?[‘'“\"]")


def _glued_quote_leads(text: str, start: int, end: int) -> list[int]:
    """Where a quote's lead glued to a caption without a stop starts: "Vale has compared the
    feeling to scoring at the World Cup Vale added: 'The manager …'" after "Tom Vale" was
    named. The surname must be one the text gave with a given name before, and the word
    glued before it a capitalised one that is neither that given name nor a title ("Striker
    Vale added:", "Tom Vale added:" stay whole)."""
    found: list[int] = []
    lex = lexicon()
    for match in _QUOTE_LEAD.finditer(text, start, end):
        at = match.start()
        if (
            at < 2
            or text[at - 1] != " "
            or not text[at - 2].isascii()
            or not text[at - 2].isalpha()
        ):
            continue  # (after a word and a space: "… at the World Cup Vale added:")
        if match.group("cue") not in lex.cue_lemma:
            continue
        name = match.group("name")
        before = _word_before(text, match.start() - 1)
        low = before.lower()
        if (
            not before[:1].isupper()
            or low in lex.titles
            or low in lex.role_modifiers
            or low in lex.gender
            or low in lex.function_words
        ):
            continue
        # (searched in place up to the lead, not in a copy of the text before it)
        given_then_name = re.compile(rf"\b([A-Z][a-z]+) {re.escape(name)}\b")
        given = [g.group(1) for g in given_then_name.finditer(text, 0, match.start())]
        if given and before not in given:
            found.append(match.start())
    return found


@cache
def _furniture() -> re.Pattern[str]:
    """Page furniture glued to the text, followed by a space: "Scroll down for video "."""
    phrases = sorted(words().furniture_phrases, key=len, reverse=True)
    # (or ending the line: "… on a scholarship Sorry we are not currently accepting comments")
    return re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, phrases)) + r")(?= \S|\.?$)")


@cache
def _photo_credit() -> re.Pattern[str]:
    """A caption's closing credit before the next sentence's capital, with no stop between:
    "… burst through a hedge (stock image) Mr Cooper spotted …", "… (above file photo of
    the zoo) The boy …"."""
    credits = sorted(words().photo_credits, key=len, reverse=True)
    return re.compile(
        r"\((?i:" + "|".join(map(re.escape, credits)) + r")(?:[ ,][^()\n]{0,60})?\)(?= [A-Z])"
    )


#: a picture agency's credit in brackets before the next sentence's capital: "… the bridge
#: (Getty Images) Workers fit …", "(AFP/Getty Images)", "(AP Photo/Ann Lee)"
_AGENCY_CREDIT = re.compile(rf"\((?:{AGENCY_CREDIT})\)(?= [A-Z])")


#: a caption's label in mid-line after words without a stop: "… fraud charges Swindle: She
#: is accused …", "… before the shooting Couple: The pair had …"
#: (found from its colon back: a search for the label's own shape tried every position)
_LABEL_COLON = re.compile(r": (?=[A-Z]|[‘“\"'][A-Z])")
_LABEL = re.compile(r"(?<=[a-z)] )[A-Z][a-z]+(?: [a-z]+){0,2}$")


def _caption_labels(text: str, start: int, end: int) -> list[int]:
    """Where each caption label of ``text[start:end]`` starts."""
    found: list[int] = []
    for colon in _LABEL_COLON.finditer(text, start, end):
        label = _LABEL.search(text, max(start, colon.start() - 40), colon.start())
        if label is not None and _is_label(text, label, colon.end()):
            found.append(label.start())
    return found


def _is_label(text: str, match: re.Match[str], words_at: int) -> bool:
    """Whether a label-shaped match is a caption's: after a lower-case word that is no
    function word or cue ("… with Nepal: China", "told Racemail: ‘…" and "the Sunday
    Times: …" go on with their sentence), and with no cue in it ("Lee said: …")."""
    label = match.group().split()
    before = text[max(0, match.start() - 30) : match.start()].split()[-1:]
    lex = lexicon()
    if not before or not before[0].isalpha() or not before[0].islower():
        return False
    # "told Racemail: ‘…" carries on; "… fraud charges Swindle: …" (a plural noun) does not
    told = before[0] in lex.cue_lemma and (not before[0].endswith("s") or before[0] == "says")
    closed = lex.function_words | words().determiners | words().prepositions
    if before[0] in closed or told:
        return False
    if any(w.lower() in lex.cue_lemma for w in label):
        return False
    # a caption's words are a clause, not a name that ends the sentence ("… among
    # Republicans: Donald Trump.")
    after = re.split(r"[.!?\n]", text[words_at : words_at + 200], maxsplit=1)[0]
    return len(after.split()) >= _MIN_CAPTION_WORDS


#: how many words a caption's label must stand before
_MIN_CAPTION_WORDS = 4


def _ends_a_title(text: str, at: int) -> bool:
    """True if the word at ``at`` is inside a capitalised title: "Don't Push It was …",
    "Where It Loses To The iPhone" (a capitalised function word before it)."""
    before = text[max(0, at - 30) : at].split()
    if not before or not before[-1][:1].isupper():
        return False
    return text.startswith("It ", at) or before[-1].lower() in lexicon().function_words


def _caption_ends_before(text: str, line_start: int, quote: int, line_end: int) -> bool:
    """True if the words before the opening mark at ``quote`` end a sentence that has no stop,
    as a Daily Mail photo caption does, and the quotation opens the next one."""
    before = text[max(line_start, quote - 100) : quote - 1]
    last = before[-1:]
    # "(file photo) 'The mind …", "as 'shameful' ‘It is only …": a bracket or a quote closed
    if last in ")’'”\"":
        if before[-2:-1] in (".", ",", "!", "?", "…"):
            return False  # the quote before ends on its own stop: the other cuts decide
    elif _leads_into_quote(before.split()):
        return False
    return _quote_is_a_sentence(text, quote, line_end)


def _leads_into_quote(words: list[str]) -> bool:
    """True if the quotation after ``words`` carries on their sentence: "He said ‘I’d …",
    "called it ‘Project Fear’", "the ‘Big Apple’", "told the New York Post 'She …"."""
    lex = lexicon()
    word = words[-1].lower().lstrip("([‘“\"'")
    if (
        word.endswith(("'s", "’s"))
        or word in lex.function_words
        or word in lexicon().quote_lead_ins
    ):
        return True
    if word in lex.cue_lemma:
        # "the details have now been revealed 'He asked me …": a passive cue reports nothing
        return len(words) < 2 or words[-2].lower() != "been"
    for back in range(2, min(len(words), 7) + 1):
        word = words[-back]
        if word.endswith((".", "!", "?", ";", ":")):
            return False
        if word.lower() in lex.cue_lemma:
            return _object_and_adjuncts_only(" " + " ".join(words[1 - back :]))
    return False


def _object_and_adjuncts_only(rest: str) -> bool:
    """True if ``rest``, the words after a cue, are its object and adjuncts and nothing more."""
    lex = lexicon()
    match = lex.tell_objects.match(rest)
    pos = match.end() if match else 0
    while pos < len(rest) and (match := lex.adjuncts.match(rest, pos)) and match.end() > pos:
        pos = match.end()
    return pos == len(rest)


def _quote_is_a_sentence(text: str, quote: int, line_end: int) -> bool:
    """True if the quotation opening at ``quote`` reads as a sentence of its own, not a name
    or a title: it holds a sentence break, or it ends in punctuation and then an attribution
    or a new sentence follows ("‘I’d be …,’ said Locke", "'The mind boggles,' commented")."""
    reach = min(line_end, quote + _QUOTE_REACH)
    closing = _QUOTE_CLOSING[text[quote]].search(text, quote + 1, reach)
    inner = text[quote + 1 : closing.start() if closing else reach]
    if _INNER_STOP.search(inner):
        return True
    if closing is None or _title_case(inner):
        return False
    after = text[closing.end() : min(line_end, closing.end() + 80)].lstrip()
    stopped = inner[-1:] in (".", ",", "!", "?", "…")
    if _attribution_opens(after, 5 if stopped else 2):
        return True
    if not stopped:
        return False
    if after[:1] == ":":
        return inner[-1] != ","  # "'… hire me, huh?': McHenry, …" heads the next caption
    return not after or after[0].isupper() or after[0].isdigit() or after[0] in _OPENERS


def _attribution_opens(after: str, reach: int) -> bool:
    """True if a reporting verb comes within ``reach`` words, with no punctuation before it:
    "said Locke", "commented Tracy Ayre", "he said", "the former Liverpool midfielder said"."""
    lex = lexicon()
    for count, word in enumerate(after.split()[:reach]):
        bare = word.rstrip(",.")
        lemma = lex.cue_lemma.get(bare) if bare.islower() else None
        if lemma is not None:
            # a weak cue ("defending") reports only straight after the quote ("commented")
            return count == 0 or lemma not in lex.weak_cues
        if bare != word or not bare[:1].isalnum():
            return False
    return False


def _title_case(inner: str) -> bool:
    """True if every word after the first but the small ones is capitalised, as in a title:
    'Storm on the Sea of Galilee', “Contract with America.”"""
    function_words, lead_ins = lexicon().function_words, lexicon().quote_lead_ins
    words = [
        w
        for w in inner.split()[1:]
        if w[0].isalpha() and w.lower() not in function_words and w.lower() not in lead_ins
    ]
    return bool(words) and all(w[0].isupper() for w in words)


def _boundary_after(text: str, punct_start: int, punct_end: int, line_end: int) -> int | None:
    """Where the sentence ends if the stop at ``punct_start`` ends one, else None."""
    pos = punct_end
    while pos < line_end and text[pos] in _CLOSERS:
        nxt = text[pos + 1] if pos + 1 < line_end else " "
        # A straight quote glued to a letter opens the next quote: '."Sir, ...'
        if text[pos] in "\"'" and nxt.isalnum():
            break
        pos += 1
    if pos >= line_end:
        return None
    glued = not text[pos].isspace()
    nxt_pos = pos
    while nxt_pos < line_end and (text[nxt_pos].isspace() or text[nxt_pos] in INVISIBLE):
        nxt_pos += 1
    if nxt_pos >= line_end:
        return None
    first = text[nxt_pos]
    # (a closing mark typed the wrong way round opens a quote when a word is glued after it:
    # ". ”Isis declares …”")
    if first in _OPENERS or (first == "”" and text[nxt_pos + 1 : nxt_pos + 2].isalpha()):
        first = text[nxt_pos + 1] if nxt_pos + 1 < line_end else " "
        if first == "'" and text[nxt_pos] == "'":
            # ". ''Humility is …": two apostrophes open a quote in some papers' style
            first = text[nxt_pos + 2] if nxt_pos + 2 < line_end else " "
    if not (first.isupper() or first.isdigit()):
        return None
    asked = text[punct_start:punct_end] in ("?", "!")
    if pos > punct_end and text[punct_end] in "\"”'" and _attribution_follows(text, nxt_pos, asked):
        # '"Why?" Clinton asked.': the attribution belongs to the quote's sentence.
        return None
    word = _word_before(text, punct_start)
    stop = text[punct_start:punct_end]
    if stop == "!" and pos == punct_end and _brand_goes_on(text, word, nxt_pos, line_end):
        return None
    if stop == ".":
        bare = word.lower().rstrip(".")
        if bare in lexicon().abbreviations or (len(bare) == 1 and bare.isalpha()):
            return None
        if "." in bare and _next_word(text, nxt_pos, line_end) not in lexicon().sentence_starters:
            return None
    if glued:
        if stop != "." and stop != "?" and stop != "!":
            return None
        after = text[nxt_pos : nxt_pos + 2]
        if len(word) < 2 or not word[-1].isalpha() or "." in word:
            return None
        if len(word.rsplit("-", 1)[-1]) == 1:
            return None  # "R-W.Va.": an initial, party and state glued, not two sentences
        capital_word = len(after) == 2 and after[0].isupper() and after[1] in _LOWER_OR_SPACE
        if not capital_word and text[pos] not in _OPENERS:
            return None
    return pos


def _brand_goes_on(text: str, word: str, start: int, end: int) -> bool:
    """ "told Yahoo! News in a story that …", "E! News reported": a name written with "!"
    goes on in the word after it, a word that ends an outlet's or organisation's name."""
    if not word[:1].isupper():
        return False
    following = _next_word(text, start, end).lower()
    return following in organisation_endings() or following in outlet_heads()


def _attribution_follows(text: str, start: int, asked: bool) -> bool:
    """True if a few capitalised words and then a reporting cue come next ("Clinton said");
    after a question or an exclamation (``asked``), any past-tense verb ending the clause
    does ("Hannity pressed.", not '"… Army." He paused.')."""
    cues = lexicon().cue_lemma
    words = text[start : start + 120].split()[:10]
    for count, word in enumerate(words[:6]):
        bare = word.strip(",.;:")
        if (
            bare in cues
            and bare.endswith("ing")
            and count > 0
            and words[count - 1].endswith(",")
            and word.endswith(",")
        ):
            continue  # "Jo Roe, defending, said": the court role set off, not the cue
        if bare in cues:
            # '… Clinton said.' or '… Clinton said, adding …', not '… Clinton said the plan …'
            rest = words[count:]
            return count > 0 and any(w.endswith((".", ",")) for w in rest[:4])
        verb_ends = word[-1:] in ".," and PAST_VERB.fullmatch(word[:-1])
        if asked and count > 0 and verb_ends:
            return True  # '“Would it be negotiable?” Hannity pressed.'
        if not bare[:1].isupper() or (word.endswith((".", "!", "?")) and len(bare) > 3):
            return False
    return False


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace():
        if text[start - 1] in _OPENERS and not (
            # "Biden's." ends on a word, not on an initial "s": an apostrophe inside a word
            text[start - 1] in "'’" and start > 1 and text[start - 2].isalnum()
        ):
            break
        start -= 1
    return text[start:end]


def _next_word(text: str, start: int, end: int) -> str:
    stop = start
    while stop < end and (text[stop].isalpha() or text[stop] in "’'"):
        stop += 1
    return text[start:stop]


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
