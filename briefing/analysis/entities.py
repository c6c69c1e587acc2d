"""Named entities, consolidated per article: one name, one label, all its mentions.

The small English model makes predictable mistakes on news: a city used as a
modifier or listed with others comes out as PERSON ("Kyiv, Odesa" as one ORG,
"Rafah" and "Patriot" as people), and a surname alone gets GPE or ORG. We fix
these from evidence in the article itself, never from lists of names. The work is
a sequence of named steps over the token view (tokens.Doc), and the label evidence
is an ordered table of named rules, each of which says why. This module runs the
steps in order (extract_entities); each lives in a module of its own:

1. find the spans (spaCy's entities, and the sides of result lines spaCy missed) and
2. split them into pieces: entity_pieces;
3. trim each piece to the name: entity_trim;
4. weigh each mention's label by the parse's evidence: MENTION_RULES, first that
   applies (entity_evidence), whose rules live by family in entity_people (people),
   entity_things (works, products, events and laws), entity_orgs (organisations,
   clubs and sides) and entity_places (places and nations);
5. group the mentions and
6. vote on one label per entity: entity_groups.

What every step shares (the Evidence of a rule, a piece, a mention, the Subject a
rule reads) is in entity_base, and the first names and other word tests names are
read by are in entity_words.
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefing.analysis import versions
from briefing.analysis.countries import country_code
from briefing.analysis.entity_base import UNLABELLED, Mention, Piece, Subject, name_key
from briefing.analysis.entity_evidence import mention_evidence
from briefing.analysis.entity_groups import (
    a_minority_guess,
    a_things_mention,
    an_unintroduced_word,
    an_unknown_place_only_guessed,
    canonical_keys,
    decide,
    defined_short_forms,
    discount_unintroduced_people,
    display_name,
    doubt_places_no_gazetteer_knows,
    merge_country_names,
    merge_names_kept_with_their_s,
    merge_plurals,
    name_a_ship_by_every_name,
    read_clubs_by_their_town,
    read_places_that_play_as_their_club,
    read_units_of_organisations,
    read_works_by_their_introduction,
)
from briefing.analysis.entity_pieces import (
    dateline_places,
    extend_to_the_dateline,
    join_neighbours,
    part_of_a_job_title,
    people_after_a_role,
    pieces_for_defined_acronyms,
    pieces_spacy_missed,
    result_sides,
    split,
    surnames_of_people,
    surnames_spacy_missed,
    with_nicknamed_people,
)
from briefing.analysis.entity_trim import (
    AGAINST_PREFIX,
    TIME_PREFIX,
    an_adjective_read_as_a_name,
    extend_a_first_name_read_as_a_people,
    extend_a_party_over_its_first_word,
    extend_initials,
    extend_over_a_particle,
    keep_a_names_own_ending,
    looks_like_a_name,
    trim_characters,
    trim_months,
    trim_nationality,
    trim_page_labels,
    trim_post_nominals,
    trim_roles,
    trim_sentence_openers,
    trim_titles,
)
from briefing.analysis.entity_words import first_name_gender, is_first_name, load_word_lists
from briefing.analysis.lexicon import (
    PEOPLES_GROUP_WORDS,
    PORTFOLIO_TITLES,
    POST_NOMINALS,
    ROLES,
    TITLES,
)
from briefing.analysis.model import (
    ENTITY_LABELS,
    PLACE_LABELS,
    Entities,
    Entity,
    EntityMention,
    Parse,
)
from briefing.analysis.tokens import Doc, Span

__all__ = ["VERSION", "extract_entities", "first_name_gender", "is_first_name", "load_word_lists"]


VERSION = versions.ENTITIES  # in the cache key (analysis/versions.py)


def _mentions(doc: Doc) -> list[Mention]:
    """Every trimmed mention of a name in the article, with its evidence."""
    ents = [Piece(e.start, e.end, e.label) for e in doc.ents if e.label in ENTITY_LABELS]
    ents = join_neighbours(doc, ents)
    places = {  # places the model named alone, once joins have taken theirs ("Claudia …")
        name_key(doc.text(e.start, e.end))
        for e in ents
        if e.end - e.start == 1 and e.label in PLACE_LABELS
    }
    sides = result_sides(doc)
    datelines = dateline_places(doc)
    surnames = surnames_of_people(doc)
    pieces = [piece for ent in ents for piece in split(doc, ent, places, sides, surnames)]
    pieces = [extend_to_the_dateline(p, datelines) for p in pieces]
    pieces = with_nicknamed_people(doc, pieces)
    pieces += pieces_spacy_missed(doc, sides, pieces, "ORG")
    pieces += pieces_spacy_missed(doc, datelines, pieces, "GPE")
    pieces += people_after_a_role(doc, pieces)
    pieces += surnames_spacy_missed(doc, pieces)
    pieces += pieces_for_defined_acronyms(doc, pieces)
    by_token = {t: e for e in doc.ents if e.label in ENTITY_LABELS for t in range(e.start, e.end)}
    out = [
        m
        for p in pieces
        if (m := _mention_of(doc, p, sides, datelines, by_token, surnames)) is not None
    ]
    out.sort(key=lambda m: m.start)
    return out


def _mention_of(
    doc: Doc,
    piece: Piece,
    sides: dict[int, str],
    datelines: dict[int, str],
    ents: dict[int, Span],
    surnames: frozenset[str],
) -> Mention | None:
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
    if (prefix := TIME_PREFIX.match(doc.body[start:end])) is not None:  # "pre-Budget"
        start += prefix.end()
    if (prefix := AGAINST_PREFIX.match(doc.body[start:end])) is not None:
        rest = doc.body[start + prefix.end() : end]
        if rest.isupper() or country_code(rest) is not None:  # "non-EU imports"
            start += prefix.end()
    text = doc.body[start:end]
    while (link := _LINK_AT_END.search(text)) is not None and link.start() > 0:
        end = start + link.start()  # "Bejewelled and": the list's "and" is no part of it
        text = doc.body[start:end]
    if end <= start or not looks_like_a_name(text) or not any(c.isalpha() for c in text):
        return None
    surname_again = piece.hint == "PERSON" or text in surnames
    if text.lower().strip(".") in TITLES and not surname_again:
        return None  # "Defence" of "Defence Minister"; but "King" where the article named
        # "Billie Jean King" is her surname again
    if text.lower() in PEOPLES_GROUP_WORDS:
        return None  # "Women 's singles, third round": a heading's group, no name
    if text in POST_NOMINALS or (text.endswith("s") and text[:-1] in POST_NOMINALS):
        return None  # "MPs", "a CBE": an office or an honour, not an organisation's name
    if part_of_a_job_title(doc, first, piece.end):
        return None  # "Senior Transport Safety" of "Senior Transport Safety Investigator"
    if piece.label not in ("NORP", "GPE") and _a_portfolio(doc, piece.end):
        return None  # "Culture" of "Culture Secretary", "Trade" of "Trade and Industry Secretary"
    label = piece.hint or piece.label
    span = doc.span(piece.start, piece.end)
    if an_adjective_read_as_a_name(span, piece.label):
        return None
    last_word = max((i for i in range(first, piece.end) if doc[i].idx < end), default=first)
    name = doc.span(first, last_word + 1)  # "B Cohen (England": the name ends before "("
    subject = Subject(doc, span, label, title, piece.split, sides, datelines, ents, name)
    evidence = mention_evidence(subject, piece.label, piece.hint)
    last = doc[piece.end - 1]
    noun = last.head
    before_a_noun = last.dep == "compound" and noun.pos == "NOUN" and noun.i >= piece.end
    modifies = before_a_noun and noun.lower not in ROLES | TITLES  # "the All Black captain":
    # a team's member
    before = doc.get(first - 1)
    after_the = before is not None and before.lower == "the"
    return Mention(start, end, piece.start, evidence, modifies, after_the, before_a_noun)


_LINK_AT_END = re.compile(r"\s+(?:and|or|of|the|&|at|in|on|for|from|with|to|by)$")
"""A lower-case linking word or preposition never ends a name ("Bejewelled and", "Management
Centre at"): the model ran the name into the words after it."""


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

    names: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        names[name_key(body[m.start : m.end])].append(m)
    names = merge_country_names(body, names)
    merge_plurals(body, names)
    merge_names_kept_with_their_s(names)
    read_units_of_organisations(names)
    read_clubs_by_their_town(names)
    read_places_that_play_as_their_club(doc, names)
    read_works_by_their_introduction(doc, names)
    doubt_places_no_gazetteer_knows(body, names)
    discount_unintroduced_people(names)
    canonical_of, full_names = canonical_keys(body, mentions, names)
    short_forms = defined_short_forms(body, mentions)
    canonical_of = [short_forms.get(key, key) for key in canonical_of]

    groups: dict[str, list[Mention]] = defaultdict(list)
    for m, key in zip(mentions, canonical_of, strict=True):
        groups[key].append(m)
    out_mentions: list[EntityMention] = []
    entities: list[tuple[int, Entity]] = []
    for key, group in groups.items():
        name_a_ship_by_every_name(group)
        label, why, confidence = decide(group, key in full_names, key)
        if label == UNLABELLED or (label == "PERSON" and an_unintroduced_word(key, group)):
            continue
        if label == "GPE" and an_unknown_place_only_guessed(doc, key, group):
            continue
        if a_minority_guess(label, group):
            continue
        if label == "PERSON" and all(a_things_mention(doc, m) for m in group):
            continue
        name = display_name(body, group, key)
        first_seen = min(m.start for m in group)
        entities.append((first_seen, Entity(name, label, len(group), why, confidence)))
        for m in group:
            out_mentions.append(EntityMention(body[m.start : m.end], label, name, m.start, m.end))
    entities.sort(key=lambda pair: (-pair[1].count, pair[0]))
    out_mentions.sort(key=lambda m: m.start)
    return Entities(tuple(out_mentions), tuple(e for _, e in entities))
