"""The documentation's examples stay true."""

from __future__ import annotations

import re
from pathlib import Path

from briefing.brief_yaml import parse_brief

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_the_brief_format_example_is_a_valid_brief() -> None:
    text = (DOCS / "brief-format.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```yaml\n(.*?)```", text, flags=re.DOTALL)
    brief = parse_brief(example, "docs/brief-format.md")
    assert [s.id for s in brief.statements] == ["s1", "s2", "s3"]
    assert brief.contradictions[0].b == ("s3",)


def test_ci_runs_the_readme_test_command() -> None:
    repo = DOCS.parent
    ci = (repo / ".ci" / "run").read_text(encoding="utf-8")
    (command,) = re.findall(r'^test_command="(.*)"$', ci, flags=re.MULTILINE)
    assert command in (repo / "README.md").read_text(encoding="utf-8")
