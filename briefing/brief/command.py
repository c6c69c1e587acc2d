"""`briefing brief`: the day's news on one page, in five formats."""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import replace
from pathlib import Path

import click

from briefing.errors import BriefingError
from briefing.text_safety import inert

FORMATS = ("terminal", "markdown", "html", "text", "json")
EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
              ".txt": "text", ".json": "json"}  # fmt: skip


@click.command("brief")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--date", "day", metavar="YYYY-MM-DD", help="Articles dated that day (default: today)."
)
@click.option("--since", metavar="2d|12h|YYYY-MM-DD", help="Articles since then.")
@click.option("--all", "everything", is_flag=True, help="Every article.")
@click.option(
    "--sentences",
    type=click.IntRange(1, 20),
    help="Summary sentences per story.  [default: 3]",
)
@click.option("--length", "old_length", type=click.IntRange(1, 20), hidden=True)
@click.option(
    "--figures",
    type=click.IntRange(0, 20),
    default=5,
    show_default=True,
    help="Key figures per story.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format (default: terminal, or from -o's extension).",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write to FILE."
)
@click.option(
    "--width",
    type=click.IntRange(30, 400),
    default=80,
    show_default=True,
    help="Line width of text output.",
)
@click.pass_context
def brief_command(
    ctx: click.Context,
    paths: tuple[Path, ...],
    day: str | None,
    since: str | None,
    everything: bool,
    sentences: int | None,
    old_length: int | None,
    figures: int,
    fmt: str | None,
    output: Path | None,
    width: int,
) -> None:
    """Print the daily brief: who is in the news, and each story with its summary and figures."""
    from briefing.analysis.consistency import harmonise
    from briefing.analysis.options import Length
    from briefing.analysis.pipeline import Analyzer
    from briefing.brief.model import make_brief
    from briefing.brief.select import check_selection, parse_day, select_articles
    from briefing.cli_support import (
        analyse_with_progress,
        keep_until_exit,
        load_articles,
        report_warnings,
        warn,
    )

    # A brief is one short batch that reads hundreds of thousands of small, acyclic
    # objects from the cache; the cyclic collector's passes over them were half the
    # time of a month's brief. Reference counting still frees them.
    gc.disable()
    check_selection(day=day, since=since, everything=everything)
    fmt = fmt or output_format(output)
    if old_length is not None:
        warn("--length is now --sentences (summary sentences per story)")
    per_story = sentences or old_length or 3
    settings = ctx.find_root().obj
    library = load_articles(paths, settings)
    chosen, selection = select_articles(
        library.articles, day=day, since=since, everything=everything
    )
    analyzer = Analyzer.from_settings(settings)
    report_warnings(analyzer.cache)
    # every article summarised to the story's length, whatever the reader's length is
    options = replace(settings.summary_options, length=Length.parse(per_story))
    analyses = harmonise(analyse_with_progress(analyzer, chosen, options=options))
    report_warnings(analyzer.cache)  # faults met while reading or writing, each once
    brief = make_brief(
        analyses,
        selection,
        length=per_story,
        figures=figures,
        day=parse_day(day, "--date") if day else None,
        fingerprints=analyzer.fingerprints,
    )
    text = _render(brief, fmt, width, settings.theme, to_terminal=output is None)
    keep_until_exit(library, analyses, brief)  # nothing is left to do with them
    if output is None:
        if text is not None:
            sys.stdout.write(text)
    else:
        try:
            output.write_text(text if text is not None else "", encoding="utf-8")
        except OSError as exc:
            raise BriefingError(
                f"cannot write {inert(str(output))}: {exc.strerror}", exit_code=1
            ) from None
        click.echo(f"wrote {inert(str(output))}", err=True)
    if library.problems:  # as analyze: the brief is made, and some files were not read
        ctx.exit(1)


def output_format(output: Path | None) -> str:
    """The format an output file's extension asks for; a usage error when it names
    none briefing writes (a brief.pdf of plain text helps nobody)."""
    if output is None:
        return "terminal"
    known = EXTENSIONS.get(output.suffix.lower())
    if known is None:
        names = ", ".join(EXTENSIONS)
        raise BriefingError(
            f"-o {inert(output.name)}: unknown extension {output.suffix or '(none)'!r}; "
            f"use one of {names}, or name the format with --format",
            exit_code=2,
        )
    return known


def _render(brief, fmt: str, width: int, theme_name: str, *, to_terminal: bool) -> str | None:
    from briefing.brief import render

    if fmt == "terminal":
        plain = not to_terminal or not sys.stdout.isatty() or "NO_COLOR" in os.environ
        if plain:
            return render.render_text(brief, width)
        from rich.console import Console

        from briefing.themes import get_theme

        Console(width=min(width, 120) if width != 80 else None).print(
            render.render_terminal(brief, get_theme(theme_name))
        )
        return None
    return {
        "text": lambda: render.render_text(brief, width),
        "markdown": lambda: render.render_markdown(brief),
        "html": lambda: render.render_html(brief),
        "json": lambda: render.render_json(brief),
    }[fmt]()
