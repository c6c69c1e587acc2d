"""The reader's commands on the article in view and on the look (the "Summary",
"Article", "Look" and "App" sections of the commands table). A base of the reader
screen: each command sets a piece of the screen's reactive view state (the summary
options, the current sentence, the find, the entity colours) and the screen's
`watch_` methods draw what depends on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.model import ENTITY_LABELS, Analysis, Article
from briefing.analysis.options import SummaryOptions
from briefing.themes import rich_color
from briefing.tui import commands
from briefing.tui.browser import open_in_browser
from briefing.tui.find import Find
from briefing.tui.screens.dialogs import EntityTypesScreen, HelpScreen, SearchScreen, ThemeScreen
from briefing.tui.screens.plain_notices import PlainNotices
from briefing.tui.widgets.article_body import ArticleBody

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp


class ReadingCommands(PlainNotices):
    """The article's and the look's commands, for the reader screen."""

    if TYPE_CHECKING:  # the reader screen's
        article: Article | None
        options: SummaryOptions
        current_sentence: int | None
        find: Find | None
        show_entities: bool
        entity_types: frozenset[str]

        @property
        def body(self) -> ArticleBody: ...
        @property
        def reader_app(self) -> BriefingApp: ...
        @property
        def current_analysis(self) -> Analysis | None: ...
        def saved(self, problem: str | None) -> None: ...
        def redraw(self) -> None: ...
        def clear_list_filters(self) -> None: ...

    # -- the summary ------------------------------------------------------------------------
    def _move_sentence(self, step: int) -> None:
        analysis = self.current_analysis
        if not analysis or not analysis.summary:
            return
        if self.current_sentence is None:
            self.current_sentence = 0 if step > 0 else len(analysis.summary) - 1
        else:
            self.current_sentence = (self.current_sentence + step) % len(analysis.summary)

    def action_next_sentence(self) -> None:
        self._move_sentence(1)

    def action_previous_sentence(self) -> None:
        self._move_sentence(-1)

    def _resummarise(self, options: SummaryOptions) -> None:
        """Other articles pick up the new options when shown."""
        if options != self.options:
            self.options = options
            self.notify(f"{options.algorithm}, {options.length.describe()}", timeout=2)

    def action_longer(self) -> None:
        self._resummarise(self.options.longer())

    def action_shorter(self) -> None:
        self._resummarise(self.options.shorter())

    def action_cycle_algorithm(self) -> None:
        self._resummarise(self.options.next_algorithm())

    # -- the article ------------------------------------------------------------------------
    def action_read_on(self) -> None:
        """Space: a page down in the article, wherever the focus is."""
        self.body.action_page_down()

    def action_reading_mode(self) -> None:
        """The article across the whole width: the list and the sidebar fold away and the
        body takes the focus; n/p and the reading keys work as before."""
        self.toggle_class("reading")
        self.query_one("#body" if self.has_class("reading") else "#articles").focus()

    def action_find(self) -> None:
        """Find words in the shown article: every match is marked, the first one after
        the place the reader is at is the current one, `.` and `,` step."""
        if self.article is None:
            return

        def done(query: str | None) -> None:
            article = self.article
            if not query or article is None:
                return
            here = self.body.offset_at_top()
            self._show_match(Find.of(query, article.id, article.body, after=here))

        self.app.push_screen(
            SearchScreen("Find in this article (enter finds, esc cancels)", "words…"), done
        )

    def _show_match(self, find: Find) -> None:
        self.find = find
        if find.span is None:
            self.notify(find.describe(), severity="warning", timeout=3)
            return
        self.body.scroll_to_offset(find.span[0], context=3)

    def _step_match(self, by: int) -> None:
        if self.find is None:
            self.notify("nothing found yet: F finds words in the article", timeout=3)
            return
        self._show_match(self.find.step(by))

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def action_clear_filters(self) -> None:
        """Escape: the find first, if there is one; then the list's filters."""
        if self.find is not None:
            self.find = None
        else:
            self.clear_list_filters()

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
        problem = open_in_browser(self.app, url)
        if problem:
            self.notify(problem, severity="warning")
        else:
            self.notify(f"opened {url}", timeout=2)

    def action_copy_url(self) -> None:
        """Copy the article's web address (OSC 52: most terminals put it on the clipboard)."""
        if (url := self._article_url()) is None:
            return
        self.app.copy_to_clipboard(url)
        self.notify(f"copied {url}", timeout=2)

    # -- the look ---------------------------------------------------------------------------
    def action_toggle_entities(self) -> None:
        self.show_entities = not self.show_entities
        state = "on" if self.show_entities else "off"
        self.notify(f"entity colours {state} in the article and the sidebar", timeout=2)

    def action_toggle_sidebar(self) -> None:
        """On a narrow terminal the sidebar shows in the list's place, and takes the
        focus; again, and the list is back."""
        self.toggle_class("with-sidebar")
        if self.has_class("-narrow") or self.has_class("-tiny"):
            shown = self.has_class("with-sidebar")
            self.query_one("#sidebar" if shown else "#articles").focus()

    def action_toggle_list(self) -> None:
        """On a tiny terminal: the list or the article, each with the whole width."""
        self.toggle_class("with-list")
        if self.has_class("-tiny"):
            self.query_one("#articles" if self.has_class("with-list") else "#summary").focus()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(commands.help_rows(self.reader_app.keymap)))

    def action_pick_theme(self) -> None:
        """A theme picker that previews as you move; the choice is kept between runs."""
        app = self.reader_app

        def preview(name: str | None) -> None:
            if name:
                app.apply_theme(name)
                self.redraw()

        def done(name: str | None) -> None:
            if name:
                self.saved(app.state.set_pref("theme", app.spec.name))
                wins = (
                    f" (kept; BRIEFING_THEME={app.theme_from_env} still wins at start)"
                    if app.theme_from_env and app.theme_from_env != app.spec.name
                    else ""
                )
                self.notify(f"theme: {app.spec.name}{wins}", timeout=4 if wins else 2)

        names = sorted(app.theme_specs)
        self.app.push_screen(ThemeScreen(names, app.spec.name, preview), done)

    def action_pick_entity_types(self) -> None:
        """Choose which entity types are coloured (kept between runs)."""
        analysis = self.current_analysis
        counts: dict[str, int] = {}
        for mention in analysis.entities.mentions if analysis else ():
            counts[mention.label] = counts.get(mention.label, 0) + 1

        def changed(types: set[str]) -> None:
            self.saved(self.reader_app.state.set_pref("entity_types", ",".join(sorted(types))))
            self.entity_types = frozenset(types)
            self.show_entities = True

        spec = self.reader_app.spec
        colours = {label: rich_color(c) for label, c in spec.entities.items()}
        self.app.push_screen(
            EntityTypesScreen(ENTITY_LABELS, set(self.entity_types), counts, colours, changed)
        )
