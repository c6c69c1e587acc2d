"""Front matter of a Markdown file: the `---` block of `key: value` lines at its top.

Most front matter is what a feed writes (a title, a source, a date) and is read
without YAML (`simple_front_matter`); the rest goes to YAML, through a loader made
for untrusted files:

- no aliases (`*name`): an alias bomb (a few hundred bytes that expand to billions
  of nodes) is refused instead of eating memory;
- plain values are text (and dates), as typed: `tags: 5`, `source: yes`, `title:
  1.10` and `<<` keys are the text the user wrote, never numbers, booleans or merges;
- a value YAML's own constructors would crash on (a date like 2025-02-30, a
  5,000-digit `!!int`) is kept as its text, for the field checks to report.
"""

from __future__ import annotations

import functools
import json
import re
from datetime import date, datetime
from typing import Any, ClassVar

_KEPT_TAGS = ("tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp")


@functools.cache
def _loader() -> Any:
    """The loader class, made the first time front matter needs YAML (most is read
    without it, and a warm start need not import PyYAML)."""
    import yaml
    from yaml.constructor import ConstructorError

    # libyaml's safe loader where PyYAML has it: the same documents, eight times
    # faster, which a library of thousands of fetched Markdown files feels
    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    strict: dict[str, Any] = {
        "tag:yaml.org,2002:timestamp": yaml.SafeLoader.construct_yaml_timestamp,
        "tag:yaml.org,2002:int": yaml.SafeLoader.construct_yaml_int,
    }
    # SafeLoader's implicit resolvers less those that make numbers, booleans and merges
    kept = {}
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items():
        if chosen := [(tag, rx) for tag, rx in resolvers if tag in _KEPT_TAGS]:
            kept[first] = chosen

    class FrontMatterLoader(base):
        """A safe YAML loader that refuses aliases and reads plain values as text or
        dates."""

        yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, Any]]]] = kept

        def construct_object(self, node: Any, deep: bool = False) -> Any:
            # Without aliases every node is built once; a node met again is an alias.
            if node in self.constructed_objects:
                raise ConstructorError(
                    None, None, "aliases (*name) are not allowed in front matter", node.start_mark
                )
            return super().construct_object(node, deep)

        def construct_as_text_if_invalid(self, node: Any) -> Any:
            """A timestamp or int YAML cannot build (February 30th, 5,000 digits): its
            text."""
            try:
                return strict[node.tag](self, node)
            except (ValueError, OverflowError, IndexError):  # IndexError: an empty `!!int`
                return self.construct_scalar(node)

    for tag in strict:
        FrontMatterLoader.add_constructor(tag, FrontMatterLoader.construct_as_text_if_invalid)
    return FrontMatterLoader


class FrontMatterError(ValueError):
    """Front matter that cannot be read (the message says why, for people)."""


def load_yaml(text: str) -> Any:
    """YAML front matter through the loader above. Raises FrontMatterError."""
    import yaml

    try:
        return yaml.load(text, Loader=_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 2}: " if mark is not None else ""  # + the opening ---
        raise FrontMatterError(f"{where}{exc.problem or exc.context}") from None
    except Exception as exc:  # YAMLError, or what a constructor met (RecursionError…)
        raise FrontMatterError(str(exc).split("\n", 1)[0] or exc.__class__.__name__) from None


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def split_front_matter(text: str) -> tuple[str | None, str]:
    """(the front matter's text or None, the rest); `text` has "\\n" line endings."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None, text
    return match.group(1), text[match.end() :]


def read_front_matter(block: str) -> dict[Any, Any]:
    """The mapping a front matter block holds ({} for an empty one). Raises
    FrontMatterError when it is not YAML or not a mapping."""
    loaded = simple_front_matter(block)
    if loaded is None:
        loaded = load_yaml(block)
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise FrontMatterError("it is not a mapping of `key: value` lines")
    return loaded


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
