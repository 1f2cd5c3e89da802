"""Reported speech: "Esper said the US would stay", "…, adding that …", "The story was
reported by The Post", "Acts of protest, Mr. Obama said, are acts of patriotism"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...model import Span, StatementKind, join_spans
from ..draft import Draft
from ..lexicon import lexicon, words
from ..mentions import (
    RELATIVE_PRONOUNS,
    Phrase,
    phrase_after,
    phrase_before,
    phrase_from_words,
    with_postmodifier,
)
from ..quotes import word_count
from ..tokens import Tok, token_at
from .clauses import (
    before_relative,
    chained,
    clause_breaks,
    clause_start,
    opens_clause,
    without_dashed_aside,
)
from .content import CITING_THAT, content_after, only_a_time
from .cues import (
    CONTACT_PRONOUNS,
    after_dateline,
    cue_is_noun,
    cue_mention,
    hypothetical,
    is_cue,
    is_passive,
    is_strong_cue,
    negated,
    skip_adjuncts,
    skip_back,
)
from .noun_cues import according_to, nominal_cue, quoted_comma_before
from .sentence import MIN_REPORTED_WORDS, QUOTE_MARKS, Sentence, trim
from .subjects import name_set_off_after, source_run, whole_subject
from .trailing import trailing_attribution

#: ", but " right before another statement's source
_COORDINATED_SOURCE = re.compile(r",\s+(?:but|and|while|yet)\s+\Z")
_REPORT_SUBORDINATOR = re.compile(
    r"\b(?:after|before|as|while|because|since|when|amid)\b", re.IGNORECASE
)


def reported(sent: Sentence, used_cues: set[int], drafts: list[Draft]) -> list[Draft]:
    """The reported statements of ``sent``; ``drafts`` are its direct quotes, found first."""
    text, toks, quoted, first = sent.text, sent.toks, sent.quoted, sent.first
    found: list[Draft] = []
    n = len(toks)
    if first >= n:
        return found
    sent.stops = _stops(sent, drafts)
    trailing = sent.trailing = trailing_attribution(text, toks[first:], quoted[first:])
    mid = trailing is None
    if mid:
        trailing = _trailing_before_contrast(sent)
    if trailing is not None:
        sent.stops.append(trailing[0])
    nominal_cues = lexicon().nominal_cues
    for i in range(first, n):
        tok = toks[i]
        if quoted[i] or i in used_cues:
            continue
        if tok.lower == "according" and i + 1 < n and toks[i + 1].lower == "to":
            draft = according_to(sent, i)
            if (
                draft is not None
                and not _holds_a_direct_quote(text, draft, drafts)
                and not _quote_already_said(sent, i, drafts + found)
            ):
                found.append(draft)
            continue
        if tok.lower in nominal_cues and i + 1 < n and toks[i + 1].lower == "that":
            draft = nominal_cue(sent, i)
            if draft is not None:
                found.append(draft)
                continue
        if is_cue(tok):
            draft = _verb_cue(sent, i, drafts, found)
            if draft is not None:
                # "Marvin Roffman learned that in 1990 after he …", "which votes Feb. 27":
                # only when, nothing said; the source still counts for the "he" after it.
                draft.heard_only = only_a_time(join_spans(text, draft.spans))
                if hypothetical(toks, first, skip_back(toks, i - 1, first), reach=8):
                    # "only if a licensed child welfare worker concludes …": nobody has
                    # concluded yet; the worker still counts for the "she" after it
                    draft.heard_only = True
                found.append(draft)
    for draft in found:
        _on_to_quote_close(sent, draft)
    for later in found:
        if later.phrase is not None:
            _end_before_coordinated_report(text, found, later.phrase.span[0])
    # Reported speech nested in the content ("A told B that C, the source added") stays.
    if trailing is not None and not any(d.start < trailing[0] for d in drafts):
        cut, phrase, cue_index = trailing
        at = toks[first + cue_index].start
        if any(
            d.cue is not None
            and d.cue.span[0] == at
            and d.phrase is not None
            and d.phrase.span[0] == phrase.span[0]
            and d.start > at
            for d in found
        ):
            return found  # "And, says Dr Ann Lee, the risk is real": read as an opening
        if mid and any(d.cue is not None and d.cue.span[0] == at for d in found):
            return found  # "The economy is growing, the minister said, but …": read whole
        # ("Nov 5 (Reuters) - A fire broke out …, a security source said": not the dateline)
        opening = toks[after_dateline(toks, first)].start if first < n else toks[first].start
        content = trim(text, _after_last_colon(text, opening, cut), cut)
        if content is not None and _only_a_subordinate_clause(text, content):
            content = None  # "When Rubio spoke, a man yelled.": when he spoke is no one's words
        moved = _past_opening_report(text, content, found)
        if moved == content and phrase.form == "pronoun" and _opens_with_report(content, found):
            # "Kuhar said the zoo had received …, he told NewsNet5": the same words told to
            # someone, already Kuhar's statement; not "he" saying that Kuhar said them
            moved = None
        if moved is not None and not _inside_direct(sent, moved, drafts):
            if moved != content:
                _end_before_subordinate_report(text, found, moved[0])
            resumed = _resumed_after_source(sent, phrase) if moved == content else None
            found.append(
                Draft(
                    StatementKind.REPORTED,
                    [moved] if resumed is None else [moved, resumed],
                    cue_mention(text, toks[first:], cue_index),
                    phrase,
                )
            )
    return found


def _resumed_after_source(sent: Sentence, phrase: Phrase) -> Span | None:
    """ "This, say experts, is where some people go wrong": the sentence goes on after the
    inverted source with its verb, and what follows is the rest of what they say."""
    text, toks = sent.text, sent.toks
    comma = token_at(toks, phrase.span[1])
    if comma + 1 >= len(toks) or toks[comma].text != ",":
        return None
    if toks[comma + 1].lower not in words().finite_verbs:
        return None
    return trim(text, toks[comma + 1].start, sent.limit(toks[comma + 1].start))


def _on_to_quote_close(sent: Sentence, draft: Draft) -> None:
    """Content that runs to its sentence's end inside a quotation goes on to where the
    quotation closes: 'said ethanol makers “do a fantastic job. And it's so important.”' is
    one statement, not a cut at "job"."""
    if len(draft.spans) != 1:
        return
    start, end = draft.spans[0]
    if sent.end - end > 2:
        return  # cut by another attribution or a clause break, not by the sentence's end
    for quote in sent.quotes:
        if start <= quote.open < end and quote.close > sent.end and quote.inner[1] > end:
            draft.spans[0] = (start, quote.inner[1])
            return


#: a colon that opens a new clause: "… of the West: Snow that fills the river is lagging"
_CLAUSE_COLON = re.compile(r":\s+(?=[A-Z])")


def _after_last_colon(text: str, start: int, end: int) -> int:
    """Where what a trailing cue reports starts: past the last colon before a capital ("…
    from the mountains of the West: Snow that fills the river is lagging, too, officials
    said"), when no quote mark stands between; else ``start``."""
    colons = list(_CLAUSE_COLON.finditer(text, start, end))
    if not colons:
        return start
    after = colons[-1].end()
    if any(mark in text[start:after] for mark in '"“”'):
        return start
    return after


def _stops(sent: Sentence, drafts: list[Draft]) -> list[int]:
    """Cut points: content of one statement stops where another attribution starts."""
    stops: list[int] = [d.start for d in drafts if d.kind is StatementKind.DIRECT]
    for d in drafts:
        for s, _ in d.spans:
            q = next((q for q in sent.quotes if q.inner[0] == s), None)
            if q is not None:
                stops.append(q.open)
    stops.extend(clause_breaks(sent))
    toks = sent.toks
    for k in range(sent.first + 1, len(toks) - 1):
        if toks[k].lower != "according" or toks[k + 1].lower != "to":
            continue
        if toks[k - 1].text == ",":
            # "Graves says the Gavers attacked, according to AZ Central": the outlet is no
            # part of what Graves said
            stops.append(toks[k - 1].start)
        elif quoted_comma_before(toks, k, sent.first):
            stops.append(toks[k - 1].end)  # "… the teams 'useless,' according to …"
    return stops


def _verb_cue(sent: Sentence, i: int, drafts: list[Draft], found: list[Draft]) -> Draft | None:
    """The statement a reporting verb at ``toks[i]`` makes, if it makes one."""
    text, toks, first = sent.text, sent.toks, sent.first
    w = words()
    n = len(toks)
    tok = toks[i]
    lemma = lexicon().cue_lemma.get(tok.text)
    cue = cue_mention(text, toks, i)
    earlier = [d for d in drafts + found if d.start < tok.start]
    last = skip_back(toks, i - 1, first)
    if negated(toks[last + 1 : i]):
        return None  # "Esper never said the troops would leave": he did not say it
    if hypothetical(toks, first, last):
        return None  # "if Holt asks him about his tax returns": nobody has asked yet
    if any(t.lower in w.speculative for t in toks[last + 1 : i]) or _speculated(toks, i, first):
        return None  # "Some fans might say …", "leaders may still believe": nobody has said
    if i > 0 and toks[i - 1].lower == "having":
        return None  # "Having said that, …": a turn of phrase, nobody's statement
    if i > 0 and toks[i - 1].lower in w.passive_adverbs:
        return None  # "the driver widely considered the leader": said of him, not by him
    if (
        tok.lower.endswith("ed")
        and i + 1 < n
        and toks[i + 1].lower in w.be_forms | {"has", "have", "had"}
    ):
        return None  # "the number of infestations reported has shot up": said of, not by
    if (
        lemma in w.going_on_cues
        and i + 1 < n
        and toks[i + 1].text.islower()
        and toks[i + 1].lower not in w.object_openers
        and toks[i + 1].lower != "to"  # "continue to warn that …"
        and not toks[i + 1].lower.endswith("ing")  # "continue hammering at …"
        and not _clause_follows(toks, i)
    ):
        # "the ousting of saturated fat has continued unabated": it went on ("continued his
        # remarks" still says who goes on speaking)
        return None
    if i + 1 < n and toks[i + 1].lower in w.verdicts:
        return None  # "a minor also found guilty": a verdict, not a finding anyone reported
    if _names_a_thing(toks, i, first) is not None:
        return None  # "a news site called Wattan.TV is reporting …": what it is called
    if (
        lemma in w.source_naming_cues
        and n >= 2
        and toks[n - 1 if toks[n - 1].text not in ".!?" else n - 2].lower == "saying"
        and sent.trailing is not None
    ):
        return None  # "…, CNBC cited sources as saying.": CNBC's is the clause before
    issuer = _issuer(sent, i)
    if issuer is not None:
        content = content_after(sent, i)
        if content is None:
            return None
        return Draft(StatementKind.REPORTED, without_dashed_aside(text, content), cue, issuer)
    # ", adding (that) …" and "… and said …": the speaker of the statement before.
    # ", even suggesting …", "— lambasting …": an adverb may stand between the break and
    # the participle
    continues = chained(toks, i, first)
    # ("by saying", "after insisting": chained to the clause by a preposition, not a comma)
    after_preposition = i > 0 and toks[i - 1].lower in w.chain_prepositions
    if (
        continues
        and lemma in w.source_naming_cues
        and not _clause_follows(toks, i, to_comma=True)
        and _names_a_source(toks, i + 1)
    ):
        # "…, the Journal said, citing a person with knowledge of the matter": whom the
        # words came from, not words ("citing a threat to public health" gives a reason)
        return None
    if continues and after_preposition and not (is_strong_cue(tok) and _clause_follows(toks, i)):
        # "by touting his Iowa results", "by blasting Trump for his supposed lies": a deed
        return None
    coordinated = last > first and toks[last].lower in w.coordinators
    if continues and after_preposition:
        # "Jones responded by saying the vote was rigged": one statement, of what was said
        wider = next((d for d in found if d.spans[0][0] == tok.start), None)
        content = content_after(sent, i) if wider is not None else None
        if wider is not None and content is not None:
            wider.spans = [content]
            return None
    if earlier and (coordinated or continues):
        content = content_after(sent, i)
        if content is None:
            return None
        # the clause's subject names this speaker too ("Esper said, adding …")
        before = _outermost(earlier)
        if after_preposition:
            start, end = before.spans[-1]
            since = before.cue.span[1] if before.cue is not None else start
            if any(t.lower in w.coordinators for t in toks[:i] if t.start >= since):
                # "Gallagher said …, and then Bloom upped the ante by claiming …": a new
                # clause, with a subject of its own
                return None
            if start < tok.start < end:
                # "Trump told reporters he was fine, before insisting …": two statements
                cut = trim(text, start, toks[i - 1].start)
                if cut is None:
                    return None
                before.spans[-1] = cut
        if coordinated and _tense_shift(toks, before, i):
            # "Police say he posed a threat and refused to drop the gun": a past verb after
            # a present cue goes on with the reported clause, whose subject refused
            start, end = before.spans[-1]
            if start < end and not text[end : toks[i - 1].start].strip(" ,"):
                before.spans[-1] = (start, max(end, content[1]))
                return None
        return Draft(
            StatementKind.REPORTED,
            without_dashed_aside(text, content),
            cue,
            before.phrase,
            before,
        )
    if coordinated or (continues and not earlier):
        # "Trump has used the phrase … and criticized Obama": the sentence's subject.
        start = after_dateline(toks, first)
        subject = phrase_after(text, toks, start, last, apposition=False)
        opening = _past_opening_adjunct(toks, start, last)
        if opening != start and (
            subject is None
            or subject.form == "nominal"
            or toks[start].lower.endswith("ing")
            or toks[start].lower in w.subordinators
        ):
            start = opening  # "In August, several groups granted …, saying …"
            subject = phrase_after(text, toks, start, last, apposition=False)
        if subject is not None and subject.form == "nominal":
            # "Another tool, TwitterAudit.com, sampled … and found …": the name set off after
            subject = name_set_off_after(text, toks, subject, last) or subject
        if subject is None:
            # "A woman started a petition, arguing …": a person no speaker phrase names
            doer = _nominal_doer(text, toks, start, last)
            # ("Smith resigned on Monday, saying …": a name before its deed)
            # ("Leaders met on Friday, offering …": a deed, not words)
            named = doer is not None and doer.form == "name" and is_strong_cue(tok)
            person = doer is not None and (named or doer.head in lexicon().gender)
            subject = doer if person else None
        elif subject.form == "nominal" or _holds_a_deed(toks, subject):
            # "groups granted Mr. Clarke an extension": the doer before the verb, not its object
            subject = _nominal_doer(text, toks, start, last)
        content = content_after(sent, i)
        if subject is not None and content is not None:
            return Draft(StatementKind.REPORTED, [content], cue, subject)
        return None
    if last < first or cue_is_noun(toks, i):
        return None
    passive = _passive(sent, i)
    if passive is not None:
        return passive
    if is_passive(toks, i, first):
        return None  # "it was not mentioned": the subject said nothing
    set_off = _inverted_opening(sent, i)
    if set_off is not None:
        return set_off
    phrase = _subject(sent, last, relative=is_strong_cue(tok))
    if phrase is None or _adjective_alone(phrase):
        # ("The anonymous note between office colleagues …": "note" is the noun)
        return None
    at = token_at(toks, phrase.span[0])
    if (
        at > first
        and toks[at - 1].lower == "whom"
        and not (at - 2 >= first and toks[at - 2].lower in w.prepositions)  # "for whom"
    ):
        return None  # "Sotloff, whom the Islamic State threatened in the video": he is its object
    if (
        i + 1 < n
        and toks[i + 1].lower == "to"
        and any(word.lower() in w.image_nouns for word in phrase.text.split()[:3])
    ):
        return None  # "Video released Tuesday claims to show …": what it purports to show
    if tok.text.endswith("ing") and last == i - 1 and phrase.form == "nominal":
        return None  # "taxpayers reporting gains": a participle describing, not a cue
    if tok.text.endswith("ing") and last == i - 1 and _modifies_subject_noun(toks, i):
        return None  # "One Napa County reporting station hasn't seen …": part of the subject
    if not is_strong_cue(tok) and any(
        s <= tok.start < e for d in drafts + found for s, e in d.spans
    ):
        return None  # "she said she thinks …": one statement, not two
    inserted = _parenthetical(sent, i, phrase)
    if inserted is not None:
        return Draft(StatementKind.REPORTED, inserted, cue, phrase)
    # "Polls show a close race", "the survey found widespread fraud": a finding needs no "that"
    # ("A new analysis of super PACs shows …": the head is the word before "of")
    finding = phrase.head.lower() in w.finding_sources or (
        " of " in phrase.text
        and phrase.text.split(" of ", 1)[0].split()[-1].lower() in w.finding_sources
    )
    vouched = _as_source_put_it(sent, i, phrase)
    if vouched is not None:
        return Draft(StatementKind.REPORTED, without_dashed_aside(text, vouched), cue, phrase)
    content = content_after(sent, i, finding=finding)
    if content is None:
        return None
    if phrase.antecedent is not None:
        # "the government, which has denied any role, said …": the clause ends at a comma
        comma = text.find(",", content[0], content[1])
        content = trim(text, content[0], comma) if comma > 0 else content
        if content is None:
            return None
    return Draft(StatementKind.REPORTED, without_dashed_aside(text, content), cue, phrase)


def _inverted_opening(sent: Sentence, i: int) -> Draft | None:
    """ "But, claims the article, Bruno's new publicist has confirmed …": the sentence opens
    on the cue and its source set off by commas; what follows them is what was said."""
    text, toks = sent.text, sent.toks
    k = after_dateline(toks, sent.first)
    while k < i and (toks[k].lower in words().coordinators or toks[k].text == ","):
        k += 1
    if k != i or i == sent.first or toks[i - 1].text != "," or not is_strong_cue(toks[i]):
        return None
    phrase = phrase_after(text, toks, i + 1, len(toks), apposition=False)
    if phrase is None or phrase.form == "pronoun":
        return None
    comma = token_at(toks, phrase.span[1])
    if comma >= len(toks) - 2 or toks[comma].text != ",":
        return None
    content = trim(text, toks[comma].end, sent.limit(toks[comma].end))
    if content is None or word_count(text, content) < MIN_REPORTED_WORDS:
        return None
    return Draft(StatementKind.REPORTED, [content], cue_mention(text, toks, i), phrase)


def _as_source_put_it(sent: Sentence, i: int, phrase: Phrase) -> Span | None:
    """ "As the Independent noted, the ship has been adrift for weeks": the sentence opens on
    "As", the source and its cue, and the main clause after the comma is what it said."""
    text, toks = sent.text, sent.toks
    at = token_at(toks, phrase.span[0])
    opener = after_dateline(toks, sent.first)
    if at - 1 != opener or toks[opener].lower != "as" or not is_strong_cue(toks[i]):
        return None  # ("As we know, …": no one vouching)
    if lexicon().cue_lemma[toks[i].text] in words().going_on_cues:
        return None  # "As the mayhem continued, …"
    gap = toks[token_at(toks, phrase.span[1]) : i]
    if any(t.lower not in _BEFORE_A_PAST and not t.lower.endswith("ly") for t in gap):
        return None  # "As the crowd began to chant, …": a deed, no one vouching
    comma = next((k for k in range(i + 1, min(i + 6, len(toks))) if toks[k].text == ","), None)
    if comma is None:
        return None
    between = text[toks[i].end : toks[comma].start].strip()
    phrasal = (lexicon().cue_lemma[toks[i].text], between.lower()) in lexicon().phrasal
    if between and not phrasal and lexicon().adjuncts.fullmatch(between) is None:
        # ("As this blog points out, …": the cue's own particle)
        return None  # "As he spoke about how …,": the cue's own object, no main clause yet
    return trim(text, toks[comma].end, sent.limit(toks[comma].end))


def _modifies_subject_noun(toks: list[Tok], i: int) -> bool:
    """ "a Napa County reporting station hasn't seen rain": the "-ing" cue word and the noun
    after it are the subject of the verb that follows them."""
    if i + 2 >= len(toks):
        return False
    noun, verb = toks[i + 1], toks[i + 2]
    lex = lexicon()
    finite = verb.lower.replace("’", "'").removesuffix("n't")
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and noun.lower not in lex.function_words
        and noun.lower not in words().determiners
        and noun.lower not in lex.cue_lemma
        and (
            finite in words().finite_verbs
            or verb.text in words().irregular_pasts
            or (verb.text.islower() and verb.text.endswith("ed"))
        )
    )


