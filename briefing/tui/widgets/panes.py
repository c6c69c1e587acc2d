"""The panes' common ground: each owns the moving keys of the commands table (j/k, g/G,
page up/down) and does them its own way; a list highlights a row when it takes the
focus, so the focus is never on nothing. Their rows of rich Text are drawn by rich
directly (`_get_option_render`), the same cells Textual would draw at a fraction of
the cost; Textual is pinned to an exact version for this override of OptionList's
private rendering."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar
from weakref import WeakKeyDictionary

from rich._wrap import divide_line
from rich.console import Console
from rich.segment import Segment
from rich.style import Style as RichStyle
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import RichVisual, Visual, visualize
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.tui import commands
from briefing.tui.widgets.steady import SteadyScrolling

RowKey = tuple[int, VisualStyle, int]
"""A drawn row's width, style and index."""


class PaneList(SteadyScrolling, OptionList):
    """An OptionList pane: the summary's sentences, the sidebar's figures and names."""

    BINDINGS: ClassVar[list[BindingType]] = list(commands.bindings("pane"))

    _rows_width = 0
    """The width the rows were drawn for."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._kept_rows: WeakKeyDictionary[Option, dict[RowKey, list[Strip]]] = WeakKeyDictionary()
        """Each shown option's drawn lines, by width, style and row (see `_drawn`)."""

    # OptionList's handler takes no event; Textual passes it to a handler that has one
    def _on_resize(self, event: events.Resize) -> None:  # type: ignore[override]
        """A new height alone keeps the rows as drawn. OptionList draws every row again
        on any resize, and the summary's height follows each article's sentences: that
        was one more frame of work on every move to another article."""
        if event.size.width == self._rows_width:
            event.prevent_default()
        self._rows_width = event.size.width

    def _get_visual(self, option: Option) -> Visual:
        """A row of rich Text is measured by rich (as it is drawn, `_get_option_render`)."""
        if (visual := option._visual) is None:
            prompt = option.prompt
            if isinstance(prompt, Text):
                visual = RichVisual(self, prompt)
            else:
                visual = visualize(self, prompt, markup=self._markup)
            option._visual = visual
        return visual

    def _get_option_render(self, option: Option, style: VisualStyle) -> list[Strip]:
        """A row of rich Text, wrapped and drawn by rich directly. Textual turns the
        Text into its own Content and draws it through several layers, about 1 ms a row
        here, on every row of every article shown: the sidebar's rows were a third of
        the frame after each j. The lines are the ones Textual draws: a line broken
        between words loses its trailing space, and each run of text carries its
        offset in the text as Textual's do (so the same runs stay apart)."""
        prompt = option.prompt
        padding = self.get_component_styles("option-list--option").padding
        if not isinstance(prompt, Text) or padding or option._divider:
            return super()._get_option_render(option, style)
        cache_key = (option, style, padding)
        if (strips := self._option_render_cache.get(cache_key)) is None:
            strips = self._drawn(option, style, self._option_to_index[option])
            self._option_render_cache[cache_key] = strips
        return strips

    KEEPS_DRAWN_ROWS = False
    """Whether a row's drawn lines are kept on its option (see `_drawn`): for panes
    whose options are made once and shown again as they are (the sidebar's), not for
    the list, whose rows change their prompts (a star, a read mark) in place."""

    def _drawn(self, option: Option, style: VisualStyle, index: int) -> list[Strip]:
        """The option's lines at row `index`, in `style`, at the pane's width: kept while
        the option lives (with KEEPS_DRAWN_ROWS), so that rows drawn ahead (`prepare`) or
        for an article shown before are not drawn again when the option is shown again
        (OptionList forgets its own cache whenever its options are replaced)."""
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        key = (width, style, index)
        kept: dict[RowKey, list[Strip]] = (
            self._kept_rows.setdefault(option, {}) if self.KEEPS_DRAWN_ROWS else {}
        )
        if (strips := kept.get(key)) is None:
            prompt = option.prompt
            assert isinstance(prompt, Text)  # the callers draw only rows of rich Text
            base = style.rich_style
            meta = {"option": index}
            strips = [
                Strip(
                    [
                        Segment(text, base + segment_style + RichStyle(meta={"offset": offset}))
                        for text, segment_style, offset in segments
                    ]
                )
                .extend_cell_length(width, base)
                .apply_meta(meta)
                for segments in _rows(prompt, width, self.app.console)
            ]
            if len(kept) > 4:
                kept.clear()  # another width or theme: the old lines are no use
            kept[key] = strips
        return strips

    def prepare(self, options: list[Option]) -> None:
        """Draw `options`' rows ahead, as they will be drawn when these are the pane's
        options (not highlighted): an article next to the one shown is drawn while the
        reader reads, and a j to it only lays it out."""
        if not self.KEEPS_DRAWN_ROWS or self.get_component_styles("option-list--option").padding:
            return
        if self.scrollable_content_region.width - self._get_left_gutter_width() <= 0:
            return  # folded away (a narrow terminal): drawn when it shows, at its width
        plain = self.get_visual_style("option-list--option")
        disabled = self.get_visual_style("option-list--option", "option-list--option-disabled")
        for index, option in enumerate(options):
            if isinstance(option.prompt, Text) and not option._divider:
                self._drawn(option, disabled if option.disabled else plain, index)

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


def _rows(
    text: Text, width: int, console: Console
) -> Iterator[list[tuple[str, RichStyle | None, tuple[int, int]]]]:
    """Each line of `text` wrapped to `width`, as rich wraps it (`Text.wrap`), a line
    broken between words without its trailing space: its segments, each with where it
    starts in `text` (offset in its paragraph, paragraph), as Textual marks its own."""
    for y, paragraph in enumerate(text.split(allow_blank=True)):
        if "\t" in paragraph.plain:
            paragraph.expand_tabs(text.tab_size or 8)
        if text.no_wrap:
            starts, lines = [0], [paragraph]
        else:
            offsets = divide_line(paragraph.plain, width, fold=True)
            starts, lines = [0, *offsets], list(paragraph.divide(offsets))
            for line in lines[:-1]:
                line.rstrip()
        for x, line in zip(starts, lines, strict=True):
            line.truncate(width, overflow=text.overflow or "fold")
            # the line's own style as a span, as rich joins lines to draw them (without
            # spans, Text.render would draw the line in no style at all)
            segments = []
            for segment in Text().join([line]).render(console, end=""):
                segments.append((segment.text, segment.style, (x, y)))
                x += len(segment.text)
            yield segments
