"""Disputes the held-out reading sets 8–10 showed to be invented (fifth round of fixes of #15),
one cause per section: each test pairs the false dispute with the real one it resembles, on
invented sentences."""

from __future__ import annotations

from test_contradictions_evidence import Article

from briefing.model import SpeakerKind

# --- "not just X", "X alone cannot": a denial that bears only on X being all -----------------


def test_not_just_the_price_does_not_deny_the_price() -> None:
    article = Article(
        "The trade body said the price of steel drove the closures. "
        "Dr. Imre Kollar said it is not just the price of steel but the cost of power."
    )
    article.said("the trade body", "the price of steel drove the closures", kind=SpeakerKind.GROUP)
    article.said("Imre Kollar", "it is not just the price of steel but the cost of power")
    assert article.disputes() == []


def test_the_police_alone_cannot_does_not_deny_a_call_to_end_it() -> None:
    article = Article(
        "The commissioner said police alone are not able to end the riots in the port. "
        "The mayor urged an end to the riots in the port."
    )
    article.said("Lena Ostrova", "police alone are not able to end the riots in the port")
    article.said("Jonas Berg", "an end to the riots in the port", cue="urged")
    assert article.disputes() == []


def test_police_are_not_able_still_denies_that_they_are() -> None:
    article = Article(
        "The mayor said the police are able to end the riots in the port. "
        "The commissioner said the police are not able to end the riots in the port."
    )
    claim = article.said("Jonas Berg", "the police are able to end the riots in the port")
    denial = article.said("Lena Ostrova", "the police are not able to end the riots in the port")
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(claim,), (denial,)}


# --- "denying flu vaccines to immigrants": a thing withheld from people is no claim rejected --


