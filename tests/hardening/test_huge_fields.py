"""Huge fields: a title, name, topic or reason far past anything a person writes is one
`file:line` problem, so no screen ever pays for it; the reader and the CLI stay quick."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path

import pytest
from factories import make_brief

from briefing.brief_yaml import MAX_CHARS, dump_brief, parse_brief, write_brief
from briefing.cli import main
from briefing.errors import InputError
from briefing.model import Contradiction, Speaker
from briefing.safe_text import clip
from briefing.store import load_briefs

HUGE = 5 * 2**20  # 5 MiB: big enough to hurt a screen, small enough for CI memory


def _huge_variants() -> dict[str, str]:
    brief = make_brief()
    big = "x" * HUGE
    speaker = brief.speakers[0]
    dispute = brief.contradictions[0]
    return {
        "title": dump_brief(replace(brief, title=big)),
        "speakers[0].name": dump_brief(
            replace(brief, speakers=(replace(speaker, name=big), *brief.speakers[1:]))
        ),
        "speakers[0].aliases[0]": dump_brief(
            replace(brief, speakers=(replace(speaker, aliases=(big,)), *brief.speakers[1:]))
        ),
        "speakers[0].role": dump_brief(
            replace(brief, speakers=(replace(speaker, role=big), *brief.speakers[1:]))
        ),
        "contradictions[0].topic": dump_brief(
            replace(brief, contradictions=(replace(dispute, topic=big),))
        ),
        "contradictions[0].reason": dump_brief(
            replace(brief, contradictions=(replace(dispute, reason=big),))
        ),
    }


@pytest.mark.parametrize("field", list(_huge_variants()))
def test_a_huge_display_field_is_one_problem_at_its_line(field: str) -> None:
    text = _huge_variants()[field]
    with pytest.raises(InputError) as caught:
        parse_brief(text, "b.yaml")
    (problem,) = caught.value.problems
    line = next(n for n, x in enumerate(text.splitlines(), 1) if "x" * 100 in x)
    assert problem.line == line
    limit = MAX_CHARS[re.sub(r"\[\d+\]", "", field).rsplit(".", 1)[-1]]
    assert problem.message == f"'{field}' is {HUGE:,} characters long; at most {limit:,}"


def test_fields_at_their_limit_still_load() -> None:
    brief = make_brief()
    at_limit = replace(
        brief,
        title="t" * MAX_CHARS["title"],
        speakers=(
            Speaker("p", "n" * MAX_CHARS["name"], brief.speakers[0].kind, "r" * MAX_CHARS["role"]),
            *brief.speakers[1:],
        ),
        statements=tuple(
            replace(s, speaker="p") if s.speaker == "the-memo" else s for s in brief.statements
        ),
        contradictions=(
            Contradiction("c1", "o" * MAX_CHARS["topic"], ("s1",), ("s3",), "w" * 10_000, 0.5),
        ),
    )
    assert parse_brief(dump_brief(at_limit), "b.yaml") == at_limit


def test_a_folder_with_a_huge_title_loads_the_rest_quickly(tmp_path: Path) -> None:
    folder = tmp_path / "briefs"
    write_brief(make_brief("fine"), folder / "fine.yaml")
    (folder / "huge.yaml").write_text(_huge_variants()["title"], encoding="utf-8")
    started = time.perf_counter()
    result = load_briefs(folder)
    print(
        f"loaded a folder with a {HUGE / 2**20:.0f} MiB title in "
        f"{time.perf_counter() - started:.2f} s"
    )
    assert [b.id for b in result.briefs] == ["fine"]
    assert [p.line for p in result.problems] == [4]


async def test_the_reader_shows_the_rest_and_answers_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.app.app import BriefingApp

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "briefs"
    write_brief(make_brief("fine"), folder / "fine.yaml")
    (folder / "huge.yaml").write_text(_huge_variants()["title"], encoding="utf-8")
    app = BriefingApp(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [b.id for b in app.briefs] == ["fine"]
        assert "is 5,242,880 characters long" in str(app.problems[0])
        await pilot.press("enter", "2", "j", "3", "4", "q")


def test_search_clips_a_very_long_statement_with_an_ellipsis(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = "leaving " * 20_000
    long_brief = make_brief("long", text=f'"{words}" Ana Ruiz said.')
    from briefing.model import Statement, StatementKind

    text = long_brief.source.text
    span = (1, 1 + len(words))
    statement = Statement("s1", "p", StatementKind.DIRECT, text[1 : span[1]], (span,), 0)
    long_brief = replace(
        long_brief,
        speakers=(Speaker("p", "Ana Ruiz", make_brief().speakers[1].kind),),
        statements=(statement,),
    )
    folder = tmp_path / "briefs"
    write_brief(long_brief, folder / "long.yaml")
    assert main(["search", "leaving", str(folder)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert len(line) < 2_100 and line.endswith("…")
    assert main(["search", "leaving", "--json", str(folder)]) == 0
    assert words.strip() in capsys.readouterr().out  # --json keeps every word


def test_clip_marks_what_it_cut() -> None:
    assert clip("abc", 3) == "abc"
    assert clip("abcd", 3) == "ab…"


def test_build_never_writes_a_brief_that_check_would_refuse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import briefing.build_runner as build_runner

    real_build = build_runner.build_brief
    monkeypatch.setattr(
        build_runner, "build_brief", lambda seed: replace(real_build(seed), title="t" * 3000)
    )
    seed = tmp_path / "story.txt"
    seed.write_text('date 2021-03-04\n"We are leaving," Ana Ruiz said.\n', encoding="utf-8")
    out = tmp_path / "briefs"
    assert main(["build", str(seed), "-o", str(out)]) == 1
    assert not out.exists() or not list(out.iterdir())
    err = capsys.readouterr().err
    assert f"{seed}: the built brief is invalid: 'title' is 3,000 characters long" in err
