"""Helpers every command shares: warnings, loading the library, analysing with progress.

Kept apart from cli.py so that command modules (brief) need not import the CLI,
which is the one module allowed to import the TUI.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefing.config import Settings
from briefing.errors import BriefingError
from briefing.text_safety import inert, json_document

if TYPE_CHECKING:
    from briefing.cache import Cache

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
    """One line on stderr, made inert: a file name in it can neither act on the
    terminal (escape codes, C1 controls) nor break the line (see text_safety.inert)."""
    click.echo(f"briefing: warning: {inert(message)}", err=True)


def report_warnings(cache: Cache) -> None:
    """The cache's warnings not shown yet (a fault is reported once, when it happens)."""
    for message in cache.new_warnings():
        warn(message)


def check_paths(
    paths: Sequence[Path], missing: str = "no such file or folder", hint: str = ""
) -> None:
    """Paths given on the command line must exist (a usage error, exit code 2); a symlink
    loop says so rather than "no such file"."""
    for path in paths:
        try:
            os.stat(path)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise BriefingError(f"{path}: a loop of symbolic links", exit_code=2) from None
            if exc.errno in (errno.ENOENT, errno.ENOTDIR):
                raise BriefingError(f"{missing}: {path}{hint}", exit_code=2) from None
            # another reason (permission): the loader reports the path as unreadable
        except ValueError:  # a NUL in the path
            raise BriefingError(f"{missing}: {path!r}{hint}", exit_code=2) from None


def load_articles(paths: Sequence[Path], settings: Settings):  # -> Library
    """Load the library for a command, reporting unreadable files as warnings. A path
    that names nothing, or a loop of links, is a usage error (check_paths); one that
    names something unreadable (a FIFO, a device, a folder) is read as a problem, which
    says what it is."""
    from briefing.library import load_library

    check_paths(paths)
    library = load_library(list(paths) or None, settings.library, index_dir=settings.cache_dir)
    for problem in library.problems:
        warn(f"{problem.path}: {problem.reason}")
    return library


def analyses_json(analyses, problems, *, explain: bool = False) -> bytes:
    """`analyze --json`: the analyses and the files that could not be read, as one JSON
    document in UTF-8 that is inert on a terminal (text_safety.json_document)."""
    document = {
        "articles": [a.to_json(explain=explain) for a in analyses],
        "problems": [{"path": p.path, "reason": p.reason} for p in problems],
    }
    return json_document(document)


def analyse_with_progress(
    analyzer, articles, *, use_cache: bool = True, options=None, keep: bool = True
):
    """Analyse with a progress bar on stderr when there is parsing to do and a terminal
    (`options`: summary options other than the analyzer's own). Without `keep`, the
    analyses go to the cache only (Analyzer.fill), and how many were made is returned."""

    def run(progress=None):
        if not keep:
            return analyzer.fill(articles, options, progress=progress)
        return analyzer.analyze(articles, options, progress=progress, use_cache=use_cache)

    if not _stderr_may_be_terminal():
        return run()
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        return run()
    with Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), console=console, transient=True
    ) as bar:
        task = bar.add_task("analyse", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return run(progress)


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
