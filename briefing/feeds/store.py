"""What fetching remembers: `feeds.sqlite3` in the user data folder.

- per feed: its ETag and Last-Modified (for a conditional GET), when it was last
  checked and how that went (for `briefing feeds list`);
- per feed entry: that it was seen, when the feed said it last changed, and the file
  it went to (so an entry is fetched once, and a changed one updates its file);
- per file written: its address (normalised), its content id and the SHA-256 of the
  bytes written. A file whose bytes differ from that hash was edited by its user and
  is never rewritten or pruned; a pruned file's row stays, marked gone, so the same
  article is not fetched again while its feed still lists it.

Not the cache: `briefing cache clear` must not make the next fetch save every article
again. A corrupt file is moved aside and a fresh one started (one warning); the next
fetch finds the files it wrote before by their front matter (`fetch.index_folder`), so
nothing is saved twice, though the entries seen are forgotten.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing import sqlite_files as files
from briefing.config import user_data_dir

STORE_FILE = "feeds.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT,
                                  checked REAL, status TEXT, title TEXT);
CREATE TABLE IF NOT EXISTS entries (feed TEXT NOT NULL, entry TEXT NOT NULL, updated TEXT,
                                    file INTEGER, PRIMARY KEY (feed, entry));
CREATE TABLE IF NOT EXISTS files (id INTEGER PRIMARY KEY, path TEXT NOT NULL, url TEXT,
                                  content TEXT NOT NULL, hash TEXT NOT NULL, feed TEXT,
                                  fetched REAL NOT NULL, gone INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS files_path ON files (path);
CREATE INDEX IF NOT EXISTS files_url ON files (url);
CREATE INDEX IF NOT EXISTS files_content ON files (content);
"""


@dataclass(frozen=True)
class SavedFile:
    id: int
    path: Path
    url: str | None
    content: str
    hash: str
    feed: str | None
    fetched: float
    gone: bool


@dataclass(frozen=True)
class FeedStatus:
    url: str
    checked: float | None
    status: str | None


