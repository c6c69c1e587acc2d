"""The panes' common ground: each owns the moving keys of the commands table (j/k, g/G,
page up/down) and does them its own way; a list highlights a row when it takes the
focus, so the focus is never on nothing."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.widgets import OptionList

from briefing.tui import commands


class PaneList(OptionList):
    """An OptionList pane: the summary's sentences, the sidebar's figures and names."""

    BINDINGS: ClassVar[list[BindingType]] = list(commands.bindings("pane"))

    _rows_width = 0
    """The width the rows were drawn for."""

    # OptionList's handler takes no event; Textual passes it to a handler that has one
    def _on_resize(self, event: events.Resize) -> None:  # type: ignore[override]
        """A new height alone keeps the rows as drawn. OptionList draws every row again
        on any resize, and the summary's height follows each article's sentences: that
        was one more frame of work on every move to another article."""
        if event.size.width == self._rows_width:
            event.prevent_default()
        self._rows_width = event.size.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """No height at no width (OptionList would try to wrap its rows into 0 columns)."""
        return 0 if width <= 0 else super().get_content_height(container, viewport, width)

    def on_focus(self) -> None:
        self._highlight_a_row()

    def keep_a_row(self) -> None:
        """New rows came: while the list has the focus, one of them is highlighted."""
        if self.has_focus:
            self._highlight_a_row()

    def _highlight_a_row(self) -> None:
        """The first row that can be chosen, unless one is highlighted."""
        if self.highlighted is None or self.get_option_at_index(self.highlighted).disabled:
            self.action_first()

    def action_first(self) -> None:
        """The first row that can be chosen (headings cannot)."""
        for index, option in enumerate(self.options):
            if not option.disabled:
                self.highlighted = index
                return

    def action_last(self) -> None:
        for index in range(self.option_count - 1, -1, -1):
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index
                return
