"""The data every reader shares: articles, the stored parse, and the analysis results.

These are plain frozen dataclasses with JSON round-trips, so the cache can store
them and the TUI, the brief and `briefing analyze --json` all read the same thing.
Nothing here imports spaCy, sumy or textual.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

# the articles' vocabulary, re-exported: a reader of analyses finds it here too
from briefing.article import Article as Article
from briefing.article import LoadProblem as LoadProblem

_T = TypeVar("_T")


def _trusted(cls: type[_T], **fields: Any) -> _T:
    """A frozen dataclass from values the cache stored, every field given, without the
    frozen __init__: its object.__setattr__ per field made reading a month of analyses
    (half a million mentions, entities and figures) take seconds."""
    if len(fields) != _field_count(cls):  # a field added since, not read here: its default applies
        return cls(**fields)
    made = object.__new__(cls)
    made.__dict__.update(fields)
    return made


_FIELD_COUNTS: dict[type, int] = {}


def _adopted(cls: type[_T], stored: dict[str, Any]) -> _T | None:
    """A frozen dataclass made around `stored` itself, when it holds as many values as
    the class has fields (as the class's to_json wrote them: an entry's stage version
    says which fields it has, so one written before a field was added is the only
    other shape), else None. No copy and no call per field: a brief of 10,000
    articles reads 250,000 entities, figures and sentences, and copying each into a
    new object was a tenth of its time. The object owns `stored` from then on: a
    caller hands over a dict it no longer changes."""
    if len(stored) != _field_count(cls):
        return None
    made = _new(cls)
    _set_attribute(made, "__dict__", stored)
    return made


def _adopted_all(
    cls: type[_T], stored: Iterable[dict[str, Any]], read: Callable[[dict[str, Any]], _T]
) -> tuple[_T, ...]:
    """_adopted over a list, in one loop (a call per entry was a third of the time);
    `read` reads an entry of another shape."""
    count = _field_count(cls)
    made: list[_T] = []
    append = made.append
    for entry in stored:
        if len(entry) == count:
            obj = _new(cls)
            _set_attribute(obj, "__dict__", entry)
            append(obj)
        else:
            append(read(entry))
    return tuple(made)


def _field_count(cls: type) -> int:
    count = _FIELD_COUNTS.get(cls)
    if count is None:
        count = _FIELD_COUNTS[cls] = len(dataclasses.fields(cls))
    return count


_new = object.__new__
_set_attribute = object.__setattr__


Value = float | tuple[float, float]
"""A figure's numeric value: a number, or a (low, high) range."""


@dataclass(frozen=True)
class Parse:
    """What the spaCy stage stores: enough for every later stage, no spaCy objects.

    Tokens are kept as parallel columns (one entry per token) so that the entity,
    figure and summary stages can be improved and re-run from the cache without
    parsing again. `heads` holds token indices; `ents` holds every entity spaCy
    found (numeric labels included) as (first token, end token, label).
    """

    sentences: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    tags: tuple[str, ...]
    pos: tuple[str, ...]
    deps: tuple[str, ...]
    heads: tuple[int, ...]
    lemmas: tuple[str, ...]
    ents: tuple[tuple[int, int, str], ...]
    sent_starts: tuple[int, ...] = field(default=(), compare=False)
    """Index of the first token of each sentence (derived, not stored)."""

    def __post_init__(self) -> None:
        if not self.sent_starts:
            firsts: list[int] = []
            t = 0
            for s_start, _ in self.sentences:
                while t < len(self.starts) and self.ends[t] <= s_start:
                    t += 1
                firsts.append(t)
            object.__setattr__(self, "sent_starts", tuple(firsts))

    def __len__(self) -> int:
        return len(self.starts)

    def sentence_tokens(self, index: int) -> range:
        """Token indices of sentence `index`."""
        first = self.sent_starts[index]
        last = (
            self.sent_starts[index + 1] if index + 1 < len(self.sent_starts) else len(self.starts)
        )
        return range(first, last)

    def sentence_of_token(self, token: int) -> int:
        """Index of the sentence that holds `token`."""
        from bisect import bisect_right

        return max(0, bisect_right(self.sent_starts, token) - 1)

    def token_text(self, body: str, token: int) -> str:
        return body[self.starts[token] : self.ends[token]]

    def words(self, body: str, sentence: int) -> list[str]:
        """The sentence's words: its tokens less punctuation and spaces."""
        return [
            body[self.starts[t] : self.ends[t]]
            for t in self.sentence_tokens(sentence)
            if self.pos[t] not in ("PUNCT", "SPACE", "SYM")
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "sentences": [list(s) for s in self.sentences],
            "starts": list(self.starts),
            "ends": list(self.ends),
            "tags": list(self.tags),
            "pos": list(self.pos),
            "deps": list(self.deps),
            "heads": list(self.heads),
            "lemmas": list(self.lemmas),
            "ents": [list(e) for e in self.ents],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Parse:
        return cls(
            sentences=tuple((s, e) for s, e in data["sentences"]),
            starts=tuple(data["starts"]),
            ends=tuple(data["ends"]),
            tags=tuple(data["tags"]),
            pos=tuple(data["pos"]),
            deps=tuple(data["deps"]),
            heads=tuple(data["heads"]),
            lemmas=tuple(data["lemmas"]),
            ents=tuple((s, e, label) for s, e, label in data["ents"]),
        )


@dataclass(frozen=True)
class SummarySentence:
    """A summary sentence: its text, offsets into the body, index and rank (1 = best)."""

    text: str
    start: int
    end: int
    sentence: int
    rank: int

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "rank": self.rank,
        }

    @classmethod
    def many_from_json(cls, stored: Iterable[dict[str, Any]]) -> tuple[SummarySentence, ...]:
        """The sentences `stored` holds (each takes its dict over)."""
        return _adopted_all(cls, stored, cls.from_json)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SummarySentence:
        """The sentence `d` stores (the sentence takes `d` over)."""
        adopted = _adopted(cls, d)
        if adopted is not None:
            return adopted
        return _trusted(cls, text=d["text"], start=d["start"], end=d["end"],
                        sentence=d["sentence"], rank=d["rank"])  # fmt: skip


