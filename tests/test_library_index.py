"""The library index: a second start reads no unchanged file, and files edited,
renamed, removed or added between two starts show as they are now, in the loader,
the reader, the brief and `analyze --json`."""

from __future__ import annotations

import asyncio
import json
import os
import pickle
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SEEDS, run_briefing
from tui_support import screen_text

from briefing.analysis.pipeline import Analyzer
from briefing.article import BODY_GONE
from briefing.cache import Cache
from briefing.config import load_settings
from briefing.library import load_library
from briefing.library.index import FOLDER

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _seed(i: int) -> str:
    return SEED_FILES[i].read_text(encoding="utf-8")


def _library(tmp_path: Path) -> Path:
    """A folder of four files: the two seeds under titles of their own, a JSON Lines
    file of two articles and a Markdown note."""
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "one.txt").write_text("Seed one\n\n" + _seed(0), encoding="utf-8")
    (folder / "two.txt").write_text("Seed two\n\n" + _seed(1), encoding="utf-8")
    feed = [
        {"title": "Feed first", "text": "The first item of the feed says little."},
        {"title": "Feed second", "text": "The second item of the feed says less."},
    ]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(x) for x in feed), encoding="utf-8")
    (folder / "note.md").write_text(
        "---\ntitle: A note\ndate: 2025-01-02\n---\n\nThe note's own words.", encoding="utf-8"
    )
    return folder


def _change(folder: Path) -> None:
    """Edit one file, rename another, delete a third and add a fourth."""
    (folder / "note.md").write_text(
        "---\ntitle: The note, edited\ndate: 2025-01-02\n---\n\nWords written since.",
        encoding="utf-8",
    )
    (folder / "two.txt").rename(folder / "renamed.txt")
    (folder / "feed.jsonl").unlink()
    (folder / "added.txt").write_text("Added later\n\nA file that came after.", encoding="utf-8")


def _shown(library) -> dict[str, tuple[str, str]]:
    """{title: (file name, body)} of a library's articles."""
    return {a.title: (Path(a.path).name, a.body) for a in library.articles}


def test_a_second_start_shows_files_edited_renamed_removed_and_added(tmp_path):
    folder, cache = _library(tmp_path), tmp_path / "cache"
    first = load_library([folder], index_dir=cache)
    assert list(cache.joinpath(FOLDER).iterdir())  # the index was written
    again = load_library([folder], index_dir=cache)
    assert not any(a.body_read for a in again.articles)  # from the index, no file read
    assert _shown(again) == _shown(first)

    _change(folder)
    after = load_library([folder], index_dir=cache)
    assert _shown(after) == _shown(load_library([folder]))  # as a load without an index
    shown = _shown(after)
    assert set(shown) == {"Seed one", "Seed two", "The note, edited", "Added later"}
    assert shown["The note, edited"] == ("note.md", "Words written since.")
    assert shown["Seed two"][0] == "renamed.txt"
    assert shown["Added later"] == ("added.txt", "A file that came after.")
    assert {a.id for a in after.articles} == {a.id for a in load_library([folder]).articles}


def test_problems_are_reported_on_every_start(tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "bad.md").write_text("---\ntitle: [unclosed\n---\n\nThe body.", encoding="utf-8")
    (folder / "big.txt").write_text("Big\n\n" + "word " * 400, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    cache = tmp_path / "cache"
    runs = [load_library([folder], index_dir=cache, max_bytes=1000) for _ in range(2)]
    assert runs[0].problems == runs[1].problems == load_library([folder], max_bytes=1000).problems
    reasons = " ".join(p.reason for p in runs[1].problems)
    assert "front matter" in reasons and "too large" in reasons and "no article text" in reasons
    assert [a.title for a in runs[1].articles] == [a.title for a in runs[0].articles]


@pytest.mark.skipif(sys.platform == "win32", reason="there ctime is the creation time")
def test_a_file_rewritten_to_the_same_size_with_its_time_put_back_is_read_again(tmp_path):
    folder, cache = _library(tmp_path), tmp_path / "cache"
    note = folder / "note.md"
    load_library([folder], index_dir=cache)
    before = note.stat()
    note.write_text(note.read_text(encoding="utf-8").replace("own", "new"), encoding="utf-8")
    os.utime(note, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert note.stat().st_size == before.st_size and note.stat().st_mtime_ns == before.st_mtime_ns
    shown = _shown(load_library([folder], index_dir=cache))
    assert shown["A note"][1] == "The note's new words."


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff not json",
        b'{"version": "another", "settings": [], "files": {}}',
        b"[1, 2, 3]",
    ],
)
def test_a_damaged_or_foreign_index_is_ignored_and_written_afresh(tmp_path, damage):
    folder, cache = _library(tmp_path), tmp_path / "cache"
    load_library([folder], index_dir=cache)
    (index_file,) = cache.joinpath(FOLDER).iterdir()
    index_file.write_bytes(damage)
    assert _shown(load_library([folder], index_dir=cache)) == _shown(load_library([folder]))
    assert json.loads(index_file.read_bytes())["files"]  # written again, whole


