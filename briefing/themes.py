"""Themes: YAML files in themes/ (bundled) and in the user data dir, as plain data.

No textual here: the brief uses a theme's entity and figure colours with rich, and
the TUI turns a ThemeSpec into a Textual theme. Every colour is checked on load, so a
theme that loads is one both can draw: a broken file is skipped and reported (name
and reason), never fatal, and a broken user theme named like a bundled one leaves the
bundled one in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing import safe_yaml
from briefing.analysis.model import ENTITY_LABELS
from briefing.config import DEFAULT_THEME, user_data_dir
from briefing.resources import bundled_dir

COLOR_KEYS = (
    "primary", "secondary", "accent", "background", "surface", "panel",
    "foreground", "warning", "error", "success",
)  # fmt: skip
ENTITY_KEYS = ENTITY_LABELS

ANSI_NAMES = (
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright_black", "bright_red", "bright_green", "bright_yellow", "bright_blue",
    "bright_magenta", "bright_cyan", "bright_white",
)  # fmt: skip
"""The terminal's 16 colours, written ansi_<name> in a theme (ansi_default: the
terminal's own foreground or background)."""

NAMED_COLORS = frozenset(
    "black blue cyan green magenta orchid purple red tan violet white yellow".split()
)
"""The colour names both Textual (CSS names) and rich (xterm names) know; a test keeps
this equal to the two libraries' tables."""

_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_RGB = re.compile(r"rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)")
COLOR_FORMS = "#rrggbb, rgb(r, g, b), ansi_<name> (ansi_default, ansi_bright_blue, …) or a name"

MAX_NAME = 40


@dataclass(frozen=True)
class ThemeSpec:
    name: str
    dark: bool
    colors: dict[str, str]
    entities: dict[str, str]
    figures: str
    path: Path | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ThemeProblem:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"theme {self.path.name}: {self.reason}"


def user_themes_dir() -> Path:
    return user_data_dir() / "themes"


def color_problem(value: Any) -> str | None:
    """Why `value` is not a theme colour (None when it is one): a colour must be one the
    reader (Textual) and the brief (rich) both parse, so only their common forms are
    taken, and rich's parser has the last word."""
    if not isinstance(value, str):
        return f"{_show(value)} is not a colour (use {COLOR_FORMS})"
    ok = (
        value == "ansi_default"
        or (value.startswith("ansi_") and value.removeprefix("ansi_") in ANSI_NAMES)
        or value in NAMED_COLORS
        or _HEX.fullmatch(value) is not None
        or ((rgb := _RGB.fullmatch(value)) is not None and all(int(c) <= 255 for c in rgb.groups()))
    )
    if ok:
        from rich.color import Color, ColorParseError

        try:
            Color.parse(rich_color(value))
        except ColorParseError:
            ok = False
    return None if ok else f"{_show(value)} is not a colour (use {COLOR_FORMS})"


def parse_theme(path: Path) -> ThemeSpec:
    """One theme file; ValueError with a one-line reason when it is not usable."""
    try:
        data = safe_yaml.load_file(path)
    except FileNotFoundError:
        raise ValueError("cannot read (no such file)") from None
    except safe_yaml.YamlProblem as exc:
        raise ValueError(str(exc)) from None
    if not isinstance(data, dict):
        raise ValueError("must be a mapping with name, dark, colors, entities, figures")
    name = data.get("name", path.stem)
    if not isinstance(name, str) or not name.strip() or not name.isprintable():
        raise ValueError(f"name: must be a short line of text, not {_show(name)}")
    if len(name) > MAX_NAME:
        raise ValueError(f"name: longer than {MAX_NAME} characters")
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ValueError(f"dark: must be true or false, not {_show(dark)}")
    colors = _colour_table(data.get("colors"), "colors", COLOR_KEYS)
    entities = _colour_table(data.get("entities"), "entities", ENTITY_KEYS)
    figures = data.get("figures")
    if figures is None:
        raise ValueError("missing the figures colour")
    if (problem := color_problem(figures)) is not None:
        raise ValueError(f"figures: {problem}")
    return ThemeSpec(
        name=name.strip(), dark=dark, colors=colors, entities=entities, figures=figures, path=path
    )


def _colour_table(table: Any, section: str, keys: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(table, dict):
        raise ValueError(f"missing the {section} mapping")
    for key in keys:
        if key not in table:
            raise ValueError(
                f"missing {'colour' if section == 'colors' else 'entity colour'} {key}"
            )
        if (problem := color_problem(table[key])) is not None:
            raise ValueError(f"{section}.{key}: {problem}")
    return {key: table[key] for key in keys}


def load_themes(user_dir: Path | None = None) -> tuple[dict[str, ThemeSpec], list[ThemeProblem]]:
    """Bundled themes, then the user's (a user theme may replace a bundled one; a broken
    one leaves it in place, and says so)."""
    themes: dict[str, ThemeSpec] = {}
    problems: list[ThemeProblem] = []
    bundled = bundled_dir("themes")
    for folder in (bundled, user_dir or user_themes_dir()):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.y*ml")):
            try:
                theme = parse_theme(path)
            except ValueError as exc:
                reason = str(exc)
                kept = themes.get(path.stem)
                if kept is not None and kept.path is not None and kept.path.parent == bundled:
                    reason += f"; using the bundled {kept.name}"
                problems.append(ThemeProblem(path, reason))
                continue
            themes[theme.name] = theme
    return themes, problems


def get_theme(name: str | None = None, user_dir: Path | None = None) -> ThemeSpec:
    """The named theme, else the default."""
    themes, _ = load_themes(user_dir)
    return themes.get(name or DEFAULT_THEME) or themes[DEFAULT_THEME]


def rich_color(color: str) -> str:
    """A theme colour for rich: Textual's "ansi_bright_cyan" is rich's "bright_cyan"."""
    return color.removeprefix("ansi_")


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
