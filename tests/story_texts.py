"""Articles of two events told by several outlets, shared by the stories tests."""

from __future__ import annotations

import datetime as dt

from factories import make_brief

from briefing.model import Brief

BEAR = (
    "A fisherman in Yakutia, Igor Vorozhbitsyn, was attacked by a brown bear near the Kolyma "
    "river. His Justin Bieber ringtone went off and the bear fled into the taiga, Vorozhbitsyn "
    "told the Komsomolskaya Pravda newspaper."
)
BEAR_TOO = (
    "Igor Vorozhbitsyn says a Justin Bieber ringtone scared off a brown bear in Yakutia. The "
    "bear ran back into the taiga when the phone rang, the Kolyma fisherman said."
)
BEAR_HOAX = (
    "The Justin Bieber ringtone bear story from Yakutia is a hoax. Igor Vorozhbitsyn was "
    "mauled by a brown bear near the Kolyma, but no ringtone scared it off."
)
AIRLINE = (
    "Saudia, the national airline of Saudi Arabia, will seat male and female passengers apart "
    "on its flights to Riyadh and Jeddah, the airline's marketing manager announced."
)
AIRLINE_TOO = (
    "Passengers on Saudia flights to Jeddah and Riyadh will be seated apart by gender, the "
    "Saudi Arabia national airline announced through its marketing manager."
)


def brief(brief_id: str, text: str, date: dt.date | None = None) -> Brief:
    return make_brief(brief_id, date=date, title=text.split(".")[0], text=text)