def test_an_index_of_another_version_never_serves_its_titles(tmp_path):
    folder, cache = _library(tmp_path), tmp_path / "cache"
    load_library([folder], index_dir=cache)
    (index_file,) = cache.joinpath(FOLDER).iterdir()
    data = json.loads(index_file.read_bytes())
    for entry in data["files"].values():
        for article in entry[1]:
            article[1] = "A title from another version"
    index_file.write_text(json.dumps({**data, "version": "0" * 16}), encoding="utf-8")
    titles = {a.title for a in load_library([folder], index_dir=cache).articles}
    assert "A title from another version" not in titles and "A note" in titles
    data["version"] = json.loads(index_file.read_bytes())["version"]  # this version's
    index_file.write_text(json.dumps(data), encoding="utf-8")
    titles = {a.title for a in load_library([folder], index_dir=cache).articles}
    assert titles == {"A title from another version"}  # proof the index is what is read


def test_an_entry_of_another_shape_reads_the_file(tmp_path):
    folder, cache = _library(tmp_path), tmp_path / "cache"
    load_library([folder], index_dir=cache)
    (index_file,) = cache.joinpath(FOLDER).iterdir()
    data = json.loads(index_file.read_bytes())
    for entry in data["files"].values():
        entry[1] = [[5, None]]
    index_file.write_text(json.dumps(data), encoding="utf-8")
    assert _shown(load_library([folder], index_dir=cache)) == _shown(load_library([folder]))


def test_a_body_whose_file_changed_since_the_start_says_so_and_is_never_cached(
    tmp_path, seed_parses
):
    folder, cache_dir = _library(tmp_path), tmp_path / "cache"
    load_library([folder], index_dir=cache_dir)
    library = load_library([folder], index_dir=cache_dir)
    note = next(a for a in library.articles if a.title == "A note")
    (folder / "note.md").write_text("---\ntitle: A note\n---\n\nOther words.", encoding="utf-8")
    assert note.body == BODY_GONE and note.stale
    analyzer = Analyzer(Cache(cache_dir))
    (analysis,) = analyzer.analyze([note])
    assert analysis.article.id == note.id
    assert analyzer.cached(note) is None  # the notice's analysis was not stored as the note's


def test_a_second_start_gives_every_kind_of_file_the_bodies_a_first_reading_gives(tmp_path):
    """The index keeps where a body's bytes are in its file; files whose body is not
    their bytes as they are (line endings, encodings, escapes, markup) read the same."""
    folder, cache = _library(tmp_path), tmp_path / "cache"
    (folder / "crlf.txt").write_bytes(b"Line endings\r\n\r\nWritten on\r\nanother system.")
    (folder / "latin.txt").write_bytes(
        "Caf\u00e9 prices\n\nThe caf\u00e9 r\u00e9opens.".encode("latin-1")
    )
    (folder / "bom.md").write_bytes(
        b"\xef\xbb\xbf---\ntitle: With a mark\n---\n\nBody after a BOM."
    )
    (folder / "nfd.txt").write_text(
        "Decomposed\n\nCafe\u0301 and tabs\there.  \n", encoding="utf-8"
    )
    (folder / "page.html").write_text(
        "<html><title>A page</title><body><p>Its &amp; words.</p></body></html>", encoding="utf-8"
    )
    first = _shown(load_library([folder], index_dir=cache))
    assert (
        _shown(load_library([folder], index_dir=cache)) == first == _shown(load_library([folder]))
    )


def test_a_body_whose_file_grew_since_the_start_is_not_served_from_where_it_was(tmp_path):
    folder, cache = _library(tmp_path), tmp_path / "cache"
    load_library([folder], index_dir=cache)
    note = next(a for a in load_library([folder], index_dir=cache).articles if a.title == "A note")
    with open(folder / "note.md", "a", encoding="utf-8") as f:
        f.write(" And words added after it.")
    assert note.body == BODY_GONE  # the file's article is another now, as a new start says
    (now,) = [a for a in load_library([folder], index_dir=cache).articles if a.title == "A note"]
    assert now.body == "The note's own words. And words added after it."


