"""Readable terminal output of `briefing analyze` (without --json).

Article text goes into rich `Text` objects as plain strings, never through markup
parsing, so "[bold]" in an article prints literally.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

from briefing.analysis.model import Analysis, Entity, Figure, key_figures

_SECTIONS = (("People", "people"), ("Organisations", "organizations"), ("Places", "places"))


def _figure_line(figure: Figure) -> Text:
    line = Text("• ")
    line.append(figure.text, style="bold")
    if figure.context:
        line.append(" — ")
        line.append(figure.context)
    return line


def _entity_line(title: str, entities: Sequence[Entity]) -> Text:
    line = Text(f"{title}: ", style="bold")
    for i, entity in enumerate(entities):
        if i:
            line.append(", ")
        line.append(entity.name)
        if entity.count > 1:
            line.append(f" ×{entity.count}", style="dim")
    return line


def render_analysis(analysis: Analysis, max_figures: int = 8) -> Group:
    article = analysis.article
    meta = Text(f"{article.source} · {article.date:%Y-%m-%d}", style="dim")
    parts: list = [Text(article.title, style="bold"), meta, Text("")]
    for i, sentence in enumerate(analysis.summary, 1):
        parts.append(Padding(Text(f"{i}. ") + Text(sentence.text), (0, 0, 0, 2), expand=False))
    parts.append(Text(""))
    for title, attr in _SECTIONS:
        entities = getattr(analysis.entities, attr)
        if entities:
            parts.append(_entity_line(title, entities[:12]))
    key = key_figures(analysis.figures)
    if key:
        parts.append(Text("Key figures:", style="bold"))
        parts.extend(
            Padding(_figure_line(f), (0, 0, 0, 2), expand=False) for f in key[:max_figures]
        )
    return Group(*parts)


def print_analyses(analyses: Sequence[Analysis], console: Console | None = None) -> None:
    console = console or Console()
    for i, analysis in enumerate(analyses):
        if i:
            console.print(Rule(style="dim"))
        console.print(render_analysis(analysis))
