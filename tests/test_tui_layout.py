"""The reader's layout as a person sees it: nothing cut off, the size in use now decides
the layout, titles recognisable in the list, a body wide enough to read, a summary that
holds more than one sentence, and the focus always visible."""

from __future__ import annotations

import asyncio

import pytest
from tui_support import contrast, folded, make_app, warm_settings, widget_lines

from briefing.library import load_library


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Settings whose cache already holds the seeds' analyses."""
    return warm_settings(tmp_path_factory)


def run(test):
    asyncio.run(test)


def test_summary_and_sidebar_show_every_wrapped_line_when_their_scrollbar_shows(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            for _ in app.reader.shown_articles:
                analysis = app.reader.current_analysis
                summary = folded(" ".join(widget_lines(app, "#summary")))
                first = analysis.summary[0]
                assert folded(f"1. {first.text}") in summary
                sidebar = folded(" ".join(widget_lines(app, "#sidebar")))
                for figure in analysis.figures[:2]:
                    if figure.salience > 0 and figure.context:
                        assert folded(f"{figure.text} — {figure.context}") in sidebar
                for person in analysis.entities.people[:3]:
                    assert person.name in sidebar
                await pilot.press("j")
                await pilot.pause()

    run(check())


def test_a_resize_lays_the_reader_out_for_the_new_size(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert app.query_one("#sidebar").display
            await pilot.resize_terminal(80, 24)
            await pilot.pause()
            assert not app.query_one("#sidebar").display
            assert app.query_one("#body").size.width >= 40
            await pilot.resize_terminal(130, 40)
            await pilot.pause()
            assert app.query_one("#sidebar").display
            await pilot.resize_terminal(120, 40)
            await pilot.pause()
            assert app.query_one("#list-pane").display
            assert app.query_one("#sidebar").display
            assert app.query_one("#list-pane").size.width >= 30

    run(check())


def test_two_titles_that_start_alike_can_be_told_apart_in_the_list(warm, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    common = "Ukraine war: Zelensky and Trump discuss"  # 40 characters alike
    for name, end in (("a", "air defence"), ("b", "energy repairs")):
        (folder / f"{name}.md").write_text(
            f"---\ntitle: '{common} {end}'\n---\nThe talks on {end} went on for hours.\n",
            encoding="utf-8",
        )

    async def check(size):
        app = make_app(warm, tmp_path / "state", load_library([folder]))
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            listed = folded(" ".join(widget_lines(app, "#articles")))
            assert "discuss air defence" in listed
            assert "discuss energy" in listed
            assert listed.count("…") <= 2  # each row ends in one ellipsis at most
            rows = [folded(line) for line in widget_lines(app, "#articles")]
            assert rows[0:2] != rows[3:5]  # the two titles differ within what is drawn

    run(check((120, 40)))
    run(check((80, 24)))


def test_the_body_is_wide_enough_to_read(warm, tmp_path):
    async def check(size, least):
        app = make_app(warm, tmp_path)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            body = app.query_one("#body")
            assert body.scrollable_content_region.width >= least, size

    run(check((120, 40), 54))
    run(check((80, 24), 40))
    run(check((60, 20), 54))  # a tiny terminal gives the article the whole width


def test_the_summary_holds_more_than_one_sentence_at_80x24(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            summary = folded(" ".join(widget_lines(app, "#summary")))
            first = app.reader.current_analysis.summary[0]
            assert folded(f"1. {first.text}") in summary
            assert "2. " in summary

    run(check())


def _top_rule(app, selector: str) -> str:
    """The row a pane's top rule is drawn on."""
    return widget_lines(app, selector, border=True)[0]


def test_the_focused_pane_shows_its_focus(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            unfocused = {_top_rule(app, "#body")[-3:]}
            app.query_one("#body").focus()
            await pilot.pause()
            assert {_top_rule(app, "#body")[-3:]} != unfocused
            assert "Article" in _top_rule(app, "#body")

    run(check())


def _row_styles(widget, y: int) -> list:
    return [s.style for s in widget.render_line(y) if s.text.strip() and s.style]


def test_the_sidebar_highlights_a_row_when_it_takes_the_focus_and_it_stays_readable(
    warm,
    tmp_path,
):
    async def check(theme):
        from dataclasses import replace

        app = make_app(replace(warm, theme=theme), tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            longest = max(
                range(len(app.reader.shown_articles)),
                key=lambda i: len(app.reader.shown_articles[i].body),
            )
            app.query_one("#articles").highlighted = longest  # it has key figures
            await pilot.pause()
            sidebar = app.query_one("#sidebar")
            plain = [_row_styles(sidebar, y) for y in range(sidebar.size.height)]
            while app.focused is not sidebar:
                await pilot.press("tab")
            await pilot.pause()
            drawn = [_row_styles(sidebar, y) for y in range(sidebar.size.height)]
            changed = [y for y in range(len(drawn)) if drawn[y] != plain[y]]
            assert changed, "no row is highlighted"
            for y in changed:  # the highlighted figure: every piece readable
                for style in drawn[y]:
                    assert contrast(style.color, style.bgcolor) >= 4.5, (theme, style)

    run(check("briefing-light"))
    run(check("briefing-dark"))


def test_a_summary_sentence_that_ends_a_paragraph_leaves_no_blank_line(warm, tmp_path):
    from dataclasses import replace

    from briefing.analysis.pipeline import Analyzer
    from briefing.state import ReaderState
    from briefing.tui.app import BriefingApp

    class ParagraphEnds(Analyzer):
        """The cache's analyses, each summary sentence ending in its paragraph's break."""

        def cached(self, article, options=None):
            found = super().cached(article, options)
            if found is None:
                return None
            ends = tuple(replace(s, text=s.text + "\n") for s in found.summary)
            return replace(found, summary=ends)

    async def check():
        analyzer = ParagraphEnds.from_settings(warm)
        app = BriefingApp(load_library(None), warm, analyzer=analyzer, state=ReaderState(tmp_path))
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            rows = widget_lines(app, "#summary")
            drawn = [row.strip() for row in rows]
            assert "" not in drawn[: len(drawn) - 1], drawn

    run(check())
