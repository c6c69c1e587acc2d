"""Subscriptions in and out as OPML, the one format every feed reader reads.

Import takes what newsboat, nom and most readers write: every `<outline>` with an
`xmlUrl` (or newsboat's `url`), at any depth; its name from `text` (else `title`);
its tags from the folders it sits in (nested outlines without an address, joined by
"/" as newsboat does) and from OPML 2.0's `category` (comma-separated; newsboat's
"~Name" is a name, its "!" hides a feed and is dropped). Export writes OPML 2.0: one
flat outline per feed, `type="rss"`, `text` and `title` the name, `xmlUrl`, and the
tags in `category` — what newsboat's `--export-to-opml2` writes and reads back.

The file is read with the standard library's expat, which expands no external
entity; a document declaring entities of its own is refused outright.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import formatdate

from briefing.config import FeedSetting
from briefing.library import clean_line
from briefing.urls import is_web_url, normalise_url

MAX_OPML_BYTES = 10 * 1024 * 1024


class OpmlError(ValueError):
    """The file is no OPML document briefing can read; the message says why."""


@dataclass(frozen=True)
class Imported:
    feeds: tuple[FeedSetting, ...]
    skipped: tuple[str, ...]
    """Outlines left out, one line each (an address that is not http or https)."""


def read_opml(data: bytes) -> Imported:
    """The feeds of an OPML document, each address once, in document order."""
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"larger than {MAX_OPML_BYTES // (1024 * 1024)} MB")
    if b"<!ENTITY" in data[:65536].upper():
        raise OpmlError("declares XML entities (refused: an OPML file never needs them)")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise OpmlError(f"not valid XML ({exc})") from None
    if _local(root.tag) != "opml":
        raise OpmlError(f"not OPML: the document is <{_local(root.tag)}>, not <opml>")
    body = next((child for child in root if _local(child.tag) == "body"), None)
    if body is None:
        raise OpmlError("no <body> in the <opml> document")
    feeds: dict[str, FeedSetting] = {}
    skipped: list[str] = []

    def walk(node: ET.Element, folder: tuple[str, ...]) -> None:
        for outline in node:
            if _local(outline.tag) != "outline":
                continue
            attrs = {_local(k).lower(): v for k, v in outline.attrib.items()}
            url = (attrs.get("xmlurl") or attrs.get("url") or "").strip()
            label = clean_line(attrs.get("text") or attrs.get("title") or "")
            if not url:
                walk(outline, (*folder, label) if label else folder)
                continue
            if not is_web_url(url):
                skipped.append(f"{url or '(no address)'}: not an http or https address")
                continue
            name = label if label and label != url else None
            tags = ["/".join(folder)] if folder else []
            for token in (attrs.get("category") or "").split(","):
                token = clean_line(token).strip("/")
                if token.startswith("~"):
                    name = name or clean_line(token[1:]) or None
                elif token and not token.startswith("!"):
                    tags.append(token)
            key = normalise_url(url)
            if key in feeds:
                old = feeds[key]
                merged = tuple(dict.fromkeys((*old.tags, *tags)))
                feeds[key] = FeedSetting(old.url, old.name or name, merged)
            else:
                feeds[key] = FeedSetting(url, name, tuple(dict.fromkeys(t for t in tags if t)))

    walk(body, ())
    return Imported(tuple(feeds.values()), tuple(skipped))


def write_opml(feeds: Sequence[FeedSetting], *, title: str = "briefing feeds") -> str:
    """OPML 2.0 of the feeds, names and tags included."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = formatdate(usegmt=True)
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.name or feed.url}
        if feed.name:
            attrs["title"] = feed.name
        attrs["xmlUrl"] = feed.url
        if feed.tags:
            attrs["category"] = ",".join(t.replace(",", "_") for t in feed.tags)
        ET.SubElement(body, "outline", attrs)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _local(tag: str) -> str:
    """A tag or attribute name without its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
