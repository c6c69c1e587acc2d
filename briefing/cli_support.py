"""Helpers every command shares: warnings, loading the library, analysing with progress.

Kept apart from cli.py so that command modules (brief) need not import the CLI,
which is the one module allowed to import the TUI.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from briefing.config import Settings
from briefing.errors import BriefingError

_KEPT: list[object] = []


def keep_until_exit(*objects: object) -> None:
    """Keep `objects` alive until the process ends, and have it end without freeing
    them (cli.run): a brief of 10,000 articles spent 0.2 s, after its output was
    written, taking apart the analyses it had read."""
    _KEPT.extend(objects)


def ends_without_freeing() -> bool:
    """Whether a command asked the process to end without freeing what it kept."""
    return bool(_KEPT)


def warn(message: str) -> None:
    click.echo(f"briefing: warning: {message}", err=True)


def load_articles(paths: Sequence[Path], settings: Settings):  # -> Library
    """Load the library for a command, reporting unreadable files as warnings."""
    from briefing.library import load_library

    for path in paths:
        if not path.exists():
            raise BriefingError(f"no such file or folder: {path}", exit_code=2)
    library = load_library(list(paths) or None, settings.library)
    for problem in library.problems:
        warn(f"{problem.path}: {problem.reason}")
    return library


def analyse_with_progress(analyzer, articles, *, use_cache: bool = True, options=None):
    """Analyse with a progress bar on stderr when there is parsing to do and a terminal
    (`options`: summary options other than the analyzer's own)."""
    if not _stderr_may_be_terminal():
        return analyzer.analyze(articles, options, use_cache=use_cache)
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


def _stderr_may_be_terminal() -> bool:
    """Whether rich could take stderr for a terminal: it is a tty, or the environment
    says to treat it as one (TTY_COMPATIBLE=1, FORCE_COLOR). Asked first without rich,
    whose console and progress bar take ~40 ms to import, for a run whose stderr is a
    pipe or a file."""
    if os.environ.get("TTY_COMPATIBLE") == "1" or os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(sys.stderr, "isatty", None)
    try:
        return bool(isatty is not None and isatty())
    except ValueError:  # a closed stream
        return False