def _past_opening_adjunct(toks: list[Tok], start: int, last: int) -> int:
    """ "In August, …", "On Monday night, …": where the subject starts after a short opening
    phrase of time (``start`` when there is none)."""
    w = words()
    opener = toks[start]
    if opener.lower in w.subordinators and not any(
        t.text == "," for t in toks[start + 1 : last + 1]
    ):
        return start + 1  # "When Rubio thanked Miami and said …": the clause's own subject
    if opener.lower.endswith("ing") and opener.text[:1].isupper():
        # "Walking to the next address, Ann Lee reminisced …": a participle's phrase
        comma = next(
            (k for k in range(start + 1, min(start + 10, last)) if toks[k].text == ","), None
        )
        return comma + 1 if comma is not None else start
    if opener.lower not in w.time_leads:  # not "Of the two, only Steyer …, but expect …"
        return start
    comma = next((k for k in range(start + 1, min(start + 6, last)) if toks[k].text == ","), None)
    return comma + 1 if comma is not None else start


#: how far before that comma the mid-sentence source's cue may stand
_MID_SOURCE_REACH = 8


def _trailing_before_contrast(sent: Sentence) -> tuple[int, Phrase, int] | None:
    """ "Steel bands could start at $500, says French blog iGen.fr, while gold ones …": a
    source that closes the sentence's first clause, before a comma and a contrast."""
    text, toks, quoted, first = sent.text, sent.toks, sent.quoted, sent.first
    openers = words().contrast_openers
    for k in range(first + 4, len(toks) - 1):
        if toks[k].text != "," or quoted[k] or toks[k + 1].lower not in openers:
            continue
        found = trailing_attribution(text, toks[first:k], quoted[first:k])
        if found is not None and first + found[2] >= k - _MID_SOURCE_REACH:
            return found
        return None  # only the first such comma: later ones close clauses of the second
    return None


