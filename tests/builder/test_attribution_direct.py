"""Direct quotes and the cue that introduces them."""

from __future__ import annotations

from pathlib import Path

import pytest
from attribution_helpers import by_speaker, extract


def test_quote_then_name_said() -> None:
    assert by_speaker('"The plan will fail," Alice Morgan said.') == [
        ("Alice Morgan", "direct", "The plan will fail")
    ]


def test_name_said_then_quote() -> None:
    assert by_speaker('Brian Keller said, "The plan will work."') == [
        ("Brian Keller", "direct", "The plan will work.")
    ]


def test_inverted_said_name() -> None:
    assert by_speaker('"It is over," said Alice Morgan.') == [
        ("Alice Morgan", "direct", "It is over")
    ]


def test_quote_split_by_attribution_is_one_statement_with_two_spans() -> None:
    text = '"It is good," Bob Smith said, "and it is cheap."'
    _, statements = extract(text)
    assert len(statements) == 1
    assert len(statements[0].spans) == 2
    assert statements[0].text == "It is good and it is cheap."


def test_curly_quotes_are_attributed() -> None:
    assert by_speaker("“We will stay,” Jane Doe said.") == [("Jane Doe", "direct", "We will stay")]


def test_unbalanced_quote_does_not_make_a_runaway_statement() -> None:
    text = 'He arrived "late and tired.\n' + "Filler sentence here. " * 50 + "\nEnd."
    _, statements = extract(text)
    assert all(len(s.text) < 100 for s in statements)


def test_two_apostrophes_work_as_quote_marks() -> None:
    assert by_speaker("''We will stay,'' Ann Lee said.") == [("Ann Lee", "direct", "We will stay")]


def test_dash_signature_after_a_quote_names_the_speaker() -> None:
    assert by_speaker("“He cannot lead this country.” ― Carla Sanchez") == [
        ("Carla Sanchez", "direct", "He cannot lead this country.")
    ]


def test_title_in_quotes_is_not_attributed() -> None:
    text = "On this weekend's broadcast of “Fox News Sunday,” Ann Lee said the plan works."
    assert by_speaker(text) == [("Ann Lee", "reported", "the plan works")]


def test_stance_verb_is_a_weak_cue() -> None:
    assert by_speaker("Ann Lee endorsed the governor for a second term.") == [
        ("Ann Lee", "reported", "the governor for a second term")
    ]


def test_a_caption_without_a_stop_does_not_speak_the_next_quote() -> None:
    # the reader saw all of Gary Locke's quotes credited to "Kilmarnock", the caption's subject
    text = (
        "Kilmarnock will confirm Gary Locke as the club's new permanent manager on Friday"
        " ‘I’d be over the moon to get it as it’s something I’ve worked hard towards,’ said"
        " Locke while negotiations were being finalised at the Ayrshire club."
    )
    quotes = [(who, said) for who, kind, said in by_speaker(text) if kind == "direct"]
    assert quotes == [
        ("Gary Locke", "I’d be over the moon to get it as it’s something I’ve worked hard towards")
    ]


def test_a_phrase_quoted_inside_reported_words_is_not_a_quote_of_its_own() -> None:
    # the reader saw "Adeli felt" plus a made-up direct quote by Adeli
    assert by_speaker("His lawyer said that Adeli felt 'deep-seated remorse' for it.") == [
        ("His lawyer", "reported", "Adeli felt 'deep-seated remorse' for it")
    ]


@pytest.mark.parametrize("mark", ["‘’", "''"])
def test_single_quotes_after_a_colon_in_a_double_quoted_article(mark: str) -> None:
    said = f"{mark[0]}We will not back down.{mark[1]}"
    text = f'Ann Lee called the plan "a disaster".\nThe minister said: {said}'
    assert by_speaker(text)[-1] == ("the minister", "direct", "We will not back down.")


