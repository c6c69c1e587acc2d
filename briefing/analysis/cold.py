"""A cold analysis: articles parsed and run through every stage, streamed in chunks,
in this process or in worker processes that each load the model once.

With more than one job, each worker parses a chunk of articles and runs the cheap
stages on it too, and sends back only the JSON values the cache stores. spaCy's own
`nlp.pipe(n_process=...)` parses in workers but sends every Doc back to this process,
which then flattened it and ran the stages alone: a sixth of all the work (the stages
take some 20 ms of an article's 135 ms of CPU) in one process, and serialising and
reading back every Doc on top (bench/cold_speed.py measures one job against two).

Nothing holds more than a few chunks at once: the Docs of a chunk are gone when its
values are made, and the caller stores each chunk's values before asking for the next,
so analysing 10,000 articles takes the memory of a few dozen.

The workers are spawned (not forked: the reader's process has threads), so they
import the main module again: a script that analyses with more than one job keeps
its work under `if __name__ == "__main__":`, as the `briefing` command does.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from briefing.analysis.model import Parse
from briefing.analysis.nlp import ModelInfo, parse_texts
from briefing.analysis.options import SummaryOptions
from briefing.analysis.parse_codec import encode as encode_parse
from briefing.analysis.pieces import BATCH_CHARS

Values = dict[str, Any]
"""One article's stage results as the cache stores them, by stage, the parse included."""

CHUNK_ARTICLES = 16
"""The most articles in one task sent to a worker: a second or two of parsing, so the
pickling is a small share. Tasks get smaller towards the end (see `chunks`)."""
IN_FLIGHT = 2
"""Tasks per worker sent and not finished: a worker never waits for the next."""
HELD = 8
"""Tasks per worker whose results may wait, finished, for an earlier one (a long
article) to be yielded in order: a bound on the memory they take."""
POOL_MIN_ARTICLES = 4
"""Per job: fewer articles than this in all are analysed in this process, where
starting the workers would cost more than it saves."""


def values_of(body: str, parse: Parse, options: SummaryOptions) -> Values:
    """Every stage's JSON value for one parsed article."""
    from briefing.analysis.pipeline import STAGES

    values: Values = {"parse": encode_parse(parse, body)}
    for name, stage in STAGES.items():
        values[name] = stage.run(body, parse, options)
    return values


def analyse_here(
    model: ModelInfo,
    bodies: Sequence[str],
    options: SummaryOptions,
    on_done: Callable[[int], None] | None = None,
) -> Iterator[Values]:
    """The values of each body, in order, parsed in this process (the stages' word
    lists read before the model loads: entities.load_word_lists)."""
    from briefing.analysis.entities import load_word_lists

    load_word_lists()
    for i, (body, parse) in enumerate(zip(bodies, parse_texts(model, bodies), strict=True)):
        yield values_of(body, parse, options)
        if on_done is not None:
            on_done(i)


def _analyse_chunk(model: ModelInfo, bodies: list[str], options: SummaryOptions) -> list[Values]:
    """A worker's task: a chunk of bodies analysed (the model loads once per worker)."""
    return list(analyse_here(model, bodies, options))


def chunks(bodies: Sequence[str], jobs: int) -> Iterator[list[str]]:
    """The bodies in consecutive tasks for `jobs` workers: at most CHUNK_ARTICLES
    articles, and about a 2 * jobs-th of the characters left, so the last tasks are
    small and the workers finish together (with tasks of 16 articles, one worker went
    on alone for a task's length, an eighth of a 200-article run). No task but the last
    is smaller than one of spaCy's batches (BATCH_CHARS), unless it holds CHUNK_ARTICLES
    articles: a batch of one short article costs more a word than a full one."""
    left = sum(map(len, bodies))
    start = 0
    while start < len(bodies):
        most = max(BATCH_CHARS, left / (2 * jobs))
        end, size = start + 1, len(bodies[start])
        while end < len(bodies) and end - start < CHUNK_ARTICLES and size < most:
            size += len(bodies[end])
            end += 1
        yield list(bodies[start:end])
        left -= size
        start = end


def _start_worker() -> None:
    """Each worker has a core to itself: one BLAS thread (set before spaCy imports
    numpy), or two workers' threads fight over two cores."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def analyse(
    model: ModelInfo,
    bodies: Sequence[str],
    options: SummaryOptions,
    *,
    jobs: int = 1,
    on_done: Callable[[int], None] | None = None,
) -> Iterator[Values]:
    """The values of each body, in order, with `jobs` processes (this one alone for
    one job, or for too few articles to pay for starting workers). `on_done(i)` is
    called when the values of bodies[:i+1] are all known."""
    if jobs <= 1 or len(bodies) < POOL_MIN_ARTICLES * jobs:
        yield from analyse_here(model, bodies, options, on_done)
        return
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    queued = iter(chunks(bodies, jobs))
    pool = ProcessPoolExecutor(
        jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
    )
    pending: deque[Future[list[Values]]] = deque()
    done = 0

    def send() -> None:
        """Keep IN_FLIGHT unfinished tasks a worker (at most HELD in all)."""
        running = sum(not f.done() for f in pending)
        while running < IN_FLIGHT * jobs and len(pending) < HELD * jobs:
            chunk = next(queued, None)
            if chunk is None:
                return
            pending.append(pool.submit(_analyse_chunk, model, chunk, options))
            running += 1

    try:
        send()
        while pending:
            while not pending[0].done():  # a task after it finished: its worker gets more
                wait([f for f in pending if not f.done()], return_when=FIRST_COMPLETED)
                send()
            results = pending.popleft().result()
            send()
            for values in results:
                yield values
                done += 1
            if on_done is not None:
                on_done(done - 1)
    finally:
        with contextlib.suppress(Exception):
            pool.shutdown(wait=True, cancel_futures=True)