def _names_a_source(toks: list[Tok], at: int) -> bool:
    """Whether the words from ``toks[at]`` open with one who speaks ("a person with knowledge
    of …", "sources", "two officials", "internal documents"): a speaking noun among the first
    four words, before any punctuation."""
    heads = lexicon().nominal_heads
    for k in range(at, min(len(toks), at + 4)):
        if not toks[k].text[0].isalnum():
            return False
        word = toks[k].lower
        if word in heads or word.removesuffix("s") in heads:
            # ("citing the release of political prisoners": an event)
            return not (k + 1 < len(toks) and toks[k + 1].lower == "of")
    return False


#: how many words after a cue a clause's verb may stand ("saying the U.S. should …")
CLAUSE_VERB_REACH = 8


def _clause_follows(toks: list[Tok], i: int, *, to_comma: bool = False) -> bool:
    """ "by saying that …", "before insisting he had …": the cue at ``i`` reports a clause
    (a complement opener, or a finite or past verb soon after it), not a thing; ``to_comma``:
    only before the next comma ("citing internal documents, reported that …")."""
    w = words()
    after = toks[i + 1 : i + 1 + CLAUSE_VERB_REACH]
    if to_comma:
        after = after[: next((k for k, t in enumerate(after) if t.text == ","), len(after))]
    if after and after[0].lower in w.complement_openers:
        return True
    # ("against moving too far to the left": a past form after "the" is a noun)
    nouns_follow = w.determiners | w.prepositions | w.object_openers
    return any(
        t.lower in w.finite_verbs
        or (_past_verb(t) and k > 0 and after[k - 1].lower not in nouns_follow)
        for k, t in enumerate(after)
    )


