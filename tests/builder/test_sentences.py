"""Sentence splitting on news text: exact spans, abbreviations, glued sentences."""

from __future__ import annotations

import pytest

from briefing.builder.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n ") == []


def test_title_abbreviations_do_not_end_a_sentence() -> None:
    assert _split("He met Gen. Smith and Brig. Jones. Then he left.") == [
        "He met Gen. Smith and Brig. Jones.",
        "Then he left.",
    ]


def test_initials_and_suffixes_stay_inside_a_name() -> None:
    assert _split("It was signed by William H. Seely III. He left.") == [
        "It was signed by William H. Seely III.",
        "He left.",
    ]


def test_numbers_with_commas_and_decimals_do_not_split() -> None:
    assert _split("There are 5,000 troops. Growth was 3.5 percent.") == [
        "There are 5,000 troops.",
        "Growth was 3.5 percent.",
    ]


def test_us_splits_only_before_a_sentence_opener() -> None:
    assert _split("The U.S. Army left. They went to the U.S. The end.") == [
        "The U.S. Army left.",
        "They went to the U.S.",
        "The end.",
    ]


def test_missing_space_after_full_stop_still_splits() -> None:
    assert _split("Troops are in Iraq.Several helicopters flew.") == [
        "Troops are in Iraq.",
        "Several helicopters flew.",
    ]


def test_sentence_glued_without_a_stop_splits_before_the_opener() -> None:
    assert _split("against Islamic StateThe authenticity was confirmed.") == [
        "against Islamic State",
        "The authenticity was confirmed.",
    ]


def test_quote_opening_straight_after_a_full_stop_starts_a_sentence() -> None:
    assert _split('They would evacuate."Sir, we leave," read the letter.') == [
        "They would evacuate.",
        '"Sir, we leave," read the letter.',
    ]


def test_question_inside_quote_followed_by_attribution_does_not_split() -> None:
    assert _split('"Why?" he asked. She left.') == ['"Why?" he asked.', "She left."]


def test_line_breaks_always_end_a_sentence() -> None:
    assert _split("First line without stop\nSecond line") == [
        "First line without stop",
        "Second line",
    ]


def test_spans_index_the_original_text() -> None:
    text = "  One.  Two!\n Three?  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["One.", "Two!", "Three?"]


def test_question_quote_followed_by_name_and_cue_stays_one_sentence() -> None:
    assert _split("“How long must we wait?” Ann Lee asked. “Too long.”") == [
        "“How long must we wait?” Ann Lee asked.",
        "“Too long.”",
    ]


def test_question_quote_followed_by_a_new_statement_splits() -> None:
    assert _split("“Why not?” Ann Lee said the plan was fine.") == [
        "“Why not?”",
        "Ann Lee said the plan was fine.",
    ]


def test_a_photo_caption_without_a_stop_ends_before_the_next_quote() -> None:
    # Daily Mail captions carry no full stop: the caption and the quote are two sentences.
    text = (
        "Kilmarnock will confirm Gary Locke as manager on Friday ‘I’d be over the moon to get"
        " it,’ said Locke while talks went on. Mr Osborne described the figure as 'shameful'"
        " ‘It is only by continuing with our plan that we will win,’ he said."
    )
    assert _split(text) == [
        "Kilmarnock will confirm Gary Locke as manager on Friday",
        "‘I’d be over the moon to get it,’ said Locke while talks went on.",
        "Mr Osborne described the figure as 'shameful'",
        "‘It is only by continuing with our plan that we will win,’ he said.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He said ‘I’d be over the moon to get it.’",
        "He called it ‘Project Fear’ and left the room.",
        "Tourists still love the ‘Big Apple’ in the spring.",
        "The minister said: “We will win the vote.”",
        "The minister told reporters “We will win the vote.”",
        "A neighbour told the New York Post 'She was arrested and never came back.'",
        "He released an album titled 'I Made a Vow,' which made him famous.",
        "Fans sang along to David Guetta track 'Dangerous' before the game.",
    ],
)
def test_a_quote_that_continues_its_sentence_does_not_split(text: str) -> None:
    assert _split(text) == [text]


def test_a_photo_caption_glued_to_the_next_sentence_ends_before_its_pronoun() -> None:
    # The caption has no stop and the text runs on: "… its bills He said: …".
    text = (
        "The council has denied it will close the library to pay its bills He said: 'We will"
        " keep it open.' Volunteers queued at a food bank in Leeds Another food bank said it"
        " had run out."
    )
    assert _split(text) == [
        "The council has denied it will close the library to pay its bills",
        "He said: 'We will keep it open.'",
        "Volunteers queued at a food bank in Leeds",
        "Another food bank said it had run out.",
    ]


