"""The article's sentences as units a summary shows whole, and what each unit needs.

A summary shows a unit whole or not at all: a sentence the layout broke over lines is
one unit, and so is a quotation the source ran over several sentences (only its last
sentence closes the quote, and each new paragraph of it opens again). A unit whose
first words point back at the sentence before ("He said...", "However, ...") needs the
unit before it: it is shown with it or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.summary_rules import (
    UNCLOSED_QUOTE,
    UNOPENED_QUOTE,
    is_cut,
    points_back,
    quote_marks,
    starts_lowercase,
)

LONGEST_QUOTATION = 6
"""Sentences a quotation may run over before an unclosed mark counts as a slip of the
source (a missing closing mark) rather than a long quotation."""


@dataclass(frozen=True)
class Unit:
    """Sentences (indices, in order) a summary shows together or not at all."""

    members: tuple[int, ...]
    sentences: int
    """How many sentences a reader counts in it: the pieces of a broken one count once."""
    broken: bool
    """Whether it holds a sentence the layout broke over lines."""
    needs: int | None = None
    """The index of the unit that must be shown before it, if its opener points back."""
    problem: str | None = None
    """A quotation mark the unit cannot be shown with: one never closed or never opened."""


def sentence_units(texts: Sequence[str]) -> list[list[int]]:
    """The article's sentences as a reader sees them: a run of pieces the source broke
    apart (a line break in the middle of a sentence) is one unit, else one sentence each."""
    units: list[list[int]] = []
    for i, text in enumerate(texts):
        # a "sentence" of punctuation alone (a closing quote mark the parser split off)
        # is the end of the one before
        if units and (is_cut(texts[i - 1], text) or not any(c.isalnum() for c in text)):
            units[-1].append(i)
        else:
            units.append([i])
    return units


def _quotations(
    texts: Sequence[str], pieces: Sequence[Sequence[int]]
) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """Runs of pieces (first, last) that one quotation spans, and the pieces whose
    marks cannot be matched. A quotation never nests in news (a quote within a quote
    takes single marks), so an opening mark inside an open quotation goes on with it."""
    runs: list[tuple[int, int]] = []
    problems: dict[int, str] = {}
    opened: int | None = None
    for p, piece in enumerate(pieces):
        for opens in quote_marks(" ".join(texts[i] for i in piece)):
            if opens:
                opened = p if opened is None else opened
            elif opened is None:
                problems.setdefault(p, UNOPENED_QUOTE)
            else:
                if opened != p:
                    runs.append((opened, p))
                opened = None
        if opened is not None and p - opened + 1 >= LONGEST_QUOTATION:
            # too long to show whole, or a closing mark the source left out: no
            # sentence of it can be shown (one alone would misattribute the words)
            for q in range(opened, p + 1):
                problems.setdefault(q, UNCLOSED_QUOTE)
            opened = None
    if opened is not None:
        for q in range(opened, len(pieces)):
            problems.setdefault(q, UNCLOSED_QUOTE)
    return runs, problems


def reading_units(texts: Sequence[str]) -> list[Unit]:
    """The units of `texts`, in order: broken sentences and quotations joined, each
    with the unit it needs before it and any quotation mark it cannot be shown with."""
    pieces = sentence_units(texts)
    runs, problems = _quotations(texts, pieces)
    run_end = dict(runs)
    units: list[Unit] = []
    p = 0
    while p < len(pieces):
        last = run_end.get(p, p)
        while run_end.get(last, last) > last:  # a quotation closed and another opened
            last = run_end[last]
        group = pieces[p : last + 1]
        members = tuple(i for piece in group for i in piece)
        problem = next((problems[q] for q in range(p, last + 1) if q in problems), None)
        opener = texts[members[0]]
        goes_on = points_back(opener) or starts_lowercase(opener)
        needs = len(units) - 1 if units and goes_on else None
        units.append(
            Unit(members, len(group), any(len(piece) > 1 for piece in group), needs, problem)
        )
        p = last + 1
    return units
