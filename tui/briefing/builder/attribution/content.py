"""What a reporting cue introduces: the words after it, past its object, adjuncts, particle
and "that", up to the sentence's next stop ("said on Monday that A, adding B" → A)."""

from __future__ import annotations

import re

from ...model import Span
from ..lexicon import lexicon, words
from ..quotes import word_count
from ..tokens import Tok
from .cues import counts_an_amount, is_strong_cue, skip_object
from .sentence import MIN_REPORTED_WORDS, QUOTE_MARKS, Sentence, trim

_THAT = re.compile(r"that\b,?\s*")
#: a dashed aside between the cue's adjuncts and its words
_DASHED_ASIDE = re.compile(r"\s*(?:--|[—–-])\s[^—–\n]{1,120}?\s(?:--|[—–-])(?=\s+that\b)")
#: "reported, citing Forbes magazine, that …": the source's source, set off before "that"
CITING_THAT = re.compile(r"\s*,\s*(?:citing|quoting)\s[^,;:.]{1,80},\s*that\b\s*")
_COMMA_THAT = re.compile(r"\s*,\s*that\b,?\s*")
#: "found the United States was in breach": a clause without "that" (a few words, a verb)
_CLAUSE_NEXT = re.compile(
    r"(?:[\w’'-]+ ){1,6}(?:is|was|are|were|has|had|have|would|will|could|can|may|might)\b"
)
_NUMBER_NEXT = re.compile(r"about\s+[\d$]")
#: (a title in quote marks may stand in between: 'said on “60 Minutes” that …')
_LATER_THAT = re.compile(r"(?:[^.;\"“”]|“[^“”.]{1,40}”|\"[^\".]{1,40}\"){0,80}?\bthat\s")
_MANNER = re.compile(r"[a-z]+ly\s+([a-z]+)\b")
_FINDING_END = re.compile(r",\s+(?:which|where|using)\b|:\s")
_WEAK_CONTENT_END = re.compile(
    # (the comma may close a quotation first: 'promising “jobs, jobs, jobs,” but he …')
    r",[”\"’']?\s+"
    r"(?:which|who|whose|in an? |at an? |on \w+day\b|during\b|even\b|but\b|as\b|after\b)"
    r"|\s(?:during|since|because|while|when|until|amid|before|after)\s"
    r"|\s(?:on|last|this) (?:\w+day|week|month|night)\b"
    # "attacked Machado in early-morning tweets", "blasted Clinton Wednesday on …": when and
    # where the act took place, not what it was about
    r"|\s(?:in|on|via) (?:an? |his |her |their |several |a series of )?(?:[\w-]+ )?"
    r"(?:statements?|interviews?|speech(?:es)?|tweets?|posts?|diatribes?|op-eds?|rally)\b"
    # "endorsed Kasich and is slated to …", "praised X but stopped short of …": the deed goes on
    # ("called it rushed and flawed" keeps its participles)
    r"|\s(?:and|but)\s(?:also\s)?(?:had|has|was|is)\s|\sbut\s(?:also\s)?[a-z]+ed\s"
)


