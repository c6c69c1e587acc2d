"""Where an article's figures are, and what each one reads as.

spaCy's small model finds most numbers as MONEY, PERCENT, QUANTITY or CARDINAL
entities, but it also merges neighbours ("five-year $700000" as one DATE), leaves
suffixes out ("£600" + "m"), files figures under other labels ("PS8.1bn" as a place,
"+0.3" as an organisation, "2483805" as a date) and misses some ("minus-1.4"). This
module starts from its spans, repairs them, adds the numbers it left out, drops the
numbers that are not figures (calendar dates, years, clock times, model numbers,
addresses, labels such as "category 4") and joins the two ends of a range
("from $75 a barrel to $45.88"). Every span comes back with its Quantity.

figures.py turns these spans into Figures (what each measures, how much it matters).
A change here changes the figures stage's output: bump figures.VERSION.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing.analysis.lexicon import TIME_ZONES
from briefing.analysis.model import Parse
from briefing.analysis.quantities import (
    CURRENCY_WORDS,
    DENOMINATORS,
    MEASURES,
    SCALES,
    SMALL,
    TIME_UNITS,
    Quantity,
    parse_quantity,
)

NUMERIC_LABELS = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
TIME_LABELS = ("DATE", "TIME")
MONTHS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


class Span(NamedTuple):
    """Tokens [first, last) of a figure, the entity label it came from ("LOOSE" for a
    number no entity held, "FRACTION" for "a third of") and what it reads as."""

    first: int
    last: int
    label: str
    quantity: Quantity


def figure_spans(body: str, parse: Parse) -> list[Span]:
    """The figures of `body` in text order, each with its value, unit and kind."""
    spans = [(*_widen(body, parse, f, la), lab) for f, la, lab in _candidates(body, parse)]
    out: list[Span] = []
    for first, last, label, phrase in _join_ranges(body, parse, spans):
        q = _read(body, parse, first, last, label, phrase)
        if q is not None:
            out.append(Span(first, last, label, q))
    return out


def _text(body: str, parse: Parse, first: int, last: int) -> str:
    return body[parse.starts[first] : parse.ends[last - 1]]


def _word(body: str, parse: Parse, t: int) -> str:
    return parse.token_text(body, t).lower() if 0 <= t < len(parse) else ""


def _read(
    body: str, parse: Parse, first: int, last: int, label: str, phrase: str | None
) -> Quantity | None:
    """The span's Quantity, or None when it is not a figure."""
    text = phrase or _text(body, parse, first, last)
    if label in TIME_LABELS:
        q = _duration(body, parse, first, last)
        if q is None and _number_in_a_date(text):  # "at 2483805", "25.5″" tagged DATE
            q = parse_quantity(text)
        return q
    if label in ("CARDINAL", "LOOSE") and (
        _is_year(body, parse, first, last)
        or _part_of_a_name(body, parse, first, last)
        or _a_label(body, parse, first, last)
    ):
        return None
    return parse_quantity(text)


# --- candidates ---------------------------------------------------------------


def _candidates(body: str, parse: Parse) -> list[tuple[int, int, str]]:
    """Token spans that may be figures: numeric and date entities (trimmed, and cut
    where the model ran two figures together), loose numbers, and fractions."""
    spans: list[tuple[int, int, str]] = []
    covered: set[int] = set()
    numeric: set[int] = set()
    for first, last, label in parse.ents:
        covered.update(range(first, last))
        if label in NUMERIC_LABELS or label in TIME_LABELS:
            numeric.update(range(first, last))
            first, last = _trim(body, parse, first, last)
            pieces = _split(body, parse, first, last, after_names=label not in TIME_LABELS)
            spans.extend((f, la, label) for f, la in pieces)
    spans.extend(_loose_numbers(body, parse, covered, numeric))
    spans.extend(_fractions(body, parse, numeric))
    return sorted(s for s in spans if _word(body, parse, s[1]) not in TIME_ZONES)


_TRAILING = frozenset(("to", "and", "or", "-", "–", "from", "by", "than"))


def _trim(body: str, parse: Parse, first: int, last: int) -> tuple[int, int]:
    """ "up to 252 miles to": the model sometimes takes in the word that links the
    next number; it belongs to the range, not to this end of it."""
    while last - first > 1 and _word(body, parse, last - 1) in _TRAILING:
        last -= 1
    return first, last


