"""`analyze` and `brief` on paths that cannot be read: one line each, exit 1, no hang,
and the good articles still analysed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def briefing(*args: str | Path, cache: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *map(str, args)],
        capture_output=True, text=True, cwd=REPO, timeout=120,
        env={**os.environ, "BRIEFING_CACHE_DIR": str(cache)},
    )  # fmt: skip


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """The seeds and one file that is not JSON, over a cache the seeds are analysed in."""
    folder = tmp_path_factory.mktemp("library")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    cache = tmp_path_factory.mktemp("cache")
    assert briefing("analyze", SEEDS, cache=cache).returncode == 0
    return folder, cache


def test_brief_exits_1_when_a_file_could_not_be_read_and_still_prints_the_brief(library):
    folder, cache = library
    result = briefing("brief", "--all", "--format", "json", folder, cache=cache)
    assert result.returncode == 1
    assert json.loads(result.stdout)["articles"] == 2
    assert result.stderr.count("\n") == 1 and "broken.json: not valid JSON" in result.stderr


def test_analyze_json_keeps_good_articles_and_lists_the_problem(library):
    folder, cache = library
    result = briefing("analyze", "--json", folder, cache=cache)
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert len(document["articles"]) == 2
    assert [Path(p["path"]).name for p in document["problems"]] == ["broken.json"]


@pytest.mark.parametrize("command", [["analyze"], ["brief", "--all"]])
def test_a_fifo_or_an_endless_device_given_as_a_path_is_refused_without_hanging(tmp_path, command):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "random.md").symlink_to("/dev/urandom")
    paths = [tmp_path / "pipe.txt", tmp_path / "zero.txt", tmp_path / "random.md"]
    result = briefing(*command, *paths, cache=tmp_path / "cache")
    assert result.returncode == 1
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 3
    assert "named pipe (FIFO), not a regular file" in warnings[0]
    assert all("a device, not a regular file" in line for line in warnings[1:])


def test_a_path_that_names_nothing_is_still_a_usage_error(tmp_path):
    result = briefing("analyze", tmp_path / "nothing-here.md", cache=tmp_path / "cache")
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr


def test_analyze_json_prints_odd_file_names_as_escapes_that_decode_to_the_name(tmp_path):
    name = "odd\x9b\u202ename\udcff.json"  # a C1 code, a bidi override, an undecodable byte
    (tmp_path / name).write_text("[]", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "analyze", "--json", str(tmp_path)],
        capture_output=True, cwd=REPO, timeout=120,
        env={**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")},
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stdout.isascii()  # every odd character is an escape
    (problem,) = json.loads(result.stdout)["problems"]
    assert problem["path"] == str(tmp_path / name)
    assert b"\x1b" not in result.stderr and b"\\x9b\\u202ename\\xff.json" in result.stderr
