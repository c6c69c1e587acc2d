"""The reader screen: the list, the article (title, summary, body) and the sidebar.

Its view state is reactive: the article in view, the summary options, the find, the
entity colours and the current summary sentence each have a `watch_` method that
draws again what depends on them, so a command only says what changed. They are
`var`s: a `reactive` would also repaint the whole screen on every change, one more
full frame after each j. The panes own
their keys (the body scrolls itself, the list moves its cursor) and say what the
reader did as messages: `ArticleList.Moved` once the moved cursor is drawn,
`SummaryList.SentenceChosen`, `Sidebar.FigureChosen`. The analysis feed and the
reload run in thread workers that post their results here (`AnalysesArrived`,
`AnalysisFailed`, `Reloaded`): a message to a screen that has closed is dropped.

The layout follows the terminal's width through Textual's breakpoints, which set one
class on the screen for the size it has now:

- `-tiny`, under 80 columns: the list and the article each take the whole width
  (`l` switches); the article's body gets every column.
- `-narrow`, 80–119: the list and the article; the sidebar folds away (`i` shows it).
- `-wide`, 120–149, and `-very-wide`, 150 and more: list, article and sidebar, the
  list and the sidebar wider on a very wide terminal.

`-short` (under 30 rows) gives the summary more of the height, so it holds more than
one sentence on an 80x24 terminal.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Header, Static
from textual.worker import get_current_worker

from briefing.analysis.model import ENTITY_LABELS, Analysis, Article
from briefing.analysis.options import SummaryOptions
from briefing.library import Library
from briefing.themes import ThemeSpec
from briefing.tui import collector, commands
from briefing.tui.analysis_feed import AnalysesArrived, AnalysisFailed, AnalysisStore, feed
from briefing.tui.body import body_text, with_matches
from briefing.tui.copies import find_copies
from briefing.tui.find import Find
from briefing.tui.library_view import LibraryView
from briefing.tui.reloading import Reloaded, ReloadNotice, ReloadProgress, reload
from briefing.tui.screens.library_commands import LibraryCommands
from briefing.tui.screens.reading_commands import ReadingCommands
from briefing.tui.widgets.article_body import ArticleBody
from briefing.tui.widgets.article_list import ArticleList
from briefing.tui.widgets.article_view import Sidebar, SummaryList, empty_text, title_text
from briefing.tui.widgets.library_pane import LibraryPane
from briefing.tui.widgets.steady import SteadyStatic

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp


class Summarised(Message):
    """The article's summary with other options, made in a worker (None: not parsed)."""

    def __init__(
        self, article: Article, options: SummaryOptions, analysis: Analysis | None
    ) -> None:
        super().__init__()
        self.article = article
        self.options = options
        self.analysis = analysis


class CopiesFound(Message):
    """Which articles are copies of one story, for the articles of the library then."""

    def __init__(
        self, articles: tuple[Article, ...], copies: dict[str, tuple[Article, ...]]
    ) -> None:
        super().__init__()
        self.articles = articles
        self.copies = copies


