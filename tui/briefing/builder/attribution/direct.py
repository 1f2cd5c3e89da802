"""Direct quotes and who introduced them: '"…," Esper said', 'Esper said: "…"', '"…" ― Ann Lee'."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import StatementKind
from ..draft import Draft
from ..lexicon import lexicon, words
from ..mentions import Phrase, phrase_after, phrase_before, phrase_from_words
from ..quotes import Quote
from ..tokens import PAST_VERB, Tok, token_at
from .clauses import before_relative, clause_start, ends_clause
from .content import only_a_name
from .cues import (
    cue_is_noun,
    cue_mention,
    cue_of_a_deed,
    is_cue,
    is_strong_cue,
    only_adjuncts,
    skip_adjuncts,
    skip_back,
    skip_object,
)
from .sentence import DASHES, Sentence
from .subjects import name_set_off_after, opening_subject, plain_subject, relative_set_off

#: how far (in tokens) a cue may stand from the quote it introduces or closes
TRAILER_REACH = 40
LEAD_REACH = 10

#: (speaker phrase, cue index, draft to inherit from, token where the quote may resume)
Found = tuple[Phrase | None, int, Draft | None, int | None]


def direct(sent: Sentence, quotes: list[Quote], qi: int, used_cues: set[int]) -> Draft | None:
    """The statement of ``quotes[qi]``, which closes in ``sent``, if a cue introduces it."""
    text, toks, quoted = sent.text, sent.toks, sent.quoted
    quote = quotes[qi]
    after = token_at(toks, quote.close)
    stop = after
    while stop < len(toks) and not quoted[stop] and stop - after < TRAILER_REACH:
        stop += 1
    at = token_at(toks, quote.open)
    # a description before the name only after a quote that opens its sentence ('“criminals”
    # and “rapists”, actress Ann Lee wrote a blog' quotes no one)
    opens_sentence = at <= sent.first or quoted[at - 1]
    found = (
        _trailer(text, toks, after, stop, described=opens_sentence)
        if _opens_quote(toks, quoted, quote)
        else None
    )
    if found is None and not _scare_quoted_modifier(text, quote):
        found = _lead(sent, quote)
    if found is None:
        return None
    phrase, cue_index, inherit, resume = found
    used_cues.add(cue_index)
    draft = Draft(
        StatementKind.DIRECT,
        [quote.inner],
        cue_mention(text, toks, cue_index),
        phrase,
        inherit,
        uses={qi},
        follows_previous=phrase is None and inherit is None,
    )
    # "…," he said, "…": the second half belongs to the same statement.
    nxt = qi + 1
    if (
        resume is not None
        and nxt < len(quotes)
        and resume < len(toks)
        and toks[resume].text == ","
        and resume + 1 < len(toks)
        and toks[resume + 1].start == quotes[nxt].open
    ):
        draft.spans.append(quotes[nxt].inner)
        draft.uses.add(nxt)
    return draft


#: a lower-case word right after a quote's closing mark: what the quote describes
_WORD_AFTER = re.compile(r"[”’\"']?\s+([a-z][\w-]*)\b")


def _scare_quoted_modifier(text: str, quote: Quote) -> bool:
    """ "denied ‘fake’ claims", "called out ‘so-called’ experts": a word or two in quote marks
    that describe the noun after them are the writer's, not words anyone is reported saying."""
    inner = text[quote.inner[0] : quote.inner[1]]
    if len(inner.split()) > 2 or not inner[:1].islower() or inner.rstrip()[-1:] in ".,!?":
        return False
    after = _WORD_AFTER.match(text, quote.close)
    lex = lexicon()
    return (
        after is not None
        and after.group(1) not in lex.function_words
        and after.group(1) not in words().coordinators
    )


def _opens_quote(toks: list[Tok], quoted: list[bool], quote: Quote) -> bool:
    """'"…," X said' needs the quote to open its clause: 'on “Fox News Sunday,” Pence said' no."""
    at = token_at(toks, quote.open)
    if at == 0 or quoted[at - 1]:
        return True
    prev = toks[at - 1]
    return prev.text in ",;:.!?—–-―(" or prev.cue or prev.lower in words().clause_openers


