"""Briefs grouped into stories: one event from many outlets, speakers merged, disputes found."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from factories import make_brief

from briefing.brief_yaml import write_brief
from briefing.cli import main
from briefing.model import Brief
from briefing.stories import find_stories
from story_texts import AIRLINE, AIRLINE_TOO, BEAR, BEAR_HOAX, BEAR_TOO, brief


def ids(briefs: tuple[Brief, ...]) -> list[str]:
    return [b.id for b in briefs]


def test_articles_of_one_event_form_one_story_and_other_events_their_own() -> None:
    stories = find_stories(
        [brief("b1", BEAR), brief("a1", AIRLINE), brief("b2", BEAR_TOO), brief("a2", AIRLINE_TOO)]
    )
    assert sorted(sorted(ids(s.briefs)) for s in stories) == [["a1", "a2"], ["b1", "b2"]]


def test_a_story_lists_its_briefs_oldest_first_and_undated_last() -> None:
    (story,) = find_stories(
        [
            brief("late", BEAR, dt.date(2014, 8, 20)),
            brief("undated", BEAR_HOAX),
            brief("early", BEAR_TOO, dt.date(2014, 8, 18)),
        ]
    )
    assert ids(story.briefs) == ["early", "late", "undated"]
    assert story.dates_text == "2014-08-18 – 2014-08-20"


def test_briefs_a_year_apart_are_not_one_story_even_with_the_same_names() -> None:
    stories = find_stories(
        [brief("then", BEAR, dt.date(2014, 8, 20)), brief("now", BEAR_TOO, dt.date(2015, 9, 1))]
    )
    assert len(stories) == 2


def test_an_outlet_calling_the_story_a_hoax_disputes_the_outlets_that_report_it() -> None:
    (story,) = find_stories([brief("b1", BEAR), brief("b2", BEAR_TOO), brief("hoax", BEAR_HOAX)])
    (dispute,) = story.disputes
    assert {side.brief_id for side in dispute.b} == {"hoax"}
    assert "hoax" in dispute.b[0].text
    assert dispute.b[0].source == "hoax.txt"  # the outlet's own words, named by its article
    assert {side.brief_id for side in dispute.a} == {"b1", "b2"}


@pytest.mark.parametrize(
    "text",
    [
        # relays another outlet's report
        "According to the Siberian Times, a Justin Bieber ringtone scared off a brown bear "
        "that attacked the Kolyma fisherman Igor Vorozhbitsyn in Yakutia.",
        # only supposes it
        "A Justin Bieber ringtone may have scared off a brown bear that attacked the Kolyma "
        "fisherman Igor Vorozhbitsyn in Yakutia.",
        # asks
        "Did a Justin Bieber ringtone scare off a brown bear that attacked the Kolyma "
        "fisherman Igor Vorozhbitsyn in Yakutia?",
        # leads with the denial itself: it sides with the hoax outlet, not against it
        "The brown bear that attacked the Kolyma fisherman Igor Vorozhbitsyn in Yakutia was "
        "not scared off by a Justin Bieber ringtone, police said.",
    ],
    ids=["relayed", "supposed", "asked", "denied in the lead"],
)
def test_an_outlet_that_does_not_tell_the_claim_as_fact_is_on_no_side_of_the_dispute(
    text: str,
) -> None:
    briefs = [brief("b1", BEAR), brief("b2", BEAR_TOO), brief("hoax", BEAR_HOAX)]
    (story,) = find_stories([*briefs, brief("other", text)])
    (dispute,) = story.disputes
    assert {side.brief_id for side in dispute.a} == {"b1", "b2"}
    assert {side.brief_id for side in dispute.b} == {"hoax"}


def test_one_speaker_quoted_by_two_outlets_is_one_speaker_with_both_statements() -> None:
    one, two = make_brief("one"), make_brief("two")  # both quote Defense Minister Ana Ruiz
    (story,) = find_stories([one, two])
    ruiz = next(s for s in story.speakers if s.name == "Ana Ruiz")
    assert ruiz.brief_ids == ("one", "two")
    assert {(r.brief_id, r.statement_id) for r in ruiz.statements} == {("one", "s3"), ("two", "s3")}


@pytest.mark.parametrize(
    "briefs",
    [
        [],
        [brief("alone", BEAR)],
        [brief("empty", ""), brief("also-empty", "   ")],
        [brief("same", BEAR), brief("same", BEAR_TOO)],
    ],
    ids=["none", "one brief alone", "no words", "one id twice"],
)
def test_odd_folders_give_every_brief_exactly_one_story(briefs: list[Brief]) -> None:
    stories = find_stories(briefs)
    assert sorted(id(b) for s in stories for b in s.briefs) == sorted(id(b) for b in briefs)
    assert len({s.id for s in stories}) == len(stories)


def test_many_briefs_of_one_story_stay_one_story() -> None:
    texts = [BEAR, BEAR_TOO, BEAR_HOAX]
    briefs = [brief(f"b{n}", texts[n % 3]) for n in range(600)]
    (story,) = find_stories(briefs)
    assert len(story.briefs) == 600


def test_cli_prints_one_story_a_line_in_the_scorer_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for b in (brief("b1", BEAR), brief("b2", BEAR_TOO), brief("hoax", BEAR_HOAX)):
        write_brief(b, tmp_path / f"{b.id}.yaml")
    write_brief(brief("a1", AIRLINE), tmp_path / "a1.yaml")
    assert main(["stories", str(tmp_path), "--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [sorted(x["briefs"]) for x in lines] == [["b1", "b2", "hoax"], ["a1"]]
    assert set(lines[0]) == {"id", "title", "briefs", "disputes"}
    (dispute,) = lines[0]["disputes"]
    assert set(dispute) == {"topic", "a", "b"}
    assert dispute["b"] == [{"brief": "hoax", "statement": None}]


def test_export_story_writes_its_timeline_and_disputes_as_markdown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "briefs"
    for b in (brief("b1", BEAR, dt.date(2014, 8, 19)), brief("hoax", BEAR_HOAX)):
        write_brief(b, folder / f"{b.id}.yaml")
    assert main(["export", "--story", "st-b1", "--dir", str(folder), "-o", str(tmp_path)]) == 0
    text = (tmp_path / "st-b1.md").read_text(encoding="utf-8")
    assert "## Timeline\n\n- 2014-08-19 — A fisherman in Yakutia" in text
    assert "Called untrue:\n\n- hoax, hoax.txt: The Justin Bieber ringtone bear story" in text
    assert main(["export", "--story", "st-b1", "--dir", str(folder), "-o", str(tmp_path)]) == 1
    assert "already exists; use --force" in capsys.readouterr().err


def test_export_of_an_unknown_story_says_where_to_find_the_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_brief(brief("b1", BEAR), tmp_path / "b1.yaml")
    assert main(["export", "--story", "st-nope", "--dir", str(tmp_path)]) == 1
    assert "no story 'st-nope'" in capsys.readouterr().err


CRASH = (
    "A train derailed near Lyonsdale station on Monday. {n} people were killed and dozens "
    "injured, the Lyonsdale fire brigade said."
)


def test_outlets_counting_the_dead_very_differently_on_one_day_dispute_the_figure() -> None:
    day = dt.date(2023, 5, 1)
    (story,) = find_stories(
        [brief("low", CRASH.format(n=12), day), brief("high", CRASH.format(n=30), day)]
    )
    (dispute,) = story.disputes
    assert dispute.topic == "the number of people killed"
    assert [s.brief_id for s in dispute.a] == ["low"]
    assert [s.brief_id for s in dispute.b] == ["high"]
    assert "30 people were killed" in dispute.b[0].text


def test_a_higher_count_on_a_later_day_is_an_update_not_a_dispute() -> None:
    (story,) = find_stories(
        [
            brief("first", CRASH.format(n=12), dt.date(2023, 5, 1)),
            brief("later", CRASH.format(n=30), dt.date(2023, 5, 3)),
        ]
    )
    assert story.disputes == ()


def test_figures_of_different_things_are_not_set_against_each_other() -> None:
    captured = CRASH.format(n=12).replace("were killed", "were rescued")
    (story,) = find_stories([brief("a", captured), brief("b", CRASH.format(n=30))])
    assert story.disputes == ()


def test_one_brief_id_in_two_folders_is_two_briefs_and_the_table_shows_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder, text in (("left", BEAR), ("right", BEAR_TOO)):
        write_brief(brief("same", text), tmp_path / folder / "same.yaml")
    assert main(["stories", str(tmp_path / "left"), str(tmp_path / "right")]) == 0
    out = capsys.readouterr().out
    assert out.split()[:4] == ["st-same", "2", "briefs", "undated"]


def test_finding_stories_again_reads_only_the_briefs_whose_text_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefing.stories import terms

    briefs = [brief("b1", BEAR), brief("a1", AIRLINE), brief("b2", BEAR_TOO)]
    find_stories(briefs)
    read: list[str] = []
    real = terms.read_words
    monkeypatch.setattr(terms, "read_words", lambda text: read.append(text) or real(text))

    # The airline article is rewritten into a third bear article: only it is read again,
    # and the stories follow the new text, never the old one.
    # (a text no other test builds: what was read before in this process is not read again)
    hoax = BEAR_HOAX + " The fisherman's phone plays only the radio news now."
    stories = find_stories([briefs[0], brief("a1", hoax), briefs[2]])
    assert any(hoax in text for text in read)
    assert not any(BEAR in text or BEAR_TOO in text for text in read)
    assert sorted(ids(stories[0].briefs)) == ["a1", "b1", "b2"]
