"""A cold analysis in worker processes gives what one process gives, and by default
uses every core the process may run on."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from briefing.analysis.cold import CHUNK_ARTICLES, chunks
from briefing.analysis.pieces import BATCH_CHARS
from briefing.analysis.pipeline import Analyzer
from briefing.cache import Cache
from briefing.library import article_id


def _copies(seed_articles, n):
    """`n` distinct articles: the seeds, each copy with its own closing sentence."""
    out = []
    for i in range(n):
        seed = seed_articles[i % len(seed_articles)]
        body = f"{seed.body}\nThis is report number {i} of the day."
        out.append(replace(seed, body=body, id=article_id(body)))
    return out


def test_two_jobs_give_the_analyses_of_one_and_store_them_all(seed_articles, tmp_path):
    articles = _copies(seed_articles, 8)
    one = Analyzer(Cache(tmp_path / "one"), jobs=1).analyze(articles)
    seen: list[tuple[int, int]] = []
    two = Analyzer(Cache(tmp_path / "two"), jobs=2).analyze(
        articles, progress=lambda i, n: seen.append((i, n))
    )
    assert [a.to_json() for a in two] == [a.to_json() for a in one]
    assert [a.article.id for a in two] == [a.id for a in articles]
    assert [i for i, _ in seen] == sorted({i for i, _ in seen}) and seen[-1] == (8, 8)
    stored = Analyzer(Cache(tmp_path / "two"), jobs=2).cached_many(articles)
    assert {i: a.to_json() for i, a in stored.items()} == {a.article.id: a.to_json() for a in one}


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="no affinity masks here")
def test_the_default_is_one_job_per_core_the_process_may_run_on(monkeypatch, tmp_path):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 2, 5})
    monkeypatch.delattr(os, "process_cpu_count", raising=False)
    assert Analyzer(Cache(tmp_path)).jobs == 3
    assert Analyzer(Cache(tmp_path), jobs=1).jobs == 1


def test_fill_stores_what_analyze_returns_and_only_analyses_what_is_missing(
    seed_articles, tmp_path
):
    articles = _copies(seed_articles, 3)
    analyzer = Analyzer(Cache(tmp_path / "filled"), jobs=1)
    assert analyzer.fill(articles[:2]) == 2
    assert analyzer.fill(articles) == 1
    assert analyzer.fill(articles) == 0
    wanted = Analyzer(Cache(tmp_path / "analysed"), jobs=1).analyze(articles)
    stored = analyzer.cached_many(articles)
    assert [stored[a.id].to_json() for a in articles] == [a.to_json() for a in wanted]


def test_the_workers_tasks_keep_every_article_in_order_and_end_small():
    """Tasks of one size left one worker alone on the last (an eighth of a 200-article
    run on two cores); they shrink towards the end, so the workers finish together, but
    never below one of spaCy's batches (but the last)."""
    bodies = [f"{i} " + "word " * (100 + 37 * i % 900) for i in range(200)]
    tasks = list(chunks(bodies, jobs=2))
    assert [b for task in tasks for b in task] == bodies
    chars = [sum(map(len, task)) for task in tasks]
    assert max(map(len, tasks)) == CHUNK_ARTICLES and len(tasks[-2]) < CHUNK_ARTICLES / 2
    assert all(c >= BATCH_CHARS for c in chars[:-1])
    assert list(chunks(bodies[:3], jobs=2)) == [bodies[:3]]
