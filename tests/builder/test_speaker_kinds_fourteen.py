"""Speaker kinds read on fresh unseen articles (#15, fourteenth round)."""

from __future__ import annotations

from pathlib import Path

from briefing.builder import build_brief
from briefing.seeds import parse_seed


def _kinds(body: str) -> dict[str, str]:
    brief = build_brief(parse_seed(Path("kinds.txt"), f"date 2020-01-01\n{body}".encode()))
    return {s.name: s.kind.value for s in brief.speakers}


def test_a_name_before_report_after_an_article_is_an_outlet() -> None:
    kinds = _kinds(
        "A Mirror report also noted that the claims had been denied. Pando says that's part "
        "of Apple's renewed interest, adding weight to a Pando report that says Apple will buy "
        "Path."
    )
    assert kinds["Mirror"] == "organization"
    assert kinds["Pando"] == "organization"


def test_a_person_with_a_given_name_stays_a_person_beside_a_report() -> None:
    kinds = _kinds(
        "Senator Ann Hoyle said the plan would fail. A Hoyle report last year had said the same."
    )
    assert kinds["Ann Hoyle"] == "person"
