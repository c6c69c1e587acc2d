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
It reads only Articles, imports nothing heavy, and runs in about linear time: each
text is compared only with those sharing one of its rarest shingles (a text's few
smallest shingle hashes: two texts with 85% in common nearly always share some).
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Sequence

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
SKETCH = 8
"""How many of a text's smallest shingle hashes index it."""
COMMON = 50
"""A sketch hash more texts than this carry (boilerplate) finds no candidates."""

_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    """The hashes of the text's runs of SHINGLE_WORDS words (lower case, punctuation
    and spacing ignored)."""
    words = _WORD.findall(text.lower())[:MAX_WORDS]
    runs = zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False)
    return frozenset(map(hash, runs))


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of the shingles either text has that both have (0 when either has none)."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def same_text(a: frozenset[int], b: frozenset[int]) -> bool:
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


def copy_groups(articles: Sequence[Article]) -> list[list[int]]:
    """The articles gathered into groups of copies, as indexes into `articles`: every
    index in exactly one group, each group in the order given, the groups in the order
    of their first member. An article with no copy is a group of one."""
    return copy_groups_of(
        [a.id for a in articles], [url_key(a) for a in articles], [a.body for a in articles]
    )


def copy_groups_of(
    ids: Sequence[str], urls: Sequence[str | None], bodies: Sequence[str]
) -> list[list[int]]:
    """`copy_groups` over texts given as their ids, normalised addresses (None: none)
    and bodies, for a process that has the texts but not the articles."""
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
    bags = [shingles(body) for body in bodies]
    postings: dict[int, list[int]] = defaultdict(list)
    for i, bag in enumerate(bags):
        if len(bag) >= MIN_SHINGLES:
            for h in heapq.nsmallest(SKETCH, bag):
                postings[h].append(i)
    for members in postings.values():
        if len(members) < 2 or len(members) > COMMON:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if root(i) != root(j) and same_text(bags[i], bags[j]):
                    join(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(ids)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


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
