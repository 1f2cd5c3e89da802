"""The one place the builder calls the learned tagger: it adds the attributions the rules
missed to the rules' drafts (rule drafts are kept as they are)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from ...model import Mention, Span, StatementKind
from ..lexicon import lexicon, words
from ..mentions import RELATIVE_PRONOUNS, Phrase, phrase_before, phrase_from_words
from ..quotes import Quote
from ..tokens import Tok
from .decode import Found, attributions
from .document import Article, Unit
from .features import RuleMark
from .model import Model, tagger

if TYPE_CHECKING:
    from ..draft import Draft

#: set while training: receives the rule drafts' marks instead of tagging
capture: ContextVar[Callable[[list[tuple[Span, RuleMark]]], None] | None] = ContextVar(
    "capture", default=None
)
#: how learned attributions join the rules': "add" (the default) only in sentences without a
#: rule statement; "fix" also moves the content boundaries of the rules' reported statements
#: (measured, not shipped: see docs/attribution-model.md)
mode: ContextVar[str] = ContextVar("mode", default="add")
#: the reader-facing filters on learned statements (speech cues, speaker-like sources); off only
#: to measure what they cost on PolNeAr
reader_filters: ContextVar[bool] = ContextVar("reader_filters", default=True)


def rule_marks_of(drafts: Sequence[Draft]) -> list[tuple[Span, RuleMark]]:
    marks: list[tuple[Span, RuleMark]] = []
    for d in drafts:
        kind = "D" if d.kind is StatementKind.DIRECT else "C"
        marks.extend((span, kind) for span in d.spans)
        if d.cue is not None:
            marks.append((d.cue.span, "Q"))
        if d.phrase is not None:
            marks.append((d.phrase.span, "S"))
    return marks


def with_learned(
    text: str, sentences: Sequence[Span], drafts: list[Draft], quotes: list[Quote] | None = None
) -> list[Draft]:
    """``drafts`` plus a draft for each attribution the tagger finds in a sentence that no
    rule draft touches; ``quotes``: ``find_quotes(text)``, when the caller has them already."""
    marks = rule_marks_of(drafts)
    hook = capture.get()
    if hook is not None:
        hook(marks)
        return drafts
    model = tagger()
    fix = mode.get() == "fix"
    taken = sorted(span for d in drafts for span in d.spans)
    reported = [d for d in drafts if d.kind is StatementKind.REPORTED and len(d.spans) == 1]
    reported.sort(key=lambda d: d.start)
    article: Article | None = None
    added: list[Draft] = []
    at = ri = 0
    for start, end in sentences:
        # Sentences are in order and so are the taken spans: walk both once.
        while at < len(taken) and taken[at][1] <= start:
            at += 1
        covered = at < len(taken) and taken[at][0] < end
        mine = []
        if covered and fix:
            while ri < len(reported) and reported[ri].start < start:
                ri += 1
            while ri < len(reported) and reported[ri].start < end:
                mine.append(reported[ri])
                ri += 1
        if covered and not mine:
            continue
        article = article or Article(text, sentences, marks, quotes)
        unit = article.unit(start, end, None if mine or not reader_filters.get() else _may_report)
        if unit is None:
            continue
        if mine:
            added.extend(_fix_ends(text, unit, model, mine, taken))
        else:
            added.extend(_drafts(text, unit, model))
    if not added:
        return drafts
    return sorted([*drafts, *added], key=lambda d: d.start)


def _drafts(text: str, unit: Unit, model: Model) -> list[Draft]:
    labels = model.tag(unit.features)
    out = []
    for found in attributions(labels, unit.toks):
        draft = _draft(text, unit, found)
        if draft is not None:
            out.append(draft)
    return out


def _fix_ends(
    text: str, unit: Unit, model: Model, drafts: list[Draft], taken: list[Span]
) -> list[Draft]:
    """Give each rule draft the tagger's content boundaries where both find the same content
    from the same cue; return new drafts for what the tagger finds beside the rules'."""
    labels = model.tag(unit.features)
    toks = unit.toks
    extra = []
    for found in attributions(labels, toks):
        if found.cue is None:
            continue
        spans = found.spans(toks)
        if not _overlaps(spans, taken):
            draft = _draft(text, unit, found)
            if draft is not None:
                extra.append(draft)
            continue
        if len(spans) != 1:
            continue
        cue = (toks[found.cue.first].start, toks[found.cue.last].end)
        (new,) = spans
        for d in drafts:
            if d.cue is None or not (d.cue.span[0] < cue[1] and cue[0] < d.cue.span[1]):
                continue
            (old,) = d.spans
            overlap = min(old[1], new[1]) - max(old[0], new[0])
            if overlap > 0 and overlap / (max(old[1], new[1]) - min(old[0], new[0])) >= 0.3:
                d.spans[0] = new
    return extra


