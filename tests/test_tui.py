"""The reader, driven with Textual's Pilot: summary navigation, length, and a warm start."""

from __future__ import annotations

import asyncio
import functools
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from tui_support import reader_whose_analysis_fails, screen_text, widget_lines

from briefing.analysis.pipeline import Analyzer
from briefing.cache import Cache
from briefing.config import load_settings
from briefing.library import load_library

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Settings whose cache already holds the seeds' analyses."""
    cache = tmp_path_factory.mktemp("tui-cache")
    settings = replace(load_settings(), cache_dir=cache)
    Analyzer.from_settings(settings, Cache(cache)).analyze(load_library(None).articles)
    return settings


def run_async(test):
    """Run an async test body with asyncio (pytest-asyncio is not a dependency)."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        asyncio.run(test(*args, **kwargs))

    return run


def make_app(settings, state_dir=None):
    """The reader on the bundled seeds; read/star state in `state_dir` when given."""
    from briefing.state import ReaderState
    from briefing.tui.app import BriefingApp

    state = ReaderState(state_dir) if state_dir is not None else None
    return BriefingApp(load_library(None), settings, state=state)


def _visible_sentence(app) -> tuple[int, int] | None:
    """The (start, end) of the body span drawn in reverse video (the current sentence)."""
    text = app.query_one("#body").content
    return next(
        ((sp.start, sp.end) for sp in text.spans if getattr(sp.style, "reverse", False)), None
    )


def _on_screen(app) -> str:
    """The body's text as drawn in its visible rows, white space folded."""
    body = app.query_one("#body")
    rows = body.scrollable_content_region.height
    drawn = ("".join(segment.text for segment in body.render_line(y)) for y in range(rows))
    return " ".join(" ".join(drawn).split())


@run_async
async def test_n_and_p_move_the_highlight_and_scroll_the_body_to_the_sentence(warm):
    app = make_app(warm)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        analysis = app.reader.analyses[app.reader.article.id]
        await pilot.press("n")
        assert app.reader.current_sentence == 0
        await pilot.press("n", "n")
        assert app.reader.current_sentence == 2
        await pilot.pause()
        third = analysis.summary[2]
        assert third.start > 300  # far enough down that the body had to move
        assert _visible_sentence(app) == (third.start, third.end)
        scroller = app.query_one("#body")
        assert scroller.scroll_y > 0
        assert " ".join(third.text.split())[:40] in _on_screen(app)
        await pilot.press("p")
        await pilot.pause()
        assert app.reader.current_sentence == 1
        second = analysis.summary[1]
        assert _visible_sentence(app) == (second.start, second.end)
        assert " ".join(second.text.split())[:40] in _on_screen(app)


@run_async
async def test_plus_and_minus_change_the_summary_length(warm):
    app = make_app(warm)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert len(app.reader.analyses[app.reader.article.id].summary) == 3
        await pilot.press("plus")
        await _summarised(app, pilot)
        assert len(app.reader.analyses[app.reader.article.id].summary) == 4
        await pilot.press("minus", "minus")
        await _summarised(app, pilot)
        assert len(app.reader.analyses[app.reader.article.id].summary) == 2


