"""Themes in the reader: every theme keeps the article readable at once (no stale
colours after a switch or under the picker's preview), which theme wins at start, and
a user theme that changes one colour of a bundled base."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from tui_support import contrast, make_app, warm_settings

from briefing.config import load_settings


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Settings whose cache already holds the seeds' analyses."""
    return warm_settings(tmp_path_factory)


def _body_contrasts(app) -> list[float]:
    """The contrast of every piece of text the body draws in its visible rows."""
    body = app.query_one("#body")
    ratios = []
    for y in range(body.scrollable_content_region.height):
        for segment in body.render_line(y):
            style = segment.style
            if segment.text.strip() and style is not None and style.color and style.bgcolor:
                ratios.append(contrast(style.color, style.bgcolor))
    return ratios


def _theme_index(app, name: str) -> int:
    return sorted(app.theme_specs).index(name)


def test_after_a_theme_switch_the_body_is_readable_at_once(warm, tmp_path):
    asyncio.run(_switch(warm, tmp_path))


async def _switch(warm, tmp_path):
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert min(_body_contrasts(app)) >= 3
        for target in ("briefing-light", "briefing-dark", "high-contrast", "ansi-16"):
            await pilot.press("t")
            await pilot.pause()
            steps = _theme_index(app, target) - _theme_index(app, app.theme)
            await pilot.press(*(["j"] * steps if steps > 0 else ["k"] * -steps))
            await pilot.pause()
            if target != "ansi-16":  # the terminal's own colours: no contrast to compute
                # the preview under the picker is readable too
                assert app.theme == target
                assert min(_body_contrasts(app)) >= 3, f"preview of {target}"
            await pilot.press("enter")
            await pilot.pause()
            assert app.theme == target
            if target != "ansi-16":
                assert min(_body_contrasts(app)) >= 3, target


def test_the_environment_beats_the_theme_picked_in_the_reader(
    warm,
    tmp_path,
    monkeypatch,
):
    from briefing.state import ReaderState

    ReaderState(tmp_path).set_pref("theme", "high-contrast")  # picked with t last time
    monkeypatch.setenv("BRIEFING_THEME", "briefing-light")
    settings = replace(load_settings(), cache_dir=warm.cache_dir)
    asyncio.run(_starts_with(settings, tmp_path, "briefing-light"))
    monkeypatch.delenv("BRIEFING_THEME")
    settings = replace(load_settings(), cache_dir=warm.cache_dir)
    asyncio.run(_starts_with(settings, tmp_path, "high-contrast"))  # the pick beats the default


async def _starts_with(settings, tmp_path, theme: str) -> None:
    app = make_app(settings, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == theme


def test_a_user_theme_can_change_one_colour_of_a_bundled_base(
    warm,
    tmp_path,
    isolated_user_dirs,
):
    folder = isolated_user_dirs / "data" / "briefing" / "themes"
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text(
        "name: mine\nbase: briefing-light\ncolors:\n  primary: '#ff0000'\n"
    )
    (folder / "nameless.yaml").write_text("base: briefing-dark\nfigures: '#00ff00'\n")
    (folder / "typo.yaml").write_text("name: typo\nbase: briefing-drak\n")
    asyncio.run(_user_theme(warm, tmp_path))


async def _user_theme(warm, tmp_path):
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        mine = app.theme_specs["mine"]
        light = app.theme_specs["briefing-light"]
        assert mine.colors["primary"] == "#ff0000"
        assert mine.colors["background"] == light.colors["background"]
        assert mine.entities == light.entities and mine.dark is False
        assert app.theme_specs["nameless"].figures == "#00ff00"  # named after its file
        assert app.theme_specs["briefing-dark"].figures != "#00ff00"  # the base is untouched
        messages = [n.message for n in app._notifications]
        assert any("typo.yaml" in m and "briefing-drak" in m for m in messages)
        await pilot.press("t")
        await pilot.pause()
        steps = _theme_index(app, "mine") - _theme_index(app, app.theme)
        await pilot.press(*(["j"] * steps if steps > 0 else ["k"] * -steps), "enter")
        await pilot.pause()
        assert app.theme == "mine"
        assert min(_body_contrasts(app)) >= 3