_UNIT_WORDS = frozenset((*TIME_UNITS, *MEASURES, *CURRENCY_WORDS, "percent", "cent", "%"))


def _split(
    body: str, parse: Parse, first: int, last: int, after_names: bool
) -> list[tuple[int, int]]:
    """ "five-year $700000", "640bhp 5.2 litre", "4.3 second 40", "+0.4% Dax +0.6%": a
    number that starts right after another figure's number or unit, or after a name,
    starts a figure of its own; so does the level in "by $2 billion to $9 billion"."""
    change = _change_and_level(body, parse, first, last)
    if change is not None:
        return [(first, change), (change + 1, last)]
    cuts = [first]
    for t in range(first + 1, last):
        word, before = _word(body, parse, t), _word(body, parse, t - 1)
        starts_number = (re.match(r"[+-]?\d", word) and "/" not in word) or bool(
            re.fullmatch(r"[$£€]\d.*", word)
            or (word in _CURRENCY_SIGNS and _word(body, parse, t + 1)[:1].isdigit())
        )
        ends_figure = (
            any(c.isdigit() for c in before)
            or before in _UNIT_WORDS
            or (  # not in dates: "the year ending 31 December 2003" is one span
                after_names
                and parse.pos[t - 1] == "PROPN"
                and not _SYMBOL_BEFORE.match(before.upper())
            )
        )
        if starts_number and ends_figure:
            cuts.append(t)
    pieces = list(zip(cuts, [*cuts[1:], last], strict=True))
    if len(pieces) > 1:  # "+0.4% Dax" + "+0.6%": the name belongs to neither
        pieces = [(f, la - 1) if parse.pos[la - 1] == "PROPN" else (f, la) for f, la in pieces]
    return [(f, la) for f, la in pieces if la > f]


def _change_and_level(body: str, parse: Parse, first: int, last: int) -> int | None:
    """The "to" in "increased by $43.6 billion to $419.2 billion" (the change, then the
    new level: two figures, not a range), when the first carries its own unit."""
    if _word(body, parse, first - 1) != "by":
        return None
    for t in range(first + 1, last - 1):
        if _word(body, parse, t) == "to":
            q = parse_quantity(_text(body, parse, first, t))
            return t if q is not None and q.unit else None
    return None


_LOOSE_FIGURE = re.compile(
    r"(?:PS(?!\d$)|US|A|Y=|[$£€])\d[\d,.]*(?:pc|%|bn|m|k|p)?"  # "PS5" is a console, not £5
    r"|-?(?:PS|[$£€])?\d[\d,.]*(?:pc|%|bn|m|k|p)"  # "-50.8bn"
    r"|\d[\d,.]*(?:W|kW|MW|GW|GB|TB|MB|mph|km|kg|bhp|mAh|Hz|ft|cm|mm)"  # "10W", "64GB"
    r"|\+\d[\d,.]*"  # "+0.2%"; not "-19", mostly a split "COVID -19"
    r"|minus-?\d[\d,.]*",  # "a minus-1.4 degree angle"
    re.IGNORECASE,
)
# marks that make a number a figure even inside a name-like entity ("PS8.1bn" as GPE)
_MARKED = re.compile(r"(?:PS|Y=|[$£€]).*|.*(?:%|pc|bn)|\+.*", re.IGNORECASE)
_CLOCK = re.compile(r"\d(?:am|pm|a\.m\.|p\.m\.)$|^\d{1,2}:\d\d", re.IGNORECASE)
_CURRENCY_SIGNS = ("$", "£", "€", "¥")


def _loose_numbers(
    body: str, parse: Parse, covered: set[int], numeric: set[int]
) -> list[tuple[int, int, str]]:
    """Numbers no numeric entity holds: untagged ones ("$414" + "million", "PS2.7m."),
    and marked ones the model filed as names ("PS8.1bn" as a place, "$" + "A25,474,373"
    as a person, "5pc" as an ordinal)."""
    spans: list[tuple[int, int, str]] = []
    t = 0
    while t < len(parse):
        word = parse.token_text(body, t)
        loose = _LOOSE_FIGURE.fullmatch(word)
        marked = loose and (
            _MARKED.fullmatch(word)
            or _ordinal_only(parse, t)  # a real ordinal ("5th") never matches _LOOSE_FIGURE
            or (t > 0 and parse.token_text(body, t - 1) in _CURRENCY_SIGNS)
        )
        skip = t in numeric or (t in covered and not marked)
        if skip or not (parse.tags[t] == "CD" or loose):
            t += 1
            continue
        if not any(c.isdigit() for c in word) or _CLOCK.search(word):
            t += 1
            continue
        last = t + 1  # "$414" + "million", "PS2.7" + "m."
        while (
            last < len(parse)
            and last not in covered
            and parse.token_text(body, last).lower().rstrip(".") in SCALES
        ):
            last += 1
        spans.append((t, last, "LOOSE"))
        t = last
    return spans


