"""Which articles tell the same story, in about linear time.

Two articles belong together when they share key entities (the people, places and
organisations each mentions most) and vocabulary (their titles' and summaries'
content words): at least two shared key names and some shared words, or four shared
names, or near-identical words. Stories are the connected components of that
relation.

Comparing every pair costs n² (a thousand articles made half a million comparisons,
each tokenising both summaries again). Here each article is tokenised once, and only
articles that could be related are compared: those indexed under the same pair of key
names (the only way to share two), or under the same rare word (near-identical
wording always shares some of its rarest words). A name or word that most of a
month's articles carry ("US", "government") is no evidence that two of them tell one
story, and indexing it would bring back the n²; such terms are left out of the index,
though they still count when two candidates are compared.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from briefing.analysis.model import Analysis

KEY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT")
KEY_NAMES = 8
"""How many of an article's most mentioned names are its key names."""
RARE_WORDS = 8
"""How many of an article's rarest words index it."""
STOP = frozenset(
    """a an and are as at be been but by for from had has have he her his in into is it its of
    on or over said says she that the their them there they this to was were which while who
    will with would after before more than also not new one two""".split()
)
_WORD = re.compile(r"[a-z][a-z'’-]+")


def words(text: str) -> Counter[str]:
    """Content words and their counts: lower case, no stop words, no digits."""
    # Counted as found, then each distinct word once (the same counts, in the same order
    # of first appearance, as stripping every occurrence), into a dict: a Counter's
    # missing-key hook is Python, called once per new word of 10,000 summaries.
    bag: dict[str, int] = {}
    for word, count in Counter(_WORD.findall(text.lower())).items():
        if word not in STOP:
            if word[-1] in "'’":  # it starts with a letter: only its end can be stripped
                word = word.strip("'’")
            bag[word] = bag.get(word, 0) + count
    return Counter(bag)


@dataclass(frozen=True)
class Profile:
    """What grouping compares of one article, computed once."""

    names: frozenset[str]
    """Last words of its key names, lower case ("Vladimir Putin" → "putin")."""
    words: Counter[str]
    norm: float

    @classmethod
    def of(cls, analysis: Analysis) -> Profile:
        names = [e for e in analysis.entities.canonical if e.label in KEY_LABELS][:KEY_NAMES]
        bag = words(analysis.article.title + " " + " ".join(s.text for s in analysis.summary))
        return cls(
            names=frozenset(w.lower() for e in names for w in e.name.split()[-1:]),
            words=bag,
            norm=math.sqrt(sum(v * v for v in bag.values())),
        )

    def similarity(self, other: Profile) -> float:
        """Cosine of the two word bags."""
        if not self.norm or not other.norm:
            return 0.0
        mine, theirs = self.words, other.words
        dot = sum(mine[k] * theirs[k] for k in mine.keys() & theirs.keys())
        return dot / (self.norm * other.norm)


def related(a: Profile, b: Profile) -> bool:
    """Same story: at least two shared key names and some shared vocabulary, four
    shared names, or near-identical vocabulary."""
    shared = len(a.names & b.names)
    if shared >= 4:
        return True
    similarity = a.similarity(b)
    return (shared >= 2 and similarity >= 0.1) or similarity >= 0.5


COMMON = 50
"""An index term carried by more articles than this is too common to find candidates
by ("US", "London", "government"): in a day's brief hardly any is, in a month's
a few hundred are."""


def index(profiles: Sequence[Profile]) -> list[list[int]]:
    """Lists of articles (in order) indexed under the same pair of key names or the same
    rare word, leaving out terms too common to index."""
    frequency: Counter[str] = Counter()
    for p in profiles:
        frequency.update(p.words.keys())
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for names in combinations(sorted(p.names), 2):
            postings[names].append(i)
        rare = sorted(p.words, key=frequency.__getitem__)[:RARE_WORDS]
        for word in rare:
            if frequency[word] > 1:
                postings[(word,)].append(i)
    return [members for members in postings.values() if 1 < len(members) <= COMMON]


def group(analyses: Sequence[Analysis]) -> list[list[Analysis]]:
    """Connected components of `related` among the articles each index list holds, in
    the order of their first article. Articles already in one story are not compared
    again, and a pair found unrelated once is not compared in the next list."""
    profiles = [Profile.of(a) for a in analyses]
    parent = list(range(len(analyses)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def joined(first: list[int], second: list[int]) -> bool:
        """Whether some pair across the two parts is related (each pair judged once)."""
        for i in first:
            for j in second:
                pair = (i, j) if i < j else (j, i)
                if pair in unrelated:
                    continue
                if related(profiles[i], profiles[j]):
                    return True
                unrelated.add(pair)
        return False

    # A list's members already in one story need no comparing among themselves: only
    # the parts it holds of different stories are compared, until one pair joins them.
    # Stories are the components of the related pairs whatever the order they are
    # found in, and a story's root is always its first article.
    unrelated: set[tuple[int, int]] = set()
    for members in index(profiles):
        parts: dict[int, list[int]] = {}
        for i in members:
            r = parent[i]  # mostly a root or one step from it: no call
            if parent[r] != r:
                r = root(r)
            parts.setdefault(r, []).append(i)
        if len(parts) == 1:
            continue  # all in one story already
        listed = list(parts.values())
        for x, first in enumerate(listed):
            for second in listed[x + 1 :]:
                a, b = root(first[0]), root(second[0])
                if a != b and joined(first, second):
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, list[Analysis]] = {}
    for i, analysis in enumerate(analyses):
        groups.setdefault(root(i), []).append(analysis)
    return list(groups.values())
