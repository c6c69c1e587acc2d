"""The reader's keys as a person meets them: timed at a real pseudo-terminal.

    python bench/tui_keys.py [--sizes 1000 10000] [--keys 40] [--runs 1] [--before PATH]

A benchmark inside the app stops at its refresh callback; a person sees what reaches
the terminal. This one starts each program on a pseudo-terminal of 120x40
(TERM=xterm-256color), reads everything it writes through a VT100 screen model (pyte,
in the `test` extra) and reports:

- ready: seconds from the process start until "Key figures" is on the screen (the
  reader's first frame with the list filled and the first article's key figures drawn);
- per key: from writing the key's bytes, the time to the first byte of the program's
  answer and to its last byte (the answer ends after 0.25 s of silence), over --keys
  presses one every 0.3 s, as median and 90th percentile in milliseconds.

It measures a floor, a minimal Textual app (an OptionList of 1,000 items and a Static,
j/k move the list) written to a temporary file, and `python -m briefing FOLDER` on warm
libraries of 1,000 and 10,000 cached articles (built as bench/tui_speed.py builds
them, each file given a web address in its front matter so `o` has one to open;
BROWSER="true %s &", a command started in the background as a graphical browser is, so
nothing opens; a terminal browser such as lynx takes the terminal over instead, and its
own screen is the answer). The keys: j/k, n/p, space (the body pages on; j/k
between pages bring a new article, untimed), o, and +/-/a (the summary from the cache).

`--before PATH` also runs the reader from another checkout (PYTHONPATH=PATH), each of
its runs right after the same run of this one, so the two see the same machine load, on
a copy of the cache (the library index is each version's own: sharing one, each start
would rebuild it); every reader is started once, untimed, before the runs;
`--libraries DIR` keeps the libraries there for the next run (building 10,000 takes
minutes); `--runs N` repeats everything N times and reports the median of the runs' figures.
The libraries are built once, in a temporary folder, with a fresh HOME and XDG folders
for every start. Exits non-zero only on errors (a program that never gets ready), never
because a figure misses its target.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

COLS, ROWS = 120, 40
READY_TEXT = "Key figures"
BUSY_TEXT = "analysing"
SETTLED = 3.0
"""Seconds of silence after which the reader has settled: its worker reads the cached
analyses of the whole library after the first frame (about 5 s of work at 10,000,
each batch redrawing the counts), and keys are timed after it, in the steady state."""
"""In the reader's title bar while it fills in the analyses: keys are timed after."""
QUIET = 0.25
PACE = 0.3

FLOOR_APP = """
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import OptionList, Static


class Floor(App):
    BINDINGS = [("j", "down"), ("k", "up"), ("q", "quit")]
    CSS = "OptionList { width: 40; } Static { width: 1fr; }"

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield OptionList(*[f"Article {i}: a title of some length" for i in range(1000)])
            yield Static("Key figures")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.query_one(Static).update(f"Key figures\\n\\nthe article {event.option_index}")


Floor().run()
"""


@dataclass(frozen=True)
class KeyGroup:
    """A figure's keys: (bytes, timed) pressed in a cycle; untimed keys set the scene."""

    name: str
    cycle: tuple[tuple[bytes, bool], ...]
    target: str


def _timed(keys: str) -> tuple[tuple[bytes, bool], ...]:
    return tuple((k.encode(), True) for k in keys)


GROUPS = (
    KeyGroup("j/k", _timed("jjkk"), "≤25 / ≤60 / ≤100"),
    KeyGroup("n/p", _timed("nnnppp"), "≤25 / ≤60 / ≤100"),
    KeyGroup(
        "space",
        ((b" ", True), (b" ", True), (b"j", False), (b" ", True), (b" ", True), (b"k", False)),
        "≤25 / ≤60 / ≤100",
    ),
    KeyGroup("o", _timed("o"), "≤25 / ≤60 / ≤100"),
    KeyGroup("+/-/a", _timed("+-a"), "complete ≤100 or a busy mark"),
)
FLOOR_GROUPS = (KeyGroup("j/k", _timed("jjkk"), ""),)


@dataclass
class Timings:
    """One start of a program: ready, and per group the first and last byte times."""

    ready: float
    firsts: dict[str, list[float]] = field(default_factory=dict)
    lasts: dict[str, list[float]] = field(default_factory=dict)
    silent: dict[str, int] = field(default_factory=dict)


