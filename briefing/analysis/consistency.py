"""One label per name across the library, where an article's own evidence is weak.

The entities stage decides each label from one article's parse and text. A name the
small model reads differently from one article to the next ("Tracey Emin" a person
in one, an organisation in the next) costs a reader's trust, and most such slips
happen where the article gives little evidence: one mention, no title, no
preposition that says "place". So the library votes: every article whose evidence
for a name was strong (`Entity.confidence` ≥ STRONG) votes once for its label, and an
article whose own evidence was weak takes the label the library agrees on, when at
least MIN_VOTES other articles agree and no more than a quarter disagree. An article
whose own evidence is strong keeps its label, even against the library: the same
name can be a person in one story and a company in another ("Ford").

This runs over Analyses (cached per article) at read time, so no stage's cache
depends on which other articles happen to be in the library.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefing.analysis.model import PLACE_LABELS, Analysis, Entities, Entity

STRONG = 0.75
"""An article's evidence for a label is strong at this share of its weighted votes."""
MIN_VOTES = 2
"""Other articles that must agree before a weak label gives way."""
AGREEMENT = 0.75
"""The share of the library's strong votes the winning label needs."""


def name_key(name: str) -> str:
    """What makes two spellings one name: case, dots and spacing do not count
    ("U.S." and "US", "Tracey  Emin" and "Tracey Emin")."""
    return " ".join(name.replace(".", "").replace("’", "'").split()).casefold()


def _family(label: str) -> str:
    """GPE, LOC and FAC are all places: a city read as GPE here and LOC there agree."""
    return "PLACE" if label in PLACE_LABELS else label


class LibraryLabels:
    """The labels the library's articles give each name with strong evidence."""

    def __init__(self, analyses: Iterable[Analysis] = ()) -> None:
        self._votes: dict[str, Counter[str]] = defaultdict(Counter)
        self._by_article: dict[str, list[tuple[str, str]]] = {}
        self._keys: dict[str, str] = {}
        """name_key of each name seen: a library names the same people again and again,
        and a 10,000-article brief folded 150,000 names one by one."""
        for analysis in analyses:
            self.add(analysis)

    def _key(self, name: str) -> str:
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = name_key(name)
        return key

    def add(self, analysis: Analysis) -> None:
        """Count an article's strong labels (again: a re-added article replaces itself)."""
        self.add_names(analysis.article.id, analysis.entities)

    def add_names(self, article_id: str, entities: Entities) -> None:
        """Count the strong labels of an article's `entities` (see add)."""
        votes = self._votes
        for key, label in self._by_article.pop(article_id, []):
            votes[key][label] -= 1
        keys, key_of = self._keys, self._key
        strong = [
            (keys.get(e.name) or key_of(e.name), e.label)
            for e in entities.canonical
            if e.confidence >= STRONG
        ]
        for key, label in strong:
            votes[key][label] += 1
        self._by_article[article_id] = strong

    def label_for(self, entity: Entity, article_id: str) -> tuple[str, int] | None:
        """The library's label for a weakly labelled entity and how many other
        articles give it, when the library agrees on one that differs; else None."""
        if entity.confidence >= STRONG:
            return None
        key = self._key(entity.name)
        votes = Counter(self._votes.get(key, Counter()))
        for own_key, label in self._by_article.get(article_id, []):
            if own_key == key:
                votes[label] -= 1
        families: Counter[str] = Counter()
        for label, n in votes.items():
            if n > 0:
                families[_family(label)] += n
        if not families:
            return None
        family, n = families.most_common(1)[0]
        if n < MIN_VOTES or n < AGREEMENT * sum(families.values()):
            return None
        if family == _family(entity.label):
            return None
        label = max((lab for lab in votes if _family(lab) == family), key=lambda lab: votes[lab])
        return label, n

    def relabel(self, analysis: Analysis) -> Analysis:
        """The analysis with each weakly labelled name given the library's label."""
        entities = self.relabelled(analysis.article.id, analysis.entities)
        return analysis if entities is analysis.entities else replace(analysis, entities=entities)

    def relabelled(self, article_id: str, entities: Entities) -> Entities:
        """An article's `entities` with each weakly labelled name given the library's
        label (the same object when none changes)."""
        changes: dict[str, tuple[str, str]] = {}
        # only a weak label can change: most articles have none, and are left as they are
        for entity in [e for e in entities.canonical if e.confidence < STRONG]:
            verdict = self.label_for(entity, article_id)
            if verdict is not None:
                label, n = verdict
                own = f"; here: {entity.why}" if entity.why else ""
                why = (
                    f"the library's label: {label} in {n} other articles with strong evidence{own}"
                )
                changes[entity.name] = (label, why)
        if not changes:
            return entities
        canonical = tuple(
            replace(e, label=changes[e.name][0], why=changes[e.name][1]) if e.name in changes else e
            for e in entities.canonical
        )
        mentions = tuple(
            replace(m, label=changes[m.canonical][0]) if m.canonical in changes else m
            for m in entities.mentions
        )
        return Entities(mentions, canonical)


def harmonise(analyses: Sequence[Analysis]) -> list[Analysis]:
    """`analyses` with one label per name where an article's own evidence is weak."""
    labels = LibraryLabels(analyses)
    return [labels.relabel(a) for a in analyses]
