"""Label evidence for works and other things: WORK_OF_ART, PRODUCT, EVENT and LAW.

A work's noun that introduces a name ("the film Sideways"), a role in it, an award
for it, its channel in brackets, quotation marks or a title's capitals say
WORK_OF_ART; a made thing's noun, a model's code or a ship's prefix PRODUCT; an
event's word at the end, a holiday, a prize or what a time owns ("last year's
Superbowl") EVENT; a law's word after its subject LAW. The reasons that introduce a
work or name a ship are read into the name's other mentions by entity_groups. The
rules are entries of MENTION_RULES (entity_evidence), which gives their order.
"""

from __future__ import annotations

import re

from briefing.analysis.countries import a_region, country_code
from briefing.analysis.entity_base import (
    UNLABELLED,
    Evidence,
    Subject,
    kind_it_is_an_example_of,
    noun_right_after,
    outside_head,
)
from briefing.analysis.entity_pieces import a_law_word, ends_an_organisation
from briefing.analysis.entity_trim import TIME_PREFIX
from briefing.analysis.entity_words import a_peoples_name, is_first_name
from briefing.analysis.lexicon import (
    ACTING_VERBS,
    AWARD_NOUNS,
    BROADCAST_WORDS,
    COMPUTING_WORDS,
    EVENT_WORDS,
    FEAST_CUSTOMS,
    FEAST_DAYS,
    HOLIDAYS,
    LAW_NAME_WORDS,
    LAW_PART_WORDS,
    MALWARE_NOUNS,
    NAME_LINKS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PRIZE_NOUNS,
    PRODUCT_NOUNS,
    PROGRAMME_LINKS,
    QUOTES,
    SCREENING_VERBS,
    SHIP_PREFIXES,
    TECH_NOUNS,
    TIME_OWNERS,
    WORK_MAKING_VERBS,
    WORK_NOUNS,
    WORK_PART_NOUNS,
)
from briefing.analysis.model import PLACE_LABELS
from briefing.analysis.tokens import Token


def work_noun(tok: Token | None) -> bool:
    """A noun for works; "novel" before a name may be tagged an adjective ("Thackeray's
    novel Vanity Fair"), and is the noun there all the same."""
    return tok is not None and tok.pos in ("NOUN", "ADJ") and tok.lower in WORK_NOUNS


A_WORK_INTRODUCED = "a work's noun introduces it"
A_PROGRAMME = "a programme: its channel in brackets"
"""How the reasons begin that introduce a name as a work: its other mentions are the
work too (entity_groups.read_works_by_their_introduction)."""


def introduced_as_a_work(s: Subject) -> Evidence | None:
    """ "comedy Sideways", "the film Sideways", "Sideways, the film", "films such as
    Sideways": a name that a noun for works introduces (right before it), stands in
    apposition to or is given as an example of is a work."""
    name = s.named
    before = name[0].nbor(-1)
    nouns = [c for c in name.root.children if c.dep == "appos" and c not in name]
    if before is not None and (before.head in name or before.head == name.root.head):
        nouns.append(before)  # "comedy Sideways" (also where the parse hangs both on a verb)
    tok = outside_head(name)
    if tok.dep == "appos" and tok.head not in name:
        nouns.append(tok.head)
    if (kind := kind_it_is_an_example_of(tok)) is not None:  # "films such as X"
        nouns.append(kind)
    noun = next((n for n in nouns if work_noun(n)), None)
    if noun is None:
        return None
    return Evidence("WORK_OF_ART", 1.5, f"{A_WORK_INTRODUCED} ({noun.text})")


def introduced_as_a_product(s: Subject) -> Evidence | None:
    """ "the drug Vioxx", "the arthritis drug Celebrex", "phones such as the Razr": a name
    right after a noun for made things, or given as an example of one, is a product (the
    maker comes with a maker's noun: "drugmaker Merck", "the drug company Pfizer"). An
    apposition is not read: "the company behind the app, Bad Robot" hangs on the app."""
    name = s.named
    nouns = [t for t in (name[0].nbor(-1),) if t is not None]  # however the parser hung it
    if (kind := kind_it_is_an_example_of(outside_head(name))) is not None:
        nouns.append(kind)
    noun = next((n for n in nouns if n.pos == "NOUN" and n.lemma.lower() in PRODUCT_NOUNS), None)
    if noun is None:
        return None
    return Evidence("PRODUCT", 1.5, f"a made thing's noun introduces it ({noun.text})")


def a_malicious_program(s: Subject) -> Evidence | None:
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
    tok = outside_head(name)
    nouns = [name[-1].nbor(1), kind_it_is_an_example_of(tok)]
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


def made_by_a_director(s: Subject) -> Evidence | None:
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


def a_part_in_a_work(s: Subject) -> Evidence | None:
    """ "her role in Vera Drake": what an actor's role or part is in is a work."""
    tok = outside_head(s.span)
    prep = tok.head
    if tok.dep != "pobj" or prep.lower != "in" or prep.head.lower not in WORK_PART_NOUNS:
        return None
    return Evidence("WORK_OF_ART", 1.5, f"a {prep.head.text} in it")


