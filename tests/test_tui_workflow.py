"""The morning workflow: open or copy an article's web page, unread first (counts, next
unread, all read and undo, unread only, starred only), reading keys in the body and a
full-width reading mode, and finding words in the article. Each key is in the help and
the palette and still works when remapped."""

from __future__ import annotations

import asyncio
import webbrowser
from dataclasses import replace

import pytest
from tui_support import folded, make_app, screen_text, warm_settings, widget_lines

from briefing.analysis.pipeline import Analyzer
from briefing.library import load_library

URL = "https://example.org/news/rates-rise"
BODY = " ".join(f"Paragraph {n} says the bank raised rates again." for n in range(60))


def body(name: str) -> str:
    """A long body of its own (three copies of BODY would be one story, shown once)."""
    return " ".join(f"Paragraph {n} says {name.lower()} again and again." for n in range(60))


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Settings whose cache already holds the seeds' analyses."""
    return warm_settings(tmp_path_factory)


class Unanalysed(Analyzer):
    """An analyzer with nothing cached and nothing to add: the articles show their text."""

    def cached(self, article, options=None):
        return None

    def cached_many(self, articles, options=None):
        return {}

    def analyze(self, articles, options=None, **kwargs):
        return []


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for day, name, url in (
        (13, "Rates rise", URL),
        (12, "Storm nears", URL + "-2"),
        (11, "No link", None),
    ):
        meta = f"title: {name}\ndate: 2025-10-{day}\n" + (f"url: {url}\n" if url else "")
        (folder / f"{day}.md").write_text(
            f"---\n{meta}---\n{name}. {body(name)}\n", encoding="utf-8"
        )
    return load_library([folder])


def reader(settings, tmp_path, library):
    from briefing.state import ReaderState
    from briefing.tui.app import BriefingApp

    analyzer = Unanalysed.from_settings(settings)
    app = BriefingApp(library, settings, analyzer=analyzer, state=ReaderState(tmp_path / "state"))
    app.READ_AFTER = 3600.0  # the counts these tests read are the keys' marks alone: on a
    return app  # slow machine the open article was also read two seconds on


def _header(app) -> str:
    return folded(" ".join(widget_lines(app, "#list-pane", border=True)[:2]))


def _title_bar(app) -> str:
    return screen_text(app).splitlines()[0]


def test_o_opens_the_page_in_browser_and_y_copies_it(warm, news, tmp_path, monkeypatch):
    opened = tmp_path / "opened.txt"
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\necho "$1" >> {opened}\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("BROWSER", f"{script} %s")
    monkeypatch.setattr(webbrowser, "_tryorder", None)  # read $BROWSER again
    monkeypatch.setattr(webbrowser, "_browsers", {})

    async def check():
        app = reader(warm, tmp_path, news)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause()
            assert URL in " ".join(widget_lines(app, "#title"))  # on the title line
            await pilot.press("o")
            await pilot.pause()
            assert opened.read_text(encoding="utf-8").split() == [URL]
            await pilot.press("y")
            await pilot.pause()
            assert app.clipboard == URL
            assert f"copied {URL}" in screen_text(app)
            app.clear_notifications()
            await pilot.press("G", "o")  # the article without a web address says so
            await pilot.pause()
            assert "this article has no web address" in screen_text(app)
            assert opened.read_text(encoding="utf-8").split() == [URL]

    asyncio.run(check())


def test_a_background_browser_that_exits_at_once_has_opened_the_page(
    warm, news, tmp_path, monkeypatch
):
    """xdg-open and "firefox %s &" hand the page over and exit at once; that is no
    failure to open it."""
    monkeypatch.setenv("BROWSER", "true %s &")
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})
    started = []

    def exited_at_once(self, url, new=0, autoraise=True):
        started.append(url)
        return False  # what webbrowser says once the launcher has exited, as "true" has

    monkeypatch.setattr(webbrowser.BackgroundBrowser, "open", exited_at_once)

    async def check():
        app = reader(warm, tmp_path, news)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause()
            await pilot.press("o")
            await pilot.pause(0.2)
            shown = screen_text(app)
            assert started == [URL]
            assert f"opened {URL}" in shown
            assert "did not open" not in shown

    asyncio.run(check())


