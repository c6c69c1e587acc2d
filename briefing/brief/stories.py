"""Stories: articles about the same event, grouped, with one merged summary and figures.

Which articles make one story is grouping.py's job. A story's summary takes the
best sentences of its articles in turn and skips near-duplicates; its figures are
deduplicated by value and unit, each kept with the article it came from. Copies of one
text (the same wire story from two feeds: analysis/duplicates.py decides) are listed
once: the newest copy is the story's article, the others are its `copies`, whose
sources the story still names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.duplicates import (
    Fingerprint,
    Fingerprints,
    copy_groups_in,
    fingerprints_of,
    url_key,
)
from briefing.analysis.model import Analysis, Article, Figure, SummarySentence, key_figures
from briefing.analysis.similarity import cosine
from briefing.analysis.summary_rules import points_back, starts_lowercase
from briefing.brief.grouping import group
from briefing.brief.grouping import words as _words


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
    copies: tuple[Article, ...] = ()
    """Other copies of the story's articles' texts (never in `articles`)."""

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.source for a in (*self.articles, *self.copies)))


def headline(analyses: Sequence[Analysis]) -> str:
    """The best title: a real headline (not a clipped first sentence), else the shortest."""
    titles = [a.article.title for a in analyses]
    real = [t for t in titles if not t.endswith("…")]
    return min(real or titles, key=lambda t: (len(t) > 100, -len(t) if real else len(t)))


def merged_summary(analyses: Sequence[Analysis], length: int) -> tuple[StorySentence, ...]:
    """The story's summary, read top down: the best sentences of each article in turn
    (skipping near-duplicates of those taken), shown article by article, the lead
    article (the first) first, each article's sentences in its own order.

    The story's first line, and the first line of each further article, must stand on
    its own: one that goes on from a sentence before it ("He said...", "But...") would
    read as going on from another article's, so it gives way to the next best
    sentence. Within an article's lines that is the summariser's call: its summary
    shows such a sentence only with what it needs."""
    position = {a.article.id: i for i, a in enumerate(analyses)}
    left_out: set[tuple[str, int]] = set()
    known: dict[str, tuple[Counter[str], set[str]]] = {}
    while True:
        chosen = sorted(
            _best_sentences(analyses, length, left_out, known),
            key=lambda x: (position[x.article_id], x.sentence.sentence),
        )
        dangling = {
            (x.article_id, x.sentence.sentence)
            for before, x in zip([None, *chosen], chosen, strict=False)
            if (before is None or before.article_id != x.article_id)
            and needs_context(x.sentence.text)
        }
        if not dangling:
            return tuple(chosen)
        left_out |= dangling


def _best_sentences(
    analyses: Sequence[Analysis],
    length: int,
    left_out: set[tuple[str, int]],
    known: dict[str, tuple[Counter[str], set[str]]],
) -> list[StorySentence]:
    """Up to `length` sentences, the best of each article in turn, no near-duplicates
    (`known`: the words and numbers of sentences read before, by text, kept from one
    try of merged_summary to the next)."""
    queues = [
        [s for s in sorted(a.summary, key=lambda s: s.rank)
         if (a.article.id, s.sentence) not in left_out]
        for a in analyses
    ]  # fmt: skip
    chosen: list[StorySentence] = []
    seen: list[tuple[Counter[str], set[str]]] = []
    depth = 0
    while len(chosen) < length and any(depth < len(q) for q in queues):
        for analysis, queue in zip(analyses, queues, strict=True):
            if depth < len(queue) and len(chosen) < length:
                text = queue[depth].text
                mine = known.get(text)
                if mine is None:
                    mine = known[text] = (_words(text), set(_NUMBER.findall(text)))
                if not any(_near_duplicate(mine, other) for other in seen):
                    chosen.append(StorySentence(analysis.article.id, queue[depth]))
                    seen.append(mine)
        depth += 1
    return chosen


def needs_context(text: str) -> bool:
    """The sentence goes on from one before it: it opens with a pronoun, a demonstrative
    or a connective ("He added...", "But..."), or is the rest of a broken sentence
    ("'s thunder..."). The summariser's own rules, so the brief and the summary agree."""
    return not text.strip() or points_back(text) or starts_lowercase(text)


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
        ((a.article.id, f) for a in analyses for f in key_figures(a.figures)),
        key=lambda pair: -pair[1].salience,
    )
    chosen: list[StoryFigure] = []
    for article_id, figure in pool:
        if len(chosen) == count:
            break
        if not any(_same_figure(figure, c.figure) for c in chosen):
            chosen.append(StoryFigure(article_id, figure))
    return tuple(chosen)


def build_stories(
    analyses: Sequence[Analysis],
    *,
    length: int = 3,
    figures: int = 5,
    fingerprints: Fingerprints = fingerprints_of,
) -> list[Story]:
    """Stories, the one with the most articles (then the newest) first. `fingerprints`
    gives articles' fingerprints (by default from their bodies; a cache's stored ones spare
    reading every body): those of every story's members are asked for at once."""
    stories = []
    grouped = group(analyses)
    shared = [a.article for members in grouped if len(members) > 1 for a in members]
    prints = dict(zip((a.id for a in shared), fingerprints(shared), strict=True))
    for members in grouped:
        members = sorted(members, key=lambda a: a.article.date, reverse=True)
        members, copies = _distinct_texts(members, prints)
        title = headline(members)
        # the lead is the article the headline comes from: the story opens with it
        lead = next(i for i, a in enumerate(members) if a.article.title == title)
        members.insert(0, members.pop(lead))
        stories.append(
            Story(
                headline=title,
                articles=tuple(a.article for a in members),
                summary=merged_summary(members, length),
                figures=merged_figures(members, figures),
                copies=copies,
            )
        )
    stories.sort(key=lambda s: (-len(s.articles), -max(a.date.timestamp() for a in s.articles)))
    return stories


def _distinct_texts(
    members: list[Analysis], prints: dict[str, Fingerprint]
) -> tuple[list[Analysis], tuple[Article, ...]]:
    """The story's members with one copy of each text (the first given), and the copies
    left out (`prints`: the members' fingerprints, by id)."""
    if len(members) < 2:
        return members, ()
    articles = [a.article for a in members]
    groups = copy_groups_in(
        [a.id for a in articles], [url_key(a) for a in articles], [prints[a.id] for a in articles]
    )
    if len(groups) == len(members):
        return members, ()
    kept = sorted(g[0] for g in groups)
    copies = tuple(members[i].article for g in groups for i in g[1:])
    return [members[i] for i in kept], copies
