"""An article as read from disk, and a file that could not be read: the vocabulary every
layer shares. The library makes them, the analysis reads them, the readers show them;
this module imports nothing of briefing, so `library` never depends on `analysis`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Article:
    """One article as read from disk. Immutable; its id is the hash of its body.

    `body` is the normalised text (NFC, "\\n" line endings, control characters
    removed, surrounding white space stripped). Every character offset in an
    `Analysis` indexes this string.
    """

    id: str
    body: str
    title: str
    source: str
    date: datetime
    path: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()

    def meta_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "date": self.date.isoformat(),
            "tags": list(self.tags),
        }


@dataclass(frozen=True)
class LoadProblem:
    """A file that could not be read as an article, and why (one line, for people)."""

    path: str
    reason: str
