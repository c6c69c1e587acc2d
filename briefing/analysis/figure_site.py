"""Where a figure sits in the parse: what extract_figures builds and the strategies read.

Site (a figure's tokens, its root, the noun it counts, every figure of the article by
its tokens) and Placed (another figure as a strategy sees it); the figure's root
(figure_root); the noun it counts ("32 cruise and ballistic missiles" → missiles,
"dozens of new roads" → roads, "three of the victims" → victims: counted_noun); the
figure it is a part of ("40 million of the 100 million euros": whole_of); and whether it
is hyphenated to a word ("five-year") or a multiplier ("three times as many").

Kept apart because extract_figures, the owners and the strategies all read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from briefing.analysis.figure_phrases import children_of, determined
from briefing.analysis.lexicon import (
    MULTIPLIED_NOUNS,
    MULTIPLIER_AFTER,
    PARTITIVE_DETERMINERS,
    RELATIVE_BEFORE,
    TIME_UNITS,
)
from briefing.analysis.tokens import Doc, Token


@dataclass(frozen=True)
class Placed:
    """A figure's tokens [first, last) and unit, as another figure's strategies see it."""

    first: int
    last: int
    unit: str


@dataclass(frozen=True)
class Site:
    """Where a figure sits in the parse: what the context strategies read."""

    doc: Doc
    first: int
    last: int
    root: Token  # the figure's token whose head lies outside it
    noun: Token | None  # the noun the figure counts or modifies ("22 goals", "a $5m deal")
    depth: int = 0  # how many conjoined figures led here
    figures: frozenset[int] = frozenset()  # the tokens of every figure in the article
    kind: str = ""  # the figure's kind (money, percent, …)
    unit: str = ""  # its unit ("m", "USD", "seconds")
    placed: Mapping[int, Placed] = field(default_factory=dict)  # every figure, by its tokens

    def outside(self, t: Token) -> bool:
        return not self.first <= t.i < self.last

    @property
    def measure(self) -> Token:
        """The head of the measure phrase: the noun the figure counts or modifies, else
        the figure's own root. Where that phrase sits in the clause says what it is about."""
        return self.noun if self.noun is not None else self.root


def figure_root(doc: Doc, first: int, last: int) -> Token:
    """The figure's token whose head lies outside the figure (its last token if none);
    not an article or punctuation the parser hung elsewhere ("a million dollar house":
    "a" belongs to the house, "million dollar" is the figure)."""
    heads = doc.heads
    outside = [doc[t] for t in range(first, last) if not first <= heads[t] < last]
    words = [t for t in outside if t.dep not in ("det", "punct")]
    return (words or outside or [doc[last - 1]])[0]


def counted_noun(doc: Doc, first: int, last: int) -> Token | None:
    """The noun a number counts: its head when the number is a nummod/quantmod, climbing
    over modifiers ("32 cruise and ballistic missiles" → missiles), or the object of "of"
    after a number word in the plural ("dozens of new roads" → roads)."""
    root = figure_root(doc, first, last)
    if root.tag == "NNS" and root.lower.isalpha():  # "dozens of new roads", "hundreds of lives"
        of = next((c for c in root.children if c.dep == "prep" and c.lower == "of"), None)
        counted = next((c for c in of.children if c.dep == "pobj"), None) if of else None
        if counted is not None and counted.pos in ("NOUN", "PROPN"):
            return counted if counted.i >= last else None  # "millions of dollars" is the sum
    part_of = _part_of_a_plural(doc, root, last)
    if part_of is not None:
        return part_of
    if root.dep not in ("nummod", "quantmod", "compound", "amod", "nmod"):
        return None
    head = root.head
    if head.pos not in ("NOUN", "PROPN") or first <= head.i < last:
        return None  # (a figure is never the noun it counts: "£35m." as a root of its own)
    if head.lower in TIME_UNITS and head.i > last and doc[head.i - 1].lower in RELATIVE_BEFORE:
        return None  # "fell by a third last year": when, not what is counted
    after = doc.get(head.i + 1)
    if head.i >= last and head.text[:1].isupper() and after is not None and after.text == ":":
        return None  # "Att: 47,111 Ref: S Bennett": a capitalised label opens a new field
    seen = 0
    while head.dep in ("compound", "amod", "conj", "nmod") and seen < 4:
        nxt = head.head
        if nxt == head or nxt.pos != "NOUN" or nxt.i < head.i:
            break
        head, seen = nxt, seen + 1
    if head.tag == "NN":  # "32 cruise and ballistic missiles": the plural conjunct is counted
        plural = [
            c
            for c in head.children
            if head.i < c.i < head.i + 6
            and c.dep == "conj"
            and c.tag == "NNS"
            and not determined(c)  # "his 25lb weight gain and the health effects": another
        ]
        if plural:
            head = plural[0]
    return head


def _part_of_a_plural(doc: Doc, root: Token, last: int) -> Token | None:
    """ "14 of its biggest projects", "three of the victims": a number before "of" and a
    determiner counts the plural noun after them (a whole that a figure gives, "300 of
    the 2,000 tickets", is the part-of-a-whole rule's)."""
    of, det = doc.get(last), doc.get(last + 1)
    if of is None or det is None or of.lower != "of" or det.lower not in PARTITIVE_DETERMINERS:
        return None
    if of.head != root or root.pos != "NUM":
        return None
    noun = next((c for c in children_of(of) if c.dep == "pobj"), None)
    if noun is None or noun.tag != "NNS" or any(c.dep == "nummod" for c in children_of(noun)):
        return None
    return noun


def whole_of(doc: Doc, last: int, placed: Mapping[int, Placed]) -> Placed | None:
    """The figure a figure ending before token `last` is a part of ("40 million" + "of
    the" + "100 million euros"), or None: "of", a determiner, then a figure."""
    of, det = doc.get(last), doc.get(last + 1)
    if of is None or det is None or of.lower != "of" or det.lower not in PARTITIVE_DETERMINERS:
        return None
    whole = placed.get(last + 2)
    if whole is None or whole.first != last + 2 or hyphenated(doc, whole.first, whole.last):
        return None  # "five of the three-ton satellites": a modifier, no whole
    return whole


def hyphenated(doc: Doc, first: int, last: int) -> bool:
    """ "five-year", "20-point": a number hyphenated to a word is part of a modifier."""
    return "-" in doc.text(first, last) or doc.body[doc.parse.ends[last - 1] :][:1] == "-"


def a_multiplier(doc: Doc, last: int) -> bool:
    """ "almost five times as many people", "three times higher": the number before
    "times" says how many times more, not how many of the noun after it."""
    times, after = doc.get(last), doc.get(last + 1)
    if times is None or times.lower != "times" or after is None:
        return False
    if after.lower != "the":
        return after.lower in MULTIPLIER_AFTER
    words = (doc.get(last + k) for k in (2, 3, 4))
    noun = next((t for t in words if t is not None and t.pos == "NOUN"), None)
    return noun is not None and noun.lower in MULTIPLIED_NOUNS  # "three times the national
    # average"; "three times the world number two hangs in" is three occasions
