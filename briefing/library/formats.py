"""The article formats: plain text, Markdown with front matter, HTML, JSON and JSON Lines.

Each reader turns a file's text into Articles and reports what it could not use
through `Reading.report`, one line each: a bad JSON item or line (with its index or
line number), front matter that is not YAML (the body is still read), a field of the
wrong type. One bad item never loses the good ones beside it.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

from briefing.article import Article
from briefing.library.body import (
    CHARS_PER_TOKEN,
    article_id,
    body_limit,
    clip_body,
    normalise_body,
    split_title,
    title_from_body,
)
from briefing.library.fields import MAX_YEAR, MIN_YEAR, Fields, kind, read_fields
from briefing.library.front_matter import FrontMatterError, read_front_matter, split_front_matter
from briefing.text_safety import clean_line

MAX_HTML_TAGS = 500_000
"""Tags of a page parsed (html.parser takes some 5 µs a tag, so a 20 MB page of bare
tags would take two minutes); a news page has a few tens of thousands."""
MAX_PROBLEMS_PER_FILE = 10
"""Problems listed one by one for a file; the rest are counted in one more line."""


@dataclass
class Reading:
    """One file being read: its path, the source its articles default to, its
    modification time, the longest body kept, and the problems found so far."""

    path: Path
    source: str
    mtime: float | None
    max_chars: int
    problems: list[str] = field(default_factory=list)
    unlisted: int = 0
    _date: datetime | None = None

    def report(self, reason: str) -> None:
        if len(self.problems) < MAX_PROBLEMS_PER_FILE:
            self.problems.append(reason)
        else:
            self.unlisted += 1

    def all_problems(self) -> list[str]:
        more = [f"… and {self.unlisted:,} more problems"] if self.unlisted else []
        return self.problems + more

    def file_date(self) -> datetime:
        """The file's modification time as an aware local datetime (now for bytes read
        from no file); a time datetime cannot hold is reported and dated 1970-01-01."""
        if self._date is None:
            try:
                found = (
                    datetime.fromtimestamp(self.mtime) if self.mtime is not None else datetime.now()
                ).astimezone()
                if not MIN_YEAR <= found.year <= MAX_YEAR:
                    raise ValueError(found.year)
            except (OverflowError, ValueError, OSError):
                self.report("the file's modification time is out of range; dated 1970-01-01")
                found = datetime.fromtimestamp(0).astimezone()
            self._date = found
        return self._date

    def article(
        self, body: str, fields: Fields, title: str | None, where: str = ""
    ) -> Article | None:
        """An Article of a normalised `body` (None, reported, when it is empty)."""
        if not body:
            self.report(f"{where}no article text")
            return None
        limit = body_limit(body, self.max_chars)
        if len(body) > limit:
            length = len(body)
            body = clip_body(body, limit)
            self.report(
                f"{where}{length:,} characters long; only the first {len(body):,} are read "
                f"(articles are cut at {self.max_chars:,} characters, or at "
                f"{self.max_chars // CHARS_PER_TOKEN:,} words and marks)"
            )
        return Article(
            id=article_id(body),
            body=body,
            title=fields.title
            or clean_line(title or "")
            or clean_line(title_from_body(body))
            or "Untitled",
            source=fields.source or self.source,
            date=fields.date or self.file_date(),
            path=str(self.path),
            url=fields.url,
            tags=fields.tags,
        )


Reader = Callable[[Reading, str], list[Article]]


def read_plain(reading: Reading, text: str) -> list[Article]:
    title, body = split_title(normalise_body(text))
    return _found(reading.article(body, Fields(), title))


def read_markdown(reading: Reading, text: str) -> list[Article]:
    block, text = split_front_matter(text.lstrip("\ufeff").replace("\r\n", "\n"))
    fields = Fields()
    if block is not None:
        try:
            fields = read_fields(read_front_matter(block), reading.report)
        except FrontMatterError as exc:
            reading.report(f"front matter not read ({exc}); the text below it is read")
    title, body = split_title(normalise_body(text))
    heading = re.match(r"#\s+(.+)\n", body[:2000] + "\n")
    if not title and heading and not fields.title:
        title, body = heading.group(1).strip(), body[heading.end() :].strip()
    return _found(reading.article(body, fields, title))


class _MainText(HTMLParser):
    """Collects the title and the readable text of a page, without scripts or chrome."""

    SKIP: ClassVar[set[str]] = {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "noscript",
        "svg",
        "template",
        "button",
    }
    BLOCK: ClassVar[set[str]] = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "main",
        "blockquote",
        "tr",
        "pre",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.parts: list[str] = []
        self.main_parts: list[str] = []
        self._skip = 0
        self._in_title = False
        self._main = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in ("article", "main"):
            self._main += 1
        if tag in self.BLOCK:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in ("article", "main") and self._main:
            self._main -= 1
        if tag in self.BLOCK:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._add(data)

    def _add(self, text: str) -> None:
        self.parts.append(text)
        if self._main:
            self.main_parts.append(text)

    def text(self) -> str:
        raw = "".join(self.main_parts) if "".join(self.main_parts).strip() else "".join(self.parts)
        lines = (" ".join(line.split()) for line in raw.split("\n"))
        return "\n".join(line for line in lines if line)


def defused(page: str) -> tuple[str, str]:
    """`page` as (markup without comments, the text after its last tag).

    html.parser looks for the end of each comment, marked section or tag it meets; one
    that never ends is searched to the end of the file, once for every such opening:
    200 KB of "<!--" took a minute, 16 MB would take days. Only openings after the
    last closing can be unclosed, so dropping comments (as a browser does, an unclosed
    one to the end), escaping marked sections after the last "]]>" and leaving what
    follows the last ">" out of the markup (it is text) leave the parser linear work."""
    kept, at = [], 0
    while (start := page.find("<!--", at)) >= 0:
        kept.append(page[at:start])
        end = page.find("-->", start + 4)
        at = len(page) if end < 0 else end + 3
    kept.append(page[at:])
    page = "".join(kept)
    last = page.rfind("]]>")
    page = page[: last + 1] + page[last + 1 :].replace("<![", "&lt;![")
    last = page.rfind(">")
    return page[: last + 1], page[last + 1 :]


def read_html(reading: Reading, text: str) -> list[Article]:
    """A saved web page: the article's own text, headline, date and site as a news
    extractor finds them (trafilatura: no site name after the title, no menus, the
    <h1> not repeated), else, for a page it finds no article in, every paragraph."""
    extracted = _extracted(text) if _an_ordinary_page(text) else None
    if extracted is not None:
        fields = Fields(
            title=clean_line(extracted.title or "") or None,
            source=clean_line(extracted.site or "") or None,
            date=extracted.date,
        )
        return _found(reading.article(normalise_body(extracted.text), fields, fields.title))
    return _read_paragraphs(reading, text)


EXTRACTOR_MAX_CHARS = 3_000_000
EXTRACTOR_MAX_TAGS = 10_000
"""The largest page the news extractor is given: a saved news page has a few thousand
tags and a few hundred kilobytes; a hostile one (tags by the hundred thousand, markup
nested thousands deep) takes it minutes, and goes to the paragraph reader instead."""


def _an_ordinary_page(text: str) -> bool:
    return len(text) <= EXTRACTOR_MAX_CHARS and text.count("<") <= EXTRACTOR_MAX_TAGS


def _extracted(text: str):  # -> Extracted | None (the feeds package's, imported lazily)
    """The extractor's reading of a page, None when it finds no article or fails: it is
    imported only when a page is read (about 0.2 s), never on a warm start."""
    from briefing.feeds.extract import extract_article

    try:
        return extract_article(text)
    except Exception:  # the extractor's own bug on a hostile page must not lose the file
        return None


def _read_paragraphs(reading: Reading, text: str) -> list[Article]:
    markup, trailing = defused(text)
    if markup.count("<") > MAX_HTML_TAGS:
        at = -1
        for _ in range(MAX_HTML_TAGS):
            at = markup.find("<", at + 1)
        markup, trailing = markup[:at], ""
        reading.report(f"only the first {MAX_HTML_TAGS:,} tags are read")
    parser = _MainText()
    parser.feed(markup)
    parser.close()
    if trailing:
        parser.handle_data(html.unescape(trailing))
    title = clean_line(parser.title) or None
    return _found(reading.article(normalise_body(parser.text()), Fields(), title))


def _number(digits: str) -> int | float:
    """A JSON integer; one too long for Python to convert (4,300 digits) is infinite,
    which no field takes, rather than an error that loses the whole file."""
    if len(digits) > 4000:
        return float("-inf") if digits.startswith("-") else float("inf")
    return int(digits)


def _load_json(text: str) -> Any:
    """Raises ValueError with the reason, one line."""
    try:
        return json.loads(text, parse_int=_number)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})"
        ) from None
    except RecursionError:
        raise ValueError("not valid JSON here (nested too deeply)") from None


def _from_object(reading: Reading, obj: Any, where: str) -> Article | None:
    if not isinstance(obj, dict):
        reading.report(f"{where}{kind(obj)}, not an object with a text")
        return None
    text = obj.get("text") or obj.get("body")
    if text is None:
        reading.report(f"{where}no text or body")
        return None
    if not isinstance(text, str):
        reading.report(f"{where}its text is {kind(text)}, not text")
        return None
    fields = read_fields(obj, reading.report, where)
    return reading.article(normalise_body(text), fields, None, where)


def read_json(reading: Reading, text: str) -> list[Article]:
    """An object with a text, or a list of them ("item 3" is the third)."""
    try:
        data = _load_json(text)
    except ValueError as exc:
        reading.report(str(exc))
        return []
    if isinstance(data, dict):
        return _found(_from_object(reading, data, ""))
    if not isinstance(data, list):
        reading.report(f"{kind(data)}: expected an object with a text, or a list of them")
        return []
    if not data:
        reading.report("an empty list: no articles")
    articles = (_from_object(reading, item, f"item {i}: ") for i, item in enumerate(data, 1))
    return [a for a in articles if a is not None]


def read_jsonl(reading: Reading, text: str) -> list[Article]:
    """One object with a text per line; a line that is not is reported by its number.
    Lines end at "\\n" only: JSON text may hold U+2028, which str.splitlines splits at."""
    out = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            data = _load_json(line)
        except ValueError as exc:
            reading.report(f"line {number}: {exc}")
            continue
        article = _from_object(reading, data, f"line {number}: ")
        if article is not None:
            out.append(article)
    return out


def _found(article: Article | None) -> list[Article]:
    return [article] if article is not None else []


READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
}
"""The reader of each article suffix (lower case)."""
