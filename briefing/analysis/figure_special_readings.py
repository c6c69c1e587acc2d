"""How a figure whose value is not read plainly is read: the special readings.

A span the model called a DATE or TIME may be a duration ("the past 24 hours", "2h
14m"), an age ("ten years old", "aged 18 to 24"), a share ("around a quarter of
adults"), a count ("between 20 and 30 people"), a sum or a share the model ran into a
date ("9.9pc a month earlier") or a number no date can be ("at 2483805"); but a word
that ranks the noun after it ("for a fifth month") is none of those. Pounds written as a
word are a weight where weighing is said; a number after "magnitude" is a magnitude; a
span naming a currency is a sum ("two and a half million dollars"); a measure hyphened
to "long" or "high" is a length ("a 12m-long whale", never 12 million).
special_reading says how such a figure was read, for `briefing analyze --explain`.

Kept apart because both the reading of a span (figure_spans) and the rule that drops a
date (figure_not_a_figure.a_date_or_time) ask these questions.
"""

from __future__ import annotations

import re

from briefing.analysis.figure_candidates import CLOCK
from briefing.analysis.figure_currency import whose_currency
from briefing.analysis.figure_span_base import SIGNS, Candidate, Span, lower
from briefing.analysis.lexicon import (
    AGE_BEFORE,
    MONEY_NOUNS,
    MONEY_VERBS,
    MONTHS,
    OLDEST_AGE,
    RELATIVE_BEFORE,
    WEIGHT_EVIDENCE,
)
from briefing.analysis.quantities import (
    CURRENCY_WORDS,
    DENOMINATORS,
    QUALIFIERS,
    TIME_UNITS,
    Quantity,
    compound_measure,
    parse_quantity,
)
from briefing.analysis.tokens import Doc


def a_magnitude(c: Candidate) -> bool:
    """ "a magnitude of 6.8", "magnitude 7.1", "a 7.1-magnitude quake": the size of an
    earthquake (or a star's brightness), a measure and not a count."""
    if c.text.lower().endswith("-magnitude") or (
        lower(c.doc, c.last) == "-" and lower(c.doc, c.last + 1) == "magnitude"
    ):
        return True
    before = [lower(c.doc, c.first - k) for k in (1, 2)]
    return before[0] == "magnitude" or before == ["of", "magnitude"]


def money_words(c: Candidate) -> bool:
    """A span naming a currency and no month or year is a sum, whatever the model tagged
    it ("two and a half million dollars" as a date)."""
    currency = any(t.lower in CURRENCY_WORDS and t.lower != "p" for t in c.tokens)
    return currency and not MONTHS.search(c.text) and not re.search(r"\b(?:1[89]|20)\d\d\b", c.text)


def special_reading(c: Candidate, q: Quantity) -> str:
    """How a figure read by one of the rules below was read, for `analyze --explain`."""
    text = c.text.lower()
    if re.search(r"\d\s?, \d{3}", text):
        return "thousands commas typed with a space after them are one number"
    if MEASURE_ADJECTIVE.fullmatch(c.doc.text(c.first, min(c.last + 2, len(c.doc)))):
        return 'a measure hyphened to "long", "high" or "deep" is a length, never a date'
    named = (k for k in range(max(c.first + 1, c.last - 4), c.last - 1))
    if q.kind == "money" and any(whose_currency(c.doc, k) == c.last - k for k in named):
        return "the words between the number and the currency say whose money it is"
    return ""


MEASURE_ADJECTIVE = re.compile(r"\d[\d,.]*\s?[a-z]+-(?:long|high|wide|deep|tall|thick)", re.I)
"""A measure hyphened to its adjective ("25m-long", "40ft-high"): a length, never a date."""


def hyphened_metres(c: Candidate) -> bool:
    """A number glued to "m" and hyphened to a dimension adjective ("a 12m-long whale",
    "the 30m-high cliff") is a length in metres: millions are never long or high."""
    hyphened = c.doc.text(c.first, min(c.last + 2, len(c.doc)))
    glued_m = c.phrase is None and c.text.lower().endswith("m") and c.text[-2:-1].isdigit()
    return glued_m and MEASURE_ADJECTIVE.fullmatch(hyphened) is not None


