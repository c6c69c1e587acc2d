"""Which articles the list shows, in what order, and the marks on them: plain Python, no
Textual, so the filters and marks are tested without a terminal.

The filters combine: a search, a name (every article that mentions it under any of
its spellings), a tag, unread only, starred only, new since the last launch. The
list's header says which are on and how many articles are unread. Marking every
shown article read can be undone.

One story carried by several feeds (`briefing.analysis.duplicates`: one address, or
one text) is one row: the first copy the filters keep stands for the others, and
marking it read or starred marks every copy. The order is by date (newest first), by
source, or grouped by source under a heading each.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Literal

from briefing.article import Article

Order = Literal["date", "source", "grouped"]
ORDERS: tuple[Order, ...] = ("date", "source", "grouped")
ORDER_LABELS: dict[Order, str] = {
    "date": "by date",
    "source": "by source",
    "grouped": "grouped by source",
}
"""How the list's header (and the notice on O) says the order."""


@dataclass(frozen=True)
class Filters:
    search: str = ""
    """Words to find in titles and bodies (case does not matter)."""
    name: str = ""
    """The name the `f` filter keeps (shown in the header)."""
    name_articles: frozenset[str] | None = None
    """The ids of the articles that mention it; None: no name filter."""
    tag: str = ""
    """The front-matter tag the articles must carry ("" for any)."""
    unread_only: bool = False
    starred_only: bool = False
    new_only: bool = False
    """Only the articles that arrived since the previous launch."""

    @property
    def active(self) -> bool:
        return bool(
            self.search
            or self.name_articles is not None
            or self.tag
            or self.unread_only
            or self.starred_only
            or self.new_only
        )

    def labels(self) -> list[str]:
        """The filters in force, as the list's header shows them."""
        out = []
        if self.search:
            out.append(f"“{self.search}”")
        if self.name_articles is not None:
            out.append(self.name)
        if self.tag:
            out.append(f"#{self.tag}")
        if self.new_only:
            out.append("new")
        if self.unread_only:
            out.append("unread")
        if self.starred_only:
            out.append("starred")
        return out


