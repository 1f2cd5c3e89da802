"""Disputes that unseen news showed to be invented, one class per section: each test pairs the
false dispute with the real one it resembles, on invented sentences."""

from __future__ import annotations

from pathlib import Path

from test_contradictions import two_speakers
from test_contradictions_evidence import Article

from briefing.builder import build_brief
from briefing.model import SpeakerKind
from briefing.seeds import parse_seed

# --- a question or a supposition claims nothing ------------------------------------------------


def test_a_reported_question_is_no_side_of_a_dispute() -> None:
    article = Article(
        "Councillors asked whether the permits required the builders to consult the town. "
        "Mayor Ann Holt said permits should not require builders to consult the town."
    )
    article.said(
        "Councillors",
        "whether the permits required the builders to consult the town",
        cue="asked",
        mention="Councillors",
    )
    article.said("Ann Holt", "permits should not require builders to consult the town", cue="said")
    assert article.disputes() == []


def test_the_same_claim_said_rather_than_asked_is_disputed() -> None:
    article = Article(
        "Councillors said the permits required the builders to consult the town. "
        "Mayor Ann Holt said permits should not require builders to consult the town."
    )
    article.said(
        "Councillors",
        "the permits required the builders to consult the town",
        cue="said",
        mention="Councillors",
    )
    article.said("Ann Holt", "permits should not require builders to consult the town", cue="said")
    assert len(article.disputes()) == 1


def test_who_did_something_is_a_question_not_a_speaker() -> None:
    article = Article(
        "Senators wanted to know who signed the mine waivers. "
        "Dana Reyes said there were never any mine waivers."
    )
    article.said("unnamed speaker", "the mine waivers", cue="signed", mention="who")
    article.said("Dana Reyes", "there were never any mine waivers", cue="said")
    assert article.disputes() == []


def test_what_a_sentence_only_wonders_about_is_no_claim() -> None:
    article = Article(
        "What nobody knows is whether Kemp will ever tell his voters to back the winner. "
        "Several voters said they could not back the winner."
    )
    article.said("Kemp", "to back the winner", cue="will ever tell", mention="Kemp")
    article.said("voters", "they could not back the winner", cue="said", mention="voters")
    assert article.disputes() == []


def test_a_purpose_clause_is_no_denial() -> None:
    article = Article(
        "The ministry said it would make farmers pay storage fees. "
        "Growers may sell early so that the growers will not have to pay storage fees."
    )
    article.said("the ministry", "it would make farmers pay storage fees", cue="said")
    article.said("growers", "the growers will not have to pay storage fees", cue="sell")
    assert article.disputes() == []


# --- one person under a description ------------------------------------------------------------


def _quint_article(second: str, mention: str) -> Article:
    """Mara Quint, quoted three times, then a second source on her medal."""
    article = Article(
        "Mara Quint said the campaign was going well. Quint said she liked the town. "
        "Mara Quint rejected accusations that she exaggerated her war medal for bravery. "
        f"{mention} also insisted she had been awarded a war medal for bravery."
    )
    article.said("Mara Quint", "the campaign was going well", cue="said", mention="Mara Quint")
    article.said("Mara Quint", "she liked the town", cue="said", mention="Quint")
    article.said(
        "Mara Quint",
        "accusations that she exaggerated her war medal for bravery",
        cue="rejected",
        mention="Mara Quint",
    )
    article.said(
        second,
        "she had been awarded a war medal for bravery",
        cue="insisted",
        mention=mention,
    )
    return article


def test_the_candidate_quoted_after_the_protagonist_is_the_protagonist() -> None:
    assert _quint_article("the candidate", "The candidate").disputes() == []


def test_a_title_after_a_place_quoted_after_the_protagonist_is_the_protagonist() -> None:
    # "the US president" after Barack Obama was quoted: one man under two names (#15, 13th)
    assert _quint_article("the US president", "The US president").disputes() == []


def test_a_named_second_person_is_another_source() -> None:
    assert len(_quint_article("Tom Ruiz", "Tom Ruiz").disputes()) == 1


# --- the shares of one poll ----------------------------------------------------------------------


def test_two_shares_of_one_poll_do_not_dispute_each_other() -> None:
    article = Article(
        "Asked about the harbour toll, 61 percent said ferries should never have to pay the "
        "harbour toll. Less than a third agreed that ferries would have to pay the harbour toll."
    )
    article.said(
        "61 percent",
        "ferries should never have to pay the harbour toll",
        kind=SpeakerKind.GROUP,
        cue="said",
    )
    article.said(
        "Less than a third",
        "ferries would have to pay the harbour toll",
        kind=SpeakerKind.GROUP,
        cue="agreed",
    )
    assert article.disputes() == []


def test_one_voter_does_not_dispute_the_share_of_a_poll() -> None:
    article = Article(
        "The survey showed 54 percent of nurses would vote for the levy. "
        "Nurse Ida Brandt said she would not vote for the levy."
    )
    article.said(
        "the survey",
        "54 percent of nurses would vote for the levy",
        kind=SpeakerKind.DOCUMENT,
        cue="showed",
    )
    article.said("Ida Brandt", "she would not vote for the levy", cue="said")
    assert article.disputes() == []


