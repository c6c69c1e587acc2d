"""Retention: `briefing prune --older-than 30d` removes old fetched articles.

Only files briefing fetched are candidates (the user's own files are never in the
fetch state), and of those never one the user edited since (its bytes no longer
match the hash recorded when it was written: it is theirs now) or starred in the
reader. Age is the article's date as its front matter says. A removed file's row
stays in the fetch state, marked gone, so a feed still listing the entry does not
bring it back; its cache entries go with it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from briefing.feeds.files import file_hash
from briefing.feeds.store import FeedStore
from briefing.library import read_file

_AGE = re.compile(r"^\s*(\d{1,6})\s*([hdw])\s*$", re.IGNORECASE)


def parse_age(text: str) -> timedelta:
    """'30d', '12h', '2w' → a timedelta; ValueError otherwise."""
    match = _AGE.match(text)
    if not match:
        raise ValueError(f"{text!r} is not an age like 30d, 12h or 2w")
    amount, unit = int(match.group(1)), match.group(2).lower()
    return timedelta(hours=amount * {"h": 1, "d": 24, "w": 168}[unit])


@dataclass
class PruneReport:
    removed: list[Path] = field(default_factory=list)
    removed_ids: list[str] = field(default_factory=list)
    edited: list[Path] = field(default_factory=list)
    starred: list[Path] = field(default_factory=list)
    missing: int = 0
    """Files the user deleted themselves (forgotten from the fetch state)."""
    failed: list[tuple[Path, str]] = field(default_factory=list)


def prune(
    store: FeedStore,
    older_than: timedelta,
    *,
    starred: Collection[str] = (),
    now: datetime | None = None,
    dry_run: bool = False,
) -> PruneReport:
    """Remove fetched articles dated before now - `older_than` (with `dry_run`, only
    say which)."""
    cutoff = (now or datetime.now().astimezone()) - older_than
    report = PruneReport()
    for saved in store.files():
        path = saved.path
        if not path.is_file():
            report.missing += 1
            if not dry_run:
                store.gone(saved)
            continue
        try:
            edited = file_hash(path) != saved.hash
        except OSError:
            continue  # unreadable now: not ours to judge
        articles = read_file(path).articles  # none when unreadable: kept below
        if edited:
            report.edited.append(path)
            continue
        if not articles or articles[0].date >= cutoff:
            continue
        if any(a.id in starred for a in articles):
            report.starred.append(path)
            continue
        if not dry_run:
            try:
                path.unlink()
            except OSError as exc:
                report.failed.append((path, exc.strerror or exc.__class__.__name__))
                continue
            store.gone(saved)
        report.removed.append(path)
        report.removed_ids.extend(a.id for a in articles)
    return report


def remove_from_cache(cache_dir: Path, article_ids: list[str]) -> list[str]:
    """Drop the removed articles' cache entries; the cache's warnings, if any."""
    from briefing.cache import Cache

    cache = Cache(cache_dir)
    cache.remove_articles(article_ids)
    warnings = cache.new_warnings()
    cache.close()
    return warnings