def _ordinal_only(parse: Parse, t: int) -> bool:
    return any(f <= t < la and label == "ORDINAL" for f, la, label in parse.ents)


_NUMERATORS = frozenset(("a", "an", *(w for w, v in SMALL.items() if 1 <= v <= 9)))


def _fractions(body: str, parse: Parse, numeric: set[int]) -> list[tuple[int, int, str]]:
    """ "a third of the population", "two-thirds of voters": a fraction of something,
    which the model often calls an ordinal or nothing."""
    spans: list[tuple[int, int, str]] = []
    for t in range(1, len(parse) - 1):
        if (
            t in numeric
            or _word(body, parse, t) not in DENOMINATORS
            or not parse.tags[t].startswith("NN")
            or _word(body, parse, t + 1) != "of"
        ):
            continue
        start = t - 2 if _word(body, parse, t - 1) == "-" else t - 1
        numerator = _word(body, parse, start)
        if start not in numeric and (numerator in _NUMERATORS or numerator.isdigit()):
            spans.append((start, t + 1, "FRACTION"))
    return spans


# --- widening -----------------------------------------------------------------

_SYMBOL_BEFORE = re.compile(
    r"^(?:[A-Z]{0,2}[$£€¥₹₽]|\$[A-Z]{1,2}|PS|US|USD|EUR|GBP|JPY|AUD|CAD|CHF|CNY|INR)$"
)
_UNIT_AFTER = frozenset(
    "% percent pc € £ $ usd eur gbp jpy cny inr chf aud cad dollars dollar euros euro pounds yen "
    "yuan".split()
)
# measure words safe to take in after a bare number ("64 GB", "4500 mAh"): not the
# one-letter ones ("5 m" may be millions) nor "square" ("10 square miles" is one phrase)
_MEASURE_AFTER = frozenset(w for w in MEASURES if len(w) > 1 and w not in ("sq", "square"))


def _widen(body: str, parse: Parse, first: int, last: int) -> tuple[int, int]:
    """Take in what the model leaves outside a number's span: a currency sign before it
    ("$" + "150,000"), a scale after it ("£600" + "m"), a % or currency after it
    ("19" + "per cent") and the measure after a bare number ("4500" + "mAh")."""
    while (
        first > 0
        and _SYMBOL_BEFORE.match(parse.token_text(body, first - 1))
        and parse.ends[first - 1] >= parse.starts[first] - 1
    ):
        first -= 1
    ends_in_digit = parse.token_text(body, last - 1)[-1:].isdigit()
    if last < len(parse) and ends_in_digit:
        nxt = _word(body, parse, last).rstrip(".")
        attached = parse.starts[last] == parse.ends[last - 1]
        money = (
            _word(body, parse, first)[:1] in _CURRENCY_SIGNS
            or _SYMBOL_BEFORE.match(parse.token_text(body, first))
            or _word(body, parse, last + 1) in CURRENCY_WORDS
        )
        # "5" + "million"; "£600" + "m", "500" + "m" + "euros" (a bare "60m" may be metres)
        if nxt in SCALES and nxt != "score" and (len(nxt) > 2 or (attached and money)):
            last += 1
    if last < len(parse):
        nxt = _word(body, parse, last)
        if nxt in _UNIT_AFTER and not _word(body, parse, last + 1)[:1].isdigit():
            last += 1  # (not the sign of the next figure: "five-year" + "$700000")
        elif nxt == "per" and _word(body, parse, last + 1) == "cent":
            last += 2
        elif (
            nxt in _MEASURE_AFTER
            and re.fullmatch(r"(?:minus-?|[+-])?[\d,.]+", parse.token_text(body, last - 1))
            and not parse.token_text(body, last).istitle()  # "21 Grams" is a film
        ):
            last += 1
    return first, last


# --- ranges -------------------------------------------------------------------