def test_a_named_source_may_dispute_what_another_says_of_a_toll() -> None:
    article = Article(
        "The port authority said ferries would have to pay the harbour toll. "
        "Mayor Jan Olde said ferries should never have to pay the harbour toll."
    )
    article.said("the port authority", "ferries would have to pay the harbour toll", cue="said")
    article.said("Jan Olde", "ferries should never have to pay the harbour toll", cue="said")
    assert len(article.disputes()) == 1


# --- opposite words said of different things -----------------------------------------------------


def test_opposite_moves_of_two_measures_are_no_dispute() -> None:
    article = Article(
        "The poll found trust in the council fell in June from 60 percent to 41 percent. "
        "The study found support for the mayor rose from 12 percent to 30 percent in June."
    )
    article.said(
        "the poll",
        "trust in the council fell in June from 60 percent to 41 percent",
        kind=SpeakerKind.DOCUMENT,
        cue="found",
    )
    article.said(
        "the study",
        "support for the mayor rose from 12 percent to 30 percent in June",
        kind=SpeakerKind.DOCUMENT,
        cue="found",
    )
    assert article.disputes() == []


def test_opposite_words_about_one_figure_are_a_dispute() -> None:
    article = Article(
        "Arlo Foods reported net earnings of $52m in the spring quarter. "
        "Analyst Rita Vos said Arlo Foods loses $52m in the spring quarter."
    )
    article.said(
        "Arlo Foods",
        "net earnings of $52m in the spring quarter",
        kind=SpeakerKind.ORGANIZATION,
        cue="reported",
    )
    article.said("Rita Vos", "Arlo Foods loses $52m in the spring quarter", cue="said")
    assert len(article.disputes()) == 1


def test_a_failure_that_could_come_if_something_happens_is_no_verdict() -> None:
    article = Article(
        "Delegate Ola Berg said the summit was successful. "
        "Delegate Ivo Marr said the summit could be a failure if the ministers cannot agree."
    )
    article.said("Ola Berg", "the summit was successful", cue="said")
    article.said(
        "Ivo Marr", "the summit could be a failure if the ministers cannot agree", cue="said"
    )
    assert article.disputes() == []


def test_a_failure_said_plainly_disputes_success() -> None:
    article = Article(
        "Delegate Ola Berg said the summit was successful. "
        "Delegate Ivo Marr said the summit was a failure for the ministers."
    )
    article.said("Ola Berg", "the summit was successful", cue="said")
    article.said("Ivo Marr", "the summit was a failure for the ministers", cue="said")
    assert len(article.disputes()) == 1


def test_who_speaks_is_not_what_a_short_statement_is_about() -> None:
    article = Article(
        "Sooner or later, the Ohio governor told reporters, it starts to work. "
        "Pollster Lee Dunn said that at the end of the day every governor runs on jobs."
    )
    article.said("the Ohio governor", "it starts to work", cue="told", mention="the Ohio governor")
    article.said("Lee Dunn", "at the end of the day every governor runs on jobs", cue="said")
    assert article.disputes() == []


# --- a rejecting word said of something else -----------------------------------------------------


def test_a_false_thing_named_in_passing_rejects_only_that_thing() -> None:
    article = Article(
        "Senator Ray Cole said the ministry spent the storm night in the crisis room. "
        "The Herald noted that the ministry spent the storm night in the crisis room "
        "drafting a false flood warning."
    )
    article.said("Ray Cole", "the ministry spent the storm night in the crisis room", cue="said")
    article.said(
        "The Herald",
        "the ministry spent the storm night in the crisis room drafting a false flood warning",
        kind=SpeakerKind.ORGANIZATION,
        cue="noted",
    )
    assert article.disputes() == []


def test_false_said_of_the_claim_itself_rejects_it() -> None:
    article = Article(
        "Senator Ray Cole said the ministry issued a flood warning. "
        "The ministry said the flood warning story is false."
    )
    article.said("Ray Cole", "the ministry issued a flood warning", cue="said")
    article.said(
        "the ministry",
        "the flood warning story is false",
        kind=SpeakerKind.ORGANIZATION,
        cue="said",
    )
    assert len(article.disputes()) == 1


def test_false_before_a_claim_noun_answers_the_claim() -> None:
    article = Article(
        "Senator Ray Cole said the ministry hid the flood warning. "
        "The ministry dismissed the flood warning tale as false claims."
    )
    article.said("Ray Cole", "the ministry hid the flood warning", cue="said")
    article.said(
        "the ministry",
        "the flood warning tale as false claims",
        kind=SpeakerKind.ORGANIZATION,
        cue="dismissed",
    )
    assert len(article.disputes()) == 1


# --- an act rejected is no claim rejected --------------------------------------------------------


