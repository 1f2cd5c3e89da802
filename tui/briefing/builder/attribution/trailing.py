"""A source that closes its sentence: '…, the top US general told reporters.', '…, said Ann
Lee, a senior official.', '…, as police have said.'"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon import lexicon, words
from ..mentions import Phrase, phrase_after, phrase_before, with_postmodifier
from ..tokens import Tok, token_at
from .cues import cue_is_noun, is_cue, is_passive, only_adjuncts, skip_back
from .direct import TRAILER_REACH
from .sentence import QUOTE_MARKS


def trailing_attribution(
    text: str, toks: list[Tok], quoted: list[bool]
) -> tuple[int, Phrase, int] | None:
    """(offset where the content ends, speaker phrase, cue index) for a sentence's ``toks``
    (its own, from its first word) if an attribution closes it."""
    n = len(toks)
    last = n - 1
    while last >= 0 and toks[last].text in ".!?":
        last -= 1
    postmodifier_preps = words().postmodifier_preps
    for c in range(last, max(-1, last - TRAILER_REACH - 24), -1):
        tok = toks[c]
        if quoted[c] or tok.text == ",":
            if tok.text == "," and not quoted[c]:
                continue
            return None
        if is_cue(tok) and _comma_lost_before(toks, c):
            # "… when this happened say doctors.": the comma went missing before the source
            sayers = phrase_after(text, toks, c + 1, last + 1)
            if (
                sayers is not None
                and sayers.span[1] == toks[last].end
                and sayers.form == "nominal"
                and lexicon().nominal_heads.get(sayers.head) in ("group", "organization")
            ):
                return toks[c - 1].end, sayers, c
        if c == last and c >= 3 and toks[c - 1].lower == "as" and is_cue(tok):
            # "…, CNBC on Wednesday cited sources as saying.": the outlet that cites speaks
            return _cited_as_saying(text, toks, c)
        if not is_cue(tok) or cue_is_noun(toks, c):
            continue
        if c >= 2 and toks[c - 1].text == "who" and toks[c - 2].text == ",":
            continue  # "…, said one of the people, who asked not to be identified.": the source's
        if c < last - 14 and not (c > 0 and toks[c - 1].text == ","):
            return None  # only "…, said Ann Lee, a long aside." reaches this far
        tail = text[tok.end : toks[last].end] if c < last else ""
        phrase: Phrase | None
        lemma = lexicon().cue_lemma[tok.text]
        if (
            c > 0
            and toks[c - 1].text == ","
            and lemma not in lexicon().cue_takes_object
            and lemma not in words().showing_cues
            # "Here, Dr Ann Lee, a dermatologist, offers her verdict.": a speech act's
            # object follows it, not its speaker (", touting a message of unity." too;
            # ", citing the health board." still names whom the words come from)
            and (lemma not in lexicon().weak_cues or lemma in words().source_naming_cues)
        ):
            # inverted: "…, said the official." ("…, told The Post": the Post only listened;
            # "An analysis of …, shows Democrats ahead.": what is shown follows, no speaker)
            if lemma in words().source_naming_cues and c >= 2 and is_cue(toks[c - 2]):
                return None  # "…, PandoDaily reported, citing an internal source": named
            phrase = phrase_after(text, toks, c + 1, last + 1)
            if phrase is not None:
                phrase = _knowing_after(text, toks, phrase, last)
            if (
                phrase is None
                or _holds_a_clause(toks, phrase)
                or not _ends_with_apposition(text, toks, phrase, last)
            ):
                return _apposed_subject(text, toks, c, tail)
            return toks[c - 1].start, phrase, c
        if _quoted_comma_before(toks, c) and lemma not in lexicon().cue_takes_object:
            # 'The answers are "not meeting the demand," says Paul Rieckhoff, founder of
            # …': the comma inside the closing quote sets the inverted speaker off
            phrase = phrase_after(text, toks, c + 1, last + 1)
            if (
                phrase is not None
                and phrase.form == "name"
                and not _holds_a_clause(toks, phrase)
                and _ends_with_apposition(text, toks, phrase, last)
            ):
                return toks[c - 1].end, phrase, c
        if tail and not only_adjuncts(tail, tok.text):
            return None
        if c > 0 and toks[c - 1].text == ",":
            # "…, his daughter, Ann Lee, told the Times.": the name set off before the cue
            return _apposed_subject(text, toks, c, tail)
        if is_passive(toks, c, 0):
            return None
        before = skip_back(toks, c - 1, 0)
        knowing = _knowing_source(text, toks, before)
        if knowing is not None:
            return knowing[0], knowing[1], c
        phrase = phrase_before(text, toks, before, 0)
        if phrase is None:
            return None
        at = token_at(toks, phrase.span[0])
        if at >= 2 and toks[at - 1].lower in postmodifier_preps:
            # "…, attorneys for the family said."
            phrase = with_postmodifier(text, toks, phrase, 0)
            at = token_at(toks, phrase.span[0])
        if at >= 3 and toks[at - 1].lower == "of" and toks[at - 2].lower in _PARTS_OF_A_GROUP:
            # "…, one of the people said.": one of them speaks
            span = (toks[at - 2].start, phrase.span[1])
            whole = text[span[0] : span[1]]
            phrase = Phrase(span, whole, "nominal", whole, "", phrase.head)
            at -= 2
        if at >= 2 and toks[at - 1].lower == "as" and toks[at - 2].text == ",":
            return toks[at - 2].start, phrase, c  # "…had a gun, as police have said."
        mark = at
        while mark > 0 and (toks[mark - 1].text in QUOTE_MARKS or toks[mark - 1].text == "'"):
            mark -= 1
        if mark < at and mark >= 1 and toks[mark - 1].text == ",":
            # 'Clinton "is the only candidate …," Newton said.': the quote ends the content.
            return toks[at - 1].end, phrase, c
        if at == 0 or toks[at - 1].text != ",":
            return None
        described = _description_before(toks, at - 1)
        if described is not None:
            # "…, his daughter, Claudette King, told the Times": the content ends before
            # the description the name is set off after
            return _content_end(toks, described), _described(text, toks, phrase, described), c
        return toks[at - 1].start, phrase, c
    return None


#: how far before "as saying" the verb that cites may stand ("cited one source from the
#: Nevada governor's office as saying")
_CITED_REACH = 12


def _cited_as_saying(text: str, toks: list[Tok], c: int) -> tuple[int, Phrase, int] | None:
    """(content end, source, cue index) for "…, CNBC cited sources as saying.": the content
    ends at the comma before the one who cites, who is the source."""
    naming = words().source_naming_cues
    lemmas = lexicon().cue_lemma
    for k in range(c - 2, max(0, c - _CITED_REACH) - 1, -1):
        if toks[k].text in ",;:" or toks[k].text in QUOTE_MARKS:
            return None
        if lemmas.get(toks[k].text) not in naming:
            continue
        before = skip_back(toks, k - 1, 0)
        phrase = phrase_before(text, toks, before, 0) if before >= 0 else None
        if phrase is None:
            return None
        at = token_at(toks, phrase.span[0])
        if at >= 2 and toks[at - 1].text in QUOTE_MARKS and toks[at - 2].text == ",":
            return toks[at - 1].end, phrase, k  # 'the deal is a "go," CNBC cited …'
        if at == 0 or toks[at - 1].text != ",":
            return None
        return toks[at - 1].start, phrase, k
    return None


#: "one of the people", "two of the officials": a part of a group that speaks for it
_PARTS_OF_A_GROUP = frozenset({"one", "two", "three", "some", "several", "many", "most", "both"})


def _knowing_source(text: str, toks: list[Tok], last: int) -> tuple[int, Phrase] | None:
    """(where the content ends, source) for "…, people familiar with the talks said", "…, one
    of the people briefed on the discussions said": a source described by what it knows, set
    off by a comma; the words after its noun are no speaker of their own."""
    w = words()
    comma = last
    while comma > 0 and last - comma < 12 and toks[comma].text != ",":
        comma -= 1
    if comma <= 0 or toks[comma].text != ",":
        return None
    run = toks[comma + 1 : last + 1]
    heads = lexicon().nominal_heads
    for k, tok in enumerate(run[:5]):
        if k + 2 >= len(run) or run[k + 1].lower not in w.source_knowledge:
            continue
        if tok.lower in heads or tok.lower.removesuffix("s") in heads:
            break
        if not tok.text.islower():
            return None
    else:
        return None
    if any(
        t.text in QUOTE_MARKS or t.lower in w.finite_verbs or t.lower == "according" for t in run
    ):
        return None  # ("…, according to officials briefed on …" has a reader of its own)
    span = (run[0].start, run[-1].end)
    whole = text[span[0] : span[1]]
    return toks[comma].start, Phrase(span, whole, "nominal", whole, "", tok.lower)


def _knowing_after(text: str, toks: list[Tok], phrase: Phrase, last: int) -> Phrase:
    """ "…, said people familiar with the matter.", "…, said a person close to the talks.": the
    words after the source's noun that say what it knows are part of it, to the end."""
    after = token_at(toks, phrase.span[1])
    if (
        phrase.form != "nominal"
        or after > last
        or toks[after].lower not in words().source_knowledge
        or toks[after].lower == "with"  # ("said officials with the ministry": "with" is theirs)
    ):
        return phrase
    run = toks[after : last + 1]
    if any(t.text in QUOTE_MARKS or t.text == "," or t.lower in words().finite_verbs for t in run):
        return phrase
    span = (phrase.span[0], toks[last].end)
    whole = text[span[0] : span[1]]
    return Phrase(span, whole, "nominal", whole, "", phrase.head)