#: how many words before it make a content worth running on ("That" alone is no content)
_DANGLING_AFTER = 2


def _past_a_dangling_word(unit: Unit, spans: list[Span]) -> list[Span]:
    """A tagged content that ends on "the" or "and" runs on to the end of its clause (the
    next comma, semicolon or colon, or the unit's end), not to the word before it breaks."""
    toks = unit.toks
    if not spans:
        return spans
    end = spans[-1][1]
    last = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].end <= end), None)
    if last is None or toks[last].lower not in words().dangling_words:
        return spans
    if sum(1 for t in toks if spans[0][0] <= t.start and t.end <= end) <= _DANGLING_AFTER:
        return spans
    k = last + 1
    while k < len(toks) and toks[k].text not in ",;:" and not unit.quoted[k]:
        k += 1
    while k > last + 1 and not toks[k - 1].text[0].isalnum():
        k -= 1  # (not the sentence's full stop)
    if k == last + 1:
        return spans
    return [*spans[:-1], (spans[-1][0], toks[k - 1].end)]


def _overlaps(spans: Sequence[Span], taken: Sequence[Span]) -> bool:
    return any(s < te and ts < e for s, e in spans for ts, te in taken)


def _draft(text: str, unit: Unit, found: Found) -> Draft | None:
    # The builder imports this module: import from it when called.
    from ..attribution.cues import after_dateline, hypothetical, is_passive, negated
    from ..draft import Draft

    if found.cue is None:
        return None
    toks = unit.toks
    cue_first, cue_last = found.cue.first, found.cue.last
    before = found.source is not None and found.source.last < cue_first
    lo = found.source.last + 1 if found.source is not None and before else max(0, cue_first - 3)
    # The rules' reader-facing choices hold here too: "never said", "if she says" make none.
    if negated(toks[lo : cue_last + 1]) or hypothetical(toks, 0, cue_first):
        return None
    if _unsaid(toks, found, lo, cue_last):
        return None
    if len(toks[cue_first].text) > 1 and toks[cue_first].text.isupper():
        return None  # "JIHADISTS FEAR DEATH BY WOMEN?": a heading in capitals
    if (
        lexicon().cue_lemma.get(toks[cue_first].text) in words().object_kept_cues
        and cue_first + 1 < len(toks)
        and toks[cue_first + 1].lower == "of"
    ):
        return None  # "an Ohio man accused of assault": the one accused; nobody accuses
    quoted = sum(unit.quoted[r.first] and unit.quoted[r.last] for r in found.content)
    kind = StatementKind.DIRECT if quoted == len(found.content) else StatementKind.REPORTED
    # Actions are no statements ("took care of him", "posted a picture"): the cue must hold a
    # word that reports speech or thought, from the rules' lexicon. Words in quote marks were
    # said or written whatever the verb ("chanted", "titled", "put it"): they need none.
    # A cue of any verb that takes a clause ("ruled that …", "were coy about whether …")
    # reports what someone holds; an action takes an object ("blocked the plan").
    if (
        reader_filters.get()
        and kind is StatementKind.REPORTED
        and not any(_reports(t.lower) for t in toks[cue_first : cue_last + 1])
        and not _clause_content(toks, found)
    ):
        return None
    if (
        reader_filters.get()
        and kind is StatementKind.REPORTED
        and not _particle_given(toks, found)
        and not _clause_content(toks, found)
    ):
        return None  # "fired round after round of teargas": "fire" reports only as "fire back"
    if reader_filters.get() and kind is StatementKind.REPORTED:
        # "posted a photo": a cue that reports only with a clause after it
        lex = lexicon()
        lemmas = {lex.cue_lemma.get(t.lower) for t in toks[cue_first : cue_last + 1]}
        if lemmas & words().posting_cues and not _clause_content(toks, found):
            return None
    owned = (
        found.source is not None
        and found.source.last == cue_first - 1
        and toks[found.source.last].text.endswith(("’s", "'s"))
    )
    if owned and not _owner_reports(toks, cue_first, cue_last):
        # "we'll interpret McKinley's comment to refer to …", "Cruz's refusal to disavow …":
        # an owner's noun reports words only with what they were
        return None
    # "to explain the fingerprints": an infinitive has no subject of its own to speak.
    if toks[cue_first].lower == "to":
        return None
    if any(
        toks[k].lower == "to" and toks[k - 1].lower in words().decision_verbs
        for k in range(cue_first + 1, cue_last)
    ):
        return None  # "decided to promote the fat as …": what was decided, a deed
    if (
        kind is StatementKind.REPORTED
        and lexicon().cue_lemma.get(toks[cue_last].lower) in words().going_on_cues
        and not _clause_content(toks, found)
    ):
        return None  # "has continued unabated ever since": it went on, nobody spoke
    if _deed_after(toks, cue_last):
        return None
    # "The authenticity of the letter was confirmed by …": the subject of a passive is no source.
    if any(is_passive(toks, k, 0) for k in range(cue_first, cue_last + 1)):
        return None
    if found.source is not None:
        run = toks[found.source.first : found.source.last + 1]
        while run and not run[0].text[0].isalnum():
            run = run[1:]
        while run and not run[-1].text[0].isalnum():
            run = run[:-1]
        run = _without_its_date(run)
        bracket = next((k for k, t in enumerate(run) if t.text == "("), 0)
        if bracket:
            run = run[:bracket]  # "Raven-Symoné (who played … on the show)": the name
        if len(run) == 1 and run[0].lower in RELATIVE_PRONOUNS:
            # "the number of people who claim …": the rules' reading of a relative pronoun,
            # with its antecedent (or none, for a count)
            phrase = phrase_before(text, toks, toks.index(run[0]))
        else:
            phrase = _named_before(text, toks, run) or _phrase(text, run)
    else:
        phrase = _subject_before(text, toks, found.cue.first)
    if (
        phrase is not None
        and phrase.name.endswith(("’s", "'s"))
        and phrase.text.endswith(phrase.name)
        and phrase.name[:-2].lower() not in lexicon().function_words | {"let"}
    ):
        # "Mr. Obama's pledge to …": Obama speaks, under his name without the possessive
        start, end = phrase.span
        phrase = replace(
            phrase,
            span=(start, end - 2),
            text=phrase.text[:-2],
            name=phrase.name[:-2],
            head=phrase.head[:-2],
        )
    if phrase is None or (reader_filters.get() and not _speaker_like(phrase)):
        return None
    if reader_filters.get() and _reads_on_past_its_verb(phrase):
        # the rules' subject just before the cue, if there is a clean one ("… not being an
        # ideal situation the student says that …")
        phrase = phrase_before(text, toks, cue_first - 1) if cue_first > 0 else None
        if phrase is None or _reads_on_past_its_verb(phrase) or not _speaker_like(phrase):
            return None
    opening = after_dateline(toks, 0)
    if 0 < opening < len(toks) and phrase.span[0] < toks[opening].start:
        # "MANCHESTER, N.H. - With a snowstorm …, candidates scurried …, leveling attacks
        # against …": a dateline's place is nobody
        return None
    spans = found.spans(toks)
    if kind is StatementKind.REPORTED and len(found.content) > 1:
        spans = _reported_pieces(toks, found, spans)
        spans = _gaps_closed(toks, found, spans)
    if kind is StatementKind.REPORTED:
        spans = _past_a_dangling_word(unit, spans)
        spans = _within_opening_clause(text, unit, cue_last, spans)
        spans = _within_brackets(text, unit, cue_first, spans)
    spans = _without_lead_punctuation(text, spans)
    if kind is StatementKind.DIRECT:
        spans = [_inside_marks(text, span) for span in spans]
    if not spans or _names_a_venue(toks, found, kind) or _brought_to_mind(toks, found):
        return None
    if _names_a_thing(text, toks, found, spans):
        return None
    if sum(len(text[a:b].split()) for a, b in spans) < 2:
        return None  # "saw it", "claimed she": too short to be anything a reader can use
    span = (toks[found.cue.first].start, toks[found.cue.last].end)
    cue = Mention(text[span[0] : span[1]], span)
    return Draft(kind, spans, cue, phrase)


