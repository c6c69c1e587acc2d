"""What can go wrong with an SQLite file (the cache, the reader's state), said in words,
and how a bad file is set aside.

SQLite reports every fault as an exception whose class says little ("OperationalError"
is a full disk, a read-only file, a lock held too long and a missing table alike).
The cache and the state warn once per cause, so the cause has to be told apart:
`cause` turns an exception into the phrase a warning ends with, and `is_corrupt` says
when the file itself is broken and must be replaced rather than worked around.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

SIDE_FILES = ("-wal", "-shm")
"""The files SQLite keeps beside a database in WAL mode."""

_CAUSES = (
    ("SQLITE_FULL", "the disk is full"),
    ("SQLITE_READONLY", "the file is read-only"),
    ("SQLITE_IOERR", "an input/output error (is the disk full or failing?)"),
    ("SQLITE_BUSY", "another process held the file for too long"),
    ("SQLITE_LOCKED", "another process held the file for too long"),
    ("SQLITE_CANTOPEN", "the file cannot be opened"),
    ("SQLITE_PERM", "permission denied"),
    ("SQLITE_AUTH", "permission denied"),
    ("SQLITE_CORRUPT", "the file is damaged"),
    ("SQLITE_NOTADB", "it is not a database"),
)


_LOOK_FOR = ("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_FULL", "SQLITE_READONLY")
"""Errors whose real cause is better seen on the file system than in SQLite's words."""


class BadSchema(sqlite3.DatabaseError):
    """A database whose tables are not ours (or a folder in the file's place): treated
    as a corrupt file."""


def cause(exc: BaseException, path: Path | None = None) -> str:
    """A short phrase for why an operation on the file `path` failed. SQLite says "disk
    I/O error" or "unable to open database file" for a full disk, a read-only file
    system and a folder it may not write to (it must create its WAL files there) alike:
    with `path`, those are told apart by looking."""
    if isinstance(exc, BadSchema):
        return str(exc)
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        if path is not None and name.startswith(_LOOK_FOR):
            seen = _look(path)
            if seen is not None:
                return seen
        for prefix, phrase in _CAUSES:
            if name.startswith(prefix):
                return phrase
        return str(exc) or exc.__class__.__name__
    if isinstance(exc, OSError):
        if exc.errno in (errno.EACCES, errno.EPERM):
            return "permission denied"
        if exc.errno == errno.ENOSPC:
            return "the disk is full"
        if exc.errno == errno.EROFS:
            return "the file system is read-only"
        return (exc.strerror or exc.__class__.__name__).lower()
    return exc.__class__.__name__


def _look(path: Path) -> str | None:
    """What the file system says about writing `path`, when it says no."""
    folder = path.parent
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):
        info = None
    if info is not None and info.f_flag & getattr(os, "ST_RDONLY", 1):
        return "the file system is read-only"
    if info is not None and info.f_bavail * info.f_frsize < 1 << 16:
        return "the disk is full"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the folder {folder} is not writable"
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return "the file may not be read or written"
    return None


def is_corrupt(exc: BaseException) -> bool:
    """Whether `exc` says the file is damaged or not ours (replace it), rather
    than that the disk, the permissions or another process stood in the way (work
    around it)."""
    if isinstance(exc, BadSchema):
        return True
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return True
    text = str(exc)
    return "malformed" in text or "not a database" in text or "no such table" in text


def when_free(
    connect: Callable[[Path], sqlite3.Connection], path: Path, attempts: int = 100
) -> sqlite3.Connection:
    """`connect(path)`, tried again while another process holds the file: two processes
    that create a file at once race to switch it to WAL, and SQLite answers the loser
    "database is locked" at once instead of waiting."""
    for attempt in range(attempts):
        try:
            return connect(path)
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            if not busy or attempt == attempts - 1:
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")


def move_aside(path: Path) -> Path:
    """Rename a bad file (or a folder in its place) to `<name>.corrupt-<time>`, with its
    WAL side files, and return the new name. OSError when it cannot be moved."""
    stamp = int(time.time())
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    path.replace(aside)
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        with contextlib.suppress(FileNotFoundError):
            side.replace(Path(f"{aside}{suffix}"))
    return aside


def set_aside_files(path: Path) -> list[Path]:
    """The copies `move_aside` made of `path` (and their side files)."""
    return sorted(path.parent.glob(f"{path.name}.corrupt-*"))


def remove(path: Path) -> None:
    """Delete a file (or a folder left in its place) and its WAL side files."""
    for target in (path, *(Path(f"{path}{s}") for s in SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            if target.is_dir() and not target.is_symlink():
                import shutil

                shutil.rmtree(target)
            else:
                target.unlink()


def inode(path: Path) -> tuple[int, int] | None:
    """The file's identity (device, inode), to tell whether another process replaced it."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `<path>.lock` while a bad file is replaced, so two
    processes that find it bad at once do not both move it (the second would move the
    first one's fresh file). Without locks (or a writable folder), no lock."""
    try:
        import fcntl
    except ImportError:  # not POSIX: the check of the file's identity still helps
        yield
        return
    try:
        fd = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
