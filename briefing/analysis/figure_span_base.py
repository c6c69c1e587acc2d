"""What the steps of finding figures share: the labels a span comes from, the
one-character currency signs every pattern knows, a figure's span (Span), a span that may
be one (Candidate), and the two token readings every step uses: a token's lower-case text
past either end (lower) and the words that are a unit after a number (UNIT_WORDS).

Kept apart and small so that each step's module imports it, and no step imports another
for its types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from briefing.analysis.quantities import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MEASURES,
    TIME_UNITS,
    Quantity,
)
from briefing.analysis.tokens import Doc, Token

NUMERIC_LABELS = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
SCORE_SIDES = ("SCORE 1", "SCORE 2")
"""Labels of the two numbers of a score held in one token ("110–98"), until read."""
TIME_LABELS = ("DATE", "TIME")
_SIGN_CHARS = "".join(k for k in CURRENCY_SYMBOLS if len(k) == 1 and not k.isalnum())
SIGNS = f"[{re.escape(_SIGN_CHARS)}]"
"""A regex class of the one-character currency signs ("$", "£", "₦", "₹"), from the
lexicon's symbols, so every pattern here knows the same signs."""

CURRENCY_SIGNS = tuple(_SIGN_CHARS)

UNIT_WORDS = frozenset((*TIME_UNITS, *MEASURES, *CURRENCY_WORDS, "percent", "cent", "%"))


class Span(NamedTuple):
    """Tokens [first, last) of a figure, the entity label it came from ("LOOSE" for a
    number no entity held, "FRACTION" for "a third of", "RATIO" for "one in five",
    "SCORE" for either number of "3-1") and what it reads as (see `figure_readings`
    for how, when that is not plain)."""

    first: int
    last: int
    label: str
    quantity: Quantity


@dataclass(frozen=True)
class Candidate:
    """A span that may be a figure: tokens [first, last) of `doc`, the label it came
    from, and the phrase to read when that is not its text (a range with words
    between its ends)."""

    doc: Doc
    first: int
    last: int
    label: str
    phrase: str | None = None

    @property
    def text(self) -> str:
        return self.phrase or self.doc.text(self.first, self.last)

    @property
    def tokens(self) -> list[Token]:
        return [self.doc[t] for t in range(self.first, self.last)]

    def before(self, k: int = 1) -> Token | None:
        return self.doc.get(self.first - k)

    def after(self, k: int = 0) -> Token | None:
        return self.doc.get(self.last + k)


def lower(doc: Doc, t: int) -> str:
    """Token `t`'s lower-case text, or "" past either end."""
    tok = doc.get(t)
    return tok.lower if tok is not None else ""
