"""Statements of a whole article: transcripts, then each sentence's direct quotes and reported
speech, then quotes nobody introduced; ``speakers`` gives each its source."""

from __future__ import annotations

import bisect
import re

from ...model import Mention, Span, Speaker, Statement, StatementKind, join_spans
from ..draft import Draft
from ..learned.merge import with_learned
from ..lexicon import words
from ..mentions import RELATIVE_PRONOUNS, Phrase
from ..quotes import Quote, find_quotes
from ..speaker_names import is_furniture
from ..speakers import resolve_speakers
from ..tokens import token_at, tokens
from .cues import cue_starts, has_cue, headline_cues, headline_end
from .direct import direct
from .not_speech import mark_not_speech
from .reported import reported
from .sentence import Sentence, quoted_mask, trim
from .transcripts import transcript_turns
from .tweets import embedded_tweets, without_inner
from .unattributed import block_quotes, unattributed_quotes


def extract_statements(text: str, sentences: list[Span]) -> tuple[list[Speaker], list[Statement]]:
    """Every direct quote and reported statement of ``text``, with one speaker per source."""
    if not text.strip():
        return [], []
    quotes = find_quotes(text)
    drafts: list[Draft] = []
    used_quotes: set[int] = set()
    quote_starts = [q.open for q in quotes]
    sentence_starts = [s for s, _ in sentences]
    turns = transcript_turns(text, quotes, used_quotes)
    drafts.extend(turns)
    cues = cue_starts(text)
    headline = headline_end(text)
    for sentence in sentences:
        drafts.extend(
            _sentence_drafts(
                text, sentence, sentence_starts, quotes, quote_starts, used_quotes, cues, headline
            )
        )
    drafts.sort(key=lambda d: d.start)
    for at, draft in enumerate(drafts):
        if draft.follows_previous and at > 0:
            draft.inherit = drafts[at - 1]
            draft.phrase = drafts[at - 1].phrase
    drafts.extend(
        unattributed_quotes(text, quotes, used_quotes, drafts, frozenset(sentence_starts))
    )
    drafts.extend(block_quotes(text, drafts))
    drafts.sort(key=lambda d: d.start)
    # The tagger trained on PolNeAr adds what the rules missed (docs/attribution-model.md).
    drafts = with_learned(text, sentences, drafts, quotes)
    tweets = embedded_tweets(text)
    drafts = without_inner(drafts, tweets, text)
    for draft in drafts:
        _without_closing_apposition(text, draft)
    _first_person_in_turns(turns, drafts)
    # "declined to comment", "found herself": no words; the source stays for a later "she"
    mark_not_speech(text, drafts)
    links = _link_lines(text)
    if links:
        # "MORE: Man finds python in sink": another story's headline, nobody's statement here
        drafts = [d for d in drafts if not any(s <= d.start < e for s, e in links)]
    # Tweets are resolved last: the name under a post is no one the prose's "he" or "she"
    # goes on about ("— PinkNews (@pinknews) …. He told the website …" is the teacher).
    speakers = resolve_speakers(text, drafts + tweets)
    if tweets:
        drafts = sorted(drafts + tweets, key=lambda d: d.start)
    statements: list[Statement] = []
    for draft in _without_repeats(text, [d for d in drafts if d.speaker]):
        spans = tuple(draft.spans)
        named = _naming_phrase(draft)
        statements.append(
            Statement(
                id=f"s{len(statements) + 1}",
                speaker=draft.speaker,
                kind=draft.kind,
                text=join_spans(text, spans),
                spans=spans,
                sentence=max(0, bisect.bisect_right(sentence_starts, draft.start) - 1),
                cue=draft.cue,
                source_mention=Mention(named.text, named.span) if named else None,
            )
        )
    return speakers, statements


#: what reported words end on after a name: an apposition the writer adds to it ("…he did not
#: support Mr. Trump, the presumed Putin favorite", "… with NATO, the existing alliance that …")
_CLOSING_APPOSITION = re.compile(r"(?<=[A-Za-z.])(?:’s|'s)?\s*,\s+(?:the|a|an)\s+[^,;]{2,80}$")
#: the words reported before it, at least: a short object ("attacked Alicia Machado, the
#: former beauty pageant winner") keeps its description
_WORDS_BEFORE_APPOSITION = 4


