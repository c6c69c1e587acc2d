"""Every command of the reader, defined once: its id, default keys, footer and palette
title and help line. The key bindings, the footer, the command palette and the help
screen are all derived from this table, and from the user's keymap (`keys:` in
config.yaml), so what the help shows is what the keys do.

Commands come in two scopes. A `reader` command belongs to the reader screen and is a
priority binding there: it wins over a pane's own use of the key, so a user who maps
`next_sentence: "n,down"` gets ↓ for the next sentence wherever the focus is. A `pane`
command is bound in every pane (list, summary, body, sidebar) and each pane does it
its own way: `j` moves the list's highlight, scrolls the body, steps through the
summary. Dialogs have their own keys and never see the reader's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding
from textual.keys import Keys, format_key

from briefing.errors import BriefingError

Scope = Literal["reader", "pane"]


@dataclass(frozen=True)
class Command:
    id: str
    """What a user names in `keys:` to remap it."""
    keys: str
    """The default keys, comma-separated Textual key names."""
    action: str
    title: str
    """The footer's and the palette's name for it."""
    help: str
    """One line for the help screen and the palette."""
    scope: Scope = "reader"
    footer: bool = False
    group: str = "Reading"
    """The help screen's section."""
    footer_group: str = ""
    """Commands with the same one share one footer entry ("+ - Length"): an 80-column
    footer holds every footer command and the palette's key."""


