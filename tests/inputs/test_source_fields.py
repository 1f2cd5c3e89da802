"""Where a brief came from: source fields in YAML, the Source pane and the Markdown export."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from factories import make_brief

from briefing.app.app import BriefingApp
from briefing.app.source_pane import SourcePane
from briefing.brief_yaml import dump_brief, parse_brief, write_brief
from briefing.errors import InputError
from briefing.export import brief_to_markdown
from briefing.model import Brief

URL = "https://courier.example.org/2024/05/harbour-bridge-repairs"


def page_brief() -> Brief:
    brief = make_brief()
    source = dataclasses.replace(
        brief.source,
        file="",
        url=URL,
        title="Council split over harbour bridge repairs",
        author="Maria Okafor",
        site="The Lowport Courier",
    )
    return dataclasses.replace(brief, source=source)


def test_source_fields_survive_a_round_trip_and_text_seeds_write_none_of_them() -> None:
    brief = page_brief()
    assert parse_brief(dump_brief(brief), "x.yaml") == brief
    plain = dump_brief(make_brief())
    assert not any(f"  {name}:" in plain for name in ("url", "author", "site", "entry"))


def test_a_source_field_of_the_wrong_type_is_named_with_its_line() -> None:
    text = dump_brief(page_brief()).replace(f"url: {URL}", "url: [1, 2]")
    with pytest.raises(InputError) as caught:
        parse_brief(text, "x.yaml")
    (problem,) = caught.value.problems
    assert problem.message == "'source.url' must be a string, not a list"
    assert text.splitlines()[problem.line - 1].strip() == "url: [1, 2]"  # type: ignore[operator]


def test_the_markdown_export_links_the_page() -> None:
    markdown = brief_to_markdown(page_brief())
    assert f"**Date:** 2021-03-04 · **Source:** <{URL}>" in markdown
    hostile = dataclasses.replace(
        page_brief(), source=dataclasses.replace(page_brief().source, url="https://x/a> [y](z)")
    )
    assert "<https://x/a>" not in brief_to_markdown(hostile)


async def test_the_source_pane_shows_the_url_above_the_article(tmp_path: Path) -> None:
    write_brief(page_brief(), tmp_path / "sample.yaml")
    app = BriefingApp(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("4")
        await pilot.pause()
        source = app.screen.query_one(SourcePane)
        legend = " ".join(source.rendered_row(y).text.strip() for y in range(source.legend_height))
        assert legend.startswith(f"From {URL} ")
        assert "a statement" in legend
        # The article starts right below.
        assert "The memo said" in source.rendered_row(source.legend_height).text


def test_the_summary_pane_names_the_url_of_a_fetched_page() -> None:
    from briefing.app.summary_pane import render_summary

    rendered = render_summary(page_brief())
    # Whatever leads the pane (a dispute's line, the title), the date line names the URL.
    lines = [getattr(part, "plain", "") for part in rendered.renderables]
    assert any(f"2021-03-04  ·  source {URL}" in line for line in lines), lines
