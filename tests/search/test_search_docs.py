"""docs/search.md stays true: its example queries run, and its CLI examples parse."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from briefing.cli import make_parser
from briefing.search import SearchIndex

DOC = Path(__file__).resolve().parents[2] / "docs" / "search.md"


def test_every_example_query_in_the_table_runs(index: SearchIndex) -> None:
    table = [
        line for line in DOC.read_text(encoding="utf-8").splitlines() if line.startswith("| `")
    ]
    queries = [q for line in table for q in re.findall(r"`([^`]+)`", line.split("|")[1])]
    assert len(queries) >= 6
    for query in queries:
        index.search(query)


def test_the_command_line_examples_parse() -> None:
    commands = re.findall(r"^    (briefing search .*)$", DOC.read_text(encoding="utf-8"), re.M)
    assert commands
    for command in commands:
        args = make_parser().parse_args(shlex.split(command)[1:])
        assert args.command == "search"
