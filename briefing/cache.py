"""The shared cache: one SQLite file (WAL), content-addressed and versioned.

Every stage, the TUI and the CLI, in one or several processes, read and write the
same file. A key is (stage, stage version, model key, parameters, article id), so
a new stage version, model or setting never serves a stale result, and the article
id (a hash of the body) means a result can never belong to another article.
Values are JSON (read with orjson: the standard library's decoder was a seventh of a
10,000-article brief), or bytes a stage encodes itself (the parse's integer columns),
which start with a NUL byte so that no JSON text is mistaken for one. Each is stored
zlib-compressed, or as it is where its stage says compression does not pay (a value
so stored never starts with ZLIB, so both read back, and every older entry too).

Faults degrade, they never crash: a corrupt file is moved aside and rebuilt, an
unwritable folder means an in-memory cache; each says so once through `warnings`.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import orjson

from briefing import sqlite_files as faults

CACHE_FILE = "cache.sqlite3"

BINARY = b"\x00"
"""How a value a stage encodes itself begins (JSON text never does)."""

ZLIB = b"x"
"""How every compressed value begins (the first byte of zlib's header at its default
window, which every version of the cache wrote). A value stored as it is never does:
JSON text cannot start with an "x", and a stage's own encoding starts with NUL."""

RECENT = 3600.0
"""Seconds an entry counts as just used: reading it again within them does not write
its time again. Pruning's least-recently-used order needs no finer clock, and a
brief of 10,000 articles spent half a second re-marking 30,000 entries it had marked
a minute before."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    stage TEXT NOT NULL,
    key TEXT NOT NULL,
    article TEXT NOT NULL,
    value BLOB NOT NULL,
    size INTEGER NOT NULL,
    used REAL NOT NULL,
    PRIMARY KEY (stage, key, article)
) WITHOUT ROWID;
"""
PAGE_SIZE = 32768
"""Bytes per page of a cache file. The table has no rowid (its key is the primary key),
so a value is kept in its page only up to about a quarter of a page, and the rest of a
longer one takes overflow pages of its own: with 4 KB pages every value over 1 KB
(most parses, entity lists and fingerprints) filled a 4 KB page, and a 10,000-article
cache took 269 MB for 129 MB of values. With 32 KB pages nearly every value is kept
with its neighbours: 158 MB, and reads as fast. A file made with smaller pages is
rewritten with these by `compact` (or prune and clear), which loses nothing."""
_COLUMNS = [("stage", 1), ("key", 2), ("article", 3), ("value", 0), ("size", 0), ("used", 0)]
"""`entries` as PRAGMA table_info lists it: (name, place in the primary key)."""

_T = TypeVar("_T")


@dataclass(frozen=True)
class StageStats:
    stage: str
    entries: int
    bytes: int
    articles: int = 0
    """Distinct articles with an entry (entries of several versions count once)."""

    @property
    def per_article(self) -> int:
        return self.bytes // self.articles if self.articles else 0


def stage_key(version: str, model: str, params: dict[str, Any] | None = None) -> str:
    """The part of a cache key that says how a result was made."""
    parts = [f"v={version}", f"model={model}"]
    parts += [f"{k}={v}" for k, v in sorted((params or {}).items())]
    return ";".join(parts)


