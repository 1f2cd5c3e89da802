"""No untrusted text reaches the terminal raw from the CLI: file names, ids, titles and words
with escape sequences or line breaks are cleaned like the reader's text, one problem stays
one line, and `--json` stays exact."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from factories import SAMPLE_TEXT, make_brief

from briefing.brief_yaml import dump_brief, parse_brief, write_brief
from briefing.cli import main
from briefing.errors import InputError
from briefing.safe_text import clean_text, one_line, same_length_visible, terminal_line

#: An OSC 0 title change, a screen clear, an OSC 52 clipboard write, an 8-bit CSI, a
#: right-to-left override and mark, and a line break that would forge a second line.
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07\x9b31m\u202e\u200f\n"
RAW_MARKERS = ("\x1b", "\x07", "\x9b", "\u202e", "\u200f")


def assert_terminal_safe(output: str) -> None:
    for marker in RAW_MARKERS:
        assert marker not in output, repr(output)


def test_a_hostile_file_name_is_one_clean_line_in_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / f"bad{HOSTILE}name.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")
    assert main(["check", str(folder)]) == 1
    captured = capsys.readouterr()
    assert_terminal_safe(captured.out + captured.err)
    lines = captured.out.splitlines()
    assert len(lines) == 1
    assert re.match(r"^\S*bad.*name\.yaml:\d+: invalid YAML", lines[0])


def test_build_names_a_hostile_seed_file_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = tmp_path / f"story{HOSTILE}.txt"
    seed.write_text("no date line here\n", encoding="utf-8")  # a warning naming the file
    empty = tmp_path / f"empty{HOSTILE}.txt"
    empty.write_text("\n", encoding="utf-8")  # a problem naming the file
    main(["build", str(seed), str(empty), "-o", str(tmp_path / f"out{HOSTILE}")])
    captured = capsys.readouterr()
    assert_terminal_safe(captured.out + captured.err)
    assert any("story" in x and "no 'date YYYY-MM-DD' line" in x for x in captured.err.splitlines())
    assert any("empty" in x and "seed is empty" in x for x in captured.err.splitlines())


def _hostile_brief_folder(tmp_path: Path) -> Path:
    brief = make_brief("hostile", title=f"Title{HOSTILE}")
    speakers = tuple(replace(s, name=f"{s.name}{HOSTILE}") for s in brief.speakers)
    folder = tmp_path / "briefs"
    write_brief(replace(brief, speakers=speakers), folder / "h.yaml")
    return folder


def test_search_prints_hostile_names_cleanly_and_json_exactly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _hostile_brief_folder(tmp_path)
    assert main(["search", "leaving soon", "-n", "1", str(folder)]) == 0
    out = capsys.readouterr().out
    assert_terminal_safe(out)
    assert out.splitlines() == ["100.0 exact    2/2  hostile s2  the memo: We are leaving soon,"]

    assert main(["search", "leaving soon", "-n", "1", "--json", str(folder)]) == 0
    out = capsys.readouterr().out
    assert_terminal_safe(out)
    (line,) = out.splitlines()
    record = json.loads(line)
    assert record["speaker"] == f"the memo{HOSTILE}"
    assert record["brief_title"] == f"Title{HOSTILE}"


def test_no_command_prints_around_the_cleaning() -> None:
    """The class, not the example: every CLI message goes through commands/output.py (the
    Markdown that `export` writes to stdout is a document, cleaned by the exporter)."""
    commands = Path(__file__).resolve().parents[2] / "tui" / "briefing" / "commands"
    for module in commands.glob("*.py"):
        if module.name == "output.py":
            continue
        source = module.read_text(encoding="utf-8")
        assert not re.search(r"\bprint\(|sys\.stderr\.write\(", source), module.name


# ---------------------------------------------------------------------------- safe_text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\u200fb\u200ec\u061cd", "abcd"),  # RLM, LRM, ALM
        ("one\u2028two\u2029three", "one\ntwo\nthree"),
        ("Bi\u200dd\u200den", "Biden"),  # joiners inside Latin words spoof and hide
        ("\u200d\u200d\u200dword\u200d", "word"),
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),  # an emoji family keeps its joiners
        ("क्\u200dष", "क्\u200dष"),  # so does a Devanagari conjunct
        ("a\u200d\u200d\u200d\u200d🙂", "a\u200d🙂"),
    ],
)
def test_clean_text_strips_invisible_direction_and_joiner_abuse(raw: str, shown: str) -> None:
    assert clean_text(raw) == shown
    assert len(same_length_visible(raw)) == len(raw)


def test_terminal_line_keeps_columns_but_folds_every_line_break() -> None:
    assert terminal_line("1.0  a\u2028b\x85c\rd\ne") == "1.0  a b c d e"
    assert one_line("x\u2029y") == "x y"


# ---------------------------------------------------------------------------- YAML rules


def test_a_key_given_twice_is_refused_at_its_second_line() -> None:
    text = dump_brief(make_brief())
    lines = text.splitlines()
    title_at = next(i for i, x in enumerate(lines) if x.startswith("title:"))
    lines.insert(title_at + 1, "title: A different headline")
    with pytest.raises(InputError) as caught:
        parse_brief("\n".join(lines) + "\n", "b.yaml")
    assert [str(p) for p in caught.value.problems] == [
        f"b.yaml:{title_at + 2}: invalid YAML: duplicate key 'title'"
    ]


def test_a_slug_with_a_trailing_newline_is_not_a_slug() -> None:
    text = dump_brief(make_brief()).replace("id: sample", 'id: "sample\\n"')
    with pytest.raises(InputError, match="is not a slug"):
        parse_brief(text, "b.yaml")
    assert SAMPLE_TEXT  # the fixture text itself is untouched by the edit
