"""Which articles the list shows, and the marks on them: plain Python, no Textual, so the
filters and marks are tested without a terminal.

The filters combine: a search, a name (every article that mentions it under any of
its spellings), unread only, starred only. The list's header says which are on and
how many articles are unread. Marking every shown article read can be undone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from briefing.article import Article


@dataclass(frozen=True)
class Filters:
    search: str = ""
    """Words to find in titles and bodies (case does not matter)."""
    name: str = ""
    """The name the `f` filter keeps (shown in the header)."""
    name_articles: frozenset[str] | None = None
    """The ids of the articles that mention it; None: no name filter."""
    unread_only: bool = False
    starred_only: bool = False

    @property
    def active(self) -> bool:
        return bool(
            self.search or self.name_articles is not None or self.unread_only or self.starred_only
        )

    def labels(self) -> list[str]:
        """The filters in force, as the list's header shows them."""
        out = []
        if self.search:
            out.append(f"“{self.search}”")
        if self.name_articles is not None:
            out.append(self.name)
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
    _undo: list[set[str]] = field(default_factory=list)
    _found: tuple[str, frozenset[str]] = ("", frozenset())

    def _matching(self, search: str) -> frozenset[str]:
        """The ids of the articles whose title or body holds `search` (the last search's
        answer is kept: the header asks again after every mark)."""
        if self._found[0] != search:
            needle = search.casefold()
            found = frozenset(
                a.id
                for a in self.articles
                if needle in a.title.casefold() or needle in a.body.casefold()
            )
            self._found = (search, found)
        return self._found[1]

    def keeps(self, article: Article, filters: Filters | None = None) -> bool:
        f = filters or self.filters
        if f.search and article.id not in self._matching(f.search):
            return False
        if f.name_articles is not None and article.id not in f.name_articles:
            return False
        if f.unread_only and article.id in self.read:
            return False
        return not (f.starred_only and article.id not in self.starred)

    def shown(self, filters: Filters | None = None) -> list[Article]:
        return [a for a in self.articles if self.keeps(a, filters)]

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
        return sum(a.id not in self.read for a in (self.articles if articles is None else articles))

    def header(self) -> str:
        """The list's counts: "45 articles · 12 unread", or "3 of 45 · 1 unread" when
        filtered (the filters are named on a line of their own: `filter_line`)."""
        shown = self.shown()
        total = len(self.articles)
        noun = "article" if total == 1 else "articles"
        count = f"{len(shown)} of {total}" if self.filters.active else f"{total} {noun}"
        return f"{count} · {self.unread(shown)} unread"

    def filter_line(self) -> str:
        """ "“ukraine” · U.S." : the filters in force ("" when none)."""
        return " · ".join(self.filters.labels())

    # -- marks ------------------------------------------------------------------------------
    def toggle_read(self, article_id: str) -> bool:
        """Read becomes unread and unread read; the new state."""
        self.read ^= {article_id}
        return article_id in self.read

    def toggle_star(self, article_id: str) -> bool:
        self.starred ^= {article_id}
        return article_id in self.starred

    def mark_read(self, article_ids: Iterable[str]) -> set[str]:
        """Mark these read; the ones that were unread (what `undo` gives back)."""
        changed = {i for i in article_ids if i not in self.read}
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
