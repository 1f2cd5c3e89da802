"""Reports named by a noun: "according to …", "Trump's claim that …"."""

from __future__ import annotations

from attribution_helpers import by_speaker, extract


def test_according_to_before_the_content() -> None:
    assert by_speaker("According to Brian Keller, the bridge is safe.") == [
        ("Brian Keller", "reported", "the bridge is safe")
    ]


def test_according_to_after_the_content() -> None:
    assert by_speaker("The bridge is old, according to Brian Keller.") == [
        ("Brian Keller", "reported", "The bridge is old")
    ]


def test_owner_of_a_claim_noun_is_the_source() -> None:
    text = "Critics seized on Ann Lee’s claim that the vote was rigged."
    assert by_speaker(text) == [("Ann Lee", "reported", "the vote was rigged")]


def test_noun_with_relative_that_is_no_statement() -> None:
    assert extract("Ann Lee’s report that was released on Tuesday is long.")[1] == []


def test_according_to_an_unknown_plural_source() -> None:
    _, statements = extract("Ten million mothers live alone, according to federal statistics.")
    assert statements[0].source_mention is not None
    assert statements[0].source_mention.text == "federal statistics"
    assert statements[0].text == "Ten million mothers live alone"


def test_according_to_after_a_dash() -> None:
    text = "Half of the advice is wrong — according to the top British medical journal."
    _, statements = extract(text)
    assert statements[0].text == "Half of the advice is wrong"


def test_an_opening_phrase_before_according_to_is_not_what_the_source_said() -> None:
    # a reader saw the report credited with saying "In all"
    assert by_speaker("In all, according to the report, 40 people died in the floods.") == [
        ("the report", "reported", "40 people died in the floods")
    ]


def test_a_short_clause_before_according_to_is_what_the_source_said() -> None:
    assert by_speaker("Prices rose, according to the bank.") == [
        ("the bank", "reported", "Prices rose")
    ]


def test_according_to_after_and_vouches_for_the_conjunct_after_it() -> None:
    # A photo caption runs into the sentence without a stop; neither it nor the clause before
    # "and" is what the trainer said.
    text = (
        "Owner Sam Lowe and his wife at the course ahead of the big race Lowe cheers after "
        "watching his horse finish second Gold Spur is now 12 and, according to his trainer "
        "Ann Pike, prefers to set his own pace on the gallops."
    )
    assert by_speaker(text) == [
        ("Ann Pike", "reported", "prefers to set his own pace on the gallops")
    ]


def test_according_to_before_a_quote_gives_the_quoted_words() -> None:
    text = (
        "The horse is now 12 and, according to his trainer Ann Pike, 'prefers to set his own "
        "pace' but his heart is not in doubt."
    )
    assert by_speaker(text) == [("Ann Pike", "reported", "prefers to set his own pace")]


def test_lets_hope_is_nobodys_hope() -> None:
    # the reader saw "Let" as the speaker of a fans' group statement
    text = "Let's hope that this message hits home loud and clear to the club."
    assert by_speaker(text) == []


def test_thanks_to_is_no_speaker() -> None:
    text = (
        "Thanks almost entirely to the tech firms, the average person earned more, highlighting"
        " an ever-widening gap between rich and poor."
    )
    assert [who for who, _, _ in by_speaker(text)] != ["Thanks"]


def test_a_headline_claim_noun_builds_a_valid_brief_with_the_word_as_printed() -> None:
    # "Claim" in a title-case headline is read as the noun cue "claim"; the cue once kept the
    # lower-cased word, the brief failed its own check and `briefing build` dropped it.
    from pathlib import Path

    from briefing.brief_yaml import dump_brief, parse_brief
    from briefing.builder import build_brief
    from briefing.seeds import parse_seed

    body = (
        "Ann Lee’s Claim That The Bridge Is Unsafe Isn’t True. Not Yet, At Least.\n\n"
        "The mayor of the city spoke on Monday.\n"
    )
    seed = parse_seed(Path("bridge.txt"), f"date 2020-01-06\n{body}".encode())
    brief = build_brief(seed)
    cues = [s.cue for s in brief.statements if s.cue is not None]
    assert [c.text for c in cues] == ["Claim"]
    assert parse_brief(dump_brief(brief), "bridge.yaml").statements == brief.statements


def test_according_to_after_a_quote_with_its_own_cue_makes_no_second_statement() -> None:
    # the quote is already the speaker's statement; "according to" says who reported it
    text = "''He can win,'' Ann Lee told advisers afterward, according to Bob Stone."
    assert by_speaker(text) == [("Ann Lee", "direct", "He can win")]


def test_a_trailing_according_to_is_no_part_of_the_report_before_it() -> None:
    text = "Police spokesman Bart Grey says the men attacked first, according to the Daily Post."
    said = [(name, words) for name, _, words in by_speaker(text)]
    assert ("Bart Grey", "the men attacked first") in said


def test_according_to_after_a_comma_inside_the_quote_marks() -> None:
    for opening, closing in (("'", "'"), ("‘", "’"), ('"', '"')):
        text = (
            f"Tom Hart called the plans {opening}completely useless,{closing} according to an "
            "extract of the interview."
        )
        found = by_speaker(text)
        # Hart's words end at the quotation, which the extract only vouches for
        assert found == [
            ("Tom Hart", "reported", f"the plans {opening}completely useless,{closing}")
        ], text


def test_according_to_after_a_quote_with_its_own_lead_makes_no_second_statement() -> None:
    text = "The message said: “The bridge will close,” according to a letter from the mayor."
    assert by_speaker(text) == [("the message", "direct", "The bridge will close")]


def test_a_that_after_so_or_such_opens_a_result_not_what_was_stated() -> None:
    assert by_speaker("I was so struck by Ann Lee's statement that I pressed her again.") == []
    found = by_speaker(
        "Tom Hart repeats errors, such as his recent claim that prices fell by half."
    )
    assert ("Tom Hart", "reported", "prices fell by half") in found


def test_a_quotation_set_apart_before_according_to_is_the_sources_own() -> None:
    text = (
        "Some workers joined the strike — “clerks in slacks mixed with students,” according "
        "to the Daily Herald."
    )
    assert by_speaker(text) == [("Daily Herald", "direct", "clerks in slacks mixed with students")]