def _reported_pieces(toks: list[Tok], found: Found, spans: list[Span]) -> list[Span]:
    """Unquoted content in pieces around its cue is one statement only when the cue is set
    off by commas ("The museum, Mr. Obama said, would …"); otherwise the words before the
    source are another sentence's clause ("…, the moderators didn't ask her about it")."""
    assert found.cue is not None
    first, cue = found.content[0], found.cue
    after = [k for k, r in enumerate(found.content) if r.first > cue.last]
    if not after or first.first > cue.first:
        return spans
    second = found.content[after[0]]
    if toks[first.last + 1].text == "," and toks[second.first - 1].text == ",":
        return spans
    return spans[after[0] :]


#: how many words between two pieces of one content after its cue are the content's own
#: ("all the available evidence | points to | Russia as the perpetrators")
_INNER_GAP = 3


def _particle_given(toks: list[Tok], found: Found) -> bool:
    """Whether a cue whose verb is a deed without its particle ("fired back", not "fired
    round after round of teargas") has it, in the cue or right after it."""
    assert found.cue is not None
    lex = lexicon()
    cue = toks[found.cue.first : found.cue.last + 2]
    needing = [t for t in cue if lex.cue_lemma.get(t.lower) in words().deeds_without_particle]
    if not needing:
        return True
    lemmas = {lex.cue_lemma[t.lower] for t in needing}
    return any((lemma, t.lower) in lex.phrasal for lemma in lemmas for t in cue)