def _ranks_the_noun_after(doc: Doc, t: int) -> bool:
    """Whether token `t` is a word that is both an ordinal and a fraction, right before
    the singular noun it ranks ("for a fifth month", "a third straight win", "in its
    third year"): it says which one. A fraction is of something ("a fifth of the year")
    or by how much ("cut by a third last year"); "a quarter mile" is a measure, as
    "quarter" ranks nothing."""
    word = doc[t].lower
    if word not in DENOMINATORS or word.endswith("s") or word == "quarter":
        return False
    if lower(doc, t - 1) == "by" or lower(doc, t - 2) == "by":
        return False
    after, then = doc.get(t + 1), doc.get(t + 2)
    if after is None or after.lower in RELATIVE_BEFORE:
        return False
    return after.tag == "NN" or (after.tag == "JJ" and then is not None and then.tag == "NN")


def duration(c: Candidate) -> Quantity | None:
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


def fraction_of(c: Candidate) -> Quantity | None:
    """ "around a quarter of adults": a fraction before "of" is a share of what follows,
    though the model called it a date (a quarter of a year)."""
    if lower(c.doc, c.last) != "of" or c.doc[c.last - 1].lower not in DENOMINATORS:
        return None
    q = parse_quantity(c.text)
    return q if q is not None and q.unit == "fraction" else None


def pounds_of_weight(c: Candidate) -> bool:
    """Whether "pounds" in the span is a weight: written as a word (no "£"), and after a
    verb of weighing, or before "of" or ounces, or as "10-pound" before a noun."""
    words = [t for t in c.tokens if t.lower in ("pound", "pounds")]
    if not words or any(t.text in ("£", "PS") or t.text.startswith("£") for t in c.tokens):
        return False
    pound = words[-1]
    if lower(c.doc, c.last) == "of":  # "200 pounds of flour", not "… of public money"
        return not {lower(c.doc, c.last + k) for k in (1, 2)} & MONEY_NOUNS
    verbs = [t.lemma for t in pound.ancestors if t.pos in ("VERB", "AUX")][:1]
    if set(verbs) & MONEY_VERBS:
        return False  # "costing hundreds of pounds"
    after = {lower(c.doc, c.last), lower(c.doc, c.last + 1)}
    return bool(WEIGHT_EVIDENCE & {*verbs, *after}) or pound.dep == "amod"


def counts_a_noun(c: Candidate) -> bool:
    """ "Between 20 and 30 people", "12 to 15 homes": numbers the model called a date
    that count the plural noun right after them (no time unit, no month) are a count."""
    noun = c.after()
    if noun is None or noun.tag != "NNS" or noun.lower in TIME_UNITS or MONTHS.search(c.text):
        return False
    if re.search(r"\b(?:1[89]|20)\d\d\b", c.text):
        return False  # "the 2003 results": a year the model saw as one
    return any(t.head == noun and t.like_num for t in c.tokens)


def figure_in_a_date(c: Candidate) -> tuple[Span, str] | None:
    """ "9.9pc a month earlier", "120p to 95p": a sum or a share the model ran into a
    date is the figure before the date's words (a determiner, a time unit, an adverb)."""
    if c.phrase is not None or MONTHS.search(c.text) or duration(c) or age(c):
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


def age(c: Candidate) -> Quantity | None:
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
    said = text != c.text or lower(c.doc, c.first - 1) in AGE_BEFORE
    said = said or (  # "aged 9 and 11": the second age after "and"
        lower(c.doc, c.first - 1) == "and"
        and c.doc[c.first - 2].like_num
        and lower(c.doc, c.first - 3) in AGE_BEFORE
    )
    q = parse_quantity(text) if said else None
    if q is None or q.kind != "count" or not re.fullmatch(r"[\d\s\-–a-z]+", text):
        return None
    ends = q.value if isinstance(q.value, tuple) else (q.value,)
    if not all(0 < v <= OLDEST_AGE and v == int(v) for v in ends):
        return None
    return Quantity(q.value, "years old", "quantity")


_DATE_NUMBER = re.compile(rf"(?:{SIGNS}\s?)?\d[\d,]*(?:\.\d+)?(?:\s?[a-zA-Z″%]{{1,4}})?")


def number_in_a_date(text: str) -> bool:
    """ "at 2483805", "25.5″", "3687 mAh": a lone number the model called a date that
    cannot be one. Up to four bare digits may be a day or a year ("by 2120"), so the
    model is trusted there; so it is for ordinals and decades ("5th", "1990s")."""
    text = QUALIFIERS.sub("", text)  # "about 12bn"
    if not _DATE_NUMBER.fullmatch(text) or MONTHS.search(text) or CLOCK.search(text):
        return False
    if re.search(r"\d(?:st|nd|rd|th|'?s)$", text):
        return False
    return not (text.isdigit() and len(text) <= 4)