def _trailer(
    text: str, toks: list[Tok], after: int, stop: int, described: bool = True
) -> Found | None:
    """'…," Esper said' / '…," read the letter' / '…," US Army General Mark Milley, …, told'."""
    lex = lexicon()
    first = after
    if first < stop and toks[first].text in DASHES:
        # '"…" ― Carla Sanchez.': a signature after the quote.
        phrase = phrase_after(text, toks, first + 1, stop, apposition=False)
        rest = text[phrase.span[1] : toks[stop - 1].end] if phrase else "x"
        if phrase is not None and not rest.strip(" .,"):
            return phrase, first, None, None
    if first < stop and toks[first].text in ",:—–-":
        first += 1
    elif not _ends_in_punctuation(text, toks, after):
        # '"scare quote" suggests that …' is no attribution: '"…," he said' has its comma.
        return None
    if first >= stop:
        return None
    if first == after:
        unlisted = _unlisted_verb_trailer(text, toks, first, stop)
        if unlisted is not None:
            return unlisted
    if is_cue(toks[first]):
        if lex.cue_lemma[toks[first].text] in lex.cue_takes_object:
            return None  # '"…," told The Post': the Post is who listened
        phrase = phrase_after(text, toks, first + 1, stop) or _plain_noun_after(
            text, toks, first + 1, stop
        )
        if phrase is not None:
            return phrase, first, None, token_at(toks, phrase.span[1])
        return None
    for c in range(first + 1, stop):
        tok = toks[c]
        if tok.text in ";!?" or (tok.text == "." and ends_clause(toks, c)):
            return None
        if not is_cue(tok) or (c + 1 < stop and toks[c - 1].lower in ("the", "a", "an")):
            continue  # '"…," the report said': "report" is the speaker's noun here
        if (
            c + 1 < stop
            and tok.lower.endswith("ing")
            and toks[c - 1].text == ","
            and toks[c + 1].text == ","
        ):
            continue  # '"…," Jo Roe, defending, said': a court role set off by commas
        quoted_one = _quoted_person(text, toks, first, c)
        if quoted_one is not None:
            return quoted_one, c, None, c + 1
        last = skip_back(toks, c - 1, first)
        named = phrase = phrase_before(text, toks, last, first)
        if phrase is None or phrase.span[0] != toks[first].start:
            # '"…," one GOP source in the room said'
            phrase = plain_subject(text, toks[first : last + 1], between=True)
        if phrase is None and named is not None and described:
            phrase = _described_name(text, toks, first, named)
        if phrase is None and toks[c - 1].text == ",":
            # '"…," author Lu Pag, a scientist at X in Greenbelt, Maryland, and Y, said': an
            # apposition too long or too full of commas to read back; the name opens it
            named = phrase_after(text, toks, first, c, apposition=False)
            # '"…," his wife, Jane Doe, said', '"…," the assailant, John McGraw, told': the
            # name set off right before the cue after whom it describes
            owned = relative_set_off(text, toks, first, c, articles=True)
            if owned is not None and token_at(toks, owned.span[1]) == c - 1:
                phrase = owned
            elif named is not None and named.form == "name" and _comma_after(text, named):
                phrase = named
            elif named is not None:
                # '"…," the Vatican spokesman, Federico Lombardi, told …': the name set
                # off after the description, its comma right before the cue
                person = name_set_off_after(text, toks, named, c)
                if person is not None and token_at(toks, person.span[1]) == c - 1:
                    phrase = person
        if phrase is None:
            return None
        resume = c + 1
        if lex.cue_lemma[tok.text] in lex.cue_takes_object:
            resume = token_at(toks, skip_object(text, toks[c].end))
        return phrase, c, None, resume
    return None


def _unlisted_verb_trailer(text: str, toks: list[Tok], first: int, stop: int) -> Found | None:
    """'“Would it be negotiable?” Hannity pressed.', '“No,” she snapped.': a quote closing on
    its own comma, question or exclamation mark, then a name or a pronoun and one past-tense
    verb that ends the sentence, is what that speaker said, whatever the verb; the
    punctuation inside the quote marks is what says it is speech ('“Up,” Pixar released in
    2009' goes on past its verb and is left alone)."""
    if not _ends_in_punctuation(text, toks, first):
        return None
    quoted = text[: toks[first - 1].start].rstrip("'\"”’ ")
    opened = max(quoted.rfind(mark) for mark in "“\"‘'")
    if not quoted.endswith(("?", "!")) and len(quoted[opened + 1 :].split()) < 2:
        return None  # '“Thriller,” Jackson recorded': a title, not words anyone said
    for c in range(first + 1, min(stop, first + 5)):
        tok = toks[c]
        if not PAST_VERB.fullmatch(tok.text) or is_cue(tok):
            continue
        if c + 1 < len(toks) and toks[c + 1].text not in ".,;":
            return None
        phrase = phrase_before(text, toks, c - 1, first)
        if (
            phrase is None
            or phrase.span[0] != toks[first].start
            or phrase.form not in ("name", "pronoun")
        ):
            return None
        return phrase, c, None, c + 1
    return None


