"""Named entities, consolidated per article: one name, one label, all its mentions.

The small English model makes predictable mistakes on news: a city used as a
modifier or listed with others comes out as PERSON ("Kyiv, Odesa" as one ORG,
"Rafah" and "Patriot" as people), and a surname alone gets GPE or ORG. We fix
these from evidence in the article itself, never from lists of names. The work is
a sequence of named steps over the token view (tokens.Doc), and the label evidence
is an ordered table of named rules, each of which says why:

1. split spaCy's spans into pieces (SPLIT_STEPS): coordinations of proper names
   ("Kyiv, Odesa" → Kyiv, Odesa), a place run into the name that follows it
   ("envoy to Ukraine Kurt Volker" → Ukraine, Kurt Volker);
2. trim each piece to the name (trim): determiners, possessives, titles
   ("President Donald Trump" → Donald Trump);
3. weigh each mention's label by the parse's evidence (MENTION_RULES: a title
   before a name says PERSON; a bare name after a locative preposition says it is
   not a person; …);
4. merge a short form into the longer name it ends ("Putin" → "Vladimir Putin");
5. vote on one label per entity; the winning share of the votes is its confidence,
   and the evidence behind the winning label is its `why`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing.analysis.lexicon import LOCATIVE, NAME_LINKS, PLACE_NOUNS, TITLES
from briefing.analysis.model import (
    ENTITY_LABELS,
    PLACE_LABELS,
    Entities,
    Entity,
    EntityMention,
    Parse,
)
from briefing.analysis.rules import first_verdict
from briefing.analysis.tokens import Doc, Span, Token

VERSION = "4"


# --- the verdict of a label rule ------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """What one mention says about its entity's label, how strongly, and why."""

    label: str
    weight: float
    reason: str


@dataclass
class _Piece:
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
class _Mention:
    """A trimmed mention (character span) and its evidence."""

    start: int
    end: int
    first_token: int
    evidence: Evidence
    weight: float = field(init=False)

    def __post_init__(self) -> None:
        self.weight = self.evidence.weight

    @property
    def label(self) -> str:
        return self.evidence.label


@dataclass(frozen=True)
class _Subject:
    """What a label rule looks at: the mention's tokens, spaCy's label, its title."""

    doc: Doc
    span: Span
    label: str
    title: str
    """The title word before or inside the span ("President"), or ""."""
    split: bool


# --- 1. splitting spaCy's spans ---------------------------------------------------------


def _is_list_separator(tok: Token) -> bool:
    return tok.text in (",", ";") or (tok.dep == "cc" and tok.lower in ("and", "or", "&"))


def split_coordination(doc: Doc, piece: _Piece) -> list[_Piece]:
    """ "Kyiv, Odesa and Lviv" read as one name is three: a span of proper nouns
    separated by commas or "and"/"or" is a list."""
    ranges: list[tuple[int, int]] = []
    current: list[int] = []
    for tok in doc.span(piece.start, piece.end):
        if _is_list_separator(tok):
            if current:
                ranges.append((current[0], current[-1] + 1))
            current = []
        else:
            current.append(tok.i)
    if current:
        ranges.append((current[0], current[-1] + 1))
    if len(ranges) > 1 and all(doc[t].pos == "PROPN" for a, b in ranges for t in range(a, b)):
        return [_Piece(a, b, piece.label, True, piece.hint) for a, b in ranges]
    return [piece]


def split_place_prefix(doc: Doc, piece: _Piece, places: set[str]) -> list[_Piece]:
    """ "Ukraine Kurt Volker" → "Ukraine", "Kurt Volker": the first word is a place the
    article names on its own, and the rest is two or three capitalised proper nouns
    none of which the article ever writes in lower case (so not "Defense Contact
    Group", whose words are ordinary ones)."""
    rest = doc.span(piece.start + 1, piece.end)
    if not 2 <= len(rest) <= 3 or _key(doc[piece.start].text) not in places:
        return [piece]
    lower = doc.lower_words
    if all(t.pos == "PROPN" and t.is_title and t.lower not in lower for t in rest):
        return [
            _Piece(piece.start, piece.start + 1, piece.label, True, "GPE"),
            _Piece(piece.start + 1, piece.end, piece.label, True, "PERSON"),
        ]
    return [piece]


