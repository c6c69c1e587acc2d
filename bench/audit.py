"""Key figures and entities of a random sample of development articles, for a person to read.

    python bench/audit.py [--data DIR] [--n 20] [--seed 0] [--explain]

Samples `--n` articles (seeded, so reruns show the same ones) from the BBC and CNN/DM
development files and prints, per article: its title (CNN/DM has none: its id and first
highlight); every key figure (salience > 0), most salient first, as `value unit — context`
with the sentence around it (about 60 characters either side, the figure in [brackets]);
then every canonical entity with its label and mention count. --explain adds the `why`
of each figure and entity when the analysis gives one, and lists the figures not key.
Parses the whole files once (cached in bench/.cache, shared with evaluate.py). Skips
cleanly when the data is absent.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devdata import DEFAULT_DATA, bbc_title_body, load_jsonl, parse_all

from briefing.analysis.model import Figure, Parse

BBC = "bbc-news-summary-dev.jsonl"
CNN = "cnndm-dev.jsonl"
WINDOW = 60


def articles(data: Path) -> list[tuple[str, str, str, Parse]]:
    """(source id, title, body, parse) of every BBC and CNN/DM development article."""
    out = []
    if (data / BBC).exists():
        bbc = load_jsonl(data / BBC)
        titled = [bbc_title_body(r["article"]) for r in bbc]
        bodies = [body for _, body in titled]
        for r, (title, body), parse in zip(bbc, titled, parse_all(bodies), strict=True):
            out.append((f"BBC {r['id']}", title, body, parse))
    cnn = load_jsonl(data / CNN) if (data / CNN).exists() else []
    for r, parse in zip(cnn, parse_all([r["article"] for r in cnn]) if cnn else [], strict=True):
        title = "(first highlight) " + r["highlights"].strip().splitlines()[0]
        out.append((f"CNN/DM {r['id'][:12]}", title, r["article"], parse))
    return out


def value_text(value: float | tuple[float, float]) -> str:
    if isinstance(value, tuple):
        link = " → " if value[0] > value[-1] else "–"  # a fall from one level to another
        return link.join(value_text(v) for v in value)
    return f"{value:,.0f}" if value == int(value) and abs(value) >= 1 else f"{value:,.6g}"


def around(body: str, parse: Parse, f: Figure) -> str:
    """The figure in its sentence, about WINDOW characters either side, on one line."""
    s_start, s_end = (
        parse.sentences[f.sentence] if f.sentence < len(parse.sentences) else (0, len(body))
    )
    left, right = max(s_start, f.start - WINDOW), min(s_end, f.end + WINDOW)
    before, after = body[left : f.start], body[f.end : right]
    if left > s_start:  # cut at a word boundary
        before = "…" + before.split(" ", 1)[-1]
    if right < s_end:
        after = after.rsplit(" ", 1)[0] + "…"
    return " ".join(f"{before}[{body[f.start : f.end]}]{after}".split())


def why(x: object) -> str:
    reason = getattr(x, "why", "")
    return f"   why: {reason}" if reason else ""


def audit(body: str, parse: Parse, explain: bool) -> None:
    from briefing.analysis.entities import extract_entities
    from briefing.analysis.figures import extract_figures

    figures = extract_figures(body, parse)
    key = sorted((f for f in figures if f.salience > 0), key=lambda f: -f.salience)
    print(f"key figures ({len(key)} of {len(figures)}):")
    for f in key:
        print(f"  {value_text(f.value)} {f.unit} — {f.context}  ({f.salience:.2f})")
        print(f"      {around(body, parse, f)}")
        if explain and why(f):
            print(f"   {why(f)}")
    if explain:
        rest = [f for f in figures if f.salience <= 0]
        print(f"not key ({len(rest)}):")
        for f in rest:
            print(f"  {value_text(f.value)} {f.unit} — {f.context}{why(f)}")
            print(f"      {around(body, parse, f)}")
    entities = extract_entities(body, parse).canonical
    print(f"entities ({len(entities)}):")
    for e in entities:
        print(f"  {e.name}  {e.label}  ×{e.count}{why(e) if explain else ''}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--explain", action="store_true", help="print each `why` too")
    args = parser.parse_args()
    pool = articles(args.data) if args.data.is_dir() else []
    if not pool:
        print(
            f"no development articles at {args.data}: nothing to audit (see shared/data/README.md)"
        )
        return 0
    for source, title, body, parse in random.Random(args.seed).sample(pool, min(args.n, len(pool))):
        print(f"\n=== {source} — {title}")
        audit(body, parse, args.explain)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
