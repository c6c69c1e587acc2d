"""The reader's look, as SVG snapshots (pytest-textual-snapshot; Textual pinned exactly).

The library is the seeds with a fixed date and a warm cache, so the screen is the same
on every machine and day. Update after an intended change with
`pytest tests/test_tui_snapshots.py --snapshot-update` and look at the report.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from briefing.analysis.pipeline import Analyzer
from briefing.cache import Cache
from briefing.config import load_settings
from briefing.library import load_library

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


class _FixedClock(datetime):
    """The clock the brief reads its date from, stopped on a Tuesday morning, so the
    brief screen's date line is the same on every day the tests run."""

    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return datetime(2026, 12, 1, 9, 0, tzinfo=tz)


@pytest.fixture(scope="module")
def fixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("library") / "news"
    folder.mkdir()
    stamp = datetime(2025, 10, 13, 8, 0).timestamp()
    for seed in SEEDS.glob("*.txt"):
        target = folder / seed.name
        shutil.copyfile(seed, target)
        os.utime(target, (stamp, stamp))
    cache = tmp_path_factory.mktemp("cache")
    settings = replace(load_settings(), cache_dir=cache)
    library = load_library([folder])
    Analyzer.from_settings(settings, Cache(cache)).analyze(library.articles)
    return library, settings


@pytest.fixture
def make(fixed, tmp_path):
    """The reader in a theme, with read/star marks and choices of its own (a shared
    state would carry one test's marks, or an article read after two seconds, into the
    next test's picture)."""
    from briefing.state import ReaderState
    from briefing.tui.app import BriefingApp

    library, settings = fixed

    def reader(theme: str, articles=None) -> BriefingApp:
        app = BriefingApp(
            articles or library, replace(settings, theme=theme), state=ReaderState(tmp_path)
        )
        app.READ_AFTER = 3600.0  # on a slow machine the first article was read before the picture
        return app

    return reader


SIZES = [(120, 40), (80, 24)]
THEMES = ["briefing-dark", "briefing-light"]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_main_screen(snap_compare, make, size, theme):
    assert snap_compare(make(theme), terminal_size=size)


def test_following_the_summary_into_the_body(snap_compare, make):
    assert snap_compare(make("briefing-dark"), press=["n", "n"], terminal_size=(120, 40))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_help_screen(snap_compare, make, size, theme):
    assert snap_compare(make(theme), press=["question_mark"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_entity_type_picker(snap_compare, make, size, theme):
    assert snap_compare(make(theme), press=["E", "space"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_brief_screen(snap_compare, make, size, theme, monkeypatch):
    monkeypatch.setattr("briefing.brief.model.datetime", _FixedClock)  # the brief's date line

    async def open_brief(pilot):
        await pilot.press("b")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make(theme), run_before=open_brief, terminal_size=size)


@pytest.mark.parametrize("theme", THEMES)
def test_sidebar_focused_on_a_figure(snap_compare, make, theme):
    async def focus_sidebar(pilot):
        await pilot.press("j")  # the longer seed, with key figures
        await pilot.app.workers.wait_for_complete()
        pilot.app.query_one("#sidebar").focus()
        await pilot.pause()

    assert snap_compare(make(theme), run_before=focus_sidebar, terminal_size=(120, 40))


STORY = " ".join(
    f"The central bank held its main rate at {n} percent for the third month, saying "
    f"prices in sector {n} rose faster than it had hoped."
    for n in range(12)
)
FEED_ARTICLES = [  # (file, title, source, date, tags, body)
    ("reuters.md", "Bank holds rates for a third month", "Reuters", "2025-10-13", "[economy]", STORY),
    ("bbc.md", "Central bank holds rates again", "BBC", "2025-10-12", "[economy, uk]",
     STORY + " The BBC adds a line."),
    ("ap.md", "Storm hits the coast overnight", "AP", "2025-10-11", "[weather]",
     "A storm hit the coast of Florida overnight, cutting power to 20,000 homes."),
    ("bbc2.md", "City museum reopens after four years", "BBC", "2025-10-10", "[uk, culture]",
     "The city museum opened again on Saturday after a restoration that cost 30 million euros."),
]  # fmt: skip


@pytest.fixture(scope="module")
def feeds_library(fixed, tmp_path_factory):
    """Articles from several sources, one story in two of them, with tags."""
    _, settings = fixed
    folder = tmp_path_factory.mktemp("feeds") / "news"
    folder.mkdir()
    stamp = datetime(2025, 10, 13, 8, 0).timestamp()
    for name, title, source, day, tags, body in FEED_ARTICLES:
        path = folder / name
        path.write_text(
            f"---\ntitle: {title}\nsource: {source}\ndate: {day}\ntags: {tags}\n"
            f"url: https://example.org/{name[:-3]}\n---\n{body}\n",
            encoding="utf-8",
        )
        os.utime(path, (stamp, stamp))
    library = load_library([folder])
    Analyzer.from_settings(settings, Cache(settings.cache_dir)).analyze(library.articles)
    return library


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("theme", THEMES)
def test_grouped_by_source_with_one_row_per_story(snap_compare, make, feeds_library, size, theme):
    """O twice: a heading per source; the story both BBC and Reuters carry is one row
    ("+1"), its title line says "also in: BBC" and shows its tags."""
    app = make(theme, feeds_library)

    async def group(pilot):
        await pilot.pause()  # the panes, then the copies found by their worker
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("O", "O")
        await pilot.pause()

    assert snap_compare(app, run_before=group, terminal_size=size)


def test_the_tag_picker(snap_compare, make, feeds_library):
    app = make("briefing-dark", feeds_library)
    assert snap_compare(app, press=["T"], terminal_size=(80, 24))
