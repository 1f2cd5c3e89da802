"""Property tests over the brief loader: mutated briefs give `file:line: message`, never a
traceback, never a constructed Python object, in bounded time."""

from __future__ import annotations

import copy
import re
from typing import Any

import yaml
from factories import make_brief
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.brief_yaml import brief_to_dict, dump_brief, parse_brief
from briefing.errors import InputError
from briefing.model import Brief

VALID = brief_to_dict(make_brief())
VALID_TEXT = dump_brief(make_brief())
PROBLEM_LINE = re.compile(r"^b\.yaml(:\d+)?: \S.*$")

weird_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=4),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.recursive(st.integers(), lambda inner: st.lists(inner, max_size=2), max_leaves=30),
)


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += paths(value, (*prefix, i))
    return found


ALL_PATHS = paths(VALID)


def mutate(data: dict[str, Any], path: tuple[Any, ...], action: str, value: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    parent: Any = out
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    if action == "delete":
        del parent[last]
    else:
        parent[last] = value
    return out


def assert_clean_outcome(text: str) -> Brief | None:
    try:
        brief = parse_brief(text, "b.yaml")
    except InputError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert PROBLEM_LINE.match(str(problem)), str(problem)
        return None
    assert isinstance(brief, Brief)
    return brief


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(ALL_PATHS), st.sampled_from(["delete", "replace"]), weird_values),
        min_size=1,
        max_size=4,
    )
)
def test_mutated_fields_give_problems_not_tracebacks(
    mutations: list[tuple[tuple[Any, ...], str, Any]],
) -> None:
    data = VALID
    for path, action, value in mutations:
        try:
            data = mutate(data, path, action, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
    assert_clean_outcome(yaml.safe_dump(data, allow_unicode=True))


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.data())
def test_mangled_yaml_text_gives_problems_not_tracebacks(data: st.DataObject) -> None:
    text = VALID_TEXT
    for _ in range(data.draw(st.integers(1, 5))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 20))
        insert = data.draw(st.text(alphabet=":-[]{}&*!|>'\"#\n %@`,?\t\x00\x1b", max_size=6))
        text = text[:at] + insert + text[at + cut :]
    assert_clean_outcome(text)


def test_python_tags_never_construct_objects() -> None:
    for tag in (
        "!!python/object/apply:os.system ['true']",
        "!!python/name:os.system",
        "!!python/object/new:type ['x', [], {}]",
    ):
        text = VALID_TEXT.replace("title: Minister", f"title: {tag}\nx: Minister")
        assert assert_clean_outcome(text) is None


def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    text = VALID_TEXT.replace(
        "title: Minister denies memo on troops leaving", "title: " + "[" * 50_000
    )
    assert assert_clean_outcome(text) is None


def test_huge_numbers_in_spans_are_out_of_range_problems() -> None:
    text = VALID_TEXT.replace("- [44, 64]", f"- [44, {10**40}]")
    assert assert_clean_outcome(text) is None
