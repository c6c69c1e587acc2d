"""A web page → the article in it: text, title, author, date, language, site name.

trafilatura finds the article's text among the navigation, adverts and comments and
reads the page's metadata (`<meta>` dates and authors, the site name); on top of it:

- bytes are decoded by what they are: valid UTF-8 is UTF-8 whatever the server
  declares (the commonest wrong charset), else the declared or `<meta>` charset,
  else Windows-1252;
- the title loses the site's suffix ("Big news - Example Times" → "Big news") and is
  not repeated as the body's first line (the page's `<h1>`);
- the body is one paragraph a line, white space folded;
- a page with too little text to be an article gives None: the caller falls back to
  the feed's own content.

`read_html_file` is the same for an .html file of the user's library. This module
imports nothing of briefing, so the library may call it (lazily: trafilatura costs
0.2 s to import); callers clean the fields as they clean a file's (`clean_line`,
`normalise_body`), which the Markdown writer does for fetched articles.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

MIN_WORDS = 25
"""Fewer words than this is no article (a cookie wall, an empty shell of scripts)."""

HTML_TYPES = ("text/html", "application/xhtml+xml")

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_LANG = re.compile(rb"""<html\b[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)""", re.IGNORECASE)  # fmt: skip
_QUIET = ("trafilatura", "htmldate", "courlan", "justext", "readability", "charset_normalizer")


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None
    author: str | None
    date: datetime | None
    language: str | None
    site: str | None


def looks_like_html(body: bytes, media_type: str) -> bool:
    """Whether a response is a web page: declared as HTML (or not declared) and, by its
    first bytes, markup rather than a binary file."""
    if media_type and media_type not in HTML_TYPES:
        return False
    start = body[:1024]
    if b"\x00" in start and not start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"<" in start or b"<" in body[:8192]


def decode_html(body: bytes, declared: str | None = None) -> str:
    """The page's text: a BOM decides; then valid UTF-8; then the declared or <meta>
    charset; then Windows-1252 (which, with latin-1 behind it, never fails)."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if body.startswith(bom):
            return body.decode(codec, "replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    meta = _META_CHARSET.search(body[:4096])
    named = [declared, meta.group(1).decode("ascii", "replace") if meta else None]
    for name in [*named, "cp1252"]:
        if not name:
            continue
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec in ("utf-8", "utf-16", "utf-32"):
            continue  # already tried, or not what these bytes are
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            continue
    return body.decode("latin-1")


def extract_article(
    page: str | bytes, url: str | None = None, *, charset: str | None = None
) -> Extracted | None:
    """The article in a page, or None when it holds too little text to be one."""
    import trafilatura

    for name in _QUIET:  # their warnings about a poor page are not the user's business
        logging.getLogger(name).setLevel(logging.CRITICAL)
    raw = page if isinstance(page, bytes) else page.encode("utf-8")
    html = decode_html(page, charset) if isinstance(page, bytes) else page
    try:
        found = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True},
        )
    except Exception:  # a page that breaks the extractor is a page without an article
        return None
    if found is None or isinstance(found, dict):
        return None
    site = _line(found.sitename or "") or None
    title = _title(found.title or "", site)
    text = _body(found.text or "", title)
    if len(text.split()) < MIN_WORDS:
        return None
    language = _LANG.search(raw[:8192])
    return Extracted(
        text=text,
        title=title,
        author=_line(found.author or "") or None,
        date=_date(found.date),
        language=language.group(1).decode("ascii").lower() if language else None,
        site=site,
    )


def read_html_file(path: Path) -> Extracted | None:
    """The article in a saved web page (an .html file of the library), or None when the
    file holds too little text to be one. OSError when it cannot be read."""
    return extract_article(path.read_bytes(), url=None)


def _title(title: str, site: str | None) -> str | None:
    """The headline without the site's name after it ("Big news - Example Times")."""
    title = _line(title)
    if site:
        for separator in (" - ", " | ", " – ", " — ", " :: ", " · "):
            suffix = separator + site
            if title.lower().endswith(suffix.lower()) and len(title) > len(suffix):
                title = title[: -len(suffix)].rstrip()
    return title or None


def _body(text: str, title: str | None) -> str:
    """One paragraph a line, without the title repeated as its first line."""
    lines = [_line(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if lines and title and lines[0].casefold().rstrip(".") == title.casefold().rstrip("."):
        lines = lines[1:]
    return "\n".join(lines)


def _line(text: str) -> str:
    return " ".join(text.split())


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return None
        parsed = datetime(day.year, day.month, day.day)
    return parsed.astimezone() if parsed.tzinfo is None else parsed
