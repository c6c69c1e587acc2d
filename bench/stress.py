"""Many processes on one library and one cache at once: does anything break or differ?

    python bench/stress.py [--articles 2000] [--seconds 60]

Copies the first `--articles` Markdown files of brief_speed.py's library (run that
first; without it this says so and stops) into a temporary folder, with a fresh cache
and fresh home, config, data and state folders, so nothing of the user's is touched.
A clean baseline is made first: `analyze --json` once (this parses every article with
spaCy: minutes at 2,000) and `brief --all --format json`. Then, for `--seconds`:

- the reader runs on a real pseudo-terminal (120x40) and is sent keys now and then
  (move, next sentence, star, read) so that it writes marks;
- two processes loop on `analyze --json`, alternating the default length with another
  one, so that the cache is written while others read it;
- two processes loop on `brief --all --format json`;
- a fifth only reads the cache (`cache stats`, `cache check`) and writes nothing.

Every run's exit code and stderr are checked (nonzero, "Traceback", "database is
locked", "malformed" are errors), and every output at the baseline length must equal
the baseline (JSON compared parsed; a brief's `date` is today's and is ignored); other
lengths must equal their own first output, and that one what the length gives when
analysed alone afterwards on a copy of the cache the baseline left. At the end the reader is quit with `q`, its
exit status and output checked, and its state file opened to see the marks. A report
is printed; errors found are reported, not raised: the exit code is 1 only if this
script itself broke.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
SOURCE_GLOB = ".cache/brief-speed/*/library-10000"
ERROR_MARKS = ("Traceback", "database is locked", "malformed")
BASE_LENGTH = "3"
OTHER_LENGTHS = ("5", "7")
"""One per analyze worker: the runs between its baseline-length runs write the cache."""
READER_KEYS = ["j", "n", "s", "j", "n", "r", "j", "j", "s", "n", "j", "r", "j", "s"]


@dataclass
class Tally:
    """What every worker saw, shared between the worker threads."""

    runs: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    """First line of each distinct error (kind: line) and how often."""
    mismatches: Counter[str] = field(default_factory=Counter)
    first_outputs: dict[str, Any] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def error(self, kind: str, line: str) -> None:
        with self.lock:
            self.errors[f"{kind}: {line[:160]}"] += 1


def environment(root: Path) -> dict[str, str]:
    """The process environment: this checkout's code, a fresh cache and fresh user dirs."""
    dirs = {"HOME": "home", "XDG_DATA_HOME": "data", "XDG_CONFIG_HOME": "config",
            "XDG_STATE_HOME": "state", "BRIEFING_CACHE_DIR": "cache"}  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    for name, sub in dirs.items():
        (root / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(root / sub)
    env["PYTHONPATH"] = str(REPO)
    env.pop("XDG_CACHE_HOME", None)
    return env


def copy_library(count: int, folder: Path) -> int:
    """The first `count` articles of the speed benchmark's library, copied (never moved)."""
    sources = sorted(HERE.glob(SOURCE_GLOB))
    if not sources:
        return 0
    folder.mkdir(parents=True)
    files = sorted(p for p in sources[0].iterdir() if p.suffix == ".md")[:count]
    for path in files:
        shutil.copyfile(path, folder / path.name)
    return len(files)


def briefing(*args: str) -> list[str]:
    return [sys.executable, "-m", "briefing", *args]


def comparable(kind: str, stdout: str) -> Any:
    """The output as compared with the baseline: parsed JSON, less what a day changes."""
    data = json.loads(stdout)
    if kind == "brief" and isinstance(data, dict):
        data.pop("date", None)
    return data


def check_run(
    tally: Tally, kind: str, result: subprocess.CompletedProcess[str], baseline: Any
) -> None:
    """Record one run: its errors, and whether its output matches what it must."""
    with tally.lock:
        tally.runs[kind] += 1
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["(no stderr)"])[-1]
        tally.error(kind, f"exit {result.returncode}: {last}")
    for mark in ERROR_MARKS:
        if mark in result.stderr:
            line = next(ln for ln in result.stderr.splitlines() if mark in ln)
            tally.error(kind, line.strip())
    # a check that finds a fault sets the file aside: under load that would lose the cache
    whole = "file: ok" in result.stdout and ", 0 unreadable" in result.stdout
    if kind == "cache check" and result.returncode == 0 and not whole:
        tally.error(kind, " / ".join(result.stdout.strip().splitlines()[1:]))
    if baseline is None or result.returncode != 0:
        return
    try:
        got = comparable(kind.split()[0], result.stdout)
    except json.JSONDecodeError as exc:
        tally.error(kind, f"output is not JSON ({exc})")
        return
    if baseline == "first":
        with tally.lock:
            baseline = tally.first_outputs.setdefault(kind, got)
    if got != baseline:
        with tally.lock:
            tally.mismatches[kind] += 1