def test_an_apostrophe_after_a_colon_opens_no_quote() -> None:
    text = 'Ann Lee called it "a disaster": \'twas the worst of times, she said.'
    assert all(kind != "direct" for _, kind, _ in by_speaker(text))


def test_a_show_named_before_that_is_whom_the_speaker_told() -> None:
    # a reader saw Johnson "say" the show's name; what he told it follows "that"
    text = (
        "Johnson tells MSNBC’s “Morning Joe” on Friday that the attack remains under investigation."
    )
    assert by_speaker(text) == [("Johnson", "reported", "the attack remains under investigation")]


def test_her_quoted_words_before_that_stay_her_quote() -> None:
    # the show-name rule must not take a spoken quote for whom she told
    text = "Sally Lindsay told the crowd 'it makes me sick' that people cannot afford to eat."
    assert ("Sally Lindsay", "direct", "it makes me sick") in by_speaker(text)


def test_a_caption_glued_to_he_said_keeps_the_attribution_out_of_its_words() -> None:
    # the reader saw a Daily Mail caption's denial end in "… to pay its bills He said"
    text = (
        "The council has denied it will close the library to pay its bills He said: 'We strive"
        " to keep every branch open.'"
    )
    reported = [(who, said) for who, kind, said in by_speaker(text) if kind == "reported"]
    assert reported == [("the council", "it will close the library to pay its bills")]


def test_a_quote_a_colon_opens_and_nobody_closes_holds_its_reopened_paragraphs() -> None:
    # paragraphs run together lost the closing mark; the reader saw "‘We are not" as the quote
    text = (
        "Mr Duncan Smith said the figures were ‘unverified’. He added: ‘We are not going to take"
        " lectures from the party who presided over the deepest recession in living memory."
        " ‘The best way to help families is to cut taxes. Frances O'Grady described the figure"
        " as 'shameful'."
    )
    quotes = [(who, said) for who, kind, said in by_speaker(text) if kind == "direct"]
    assert quotes == [
        (
            "Duncan Smith",
            "We are not going to take lectures from the party who presided over the deepest"
            " recession in living memory. ‘The best way to help families is to cut taxes.",
        )
    ]


def test_an_exclaimed_quote_is_the_exclaimers() -> None:
    text = (
        'Ann Roe spoke first. "Everything you have said," the judge exclaimed, "has totally '
        'overlapped."'
    )
    _, statements = extract(text)
    assert [(s.speaker, s.text) for s in statements] == [
        ("the-judge", "Everything you have said has totally overlapped.")
    ]


def test_a_quote_over_two_paragraphs_is_one_statement_of_its_speaker() -> None:
    text = (
        "Jo Roe, the district commander, said: “These rioters are criminals. They must face it."
        "\n\n“There is no other option for them.”"
    )
    assert by_speaker(text) == [
        (
            "Jo Roe",
            "direct",
            "These rioters are criminals. They must face it. There is no other option for them.",
        )
    ]


def test_a_participle_cue_after_a_comma_gives_the_quote_to_the_sentence_subject() -> None:
    text = (
        "A poll found 59 percent agreed.\n\n"
        "In line with most voters, Sen. Jo Roe was critical of the plan, telling Radio Norland: "
        "“The plan is typical of the government.”"
    )
    quoted = [said for said in by_speaker(text) if said[1] == "direct"]
    assert quoted == [("Jo Roe", "direct", "The plan is typical of the government.")]


def test_a_long_apposition_full_of_commas_after_the_quote_keeps_its_name() -> None:
    text = (
        '"Water is hard to find beyond Earth," study lead author Lu Pagan, a planetary scientist '
        "at the Flight Center in Greenbelt, Maryland, and Norland University in Washington, "
        "D.C., said in a statement."
    )
    assert by_speaker(text) == [("Lu Pagan", "direct", "Water is hard to find beyond Earth")]


def test_a_relative_clause_without_commas_stands_between_speaker_and_cue() -> None:
    text = 'A harbour official who spoke anonymously said on Monday, "The ferry talks go on."'
    assert by_speaker(text) == [("A harbour official", "direct", "The ferry talks go on.")]


