"""Figure extraction quality on the NewsQuant dev sentences, with the misses listed.

    python bench/eval_figures.py [PATH] [--misses]

Prints precision/recall/F1 of values, and of value+unit for money and percentages
(matching rule of /work/shared/data/README.md: numbers equal, ranges both ends equal).
The scoring itself is bench/evaluate.py's `evaluate_figures`, so both print one table;
`evaluate_figures(path)` is re-exported here. Skips with a message when the file is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate import _equal, _gold_value, evaluate_figures, parse_all

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "newsquant-dev.json"

__all__ = ["evaluate_figures"]


def misses(path: Path) -> None:
    """Print, per sentence, gold values not found and found values not in the gold."""
    from briefing.analysis.figures import extract_figures

    items = json.loads(path.read_text(encoding="utf-8"))
    parses = parse_all([item["text"] for item in items])
    for item, parse in zip(items, parses, strict=True):
        found = extract_figures(item["text"], parse)
        gold = [v for v in (_gold_value(g["value"]) for g in item["quantities"]) if v is not None]
        lost = [g for g in gold if not any(_equal(f.value, g) for f in found)]
        extra = [f for f in found if not any(_equal(f.value, g) for g in gold)]
        if lost or extra:
            print(item["text"])
            for g in lost:
                print("   missed", g)
            for f in extra:
                print("   extra ", repr(f.text), f.value, f.unit, f.kind)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    if not args.path.exists():
        print(f"skipped: {args.path} not found (NewsQuant dev data is not shipped)")
        return 0
    print("| NewsQuant figures | precision | recall | F1 |")
    print("|---|---:|---:|---:|")
    for name, (p, r, f) in evaluate_figures(args.path).items():
        print(f"| {name} | {p:.1f} | {r:.1f} | {f:.1f} |")
    if args.misses:
        misses(args.path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
