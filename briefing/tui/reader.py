"""The reader screen: the list, the article (title, summary, body) and the sidebar.

It owns the layout and the reader's keys. The layout follows the terminal's width
through Textual's breakpoints, which set one class on the screen for the size it has
now (a resize handler of our own read the size before the resize):

- `-tiny`, under 80 columns: the list and the article each take the whole width
  (`l` switches); the article's body gets every column.
- `-narrow`, 80–119: the list and the article; the sidebar folds away (`i` shows it).
- `-wide`, 120–149, and `-very-wide`, 150 and more: list, article and sidebar, the
  list and the sidebar wider on a very wide terminal.

`-short` (under 30 rows) gives the summary more of the height, so it holds more than
one sentence on an 80x24 terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from briefing.tui import commands
from briefing.tui.article_body import ArticleBody
from briefing.tui.article_list import ArticleList
from briefing.tui.panes import PaneList


class ReaderScreen(Screen[None]):
    """The reader's main screen (the app's default screen)."""

    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (Textual declares it so)
        (0, "-tiny"),
        (80, "-narrow"),
        (120, "-wide"),
        (150, "-very-wide"),
    ]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = list(commands.bindings("reader"))

    def __init__(self, mounted: Callable[[], None], empty: Static | None = None) -> None:
        """`mounted`: called once the panes exist, to fill them before the first frame."""
        super().__init__()
        self.mounted = mounted
        self.empty = empty

    def on_mount(self) -> None:
        # the breakpoint classes for the size at start, before the first layout (Textual
        # sets them on the first resize, after it)
        width, height = self.app.size
        for breakpoints, size in (
            (self.HORIZONTAL_BREAKPOINTS or [], width),
            (self.VERTICAL_BREAKPOINTS or [], height),
        ):
            fits = [name for least, name in breakpoints if size >= least]
            for _, name in breakpoints:
                self.set_class(name == fits[-1], name)
        self.query_one("#body").border_title = "Article"
        self.query_one("#sidebar").border_title = "Figures and names"
        self.set_class(self.empty is not None, "-empty")
        self.mounted()

    def fill(self) -> None:
        """The library was empty and now has articles (a reload, a fetch): the panes
        show in place of the words on how to add some."""
        self.remove_class("-empty")
        if self.empty is not None:
            self.empty.display = False

    def compose(self) -> ComposeResult:
        yield Header()
        if self.empty is not None:
            yield self.empty
        with Horizontal(id="main"):  # hidden while the library is empty
            with Vertical(id="list-pane"):
                # a fetch's progress, what is new since the last launch, the order
                yield Static(id="status")
                yield Static(id="filters")  # the filters in force, when there are
                yield ArticleList(id="articles", classes="pane")
            with Vertical(id="centre"):
                yield Static(id="title")
                yield PaneList(id="summary", classes="pane")
                yield ArticleBody(id="body", classes="pane")
            yield PaneList(id="sidebar", classes="pane")
        yield Footer(compact=True)
