"""Analysis quality on the development data in ../shared/data (see its README).

    python bench/evaluate.py [--data DIR] [--only summaries|figures|entities]

Prints one table:
- summaries: ROUGE-1/2/L F1 (Google's rouge-score, stemmed) of every summariser and
  of Lead-k on BBC News (3 sentences and 40%) and CNN/DailyMail (3 sentences);
- figures: precision, recall and F1 of values on NewsQuant, and of value+unit for
  money and percentages;
- entities: the consolidation checks on the seeds.
Parses are cached under bench/.cache so reruns take seconds. Skips cleanly when the
data folder is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pickle
import re
import sys
from pathlib import Path

from briefing.analysis.model import Parse
from briefing.analysis.nlp import parse_texts, resolve_model
from briefing.analysis.summarize import ALGORITHMS, summarize

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[1] / "shared" / "data"


def parse_all(texts: list[str]) -> list[Parse]:
    """Parses of `texts`, from bench/.cache when this model has parsed them before."""
    model = resolve_model()
    digest = hashlib.sha256((model.key + "\0".join(texts)).encode()).hexdigest()[:16]
    path = HERE / ".cache" / f"parses-{digest}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    parses = list(parse_texts(model, texts, jobs=2))
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(pickle.dumps(parses))
    return parses


def rouge_table(
    name: str, bodies: list[str], references: list[str], lengths: list[str]
) -> list[tuple]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    parses = parse_all(bodies)
    rows = []
    for length in lengths:
        systems = ["lead", *ALGORITHMS]
        for system in systems:
            totals = [0.0, 0.0, 0.0]
            for body, parse, reference in zip(bodies, parses, references, strict=True):
                if system == "lead":
                    n = len(parse.sentences)
                    k = (
                        int(length)
                        if not length.endswith("%")
                        else math.ceil(n * float(length[:-1]) / 100)
                    )
                    text = " ".join(body[s:e] for s, e in parse.sentences[:k])
                else:
                    text = " ".join(s.text for s in summarize(body, parse, system, length))
                scores = scorer.score(reference, text)
                for i, key in enumerate(("rouge1", "rouge2", "rougeL")):
                    totals[i] += scores[key].fmeasure
            rows.append((name, length, system, *(100 * t / len(bodies) for t in totals)))
    return rows


def load_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def summaries(data: Path) -> list[tuple]:
    rows = []
    bbc = load_jsonl(data / "bbc-news-summary-dev.jsonl")
    bodies = [
        r["article"].split("\n\n", 1)[1].strip() if "\n\n" in r["article"] else r["article"]
        for r in bbc
    ]
    rows += rouge_table("BBC", bodies, [r["summary"] for r in bbc], ["3", "40%"])
    cnn = load_jsonl(data / "cnndm-dev.jsonl")
    rows += rouge_table(
        "CNN/DM", [r["article"] for r in cnn], [r["highlights"] for r in cnn], ["3"]
    )
    return rows


def _gold_value(value: str) -> float | tuple[float, float] | None:
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


def _equal(a, b) -> bool:
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    if isinstance(a, tuple):
        return all(math.isclose(x, y, rel_tol=1e-6) for x, y in zip(a, b, strict=True))
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


CURRENCY = re.compile(
    r"\b(?:usd|gbp|eur|jpy|inr|cny|dollars?|pounds? sterling|pounds?|euros?|yen|rupees?|yuan|cents?)\b"
    r"|[$£€]"
)


def _unit_class(unit: str) -> str | None:
    """'percent', 'money' or None for a gold unit. Currency names match as whole words:
    "european country" is not euros, "cent per share" is money."""
    u = unit.lower()
    if u in ("percent", "percentage", "%", "percentage points", "per cent"):
        return "percent"
    if CURRENCY.search(u):
        return "money"
    return None


def _match(gold: list[tuple], found: list[tuple]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives): each gold (value, class)
    takes the first unused found one with an equal value and the same class."""
    used: set[int] = set()
    for value, cls in gold:
        hit = next(
            (
                i
                for i, (v, c) in enumerate(found)
                if i not in used and c == cls and _equal(v, value)
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
    return len(used), len(found) - len(used), len(gold) - len(used)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return 100 * precision, 100 * recall, 100 * f1


def evaluate_figures(path: Path) -> dict[str, tuple[float, float, float]]:
    from briefing.analysis.figures import extract_figures

    items = json.loads(path.read_text(encoding="utf-8"))
    parses = parse_all([item["text"] for item in items])
    values = [0, 0, 0]
    money_percent = [0, 0, 0]
    for item, parse in zip(items, parses, strict=True):
        found = extract_figures(item["text"], parse)
        gold = [(g, _gold_value(g["value"])) for g in item["quantities"]]
        gold = [(g, v) for g, v in gold if v is not None]
        counts = _match([(v, None) for _, v in gold], [(f.value, None) for f in found])
        values = [a + b for a, b in zip(values, counts, strict=True)]
        # value + unit, for money and percentages
        gold_mp = [(v, _unit_class(g.get("normalized_unit") or g["unit"])) for g, v in gold]
        found_mp = [(f.value, f.kind) for f in found if f.kind in ("money", "percent")]
        counts = _match([(v, c) for v, c in gold_mp if c], found_mp)
        money_percent = [a + b for a, b in zip(money_percent, counts, strict=True)]
    return {"value": _prf(*values), "value+unit (money, percent)": _prf(*money_percent)}


# Texts written for this check (not from any dataset): the small model's usual slips
# on news (a city read as a person, a list read as one name, a demonym read as a place,
# a place run into the next name), with the label each name should end up with.
ENTITY_CASES: list[tuple[str, dict[str, str]]] = [
    (
        "Missiles struck Odesa and Kharkiv overnight. Odesa's governor said the port was "
        "hit. In Kharkiv, rescuers searched the rubble until dawn.",
        {"Odesa": "GPE", "Kharkiv": "GPE"},
    ),
    (
        "Aid trucks waited at the Rafah crossing on Tuesday. Rafah has been shelled for "
        "weeks, and officials in Rafah said fuel was running out.",
        {"Rafah": "GPE"},
    ),
    (
        "President Volodymyr Zelenskyy met Chancellor Olaf Scholz in Berlin. Zelenskyy "
        "thanked Scholz for air defence systems, and Scholz promised more.",
        {"Volodymyr Zelenskyy": "PERSON", "Olaf Scholz": "PERSON", "Berlin": "GPE"},
    ),
    (
        "Power was cut across Kyiv, Odesa and Lviv after the strikes, the grid operator said.",
        {"Kyiv": "GPE", "Odesa": "GPE", "Lviv": "GPE"},
    ),
    (
        "Talks on Ukraine resumed on Monday. Former U.S. envoy to Ukraine Kurt Volker told "
        "reporters that Ukraine needed more air defence.",
        {"Ukraine": "GPE", "Kurt Volker": "PERSON"},
    ),
    (
        "Ukrainian officials view these attacks as a sign of desperation, said Defence "
        "Minister Rustem Umerov. Umerov visited Kherson on Friday.",
        {"Rustem Umerov": "PERSON", "Kherson": "GPE", "Ukrainian": "NORP"},
    ),
    (
        "The Bank of England raised interest rates on Thursday. Andrew Bailey, the bank's "
        "governor, said inflation was still too high. Bailey spoke in London.",
        {"Bank of England": "ORG", "Andrew Bailey": "PERSON", "London": "GPE"},
    ),
    (
        "Fuel ran short in Lagos and Abuja this week. Governor Babajide Sanwo-Olu said "
        "supplies to Lagos would resume, and Sanwo-Olu blamed the refinery.",
        {"Lagos": "GPE", "Abuja": "GPE", "Babajide Sanwo-Olu": "PERSON"},
    ),
]


def _entity_checks(body: str, parse: Parse, expected: dict[str, str] | None) -> str:
    """Label flips, short names not merged into a full name, places read as people
    and (for the written cases) names that ended with another label than expected."""
    from briefing.analysis.entities import extract_entities
    from briefing.analysis.model import PLACE_LABELS

    result = extract_entities(body, parse)
    labels: dict[str, set[str]] = {}
    for m in result.mentions:
        labels.setdefault(m.canonical, set()).add(m.label)
    flips = [n for n, ls in labels.items() if len(ls) > 1]
    names = {e.name: e.label for e in result.canonical}
    unmerged = [
        n
        for n in names
        if len(n.split()) == 1 and any(o != n and o.split()[-1] == n for o in names if " " in o)
    ]
    checks = f"label flips {len(flips)}, unmerged short names {len(unmerged)}"
    if expected is None:
        return checks
    as_people = [
        n for n, label in expected.items() if label in PLACE_LABELS and names.get(n) == "PERSON"
    ]

    def same(got: str | None, want: str) -> bool:  # any place label is right for a place
        return got == want or (want in PLACE_LABELS and got in PLACE_LABELS)

    wrong = [
        f"{n}: {names.get(n, 'missing')}"
        for n, want in expected.items()
        if not same(names.get(n), want)
    ]
    return (
        f"{checks}, places as people {len(as_people)}, "
        f"wrong or missing {len(wrong)}/{len(expected)}{' (' + '; '.join(wrong) + ')' if wrong else ''}"
    )


def evaluate_entities() -> list[tuple[str, str]]:
    from briefing.library import load_library

    articles = load_library(None).articles
    texts = [a.body for a in articles] + [text for text, _ in ENTITY_CASES]
    parses = parse_all(texts)
    rows = []
    for article, parse in zip(articles, parses, strict=False):
        rows.append((f"seed: {article.title[:36]}", _entity_checks(article.body, parse, None)))
    for (text, expected), parse in zip(ENTITY_CASES, parses[len(articles) :], strict=True):
        rows.append((f"case: {text[:36]}", _entity_checks(text, parse, expected)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--only", choices=("summaries", "figures", "entities"))
    args = parser.parse_args()
    if not args.data.is_dir():
        print(
            f"no development data at {args.data}: nothing to evaluate (see shared/data/README.md)"
        )
        sys.exit(0)
    if args.only in (None, "summaries"):
        print("| set | length | summariser | ROUGE-1 | ROUGE-2 | ROUGE-L |")
        print("|---|---|---|---:|---:|---:|")
        for name, length, system, r1, r2, rl in summaries(args.data):
            print(f"| {name} | {length} | {system} | {r1:.1f} | {r2:.1f} | {rl:.1f} |")
        print()
    if args.only in (None, "figures"):
        print("| NewsQuant figures | precision | recall | F1 |")
        print("|---|---:|---:|---:|")
        for name, (p, r, f) in evaluate_figures(args.data / "newsquant-dev.json").items():
            print(f"| {name} | {p:.1f} | {r:.1f} | {f:.1f} |")
        print()
    if args.only in (None, "entities"):
        print("| text | entity checks |")
        print("|---|---|")
        for title, checks in evaluate_entities():
            print(f"| {title} | {checks} |")


if __name__ == "__main__":
    main()