def test_an_unread_article_pickles_with_its_body_and_equals_the_one_read(tmp_path):
    folder, cache = _library(tmp_path), tmp_path / "cache"
    load_library([folder], index_dir=cache)
    unread = {a.id: a for a in load_library([folder], index_dir=cache).articles}
    read = {a.id: a for a in load_library([folder]).articles}
    assert unread == read and hash(next(iter(unread.values()))) == hash(read[next(iter(unread))])
    copy = pickle.loads(pickle.dumps(next(iter(unread.values()))))
    assert copy.body_read and copy.body == read[copy.id].body


# -- the commands and the reader, over two starts ------------------------------------


@pytest.fixture(scope="module")
def warm_settings(tmp_path_factory):
    """Settings whose cache holds the analyses of the library's texts (the seeds under
    titles of their own, and the other files), so the commands need no model."""
    root = tmp_path_factory.mktemp("index-cache")
    folder = _library(root)
    settings = replace(load_settings(), cache_dir=root / "cache")
    analyzer = Analyzer.from_settings(settings, Cache(settings.cache_dir))
    analyzer.analyze(load_library([folder]).articles)
    _change(folder)
    analyzer.analyze(load_library([folder]).articles)
    return settings


def _copy_cache(source: Path, target: Path) -> None:
    """The analyses of the cache in `source`, in a cache of its own in `target`."""
    target.mkdir(parents=True, exist_ok=True)
    with (
        sqlite3.connect(source / "cache.sqlite3") as a,
        sqlite3.connect(target / "cache.sqlite3") as b,
    ):
        a.backup(b)


def test_analyze_json_and_the_brief_show_the_files_as_they_are_now(tmp_path, warm_settings):
    folder = _library(tmp_path)
    _copy_cache(warm_settings.cache_dir, tmp_path / "cache")
    env = {"BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    first = run_briefing("analyze", "--json", str(folder), env=env)
    assert first.returncode == 0, first.stderr
    _change(folder)
    second = run_briefing("analyze", "--json", str(folder), env=env)
    assert second.returncode == 0, second.stderr
    shown = {
        a["title"]: (Path(a["path"]).name, a["body"]) for a in json.loads(second.stdout)["articles"]
    }
    assert shown["The note, edited"] == ("note.md", "Words written since.")
    assert shown["Seed two"] == ("renamed.txt", _seed(1).strip())
    assert shown["Added later"] == ("added.txt", "A file that came after.")
    assert "Feed first" not in shown and "A note" not in shown
    brief = run_briefing("brief", "--all", "--format", "text", str(folder), env=env)
    assert brief.returncode == 0, brief.stderr
    assert "THE NOTE, EDITED" in brief.stdout and "Words written since." in brief.stdout
    assert "FEED FIRST" not in brief.stdout.upper() and "THE NOTE'S OWN" not in brief.stdout.upper()


def test_the_reader_shows_the_files_as_they_are_now(tmp_path, warm_settings):
    from briefing.state import ReaderState
    from briefing.tui.app import BriefingApp

    folder = _library(tmp_path)
    settings = replace(warm_settings, cache_dir=tmp_path / "cache")
    _copy_cache(warm_settings.cache_dir, settings.cache_dir)

    async def screen() -> str:
        library = load_library([folder], index_dir=settings.cache_dir)
        app = BriefingApp(library, settings, state=ReaderState(tmp_path / "state"))
        async with app.run_test(size=(140, 50)) as pilot:
            await pilot.pause()
            titles = [a.title for a in app.reader.shown_articles]
            note = titles.index(next(t for t in titles if "note" in t))
            for _ in range(note):
                await pilot.press("down")
            await pilot.pause()
            return screen_text(app)

    before = asyncio.run(screen())
    assert "A note" in before and "Feed first" in before and "own words" in before
    _change(folder)
    after = asyncio.run(screen())
    assert "The note, edited" in after and "Words written since" in after
    assert "Feed first" not in after and "Added later" in after


def test_an_index_folder_that_cannot_be_written_only_costs_the_shortcut(tmp_path):
    folder = _library(tmp_path)
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be", encoding="utf-8")
    for _ in range(2):
        library = load_library([folder], index_dir=not_a_folder)
        assert _shown(library) == _shown(load_library([folder]))


@pytest.mark.skipif(not hasattr(__import__("time"), "tzset"), reason="needs time.tzset")
def test_another_time_zone_reads_dates_again(tmp_path, monkeypatch):
    import time

    folder, cache = _library(tmp_path), tmp_path / "cache"
    dates = {}
    for zone in ("UTC", "Asia/Tokyo"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        dates[zone] = {
            a.title: a.date.isoformat() for a in load_library([folder], index_dir=cache).articles
        }
        assert dates[zone] == {a.title: a.date.isoformat() for a in load_library([folder]).articles}
    monkeypatch.delenv("TZ")
    time.tzset()
    assert dates["UTC"]["A note"] != dates["Asia/Tokyo"]["A note"]
