"""Step 1 of finding figures: the token spans that may be figures (candidates).

spaCy's numeric and date entities, trimmed and cut where the model ran two figures
together (figure_ranges), each with the bound the model left before it ("Gusts of up
to 90mph", "as low as minus 8C"); the numbers no entity holds: loose numbers, untagged
or filed as names ("$414", "PS8.1bn" as a place, "+0.3", "5pc", "R2.5 billion"),
fractions of something ("a third of voters", "two-thirds") and "a billion euros"; and
the joins of what the model cut apart: a score's two numbers, a power of ten ("6.5 x
10^8 km"), a ratio ("one in five adults"), digits grouped by spaces or by spaced commas
("1 000 000", "10, 000"), a fraction of a scale ("a quarter of a million") and, once
widened, a measure in two units ("2 hours 14 minutes": join_compound_measures).
"""

from __future__ import annotations

import re

from briefing.analysis.figure_currency import currency_mark
from briefing.analysis.figure_ranges import POWER_BASE, glued_score, score, split, trim
from briefing.analysis.figure_span_base import (
    CURRENCY_SIGNS,
    NUMERIC_LABELS,
    SCORE_SIDES,
    SIGNS,
    TIME_LABELS,
    UNIT_WORDS,
    lower,
)
from briefing.analysis.lexicon import (
    AREA_WORDS,
    KEY_NOUNS,
    MONEY_VERBS,
    RATIO_EVERY,
    RATIO_LINK,
    RATIO_OUT_OF,
    TIME_ZONES,
    VULGAR_FRACTIONS,
)
from briefing.analysis.quantities import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DENOMINATORS,
    MEASURES,
    SCALES,
    SMALL,
    compound_measure,
    currency_codes,
    parse_quantity,
)
from briefing.analysis.tokens import Doc


def candidates(doc: Doc) -> list[tuple[int, int, str]]:
    """Token spans that may be figures: numeric and date entities (trimmed, and cut
    where the model ran two figures together), loose numbers, and fractions."""
    spans: list[tuple[int, int, str]] = []
    covered: set[int] = set()
    numeric: set[int] = set()
    for ent in doc.ents:
        covered.update(range(ent.start, ent.end))
        if ent.label in NUMERIC_LABELS or ent.label in TIME_LABELS:
            numeric.update(range(ent.start, ent.end))
            first, last = trim(doc, ent.start, ent.end)
            pieces = split(doc, first, last, after_names=ent.label not in TIME_LABELS)
            for f, la in pieces:
                if la - f == 3 and score(doc, f, la - 1):
                    spans.extend([(f, f + 1, "SCORE"), (la - 1, la, "SCORE")])
                elif la - f == 1 and glued_score(doc, f):
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
    return [s for s in spans if lower(doc, s[1]) not in TIME_ZONES]


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
        sign = int(lower(doc, first - 1) == "minus")  # "as low as minus 8C": read later
        for words in _BOUNDS:
            start = first - sign - len(words)
            if start < 0 or any(lower(doc, start + k) != w for k, w in enumerate(words)):
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
        if lower(doc, t - 1) in ("a", "an") and money in CURRENCY_WORDS and money != "p":
            spans.append((t - 1, t + 2, "MONEY"))
    return spans


