"""Disputes read by hand on unseen news: rebuilds a fixed reading set from ../shared/eval and
checks every listed dispute against the judgements in ``bench/data/disputes_read.jsonl``.

    .venv/bin/python bench/eval_disputes_read.py [--eval ../shared/eval] [--show] [--dump FILE]

Reads the shared evaluation data in ``../shared/eval`` (not part of the tests). The reading set
is fixed by rule, disjoint from ``disputes-dev``: every ``polnear-dev`` seed at an odd index in
sorted order (disputes-dev took the even ones: 42 articles), every ``cnndm-dev`` seed at index
3, 15, 27, … (every 12th from 3; disputes-dev took every 6th from 0: 11 articles), and every
6th ``polnear-train`` seed from index 0 (140 articles; the builder lists a dispute in about one
article in four, so fewer articles would give too few disputes to judge): 193 articles. Each
is read with ``briefing.seeds.read_seed`` and built with this worktree's
``briefing.builder.build_brief``. Each judgement keeps the article id, both sides' speakers,
the first words of their statements and their spans, the verdict (right: a reader would agree
the two sides conflict on the same point), a class for the wrong ones and a one-line reason.

``--second`` reads a second set, judged after the finder was fixed on the first and so
held out from those fixes: every 6th ``polnear-train`` seed from index 3 (140 articles), judged
in ``bench/data/disputes_read_second.jsonl`` (every dispute the builder listed before the fixes,
at 891076e).

``--third`` reads a third set, judged at 38b1738 before the confidence was calibrated on the
first two and held out from that work (never tuned on): every 6th ``polnear-train`` seed from
index 1 (140 articles) and every 12th ``cnndm-dev`` seed from index 9 (10 articles, none of them
in disputes-dev or the first set): 150 articles, judged in ``bench/data/disputes_read_third.jsonl``.

``--fourth`` reads a fourth set, judged at b3960d3 before the fixes of #15 and held out from them
(never tuned on): every 6th ``polnear-train`` seed from index 5 (140 articles) and every 12th
``cnndm-dev`` seed from index 5 (11 articles; disputes-dev took every 6th from 0 and the other
sets every 12th from 3 and 9, so none is shared): 151 articles, judged in
``bench/data/disputes_read_fourth.jsonl``.

``--fifth`` reads a fifth set, judged at f3aed90 before the second round of fixes of #15 and held
out from them (never tuned on): every 6th ``polnear-train`` seed from index 2 (140 articles) and
every 12th ``cnndm-dev`` seed from index 11 (10 articles; disputes-dev took every 6th from 0 and
the other sets every 12th from 3, 5 and 9, so none is shared): 150 articles, judged in
``bench/data/disputes_read_fifth.jsonl``.

``--sixth`` reads a sixth set, judged at 53324bb before the second calibration of #15 and held
out from it (never tuned on): every 6th ``polnear-train`` seed from index 4 (140 articles; the
other sets took every 6th from 0, 1, 2, 3 and 5) and every 12th ``cnndm-dev`` seed from index 1
(11 articles; disputes-dev took every 6th from 0 and the other sets every 12th from 3, 5, 9 and
11, so none is shared): 151 articles, judged in ``bench/data/disputes_read_sixth.jsonl``.

``--seventh`` reads a seventh set, judged at b325ac7 after the pooled calibration of #15 and held
out from it (never tuned on): every 3rd ``stories-dev`` article from index 0 in sorted order
(159 articles; no other set and not disputes-dev reads stories-dev) and every 12th ``cnndm-dev``
seed from index 7 (10 articles; disputes-dev took every 6th from 0 and the other sets every 12th
from 1, 3, 5, 9 and 11, so none is shared): 169 articles, judged in
``bench/data/disputes_read_seventh.jsonl``. Two of them (fnc_100, fnc_2222) are in the speaker
audit of ``eval_speakers.py``, tuned on for speakers; neither lists a dispute.

``--eighth`` reads an eighth set, judged at f54216b before the third round of fixes of #15 and
held out from them (never tuned on): every 3rd ``stories-dev`` article from index 1 in sorted
order (159 articles; the seventh set took every 3rd from 0, and no other set nor disputes-dev
reads stories-dev) and every 12th ``cnndm-dev`` seed from index 2 (11 articles; disputes-dev
took every 6th from 0 and the other sets every 12th from 1, 3, 5, 7, 9 and 11, so none is
shared): 170 articles, judged in ``bench/data/disputes_read_eighth.jsonl`` (11 disputes listed,
5 right). Two of them (fnc_1779, fnc_606) are in the speaker audit of ``eval_speakers.py``;
neither lists a dispute.

``--ninth`` reads a ninth set, judged at 9858b38 before the fourth round of fixes of #15 and
held out from them (never tuned on): every 3rd ``stories-dev`` article from index 2 in sorted
order (the seventh and eighth sets took every 3rd from 0 and 1, and no other set nor
disputes-dev reads stories-dev) and every 12th ``cnndm-dev`` seed from index 4 (disputes-dev
took every 6th from 0 and the other sets every 12th from 1, 2, 3, 5, 7, 9 and 11, so none is
shared): 169 articles, judged in ``bench/data/disputes_read_ninth.jsonl`` (13 disputes listed, 3
right; the same after the fourth round of fixes, 6 listed, 3 right after the fifth). Two of
them (fnc_1421, fnc_2562) are in the speaker audit of ``eval_speakers.py``; neither lists a
dispute.

``--tenth`` reads a tenth set, judged at 0e4a31d before the fifth round of fixes of #15 and held
out from them (never tuned on): the 101 saved web pages of ``web-dev`` (HTML, read the way
``briefing build`` reads an ``.html`` input, with ``briefing.inputs.read.read_item``; no other
set nor disputes-dev reads web-dev) and every 12th ``cnndm-dev`` seed from index 8 and from index
10 (disputes-dev took every 6th from 0 and the other sets every 12th from 1, 2, 3, 4, 5, 7, 9
and 11, so none is shared): 121 articles, judged in ``bench/data/disputes_read_tenth.jsonl`` (11
disputes listed, all on web pages, 5 right; the confidences promising 5.0; 5 listed, 5 right after
the fifth round of fixes, which read it).
Twelve of the pages are in the speaker audit of ``eval_speakers.py``, tuned on for speakers; one
of them (833caf3b…) lists a dispute.

A listed dispute matches a judged one when a statement of one of its sides overlaps (by
character span in the article) a judged statement of one side and a statement of its other
side one of the other judged side, either way round. It prints: listed, judged-right kept,
judged-wrong kept, unjudged new, precision on the judged ones (right / (right + wrong)), and
the judged-right disputes no longer listed. ``--show`` prints each listed dispute with its
verdict; ``--dump FILE`` writes the unjudged ones as JSON lines, verdict empty, to be judged by
hand and appended to the judgements. Last, confidence bucket → judged → right → share right,
and how many judged disputes the confidences promise right (their sum) against how many are:
the two agree when the confidence means what it says; then evidence kind → judged → right.
It asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from briefing.builder import build_brief
from briefing.disputes.finder import judged_share
from briefing.inputs.read import read_item
from briefing.model import Brief, Contradiction

ROOT = Path(__file__).resolve().parents[1]
JUDGED = ROOT / "bench" / "data" / "disputes_read.jsonl"
JUDGED_SECOND = ROOT / "bench" / "data" / "disputes_read_second.jsonl"
JUDGED_THIRD = ROOT / "bench" / "data" / "disputes_read_third.jsonl"
JUDGED_FOURTH = ROOT / "bench" / "data" / "disputes_read_fourth.jsonl"
JUDGED_FIFTH = ROOT / "bench" / "data" / "disputes_read_fifth.jsonl"
JUDGED_SIXTH = ROOT / "bench" / "data" / "disputes_read_sixth.jsonl"
JUDGED_SEVENTH = ROOT / "bench" / "data" / "disputes_read_seventh.jsonl"
JUDGED_EIGHTH = ROOT / "bench" / "data" / "disputes_read_eighth.jsonl"
JUDGED_NINTH = ROOT / "bench" / "data" / "disputes_read_ninth.jsonl"
JUDGED_TENTH = ROOT / "bench" / "data" / "disputes_read_tenth.jsonl"
#: Lower edges of the confidence buckets in the calibration table.
BUCKETS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
#: How many words of a statement a judgement keeps, to show which statement it was.
SNIPPET_WORDS = 25


def reading_set(
    eval_dir: Path,
    second: bool = False,
    third: bool = False,
    fourth: bool = False,
    fifth: bool = False,
    sixth: bool = False,
    seventh: bool = False,
    eighth: bool = False,
    ninth: bool = False,
    tenth: bool = False,
) -> list[Path]:
    """The articles of the reading set, by the rule of the module docstring."""
    if tenth:
        pages = sorted((eval_dir / "web-dev" / "pages").glob("*.html"))
        cnndm = sorted((eval_dir / "cnndm-dev" / "seeds").glob("*.txt"))
        return pages + cnndm[8::12] + cnndm[10::12]
    if ninth:
        stories = sorted((eval_dir / "stories-dev" / "seeds").glob("*.txt"))
        return stories[2::3] + sorted((eval_dir / "cnndm-dev" / "seeds").glob("*.txt"))[4::12]
    if eighth:
        stories = sorted((eval_dir / "stories-dev" / "seeds").glob("*.txt"))
        return stories[1::3] + sorted((eval_dir / "cnndm-dev" / "seeds").glob("*.txt"))[2::12]
    if seventh:
        stories = sorted((eval_dir / "stories-dev" / "seeds").glob("*.txt"))
        return stories[::3] + sorted((eval_dir / "cnndm-dev" / "seeds").glob("*.txt"))[7::12]
    if sixth:
        train = sorted((eval_dir / "polnear-train" / "seeds").glob("*.txt"))
        return train[4::6] + sorted((eval_dir / "cnndm-dev" / "seeds").glob("*.txt"))[1::12]
    if fifth:
        train = sorted((eval_dir / "polnear-train" / "seeds").glob("*.txt"))
        return train[2::6] + sorted((eval_dir / "cnndm-dev" / "seeds").glob("*.txt"))[11::12]
    if fourth:
        train = sorted((eval_dir / "polnear-train" / "seeds").glob("*.txt"))
        return train[5::6] + sorted((eval_dir / "cnndm-dev" / "seeds").glob("*.txt"))[5::12]
    if second:
        return sorted((eval_dir / "polnear-train" / "seeds").glob("*.txt"))[3::6]
    if third:
        train = sorted((eval_dir / "polnear-train" / "seeds").glob("*.txt"))
        return train[1::6] + sorted((eval_dir / "cnndm-dev" / "seeds").glob("*.txt"))[9::12]
    polnear = sorted((eval_dir / "polnear-dev" / "seeds").glob("*.txt"))
    cnndm = sorted((eval_dir / "cnndm-dev" / "seeds").glob("*.txt"))
    train = sorted((eval_dir / "polnear-train" / "seeds").glob("*.txt"))
    return polnear[1::2] + cnndm[3::12] + train[::6]


def side(brief: Brief, ids: tuple[str, ...]) -> list[dict[str, object]]:
    statements = {s.id: s for s in brief.statements}
    names = {sp.id: sp.name for sp in brief.speakers}
    out: list[dict[str, object]] = []
    for sid in ids:
        s = statements[sid]
        words = s.text.split()
        snippet = " ".join(words[:SNIPPET_WORDS]) + (" …" if len(words) > SNIPPET_WORDS else "")
        out.append(
            {
                "speaker": names.get(s.speaker, s.speaker),
                "text": snippet,
                "spans": [list(span) for span in s.spans],
            }
        )
    return out


def _spans(entries: list[dict[str, object]]) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for e in entries for a, b in e["spans"]]  # type: ignore[attr-defined]


def _overlap(x: list[tuple[int, int]], y: list[tuple[int, int]]) -> bool:
    return any(s < e2 and s2 < e for s, e in x for s2, e2 in y)


def matches(listed: dict[str, object], judged: dict[str, object]) -> bool:
    la, lb = _spans(listed["a"]), _spans(listed["b"])  # type: ignore[arg-type]
    ja, jb = _spans(judged["a"]), _spans(judged["b"])  # type: ignore[arg-type]
    return (_overlap(la, ja) and _overlap(lb, jb)) or (_overlap(la, jb) and _overlap(lb, ja))


def listed_disputes(brief: Brief, article: str) -> list[tuple[Contradiction, dict[str, object]]]:
    return [
        (
            d,
            {
                "article": article,
                "topic": d.topic,
                "confidence": d.confidence,
                "reason": d.reason,
                "a": side(brief, d.a),
                "b": side(brief, d.b),
            },
        )
        for d in brief.contradictions
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--judged", type=Path, help=f"judgements (default {JUDGED.name})")
    parser.add_argument(
        "--second",
        action="store_true",
        help=f"the second reading set, judged in {JUDGED_SECOND.name}",
    )
    parser.add_argument(
        "--third",
        action="store_true",
        help=f"the third reading set, held out, judged in {JUDGED_THIRD.name}",
    )
    parser.add_argument(
        "--fourth",
        action="store_true",
        help=f"the fourth reading set, held out, judged in {JUDGED_FOURTH.name}",
    )
    parser.add_argument(
        "--fifth",
        action="store_true",
        help=f"the fifth reading set, held out, judged in {JUDGED_FIFTH.name}",
    )
    parser.add_argument(
        "--sixth",
        action="store_true",
        help=f"the sixth reading set, held out, judged in {JUDGED_SIXTH.name}",
    )
    parser.add_argument(
        "--seventh",
        action="store_true",
        help=f"the seventh reading set, held out, judged in {JUDGED_SEVENTH.name}",
    )
    parser.add_argument(
        "--eighth",
        action="store_true",
        help=f"the eighth reading set, held out, judged in {JUDGED_EIGHTH.name}",
    )
    parser.add_argument(
        "--ninth",
        action="store_true",
        help=f"the ninth reading set, held out, judged in {JUDGED_NINTH.name}",
    )
    parser.add_argument(
        "--tenth",
        action="store_true",
        help=f"the tenth reading set (web pages), held out, judged in {JUDGED_TENTH.name}",
    )
    parser.add_argument("--show", action="store_true", help="every listed dispute and verdict")
    parser.add_argument("--dump", type=Path, help="write unjudged disputes here (JSON lines)")
    args = parser.parse_args()
    default = (
        JUDGED_TENTH
        if args.tenth
        else JUDGED_NINTH
        if args.ninth
        else JUDGED_EIGHTH
        if args.eighth
        else JUDGED_SEVENTH
        if args.seventh
        else JUDGED_SIXTH
        if args.sixth
        else JUDGED_FIFTH
        if args.fifth
        else JUDGED_FOURTH
        if args.fourth
        else JUDGED_THIRD
        if args.third
        else JUDGED_SECOND
        if args.second
        else JUDGED
    )
    args.judged = args.judged or default
    articles = reading_set(
        args.eval,
        args.second,
        args.third,
        args.fourth,
        args.fifth,
        args.sixth,
        args.seventh,
        args.eighth,
        args.ninth,
        args.tenth,
    )
    judged = [
        json.loads(line)
        for line in (
            args.judged.read_text(encoding="utf-8") if args.judged.exists() else ""
        ).splitlines()
        if line.strip()
    ]
    by_article: dict[str, list[dict[str, object]]] = {}
    for j in judged:
        by_article.setdefault(j["article"], []).append(j)

    started = time.perf_counter()
    listed = right = wrong = new = 0
    kept_right: set[int] = set()
    shown: Counter[float] = Counter()
    shown_right: Counter[float] = Counter()
    expected = 0.0  # the right ones the confidences promise: their sum over judged disputes
    unjudged: list[dict[str, object]] = []
    # A built dispute's confidence is the share judged right for its kind of evidence.
    kind_of = {judged_share(k): k for k in ("rejection", "stance", "antonym", "figures")}
    by_kind: Counter[str] = Counter()
    by_kind_right: Counter[str] = Counter()
    for path in articles:
        article = f"{path.parent.parent.name}/{path.name}"
        try:
            # read_item reads a page as `briefing build` does, and a seed with read_seed.
            brief = build_brief(read_item(path))
        except Exception as exc:  # a bench reports a crash and goes on
            print(f"{article}: {type(exc).__name__}: {exc}")
            continue
        for dispute, entry in listed_disputes(brief, article):
            listed += 1
            found = [j for j in by_article.get(article, []) if matches(entry, j)]
            if not found:
                new += 1
                entry["verdict"], entry["reason_judged"] = "", ""
                unjudged.append(entry)
                verdict = "NEW"
            else:
                # A dispute joining a judged-right pair with a judged-wrong one reads right.
                ok = any(j["verdict"] == "right" for j in found)
                right += ok
                wrong += not ok
                kept_right.update(id(j) for j in found if j["verdict"] == "right")
                verdict = "OK " if ok else "BAD"
                bucket = max((e for e in BUCKETS if dispute.confidence >= e), default=0.0)
                shown[bucket] += 1
                shown_right[bucket] += ok
                kind = kind_of.get(dispute.confidence, "other")
                by_kind[kind] += 1
                by_kind_right[kind] += ok
                expected += dispute.confidence
            if args.show:
                a = "; ".join(f"{e['speaker']}: {e['text']}" for e in entry["a"])  # type: ignore[attr-defined]
                b = "; ".join(f"{e['speaker']}: {e['text']}" for e in entry["b"])  # type: ignore[attr-defined]
                print(f"{verdict} {article} [{dispute.confidence}] A: {a}\n      B: {b}")
    elapsed = time.perf_counter() - started
    lost = [j for j in judged if j["verdict"] == "right" and id(j) not in kept_right]
    print(f"built {len(articles)} articles in {elapsed:.1f} s")
    print(
        f"listed {listed} | judged-right kept {right} | judged-wrong kept {wrong} | "
        f"unjudged new {new}"
    )
    judged_kept = right + wrong
    precision = right / judged_kept if judged_kept else 0.0
    print(f"precision on judged: {precision:.3f} ({right}/{judged_kept})")
    total_right = sum(j["verdict"] == "right" for j in judged)
    print(f"judged-right no longer listed: {len(lost)} of {total_right}")
    for j in lost:
        print(f"  lost {j['article']}: {j['a'][0]['text'][:60]} / {j['b'][0]['text'][:60]}")
    print("confidence bucket | judged | right | share right")
    for edge in BUCKETS:
        if shown[edge]:
            label = f"{edge:.1f}–{edge + 0.1:.1f}"
            share = shown_right[edge] / shown[edge]
            print(f"{label:17} | {shown[edge]:6d} | {shown_right[edge]:5d} | {share:11.2f}")
    print(f"right as the confidences promise: {expected:.1f}, judged right: {right}")
    print("evidence  | judged | right")
    for kind, n in by_kind.most_common():
        print(f"{kind:9} | {n:6d} | {by_kind_right[kind]:5d}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for entry in unjudged:
                out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        print(f"wrote {len(unjudged)} unjudged disputes to {args.dump}", file=sys.stderr)


if __name__ == "__main__":
    main()
