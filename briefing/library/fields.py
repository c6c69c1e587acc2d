"""An article's metadata (title, source, url, date, tags) from whatever a file holds.

Front matter and JSON give values of any type: a number where text was meant, a
list, a date out of range, a date that does not exist. Each value becomes what the
article needs or is left out with one problem naming the field; nothing raises.
One-line fields are cleaned of escape sequences, control, bidi and zero-width
characters (briefing.text_safety), whatever their source.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from briefing.text_safety import clean_line

MIN_YEAR, MAX_YEAR = 2, 9998
"""Dates outside these years are refused: at the very ends of datetime's range,
converting to local time or adding a day overflows."""

TEXT_FIELDS = ("title", "source", "url")


class FieldError(ValueError):
    """A value that cannot be used for its field (the message says what it is)."""


@dataclass(frozen=True)
class Fields:
    """The metadata an article takes from its file; None where the file gives none."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: datetime | None = None
    tags: tuple[str, ...] = ()


def kind(value: Any) -> str:
    """What a value is, for a person: "a list", "true/false", "a number"…"""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, datetime | date):
        return "a date"
    if isinstance(value, str):
        return "text"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple | set | frozenset):
        return "a list"
    return "a value of an unknown kind"


def text_value(value: Any) -> str | None:
    """A scalar as the text it was written as (a number or a date too, as in `tags:
    2025`); None for nothing or blank text. Raises FieldError for anything else."""
    if value is None:
        return None
    if isinstance(value, str):
        return clean_line(value) or None
    if isinstance(value, bool):
        raise FieldError("true/false, not text")
    if isinstance(value, int):
        try:
            return str(value)
        except ValueError:  # more digits than Python converts (4,300)
            raise FieldError("a number too long to read") from None
    if isinstance(value, float):
        if not math.isfinite(value):
            raise FieldError("not a finite number")
        return repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise FieldError(f"{kind(value)}, not text")


def date_value(value: Any) -> datetime | None:
    """A date or date and time as an aware local datetime (naive values are local
    time); None for nothing. Raises FieldError for anything that is not a date in
    years MIN_YEAR..MAX_YEAR."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        text = value.strip()
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise FieldError(
                f"{_shown(text)} is not a date (use 2025-10-12 or an ISO date and time)"
            ) from None
    else:
        raise FieldError(f"{kind(value)}, not a date")
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise FieldError(f"{parsed.year} is out of range")
    try:
        local = parsed.astimezone()
    except (OverflowError, ValueError, OSError):
        raise FieldError(f"{_shown(str(value))} is out of range") from None
    if not MIN_YEAR <= local.year <= MAX_YEAR:
        raise FieldError(f"{_shown(str(value))} is out of range")
    return local


def tags_value(value: Any) -> tuple[tuple[str, ...], int]:
    """Tags from comma-separated text or a list (a single number or date is one tag),
    and how many list items were not text and were left out. Raises FieldError when
    the value is neither."""
    if value is None:
        return (), 0
    if isinstance(value, str):
        items: list[Any] = value.split(",")
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        tag = text_value(value)  # a number or a date: the tag as written
        return ((tag,) if tag else ()), 0
    tags: list[str] = []
    left_out = 0
    for item in items:
        try:
            tag = text_value(item)
        except FieldError:
            left_out += 1
            continue
        if tag and tag not in tags:
            tags.append(tag)
    return tuple(tags), left_out


def read_fields(meta: Mapping[Any, Any], report: Callable[[str], None], where: str = "") -> Fields:
    """The article fields of `meta`; each value that cannot be used is left out with
    one problem ("`where`date: …") passed to `report`."""
    found: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        try:
            found[name] = text_value(meta.get(name))
        except FieldError as exc:
            report(f"{where}{name}: {exc}; left out")
    try:
        found["date"] = date_value(meta.get("date"))
    except FieldError as exc:
        report(f"{where}date: {exc}; the file's date is used")
    try:
        found["tags"], left_out = tags_value(meta.get("tags"))
        if left_out:
            report(f"{where}tags: {left_out} not text, left out")
    except FieldError as exc:
        report(f"{where}tags: {exc}; left out")
    return Fields(**found)


def _shown(text: str, limit: int = 40) -> str:
    """A value quoted in a problem: short, and as `repr` writes it (every control,
    bidi or zero-width character as an escape)."""
    return repr(text[:limit] + ("…" if len(text) > limit else ""))