#: endings of adjectives, which head no speaker ("the anonymous", "the hilarious"); "-ive"
#: and "-ful" only after a hyphen ("the passive-aggressive"), as "the missive" speaks
_ADJECTIVE_ENDINGS = ("ous",)
_COMPOUND_ADJECTIVE_ENDINGS = ("ive", "ful", "less", "ous")


def _adjective_alone(phrase: Phrase) -> bool:
    """A description of one or two words whose last is an adjective: what follows it is its
    noun ("The hilarious note war winds up …"), not a verb of speech."""
    head = phrase.head.lower()
    return (
        phrase.form == "nominal"
        and len(phrase.text.split()) <= 2
        and (
            head.endswith(_ADJECTIVE_ENDINGS)
            or ("-" in head and head.endswith(_COMPOUND_ADJECTIVE_ENDINGS))
        )
        and head not in lexicon().nominal_heads
    )


def _past_verb(tok: Tok) -> bool:
    return tok.text.islower() and (tok.text.endswith("ed") or tok.lower in words().irregular_pasts)


def _holds_a_deed(toks: list[Tok], phrase: Phrase) -> bool:
    at, end = token_at(toks, phrase.span[0]), phrase.span[1]
    return any(_past_verb(t) for t in toks[at:] if t.end <= end)


