"""Choosing a summary's units by rating, and saying why every other sentence was left out.

The choice is greedy, by maximal marginal relevance: each round takes the best unit
that still fits, is fit to show and does not repeat a unit already taken. A unit that
needs the one before it comes with it or gives way to the next best. The pair is valued
at a weighted mean of the two ratings, the sentence before counting `antecedent_weight`
as much as the one that needs it: at 1 a strong sentence cannot drag in a weak lead for
free, at less it is what the reader came for and the sentence before is its context.
When too few fit units exist, the rest is filled with unfit ones; a piece of a unit is
shown alone only when no unit fits whole at all, so a summary may come out a sentence
short rather than show half a quotation.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import mul

BELOW = "rated below the sentences chosen"


@dataclass
class Selection:
    """Sentences chosen (indices, best first) and, for every other one, why not."""

    chosen: list[int] = field(default_factory=list)
    dropped: dict[int, str] = field(default_factory=dict)


def _span(names: Sequence[int], first: int, last: int) -> str:
    a, b = names[first], names[last]
    return f"sentence {a}" if a == b else f"sentences {a}–{b}"


def select_units(
    ratings: Sequence[float],
    bags: Sequence[Counter[str]],
    units: Sequence[Sequence[int]],
    count: int,
    redundancy: float,
    needs: Sequence[int | None] | None = None,
    reasons: Sequence[str | None] | None = None,
    names: Sequence[int] | None = None,
    never: Collection[int] = (),
    antecedent_weight: float = 1.0,
) -> Selection:
    """Pick units worth `count` sentences; `needs[u]` is the unit that must come with
    unit u, `reasons[u]` why u is unfit to show (None if fit); units in `never` are not
    shown even to fill the summary up (a quotation that cannot be shown whole);
    `names` the sentence numbers the reasons print (the indices themselves by default);
    `antecedent_weight` how much the units a unit brings along count in its value."""
    n = len(units)
    needs = needs if needs is not None else [None] * n
    reasons = reasons if reasons is not None else [None] * n
    names = names if names is not None else range(sum(len(u) for u in units))
    order = sorted(range(n), key=lambda u: (-ratings[u], units[u][0]))
    picked: list[int] = []
    taken: set[int] = set()
    repeats: dict[int, int] = {}  # unit → a picked unit it nearly repeats
    why: dict[int, tuple[int, str]] = {}
    size = 0

    # the cosine of two units' bags, each bag's squared norm counted once (a long
    # extract compares every pick with every unit: this was most of its time)
    squares = [sum(map(mul, bag.values(), bag.values())) for bag in bags]

    def near(u: int, v: int) -> float:
        a, b = (bags[u], bags[v]) if len(bags[u]) <= len(bags[v]) else (bags[v], bags[u])
        if not a:
            return 0.0
        dot = sum(map(mul, a.values(), map(b.get, a, repeat(0))))  # the sums run in C
        return dot / math.sqrt(squares[u] * squares[v]) if dot else 0.0

    def note(u: int, priority: int, reason: str) -> None:
        if u not in why or why[u][0] < priority:
            why[u] = (priority, reason)

    def chain(u: int) -> list[int]:
        out = [u]
        v = needs[u]
        while v is not None and v not in taken:  # needs point backwards: this ends
            out.append(v)
            v = needs[v]
        return out

    for check in (True, False):
        while size < count:
            best: list[int] | None = None
            best_value = float("-inf")
            for u in order:
                if u in taken:
                    continue
                with_context = chain(u)
                new = sum(len(units[v]) for v in with_context)
                if (check and reasons[u] is not None) or u in never:
                    note(u, 4, reasons[u] or "")
                    continue
                if any(v in never for v in with_context):
                    continue
                if size + new > count:
                    if len(units[u]) > count:
                        note(
                            u,
                            2,
                            f"runs over {_span(names, units[u][0], units[u][-1])}, "
                            "longer than the summary",
                        )
                    elif new > count:
                        first = units[with_context[-1]][0]
                        note(
                            u,
                            2,
                            f"needs {_span(names, first, units[u][0] - 1)} before it, "
                            "more than the summary holds",
                        )
                    continue
                if check:
                    unfit = [v for v in with_context[1:] if reasons[v] is not None]
                    if unfit:
                        v = unfit[0]
                        note(
                            u,
                            3,
                            f"needs {_span(names, units[v][0], units[v][-1])} before "
                            f"it, which is {reasons[v]}",
                        )
                        continue
                    twin = next((repeats[v] for v in with_context if v in repeats), None)
                    if twin is not None:
                        note(u, 3, f"repeats {_span(names, units[twin][0], units[twin][-1])}")
                        continue
                value = (
                    ratings[u] + antecedent_weight * sum(ratings[v] for v in with_context[1:])
                ) / (1 + antecedent_weight * (len(with_context) - 1))
                if value > best_value:
                    best, best_value = with_context, value
            if best is None:
                break
            for v in best:
                picked.append(v)
                taken.add(v)
                size += len(units[v])
                for u in range(n):
                    if u not in taken and u not in repeats and near(u, v) >= redundancy:
                        repeats[u] = v
    chosen = [i for u in picked for i in units[u]]
    rest = [i for u in order if u not in taken and u not in never for i in units[u]]
    if not chosen:  # no unit fits whole: a piece alone rather than nothing
        chosen = rest[:count]
    for u in range(n):  # "rated below" is judged against the final summary
        if u not in taken and why.get(u, (0, ""))[0] == 0:
            with_context = chain(u)
            if len(with_context) > 1:
                first = units[with_context[-1]][0]
                why[u] = (
                    1,
                    f"needs {_span(names, first, units[u][0] - 1)} before it, and "
                    "together they rate below the sentences chosen",
                )
    shown = set(chosen)
    dropped = {i: why.get(u, (0, BELOW))[1] for u in range(n) for i in units[u] if i not in shown}
    return Selection(chosen, dropped)