COMMANDS: tuple[Command, ...] = (
    # moving: every pane owns these and does them its own way
    Command("down", "j,down", "cursor_down", "Down", "down: the next article, sentence or figure; scrolls the article", "pane", group="Moving"),
    Command("up", "k,up", "cursor_up", "Up", "up: the previous article, sentence or figure; scrolls the article", "pane", group="Moving"),
    Command("first", "g,home", "first", "First", "to the first article or row; the top of the article", "pane", group="Moving"),
    Command("last", "G,end", "last", "Last", "to the last article or row; the end of the article", "pane", group="Moving"),
    Command("page_down", "pagedown", "page_down", "Page down", "a page down in the focused pane", "pane", group="Moving"),
    Command("page_up", "pageup", "page_up", "Page up", "a page up in the focused pane", "pane", group="Moving"),
    # the summary
    Command("next_sentence", "n,right_square_bracket", "next_sentence", "Next",
            "next summary sentence: the article scrolls to it and highlights it", footer=True, group="Summary",
            footer_group="Sentence"),
    Command("previous_sentence", "p,left_square_bracket", "previous_sentence", "Prev",
            "previous summary sentence", footer=True, group="Summary", footer_group="Sentence"),
    Command("longer", "plus,equals_sign", "longer", "Longer",
            "a longer summary (from the cache, no model load)", footer=True, group="Summary",
            footer_group="Length"),
    Command("shorter", "minus", "shorter", "Shorter", "a shorter summary", footer=True, group="Summary",
            footer_group="Length"),
    Command("cycle_algorithm", "a", "cycle_algorithm", "Summariser",
            "next summariser (briefing, lexrank, textrank, lsa, luhn, …)", group="Summary"),
    # the article
    Command("read_on", "space", "read_on", "Read on", "a page down in the article, wherever the focus is", group="Article"),
    Command("reading_mode", "z", "reading_mode", "Reading mode",
            "the article across the whole width, list and sidebar folded away (z again: back)", group="Article"),
    Command("find", "F", "find", "Find", "find words in the article: every match highlighted", group="Article"),
    Command("next_match", "full_stop", "next_match", "Next match", "the next match of the find", group="Article"),
    Command("previous_match", "comma", "previous_match", "Previous match", "the previous match of the find", group="Article"),
    Command("open_url", "o", "open_url", "Open", "open the article's web page in the browser ($BROWSER if set)",
            footer=True, group="Article"),
    Command("copy_url", "y", "copy_url", "Copy URL", "copy the article's web address to the clipboard", group="Article"),
    # the library
    Command("next_unread", "N", "next_unread", "Next unread", "the next unread article in the list", group="Library"),
    Command("mark_all_read", "A", "mark_all_read", "All read", "mark every article in the list read (u undoes it)", group="Library"),
    Command("undo", "u", "undo", "Undo", "undo the last A: those articles are unread again", group="Library"),
    Command("unread_only", "H", "unread_only", "Unread only", "hide the read articles / show them again", group="Library"),
    Command("starred_only", "S", "starred_only", "Starred only", "only the starred articles / all again", group="Library"),
    Command("toggle_read", "r", "toggle_read", "Read",
            "mark read / unread (an article shown for two seconds becomes read)", group="Library"),
    Command("toggle_star", "s", "toggle_star", "Star", "star / unstar", group="Library"),
    Command("search", "slash", "search", "Search", "search titles and bodies (combines with f)", footer=True, group="Library"),
    Command("filter_entity", "f", "filter_entity", "Filter",
            "only the articles that mention the highlighted name, under any of its spellings", group="Library"),
    Command("clear_filters", "escape", "clear_filters", "Clear filters",
            "clear the search, the name and tag filters and new only", group="Library"),
    Command("new_only", "w", "new_only", "New only",
            "only the articles that arrived since the last launch / all again", group="Library"),
    Command("pick_tag", "T", "pick_tag", "Tags",
            "only the articles with a tag (a picker of the library's tags; combines with / and f)",
            group="Library"),
    Command("cycle_order", "O", "cycle_order", "Order",
            "sort by date → by source → grouped by source", group="Library"),
    Command("reload", "R", "reload", "Reload",
            "fetch the feeds (if any), then read the library again: new and changed files appear",
            footer=True, group="Library"),
    Command("brief", "b", "brief", "Brief", "the daily brief of the articles in the list", group="Library"),
    # the look
    Command("toggle_entities", "e", "toggle_entities", "Entities",
            "entity colours on / off, in the article and the sidebar", group="Look"),
    Command("pick_entity_types", "E", "pick_entity_types", "Entity types",
            "choose which kinds of names are coloured (kept between runs)", group="Look"),
    Command("pick_theme", "t", "pick_theme", "Theme",
            "choose a theme (kept between runs; BRIEFING_THEME, if set, wins at start)", group="Look"),
    Command("toggle_sidebar", "i", "toggle_sidebar", "Sidebar",
            "show / hide the sidebar when the terminal is narrow (in the list's place)", group="Look"),
    Command("toggle_list", "l", "toggle_list", "List",
            "switch between the list and the article when the terminal is tiny", group="Look"),
    Command("help", "question_mark", "help", "Help", "all keys", footer=True, group="App"),
    Command("quit", "q", "app.quit", "Quit", "quit", footer=True, group="App"),
)  # fmt: skip

BY_ID: dict[str, Command] = {c.id: c for c in COMMANDS}

FIXED_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Moving", "enter", "on an article: open it; on a sentence or a figure: jump to it"),
    ("Moving", "tab / shift+tab", "next / previous pane"),
    ("App", "ctrl+p", "command palette: every command by name"),
)
"""Keys the panes and Textual give that are not remapped: shown in the help too."""

GROUPS = ("Moving", "Summary", "Article", "Library", "Look", "App")

_MODIFIERS = ("ctrl", "alt", "shift", "meta", "super", "hyper")
_NAMED_KEYS = frozenset(k.value for k in Keys)


def normalise_key(key: str) -> str:
    """A key as Textual names it: "?" is "question_mark", "+" is "plus", "F5" is "f5"."""
    key = key.strip()
    if len(key) > 1:  # a name, maybe with modifiers: only a one-letter key keeps its case
        *modifiers, base = key.split("+")
        return "+".join([*(m.lower() for m in modifiers), base if len(base) == 1 else base.lower()])
    if key.isalnum():
        return key
    name = unicodedata.name(key, key).lower().replace("-", "_").replace(" ", "_")
    return {"solidus": "slash", "reverse_solidus": "backslash", "commercial_at": "at",
            "hyphen_minus": "minus", "plus_sign": "plus", "low_line": "underscore"}.get(name, name)  # fmt: skip


