"""Label evidence for people: what makes a name a person's, or no person's.

A title before a name ("President"), a first name (entity_words) or an initial before
a surname, an age after it, a relative beside it or a country in brackets after it
say PERSON, and a surname in the plural is that person's family; a name the model
reads as a person that ends in a plural word with no first name is a group, and one
that ends in a word the article writes in lower case is a thing's. The rules are
entries of MENTION_RULES (entity_evidence), which gives their order.
"""

from __future__ import annotations

import re

from briefing.analysis.countries import a_known_place, a_large_city, country_code
from briefing.analysis.entity_base import (
    UNLABELLED,
    Evidence,
    Subject,
    after_locative,
    outside_head,
)
from briefing.analysis.entity_pieces import team_sheet_label
from briefing.analysis.entity_trim import INITIALS
from briefing.analysis.entity_words import (
    a_common_plural,
    a_peoples_name,
    a_surname_word,
    is_first_name,
)
from briefing.analysis.lexicon import (
    APPOSITIVE_ROLES,
    KIN_NOUNS,
    LANDMARK_WORDS,
    LAW_NAME_WORDS,
    NAME_LINKS,
    PLACE_PARTICLES,
    ROLES,
    TITLES,
)
from briefing.analysis.model import PLACE_LABELS


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


_ROLES_IN_APPOSITION = ROLES | TITLES | APPOSITIVE_ROLES


def a_role_in_apposition(s: Subject) -> Evidence | None:
    """ "Will Davies, a senior researcher at the IPPR, told …", "Jo Bloggs, chief
    executive of Acme": a name set beside one person's role (a singular role noun in
    apposition) is that person's. ("Chelsea, the champions" is plural: a side.)"""
    # every word's children: the model may hang "Will" of "Will Davies" apart
    for child in (c for t in s.span for c in t.children):
        role = child.lower in _ROLES_IN_APPOSITION
        if child.dep == "appos" and child.i >= s.span.end and child.tag == "NN" and role:
            return Evidence("PERSON", 1.0, f"a role in apposition ({child.text})")
    return None


def a_name_on_a_team_sheet(s: Subject) -> Evidence | None:
    """ "Man City: James, Mills (Bradley Wright-Phillips 83), Dunne", "Booked: Fowler,
    Sibierski": the names a match report lists after a side's name or a team sheet's
    label and a colon are players, however the model read each bare surname ("Fowler"
    an organisation, "Fortune" a work)."""
    if not s.about_sport:
        return None
    label = team_sheet_label(s.doc, s.span.start)
    if label is None or s.span.text.lower() == label.lower():
        return None
    return Evidence("PERSON", 2.0, f"a name on a team sheet ({label}:)")


def a_first_name_and_a_surname(s: Subject) -> Evidence | None:
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
    if s.label == "FAC" and after_locative(outside_head(s.span)) is not None:
        return None  # "won at Roland Garros": a ground named after a person
    if not is_first_name(words[0]) or not all(a_surname_word(w) for w in words[1:]):
        return None
    if country_code(words[0]) is not None:
        return None
    if s.label == "ORG" and len(words) == 3 and a_large_city(words[0]):
        return None  # "Boston Red Sox", "Chicago White Sox": a city's club, as the model read
    if s.label == "LAW" and words[-1].lower() in LAW_NAME_WORDS:
        return None  # "the Warwick Agreement": a law's word is no surname
    if s.span[-1].tag == "NNPS" and a_common_plural(words[-1]):
        return None  # "Love Hearts", "Elodie Details": a common plural ends a thing's name
    return Evidence("PERSON", 1.0, f"a first name ({words[0]}) and a surname")


def a_plural_name_with_no_first_name(s: Subject) -> Evidence | None:
    """ "Scissor Sisters", "Quicken Loans", "Sale Sharks", "Edinburgh Lectures": a name
    the model reads as a person but that ends in a plural word and opens with no first
    name is a group (a band, a team, a company or its events); a person's name is
    singular. A surname that looks plural keeps its first name: "Jeremy Irons"."""
    if s.label != "PERSON" or len(s.words) < 2 or s.span[-1].tag != "NNPS":
        return None
    first = s.words[0]
    if is_first_name(first) or INITIALS.fullmatch(first) or len(first) < 3:
        return None
    last = s.words[-1]
    if is_first_name(last.rstrip("s")):  # "Evans", "Williams": Evan's, William's son
        return None
    if any(e.label == "PERSON" and e.text == last for e in s.ents.values()):
        return None  # "Waqar Younis ... Younis took four wickets": a surname alone
    return Evidence("ORG", 1.0, f"a plural name with no first name ({last})")


def a_family_by_its_name(s: Subject) -> Evidence | None:
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


_AN_AGE = re.compile(r",\s*(\d{1,3})\s*,")


def an_age_after_it(s: Subject) -> Evidence | None:
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


def an_initial_and_a_surname(s: Subject) -> Evidence | None:
    """ "S Lamont", "J. White": one capital letter (an initial) before a capitalised
    word is a person's name, as team sheets and bylines write them ("A" and "I" are
    words)."""
    words = [w for w in s.words if w.lower() not in NAME_LINKS] if len(s.words) == 3 else s.words
    if s.label == "PERSON" or len(words) != 2 or not a_surname_word(words[1]):
        return None  # a particle may come between ("P de Villiers", "J van der Berg" no)
    initial = words[0].rstrip(".")
    if len(initial) != 1 or not initial.isupper() or initial in ("A", "I"):
        return None
    return Evidence("PERSON", 1.0, f"an initial and a surname ({words[0]})")


def after_a_title(s: Subject) -> Evidence | None:
    """A title before a name makes it a person's: "President", "Dr", "Coach"."""
    if not s.title:
        return None
    return Evidence("PERSON", 3.0 if s.label == "PERSON" else 2.0, f"a title ({s.title})")


def a_country_in_brackets_after(s: Subject) -> Evidence | None:
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


def beside_a_relative(s: Subject) -> Evidence | None:
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


def a_thing_named_by_words(s: Subject) -> Evidence | None:
    """ "Splinter Cell", "Lunar Lander", "Quicken Loans": two words read as a person's
    name that open with no first name and end in a word the article also writes in
    lower case are a thing's or a company's name, not a person's (a surname that is also
    a word follows a first name: "Adam Price"). What kind of thing the words cannot say,
    so the name is left unlabelled."""
    words = s.words
    if s.label != "PERSON" or len(words) != 2 or s.title or is_first_name(words[0]):
        return None
    if INITIALS.fullmatch(words[0]) or len(words[0]) < 3:
        return None
    last = words[1].lower()
    if last not in s.doc.lower_words or words[0].lower() in s.doc.lower_words:
        return None
    return Evidence(
        UNLABELLED, 1.0, f"no first name, and a word of the article ({last}) at its end"
    )
