"""The reader's state file: marks survive a corrupt file, a kill mid-write and a full disk."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefing.state import STATE_FILE, ReaderState

REPO = Path(__file__).resolve().parents[1]


def _with_marks(folder: Path, n: int = 200) -> Path:
    state = ReaderState(folder)
    for i in range(n):
        assert state.set_mark(f"article-{i:04d}-{'x' * 60}", read=True, star=i % 3 == 0) is None
    state.close()
    return folder / STATE_FILE


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x8b\x00garbage" * 700)


def _truncated(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _other_schema(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE marks (id INTEGER, note TEXT)")


def _folder(path: Path) -> None:
    path.unlink()
    (path / "inside").mkdir(parents=True)


@pytest.mark.parametrize("damage", [_garbage, _truncated, _other_schema, _folder])
def test_a_corrupt_state_file_is_moved_aside_and_new_marks_persist(tmp_path, damage):
    damage(_with_marks(tmp_path))
    state = ReaderState(tmp_path)
    assert len(state.warnings) == 1
    message = state.warnings[0]
    assert "moved it to state.sqlite3.corrupt-" in message and "\n" not in message
    assert list(tmp_path.glob(f"{STATE_FILE}.corrupt-*"))
    assert state.set_mark("fresh", star=True) is None
    assert state.set_pref("theme", "ansi-16") is None
    state.close()
    again = ReaderState(tmp_path)
    assert again.warnings == []
    assert "fresh" in again.marks()[1]
    assert again.pref("theme") == "ansi-16"


def test_marks_that_still_read_are_recovered_from_a_damaged_file(tmp_path):
    path = _with_marks(tmp_path, n=300)
    with sqlite3.connect(path) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_marks_1'"
        ).fetchone()
        (page,) = conn.execute("PRAGMA page_size").fetchone()
    with path.open("r+b") as handle:  # the index is damaged, the table's rows are not
        handle.seek((root - 1) * page)
        handle.write(b"\xff" * page)
    state = ReaderState(tmp_path)
    assert len(state.warnings) == 1
    assert "300 read or star marks recovered" in state.warnings[0]
    read, starred = state.marks()
    assert len(read) == 300 and len(starred) == 100


_WRITER = """
import sys
from pathlib import Path
from briefing.state import ReaderState
state = ReaderState(Path(sys.argv[1]))
for i in range(100_000):
    assert state.set_mark(f"a{i:06d}", read=True, star=i % 2 == 0) is None
    print(i, flush=True)
"""


@pytest.mark.parametrize("after", [1, 37, 250])
def test_marks_survive_a_kill_mid_write_as_a_prefix_of_what_was_written(tmp_path, after):
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert writer.stdout is not None
    acknowledged = -1
    for line in writer.stdout:
        acknowledged = int(line)
        if acknowledged >= after:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait(30)
    state = ReaderState(tmp_path)
    assert state.warnings == []
    read, starred = state.marks()
    assert len(read) > acknowledged  # every change acknowledged was on disk
    assert read == {f"a{i:06d}" for i in range(len(read))}  # and nothing out of order
    assert starred == {f"a{i:06d}" for i in range(0, len(read), 2)}


_FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from briefing.state import ReaderState
folder = Path(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
state = ReaderState(folder)
assert state.set_mark("before", read=True) is None
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (max(p.stat().st_size for p in folder.iterdir()), hard))
problems = [state.set_mark(f"while-full-{i:03d}-{'y' * 200}", star=True) for i in range(60)]
print(sum(p is not None for p in problems), state.unsaved)
print([p for p in problems if p][0])
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
print(state.set_mark("after", read=True), state.unsaved)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits")
def test_a_full_disk_reports_once_keeps_the_marks_and_writes_them_when_there_is_room(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    counts, problem, after = result.stdout.splitlines()
    assert counts == "1 60"  # one problem line for 60 marks, all 60 kept
    assert problem.startswith("could not save read and star marks to ")
    assert after == "None 0"  # once there is room, they are all written
    read, starred = ReaderState(tmp_path).marks()
    assert read == {"before", "after"}
    assert len(starred) == 60


def test_an_unusable_folder_keeps_marks_for_the_run_and_says_so(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    state = ReaderState(blocker / "data")  # a folder below a regular file cannot exist
    assert state.path is None
    assert "kept for this run only" in state.warnings[0]
    assert state.set_mark("a", read=True) is None
    assert state.marks()[0] == {"a"}


def test_marks_and_preferences_round_trip(tmp_path):
    state = ReaderState(tmp_path)
    state.set_mark("a", read=True)
    state.set_mark("a", star=True)
    state.set_mark("b", star=True)
    state.set_mark("b", star=False)
    state.set_pref("theme", "ansi-16")
    state.close()
    again = ReaderState(tmp_path)
    assert again.marks() == ({"a"}, {"a"})
    assert again.pref("theme") == "ansi-16"
    assert again.pref("missing") is None


def test_the_old_state_file_format_still_opens(tmp_path):
    with sqlite3.connect(tmp_path / STATE_FILE) as conn:
        conn.executescript(
            textwrap.dedent(
                """
                CREATE TABLE marks (article TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0,
                                    star INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE prefs (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO marks VALUES ('kept', 1, 1);
                """
            )
        )
    state = ReaderState(tmp_path)
    assert state.warnings == []
    assert state.marks() == ({"kept"}, {"kept"})


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_a_state_file_that_cannot_be_written_still_shows_its_marks(tmp_path):
    _with_marks(tmp_path, n=3)
    (tmp_path / STATE_FILE).chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        state = ReaderState(tmp_path)
        assert "cannot write to" in state.warnings[0]
        assert len(state.marks()[0]) == 3
        assert state.set_mark("new", star=True) is None  # said once, at open
        assert "new" in state.marks()[1] and state.unsaved == 1
    finally:
        tmp_path.chmod(0o755)


def test_the_previous_launch_and_when_each_article_was_first_seen_are_remembered(tmp_path):
    first = ReaderState(tmp_path)
    assert first.launch(1000.0) is None  # the first launch: nothing before it
    assert first.first_seen(["a", "b"], 1000.0) == {"a": 1000.0, "b": 1000.0}
    first.close()
    again = ReaderState(tmp_path)
    assert again.launch(2000.0) == 1000.0
    # "a" and "b" keep the time they were first seen; "c" is seen now
    assert again.first_seen(["a", "c"], 2000.0) == {"a": 1000.0, "c": 2000.0}
    again.close()


def test_a_state_file_from_before_the_seen_table_gains_it_and_keeps_its_marks(tmp_path):
    conn = sqlite3.connect(tmp_path / STATE_FILE)
    conn.executescript(
        """CREATE TABLE marks (article TEXT PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0,
                               star INTEGER NOT NULL DEFAULT 0);
           CREATE TABLE prefs (key TEXT PRIMARY KEY, value TEXT NOT NULL);
           INSERT INTO marks VALUES ('a', 1, 1);"""
    )
    conn.close()
    state = ReaderState(tmp_path)
    assert state.warnings == []
    assert state.marks() == ({"a"}, {"a"})
    assert state.first_seen(["a"], 5.0) == {"a": 5.0}
    state.close()