def _plain_noun_after(text: str, toks: list[Tok], first: int, stop: int) -> Phrase | None:
    """'"…," said the teacher.', '"…," said the designer, who …': an article and a noun or
    two that the word lists do not know, then the sentence's end or a comma: the one who
    said it."""
    if first >= stop or toks[first].lower not in ("the", "a", "an", "one", "another"):
        return None
    w, function = words(), lexicon().function_words
    k = first + 1
    while (
        k < stop
        and k - first <= 3
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].lower not in function
        and toks[k].lower not in w.time_words
        and not is_cue(toks[k])
    ):
        k += 1
    if k == first + 1 or (k < len(toks) and toks[k].text not in ".,;"):
        return None
    return phrase_from_words(text, toks[first:k], "nominal")


def _described_name(text: str, toks: list[Tok], first: int, named: Phrase) -> Phrase | None:
    """'"…," former Bush speechwriter Noam Neusner wrote': a name after a short description
    the title list does not hold; the description is the name's role."""
    if named.form != "name" or named.role:
        return None
    k = token_at(toks, named.span[0])
    words_before = toks[first:k]
    function = lexicon().function_words
    if not 1 <= len(words_before) <= 6 or not words_before[-1].text.isalpha():
        return None
    w = words()
    # '"…," his nephew Michery Soheil added': a relation of someone named before
    described = words_before[1:] if words_before[0].lower in w.possessive_pronouns else words_before
    if (
        not described
        or not words_before[-1].text.islower()
        or any(
            t.text in ',;:"“”'
            or t.lower in function
            or t.lower in w.determiners
            or is_cue(t)
            or (t.text.islower() and t.lower.endswith(("ed", "ing")))
            for t in described
        )
    ):
        return None  # '"…," the crowd and Ann Lee …', '"…," listed an NBC show'
    role = text[words_before[0].start : words_before[-1].end]
    span = (words_before[0].start, named.span[1])
    return replace(named, span=span, text=text[span[0] : span[1]], role=role)


def _quoted_person(text: str, toks: list[Tok], first: int, cue: int) -> Phrase | None:
    """'"…," Saudi daily Ajel quoted him as saying': the one quoted speaks (a pronoun for
    whoever was named before), not the paper that quoted him."""
    k = cue - 1
    if k > first and toks[k].lower == "as":
        k -= 1
    if k <= first:
        return None
    w = words()
    subject_of = w.object_pronoun_subjects
    if toks[k].lower in subject_of and toks[k - 1].lower in w.quoting_words:
        pronoun = subject_of[toks[k].lower]
        said = phrase_from_words(text, [toks[k]], "pronoun")
        return replace(said, name=pronoun, head=pronoun)
    # '"…," TVA Sports quoted Daly as saying': a name quoted
    quoting = next((q for q in range(first + 1, k) if toks[q].lower in w.quoting_words), None)
    if quoting is None:
        return None
    named = phrase_after(text, toks, quoting + 1, k + 1, apposition=False)
    if named is None or named.form != "name" or token_at(toks, named.span[1]) != k + 1:
        return None
    return named


def _comma_after(text: str, phrase: Phrase) -> bool:
    return text[phrase.span[1] : phrase.span[1] + 1] == ","


def _ends_in_punctuation(text: str, toks: list[Tok], after: int) -> bool:
    if after == 0:
        return False
    # (the mark's token, or the last word's where a straight mark is glued on: "passion.'")
    close = toks[after - 1].end
    # '…labels of ‘criminal,’”': a nested quote may close between the comma and the mark
    inside = text[max(0, close - 4) : close].rstrip("'\"”“’‘ ")
    return bool(inside) and inside[-1] in ",.?!…-—"


