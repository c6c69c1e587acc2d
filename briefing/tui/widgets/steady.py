"""Widgets that do not ask for a second layout after one that resized them.

Moving to another article changes the summary's height, so the body's height and the
scroll bars' too. In Textual a widget whose size changes in a layout sets its
`virtual_size`, a reactive that asks for another layout; and every layout refreshes
the scroll bar of every scroll view, changed or not, which draws one more frame. After
each j that was two more frames, each a tick of the screen's clock later (about 40 ms
before the answer on the terminal was complete), for nothing new on the screen.

- `SteadySize`: a widget whose contents do not scroll (the scroll bars, the title
  lines) takes its new size without asking for another layout; the size change
  itself still draws it again.
- `SteadyScrolling`: a scroll view updates its scroll bar only when what the bar
  shows (the view's sizes, its scroll bar styles) changed, and its vertical bar is a
  `SteadySize` one.

These override Textual's private `_size_updated`, `_scroll_update` and the scroll bar
it makes (`_vertical_scrollbar`): Textual is pinned to an exact version in
pyproject.toml for such overrides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.geometry import Size
from textual.scrollbar import ScrollBar
from textual.widgets import Static

if TYPE_CHECKING:
    from textual.widget import Widget

    _Mixin = Widget
else:  # mixins: a Widget base would set can_focus on the classes that use them
    _Mixin = object


class SteadySize(_Mixin):
    """A widget that takes a new size without another layout."""

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        return super()._size_updated(size, virtual_size, container_size, layout=False)


class SteadyScrollBar(SteadySize, ScrollBar):
    """A scroll bar whose new height does not lay the screen out again."""


class SteadyStatic(SteadySize, Static):
    """A Static whose height follows its lines, without a second layout when it changes."""


class SteadyScrolling(_Mixin):
    """A scroll view whose scroll bar is updated only when what it shows changed."""

    _scroll_state: tuple[Any, ...] | None = None

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """The vertical scroll bar (made on first use, as Textual makes its own)."""
        if self._vertical_scrollbar is None:
            bar = SteadyScrollBar(
                vertical=True, name="vertical", thickness=self.scrollbar_size_vertical
            )
            bar.display = False
            self._vertical_scrollbar = bar
            self.app._start_widget(self, bar)
        return self._vertical_scrollbar

    def _scroll_update(self, virtual_size: Size) -> None:
        styles = self.styles
        state = (
            virtual_size,
            self.container_size,
            self.size,
            styles.overflow_x,
            styles.overflow_y,
            styles.scrollbar_size_vertical,
            styles.scrollbar_size_horizontal,
            styles.scrollbar_gutter,
        )
        if state == self._scroll_state:
            return
        self._scroll_state = state
        super()._scroll_update(virtual_size)
        # a change here comes with a layout, which draws the view's whole region (the
        # bar in it) again: the bar's own repaint would only be one more frame after it
        if (bar := self._vertical_scrollbar) is not None:
            bar._repaint_required = False
