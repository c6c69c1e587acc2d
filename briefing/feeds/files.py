"""A fetched article as a file of the library: Markdown with YAML front matter.

    ---
    title: "Big news"
    source: "Example Times"
    url: "https://example.com/big-news"
    date: 2025-10-12T08:00:00+00:00
    author: "Jane Doe"
    feed: "https://example.com/feed.xml"
    tags: ["World"]
    fetched: 2025-10-12T09:14:03+00:00
    extracted_by: trafilatura
    ---
    The article's first paragraph.
    The next paragraph …

Strings are written as JSON strings, which YAML reads alike and the library reads
without building YAML's event stream. Paragraphs are one a line, with no blank line
between them: a short first paragraph followed by a blank line would be read as a
title. The file is named by the article's date and a slug of its title
(`2025-10-12-big-news.md`), written to a hidden temporary file and linked into place,
so a reader never sees half a file and an existing file is never replaced.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from briefing.library import article_id, normalise_body

SLUG_LENGTH = 60


@dataclass(frozen=True)
class ArticleFile:
    title: str
    source: str
    url: str | None
    date: datetime
    author: str | None
    feed: str | None
    tags: tuple[str, ...]
    fetched: datetime
    extracted_by: str
    """"trafilatura" (the linked page's text) or "feed" (the feed's own content)."""
    body: str

    @property
    def content_id(self) -> str:
        """The id the library gives the saved file's article (the hash of its body)."""
        return content_id(self.body)


def content_id(body: str) -> str:
    return article_id(normalise_body(body))


def render(article: ArticleFile) -> str:
    def text(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = ["---", f"title: {text(article.title)}", f"source: {text(article.source)}"]
    if article.url:
        lines.append(f"url: {text(article.url)}")
    lines.append(f"date: {_timestamp(article.date)}")
    if article.author:
        lines.append(f"author: {text(article.author)}")
    if article.feed:
        lines.append(f"feed: {text(article.feed)}")
    if article.tags:
        lines.append(f"tags: [{', '.join(text(t) for t in article.tags)}]")
    lines += [
        f"fetched: {_timestamp(article.fetched)}",
        f"extracted_by: {article.extracted_by}",
        "---",
        normalise_body(article.body),
        "",
    ]
    return "\n".join(lines)


def _timestamp(when: datetime) -> str:
    return when.replace(microsecond=0).isoformat()


def slug(title: str) -> str:
    """The title as a file name's words: accents dropped, lower case, hyphens between
    words, at most SLUG_LENGTH characters cut at a hyphen ("article" when nothing is
    left)."""
    decomposed = unicodedata.normalize("NFKD", title)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    words = re.findall(r"[^\W_]+", plain)
    text = "-".join(words)
    if len(text) > SLUG_LENGTH:
        text = text[: SLUG_LENGTH + 1].rsplit("-", 1)[0] or text[:SLUG_LENGTH]
    return text or "article"


def file_name(article: ArticleFile, number: int = 1) -> str:
    day = article.date.astimezone().strftime("%Y-%m-%d")
    suffix = f"-{number}" if number > 1 else ""
    return f"{day}-{slug(article.title)}{suffix}.md"


def file_hash(path: Path) -> str:
    """The SHA-256 of the file's bytes: recorded when it is written, compared before it
    is ever rewritten (a file the user edited is theirs)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_new(folder: Path, article: ArticleFile) -> tuple[Path, str]:
    """Write the article to a new file in `folder` (never over an existing one: the
    name takes -2, -3… when taken); its path and the hash of what was written."""
    data = render(article).encode("utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    temporary = _temporary(folder, data)
    try:
        for number in range(1, 1000):
            target = folder / file_name(article, number)
            if _link_into_place(temporary, target):
                return target, hashlib.sha256(data).hexdigest()
        raise OSError(f"no free file name for {file_name(article)} in {folder}")
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def rewrite(path: Path, article: ArticleFile) -> str:
    """Replace a file briefing wrote (the caller checked it is unchanged) with a new
    version, atomically; the hash of what was written."""
    data = render(article).encode("utf-8")
    temporary = _temporary(path.parent, data)
    try:
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return hashlib.sha256(data).hexdigest()


def _temporary(folder: Path, data: bytes) -> Path:
    """The bytes in a hidden file of `folder` (the library skips hidden files), synced."""
    path = folder / f".briefing-{secrets.token_hex(6)}.tmp"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return path


def _link_into_place(temporary: Path, target: Path) -> bool:
    """Give the temporary file its name unless the name is taken (False). A hard link
    fails when the name exists; where a file system has no hard links, the name is
    reserved with an exclusive create and the file renamed over the reservation."""
    try:
        os.link(temporary, target)
        return True
    except FileExistsError:
        return False
    except OSError:
        pass
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    except FileExistsError:
        return False
    os.replace(temporary, target)
    return True
