"""What a reader would not take for speech makes no statement: refusals to speak, a deed
reported inside someone else's report, perceptions of oneself, activities."""

from __future__ import annotations

import pytest
from attribution_helpers import by_speaker


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master declined to comment on the closure.",
        "A spokeswoman for the bakery declined comment.",
        "Brandt refused to say how many ferries would run in winter.",
        "The caretaker declined to be identified.",
        "Officials at the depot refused to discuss the missing crates.",
    ],
)
def test_a_refusal_to_speak_is_no_statement(text: str) -> None:
    assert by_speaker(text) == []


def test_a_refusal_of_a_deed_stays_a_statement() -> None:
    text = "The councillor refused to endorse the new harbour plan."
    assert by_speaker(text) == [("the councillor", "reported", "to endorse the new harbour plan")]


def test_what_a_refuser_goes_on_to_say_keeps_the_speaker() -> None:
    text = "Lena Ortiz declined to discuss the audit, saying it was still under way."
    assert by_speaker(text) == [("Lena Ortiz", "reported", "it was still under way")]


def test_a_refuser_is_still_who_she_means() -> None:
    text = "Lena Ortiz declined to comment on the audit. She said the ledgers were sound."
    assert by_speaker(text) == [("Lena Ortiz", "reported", "the ledgers were sound")]


def test_a_deed_inside_a_report_is_part_of_it() -> None:
    text = "Clerks said he misled the board about whether he and the miller had discussed the loan."
    assert by_speaker(text) == [
        (
            "Clerks",
            "reported",
            "he misled the board about whether he and the miller had discussed the loan",
        )
    ]


def test_a_painted_fence_is_no_statement() -> None:
    assert by_speaker("Her cousin paints boats for a living on the estuary.") == []


def test_painting_someone_as_something_is_a_stance() -> None:
    assert by_speaker("The pamphlet painted the mayor as a friend of smugglers.") == [
        ("the pamphlet", "reported", "the mayor as a friend of smugglers")
    ]


def test_a_perception_of_oneself_is_no_statement() -> None:
    text = "Odile Marsh chaired the meeting. She found herself accused of hiding the ledgers."
    assert by_speaker(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company's shares added more than 2% to begin the week.",
        "The boatyard added 300 jobs in the spring.",
        "The lifeguards called an ambulance.",
    ],
)
def test_a_count_or_a_call_for_help_is_a_deed(text: str) -> None:
    assert by_speaker(text) == []


def test_added_with_a_clause_still_reports() -> None:
    assert by_speaker("Lee added that 300 jobs would go.") == [
        ("Lee", "reported", "300 jobs would go")
    ]


def test_asking_not_to_be_named_is_no_statement() -> None:
    text = 'A harbour official who asked not to be named said, "The ferry talks go on."'
    assert by_speaker(text) == [("A harbour official", "direct", "The ferry talks go on.")]


@pytest.mark.parametrize(
    "text",
    [
        "Nobody in the town knew what had become of the drummer's family after the last tour.",
        "No one has said that the drummer left the band before the split.",
        "Some fans might say the manager has run out of ideas after three defeats.",
        "The new findings may explain why the lake froze so early this year.",
    ],
)
def test_words_nobody_said_are_no_statement(text: str) -> None:
    assert by_speaker(text) == []


def test_a_speech_given_out_ahead_still_reports() -> None:
    text = "The minister will say on Monday that the harbour is safe."
    assert by_speaker(text) == [("the minister", "reported", "the harbour is safe")]


def test_advising_a_company_on_a_deal_is_no_statement() -> None:
    assert by_speaker("The bank advised Pellam Foods as it worked on a merger with Orlo.") == []
    assert by_speaker("Doctors advised him to rest for a week.") == [
        ("Doctors", "reported", "him to rest for a week")
    ]


def test_claiming_victory_is_no_statement() -> None:
    text = (
        "Governor Tom Reyes has claimed victory as the assembly closed its third day of hearings."
    )
    assert by_speaker(text) == []


def test_a_condition_before_a_long_subject_is_nobodys_statement() -> None:
    # "if" stands six words before "concludes": nobody has concluded anything yet
    text = (
        "Experts told the paper that a patient can leave the ward only if a licensed child "
        "welfare professional concludes the patient is safe."
    )
    assert [name for name, _, _ in by_speaker(text)] == ["Experts"]


def test_an_opening_clause_and_a_relative_clause_are_not_what_was_testified() -> None:
    text = (
        "As the charges were filed in Boston, Kate Morrow testified before the Senate "
        "Finance Committee in Washington, where senators met behind closed doors."
    )
    assert by_speaker(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It is understood that more than 50 teachers could face a ban.",
        "He is said to be furious about the delay.",
        "The plant is known to have leaked before.",
    ],
)
def test_a_passive_with_an_irregular_participle_names_no_speaker(text: str) -> None:
    # "It is understood that …" is the paper's hedge, not an unnamed speaker's words
    assert by_speaker(text) == []


def test_boasting_an_amount_is_having_it() -> None:
    # "boasts 2 million followers" says nothing; "boasted about a plan to …" reports
    assert by_speaker("Although Mia Carter boasts a loyal 2 million fans, few of them vote.") == []
    assert by_speaker("Mia Carter boasted about a plan to spend a million dollars on ads.") == [
        ("Mia Carter", "reported", "a plan to spend a million dollars on ads")
    ]


def test_a_cue_word_in_a_list_of_nouns_reports_nothing() -> None:
    # "attacks and her stance": a noun in a list, not a verb whose content opens with "and"
    text = "Her record after the 2001 terrorist attacks and her stance on leave won praise."
    assert by_speaker(text) == []


def test_boasting_an_amount_in_words_is_having_it() -> None:
    assert by_speaker("The club boasts two-thirds of a million fans in Asia alone.") == []
    assert by_speaker("The club boasts thousands of fans in Asia alone.") == []


def test_a_figure_that_declined_said_nothing() -> None:
    assert by_speaker("Support for the plan declined slightly from 58 percent to 55 percent.") == []
    assert by_speaker("Exports declined 3.3 percent last year.") == []
    assert by_speaker("The mayor declined an interview request from the paper.") == [
        ("the mayor", "reported", "an interview request from the paper")
    ]


def test_the_writers_guess_at_what_someone_meant_is_no_statement() -> None:
    text = "'Their eyes are matted shut,' Ann Lee told the paper, apparently referring to the dogs."
    assert by_speaker(text) == [("Ann Lee", "direct", "Their eyes are matted shut")]
    assert by_speaker("Tom Hart was presumably referring to the mayor's account.") == []
    assert by_speaker("Tom Hart probably thinks the plan will fail.") == []


def test_what_someone_cannot_explain_is_no_statement() -> None:
    text = "Yet the shocked experts somehow cannot explain why they were silent."
    assert by_speaker(text) == []


def test_a_verb_a_quoted_cry_goes_on_from_is_no_speaker() -> None:
    # "begins" is what the crowd does, not who yells; with no clear subject, no statement
    assert by_speaker("Even the crowd gets repelled and begins yelling “Mercy!”") == []
    assert by_speaker("The fans began chanting “Out!”") == [("the fans", "direct", "Out!")]


def test_the_lead_of_a_quote_inside_a_report_is_no_statement_of_its_own() -> None:
    text = 'Ann Lee has said she believes "the bridge will stand" and wants it repaired.'
    found = by_speaker(text)
    assert ("Ann Lee", "direct", "the bridge will stand") in found
    assert ("Ann Lee", "reported", "she believes") not in found
