"""The shared cache: hits, version keys, corruption, unwritable folders, concurrency, LRU."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import sqlite3
import time
import zlib

import pytest
from conftest import cache_of_an_earlier_version, run_briefing

from briefing.cache import CACHE_FILE, Cache, parse_size, stage_key


def test_a_value_round_trips_and_a_new_version_misses(tmp_path):
    cache = Cache(tmp_path)
    key_v1 = stage_key("1", "model@3.8.0", {"length": "3"})
    cache.put("summary", key_v1, "article-a", {"sentences": [1, 2, 3]})
    assert cache.get("summary", key_v1, "article-a") == {"sentences": [1, 2, 3]}
    assert cache.get("summary", stage_key("2", "model@3.8.0", {"length": "3"}), "article-a") is None
    assert cache.get("summary", stage_key("1", "model@3.9.0", {"length": "3"}), "article-a") is None
    assert cache.get("summary", stage_key("1", "model@3.8.0", {"length": "4"}), "article-a") is None
    assert cache.get("summary", key_v1, "article-b") is None


def test_values_json_alone_can_write_read_back_the_same(tmp_path):
    cache = Cache(tmp_path)
    value = {"salience": float("inf"), "big": 2**70, "text": "Zelenskyy \u2019s"}
    cache.put("figures", "k", "a", value)
    assert cache.get("figures", "k", "a") == value
    cache.put("figures", "k", "a", [float("nan")])
    nan = cache.get("figures", "k", "a")
    assert nan is not None and nan[0] != nan[0]


def test_reading_marks_an_entry_used_unless_it_was_in_the_last_hour(tmp_path):
    cache = Cache(tmp_path)
    cache.put_many("parse", "k", {"old": [1], "recent": [2]})
    recent = time.time() - 30 * 60
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        conn.execute("UPDATE entries SET used = 5 WHERE article = 'old'")
        conn.execute("UPDATE entries SET used = ? WHERE article = 'recent'", (recent,))
    assert cache.get_many("parse", "k", ["old", "recent"]) == {"old": [1], "recent": [2]}
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        used = dict(conn.execute("SELECT article, used FROM entries").fetchall())
    assert used["old"] > recent
    assert used["recent"] == recent


def test_entries_persist_across_handles(tmp_path):
    Cache(tmp_path).put("parse", "k", "a", [1])
    assert Cache(tmp_path).get("parse", "k", "a") == [1]


def test_corrupt_file_is_moved_aside_with_one_warning(tmp_path):
    (tmp_path / CACHE_FILE).write_bytes(b"this is not a database" * 200)
    cache = Cache(tmp_path)
    assert len(cache.warnings) == 1
    assert "corrupt" in cache.warnings[0]
    assert list(tmp_path.glob(f"{CACHE_FILE}.corrupt-*"))
    cache.put("parse", "k", "a", {"ok": True})
    assert Cache(tmp_path).get("parse", "k", "a") == {"ok": True}


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_falls_back_to_memory(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    cache = Cache(folder / "cache")
    assert cache.path is None
    assert "in-memory" in cache.warnings[0]


def test_a_path_that_cannot_be_a_folder_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = Cache(blocker / "cache")  # a folder below a regular file cannot exist
    assert cache.path is None
    assert len(cache.warnings) == 1
    cache.put("parse", "k", "a", 1)
    assert cache.get("parse", "k", "a") == 1


def test_a_damaged_value_is_a_miss_not_a_crash(tmp_path):
    cache = Cache(tmp_path)
    cache.put("parse", "k", "a", [1])
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        conn.execute("UPDATE entries SET value = x'00ff'")
    assert cache.get("parse", "k", "a") is None


def _writer(folder: str, worker: int) -> None:
    cache = Cache(__import__("pathlib").Path(folder))
    for i in range(50):
        cache.put_many("parse", "k", {f"article-{i}": {"i": i}, f"own-{worker}-{i}": worker})


def test_two_processes_write_at_once_and_agree(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), w)) for w in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    cache = Cache(tmp_path)
    assert cache.get_many("parse", "k", [f"article-{i}" for i in range(50)]) == {
        f"article-{i}": {"i": i} for i in range(50)
    }
    assert cache.get("parse", "k", "own-2-49") == 2


def test_stats_clear_and_prune_least_recently_used_first(tmp_path):
    cache = Cache(tmp_path)
    for i in range(10):
        cache.put("parse", "k", f"a{i}", "x" * 2000 + str(i))
    cache.put("summary", "k", "a0", [1])
    stats = {s.stage: s for s in cache.stats()}
    assert stats["parse"].entries == 10
    assert stats["summary"].entries == 1
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:  # make a0..a4 the oldest
        conn.execute("UPDATE entries SET used = 0 WHERE article IN ('a0','a1','a2','a3','a4')")
    one_entry = max(s.bytes for s in cache.stats()) // 10
    removed = cache.prune(max_bytes=one_entry * 5 + 5)
    assert removed >= 5
    left = cache.get_many("parse", "k", [f"a{i}" for i in range(10)])
    assert "a9" in left and "a0" not in left
    remaining = sum(s.entries for s in cache.stats())
    assert cache.clear() == remaining
    assert cache.stats() == []


@pytest.mark.parametrize(
    ("text", "size"),
    [("200MB", 200 * 1024**2), ("1.5G", int(1.5 * 1024**3)), ("500k", 500 * 1024), ("1024", 1024)],
)
def test_sizes_parse(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "lots", "-5MB", "5XB"])
def test_bad_sizes_raise(text):
    with pytest.raises(ValueError):
        parse_size(text)


def test_cached_entities_read_back_whole_whatever_their_text_holds(tmp_path):
    """The entities stage's mentions are read only when looked at; a name whose text
    looks like the stored JSON itself still comes back as it was."""
    from briefing.analysis.model import Entities, Entity, EntityMention
    from briefing.analysis.pipeline import _READERS

    odd = 'Say "],"canonical":[" twice'
    entities = Entities(
        (EntityMention(odd, "ORG", odd, 0, len(odd)), EntityMention("Kyiv", "GPE", "Kyiv", 40, 44)),
        (Entity(odd, "ORG", 1, "a title", 0.5), Entity("Kyiv", "GPE", 1)),
    )
    cache = Cache(tmp_path)
    cache.put("entities", "k", "a", entities.to_json())
    cache.put("entities", "k", "older", {"canonical": [Entity("Kyiv", "GPE", 1).to_json()],
                                         "mentions": []})  # fmt: skip
    read = cache.get_many("entities", "k", ["a", "older"], _READERS["entities"])
    again = Entities.from_json(read["a"])
    assert again.canonical == entities.canonical
    assert list(again.mentions) == list(entities.mentions)
    assert len(Entities.from_json(read["older"]).mentions) == 0


def test_stats_count_each_article_once_and_give_its_bytes_per_stage(tmp_path):
    cache = Cache(tmp_path)
    cache.put_many("parse", stage_key("1", "m"), {"a": "x" * 300, "b": "y" * 300})
    cache.put_many("parse", stage_key("2", "m"), {"a": "z" * 300})  # an older version kept
    (parse,) = cache.stats()
    assert (parse.entries, parse.articles) == (3, 2)
    assert parse.per_article == parse.bytes // 2


def _cache_of_an_earlier_version(folder, values: dict[str, bytes]) -> None:
    """A cache file as earlier versions made it (4 KB pages), holding `values`."""
    cache_of_an_earlier_version(folder)
    old = Cache(folder)
    old.put_many("parse", "k", values)
    old.close()


def test_compacting_a_cache_of_an_earlier_version_keeps_every_entry_in_less_room(tmp_path):
    rng = random.Random(7)
    values = {f"a{i}": b"\x00" + rng.randbytes(rng.randrange(1100, 3000)) for i in range(300)}
    _cache_of_an_earlier_version(tmp_path, values)
    env = {"BRIEFING_CACHE_DIR": str(tmp_path)}
    assert "briefing cache compact" in run_briefing("cache", "stats", env=env).stdout
    before = Cache(tmp_path)
    before._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old_size = before.file_size()
    before.close()
    result = run_briefing("cache", "compact", env=env)
    assert result.returncode == 0, result.stderr
    after = Cache(tmp_path)
    assert after.file_size() < 0.8 * old_size
    assert after.get_many("parse", "k", list(values), bytes) == values
    assert "briefing cache compact" not in run_briefing("cache", "stats", env=env).stdout


def test_values_over_a_kilobyte_do_not_each_take_a_page_of_their_own(tmp_path):
    rng = random.Random(8)
    values = {f"a{i}": b"\x00" + rng.randbytes(1500) for i in range(300)}
    cache = Cache(tmp_path)
    cache.put_many("parse", "k", values)
    cache.compact()
    assert cache.file_size() < 1.5 * sum(map(len, values.values()))


def test_values_a_stage_keeps_uncompressed_read_back_and_so_do_old_compressed_ones(tmp_path):
    rng = random.Random(3)
    summary = [{"text": "Ministers met on Tuesday.", "start": 0, "end": 25}]
    entities = {"canonical": [{"name": "Ministers", "label": "ORG", "count": 3}] * 40}
    hashes = b"\x00" + rng.randbytes(1400)
    cache = Cache(tmp_path)
    cache.put_many("summary", "k", {"a": summary}, compress=False)
    cache.put_many("entities", "k", {"a": entities})
    cache.put_many("shingles", "k", {"a": hashes}, compress=False)
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        stored = dict(conn.execute("SELECT stage, value FROM entries"))
        # as every earlier version stored each value: compressed, whatever it saved
        old = zlib.compress(json.dumps(summary, separators=(",", ":")).encode(), 6)
        conn.execute("INSERT INTO entries VALUES ('summary', 'old', 'a', ?, ?, 0)", (old, len(old)))
    assert json.loads(stored["summary"]) == summary  # a few sentences: as they are
    assert stored["shingles"] == hashes  # random hashes do not compress
    assert len(stored["entities"]) < len(json.dumps(entities)) / 4  # compressed
    reopened = Cache(tmp_path)
    assert reopened.get("summary", "k", "a") == summary
    assert reopened.get("entities", "k", "a") == entities
    assert reopened.get_many("shingles", "k", ["a"], bytes, compress=False) == {"a": hashes}
    assert reopened.get_many("summary", "old", ["a"], compress=False) == {"a": summary}
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        (upgraded,) = conn.execute("SELECT value FROM entries WHERE key = 'old'").fetchone()
    assert json.loads(upgraded) == summary  # stored anew as it is, once read
    assert Cache(tmp_path).get_many("summary", "old", ["a"], compress=False) == {"a": summary}
