"""The analysis pipeline: stages over the shared cache, spaCy only for cache misses.

    parse (spaCy, expensive) ──► sentences, summary, entities, figures (pure, cheap)

Each stage's result is cached under (stage, its VERSION, model key, parameters,
article id). A warm start reads four small entries per article and never imports
spaCy; a new summary length or algorithm is recomputed from the cached parse,
still without spaCy. Only a missing parse loads the model, and then all the
misses of one call are parsed together with `nlp.pipe`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import Any

from briefing.analysis import entities as entities_stage
from briefing.analysis import figures as figures_stage
from briefing.analysis import summarize as summary_stage
from briefing.analysis.model import Analysis, Article, Entities, Figure, Parse, SummarySentence
from briefing.analysis.nlp import ModelInfo, resolve_model
from briefing.cache import Cache, stage_key
from briefing.config import Settings
from briefing.errors import BriefingError

PARSE_VERSION = "2"
"""Bump when doc_to_parse stores something new."""

Progress = Callable[[int, int], None]


class Analyzer:
    """Turns articles into Analyses through the cache. Safe to share between threads."""

    def __init__(self, settings: Settings, cache: Cache | None = None) -> None:
        self.settings = settings
        self.cache = cache if cache is not None else Cache(settings.cache_dir)
        self._model: ModelInfo | None = None

    @property
    def model(self) -> ModelInfo:
        """The spaCy model the cache keys on, resolved without importing spaCy."""
        if self._model is None:
            self._model = resolve_model(self.settings.model)
        return self._model

    def _options(self, algorithm: str | None, length: str | None) -> tuple[str, str]:
        algorithm = algorithm or self.settings.algorithm or summary_stage.DEFAULT_ALGORITHM
        length = str(length or self.settings.length or summary_stage.DEFAULT_LENGTH)
        if algorithm not in summary_stage.ALGORITHMS:
            names = ", ".join(summary_stage.ALGORITHMS)
            raise BriefingError(f"unknown summariser {algorithm!r}; choose one of: {names}", 2)
        summary_stage.parse_length(length)
        return algorithm, length

    def _keys(self, algorithm: str, length: str) -> dict[str, str]:
        model = self.model.key
        return {
            "parse": stage_key(PARSE_VERSION, model),
            "sentences": stage_key(PARSE_VERSION, model),
            "summary": stage_key(
                summary_stage.VERSION, model, {"algorithm": algorithm, "length": length}
            ),
            "entities": stage_key(entities_stage.VERSION, model),
            "figures": stage_key(figures_stage.VERSION, model),
        }

    # -- public API --------------------------------------------------------------------
    def cached(
        self, article: Article, *, algorithm: str | None = None, length: str | None = None
    ) -> Analysis | None:
        """The article's analysis if its parse is cached, else None. Never imports spaCy."""
        return self._from_cache([article], *self._options(algorithm, length)).get(article.id)

    def cached_many(
        self,
        articles: Sequence[Article],
        *,
        algorithm: str | None = None,
        length: str | None = None,
    ) -> dict[str, Analysis]:
        """Analyses of those articles whose parse is cached, by id. Never imports spaCy."""
        return self._from_cache(articles, *self._options(algorithm, length))

    def analyze(
        self,
        articles: Sequence[Article],
        *,
        algorithm: str | None = None,
        length: str | None = None,
        progress: Progress | None = None,
        use_cache: bool = True,
    ) -> list[Analysis]:
        """Analyses of `articles`, in order. Parses only what the cache lacks, in one batch."""
        algorithm, length = self._options(algorithm, length)
        unique = list({a.id: a for a in articles}.values())
        done = self._from_cache(unique, algorithm, length) if use_cache else {}
        missing = [a for a in unique if a.id not in done]
        if missing:
            parses = self._parse(missing, progress)
            keys = self._keys(algorithm, length)
            if use_cache:
                self.cache.put_many(
                    "parse", keys["parse"], {i: p.to_json() for i, p in parses.items()}
                )
            by_id = {a.id: a for a in missing}
            done.update(self._derive(by_id, parses, algorithm, length, store=use_cache))
        elif progress is not None:
            progress(len(unique), len(unique))
        return [done[a.id] for a in articles]

    # -- stages ---------------------------------------------------------------------------
    def _parse(self, articles: list[Article], progress: Progress | None) -> dict[str, Parse]:
        total = len(articles)

        def report(i: int) -> None:
            if progress is not None:
                progress(i + 1, total)

        from briefing.analysis.nlp import parse_texts

        parses = parse_texts(
            self.model, [a.body for a in articles], jobs=self.settings.jobs, on_parsed=report
        )
        return {a.id: p for a, p in zip(articles, parses, strict=True)}

    def _from_cache(
        self, articles: Sequence[Article], algorithm: str, length: str
    ) -> dict[str, Analysis]:
        """Assemble analyses from cached stage results; recompute cheap stages from the
        cached parse where only they are missing."""
        keys = self._keys(algorithm, length)
        ids = [a.id for a in articles]
        got = {
            stage: self.cache.get_many(stage, keys[stage], ids)
            for stage in ("sentences", "summary", "entities", "figures")
        }
        complete = set(ids)
        for stage_values in got.values():
            complete &= stage_values.keys()
        result: dict[str, Analysis] = {}
        incomplete = [a for a in articles if a.id not in complete]
        for article in articles:
            if article.id in complete:
                result[article.id] = self._assemble(
                    article,
                    got["sentences"][article.id],
                    got["summary"][article.id],
                    got["entities"][article.id],
                    got["figures"][article.id],
                    algorithm,
                    length,
                )
        if incomplete:
            stored = self.cache.get_many("parse", keys["parse"], [a.id for a in incomplete])
            parses = {i: Parse.from_json(d) for i, d in stored.items()}
            by_id = {a.id: a for a in incomplete if a.id in parses}
            result.update(self._derive(by_id, parses, algorithm, length, store=True, known=got))
        return result

    def _derive(
        self,
        articles: dict[str, Article],
        parses: dict[str, Parse],
        algorithm: str,
        length: str,
        *,
        store: bool,
        known: dict[str, dict[str, Any]] | None = None,
    ) -> dict[str, Analysis]:
        """Run the cheap stages on parses, except where `known` (cached) results exist,
        and (optionally) cache what was computed."""
        keys = self._keys(algorithm, length)
        known = known or {}
        stages: dict[str, Callable[[str, Parse], Any]] = {
            "sentences": lambda body, parse: [list(s) for s in parse.sentences],
            "summary": lambda body, parse: [
                s.to_json() for s in summary_stage.summarize(body, parse, algorithm, length)
            ],
            "entities": lambda body, parse: entities_stage.extract_entities(body, parse).to_json(),
            "figures": lambda body, parse: [
                f.to_json() for f in figures_stage.extract_figures(body, parse)
            ],
        }
        out: dict[str, Analysis] = {}
        stored: dict[str, dict[str, Any]] = {stage: {} for stage in stages}
        for article_id, article in articles.items():
            values = {}
            for stage, run in stages.items():
                if article_id in known.get(stage, {}):
                    values[stage] = known[stage][article_id]
                else:
                    values[stage] = stored[stage][article_id] = run(
                        article.body, parses[article_id]
                    )
            out[article_id] = self._assemble(
                article,
                values["sentences"],
                values["summary"],
                values["entities"],
                values["figures"],
                algorithm,
                length,
            )
        if store:
            for stage, values_by_id in stored.items():
                self.cache.put_many(stage, keys[stage], values_by_id)
        return out

    @staticmethod
    def _assemble(
        article: Article,
        sentences: list[list[int]],
        summary: list[dict[str, Any]],
        entities: dict[str, Any],
        figures: list[dict[str, Any]],
        algorithm: str,
        length: str,
    ) -> Analysis:
        return Analysis(
            article=article,
            sentences=tuple((s, e) for s, e in sentences),
            summary=tuple(SummarySentence.from_json(s) for s in summary),
            entities=Entities.from_json(entities),
            figures=tuple(Figure.from_json(f) for f in figures),
            algorithm=algorithm,
            length=length,
        )


