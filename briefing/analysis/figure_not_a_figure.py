"""What is not a figure: NOT_A_FIGURE, an ordered table of named rules, and its rules.

Each rule takes a Candidate and returns None when it does not apply, else the reason
the number is not a figure ("a year", "part of a name: a code"). The first rule that
applies decides (rules.first_verdict), and `dropped_numbers` shows its reason: dates,
days of a month, years and clock times; ordinals and places in a ranking; phone numbers,
scores and list items' numbers; labels ("page 12", "No 10"), codes, models, versions
and addresses ("3G", "iPhone 14", "737 Max", "Web 3.0"); titles ("Million Dollar Baby",
"28 Days Later") and numbers to call ("999").

Kept apart so that the rules can be read, and one added, in one place; the readings of a
date span they consult (a duration, an age) are figure_special_readings'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.analysis.figure_candidates import rand
from briefing.analysis.figure_currency import currency_mark, money_near
from briefing.analysis.figure_span_base import TIME_LABELS, UNIT_WORDS, Candidate, lower
from briefing.analysis.figure_special_readings import (
    age,
    counts_a_noun,
    duration,
    figure_in_a_date,
    fraction_of,
    number_in_a_date,
)
from briefing.analysis.figure_widening import MEASURE_AFTER, inches_after_feet
from briefing.analysis.lexicon import (
    CALL_VERBS,
    CLOCK_PREPS,
    CODE_LETTERS,
    COUNTED_SINGULARS,
    DASHES,
    LEVEL_VERBS,
    MONTHS,
    NAME_LINKS,
    NAME_SUFFIXES,
    NUMBER_SIGNS,
    NUMBERED_WORK_NOUNS,
    PART_BEFORE_HALF,
    RESULT_WORDS,
    TEMPERATURE_UNITS,
    VAGUE_PREFIXES,
    VOTE_WORDS,
    WEEKDAYS,
)
from briefing.analysis.quantities import MEASURES, SCALES, SMALL, TIME_UNITS
from briefing.analysis.tokens import Doc


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
    while start >= 2 and lower(doc, start - 1) in ("-", "–") and lower(doc, start - 2).isdigit():
        start -= 2
    while lower(doc, end) in ("-", "–") and lower(doc, end + 1).isdigit():
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
    if word in MEASURE_AFTER or word in SCALES:  # "5M" is five million
        return None
    if word not in UNIT_WORDS or (len(nxt.text) == 1 and nxt.text.isupper()):
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


def _end_of_a_capitalised_run(c: Candidate) -> int:
    """Where the run of capitalised singular proper nouns right after the candidate ends
    (its own end if there is none)."""
    t = c.last
    while t < len(c.doc) and c.doc[t].tag == "NNP" and c.doc[t].is_title:
        t += 1
    return t


def before_a_name(c: Candidate) -> str | None:
    """ "49 Zorro Ranch Road", "two new 737 Max jets": a number right before a run of
    capitalised singular proper nouns names something, unless the run modifies a plural
    noun the number counts ("5 Labour MPs"). A weekday or month after it is a date
    ("killed 12 Tuesday"), a scale word a figure ("5 Million")."""
    if not _plain_number(c) or not c.doc.text(c.first, c.last).isdigit():
        return None  # "a 42-7 Kiwi triumph" is a score
    t = _end_of_a_capitalised_run(c)
    if t == c.last:
        return None
    nxt = lower(c.doc, c.last)
    if MONTHS.fullmatch(nxt) or nxt in SCALES or nxt in UNIT_WORDS:
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
    return lower(c.doc, c.last) not in MEASURE_AFTER


def a_label(c: Candidate) -> str | None:
    """ "a category 4 hurricane", "page 12", "in round 2": a bare whole number right after
    the singular noun it numbers is a label, not an amount."""
    if not _bare_count(c) or not c.text.isdigit():
        return None
    before = c.before()
    if before is None or before.tag != "NN" or inches_after_feet(c.doc, c.first):
        return None
    head = c.doc[c.last - 1].head
    if head == before:
        return f"a label: {before.lower} {c.text}"
    labels_a_mass = head.i == c.last and head.tag == "NN" and head.lower not in UNIT_WORDS
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
    meridiem = lower(c.doc, c.last) in ("am", "pm", "a.m.", "p.m.")
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
    if c.label not in TIME_LABELS or number_in_a_date(c.text) or counts_a_noun(c):
        return None
    if duration(c) is not None or age(c) is not None or figure_in_a_date(c) is not None:
        return None
    if fraction_of(c) is not None:
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
        if m is not None and not currency_mark(m[1]) and not rand(c.doc, t.i):
            return "part of a name: a code"
    return None


def a_vague_size(c: Candidate) -> str | None:
    """ "a multi-million dollar industry", "mega-billion": a scale word after "multi"
    says "many", not one million."""
    before = lower(c.doc, c.first - 1)
    if c.text.lower().startswith(VAGUE_PREFIXES) or before in ("multi", "multi-", "mega"):
        return "a vague size, not a number"
    return None


def a_list_number(c: Candidate) -> str | None:
    """ "1) explains why …; 2) cautions that …": a small number closed by a bracket it did
    not open numbers an item of a list; it counts nothing."""
    if not re.fullmatch(r"\d{1,2}", c.text) or lower(c.doc, c.last) != ")":
        return None
    opens = c.first in c.doc.parse.sent_starts or lower(c.doc, c.first - 1) in (
        ":",
        ";",
        ",",
        "and",
        "or",
        "-",
        "–",
        "",
    )
    starts_item = opens and not (c.first >= 2 and lower(c.doc, c.first - 2)[:1].isdigit())
    return "a list item's number" if starts_item else None  # not "(5-7)" of a score


def a_zero_compound(c: Candidate) -> str | None:
    """ "zero-hours contracts", "zero-emission buses", "a zero-sum game": "zero" hyphened
    to a noun names a kind of thing (none of it), not an amount of it."""
    first = c.doc[c.first]
    if (first.lower == "zero" and lower(c.doc, c.first + 1) == "-") or first.lower.startswith(
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


def a_place_in_a_ranking(c: Candidate) -> str | None:
    """ "in the top 40", "the top 40 singles chart", "went straight in at number four":
    a number after "top" or "number" places something in a ranking, it does not measure
    it ("the top three seeds" still counts seeds)."""
    word, before = lower(c.doc, c.first - 1), lower(c.doc, c.first - 2)
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
        and lower(c.doc, c.last) == "to"
        and lower(c.doc, c.last + 1)
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
    number_words = (*SMALL, *SCALES, *UNIT_WORDS)
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
    if lower(c.doc, t - 1) in PART_BEFORE_HALF:
        return f'a part named by "{c.doc[t - 1].text} half", not a share'
    hyphen, word = c.doc.get(t + 1), c.doc.get(t + 2)
    if t == c.last - 1 and hyphen is not None and word is not None and hyphen.text == "-":
        measure = word.lower in UNIT_WORDS or word.lower in SCALES or word.lower in TIME_UNITS
        if not (measure or hyphen.space_before or word.space_before):
            return f'one word with "half-{word.text}", not a share'  # "at half-time"; a
            # "half-hour" or a "half-point cut" measures
    after = c.doc.get(t + 1)
    if t != c.last - 1 or after is None or after.tag != "NN" or after.space_before is False:
        return None
    if lower(c.doc, t - 1) in ("a", "an"):
        return None  # "make a half turn", "a half share": half of one, a measure
    if after.lower in UNIT_WORDS or after.lower in SCALES:
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
    if head.lower in UNIT_WORDS or head.lower in SCALES or head.dep == "compound":
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
    nxt = lower(c.doc, c.last)
    if 0 < top < bottom and (nxt == "of" or nxt in UNIT_WORDS):
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
    near = {tok.lower for t in range(c.first - 10, c.last + 6) if (tok := c.doc.get(t))}
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
    before = lower(c.doc, c.first - 1)
    if before == ".":
        before = lower(c.doc, c.first - 2) + "."
    sign = c.doc.get(c.first - 1 - (before.endswith(".") and before != "."))
    if before in NUMBER_SIGNS and sign is not None and (sign.text[:1] in "N#"):
        return f"a label: {sign.text} {c.text}"
    return None


def a_work_title(c: Candidate) -> str | None:
    """ "the show 24", "the film 1917": a bare number right after a noun for a work (and
    no unit after it) is the work's title."""
    if not _bare_count(c) or not c.text.isdigit():
        return None
    before, after = c.before(), lower(c.doc, c.last)
    if before is None or before.tag != "NN" or before.lower not in NUMBERED_WORK_NOUNS:
        return None  # (a verb: "showed 64 respondents", "played 25 games")
    if after in UNIT_WORDS or after in TIME_UNITS:
        return None
    return "part of a name: a title"


