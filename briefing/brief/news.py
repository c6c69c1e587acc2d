"""Who and what is in the news: entities merged across the day's articles.

Within an article, the entities stage has already merged "Putin" into "Vladimir
Putin". Across articles we merge only with evidence: a one-word name joins a full
name when exactly one full name in the day's coverage ends with it (or a spelling
of it: "Zelensky" / "Zelenskyy"); two full names merge only when their first names
match and their surnames are spellings of each other. A bare "Smith" beside "John
Smith" and "Mary Smith" stays on its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.model import PLACE_LABELS, Analysis

GROUPS = {"people": ("PERSON",), "organizations": ("ORG",), "places": PLACE_LABELS}


@dataclass(frozen=True)
class InTheNews:
    name: str
    articles: int
    mentions: int

    def to_json(self) -> dict:
        return {"name": self.name, "articles": self.articles, "mentions": self.mentions}


def same_spelling(a: str, b: str) -> bool:
    """'zelensky' ~ 'zelenskyy', 'zelenskiy': one is the other with a short ending changed."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short[:-1]) and len(long_) - len(short) <= 2


def _spelling_key(surname: str) -> str:
    """Names that can be spellings of each other (same_spelling) share this key: they
    agree on their first four letters, or are equal when shorter."""
    return surname[:4]


def _merge_key(names: Sequence[str]) -> dict[str, str]:
    """Map every person name to the name it is merged into.

    Each name is compared only with the names that could be a spelling of it (the same
    first name and the first letters of the surname), so a month of coverage with tens
    of thousands of names is not compared pair by pair."""
    full = [n for n in names if len(n.split()) > 1]
    target: dict[str, str] = {n: n for n in names}
    by_first: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for name in full:
        words = name.lower().split()
        by_first[words[0], _spelling_key(words[-1])].append((name, words[-1]))
    for name in full:  # "Volodymyr Zelensky" → "Volodymyr Zelenskyy" (the longer spelling)
        words = name.lower().split()
        for other, o_last in by_first[words[0], _spelling_key(words[-1])]:
            if other != name and same_spelling(words[-1], o_last) and len(other) > len(name):
                target[name] = other
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in full:
        last = name.lower().split()[-1]
        by_surname[_spelling_key(last)].append((name, last))
    for name in names:
        if len(name.split()) != 1:
            continue
        lowered = name.lower()
        owners = {
            target[f]
            for f, last in by_surname[_spelling_key(lowered)]
            if same_spelling(lowered, last)
        }
        if len(owners) == 1:
            target[name] = owners.pop()
    return target


def _same_letters(names: set[str]) -> dict[str, str]:
    """ "U.S." and "US" are one name: map each to the first spelling of its letters."""
    first: dict[str, str] = {}
    for name in sorted(names, key=lambda n: (-n.count("."), n)):
        first.setdefault(name.replace(".", "").lower(), name)
    return {n: first[n.replace(".", "").lower()] for n in names}


def _same_country(target: dict[str, str]) -> dict[str, str]:
    """ "US", "America" and "the United States" are one country across articles too
    (each article names it by its own commonest spelling): every name of a country
    maps to the spelling the most names already map to."""
    from briefing.analysis.countries import country_code

    by_code: dict[str, list[str]] = defaultdict(list)
    for name, key in target.items():
        code = country_code(name)
        if code is not None:
            by_code[code].append(key)
    merged = dict(target)
    for keys in by_code.values():
        if len(set(keys)) > 1:
            winner = max(sorted(set(keys)), key=keys.count)
            for name, key in target.items():
                if key in keys:
                    merged[name] = winner
    return merged


def merge_targets(group: str, names: set[str]) -> dict[str, str]:
    """Every name of `group` (people, organizations, places) → the name it is merged
    into across articles: the brief lists it under that name, and the reader's `f`
    keeps every article that names it any of these ways."""
    target = _merge_key(sorted(names)) if group == "people" else _same_letters(names)
    return _same_country(target) if group == "places" else target


def in_the_news(analyses: Sequence[Analysis], top: int = 10) -> dict[str, list[InTheNews]]:
    """People, organisations and places ranked by how many articles mention them."""
    # one pass over the entities for all three groups, each article's names of a group
    # as a dict (a name given twice in one group, GPE and LOC, counts as given last)
    group_of = {label: g for g, labels in GROUPS.items() for label in labels}
    per_group: dict[str, list[dict[str, int]]] = {group: [] for group in GROUPS}
    for analysis in analyses:
        mine: dict[str, dict[str, int]] = {group: {} for group in GROUPS}
        for e in analysis.entities.canonical:
            group = group_of.get(e.label)
            if group is not None:
                mine[group][e.name] = e.count
        for group, counts in mine.items():
            per_group[group].append(counts)
    out: dict[str, list[InTheNews]] = {}
    for group, per_article in per_group.items():
        names: set[str] = set()
        for counts in per_article:
            names.update(counts)
        target = merge_targets(group, names)
        articles: dict[str, int] = defaultdict(int)
        mentions: dict[str, int] = defaultdict(int)
        for counts in per_article:
            keys = [target[name] for name in counts]
            for key, count in zip(keys, counts.values(), strict=True):
                mentions[key] += count
            for key in set(keys):
                articles[key] += 1
        ranked = sorted(articles, key=lambda k: (-articles[k], -mentions[k], k))
        out[group] = [InTheNews(k, articles[k], mentions[k]) for k in ranked[:top]]
    return out
