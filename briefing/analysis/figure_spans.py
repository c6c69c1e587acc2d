"""Where an article's figures are, and what each one reads as.

spaCy's small model finds most numbers as MONEY, PERCENT, QUANTITY or CARDINAL
entities, but it also merges neighbours ("five-year $700000" as one DATE), leaves
suffixes out ("£600" + "m"), files figures under other labels ("PS8.1bn" as a place,
"+0.3" as an organisation, "2483805" as a date) and misses some ("minus-1.4"). This
module starts from its spans, repairs them, adds the numbers it left out, joins the
two ends of a range ("ranging from $75 to $90", "between 20 and 30") but splits what
is no range (a change then a level: "rose $2.10 to $84.30", "fell from 3% to 2%"; a
score: "won 3-1"; a pair running downwards: "voted 7 to 2") and drops the numbers that
are not figures. What is not a figure is an ordered table of named rules (NOT_A_FIGURE)
over the token view, each giving its reason ("a year", "part of a name: a code"), so
`dropped_numbers` can say why a number is not shown. Every span comes back with its
Quantity.

This module runs the steps in order (_read_all, _read); each lives in a module of its
own:

1. find the candidates (spaCy's numeric and date spans, trimmed and cut, the numbers
   it left out, the pieces it cut apart joined): figure_candidates;
2. widen each over the sign, scale or unit the model left outside it: figure_widening;
3. join the two ends of a range, keeping apart what is no range: figure_ranges (which
   also makes the cuts of step 1);
4. drop what is not a figure, by NOT_A_FIGURE, the first rule that applies:
   figure_not_a_figure;
5. read each figure's value, saying how where that is not plain (a duration, an age,
   metres, a magnitude, pounds of weight): figure_special_readings.

What every step shares (the labels, the currency signs, the Span and the Candidate) is
in figure_span_base, and the signs, codes and names of money every step reads are in
figure_currency.

figures.py turns these spans into Figures (what each measures, how much it matters).
A change here changes the figures stage's output: bump figures.VERSION.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from briefing.analysis.figure_candidates import candidates, join_compound_measures
from briefing.analysis.figure_not_a_figure import A_TIE, NOT_A_FIGURE
from briefing.analysis.figure_ranges import join_ranges
from briefing.analysis.figure_span_base import TIME_LABELS, Candidate, Span
from briefing.analysis.figure_special_readings import (
    MEASURE_ADJECTIVE,
    a_magnitude,
    age,
    counts_a_noun,
    duration,
    figure_in_a_date,
    fraction_of,
    hyphened_metres,
    money_words,
    number_in_a_date,
    pounds_of_weight,
    special_reading,
)
from briefing.analysis.figure_widening import metres, widen
from briefing.analysis.model import Parse
from briefing.analysis.quantities import Quantity, parse_quantity
from briefing.analysis.rules import first_verdict
from briefing.analysis.tokens import Doc

__all__ = [
    "A_TIE",
    "NOT_A_FIGURE",
    "READINGS",
    "Candidate",
    "Dropped",
    "Reading",
    "Span",
    "dropped_numbers",
    "figure_readings",
    "figure_spans",
]


class Reading(NamedTuple):
    """Tokens [first, last) of a figure whose value was read in a way worth saying, and
    how, for people ("a bare m after a number is metres unless money is near")."""

    first: int
    last: int
    why: str


READINGS = {
    "SCORE": "one number of a vote's tally: two numbers, never a range",
    "RATIO": 'a ratio ("one in five") is a share, like the fraction it says',
    "FRACTION": "a fraction of something is a share",
}
"""How a span of a label is read, for `briefing analyze --explain`."""


class Dropped(NamedTuple):
    """Tokens [first, last) of a number that is not a figure, and why (for people)."""

    first: int
    last: int
    reason: str


def figure_spans(body: str, parse: Parse) -> list[Span]:
    """The figures of `body` in text order, each with its value, unit and kind."""
    return [s[0] for s in _read_all(Doc(body, parse)) if not isinstance(s, Dropped)]


def figure_readings(body: str, parse: Parse) -> list[Reading]:
    """How the figures of `body` whose value is not read plainly were read (a score's
    numbers, a ratio, metres, an age), for `briefing analyze --explain`."""
    return [
        Reading(s[0].first, s[0].last, s[1])
        for s in _read_all(Doc(body, parse))
        if not isinstance(s, Dropped) and s[1]
    ]


def dropped_numbers(body: str, parse: Parse) -> list[Dropped]:
    """The numbers of `body` that are not figures, each with the reason it is not
    ("a year", "part of a name: a code"), for `briefing analyze --explain`."""
    return [s for s in _read_all(Doc(body, parse)) if isinstance(s, Dropped)]


def _read_all(doc: Doc) -> list[tuple[Span, str] | Dropped]:
    spans = [(*widen(doc, f, la), lab) for f, la, lab in candidates(doc)]
    spans = join_compound_measures(doc, spans)
    out: list[tuple[Span, str] | Dropped] = []
    for first, last, label, phrase in join_ranges(doc, spans):
        out.append(_read(Candidate(doc, first, last, label, phrase)))
    return out


def _read(c: Candidate) -> tuple[Span, str] | Dropped:
    """The span's Quantity and how it was read, or why it is not a figure."""
    if c.label in TIME_LABELS and money_words(c):
        c = replace(c, label="MONEY")  # "two and a half million dollars" taken for a date
    if c.label in TIME_LABELS and MEASURE_ADJECTIVE.fullmatch(c.text):
        c = replace(c, last=c.last - 2, label="QUANTITY")  # "a 25m-long skeleton" as a date
    if hyphened_metres(c):  # "a 12m-long whale" is 12 metres long, not 12 million
        c = replace(c, phrase=c.text[:-1] + " metres")
    reason = first_verdict(NOT_A_FIGURE, c)
    if reason is not None:
        return Dropped(c.first, c.last, reason)
    if c.label in TIME_LABELS and (inner := figure_in_a_date(c)) is not None:
        return inner
    why = READINGS.get(c.label, "")
    if c.label in TIME_LABELS:
        q = duration(c) or age(c) or fraction_of(c)
    elif c.phrase is None and metres(c.doc, c.first, c.last):  # "the 400m" is a distance
        q = parse_quantity(c.doc.text(c.first, c.last - 1) + " metres")
        why = "a bare m after a number is metres unless money is near or it counts a plural"
    else:
        q = parse_quantity(c.text)
    if q is None and c.label in TIME_LABELS and (number_in_a_date(c.text) or counts_a_noun(c)):
        q = parse_quantity(c.text)  # "at 2483805", "25.5″", "between 20 and 30 people"
    if q is None:
        return Dropped(c.first, c.last, "a date or time" if c.label in TIME_LABELS else "no number")
    if q.kind == "count" and c.label not in TIME_LABELS:
        q = age(c) or q  # "aged 18–24" the model saw as a name or a number
    if q.unit == "GBP" and pounds_of_weight(c):
        q = Quantity(q.value, "lb", "quantity")
        why = 'pounds are a weight when weighing is said ("weighed", "of flour", "ounces")'
    if q.kind == "count" and a_magnitude(c):
        q = Quantity(q.value, "magnitude", "quantity")
        why = 'a number after "magnitude" or hyphened to it is a magnitude, not a count'
    why = why or special_reading(c, q)
    if q.unit.endswith(" old"):
        why = (
            'a time span followed by "old" or "of age", or a number after "aged" or "the'
            ' age of", is an age'
        )
    return Span(c.first, c.last, c.label, q), why