def _gaps_closed(toks: list[Tok], found: Found, spans: list[Span]) -> list[Span]:
    """Pieces of a reported content that all follow its cue, a few words apart with no
    punctuation between, are one span: the words between are the content's (an inner cue
    the tagger left out), and the statement keeps them."""
    assert found.cue is not None
    if len(spans) < 2 or found.content[0].first <= found.cue.last:
        return spans
    runs = found.content
    for left, right in pairwise(runs):
        gap = toks[left.last + 1 : right.first]
        if len(gap) > _INNER_GAP or any(not t.text[0].isalnum() for t in gap):
            return spans
    return [(spans[0][0], spans[-1][1])]


def _within_opening_clause(text: str, unit: Unit, cue: int, spans: list[Span]) -> list[Span]:
    """ "While Trump has railed against X, he's sought Y": a cue inside a sentence-opening
    clause reports up to that clause's comma, as the rules' cues do; the main clause after it
    is the article's own."""
    from ..attribution.clauses import opening_clause_end
    from ..attribution.sentence import trim

    end = opening_clause_end(unit.toks, unit.quoted, 0)
    if end is None or unit.toks[cue].start > end:
        return spans
    out = []
    for a, b in spans:
        if a >= end:
            continue
        cut = trim(text, a, min(b, end)) if b > end else (a, b)
        if cut is not None:
            out.append(cut)
    return out or spans


def _within_brackets(text: str, unit: Unit, cue: int, spans: list[Span]) -> list[Span]:
    """ "Murphy (who was always in favor of strict gun controls) said …": a cue inside
    brackets reports up to the closing one, as the rules' cues do."""
    from ..attribution.sentence import trim

    toks = unit.toks
    depth = 0
    for k in range(cue - 1, -1, -1):
        depth += (toks[k].text == ")") - (toks[k].text == "(")
        if depth < 0:
            break
    else:
        return spans
    close = next((t.start for t in toks[cue:] if t.text == ")"), None)
    if close is None:
        return spans
    cut = [trim(text, a, min(b, close)) for a, b in spans if a < close]
    return [c for c in cut if c is not None] or spans


def _without_its_date(run: list[Tok]) -> list[Tok]:
    """ "A poll from Marquette Law School released Wednesday": the day says when, the poll
    who; the day goes, with its lead words ("in late") and the participle before it."""
    w = words()
    k = len(run)
    # a day or a month ("Wednesday", "August"), not "the Masters next week": there the words
    # before the time may be another clause's
    while k > 0 and run[k - 1].lower in w.time_words and run[k - 1].lower not in w.time_nouns:
        k -= 1
    if k == len(run):
        return run
    while k > 0 and run[k - 1].lower in w.time_leads:
        k -= 1
    if k > 1 and run[k - 1].lower.endswith("ed"):
        k -= 1
    # "a CNN/ORC poll of South Carolina": the poll speaks, not the place it asked
    of = max((j for j in range(1, k) if run[j].lower == "of"), default=0)
    if of and all(t.capitalized for t in run[of + 1 : k]) and not run[of - 1].capitalized:
        k = of
    # "a Quinnipiac University poll": the issuer named, the poll is no unnamed document
    first = 1 if k > 2 and run[0].lower in ("a", "an") and run[1].capitalized else 0
    return run[first:k]


