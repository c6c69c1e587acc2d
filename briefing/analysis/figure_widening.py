"""Step 2 of finding figures: each candidate widened over what the model left outside it.

A currency sign before it ("$" + "150,000", "Rs." + "250") or a "minus" ("minus 25C");
a scale after it ("£600" + "m", "3.5 lakh" + "crore"), a half ("two and a half"), a
percentage or a currency ("19" + "per cent", "12 million Swiss francs"), the unit of a
bare number ("4500" + "mAh", "four to five" + "hours", "6 ft" + "2 in"), a rate ("52,000
barrel" + "-a-day", "320 km" + "/h"), light years, degrees ("-5" + "°" + "C") and what
completes a unit ("three months" + "old", "20 degrees" + "Fahrenheit"). A bare "m"
after a number is metres unless money is near or it counts a plural (metres).
"""

from __future__ import annotations

import re

from briefing.analysis.figure_candidates import of_a_point
from briefing.analysis.figure_currency import currency_mark, currency_name_after, money_near
from briefing.analysis.figure_span_base import lower
from briefing.analysis.lexicon import ABBREVIATED_SCALES, RACE_WORDS, TEMPERATURE_UNITS
from briefing.analysis.quantities import (
    CURRENCY_WORDS,
    DENOMINATORS,
    MEASURES,
    SCALES,
    SMALL,
    TIME_UNITS,
)
from briefing.analysis.tokens import Doc, Token

# measure words safe to take in after a bare number ("64 GB", "4500 mAh"): not the
# one-letter ones ("5 m" may be millions) nor "square" ("10 square miles" is one phrase)
MEASURE_AFTER = frozenset(w for w in MEASURES if len(w) > 1 and w not in ("sq", "square"))