class Terminal:
    """A program on a pseudo-terminal, seen through a VT100 screen model."""

    def __init__(self, cmd: Sequence[str], env: dict[str, str], cwd: str) -> None:
        import pyte

        self.screen = pyte.Screen(COLS, ROWS)
        self.stream = pyte.ByteStream(self.screen)
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: the terminal's size, then the program
            try:
                winsize = struct.pack("HHHH", ROWS, COLS, 0, 0)
                fcntl.ioctl(sys.stdout.fileno(), termios.TIOCSWINSZ, winsize)
                os.chdir(cwd)
                os.execvpe(cmd[0], list(cmd), env)
            finally:
                os._exit(127)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.pid, self.fd = pid, fd

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def _read(self, wait: float) -> float | None:
        """Feed what arrives within `wait` seconds; the time it came, None for nothing
        (or the program's end, which raises EOFError)."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, wait))
        if not ready:
            return None
        try:
            chunk = os.read(self.fd, 65536)
        except OSError as exc:
            raise EOFError from exc
        if not chunk:
            raise EOFError
        arrived = time.perf_counter()
        self.stream.feed(chunk)
        return arrived

    def wait_for(self, text: str, timeout: float) -> float:
        """Seconds from the start until `text` is on the screen."""
        deadline = self.started + timeout
        while text not in self.text():
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"{text!r} not on the screen after {timeout:g} s")
            self._read(remaining)
        return time.perf_counter() - self.started

    def answer(self, quiet: float, limit: float) -> tuple[float | None, float | None]:
        """Read until `quiet` seconds pass with nothing (or `limit`): the times of the
        first and the last byte, or (None, None)."""
        first = last = None
        end = time.perf_counter() + limit
        while True:
            now = time.perf_counter()
            wait = min(quiet if last is not None else limit, end - now)
            if wait <= 0:
                break
            arrived = self._read(wait)
            if arrived is None:
                if last is not None:
                    break
                continue
            first = first or arrived
            last = arrived
        return first, last

    def press(self, key: bytes) -> tuple[float | None, float | None]:
        """Write `key`; the times of its answer's first and last byte after writing."""
        written = time.perf_counter()
        os.write(self.fd, key)
        first, last = self.answer(QUIET, 5.0)
        rest = PACE - (time.perf_counter() - written)
        if rest > 0:
            self.answer(rest, rest)
        if first is None or last is None:
            return None, None
        return first - written, last - written

    def close(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                break
            time.sleep(0.3)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def measure(
    cmd: Sequence[str], env: dict[str, str], groups: Sequence[KeyGroup], presses: int
) -> Timings:
    """Start `cmd`, wait for the ready text and for it to settle, then press each group's
    keys `presses` times (counting timed keys only)."""
    with tempfile.TemporaryDirectory() as home:
        env = {**env, **_fresh_home(Path(home))}
        terminal = Terminal(cmd, env, cwd=home)
        try:
            timings = Timings(ready=terminal.wait_for(READY_TEXT, timeout=120))
            settled = time.perf_counter() + 180
            while True:  # the analysis worker ("analysing 200/1000") and first timers end
                terminal.answer(SETTLED, 60.0)
                if BUSY_TEXT not in terminal.text() or time.perf_counter() > settled:
                    break
            for group in groups:
                firsts, lasts, silent, done, i = [], [], 0, 0, 0
                while done < presses:
                    key, timed = group.cycle[i % len(group.cycle)]
                    i += 1
                    first, last = terminal.press(key)
                    if not timed:
                        continue
                    done += 1
                    if first is None or last is None:
                        silent += 1
                    else:
                        firsts.append(first)
                        lasts.append(last)
                timings.firsts[group.name] = firsts
                timings.lasts[group.name] = lasts
                timings.silent[group.name] = silent
                terminal.answer(1.0, 5.0)  # the last key's notices go before the next group
        except (TimeoutError, EOFError) as exc:
            raise SystemExit(f"{' '.join(cmd)}: {exc}\n{terminal.text()}") from exc
        finally:
            terminal.close()
    return timings


def warm_up(cmd: Sequence[str], env: dict[str, str]) -> None:
    """Start `cmd` once until it is ready, untimed: the first start after a new version
    or a copied cache rebuilds the library index, which no later start does."""
    with tempfile.TemporaryDirectory() as home:
        terminal = Terminal(cmd, {**env, **_fresh_home(Path(home))}, cwd=home)
        try:
            terminal.wait_for(READY_TEXT, timeout=120)
        except (TimeoutError, EOFError) as exc:
            raise SystemExit(f"{' '.join(cmd)}: {exc}\n{terminal.text()}") from exc
        finally:
            terminal.close()


def _fresh_home(home: Path) -> dict[str, str]:
    """A HOME and XDG folders of its own (no config, no reader state from another run)."""
    dirs = {
        "XDG_CONFIG_HOME": home / "config",
        "XDG_DATA_HOME": home / "data",
        "XDG_STATE_HOME": home / "state",
    }
    for path in dirs.values():
        path.mkdir()
    return {"HOME": str(home), **{k: str(v) for k, v in dirs.items()}}


def build_library(root: Path, n: int) -> tuple[Path, Path]:
    """N cached articles as bench/tui_speed.py makes them, each with a web address in
    front matter (the same title and body, so the same id and cache entries)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from tui_speed import build

    folder, cache = root / f"news{n}", root / f"cache{n}"
    if folder.exists() and cache.exists():
        return folder, cache  # built by an earlier run (--libraries)
    folder.mkdir(parents=True)
    build(folder, cache, n)
    for path in sorted(folder.glob("*.txt")):
        stat = path.stat()
        text = path.read_text(encoding="utf-8")
        page = path.with_suffix(".md")
        page.write_text(f"---\nurl: https://example.org/{path.stem}\n---\n{text}", "utf-8")
        os.utime(page, (stat.st_atime, stat.st_mtime))
        path.unlink()
    return folder, cache


def quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


@dataclass
class Column:
    """A column of the table: a program, and its runs."""

    label: str
    cmd: list[str]
    env: dict[str, str]
    groups: Sequence[KeyGroup]
    runs: list[Timings] = field(default_factory=list)

    def ready(self) -> float:
        return statistics.median(t.ready for t in self.runs)

    def figure(self, group: str, which: str, q: float) -> float | None:
        """The median over the runs of one run's quantile; None if not measured."""
        values = []
        for run in self.runs:
            series = (run.firsts if which == "first" else run.lasts).get(group)
            if series is None:
                return None
            values.append(quantile(series, q))
        return statistics.median(values)


def table(columns: list[Column]) -> str:
    rows = [
        ["figure", *(c.label for c in columns), "target"],
        ["---", *("---:" for _ in columns), "---"],
        ["ready (s)", *(f"{c.ready():.2f}" for c in columns), "≤0.5 at 1k, ≤0.6 at 10k"],
    ]
    for group in GROUPS:
        for which, q, name, target in (
            ("first", 0.5, "first byte median", "≤25" if group.name != "+/-/a" else ""),
            ("last", 0.5, "complete median", "≤60" if group.name != "+/-/a" else "≤100"),
            ("last", 0.9, "complete p90", "≤100" if group.name != "+/-/a" else ""),
        ):
            cells = []
            for c in columns:
                value = c.figure(group.name, which, q)
                cells.append("" if value is None else f"{value:.0f}")
            rows.append([f"{group.name} {name} (ms)", *cells, target])
    silent = []
    for c in columns:
        counts = [sum(r.silent.values()) for r in c.runs]
        silent.append(str(max(counts)) if counts else "")
    rows.append(["keys that drew nothing (most in a run)", *silent, "0"])
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--keys", type=int, default=40, help="timed presses per figure")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--before", type=Path, help="also run the reader of this checkout")
    parser.add_argument("--no-floor", action="store_true")
    parser.add_argument(
        "--libraries", type=Path, help="build the libraries here, or use those built there"
    )
    args = parser.parse_args()
    try:
        import pyte  # noqa: F401
    except ImportError:
        raise SystemExit("tui_keys: needs pyte (pip install pyte, or the `test` extra)") from None

    here = Path(__file__).resolve().parent.parent
    base_env = {
        k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_", "XDG_", "TEXTUAL"))
    }
    # a browser started in the background, as a graphical one is (Python's "&" marker):
    # a browser that runs in the terminal takes it over, and its screen is the answer
    base_env.update(TERM="xterm-256color", COLUMNS=str(COLS), LINES=str(ROWS), BROWSER="true %s &")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        columns: list[Column] = []
        if not args.no_floor:
            floor = root / "floor_app.py"
            floor.write_text(FLOOR_APP, encoding="utf-8")
            columns.append(Column("floor", [sys.executable, str(floor)], base_env, FLOOR_GROUPS))
        for n in args.sizes:
            print(f"building {n} cached articles…", file=sys.stderr)
            folder, cache = build_library(args.libraries or root, n)
            label = f"{n // 1000}k" if n % 1000 == 0 else str(n)
            env = {**base_env, "BRIEFING_CACHE_DIR": str(cache)}
            cmd = [sys.executable, "-m", "briefing", str(folder)]
            if args.before is not None:
                # a cache of its own: the library index is the reader's, and two versions
                # sharing one would each rebuild it at every start
                before_cache = root / f"cache-before-{n}"
                shutil.copytree(cache, before_cache)
                before_env = {
                    **env,
                    "BRIEFING_CACHE_DIR": str(before_cache),
                    "PYTHONPATH": str(args.before.resolve()),
                }
                columns.append(Column(f"{label} before", cmd, before_env, GROUPS))
            columns.append(Column(label, cmd, {**env, "PYTHONPATH": str(here)}, GROUPS))
        for column in columns:  # each reader's library index as a second start finds it
            print(f"warming up: {column.label}…", file=sys.stderr)
            warm_up(column.cmd, column.env)
        for run in range(args.runs):
            for column in columns:
                print(f"run {run + 1}/{args.runs}: {column.label}…", file=sys.stderr)
                column.runs.append(measure(column.cmd, column.env, column.groups, args.keys))
    print(f"At a pseudo-terminal of {COLS}x{ROWS}; {args.keys} keys a figure, one every")
    print(f"{PACE} s; median of {args.runs} run(s). ms: first byte / complete answer.\n")
    print(table(columns))


if __name__ == "__main__":
    main()
