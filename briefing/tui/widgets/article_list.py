"""The article list: an OptionList whose rows are all exactly three lines tall.

OptionList measures every option (wraps its text) to lay out the list, which costs
about 0.2 s per 1,000 articles before the first frame and again on each resize. Every
row here is two lines of title (wrapped here to the list's width, a longer title
ends in an ellipsis) and one line of date, source and reading time, so the layout is
known without measuring; and a row's label is built only when the row is first drawn
(ArticleRow), so only the visible rows cost anything. Two titles that start with the
same words still differ on the screen. Textual is pinned to an exact version in
pyproject.toml because this overrides OptionList's private line bookkeeping
(`_update_lines`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import NamedTuple

from rich._wrap import divide_line
from rich.text import Text
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.article import Article
from briefing.text_safety import inert
from briefing.tui.widgets.panes import PaneList

ROW_HEIGHT = 3
TITLE_LINES = 2
MARKS = 3
"""Columns before the title: the star, the unread dot and a space."""
WORDS_PER_MINUTE = 230


def reading_minutes(article: Article) -> int:
    return max(1, round(article.words / WORDS_PER_MINUTE))  # from the index: no file read


def title_lines(title: str, width: int, lines: int = TITLE_LINES) -> list[str]:
    """The title wrapped to `width` in at most `lines` lines, the last one ending in an
    ellipsis when the title goes on."""
    title = " ".join(title.split())
    if width <= 1:
        return [title[:1]]
    offsets = divide_line(title, width, fold=True)
    starts = [0, *offsets]
    out = [title[a:b].rstrip() for a, b in zip(starts, [*offsets, len(title)], strict=True)]
    if len(out) > lines:
        out = out[:lines]
        last = out[-1][: width - 1].rstrip()
        out[-1] = last + "…"
    return out


class RowMarks(NamedTuple):
    read: bool
    starred: bool
    new: bool = False
    """Arrived since the previous launch."""
    copies: int = 0
    """Other copies of the story, from other feeds (shown as "+1" before the date)."""


def article_label(
    article: Article,
    read: bool,
    starred: bool,
    width: int = 40,
    *,
    new: bool = False,
    copies: int = 0,
) -> Text:
    """The three lines of an article's row: marks and two lines of title, then date,
    source and reading time, after "new" when it arrived since the previous launch and
    "+1" for each other copy of the story (from other feeds)."""
    label = Text(no_wrap=True, overflow="ellipsis", end="")
    label.append("★" if starred else " ", style="yellow")
    label.append(" " if read else "●", style="dim" if read else "bold")
    label.append(" ")
    lines = title_lines(article.title, max(1, width - MARKS))
    style = "dim" if read else ""
    label.append(lines[0], style=style)
    label.append("\n" + " " * MARKS + (lines[1] if len(lines) > 1 else ""), style=style)
    more = f"+{copies} · " if copies else ""  # before the source: a long one is cut
    meta = f"{more}{short_date(article.date)} · {article.source} · {reading_minutes(article)} min"
    if new:
        label.append("\n" + " " * MARKS)
        label.append("new", style="bold")
        label.append(f" · {meta}", style="dim")
    else:  # one span: the row draws as one run of text
        label.append(f"\n{' ' * MARKS}{meta}", style="dim")
    return label


def group_label(source: str, count: int) -> Text:
    """The three lines of a source's heading when the list is grouped by source."""
    label = Text(no_wrap=True, overflow="ellipsis", end="")
    label.append("\n")
    label.append(inert(source), style="bold underline")
    label.append(f" · {count} article{'s' * (count != 1)}", style="dim")
    label.append("\n ")
    return label


def problem_label(path: str, reason: str) -> Text:
    """The three lines of a file that could not be read: its name, then why."""
    label = Text(no_wrap=True, overflow="ellipsis", end="")
    label.append("  ⚠ ", style="bold red")
    label.append(inert(path.rsplit("/", 1)[-1]))  # a file name can hold escape codes
    label.append(f"\n   {inert(reason)}\n ", style="dim")
    return label


def short_date(when: datetime, today: date | None = None) -> str:
    """ "14:05" today, "12 Oct" this year, "12 Oct 2024" before: short enough for a narrow
    list, where the source name may be cut but the date should not."""
    today = today or date.today()
    if when.date() == today:
        return f"{when:%H:%M}"
    if when.year == today.year:
        return f"{when.day} {when:%b}"
    return f"{when.day} {when:%b %Y}"