def test_rejecting_a_push_is_a_decision_not_a_dispute() -> None:
    article = Article(
        "Miners said the government plans to close the coal pits by a total of ten. "
        "The cabinet rejected a push by the energy minister to close the coal pits in total."
    )
    article.said(
        "Miners", "the government plans to close the coal pits by a total of ten", cue="said"
    )
    article.said(
        "the cabinet",
        "a push by the energy minister to close the coal pits in total",
        kind=SpeakerKind.ORGANIZATION,
        cue="rejected",
    )
    assert article.disputes() == []


def test_rejecting_a_report_is_a_dispute() -> None:
    article = Article(
        "Miners said the government plans to close the coal pits by a total of ten. "
        "The cabinet rejected a report that it plans to close the coal pits."
    )
    article.said(
        "Miners", "the government plans to close the coal pits by a total of ten", cue="said"
    )
    article.said(
        "the cabinet",
        "a report that it plans to close the coal pits",
        kind=SpeakerKind.ORGANIZATION,
        cue="rejected",
    )
    assert len(article.disputes()) == 1


# --- the writer is the article, not a source in it -----------------------------------------------


def test_the_writer_is_no_side_of_a_dispute() -> None:
    article = Article(
        "I told my uncle I don't believe in ghosts at the lake. "
        "Aunt Vera said she believes in ghosts at the lake."
    )
    article.said("the writer", "I don't believe in ghosts at the lake", kind=SpeakerKind.UNNAMED)
    article.said("Vera", "she believes in ghosts at the lake", cue="said")
    assert article.disputes() == []


def test_a_named_source_may_dispute_the_same_words() -> None:
    article = Article(
        "Uncle Bo said he doesn't believe in ghosts at the lake. "
        "Aunt Vera said she believes in ghosts at the lake."
    )
    article.said("Bo", "he doesn't believe in ghosts at the lake", cue="said")
    article.said("Vera", "she believes in ghosts at the lake", cue="said")
    assert len(article.disputes()) == 1


# --- "his claims" point back at a person ---------------------------------------------------------


def _pointer_article(first_speaker: str, kind: SpeakerKind) -> Article:
    article = Article("The ledger listed Harbor Fund. Rolf Aden dismissed his claims as invented.")
    article.said(first_speaker, "Harbor Fund", kind=kind, cue="listed")
    article.said("Rolf Aden", "his claims as invented", cue="dismissed")
    return article


def test_his_claims_do_not_point_back_at_a_document() -> None:
    assert _pointer_article("the ledger", SpeakerKind.DOCUMENT).disputes() == []


def test_his_claims_point_back_at_the_person_quoted_before() -> None:
    assert len(_pointer_article("Ivo Stark", SpeakerKind.PERSON).disputes()) == 1


# --- a headline, and an organisation's own director ----------------------------------------------


def _headline_article(headline: str) -> Article:
    article = Article(
        f"Watchdog Site {headline}.\n"
        "Director Al Roe responded that the watchdog site cites many Senate claims as "
        "inaccurate because they lack context."
    )
    article.said("Watchdog Site", headline, kind=SpeakerKind.ORGANIZATION, cue="Watchdog Site")
    article.said(
        "Al Roe",
        "the watchdog site cites many Senate claims as inaccurate because they lack context",
        cue="responded",
    )
    return article


def test_a_headline_in_title_case_is_no_claim() -> None:
    assert _headline_article("Shows Bias When It Comes To Senate Claims").disputes() == []


def test_the_same_words_as_a_sentence_are_a_claim() -> None:
    assert len(_headline_article("shows bias when it comes to Senate claims").disputes()) == 1


def test_names_in_a_sentence_do_not_make_it_a_headline() -> None:
    disputes = two_speakers(
        "Around then, Moss chose to accept no more prizes. She declined the Golden Quill Award.",
        "Moss got the Golden Quill Award.",
    )
    assert len(disputes) == 1


def _director_article(role: str) -> Article:
    article = Article(
        "FactDesk rated 12% of council claims as true. "
        "Ana Pruitt said the desk cites so many council claims as inaccurate because they "
        "lack context."
    )
    article.said(
        "FactDesk", "12% of council claims as true", kind=SpeakerKind.ORGANIZATION, cue="rated"
    )
    article.said(
        "Ana Pruitt",
        "the desk cites so many council claims as inaccurate because they lack context",
        cue="said",
        role=role,
    )
    return article


def test_an_organisations_director_speaks_for_it() -> None:
    assert _director_article("FactDesk Executive Director").disputes() == []


def test_someone_elses_director_may_dispute_it() -> None:
    assert len(_director_article("Council Research Director").disputes()) == 1


# --- words that only look like a rejection or a denial -------------------------------------------


