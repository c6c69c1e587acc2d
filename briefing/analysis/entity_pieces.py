"""Steps 1 and 2 of the entities stage: the spans of an article's names, split into pieces.

1. find the spans: spaCy's entities (two person spans with one space between are one
   name) and the sides of result lines spaCy missed ("Leeds 2 Chelsea 1");
2. split them into pieces (SPLIT steps): at line breaks, spaced dashes and numbers in
   digits; coordinations of proper names ("Kyiv, Odesa" → Kyiv, Odesa); a place run
   into the name that follows it ("envoy to Ukraine Kurt Volker"); an owner the article
   names on its own ("Leeds' Elland Road"). Spans spaCy cut are joined again: a law's
   word ("… Crime" "Bill") and two organisations linked by "of" ("House" "of" "Fraser").

The names spaCy missed are added as pieces too: a dateline's place, a surname the
article gave in full before, a person after a role only people have, an acronym the
article defines in brackets. Each piece is then trimmed (entity_trim) and weighed
(entity_evidence).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.analysis.countries import a_region, country_code
from briefing.analysis.entity_base import Piece, an_article_on_sport, name_key
from briefing.analysis.entity_words import a_surname_word, is_first_name
from briefing.analysis.lexicon import (
    CLUB_WORDS,
    DASHES,
    INDUSTRY_WORDS,
    LAW_WORDS,
    MONTH_NAMES,
    NAME_LINKS,
    NUMBERED_ROAD_WORDS,
    OFFICE_WORDS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PARTY_WORDS,
    PLACE_PARTICLES,
    PURPOSE_NOUNS,
    QUOTES,
    RANK_WORDS,
    REMIT_NOUNS,
    ROLES,
    SIDE_WORDS,
    TEAM_SHEET_LABELS,
    TITLES,
    TOPIC_NOUNS,
    WEEKDAYS,
)
from briefing.analysis.model import ENTITY_LABELS
from briefing.analysis.tokens import Doc, Token


def _is_list_separator(tok: Token) -> bool:
    """A comma, semicolon, "and" or "or" lists names; an ampersand joins the words of
    one ("Marks & Spencer", "Procter & Gamble")."""
    return tok.text in (",", ";") or (tok.dep == "cc" and tok.lower in ("and", "or"))


def split_coordination(doc: Doc, piece: Piece) -> list[Piece]:
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
        if (
            _modifiers_of_one_organisation(doc, ranges)
            or _one_organisation_with_and(doc, piece, ranges)
            or _a_pair_after_a_lists_and(doc, piece.start, piece.end)
        ):
            return [piece]
        return [Piece(a, b, piece.label, True, piece.hint) for a, b in ranges]
    return [piece]


def split_two_people_by_an_ampersand(doc: Doc, piece: Piece) -> list[Piece]:
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
    return [Piece(a, b, "PERSON", True, "PERSON") for a, b in sides]


def _modifiers_of_one_organisation(doc: Doc, ranges: list[tuple[int, int]]) -> bool:
    """ "Public and Commercial Services Union", "Food and Drug Administration": words
    joined by "and" that together modify the organisation's word the name ends in are
    one name. Each part before the last is one word and no organisation's name itself."""
    last_word = doc[ranges[-1][1] - 1].lower.strip(".")
    if last_word not in ORG_SUFFIXES or ranges[-1][1] - ranges[-1][0] < 2:
        return False
    own_names = ORG_SUFFIXES - INDUSTRY_WORDS  # "Oil and Natural Gas Corporation" is one
    return all(b - a == 1 and doc[a].lower not in own_names for a, b in ranges[:-1])


def _one_organisation_with_and(doc: Doc, piece: Piece, ranges: list[tuple[int, int]]) -> bool:
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
    return not all(named_alone(doc, a, b) for a, b in ranges)