def _named_before(text: str, toks: list[Tok], words: list[Tok]) -> Phrase | None:
    """ "Sarah Lee, the Democratic half of a polling team for WBUR, sounded …" tagged from
    "the": the name the apposition describes speaks, with it as her role."""
    if len(words) < 2 or words[0].lower not in ("a", "an", "the"):
        return None
    at = toks.index(words[0])
    if at < 2 or toks[at - 1].text != ",":
        return None
    name = phrase_before(text, toks, at - 2)
    if name is None or name.form != "name":
        return None
    start = toks.index(next(t for t in toks if t.start == name.span[0]))
    if start > 0 and toks[start - 1].text not in ",;:—–(":
        return None  # a name inside a clause of its own ("… told Sarah Lee, the …")
    role = text[words[0].start : words[-1].end]
    return replace(name, role=role)


def _subject_before(text: str, toks: list[Tok], cue: int) -> Phrase | None:
    """The tagger saw the cue but no source: the rules' subject just before the cue, or a
    sentence-opening name followed by a comma-set apposition ("Jo Roe, a host at …, said")."""
    phrase = phrase_before(text, toks, cue - 1) if cue > 0 else None
    if phrase is not None:
        return phrase
    if cue < 2 or toks[cue - 1].text != "," or not toks[0].text[0].isupper():
        return None
    end = 0
    while end < cue and toks[end].text != "," and toks[end].text[0].isupper():
        end += 1
    if end == 0 or end >= cue or toks[end].text != ",":
        return None
    return _phrase(text, toks[:end])


#: heads of noun phrases that never speak: times, and words that are no noun at all
_NOT_SPEAKERS = frozenset(
    {"year", "years", "week", "weeks", "month", "months", "day", "days", "time", "times"}
    | {"night", "weekend", "morning", "evening", "you", "him", "them", "me", "us", "worth"}
)


def _speaker_like(phrase: Phrase) -> bool:
    """A name, a pronoun, or a noun that can speak ("leaders", "the report"); not "the years",
    "them" or a function word."""
    lex = lexicon()
    if phrase.text.endswith(("'s", "’s")) and phrase.text[:-2].lower() in lex.not_speakers:
        return False  # "Let's hope that …": nobody
    if phrase.form == "nominal" and lex.nominal_heads.get(phrase.head) == "document":
        # "A statement saying …": a document nobody is named as issuing speaks for nobody;
        # "the report says" names one the article has in mind.
        return phrase.text.split(maxsplit=1)[0].lower() not in ("a", "an")
    if phrase.form != "nominal" or phrase.head in lex.nominal_heads:
        return True
    head = phrase.head
    return (
        head.isalpha()
        and len(head) > 2
        and head not in _NOT_SPEAKERS
        and head not in lex.function_words
        and head not in lex.skip_words
        and head not in words().focus_adverbs  # ", perhaps recognizing that …"
        and not head.endswith("ly")
    )


#: marks that open and close a quotation, and the comma a quote closes on before its cue
_OPENING_MARKS = "\"“‘'"
_CLOSING_MARKS = "\"”’'"


def _inside_marks(text: str, span: Span) -> Span:
    """'"The claim is speculative,"' → 'The claim is speculative': a quotation the tagger
    found reads as the rules' do, inside its marks and without the comma before the cue."""
    a, b = span
    while b - a > 2 and text[a] in _OPENING_MARKS and text[b - 1] in _CLOSING_MARKS:
        # one closing mark for each opening one ("''…,''" is doubled); a quote nested at the
        # end keeps its own ("… that ‘butter is back.’")
        a, b = a + 1, b - 1
    if text[b - 1 : b] == "," and b > a:
        b -= 1
    return (a, b)


