"""Label evidence for places and nations: GPE, LOC, FAC and NORP.

A country's ISO name (pycountry, countries.py), a dateline, a bare name after a
locative preposition ("in Rafah"), a known place after "in", a state after its town,
a building's, street's, lodging's or sea's word at the end, or a noun only places
have say the name is a place; a demonym ("Kenyans") or an adjective says NORP, and a
"group" that names no people is left to other evidence. The rules are entries of
MENTION_RULES (entity_evidence), which gives their order.
"""

from __future__ import annotations

from briefing.analysis.countries import (
    a_known_place,
    a_large_city,
    a_large_place,
    a_region,
    country_code,
)
from briefing.analysis.entity_base import (
    UNLABELLED,
    Evidence,
    Subject,
    after_locative,
    noun_right_after,
)
from briefing.analysis.entity_pieces import THING_LABELS, a_word_of_a_person_named_in_full
from briefing.analysis.entity_words import a_peoples_name, demonyms_place, is_first_name
from briefing.analysis.lexicon import (
    CLUB_WORDS,
    COMPASS_WORDS,
    COUNTRY_ALIASES,
    FACILITY_WORDS,
    GATHERING_NOUNS,
    GEO_NOUNS,
    GROUND_NOUNS,
    LAND_NOUNS,
    LANDMARK_WORDS,
    LODGING_WORDS,
    NATIONS_THAT_PLAY_AS_COUNTRIES,
    NATURAL_FEATURE_WORDS,
    ONE_OF_A_PEOPLE,
    ONLY_PLACE_NOUNS,
    ORG_SUFFIXES,
    PEOPLES_WORDS,
    PLACE_NOUNS,
    PLACE_PREFIXES,
    REMIT_NOUNS,
    ROLES,
    SIDE_WORDS,
    SITE_NOUNS,
)
from briefing.analysis.model import PLACE_LABELS
from briefing.analysis.tokens import Token


def _owned_place_noun(tok: Token) -> Token | None:
    """ "Odesa's governor", "Gaza's residents": the noun only places have that the name
    owns, if it does."""
    pos, noun = tok.nbor(1), tok.nbor(2)
    if pos is None or noun is None or pos.tag != "POS":
        return None
    return noun if noun.lower in PLACE_NOUNS else None


def names_a_ground_or_building(s: Subject) -> Evidence | None:
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


def a_place_word_starts_it(s: Subject) -> Evidence | None:
    """ "County Durham", "Lake Placid", "Mount Kenya": a name that begins with a word of
    places is a place, not a person, an organisation or a building ("County Hall" and
    "Mount Sinai Hospital" end in a building's word and stay buildings)."""
    words = s.words
    if (
        len(words) < 2
        or s.label not in ("PERSON", "ORG", "FAC")
        or words[0].lower() not in PLACE_PREFIXES
    ):
        return None
    buildings = FACILITY_WORDS | LANDMARK_WORDS | _SURNAME_FACILITY_WORDS
    if s.label == "FAC" and words[-1].lower() in buildings:
        return None
    return Evidence(
        "LOC" if words[0].lower() in ("lake", "mount", "mt", "cape") else "GPE",
        1.0,
        f"a place's word at its start ({words[0]})",
    )


def a_lodging_word_at_the_end(s: Subject) -> Evidence | None:
    """ "Lake Placid Lodge", "the Savoy Hotel", "Crown Inn": a name ending in a word of
    businesses that let rooms is a building, not the place its first words name."""
    last = s.span[-1]
    if len(s.span) < 2 or s.label == "ORG" or last.lower not in LODGING_WORDS:
        return None
    return Evidence("FAC", 1.5, f"a lodging's word at its end ({last.text})")


def a_nationality_adjective(s: Subject) -> Evidence | None:
    """ "Ukrainian officials": a one-word name the parse tags as an adjective is a
    nationality, not a place or a person (a country's or a state's own name stays the
    place: "a post-Alaska meeting")."""
    if len(s.span) == 1 and s.span[0].tag == "JJ" and s.label in ("NORP", *PLACE_LABELS):
        if s.label != "NORP" and (a_region(s.span.text) or country_code(s.span.text)):
            return None  # "a post-Alaska meeting": a state's name, not a nationality
        return Evidence("NORP", 1.0, f"an adjective ({s.span.text} {s.span[0].head.text})")
    return None


def owns_a_place_noun(s: Subject) -> Evidence | None:
    """ "Odesa's governor": the owner of a noun only places have is a place."""
    if len(s.span) != 1 or s.label in PLACE_LABELS:
        return None
    noun = _owned_place_noun(s.span[0])
    if noun is None:
        return None
    return Evidence("GPE", 1.0, f"the owner of a place's {noun.text}")


def a_facility_word_at_the_end(s: Subject) -> Evidence | None:
    """ "Elland Road", "Apollo Theater", "Bryce Canyon National Park": a name of two or
    more words ending in a word of buildings, grounds, streets and landmarks that spaCy
    read as a person is the place."""
    last = s.span[-1]
    if len(s.span) < 2 or s.label != "PERSON" or last.lower not in FACILITY_WORDS | LANDMARK_WORDS:
        return None
    if len(s.words) == 2 and is_first_name(s.words[0]) and last.lower in _SURNAME_FACILITY_WORDS:
        return None  # "Wayne Bridge", "Andy Street": a first name and a surname
    return Evidence("FAC", 1.5, f"a building's or street's word at its end ({last.text})")


def a_natural_features_word_at_the_end(s: Subject) -> Evidence | None:
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


