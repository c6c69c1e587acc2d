"""Renderers of a Brief: plain text, Markdown, HTML, JSON, and rich for the terminal.

Article text is data in every format: escaped for Markdown and HTML, put into rich
`Text` objects (never markup) for the terminal; control characters were already
stripped when the article was read.
"""

from __future__ import annotations

import html
import json
import re
import textwrap
from typing import TYPE_CHECKING

from briefing.analysis.model import Figure
from briefing.brief.model import Brief
from briefing.brief.stories import Story
from briefing.text_safety import json_inert

if TYPE_CHECKING:  # rich is imported by the terminal renderer only: the other formats
    # never need it, and a brief to a file or a pipe saves its ~30 ms of imports
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from briefing.themes import ThemeSpec

GROUP_TITLES = {"people": "People", "organizations": "Organisations", "places": "Places"}


def figure_line(figure: Figure) -> tuple[str, str]:
    return figure.text, figure.context


def _header(brief: Brief) -> str:
    n, s = len(brief.analyses), len(brief.sources)
    return (
        f"{brief.date:%A %d %B %Y} · {n} article{'s' * (n != 1)} from "
        f"{s} source{'s' * (s != 1)} · {brief.selection}"
    )


def _names(brief: Brief, group: str) -> str:
    return ", ".join(
        f"{e.name} ({e.articles})" if e.articles > 1 else e.name for e in brief.in_the_news[group]
    )


# -- plain text --------------------------------------------------------------------------


def render_text(brief: Brief, width: int = 80) -> str:
    wrap = textwrap.TextWrapper(
        width=width, break_long_words=False, break_on_hyphens=False, subsequent_indent="  "
    )
    lines = ["DAILY BRIEF", *wrap.wrap(_header(brief)), ""]
    news = [(GROUP_TITLES[g], _names(brief, g)) for g in GROUP_TITLES if brief.in_the_news[g]]
    if news:
        lines.append("In the news")
        for title, names in news:
            lines += wrap.wrap(f"{title}: {names}") or [title]
        lines.append("")
    for story in brief.stories:
        lines += [
            "-" * min(width, 72),
            *wrap.wrap(story.headline.upper()),
            *wrap.wrap(f"Sources: {', '.join(story.sources)}"),
            "",
        ]
        for item in story.summary:
            lines += textwrap.wrap(
                item.sentence.text, width, initial_indent="* ", subsequent_indent="  ",
                break_long_words=False, break_on_hyphens=False,
            )  # fmt: skip
        if story.figures:
            lines += ["", "Key figures:"]
            for f in story.figures:
                text, context = figure_line(f.figure)
                lines += textwrap.wrap(
                    f"{text} — {context}" if context else text, width,
                    initial_indent="  - ", subsequent_indent="    ", break_long_words=False,
                )  # fmt: skip
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# -- Markdown ------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!{}])")
_MD_BULLET_START = re.compile(r"^(\s*)([-+=])")
_MD_NUMBER_START = re.compile(r"^(\s*\d{1,9})([.)])(?=\s|$)")


def md_escape(text: str) -> str:
    """Inline article text as literal CommonMark text.

    Only ASCII punctuation can be escaped in CommonMark: a backslash before a digit
    is printed as a backslash ("\\2.3%"). A line that starts "2. " would be a numbered
    list, so it is the "." that is escaped; "2.3%" is no list and stays as it is."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " "))
    escaped = _MD_BULLET_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
    return _MD_NUMBER_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def render_markdown(brief: Brief) -> str:
    out = [f"# Daily brief — {brief.date:%A %d %B %Y}", "", md_escape(_header(brief)), ""]
    if any(brief.in_the_news.values()):
        out += ["## In the news", ""]
        for group, title in GROUP_TITLES.items():
            if brief.in_the_news[group]:
                out.append(f"- **{title}:** {md_escape(_names(brief, group))}")
        out.append("")
    for story in brief.stories:
        out += [
            f"## {md_escape(story.headline)}",
            "",
            f"*{md_escape(', '.join(story.sources))}*",
            "",
        ]
        out += [f"- {md_escape(item.sentence.text)}" for item in story.summary]
        if story.figures:
            out += ["", "**Key figures**", ""]
            for f in story.figures:
                text, context = figure_line(f.figure)
                line = f"- **{md_escape(text)}**"
                out.append(f"{line} — {md_escape(context)}" if context else line)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# -- HTML ------------------------------------------------------------------------------------

_CSS = """
:root { --fg: #1c1c1c; --muted: #5c6370; --accent: #005fd7; --figure: #af3f00; --rule: #d8dce2; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--fg); background: #fff;
       max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .25rem; padding-top: 1rem; border-top: 1px solid var(--rule); }
