"""Finding the copies of each story for the reader, without slowing its keys.

`copies_of` is a pure-Python pass over every text: about a millisecond an article, so
ten seconds at 10,000. In a thread it would hold the GIL for most of that while the
reader answers keys, and a thread cannot be stopped when the reader quits. A large
library is therefore compared in a child process, which the reader waits on and can
end at once. This module imports nothing of Textual: the child imports only it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection

from briefing.analysis.duplicates import copies_of
from briefing.article import Article

IN_A_PROCESS = 2000
"""From this many articles the comparison runs in a child process (under it, in the
caller's thread: a child's start costs more than the work)."""

Copies = dict[str, tuple[Article, ...]]


def find_copies(articles: Sequence[Article], cancelled: Callable[[], bool]) -> Copies | None:
    """For each article with copies, the other copies; None when `cancelled()` turned
    true first (checked every tenth of a second while a child works)."""
    if len(articles) < IN_A_PROCESS:
        return copies_of(articles)
    import multiprocessing
    from multiprocessing import resource_tracker

    # Textual replaces sys.stderr with an object whose fileno() is -1, which
    # multiprocessing would hand to its resource tracker: start that with the real one
    stderr, sys.stderr = sys.stderr, sys.__stderr__ or sys.stderr
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = stderr
    context = multiprocessing.get_context("spawn")
    answer, sender = context.Pipe(duplex=False)
    child = context.Process(target=_compare, args=(list(articles), sender), daemon=True)
    child.start()
    sender.close()
    try:
        while True:
            if cancelled():
                return None
            if answer.poll(0.1):
                break
            if not child.is_alive():
                return None
        found: Copies = answer.recv()
        return found
    except (EOFError, OSError):  # the child died
        return None
    finally:
        if child.is_alive():
            child.terminate()
        child.join(1)
        answer.close()


def _compare(articles: list[Article], sender: Connection) -> None:
    sender.send(copies_of(articles))
    sender.close()
