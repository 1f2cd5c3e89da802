"""Feeds: one brief per entry, each page fetched once, rebuilds that fetch only what changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from local_web import Site, article_html, rss

from briefing.brief_yaml import read_brief
from briefing.cli import main
from briefing.inputs.urls import brief_id_for_url


def build(*args: str) -> int:
    return main(["build", "--timeout", "0.5", *args])


def two_story_feed(site: Site) -> str:
    one = site.add("/one.html", article_html("Bridge to close for repairs"))
    two = site.add("/two.html", article_html("Library hours cut", date="2024-05-13"))
    entries = [
        {"title": "Bridge to close", "link": one, "guid": one, "author": "a@x (Ann)"},
        {"title": "Library hours cut", "link": two, "guid": two},
        {"title": "Bridge again", "link": one, "guid": one + "#dup"},
    ]
    return site.add("/feed.xml", rss(entries), content_type="application/rss+xml")


def test_a_feed_url_builds_one_brief_per_entry_fetching_each_page_once(
    site: Site, tmp_path: Path
) -> None:
    feed = two_story_feed(site)
    out = tmp_path / "out"
    # The first page named by itself as well: still one fetch, one brief.
    assert build(feed, site.url("/one.html"), "-o", str(out)) == 0
    assert site.hits == {"/feed.xml": 1, "/one.html": 1, "/two.html": 1}
    briefs = {p.stem: read_brief(p) for p in out.iterdir()}
    assert sorted(briefs) == sorted(
        brief_id_for_url(site.url(p)) for p in ("/one.html", "/two.html")
    )
    library = briefs[brief_id_for_url(site.url("/two.html"))]
    assert (library.title, str(library.date)) == ("Library hours cut", "2024-05-13")
    assert library.source.url == site.url("/two.html")
    assert library.source.site == "The Test Courier"


def test_rebuilding_a_feed_fetches_only_new_or_changed_entries_and_keeps_hand_edits(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = two_story_feed(site)
    out = tmp_path / "out"
    build(feed, "-o", str(out))
    edited = out / f"{brief_id_for_url(site.url('/one.html'))}.yaml"
    edited.write_text(edited.read_text().replace("Bridge to close for repairs", "My title"))
    site.hits.clear()
    capsys.readouterr()
    assert build(feed, "-o", str(out)) == 0
    assert site.hits == {"/feed.xml": 1}
    assert "built 0, unchanged 2" in capsys.readouterr().err
    assert read_brief(edited).title == "My title"
    # The second entry changes in the feed: only its page is fetched again.
    entries = [
        {
            "title": "Bridge to close",
            "link": site.url("/one.html"),
            "guid": site.url("/one.html"),
            "author": "a@x (Ann)",
        },
        {
            "title": "Library hours cut again",
            "link": site.url("/two.html"),
            "guid": site.url("/two.html"),
        },
    ]
    site.add("/feed.xml", rss(entries), content_type="application/rss+xml")
    site.hits.clear()
    assert build(feed, "-o", str(out)) == 0
    assert site.hits == {"/feed.xml": 1, "/two.html": 1}
    assert read_brief(edited).title == "My title"


def test_feeds_build_the_same_with_any_number_of_workers(site: Site, tmp_path: Path) -> None:
    feed = two_story_feed(site)
    build(feed, "-o", str(tmp_path / "one"), "-j", "1")
    build(feed, "-o", str(tmp_path / "two"), "-j", "2")
    one = sorted((tmp_path / "one").iterdir())
    assert len(one) == 2
    for path in one:
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes()


def test_a_feed_file_offline_builds_each_entry_from_its_own_text(
    site: Site, tmp_path: Path
) -> None:
    link = site.url("/never.html")
    feed = tmp_path / "news.rss"
    story = "<p>The mayor said on Monday that the bridge would reopen in June after repairs.</p>"
    feed.write_text(
        rss(
            [
                {
                    "title": "Bridge reopens",
                    "link": link,
                    "html": story,
                    "pubDate": "Mon, 13 May 2024 09:00:00 GMT",
                }
            ]
        )
    )
    out = tmp_path / "out"
    assert build("--offline", str(feed), "-o", str(out)) == 0
    assert not site.hits
    (path,) = out.iterdir()
    brief = read_brief(path)
    assert brief.source.text == (
        "The mayor said on Monday that the bridge would reopen in June after repairs."
    )
    assert (brief.title, str(brief.date), brief.source.url) == (
        "Bridge reopens",
        "2024-05-13",
        link,
    )


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (rss([]), "feed has no entries"),
        ("<rss><channel><item><title>broken", "not an RSS or Atom feed"),
        ("", "not an RSS or Atom feed"),
    ],
)
def test_an_empty_or_malformed_feed_gives_one_line_and_the_rest_still_build(
    body: str, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "bad.xml"
    feed.write_text(body)
    seed = tmp_path / "seed.txt"
    seed.write_text("date 2021-02-03\nThe mayor said the road will open.\n")
    out = tmp_path / "out"
    assert build(str(feed), str(seed), "-o", str(out)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{feed}: {reason}")
    assert [p.name for p in out.iterdir()] == ["seed.yaml"]


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Blog</title>
<id>urn:x</id><updated>2024-05-01T00:00:00Z</updated>
<entry><title>Cranes return</title><id>urn:1</id><link href="/posts/cranes.html"/>
<updated>2024-05-02T10:00:00Z</updated><author><name>Lena Hart</name></author>
<content type="html">&lt;p&gt;Cranes return.&lt;/p&gt;</content></entry>
</feed>"""


