"""The attribution rooms give, statement for statement, what they gave before the split.

Each ``fixtures/pinned/*.txt`` article's speakers and statements are pinned in a ``.json``
beside it. A change meant to alter attribution rewrites them on purpose
(``python tests/builder/test_attribution_pinned.py --write``) and the diff shows what moved.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from briefing.builder.attribution import extract_statements
from briefing.builder.sentences import split_sentences

PINNED = Path(__file__).resolve().parent / "fixtures" / "pinned"


def _render(text: str) -> dict[str, Any]:
    speakers, statements = extract_statements(text, split_sentences(text))
    return {
        "speakers": [[s.id, s.name, s.kind.value, s.role, list(s.aliases)] for s in speakers],
        "statements": [
            [
                st.speaker,
                st.kind.value,
                [list(span) for span in st.spans],
                st.sentence,
                st.cue.text if st.cue else None,
                list(st.source_mention.span) if st.source_mention else None,
            ]
            for st in statements
        ],
    }


@pytest.mark.parametrize("article", sorted(PINNED.glob("*.txt")), ids=lambda p: p.stem)
def test_attribution_matches_the_pinned_output(article: Path) -> None:
    got = _render(article.read_text(encoding="utf-8"))
    pinned = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
    assert got == pinned


def test_every_pinned_article_holds_statements() -> None:
    articles = sorted(PINNED.glob("*.txt"))
    assert len(articles) >= 3
    for article in articles:
        assert len(_render(article.read_text(encoding="utf-8"))["statements"]) >= 8, article


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    for path in sorted(PINNED.glob("*.txt")):
        rendered = _render(path.read_text(encoding="utf-8"))
        path.with_suffix(".json").write_text(
            json.dumps(rendered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
