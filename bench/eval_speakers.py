"""Rebuild the hand-judged articles of bench/data/speaker_audit.yaml and report speaker errors.

Reads ../shared/eval (web-dev pages, stories-dev seeds): not part of the repo or the tests.
Each judged statement is found again in the new brief by the start of its text, then counted
as right (the brief's speaker carries one of the accepted names), wrong (another speaker, or
one brief speaker holding statements of two judged speakers: a merge), or not speech (an
action, a list line or a byline taken as a statement). Speakers named in `junk_speakers`
that still appear are counted too. Statements the new build no longer makes are "gone"
(a fixed not-speech line going is a gain, a right one going is a loss); statements it makes
that nobody judged are "unjudged" (read them before trusting the figures).

    .venv/bin/python bench/eval_speakers.py [--show wrong|not_speech|gone|unjudged|all]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from briefing.cli import main as briefing

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
AUDIT = ROOT / "bench" / "data" / "speaker_audit.yaml"


@dataclass
class Outcome:
    file: str
    text: str
    verdict: str  # right / wrong / not_speech / gone_right / gone_not_speech / unjudged
    speaker: str = ""
    expected: str = ""


def words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w’'.-]+", name.lower()) if w not in {"the", "a", "an"}}


def accepts(labels: list[str], speaker: dict[str, Any]) -> bool:
    names = [speaker["name"], *speaker.get("aliases", [])]
    lowered = {n.lower() for n in names}
    for label in labels:
        if label.lower() in lowered:
            return True
        # "Clarke" for "Steve Clarke", "NASA's Steve Clarke" for "Steve Clarke": proper names only,
        # so "the ministry" never passes for "Russia's foreign ministry".
        name = speaker["name"]
        if name[:1].isupper() and (words(label) <= words(name) or words(name) <= words(label)):
            return True
    return False


def build(files: list[Path], out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        for path in files:
            shutil.copy(path, inputs / path.name)
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            briefing(["build", str(inputs), "-o", str(out)])


def load_briefs(out: Path) -> dict[str, dict[str, Any]]:
    briefs = {}
    for path in out.glob("*.yaml"):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        briefs[data["source"]["file"]] = data
    return briefs


def judge(article: dict[str, Any], brief: dict[str, Any]) -> list[Outcome]:
    file = article["file"]
    speakers = {s["id"]: s for s in brief["speakers"]}
    statements = list(brief["statements"])
    used: set[int] = set()
    outcomes: list[Outcome] = []
    keys_by_speaker: dict[str, set[str]] = defaultdict(set)
    placed: list[tuple[Outcome, str, str]] = []
    for judged in article["statements"]:
        prefix = " ".join(judged["text"].split())
        found = next(
            (
                i
                for i, st in enumerate(statements)
                if i not in used and " ".join(st["text"].split()).startswith(prefix)
            ),
            None,
        )
        gone = "gone_not_speech" if judged.get("not_speech") else "gone_right"
        if found is None:
            outcomes.append(Outcome(file, prefix, gone))
            continue
        used.add(found)
        speaker = speakers[statements[found]["speaker"]]
        if judged.get("not_speech"):
            outcomes.append(Outcome(file, prefix, "not_speech", speaker["name"]))
            continue
        labels = judged["speaker"]
        ok = accepts(labels, speaker)
        outcome = Outcome(file, prefix, "right" if ok else "wrong", speaker["name"], labels[0])
        outcomes.append(outcome)
        if ok:
            keys_by_speaker[speaker["id"]].add(labels[0])
            placed.append((outcome, speaker["id"], labels[0]))
    for outcome, speaker_id, _key in placed:
        if len(keys_by_speaker[speaker_id]) > 1:
            outcome.verdict = "wrong"
            outcome.expected += (
                " (merged with "
                + ", ".join(sorted(keys_by_speaker[speaker_id] - {outcome.expected}))
                + ")"
            )
    for i, st in enumerate(statements):
        if i not in used:
            name = speakers[st["speaker"]]["name"]
            outcomes.append(Outcome(file, " ".join(st["text"].split())[:60], "unjudged", name))
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show", choices=["wrong", "not_speech", "gone", "unjudged", "all"], default=None
    )
    args = parser.parse_args()
    audit = yaml.safe_load(AUDIT.read_text(encoding="utf-8"))
    articles = audit["articles"]
    files = [EVAL / a["file"] for a in articles]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        print(f"{AUDIT}: missing eval files: {', '.join(missing)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "briefs"
        build(files, out)
        briefs = load_briefs(out)
    outcomes: list[Outcome] = []
    junk_left: list[str] = []
    junk_total = 0
    for article in articles:
        name = Path(article["file"]).name
        brief = briefs.get(name)
        if brief is None:
            print(f"{name}: no brief built", file=sys.stderr)
            continue
        outcomes.extend(judge(article, brief))
        names = {s["name"] for s in brief["speakers"]}
        junk = article.get("junk_speakers", [])
        junk_total += len(junk)
        junk_left.extend(f"{name[:8]}: {j}" for j in junk if j in names)
    counts = Counter(o.verdict for o in outcomes)
    speech = counts["right"] + counts["wrong"]
    present = speech + counts["not_speech"]
    judged = present + counts["gone_right"] + counts["gone_not_speech"]
    print(f"articles {len(articles)}, judged statements {judged}")
    print(
        f"present {present}: right {counts['right']}, wrong speaker {counts['wrong']}"
        f" ({counts['wrong'] / max(speech, 1):.1%} of speech), not speech"
        f" {counts['not_speech']} ({counts['not_speech'] / max(present, 1):.1%} of present)"
    )
    print(
        f"gone: not speech {counts['gone_not_speech']} (gain), right speech"
        f" {counts['gone_right']} (loss); unjudged new statements {counts['unjudged']}"
    )
    print(f"junk speaker names left {len(junk_left)} of {junk_total}: {'; '.join(junk_left)}")
    show = {
        "wrong": {"wrong"},
        "gone": {"gone_right", "gone_not_speech"},
        "not_speech": {"not_speech"},
        "unjudged": {"unjudged"},
        "all": {"wrong", "not_speech", "gone_right", "gone_not_speech", "unjudged"},
    }.get(args.show or "", set())
    for o in outcomes:
        if o.verdict in show:
            where = Path(o.file).name[:12]
            print(f"  {o.verdict:16} {where} [{o.speaker}] want [{o.expected}] {o.text[:70]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
