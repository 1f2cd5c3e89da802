"""Retrain the attribution tagger from a PolNeAr-style folder (``gold.jsonl``).

    python -m briefing.builder.learned.train ../shared/eval/polnear-train [-o FILE]

Same data and options give the same weights file, byte for byte. Writes the package's
weights file unless ``-o`` names another one.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pycrfsuite

from ..attribution import extract_statements
from ..sentences import split_sentences
from .document import units as cut_units
from .features import RuleMark
from .labels import gold_labels
from .merge import capture
from .model import weights_path

Marks = list[tuple[tuple[int, int], RuleMark]]


class TrainingError(Exception):
    """No usable training data; the message says where and why."""


def read_articles(folder: Path) -> list[dict[str, Any]]:
    gold = folder / "gold.jsonl"
    if not gold.is_file():
        raise TrainingError(f"{folder}: no gold.jsonl here, so nothing to learn from")
    articles = []
    for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            art = json.loads(line)
            if not isinstance(art["text"], str) or not isinstance(art["attributions"], list):
                raise TypeError("text or attributions of the wrong type")
        except (ValueError, KeyError, TypeError) as exc:
            raise TrainingError(
                f"{gold}:{number}: not an article with attributions ({exc})"
            ) from None
        articles.append(art)
    if not articles:
        raise TrainingError(f"{gold}: holds no articles, so nothing to learn from")
    articles.sort(key=lambda a: str(a.get("seed", "")))
    return articles


def rule_marks_for(text: str) -> tuple[list[tuple[int, int]], Marks]:
    """The sentences of ``text`` and what the rules find in it, as the builder sees them."""
    sentences = split_sentences(text)
    seen: Marks = []
    token = capture.set(seen.extend)
    try:
        extract_statements(text, sentences)
    finally:
        capture.reset(token)
    return sentences, seen


def sequences(
    articles: list[dict[str, Any]], units: str = "paragraph"
) -> list[tuple[list[list[str]], list[str]]]:
    out = []
    for art in articles:
        text = art["text"]
        sentences, marks = rule_marks_for(text)
        for para in cut_units(text, sentences, marks, units):
            out.append((para.features, gold_labels(para.toks, art["attributions"])))
    return out


def train(
    articles: list[dict[str, Any]],
    out: Path,
    c1: float = 0.05,
    c2: float = 0.01,
    iterations: int = 100,
    min_freq: int = 2,
    units: str = "paragraph",
) -> dict[str, Any]:
    """Train on ``articles`` and write the gzip-compressed model to ``out``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    tokens = 0
    for features, labels in sequences(articles, units):
        trainer.append(features, labels)
        tokens += len(labels)
    params = {
        "c1": c1,
        "c2": c2,
        "max_iterations": iterations,
        "feature.minfreq": min_freq,
        "feature.possible_transitions": True,
    }
    trainer.set_params(params)
    with tempfile.TemporaryDirectory() as tmp:
        raw_path = Path(tmp) / "model.crfsuite"
        trainer.train(str(raw_path))
        raw = raw_path.read_bytes()
    # mtime=0 and no file name: the same data gives the same bytes
    packed = gzip.compress(raw, compresslevel=9, mtime=0)
    _write(out, packed)
    return {
        "articles": len(articles),
        "tokens": tokens,
        "params": params,
        "sha256": hashlib.sha256(packed).hexdigest(),
        "bytes": len(packed),
    }


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.tmp")
    partial.write_bytes(data)
    os.replace(partial, path)  # a build running meanwhile reads the old file or the new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m briefing.builder.learned.train", description=__doc__.splitlines()[0]
    )
    parser.add_argument("folder", type=Path, help="folder holding gold.jsonl (PolNeAr form)")
    parser.add_argument("-o", "--output", type=Path, default=None, help="weights file to write")
    parser.add_argument("--c1", type=float, default=0.05, help="L1 penalty (sparser model)")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument(
        "--holdout",
        type=int,
        default=0,
        help="leave out every article whose number mod 10 is below this (tuning)",
    )
    parser.add_argument(
        "--units", choices=("paragraph", "sentence"), default="paragraph", help="training units"
    )
    args = parser.parse_args(argv)
    try:
        articles = read_articles(args.folder)
    except TrainingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 1
    if args.holdout:
        articles = [a for i, a in enumerate(articles) if i % 10 >= args.holdout]
    out = args.output or weights_path()
    started = time.perf_counter()
    info = train(articles, out, args.c1, args.c2, args.iterations, units=args.units)
    info["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(info))
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
