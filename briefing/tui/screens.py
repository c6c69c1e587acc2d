"""Modal screens: help (every key binding) and search."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

HELP_CSS = """
HelpScreen, SearchScreen, BriefScreen { align: center middle; }
#brief { width: 90%; height: 90%; border: round $primary; background: $surface; padding: 0 1; }
#help, #search-box { width: 64; height: auto; max-height: 90%; border: round $primary;
                     background: $surface; padding: 1 2; }
"""


def _key_names(keys: str) -> str:
    names = {"plus": "+", "minus": "-", "equals_sign": "=", "slash": "/", "question_mark": "?",
             "right_square_bracket": "]", "left_square_bracket": "[", "escape": "esc"}  # fmt: skip
    return " / ".join(names.get(k, k) for k in keys.split(","))


class HelpScreen(ModalScreen[None]):
    """Every key the reader knows, from the app's own bindings."""

    DEFAULT_CSS = HELP_CSS
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]  # noqa: RUF012

    def __init__(self, bindings: list[Binding]) -> None:
        super().__init__()
        self.bindings_shown = bindings

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        table.add_row("j / k, ↓ / ↑", "move in the focused list")
        table.add_row("tab / shift+tab", "next / previous pane")
        for binding in self.bindings_shown:
            if binding.key not in ("j", "k"):
                table.add_row(_key_names(binding.key), binding.description)
        table.add_row("ctrl+p", "command palette")
        with Vertical(id="help"):
            yield Static("Keys", classes="title")
            yield Static(table)


class SearchScreen(ModalScreen[str | None]):
    """Ask for words to find in titles and bodies."""

    DEFAULT_CSS = HELP_CSS
    BINDINGS = [Binding("escape", "cancel", "Cancel")]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Static("Search titles and articles (enter to search, esc to cancel)")
            yield Input(placeholder="words…", id="query")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class BriefScreen(ModalScreen[None]):
    """The daily brief of the articles in the list, as text (escape closes)."""

    DEFAULT_CSS = HELP_CSS
    BINDINGS = [Binding("escape,q,b", "dismiss", "Close")]  # noqa: RUF012

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        from rich.text import Text

        with VerticalScroll(id="brief"):
            yield Static(Text(self.text))