def _split(doc: Doc, piece: _Piece, places: set[str]) -> list[_Piece]:
    """Every split step in order, each applied to the pieces of the one before."""
    steps: tuple[Callable[[_Piece], list[_Piece]], ...] = (
        lambda p: split_coordination(doc, p),
        lambda p: split_place_prefix(doc, p, places),
    )
    pieces = [piece]
    for step in steps:
        pieces = [out for p in pieces for out in step(p)]
    return pieces


# --- 2. trimming a piece to the name ----------------------------------------------------

_TRIM_START = re.compile(r"^(?:the|The|THE)\s+")
_TRIM_END = re.compile(r"(?:['’]s|['’])$")


def _title_word(tok: Token | None) -> str:
    """The token's text if it is a title ("President", "Dr."), else ""."""
    if tok is not None and tok.lower.strip(".") in TITLES:
        return tok.text
    return ""


def trim_titles(doc: Doc, start: int, end: int) -> tuple[int, str]:
    """The first token after any titles inside the span, and the title that says the
    name is a person's (the last one inside the span, or the word right before it)."""
    title = _title_word(doc.get(start - 1))
    while end - start > 1 and (inside := _title_word(doc[start])):
        start, title = start + 1, inside
    return start, title


def trim_characters(body: str, start: int, end: int) -> tuple[int, int]:
    """The name's characters without a leading "the", a possessive, an unclosed
    parenthesis or trailing punctuation (a final "." or ")" stays: "Corp.")."""
    lead = _TRIM_START.match(body[start:end])
    if lead and end - start > lead.end():
        start += lead.end()
    tail = _TRIM_END.search(body[start:end])
    if tail and tail.start() > 0:
        end = start + tail.start()
    if "(" in body[start:end] and ")" not in body[start:end]:
        end = start + body[start:end].index("(")
    while end > start and not body[end - 1].isalnum() and body[end - 1] not in ".)":
        end -= 1
    return start, end


def _looks_like_a_name(text: str) -> bool:
    """Title Case, apart from linking words: "Trump for a Nobel Peace Prize" is not."""
    words = text.split()
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in NAME_LINKS for w in words)


# --- 3. the label evidence of one mention -----------------------------------------------


def _after_locative(tok: Token) -> Token | None:
    """The preposition, when the token is the object of "in/across/at/…" or listed with
    one ("across Kyiv, Odesa")."""
    while tok.dep == "conj" and not tok.is_root:
        tok = tok.head
    if tok.dep == "pobj" and tok.head.lower in LOCATIVE:
        return tok.head
    return None


def _owned_place_noun(tok: Token) -> Token | None:
    """ "Odesa's governor", "Gaza's residents": the noun only places have that the name
    owns, if it does."""
    pos, noun = tok.nbor(1), tok.nbor(2)
    if pos is None or noun is None or pos.tag != "POS":
        return None
    return noun if noun.lower in PLACE_NOUNS else None


def after_a_title(s: _Subject) -> Evidence | None:
    """A title before a name makes it a person's: "President", "Dr", "Coach"."""
    if not s.title:
        return None
    return Evidence("PERSON", 3.0 if s.label == "PERSON" else 2.0, f"a title ({s.title})")


def a_nationality_adjective(s: _Subject) -> Evidence | None:
    """ "Ukrainian officials": a one-word name the parse tags as an adjective is a
    nationality, not a place or a person."""
    if len(s.span) == 1 and s.span[0].tag == "JJ":
        return Evidence("NORP", 1.0, f"an adjective ({s.span.text} {s.span[0].head.text})")
    return None


def owns_a_place_noun(s: _Subject) -> Evidence | None:
    """ "Odesa's governor": the owner of a noun only places have is a place."""
    if len(s.span) != 1 or s.label in PLACE_LABELS:
        return None
    noun = _owned_place_noun(s.span[0])
    if noun is None:
        return None
    return Evidence("GPE", 1.0, f"the owner of a place's {noun.text}")


def after_a_locative(s: _Subject) -> Evidence | None:
    """ "in Rafah", "across Kyiv, Odesa": a bare name that spaCy calls a person (or a
    piece of a misread list) after a locative preposition is a place."""
    if len(s.span) != 1 or not (s.label == "PERSON" or s.split):
        return None
    prep = _after_locative(s.span[0])
    if prep is None:
        return None
    return Evidence("GPE", 0.75, f'after a locative preposition ("{prep.text}")')


