"""Modal screens: help (every key binding), search, the brief, and the theme, tag and
entity-type pickers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from briefing.analysis.consistency import harmonise
from briefing.analysis.model import Analysis, Article
from briefing.analysis.options import SummaryOptions
from briefing.analysis.pipeline import Analyzer
from briefing.themes import ThemeSpec


class HelpScreen(ModalScreen[None]):
    """Every key the reader knows, from the app's own bindings."""

    BINDINGS = [  # noqa: RUF012
        Binding("escape,q,question_mark", "dismiss", "Close"),
        Binding("j", "scroll(1)", show=False),
        Binding("k", "scroll(-1)", show=False),
    ]

    def __init__(self, sections: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> None:
        """`sections`: (heading, [(keys, what they do)]), with the keys in use now."""
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column(ratio=1)
        for index, (heading, rows) in enumerate(self.sections):
            if index:
                table.add_row("", "")
            table.add_row(Text(heading, style="underline"), "")
            for keys, does in rows:  # Text cells: a key such as "[" is never read as markup
                table.add_row(Text(keys), Text(does))
        with VerticalScroll(id="help"):  # scrolls (j/k, ↓/↑) when the terminal is short
            yield Static(Content("Keys (esc closes)"), classes="title")
            yield Static(table)

    def on_mount(self) -> None:
        self.query_one("#help", VerticalScroll).focus()

    def action_scroll(self, step: int) -> None:
        help_box = self.query_one("#help", VerticalScroll)
        help_box.scroll_relative(y=step, animate=False)


class SearchScreen(ModalScreen[str | None]):
    """Ask for words: to search titles and bodies, or to find in the article."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]  # noqa: RUF012

    def __init__(
        self,
        prompt: str = "Search titles and articles (enter to search, esc to cancel)",
        placeholder: str = "words…",
    ) -> None:
        super().__init__()
        self.prompt, self.placeholder = prompt, placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Static(Content(self.prompt))
            yield Input(placeholder=self.placeholder, id="query")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class BriefScreen(ModalScreen[None]):
    """The daily brief of the articles in the list, in the theme's colours as
    `briefing brief` prints it on a terminal (escape closes; j/k, space, page keys and
    g/G scroll).

    It opens at once with a progress bar and builds the brief in a worker of its own
    (a month of articles takes a moment; closing the dialog cancels it), then shows it;
    Textual wraps it to the width the dialog has, again when the terminal is resized."""

    BINDINGS = [  # noqa: RUF012
        Binding("escape,q,b", "dismiss", "Close"),
        Binding("j,down", "scroll(1)", show=False),
        Binding("k,up", "scroll(-1)", show=False),
        Binding("space,pagedown", "page(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("g,home", "edge(0)", show=False),
        Binding("G,end", "edge(1)", show=False),
    ]

    def __init__(
        self,
        articles: Sequence[Article],
        label: str,
        analyzer: Analyzer,
        options: SummaryOptions,
        spec: ThemeSpec,
    ) -> None:
        super().__init__()
        self.articles = list(articles)
        self.total = len(self.articles)
        self.label = label
        self.analyzer = analyzer
        self.options = options
        self.spec = spec
        self.brief: RenderableType | None = None
        self._built = False

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="brief"):
            yield Static(
                Content(f"Building the brief of {self.total} articles…"), id="brief-status"
            )
            yield ProgressBar(total=self.total or None, id="brief-progress")
            yield Static(id="brief-text")

    def on_mount(self) -> None:
        self.query_one("#brief", VerticalScroll).focus()
        self._build()

    @work(thread=True, exclusive=True)
    def _build(self) -> None:
        """The analyses from the cache, grouped into stories, rendered as `briefing
        brief` renders them on a terminal."""
        from briefing.brief.model import make_brief
        from briefing.brief.render import render_terminal

        worker = get_current_worker()
        articles, call = self.articles, self.app.call_from_thread
        analyses: list[Analysis] = []
        batch = 500
        try:
            for start in range(0, len(articles), batch):
                if worker.is_cancelled:  # the brief was closed before it was built
                    return
                found = self.analyzer.cached_many(articles[start : start + batch], self.options)
                analyses += found.values()
                call(self.advance, min(start + batch, len(articles)))
            if analyses:
                call(self.stage, f"Grouping {len(analyses)} articles into stories…")
            brief = (
                make_brief(harmonise(analyses), self.label, fingerprints=self.analyzer.fingerprints)
                if analyses
                else None
            )  # the cache's stored fingerprints: no story member's body is read
        except Exception as exc:  # a broken cache entry: one notice, the reader carries on
            call(self.app.notify, f"could not build the brief: {exc}", severity="error", timeout=10)
            call(self.dismiss)
            return
        if not worker.is_cancelled:
            call(self.show, None if brief is None else render_terminal(brief, self.spec))

    def advance(self, done: int) -> None:
        """The worker has read `done` of the articles' analyses."""
        if self.is_mounted:
            self.query_one("#brief-progress", ProgressBar).update(progress=done)

    def stage(self, text: str) -> None:
        """What the worker does now, over the progress bar ("Grouping into stories…")."""
        if self.is_mounted and not self._built:
            self.query_one("#brief-status", Static).update(Content(text))

    def show(self, brief: RenderableType | None) -> None:
        """The brief is built (None: there was nothing analysed to build it from)."""
        self.brief, self._built = brief, True
        if self.is_mounted:
            self._ready()

    def _ready(self) -> None:
        self.query_one("#brief-progress").display = False
        if self.brief is None:
            self.query_one("#brief-status", Static).update(Content("Nothing analysed yet."))
            return
        self.query_one("#brief-status").display = False
        self.query_one("#brief-text", Static).update(self.brief)

    def _box(self) -> VerticalScroll:
        return self.query_one("#brief", VerticalScroll)

    def action_scroll(self, step: int) -> None:
        self._box().scroll_relative(y=step, animate=False)

    def action_page(self, step: int) -> None:
        box = self._box()
        box.scroll_relative(
            y=step * max(1, box.scrollable_content_region.height - 1), animate=False
        )

    def action_edge(self, end: int) -> None:
        box = self._box()
        box.scroll_end(animate=False) if end else box.scroll_home(animate=False)


class _Picker(ModalScreen):
    """A modal list that j / k move through, like the reader's lists."""

    def action_move(self, step: int) -> None:
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_cursor_down() if step > 0 else focused.action_cursor_up()


class ThemeScreen(_Picker):
    """Pick a theme: moving through the list previews each one; enter keeps it, escape
    goes back to the theme in use before."""

    BINDINGS = [  # noqa: RUF012
        Binding("escape,q", "cancel", "Cancel"),
        Binding("j", "move(1)", show=False),
        Binding("k", "move(-1)", show=False),
    ]

    def __init__(self, names: list[str], current: str, preview) -> None:
        super().__init__()
        self.names, self.current, self.preview = names, current, preview

    def compose(self) -> ComposeResult:
        # theme names come from the user's files: shown as they are, never as markup
        themes = OptionList(*(Option(Content(name), id=name) for name in self.names), id="themes")
        themes.border_title = "Theme (enter keeps, esc cancels)"
        yield themes

    def on_mount(self) -> None:
        themes = self.query_one("#themes", OptionList)
        themes.highlighted = self.names.index(self.current) if self.current in self.names else 0
        themes.focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.preview(event.option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.preview(self.current)
        self.dismiss(None)


class TagScreen(_Picker):
    """Pick a tag: enter keeps the articles that carry it, "any tag" lets every article
    in again, escape leaves the filter as it was."""

    BINDINGS = [  # noqa: RUF012
        Binding("escape,q,T", "cancel", "Cancel"),
        Binding("j", "move(1)", show=False),
        Binding("k", "move(-1)", show=False),
    ]

    def __init__(self, tags: Sequence[tuple[str, int]], current: str) -> None:
        super().__init__()
        self.tags, self.current = tags, current

    def compose(self) -> ComposeResult:
        rows = [Option(Text("any tag", style="italic"), id="tag:")]
        for tag, count in self.tags:  # tags come from files: Text, never markup
            row = Text(f"#{tag}")
            row.append(f"  {count}", style="dim")
            rows.append(Option(row, id=f"tag:{tag}"))
        tags = OptionList(*rows, id="tags")
        tags.border_title = "Tag (enter keeps, esc cancels)"
        yield tags

    def on_mount(self) -> None:
        tags = self.query_one("#tags", OptionList)
        names = [tag for tag, _ in self.tags]
        tags.highlighted = names.index(self.current) + 1 if self.current in names else 0
        tags.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss((event.option.id or "tag:").split(":", 1)[1])

    def action_cancel(self) -> None:
        self.dismiss(None)


ENTITY_WORDS = {
    "PERSON": "people",
    "ORG": "organisations",
    "GPE": "countries, cities and states",
    "LOC": "other places (regions, seas, rivers)",
    "NORP": "nationalities and groups",
    "FAC": "buildings, airports and roads",
    "EVENT": "events",
    "PRODUCT": "products",
    "LAW": "laws",
    "WORK_OF_ART": "works (books, films, songs)",
}
"""What a reader calls each kind of name the model labels."""


class EntityTypesScreen(_Picker):
    """Choose which kinds of names are coloured in the article and the sidebar: space
    or enter turns one on or off (the article behind changes at once), escape closes."""

    BINDINGS = [  # noqa: RUF012
        Binding("escape,q,E", "dismiss", "Close"),
        Binding("space", "switch", "On / off"),
        Binding("j", "move(1)", show=False),
        Binding("k", "move(-1)", show=False),
    ]

    def __init__(
        self,
        labels: Sequence[str],
        chosen: set[str],
        counts: dict[str, int],
        colours: dict[str, str],
        changed: Callable[[set[str]], None],
    ) -> None:
        super().__init__()
        self.labels, self.chosen, self.counts, self.colours = labels, set(chosen), counts, colours
        self.changed = changed

    def _row(self, label: str) -> Text:
        on = label in self.chosen
        row = Text("[✓] " if on else "[ ] ", style="bold" if on else "dim")
        row.append(
            ENTITY_WORDS.get(label, label.lower()),
            style=self.colours.get(label, "") if on else "dim",
        )
        if label in self.counts:
            row.append(f"  {self.counts[label]} here", style="dim")
        return row

    def compose(self) -> ComposeResult:
        choices = OptionList(
            *(Option(self._row(label), id=label) for label in self.labels), id="entity-types"
        )
        choices.border_title = "Coloured names (space: on / off, esc: close)"
        yield choices

    def on_mount(self) -> None:
        choices = self.query_one("#entity-types", OptionList)
        choices.highlighted = 0
        choices.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._toggle(event.option_index)

    def action_switch(self) -> None:
        choices = self.query_one("#entity-types", OptionList)
        if choices.highlighted is not None:
            self._toggle(choices.highlighted)

    def _toggle(self, index: int) -> None:
        label = self.labels[index]
        self.chosen ^= {label}
        self.query_one("#entity-types", OptionList).replace_option_prompt_at_index(
            index, self._row(label)
        )
        self.changed(set(self.chosen))
