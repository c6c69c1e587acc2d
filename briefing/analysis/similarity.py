"""Cosine similarity of word-count bags: the one measure of "says the same thing"
used by the summariser (near-duplicate sentences) and the brief (related articles)."""

from __future__ import annotations

import math
from collections import Counter
from itertools import repeat
from operator import mul


def cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    # the sums run in C; a word of `a` that `b` lacks adds nothing (0), as it was left out
    dot = sum(map(mul, a.values(), map(b.get, a, repeat(0))))
    norms = sum(map(mul, a.values(), a.values())) * sum(map(mul, b.values(), b.values()))
    return dot / math.sqrt(norms)