def _comma_lost_before(toks: list[Tok], c: int) -> bool:
    """Whether ``toks[c]`` is "say" right after a lower-case word, as in "… when this happened
    say doctors.", where a comma went missing."""
    prior = toks[c - 1].text if c > 1 else ""
    return lexicon().cue_lemma[toks[c].text] == "say" and prior.isalpha() and prior.islower()


def _quoted_comma_before(toks: list[Tok], c: int) -> bool:
    """Whether a comma and then a closing quote mark stand right before ``toks[c]``."""
    return c >= 2 and toks[c - 1].text in QUOTE_MARKS and toks[c - 2].text == ","


def _holds_a_clause(toks: list[Tok], phrase: Phrase) -> bool:
    """ "…, said the event brought back memories": what follows the cue is a clause (a noun,
    then its verb), not an inverted speaker ("said the retired general" has none)."""
    w = words()
    at, end = token_at(toks, phrase.span[0]), phrase.span[1]
    for k in range(at + 1, len(toks)):
        tok = toks[k]
        if tok.end > end:
            break
        if not tok.text.islower() or toks[k - 1].lower in w.determiners:
            continue
        if tok.lower in w.finite_verbs or tok.lower in w.irregular_pasts:
            return True
        nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
        if tok.text.endswith("ed") and (nxt in w.determiners or nxt in w.possessive_pronouns):
            return True
    return False


