"""A generated folder of varied briefs for the monkey test: ordinary, empty, huge, hostile,
undated, with broken quotes and disputes, and a few files that cannot be loaded at all.

Every brief is made from typed objects with spans computed from the words they stand for,
so each is valid by construction (the few broken files are broken on purpose).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

from briefing.brief_yaml import write_brief
from briefing.model import (
    Brief,
    Contradiction,
    Mention,
    Source,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
    SummarySentence,
)

WORDS = (
    "the minister said port crane river flood council vote budget troops border talks "
    "strike union police court ruling report memo inquiry hospital school election mayor "
    "senator withdrawal ceasefire harbour storm bridge contract tax plan denied confirmed "
    "would could never always tomorrow yesterday officials residents workers"
).split()

#: Text a careless reader would act on: markup, escapes, bidi tricks, wide and
#: combining characters, one very long word.
HOSTILE_PIECES = (
    "[bold red]boom[/]",
    "[link=https://evil.example]click[/link]",
    "\x1b[31mred\x1b[0m",
    "\x1b]52;c;aGFja2Vk\x07",
    "\x1b]0;title\x07",
    "\u202egnirts desrever\u202c",
    "\u2066isolate\u2069",
    "日本語のテキスト",
    "مرحبا بالعالم",
    "e\u0301\u0301\u0301",
    "👩‍👩‍👧‍👦🇺🇦",
    "\u200b\u200d\u2028\u2029",
    "x" * 400,
    "\t\ttabs\r\n",
)

NAMES = (
    ("Lena Hart", "mayor"),
    ("Tom Reyes", "union head"),
    ("Mark Esper", "defense secretary"),
    ("Mark Milley", "general"),
    ("Ana Ruiz", "minister"),
    ("The Ministry", ""),
    ("Stephen Miller", "adviser"),
    ("[b]Markup[/b] Person", "[i]role[/i]"),
    ("\x1b[2JClear Screen", "\x1b]52;c;eA==\x07"),
    ("Şükrü Çelik", "spokesman"),
    ("王小明", "官员"),
)


def sentence(rng: random.Random, hostile: bool) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(4, 18))]
    if hostile:
        words.insert(rng.randrange(len(words) + 1), rng.choice(HOSTILE_PIECES))
    return " ".join(words).capitalize() + "."


def make_brief(rng: random.Random, number: int, flavour: str) -> Brief:
    """One brief of ``flavour``: "plain", "empty", "huge" (a long article), "crowded" (more
    statements than the Quotes pane lists), "hostile", "undated", "quiet"."""
    hostile = flavour == "hostile"
    paragraphs = {"empty": 0, "huge": 1500, "crowded": 900, "quiet": 2}.get(
        flavour, rng.randint(3, 30)
    )
    speaker_count = 0 if flavour in ("empty", "quiet") else rng.randint(1, len(NAMES))
    speakers = []
    for index, (name, role) in enumerate(rng.sample(NAMES, speaker_count)):
        kind = rng.choice(list(SpeakerKind))
        speakers.append(Speaker(f"sp{index}", name, kind, role, (name.split()[-1],)))
    if flavour == "crowded":
        # One speaker of its own: the cross-brief check compares a speaker's statements
        # across briefs, and 2,000 of a shared name would make every reload slow.
        speakers = [Speaker("solo", "Only In This Brief", SpeakerKind.PERSON, "", ())]
    quote_chance = {"huge": 0.05, "crowded": 1.0}.get(flavour, 0.6)

    text_parts: list[str] = []
    statements: list[Statement] = []
    at = 0

    def add(piece: str) -> tuple[int, int]:
        nonlocal at
        text_parts.append(piece)
        start = at
        at += len(piece)
        return start, at

    for paragraph in range(paragraphs):
        for _ in range(rng.randint(1, 4)):
            if speakers and rng.random() < quote_chance:
                speaker = rng.choice(speakers)
                quote = sentence(rng, hostile)
                add('"')
                first = add(quote)
                spans: tuple[tuple[int, int], ...] = (first,)
                cue_span = add(" said ")
                who = add(speaker.name)
                if rng.random() < 0.3:  # a broken quote: "…," she said, "…"
                    add(', "')
                    second = add(sentence(rng, hostile))
                    spans = (first, second)
                    add('"')
                add(". ")
                pieces = ["".join(text_parts)[a:b] for a, b in spans]
                statements.append(
                    Statement(
                        f"s{len(statements) + 1}",
                        speaker.id,
                        rng.choice(list(StatementKind)),
                        " ".join(pieces),
                        spans,
                        paragraph,
                        Mention("said", (cue_span[0] + 1, cue_span[1] - 1)),
                        Mention(speaker.name, who),
                    )
                )
            else:
                add(sentence(rng, hostile) + " ")
        add("\n\n")
    text = "".join(text_parts)

    contradictions = []
    for index in range(min(len(statements) // 3, 40) if len(statements) >= 3 else 0):
        a, b, extra = rng.sample(statements, 3)
        contradictions.append(
            Contradiction(
                f"c{index + 1}",
                rng.choice(WORDS) + (" " + rng.choice(HOSTILE_PIECES) if hostile else ""),
                (a.id,),
                (b.id,) if rng.random() < 0.8 else (b.id, extra.id),
                sentence(rng, hostile),
                round(rng.random(), 2),
            )
        )
    summary = []
    if text:
        end = text.find(".") + 1 or len(text)
        summary.append(SummarySentence(text[:end], (0, end)))

    title = sentence(rng, hostile)
    if hostile and number % 2:
        title = title * 40 + "\nsecond line"
    date = (
        None if flavour == "undated" else dt.date(2020, 1, 1) + dt.timedelta(rng.randint(0, 1500))
    )
    return Brief(
        id=f"b{number:03d}-{flavour}",
        title=title,
        date=date,
        source=Source(f"seed-{number}.txt", hashlib.sha256(text.encode()).hexdigest(), text),
        summary=tuple(summary),
        speakers=tuple(speakers),
        statements=tuple(statements),
        contradictions=tuple(contradictions),
    )


FLAVOURS = ("plain",) * 6 + ("hostile", "hostile", "undated", "quiet", "empty")


def write_corpus(folder: Path, count: int = 88, seed: int = 12) -> list[str]:
    """Write ``count`` briefs (one a long article, one with 2,000+ statements) and four
    unloadable files into ``folder``;
    return the brief ids."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for number in range(count):
        flavour = {3: "huge", 40: "crowded"}.get(number, FLAVOURS[number % len(FLAVOURS)])
        brief = make_brief(rng, number, flavour)
        write_brief(brief, folder / f"{brief.id}.yaml")
        ids.append(brief.id)
    (folder / "broken-yaml.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    (folder / "empty-file.yaml").write_text("", encoding="utf-8")
    (folder / "wrong-type.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    (folder / "folder.yaml").mkdir()
    return ids
