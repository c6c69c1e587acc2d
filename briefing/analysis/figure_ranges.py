"""Where one figure ends and the next begins: the ends of a range, and what is no range.

A span the model ran over two figures is cut (split): where a number starts right after
another figure's number or unit or after a name ("five-year $700000", "+0.4% Dax
+0.6%"), and between a change and the level it reached ("rose by $2 billion to $9
billion"), two figures of different kinds ("jumped 20pc to €1.1bn"), a pair running
downwards ("voted 7 to 2") and two numbers joined by "and" with no "between" ("aged 9
and 11"). A score is two numbers, never a range ("won 3-1", "110–98": score,
glued_score). The two ends of a range are then joined into one span (join_ranges):
"1 per cent to 1.5 per cent", "between 5% and 6%", "from $75 U.S. per barrel to $45.88".
Whether "rose from 240 to 273" is one figure or two is a convention of its own
(FROM_TO_IS_ONE_FIGURE).

Kept apart because the candidates (step 1, the cuts) and the range join (step 3) ask
the same questions of a pair of numbers, and must answer them alike: what is cut as no
range is never joined again.
"""

from __future__ import annotations

import re

from briefing.analysis.figure_currency import SYMBOL_BEFORE
from briefing.analysis.figure_span_base import (
    CURRENCY_SIGNS,
    SCORE_SIDES,
    SIGNS,
    TIME_LABELS,
    UNIT_WORDS,
    lower,
)
from briefing.analysis.lexicon import CHANGE_WORDS, GAME_WORDS, RESULT_WORDS, TENNIS_POINTS
from briefing.analysis.quantities import parse_quantity
from briefing.analysis.tokens import Doc, Token


def score(doc: Doc, a: int, b: int) -> bool:
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
    near = {tok.lower for t in range(a - 4, b + 5) if not a <= t <= b if (tok := doc.get(t))}
    result = bool(near & RESULT_WORDS)
    game = x in TENNIS_POINTS and y in TENNIS_POINTS and bool(near & GAME_WORDS)
    # "goes 0-30 down", "to go 15-40 and two set points up": a game's score in tennis
    return int(x) > int(y) or result or game or _beside_a_pair(doc, a, b)  # "aged 18-24"
    # is a range


_PAIR = re.compile(r"\d{1,3}[-–]\d{1,3}")


def _beside_a_pair(doc: Doc, a: int, b: int) -> bool:
    """ "6-7 (3-7) 6-3 6-3": a dash pair right beside another, brackets apart, is one of
    the set or game scores of a match (a range is not written twice in a row)."""

    def pair_ending(k: int) -> bool:
        while lower(doc, k) in ("(", ")"):
            k -= 1
        if _PAIR.fullmatch(lower(doc, k)):
            return True
        return lower(doc, k - 1) in ("-", "–") and bool(
            re.fullmatch(r"\d{1,3}", lower(doc, k)) and re.fullmatch(r"\d{1,3}", lower(doc, k - 2))
        )

    def pair_starting(k: int) -> bool:
        while lower(doc, k) in ("(", ")"):
            k += 1
        if _PAIR.fullmatch(lower(doc, k)):
            return True
        return lower(doc, k + 1) in ("-", "–") and bool(
            re.fullmatch(r"\d{1,3}", lower(doc, k)) and re.fullmatch(r"\d{1,3}", lower(doc, k + 2))
        )

    return pair_ending(a - 1) or pair_starting(b + 1)


_GLUED_SCORE = re.compile(r"(\d{1,3})[-–](\d{1,3})")


def glued_score(doc: Doc, t: int) -> tuple[str, str] | None:
    """ "won 110–98": a score the tokenizer kept as one token (an en dash between digits),
    as its two numbers."""
    m = _GLUED_SCORE.fullmatch(doc[t].text)
    return (m[1], m[2]) if m and _score_numbers(doc, m[1], m[2], t, t) else None


POWER_BASE = ("x", "×", "*")

_TRAILING = frozenset(("to", "and", "or", "-", "–", "from", "by", "than", "x", "×"))