def is_key(key: str) -> bool:
    """A key Textual can bind: a character, a named key (down, pagedown, f5), optionally
    with modifiers (ctrl+b)."""
    *modifiers, base = key.split("+")
    if any(m not in _MODIFIERS for m in modifiers) or not base:
        return False
    if len(base) == 1 or base in _NAMED_KEYS or base in ("space", "enter", "escape", "tab"):
        return True
    try:
        unicodedata.lookup(base.replace("_", " "))
    except KeyError:
        return {"plus": "+", "minus": "-", "slash": "/", "backslash": "\\", "at": "@",
                "underscore": "_"}.get(base) is not None  # fmt: skip
    return True


def key_label(key: str) -> str:
    """How a key is written for people: "?", "]", "esc", "pgdn", "ctrl+b", "enter"."""
    return {"enter": "enter", "space": "space"}.get(key) or format_key(key)


def keys_label(keys: Iterable[str]) -> str:
    return " / ".join(key_label(k) for k in keys)


Keymap = dict[str, tuple[str, ...]]


def resolve_keymap(overrides: Mapping[str, str]) -> Keymap:
    """Every command's keys: the user's where given (validated), else the defaults less
    any key the user gave to another command. A BriefingError (exit 2) names an unknown
    command, an unknown key or a key given to two commands."""
    known = ", ".join(BY_ID)
    chosen: dict[str, tuple[str, ...]] = {}
    for command_id, given in overrides.items():
        if command_id not in BY_ID:
            raise BriefingError(f"keys: unknown command {command_id!r} (known: {known})", 2)
        parsed = tuple(normalise_key(k) for k in str(given).split(",") if k.strip())
        if not parsed:
            raise BriefingError(f"keys: {command_id}: no key given", 2)
        for key in parsed:
            if not is_key(key):
                raise BriefingError(f"keys: {command_id}: {key!r} is not a key name", 2)
        chosen[command_id] = parsed
    owner: dict[str, str] = {}
    for command_id, keys in chosen.items():
        for key in keys:
            if key in owner:
                raise BriefingError(
                    f"keys: {key_label(key)} is given to both {owner[key]} and {command_id}", 2
                )
            owner[key] = command_id
    keymap: Keymap = {}
    for command in COMMANDS:
        if command.id in chosen:
            keymap[command.id] = chosen[command.id]
        else:
            keymap[command.id] = tuple(k for k in command.keys.split(",") if k not in owner)
    return keymap


def textual_keymap(keymap: Keymap) -> dict[str, str]:
    """The keymap as Textual's `App.set_keymap` takes it (a command with no keys left
    gets an unused key name, so Textual drops its defaults)."""
    return {cid: ",".join(keys) or "unbound_key" for cid, keys in keymap.items()}


def bindings(scope: Scope) -> list[Binding]:
    """The default bindings of one scope (the keymap then replaces their keys by id)."""
    return [
        Binding(
            c.keys,
            c.action,  # the reader screen's actions, or each pane's own
            c.title,
            show=c.footer,
            id=c.id,
            tooltip=c.help,
            priority=scope == "reader",
            group=Binding.Group(c.footer_group) if c.footer_group else None,
        )
        for c in COMMANDS
        if c.scope == scope
    ]


def help_rows(keymap: Keymap) -> list[tuple[str, list[tuple[str, str]]]]:
    """The help screen: (section, [(keys, what they do)]) with the active keys."""
    sections: dict[str, list[tuple[str, str]]] = {g: [] for g in GROUPS}
    for command in COMMANDS:
        active = keymap.get(command.id, ())
        sections[command.group].append((keys_label(active) if active else "(no key)", command.help))
    for group, fixed, does in FIXED_KEYS:
        sections[group].append((fixed, does))
    return [(group, rows) for group, rows in sections.items() if rows]
