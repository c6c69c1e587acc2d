"""Fast keys: a move in the list is drawn at once and its article a frame later, so keys
pressed faster than frames must still end on the right article, and a command pressed
right after a move must act on the article moved to, not on the one still drawn."""

from __future__ import annotations

import asyncio

import pytest
from test_tui_workflow import Unanalysed
from tui_support import folded, make_app, warm_settings, widget_lines

from briefing.library import load_library


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Settings whose cache already holds the seeds' analyses."""
    return warm_settings(tmp_path_factory)


@pytest.fixture
def twelve(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    words = "harbour council river museum rail budget comet bees school market farm bridge"
    words += " storm clinic ferry library garden station theatre festival stadium orchard"
    vocabulary = words.split()
    for n in range(1, 13):  # each story its own words: alike texts would be one story's copies
        own = vocabulary[n:] + vocabulary[:n]
        body = " ".join(
            f"The {own[i % 9]} {own[(i * 5 + n) % 20]} story {n} line {i}." for i in range(30)
        )
        (folder / f"{n:02d}.md").write_text(
            f"---\ntitle: Story number {n}\ndate: 2025-10-{n:02d}\n---\n{body}\n",
            encoding="utf-8",
        )
    return load_library([folder])


def _reader(settings, tmp_path, library):
    from briefing.state import ReaderState
    from briefing.tui.app import BriefingApp

    analyzer = Unanalysed.from_settings(settings)
    return BriefingApp(library, settings, analyzer=analyzer, state=ReaderState(tmp_path / "s"))


def test_ten_fast_js_draw_the_eleventh_article(warm, twelve, tmp_path):
    async def check():
        app = _reader(warm, tmp_path, twelve)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press(*["j"] * 10)  # back to back, no pause between
            await pilot.pause()
            eleventh = twelve.articles[10]
            title = folded(" ".join(widget_lines(app, "#title")))
            assert title.startswith(eleventh.title)
            body = folded(" ".join(widget_lines(app, "#body")))
            assert body.startswith(folded(eleventh.body)[:60])

    asyncio.run(check())


def test_a_command_right_after_a_move_acts_on_the_new_article(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        second = load_library(None).articles[1]
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("j", "n")
            await pilot.pause()
            assert folded(" ".join(widget_lines(app, "#title"))).startswith(second.title)
            summary = widget_lines(app, "#summary")
            first_sentence = folded(second.body[app.reader.current_analysis.summary[0].start :])[
                :30
            ]
            assert summary and folded(summary[0]).startswith("1. " + first_sentence[:20])
            assert app.reader.current_sentence == 0

    asyncio.run(check())


def test_space_right_after_a_move_pages_the_new_article(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        second = load_library(None).articles[1]
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("j", "space")
            await pilot.pause()
            top = folded(widget_lines(app, "#body")[0])
            text = folded(second.body)
            assert len(top) > 20 and top in text  # the new article's text…
            assert not text.startswith(top)  # …a page on

    asyncio.run(check())


def test_a_move_reaches_the_terminal_in_two_frames(warm, tmp_path):
    """j draws the moved cursor, then the article it moved to, and nothing after: each
    frame more (a repaint of the whole screen, the scroll bars laid out and drawn again)
    was one more tick before the terminal's answer was complete. The frames are what
    the app hands the terminal (headless, the driver writes nothing itself)."""

    async def check():
        app = make_app(warm, tmp_path)
        app.READ_AFTER = 3600.0  # an article marked read two seconds on is a frame of its
        # own, no key's: it fell into a key's window whenever the start was slow
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.5)  # the first frame, the analyses from the cache
            frames = []
            display = app._display

            def counted(screen, update) -> None:
                if update is not None:
                    frames.append(update)
                display(screen, update)

            app._display = counted  # type: ignore[method-assign]
            for key in "jkj":
                frames.clear()
                await pilot.press(key)
                await pilot.pause(0.3)
                assert 1 <= len(frames) <= 2

    asyncio.run(check())


def test_a_move_redraws_only_the_rows_the_cursor_left_and_reached(warm, twelve, tmp_path):
    """The cursor's frame after a j holds the two rows it changes, not the whole list:
    redrawing every row was a quarter of the work before that frame could go out. A
    move that scrolls the list draws all of it (every row moved)."""

    async def check():
        app = _reader(warm, tmp_path, twelve)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.5)
            listed = app.screen.query_one("#articles").content_region
            first_frames = []
            display = app._display
            waiting = [False]  # the next frame is a key's first

            def first_only(screen, update) -> None:
                if update is not None and waiting[0]:
                    first_frames.append(update)
                    waiting[0] = False
                display(screen, update)

            app._display = first_only  # type: ignore[method-assign]
            for key in "jjk":
                waiting[0] = True
                await pilot.press(key)
                await pilot.pause(0.3)
            assert len(first_frames) == 3
            for update in first_frames:
                rows = {y for y, _x1, _x2 in getattr(update, "spans", [])}
                in_list = {y for y in rows if listed.y <= y < listed.bottom}
                assert 0 < len(in_list) <= 6, sorted(in_list)  # two rows of three lines

    asyncio.run(check())


def test_the_sidebar_drawn_ahead_shows_each_article_s_own_rows(warm, tmp_path):
    """The rows of the articles next to the cursor are drawn while the reader reads; a
    j to one and a k back show each article's own figures and names, as drawn first."""

    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.5)
            first = widget_lines(app, "#sidebar")
            await pilot.pause(0.3)  # the neighbours' rows are drawn ahead
            await pilot.press("j")
            await pilot.pause(0.3)
            second = widget_lines(app, "#sidebar")
            await pilot.press("k")
            await pilot.pause(0.3)
            assert widget_lines(app, "#sidebar") == first
            assert second != first
            title = folded(" ".join(widget_lines(app, "#title")))
            assert title.startswith(folded(app.reader.shown_articles[0].title)[:20])

    asyncio.run(check())
