"""One copy of each story: which articles are the same text, carried by several feeds.

Two articles are copies when their addresses are the same once tracking parameters
and the like are dropped (`briefing.urls.normalise_url`), or when their bodies share
at least `SAME_TEXT` of their word shingles (runs of `SHINGLE_WORDS` words; the share
is of the shingles either text has, Jaccard's measure, as Feedly's "same story" test
does). A wire story that two papers print with a changed sentence or a different
standfirst is one text; two reports of the same event, written apart, are not (the
brief groups those into one story, and lists each).

This is the one test of "the same text": the brief uses it so a story never lists a
copy twice, and the reader uses it for "also in:" and for marking every copy read.
It reads only Articles, imports nothing heavy, and runs in about linear time.

A text's shingles are hashed the same way in every process and run (not with Python's
salted string hash), so they are a fingerprint the cache can keep: the brief compares
stored fingerprints and reads no body (`Fingerprint`).
A few texts (a story's members) are compared pair by pair, exactly: by a bit set of
each text's shingles first (one AND in C bounds how many two share), shingle by
shingle only where the bound allows a copy. Many texts (a whole library) are compared
only with those sharing one of their rarest shingles (a text's few smallest shingle
hashes: two texts with 85% in common nearly always share some)."""

from __future__ import annotations

import heapq
import re
import sys
from array import array
from collections import defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from itertools import repeat
from zlib import crc32

from briefing.article import Article
from briefing.urls import normalise_url

SHINGLE_WORDS = 3
SAME_TEXT = 0.85
"""Share of shingles two bodies must have in common to be one text."""
MIN_SHINGLES = 20
"""A body with fewer shingles (under about twenty words) is compared by address only:
two teasers that say "Read more on our website" are not one story."""
MAX_WORDS = 5000
"""Only the start of a very long text is compared (its cost, not its meaning)."""
EVERY_PAIR = 400
"""Up to this many texts are compared pair by pair (a story's members: at most
80,000 comparisons of bit sets, a few microseconds each); more, through the sketch."""
SKETCH = 8
"""How many of a text's smallest shingle hashes index it (among many texts)."""
COMMON = 50
"""A sketch hash more texts than this carry (boilerplate) finds no candidates."""
BAGS_KEPT = 256
"""Sets of shingles kept at once while many texts are compared (see the sketch)."""

_WORD = re.compile(r"\w+")
_LOW32 = 0xFFFFFFFF
_ARRAY = "I" if array("I").itemsize == 4 else "L"
SPREAD = 1 << 14
"""Bits of a fingerprint's bit set (2 KB): a shingle sets bit `hash % SPREAD`."""
FINGERPRINT_VERSION = f"1;{hash((1, 2, 3)) & _LOW32};{sys.byteorder};{SPREAD}"
"""What a stored fingerprint depends on besides the text: this code, and how this
Python hashes a tuple of integers (a build that hashes them otherwise stores its own)."""

Bag = frozenset[int]


def shingles(text: str) -> Bag:
    """The 32-bit hashes of the text's runs of SHINGLE_WORDS words (lower case,
    punctuation and spacing ignored), the same in every process."""
    words = _WORD.findall(text.lower())[:MAX_WORDS]
    distinct = set(words)
    code = dict(zip(distinct, map(crc32, map(str.encode, distinct)), strict=True))
    codes = list(map(code.__getitem__, words))
    runs = zip(*(codes[i:] for i in range(SHINGLE_WORDS)), strict=False)
    return frozenset(map(_LOW32.__and__, map(hash, runs)))


