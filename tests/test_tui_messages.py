"""The reader's parts talk in messages: the list says where its cursor went, the summary
and the sidebar say what was chosen, the analysis feed says what arrived. Each test
records the messages that flow (Textual's message hook) and checks what they made the
reader draw."""

from __future__ import annotations

import asyncio

import pytest
from textual import events
from tui_support import folded, make_app, reader_whose_analysis_fails, warm_settings, widget_lines

from briefing.library import load_library
from briefing.tui.analysis_feed import AnalysesArrived, AnalysisFailed
from briefing.tui.widgets.article_list import ArticleList
from briefing.tui.widgets.article_view import Sidebar, SummaryList


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Settings whose cache already holds the seeds' analyses."""
    return warm_settings(tmp_path_factory)


def _once(seen: list, kind: type) -> list:
    """The messages of one kind, each once (the hook sees a message at every node it
    bubbles through)."""
    return list({id(m): m for m in seen if isinstance(m, kind)}.values())


def _title(app) -> str:
    return folded(" ".join(widget_lines(app, "#title")))


def test_j_posts_moved_and_the_centre_draws_the_article_it_names(warm, tmp_path):
    seeds = load_library(None).articles

    async def check():
        app = make_app(warm, tmp_path)
        seen: list = []
        async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
            await pilot.pause()
            assert _title(app).startswith(seeds[0].title)
            seen.clear()
            await pilot.press("j")
            await pilot.pause()
            moved = _once(seen, ArticleList.Moved)
            assert [m.article.title for m in moved] == [seeds[1].title]
            assert _title(app).startswith(seeds[1].title)
            summary = folded(" ".join(widget_lines(app, "#summary")))
            first = app.reader.current_analysis.summary[0]
            assert summary.startswith("1. " + folded(first.text)[:30])

    asyncio.run(check())


def test_enter_on_a_sentence_posts_sentence_chosen_and_the_body_scrolls_to_it(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        seen: list = []
        async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
            await pilot.pause()
            await pilot.press("tab")  # the summary
            await pilot.press("j", "j", "enter")
            await pilot.pause()
            chosen = [m.index for m in _once(seen, SummaryList.SentenceChosen)]
            assert chosen == [2]
            third = app.reader.current_analysis.summary[2]
            body = folded(" ".join(widget_lines(app, "#body")))
            assert folded(third.text)[:40] in body

    asyncio.run(check())


def test_enter_on_a_figure_posts_figure_chosen_and_the_body_shows_it(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        seen: list = []
        async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
            await pilot.pause()
            shown = app.reader.shown_articles
            longest = max(range(len(shown)), key=lambda i: len(shown[i].body))
            app.query_one("#articles").highlighted = longest  # its key figures sit far down
            await pilot.pause()
            sidebar = app.query_one("#sidebar")
            sidebar.focus()
            await pilot.pause()
            await pilot.press("enter")  # row 0 is the heading: the first figure
            await pilot.pause()
            chosen = [m.index for m in _once(seen, Sidebar.FigureChosen)]
            assert chosen == [0]
            figure = app.reader.current_analysis.figures[0]
            body = " ".join(widget_lines(app, "#body"))
            assert figure.text in body

    asyncio.run(check())


def test_the_feed_starts_after_the_first_frame_and_its_arrivals_fill_the_counts(warm, tmp_path):
    async def check():
        app = make_app(warm, tmp_path)
        seen: list = []
        async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            kinds = [type(m) for m in seen]
            assert events.Ready in kinds and AnalysesArrived in kinds
            assert kinds.index(events.Ready) < kinds.index(AnalysesArrived)
            last = _once(seen, AnalysesArrived)[-1]
            assert last.done == last.total == len(app.library.articles)
            assert last.options == app.reader.options
            bar = widget_lines(app, "Header", border=True)[0]
            assert "analysing" not in bar and f"{len(app.library.articles)} articles" in bar

    asyncio.run(check())


def test_a_failed_batch_posts_analysis_failed_and_says_so_once(tmp_path):
    async def check():
        app = reader_whose_analysis_fails(tmp_path)
        seen: list = []
        async with app.run_test(size=(100, 30), message_hook=seen.append) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            failed = _once(seen, AnalysisFailed)
            assert len(failed) == 1 and "the model fell over" in failed[0].describe()
            messages = [n.message for n in app._notifications]
            assert sum("the model fell over" in m for m in messages) == 1

    asyncio.run(check())


def test_an_article_the_feed_brought_shows_its_whole_analysis_when_it_is_shown(warm):
    """The store keeps only the names of what the feed brings (a 10,000-article library
    held 180 MB of whole analyses); the summary, figures and mentions an article shows
    are its own, read back from the cache, and the names are there for `f` before."""
    from briefing.analysis.pipeline import Analyzer
    from briefing.cache import Cache
    from briefing.tui.analysis_feed import AnalysisStore

    analyzer = Analyzer.from_settings(warm, Cache(warm.cache_dir))
    articles = load_library(None).articles
    whole = analyzer.cached_many(articles)
    store = AnalysisStore(analyzer)
    store.add(whole.values())
    for article in articles:
        held = store.by_id[article.id]
        assert held.entities.canonical == whole[article.id].entities.canonical
        shown = store.of(article, analyzer.options)
        assert shown is not None
        assert shown.summary == whole[article.id].summary
        assert shown.figures == whole[article.id].figures
        assert len(shown.entities.mentions) == len(whole[article.id].entities.mentions) > 0
