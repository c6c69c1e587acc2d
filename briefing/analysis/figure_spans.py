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

figures.py turns these spans into Figures (what each measures, how much it matters).
A change here changes the figures stage's output: bump figures.VERSION.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from briefing.analysis.lexicon import (
    ABBREVIATED_SCALES,
    AGE_BEFORE,
    AREA_WORDS,
    CALL_VERBS,
    CHANGE_WORDS,
    CLOCK_PREPS,
    CODE_LETTERS,
    COUNTED_SINGULARS,
    CURRENCIES_AFTER_A_NUMBER,
    DOLLAR_COUNTRIES,
    KEY_NOUNS,
    LEVEL_VERBS,
    LOWER_CODES_THAT_ARE_WORDS,
    MONEY_NOUNS,
    MONEY_VERBS,
    MONTHS,
    NAME_LINKS,
    NAME_SUFFIXES,
    NOT_COUNTRY_ADJECTIVES,
    NUMBER_SIGNS,
    NUMBERED_WORK_NOUNS,
    OLDEST_AGE,
    PART_BEFORE_HALF,
    RACE_WORDS,
    RATIO_EVERY,
    RATIO_LINK,
    RATIO_OUT_OF,
    RELATIVE_BEFORE,
    RESULT_WORDS,
    TEMPERATURE_UNITS,
    TIME_ZONES,
    VAGUE_PREFIXES,
    VOTE_WORDS,
    VULGAR_FRACTIONS,
    WEIGHT_EVIDENCE,
)
from briefing.analysis.model import Parse
from briefing.analysis.quantities import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DENOMINATORS,
    MEASURES,
    QUALIFIERS,
    SCALES,
    SMALL,
    TIME_UNITS,
    Quantity,
    compound_measure,
    currency_codes,
    currency_names,
    parse_quantity,
)
from briefing.analysis.rules import first_verdict
from briefing.analysis.tokens import Doc, Token

NUMERIC_LABELS = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
SCORE_SIDES = ("SCORE 1", "SCORE 2")
"""Labels of the two numbers of a score held in one token ("110–98"), until read."""
TIME_LABELS = ("DATE", "TIME")
_SIGN_CHARS = "".join(k for k in CURRENCY_SYMBOLS if len(k) == 1 and not k.isalnum())
SIGNS = f"[{re.escape(_SIGN_CHARS)}]"
"""A regex class of the one-character currency signs ("$", "£", "₦", "₹"), from the
lexicon's symbols, so every pattern here knows the same signs."""


class Span(NamedTuple):
    """Tokens [first, last) of a figure, the entity label it came from ("LOOSE" for a
    number no entity held, "FRACTION" for "a third of", "RATIO" for "one in five",
    "SCORE" for either number of "3-1") and what it reads as (see `figure_readings`
    for how, when that is not plain)."""

    first: int
    last: int
    label: str
    quantity: Quantity


class Reading(NamedTuple):
    """Tokens [first, last) of a figure whose value was read in a way worth saying, and
    how, for people ("a bare m after a number is metres unless money is near")."""

    first: int
    last: int
    why: str