def test_a_speaker_who_laughed_and_said_is_the_quotes() -> None:
    text = 'Once, when the ferry ran late, the captain laughed and said, "We sail when we sail."'
    assert by_speaker(text) == [("the captain", "direct", "We sail when we sail.")]


def test_a_name_that_smiled_and_said_speaks() -> None:
    text = 'Odile Marsh smiled and said, "I will run again next spring."'
    assert by_speaker(text) == [("Odile Marsh", "direct", "I will run again next spring.")]


def test_a_time_before_a_name_with_a_relative_aside_leaves_the_name_the_speaker() -> None:
    text = "Last night Councillor Jo Roe, who sits on the board, said: ‘The ferry must stay.’"
    assert by_speaker(text) == [("Councillor Jo Roe", "direct", "The ferry must stay.")]


def test_an_adverb_between_speaker_and_cue_keeps_the_quote_hers() -> None:
    assert by_speaker('Mary Roe still says, "The plan works."') == [
        ("Mary Roe", "direct", "The plan works.")
    ]


def test_a_quote_after_a_participle_in_the_attribution_joins_the_quote_before() -> None:
    # '"A," she said, referring to …. "B."': one statement in two pieces, as the paragraph
    # reads; the participle's words do not part them
    text = (
        '"We remain open to talks," Ann Lee said, referring to the treaty signed in 2009. '
        '"Sadly, the other side has chosen a different path."'
    )
    _, statements = extract(text)
    direct = [s for s in statements if s.kind.value == "direct"]
    assert len(direct) == 1
    assert len(direct[0].spans) == 2
    assert direct[0].text.startswith("We remain open to talks")
    assert direct[0].text.endswith("Sadly, the other side has chosen a different path.")


def test_a_quote_with_a_cue_of_its_own_stays_a_statement_of_its_own() -> None:
    text = (
        '"We remain open to talks," Ann Lee said, referring to the treaty. '
        '"The other side has chosen a different path," she added on Twitter.'
    )
    _, statements = extract(text)
    assert [len(s.spans) for s in statements if s.kind.value == "direct"] == [1, 1]


def test_a_quote_then_a_description_then_the_name_set_off_is_the_names() -> None:
    # before, the quote went to whoever spoke before it
    text = (
        "Church officials said on Friday that the pope was attacking no one. "
        "''We should build bridges,'' the church spokesman, Paolo Verdi, told Radio Roma."
    )
    assert ("Paolo Verdi", "direct", "We should build bridges") in by_speaker(text)


def test_and_said_after_a_verb_with_an_object_is_the_subjects() -> None:
    # "from her post and said": "post" is no verb that issues the quote
    text = 'Ann Lee called on him to resign from his post and said, "His mind is gone."'
    assert ("Ann Lee", "direct", "His mind is gone.") in by_speaker(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a deed ("claimed victory") and a noun ("in a tweet") are no cue before the participle
        ("Ann Lee claimed victory in a tweet, saying: “We just won Ohio.”", "Ann Lee"),
        # the time or the participle opening the sentence is no subject
        (
            "Hours later, Ann Lee returned the favour, telling reporters, “Bob is a friend.”",
            "Ann Lee",
        ),
        # the name set off after the subject's description speaks
        (
            "In early May, Bob Kay's Ohio state director, Ann Lee, reached out to the firm, "
            "writing in an email: “We want this soon.”",
            "Ann Lee",
        ),
        # a quote of two sentences: its lead is in the first
        (
            "Bob Dean, a former National Party chairman and candidate, poked at the debate, "
            "tweeting, “Notice the sniffing. Is he ill?”",
            "Bob Dean",
        ),
    ],
)
def test_a_participle_cue_after_a_comma_finds_the_subject_of_its_sentence(
    text: str, speaker: str
) -> None:
    assert [name for name, kind, _ in by_speaker(text) if kind == "direct"] == [speaker]