def split_place_prefix(doc: Doc, piece: Piece, places: set[str]) -> list[Piece]:
    """ "Ukraine Kurt Volker" → "Ukraine", "Kurt Volker": the first word is a place the
    article names on its own, and the rest is two or three capitalised proper nouns
    none of which the article ever writes in lower case (so not "Defense Contact
    Group", whose words are ordinary ones)."""
    rest = doc.span(piece.start + 1, piece.end)
    if not 2 <= len(rest) <= 3 or name_key(doc[piece.start].text) not in places:
        return [piece]
    lower = doc.lower_words
    if all(t.pos == "PROPN" and t.is_title and t.lower not in lower for t in rest):
        return [
            Piece(piece.start, piece.start + 1, piece.label, True, "GPE"),
            Piece(piece.start + 1, piece.end, piece.label, True, "PERSON"),
        ]
    return [piece]


def _cut(doc: Doc, piece: Piece, is_cut: Callable[[Token], bool]) -> list[Piece]:
    """The runs of the piece's tokens between the tokens `is_cut` says separate names
    (the separators themselves dropped)."""
    out: list[Piece] = []
    run: list[int] = []
    for tok in doc.span(piece.start, piece.end):
        if is_cut(tok):
            if run:
                out.append(Piece(run[0], run[-1] + 1, piece.label, True, piece.hint))
            run = []
        else:
            run.append(tok.i)
    if run:
        out.append(Piece(run[0], run[-1] + 1, piece.label, True, piece.hint))
    if len(out) == 1 and (out[0].start, out[0].end) == (piece.start, piece.end):
        return [piece]
    return out


def line_break_after(tok: Token) -> bool:
    return tok.i in tok.doc.breaks_after


def split_at_line_breaks(doc: Doc, piece: Piece) -> list[Piece]:
    """A name never runs across a line break: a new line is a new heading, table row
    or paragraph ("Ken⏎Green" is two names)."""
    if not any(line_break_after(doc[t]) for t in range(piece.start, piece.end - 1)):
        return [piece]
    out: list[Piece] = []
    first = piece.start
    for t in range(piece.start, piece.end):
        if "\n" in doc[t].text or not doc[t].text.strip():
            if first < t:
                out.append(Piece(first, t, piece.label, True, piece.hint))
            first = t + 1
        elif line_break_after(doc[t]):
            out.append(Piece(first, t + 1, piece.label, True, piece.hint))
            first = t + 1
    if first < piece.end:
        out.append(Piece(first, piece.end, piece.label, True, piece.hint))
    return out


def split_at_spaced_dashes(doc: Doc, piece: Piece) -> list[Piece]:
    """A dash with spaces round it separates two names ("Sri Lanka - Arjuna
    Ranatunga"); one written tight ("Mercedes-Benz") joins one."""

    def spaced_dash(tok: Token) -> bool:
        nxt = tok.nbor(1)
        return tok.text in DASHES and tok.space_before and nxt is not None and nxt.space_before

    return _cut(doc, piece, spaced_dash)


def split_at_to(doc: Doc, piece: Piece) -> list[Piece]:
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
        if tok.text == "on" and (before.lower in TOPIC_NOUNS or a_law_word(before)):
            return False  # "the Commission on Presidential Debates", "Convention on …"
        return before.lower not in ORG_SUFFIXES | PURPOSE_NOUNS

    return _cut(doc, piece, between_names)


def a_word_of_a_person_named_in_full(doc: Doc, word: str) -> bool:
    """Whether `word` is a word of a name of two words or more the model reads as a
    person's ("Chelsea" of "Chelsea Clinton", "Martin" of "Martin Reyes"): a one-word
    mention of it may be that person, whatever else it reads as."""
    return any(e.label == "PERSON" and len(e) >= 2 and word in e.text.split() for e in doc.ents)


def surnames_of_people(doc: Doc) -> frozenset[str]:
    """The last words of the names of two words or more that the model reads as people
    or that open with a first name ("Volodymyr Zelenskyy", whatever the model guessed)."""
    return frozenset(
        e[-1].text
        for e in doc.ents
        if len(e) >= 2 and (e.label == "PERSON" or is_first_name(e[0].text))
    )


def split_two_people_joined(doc: Doc, piece: Piece, surnames: frozenset[str]) -> list[Piece]:
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
        Piece(start, start + 1, "PERSON", True, "PERSON"),
        Piece(piece.end - 1, piece.end, "PERSON", True, "PERSON"),
    ]


