"""Helpers every command shares: warnings, loading the library, analysing with progress.

Kept apart from cli.py so that command modules (brief) need not import the CLI,
which is the one module allowed to import the TUI.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

import click

from briefing.config import Settings
from briefing.errors import BriefingError
from briefing.text_safety import inert, json_inert


def warn(message: str) -> None:
    """One line on stderr, made inert: a file name in it can neither act on the
    terminal (escape codes, C1 controls) nor break the line (see text_safety.inert)."""
    click.echo(f"briefing: warning: {inert(message)}", err=True)


def load_articles(paths: Sequence[Path], settings: Settings):  # -> Library
    """Load the library for a command, reporting unreadable files as warnings. A path
    that names nothing is a usage error; one that names something unreadable (a link
    loop, a broken link, a FIFO) is read as a problem, which says what it is."""
    from briefing.library import load_library

    for path in paths:
        if not os.path.lexists(path):
            raise BriefingError(f"no such file or folder: {inert(str(path))}", exit_code=2)
    library = load_library(list(paths) or None, settings.library)
    for problem in library.problems:
        warn(f"{problem.path}: {problem.reason}")
    return library


def analyses_json(analyses, problems, *, explain: bool = False) -> str:
    """`analyze --json`: the analyses and the files that could not be read, as one JSON
    document that is inert on a terminal (text_safety.json_inert)."""
    document = {
        "articles": [a.to_json(explain=explain) for a in analyses],
        "problems": [{"path": p.path, "reason": p.reason} for p in problems],
    }
    return json_inert(json.dumps(document, ensure_ascii=False, indent=2))


def analyse_with_progress(analyzer, articles, *, use_cache: bool = True, options=None):
    """Analyse with a progress bar on stderr when there is parsing to do and a terminal
    (`options`: summary options other than the analyzer's own)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        return analyzer.analyze(articles, options, use_cache=use_cache)
    with Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), console=console, transient=True
    ) as bar:
        task = bar.add_task("analyse", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return analyzer.analyze(articles, options, progress=progress, use_cache=use_cache)
