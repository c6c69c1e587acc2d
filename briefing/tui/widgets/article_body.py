"""The article body: a scroll view that wraps the text once and draws only what shows.

A Static in a scroll container renders every line of the article on each update (a
long article is 200 lines; about 10 ms a keystroke here). This view wraps the text
once per width (Rich's own word wrapping), keeps each line's character offset, and
turns a line into segments only when it scrolls into view. Knowing where each line
starts is also what n/p need: `line_of(offset)` is the line to scroll to.

Where the lines break depends only on the characters and the width, so the break
offsets of the last few texts are kept (`_breaks`): n/p, e and a theme restyle the
same characters, and j/k back to an article shown a moment ago wraps nothing again.
A change of height alone (the summary above grew) wraps nothing either.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from typing import ClassVar

from rich._wrap import divide_line
from rich.text import Text
from textual.binding import BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.tui import commands
from briefing.tui.widgets.steady import SteadyScrolling

BREAKS_KEPT = 16
"""Texts whose line breaks are kept (per width): an article and those around it."""

Breaks = list[list[int]]
"""Each paragraph's break offsets, as rich's divide_line gives them."""


class ArticleBody(SteadyScrolling, ScrollView, can_focus=True):
    """A read-only, word-wrapped, scrollable rich Text (never parsed as markup)."""

    DEFAULT_CSS = "ArticleBody { overflow-x: hidden; }"
    BINDINGS: ClassVar[list[BindingType]] = list(commands.bindings("pane"))

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.content = Text()
        self._width = 0
        self._lines: list[Text] = []
        self._starts: list[int] = []
        self._strips: dict[int, Strip] = {}
        self._breaks: OrderedDict[tuple[str, int], Breaks] = OrderedDict()

    def update(self, text: Text) -> None:
        """Show `text` (its spans give the colours), from the top."""
        self.scroll_to(y=0, animate=False)
        self.restyle(text)

    def restyle(self, text: Text) -> None:
        """Show `text`, the same characters with other colours, at the same place."""
        self.content = text
        self._width = 0
        self._wrap()
        self.refresh()

    def line_of(self, offset: int) -> int:
        """The wrapped line that holds character `offset` of the text."""
        self._wrap()
        return max(0, bisect_right(self._starts, offset) - 1)

    def offset_at_top(self) -> int:
        """The character offset where the first line in view starts."""
        self._wrap()
        if not self._starts:
            return 0
        return self._starts[min(int(self.scroll_y), len(self._starts) - 1)]

    def scroll_to_offset(self, offset: int, context: int = 2) -> None:
        """Scroll so the line holding `offset` is near the top, `context` lines below it."""
        self.scroll_to(y=max(0, self.line_of(offset) - context), animate=False)

    def _wrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._width = width
        self._lines, self._starts, self._strips = [], [], {}
        start = 0
        paragraphs = self.content.split("\n", allow_blank=True)
        breaks = self._breaks_of(self.content.plain, [p.plain for p in paragraphs], width)
        for paragraph, offsets in zip(paragraphs, breaks, strict=True):
            for line_start, line in zip([0, *offsets], paragraph.divide(offsets), strict=True):
                self._starts.append(start + line_start)
                self._lines.append(line)
            start += len(paragraph.plain) + 1
        self.virtual_size = Size(width, len(self._lines))

    def _breaks_of(self, plain: str, paragraphs: list[str], width: int) -> Breaks:
        """Where each paragraph's lines break at `width`: remembered for a few texts."""
        key = (plain, width)
        breaks = self._breaks.get(key)
        if breaks is None:
            breaks = [divide_line(p, width, fold=True) for p in paragraphs]
            self._breaks[key] = breaks
            while len(self._breaks) > BREAKS_KEPT:
                self._breaks.popitem(last=False)
        else:
            self._breaks.move_to_end(key)
        return breaks

    def notify_style_update(self) -> None:
        """A new theme: the lines drawn in the old one's colours are drawn again (they
        were kept with the old background and foreground baked in)."""
        super().notify_style_update()
        self._strips.clear()
        self.refresh()

    # the moving keys of the commands table, done as a body does them: scrolling
    def action_cursor_down(self) -> None:
        self.scroll_down(animate=False)

    def action_cursor_up(self) -> None:
        self.scroll_up(animate=False)

    def action_first(self) -> None:
        self.scroll_home(animate=False)

    def action_last(self) -> None:
        self.scroll_end(animate=False)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def on_resize(self) -> None:
        """A new width wraps the text again; a new height alone does not."""
        if self.scrollable_content_region.width != self._width:
            self._width = 0
            self._wrap()

    def render_line(self, y: int) -> Strip:
        self._wrap()
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        strip = self._strips.get(index)
        if strip is None:
            line = self._lines[index]
            segments = line.render(self.app.console, end="")
            strip = Strip(segments).apply_style(self.rich_style)
            strip = strip.extend_cell_length(width, self.rich_style)
            self._strips[index] = strip
        return strip.crop(0, width)
