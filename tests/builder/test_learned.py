"""The learned attribution tagger: its weights load, it adds what the rules miss, bad weights
give one line naming the file, and retraining is reproducible."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from attribution_helpers import by_speaker
from factories import make_brief

from briefing.brief_yaml import dump_brief
from briefing.builder.attribution import extract_statements
from briefing.builder.draft import Draft
from briefing.builder.learned import merge, train
from briefing.builder.learned.decode import attributions
from briefing.builder.learned.document import Article
from briefing.builder.learned.model import (
    LABELS,
    Model,
    ModelError,
    open_tagger,
    tagger,
    use_weights,
)
from briefing.builder.sentences import split_sentences
from briefing.builder.tokens import tokens
from briefing.cli import main


@pytest.fixture
def shipped_weights() -> Iterator[None]:
    yield
    use_weights(None)


def _statements(text: str) -> list[tuple[str, str, str]]:
    speakers, statements = extract_statements(text, split_sentences(text))
    names = {s.id: s.name for s in speakers}
    return [(names[s.speaker], s.kind.value, s.text) for s in statements]


def test_the_shipped_weights_load_with_the_known_labels() -> None:
    labels = set(tagger().labels())
    assert {"B-C", "B-S", "B-Q"} <= labels <= set(LABELS)


def test_decoding_joins_content_cue_and_source_of_one_paragraph() -> None:
    text = "Jane Roe argued the plan was too costly."
    toks = tokens(text, 0, len(text))
    labels = ["B-S", "I-S", "B-Q", "O", "B-C", "I-C", "I-C", "I-C", "O"]
    assert len(labels) == len(toks)
    [found] = attributions(labels, toks)
    assert found.spans(toks) == [(text.index("plan"), text.index("costly") + len("costly"))]
    assert found.cue is not None and toks[found.cue.first].text == "argued"
    assert found.source is not None and (found.source.first, found.source.last) == (0, 1)


def test_a_quote_broken_by_its_cue_decodes_as_one_statement_in_two_pieces() -> None:
    text = '"We will win," she said, "and soon."'
    toks = tokens(text, 0, len(text))
    labels = [
        "B-C",
        "I-C",
        "I-C",
        "I-C",
        "I-C",
        "O",
        "B-S",
        "B-Q",
        "O",
        "B-C",
        "I-C",
        "I-C",
        "I-C",
        "I-C",
    ]
    [found] = attributions(labels, toks)
    assert len(found.content) == 2


def test_the_tagger_adds_a_statement_the_rules_miss() -> None:
    # a subject with a long apposition: the rules give up, the tagger finds cue and content
    text = (
        "The county voted on Tuesday.\n\n"
        "Jane Roe, a talk show host and operations manager at the oldest radio station in the "
        "county, said that she noticed a shift in listener attitudes after the vote.\n"
    )
    rules_only = merge.capture.set(lambda _marks: None)
    try:
        assert _statements(text) == []
    finally:
        merge.capture.reset(rules_only)
    assert _statements(text) == [
        ("Jane Roe", "reported", "she noticed a shift in listener attitudes after the vote")
    ]


def test_corrupt_weights_give_one_line_naming_the_file(
    tmp_path: Path, shipped_weights: None
) -> None:
    bad = tmp_path / "attribution.crfsuite.gz"
    bad.write_bytes(b"not a model at all")
    with pytest.raises(ModelError) as caught:
        open_tagger(bad)
    message = str(caught.value)
    assert str(bad) in message and "\n" not in message
    with pytest.raises(ModelError, match="missing"):
        open_tagger(tmp_path / "gone.crfsuite.gz")


def test_build_with_corrupt_weights_says_so_in_one_line_and_check_still_works(
    tmp_path: Path, shipped_weights: None, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "attribution.crfsuite.gz"
    bad.write_bytes(b"\x1f\x8b garbage")
    use_weights(bad)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("date 2024-01-02\nMayor Jane Roe said it rained.\n", "utf-8")
    assert main(["build", str(seeds), "-o", str(tmp_path / "briefs"), "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(bad) in err[0] and "corrupt" in err[0]
    briefs = tmp_path / "checked"
    briefs.mkdir()
    (briefs / "one.yaml").write_text(dump_brief(make_brief()), encoding="utf-8")
    assert main(["check", str(briefs)]) == 0
    assert "1 ok" in capsys.readouterr().err


def _tiny_folder(folder: Path) -> Path:
    folder.mkdir()
    lines = []
    facts = [
        ("Jane Roe", "said", "taxes would rise"),
        ("John Doe", "warned", "rain is coming"),
        ("The agency", "reported", "prices fell"),
        ("Ann Poe", "said", "the bridge is safe"),
    ]
    for n, (who, cue, what) in enumerate(facts):
        text = f"{who} {cue} {what}.\nNothing else happened on day {n}.\n"
        spans = {part: [[text.index(part), text.index(part) + len(part)]] for part in facts[n]}
        attribution = {
            "content": spans[what],
            "source": spans[who],
            "cue": spans[cue],
            "direct": False,
        }
        lines.append(json.dumps({"seed": f"s{n}.txt", "text": text, "attributions": [attribution]}))
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_training_twice_on_the_same_data_gives_the_same_weights(tmp_path: Path) -> None:
    folder = _tiny_folder(tmp_path / "tiny")
    first, second = tmp_path / "one.gz", tmp_path / "two.gz"
    assert train.main([str(folder), "-o", str(first), "--iterations", "20"]) == 0
    assert train.main([str(folder), "-o", str(second), "--iterations", "20"]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert set(open_tagger(first).labels()) <= set(LABELS)


def test_training_on_an_empty_folder_says_there_is_nothing_to_learn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert train.main([str(empty), "-o", str(tmp_path / "m.gz")]) == 1
    assert "no gold.jsonl" in capsys.readouterr().err
    (empty / "gold.jsonl").write_text("\n", encoding="utf-8")
    assert train.main([str(empty), "-o", str(tmp_path / "m.gz")]) == 1
    assert "holds no articles" in capsys.readouterr().err
    assert not (tmp_path / "m.gz").exists()


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundeskanzlerin sagte am Montag, dass die Steuern steigen würden.\n",
        "总统周一表示，税收将会上涨。“我们会赢，”她说。\n",
        "Le ministre a déclaré que « la réforme est nécessaire ».\n",
    ],
)
def test_non_english_text_builds_without_a_crash(text: str) -> None:
    speakers, statements = extract_statements(text, split_sentences(text))
    assert all(s.speaker in {p.id for p in speakers} for s in statements)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # an action, not speech: "took care of him at the shelter"
        (
            "Vet Anna Berg took care of the dog at the shelter.",
            ["B-S", "I-S", "I-S", "B-Q", "I-Q", "I-Q", "B-C", "I-C", "I-C", "I-C", "I-C", "O"],
        ),
        # a time is no speaker
        (
            "The years explained the fingerprints of the moon.",
            ["B-S", "I-S", "B-Q", "B-C", "I-C", "I-C", "I-C", "I-C", "O"],
        ),
        # a denied cue says the opposite of the article
        (
            "Anna Berg never said the dog was sick.",
            ["B-S", "I-S", "B-Q", "I-Q", "B-C", "I-C", "I-C", "I-C", "O"],
        ),
    ],
)
def test_learned_attributions_a_reader_would_misread_make_no_statement(
    text: str, labels: list[str]
) -> None:
    sentences = split_sentences(text)
    unit = Article(text, sentences, []).unit(0, len(text))
    assert unit is not None and len(labels) == len(unit.toks)
    [found] = attributions(labels, unit.toks)
    assert merge._draft(text, unit, found) is None
    # the same labels with a speech cue do make one
    spoken = text.replace("took care of", "said it saw").replace("never said", "said so:")
    if spoken != text:
        unit = Article(spoken, split_sentences(spoken), []).unit(0, len(spoken))
        assert unit is not None
        [found] = attributions(labels[: len(unit.toks)], unit.toks)
        assert merge._draft(spoken, unit, found) is not None


def _labelled(text: str, content: str) -> list[str]:
    """Labels for 'Source Source cue <content> …': the content's tokens tagged C."""
    toks = tokens(text, 0, len(text))
    lo, hi = text.index(content), text.index(content) + len(content)
    inside = [lo <= t.start and t.end <= hi for t in toks]
    labels = ["B-S", "I-S", "B-Q"] + ["O"] * (len(toks) - 3)
    first = inside.index(True)
    for k, on in enumerate(inside):
        if on:
            labels[k] = "B-C" if k == first else "I-C"
    return labels


