"""The file system side of reading: regular files only, bounded reads, folders walked
with every unreadable entry named.

A FIFO blocks a reader forever and /dev/zero or /dev/urandom never end, so a path is
looked at (stat) before it is opened, opened without blocking and looked at again,
and read only up to the size limit. Every failure is one line for people.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024
"""The largest file read (bytes): a feed's dump of thousands of articles fits; a disk
image named .txt does not get read into memory."""

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the stat does not block
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class Unreadable(Exception):
    """A path that cannot be read (the message is the reason, one line)."""


@dataclass(frozen=True)
class Contents:
    """A file's bytes and its modification time (seconds since the epoch)."""

    raw: bytes
    mtime: float


def human_size(n: int) -> str:
    """1536 → "1.5 KB"; 20971520 → "20 MB"."""
    if n < 1024:
        return f"{n} bytes"
    size = float(n)
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            break
    return f"{size:.1f}".removesuffix(".0") + f" {unit}"


def kind_of(mode: int) -> str:
    """What a path that is not a regular file is, for people."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def os_reason(exc: OSError, path: Path | str) -> str:
    """Why `path` cannot be read, from the error the system gave."""
    if exc.errno == errno.ELOOP:
        return "a loop of symbolic links"
    if exc.errno == errno.ENOENT:
        try:
            return f"a broken symbolic link (to {os.readlink(path)!r})"
        except OSError:
            return "no such file or folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENAMETOOLONG:
        return "the name is too long"
    return f"cannot read: {exc.strerror or exc.__class__.__name__}"


def check_regular(path: Path) -> None:
    """Raises Unreadable unless `path` is a regular file (or a link to one)."""
    try:
        found = os.stat(path)
    except OSError as exc:
        raise Unreadable(os_reason(exc, path)) from None
    if not stat.S_ISREG(found.st_mode):
        raise Unreadable(f"{kind_of(found.st_mode)}, not a regular file")


def read_regular(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Contents:
    """The bytes of a regular file of at most `max_bytes`. Raises Unreadable for
    anything else (missing, a folder, a FIFO, a device, too large, an I/O error)."""
    try:
        found = os.stat(path)
        if not stat.S_ISREG(found.st_mode):
            raise Unreadable(f"{kind_of(found.st_mode)}, not a regular file")
        _check_size(found.st_size, max_bytes)
        fd = os.open(path, _OPEN_FLAGS)
        with os.fdopen(fd, "rb") as handle:
            opened = os.fstat(handle.fileno())
            if not stat.S_ISREG(opened.st_mode):
                raise Unreadable(f"{kind_of(opened.st_mode)}, not a regular file")
            # as much as the file holds (a read of max_bytes + 1 first allocated that
            # much: a third of the time of reading a small file), then, if it grew
            # since, on to one byte past the limit, where a growing file stops
            want = min(opened.st_size, max_bytes) + 1
            raw = handle.read(want)
            if len(raw) == want and want <= max_bytes:
                raw += handle.read(max_bytes + 1 - want)
    except OSError as exc:
        raise Unreadable(os_reason(exc, path)) from None
    _check_size(len(raw), max_bytes)
    return Contents(raw, opened.st_mtime)


def read_span(path: str, start: int, length: int, stamp: tuple[int, int, int]) -> bytes | None:
    """`length` bytes of the regular file `path` from `start`, if its (size, mtime_ns,
    ctime_ns) are still `stamp` (the file is the one they were recorded from); None if
    not, or if it cannot be read. Opened without blocking, as read_regular does."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return None
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode) or (
            found.st_size,
            found.st_mtime_ns,
            found.st_ctime_ns,
        ) != tuple(stamp):
            return None
        os.lseek(fd, start, os.SEEK_SET)  # not pread: Windows has none
        data = os.read(fd, length)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) == length else None


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise Unreadable(
            f"too large ({human_size(size)}; files over {human_size(max_bytes)} are not read)"
        )


@dataclass(frozen=True)
class Listing:
    """Article files found under a folder, and the entries that could not be looked at."""

    files: tuple[Path, ...]
    problems: tuple[tuple[str, str], ...]  # (path, reason)


def list_folder(folder: Path, suffixes: frozenset[str]) -> Listing:
    """list_folder_names, the files as Paths."""
    names, problems = list_folder_names(folder, suffixes)
    return Listing(tuple(map(Path, names)), problems)


def list_folder_names(
    folder: Path, suffixes: frozenset[str]
) -> tuple[list[str], tuple[tuple[str, str], ...]]:
    """Files with one of `suffixes` under `folder`, in path order, leaving out hidden
    files and folders (below `folder`) and not following links to folders, as
    Path.rglob does. A folder that cannot be listed, and an entry with an article's
    suffix that is not a regular file (a FIFO, a device, a broken link), is a problem.
    One scandir per folder: rglob's Path per entry and a stat per file were most of a
    second over ten thousand files."""
    found: list[tuple[tuple[str, ...], str]] = []  # (parts, path): sorted as Paths are
    problems: list[tuple[str, str]] = []
    pending = [str(folder)]
    while pending:  # a stack, not recursion: a folder nested thousands deep is fine
        directory = pending.pop()
        try:
            with os.scandir(directory) as entries:
                listed = list(entries)
        except OSError as exc:
            problems.append((directory, f"folder not read: {os_reason(exc, directory)}"))
            continue
        parts = tuple(directory.split(os.sep))
        folders = []
        for entry in listed:
            name = entry.name
            if name[0] == ".":
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                elif "." in name and name[name.rindex(".") :].lower() in suffixes:
                    if entry.is_file():
                        found.append(((*parts, name), entry.path))
                    else:
                        problems.append((entry.path, _not_a_file(entry.path)))
            except OSError as exc:
                problems.append((entry.path, os_reason(exc, entry.path)))
        pending.extend(sorted(folders, reverse=True))
    found.sort()  # Path order (by parts), without making a Path of each
    return [path for _, path in found], tuple(problems)


def _not_a_file(path: str) -> str:
    try:
        return f"{kind_of(os.stat(path).st_mode)}, not a regular file"
    except OSError as exc:
        return os_reason(exc, path)
