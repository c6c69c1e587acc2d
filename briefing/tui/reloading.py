"""`R`: fetch the feeds (when there are any), then read the library again, in a thread
worker that posts its progress and its result as messages to the reader screen (a
message to a screen that has closed is dropped, so quitting mid-fetch is safe)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from textual.message import Message

from briefing.config import Settings
from briefing.library import Library, load_library
from briefing.tui.fetching import Severity, Summary, fetch_in_background


class ReloadProgress(Message):
    """What the reload does now ("fetching 3/7 feeds…", "reading the library…")."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class ReloadNotice(Message):
    """A feed's warning, or a failure to read the library: one notification."""

    def __init__(self, text: str, severity: Severity = "warning") -> None:
        super().__init__()
        self.text = text
        self.severity = severity


class Reloaded(Message):
    """The library read again (None: it could not be), after the fetch's `summary`."""

    def __init__(self, library: Library | None, summary: Summary | None) -> None:
        super().__init__()
        self.library = library
        self.summary = summary


def reload(
    settings: Settings,
    paths: Sequence[Path] | None,
    fetch: bool,
    post: Callable[[Message], object],
    cancelled: Callable[[], bool],
) -> None:
    """Fetch (if `fetch`), then read the library; for a thread worker."""
    summary = None

    def progress(done: int, total: int) -> None:
        post(ReloadProgress(f"fetching {done}/{total} feeds…"))

    def warn(message: str) -> None:
        post(ReloadNotice(message))

    if fetch:
        summary = fetch_in_background(settings, progress, warn, cancelled)
        if summary is None:
            return  # the reader is closing
        post(ReloadProgress("reading the library…"))
    try:
        library = load_library(
            list(paths) if paths else None, settings.library, index_dir=settings.cache_dir
        )
    except Exception as exc:  # load_library never raises for a file; this is a bug
        library = None
        problem = f"could not read the library again: {exc.__class__.__name__}: {exc}"
        post(ReloadNotice(problem, "error"))
    post(Reloaded(library, summary))