def trim(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """ "up to 252 miles to": the model sometimes takes in the word that links the
    next number; it belongs to the range, not to this end of it. So does an adverb
    after the figure ("minus 12 overnight"), and a currency sign before the next number
    ("$1.3 to $" + "1.5bn": the sign is the other end's)."""
    while last - first > 1 and (
        lower(doc, last - 1) in _TRAILING
        or doc[last - 1].tag == "RB"
        or (lower(doc, last - 1) in CURRENCY_SIGNS and lower(doc, last)[:1].isdigit())
    ):
        last -= 1
    return first, last


def _starts_number(doc: Doc, t: int) -> bool:
    word = lower(doc, t)
    return bool(
        (re.match(r"[+-]?\d", word) and "/" not in word)
        or re.fullmatch(rf"{SIGNS}\d.*", word)
        or (word in CURRENCY_SIGNS and lower(doc, t + 1)[:1].isdigit())
    )


def _ends_figure(doc: Doc, t: int, after_names: bool) -> bool:
    """Whether token `t` can end a figure, so that a number after it starts another:
    a number, a unit, or (not in dates: "the year ending 31 December 2003") a name."""
    tok = doc[t]
    return (
        tok.like_num
        or tok.lower in UNIT_WORDS
        or (after_names and tok.pos == "PROPN" and not SYMBOL_BEFORE.match(tok.text.upper()))
    )


def split(doc: Doc, first: int, last: int, after_names: bool) -> list[tuple[int, int]]:
    """ "five-year $700000", "640bhp 5.2 litre", "4.3 second 40", "+0.4% Dax +0.6%": a
    number that starts right after another figure's number or unit, or after a name,
    starts a figure of its own; so does the level in "by $2 billion to $9 billion"."""
    change = _change_and_level(doc, first, last)
    if change is None:
        change = _two_kinds(doc, first, last)
    if change is None and lower(doc, first - 1) == "from" and _from_is_a_change(doc, first):
        change = next((t for t in range(first + 1, last - 1) if lower(doc, t) == "to"), None)
    if change is None:
        change = _descending(doc, first, last)
    if change is None:
        change = _two_joined_by_and(doc, first, last)
    if change is not None:
        return [(first, change), (change + 1, last)]
    cuts = [first]
    for t in range(first + 1, last):
        dimension = lower(doc, t - 1) in POWER_BASE and lower(doc, t) != "10"  # "1 m x 1 m"
        if _starts_number(doc, t) and (_ends_figure(doc, t - 1, after_names) or dimension):
            cuts.append(t)
    pieces = list(zip(cuts, [*cuts[1:], last], strict=True))
    if len(pieces) > 1:  # "+0.4% Dax" + "+0.6%": the name belongs to neither
        pieces = [(f, la - 1) if doc[la - 1].pos == "PROPN" else (f, la) for f, la in pieces]
    pieces = [trim(doc, f, la) for f, la in pieces]  # "1 m x" + "1 m"
    return [(f, la) for f, la in pieces if la > f]


def _two_joined_by_and(doc: Doc, first: int, last: int) -> int | None:
    """The "and" in "girls aged 9 and 11": two numbers joined by "and" are two figures;
    only "between" makes them the ends of a range ("between 20 and 30")."""
    if "between" in (lower(doc, first - 1), lower(doc, first)):
        return None
    for t in range(first + 1, last - 1):
        if lower(doc, t) == "and" and doc[t - 1].like_num and _starts_number(doc, t + 1):
            return t
    return None


def _change_and_level(doc: Doc, first: int, last: int) -> int | None:
    """The "to" in "increased by $43.6 billion to $419.2 billion", "rose by 296,000 to
    2.8 million" or "fell 200 to 33,000": after "by" or a word of change, "X to Y" is
    the change, then the new level (two figures, never a range) when both ends carry
    their own unit ("rose $2.10 to $84.30") or the second is many times the first (a
    change is small beside the level it reaches); ends of one size sharing one unit are
    a range ("rose by 3 to 4 per cent", "cut 300 to 400 jobs")."""
    if not (lower(doc, first - 1) == "by" or _after_a_change(doc, first)):
        return None
    t = next((k for k in range(first + 1, last - 1) if lower(doc, k) == "to"), None)
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
    t = next((k for k in range(first + 1, last - 1) if lower(doc, k) == "to"), None)
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
    k = first - 1 - (lower(doc, first - 1).endswith("ly"))
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


def _two_kinds(doc: Doc, first: int, last: int) -> int | None:
    """The "to" in "jumped 20pc to €1.1bn" run into one span: a share and a sum (or any
    two figures of different kinds) are two figures, never a range."""
    for t in range(first + 1, last - 1):
        if lower(doc, t) == "to":
            a, b = parse_quantity(doc.text(first, t)), parse_quantity(doc.text(t + 1, last))
            if a and b and "count" not in (a.kind, b.kind) and a.kind != b.kind:
                return t
    return None


RANGE_LINKS = frozenset(("to", "-", "–", "and"))
MAX_RANGE_GAP = 6  # "from 20 miles per gallon in 2008 to 29 mpg": words between X and "to"
_GAP_BREAKS = frozenset((",", ";", ":", "(", ")", "–", "—", "and", "but", "or"))

Joined = tuple[int, int, str, str | None]


def join_ranges(doc: Doc, spans: list[tuple[int, int, str]]) -> list[Joined]:
    """Join the two ends of a range into one span: "1 per cent to 1.5 per cent",
    "between 5% and 6%" (and only after "between"), and "from X … to Y" with a few
    words between X and "to" ("from $75 U.S. per barrel to $45.88"). Each span comes
    with the phrase to read when that is not its text (a range with words between).
    "increased by $43.6 billion to $419.2 billion" is a change and a level, not a range."""
    out: list[Joined] = []
    for first, last, label in spans:
        if label in SCORE_SIDES:  # one number of "110–98", read on its own
            side = glued_score(doc, first) or ("", "")
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
    link = lower(doc, last) if span[0] - last == 1 else ""
    if phrase is not None or link not in RANGE_LINKS or TIME_LABELS[0] in (label, span[2]):
        return False  # "from May to June 2024" is not a figure
    if "SCORE" in (label, span[2]):
        return False
    if lower(doc, first - 1) == "from" and _from_is_a_change(doc, first):
        return False  # "rose from 3% to 5%": the old level, then the new
    if link == "and" and "between" not in (lower(doc, first - 1), lower(doc, first)):
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
    if lower(doc, first - 1) != "to":
        return None
    k = len(out) - 1
    while k >= 0 and out[k][2] in TIME_LABELS:
        k -= 1
    if k < 0 or out[k][3] is not None or lower(doc, out[k][0] - 1) != "from":
        return None
    if _from_is_a_change(doc, out[k][0]):
        return None
    x_first, x_last = out[k][0], out[k][1]
    gap = range(x_last, first - 1)
    if len(gap) > MAX_RANGE_GAP or any(lower(doc, t) in _GAP_BREAKS for t in gap):
        return None
    if any(out[j][1] > first - 1 for j in range(k + 1, len(out))):
        return None
    a = parse_quantity(doc.text(x_first, x_last))
    b = parse_quantity(doc.text(first, last))
    if not (a and b) or isinstance(a.value, tuple) or isinstance(b.value, tuple):
        return None
    same = a.kind == b.kind and (a.unit == b.unit or not (a.unit and b.unit))
    return k if same or "count" in (a.kind, b.kind) else None