def test_initials_in_the_attribution_do_not_part_a_quote_from_the_next() -> None:
    text = (
        "''It will not be easy,'' said Representative Peter T. Kong of Ohio, who endorsed "
        "Mr. Rubio on Tuesday. ''There is no doubt that Lee is the favorite.''"
    )
    direct = [s for s in extract(text)[1] if s.kind.value == "direct"]
    assert [len(s.spans) for s in direct] == [2]


def test_a_participle_after_an_object_speaks_for_the_clauses_subject() -> None:
    # no comma before "writing": "the row" is what was made light of, not who wrote
    text = "However, Mia Carter made light of the row writing: 'It is all a storm in a teacup.'"
    assert by_speaker(text) == [("Mia Carter", "direct", "It is all a storm in a teacup.")]


def test_a_participle_after_with_speaks_for_the_phrase_before_it() -> None:
    text = "The clip drew dozens of replies, with one viewer writing: 'What a lovely dog.'"
    assert by_speaker(text) == [("one viewer", "direct", "What a lovely dog.")]


def test_a_participle_lead_skips_the_cue_of_a_relative_clause() -> None:
    text = (
        "Ann Lee was defensive about not paying a builder who said he was cheated, "
        'saying, "Maybe he did a bad job."'
    )
    assert ("Ann Lee", "direct", "Maybe he did a bad job.") in by_speaker(text)


def test_quoted_words_someone_posted_are_theirs_but_a_posted_photo_is_not() -> None:
    text = "Sarah Carter shared the news online. 'I am so proud of her,' she posted."
    assert ("Sarah Carter", "direct", "I am so proud of her") in by_speaker(text)
    assert by_speaker("Mia Carter posted a photo of the dog on Sunday.") == []


def test_a_thing_posted_by_someone_and_a_blog_post_make_no_statement_of_their_own() -> None:
    assert by_speaker("The video, which was posted by the group, runs for two minutes.") == []
    text = "Ann Lee wrote in a blog post: 'We do not exist to make money.'"
    assert by_speaker(text) == [("Ann Lee", "direct", "We do not exist to make money.")]


def test_a_scare_quoted_word_before_its_noun_is_no_quote() -> None:
    text = "Shop leaders have denied “fake” claims that their sales were inflated."
    assert [kind for _, kind, _ in by_speaker(text)] == ["reported"]
    text = "Tom Hart said “local forces” must lead the way."
    assert by_speaker(text) == [("Tom Hart", "reported", "“local forces” must lead the way")]
    # a quoted word that is the whole answer stays a quote
    assert by_speaker("Ann Lee said “no” to the plan.") == [("Ann Lee", "direct", "no")]


def test_a_no_break_space_inside_the_listener_keeps_the_quote() -> None:
    from briefing.builder import build_brief
    from briefing.seeds import parse_seed

    body = "Betty Roe told the Daily\xa0News: “We were shocked.”"
    seed = parse_seed(Path("nbsp.txt"), f"date 2024-01-02\n{body}\n".encode())
    brief = build_brief(seed)
    assert [(s.kind.value, s.text) for s in brief.statements] == [("direct", "We were shocked.")]
    assert brief.source.text.strip() == body.replace("\xa0", " ")


def test_a_title_after_a_show_is_no_ones_quote() -> None:
    text = 'The coaches work like the trainers on the ABC show "The Big Change."'
    assert by_speaker(text) == []


def test_a_name_after_a_description_the_titles_do_not_list_speaks() -> None:
    text = (
        "Many teachers back the plan.\n\n"
        '"These are hard days for us," former city hall speechwriter Tom Hart wrote in a column.'
    )
    assert ("Tom Hart", "direct", "These are hard days for us") in by_speaker(text)
    # a scare-quoted word after "and" quotes no one
    text = "He compared them to “thieves” and “liars”, actress Ann Lee wrote in a blog post."
    assert "Ann Lee" not in [s for s, _, _ in by_speaker(text)]
