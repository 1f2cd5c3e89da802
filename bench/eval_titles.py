"""Titles of articles without a headline against CNN/DM reference highlights; reads
``../shared/eval/cnndm-dev`` (not part of the tests, needs nothing from the repo's data).

For every seed of ``../shared/eval/cnndm-dev/seeds`` the brief's title is compared with the
article's reference highlights (``gold.jsonl`` field ``reference``) by ROUGE-1, beside a
baseline title: the first clause of the lead sentence (also cut to a title's 90 characters,
for a fair comparison). ROUGE-1 here counts unigrams of
lower-cased letters and digits, clipped, without stemming (so a little below rouge-score's
stemmed figure). A title is short and the highlights long, so precision says most about a
title: how many of its words the highlights share. ``--show N`` prints N titles beside the
baseline and the first highlight.

    .venv/bin/python bench/eval_titles.py [--show 20]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from briefing.builder.attribution import extract_statements
from briefing.builder.sentences import split_sentences
from briefing.builder.title import MAX_TITLE, make_title
from briefing.seeds import read_seed

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "cnndm-dev"
STORIES = ROOT.parent / "shared" / "eval" / "stories-dev"
_WORD = re.compile(r"[a-z0-9]+")
_FIRST_CLAUSE = re.compile(r"[,;:(]|\s[-–—]\s")
_DATELINE = re.compile(r"^\s*(?:\(CNN\)\s*|By \. [^.]+\. |[A-Z][A-Z .,'-]{2,40}\s*[-–—]{1,2}\s*)")


def rouge1(candidate: str, reference: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of clipped unigram overlap."""
    cand = Counter(_WORD.findall(candidate.lower()))
    ref = Counter(_WORD.findall(reference.lower()))
    overlap = sum((cand & ref).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p, r = overlap / sum(cand.values()), overlap / sum(ref.values())
    return p, r, 2 * p * r / (p + r)


def lead_clause(text: str) -> str:
    """The baseline: the first sentence's words up to its first clause break."""
    sentences = split_sentences(text)
    if not sentences:
        return ""
    first = _DATELINE.sub("", text[sentences[0][0] : sentences[0][1]])
    return _FIRST_CLAUSE.split(first, maxsplit=1)[0].strip()


def titles_of(path: Path) -> tuple[str, str, str]:
    """The brief's title of a seed, the lead clause, and that clause cut to a title's length."""
    text = read_seed(path).body
    sentences = split_sentences(text)
    speakers, statements = extract_statements(text, sentences)
    title = make_title(text, sentences, speakers, statements)
    baseline = lead_clause(text)
    capped = baseline if len(baseline) <= MAX_TITLE else baseline[:MAX_TITLE].rsplit(" ", 1)[0]
    return title, baseline, capped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N titles")
    args = parser.parse_args()
    gold = {
        row["seed"]: row["reference"]
        for row in map(json.loads, (DATA / "gold.jsonl").read_text(encoding="utf-8").splitlines())
    }
    totals = {name: [0.0, 0.0, 0.0] for name in ("title", "lead clause", "lead clause ≤90")}
    shown = 0
    for path in sorted((DATA / "seeds").glob("*.txt")):
        reference = gold.get(path.name)
        if reference is None:
            continue
        title, baseline, capped = titles_of(path)
        for name, candidate in (
            ("title", title),
            ("lead clause", baseline),
            ("lead clause ≤90", capped),
        ):
            for k, value in enumerate(rouge1(candidate, reference)):
                totals[name][k] += value
        if shown < args.show:
            shown += 1
            print(f"- title:    {title}\n  baseline: {baseline}\n  gold:     {reference[:110]}")
    count = len(gold)
    print(f"CNN/DM dev, {count} articles, ROUGE-1 against the reference highlights")
    for name, (p, r, f) in totals.items():
        print(f"{name:16s} P {p / count:.3f}  R {r / count:.3f}  F1 {f / count:.3f}")
    if STORIES.is_dir():
        _stories(args.show)


def _stories(show: int) -> None:
    """FNC-1 web articles (feature ledes, hooks, no headline in the text) against the
    headlines written for their story: how many of a title's words those headlines use
    (ROUGE-1 precision against all of the story's claim headlines together)."""
    claims: dict[str, list[str]] = {}
    for row in map(json.loads, (STORIES / "claims.jsonl").read_text(encoding="utf-8").splitlines()):
        claims.setdefault(row["story"], []).append(row["claim"])
    story_of = {
        row["seed"]: row["story"]
        for row in map(
            json.loads, (STORIES / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        )
    }
    totals = {"title": 0.0, "lead clause ≤90": 0.0}
    count = shown = 0
    for path in sorted((STORIES / "seeds").glob("*.txt")):
        headlines = claims.get(story_of.get(path.name, ""))
        if not headlines:
            continue
        title, _lead, capped = titles_of(path)
        reference = " ".join(headlines)
        totals["title"] += rouge1(title, reference)[0]
        totals["lead clause ≤90"] += rouge1(capped, reference)[0]
        count += 1
        if shown < show:
            shown += 1
            print(f"- title:    {title}\n  baseline: {capped}\n  story:    {headlines[0][:110]}")
    print(f"FNC-1 stories dev, {count} articles, ROUGE-1 precision against the story's headlines")
    for name, p in totals.items():
        print(f"{name:16s} P {p / max(count, 1):.3f}")


if __name__ == "__main__":
    main()
