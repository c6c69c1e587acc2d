"""Which articles a brief covers: today's by default, or a date, a window, or all."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from briefing.article import Article
from briefing.errors import BriefingError

_SINCE = re.compile(r"^(\d+)\s*([hdw])$")


def parse_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BriefingError(
            f"{option}: {text!r} is not a date like 2025-10-12", exit_code=2
        ) from None


def since_start(text: str, now: datetime) -> datetime:
    """'2d' / '12h' / '1w' before now, or the start of a YYYY-MM-DD day (local time)."""
    match = _SINCE.match(text.strip().lower())
    if match:
        amount, unit = int(match.group(1)), match.group(2)
        return now - timedelta(hours=amount * {"h": 1, "d": 24, "w": 168}[unit])
    day = parse_day(text, "--since")
    return datetime(day.year, day.month, day.day).astimezone()


def check_selection(*, day: str | None, since: str | None, everything: bool) -> None:
    """One way of choosing at a time: `--all --date` would otherwise ignore the date."""
    given = [name for name, value in (("--all", everything), ("--date", day), ("--since", since))
             if value]  # fmt: skip
    if len(given) > 1:
        raise BriefingError(
            f"{' and '.join(given)} cannot be combined: choose one of --date, --since or --all",
            exit_code=2,
        )


def select_articles(
    articles: Sequence[Article],
    *,
    day: str | None = None,
    since: str | None = None,
    everything: bool = False,
    now: datetime | None = None,
) -> tuple[list[Article], str]:
    """The selected articles and a phrase describing the selection.

    Raises BriefingError (exit 1) when nothing matches, naming the newest date there is.
    """
    now = now or datetime.now().astimezone()
    if everything:
        chosen, what = list(articles), "all articles"
    elif since:
        start = since_start(since, now)
        chosen, what = [a for a in articles if a.date >= start], f"since {start:%Y-%m-%d %H:%M}"
    else:
        wanted = parse_day(day, "--date") if day else now.date()
        chosen = [a for a in articles if a.date.astimezone().date() == wanted]
        what = f"{wanted:%Y-%m-%d}"
    if not chosen:
        if not articles:
            raise BriefingError("no articles to brief: the library is empty", exit_code=1)
        newest = max(a.date for a in articles).astimezone()
        raise BriefingError(
            f"no articles for {what}; the newest is from {newest:%Y-%m-%d} "
            f"(try --date {newest:%Y-%m-%d}, --since 7d or --all)",
            exit_code=1,
        )
    return chosen, what
