"""Stories: articles about the same event, grouped, with one merged summary and figures.

Two articles belong together when they share key entities (the people, places and
organisations each mentions most) and vocabulary (their summaries' content words);
groups are the connected components of that relation. A story's summary takes the
best sentences of its articles in turn and skips near-duplicates; its figures are
deduplicated by value and unit, each kept with the article it came from.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.model import Analysis, Article, Figure, SummarySentence, key_figures
from briefing.analysis.similarity import cosine

KEY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT")
STOP = frozenset(
    """a an and are as at be been but by for from had has have he her his in into is it its of
    on or over said says she that the their them there they this to was were which while who
    will with would after before more than also not new one two""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


@dataclass(frozen=True)
class StorySentence:
    article_id: str
    sentence: SummarySentence


@dataclass(frozen=True)
class StoryFigure:
    article_id: str
    figure: Figure


@dataclass(frozen=True)
class Story:
    headline: str
    articles: tuple[Article, ...]
    summary: tuple[StorySentence, ...]
    figures: tuple[StoryFigure, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.source for a in self.articles))


def _words(text: str) -> Counter[str]:
    return Counter(w.lower().strip("'’") for w in _WORD.findall(text) if w.lower() not in STOP)


def _key_entities(analysis: Analysis, top: int = 8) -> set[str]:
    names = [e for e in analysis.entities.canonical if e.label in KEY_LABELS][:top]
    return {w.lower() for e in names for w in e.name.split()[-1:]}


def related(a: Analysis, b: Analysis) -> bool:
    """Same story: at least two shared key entities and some shared vocabulary, or
    near-identical vocabulary."""
    shared = len(_key_entities(a) & _key_entities(b))
    words_a = _words(a.article.title + " " + " ".join(s.text for s in a.summary))
    words_b = _words(b.article.title + " " + " ".join(s.text for s in b.summary))
    similarity = cosine(words_a, words_b)
    return (shared >= 2 and similarity >= 0.1) or shared >= 4 or similarity >= 0.5


def group(analyses: Sequence[Analysis]) -> list[list[Analysis]]:
    """Connected components of `related`, in the order of their first article."""
    parent = list(range(len(analyses)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(analyses)):
        for j in range(i + 1, len(analyses)):
            if root(i) != root(j) and related(analyses[i], analyses[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[Analysis]] = {}
    for i, analysis in enumerate(analyses):
        groups.setdefault(root(i), []).append(analysis)
    return list(groups.values())


def headline(analyses: Sequence[Analysis]) -> str:
    """The best title: a real headline (not a clipped first sentence), else the shortest."""
    titles = [a.article.title for a in analyses]
    real = [t for t in titles if not t.endswith("…")]
    return min(real or titles, key=lambda t: (len(t) > 100, -len(t) if real else len(t)))


def merged_summary(analyses: Sequence[Analysis], length: int) -> tuple[StorySentence, ...]:
    """Best sentences of each article in turn, skipping near-duplicates of those taken."""
    queues = [sorted(a.summary, key=lambda s: s.rank) for a in analyses]
    chosen: list[StorySentence] = []
    seen: list[tuple[Counter[str], set[str]]] = []
    depth = 0
    while len(chosen) < length and any(depth < len(q) for q in queues):
        for analysis, queue in zip(analyses, queues, strict=True):
            if depth < len(queue) and len(chosen) < length:
                text = queue[depth].text
                mine = (_words(text), set(_NUMBER.findall(text)))
                if not any(_near_duplicate(mine, other) for other in seen):
                    chosen.append(StorySentence(analysis.article.id, queue[depth]))
                    seen.append(mine)
        depth += 1
    return tuple(chosen)


_NUMBER = re.compile(r"\d[\d,.]*")


def _near_duplicate(a: tuple[Counter[str], set[str]], b: tuple[Counter[str], set[str]]) -> bool:
    """Mostly the same words, or the same number told with some of the same words."""
    similarity = cosine(a[0], b[0])
    return similarity >= 0.5 or (bool(a[1] & b[1]) and similarity >= 0.3)


def _same_figure(a: Figure, b: Figure) -> bool:
    return a.value == b.value and (a.unit == b.unit or a.kind == b.kind)


def merged_figures(analyses: Sequence[Analysis], count: int) -> tuple[StoryFigure, ...]:
    """The most salient key figures across the story, each value-and-meaning once."""
    pool = sorted(
        (StoryFigure(a.article.id, f) for a in analyses for f in key_figures(a.figures)),
        key=lambda sf: -sf.figure.salience,
    )
    chosen: list[StoryFigure] = []
    for candidate in pool:
        if len(chosen) == count:
            break
        if not any(_same_figure(candidate.figure, c.figure) for c in chosen):
            chosen.append(candidate)
    return tuple(chosen)


def build_stories(
    analyses: Sequence[Analysis], *, length: int = 3, figures: int = 5
) -> list[Story]:
    """Stories, the one with the most articles (then the newest) first."""
    stories = []
    for members in group(analyses):
        members = sorted(members, key=lambda a: a.article.date, reverse=True)
        stories.append(
            Story(
                headline=headline(members),
                articles=tuple(a.article for a in members),
                summary=merged_summary(members, length),
                figures=merged_figures(members, figures),
            )
        )
    stories.sort(key=lambda s: (-len(s.articles), -max(a.date.timestamp() for a in s.articles)))
    return stories