def test_an_atom_feed_resolves_relative_links_against_the_feed_url(
    site: Site, tmp_path: Path
) -> None:
    site.add("/posts/cranes.html", article_html("Cranes return to the harbour", author=""))
    feed = site.add("/blog/atom", ATOM, content_type="application/atom+xml")
    assert build(feed, "-o", str(tmp_path / "out")) == 0
    (path,) = (tmp_path / "out").iterdir()
    brief = read_brief(path)
    assert brief.source.url == site.url("/posts/cranes.html")
    assert brief.title == "Cranes return to the harbour"
    # Where the page is silent, the feed's entry speaks for it.
    assert brief.source.author == "Lena Hart"


def test_a_url_id_is_a_valid_brief_id_however_long_the_url() -> None:
    from briefing.brief_yaml import ID_PATTERN

    url = "https://" + "sub." * 30 + "example.org/" + "very-long-slug-" * 20 + "?q=1"
    assert ID_PATTERN.match(brief_id_for_url(url))
    assert brief_id_for_url(url) != brief_id_for_url(url + "2")


def test_a_feed_served_as_html_is_still_read_as_a_feed(site: Site, tmp_path: Path) -> None:
    page = site.add("/one.html", article_html())
    feed = site.add("/news", rss([{"title": "Bridge", "link": page}]))  # text/html
    assert build(feed, "-o", str(tmp_path / "out")) == 0
    (path,) = (tmp_path / "out").iterdir()
    assert read_brief(path).source.url == page


UNUSABLE_PAGES = {
    "/gone.html": ({"status": 404}, "page not fetched (HTTP 404 Not Found)"),
    "/report.pdf": (
        {"body": b"%PDF-1.4", "content_type": "application/pdf"},
        "page not fetched (content type application/pdf is not a web page or feed)",
    ),
    "/paywall.html": (
        {"body": "<html><body><div>Subscribe to read</div></body></html>"},
        "no article text found in the page",
    ),
}


@pytest.mark.parametrize("path", sorted(UNUSABLE_PAGES))
def test_an_entry_whose_page_is_unusable_is_built_from_the_feeds_text_with_a_warning(
    path: str, site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    options, reason = UNUSABLE_PAGES[path]
    link = site.add(path, **options)  # type: ignore[arg-type]
    story = "<p>The port authority said the new cranes would arrive in June after delays.</p>"
    feed = site.add(
        "/feed.xml",
        rss([{"title": "Cranes", "link": link, "html": story}]),
        content_type="application/rss+xml",
    )
    assert build(feed, "-o", str(tmp_path / "out")) == 0
    assert f"warning: {link}: {reason}; built from the feed's own text" in capsys.readouterr().err
    (brief,) = map(read_brief, (tmp_path / "out").iterdir())
    assert brief.source.text.startswith("The port authority said")
    assert (brief.title, brief.source.url) == ("Cranes", link)


def test_a_feed_file_cannot_make_the_build_fetch_anything_offline(
    site: Site, tmp_path: Path
) -> None:
    spy = site.url("/spy")
    feed = tmp_path / "sneaky.rss"
    feed.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "{spy}">]>'
        '<rss version="2.0"><channel><title>t</title>'
        f"<item><title>&x;</title><link>{spy}</link>"
        f'<description>&lt;img src="{spy}"&gt;The council said on Monday that the'
        " bridge would reopen in June after repairs.</description></item></channel></rss>"
    )
    build("--offline", str(feed), "-o", str(tmp_path / "out"))
    assert not site.hits
