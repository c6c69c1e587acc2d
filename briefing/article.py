"""An article as read from disk, and a file that could not be read: the vocabulary every
layer shares. The library makes them, the analysis reads them, the readers show them;
this module imports nothing of briefing, so `library` never depends on `analysis`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

BODY_GONE = (
    "This article's file changed or was removed after the library was read, so its text "
    "cannot be shown. Open the library again to read the file as it is now."
)
"""The body of an article read from the library index whose file no longer holds it."""


@dataclass(frozen=True, eq=False)
class Article:
    """One article as read from disk. Immutable; its id is the hash of its body.

    `body` is the normalised text (NFC, "\\n" line endings, control characters
    removed, surrounding white space stripped). Every character offset in an
    `Analysis` indexes this string.

    An article the library index knew (`Article.unread`) has everything but its body,
    which is read from its file the first time it is asked for: a warm start of
    10,000 articles reads none of them. If the file no longer holds that text (it
    changed or vanished since the library was read) the body is BODY_GONE and `stale`
    is True: nothing computed from it may be stored under the article's id.

    Two articles are equal when their id (so their body) and their other fields are:
    comparing or hashing one never reads its body.
    """

    id: str
    body: str
    title: str
    source: str
    date: datetime
    path: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()

    @classmethod
    def unread(
        cls,
        load: Callable[[Article], str | None],
        *,
        id: str,
        title: str,
        source: str,
        date: datetime,
        path: str | None,
        url: str | None = None,
        tags: tuple[str, ...] = (),
        words: int | None = None,
    ) -> Article:
        """An article whose body `load(article)` reads when it is first asked for (None:
        the text is no longer there); `words` is its body's word count, if known."""
        made = object.__new__(cls)
        made.__dict__.update(
            id=id, title=title, source=source, date=date, path=path, url=url, tags=tags,
            _load=load, _words=words,
        )  # fmt: skip
        return made

    if not TYPE_CHECKING:  # hidden from type checkers, which would then allow any name

        def __getattr__(self, name: str) -> Any:
            """The body of an unread article, read now (only called for a missing name)."""
            load = self.__dict__.get("_load")
            if name != "body" or load is None:
                raise AttributeError(name)
            body = load(self)
            self.__dict__.update(body=BODY_GONE if body is None else body, _stale=body is None)
            self.__dict__.pop("_load", None)
            return self.__dict__["body"]

    @property
    def body_read(self) -> bool:
        """Whether the body is in memory (False for an unread article not yet shown)."""
        return "body" in self.__dict__

    @property
    def stale(self) -> bool:
        """Whether the body could not be read back (see the class docstring)."""
        _ = self.body
        return bool(self.__dict__.get("_stale", False))

    @property
    def words(self) -> int:
        """The number of words in the body (from the index for an unread article)."""
        words = self.__dict__.get("_words")
        if words is None:
            words = self.__dict__["_words"] = len(self.body.split())
        return int(words)

    def _key(self) -> tuple[Any, ...]:
        return (self.id, self.title, self.source, self.date, self.path, self.url, self.tags)

    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        if not isinstance(other, Article):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __getstate__(self) -> dict[str, Any]:
        """What pickling keeps (for the analysis process): the body read, no loader."""
        _ = self.body
        return {k: v for k, v in self.__dict__.items() if k != "_load"}

    def __repr__(self) -> str:
        return f"Article(id={self.id[:12]!r}, title={self.title!r}, path={self.path!r})"

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
