"""A generated folder of briefs: random news-like statements, names that are near each
other (Milley, Miller), dates, and some duplicates, for comparing the store with memory."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from search_corpus import brief_of

from briefing.brief_yaml import write_brief
from briefing.model import Brief, Speaker, SpeakerKind, StatementKind

WORDS = """troops leave leaving withdrawal withdraw iraq baghdad decision plan plans no said
would could the of to and a in that minister defense letter draft coalition forces base
especially sovereign parliament vote election court ruling ceasefire talks sanctions oil
helicopters evacuate period respect order departure poorly worded happening""".split()

PEOPLE = [
    ("Mark Milley", "Milley", "general"),
    ("Stephen Miller", "Miller", "adviser"),
    ("Mark Esper", "Esper", "Secretary of Defense"),
    ("Ana Ruiz", "Ruiz", "minister"),
    ("the letter", "", ""),
]


def make_brief(rng: random.Random, number: int) -> Brief:
    chosen = rng.sample(PEOPLE, 3)
    speakers = tuple(
        Speaker(f"p{i}", name, SpeakerKind.PERSON, role, (alias,) if alias else ())
        for i, (name, alias, role) in enumerate(chosen)
    )
    quotes = tuple(
        (
            f"s{i}",
            f"p{rng.randrange(3)}",
            rng.choice((StatementKind.DIRECT, StatementKind.REPORTED)),
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12))).capitalize(),
        )
        for i in range(rng.randint(1, 12))
    )
    date = None if number % 17 == 0 else dt.date(2020, 1, 1) + dt.timedelta(rng.randrange(60))
    title = " ".join(rng.choice(WORDS) for _ in range(4)).title()
    return brief_of(f"b{number:04d}", date, title, speakers, quotes)


def write_corpus(folder: Path, count: int, seed: int = 17) -> list[Brief]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    briefs = [make_brief(rng, number) for number in range(count)]
    for brief in briefs:
        write_brief(brief, folder / f"{brief.id}.yaml")
    return briefs
