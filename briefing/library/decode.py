"""Bytes to text by the evidence the bytes give, or "not text".

- A byte-order mark says UTF-8, UTF-16 or UTF-32.
- NUL bytes in one position of every two (or four) say UTF-16 (or UTF-32) without a
  mark; NUL bytes anywhere else say binary.
- Valid UTF-8 is UTF-8. Text with a few bytes that are not (a file cut in the middle
  of a character, one pasted cp1252 quote) is still UTF-8, each bad byte shown as
  "�", when its valid multi-byte characters are at least as many as its bad bytes;
  text without them is cp1252 (latin-1 for the five bytes cp1252 leaves undefined).
- Text with more than a few control characters is binary, whatever the decoding.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SAMPLE = 1 << 16
"""Bytes looked at to tell UTF-16 or UTF-32 from binary."""
BINARY_SHARE = 0.05
BINARY_COUNT = 8
"""A text with more control characters than this share of its characters, and at
least this many, is binary."""

_BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
"""C0 controls no text file holds (tab, line and page breaks, and ESC, which starts
the colour codes some text files carry, are left out)."""
_BINARY_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
"""The same as bytes: in UTF-8, cp1252 and latin-1 each is one byte and one character,
and deleting them from bytes (bytes.translate) is five times faster than a search."""


class NotText(ValueError):
    """The bytes are not text (the message says what they look like)."""


def decode(raw: bytes) -> str:
    """The text `raw` holds, by the evidence above. Raises NotText."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _checked(raw[len(bom) :].decode(encoding, errors="replace"))
    if b"\x00" in raw:
        wide = _wide_encoding(raw[:SAMPLE])
        if wide is not None:
            return _checked(raw.decode(wide, errors="replace"))
        raw = raw.rstrip(b"\x00")  # zeros a crash or a pre-allocating writer left at the end
        if b"\x00" in raw:
            raise NotText("not text (binary data)")
    controls = len(raw) - len(raw.translate(None, _BINARY_BYTES))
    try:
        return _checked(raw.decode("utf-8"), controls)
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - raw.count(b"\xef\xbf\xbd")  # the file's own "�" kept
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if multibyte >= replaced:
        return _checked(text, controls)
    try:
        return _checked(raw.decode("cp1252"), controls)
    except UnicodeDecodeError:
        return _checked(raw.decode("latin-1"), controls)


def _wide_encoding(sample: bytes) -> str | None:
    """UTF-16 or UTF-32 (and which byte order) when NULs sit where the high bytes of
    mostly-Latin text do, else None. Text in any script has spaces and digits, whose
    high bytes are NUL, so even Cyrillic or Greek leaves that pattern."""
    n = len(sample) // 4
    if n >= 2:
        aligned = sample[: 4 * n]
        quads = [aligned[i::4].count(0) for i in range(4)]
        if quads[3] == n and quads[2] >= n * 9 // 10 and quads[0] <= n // 10:
            return "utf-32-le"  # the top byte of a code point is always 0
        if quads[0] == n and quads[1] >= n * 9 // 10 and quads[3] <= n // 10:
            return "utf-32-be"
    half = len(sample) // 2
    if half == 0:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= half // 10 and even <= odd // 20:
        return "utf-16-le"
    if even >= half // 10 and odd <= even // 20:
        return "utf-16-be"
    return None


def _checked(text: str, controls: int | None = None) -> str:
    """`text`, unless so much of it is control characters (`controls`, counted here
    when not given) that it is binary."""
    if controls is None:
        controls = len(_BINARY_CONTROL.findall(text))
    if controls >= BINARY_COUNT and controls > BINARY_SHARE * len(text):
        raise NotText("not text (binary data)")
    return text
