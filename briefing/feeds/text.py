"""HTML fragments (a feed's content, a title with markup) as plain text.

Feed fields are data: a title "Rates &amp; <b>prices</b>" is shown as "Rates & prices",
never as markup, and every field then goes through the library's own cleaning
(control characters and escape sequences removed, white space folded), so a fetched
article is held to the same rules as a file the user saved.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import ClassVar

from briefing.library import clean_line, normalise_body

_SPACE = re.compile(r"\s+")
_LOOKS_LIKE_HTML = re.compile(r"<[A-Za-z!/][^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


class _Text(HTMLParser):
    SKIP: ClassVar[frozenset[str]] = frozenset(
        {"script", "style", "noscript", "template", "svg", "iframe", "object", "head"}
    )
    BLOCK: ClassVar[frozenset[str]] = frozenset(
        """p div br li ul ol h1 h2 h3 h4 h5 h6 section article main blockquote tr table
        pre figure figcaption header footer aside dt dd hr""".split()
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:  # in HTML a line break in the source is a space
            self.parts.append(_SPACE.sub(" ", data))


def html_to_text(html: str) -> str:
    """The readable text of an HTML fragment: one paragraph a line, scripts and styles
    dropped, entities decoded, then normalised as the library normalises a body."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return normalise_body("\n".join(line for line in lines if line))


def plain_line(text: str, *, html: bool = False) -> str:
    """A one-line field (title, author, tag) as plain text, folded to one clean line.
    With `html` (the feed says the field is HTML), markup and entities are turned into
    what they show; a plain-text field keeps "<div>" as the four characters it is."""
    if html and _LOOKS_LIKE_HTML.search(text):
        text = html_to_text(text)
    return clean_line(text)
