"""Named entities, consolidated per article: one name, one label, all its mentions.

The small English model makes predictable mistakes on news: a city used as a
modifier or listed with others comes out as PERSON ("Kyiv, Odesa" as one ORG,
"Rafah" and "Patriot" as people), and a surname alone gets GPE or ORG. We fix
these from evidence in the article itself, never from lists of names:

1. split coordinations inside one span ("Kyiv, Odesa" → Kyiv, Odesa), and a place
   run into the name that follows it ("envoy to Ukraine Kurt Volker" → Ukraine,
   Kurt Volker) when the article names that place on its own elsewhere;
2. trim determiners, possessives, titles ("President Donald Trump" → Donald Trump);
3. merge a short form into the longer name it ends ("Putin" → "Vladimir Putin");
4. vote on one label per entity, weighting each mention by the parse's evidence
   (a title before a name says PERSON; a bare name as a noun's modifier or after a
   locative preposition says it is not a person; nor does the owner of a noun only
   places have, "Odesa's governor"; an adjective, "Ukrainian", is a nationality, not a
   place); a title word alone ("Defence" of "Defence Minister") is no name at all.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from briefing.analysis.lexicon import LOCATIVE, NAME_LINKS, PLACE_NOUNS, TITLES
from briefing.analysis.model import (
    ENTITY_LABELS,
    PLACE_LABELS,
    Entities,
    Entity,
    EntityMention,
    Parse,
)

VERSION = "3"


_TRIM_START = re.compile(r"^(?:the|The|THE)\s+")
_TRIM_END = re.compile(r"(?:['’]s|['’])$")


@dataclass
class _Mention:
    start: int
    end: int
    label: str
    weight: float
    first_token: int


def _split_coordination(body: str, parse: Parse, first: int, last: int) -> list[tuple[int, int]]:
    """Token ranges of a span split at commas and "and"/"or" between proper names."""
    pieces, current = [], []
    for t in range(first, last):
        word = parse.token_text(body, t)
        if word in (",", ";") or (parse.deps[t] == "cc" and word.lower() in ("and", "or", "&")):
            if current:
                pieces.append((current[0], current[-1] + 1))
            current = []
        else:
            current.append(t)
    if current:
        pieces.append((current[0], current[-1] + 1))
    if len(pieces) > 1 and all(parse.pos[t] == "PROPN" for a, b in pieces for t in range(a, b)):
        return pieces
    return [(first, last)]


def _split_place_prefix(
    body: str, parse: Parse, first: int, last: int, places: set[str], lower_words: set[str]
) -> list[tuple[int, int, str | None]]:
    """ "Ukraine Kurt Volker" → "Ukraine", "Kurt Volker": the first word is a place the
    article names on its own, and the rest is two or three capitalised proper nouns
    none of which the article ever writes in lower case (so not "Defense Contact
    Group", whose words are ordinary ones)."""
    rest = range(first + 1, last)
    if not 2 <= len(rest) <= 3 or _key(parse.token_text(body, first)) not in places:
        return [(first, last, None)]
    words = [parse.token_text(body, t) for t in rest]
    if all(parse.pos[t] == "PROPN" for t in rest) and all(
        w[:1].isupper() and w.lower() not in lower_words for w in words
    ):
        return [(first, first + 1, "GPE"), (first + 1, last, "PERSON")]
    return [(first, last, None)]


def _trim(body: str, parse: Parse, first: int, last: int) -> tuple[int, int, bool]:
    """Char span of the name without determiner, titles and possessive; and whether a
    title was found (before or inside the span)."""
    titled = first > 0 and parse.token_text(body, first - 1).lower().strip(".") in TITLES
    while last - first > 1 and parse.token_text(body, first).lower().strip(".") in TITLES:
        first, titled = first + 1, True
    start, end = parse.starts[first], parse.ends[last - 1]
    text = body[start:end]
    lead = _TRIM_START.match(text)
    if lead and end - start > lead.end():
        start += lead.end()
    tail = _TRIM_END.search(body[start:end])
    if tail and tail.start() > 0:
        end = start + tail.start()
    if "(" in body[start:end] and ")" not in body[start:end]:
        end = start + body[start:end].index("(")
    while end > start and not body[end - 1].isalnum() and body[end - 1] not in ".)":
        end -= 1
    return start, end, titled


def _looks_like_a_name(text: str) -> bool:
    """Title Case, apart from linking words: "Trump for a Nobel Peace Prize" is not."""
    words = text.split()
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in NAME_LINKS for w in words)


def _after_locative(parse: Parse, body: str, token: int) -> bool:
    """The token is the object of "in/across/at/…", or listed with one ("across Kyiv, Odesa")."""
    while parse.deps[token] == "conj" and parse.heads[token] != token:
        token = parse.heads[token]
    head = parse.heads[token]
    return parse.deps[token] == "pobj" and parse.token_text(body, head).lower() in LOCATIVE