def _lead(sent: Sentence, quote: Quote) -> Found | None:
    """'Esper said, "…"' / 'She adds: "…"' / '…, adding: "…"'."""
    text, toks, quoted = sent.text, sent.toks, sent.quoted
    at = token_at(toks, quote.open)
    lo = at
    while lo > 0 and not quoted[lo - 1] and at - lo < LEAD_REACH:
        lo -= 1
    if at >= 1 and toks[at - 1].text in DASHES and at - 1 > 0 and toks[at - 2].text != ")":
        # "Jane Doe ― “…”": a name, a dash, then the quote (lists of voices);
        # "BRUSSELS (AP) — …" is a dateline, not a speaker
        dash = at - 1
        phrase = phrase_before(text, toks, dash - 1, 0)
        line_start = text.rfind("\n", 0, quote.open) + 1
        if phrase is not None and not text[line_start : phrase.span[0]].strip():
            return phrase, dash, None, None
    went_on = _went_on(text, toks, at)
    if went_on is not None:
        return went_on
    showing = words().showing_cues
    for c in range(at - 1, lo - 1, -1):
        if not is_cue(toks[c]) or _inside_adjunct(toks, c, lo):
            continue
        if lexicon().cue_lemma[toks[c].text] in showing:
            # 'the NBC show "The Biggest Loser"', 'the poll shows "a clear lead"': what is
            # shown is no one's words
            return None
        between = text[toks[c].end : quote.open]
        if not only_adjuncts(between, toks[c].text):
            return None
        if (
            lexicon().cue_lemma[toks[c].text] == "call"
            and not between.strip()
            and only_a_name(text, quote.inner)
        ):
            return None  # 'videos he calls "Consumer Advocate TV"': a thing named
        if not is_strong_cue(toks[c]) and text[quote.inner[0] : quote.inner[0] + 1].islower():
            return None  # "Adeli felt 'deep-seated remorse'": a phrase inside reported words
        if _object_then_clause(text, quote, toks[c].text):
            return None  # 'told MSNBC's "Morning Joe" on Friday that …': a title, not the words
        glued = (
            c > 0
            and toks[c].text.endswith("ing")
            and toks[c - 1].text != ","
            and _object_before(text, toks, c)
        )
        participle = glued or (c > 0 and toks[c].text.endswith("ing") and toks[c - 1].text == ",")
        if participle:
            # "Sen. Jo Roe was critical of the plan, telling the radio: “…”": the sentence's
            # subject, when no cue came before; else the speaker before ("Roe said …,
            # adding: “…”")
            # a quote of two sentences closes in the second: its lead opens the first
            opened = (
                replace(sent, first=_lead_sentence(toks, c)) if quote.open < sent.start else sent
            )
            strong = any(
                is_strong_cue(toks[k])
                and not cue_of_a_deed(toks, k)
                and not cue_is_noun(toks, k)  # "in a tweet"
                # "Clinton posted a Twitter comment of her own, saying, …": a verb that
                # issues the words the participle goes on to give
                and not (
                    not glued
                    and toks[k].lower in words().issuing_verbs
                    and k + 1 < c
                    and toks[k + 1].lower in words().determiners
                )
                # "… not paying an architect who said he was stiffed, saying, “…”": the
                # relative clause's speaker is not the one the participle goes on with
                and not (k > 0 and toks[k - 1].lower in ("who", "which"))
                for k in range(opened.first, c)
            )
            if strong:
                return None, c, None, None
            subject = opening_subject(opened, c - 1, people=not glued)
            if subject is None and glued:
                # "One fan reacted to the news writing: ‘…’": the clause's subject
                subject = _coordinated_subject(text, toks, opened.first, c)
            if subject is not None:
                return subject, c, None, None
            if glued:
                return None
            # else the phrase before the cue, as for any other cue ("The royal, who …,
            # introduced the audience …, saying: ‘…’")
        last = skip_back(toks, _issuing_verb(toks, c), 0)
        while last > 0 and toks[last].lower in words().focus_adverbs:
            last = skip_back(toks, last - 1, 0)  # 'Mary Roe still says, “…”'
        if last > 0 and last == c - 1 and toks[last].lower in words().gerund_verbs:
            last = skip_back(toks, last - 1, 0)  # 'the crowd … begins yelling “…”'
        start = clause_start(toks, quoted, last)
        phrase = phrase_before(text, toks, last, start) or before_relative(text, toks, last, start)
        if phrase is None and last > start and toks[last].lower in words().coordinators:
            phrase = _coordinated_subject(text, toks, start, last)
        if phrase is not None:
            return phrase, c, None, None
        if participle:
            return None, c, None, None  # the speaker of the statement before
        return None
    return None