def _reads_on_past_its_verb(phrase: Phrase) -> bool:
    """ "the European Commission downgraded", "A chorus of leaders lined up to", "Except for his
    brief appearance in Mosul in July to": a source the tagger read on into its clause is no
    one's name."""
    said = phrase.text.split()
    if len(said) < 2:
        return False
    lex, w = lexicon(), words()
    last = said[-1]
    if last.islower() and (
        last in lex.function_words or (last.endswith("ed") and last not in w.people_asked)
    ):
        return True  # ("those surveyed", "Cuban Americans polled" are people asked)
    opener = said[0].lower()
    if opener == "not":
        return True  # "not being an ideal situation the student"
    return said[0][:1].isupper() and (opener in w.prepositions or opener == "except")


def _without_lead_punctuation(text: str, spans: list[Span]) -> list[Span]:
    """ "said ; ‘Tony wanted …", "cited , but it's …": the tagger's content may open on the
    punctuation after its cue; it starts at the first word or opening quote mark."""
    from ..attribution.sentence import trim

    if not spans:
        return spans
    a, b = spans[0]
    while a < b and not text[a].isalnum() and text[a] not in "\"“‘'":
        a += 1
    if a == spans[0][0]:
        return spans
    cut = trim(text, a, b)
    return [cut, *spans[1:]] if cut is not None else spans[1:]


def _names_a_venue(toks: list[Tok], found: Found, kind: StatementKind) -> bool:
    """ "in the hope it will …", "of view of": a cue that opens on a preposition is no verb
    of saying; "explained on an episode of …", "wrote on his blog": what follows such a cue
    is where the words were said, not what they were."""
    assert found.cue is not None
    w = words()
    if toks[found.cue.first].lower in w.postmodifier_preps:
        return True
    return (
        kind is StatementKind.REPORTED
        and toks[found.cue.last].lower in w.venue_prepositions
        and toks[found.content[0].first].lower in w.object_openers
    )


def _names_a_thing(text: str, toks: list[Tok], found: Found, spans: list[Span]) -> bool:
    """ "which he called the Quik Pod": a thing named, as with the rules (``only_a_name``)."""
    from ..attribution.content import only_a_name

    assert found.cue is not None
    lemma = lexicon().cue_lemma.get(toks[found.cue.last].lower)
    return lemma == "call" and len(spans) == 1 and only_a_name(text, spans[0])


def _brought_to_mind(toks: list[Tok], found: Found) -> bool:
    """ "you probably think of the mountains", "makes fans think of “American Pie.”": what
    one thinks of is a thing that comes to mind, not a view anyone gave."""
    assert found.cue is not None
    lex = lexicon()
    cue = toks[found.cue.first : found.cue.last + 1]
    return cue[-1].lower in ("of", "about") and any(
        lex.cue_lemma.get(t.lower) == "think" for t in cue
    )


def _unsaid(toks: list[Tok], found: Found, lo: int, cue_last: int) -> bool:
    """What the tagger finds that nobody said, though its cue reports: a modal makes it words
    not said yet ("Some might say …", "Ronaldo will be hoping …"), and "shows" or "revealed"
    with a thing as object shows a thing ("the video shows the rescue of …", "Audi revealed
    the second model"), unless what shows is a finding's source."""
    w = words()
    lex = lexicon()
    before = toks[lo : cue_last + 1]
    if any(t.lower in w.speculative for t in before):
        return True  # "Some might say …"
    cue_first = found.cue.first if found.cue is not None else cue_last
    if any(t.lower in w.withheld_speech for t in toks[cue_first:cue_last]):
        return True  # "left without saying whether …", "refrained from saying …"
    lemma = next((lex.cue_lemma[t.lower] for t in before if t.lower in lex.cue_lemma), "")
    future = any(t.lower in w.modals or t.lower.endswith(("'ll", "’ll")) for t in before)
    if future and (not lemma or lemma in lex.weak_cues):
        # "will be hoping", "will begin to think": a stance to come; "will tell reporters
        # that …" is words given out ahead, as the rules read it
        return True
    shows = lex.cue_lemma.get(toks[cue_last].lower) in w.showing_cues
    if not shows or toks[found.content[0].first].lower not in w.object_openers:
        return False
    # a poll, a survey or data shows a finding whatever its shape ("Polls showed a virtual
    # dead heat"); a video, a scan or a carmaker shows a thing
    if found.source is None:
        return True
    source = toks[found.source.first : found.source.last + 1]
    return not any(t.lower in w.finding_sources for t in source)