def _without_closing_apposition(text: str, draft: Draft) -> None:
    """Reported words end before the apposition closing them after a name: the writer's gloss
    on whom the speaker named, not what the speaker said (PolNeAr's annotators leave it out
    too)."""
    if draft.kind is not StatementKind.REPORTED or len(draft.spans) != 1:
        return
    start, end = draft.spans[0]
    found = _CLOSING_APPOSITION.search(text, start, end)
    if found is None or _holds_a_verb(text[found.start() : end]):
        return  # "…, the student has evaded capture": a clause of its own, no apposition
    named = text[start : found.start()].split()
    if len(named) >= _WORDS_BEFORE_APPOSITION and named[-1][:1].isupper():
        draft.spans[0] = (start, found.start())


def _holds_a_verb(apposition: str) -> bool:
    """Whether a finite verb stands in ``apposition`` before any relative word ("the American
    journalist who was shown …" is still an apposition)."""
    for word in re.findall(r"[\w’']+", apposition.lower()):
        if word in RELATIVE_PRONOUNS or word == "that":
            return False
        if word in words().finite_verbs:
            return True
    return False


def _end_before_the_next_speaker(text: str, draft: Draft, others: list[Draft]) -> None:
    """ "Of those who view Trump unfavorably, LeVell said: “…”": reported content ends at the
    comma before another speaker's name and cue whose words follow them."""
    start, end = draft.spans[-1]
    if draft.cue is None or draft.cue.span[0] > start or draft.cue.text.lower() == "according to":
        # words before their cue ("…, according to the Times") hold what they hold, and so
        # does what a source vouches for ("According to the Times, … Sotloff says …")
        return
    openers = words().prepositions | words().clause_openers
    for other in others:
        if other is draft or other.cue is None or other.phrase is None:
            continue
        named, cue = other.phrase.span[0], other.cue.span[0]
        if not (start < named < cue < end) or other.start < cue:
            continue  # not inside, or a parenthetical "X, Roe said, is …" whose words precede
        if other.phrase.form != "name" and text[other.cue.span[1] : end].strip(" ,.:"):
            continue  # "… although Lazar confessed, he showed no remorse": one clause
        comma = text.rfind(",", start, named)
        if comma > start and not text[comma + 1 : named].strip():
            joined = _LAST_JOINED.search(text, start, comma)
            if joined is not None:
                comma = joined.start()  # "…, and in November, Ming-Chi Kuo said": before "and"
            cut = trim(text, start, comma)
            if cut is None:
                continue
            kept = text[cut[0] : cut[1]].split()
            if kept[0] in openers and len(kept) <= _ADJUNCT_WORDS:
                continue  # "reports that in the video released today, Sotloff says …"
            draft.spans[-1] = cut
            end = cut[1]


#: most words of an adjunct that opens a clause ("in the video released today, …")
_ADJUNCT_WORDS = 6
#: a last piece of content that a conjunction opens and no comma closes
_LAST_JOINED = re.compile(r",? (?:and|but) [^,]{0,30}\Z")


def _first_person_in_turns(turns: list[Draft], drafts: list[Draft]) -> None:
    """ "PENCE: Well, look, I think we won.": an "I" or "we" inside a transcript's turn is the
    turn's speaker, not the writer of the article."""
    if not turns:
        return
    for draft in drafts:
        phrase = draft.phrase
        if phrase is None or phrase.form != "pronoun" or phrase.head not in ("i", "we"):
            continue
        turn = next(
            (
                t
                for t in turns
                if t is not draft and t.spans[0][0] <= phrase.span[0] < t.spans[-1][1]
            ),
            None,
        )
        if turn is not None:
            draft.inherit = turn


#: fewest words for a statement to count as repeated by another
_REPEAT_WORDS = 5


