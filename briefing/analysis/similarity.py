"""Cosine similarity of word-count bags: the one measure of "says the same thing"
used by the summariser (near-duplicate sentences) and the brief (related articles)."""

from __future__ import annotations

import math
from collections import Counter


def cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