#: what may stand between a subject and its past tense ("has delivered", "later walked")
_BEFORE_A_PAST = frozenset({"has", "have", "had", "later", "earlier", "first", "finally"})


def _nominal_doer(text: str, toks: list[Tok], start: int, last: int) -> Phrase | None:
    """ "The harbour board closed the quay, saying …": a sentence-opening name, or a
    description that can speak ("board", "officials"), right before its past-tense verb, is
    who goes on to say."""
    w = words()
    verb = next(
        (
            k
            for k in range(start + 1, last)
            # ("The retired businessman began …": after an article, an adjective)
            if _past_verb(toks[k]) and toks[k - 1].lower not in w.determiners
        ),
        None,
    )
    if verb is None:
        return None
    end = verb
    while end - 1 > start and (
        toks[end - 1].lower in w.focus_adverbs
        or toks[end - 1].lower in _BEFORE_A_PAST
        or (toks[end - 1].text.islower() and toks[end - 1].lower.endswith("ly"))
    ):
        end -= 1  # "An official later walked back …", "The firm has delivered …"
    phrase = phrase_after(text, toks, start, end, apposition=False)
    if phrase is None or phrase.span[1] != toks[end - 1].end:
        # ("One Chicago woman started …": "One Chicago" is no name of its own)
        phrase = _person_noun(text, toks[start:end])
    if phrase is None:
        return None
    if phrase.form != "nominal":
        return phrase  # "Cruz exhorted Republicans to … and said …"
    lex = lexicon()
    head = phrase.head.lower()
    heads = lex.nominal_heads
    # ("The billionaire businessman began by …": a title speaks as well as a described source)
    speaks = head in heads or head.removesuffix("s") in heads or head in lex.titles
    return phrase if speaks or head in lex.gender else None


def _person_noun(text: str, run: list[Tok]) -> Phrase | None:
    """ "One Chicago woman", "a mother": a person named by who she is, whose deed a
    participle goes on from ("… started a petition, arguing that …"); never a speaker
    phrase on its own, where "the woman" would compete with her name."""
    if len(run) < 2 or run[-1].lower not in lexicon().gender or not run[-1].text.islower():
        return None
    opener = run[0].lower
    if opener not in words().determiners and opener not in {"one", "another"}:
        return None
    if any(not t.text.isalpha() for t in run[1:]):
        return None
    return phrase_from_words(text, run, "nominal")


def _tense_shift(toks: list[Tok], before: Draft, i: int) -> bool:
    """Whether "and" + the past deed ``toks[i]`` follows a one-word present cue ("Police say
    … and refused", "Clinton adds … and called on"): the two verbs do not share a subject."""
    if before.cue is None or " " in before.cue.text or toks[i - 1].lower != "and":
        return False
    lemmas = lexicon().cue_lemma
    said, doing = before.cue.text.lower(), toks[i].lower
    if said not in lemmas or doing not in lemmas or doing.endswith(("ing", "s")):
        return False
    if doing == lemmas[doing]:
        return False  # "forecast", "put": past or present alike
    if lemmas[doing] not in lexicon().weak_cues:
        return False  # "Lee says the plan failed and said …": a second speech verb is hers
    at = token_at(toks, before.cue.span[0])
    ahead = toks[at - 1].lower if at > 0 else ""
    if ahead in words().title_auxiliaries or ahead in {"do", "does", "did", "to"}:
        return False  # "he did say …", "would say …": no present of its own
    if said.endswith("s") and said != lemmas[said]:
        return True  # "says", "adds", "tells"
    # "Police say", "they say": a plural subject's present
    return said == lemmas[said] and (ahead.endswith("s") or ahead in {"police", "they", "we"})


