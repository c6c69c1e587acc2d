"""Finding the copies of each story for the reader, without slowing its keys.

`copies_of` is a pure-Python pass over every text: about a millisecond an article, so
ten seconds at 10,000. In a thread it would hold the GIL for most of that while the
reader answers keys, and a thread cannot be stopped when the reader quits. A large
library is therefore compared in a child process, which the reader waits on and can
end at once. The child reads the bodies the reader has not read from their files
itself: sending the articles would read every body in the reader first (two seconds
and some tens of MB at 10,000). This module imports nothing of Textual: the child
imports only it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection

from briefing.analysis.duplicates import copies_in_groups, copies_of, copy_groups_of, url_key
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
    texts = [
        (a.id, url_key(a), None if a.body_read else a.path, a.body if a.body_read else None)
        for a in articles
    ]
    child = context.Process(target=_compare, args=(texts, sender), daemon=True)
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
        groups: list[list[int]] = answer.recv()
        return copies_in_groups(articles, groups)
    except (EOFError, OSError):  # the child died
        return None
    finally:
        if child.is_alive():
            child.terminate()
        child.join(1)
        answer.close()


Text = tuple[str, str | None, str | None, str | None]
"""An article as the child gets it: id, normalised address, the file to read its body
from (None when the body comes along), and the body (None when it is to be read)."""


def _compare(texts: list[Text], sender: Connection) -> None:
    bodies = _bodies(texts)
    ids = [t[0] for t in texts]
    sender.send(copy_groups_of(ids, [t[1] for t in texts], [bodies.get(i, "") for i in ids]))
    sender.close()


def _bodies(texts: list[Text]) -> dict[str, str]:
    """Every text's body by id, reading each file once (an article whose file no longer
    holds it has none, and so no copies but by its address)."""
    from pathlib import Path

    from briefing.library import read_file

    out = {t[0]: t[3] for t in texts if t[3] is not None}
    for path in dict.fromkeys(t[2] for t in texts if t[3] is None and t[2] is not None):
        for article in read_file(Path(path)).articles:
            out.setdefault(article.id, article.body)
    return out