ENTITY_LABELS = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "EVENT",
    "PRODUCT",
    "LAW",
    "WORK_OF_ART",
)
"""The named-entity labels briefing shows (spaCy's numeric labels are figures)."""

PLACE_LABELS = ("GPE", "LOC", "FAC")


@dataclass(frozen=True)
class EntityMention:
    """One mention in the body, with the label and canonical name of its entity."""

    text: str
    label: str
    canonical: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "label": self.label,
            "canonical": self.canonical,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> EntityMention:
        """The mention `d` stores (the mention takes `d` over)."""
        adopted = _adopted(cls, d)
        if adopted is not None:
            return adopted
        return _trusted(cls, text=d["text"], label=d["label"], canonical=d["canonical"],
                        start=d["start"], end=d["end"])  # fmt: skip


@dataclass(frozen=True)
class Entity:
    """A canonical entity of one article: one name, one label, its mention count."""

    name: str
    label: str
    count: int
    why: str = ""
    """The evidence that decided the label, for people ("a title before the name")."""
    confidence: float = 1.0
    """The winning label's share of the mentions' weighted votes (1.0: no doubt). Where it
    is low, the library's label for the name may replace it (see consistency.py)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "count": self.count,
            "why": self.why,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def many_from_json(cls, stored: Iterable[dict[str, Any]]) -> tuple[Entity, ...]:
        """The entities `stored` holds (each takes its dict over)."""
        return _adopted_all(cls, stored, cls.from_json)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Entity:
        """The entity `d` stores (the entity takes `d` over)."""
        adopted = _adopted(cls, d)
        if adopted is not None:
            return adopted
        return _trusted(cls, name=d["name"], label=d["label"], count=d["count"],
                        why=d.get("why", ""), confidence=d.get("confidence", 1.0))  # fmt: skip


class StoredMentions(Sequence[EntityMention]):
    """An analysis's mentions as the cache stored them (their JSON values, or a
    function that reads them), made into EntityMentions the first time they are read:
    a brief of 10,000 articles reads 200,000 mentions and looks at the few of the
    sentences it shows; the reader, those of one article. Compares and hashes as the
    tuple of its mentions."""

    __slots__ = ("_made", "_stored")

    def __init__(self, stored: list[dict[str, Any]] | Callable[[], list[dict[str, Any]]]) -> None:
        self._stored: list[dict[str, Any]] | Callable[[], list[dict[str, Any]]] | None = stored
        self._made: tuple[EntityMention, ...] = ()

    def _mentions(self) -> tuple[EntityMention, ...]:
        if self._stored is not None:
            stored = self._stored() if callable(self._stored) else self._stored
            self._made = _adopted_all(EntityMention, stored, EntityMention.from_json)
            self._stored = None
        return self._made

    def __len__(self) -> int:
        if isinstance(self._stored, list):
            return len(self._stored)
        return len(self._mentions())

    def to_json(self) -> list[dict[str, Any]]:
        """The mentions' JSON. Unread, they are copies of the stored values, when each
        has every field (as EntityMention.to_json wrote them, in its order): an
        `analyze --json` of 1,000 articles made 22,000 mentions only to write them
        back as they were read."""
        if self._stored is not None:
            if callable(self._stored):
                self._stored = self._stored()
            stored = self._stored  # as _adopted_all takes them: dicts of as many fields
            if set(map(type, stored)) <= {dict} and set(map(len, stored)) <= {
                _field_count(EntityMention)
            }:
                return list(map(dict.copy, stored))
        return [m.to_json() for m in self._mentions()]

    def __getitem__(self, index: Any) -> Any:
        return self._mentions()[index]

    def __iter__(self) -> Iterator[EntityMention]:
        return iter(self._mentions())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredMentions | tuple):
            return self._mentions() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._mentions())

    def __repr__(self) -> str:
        return repr(self._mentions())


@dataclass(frozen=True)
class Entities:
    """The entities stage's result: every mention, and the canonical entities by count."""

    mentions: Sequence[EntityMention]
    """A tuple, or StoredMentions when read from the cache."""
    canonical: tuple[Entity, ...]

    def of_labels(self, *labels: str) -> tuple[Entity, ...]:
        return tuple(e for e in self.canonical if e.label in labels)

    @property
    def people(self) -> tuple[Entity, ...]:
        return self.of_labels("PERSON")

    @property
    def organizations(self) -> tuple[Entity, ...]:
        return self.of_labels("ORG")

    @property
    def places(self) -> tuple[Entity, ...]:
        return self.of_labels(*PLACE_LABELS)

    def mentions_json(self) -> list[dict[str, Any]]:
        """Every mention's JSON (see StoredMentions.to_json)."""
        if isinstance(self.mentions, StoredMentions):
            return self.mentions.to_json()
        return [m.to_json() for m in self.mentions]

    def to_json(self) -> dict[str, Any]:
        return {
            "mentions": self.mentions_json(),
            "canonical": [e.to_json() for e in self.canonical],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Entities:
        return cls(
            StoredMentions(d["mentions"]),
            Entity.many_from_json(d["canonical"]),
        )


FIGURE_KINDS = ("money", "percent", "quantity", "count", "duration")


@dataclass(frozen=True)
class Figure:
    """A number the article reports, with what it measures.

    `value` is a float or a (low, high) range; `unit` is a currency code
    ("USD"), "percent", a measure ("km", "tonnes") or the counted noun
    ("drones"); `kind` is one of FIGURE_KINDS; `context` is a short phrase
    saying what the number measures; `salience` orders an article's figures
    (higher first), and 0 marks a figure the article reports but that is not a
    key figure ("the past 24 hours", "one injured civilian"): see key_figures.
    """

    text: str
    value: Value
    unit: str
    kind: str
    context: str
    start: int
    end: int
    sentence: int
    salience: float
    why: str = ""
    """Why the figure is key or not, for people ("a time span measured from now")."""

    def to_json(self) -> dict[str, Any]:
        value: Any = list(self.value) if isinstance(self.value, tuple) else self.value
        return {
            "text": self.text,
            "value": value,
            "unit": self.unit,
            "kind": self.kind,
            "context": self.context,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "salience": round(self.salience, 4),
            "why": self.why,
        }

    @classmethod
    def many_from_json(cls, stored: Iterable[dict[str, Any]]) -> tuple[Figure, ...]:
        """The figures `stored` holds (each takes its dict over, when its value is a
        float)."""
        count = _field_count(cls)
        made: list[Figure] = []
        append = made.append
        for entry in stored:
            if len(entry) == count and type(entry["value"]) is float:
                obj = _new(cls)
                _set_attribute(obj, "__dict__", entry)
                append(obj)
            else:
                append(cls.from_json(entry))
        return tuple(made)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Figure:
        """The figure `d` stores (the figure takes `d` over when its value is a float:
        a range is stored as a list, and read as a tuple)."""
        value = d["value"]
        if type(value) is float:
            adopted = _adopted(cls, d)
            if adopted is not None:
                return adopted
        return _trusted(
            cls,
            text=d["text"],
            value=(float(value[0]), float(value[1])) if isinstance(value, list) else float(value),
            unit=d["unit"],
            kind=d["kind"],
            context=d["context"],
            start=d["start"],
            end=d["end"],
            sentence=d["sentence"],
            salience=d["salience"],
            why=d.get("why", ""),
        )


def key_figures(figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """The key figures among an analysis's figures, most salient first: what a sidebar
    or a brief lists (the body highlights them all). They are a prefix of
    Analysis.figures, so a key figure's index there is its index here too."""
    return tuple(f for f in figures if f.salience > 0)


@dataclass(frozen=True)
class Analysis:
    """Everything the readers show for one article, from one (cached) analysis."""

    article: Article
    summary: tuple[SummarySentence, ...]
    entities: Entities
    figures: tuple[Figure, ...]
    algorithm: str
    length: str

    def to_json(self, *, explain: bool = False) -> dict[str, Any]:
        """The stable `briefing analyze --json` shape of one article (see README); with
        `explain`, each person, organisation and place also has its label and why."""

        def entry(e: Entity) -> dict[str, Any]:
            out: dict[str, Any] = {"name": e.name, "count": e.count}
            if explain:
                out.update(label=e.label, why=e.why)
            return out

        data = self.article.meta_json()
        data.update(
            {
                "algorithm": self.algorithm,
                "length": self.length,
                "summary": [s.to_json() for s in self.summary],
                "entities": self.entities.mentions_json(),
                "people": [entry(e) for e in self.entities.people],
                "organizations": [entry(e) for e in self.entities.organizations],
                "places": [entry(e) for e in self.entities.places],
                "figures": [f.to_json() for f in self.figures],
                "body": self.article.body,
            }
        )
        return data
