"""One fetch at a time: `briefing fetch` from a cron job and `R` in the reader would
otherwise save the same new articles twice."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from briefing.errors import BriefingError


@contextlib.contextmanager
def one_fetch_at_a_time(folder: Path) -> Iterator[None]:
    """Hold `fetch.lock` in the data folder for the fetch; a BriefingError (exit code 1)
    when another fetch holds it."""
    try:
        import fcntl
    except ImportError:  # not POSIX
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / "fetch.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BriefingError("another fetch is running; try again when it ends", 1) from None
        yield
    finally:
        os.close(fd)
