"""The article's panes: its title lines, the summary and the sidebar of figures and
names. Each draws what it is handed and says what the reader chose in it as a message
(`SummaryList.SentenceChosen`, `Sidebar.FigureChosen`); the reader screen decides what
follows (the body scrolls to the sentence or the figure)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Group
from rich.text import Text
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.analysis.model import Analysis, Article
from briefing.analysis.options import SummaryOptions
from briefing.library import Library
from briefing.text_safety import inert
from briefing.themes import ThemeSpec
from briefing.tui.body import sidebar_options
from briefing.tui.widgets.article_list import reading_minutes
from briefing.tui.widgets.panes import PaneList


def waiting() -> Text:
    """What a pane shows while its article is being analysed."""
    return Text("analysing…", style="dim")


class SummaryList(PaneList):
    """The summary's sentences, numbered; enter on one jumps to it in the body."""

    class SentenceChosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def show(self, analysis: Analysis | None, current: int | None) -> None:
        self.clear_options()
        if analysis is None:
            self.border_title = "Summary"
            self.add_option(Option(waiting()))
            return
        count = len(analysis.summary)
        self.border_title = Content(
            f"Summary · {analysis.algorithm} · {count} sentence{'s' * (count != 1)}"
        )
        self.add_options(
            # white space folded: a sentence that ends a paragraph ends in a line break
            Option(Text(f"{i}. ") + Text(" ".join(s.text.split())))
            for i, s in enumerate(analysis.summary, 1)
        )
        if current is not None:
            self.highlighted = current

    def busy(self, options: SummaryOptions) -> None:
        """The mark while a summary with `options` is being made."""
        self.border_title = Content(
            f"Summary · {options.algorithm} · {options.length.describe()} · summarising…"
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.SentenceChosen(event.option_index))


class Sidebar(PaneList):
    """The article's key figures and names; enter on a figure jumps to it."""

    class FigureChosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    KEEPS_DRAWN_ROWS = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._made: dict[tuple[int, str, frozenset[str]], tuple[Analysis, list[Option]]] = {}
        """Each analysis's rows by look, with the analysis (see `options_for`)."""

    def options_for(self, analysis: Analysis, spec: ThemeSpec, coloured: set[str]) -> list[Option]:
        """The rows of `analysis`, made once for each look: the same rows again (a j
        back, or rows drawn ahead by `prepare_for`) keep the lines drawn for them."""
        made = self._made
        key = (id(analysis), spec.name, frozenset(coloured))
        kept = made.get(key)
        if kept is None or kept[0] is not analysis:
            if len(made) > 16:
                made.clear()
            kept = made[key] = (analysis, sidebar_options(analysis, spec, coloured))
        return kept[1]

    def prepare_for(self, analysis: Analysis, spec: ThemeSpec, coloured: set[str]) -> None:
        """Draw the rows of an article that may be shown next."""
        self.prepare(self.options_for(analysis, spec, coloured))

    def show(self, analysis: Analysis | None, spec: ThemeSpec, coloured: set[str]) -> None:
        self.clear_options()
        if analysis is None:
            self.add_option(Option(waiting(), disabled=True))
            return
        self.add_options(self.options_for(analysis, spec, coloured))
        self.keep_a_row()  # focused before its rows came (a click right after a move)

    @property
    def chosen_name(self) -> str | None:
        """The name under the cursor, if the cursor is on a name."""
        option = self.highlighted_option
        if option is not None and option.id is not None and option.id.startswith("entity:"):
            return option.id.split(":", 1)[1]
        return None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("figure:"):
            self.post_message(self.FigureChosen(int(option_id.split(":", 1)[1])))


def title_text(article: Article, also_in: Sequence[str] = ()) -> Group:
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


def empty_text(library: Library) -> Text:
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
