"""How long `briefing brief` takes over a large, fully cached library.

    python bench/brief_speed.py [N]        (N articles, default 1000)

Writes N distinct articles (the seeds with a numbered closing sentence, dated over
the past 30 days) to a temporary folder, analyses them once to fill a temporary
cache (two processes), then times the whole `briefing brief --all` command, start
to exit, five times, and prints the median. Also checks that the warm brief does
not import spaCy.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from briefing.analysis.pipeline import Analyzer
from briefing.cache import Cache
from briefing.config import load_settings
from briefing.library import load_library


def write_library(folder: Path, n: int) -> None:
    seeds = load_library(None).articles
    now = time.time()
    for i in range(n):
        seed = seeds[i % len(seeds)]
        path = folder / f"article-{i:05d}.txt"
        path.write_text(f"{seed.body}\nThis is report number {i}.\n", encoding="utf-8")
        stamp = now - (i % 30) * 86400
        os.utime(path, (stamp, stamp))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        library, cache = Path(tmp) / "library", Path(tmp) / "cache"
        library.mkdir()
        write_library(library, n)
        settings = replace(load_settings(), cache_dir=cache, jobs=2)
        t0 = time.perf_counter()
        Analyzer.from_settings(settings, Cache(cache)).analyze(load_library([library]).articles)
        print(f"{n} articles analysed cold in {time.perf_counter() - t0:.1f} s (2 processes)")

        env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache)}
        probe = (
            "import sys; sys.argv = ['briefing', 'brief', '--all', '--format', 'text', sys.argv[1]]\n"
            "from briefing.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', file=sys.stderr)"
        )
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-c", probe, str(library)], capture_output=True, text=True, env=env
            )
            times.append(time.perf_counter() - t0)
            assert result.returncode == 0, result.stderr
        print(
            f"briefing brief --all over {n} cached articles: median {statistics.median(times):.2f} s "
            f"(min {min(times):.2f}, max {max(times):.2f}); spaCy imported: {'SPACY' in result.stderr.splitlines()[-1] and 'NO-SPACY' not in result.stderr}"
        )
        print(
            f"stories: {result.stdout.count('Sources:')}, output lines: {len(result.stdout.splitlines())}"
        )


if __name__ == "__main__":
    main()
