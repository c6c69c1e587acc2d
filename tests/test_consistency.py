"""One label per name across the library where an article's own evidence is weak."""

from __future__ import annotations

from datetime import datetime

from briefing.analysis.consistency import harmonise
from briefing.analysis.model import Analysis, Article, Entities, Entity, EntityMention

DAY = datetime(2025, 10, 13, 9, 0).astimezone()


def article_naming(aid: str, name: str, label: str, confidence: float, why: str = "") -> Analysis:
    body = f"{name} was in the news today."
    mention = EntityMention(name, label, name, 0, len(name))
    entity = Entity(name, label, 1, why, confidence)
    article = Article(aid, body, f"story {aid}", "wire", DAY)
    return Analysis(article, (), Entities((mention,), (entity,)), (), "x", "3")


def labels(analyses: list[Analysis]) -> list[str]:
    return [a.entities.canonical[0].label for a in analyses]


def test_a_weak_label_takes_the_label_other_articles_agree_on():
    library = [
        article_naming("a", "Tracey Emin", "PERSON", 1.0),
        article_naming("b", "Tracey Emin", "PERSON", 0.9),
        article_naming("c", "Tracey Emin", "ORG", 0.5, "spaCy's label, 1 mention"),
    ]
    out = harmonise(library)
    assert labels(out) == ["PERSON", "PERSON", "PERSON"]
    weak = out[2]
    assert weak.entities.mentions[0].label == "PERSON"  # the body's colour follows
    assert "library" in weak.entities.canonical[0].why
    assert "spaCy's label, 1 mention" in weak.entities.canonical[0].why


def test_strong_evidence_in_the_article_keeps_its_own_label():
    library = [
        article_naming("a", "Ford", "PERSON", 1.0),
        article_naming("b", "Ford", "PERSON", 1.0),
        article_naming("c", "Ford", "ORG", 0.9),
    ]
    assert labels(harmonise(library)) == ["PERSON", "PERSON", "ORG"]


def test_one_other_article_is_not_enough_to_overrule():
    library = [
        article_naming("a", "Claudia", "PERSON", 1.0),
        article_naming("b", "Claudia", "GPE", 0.4),
    ]
    assert labels(harmonise(library)) == ["PERSON", "GPE"]


def test_a_divided_library_changes_nothing():
    library = [
        article_naming("a", "Jordan", "PERSON", 1.0),
        article_naming("b", "Jordan", "PERSON", 1.0),
        article_naming("c", "Jordan", "GPE", 1.0),
        article_naming("d", "Jordan", "GPE", 1.0),
        article_naming("e", "Jordan", "ORG", 0.3),
    ]
    assert labels(harmonise(library))[-1] == "ORG"


def test_spellings_that_differ_only_in_dots_and_case_are_one_name():
    library = [
        article_naming("a", "U.S.", "GPE", 1.0),
        article_naming("b", "US", "GPE", 1.0),
        article_naming("c", "us", "ORG", 0.5),
    ]
    assert labels(harmonise(library)) == ["GPE", "GPE", "GPE"]


def test_places_of_different_kinds_agree():
    library = [
        article_naming("a", "Gaza", "GPE", 1.0),
        article_naming("b", "Gaza", "GPE", 1.0),
        article_naming("c", "Gaza", "LOC", 0.5),
    ]
    assert labels(harmonise(library)) == ["GPE", "GPE", "LOC"]
