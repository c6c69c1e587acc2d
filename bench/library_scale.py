"""What a large library costs on a warm start: loading it, and the cache it needs.

    python bench/library_scale.py [--runs 5] [--before-commit 231fb1f] [--brief-runs 1]

Uses the varied libraries of 1,000 and 10,000 articles and the cache that
bench/brief_speed.py prepares (run that first); nothing of it is changed. The code
before the library index and the compact parse is a copy of `--before-commit`
(`git archive`, under bench/.cache/library-scale/); each figure is measured in one
run, old and new code interleaved, each run a fresh process.

Printed, each with its target:
  - warm library load (the `load_library` call, in a process of its own) at 1k and 10k;
  - `briefing analyze --json` at 1k and `briefing brief --all` at 10k, whole process;
  - the cache for 10,000 articles: bytes on disk of a cache holding one analysis of
    each (a fresh file, vacuumed: what a library of that size costs, not what a cache
    that also kept older versions' entries has grown to), and bytes per article by
    stage; the same cache with the parse stored as JSON, as before;
  - reading one stored parse back (decompress and decode), per article.
Exits non-zero only on errors (a missing library, a command that fails), never
because a figure misses its target.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from briefing.analysis.model import Parse  # noqa: E402
from briefing.analysis.parse_codec import decode as decode_parse  # noqa: E402
from briefing.analysis.pipeline import OLDER_PARSE_VERSIONS, PARSE_VERSION, STAGES  # noqa: E402
from briefing.cache import read_json  # noqa: E402

PREPARED = HERE / ".cache" / "brief-speed"
WORK = HERE / ".cache" / "library-scale"
TARGET_CACHE_MB = 100
TARGETS = {"load 1000": 0.1, "load 10000": 0.3, "analyze 1000": 0.5}
"""Seconds. The load targets are this benchmark's own (the reader's first frame, ≤ 0.5 s
at 1,000 and ≤ 0.6 s at 10,000 in all, has to fit the library load and Textual's own
0.35 s); analyze --json over 1,000 cached articles is the issue's ≤ 0.5 s."""

_LOAD = """
import sys, time
from pathlib import Path
from briefing.library import load_library
folder, index = Path(sys.argv[1]), sys.argv[2]
t0 = time.perf_counter()
try:
    library = load_library([folder], index_dir=Path(index))
except TypeError:  # code from before the index
    library = load_library([folder])
print(time.perf_counter() - t0, len(library.articles))
"""


def prepared() -> tuple[dict[int, Path], Path]:
    """The libraries and cache brief_speed.py made."""
    roots = sorted(p for p in PREPARED.glob("*") if (p / "complete").exists())
    for root in roots:
        folders = {n: root / f"library-{n}" for n in (1000, 10000)}
        if all(f.is_dir() for f in folders.values()) and (root / "cache").is_dir():
            return folders, root / "cache"
    raise SystemExit("no prepared libraries: run bench/brief_speed.py first")


def before_code(commit: str) -> Path:
    """A copy of the code at `commit` (made once)."""
    target = WORK / f"before-{commit}"
    if not (target / "briefing").is_dir():
        target.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", commit], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def _env(code: Path, cache: Path, home: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(code), "BRIEFING_CACHE_DIR": str(cache),
            "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_STATE_HOME": home}  # fmt: skip


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=env["XDG_CONFIG_HOME"]
    )
    elapsed = time.perf_counter() - t0
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:4])} failed: {result.stderr.strip()[-400:]}")
    return elapsed, result.stdout


def load_time(code: Path, folder: Path, index: Path, home: str) -> float:
    _, out = timed([sys.executable, "-c", _LOAD, str(folder), str(index)], _env(code, index, home))
    return float(out.split()[0])


def stage_keys(model: str) -> dict[str, str]:
    from briefing.analysis.options import SummaryOptions
    from briefing.cache import stage_key

    keys = {"parse": stage_key(PARSE_VERSION, model)}
    for name, stage in STAGES.items():
        params = SummaryOptions().cache_params if stage.keyed_on_options else None
        keys[name] = stage_key(stage.version, model, params)
    return keys


