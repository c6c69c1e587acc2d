"""A feed's bytes → its entries, through feedparser (RSS 0.9x, 1.0, 2.0 and Atom).

feedparser is handed the bytes this package downloaded, as a file object: given a
string it would fetch a URL or open a local file of that name itself. Before parsing,
the declared and the sniffed type are checked, so a web page or an image is refused
with a reason rather than read as an empty feed; a web page that names its feed
(`<link rel="alternate" type="application/rss+xml">`) says where the feed is.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from briefing.feeds.text import html_to_text, plain_line
from briefing.urls import is_web_url

FEED_TYPES = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
"""The Accept header a feed request sends."""

_NOT_FEED_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
                   "application/gzip", "application/octet-stream", "application/json",
                   "application/feed+json")  # fmt: skip


class NotAFeed(Exception):
    """The bytes are not a feed; `str()` says what they are, in one line."""


@dataclass(frozen=True)
class Entry:
    """One entry as the feed gives it, every field already plain, clean text."""

    key: str
    """What identifies the entry in its feed: its id (guid), else its link, else a hash
    of its title and date."""
    url: str | None
    """Its link, absolute, when it is an http or https address."""
    title: str
    author: str | None
    date: datetime | None
    updated: str | None
    """When the feed says the entry last changed, as the feed wrote it."""
    tags: tuple[str, ...]
    text: str
    """The feed's own content (or summary) as plain text; "" when it has none."""


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    link: str | None
    entries: tuple[Entry, ...]


def sniff(body: bytes) -> str:
    """What the bytes look like: "xml", "html", "json" or "other"."""
    start = body[:2048].lstrip(b"\xef\xbb\xbf\xfe\xff\x00 \t\r\n").lower()
    if start.startswith((b"{", b"[")):
        return "json"
    if not start.startswith(b"<"):
        return "other"
    if re.match(rb"<(!doctype\s+html|html[\s>])", start) or (
        b"<html" in start and b"<rss" not in start and b"<feed" not in start
    ):
        return "html"
    return "xml"


def check_feed_type(body: bytes, media_type: str, url: str) -> None:
    """NotAFeed unless the response can be a feed: XML by its first bytes, and not
    declared as something else (an image, a PDF, JSON…)."""
    kind = sniff(body)
    if kind == "html":
        found = discover_feed(body, url)
        hint = f"; it names a feed at {found}" if found else ""
        raise NotAFeed(f"a web page, not a feed{hint}")
    if kind == "json":
        raise NotAFeed("JSON, not an RSS or Atom feed")
    declared_other = media_type.startswith(_NOT_FEED_TYPES)
    if kind != "xml":
        shown = f" ({media_type})" if media_type else ""
        raise NotAFeed(f"not a feed: the response is not XML{shown}")
    if declared_other:
        raise NotAFeed(f"not a feed: the server calls it {media_type}")


_ALTERNATE = re.compile(rb"<link\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def discover_feed(page: bytes, url: str) -> str | None:
    """The feed a web page names in its head, as an absolute address, or None."""
    for tag in _ALTERNATE.findall(page[:200_000]):
        attrs = {
            m.group(1).lower().decode("ascii", "replace"): (
                m.group(2) or m.group(3) or m.group(4) or b""
            ).decode("utf-8", "replace")
            for m in _ATTRIBUTE.finditer(tag)
        }
        kind = attrs.get("type", "").lower()
        if "alternate" in attrs.get("rel", "").lower().split() and kind in (
            "application/rss+xml", "application/atom+xml", "application/rdf+xml",
        ):  # fmt: skip
            found = urljoin(url, html.unescape(attrs.get("href", "").strip()))
            if is_web_url(found):
                return found
    return None


def parse_feed(body: bytes, *, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """The feed's title, link and entries. `url` is where the bytes came from (after
    redirects): relative links resolve against it. NotAFeed when it is none."""
    import feedparser

    head = {k.lower(): v for k, v in (headers or {}).items()}
    check_feed_type(body, head.get("content-type", "").split(";")[0].strip().lower(), url)
    head["content-location"] = url  # the base for relative links
    parsed = feedparser.parse(io.BytesIO(body), response_headers=head)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        said = f": {' '.join(str(problem).split())[:120]}" if problem else ""
        raise NotAFeed(f"not an RSS or Atom feed{said}")
    feed = parsed.feed
    title = _field(feed, "title") or None
    link = _link(feed.get("link"), url)
    return ParsedFeed(title, link, tuple(_entry(e, url) for e in parsed.entries))


def _field(item: Any, name: str) -> str:
    """A one-line text field, plain (markup removed only when the feed says it is HTML)."""
    value = item.get(name)
    if not isinstance(value, str) or not value.strip():
        return ""
    detail = item.get(f"{name}_detail") or {}
    return plain_line(value, html="html" in str(detail.get("type", "")))


def _link(value: Any, base: str) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    absolute = urljoin(base, value.strip())
    return absolute if is_web_url(absolute) else None


def _date(entry: Any) -> datetime | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = dict.get(entry, name)  # not entry.get: its updated→published fallback warns
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _content(entry: Any) -> str:
    """The entry's own text: its longest content, else its summary, as plain text."""
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or []]
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates.append((entry["summary"], detail.get("type") or "text/html"))
    texts = [
        html_to_text(value) if "html" in kind or "xml" in kind else html_to_text(_escape(value))
        for value, kind in candidates
        if isinstance(value, str) and value.strip()
    ]
    return max(texts, key=len, default="")


def _escape(text: str) -> str:
    """Plain text made safe to pass through the HTML reader (its "<" stay "<")."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _entry(entry: Any, base: str) -> Entry:
    url = _link(entry.get("link"), base)
    if url is None:
        for link in entry.get("links") or []:
            if link.get("rel", "alternate") == "alternate":
                url = _link(link.get("href"), base)
                if url:
                    break
    date = _date(entry)
    title = _field(entry, "title")
    key = entry.get("id") if isinstance(entry.get("id"), str) and entry.get("id").strip() else None
    if key is None:
        key = url or "sha256:" + hashlib.sha256(f"{title}\n{date}".encode()).hexdigest()
    tags = []
    for tag in entry.get("tags") or []:
        term = tag.get("term") or tag.get("label")
        if isinstance(term, str) and plain_line(term):
            tags.append(plain_line(term))
    author = _field(entry, "author") or None
    updated = dict.get(entry, "updated")  # what the feed says, not feedparser's fallback
    updated = updated if isinstance(updated, str) else None
    return Entry(
        key=key.strip(),
        url=url,
        title=title,
        author=author,
        date=date,
        updated=updated,
        tags=tuple(dict.fromkeys(tags)),
        text=_content(entry),
    )
