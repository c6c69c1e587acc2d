"""The reader's library commands (the "Library" section of the commands table): the
filters, the marks, the order and the brief of the list. A base of the reader screen:
each command changes the LibraryView (plain Python), lets the list pane draw it, and
sets the article in view, which draws itself."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual import work

from briefing.analysis.consistency import name_key
from briefing.analysis.model import Analysis, Article, Entity
from briefing.tui.library_view import ORDER_LABELS, Filters
from briefing.tui.screens.dialogs import BriefScreen, SearchScreen, TagScreen
from briefing.tui.screens.plain_notices import PlainNotices
from briefing.tui.widgets.article_view import Sidebar

if TYPE_CHECKING:
    from briefing.analysis.options import SummaryOptions
    from briefing.library import Library
    from briefing.tui.analysis_feed import AnalysisStore
    from briefing.tui.app import BriefingApp
    from briefing.tui.library_view import LibraryView
    from briefing.tui.widgets.library_pane import LibraryPane


class LibraryCommands(PlainNotices):
    """The library's commands, for the reader screen."""

    if TYPE_CHECKING:  # the reader screen's
        article: Article | None
        options: SummaryOptions
        library: Library
        view: LibraryView
        store: AnalysisStore

        @property
        def pane(self) -> LibraryPane: ...
        @property
        def reader_app(self) -> BriefingApp: ...
        @property
        def current_analysis(self) -> Analysis | None: ...
        def saved(self, problem: str | None) -> None: ...

    @property
    def read(self) -> set[str]:
        return self.view.read

    @property
    def starred(self) -> set[str]:
        return self.view.starred

    @property
    def shown_articles(self) -> list[Article]:
        """The articles the list shows, in its order."""
        return self.pane.shown

    def apply_filters(self, filters: Filters, nothing: str) -> None:
        """Show the articles `filters` keep; if none, say `nothing` and keep the list."""
        if not self.pane.apply(filters):
            self.notify(nothing, severity="warning")
            return
        self.article = self.pane.highlighted

    def _relist(self) -> None:
        """The view changed (its filters or its order): the list and the article again."""
        self.pane.refill()
        self.article = self.pane.highlighted

    def _toggle_filter(self, name: str, nothing: str) -> None:
        on = not getattr(self.view.filters, name)
        filters = self.view.with_filters(**{name: on})
        if on:
            self.apply_filters(filters, nothing)
        else:
            self.view.apply(filters)
            self._relist()

    def action_new_only(self) -> None:
        """Only what arrived since the previous launch (again: everything)."""
        self._toggle_filter("new_only", "nothing new since the last launch")

    def action_unread_only(self) -> None:
        self._toggle_filter("unread_only", "every article in the list is read")

    def action_starred_only(self) -> None:
        self._toggle_filter("starred_only", "no article in the list is starred")

    def clear_list_filters(self) -> None:
        """Every filter of the list off (escape, once no find is left to clear)."""
        if self.view.filters.active:
            self.view.clear()
            self._relist()

    def action_pick_tag(self) -> None:
        """A picker of the library's tags: the list keeps the articles with the chosen
        one (with the search and the name filter in force); "any tag" lets them all in."""
        tags = self.view.tag_counts()
        if not tags:
            self.notify("no article has tags (tags: in its front matter)", timeout=3)
            return

        def done(tag: str | None) -> None:
            if tag is None:
                return
            if tag == "":
                self.view.apply(self.view.with_filters(tag=""))
                self._relist()
                return
            self.apply_filters(
                self.view.with_filters(tag=tag), f"no articles in the list have #{tag}"
            )

        self.app.push_screen(TagScreen(tags, self.view.filters.tag), done)

    def action_cycle_order(self) -> None:
        """By date → by source → grouped by source, the article in view kept."""
        order = self.view.next_order()
        self._relist()
        self.notify(f"the list {ORDER_LABELS[order]}", timeout=2)

    def action_search(self) -> None:
        """Search titles and bodies, within the name filter if one is on."""

        def done(query: str | None) -> None:
            if not query:
                return
            if self.view.unread_bodies() >= self.reader_app.SEARCH_IN_A_WORKER:
                self.notify(f"searching {len(self.view.articles):,} articles…", timeout=2)
                self._search_in_background(query)
            else:
                self._apply_search(query)

        self.app.push_screen(SearchScreen(), done)

    @work(thread=True, exclusive=True, group="search")
    def _search_in_background(self, query: str) -> None:
        """Read the bodies a search needs off the UI thread (two seconds at 10,000
        articles), then apply it."""
        self.view.prepare_search(query)
        if self.is_attached:
            self.app.call_from_thread(self._apply_search, query)

    def _apply_search(self, query: str) -> None:
        filters = self.view.with_filters(search=query)
        self.apply_filters(filters, f"no articles match “{query}”")

    def action_filter_entity(self) -> None:
        """Keep the articles that mention the first entity in the current article's sidebar
        (or the name highlighted in the sidebar), under any spelling the brief merges."""
        analysis = self.current_analysis
        if not analysis or not analysis.entities.canonical:
            return
        entity = analysis.entities.canonical[0]
        name = self.query_one("#sidebar", Sidebar).chosen_name
        if name is not None:
            entity = next((e for e in analysis.entities.canonical if e.name == name), entity)
        # the feed has not reached them all yet: read the rest from the cache now
        self.store.fill_in(self.library.articles, self.options)
        found = articles_naming(entity, self.store.by_id.values())
        self.apply_filters(
            self.view.with_filters(name=entity.name, name_articles=frozenset(found)),
            f"no articles match {entity.name}",
        )

    # -- marks ------------------------------------------------------------------------------
    def action_next_unread(self) -> None:
        """The next unread article after the shown one (from the top when none is after)."""
        shown, current = self.shown_articles, self.article
        start = shown.index(current) + 1 if current in shown else 0
        order = shown[start:] + shown[:start]
        unread = next((a for a in order if a.id not in self.read), None)
        if unread is None:
            self.notify("no unread articles in the list", timeout=2)
            return
        self.pane.highlight(unread)
        self.article = unread

    def action_mark_all_read(self) -> None:
        """Every article in the list becomes read; u gives them back."""
        changed = self.view.mark_read(a.id for a in self.shown_articles)
        self.reader_app.state.set_read_many(changed, read=True)
        self.pane.redraw_rows()
        self.notify(f"{len(changed)} marked read (u undoes)", timeout=3)

    def action_undo(self) -> None:
        changed = self.view.undo()
        if changed is None:
            self.notify("nothing to undo", timeout=2)
            return
        self.reader_app.state.set_read_many(changed, read=False)
        self.pane.redraw_rows()
        self.notify(f"{len(changed)} unread again", timeout=2)

    def action_toggle_read(self) -> None:
        """Read / unread: the article and every copy of its story."""
        article = self.article
        if article is not None:
            read = self.view.toggle_read(article.id)
            for story_id in self.view.story(article.id):
                self.saved(self.reader_app.state.set_mark(story_id, read=read))
            self.pane.redraw_row(article)

    def action_toggle_star(self) -> None:
        """Star / unstar: the article and every copy of its story."""
        article = self.article
        if article is not None:
            star = self.view.toggle_star(article.id)
            for story_id in self.view.story(article.id):
                self.saved(self.reader_app.state.set_mark(story_id, star=star))
            self.pane.articles.redraw_row(article.id)

    def action_brief(self) -> None:
        """The daily brief of the articles in the list (their analyses so far), built by
        its screen in a worker: it shows its progress and the reader never waits on it."""
        label = " · ".join(self.view.filters.labels()) or "the list"
        app = self.reader_app
        self.app.push_screen(
            BriefScreen(self.shown_articles, label, app.analyzer, self.options, app.spec)
        )


def articles_naming(entity: Entity, analyses: Iterable[Analysis]) -> set[str]:
    """The ids of the articles that name `entity` under any spelling the brief merges
    ("U.S." and "US"; "Zelensky" and "Volodymyr Zelenskyy")."""
    from briefing.brief.news import GROUPS, merge_targets

    group = next((g for g, labels in GROUPS.items() if entity.label in labels), None)
    analyses = list(analyses)
    if group is None:  # events, laws, works…: the same name, written the same way
        key = name_key(entity.name)
        return {
            a.article.id
            for a in analyses
            if any(name_key(e.name) == key for e in a.entities.canonical)
        }
    labels = GROUPS[group]
    names = {e.name for a in analyses for e in a.entities.canonical if e.label in labels}
    target = merge_targets(group, names | {entity.name})
    wanted = target[entity.name]
    return {
        a.article.id
        for a in analyses
        if any(e.label in labels and target.get(e.name) == wanted for e in a.entities.canonical)
    }
