"""The brief inside the reader (b) is the themed brief of `briefing brief`, and scrolls
with the reader's keys."""

from __future__ import annotations

import asyncio

import pytest
from tui_support import make_app, screen_text, warm_settings, widget_lines


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Settings whose cache already holds the seeds' analyses."""
    return warm_settings(tmp_path_factory)


def test_b_shows_the_themed_brief_and_it_scrolls_with_j_k_and_space(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("b")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            shown = "\n".join(widget_lines(app, "#brief"))
            assert "Daily brief" in shown
            assert "•" in shown  # the terminal brief's bullets, not "*" and a dashed rule
            assert "-" * 40 not in shown and "* " not in shown
            box = app.screen.query_one("#brief")
            # names in the theme's entity colours, as `briefing brief` draws them
            person = app.spec.entities["PERSON"].lower()
            text = box.query_one("#brief-text")
            colours = {
                str(s.style.color.triplet.hex).lower()
                for y in range(text.size.height)
                for s in text.render_line(y)
                if s.style and s.style.color and s.style.color.triplet
            }
            assert person in colours
            assert box.max_scroll_y > 0
            await pilot.press("space")
            await pilot.pause()
            paged = box.scroll_y
            assert paged > 5
            await pilot.press("k", "k")
            await pilot.pause()
            assert box.scroll_y == paged - 2
            await pilot.press("j")
            await pilot.pause()
            assert box.scroll_y == paged - 1
            await pilot.press("g")
            await pilot.pause()
            assert box.scroll_y == 0
            await pilot.press("escape")
            await pilot.pause()
            assert "Daily brief" not in screen_text(app)

    asyncio.run(check())


def test_b_finds_copies_from_the_cache_s_fingerprints_without_reading_bodies(
    warm, tmp_path, monkeypatch
):
    from briefing.analysis import duplicates

    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()  # the reader's own start-up work done

            def from_a_body(*_args, **_kwargs):
                raise AssertionError("a story member's body was shingled")

            monkeypatch.setattr(duplicates.Fingerprint, "of", staticmethod(from_a_body))
            await pilot.press("b")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert "Daily brief" in "\n".join(widget_lines(app, "#brief"))

    asyncio.run(check())