class ArticleRow(Option):
    """An article's row; its label is made when first drawn, from the current marks
    and the list's width."""

    def __init__(
        self,
        article: Article,
        marks: Callable[[str], RowMarks],
        width: Callable[[], int],
    ) -> None:
        super().__init__("", id=article.id)
        self.article = article
        self._marks = marks
        self._width = width

    @property
    def prompt(self) -> Text:
        marks = self._marks(self.article.id)
        return article_label(
            self.article,
            marks.read,
            marks.starred,
            self._width(),
            new=marks.new,
            copies=marks.copies,
        )

    def forget(self) -> None:
        """Make the label again when next drawn (the marks or the width changed):
        OptionList keeps each option's rendering (`_visual`) until told."""
        self._visual = None


class ArticleList(PaneList):
    """An OptionList of articles laid out without measuring each row."""

    DEFAULT_CSS = """
    ArticleList { text-wrap: nowrap; text-overflow: ellipsis; scrollbar-gutter: stable; }
    """

    class Moved(Message):
        """The cursor moved to another article, and the frame that shows it moved has
        been drawn (keys faster than frames, a held j, announce only the article they
        stop on)."""

        def __init__(self, article: Article) -> None:
            super().__init__()
            self.article = article

    class Opened(Message):
        """Enter on an article: the reader turns to it."""

    _announcing = False

    highlighted: reactive[int | None] = reactive(None, repaint=False)
    """As OptionList's, but a move draws only the two rows it changes (see
    watch_highlighted): redrawing the whole list for a cursor of two rows was a quarter
    of the work of each j before its frame could go out."""

    @property
    def article(self) -> Article | None:
        """The article under the cursor (None on a heading, a problem or nowhere)."""
        option = self.highlighted_option if self.highlighted is not None else None
        return option.article if isinstance(option, ArticleRow) else None

    _drawn_highlight: int | None = None
    """The row the cursor was last drawn on."""

    def watch_highlighted(self, highlighted: int | None) -> None:
        scrolled, old = self.scroll_offset, self._drawn_highlight
        self._drawn_highlight = highlighted
        super().watch_highlighted(highlighted)
        if self.scroll_offset != scrolled:
            self.refresh()  # the list moved under the cursor: every row is new
        else:
            lines = self._line_cache.index_to_line
            for index in (old, highlighted):
                if index is not None and index in lines:
                    self.refresh_lines(lines[index], ROW_HEIGHT)
        if not self._announcing:
            self._announcing = True
            self.set_timer(0.05, self._announce)  # if the list is hidden (a tiny screen)

    def _announce(self) -> None:
        """Say where the cursor is, to the screen itself: bubbling up through the
        panes would take one turn of the event loop per container, on every j."""
        if self._announcing:
            self._announcing = False
            if (article := self.article) is not None:
                self.screen.post_message(self.Moved(article))

    def render_lines(self, crop: Region) -> list[Strip]:
        lines = super().render_lines(crop)
        if self._announcing:  # the moved cursor is on its way to the terminal
            self._announce()  # handled once this frame is out
        return lines

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Opened())

    def row_width(self) -> int:
        """The columns a row's label has (the list's less its scrollbar's)."""
        return self.scrollable_content_region.width - self._get_left_gutter_width()

    def redraw_rows(self) -> None:
        """Draw every row again (many marks changed, or the width); only the visible
        ones cost."""
        for option in self.options:
            if isinstance(option, ArticleRow):
                option.forget()
        self._clear_caches()

    def on_resize(self) -> None:
        """Titles are wrapped to the width: a new width, new labels."""
        self.redraw_rows()

    def redraw_row(self, article_id: str) -> None:
        """Draw one row again (its read/star marks changed)."""
        self.replace_option_prompt(article_id, self.get_option(article_id).prompt)

    def action_cursor_down(self) -> None:
        """Down stops at the last article (OptionList would wrap to the top)."""
        self._step(1)

    def action_cursor_up(self) -> None:
        """Up stops at the first article."""
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self.highlighted is None:
            super().action_cursor_down() if direction > 0 else super().action_cursor_up()
            return
        index = self.highlighted + direction
        while 0 <= index < self.option_count:
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index
                return
            index += direction

    def _update_lines(self) -> None:
        cache = self._line_cache
        if cache.lines and len(cache.lines) == ROW_HEIGHT * self.option_count:
            return  # laid out (OptionList asks on every line it draws)
        if not self.scrollable_content_region:
            return
        start = cache.lines[-1][0] + 1 if cache.lines else 0
        for index in range(start, len(self.options)):
            cache.index_to_line[index] = len(cache.lines)
            cache.heights[index] = ROW_HEIGHT
            cache.lines.extend((index, line) for line in range(ROW_HEIGHT))
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        virtual_size = Size(width, len(cache.lines))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)