def _draft_from_labels(text: str, content: str) -> Draft | None:
    """What the merge makes of 'Source Source cue <content> …' tagged so."""
    unit = Article(text, split_sentences(text), []).unit(0, len(text))
    assert unit is not None
    [found] = attributions(_labelled(text, content), unit.toks)
    return merge._draft(text, unit, found)


def test_quoted_words_make_a_statement_whatever_the_verb_but_unquoted_ones_need_a_speech_cue() -> (
    None
):
    # "hummed" is in no cue list: words in quote marks were still said; without them it is
    # a deed, as in "hummed the tune all day"
    quoted = 'Anna Berg hummed "the dog is safe now" at the shelter.'
    plain = "Anna Berg hummed the dog is safe now at the shelter."
    for text, content, made in ((quoted, '"the dog is safe now"', True), (plain, "the dog", False)):
        draft = _draft_from_labels(text, content)
        assert (draft is not None) is made
        if draft is not None:
            assert draft.kind.value == "direct" and draft.cue is not None
            assert draft.cue.text == "hummed"


@pytest.mark.parametrize(
    ("text", "content", "made"),
    [
        # "ruled" and "coy about" are in no cue list, but what follows is a clause someone holds
        ("Anna Berg ruled that the dog was safe at the shelter.", "that the dog was safe", True),
        ("Anna Berg was coy about whether the dog was safe.", "whether the dog was safe", True),
        # the same verb with an object is a deed, not a statement
        ("Anna Berg ruled the shelter with an iron hand.", "the shelter with", False),
        # what a court heard or what seems so is nobody's statement (unnamed CNN/DM briefs)
        ("Old Bailey heard that the dog was safe at the shelter.", "that the dog", False),
        ("It really appears that the dog was safe.", "that the dog", False),
    ],
)
def test_an_unlisted_cue_makes_a_statement_when_it_introduces_a_clause(
    text: str, content: str, made: bool
) -> None:
    draft = _draft_from_labels(text, content)
    assert (draft is not None) is made
    if draft is not None:
        assert draft.kind.value == "reported"
        assert text[draft.spans[0][0] : draft.spans[0][1]] == content.removeprefix("that ")


