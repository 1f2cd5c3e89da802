"""`briefing build URL`: pages fetched from a local server, and every way a fetch can fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from local_web import PARAGRAPHS, Site, article_html

from briefing.brief_yaml import read_brief
from briefing.cli import main
from briefing.inputs.urls import brief_id_for_url


def build(*args: str) -> int:
    return main(["build", "--timeout", "0.5", *args])


def test_a_url_becomes_a_brief_that_records_where_it_came_from(site: Site, tmp_path: Path) -> None:
    url = site.add("/news/bridge.html", article_html())
    assert build(url, "-o", str(tmp_path / "out")) == 0
    (path,) = (tmp_path / "out").iterdir()
    brief = read_brief(path)
    assert path.name == f"{brief_id_for_url(url)}.yaml"
    assert brief.id.startswith("127-0-0-1-bridge-")
    assert brief.source.url == url
    assert brief.source.file == ""
    assert brief.source.text.split("\n\n") == PARAGRAPHS
    assert brief.title == "Council split over bridge repairs"


def test_a_redirect_is_followed_and_the_brief_keeps_the_named_url(
    site: Site, tmp_path: Path
) -> None:
    site.add("/real.html", article_html())
    named = site.redirect("/short", site.url("/real.html"))
    assert build(named, "-o", str(tmp_path / "out")) == 0
    (path,) = (tmp_path / "out").iterdir()
    assert read_brief(path).source.url == named


def test_links_on_a_page_are_never_fetched(site: Site, tmp_path: Path) -> None:
    site.add("/other.html", article_html("Another story"))
    url = site.add("/page.html", article_html(links=(site.url("/other.html"),)))
    assert build(url, "-o", str(tmp_path / "out")) == 0
    assert site.hits == {"/page.html": 1}


BAD_URLS = {
    "/missing": ({}, "HTTP 404 Not Found"),
    "/error": ({"status": 500, "body": "oops"}, "HTTP 500 Internal Server Error"),
    "/slow": ({"body": article_html(), "delay": 2.0}, "timed out after 0.5 s"),
    "/loop": ({"status": 302, "location": "/loop"}, "redirect loop, or more than 5 redirects"),
    "/report.pdf": (
        {"body": b"%PDF-1.4", "content_type": "application/pdf"},
        "content type application/pdf is not a web page or feed",
    ),
    "/huge": (
        {"body": "<p>" + "word " * (2_300_000) + "</p>", "send_length": False},
        "page is larger than the 10 MiB limit",
    ),
    "/empty-shell": (
        {"body": "<html><body><div id='app'></div></body></html>"},
        "no article text found in the page; no brief written",
    ),
}


@pytest.mark.parametrize("path", sorted(BAD_URLS))
def test_a_bad_url_gives_one_line_writes_nothing_and_the_rest_still_build(
    path: str, site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    options, reason = BAD_URLS[path]
    if path != "/missing":
        site.add(path, **options)  # type: ignore[arg-type]
    good = site.add("/good.html", article_html())
    out = tmp_path / "out"
    assert build(site.url(path), good, "-o", str(out)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{site.url(path)}: {reason}"
    assert "built 1, unchanged 0, kept 0 (edited by hand), failed 1" in err[-1]
    assert [p.name for p in out.iterdir()] == [f"{brief_id_for_url(good)}.yaml"]


def test_only_http_and_https_urls_are_fetched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build("file:///etc/passwd", "-o", str(tmp_path / "out")) == 1
    assert "file:///etc/passwd: only http:// and https:// URLs can be fetched" in (
        capsys.readouterr().err
    )
    assert not (tmp_path / "out").exists()


def test_offline_fetches_nothing(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = site.add("/page.html", article_html())
    assert build("--offline", url, "-o", str(tmp_path / "out")) == 1
    assert f"{url}: not fetched: the build is --offline" in capsys.readouterr().err
    assert not site.hits


def test_the_same_url_named_twice_is_fetched_and_built_once(site: Site, tmp_path: Path) -> None:
    url = site.add("/page.html", article_html())
    assert build(url, url, "-o", str(tmp_path / "out")) == 0
    assert site.hits["/page.html"] == 1
    assert len(list((tmp_path / "out").iterdir())) == 1


def test_requests_say_who_is_asking(site: Site, tmp_path: Path) -> None:
    from briefing.inputs.fetch import USER_AGENT

    assert USER_AGENT.startswith("briefing/")
    url = site.add("/page.html", article_html())
    build(url, "-o", str(tmp_path / "out"))
    assert site.agents == [USER_AGENT]