def test_a_passing_notice_replaces_the_one_before_and_a_warning_stays(
    warm, news, tmp_path, monkeypatch
):
    """Pressing `y` again and again shows one "copied" notice, not a pile of them that
    then vanish one by one; a warning is not replaced by a passing notice."""

    async def check():
        app = reader(warm, tmp_path, news)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause(0.3)
            await pilot.press("y", "y", "y")
            await pilot.pause(0.3)
            assert screen_text(app).count(f"copied {URL}") == 1
            app.notify("the feed could not be read", severity="warning")
            await pilot.press("y")
            await pilot.pause(0.3)
            shown = screen_text(app)
            assert "the feed could not be read" in shown
            assert shown.count(f"copied {URL}") == 1

    asyncio.run(check())


def test_unread_counts_next_unread_all_read_and_undo(warm, news, tmp_path):
    async def check():
        app = reader(warm, tmp_path, news)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause()
            assert "3 articles · 3 unread" in _header(app)
            assert "3 unread" in _title_bar(app)
            await pilot.press("r")  # Rates rise: read
            await pilot.pause()
            assert "3 articles · 2 unread" in _header(app)
            assert "2 unread" in _title_bar(app)
            await pilot.press("N")
            await pilot.pause()
            assert app.reader.article.title == "Storm nears"
            await pilot.press("r", "N")
            await pilot.pause()
            assert app.reader.article.title == "No link"
            await pilot.press("r", "N")
            await pilot.pause()
            assert "no unread articles in the list" in screen_text(app)
            await pilot.press("g", "r", "A")  # Rates rise unread again, then all read
            await pilot.pause()
            assert "3 articles · 0 unread" in _header(app)
            assert "1 marked read (u undoes)" in screen_text(app)
            await pilot.press("u")
            await pilot.pause()
            assert "3 articles · 1 unread" in _header(app)
            assert "●" in " ".join(widget_lines(app, "#articles")[:2])  # its row shows it

    asyncio.run(check())


def test_an_article_is_read_after_one_look_of_a_moment_not_two_short_ones(warm, news, tmp_path):
    """The second article, a look at the third, and back: the moment counts from the
    return (the first look's count had marked it read a moment after the first look)."""

    async def check():
        app = reader(warm, tmp_path, news)
        app.READ_AFTER = 1.0
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("j")  # the second article: its first look
            await asyncio.sleep(0.6)
            await pilot.press("j", "k")  # a glance at the third, back 0.6 s after the first look
            await asyncio.sleep(0.65)  # 1.25 s after the first look, 0.65 after the return
            await pilot.pause()
            assert "3 articles · 3 unread" in _header(app)
            await asyncio.sleep(0.8)  # more than a moment since the return
            await pilot.pause()
            assert "3 articles · 2 unread" in _header(app)

    asyncio.run(check())


def test_unread_only_and_starred_only(warm, news, tmp_path):
    async def check():
        app = reader(warm, tmp_path, news)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("r", "H")  # the read one folds away
            await pilot.pause()
            listed = " ".join(widget_lines(app, "#articles"))
            assert "Rates rise" not in listed and "Storm nears" in listed
            assert "2 of 3 · 2 unread" in _header(app) and "unread (esc clears)" in _header(app)
            await pilot.press("H")
            await pilot.pause()
            assert "Rates rise" in " ".join(widget_lines(app, "#articles"))
            assert app.reader.article.title == "Storm nears"  # the article in view stays in view
            await pilot.press("s", "S")  # Storm nears starred: only it
            await pilot.pause()
            listed = " ".join(widget_lines(app, "#articles"))
            assert "Storm nears" in listed and "No link" not in listed
            assert "starred" in _header(app)
            await pilot.press("S")
            await pilot.pause()
            assert "No link" in " ".join(widget_lines(app, "#articles"))

    asyncio.run(check())