def widen(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Take in what the model leaves outside a number's span: a currency sign before it
    ("$" + "150,000"), a scale after it ("£600" + "m"), a % or currency after it
    ("19" + "per cent") and the measure after a bare number ("4500" + "mAh")."""
    while (
        first > 0
        and currency_mark(doc[first - 1].text)
        and doc[first - 1].end_char >= doc[first].idx - 1
    ):
        first -= 1
    if first > 0 and doc[first - 1].lower == "minus" and doc[first].text[:1].isdigit():
        first -= 1  # "showed minus 25C": the sign is part of the figure
    point = first > 1 and doc[first - 1].text == "." and not doc[first - 1].space_before
    if point and currency_mark(doc[first - 2].text + "."):  # "Rs." + "250", cut at the point
        first -= 2
    last = _take_scale(doc, first, _take_and_a_half(doc, last))
    last = _take_degrees(doc, _take_time_unit(doc, _take_light_years(doc, last)))
    last = _take_after_unit(doc, last)
    fraction = lower(doc, last - 1) in DENOMINATORS or lower(doc, last - 1) == "half"
    if fraction and (points := of_a_point(doc, last)):
        last += points  # "a quarter" + "of a percentage point", "half" + "a per cent"
        if first == last - points - 1 and lower(doc, first - 1) in ("a", "an", "one"):
            first -= 1  # the model's "quarter" of "a quarter percentage point"
    if lower(doc, last - 1) in _PLURAL_SCALES and lower(doc, last) == "of":
        money = doc.get(last + 1)
        if money is not None and money.lower in CURRENCY_WORDS and money.lower != "p":
            return first, last + 2  # "thousands" + "of pounds": a sum, not a count of pounds
    if last == first + 1 and inches_after_feet(doc, first):
        return first, last + 1  # "6 ft" + "2 in"
    nxt = doc.get(last)
    if nxt is None:
        return first, last
    end = doc[last - 1].lower.rstrip(".")
    bare = end in SCALES or bool(re.fullmatch(r".*\d(?:bn|mn|m|k|tn|b)?", end))
    named = currency_name_after(doc, last) if bare else 0  # not "1.8GHz" + "AMD"
    if named and not lower(doc, last + named)[:1].isdigit():
        last += named  # (not the sign of the next figure: "five-year" + "$700000")
    elif nxt.lower == "per" and lower(doc, last + 1) == "cent":
        last += 2
    elif nxt.lower in ("percentage", "basis") and lower(doc, last + 1) in ("point", "points"):
        last += 2  # "0.2 percentage points", "25 basis points"
    elif not nxt.space_before and nxt.text in _GLUED_LETTERS and bare:
        last += 1  # "180g", "100t", "6.1in" (in lower case: "5G" is a code)
    elif (
        nxt.lower in MEASURE_AFTER
        and re.fullmatch(r"(?:minus-?|[+-])?[\d,.]+(?:sq)?", doc[last - 1].text)  # "1200sq ft"
        and not (nxt.text.istitle() and len(nxt.text) > 3 and MEASURES[nxt.lower] != nxt.text)
        # "21 Grams" is a film ("GB", "Hz", "Mbps" are symbols)
    ):
        last += 1
    return first, _take_after_unit(doc, _take_per_time(doc, _take_a_day(doc, last)))


_PLURAL_SCALES = frozenset(("hundreds", "thousands", "millions", "billions", "trillions"))


def _take_light_years(doc: Doc, last: int) -> int:
    """ "13.4 billion" + "light years", "4.2" + "light-years": a distance, which the
    model splits from its number or cuts in half."""
    if lower(doc, last) != "light":
        if lower(doc, last - 1) != "light":
            return last
        last -= 1  # "4.2 light" is the model's half of "4.2 light-years"
    step = 2 if lower(doc, last + 1) == "-" else 1
    return last + step + 1 if lower(doc, last + step) in ("year", "years") else last


def inches_after_feet(doc: Doc, t: int) -> bool:
    """ "6 ft 2 in": a bare number right after a measure in feet, before "in", is inches."""
    return lower(doc, t - 1) in ("ft", "feet", "foot") and lower(doc, t + 1) in ("in", "ins")


def _take_time_unit(doc: Doc, last: int) -> int:
    """ "four to five" + "hours", "three" + "months old": the unit of time right after a
    number the model left bare is part of the figure (a duration, or an age)."""
    end, nxt = doc[last - 1], doc.get(last)
    bare = end.lower in SMALL or bool(re.fullmatch(r"\d+(?:\.\d+)?", end.text))
    if bare and nxt is not None and nxt.text in TIME_UNITS and end.head == nxt:  # not "Days"
        return last + 1
    return last


def _take_a_day(doc: Doc, last: int) -> int:
    """ "52,000 barrel" + "-a-day", "10 litres" + "per day": a measure per unit of time
    written out is one unit (a rate), so it is part of the figure."""
    unit = doc[last - 1].lower
    if unit not in MEASURES or unit in SCALES or not unit.isalpha():
        return last  # "$200m a year" is a sum, said per year
    k = last + (lower(doc, last) == "-")
    if lower(doc, k) not in ("a", "an", "per"):
        return last
    k += 1 + (lower(doc, k + 1) == "-")
    return k + 1 if lower(doc, k) in TIME_UNITS else last


_GLUED_LETTERS = frozenset(("g", "t", "l", "in"))
"""One- and two-letter measures that mean a unit only glued to a number ("180g")."""


def _take_per_time(doc: Doc, last: int) -> int:
    """ "320 km" + "/h": a measure per unit of time written with a slash."""
    slash, per = doc.get(last), doc.get(last + 1)
    if slash is None or per is None or slash.text != "/" or slash.space_before:
        return last
    if doc[last - 1].lower in MEASURES and per.lower in ("h", "hr", "hour", "s", "sec", "min"):
        return last + 2
    return last


def _take_scale(doc: Doc, first: int, last: int) -> int:
    """ "5" + "million", "30" + "bn", "£600" + "m", "500" + "m" + "euros"; a glued "m"
    with no money near is metres ("the 400m"), taken in as a measure (see metres)."""
    nxt, end = doc.get(last), doc[last - 1]
    if nxt is None or not (end.text[-1:].isdigit() or end.lower in SMALL):
        return last
    word = nxt.lower.rstrip(".")
    attached = not nxt.space_before
    if word not in SCALES or word == "score":
        return last
    if len(word) > 2 or word in ABBREVIATED_SCALES:
        return _take_more_scales(doc, last + 1)
    if word == "m" or (attached and money_near(doc, first, last)):
        return last + 1
    return last


def _take_more_scales(doc: Doc, last: int) -> int:
    """ "3.5 lakh" + "crore", "4 hundred" + "million": scale words in a row multiply, so
    they all belong to the figure."""
    while lower(doc, last) in SCALES and len(lower(doc, last)) > 2 and lower(doc, last) != "score":
        last += 1
    return last


def _take_and_a_half(doc: Doc, last: int) -> int:
    """ "one" + "-and-a-half million", "two and a half": a half added to a number (and the
    scale after it, which multiplies both) is part of the figure."""
    k, words = last, list[str]()
    while len(words) < 3 and k < len(doc):
        if doc[k].text != "-":
            words.append(doc[k].lower)
        k += 1
    if words != ["and", "a", "half"]:
        return last
    return _take_more_scales(doc, k)


def metres(doc: Doc, first: int, last: int) -> bool:
    """Whether the "m" ending tokens [first, last) is metres, not millions: a bare "m"
    after a number (glued or not) is metres ("200m", "the 60m hurdles", "3,000m") unless money is
    near ("£6m") or the figure counts a plural noun that is no race ("5m people", "10m
    Facebook fans" are millions; "the 60m hurdles" is a race)."""
    end = doc[last - 1]
    if end.lower.rstrip(".") != "m" or last - first < 2:
        return False
    if money_near(doc, first, last - 1):
        return False
    counted = _plural_after(doc, last)
    return counted is None or counted.lower in RACE_WORDS


def _plural_after(doc: Doc, t: int) -> Token | None:
    """The plural noun a figure ending before token `t` counts, past the names and
    adjectives that modify it ("10m Facebook fans", "4m DS consoles"), or None."""
    for k in range(t, min(t + 4, len(doc))):
        tok = doc[k]
        if tok.tag in ("NNS", "NNPS"):
            return tok
        if tok.tag not in ("NNP", "JJ", "NN"):
            return None
    return None


def _take_after_unit(doc: Doc, last: int) -> int:
    """What completes a unit the span ends with: the scale after "degrees" ("20 degrees"
    + "Fahrenheit"), "old" or "of age" after a time span ("three months" + "old")."""
    end, nxt = doc[last - 1].lower, doc.get(last)
    if nxt is None:
        return last
    if end in ("degree", "degrees", "°") and nxt.lower in (*TEMPERATURE_UNITS, "c", "f"):
        return last + 1
    if end in TIME_UNITS and nxt.lower == "old":
        return last + 1
    if end in TIME_UNITS and nxt.lower == "of" and lower(doc, last + 1) == "age":
        return last + 2
    return last


def _take_degrees(doc: Doc, last: int) -> int:
    """ "-5" + "°" + "C": a degree sign glued to a number, and the scale glued to it."""
    nxt = doc.get(last)
    scale = doc.get(last + 1)
    if nxt is None or nxt.text != "°":
        return last
    glued_scale = scale is not None and not scale.space_before and scale.lower in ("c", "f")
    if nxt.space_before and not glued_scale:  # "-8 °C" is spaced, a lone "°" is not
        return last
    if scale is not None and not scale.space_before and scale.lower in ("c", "f"):
        return last + 2
    return last + 1
