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
from functools import cache

from briefing.analysis.lexicon import (
    AGE_WORDS,
    AREA_WORDS,
    CROWN_CURRENCIES,
    CURRENCIES_AFTER_A_NUMBER,
    CURRENCY_CODES_THAT_ARE_WORDS,
    CURRENCY_NAMES_THAT_ARE_WORDS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DENOMINATORS,
    DOLLAR_COUNTRIES,
    LADDER_ABBREVIATIONS,
    LOWER_CODES_THAT_ARE_WORDS,
    MEASURES,
    PERCENT_WORDS,
    RATES,
    RATIO_EVERY,
    RATIO_LINK,
    RATIO_OUT_OF,
    SCALES,
    SMALL,
    TEMPERATURE_UNITS,
    TIME_UNITS,
    UNIT_LADDERS,
    VULGAR_FRACTIONS,
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
    r"fewer than|at least|at most|up to|as many as|as much as|as low as|as high as|"
    r"as few as|as little as|an estimated|estimated|just|"
    r"only|under|below|above|close to|upwards of|in excess of|well over|a further|another|"
    r"an additional|additional|the|a total of|total|plus|~|c\.|approx\.?)\s+",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[,\u202f ]\d{3})*(?:\.\d+)?|\.\d+")
_TOKEN = re.compile(r"\d+(?:[,\u202f]\d{3})*(?:\.\d+)?|\.\d+|[a-zA-Z°][a-zA-Z°/.]*|[%$£€¥₹₽₩₺]|\S")


@cache
def currency_codes() -> frozenset[str]:
    """Every ISO 4217 currency code in use (pycountry), less the ones that are English
    words in capitals ("TOP 10"), plus the hand list's: "SEK 450", "ZAR 5bn", "CHF300"."""
    import pycountry

    codes = {
        c.alpha_3
        for c in pycountry.currencies
        if not c.alpha_3.startswith("X") and c.alpha_3 not in CURRENCY_CODES_THAT_ARE_WORDS
    }
    hand = {w.upper() for w in (*CURRENCY_WORDS, *CURRENCY_SYMBOLS) if re.fullmatch(r"[a-z]{3}", w)}
    return frozenset(codes | hand)


@cache
def currency_names() -> tuple[tuple[str, str], ...]:
    """ISO 4217 currency names in lower case, singular and plural, with their codes,
    longest first ("swiss francs", "mexican peso", "zloty"); names that are ordinary
    English words ("won", "real") only with their qualifier ("south korean won")."""
    import pycountry

    names: dict[str, str] = {}
    for c in pycountry.currencies:
        name = c.name.lower()
        if c.alpha_3.startswith("X") or "(" in name or "unidad" in name:
            continue
        if " " not in name and name in CURRENCY_NAMES_THAT_ARE_WORDS:
            continue
        forms = [name, name + "s"]
        qualifier, _, last = name.rpartition(" ")
        if qualifier and last in CROWN_CURRENCIES:  # "Danish krone": "Danish crowns"
            forms += [f"{qualifier} crown", f"{qualifier} crowns"]
        for form in forms:
            names.setdefault(form, c.alpha_3)
    return tuple(sorted(names.items(), key=lambda kv: -len(kv[0])))


_SYMBOLS_LONGEST_FIRST = tuple(
    sorted(((k, v) for k, v in CURRENCY_SYMBOLS.items() if k != "ps"), key=lambda kv: -len(kv[0]))
)  # "PS" is read as "£" before this ("PS2.7m")
_PERCENT = re.compile(
    "|".join(rf"(?<![a-z]){re.escape(w)}(?![a-z])" for w in PERCENT_WORDS)
)  # "per cent", not the "per cent" of "per century"
_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")
_RAND = re.compile(r"r\d")
"""South African news writes rand as an R glued to the number ("R2.5bn"); the figure
spans take such a token in only with evidence of money (see figure_spans)."""