def _owner_reports(toks: list[Tok], cue_first: int, cue_last: int) -> bool:
    """ "Pence's call for …", "Obama's original pledge to …", "Smith's claim that …": a noun
    after its owner reports words when "that", a colon, "for" or "to" brings them; not
    "comment to refer to", "question centered on", "suggested search term"."""
    nxt = toks[cue_last + 1].lower if cue_last + 1 < len(toks) else ""
    if nxt in ("that", ":", "for", "to"):
        return True
    return toks[cue_last].lower in ("for", "to") and cue_last - cue_first <= 2


def _deed_after(toks: list[Tok], cue_last: int) -> bool:
    """The rules' reading of a cue and its infinitive: "decided to close", "agreed to pay"
    report a deed, not words ("vowed to fight" still reports); so does a cue with a deed's
    object ("claimed the lives of …")."""
    from ..attribution.cues import cue_of_a_deed  # the builder imports this module

    lex = lexicon()
    if cue_of_a_deed(toks, cue_last):
        return True  # "has claimed the lives of 200,000 people": a deed, no words
    if cue_last + 1 >= len(toks) or toks[cue_last + 1].lower != "to":
        return False
    lemma = lex.cue_lemma.get(toks[cue_last].lower)
    if lemma is None or (lemma, "to") not in lex.phrasal:
        return True
    deed = toks[cue_last + 2].lower if cue_last + 2 < len(toks) else ""
    return deed in words().action_infinitives


def _clause_content(toks: list[Tok], found: Found) -> bool:
    """ "ruled that …", "coy about whether …": the cue reports a clause; not "the court heard
    that …" or "it appears that …", which say what was seen or seems, by nobody in particular."""
    assert found.cue is not None
    w = words()
    cue = toks[found.cue.first : found.cue.last + 1]
    if any(t.lower in w.perception_verbs for t in cue):
        return False
    if found.source is not None and toks[found.source.first].lower == "it":
        return False
    first = found.content[0].first
    before = toks[first - 1].lower if first > 0 else ""
    return toks[first].lower in w.complement_openers or before in w.complement_openers


def _may_report(toks: list[Tok], quoted: list[bool]) -> bool:
    """False when ``_draft`` would drop whatever the tagger found in this sentence: with no
    quoted word every statement is reported, and a reported one needs a reporting word in
    its cue or a clause opener ("that", "whether") at its content. Half the sentences the
    rules leave have neither (751 of 1,543 on PolNeAr dev), and tagging them was wasted."""
    if any(quoted):
        return True
    openers = words().complement_openers
    return any(_reports(t.lower) or t.lower in openers for t in toks)


def _reports(word: str) -> bool:
    return word in lexicon().cue_lemma or word == "according"


def _phrase(text: str, words: list[Tok]) -> Phrase | None:
    if not words:
        return None
    lex = lexicon()
    if words[-1].lower in lex.pronouns and words[-1].lower not in RELATIVE_PRONOUNS:
        # "Like I said before", "The reason why I say": the pronoun that ends the run speaks
        return phrase_from_words(text, words[-1:], "pronoun")
    comma = next((k for k, t in enumerate(words) if t.text == ","), 0)
    if 0 < comma < len(words) - 1 and all(t.capitalized for t in words[:comma]):
        # "Bill McInturff, the Republican half of a polling team for NBC News": the name
        # before the comma speaks, and what the apposition says is its role
        lead = words[comma + 1]
        # "…, Hong Kong’s new police commissioner": an owner in capitals opens the role too
        owned = any(t.text.endswith(("’s", "'s")) for t in words[comma + 1 : -1])
        # "Senator Shelley Moore Capito, Republican of West Virginia,": a person's name (a
        # title or a given name opens it) before a capitalised description
        person_first = words[0].lower in lex.titles or words[0].lower in lex.gender
        if lead.lower in ("a", "an", "the") or lead.text.islower() or owned or person_first:
            person = phrase_from_words(text, words[:comma], "name")
            if person.form == "name":
                end = words[-1].end
                role = text[lead.start : end]
                span = (words[0].start, end)
                return replace(person, span=span, text=text[span[0] : end], role=role)
    named = words[-1].text[0].isupper()
    return phrase_from_words(text, words, "name" if named else "nominal")