def warm_cache(folders: dict[int, Path], source: Path) -> Path:
    """A copy of the prepared cache holding this code's analyses of the 10,000 articles
    (made once: the stages whose version changed since run from the stored parses, and
    the parses stored as JSON upgraded, as a user's cache is)."""
    from dataclasses import replace

    from briefing.analysis.pipeline import Analyzer
    from briefing.cache import Cache
    from briefing.config import load_settings
    from briefing.library import load_library

    cache = WORK / "cache"
    done = WORK / f"cache-complete-{PARSE_VERSION}-{'-'.join(s.version for s in STAGES.values())}"
    if done.exists():
        return cache
    if cache.exists():
        shutil.rmtree(cache)
    cache.mkdir(parents=True)
    with (
        sqlite3.connect(source / "cache.sqlite3") as a,
        sqlite3.connect(cache / "cache.sqlite3") as b,
    ):
        a.backup(b)
    t0 = time.perf_counter()
    settings = replace(load_settings(), cache_dir=cache)
    analyzer = Analyzer.from_settings(settings, Cache(cache))
    articles = load_library([folders[10000]]).articles
    for i in range(0, len(articles), 500):
        analyzer.cached_many(articles[i : i + 500])
        analyzer.stored_parses(articles[i : i + 500])  # those stored as JSON: upgraded
        print(
            f"  cache: {i + 500:,} of {len(articles):,} analysed, parses upgraded",
            end="\r",
            flush=True,
        )
    print(f"\n  prepared the cache in {time.perf_counter() - t0:.0f} s")
    done.touch()
    return cache


