"""How long `briefing brief --all` takes, whole process, over 1,000 and 10,000 cached
articles of varied text.

    python bench/brief_speed.py [--sizes 1000,10000] [--runs 5]
                                [--old DIR [--old-sizes 1000]]

The library is recombined from the development articles (see varied_library.py);
without ../shared/data the benchmark says so and stops. It is written once, as
Markdown files with front matter, under bench/.cache/brief-speed/, with a cache of
its analyses (parses made from the development parses, the other stages run in two
processes: minutes the first time, nothing after). Then each size is timed start to
exit, `--runs` times, and the median printed. With `--old DIR` (a checkout of an
earlier commit, e.g. `git archive 78f231c | tar -x -C DIR`) that code is timed on the
same library and cache, and the ratio printed; the old code is quadratic, so by
default only at 1,000.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from varied_library import generate, load_sources, write_markdown

from briefing.analysis.nlp import resolve_model
from briefing.analysis.parse_codec import encode as encode_parse
from briefing.analysis.pipeline import PARSE_VERSION, Analyzer
from briefing.cache import Cache, stage_key
from briefing.config import load_settings
from briefing.library import load_library

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / ".cache" / "brief-speed"
OLD_FIGURE = (
    "43 s at 1,000 (measured by the CEO on varied text); 56 s at 1,000 on this library "
    "(commit 78f231c, median of 3; --old DIR measures it again); last release 0.94 s at "
    "1,000 and 6.3 s at 10,000 (medians)"
)
TARGETS = {1000: 1.0, 10000: 5.0}
"""Seconds, whole process (issue: a brief that scales)."""
LIBRARY_VERSION = "1"
"""Bump when varied_library makes different articles."""


def _derive(cache_dir: Path, folder: Path) -> int:
    """Run the cheap stages over a folder's cached parses (one process's share)."""
    settings = replace(load_settings(), cache_dir=cache_dir)
    analyzer = Analyzer.from_settings(settings, Cache(cache_dir))
    articles = load_library([folder]).articles
    analyzer.fingerprints(articles)  # what the brief compares to find copies
    return len(analyzer.cached_many(articles))


def build(n: int) -> tuple[dict[int, Path], Path]:
    """Folders of the first `size` articles for each size up to n, and the cache."""
    model = resolve_model()
    root = WORK / hashlib.sha256(f"{LIBRARY_VERSION} {n} {model.key}".encode()).hexdigest()[:12]
    cache_dir, done = root / "cache", root / "complete"
    sizes = sorted({1000, 10000, n} & set(range(n + 1)))
    folders = {size: root / f"library-{size}" for size in sizes}
    if done.exists():
        _fill(root, folders[n], cache_dir)  # stages whose version changed since
        return folders, cache_dir
    sources = load_sources()
    if not sources:
        raise SystemExit("no development data in ../shared/data: skipped")
    articles = generate(sources, n, now=datetime.now().astimezone())
    for size, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        for i, article in enumerate(articles[:size]):
            write_markdown(article, folder / f"article-{i:05d}.md")
    loaded = {a.body: a.id for a in load_library([folders[n]]).articles}
    parses = {loaded[a.body]: encode_parse(a.parse, a.body) for a in articles if a.body in loaded}
    truth = {loaded[a.body]: [a.story, a.source] for a in articles if a.body in loaded}
    (root / "stories.json").write_text(json.dumps(truth), encoding="utf-8")
    print(f"{n} articles written ({len(parses)} read back whole) from {len(sources)} sources")
    Cache(cache_dir).put_many("parse", stage_key(PARSE_VERSION, model.key), parses)
    _fill(root, folders[n], cache_dir)
    done.touch()
    return folders, cache_dir


def _fill(root: Path, folder: Path, cache_dir: Path) -> None:
    """Run the cheap stages wherever the cache lacks them, in two processes."""
    t0 = time.perf_counter()
    halves = [root / "half-a", root / "half-b"]
    for i, half in enumerate(halves):
        half.mkdir(exist_ok=True)
        for path in sorted(folder.iterdir())[i::2]:
            (half / path.name).unlink(missing_ok=True)
            (half / path.name).symlink_to(path)
    with ProcessPoolExecutor(2) as pool:
        counts = list(pool.map(_derive, [cache_dir] * 2, halves))
    print(f"analysed {sum(counts)} in {time.perf_counter() - t0:.0f} s (two processes)")


def time_brief(
    code: Path, folder: Path, cache_dir: Path, runs: int, cpu: list[float]
) -> tuple[list[float], str]:
    """Whole-process times of `briefing brief --all` on `folder` with the code in `code`
    (and the CPU seconds of each run added to `cpu`: on a loaded machine, the steadier)."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "PYTHONPATH": str(code), "BRIEFING_CACHE_DIR": str(cache_dir),
               "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_STATE_HOME": home}  # fmt: skip
        command = [sys.executable, "-m", "briefing", "brief", "--all", "--format", "text"]
        times, out = [], ""
        for _ in range(runs):
            t0 = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            result = subprocess.run(
                [*command, str(folder)], capture_output=True, text=True, env=env, cwd=home
            )
            times.append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            if result.returncode != 0:
                raise SystemExit(f"brief failed ({code}): {result.stderr.strip()[-300:]}")
            out = result.stdout
    return times, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--old", type=Path, help="a checkout of the code to compare with")
    ap.add_argument("--old-sizes", default="1000")
    ap.add_argument("--old-runs", type=int, default=3)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    folders, cache_dir = build(max(sizes))
    print(f"before: {OLD_FIGURE}")
    print(f"load average before the runs: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for size in sizes:
        time_brief(REPO, folders[size], cache_dir, 1, [])  # warm: the files in the page cache
        cpu: list[float] = []
        times, out = time_brief(REPO, folders[size], cache_dir, args.runs, cpu)
        target = f"target < {TARGETS[size]:g} s; " if size in TARGETS else ""
        line = (
            f"brief --all, {size:>6,} varied articles: median {statistics.median(times):6.2f} s "
            f"(min {min(times):.2f}, max {max(times):.2f}, {args.runs} runs; CPU median "
            f"{statistics.median(cpu):.2f} s); {target}{out.count('Sources:')} stories"
        )
        if args.old and str(size) in args.old_sizes.split(","):
            old, old_out = time_brief(args.old, folders[size], cache_dir, args.old_runs, [])
            line += (
                f"\n  old code ({args.old}): median {statistics.median(old):6.2f} s, "
                f"{old_out.count('Sources:')} stories; "
                f"{statistics.median(old) / statistics.median(times):.0f}x faster now"
            )
        print(line, flush=True)


if __name__ == "__main__":
    main()
