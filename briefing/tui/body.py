"""The article body as a rich Text: entities coloured, summary sentences tinted,
figures in bold, and the current sentence highlighted. Built from spans, never from
markup, so "[bold]" in an article shows literally."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text

from briefing.analysis.model import Analysis, key_figures
from briefing.themes import ThemeSpec, rich_color


def body_text(
    analysis: Analysis,
    theme: ThemeSpec,
    *,
    entity_types: set[str] | frozenset[str] | None = None,
    current: int | None = None,
) -> Text:
    """`entity_types`: the labels to colour (None: all the theme colours)."""
    body = analysis.article.body
    text = Text(body)
    tint = Style(bgcolor=rich_color(theme.colors["panel"]))
    for s in analysis.summary:
        text.stylize(tint, s.start, s.end)
    for m in analysis.entities.mentions:
        if entity_types is None or m.label in entity_types:
            color = theme.entities.get(m.label)
            if color:
                text.stylize(Style(color=rich_color(color)), m.start, m.end)
    for f in analysis.figures:
        text.stylize(Style(bold=True, color=rich_color(theme.figures)), f.start, f.end)
    if current is not None and 0 <= current < len(analysis.summary):
        s = analysis.summary[current]
        text.stylize(Style(reverse=True), s.start, s.end)
    return text


def with_matches(
    text: Text, matches: Sequence[tuple[int, int]], current: int | None, theme: ThemeSpec
) -> Text:
    """`text` with the matches of a find marked, the current one most."""
    background = rich_color(theme.colors["background"])
    if background == "default":
        background = "black" if theme.dark else "white"
    marked = Style(color=background, bgcolor=rich_color(theme.colors["warning"]))
    here = Style(
        color=background, bgcolor=rich_color(theme.colors["accent"]), bold=True, underline=True
    )
    for index, (start, end) in enumerate(matches):
        text.stylize(here if index == current else marked, start, end)
    return text


def sidebar_options(
    analysis: Analysis,
    theme: ThemeSpec,
    entity_types: set[str] | frozenset[str] | None = None,
    figures: int = 8,
) -> list:
    """Sidebar rows: key figures (enter jumps to each), then people, organisations and
    places (f filters the list to articles that mention the highlighted one). A name
    is coloured by its type when that type is in `entity_types` (None: every type),
    as in the body."""
    from textual.widgets.option_list import Option

    rows: list = []
    if key := key_figures(analysis.figures)[:figures]:
        rows.append(Option(Text("Key figures", style="bold underline"), disabled=True))
        for i, f in enumerate(key):
            line = Text()
            line.append(f.text, style=Style(bold=True, color=rich_color(theme.figures)))
            if f.context:
                line.append(f" — {f.context}")
            rows.append(Option(line, id=f"figure:{i}"))
    for title, entities in (
        ("People", analysis.entities.people),
        ("Organisations", analysis.entities.organizations),
        ("Places", analysis.entities.places),
    ):
        if entities:
            rows.append(Option(Text(title, style="bold underline"), disabled=True))
            for e in entities[:10]:
                line = Text()
                shown = entity_types is None or e.label in entity_types
                colour = theme.entities.get(e.label) if shown else None
                line.append(e.name, style=Style(color=rich_color(colour)) if colour else "")
                if e.count > 1:
                    line.append(f" ×{e.count}", style="dim")
                rows.append(Option(line, id=f"entity:{e.name}"))
    return rows
