"""The list's filters: a search, a name under all its spellings (as the brief merges
them), unread and starred only; they combine, the header names them, and marking every
shown article read can be undone. The filters themselves are plain Python."""

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest
from tui_support import folded, make_app, warm_settings, widget_lines

from briefing.article import Article
from briefing.tui.library_view import LibraryView


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Settings whose cache already holds the seeds' analyses."""
    return warm_settings(tmp_path_factory)


def _article(n: int, title: str, body: str) -> Article:
    return Article(id=str(n), body=body, title=title, source="wire", date=datetime(2025, 10, 13))


ARTICLES = [
    _article(1, "Rates rise", "The Bank of England raised rates."),
    _article(2, "Rates hold", "The Fed held rates in Washington."),
    _article(3, "Storm", "A storm hit Florida."),
]


def test_filters_combine_and_the_header_names_them():
    view = LibraryView(ARTICLES, read={"1"})
    assert view.header() == "3 articles · 2 unread"
    assert view.apply(view.with_filters(search="rates"))
    assert [a.id for a in view.shown()] == ["1", "2"]
    assert view.apply(view.with_filters(name="Fed", name_articles=frozenset({"2", "3"})))
    assert [a.id for a in view.shown()] == ["2"]  # the search and the name together
    assert view.header() == "1 of 3 · 1 unread"
    assert view.filter_line() == "“rates” · Fed"
    view.clear()
    assert view.header() == "3 articles · 2 unread"


def test_a_filter_that_keeps_nothing_changes_nothing():
    view = LibraryView(ARTICLES)
    assert view.apply(view.with_filters(search="storm"))
    assert not view.apply(view.with_filters(search="volcano"))
    assert view.filters.search == "storm"


def test_unread_and_starred_only():
    view = LibraryView(ARTICLES, read={"1"}, starred={"1", "3"})
    assert view.apply(view.with_filters(unread_only=True))
    assert [a.id for a in view.shown()] == ["2", "3"]
    assert view.apply(view.with_filters(starred_only=True))
    assert [a.id for a in view.shown()] == ["3"]
    assert view.header() == "1 of 3 · 1 unread"
    assert view.filter_line() == "unread · starred"


def test_marking_all_read_can_be_undone():
    view = LibraryView(ARTICLES, read={"1"})
    assert view.mark_read(a.id for a in ARTICLES) == {"2", "3"}
    assert view.unread() == 0
    assert view.undo() == {"2", "3"}
    assert view.read == {"1"}  # the article read before stays read
    assert view.undo() is None


def _header(app) -> str:
    """The list's header as drawn: its counts and the filters in force."""
    return folded(" ".join(widget_lines(app, "#list-pane", border=True)[:3]))


def test_f_keeps_every_spelling_the_brief_merges_and_combines_with_a_search(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            places = {
                a.article.title: {e.name for e in a.entities.places}
                for a in app.reader.analyses.values()
            }
            assert any("U.S." in names for names in places.values())
            assert any("US" in names and "U.S." not in names for names in places.values())
            while "U.S." not in {e.name for e in app.reader.current_analysis.entities.places}:
                await pilot.press("j")
            sidebar = app.query_one("#sidebar")
            sidebar.focus()
            sidebar.highlighted = next(
                i
                for i in range(sidebar.option_count)
                if sidebar.get_option_at_index(i).id == "entity:U.S."
            )
            await pilot.press("f")
            await pilot.pause()
            assert "2 of 2 · " in _header(app)  # "US" is the same place
            assert "U.S." in _header(app)
            await pilot.press("slash", *"Tsahkna", "enter")
            await pilot.pause()
            assert "1 of 2 · " in _header(app)
            assert "“Tsahkna” · U.S." in _header(app)  # both filters, together
            await pilot.press("escape")
            await pilot.pause()
            assert "2 articles · " in _header(app)
            assert "Tsahkna" not in _header(app)

    asyncio.run(check())
