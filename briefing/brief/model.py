"""The brief as data: what every renderer prints, and its stable JSON form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from briefing.analysis.duplicates import Fingerprints, fingerprints_of
from briefing.analysis.model import Analysis
from briefing.brief.news import InTheNews, in_the_news
from briefing.brief.stories import Story, build_stories


@dataclass(frozen=True)
class Brief:
    date: datetime
    selection: str
    analyses: dict[str, Analysis]
    in_the_news: dict[str, list[InTheNews]]
    stories: list[Story]

    @property
    def sources(self) -> list[str]:
        return sorted({a.article.source for a in self.analyses.values()})

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.date().isoformat(),
            "selection": self.selection,
            "articles": len(self.analyses),
            "sources": self.sources,
            "in_the_news": {k: [e.to_json() for e in v] for k, v in self.in_the_news.items()},
            "stories": [
                {
                    "headline": s.headline,
                    "articles": [a.id for a in s.articles],
                    "copies": [a.id for a in s.copies],
                    "sources": list(s.sources),
                    "summary": [
                        {"article": x.article_id, **x.sentence.to_json()} for x in s.summary
                    ],
                    "figures": [{"article": f.article_id, **f.figure.to_json()} for f in s.figures],
                }
                for s in self.stories
            ],
        }


def make_brief(
    analyses: Sequence[Analysis],
    selection: str,
    *,
    length: int = 3,
    figures: int = 5,
    now: datetime | None = None,
    day: date | None = None,
    fingerprints: Fingerprints = fingerprints_of,
) -> Brief:
    """The brief of `analyses`; dated `day` when it is the brief of a past day (its
    articles' day, not the day it was printed), else `now`. `fingerprints`: where the
    articles' shingles come from (build_stories)."""
    when = now or datetime.now().astimezone()
    if day is not None:
        when = datetime(day.year, day.month, day.day).astimezone()
    return Brief(
        date=when,
        selection=selection,
        analyses={a.article.id: a for a in analyses},
        in_the_news=in_the_news(analyses),
        stories=build_stories(analyses, length=length, figures=figures, fingerprints=fingerprints),
    )
