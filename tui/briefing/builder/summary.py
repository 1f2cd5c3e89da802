"""An extractive summary: a few sentences of the article, in article order.

News puts what happened first, so position is the strongest signal; on top of it a sentence
earns credit for words the rest of the article keeps returning to (centrality) and for carrying
someone's statement, and loses it for repeating a sentence already chosen. Sentences too short
to stand alone, page furniture, photo captions and pieces of a quotation cut off from its
speaker are never chosen. Tuned on CNN/DailyMail (bench/eval_summary.py), where it edges past
Lead-3.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from ..language.topics import sentence_stems
from ..model import Span, Statement, SummarySentence
from .furniture import is_boilerplate, is_caption
from .headline import headline_span

MIN_SENTENCES = 3
MAX_SENTENCES = 5
#: Rough length of a reader's summary, in words; a fourth or fifth sentence is taken only
#: while the summary stays under it.
WORD_BUDGET = 70


@dataclass(frozen=True, slots=True)
class Weights:
    position: float = 1.0
    position_decay: float = 0.35
    centrality: float = 0.3
    redundancy: float = 0.8
    #: Credit for a sentence that carries someone's statement: who said what is the news.
    statement: float = 0.1


DEFAULT_WEIGHTS = Weights()


def summarize(
    text: str,
    sentences: list[Span],
    statements: list[Statement],
    weights: Weights = DEFAULT_WEIGHTS,
) -> list[SummarySentence]:
    """Pick 3–5 sentences (fewer only when the article has fewer), returned in article order."""
    if not sentences:
        return []
    candidates = _candidates(text, sentences)
    if len(candidates) < MIN_SENTENCES:
        # A short or odd article: better its usable sentences, then its first ones, than nothing.
        extra = [i for i in range(len(sentences)) if i not in candidates]
        candidates = sorted(candidates + extra[: MIN_SENTENCES - len(candidates)])
    stems_of = {i: sentence_stems(text[slice(*sentences[i])]) for i in candidates}
    sets_of = {i: frozenset(stems) for i, stems in stems_of.items()}
    sentence_freq: Counter[str] = Counter()
    for i in candidates:
        sentence_freq.update(sets_of[i])

    quoted = {st.sentence for st in statements}
    base: dict[int, float] = {}
    for rank, i in enumerate(candidates):
        stems = sets_of[i]
        # Words that recur across other sentences make a sentence central; log-damped so a
        # long sentence cannot win by size alone.
        recurring = sum(math.log1p(sentence_freq[s] - 1) for s in stems)
        centrality = recurring / (1.0 + math.sqrt(len(stems_of[i]) or 1) * 3)
        base[i] = (
            weights.position * math.exp(-weights.position_decay * rank)
            + weights.centrality * centrality
            + (weights.statement if i in quoted else 0.0)
        )

    chosen: list[int] = []
    # Each candidate's largest overlap with a chosen sentence, kept up to date as sentences are
    # chosen rather than recomputed against all of them each round.
    overlap = dict.fromkeys(candidates, 0.0)
    words = 0
    while len(chosen) < MAX_SENTENCES and len(chosen) < len(candidates):
        best, best_score = -1, -math.inf
        for i in candidates:
            if i in chosen:
                continue
            score = base[i] - weights.redundancy * overlap[i]
            if score > best_score:
                best, best_score = i, score
        length = len(text[slice(*sentences[best])].split())
        if len(chosen) >= MIN_SENTENCES and words + length > WORD_BUDGET:
            break
        chosen.append(best)
        words += length
        for i in candidates:
            overlap[i] = max(overlap[i], _overlap(sets_of[i], sets_of[best]))
    return [
        SummarySentence(text=text[sentences[i][0] : sentences[i][1]], span=sentences[i])
        for i in sorted(chosen)
    ]


def _candidates(text: str, sentences: list[Span]) -> list[int]:
    """Sentences that can stand alone: not the headline, a quote fragment, boilerplate or tiny."""
    inside_quote = False
    usable: list[int] = []
    headline = headline_span(text)
    for i, (start, end) in enumerate(sentences):
        if headline is not None and start < headline[1]:
            continue  # the title shows the headline already
        sentence = text[start:end]
        marks = sentence.count('"') + sentence.count("“") + sentence.count("”")
        starts_inside = inside_quote
        if marks % 2:
            inside_quote = not inside_quote
        # A sentence that opens or closes inside a quotation is a piece of someone's words
        # whose speaker is named elsewhere.
        if starts_inside or inside_quote:
            continue
        if len(sentence.split()) < 6 or is_boilerplate(sentence):
            continue
        if is_caption(text, sentences, i):
            continue  # a photo's caption: the lead after it says the same as news
        usable.append(i)
    return usable


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))
