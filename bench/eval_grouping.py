"""How well the brief's stories match the stories a varied library was built from.

    python bench/eval_grouping.py [--sizes 1000,10000]

Uses the library and cache `brief_speed.py` builds (run it first). Each generated
article knows its story and the development article its text was taken from (its
base); grouping is scored by pairs: precision (pairs put in one story that belong to
one story) and recall (pairs of one story put in one). Stories built on the same base
share most of their text, so pairs of the same base are also counted apart: grouping
them is forgivable, grouping articles of different bases is chaining.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefing.analysis.consistency import harmonise
from briefing.analysis.pipeline import Analyzer
from briefing.brief.grouping import group
from briefing.cache import Cache
from briefing.library import load_library

ROOT = Path(__file__).resolve().parent / ".cache" / "brief-speed"


def pairs(labels: list[str]) -> int:
    return sum(n * (n - 1) // 2 for n in Counter(labels).values())


def score(size: int) -> None:
    roots = sorted(ROOT.glob("*/stories.json"))
    if not roots:
        print("no library: run bench/brief_speed.py first")
        return
    root = roots[-1].parent
    truth = json.loads((root / "stories.json").read_text(encoding="utf-8"))
    library = load_library([root / f"library-{size}"])
    analyzer = Analyzer(cache=Cache(root / "cache"))
    analyses = harmonise(analyzer.cached_many(library.articles).values())
    groups = group(analyses)
    story = {a: f"{truth[a][0]}" for a in truth}
    base = {a: f"{truth[a][1]}" for a in truth}
    found = [a.article.id for g in groups for a in g]
    label = {a.article.id: k for k, g in enumerate(groups) for a in g}
    together = pairs([str(label[a]) for a in found])
    same_story = pairs([story[a] for a in found])
    both = pairs([f"{label[a]}/{story[a]}" for a in found])
    cross_base = together - pairs([f"{label[a]}/{base[a]}" for a in found])
    biggest = max(len(g) for g in groups)
    print(
        f"{size:>6} articles: {len(groups)} stories found, {len(set(story[a] for a in found))} "
        f"true; pair precision {100 * both / max(1, together):.1f}%, recall "
        f"{100 * both / max(1, same_story):.1f}%; pairs across bases "
        f"{100 * cross_base / max(1, together):.1f}% of those grouped; largest story {biggest}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    for size in parser.parse_args().sizes.split(","):
        score(int(size))


if __name__ == "__main__":
    main()
