"""Disputes the held-out reading sets 6 and 7 showed to be invented (third round of fixes of
#15), one cause per section: each test pairs the false dispute with the real one it resembles,
on invented sentences."""

from __future__ import annotations

from test_contradictions_evidence import Article

from briefing.disputes.evidence import compare, figures_conflict, find_rejection, profile
from briefing.language.polarity import analyze
from briefing.model import SpeakerKind

# --- "the claims" points back at the claims the article has just named, not at a source --------


def test_the_claims_point_at_allegations_the_article_names_in_between() -> None:
    article = Article(
        "Lena Ortiz wrote on the festival poster that some secrets come out in the end. "
        "Was she hinting at the fraud allegations against the director? "
        "The director has denied the claims through his lawyer."
    )
    article.said("Lena Ortiz", "some secrets come out in the end", cue="wrote")
    article.said("Tomas Reyes", "the claims through his lawyer", cue="denied")
    assert article.disputes() == []


def test_the_claims_still_point_at_the_source_quoted_just_before() -> None:
    article = Article(
        "Lena Ortiz wrote on the festival poster that the director kept the prize money. "
        "The director has denied the claims through his lawyer."
    )
    claim = article.said("Lena Ortiz", "the director kept the prize money", cue="wrote")
    denial = article.said("Tomas Reyes", "the claims through his lawyer", cue="denied")
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


