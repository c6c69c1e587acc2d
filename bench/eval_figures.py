"""Figure extraction quality on the development sentences, with the misses listed.

    python bench/eval_figures.py [DATA] [--misses]     (DATA: the folder, or a file in it)

Prints, each for all sentences and for half A / half B (even / odd indices):
- values: precision, recall and F1 of values on newsquant-dev.json, and of value+unit for
  money and percentages; of values on quantities-extra-dev.json, overall and per `set`
  (dimension, temperature, age), and of value+unit where EXTRA_UNITS maps the gold
  `normalized_unit` to our unit (the count it could map is printed). A value matches when
  the numbers are equal (ranges: both ends); each gold quantity takes the first unused
  found figure with an equal value (and, for value+unit, the same unit class).
- contexts, against NewsQuant's `referred_concepts` (gold quantities whose concept is not
  "-" or empty): the concept's words (lower-cased alphanumeric) against the words of the
  `context` of the figure its value matched. Partial: at least one gold word is in the
  context; complete: every gold word is. Over the matched quantities, and over all
  quantities with a concept (an unmatched one counts as wrong).
--misses lists the values missed and found in excess, then the context failures grouped
by verdict (wrong, partial, value not found) with the sentence, gold concept and context.
`evaluate_figures(path)` gives NewsQuant's two value rows (all sentences) as before.
Skips with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devdata import DEFAULT_DATA, PARTS, Counts, parse_all, parts, percent

from briefing.analysis.model import Figure, Value

NEWSQUANT = "newsquant-dev.json"
EXTRA = "quantities-extra-dev.json"
EXTRA_SETS = ("dimension", "temperature", "age")
EXTRA_UNITS = {
    "kilometre": "km", "metre": "m", "millimetre": "mm", "mile": "miles", "foot": "feet",
    "inch": "inches", "pound-mass": "lb", "kilogram": "kg", "metric ton": "tonnes",
    "ton": "tons", "millilitre": "ml", "gallon": "gallons", "acre": "acres",
    "kilometre per hour": "km/h", "mile per hour": "mph", "celsius": "°C",
    "fahrenheit": "°F", "degree": "degrees", "percentage": "percent", "dollar": "USD",
    "hour": "hours", "minute": "minutes", "month": "months", "year": "years",
    "year of age": "years", "month of age": "months", "week of age": "weeks",
    "day of age": "days",
}  # fmt: skip
"""The extra set's `normalized_unit` → the unit we give the same measure."""

CURRENCY = re.compile(
    r"\b(?:usd|gbp|eur|jpy|inr|cny|dollars?|pounds? sterling|pounds?|euros?|yen|rupees?|yuan|cents?)\b"
    r"|[$£€]"
)


def _gold_value(value: str) -> Value | None:
    text = str(value).replace(",", "")
    try:
        if "-" in text[1:]:
            low, high = (
                text.split("-", 1)
                if not text.startswith("-")
                else ("-" + text[1:].split("-", 1)[0], text[1:].split("-", 1)[1])
            )
            return (float(low), float(high))
        return float(text)
    except ValueError:
        return None


def _equal(a: Value, b: Value) -> bool:
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    if isinstance(a, tuple) and isinstance(b, tuple):
        return all(math.isclose(x, y, rel_tol=1e-6) for x, y in zip(a, b, strict=True))
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)  # type: ignore[arg-type]


def _unit_class(unit: str) -> str | None:
    """'percent', 'money' or None for a gold unit. Currency names match as whole words:
    "european country" is not euros, "cent per share" is money."""
    u = unit.lower()
    if u in ("percent", "percentage", "%", "percentage points", "per cent"):
        return "percent"
    if CURRENCY.search(u) or (u.split()[-1:] and u.split()[-1].rstrip("s") in _currency_words()):
        return "money"
    return None


@cache
def _currency_words() -> frozenset[str]:
    """The last words of ISO 4217 currency names ("danish krone" → "krone", "new israeli
    sheqel"), and the English spellings the gold uses for some ("shekel", "crown"): the
    gold's `normalized_unit` names currencies this way."""
    import pycountry

    words = {c.name.lower().split()[-1] for c in pycountry.currencies}
    return frozenset(words - {"gold", "silver", "platinum", "palladium"} | {"shekel", "crown"})