def _evidence(
    parse: Parse, body: str, first: int, last: int, label: str, titled: bool, piece: bool
) -> tuple[str, float]:
    """The mention's label after the parse's evidence, and how much its vote counts."""
    if titled:
        return "PERSON", 3.0 if label == "PERSON" else 2.0
    if last - first == 1 and parse.tags[first] == "JJ":  # "Ukrainian officials"
        return "NORP", 1.0
    if last - first == 1 and label not in PLACE_LABELS and _owns_a_place_noun(parse, body, first):
        return "GPE", 1.0
    if last - first == 1 and (label == "PERSON" or piece) and _after_locative(parse, body, first):
        return "GPE", 0.75
    if label != "PERSON" or last - first > 1:
        return label, 1.0
    head = parse.heads[first]
    prev = parse.token_text(body, first - 1).lower() if first > 0 else ""
    if parse.deps[first] == "compound" and parse.pos[head] == "NOUN":
        # "the Rafah crossing", "Patriot systems": a bare name modifying a common noun
        return ("LOC" if prev == "the" else "PRODUCT"), 0.75
    return label, 1.0


def _owns_a_place_noun(parse: Parse, body: str, token: int) -> bool:
    """ "Odesa's governor", "Gaza's residents": the name is the possessor of a noun that
    only places have."""
    if token + 2 >= len(parse) or parse.tags[token + 1] != "POS":
        return False
    return parse.token_text(body, token + 2).lower() in PLACE_NOUNS


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


def extract_entities(body: str, parse: Parse) -> Entities:
    """Every named-entity mention with its canonical name and label, and the counts."""
    raw: list[tuple[int, int, str, float, int]] = []
    places = {_key(parse.token_text(body, a)) for a, b, lab in parse.ents
              if b - a == 1 and lab in PLACE_LABELS}  # fmt: skip
    lower_words = set(re.findall(r"\b[a-z]+\b", body))
    for first, last, label in parse.ents:
        if label not in ENTITY_LABELS:
            continue
        spans = [
            piece
            for a, b in _split_coordination(body, parse, first, last)
            for piece in _split_place_prefix(body, parse, a, b, places, lower_words)
        ]
        for a, b, hint in spans:
            start, end, titled = _trim(body, parse, a, b)
            if end <= start or not _looks_like_a_name(body[start:end]):
                continue
            if body[start:end].lower().strip(".") in TITLES:  # "Defence" of "Defence Minister"
                continue
            piece = (a, b) != (first, last)
            new_label, weight = _evidence(parse, body, a, b, hint or label, titled, piece)
            if piece and new_label == label:  # a piece of a misread list: its label is a guess
                weight = min(weight, 0.25)
            elif hint and new_label == hint:  # the place's own label elsewhere; a likely name
                weight = min(weight, 0.5)
            raw.append((start, end, new_label, weight, a))
    mentions = [_Mention(s, e, lab, w, t) for s, e, lab, w, t in raw]

    # Group by surface name, then merge short person names into full ones.
    names: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        names[_key(body[m.start : m.end])].append(m)
    _discount_unintroduced_people(names)
    votes = {k: _votes(ms) for k, ms in names.items()}

    canonical_of: dict[int, str] = {}  # mention index -> canonical key
    full_names = [
        k for k in names if len(k.split()) > 1 and votes[k].most_common(1)[0][0] == "PERSON"
    ]
    for i, m in enumerate(mentions):
        key = _key(body[m.start : m.end])
        canonical_of[i] = key
        if len(key.split()) == 1:
            owners = [
                f
                for f in full_names
                if f.split()[-1] == key or (f.split()[0] == key and len(key) > 3)
            ]
            owners = [f for f in owners if f.split()[-1] == key] or owners
            if len(owners) == 1:
                canonical_of[i] = owners[0]
            elif owners:  # two people share the name: the one mentioned most recently
                canonical_of[i] = _nearest(owners, names, m.start)
        elif key not in full_names:
            longer = [f for f in names if f != key and f.endswith(" " + key)]
            if len(longer) == 1:
                canonical_of[i] = longer[0]

    groups: dict[str, list[int]] = defaultdict(list)
    for i, key in canonical_of.items():
        groups[key].append(i)
    out_mentions: list[EntityMention] = []
    entities: list[tuple[int, Entity]] = []
    for key, indices in groups.items():
        if key in full_names:  # a person's surname alone is still that person
            label = "PERSON"
        else:
            label = _votes([mentions[i] for i in indices]).most_common(1)[0][0]
        name = _display_name(body, [mentions[i] for i in indices], key)
        first_seen = min(mentions[i].start for i in indices)
        entities.append((first_seen, Entity(name, label, len(indices))))
        for i in indices:
            m = mentions[i]
            out_mentions.append(EntityMention(body[m.start : m.end], label, name, m.start, m.end))
    entities.sort(key=lambda pair: (-pair[1].count, pair[0]))
    out_mentions.sort(key=lambda m: m.start)
    return Entities(tuple(out_mentions), tuple(e for _, e in entities))


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


def _votes(mentions: list[_Mention]) -> Counter[str]:
    votes: Counter[str] = Counter()
    for m in mentions:
        votes[m.label] += m.weight
    return votes


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