def run(env: dict[str, str], cwd: Path, command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, check=False)


def worker(
    tally: Tally,
    env: dict[str, str],
    cwd: Path,
    deadline: float,
    plan: list[tuple[str, list[str], Any]],
) -> None:
    """Run the plan's commands in turn, over and over, until the deadline."""
    i = 0
    while time.monotonic() < deadline:
        kind, command, baseline = plan[i % len(plan)]
        check_run(tally, kind, run(env, cwd, command), baseline)
        i += 1


class Reader:
    """The reader on a pseudo-terminal, its output drained so that it never blocks."""

    def __init__(self, env: dict[str, str], cwd: Path, folder: Path) -> None:
        self.output = bytearray()
        pid, fd = pty.fork()
        if pid == 0:  # the child: become the reader
            os.chdir(cwd)
            os.execve(sys.executable, briefing(str(folder)), {**env, "TERM": "xterm-256color"})
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        self.status: int | None = None
        self._drain = threading.Thread(target=self._read, daemon=True)
        self._drain.start()

    def _read(self) -> None:
        while True:
            try:
                ready, _, _ = select.select([self.fd], [], [], 0.5)
                if ready:
                    chunk = os.read(self.fd, 65536)
                    if not chunk:
                        return
                    self.output += chunk
            except OSError:  # the child closed the terminal
                return

    def send(self, key: str) -> None:
        os.write(self.fd, key.encode())

    def quit(self, timeout: float = 30.0) -> int | None:
        """Press q; the exit code, or None if it did not end (it is then killed)."""
        self.send("q")
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
                break
            time.sleep(0.2)
        else:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        self._drain.join(timeout=2)
        os.close(self.fd)
        return self.status


def reader_marks(root: Path) -> tuple[int, int] | str:
    """(read, starred) in the reader's state file, or why it could not be read."""
    from briefing.state import STATE_FILE, ReaderState

    found = sorted(root.rglob(STATE_FILE))
    if not found:
        return "no state file written"
    state = ReaderState(found[0].parent)
    try:
        if state.warnings:
            return "; ".join(state.warnings)
        read, starred = state.marks()
        return len(read), len(starred)
    finally:
        state.close()


def baseline(env: dict[str, str], cwd: Path, folder: Path, count: int) -> tuple[Any, Any]:
    """The clean outputs, made with nothing else running (this fills the cache)."""
    print(f"baseline: analysing {count} articles (spaCy parses them all: minutes) …", flush=True)
    t0 = time.monotonic()
    proc = subprocess.Popen(
        briefing("analyze", "--json", str(folder)), env=env, cwd=cwd, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    stdout_box: list[str] = []
    reader = threading.Thread(
        target=lambda: stdout_box.append(proc.stdout.read() if proc.stdout else "")
    )
    reader.start()
    shown = t0
    while proc.poll() is None:
        time.sleep(0.5)
        if time.monotonic() - shown >= 15:
            shown = time.monotonic()
            print(f"  … {shown - t0:.0f} s", flush=True)
    reader.join()
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"baseline analyze failed ({proc.returncode}): {stderr.strip()[-400:]}")
    analysis = comparable("analyze", stdout_box[0])
    print(f"  analysed in {time.monotonic() - t0:.0f} s", flush=True)
    brief = run(env, cwd, briefing("brief", "--all", "--format", "json", str(folder)))
    if brief.returncode != 0:
        raise SystemExit(f"baseline brief failed: {brief.stderr.strip()[-400:]}")
    return analysis, comparable("brief", brief.stdout)


