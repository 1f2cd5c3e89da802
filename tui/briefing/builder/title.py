"""A headline for the brief, built from the article: who said what, or else its lead clause.

Headlines are cut only at clause boundaries (a comma, "after", "which" …), never mid-phrase,
so a reader gets a short sentence rather than a truncated word salad.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Span, Speaker, SpeakerKind, Statement
from .headline import headline_span
from .lexicon import words
from .topics import content_stems, sentence_stems, stopwords

MAX_TITLE = 90
_LEAD_SENTENCES = 8
#: A claim shorter than this many content words is too thin to stand as a headline.
_MIN_CLAIM_WORDS = 3

# Where a clause ends and an aside begins: cutting here keeps a grammatical main clause.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;:(]|\s[-–—]\s|\s(?:after|when|while|because|since|despite|though|although"
    r"|which|who|where|but|amid|following|before|until|adding|saying|stressing)\s)",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^\s*(?:\(CNN\)|[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,30}\))?\s*[-–—]{1,2}\s*)", re.MULTILINE
)
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|so|yet|or)\s+", re.IGNORECASE)
_OPEN_WORDS = re.compile(r"^(?:that|the|a|an)\s+", re.IGNORECASE)
_WEAK_START = re.compile(r"^(?:it|this|that|these|those|he|she|they|him|her|them)\b", re.I)
#: a claim that is a plan, a refusal or a manner ("to use the word …", "as a mother") reads
#: as its opposite or as nothing once the cue is gone
_NOT_A_CLAIM = re.compile(r"^(?:to|as|for|about|of|on|with)\b", re.I)
_QUOTE_CHARS = "\"“”‘’'"


def make_title(
    text: str, sentences: list[Span], speakers: list[Speaker], statements: list[Statement]
) -> str:
    written = _written_headline(text)
    if written is not None:
        return written
    central = _central_stems(text, sentences)
    by_id = {speaker.id: speaker for speaker in speakers}
    best: tuple[float, str] | None = None
    for statement in statements:
        # Past the first paragraphs a statement is detail, not the story.
        if statement.sentence > _LEAD_SENTENCES:
            continue
        speaker = by_id.get(statement.speaker)
        if speaker is None or speaker.kind == SpeakerKind.UNNAMED or not _is_name(speaker):
            continue
        headline = _said_headline(speaker, statement.text)
        if headline is None:
            continue
        stems = set(content_stems(headline))
        score = len(stems & central) / (1 + len(stems)) ** 0.5 - 0.15 * statement.sentence
        if speaker.kind == SpeakerKind.PERSON:
            score += 0.3
        if best is None or score > best[0]:
            best = (score, headline)
    if best is not None:
        return best[1]
    return _lead_headline(text, sentences)


def _said_headline(speaker: Speaker, claim: str) -> str | None:
    """A headline such as "Esper: US has no plans to pull out of Iraq", or None."""
    who = _short_name(speaker)
    claim = _main_clause(claim.strip().strip(_QUOTES_AND_PUNCT), MAX_TITLE - len(who) - 2)
    claim = _OPEN_WORDS.sub("", claim).strip(_QUOTES_AND_PUNCT)
    if (claim.count("“") + claim.count("”") + claim.count('"')) % 2:
        # Half a quotation reads as a typo in a headline.
        claim = re.sub(r"[\"“”]", "", claim)
    if not claim or _WEAK_START.match(claim) or _NOT_A_CLAIM.match(claim):
        return None
    if len(content_stems(claim)) < _MIN_CLAIM_WORDS:
        return None
    headline = f"{who}: {claim[0].upper()}{claim[1:]}"
    return headline if len(headline) <= MAX_TITLE else None


_QUOTES_AND_PUNCT = _QUOTE_CHARS + " ,.;:…"


def _main_clause(sentence: str, limit: int = MAX_TITLE, min_words: int = 4) -> str:
    """The longest head of ``sentence`` that ends at a clause break and fits in ``limit``."""
    if len(sentence) <= limit and not _CLAUSE_BREAK.search(sentence):
        return sentence
    best = sentence if len(sentence) <= limit else ""
    for match in _CLAUSE_BREAK.finditer(sentence):
        head = sentence[: match.start()].rstrip(" ,;:-–—")
        if len(head) > limit:
            break
        words = head.split()
        if (
            len(words) >= min_words
            and head.count("(") == head.count(")")
            and sum(head.count(q) for q in '"“”') % 2 == 0
            and words[-1].lower().strip(_QUOTES_AND_PUNCT) not in stopwords()
        ):
            best = head
    return best


def _is_name(speaker: Speaker) -> bool:
    """A headline needs a proper name: not "president", "He's" or "the source"."""
    parts = speaker.name.split()
    if not parts or not parts[0][:1].isupper() or parts[0].lower() in words().not_names:
        return False
    return not re.search(r"['’]s?$", parts[-1])


def _short_name(speaker: Speaker) -> str:
    if speaker.kind == SpeakerKind.PERSON:
        # Headlines name people by surname; suffixes such as "III" or "Jr." are not surnames.
        parts = [p for p in speaker.name.split() if not re.fullmatch(r"(?:[IVX]+|Jr\.?|Sr\.?)", p)]
        if parts:
            return parts[-1]
    name = speaker.name
    return name[0].upper() + name[1:] if name else "Source"


def _central_stems(text: str, sentences: list[Span], top: int = 12) -> set[str]:
    """Stems that recur across sentences: what the article is about."""
    counts: Counter[str] = Counter()
    for start, end in sentences:
        # dict keys keep first-seen order, so ties in most_common do not depend on the hash seed
        counts.update(dict.fromkeys(sentence_stems(text[start:end]), 1))
    return {stem for stem, n in counts.most_common(top) if n > 1}


def _written_headline(text: str) -> str | None:
    """The article's own headline, cut at a clause break if it is too long for the list."""
    span = headline_span(text)
    if span is None:
        return None
    line = " ".join(text[span[0] : span[1]].split()).rstrip(" .;")
    if len(line) <= MAX_TITLE:
        return line
    return _main_clause(line, min_words=3) or None


def _lead_headline(text: str, sentences: list[Span]) -> str:
    """The main clause of the first sentence that yields one, trimmed to fit."""
    # A lead that opens with a pronoun ("She's been living in New York …") names nobody.
    leads = sentences[:3]
    named = [s for s in leads if not _WEAK_START.match(_DATELINE.sub("", text[slice(*s)]))]
    for start, end in named or leads:
        sentence = " ".join(_DATELINE.sub("", text[start:end]).split()).rstrip(" .!?")
        sentence = _LEADING_CONJUNCTION.sub("", sentence)
        sentence = sentence[:1].upper() + sentence[1:]
        if len(sentence) <= MAX_TITLE and len(sentence.split()) >= 3:
            return sentence
        head = _main_clause(sentence, min_words=6)
        if head:
            return head
    first = " ".join(text.split())
    if not first:
        return "Untitled"
    if len(first) <= MAX_TITLE:
        return first
    # Last resort (one enormous clause): whole words and an ellipsis that says so.
    return first[: MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