def match(
    gold: list[tuple[Value, str | None]], found: list[tuple[Value, str | None]]
) -> dict[int, int]:
    """Gold index → found index: each gold (value, class) takes the first unused found
    one with an equal value and the same class."""
    pairs: dict[int, int] = {}
    for g, (value, cls) in enumerate(gold):
        used = set(pairs.values())
        hit = next(
            (
                i
                for i, (v, c) in enumerate(found)
                if i not in used and c == cls and _equal(v, value)
            ),
            None,
        )
        if hit is not None:
            pairs[g] = hit
    return pairs


@dataclass(frozen=True)
class Sentence:
    """One development sentence: its gold quantities, our figures, the value matching."""

    index: int
    item: dict
    gold: list[tuple[dict, Value]]  # gold quantities whose value reads as a number
    found: tuple[Figure, ...]
    pairs: dict[int, int]  # gold index → found index, by value


def load(path: Path) -> list[Sentence]:
    from briefing.analysis.figures import extract_figures

    items = json.loads(path.read_text(encoding="utf-8"))
    sentences = []
    for index, (item, parse) in enumerate(
        zip(items, parse_all([item["text"] for item in items]), strict=True)
    ):
        found = extract_figures(item["text"], parse)
        gold = [(g, v) for g in item["quantities"] if (v := _gold_value(g["value"])) is not None]
        pairs = match([(v, None) for _, v in gold], [(f.value, None) for f in found])
        sentences.append(Sentence(index, item, gold, found, pairs))
    return sentences


def value_counts(s: Sentence) -> tuple[int, int, int]:
    return len(s.pairs), len(s.found) - len(s.pairs), len(s.gold) - len(s.pairs)


def unit_counts(
    s: Sentence,
    gold_class: Callable[[dict], str | None],
    found_class: Callable[[Figure], str | None],
) -> tuple[int, int, int]:
    """Value+unit counts over the gold quantities and figures that have a unit class."""
    gold = [(v, c) for g, v in s.gold if (c := gold_class(g))]
    found = [(f.value, c) for f in s.found if (c := found_class(f))]
    hits = match(gold, found)
    return len(hits), len(found) - len(hits), len(gold) - len(hits)


def newsquant_unit(g: dict) -> str | None:
    return _unit_class(g.get("normalized_unit") or g["unit"])


def money_percent(f: Figure) -> str | None:
    return f.kind if f.kind in ("money", "percent") else None


def extra_unit(f: Figure) -> str | None:
    return f.unit if f.unit in EXTRA_UNITS.values() else None


def value_table(data: Path) -> tuple[dict[tuple[str, str], Counts], str]:
    """(row name, part) → counts for every value row; and a note on the units mapped."""
    names = ["NewsQuant value", "NewsQuant value+unit (money, percent)", "extra value"]
    names += [f"extra value: {name}" for name in EXTRA_SETS] + ["extra value+unit (mapped units)"]
    table = {(name, part): Counts() for name in names for part in PARTS}

    def add(name: str, s: Sentence, counts: tuple[int, int, int]) -> None:
        for part in parts(s.index):
            table[name, part].add(*counts)

    note = ""
    if (data / NEWSQUANT).exists():
        for s in load(data / NEWSQUANT):
            add("NewsQuant value", s, value_counts(s))
            add(
                "NewsQuant value+unit (money, percent)",
                s,
                unit_counts(s, newsquant_unit, money_percent),
            )
    if (data / EXTRA).exists():
        mapped = total = 0
        for s in load(data / EXTRA):
            add("extra value", s, value_counts(s))
            add(f"extra value: {s.item['set']}", s, value_counts(s))
            add(
                "extra value+unit (mapped units)",
                s,
                unit_counts(s, lambda g: EXTRA_UNITS.get(g["normalized_unit"]), extra_unit),
            )
            total += len(s.gold)
            mapped += sum(g["normalized_unit"] in EXTRA_UNITS for g, _ in s.gold)
        note = f"extra value+unit: {mapped} of {total} gold units mapped to ours (EXTRA_UNITS)"
    return {key: c for key, c in table.items() if c.tp + c.fp + c.fn}, note