def split_before_a_named_person(doc: Doc, piece: Piece) -> list[Piece]:
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
    if before.lower in PLACE_PARTICLES or not a_surname_word(last.text):
        return [piece]  # "the Los Angeles Dodgers", "Queens Park Rangers"
    return [
        Piece(start, piece.end - 2, "ORG", True, None),
        Piece(piece.end - 2, piece.end, "PERSON", True, "PERSON"),
    ]


def split_before_a_job_title(doc: Doc, piece: Piece) -> list[Piece]:
    """ "Acme Chief Creative Officer Jo Bloggs", read as the person "Acme Chief
    Creative": a job title that opens with a rank inside a name ends it; the words
    before it are the employer, an organisation, and the title names no one."""
    for i in range(piece.start + 1, piece.end):
        tok = doc[i]
        if tok.is_title and part_of_a_job_title(doc, i, job_title_end(doc, i, piece.end)):
            return [Piece(piece.start, i, piece.label, True, None)]
    return [piece]


def job_title_end(doc: Doc, start: int, end: int) -> int:
    """Where the capitalised words from `start` stop (at or after the span's `end`):
    the job title's last word is right after them."""
    while (
        end < len(doc) and doc[end].is_title and doc[end].lower not in TITLES | ROLES | OFFICE_WORDS
    ):
        end += 1
    return end


