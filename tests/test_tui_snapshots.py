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

    def reader(theme: str) -> BriefingApp:
        return BriefingApp(library, replace(settings, theme=theme), state=ReaderState(tmp_path))

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
def test_brief_screen(snap_compare, make, size, theme):
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