def test_denying_meals_to_pupils_rejects_no_claim() -> None:
    article = Article(
        "The charity said the council will provide free meals to pupils over the summer. "
        "Parents are angry that the council is denying free school meals to pupils this summer."
    )
    article.said(
        "the charity",
        "the council will provide free meals to pupils over the summer",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said(
        "the council",
        "free school meals to pupils this summer",
        cue="denying",
        mention="the council",
        kind=SpeakerKind.ORGANIZATION,
    )
    assert article.disputes() == []


def test_denying_the_charitys_claims_to_reporters_still_rejects_them() -> None:
    article = Article(
        "The charity said the council will stop free meals for pupils over the summer. "
        "The council denied the claims to reporters on Monday."
    )
    claim = article.said(
        "the charity",
        "the council will stop free meals for pupils over the summer",
        kind=SpeakerKind.ORGANIZATION,
    )
    denial = article.said(
        "the council",
        "the claims to reporters on Monday",
        cue="denied",
        kind=SpeakerKind.ORGANIZATION,
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


# --- "Dale and Martha disputed that …": two names joined by "and" speak as one ----------------


def test_one_of_two_joint_deniers_does_not_dispute_the_other() -> None:
    article = Article(
        "By email, Tomas and Martha disputed that Leo was estranged from them or his parents. "
        "“I once visited Leo with our parents at his flat in Leeds,” Tomas wrote."
    )
    article.said(
        "Martha", "Leo was estranged from them or his parents", cue="disputed", mention="Martha"
    )
    article.said("Tomas", "I once visited Leo with our parents at his flat in Leeds", cue="wrote")
    assert article.disputes() == []


def test_a_joint_denial_still_answers_a_third_source() -> None:
    article = Article(
        "Their cousin Ines said Leo was estranged from his parents for years. "
        "By email, Tomas and Martha disputed that Leo was estranged from his parents."
    )
    claim = article.said("Ines", "Leo was estranged from his parents for years", mention="Ines")
    denial = article.said(
        "Martha", "Leo was estranged from his parents.", cue="disputed", mention="Martha"
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


# --- "Readers, are you glad that he isn't dead?": a question claims nothing --------------------


def test_a_question_to_readers_denies_nothing() -> None:
    article = Article(
        "The singer Rafe Colby was found dead at his home on Sunday, the site said. "
        "Fans, are you glad that Rafe Colby is not dead?"
    )
    article.said("the site", "The singer Rafe Colby was found dead at his home on Sunday")
    article.said("Fans", "Rafe Colby is not dead?", mention="Fans")
    assert article.disputes() == []


def test_a_denial_that_ends_on_a_question_still_denies() -> None:
    article = Article(
        "The singer Rafe Colby was found dead at his home on Sunday, the site said. "
        "His manager said: “Rafe Colby is not dead. Why would anyone believe it?”"
    )
    claim = article.said("the site", "The singer Rafe Colby was found dead at his home on Sunday")
    denial = article.said(
        "Ida Marsh", "Rafe Colby is not dead. Why would anyone believe it?", mention="His manager"
    )
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(claim,), (denial,)}


def test_a_claim_before_a_dash_and_a_question_still_claims() -> None:
    article = Article(
        "The site said the singer Rafe Colby was found dead at his home on Sunday. "
        "His manager kept implying that Rafe Colby is not dead - why would he hide?"
    )
    claim = article.said("the site", "the singer Rafe Colby was found dead at his home on Sunday")
    denial = article.said(
        "Ida Marsh", "Rafe Colby is not dead - why would he hide?", mention="His manager"
    )
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(claim,), (denial,)}


# --- "rumours that they fired tear gas were totally untrue" affirms nothing it reports --------


def test_calling_rumours_untrue_agrees_with_denying_them() -> None:
    article = Article(
        "The army said rumours that soldiers had fired tear gas at the crowd were totally untrue. "
        "The police also denied rumours they had fired tear gas at the crowd on the bridge."
    )
    article.said(
        "the army",
        "rumours that soldiers had fired tear gas at the crowd were totally untrue",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said(
        "the police",
        "rumours they had fired tear gas at the crowd on the bridge",
        cue="denied",
        kind=SpeakerKind.ORGANIZATION,
    )
    assert article.disputes() == []


def test_saying_they_fired_tear_gas_still_meets_the_denial() -> None:
    article = Article(
        "The union said soldiers had fired tear gas at the crowd near the bridge. "
        "The police denied they had fired tear gas at the crowd on the bridge."
    )
    claim = article.said(
        "the union",
        "soldiers had fired tear gas at the crowd near the bridge",
        kind=SpeakerKind.ORGANIZATION,
    )
    denial = article.said(
        "the police",
        "they had fired tear gas at the crowd on the bridge",
        cue="denied",
        kind=SpeakerKind.ORGANIZATION,
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


# --- "rejected the administration as a mediator": a party refused a role is an act -----------


def test_rejecting_a_government_as_a_mediator_rejects_no_claim() -> None:
    article = Article(
        "Prime Minister Dana Orr said the government of Norway has acted with justice and truth. "
        "The rebel council has rejected the government of Norway as a mediator in the talks."
    )
    article.said("Dana Orr", "the government of Norway has acted with justice and truth")
    article.said(
        "the rebel council",
        "the government of Norway as a mediator in the talks",
        cue="rejected",
        kind=SpeakerKind.ORGANIZATION,
    )
    assert article.disputes() == []


def test_dismissing_the_governments_claim_as_a_fabrication_still_rejects_it() -> None:
    article = Article(
        "The government of Norway said the rebels had broken the truce in the talks. "
        "The rebel council dismissed the claim as a fabrication."
    )
    claim = article.said(
        "the government of Norway",
        "the rebels had broken the truce in the talks",
        kind=SpeakerKind.ORGANIZATION,
    )
    denial = article.said(
        "the rebel council",
        "the claim as a fabrication",
        cue="dismissed",
        kind=SpeakerKind.ORGANIZATION,
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


# --- "the allegations" after the writer tells of an accusation are that accusation ------------


def test_the_allegations_point_at_the_accusation_told_just_before() -> None:
    article = Article(
        "The festival said at no time did it sign a statement with the label about the tour. "
        "On Thursday, the singer accused the label of blocking her film. "
        "The label denied the allegations in a statement on its website."
    )
    article.said(
        "the festival",
        "at no time did it sign a statement with the label about the tour",
        kind=SpeakerKind.ORGANIZATION,
    )
    article.said(
        "the label",
        "the allegations in a statement on its website",
        cue="denied",
        kind=SpeakerKind.ORGANIZATION,
    )
    assert article.disputes() == []


def test_the_allegations_still_point_at_the_source_just_before() -> None:
    article = Article(
        "The singer said the label had blocked her film about the tour. "
        "On Thursday, the label denied the allegations in a statement on its website."
    )
    claim = article.said("Mara Vale", "the label had blocked her film about the tour")
    denial = article.said(
        "the label",
        "the allegations in a statement on its website",
        cue="denied",
        kind=SpeakerKind.ORGANIZATION,
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


# --- "…, Obama denied it was a failure": a denial that names its denier is that denier's ------


def test_a_denial_naming_the_claims_own_source_is_no_dispute() -> None:
    article = Article(
        "Governor Ruth Okoye said she would double the number of nurses in rural clinics. "
        "In her first public remarks since the plan, Okoye denied it represented a failure of "
        "the rural clinics."
    )
    article.said("Ruth Okoye", "she would double the number of nurses in rural clinics")
    article.said(
        "her first public",
        "since the plan, Okoye denied it represented a failure of the rural clinics",
        cue="remarks",
        mention="her first public",
    )
    assert article.disputes() == []


def test_a_denial_naming_another_denier_still_answers_the_claim() -> None:
    article = Article(
        "Governor Ruth Okoye said the rural clinics were a failure of the ministry. "
        "In a statement, Minister Tariq Bello denied the rural clinics were a failure."
    )
    claim = article.said("Ruth Okoye", "the rural clinics were a failure of the ministry")
    denial = article.said(
        "the ministry",
        "Minister Tariq Bello denied the rural clinics were a failure",
        cue="In a statement",
        kind=SpeakerKind.ORGANIZATION,
    )
    (dispute,) = article.disputes()
    assert dispute.a == (claim,) and dispute.b == (denial,)


# --- "Isis. On Sunday": a speaker name across a sentence end is nobody ------------------------


def test_a_name_torn_across_a_sentence_end_disputes_nothing() -> None:
    article = Article(
        "Mayor Ana Reyes said the storm wall will protect the harbour. "
        "Officials met on the harbour. On Sunday said the storm wall will not protect the harbour."
    )
    article.said("Ana Reyes", "the storm wall will protect the harbour")
    article.said(
        "harbour. On Sunday",
        "the storm wall will not protect the harbour",
        mention="harbour. On Sunday",
    )
    assert article.disputes() == []


def test_a_name_with_an_initial_still_disputes() -> None:
    article = Article(
        "Mayor Ana Reyes said the storm wall will protect the harbour. "
        "Engineer Tomas J. Berg said the storm wall will not protect the harbour."
    )
    claim = article.said("Ana Reyes", "the storm wall will protect the harbour")
    denial = article.said(
        "Tomas J. Berg", "the storm wall will not protect the harbour", mention="Tomas J. Berg"
    )
    (dispute,) = article.disputes()
    assert {dispute.a, dispute.b} == {(claim,), (denial,)}


# --- "denied it represented a failure of early reliance on air strikes" rejects the failure ---


def _strikes_article(denied: str) -> tuple[Article, list[str], str]:
    article = Article(
        "Officials said air strikes killed two commanders near the border. "
        "The army said air strikes hit a convoy near the border on Friday. "
        f"Since the surge, the ministry denied {denied}."
    )
    claims = [
        article.said("officials", "air strikes killed two commanders near the border"),
        article.said(
            "the army",
            "air strikes hit a convoy near the border on Friday",
            kind=SpeakerKind.ORGANIZATION,
        ),
    ]
    denial = article.said(
        "the ministry", denied, cue="denied", kind=SpeakerKind.ORGANIZATION, mention="the ministry"
    )
    return article, claims, denial


def test_denying_a_failure_of_reliance_on_strikes_answers_no_strike() -> None:
    article, _, _ = _strikes_article("it represented a failure of early reliance on air strikes")
    assert article.disputes() == []


def test_denying_the_strikes_took_place_answers_the_strikes() -> None:
    article, claims, denial = _strikes_article("any air strikes took place")
    (dispute,) = article.disputes()
    assert set(dispute.a) == set(claims) and dispute.b == (denial,)