@pytest.mark.parametrize(
    ("text", "labels", "pieces"),
    [
        # before: "The plan is so narrow that … it would fail" was one statement of the advocates
        (
            "The plan is so narrow that many advocates believe it would fail.",
            "B-C I-C I-C I-C I-C I-C B-S I-S B-Q B-C I-C I-C O",
            ["it would fail"],
        ),
        # a cue set off by commas splits one statement in two pieces
        (
            "The plan, many advocates believe, would fail soon.",
            "B-C I-C O B-S I-S B-Q O B-C I-C I-C O",
            ["The plan", "would fail soon"],
        ),
    ],
)
def test_unquoted_words_before_a_source_are_its_content_only_around_a_comma_set_cue(
    text: str, labels: str, pieces: list[str]
) -> None:
    unit = Article(text, split_sentences(text), []).unit(0, len(text))
    assert unit is not None and len(unit.toks) == len(labels.split())
    [found] = attributions(labels.split(), unit.toks)
    draft = merge._draft(text, unit, found)
    assert draft is not None
    assert [text[a:b] for a, b in draft.spans] == pieces


def test_a_report_inside_an_opening_clause_ends_at_its_comma() -> None:
    # the tagger ran the Republicans' worry on into the main clause, the article's own words
    text = (
        "But just as the governor's summer swoon had Republicans wondering about his ability "
        "to continue his campaign, the mayor's sudden scare has Democrats contemplating "
        "contingencies as well."
    )
    assert _statements(text) == [
        ("Republicans", "reported", "his ability to continue his campaign")
    ]


_MIXED = (
    "The county voted on Tuesday. Turnout was high in the north and low in the south.\n\n"
    "Jane Roe, a talk show host and operations manager at the oldest radio station in the "
    "county, said that she noticed a shift in listener attitudes after the vote.\n\n"
    'Anna Berg hummed "the dog is safe now" at the shelter. The judge ruled that the '
    "shelter could stay open. Nobody expected the rain, and the fair was moved indoors.\n"
)


