"""The analysis pipeline: stages over the shared cache, spaCy only for cache misses.

    parse (spaCy, expensive) ──► summary, entities, figures (pure, cheap: STAGES)

Each stage's result is cached under (stage, its VERSION, model key, parameters,
article id). A warm start reads three small entries per article and never imports
spaCy; a new summary length or algorithm is recomputed from the cached parse,
still without spaCy. Only a missing parse loads the model, and then the misses of
one call are parsed and run through the stages in chunks, in this process or in one
worker per job (analysis/cold.py), each chunk stored as it is done.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any

from briefing.analysis import versions
from briefing.analysis.model import Analysis, Article, Entities, Figure, Parse, SummarySentence
from briefing.analysis.nlp import ModelInfo, available_cores, resolve_model
from briefing.analysis.options import SummaryOptions
from briefing.analysis.parse_codec import decode as decode_parse
from briefing.analysis.parse_codec import encode as encode_parse
from briefing.analysis.shapes import usable
from briefing.cache import Cache, read_json, stage_key
from briefing.config import Settings

if TYPE_CHECKING:
    from briefing.analysis.duplicates import Fingerprint

PARSE_VERSION = "4"
"""Bump when doc_to_parse stores something new (or parse_codec stores it differently)."""
OLDER_PARSE_VERSIONS = ("2",)
"""Parses stored by earlier versions as JSON, still read: each is stored anew in the
compact form the first time it is needed, so an upgrade never parses a library again."""
_STORE_EVERY = 32
FINGERPRINTS = "shingles"
"""The cache's stage of the texts' shingles (duplicates.py), which the brief compares to
find copies without reading a body: stored with the parse, or when first asked for."""
"""Articles whose cold results are stored in one transaction."""

Progress = Callable[[int, int], None]

_SHAPE_ERRORS = (KeyError, IndexError, TypeError, ValueError, AttributeError)
"""What reading a cached parse of another shape raises."""


@dataclass(frozen=True)
class Stage:
    """A cheap stage: its version (in the cache key), whether the summary options are
    part of its key, and how it turns (body, parse, options) into a JSON value."""

    version: str
    run: Callable[[str, Parse, SummaryOptions], Any]
    keyed_on_options: bool = False
    compressed: bool = True
    """Whether the cache compresses its values (Cache.put_many): not a summary's few
    sentences, which compression shrinks by a third and inflating cost more than that."""


def _summary(body: str, parse: Parse, options: SummaryOptions) -> Any:
    from briefing.analysis.summarize import summarize

    return [s.to_json() for s in summarize(body, parse, options.algorithm, options.length)]


def _entities(body: str, parse: Parse, options: SummaryOptions) -> Any:
    from briefing.analysis.entities import extract_entities

    return extract_entities(body, parse).to_json()


def _figures(body: str, parse: Parse, options: SummaryOptions) -> Any:
    from briefing.analysis.figures import extract_figures

    return [f.to_json() for f in extract_figures(body, parse)]


STAGES: dict[str, Stage] = {
    "summary": Stage(versions.SUMMARY, _summary, keyed_on_options=True, compressed=False),
    "entities": Stage(versions.ENTITIES, _entities),
    "figures": Stage(versions.FIGURES, _figures),
}
"""Every stage after the parse, named once: what the cache stores and an Analysis holds."""


class Analyzer:
    """Turns articles into Analyses through the cache. Safe to share between threads.

    It needs the cache, the spaCy model's name (None: the default) and how many
    processes a cold analysis may use (None: one per core this process may run on);
    `options` are the summary options used when a call names none."""

    def __init__(
        self,
        cache: Cache,
        *,
        model: str | None = None,
        jobs: int | None = None,
        options: SummaryOptions | None = None,
    ) -> None:
        self.cache = cache
        self.model_name = model
        self.jobs = jobs if jobs is not None else available_cores()
        self.options = options or SummaryOptions()
        self._model: ModelInfo | None = None

    @classmethod
    def from_settings(cls, settings: Settings, cache: Cache | None = None) -> Analyzer:
        """An analyzer with the settings' cache folder, model, jobs and summary options."""
        return cls(
            cache if cache is not None else Cache(settings.cache_dir),
            model=settings.model,
            jobs=settings.jobs,
            options=settings.summary_options,
        )

    @property
    def model(self) -> ModelInfo:
        """The spaCy model the cache keys on, resolved without importing spaCy."""
        if self._model is None:
            self._model = resolve_model(self.model_name)
        return self._model

    def _keys(self, options: SummaryOptions) -> dict[str, str]:
        model = self.model.key
        keys = {"parse": stage_key(PARSE_VERSION, model)}
        for name, stage in STAGES.items():
            params = options.cache_params if stage.keyed_on_options else None
            keys[name] = stage_key(stage.version, model, params)
        return keys

    # -- public API --------------------------------------------------------------------
    def cached(self, article: Article, options: SummaryOptions | None = None) -> Analysis | None:
        """The article's analysis if its parse is cached, else None. Never imports spaCy."""
        return self._from_cache([article], options or self.options).get(article.id)

    def cached_many(
        self, articles: Sequence[Article], options: SummaryOptions | None = None
    ) -> dict[str, Analysis]:
        """Analyses of those articles whose parse is cached, by id. Never imports spaCy."""
        return self._from_cache(articles, options or self.options)

    def analyze(
        self,
        articles: Sequence[Article],
        options: SummaryOptions | None = None,
        *,
        progress: Progress | None = None,
        use_cache: bool = True,
    ) -> list[Analysis]:
        """Analyses of `articles`, in order. Parses only what the cache lacks, streamed
        in chunks (analysis/cold.py): each chunk's results are stored as it is done, so
        neither Docs nor parses pile up, and an interrupted run keeps what it finished."""
        options = options or self.options
        unique = list({a.id: a for a in articles}.values())
        done = self._from_cache(unique, options) if use_cache else {}
        missing = [a for a in unique if a.id not in done]
        if use_cache and any(a.stale for a in missing):  # a body not read back: never stored
            lost = [a for a in missing if a.stale]
            done.update(
                (a.id, x)
                for a, x in zip(lost, self.analyze(lost, options, use_cache=False), strict=True)
            )
            missing = [a for a in missing if not a.stale]
        if missing:
            for article, values in self._cold(missing, options, progress, store=use_cache):
                done[article.id] = self._assemble(article, values, options)
        elif progress is not None:
            progress(len(unique), len(unique))
        return [done[a.id] for a in articles]

    def fill(
        self,
        articles: Sequence[Article],
        options: SummaryOptions | None = None,
        *,
        progress: Progress | None = None,
    ) -> int:
        """Analyse into the cache what it lacks, and keep nothing: for a run over a
        whole library (fetch, the reader's background process), whose memory would
        otherwise grow by the analyses of every article (a quarter of a GB at 10,000).
        How many articles were analysed."""
        options = options or self.options
        unique = list({a.id: a for a in articles}.values())
        missing: list[Article] = []
        for start in range(0, len(unique), _STORE_EVERY * 8):
            part = unique[start : start + _STORE_EVERY * 8]
            found = self._from_cache(part, options).keys()
            missing += [a for a in part if a.id not in found]
        if missing:
            for _ in self._cold(missing, options, progress, store=True):
                pass
        elif progress is not None:
            progress(len(unique), len(unique))
        return len(missing)

    def _cold(
        self,
        articles: list[Article],
        options: SummaryOptions,
        progress: Progress | None,
        *,
        store: bool,
    ) -> Iterator[tuple[Article, dict[str, Any]]]:
        """Each article with its values of every stage, analysed cold and (with
        `store`) stored a chunk at a time; the caller runs it to its end."""
        from briefing.analysis.cold import analyse

        total = len(articles)

        def report(i: int) -> None:
            if progress is not None:
                progress(i + 1, total)

        keys = self._keys(options)
        chunk: dict[str, dict[str, Any]] = {}
        done: list[Article] = []
        bodies = [a.body for a in articles]
        results = analyse(self.model, bodies, options, jobs=self.jobs, on_done=report)
        for article, values in zip(articles, results, strict=True):
            chunk[article.id] = values
            done.append(article)
            yield article, values
            if len(chunk) >= _STORE_EVERY:
                self._store(keys, chunk, store, done)
                chunk, done = {}, []
        self._store(keys, chunk, store, done)

    def _store(
        self,
        keys: dict[str, str],
        values: dict[str, dict[str, Any]],
        store: bool,
        articles: Sequence[Article],
    ) -> None:
        """Store a chunk of articles' values of every stage, the parse included, and
        their fingerprints."""
        if not store or not values:
            return
        self.cache.put_many("parse", keys["parse"], {i: v["parse"] for i, v in values.items()})
        for name, stage in STAGES.items():
            self.cache.put_many(
                name,
                keys[name],
                {i: v[name] for i, v in values.items()},
                compress=stage.compressed,
            )
        self._store_fingerprints(articles)

    def fingerprints(self, articles: Sequence[Article]) -> list[Fingerprint]:
        """The articles' fingerprints (duplicates.Fingerprint), in order: from the cache,
        where an article analysed since they were kept has one; else from the body, and
        kept (an upgraded cache reads each body once more, the first time a brief needs it)."""
        from briefing.analysis.duplicates import FINGERPRINT_VERSION, Fingerprint

        key = stage_key(FINGERPRINT_VERSION, "any")
        ids = [a.id for a in articles]
        found = self.cache.get_many(FINGERPRINTS, key, ids, Fingerprint.decode, compress=False)
        missing = {a.id: a for a in articles if a.id not in found}
        if missing:
            made = {i: Fingerprint.of(a.body) for i, a in missing.items()}
            found.update(made)
            kept = {i: p.encode() for i, p in made.items() if not missing[i].stale}
            self.cache.put_many(FINGERPRINTS, key, kept, compress=False)
        return [found[a.id] for a in articles]

    def _store_fingerprints(self, articles: Sequence[Article]) -> None:
        """Keep the fingerprints of articles just analysed (their bodies are at hand)."""
        from briefing.analysis.duplicates import FINGERPRINT_VERSION, Fingerprint

        key = stage_key(FINGERPRINT_VERSION, "any")
        stored = {a.id: Fingerprint.of(a.body).encode() for a in articles if not a.stale}
        self.cache.put_many(FINGERPRINTS, key, stored, compress=False)

    def stored_parse(self, article: Article) -> Parse | None:
        """The article's cached parse (None if it has not been parsed): for explaining
        what the stages decided, never for showing an article."""
        return self.stored_parses([article]).get(article.id)

    def stored_parses(self, articles: Sequence[Article]) -> dict[str, Parse]:
        """The cached parses of `articles` (those there are), by id: one an older version
        stored is stored anew in this version's form (and the old entry removed) as it
        is read. (Reading one reads the article's body: its lemmas are read from it.)"""
        key = stage_key(PARSE_VERSION, self.model.key)
        by_id = {a.id: a for a in articles}
        ids = list(by_id)
        found: dict[str, Parse] = {}
        for i, data in self.cache.get_many("parse", key, ids, bytes).items():
            with contextlib.suppress(ValueError):  # not a stored parse: parsed afresh
                found[i] = decode_parse(data, by_id[i].body)
        for version in OLDER_PARSE_VERSIONS:
            missing = [i for i in ids if i not in found]
            if not missing:
                break
            older = stage_key(version, self.model.key)
            upgraded: dict[str, Parse] = {}
            stored: dict[str, bytes] = {}
            for i, data in self.cache.get_many("parse", older, missing).items():
                with contextlib.suppress(*_SHAPE_ERRORS):  # another shape: parsed afresh
                    parse = Parse.from_json(data)
                    stored[i] = encode_parse(parse, by_id[i].body)
                    upgraded[i] = parse
            if upgraded:
                self.cache.put_many("parse", key, stored)
                self.cache.remove_entries("parse", older, list(upgraded))
                found.update(upgraded)
        return found

    # -- stages ---------------------------------------------------------------------------
    def _from_cache(
        self, articles: Sequence[Article], options: SummaryOptions
    ) -> dict[str, Analysis]:
        """Assemble analyses from cached stage results; recompute cheap stages from the
        cached parse where only they are missing."""
        keys = self._keys(options)
        ids = [a.id for a in articles]
        got = {
            name: self.cache.get_many(
                name, keys[name], ids, _READERS.get(name), compress=stage.compressed
            )
            for name, stage in STAGES.items()
        }
        for stage, values in got.items():  # an entry of another shape is a miss, replaced
            got[stage] = {i: v for i, v in values.items() if usable(stage, v)}
        complete = set(ids)
        for stage_values in got.values():
            complete &= stage_values.keys()
        result: dict[str, Analysis] = {}
        incomplete = [a for a in articles if a.id not in complete]
        for article in articles:
            if article.id in complete:
                values = {stage: got[stage][article.id] for stage in STAGES}
                result[article.id] = self._assemble(article, values, options)
        if incomplete:
            parses = self.stored_parses(incomplete)
            by_id = {a.id: a for a in incomplete if a.id in parses}
            result.update(
                self._derive(by_id, parses, options, store=True, known=got, from_cache=True)
            )
        return result

    def _derive(
        self,
        articles: dict[str, Article],
        parses: dict[str, Parse],
        options: SummaryOptions,
        *,
        store: bool,
        known: dict[str, dict[str, Any]] | None = None,
        from_cache: bool = False,
    ) -> dict[str, Analysis]:
        """Run the cheap stages on parses, except where `known` (cached) results exist,
        and (optionally) cache what was computed. A parse `from_cache` that a stage
        cannot read (an entry of another shape) leaves its article out: it is parsed
        afresh, and the entry replaced."""
        known = known or {}
        out: dict[str, Analysis] = {}
        stored: dict[str, dict[str, Any]] = {stage: {} for stage in STAGES}
        for article_id, article in articles.items():
            values = {}
            try:
                for name, stage in STAGES.items():
                    if article_id in known.get(name, {}):
                        values[name] = known[name][article_id]
                    else:
                        values[name] = stage.run(article.body, parses[article_id], options)
            except _SHAPE_ERRORS:
                if not from_cache:
                    raise
                continue
            for name in STAGES:
                if article_id not in known.get(name, {}):
                    stored[name][article_id] = values[name]
            out[article_id] = self._assemble(article, values, options)
        if store:
            keys = self._keys(options)
            for name, values_by_id in stored.items():
                self.cache.put_many(
                    name, keys[name], values_by_id, compress=STAGES[name].compressed
                )
        return out

    @staticmethod
    def _assemble(article: Article, values: dict[str, Any], options: SummaryOptions) -> Analysis:
        return Analysis(
            article=article,
            summary=SummarySentence.many_from_json(values["summary"]),
            entities=Entities.from_json(values["entities"]),
            figures=Figure.many_from_json(values["figures"]),
            algorithm=options.algorithm,
            length=str(options.length),
        )