def test_refusing_to_be_lied_about_rejects_nothing() -> None:
    article = Article(
        "Aide Nina Gold called on the Ohio senator to take back his words. "
        "Senator Abe Lutz said: If they think I come from little Ohio, well. "
        "I'm not going to get lied about. We will fight back."
    )
    article.said("Nina Gold", "the Ohio senator to take back his words", cue="called on")
    article.said(
        "Abe Lutz",
        "If they think I come from little Ohio, well. I'm not going to get lied about. "
        "We will fight back.",
        cue="said",
    )
    assert article.disputes() == []


def test_saying_one_was_lied_about_rejects_the_claim() -> None:
    article = Article(
        "Aide Nina Gold called on the Ohio senator to take back his words. "
        "Senator Abe Lutz said: If they think I come from little Ohio, well. "
        "I was lied about. We will fight back."
    )
    article.said("Nina Gold", "the Ohio senator to take back his words", cue="called on")
    article.said(
        "Abe Lutz",
        "If they think I come from little Ohio, well. I was lied about. We will fight back.",
        cue="said",
    )
    assert len(article.disputes()) == 1


def _nonsense_article(words: str) -> Article:
    article = Article(
        "Some letters accused the couple of being political pawns or worse. "
        f"Omar Said said: {words}"
    )
    article.said("letters", "the couple of being political pawns or worse", cue="accused")
    article.said("Omar Said", words, cue="said")
    return article


def test_this_kind_of_nonsense_sums_up_the_speakers_own_words() -> None:
    words = (
        "People point at families in parks and call them names. Most people are against "
        "this kind of nonsense, but political talk has made it worse."
    )
    assert _nonsense_article(words).disputes() == []


def test_nonsense_said_of_the_claim_rejects_it() -> None:
    words = "That is nonsense: political talk has made it worse."
    assert len(_nonsense_article(words).disputes()) == 1


def test_no_longer_is_a_negation_not_a_shared_word() -> None:
    article = Article(
        "Analyst Kit Bay said the billionaires control the harbour, as long as anyone "
        "remembers. The Ledger says Mr. Oake is no longer a billionaire."
    )
    article.said(
        "Kit Bay", "the billionaires control the harbour, as long as anyone remembers", cue="said"
    )
    article.said(
        "The Ledger",
        "Mr. Oake is no longer a billionaire",
        kind=SpeakerKind.ORGANIZATION,
        cue="says",
    )
    assert article.disputes() == []


def test_outlining_positions_on_a_question_claims_nothing() -> None:
    article = Article(
        "The candidates outlined their positions on the role of the state in schools. "
        "Dan Ivers said it has never been the role of the state in schools."
    )
    article.said(
        "the candidates", "their positions on the role of the state in schools", cue="outlined"
    )
    article.said("Dan Ivers", "it has never been the role of the state in schools", cue="said")
    assert article.disputes() == []


def test_what_someone_would_know_is_a_question() -> None:
    article = Article(
        "Critics said we would know exactly what rules let the mill pay no water fees. "
        "Mill owner Eli Graf said the mill pays water fees."
    )
    article.said("Critics", "exactly what rules let the mill pay no water fees", cue="know")
    article.said("Eli Graf", "the mill pays water fees", cue="said")
    assert article.disputes() == []


# --- ratings: what is rated, and which claim -----------------------------------------------------


def test_a_rating_as_false_rejects_only_what_it_rates() -> None:
    article = Article(
        "Mayor Tim Roe pointed to studies comparing the rates of jobs in towns. "
        "FactDesk rated 32% of council claims as false, compared to 11% of mayoral ones."
    )
    article.said("Tim Roe", "studies comparing the rates of jobs in towns", cue="pointed to")
    article.said(
        "FactDesk",
        "32% of council claims as false, compared to 11% of mayoral ones",
        kind=SpeakerKind.ORGANIZATION,
        cue="rated",
    )
    assert article.disputes() == []


def test_one_claim_true_and_other_claims_inaccurate_are_two_claims() -> None:
    article = Article(
        "Blogger Sam Ode wrote that FactDesk said a year ago the mayor's 40% claim was true. "
        "FactDesk sees so many council claims as inaccurate because they lack context."
    )
    article.said("Sam Ode", "FactDesk said a year ago the mayor's 40% claim was true", cue="wrote")
    article.said("many council", "as inaccurate because they lack context", cue="claims")
    assert article.disputes() == []


# --- a "not" that denies nothing the other said --------------------------------------------------


def test_a_wish_with_better_not_is_no_denial() -> None:
    article = Article(
        "Police said the driver died in the crash on Elm Road. "
        "His sister Uma Reed yelled: He better not be dead after the crash on Elm Road."
    )
    article.said("police", "the driver died in the crash on Elm Road", cue="said")
    article.said("Uma Reed", "He better not be dead after the crash on Elm Road", cue="yelled")
    assert article.disputes() == []


def test_not_paying_as_a_deed_named_is_no_denial() -> None:
    article = Article(
        "Lev Marsh said: Of course I pay state taxes. "
        "Governor Ida Wolfe answered Marsh's remark that not paying state taxes made him clever."
    )
    article.said("Lev Marsh", "Of course I pay state taxes.", cue="said")
    article.said(
        "Ida Wolfe",
        "Marsh's remark that not paying state taxes made him clever",
        cue="answered",
    )
    assert article.disputes() == []


