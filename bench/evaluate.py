"""Analysis quality on the development data in ../shared/data (see its README).

    python bench/evaluate.py [--data DIR] [--only summaries|figures|entities] [--misses]
    python bench/evaluate.py --heldout [--misses]

Prints, per stage:
- summaries: ROUGE-1/2/L F1 (Google's rouge-score, stemmed) of every summariser and
  of Lead-k on BBC News (3 sentences and 40%) and CNN/DailyMail (3 sentences); then
  (eval_summaries.py) the default against Lead, TextRank and Reduction per half, with
  the share of summaries holding a sentence that cannot be read as it stands;
- figures (eval_figures.py): precision, recall and F1 of values on NewsQuant and on the
  extra quantity sets (overall and per set), of value+unit for NewsQuant's money and
  percentages and for the extra sets' mapped units; how well the figures' contexts
  cover NewsQuant's referred concepts;
- entities: the consolidation checks on the seeds and the written cases, then
  (eval_entities.py) exact-span P/R/F1 on CoNLL-2003 dev, ours beside spaCy's own.
Every development-data score is also given for half A / half B of its file (even / odd
indices). --misses lists the errors after the tables: figure values missed and in
excess, failed contexts, and CoNLL errors grouped by kind.
--heldout scores the held-out set in bench/heldout (see its README) instead, with the
same functions: figure values and value+unit (money, percent), overall, per half and per
class, the contexts against its referred concepts, and exact-span PER/ORG/LOC entities
with the label accuracy. It ships in the repository, so it needs no data folder.
Parses are cached under bench/.cache so reruns take seconds. Skips cleanly when the
data folder is absent.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devdata import DEFAULT_DATA, PARTS, Counts, bbc_title_body, load_jsonl, parse_all, parts
from eval_entities import print_conll
from eval_figures import (
    evaluate_figures,
    load,
    money_percent,
    newsquant_unit,
    print_context_misses,
    print_contexts,
    print_figures,
    print_value_misses,
    unit_counts,
    value_counts,
)
from eval_summaries import print_summaries

from briefing.analysis.model import Parse
from briefing.analysis.options import ALGORITHMS
from briefing.analysis.summarize import summarize

__all__ = ["evaluate_figures", "load_jsonl", "parse_all"]


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


def summaries(data: Path) -> list[tuple]:
    rows = []
    bbc = load_jsonl(data / "bbc-news-summary-dev.jsonl")
    bodies = [bbc_title_body(r["article"])[1] for r in bbc]
    rows += rouge_table("BBC", bodies, [r["summary"] for r in bbc], ["3", "40%"])
    cnn = load_jsonl(data / "cnndm-dev.jsonl")
    rows += rouge_table(
        "CNN/DM", [r["article"] for r in cnn], [r["highlights"] for r in cnn], ["3"]
    )
    return rows


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


HELDOUT = Path(__file__).resolve().parent / "heldout"
HELDOUT_CURRENCY = re.compile(
    r"\b(?:rand|shillings?|naira|francs?|won|pence|penny|ringgit|baht|pesos?|dirhams?)\b"
)
"""Currencies of the held-out gold units that eval_figures.CURRENCY does not name."""


def heldout_unit(g: dict) -> str | None:
    """'money', 'percent' or None for a held-out gold quantity."""
    unit = g.get("normalized_unit") or g["unit"]
    return newsquant_unit(g) or ("money" if HELDOUT_CURRENCY.search(unit.lower()) else None)


def print_heldout(misses: bool = False) -> None:
    """The figure and entity tables on bench/heldout's files."""
    sentences = load(HELDOUT / "quantities.json")
    table: dict[tuple[str, str], Counts] = defaultdict(Counts)
    for s in sentences:
        counts = value_counts(s)
        for part in parts(s.index):
            table["value", part].add(*counts)
            table["value+unit (money, percent)", part].add(
                *unit_counts(s, heldout_unit, money_percent)
            )
        table[f"value: {s.item['set']}", "all"].add(*counts)
    classes = sorted({s.item["set"] for s in sentences})
    rows = [(name, part) for name in ("value", "value+unit (money, percent)") for part in PARTS]
    rows += [(f"value: {name}", "all") for name in classes]
    print(f"held-out figures: {len(sentences)} sentences, in bench/heldout/quantities.json\n")
    print("| held-out figures | part | gold | found | precision | recall | F1 |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, part in rows:
        c = table[name, part]
        p, r, f = c.prf()
        print(f"| {name} | {part} | {c.tp + c.fn} | {c.tp + c.fp} | {p:.1f} | {r:.1f} | {f:.1f} |")
    print()
    print_contexts(sentences, "held-out contexts")
    print()
    if misses:
        print("\n## values: held-out")
        print_value_misses(sentences)
        print_context_misses(sentences)
        print()
    print_conll(HELDOUT, misses, HELDOUT / "entities.jsonl", "held-out entities")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--only", choices=("summaries", "figures", "entities"))
    parser.add_argument(
        "--misses", action="store_true", help="list the figure and entity errors too"
    )
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="score the held-out set in bench/heldout instead (needs no data folder)",
    )
    args = parser.parse_args()
    if args.heldout:
        print_heldout(args.misses)
        return
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
        print_summaries(args.data)  # the default against its baselines, per half, with defects
    if args.only in (None, "figures"):
        print_figures(args.data, args.misses)
    if args.only in (None, "entities"):
        print("| text | entity checks |")
        print("|---|---|")
        for title, checks in evaluate_entities():
            print(f"| {title} | {checks} |")
        print()
        print_conll(args.data, args.misses)


if __name__ == "__main__":
    main()
