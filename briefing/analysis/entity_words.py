"""The words a name is read by: first names, a surname's words, a people's name.

News introduces a person by first name and surname, so a first name (Faker's lists,
of many countries) is evidence of a person that no company, place or work has; a
surname's word is a capitalised word no organisation's, club's, building's or
event's name ends in; a people's, faith's or party's name ("Kenyans", "Catholics",
"Tories") names no person and no place. Every step of the entities stage asks these,
so they sit below all of them, apart from the rules; load_word_lists reads the lists
before the model loads.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from briefing.analysis.countries import a_peoples_place, load_place_lists
from briefing.analysis.lexicon import (
    CLUB_WORDS,
    EVENT_WORDS,
    FACILITY_WORDS,
    ORG_SUFFIXES,
    PEOPLES_ENDINGS,
    PEOPLES_WORDS,
    SIDE_WORDS,
    WEEKDAYS,
)


def load_word_lists() -> None:
    """Read the lists the stage looks names up in (Faker's first names, GeoNames'
    cities, ISO's regions) now, rather than at the first name that needs them. An
    analysis calls it before the model loads: reading them takes some 80 MB for a
    moment, which on top of a small process raises no peak, and on top of a loaded
    model raised each worker's by as much."""
    _first_names()
    _english_surnames()
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
    common = _common_words()
    return frozenset(elsewhere | {n for n in generic if n.lower() not in common})


@cache
def _common_words() -> frozenset[str]:
    """The thousand commonest English words (Faker's English word list), lower case."""
    from faker.providers.lorem.en_US import Provider as EnglishWords

    return frozenset(w.lower() for w in EnglishWords.word_list)


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


@cache
def _english_surnames() -> frozenset[str]:
    from faker.providers.person.en_GB import Provider as British
    from faker.providers.person.en_US import Provider as American

    return frozenset(American.last_names) | frozenset(British.last_names)


def a_common_plural(word: str) -> bool:
    """Whether a capitalised plural is a common noun's ("Hearts", "Details", "Stories":
    the plural of one of the thousand commonest English words) and no English surname
    ("Williams", "Banks", "Brooks": Faker's American and British surnames; "Irons" is
    neither): a thing's name ends in one ("Love Hearts", "Elodie Details"), no
    person's."""
    lower = word.lower()
    if word in _english_surnames() or not lower.endswith("s"):
        return False
    singulars = {lower[:-1], lower[:-2] if lower.endswith("es") else "", lower[:-3] + "y"}
    return bool(singulars & _common_words())


def a_surname_word(word: str) -> bool:
    """A capitalised word that can end a person's name ("Church", "O'Gara", "Kilroy-Silk")
    and is no organisation's or club's word."""
    core = word.replace("-", "").replace("'", "").replace("’", "")
    if not (word[:1].isupper() and core.isalpha()):
        return False
    return word.lower() not in ORG_SUFFIXES | CLUB_WORDS | SIDE_WORDS | FACILITY_WORDS | EVENT_WORDS


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
        if demonyms_place(base, PEOPLES_ENDINGS, a_peoples_place) is not None:
            return True
    return False


def demonyms_place(
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
