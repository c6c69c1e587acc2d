"""Heuristics as ordered tables of small named rules.

Each family of heuristics (what is not a figure, why a figure is not key, what a
mention's label should be) is a tuple of plain functions tried in order. A rule
returns None when it does not apply, and otherwise its verdict with a reason a
person can read ("a year", "a time span measured from now"). The first rule that
applies decides; its reason travels with the result, so `briefing analyze
--explain` and the tests can say *why*, not only *what*.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

Subject = TypeVar("Subject")
Verdict = TypeVar("Verdict")


def first_verdict(
    rules: Sequence[Callable[[Subject], Verdict | None]], subject: Subject
) -> Verdict | None:
    """The verdict of the first rule in `rules` that applies to `subject`, else None."""
    for rule in rules:
        verdict = rule(subject)
        if verdict is not None:
            return verdict
    return None