@dataclass
class LibraryView:
    """The library's articles, the filters on them and the read and starred marks."""

    articles: Sequence[Article]
    read: set[str] = field(default_factory=set)
    starred: set[str] = field(default_factory=set)
    filters: Filters = field(default_factory=Filters)
    new: frozenset[str] = frozenset()
    """The ids of the articles that arrived since `since` (the previous launch)."""
    since: datetime | None = None
    order: Order = "date"
    copies: Mapping[str, tuple[Article, ...]] = field(default_factory=dict)
    """For each article with copies, the other copies (`duplicates.copies_of`)."""
    _undo: list[set[str]] = field(default_factory=list)
    _found: tuple[str, object, frozenset[str]] = ("", None, frozenset())
    _stories: tuple[object, object, list[Article]] = (None, None, [])

    def unread_bodies(self) -> int:
        """How many articles' bodies are still in their files (a warm start reads a body
        only when it is shown): what a search would have to read first."""
        return sum(not a.body_read for a in self.articles)

    def prepare_search(self, search: str) -> None:
        """Find the articles `search` matches now, reading the bodies it needs, so that
        applying it later is quick (for a worker thread: the answer is kept)."""
        self._matching(search)

    def _matching(self, search: str) -> frozenset[str]:
        """The ids of the articles whose title or body holds `search` (the last search's
        answer is kept, for these articles: the header asks again after every mark, and
        a reload brings other articles)."""
        if self._found[0] != search or self._found[1] is not self.articles:
            needle = search.casefold()
            articles = self.articles
            found = frozenset(
                a.id
                for a in articles
                if needle in a.title.casefold() or needle in a.body.casefold()
            )
            self._found = (search, articles, found)
        return self._found[2]

    def keeps(self, article: Article, filters: Filters | None = None) -> bool:
        f = filters or self.filters
        if f.search and article.id not in self._matching(f.search):
            return False
        if f.name_articles is not None and article.id not in f.name_articles:
            return False
        if f.tag and f.tag not in article.tags:
            return False
        if f.new_only and article.id not in self.new:
            return False
        if f.unread_only and article.id in self.read:
            return False
        return not (f.starred_only and article.id not in self.starred)

    def shown(self, filters: Filters | None = None) -> list[Article]:
        """The rows of the list: the articles the filters keep, each story once (its
        first copy kept stands for the others), in the order chosen."""
        kept: list[Article] = []
        copies = self.copies
        covered: set[str] = set()
        keeps = self.keeps
        for article in self.articles:
            if article.id in covered:
                continue
            if keeps(article, filters):
                kept.append(article)
                more = copies.get(article.id) if copies else None
                if more:
                    covered.update(c.id for c in more)
        if self.order != "date":  # stable: newest first within each source
            kept.sort(key=lambda a: a.source.casefold())
        return kept

    def groups(self, shown: Sequence[Article]) -> list[tuple[str, list[Article]]]:
        """The rows under a heading per source (the order `grouped` draws them in)."""
        out: list[tuple[str, list[Article]]] = []
        for article in shown:
            if out and out[-1][0].casefold() == article.source.casefold():
                out[-1][1].append(article)
            else:
                out.append((article.source, [article]))
        return out

    def next_order(self) -> Order:
        """date → source → grouped by source → date: the order now in force."""
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)]
        return self.order

    def story(self, article_id: str) -> list[str]:
        """The ids of an article and of its copies (what one mark marks)."""
        return [article_id, *(c.id for c in self.copies.get(article_id, ()))]

    def also_in(self, article: Article) -> list[str]:
        """The other sources that carry this story ("also in: BBC, Reuters")."""
        out: list[str] = []
        for copy in self.copies.get(article.id, ()):
            if copy.source != article.source and copy.source not in out:
                out.append(copy.source)
        return out

    def tag_counts(self) -> list[tuple[str, int]]:
        """Every tag of the library with its number of articles, most used first."""
        counts: dict[str, int] = {}
        for article in self.articles:
            for tag in article.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))

    def with_filters(self, **changes: object) -> Filters:
        """The current filters with some changed (not applied: see `apply`)."""
        return replace(self.filters, **changes)  # type: ignore[arg-type]

    def apply(self, filters: Filters) -> bool:
        """Use `filters` if they keep at least one article; False (and no change) if not."""
        if filters.active and not self.shown(filters):
            return False
        self.filters = filters
        return True

    def clear(self) -> None:
        self.filters = Filters()

    # -- counts and the header ------------------------------------------------------------
    def unread(self, articles: Iterable[Article] | None = None) -> int:
        """Unread articles (by default every story of the library, each counted once)."""
        if articles is None:
            articles = self._every_story()
        return sum(a.id not in self.read for a in articles)

    def _every_story(self) -> Sequence[Article]:
        """The first copy of every story (kept until the articles or the copies change:
        the header asks after every mark)."""
        if not self.copies:
            return self.articles
        articles, copies, stories = self._stories
        if articles is not self.articles or copies is not self.copies:
            stories = self.shown(Filters())
            self._stories = (self.articles, self.copies, stories)
        return stories

    def header(self) -> str:
        """The list's counts: "45 articles · 12 unread", or "3 of 45 · 1 unread" when
        filtered (the filters are named on a line of their own: `filter_line`)."""
        shown = self.shown()
        stories = self.stories()
        noun = "article" if stories == 1 else "articles"
        count = f"{len(shown)} of {stories}" if self.filters.active else f"{stories} {noun}"
        return f"{count} · {self.unread(shown)} unread"

    def stories(self) -> int:
        """The library's articles, each story counted once."""
        return len(self._every_story())

    def new_line(self) -> str:
        """ "12 new since Mon 08:10": the stories in the list that arrived since the
        previous launch ("" when none did)."""
        if not self.new or self.since is None:
            return ""
        count = sum(a.id in self.new for a in self.shown())
        if not count:
            return ""
        return f"{count} new since {self.since:%a %H:%M}"

    def filter_line(self) -> str:
        """ "“ukraine” · U.S." : the filters in force ("" when none)."""
        return " · ".join(self.filters.labels())

    # -- marks ------------------------------------------------------------------------------
    def toggle_read(self, article_id: str) -> bool:
        """Read becomes unread and unread read, for the article and its copies; the new
        state."""
        now_read = article_id not in self.read
        self.set_read(self.story(article_id), now_read)
        return now_read

    def set_read(self, article_ids: Iterable[str], read: bool) -> None:
        if read:
            self.read.update(article_ids)
        else:
            self.read.difference_update(article_ids)

    def toggle_star(self, article_id: str) -> bool:
        """Starred becomes unstarred and back, for the article and its copies."""
        story = self.story(article_id)
        if article_id in self.starred:
            self.starred.difference_update(story)
            return False
        self.starred.update(story)
        return True

    def mark_read(self, article_ids: Iterable[str]) -> set[str]:
        """Mark these (and their copies) read; the ones that were unread (what `undo`
        gives back)."""
        story = (i for a in article_ids for i in self.story(a))
        changed = {i for i in story if i not in self.read}
        self.read |= changed
        self._undo.append(changed)
        return changed

    def undo(self) -> set[str] | None:
        """Take back the last `mark_read`: the ids made unread again (None: nothing to undo)."""
        if not self._undo:
            return None
        changed = self._undo.pop()
        self.read -= changed
        return changed