def _tagged_sentences(monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """The sentences the tagger is run on while ``text`` is built."""
    seen: list[str] = []
    real = Model.tag

    def tag(self: Model, features: list[list[str]]) -> list[str]:
        seen.append(" ".join(f[1].removeprefix("w=") for f in features))  # the words
        return real(self, features)

    monkeypatch.setattr(Model, "tag", tag)
    extract_statements(text, split_sentences(text))
    return seen


def test_sentences_whose_findings_the_reader_filters_would_drop_are_not_tagged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No quoted word, no reporting word, no "that"/"whether": whatever the tagger found there
    # would be dropped, so it is not asked (half the uncovered sentences on PolNeAr dev).
    tagged = [" ".join(s.split()[:3]) for s in _tagged_sentences(monkeypatch, _MIXED)]
    # "voted" and "said" are reporting words, the hum is quoted, the ruling opens a clause
    assert tagged == ["the county voted", "jane roe ,", "anna berg hummed", "the judge ruled"]


def test_skipping_sentences_changes_no_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    seed = (Path(__file__).parents[2] / "seeds" / "000_948dd29d5ac78b5f.txt").read_text()
    for text in (_MIXED, seed):
        skipped = _statements(text)
        with monkeypatch.context() as every:
            every.setattr(merge, "_may_report", lambda toks, quoted: True)
            assert _statements(text) == skipped


def test_an_owner_before_a_noun_cue_speaks_under_a_name_without_the_possessive() -> None:
    text = "Other Republicans joined Pence’s call for a special prosecutor."
    assert by_speaker(text) == [("Pence", "reported", "a special prosecutor")]
    # the mention points at "Pence", so the brief passes its own check
    mention = extract_statements(text, split_sentences(text))[1][0].source_mention
    assert mention is not None
    assert text[mention.span[0] : mention.span[1]] == mention.text == "Pence"


def test_an_owners_noun_that_brings_no_words_makes_no_statement() -> None:
    text = "As a result, we’ll interpret Roe’s comment to refer to the amount seized at the border."
    assert by_speaker(text) == []


@pytest.mark.parametrize(
    ("text", "found_by_tagger"),
    [
        # a modal: hoped for, not said
        (
            "The striker is fit again.\n\nMarco Rossi, the club's top scorer this season, will "
            "be hoping to add to his tally of goals on Saturday.\n",
            "to add to his tally of goals on Saturday",
        ),
        # "shows" with a thing as its object: a picture, not words
        (
            "A fire broke out on Monday.\n\nThe video shows the rescue of a young boy from the "
            "second floor of the burning house.\n",
            "the rescue of a young boy from the second floor of the burning house",
        ),
        # a product unveiled, not words revealed
        (
            "The show opened on Monday.\n\nAcme Motors has revealed the second model in its "
            "electric range, with the new coupe making its debut at the show.\n",
            "the second model in its electric range, with the new coupe making its debut at "
            "the show",
        ),
    ],
)
def test_what_the_tagger_finds_that_nobody_said_makes_no_statement(
    monkeypatch: pytest.MonkeyPatch, text: str, found_by_tagger: str
) -> None:
    assert _statements(text) == []
    monkeypatch.setattr(merge, "_unsaid", lambda *_args: False)
    assert [said for _, _, said in _statements(text)] == [found_by_tagger]


def test_a_survey_that_revealed_a_clause_still_speaks() -> None:
    text = (
        "The study was published on Monday.\n\nThe survey conducted by the University of "
        "Northport further revealed that nearly five per cent of the students had worked two "
        "jobs.\n"
    )
    assert _statements(text) == [
        ("the survey", "reported", "nearly five per cent of the students had worked two jobs")
    ]


def test_where_words_were_written_is_not_what_they_said(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The couple paid off their loans in 2019.\n\nTom Reyes wrote on his blog Frugal Life.\n"
    assert _statements(text) == []
    monkeypatch.setattr(merge, "_names_a_venue", lambda *_args: False)
    assert _statements(text) == [("Tom Reyes", "reported", "his blog Frugal Life")]


def test_a_tagged_cue_that_opens_on_a_preposition_is_no_verb_of_saying() -> None:
    from briefing.model import StatementKind

    text = "Firms gave money in the hope it will help."
    toks = tokens(text, 0, len(text))
    labels = ["B-S", "O", "O", "B-Q", "I-Q", "I-Q", "B-C", "I-C", "I-C", "O"]
    [found] = attributions(labels, toks)
    assert merge._names_a_venue(toks, found, StatementKind.REPORTED)
    said = "Firms said the money will help."
    toks = tokens(said, 0, len(said))
    [found] = attributions(["B-S", "B-Q", "B-C", "I-C", "I-C", "I-C", "O"], toks)
    assert not merge._names_a_venue(toks, found, StatementKind.REPORTED)


def test_tagged_content_starts_at_its_first_word_not_the_punctuation_after_the_cue() -> None:
    text = "A spokesman said ; 'The rider could not get back in time.'"
    start = text.index(";")
    assert merge._without_lead_punctuation(text, [(start, len(text))]) == [
        (text.index("'The"), len(text))
    ]
    assert merge._without_lead_punctuation(text, [(start, start + 1)]) == []


def test_polling_shows_a_finding_whatever_its_shape() -> None:
    text = (
        "The race tightened in March. The little polling that was done in the state before "
        "the primary showed a virtual dead heat between the two senators."
    )
    assert [said for _, _, said in _statements(text)] == [
        "a virtual dead heat between the two senators"
    ]


def test_a_quotation_the_tagger_finds_reads_inside_its_marks() -> None:
    # the rules leave '"…," the order released Friday said' (a participle between) to the
    # tagger; its statement must read as the rules' do, without the marks and the comma
    said = by_speaker('"The claim is speculative," the order released Friday said.')
    assert said == [("the order", "direct", "The claim is speculative")]


def test_a_quote_nested_at_the_end_keeps_its_closing_mark() -> None:
    said = by_speaker(
        "While the findings are not surprising: As Hu put it, \u201cthis study dispels the "
        "notion that \u2018butter is back.\u2019\u201d"
    )
    assert [words for _, _, words in said] == [
        "this study dispels the notion that \u2018butter is back.\u2019"
    ]
