"""The list pane: what is going on (a fetch, what is new, the order), the filters in
force and the article list, drawn from a LibraryView (plain Python: the filters and the
marks are tested without a terminal).

It owns the rows: `refill()` draws the list again from the view (the filters or the
library changed), `redraw_row()` and `redraw_rows()` one or every row's marks, and
`show_counts()` the header, the status lines and the title bar's counts.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static
from textual.widgets.option_list import Option

from briefing.article import Article, LoadProblem
from briefing.tui.library_view import ORDER_LABELS, Filters, LibraryView
from briefing.tui.widgets.article_list import (
    ArticleList,
    ArticleRow,
    RowMarks,
    group_label,
    problem_label,
)


class LibraryPane(Vertical):
    """The list of articles with its header and status lines."""

    def __init__(self, view: LibraryView, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = view
        self.shown: list[Article] = view.shown()
        """The articles the list shows, in its order."""
        self.problems: tuple[LoadProblem, ...] = ()
        """The files that could not be read: listed after the articles when unfiltered."""
        self.library_name = ""
        self.busy: dict[str, str] = {}
        """What runs now, by kind ("fetch": "fetching 3/7 feeds…"): on the title bar."""

    def compose(self) -> ComposeResult:
        # a fetch's progress, what is new since the last launch, the order
        yield Static(id="status")
        yield Static(id="filters")  # the filters in force, when there are
        yield ArticleList(id="articles", classes="pane")

    @property
    def articles(self) -> ArticleList:
        return self.query_one("#articles", ArticleList)

    @property
    def highlighted(self) -> Article | None:
        """The article under the list's cursor (the first one when the cursor is on a
        heading or nowhere; None when the list is empty)."""
        if not self.shown:
            return None
        option = self.articles.highlighted_option
        return option.article if isinstance(option, ArticleRow) else self.shown[0]

    def neighbours(self) -> list[Article]:
        """The articles in the rows just below and above the cursor (a j or k away)."""
        listed, at = self.articles, self.articles.highlighted
        if at is None:
            return []
        out = []
        for index in (at + 1, at - 1):
            if 0 <= index < listed.option_count:
                option = listed.get_option_at_index(index)
                if isinstance(option, ArticleRow):
                    out.append(option.article)
        return out

    def apply(self, filters: Filters) -> bool:
        """Show the articles `filters` keep; False (the list as it was) if none."""
        if not self.view.apply(filters):
            return False
        self.refill()
        return True

    def refill(self) -> None:
        """The rows again from the view; the article in view keeps the cursor if the
        list still has it, else the first one has it."""
        self.shown = self.view.shown()
        articles = self.articles
        current = self.highlighted_id()
        articles.clear_options()
        if self.view.order == "grouped":  # a heading over each source's articles
            for source, group in self.view.groups(self.shown):
                articles.add_option(Option(group_label(source, len(group)), disabled=True))
                articles.add_options(ArticleRow(a, self.marks, articles.row_width) for a in group)
        else:
            articles.add_options(ArticleRow(a, self.marks, articles.row_width) for a in self.shown)
        if not self.view.filters.active:  # unreadable files close the full list
            articles.add_options(
                Option(problem_label(p.path, p.reason), disabled=True) for p in self.problems
            )
        if self.shown:
            ids = {a.id for a in self.shown}
            articles.highlighted = articles.get_option_index(
                current if current in ids else self.shown[0].id
            )
        self.show_counts()

    def highlighted_id(self) -> str | None:
        """The id of the article the cursor was on before the rows changed."""
        articles = self.articles
        option = articles.highlighted_option if articles.highlighted is not None else None
        return option.id if isinstance(option, ArticleRow) else None

    def highlight(self, article: Article) -> None:
        self.articles.highlighted = self.articles.get_option_index(article.id)

    def marks(self, article_id: str) -> RowMarks:
        view = self.view
        return RowMarks(
            article_id in view.read,
            article_id in view.starred,
            article_id in view.new,
            len(view.copies.get(article_id, ())),
        )

    def redraw_row(self, article: Article) -> None:
        """One row's marks changed: that row is drawn again, not the whole list."""
        self.articles.redraw_row(article.id)
        self.show_counts()

    def redraw_rows(self) -> None:
        """Many marks changed: the visible rows and the counts are drawn again."""
        self.articles.redraw_rows()
        self.show_counts()

    def show_counts(self) -> None:
        """The list's header and the title bar: articles shown, unread, filters."""
        view = self.view
        self.border_title = Content(view.header())
        filters = view.filter_line()
        line = self.query_one("#filters", Static)
        # a Content, not a str: the line holds a search or a name, never markup
        line.update(Content(f"{filters} (esc clears)" if filters else ""))
        line.set_class(bool(filters), "-on")
        fetch = self.busy.get("fetch")
        status = [
            *([fetch] if fetch else []),
            *([new] if (new := view.new_line()) else []),
            *([ORDER_LABELS[view.order]] if view.order != "date" else []),
        ]
        line = self.query_one("#status", Static)
        line.update(Content("\n".join(status)))
        line.set_class(bool(status), "-on")
        parts = [self.library_name, f"{view.stories()} articles", f"{view.unread()} unread"]
        parts += [p for p in (fetch, self.busy.get("analysis")) if p]
        self.app.sub_title = " · ".join(parts)