.meta, .sources { color: var(--muted); font-size: .9rem; }
.news { background: #f5f7fa; padding: .75rem 1rem; border-radius: 6px; }
.news p { margin: .25rem 0; }
ul { padding-left: 1.25rem; }
.lead ul { margin-bottom: 0; }
ul.rest { margin-top: 0; }
li { margin: .35rem 0; overflow-wrap: anywhere; }
.figures li strong { color: var(--figure); }
p, li, h1, h2 { overflow-wrap: anywhere; }
@page { size: auto; margin: 18mm 16mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  .news { background: none; border: 1px solid var(--rule); }
  h2 { margin-top: 1.4rem; padding-top: .6rem; break-after: avoid; page-break-after: avoid; }
  .sources, h3 { break-after: avoid; page-break-after: avoid; }
  li { break-inside: avoid; page-break-inside: avoid; }
  .lead { break-inside: avoid; page-break-inside: avoid; }
}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _story_html(story: Story) -> str:
    items = [f"<li>{_e(item.sentence.text)}</li>" for item in story.summary]
    # the heading, its sources and the first sentence are never split across pages
    parts = [
        '<section class="story">',
        '<div class="lead">',
        f"<h2>{_e(story.headline)}</h2>",
        f'<p class="sources">{_e(", ".join(story.sources))}</p>',
        *(["<ul>", items[0], "</ul>"] if items else []),
        "</div>",
        *(['<ul class="rest">', *items[1:], "</ul>"] if len(items) > 1 else []),
    ]
    if story.figures:
        parts += ["<h3>Key figures</h3>", '<ul class="figures">']
        for f in story.figures:
            text, context = figure_line(f.figure)
            tail = f" — {_e(context)}" if context else ""
            parts.append(f"<li><strong>{_e(text)}</strong>{tail}</li>")
        parts.append("</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def render_html(brief: Brief) -> str:
    news = "".join(
        f"<p><strong>{title}:</strong> {_e(_names(brief, group))}</p>"
        for group, title in GROUP_TITLES.items()
        if brief.in_the_news[group]
    )
    body = [
        f"<h1>Daily brief — {brief.date:%A %d %B %Y}</h1>",
        f'<p class="meta">{_e(_header(brief))}</p>',
        f'<div class="news"><p><strong>In the news</strong></p>{news}</div>' if news else "",
        *(_story_html(s) for s in brief.stories),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Daily brief — {brief.date:%Y-%m-%d}</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


# -- JSON --------------------------------------------------------------------------------------


def render_json(brief: Brief) -> str:
    return json_inert(json.dumps(brief.to_json(), ensure_ascii=False, indent=2)) + "\n"


# -- terminal (rich) ----------------------------------------------------------------------------


def _highlighted(
    brief: Brief, article_id: str, start: int, end: int, text: str, theme: ThemeSpec
) -> Text:
    """A summary sentence with its entities coloured, built from spans (never markup)."""
    from rich.text import Text

    from briefing.themes import rich_color

    line = Text(text)
    analysis = brief.analyses.get(article_id)
    if analysis is not None:
        for m in analysis.entities.mentions:
            if start <= m.start and m.end <= end and m.label in theme.entities:
                line.stylize(rich_color(theme.entities[m.label]), m.start - start, m.end - start)
    return line


def render_terminal(brief: Brief, theme: ThemeSpec) -> Group:
    from rich.console import Group
    from rich.rule import Rule
    from rich.text import Text

    from briefing.themes import rich_color

    parts: list = [Text("Daily brief", style="bold"), Text(_header(brief), style="dim"), Text("")]
    for group, title in GROUP_TITLES.items():
        entries = brief.in_the_news[group]
        if entries:
            label = {"people": "PERSON", "organizations": "ORG", "places": "GPE"}[group]
            line = Text(f"{title}: ", style="bold")
            for i, e in enumerate(entries):
                if i:
                    line.append(", ")
                line.append(e.name, style=rich_color(theme.entities[label]))
                if e.articles > 1:
                    line.append(f" ({e.articles})", style="dim")
            parts.append(line)
    for story in brief.stories:
        parts += [Text(""), Rule(style="dim"), Text(story.headline, style="bold")]
        parts.append(Text(", ".join(story.sources), style="dim"))
        sentences = [
            _highlighted(brief, x.article_id, x.sentence.start, x.sentence.end, x.sentence.text,
                         theme)
            for x in story.summary
        ]  # fmt: skip
        parts.append(_hanging("•", sentences))
        if story.figures:
            parts.append(Text("Key figures", style="bold"))
            lines = []
            for f in story.figures:
                text, context = figure_line(f.figure)
                line = Text(text, style=f"bold {rich_color(theme.figures)}")
                if context:
                    line.append(" — " + context)
                lines.append(line)
            parts.append(_hanging(" ", lines))
    return Group(*parts)


def _hanging(marker: str, lines: list[Text]) -> Table:
    """Lines after a marker, each wrapped under its own first word (a hanging indent)."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for line in lines:
        grid.add_row(marker, line)
    return grid