def _currency(phrase: str, lower: str, tokens: list[str]) -> str | None:
    """The ISO code of the phrase's currency: a symbol ("$", "£", "HK$"), a code in
    capitals ("450 SEK", "CHF300"), a currency's name ("12 million Swiss francs") or
    a currency word ("euros", "pence"); None when it names none."""
    for symbol, code in _SYMBOLS_LONGEST_FIRST:
        if symbol.isalpha():  # "Rs 500", "RM300": letters are a currency only before a number
            if re.match(rf"{symbol}\.?\s?\d", lower):
                return code
        elif lower.startswith(symbol) or (len(symbol) == 1 and symbol in lower):
            return code
    if _RAND.match(lower):
        return "ZAR"
    found = next((m for m in _CODE.findall(phrase) if m in currency_codes()), None)
    if found is not None:
        return str(found)
    if _PERCENT.search(lower) or "pc" in tokens:
        return None
    if len(tokens) > 2 and tokens[-1] in ("cent", "cents") and tokens[-2] in CURRENCY_WORDS:
        return "cents"  # "5 euro cents": a sub-unit stays in its own unit
    for i, t in enumerate(tokens):
        if t in CURRENCY_WORDS and t != "p":
            return _dollar_country(tokens, i) or CURRENCY_WORDS[t]
        after_number = i > 0 and (_NUMBER.fullmatch(tokens[i - 1]) or tokens[i - 1] in SCALES)
        if t in CURRENCIES_AFTER_A_NUMBER and after_number:  # "5bn won", not "won 5"
            return CURRENCIES_AFTER_A_NUMBER[t]
        lower_code = len(t) == 3 and t.upper() in currency_codes()
        if lower_code and after_number and t not in LOWER_CODES_THAT_ARE_WORDS:
            return t.upper()  # "5 million sgd"
    if re.search(r"\dp\b", lower):  # "120p": pence, glued (a lone "p" is anything)
        return "pence"
    words = " ".join(t for t in tokens if t.isalpha())
    found_name = _currency_name_pattern().search(words)
    return dict(currency_names())[found_name[0]] if found_name else None


@cache
def _currency_name_pattern() -> re.Pattern[str]:
    """One regex of every currency name, longest first, as whole words."""
    names = "|".join(re.escape(name) for name, _ in currency_names())
    return re.compile(rf"\b(?:{names})\b")


_VULGAR = re.compile("|".join(VULGAR_FRACTIONS))
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?: \d{3})+(?![\d.,])")
"""Thousands separated by spaces, as some wires write them: "1 000 000"."""
_COMMA_SPACED = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\s?,\s\d{3})+(?![\d.,])")
"""Thousands commas with a space after them, as typed or tokenised: "10, 000", "75, 000 , 000"."""
_DASHES = str.maketrans({"–": "-", "—": "-", "\u2212": "-"})
"""An en or em dash links a range; a Unicode minus ("−3.5") is a minus sign."""
_GLUED_TEMPERATURE = re.compile(r"(?<=\d)(?:\s?°)?([CF])\b")
"""News writes a temperature as "15C" or "-8 °C": a capital C or F after a number (and
after nothing else) is degrees Celsius or Fahrenheit."""


@dataclass(frozen=True)
class Quantity:
    value: Value
    unit: str
    kind: str  # money | percent | quantity | duration | count


_MIXED = re.compile(r"(?<![\d./])(\d+)[\s-]+(\d+)/(\d+)(?![\d/])")  # "10 1/2"
_SLASH = re.compile(r"(?<![\d./])(\d+)/(\d+)(?![\d/])")  # "3/4"
_POWER = re.compile(r"(\d+(?:\.\d+)?)\s*(?:x|×|\*)\s*10\s*\^\s*([+-]?\d+)")  # "6.5 x 10^8"
_E_NOTATION = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)e([+-]?\d+)(?![\w.])")  # "1.2e6"


def _numerals(lower: str) -> str:
    """Numbers written with more than digits, as plain decimals: mixed numbers and
    fractions with a slash ("10 1/2" → 10.5, "3/4" → 0.75; a slash pair whose top is
    not smaller, "24/7", is left alone) and scientific notation ("6.5 x 10^8")."""

    def mixed(m: re.Match[str]) -> str:
        whole, top, bottom = (int(g) for g in m.groups())
        if not 0 < top < bottom:
            return m.group(0)
        return _plain(whole + top / bottom)

    def slash(m: re.Match[str]) -> str:
        top, bottom = int(m.group(1)), int(m.group(2))
        return _plain(top / bottom) if 0 < top < bottom else m.group(0)

    def power(m: re.Match[str]) -> str:
        return _plain(float(m.group(1)) * 10 ** int(m.group(2)))

    lower = re.sub(r"(?<=\d)(m|km|cm|mm|ft)2\b", r" square \1", lower)  # "24703m2"
    lower = re.sub(r"(?<=\d)(m|km|cm|mm|ft)3\b", r" cubic \1", lower)
    lower = re.sub(r"(?<=\d)in\b", " inches", lower)  # "6.1in": glued, "in" is inches
    lower = re.sub(r"^([\d.]+) ins?$", r"\1 inches", lower)  # "2 in" alone: the figure says so
    lower = _POWER.sub(power, lower)
    lower = _E_NOTATION.sub(power, lower)
    lower = _MIXED.sub(mixed, lower)
    return _SLASH.sub(slash, lower)