def test_he_is_not_paying_taxes_denies_paying_them() -> None:
    article = Article(
        "Lev Marsh said: Of course I pay state taxes. "
        "Governor Ida Wolfe said Marsh is not paying state taxes."
    )
    article.said("Lev Marsh", "Of course I pay state taxes.", cue="said")
    article.said("Ida Wolfe", "Marsh is not paying state taxes", cue="said")
    assert len(article.disputes()) == 1


def test_not_using_one_thing_denies_no_use_of_another() -> None:
    article = Article(
        "Minister Jo Pike said: The smugglers are using boats and trucks to cross the bay. "
        "Phone records suggested the smugglers were not even using radios across the bay."
    )
    article.said("Jo Pike", "The smugglers are using boats and trucks to cross the bay", cue="said")
    article.said(
        "phone records",
        "the smugglers were not even using radios across the bay",
        kind=SpeakerKind.DOCUMENT,
        cue="suggested",
    )
    assert article.disputes() == []


# --- a denial that is itself denied --------------------------------------------------------------


def test_cannot_be_denied_affirms() -> None:
    article = Article(
        "Officials said the fire at the depot was a deliberate arson attack. "
        "Mayor Rui Sol condemned the fire at the depot, whose deliberate arson cannot be denied."
    )
    article.said("officials", "the fire at the depot was a deliberate arson attack", cue="said")
    article.said(
        "Rui Sol",
        "the fire at the depot, whose deliberate arson cannot be denied",
        cue="condemned",
    )
    assert article.disputes() == []


# --- the same words given to two sources ---------------------------------------------------------


def test_the_same_words_under_two_speakers_are_no_dispute() -> None:
    article = Article(
        "After Rook refused to rule out a tax on salt - only if it replaced income taxes - he "
        "was criticized by farmers."
    )
    article.said(
        "Rook",
        "to rule out a tax on salt - only if it replaced income taxes - he was criticized by "
        "farmers",
        cue="refused",
    )
    article.said(
        "farmers",
        "Rook refused to rule out a tax on salt - only if it replaced income taxes - he",
        kind=SpeakerKind.GROUP,
        cue="criticized",
    )
    assert article.disputes() == []


# --- two denials agree ---------------------------------------------------------------------------


def _denials_article(ruling: str) -> Article:
    article = Article(
        f"Judge Ames wrote: {ruling} "
        "The state offers no discrimination protections to gay residents, the agency said."
    )
    article.said("Ames", ruling, cue="wrote")
    article.said(
        "the agency",
        "The state offers no discrimination protections to gay residents",
        kind=SpeakerKind.ORGANIZATION,
        cue="said",
    )
    return article


def test_a_statement_that_denies_too_agrees_with_a_denial() -> None:
    ruling = (
        "The law tells gay residents they are not full members of the town, and its "
        "protection clause allows discrimination against gay residents."
    )
    assert _denials_article(ruling).disputes() == []


def test_an_affirming_statement_meets_the_denial() -> None:
    ruling = "The protection clause guards gay residents against discrimination."
    assert len(_denials_article(ruling).disputes()) == 1


# --- a source named by a common noun is not named by that noun -----------------------------------


def _dockers_article(rejection: str) -> Article:
    article = Article(f"Dock workers said the new cranes cost them shifts. Lena Voss {rejection}.")
    article.said(
        "Dock workers",
        "the new cranes cost them shifts",
        cue="said",
        kind=SpeakerKind.GROUP,
        mention="Dock workers",
    )
    article.said("Lena Voss", rejection.split(" ", 1)[1], cue=rejection.split(" ", 1)[0])
    return article


def test_a_common_noun_of_the_claimants_in_a_denial_does_not_name_them() -> None:
    # "workers" here are whoever will use the cranes, not the dock workers who spoke
    article = _dockers_article(
        "dismissed the idea that the cranes were bought to save money, saying workers "
        "would train on them"
    )
    assert article.disputes() == []


def test_a_denial_that_names_the_claimants_answers_them() -> None:
    article = _dockers_article("dismissed the complaint of Dock Workers about the cranes")
    assert len(article.disputes()) == 1


# --- one group of people under two descriptions ---------------------------------------------------


def _nurses_article(first: str, second: str) -> Article:
    article = Article(
        f"{first} said the clinic required the nurses to work double shifts. "
        f"{second} said the clinic did not require nurses to work double shifts."
    )
    article.said(
        first,
        "the clinic required the nurses to work double shifts",
        cue="said",
        kind=SpeakerKind.GROUP,
    )
    article.said(
        second,
        "the clinic did not require nurses to work double shifts",
        cue="said",
        kind=SpeakerKind.GROUP,
    )
    return article


def test_two_descriptions_of_one_group_do_not_dispute_each_other() -> None:
    assert _nurses_article("More than 40 nurses", "A group of nurses").disputes() == []


