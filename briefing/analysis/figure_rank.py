"""Which of an article's figures are key figures, and in what order.

A reader scanning a sidebar of key figures wants the numbers the story is about:
sums of money, percentages, measured amounts (ranges, distances), large counts, and
counts of people harmed, troops or weapons however small ("at least five people").
Every figure the article reports stays in its analysis (the body shows them all),
but the ones that are not news get salience 0, and a salience of 0 means "not a key
figure" (see model.key_figures). Not key:

- time spans measured back or forward from now ("the past 24 hours", "the next two
  weeks", "three years ago"): they date the news, they are not what it reports;
- descriptors written with a hyphen ("20-point plan", "30-day truce");
- "one" (and other counts of at most 1: "one injured civilian" is "an injured civilian");
- small counts (under 10) with no counted noun, of things already named ("the two
  leaders", "both sides") or of things outside KEY_NOUNS ("two sections");
- a sum or measure restated in another unit right after the first ("$1.13bn (£600m)");
- the same value and unit said again later in the article.

The rest are ordered by kind, size and position, with variety (see rank).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from briefing.analysis.lexicon import DEFINITE, KEY_NOUNS, RELATIVE_AFTER, RELATIVE_BEFORE
from briefing.analysis.model import Figure, Parse
from briefing.analysis.quantities import SMALL, Quantity

KIND_WEIGHT = {"money": 1.0, "percent": 0.85, "quantity": 0.8, "count": 0.6, "duration": 0.3}
SMALL_COUNT = 10
KEY_NOUN_BONUS = 0.15
REPEAT_PENALTY = 0.2


# a figure restated in another unit: "3.1bn Australian dollars ($2.3bn; £1.8bn)"
CONVERSION_GAP = re.compile(r"\s*(?:[(;/]|or|,)\s*(?:about|around|roughly|some|c\.|or)?\s*")


def not_key(
    body: str,
    parse: Parse,
    first: int,
    last: int,
    q: Quantity,
    noun: int | None,
    previous: tuple[int, str] | None,
) -> str | None:
    """Why the figure on tokens [first, last) is not a key figure, or None when it is.
    `noun` is the counted noun's token; `previous` the end offset and kind of the figure
    before it."""
    text = body[parse.starts[first] : parse.ends[last - 1]]
    before = [parse.token_text(body, t).lower() for t in range(max(0, first - 2), first)]
    inside = [parse.token_text(body, t).lower() for t in range(first, last)]
    after = parse.token_text(body, last).lower() if last < len(parse) else ""
    value = max(q.value) if isinstance(q.value, tuple) else q.value
    if q.kind == "duration" and (
        RELATIVE_BEFORE & {*before, *inside} or RELATIVE_AFTER & {after, *inside}
    ):
        return "a time span measured from now"
    if _descriptor(body, parse, last, text):
        return "a hyphenated descriptor"
    if q.kind == "duration" and DEFINITE & {*before[-1:], *inside[:1]}:
        return "a time span already named"  # "the six months", "the full 12 months"
    if re.fullmatch(r"\d+-\d+", text):
        return None  # a score: "a 1-1 draw", "passed 8-1"
    if q.kind in ("count", "duration") and abs(value) <= 1:
        return "one"
    if q.kind == "count" and abs(value) < SMALL_COUNT:
        if noun is None:
            return "a small count of nothing named"
        determiners = [
            parse.token_text(body, t).lower()
            for t in range(max(0, first - 4), first)
            if parse.heads[t] == noun and parse.deps[t] in ("det", "poss", "predet")
        ]
        if DEFINITE & {*before[-1:], *inside[:1], *determiners}:
            return "a small count of things already named"
        if parse.lemmas[noun].lower() not in KEY_NOUNS:
            return "a small count of minor things"
    if previous is not None and q.kind in ("money", "quantity") and previous[1] == q.kind:
        gap = body[previous[0] : parse.starts[first]]
        if len(gap) <= 6 and CONVERSION_GAP.fullmatch(gap):
            return "a conversion of the figure before it"
    return None


def _descriptor(body: str, parse: Parse, last: int, text: str) -> bool:
    """ "20-point", "30-day", "five-year": a number hyphenated to a word describes a noun."""
    end = parse.ends[last - 1]
    if re.match(r"-[A-Za-z]", body[end : end + 2]):
        return True
    tail = re.search(r"[\dA-Za-z]-([A-Za-z]+)$", text)
    return bool(tail) and tail.group(1).lower() not in SMALL


def salience(
    q: Quantity, sentence: int, sentences: int, noun_lemma: str | None, bare: bool
) -> float:
    """How much a key figure matters, before variety: its kind, then size, then how
    early it comes. `noun_lemma` is what a count counts; `bare` a count of nothing named."""
    score = KIND_WEIGHT[q.kind]
    value = max(q.value) if isinstance(q.value, tuple) else q.value
    if q.kind == "count":
        if bare:
            score -= 0.35
        if abs(value) < SMALL_COUNT:
            score -= 0.3
        if noun_lemma in KEY_NOUNS:
            score += KEY_NOUN_BONUS
    score += 0.25 * min(1.0, math.log10(abs(value) + 1) / 9)
    score += 0.1 * (1 - sentence / max(1, sentences))
    if isinstance(q.value, tuple):
        score += 0.05
    return max(0.01, score)


def rank(figures: list[Figure]) -> tuple[Figure, ...]:
    """Key figures first, most salient first, with variety: each further sum of money,
    percentage, or count of the same thing counts a little less, so a sidebar shows
    money, counts and percentages, not only the four largest sums. A value and unit
    said again is not key the second time. Figures that are not key follow in text
    order with salience 0, so the key figures are always a prefix."""
    pool = sorted((f for f in figures if f.salience > 0), key=lambda f: (-f.salience, f.start))
    ranked: list[Figure] = []
    seen: dict[str, int] = {}
    said: dict[tuple, set[str]] = {}
    repeats: list[Figure] = []

    def family(f: Figure) -> str:
        return f.kind if f.kind in ("money", "percent") else f"{f.kind}:{f.unit}"

    while pool:
        best = max(
            pool, key=lambda f: (f.salience - REPEAT_PENALTY * seen.get(family(f), 0), -f.start)
        )
        pool.remove(best)
        units = said.setdefault((best.value, best.kind), set())
        if best.unit in units or (units and (not best.unit or "" in units)):
            repeats.append(replace(best, salience=0.0))  # "10million fans" … "reached 10million"
            continue
        units.add(best.unit)
        adjusted = max(0.01, best.salience - REPEAT_PENALTY * seen.get(family(best), 0))
        if ranked:
            adjusted = min(adjusted, ranked[-1].salience)
        seen[family(best)] = seen.get(family(best), 0) + 1
        ranked.append(replace(best, salience=round(adjusted, 4)))
    rest = sorted([*repeats, *(f for f in figures if f.salience <= 0)], key=lambda f: f.start)
    return (*ranked, *(replace(f, salience=0.0) for f in rest))
