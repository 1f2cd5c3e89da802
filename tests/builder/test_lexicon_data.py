"""Every word list of the builder reads cleanly and lists each form once."""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources

import pytest
import yaml

from briefing.builder.lexicon import FILE_LAYOUTS, WORD_CLASSES, data_lines, lexicon, words

DATA = resources.files("briefing.builder").joinpath("data")
ALL_FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".txt", ".yaml")))
_MARKERS = {"~", "!", "+"}


def _twice(forms: list[str]) -> list[str]:
    return sorted(form for form, n in Counter(forms).items() if n > 1)


@pytest.mark.parametrize("name", ALL_FILES)
def test_every_data_file_reads(name: str) -> None:
    raw = DATA.joinpath(name).read_text(encoding="utf-8")
    if name.endswith(".yaml"):
        assert yaml.safe_load(raw) is not None
    else:
        assert data_lines(name), f"{name} holds no entries"


def test_the_lexicon_reads_every_file_it_names_and_they_exist() -> None:
    assert set(FILE_LAYOUTS) <= set(ALL_FILES)
    assert lexicon().cue_lemma["said"] == "say"
    assert "the" in words().determiners


@pytest.mark.parametrize("name", sorted(n for n, kind in FILE_LAYOUTS.items() if kind != "mapping"))
def test_no_form_is_listed_twice(name: str) -> None:
    kind = FILE_LAYOUTS[name]
    lines = data_lines(name)
    if kind == "forms":
        forms = [w.lower() for line in lines for w in line.split() if w not in _MARKERS]
    elif kind == "pairs" and name != "quote_phrasal_cues.txt":
        assert all(len(line.split()) == 2 for line in lines), name
        forms = [line.split()[0].lower() for line in lines]
    elif kind == "regex":
        for line in lines:
            re.compile(line)
        forms = lines
    else:
        forms = [line.lower() for line in lines]
    assert _twice(forms) == [], name


def test_a_cue_belongs_to_one_file_only() -> None:
    verbs = data_lines("quote_reporting_verbs.txt")
    acts = data_lines("quote_speech_acts.txt")
    forms = [w.lower() for line in verbs + acts for w in set(line.split()) if w not in _MARKERS]
    assert _twice(forms) == []


def test_word_classes_are_lists_of_words_each_listed_once() -> None:
    loaded = yaml.safe_load(DATA.joinpath(WORD_CLASSES).read_text(encoding="utf-8"))
    for key, value in loaded.items():
        entries = value if isinstance(value, list) else list(value)
        # YAML reads a bare "no" or "on" as a boolean: such a word must be quoted
        assert all(isinstance(w, str) and w == w.strip() for w in entries), key
        assert _twice(entries) == [], key


def test_a_word_class_file_with_a_key_missing_names_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefing.builder import lexicon as module

    monkeypatch.setattr(module, "read_data", lambda name: "determiners: [the]\n")
    module.words.cache_clear()
    try:
        with pytest.raises(ValueError, match=WORD_CLASSES):
            module.words()
    finally:
        module.words.cache_clear()


def test_a_bare_boolean_in_a_word_class_names_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.builder import lexicon as module

    real = module.read_data(WORD_CLASSES)
    broken = real.replace(
        'negators: [barely, cannot, hardly, never, "no"',
        "negators: [barely, cannot, hardly, never, no",
    )
    assert broken != real
    monkeypatch.setattr(module, "read_data", lambda name: broken)
    module.words.cache_clear()
    try:
        with pytest.raises(ValueError, match="negators"):
            module.words()
    finally:
        module.words.cache_clear()


_ANALYSIS_FILES = [
    (package, p.name)
    for package in ("briefing.language", "briefing.disputes")
    for p in resources.files(package).joinpath("data").iterdir()
    if p.name.endswith((".txt", ".yaml"))
]


@pytest.mark.parametrize(("package", "name"), _ANALYSIS_FILES)
def test_every_word_file_of_the_dispute_rules_reads(package: str, name: str) -> None:
    from briefing.language.topics import data_lines as analysis_lines
    from briefing.language.topics import data_text

    if name.endswith(".yaml"):
        assert yaml.safe_load(data_text(name, package)) is not None
    else:
        lines = analysis_lines(name, package)
        assert lines, f"{name} holds no entries"
        assert _twice([line.lower() for line in lines]) == [], name
