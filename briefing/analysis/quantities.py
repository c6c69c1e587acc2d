"""Reading a number phrase: "$3.2 billion", "80 per cent", "hundreds of thousands",
"between 32 and 40", "2,500 kilometers", "six". Pure string work, no spaCy.

`parse_quantity` returns the numeric value (a float, or a (low, high) range), the
unit it found in the phrase (an ISO currency code, "percent", a measure or a time
unit) and the kind. Vague plurals are read as lower bounds: "hundreds of
thousands" is 100,000, "dozens" is 12. A fraction in words ("a third", "two-thirds")
is its ratio (1/3) with the unit "fraction": a share, not a percentage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.lexicon import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DENOMINATORS,
    DOLLAR_COUNTRIES,
    MEASURES,
    PERCENT_WORDS,
    RATES,
    SCALES,
    SMALL,
    TIME_UNITS,
)
from briefing.analysis.model import Value

_FRACTION = re.compile(
    r"^(a|an|one|two|three|four|five|six|seven|eight|nine|\d+)[\s-]+("
    + "|".join(DENOMINATORS)
    + r")\b"
)
RANGE_LINKS = ("to", "or", "-")
QUALIFIERS = re.compile(
    r"^(?:about|around|approximately|roughly|nearly|almost|some|over|more than|less than|"
    r"fewer than|at least|at most|up to|as many as|as much as|an estimated|estimated|just|"
    r"only|under|below|above|close to|upwards of|in excess of|well over|a further|another|"
    r"an additional|additional|the|a total of|total|plus|~|c\.|approx\.?)\s+",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[,\u202f ]\d{3})*(?:\.\d+)?|\.\d+")
_TOKEN = re.compile(r"\d+(?:[,\u202f]\d{3})*(?:\.\d+)?|\.\d+|[a-zA-Z°][a-zA-Z°/.]*|[%$£€¥₹₽₩₺]|\S")


@dataclass(frozen=True)
class Quantity:
    value: Value
    unit: str
    kind: str  # money | percent | quantity | duration | count


def _words_value(words: list[str]) -> float | None:
    """'two hundred thousand' → 200000; 'hundreds of thousands' → 100000; 'twenty-five' → 25."""
    total, current, seen = 0.0, 0.0, False
    article = False  # "a" is 1 before a scale ("a dozen") but not before "half" or "couple"
    for raw in words:
        for word in raw.lower().split("-"):
            if word in ("of", "and", "a", "an") and seen:
                continue
            if word in ("a", "an"):
                current, article = current or 1, not current
            elif word in SMALL:
                current = SMALL[word] if article else current + SMALL[word]
                seen, article = True, False
            elif word in SCALES and word not in ("k", "m", "b", "mn", "bn", "tn"):
                scale = SCALES[word]
                current = (current or 1) * scale
                seen = True
                if scale >= 1e3:
                    total, current = total + current, 0.0
                seen = True
            elif _NUMBER.fullmatch(word):
                current += float(word.replace(",", ""))
                seen = True
            else:
                return None
    return total + current if seen else None


def _number(token: str) -> float:
    return float(token.replace(",", "").replace("\u202f", "").replace(" ", ""))


def _dollar_country(tokens: list[str], i: int) -> str | None:
    """AUD for "Australian dollars", HKD for "Hong Kong dollars"; None otherwise."""
    if tokens[i] in ("dollar", "dollars") and i > 0:
        return DOLLAR_COUNTRIES.get(tokens[i - 1])
    return None


def parse_quantity(text: str) -> Quantity | None:
    """The value, unit and kind of a number phrase, or None if it holds no number."""
    phrase = text.strip().replace("–", "-").replace("—", "-")
    while True:
        stripped = QUALIFIERS.sub("", phrase, count=1)
        if stripped == phrase:
            break
        phrase = stripped
    lower = phrase.lower()
    negative = bool(re.match(r"^(?:minus[\s-]*|-\s*\d|[$£€]\s*-)", lower))
    lower = re.sub(r"(?<=[a-z0-9])-(?=[a-z])", " ", lower)  # "five-year", "billion-mile"
    lower = re.sub(r"^ps(?=\d)", "£", lower)  # "PS2.7m": £ as ASCII transliterators write it
    tokens = _TOKEN.findall(lower)
    currency = None
    for symbol, code in sorted(CURRENCY_SYMBOLS.items(), key=lambda kv: -len(kv[0])):
        if symbol == "ps":
            continue
        if lower.startswith(symbol) or (len(symbol) == 1 and symbol in lower):
            currency = code
            break
    if currency is None and not re.search(r"per ?cent", lower) and "pc" not in tokens:
        currency = next(
            (
                _dollar_country(tokens, i) or CURRENCY_WORDS[t]
                for i, t in enumerate(tokens)
                if t in CURRENCY_WORDS and t != "p"
            ),
            None,
        )

    fraction = _FRACTION.match(lower)
    if fraction:
        numerator, denominator = fraction.groups()
        value = (SMALL.get(numerator) or _number(numerator)) / DENOMINATORS[denominator]
        return _classify(-value if negative else value, None, lower, tokens, 1.0, "fraction")

    numbers: list[float] = []
    scales: list[float] = []  # each number's own suffix ("$3 billion to $5 billion")
    scale = 1.0
    words_run: list[str] = []
    # a range written half in words: "five per cent to 20 per cent", "20 to thirty"
    words_then_link = digits_then_link = False
    between = lower.startswith("between ")
    for tok in tokens:
        tok = tok.rstrip(".") if tok.rstrip(".") in SCALES else tok  # "PS2.7m." at a full stop
        if tok in RANGE_LINKS or (between and tok == "and"):
            words_then_link = words_then_link or bool(words_run and not numbers)
            digits_then_link = digits_then_link or bool(numbers and not words_run)
        if _NUMBER.fullmatch(tok):
            if words_then_link and not numbers:
                low = _words_value([w for w in words_run if w not in ("and", "of")])
                if low is not None:
                    numbers.append(low)
                    scales.append(1.0)
            words_run = []  # words before a figure ("a 5% rise") are not part of it
            numbers.append(_number(tok))
            scales.append(1.0)
        elif tok in SCALES and (numbers or words_run) and (not scales or scales[-1] == 1.0):
            if words_run and (not numbers or digits_then_link):  # "700,000 and one million"
                words_run.append(tok)
            else:
                scales[-1] = SCALES[tok]
                scale = scale if scale != 1.0 else SCALES[tok]
        elif tok in SMALL or tok in SCALES or (tok in ("of", "and") and words_run):
            words_run.append(tok)
        elif "-" in tok and all(part in SMALL or part in SCALES for part in tok.split("-")):
            words_run.extend(tok.split("-"))
    if not numbers and words_run:
        alternatives = re.split(r"\b(?:or|to)\b", lower)
        if len(alternatives) == 2:  # "three or four years", "five to six"
            ends = [
                _words_value([t for t in _TOKEN.findall(part) if t in SMALL or t in SCALES])
                for part in alternatives
            ]
            ends = [e for e in ends if e is not None]
            numbers = ends if len(ends) == 2 else []
        if not numbers:
            value = _words_value([w for w in words_run if w not in ("and",)])
            if value is None:
                return None
            numbers = [value]
    elif len(numbers) == 1 and digits_then_link and words_run:
        high = _words_value([w for w in words_run if w not in ("and", "of")])
        if high is not None:
            numbers.append(high)
            scales.append(1.0)
    if not numbers:
        return None

    is_range = len(numbers) >= 2 and re.search(
        r"(?:\d|\b[a-z]+)\s*%?\s*(?:-|–|to|and|or)\s*(?:[$£€]|us\$)?\s*(?:\d|[a-z]+\b)", lower
    )
    if len({TIME_UNITS[t] for t in tokens if t in TIME_UNITS}) > 1:
        is_range = False  # "16 months to four years": no one unit holds both ends
    if len(scales) != len(numbers):  # numbers from words carry their scale already
        scales = [scale] * len(numbers)
    if is_range:
        low, high = numbers[0] * scales[0], numbers[1] * scales[1]
        if scales[0] == 1.0 and scales[1] != 1.0 and numbers[0] * scales[1] <= high:
            low = numbers[0] * scales[1]  # "3 to 5 billion": the low end shares the suffix
        values = [low, high] if low != high else [low]  # "tied at 2-2" is one number
    else:
        values = [numbers[0] * scales[0]]
    if negative:
        values = [-v for v in values]
    value: Value = (values[0], values[1]) if len(values) == 2 else values[0]
    return _classify(value, currency, lower, tokens, scale, "")


def _classify(
    value: Value, currency: str | None, lower: str, tokens: list[str], scale: float, bare: str
) -> Quantity:
    """The unit and kind the phrase's words give `value`; `bare` is the unit of a
    phrase that names none (a fraction's "fraction", a count's "")."""
    if currency:
        return Quantity(value, currency, "money")
    if "percentage point" in lower:
        return Quantity(value, "percentage points", "percent")
    if any(w in lower for w in PERCENT_WORDS) or "pc" in tokens:
        return Quantity(value, "percent", "percent")
    rate = next((unit for phrase, unit in RATES.items() if phrase in lower), None)
    if rate:
        return Quantity(value, rate, "quantity")
    for tok in tokens:
        if tok in TIME_UNITS:
            return Quantity(value, TIME_UNITS[tok], "duration")
    for tok in tokens:
        word = tok.rstrip(".")
        if word in MEASURES and word != "b" and not (word == "m" and scale != 1.0):
            return Quantity(value, MEASURES[word], "quantity")
    return Quantity(value, bare, "quantity" if bare else "count")
