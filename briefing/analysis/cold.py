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

Values = dict[str, Any]
"""One article's stage results as the cache stores them, by stage, the parse included."""

CHUNK_ARTICLES = 16
"""Articles per task sent to a worker: a second or two of parsing, so the chunks
balance between workers and the pickling is a small share."""
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
    """The values of each body, in order, parsed in this process."""
    for i, (body, parse) in enumerate(zip(bodies, parse_texts(model, bodies), strict=True)):
        yield values_of(body, parse, options)
        if on_done is not None:
            on_done(i)


def _analyse_chunk(model: ModelInfo, bodies: list[str], options: SummaryOptions) -> list[Values]:
    """A worker's task: a chunk of bodies analysed (the model loads once per worker)."""
    return list(analyse_here(model, bodies, options))


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
    from concurrent.futures import Future, ProcessPoolExecutor

    size = max(1, min(CHUNK_ARTICLES, len(bodies) // (POOL_MIN_ARTICLES * jobs)))
    chunks = [list(bodies[i : i + size]) for i in range(0, len(bodies), size)]
    pool = ProcessPoolExecutor(
        jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
    )
    pending: deque[Future[list[Values]]] = deque()
    done = 0
    try:
        queued = iter(chunks)
        for chunk in queued:  # two chunks a worker in flight: results never pile up
            pending.append(pool.submit(_analyse_chunk, model, chunk, options))
            if len(pending) >= 2 * jobs:
                break
        while pending:
            results = pending.popleft().result()
            for chunk in queued:
                pending.append(pool.submit(_analyse_chunk, model, chunk, options))
                break
            for values in results:
                yield values
                done += 1
            if on_done is not None:
                on_done(done - 1)
    finally:
        with contextlib.suppress(Exception):
            pool.shutdown(wait=True, cancel_futures=True)
