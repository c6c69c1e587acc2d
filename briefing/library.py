"""Finding and reading articles: .txt, .md (front matter), .html, .json and .jsonl.

Every reader returns Articles with a normalised body (the string all offsets index)
and an id that is the SHA-256 of that body, so a renamed or re-fetched copy is the
same article. A file that cannot be read becomes a LoadProblem with a one-line
reason; loading never raises for bad input.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

import yaml

from briefing.article import Article, LoadProblem
from briefing.resources import bundled_dir

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")

_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI sequences (colours, cursor moves)
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC sequences (titles, hyperlinks)
    r"|\x1b[@-Z\\-_]"  # other two-character escapes
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # remaining C0/C1 controls (keeps \n and \t)
)


_ANY_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class ArticleError(ValueError):
    """A file's content is not a usable article (the message is the reason)."""


@dataclass(frozen=True)
class Library:
    """The articles of a library (newest first) and the files that could not be read."""

    articles: tuple[Article, ...]
    problems: tuple[LoadProblem, ...]
    name: str


def normalise_body(text: str) -> str:
    """NFC, "\\n" line endings, no control characters or escape sequences, tabs as
    spaces, trailing spaces off each line, surrounding white space stripped."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if _ANY_CONTROL.search(text):  # the full pattern is slow; most articles have none
        text = _CONTROL.sub("", text)
    text = text.replace("\t", " ")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    if "\n\n\n" in text:
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def clean_line(text: str) -> str:
    """A one-line field (title, source): normalised, inner white space folded."""
    return " ".join(normalise_body(text).split())


def article_id(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


# -- titles and dates ----------------------------------------------------------------------


def split_title(text: str) -> tuple[str | None, str]:
    """A short first line followed by a blank line is a title ("Title\\n\\nBody")."""
    first, sep, rest = text.partition("\n")
    short = 0 < len(first.strip()) <= 120
    headline_like = not first.rstrip().endswith((".", ":", ";", ",")) or len(first) < 60
    if sep and rest.startswith("\n") and short and headline_like and rest.strip():
        return first.strip(), rest.strip()
    return None, text


def title_from_body(body: str, limit: int = 80) -> str:
    """The first sentence, clipped at a word boundary with "…" when long."""
    first_line = body.split("\n", 1)[0]
    match = re.match(r"(.+?[.!?])(?:\s|$)", first_line)
    sentence = (match.group(1) if match else first_line).strip()
    if len(sentence) <= limit:
        return sentence
    clipped = sentence[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return clipped + "…"


def parse_date(value: Any) -> datetime | None:
    """A front-matter or JSON date (ISO date or datetime) as an aware local datetime."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    elif isinstance(value, str) and value.strip():
        text = value.strip().replace("Z", "+00:00")
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            return None
    else:
        return None
    return parsed.astimezone()  # naive values are local time; aware ones convert to it


def _file_date(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime).astimezone()


# -- readers -------------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError("not valid UTF-16 text") from None
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ArticleError("cannot decode the file")  # latin-1 never fails; kept for clarity


def _make(
    path: Path, body: str, meta: dict[str, Any], default_source: str, title: str | None = None
) -> Article:
    """`body` is already normalised by the reader (normalise_body)."""
    if not body:
        raise ArticleError("no article text")
    meta_title = meta.get("title")
    title = clean_line(str(meta_title)) if meta_title else title or title_from_body(body)
    tags = meta.get("tags") or ()
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    return Article(
        id=article_id(body),
        body=body,
        title=title or title_from_body(body),
        source=clean_line(str(meta.get("source") or default_source)),
        date=parse_date(meta.get("date")) or _file_date(path),
        path=str(path),
        url=str(meta["url"]) if meta.get("url") else None,
        tags=tuple(str(t) for t in tags if str(t).strip()),
    )


def _read_plain(path: Path, text: str, source: str) -> list[Article]:
    title, body = split_title(normalise_body(text))
    return [_make(path, body, {}, source, title)]