def what_an_actor_appears_in(s: Subject) -> Evidence | None:
    """ "Tom Hale stars in Harbour Nights", "Watts plays a budding actress in Ellie
    Parker": outside sport (where one plays in a city or for a club), what someone stars,
    appears or plays a part in is a work, not a person or a place; a place the gazetteer
    knows stays one ("appeared in Chicago"), and "play" needs the part it names."""
    if s.about_sport:
        return None
    tok = outside_head(s.span)
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


def what_is_screened(s: Subject) -> Evidence | None:
    """ "A Different Story will also be screened", "Harbour Nights premiered in May",
    "the show airs on Sundays": what is screened, premiered or aired is a film or a
    programme (not "released": prisoners are); one that screens something is its
    broadcaster."""
    tok = outside_head(s.span)
    verb = tok.head
    if verb.lemma.lower() not in SCREENING_VERBS:
        return None
    if not (tok.dep == "nsubjpass" or (tok.dep == "nsubj" and verb.child("dobj") is None)):
        return None  # "the BBC screened the final": the broadcaster
    if s.known_place():
        return None  # "Iran aired the footage": a broadcaster's country
    return Evidence("WORK_OF_ART", 1.5, f"what is screened ({tok.head.text})")


def an_award_for_it(s: Subject) -> Evidence | None:
    """ "best actor for Kinsey": what a "best actor/film/director" award is for is the
    work (a winner is introduced by a first name: "best director for Ann Lee")."""
    tok = outside_head(s.span)
    prep, award = tok.head, tok.head.head
    if tok.dep != "pobj" or prep.lower != "for" or award.lower not in AWARD_NOUNS:
        return None
    if not any(c.lower == "best" for c in award.children) or s.title:
        return None
    if is_first_name(s.words[0]) and len(s.words) > 1:
        return None
    return Evidence("WORK_OF_ART", 1.0, f"what an award is for (best {award.text})")


def a_quoted_title(s: Subject) -> Evidence | None:
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


def a_link_word_capitalised_inside(s: Subject) -> Evidence | None:
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


def an_events_word_at_the_end(s: Subject) -> Evidence | None:
    """ "the European Indoor Championships", "the Birmingham Grand Prix": a name of two or
    more words ending in a word of events is an event (a place's or an organisation's name
    before it says where or who holds it); so is the word alone that spaCy read as a
    place or a person ("in Games history", "at the Open")."""
    if s.words[-1].lower() not in EVENT_WORDS or s.label in ("EVENT", "WORK_OF_ART"):
        return None
    if len(s.words) == 1 and s.label not in (*PLACE_LABELS, "PERSON"):
        return None  # "the Games", "the Open" alone: the event, never a place or a person
    return Evidence("EVENT", 1.5, f"an event's word at its end ({s.words[-1]})")


def a_holiday(s: Subject) -> Evidence | None:
    """ "over Easter", "before Christmas": a feast or holiday is a season, an event of
    the calendar, not a place or a person."""
    if len(s.span) != 1 or s.span.text.lower() not in HOLIDAYS:
        return None
    return Evidence("EVENT", 1.5, "a holiday")


def owns_a_feasts_custom(s: Subject) -> Evidence | None:
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


def _named_in_full_elsewhere(s: Subject) -> bool:
    """The article names a person of two or more words that ends in this word."""
    word = s.words[-1]
    return any(e.label == "PERSON" and len(e) > 1 and e[-1].text == word for e in s.ents.values())


def a_programmes_first_word(s: Subject) -> Evidence | None:
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


def _a_short_capital_code(text: str) -> bool:
    """ "USB", "DTT", "MPEG-2": two to six capitals, perhaps a hyphen and digits."""
    return re.fullmatch(r"[A-Z]{2,6}(?:-?[0-9]{1,2})?", text) is not None


def a_code_modifying_a_devices_noun(s: Subject) -> Evidence | None:
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


def a_maker_and_a_model_code(s: Subject) -> Evidence | None:
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


def a_title_and_its_number_read_as_a_law(s: Subject) -> Evidence | None:
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


def a_law_with_no_laws_word(s: Subject) -> Evidence | None:
    """ "Ospreys", "Boxing Day", read by the model as laws: a law's, a treaty's or a
    ruling's name holds a word of laws ("Act", "Treaty", "Plan", "Amendment") or a
    number ("Chapter 11"); a name with neither is no law, and what it is the model's
    guess cannot say, so it is left unlabelled."""
    if s.label != "LAW" or any(ch.isdigit() for ch in s.span.text):
        return None
    if any(w.lower() in LAW_NAME_WORDS for w in s.words):
        return None
    return Evidence(UNLABELLED, 1.0, "a law's label, but no word of laws in it")