#: "endorsed Hart in early June", "attacked Clinton Wednesday": when a short object was named;
#: a day or month only where the clause ends ("Super Tuesday", "the woman he spent Monday
#: embracing", "the lander it unveiled in May", "will win in November and put …" go on)
_WHEN_ACTED = re.compile(
    r"(?<!Super)(?<!for)(?<!by)(?<![Oo]n)(?<!ed)(?<!only)(?<!back)\s"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in (?:early |late |mid-)?(?:January|February"
    r"|March|April|May|June|July|August|September|October|November|December))"
    r"(?: (?:night|morning|afternoon|evening))?(?=[,.;]|\s(?:at|on|in|as)\s|$)"
)
#: most words an object may have for its act's time to be cut off ("Trump in December"; not
#: "the U.S. president's interview Sunday night on “60 Minutes”")
_SHORT_OBJECT = 3

#: ", but he has also …": a clause of the writer's about the speaker after the words reported
_NARRATION_GOES_ON = re.compile(
    r",[”\"’']?\s+but\s+(?:he|she|they)\s+(?:has|have|is|are|also)\b"
    # "…, but it’s not.": the writer's short answer to the claim
    r"|,\s+but\s+(?:it|that|this|they)(?:’s|'s|’re|'re|\s+(?:is|was|are|were))\s+(?:not|n[o’']t)\b"
    r"(?:\s+\w+)?[.!?]?\s*$"
)

#: a participle and its time after a cue's adjunct ("in a new video released Tuesday"),
#: before the content's "to" or "that"
_RELEASED_WHEN = re.compile(
    r"\s*([a-z]+ed\s+(?:on\s+|last\s+|early\s+|late\s+)?"
    r"(?:[A-Z][a-z]+day|online|yesterday|today|week|month|night|year))\s+(?=to\s|that\s)"
)

#: " and hammered …" (not " and proceed"): a past tense after an infinitive's content
_NEXT_DEED = re.compile(r",?\s(?:and|but)\s(?:then\s|also\s)?[a-z]+(?<!e)ed\b")

_SUBORDINATE = re.compile(
    r"\b(?:after|as|because|before|how|if|since|that|until|what|when|where|whether|which"
    r"|while|who|why)\b"
)

#: "added smaller landers to the contract", "adds a new dimension by …": an object, then
#: where it goes or how (no verb before the preposition)
_OBJECT_THEN_PLACE = re.compile(r"((?:[a-z][\w’'-]* ){1,5})(?:to|by|into|onto)\s")


def _object_then_place(rest: str) -> bool:
    match = _OBJECT_THEN_PLACE.match(rest)
    if match is None:
        return False
    object_words = match.group(1).split()
    w = words()
    return not (
        object_words[0] in lexicon().pronouns
        or object_words[0] == "that"
        or any(word in w.finite_verbs or word.endswith("ed") for word in object_words)
    )


#: how many words into its object a cue's deed noun may stand ("celebrates its 30th
#: anniversary")
_DEED_OBJECT_REACH = 4


def _names_a_deed(stripped: str, lemma: str) -> bool:
    """Whether the object opening ``stripped`` is a deed of the cue's, its noun among the first
    words before any clause ("claimed the lives of …", "celebrates its 30th anniversary"; not
    "claimed that the lives of …")."""
    w = words()
    for word in stripped.split()[:_DEED_OBJECT_REACH]:
        bare = word.lower().strip(".,;:")
        if bare in w.complement_openers:
            return False
        if w.deed_objects.get(bare) == lemma:
            return True
    return False


#: "said after the match that …": a time, then the content after its "that", if any
_TIME_PREPOSITIONS = frozenset({"after", "before"})


def content_after(sent: Sentence, cue: int, finding: bool = False) -> Span | None:
    """The span the cue ``sent.toks[cue]`` introduces, or None if it introduces nothing;
    ``finding``: its source is a poll or a record, whose cue's object is what it found."""
    text, toks = sent.text, sent.toks
    end = sent.end
    lex = lexicon()
    lemma = lex.cue_lemma[toks[cue].text]
    pos = toks[cue].end
    if lemma in words().object_kept_cues and skip_object(text, pos) == pos:
        return None  # "a man accused of assault": the one accused, and nobody accusing
    if lemma in lex.cue_takes_object and lemma not in words().object_kept_cues:
        moved = skip_object(text, pos)
        if moved == pos:
            return None
        pos = moved
    elif lemma in words().listener_that_cues:
        moved = skip_object(text, pos)
        listener = text[pos:moved].lower().split()
        if (
            listener
            and text.startswith(" that ", moved)
            # "warned against viewing that as …": no listener, a demonstrative
            and listener[0] not in words().prepositions | {"against"}
            and not any(word.endswith("ing") for word in listener)
        ):
            pos = moved  # "warned residents that …": the residents only listened
    while True:
        match = lex.adjuncts.match(text, pos)
        if not match or match.end() == pos:
            break
        pos = match.end()
        # "claims in a new video released Tuesday to have …": the adjunct's own participle
        released = _RELEASED_WHEN.match(text, pos, end)
        if released is not None:
            pos = released.end(1)
    comma_that = _COMMA_THAT.match(text, pos, end) or CITING_THAT.match(text, pos, end)
    if comma_that:
        pos = comma_that.end()
    dashed = _DASHED_ASIDE.match(text, pos, end)
    if dashed:
        pos = dashed.end()  # "estimated in March – three months after … - that about …"
    rest = text[pos:end]
    stripped = rest.lstrip()
    if stripped.startswith(":") and is_strong_cue(toks[cue]):
        # "The governor added: It's typical of her." — unquoted words after a colon.
        pos += len(rest) - len(stripped) + 1
        rest = text[pos:end]
        stripped = rest.lstrip()
    opens_quote = stripped.startswith(("''", "'")) and stripped[1:2].isalpha()
    if not stripped or stripped[0] in QUOTE_MARKS + ",:;.—–-" or opens_quote:
        return None
    pos += len(rest) - len(stripped)
    manner = _MANNER.match(text, pos, end)
    if manner is not None and (
        manner.group(1) == "that" or (lemma, manner.group(1)) in lex.phrasal
    ):
        # "spoke emotionally of his flights", "said firmly that …": an adverb of manner sits
        # between the cue and its particle
        pos = manner.start(1)
        stripped = text[pos:end]
    particle = stripped.split(maxsplit=1)[0].lower().rstrip(",;:")
    if lemma and _names_a_deed(stripped, lemma):
        return None  # "the war has claimed the lives of 200,000 people": a deed, no words
    if counts_an_amount(text, toks[cue], pos) or (
        lemma in words().amount_deeds
        and (_object_then_place(stripped) or _ongoing_deed(text, toks, cue, pos, end))
    ):
        return None  # "the stock added 2%", "the firm added 300 jobs": a count, no words
    if lemma in words().change_cues and (
        particle in ("by", "from", "in") or (particle.endswith("ly") and particle != "only")
    ):
        return None  # "support declined slightly from 58 percent": a figure fell, no words
    if lemma in lex.cue_needs_particle and not any(
        (lemma, word.strip(",.;:").lower()) in lex.phrasal for word in stripped.split()[:5]
    ):
        return None  # "weighs 236 pounds", not "spoke emotionally of", "as he pointed out,"
    kept: int | None = None
    # "invited her to his friend's flat": "to" before a noun is a preposition, and what it
    # leads to is a place, not words (the prepositions below: content only after "that").
    after_to = stripped.split(maxsplit=2)[1:2]
    to_a_noun = particle == "to" and bool(after_to) and after_to[0].lower() in words().noun_markers
    if (lemma, particle) in lex.phrasal and not (
        to_a_noun and lemma not in words().to_prepositional
    ):
        # "called for new tariffs": the particle belongs to the cue; "vowed to fight": the
        # infinitive's "to" opens the content, which reads as a phrase of its own.
        if particle == "to" and lemma not in words().to_prepositional:
            kept = pos
            deed = stripped[len(particle) :].split(maxsplit=1)
            if deed and deed[0].lower() in words().action_infinitives:
                return None  # "agreed to pay $5 million": a deed, not something said
        pos += len(particle)
        rest = text[pos:end]
        stripped = rest.lstrip()
        pos += len(rest) - len(stripped)
        if stripped.startswith(","):
            return None  # "…, as The Guardian points out, …": an aside, what it says is around
    elif particle in words().prepositions and not (
        particle == "about" and _NUMBER_NEXT.match(stripped)
    ):
        # "wrote to Iraq", "said in Ohio that …": content only after a later "that".
        later = _later_that(text, pos, end)
        if later is None:
            return None
        pos = later
    elif particle in _TIME_PREPOSITIONS:
        # "said after the match that …"; without a "that" the time stays in ("decided after
        # a lengthy investigation not to recommend charges")
        pos = _later_that(text, pos, end) or pos
    opening = pos if kept is None else kept
    that = _THAT.match(text, pos, end)
    adjunct_before = text[toks[cue].end : that.start()].strip() != "" if that else False
    if that and adjunct_before and _relative_that(text, that.end(), end):
        # "said in an interview that aired Sunday that …": the interview's clause, then the
        # cue's own "that"
        cue_that = _LATER_THAT.match(text, that.end(), end)
        if cue_that is None:
            return None
        that = _THAT.match(text, text.rfind("that", 0, cue_that.end()), end)
    if that:
        pos = opening = that.end()
    elif lemma in lex.cue_needs_that and not finding and not _clause_next(text, pos, end):
        return None
    limit = sent.limit(pos)
    if lemma not in lex.weak_cues and not finding:
        # "promising “jobs, jobs, jobs,” but he has also intensified …": the writer goes on
        narrated = _outside_quotes(_NARRATION_GOES_ON, sent, pos, limit)
        if narrated is not None:
            limit = narrated
    clause = that is not None and _holds_a_verb(text, that.end(), end)
    if (lemma in lex.weak_cues and not clause) or (finding and not that):
        # A speech act's content is its object: "likened RT to the BBC, which …" stops there;
        # so does a finding's, at a relative clause ("Polls show a close race, where …");
        # after "that" it may be a clause ("caution that high turnout during the primaries
        # doesn't …"; not "echoed that promise on Monday")
        ends = _WEAK_CONTENT_END if lemma in lex.weak_cues else _FINDING_END
        aside = _outside_quotes(ends, sent, pos, limit)
        if aside is not None:
            limit = aside
        when = _WHEN_ACTED.search(text, pos, limit) if lemma in lex.weak_cues else None
        if (
            when is not None
            and len(text[pos : when.start()].split()) <= _SHORT_OBJECT
            and not text.startswith("to ", pos)
        ):
            limit = when.start()  # "endorsed Hart in early June": the object, not its date
    if kept is not None and not text.startswith("to have ", kept):
        # "promised to protect Medicaid and hammered Bevin on …": an infinitive goes on in
        # its base form, so a past tense after "and" is the subject's next deed ("claimed to
        # have captured Rehana and killed her": a perfect one goes on in past participles)
        next_deed = _NEXT_DEED.search(text, pos, limit)
        # (not inside a clause of its own: "to refund fans after coaches were delayed and
        # missed the kick-off")
        if next_deed is not None and not _SUBORDINATE.search(text, pos, next_deed.start()):
            limit = next_deed.start()
    span = trim(text, opening, limit)
    if span is None:
        return None
    # A speech act's object may be one name ("attacked Machado"); said-content is a clause.
    weak = lemma in lex.weak_cues
    opening_words = text[span[0] : span[1]].lower().split(maxsplit=2)
    if weak and _continues_the_deed(opening_words):
        return None
    if opening_words[0] in words().coordinators:
        # "laughed and said, “…”": the second cue speaks, not the first; "after the terrorist
        # attacks and her stance on …": a noun in a list, no cue at all
        return None
    if word_count(text, span) < (1 if weak and text[span[0]].isupper() else MIN_REPORTED_WORDS):
        return None
    if lemma == "call" and (only_a_name(text, span) or _NAMED_THEN_VERB.match(text, span[0])):
        # "which he called the Quik Pod", "the reptile called Ryuu can be seen chasing …": a
        # thing or an animal named, nothing said
        return None
    return span


def _ongoing_deed(text: str, toks: list[Tok], cue: int, pos: int, end: int) -> bool:
    """ "it was adding new routes": a deed going on, its object no clause nor quotation."""
    if (
        cue == 0
        or toks[cue - 1].lower not in words().be_forms
        or not toks[cue].lower.endswith("ing")
    ):
        return False
    ahead = text[pos:end]
    return not _clause_next(text, pos, end) and not any(m in ahead[:40] for m in ':"“‘')


#: a name right after "called", then the verb of the clause the named one is subject of
_NAMED_THEN_VERB = re.compile(
    r"['‘\"“]?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}['’\"”]? (?:then |also |later |first )?"
    # (an auxiliary only: "called Clinton unqualified" calls her something)
    r"(?:can|could|will|would|may|might|must|should|is|was|are|were|has|had|have|did|does)\b"
)


def only_a_name(text: str, span: Span) -> bool:
    """Whether ``span`` holds a proper name and nothing else ("the Quik Pod", "Kingsmen"), not
    after "for" or "out" ("Calls for Special Prosecutor" is a call)."""
    if text[max(0, span[0] - 5) : span[0]].lower().rstrip().endswith((" for", " out")):
        return False  # "calling out the Republicans": a rebuke
    names = text[span[0] : span[1]].split()
    if names and names[0] in ("the", "The"):
        names = names[1:]
    # "a group called Citizens for Trump", "Bank of America": joining words inside a name
    return (
        bool(names)
        and names[0][:1].isupper()
        and names[-1][:1].isupper()
        and all(w[:1].isupper() or w in words().name_joiners for w in names)
    )


def _outside_quotes(pattern: re.Pattern[str], sent: Sentence, pos: int, end: int) -> int | None:
    """Where ``pattern`` first matches in ``text[pos:end]`` outside a quotation: "called Burma
    a "good news story in an era when …"" ends at the quote's close, not at its "when"."""
    while True:
        found = pattern.search(sent.text, pos, end)
        if found is None:
            return None
        inside = next(
            (q for q in sent.quotes if q.open < found.start() and found.end() <= q.close), None
        )
        if inside is None:
            # a quotation that closes after the comma keeps its mark: '“stunning,” which …';
            # if another opens after, the quoted words go on ('“a mistake,” made by “voices
            # on the Right,” who are “just flatly wrong”')
            matched = found.group()
            quoted_before = matched[1:2] in "”\"’'" and matched[1:2] != ""
            if quoted_before and any(found.end() <= q.open < end for q in sent.quotes):
                return None
            return found.start() + len(matched) - len(matched.lstrip(",”\"’'"))
        pos = inside.close


def _later_that(text: str, pos: int, end: int) -> int | None:
    """Where content starts after a "that" within a few words ("said in Ohio that …"); a
    "that" after a preposition or an "-ing" word points at a thing ("spoke with him about
    creating that channel") and opens nothing, and one after a noun such as "news" or
    "claims" opens that noun's clause, not the cue's."""
    that = _LATER_THAT.match(text, pos, end)
    if that is None:
        return None
    if _relative_that(text, that.end(), end):
        # "told Yahoo News in a story that posted this week that he believes …": a "that"
        # followed by its verb opens a relative clause; the content follows a later one
        later = _LATER_THAT.match(text, that.end(), end)
        if later is None:
            return None
        that = later
    before = text[pos : that.end()].split()[-2:-1]
    word = before[0].lower().strip(",") if before else ""
    if word.endswith("ing") or word in words().prepositions:
        return None
    if word in lexicon().nominal_cues or _after_a_that_noun(text[pos : that.end()].split()):
        return None  # "added to the embarrassment after news on Tuesday that …": the news's
    return that.end()


def _relative_that(text: str, after: int, end: int) -> bool:
    """Whether the "that" ending at ``after`` is followed by a past tense ("a story that
    posted", "an interview that aired"): a relative pronoun, not the opener of reported words
    ("said that is unlikely" keeps its "that")."""
    word = text[after:end].split(maxsplit=1)[:1]
    if not word or not word[0].islower():
        return False
    low = word[0].lower()
    return (low.endswith("ed") and len(low) > 4) or low in words().irregular_pasts


def _after_a_that_noun(before: list[str]) -> bool:
    """ "news that …", "news on Tuesday that …" (a noun, then only a time or place before
    "that"); not "told local news outlet Fox5 that …", where "news" names the outlet."""
    w = words()
    for k, word in enumerate(before[-5:-1]):
        if word.lower().strip(",") not in w.that_nouns:
            continue
        after = before[-5:-1][k + 1 :]
        if not after or after[0].lower() in w.prepositions or after[0].lower() in w.time_leads:
            return True
    return False


def _holds_a_verb(text: str, pos: int, end: int, reach: int = 8) -> bool:
    """Whether the words at ``pos`` open a clause: a subject's first word, or a finite verb
    in the first ``reach`` words before a comma ("that high turnout during the primaries
    doesn't …"; "that promise on Monday, …" names a thing, "that in 1990" points to one)."""
    ahead = text[pos:end].split()[:reach]
    if ahead and (ahead[0].lower() in words().clause_subjects or ahead[0][:1].isupper()):
        return True  # "that the turmoil after the vote underscores …": no demonstrative
    finite = words().finite_verbs
    for k, word in enumerate(ahead):
        bare = word.lower().rstrip(".;:")
        if bare.rstrip(",") in finite or bare.endswith(("n't", "n’t")):
            # "declined that assignment and has since left": the subject's next deed
            return k > 0 and ahead[k - 1].lower() not in words().coordinators
        if word.endswith(","):
            return False
    return _clause_next(text, pos, end)


def _clause_next(text: str, pos: int, end: int) -> bool:
    """ "found the United States was in breach", "shows the river level rose": a clause
    without "that" (a subject of a few words, then a finite verb)."""
    clause = _CLAUSE_NEXT.match(text, pos, end)
    if clause is not None:
        # "posted messages online and were pictured …": the subject's own next verb
        return clause.group().split()[-2:-1] not in (["and"], ["but"], ["or"])
    ahead = text[pos:end].split(maxsplit=5)[:5]
    if len(ahead) < 2 or ahead[0].lower() not in words().clause_subjects:
        return False
    pasts = words().irregular_pasts
    return any(w.lower() in pasts for w in ahead[1:])


def only_a_time(content: str) -> bool:
    """ "Feb. 27", "in mid-March", "next Tuesday": a date and nothing said."""
    w = words()
    for word in content.lower().replace("mid-", "").split():
        word = word.strip(".,;:")
        if not (
            word.isdigit()
            or word in w.time_words
            or word in w.time_leads
            or word in w.month_abbreviations
            or (word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"))
        ):
            return False
    return True


def _continues_the_deed(opening_words: list[str]) -> bool:
    """ "Getafe celebrate after taking …", "he declined but added that …": what follows a speech
    act goes on with the deed; "decided after a lengthy investigation not to …" does not."""
    first, rest = opening_words[0], opening_words[1:]
    if first in words().deed_continuations:
        return True
    return first in words().deed_time_continuations and bool(rest and rest[0].endswith("ing"))
