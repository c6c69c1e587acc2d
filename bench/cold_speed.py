"""Cold analysis: against spaCy's own `nlp.pipe`, one job against two, and its memory.

    python bench/cold_speed.py [--articles 100] [--runs 3] [--rss-articles 10000]
                               [--only ratio,jobs,rss]

The texts are the first articles of the varied library (see brief_speed.build):
real-length news recombined from the development data, not copies of two seeds.

- ratio: in one process with the model loaded, `nlp.pipe` over the texts (spaCy's
  own batch size, every Doc consumed) and the whole cold analysis of the same texts
  with one job (parse, every stage, the cache written to a fresh folder), alternated
  `--runs` times; the median of each and their ratio.
- jobs: the cold analysis in a fresh process with one job and with two (model
  loading included, as a user waits for it), alternated `--runs` times; the medians,
  their ratio and the load average (other processes on a shared machine take cores).
- rss: `--rss-articles` of `--rss-library` articles loaded analysed cold into the
  cache (Analyzer.fill) with the default jobs in a fresh process; the peak of the resident memory of the whole process tree (sampled from
  /proc every 0.2 s), and each process's own peak (getrusage: the parent, and the
  largest of its workers).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

CHILD_COLD = r"""
import json, resource, sys, time
from pathlib import Path
from briefing.analysis.pipeline import Analyzer
from briefing.cache import Cache
from briefing.library import load_library

if __name__ == "__main__":
    folder, cache, count, jobs, mode = sys.argv[1:3] + [int(sys.argv[3])] + sys.argv[4:6]
    articles = load_library([Path(folder)]).articles[:count]
    t0 = time.perf_counter()
    analyzer = Analyzer(Cache(Path(cache)), jobs=int(jobs) if jobs != "default" else None)
    done = len(articles)
    if mode == "fill":  # the cache filled, nothing kept: what fetch and the reader do
        analyzer.fill(articles)
    else:
        analyzer.analyze(articles)
    elapsed = time.perf_counter() - t0
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"seconds": elapsed, "articles": done, "jobs": analyzer.jobs,
                      "parent_mb": own.ru_maxrss / 1024, "worker_mb": workers.ru_maxrss / 1024,
                      "parent_cpu": own.ru_utime + own.ru_stime,
                      "workers_cpu": workers.ru_utime + workers.ru_stime}))
"""

CHILD_RATIO = r"""
import json, statistics, sys, tempfile, time
from pathlib import Path
from briefing.analysis.nlp import load_model, resolve_model
from briefing.analysis.pipeline import Analyzer
from briefing.cache import Cache
from briefing.library import load_library

folder, count, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
library = load_library([Path(folder)]).articles
articles, others = library[:count], library[count : count + 4]
texts = [a.body for a in articles]
nlp = load_model(resolve_model())  # loaded once, outside both timings
with tempfile.TemporaryDirectory() as folder:  # both warmed up: the stages' imports too
    Analyzer(Cache(Path(folder)), jobs=1).analyze(others)
raw, cold, raw_cpu, cold_cpu = [], [], [], []
for _ in range(runs):
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts):
        pass
    raw.append(time.perf_counter() - t0)
    raw_cpu.append(time.process_time() - c0)
    with tempfile.TemporaryDirectory() as folder:
        analyzer = Analyzer(Cache(Path(folder)), jobs=1)
        t0, c0 = time.perf_counter(), time.process_time()
        analyzer.analyze(articles)
        cold.append(time.perf_counter() - t0)
        cold_cpu.append(time.process_time() - c0)
print(json.dumps({"raw": raw, "cold": cold, "raw_cpu": raw_cpu, "cold_cpu": cold_cpu,
                  "batch_size": nlp.batch_size, "chars": sum(map(len, texts))}))
"""


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), **(extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed package: bytecode cached
    return env


def _children(pid: int) -> list[int]:
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    out: list[int] = []
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(c) for c in f.read().split()]
        except OSError:
            continue
    return out


def _tree_rss_mb(pid: int) -> float:
    """The resident memory of `pid` and all its descendants, now."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
        todo += _children(p)
    return total / 2**20