def _outermost(earlier: list[Draft]) -> Draft:
    """The statement a coordinated cue goes on from: the last one whose cue is not inside
    another's content ("May said the country would declare X and suggested Y": May
    suggested, not the country)."""
    for draft in reversed(earlier):
        at = draft.cue.span[0] if draft.cue else draft.start
        if not any(s <= at < e for other in earlier if other is not draft for s, e in other.spans):
            return draft
    return earlier[-1]


def _issuer(sent: Sentence, i: int) -> Phrase | None:
    """ "The company issued a statement saying …": whoever issued the document speaks."""
    toks = sent.toks
    if not toks[i].text.endswith("ing") or i - 2 < sent.first:
        return None
    if lexicon().nominal_heads.get(toks[i - 1].lower) != "document":
        return None
    w = words()
    k = i - 2
    while k > sent.first and i - k <= 3 and toks[k].lower in w.determiners | {"out"}:
        k -= 1  # "issued a statement", "put out a statement"
    if toks[k].lower not in w.issuing_verbs:
        return None
    if toks[k].lower == "put" and toks[k + 1].lower != "out":
        return None
    last = skip_back(toks, k - 1, sent.first)
    phrase = _subject(sent, last) if last >= sent.first else None
    return phrase


def _subject(sent: Sentence, last: int, relative: bool = False) -> Phrase | None:
    """Who speaks, ending at ``toks[last]`` just before the cue."""
    text, toks, quoted = sent.text, sent.toks, sent.quoted
    contact = _before_contact_clause(sent, last)
    if contact is not None:
        return contact
    if (
        toks[last].lower == "that"
        and last > sent.first
        and toks[last - 1].lower in words().finding_sources
    ):
        # "He submitted to a lie detector test that showed …": the test "that" follows
        # finds, not the clause it ends; only one the writer brings in ("a test", "a new
        # poll"): "data that showed crude stocks rose" is the writer's figure, "the studies
        # that linked …" the writer's argument
        finding = phrase_before(text, toks, last - 1, clause_start(toks, quoted, last))
        if finding is None or finding.text.split()[0].lower() not in ("a", "an"):
            return None
        return finding
    phrase = phrase_before(text, toks, last, clause_start(toks, quoted, last))
    named = phrase
    thing = _named_thing(sent, phrase)
    if thing is not None:
        return thing
    if phrase is not None and not opens_clause(toks, quoted, phrase.span[0]):
        phrase = with_postmodifier(text, toks, phrase, clause_start(toks, quoted, last))
    if phrase is not None and _after_an_opening_year(sent, phrase):
        return phrase  # "In 2013 Clinton said": the year is when, no comma after it
    if phrase is None or not opens_clause(toks, quoted, phrase.span[0]):
        phrase = whole_subject(sent, last)
        if phrase is None and relative:
            # "an aide who spoke anonymously said …" (not "someone who would reject …")
            phrase = before_relative(text, toks, last, clause_start(toks, quoted, last))
        if (
            phrase is not None
            and phrase.form == "nominal"
            and named is not None
            and named.form == "name"
            and len(named.name.split()) >= 2
            and phrase.span[1] == named.span[1]
            # not "the owners of winner Silver Storm", "a staffer at Wilson Security"
            and not any(
                w.lower() in words().postmodifiers | words().prepositions | {"by"}
                for w in text[phrase.span[0] : named.span[0]].split()
            )
        ):
            # "The $40 billion firm's CEO Travis Kalanick announced": the person named at
            # the end of the subject speaks, under the whole subject's words
            return replace(named, span=phrase.span, text=phrase.text)
        if _object_then_name(text, phrase, named):
            return None  # "a rover NASA plans to fly": a clause inside a noun phrase
    return phrase


def _after_an_opening_year(sent: Sentence, phrase: Phrase) -> bool:
    """Whether ``phrase`` follows a preposition and a year that open the sentence ("In 2013
    Clinton said …")."""
    toks = sent.toks
    at = token_at(toks, phrase.span[0])
    return (
        at - 2 == sent.first
        and toks[at - 2].lower in words().prepositions
        and len(toks[at - 1].text) == 4
        and toks[at - 1].text.isdigit()
    )


def _before_contact_clause(sent: Sentence, last: int) -> Phrase | None:
    """ "All the experts I interviewed said …", "The officials we spoke to said …": a
    relative clause without "who" (a pronoun, its past tense, maybe "to"/"with") ends right
    before the cue; the noun before the pronoun speaks, not the pronoun."""
    toks = sent.toks
    k = last
    if toks[k].lower in ("to", "with"):
        k -= 1
    if k - 2 < sent.first or not _past_verb(toks[k]):
        return None
    if toks[k - 1].lower not in CONTACT_PRONOUNS or not toks[k - 2].text.isalpha():
        return None  # (", he offered promises": a clause of its own after a comma)
    phrase = phrase_before(sent.text, toks, k - 2, clause_start(toks, sent.quoted, k - 2))
    if phrase is None or phrase.form == "pronoun":
        return None
    # (not an object: "told POLITICO they planned to respond" is theirs, not POLITICO's;
    # "all the experts" opens its clause with its quantifier)
    at = token_at(toks, phrase.span[0])
    if at > sent.first and toks[at - 1].lower in words().determiners:
        at -= 1
    return phrase if opens_clause(toks, sent.quoted, toks[at].start) else None


#: how far back the indefinite article of "a … site called X" may stand
_NAMED_THING_WORDS = 5


def _names_a_thing(toks: list[Tok], i: int, first: int) -> int | None:
    """ "an Arabic language news site called Wattan.TV", "a group called ISIS": "called"
    after an indefinite noun phrase and before a name gives the thing its name; nobody
    called anything ("the president called Clinton a liar" keeps its speaker). The index of
    the phrase's article, or None."""
    if toks[i].lower != "called" or i + 1 >= len(toks) or not toks[i + 1].capitalized:
        return None
    lex = lexicon()
    for k in range(i - 1, max(first, i - 1 - _NAMED_THING_WORDS) - 1, -1):
        word = toks[k]
        if word.lower in ("a", "an"):
            return k if k < i - 1 else None
        if not word.text.isalpha() or word.lower in lex.cue_lemma or word.lower in lex.pronouns:
            return None
    return None


