"""``briefing search QUERY [--limit N] [--fuzzy] [--json] [DIR]``: ranked statements, like grep
for briefs."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .output import json_line, say, warn
from .paths import reading_dir

#: Characters of a statement a result line shows; longer ones end in "…" (--json has all).
MAX_SHOWN = 2_000

if TYPE_CHECKING:
    from ..search import SearchIndex


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "search",
        help="fuzzy-search every statement of every brief",
        description="Print the statements that best match QUERY, best first: score, match "
        "(exact, prefix or near) and query words matched, brief id, statement id, speaker and "
        "words. Plain words match in any order, whole or as the start of a word; --fuzzy adds "
        "near misses (typos, other forms of a word). @name keeps one speaker, "
        '"..." an exact phrase, kind:direct or kind:reported one kind (see docs/search.md). '
        "Exits 1 when nothing matches, like grep (naming the near misses --fuzzy would "
        "find), and 2 when QUERY has nothing to look for, an unclosed quote or an unknown "
        "filter.",
    )
    parser.add_argument("query", metavar="QUERY", help='e.g. "esper leave" or "@milley withdrawl"')
    parser.add_argument(
        "dir",
        nargs="?",
        type=Path,
        metavar="DIR",
        help="folder of briefs (default: ./briefs, else the bundled briefs)",
    )
    parser.add_argument(
        "-n",
        "--limit",
        type=_positive,
        default=20,
        metavar="N",
        help="print at most N hits (default: 20)",
    )
    parser.add_argument(
        "--fuzzy",
        action="store_true",
        help="also match near misses: typos and other forms of a word (ranked last when "
        "the word itself is found)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object per line")
    parser.set_defaults(func=run)
    parser.__class__ = _IntermixedParser


class _IntermixedParser(argparse.ArgumentParser):
    """Reads QUERY and DIR on either side of the options (``search q --json DIR``).

    Plain argparse hands out every positional at their first run, so a DIR after an
    option is "unrecognized"; the intermixed parse (which calls this method again for each
    of its two passes) does not.
    """

    _intermixing = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._intermixing:
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def run(args: argparse.Namespace) -> int:
    # Imported here so `briefing --help` and other commands never pay for rapidfuzz.
    from ..corpus.folder import open_corpus
    from ..search.query import parse_query, query_problem

    query_error = query_problem(args.query)
    if query_error is not None:
        warn(f"briefing: {query_error}")
        return 2
    if parse_query(args.query).is_empty:
        # It could never match; say what would, rather than exit 1 in silence.
        what = repr(args.query) if args.query.strip() else "an empty query"
        warn(
            f"briefing: {what} has nothing to search for; type words, @speaker, "
            '"a phrase" or kind:direct, e.g. briefing search "esper leave"'
        )
        return 2
    # The corpus store parses only new or changed briefs and reads the index from disk.
    corpus = open_corpus(reading_dir(args.dir))
    for problem in corpus.problems:
        warn(problem)
    try:
        index = corpus.search_index()
        if corpus.notice:
            warn(corpus.notice)
        return _print_hits(index, args)
    finally:
        corpus.close()


def _print_hits(index: SearchIndex, args: argparse.Namespace) -> int:
    from ..safe_text import clip, one_line

    hits = index.search(args.query, limit=args.limit, fuzzy=args.fuzzy)
    if not hits and not args.fuzzy:
        near = index.near_words(args.query)
        if near:
            warn(
                f"briefing: no whole-word match for {one_line(args.query)!r}; near misses: "
                f"{', '.join(near)} (--fuzzy shows them)"
            )
        return 1
    for hit in hits:
        if args.json:
            record = {
                "brief_id": hit.brief_id,
                "statement_id": hit.statement_id,
                "score": hit.score,
                "match": hit.match,
                "words_matched": hit.words_matched,
                "query_words": hit.query_words,
                "speaker": hit.speaker,
                "kind": hit.kind.value,
                "text": hit.text,
                "brief_title": hit.brief_title,
                "brief_date": hit.brief_date,
                "positions": list(hit.positions),
            }
            json_line(record)
        else:
            words = f"{hit.words_matched}/{hit.query_words}" if hit.query_words else "-"
            say(
                f"{hit.score:5.1f} {hit.match:<6} {words:>5}  {hit.brief_id} {hit.statement_id}  "
                f"{one_line(clip(hit.speaker, 200))}: {one_line(clip(hit.text, MAX_SHOWN))}"
            )
    return 0 if hits else 1