def test_space_page_keys_and_g_G_read_the_body(warm, news, tmp_path):
    async def check():
        app = reader(warm, tmp_path, news)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            body = app.query_one("#body")
            assert app.focused.id == "articles"
            await pilot.press("space")  # from the list: the article reads on
            await pilot.pause()
            page = body.scroll_y
            assert page >= body.scrollable_content_region.height - 2
            assert app.focused.id == "articles"
            body.focus()
            await pilot.press("pagedown")
            await pilot.pause()
            assert body.scroll_y > page
            await pilot.press("pageup")
            await pilot.pause()
            assert body.scroll_y == page
            await pilot.press("G")
            await pilot.pause()
            assert body.scroll_y == body.max_scroll_y
            await pilot.press("g")
            await pilot.pause()
            assert body.scroll_y == 0

    asyncio.run(check())


def test_reading_mode_folds_the_list_and_sidebar_away_and_n_p_still_work(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            narrow = app.query_one("#body").size.width
            await pilot.press("z")
            await pilot.pause()
            assert not app.query_one("#list-pane").display
            assert not app.query_one("#sidebar").display
            assert app.query_one("#body").size.width > narrow + 20
            assert app.focused.id == "body"
            await pilot.press("n", "n")
            await pilot.pause()
            assert app.reader.current_sentence == 1
            second = app.reader.current_analysis.summary[1]
            assert folded(second.text)[:30] in folded(" ".join(widget_lines(app, "#body")))
            await pilot.press("z")
            await pilot.pause()
            assert app.query_one("#list-pane").display and app.query_one("#sidebar").display

    asyncio.run(check())


def _marked(app) -> list[str]:
    """The text drawn on the find's background in the body's visible rows."""
    body = app.query_one("#body")
    warning = app.spec.colors["warning"].lower()
    accent = app.spec.colors["accent"].lower()
    out = []
    for y in range(body.scrollable_content_region.height):
        for segment in body.render_line(y):
            bg = segment.style.bgcolor if segment.style else None
            if bg is not None and bg.triplet and bg.triplet.hex.lower() in (warning, accent):
                out.append(segment.text)
    return out


def test_find_in_the_article_marks_every_match_and_steps_through_them(warm, news, tmp_path):
    async def check():
        app = reader(warm, tmp_path, news)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await pilot.press("F", *"paragraph 4", "enter")  # 4, 40…49: 11 matches
            await pilot.pause()
            rule = widget_lines(app, "#body", border=True)[0]
            assert "“paragraph 4” 1 of 11" in rule
            assert {m.lower() for m in _marked(app)} == {"paragraph 4"}
            await pilot.press("full_stop")
            await pilot.pause()
            assert "2 of 11" in widget_lines(app, "#body", border=True)[0]
            top = app.query_one("#body").scroll_y
            assert top > 0  # the 2nd match (paragraph 40) is further down
            await pilot.press("comma", "comma")
            await pilot.pause()
            assert "11 of 11" in widget_lines(app, "#body", border=True)[0]
            await pilot.press("escape")
            await pilot.pause()
            assert _marked(app) == []
            assert "of 11" not in widget_lines(app, "#body", border=True)[0]

    asyncio.run(check())


def test_the_workflow_keys_are_in_the_help_and_the_palette_and_survive_a_remap(
    warm, news, tmp_path
):
    async def check():
        settings = replace(warm, keys={"next_unread": "x", "copy_url": "c"})
        app = reader(settings, tmp_path, news)
        async with app.run_test(size=(120, 80)) as pilot:
            await pilot.pause()
            titles = {c.title for c in app.get_system_commands(app.screen)}
            assert {"Open", "Copy URL", "Next unread", "All read", "Undo", "Unread only",
                    "Starred only", "Read on", "Reading mode", "Find", "Next match"} <= titles  # fmt: skip
            await pilot.press("r", "x")  # the remapped next unread
            await pilot.pause()
            assert app.reader.article.title == "Storm nears"
            await pilot.press("c")
            await pilot.pause()
            assert app.clipboard == URL + "-2"
            await pilot.press("question_mark")
            await pilot.pause()
            shown = widget_lines(app, "#help")
            rows = {line.split()[0]: line for line in shown if line.split()}
            assert "next unread" in rows["x"] and "copy" in rows["c"]
            for does in ("web page", "a page down in the article", "whole width", "find words",
                         "mark every article", "undo the last A", "hide the read", "only the starred"):  # fmt: skip
                assert any(does in line for line in shown), does

    asyncio.run(check())