def _named_thing(sent: Sentence, phrase: Phrase | None) -> Phrase | None:
    """ "an Arabic language news site called Wattan.TV is reporting": the name, described by
    the words before "called"."""
    if phrase is None or phrase.form != "name":
        return None
    toks = sent.toks
    at = token_at(toks, phrase.span[0])
    article = _names_a_thing(toks, at - 1, sent.first) if at - 1 > sent.first else None
    if article is None:
        return None
    described = sent.text[toks[article + 1].start : toks[at - 2].end]
    return replace(phrase, role=phrase.role or described)


def _object_then_name(text: str, phrase: Phrase | None, named: Phrase | None) -> bool:
    """ "(the mission,) a rover NASA plans to fly in 2022": an article, a common noun, then
    a name, the subject of a relative clause without "that" that describes the noun."""
    if phrase is None or named is None or named.form != "name" or phrase.form != "nominal":
        return False
    if phrase.span[1] != named.span[1]:
        return False
    lead = text[phrase.span[0] : named.span[0]].split()
    lex = lexicon()
    return (
        len(lead) >= 2
        # "the more moderate Kasich has argued": "the" and adjectives describe the speaker
        and lead[0].lower() in ("a", "an")
        and all(w.isalpha() and w.islower() for w in lead[1:])
        and not any(w in words().prepositions for w in lead[1:])  # "a chorus of Republicans"
        and lead[-1] not in lex.titles
        and lead[-1] not in lex.role_modifiers
        and lead[-1] not in lex.nominal_heads
    )


def _end_before_subordinate_report(text: str, found: list[Draft], inner_start: int) -> None:
    """ "X said A after reports claimed that B": once B is someone else's statement, X's
    words end before "after"."""

    def before_subordinator(lead_in: str) -> int | None:
        last = max(_REPORT_SUBORDINATOR.finditer(lead_in), key=lambda m: m.start(), default=None)
        return last.start() if last is not None and len(lead_in) - last.start() < 60 else None

    _end_draft_before(text, found, inner_start, before_subordinator)


def _end_before_coordinated_report(text: str, found: list[Draft], source_start: int) -> None:
    """ "Clinton said the foundation had “overwhelming disclosure,” but multiple reports
    reveal that's untrue": once the reports have a statement of their own, Clinton's words
    end at the comma before "but"."""

    def before_coordinator(lead_in: str) -> int | None:
        joint = _COORDINATED_SOURCE.search(lead_in)
        return joint.start() if joint is not None else None

    _end_draft_before(text, found, source_start, before_coordinator)


def _end_draft_before(
    text: str, found: list[Draft], at: int, cut_in: Callable[[str], int | None]
) -> None:
    """Trim the draft whose content holds the offset ``at`` (another statement starts there)
    to where ``cut_in`` finds, in its words up to ``at``, that they end."""
    for draft in found:
        start, end = draft.spans[-1]
        if not start < at <= end:
            continue
        cut = cut_in(text[start:at])
        trimmed = trim(text, start, start + cut) if cut is not None else None
        if trimmed is not None:
            draft.spans[-1] = trimmed


def _opens_with_report(content: tuple[int, int] | None, found: list[Draft]) -> bool:
    """True if a statement found in ``content`` has its source at the content's start."""
    if content is None:
        return False
    start, end = content
    return any(
        d.phrase is not None
        and d.phrase.span[0] == start
        and d.spans[-1][1] <= end
        and d.cue is not None
        and _reports_speech(d.cue.text)
        for d in found
    )


def _reports_speech(cue: str) -> bool:
    """A verb that reports speech ("said"), not a deed read as a speech act ("screened")."""
    lemma = lexicon().cue_lemma.get(cue.lower())
    return lemma is not None and lemma not in lexicon().weak_cues


def _past_opening_report(
    text: str, content: tuple[int, int] | None, found: list[Draft]
) -> tuple[int, int] | None:
    """ "X stated that A after reports claimed that B, a letter showed": when the sentence
    opens with someone else's report, the trailing source vouches for the last reported
    clause (B), not for X's words."""
    if content is None:
        return None
    start, end = content
    opening = [d for d in found if start < d.start < start + 120 and d.spans[-1][1] <= end]
    if not opening:
        return content
    # the last "that" after a reporting verb ("claimed that B"), not "overruled that request"
    inner = text.rfind(" that ", opening[0].start, end)
    cues = lexicon().cue_lemma
    while inner >= 0 and text[text.rfind(" ", start, inner) + 1 : inner].lower() not in cues:
        inner = text.rfind(" that ", opening[0].start, inner)
    if inner < 0:
        return content
    return trim(text, inner + len(" that "), end) or content


