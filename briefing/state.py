"""What the reader remembers between runs: read and starred articles, the chosen theme,
when it was last launched and when it first saw each article (what is "new since").

A small SQLite file in the user data dir, not in the cache: `briefing cache clear`
must never lose a user's stars. Marks are the only data a user makes here, so:

- every change is one transaction in WAL mode with `synchronous=FULL`: a reader
  killed mid-write leaves the file whole, holding every change made before it;
- a corrupt file (garbage, truncated, another schema, a folder in its place) is moved
  aside, the marks that can still be read are copied out of it, and a fresh file is
  used; `warnings` says so, for the reader to show once;
- a change that cannot be written (a full disk, a read-only file) is kept in memory
  and written with the next change that can be; the call that first fails returns the
  problem as one line, for the reader to show. Nothing is silently dropped.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from briefing import sqlite_files as files
from briefing.config import user_data_dir

STATE_FILE = "state.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS marks (article TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0,
                                  star INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS prefs (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS seen (article TEXT PRIMARY KEY, first REAL NOT NULL);
"""
_COLUMNS = {
    "marks": ["article", "read", "star"],
    "prefs": ["key", "value"],
    "seen": ["article", "first"],
}
LAUNCHED = "launched"
"""The prefs key of the last launch's time (seconds since the epoch)."""

_UPSERT = """INSERT INTO marks (article, read, star) VALUES (?, coalesce(?, 0), coalesce(?, 0))
             ON CONFLICT (article) DO UPDATE SET read = coalesce(?, read),
                                                 star = coalesce(?, star)"""

Mark = tuple[bool | None, bool | None]
"""A change to an article's (read, star); None leaves that one as it is."""


