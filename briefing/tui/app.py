"""The reader app: what every screen shares (settings, the analyzer and its child
process, the reader's state file, the themes and the keymap) and the reader screen it
opens on (`reader_screen.py`), which owns the view.

The list shows at once; analyses come from the cache without spaCy, and articles not
yet analysed are analysed in a worker, filling in as they arrive; it starts on `Ready`,
once the first frame is out.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from textual.actions import ActionParseResult
from textual.app import App, SystemCommand
from textual.dom import DOMNode
from textual.notifications import Notification, Notify, SeverityLevel
from textual.reactive import var
from textual.screen import Screen

from briefing.analysis.pipeline import AnalysisProcess, Analyzer
from briefing.config import DEFAULT_THEME, Settings
from briefing.library import Library, load_library
from briefing.state import ReaderState
from briefing.themes import ThemeSpec, load_themes
from briefing.tui import collector, commands
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.theming import starting_theme, textual_theme
from briefing.tui.widgets.article_list import ArticleList

LIST_MOVES = frozenset({"cursor_down", "cursor_up", "first", "last", "page_down", "page_up"})
"""The list's moving actions: their article is drawn a frame after the cursor."""


class BriefingApp(App[None]):
    """A terminal news briefing reader."""

    READ_AFTER = 2.0
    """Seconds an article stays open before it counts as read."""
    SEARCH_IN_A_WORKER = 500
    """From this many bodies still in their files, a search reads them in a worker."""
    BRIEF_NOTICE = 3.0
    """Seconds or less an information notice shows for that makes it a passing one,
    which the next passing notice replaces (see _on_notify)."""

    TITLE = "briefing"
    sub_title: var[str] = var("")
    """The title bar's counts and progress: a var, so a change redraws the title bar
    alone (Textual's reactive repainted the whole screen on every mark and every batch
    of analyses)."""
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
        self.state = state or ReaderState()
        self._brief_notice: Notification | None = None
        self.theme_specs, self.theme_problems = load_themes()
        self.theme_from_env = os.environ.get("BRIEFING_THEME") or None
        start = starting_theme(settings.theme, self.state.pref("theme"), self.theme_from_env)
        self.spec: ThemeSpec = (
            self.theme_specs.get(start)
            or self.theme_specs.get(settings.theme)
            or self.theme_specs[DEFAULT_THEME]
        )
        self.keymap = commands.resolve_keymap(settings.keys)  # BriefingError: bad keys
        # the themes are registered, and the starting one set, before the stylesheet is
        # first read: set on mount, it was read again and applied again to every widget
        # before the first frame
        self.theme_skipped: list[str] = []
        for spec in self.theme_specs.values():
            try:
                self.register_theme(textual_theme(spec))
            except Exception as exc:  # a bad colour in a user theme
                self.theme_skipped.append(f"theme {spec.name} skipped: {exc}")
        if self.spec.name in self.available_themes:
            self._start_in_theme(self.spec.name)
        else:
            self.theme_skipped.append(f"cannot use theme {self.spec.name}")

    def _start_in_theme(self, name: str) -> None:
        """Start in theme `name` as setting `theme` would (its classes, its ANSI
        colours and its CSS variables), without reading the stylesheet again: it has
        not been read yet."""
        self.set_reactive(App.theme, name)
        dark = self.current_theme.dark
        self.update_classes(
            {f"-theme-{name}": True, "-dark-mode": dark, "-light-mode": not dark}, update=False
        )
        self._refresh_truecolor_filter(self.ansi_theme)
        self.stylesheet.set_variables(self.get_css_variables())

    def get_default_screen(self) -> Screen:
        return ReaderScreen(self.library)

    @property
    def reader(self) -> ReaderScreen:
        """The reader screen, under any dialog that is open."""
        return self.screen_stack[0]  # type: ignore[return-value]

    @property
    def fetching(self) -> bool:
        """A fetch of the feeds is under way (the process waits for it after quitting)."""
        return bool(self.screen_stack) and self.reader.fetching

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

    def _on_notify(self, event: Notify) -> None:
        """A brief notice ("opened …", "copied …": information shown for BRIEF_NOTICE
        seconds or less) takes the brief notice before it off the screen instead of
        stacking under it: `o` five times shows one notice, not five that vanish one by
        one, each vanishing a redraw of its own; warnings and errors stay. Done as each is
        shown, in the order posted (two posted in one tick, "O" twice, were both shown
        when the first was taken off at posting)."""
        notice = event.notification
        if notice.severity == "information" and notice.timeout <= self.BRIEF_NOTICE:
            if self._brief_notice is not None:
                self._unnotify(self._brief_notice, refresh=False)  # redrawn with the new one
            self._brief_notice = notice
        super()._on_notify(event)

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
                    functools.partial(self.run_action, reader_command.action, self.reader),
                )

    def on_mount(self) -> None:
        for skipped in self.theme_skipped:
            self.notify(skipped, severity="warning")
        for problem in self.theme_problems:
            self.notify(str(problem), severity="warning")
        for message in [*self.state.warnings, *self.analyzer.cache.new_warnings()]:
            self.notify(message, severity="warning")  # a state or cache file moved aside
        self.set_keymap(commands.textual_keymap(self.keymap))
        self.sub_title = f"{self.library.name} · {len(self.library.articles)} articles"
        if problems := self.library.problems:
            where = "at the end of the list" if self.library.articles else "below"
            self.notify(
                f"{len(problems)} file{'s' if len(problems) > 1 else ''} could not be read "
                f"(listed {where})",
                severity="warning",
            )

    def on_ready(self) -> None:
        """The first frame is on the screen: the reader's workers start."""
        self.reader.start()

    def on_unmount(self) -> None:
        collector.release()
        if self.analysis_process is not None:
            self.analysis_process.close()
        self.state.close()  # writes any mark the disk refused earlier, if it now can

    def apply_theme(self, name: str) -> None:
        if name in self.theme_specs:
            try:
                self.theme = name
                self.spec = self.theme_specs[name]
            except Exception:
                self.notify(f"cannot use theme {name}", severity="warning")

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Every command but a move in the list acts on the article the list is on: one
        the list has moved to but not yet announced is shown first."""
        moving = isinstance(default_namespace, ArticleList) and action in LIST_MOVES
        if not moving and self.screen_stack and self.reader.is_mounted:
            self.reader.catch_up()
        return await super().run_action(action, default_namespace, namespaces)


def run_app(paths: list[Path], settings: Settings) -> None:
    """Open the reader on `paths` (or the configured library, or the seeds)."""
    library = load_library(paths or None, settings.library, index_dir=settings.cache_dir)
    app = BriefingApp(library, settings, paths=paths)
    app.run()
    if app.fetching:  # its downloads end within their timeouts; the process waits for them
        print("briefing: finishing the feeds being fetched…", file=sys.stderr, flush=True)