def _is_share(lower: str) -> bool:
    """ "3/4": a slash fraction less than one, alone (not "10 1/2", not "2006/07")."""
    m = _SLASH.search(lower)
    return m is not None and not _MIXED.search(lower) and 0 < int(m[1]) < int(m[2])


def _plain(value: float) -> str:
    """A float as digits the tokenizer reads back exactly (no exponent, no commas)."""
    return f"{value:.12f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))


_RATIO = re.compile(
    rf"^([a-z]+|\d+)\s+(?:([a-z]+)\s+)??(?:{RATIO_LINK}(?:\s+{RATIO_EVERY})?|"
    rf"{' '.join(RATIO_OUT_OF)})\s+([a-z]+|\d[\d,]*)\b"
)  # "one in five", "one in every three", "nine out of 10", "one person in four"


def _ratio_value(part: str, whole: str) -> float | None:
    """ "one in five" → 0.2, "four in 10" → 0.4: a share like "a fifth", when the
    first number is the smaller and at most ten."""
    top = SMALL.get(part) if part.isalpha() else float(part)
    bottom = SMALL.get(whole) if whole.isalpha() else float(whole.replace(",", ""))
    if top is None or bottom is None or not 0 < top < bottom or top > 10:
        return None  # a ratio starts small ("one in five", "nine in 10"): not "24 in 48 balls"
    if re.fullmatch(r"(?:1[89]|20)\d\d", whole):
        return None  # "aged 27 in 1971": a year, not the whole of a ratio
    return top / bottom


def _words_value(words: list[str]) -> float | None:
    """'two hundred thousand' → 200000; 'hundreds of thousands' → 100000; 'twenty-five' → 25."""
    total, current, seen = 0.0, 0.0, False
    article = False  # "a" is 1 before a scale ("a dozen") but not before "half" or "couple"
    last_scale = 0.0
    for raw in words:
        for word in raw.lower().split("-"):
            if word in ("of", "and", "a", "an") and seen:
                continue
            if word == "half" and seen and not current and last_scale >= 1e3:
                total += last_scale / 2  # "a million and a half" is 1.5 million
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
                    total, current, last_scale = total + current, 0.0, scale
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


_UNIT_PAIR = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)\.?(?:,?\s+and)?[\s,]*")
_NEXT_SMALLER = {big: (times, small) for big, times, small in UNIT_LADDERS}


def _in_digits(word: str) -> str:
    """ "eight" → "8", "twenty-five," → "25,", "an" → "1": a number in words before a
    unit of a ladder ("eight minutes, 49.87 seconds", "an hour and 20 minutes"), read
    by _words_value; any other word, and "half" or "couple", is left as it is."""
    bare = word.rstrip(",")
    if bare[:1].isdigit() or bare in ("half", "couple"):
        return word
    value = 1.0 if bare in ("a", "an") else _words_value([bare])
    return word if value is None else _plain(value) + word[len(bare) :]


def compound_measure(text: str) -> Quantity | None:
    """ "2 hours 14 minutes" → 134 minutes, "6ft 2in" → 74 inches: whole numbers in
    units that step down one ladder, each the next smaller, are one measure, counted in
    the smallest (a time is a duration)."""
    lower = " ".join(map(_in_digits, text.lower().split()))
    pairs: list[tuple[float, str]] = []
    at = 0
    while at < len(lower) and (m := _UNIT_PAIR.match(lower, at)):
        word = m[2]
        unit = LADDER_ABBREVIATIONS.get(word) or TIME_UNITS.get(word) or MEASURES.get(word, "")
        if word == "m" and pairs and pairs[-1][1] == "hours":
            unit = "minutes"  # "2h 14m"
        pairs.append((float(m[1]), unit))
        at = m.end()
    if at != len(lower) or len(pairs) < 2:
        return None
    value, unit = pairs[0]
    for amount, smaller in pairs[1:]:
        step = _NEXT_SMALLER.get(unit)
        if step is None or step[1] != smaller or amount >= step[0]:
            return None
        value, unit = value * step[0] + amount, smaller
    kind = "duration" if unit in TIME_UNITS.values() else "quantity"
    return Quantity(value, unit, kind)


