"""The reader's fetch: `briefing fetch`'s fetch of every feed, run from a worker, with
its progress and its summary as the reader shows them. No Textual here: the caller
hands in how to report progress and a notice, and whether the reader is closing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from briefing.config import Settings, user_data_dir
from briefing.errors import BriefingError
from briefing.text_safety import inert

Severity = Literal["information", "warning", "error"]


@dataclass(frozen=True)
class Summary:
    """The fetch's one notification: the totals, then each feed that failed."""

    text: str
    severity: Severity


def fetch_in_background(
    settings: Settings,
    progress: Callable[[int, int], None],
    warn: Callable[[str], None],
    cancelled: Callable[[], bool],
) -> Summary | None:
    """Fetch in a thread of its own that the caller's thread waits for: a download
    cannot be interrupted, and quitting must not wait for a stalled server before the
    terminal is given back (the process finishes the fetch after). None: `cancelled()`
    turned true first."""
    answer: list[Summary] = []
    fetch = threading.Thread(
        target=lambda: answer.append(fetch_feeds(settings, progress, warn)),
        name="fetch",
        daemon=True,
    )
    fetch.start()
    while fetch.is_alive():
        fetch.join(0.1)
        if cancelled():
            return None
    return answer[0] if answer else Summary("the fetch stopped unexpectedly", "error")


def fetch_feeds(
    settings: Settings, progress: Callable[[int, int], None], warn: Callable[[str], None]
) -> Summary:
    """Every feed into the library folder, as `briefing fetch` does (one fetch at a
    time, the same store of what was seen); `progress(done, total)` after each feed."""
    from briefing.feeds.fetch import fetch_feeds as fetch_all
    from briefing.feeds.fetch import summary_lines
    from briefing.feeds.lock import one_fetch_at_a_time
    from briefing.feeds.network import Fetcher, Policy
    from briefing.feeds.store import FeedStore

    feeds = settings.feeds
    done = [0]

    def feed_done(_result: object) -> None:
        done[0] += 1
        progress(done[0], len(feeds))

    try:
        with one_fetch_at_a_time(user_data_dir()):
            store = FeedStore()
            for message in store.warnings:
                warn(message)
            try:
                with Fetcher(Policy(max_bytes=settings.max_download)) as fetcher:
                    report = fetch_all(
                        feeds,
                        folder=settings.articles_dir,
                        store=store,
                        fetcher=fetcher,
                        on_feed_done=feed_done,
                    )
            finally:
                store.close()
    except BriefingError as exc:  # another fetch holds the lock
        return Summary(str(exc), "warning")
    except Exception as exc:  # a fault of the fetch itself: said, the reader goes on
        return Summary(f"could not fetch the feeds: {exc.__class__.__name__}: {exc}", "error")
    lines = summary_lines(report)  # fetched text: made inert before the screen sees it
    failed = [inert(line) for line in lines if ": failed: " in line]
    return Summary("\n".join([inert(lines[-1]), *failed]), "warning" if failed else "information")