def part_of_a_job_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the name from token `start` to `end` is the front of a job title: it
    opens with a rank and runs into a capitalised title ("Senior Transport Safety
    Investigator Neil Campbell", "Chief Medical Officer")."""
    after = doc.get(end)
    if doc[start].lower not in RANK_WORDS or after is None or not after.text[:1].isupper():
        return False
    return after.lower in TITLES | ROLES | OFFICE_WORDS


def cut_at_a_bracket(doc: Doc, piece: Piece) -> list[Piece]:
    """A name ends at an opening bracket: what follows gives its country, club, party or
    short form ("S Burger (SA)", "O Palepoi (Samoa)"), another name the model may have
    run into it; only the name before the bracket is kept (the words inside are read,
    if at all, as spans of their own), or the name inside after a bare "the"."""
    tokens = doc.span(piece.start, piece.end)
    cut = next((t.i for t in tokens if t.text == "(" and t.i > piece.start), None)
    if cut is None:
        return [piece]
    if any(doc[t].pos == "PROPN" for t in range(piece.start, cut)):
        return [Piece(piece.start, cut, piece.label, True, piece.hint)]
    if not all(doc[t].pos == "DET" for t in range(piece.start, cut)):
        return []  # "He (Bridge)": a pronoun and the name it stands for, no label to trust
    # "the (Palestinian Authority)": the name is inside
    end = next((t for t in range(cut + 1, piece.end) if doc[t].text == ")"), piece.end)
    return [Piece(cut + 1, end, piece.label, True, piece.hint)] if cut + 1 < end else []


def _is_number(tok: Token) -> bool:
    """A number, score or date written in digits ("2", "4-0-25-0", "1996-08-30")."""
    return tok.like_num and not any(c.isalpha() for c in tok.text)


THING_LABELS = frozenset(("PRODUCT", "EVENT", "WORK_OF_ART", "LAW"))


def split_at_numbers(doc: Doc, piece: Piece, sides: dict[int, str]) -> list[Piece]:
    """A number in digits is no part of a person's, place's or organisation's name: it
    is a score, a date or a count run into it ("Haitai 2 Samsung 0", "Seoul
    1996-08-30"). Things keep theirs ("Apollo 11"), and so does an organisation that
    ends in a plain number ("Channel 4"), unless the span is part of a result line."""
    in_results = any(t in sides for t in range(piece.start, piece.end))
    if (sub := _a_substitute_and_the_minute(doc, piece)) is not None:
        return [sub]
    if piece.label in THING_LABELS and not in_results:
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


def _a_substitute_and_the_minute(doc: Doc, piece: Piece) -> Piece | None:
    """ "Fletcher (Giggs 64)", "Goals: Rooney 68, Dunne 75": in a team sheet, a name and
    a number up to 130 alone in brackets, or listed after a team sheet's label, are the
    player and the minute he came on or scored; the name is a person's, whatever the
    model read ("Giggs 64" was a law, "Rooney 68" a work)."""
    before, after = doc.get(piece.start - 1), doc.get(piece.end)
    last = doc[piece.end - 1]
    if before is None or after is None:
        return None
    if piece.end - piece.start < 2 or not last.text.isdigit() or int(last.text) > 130:
        return None
    bracketed = before.text == "(" and after.text == ")"
    if not bracketed and team_sheet_label(doc, piece.start) is None:
        return None
    if not all(doc[i].is_title for i in range(piece.start, piece.end - 1)):
        return None
    return Piece(piece.start, piece.end - 1, "PERSON", True, "PERSON")


_SHEET_MARKS = frozenset((",", "(", ")", "and", "og", "pen", "pens"))


def team_sheet_label(doc: Doc, start: int) -> str | None:
    """The label of the team sheet's list a name starting at token `start` is in ("Man
    City" of "Man City: James, Mills (Wright-Phillips 83), Dunne", "Booked" of "Booked:
    Fowler, Sibierski"), or None: walking back over names, commas, brackets and minutes
    on the same line reaches a colon after a team sheet's label or a side's name."""
    i = start - 1
    breaks = doc.breaks_after
    while i >= 0 and i not in breaks and start - i < 80:
        tok = doc[i]
        if not (tok.is_title or tok.tag == "CD" or tok.lower in _SHEET_MARKS):
            break
        i -= 1
    if i < 1 or doc[i].text != ":" or (i - 1) in breaks:
        return None
    label = doc[i - 1]
    if label.lower in TEAM_SHEET_LABELS:
        return label.text
    if not an_article_on_sport(doc):
        return None
    side = next((e for e in doc.ents if e.end == i and e.label in ("ORG", "GPE")), None)
    if side is not None:  # "Man City:", which the model reads as a place
        return side.text
    return label.text if label.is_title and label.lower in CLUB_WORDS | SIDE_WORDS else None


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


def extend_to_the_dateline(piece: Piece, datelines: dict[int, str]) -> Piece:
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
    return Piece(start, end, piece.label, piece.split, piece.hint)


def pieces_spacy_missed(
    doc: Doc, tokens: dict[int, str], pieces: list[Piece], label: str
) -> list[Piece]:
    """Runs of `tokens` (a result line's sides, a dateline's places) that no spaCy
    entity covers, as names with `label`."""
    covered = {t for p in pieces for t in range(p.start, p.end)}
    out: list[Piece] = []
    run: list[int] = []
    for t in [*sorted(tokens), -1]:
        if run and (t != run[-1] + 1 or t == -1):
            if not covered.intersection(run):
                out.append(Piece(run[0], run[-1] + 1, label, True, label))
            run = []
        if t >= 0:
            run.append(t)
    return out


def surnames_spacy_missed(doc: Doc, pieces: list[Piece]) -> list[Piece]:
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
    out: list[Piece] = []
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
        out.append(Piece(start, t + 1, "PERSON", True, "PERSON"))
    return out


def a_persons_role(tok: Token | None) -> bool:
    """A role word only people have ("economist", "striker"): "publisher" and "producer"
    also name companies ("music publisher Bertelsmann"), so they say nothing of a person."""
    return tok is not None and tok.lower in ROLES and tok.lemma.lower() not in ORG_NOUNS


_NICKNAME_LINKS = frozenset(("of", "the"))


def with_nicknamed_people(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """ "Roberto "Hands of Stone" Duran", "Earvin "Magic" Johnson": a first name, a
    nickname of one to four capitalised words in quotes, and a surname are one person's
    name, which the model cuts up ("Magic" a product, "Duran" a place); the pieces
    inside it give way to it."""
    texts = doc.texts
    opening = [i - 1 for i in range(1, len(texts) - 3) if texts[i] in QUOTES]
    if not opening:
        return pieces
    out = list(pieces)
    taken = -1
    for i in opening:
        if i <= taken or (end := _end_of_a_nicknamed_name(doc, i)) is None:
            continue
        out = [p for p in out if p.end <= i or p.start >= end]
        out.append(Piece(i, end, "PERSON", True, None))
        taken = end - 1
    return sorted(out, key=lambda p: p.start)


def _end_of_a_nicknamed_name(doc: Doc, i: int) -> int | None:
    """Where the name that opens at token `i` with a first name and a quoted nickname
    ends, or None."""
    if not is_first_name(doc[i].text) or doc[i + 1].text not in QUOTES:
        return None
    close = next((k for k in range(i + 2, min(i + 7, len(doc))) if doc[k].text in QUOTES), None)
    if close is None or close == i + 2 or close + 1 >= len(doc):
        return None
    inner = [doc[k] for k in range(i + 2, close)]
    if not inner[0].is_title or not all(t.is_title or t.lower in _NICKNAME_LINKS for t in inner):
        return None
    surname = doc[close + 1]
    if not surname.is_title or not a_surname_word(surname.text):
        return None
    return close + 2


def people_after_a_role(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """ "rapper Nelly performing", "striker Edu scored": capitalised words right after a
    lower-case role only people have ("rapper", "striker"), that no name covers, are a
    person's name the model missed (one to three words, proper nouns)."""
    roles = ROLES & doc.lower_words
    if not roles:
        return []
    covered = {t for p in pieces for t in range(p.start, p.end)}
    out: list[Piece] = []
    text_of = doc.parse.token_text
    for i in range(len(doc) - 1):
        if text_of(doc.body, i) not in roles or not a_persons_role(tok := doc[i]):
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
            out.append(Piece(tok.i + 1, end, "PERSON", True, None))
            covered.update(range(tok.i + 1, end))
    return out


ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")


def initials_fit(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are the name's capitals, in order (a subsequence:
    "KDP" of "Kurdistan Democratic Party", "PUK" of "Patriotic Union of Kurdistan")."""
    capitals = iter(c for c in name if c.isupper())
    return all(letter in capitals for letter in acronym.replace("&", ""))


def pieces_for_defined_acronyms(doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """ "the Kurdistan Democratic Party (KDP) ... the KDP said": an acronym in brackets
    right after a name, whose letters are the name's capitals, is defined there as that
    name's short form, so each time the article writes it is a mention of that kind of
    name, whether or not the model saw it (Schwartz and Hearst's abbreviation rule)."""
    defined: dict[str, str] = {}
    for p in pieces:
        opening, word, closing = doc.get(p.end), doc.get(p.end + 1), doc.get(p.end + 2)
        if opening is None or word is None or closing is None:
            continue
        if opening.text != "(" or closing.text != ")" or not ACRONYM.fullmatch(word.text):
            continue
        if p.label in ("ORG", "GPE", "LOC", "FAC") and initials_fit(
            word.text, doc.text(p.start, p.end)
        ):
            defined.setdefault(word.text, p.label)
    if not defined:
        return []
    covered = {t for p in pieces for t in range(p.start, p.end)}
    out: list[Piece] = []
    for i in range(len(doc)):
        label = defined.get(doc.parse.token_text(doc.body, i))
        if label is not None and i not in covered:
            out.append(Piece(i, i + 1, label, True, label))
    return out


def _named_as_a_name_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """The article names tokens [start, end) elsewhere alone or as the start of another
    name ("Leeds", "Leeds United")."""
    text = name_key(doc.text(start, end))
    return any(
        e.start != start and (name_key(e.text) == text or name_key(e.text).startswith(text + " "))
        for e in doc.ents
    )


def named_alone(doc: Doc, start: int, end: int) -> bool:
    """The article names tokens [start, end) elsewhere as a name on its own ("Leeds"
    where a sentence opens "Outgoing Leeds chairman …")."""
    text = name_key(doc.text(start, end))
    return any(name_key(e.text) == text and e.start != start for e in doc.ents)


def ends_an_organisation(doc: Doc, end: int) -> bool:
    """The span's last word makes it an organisation's ("Foreign Ministry")."""
    return doc[end - 1].lower.strip(".") in ORG_SUFFIXES


def split_at_a_named_owner(doc: Doc, piece: Piece) -> list[Piece]:
    """ "Leeds' Elland Road": a possessive inside a span separates an owner from what it
    owns when the article names the owner elsewhere on its own ("Leeds", "Leeds
    United"); otherwise, or where the span ends in an organisation's word ("Boatmen's
    Bancshares Inc."), the possessive is part of one name ("Schindler's List")."""
    if ends_an_organisation(doc, piece.end):  # "Boatmen's Bancshares Inc."
        return [piece]
    for t in range(piece.start + 1, piece.end - 1):
        possessive = doc[t].tag == "POS" or (doc[t].dep == "case" and doc[t].text in QUOTES)
        if possessive and _named_as_a_name_of_its_own(doc, piece.start, t):
            return [
                Piece(piece.start, t, piece.label, True, piece.hint),
                Piece(t + 1, piece.end, piece.label, True, piece.hint),
            ]
    return [piece]


def split(
    doc: Doc, piece: Piece, places: set[str], sides: dict[int, str], surnames: frozenset[str]
) -> list[Piece]:
    """Every split step in order, each applied to the pieces of the one before."""
    steps: tuple[Callable[[Piece], list[Piece]], ...] = (
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


# --- spans spaCy cut out of one name, joined again ---


def a_law_word(tok: Token) -> bool:
    return tok.text in LAW_WORDS


def _one_space_between(doc: Doc, prev: Piece, piece: Piece) -> bool:
    return prev.end == piece.start and (
        doc.body[doc[prev.end - 1].end_char : doc[piece.start].idx] == " "
    )


def _linked_by(doc: Doc, prev: Piece, piece: Piece, word: str) -> bool:
    link = doc.get(prev.end)
    return link is not None and link.lower == word and prev.end + 1 == piece.start


def join_adjacent_people(doc: Doc, prev: Piece, piece: Piece) -> str | None:
    """ "Maria Fernanda" "Lopez Garcia": two person spans with one space between them
    and nothing else are one long name (not when the first follows "the", which no
    person's name does: "For the Lib Dems David Laws said")."""
    before = doc.get(prev.start - 1)
    if before is not None and before.lower == "the":
        return None
    if prev.label == piece.label == "PERSON" and _one_space_between(doc, prev, piece):
        return "PERSON"
    return None


def join_a_first_name_to_a_person(doc: Doc, prev: Piece, piece: Piece) -> str | None:
    """ "Claudia" "Yanira Hernandez Soriano": a first name alone, whatever spaCy called
    it, right before a person's name with one space between is the start of that name."""
    if piece.label != "PERSON" or prev.end - prev.start != 1 or prev.label == "PERSON":
        return None
    word = doc[prev.start].text
    if not is_first_name(word) or country_code(word) is not None or a_region(word):
        return None  # "Florida Marlins", "Georgia Tech": a state's name is no first name here
    return "PERSON" if _one_space_between(doc, prev, piece) else None


def join_a_word_to_an_organisation(doc: Doc, prev: Piece, piece: Piece) -> str | None:
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
    if a_word_of_a_person_named_in_full(doc, word):
        return None
    return "ORG"


def join_a_nation_to_its_party(doc: Doc, prev: Piece, piece: Piece) -> str | None:
    """ "Scottish" "Labour", "Welsh" "Conservatives": a nation's adjective right before a
    party's name, one space between, names that nation's party, one organisation (not
    a nationality and the party: "Scottish Labour leader Anas Sarwar")."""
    if prev.label != "NORP" or prev.end - prev.start != 1 or piece.end - piece.start != 1:
        return None
    if doc[piece.start].lower not in PARTY_WORDS or not _one_space_between(doc, prev, piece):
        return None
    return "ORG"


def join_modifiers_of_an_organisation(doc: Doc, prev: Piece, piece: Piece) -> str | None:
    """ "Public" "and" "Commercial Services Union": a one-word name the article never
    writes on its own, joined by "and" to an organisation's name that follows, is the
    first half of that one name (not "Nokia and Siemens Networks" where the article also
    names Nokia alone)."""
    if (
        _linked_by(doc, prev, piece, "and")
        and prev.end - prev.start == 1
        and piece.end - piece.start >= 2
        and ends_an_organisation(doc, piece.end)
        and not named_alone(doc, prev.start, prev.end)
    ):
        return piece.label
    return None


def join_a_law_to_its_subject(doc: Doc, prev: Piece, piece: Piece) -> str | None:
    """ "Serious and Organised Crime" "Bill": a law's word ("Bill", "Act") that spaCy
    read alone right after a name is the end of that name, a law's (a first name comes
    before a surname, not after a name)."""
    if (
        piece.end - piece.start == 1
        and a_law_word(doc[piece.start])
        and _one_space_between(doc, prev, piece)
    ):
        return "LAW"
    return None


def join_organisations_linked_by_of(doc: Doc, prev: Piece, piece: Piece) -> str | None:
    """ "House" "of" "Fraser": two organisation spans with only "of" between them are
    one name, as "Bank of England" and "House of Commons" are (an organisation is not
    "of" another organisation in news's way of naming)."""
    if _linked_by(doc, prev, piece, "of") and prev.label == piece.label == "ORG":
        return "ORG"
    return None


def join_a_pair_after_a_lists_and(doc: Doc, prev: Piece, piece: Piece) -> str | None:
    """ "Altria Group, Liggett Group and Brown and Williamson": a list of names has one
    "and", before its last item; a second "and" right after it joins the words of that
    item ("Brown and Williamson", as "Marks and Spencer" is one company), which spaCy
    cut in two. Only two one-word names, after a name and its list's "and"."""
    if not _linked_by(doc, prev, piece, "and") or prev.end - prev.start != 1:
        return None
    return "ORG" if _a_pair_after_a_lists_and(doc, prev.start, piece.end) else None


def _a_pair_after_a_lists_and(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) are "Brown and Williamson" right after a name and "and", and
    not two first names ("Tom and Ann and Bob" are three people)."""
    if end - start != 3 or doc[start + 1].lower != "and":
        return False
    before = doc.get(start - 1)
    if before is None or before.lower != "and":
        return False
    if is_first_name(doc[start].text) and is_first_name(doc[end - 1].text):
        return False
    return any(e.end == before.i and e.label in ENTITY_LABELS for e in doc.ents)


def _names_a_remit(doc: Doc, piece: Piece) -> bool:
    """The piece is an organisation's word and the remit after "for" or "of"
    ("Department for Culture", "Ministry of Housing")."""
    return any(
        doc[t].lower in ("for", "of") and doc[t - 1].lower in REMIT_NOUNS
        for t in range(piece.start + 1, piece.end - 1)
    )


def join_the_rest_of_a_remit(doc: Doc, prev: Piece, piece: Piece) -> str | None:
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
        or named_alone(doc, piece.start, piece.end)
    ):
        return None
    return "ORG"


def join_across_a_stray_full_stop(doc: Doc, prev: Piece, piece: Piece) -> str | None:
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


JOIN_RULES: tuple[Callable[[Doc, Piece, Piece], str | None], ...] = (
    join_across_a_stray_full_stop,
    join_the_rest_of_a_remit,
    join_adjacent_people,
    join_a_first_name_to_a_person,
    join_a_word_to_an_organisation,
    join_a_nation_to_its_party,
    join_modifiers_of_an_organisation,
    join_a_law_to_its_subject,
    join_organisations_linked_by_of,
    join_a_pair_after_a_lists_and,
)
"""Neighbouring spans spaCy cut out of one name; each rule, in its own pass in this
order, says the label of the joined name or None."""


def join_neighbours(doc: Doc, ents: list[Piece]) -> list[Piece]:
    """The spans with every pair a JOIN_RULES rule joins made one, rule by rule."""
    for rule in JOIN_RULES:
        out: list[Piece] = []
        for piece in ents:
            label = rule(doc, out[-1], piece) if out else None
            if label is not None:
                out[-1] = Piece(out[-1].start, piece.end, label)
            else:
                out.append(piece)
        ents = out
    return ents