def _passive(sent: Sentence, i: int) -> Draft | None:
    """ "The story was first reported by The Post": the subject is what the agent said."""
    text, toks, quoted, first = sent.text, sent.toks, sent.quoted, sent.first
    w = words()
    n = len(toks)
    if i + 2 >= n or toks[i + 1].lower != "by" or not toks[i].text.endswith(("ed", "en")):
        return None
    if lexicon().cue_lemma.get(toks[i].text) in w.posting_cues:
        return None  # "The video, which was posted by Site, …": a thing posted, no words
    aux = skip_back(toks, i - 1, first)
    while aux >= first and toks[aux].lower in ("been", "be", "being"):
        aux -= 1
    if aux < first or toks[aux].lower not in w.be_forms:
        aux = i - 1  # "has been …": the skip went past the auxiliary
        while aux >= first and toks[aux].lower not in w.be_forms and aux > i - 4:
            aux -= 1
        if aux < first or toks[aux].lower not in w.be_forms:
            return None
    phrase = phrase_after(text, toks, i + 2, n) or source_run(text, toks, i + 2)
    if phrase is None:
        return None
    stop = aux - 1
    skip = lexicon().skip_words
    while stop >= first and (
        toks[stop].lower in skip or toks[stop].text == "," or toks[stop].lower in w.clause_openers
    ):
        stop -= 1  # "has been", ", meanwhile, is"
    if stop < first:
        return None
    if toks[stop].lower in CONTACT_PRONOUNS:
        return None  # "while he was being attacked by a bear": a person the agent acts on
    start = clause_start(toks, quoted, stop)
    while start < stop and (toks[start].lower in w.clause_openers or toks[start].text in ","):
        start += 1
    for k in range(start + 1, stop):
        if toks[k].lower == "that" and is_cue(toks[k - 1]) and not cue_is_noun(toks, k - 1):
            # "polls indicated that Trump was supported by early deciders": the passive's
            # subject is Trump, inside what the polls indicated
            start = k + 1
    content = trim(text, toks[start].start, toks[stop].end)
    if content is None or word_count(text, content) < MIN_REPORTED_WORDS:
        return None
    return Draft(StatementKind.REPORTED, [content], cue_mention(text, toks, i), phrase)


_RELATIVE_OPENERS = frozenset({"where", "which"})


def _parenthetical(sent: Sentence, cue: int, phrase: Phrase) -> list[Span] | None:
    """ "Acts of protest, Mr. Obama said, are acts of patriotism": content on both sides."""
    if phrase.form == "pronoun" and phrase.head in RELATIVE_PRONOUNS:
        return None  # "Florida, which votes in mid-March, is …": a relative clause
    text, toks, quoted, first = sent.text, sent.toks, sent.quoted, sent.first
    at = token_at(toks, phrase.span[0])
    head_end = at - 1
    # 'Mills "got an immunity agreement," Jordan said, and still "got to …"'
    while head_end > first and toks[head_end].text in QUOTE_MARKS + "'":
        head_end -= 1
    if head_end <= first or toks[head_end].text != ",":
        return None
    resume = skip_adjuncts(text, toks[cue].end, toks[cue].text)
    after = token_at(toks, resume)
    if after >= len(toks) - 2 or toks[after].text != ",":
        return None
    if quoted[first] and all(quoted[first:head_end]):
        return None  # the head is one whole quote: a direct statement, not this
    if CITING_THAT.match(text, toks[after].start):
        return None  # "Despite the claim, Deadspin reported, citing Forbes, that …": after "that"
    head = trim(
        text, toks[first].start, toks[at - 1].end if head_end < at - 1 else toks[at - 1].start
    )
    if head is not None and word_count(text, head) >= 3 and chained(toks, after + 1, first):
        # "X, Spicer said, adding, "…"": the participle makes a statement of its own
        return [head]
    tail = trim(text, toks[after].end, sent.limit(toks[after].end))
    if head is None or tail is None or word_count(text, tail) < 2:
        return None
    if text[tail[0]] in QUOTE_MARKS:
        return None  # 'Asked about it, Lee said, "…"': the quote is the statement
    if text[tail[0] : tail[1]].split(maxsplit=1)[0].lower() in _RELATIVE_OPENERS:
        # "As the charges were filed, Lee testified before the committee, where senators …":
        # a relative clause about the place, after an opening clause about the time
        return None
    return [head, tail]


def _only_a_subordinate_clause(text: str, content: Span) -> bool:
    """True if ``content`` is one subordinate clause and no main clause: "When Rubio thanked
    Miami" before ", a man yelled"."""
    words_of = text[content[0] : content[1]].split(maxsplit=1)
    return (
        bool(words_of)
        and words_of[0].lower() in words().subordinators
        and "," not in text[content[0] : content[1]]
    )


def _quote_already_said(sent: Sentence, i: int, drafts: list[Draft]) -> bool:
    """'— “office workers in slacks …,” according to the Times', 'an employee has said that
    "it is the same pizza …," according to Canada.com': the quotation before ",” according
    to" already makes a statement; the source vouches for it, not for the whole sentence."""
    toks = sent.toks
    if not quoted_comma_before(toks, i, sent.first):
        return False
    comma = toks[i - 2].start
    return any(s < comma <= e + 1 for d in drafts for s, e in d.spans)


def _speculated(toks: list[Tok], i: int, first: int) -> bool:
    """A modal of guessing right before the cue past an adverb ("may still believe")."""
    k = i - 1
    while k > first and k > i - 3 and (toks[k].lower == "still" or toks[k].lower.endswith("ly")):
        k -= 1
    return k < i - 1 and toks[k].lower in words().speculative


def _holds_a_direct_quote(text: str, draft: Draft, drafts: list[Draft]) -> bool:
    """True if ``draft``'s content holds a direct quote with a cue of its own: '"…," he told
    advisers, according to Uzi Arad' vouches for the quote, already a statement (so does
    'One message said: "…," according to a letter')."""
    (start, end), *_ = draft.spans
    return any(
        d.cue is not None
        and start <= d.start
        and (
            d.spans[-1][1] <= d.cue.span[0] < end
            or (start <= d.cue.span[0] and d.spans[-1][1] <= end and _colon_lead(text, d))
        )
        for d in drafts
    )


def _colon_lead(text: str, quote: Draft) -> bool:
    """Whether ``quote`` opens right after its cue and a colon ("said: “…”")."""
    assert quote.cue is not None
    between = text[quote.cue.span[1] : quote.start]
    return len(between) <= 4 and ":" in between


def _inside_direct(sent: Sentence, content: Span, drafts: list[Draft]) -> bool:
    for d in drafts:
        for s, e in d.spans:
            if s <= content[0] + 2 and content[1] <= e + 2:
                return True
    return any(q.open <= content[0] and content[1] <= q.close for q in sent.quotes)
