"""Where an article's figures are, and what each one reads as.

spaCy's small model finds most numbers as MONEY, PERCENT, QUANTITY or CARDINAL
entities, but it also merges neighbours ("five-year $700000" as one DATE), leaves
suffixes out ("£600" + "m"), files figures under other labels ("PS8.1bn" as a place,
"+0.3" as an organisation, "2483805" as a date) and misses some ("minus-1.4"). This
module starts from its spans, repairs them, adds the numbers it left out, joins the
two ends of a range ("from $75 a barrel to $45.88") and drops the numbers that are
not figures. What is not a figure is an ordered table of named rules (NOT_A_FIGURE)
over the token view, each giving its reason ("a year", "part of a name: a code"), so
`dropped_numbers` can say why a number is not shown. Every span comes back with its
Quantity.

figures.py turns these spans into Figures (what each measures, how much it matters).
A change here changes the figures stage's output: bump figures.VERSION.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from briefing.analysis.lexicon import MONTHS, TIME_ZONES
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
from briefing.analysis.rules import first_verdict
from briefing.analysis.tokens import Doc, Token

NUMERIC_LABELS = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
TIME_LABELS = ("DATE", "TIME")


class Span(NamedTuple):
    """Tokens [first, last) of a figure, the entity label it came from ("LOOSE" for a
    number no entity held, "FRACTION" for "a third of") and what it reads as."""

    first: int
    last: int
    label: str
    quantity: Quantity


class Dropped(NamedTuple):
    """Tokens [first, last) of a number that is not a figure, and why (for people)."""

    first: int
    last: int
    reason: str


def figure_spans(body: str, parse: Parse) -> list[Span]:
    """The figures of `body` in text order, each with its value, unit and kind."""
    return [s for s in _read_all(Doc(body, parse)) if isinstance(s, Span)]


def dropped_numbers(body: str, parse: Parse) -> list[Dropped]:
    """The numbers of `body` that are not figures, each with the reason it is not
    ("a year", "part of a name: a code"), for `briefing analyze --explain`."""
    return [s for s in _read_all(Doc(body, parse)) if isinstance(s, Dropped)]


def _read_all(doc: Doc) -> list[Span | Dropped]:
    spans = [(*_widen(doc, f, la), lab) for f, la, lab in _candidates(doc)]
    out: list[Span | Dropped] = []
    for first, last, label, phrase in _join_ranges(doc, spans):
        out.append(_read(Candidate(doc, first, last, label, phrase)))
    return out


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


def _lower(doc: Doc, t: int) -> str:
    """Token `t`'s lower-case text, or "" past either end."""
    tok = doc.get(t)
    return tok.lower if tok is not None else ""


def _read(c: Candidate) -> Span | Dropped:
    """The span's Quantity, or why it is not a figure."""
    reason = first_verdict(NOT_A_FIGURE, c)
    if reason is not None:
        return Dropped(c.first, c.last, reason)
    q = _duration(c) or _age(c) if c.label in TIME_LABELS else parse_quantity(c.text)
    if q is None and c.label in TIME_LABELS and _number_in_a_date(c.text):
        q = parse_quantity(c.text)  # "at 2483805", "25.5″" tagged DATE
    if q is None:
        return Dropped(c.first, c.last, "a date or time" if c.label in TIME_LABELS else "no number")
    return Span(c.first, c.last, c.label, q)


# --- candidates ---------------------------------------------------------------


def _candidates(doc: Doc) -> list[tuple[int, int, str]]:
    """Token spans that may be figures: numeric and date entities (trimmed, and cut
    where the model ran two figures together), loose numbers, and fractions."""
    spans: list[tuple[int, int, str]] = []
    covered: set[int] = set()
    numeric: set[int] = set()
    for ent in doc.ents:
        covered.update(range(ent.start, ent.end))
        if ent.label in NUMERIC_LABELS or ent.label in TIME_LABELS:
            numeric.update(range(ent.start, ent.end))
            first, last = _trim(doc, ent.start, ent.end)
            pieces = _split(doc, first, last, after_names=ent.label not in TIME_LABELS)
            spans.extend((f, la, ent.label) for f, la in pieces)
    spans.extend(_loose_numbers(doc, covered, numeric))
    spans.extend(_fractions(doc, numeric))
    return sorted(s for s in spans if _lower(doc, s[1]) not in TIME_ZONES)