def spacys_label(s: _Subject) -> Evidence | None:
    """spaCy's own label stands when no other rule speaks and the name is not a bare
    one-word PERSON (the model's weakest reading)."""
    if s.label != "PERSON" or len(s.span) > 1:
        return Evidence(s.label, 1.0, "spaCy's label")
    return None


def a_bare_name_modifying_a_noun(s: _Subject) -> Evidence | None:
    """ "the Rafah crossing", "Patriot systems": a one-word "person" that modifies a
    common noun is a place (after "the") or a thing."""
    tok = s.span[0]
    if tok.dep != "compound" or tok.head.pos != "NOUN":
        return None
    prev = tok.nbor(-1)
    if prev is not None and prev.lower == "the":
        return Evidence("LOC", 0.75, f'a name modifying a noun after "the" ({tok.head.text})')
    return Evidence("PRODUCT", 0.75, f"a name modifying a noun ({tok.head.text})")


def spacys_person(s: _Subject) -> Evidence | None:
    """Nothing else speaks: spaCy's PERSON stands."""
    return Evidence(s.label, 1.0, "spaCy's label")


MENTION_RULES: tuple[Callable[[_Subject], Evidence | None], ...] = (
    after_a_title,
    a_nationality_adjective,
    owns_a_place_noun,
    after_a_locative,
    spacys_label,
    a_bare_name_modifying_a_noun,
    spacys_person,
)
"""The label evidence of one mention, strongest first: the first rule that applies
decides the mention's vote."""


def _mention_evidence(s: _Subject, spacy_label: str, hint: str | None) -> Evidence:
    """The first rule's verdict, discounted when the mention is a piece of a misread
    span: spaCy's label for a piece is a guess, and a split step's hint a likely one."""
    evidence = first_verdict(MENTION_RULES, s)
    assert evidence is not None  # the last rule always applies
    if s.split and evidence.label == spacy_label:
        return Evidence(evidence.label, min(evidence.weight, 0.25), evidence.reason)
    if hint and evidence.label == hint:
        return Evidence(evidence.label, min(evidence.weight, 0.5), evidence.reason)
    return evidence


# --- 4 and 5. grouping, merging and voting ----------------------------------------------


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


def _mentions(doc: Doc) -> list[_Mention]:
    """Every trimmed mention of a name in the article, with its evidence."""
    places = {_key(s.text) for s in doc.ents if len(s) == 1 and s.label in PLACE_LABELS}
    out: list[_Mention] = []
    for ent in doc.ents:
        if ent.label not in ENTITY_LABELS:
            continue
        for piece in _split(doc, _Piece(ent.start, ent.end, ent.label), places):
            mention = _mention_of(doc, piece)
            if mention is not None:
                out.append(mention)
    return out


def _mention_of(doc: Doc, piece: _Piece) -> _Mention | None:
    """The piece trimmed to its name and weighed, or None if what is left is no name."""
    first, title = trim_titles(doc, piece.start, piece.end)
    start, end = trim_characters(doc.body, doc[first].idx, doc[piece.end - 1].end_char)
    text = doc.body[start:end]
    if end <= start or not _looks_like_a_name(text):
        return None
    if text.lower().strip(".") in TITLES:  # "Defence" of "Defence Minister"
        return None
    label = piece.hint or piece.label
    subject = _Subject(doc, doc.span(piece.start, piece.end), label, title, piece.split)
    return _Mention(start, end, piece.start, _mention_evidence(subject, piece.label, piece.hint))


def extract_entities(body: str, parse: Parse) -> Entities:
    """Every named-entity mention with its canonical name and label, and the counts."""
    mentions = _mentions(Doc(body, parse))

    names: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        names[_key(body[m.start : m.end])].append(m)
    _discount_unintroduced_people(names)
    canonical_of, full_names = _canonical_keys(body, mentions, names)

    groups: dict[str, list[_Mention]] = defaultdict(list)
    for m, key in zip(mentions, canonical_of, strict=True):
        groups[key].append(m)
    out_mentions: list[EntityMention] = []
    entities: list[tuple[int, Entity]] = []
    for key, group in groups.items():
        label, why, confidence = _decide(group, key in full_names)
        name = _display_name(body, group, key)
        first_seen = min(m.start for m in group)
        entities.append((first_seen, Entity(name, label, len(group), why, confidence)))
        for m in group:
            out_mentions.append(EntityMention(body[m.start : m.end], label, name, m.start, m.end))
    entities.sort(key=lambda pair: (-pair[1].count, pair[0]))
    out_mentions.sort(key=lambda m: m.start)
    return Entities(tuple(out_mentions), tuple(e for _, e in entities))


