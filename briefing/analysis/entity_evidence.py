"""Step 4 of the entities stage: the label evidence of one mention (MENTION_RULES).

Each mention's label is weighed by the parse's evidence, the first rule that applies
deciding (rules.first_verdict): a title before a name says PERSON; an organisation's
word at its end, an organisation's noun beside it or a side in a result says ORG; a
work's noun before it, a role in it or an award for it says WORK_OF_ART; a first name
(Faker's list) or an initial before a surname says PERSON; a list's members share one
kind; a bare name after a locative preposition says it is not a person; a name given
as another name ("also known as") takes the kind of the name before it; what a year
owns is an event ("last year's Superbowl"); …

The rules live by family, so that one family can be read and changed on its own:
people (entity_people), works and other things (entity_things), organisations, clubs
and sides (entity_orgs), places and nations (entity_places). The table here
interleaves them, and its order is the stage's behaviour. The rules of no one family
are here too: what is no name at all (a heading or a headline in capitals, a common
noun or a sentence's first word with a capital, a time zone, a class or grade, a
short form of common words, a number with its scale), another name of a name, the
members of a list, and spaCy's own label when nothing else speaks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from briefing.analysis.countries import a_known_place, a_large_place, country_code
from briefing.analysis.entity_base import (
    SPACY,
    UNLABELLED,
    Evidence,
    Subject,
    name_key,
    outside_head,
)
from briefing.analysis.entity_orgs import (
    a_body_of_nations,
    a_brand_written_in_camel_case,
    a_club_a_player_is_loaned_by,
    a_club_named_for_its_city,
    a_club_word_at_the_end,
    a_clubs_player,
    a_clubs_short_form,
    a_company_shares_are_held_in,
    a_companys_arm_in_a_region,
    a_ground_a_match_is_at,
    a_ground_where_clubs_play,
    a_group_by_its_plural_verb,
    a_group_of_nations,
    a_partys_word_at_the_end,
    a_place_owned_by_an_organisation,
    a_place_playing_a_match,
    a_side_by_its_verb_or_player,
    a_side_in_a_result_line,
    a_town_before_a_clubs_role,
    a_unit_of_an_organisation,
    an_employer_after_its_staff,
    an_organisation_word_at_the_end,
    an_organisation_word_before_its_remit,
    an_organisations_letters_first,
    before_a_job_title,
    before_a_role_and_a_person,
    beside_an_organisation_noun,
    owns_an_organisation_noun,
    what_a_companys_part_or_parent_is_of,
    where_a_firm_is,
)
from briefing.analysis.entity_people import (
    a_country_in_brackets_after,
    a_family_by_its_name,
    a_first_name_and_a_surname,
    a_name_on_a_team_sheet,
    a_plural_name_with_no_first_name,
    a_role_in_apposition,
    a_thing_named_by_words,
    after_a_title,
    an_age_after_it,
    an_initial_and_a_surname,
    beside_a_relative,
)
from briefing.analysis.entity_pieces import ACRONYM
from briefing.analysis.entity_places import (
    a_city_read_as_a_lone_person,
    a_country_by_name,
    a_countrys_people,
    a_facility_word_at_the_end,
    a_group_with_no_peoples_name,
    a_known_place_after_in,
    a_known_place_read_as_something_else,
    a_lodging_word_at_the_end,
    a_name_modifying_a_places_noun,
    a_nationality_adjective,
    a_natural_features_word_at_the_end,
    a_part_of_the_compass_before_it,
    a_place_in_a_dateline,
    a_place_word_starts_it,
    a_state_after_its_town,
    a_town_before_its_state,
    after_a_locative,
    names_a_ground_or_building,
    owns_a_place_noun,
    where_an_event_is_held,
)
from briefing.analysis.entity_things import (
    a_code_modifying_a_devices_noun,
    a_group_read_as_a_nationality_naming_a_work,
    a_holiday,
    a_law_after_its_subject,
    a_law_with_no_laws_word,
    a_link_word_capitalised_inside,
    a_maker_and_a_model_code,
    a_malicious_program,
    a_part_in_a_work,
    a_prize_before_winning,
    a_prizes_name,
    a_programme_with_its_channel_in_brackets,
    a_programmes_first_word,
    a_quoted_title,
    a_ship,
    a_time_around_it,
    a_title_and_its_number_read_as_a_law,
    a_title_holding_a_pronoun,
    a_vehicle_aboard,
    an_award_for_it,
    an_events_word_at_the_end,
    introduced_as_a_product,
    introduced_as_a_work,
    made_by_a_director,
    owned_by_a_time,
    owns_a_feasts_custom,
    what_an_actor_appears_in,
    what_is_screened,
    work_noun,
)
from briefing.analysis.entity_trim import TRIM_START, opens_a_sentence
from briefing.analysis.lexicon import (
    ALIAS_NOUNS,
    ALIAS_VERBS,
    BODY_NOUNS,
    CAPITALISING_DETERMINERS,
    CLASS_WORDS,
    LEADER_NOUNS,
    PEOPLES_WORDS,
    TIME_ZONES,
)
from briefing.analysis.model import ENTITY_LABELS, PLACE_LABELS
from briefing.analysis.rules import first_verdict
from briefing.analysis.tokens import Span, Token


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


def listed_with_common_nouns(s: Subject) -> Evidence | None:
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


def listed_with_names_of_one_kind(s: Subject) -> Evidence | None:
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


def _listed_with_people(s: Subject, kinds: Counter[str], bare_people: int) -> str | None:
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


def _written_as_a_common_noun(s: Subject, word: str) -> bool:
    """The article writes the word in lower case as a noun too ("the budget deficit"),
    outside any name (not "treasury bills" that spaCy reads as a name itself)."""
    lower = word.lower()
    return any(t.text == lower and t.pos == "NOUN" and t.i not in s.ents for t in s.doc)


def _written_in_a_longer_name(s: Subject) -> bool:
    """Another name in the article holds the word with other words ("State Department")."""
    word = s.span.text
    return any(len(e) > 1 and any(t.text == word for t in e) for e in s.ents.values())


def a_capitalised_common_noun(s: Subject) -> Evidence | None:
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


def a_time_zone(s: Subject) -> Evidence | None:
    """ "at 1400 GMT", "9pm EST": a time zone's abbreviation tells the clock a time is
    read by; it is part of the time, not an organisation or a place."""
    text = s.span.text
    if len(s.span) != 1 or not text.isupper() or text.lower() not in TIME_ZONES:
        return None
    return Evidence(UNLABELLED, 2.0, f"a time zone ({s.span.text})")


def an_alias_in_apposition(s: Subject) -> Evidence | None:
    """ "its Arabic acronym, Daesh", "by their acronym Jundal": a name in apposition to a noun
    for another name is an alias of something the article names; its own words tell not
    what it is, so spaCy's organisation stands and any other reading is left out (an
    acronym is not a place or a person)."""
    root = outside_head(s.span)
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


def another_name_of_a_name(s: Subject) -> Evidence | None:
    """ "ISIS - also known as Isil", "Velmora, formerly known as Dunreach Holdings":
    a name given as another name of the name written just before it names the same
    thing, so it is of that name's kind."""
    tok = outside_head(s.span)
    prep = tok.head
    if tok.dep != "pobj" or prep.lower != "as" or prep.head.lemma.lower() not in ALIAS_VERBS:
        return None
    other = _name_just_before(prep.head, s.ents)
    if other is None or other.start == s.span.start or other.label not in ENTITY_LABELS:
        return None
    name = TRIM_START.sub("", other.text).strip(" -–—,")
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