def _object_before(text: str, toks: list[Tok], cue: int) -> bool:
    """ "Jo Roe made light of the row writing: ‘…’", "Jo Roe mocked the plan writing: ‘…’":
    the phrase before a participle with no comma is the object of a preposition or a verb,
    not the one who writes."""
    phrase = phrase_before(text, toks, cue - 1, 0)
    if phrase is None or phrase.form == "name":
        return False
    at = token_at(toks, phrase.span[0])
    if at == 0:
        return False
    before = toks[at - 1]
    return before.text.islower() and (
        # "with one fan writing: ‘…’": the fan writes
        (before.lower in words().prepositions and before.lower not in ("with", "without"))
        or (before.lower.endswith("ed") and before.lower not in lexicon().cue_lemma)
    )


def _went_on(text: str, toks: list[Tok], at: int) -> Found | None:
    """ "He went on: '…'": a speaker who goes on speaking, before a colon and the quote."""
    if at < 4 or toks[at - 1].text != ":" or toks[at - 2].lower != "on":
        return None
    if toks[at - 3].lower not in words().go_on:
        return None
    phrase = phrase_before(text, toks, at - 4, 0)
    if phrase is None or token_at(toks, phrase.span[1]) != at - 3:
        return None
    return phrase, at - 3, None, None


def _lead_sentence(toks: list[Tok], cue: int) -> int:
    """The index of the first token of the sentence that holds ``toks[cue]``."""
    for k in range(cue - 1, 0, -1):
        if toks[k].text in (".", "!", "?") and ends_clause(toks, k):
            return k + 1
    return 0


def _inside_adjunct(toks: list[Tok], c: int, lo: int) -> bool:
    """ "Roe said in the report: “…”": a cue word after a preposition and a determiner is the
    noun of an adjunct; the verb before it introduces the quote."""
    w = words()
    return (
        c - 2 >= lo
        and toks[c - 1].lower in w.determiners
        and toks[c - 2].lower in w.prepositions
        and toks[c - 2].text.islower()
    )


def _coordinated_subject(text: str, toks: list[Tok], start: int, joint: int) -> Phrase | None:
    """ "Jo Roe smiled and said, “…”": the subject opening the clause, right before its own
    verb (a lower-case word), speaks; a description only if it can ("the mayor")."""
    w = words()
    comma = next((k for k in range(joint - 1, start - 1, -1) if toks[k].text == ","), None)
    start = start if comma is None else comma + 1  # "Once, when …, I laughed and said"
    while start < joint and toks[start].lower in w.clause_openers | w.subordinators:
        start += 1  # "Once I laughed and said": "Once" opens the clause, "I" is its subject
    phrase = phrase_after(text, toks, start, joint, apposition=False)
    if phrase is None:
        return None
    verb = token_at(toks, phrase.span[1])
    if verb >= joint or not toks[verb].text.islower() or toks[verb].lower in w.coordinators:
        return None
    lex = lexicon()
    if phrase.form == "nominal" and not (
        phrase.head in lex.nominal_heads or phrase.head in lex.titles
    ):
        return None
    return phrase


def _issuing_verb(toks: list[Tok], cue: int) -> int:
    """'Sanders made the following comment: "…"', 'the firm issued a statement: "…"': the
    cue word is the object of a verb whose subject speaks; the index to read the speaker
    back from (the token before the cue when there is no such verb)."""
    w = words()
    k = cue - 1
    while k > 0 and cue - k <= 3 and toks[k].text.isalpha() and toks[k].text.islower():
        if toks[k].lower in w.coordinators:
            break  # "resigned from her post and said": "said" is a verb of its own
        if toks[k].lower in w.issuing_verbs and k < cue - 1:
            return k - 1
        k -= 1
    return cue - 1


def _object_then_clause(text: str, quote: Quote, cue: str) -> bool:
    """True if "that" (after adjuncts such as "on Friday") follows a short capitalised quote:
    the quoted words name whom the cue addressed ('told "Morning Joe" that …'), the report
    comes after."""
    words_inside = text[quote.inner[0] : quote.inner[1]].split()
    if not words_inside or len(words_inside) > 6 or not words_inside[0][0].isupper():
        return False  # 'told the crowd 'it makes me sick' that …': her words, then more
    after = skip_adjuncts(text, quote.close, "")
    line_end = text.find("\n", after)
    rest = text[after : line_end if line_end >= 0 else len(text)].lstrip()
    return rest.startswith("that ")
