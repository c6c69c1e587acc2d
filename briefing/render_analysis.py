"""Readable terminal output of `briefing analyze` (without --json).

Article text goes into rich `Text` objects as plain strings, never through markup
parsing, so "[bold]" in an article prints literally.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

from briefing.analysis.lexicon import SCALES, SMALL
from briefing.analysis.model import (
    ENTITY_LABELS,
    Analysis,
    Entity,
    Figure,
    Parse,
    Value,
    key_figures,
)

NUMBER_WORDS = frozenset((*SMALL, *SCALES)) - {"a", "an"}
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


def _value(value: Value, unit: str) -> str:
    """ "50,000,000,000 USD", "1,000–10,000 troops", "2 → 1 percent": the number as read,
    with its unit; a pair that falls is a move from one level to another ("cut from 2% to
    1%"), shown with an arrow, not as a range."""

    def number(x: float) -> str:
        return f"{x:,.0f}" if x == int(x) and abs(x) < 1e15 else f"{x:,.6g}"

    if isinstance(value, tuple):
        text = (" → " if value[0] > value[-1] else "–").join(number(v) for v in value)
    else:
        text = number(value)
    return f"{text} {unit}".strip()


def _explained_figure(figure: Figure, reading: str = "") -> Text:
    key = figure.salience > 0
    line = Text("✓ " if key else "· ", style="bold" if key else "dim")
    line.append(figure.text, style="bold")
    line.append(f"  = {_value(figure.value, figure.unit)} ({figure.kind})", style="dim")
    line.append(" — ")
    line.append(figure.context or "(no context found)", style="" if figure.context else "dim")
    if figure.why or key:
        why = figure.why or "key"
        line.append(f"\n    {why}" + (f"; salience {figure.salience:.2f}" if key else ""))
    if reading:
        line.append(f"\n    read as: {reading}", style="dim")
    return line


def _summary_explained(analysis: Analysis, parse: Parse) -> list:
    """The summary's sentences and, for every other sentence, why it was left out."""
    from briefing.analysis.summarize import dropped_sentences

    body = analysis.article.body
    parts: list = [
        Text(
            f"Summary ({analysis.algorithm}, {analysis.length}): sentences chosen (#n is the "
            "sentence's number in the article), and why the others were left out:",
            style="bold",
        )
    ]
    why = {
        d.sentence: d.reason
        for d in dropped_sentences(body, parse, analysis.algorithm, analysis.length)
    }
    chosen = {s.sentence for s in analysis.summary}
    for i, (start, end) in enumerate(parse.sentences):
        words = " ".join(body[start:end].split())
        line = Text(f"#{i} ", style="bold" if i in chosen else "dim")
        line.append(
            words[:70] + ("…" if len(words) > 70 else ""), style="" if i in chosen else "dim"
        )
        line.append(" — chosen" if i in chosen else f" — {why.get(i, 'not chosen')}")
        parts.append(Padding(line, (0, 0, 0, 2)))
    parts.append(Text(""))
    return parts


def _numbers_explained(analysis: Analysis, parse: Parse) -> tuple[dict[int, str], list[Text]]:
    """How figures were read where that is not plain (by start offset), and a line for
    every number that is not a figure, with the reason."""
    from briefing.analysis.figure_spans import dropped_numbers, figure_readings

    body = analysis.article.body
    readings = {parse.starts[r.first]: r.why for r in figure_readings(body, parse)}
    dropped = []
    for d in dropped_numbers(body, parse):
        text = body[parse.starts[d.first] : parse.ends[d.last - 1]]
        if not any(c.isdigit() for c in text) and not NUMBER_WORDS & set(text.lower().split()):
            continue  # a weekday or a month the model read as a date: not a number
        line = Text("· ", style="dim")
        line.append(text, style="bold")
        line.append(f" — {d.reason}")
        dropped.append(line)
    return readings, dropped


def _explained_entity(entity: Entity) -> Text:
    line = Text(f"{entity.label:<12}", style="bold")
    line.append(entity.name)
    line.append(f" ×{entity.count}", style="dim")
    if entity.why:
        line.append(" — ")
        line.append(entity.why)
    return line


def render_explanation(analysis: Analysis, parse: Parse | None = None) -> Group:
    """Every figure (key ones first) with the value read and why it is key or not, the
    numbers that are not figures and why (when the parse is at hand), and every entity
    with the evidence that decided its label: `briefing analyze --explain`."""
    article = analysis.article
    readings, dropped = _numbers_explained(analysis, parse) if parse is not None else ({}, [])
    parts: list = [Text(article.title, style="bold"), Text("")]
    if parse is not None:
        parts.extend(_summary_explained(analysis, parse))
    parts.append(Text("Figures (✓ key, · reported but not key):", style="bold"))
    parts.extend(
        Padding(_explained_figure(f, readings.get(f.start, "")), (0, 0, 0, 2))
        for f in analysis.figures
    )
    if not analysis.figures:
        parts.append(Padding(Text("none found", style="dim"), (0, 0, 0, 2)))
    if dropped:
        parts.append(Text(""))
        parts.append(Text("Numbers that are not figures:", style="bold"))
        parts.extend(Padding(line, (0, 0, 0, 2)) for line in dropped)
    parts.append(Text(""))
    parts.append(Text("Entities (label, name, mentions — why that label):", style="bold"))
    order = {label: i for i, label in enumerate(ENTITY_LABELS)}
    entities = sorted(analysis.entities.canonical, key=lambda e: (order.get(e.label, 99), -e.count))
    parts.extend(Padding(_explained_entity(e), (0, 0, 0, 2)) for e in entities)
    if not entities:
        parts.append(Padding(Text("none found", style="dim"), (0, 0, 0, 2)))
    return Group(*parts)


def print_analyses(
    analyses: Sequence[Analysis],
    console: Console | None = None,
    *,
    parses: Mapping[str, Parse] | None = None,
    explain: bool = False,
) -> None:
    """Each analysis, readable; with `explain`, why each figure and label is what it is
    (`parses`, by article id, adds the numbers that are not figures)."""
    console = console or Console()
    parts: list[RenderableType] = []
    for i, analysis in enumerate(analyses):
        if i:
            parts.append(Rule(style="dim"))
        if explain:
            parts.append(render_explanation(analysis, (parses or {}).get(analysis.article.id)))
        else:
            parts.append(render_analysis(analysis))
    if console.is_terminal:
        console.print(*parts)
        return
    # rich pads indented lines to the full width; in a file or a pipe that is only
    # trailing white space for the next tool to trip over
    with console.capture() as captured:
        console.print(*parts)
    console.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
