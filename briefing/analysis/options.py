"""Summary options as values: which summariser, and how long, parsed once at the edge.

A length used to travel as a string ("3", "20%") and was parsed in five places by
two parsers that disagreed: "3.0" passed the config check and failed later, and
"+" on "100%" built "110%". Here a `Length` is parsed once, where it enters (the
config file, the environment, a flag), and everything after works with the value:
its bounded `longer()`/`shorter()`, its sentence count for an article, and the
string that goes into cache keys. A bad value raises `InvalidOption`, a plain
ValueError; the command line and the config loader turn it into one line naming
where the value came from.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Literal

DEFAULT_ALGORITHM = "briefing"
SUMY_ALGORITHMS = (
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "edmundson",
    "kl",
    "sum-basic",
    "reduction",
)
ALGORITHMS = (DEFAULT_ALGORITHM, *SUMY_ALGORITHMS)
"""Every summariser by name: briefing's own default first, then sumy's."""

MAX_SENTENCES = 50
"""The longest summary counted in sentences (an article rarely has more worth showing)."""
PERCENT_STEP = 10
COUNT_STEP = 1


class InvalidOption(ValueError):
    """A summary option that is not one (the message says what is expected)."""


@dataclass(frozen=True, order=True)
class Length:
    """A summary length: a count of sentences (3) or a share of the article (20%)."""

    kind: Literal["count", "percent"]
    amount: int

    @classmethod
    def parse(cls, text: str | int | float) -> Length:
        """ "3", 3, "3.0" → 3 sentences; "20%" → a fifth of the article. Whole numbers
        only: 1 to MAX_SENTENCES sentences, 1% to 100%."""
        if isinstance(text, bool):
            raise InvalidOption(_expected(text))
        value = str(text).strip()
        percent = value.endswith("%")
        number = value[:-1].strip() if percent else value
        try:
            amount = float(number)
        except ValueError:
            raise InvalidOption(_expected(text)) from None
        if not math.isfinite(amount) or amount != int(amount):
            raise InvalidOption(_expected(text))
        whole = int(amount)
        if percent and not 1 <= whole <= 100:
            raise InvalidOption(f"{value!r} is out of range: a share from 1% to 100%")
        if not percent and not 1 <= whole <= MAX_SENTENCES:
            raise InvalidOption(f"{value!r} is out of range: 1 to {MAX_SENTENCES} sentences")
        return cls("percent" if percent else "count", whole)

    def __str__(self) -> str:
        return f"{self.amount}%" if self.kind == "percent" else str(self.amount)

    def describe(self) -> str:
        """For people: "3 sentences", "1 sentence", "20% of the article"."""
        if self.kind == "percent":
            return f"{self.amount}% of the article"
        return f"{self.amount} sentence{'s' if self.amount != 1 else ''}"

    def sentences(self, total: int) -> int:
        """How many of an article's `total` sentences this length asks for (at least 1)."""
        wanted = self.amount if self.kind == "count" else math.ceil(total * self.amount / 100)
        return max(1, min(total, wanted))

    def longer(self) -> Length:
        """One step longer, never past the longest (100%, MAX_SENTENCES)."""
        if self.kind == "percent":
            return replace(self, amount=min(100, self.amount + PERCENT_STEP))
        return replace(self, amount=min(MAX_SENTENCES, self.amount + COUNT_STEP))

    def shorter(self) -> Length:
        """One step shorter, never below one sentence or 1%."""
        if self.kind == "percent":
            step = PERCENT_STEP if self.amount > PERCENT_STEP else 1
            return replace(self, amount=max(1, self.amount - step))
        return replace(self, amount=max(1, self.amount - COUNT_STEP))


DEFAULT_LENGTH = Length("count", 3)


def _expected(text: object) -> str:
    return f"{text!r} is not a count of sentences like 3 or a percentage like 20%"


def check_algorithm(name: str) -> str:
    """The summariser's name, or InvalidOption naming the known ones."""
    if name not in ALGORITHMS:
        raise InvalidOption(f"unknown summariser {name!r}; choose one of: {', '.join(ALGORITHMS)}")
    return name


@dataclass(frozen=True)
class SummaryOptions:
    """Which summariser and how long: what a summary's cache entry is keyed on."""

    algorithm: str = DEFAULT_ALGORITHM
    length: Length = DEFAULT_LENGTH

    @classmethod
    def parse(
        cls, algorithm: str | None = None, length: str | int | Length | None = None
    ) -> SummaryOptions:
        """Options from raw values (None: the default); InvalidOption when one is bad."""
        if length is None:
            length = DEFAULT_LENGTH
        elif not isinstance(length, Length):
            length = Length.parse(length)
        return cls(
            check_algorithm(algorithm) if algorithm is not None else DEFAULT_ALGORITHM, length
        )

    @property
    def cache_params(self) -> dict[str, str]:
        return {"algorithm": self.algorithm, "length": str(self.length)}

    def longer(self) -> SummaryOptions:
        return replace(self, length=self.length.longer())

    def shorter(self) -> SummaryOptions:
        return replace(self, length=self.length.shorter())

    def next_algorithm(self) -> SummaryOptions:
        names = list(ALGORITHMS)
        return replace(self, algorithm=names[(names.index(self.algorithm) + 1) % len(names)])