def sized_copies(
    cache: Path, model: str, bodies: dict[str, str]
) -> dict[str, tuple[int, dict[str, int]]]:
    """Fresh, vacuumed cache files holding one entry per stage for each of `ids` (this
    version's keys), the parse compact ("after") and as JSON ("before"): their bytes on
    disk and the stored bytes per stage."""
    keys = stage_keys(model)
    source = sqlite3.connect(cache / "cache.sqlite3")
    schema = source.execute("SELECT sql FROM sqlite_schema WHERE name='entries'").fetchone()[0]
    out: dict[str, tuple[int, dict[str, int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("before", "after"):
            path = Path(tmp) / f"{name}.sqlite3"
            target = sqlite3.connect(path)
            target.execute(schema)
            by_stage: dict[str, int] = {}
            for stage, key in keys.items():
                rows = []
                for row in source.execute(
                    "SELECT * FROM entries WHERE stage=? AND key=?", (stage, key)
                ):
                    if row[2] not in bodies:
                        continue
                    if stage == "parse" and name == "before":
                        parse = decode_parse(zlib.decompress(row[3]), bodies[row[2]])
                        blob = zlib.compress(_json(parse.to_json()), 6)
                        row = (*row[:3], blob, len(blob), row[5])
                    rows.append(row)
                target.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?)", rows)
                by_stage[stage] = sum(r[4] for r in rows)
            target.commit()
            target.execute("VACUUM")
            target.close()
            out[name] = (path.stat().st_size, by_stage)
    return out


def _json(value: object) -> bytes:
    import json

    return json.dumps(value, separators=(",", ":")).encode()


def decode_times(
    cache: Path, model: str, bodies: dict[str, str], n: int = 1000
) -> tuple[float, float]:
    """Seconds per article to read a stored parse back: as JSON (before), compact (now)."""
    key = stage_keys(model)["parse"]
    query = "SELECT article, value FROM entries WHERE stage='parse' AND key=? LIMIT ?"
    with sqlite3.connect(cache / "cache.sqlite3") as conn:
        blobs = [(bodies[i], b) for i, b in conn.execute(query, (key, n)) if i in bodies]
    olds = [
        zlib.compress(_json(decode_parse(zlib.decompress(b), body).to_json()), 6)
        for body, b in blobs
    ]
    t0 = time.perf_counter()
    for blob in olds:
        Parse.from_json(read_json(zlib.decompress(blob)))
    t1 = time.perf_counter()
    for body, blob in blobs:
        decode_parse(zlib.decompress(blob), body)
    t2 = time.perf_counter()
    return (t1 - t0) / len(blobs), (t2 - t1) / len(blobs)


def _mb(n: float) -> str:
    return f"{n / 1e6:6.1f} MB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--brief-runs", type=int, default=1)
    ap.add_argument("--before-commit", default="231fb1f")
    args = ap.parse_args()

    from briefing.analysis.nlp import resolve_model

    model = resolve_model().key
    folders, source_cache = prepared()
    old = before_code(args.before_commit)
    cache = warm_cache(folders, source_cache)
    print(
        f"before: the code at {args.before_commit}; after: this checkout. Median of {args.runs} runs."
    )
    print(f"{'':32}{'before':>10}{'after':>10}{'target':>10}")
    with tempfile.TemporaryDirectory() as home:
        index = Path(home) / "index"
        for n, folder in folders.items():
            load_time(REPO, folder, index, home)  # the index made (a first start)
            times: dict[Path, list[float]] = {old: [], REPO: []}
            for _ in range(args.runs):
                for code in (old, REPO):
                    times[code].append(load_time(code, folder, index, home))
            before, after = (statistics.median(times[c]) for c in (old, REPO))
            print(
                f"{'warm library load, ' + f'{n:,}':32}{before:9.3f}s{after:9.3f}s{TARGETS[f'load {n}']:9.2f}s"
            )
        commands = [
            ("analyze --json, 1,000 (process)", ["analyze", "--json", str(folders[1000])], args.runs, 0.5),
            ("brief --all, 10,000 (process)", ["brief", "--all", "--format", "text", str(folders[10000])],
             args.brief_runs, None),
        ]  # fmt: skip
        for label, command, runs, target in commands:
            if runs < 1:
                continue
            full = [sys.executable, "-m", "briefing", *command]
            timed(full, _env(REPO, cache, home))  # the index and anything missing made
            times = {old: [], REPO: []}
            for _ in range(runs):
                for code in (old, REPO):
                    times[code].append(timed(full, _env(code, cache, home))[0])
            before, after = (statistics.median(times[c]) for c in (old, REPO))
            shown = f"{target:9.2f}s" if target else f"{'-':>10}"
            print(f"{label:32}{before:9.2f}s{after:9.2f}s{shown}")

    from briefing.library import load_library

    bodies = {a.id: a.body for a in load_library([folders[10000]]).articles}
    ids = set(bodies)
    sizes = sized_copies(cache, model, bodies)
    (old_disk, old_stages), (new_disk, new_stages) = sizes["before"], sizes["after"]
    print(f"\ncache for {len(ids):,} articles (one analysis each, fresh file):")
    print(f"{'  on disk':32}{_mb(old_disk):>10}{_mb(new_disk):>10}{TARGET_CACHE_MB:7d} MB")
    print(
        f"{'  on disk per article':32}{old_disk / len(ids) / 1024:8.1f}KB{new_disk / len(ids) / 1024:8.1f}KB"
    )
    for stage in new_stages:
        before, after = old_stages[stage] / len(ids), new_stages[stage] / len(ids)
        print(f"{'  stored per article, ' + stage:32}{before / 1024:8.2f}KB{after / 1024:8.2f}KB")
    old_decode, new_decode = decode_times(cache, model, bodies)
    print(f"{'read one stored parse back':32}{old_decode * 1e3:8.3f}ms{new_decode * 1e3:8.3f}ms")
    print(f"(older parse versions still read and upgraded: {', '.join(OLDER_PARSE_VERSIONS)})")


if __name__ == "__main__":
    main()
