"""The library index: what each file gave last time, so a warm start reads no file.

Reading a file means decoding it, reading its front matter, normalising and hashing
its body; for 10,000 files that was most of the seconds before the reader's list
could be drawn. The index keeps, for each file of one library folder (or one file
given by name), what reading it gave: its articles' ids, titles, sources, dates,
addresses, tags and word counts, and the problems met. A file whose size,
modification time and status-change time (st_ctime_ns, which no program can set back)
are those recorded is not read; its articles come back as `Article.unread` stubs
whose bodies are read from the file when someone asks for one. A new or changed file
is read and recorded, a vanished one drops out.

Where an article's body is, byte for byte, a stretch of its file (UTF-8 text and Markdown
already normalised: nearly every file), the index also keeps that stretch's offset and
length, so the body is one read of those bytes, not a second reading of the whole file
(its front matter parsed again): `analyze --json` over 1,000 cached articles spent a
third of its time so. The stretch is used only while the file's stamp is the one
recorded and only if its bytes hash to the article's id; otherwise the file is read
as before.

Accepted limit: where the system's ctime is not a status-change time (on Windows it
is the creation time), a file rewritten to the same size with its modification time
put back is not noticed until its size or times change again.

The index is a JSON file per library root in the cache folder. It is only ever a
shortcut: a file that is missing, damaged, of another index version or made by
another version of the readers (the version is a hash of their source) is ignored
and written afresh; one that cannot be written is left alone. Nothing here raises.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import orjson

from briefing.article import Article, LoadProblem

FOLDER = "library-index"
INDEX_VERSION = 2
"""Bump when what an entry holds changes (the readers' own changes are seen by
`reader_version`)."""
MAX_INDEX_BYTES = 256 * 1024 * 1024
"""A larger index file is not read (it is not one this module wrote)."""

Stamp = tuple[int, int, int]
"""(size, mtime_ns, ctime_ns) of a file."""


def stamp_of(found: os.stat_result) -> Stamp:
    return (found.st_size, found.st_mtime_ns, found.st_ctime_ns)


_READER_VERSION: str | None = None


def reader_version() -> str:
    """A hash of the source of the code that reads articles (this package and the
    article vocabulary): a change to how titles, dates or bodies are read makes every
    index written before it stale."""
    global _READER_VERSION
    if _READER_VERSION is None:
        digest = hashlib.sha256(str(INDEX_VERSION).encode())
        here = Path(__file__).resolve().parent
        sources = [*sorted(here.glob("*.py")), here.parent / "article.py"]
        sources.append(here.parent / "text_safety.py")
        for source in sources:
            try:
                digest.update(source.name.encode() + b"\0" + source.read_bytes())
            except OSError:
                digest.update(source.name.encode() + b"\0unreadable")
        _READER_VERSION = digest.hexdigest()[:16]
    return _READER_VERSION


BodyLoader = Callable[..., "str | None"]
"""Reads an unread article's body: `load(article)`, or `load(article, at=(offset,
length, stamp))` where the index knows the bytes of the body in the file."""


def remove_indexes(folder: Path) -> int | None:
    """Delete the library indexes kept in the cache folder `folder` and their folder
    (`briefing cache clear`: a cleared cache keeps nothing of the libraries it saw); how
    many there were, or None when some could not be deleted. Only what this module
    writes is touched; a link in the folder's place is left alone."""
    where = folder / FOLDER
    try:
        if where.is_symlink() or not where.is_dir():
            return 0
        names = [p for p in where.iterdir() if p.suffix == ".json" or p.name.startswith(".index-")]
    except OSError:
        return None
    removed, failed = 0, False
    for path in names:
        try:
            path.unlink()
            removed += path.suffix == ".json"
        except FileNotFoundError:
            continue  # another run removed or replaced it
        except OSError:
            failed = True
    with contextlib.suppress(OSError):
        where.rmdir()  # left in place when it holds anything else
    return None if failed else removed


@dataclass
class LibraryIndex:
    """The index of one library root: look files up, record what reading gave, save."""

    file: Path | None
    settings: list[Any]
    entries: dict[str, list[Any]] = field(default_factory=dict)
    fresh: dict[str, list[Any]] = field(default_factory=dict)
    changed: bool = False

    @classmethod
    def open(cls, folder: Path | None, root: Path, settings: list[Any]) -> LibraryIndex:
        """The index of `root` kept in `folder` (None: an index that keeps nothing), for
        reading with `settings` (JSON values: the size limits and time zone, which change
        what reading a file gives; an index made with others is not used)."""
        if folder is None:
            return cls(None, settings)
        name = hashlib.sha256(os.path.abspath(root).encode("utf-8", "surrogatepass"))
        index = cls(folder / FOLDER / f"{name.hexdigest()[:24]}.json", settings)
        index.entries = index._read()
        return index

    def _read(self) -> dict[str, list[Any]]:
        assert self.file is not None
        try:
            with open(self.file, "rb") as handle:
                found = os.fstat(handle.fileno())
                if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_INDEX_BYTES:
                    return {}
                data = orjson.loads(handle.read())
        except (OSError, ValueError):
            return {}
        if (
            type(data) is not dict
            or data.get("version") != reader_version()
            or data.get("settings") != self.settings
            or type(data.get("files")) is not dict
        ):
            return {}
        return data["files"]

    def articles(
        self, key: str, where: str, stamp: Stamp, load: BodyLoader
    ) -> tuple[list[Article], list[LoadProblem]] | None:
        """What the file `where` (`key` within the root) gave when it had `stamp`, as
        unread articles and its problems; None if it is not recorded so (read it)."""
        entry = self.entries.get(key)
        if entry is None or entry[0] != list(stamp):
            return None
        try:
            articles = [
                Article.unread(
                    load if a[7] is None else partial(load, at=(int(a[7]), int(a[8]), stamp)),
                    id=a[0],
                    title=a[1],
                    source=a[2],
                    date=datetime.fromisoformat(a[3]),
                    path=where,
                    url=a[4],
                    tags=tuple(a[5]),
                    words=int(a[6]),
                )
                for a in entry[1]
            ]
            problems = [LoadProblem(where, str(reason)) for reason in entry[2]]
            if not all(type(a.id) is str and type(a.title) is str for a in articles):
                return None
        except (TypeError, ValueError, IndexError, KeyError):
            return None  # an entry of another shape: the file is read again
        self.fresh[key] = entry
        return articles, problems

    def record(
        self,
        key: str,
        stamp: Stamp,
        articles: tuple[Article, ...],
        problems: tuple[LoadProblem, ...],
        raw: bytes = b"",
    ) -> None:
        """Keep what reading the file `key` with `stamp` (its bytes `raw`) gave."""
        self.fresh[key] = [
            list(stamp),
            [
                [
                    *(a.id, a.title, a.source, a.date.isoformat(), a.url, list(a.tags), a.words),
                    *_span_of(a.body, raw),
                ]
                for a in articles
            ],
            [p.reason for p in problems],
        ]
        self.changed = True

    def save(self) -> None:
        """Write the index of the files seen in this run, if it differs from the one
        read: atomically (a temporary file renamed over it), so a reader never sees half
        an index. Two runs saving at once: the last one's stands, the other's files are
        read once more next time."""
        if self.file is None or (not self.changed and self.fresh.keys() == self.entries.keys()):
            return
        data = {"version": reader_version(), "settings": self.settings, "files": self.fresh}
        with contextlib.suppress(OSError, TypeError, ValueError):
            self.file.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.file.parent, prefix=".index-")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(orjson.dumps(data))
                os.replace(temporary, self.file)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)


def _span_of(body: str, raw: bytes) -> list[int | None]:
    """[offset, length] of the body's UTF-8 bytes in the file's bytes, or [None, None]
    where the body is not a stretch of them (escaped in JSON, extracted from HTML,
    normalised from another encoding or line ending)."""
    encoded = body.encode("utf-8", "surrogatepass")
    at = raw.find(encoded) if encoded else -1
    return [None, None] if at < 0 else [at, len(encoded)]