class ReaderScreen(ReadingCommands, LibraryCommands):
    """The reader's main screen (the app's default screen)."""

    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (Textual declares it so)
        (0, "-tiny"),
        (80, "-narrow"),
        (120, "-wide"),
        (150, "-very-wide"),
    ]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = list(commands.bindings("reader"))

    article: var[Article | None] = var(None, always_update=True, init=False)
    """The article in view (set again to draw it again, in place)."""
    options: var[SummaryOptions] = var(SummaryOptions, init=False)
    """The summariser and the summary's length, for every article."""
    current_sentence: var[int | None] = var(None, always_update=True, init=False)
    """The summary sentence highlighted in the summary and the body (n/p; set again,
    the body scrolls back to it)."""
    find: var[Find | None] = var(None, init=False)
    """Words found in the article in view (F), the current match."""
    show_entities: var[bool] = var(True, init=False)
    entity_types: var[frozenset[str]] = var(frozenset(ENTITY_LABELS), init=False)
    """The entity types coloured, when `show_entities`."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        app = self.reader_app
        state = app.state
        self.set_reactive(ReaderScreen.options, app.settings.summary_options)
        shown_types = state.pref("entity_types")
        types = ENTITY_LABELS if shown_types is None else shown_types.split(",")
        self.set_reactive(ReaderScreen.entity_types, frozenset(types))
        self.store = AnalysisStore(app.analyzer)
        read, starred = state.marks()
        # what is new: arrived (first seen here) after the previous launch; on the first
        # launch, what arrives while the reader is open
        now = time.time()
        previous = state.launch(now)
        self._since = now if previous is None else previous
        self.view = LibraryView(library.articles, read, starred)
        self.view.since = datetime.fromtimestamp(self._since)
        self.note_new(library.articles, now)
        self.empty = None if library.articles else Static(empty_text(library), id="empty")
        self._read_timer: Timer | None = None
        """The timer that marks the article in view read (one at a time)."""

    @property
    def reader_app(self) -> BriefingApp:
        return self.app  # type: ignore[return-value]

    @property
    def analyses(self) -> dict[str, Analysis]:
        """The analyses that have arrived, by article id."""
        return self.store.by_id

    @property
    def spec(self) -> ThemeSpec:
        return self.reader_app.spec

    # -- layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        if self.empty is not None:
            yield self.empty
        with Horizontal(id="main"):  # hidden while the library is empty
            yield LibraryPane(self.view, id="list-pane")
            with Vertical(id="centre"):
                yield SteadyStatic(id="title")
                yield SummaryList(id="summary", classes="pane")
                yield ArticleBody(id="body", classes="pane")
            yield Sidebar(id="sidebar", classes="pane")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """The panes exist: the list and the first article show in the first frame."""
        # the breakpoint classes for the size at start, before the first layout (Textual
        # sets them on the first resize, after it)
        width, height = self.app.size
        for breakpoints, size in (
            (self.HORIZONTAL_BREAKPOINTS or [], width),
            (self.VERTICAL_BREAKPOINTS or [], height),
        ):
            fits = [name for least, name in breakpoints if size >= least]
            for _, name in breakpoints:
                self.set_class(name == fits[-1], name)
        self.query_one("#body").border_title = "Article"
        self.query_one("#sidebar").border_title = "Figures and names"
        self.set_class(self.empty is not None, "-empty")
        pane = self.pane
        pane.library_name = self.library.name
        pane.problems = self.library.problems
        if self.library.articles:
            pane.refill()
            self.focus_first_pane()
            # one cache read; the rest after the first frame. The article the reader
            # opens on is not marked read by the clock: only one moved to is
            if (first := pane.highlighted) is not None:
                self.set_reactive(ReaderScreen.article, first)
                self.draw_article(first, from_top=True)

    def start(self) -> None:
        """The first frame is on the screen (the app's Ready): fill in every analysis in
        a worker (cache hits quickly, misses parsed in small batches). Started earlier,
        the worker holds the GIL while the first frame is laid out and delays it by
        about 30 ms per 1,000 articles; articles shown before it gets to them are read
        from the cache."""
        collector.settle()  # the library and what the first frame made
        if self.library.articles:
            self.analyse(list(self.library.articles))
            self.find_copies(self.library.articles)
        settings = self.reader_app.settings
        if settings.fetch_on_start and settings.feeds:
            self.start_reload(fetch=True)

    @property
    def pane(self) -> LibraryPane:
        return self.query_one("#list-pane", LibraryPane)

    @property
    def body(self) -> ArticleBody:
        return self.query_one("#body", ArticleBody)

    def focus_first_pane(self) -> None:
        """The list, or the summary when the terminal is tiny and the list folded away
        (a hidden pane with the focus would take every key and show none)."""
        tiny = self.has_class("-tiny") and not self.has_class("with-list")
        self.query_one("#summary" if tiny else "#articles").focus()

    def fill(self) -> None:
        """The library was empty and now has articles (a reload, a fetch): the panes
        show in place of the words on how to add some."""
        self.remove_class("-empty")
        if self.empty is not None:
            self.empty.display = False
        self.focus_first_pane()

    def saved(self, problem: str | None) -> None:
        """A mark or a preference the state file could not take: said once, kept in
        memory and written with the next change that can be."""
        if problem:
            self.notify(problem, severity="error")

    def note_new(self, articles: tuple[Article, ...], now: float) -> None:
        """Record when each article was first seen; those seen after the previous
        launch are new."""
        seen = self.reader_app.state.first_seen((a.id for a in articles), now)
        self.view.new = frozenset(i for i, first in seen.items() if first > self._since)

    # -- the article in view ----------------------------------------------------------------
    @property
    def current_analysis(self) -> Analysis | None:
        """The shown article's analysis with the current summary options."""
        article = self.article
        return None if article is None else self.store.of(article, self.options)

    def catch_up(self) -> None:
        """Show the article under the list's cursor now, if the list has not yet said
        it moved (a command acts on the article the list is on)."""
        highlighted = self.pane.highlighted if self.library.articles else None
        if highlighted is not None and highlighted is not self.article:
            self.article = highlighted

    @on(ArticleList.Moved)
    def _moved(self, event: ArticleList.Moved) -> None:
        if event.article is not self.article:
            self.article = event.article
            self._frame_now()

    class _FrameNow(Message):
        """The panes' redraw requests are in the screen's queue: draw them now."""

    def _frame_now(self) -> None:
        """Lay out and draw the new article at once, as Textual would a turn or two of
        the event loop later: each pane would tell the screen it changed only when it
        next fell idle, and the screen would draw only at its update timer's next tick
        (up to 1/60 s). Those waits were a fifth of the time a j took to reach the
        terminal. Each pane's requests go to the screen's queue now, and a message
        behind them draws the frame (Textual is pinned to an exact version for these
        private calls)."""
        for widget in self.walk_children(Widget, with_self=False):
            widget._check_refresh()
        self.post_message(self._FrameNow())

    def on_reader_screen__frame_now(self, message: _FrameNow) -> None:
        message.stop()
        if self.is_current and not self.app._batch_count:
            self._on_timer_update()

    def watch_article(self, old: Article | None, new: Article | None) -> None:
        if new is None:
            return
        if old is None or old.id != new.id:  # another article: from its top, no find
            self.set_reactive(ReaderScreen.current_sentence, None)
            self.set_reactive(ReaderScreen.find, None)
            self.mark_read_later(new.id)
            self.draw_article(new, from_top=True)
            self._prepare_later()
        else:  # the same article (e, t, +/-, a filter): it keeps its place
            self.draw_article(new, from_top=False)

    _preparing: Timer | None = None

    def _prepare_later(self) -> None:
        """Once the keys pause, draw the sidebars of the articles above and below the
        cursor ahead: a j or k to one of them then only lays out its rows (they were a
        third of the article's frame)."""
        if self._preparing is not None:
            self._preparing.stop()
        self._preparing = self.set_timer(0.15, self._prepare_neighbours)

    def _prepare_neighbours(self) -> None:
        pane, sidebar = self.pane, self.query_one("#sidebar", Sidebar)
        for article in pane.neighbours():
            analysis = self.store.of(article, self.options)
            if analysis is not None:
                sidebar.prepare_for(analysis, self.spec, self.coloured_types)

    def draw_article(self, article: Article, from_top: bool) -> None:
        analysis = self.current_analysis
        self.query_one("#title", Static).update(title_text(article, self.view.also_in(article)))
        self.query_one("#summary", SummaryList).show(analysis, self.current_sentence)
        self.title_body()
        body = self.body
        (body.update if from_top else body.restyle)(self.body_text(analysis))
        self.query_one("#sidebar", Sidebar).show(analysis, self.spec, self.coloured_types)

    def redraw(self) -> None:
        """The article in view drawn again in place (the theme or the options changed)."""
        self.article = self.article

    def watch_options(self, options: SummaryOptions) -> None:
        """Another summariser or length (+, -, a): the summary's rule says so at once,
        and the new summary is made from the cached parse in a worker; the article is
        drawn again when it comes (`Summarised`)."""
        self.set_reactive(ReaderScreen.current_sentence, None)
        article = self.article
        if article is None:
            return
        self.query_one("#summary", SummaryList).busy(options)
        analyzer = self.store.analyzer

        def work() -> None:
            try:
                analysis = analyzer.cached(article, options)
            except Exception as exc:  # a broken cache entry: one notice, the text stays
                self.post_message(AnalysisFailed([article], exc))
                analysis = None
            self.post_message(Summarised(article, options, analysis))

        self.run_worker(work, thread=True, exclusive=True, group="summary")

    def on_summarised(self, event: Summarised) -> None:
        if event.options != self.options or event.article is not self.article:
            return  # another key came first: its own summary follows, or is drawn
        drawn = self.store.by_id.get(event.article.id) is not None
        if event.analysis is None or not drawn:
            self.redraw()  # from "analysing…", or to it
            return
        # the options change the summary alone: the title, figures and names stay drawn
        self.store.by_id[event.article.id] = event.analysis
        analysis = self.current_analysis
        self.query_one("#summary", SummaryList).show(analysis, None)
        self.body.restyle(self.body_text(analysis))

    def watch_show_entities(self) -> None:
        self.redraw()

    def watch_entity_types(self) -> None:
        self.redraw()

    def watch_find(self) -> None:
        """Draw the body again in place (a find changed), and its top rule."""
        self.body.restyle(self.body_text(self.current_analysis))
        self.title_body()

    def watch_current_sentence(self, index: int | None) -> None:
        """Highlight the current summary sentence in the summary and in the body and
        scroll the body to it: only what changes is redrawn (n/p are the core keys)."""
        analysis = self.current_analysis
        if index is None or analysis is None or index >= len(analysis.summary):
            return
        self.query_one("#summary", SummaryList).highlighted = index
        body = self.body
        body.restyle(self.body_text(analysis))
        body.scroll_to_offset(analysis.summary[index].start)

    def title_body(self) -> None:
        """The body's top rule: "Article", and the find in force."""
        find = self.find
        label = "Article" if find is None else f"Article · {find.describe()} (. , step · esc)"
        self.body.border_title = Content(label)

    @property
    def coloured_types(self) -> set[str]:
        """The entity types coloured now, in the body and the sidebar alike."""
        return set(self.entity_types) if self.show_entities else set()

    def body_text(self, analysis: Analysis | None) -> Text:
        """The body as drawn: coloured by its analysis (plain while there is none), with
        the matches of a find marked."""
        article = self.article
        if analysis is not None:
            text = body_text(
                analysis, self.spec, entity_types=self.coloured_types, current=self.current_sentence
            )
        else:
            text = Text(article.body if article is not None else "")
        find = self.find
        if find is not None and article is not None and find.article_id == article.id:
            text = with_matches(text, find.matches, find.current, self.spec)
        return text

    @on(ArticleList.Opened)
    def _opened(self) -> None:
        """Enter on an article opens it: the summary takes the focus (and on a tiny
        terminal the article replaces the list)."""
        self.remove_class("with-list")
        summary = self.query_one("#summary", SummaryList)
        if summary.highlighted is None and summary.option_count:
            summary.highlighted = 0
        summary.focus()

    @on(Sidebar.FigureChosen)
    def _figure_chosen(self, event: Sidebar.FigureChosen) -> None:
        """Enter on a figure jumps to its place in the body."""
        analysis = self.current_analysis
        if analysis is not None and event.index < len(analysis.figures):
            self.body.scroll_to_offset(analysis.figures[event.index].start)

    @on(SummaryList.SentenceChosen)
    def _sentence_chosen(self, event: SummaryList.SentenceChosen) -> None:
        """Enter on a summary sentence jumps to it, like n/p."""
        self.current_sentence = event.index

    def mark_read_later(self, article_id: str) -> None:
        """Opening an article for more than a moment marks it read: READ_AFTER seconds
        of one look at it. Moving on stops the count, so A, B and back to A within the
        moment does not mark A read by the first look's timer."""
        if self._read_timer is not None:
            self._read_timer.stop()

        def mark() -> None:
            current = self.article
            if (
                current is not None
                and current.id == article_id
                and article_id not in self.view.read
            ):
                story = self.view.story(article_id)  # every copy of the story is read
                self.view.set_read(story, True)
                for story_id in story:
                    self.saved(self.reader_app.state.set_mark(story_id, read=True))
                self.pane.redraw_row(current)

        self._read_timer = self.set_timer(self.reader_app.READ_AFTER, mark)

    # -- the analysis feed ------------------------------------------------------------------
    def analyse(self, articles: list[Article]) -> None:
        app, options = self.reader_app, self.options

        def work() -> None:
            worker = get_current_worker()
            process = app.analysis_process
            feed(
                app.analyzer,
                process,
                articles,
                options,
                self.post_message,
                lambda: worker.is_cancelled,
            )

        self.run_worker(work, thread=True, exclusive=True, group="analyse")

    def on_analyses_arrived(self, event: AnalysesArrived) -> None:
        current = self.article
        fresh = current is not None and current.id not in self.store.by_id
        self.store.add(event.analyses)
        collector.settle()  # the analyses stay as long as the reader
        done, total = event.done, event.total
        busy = self.pane.busy
        if done >= total:
            busy.pop("analysis", None)
        else:
            busy["analysis"] = f"analysing {min(done, total)}/{total}"
        self.pane.show_counts()
        if fresh and current is not None and current.id in self.store.by_id:
            self.redraw()

    def on_analysis_failed(self, event: AnalysisFailed) -> None:
        self.notify(event.describe(), severity="error", timeout=10)

    # -- the copies of one story ------------------------------------------------------------
    def find_copies(self, articles: tuple[Article, ...]) -> None:
        """Which articles are copies of one story (a pass over every text, too long
        for the first frame at 10,000 articles): the list then shows each once."""

        def work() -> None:
            worker = get_current_worker()
            try:
                copies = find_copies(articles, lambda: worker.is_cancelled)
            except Exception as exc:  # the list still works, with every copy in it
                self.post_message(
                    ReloadNotice(f"could not compare the articles: {exc}", "information")
                )
                return
            if copies and not worker.is_cancelled:
                self.post_message(CopiesFound(articles, copies))

        self.run_worker(work, thread=True, exclusive=True, group="copies")

    def on_copies_found(self, event: CopiesFound) -> None:
        if event.articles is not self.library.articles:
            return  # a reload came first: its own search follows
        self.view.copies = event.copies
        self.pane.refill()
        self.article = self.pane.highlighted

    # -- reloading and fetching -------------------------------------------------------------
    @property
    def fetching(self) -> bool:
        """A fetch of the feeds is under way."""
        return self.pane.busy.get("fetch", "").startswith("fetching")

    def action_reload(self) -> None:
        """Fetch the feeds (when there are any), then read the library again."""
        if (busy := self.pane.busy.get("fetch")) is not None:
            self.notify(f"already {busy}", timeout=2)
            return
        self.start_reload(fetch=bool(self.reader_app.settings.feeds))

    def start_reload(self, fetch: bool) -> None:
        feeds = len(self.reader_app.settings.feeds)
        self.on_reload_progress(
            ReloadProgress(f"fetching 0/{feeds} feeds…" if fetch else "reading the library…")
        )
        app = self.reader_app

        def work() -> None:
            worker = get_current_worker()
            reload(app.settings, app.paths, fetch, self.post_message, lambda: worker.is_cancelled)

        self.run_worker(work, thread=True, exclusive=True, group="reload")

    def on_reload_progress(self, event: ReloadProgress) -> None:
        self.pane.busy["fetch"] = event.text
        self._show_progress()

    def _show_progress(self) -> None:
        if self.library.articles:
            self.pane.show_counts()
        else:
            fetch = self.pane.busy.get("fetch")
            self.app.sub_title = " · ".join(p for p in (self.library.name, fetch) if p)

    def on_reload_notice(self, event: ReloadNotice) -> None:
        timeout = 10 if event.severity == "error" else None
        self.notify(event.text, severity=event.severity, timeout=timeout)

    def on_reloaded(self, event: Reloaded) -> None:
        """The library read again: new and changed files appear, vanished ones go; the
        shown article stays in view if it is still there; new articles are analysed."""
        self.pane.busy.pop("fetch", None)
        library, summary = event.library, event.summary
        if summary is not None:
            self.notify(summary.text, title="fetched", severity=summary.severity, timeout=8)
        if library is None:
            self._show_progress()
            return
        before = {a.id for a in self.library.articles}
        self.library = library
        self.view.articles = library.articles
        self.view.copies = {}
        self.note_new(library.articles, time.time())
        pane = self.pane
        pane.problems = library.problems
        if not self.view.shown() and self.view.filters.active:
            self.view.clear()  # the filters kept nothing of the new library
        if library.articles and self.has_class("-empty"):
            self.fill()
        pane.refill()
        self.article = pane.highlighted
        added = sum(a.id not in before for a in library.articles)
        gone = len(before - {a.id for a in library.articles})
        if summary is None:
            self.notify(f"library read again: {added} new, {gone} gone", timeout=3)
        if missing := self.store.missing(library.articles):
            self.analyse(missing)
        self.find_copies(library.articles)