def parse_quantity(text: str) -> Quantity | None:
    """The value, unit and kind of a number phrase, or None if it holds no number."""
    compound = compound_measure(text)
    if compound is not None:
        return compound
    phrase = _GLUED_TEMPERATURE.sub(r" °\1", text.strip().translate(_DASHES))
    phrase = _VULGAR.sub(lambda m: f" {VULGAR_FRACTIONS[m[0]]}", phrase).strip()  # "10½"
    phrase = _SPACED_THOUSANDS.sub(lambda m: m[0].replace(" ", ""), phrase)  # "1 000 000"
    phrase = _COMMA_SPACED.sub(lambda m: re.sub(r"\s", "", m[0]), phrase)  # "10, 000"
    while True:
        stripped = QUALIFIERS.sub("", phrase, count=1)
        if stripped == phrase:
            break
        phrase = stripped
    lower = phrase.lower()
    negative = bool(re.match(r"^(?:minus[\s-]*|-\s*(?:\d|[$£€])|[$£€]\s*-)", lower))
    lower = re.sub(r"(?<=[a-z0-9])-(?=[a-z])", " ", lower)  # "five-year", "billion-mile"
    lower = re.sub(r"^ps(?=\d)", "£", lower)  # "PS2.7m": £ as ASCII transliterators write it
    a_share = _is_share(lower)
    lower = _numerals(lower)
    tokens = _TOKEN.findall(lower)
    currency = _currency(phrase, lower, tokens)
    ratio = _RATIO.match(lower)
    if ratio and not (ratio[2] and (ratio[2] in TIME_UNITS or ratio[2] in MEASURES)):
        share = _ratio_value(ratio[1], ratio[3])  # ("one year in five" is no share)
        if share is not None:
            return Quantity(-share if negative else share, "fraction", "quantity")

    fraction = _FRACTION.match(lower)
    if fraction:
        numerator, denominator = fraction.groups()
        share = (SMALL.get(numerator) or _number(numerator)) / DENOMINATORS[denominator]
        of_scale = re.search(r"\bof an? (\w+)", lower[fraction.end() :])
        if of_scale and of_scale[1] in SCALES:  # "a quarter of a million" is 250,000
            amount = share * SCALES[of_scale[1]]
            return _classify(-amount if negative else amount, None, lower, tokens, 1.0, "")
        return _classify(-share if negative else share, None, lower, tokens, 1.0, "fraction")

    if lower == "half":  # "nearly half of voters", "half of the homes": a share, as
        return Quantity(-0.5 if negative else 0.5, "fraction", "quantity")  # "a third" is

    numbers: list[float] = []
    scales: list[float] = []  # each number's own suffix ("$3 billion to $5 billion")
    scale = 1.0
    words_run: list[str] = []
    # a range written half in words: "five per cent to 20 per cent", "20 to thirty"
    words_then_link = digits_then_link = False
    between = lower.startswith("between ")
    prev = ""
    for tok in tokens:
        tok = tok.rstrip(".") if tok.rstrip(".") in SCALES else tok  # "PS2.7m." at a full stop
        after_number, prev = bool(_NUMBER.fullmatch(prev)) or prev in SCALES, tok
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
        elif (
            tok in SCALES
            and numbers
            and not words_run
            and after_number
            and 1.0 < scales[-1] < SCALES[tok]
        ):  # "4 hundred million": scale words multiply
            scales[-1] *= SCALES[tok]
            scale = scales[-1]
        elif tok in SCALES and (numbers or words_run) and (not scales or scales[-1] == 1.0):
            if words_run and (not numbers or digits_then_link):  # "700,000 and one million"
                words_run.append(tok)
            elif after_number or not numbers:  # "85sq m" is an area, not 85 million
                scales[-1] = SCALES[tok]
                scale = scale if scale != 1.0 else SCALES[tok]
        elif tok in SMALL or tok in SCALES or (tok in ("of", "and") and words_run):
            words_run.append(tok)
        elif "-" in tok and all(part in SMALL or part in SCALES for part in tok.split("-")):
            words_run.extend(tok.split("-"))
    if not numbers and words_run:
        alternatives = re.split(r"\b(?:or|to)\b", lower)
        if len(alternatives) == 2:  # "three or four years", "five to six"
            read = [
                _words_value([t for t in _TOKEN.findall(part) if t in SMALL or t in SCALES])
                for part in alternatives
            ]
            ends = [e for e in read if e is not None]
            numbers = ends if len(ends) == 2 else []
        if not numbers:
            alone = _words_value([w for w in words_run if w not in ("and",)])
            if alone is None:
                return None
            numbers = [alone]
    elif len(numbers) == 1 and digits_then_link and words_run:
        high = _words_value([w for w in words_run if w not in ("and", "of")])
        if high is not None:
            numbers.append(high)
            scales.append(1.0)
    if not numbers:
        return None

    is_range = len(numbers) >= 2 and re.search(
        r"(?:\d[a-z]*|\b[a-z]+)\s*%?\s*(?:-|–|to|and|or)\s*(?:[$£€]|us\$)?\s*(?:\d|[a-z]+\b)", lower
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
    values = [_as_written(v) for v in values]
    if negative:
        values = [-v for v in values]
    value: Value = (values[0], values[1]) if len(values) == 2 else values[0]
    return _classify(value, currency, lower, tokens, scale, "fraction" if a_share else "")


def _as_written(value: float) -> float:
    """A number times its scale word, rid of binary floating point's error: "$8.2bn" is
    8,200,000,000, not 8.2 * 1e9 = 8,199,999,999.999999. News writes no number with more
    than 15 significant digits, so rounding to 15 loses nothing written."""
    return float(f"{value:.15g}")


def _classify(
    value: Value, currency: str | None, lower: str, tokens: list[str], scale: float, bare: str
) -> Quantity:
    """The unit and kind the phrase's words give `value`; `bare` is the unit of a
    phrase that names none (a fraction's "fraction", a count's "")."""
    if currency:
        return Quantity(value, currency, "money")
    if "percentage point" in lower:
        return Quantity(value, "percentage points", "percent")
    if "basis point" in lower:
        return Quantity(value, "basis points", "quantity")
    if _PERCENT.search(lower) or "pc" in tokens:
        return Quantity(value, "percent", "percent")
    rate = next((unit for phrase, unit in RATES.items() if phrase in lower), None)
    if rate:
        return Quantity(value, rate, "quantity")
    rate = _rate(tokens)
    if rate:
        return Quantity(value, rate, "quantity")
    temperature = _temperature(tokens)
    if temperature:
        return Quantity(value, temperature, "quantity")
    for i, tok in enumerate(tokens):
        if tok in TIME_UNITS:
            if i and tokens[i - 1] == "light" and tok.startswith("year"):
                return Quantity(value, "light years", "quantity")  # a distance, not a time
            if " ".join(tokens[i + 1 : i + 3]).startswith(AGE_WORDS):  # "a 35-year-old"
                return Quantity(value, f"{TIME_UNITS[tok]} old", "quantity")
            return Quantity(value, TIME_UNITS[tok], "duration")
    for i, tok in enumerate(tokens):
        word = tok.rstrip(".")
        if word in AREA_WORDS and i + 1 < len(tokens) and tokens[i + 1].rstrip(".") in MEASURES:
            return Quantity(
                value, f"{AREA_WORDS[word]} {MEASURES[tokens[i + 1].rstrip('.')]}", "quantity"
            )
        if word in MEASURES and word != "b" and not (word == "m" and scale != 1.0):
            return Quantity(value, MEASURES[word], "quantity")
    return Quantity(value, bare, "quantity" if bare else "count")


def _rate(tokens: list[str]) -> str | None:
    """ "11 feet per century", "5 litres a day": a measure per unit of time is a rate,
    neither the measure nor a duration."""
    for i, tok in enumerate(tokens[:-2]):
        if tok in MEASURES and tokens[i + 1] in ("per", "a", "an") and tokens[i + 2] in TIME_UNITS:
            return f"{MEASURES[tok]} per {tokens[i + 2].rstrip('s')}"
    return None


def _temperature(tokens: list[str]) -> str | None:
    """ "-5°C", "25 degrees Celsius", "100 degrees F", "6 deg c": a temperature scale."""
    for i, tok in enumerate(tokens):
        if tok in TEMPERATURE_UNITS:
            return TEMPERATURE_UNITS[tok]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in ("degree", "degrees", "deg", "°") and nxt in ("c", "f"):
            return f"°{nxt.upper()}"
    return None
