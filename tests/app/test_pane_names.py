"""Each pane has one name wherever the reader shows it: tab, footer, Summary and help."""

from __future__ import annotations

from reader_testing import FIXTURE_BRIEFS, screen_text, settle

from briefing.app.app import BriefingApp


async def test_the_contradictions_pane_is_called_contradictions_everywhere() -> None:
    app = BriefingApp(FIXTURE_BRIEFS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        *body, footer = screen_text(app).splitlines()
        assert any("3 Contradictions" in line for line in body)  # the tab
        assert "3 Contradictions" in footer
        assert "q Quit" in footer  # the longer name still leaves room for quitting at 80 columns
        await pilot.press("question_mark")
        help_lines = screen_text(app).splitlines()
        assert any(
            "Contradictions" in line and "pane.contradictions" in line for line in help_lines
        )
        await pilot.press("escape")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        text = screen_text(app)
        assert "Contradictions\n" in text.replace(" ", "").replace("│", "")  # Summary's heading
        assert "Disputes" not in text
