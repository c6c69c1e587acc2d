"""The kinds of names: the picker (E) speaks a reader's words and marks each kind on or
off plainly; e and E colour the article and the sidebar alike, and e says so."""

from __future__ import annotations

import asyncio

import pytest
from tui_support import make_app, screen_text, warm_settings, widget_lines


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Settings whose cache already holds the seeds' analyses."""
    return warm_settings(tmp_path_factory)


def _sidebar_colours(app, names: set[str]) -> set:
    """The colours the sidebar draws these names in."""
    sidebar = app.query_one("#sidebar")
    colours = set()
    for y in range(sidebar.size.height):
        for segment in sidebar.render_line(y):
            if segment.text.strip() in names and segment.style is not None:
                colours.add(segment.style.color)
    return colours


def test_the_entity_type_picker_shows_words_and_plain_marks(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            people = {e.name for e in app.reader.current_analysis.entities.people}
            assert len(_sidebar_colours(app, people)) == 1  # coloured as people
            await pilot.press("E")
            await pilot.pause()
            picker = "\n".join(widget_lines(app, "#entity-types"))
            for words in (
                "people",
                "organisations",
                "countries, cities",
                "nationalities and groups",
                "buildings",
                "works",
            ):
                assert words in picker
            for code in ("PERSON", "GPE", "NORP", "FAC", "WORK OF ART", "WORK_OF_ART"):
                assert code not in picker
            assert "[✓] people" in picker
            await pilot.press("space")
            await pilot.pause()
            picker = "\n".join(widget_lines(app, "#entity-types"))
            assert "[ ] people" in picker and "[✓] organisations" in picker
            await pilot.press("escape")
            await pilot.pause()
            person = app.spec.entities["PERSON"].lower()
            drawn = {
                c.triplet.hex.lower() for c in _sidebar_colours(app, people) if c and c.triplet
            }
            assert drawn and person not in drawn  # people are no longer coloured as people

    asyncio.run(check())


def test_e_turns_colours_off_in_the_sidebar_too_and_says_so(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause()
            places = {e.name for e in app.reader.current_analysis.entities.places}
            coloured = _sidebar_colours(app, places)
            await pilot.press("e")
            await pilot.pause()
            assert _sidebar_colours(app, places).isdisjoint(coloured)
            assert "entity colours off in the article and the sidebar" in screen_text(app)
            await pilot.press("e")
            await pilot.pause()
            assert _sidebar_colours(app, places) == coloured

    asyncio.run(check())