_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML has it: the same documents, eight times faster,
which a library of thousands of fetched Markdown files feels at every start."""

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


_NOT_PRINTABLE = re.compile("[^\t\n\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SIMPLE_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):[ \t]+(.*?)[ \t]*")
_YAML_WORDS = frozenset("y n yes no true false on off null ~".split())
"""Plain words YAML 1.1 reads as booleans or null, not as strings."""
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d(?:[Tt]\d\d:\d\d:\d\d(?:\.\d{1,6})?(?:Z|[+-]\d\d:\d\d)?)?")
_PLAIN = re.compile(r"[A-Za-z](?:(?![ \t]#|:(?:[ \t]|$)).)*(?<!:)")
_QUOTED = re.compile(r'"(?:[^"\\]|\\["\\bfnrt])*"')
"""A double-quoted string as a feed writes it (JSON's escapes, not \\u or \\/), which
YAML and JSON read alike."""


def simple_front_matter(text: str) -> dict[str, Any] | None:
    """Front matter of `key: value` lines, read without YAML where YAML would read it
    the same: a plain word or phrase, a double-quoted string, an ISO date or time. None
    when any line is more than that (lists, comments, continuations): YAML reads it.

    A feed writes a title, a source and a date per file; building YAML's event stream
    for those three lines was most of the time of loading ten thousand articles."""
    if _NOT_PRINTABLE.search(text):
        return None
    meta: dict[str, Any] = {}
    for line in text.split("\n"):
        found = _SIMPLE_LINE.fullmatch(line)
        if found is None or found.group(1).lower() in _YAML_WORDS:
            return None
        key, value = found.groups()
        if _TIMESTAMP.fullmatch(value):
            parsed = parse_iso(value)
            if parsed is None:
                return None
            meta[key] = parsed
        elif _QUOTED.fullmatch(value):
            meta[key] = json.loads(value)
        elif _PLAIN.fullmatch(value) and value.lower() not in _YAML_WORDS:
            meta[key] = value
        else:
            return None
    return meta


def parse_iso(text: str) -> date | datetime | None:
    """An ISO date or date-time as YAML's timestamp reads it: a date alone is a date."""
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00").replace("t", "T"))
    except ValueError:
        return None


def _read_markdown(path: Path, text: str, source: str) -> list[Article]:
    text = text.lstrip("\ufeff")
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if match:
        loaded = simple_front_matter(match.group(1))
        if loaded is None:
            try:
                loaded = yaml.load(match.group(1), Loader=_SafeLoader)
            except yaml.YAMLError:
                raise ArticleError("front matter is not valid YAML") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ArticleError("front matter must be a mapping (title: …)")
        meta = loaded or {}
        text = text.replace("\r\n", "\n")[match.end() :]
    title, body = split_title(normalise_body(text))
    heading = re.match(r"#\s+(.+)\n", body + "\n")
    if not title and heading and not meta.get("title"):
        title, body = heading.group(1).strip(), body[heading.end() :].strip()
    return [_make(path, body, meta, source, title)]


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


def _read_html(path: Path, text: str, source: str) -> list[Article]:
    parser = _MainText()
    parser.feed(text)
    parser.close()
    title = clean_line(parser.title) or None
    return [_make(path, normalise_body(parser.text()), {}, source, title)]


def _from_object(path: Path, obj: Any, source: str) -> Article:
    if not isinstance(obj, dict):
        raise ArticleError("each JSON item must be an object with a text or body")
    body = obj.get("text") or obj.get("body")
    if not isinstance(body, str) or not body.strip():
        raise ArticleError("a JSON item has no text or body")
    return _make(path, normalise_body(body), obj, source)


def _read_json(path: Path, text: str, source: str) -> list[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(f"not valid JSON (line {exc.lineno})") from None
    items = data if isinstance(data, list) else [data]
    return [_from_object(path, item, source) for item in items]


def _read_jsonl(path: Path, text: str, source: str) -> list[Article]:
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(_from_object(path, json.loads(line), source))
        except json.JSONDecodeError:
            raise ArticleError(f"line {number} is not valid JSON") from None
    return out


_READERS = {
    ".txt": _read_plain,
    ".md": _read_markdown,
    ".markdown": _read_markdown,
    ".html": _read_html,
    ".htm": _read_html,
    ".json": _read_json,
    ".jsonl": _read_jsonl,
}


def read_file(path: Path, source: str | None = None) -> list[Article]:
    """The articles in one file. Raises ArticleError (with a one-line reason)."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        raise ArticleError(f"not an article file (expected one of {', '.join(SUFFIXES)})")
    try:
        text = _read_text(path)
    except OSError as exc:
        raise ArticleError(f"cannot read: {exc.strerror or exc.__class__.__name__}") from None
    return reader(path, text, source or path.parent.name or "articles")


def _files(folder: Path) -> list[Path]:
    """Article files under `folder`, in path order, leaving out hidden files and folders
    (below `folder`) and not following links to folders, as Path.rglob does. One
    scandir per folder: rglob's Path per entry and a stat per file were most of a
    second over ten thousand files."""
    found: list[str] = []

    def walk(directory: str) -> None:
        try:
            with os.scandir(directory) as entries:
                listed = list(entries)
        except OSError:  # unreadable: as rglob, skipped
            return
        for entry in listed:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir() and not entry.is_symlink():
                    walk(entry.path)
                elif os.path.splitext(entry.name)[1].lower() in _READERS and entry.is_file():
                    found.append(entry.path)
            except OSError:
                continue

    walk(str(folder))
    return sorted(Path(p) for p in found)


def load_library(paths: Sequence[Path] | None, library_dirs: Sequence[Path] = ()) -> Library:
    """Load `paths` (files or folders); with none, the configured folders; with none
    configured, the bundled seeds. Duplicate bodies appear once."""
    if paths:
        roots, name = list(paths), paths[0].name if len(paths) == 1 else f"{len(paths)} paths"
    elif library_dirs:
        roots = list(library_dirs)
        name = roots[0].name if len(roots) == 1 else f"{len(roots)} folders"
    else:
        roots, name = [bundled_dir("seeds")], "seeds"
    articles: dict[str, Article] = {}
    problems: list[LoadProblem] = []
    for root in roots:
        if root.is_dir():
            files = _files(root)
        elif root.exists():
            files = [root]
        else:
            problems.append(LoadProblem(str(root), "no such file or folder"))
            continue
        for path in files:
            try:
                for article in read_file(path):
                    articles.setdefault(article.id, article)
            except ArticleError as exc:
                problems.append(LoadProblem(str(path), str(exc)))
    ordered = sorted(articles.values(), key=lambda a: a.title.lower())
    ordered.sort(key=lambda a: a.date, reverse=True)
    return Library(tuple(ordered), tuple(problems), name or "library")
