"""The signs, codes and names of money that the steps of finding figures read.

Whether a token is a currency mark that may stand before a number ("$", "HK$", "PS",
"SEK", "Rs", "usd"), how many tokens after a number name its currency or a percentage
("%", "450 SEK", "12 million Swiss francs", and whose money it is: "30 Brazilian
reais"), and whether money is near a number (then a one-letter "m" or "B" after it is
a scale, not metres or a code).

Kept apart because every step asks: the candidates (a sign before a loose number), the
widening (the currency taken in), the cuts (a currency mark is no name a figure ends
on) and the rules of what is not a figure (letters before a number that are no currency
make a code).
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.figure_span_base import SIGNS, lower
from briefing.analysis.lexicon import (
    CURRENCIES_AFTER_A_NUMBER,
    DOLLAR_COUNTRIES,
    LOWER_CODES_THAT_ARE_WORDS,
    NOT_COUNTRY_ADJECTIVES,
)
from briefing.analysis.quantities import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    currency_codes,
    currency_names,
    parse_quantity,
)
from briefing.analysis.tokens import Doc, Token

SYMBOL_BEFORE = re.compile(
    rf"^(?:[A-Z]{{0,2}}{SIGNS}|\$[A-Z]{{1,2}}|PS|US|USD|EUR|GBP|JPY|AUD|CAD|CHF|CNY|INR)$"
)
_UNIT_AFTER = frozenset(
    "% percent pc € £ $ usd eur gbp jpy cny inr chf aud cad dollars dollar euros euro pounds yen "
    "yuan".split()
)


def currency_name_after(doc: Doc, t: int) -> int:
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
    return whose_currency(doc, t)


def whose_currency(doc: Doc, t: int) -> int:
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


def currency_mark(text: str) -> bool:
    """A currency sign or code that may stand before a number: "$", "HK$", "PS", "SEK",
    "Rs"."""
    if SYMBOL_BEFORE.match(text) or (text in currency_codes() and text != "A"):
        return True
    if _a_lower_code(text) or text in ("rs", "rs.", "ksh"):
        return True  # "usd 500", "eur 3.2bn", "rs 500" in lower case
    return len(text) > 1 and text[0].isupper() and text.lower() in CURRENCY_SYMBOLS


def money_near(doc: Doc, first: int, last: int) -> bool:
    """A currency sign, code or word in the span or just after it ("around £8" + "m",
    "500" + "m" + "euros"): then a one-letter scale after the number is a scale."""
    number = parse_quantity(doc.text(first, last))
    if number is not None and number.kind == "money":
        return True
    return any(lower(doc, t) in CURRENCY_WORDS for t in (last, last + 1, last + 2))