def clean_other_lengths(
    env: dict[str, str], cwd: Path, folder: Path, spare_cache: Path
) -> dict[str, Any]:
    """Each other length analysed alone on a copy of the cache as the baseline left it:
    what the stress runs, which wrote those summaries under load, must have printed."""
    alone = {**env, "BRIEFING_CACHE_DIR": str(spare_cache)}
    outputs: dict[str, Any] = {}
    for other in OTHER_LENGTHS:
        result = run(alone, cwd, briefing("analyze", "--json", "--length", other, str(folder)))
        if result.returncode != 0:
            raise SystemExit(f"clean analyze -l {other} failed: {result.stderr.strip()[-400:]}")
        outputs[f"analyze -l {other}"] = comparable("analyze", result.stdout)
    return outputs


def stress(
    env: dict[str, str], cwd: Path, folder: Path, seconds: float, base: tuple[Any, Any]
) -> tuple[Tally, Reader, list[str]]:
    """Four workers, a cache reader and the reader on one library for `seconds`."""
    tally = Tally()
    analysis, brief = base
    target = str(folder)
    analyze_plans = [
        [("analyze", briefing("analyze", "--json", target), analysis),
         (f"analyze -l {other}", briefing("analyze", "--json", "--length", other, target), "first")]
        for other in OTHER_LENGTHS
    ]  # fmt: skip
    brief_plan = [("brief", briefing("brief", "--all", "--format", "json", target), brief)]
    cache_plan = [("cache stats", briefing("cache", "stats"), None),
                  ("cache check", briefing("cache", "check"), None)]  # fmt: skip
    reader = Reader(env, cwd, folder)
    time.sleep(3)  # let it draw before the others start
    deadline = time.monotonic() + seconds
    plans = [*analyze_plans, brief_plan, brief_plan, cache_plan]
    threads = [
        threading.Thread(target=worker, args=(tally, env, cwd, deadline, plan)) for plan in plans
    ]
    for thread in threads:
        thread.start()
    sent: list[str] = []
    gap = max(seconds / (len(READER_KEYS) + 1), 1.0)
    for key in READER_KEYS:
        if time.monotonic() + gap > deadline:
            break
        time.sleep(gap)
        reader.send(key)
        sent.append(key)
    for thread in threads:
        thread.join()
    return tally, reader, sent


def report(
    tally: Tally,
    reader_status: int | None,
    reader_output: bytes,
    marks: tuple[int, int] | str,
    sent: list[str],
) -> None:
    print("\nruns per kind")
    for kind, n in sorted(tally.runs.items()):
        print(f"  {kind:<16}{n:>5}  mismatches vs baseline: {tally.mismatches[kind]}")
    print("  (analyze -l N: each run vs the first, and the first vs N analysed alone)")
    print(f"errors seen: {sum(tally.errors.values())}")
    for line, n in tally.errors.most_common():
        print(f"  {n:>4}x {line}")
    tracebacks = reader_output.count(b"Traceback")
    status = (
        "did not exit within 30 s (killed)" if reader_status is None else f"exit {reader_status}"
    )
    print(f"reader: {status}; Traceback in its output: {tracebacks}; keys sent: {''.join(sent)}")
    held = marks if isinstance(marks, str) else f"{marks[0]} read, {marks[1]} starred"
    stars = sent.count("s")  # each on another article (a j before each)
    print(f"reader state file: {held} (expected {stars} starred)")
    clean = not tally.errors and not tally.mismatches and reader_status == 0 and not tracebacks
    clean = clean and not isinstance(marks, str) and marks[1] == stars
    print(
        "verdict: "
        + ("no errors, every result matched the baseline" if clean else "PROBLEMS above")
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="briefing-stress-"))
    try:
        folder = root / "library"
        count = copy_library(args.articles, folder)
        if not count:
            print(f"no library at bench/{SOURCE_GLOB}: run bench/brief_speed.py first; skipped")
            return 0
        env = environment(root)
        base = baseline(env, root, folder, count)
        spare = root / "cache-as-baseline-left-it"
        shutil.copytree(env["BRIEFING_CACHE_DIR"], spare)  # nothing is running: a whole copy
        print(f"stress: reader + 4 workers + a cache reader for {args.seconds:.0f} s …", flush=True)
        tally, reader, sent = stress(env, root, folder, args.seconds, base)
        status = reader.quit()
        for kind, clean in clean_other_lengths(env, root, folder, spare).items():
            first = tally.first_outputs.get(kind)
            if first is not None and first != clean:
                tally.mismatches[kind] += 1
        os.environ.update(
            {k: env[k] for k in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}
        )
        marks = reader_marks(root)
        report(tally, status, bytes(reader.output), marks, sent)
        if args.keep:
            print(f"kept: {root}")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
