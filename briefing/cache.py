"""The shared cache: one SQLite file (WAL), content-addressed and versioned.

Every stage, the TUI and the CLI, in one or several processes, read and write the
same file. A key is (stage, stage version, model key, parameters, article id), so
a new stage version, model or setting never serves a stale result, and the article
id (a hash of the body) means a result can never belong to another article.
Values are zlib-compressed JSON (read with orjson: the standard library's decoder was
a seventh of a 10,000-article brief).

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
from typing import Any

import orjson

CACHE_FILE = "cache.sqlite3"

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


@dataclass(frozen=True)
class StageStats:
    stage: str
    entries: int
    bytes: int


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
        self._lock = threading.Lock()
        self._conn = self._open(folder)

    # -- opening, with fault recovery -------------------------------------------------
    def _open(self, folder: Path | None) -> sqlite3.Connection:
        if folder is None:
            return self._memory()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / CACHE_FILE
            conn = self._connect_when_free(path)
        except (OSError, sqlite3.OperationalError) as exc:
            self.warnings.append(
                f"cache folder {folder} is not writable ({exc.__class__.__name__}); "
                "using an in-memory cache for this run"
            )
            return self._memory()
        except sqlite3.DatabaseError:
            path = folder / CACHE_FILE
            aside = path.with_name(f"{CACHE_FILE}.corrupt-{int(time.time())}")
            try:
                path.replace(aside)
                for suffix in ("-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
                conn = self._connect(path)
            except (OSError, sqlite3.DatabaseError):
                self.warnings.append(f"cache file {path} is corrupt; using an in-memory cache")
                return self._memory()
            self.warnings.append(
                f"cache file {path} was corrupt; moved it to {aside.name} and started afresh"
            )
        self.path = folder / CACHE_FILE
        return conn

    @classmethod
    def _connect_when_free(cls, path: Path, attempts: int = 100) -> sqlite3.Connection:
        """Connect, waiting while another process holds the file: two processes that
        create the cache at once race to switch it to WAL, and SQLite answers the loser
        "database is locked" at once instead of waiting."""
        for attempt in range(attempts):
            try:
                return cls._connect(path)
            except sqlite3.OperationalError as exc:
                busy = "locked" in str(exc) or "busy" in str(exc)
                if not busy or attempt == attempts - 1:
                    raise
                time.sleep(0.05)
        raise AssertionError("unreachable")

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            conn.execute("SELECT count(*) FROM entries LIMIT 1").fetchone()
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    @staticmethod
    def _memory() -> sqlite3.Connection:
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        conn.executescript(_SCHEMA)
        return conn

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
    ) -> dict[str, Any]:
        """Stored values for many articles at once (one query per 500 ids, in id order:
        each query then reads one stretch of the table, where ids in the library's
        order sent each to pages all over the file, at twice the cost). `decode` reads
        a value's JSON text (default: read_json); a ValueError from it is a miss."""
        decode = decode or read_json
        ids = sorted(set(articles))
        found: dict[str, Any] = {}
        stale: list[str] = []
        now = time.time()
        recent = now - RECENT
        decompress = zlib.decompress
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
                except sqlite3.DatabaseError:
                    return found
                for article, blob, used in rows:
                    try:
                        found[article] = decode(decompress(blob))
                    except (zlib.error, ValueError):
                        continue
                    if used < recent:
                        stale.append(article)
            if stale:
                self._touch(stage, key, stale, now)
        return found

    def _touch(self, stage: str, key: str, articles: list[str], now: float) -> None:
        # A busy writer elsewhere may refuse this: recency is best effort.
        with contextlib.suppress(sqlite3.OperationalError):
            for i in range(0, len(articles), 500):  # one statement per 500, not one each
                chunk = articles[i : i + 500]
                self._conn.execute(
                    "UPDATE entries SET used=? WHERE stage=? AND key=? "
                    f"AND article IN ({','.join('?' * len(chunk))})",
                    (now, stage, key, *chunk),
                )

    def put_many(self, stage: str, key: str, values: dict[str, Any]) -> None:
        """Store values for many articles in one transaction."""
        if not values:
            return
        now = time.time()
        rows = []
        for article, value in values.items():
            blob = zlib.compress(json.dumps(value, separators=(",", ":")).encode(), 6)
            rows.append((stage, key, article, blob, len(blob), now))
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.executemany("INSERT OR REPLACE INTO entries VALUES (?,?,?,?,?,?)", rows)
                self._conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                self.warnings.append(f"could not write to the cache ({exc}); results are not saved")

    def put(self, stage: str, key: str, article: str, value: Any) -> None:
        self.put_many(stage, key, {article: value})

    # -- maintenance -----------------------------------------------------------------------
    def stats(self) -> list[StageStats]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT stage, count(*), sum(size) FROM entries GROUP BY stage ORDER BY stage"
            ).fetchall()
        return [StageStats(stage, n, size or 0) for stage, n, size in rows]

    def file_size(self) -> int:
        if self.path is None:
            return 0
        return sum(
            p.stat().st_size
            for p in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
            if p.exists()
        )

    def clear(self) -> int:
        with self._lock:
            n = self._conn.execute("DELETE FROM entries").rowcount
        self._vacuum()
        return n

    def prune(self, max_bytes: int) -> int:
        """Drop least recently used entries until the stored values fit in `max_bytes`."""
        with self._lock:
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
        self._vacuum()
        return len(drop)

    def _vacuum(self) -> None:
        with self._lock:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.execute("VACUUM")
            except sqlite3.OperationalError:
                pass  # another process holds the file; space comes back next time

    def close(self) -> None:
        with self._lock:
            self._conn.close()


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