def test_a_claim_noun_inside_a_statement_is_no_claim_the_article_names() -> None:
    article = Article(
        "The Harbour Post reported that the council sold the pier. "
        "Ana Ruiz said the reports were everywhere. "
        "The council denied the claims on Monday."
    )
    claim = article.said(
        "the Harbour Post",
        "the council sold the pier",
        cue="reported",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said("Ana Ruiz", "the reports were everywhere")
    denial = article.said(
        "the council", "the claims on Monday", cue="denied", kind=SpeakerKind.ORGANIZATION
    )
    assert any(claim in d.a and denial in d.b for d in article.disputes())


# --- "the tweet … was a hoax" calls the tweet forged, not what a clause about it mentions -------


def test_a_hoax_tweet_about_the_charges_does_not_answer_the_charges() -> None:
    article = Article(
        "Three former aides accused the mayor of bribery and fraud. "
        "A short tweet posted in the mayor's name, that was read as a confession of bribery "
        "and fraud, was a hoax, according to the city press office."
    )
    article.said("former aides", "the mayor of bribery and fraud", cue="accused")
    article.said(
        "the city press office",
        "A short tweet posted in the mayor's name, that was read as a confession of bribery "
        "and fraud, was a hoax",
        cue="according to",
        kind=SpeakerKind.ORGANIZATION,
    )
    assert article.disputes() == []


def test_a_hoax_tweet_answers_the_claim_that_the_tweet_is_real() -> None:
    article = Article(
        "Ana Ruiz said the tweet in the mayor's name confessed to bribery and fraud. "
        "The tweet in the mayor's name was a hoax, according to the city press office."
    )
    claim = article.said("Ana Ruiz", "the tweet in the mayor's name confessed to bribery and fraud")
    denial = article.said(
        "the city press office",
        "The tweet in the mayor's name was a hoax",
        cue="according to",
        kind=SpeakerKind.ORGANIZATION,
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


def test_a_fabricated_story_answers_what_the_story_said() -> None:
    article = Article(
        "The Harbour Post reported that the council would sell the pier to a hotel group. "
        "A council spokesman said the story about the pier and the hotel group was fabricated."
    )
    claim = article.said(
        "the Harbour Post",
        "the council would sell the pier to a hotel group",
        cue="reported",
        kind=SpeakerKind.ORGANIZATION,
    )
    denial = article.said(
        "a council spokesman", "the story about the pier and the hotel group was fabricated"
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


# --- having no information on a thing is no denial of it --------------------------------------


def test_no_information_on_the_strike_is_no_denial_of_it() -> None:
    article = Article(
        "Local officials said the air strike on the camp wounded the rebel commander. "
        "Army officials said they had no information on the air strike on the camp."
    )
    article.said("Lena Ortiz", "the air strike on the camp wounded the rebel commander")
    article.said("Tomas Reyes", "they had no information on the air strike on the camp")
    assert article.disputes() == []


def test_saying_there_was_no_strike_denies_it() -> None:
    article = Article(
        "Local officials said the air strike on the camp wounded the rebel commander. "
        "Army officials said there was no air strike on the camp."
    )
    claim = article.said("Lena Ortiz", "the air strike on the camp wounded the rebel commander")
    denial = article.said("Tomas Reyes", "there was no air strike on the camp")
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


# --- a count of deaths is another question than whether one person died ------------------------

#: The article is about a death (three statements or more name one).
DEATH = frozenset({"@death"})


def _conflict(claim: str, other: str, cue: str = "said") -> object:
    return compare(profile("a", claim, "said"), profile("b", other, cue), salient=DEATH)


def test_a_sniper_who_killed_many_is_no_claim_that_she_died() -> None:
    assert (
        _conflict(
            "the sniper has killed more than 100 smugglers",
            "claims she has been killed",
            "rejected",
        )
        is None
    )


def test_a_claim_that_the_sniper_was_killed_meets_its_rejection() -> None:
    assert _conflict("the sniper was killed", "claims she has been killed", "rejected") is not None


def test_a_toll_is_no_claim_that_one_person_died() -> None:
    assert (
        _conflict("313 fighters have been killed", "claims she has been killed", "rejected") is None
    )


def test_two_counts_of_the_dead_still_meet() -> None:
    assert _conflict("twelve sailors died in the storm", "no one died in the storm") is not None
    assert (
        _conflict("12 sailors were killed in the storm", "no sailors were killed in the storm")
        is not None
    )


# --- a headline in Title Case announces the story: it is no source's rejection ----------------


def test_a_title_case_headline_rejects_nothing() -> None:
    article = Article(
        "This Radio Panel Just Dismissed Ana Ruiz’s Harbour Toll Plan\n\n"
        "Ana Ruiz said the harbour toll plan would pay for the new pier by 2030."
    )
    article.said(
        "Radio Panel",
        "Ana Ruiz’s Harbour Toll Plan",
        cue="Dismissed",
        kind=SpeakerKind.GROUP,
    )
    article.said("Ana Ruiz", "the harbour toll plan would pay for the new pier by 2030")
    assert article.disputes() == []


def test_a_panel_that_dismissed_the_plan_in_a_sentence_rejects_it() -> None:
    article = Article(
        "A radio panel dismissed Ana Ruiz’s harbour toll plan on Monday. "
        "Ana Ruiz said the harbour toll plan would pay for the new pier by 2030."
    )
    denial = article.said(
        "a radio panel",
        "Ana Ruiz’s harbour toll plan on Monday",
        cue="dismissed",
        kind=SpeakerKind.GROUP,
    )
    claim = article.said("Ana Ruiz", "the harbour toll plan would pay for the new pier by 2030")
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


# --- opposite words before one noun name two kinds of it, not two verdicts -----------------------


def test_weak_on_illegal_fishing_is_no_quarrel_with_backing_legal_fishing() -> None:
    article = Article(
        "Ana Ruiz said the senator is weak on illegal fishing in the bay. "
        "The senator said he is a strong supporter of legal fishing in the bay."
    )
    article.said("Ana Ruiz", "the senator is weak on illegal fishing in the bay")
    article.said("Tomas Reyes", "he is a strong supporter of legal fishing in the bay")
    assert article.disputes() == []


def test_opposite_words_said_of_one_thing_still_meet() -> None:
    article = Article(
        "Ana Ruiz said the night guard was asleep during the harbour fire. "
        "Tomas Reyes said the night guard was awake during the harbour fire."
    )
    first = article.said("Ana Ruiz", "the night guard was asleep during the harbour fire")
    second = article.said("Tomas Reyes", "the night guard was awake during the harbour fire")
    (dispute,) = article.disputes()
    assert {*dispute.a, *dispute.b} == {first, second}


# --- a word of an event in a phrase of another sense is a plain word -----------------------------

#: The article is about a deal (three statements or more name one).
DEAL = frozenset({"@agreement"})


def test_to_deal_with_theft_is_no_deal_that_another_denies() -> None:
    claim = profile("a", "the port will hire guards to deal with theft at the docks", "said")
    denial = profile("b", "there is no deal on the docks", "said")
    assert compare(claim, denial, salient=DEAL) is None


def test_a_deal_on_the_docks_meets_its_denial() -> None:
    claim = profile("a", "the port signed a deal on the docks", "said")
    denial = profile("b", "there is no deal on the docks", "said")
    assert compare(claim, denial, salient=DEAL) is not None


def test_exit_polls_are_neither_an_election_nor_a_withdrawal() -> None:
    assert not {"@election", "@withdrawal"} & set(analyze("exit polls showed her ahead").keys)
    assert "@election" in analyze("voters went to the polls on Sunday").keys
    assert "@agreement" in analyze("the deal with the union will hold").keys


# --- rejecting someone's offer is an act, however long the name before it -----------------------


def test_rejecting_a_long_named_leaders_offer_is_no_dispute() -> None:
    article = Article(
        "Rui Costa said the mayor could visit the harbour club as his guest. "
        "The mayor rejected opposition party leader Rui Costa's offer to let her visit the "
        "harbour club."
    )
    article.said("Rui Costa", "the mayor could visit the harbour club as his guest")
    article.said(
        "Ana Ruiz",
        "opposition party leader Rui Costa's offer to let her visit the harbour club",
        cue="rejected",
    )
    assert article.disputes() == []


def test_rejecting_a_long_named_leaders_claim_is_a_dispute() -> None:
    article = Article(
        "Rui Costa said the mayor had visited the harbour club as his guest. "
        "The mayor rejected opposition party leader Rui Costa's claim that she visited the "
        "harbour club."
    )
    claim = article.said("Rui Costa", "the mayor had visited the harbour club as his guest")
    denial = article.said(
        "Ana Ruiz",
        "opposition party leader Rui Costa's claim that she visited the harbour club",
        cue="rejected",
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


# --- an opposite word right before a thing the other never names is said of that thing ----------


def test_legal_boat_ownership_is_another_thing_than_acting_unlawfully() -> None:
    article = Article(
        "Ana Ruiz said the mayor has never respected safe and legal boat ownership in the bay. "
        "Tomas Reyes said the mayor is acting unlawfully in the bay."
    )
    article.said(
        "Ana Ruiz", "the mayor has never respected safe and legal boat ownership in the bay"
    )
    article.said("Tomas Reyes", "the mayor is acting unlawfully in the bay")
    assert article.disputes() == []


def test_opposite_verdicts_on_one_thing_still_meet() -> None:
    article = Article(
        "Ana Ruiz said the mayor's boat permit in the bay is legal. "
        "Tomas Reyes said the mayor's boat permit in the bay is unlawful."
    )
    first = article.said("Ana Ruiz", "the mayor's boat permit in the bay is legal")
    second = article.said("Tomas Reyes", "the mayor's boat permit in the bay is unlawful")
    (dispute,) = article.disputes()
    assert {*dispute.a, *dispute.b} == {first, second}


# --- figures of two different years, or two ranges, are no two counts of one thing --------------


def test_turnout_changes_against_two_different_years_do_not_conflict() -> None:
    first = profile("a", "turnout in the county primary fell 30% from the last primary, in 2008")
    second = profile("b", "turnout in the county primary rose 20% from the last primary, in 2012")
    assert figures_conflict(first, second) is None


def test_two_turnouts_for_one_year_conflict() -> None:
    first = profile("a", "turnout in the county primary was 30% of voters, in 2012")
    second = profile("b", "turnout in the county primary was 20% of voters, in 2012")
    assert figures_conflict(first, second) is not None


def test_two_ranges_of_heights_do_not_conflict() -> None:
    first = profile("a", "the sea wall could be 35 to 45 feet high")
    second = profile("b", "the sea wall might be 40 to 50 feet high")
    assert figures_conflict(first, second) is None


def test_two_heights_conflict_and_a_raise_from_one_figure_is_no_range() -> None:
    assert figures_conflict(
        profile("a", "the sea wall will be 45 feet high"),
        profile("b", "the sea wall will be 50 feet high"),
    )
    assert figures_conflict(
        profile("a", "she favors raising the harbour wage from the current $7.25 to $12"),
        profile("b", "he favors raising the harbour wage to $15 an hour"),
    )


# --- a refusal one suffers ("is being denied the chance") rejects no claim ----------------------


def test_being_denied_a_chance_rejects_nothing_anyone_said() -> None:
    article = Article(
        "Ana Ruiz said she backs the harbour plan of the mayor. "
        "Tomas Reyes says he is being denied the chance to speak at council meetings because of "
        "his support for the harbour plan of the mayor."
    )
    article.said("Ana Ruiz", "she backs the harbour plan of the mayor")
    article.said(
        "Tomas Reyes",
        "he is being denied the chance to speak at council meetings because of his support for "
        "the harbour plan of the mayor",
        cue="says",
    )
    assert article.disputes() == []


def test_a_passive_rejection_with_its_agent_still_rejects() -> None:
    assert find_rejection("he is being denied the chance to speak", "says") == ""
    assert find_rejection("the report was denied by the ministry", "said") == "denied"
    assert find_rejection("the ministry denied the report", "said") == "denied"


# --- "as long as we're not …" supposes: it denies nothing ---------------------------------------


def test_as_long_as_we_are_not_breaking_the_rules_denies_nothing() -> None:
    article = Article(
        "Ana Ruiz reminded the club about the harbour parking rules after its fans parked on "
        "the quay. Tomas Reyes said the fans may park there as long as they are not breaking "
        "the harbour parking rules."
    )
    article.said(
        "Ana Ruiz",
        "the club about the harbour parking rules after its fans parked on the quay",
        cue="reminded",
    )
    article.said(
        "Tomas Reyes",
        "the fans may park there as long as they are not breaking the harbour parking rules",
    )
    assert article.disputes() == []
    assert not analyze("as long as they are not breaking the rules").keys["break"].negated
    assert analyze("they are not breaking the rules").keys["break"].negated
