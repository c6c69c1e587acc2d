"""The cache under damage: corruption the open check misses, entries of another shape,
failed writes, and the `cache` commands on a broken file."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from conftest import cache_of_an_earlier_version, run_and_report_spacy, run_briefing

from briefing.cache import CACHE_FILE, Cache, unpack

REPO = Path(__file__).resolve().parents[1]
SHORT_SEED = "seeds/000_9c7859ff746ab798.txt"
LONG_SEED = "seeds/002_892d4e875b567dd5.txt"
"""Its analysis has values that span several overflow pages (the short seed's fit in one)."""


def break_overflow_chains(path: Path) -> None:
    """Point every overflow page (the rest of a value too big for its page) at a page
    past the end of the file. The b-tree pages are whole, so the schema reads, a row
    reads and `count(*)` passes; reading a large value says "database disk image is
    malformed"."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything into the main file
    (page,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    broken = 0
    for offset in range(page, len(data), page):
        if data[offset] == 0:  # not a b-tree page (they start with their type, 2 to 13)
            data[offset : offset + 4] = (0x7FFFFF00).to_bytes(4, "big")
            broken += 1
    assert broken
    path.write_bytes(bytes(data))
    check = sqlite3.connect(path)
    assert check.execute("SELECT count(*) FROM entries").fetchone()[0] > 0
    check.close()


def with_small_pages(folder: Path) -> None:
    """An empty cache file of 4 KB pages, as earlier versions made (a value over 1 KB
    then runs on in overflow pages, where a read, not the open check, meets damage)."""
    cache_of_an_earlier_version(folder)


def deeply_damaged_cache(folder: Path) -> Path:
    with_small_pages(folder)
    cache = Cache(folder)
    cache.put("entities", "k", "first", [1])  # the row the open check reads is whole
    rnd = random.Random(7)
    for i in range(50):
        cache.put("parse", "k", f"a{i:04d}", rnd.randbytes(8000).hex())  # 8 KB compressed
    cache.close()
    break_overflow_chains(folder / CACHE_FILE)
    assert Cache(folder).warnings == []  # the damage is past what the open check reads
    return folder / CACHE_FILE


def test_damage_past_the_open_check_is_found_by_a_read_and_the_file_replaced(tmp_path):
    deeply_damaged_cache(tmp_path)
    cache = Cache(tmp_path)
    assert cache.stats() == []  # not "database disk image is malformed"
    assert len(cache.warnings) == 1
    assert "was corrupt" in cache.warnings[0] and "moved it to" in cache.warnings[0]
    assert list(tmp_path.glob(f"{CACHE_FILE}.corrupt-*"))
    cache.put("parse", "k", "new", [1])
    assert Cache(tmp_path).get("parse", "k", "new") == [1]


@pytest.mark.parametrize(
    "args", [["cache", "stats"], ["cache", "prune", "--max-size", "1k"], ["cache", "clear"]]
)
def test_cache_commands_work_on_a_damaged_file(tmp_path, args):
    deeply_damaged_cache(tmp_path)
    result = run_briefing(*args, env={"BRIEFING_CACHE_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "malformed" not in result.stderr
    assert result.stderr.count("\n") == 1 and "was corrupt" in result.stderr
    assert run_briefing("cache", "stats", env={"BRIEFING_CACHE_DIR": str(tmp_path)}).stderr == ""


def test_clear_works_when_the_file_cannot_even_be_emptied_and_removes_damaged_copies(tmp_path):
    (tmp_path / f"{CACHE_FILE}.corrupt-1").write_bytes(b"old damage")
    deeply_damaged_cache(tmp_path)  # deleting its rows must read their broken pages
    cache = Cache(tmp_path)
    assert cache.clear() == 0
    assert "deleted it and started afresh" in cache.warnings[-1]
    assert cache.remove_set_aside() == 1
    assert not list(tmp_path.glob(f"{CACHE_FILE}.corrupt-*"))
    assert cache.stats() == []
    cache.put("parse", "k", "b", [2])
    assert Cache(tmp_path).get("parse", "k", "b") == [2]


def test_cache_check_passes_a_sound_cache_and_repairs_a_damaged_one(tmp_path):
    env = {"BRIEFING_CACHE_DIR": str(tmp_path)}
    cache = Cache(tmp_path)
    cache.put_many("parse", "k", {"good": [1], "bad": [2]})
    cache.close()
    sound = run_briefing("cache", "check", env=env)
    assert sound.returncode == 0, sound.stderr
    assert "file: ok" in sound.stdout and "2 read, 0 unreadable" in sound.stdout

    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        conn.execute("UPDATE entries SET value = x'78ff' WHERE article = 'bad'")
    repaired = run_briefing("cache", "check", env=env)
    assert repaired.returncode == 1
    assert "2 read, 1 unreadable (removed)" in repaired.stdout
    assert run_briefing("cache", "check", env=env).returncode == 0

    deeply_damaged_cache(tmp_path)
    damaged = run_briefing("cache", "check", env=env)
    assert damaged.returncode == 1, damaged.stderr
    assert "damaged" in damaged.stdout and "Traceback" not in damaged.stderr
    assert run_briefing("cache", "check", env=env).returncode == 0


def test_a_cache_file_of_another_schema_is_moved_aside(tmp_path):
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, blob BLOB)")
    cache = Cache(tmp_path)
    assert "not the cache's" in cache.warnings[0]
    cache.put("parse", "k", "a", [1])
    assert Cache(tmp_path).get("parse", "k", "a") == [1]


def test_a_folder_in_place_of_the_cache_file_is_moved_aside(tmp_path):
    (tmp_path / CACHE_FILE).mkdir()
    cache = Cache(tmp_path)
    assert cache.path == tmp_path / CACHE_FILE
    assert "a folder is in its place" in cache.warnings[0]


def test_a_folder_that_cannot_be_made_is_not_called_unwritable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = Cache(blocker / "cache")
    assert "not writable" not in cache.warnings[0]
    assert "cannot create the cache folder" in cache.warnings[0]
    assert "not a directory" in cache.warnings[0]


_FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from briefing.cache import Cache
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
folder = Path(sys.argv[1])
cache = Cache(folder)
cache.put("parse", "k", "small", [1])
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (max(p.stat().st_size for p in folder.iterdir()), hard))
for i in range(20):
    cache.put("parse", "k", f"big-{i}", "x" * 50_000 + str(i))
print(len(cache.warnings))
print(cache.warnings[0])
"""


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits")
def test_a_failed_write_is_reported_once_with_its_cause(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    count, warning = result.stdout.splitlines()
    assert count == "1"  # twenty failed writes, one warning
    assert warning.startswith("could not save results to the cache")
    assert "disk" in warning  # the cause, not "not writable"


# -- analyze over a damaged cache -----------------------------------------------------------


def test_analyze_on_a_cache_damaged_past_the_open_check_says_so_once_and_heals(tmp_path):
    env = {"BRIEFING_CACHE_DIR": str(tmp_path)}
    with_small_pages(tmp_path)
    clean = run_briefing("analyze", "--json", LONG_SEED, env=env)
    assert clean.returncode == 0, clean.stderr
    break_overflow_chains(tmp_path / CACHE_FILE)

    damaged = run_briefing("analyze", "--json", LONG_SEED, env=env)
    assert damaged.returncode == 0, damaged.stderr
    assert json.loads(damaged.stdout) == json.loads(clean.stdout)
    assert damaged.stderr.count("was corrupt") == 1 and "Traceback" not in damaged.stderr

    healed = run_and_report_spacy(["analyze", "--json", LONG_SEED], env)
    assert json.loads(healed.stdout) == json.loads(clean.stdout)
    assert "SPACY-NOT-LOADED" in healed.stderr  # the results made meanwhile were kept
    assert "warning" not in healed.stderr


@pytest.fixture(scope="module")
def seed_cache(tmp_path_factory):
    """A cache holding the short seed's analysis, the article, and its analysis as JSON."""
    from briefing.analysis.pipeline import Analyzer
    from briefing.library import load_library

    folder = tmp_path_factory.mktemp("cache")
    (article,) = load_library([REPO / SHORT_SEED]).articles
    (analysis,) = Analyzer(Cache(folder)).analyze([article])
    return folder, article, analysis.to_json()


WRONG_SHAPES = {
    "summary": [{"x": 1}, [{"text": 5, "start": "0"}]],
    "entities": [[1, 2], {"mentions": 5, "canonical": []}],
    "figures": ["text", [{"text": "5", "value": "five"}]],
    "parse": [{"x": 1}, {"sentences": [[0, 5]], "starts": [0], "ends": [9], "tags": [],
               "pos": [], "deps": [], "heads": [7], "lemmas": [], "ents": []}],
}  # fmt: skip


@pytest.mark.parametrize(
    ("stage", "shape"),
    [(stage, shape) for stage, shapes in WRONG_SHAPES.items() for shape in shapes],
    ids=lambda v: v if isinstance(v, str) and v in WRONG_SHAPES else json.dumps(v)[:16],
)
def test_an_entry_of_the_wrong_shape_is_a_miss_and_is_replaced(seed_cache, tmp_path, stage, shape):
    from briefing.analysis.parse_codec import decode as decode_parse
    from briefing.analysis.pipeline import Analyzer
    from briefing.analysis.shapes import usable

    folder, article, clean = seed_cache
    source = sqlite3.connect(folder / CACHE_FILE)
    with sqlite3.connect(tmp_path / CACHE_FILE) as target:
        source.backup(target)
        blob = zlib.compress(json.dumps(shape).encode())
        target.execute("UPDATE entries SET value = ? WHERE stage = ?", (blob, stage))
        if stage == "parse":  # the parse is read when a stage must be made from it
            target.execute("DELETE FROM entries WHERE stage = 'summary'")
    source.close()

    (analysis,) = Analyzer(Cache(tmp_path)).analyze([article])
    assert analysis.to_json() == clean
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        (stored,) = conn.execute("SELECT value FROM entries WHERE stage = ?", (stage,)).fetchone()
    if stage == "parse":  # replaced by the compact parse spaCy makes
        assert len(decode_parse(unpack(stored), article.body)) > 0
        return
    value = json.loads(unpack(stored))
    assert value != shape  # replaced by what the stage makes
    assert usable(stage, value)
