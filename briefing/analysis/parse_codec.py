"""The stored parse as compact integer columns, not JSON.

A parse is a dozen columns of one value per token; as JSON it was 16 KB of text a
1,000-word article (5 KB compressed), and in the cache's pages nearer 9 KB, most of a
10,000-article cache. Here each column is an integer array of the smallest type that
holds it: offsets as differences (a token's length, the gap before it), heads as the
distance to the head, labels (tags, parts of speech, dependencies, entity labels) and
lemmas as indices into the article's own table of the distinct strings. The cache
compresses the result with zlib, which shrinks such columns far better than text.

    MAGIC  header length (4 bytes, little-endian)  header (JSON)  columns

The header names the string tables and, for each column, its array type code and
length; the columns follow in that order, little-endian. `decode` raises ValueError
for anything that is not such a value (the cache then treats it as a miss).
"""

from __future__ import annotations

import sys
from array import array
from itertools import accumulate
from typing import Any

import orjson

from briefing.analysis.model import Parse

MAGIC = b"\x00parse3\x00"
"""The first bytes of an encoded parse (no JSON text starts with a NUL)."""

_COLUMNS = ("lengths", "gaps", "tags", "pos", "deps", "heads", "lemmas", "sentences", "ents")
_TYPECODES = ("b", "h", "i", "q")
_LIMITS = {"b": 1 << 7, "h": 1 << 15, "i": 1 << 31, "q": 1 << 63}
_SWAP = sys.byteorder == "big"


def _smallest(values: list[int]) -> array[int]:
    """`values` as an array of the smallest signed type that holds them all."""
    low, high = (min(values), max(values)) if values else (0, 0)
    for code in _TYPECODES:
        if -_LIMITS[code] <= low and high < _LIMITS[code]:
            return array(code, values)
    raise ValueError("a parse value too large to store")


def _interned(values: tuple[str, ...], table: dict[str, int]) -> list[int]:
    """Indices of `values` in `table`, adding the strings it lacks."""
    setdefault = table.setdefault
    return [setdefault(v, len(table)) for v in values]


def encode(parse: Parse) -> bytes:
    """The stored form of `parse` (see the module's docstring)."""
    ends = (0, *parse.ends[:-1])
    labels: dict[str, int] = {}
    lemmas: dict[str, int] = {}
    sentences = [x for s, e in parse.sentences for x in (s, e)]
    columns = {
        "lengths": [e - s for s, e in zip(parse.starts, parse.ends, strict=True)],
        "gaps": [s - e for s, e in zip(parse.starts, ends, strict=False)],
        "tags": _interned(parse.tags, labels),
        "pos": _interned(parse.pos, labels),
        "deps": _interned(parse.deps, labels),
        "heads": [h - i for i, h in enumerate(parse.heads)],
        "lemmas": _interned(parse.lemmas, lemmas),
        "sentences": [b - a for a, b in zip([0, *sentences], sentences, strict=False)],
        "ents": [
            x
            for s, e, label in parse.ents
            for x in (s, e - s, labels.setdefault(label, len(labels)))
        ],
    }
    arrays = {name: _smallest(columns[name]) for name in _COLUMNS}
    header = orjson.dumps(
        {
            "labels": list(labels),
            "lemmas": list(lemmas),
            "columns": [[arrays[n].typecode, len(arrays[n])] for n in _COLUMNS],
        }
    )
    parts = [MAGIC, len(header).to_bytes(4, "little"), header]
    for name in _COLUMNS:
        column = arrays[name]
        if _SWAP:
            column.byteswap()
        parts.append(column.tobytes())
    return b"".join(parts)


def decode(data: bytes) -> Parse:
    """The parse `data` stores; ValueError if it is not an encoded parse."""
    try:
        return _decode(data)
    except (KeyError, IndexError, TypeError, OverflowError, orjson.JSONDecodeError) as exc:
        raise ValueError(f"not a stored parse: {exc}") from None


def _decode(data: bytes) -> Parse:
    if not data.startswith(MAGIC):
        raise ValueError("not a stored parse")
    at = len(MAGIC) + 4
    size = int.from_bytes(data[len(MAGIC) : at], "little")
    header: dict[str, Any] = orjson.loads(data[at : at + size])
    at += size
    labels: list[str] = header["labels"]
    lemma_table: list[str] = header["lemmas"]
    found: dict[str, array[int]] = {}
    for name, (code, count) in zip(_COLUMNS, header["columns"], strict=True):
        if code not in _LIMITS:
            raise ValueError(f"not a stored parse: column type {code!r}")
        column = array(code)
        end = at + column.itemsize * count
        if end > len(data):
            raise ValueError("not a stored parse: cut short")
        column.frombytes(data[at:end])
        if _SWAP:
            column.byteswap()
        found[name], at = column, end
    lengths, gaps = found["lengths"], found["gaps"]
    n = len(lengths)
    if any(len(found[c]) != n for c in ("gaps", "tags", "pos", "deps", "heads", "lemmas")):
        raise ValueError("not a stored parse: columns of different lengths")
    starts: list[int] = []
    ends: list[int] = []
    end = 0
    for gap, length in zip(gaps, lengths, strict=True):
        start = end + gap
        end = start + length
        starts.append(start)
        ends.append(end)
    bounds = list(accumulate(found["sentences"]))
    ents = found["ents"]
    return Parse(
        sentences=tuple(zip(bounds[0::2], bounds[1::2], strict=True)),
        starts=tuple(starts),
        ends=tuple(ends),
        tags=tuple([labels[i] for i in found["tags"]]),
        pos=tuple([labels[i] for i in found["pos"]]),
        deps=tuple([labels[i] for i in found["deps"]]),
        heads=tuple([i + h for i, h in enumerate(found["heads"])]),
        lemmas=tuple([lemma_table[i] for i in found["lemmas"]]),
        ents=tuple(
            (ents[k], ents[k] + ents[k + 1], labels[ents[k + 2]])
            for k in range(0, len(ents) - 2, 3)
        ),
    )