RANGE_LINKS = frozenset(("to", "-", "–", "and"))
MAX_RANGE_GAP = 6  # "from 20 miles per gallon in 2008 to 29 mpg": words between X and "to"
_GAP_BREAKS = frozenset((",", ";", ":", "(", ")", "–", "—", "and", "but", "or"))


def _join_ranges(
    body: str, parse: Parse, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str, str | None]]:
    """Join the two ends of a range into one span: "1 per cent to 1.5 per cent",
    "between 5% and 6%" (and only after "between"), and "from X … to Y" with a few
    words between X and "to" ("from $75 U.S. per barrel to $45.88"). Each span comes
    with the phrase to read when that is not its text (a range with words between).
    "increased by $43.6 billion to $419.2 billion" is a change and a level, not a range."""
    out: list[tuple[int, int, str, str | None]] = []
    for first, last, label in spans:
        if out and _adjacent_range(body, parse, out[-1], (first, last, label)):
            out[-1] = (out[-1][0], last, out[-1][2], None)
            continue
        k = _from_range_start(body, parse, out, first, last)
        if k is not None:
            x_first, x_last, x_label, _ = out[k]
            phrase = f"{_text(body, parse, x_first, x_last)} to {_text(body, parse, first, last)}"
            del out[k:]
            out.append((x_first, last, x_label, phrase))
            continue
        out.append((first, last, label, None))
    return out


def _adjacent_range(
    body: str, parse: Parse, prev: tuple[int, int, str, str | None], span: tuple[int, int, str]
) -> bool:
    first, last, label, phrase = prev
    link = _word(body, parse, last) if span[0] - last == 1 else ""
    if phrase is not None or link not in RANGE_LINKS or TIME_LABELS[0] in (label, span[2]):
        return False  # "from May to June 2024" is not a figure
    if link == "and" and _word(body, parse, first - 1) != "between":
        return False
    a = parse_quantity(_text(body, parse, first, last))
    b = parse_quantity(_text(body, parse, span[0], span[1]))
    if not (a and b) or isinstance(a.value, tuple):
        return False
    if a.kind != b.kind and not (a.kind == "count" and b.kind != "count"):
        return False  # "5-10W": a bare low end takes the high end's unit; "5% to 1,000" no
    if a.unit and b.unit and a.unit != b.unit:  # "110 JPY to 1 USD" is a rate
        return False
    # "increased by $43.6 billion to $419.2 billion": the change, then the new level
    return not (link == "to" and _change_and_level(body, parse, first, span[1]) is not None)


def _from_range_start(
    body: str, parse: Parse, out: list[tuple[int, int, str, str | None]], first: int, last: int
) -> int | None:
    """Index in `out` of X when tokens [first, last) are Y in "from X … to Y", else None.
    Date spans between X and "to" ("in 2008") are part of the range's words."""
    if _word(body, parse, first - 1) != "to":
        return None
    k = len(out) - 1
    while k >= 0 and out[k][2] in TIME_LABELS:
        k -= 1
    if k < 0 or out[k][3] is not None or _word(body, parse, out[k][0] - 1) != "from":
        return None
    x_first, x_last = out[k][0], out[k][1]
    gap = range(x_last, first - 1)
    if len(gap) > MAX_RANGE_GAP or any(_word(body, parse, t) in _GAP_BREAKS for t in gap):
        return None
    if any(out[j][1] > first - 1 for j in range(k + 1, len(out))):
        return None
    a = parse_quantity(_text(body, parse, x_first, x_last))
    b = parse_quantity(_text(body, parse, first, last))
    if not (a and b) or isinstance(a.value, tuple) or isinstance(b.value, tuple):
        return None
    same = a.kind == b.kind and (a.unit == b.unit or not (a.unit and b.unit))
    return k if same or "count" in (a.kind, b.kind) else None


# --- what is not a figure -----------------------------------------------------


def _is_year(body: str, parse: Parse, first: int, last: int) -> bool:
    """ "since 2022", "the 1990s": a bare four-digit number from 1800 to 2099 is a year,
    unless it counts a noun ("2000 troops")."""
    text = _text(body, parse, first, last)
    if not re.fullmatch(r"(?:1[89]|20)\d\d(?:'?s)?", text):
        return False
    return not (
        last - first == 1
        and parse.deps[first] == "nummod"
        and parse.tags[parse.heads[first]] == "NNS"
    )


