"""Label evidence for organisations, clubs and sides.

An organisation's word at a name's end ("Foo Inc") or before its remit ("University
of Edinburgh"), an organisation's noun beside it ("the media group"), what shares are
held in, what a company's parent or part is of, or a job title, or a role and a
person, after it say ORG. A town that plays a match or stands in a result line is
its club, and so, in an article on sport, is one that takes a plural verb, owns or
lends a player or has a club's role after it; those reasons begin with A_SIDE_WORD,
and entity_groups reads the town's other mentions as the club too. A nation's name
is left to the places' rules (entity_places.a_nation). The rules are entries of
MENTION_RULES (entity_evidence), which gives their order.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefing.analysis.countries import (
    a_country_or_continent,
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
    kind_it_is_an_example_of,
    noun_right_after,
    outside_head,
)
from briefing.analysis.entity_pieces import (
    a_word_of_a_person_named_in_full,
    job_title_end,
    part_of_a_job_title,
)
from briefing.analysis.entity_places import a_bare_code, a_country_alone, a_nation
from briefing.analysis.entity_trim import INITIALS
from briefing.analysis.entity_words import a_peoples_name, is_first_name
from briefing.analysis.lexicon import (
    BAND_ROLES,
    BODIES_OF_NATIONS,
    CLUB_ROLE_NOUNS,
    CLUB_WORDS,
    COMPANY_PART_NOUNS,
    EVENT_WORDS,
    FACILITY_WORDS,
    FIRMS_NOUNS,
    GROUND_NOUNS,
    LANDMARK_WORDS,
    LOAN_PREPS,
    LODGING_WORDS,
    MATCH_NOUNS,
    MATCH_PREPS,
    MATCH_VERBS,
    NAME_PREFIXES,
    ORG_MODIFIED_NOUNS,
    ORG_NOUN_ENDINGS_PEOPLE_SHARE,
    ORG_NOUNS,
    ORG_OWNED_NOUNS,
    ORG_SUFFIXES,
    PARTY_WORDS,
    PLACE_MODIFIERS,
    PLACE_PARTICLES,
    ROLES,
    SHARE_HOLDING_NOUNS,
    SHOP_NOUNS,
    SIDE_VERBS,
    SIDE_WORDS,
    SMALL,
    STAFF_NOUNS,
    TITLES,
    WORK_ROLES,
)
from briefing.analysis.model import ENTITY_LABELS, PLACE_LABELS
from briefing.analysis.tokens import Span, Token


def an_employer_after_its_staff(s: Subject) -> Evidence | None:
    """ "Analysts at Morgan Stanley", "economists at Goldman Sachs": what people who
    work are "at" is their employer, however the name reads (a first name and a
    surname here name a firm); a country, region or city there is the place."""
    tok = outside_head(s.span)
    at = tok.head
    if tok.dep != "pobj" or at.lower != "at":
        return None
    if at.head.lower not in STAFF_NOUNS:
        return None
    text = s.span.text
    if a_large_place(text):
        return None
    return Evidence("ORG", 2.0, f"an employer: {at.head.text} at it")


def _camel_case(word: str) -> bool:
    """A capital after a lower-case letter inside one word ("DaimlerChrysler")."""
    for prefix in NAME_PREFIXES:  # "McFadden": the capital right after a surname prefix
        if word.startswith(prefix) and word[len(prefix) : len(prefix) + 1].isupper():
            word = word[len(prefix) :]
            break
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def a_brand_written_in_camel_case(s: Subject) -> Evidence | None:
    """ "DaimlerChrysler", "MailOnline": one word with a capital inside it is a company's
    or brand's coinage; no place or person is written so (surname prefixes aside:
    "McFadden")."""
    if len(s.span) != 1 or s.label not in ("PERSON", "ORG", *PLACE_LABELS):
        return None
    if not _camel_case(s.span.text):
        return None
    return Evidence("ORG", 1.0, "one word with a capital inside it: a company's coinage")


def _owning_name(s: Subject) -> Span | None:
    """The name that owns the mention ("BBC1's Breakfast", "the EU's … Mission"), if
    the possessive before it is a name the model read."""
    owner = next((c for c in s.span.root.children if c.dep == "poss"), None)
    return s.ents.get(owner.i) if owner is not None else None


def a_place_owned_by_an_organisation(s: Subject) -> Evidence | None:
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


def a_unit_of_an_organisation(s: Subject) -> Evidence | None:
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


def an_organisation_word_at_the_end(s: Subject) -> Evidence | None:
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


def an_organisation_word_before_its_remit(s: Subject) -> Evidence | None:
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


def _names_a_club(s: Subject) -> bool:
    """The article names a club somewhere: a name ending in a club's word, or a side in
    a result line."""
    return bool(s.sides) or any(
        e.label in ENTITY_LABELS and e[-1].lower in CLUB_WORDS | SIDE_WORDS for e in s.ents.values()
    )


def a_ground_where_clubs_play(s: Subject) -> Evidence | None:
    """ "developments at Old Trafford": in an article that names a club, a name of two or
    more words after "at" that spaCy read as an organisation, with no word of clubs or
    organisations in it, is where the club plays: a ground, a building."""
    if (
        len(s.span) < 2
        or s.label != "ORG"
        or any(t.lower in ORG_SUFFIXES | CLUB_WORDS | SIDE_WORDS for t in s.span)
    ):
        return None
    prep = after_locative(outside_head(s.span))
    if prep is None or prep.lower != "at" or not _names_a_club(s):
        return None
    return Evidence("FAC", 1.0, "a ground: at it, in an article that names a club")


def a_club_word_at_the_end(s: Subject) -> Evidence | None:
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


def where_a_firm_is(s: Subject) -> Evidence | None:
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


def a_company_shares_are_held_in(s: Subject) -> Evidence | None:
    """ "Shares in Jarvis rose", "a 33% stake in Ferrovial": what shares or a stake are
    "in" is a company; people are not held in shares (a country stays a country: "a
    stake in Greece's future" is rare, and "shares in Spain" a market's)."""
    tok = outside_head(s.span)
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


def what_a_companys_part_or_parent_is_of(s: Subject) -> Evidence | None:
    """ "DaimlerChrysler, parent company of Mercedes Benz", "a subsidiary of Bosch": what
    a company's parent, subsidiary or unit is "of" is a company, whatever the name reads
    as alone (a place stays one: "a division of Germany" is rare)."""
    tok = outside_head(s.span)
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


def beside_an_organisation_noun(s: Subject) -> Evidence | None:
    """ "Bertelsmann, the media group", "the Bertelsmann group", "marketing company
    Doubleclick", "boy band the Bay City Rollers", "retailers including Jessops": a name in apposition to a noun for
    organisations, modifying one, introduced by one or given as an example of one is
    one. A name given as an example of shops ("shops including John Lewis") is one
    even where it begins with a first name: a person is never an example of a
    company."""
    root = outside_head(s.span)
    kind = kind_it_is_an_example_of(root)
    if (
        kind is not None
        and kind.pos == "NOUN"
        and kind.lemma.lower() in ORG_NOUNS | SHOP_NOUNS
        and not a_country_alone(s)
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
    if kind is not None and kind.lower in ORG_NOUNS and not a_country_alone(s):
        return Evidence("ORG", 1.5, f"an organisation's noun beside it ({kind.text})")
    noun = next((n for n in nouns if n.pos == "NOUN" and n.lemma.lower() in ORG_NOUNS), None)
    if noun is None or a_country_alone(s):
        return None  # "UK banks", "US companies": the banks of a country, which stays one
    return Evidence("ORG", 1.5, f"an organisation's noun beside it ({noun.text})")


def owns_an_organisation_noun(s: Subject) -> Evidence | None:
    """ "Bertelsmann's shares", "the Disney directors": the owner of a noun only
    organisations have is one, and so is a name (not a place's: "UK shares") that
    modifies a noun of a company's."""
    last = s.span[-1]
    pos, noun = last.nbor(1), last.nbor(2)
    if pos is not None and noun is not None and pos.tag == "POS" and noun.lower in ORG_OWNED_NOUNS:
        return Evidence("ORG", 1.5, f"the owner of an organisation's {noun.text}")
    head = noun_right_after(s)
    if (
        head is not None
        and head.lower in ORG_MODIFIED_NOUNS
        and s.label not in PLACE_LABELS
        and country_code(s.span.text) is None
    ):
        return Evidence("ORG", 1.5, f"a name modifying a company's noun ({head.text})")
    return None


A_SIDE_WORD = "a side"
"""How every reason that reads a town as its club begins: one such mention makes the
town's other mentions the club too (entity_groups.read_places_that_play_as_their_club)."""
_A_SIDE = f"{A_SIDE_WORD} in a match"


def a_place_playing_a_match(s: Subject) -> Evidence | None:
    """ "Leicestershire beat Somerset", "against Leeds": a city or county does not
    play; its club does. (A country's side is read by the country's name: "Italy beat
    Moldova" stays a place.) "against" is read only in an article on sport: elsewhere
    one is against a place's government or its people ("the campaign against Europe")."""
    if not (s.label in PLACE_LABELS or _a_town_read_as_a_person(s)) or a_nation(s.span.text):
        return None
    tok = outside_head(s.span)
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


def _a_town_read_as_a_person(s: Subject) -> bool:
    """ "Chelsea beat Newcastle 3-1", "Chelsea" read as a person by its first name: in
    an article on sport, one word the gazetteer knows as a town and that is no word of
    a person the article names in full ("Chelsea Clinton")."""
    if s.label != "PERSON" or len(s.span) != 1 or not s.about_sport or not s.known_place():
        return False
    return not a_word_of_a_person_named_in_full(s.doc, s.span.text)


def a_town_before_a_clubs_role(s: Subject) -> Evidence | None:
    """ "sacked as Valencia coach", "Southampton manager Ronald Koeman", "took over the
    Valencia job": in an article on sport, a town's name (read as a place, or misread as
    a person when the gazetteer knows the town) right before a noun of a club's people
    or posts is the club. A nation's name there is its national side, left to the
    country's rules ("England manager")."""
    if not s.about_sport or a_nation(s.span.text):
        return None
    if s.label not in PLACE_LABELS and not (s.label in ("PERSON", "ORG") and s.known_place()):
        return None  # "Nike boss Phil Knight" is a firm's boss; "Liverpool manager" a club's
    role = s.span[-1].nbor(1)  # "as Valencia coach": the parser may make "coach" a verb's
    if role is None or not role.tag.startswith("NN") or role.lower not in CLUB_ROLE_NOUNS:
        return None
    return Evidence("ORG", 1.5, f"{A_SIDE_WORD}: a club's {role.text} after it")


def a_club_a_player_is_loaned_by(s: Subject) -> Evidence | None:
    """ "on loan from Monaco", "a season on loan at Parma", "loaned to Bristol": in an
    article on sport, what a player is loaned from, at or to is a club, whatever its
    name reads as alone (a country or a town lends no player: "Monaco" there is the
    club)."""
    if not s.about_sport or s.label == "ORG":
        return None
    tok = outside_head(s.span)
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
    return Evidence("ORG", 1.5, f"{A_SIDE_WORD}: a player is loaned {prep.lower} it")


def a_group_by_its_plural_verb(s: Subject) -> Evidence | None:
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


def a_side_by_its_verb_or_player(s: Subject) -> Evidence | None:
    """ "Sunderland are among the front runners", "Almeria's Ramon Azeez": in an article
    on sport, a town (read as a place, or as the organisation it is) that takes a plural
    verb or owns a player is a club, and says so more strongly than the model's guess of
    any one mention. A nation's name is left to the country's rules."""
    if a_nation(s.span.text) or not s.about_sport:
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


def _signs_a_player(s: Subject) -> bool:
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


def _owns_a_player(s: Subject) -> bool:
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


def a_group_of_nations(s: Subject) -> Evidence | None:
    """ "G7", "G8", "G20", "G77": news writes the clubs of nations as G and their number,
    whatever the model guessed (a product, a place)."""
    if len(s.span) != 1 or s.label == "ORG" or not _A_GROUP_OF_NATIONS.fullmatch(s.span.text):
        return None
    return Evidence("ORG", 1.5, "a group of nations (G and a number)")


def a_side_in_a_result_line(s: Subject) -> Evidence | None:
    """ "Leeds 2 Chelsea 1", "Leeds v Chelsea", a league table's row: the names in a
    result line are sides, which are organisations (a person spaCy saw by full name
    stays one: a player in a table of scores)."""
    line = s.sides.get(s.span.root.i)
    if line is None or (s.label == "PERSON" and len(s.span) > 1 and not s.split):
        return None
    if a_nation(s.span.text):  # a country's side: read as the country
        return None
    return Evidence("ORG", 2.0, f"a side in a result line ({line})")


def a_ground_a_match_is_at(s: Subject) -> Evidence | None:
    """ "won 4-0 at the Bernabeu", "a draw at Anfield": in an article on sport, one
    word after "at" that the model read as a place or a person and that no gazetteer
    knows as a place or a country is where the match is played, a ground (a club there,
    "two years at Juventus", is read by the model as the organisation it is)."""
    if not s.about_sport or len(s.span) != 1 or s.label not in ("GPE", "LOC", "PERSON"):
        return None
    tok = outside_head(s.span)
    if tok.dep != "pobj" or tok.head.lower != "at":
        return None
    text = s.span.text
    if a_known_place(text) or country_code(text) is not None or a_region(text):
        return None
    return Evidence("FAC", 1.5, 'a ground: "at" it in sports news')


def a_body_of_nations(s: Subject) -> Evidence | None:
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


def a_clubs_short_form(s: Subject) -> Evidence | None:
    """ "United" of "Manchester United", "City" of "Manchester City": a club's last word
    alone, in an article that names the club in full, is the club."""
    if len(s.span) != 1 or s.span[0].lower not in CLUB_WORDS:
        return None
    word = s.span[0].text
    for other in s.doc.ents:
        if len(other) >= 2 and other[-1].text == word and other.start != s.span.start:
            return Evidence("ORG", 1.5, f"a club's short form ({other.text})")
    return None


def a_club_named_for_its_city(s: Subject) -> Evidence | None:
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
    if INITIALS.fullmatch(first) or _camel_case(first):  # "M. Atherton", "MaliVai Washington"
        return None
    if a_known_place(" ".join(words)) or any(a_known_place(w) for w in words[:-1]):
        return None
    if _owning_name(s) is not None:  # "AC Milan's Andriy Shevchenko": a club's player
        return None
    if not (_names_a_club(s) or s.about_sport):
        return None
    return Evidence("ORG", 1.5, f"a club named for its city ({city}), in an article on sport")


def a_clubs_player(s: Subject) -> Evidence | None:
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


def before_a_role_and_a_person(s: Subject) -> Evidence | None:
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


def an_organisations_letters_first(s: Subject) -> Evidence | None:
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


def a_companys_arm_in_a_region(s: Subject) -> Evidence | None:
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
    region = next((e for e in ends if a_country_or_continent(e) and not a_bare_code(e)), None)
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


def before_a_job_title(s: Subject) -> Evidence | None:
    """ "Acme Chief Creative Officer Jo Bloggs", "Acme Senior Vice President": a name
    right before a job title that opens with a rank is the employer, an organisation."""
    end = s.span.end
    after = s.doc.get(end)
    if after is None or not after.is_title or a_known_place(s.span.text):
        return None  # "Scotland Chief Medical Officer": the country's own post
    title_end = job_title_end(s.doc, end, end + 1)
    if not part_of_a_job_title(s.doc, end, title_end):
        return None
    title = s.doc.body[after.idx : s.doc[title_end].idx + len(s.doc[title_end].text)]
    return Evidence("ORG", 1.5, f"an employer before a job title ({title})")


def a_partys_word_at_the_end(s: Subject) -> Evidence | None:
    """ "Welsh Labour", "Scottish Greens", "Liberal Democrats", read as a person or a
    people: two or more words ending in a party's word name a party."""
    if len(s.words) < 2 or s.words[-1].lower() not in PARTY_WORDS or s.label == "ORG":
        return None
    return Evidence("ORG", 1.5, f"a party's word at its end ({s.words[-1]})")
