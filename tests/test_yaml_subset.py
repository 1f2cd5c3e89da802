"""The fast reader of built briefs gives exactly what PyYAML's safe loader gives, or
leaves the text to it: on built briefs of every shape, and on thousands of mangled ones."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from factories import REPO, make_brief

from briefing import yaml_subset
from briefing.brief_yaml import _NoAliasLoader, dump_brief, load_brief_data
from briefing.errors import InputError

#: A line long enough that the dumper writes the article as a literal block.
LINE = "The minister said the troops would stay until the talks were over, officials said."
#: Articles that make the dumper pick each of its styles: literal blocks with every
#: chomping and an indentation digit, single and double quotes, wrapped lines.
AWKWARD = [
    f"  Leading spaces, then a line.\n{LINE}",
    f"{LINE}\nEnds without a newline",
    f"{LINE}\nEnds with two newlines\n\n",
    f"{LINE}\nTrailing spaces   \nhere",
    f"{LINE}\nTab\there and a bell \x07 there",
    f"{LINE}\nUnicode: café, naïve — “quotes” and 日本語 and 🙂.\nSecond line.",
    f"{LINE}\nA # not a comment: and a colon: here\n- not a list\n  - indented\n",
    f"{LINE}\n'quoted' \"double\" \\ backslash {{braces}} [brackets], commas, & * ! % @ `",
    "x" * 300 + " " + "y" * 300,
    f"\n\nLeading blank lines\n{LINE}",
    f"{LINE}\n\n\nBlank lines inside\n",
    "null",
    "123",
    "yes",
]
TITLES = [
    "Plain title",
    "Title: with a colon",
    "'Starts with a quote",
    "- dash first",
    "Ends with colon:",
    "A # hash",
    "null",
    "2020-01-06",
    "0.5",
    "Long " * 40,
    "Tab\tinside",
    " leading space",
]


def _reference(text: str) -> tuple[str, Any]:
    try:
        return "ok", yaml.load(text, Loader=_NoAliasLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        return "error", exc


def _assert_same_or_outside(text: str) -> bool:
    """True when the fast reader read ``text`` (and then gave PyYAML's data exactly)."""
    fast = yaml_subset.load(text)
    if fast is yaml_subset.NOT_SUBSET:
        return False
    outcome, expected = _reference(text)
    assert outcome == "ok", f"the subset read what PyYAML refuses: {expected}\n{text}"
    assert fast == expected
    assert repr(fast) == repr(expected)  # same types too (1 vs 1.0 vs True)
    return True


def _built() -> list[str]:
    texts = [dump_brief(make_brief())]
    for n, body in enumerate(AWKWARD):
        texts.append(dump_brief(make_brief(f"b{n}", dt.date(2020, 1, 1), TITLES[0], body)))
    for n, title in enumerate(TITLES):
        texts.append(dump_brief(make_brief(f"t{n}", None, title)))
    texts.extend(p.read_text(encoding="utf-8") for p in sorted((REPO / "briefs").glob("*.yaml")))
    return texts


def test_built_briefs_read_the_same_and_most_take_the_fast_path() -> None:
    texts = _built()
    fast = sum(_assert_same_or_outside(text) for text in texts)
    assert fast >= len(texts) * 2 // 3


@pytest.mark.parametrize("seed", range(4))
def test_mangled_briefs_are_read_the_same_or_left_to_pyyaml(seed: int) -> None:
    rng = random.Random(seed)
    marks = [*" :-#'\"\n|[],{}?&*!>%@`\\a0.~+\t"]
    marks += ["  ", "\n  ", ": ", " #", "''", "|-", "|+", "|2", "\n\n", "- ", "null", "1"]
    texts = _built()
    read = 0
    for _ in range(400):
        text = rng.choice(texts)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(text))
            roll = rng.random()
            if roll < 0.4:
                text = text[:at] + rng.choice(marks) + text[at:]
            elif roll < 0.7:
                text = text[:at] + text[at + rng.randint(1, 3) :]
            else:
                text = text[:at] + rng.choice(marks) + text[at + 1 :]
        read += _assert_same_or_outside(text)
    assert read > 50  # the fast path was really compared, not always skipped


def test_a_duplicate_key_is_still_reported_at_its_line(tmp_path: Path) -> None:
    text = dump_brief(make_brief())
    text = text.replace("title:", "title: Twice\ntitle:", 1)
    with pytest.raises(InputError) as caught:
        load_brief_data(text, "b.yaml")
    (problem,) = caught.value.problems
    assert problem.message == "invalid YAML: duplicate key 'title'"
    assert problem.line == text.splitlines().index("title: Twice") + 2