def a_short_form_of_common_words(s: Subject) -> Evidence | None:
    """ "radio frequency ID (RFID)", "digital terrestrial TV (DTT)", "gross domestic
    product (GDP)": an acronym the article defines in brackets after lower-case words
    stands for a common noun (a technology, a measure, a job), not for a name, so it is
    neither an organisation nor a place and is left unlabelled. An organisation's own
    name is written in capitals ("London Stock Exchange (LSE)"); one news writes in
    lower case ends in a body's noun ("the monetary policy committee (MPC)") and is
    still one."""
    acronym = s.span.text
    if len(s.span) != 1 or not ACRONYM.fullmatch(acronym) or "&" in acronym:
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


def a_code_of_letters_and_digits(s: Subject) -> Evidence | None:
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


_CLASS_MARK = re.compile(r"(?:[A-Z]|\d{1,3}|[IVX]{1,4})[+-]?")


def a_class_or_grade(s: Subject) -> Evidence | None:
    """ "Grade C drugs", "Type 2 diabetes", "a Category 5 hurricane", "Phase III
    trials": a word of classes with a letter or a number names a class, not a thing
    with a name of its own."""
    words = s.span.text.split()
    if len(words) != 2 or words[0].lower() not in CLASS_WORDS:
        return None
    if _CLASS_MARK.fullmatch(words[1]) is None:
        return None
    return Evidence(UNLABELLED, 2.0, f"a class or grade ({words[0]} {words[1]})")