async def _summarised(app, pilot) -> None:
    """The summary a key asked for is made in a worker: wait for it to be drawn."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


@run_async
async def test_plus_marks_the_summary_busy_at_once_and_draws_the_longer_one_from_a_worker(
    warm, tmp_path
):
    import threading

    app = make_app(warm, tmp_path)
    gate = threading.Event()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        real = app.analyzer.cached

        def slow(article, options=None):
            gate.wait(10)  # the summary takes its time
            return real(article, options)

        app.analyzer.cached = slow  # type: ignore[method-assign]
        await pilot.press("plus")
        await pilot.pause()
        rule = " ".join(widget_lines(app, "#summary", border=True)[:1])
        assert "4 sentences · summarising…" in rule  # drawn while the worker waits
        assert widget_lines(app, "#summary")[0].startswith("1. ")  # the old one meanwhile
        gate.set()
        await _summarised(app, pilot)
        rule = " ".join(widget_lines(app, "#summary", border=True)[:1])
        assert "Summary · briefing · 4 sentences" in rule and "summarising" not in rule


@run_async
async def test_plus_on_a_whole_article_summary_keeps_the_whole_article(warm):
    from briefing.analysis.options import Length

    app = make_app(replace(warm, length=Length.parse("100%")))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        whole = len(app.reader.current_analysis.summary)
        await pilot.press("plus", "plus")
        await pilot.pause()
        assert len(app.reader.current_analysis.summary) == whole  # no "110%", no crash
        await pilot.press("minus")
        await pilot.pause()
        assert len(app.reader.current_analysis.summary) < whole


@run_async
async def test_article_markup_is_shown_literally(tmp_path):
    article = tmp_path / "markup.txt"
    article.write_text(
        "Markup\n\nThe [bold]vote[/bold] passed [link=x]today[/]. \x1b[31mRed\x1b[0m.",
        encoding="utf-8",
    )
    from briefing.tui.app import BriefingApp

    settings = replace(load_settings(), cache_dir=tmp_path / "cache")
    app = BriefingApp(load_library([article]), settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        body = app.query_one("#body")
        assert "[bold]vote[/bold]" in body.content.plain
        assert "\x1b" not in body.content.plain
        assert "[bold]vote[/bold]" in "".join(
            segment.text for y in range(3) for segment in body.render_line(y)
        )


def test_a_warm_start_of_the_reader_does_not_import_spacy(warm):
    probe = (
        "import sys, asyncio\n"
        "from briefing.config import load_settings\n"
        "from briefing.library import load_library\n"
        "from briefing.tui.app import BriefingApp\n"
        "async def main():\n"
        "    app = BriefingApp(load_library(None), load_settings())\n"
        "    async with app.run_test() as pilot:\n"
        "        await pilot.pause()\n"
        "        assert app.reader.analyses, 'nothing loaded from the cache'\n"
        "asyncio.run(main())\n"
        "print('spacy' in sys.modules)\n"
    )
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(warm.cache_dir)}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


@run_async
async def test_read_and_star_persist_across_two_runs(warm, tmp_path):
    first = make_app(warm, tmp_path)
    async with first.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        article_id = first.reader.article.id
        await pilot.press("s", "r")
    second = make_app(warm, tmp_path)
    async with second.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert article_id in second.reader.starred
        assert article_id in second.reader.read


@run_async
async def test_search_filters_the_list_and_escape_clears_it(warm, tmp_path):
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"Tsahkna", "enter")
        await pilot.pause()
        assert len(app.reader.shown_articles) == 1
        assert "Tsahkna" in app.reader.shown_articles[0].body
        await pilot.press("escape")
        assert len(app.reader.shown_articles) == 2


@run_async
async def test_help_lists_the_keys(warm, tmp_path):
    from briefing.tui.screens import HelpScreen

    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@run_async
async def test_enter_on_a_figure_scrolls_the_body_to_it_and_b_shows_the_brief(warm, tmp_path):
    from briefing.tui.screens import BriefScreen

    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        longest = max(
            range(len(app.reader.shown_articles)),
            key=lambda i: len(app.reader.shown_articles[i].body),
        )
        app.query_one("#articles").highlighted = longest  # key figures sit far down its body
        await pilot.pause()
        analysis = app.reader.analyses[app.reader.article.id]
        sidebar = app.query_one("#sidebar")
        sidebar.focus()
        sidebar.highlighted = 1  # the first figure (row 0 is the heading)
        await pilot.press("enter")
        await pilot.pause()
        assert analysis.figures[0].start > 2000
        assert app.query_one("#body").scroll_y > 10
        await pilot.press("b")
        assert isinstance(app.screen, BriefScreen)  # at once, with its progress
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Daily brief" in screen_text(app)


def test_a_broken_theme_file_is_one_notification_and_the_app_still_works(
    warm, isolated_user_dirs, tmp_path
):
    folder = isolated_user_dirs / "data" / "briefing" / "themes"
    folder.mkdir(parents=True)
    (folder / "bad.yaml").write_text("name: bad\ncolors: [1, 2\n")
    asyncio.run(_broken_theme(warm, tmp_path))


async def _broken_theme(warm, tmp_path):
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert sum("bad.yaml" in m for m in messages) == 1
        await pilot.press("n")
        assert app.reader.current_sentence == 0


@run_async
async def test_a_cycles_the_summariser_e_toggles_entities_t_picks_a_theme(warm, tmp_path):
    from briefing.tui.screens import ThemeScreen

    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first_algorithm, first_theme = app.reader.options.algorithm, app.theme
        await pilot.press("a")
        await _summarised(app, pilot)
        assert app.reader.options.algorithm != first_algorithm
        assert app.reader.analyses[app.reader.article.id].algorithm == app.reader.options.algorithm
        await pilot.press("e")
        assert app.reader.show_entities is False
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, ThemeScreen)
        await pilot.press("j")  # moving previews the next theme at once
        await pilot.pause()
        previewed = app.theme
        assert previewed != first_theme
        await pilot.press("escape")  # ... and escape goes back
        await pilot.pause()
        assert app.theme == first_theme
        await pilot.press("t", "j", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, ThemeScreen)
        assert app.theme == previewed
    again = make_app(warm, tmp_path)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert again.theme == app.theme  # the chosen theme persists


@run_async
async def test_starring_shows_the_star_in_the_list_at_once(warm, tmp_path):
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "★" not in app.export_screenshot()
        await pilot.press("s")
        await pilot.pause()
        assert "★" in app.export_screenshot()


def _coloured_spans(app) -> set[tuple[int, int]]:
    """The (start, end) of every span of the body given a foreground colour."""
    text = app.query_one("#body").content  # the rich Text the body was given
    return {
        (span.start, span.end)
        for span in text.spans
        if getattr(span.style, "color", None) is not None
    }


@run_async
async def test_shift_e_picks_which_entity_types_are_coloured_and_it_persists(warm, tmp_path):
    from briefing.tui.screens import EntityTypesScreen

    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        mentions = app.reader.analyses[app.reader.article.id].entities.mentions
        people = {(m.start, m.end) for m in mentions if m.label == "PERSON"}
        places = {(m.start, m.end) for m in mentions if m.label == "GPE"}
        assert people & _coloured_spans(app)
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, EntityTypesScreen)
        await pilot.press("space")  # PERSON is the first type: off
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert "PERSON" not in app.reader.entity_types
        assert not people & _coloured_spans(app)
        assert places & _coloured_spans(app)  # places still are
    again = make_app(warm, tmp_path)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "PERSON" not in again.reader.entity_types


@run_async
async def test_j_k_move_through_the_list_and_stop_at_its_ends(warm, tmp_path):
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = app.reader.article
        await pilot.press("k")  # already at the top: stays
        assert app.reader.article == first
        await pilot.press("j")
        await pilot.pause()
        second = app.reader.article
        assert second != first
        assert app.reader.current_analysis.article == second  # the centre shows the new article
        assert second.title.split()[0] in " ".join(widget_lines(app, "#title"))
        await pilot.press("j")  # the last article: does not wrap to the top
        assert app.reader.article == second
        await pilot.press("down", "up")
        assert app.reader.article == first


@run_async
async def test_tab_cycles_the_panes_and_enter_opens_the_article(warm, tmp_path):
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.focused.id == "articles"
        await pilot.press("enter")
        assert app.focused.id == "summary"
        await pilot.press("tab")
        assert app.focused.id != "summary"
        await pilot.press("shift+tab")
        assert app.focused.id == "summary"
        await pilot.press("j", "enter")  # enter on a summary sentence jumps to it
        await pilot.pause()
        assert app.reader.current_sentence == 1
        await pilot.press("right_square_bracket")
        assert app.reader.current_sentence == 2
        await pilot.press("left_square_bracket")
        assert app.reader.current_sentence == 1
        app.query_one("#body").focus()
        top = app.query_one("#body").scroll_y
        await pilot.press("j", "j", "j")  # j/k scroll the body when it has the focus
        await pilot.pause()
        assert app.query_one("#body").scroll_y == top + 3


@run_async
async def test_unreadable_files_are_listed_with_the_reason(warm, tmp_path):
    from briefing.tui.app import BriefingApp

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text("Good news\n\nThe vote passed on Monday.", encoding="utf-8")
    (folder / "broken.json").write_text('{"title": [oops', encoding="utf-8")
    app = BriefingApp(load_library([folder]), warm)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        rows = app.query_one("#articles")
        last = rows.get_option_at_index(rows.option_count - 1)
        assert "broken.json" in last.prompt.plain
        assert "not valid JSON" in last.prompt.plain
        assert "broken.json" in app.export_screenshot()
        assert any("could not be read" in n.message for n in app._notifications)
        await pilot.press("j")  # the broken file cannot be selected
        assert app.reader.article.title == "Good news"


@run_async
async def test_an_empty_library_says_how_to_add_articles(tmp_path):
    from briefing.tui.app import BriefingApp

    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "bad.json").write_text("{not json", encoding="utf-8")
    settings = replace(load_settings(), cache_dir=tmp_path / "cache")
    app = BriefingApp(load_library([folder]), settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        empty = app.query_one("#empty")
        assert empty.display
        assert "No articles yet" in empty.content.plain
        assert "bad.json" in empty.content.plain
        await pilot.press("n", "j", "question_mark")  # keys do nothing harmful
        await pilot.pause()


@run_async
async def test_narrow_and_tiny_terminals_fold_the_sidebar_and_the_list(warm, tmp_path):
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.query_one("#sidebar").display
        await pilot.press("i")
        await pilot.pause()
        assert app.query_one("#sidebar").display
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(50, 24)) as pilot:
        await pilot.pause()
        assert not app.query_one("#list-pane").display
        await pilot.press("l")
        await pilot.pause()
        assert app.query_one("#list-pane").display
        assert not app.query_one("#centre").display
        app.query_one("#articles").focus()
        await pilot.press("j", "enter")  # opening an article shows it in place of the list
        await pilot.pause()
        assert not app.query_one("#list-pane").display
        assert app.query_one("#centre").display


@run_async
async def test_keys_can_be_remapped_in_the_config(warm, tmp_path):
    settings = replace(warm, keys={"next_sentence": "x"})
    app = make_app(settings, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("x")
        assert app.reader.current_sentence == 0
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


@run_async
async def test_an_article_shown_for_a_moment_becomes_read(warm, tmp_path):
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("j")
        shown = app.reader.article.id
        assert shown not in app.reader.read
        await pilot.pause(2.3)
        assert shown in app.reader.read


@run_async
async def test_the_command_palette_runs_reader_actions(warm, tmp_path):
    from textual.command import CommandPalette

    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Next", "Summariser", "Entity types", "Theme", "Brief", "Quit"} <= set(titles)
        assert titles.count("Theme") == 1  # ours, not Textual's own picker as well
        first = app.reader.options.algorithm
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Summariser")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.reader.options.algorithm != first


@run_async
async def test_an_analysis_that_fails_is_one_notification_and_the_reader_goes_on(tmp_path):
    app = reader_whose_analysis_fails(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()  # the worker starts once the first frame is out
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("could not analyse" in m and "the model fell over" in m for m in messages)
        assert "raised rates" in app.query_one("#body").content.plain
        await pilot.press("n", "j", "plus")  # nothing to navigate, nothing breaks
        assert app.is_running


@run_async
async def test_quitting_right_after_moving_closes_cleanly(warm, tmp_path):
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for _ in range(3):
            await pilot.press("j", "k")
        await pilot.press("q")
    assert app.return_code == 0  # run_test re-raises anything a pending timer raised


def test_a_cold_start_analyses_in_a_child_process_and_never_imports_spacy(tmp_path):
    """The reader's process stays free of spaCy even on a cold start: a child process
    parses and fills the shared cache, and the articles fill in from there."""
    article = tmp_path / "news" / "rates.txt"
    article.parent.mkdir()
    article.write_text(
        "Rates rise\n\nThe Bank of England raised rates by 0.5 points on Thursday. "
        "Governor Andrew Bailey said inflation was still too high.",
        encoding="utf-8",
    )
    probe = (
        "import sys, asyncio\n"
        "from pathlib import Path\n"
        "from briefing.config import load_settings\n"
        "from briefing.library import load_library\n"
        "from briefing.tui.app import BriefingApp\n"
        "async def main():\n"
        f"    app = BriefingApp(load_library([Path({str(article)!r})]), load_settings())\n"
        "    async with app.run_test() as pilot:\n"
        "        for _ in range(600):\n"
        "            await pilot.pause(0.1)\n"
        "            if app.reader.analyses:\n"
        "                break\n"
        "        analysis = next(iter(app.reader.analyses.values()))\n"
        "        print('summary', len(analysis.summary), 'people',\n"
        "              [e.name for e in analysis.entities.people])\n"
        "if __name__ == '__main__':\n"
        "    asyncio.run(main())\n"
        "    print('spacy' in sys.modules)\n"
    )
    script = tmp_path / "probe.py"
    script.write_text(probe, encoding="utf-8")
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.strip().splitlines()
    assert lines[-2].startswith("summary 1") or lines[-2].startswith("summary 2")
    assert "Andrew Bailey" in lines[-2]
    assert lines[-1] == "False"  # spaCy ran in the child, not in the reader


@run_async
async def test_analyses_that_arrive_while_a_dialog_is_open_are_kept(warm, tmp_path):
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")  # before the background worker starts
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("escape")
        assert len(app.reader.analyses) == len(app.library.articles)


@run_async
async def test_b_opens_the_brief_at_once_and_builds_it_without_blocking_the_reader(warm, tmp_path):
    import threading

    from briefing.tui.screens import BriefScreen

    app = make_app(warm, tmp_path)
    gate = threading.Event()
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        real = app.analyzer.cached_many

        def slow(articles, options=None):
            gate.wait(10)  # a large library: the cache takes its time
            return real(articles, options)

        app.analyzer.cached_many = slow  # type: ignore[method-assign]
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, BriefScreen)
        assert "Building the brief of" in str(app.screen.query_one("#brief-status").render())
        assert "Daily brief" not in screen_text(app)  # drawn while the worker waits
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Daily brief" in screen_text(app)
        assert not app.screen.query_one("#brief-progress").display


@run_async
async def test_the_help_scrolls_to_its_last_key_on_a_short_terminal(warm, tmp_path):
    app = make_app(warm, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help")
        assert box.max_scroll_y > 0  # longer than the screen: it must scroll
        for _ in range(box.max_scroll_y):
            await pilot.press("j")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y


@run_async
async def test_a_corrupt_state_file_is_said_once_and_new_marks_persist(warm, tmp_path):
    (tmp_path / "state.sqlite3").write_bytes(b"this is not a database" * 100)
    first = make_app(warm, tmp_path)
    async with first.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        messages = [n.message for n in first._notifications]
        assert sum("state file was corrupt" in m for m in messages) == 1, messages
        article_id = first.reader.article.id
        await pilot.press("s")
    second = make_app(warm, tmp_path)
    async with second.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert article_id in second.reader.starred