def _apposed_subject(
    text: str, toks: list[Tok], c: int, tail: str
) -> tuple[int, Phrase, int] | None:
    """ "…, Bill McInturff, who conducted the poll, said on Sunday.": the speaker before the
    aside that ends at the cue's comma, set off by a comma from the content before."""
    if tail and not only_adjuncts(tail, toks[c].text):
        return None
    phrase = phrase_before(text, toks, c - 1, 0)
    if phrase is None and c >= 2 and toks[c - 1].text == ",":
        phrase = phrase_before(text, toks, c - 2, 0)  # "…, his daughter, Ann Moore, told"
    if phrase is None or phrase.form == "pronoun":
        return None
    at = token_at(toks, phrase.span[0])
    if at < 2 or toks[at - 1].text != ",":
        return None
    if phrase.span[1] >= toks[c - 1].start:
        # "…, the mayor, Ann Lee, said.": the name set off after a description
        described = _description_before(toks, at - 1)
        if described is None:
            return None
        return _content_end(toks, described), _described(text, toks, phrase, described), c
    if toks[token_at(toks, phrase.span[1])].text != ",":
        return None
    return toks[at - 1].start, phrase, c


def _ends_with_apposition(text: str, toks: list[Tok], phrase: Phrase, last: int) -> bool:
    """ "…, said Ann Lee, a senior official with the board.": nothing but an aside after."""
    rest = text[phrase.span[1] : toks[last].end]
    if not rest.strip(" ,."):
        return True
    if lexicon().adjuncts.fullmatch(rest.strip(" ,.")):
        return True  # "…, reports Global News today."
    after = token_at(toks, phrase.span[1])
    if after <= last and toks[after].lower in words().postmodifier_preps and last - after < 8:
        # "…, said one GOP source in the room."
        return not any(toks[k].cue or toks[k].text in ",;" for k in range(after, last + 1))
    if not rest.startswith(","):
        return False
    after = token_at(toks, phrase.span[1] + 1)
    # "…, said one of the people, who asked not to be identified.": a relative clause about
    # the source may hold a cue of its own
    relative = after <= last and toks[after].text == "who"
    return last - after < 30 and not any(
        (toks[k].cue and not relative) or toks[k].text in QUOTE_MARKS
        for k in range(after, last + 1)
    )