def a_lettered_number(c: Candidate) -> str | None:
    """ "221B Baker Street", "seat 12A": a capital glued to a whole number is a code,
    unless it is a scale ("5M", "10K", "$4B" with money) or a temperature ("15C")."""
    m = re.fullmatch(r"\d+([A-Z])", c.text)
    if m is None or m[1] in "KMCF" or (m[1] == "B" and money_near(c.doc, c.first, c.last)):
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
    if lower(c.doc, c.last) in UNIT_WORDS:
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


def a_percentage_in_a_title(c: Candidate) -> str | None:
    """ "the host of 100% Homegrown on Radio 1", "the 5% Club": a percentage right before
    a run of capitalised words that ends the noun phrase (a preposition, a conjunction or
    a stop after it) is part of a name; "a 3% Labour lead", "a 50% Disney-owned company"
    and "5% Tesco shares" measure what follows, and "a rate of 8% Axa said" (its comma
    lost) starts a clause."""
    if not c.text.endswith("%"):
        return None
    t = _end_of_a_capitalised_run(c)
    nxt = lower(c.doc, c.last)
    if t == c.last or MONTHS.fullmatch(nxt) or nxt in WEEKDAYS:
        return None  # "fell 2% Monday"
    after = c.doc.get(t)
    if after is not None and (after.pos not in ("ADP", "CCONJ", "PUNCT") or after.text in DASHES):
        return None
    return "part of a name: a title"


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
    a_percentage_in_a_title,
    after_a_name,
    a_particle_inside_a_name,
    modifies_a_name,
    before_a_name,
    a_label,
    names_a_singular_thing,
)
"""What is not a figure, tried in order; the first that applies gives the reason."""