READINGS = {
    "SCORE": "one number of a score: a score is two numbers, never a range",
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
    spans = [(*_widen(doc, f, la), lab) for f, la, lab in _candidates(doc)]
    spans = _join_compound_measures(doc, spans)
    out: list[tuple[Span, str] | Dropped] = []
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


def _a_magnitude(c: Candidate) -> bool:
    """ "a magnitude of 6.8", "magnitude 7.1", "a 7.1-magnitude quake": the size of an
    earthquake (or a star's brightness), a measure and not a count."""
    if c.text.lower().endswith("-magnitude") or (
        _lower(c.doc, c.last) == "-" and _lower(c.doc, c.last + 1) == "magnitude"
    ):
        return True
    before = [_lower(c.doc, c.first - k) for k in (1, 2)]
    return before[0] == "magnitude" or before == ["of", "magnitude"]


def _money_words(c: Candidate) -> bool:
    """A span naming a currency and no month or year is a sum, whatever the model tagged
    it ("two and a half million dollars" as a date)."""
    currency = any(t.lower in CURRENCY_WORDS and t.lower != "p" for t in c.tokens)
    return currency and not MONTHS.search(c.text) and not re.search(r"\b(?:1[89]|20)\d\d\b", c.text)


def _special_reading(c: Candidate, q: Quantity) -> str:
    """How a figure read by one of the rules below was read, for `analyze --explain`."""
    text = c.text.lower()
    if re.search(r"\d\s?, \d{3}", text):
        return "thousands commas typed with a space after them are one number"
    if _MEASURE_ADJECTIVE.fullmatch(c.doc.text(c.first, min(c.last + 2, len(c.doc)))):
        return 'a measure hyphened to "long", "high" or "deep" is a length, never a date'
    named = (k for k in range(max(c.first + 1, c.last - 4), c.last - 1))
    if q.kind == "money" and any(_whose_currency(c.doc, k) == c.last - k for k in named):
        return "the words between the number and the currency say whose money it is"
    return ""


_MEASURE_ADJECTIVE = re.compile(r"\d[\d,.]*\s?[a-z]+-(?:long|high|wide|deep|tall|thick)", re.I)
"""A measure hyphened to its adjective ("25m-long", "40ft-high"): a length, never a date."""


def _hyphened_metres(c: Candidate) -> bool:
    """A number glued to "m" and hyphened to a dimension adjective ("a 12m-long whale",
    "the 30m-high cliff") is a length in metres: millions are never long or high."""
    hyphened = c.doc.text(c.first, min(c.last + 2, len(c.doc)))
    glued_m = c.phrase is None and c.text.lower().endswith("m") and c.text[-2:-1].isdigit()
    return glued_m and _MEASURE_ADJECTIVE.fullmatch(hyphened) is not None


def _read(c: Candidate) -> tuple[Span, str] | Dropped:
    """The span's Quantity and how it was read, or why it is not a figure."""
    if c.label in TIME_LABELS and _money_words(c):
        c = replace(c, label="MONEY")  # "two and a half million dollars" taken for a date
    if c.label in TIME_LABELS and _MEASURE_ADJECTIVE.fullmatch(c.text):
        c = replace(c, last=c.last - 2, label="QUANTITY")  # "a 25m-long skeleton" as a date
    if _hyphened_metres(c):  # "a 12m-long whale" is 12 metres long, not 12 million
        c = replace(c, phrase=c.text[:-1] + " metres")
    reason = first_verdict(NOT_A_FIGURE, c)
    if reason is not None:
        return Dropped(c.first, c.last, reason)
    if c.label in TIME_LABELS and (inner := _figure_in_a_date(c)) is not None:
        return inner
    why = READINGS.get(c.label, "")
    if c.label in TIME_LABELS:
        q = _duration(c) or _age(c) or _fraction_of(c)
    elif c.phrase is None and _metres(c.doc, c.first, c.last):  # "the 400m" is a distance
        q = parse_quantity(c.doc.text(c.first, c.last - 1) + " metres")
        why = "a bare m after a number is metres unless money is near or it counts a plural"
    else:
        q = parse_quantity(c.text)
    if q is None and c.label in TIME_LABELS and (_number_in_a_date(c.text) or _counts_a_noun(c)):
        q = parse_quantity(c.text)  # "at 2483805", "25.5″", "between 20 and 30 people"
    if q is None:
        return Dropped(c.first, c.last, "a date or time" if c.label in TIME_LABELS else "no number")
    if q.kind == "count" and c.label not in TIME_LABELS:
        q = _age(c) or q  # "aged 18–24" the model saw as a name or a number
    if q.unit == "GBP" and _pounds_of_weight(c):
        q = Quantity(q.value, "lb", "quantity")
        why = 'pounds are a weight when weighing is said ("weighed", "of flour", "ounces")'
    if q.kind == "count" and _a_magnitude(c):
        q = Quantity(q.value, "magnitude", "quantity")
        why = 'a number after "magnitude" or hyphened to it is a magnitude, not a count'
    why = why or _special_reading(c, q)
    if q.unit.endswith(" old"):
        why = (
            'a time span followed by "old" or "of age", or a number after "aged" or "the'
            ' age of", is an age'
        )
    return Span(c.first, c.last, c.label, q), why


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
            for f, la in pieces:
                if la - f == 3 and _score(doc, f, la - 1):
                    spans.extend([(f, f + 1, "SCORE"), (la - 1, la, "SCORE")])
                elif la - f == 1 and _glued_score(doc, f):
                    spans.extend([(f, la, SCORE_SIDES[0]), (f, la, SCORE_SIDES[1])])
                else:
                    spans.append((f, la, ent.label))
    spans.extend(_loose_numbers(doc, covered, numeric))
    spans.extend(_fractions(doc, numeric))
    spans.extend(_a_scale_of_money(doc, numeric))
    spans = _join_powers(doc, _mark_scores(doc, sorted(spans)))
    spans = _join_ratios(
        doc, _join_fraction_of_a_scale(doc, _join_digit_groups(doc, _join_comma_groups(doc, spans)))
    )
    spans = _with_their_bounds(doc, spans)
    return [s for s in spans if _lower(doc, s[1]) not in TIME_ZONES]


_BOUNDS = tuple(
    tuple(phrase.split())
    for phrase in (
        "as many as", "as much as", "as low as", "as high as", "as few as", "as little as",
        "up to", "more than", "less than", "fewer than", "at least", "at most",
        "upwards of", "in excess of",
    )
)  # fmt: skip
"""Words before a number that make it a bound, not an exact value: "Gusts of up to
90mph", "as low as minus 8C" (quantities.QUALIFIERS reads them)."""


def _with_their_bounds(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each span with the bound right before it that the model left out or read as a
    number of its own ("Gusts of up to 90mph": "up to" a CARDINAL, "90mph" the figure):
    shown without it, a maximum reads as the value."""
    out: list[tuple[int, int, str]] = []
    for first, last, label in spans:
        sign = int(_lower(doc, first - 1) == "minus")  # "as low as minus 8C": read later
        for words in _BOUNDS:
            start = first - sign - len(words)
            if start < 0 or any(_lower(doc, start + k) != w for k, w in enumerate(words)):
                continue
            if out and out[-1][0] < start < out[-1][1]:
                break  # a span runs into the bound's words: the bound is not this figure's
            while out and out[-1][0] >= start:
                out.pop()  # the bound's own span, its words alone ("up to" a CARDINAL)
            first = start
            break
        out.append((first, last, label))
    return out


def _a_scale_of_money(doc: Doc, numeric: set[int]) -> list[tuple[int, int, str]]:
    """ "a billion euros", "a million dollars": "a" and a scale word before a currency is
    a sum (one billion), which the model often leaves untagged."""
    spans: list[tuple[int, int, str]] = []
    for t in range(1, len(doc) - 1):
        word, money = doc[t].lower, doc[t + 1].lower
        if t in numeric or word not in SCALES or len(word) < 5 or word.endswith("s"):
            continue  # "million", "billion"; not "dozens"
        if _lower(doc, t - 1) in ("a", "an") and money in CURRENCY_WORDS and money != "p":
            spans.append((t - 1, t + 2, "MONEY"))
    return spans


def _score(doc: Doc, a: int, b: int) -> bool:
    """ "won 3-1", "a 2-0 defeat", "52-48": two whole numbers joined by a dash (tokens
    a, a+1, b) are a score or a tally, two figures and never a range, when the first is
    the larger or a word of a result is near. A tie ("drew 1-1") stays one figure of
    one value."""
    if b != a + 2 or doc[a + 1].text not in ("-", "–"):
        return False
    return _score_numbers(doc, doc[a].text, doc[b].text, a, b)


def _score_numbers(doc: Doc, x: str, y: str, a: int, b: int) -> bool:
    """Whether numbers `x` and `y`, written as "x-y" over tokens a..b, are a score."""
    if not (x.isdigit() and y.isdigit()) or x == y or len(x) > 3 or len(y) > 3:
        return False
    near = (doc.get(t) for t in range(a - 4, b + 5) if not a <= t <= b)
    result = any(tok is not None and tok.lower in RESULT_WORDS for tok in near)
    return int(x) > int(y) or result or _beside_a_pair(doc, a, b)  # "aged 18-24" is a range


_PAIR = re.compile(r"\d{1,3}[-–]\d{1,3}")


def _beside_a_pair(doc: Doc, a: int, b: int) -> bool:
    """ "6-7 (3-7) 6-3 6-3": a dash pair right beside another, brackets apart, is one of
    the set or game scores of a match (a range is not written twice in a row)."""

    def pair_ending(k: int) -> bool:
        while _lower(doc, k) in ("(", ")"):
            k -= 1
        if _PAIR.fullmatch(_lower(doc, k)):
            return True
        return _lower(doc, k - 1) in ("-", "–") and bool(
            re.fullmatch(r"\d{1,3}", _lower(doc, k))
            and re.fullmatch(r"\d{1,3}", _lower(doc, k - 2))
        )

    def pair_starting(k: int) -> bool:
        while _lower(doc, k) in ("(", ")"):
            k += 1
        if _PAIR.fullmatch(_lower(doc, k)):
            return True
        return _lower(doc, k + 1) in ("-", "–") and bool(
            re.fullmatch(r"\d{1,3}", _lower(doc, k))
            and re.fullmatch(r"\d{1,3}", _lower(doc, k + 2))
        )

    return pair_ending(a - 1) or pair_starting(b + 1)


_GLUED_SCORE = re.compile(r"(\d{1,3})[-–](\d{1,3})")


def _glued_score(doc: Doc, t: int) -> tuple[str, str] | None:
    """ "won 110–98": a score the tokenizer kept as one token (an en dash between digits),
    as its two numbers."""
    m = _GLUED_SCORE.fullmatch(doc[t].text)
    return (m[1], m[2]) if m and _score_numbers(doc, m[1], m[2], t, t) else None


def _mark_scores(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Both ends of a score the model split ("2" + "-" + "0") are labelled SCORE, so
    the range join and the name rules ("beat Spurs 3-1") leave them alone."""
    out = list(spans)
    for i in range(len(out) - 1):
        (f1, l1, _), (f2, l2, _) = out[i], out[i + 1]
        if l1 - f1 == 1 and l2 - f2 == 1 and _score(doc, f1, f2):
            out[i], out[i + 1] = (f1, l1, "SCORE"), (f2, l2, "SCORE")
    return out


_POWER_BASE = ("x", "×", "*")


def _join_powers(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "6.5 x 10^8 km": a number times a power of ten is one figure, whatever pieces
    the model cut it into."""
    out = list(spans)
    if "^" not in doc.body:
        return out
    for t in range(len(doc) - 4):
        if _lower(doc, t + 3) != "^":
            continue
        words = [_lower(doc, t + k) for k in range(5)]
        if not (
            re.fullmatch(r"\d+(?:\.\d+)?", words[0])
            and words[1] in _POWER_BASE
            and words[2] == "10"
            and words[3] == "^"
            and re.fullmatch(r"[+-]?\d+", words[4])
        ):
            continue
        inside = [s for s in out if s[0] < t + 5 and s[1] > t]
        end = max([t + 5, *(s[1] for s in inside)])
        out = [s for s in out if s not in inside]
        out.append((t, end, "QUANTITY"))
    return sorted(out)


def _join_compound_measures(
    doc: Doc, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "2 hours" + "14 minutes", "6ft" + "2in": a measure written in two units, the
    larger first, is one figure, whether the model found it as one span or two."""
    joined: list[tuple[int, int, str]] = []
    for first, last, label in spans:
        after = joined and joined[-1][1] in (first, first - 1)
        if after and compound_measure(doc.text(joined[-1][0], last)) is not None:
            joined[-1] = (joined[-1][0], last, joined[-1][2])
        else:
            joined.append((first, last, label))
    return joined


def _join_ratios(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "one in five adults", "four in 10 voters": two counts linked by "in", the first
    the smaller, are one figure, a share (see quantities: 0.2, like "a fifth")."""
    out: list[tuple[int, int, str]] = []
    swallowed = -1  # the second number of the last ratio joined
    for first, last, label in spans:
        if first <= swallowed:
            continue
        part_start = _ratio_part_before(doc, first, out[-1][1] if out else 0)
        if part_start is not None:  # "Around one in five": the model found only "five"
            joined = parse_quantity(doc.text(part_start, last).replace("-", " "))
            if joined is not None and joined.unit == "fraction":
                out.append((part_start, last, "RATIO"))
                continue
        noun = doc.get(last)  # "one person in five": a person or thing news counts between
        between = noun is not None and noun.tag == "NN" and noun.lemma in KEY_NOUNS
        whole = _ratio_whole(doc, last + 1 if between else last)  # not "one goal in 10 games"
        if whole is not None:
            joined = parse_quantity(doc.text(first, whole + 1).replace("-", " "))
            part = parse_quantity(doc.text(first, last))
            if part is not None and part.kind == "count" and joined and joined.unit == "fraction":
                out.append((first, whole + 1, "RATIO"))
                swallowed = whole
                continue
        out.append((first, last, label))
    return out


def _join_digit_groups(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "1 000 000 people": a first group of digits (no leading zero) and groups of three
    after it, separated by spaces, are one number written with spaces for thousands
    (a run with any other group is a phone number: "555 019 9999")."""
    out: list[tuple[int, int, str]] = []
    for first, last, label in spans:
        end = _thousands_run(doc, out[-1][0]) if out and out[-1][1] == first else None
        if end is not None and first < end:  # "10 000" + "euros" too
            out[-1] = (out[-1][0], max(out[-1][1], last), "CARDINAL" if last <= end else label)
            continue
        out.append((first, last, label))
    return out


def _join_comma_groups(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "10, 000 people", "$ 75, 000 , 000": a number written with a space after its
    thousands commas (typed so, or split by a tokenizer) is one number when every group
    after the first has three digits; not a list of numbers ("rooms 101, 102 and 103")."""
    out: list[tuple[int, int, str]] = []
    joined_to = -1  # where the last joined number ends
    for first, last, label in spans:
        if first < joined_to:
            if last > joined_to:
                out[-1] = (out[-1][0], last, out[-1][2])
            continue  # a group the join before took in
        end = _comma_run(doc, last - 1)
        if end is not None:
            joined_to = end
        out.append((first, end if end is not None else last, label))
    return out


def _comma_run(doc: Doc, t: int) -> int | None:
    """The end of the run of ", ddd" groups after the number at token `t`, else None."""
    lead = doc[t].text.lstrip("$£€")
    if not (lead.isdigit() and len(lead) <= 3) or (t >= 2 and _lower(doc, t - 1) == ","):
        return None
    k = t + 1
    while _lower(doc, k) == "," and re.fullmatch(r"\d{3}", _lower(doc, k + 1)):
        if not doc[k + 1].space_before:
            return None  # "10,000" the model split: read as it is
        k += 2
    if k == t + 1:
        return None
    listed = _lower(doc, k) in ("and", "or", ",") and _lower(doc, k + 1)[:1].isdigit()
    return None if listed else k


def _thousands_run(doc: Doc, t: int) -> int | None:
    """The end of the run of digit groups starting at token `t` when it writes one number
    with spaces ("1 000 000"), else None."""
    lead = doc[t].text
    if not (lead.isdigit() and len(lead) <= 3 and not lead.startswith("0")):
        return None
    if t > 0 and doc[t - 1].text.isdigit() and doc[t].space_before:
        return None  # a later group of a longer run ("0800 555 111")
    k = t + 1
    while k < len(doc) and doc[k].text.isdigit() and doc[k].space_before:
        if len(doc[k].text) != 3:
            return None
        k += 1
    return k if k > t + 1 else None


def _join_fraction_of_a_scale(
    doc: Doc, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "a quarter" + "of a" + "million": a fraction of a scale word is one number (a
    quarter of a million is 250,000), however the model cut it ("almost a quarter" as a
    date): a count."""
    out: list[tuple[int, int, str]] = []
    for first, last, label in spans:
        if out:
            a_first, a_last, _ = out[-1]
            linked = [_lower(doc, a_last), _lower(doc, a_last + 1)] in (["of", "a"], ["of", "an"])
            scale = (
                last - first == 1 and _lower(doc, first) in SCALES and len(_lower(doc, first)) > 2
            )
            if linked and first == a_last + 2 and scale and _lower(doc, a_last - 1) in DENOMINATORS:
                out[-1] = (a_first, last, "CARDINAL")
                continue
        out.append((first, last, label))
    return out


def _ratio_part_before(doc: Doc, first: int, free_from: int) -> int | None:
    """The token of a ratio's first number that the model left out of every span, when
    "in" links it to the number starting at `first` ("Around one in five businesses":
    only "five" was found), else None."""
    part = first - 2
    if part < free_from or _lower(doc, first - 1) != RATIO_LINK:
        return None
    tok = doc.get(part)
    return part if tok is not None and tok.tag == "CD" else None


def _ratio_whole(doc: Doc, t: int) -> int | None:
    """The token of the second number in "one in five" / "one-in-four" when a ratio's
    link starts at token `t`, else None (not when a unit follows: "5 in 10 minutes")."""
    k = t + (_lower(doc, t) == "-")
    if _lower(doc, k) == RATIO_LINK:
        k += 1 + (_lower(doc, k + 1) == "-")
        k += _lower(doc, k) == RATIO_EVERY  # "one in every three"
    elif (_lower(doc, k), _lower(doc, k + 1)) == RATIO_OUT_OF:  # "nine out of 10"
        k += 2
    else:
        return None
    tok = doc.get(k)
    if tok is None or tok.tag != "CD" or _lower(doc, k + 1) in _UNIT_WORDS:
        return None
    if re.fullmatch(r"(?:1[89]|20)\d\d", tok.text):
        return None  # "died aged 27 in 1971": a year, not a whole
    return k


_TRAILING = frozenset(("to", "and", "or", "-", "–", "from", "by", "than", "x", "×"))


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """ "up to 252 miles to": the model sometimes takes in the word that links the
    next number; it belongs to the range, not to this end of it. So does an adverb
    after the figure ("minus 12 overnight"), and a currency sign before the next number
    ("$1.3 to $" + "1.5bn": the sign is the other end's)."""
    while last - first > 1 and (
        _lower(doc, last - 1) in _TRAILING
        or doc[last - 1].tag == "RB"
        or (_lower(doc, last - 1) in _CURRENCY_SIGNS and _lower(doc, last)[:1].isdigit())
    ):
        last -= 1
    return first, last


_UNIT_WORDS = frozenset((*TIME_UNITS, *MEASURES, *CURRENCY_WORDS, "percent", "cent", "%"))


def _starts_number(doc: Doc, t: int) -> bool:
    word = _lower(doc, t)
    return bool(
        (re.match(r"[+-]?\d", word) and "/" not in word)
        or re.fullmatch(rf"{SIGNS}\d.*", word)
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
    if change is None:
        change = _two_kinds(doc, first, last)
    if change is None and _lower(doc, first - 1) == "from" and _from_is_a_change(doc, first):
        change = next((t for t in range(first + 1, last - 1) if _lower(doc, t) == "to"), None)
    if change is None:
        change = _descending(doc, first, last)
    if change is None:
        change = _two_joined_by_and(doc, first, last)
    if change is not None:
        return [(first, change), (change + 1, last)]
    cuts = [first]
    for t in range(first + 1, last):
        dimension = _lower(doc, t - 1) in _POWER_BASE and _lower(doc, t) != "10"  # "1 m x 1 m"
        if _starts_number(doc, t) and (_ends_figure(doc, t - 1, after_names) or dimension):
            cuts.append(t)
    pieces = list(zip(cuts, [*cuts[1:], last], strict=True))
    if len(pieces) > 1:  # "+0.4% Dax" + "+0.6%": the name belongs to neither
        pieces = [(f, la - 1) if doc[la - 1].pos == "PROPN" else (f, la) for f, la in pieces]
    pieces = [_trim(doc, f, la) for f, la in pieces]  # "1 m x" + "1 m"
    return [(f, la) for f, la in pieces if la > f]


def _two_joined_by_and(doc: Doc, first: int, last: int) -> int | None:
    """The "and" in "girls aged 9 and 11": two numbers joined by "and" are two figures;
    only "between" makes them the ends of a range ("between 20 and 30")."""
    if "between" in (_lower(doc, first - 1), _lower(doc, first)):
        return None
    for t in range(first + 1, last - 1):
        if _lower(doc, t) == "and" and doc[t - 1].like_num and _starts_number(doc, t + 1):
            return t
    return None


def _change_and_level(doc: Doc, first: int, last: int) -> int | None:
    """The "to" in "increased by $43.6 billion to $419.2 billion", "rose by 296,000 to
    2.8 million" or "fell 200 to 33,000": after "by" or a word of change, "X to Y" is
    the change, then the new level (two figures, never a range) when both ends carry
    their own unit ("rose $2.10 to $84.30") or the second is many times the first (a
    change is small beside the level it reaches); ends of one size sharing one unit are
    a range ("rose by 3 to 4 per cent", "cut 300 to 400 jobs")."""
    if not (_lower(doc, first - 1) == "by" or _after_a_change(doc, first)):
        return None
    t = next((k for k in range(first + 1, last - 1) if _lower(doc, k) == "to"), None)
    if t is None:
        return None
    change, level = parse_quantity(doc.text(first, t)), parse_quantity(doc.text(t + 1, last))
    if change is None or level is None:
        return None
    if change.unit and level.unit:
        return t
    both = parse_quantity(doc.text(first, last))
    if both is not None and isinstance(both.value, tuple):
        low, high = both.value
        return t if abs(high) >= CHANGE_TO_LEVEL * abs(low) else None
    return t


CHANGE_TO_LEVEL = 5
"""How many times its first end the second of "fell 200 to 33,000" must be for the two
to be a change and a level rather than the ends of a range ("cut 300 to 400 jobs")."""


def _descending(doc: Doc, first: int, last: int) -> int | None:
    """The "to" of "voted 7 to 2": a range runs from low to high, so two numbers joined by
    "to" with the first the larger are a tally or a change, two figures."""
    t = next((k for k in range(first + 1, last - 1) if _lower(doc, k) == "to"), None)
    if t is None:
        return None
    a, b = parse_quantity(doc.text(first, t)), parse_quantity(doc.text(t + 1, last))
    if a is None or b is None or isinstance(a.value, tuple) or isinstance(b.value, tuple):
        return None
    return t if a.value > b.value and (a.unit == b.unit or not b.unit) else None


def _after_a_change(doc: Doc, first: int) -> bool:
    """Whether the figure starting at token `first` comes right after a word of change
    ("rose", "up", "cut"), an adverb between allowed ("rose sharply"), or after the
    object of one ("lifted rates 0.25% to 5.5%")."""
    k = first - 1 - (_lower(doc, first - 1).endswith("ly"))
    tok = doc.get(k)
    if tok is None:
        return False
    if tok.lemma in CHANGE_WORDS or tok.lower in CHANGE_WORDS:
        return True
    return _object_of_a_change(tok)


def _object_of_a_change(tok: Token) -> bool:
    """Whether `tok` ends the object of a word of change right before a figure: "lifted
    interest rates 0.25% to 5.5%", "cut its forecast 0.5% to 2%"."""
    if tok.pos not in ("NOUN", "PROPN"):
        return False
    noun = tok
    while noun.dep == "compound" and noun.head.i > noun.i:
        noun = noun.head
    verb = noun.head
    return (
        noun.dep == "dobj"
        and verb.pos == "VERB"
        and verb.i < tok.i
        and (verb.lemma in CHANGE_WORDS or verb.lower in CHANGE_WORDS)
    )


FROM_TO_IS_ONE_FIGURE = True
"""The convention for "rose from 240 to 273": one figure, the span it moved over, as
NewsQuant (the published benchmark) annotates it and as the sidebar reads it ("from 240
to 273 — shares"). False splits it into the old level and the new. "by X to Y" (a
change, then the level) and "X to Y" of two kinds are two figures either way."""


def _from_is_a_change(doc: Doc, x_first: int) -> bool:
    """ "rose from 3% to 5%", "a cut from $5m to $3m": "from" under a word of change
    starts the old level, not the low end of a range ("range from $20 to $50") — when
    the convention (FROM_TO_IS_ONE_FIGURE) splits them."""
    if FROM_TO_IS_ONE_FIGURE:
        return False
    head = doc[x_first - 1].head
    return head.lemma in CHANGE_WORDS or head.lower in CHANGE_WORDS


_GLUED_UNITS = "|".join(
    sorted(
        (re.escape(w) for w in (*MEASURES, *AREA_WORDS) if re.fullmatch(r"[a-zµ°/]{1,4}", w)),
        key=len,
        reverse=True,
    )
)


def _two_kinds(doc: Doc, first: int, last: int) -> int | None:
    """The "to" in "jumped 20pc to €1.1bn" run into one span: a share and a sum (or any
    two figures of different kinds) are two figures, never a range."""
    for t in range(first + 1, last - 1):
        if _lower(doc, t) == "to":
            a, b = parse_quantity(doc.text(first, t)), parse_quantity(doc.text(t + 1, last))
            if a and b and "count" not in (a.kind, b.kind) and a.kind != b.kind:
                return t
    return None


_LETTER_SIGNS = "|".join(
    sorted((k for k in CURRENCY_SYMBOLS if k.isalpha() and len(k) > 1 and k != "ps"), key=len)[::-1]
)  # "Rs", "RM", "KSh", "Dh": glued to a number ("Dh5,000") they are its currency
_LOOSE_FIGURE = re.compile(
    rf"(?:PS(?!\d$)|US|A(?=\d{{1,3}},\d)|Y=|[A-Z]{{0,3}}{SIGNS})\d[\d,.]*(?:pc|%|bn|m|k|p)?"  # "PS5", "A1" no
    r"|(?-i:(?P<code>[A-Z]{3}))\d[\d,.]*(?:bn|m|k)?"  # "CHF300", "EUR200m" (see _loose)
    rf"|(?:{_LETTER_SIGNS})\d[\d,.]*(?:bn|m|k)?"  # "Dh5,000", "Rs500"
    rf"|-?(?:PS|{SIGNS})?\d[\d,.]*(?:pc|%|bn|m|k|p)"  # "-50.8bn"
    rf"|\d[\d,.]*(?:{_GLUED_UNITS}|mAh|bhp|Hz)"  # "10W", "64GB", "330ml", "85sq"
    r"|\+\d[\d,.]*"  # "+0.2%"; not "-19", mostly a split "COVID -19"
    r"|minus-?\d[\d,.]*",  # "a minus-1.4 degree angle"
    re.IGNORECASE,
)


_VULGAR_TOKEN = re.compile(rf"\d*[{''.join(VULGAR_FRACTIONS)}]")
"""A fraction character, alone or after a whole number ("½", "10½")."""
_NUMBER_SHAPE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
"""Digits with thousands commas or a decimal point are a number, whatever the model
tagged them ("rose 45.6 to 7,612.3" with the level as a proper noun)."""
_RANGE_TOKEN = re.compile(r"\d[\d,.]*[–-]\d[\d,.]*%?")
"""A range or score the tokenizer kept whole ("aged 18–24", "won 110–98"), which the
model often tags as a name."""
_GLUED_DEGREES = re.compile(r"[-−+]?\d[\d,.]*[CF]\.?")
"""News writes temperatures as "15C": a capital C or F glued to a number."""


def _loose(text: str) -> bool:
    """Whether a token reads as a figure on its own: "$414", "PS2.7m", "CHF300", "64GB",
    "15C" (three capitals only when they are a currency code, so importing this module
    does not load pycountry: a warm start stays fast)."""
    if _GLUED_DEGREES.fullmatch(text):
        return True
    m = _LOOSE_FIGURE.fullmatch(text)
    return m is not None and (m["code"] is None or m["code"] in currency_codes())


# marks that make a number a figure even inside a name-like entity ("PS8.1bn" as GPE)
_MARKED = re.compile(rf"(?:PS|Y=|[A-Z]{{0,3}}{SIGNS}).*|.*(?:%|pc|bn|\dp)|\+.*", re.IGNORECASE)
_GLUED_MEASURE = re.compile(
    r"\d[\d,.]*(?:"
    + "|".join(re.escape(w) for w in MEASURES if len(w) > 1 and re.fullmatch(r"[a-zµ]+", w))
    + ")",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d(?:am|pm|a\.m\.|p\.m\.)$|^\d{1,2}:\d\d", re.IGNORECASE)
_CURRENCY_SIGNS = tuple(_SIGN_CHARS)


def _marked(doc: Doc, t: int) -> bool:
    """A loose number whose marks make it a figure even inside a name-like entity."""
    tok = doc[t]
    return bool(
        _MARKED.fullmatch(tok.text)
        or _ordinal_only(doc, t)  # a real ordinal ("5th") never matches _LOOSE_FIGURE
        or (t > 0 and (doc[t - 1].text in _CURRENCY_SIGNS or _currency_mark(doc[t - 1].text)))
        or bool(_GLUED_MEASURE.fullmatch(tok.text))  # "330ml" filed as an organisation
        or _in_score(doc, t)
    )


def _in_score(doc: Doc, t: int) -> bool:
    """Whether token `t` is either number of a score ("3-1")."""
    return (t + 2 < len(doc) and _score(doc, t, t + 2)) or (t >= 2 and _score(doc, t - 2, t))


def _loose_numbers(doc: Doc, covered: set[int], numeric: set[int]) -> list[tuple[int, int, str]]:
    """Numbers no numeric entity holds: untagged ones ("$414" + "million", "PS2.7m."),
    and marked ones the model filed as names ("PS8.1bn" as a place, "$" + "A25,474,373"
    as a person, "5pc" as an ordinal)."""
    spans: list[tuple[int, int, str]] = []
    t = 0
    for t in _number_tokens(doc):
        if spans and t < spans[-1][1]:
            continue  # taken in as the scale of the number before
        tok = doc[t]
        vulgar = bool(_VULGAR_TOKEN.fullmatch(tok.text))
        if not (tok.like_num or vulgar or _word_before_a_scale(doc, t)):
            continue
        loose = (
            vulgar
            or _loose(tok.text)
            or bool(_RANGE_TOKEN.fullmatch(tok.text) or _NUMBER_SHAPE.fullmatch(tok.text))
            or _signed(doc, t)
            or _rand(doc, t)
            or _before_degrees(doc, t)
            or (t > 0 and _currency_mark(doc[t - 1].text) and tok.tag == "CD")  # "MXN 300"
            or _in_score(doc, t)  # "beat Rovers 2-0" filed as a person
        )
        marked = vulgar or _marked(doc, t) or _rand(doc, t) or _signed(doc, t)
        skip = t in numeric or (t in covered and not (loose and marked))
        if skip or not (tok.tag == "CD" or loose) or _CLOCK.search(tok.text):
            continue
        last = t + 1  # "$414" + "million", "PS2.7" + "m." (the model may file both as a name)
        while last < len(doc) and last not in numeric and doc[last].lower.rstrip(".") in SCALES:
            last += 1
        spans.append((t, last, "LOOSE"))
    return spans


_HAS_DIGIT = re.compile(rf"[\d{''.join(VULGAR_FRACTIONS)}]")


def _number_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens that may hold a number: a digit, or a word tagged CD (read
    from the stored columns, so the long run of words costs little)."""
    p, body = doc.parse, doc.body
    return [
        t
        for t in range(len(p))
        if p.tags[t] == "CD" or _HAS_DIGIT.search(body, p.starts[t], p.ends[t])
    ]


_SIGNED = re.compile(rf"[-−+](?:{SIGNS})?\d[\d,.]*(?:[CF]|bn|m|k|pc|%)?\.?")


_RAND_TOKEN = re.compile(r"R\d[\d,.]*(?:bn|m|k)?")


def _rand(doc: Doc, t: int) -> bool:
    """ "R2.5 billion", "costs R25": an R glued to a number is rand when money is
    evident, a scale after it or a verb of money over it (not "the R101 road")."""
    if not _RAND_TOKEN.fullmatch(doc[t].text):
        return False
    tok = doc[t]
    if _lower(doc, t + 1) in SCALES or tok.text.endswith(("bn", "m", "k")):
        return True
    return tok.head.lemma in MONEY_VERBS or _lower(doc, t - 1) in MONEY_VERBS


def _signed(doc: Doc, t: int) -> bool:
    """ "fell to -2.1%", "read −8 °C", "-15C": a minus or plus glued to a number makes it a
    figure (the model rarely tags one), unless it comes right after a capitalised word
    ("COVID -19" is a name split by the tokenizer) or a number ("75 -300mm" is a range)."""
    if not _SIGNED.fullmatch(doc[t].text):
        return False
    before = doc.get(t - 1)
    return before is None or not (before.text[:1].isupper() or before.like_num)


def _word_before_a_scale(doc: Doc, t: int) -> bool:
    """ "one lakh people", "three hundred", "younger than three months old": a number word
    the model left out of its entities, before a scale word written out or counting
    the noun right after it ("one" alone is mostly a pronoun: "one of them")."""
    tok = doc[t]
    if tok.lower not in SMALL or tok.tag != "CD" or tok.lower in ("a", "an"):
        return False
    nxt = _lower(doc, t + 1)
    if nxt in SCALES and len(nxt) > 2:
        return True
    head = tok.head
    return tok.dep == "nummod" and head.i == t + 1 and head.pos == "NOUN" and tok.lower != "one"


def _before_degrees(doc: Doc, t: int) -> bool:
    """ "-5" + "°C": a signed number glued to a degree sign is a temperature."""
    nxt = doc.get(t + 1)
    return bool(re.fullmatch(r"[+-]?\d[\d,.]*", doc[t].text)) and (
        nxt is not None and not nxt.space_before and nxt.text == "°"
    )


def _ordinal_only(doc: Doc, t: int) -> bool:
    return any(e.start <= t < e.end and e.label == "ORDINAL" for e in doc.ents)


_NUMERATORS = frozenset(("a", "an", *(w for w, v in SMALL.items() if 1 <= v <= 9)))


def _fractions(doc: Doc, numeric: set[int]) -> list[tuple[int, int, str]]:
    """ "a third of the population", "two-thirds of voters": a fraction of something,
    which the model often calls an ordinal or nothing."""
    spans: list[tuple[int, int, str]] = []
    p, body = doc.parse, doc.body
    for t in range(1, len(doc) - 1):
        if body[p.starts[t] : p.ends[t]].lower() not in DENOMINATORS:
            continue
        tok = doc[t]
        start = t - 2 if _lower(doc, t - 1) == "-" else t - 1
        by = _lower(doc, start - 1) == "by"  # "shrunk by a fifth", whatever its tag
        if t in numeric or tok.lower not in DENOMINATORS or not (tok.tag.startswith("NN") or by):
            continue
        if _lower(doc, t + 1) != "of" and _lower(doc, start - 1) != "by":
            continue  # "a third of voters", "cut by a third"
        numerator = _lower(doc, start)
        if start not in numeric and (numerator in _NUMERATORS or numerator.isdigit()):
            spans.append((start, t + 1 + _of_a_point(doc, t + 1), "FRACTION"))
    return spans


def _of_a_point(doc: Doc, t: int) -> int:
    """How many tokens from `t` say which point or per cent a fraction word before them
    is of ("a quarter" + "of a percentage point", "a quarter" + "percentage point",
    "half" + "a per cent": 0.25 or 0.5 of a point, not a share of something), else 0."""
    k = t + (_lower(doc, t) == "of")
    k += _lower(doc, k) in ("a", "one")
    word, then = _lower(doc, k), _lower(doc, k + 1)
    if word == "percentage" and then in ("point", "points"):
        return k + 2 - t
    if (word, then) == ("per", "cent"):
        return k + 2 - t
    return k + 1 - t if word == "percent" else 0


# --- widening -----------------------------------------------------------------

_SYMBOL_BEFORE = re.compile(
    rf"^(?:[A-Z]{{0,2}}{SIGNS}|\$[A-Z]{{1,2}}|PS|US|USD|EUR|GBP|JPY|AUD|CAD|CHF|CNY|INR)$"
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
        and _currency_mark(doc[first - 1].text)
        and doc[first - 1].end_char >= doc[first].idx - 1
    ):
        first -= 1
    if first > 0 and doc[first - 1].lower == "minus" and doc[first].text[:1].isdigit():
        first -= 1  # "showed minus 25C": the sign is part of the figure
    point = first > 1 and doc[first - 1].text == "." and not doc[first - 1].space_before
    if point and _currency_mark(doc[first - 2].text + "."):  # "Rs." + "250", cut at the point
        first -= 2
    last = _take_scale(doc, first, _take_and_a_half(doc, last))
    last = _take_degrees(doc, _take_time_unit(doc, _take_light_years(doc, last)))
    last = _take_after_unit(doc, last)
    fraction = _lower(doc, last - 1) in DENOMINATORS or _lower(doc, last - 1) == "half"
    if fraction and (points := _of_a_point(doc, last)):
        last += points  # "a quarter" + "of a percentage point", "half" + "a per cent"
        if first == last - points - 1 and _lower(doc, first - 1) in ("a", "an", "one"):
            first -= 1  # the model's "quarter" of "a quarter percentage point"
    if _lower(doc, last - 1) in _PLURAL_SCALES and _lower(doc, last) == "of":
        money = doc.get(last + 1)
        if money is not None and money.lower in CURRENCY_WORDS and money.lower != "p":
            return first, last + 2  # "thousands" + "of pounds": a sum, not a count of pounds
    if last == first + 1 and _inches_after_feet(doc, first):
        return first, last + 1  # "6 ft" + "2 in"
    nxt = doc.get(last)
    if nxt is None:
        return first, last
    end = doc[last - 1].lower.rstrip(".")
    bare = end in SCALES or bool(re.fullmatch(r".*\d(?:bn|mn|m|k|tn|b)?", end))
    named = _currency_name_after(doc, last) if bare else 0  # not "1.8GHz" + "AMD"
    if named and not _lower(doc, last + named)[:1].isdigit():
        last += named  # (not the sign of the next figure: "five-year" + "$700000")
    elif nxt.lower == "per" and _lower(doc, last + 1) == "cent":
        last += 2
    elif nxt.lower in ("percentage", "basis") and _lower(doc, last + 1) in ("point", "points"):
        last += 2  # "0.2 percentage points", "25 basis points"
    elif not nxt.space_before and nxt.text in _GLUED_LETTERS and bare:
        last += 1  # "180g", "100t", "6.1in" (in lower case: "5G" is a code)
    elif (
        nxt.lower in _MEASURE_AFTER
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
    if _lower(doc, last) != "light":
        if _lower(doc, last - 1) != "light":
            return last
        last -= 1  # "4.2 light" is the model's half of "4.2 light-years"
    step = 2 if _lower(doc, last + 1) == "-" else 1
    return last + step + 1 if _lower(doc, last + step) in ("year", "years") else last


def _inches_after_feet(doc: Doc, t: int) -> bool:
    """ "6 ft 2 in": a bare number right after a measure in feet, before "in", is inches."""
    return _lower(doc, t - 1) in ("ft", "feet", "foot") and _lower(doc, t + 1) in ("in", "ins")


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
    k = last + (_lower(doc, last) == "-")
    if _lower(doc, k) not in ("a", "an", "per"):
        return last
    k += 1 + (_lower(doc, k + 1) == "-")
    return k + 1 if _lower(doc, k) in TIME_UNITS else last


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


def _currency_name_after(doc: Doc, t: int) -> int:
    """How many tokens from `t` on name a currency or a percentage after a number: a
    sign or word ("%", "euros", "rupees"), a code in capitals ("450 SEK"), or a
    currency's two-word name ("12 million Swiss francs"); 0 when none does."""
    tok, nxt = doc.get(t), doc.get(t + 1)
    if tok is None:
        return 0
    if tok.lower in _UNIT_AFTER or (tok.lower in CURRENCY_WORDS and tok.lower != "p"):
        return 1
    if tok.text in currency_codes() and tok.text not in ("A", "US"):
        return 1
    if _a_lower_code(tok.text):
        return 1  # "5 million sgd", as forms and some wires write codes
    if tok.lower in CURRENCIES_AFTER_A_NUMBER and t > 0 and doc[t - 1].head == tok:
        return 1  # "5bn won": the number hangs on the word, so it names the money
    names = _currency_name_map()
    if tok.lower in names:
        return 1
    if nxt is not None and f"{tok.lower} {nxt.lower}" in names:
        return 2
    return _whose_currency(doc, t)


def _whose_currency(doc: Doc, t: int) -> int:
    """ "12 million U.S. dollars", "30 Brazilian reais", "7.5m Hong Kong dollars": one or
    two words naming a country or its people between a number and a currency word say
    whose money it is; they and the currency word are part of the figure (0 when the
    words are not such names: "5 more dollars", "20 extra pounds")."""
    for between in (1, 2, 3):
        money = doc.get(t + between)
        if money is None or money.lower not in CURRENCY_WORDS or money.lower in _SUB_UNITS:
            continue
        words = [doc[k] for k in range(t, t + between)]
        words = [w for w in words if w.text != "." or w.space_before]  # "u.s" + "."
        if len(words) <= 2 and all(_a_country_word(w) for w in words):
            return between + 1
    return 0


_SUB_UNITS = frozenset(("p", "cent", "cents", "pence"))


def _a_country_word(tok: Token) -> bool:
    """A word that may name a country or its people before a currency ("Australian",
    "U.S.", "Hong", "Kong", "new" of New Zealand): a proper noun, a capitalised or
    country adjective, never a word of amount ("more", "extra")."""
    if tok.lower in DOLLAR_COUNTRIES or tok.lower.rstrip(".") in ("u.s", "us", "hong", "new"):
        return True
    if tok.lower in NOT_COUNTRY_ADJECTIVES or not tok.text.isalpha():
        return False
    capital_or_demonym = tok.text[0].isupper() or _DEMONYM.search(tok.lower) is not None
    return tok.pos in ("PROPN", "ADJ") and capital_or_demonym


_DEMONYM = re.compile(r"(?:an|ese|ish|ian|i|ic)$")


@cache
def _currency_name_map() -> dict[str, str]:
    return dict(currency_names())


def _a_lower_code(text: str) -> bool:
    """An ISO 4217 code written in lower case ("usd", "sgd"), not one that is an English
    word ("top", "all")."""
    return (
        len(text) == 3
        and text.islower()
        and text.upper() in currency_codes()
        and text not in LOWER_CODES_THAT_ARE_WORDS
    )


def _currency_mark(text: str) -> bool:
    """A currency sign or code that may stand before a number: "$", "HK$", "PS", "SEK",
    "Rs"."""
    if _SYMBOL_BEFORE.match(text) or (text in currency_codes() and text != "A"):
        return True
    if _a_lower_code(text) or text in ("rs", "rs.", "ksh"):
        return True  # "usd 500", "eur 3.2bn", "rs 500" in lower case
    return len(text) > 1 and text[0].isupper() and text.lower() in CURRENCY_SYMBOLS


def _money_near(doc: Doc, first: int, last: int) -> bool:
    """A currency sign, code or word in the span or just after it ("around £8" + "m",
    "500" + "m" + "euros"): then a one-letter scale after the number is a scale."""
    number = parse_quantity(doc.text(first, last))
    if number is not None and number.kind == "money":
        return True
    return any(_lower(doc, t) in CURRENCY_WORDS for t in (last, last + 1, last + 2))


def _take_scale(doc: Doc, first: int, last: int) -> int:
    """ "5" + "million", "30" + "bn", "£600" + "m", "500" + "m" + "euros"; a glued "m"
    with no money near is metres ("the 400m"), taken in as a measure (see _metres)."""
    nxt, end = doc.get(last), doc[last - 1]
    if nxt is None or not (end.text[-1:].isdigit() or end.lower in SMALL):
        return last
    word = nxt.lower.rstrip(".")
    attached = not nxt.space_before
    if word not in SCALES or word == "score":
        return last
    if len(word) > 2 or word in ABBREVIATED_SCALES:
        return _take_more_scales(doc, last + 1)
    if word == "m" or (attached and _money_near(doc, first, last)):
        return last + 1
    return last


def _take_more_scales(doc: Doc, last: int) -> int:
    """ "3.5 lakh" + "crore", "4 hundred" + "million": scale words in a row multiply, so
    they all belong to the figure."""
    while (
        _lower(doc, last) in SCALES and len(_lower(doc, last)) > 2 and _lower(doc, last) != "score"
    ):
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


def _metres(doc: Doc, first: int, last: int) -> bool:
    """Whether the "m" ending tokens [first, last) is metres, not millions: a bare "m"
    after a number (glued or not) is metres ("200m", "the 60m hurdles", "3,000m") unless money is
    near ("£6m") or the figure counts a plural noun that is no race ("5m people", "10m
    Facebook fans" are millions; "the 60m hurdles" is a race)."""
    end = doc[last - 1]
    if end.lower.rstrip(".") != "m" or last - first < 2:
        return False
    if _money_near(doc, first, last - 1):
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
    if end in TIME_UNITS and nxt.lower == "of" and _lower(doc, last + 1) == "age":
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
        if label in SCORE_SIDES:  # one number of "110–98", read on its own
            side = _glued_score(doc, first) or ("", "")
            out.append((first, last, "SCORE", side[SCORE_SIDES.index(label)]))
            continue
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
    if "SCORE" in (label, span[2]):
        return False
    if _lower(doc, first - 1) == "from" and _from_is_a_change(doc, first):
        return False  # "rose from 3% to 5%": the old level, then the new
    if link == "and" and "between" not in (_lower(doc, first - 1), _lower(doc, first)):
        return False  # ("between £2bn" may be one entity)
    a = parse_quantity(doc.text(first, last))
    b = parse_quantity(doc.text(span[0], span[1]))
    if not (a and b) or isinstance(a.value, tuple):
        return False
    bare_high = b.kind == "count" and not b.unit and link in ("-", "–") and _tight(doc, last)
    if a.kind != b.kind and not (a.kind == "count" and b.kind != "count") and not bare_high:
        # "5-10W": a bare low end takes the high end's unit, "$40-40.25" a bare high end
        # the low end's (written tight with a dash); "5% to 1,000" is no range
        return False
    if link == "to" and not isinstance(b.value, tuple) and a.value > b.value:
        return False  # "7 to 2": a range runs from low to high
    if a.unit and b.unit and a.unit != b.unit:  # "110 JPY to 1 USD" is a rate
        return False
    # "increased by $43.6 billion to $419.2 billion": the change, then the new level
    return not (link == "to" and _change_and_level(doc, first, span[1]) is not None)


def _tight(doc: Doc, t: int) -> bool:
    """Token t has no space before it or after it ("40-40.25")."""
    tok, nxt = doc.get(t), doc.get(t + 1)
    return tok is not None and nxt is not None and not tok.space_before and not nxt.space_before


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
    if _from_is_a_change(doc, out[k][0]):
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


def a_day_of_a_month(c: Candidate) -> str | None:
    """ "from 3-8 May", "on 14 March", "June 3-5": days of the month (1 to 31, or a span
    of them) right beside a month's name are a date, whatever the model tagged them."""
    if not re.fullmatch(r"(?:[1-9]|[12]\d|3[01])(?:\s?[-–]\s?(?:[1-9]|[12]\d|3[01]))?", c.text):
        return None
    beside = [c.after(), c.before()]
    months = [t for t in beside if t is not None and t.is_title and MONTHS.fullmatch(t.text)]
    return "a date: days of a month" if months else None


def a_dash_chain(c: Candidate) -> str | None:
    """ "a 4-4-2 formation", "a 2-3-2 scrum": three or more numbers chained by dashes are
    a formation, a line-up or a code, not amounts (nor a range: a range has two ends)."""
    doc = c.doc
    if any(re.fullmatch(r"\d+(?:[-–]\d+){2,}", t.text) for t in c.tokens):
        return "a formation or code: numbers chained by dashes"
    if not all(t.text.isdigit() or t.text in ("-", "–") for t in c.tokens):
        return None  # only numbers and dashes ("2", or "2-3" read as a range)
    start, end = c.first, c.last
    while start >= 2 and _lower(doc, start - 1) in ("-", "–") and _lower(doc, start - 2).isdigit():
        start -= 2
    while _lower(doc, end) in ("-", "–") and _lower(doc, end + 1).isdigit():
        end += 2
    chain = [doc[t].text for t in range(start, end)]
    alternating = all(
        w.isdigit() if k % 2 == 0 else w in ("-", "–") for k, w in enumerate(chain)
    )  # "2 - 3 - 2", not "1 000 000"
    numbers = (len(chain) + 1) // 2 if alternating else 0
    return "a formation or code: numbers chained by dashes" if numbers >= 3 else None


def a_year(c: Candidate) -> str | None:
    """ "since 2022", "the 1990s": a bare four-digit number from 1800 to 2099 is a year,
    unless it counts a noun ("2000 troops")."""
    if re.fullmatch(r"(?:1[89]|20)\d\d[-–/](?:\d\d|(?:1[89]|20)\d\d)", c.text):
        return "a year"  # "the 2019–20 season", "1914-1918"
    if re.fullmatch(r"\d\d(?:'?s)?", c.text) and _after_an_apostrophe(c):
        return "a year"  # "the class of '83", "the '90s"
    if not _bare_count(c) or not re.fullmatch(r"(?:1[89]|20)\d\d(?:'?s)?", c.text):
        return None
    number = c.doc[c.first]
    counts = c.last - c.first == 1 and number.dep == "nummod" and number.head.tag == "NNS"
    return None if counts else "a year"


def _after_an_apostrophe(c: Candidate) -> bool:
    before = c.before()
    return before is not None and before.text in "'’" and before.end_char == c.doc[c.first].idx


def a_code(c: Candidate) -> str | None:
    """ "3G", "4K": a whole number glued to a letter that is no unit or scale is a
    code, not a count; so is one glued to a G or a D ("2.5G", "3D"), whatever the
    model called it."""
    if re.fullmatch(rf"\d+(?:\.\d+)?[{CODE_LETTERS}]", c.text):
        return "part of a name: a code"
    if not _bare_count(c) or not re.fullmatch(r"\d+(?:\.\d+|-\d+)?", c.text):
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
    """ "iPhone 14", "S&P 500", "Route 66", "Mission: Impossible 7": a bare number right
    after a proper name, or after any capitalised word inside a sentence (where only
    names are capitalised), is a model or a number in a name."""
    if not _plain_number(c):
        return None
    before = c.before()
    if before is None or c.first == 0 or not any(ch.isupper() for ch in before.text):
        return None  # ("iPhone 14" has its capital inside)
    inside = before.sent == c.doc[c.first].sent and c.doc.get(before.i - 1) is not None
    inside = inside and before.i not in c.doc.parse.sent_starts and before.text[:1].isalpha()
    if before.pos == "PROPN" or (inside and before.pos in ("ADJ", "NOUN")):
        return "part of a name: a model or a number in a name"
    return None


def a_particle_inside_a_name(c: Candidate) -> str | None:
    """ "Erik ten Hag": a number word in lower case between a first name and a
    capitalised word is a surname's particle ("ten", as "van" or "de"), no figure."""
    if c.doc.text(c.first, c.last) != "ten":
        return None
    before, after = c.before(), c.after()
    if before is None or after is None or before.pos != "PROPN":
        return None
    if not (before.text.istitle() and after.text.istitle() and after.text.isalpha()):
        return None
    return "part of a name: a surname's particle"


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
            c.doc.heads[o] == t and c.doc[o].tag == "CD" and c.doc[o].dep == "nummod"
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
    if before is None or before.tag != "NN" or _inches_after_feet(c.doc, c.first):
        return None
    head = c.doc[c.last - 1].head
    if head == before:
        return f"a label: {before.lower} {c.text}"
    labels_a_mass = head.i == c.last and head.tag == "NN" and head.lower not in _UNIT_WORDS
    if labels_a_mass and before.head == head and before.dep in ("nmod", "compound"):
        return f"a label: {before.lower} {c.text}"  # "type 1 diabetes" (not "a record 32 goals")
    return None


_CLOCK_TIME = re.compile(
    r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d(?::\d\d)?", re.IGNORECASE
)  # "2:00:35" is a time on a clock or a stopwatch: hours, minutes and seconds


def a_clock_time(c: Candidate) -> str | None:
    """ "5.30pm", "9 a.m.", "14:45": a time of day, whatever the model called it; so is
    a bare "10.30" after "at", "from" or "until" ("starts at 10.30"), unless a verb of
    a level governs it ("shares closed at 10.30")."""
    meridiem = _lower(c.doc, c.last) in ("am", "pm", "a.m.", "p.m.")
    if _CLOCK_TIME.fullmatch(c.text) or (
        meridiem and re.fullmatch(r"\d{1,2}(?:[.:]\d\d)?", c.text)
    ):
        return "a clock time"
    if _bare_count(c) and re.fullmatch(r"(?:[01]?\d|2[0-3])\.[0-5]\d", c.text):
        prep = c.before()
        if prep is not None and prep.lower in CLOCK_PREPS and prep.head.lemma not in LEVEL_VERBS:
            return "a clock time"
    return None


def a_date_or_time(c: Candidate) -> str | None:
    """A DATE or TIME span that is no duration ("in March 2024", "at 3:30 pm") is a
    date, unless it is a lone number the model mistook for one ("at 2483805")."""
    if c.label not in TIME_LABELS or _number_in_a_date(c.text) or _counts_a_noun(c):
        return None
    if _duration(c) is not None or _age(c) is not None or _figure_in_a_date(c) is not None:
        return None
    if _fraction_of(c) is not None:
        return None
    if re.fullmatch(r"(?:\w+ )?(?:1[89]|20)\d\d(?:'?s)?", c.text):  # "since 1998", "the 1990s"
        return "a year"
    return "a date or a clock time"


def a_mixed_code(c: Candidate) -> str | None:
    """ "24703L202", "A4B12": letters between digits make a code, not a number (a unit
    with a power, "24703m2" square metres, is a measure)."""
    if not any(re.fullmatch(r"\d+[a-zA-Z]+\d+", t.text) for t in c.tokens):
        return None
    if re.fullmatch(r"\d+(?:m|km|cm|mm|ft)[23]", c.text):
        return None
    return "part of a name: a code"


def a_prefixed_code(c: Candidate) -> str | None:
    """ "the Top500 list", "an A380", "the G7": letters glued before a whole number, when
    they are no currency ("CHF300", "Rs500", "PS2.7m"), make a name or a model, not an
    amount."""
    for t in c.tokens:
        m = re.fullmatch(r"([A-Za-z]+)\d+", t.text)
        if m is not None and not _currency_mark(m[1]) and not _rand(c.doc, t.i):
            return "part of a name: a code"
    return None


def a_vague_size(c: Candidate) -> str | None:
    """ "a multi-million dollar industry", "mega-billion": a scale word after "multi"
    says "many", not one million."""
    before = _lower(c.doc, c.first - 1)
    if c.text.lower().startswith(VAGUE_PREFIXES) or before in ("multi", "multi-", "mega"):
        return "a vague size, not a number"
    return None


def a_list_number(c: Candidate) -> str | None:
    """ "1) explains why …; 2) cautions that …": a small number closed by a bracket it did
    not open numbers an item of a list; it counts nothing."""
    if not re.fullmatch(r"\d{1,2}", c.text) or _lower(c.doc, c.last) != ")":
        return None
    opens = c.first in c.doc.parse.sent_starts or _lower(c.doc, c.first - 1) in (
        ":",
        ";",
        ",",
        "and",
        "or",
        "-",
        "–",
        "",
    )
    starts_item = opens and not (c.first >= 2 and _lower(c.doc, c.first - 2)[:1].isdigit())
    return "a list item's number" if starts_item else None  # not "(5-7)" of a score


def a_zero_compound(c: Candidate) -> str | None:
    """ "zero-hours contracts", "zero-emission buses", "a zero-sum game": "zero" hyphened
    to a noun names a kind of thing (none of it), not an amount of it."""
    first = c.doc[c.first]
    if (first.lower == "zero" and _lower(c.doc, c.first + 1) == "-") or first.lower.startswith(
        "zero-"
    ):
        return "part of a name: a zero- compound names a kind of thing"
    return None


def an_ordinal(c: Candidate) -> str | None:
    """ "the 19th century", "his 3rd term": a number with an ordinal ending ranks
    something, it does not measure it."""
    if re.search(r"\d(?:st|nd|rd|th)\b", c.text, re.IGNORECASE):
        return "an ordinal"
    return None


def _ranks_the_noun_after(doc: Doc, t: int) -> bool:
    """Whether token `t` is a word that is both an ordinal and a fraction, right before
    the singular noun it ranks ("for a fifth month", "a third straight win", "in its
    third year"): it says which one. A fraction is of something ("a fifth of the year")
    or by how much ("cut by a third last year"); "a quarter mile" is a measure, as
    "quarter" ranks nothing."""
    word = doc[t].lower
    if word not in DENOMINATORS or word.endswith("s") or word == "quarter":
        return False
    if _lower(doc, t - 1) == "by" or _lower(doc, t - 2) == "by":
        return False
    after, then = doc.get(t + 1), doc.get(t + 2)
    if after is None or after.lower in RELATIVE_BEFORE:
        return False
    return after.tag == "NN" or (after.tag == "JJ" and then is not None and then.tag == "NN")


def a_place_in_a_ranking(c: Candidate) -> str | None:
    """ "in the top 40", "the top 40 singles chart", "went straight in at number four":
    a number after "top" or "number" places something in a ranking, it does not measure
    it ("the top three seeds" still counts seeds)."""
    word, before = _lower(c.doc, c.first - 1), _lower(c.doc, c.first - 2)
    after = c.doc.get(c.last)
    counts = after is not None and after.tag == "NNS" and after.dep != "compound"
    owners = ("the", "a", "their", "its", "his", "her", "'s", "’s")  # "the women's top 10"
    if word == "top" and before in owners and not counts:
        return "a place in a ranking"
    if word == "top" and (before in SMALL or before.isdigit()):
        return "a place in a ranking"  # "three top 20 singles": the count came before "top"
    if word in ("number", "no", "no.") and before in ("at", "to", "is", "was", "from", "reached"):
        return "a place in a ranking"
    if (
        word == "from"
        and _lower(c.doc, c.last) == "to"
        and _lower(c.doc, c.last + 1)
        in (
            "number",
            "no",
            "no.",
        )
    ):
        return "a place in a ranking"  # "moved from 13 to number four": both are places
    return None


def a_title_in_words(c: Candidate) -> str | None:
    """ "Million Dollar Baby", "Six Feet Under", "Formula One": a number written as a
    capitalised word inside a run of capitalised words, not at the start of a sentence,
    is part of a title or a name."""
    words = [t for t in c.tokens if t.text.isalpha()]
    if not words or not all(t.is_title for t in words):
        return None
    if not (words[0].lower in SMALL or words[0].lower in SCALES):
        return None
    number_words = (*SMALL, *SCALES, *_UNIT_WORDS)
    in_title = any(t.lower not in number_words for t in words)  # "Million Dollar Baby"
    first = c.doc[c.first]
    if first.i == 0 or c.doc[first.i].sent != c.doc[first.i - 1].sent:
        return None  # "Six people died": a sentence starts with a capital anyway
    before, after = c.before(), c.after()
    if before is not None and before.lower in NAME_LINKS and c.first >= 2:
        before = c.doc[c.first - 2]  # "Group of Seven": a name's link word
    prev_title = before is not None and before.is_title and before.text.isalpha()
    next_title = after is not None and after.is_title and after.text.isalpha()
    return "part of a name: a title" if prev_title or next_title or in_title else None


_NAME_MODIFIERS = frozenset(("compound", "amod", "nmod", "nummod"))


def a_half_that_names_a_part(c: Candidate) -> str | None:
    """ "the second half", "her other half", "on half term", "half time": "half" after an
    ordinal or "other" is a part with a name of its own, and "half" right before a
    singular noun (no "a", "the" or "of" between) makes one noun with it; neither is a
    share ("half the workers", "half of voters", "half an hour" are, and "a half turn"
    is half of one turn)."""
    halves = [t for t in range(c.first, c.last) if c.doc[t].lower == "half"]
    if len(halves) != 1 or c.last - c.first > 7:
        return None
    t = halves[0]
    if _lower(c.doc, t - 1) in PART_BEFORE_HALF:
        return f'a part named by "{c.doc[t - 1].text} half", not a share'
    after = c.doc.get(t + 1)
    if t != c.last - 1 or after is None or after.tag != "NN" or after.space_before is False:
        return None
    if _lower(c.doc, t - 1) in ("a", "an"):
        return None  # "make a half turn", "a half share": half of one, a measure
    if after.lower in _UNIT_WORDS or after.lower in SCALES:
        return None  # "half hour", "half a million": a measure
    return f'one noun with the word after it ("half {after.text}"), not a share'


def names_a_singular_thing(c: Candidate) -> str | None:
    """ "a 911 call", "the 747 jet", "a 9 iron": a whole number above one right before
    a singular noun it modifies cannot count it (counts take plurals), so it names
    it, unless that noun modifies another ("a 500 page report" counts pages) or is a
    unit ("a 100 metre race"). The noun must have an article or possessive before the
    number, which agrees with it ("at 4 ppb" may be a unit the lexicon does not know)."""
    if not _plain_number(c) or "-" in c.text or int(c.text) <= 1:
        return None
    number = c.doc[c.last - 1]
    head = number.head
    glued = c.doc.get(head.i - 1)
    if (
        glued is not None
        and glued.i != number.i
        and glued.tag == "CD"
        and glued.end_char == head.idx
        and head.dep in ("nmod", "compound", "amod")
    ):
        head = head.head  # "Sharp's 902 3G phone": the parser hung 902 on the code "3G"
    if not any(k.dep in ("det", "poss") and k.i < number.i for k in head.children):
        return None
    if number.dep not in ("nummod", "compound") or head.i <= number.i or head.tag != "NN":
        return None
    between = [c.doc[i] for i in range(number.i + 1, head.i)]
    if any(t.dep not in _NAME_MODIFIERS or head not in t.ancestors for t in between):
        return None  # only the noun's own modifiers between: "Sharp's 902 3G mobile phone"
    if head.lower in _UNIT_WORDS or head.lower in SCALES or head.dep == "compound":
        return None
    if head.lower in COUNTED_SINGULARS:  # "its 500 staff", "40 aircraft": counted all the same
        return None
    if any(k.dep == "conj" and k.tag == "NNS" for k in head.children):
        return None  # "32 cruise and ballistic missiles" counts the missiles
    return f"part of a name: a {head.lower} numbered {c.text}"


def a_slash_pair(c: Candidate) -> str | None:
    """ "9/11", "24/7": two numbers with a slash are a fraction only when they measure
    something (a unit or "of" after them, a whole number before: "1/2 cup", "3/4 of",
    "10 1/2"); otherwise they are a date or a name."""
    if not re.fullmatch(r"\d+/\d+", c.text):
        return None
    top, bottom = (int(x) for x in c.text.split("/"))
    nxt = _lower(c.doc, c.last)
    if 0 < top < bottom and (nxt == "of" or nxt in _UNIT_WORDS):
        return None
    return "a date or a name, not a fraction"


def a_number_to_call(c: Candidate) -> str | None:
    """ "call 999", "he dialled 911": a bare number a verb of calling takes as its object
    is a number to call, not an amount."""
    if not _bare_count(c) or not c.text.isdigit():
        return None
    number = c.doc[c.last - 1]
    while number.dep == "conj" and number.head.like_num:  # "call 111 or 999"
        number = number.head
    head = number.head
    calls = head.lemma in CALL_VERBS or head.lower in CALL_VERBS
    return "a number to call" if calls and head.i < c.first else None


A_TIE = re.compile(r"(\d{1,3})\s?[-–]\s?\1")
"""A tie ("drew 1-1", "a 17-17 draw"): a score, which counts no noun."""


def a_score(c: Candidate) -> str | None:
    """ "won 3-1", "a 28-17 victory", "drew 1-1": the numbers of a match's score are a
    result, not amounts, and count nothing (three what?), so they are no figure; a tie
    is one. The two numbers of a vote's tally ("the Senate passed it 61-39") count
    votes and stay."""
    near = {tok.lower for t in range(c.first - 6, c.last + 6) if (tok := c.doc.get(t))}
    tie = c.label != "SCORE" and c.phrase is None and A_TIE.fullmatch(c.text)
    if (c.label != "SCORE" and not (tie and near & RESULT_WORDS)) or near & VOTE_WORDS:
        return None
    return "one number of a score: a result, not an amount" if not tie else "a tied score"


def a_phone_number(c: Candidate) -> str | None:
    """ "0800 555 111", "020 7946 0000": bare digit groups side by side are a phone number
    when one starts with a zero or there are three or more (an amount has no leading
    zero and is one group), whatever the model called them (often a date)."""
    if not c.text.isdigit():
        return None
    first, last = c.first, c.last
    while first > 0 and _digit_group(c.doc, first - 1):
        first -= 1
    while last < len(c.doc) and _digit_group(c.doc, last):
        last += 1
    groups = [c.doc[t].text for t in range(first, last)]
    thousands = not groups[0].startswith("0") and all(len(g) == 3 for g in groups[1:])
    if thousands:  # "1 000 000": one number grouped by spaces
        return None
    if len(groups) >= 3 or (len(groups) >= 2 and any(g.startswith("0") for g in groups)):
        return "part of a phone number"
    if c.text.startswith("0") and len(c.text) >= 3:
        return "a code or phone number (an amount has no leading zero)"
    return None


def _digit_group(doc: Doc, t: int) -> bool:
    return doc[t].text.isdigit() and t > 0 and doc[t].space_before


def after_a_number_sign(c: Candidate) -> str | None:
    """ "No 10", "No. 1 seed", "#5": a bare number after a number sign is a label."""
    if not _bare_count(c) or not c.text.isdigit():
        return None
    before = _lower(c.doc, c.first - 1)
    if before == ".":
        before = _lower(c.doc, c.first - 2) + "."
    sign = c.doc.get(c.first - 1 - (before.endswith(".") and before != "."))
    if before in NUMBER_SIGNS and sign is not None and (sign.text[:1] in "N#"):
        return f"a label: {sign.text} {c.text}"
    return None


def a_work_title(c: Candidate) -> str | None:
    """ "the show 24", "the film 1917": a bare number right after a noun for a work (and
    no unit after it) is the work's title."""
    if not _bare_count(c) or not c.text.isdigit():
        return None
    before, after = c.before(), _lower(c.doc, c.last)
    if before is None or before.tag != "NN" or before.lower not in NUMBERED_WORK_NOUNS:
        return None  # (a verb: "showed 64 respondents", "played 25 games")
    if after in _UNIT_WORDS or after in TIME_UNITS:
        return None
    return "part of a name: a title"


def a_lettered_number(c: Candidate) -> str | None:
    """ "221B Baker Street", "seat 12A": a capital glued to a whole number is a code,
    unless it is a scale ("5M", "10K", "$4B" with money) or a temperature ("15C")."""
    m = re.fullmatch(r"\d+([A-Z])", c.text)
    if m is None or m[1] in "KMCF" or (m[1] == "B" and _money_near(c.doc, c.first, c.last)):
        return None
    if m[1].lower() in MEASURES:  # "10W", "5V" are units
        return None
    return "part of a name: a code"


def a_name_with_a_suffix(c: Candidate) -> str | None:
    """ "the 49ers", "the 76ers": a number with -er or -ers glued to it names something."""
    if re.fullmatch(rf"\d+(?:{'|'.join(NAME_SUFFIXES)})", c.text, re.IGNORECASE):
        return "part of a name"
    return None


def a_version(c: Candidate) -> str | None:
    """ "Web 3.0", "iOS 17.2": a decimal right after a capitalised noun, with no unit
    after it, is a version of that thing."""
    if not _bare_count(c) or not re.fullmatch(r"\d+\.\d+", c.text):
        return None
    before = c.before()
    if before is None or before.pos not in ("PROPN", "NOUN") or not before.text[:1].isupper():
        return None
    if _lower(c.doc, c.last) in _UNIT_WORDS:
        return None
    return "part of a name: a version"


def numbers_after_a_plural(c: Candidate) -> str | None:
    """ "between junctions 10 and 11", "pages 4 and 5": bare numbers after the plural noun
    they hang on number those things, they do not count them."""
    number = c.doc[c.last - 1]
    if not _bare_count(c) or not number.text.isdigit():
        return None  # (the model may take the noun in: "between junctions 4" + "and 5")
    while number.dep == "conj" and number.head.like_num and number.head.i < number.i:
        number = number.head  # "10 and 11": the second hangs on the first
    head = number.head
    if head.tag == "NNS" and head.i == number.i - 1 and number.dep in ("nummod", "appos"):
        return f"a label: {head.lower} {c.doc.text(number.i, c.last)}"
    return None


def before_a_capitalised_unit(c: Candidate) -> str | None:
    """ "28 Days Later", "Six Feet Under", "21 Grams": a number before a unit written with
    a capital, not at a sentence's start, is a title (a unit is written in lower case,
    or in capitals: "GB"; a temperature scale is a name: "25 Celsius")."""
    inner = [t for t in c.tokens[1:] if t.lower in TIME_UNITS]  # "the 24 Hours of Le Mans"
    nxt = inner[0] if inner and c.first not in c.doc.parse.sent_starts else c.after()
    if nxt is None or not nxt.is_title or not nxt.text[1:].islower() or len(nxt.text) < 4:
        return None  # "300 Hz", "5 Mb" are symbols, which keep their capitals
    unit = nxt.lower
    if (unit not in TIME_UNITS and unit not in MEASURES) or unit in TEMPERATURE_UNITS:
        return None
    if MEASURES.get(unit) == nxt.text:
        return None  # "100 Mbps": a symbol written as it is, not a word with a capital
    if nxt.sent != c.doc[c.first].sent:
        return None
    return "part of a name: a title"


NotAFigureRule = Callable[[Candidate], str | None]
NOT_A_FIGURE: tuple[NotAFigureRule, ...] = (
    a_phone_number,
    a_work_title,
    a_clock_time,
    a_date_or_time,
    a_day_of_a_month,
    a_dash_chain,
    a_score,
    a_year,
    an_ordinal,
    a_half_that_names_a_part,
    a_place_in_a_ranking,
    a_mixed_code,
    a_prefixed_code,
    a_vague_size,
    a_zero_compound,
    a_list_number,
    a_title_in_words,
    a_slash_pair,
    a_code,
    a_lettered_number,
    a_name_with_a_suffix,
    a_number_to_call,
    after_a_number_sign,
    a_version,
    numbers_after_a_plural,
    before_a_capitalised_unit,
    after_a_name,
    a_particle_inside_a_name,
    modifies_a_name,
    before_a_name,
    a_label,
    names_a_singular_thing,
)
"""What is not a figure, tried in order; the first that applies gives the reason."""


def _duration(c: Candidate) -> Quantity | None:
    """A DATE/TIME span that measures time ("the past 24 hours", "two weeks")."""
    text = c.text
    compound = compound_measure(text)
    if compound is not None and compound.kind == "duration":
        return compound  # "2h 14m"
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
    lowers = [t.lower for t in c.tokens]
    relative_unit = next(
        (
            k
            for k in range(1, len(lowers))
            if lowers[k - 1] in RELATIVE_BEFORE and lowers[k] in TIME_UNITS
        ),
        None,
    )
    if relative_unit is not None and not set(lowers[: relative_unit - 1]) & set(TIME_UNITS):
        return None  # "fell by a fifth last year": the year is when, the fifth is no time
    if any(_ranks_the_noun_after(c.doc, t) for t in range(c.first, c.last)):
        return None  # "for a fifth month", "in its third year": which one, not how long
    if not any(w in TIME_UNITS for w in words):
        return None
    between = re.search(rf"\d\s*([^\W\d]+\s+)?(?:{'|'.join(RELATIVE_BEFORE)})\s", text.lower())
    if between and (between[1] or "").strip() not in TIME_UNITS:
        return None  # "iOS 17 last week", "4 ppb last year": the number is not the span of time
    return q


def _fraction_of(c: Candidate) -> Quantity | None:
    """ "around a quarter of adults": a fraction before "of" is a share of what follows,
    though the model called it a date (a quarter of a year)."""
    if _lower(c.doc, c.last) != "of" or c.doc[c.last - 1].lower not in DENOMINATORS:
        return None
    q = parse_quantity(c.text)
    return q if q is not None and q.unit == "fraction" else None


def _pounds_of_weight(c: Candidate) -> bool:
    """Whether "pounds" in the span is a weight: written as a word (no "£"), and after a
    verb of weighing, or before "of" or ounces, or as "10-pound" before a noun."""
    words = [t for t in c.tokens if t.lower in ("pound", "pounds")]
    if not words or any(t.text in ("£", "PS") or t.text.startswith("£") for t in c.tokens):
        return False
    pound = words[-1]
    if _lower(c.doc, c.last) == "of":  # "200 pounds of flour", not "… of public money"
        return not {_lower(c.doc, c.last + k) for k in (1, 2)} & MONEY_NOUNS
    verbs = [t.lemma for t in pound.ancestors if t.pos in ("VERB", "AUX")][:1]
    if set(verbs) & MONEY_VERBS:
        return False  # "costing hundreds of pounds"
    after = {_lower(c.doc, c.last), _lower(c.doc, c.last + 1)}
    return bool(WEIGHT_EVIDENCE & {*verbs, *after}) or pound.dep == "amod"


def _counts_a_noun(c: Candidate) -> bool:
    """ "Between 20 and 30 people", "12 to 15 homes": numbers the model called a date
    that count the plural noun right after them (no time unit, no month) are a count."""
    noun = c.after()
    if noun is None or noun.tag != "NNS" or noun.lower in TIME_UNITS or MONTHS.search(c.text):
        return False
    if re.search(r"\b(?:1[89]|20)\d\d\b", c.text):
        return False  # "the 2003 results": a year the model saw as one
    return any(t.head == noun and t.like_num for t in c.tokens)


def _figure_in_a_date(c: Candidate) -> tuple[Span, str] | None:
    """ "9.9pc a month earlier", "120p to 95p": a sum or a share the model ran into a
    date is the figure before the date's words (a determiner, a time unit, an adverb)."""
    if c.phrase is not None or MONTHS.search(c.text) or _duration(c) or _age(c):
        return None
    whole = parse_quantity(c.text) if "light" in c.text.lower() else None
    if whole is not None and whole.unit == "light years":
        return Span(c.first, c.last, "DATE", whole), "a distance in light years, not a time"
    last = c.first + 1
    while last < c.last and not (
        c.doc[last].tag in ("DT", "RB", "RBR")
        or c.doc[last].lower in TIME_UNITS
        or c.doc[last].lower in RELATIVE_BEFORE
    ):
        last += 1
    q = parse_quantity(c.doc.text(c.first, last))
    if q is None or q.kind not in ("money", "percent", "quantity"):
        return None
    if _ranks_the_noun_after(c.doc, last - 1):
        return None  # "for a fifth month": which month, not a share
    return Span(c.first, last, "DATE", q), "a sum or share the model ran into a date"


def _age(c: Candidate) -> Quantity | None:
    """A DATE span that is an age ("a 35-year-old", "ten years old", "six weeks of age"):
    a time span followed by "old" or "of age" is how old someone or something is; so is
    a bare number after "aged" or "the age of" ("died aged 72", "aged 18 to 24"), in
    years. (A number in commas after a name, "Smith, 45, denies", describes the person
    and is no figure of the story: news data sets leave it out.)"""
    q = parse_quantity(c.text)
    if q is not None and q.unit.endswith(" old"):
        return q
    if c.phrase is not None:
        return None
    text = re.sub(r"^(?:the\s+)?ages?\s+of\s+", "", c.text, flags=re.IGNORECASE)
    said = text != c.text or _lower(c.doc, c.first - 1) in AGE_BEFORE
    said = said or (  # "aged 9 and 11": the second age after "and"
        _lower(c.doc, c.first - 1) == "and"
        and c.doc[c.first - 2].like_num
        and _lower(c.doc, c.first - 3) in AGE_BEFORE
    )
    q = parse_quantity(text) if said else None
    if q is None or q.kind != "count" or not re.fullmatch(r"[\d\s\-–a-z]+", text):
        return None
    ends = q.value if isinstance(q.value, tuple) else (q.value,)
    if not all(0 < v <= OLDEST_AGE and v == int(v) for v in ends):
        return None
    return Quantity(q.value, "years old", "quantity")


_DATE_NUMBER = re.compile(rf"(?:{SIGNS}\s?)?\d[\d,]*(?:\.\d+)?(?:\s?[a-zA-Z″%]{{1,4}})?")


def _number_in_a_date(text: str) -> bool:
    """ "at 2483805", "25.5″", "3687 mAh": a lone number the model called a date that
    cannot be one. Up to four bare digits may be a day or a year ("by 2120"), so the
    model is trusted there; so it is for ordinals and decades ("5th", "1990s")."""
    text = QUALIFIERS.sub("", text)  # "about 12bn"
    if not _DATE_NUMBER.fullmatch(text) or MONTHS.search(text) or _CLOCK.search(text):
        return False
    if re.search(r"\d(?:st|nd|rd|th|'?s)$", text):
        return False
    return not (text.isdigit() and len(text) <= 4)