class Cache:
    """A thread-safe handle on the cache file (or an in-memory stand-in)."""

    def __init__(self, folder: Path | None) -> None:
        self.warnings: list[str] = []
        self.path: Path | None = None
        self._folder = folder
        self._lock = threading.RLock()
        self._identity: tuple[int, int] | None = None
        self._shown = 0
        self._conn = self._open(folder)

    def new_warnings(self) -> list[str]:
        """The warnings added since the last call: what to show now (each fault of the
        file says so once, when it happens, however many operations it spoils)."""
        fresh = self.warnings[self._shown :]
        self._shown = len(self.warnings)
        return fresh

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # -- opening, with fault recovery -------------------------------------------------
    def _open(self, folder: Path | None) -> sqlite3.Connection:
        if folder is None:
            return self._memory()
        path = folder / CACHE_FILE
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._warn(
                f"cannot create the cache folder {folder} ({faults.cause(exc)}); "
                "using an in-memory cache for this run"
            )
            return self._memory()
        found = faults.inode(path)
        try:
            if path.is_dir():
                raise faults.BadSchema("a folder is in its place")
            conn = self._connect_when_free(path)
        except sqlite3.Error as exc:
            if faults.is_corrupt(exc):
                return self._replace(path, exc, found)
            self._warn(f"cannot open the cache file {path} ({faults.cause(exc, path)}); "
                       "using an in-memory cache for this run")  # fmt: skip
            return self._memory()
        self.path = path
        return conn

    def _replace(
        self, path: Path, exc: BaseException, bad: tuple[int, int] | None
    ) -> sqlite3.Connection:
        """Set the corrupt file `bad` (its identity) aside and start a fresh one (one
        warning). Under a lock, and only if the file is still the one found bad: another
        process that found it bad at the same moment may have replaced it already, and
        its fresh file is kept."""
        with faults.exclusive(path):
            if bad is not None and faults.inode(path) not in (None, bad):
                with contextlib.suppress(sqlite3.Error):
                    conn = self._connect(path)
                    self._identity, self.path = faults.inode(path), path
                    return conn
            try:
                aside = faults.move_aside(path) if path.exists() else None
                conn = self._connect(path)
            except (OSError, sqlite3.Error) as again:
                self._warn(f"cache file {path} is corrupt ({faults.cause(exc)}) and cannot be "
                           f"replaced ({faults.cause(again)}); using an in-memory cache")  # fmt: skip
                self.path = None
                return self._memory()
        moved = f"moved it to {aside.name} and " if aside is not None else ""
        self._warn(f"cache file {path} was corrupt ({faults.cause(exc)}); {moved}started afresh")
        self._identity, self.path = faults.inode(path), path
        return conn

    def _connect_when_free(self, path: Path) -> sqlite3.Connection:
        conn = faults.when_free(self._connect, path)
        self._identity = faults.inode(path)
        return conn

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        """Open the file and check it cheaply: its `entries` table is the cache's and a
        row reads. (A full `PRAGMA quick_check` reads every page: 0.8 s on a 600 MB
        cache, too slow for every start; `briefing cache check` runs it. Damage deeper
        in the file is found when a read meets it, and the file is replaced then.)"""
        conn = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
        try:
            conn.execute(f"PRAGMA page_size={PAGE_SIZE}")  # a new file's; an old one keeps its own
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            columns = [(row[1], row[5]) for row in conn.execute("PRAGMA table_info(entries)")]
            if columns != _COLUMNS:
                raise faults.BadSchema("its entries table is not the cache's")
            conn.execute("SELECT * FROM entries LIMIT 1").fetchall()
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    @staticmethod
    def _memory() -> sqlite3.Connection:
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        conn.executescript(_SCHEMA)
        return conn

    def _fault(self, exc: sqlite3.Error, doing: str) -> bool:
        """Deal with a fault met while `doing` something: a corrupt file is replaced
        (True: the caller may try again on the fresh file); any other cause is one
        warning naming it (False)."""
        with contextlib.suppress(sqlite3.Error):
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        if faults.is_corrupt(exc) and self.path is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = self._replace(self.path, exc, self._identity)
            return True
        self._warn(f"could not {doing} ({faults.cause(exc, self.path)})")
        return False

    # -- reading and writing -------------------------------------------------------------
    def get(self, stage: str, key: str, article: str) -> Any | None:
        """The stored value, or None on a miss (or an unreadable entry)."""
        return self.get_many(stage, key, [article]).get(article)

    def get_many(
        self,
        stage: str,
        key: str,
        articles: Iterable[str],
        decode: Callable[[bytes], Any] | None = None,
        *,
        compress: bool = True,
    ) -> dict[str, Any]:
        """Stored values for many articles at once (one query per 500 ids, in id order:
        each query then reads one stretch of the table, where ids in the library's
        order sent each to pages all over the file, at twice the cost). `decode` reads
        a value's JSON text (default: read_json); a ValueError from it is a miss. A damaged
        file reads as misses (and is replaced, so the results computed instead are kept).
        `compress`: as the stage's values are stored (put_many); one an earlier version
        compressed against it is stored anew as it is, once, as it is read."""
        decode = decode or read_json
        ids = sorted(set(articles))
        found: dict[str, Any] = {}
        stale: list[str] = []
        recompressed: list[tuple[bytes, int, str]] = []
        now = time.time()
        recent = now - RECENT
        decompress = zlib.decompress
        packed = ZLIB[0]
        with self._lock:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ",".join("?" * len(chunk))
                try:
                    rows = self._conn.execute(
                        "SELECT article, value, used FROM entries "
                        f"WHERE stage=? AND key=? AND article IN ({marks})",
                        (stage, key, *chunk),
                    ).fetchall()
                except sqlite3.Error as exc:
                    self._fault(exc, "read the cache; results are recomputed")
                    return {}
                for article, blob, used in rows:
                    try:
                        if blob and blob[0] == packed:
                            data = decompress(blob)
                            if not compress:
                                recompressed.append((data, len(data), article))
                        else:
                            data = blob
                        found[article] = decode(data)
                    except (zlib.error, ValueError, TypeError, RecursionError):
                        continue
                    if used < recent:
                        stale.append(article)
            if stale:
                self._touch(stage, key, stale, now)
            if recompressed:
                self._store_as_is(stage, key, recompressed)
        return found

    def _store_as_is(self, stage: str, key: str, rows: list[tuple[bytes, int, str]]) -> None:
        """Store entries read compressed anew as they are (best effort, like _touch:
        one left compressed still reads)."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.executemany(
                "UPDATE entries SET value=?, size=? WHERE stage=? AND key=? AND article=?",
                [(data, size, stage, key, article) for data, size, article in rows],
            )
            self._conn.execute("COMMIT")
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")

    def _touch(self, stage: str, key: str, articles: list[str], now: float) -> None:
        # A busy writer elsewhere may refuse this: recency is best effort.
        with contextlib.suppress(sqlite3.Error):
            for i in range(0, len(articles), 500):  # one statement per 500, not one each
                chunk = articles[i : i + 500]
                self._conn.execute(
                    "UPDATE entries SET used=? WHERE stage=? AND key=? "
                    f"AND article IN ({','.join('?' * len(chunk))})",
                    (now, stage, key, *chunk),
                )

    def put_many(
        self, stage: str, key: str, values: dict[str, Any], *, compress: bool = True
    ) -> None:
        """Store values for many articles in one transaction: JSON values, or bytes that
        start with BINARY (read back with the stage's own `decode`). A write that fails is
        one warning naming the cause (a damaged file is replaced and the write tried again).

        `compress=False` stores them as they are: for a stage whose values compression
        shrinks by a third at most (a summary of a few sentences, a fingerprint's hashes),
        where inflating each cost more than its bytes (a fixed ten microseconds or so: a
        10,000-article brief spent a twentieth of its time inflating those two stages)."""
        if not values:
            return
        now = time.time()
        rows = []
        for article, value in values.items():
            if isinstance(value, bytes):
                if not value.startswith(BINARY):
                    raise ValueError("a stage's own encoding must start with a NUL byte")
                data = value
            else:
                data = json.dumps(value, separators=(",", ":")).encode()
            blob = pack(data, compress)
            rows.append((stage, key, article, blob, len(blob), now))
        with self._lock:
            for _attempt in range(2):
                try:
                    self._conn.execute("BEGIN IMMEDIATE")
                    self._conn.executemany(
                        "INSERT OR REPLACE INTO entries VALUES (?,?,?,?,?,?)", rows
                    )
                    self._conn.execute("COMMIT")
                    return
                except sqlite3.Error as exc:
                    if not self._fault(
                        exc, "save results to the cache; they are recomputed next time"
                    ):
                        return

    def put(self, stage: str, key: str, article: str, value: Any) -> None:
        self.put_many(stage, key, {article: value})

    # -- maintenance -----------------------------------------------------------------------
    def _maintain(self, doing: str, work: Callable[[], _T], empty: _T) -> _T:
        """Run a maintenance query; on a corrupt file, replace it and run it on the fresh
        one (so stats, prune and clear work on any file)."""
        with self._lock:
            for _attempt in range(2):
                try:
                    return work()
                except sqlite3.Error as exc:
                    if not self._fault(exc, doing):
                        break
        return empty

    def stats(self) -> list[StageStats]:
        def work() -> list[StageStats]:
            rows = self._conn.execute(
                "SELECT stage, count(*), sum(size), count(DISTINCT article) FROM entries "
                "GROUP BY stage ORDER BY stage"
            ).fetchall()
            return [StageStats(stage, n, size or 0, articles) for stage, n, size, articles in rows]

        return self._maintain("read the cache", work, [])

    def file_size(self) -> int:
        if self.path is None:
            return 0
        return sum(
            p.stat().st_size
            for p in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
            if p.is_file()
        )

    def clear(self) -> int | None:
        """Remove every entry; None when the file could not be changed (a warning says
        why). Works on any file: one too damaged to empty, or that cannot be opened at
        all (a full disk), is deleted and made anew."""
        with self._lock:
            if self.path is None:
                return self._clear_unopened()
            try:
                n = self._conn.execute("DELETE FROM entries").rowcount
            except sqlite3.Error as exc:
                name = getattr(exc, "sqlite_errorname", "") or ""
                deletable = faults.is_corrupt(exc) or name.startswith(
                    ("SQLITE_FULL", "SQLITE_IOERR")
                )
                if not deletable or not self._reset(exc):
                    self._warn(f"could not clear the cache ({faults.cause(exc, self.path)})")
                    return None
                return 0
        self._vacuum()
        return n

    def _clear_unopened(self) -> int | None:
        """Clear a cache whose file could not be opened: delete the file (what clear asks
        for, and on a full disk the room the next run needs)."""
        if self._folder is None or not (self._folder / CACHE_FILE).exists():
            self._conn.execute("DELETE FROM entries")  # the in-memory stand-in
            return 0
        path = self._folder / CACHE_FILE
        try:
            with faults.exclusive(path):
                faults.remove(path)
        except OSError as exc:
            self._warn(f"could not delete the cache file {path} ({faults.cause(exc)})")
            return None
        with contextlib.suppress(sqlite3.Error):
            self._conn = self._connect(path)
            self._identity, self.path = faults.inode(path), path
        self._warn(f"deleted the cache file {path}, which could not be opened")
        return 0

    def remove_set_aside(self) -> int:
        """Delete the corrupt copies of the file set aside earlier; how many there were."""
        removed = 0
        for copy in faults.set_aside_files(self.path) if self.path else ():
            if copy.name.endswith(faults.SIDE_FILES):
                continue  # removed with its file
            with contextlib.suppress(OSError):
                faults.remove(copy)
                removed += 1
        return removed

    def _reset(self, exc: sqlite3.Error) -> bool:
        """Delete the file and start a new one (clear, on a file too damaged to empty)."""
        assert self.path is not None
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        try:
            with faults.exclusive(self.path):
                faults.remove(self.path)
                self._conn = self._connect(self.path)
                self._identity = faults.inode(self.path)
        except (OSError, sqlite3.Error):
            self._conn = self._memory()
            self.path = None
            return False
        self._warn(
            f"cache file {self.path} was corrupt ({faults.cause(exc)}); deleted it and started afresh"
        )
        return True

    def prune(self, max_bytes: int) -> int | None:
        """Drop least recently used entries until the stored values fit in `max_bytes`;
        None when the file could not be changed (a warning says why)."""

        def work() -> int:
            rows = self._conn.execute(
                "SELECT stage, key, article, size FROM entries ORDER BY used DESC"
            ).fetchall()
            total, drop = 0, []
            for stage, key, article, size in rows:
                total += size
                if total > max_bytes:
                    drop.append((stage, key, article))
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.executemany(
                "DELETE FROM entries WHERE stage=? AND key=? AND article=?", drop
            )
            self._conn.execute("COMMIT")
            return len(drop)

        removed: int | None = self._maintain("prune the cache", work, None)
        self._vacuum()
        return removed

    def remove_articles(self, articles: Iterable[str]) -> int | None:
        """Delete every stage's entries of these articles (`briefing prune`: the files
        are gone); how many, or None when the file could not be changed."""
        ids = list(dict.fromkeys(articles))

        def work() -> int:
            removed = 0
            self._conn.execute("BEGIN IMMEDIATE")
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                removed += self._conn.execute(
                    f"DELETE FROM entries WHERE article IN ({','.join('?' * len(chunk))})", chunk
                ).rowcount
            self._conn.execute("COMMIT")
            return removed

        return self._maintain("remove entries from the cache", work, None) if ids else 0

    def remove_entries(self, stage: str, key: str, articles: Iterable[str]) -> None:
        """Delete these articles' entries of one stage and key (best effort: an entry
        left behind is only space, which pruning gives back)."""
        ids = list(dict.fromkeys(articles))

        def work() -> None:
            self._conn.execute("BEGIN IMMEDIATE")
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                self._conn.execute(
                    "DELETE FROM entries WHERE stage=? AND key=? "
                    f"AND article IN ({','.join('?' * len(chunk))})",
                    (stage, key, *chunk),
                )
            self._conn.execute("COMMIT")

        if ids:
            self._maintain("remove old entries from the cache", work, None)

    def check(self) -> CheckReport:
        """The full check `briefing cache check` runs: SQLite's integrity check of every
        page, then every entry decoded. A damaged file is set aside and replaced;
        entries that do not decode are deleted (they would be misses anyway)."""
        with self._lock:
            if self.path is None:
                return CheckReport(None, 0, 0, "in memory")
            try:
                rows = [r[0] for r in self._conn.execute("PRAGMA integrity_check(20)")]
            except sqlite3.Error as exc:
                rows = [faults.cause(exc)]
            if rows != ["ok"]:
                path = self.path
                with contextlib.suppress(sqlite3.Error):
                    self._conn.close()
                self._conn = self._replace(
                    path, faults.BadSchema(f"damaged: {rows[0]}"), self._identity
                )
                return CheckReport(path, 0, 0, f"damaged ({rows[0]}); set aside and replaced")
            checked, bad = 0, []
            try:
                for stage, key, article, blob in self._conn.execute(
                    "SELECT stage, key, article, value FROM entries"
                ):
                    checked += 1
                    try:
                        data = unpack(blob)
                        if not data.startswith(BINARY):  # a stage's own encoding: its reader checks
                            json.loads(data)
                    except (zlib.error, ValueError, TypeError, RecursionError):
                        bad.append((stage, key, article))
                if bad:
                    self._conn.execute("BEGIN IMMEDIATE")
                    self._conn.executemany(
                        "DELETE FROM entries WHERE stage=? AND key=? AND article=?", bad
                    )
                    self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._fault(exc, "check the cache")
                return CheckReport(
                    self.path, checked, len(bad), f"unreadable ({faults.cause(exc)})"
                )
        return CheckReport(self.path, checked, len(bad), "ok")

    def page_size(self) -> int:
        """The file's bytes per page (PAGE_SIZE, unless it was made before and not yet
        compacted)."""
        with self._lock, contextlib.suppress(sqlite3.Error):
            return int(self._conn.execute("PRAGMA page_size").fetchone()[0])
        return 0

    def compact(self) -> bool:
        """Rewrite the file without its free pages, with PAGE_SIZE pages if it has
        others; every entry is kept. False when it could not be done now (another
        process is using the file, or there is no room: the file stays as it was)."""
        return self._vacuum()

    def _vacuum(self) -> bool:
        """VACUUM, with the page size changed to PAGE_SIZE where it differs. A page
        size changes only outside WAL mode, which needs the file to itself: when another
        process has it open, the file is only vacuumed, and converted another time."""
        if self.path is None:
            return True
        with self._lock:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                if self.page_size() != PAGE_SIZE:
                    with contextlib.suppress(sqlite3.Error):
                        mode = self._conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
                        if str(mode).lower() == "delete":
                            self._conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
                    try:
                        self._conn.execute("VACUUM")
                    finally:
                        self._conn.execute("PRAGMA journal_mode=WAL")
                else:
                    self._conn.execute("VACUUM")
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the WAL's copy too
            except sqlite3.Error:
                return False  # another process holds the file, or no room: next time
        return True

    def close(self) -> None:
        with self._lock:
            self._conn.close()


@dataclass(frozen=True)
class CheckReport:
    """What `Cache.check` found: the file, entries read, entries deleted as unreadable,
    and the file's state in words ("ok", or what was wrong and what was done)."""

    path: Path | None
    entries: int
    removed: int
    state: str

    @property
    def ok(self) -> bool:
        return self.state == "ok" and self.removed == 0


def pack(data: bytes, compress: bool = True) -> bytes:
    """A value as the cache stores it: zlib-compressed, or as it is when `compress` is
    false (a stage whose values compression barely shrinks: see Cache.put_many)."""
    return zlib.compress(data, 6) if compress else data


def unpack(blob: bytes) -> bytes:
    """A stored value's bytes (`pack` undone); zlib.error for a damaged compressed one."""
    return zlib.decompress(blob) if blob.startswith(ZLIB) else blob


def read_json(data: bytes) -> Any:
    """JSON as the standard library reads it, mostly by orjson (several times faster);
    what orjson refuses and json.dumps may write (NaN, integers past 64 bits) by json."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$", re.IGNORECASE)


def parse_size(text: str) -> int:
    """'200MB' / '1.5G' / '500k' / '1024' -> bytes (binary multiples). ValueError otherwise."""
    match = _SIZE.match(text)
    if not match:
        raise ValueError(f"not a size: {text!r} (try 200MB)")
    power = " KMGT".index(match.group(2).upper() or " ")
    return int(float(match.group(1)) * 1024**power)
