"""Text that came from outside made safe to keep and to show: one place for every layer.

Article fields, file names and settings are data. Two things can go wrong with data
that reaches a terminal or a one-line field:

- it acts: an escape sequence retitles the terminal, writes the clipboard (OSC 52)
  or colours the line; a C1 code does the same on terminals that honour 8-bit
  controls; a line break in a file name forges a second warning line;
- it misleads: a bidi override or isolate makes a title display differently from
  its text, and zero-width characters make two different titles look the same.

`clean_line` is for one-line fields an article carries (title, source, url, tags):
such characters are removed. `inert` is for strings we print as they are (file
names in warnings, values in error messages): nothing is removed, so the user can
still tell which file it was, but every such character is shown as a visible escape
(`\\x1b`, `\\u202e`), as `repr` would. `json_inert` does the same for a JSON document
without changing what it decodes to.

This module imports nothing of briefing, so every layer can use it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

LINE_LIMIT = 2000
"""The longest one-line field kept (characters); longer ones are clipped with "…"."""

ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI sequences (colours, cursor moves)
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC sequences (titles, hyperlinks, clipboard)
    r"|\x1b[P^_X][^\x1b]*\x1b\\"  # DCS, PM, APC and SOS strings
    r"|\x1b[@-Z\\-_]"  # other two-character escapes
)
"""Whole terminal escape sequences, so that removing one leaves none of its text."""

_ABOVE_C0 = (
    "\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
INVISIBLE = re.compile(f"[\x00-\x1f{_ABOVE_C0}]")
"""Every control (Cc), format (Cf: bidi controls, zero-width characters, soft hyphen,
tags), surrogate (Cs), line and paragraph separator (Zl, Zp) character of Unicode 14,
written out because building the class from `unicodedata` costs a quarter of a second
at every start. A test checks it against the running Python's database."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]")
"""Characters that separate words: in a one-line field they become a space."""


def clean_line(text: str, limit: int = LINE_LIMIT) -> str:
    """A one-line field: NFC, escape sequences and invisible characters removed, lone
    surrogates as "\ufffd", line breaks and runs of white space as one space, at most
    `limit` characters."""
    if not text.isascii() or not text.isprintable():
        text = ESCAPE_SEQUENCE.sub("", text)
        text = _LINE_BREAKS.sub(" ", text)
        text = _SURROGATE.sub("\ufffd", text)  # as in the body: a lone half of a pair
        text = INVISIBLE.sub("", text)
        text = unicodedata.normalize("NFC", text)
    text = " ".join(text.split())
    if len(text) > limit:
        clipped = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
        text = clipped.rstrip(",;:–- ") + "…"
    return text


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def inert(text: str) -> str:
    """`text` with every control, format, surrogate and separator character shown as a
    visible escape (`\\x1b`, `\\n`, `\\u202e`, `\\xff` for an undecodable byte of a
    file name): safe to print on a terminal, still telling which file it was."""
    if text.isascii() and text.isprintable():
        return text
    return INVISIBLE.sub(_escape, text)


_JSON_INVISIBLE = re.compile(f"[{_ABOVE_C0}]")
"""What json.dumps(ensure_ascii=False) leaves raw (it escapes C0 controls itself)."""


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # JSON writes an astral character as its UTF-16 surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_inert(document: str) -> str:
    """A JSON document (from json.dumps with ensure_ascii=False) with C1 codes, bidi
    and zero-width characters and lone surrogates written as \\u escapes: it decodes
    to the same value, and printing it neither acts on a terminal nor fails to encode.
    Such characters only occur inside strings, where the escape means the same."""
    if document.isascii() and "\x7f" not in document:  # DEL is ASCII, and invisible
        return document
    return _JSON_INVISIBLE.sub(_json_escape, document)


def _class_chars(members: str) -> list[str]:
    """The characters of a regular-expression class body written as characters and
    ranges ("a-z" and single characters), as _ABOVE_C0 is."""
    chars: list[str] = []
    i = 0
    while i < len(members):
        if i + 2 < len(members) and members[i + 1] == "-":
            chars += map(chr, range(ord(members[i]), ord(members[i + 2]) + 1))
            i += 3
        else:
            chars.append(members[i])
            i += 1
    return chars


_UTF8_INVISIBLE: dict[bytes, list[tuple[bytes, frozenset[int]]]] = {}
"""The UTF-8 of each character json_inert escapes (lone surrogates aside: they have
none), as {lead byte: [(every byte but the last, the possible last bytes)]}."""


def _utf8_invisible() -> dict[bytes, list[tuple[bytes, frozenset[int]]]]:
    if not _UTF8_INVISIBLE:
        endings: dict[bytes, set[int]] = {}
        for char in _class_chars(_ABOVE_C0):
            if not 0xD800 <= ord(char) <= 0xDFFF:
                encoded = char.encode("utf-8")
                endings.setdefault(encoded[:-1], set()).add(encoded[-1])
        for prefix, last in sorted(endings.items()):
            lead = prefix[:1] or bytes(last)
            _UTF8_INVISIBLE.setdefault(lead, []).append((prefix, frozenset(last)))
    return _UTF8_INVISIBLE


def json_bytes_inert(document: bytes) -> bytes:
    """json_inert for a UTF-8 JSON document (as orjson writes it). A regular
    expression over the bytes of a 10 MB document took 0.1 s, the one over its text
    0.25 s; here each character's first byte is looked for with `in` (memchr), and
    only the sequences that start with one present are found one by one."""
    if document.isascii() and b"\x7f" not in document:  # DEL is ASCII, and invisible
        return document
    found: list[int] = []
    for lead, sequences in _utf8_invisible().items():
        if lead not in document:
            continue
        for prefix, last in sequences:
            if not prefix:  # one byte (DEL)
                at = document.find(lead)
                while at >= 0:
                    found.append(at)
                    at = document.find(lead, at + 1)
                continue
            at = document.find(prefix)
            while at >= 0:
                end = at + len(prefix)
                if end < len(document) and document[end] in last:
                    found.append(at)
                at = document.find(prefix, end)
    if not found:
        return document
    out, done = [], 0
    for at in sorted(found):
        size = (
            1
            if document[at] < 0x80
            else 2
            if document[at] < 0xE0
            else 3
            if document[at] < 0xF0
            else 4
        )
        out += [document[done:at], _json_escape_char(document[at : at + size].decode("utf-8"))]
        done = at + size
    out.append(document[done:])
    return b"".join(out)


def _json_escape_char(char: str) -> bytes:
    code = ord(char)
    if code <= 0xFFFF:
        return b"\\u%04x" % code
    code -= 0x10000
    return b"\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))


def json_document(value: Any) -> bytes:
    """`value` as an indented JSON document in UTF-8, inert on a terminal: what
    json_inert(json.dumps(value, ensure_ascii=False, indent=2)) gives, by orjson (a
    10 MB `analyze --json` took 0.5 s in json.dumps, 0.04 s here). What orjson refuses
    (a lone surrogate from an undecodable file name, an integer past 64 bits) is
    written by json.dumps."""
    import orjson

    try:
        return json_bytes_inert(orjson.dumps(value, option=orjson.OPT_INDENT_2))
    except (orjson.JSONEncodeError, TypeError):
        import json

        return json_inert(json.dumps(value, ensure_ascii=False, indent=2)).encode("utf-8")
