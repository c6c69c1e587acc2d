"""Themes: YAML files in themes/ (bundled) and in the user data dir, as plain data.

No textual here: the brief uses a theme's entity and figure colours with rich, and
the TUI turns a ThemeSpec into a Textual theme. A broken file is skipped and
reported (name and reason), never fatal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefing.analysis.model import ENTITY_LABELS
from briefing.config import DEFAULT_THEME, user_data_dir
from briefing.resources import bundled_dir

COLOR_KEYS = (
    "primary", "secondary", "accent", "background", "surface", "panel",
    "foreground", "warning", "error", "success",
)  # fmt: skip
ENTITY_KEYS = ENTITY_LABELS


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


def parse_theme(path: Path) -> ThemeSpec:
    """One theme file; ValueError with a one-line reason when it is not usable."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        raise ValueError("not valid YAML") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise ValueError("must be a mapping with name, dark, colors, entities, figures")
    data = with_base(data)
    name = data.get("name") or path.stem
    colors = data.get("colors")
    entities = data.get("entities")
    if not isinstance(colors, dict):
        raise ValueError("missing the colors mapping")
    missing = [k for k in COLOR_KEYS if not isinstance(colors.get(k), str)]
    if missing:
        raise ValueError(f"missing colour {missing[0]}")
    if not isinstance(entities, dict):
        raise ValueError("missing the entities mapping")
    missing = [k for k in ENTITY_KEYS if not isinstance(entities.get(k), str)]
    if missing:
        raise ValueError(f"missing entity colour {missing[0]}")
    if not isinstance(data.get("figures"), str):
        raise ValueError("missing the figures colour")
    return ThemeSpec(
        name=str(name),
        dark=bool(data.get("dark", True)),
        colors={k: str(colors[k]) for k in COLOR_KEYS},
        entities={k: str(entities[k]) for k in ENTITY_KEYS},
        figures=str(data["figures"]),
        path=path,
    )


def with_base(data: dict) -> dict:
    """A theme that names a bundled `base` (base: briefing-dark) and sets only what it
    changes: the base's dark, colors, entities and figures, overlaid with the theme's."""
    base_name = data.get("base")
    if base_name is None:
        return data
    bundled = {p.stem: p for p in bundled_dir("themes").glob("*.y*ml")}
    if not isinstance(base_name, str) or base_name not in bundled:
        raise ValueError(
            f"base {base_name!r} is not a bundled theme ({', '.join(sorted(bundled))})"
        )
    base = yaml.safe_load(bundled[base_name].read_text(encoding="utf-8"))
    merged = {**base, **{k: v for k, v in data.items() if k != "base"}}
    merged["name"] = data.get("name")  # never the base's: that would replace the base
    for key in ("colors", "entities"):
        own = data.get(key)
        if own is not None and not isinstance(own, dict):
            raise ValueError(f"{key} must be a mapping")
        merged[key] = {**base.get(key, {}), **(own or {})}
    return merged


def load_themes(user_dir: Path | None = None) -> tuple[dict[str, ThemeSpec], list[ThemeProblem]]:
    """Bundled themes, then the user's (a user theme may replace a bundled one)."""
    themes: dict[str, ThemeSpec] = {}
    problems: list[ThemeProblem] = []
    for folder in (bundled_dir("themes"), user_dir or user_themes_dir()):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.y*ml")):
            try:
                theme = parse_theme(path)
            except ValueError as exc:
                problems.append(ThemeProblem(path, str(exc)))
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