_TRAILING = frozenset(("to", "and", "or", "-", "–", "from", "by", "than"))


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """ "up to 252 miles to": the model sometimes takes in the word that links the
    next number; it belongs to the range, not to this end of it."""
    while last - first > 1 and _lower(doc, last - 1) in _TRAILING:
        last -= 1
    return first, last


_UNIT_WORDS = frozenset((*TIME_UNITS, *MEASURES, *CURRENCY_WORDS, "percent", "cent", "%"))


def _starts_number(doc: Doc, t: int) -> bool:
    word = _lower(doc, t)
    return bool(
        (re.match(r"[+-]?\d", word) and "/" not in word)
        or re.fullmatch(r"[$£€]\d.*", word)
        or (word in _CURRENCY_SIGNS and _lower(doc, t + 1)[:1].isdigit())
    )


def _ends_figure(doc: Doc, t: int, after_names: bool) -> bool:
    """Whether token `t` can end a figure, so that a number after it starts another:
    a number, a unit, or (not in dates: "the year ending 31 December 2003") a name."""
    tok = doc[t]
    return (
        tok.like_num
        or tok.lower in _UNIT_WORDS
        or (after_names and tok.pos == "PROPN" and not _SYMBOL_BEFORE.match(tok.text.upper()))
    )


def _split(doc: Doc, first: int, last: int, after_names: bool) -> list[tuple[int, int]]:
    """ "five-year $700000", "640bhp 5.2 litre", "4.3 second 40", "+0.4% Dax +0.6%": a
    number that starts right after another figure's number or unit, or after a name,
    starts a figure of its own; so does the level in "by $2 billion to $9 billion"."""
    change = _change_and_level(doc, first, last)
    if change is not None:
        return [(first, change), (change + 1, last)]
    cuts = [first]
    for t in range(first + 1, last):
        if _starts_number(doc, t) and _ends_figure(doc, t - 1, after_names):
            cuts.append(t)
    pieces = list(zip(cuts, [*cuts[1:], last], strict=True))
    if len(pieces) > 1:  # "+0.4% Dax" + "+0.6%": the name belongs to neither
        pieces = [(f, la - 1) if doc[la - 1].pos == "PROPN" else (f, la) for f, la in pieces]
    return [(f, la) for f, la in pieces if la > f]


def _change_and_level(doc: Doc, first: int, last: int) -> int | None:
    """The "to" in "increased by $43.6 billion to $419.2 billion" (the change, then the
    new level: two figures, not a range), when the first carries its own unit."""
    if _lower(doc, first - 1) != "by":
        return None
    for t in range(first + 1, last - 1):
        if _lower(doc, t) == "to":
            q = parse_quantity(doc.text(first, t))
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


def _marked(doc: Doc, t: int) -> bool:
    """A loose number whose marks make it a figure even inside a name-like entity."""
    tok = doc[t]
    return bool(
        _MARKED.fullmatch(tok.text)
        or _ordinal_only(doc, t)  # a real ordinal ("5th") never matches _LOOSE_FIGURE
        or (t > 0 and doc[t - 1].text in _CURRENCY_SIGNS)
    )


def _loose_numbers(doc: Doc, covered: set[int], numeric: set[int]) -> list[tuple[int, int, str]]:
    """Numbers no numeric entity holds: untagged ones ("$414" + "million", "PS2.7m."),
    and marked ones the model filed as names ("PS8.1bn" as a place, "$" + "A25,474,373"
    as a person, "5pc" as an ordinal)."""
    spans: list[tuple[int, int, str]] = []
    t = 0
    while t < len(doc):
        tok = doc[t]
        loose = bool(_LOOSE_FIGURE.fullmatch(tok.text))
        skip = t in numeric or (t in covered and not (loose and _marked(doc, t)))
        if skip or not (tok.tag == "CD" or loose) or not tok.like_num or _CLOCK.search(tok.text):
            t += 1
            continue
        last = t + 1  # "$414" + "million", "PS2.7" + "m."
        while last < len(doc) and last not in covered and doc[last].lower.rstrip(".") in SCALES:
            last += 1
        spans.append((t, last, "LOOSE"))
        t = last
    return spans