def _without_repeats(text: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without one that is another of its speaker's statements with a picture
    caption glued on after it without a stop ("… talk to them Ten-year Cottonwood Police
    veteran …"): the caption repeated the sentence, which stands clean elsewhere. (A
    statement repeated word for word stays: a live blog may quote the same tweet twice.)"""
    words_of = {id(d): join_spans(text, d.spans) for d in drafts}
    said: set[tuple[str, str]] = {(d.speaker, words_of[id(d)]) for d in drafts}
    return [d for d in drafts if not _glued_onto(d.speaker, words_of[id(d)], said)]


def _glued_onto(speaker: str, words: str, said: set[tuple[str, str]]) -> bool:
    """True if ``words`` are another statement of ``speaker`` (of at least five words, not
    ending in a stop) and then words that open with a capital: a caption run on into it."""
    for glue in _GLUE.finditer(words):
        head = words[: glue.start()]
        if (speaker, head) in said and len(head.split()) >= _REPEAT_WORDS:
            return True
    return False


#: a space before a capital letter, after a word that ends in no stop
_GLUE = re.compile(r"(?<=[^.!?\s]) (?=[A-Z])")


def _naming_phrase(draft: Draft) -> Phrase | None:
    """Where the text names the speaker of ``draft``: its own source phrase, or, for a quote
    paragraph that speaks on for the statement before it, the phrase that named that one."""
    seen = draft
    while seen.phrase is None and seen.inherit and seen.inherit.speaker == draft.speaker:
        seen = seen.inherit
    return seen.phrase


_LABEL = re.compile(r"^[ \t]*([A-Za-z][A-Za-z ]{0,20}):[ \t]", re.MULTILINE)


#: a list of links whose label lost its space with the page's layout: "RelatedIndia's PM …"
_GLUED_LABEL = re.compile(
    r"^[ \t]*(?:Related|RELATED|Read more|Recommended|See also)(?=[A-Z])", re.M
)


def _link_lines(text: str) -> list[Span]:
    """Lines that page furniture opens ("MORE: …", "Read more: …", "RelatedIndia: …"): links
    to other stories."""
    spans: list[Span] = []
    for match in [
        *(m for m in _LABEL.finditer(text) if is_furniture(m.group(1))),
        *_GLUED_LABEL.finditer(text),
    ]:
        end = text.find("\n", match.end())
        spans.append((match.start(), len(text) if end < 0 else end))
    return spans


def _sentence_drafts(
    text: str,
    sentence: Span,
    sentence_starts: list[int],
    quotes: list[Quote],
    quote_starts: list[int],
    used_quotes: set[int],
    cues: list[int],
    headline_end: int,
) -> list[Draft]:
    start, end = sentence
    headline = start < headline_end
    # Quotes never cross a line, so only a few before the sentence can still be open in it.
    lo = max(0, bisect.bisect_left(quote_starts, start) - 4)
    hi = bisect.bisect_left(quote_starts, end)
    local = [i for i in range(lo, hi) if quotes[i].close > start]
    closing = [i for i in local if quotes[i].close <= end + 1]
    if not closing and not headline and not has_cue(cues, start, end):
        return []
    # A quote closing here may have opened sentences ago: read from where it opened.
    region = start
    if closing and quotes[closing[0]].open < start:
        at = bisect.bisect_right(sentence_starts, quotes[closing[0]].open) - 1
        region = sentence_starts[max(0, at)]
    toks = tokens(text, region, end)
    if headline:
        toks = headline_cues(toks)
    nearby = [quotes[i] for i in local]
    sent = Sentence(text, start, toks, quoted_mask(toks, nearby), nearby, token_at(toks, start))
    drafts: list[Draft] = []
    used_cues: set[int] = set()
    for qi in closing:
        if qi in used_quotes:
            continue
        draft = direct(sent, quotes, qi, used_cues)
        if draft is not None:
            used_quotes.update(draft.uses)
            drafts.append(draft)
    found = reported(sent, used_cues, drafts)
    for draft in found:
        _end_before_the_next_speaker(text, draft, drafts + found)
    for draft in found:
        s, e = draft.spans[0]
        # Quotes inside reported content are part of it, not statements of their own (nor
        # is the quotation a source after it vouches for: "— “…,” according to the Times")
        used_quotes.update(i for i in local if s <= quotes[i].open < e or quotes[i].inner[0] == s)
    return drafts + found
