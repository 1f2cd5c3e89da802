"""`briefing build` on saved web pages and plain text: body, headline, date, author, site."""

from __future__ import annotations

from pathlib import Path

import pytest
from local_web import PARAGRAPHS, article_html

from briefing.brief_yaml import read_brief
from briefing.cli import main


def build(*args: str) -> int:
    return main(["build", *args])


def test_a_saved_page_becomes_a_brief_with_the_pages_own_facts(tmp_path: Path) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(article_html(), encoding="utf-8")
    assert build(str(page), "-o", str(tmp_path / "out")) == 0
    brief = read_brief(tmp_path / "out" / "bridge.yaml")
    assert brief.title == "Council split over bridge repairs"
    assert str(brief.date) == "2024-05-14"
    assert (brief.source.author, brief.source.site) == ("Maria Okafor", "The Test Courier")
    assert brief.source.file == "bridge.html"
    # The body is the article: its paragraphs, not the menu, footer or repeated headline.
    assert brief.source.text.split("\n\n") == PARAGRAPHS
    assert any(s.speaker.endswith("reyes") for s in brief.statements)


def test_a_folder_of_pages_and_seeds_builds_both_and_reports_the_broken_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bridge.htm").write_text(article_html(), encoding="utf-8")
    (folder / "seed.txt").write_text("date 2021-02-03\nThe mayor said the road will open.\n")
    (folder / "photo.html").write_bytes(bytes(range(256)) * 40)
    (folder / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    out = tmp_path / "out"
    assert build(str(folder), "-o", str(out)) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"{folder / 'photo.html'}: not a web page: the file holds binary data" in err
    assert f"{folder / 'menu.html'}: no article text found in the page; no brief written" in err
    assert sorted(p.name for p in out.iterdir()) == ["bridge.yaml", "seed.yaml"]


def test_plain_text_without_a_date_line_builds_an_undated_brief(tmp_path: Path) -> None:
    seed = tmp_path / "note.txt"
    seed.write_text("The mayor said the road will open in May.\n", encoding="utf-8")
    assert build(str(seed), "-o", str(tmp_path / "out")) == 0
    brief = read_brief(tmp_path / "out" / "note.yaml")
    assert brief.date is None
    assert brief.date_text == "undated"
    assert "date: null" in (tmp_path / "out" / "note.yaml").read_text(encoding="utf-8")


def test_a_page_without_a_date_gets_none_rather_than_a_guess(tmp_path: Path) -> None:
    html = article_html(date="")
    page = tmp_path / "p.html"
    # A date in the article's words is not the page's date.
    page.write_text(html.replace("on Tuesday", "on 3 March 2019"), encoding="utf-8")
    assert build(str(page), "-o", str(tmp_path / "out")) == 0
    assert read_brief(tmp_path / "out" / "p.yaml").date is None


def test_pages_build_the_same_with_any_number_of_workers(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"page{n}.html").write_text(article_html(f"Story number {n}"), "utf-8")
    build(str(folder), "-o", str(tmp_path / "one"), "-j", "1")
    build(str(folder), "-o", str(tmp_path / "two"), "-j", "2")
    one = sorted((tmp_path / "one").iterdir())
    assert [p.name for p in one] == ["page0.yaml", "page1.yaml", "page2.yaml"]
    for path in one:
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes()


def test_the_example_page_and_feed_in_the_readme_build_offline(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[2] / "examples"
    assert build("--offline", str(examples), "-o", str(tmp_path / "out"), "-q") == 0
    briefs = [read_brief(p) for p in sorted((tmp_path / "out").iterdir())]
    assert len(briefs) == 3
    assert {b.source.site for b in briefs} == {"The Lowport Courier"}
    page = next(b for b in briefs if b.source.file == "harbour-bridge.html")
    assert page.source.url == "https://courier.example.org/2024/05/harbour-bridge-repairs"


def test_prose_without_full_stops_is_still_an_article(tmp_path: Path) -> None:
    thai = "ตลาดหุ้นไทยปิดตลาดวันนี้ปรับตัวขึ้นเล็กน้อยจากแรงซื้อของนักลงทุนต่างชาติ" * 3
    page = tmp_path / "thai.html"
    page.write_text(article_html("ตลาดหุ้น", [thai, thai + "ครับ", "ข่าว" * 20]), "utf-8")
    assert build(str(page), "-o", str(tmp_path / "out")) == 0
    assert read_brief(tmp_path / "out" / "thai.yaml").source.text.startswith(thai)


def test_page_furniture_lines_stay_out_of_the_body_and_the_speakers(tmp_path: Path) -> None:
    furniture = [
        "SEE MORE: Harbour protests enter a third week",
        "Listen: http://example.com/episode-12",
        "Photo: Jane Roe for The Test Courier",
        "Ann Lee contributed to this report.",
    ]
    page = tmp_path / "bridge.html"
    page.write_text(article_html(paragraphs=PARAGRAPHS[:2] + furniture + PARAGRAPHS[2:]))
    assert build(str(page), "-o", str(tmp_path / "out")) == 0
    brief = read_brief(tmp_path / "out" / "bridge.yaml")
    assert brief.source.text.split("\n\n") == PARAGRAPHS
    assert not {"SEE MORE", "Listen", "Photo"} & {s.name for s in brief.speakers}


def test_a_box_heading_glued_to_its_first_sentence_is_no_part_of_a_name(
    tmp_path: Path,
) -> None:
    boxed = "Summary Studies show that skipping meals may lead to overeating later in the day."
    page = tmp_path / "meals.html"
    page.write_text(article_html(paragraphs=[*PARAGRAPHS[:2], boxed, *PARAGRAPHS[2:]]))
    assert build(str(page), "-o", str(tmp_path / "out")) == 0
    brief = read_brief(tmp_path / "out" / "meals.yaml")
    assert boxed.removeprefix("Summary ") in brief.source.text.split("\n\n")
    assert not any(s.name.startswith("Summary") for s in brief.speakers)
