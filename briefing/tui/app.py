"""The reader: article list, summary, highlighted body and a sidebar of key figures.

The list shows at once; analyses come from the cache without spaCy, and articles not
yet analysed are analysed in a thread worker, filling in as they arrive. n / p move
between summary sentences and scroll the body to each one. `R` (and `fetch_on_start`)
fetches the feeds and reads the library again in another worker; the copies of one
story are found in a third, after the first frame.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from rich.console import Group
from rich.text import Text
from textual import on, work
from textual.actions import ActionParseResult
from textual.app import App, SystemCommand
from textual.content import Content
from textual.dom import DOMNode
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from briefing.analysis.consistency import LibraryLabels, harmonise, name_key
from briefing.analysis.model import ENTITY_LABELS, Analysis, Article, Entity
from briefing.analysis.options import SummaryOptions
from briefing.analysis.pipeline import AnalysisProcess, Analyzer
from briefing.config import DEFAULT_THEME, Settings
from briefing.library import Library, load_library
from briefing.state import ReaderState
from briefing.text_safety import inert
from briefing.themes import ThemeSpec, load_themes, rich_color
from briefing.tui import collector, commands
from briefing.tui.article_body import ArticleBody
from briefing.tui.article_list import (
    ArticleList,
    ArticleRow,
    RowMarks,
    group_label,
    problem_label,
    reading_minutes,
)
from briefing.tui.body import body_text, sidebar_options, with_matches
from briefing.tui.browser import open_in_browser
from briefing.tui.copies import find_copies
from briefing.tui.fetching import Summary, fetch_in_background
from briefing.tui.find import Find
from briefing.tui.library_view import ORDER_LABELS, Filters, LibraryView
from briefing.tui.panes import PaneList
from briefing.tui.reader import ReaderScreen
from briefing.tui.screens import (
    BriefScreen,
    EntityTypesScreen,
    HelpScreen,
    SearchScreen,
    TagScreen,
    ThemeScreen,
)

LIST_MOVES = frozenset({"cursor_down", "cursor_up", "first", "last", "page_down", "page_up"})
"""The list's moving actions: their article is drawn a frame after the cursor."""