def _ordinal_only(doc: Doc, t: int) -> bool:
    return any(e.start <= t < e.end and e.label == "ORDINAL" for e in doc.ents)


_NUMERATORS = frozenset(("a", "an", *(w for w, v in SMALL.items() if 1 <= v <= 9)))


def _fractions(doc: Doc, numeric: set[int]) -> list[tuple[int, int, str]]:
    """ "a third of the population", "two-thirds of voters": a fraction of something,
    which the model often calls an ordinal or nothing."""
    spans: list[tuple[int, int, str]] = []
    for t in range(1, len(doc) - 1):
        tok = doc[t]
        if (
            t in numeric
            or tok.lower not in DENOMINATORS
            or not tok.tag.startswith("NN")
            or _lower(doc, t + 1) != "of"
        ):
            continue
        start = t - 2 if _lower(doc, t - 1) == "-" else t - 1
        numerator = _lower(doc, start)
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


def _widen(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Take in what the model leaves outside a number's span: a currency sign before it
    ("$" + "150,000"), a scale after it ("£600" + "m"), a % or currency after it
    ("19" + "per cent") and the measure after a bare number ("4500" + "mAh")."""
    while (
        first > 0
        and _SYMBOL_BEFORE.match(doc[first - 1].text)
        and doc[first - 1].end_char >= doc[first].idx - 1
    ):
        first -= 1
    last = _take_scale(doc, first, last)
    nxt = doc.get(last)
    if nxt is None:
        return first, last
    if nxt.lower in _UNIT_AFTER and not _lower(doc, last + 1)[:1].isdigit():
        last += 1  # (not the sign of the next figure: "five-year" + "$700000")
    elif nxt.lower == "per" and _lower(doc, last + 1) == "cent":
        last += 2
    elif (
        nxt.lower in _MEASURE_AFTER
        and re.fullmatch(r"(?:minus-?|[+-])?[\d,.]+", doc[last - 1].text)
        and not nxt.text.istitle()  # "21 Grams" is a film ("GB" is a unit)
    ):
        last += 1
    return first, last


def _take_scale(doc: Doc, first: int, last: int) -> int:
    """ "5" + "million"; "£600" + "m", "500" + "m" + "euros" (a bare "60m" may be metres)."""
    nxt = doc.get(last)
    if nxt is None or not doc[last - 1].text[-1:].isdigit():
        return last
    word = nxt.lower.rstrip(".")
    attached = not nxt.space_before
    money = (
        _lower(doc, first)[:1] in _CURRENCY_SIGNS
        or bool(_SYMBOL_BEFORE.match(doc[first].text))
        or _lower(doc, last + 1) in CURRENCY_WORDS
    )
    if word in SCALES and word != "score" and (len(word) > 2 or (attached and money)):
        return last + 1
    return last


# --- ranges -------------------------------------------------------------------

RANGE_LINKS = frozenset(("to", "-", "–", "and"))
MAX_RANGE_GAP = 6  # "from 20 miles per gallon in 2008 to 29 mpg": words between X and "to"
_GAP_BREAKS = frozenset((",", ";", ":", "(", ")", "–", "—", "and", "but", "or"))

Joined = tuple[int, int, str, str | None]


def _join_ranges(doc: Doc, spans: list[tuple[int, int, str]]) -> list[Joined]:
    """Join the two ends of a range into one span: "1 per cent to 1.5 per cent",
    "between 5% and 6%" (and only after "between"), and "from X … to Y" with a few
    words between X and "to" ("from $75 U.S. per barrel to $45.88"). Each span comes
    with the phrase to read when that is not its text (a range with words between).
    "increased by $43.6 billion to $419.2 billion" is a change and a level, not a range."""
    out: list[Joined] = []
    for first, last, label in spans:
        if out and _adjacent_range(doc, out[-1], (first, last, label)):
            out[-1] = (out[-1][0], last, out[-1][2], None)
            continue
        k = _from_range_start(doc, out, first, last)
        if k is not None:
            x_first, x_last, x_label, _ = out[k]
            phrase = f"{doc.text(x_first, x_last)} to {doc.text(first, last)}"
            del out[k:]
            out.append((x_first, last, x_label, phrase))
            continue
        out.append((first, last, label, None))
    return out


def _adjacent_range(doc: Doc, prev: Joined, span: tuple[int, int, str]) -> bool:
    first, last, label, phrase = prev
    link = _lower(doc, last) if span[0] - last == 1 else ""
    if phrase is not None or link not in RANGE_LINKS or TIME_LABELS[0] in (label, span[2]):
        return False  # "from May to June 2024" is not a figure
    if link == "and" and _lower(doc, first - 1) != "between":
        return False
    a = parse_quantity(doc.text(first, last))
    b = parse_quantity(doc.text(span[0], span[1]))
    if not (a and b) or isinstance(a.value, tuple):
        return False
    if a.kind != b.kind and not (a.kind == "count" and b.kind != "count"):
        return False  # "5-10W": a bare low end takes the high end's unit; "5% to 1,000" no
    if a.unit and b.unit and a.unit != b.unit:  # "110 JPY to 1 USD" is a rate
        return False
    # "increased by $43.6 billion to $419.2 billion": the change, then the new level
    return not (link == "to" and _change_and_level(doc, first, span[1]) is not None)


def _from_range_start(doc: Doc, out: list[Joined], first: int, last: int) -> int | None:
    """Index in `out` of X when tokens [first, last) are Y in "from X … to Y", else None.
    Date spans between X and "to" ("in 2008") are part of the range's words."""
    if _lower(doc, first - 1) != "to":
        return None
    k = len(out) - 1
    while k >= 0 and out[k][2] in TIME_LABELS:
        k -= 1
    if k < 0 or out[k][3] is not None or _lower(doc, out[k][0] - 1) != "from":
        return None
    x_first, x_last = out[k][0], out[k][1]
    gap = range(x_last, first - 1)
    if len(gap) > MAX_RANGE_GAP or any(_lower(doc, t) in _GAP_BREAKS for t in gap):
        return None
    if any(out[j][1] > first - 1 for j in range(k + 1, len(out))):
        return None
    a = parse_quantity(doc.text(x_first, x_last))
    b = parse_quantity(doc.text(first, last))
    if not (a and b) or isinstance(a.value, tuple) or isinstance(b.value, tuple):
        return None
    same = a.kind == b.kind and (a.unit == b.unit or not (a.unit and b.unit))
    return k if same or "count" in (a.kind, b.kind) else None


# --- what is not a figure -----------------------------------------------------
#
# Each rule takes a Candidate and returns None when it does not apply, else the reason
# the number is not a figure. The first rule that applies decides (rules.first_verdict).


def _bare_count(c: Candidate) -> bool:
    """Rules about names and labels apply to bare numbers only: a CARDINAL or a number
    no entity held. A sign or a unit ("$5", "5%", "5 GB") makes it an amount."""
    return c.label in ("CARDINAL", "LOOSE")


def a_year(c: Candidate) -> str | None:
    """ "since 2022", "the 1990s": a bare four-digit number from 1800 to 2099 is a year,
    unless it counts a noun ("2000 troops")."""
    if not _bare_count(c) or not re.fullmatch(r"(?:1[89]|20)\d\d(?:'?s)?", c.text):
        return None
    number = c.doc[c.first]
    counts = c.last - c.first == 1 and number.dep == "nummod" and number.head.tag == "NNS"
    return None if counts else "a year"


def a_code(c: Candidate) -> str | None:
    """ "3G", "4K": a whole number glued to a letter that is no unit or scale is a
    code, not a count."""
    if not _bare_count(c) or not re.fullmatch(r"\d+(?:-\d+)?", c.text):
        return None
    nxt = c.after()
    if nxt is None or nxt.space_before or not nxt.text.isalpha():
        return None
    word = nxt.lower
    if word in _MEASURE_AFTER or word in SCALES:  # "5M" is five million
        return None
    if word not in _UNIT_WORDS or (len(nxt.text) == 1 and nxt.text.isupper()):
        return "part of a name: a code"
    return None


def after_a_name(c: Candidate) -> str | None:
    """ "iPhone 14", "S&P 500", "Route 66": a bare number right after a proper name
    is a model or a number in a name."""
    if not _plain_number(c):
        return None
    before = c.before()
    if (
        before is not None
        and c.first > 0
        and before.pos == "PROPN"
        and any(ch.isupper() for ch in before.text)  # "iPhone 14" too
    ):
        return "part of a name: a model or a number in a name"
    return None


def modifies_a_name(c: Candidate) -> str | None:
    """ "737 Max", "575 Wilbraham Road": a bare number the parse hangs on a proper
    name after it names something with that name."""
    if not _plain_number(c):
        return None
    number = c.doc[c.last - 1]
    head = number.head
    if head.pos == "PROPN" and head.i > number.i and number.dep in ("nummod", "compound"):
        return "part of a name: a model or an address"
    return None


def before_a_name(c: Candidate) -> str | None:
    """ "49 Zorro Ranch Road", "two new 737 Max jets": a number right before a run of
    capitalised singular proper nouns names something, unless the run modifies a plural
    noun the number counts ("5 Labour MPs"). A weekday or month after it is a date
    ("killed 12 Tuesday"), a scale word a figure ("5 Million")."""
    if not _plain_number(c) or not c.doc.text(c.first, c.last).isdigit():
        return None  # "a 42-7 Kiwi triumph" is a score
    t = c.last
    while t < len(c.doc) and c.doc[t].tag == "NNP" and c.doc[t].is_title:
        t += 1
    if t == c.last:
        return None
    nxt = _lower(c.doc, c.last)
    if MONTHS.fullmatch(nxt) or nxt in SCALES or nxt in _UNIT_WORDS:
        return None
    end = c.doc.get(t)
    if end is not None and end.tag in ("NNS", "NNPS"):
        # counted, unless another number already counts that noun ("two new 737 Max jets")
        counted_before = any(
            c.doc.parse.heads[o] == t and c.doc[o].tag == "CD" and c.doc[o].dep == "nummod"
            for o in range(max(0, c.first - 4), c.first)
        )
        return "part of a name: a model" if counted_before else None
    return "part of a name"


def _plain_number(c: Candidate) -> bool:
    """A bare whole number (or "12-14") with no measure word after it ("64 GB")."""
    if not _bare_count(c) or not re.fullmatch(r"\d+(?:-\d+)?", c.text):
        return False
    return _lower(c.doc, c.last) not in _MEASURE_AFTER


def a_label(c: Candidate) -> str | None:
    """ "a category 4 hurricane", "page 12", "in round 2": a bare whole number right after
    the singular noun it numbers is a label, not an amount."""
    if not _bare_count(c) or not c.text.isdigit():
        return None
    before = c.before()
    if before is not None and before.tag == "NN" and c.doc[c.last - 1].head == before:
        return f"a label: {before.lower} {c.text}"
    return None


def a_date_or_time(c: Candidate) -> str | None:
    """A DATE or TIME span that is no duration ("in March 2024", "at 3:30 pm") is a
    date, unless it is a lone number the model mistook for one ("at 2483805")."""
    if c.label not in TIME_LABELS or _number_in_a_date(c.text):
        return None
    if _duration(c) is not None or _age(c) is not None:
        return None
    return "a date or a clock time"


NotAFigureRule = Callable[[Candidate], str | None]
NOT_A_FIGURE: tuple[NotAFigureRule, ...] = (
    a_date_or_time,
    a_year,
    a_code,
    after_a_name,
    modifies_a_name,
    before_a_name,
    a_label,
)
"""What is not a figure, tried in order; the first that applies gives the reason."""


def _duration(c: Candidate) -> Quantity | None:
    """A DATE/TIME span that measures time ("the past 24 hours", "two weeks")."""
    text = c.text
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


def _age(c: Candidate) -> Quantity | None:
    """A DATE span that is an age ("a 35-year-old", "ten years old", "six weeks of age"):
    a time span followed by "old" or "of age" is how old someone or something is."""
    q = parse_quantity(c.text)
    return q if q is not None and q.unit.endswith(" old") else None


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