def run_cold(
    folder: Path, count: int, jobs: str, *, sample: bool = False, mode: str = "analyze"
) -> dict:
    """One cold analysis of `count` articles in a fresh process and a fresh cache."""
    with tempfile.TemporaryDirectory() as cache:
        script = Path(cache) / "cold_child.py"  # a file: the workers import it as __main__
        script.write_text(CHILD_COLD, encoding="utf-8")
        command = [sys.executable, str(script), str(folder), cache + "/c", str(count), jobs, mode]
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 env=_env(), text=True)  # fmt: skip
        peak, samples, t0 = 0.0, [], time.perf_counter()
        while sample and child.poll() is None:
            now = _tree_rss_mb(child.pid)
            peak = max(peak, now)
            if not samples or time.perf_counter() - t0 >= 30 * len(samples):
                samples.append(round(now))  # every 30 s: does it grow with the articles?
            time.sleep(0.2)
        out, err = child.communicate()
    if child.returncode != 0:
        raise RuntimeError(f"cold analysis failed: {err.strip()[-500:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result["tree_peak_mb"] = peak
    result["samples_mb"] = samples
    return result


def ratio(folder: Path, count: int, runs: int) -> dict:
    """Cold analysis (one job) against nlp.pipe over the same texts, in one process."""
    out = subprocess.run([sys.executable, "-c", CHILD_RATIO, str(folder), str(count), str(runs)],
                         capture_output=True, text=True, env=_env())  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(f"ratio run failed: {out.stderr.strip()[-500:]}")
    data = json.loads(out.stdout.strip().splitlines()[-1])
    data["ratio"] = statistics.median(data["cold"]) / statistics.median(data["raw"])
    data["cpu_ratio"] = statistics.median(data["cold_cpu"]) / statistics.median(data["raw_cpu"])
    return data


def jobs_speedup(folder: Path, count: int, runs: int) -> dict:
    """Whole cold analyses with one job and with two, alternated; medians and load."""
    times: dict[str, list[float]] = {"1": [], "2": []}
    ideal = []
    loads = []
    for _ in range(runs):
        for jobs in ("1", "2"):
            loads.append(os.getloadavg()[0])
            result = run_cold(folder, count, jobs)
            times[jobs].append(result["seconds"])
            if jobs == "1":
                one_cpu = result["parent_cpu"]
            else:  # two free cores: the workers' halves side by side, the parent beside them
                ideal.append(one_cpu / max(result["workers_cpu"] / 2, result["parent_cpu"]))
    one, two = statistics.median(times["1"]), statistics.median(times["2"])
    return {"one": times["1"], "two": times["2"], "speedup": one / two, "loads": loads,
            "cpu_speedup": statistics.median(ideal)}  # fmt: skip


def main() -> None:
    sys.path.insert(0, str(HERE))
    from brief_speed import build

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rss-articles", type=int, default=10000)
    ap.add_argument("--rss-library", type=int, default=10000, help="articles loaded")
    ap.add_argument("--only", default="ratio,jobs,rss")
    args = ap.parse_args()
    folders, _cache = build(10000)
    only = args.only.split(",")
    if "ratio" in only:
        r = ratio(folders[1000], args.articles, args.runs)
        print(f"cold analysis / nlp.pipe, {args.articles} articles: {r['ratio']:.3f} "
              f"(raw {r['raw']}, cold {r['cold']}); by CPU time {r['cpu_ratio']:.3f}",
              flush=True)  # fmt: skip
    if "jobs" in only:
        j = jobs_speedup(folders[1000], args.articles, args.runs)
        print(f"--jobs 2 vs 1, {args.articles} articles: {j['speedup']:.2f}x "
              f"(1: {j['one']}, 2: {j['two']}, load {j['loads']}); from CPU times, on two "
              f"free cores: {j['cpu_speedup']:.2f}x", flush=True)  # fmt: skip
    if "rss" in only:
        folder = folders[10000] if args.rss_library > 1000 else folders[1000]
        m = run_cold(folder, args.rss_articles, "default", sample=True, mode="fill")
        print(f"peak RSS analysing {m['articles']} articles with {m['jobs']} jobs: tree "
              f"{m['tree_peak_mb']:.0f} MB (parent {m['parent_mb']:.0f} MB, largest worker "
              f"{m['worker_mb']:.0f} MB) in {m['seconds']:.0f} s; every 30 s: {m['samples_mb']}",
              flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