class BriefingApp(App[None]):
    """A terminal news briefing reader."""

    READ_AFTER = 2.0
    """Seconds an article stays open before it counts as read."""
    SEARCH_IN_A_WORKER = 500
    """From this many bodies still in their files, a search reads them in a worker."""

    TITLE = "briefing"
    CSS_PATH = ["reader.tcss", "dialogs.tcss"]  # noqa: RUF012 (Textual declares it so)

    def __init__(
        self,
        library: Library,
        settings: Settings,
        analyzer: Analyzer | None = None,
        state: ReaderState | None = None,
        paths: Sequence[Path] | None = None,
    ) -> None:
        """`paths`: what `R` reads again (None: the configured library, else the seeds)."""
        super().__init__()
        self.library = library
        self.paths = list(paths) if paths else None
        self.settings = settings
        self.analyzer = analyzer or Analyzer.from_settings(settings)
        # spaCy in a child process, unless the caller brings its own analyzer (tests) or
        # the cache is in memory (a child could not hand its results back through it)
        self.analysis_process = (
            AnalysisProcess(settings)
            if analyzer is None and self.analyzer.cache.path is not None
            else None
        )
        self.analyses: dict[str, Analysis] = {}
        self.library_labels = LibraryLabels()
        self.options: SummaryOptions = settings.summary_options
        self.current_sentence: int | None = None
        self._shown_id: str | None = None
        self._coming_id: str | None = None  # moved to in the list, drawn in the next frame
        self.show_entities = True
        self.state = state or ReaderState()
        shown_types = self.state.pref("entity_types")
        self.entity_types = set(ENTITY_LABELS if shown_types is None else shown_types.split(","))
        read, starred = self.state.marks()
        # what is new: arrived (first seen here) after the previous launch; on the first
        # launch, what arrives while the reader is open
        now = time.time()
        previous = self.state.launch(now)
        self._since = now if previous is None else previous
        self.view = LibraryView(library.articles, read, starred)
        self.view.since = datetime.fromtimestamp(self._since)
        self._note_new(library.articles, now)
        self._fetching: str | None = None
        """The fetch's progress ("fetching 3/7 feeds…") while one runs."""
        self.shown_articles: list[Article] = list(library.articles)
        self._analysing: str | None = None
        self.find: Find | None = None
        self.theme_specs, self.theme_problems = load_themes()
        self.theme_from_env = os.environ.get("BRIEFING_THEME") or None
        start = starting_theme(settings.theme, self.state.pref("theme"), self.theme_from_env)
        self.spec: ThemeSpec = (
            self.theme_specs.get(start)
            or self.theme_specs.get(settings.theme)
            or self.theme_specs[DEFAULT_THEME]
        )
        self.keymap = commands.resolve_keymap(settings.keys)  # BriefingError: bad keys

    @property
    def read(self) -> set[str]:
        return self.view.read

    @property
    def starred(self) -> set[str]:
        return self.view.starred

    @property
    def filter_label(self) -> str:
        """The filters in force, as the list's header names them ("" for none)."""
        return " · ".join(self.view.filters.labels())

    def get_default_screen(self) -> Screen:
        """The reader screen; an empty library's says how to add articles."""
        empty = None if self.library.articles else Static(_empty_text(self.library), id="empty")
        return ReaderScreen(self._reader_mounted, empty)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A notification whose text is shown as it is: messages carry titles, file
        names, entity names and searches, so they are never read as markup here."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def action_help_quit(self) -> None:
        """ctrl+c does not quit (Textual's own hint is markup): say which key does."""
        keys = self.keymap.get("quit", ())
        self.notify(f"press {commands.keys_label(keys)} to quit" if keys else "quit: ctrl+p, quit")

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every reader command in the command palette (ctrl+p), under its footer name,
        with its help line. Textual's own theme command is replaced by ours, which knows
        the entity colours and keeps the choice."""
        for command in super().get_system_commands(screen):
            if command.title not in ("Theme", "Quit"):
                yield command
        for reader_command in commands.COMMANDS:
            if reader_command.scope == "reader":
                yield SystemCommand(
                    reader_command.title,
                    reader_command.help,
                    functools.partial(self.run_action, reader_command.action),
                )

    # -- layout ---------------------------------------------------------------------------
    def on_mount(self) -> None:
        for spec in self.theme_specs.values():
            try:
                self.register_theme(_textual_theme(spec))
            except Exception as exc:  # a bad colour in a user theme
                self.notify(f"theme {spec.name} skipped: {exc}", severity="warning")
        for problem in self.theme_problems:
            self.notify(str(problem), severity="warning")
        for message in [*self.state.warnings, *self.analyzer.cache.new_warnings()]:
            self.notify(message, severity="warning")  # a state or cache file moved aside
        self._apply_theme(self.spec.name)
        self.set_keymap(commands.textual_keymap(self.keymap))
        self.sub_title = f"{self.library.name} · {len(self.library.articles)} articles"
        if problems := self.library.problems:
            where = "at the end of the list" if self.library.articles else "below"
            self.notify(
                f"{len(problems)} file{'s' if len(problems) > 1 else ''} could not be read "
                f"(listed {where})",
                severity="warning",
            )

    def _reader_mounted(self) -> None:
        """The panes exist: the list and the first article show in the first frame."""
        articles = self.query_one("#articles", ArticleList)
        articles.on_move = self._article_changed
        if self.library.articles:
            self._fill_list()
            self._focus_first_pane()
            self.show_article()  # one cache read; the rest once the first frame is out

    def _focus_first_pane(self) -> None:
        """The list, or the summary when the terminal is tiny and the list folded away
        (a hidden pane with the focus would take every key and show none)."""
        tiny = self.reader.has_class("-tiny") and not self.reader.has_class("with-list")
        self.query_one("#summary" if tiny else "#articles").focus()

    def on_ready(self) -> None:
        """The first frame is on the screen: fill in every analysis in a worker (cache
        hits quickly, misses parsed in small batches). Started earlier, the worker
        holds the GIL while the first frame is laid out and delays it by about 30 ms
        per 1,000 articles; articles shown before it gets to them are read from the
        cache."""
        collector.settle()  # the library and what the first frame made
        if self.library.articles:
            self.analyse(list(self.library.articles))
            self._find_copies(self.library.articles)
        if self.settings.fetch_on_start and self.settings.feeds:
            self._start_reload(fetch=True)

    def _apply_theme(self, name: str) -> None:
        if name in self.theme_specs:
            try:
                self.theme = name
                self.spec = self.theme_specs[name]
            except Exception:
                self.notify(f"cannot use theme {name}", severity="warning")

    def _fill_list(self) -> None:
        articles = self.query_one("#articles", ArticleList)
        article = self.article  # None exactly when the list is empty
        highlighted = (
            article.id if article is not None and articles.highlighted is not None else None
        )
        articles.clear_options()
        if self.view.order == "grouped":  # a heading over each source's articles
            for source, group in self.view.groups(self.shown_articles):
                articles.add_option(Option(group_label(source, len(group)), disabled=True))
                articles.add_options(ArticleRow(a, self._marks, articles.row_width) for a in group)
        else:
            articles.add_options(
                ArticleRow(a, self._marks, articles.row_width) for a in self.shown_articles
            )
        if not self.view.filters.active:  # unreadable files close the full list
            articles.add_options(
                Option(problem_label(p.path, p.reason), disabled=True)
                for p in self.library.problems
            )
        if self.shown_articles:
            ids = {a.id for a in self.shown_articles}
            first = self.shown_articles[0].id
            articles.highlighted = articles.get_option_index(
                highlighted if highlighted in ids else first
            )
        self._update_counts()

    def _update_counts(self) -> None:
        """The list's header and the title bar: articles shown, unread, filters."""
        self.query_one("#list-pane").border_title = Content(self.view.header())
        filters = self.view.filter_line()
        line = self.query_one("#filters", Static)
        # a Content, not a str: the line holds a search or a name, never markup
        line.update(Content(f"{filters} (esc clears)" if filters else ""))
        line.set_class(bool(filters), "-on")
        status = [
            *([self._fetching] if self._fetching else []),
            *([new] if (new := self.view.new_line()) else []),
            *([ORDER_LABELS[self.view.order]] if self.view.order != "date" else []),
        ]
        line = self.query_one("#status", Static)
        line.update(Content("\n".join(status)))
        line.set_class(bool(status), "-on")
        parts = [self.library.name, f"{self.view.stories()} articles"]
        parts += [f"{self.view.unread()} unread"]
        parts += [p for p in (self._fetching, self._analysing) if p]
        self.sub_title = " · ".join(parts)

    def _marks(self, article_id: str) -> RowMarks:
        view = self.view
        return RowMarks(
            article_id in view.read,
            article_id in view.starred,
            article_id in view.new,
            len(view.copies.get(article_id, ())),
        )

    def _note_new(self, articles: Iterable[Article], now: float) -> None:
        """Record when each article was first seen; those seen after the previous
        launch are new."""
        seen = self.state.first_seen((a.id for a in articles), now)
        self.view.new = frozenset(i for i, first in seen.items() if first > self._since)

    def _redraw_row(self, article: Article) -> None:
        """Redraw one list row (its read/star marks), not the whole list."""
        self.query_one("#articles", ArticleList).redraw_row(article.id)

    # -- analysis -------------------------------------------------------------------------
    @property
    def current_analysis(self) -> Analysis | None:
        """The shown article's analysis with the current summariser and length: read from
        the cache (no spaCy) when missing or made with other summary options."""
        article = self.article
        if article is None:
            return None
        analysis = self.analyses.get(article.id)
        if analysis is None or (analysis.algorithm, analysis.length) != (
            self.options.algorithm,
            str(self.options.length),
        ):
            fresh = self.analyzer.cached(article, self.options)
            if fresh is not None:
                self.analyses[article.id] = analysis = fresh
            elif analysis is not None:
                return None  # stale, and the worker has not parsed it yet
        return None if analysis is None else self.library_labels.relabel(analysis)

    @work(thread=True, exclusive=True, group="analyse")
    def analyse(self, articles: list[Article]) -> None:
        batch = 200
        total = len(articles)
        worker = get_current_worker()
        for start in range(0, total, batch):
            if worker.is_cancelled:  # a reload started another, with every article left
                return
            chunk = articles[start : start + batch]
            cached = self._safely(self.analyzer.cached_many, chunk) or {}
            self.call_from_thread(self._arrived, list(cached.values()), start, total)
            missing = [a for a in chunk if a.id not in cached]
            for i in range(0, len(missing), 8):
                results = self._safely(self._analyse_missing, missing[i : i + 8]) or []
                self.call_from_thread(self._arrived, results, start + i + 8, total)
        self.call_from_thread(self._arrived, [], total, total)

    def _analyse_missing(self, articles: list[Article], options: SummaryOptions) -> list[Analysis]:
        """Analyses of articles the cache lacks: made by the child process and read back
        from the cache, or (without one) made here."""
        if self.analysis_process is None:
            return self.analyzer.analyze(articles, options)
        self.analysis_process.analyze(articles, options)
        found = self.analyzer.cached_many(articles, options)
        return list(found.values())

    def on_unmount(self) -> None:
        collector.release()
        if self.analysis_process is not None:
            self.analysis_process.close()
        self.state.close()  # writes any mark the disk refused earlier, if it now can

    def _saved(self, problem: str | None) -> None:
        """A mark or a preference the state file could not take: said once, kept in
        memory and written with the next change that can be."""
        if problem:
            self.notify(problem, severity="error")

    def _safely(self, analyse, articles: list[Article]):
        """One batch's analyses; a failure is one notification naming the articles,
        and the reader carries on with the rest (they show their text unanalysed)."""
        try:
            return analyse(articles, self.options)
        except Exception as exc:
            names = ", ".join(a.title[:40] for a in articles[:3])
            more = f" and {len(articles) - 3} more" if len(articles) > 3 else ""
            self.call_from_thread(
                self.notify,
                f"could not analyse {names}{more}: {exc.__class__.__name__}: {exc}",
                severity="error",
                timeout=10,
            )
            return None

    def _arrived(self, results: list[Analysis], done: int, total: int) -> None:
        if self._shutting_down:
            return
        current = self.article
        fresh = current is not None and current.id not in self.analyses
        for analysis in results:
            self.analyses[analysis.article.id] = analysis
            self.library_labels.add(analysis)
        collector.settle()  # the analyses stay as long as the reader
        self._analysing = None if done >= total else f"analysing {min(done, total)}/{total}"
        self._update_counts()
        if fresh and current is not None and current.id in self.analyses:
            self.show_article()

    # -- the copies of one story --------------------------------------------------------
    @work(thread=True, exclusive=True, group="copies")
    def _find_copies(self, articles: tuple[Article, ...]) -> None:
        """Which articles are copies of one story (a pass over every text, too long
        for the first frame at 10,000 articles): the list then shows each once."""
        worker = get_current_worker()
        try:
            copies = find_copies(articles, lambda: worker.is_cancelled)
        except Exception as exc:  # the list still works, with every copy in it
            self.call_from_thread(self.notify, f"could not compare the articles: {exc}")
            return
        if copies and not worker.is_cancelled:
            self.call_from_thread(self._copies_found, articles, copies)

    def _copies_found(
        self, articles: tuple[Article, ...], copies: dict[str, tuple[Article, ...]]
    ) -> None:
        if self._shutting_down or articles is not self.library.articles:
            return  # a reload came first: its own search follows
        self.view.copies = copies
        self.shown_articles = self.view.shown()
        self._fill_list()
        self.show_article()

    # -- reloading and fetching -----------------------------------------------------------
    @property
    def fetching(self) -> bool:
        """A fetch of the feeds is under way."""
        return self._fetching is not None and self._fetching.startswith("fetching")

    def action_reload(self) -> None:
        """Fetch the feeds (when there are any), then read the library again."""
        if self._fetching is not None:
            self.notify(f"already {self._fetching}", timeout=2)
            return
        self._start_reload(fetch=bool(self.settings.feeds))

    def _start_reload(self, fetch: bool) -> None:
        feeds = len(self.settings.feeds)
        self._fetching = f"fetching 0/{feeds} feeds…" if fetch else "reading the library…"
        self._show_progress()
        self._reload(fetch)

    def _show_progress(self) -> None:
        if self._shutting_down:
            return
        if self.library.articles:
            self._update_counts()
        else:
            self.sub_title = " · ".join(p for p in (self.library.name, self._fetching) if p)

    def _fetch_progress(self, done: int, total: int) -> None:
        if self._fetching is not None:
            self._fetching = f"fetching {done}/{total} feeds…"
            self._show_progress()

    def _reading_library(self) -> None:
        self._fetching = "reading the library…"
        self._show_progress()

    @work(thread=True, exclusive=True, group="reload")
    def _reload(self, fetch: bool) -> None:
        summary = self._fetch_in_background() if fetch else None
        if summary is None and fetch:
            return  # the reader is closing
        if summary is not None:
            self.call_from_thread(self._reading_library)
        try:
            library = load_library(
                self.paths, self.settings.library, index_dir=self.settings.cache_dir
            )
        except Exception as exc:  # load_library never raises for a file; this is a bug
            library = None
            problem = f"could not read the library again: {exc.__class__.__name__}: {exc}"
            self.call_from_thread(self.notify, problem, severity="error", timeout=10)
        self.call_from_thread(self._reloaded, library, summary)

    def _fetch_in_background(self) -> Summary | None:
        """The fetch (briefing.tui.fetching), its progress to the list's header from
        the fetch's threads; None when the reader closed first."""
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):  # the reader closed meanwhile
                self.call_from_thread(self._fetch_progress, done, total)

        def warn(message: str) -> None:
            with contextlib.suppress(RuntimeError):
                self.call_from_thread(self.notify, message, severity="warning")

        return fetch_in_background(self.settings, progress, warn, lambda: worker.is_cancelled)

    def _reloaded(self, library: Library | None, summary: Summary | None) -> None:
        """The library read again: new and changed files appear, vanished ones go; the
        shown article stays in view if it is still there; new articles are analysed."""
        self._fetching = None
        if self._shutting_down:
            return
        if summary is not None:
            self.notify(summary.text, title="fetched", severity=summary.severity, timeout=8)
        if library is None:
            self._show_progress()
            return
        before = {a.id for a in self.library.articles}
        self.library = library
        self.view.articles = library.articles
        self.view.copies = {}
        self._note_new(library.articles, time.time())
        self.shown_articles = self.view.shown()
        if not self.shown_articles and self.view.filters.active:
            self.view.clear()  # the filters kept nothing of the new library
            self.shown_articles = self.view.shown()
        if library.articles and self.reader.has_class("-empty"):
            self.reader.fill()  # type: ignore[attr-defined]
            self._focus_first_pane()
        self._fill_list()
        self.show_article()
        added = sum(a.id not in before for a in library.articles)
        gone = len(before - {a.id for a in library.articles})
        if summary is None:
            self.notify(f"library read again: {added} new, {gone} gone", timeout=3)
        missing = [a for a in library.articles if a.id not in self.analyses]
        if missing:
            self.analyse(missing)
        self._find_copies(library.articles)

    # -- showing ----------------------------------------------------------------------------
    @property
    def _shutting_down(self) -> bool:
        """True once the reader is shutting down (its widgets may be gone): timers and
        the worker's late deliveries then do nothing."""
        stack = self.screen_stack
        return not self.is_running or not stack or not stack[0].query("#articles")

    @property
    def reader(self) -> Screen:
        """The reader screen, under any dialog that is open."""
        return self.screen_stack[0]

    @property
    def article(self) -> Article | None:
        if not self.shown_articles:
            return None
        option = self.query_one("#articles", OptionList).highlighted_option
        return option.article if isinstance(option, ArticleRow) else self.shown_articles[0]

    @on(OptionList.OptionHighlighted, "#articles")
    def _article_changed(self) -> None:
        article = self.article
        if article is None or article.id in (self._shown_id, self._coming_id):
            return  # already shown or coming (the list called on_move first)
        self.current_sentence = None
        self.find = None  # a find belongs to the article it was made in
        self._mark_read_later(article.id)
        self._show_soon(article.id)

    def _show_soon(self, article_id: str) -> None:
        """Show the article the list moved to in the frame after the list's: the moved
        cursor reaches the terminal at once, and keys faster than frames (a held j)
        draw only the article they stop on."""
        if self._coming_id is None:
            self.query_one("#articles", ArticleList).when_drawn(self._show_coming)
            self.set_timer(0.05, self._show_coming)  # if the list is hidden (a tiny screen)
        self._coming_id = article_id

    def _show_coming(self) -> None:
        if self._coming_id is None or self._shutting_down:
            return  # shown already (show_article came first), or closing
        self.show_article()

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Every command but a move in the list acts on the article the list is on: one
        still coming is shown first."""
        moving = isinstance(default_namespace, ArticleList) and action in LIST_MOVES
        if self._coming_id is not None and not moving:
            self._show_coming()
        return await super().run_action(action, default_namespace, namespaces)

    def show_article(self) -> None:
        article = self.article
        if article is None:
            return
        same_article, self._shown_id = article.id == self._shown_id, article.id
        self._coming_id = None
        analysis = self.current_analysis
        self.query_one("#title", Static).update(_title_text(article, self.view.also_in(article)))
        summary = self.query_one("#summary", OptionList)
        body = self.query_one("#body", ArticleBody)
        # a new article starts at the top; the same one keeps its place (e, t, +/-)
        show = body.restyle if same_article else body.update
        sidebar = self.query_one("#sidebar", PaneList)
        summary.clear_options()
        self._title_body()
        if analysis is None:
            summary.border_title = "Summary"
            summary.add_option(Option(Text("analysing…", style="dim")))
            show(self._body_text(None))
            sidebar.clear_options()
            sidebar.add_option(Option(Text("analysing…", style="dim"), disabled=True))
            return
        count = len(analysis.summary)
        summary.border_title = Content(
            f"Summary · {analysis.algorithm} · {count} sentence{'s' * (count != 1)}"
        )
        summary.add_options(
            # white space folded: a sentence that ends a paragraph ends in a line break
            Option(Text(f"{i}. ") + Text(" ".join(s.text.split())))
            for i, s in enumerate(analysis.summary, 1)
        )
        if self.current_sentence is not None:
            summary.highlighted = self.current_sentence
        show(self._body_text(analysis))
        sidebar.clear_options()
        sidebar.add_options(sidebar_options(analysis, self.spec, self._coloured_types))
        sidebar.keep_a_row()  # focused before its rows came (a click right after a move)

    @on(OptionList.OptionSelected, "#articles")
    def _article_opened(self) -> None:
        """Enter on an article opens it: the summary takes the focus (and on a tiny
        terminal the article replaces the list)."""
        self.reader.remove_class("with-list")
        summary = self.query_one("#summary", OptionList)
        if summary.highlighted is None and summary.option_count:
            summary.highlighted = 0
        summary.focus()

    @on(OptionList.OptionSelected, "#sidebar")
    def _sidebar_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a figure jumps to its place in the body."""
        option_id = event.option.id or ""
        analysis = self.current_analysis
        if analysis and option_id.startswith("figure:"):
            figure = analysis.figures[int(option_id.split(":", 1)[1])]
            self.query_one("#body", ArticleBody).scroll_to_offset(figure.start)

    @on(OptionList.OptionSelected, "#summary")
    def _summary_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a summary sentence jumps to it, like n/p."""
        self.current_sentence = event.option_index
        analysis = self.current_analysis
        if analysis and event.option_index < len(analysis.summary):
            self._show_sentence(analysis)

    def _mark_read_later(self, article_id: str) -> None:
        """Opening an article for more than a moment marks it read."""

        def mark() -> None:
            if self._shutting_down:
                return
            current = self.article
            if current is not None and current.id == article_id and article_id not in self.read:
                story = self.view.story(article_id)  # every copy of the story is read
                self.view.set_read(story, True)
                for story_id in story:
                    self._saved(self.state.set_mark(story_id, read=True))
                self._redraw_row(current)
                self._update_counts()

        self.set_timer(self.READ_AFTER, mark)

    def action_brief(self) -> None:
        """The daily brief of the articles in the list (their analyses so far), built in a
        worker: the screen shows its progress and the reader never waits on it."""
        articles = list(self.shown_articles)
        screen = BriefScreen(total=len(articles))
        self.push_screen(screen)
        self._build_brief(screen, articles, self.filter_label or "the list", self.options)

    @work(thread=True, exclusive=True, group="brief")
    def _build_brief(
        self, screen: BriefScreen, articles: list[Article], label: str, options: SummaryOptions
    ) -> None:
        from briefing.brief.model import make_brief
        from briefing.brief.render import render_terminal

        worker = get_current_worker()
        analyses: list[Analysis] = []
        batch = 500
        try:
            for start in range(0, len(articles), batch):
                if worker.is_cancelled:  # the brief was closed before it was built
                    return
                found = self.analyzer.cached_many(articles[start : start + batch], options)
                analyses += found.values()
                self.call_from_thread(screen.advance, min(start + batch, len(articles)))
            if analyses:
                self.call_from_thread(
                    screen.stage, f"Grouping {len(analyses)} articles into stories…"
                )
            brief = make_brief(harmonise(analyses), label) if analyses else None
        except Exception as exc:  # a broken cache entry: one notice, the reader carries on
            self.call_from_thread(
                self.notify, f"could not build the brief: {exc}", severity="error", timeout=10
            )
            self.call_from_thread(screen.dismiss)
            return
        if brief is None:
            self.call_from_thread(screen.show, None)
            return
        # the same themed rendering as `briefing brief` on a terminal
        self.call_from_thread(screen.show, render_terminal(brief, self.spec))

    # -- actions ----------------------------------------------------------------------------
    def _move_sentence(self, step: int) -> None:
        analysis = self.current_analysis
        if not analysis or not analysis.summary:
            return
        if self.current_sentence is None:
            self.current_sentence = 0 if step > 0 else len(analysis.summary) - 1
        else:
            self.current_sentence = (self.current_sentence + step) % len(analysis.summary)
        self._show_sentence(analysis)

    def _show_sentence(self, analysis: Analysis) -> None:
        """Highlight the current summary sentence in the summary and in the body and
        scroll the body to it: only what changes is redrawn (n/p are the core keys)."""
        index = self.current_sentence
        if index is None:
            return
        self.query_one("#summary", OptionList).highlighted = index
        body = self.query_one("#body", ArticleBody)
        body.restyle(self._body_text(analysis))
        body.scroll_to_offset(analysis.summary[index].start)

    def _title_body(self) -> None:
        """The body's top rule: "Article", and the find in force."""
        find = self.find
        label = "Article" if find is None else f"Article · {find.describe()} (. , step · esc)"
        self.query_one("#body", ArticleBody).border_title = Content(label)

    @property
    def _coloured_types(self) -> set[str]:
        """The entity types coloured now, in the body and the sidebar alike."""
        return self.entity_types if self.show_entities else set()

    def _body_text(self, analysis: Analysis | None) -> Text:
        """The body as drawn: coloured by its analysis (plain while there is none), with
        the matches of a find marked."""
        article = self.article
        if analysis is not None:
            text = body_text(
                analysis,
                self.spec,
                entity_types=self._coloured_types,
                current=self.current_sentence,
            )
        else:
            text = Text(article.body if article is not None else "")
        find = self.find
        if find is not None and article is not None and find.article_id == article.id:
            text = with_matches(text, find.matches, find.current, self.spec)
        return text

    def action_next_sentence(self) -> None:
        self._move_sentence(1)

    def action_previous_sentence(self) -> None:
        self._move_sentence(-1)

    def _resummarise(self, options: SummaryOptions) -> None:
        """Other articles pick up the new options when shown (current_analysis)."""
        if options == self.options:
            return
        self.options = options
        self.current_sentence = None
        self.show_article()
        self.notify(f"{options.algorithm}, {options.length.describe()}", timeout=2)

    def action_longer(self) -> None:
        self._resummarise(self.options.longer())

    def action_shorter(self) -> None:
        self._resummarise(self.options.shorter())

    def action_cycle_algorithm(self) -> None:
        self._resummarise(self.options.next_algorithm())

    def action_toggle_entities(self) -> None:
        self.show_entities = not self.show_entities
        self.show_article()
        state = "on" if self.show_entities else "off"
        self.notify(f"entity colours {state} in the article and the sidebar", timeout=2)

    def action_toggle_read(self) -> None:
        """Read / unread: the article and every copy of its story."""
        article = self.article
        if article is not None:
            read = self.view.toggle_read(article.id)
            for story_id in self.view.story(article.id):
                self._saved(self.state.set_mark(story_id, read=read))
            self._redraw_row(article)
            self._update_counts()

    def action_toggle_star(self) -> None:
        """Star / unstar: the article and every copy of its story."""
        article = self.article
        if article is not None:
            star = self.view.toggle_star(article.id)
            for story_id in self.view.story(article.id):
                self._saved(self.state.set_mark(story_id, star=star))
            self._redraw_row(article)

    def _apply_filters(self, filters: Filters, nothing: str) -> None:
        """Show the articles `filters` keep; if none, say `nothing` and keep the list
        as it is."""
        if not self.view.apply(filters):
            self.notify(nothing, severity="warning")
            return
        self.shown_articles = self.view.shown()
        self._fill_list()
        self.show_article()

    def action_search(self) -> None:
        """Search titles and bodies, within the name filter if one is on."""

        def done(query: str | None) -> None:
            if not query:
                return
            if self.view.unread_bodies() >= self.SEARCH_IN_A_WORKER:
                self.notify(f"searching {len(self.view.articles):,} articles…", timeout=2)
                self._search_in_background(query)
            else:
                self._apply_search(query)

        self.push_screen(SearchScreen(), done)

    @work(thread=True, exclusive=True, group="search")
    def _search_in_background(self, query: str) -> None:
        """Read the bodies a search needs off the UI thread (two seconds at 10,000
        articles), then apply it."""
        self.view.prepare_search(query)
        if not self._shutting_down:
            self.call_from_thread(self._apply_search, query)

    def _apply_search(self, query: str) -> None:
        filters = self.view.with_filters(search=query)
        self._apply_filters(filters, f"no articles match “{query}”")

    def action_filter_entity(self) -> None:
        """Keep the articles that mention the first entity in the current article's sidebar
        (or the entity whose name is highlighted in the summary)."""
        analysis = self.current_analysis
        if not analysis or not analysis.entities.canonical:
            return
        entity = analysis.entities.canonical[0]
        sidebar = self.query_one("#sidebar", OptionList)
        chosen = sidebar.highlighted_option
        if chosen is not None and chosen.id is not None and chosen.id.startswith("entity:"):
            name = chosen.id.split(":", 1)[1]
            entity = next((e for e in analysis.entities.canonical if e.name == name), entity)

        unseen = [a for a in self.library.articles if a.id not in self.analyses]
        if unseen:  # the worker has not reached them yet: read them from the cache now
            self.analyses.update(self.analyzer.cached_many(unseen, self.options))
        found = articles_naming(entity, self.analyses.values())
        self._apply_filters(
            self.view.with_filters(name=entity.name, name_articles=frozenset(found)),
            f"no articles match {entity.name}",
        )

    def action_clear_filters(self) -> None:
        """Escape: the find first, if there is one; then the list's filters."""
        if self.find is not None:
            self.find = None
            self._restyle_body()
            return
        if self.view.filters.active:
            self.view.clear()
            self.shown_articles = self.view.shown()
            self._fill_list()
            self.show_article()

    # -- the article: reading keys, find, its web page ------------------------------------
    def _restyle_body(self) -> None:
        """Draw the body again in place (a find changed), and its top rule."""
        self.query_one("#body", ArticleBody).restyle(self._body_text(self.current_analysis))
        self._title_body()

    def action_read_on(self) -> None:
        """Space: a page down in the article, wherever the focus is."""
        self.query_one("#body", ArticleBody).action_page_down()

    def action_reading_mode(self) -> None:
        """The article across the whole width: the list and the sidebar fold away and the
        body takes the focus; n/p and the reading keys work as before."""
        reader = self.reader
        reader.toggle_class("reading")
        if reader.has_class("reading"):
            self.query_one("#body", ArticleBody).focus()
        else:
            self.query_one("#articles", ArticleList).focus()

    def action_find(self) -> None:
        """Find words in the shown article: every match is marked, the first one after
        the place the reader is at is the current one, `.` and `,` step."""
        article = self.article
        if article is None:
            return
        body = self.query_one("#body", ArticleBody)

        def done(query: str | None) -> None:
            if not query or self.article is None:
                return
            here = body.offset_at_top()
            self.find = Find.of(query, self.article.id, self.article.body, after=here)
            self._show_match()

        self.push_screen(
            SearchScreen("Find in this article (enter finds, esc cancels)", "words…"), done
        )

    def _show_match(self) -> None:
        find = self.find
        if find is None:
            return
        self._restyle_body()
        if find.span is None:
            self.notify(find.describe(), severity="warning", timeout=3)
            return
        self.query_one("#body", ArticleBody).scroll_to_offset(find.span[0], context=3)

    def _step_match(self, by: int) -> None:
        if self.find is None:
            self.notify("nothing found yet: F finds words in the article", timeout=3)
            return
        self.find = self.find.step(by)
        self._show_match()

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def _article_url(self) -> str | None:
        """The shown article's web address; if it has none, None (and the reader says so)."""
        article = self.article
        if article is None:
            return None
        if not article.url:
            self.notify("this article has no web address (url: in its front matter)", timeout=3)
        return article.url or None

    def action_open_url(self) -> None:
        """Open the article's web page: in $BROWSER if set, else the system's browser."""
        if (url := self._article_url()) is None:
            return
        problem = open_in_browser(self, url)
        if problem:
            self.notify(problem, severity="warning")
        else:
            self.notify(f"opened {url}", timeout=2)

    def action_copy_url(self) -> None:
        """Copy the article's web address (OSC 52: most terminals put it on the clipboard)."""
        if (url := self._article_url()) is None:
            return
        self.copy_to_clipboard(url)
        self.notify(f"copied {url}", timeout=2)

    # -- the library: unread first ----------------------------------------------------------
    def _highlight(self, article: Article) -> None:
        articles = self.query_one("#articles", ArticleList)
        articles.highlighted = articles.get_option_index(article.id)
        self._article_changed()

    def action_next_unread(self) -> None:
        """The next unread article after the shown one (from the top when none is after)."""
        current = self.article
        start = self.shown_articles.index(current) + 1 if current in self.shown_articles else 0
        order = self.shown_articles[start:] + self.shown_articles[:start]
        unread = next((a for a in order if a.id not in self.read), None)
        if unread is None:
            self.notify("no unread articles in the list", timeout=2)
            return
        self._highlight(unread)

    def action_mark_all_read(self) -> None:
        """Every article in the list becomes read; u gives them back."""
        changed = self.view.mark_read(a.id for a in self.shown_articles)
        self.state.set_read_many(changed, read=True)
        self._marks_changed()
        self.notify(f"{len(changed)} marked read (u undoes)", timeout=3)

    def action_undo(self) -> None:
        changed = self.view.undo()
        if changed is None:
            self.notify("nothing to undo", timeout=2)
            return
        self.state.set_read_many(changed, read=False)
        self._marks_changed()
        self.notify(f"{len(changed)} unread again", timeout=2)

    def _marks_changed(self) -> None:
        """Many marks changed: the visible rows and the counts are drawn again."""
        self.query_one("#articles", ArticleList).redraw_rows()
        self._update_counts()

    def _toggle_filter(self, name: str, nothing: str) -> None:
        on = not getattr(self.view.filters, name)
        filters = self.view.with_filters(**{name: on})
        if on:
            self._apply_filters(filters, nothing)
        else:
            self._toggle_off(filters)

    def action_new_only(self) -> None:
        """Only what arrived since the previous launch (again: everything)."""
        self._toggle_filter("new_only", "nothing new since the last launch")

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
                self._toggle_off(self.view.with_filters(tag=""))
                return
            self._apply_filters(
                self.view.with_filters(tag=tag), f"no articles in the list have #{tag}"
            )

        self.push_screen(TagScreen(tags, self.view.filters.tag), done)

    def action_cycle_order(self) -> None:
        """By date → by source → grouped by source, the article in view kept."""
        order = self.view.next_order()
        self.shown_articles = self.view.shown()
        self._fill_list()
        self.show_article()
        self.notify(f"the list {ORDER_LABELS[order]}", timeout=2)

    def _toggle_off(self, filters: Filters) -> None:
        self.view.apply(filters)
        self.shown_articles = self.view.shown()
        self._fill_list()
        self.show_article()

    def action_unread_only(self) -> None:
        self._toggle_filter("unread_only", "every article in the list is read")

    def action_starred_only(self) -> None:
        self._toggle_filter("starred_only", "no article in the list is starred")

    def action_toggle_sidebar(self) -> None:
        """On a narrow terminal the sidebar shows in the list's place, and takes the
        focus; again, and the list is back."""
        reader = self.reader
        reader.toggle_class("with-sidebar")
        if reader.has_class("-narrow") or reader.has_class("-tiny"):
            shown = reader.has_class("with-sidebar")
            self.query_one("#sidebar" if shown else "#articles").focus()

    def action_toggle_list(self) -> None:
        """On a tiny terminal: the list or the article, each with the whole width."""
        reader = self.reader
        reader.toggle_class("with-list")
        if reader.has_class("-tiny"):
            self.query_one("#articles" if reader.has_class("with-list") else "#summary").focus()

    def action_help(self) -> None:
        self.push_screen(HelpScreen(commands.help_rows(self.keymap)))

    def action_pick_theme(self) -> None:
        """A theme picker that previews as you move; the choice is kept between runs."""

        def preview(name: str | None) -> None:
            if name:
                self._apply_theme(name)
                self.show_article()

        def done(name: str | None) -> None:
            if name:
                self._saved(self.state.set_pref("theme", self.spec.name))
                wins = (
                    f" (kept; BRIEFING_THEME={self.theme_from_env} still wins at start)"
                    if self.theme_from_env and self.theme_from_env != self.spec.name
                    else ""
                )
                self.notify(f"theme: {self.spec.name}{wins}", timeout=4 if wins else 2)

        names = sorted(self.theme_specs)
        self.push_screen(ThemeScreen(names, self.spec.name, preview), done)

    def action_pick_entity_types(self) -> None:
        """Choose which entity types are coloured (kept between runs)."""
        analysis = self.current_analysis
        counts: dict[str, int] = {}
        for mention in analysis.entities.mentions if analysis else ():
            counts[mention.label] = counts.get(mention.label, 0) + 1

        def changed(types: set[str]) -> None:
            self.entity_types = types
            self._saved(self.state.set_pref("entity_types", ",".join(sorted(types))))
            self.show_entities = True
            self.show_article()

        colours = {label: rich_color(c) for label, c in self.spec.entities.items()}
        self.push_screen(
            EntityTypesScreen(ENTITY_LABELS, self.entity_types, counts, colours, changed)
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


def starting_theme(configured: str, picked: str | None, from_env: str | None) -> str:
    """The theme at start: BRIEFING_THEME wins, then the theme last picked with `t`
    (kept between runs), then `theme:` in config.yaml, then the default."""
    if from_env:
        return configured  # the settings already hold the environment's theme
    return picked or configured


def _empty_text(library: Library) -> Text:
    """What an empty library shows: how to add articles, and any file that failed."""
    text = Text("No articles yet.\n\n", style="bold")
    text.append(
        "Add .txt, .md, .html or .json files to a folder and run `briefing FOLDER`, "
        "or list folders under `library:` in config.yaml (see `briefing --help`)."
    )
    if library.problems:
        text.append("\n\nThese files could not be read:\n", style="bold")
        for problem in library.problems:
            text.append(f"  {inert(problem.path)}: {inert(problem.reason)}\n")
    return text


def _title_text(article: Article, also_in: Sequence[str] = ()) -> Group:
    """The shown article's title in bold, then its source, date and reading time, then
    the other sources that carry the story and its tags, then its web address (o opens
    it, y copies it), each on one line cut with an ellipsis."""
    minutes = reading_minutes(article)
    title = Text(" ".join(article.title.split()), style="bold")
    meta = Text(
        f"{article.source} · {article.date:%a %d %b %Y} · {minutes} min read",
        style="dim",
        no_wrap=True,
        overflow="ellipsis",
    )
    lines = [title, meta]
    if also_in or article.tags:
        more = Text(no_wrap=True, overflow="ellipsis")
        if also_in:
            more.append("also in: ", style="dim")
            more.append(", ".join(also_in), style="bold")
        if article.tags:
            more.append("  " if also_in else "")
            more.append(" ".join(f"#{t}" for t in article.tags), style="italic")
        lines.append(more)
    if article.url:
        url = Text(no_wrap=True, overflow="ellipsis")
        url.append(article.url, style="underline")
        lines.append(url)
    return Group(*lines)


def _textual_theme(spec: ThemeSpec) -> Theme:
    colors = {k: (None if v == "ansi_default" else v) for k, v in spec.colors.items()}
    return Theme(
        name=spec.name,
        dark=spec.dark,
        primary=colors["primary"] or "ansi_blue",
        secondary=colors["secondary"],
        accent=colors["accent"],
        background=colors["background"],
        surface=colors["surface"],
        panel=colors["panel"],
        foreground=colors["foreground"],
        warning=colors["warning"],
        error=colors["error"],
        success=colors["success"],
    )


def run_app(paths: list[Path], settings: Settings) -> None:
    """Open the reader on `paths` (or the configured library, or the seeds)."""
    library = load_library(paths or None, settings.library, index_dir=settings.cache_dir)
    app = BriefingApp(library, settings, paths=paths)
    app.run()
    if app.fetching:  # its downloads end within their timeouts; the process waits for them
        print("briefing: finishing the feeds being fetched…", file=sys.stderr, flush=True)
