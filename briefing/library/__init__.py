"""Finding and reading articles: .txt, .md (front matter), .html, .json and .jsonl.

Every reader returns Articles with a normalised body (the string all offsets index)
and an id that is the SHA-256 of that body, so a renamed or re-fetched copy is the
same article. Reading never raises for a file or its content: `read_file` gives the
articles it could read and a problem (one line) for everything it could not, so
one bad item, field or file never costs the others.

    files.py        regular files only, bounded reads, folders walked
    decode.py       bytes to text by evidence, or "not text"
    front_matter.py the `---` block, read without YAML where possible, safely where not
    fields.py       title, source, url, date and tags from values of any type
    formats.py      one reader per format
    body.py         the body and title as text
    index.py        what each file gave last time, so a warm start reads no file
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from briefing.article import Article, LoadProblem
from briefing.library.body import (
    MAX_ARTICLE_CHARS,
    article_id,
    normalise_body,
    plain_spaces,
    split_title,
    title_from_body,
)
from briefing.library.decode import NotText, decode
from briefing.library.files import (
    MAX_FILE_BYTES,
    Unreadable,
    check_regular,
    list_folder_names,
    os_reason,
    read_regular,
    read_span,
)
from briefing.library.formats import READERS, Reading
from briefing.library.front_matter import simple_front_matter
from briefing.library.index import LibraryIndex, Stamp, stamp_of
from briefing.resources import bundled_dir
from briefing.text_safety import clean_line

__all__ = [
    "MAX_ARTICLE_CHARS",
    "MAX_FILE_BYTES",
    "SUFFIXES",
    "FileRead",
    "Library",
    "article_id",
    "clean_line",
    "load_library",
    "normalise_body",
    "plain_spaces",
    "read_bytes",
    "read_file",
    "simple_front_matter",
    "split_title",
    "title_from_body",
]

SUFFIXES = tuple(READERS)
_NOT_AN_ARTICLE = f"not an article file (expected one of {', '.join(SUFFIXES)})"


@dataclass(frozen=True)
class FileRead:
    """What one file gave: its articles, and a problem for each thing it could not."""

    articles: tuple[Article, ...]
    problems: tuple[LoadProblem, ...]


@dataclass(frozen=True)
class Library:
    """The articles of a library (newest first) and the files that could not be read."""

    articles: tuple[Article, ...]
    problems: tuple[LoadProblem, ...]
    name: str


def read_file(
    path: Path,
    source: str | None = None,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    max_chars: int = MAX_ARTICLE_CHARS,
) -> FileRead:
    """The articles in one file and the problems met. Never raises: a file that is
    missing, not a regular file, larger than `max_bytes`, not text or not an article
    is one problem; a body longer than `max_chars` is cut, with a problem."""
    try:
        if path.suffix.lower() not in READERS:
            check_regular(path)  # a FIFO or a device is said to be one, whatever its name
            return FileRead((), (LoadProblem(str(path), _NOT_AN_ARTICLE),))
        contents = read_regular(path, max_bytes)
    except Unreadable as exc:
        return FileRead((), (LoadProblem(str(path), str(exc)),))
    return read_bytes(path, contents.raw, source, mtime=contents.mtime, max_chars=max_chars)


def read_bytes(
    path: Path,
    raw: bytes,
    source: str | None = None,
    *,
    mtime: float | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
) -> FileRead:
    """The articles in `raw`, read as the file `path` (its suffix says the format, its
    folder the default source) modified at `mtime` (None: now). Never raises."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        return FileRead((), (LoadProblem(str(path), _NOT_AN_ARTICLE),))
    default_source = clean_line(source or path.parent.name) or "articles"
    reading = Reading(path, default_source, mtime, max_chars)
    articles: list[Article] = []
    try:
        articles = reader(reading, decode(raw))
    except NotText as exc:
        reading.report(str(exc))
    except Exception as exc:  # a bug, not the file's fault: this file only, said so
        reading.report(f"could not be read: unexpected {exc.__class__.__name__} (please report it)")
    problems = tuple(LoadProblem(str(path), reason) for reason in reading.all_problems())
    return FileRead(tuple(articles), problems)