def _canonical_keys(
    body: str, mentions: list[_Mention], names: dict[str, list[_Mention]]
) -> tuple[list[str], set[str]]:
    """Each mention's canonical key (a short form → the full name it belongs to), and
    the keys that are people's full names."""
    votes = {k: _votes(ms) for k, ms in names.items()}
    full_names = [k for k in names if len(k.split()) > 1 and _winner(votes[k]) == "PERSON"]
    out: list[str] = []
    for m in mentions:
        key = _key(body[m.start : m.end])
        out.append(_owner(key, m.start, full_names, names))
    return out, set(full_names)


def _owner(key: str, offset: int, full_names: list[str], names: dict[str, list[_Mention]]) -> str:
    """The full name a short form belongs to: a person's surname (or a long first name)
    alone, or a name that ends a longer one; else the key itself."""
    if len(key.split()) == 1:
        owners = [
            f for f in full_names if f.split()[-1] == key or (f.split()[0] == key and len(key) > 3)
        ]
        owners = [f for f in owners if f.split()[-1] == key] or owners
        if len(owners) == 1:
            return owners[0]
        if owners:  # two people share the name: the one mentioned most recently
            return _nearest(owners, names, offset)
    elif key not in full_names:
        longer = [f for f in names if f != key and f.endswith(" " + key)]
        if len(longer) == 1:
            return longer[0]
    return key


def _decide(group: list[_Mention], is_full_name: bool) -> tuple[str, str, float]:
    """The entity's label, why (the evidence that weighed most for it, and how many
    mentions agree), and the share of the weighted votes the label won."""
    votes = _votes(group)
    total = sum(votes.values())
    # a person's surname alone is still that person
    label = "PERSON" if is_full_name else _winner(votes)
    backing = [m for m in group if m.label == label]
    if not backing:
        return label, "a person's full name elsewhere in the article", 1.0
    reasons: dict[str, float] = defaultdict(float)
    for m in backing:
        reasons[m.evidence.reason] += m.weight or 1e-9
    reason = _winner(reasons)
    why = f"{reason}, {len(backing)} of {len(group)} mentions"
    confidence = votes[label] / total if total > 0 else 1.0
    return label, why, round(confidence, 3)


def _discount_unintroduced_people(names: dict[str, list[_Mention]]) -> None:
    """News introduces a person by full name or title before using a bare surname.
    A one-word "PERSON" that is never part of a longer person's name and never
    follows a title is more likely a place or a thing the model misread: its PERSON
    votes do not count when the article reads the name otherwise elsewhere."""
    multi_word_people = {
        word
        for key, ms in names.items()
        if len(key.split()) > 1 and any(m.label == "PERSON" for m in ms)
        for word in key.split()
    }
    for key, ms in names.items():
        if len(key.split()) != 1 or key in multi_word_people:
            continue
        if any(m.label == "PERSON" and m.weight >= 2.0 for m in ms):  # titled somewhere
            continue
        if all(m.label == "PERSON" for m in ms):
            continue
        for m in ms:
            if m.label == "PERSON":
                m.weight = 0.0


def _votes(mentions: list[_Mention]) -> dict[str, float]:
    """Each label's summed weight over the mentions, in order of first appearance."""
    votes: dict[str, float] = defaultdict(float)
    for m in mentions:
        votes[m.label] += m.weight
    return votes


def _winner(votes: dict[str, float]) -> str:
    """The key with the most votes; the first seen wins a tie (as Counter.most_common)."""
    return max(votes, key=lambda k: votes[k])


def _nearest(owners: list[str], names: dict[str, list[_Mention]], offset: int) -> str:
    """The full name mentioned most recently before `offset` (else the first after)."""
    before = [(m.start, o) for o in owners for m in names[o] if m.start <= offset]
    if before:
        return max(before)[1]
    return min((m.start, o) for o in owners for m in names[o])[1]


def _display_name(body: str, mentions: list[_Mention], key: str) -> str:
    """The most common spelling among the mentions whose text is the canonical key."""
    spellings = Counter(
        body[m.start : m.end] for m in mentions if _key(body[m.start : m.end]) == key
    )
    if spellings:
        return spellings.most_common(1)[0][0]
    return " ".join(w.capitalize() for w in key.split())
