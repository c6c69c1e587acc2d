"""What the reader remembers between runs: read and starred articles, the chosen theme.

A small SQLite file in the user data dir, not in the cache: `briefing cache clear`
must never lose a user's stars. Faults degrade to memory, like the cache.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing.config import user_data_dir

_SCHEMA = """
CREATE TABLE IF NOT EXISTS marks (article TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0,
                                  star INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS prefs (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class ReaderState:
    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or user_data_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(folder / "state.sqlite3", timeout=10, isolation_level=None)
            self._conn.executescript(_SCHEMA)
            self.path: Path | None = folder / "state.sqlite3"
        except (OSError, sqlite3.DatabaseError):
            self._conn = sqlite3.connect(":memory:", isolation_level=None)
            self._conn.executescript(_SCHEMA)
            self.path = None

    def marks(self) -> tuple[set[str], set[str]]:
        """(read ids, starred ids)."""
        rows = self._conn.execute("SELECT article, read, star FROM marks").fetchall()
        return {a for a, r, _ in rows if r}, {a for a, _, s in rows if s}

    def set_mark(self, article: str, *, read: bool | None = None, star: bool | None = None) -> None:
        self._conn.execute("INSERT OR IGNORE INTO marks (article) VALUES (?)", (article,))
        if read is not None:
            self._conn.execute("UPDATE marks SET read=? WHERE article=?", (int(read), article))
        if star is not None:
            self._conn.execute("UPDATE marks SET star=? WHERE article=?", (int(star), article))

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
        row = self._conn.execute("SELECT value FROM prefs WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_pref(self, key: str, value: str) -> None:
        self._conn.execute("INSERT OR REPLACE INTO prefs VALUES (?, ?)", (key, value))
