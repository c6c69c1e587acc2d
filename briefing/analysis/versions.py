"""The version of each cheap stage's output, the part of its cache key that changes
when its code does: bump a stage's number when its results change, and stale entries
are never served.

Kept apart from the stages so that a warm start builds its cache keys without
importing the stages' rules and word lists (about 0.1 s of regular expressions and
tables), which only a cache miss needs.
"""

from __future__ import annotations

SUMMARY = "9"
ENTITIES = "91"
FIGURES = "60"
