"""Analysis speed: cold pipeline vs raw `nlp.pipe` on the same texts, and warm per-article time.

    python bench/analysis_speed.py [N]      (N copies of the seeds, default 50)

Each copy of a seed gets a distinct closing sentence, so every copy is a distinct
article (its own cache entries). Prints times and the ratios measured in this run.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from briefing.analysis.nlp import load_model, resolve_model
from briefing.analysis.options import SummaryOptions
from briefing.analysis.pipeline import Analyzer
from briefing.cache import Cache
from briefing.config import load_settings
from briefing.library import article_id, load_library


def copies(n: int):
    seeds = load_library(None).articles
    out = []
    for i in range(n):
        for seed in seeds:
            body = f"{seed.body}\nThis is copy {i} of the article."
            out.append(replace(seed, body=body, id=article_id(body)))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    articles = copies(n)
    words = sum(len(a.body.split()) for a in articles)
    info = resolve_model(None)
    nlp = load_model(info)  # loaded once, outside both timings
    print(f"{len(articles)} articles, {words} words, model {info.key}")

    t0 = time.perf_counter()
    for _ in nlp.pipe([a.body for a in articles], batch_size=32):
        pass
    raw = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as folder:
        settings = replace(load_settings(), cache_dir=Path(folder), jobs=1)  # one process
        analyzer = Analyzer.from_settings(settings, Cache(Path(folder)))
        t0 = time.perf_counter()
        analyzer.analyze(articles)
        cold = time.perf_counter() - t0

        warm_analyzer = Analyzer.from_settings(settings, Cache(Path(folder)))
        t0 = time.perf_counter()
        warm_analyzer.analyze(articles)
        warm = time.perf_counter() - t0

        t0 = time.perf_counter()
        warm_analyzer.analyze(articles, SummaryOptions.parse(length="5"))
        relength = time.perf_counter() - t0

    print(f"raw nlp.pipe            {raw:8.2f} s")
    print(f"cold analysis           {cold:8.2f} s   ratio cold / raw nlp.pipe = {cold / raw:.2f}")
    print(
        f"warm (cached) analysis  {warm:8.2f} s   {1000 * warm / len(articles):.2f} ms per article"
    )
    print(
        f"new length from cache   {relength:8.2f} s   {1000 * relength / len(articles):.2f} ms per article"
    )


if __name__ == "__main__":
    main()
