"""Terminal safety: no title, source, file name, entity, theme name or search in the reader
is ever read as markup. A title `[@click=app.quit]x[/]` must show literally (not become a
link that quits) and a `[/]` must not crash any screen or notification."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest
from tui_support import screen_text

from briefing.analysis.model import Entities
from briefing.analysis.pipeline import Analyzer
from briefing.cache import Cache
from briefing.config import load_settings
from briefing.library import load_library

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
QUIT_TITLE = "[@click=app.quit]Quit now[/]"
SOURCE = "[/]Wire [b]"
FAILING_TITLE = "Rates [/] rise [red]"


def hostile_name(name: str) -> str:
    return f"[/]{name}"


def hostile(analysis):
    """The analysis with every entity name and figure context made markup-hostile."""
    entities = analysis.entities
    canonical = tuple(replace(e, name=hostile_name(e.name)) for e in entities.canonical)
    mentions = tuple(replace(m, canonical=hostile_name(m.canonical)) for m in entities.mentions)
    figures = tuple(replace(f, context=f"[@click=app.quit]{f.context}") for f in analysis.figures)
    return replace(analysis, entities=Entities(mentions, canonical), figures=figures)


class HostileAnalyzer(Analyzer):
    """The real cache, with hostile names; analysing anything new fails with a hostile
    message (so the failure notice is tried too)."""

    def cached(self, article, options=None):
        found = super().cached(article, options)
        return None if found is None else hostile(found)

    def cached_many(self, articles, options=None):
        return {k: hostile(v) for k, v in super().cached_many(articles, options).items()}

    def analyze(self, articles, options=None, **kwargs):
        raise RuntimeError("[/] the model [@click=app.quit]fell[/]")


@pytest.fixture(scope="module")
def hostile_library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lib") / "[b]news[i]"
    folder.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[-1].read_text(encoding="utf-8")
    (folder / "[@click=app.quit]one.md").write_text(
        f"---\ntitle: '{QUIT_TITLE}'\nsource: '{SOURCE}'\ndate: 2025-10-13\n---\n{seed}\n\nMarkup [/] here.\n",
        encoding="utf-8",
    )
    (folder / "two[red].md").write_text(
        f"---\ntitle: '{FAILING_TITLE}'\ndate: 2025-10-12\n---\nThe bank raised rates by 0.5 points on Monday.\n",
        encoding="utf-8",
    )
    (folder / "[b]broken[@click=app.quit].json").write_text("{oops", "utf-8")  # unreadable
    cache = tmp_path_factory.mktemp("cache")
    settings = replace(load_settings(), cache_dir=cache)
    library = load_library([folder])
    first = next(a for a in library.articles if a.title == QUIT_TITLE)
    Analyzer.from_settings(settings, Cache(cache)).analyze([first])
    return library, settings


def test_markup_in_titles_entities_sources_files_and_themes_shows_literally(
    hostile_library, isolated_user_dirs, tmp_path
):
    themes = isolated_user_dirs / "data" / "briefing" / "themes"
    themes.mkdir(parents=True)
    dark = (Path(__file__).resolve().parents[1] / "themes" / "briefing-dark.yaml").read_text()
    (themes / "[red]mine.yaml").write_text(
        dark.replace("name: briefing-dark", "name: '[@click=app.quit]mine[/]'"), "utf-8"
    )
    (themes / "[b]bad[@click=app.quit].yaml").write_text("name: bad\ncolors: [1, 2\n", "utf-8")
    asyncio.run(_walk_every_screen(hostile_library, tmp_path))


async def _walk_every_screen(hostile_library, tmp_path):
    from briefing.state import ReaderState
    from briefing.tui.app import BriefingApp

    library, settings = hostile_library
    analyzer = HostileAnalyzer.from_settings(settings)
    app = BriefingApp(library, settings, analyzer=analyzer, state=ReaderState(tmp_path))
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = screen_text(app)
        assert QUIT_TITLE in screen  # the title line
        assert "[b]news[i]" in screen  # the folder's name in the title bar
        assert SOURCE in screen
        assert "[b]broken[@click=app.quit].json" in screen  # the unreadable file's row
        assert "[@click=app.quit]" in screen  # a figure's context
        assert "theme [b]bad[@click=app.quit].yaml" in screen  # the broken theme's notice
        assert "could not analyse Rates [/] rise [red]" in screen
        assert "the model [@click=app.quit]fell[/]" in screen
        app.clear_notifications()
        await pilot.pause()
        assert "[/]Donald Trump" in screen_text(app)  # the sidebar, once no notice covers it

        await pilot.press("f")  # the list's header names the entity
        await pilot.pause()
        assert "[/]U.S. (esc clears)" in screen_text(app)  # the filter line
        await pilot.press("escape", "slash", *"[/]", "enter")
        await pilot.pause()
        assert "“[/]” (esc clears)" in screen_text(app)  # the search, in the filter line
        await pilot.press("escape", "slash", *"[/]nowhere", "enter")
        await pilot.pause()
        assert "no articles match “[/]nowhere”" in screen_text(app)
        app.clear_notifications()

        await pilot.press("t")  # the theme picker lists the user's theme by its name
        await pilot.pause()
        assert "[@click=app.quit]mine[/]" in screen_text(app)
        while app.theme != "[@click=app.quit]mine[/]":
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        assert "theme: [@click=app.quit]mine[/]" in screen_text(app)

        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = screen_text(app)
        assert "n / ]" in help_screen
        assert "p / [" in help_screen
        await pilot.press("escape", "E")
        await pilot.pause()
        await pilot.press("escape", "b")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert QUIT_TITLE in screen_text(app)  # the brief's story headline
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running
    assert app.return_code in (None, 0)