def a_country_alone(s: Subject) -> bool:
    """Whether the mention is a country's name or news's short name for one ("UK",
    "U.S."), and nothing more."""
    return s.span.text.lower() in COUNTRY_ALIASES or (
        len(s.span.text) > 3 and country_code(s.span.text) is not None
    )


def a_place_in_a_dateline(s: Subject) -> Evidence | None:
    """ "SEOUL 2024-03-05", "KYIV, Ukraine –": the names a wire story's dateline opens
    with are the places it was filed from."""
    line = s.datelines.get(s.span.root.i)
    if line is None:
        return None
    return Evidence("GPE", 2.0, f"a dateline ({line})")


def a_nation(name: str) -> bool:
    """A country by name or code, or a nation that plays as one ("England", "Wales")."""
    key = "-".join(name.lower().split())
    return country_code(name) is not None or key in NATIONS_THAT_PLAY_AS_COUNTRIES


def a_country_by_name(s: Subject) -> Evidence | None:
    """ "Nigeria", "the Czech Republic", "Wales": a country's ISO name (pycountry), or a
    nation that plays as one, that spaCy read as a person or an organisation is the
    country (its side in a match is read by the match's own words, earlier)."""
    if s.label not in ("PERSON", "ORG"):
        return None
    text = s.span.text
    if not (a_country_alone(s) or (len(s.words) <= 2 and a_nation(text))) or a_bare_code(text):
        return None  # "BT", "GM": a company's letters, whatever country has them as code
    return Evidence("GPE", 1.0, "a country's name")


def after_a_locative(s: Subject) -> Evidence | None:
    """ "in Rafah", "across Kyiv, Odesa": a bare name that spaCy calls a person (or a
    piece of a misread list) after a locative preposition is a place."""
    if len(s.span) != 1 or not (s.label == "PERSON" or s.split):
        return None
    prep = after_locative(s.span[0])
    if prep is None:
        return None
    return Evidence("GPE", 0.75, f'after a locative preposition ("{prep.text}")')


_HOLDINGS = frozenset("stake share interest investment investor holding".split())
"""Nouns of owning part of a company: "in" after them takes the company ("a stake in
Bristol Water", "investors in Google")."""

_PLACES_PREPS = frozenset(("in", "across", "throughout", "near", "around", "outside"))
"""Of LOCATIVE, the prepositions whose object is where something is; "at" and "from"
also take a club ("at Leeds", "signed from Celtic") and are not here."""


def a_part_of_the_compass_before_it(s: Subject) -> Evidence | None:
    """ "met in south Devon", "villages of northern Kenya", "east Jerusalem": a name the
    model read as a person right after a lower-case word of the compass is a place (a
    part of it is being named; no person is written "south Joss")."""
    before = s.span[0].nbor(-1)
    if s.label != "PERSON" or len(s.words) > 2 or before is None or not before.text.islower():
        return None
    if before.lower not in COMPASS_WORDS:
        return None
    return Evidence("GPE", 1.5, f"a part of the compass before it ({before.text})")


def a_known_place_after_in(s: Subject) -> Evidence | None:
    """ "two schools in Bristol", "shops across Scotland", "the M6 Toll in the
    Midlands": a one-word "organisation" or "thing" after "in" or "across" that is a
    country, a region or a city of 100,000 people is the place (a stake or shares in a
    company are no place's: "investors in Google" is not read, whatever towns share the
    name); after a factory's or an office's noun any town the gazetteer knows is ("the
    Mercedes factory in Sindelfingen")."""
    if len(s.span) != 1 or s.label not in ("ORG", *THING_LABELS):
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


def where_an_event_is_held(s: Subject) -> Evidence | None:
    """ "a summit in Copenhagen", "talks in Geneva", "a rally at Wembley": the name a
    gathering is held in or at is a place (a company is had shares in, not met in)."""
    if len(s.span) != 1 or s.label in PLACE_LABELS:
        return None
    prep = after_locative(s.span[0])
    if prep is None or prep.lower not in ("in", "at") or prep.head.pos != "NOUN":
        return None
    if prep.head.lemma.lower() not in GATHERING_NOUNS:
        return None
    return Evidence("GPE", 1.0, f"where a {prep.head.text} is held")


def a_town_before_its_state(s: Subject) -> Evidence | None:
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


def a_state_after_its_town(s: Subject) -> Evidence | None:
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


def a_bare_code(name: str) -> bool:
    """Two or three capitals that are a country's ISO code but not news's name for it:
    "FM" of "Classic FM" is no Micronesia; "UK" and "US" are names."""
    return name.isupper() and len(name) <= 3 and name.lower() not in COUNTRY_ALIASES


def a_known_place_read_as_something_else(s: Subject) -> Evidence | None:
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


def a_city_read_as_a_lone_person(s: Subject) -> Evidence | None:
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
    if a_word_of_a_person_named_in_full(s.doc, word):
        return None
    return Evidence("GPE", 1.0, f"a known place read as a person ({word})")


def a_group_with_no_peoples_name(s: Subject) -> Evidence | None:
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


def a_name_modifying_a_places_noun(s: Subject) -> Evidence | None:
    """ "the southern Mindanao island", "Helmand province": a name the model read as a
    place that modifies a noun of places is that place (no gazetteer need know it).
    Read as anything else, the name is a place when the noun is one only a place is
    and written in lower case, outside the name ("Banda Aceh province", read as an
    organisation): "Ohio State", "Manchester City" and "Orange County" are names."""
    noun = noun_right_after(s)
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


def a_countrys_people(s: Subject) -> Evidence | None:
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
    stem = demonyms_place(text, _DEMONYM_ENDINGS, lambda name: country_code(name) is not None)
    if stem is not None:
        return Evidence("NORP", 1.5, f"the people of a country ({stem})")
    return None
