"""Which briefs the list shows and in what order (list_order, no app)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from factories import make_brief

from briefing.app.list_order import filtered, next_order, site_of, sorted_briefs
from briefing.corpus.rows import row_of
from briefing.model import Contradiction, Source


def test_the_site_is_the_url_host_without_www_else_the_file_name() -> None:
    brief = make_brief()
    assert site_of(brief) == "sample"  # sample.txt
    source = brief.source

    @dataclasses.dataclass(frozen=True)
    class WithUrl(Source):
        url: str = ""

    with_url = WithUrl(source.file, source.sha256, source.text, "https://www.example.org/a/b")
    assert site_of(dataclasses.replace(brief, source=with_url)) == "example.org"


def test_the_filter_matches_every_word_in_title_speaker_or_site_in_any_case() -> None:
    minister = make_brief("memo")  # speaker "Ana Ruiz", title "Minister denies memo…"
    other = make_brief("river-flood", title="River floods the town", text="Water rose.")
    briefs = [row_of(minister), row_of(other)]
    assert filtered(briefs, "RUIZ") == [briefs[0]]
    assert filtered(briefs, "river town") == [briefs[1]]
    assert filtered(briefs, "river ruiz") == []
    assert filtered(briefs, "memo") == [briefs[0]]  # the site (file memo.txt) or title
    assert filtered(briefs, "  ") == briefs


def test_sorting_by_title_and_by_disputes_keeps_newest_first_on_ties() -> None:
    dispute = Contradiction("c1", "x", ("s1",), ("s2",), "why", 0.9)
    a = make_brief("a", date=dt.date(2024, 1, 3), title="beta", text="A.")
    b = dataclasses.replace(make_brief("b", date=dt.date(2024, 1, 2)), title="Alpha")
    b = dataclasses.replace(b, contradictions=(dispute,))
    c = make_brief("c", date=dt.date(2024, 1, 1), title="gamma", text="C.")
    newest_first = [row_of(a), row_of(b), row_of(c)]
    assert [x.id for x in sorted_briefs(newest_first, "title")] == ["b", "a", "c"]
    assert [x.id for x in sorted_briefs(newest_first, "disputes")] == ["b", "a", "c"]
    assert [x.id for x in sorted_briefs(newest_first, "date")] == ["a", "b", "c"]
    assert [next_order(o) for o in ("date", "title", "disputes", "bogus")] == [
        "title",
        "disputes",
        "date",
        "date",
    ]
