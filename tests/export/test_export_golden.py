"""The seed article's brief, exported, compared with a reviewed copy.

When the builder or the layout changes on purpose, regenerate and review the diff:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/export/test_export_golden.py
    git diff tests/export/golden/seed.md
"""

from __future__ import annotations

import os
from pathlib import Path

from export_helpers import flat_tokens, parse_markdown

from briefing.brief_yaml import dump_brief, parse_brief
from briefing.builder import build_brief
from briefing.export import brief_to_markdown
from briefing.model import Brief
from briefing.seeds import read_seed

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_948dd29d5ac78b5f.txt"
GOLDEN = Path(__file__).resolve().parent / "golden" / "seed.md"


def _seed_brief() -> Brief:
    return build_brief(read_seed(SEED))


def test_seed_brief_export_matches_the_golden_file() -> None:
    markdown = brief_to_markdown(_seed_brief())
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(markdown, encoding="utf-8", newline="\n")
    assert GOLDEN.is_file(), "no golden file yet: run UPDATE_GOLDEN=1 pytest tests/export"
    assert markdown == GOLDEN.read_text(encoding="utf-8"), (
        "export of the seed brief changed; if intended, regenerate with "
        "UPDATE_GOLDEN=1 pytest tests/export and review the diff"
    )


def test_brief_read_back_from_yaml_exports_the_same() -> None:
    brief = _seed_brief()
    from_disk = parse_brief(dump_brief(brief), "seed.yaml")
    assert brief_to_markdown(from_disk) == brief_to_markdown(brief)


def test_golden_file_is_well_formed_markdown() -> None:
    tokens = parse_markdown(GOLDEN.read_text(encoding="utf-8"))
    assert tokens[0].type == "heading_open" and tokens[0].tag == "h1"
    assert sum(t.nesting for t in flat_tokens(tokens)) == 0
    kinds = {t.type for t in flat_tokens(tokens)}
    assert not kinds & {"html_block", "html_inline", "link_open", "image", "code_inline"}
