"""The reader's screens: the reader itself (`reader.py`, with its library and reading
commands) and the dialogs over it (`dialogs.py`: help, search, the brief, pickers)."""

from briefing.tui.screens.dialogs import (
    BriefScreen,
    EntityTypesScreen,
    HelpScreen,
    SearchScreen,
    TagScreen,
    ThemeScreen,
)

__all__ = [
    "BriefScreen",
    "EntityTypesScreen",
    "HelpScreen",
    "SearchScreen",
    "TagScreen",
    "ThemeScreen",
]
