"""The reader's themes as Textual takes them, and which one it starts in."""

from __future__ import annotations

from textual.theme import Theme

from briefing.themes import ThemeSpec


def starting_theme(configured: str, picked: str | None, from_env: str | None) -> str:
    """The theme at start: BRIEFING_THEME wins, then the theme last picked with `t`
    (kept between runs), then `theme:` in config.yaml, then the default."""
    if from_env:
        return configured  # the settings already hold the environment's theme
    return picked or configured


def textual_theme(spec: ThemeSpec) -> Theme:
    colors = {k: (None if v == "ansi_default" else v) for k, v in spec.colors.items()}
    return Theme(
        name=spec.name,
        dark=spec.dark,
        primary=colors["primary"] or "ansi_blue",
        secondary=colors["secondary"],
        accent=colors["accent"],
        background=colors["background"],
        surface=colors["surface"],
        panel=colors["panel"],
        foreground=colors["foreground"],
        warning=colors["warning"],
        error=colors["error"],
        success=colors["success"],
    )