class ReaderState:
    def __init__(self, folder: Path | None = None) -> None:
        self.warnings: list[str] = []
        """What went wrong opening the file (moved aside, kept in memory): show once."""
        self.path: Path | None = None
        self._pending_marks: dict[str, Mark] = {}
        self._pending_prefs: dict[str, str] = {}
        self._failing: str | None = None
        self._conn = self._open(folder or user_data_dir())

    # -- opening -----------------------------------------------------------------------------
    def _open(self, folder: Path) -> sqlite3.Connection:
        path = folder / STATE_FILE
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return self._in_memory(f"cannot create {folder} ({files.cause(exc)})")
        try:
            conn = files.when_free(self._connect, path)
        except sqlite3.Error as exc:
            if files.is_corrupt(exc):
                return self._replace(path, exc)
            why = files.cause(exc, path)
            reader = _read_only(path)
            if reader is None:
                return self._in_memory(f"cannot open {path} ({why})")
            # the marks made before still show; new ones are kept until the end of the run
            self._failing = f"cannot write to {path} ({why}); new read and star marks are kept for this run only"
            self.warnings.append(self._failing)
            self.path = path
            return reader
        self.path = path
        return conn

    def _replace(self, path: Path, exc: sqlite3.Error) -> sqlite3.Connection:
        """Move the corrupt file aside, copy out what can be read, start a fresh one."""
        try:
            with files.exclusive(path):
                aside = files.move_aside(path)
                conn = self._connect(path)
        except (OSError, sqlite3.Error) as again:
            return self._in_memory(
                f"{path} is corrupt ({files.cause(exc)}) and cannot be replaced "
                f"({files.cause(again)})"
            )
        saved = _salvage(aside, conn)
        kept = f"; {saved} read or star marks recovered from it" if saved else ""
        self.warnings.append(
            f"the reader's state file was corrupt ({files.cause(exc)}): moved it to "
            f"{aside.name} and started a new one{kept}"
        )
        self.path = path
        return conn

    def _in_memory(self, why: str) -> sqlite3.Connection:
        self.warnings.append(f"{why}; read and star marks are kept for this run only")
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.executescript(_SCHEMA)
        return conn

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        """Open and check the file: a folder, a damaged page or tables that are not ours
        raise files.BadSchema or sqlite3.DatabaseError (it is small: check all of it)."""
        if path.is_dir():
            raise files.BadSchema("a folder is in its place")
        conn = sqlite3.connect(path, timeout=10, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise files.BadSchema("damaged pages")
            conn.executescript(_SCHEMA)
            for table, wanted in _COLUMNS.items():
                columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
                if columns != wanted:
                    raise files.BadSchema(f"its {table} table is not the reader's")
            conn.execute("SELECT count(*) FROM marks").fetchone()
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    # -- reading ---------------------------------------------------------------------------
    def marks(self) -> tuple[set[str], set[str]]:
        """(read ids, starred ids), changes not yet written included."""
        try:
            rows = self._conn.execute("SELECT article, read, star FROM marks").fetchall()
        except sqlite3.Error:
            rows = []
        read = {a for a, r, _ in rows if r}
        star = {a for a, _, s in rows if s}
        for article, (r, s) in self._pending_marks.items():
            if r is not None:
                (read.add if r else read.discard)(article)
            if s is not None:
                (star.add if s else star.discard)(article)
        return read, star

    def set_read_many(self, articles: set[str], *, read: bool) -> None:
        """Mark many articles read or unread in one transaction (a thousand single
        updates would each wait for the disk)."""
        with self._conn:
            self._conn.execute("BEGIN")
            self._conn.executemany(
                "INSERT OR IGNORE INTO marks (article) VALUES (?)", [(a,) for a in articles]
            )
            self._conn.executemany(
                "UPDATE marks SET read=? WHERE article=?", [(int(read), a) for a in articles]
            )

    def pref(self, key: str) -> str | None:
        if key in self._pending_prefs:
            return self._pending_prefs[key]
        try:
            row = self._conn.execute("SELECT value FROM prefs WHERE key=?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    # -- what is new --------------------------------------------------------------------------
    def launch(self, now: float) -> float | None:
        """Record this launch at `now`; the previous launch's time (None: the first)."""
        previous = self.pref(LAUNCHED)
        self.set_pref(LAUNCHED, repr(now))
        try:
            return float(previous) if previous is not None else None
        except ValueError:  # a value no reader wrote
            return None

    def first_seen(self, articles: Iterable[str], now: float) -> dict[str, float]:
        """When each article was first seen: those never seen before are recorded as
        seen at `now`. Not precious (a lost time only makes an article not new): a
        file that refuses the write is passed over in silence."""
        ids = list(articles)
        try:
            rows = dict(self._conn.execute("SELECT article, first FROM seen").fetchall())
        except sqlite3.Error:
            rows = {}
        fresh = [i for i in ids if i not in rows]
        if fresh:
            with contextlib.suppress(sqlite3.Error), self._conn:
                self._conn.execute("BEGIN")
                self._conn.executemany(
                    "INSERT OR IGNORE INTO seen VALUES (?, ?)", [(i, now) for i in fresh]
                )
            rows.update(dict.fromkeys(fresh, now))
        return {i: rows[i] for i in ids}

    # -- writing ---------------------------------------------------------------------------
    def set_mark(
        self, article: str, *, read: bool | None = None, star: bool | None = None
    ) -> str | None:
        """Mark an article read/unread, starred/unstarred. None when it is saved; else
        the problem as one line (only the first time in a row: the change is kept and
        written with the next change that can be)."""
        old_read, old_star = self._pending_marks.get(article, (None, None))
        self._pending_marks[article] = (
            old_read if read is None else read,
            old_star if star is None else star,
        )
        return self._flush()

    def set_pref(self, key: str, value: str) -> str | None:
        """Remember a preference; the problem as one line when it cannot be saved."""
        self._pending_prefs[key] = value
        return self._flush()

    def flush(self) -> str | None:
        """Try again to write the changes a fault held back (the reader: at exit)."""
        return self._flush(always_report=True)

    @property
    def unsaved(self) -> int:
        """Changes kept in memory because the file could not take them."""
        return len(self._pending_marks) + len(self._pending_prefs)

    def _flush(self, always_report: bool = False) -> str | None:
        if not self._pending_marks and not self._pending_prefs:
            return None
        for _attempt in range(2):
            try:
                self._write()
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                if files.is_corrupt(exc) and self.path is not None:
                    with contextlib.suppress(sqlite3.Error):
                        self._conn.close()
                    self._conn = self._replace(self.path, exc)
                    continue
                problem = (
                    f"could not save read and star marks to {self.path or 'memory'} "
                    f"({files.cause(exc, self.path)}); {self.unsaved} kept until they can be"
                )
                first = self._failing is None
                self._failing = problem
                return problem if first or always_report else None
            self._pending_marks.clear()
            self._pending_prefs.clear()
            self._failing = None
            return None
        return self._failing

    def _write(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")
        self._conn.executemany(
            _UPSERT,
            [
                (article, _int(r), _int(s), _int(r), _int(s))
                for article, (r, s) in self._pending_marks.items()
            ],
        )
        self._conn.executemany(
            "INSERT OR REPLACE INTO prefs VALUES (?, ?)", list(self._pending_prefs.items())
        )
        self._conn.execute("COMMIT")

    def close(self) -> str | None:
        """Write what is left (the problem, if it cannot be) and close the file."""
        problem = self.flush() if self.unsaved else None
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        return problem


def _read_only(path: Path) -> sqlite3.Connection | None:
    """The state file opened for reading only (a read-only file system, a file the user
    may read but not write), or None when even that fails."""
    if not path.is_file():
        return None
    for mode in ("mode=ro", "immutable=1"):
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=1)
            conn.execute("SELECT count(*) FROM marks").fetchone()
            conn.execute("SELECT count(*) FROM prefs").fetchone()
        except sqlite3.Error:
            continue
        return conn
    return None


def _int(flag: bool | None) -> int | None:
    return None if flag is None else int(flag)


def _salvage(aside: Path, into: sqlite3.Connection) -> int:
    """Copy the marks and preferences that still read from a corrupt file set aside
    (a truncated file often keeps most of its rows); the number of marks copied."""
    try:
        old = sqlite3.connect(f"{aside.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return 0
    marks: list[tuple[object, object, object]] = []
    prefs: list[tuple[object, object]] = []
    try:
        with contextlib.suppress(sqlite3.Error):
            for row in old.execute("SELECT article, read, star FROM marks"):
                marks.append(row)
        with contextlib.suppress(sqlite3.Error):
            for row in old.execute("SELECT key, value FROM prefs"):
                prefs.append(row)
    finally:
        old.close()
    good = [(a, int(bool(r)), int(bool(s))) for a, r, s in marks if isinstance(a, str) and (r or s)]
    try:
        into.execute("BEGIN IMMEDIATE")
        into.executemany("INSERT OR REPLACE INTO marks VALUES (?, ?, ?)", good)
        into.executemany(
            "INSERT OR REPLACE INTO prefs VALUES (?, ?)",
            [(k, v) for k, v in prefs if isinstance(k, str) and isinstance(v, str)],
        )
        into.execute("COMMIT")
    except sqlite3.Error:
        with contextlib.suppress(sqlite3.Error):
            into.execute("ROLLBACK")
        return 0
    return len(good)