def _mark_scores(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Both ends of a score the model split ("2" + "-" + "0") are labelled SCORE, so
    the range join and the name rules ("beat Spurs 3-1") leave them alone."""
    out = list(spans)
    for i in range(len(out) - 1):
        (f1, l1, _), (f2, l2, _) = out[i], out[i + 1]
        if l1 - f1 == 1 and l2 - f2 == 1 and score(doc, f1, f2):
            out[i], out[i + 1] = (f1, l1, "SCORE"), (f2, l2, "SCORE")
    return out


def _join_powers(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "6.5 x 10^8 km": a number times a power of ten is one figure, whatever pieces
    the model cut it into."""
    out = list(spans)
    if "^" not in doc.body:
        return out
    for t in range(len(doc) - 4):
        if lower(doc, t + 3) != "^":
            continue
        words = [lower(doc, t + k) for k in range(5)]
        if not (
            re.fullmatch(r"\d+(?:\.\d+)?", words[0])
            and words[1] in POWER_BASE
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


def join_compound_measures(
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
    if not (lead.isdigit() and len(lead) <= 3) or (t >= 2 and lower(doc, t - 1) == ","):
        return None
    k = t + 1
    while lower(doc, k) == "," and re.fullmatch(r"\d{3}", lower(doc, k + 1)):
        if not doc[k + 1].space_before:
            return None  # "10,000" the model split: read as it is
        k += 2
    if k == t + 1:
        return None
    listed = lower(doc, k) in ("and", "or", ",") and lower(doc, k + 1)[:1].isdigit()
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
            linked = [lower(doc, a_last), lower(doc, a_last + 1)] in (["of", "a"], ["of", "an"])
            scale = last - first == 1 and lower(doc, first) in SCALES and len(lower(doc, first)) > 2
            if linked and first == a_last + 2 and scale and lower(doc, a_last - 1) in DENOMINATORS:
                out[-1] = (a_first, last, "CARDINAL")
                continue
        out.append((first, last, label))
    return out


def _ratio_part_before(doc: Doc, first: int, free_from: int) -> int | None:
    """The token of a ratio's first number that the model left out of every span, when
    "in" links it to the number starting at `first` ("Around one in five businesses":
    only "five" was found), else None."""
    part = first - 2
    if part < free_from or lower(doc, first - 1) != RATIO_LINK:
        return None
    tok = doc.get(part)
    return part if tok is not None and tok.tag == "CD" else None


def _ratio_whole(doc: Doc, t: int) -> int | None:
    """The token of the second number in "one in five" / "one-in-four" when a ratio's
    link starts at token `t`, else None (not when a unit follows: "5 in 10 minutes")."""
    k = t + (lower(doc, t) == "-")
    if lower(doc, k) == RATIO_LINK:
        k += 1 + (lower(doc, k + 1) == "-")
        k += lower(doc, k) == RATIO_EVERY  # "one in every three"
    elif (lower(doc, k), lower(doc, k + 1)) == RATIO_OUT_OF:  # "nine out of 10"
        k += 2
    else:
        return None
    tok = doc.get(k)
    if tok is None or tok.tag != "CD" or lower(doc, k + 1) in UNIT_WORDS:
        return None
    if re.fullmatch(r"(?:1[89]|20)\d\d", tok.text):
        return None  # "died aged 27 in 1971": a year, not a whole
    return k


_GLUED_UNITS = "|".join(
    sorted(
        (re.escape(w) for w in (*MEASURES, *AREA_WORDS) if re.fullmatch(r"[a-zµ°/]{1,4}", w)),
        key=len,
        reverse=True,
    )
)

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
CLOCK = re.compile(r"\d(?:am|pm|a\.m\.|p\.m\.)$|^\d{1,2}:\d\d", re.IGNORECASE)


def _marked(doc: Doc, t: int) -> bool:
    """A loose number whose marks make it a figure even inside a name-like entity."""
    tok = doc[t]
    return bool(
        _MARKED.fullmatch(tok.text)
        or _ordinal_only(doc, t)  # a real ordinal ("5th") never matches _LOOSE_FIGURE
        or (t > 0 and (doc[t - 1].text in CURRENCY_SIGNS or currency_mark(doc[t - 1].text)))
        or bool(_GLUED_MEASURE.fullmatch(tok.text))  # "330ml" filed as an organisation
        or _in_score(doc, t)
    )


def _in_score(doc: Doc, t: int) -> bool:
    """Whether token `t` is either number of a score ("3-1")."""
    return (t + 2 < len(doc) and score(doc, t, t + 2)) or (t >= 2 and score(doc, t - 2, t))


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
            or rand(doc, t)
            or _before_degrees(doc, t)
            or (t > 0 and currency_mark(doc[t - 1].text) and tok.tag == "CD")  # "MXN 300"
            or _in_score(doc, t)  # "beat Rovers 2-0" filed as a person
        )
        marked = vulgar or _marked(doc, t) or rand(doc, t) or _signed(doc, t)
        skip = t in numeric or (t in covered and not (loose and marked))
        if skip or not (tok.tag == "CD" or loose) or CLOCK.search(tok.text):
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


def rand(doc: Doc, t: int) -> bool:
    """ "R2.5 billion", "costs R25": an R glued to a number is rand when money is
    evident, a scale after it or a verb of money over it (not "the R101 road")."""
    if not _RAND_TOKEN.fullmatch(doc[t].text):
        return False
    tok = doc[t]
    if lower(doc, t + 1) in SCALES or tok.text.endswith(("bn", "m", "k")):
        return True
    return tok.head.lemma in MONEY_VERBS or lower(doc, t - 1) in MONEY_VERBS


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
    nxt = lower(doc, t + 1)
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
        start = t - 2 if lower(doc, t - 1) == "-" else t - 1
        by = lower(doc, start - 1) == "by"  # "shrunk by a fifth", whatever its tag
        if t in numeric or tok.lower not in DENOMINATORS or not (tok.tag.startswith("NN") or by):
            continue
        if lower(doc, t + 1) != "of" and lower(doc, start - 1) != "by":
            continue  # "a third of voters", "cut by a third"
        numerator = lower(doc, start)
        if start not in numeric and (numerator in _NUMERATORS or numerator.isdigit()):
            spans.append((start, t + 1 + of_a_point(doc, t + 1), "FRACTION"))
    return spans


def of_a_point(doc: Doc, t: int) -> int:
    """How many tokens from `t` say which point or per cent a fraction word before them
    is of ("a quarter" + "of a percentage point", "a quarter" + "percentage point",
    "half" + "a per cent": 0.25 or 0.5 of a point, not a share of something), else 0."""
    k = t + (lower(doc, t) == "of")
    k += lower(doc, k) in ("a", "one")
    word, then = lower(doc, k), lower(doc, k + 1)
    if word == "percentage" and then in ("point", "points"):
        return k + 2 - t
    if (word, then) == ("per", "cent"):
        return k + 2 - t
    return k + 1 - t if word == "percent" else 0
