"""Modal screens: help (every key binding), search, the brief, and the theme and
entity-type pickers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, ProgressBar, SelectionList, Static
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

HELP_CSS = """
HelpScreen, SearchScreen, BriefScreen, ThemeScreen, EntityTypesScreen { align: center middle; }
#themes, #entity-types { width: 48; height: auto; max-height: 80%; border: round $primary;
                         background: $surface; padding: 0 1; }
#brief { width: 90%; height: 90%; border: round $primary; background: $surface; padding: 0 1; }
#help { width: 100%; max-width: 84; height: auto; max-height: 100%; border: round $primary;
        background: $surface; padding: 0 1; }
#search-box { width: 100%; max-width: 64; height: auto; border: round $primary;
              background: $surface; padding: 0 1; }
"""


class HelpScreen(ModalScreen[None]):
    """Every key the reader knows, from the app's own bindings."""

    DEFAULT_CSS = HELP_CSS
    BINDINGS = [  # noqa: RUF012
        Binding("escape,q,question_mark", "dismiss", "Close"),
        Binding("j", "scroll(1)", show=False),
        Binding("k", "scroll(-1)", show=False),
    ]

    def __init__(self, sections: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> None:
        """`sections`: (heading, [(keys, what they do)]), with the keys in use now."""
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column(ratio=1)
        for index, (heading, rows) in enumerate(self.sections):
            if index:
                table.add_row("", "")
            table.add_row(Text(heading, style="underline"), "")
            for keys, does in rows:  # Text cells: a key such as "[" is never read as markup
                table.add_row(Text(keys), Text(does))
        with VerticalScroll(id="help"):  # scrolls (j/k, ↓/↑) when the terminal is short
            yield Static(Content("Keys (esc closes)"), classes="title")
            yield Static(table)

    def on_mount(self) -> None:
        self.query_one("#help", VerticalScroll).focus()

    def action_scroll(self, step: int) -> None:
        help_box = self.query_one("#help", VerticalScroll)
        help_box.scroll_relative(y=step, animate=False)


class SearchScreen(ModalScreen[str | None]):
    """Ask for words to find in titles and bodies."""

    DEFAULT_CSS = HELP_CSS
    BINDINGS = [Binding("escape", "cancel", "Cancel")]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Static(Content("Search titles and articles (enter to search, esc to cancel)"))
            yield Input(placeholder="words…", id="query")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class BriefScreen(ModalScreen[None]):
    """The daily brief of the articles in the list, as text (escape closes).

    It opens at once with a progress bar while the reader builds the brief in a
    worker (a month of articles takes a moment), then shows the text, laid out for
    the width the dialog really has, and again when the terminal is resized, so its
    lines are never wrapped a second time."""

    DEFAULT_CSS = HELP_CSS
    BINDINGS = [Binding("escape,q,b", "dismiss", "Close")]  # noqa: RUF012

    def __init__(self, render: Callable[[int], str] | None = None, total: int = 0) -> None:
        super().__init__()
        self.render_brief = render
        self._built = render is not None
        self.total = total
        self.text = ""
        self._width = 0

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="brief"):
            yield Static(
                Content(f"Building the brief of {self.total} articles…"), id="brief-status"
            )
            yield ProgressBar(total=self.total or None, id="brief-progress")
            yield Static(id="brief-text")

    def on_mount(self) -> None:
        if self._built:  # a small brief can be ready before its screen is
            self._ready()

    def on_resize(self) -> None:
        self.call_after_refresh(self._fill)

    def on_unmount(self) -> None:
        self.app.workers.cancel_group(self.app, "brief")  # closed before it was built

    def advance(self, done: int) -> None:
        """The worker has read `done` of the articles' analyses."""
        if self.is_mounted:
            self.query_one("#brief-progress", ProgressBar).update(progress=done)

    def stage(self, text: str) -> None:
        """What the worker does now, over the progress bar ("Grouping into stories…")."""
        if self.is_mounted and not self._built:
            self.query_one("#brief-status", Static).update(text)

    def show(self, render: Callable[[int], str] | None) -> None:
        """The brief is built (None: there was nothing analysed to build it from)."""
        self.render_brief, self._built = render, True
        if self.is_mounted:
            self._ready()

    def _ready(self) -> None:
        self.query_one("#brief-progress").display = False
        if self.render_brief is None:
            self.query_one("#brief-status", Static).update("Nothing analysed yet.")
            return
        self.query_one("#brief-status").display = False
        self._fill()
        self.call_after_refresh(self._fill)  # again once laid out, if it was not yet

    def _fill(self) -> None:
        if self.render_brief is None:
            return
        box = self.query_one("#brief", VerticalScroll)
        width = max(30, box.scrollable_content_region.width - 2)  # room for a scrollbar
        if width != self._width:
            self._width = width
            self.text = self.render_brief(width)
            self.query_one("#brief-text", Static).update(Text(self.text))


class _Picker(ModalScreen):
    """A modal list that j / k move through, like the reader's lists."""

    def action_move(self, step: int) -> None:
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_cursor_down() if step > 0 else focused.action_cursor_up()


class ThemeScreen(_Picker):
    """Pick a theme: moving through the list previews each one; enter keeps it, escape
    goes back to the theme in use before."""

    DEFAULT_CSS = HELP_CSS
    BINDINGS = [  # noqa: RUF012
        Binding("escape,q", "cancel", "Cancel"),
        Binding("j", "move(1)", show=False),
        Binding("k", "move(-1)", show=False),
    ]

    def __init__(self, names: list[str], current: str, preview) -> None:
        super().__init__()
        self.names, self.current, self.preview = names, current, preview

    def compose(self) -> ComposeResult:
        # theme names come from the user's files: shown as they are, never as markup
        themes = OptionList(*(Option(Content(name), id=name) for name in self.names), id="themes")
        themes.border_title = "Theme (enter keeps, esc cancels)"
        yield themes

    def on_mount(self) -> None:
        themes = self.query_one("#themes", OptionList)
        themes.highlighted = self.names.index(self.current) if self.current in self.names else 0
        themes.focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.preview(event.option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.preview(self.current)
        self.dismiss(None)


class EntityTypesScreen(_Picker):
    """Choose which entity types are coloured in the body: space toggles one (the body
    behind updates at once), escape closes."""

    DEFAULT_CSS = HELP_CSS
    BINDINGS = [  # noqa: RUF012
        Binding("escape,q,E", "dismiss", "Close"),
        Binding("j", "move(1)", show=False),
        Binding("k", "move(-1)", show=False),
    ]

    def __init__(self, labels: list[tuple[str, str, bool]], changed) -> None:
        super().__init__()
        self.labels, self.changed = labels, changed

    def compose(self) -> ComposeResult:
        choices = SelectionList[str](
            *(Selection(Content(label), value, chosen) for label, value, chosen in self.labels),
            id="entity-types",
        )
        choices.border_title = "Entity types (space toggles, esc closes)"
        yield choices

    def on_mount(self) -> None:
        choices = self.query_one("#entity-types", SelectionList)
        choices.highlighted = 0
        choices.focus()

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        self.changed(set(event.selection_list.selected))
