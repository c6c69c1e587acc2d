"""Which articles tell the same story, in about linear time.

Two articles belong together when they share key entities (the people, places and
organisations each mentions most) and vocabulary (their titles' and summaries'
content words): at least two shared key names and some shared words, or four shared
names, or near-identical words. An article is compared with a story as a whole (the
names most of its members carry, the sum of their words), not with whichever member
it is most like: one report that mentions two stories' names must not bridge them.

Comparing every pair costs n² (a thousand articles made half a million comparisons,
each tokenising both summaries again). Here each article is tokenised once, and is
compared only with the stories holding an article indexed under one of its pairs of
key names (the only way to share two) or one of its rare words (near-identical
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
from dataclasses import dataclass, replace
from itertools import chain, combinations, repeat
from operator import add, mul

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


_MAY_END_IN_APOSTROPHE = re.compile(r"['’](?![a-z'’-])")
"""Where a word found by _WORD may end in an apostrophe (one to strip): an apostrophe
that no letter, apostrophe or hyphen follows."""


def words(text: str) -> Counter[str]:
    """Content words and their counts: lower case, no stop words, no digits."""
    # Counted in C, then the stop words taken out: a loop over every word of 10,000
    # summaries was most of grouping's time. Only where a word may end in an
    # apostrophe are the words stripped and counted again (the same counts, in the same
    # order of first appearance, as stripping every occurrence).
    lowered = text.lower()
    bag = Counter(_WORD.findall(lowered))
    pop = bag.pop
    for word in STOP.intersection(bag):
        pop(word)
    if ("'" not in lowered and "’" not in lowered) or not _MAY_END_IN_APOSTROPHE.search(lowered):
        return bag
    stripped: dict[str, int] = {}
    for word, count in bag.items():
        if word[-1] in "'’":  # it starts with a letter: only its end can be stripped
            word = word.strip("'’")
        stripped[word] = stripped.get(word, 0) + count
    return Counter(stripped)


@dataclass(frozen=True)
class Profile:
    """What grouping compares of one article, computed once."""

    names: frozenset[str]
    """Last words of its key names, lower case ("Vladimir Putin" → "putin")."""
    words: Counter[str]
    norm: float

    @classmethod
    def of(cls, analysis: Analysis) -> Profile:
        names = [e.name for e in analysis.entities.canonical if e.label in KEY_LABELS]
        bag = words(analysis.article.title + " " + " ".join(s.text for s in analysis.summary))
        counts = bag.values()
        return cls(
            names=frozenset(w[-1].lower() for w in map(str.rsplit, names[:KEY_NAMES]) if w),
            words=bag,
            norm=math.sqrt(sum(map(mul, counts, counts))),
        )


COMMON = 50
"""An index term carried by more articles than this is too common to find candidates
by ("US", "London", "government"): in a day's brief hardly any is, in a month's
a few hundred are."""


def common_names(profiles: Sequence[Profile]) -> frozenset[str]:
    """Key names so many articles carry that sharing them says nothing ("US", "BBC",
    "Washington" in a month of news): more than COMMON articles, or more than a tenth of
    a batch of a hundred or more."""
    frequency = Counter(n for p in profiles for n in p.names)
    limit = min(COMMON, max(10, len(profiles) // 10))
    return frozenset(n for n, c in frequency.items() if c > limit)


def index_terms(profiles: Sequence[Profile]) -> list[list[str]]:
    """Each article's index terms: its pairs of key names (the only way to share two)
    and its rarest words, leaving out terms too common to find candidates by and terms
    no other article has. A pair is written "name name": no word has a space, so a pair
    never equals a word, and a string keeps its hash where a tuple hashes again at each
    of the four lookups of each of a month's hundred thousand terms."""
    words = Counter(chain.from_iterable(p.words for p in profiles))
    by_frequency = words.__getitem__
    terms: list[list[str]] = []
    for p in profiles:
        mine = [f"{a} {b}" for a, b in combinations(sorted(p.names), 2)]
        mine += sorted(p.words, key=by_frequency)[:RARE_WORDS]
        terms.append(mine)
    frequency = Counter(chain.from_iterable(terms))
    return [[t for t in mine if 1 < frequency[t] <= COMMON] for mine in terms]


@dataclass
class _Story:
    """A story being gathered: its members, the sum of their word bags (the centroid's
    direction) and how many members carry each key name."""

    members: list[int]
    words: Counter[str]
    norm2: float
    names: Counter[str]

    def dot(self, p: Profile) -> int:
        """The dot product of the story's summed bag and an article's bag (in C: this
        is most of grouping's time)."""
        return sum(map(mul, map(self.words.get, p.words, repeat(0)), p.words.values()))

    def similarity(self, p: Profile, dot: int) -> float:
        """Cosine of an article's word bag and the story's summed bag, given their dot
        product."""
        if not p.norm or not self.norm2:
            return 0.0
        return dot / (p.norm * math.sqrt(self.norm2))

    def shared_names(self, p: Profile) -> int:
        """How many of the article's key names at least half the story's members carry:
        what the story is about, not a name one member mentions in passing."""
        half = len(self.members) / 2
        return sum(1 for n in p.names if self.names.get(n, 0) >= half)

    def add(self, i: int, p: Profile, dot: int | None = None) -> None:
        """Take the article in (`dot`: the story's dot product with it, if known)."""
        self.norm2 += 2 * (self.dot(p) if dot is None else dot) + p.norm * p.norm
        # Counter.update adds a mapping's counts one by one in Python; this is in C
        mine = self.words
        summed = map(add, map(mine.get, p.words, repeat(0)), p.words.values())
        dict.update(mine, zip(p.words, summed, strict=True))
        self.names.update(p.names)
        self.members.append(i)


def group(analyses: Sequence[Analysis]) -> list[list[Analysis]]:
    """Stories, in the order of their first article: each article, in order, joins the
    story it is most like among those it shares an index term with, when it is
    `related` to that story as a whole (the names most of its members carry, and the
    sum of their words), or starts a story of its own.

    Comparing an article with the story rather than with any one member is what keeps
    stories apart in a large library: with single links, each report of a month that
    shares two names and a few words with some report of another story bridges the two,
    and a thousand articles became one story of four hundred."""
    profiles = [Profile.of(a) for a in analyses]
    common = common_names(profiles)
    if common:
        profiles = [
            p if p.names.isdisjoint(common) else replace(p, names=p.names - common)
            for p in profiles
        ]
    stories: list[_Story] = []
    story_of: dict[str, set[int]] = defaultdict(set)
    for i, (p, terms) in enumerate(zip(profiles, index_terms(profiles), strict=True)):
        candidates: set[int] = set()
        for term in terms:
            found = story_of.get(term)
            if found:
                candidates |= found
        best, best_similarity, best_dot = None, 0.0, None
        for s in sorted(candidates):
            story = stories[s]
            dot = story.dot(p)
            similarity = story.similarity(p, dot)
            if similarity > best_similarity and story_related(p, story, similarity):
                best, best_similarity, best_dot = s, similarity, dot
        if best is None:
            best = len(stories)
            stories.append(_Story([], Counter(), 0.0, Counter()))
        stories[best].add(i, p, best_dot)
        for term in terms:
            story_of[term].add(best)
    return [[analyses[i] for i in story.members] for story in stories]


def story_related(p: Profile, story: _Story, similarity: float) -> bool:
    """`related`, with the story's key names and its summed words for the other side."""
    shared = story.shared_names(p)
    if shared >= 4:
        return True
    return (shared >= 2 and similarity >= 0.15) or similarity >= 0.5
