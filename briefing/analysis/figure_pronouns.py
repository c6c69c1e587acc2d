"""Whom a pronoun subject, or an age used as a noun, stands for in a figure's context.

"Chris Wood was on form. He netted 32 goals" → Chris Wood: the nearest name before the
pronoun of a kind it can stand for, unless that is ambiguous (the other gender's pronoun
between, a first name of the other sex, another person named in the name's sentence),
and never the byline's writer; "it" and "they" only a name that was a subject in this
sentence or the last, else a plural or a measured noun before them. "The 19-year-old was
fined" → the person last named, or, with none, the age itself ("19-year-old").

Kept apart because both the subject of a clause (figure_clauses) and the owner of a
measured thing (figure_owners) ask it.
"""

from __future__ import annotations

import re

from briefing.analysis.entity_words import first_name_gender
from briefing.analysis.figure_phrases import children_of, core_of, subtree
from briefing.analysis.lexicon import (
    ANTECEDENT_LABELS,
    BYLINE_WORDS,
    OTHER_GENDER_PRONOUNS,
    PLURAL_PRONOUNS,
    SUBJECT_ANTECEDENT_ONLY,
)
from briefing.analysis.tokens import Span, Token

PRONOUN_NOT_OF = {"he": "female", "she": "male"}
"""The sex of the first names each pronoun cannot stand for."""


def pronoun_subject_name(verb: Token) -> str:
    """The name a third-person pronoun subject of `verb` stands for ("" for none): the
    nearest name of a kind it can stand for before it in the article ("Chris Wood was
    on form. He netted 32 goals" → Chris Wood); for "it" and "they" only a name that was
    a subject in this sentence or the last ("Acme reported results. It sold 40,000
    cars"). A reported clause's pronoun is its sayer's (clause_subject), not resolved here."""
    pronoun = next((c for c in children_of(verb) if c.dep in ("nsubj", "nsubjpass")), None)
    if pronoun is None or pronoun.pos != "PRON":
        return ""
    if pronoun.lower == "this":  # "the proportion was 62%, and … this would rise to 85%"
        measured = _nearest_measured_noun(pronoun)
        return core_of(measured, of_phrase=False) if measured is not None else ""
    if pronoun.lower not in ANTECEDENT_LABELS:
        return ""
    name = _nearest_name(pronoun, ANTECEDENT_LABELS[pronoun.lower])
    if name is None:
        plural = _nearest_plural_noun(pronoun) if pronoun.lower in PLURAL_PRONOUNS else None
        if plural is None and pronoun.lower == "it":
            plural = _nearest_measured_noun(pronoun)
        return core_of(plural, of_phrase=False) if plural is not None else ""
    if pronoun.lower in SUBJECT_ANTECEDENT_ONLY and not _a_subject(name, pronoun.sent):
        return ""
    return _name_text(name)


def _nearest_plural_noun(pronoun: Token) -> Token | None:
    """The last plural common noun before `pronoun` in its sentence that is a subject or
    an object ("sent the shares surging and they were up": the shares), or None."""
    sentence = pronoun.doc.sents[pronoun.sent]
    nouns = [
        t
        for t in sentence
        if t.i < pronoun.i and t.tag == "NNS" and t.dep in ("nsubj", "nsubjpass", "dobj")
    ]
    return nouns[-1] if nouns else None


def _nearest_measured_noun(pronoun: Token) -> Token | None:
    """The last singular common noun before `pronoun` in its sentence that is the subject
    of a clause holding a number, the pronoun's own clause and those above it aside:
    "The proportion was at 62%, and the government hoped this would rise to 85%" → the
    proportion (what was measured is what moves), not the government."""
    sentence = pronoun.doc.sents[pronoun.sent]
    above: set[int] = set()  # the clauses the pronoun's is part of, up to a coordination
    t = pronoun
    while not t.is_root and t.dep != "conj":
        t = t.head
        above.add(t.i)
    nouns = [
        t
        for t in sentence
        if t.i < pronoun.i
        and t.tag == "NN"
        and t.dep in ("nsubj", "nsubjpass")
        and t.head.i not in above
        and any(w.like_num for w in subtree(t.head))
    ]
    return nouns[-1] if nouns else None


def _nearest_name(pronoun: Token, labels: tuple[str, ...]) -> Span | None:
    """The last entity of one of `labels` that ends before `pronoun` (a byline's writer
    left out), or None when that is ambiguous: for "he" or "she", when the other gender's
    pronoun comes between ("Ann met Tom. She says he scored") or another person is named
    in the name's sentence ("Tom and Ann married. He died first"): an empty context is
    better than a wrong owner."""
    doc = pronoun.doc
    before = [e for e in doc.ents if e.label in labels and e.end <= pronoun.i]
    before = [e for e in before if not _a_byline(e)]
    if not before:
        return None
    name = before[-1]
    other = OTHER_GENDER_PRONOUNS.get(pronoun.lower)
    if other is None:
        return name
    if any(doc[i].lower in other for i in range(name.end, pronoun.i)):
        return None
    if first_name_gender(name[0].text) == PRONOUN_NOT_OF.get(pronoun.lower, ""):
        return None  # "John Bryson … she earned": she is someone else, maybe unnamed
    people = {e.text for e in before if e[0].sent == name[0].sent}
    return name if len(people) == 1 else None


def _a_byline(name: Span) -> bool:
    """Whether `name` follows "By" opening its sentence: the writer of the article."""
    doc, i = name.doc, name.start - 1
    while i >= 0 and doc[i].pos == "PUNCT":
        i -= 1
    if i < 0 or doc[i].lower not in BYLINE_WORDS:
        return False
    opener = i - 1
    while opener >= 0 and doc[opener].pos == "PUNCT" and doc[opener].sent == doc[i].sent:
        opener -= 1
    return opener < 0 or doc[opener].sent != doc[i].sent


def _a_subject(name: Span, sentence: int) -> bool:
    """Whether `name` is (part of) a clause's subject in `sentence` or the one before."""
    in_reach = name[0].sent in (sentence, sentence - 1)
    return in_reach and any(t.dep in ("nsubj", "nsubjpass") for t in name)


def _name_text(name: Span) -> str:
    """A name as written, without a possessive ending ("Wood's" → "Wood")."""
    words = [t for t in name if t.lower not in ("'s", "’s")]
    return name.doc.text(words[0].i, words[-1].i + 1) if words else ""


_AN_AGE_NOUN = re.compile(r"\d{1,3}-year-old", re.IGNORECASE)


def an_age_noun(t: Token) -> bool:
    """ "The 19-year-old" as a subject: an age the parser reads as an adjective, "old",
    standing for a person."""
    return t.lower == "old" and bool(_AN_AGE_NOUN.search(t.doc.text(t.left_edge.i, t.i + 1)))


def an_age_for_a_person(subject: Token | None) -> str:
    """ "The 19-year-old was fined £1,200": an age used as a noun stands for a person,
    the one last named before it in the article (as "he" would), or, with none, the age
    itself names them ("19-year-old fined")."""
    if subject is None or not an_age_noun(subject):
        return ""
    name = _nearest_name(subject, ("PERSON",))
    if name is not None:
        return _name_text(name)
    age = _AN_AGE_NOUN.search(subject.doc.text(subject.left_edge.i, subject.i + 1))
    return age[0] if age is not None else ""