class FeedStore:
    """The fetch state, safe to share between threads (one connection, one lock)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.warnings: list[str] = []
        self._lock = threading.RLock()
        self._conn = self._open(folder or user_data_dir())

    def _open(self, folder: Path) -> sqlite3.Connection:
        path = folder / STORE_FILE
        self.path: Path | None = path
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return self._connect(path)
        except OSError as exc:
            problem = f"cannot create {folder} ({files.cause(exc)})"
        except sqlite3.Error as exc:
            if not files.is_corrupt(exc):
                problem = f"cannot open {path} ({files.cause(exc, path)})"
            else:
                try:
                    with files.exclusive(path):
                        aside = files.move_aside(path)
                        conn = self._connect(path)
                except (OSError, sqlite3.Error) as again:
                    problem = f"{path} is corrupt and cannot be replaced ({files.cause(again)})"
                else:
                    self.warnings.append(
                        f"the fetch state was corrupt ({files.cause(exc)}): moved it to "
                        f"{aside.name} and started a new one"
                    )
                    return conn
        self.warnings.append(f"{problem}; what is fetched now is remembered for this run only")
        self.path = None
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.executescript(_SCHEMA)
        return conn

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        if path.is_dir():
            raise files.BadSchema("a folder is in its place")
        conn = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            for table in ("feeds", "entries", "files"):
                conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # -- feeds -----------------------------------------------------------------------------
    def validators(self, feed: str) -> tuple[str | None, str | None]:
        with self._lock:
            row = self._conn.execute(
                "SELECT etag, last_modified FROM feeds WHERE url=?", (feed,)
            ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def checked(
        self,
        feed: str,
        status: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        keep_validators: bool = True,
        title: str | None = None,
    ) -> None:
        """Record a check of `feed` and how it went; new validators when given (a
        response without them, with `keep_validators=False`, clears the old ones), and
        the feed's title when it was read (a 304 keeps the one known)."""
        with self.transaction() as db:
            old = db.execute(
                "SELECT etag, last_modified, title FROM feeds WHERE url=?", (feed,)
            ).fetchone()
            if keep_validators and etag is None and last_modified is None and old:
                etag, last_modified = old[0], old[1]
            db.execute(
                "INSERT OR REPLACE INTO feeds VALUES (?, ?, ?, ?, ?, ?)",
                (
                    feed,
                    etag,
                    last_modified,
                    time.time(),
                    status,
                    title or (old[2] if old else None),
                ),
            )

    def title(self, feed: str) -> str | None:
        """The feed's own title, as last read."""
        with self._lock:
            row = self._conn.execute("SELECT title FROM feeds WHERE url=?", (feed,)).fetchone()
        return row[0] if row else None

    def statuses(self) -> dict[str, FeedStatus]:
        with self._lock:
            rows = self._conn.execute("SELECT url, checked, status FROM feeds").fetchall()
        return {url: FeedStatus(url, checked, status) for url, checked, status in rows}

    # -- entries and files -----------------------------------------------------------------
    def seen(self, feed: str, entry: str) -> tuple[str | None, SavedFile | None] | None:
        """(the entry's recorded `updated`, its file) when the entry was seen, else None."""
        with self._lock:
            row = self._conn.execute(
                "SELECT updated, file FROM entries WHERE feed=? AND entry=?", (feed, entry)
            ).fetchone()
            if row is None:
                return None
            return row[0], self._file_by_id(row[1]) if row[1] is not None else None

    def by_url(self, url_key: str) -> SavedFile | None:
        return self._one("SELECT * FROM files WHERE url=? ORDER BY gone, id LIMIT 1", url_key)

    def by_content(self, content: str) -> SavedFile | None:
        return self._one("SELECT * FROM files WHERE content=? ORDER BY gone, id LIMIT 1", content)

    def by_path(self, path: Path) -> SavedFile | None:
        return self._one(
            "SELECT * FROM files WHERE path=? AND gone=0 ORDER BY id DESC LIMIT 1", str(path)
        )

    def _file_by_id(self, file_id: int) -> SavedFile | None:
        return self._one("SELECT * FROM files WHERE id=?", file_id)

    def _one(self, query: str, value: object) -> SavedFile | None:
        with self._lock:
            row = self._conn.execute(query, (value,)).fetchone()
        return _saved(row) if row else None

    def saved(
        self,
        path: Path,
        *,
        url_key: str | None,
        content: str,
        digest: str,
        feed: str | None,
        entry: str | None,
        updated: str | None,
    ) -> None:
        """Record a file just written (and the entry it came from)."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO files (path, url, content, hash, feed, fetched) VALUES (?,?,?,?,?,?)",
                (str(path), url_key, content, digest, feed, time.time()),
            )
            if feed is not None and entry is not None:
                db.execute(
                    "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                    (feed, entry, updated, cursor.lastrowid),
                )

    def rewritten(
        self, saved: SavedFile, *, content: str, digest: str, updated: str | None, entry: str
    ) -> None:
        """Record a new version written over a file briefing wrote."""
        with self.transaction() as db:
            db.execute(
                "UPDATE files SET content=?, hash=?, fetched=? WHERE id=?",
                (content, digest, time.time(), saved.id),
            )
            if saved.feed is not None:
                db.execute(
                    "UPDATE entries SET updated=? WHERE feed=? AND entry=?",
                    (updated, saved.feed, entry),
                )

    def entry_seen(
        self, feed: str, entry: str, updated: str | None, file: SavedFile | None
    ) -> None:
        """Remember an entry that needs no file of its own (a copy of one saved, or an
        entry with no text): it is not fetched again."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                (feed, entry, updated, file.id if file else None),
            )

    def is_empty(self) -> bool:
        """No file recorded: a first fetch, or a fresh file after a corrupt one."""
        with self._lock:
            return self._conn.execute("SELECT 1 FROM files LIMIT 1").fetchone() is None

    def files(self) -> list[SavedFile]:
        """Every file briefing wrote and has not pruned."""
        with self._lock:
            rows = self._conn.execute("SELECT * FROM files WHERE gone=0 ORDER BY id").fetchall()
        return [_saved(r) for r in rows]

    def gone(self, saved: SavedFile) -> None:
        with self.transaction() as db:
            db.execute("UPDATE files SET gone=1 WHERE id=?", (saved.id,))


def _saved(row: tuple[Any, ...]) -> SavedFile:
    id_, path, url, content, digest, feed, fetched, gone = row
    return SavedFile(id_, Path(path), url, content, digest, feed, fetched, bool(gone))