_child_analyzer: Analyzer | None = None
"""The analysis process's analyzer: the model stays loaded from one batch to the next."""


def _analyse_in_child(
    settings: Settings, articles: list[Article], algorithm: str | None, length: str | None
) -> None:
    """Runs in the analysis process: analyse into the shared cache (the model is loaded
    once per process and kept for the next batch)."""
    global _child_analyzer
    if _child_analyzer is None or _child_analyzer.settings != settings:
        _child_analyzer = Analyzer(settings)
    _child_analyzer.analyze(articles, algorithm=algorithm, length=length)


def _background() -> None:
    """The analysis process yields the CPU to the reader: a lower priority, and one
    BLAS thread (set before spaCy imports numpy), so keystrokes are not starved."""
    import os

    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    with contextlib.suppress(OSError, AttributeError):
        os.nice(10)


class AnalysisProcess:
    """Analysis in a child process, for the reader.

    In a thread of the reader, loading the model (seconds of imports) and parsing hold
    the GIL for long stretches, and keystrokes waited up to 130 ms behind them; the
    cheap stages after the parse took their share too. Here a child process loads
    spaCy, analyses each batch and writes the results to the shared cache, and the
    reader only waits on a pipe, then reads the batch from the cache. The child starts
    on the first cache miss (a warm start never pays for it) and ends with the reader.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._pool: Any = None

    def analyze(
        self, articles: Sequence[Article], *, algorithm: str | None, length: str | None
    ) -> None:
        if self._pool is None:
            import multiprocessing
            import sys
            from concurrent.futures import ProcessPoolExecutor
            from multiprocessing import resource_tracker

            # Textual replaces sys.stderr with an object whose fileno() is -1, which
            # multiprocessing would hand to its resource tracker: start that with the
            # real one.
            stderr, sys.stderr = sys.stderr, sys.__stderr__ or sys.stderr
            try:
                resource_tracker.ensure_running()
            finally:
                sys.stderr = stderr
            self._pool = ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("spawn"), initializer=_background
            )
        self._pool.submit(
            _analyse_in_child, self.settings, list(articles), algorithm, length
        ).result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