def test_other_people_of_the_same_kind_are_another_source() -> None:
    assert len(_nurses_article("Some nurses", "Other nurses").disputes()) == 1


def test_groups_set_apart_by_a_name_are_two_sources() -> None:
    assert len(_nurses_article("Harbor nurses", "Lakeside nurses").disputes()) == 1


# --- who opposes a thing does not affirm it ----------------------------------------------------


def _tolls_article(verb: str) -> Article:
    article = Article(
        f"Several mayors {verb} new tolls on the coastal bridge. "
        "Governor Ray Lund said there will be no new tolls on the coastal bridge."
    )
    article.said(
        "Several mayors",
        "new tolls on the coastal bridge",
        cue=verb,
        kind=SpeakerKind.GROUP,
    )
    article.said("Ray Lund", "there will be no new tolls on the coastal bridge", cue="said")
    return article


def test_opposing_what_the_other_denies_agrees_with_it() -> None:
    assert _tolls_article("oppose").disputes() == []


def test_announcing_what_the_other_denies_disputes_it() -> None:
    assert len(_tolls_article("announced").disputes()) == 1


# --- weak evidence stands only between named sources -------------------------------------------


def _ferry_article(second: str, kind: SpeakerKind) -> Article:
    article = Article(
        "Ferry owner Ida Marsh said the new ferry line was a success. "
        f"{second} said the new ferry line was a failure."
    )
    article.said("Ida Marsh", "the new ferry line was a success", cue="said")
    article.said(second, "the new ferry line was a failure", cue="said", kind=kind)
    return article


def test_opposite_words_against_a_source_nobody_names_are_no_dispute() -> None:
    assert _ferry_article("Many commuters", SpeakerKind.UNNAMED).disputes() == []


def test_opposite_words_between_named_sources_stay_a_dispute() -> None:
    assert len(_ferry_article("Tom Reyes", SpeakerKind.PERSON).disputes()) == 1


def _shift_article(first: str, first_kind: SpeakerKind) -> Article:
    article = Article(
        f"{first} said the clinic required the nurses to work double shifts. "
        "A night porter said the clinic did not require nurses to work double shifts."
    )
    article.said(
        first, "the clinic required the nurses to work double shifts", cue="said", kind=first_kind
    )
    article.said(
        "a night porter",
        "the clinic did not require nurses to work double shifts",
        cue="said",
        kind=SpeakerKind.UNNAMED,
    )
    return article


def test_two_sources_nobody_names_make_no_dispute() -> None:
    assert _shift_article("a former employee", SpeakerKind.UNNAMED).disputes() == []


def test_a_named_source_against_an_unnamed_one_is_a_dispute() -> None:
    assert len(_shift_article("Clinic director Mae Ross", SpeakerKind.PERSON).disputes()) == 1


# --- "at no time did X agree" denies "X and Y had come to terms" ---------------------------------


