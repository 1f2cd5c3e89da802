"""Embedded tweets: the words above a "— Name (@handle) Month D, YYYY" signature are that
account's own (#15, fourteenth round: fresh readings met four such tweets, all missed)."""

from __future__ import annotations

from attribution_helpers import by_speaker


def test_a_tweet_above_its_signature_line_is_its_authors() -> None:
    said = by_speaker(
        "However, she does offer a witty quote regarding the story.\n\n"
        "A lie can run around the world before the truth has got its boots on. #QuoteOfTheDay\n\n"
        "— Crystal Hefner (@crystalhefner) December 29, 2014\n\n"
        "This statement was made only a few hours ago."
    )
    assert (
        "Crystal Hefner",
        "direct",
        "A lie can run around the world before the truth has got its boots on. #QuoteOfTheDay",
    ) in said


def test_a_signature_on_the_tweets_own_line_ends_it_and_its_links_are_left_out() -> None:
    said = by_speaker(
        "Oil prices rose on Wednesday.\n\n"
        "Oil back close to $82 a barrel after Saudi blast. pic.twitter.com/uKV59sAz8U— Andrew "
        "Critchlow (@baldersdale) November 5, 2014\n"
    )
    assert said == [
        ("Andrew Critchlow", "direct", "Oil back close to $82 a barrel after Saudi blast")
    ]


def test_a_tweet_inside_a_pages_markup_starts_after_the_tag() -> None:
    said = by_speaker(
        'Ryan spoke out on Tuesday.\n\n<tweet id="1" author="@SpeakerRyan">While I respect the '
        "professionals at the FBI, this announcement defies explanation. "
        "pic.twitter.com/OqctxglquI — Paul Ryan (@SpeakerRyan) July 5, 2016</tweet>.\n"
    )
    assert said == [
        (
            "Paul Ryan",
            "direct",
            "While I respect the professionals at the FBI, this announcement defies explanation",
        )
    ]


def test_what_a_tweet_reports_is_its_authors_not_a_source_inside_it() -> None:
    said = by_speaker(
        "The report sparked a backlash.\n\n"
        "Trump reportedly wants Mike Tyson at the convention, Bloomberg says. "
        "— Gideon Resnick (@GideonResnick) June 29, 2016\n"
    )
    assert [who for who, _, _ in said] == ["Gideon Resnick"]


def test_he_in_the_prose_after_a_tweet_is_not_the_account_that_posted_it() -> None:
    said = by_speaker(
        "A girl gave this letter to her teacher after he came out as gay. "
        "— PinkNews (@pinknews) December 15, 2014\n\n"
        "The teacher gave an interview to Pink News.\n\n"
        "He told the website he decided to come out to his class after anti-bullying week.\n"
    )
    assert [who for who, _, text in said if "decided" in text] != ["PinkNews"]


def test_a_signature_without_a_name_makes_no_statement() -> None:
    said = by_speaker("Fighters were happy after the airdrop.\n\n— . (@ypj) October 13, 2014\n")
    assert all(who != "." for who, _, _ in said)
