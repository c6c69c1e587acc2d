"""The reader's speed on large cached libraries: first frame, and a j/k keystroke.

    python bench/tui_speed.py [N ...]        (default: 1000 10000)

For each N, writes N article files (the seeds with a numbered closing line) and fills
a fresh cache with their analyses (the seeds' real analyses stored under each copy's
id: the UI's work is the same, and parsing 10,000 copies would take half an hour).
Then, in a fresh Python process each time:
- first frame: from process start (the parent's clock just before it starts the
  child) to the first refresh after the list is filled;
- keystroke: the median time from the key's action to the end of the refresh that
  shows the next article, measured inside the app (not Pilot's round trip), over 60
  presses of j and k, 0.1 s apart (pressed back to back, a key's refresh can be the
  one already scheduled for the key before, which makes keys look faster than they are).
Each figure is the median over three fresh starts (one run of this script).
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

RUNS = 3

CHILD = r"""
import statistics, sys, time, asyncio
from briefing.config import load_settings
from briefing.library import load_library
from briefing.tui.app import BriefingApp

folder, started = sys.argv[1], float(sys.argv[2])

class Timed(BriefingApp):
    first_frame = None
    key_times = []
    def on_mount(self):  # Textual calls BriefingApp.on_mount too (handlers run per class)
        self.call_after_refresh(self._first)
    def _first(self):
        if Timed.first_frame is None:
            Timed.first_frame = time.time() - started
    pressed = None
    def action_cursor_down(self):
        Timed.pressed = time.perf_counter()
        super().action_cursor_down()
    def action_cursor_up(self):
        Timed.pressed = time.perf_counter()
        super().action_cursor_up()
    def show_article(self):
        super().show_article()
        if Timed.pressed is not None:
            t0, Timed.pressed = Timed.pressed, None
            self.call_after_refresh(lambda: Timed.key_times.append(time.perf_counter() - t0))

async def main():
    app = Timed(load_library([__import__('pathlib').Path(folder)]), load_settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)  # the background worker starts 0.3 s after the first frame
        await app.workers.wait_for_complete()  # keys are timed in the steady state
        app.query_one('#articles').focus()
        for i in range(60):
            await pilot.press('j' if i % 4 < 2 else 'k')
            await pilot.pause(0.1)  # a person's pace: each key starts from an idle screen
        await pilot.pause()
    print(f"{Timed.first_frame:.3f} {1000 * statistics.median(Timed.key_times):.1f} {len(Timed.key_times)}")

asyncio.run(main())
"""


def build(folder: Path, cache: Path, n: int) -> None:
    settings = replace(load_settings(), cache_dir=cache)
    analyzer = Analyzer.from_settings(settings, Cache(cache))
    seeds = load_library(None).articles
    analyses = {s.id: a for s, a in zip(seeds, analyzer.analyze(seeds), strict=True)}
    keys = analyzer._keys(analyzer.options)
    now = time.time()
    stages: dict[str, dict[str, object]] = {
        s: {} for s in ("parse", "summary", "entities", "figures")
    }
    for i in range(n):
        seed = seeds[i % len(seeds)]
        path = folder / f"a{i:05d}.txt"
        path.write_text(f"{seed.body}\nReport {i}.\n", encoding="utf-8")
        os.utime(path, (now - i * 600, now - i * 600))
    ids = [s.id for s in seeds]
    parses = analyzer.cache.get_many("parse", keys["parse"], ids, bytes)  # stored as it is
    for article in load_library([folder]).articles:
        seed_id = next(s.id for s in seeds if article.body.startswith(s.body))
        a = analyses[seed_id]
        stages["summary"][article.id] = [x.to_json() for x in a.summary]
        stages["entities"][article.id] = a.entities.to_json()
        stages["figures"][article.id] = [x.to_json() for x in a.figures]
        # the seed's parse covers the copy's text but its closing line: enough for a
        # new summary length or a new stage version to be computed without spaCy
        stages["parse"][article.id] = parses[seed_id]
    for stage, values in stages.items():
        analyzer.cache.put_many(stage, keys[stage], values)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    print(f"| articles | first frame (s), median of {RUNS} starts | j/k keystroke (ms), median |")
    print("|---:|---:|---:|")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder, cache = Path(tmp) / "news", Path(tmp) / "cache"
            folder.mkdir()
            build(folder, cache, n)
            env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache), "XDG_DATA_HOME": tmp}
            firsts, keys = [], []
            for _ in range(RUNS):
                started = time.time()
                out = subprocess.run(
                    [sys.executable, "-c", CHILD, str(folder), str(started)],
                    capture_output=True, text=True, env=env, timeout=600,
                )  # fmt: skip
                if out.returncode != 0:
                    print(out.stderr[-2000:])
                    break
                first, key, _count = out.stdout.split()[-3:]
                firsts.append(float(first))
                keys.append(float(key))
            if firsts:
                print(f"| {n} | {statistics.median(firsts):.2f} | {statistics.median(keys):.1f} |")


if __name__ == "__main__":
    main()