def a_heading_in_capitals(s: Subject) -> Evidence | None:
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


def a_headline_in_capitals(s: Subject) -> Evidence | None:
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
    key = name_key(s.span.text)
    if any(name_key(e.text) == key and not e.text.isupper() for e in s.doc.ents):
        return None  # "ARSENAL BEAT SPURS" … "Arsenal beat Spurs": a name after all
    return Evidence(UNLABELLED, 2.0, "a run of words in a headline in capitals")


def a_first_word_the_article_writes_in_lower_case(s: Subject) -> Evidence | None:
    """ "Sci-fi shooter Doom 3 has …" where the article goes on "the much-anticipated
    sci-fi horror": a one-word "name" that only ever stands capitalised at a sentence's
    start, and that the article also writes in lower case, is an ordinary word the
    sentence capitalised (a name the article writes capitalised mid-sentence, or as a
    word of a longer name, is one)."""
    if len(s.words) != 1 or s.title:
        return None
    word = s.words[0]
    if word.isupper() or not word[:1].isupper() or not opens_a_sentence(s.span[0]):
        return None
    lower = re.compile(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])")
    if lower.search(s.doc.body) is None:
        return None
    key = name_key(word)
    if any(name_key(e.text) == key and not opens_a_sentence(s.doc[e.start]) for e in s.doc.ents):
        return None
    if any(name_key(e.text) != key and key in name_key(e.text).split() for e in s.doc.ents):
        return None  # "Academy president …" where the article names the Academy of …
    return Evidence(UNLABELLED, 1.5, "a sentence's first word, elsewhere in lower case")


def spacys_label(s: Subject) -> Evidence | None:
    """spaCy's own label stands when no other rule speaks and the name is not a bare
    one-word PERSON (the model's weakest reading)."""
    if s.label != "PERSON" or len(s.span) > 1:
        return Evidence(s.label, 1.0, SPACY)
    return None


def a_bare_name_modifying_a_noun(s: Subject) -> Evidence | None:
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
    if work_noun(tok.head):  # "the Spielberg film", "the Frost programme": maker or title
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


def spacys_person(s: Subject) -> Evidence | None:
    """Nothing else speaks: spaCy's PERSON stands."""
    return Evidence(s.label, 1.0, SPACY)


MENTION_RULES: tuple[Callable[[Subject], Evidence | None], ...] = (
    a_class_or_grade,
    a_ship,
    a_countrys_people,
    a_place_in_a_dateline,
    a_name_on_a_team_sheet,
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
    a_role_in_apposition,
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


def mention_evidence(s: Subject, spacy_label: str, hint: str | None) -> Evidence:
    """The first rule's verdict, discounted when the mention is a piece of a misread
    span: spaCy's label for a piece is a guess, and a split step's hint a likely one."""
    evidence = first_verdict(MENTION_RULES, s)
    assert evidence is not None  # the last rule always applies
    if s.split and evidence.label == spacy_label and evidence.reason == SPACY:
        return Evidence(evidence.label, min(evidence.weight, 0.25), evidence.reason)
    if hint and evidence.label == hint:
        return Evidence(evidence.label, min(evidence.weight, 0.5), evidence.reason)
    return evidence
