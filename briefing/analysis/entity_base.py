"""What the steps of the entities stage share: a label rule's verdict (Evidence), a piece
of a span (Piece), a trimmed mention (Mention) and what a label rule looks at
(Subject), with the name key mentions are grouped by and the few readings of a
mention's neighbourhood that rules of every family use (the token a name hangs from,
the locative preposition before it, the noun it modifies or is an example of).

Kept apart and small so that each step's module imports it, and no module imports
another for its types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.analysis.countries import a_known_place, country_code
from briefing.analysis.entity_words import a_peoples_name
from briefing.analysis.lexicon import EXAMPLE_PREPS, LOCATIVE, SPORT_WORDS
from briefing.analysis.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Evidence:
    """What one mention says about its entity's label, how strongly, and why."""

    label: str
    weight: float
    reason: str


UNLABELLED = ""
"""The label of evidence that says a name is none of the kinds spaCy guessed and no
other that can be told: the entity is left out rather than shown with a wrong label."""


SPACY = "spaCy's label"


@dataclass
class Piece:
    """A token range of one spaCy entity, after splitting, with what the split knew."""

    start: int
    end: int
    label: str
    """spaCy's label, or the label a split step gave the piece."""
    split: bool = False
    """The piece is part of a span spaCy read as one name."""
    hint: str | None = None
    """A label a split step inferred (a place the article names on its own)."""


@dataclass
class Mention:
    """A trimmed mention (character span) and its evidence."""

    start: int
    end: int
    first_token: int
    evidence: Evidence
    modifies_noun: bool = False
    """The name modifies a common noun ("Tomahawk missiles")."""
    after_the: bool = False
    """The word before the name is "the" ("the Bill"): no person's name takes one."""
    before_a_noun: bool = False
    """The name modifies a noun, a role's too ("Oscar presenters", "the All Black captain")."""
    weight: float = field(init=False)

    def __post_init__(self) -> None:
        self.weight = self.evidence.weight

    @property
    def label(self) -> str:
        return self.evidence.label


@dataclass(frozen=True)
class Subject:
    """What a label rule looks at: the mention's tokens, spaCy's label, its title."""

    doc: Doc
    span: Span
    label: str
    title: str
    """The title word before or inside the span ("President"), or ""."""
    split: bool
    sides: dict[int, str] = field(default_factory=dict)
    """Tokens of the article's result lines that name a side, with the line's text."""
    datelines: dict[int, str] = field(default_factory=dict)
    """Tokens of the place names that open the article's datelines, with the dateline."""
    ents: dict[int, Span] = field(default_factory=dict)
    """spaCy's entity span that holds each token, for rules that read a name's neighbours."""
    name: Span | None = None
    """The tokens of the name itself, titles and role words trimmed ("Maria Lopez")."""

    @property
    def named(self) -> Span:
        """The name's tokens: the name itself where titles were trimmed, else the span."""
        return self.name if self.name is not None else self.span

    @property
    def words(self) -> list[str]:
        """The name's words as written ("Thomas", "Haden", "Church"; "Kilroy-Silk")."""
        return self.named.text.split()

    @property
    def about_sport(self) -> bool:
        """Whether the article is one on sport (it holds words of sport)."""
        return an_article_on_sport(self.doc)

    def known_place(self, or_a_people: bool = False) -> bool:
        """Whether the name is a country's or a place the gazetteer knows (or, with
        `or_a_people`, a people's): other evidence cannot make it a work or a person."""
        text = " ".join(self.words)
        known = country_code(text) is not None or a_known_place(text)
        return known or (or_a_people and a_peoples_name(text))


def an_article_on_sport(doc: Doc) -> bool:
    """An article holding words of sport, where a city may name its club and "against"
    or "take on" a side."""
    return bool(SPORT_WORDS & doc.lower_words)


STRAY_STOP = re.compile(r"\s+\.\s+(?=[a-z])")
"""A full stop between spaces before a lower-case word: a broken line inside a name."""


def name_key(text: str) -> str:
    return " ".join(STRAY_STOP.sub(" ", text).replace("’", "'").split()).lower()


def after_locative(tok: Token) -> Token | None:
    """The preposition, when the token is the object of "in/across/at/…" or listed with
    one ("across Kyiv, Odesa")."""
    while tok.dep == "conj" and not tok.is_root:
        tok = tok.head
    if tok.dep == "pobj" and tok.head.lower in LOCATIVE:
        return tok.head
    return None


def kind_it_is_an_example_of(tok: Token) -> Token | None:
    """The noun a name (or the list it heads) is given as an example of: "retailers
    including X", "companies such as X", "other films include X"."""
    if tok.dep == "pobj" and tok.head.lower in EXAMPLE_PREPS:
        return tok.head.head
    if tok.dep == "dobj" and tok.head.lemma.lower() == "include":
        return tok.head.child("nsubj")
    return None


def outside_head(span: Span) -> Token:
    """The token the span's root hangs from, through a list ("X, Y and Z group")."""
    tok = span.root
    while tok.dep == "conj" and not tok.is_root:
        tok = tok.head
    return tok


def noun_right_after(s: Subject) -> Token | None:
    """The noun the name modifies as the word right after it ("a Golden Globe award",
    "the Mindanao island", "the Disney directors"), or None."""
    last = s.span[-1]
    return last.head if last.dep == "compound" and last.head.i == s.span.end else None