def _description_before(toks: list[Tok], comma: int) -> int | None:
    """The index of the comma before "his daughter" when ``toks[comma]`` ends a short
    description that opens with a possessive or an article ("…, his daughter, Ann Lee,
    said"); None otherwise."""
    w = words()
    openers = w.possessive_pronouns.keys() | {"a", "an", "the"}
    for k in range(comma - 1, max(-1, comma - 6), -1):
        tok = toks[k]
        if tok.text in QUOTE_MARKS and k > 0 and toks[k - 1].text == ",":
            k -= 1  # '… "is much better," his daughter, …': the quote closes after its comma
            tok = toks[k]
        if tok.text == ",":
            words_between = [t for t in toks[k + 1 : comma] if t.text not in QUOTE_MARKS]
            opener = words_between[0].lower if words_between else ""
            return k if opener in openers and len(words_between) >= 2 else None
        if not tok.text.isalpha() or not tok.text.islower():
            return None
    return None


def _content_end(toks: list[Tok], comma: int) -> int:
    """Where content ending at the comma ``toks[comma]`` ends: after the quote mark that
    closes right after it ('he "is much better,"'), else at the comma."""
    nxt = comma + 1
    if nxt < len(toks) and toks[nxt].text in QUOTE_MARKS:
        return toks[nxt].end
    return toks[comma].start


def _described(text: str, toks: list[Tok], phrase: Phrase, comma: int) -> Phrase:
    """``phrase`` (the name set off after a description) with the description as its role
    ("his daughter"), and as a name when a given name opens it ("Claudette King", though
    "king" is a title)."""
    start = comma + 1
    while start < len(toks) and toks[start].text in QUOTE_MARKS:
        start += 1
    end = token_at(toks, phrase.span[0]) - 1  # the comma after the description
    role = text[toks[start].start : toks[end].start].strip() if end > start else ""
    first = phrase.text.split()[0].lower() if phrase.text.split() else ""
    if phrase.form == "nominal" and first in lexicon().gender and len(phrase.text.split()) > 1:
        phrase = replace(
            phrase, form="name", name=phrase.text, head=phrase.text.split()[-1].lower()
        )
    return replace(phrase, role=phrase.role or role)
