"""The reader's analyses: those that have arrived, and the feed that brings the rest.

`AnalysisStore` is plain Python: the analyses by article id, with the library's labels
applied (a name spaCy reads as a place in one article and a person in nine is a
person), and a reading from the cache (no spaCy) of an article shown before the feed
reached it or with other summary options. Of an article the feed brings it keeps only
the names (what the counts, the labels and `f` read across the library); its summary,
figures and mentions are read back from the cache when it is shown: whole analyses of
10,000 articles held 180 MB of the reader's memory.

`feed()` runs in a thread worker the reader starts once its first frame is out: cache
hits in batches of 200, misses parsed eight at a time (in the child process when
there is one). It posts what it finds as messages: `AnalysesArrived` with the options
they were made with, `AnalysisFailed` naming the articles a batch could not analyse.
A message to a screen that has closed is dropped by Textual, so a late delivery
finds nothing gone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from textual.message import Message

from briefing.analysis.consistency import LibraryLabels
from briefing.analysis.model import Analysis, Article, Entities
from briefing.analysis.options import SummaryOptions
from briefing.analysis.pipeline import AnalysisProcess, Analyzer

BATCH = 200
"""Cache reads per message: each arrival redraws the counts."""
PARSES = 8
"""Articles parsed per message when the cache lacks them."""


class AnalysesArrived(Message):
    """Some analyses are ready; `done` of `total` articles have been looked at."""

    def __init__(
        self, analyses: list[Analysis], options: SummaryOptions, done: int, total: int
    ) -> None:
        super().__init__()
        self.analyses = analyses
        self.options = options
        self.done = done
        self.total = total


class AnalysisFailed(Message):
    """A batch could not be analysed: its articles show their text unanalysed."""

    def __init__(self, articles: list[Article], error: Exception) -> None:
        super().__init__()
        self.articles = articles
        self.error = error

    def describe(self) -> str:
        names = ", ".join(a.title[:40] for a in self.articles[:3])
        more = f" and {len(self.articles) - 3} more" if len(self.articles) > 3 else ""
        error = self.error
        return f"could not analyse {names}{more}: {error.__class__.__name__}: {error}"


class AnalysisStore:
    """The analyses that have arrived, by article id."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self.by_id: dict[str, Analysis] = {}
        self.labels = LibraryLabels()
        self._arrivals = 0
        """Batches added: the library's labels may have changed since."""
        self._relabelled: tuple[Analysis, int, Analysis] | None = None
        """The last analysis relabelled, and what it was made from: n/p and a redraw
        ask for the same article's several times a key."""
        self._names_only: set[str] = set()
        """Articles of which by_id holds the names alone (see _names_of)."""

    def add(self, analyses: Iterable[Analysis]) -> None:
        """Take in what the feed brought: an article already shown keeps its whole
        analysis; of the others, the names (the rest is in the cache)."""
        by_id, names_only = self.by_id, self._names_only
        for analysis in analyses:
            key = analysis.article.id
            if key in by_id and key not in names_only:
                by_id[key] = analysis
            else:
                by_id[key] = _names_of(analysis)
                names_only.add(key)
            self.labels.add(analysis)
        self._arrivals += 1

    def of(self, article: Article, options: SummaryOptions) -> Analysis | None:
        """The article's analysis with these summary options: read from the cache (no
        spaCy) when missing, held as names alone or made with other options; None while
        not yet parsed."""
        analysis = self.by_id.get(article.id)
        names_only = article.id in self._names_only
        if (
            analysis is None
            or names_only
            or (analysis.algorithm, analysis.length) != (options.algorithm, str(options.length))
        ):
            fresh = self.analyzer.cached(article, options)
            if fresh is not None:
                self.by_id[article.id] = analysis = fresh
                self._names_only.discard(article.id)
            elif analysis is not None and not names_only:
                return None  # stale, and the feed has not parsed it yet
        if analysis is None:
            return None
        last = self._relabelled
        if last is None or last[0] is not analysis or last[1] != self._arrivals:
            last = self._relabelled = (analysis, self._arrivals, self.labels.relabel(analysis))
        return last[2]

    def fill_in(self, articles: Iterable[Article], options: SummaryOptions) -> None:
        """Read from the cache the analyses of the articles the feed has not reached."""
        unseen = [a for a in articles if a.id not in self.by_id]
        if unseen:
            found = self.analyzer.cached_many(unseen, options)
            self.by_id.update((key, _names_of(a)) for key, a in found.items())
            self._names_only.update(found)

    def missing(self, articles: Iterable[Article]) -> list[Article]:
        return [a for a in articles if a.id not in self.by_id]


def _names_of(analysis: Analysis) -> Analysis:
    """The analysis with its names alone: no summary, figures or mentions. (Should the
    cache fail to give the rest back when the article is shown, these are shown: an
    article with names and no summary, never a crash.)"""
    entities = Entities(mentions=(), canonical=analysis.entities.canonical)
    return replace(analysis, summary=(), figures=(), entities=entities)


def feed(
    analyzer: Analyzer,
    process: AnalysisProcess | None,
    articles: Sequence[Article],
    options: SummaryOptions,
    post: Callable[[Message], object],
    cancelled: Callable[[], bool],
) -> None:
    """Every article's analysis, posted as it comes (for a thread worker)."""
    total = len(articles)

    def safely(
        analyse: Callable[[list[Article]], Iterable[Analysis]], chunk: list[Article]
    ) -> list[Analysis]:
        try:
            return list(analyse(chunk))
        except Exception as exc:  # one notice; the reader carries on with the rest
            post(AnalysisFailed(chunk, exc))
            return []

    def from_cache(chunk: list[Article]) -> Iterable[Analysis]:
        return analyzer.cached_many(chunk, options).values()

    def parsed(chunk: list[Article]) -> Iterable[Analysis]:
        """Made by the child process and read back from the cache, or made here."""
        if process is None:
            return analyzer.analyze(chunk, options)
        process.analyze(chunk, options)
        return analyzer.cached_many(chunk, options).values()

    for start in range(0, total, BATCH):
        if cancelled():  # a reload started another, with every article left
            return
        chunk = list(articles[start : start + BATCH])
        cached = safely(from_cache, chunk)
        post(AnalysesArrived(cached, options, start, total))
        found = {a.article.id for a in cached}
        missing = [a for a in chunk if a.id not in found]
        for i in range(0, len(missing), PARSES):
            results = safely(parsed, missing[i : i + PARSES])
            post(AnalysesArrived(results, options, start + i + PARSES, total))
    post(AnalysesArrived([], options, total, total))