class Fingerprint:
    """A text's shingles, kept compactly, with a bit set that bounds how many two texts
    share: every shared shingle sets the same bit in both, so the bits both have, plus
    the shingles that fell on a bit another of the text's shingles set, are at least the
    shingles they share. For two texts that are not copies that bound is nearly always
    proof enough, and their shingles are never compared one by one."""

    __slots__ = ("_bag", "_bits", "size", "values")

    def __init__(self, values: Collection[int], bits: int | None = None) -> None:
        self.values = values
        """The distinct shingle hashes (an array, or a frozenset)."""
        self.size = len(values)
        self._bits = bits
        self._bag: Bag | None = values if isinstance(values, frozenset) else None

    @classmethod
    def of(cls, text: str) -> Fingerprint:
        return cls(shingles(text))

    @classmethod
    def compact(cls, text: str) -> Fingerprint:
        """`of`, its shingles kept in an array (4 bytes each, not a set's 60 or so):
        a library's 10,000 texts held as sets took some 300 MB."""
        return cls(array(_ARRAY, shingles(text)))

    @property
    def bag(self) -> Bag:
        if self._bag is None:
            self._bag = frozenset(self.values)
        return self._bag

    def bag_for_now(self) -> Bag:
        """The shingles as a set, not kept (for a comparison among many texts)."""
        return self._bag if self._bag is not None else frozenset(self.values)

    @property
    def bits(self) -> int:
        if self._bits is None:
            digits = bytearray(b"0") * SPREAD
            low = SPREAD - 1
            deque(map(digits.__setitem__, map(low.__and__, self.values), repeat(ord("1"))), 0)
            self._bits = int(digits[::-1], 2)  # bit k is digit k; a power-of-two base: linear
        return self._bits

    def encode(self) -> bytes:
        """As the cache stores it: a NUL byte, the bit set, then the shingles (4 bytes
        each, in the machine's order: FINGERPRINT_VERSION names it)."""
        return (
            b"\x00"
            + self.bits.to_bytes(SPREAD // 8, "little")
            + array(_ARRAY, self.values).tobytes()
        )

    @classmethod
    def decode(cls, data: bytes) -> Fingerprint:
        """What `encode` stored; ValueError for anything else."""
        head = 1 + SPREAD // 8
        size = array(_ARRAY).itemsize
        if not data.startswith(b"\x00") or len(data) < head or (len(data) - head) % size:
            raise ValueError("not a stored fingerprint")
        view = memoryview(data)
        values = array(_ARRAY)
        values.frombytes(view[head:])
        return cls(values, int.from_bytes(view[1:head], "little"))


def overlap(a: Bag, b: Bag) -> float:
    """The share of the shingles either text has that both have (0 when either has none)."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def same_text(a: Bag, b: Bag) -> bool:
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return False
    small, large = sorted((len(a), len(b)))
    if small < SAME_TEXT * large:  # even all of the smaller one in common is too little
        return False
    return overlap(a, b) >= SAME_TEXT


def url_key(article: Article) -> str | None:
    return normalise_url(article.url) if article.url else None


def same_story(a: Article, b: Article) -> bool:
    """Whether two articles are the same story text: one address, or one body (the same
    id, or SAME_TEXT of their shingles in common)."""
    if a.id == b.id:
        return True
    key = url_key(a)
    if key is not None and key == url_key(b):
        return True
    return same_text(shingles(a.body), shingles(b.body))


def fingerprints_of(articles: Sequence[Article]) -> list[Fingerprint]:
    """The articles' fingerprints, from their bodies (a cache's stored ones are cheaper:
    `Analyzer.fingerprints`)."""
    return [Fingerprint.of(a.body) for a in articles]


Fingerprints = Callable[[Sequence[Article]], Sequence[Fingerprint]]
"""Where the shingles of some articles come from, in their order."""


def copy_groups(
    articles: Sequence[Article], fingerprints: Fingerprints = fingerprints_of
) -> list[list[int]]:
    """The articles gathered into groups of copies, as indexes into `articles`: every
    index in exactly one group, each group in the order given, the groups in the order
    of their first member. An article with no copy is a group of one."""
    ids, urls = [a.id for a in articles], [url_key(a) for a in articles]
    return copy_groups_in(ids, urls, fingerprints(articles))


def copy_groups_of(
    ids: Sequence[str], urls: Sequence[str | None], bodies: Sequence[str]
) -> list[list[int]]:
    """`copy_groups` over texts given as their ids, normalised addresses (None: none)
    and bodies, for a process that has the texts but not the articles."""
    return copy_groups_in(ids, urls, [Fingerprint.compact(body) for body in bodies])


def copy_groups_in(
    ids: Sequence[str], urls: Sequence[str | None], prints: Sequence[Fingerprint]
) -> list[list[int]]:
    """`copy_groups` over texts given as their ids, normalised addresses and
    fingerprints."""
    parent = list(range(len(ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    first_of: dict[str, int] = {}
    for i, (article_id, url) in enumerate(zip(ids, urls, strict=True)):
        for key in (f"id:{article_id}", f"url:{url}" if url else None):
            if key is None:
                continue
            if key in first_of:
                join(first_of[key], i)
            else:
                first_of[key] = i
    texts = [i for i, p in enumerate(prints) if p.size >= MIN_SHINGLES]
    if len(texts) <= EVERY_PAIR:
        pairs = _every_alike_pair(prints, texts)
    else:
        pairs = _alike_pairs_by_sketch(prints, texts, lambda i, j: root(i) != root(j))
    for i, j in pairs:
        join(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(ids)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _every_alike_pair(prints: Sequence[Fingerprint], texts: list[int]) -> Iterable[tuple[int, int]]:
    """Every pair of the texts that is one text (same_text), each compared with every
    other of a size that allows it: by their bit sets first (in C), and shingle by
    shingle only where the bits allow SAME_TEXT in common."""
    by_size = sorted(texts, key=lambda i: prints[i].size)
    bits = [prints[i].bits for i in by_size]
    sizes = [prints[i].size for i in by_size]
    lost = [size - b.bit_count() for size, b in zip(sizes, bits, strict=True)]
    for x, i in enumerate(by_size):
        size, mine, my_lost = sizes[x], bits[x], lost[x]
        for y in range(x + 1, len(by_size)):
            other = sizes[y]
            if size < SAME_TEXT * other:  # the rest are larger still
                break
            most = (mine & bits[y]).bit_count() + min(my_lost, lost[y])
            if most / (size + other - most) < SAME_TEXT:
                continue
            j = by_size[y]
            common = len(prints[i].bag.intersection(prints[j].values))
            if common / (size + other - common) >= SAME_TEXT:
                yield i, j


def _alike_pairs_by_sketch(
    prints: Sequence[Fingerprint], texts: list[int], apart: Callable[[int, int], bool]
) -> Iterable[tuple[int, int]]:
    """Pairs of the texts that are one text, among those sharing a sketch hash (each
    pair compared once, and only while `apart`: not yet known to be one). A text's set
    of shingles is made when it is compared, and only the last few are kept: all of a
    library's at once were most of the memory of finding its copies."""
    postings: dict[int, list[int]] = defaultdict(list)
    for i in texts:
        for h in heapq.nsmallest(SKETCH, prints[i].values):
            postings[h].append(i)
    bag = lru_cache(maxsize=BAGS_KEPT)(lambda i: prints[i].bag_for_now())
    compared: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) < 2 or len(members) > COMMON:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in compared or not apart(i, j):
                    continue
                compared.add((i, j))
                small, large = sorted((prints[i].size, prints[j].size))
                if small < SAME_TEXT * large:  # as same_text says, without the sets
                    continue
                if same_text(bag(i), bag(j)):
                    yield i, j


def copies_of(articles: Sequence[Article]) -> dict[str, tuple[Article, ...]]:
    """For each article that has copies, the other copies (by article id), in the
    order given: what "also in: BBC, Reuters" lists, and what marking one read marks."""
    return copies_in_groups(articles, copy_groups(articles))


def copies_in_groups(
    articles: Sequence[Article], groups: Sequence[Sequence[int]]
) -> dict[str, tuple[Article, ...]]:
    """`copies_of`, from the groups `copy_groups` found (made elsewhere)."""
    out: dict[str, tuple[Article, ...]] = {}
    for group in groups:
        if len(group) < 2:
            continue
        for i in group:
            out[articles[i].id] = tuple(articles[j] for j in group if j != i)
    return out
