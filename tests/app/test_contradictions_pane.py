"""The Contradictions and Summary panes explain each dispute: two sides headed by their
sources, the words that make it a conflict, close calls on request, the disagreement first."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from reader_testing import screen_text, settle
from rich.console import Group
from rich.text import Text

from briefing.app.app import BriefingApp
from briefing.app.contradictions_pane import SideList
from briefing.app.summary_pane import render_summary
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
)

REPO = Path(__file__).resolve().parents[2]


def _brief(
    tmp_path: Path, *, denials: int = 1, contradictions: bool = True, confidence: float = 0.8
) -> Path:
    """A brief where the mayor claims the bridge reopens and the union denies it, as often as
    ``denials`` asks; written into a folder of its own."""
    sentences = ["Mayor Ana Ruiz said the bridge will reopen in May."]
    sentences += [
        f"The union denied that the bridge will reopen in May, spokesman {n} said."
        for n in range(denials)
    ]
    text = " ".join(sentences)
    speakers = (
        Speaker("ana-ruiz", "Ana Ruiz", SpeakerKind.PERSON, "Mayor of Riverton"),
        Speaker("the-union", "the union", SpeakerKind.ORGANIZATION, "dockworkers' union"),
    )
    claim = "the bridge will reopen in May"
    statements = [
        Statement(
            "s1",
            "ana-ruiz",
            StatementKind.REPORTED,
            claim,
            ((text.index(claim), text.index(claim) + len(claim)),),
            0,
            Mention("said", (text.index("said"), text.index("said") + 4)),
        )
    ]
    at = text.index(".") + 1
    for n in range(denials):
        start = text.index(claim, at)
        cue = text.index("denied", at)
        statements.append(
            Statement(
                f"s{n + 2}",
                "the-union",
                StatementKind.REPORTED,
                claim,
                ((start, start + len(claim)),),
                n + 1,
                Mention("denied", (cue, cue + len("denied"))),
            )
        )
        at = start + len(claim)
    disputes = (
        (
            Contradiction(
                "c1",
                "reopening",
                ("s1",),
                tuple(s.id for s in statements[1:]),
                "The union rejects what Ana Ruiz says about the reopening.",
                confidence,
            ),
        )
        if contradictions
        else ()
    )
    brief = Brief(
        id="bridge",
        title="Bridge reopening disputed",
        date=None,
        source=Source("bridge.txt", hashlib.sha256(text.encode()).hexdigest(), text),
        speakers=speakers,
        statements=tuple(statements),
        contradictions=disputes,
    )
    folder = tmp_path / "briefs"
    write_brief(brief, folder / "bridge.yaml")
    return folder


def _seed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "seed"
    folder.mkdir()
    shutil.copy(next((REPO / "briefs").glob("000_*.yaml")), folder)
    return folder


def _reversed_words(row: Text) -> set[str]:
    return {row.plain[s.start : s.end] for s in row.spans if "reverse" in str(s.style)}


async def test_each_side_keeps_its_source_and_role_in_view_while_its_statements_scroll(
    tmp_path: Path,
) -> None:
    app = BriefingApp(_brief(tmp_path, denials=14))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("3", "enter", "tab")  # into side B, the union's fourteen denials
        side_b = app.screen.query_one("#side-b", SideList)
        assert side_b.has_focus
        side_b.action_last()
        await pilot.pause()
        assert side_b.highlighted_id == "s15" and side_b.scroll_offset.y > 0
        text = screen_text(app)
        assert "the union — dockworkers' union" in text
        assert "Ana Ruiz — Mayor of Riverton" in text


async def test_the_denial_cue_stays_with_the_denied_words(tmp_path: Path) -> None:
    app = BriefingApp(_brief(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        side_b = app.screen.query_one("#side-b", SideList)
        row = side_b.get_option_at_index(0).prompt
        assert isinstance(row, Text)
        # "the bridge will reopen in May" is what the union denies, not what it says.
        assert row.plain.startswith("denied: ")


async def test_the_seed_dispute_highlights_the_denial_in_both_sides(tmp_path: Path) -> None:
    app = BriefingApp(_seed_folder(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        side_a = app.screen.query_one("#side-a", SideList)
        side_b = app.screen.query_one("#side-b", SideList)
        a_words: set[str] = set()
        for option in side_a.options:
            a_words |= _reversed_words(option.prompt)  # type: ignore[arg-type]
        b_words: set[str] = set()
        for option in side_b.options:
            if isinstance(option.prompt, Text):
                b_words |= _reversed_words(option.prompt)
        assert {"evacuate", "repositioning"} <= {w.lower() for w in a_words}
        assert "no" in b_words and "not what's happening" in b_words
        detail = str(app.screen.query_one("#dispute-detail").render())
        assert "one side denies what the other affirms" in detail
        assert "Confidence" not in detail


async def test_a_brief_without_disputes_says_so_and_shows_close_calls_on_request(
    tmp_path: Path,
) -> None:
    app = BriefingApp(_brief(tmp_path, contradictions=False))
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        text = screen_text(app)
        assert "No contradictions found between the statements of this brief." in text
        assert "Close calls left out" not in text
        await pilot.press("c")
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = screen_text(app)
        assert "Close calls left out" in text
        await pilot.press("c")
        await pilot.pause()
        assert "Close calls left out" not in screen_text(app)


async def test_a_dispute_naming_a_missing_statement_is_reported_and_skipped(
    tmp_path: Path,
) -> None:
    folder = _brief(tmp_path)
    path = folder / "bridge.yaml"
    path.write_text(path.read_text().replace("b: [s2]", "b: [s99]"))
    app = BriefingApp(folder)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        assert [b.id for b in app.briefs] == ["bridge"]  # the brief still loads
        (problem,) = app.problems
        assert str(problem).startswith(f"{path}:") and "unknown statement 's99'" in str(problem)
        assert problem.line is not None
        await pilot.press("3")
        assert "No contradictions found" in screen_text(app)


async def test_the_summary_leads_with_the_disagreement_in_the_sides_words(
    tmp_path: Path,
) -> None:
    app = BriefingApp(_seed_folder(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("1")
        brief = app.screen.selected
        assert brief is not None
        body = render_summary(brief)  # what #summary-body shows
        assert isinstance(body, Group)
        lead, title = (str(getattr(part, "plain", part)) for part in body.renderables[:2])
        assert lead in " ".join(screen_text(app).split()) or "⚡" in screen_text(app)
        assert "the letter says “coalition forces would be using helicopters to" in lead
        assert "Mark Esper and Mark Milley deny it" in lead
        assert title.startswith("Esper: US has no plans")


async def test_a_dispute_on_weak_evidence_is_marked_for_checking_once_shown(
    tmp_path: Path,
) -> None:
    for confidence, marked in ((0.12, True), (0.54, False)):
        app = BriefingApp(_brief(tmp_path / str(confidence), confidence=confidence))
        async with app.run_test(size=(120, 24)) as pilot:
            await settle(app, pilot)
            await pilot.press("3", "w")  # `w` shows the weak disputes, hidden by default
            await settle(app, pilot)
            assert ("weak evidence: check the source" in screen_text(app)) is marked