def a_law_after_its_subject(s: Subject) -> Evidence | None:
    """ "the ID cards Bill", "its Crime Bill": a law's word ("Bill", "Act") alone right
    after a noun is a law named by its subject, not a person's first name (which comes
    before a surname, not after a noun)."""
    if len(s.span) != 1 or not a_law_word(s.span[0]) or s.title:
        return None
    before, after = s.span[0].nbor(-1), s.span[0].nbor(1)
    if before is None or before.pos not in ("NOUN", "PROPN"):
        return None
    if after is not None and after.is_title and after.pos == "PROPN":  # "… Bill Gates"
        return None
    return Evidence("LAW", 2.0, f"a law's word after its subject ({before.text} {s.span.text})")


def owned_by_a_time(s: Subject) -> Evidence | None:
    """ "last year's Superbowl", "this summer's Glastonbury": what a year or a season
    owns is an event that recurs, not a place, a person or a company."""
    owner = next((c for c in s.span.root.children if c.dep == "poss"), None)
    if owner is None or owner.lower not in TIME_OWNERS or s.label == "EVENT":
        return None
    return Evidence("EVENT", 1.5, f"what a time owns ({owner.text}'s)")


def a_time_around_it(s: Subject) -> Evidence | None:
    """ "the pre-Budget report", "post-Olympics": "pre-" and "post-" before a name make
    a time before or after it, so what they are glued to is an event; a people's word
    there makes an era of the people's rule ("post-Soviet states"), still the people's."""
    prefix = TIME_PREFIX.match(s.span.text)
    if prefix is None or a_peoples_name(s.span.text[prefix.end() :]):
        return None
    return Evidence("EVENT", 1.5, f"a time around it ({prefix.group(0)})")


def _a_broadcasters_name(words: list[Token]) -> bool:
    """ "BBC Three", "ITV1", "Channel 4", "Radio 4", "Sky One": a channel's name opens
    with a broadcaster's word (a number run into it)."""
    return bool(words) and words[0].lower.rstrip("0123456789") in BROADCAST_WORDS


def a_programme_with_its_channel_in_brackets(s: Subject) -> Evidence | None:
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
    if ends_an_organisation(s.doc, s.span.end) or _a_broadcasters_name(list(s.span)):
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
    return Evidence("WORK_OF_ART", 2.0, f"{A_PROGRAMME} ({channel})")


def a_vehicle_aboard(s: Subject) -> Evidence | None:
    """ "aboard Air Force One", "on board the Queen Mary": what people are aboard is a
    vessel or an aircraft, a thing."""
    before = s.span[0].nbor(-1)
    if before is not None and before.lower == "the":
        before = before.nbor(-1)
    if before is None or before.lower not in ("aboard", "onboard"):
        return None
    return Evidence("PRODUCT", 1.5, f'what people are aboard ("{before.text}")')


SHIP = "a ship ("


def a_ship(s: Subject) -> Evidence | None:
    """ "MV Akademik Shokalskiy", "HMS Belfast": a name opening with a ship's prefix is
    the ship, a thing (the model reads a ship's name as a person's)."""
    words = s.span.text.split()
    if len(words) < 2 or words[0] not in SHIP_PREFIXES:
        return None
    return Evidence("PRODUCT", 2.0, f"{SHIP}{words[0]})")


def a_prizes_name(s: Subject) -> Evidence | None:
    """ "a prestigious Golden Globe award", "the Laurence Olivier award": a name of two
    words or more that modifies a prize's noun is the prize, named after its maker or
    its namesake or not (a one-word name there may be its giver or its winner: "the
    Sakharov prize")."""
    noun = noun_right_after(s)
    if len(s.words) < 2 or noun is None or noun.lower not in PRIZE_NOUNS:
        return None
    return Evidence("EVENT", 1.5, f"a prize's name ({noun.text})")


_PRIZE_PARTICIPLES = frozenset(("winning", "nominated"))


def a_prize_before_winning(s: Subject) -> Evidence | None:
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


def a_group_read_as_a_nationality_naming_a_work(s: Subject) -> Evidence | None:
    """ "BBC One's Countryfile programme": a "nationality" that modifies a work's noun
    is the work's title (nationalities modify the work's origin only as adjectives:
    "a French film")."""
    tok = s.span[-1]
    if s.label != "NORP" or tok.tag == "JJ" or tok.dep != "compound" or not work_noun(tok.head):
        return None
    return Evidence("WORK_OF_ART", 1.0, f"a name modifying a work's noun ({tok.head.text})")


_PRONOUNS_IN_TITLES = frozenset("Me You My Your We Us Our They Them Him Her It".split())


def a_title_holding_a_pronoun(s: Subject) -> Evidence | None:
    """ "Super Size Me", "Have I Got News For You", "My Left Foot": a name of several
    words holding a capitalised pronoun is a title, a work's; people, organisations and
    places are not named with "me" or "your" ("US" and "IT" in capitals are codes)."""
    if len(s.words) < 2 or not any(w in _PRONOUNS_IN_TITLES for w in s.words):
        return None
    pronoun = next(w for w in s.words if w in _PRONOUNS_IN_TITLES)
    return Evidence("WORK_OF_ART", 1.5, f'a title holding a pronoun ("{pronoun}")')
