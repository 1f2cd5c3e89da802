"""A source that closes its sentence: '…, the top US general told reporters.', '…, said Ann
Lee, a senior official.', '…, as police have said.'"""

from __future__ import annotations

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
        if not is_cue(tok) or cue_is_noun(toks, c):
            continue
        if c < last - 14 and not (c > 0 and toks[c - 1].text == ","):
            return None  # only "…, said Ann Lee, a long aside." reaches this far
        tail = text[tok.end : toks[last].end] if c < last else ""
        phrase: Phrase | None
        lemma = lexicon().cue_lemma[tok.text]
        if c > 0 and toks[c - 1].text == "," and lemma not in lexicon().cue_takes_object:
            # inverted: "…, said the official." ("…, told The Post": the Post only listened)
            phrase = phrase_after(text, toks, c + 1, last + 1)
            if phrase is None or not _ends_with_apposition(text, toks, phrase, last):
                return _apposed_subject(text, toks, c, tail)
            return toks[c - 1].start, phrase, c
        if tail and not only_adjuncts(tail, tok.text):
            return None
        if is_passive(toks, c, 0):
            return None
        before = skip_back(toks, c - 1, 0)
        phrase = phrase_before(text, toks, before, 0)
        if phrase is None:
            return None
        at = token_at(toks, phrase.span[0])
        if at >= 2 and toks[at - 1].lower in postmodifier_preps:
            # "…, attorneys for the family said."
            phrase = with_postmodifier(text, toks, phrase, 0)
            at = token_at(toks, phrase.span[0])
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
        return toks[at - 1].start, phrase, c
    return None


def _apposed_subject(
    text: str, toks: list[Tok], c: int, tail: str
) -> tuple[int, Phrase, int] | None:
    """ "…, Bill McInturff, who conducted the poll, said on Sunday.": the speaker before the
    aside that ends at the cue's comma, set off by a comma from the content before."""
    if tail and not only_adjuncts(tail, toks[c].text):
        return None
    phrase = phrase_before(text, toks, c - 1, 0)
    if phrase is None or phrase.form == "pronoun":
        return None
    at = token_at(toks, phrase.span[0])
    if at < 2 or toks[at - 1].text != "," or phrase.span[1] >= toks[c - 1].start:
        return None
    if toks[token_at(toks, phrase.span[1])].text != ",":
        return None
    return toks[at - 1].start, phrase, c


def _ends_with_apposition(text: str, toks: list[Tok], phrase: Phrase, last: int) -> bool:
    """ "…, said Ann Lee, a senior official with the board.": nothing but an aside after."""
    rest = text[phrase.span[1] : toks[last].end]
    if not rest.strip(" ,."):
        return True
    after = token_at(toks, phrase.span[1])
    if after <= last and toks[after].lower in words().postmodifier_preps and last - after < 8:
        # "…, said one GOP source in the room."
        return not any(toks[k].cue or toks[k].text in ",;" for k in range(after, last + 1))
    if not rest.startswith(","):
        return False
    after = token_at(toks, phrase.span[1] + 1)
    return last - after < 30 and not any(
        toks[k].cue or toks[k].text in QUOTE_MARKS for k in range(after, last + 1)
    )
