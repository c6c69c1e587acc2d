"""The stored parse as compact integer columns, not JSON.

A parse is a dozen columns of one value per token; as JSON a 1,300-word article's
was 20 KB compressed, most of a 10,000-article cache. Here each column is an integer
array of the smallest type that holds it: offsets as differences (a token's length,
the gap before it), heads as the distance to the head, labels (tags, dependencies,
entity labels) as indices into the article's own table of them. A part of speech is
stored only where it is not the one its tag has most often in the article, and a
lemma only where it is neither the token's text nor that text in lower case (four
tokens in five): both read back from the body, which is why decoding needs it. The
cache compresses the result with zlib, which shrinks such columns far better than
text: that article's parse takes some 7 KB.

    MAGIC  header length (4 bytes, little-endian)  header (JSON)  columns

The header names the string tables and, for each column, its array type code and
length; the columns follow in that order, little-endian. `decode` raises ValueError
for anything that is not such a value (the cache then treats it as a miss).
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from itertools import accumulate
from typing import Any

import orjson

from briefing.analysis.model import Parse

MAGIC = b"\x00parse4\x00"
"""The first bytes of an encoded parse (no JSON text starts with a NUL)."""

_COLUMNS = (
    "lengths", "gaps", "tags", "pos", "deps", "heads", "lemmas", "sentences", "ents", "usual",
)  # fmt: skip
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


def _usual_pos(tags: list[int], pos: list[int]) -> dict[int, int]:
    """Each tag's most frequent part of speech in the article (the first met of equals)."""
    counts: dict[int, Counter[int]] = {}
    for tag, p in zip(tags, pos, strict=True):
        counts.setdefault(tag, Counter())[p] += 1
    return {tag: found.most_common(1)[0][0] for tag, found in counts.items()}


def encode(parse: Parse, body: str) -> bytes:
    """The stored form of `parse`, the parse of `body` (see the module's docstring)."""
    ends = (0, *parse.ends[:-1])
    labels: dict[str, int] = {}
    tags = _interned(parse.tags, labels)
    pos = _interned(parse.pos, labels)
    usual = _usual_pos(tags, pos)
    lemmas: dict[str, int] = {}
    lemma_codes = []
    for start, end, lemma in zip(parse.starts, parse.ends, parse.lemmas, strict=True):
        text = body[start:end]
        if lemma == text:
            lemma_codes.append(0)
        elif lemma == text.lower():
            lemma_codes.append(1)
        else:
            lemma_codes.append(2 + lemmas.setdefault(lemma, len(lemmas)))
    sentences = [x for s, e in parse.sentences for x in (s, e)]
    entities = [
        x for s, e, label in parse.ents for x in (s, e - s, labels.setdefault(label, len(labels)))
    ]
    columns = {
        "lengths": [e - s for s, e in zip(parse.starts, parse.ends, strict=True)],
        "gaps": [s - e for s, e in zip(parse.starts, ends, strict=False)],
        "tags": tags,
        "pos": [0 if p == usual[t] else p + 1 for t, p in zip(tags, pos, strict=True)],
        "deps": _interned(parse.deps, labels),
        "heads": [h - i for i, h in enumerate(parse.heads)],
        "lemmas": lemma_codes,
        "sentences": [b - a for a, b in zip([0, *sentences], sentences, strict=False)],
        "ents": entities,
        "usual": [x for tag, p in usual.items() for x in (tag, p)],
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


def decode(data: bytes, body: str) -> Parse:
    """The parse of `body` that `data` stores; ValueError if it is not an encoded parse."""
    try:
        return _decode(data, body)
    except (KeyError, IndexError, TypeError, OverflowError, orjson.JSONDecodeError) as exc:
        raise ValueError(f"not a stored parse: {exc}") from None


def _decode(data: bytes, body: str) -> Parse:
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
    steps = [0] * (2 * n)  # gap, length, gap, length …: their running sum is the offsets
    steps[0::2], steps[1::2] = gaps, lengths
    offsets = list(accumulate(steps))
    starts, ends = offsets[0::2], offsets[1::2]
    bounds = list(accumulate(found["sentences"]))
    ents = found["ents"]
    if len(ents) % 3 or len(bounds) % 2 or len(found["usual"]) % 2:
        raise ValueError("not a stored parse: a column cut short")
    pairs = found["usual"]
    usual = {pairs[k]: labels[pairs[k + 1]] for k in range(0, len(pairs), 2)}
    tags = found["tags"]
    pos = [usual[t] if p == 0 else labels[p - 1] for t, p in zip(tags, found["pos"], strict=True)]
    texts = [body[s:e] for s, e in zip(starts, ends, strict=True)]
    lemmas = [
        t if c == 0 else t.lower() if c == 1 else lemma_table[c - 2]
        for t, c in zip(texts, found["lemmas"], strict=True)
    ]
    label = labels.__getitem__
    return Parse(
        sentences=tuple(zip(bounds[0::2], bounds[1::2], strict=True)),
        starts=tuple(starts),
        ends=tuple(ends),
        tags=tuple(map(label, tags)),
        pos=tuple(pos),
        deps=tuple(map(label, found["deps"])),
        heads=tuple([i + h for i, h in enumerate(found["heads"])]),
        lemmas=tuple(lemmas),
        ents=tuple(
            (ents[k], ents[k] + ents[k + 1], labels[ents[k + 2]]) for k in range(0, len(ents), 3)
        ),
    )