def _terms_article(denial: str) -> Article:
    article = Article(
        "Harbor Records said it and North Vale Studios had come to terms on the broadcast of "
        f"the concert. North Vale Studios said: {denial}"
    )
    article.said(
        "Harbor Records",
        "it and North Vale Studios had come to terms on the broadcast of the concert",
        cue="said",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said("North Vale Studios", denial, cue="said", kind=SpeakerKind.ORGANIZATION)
    return article


def test_at_no_time_did_they_agree_denies_coming_to_terms() -> None:
    article = _terms_article(
        "At no time did North Vale Studios agree to a broadcast of the concert."
    )
    (dispute,) = article.disputes()
    assert "At no time" in dispute.reason


def test_agreeing_to_a_broadcast_is_no_denial_of_coming_to_terms() -> None:
    article = _terms_article("North Vale Studios agreed to a broadcast of the concert.")
    assert article.disputes() == []


# --- "X had fabricated the story" rejects X's story, not the one told just before ---------------


def _story_article(rejection: str) -> Article:
    article = Article(
        "Councillor Joan Pike said she would have sacked the driver after such a crash. "
        f"The mayor said {rejection}."
    )
    article.said("Joan Pike", "she would have sacked the driver after such a crash", cue="said")
    article.said("the mayor", rejection, cue="said")
    return article


def test_a_story_called_made_up_by_someone_named_is_that_persons() -> None:
    assert _story_article("Ruiz had fabricated the story").disputes() == []


def test_the_story_called_made_up_points_back_at_the_claim_before() -> None:
    assert len(_story_article("the story was fabricated").disputes()) == 1


# --- what a statement only supposes takes no stance ---------------------------------------------


def _audit_article(claim: str) -> Article:
    article = Article(
        f"Accountants pointed out that {claim}. "
        "The firm said the mayor's accounts are not being audited this year."
    )
    article.said("Accountants", claim, cue="pointed out", kind=SpeakerKind.GROUP)
    article.said(
        "the firm",
        "the mayor's accounts are not being audited this year",
        cue="said",
        kind=SpeakerKind.ORGANIZATION,
    )
    return article


def test_a_word_said_only_in_a_condition_is_no_stance() -> None:
    claim = "the mayor may publish his accounts even if they are being audited this year"
    assert _audit_article(claim).disputes() == []


def test_the_same_word_said_outright_is_a_stance() -> None:
    claim = "the mayor's accounts are being audited this year"
    assert len(_audit_article(claim).disputes()) == 1


# --- two people's own choices, one of them told in the third person ------------------------------


def _backing_article(second: str) -> Article:
    article = Article(
        f"Several councillors pledged their backing to Mayor Ann Holt. Ivo Marsh said {second}."
    )
    article.said(
        "Several councillors",
        "their backing to Mayor Ann Holt",
        cue="pledged",
        kind=SpeakerKind.GROUP,
    )
    article.said("Ivo Marsh", second, cue="said")
    return article


def test_he_will_not_back_her_is_his_own_choice_beside_their_backing() -> None:
    assert _backing_article("he is sure he won't back Ann Holt").disputes() == []


def test_denying_that_they_back_her_disputes_their_backing() -> None:
    assert len(_backing_article("the councillors never backed Ann Holt").disputes()) == 1


# --- a statement that only names its own source claims nothing ----------------------------------


def _bureau_article(cited: str) -> Article:
    article = Article(
        f"The chart cited {cited}. The mayor called the chart's harbour crime figures false."
    )
    article.said("Harbour Crime Bureau", cited, cue="cited", kind=SpeakerKind.ORGANIZATION)
    article.said("the mayor", "the chart's harbour crime figures false", cue="called")
    return article


def test_words_that_only_name_their_source_are_no_claim() -> None:
    assert _bureau_article("the Harbour Crime Bureau").disputes() == []


def test_what_the_source_is_cited_for_is_a_claim() -> None:
    assert len(_bureau_article("harbour crime figures from the bureau").disputes()) == 1


def _fares_article(verb: str) -> Article:
    article = Article(
        f"Mayor Ann Holt {verb} bad bridge tolls and unfair ferry fares. "
        "Governor Ray Lund promised to reject bad bridge tolls and unfair ferry fares."
    )
    article.said("Ann Holt", "bad bridge tolls and unfair ferry fares", cue=verb)
    article.said("Ray Lund", "to reject bad bridge tolls and unfair ferry fares", cue="promised")
    return article


def test_vowing_to_scrap_what_the_other_rejects_agrees_with_it() -> None:
    assert _fares_article("vows to scrap").disputes() == []


def test_praising_what_the_other_rejects_is_a_dispute() -> None:
    assert len(_fares_article("praised").disputes()) == 1


# --- "claims" and "allegations" say nothing of which claim --------------------------------------


def _allegations_article(second: str) -> Article:
    article = Article(
        "The Herald reports allegations under inquiry include claims that pupils were kept "
        f"late at the harbour school. Several parents {second}."
    )
    article.said(
        "The Herald",
        "allegations under inquiry include claims that pupils were kept late at the harbour school",
        cue="reports",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said("Several parents", second, cue="said", kind=SpeakerKind.GROUP)
    return article


def test_two_statements_sharing_only_claim_words_are_about_two_claims() -> None:
    second = "claimed the moon landing allegations were a hoax"
    assert _allegations_article(second).disputes() == []


def test_a_rejection_sharing_what_the_claim_is_about_answers_it() -> None:
    second = "called the allegations that pupils were kept late a hoax"
    assert len(_allegations_article(second).disputes()) == 1


def test_denying_an_arrangement_answers_coming_to_terms() -> None:
    article = Article(
        "The Dockers' Union claimed it and the Port Authority had come to terms on wages. "
        "The Port Authority denied it had settled on an arrangement with the Dockers' Union."
    )
    article.said(
        "the Dockers' Union",
        "it and the Port Authority had come to terms on wages",
        cue="claimed",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said(
        "Port Authority",
        "it had settled on an arrangement with the Dockers' Union",
        cue="denied",
        kind=SpeakerKind.ORGANIZATION,
    )
    (dispute,) = article.disputes()
    assert "denied" in dispute.reason


# --- "anyone" is nobody in the article ----------------------------------------------------------


def _anyone_article(speaker: str) -> Article:
    article = Article(
        "Mayor Ann Holt said the harbour plan was approved by the council. "
        f"{speaker} doubting that the council approved the harbour plan can read the minutes."
    )
    article.said("Ann Holt", "the harbour plan was approved by the council", cue="said")
    article.said(
        speaker,
        "that the council approved the harbour plan",
        cue="doubting",
        kind=SpeakerKind.UNNAMED if speaker == "Anyone" else SpeakerKind.PERSON,
    )
    return article


def test_anyone_doubting_a_claim_is_no_side_of_a_dispute() -> None:
    assert _anyone_article("Anyone").disputes() == []


def test_a_named_person_doubting_it_is_a_side() -> None:
    assert len(_anyone_article("Ivo Marsh").disputes()) == 1


# --- a denial reported of someone else's claims answers their owner -----------------------------


def test_a_denial_of_the_isis_claims_is_no_answer_to_journalists_on_its_side() -> None:
    body = (
        "A Kurdish journalist, Rashad Qader, on his Twitter account stated that Rehana is alive. "
        "He also, however, pointed out that the claim that Rehana killed 100 ISIS fighters might "
        "be exaggerated. Another journalist and Kurdish supporter Pawan Durani @PawanDurani noted "
        "that it was all an ISIS propaganda.\n\n"
        "A Mirror report also noted that Kurdish resistance had denied the ISIS claims that they "
        "have beheaded poster girl Rehana.\n"
    )
    brief = build_brief(parse_seed(Path("rehana.txt"), f"date 2014-11-02\n{body}".encode()))
    assert brief.contradictions == ()


def test_a_denial_of_the_isis_claims_answers_isis() -> None:
    article = Article(
        "ISIS said it had beheaded the fighter Rehana. A Mirror report noted that Kurdish "
        "fighters had denied the ISIS claims that they had beheaded the fighter Rehana."
    )
    article.said("ISIS", "it had beheaded the fighter Rehana", cue="said", kind=SpeakerKind.GROUP)
    article.said(
        "Mirror",
        "Kurdish fighters had denied the ISIS claims that they had beheaded the fighter Rehana",
        cue="noted",
        kind=SpeakerKind.ORGANIZATION,
    )
    assert len(article.disputes()) == 1


# --- a denial of plans, and a denial by the one the claim is about ------------------------------


def test_denying_plans_denies_what_the_plans_would_do() -> None:
    article = Article(
        "The Ledger reported that the league will add two teams by 2027. "
        "The league denied plans to add two teams."
    )
    article.said(
        "Ledger",
        "the league will add two teams by 2027",
        cue="reported",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said("league", "plans to add two teams", cue="denied", kind=SpeakerKind.ORGANIZATION)
    assert len(article.disputes()) == 1


def test_rejecting_a_plan_is_still_a_decision_not_a_denial() -> None:
    article = Article(
        "The Ledger reported that the league will add two teams by 2027. "
        "The council rejected plans to add two teams."
    )
    article.said(
        "Ledger",
        "the league will add two teams by 2027",
        cue="reported",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said("council", "plans to add two teams", cue="rejected", kind=SpeakerKind.ORGANIZATION)
    assert article.disputes() == []


def _spoken_of(rejected: str) -> Article:
    article = Article(
        f"A blogger wrote that Saudia will seat women at the back. "
        f"A manager for Saudia denied {rejected}."
    )
    article.said("blogger", "Saudia will seat women at the back", cue="wrote")
    article.said("a manager for Saudia", rejected, cue="denied")
    return article


def test_the_one_a_claim_is_about_denying_the_claim_is_a_dispute() -> None:
    # One word in common ("seat"): enough when the manager speaks for the Saudia spoken of.
    assert len(_spoken_of("its plans for seating").disputes()) == 1


def test_the_one_spoken_of_denying_an_act_is_no_answer_to_the_claim() -> None:
    assert _spoken_of("being part of any seating swap").disputes() == []


# --- a scene the reader is asked to imagine claims nothing ---------------------------------------


def _death_disputed(opening: str) -> Article:
    article = Article(
        "Police said there is no evidence that Rich's death was anything but a robbery. "
        f"{opening} Rich's death was a murder covered up by the party."
    )
    article.said(
        "police",
        "there is no evidence that Rich's death was anything but a robbery",
        cue="said",
        kind=SpeakerKind.GROUP,
    )
    words = f"{opening} Rich's death was a murder covered up by the party"
    article.said("Ann Roe", words.removeprefix("Ann Roe said "), cue="wrote")
    return article


def test_a_scene_to_imagine_is_no_side_of_a_dispute() -> None:
    assert _death_disputed("Imagine that").disputes() == []


def test_the_same_words_claimed_are_a_side() -> None:
    assert len(_death_disputed("Ann Roe said").disputes()) == 1


# --- a rule that nothing be done is no answer to the deed --------------------------------------


def _rule_against_deed(panel: str) -> Article:
    article = Article(
        "The authority found that pupils had changed answers outside exam conditions. "
        f"But the panel said that {panel}."
    )
    article.said(
        "the authority",
        "pupils had changed answers outside exam conditions",
        cue="found",
        kind=SpeakerKind.GROUP,
    )
    article.said("the panel", panel, cue="said", kind=SpeakerKind.GROUP)
    return article


def test_a_rule_that_no_changes_be_made_does_not_dispute_that_some_were() -> None:
    rule = "no changes of any kind should be made to answers outside exam conditions"
    assert _rule_against_deed(rule).disputes() == []


def test_a_denial_of_the_deed_itself_still_disputes_it() -> None:
    denial = "no answers were changed outside exam conditions"
    assert len(_rule_against_deed(denial).disputes()) == 1