def test_a_capitalised_title_ending_in_it_is_not_cut() -> None:
    text = "Her song Don't Push It was a hit in May. The band said it would tour."
    assert _split(text) == [
        "Her song Don't Push It was a hit in May.",
        "The band said it would tour.",
    ]


def test_a_caption_glued_before_according_to_ends_there() -> None:
    text = (
        "The office told the New York Times According to the New York Times, 'he has divorced"
        " four times.'"
    )
    assert _split(text) == [
        "The office told the New York Times",
        "According to the New York Times, 'he has divorced four times.'",
    ]


def test_scroll_down_for_video_is_a_sentence_of_its_own() -> None:
    text = (
        "Scroll down for video Gordon Brown has warned that the SNP want a referendum. Police"
        " came SCROLL DOWN FOR VIDEO The man fled."
    )
    assert _split(text) == [
        "Scroll down for video",
        "Gordon Brown has warned that the SNP want a referendum.",
        "Police came",
        "SCROLL DOWN FOR VIDEO",
        "The man fled.",
    ]


def test_a_caption_glued_before_the_or_in_ends_there() -> None:
    text = (
        "Rachel Reeves said there is no need for an extra holiday for Anzac Day The last time"
        " it fell on a Saturday was in 2009. He was pictured at the rally In his report, Mr"
        " Clarke found a plot."
    )
    assert _split(text) == [
        "Rachel Reeves said there is no need for an extra holiday for Anzac Day",
        "The last time it fell on a Saturday was in 2009.",
        "He was pictured at the rally",
        "In his report, Mr Clarke found a plot.",
    ]


def test_a_title_case_headline_is_not_cut_at_the() -> None:
    text = "One Of Google's Earliest Employees Explains Where It Loses To The iPhone"
    assert _split(text) == [text]


def test_a_photo_caption_glued_to_a_lead_that_opens_on_an_age_ends_before_it() -> None:
    # "… on her face An 86-year-old nun …": the age is the lead's first word after the caption
    text = (
        "The mayor at the town hall on Friday, with her dog An 88-year-old mayor has been "
        "re-elected for a tenth term."
    )
    assert _split(text) == [
        "The mayor at the town hall on Friday, with her dog",
        "An 88-year-old mayor has been re-elected for a tenth term.",
    ]


def test_a_photo_credit_in_brackets_ends_a_caption_glued_to_the_next_sentence() -> None:
    text = (
        "Shocked: Ann Lee said the badger burst through a hedge (stock image) Mrs Lee spotted "
        "the badger from her garden. Jo Roe (left) said it was fine."
    )
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Shocked: Ann Lee said the badger burst through a hedge (stock image)",
        "Mrs Lee spotted the badger from her garden.",
        "Jo Roe (left) said it was fine.",
    ]


def test_party_and_state_glued_after_an_initial_end_no_sentence() -> None:
    text = "Rep. Jo Roe, R-W.Va., argued that the plan fails. Sen. Al Poe, D-W.Va., agreed."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Rep. Jo Roe, R-W.Va., argued that the plan fails.",
        "Sen. Al Poe, D-W.Va., agreed.",
    ]


def test_two_apostrophes_after_a_full_stop_open_a_new_sentence() -> None:
    text = "It was Ann Lee, his adviser. ''I felt it was over,'' she said."
    assert _split(text) == ["It was Ann Lee, his adviser.", "''I felt it was over,'' she said."]


def test_a_possessive_ends_a_sentence_and_is_no_initial() -> None:
    text = "The rest was Biden's. Another tool found more."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The rest was Biden's.",
        "Another tool found more.",
    ]


def test_a_name_with_a_capital_inside_is_not_two_glued_sentences() -> None:
    assert _split("She could run LinkedIn as a unit. Then she left.") == [
        "She could run LinkedIn as a unit.",
        "Then she left.",
    ]
    assert _split("Fans tweeted #ImWithHer all day.") == ["Fans tweeted #ImWithHer all day."]
    # A sentence glued on without a stop still splits before its opener.
    assert _split("Officials in the United StatesIn a statement, the group said no.") == [
        "Officials in the United States",
        "In a statement, the group said no.",
    ]


def test_a_comments_notice_at_a_lines_end_is_a_sentence_of_its_own() -> None:
    text = "He ran along a road Sorry we are not currently accepting comments on this article."
    assert _split(text) == [
        "He ran along a road",
        "Sorry we are not currently accepting comments on this article.",
    ]