def load_library(
    paths: Sequence[Path] | None,
    library_dirs: Sequence[Path] = (),
    *,
    max_bytes: int = MAX_FILE_BYTES,
    max_chars: int = MAX_ARTICLE_CHARS,
    index_dir: Path | None = None,
) -> Library:
    """Load `paths` (files or folders); with none, the configured folders; with none
    configured, the bundled seeds. Duplicate bodies appear once. Every path, folder or
    file that cannot be read is a problem, in path order.

    With `index_dir` (the cache folder), a file unchanged since the last load is not
    read: its articles come from the library index with their bodies unread, read
    from the file when first asked for (see index.py)."""
    if paths:
        roots, name = list(paths), paths[0].name if len(paths) == 1 else f"{len(paths)} paths"
    elif library_dirs:
        roots = list(library_dirs)
        name = roots[0].name if len(roots) == 1 else f"{len(roots)} folders"
    else:
        roots, name = [bundled_dir("seeds")], "seeds"
    articles: dict[str, Article] = {}
    problems: list[LoadProblem] = []
    load = partial(_body_of, max_bytes=max_bytes, max_chars=max_chars)
    for root in roots:
        try:
            is_folder = root.is_dir()  # False for a loop or a broken link: read_file says
        except OSError as exc:
            problems.append(LoadProblem(str(root), os_reason(exc, root)))
            continue
        found: list[LoadProblem] = []
        if is_folder:
            names, listed = list_folder_names(root, frozenset(READERS))
            found.extend(LoadProblem(path, reason) for path, reason in listed)
        else:
            names = [str(root)]
        index = LibraryIndex.open(index_dir, root, _reading_settings(max_bytes, max_chars))
        prefix = len(str(root))
        for file in names:
            read = _read_indexed(
                file, file[prefix:], index, load, max_bytes, max_chars, listed=is_folder
            )
            for article in read.articles:
                articles.setdefault(article.id, article)
            found.extend(read.problems)
        index.save()
        problems.extend(sorted(found, key=lambda p: p.path))  # stable: a file's in order
    ordered = sorted(articles.values(), key=lambda a: a.title.lower())
    ordered.sort(key=lambda a: a.date, reverse=True)
    return Library(tuple(ordered), tuple(problems), clean_line(name) or "library")


def _reading_settings(max_bytes: int, max_chars: int) -> list[object]:
    """What, besides a file's bytes, decides what reading it gives: the size limits,
    and the local time zone (dates without one, and files' times, are read as local)."""
    return [max_bytes, max_chars, list(time.tzname), time.timezone, time.altzone]


def _read_indexed(
    name: str,
    key: str,
    index: LibraryIndex,
    load: partial[str | None],
    max_bytes: int,
    max_chars: int,
    *,
    listed: bool,
) -> FileRead:
    """The articles of the file `name` (`listed` in a folder: it has an article's
    suffix) from the index when it is unchanged since it was recorded, else read (and
    recorded, unless it could not be read at all: a file that becomes readable keeps
    its size and times)."""
    if index.file is None or not (listed or os.path.splitext(name)[1].lower() in READERS):
        return read_file(Path(name), max_bytes=max_bytes, max_chars=max_chars)
    try:
        stamp = stamp_of(os.stat(name))
    except (OSError, ValueError):
        return read_file(Path(name), max_bytes=max_bytes, max_chars=max_chars)  # it says why
    known = index.articles(key, name, stamp, load)
    if known is not None:
        return FileRead(tuple(known[0]), tuple(known[1]))
    path = Path(name)
    try:
        contents = read_regular(path, max_bytes)
    except Unreadable as exc:
        return FileRead((), (LoadProblem(name, str(exc)),))
    read = read_bytes(path, contents.raw, mtime=contents.mtime, max_chars=max_chars)
    index.record(key, stamp, read.articles, read.problems, contents.raw)
    return read


_last_read: tuple[str, dict[str, str]] = ("", {})
"""The bodies of the last file an unread article's body came from: the articles of one
JSON or JSON Lines file are read one after the other, and the file is read once."""
_last_read_lock = threading.Lock()


def _body_of(
    article: Article,
    *,
    max_bytes: int,
    max_chars: int,
    at: tuple[int, int, Stamp] | None = None,
) -> str | None:
    """The body of an article from the index, read from its file now; None when the
    file no longer holds it (changed, removed or unreadable since). With `at` (where
    the index saw the body's bytes in the file, and the file's stamp then), only those
    bytes are read, while the file is unchanged and they are the article's text."""
    global _last_read
    if article.path is None:
        return None
    if at is not None:
        raw = read_span(article.path, *at)
        if raw is not None:
            try:
                body = raw.decode("utf-8")
            except UnicodeDecodeError:
                body = None
            if body is not None and article_id(body) == article.id:
                return body
    with _last_read_lock:
        path, bodies = _last_read
    if path != article.path or article.id not in bodies:
        read = read_file(Path(article.path), max_bytes=max_bytes, max_chars=max_chars)
        bodies = {a.id: a.body for a in read.articles}
        with _last_read_lock:
            _last_read = (article.path, bodies)
    return bodies.get(article.id)