_MENTIONS_START = b'{"mentions":'
_CANONICAL_START = b',"canonical":['


def _read_entities(data: bytes) -> Any:
    """A stored entities value with its mentions left unread until someone looks at
    them: a brief reads every article's canonical entities and hardly any mention, and
    the mentions were most of the JSON it decoded.

    The value is the JSON of {"mentions": [...], "canonical": [...]}, as json.dumps
    wrote it without spaces; `,"canonical":[` can be nothing but the start of the
    second key there (no quote inside a string goes unescaped, and no mention or entity
    has a list-valued "canonical"), so the text splits at its last occurrence. Any
    other shape is read whole."""
    split = data.rfind(_CANONICAL_START)
    if split < 0 or not data.startswith(_MENTIONS_START) or not data.endswith(b"]}"):
        return read_json(data)
    canonical = read_json(data[split + len(_CANONICAL_START) - 1 : -1])
    mentions = data[len(_MENTIONS_START) : split]
    return {"mentions": partial(read_json, mentions), "canonical": canonical}


_READERS: dict[str, Callable[[bytes], Any]] = {"entities": _read_entities}
"""How the cache's JSON of a stage is read, where not all at once."""


_child_analyzer: Analyzer | None = None
"""The analysis process's analyzer: the model stays loaded from one batch to the next."""
_child_settings: Settings | None = None


def _analyse_in_child(settings: Settings, articles: list[Article], options: SummaryOptions) -> None:
    """Runs in the analysis process: analyse into the shared cache (the model is loaded
    once per process and kept for the next batch)."""
    global _child_analyzer, _child_settings
    if _child_analyzer is None or _child_settings != settings:
        # in the background one job unless configured: the reader keeps a core
        background = replace(settings, jobs=settings.jobs or 1)
        _child_analyzer, _child_settings = Analyzer.from_settings(background), settings
    _child_analyzer.fill(articles, options)


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

    def analyze(self, articles: Sequence[Article], options: SummaryOptions) -> None:
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
        self._pool.submit(_analyse_in_child, self.settings, list(articles), options).result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