def _duration(body: str, parse: Parse, first: int, last: int) -> Quantity | None:
    """A DATE/TIME span that measures time ("the past 24 hours", "two weeks")."""
    text = _text(body, parse, first, last)
    if MONTHS.search(text) or re.search(r"\b(?:ago|old|today|tomorrow|yesterday)\b", text, re.I):
        return None
    if re.search(r"\d{1,2}:\d\d|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)", text, re.I):
        return None
    if re.search(r"\b(?:1[89]|20)\d\d\b", text):  # "2011 this year" is a date
        return None
    q = parse_quantity(text)
    if q is None or q.kind != "duration":
        return None
    words = re.findall(r"[a-z]+", text.lower())
    if not any(w in TIME_UNITS for w in words):
        return None
    return q


_DATE_NUMBER = re.compile(r"(?:[$£€]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?[a-zA-Z″%]{1,4})?")


def _number_in_a_date(text: str) -> bool:
    """ "at 2483805", "25.5″", "3687 mAh": a lone number the model called a date that
    cannot be one. Up to four bare digits may be a day or a year ("by 2120"), so the
    model is trusted there; so it is for ordinals and decades ("5th", "1990s")."""
    if not _DATE_NUMBER.fullmatch(text) or MONTHS.search(text) or _CLOCK.search(text):
        return False
    if re.search(r"\d(?:st|nd|rd|th|'?s)$", text):
        return False
    return not (text.isdigit() and len(text) <= 4)


def _part_of_a_name(body: str, parse: Parse, first: int, last: int) -> bool:
    """ "iPhone 14", "S&P 500", "737 Max", "575 Wilbraham Road", "22 Ave Foch", "3G": a
    bare number inside a proper name or a code is a model or an address, not a figure.
    A unit after it ("64 GB") makes it a measure again."""
    text = _text(body, parse, first, last)
    if not re.fullmatch(r"\d+(?:-\d+)?", text):
        return False
    nxt = parse.token_text(body, last) if last < len(parse) else ""
    if nxt.lower() in _MEASURE_AFTER:
        return False
    if (
        nxt.isalpha()
        and parse.starts[last] == parse.ends[last - 1]
        and nxt.lower() not in SCALES  # "5M" is five million
        and (nxt.lower() not in _UNIT_WORDS or (len(nxt) == 1 and nxt.isupper()))
    ):
        return True  # "3G", "4K": a code, not a count
    before = first - 1
    if (
        before >= 0
        and parse.pos[before] == "PROPN"
        and any(c.isupper() for c in parse.token_text(body, before))  # "iPhone 14" too
    ):
        return True
    head = parse.heads[last - 1]
    if (
        parse.pos[head] == "PROPN"
        and head > last - 1
        and parse.deps[last - 1] in ("nummod", "compound")
    ):
        return True
    return _followed_by_a_name(body, parse, first, last)


def _followed_by_a_name(body: str, parse: Parse, first: int, last: int) -> bool:
    """ "49 Zorro Ranch Road", "two new 737 Max jets": a number right before a run of
    capitalised singular proper nouns names something, unless the run modifies a plural
    noun the number counts ("5 Labour MPs"). A weekday or month after it is a date
    ("killed 12 Tuesday"), a scale word a figure ("5 Million")."""
    if not _text(body, parse, first, last).isdigit():
        return False  # "a 42-7 Kiwi triumph" is a score
    t = last
    while t < len(parse) and parse.tags[t] == "NNP" and parse.token_text(body, t)[:1].isupper():
        t += 1
    if t == last:
        return False
    nxt = _word(body, parse, last)
    if MONTHS.fullmatch(nxt) or nxt in SCALES or nxt in _UNIT_WORDS:
        return False
    if t < len(parse) and parse.tags[t] in ("NNS", "NNPS"):
        # counted, unless another number already counts that noun ("two new 737 Max jets")
        return any(
            parse.heads[o] == t and parse.tags[o] == "CD" and parse.deps[o] == "nummod"
            for o in range(max(0, first - 4), first)
        )
    return True


def _a_label(body: str, parse: Parse, first: int, last: int) -> bool:
    """ "a category 4 hurricane", "page 12", "in round 2": a bare whole number right after
    the singular noun it numbers is a label, not an amount."""
    text = _text(body, parse, first, last)
    before = first - 1
    return (
        text.isdigit()
        and before >= 0
        and parse.tags[before] == "NN"
        and parse.heads[last - 1] == before
    )
