"""Themes: every colour parsed on load, a bad theme skipped with a problem, and a broken
user theme named like a bundled one leaving the bundled one in place."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.themes import (
    ANSI_NAMES,
    COLOR_KEYS,
    ENTITY_KEYS,
    NAMED_COLORS,
    color_problem,
    get_theme,
    load_themes,
    parse_theme,
    rich_color,
)

REPO = Path(__file__).resolve().parents[1]


def theme_data(name: str = "mine", **colours: str) -> dict:
    data = yaml.safe_load((REPO / "themes" / "briefing-dark.yaml").read_text())
    data["name"] = name
    for key, value in colours.items():
        section = "entities" if key in ENTITY_KEYS else "colors"
        if key == "figures":
            data["figures"] = value
        else:
            data[section][key] = value
    return data


def write_theme(folder: Path, file: str, data: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def user_themes(home: Path) -> Path:
    return home / "data" / "briefing" / "themes"


def textual_parses(colour: str) -> bool:
    from textual.color import Color, ColorParseError

    try:
        Color.parse(colour)
    except ColorParseError:
        return False
    return True


def rich_parses(colour: str) -> bool:
    from rich.color import Color, ColorParseError

    try:
        Color.parse(rich_color(colour))
    except ColorParseError:
        return False
    return True


@pytest.mark.parametrize(
    ("colours", "reason"),
    [
        ({"background": "banana"}, "colors.background: 'banana' is not a colour"),
        ({"primary": "#12345"}, "colors.primary: '#12345' is not a colour"),
        ({"panel": "rgb(300, 0, 0)"}, "colors.panel: 'rgb(300, 0, 0)' is not a colour"),
        ({"PERSON": "hsl(20, 50%, 50%)"}, "entities.PERSON: 'hsl(20, 50%, 50%)' is not a colour"),
        ({"figures": "bold red"}, "figures: 'bold red' is not a colour"),
        ({"surface": 12}, "colors.surface: 12 is not a colour"),
        ({"error": "ansi_bright_orange"}, "colors.error: 'ansi_bright_orange' is not a colour"),
    ],
)
def test_a_bad_colour_skips_the_theme_with_its_key_and_value(isolated_user_dirs, colours, reason):
    write_theme(user_themes(isolated_user_dirs), "mine.yaml", theme_data(**colours))
    themes, problems = load_themes()
    assert "mine" not in themes
    assert [str(p) for p in problems] == [f"theme mine.yaml: {reason} " + _FORMS]


_FORMS = "(use #rrggbb, rgb(r, g, b), ansi_<name> (ansi_default, ansi_bright_blue, …) or a name)"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"dark": "no"}, "dark: must be true or false, not 'no'"),
        ({"name": "bad\x1b]0;title\x07"}, "name: must be a short line of text"),
        ({"name": "x" * 41}, "name: longer than 40 characters"),
    ],
)
def test_a_bad_name_or_dark_flag_skips_the_theme(isolated_user_dirs, change, reason):
    write_theme(user_themes(isolated_user_dirs), "mine.yaml", {**theme_data(), **change})
    themes, problems = load_themes()
    assert "mine" not in themes
    assert len(problems) == 1 and reason in problems[0].reason


def test_themes_list_shows_a_bad_colour_as_broken(isolated_user_dirs):
    write_theme(user_themes(isolated_user_dirs), "mine.yaml", theme_data(background="banana"))
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "themes", "list"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "mine" not in result.stdout
    assert "broken: theme mine.yaml: colors.background: 'banana' is not a colour" in result.stderr


def test_a_broken_user_theme_named_like_a_bundled_one_leaves_the_bundled_one(isolated_user_dirs):
    folder = user_themes(isolated_user_dirs)
    write_theme(folder, "briefing-dark.yaml", theme_data("briefing-dark", background="banana"))
    themes, problems = load_themes()
    assert themes["briefing-dark"].path == REPO / "themes" / "briefing-dark.yaml"
    assert get_theme().colors["background"] == "#121417"
    assert len(problems) == 1
    assert problems[0].reason.endswith("; using the bundled briefing-dark")


def test_a_good_user_theme_still_replaces_the_bundled_one(isolated_user_dirs):
    folder = user_themes(isolated_user_dirs)
    write_theme(folder, "briefing-dark.yaml", theme_data("briefing-dark", background="#000000"))
    assert get_theme().colors["background"] == "#000000"


def test_every_bundled_theme_loads():
    themes, problems = load_themes(Path("/nonexistent"))
    assert problems == []
    assert set(themes) == {"ansi-16", "briefing-dark", "briefing-light", "high-contrast"}


def test_the_colour_names_taken_are_those_both_textual_and_rich_know():
    from rich.color import ANSI_COLOR_NAMES
    from textual._color_constants import ANSI_COLORS, COLOR_NAME_TO_RGB

    assert set(ANSI_COLORS) == set(ANSI_NAMES)
    assert {n for n in COLOR_NAME_TO_RGB if not n.startswith("ansi_")} & set(
        ANSI_COLOR_NAMES
    ) == NAMED_COLORS


_COLOURISH = st.one_of(
    st.text(alphabet="#0123456789abcdefABCDEFrgbhslaansi_(),% .-xyz", max_size=24),
    st.builds(lambda *c: f"rgb({c[0]},{c[1]},{c[2]})", *[st.integers(-5, 300)] * 3),
    st.builds(lambda h: f"#{h:06x}", st.integers(0, 0xFFFFFF)),
    st.builds("ansi_{}".format, st.sampled_from([*ANSI_NAMES, "default", "orange", ""])),
    st.sampled_from([*sorted(NAMED_COLORS), "grey50", "crimson", "transparent", "default"]),
    st.text(max_size=12),
)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(_COLOURISH)
def test_a_colour_taken_is_one_both_the_reader_and_the_brief_can_draw(colour):
    problem = color_problem(colour)
    if problem is None:
        assert textual_parses(colour) and rich_parses(colour)
    else:
        assert "\n" not in problem


@settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    key=st.sampled_from([*COLOR_KEYS, *ENTITY_KEYS, "figures"]),
    colour=st.one_of(_COLOURISH, st.integers(), st.none(), st.lists(st.text(max_size=3))),
)
def test_a_theme_file_with_any_colour_loads_or_is_one_problem_line(tmp_path, key, colour):
    data = theme_data()
    if key == "figures":
        data["figures"] = colour
    else:
        data["entities" if key in ENTITY_KEYS else "colors"][key] = colour
    path = write_theme(tmp_path, "fuzz.yaml", data)
    try:
        spec = parse_theme(path)
    except ValueError as exc:
        assert "\n" not in str(exc) and str(exc)
        return
    for value in (*spec.colors.values(), *spec.entities.values(), spec.figures):
        assert textual_parses(value) and rich_parses(value)


@settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_a_theme_file_of_any_bytes_loads_or_is_one_problem_line(tmp_path, content):
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(content)
    try:
        parse_theme(path)
    except ValueError as exc:
        assert "\n" not in str(exc)


def test_the_reader_starts_on_the_bundled_theme_when_the_users_copy_is_broken(
    isolated_user_dirs, tmp_path
):
    from briefing.config import load_settings
    from briefing.library import load_library
    from briefing.tui.app import BriefingApp

    folder = user_themes(isolated_user_dirs)
    write_theme(folder, "briefing-dark.yaml", theme_data("briefing-dark", background="banana"))
    settings_ = load_settings(cache_dir=str(tmp_path / "cache"))
    app = BriefingApp(load_library([REPO / "seeds"]), settings_)

    async def start() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert app.theme == "briefing-dark"
            messages = [str(n.message) for n in app._notifications]
            assert any("using the bundled briefing-dark" in m for m in messages)
            await pilot.press("j")

    asyncio.run(start())