def evaluate_figures(path: Path) -> dict[str, tuple[float, float, float]]:
    """NewsQuant's value and value+unit (money, percent) scores over all of `path`."""
    table: dict[str, Counts] = defaultdict(Counts)
    for s in load(path):
        table["value"].add(*value_counts(s))
        table["value+unit (money, percent)"].add(*unit_counts(s, newsquant_unit, money_percent))
    return {name: counts.prf() for name, counts in table.items()}


def words(text: str) -> set[str]:
    """Lower-cased alphanumeric words."""
    return set(re.findall(r"[^\W_]+", text.lower()))


def concept_verdicts(s: Sentence) -> Iterator[tuple[dict, Figure | None, str]]:
    """For each gold quantity with a concept: it, the figure its value matched, and
    'complete', 'partial', 'wrong' or 'value not found'."""
    for g_index, (g, _) in enumerate(s.gold):
        gold_words = words(g.get("referred_concepts") or "")
        if not gold_words:  # "-" or empty: no concept
            continue
        figure = s.found[s.pairs[g_index]] if g_index in s.pairs else None
        if figure is None:
            yield g, None, "value not found"
            continue
        ours = words(figure.context)
        yield (
            g,
            figure,
            "complete" if gold_words <= ours else "partial" if gold_words & ours else "wrong",
        )


def print_contexts(sentences: list[Sentence], title: str = "NewsQuant contexts") -> None:
    tally: dict[str, Counter[str]] = {part: Counter() for part in PARTS}
    for s in sentences:
        for _, _, verdict in concept_verdicts(s):
            for part in parts(s.index):
                tally[part][verdict] += 1
    print(
        f"| {title} | matched | partial % | complete % | with a concept | partial % | complete % |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for part, c in tally.items():
        complete, partial = c["complete"], c["complete"] + c["partial"]
        matched = partial + c["wrong"]
        everyone = matched + c["value not found"]
        print(
            f"| {part} | {matched} | {percent(partial, matched):.1f} "
            f"| {percent(complete, matched):.1f} | {everyone} "
            f"| {percent(partial, everyone):.1f} | {percent(complete, everyone):.1f} |"
        )


def print_value_misses(sentences: list[Sentence]) -> None:
    """Per sentence, gold values not matched and figures that matched no gold value."""
    for s in sentences:
        lost = [v for i, (_, v) in enumerate(s.gold) if i not in s.pairs]
        extra = [f for i, f in enumerate(s.found) if i not in s.pairs.values()]
        if lost or extra:
            print(s.item["text"])
            for v in lost:
                print("   missed", v)
            for f in extra:
                print("   extra ", repr(f.text), f.value, f.unit, f.kind)


def print_context_misses(sentences: list[Sentence]) -> None:
    """The context failures, grouped by verdict: sentence, gold concept, our context."""
    for wanted in ("wrong", "partial", "value not found"):
        failures = [(s, g, f) for s in sentences for g, f, v in concept_verdicts(s) if v == wanted]
        print(f"\n## contexts: {wanted} ({len(failures)})")
        for s, g, f in failures:
            ours = f"ours {f.context!r} [{f.text}]" if f else f"(gold value {g['value']})"
            print(f"- gold {g['referred_concepts']!r}  {ours}\n    {s.item['text']}")


def print_figures(data: Path, misses: bool = False) -> None:
    """Every figure table: values (NewsQuant and extra), then NewsQuant contexts."""
    table, note = value_table(data)
    if not table:
        print(f"no figure data in {data}: skipped")
        return
    print("| figures | part | gold | precision | recall | F1 |")
    print("|---|---|---:|---:|---:|---:|")
    for (name, part), counts in table.items():
        p, r, f = counts.prf()
        print(f"| {name} | {part} | {counts.tp + counts.fn} | {p:.1f} | {r:.1f} | {f:.1f} |")
    if note:
        print(f"\n{note}")
    print()
    if not (data / NEWSQUANT).exists():
        return
    newsquant = load(data / NEWSQUANT)
    print_contexts(newsquant)
    print()
    if misses:
        for name in (NEWSQUANT, EXTRA):
            if (data / name).exists():
                print(f"\n## values: {name}")
                print_value_misses(load(data / name))
        print_context_misses(newsquant)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found (the development data is not shipped)")
        return 0
    print_figures(args.data if args.data.is_dir() else args.data.parent, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
