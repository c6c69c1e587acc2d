"""Key figures: every quantity an article reports, what it measures, and how much it matters.

figure_spans.py finds the figures and reads their values (from spaCy's numeric and
duration spans, repaired, plus the numbers the model left unlabelled; dates, years,
clock times, ordinals, model numbers and addresses dropped; ranges joined). Here
the parse, seen through the token view (tokens.py), tells what each counts (the noun
a number modifies: "70,000 more troops" → troops) and a short context phrase (the
noun phrase it measures: "$50 billion in loans backed by …" → "loans backed by …").
Finding the context is an ordered table of named strategies (CONTEXT_STRATEGIES):
the first that finds a phrase decides, and a figure none of them explains gets an
empty context (a wrong guess in a sidebar is worse than none). A measured noun says
whose it is: a possession verb's or a named subject's clause leads it ("Ford has
workers in the UK"), and a noun a verb takes through a preposition carries that verb's
subject in brackets ("released from her $150,000 contract with American Media" →
"contract with American Media (McDougal)"); a context is at most 9 words, 12 with
its owner.
figure_rank.py decides which figures are key and orders them (salience 0: reported,
shown in the body, but not a key figure).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from briefing.analysis import versions
from briefing.analysis.entity_words import first_name_gender
from briefing.analysis.figure_rank import (
    KeyVerdict,
    duration_verb,
    is_conversion,
    key_verdict,
    rank,
    salience,
)
from briefing.analysis.figure_spans import A_TIE, figure_spans
from briefing.analysis.lexicon import (
    ANTECEDENT_LABELS,
    BYLINE_WORDS,
    CHANGE_PREPS,
    CHANGE_WORDS,
    CONTEXT_DROP_FIRST,
    CONTEXT_PREPS,
    COPULA_WORDS,
    DESTINATION_PREPS,
    DIMENSION_ADJECTIVES,
    DIRECTION_WORDS,
    DISTANCE_FROM_PREPS,
    GAPPED_PREPS,
    LIMIT_PREPS,
    LIST_BREAKS,
    MARGIN_WORDS,
    MONTH_NAMES,
    MOVING_WORDS,
    MULTIPLIER_AFTER,
    NARROWING_PREPS,
    NO_SUBJECT_OPENERS,
    NOT_OWNING_PREPS,
    OTHER_GENDER_PRONOUNS,
    OWNER_PREPS,
    PARTITIVE_DETERMINERS,
    PERIOD_NOUNS,
    PLURAL_PRONOUNS,
    POSSESSION_VERBS,
    PURPOSE_PREPS,
    RACE_NOUNS,
    RACE_UNITS,
    RACE_WORDS,
    REACHING_VERBS,
    RELATIVE_AFTER,
    RELATIVE_BEFORE,
    REPORTED_PRONOUNS,
    REPORTING_VERBS,
    ROLES,
    SHARE_NOUNS,
    SHARE_VERBS,
    SOURCE_PREPS,
    STATING_VERBS,
    SUBJECT_ANTECEDENT_ONLY,
    TIME_UNITS,
    VERB_PREPS,
    WEEKDAYS,
)
from briefing.analysis.model import Figure, Parse
from briefing.analysis.quantities import CURRENCY_WORDS, Quantity
from briefing.analysis.rules import first_verdict
from briefing.analysis.tokens import Doc, Span, Token

VERSION = versions.FIGURES  # in the cache key (analysis/versions.py)
MAX_CONTEXT_WORDS = 9
MAX_OWNED_WORDS = 12  # with the owner in brackets
CORE_WORDS = 4
APPOSITIVE_WORDS = 5  # a longer appositive is an aside of its own

EDGE_WORDS = CONTEXT_DROP_FIRST | {"of", "in", "and", "to", "with", "by", "for", "on", "or", "a"}
"""Function words a context neither starts nor ends with."""

CLAUSE_BREAKS = frozenset((",", ";", ":", "–", "—", "(", ")"))
"""Punctuation that ends a context phrase: what follows is another clause or an aside."""

KEPT_PUNCT = frozenset(("-", "'s", "’s"))
"""Punctuation kept inside a phrase: hyphens and the possessive."""


def _root(doc: Doc, first: int, last: int) -> Token:
    """The figure's token whose head lies outside the figure (its last token if none);
    not an article or punctuation the parser hung elsewhere ("a million dollar house":
    "a" belongs to the house, "million dollar" is the figure)."""
    heads = doc.heads
    outside = [doc[t] for t in range(first, last) if not first <= heads[t] < last]
    words = [t for t in outside if t.dep not in ("det", "punct")]
    return (words or outside or [doc[last - 1]])[0]


def _counted_noun(doc: Doc, first: int, last: int) -> Token | None:
    """The noun a number counts: its head when the number is a nummod/quantmod, climbing
    over modifiers ("32 cruise and ballistic missiles" → missiles), or the object of "of"
    after a number word in the plural ("dozens of new roads" → roads)."""
    root = _root(doc, first, last)
    if root.tag == "NNS" and root.lower.isalpha():  # "dozens of new roads", "hundreds of lives"
        of = next((c for c in root.children if c.dep == "prep" and c.lower == "of"), None)
        counted = next((c for c in of.children if c.dep == "pobj"), None) if of else None
        if counted is not None and counted.pos in ("NOUN", "PROPN"):
            return counted if counted.i >= last else None  # "millions of dollars" is the sum
    part_of = _part_of_a_plural(doc, root, last)
    if part_of is not None:
        return part_of
    if root.dep not in ("nummod", "quantmod", "compound", "amod", "nmod"):
        return None
    head = root.head
    if head.pos not in ("NOUN", "PROPN") or first <= head.i < last:
        return None  # (a figure is never the noun it counts: "£35m." as a root of its own)
    if head.lower in TIME_UNITS and head.i > last and doc[head.i - 1].lower in RELATIVE_BEFORE:
        return None  # "fell by a third last year": when, not what is counted
    after = doc.get(head.i + 1)
    if head.i >= last and head.text[:1].isupper() and after is not None and after.text == ":":
        return None  # "Att: 47,111 Ref: S Bennett": a capitalised label opens a new field
    seen = 0
    while head.dep in ("compound", "amod", "conj", "nmod") and seen < 4:
        nxt = head.head
        if nxt == head or nxt.pos != "NOUN" or nxt.i < head.i:
            break
        head, seen = nxt, seen + 1
    if head.tag == "NN":  # "32 cruise and ballistic missiles": the plural conjunct is counted
        plural = [
            c
            for c in head.children
            if head.i < c.i < head.i + 6
            and c.dep == "conj"
            and c.tag == "NNS"
            and not _determined(c)  # "his 25lb weight gain and the health effects": another
        ]
        if plural:
            head = plural[0]
    return head


def _part_of_a_plural(doc: Doc, root: Token, last: int) -> Token | None:
    """ "14 of its biggest projects", "three of the victims": a number before "of" and a
    determiner counts the plural noun after them (a whole that a figure gives, "300 of
    the 2,000 tickets", is the part-of-a-whole rule's)."""
    of, det = doc.get(last), doc.get(last + 1)
    if of is None or det is None or of.lower != "of" or det.lower not in PARTITIVE_DETERMINERS:
        return None
    if of.head != root or root.pos != "NUM":
        return None
    noun = next((c for c in _children(of) if c.dep == "pobj"), None)
    if noun is None or noun.tag != "NNS" or any(c.dep == "nummod" for c in _children(noun)):
        return None
    return noun


def _subtree(tok: Token) -> list[Token]:
    """`tok.subtree` within its sentence: a parse whose arcs cross a sentence break
    (a heading run into the next line) must not pull the next sentence into a phrase."""
    sentence = tok.doc.sents[tok.sent]
    members, todo = {tok.i}, [tok]
    while todo:
        for child in _children(todo.pop()):
            if child in sentence and child.i not in members:
                members.add(child.i)
                todo.append(child)
    return [tok.doc[i] for i in sorted(members)]


def _children(tok: Token) -> list[Token]:
    """`tok.children` within its sentence (see _subtree)."""
    sentence = tok.doc.sents[tok.sent]
    return [c for c in tok.children if c in sentence]


def _phrase(tokens: Iterable[Token], within_name: bool = False) -> str:
    """The text of `tokens` as written (original spacing), cut at the first clause
    break (and at a conjunction, unless the words are one noun's modifiers:
    `within_name`), without leading or trailing function words."""
    kept: list[Token] = []
    between = False  # "between the euro and the dollar": the "and" completes the pair
    for t in tokens:
        joins = t.dep == "cc" and t.i > kept[0].i + 1 if kept else False
        before = t.nbor(-1)
        if joins and before is not None and before.end_char == t.idx:
            joins = False  # "five-and-a-half hours": a hyphened word, not two phrases
        if joins and between and t.lower == "and":
            between = False
        elif kept and (t.text in CLAUSE_BREAKS or (joins and not within_name)):
            break
        between = between or t.lower == "between"
        if t.pos == "PUNCT" and t.text not in KEPT_PUNCT:
            continue
        kept.append(t)
    ids = {t.i for t in kept}
    kept = [t for t in kept if not (t.tag == "$" and t.head.i not in ids and t.i + 1 not in ids)]
    # "the £399 models" where the £399 is another figure: its sign alone says nothing
    while kept and _opens_badly(kept[0]):
        kept.pop(0)
    while kept and kept[-1].lower in EDGE_WORDS:
        kept.pop()
    out = ""
    for i, t in enumerate(kept):
        if i and t.idx > kept[i - 1].end_char:
            out += " "
        out += t.text
    return out


def _opens_badly(t: Token) -> bool:
    """A function word, or the hyphen of a figure left out ("20-point plan" → "point
    plan"), is no way to start a phrase; a demonstrative that is the noun is."""
    return (t.lower in EDGE_WORDS or t.text == "-") and not _pronoun_head(t)


def _pronoun_head(t: Token) -> bool:
    """ "those surveyed", "these": a demonstrative that is the noun itself is kept."""
    return t.pos == "PRON" and t.dep not in ("poss", "det")


def _clip(text: str) -> str:
    """At most MAX_CONTEXT_WORDS words, cut before a trailing function word, with "…".
    The owner in brackets at the end ("contract with … (McDougal)") is kept whole: the
    phrase before it is cut instead, to at most MAX_OWNED_WORDS words in all."""
    phrase, bracket, owner = text.rpartition(" (")
    if not (bracket and owner.endswith(")")):
        return _cut(text.split(), MAX_CONTEXT_WORDS)
    room = min(MAX_CONTEXT_WORDS, MAX_OWNED_WORDS - len(owner.split()))
    return f"{_cut(phrase.split(), max(room, 1))} ({owner}"


def _cut(words: list[str], limit: int) -> str:
    if len(words) > limit:
        words = words[:limit]
        while words and words[-1].lower() in EDGE_WORDS:
            words.pop()
        return " ".join(words) + "…"
    return " ".join(words)


def _narrowing_object(prep: Token, nominal: tuple[str, ...] = ("NOUN",)) -> Token | None:
    """The object of a preposition that narrows the noun before it ("demand for electric
    cars", "unemployment among young people"; see NARROWING_PREPS): a noun of a `nominal`
    part of speech that is no time ("sales in May" says when); None otherwise."""
    if prep.lower not in NARROWING_PREPS:
        return None
    obj = next((o for o in _children(prep) if o.dep == "pobj"), None)
    if obj is None or obj.pos not in nominal or _a_time(obj):
        return None
    return obj


def _narrowed_before_a_number(prep: Token) -> str:
    """The noun a narrowing phrase names when a number follows it in that phrase
    ("obesity rates among children aged 10 to 11" → " among children"): the number is
    another figure's, the noun still says whose rates; "" for a number on the noun
    itself ("demand for 500 homes")."""
    obj = _narrowing_object(prep)
    if obj is None or any(t.like_num for t in _subtree(obj) if t.i <= obj.i):
        return ""
    return f" {prep.text} {_core(obj, of_phrase=False)}"


def _second_narrowing(noun: Token, of: Token) -> str:
    """A second phrase narrowing a noun right after its "of" phrase ("the number of
    people in Queensland without power"): the parser hangs it on the noun, and it is
    part of what is counted; "" when there is none, or it holds a number or a time."""
    end = max(t.i for t in _subtree(of))
    then = next(
        (c for c in _children(noun) if c.dep == "prep" and c.i == end + 1 and c.lower != "of"),
        None,
    )
    obj = _narrowing_object(then) if then is not None else None
    if then is None or obj is None or any(t.like_num for t in _subtree(then)):
        return ""
    return f" {then.text} {_phrase(_subtree(obj), within_name=True)}"


def _core(noun: Token, of_phrase: bool = True) -> str:
    """A noun with the words before it that narrow it, without its determiner or most of
    what follows it: "Quarterly profits at the media giant" → "Quarterly profits".
    A name is kept whole ("S&P/TSX Renewable Energy and Clean Technology Index"); other
    nouns keep their last CORE_WORDS words, and the "of" phrase right after them, which
    says what they are of ("the price of oil"), or an "at/for/in" phrase of a name,
    which says whose they are ("profits at Renault", "unemployment in Portugal")."""
    tokens = [t for t in _subtree(noun) if t.i <= noun.i and t.dep != "det"]
    if noun.pos == "NOUN":  # a number on a common noun is a figure ("a record 32 goals"),
        tokens = [t for t in tokens if not (t.dep == "nummod" and t.head == noun) or _in_name(t)]
    tokens += [c for c in _children(noun) if c.i == noun.i + 1 and _in_name(c)]  # "S&P 500"
    words = _phrase(tokens, within_name=True).split()  # on a name part of it ("iPhone 11")
    named = all(t.pos in ("PROPN", "CCONJ", "PUNCT", "SYM", "PART") for t in tokens)
    cut = words if named else words[-CORE_WORDS:]
    if cut and cut[0].lower() in ("and", "or", "&"):  # never open on a conjunction: "Gold
        cut = words[-CORE_WORDS - 1 :] if len(words) == CORE_WORDS + 1 else cut[1:]  # and …"
    core = " ".join(cut)
    of = next(
        (
            c
            for c in _children(noun)
            if c.dep == "prep" and c.lower in OWNER_PREPS | NARROWING_PREPS
        ),
        None,
    )
    if not of_phrase or of is None or of.i != noun.i + 1:
        return core
    obj = next((o for o in _children(of) if o.dep == "pobj"), None)
    if any(t.like_num for t in _subtree(of)):
        return core + _narrowed_before_a_number(of)
    nominal = ("NOUN", "ADJ", "PROPN") if of.lower == "between" else ("NOUN",)
    if _narrowing_object(of, nominal) is not None and obj is not None:
        # "demand for electric cars", "the gap between the richest and the poorest"
        pair = _phrase(_subtree(obj), within_name=True)
        if of.lower == "between" and " and " not in pair:
            pair += _other_end(noun, obj)
        return f"{core} {of.text} {pair}"
    if of.lower != "of" and (obj is None or obj.pos != "PROPN" or _a_time(obj)):
        return core  # "profits at the media giant": the giant is another phrase's business
    if of.lower == "of" or obj is None:
        of_words = _phrase(_subtree(of), within_name=True)  # "the pace of price rises"
        return f"{core} of {of_words}{_second_narrowing(noun, of)}"
    return f"{core} {of.text} {_phrase(_subtree(obj), within_name=True)}"  # "profits at Fiat"


def _in_name(t: Token) -> bool:
    """A number right after a proper noun is part of its name ("the S&P 500", "the FTSE 100
    index", "Boeing 737"), not a figure on the noun."""
    before = t.nbor(-1)
    return (
        t.like_num
        and t.dep in ("nummod", "appos", "compound")
        and (before is not None and before.pos == "PROPN" and before.i == t.i - 1)
    )


def _other_end(noun: Token, first_end: Token) -> str:
    """ " and the Japanese yen": the second of "between A and B" when the parser hung it on
    the noun before "between" rather than on A ("" when there is none)."""
    cc = next((c for c in _children(noun) if c.dep == "cc" and c.i == first_end.i + 1), None)
    other = next((c for c in _children(noun) if c.dep == "conj" and c.i > first_end.i), None)
    if cc is None or other is None or cc.lower != "and":
        return ""
    return " and " + _phrase(_subtree(other), within_name=True)


def _subject(verb: Token) -> Token | None:
    """The noun a verb's clause is about: its nominal subject, else (for a relative
    clause, "stocks, which were up 2.8%") the noun the clause modifies, else, for a verb
    with no subject of its own ("prices are expected to rise 5%", "the deficit hit a
    record, having increased by $43bn", "sales rose 5% and hit £2bn"), the subject of
    the verb it depends on. Never a pronoun: "it" tells a sidebar nothing."""
    for _ in range(4):
        subject = next((c for c in _children(verb) if c.dep in ("nsubj", "nsubjpass")), None)
        if subject is not None and (
            subject.pos in ("NOUN", "PROPN") or _a_name(subject) or _an_age_noun(subject)
        ):
            return subject
        gerund = _gerund_subject(verb)
        if gerund is not None:
            return gerund
        relative = subject is None or subject.tag in RELATIVE_PRONOUN_TAGS
        if _an_infinitive_on_a_noun(verb) and _is_verb(verb.head.head):
            verb = verb.head.head  # "Intel announced plans to cut 5,000 jobs": Intel's
            continue
        if verb.dep in ("relcl", "acl") and verb.head.pos in ("NOUN", "PROPN") and relative:
            return _antecedent(verb, subject)  # "Ford, which has …", not "the house she shared"
        if subject is not None and _reported(verb, subject):
            verb = verb.head  # "The company said it has 1,000 customers": the company
            continue
        if subject is not None:
            return None
        head = verb.head
        if head.pos == "ADJ" and head.dep in ("acomp", "amod") and _is_verb(head.head):
            head = head.head  # "Rank is likely to report a drop"
        if verb.dep not in ("xcomp", "conj", "advcl") or not _is_verb(head):
            return None
        verb = head
    return None


def _gerund_subject(verb: Token) -> Token | None:
    """A bare gerund that is a verb's subject names an activity measured like a noun
    ("Lending to small firms fell by 3%", "Sampling came back at 4 ppb"): the parser
    tags it a verb, but with no subject or object of its own it is the noun phrase the
    clause is about ("Buying shares is risky" has an object: a clause, not a name)."""
    gerund = next(
        (c for c in _children(verb) if c.dep in ("nsubj", "csubj") and c.i < verb.i), None
    )
    if gerund is None or gerund.tag != "VBG":
        return None
    own = {c.dep for c in _children(gerund)}
    return None if own & {"nsubj", "dobj", "aux", "auxpass", "ccomp", "xcomp"} else gerund


def _an_infinitive_on_a_noun(verb: Token) -> bool:
    """ "plans to cut", "a bid to raise", "the decision to close": a to-infinitive on a
    noun says what the noun's owner means to do, so its subject is the subject of the
    clause the noun is in, not the noun ("companies employing 500" is the companies)."""
    return (
        verb.dep == "acl"
        and verb.head.pos == "NOUN"
        and any(c.dep == "aux" and c.lower == "to" for c in _children(verb))
        and verb.head.dep in ("dobj", "nsubj", "nsubjpass", "attr")
    )


def _antecedent(clause: Token, pronoun: Token | None) -> Token:
    """The noun a relative clause is about: the noun right before its pronoun when that
    lies in the phrase the parser hung the clause on ("a decision on supplying the
    missiles, which have a range of …": the missiles), else that phrase's head."""
    head = clause.head
    if pronoun is None or pronoun.i < 1:
        return head
    doc, i = pronoun.doc, pronoun.i - 1
    if doc[i].text == ")":  # "Ford (F), which has": the aside is not the antecedent
        while i > 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    elif doc[i].pos == "PUNCT":
        i -= 1
    before = doc[max(i, 0)]
    inside = head.left_edge.i <= before.i < pronoun.i
    noun = before if before.pos in ("NOUN", "PROPN") and inside else head
    if pronoun.lower != "which":
        return noun
    while _a_persons_noun(noun) and noun.dep in ("pobj", "appos"):
        # "a package for the chief executive, Rico Back, which was worth": "which"
        # never stands for a person, so it is the thing the person's phrase narrows
        up = noun.head.head if noun.dep == "pobj" else noun.head
        if up.pos not in ("NOUN", "PROPN") or up.i == noun.i:
            break
        noun = up
    return noun


def _a_persons_noun(t: Token) -> bool:
    """A person's name or a noun only people are ("chief executive", "economist")."""
    return _a_person(t) or t.lemma.lower() in ROLES


def _reported(verb: Token, pronoun: Token) -> bool:
    """Whether `verb` heads the clause a verb of saying reports ("X said it had …") and
    its `pronoun` subject agrees with the sayer: there, it is most often the sayer
    ("The company said it had", "Officials said they had", not "officials said it
    would take")."""
    if verb.dep != "ccomp" or verb.head.lemma.lower() not in REPORTING_VERBS:
        return False
    sayer = next((c for c in _children(verb.head) if c.dep == "nsubj"), None)
    if sayer is None or sayer.tag not in REPORTED_PRONOUNS.get(pronoun.lower, ()):
        return False
    person = _a_person(sayer) or sayer.lemma.lower() in ROLES  # "the minister said it"
    return not (pronoun.lower == "it" and person)  # "Mr Panke said it takes"


PRONOUN_NOT_OF = {"he": "female", "she": "male"}
"""The sex of the first names each pronoun cannot stand for."""

NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "LOC"))


def _a_name(t: Token) -> bool:
    """Whether `t` is a proper name: tagged one, or inside a name the model found (the
    tagger reads an unknown acronym in capitals as an adjective: "OHSU has performed")."""
    return t.pos == "PROPN" or any(t in ent for ent in t.doc.ents if ent.label in NAME_LABELS)


def _a_person(t: Token) -> bool:
    """Whether the model read `t` as part of a person's name: "it" never stands for one."""
    return any(t in ent for ent in t.doc.ents if ent.label == "PERSON")


def _who(verb: Token) -> str:
    """The core of the verb's subject (see _subject), "" when it has none. A name the
    parser split into two subjects ("The Galaxy Note 20 Ultra has …") is read whole."""
    subject = _subject(verb)
    if subject is None:
        return _pronoun_subject_name(verb)
    if _an_age_noun(subject):  # "The 45-year-old was jailed": the person last named
        return _an_age_for_a_person(subject)
    if subject.head != verb or subject.dep not in ("nsubj", "nsubjpass"):
        return _core(subject) + _appositive_of(subject, verb)  # "Ford (F), which has"
    subjects = [c for c in _children(verb) if c.dep == subject.dep and c.i < verb.i]
    if len(subjects) < 2:
        return _core(subject) + _appositive_of(subject, verb)
    words = [t for t in _subtree(subjects[0]) if t.dep != "det"][:1]
    start = words[0].i if words else subjects[0].i
    last = subjects[-1]
    end = max([last.i, *(c.i for c in _children(last) if c.dep in ("nummod", "compound"))])
    return _phrase(verb.doc[i] for i in range(start, end + 1))


def _pronoun_subject_name(verb: Token) -> str:
    """The name a third-person pronoun subject of `verb` stands for ("" for none): the
    nearest name of a kind it can stand for before it in the article ("Chris Wood was
    on form. He netted 32 goals" → Chris Wood); for "it" and "they" only a name that was
    a subject in this sentence or the last ("Acme reported results. It sold 40,000
    cars"). A reported clause's pronoun is its sayer's (_subject), not resolved here."""
    pronoun = next((c for c in _children(verb) if c.dep in ("nsubj", "nsubjpass")), None)
    if pronoun is None or pronoun.pos != "PRON":
        return ""
    if pronoun.lower == "this":  # "the proportion was 62%, and … this would rise to 85%"
        measured = _nearest_measured_noun(pronoun)
        return _core(measured, of_phrase=False) if measured is not None else ""
    if pronoun.lower not in ANTECEDENT_LABELS:
        return ""
    name = _nearest_name(pronoun, ANTECEDENT_LABELS[pronoun.lower])
    if name is None:
        plural = _nearest_plural_noun(pronoun) if pronoun.lower in PLURAL_PRONOUNS else None
        if plural is None and pronoun.lower == "it":
            plural = _nearest_measured_noun(pronoun)
        return _core(plural, of_phrase=False) if plural is not None else ""
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
        and any(w.like_num for w in _subtree(t.head))
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


def _appositive_of(subject: Token, verb: Token) -> str:
    """ " (last year's weakest sector)", " (WTI)": a short appositive set off after a
    verb's subject, before the verb, is part of what it names; "" when there is none or it
    is long or holds a number (that is an aside of its own)."""
    appos = next((c for c in _children(subject) if c.dep == "appos" and c.i < verb.i), None)
    if appos is None:
        return ""
    words = [t for t in _subtree(appos) if t.pos != "PUNCT"]
    if len(words) > APPOSITIVE_WORDS or appos.like_num or appos.pos == "NUM":
        return ""  # "Smith, 45, earned": an age is an aside of its own
    phrase = _phrase(_subtree(appos))
    return f" ({phrase})" if phrase else ""


_AN_AGE_NOUN = re.compile(r"\d{1,3}-year-old", re.IGNORECASE)


def _an_age_noun(t: Token) -> bool:
    """ "The 19-year-old" as a subject: an age the parser reads as an adjective, "old",
    standing for a person."""
    return t.lower == "old" and bool(_AN_AGE_NOUN.search(t.doc.text(t.left_edge.i, t.i + 1)))


def _an_age_for_a_person(subject: Token | None) -> str:
    """ "The 19-year-old was fined £1,200": an age used as a noun stands for a person,
    the one last named before it in the article (as "he" would), or, with none, the age
    itself names them ("19-year-old fined")."""
    if subject is None or not _an_age_noun(subject):
        return ""
    name = _nearest_name(subject, ("PERSON",))
    if name is not None:
        return _name_text(name)
    age = _AN_AGE_NOUN.search(subject.doc.text(subject.left_edge.i, subject.i + 1))
    return age[0] if age is not None else ""


def _share_of(subject: Token | None) -> str:
    """Who a share that is the subject is a share of: "16% of women earn more than
    £50,000" → "women" (for the £50,000); "" for any other figure."""
    if subject is None:
        return ""
    of = next((c for c in _children(subject) if c.dep == "prep" and c.lower == "of"), None)
    obj = next((o for o in _children(of) if o.dep == "pobj"), None) if of is not None else None
    if obj is None or obj.like_num or obj.pos not in ("NOUN", "PROPN"):
        return ""
    return _core(obj)


def _verb_words(verb: Token) -> list[Token]:
    """The verb with its auxiliaries, negation, particle and the direction word that
    says which way a figure moved ("were up", "finished higher", "came back")."""
    words = [verb]
    for c in _children(verb):
        if (
            (c.dep in ("aux", "auxpass", "neg") and c.i < verb.i)
            or c.dep == "prt"
            or (c.dep == "advmod" and c.lower in DIRECTION_WORDS and c.i == verb.i + 1)
        ) and not _up_to(c):
            words.append(c)
    if _an_infinitive_on_a_noun(verb) and verb.head.dep not in ("nsubj", "nsubjpass"):
        words.append(verb.head)  # "Intel plans to cut jobs", not "Intel to cut jobs"; a
        # subject noun is the clause's subject already ("The decision to keep rates at")
    return sorted(words, key=_index)


def _up_to(t: Token) -> bool:
    """ "would provide up to £250m": "up" before "to" and a number bounds the figure;
    it says no way the figure moved."""
    after, then = t.nbor(1), t.nbor(2)
    return (
        t.lower == "up"
        and after is not None
        and after.lower == "to"
        and then is not None
        and (then.like_num or then.pos == "SYM")
    )


_PARTICIPLES_OF_A_LEVEL = REACHING_VERBS | CHANGE_WORDS
"""Verbs whose participle after a clause states its subject's level or change ("sales
doubled, exceeding $40m", "prices fell, dropping 1.2%"), unlike one that only adds an
outcome ("…, leaving thousands without power")."""


def _clause(
    verb: Token, figure: Token, noun: Token | None = None, figures: frozenset[int] = frozenset()
) -> str:
    """The clause a figure belongs to, shortened to who did what: the subject's core
    (or the noun a relative clause is about), the verb with its auxiliaries and
    particle, and its object; "" when it would say nothing but a verb. With a copula
    and nothing else, the subject alone is what is measured ("The index is 19%"). A
    bare `noun` the figure counts stands as the object: "Wood has scored 22 goals" →
    "Wood has scored goals"."""
    children = _children(verb)
    subject = next((t for t in children if t.dep in ("nsubj", "nsubjpass")), None)
    if subject == figure:  # "63% backed the plan"; "two leaders discussed trade"
        predicate = _predicate(verb)
        if predicate and noun is not None and noun == figure:
            return f"{noun.text} {predicate}"  # the counted noun is the subject
        if (
            not predicate
            and noun is not None
            and noun == figure
            and verb.lemma not in REPORTING_VERBS
        ):
            return " ".join([noun.text, *(t.text for t in _verb_words(verb))])  # "people died"
        return predicate
    subject = _subject(verb)
    if subject is not None and _an_age_noun(subject):
        who = _an_age_for_a_person(subject)  # "The 45-year-old was fined": the person
    elif not _is_a_figure(subject, figures):
        who = _who(verb)
    else:
        who = _share_of(subject)
    words = _verb_words(verb)
    if verb.dep == "xcomp" and _is_verb(verb.head) and not _own_subject(verb):
        words = sorted([*_verb_words(verb.head), *words], key=_index)  # "is expected to have"
    what = noun.text if noun is not None and noun == figure and noun.dep in ("dobj", "conj") else ""
    obj = next(
        (t for t in children if t.dep in ("dobj", "acomp", "attr") and t.i < figure.i), None
    )  # an object after the figure belongs to another phrase ("rose 5% to a record level")
    if what or _is_a_figure(obj, figures):
        pass  # another figure is not what this one is about ("3.2% against 5.9% forecast")
    elif obj is not None and obj.pos in ("NOUN", "PROPN") and not _counted(obj, figures):
        what = _core(obj)
    elif obj is not None and obj.pos == "ADJ":
        what = obj.text  # "22 per cent were obese"
    purpose = _purpose(verb, figure) if figure.dep == "dobj" and not what else ""
    if not who and not what:  # "did not mind paying £350 for the print": what it bought
        return " ".join([*(t.text for t in _verb_words(verb)), purpose]) if purpose else ""
    if who and not what and verb.lemma in STATING_VERBS and len(words) == 1:
        return who  # "The fine stands at $32,500": the fine
    copula = verb.lemma == "be" and all(t.lemma in COPULA_WORDS for t in words)
    if who and not what and copula and figure.lower != "worth":  # ("could be worth" says)
        return who  # "the figure is likely to be under 3%": the figure; "to be" says nothing
    bare_participle = (
        len(words) == 1 and verb.tag == "VBG" and verb.lemma not in _PARTICIPLES_OF_A_LEVEL
    )
    if figure.dep == "dobj" and not what and not purpose and bare_participle:
        return ""  # "the assault …, leaving hundreds of thousands": "assault leaving" says nothing
    return " ".join(p for p in (who, " ".join(t.text for t in words), what, purpose) if p)


def _who_did_what(verb: Token, what: str) -> str:
    """ "Sales hit record", "she sold painting": the verb's subject (see _who), the verb
    with its auxiliaries and particle, and `what` it acted on, each where there is one."""
    said = " ".join(t.text for t in _verb_words(verb))
    return " ".join(p for p in (_who(verb), said, what) if p)


def _purpose(verb: Token, figure: Token) -> str:
    """What a sum or amount a verb takes is for, when a preposition right after it says
    so: "paid £30m for the striker", "spent $5m on advertising"."""
    after = figure.right_edge.i + 1
    prep = next(
        (c for c in _children(verb) if c.dep in ("prep", "dative") and c.i == after), None
    )  # "offered £20m for the striker": the parser may call "for" a dative
    if prep is None or prep.lower not in PURPOSE_PREPS:
        return ""
    obj = next((o for o in _children(prep) if o.dep == "pobj"), None)
    if obj is None or _a_time(obj) or obj.pos == "PRON":  # "pay £5 for each": for what?
        return ""
    return f"{prep.text} {_phrase(_subtree(obj))}"


def _own_subject(verb: Token) -> bool:
    return any(c.dep in ("nsubj", "nsubjpass") for c in _children(verb))


def _predicate(verb: Token) -> str:
    """What a figure that is the subject did or is: the verb and its object, complement
    or first preposition ("63% supported a ban", "47% said they backed it", "nearly
    £250m could be spent on souvenirs"); "" when the verb takes none."""
    children = _children(verb)
    objects = [t for t in children if t.i > verb.i and t.dep in PREDICATE_DEPS]
    preps = [
        t
        for t in children
        if t.i > verb.i
        and t.dep == "prep"
        and not any(w.like_num for w in _subtree(t))
        and not any(_a_time(o) for o in _children(t) if o.dep == "pobj")
    ]  # "58% backed it, with 31% against": that phrase is the other figure's; "on
    # Monday" says when, not what they did
    if not objects and not preps:
        return ""
    after = (objects or preps)[0]
    auxiliaries = [t.text for t in children if t.dep in ("aux", "auxpass", "neg")]
    particle = [t for t in children if t.dep == "prt" and t.i < after.i]  # "walked out of"
    return " ".join([*auxiliaries, _phrase([verb, *particle, *_subtree(after)])])


RELATIVE_PRONOUN_TAGS = frozenset(("WDT", "WP"))
"""Tags of a relative clause's own pronoun subject ("which", "who", "that"): the clause
is about the noun it hangs on. Any other subject ("the house she shared") is its own."""

PREDICATE_DEPS = frozenset(("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"))


def _is_a_figure(t: Token | None, figures: frozenset[int]) -> bool:
    return t is not None and (t.i in figures or t.like_num)


def _counted(noun: Token, figures: frozenset[int]) -> bool:
    """Whether a figure counts `noun`: another figure's noun is not this one's object (a
    year is no figure: "revised the 2004 rate of growth" keeps the rate)."""
    return any(c.dep == "nummod" and c.i in figures for c in _children(noun))


def _index(t: Token) -> int:
    return t.i


def _is_verb(t: Token) -> bool:
    return t.pos in ("VERB", "AUX")


@dataclass(frozen=True)
class Placed:
    """A figure's tokens [first, last) and unit, as another figure's strategies see it."""

    first: int
    last: int
    unit: str


@dataclass(frozen=True)
class Site:
    """Where a figure sits in the parse: what the context strategies read."""

    doc: Doc
    first: int
    last: int
    root: Token  # the figure's token whose head lies outside it
    noun: Token | None  # the noun the figure counts or modifies ("22 goals", "a $5m deal")
    depth: int = 0  # how many conjoined figures led here
    figures: frozenset[int] = frozenset()  # the tokens of every figure in the article
    kind: str = ""  # the figure's kind (money, percent, …)
    unit: str = ""  # its unit ("m", "USD", "seconds")
    placed: Mapping[int, Placed] = field(default_factory=dict)  # every figure, by its tokens

    def outside(self, t: Token) -> bool:
        return not self.first <= t.i < self.last

    @property
    def measure(self) -> Token:
        """The head of the measure phrase: the noun the figure counts or modifies, else
        the figure's own root. Where that phrase sits in the clause says what it is about."""
        return self.noun if self.noun is not None else self.root


ContextStrategy = Callable[[Site], str | None]


def _whole_of(doc: Doc, last: int, placed: Mapping[int, Placed]) -> Placed | None:
    """The figure a figure ending before token `last` is a part of ("40 million" + "of
    the" + "100 million euros"), or None: "of", a determiner, then a figure."""
    of, det = doc.get(last), doc.get(last + 1)
    if of is None or det is None or of.lower != "of" or det.lower not in PARTITIVE_DETERMINERS:
        return None
    whole = placed.get(last + 2)
    if whole is None or whole.first != last + 2 or _hyphenated(doc, whole.first, whole.last):
        return None  # "five of the three-ton satellites": a modifier, no whole
    return whole


def part_of_a_whole(site: Site) -> str | None:
    """A part of a whole another figure gives ("has raised 280 million of the 1.5 billion
    shekels he needs", "sold 300 of the 2,000 tickets it printed") measures what the clause
    did with the whole: "Ben-Moshe raised shekels", "club sold tickets", never the
    relative clause on the whole ("he needs"), which is the whole's business."""
    if site.noun is not None or _whole_of(site.doc, site.last, site.placed) is None:
        return None
    of = site.doc[site.last]
    whole = next((c for c in _children(of) if c.dep == "pobj"), None)
    counted = whole is not None and whole.pos == "NOUN" and site.kind == "count"
    what = whole.text if whole is not None and counted else ""  # never "raised euros"
    verb = site.root.head
    if not _is_verb(verb):
        return what
    if site.root.dep in ("nsubj", "nsubjpass"):  # "12 of the 40 schools met the standard"
        return " ".join(p for p in (what, _predicate(verb)) if p)
    if site.root.dep != "dobj":
        return what
    if not what and not _who(verb):
        return None  # "He spent 5 of his 20 years in office": "spent" alone says nothing
    return _who_did_what(verb, what)


def what_a_predeterminer_shares(site: Site) -> str | None:
    """ "Half the workers went on strike", "lost half their value": a fraction before a
    determiner is a share of the noun that determiner opens."""
    if site.root.dep != "predet" or site.root.head.pos not in ("NOUN", "PROPN"):
        return None
    noun = site.root.head
    words = [t for t in _subtree(noun) if t.i <= noun.i and site.outside(t) and t.dep != "det"]
    return _phrase(words) or None


def a_change_hung_on_its_level(site: Site) -> str | None:
    """ "The average wage rose by 3% to £33,000": the parser may hang the change's
    figure on the level's, as if "3%" modified "£33,000"; the change is then the
    clause's change, "average wage rose", as the level is what it rose to."""
    hung = site.root.dep in ("nummod", "quantmod", "compound")
    if not hung or site.root.head.i not in site.figures:
        return None
    host = site.root.head
    for _ in range(3):  # up to the other figure's own head
        if host.head.i not in site.figures or host.head == host:
            break
        host = host.head
    between = [site.doc[i].lower for i in range(site.last, host.i)]  # empty if it is before
    if "to" not in between or host.dep != "pobj" or not _is_verb(host.head.head):
        return None
    return _who_did_what(host.head.head, "") or None


def object_of_preposition(site: Site) -> str | None:
    """The object of "of/in/for/on/worth" on the figure: "$50 billion in loans backed
    by …", "80% of their territory"."""
    for prep in _children(site.root):
        if prep.dep == "prep" and prep.lower in CONTEXT_PREPS:
            obj = next((o for o in _children(prep) if o.dep == "pobj"), None)
            if obj is not None and not _a_time(obj):
                phrase = _phrase(t for t in _subtree(obj) if t.i not in site.figures)
                subject = subject_of_a_copula(site) if _where(prep, obj) else None
                if subject:  # "Turnout was 64% in the north": turnout, there
                    return f"{subject} {prep.text} {phrase}"
                share = site.kind == "percent" and prep.lower == "of"
                subject = subject_of_a_copula(site) if share else None
                if subject:  # "Rainfall was 150% of the average": the rainfall, as a share
                    return f"{subject} ({prep.text} {phrase})"
                holder = _holder(site) if prep.lower == "in" else ""
                if holder:  # "customers with more than $1m in deposits": their deposits
                    return f"{phrase} ({holder})"
                return _owned(site, phrase, "possession", obj)
    return None


def _holder(site: Site) -> str:
    """Who holds a sum "with" it: "customers with more than $1m in deposits", "firms with
    $10bn in assets" (the noun "with" narrows); "" when "with" hangs on a verb."""
    with_ = site.root.head
    if site.kind != "money" or site.root.dep != "pobj" or with_.lower != "with":
        return ""
    holder = with_.head
    return _core(holder) if holder.pos == "NOUN" and holder.i != with_.i else ""


def _where(prep: Token, obj: Token) -> bool:
    """ "64% in the north", "$2bn in the US": "in" before a place or a noun with its own
    determiner says where a figure holds; what it measures comes bare ("$50bn in loans",
    "£3m in damages"). Where a copula's subject says what is measured, the place only
    narrows it."""
    if prep.lower != "in":
        return False
    named_place = any(obj in ent for ent in obj.doc.ents if ent.label in ("GPE", "LOC", "FAC"))
    return named_place or _determined(obj)


def _a_time(t: Token) -> bool:
    """Whether a noun names a time or a period ("for the year ending Oct. 31", "in
    March"): when a figure holds, not what it measures."""
    return t.lemma.lower() in PERIOD_NOUNS or any(
        t in ent for ent in t.doc.ents if ent.label in ("DATE", "TIME")
    )


def _noun_phrase(site: Site, noun: Token) -> list[Token]:
    """The noun the figure counts or modifies with the words that narrow it, less the
    figure itself and the determiners and numbers before it."""
    aside = {t.i for c in _children(noun) if _aside(c, site.figures) for t in _subtree(c)}
    joined = [c for c in _children(noun) if c.dep in ("cc", "conj") and c.i > noun.i]
    if any(t.i in site.figures for c in joined for t in _subtree(c)):
        aside |= {t.i for c in joined for t in _subtree(c)}  # "won 12 seats and 16.1% of
        # the vote": a figure joined after the noun measures another thing

    left_out = site.figures | aside  # other figures are not part of this one's noun,
    left_out |= {t.i for t in _subtree(noun) if t.text in "()[]" and t.head.i in site.figures}
    # nor the brackets round a figure ("a $3m (£2.4m) fine")
    left_out -= {noun.i}  # the noun itself stays, even if a second figure ends on it
    tokens = [t for t in _subtree(noun) if site.outside(t) and t.i not in left_out]
    tokens = [t for t in tokens if t.i >= site.first or _modifier_of(t, noun) or _narrows(site, t)]
    if site.last <= noun.i <= site.last + 4:  # every word between the figure and its noun
        between = {t.i for t in tokens} | (set(range(site.last, noun.i)) - left_out)
        tokens = [site.doc[i] for i in sorted(between)]
    return [
        t
        for t in tokens
        if t.dep not in ("det", "nummod", "quantmod", "advmod") or t.i > noun.i or t.head != noun
    ]  # a number inside a modifier stays: "a five-year $700,000 award"


def _determined(noun: Token) -> bool:
    """Whether a noun has a determiner or an owner of its own ("the effects", "his
    body"): a noun phrase apart, not one more head of the phrase before it."""
    return any(c.dep in ("det", "poss") for c in _children(noun))


def _aside(child: Token, figures: frozenset[int]) -> bool:
    """A part of a noun phrase that says when ("jobs last month") or to and from what
    level ("a rise in profits to $16bn"): another figure's business, not this one's.
    An ordinal is no level: "troops from the 82nd Airborne Division" says whose."""
    if child.dep == "npadvmod" or (_a_time(child) and child.i > child.head.i):
        return True  # but a time before the noun narrows it: "a three-year grant"
    obj = next((o for o in _children(child) if o.dep == "pobj"), None)
    if child.dep == "prep" and obj is not None and _a_time(obj):
        return True  # "a 0.6% rise in November"
    return (
        child.dep == "prep"
        and child.lower in ("to", "from")
        and any(t.i in figures for t in _subtree(child))
    )


def _relative_time(child: Token) -> bool:
    """ "last week", "earlier in the week": a time measured from now, which a clause on a
    figure can leave out (a date stays: "disbursed in January")."""
    return child.dep == "npadvmod" or (child.dep == "advmod" and child.lower in RELATIVE_AFTER)


def _narrows(site: Site, t: Token) -> bool:
    """An adjective the parser hung on the figure before it narrows the noun the figure
    modifies: "a maximum $3m fine" is a maximum fine."""
    return t.dep == "amod" and not site.outside(t.head) and t.i < site.first


def _modifier_of(t: Token, noun: Token) -> bool:
    """Whether `t` belongs to a word that narrows `noun` (an adjective, a noun, "five-year")."""
    for _ in range(6):
        if t.head == noun:  # and whose it is, by name: "Ford's 13,000 workers"
            return t.dep in ("amod", "compound", "nmod") or (t.dep == "poss" and t.pos != "PRON")
        if t.is_root:
            return False
        t = t.head
    return False


def quantified_noun_phrase(site: Site) -> str | None:
    """The phrase of the noun a figure counts or modifies, when it says more than the
    noun alone: "32 cruise and ballistic missiles" → "cruise and ballistic missiles",
    "a $150,000 contract with the publisher" → "contract with the publisher". What a
    possession verb's subject has is that subject's: "Ford has 13,000 workers in the UK"
    → "Ford has workers in the UK"."""
    noun = site.noun
    if noun is None:
        return None
    whole = _phrase(_noun_phrase(site, noun))
    owner, prep = noun.head.head, noun.head
    owners = "named"  # "Wood has scored 22 goals", "Boeing lost a $23bn contract"
    if noun.dep == "pobj" and prep.dep == "prep" and owner.pos == "NOUN":
        # "a survey of 7 countries", "price cuts on 50 products": what the phrase is on
        return _owned(site, f"{_core(owner, of_phrase=False)} {prep.text} {whole}", owners)
    if whole == noun.text:
        # "13 units", "22 goals": where the measure sits says more, unless a verb takes
        # it through a preposition that is not a level's ("came second with 4,000 votes",
        # "landed the broadcaster with a $550,000 fine"; not "finished at 3.23 shekels")
        level = noun.dep == "pobj" and prep.lower in VERB_PREPS
        if level or noun.dep != "pobj" or prep.dep != "prep" or not _is_verb(owner):
            return None
        whose = _prepositional_owner(site, whole)
        return f"{whole} ({whose})" if whose else whole
    return _owned(site, whole, owners, noun)


def _possessor(site: Site, owners: str) -> str:
    """Who has or did what the figure measures, with the verb ("" when none). Which
    subjects count, by `owners`: "possession", the subject of a possession verb only
    ("Ford has 13,000 workers", "the storm had winds of 155mph"); "named", also a named
    subject of any verb, for the noun a figure counts or modifies ("Wood has scored 22
    goals", "Boeing lost a $23bn contract"): a sidebar line must say whose it is, while a common noun doing something else
    ("the army fired 32 missiles") adds little; "any", any nominal subject, for a
    measure noun ("posted a loss of 63 cents"): a loss, a profit or a range is always
    someone's."""
    t = site.measure
    for _ in range(3):
        if t.dep == "dobj" and _is_verb(t.head):
            return _owner_clause(t.head, owners)
        if t.dep == "pobj" and t.head.lower == "of" and t.head.head.pos in ("NOUN", "PROPN"):
            t = t.head.head
        elif t.dep == "appos":
            t = t.head
        else:
            return ""
    return ""


def _measured_by_a_figure(noun: Token) -> bool:
    """Whether an "of" right after `noun` gives its amount ("reserves of $119bn"): the
    noun is then another figure's, no owner of this one's."""
    return any(
        c.dep == "prep" and c.lower == "of" and any(t.like_num for t in _subtree(c))
        for c in _children(noun)
    )


def _owner_clause(verb: Token, owners: str) -> str:
    """ "Ford has", "Wood has scored": the subject and verb that own an object, or ""
    (see _possessor for `owners`)."""
    subject = _subject(verb)
    if subject is None or _measured_by_a_figure(subject):
        return ""  # "reserves of $119bn beat its debt of $113bn": two amounts compared
    owns = (
        verb.lemma.lower() in POSSESSION_VERBS
        or owners == "any"
        or (owners == "named" and _a_name(subject))
    )
    if not owns:
        return ""
    return " ".join([_who(verb), *(w.text for w in _verb_words(verb))])


def _counted_by_a_figure(noun: Token, site: Site) -> bool:
    """Whether another figure counts `noun` ("21 sports"): then a count beside it or
    joined to it is the next item of a list."""
    return any(
        c.dep == "nummod" and c.i in site.figures and site.outside(c) for c in _children(noun)
    )


def what_a_multiplier_multiplies(site: Site) -> str | None:
    """ "with almost three times as many people trying to leave as joining": a number of
    times as many or as much multiplies the noun after those words, however the parser
    hung it (here on "times")."""
    doc = site.doc
    if site.unit != "times" or not _a_multiplier(doc, site.last):
        return None
    as_, many, noun = (doc.get(site.last + k) for k in (1, 2, 3))
    if as_ is None or many is None or noun is None:
        return None
    if as_.lower != "as" or many.lower not in ("many", "much") or noun.i in site.figures:
        return None
    return _core(noun) if noun.pos in ("NOUN", "PROPN") else None


def a_count_sharing_the_noun_before(site: Site) -> str | None:
    """ "Three people died and 23 were hurt", "One person was killed and 17 injured": a
    bare number that is the subject of a verb joined to a clause whose subject is a
    count of a noun counts that noun too."""
    root = site.root
    if site.kind != "count" or site.noun is not None or root.dep not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    if verb.dep != "conj" or not _is_verb(verb) or verb.i < root.i:
        return None
    subject = _subject(verb.head)
    if subject is None or subject.tag != "NNS":  # (not "one person … and 17": a plural)
        return None
    if not any(c.dep == "nummod" for c in subject.children):
        return None
    return f"{subject.text} {site.doc.text(root.i + 1, verb.i + 1)}"


def what_moved_up_or_down(site: Site) -> str | None:
    """ "sent Reynolds shares up 4.5% and Altria shares up 5.11%", "with sales down 3%":
    a figure right after a word of direction that follows a noun is how far that noun
    moved. (The small model tags the second "shares" a verb, with its name a compound.)"""
    doc = site.doc
    direction = doc.get(site.first - 1)
    if direction is None or direction.lower not in MOVING_WORDS:
        return None  # (not "set the buyer back £7,455": a cost)
    noun = doc.get(direction.i - 1)
    if noun is None or noun.i in site.figures or not _noun_like(noun):
        return None
    if noun.lower in TIME_UNITS or noun.lower in WEEKDAYS or noun.lower in MONTH_NAMES:
        return None  # "crude ended Monday down $1.33": when, not what
    owner = doc.get(noun.head.i - 1) if noun.dep == "pobj" else None
    if owner is not None and _noun_like(owner) and owner.i not in site.figures:
        noun = owner  # "shares in BP down 3%": the shares moved
    return f"{_core(noun)} {direction.text}"


def _noun_like(tok: Token) -> bool:
    """A noun, or a plural the small model tagged a verb after a name ("Altria shares")."""
    named = tok.tag == "VBZ" and any(c.dep == "compound" for c in tok.children)
    return tok.pos in ("NOUN", "PROPN") or named


def noun_a_limit_follows(site: Site) -> str | None:
    """ "any fee over £35m", "a salary above £100,000", "homes under £250,000": a figure
    after a noun and a word of a limit is a limit on that noun, however the parser hung
    the figure (often on the clause's verb). Not a time span: "work over three weeks"
    says when, not how much."""
    if site.kind == "duration":
        return None
    doc = site.doc
    limit = doc[site.first] if doc[site.first].lower in LIMIT_PREPS else doc.get(site.first - 1)
    if limit is None or limit.lower not in LIMIT_PREPS:
        return None
    noun = doc.get(limit.i - 1)
    if noun is None or noun.pos != "NOUN" or noun.i in site.figures:
        return None
    if noun.lower in TIME_UNITS:
        return None  # "a year above 3%": when, not what
    return _core(noun)


def appositive(site: Site) -> str | None:
    """A figure set beside a noun restates it: "a larger battery, 4,500 mAh" → "larger
    battery"."""
    measure = site.measure
    if measure.dep != "appos" or measure.head.pos not in ("NOUN", "PROPN"):
        return None
    noun = measure.head
    if noun.i == site.first - 1 and noun.dep in ("dobj", "attr") and _is_verb(noun.head):
        # "hit a record $4bn": a noun right before the figure, with no comma or bracket
        # between, modifies it; what the clause says is what is measured
        return _who_did_what(noun.head, noun.text)
    if site.noun is not None and _counted_by_a_figure(noun, site):
        return None  # "Ten days of competition, 21 sports": a list of counts, no restatement
    if noun.lemma.lower() in SHARE_NOUNS and site.depth <= 3:  # "more than half (55%)":
        share = Site(site.doc, noun.i, noun.i + 1, noun, None, site.depth + 1, site.figures)
        return _context(share) or None  # what the share is of
    words = [t for t in _subtree(noun) if t.i <= noun.i and t.dep != "det"]
    return _owned(site, _phrase(words), "possession")


def noun_after_a_conversion(site: Site) -> str | None:
    """A noun the parser set beside the figure, after it, is the noun the figure
    modifies: it reads "a maximum $3m (£1.6m) fine for repeated violations" as "$3m",
    then "fine" restating it → "maximum fine for repeated violations"."""
    root = site.root
    noun = next(
        (c for c in _children(root) if c.dep == "appos" and c.pos == "NOUN" and c.i > site.last),
        None,
    )
    if noun is None or _a_standing(site, noun):
        return None
    left = [c for c in _children(root) if c.i < site.first and c.dep == "amod"]
    words = [t for t in _subtree(noun) if t.i not in site.figures]
    return _owned(site, _phrase([*left, *words]), "named")


def _a_standing(site: Site, noun: Token) -> bool:
    """Whether a noun set off after the figure by a comma says how the figure stands,
    not what it measures: "dropped to 28%, its lowest level", "$3bn, the highest figure
    on record" (an owner pronoun or a superlative on it)."""
    after = site.doc.get(site.last)
    if after is None or after.text != ",":
        return False
    return any(
        (c.dep == "poss" and c.pos == "PRON") or (c.dep == "amod" and c.tag in ("JJS", "RBS"))
        for c in _children(noun)
    )


def noun_after_a_bracketed_conversion(site: Site) -> str | None:
    """ "a $2bn (1.53bn euros; £1.05bn) settlement with GM": an amount, its conversions
    in brackets and then a noun is that noun's amount, whatever the parser hung on
    what (it made the brackets' "euros" the noun, and the settlement an aside of it)."""
    doc = site.doc
    opening = doc.get(site.last)
    if opening is None or opening.text != "(":
        return None
    closing = next(
        (doc[i] for i in range(site.last + 1, min(site.last + 14, len(doc))) if doc[i].text == ")"),
        None,
    )
    if closing is None:
        return None
    inside = range(opening.i + 1, closing.i)
    if not any(i in site.figures for i in inside):
        return None  # "(pictured)", "(AP)": no conversion
    noun = closing.nbor(1)
    while noun is not None and noun.pos in ("ADJ", "PROPN") and noun.i < closing.i + 3:
        noun = noun.nbor(1)  # "a $3m (£2.4m) annual fee"
    if noun is None or noun.pos != "NOUN":
        return None
    start = closing.i + 1
    tail = [t for t in _subtree(noun) if t.i >= start and t.i not in site.figures]
    heads = [doc[i] for i in range(site.first, site.last)] + [noun]
    left = sorted(
        {
            c.i: c for h in heads for c in _children(h) if c.i < site.first and c.dep == "amod"
        }.values(),
        key=lambda t: t.i,
    )
    words = [doc[i] for i in range(start, noun.i)] + [t for t in tail if t.i >= noun.i]
    return _owned(site, _phrase([*left, *words]), "named")  # "a maximum $3m (£1.6m) fine"


def the_noun_alone(site: Site) -> str | None:
    """The noun a figure counts, when nothing else says more: "13 units", "22 goals"."""
    return site.noun.text if site.noun is not None else None


def object_of_preposition_on_the_measure(site: Site) -> str | None:
    """The object of "of" on the noun a figure counts: "1,000 megawatts of capacity" →
    "capacity" (other prepositions there say where or when: "113 units on the test")."""
    if site.noun is None:
        return None
    of = next((c for c in _children(site.noun) if c.dep == "prep" and c.lower == "of"), None)
    obj = next((o for o in _children(of) if o.dep == "pobj"), None) if of is not None else None
    if obj is None or _a_time(obj):
        return None
    return _owned(site, _phrase(_subtree(obj)), "possession", obj)


def clause_on_the_figure(site: Site) -> str | None:
    """What a clause attached to the figure says: "the first $3.2 billion disbursed in
    January" → "first disbursed in January"."""
    root = site.measure
    clause = next((c for c in _children(root) if c.dep in ("acl", "relcl")), None)
    if clause is None or root.pos == "NOUN":
        return None
    left = [c for c in _children(root) if c.i < site.first and c.dep == "amod"]
    aside = {
        t.i
        for w in _subtree(clause)
        for c in _children(w)
        if _relative_time(c)
        for t in _subtree(c)
    }  # "last week", "earlier in the week": measured from now, not what; "in January" stays
    words = [t for t in _subtree(clause) if site.outside(t) and t.i not in site.figures | aside]
    return _phrase([*left, *words]) or None  # not the figure's own scale letter the parser
    # hung on the clause ("the $120m announced by …": "m" read as an auxiliary)


def noun_it_measures(site: Site) -> str | None:
    """The noun the figure is a measure or a part of, and where it comes from: "a range
    of up to 2,500 kilometers", "aid (including $60 billion from the U.S.)"; an
    adjective used as a noun too ("a personal best of 20.94", "a high of $40")."""
    root = site.measure
    owner = root.head.head
    per: list[Token] = []
    if owner.dep == "pobj" and owner.head.lower == "per" and owner.head.head.pos == "NOUN":
        per = [owner.head, owner]  # "earnings per share of $1.25": the earnings, per share
        owner = owner.head.head
    nominal = owner.pos == "ADJ" and owner.dep in ("dobj", "pobj", "nsubj", "attr")
    if root.dep != "pobj" or not (owner.pos in ("NOUN", "PROPN") or nominal):
        return None
    tokens = [t for t in _subtree(owner) if t.i <= owner.i and t.i not in site.figures] + per
    of = next((c for c in _children(owner) if c.dep == "prep" and c.lower in ("of", "in")), None)
    if of is not None and of != root.head and not any(t.like_num for t in _subtree(of)):
        tokens += _subtree(of)  # "a 26% rise in annual profits to $16.2bn"
    source = next((c for c in _children(root) if c.dep == "prep" and c.lower in SOURCE_PREPS), None)
    if source is not None:
        tokens += _subtree(source)
    return _owned(site, _phrase(tokens), "any")


def noun_an_adjective_measures(site: Site) -> str | None:
    """A figure an adjective or a participle used as one takes, on a noun: "contracts
    worth $3bn", "a wall 3m high", "30% fuming sulfuric acid", "a 51% owned subsidiary"
    → the noun."""
    adjective = site.root.head
    noun = adjective.head
    adjectival = adjective.pos == "ADJ" or adjective.tag in ("VBG", "VBN")
    if not adjectival or adjective.dep != "amod" or noun.pos not in ("NOUN", "PROPN"):
        return None
    words = [
        t for t in _subtree(noun) if t.i <= noun.i and t.i not in site.figures and site.outside(t)
    ]  # "a 40ft-high wall" → "high wall", never the figure's own words
    of = next((c for c in _children(noun) if c.dep == "prep" and c.i == noun.i + 1), None)
    if of is not None and of.lower == "of" and not any(t.like_num for t in _subtree(of)):
        words += _subtree(of)  # "the 25m-long skeleton of a whale": what it is of
    return _owned(site, _phrase(words), "possession")


def conjoined_figure(site: Site) -> str | None:
    """ "rose 4p, or nearly 1%", "12.1% in Germany and 10.4% in Spain": a figure joined
    to another figure measures what that one measures; so does a change the parser ran
    into the level it led to ("increased by 296,000 to 28.52 million": both employment)."""
    root = site.measure
    if site.noun is not None and root.dep == "conj" and _counted_by_a_figure(root.head, site):
        return None  # "21 sports and 503 events": each count counts its own noun
    run_into = root.dep == "quantmod" and root.head.i in site.figures and site.outside(root.head)
    if (
        site.depth > 3
        or (root.dep != "conj" and not run_into)
        or not (root.head.like_num or root.head.pos == "NUM" or root.head.child("nummod"))
    ):
        return None
    head = root.head
    noun = _counted_noun(site.doc, head.i, head.i + 1)  # "three or four defenders"
    joined = Site(site.doc, head.i, head.i + 1, head, noun, site.depth + 1, site.figures)
    phrase = _context(joined)
    if run_into and phrase.endswith(" to"):
        phrase = phrase[: -len(" to")]  # the level's "rose to"; the change only "rose"
    return phrase or None


def _reporting_words(site: Site) -> tuple[str, Token, Token]:
    """(preposition, word, verb) for a figure a verb may report: the figure's root, or
    the preposition or adjective it hangs from ("rose to 5%", "could be worth £500m"),
    and that word's head."""
    root, head = site.measure, site.measure.head
    prep = ""
    if root.dep in ("amod", "nummod") and site.outside(head) and _a_time(head) and head.i > root.i:
        root, head = head, head.head  # "fell by a fifth last year", hung on the year
    if root.dep == "pobj" and _is_verb(head.head):
        prep = head.lower if head.dep == "prep" else ""
        root, head = head, head.head
    elif root.dep == "pobj" and head.head.lower in DIRECTION_WORDS and _is_verb(head.head.head):
        # "revised the rate down from 5.9%", "turnover of £8.9bn, down from £9.3bn"
        prep, root, head = f"{head.head.lower} {head.lower}", head.head, head.head.head
    if root.pos == "ADJ" and _is_verb(head):
        prep = prep or root.lower  # "could be worth £500m"
    elif head.pos in ("ADJ", "ADV") and _is_verb(head.head):
        prep, root, head = head.lower, head, head.head
    return prep, root, head


def verb_that_reports(site: Site) -> str | None:
    """Who did what, for a figure a verb reports: "profits jumped 76% to $1.13bn … from
    $639m" → "profits jumped", "profits jumped to", "profits jumped from"."""
    prep, root, verb = _reporting_words(site)
    if not _is_verb(verb) or verb == root:
        return None
    before = site.doc.get(site.first - 1)
    if prep == "by" and before is not None and before.lower == "to":
        prep = "to"  # "rose by £4,000 to £285,000", parsed as one range after "by": a level
    direction, _, last_word = prep.rpartition(" ")  # "down from": a direction, then "from"
    kept = last_word in VERB_PREPS or last_word in DIRECTION_WORDS
    if site.kind == "money" and prep == "for" and _takes_object(verb, root):
        # "She sold the painting for $4.5m": a sum "for" which a verb takes an object is
        # the price of that object, whoever paid it
        sold = next(c for c in _children(verb) if c.dep == "dobj" and c.i < root.i)
        if not _is_a_figure(sold, site.figures) and sold.pos in ("NOUN", "PROPN"):
            things = [_core(sold), *(_core(c) for c in _children(sold) if c.dep == "conj")]
            return _who_did_what(verb, " and ".join(things))
    subject = _subject(verb)
    if subject is None and site.kind == "money" and prep == "for" and not _who(verb):
        # "He was signed for £4.6m from AC Milan": no one named, where from says it
        other = _other_complement(verb, root)
        if other and not _takes_object(verb, root):
            return f"{verb.text} {other}"  # "signed from AC Milan", no auxiliary first
    if root.dep == "prep" and not kept and (subject is None or _is_a_figure(subject, site.figures)):
        return None  # "…, with 26% against": the verb and its object are another's
    before = root.nbor(-1)
    set_off = prep == root.lower in DIRECTION_WORDS and before is not None and before.text == ","
    if set_off:
        # "carried 4.2 million passengers, up 8%": a change set off after the clause is
        # the change in what its object counted, or else in its subject ("Profits rose
        # to £3bn, up 5%")
        counted = next((c for c in _children(verb) if c.dep == "dobj" and c.i < root.i), None)
        if counted is None:
            return _who(verb) or None
        what = " ".join(w for w in _core(counted).split() if not any(ch.isdigit() for ch in w))
        return _who_did_what(verb, what)
    clause = _clause(verb, root, site.noun, site.figures)
    if site.kind == "money" and prep == "for" and not _takes_object(verb, root):
        if subject is not None and subject.dep == "nsubjpass" and clause:
            return clause  # "The firm was sold for $2.1bn": the passive's subject was bought
        # "Johnson moved for £17.5m": who moved says nothing of the fee; where to does
        other = _other_complement(verb, root)
        return f"{clause} {other}" if clause and other else None
    if direction and direction in clause.split():
        prep = last_word  # "revised down … from": the direction is said already
    if clause and kept and _ends_on(clause, prep, verb, direction):
        clause += f" {prep}"
    return clause or None


def _ends_on(clause: str, prep: str, verb: Token, direction: str) -> bool:
    """Whether the clause ends on the preposition that names a level ("jumped to",
    "kept rates at", "up from"): not "by", which only sizes a change ("increased by"
    is "increased"), nor after a copula's bare subject ("The rate was at 62%" is the
    rate), nor twice."""
    copula = verb.lemma in STATING_VERBS and not direction and verb.text not in clause.split()
    return not copula and prep not in CHANGE_PREPS and not clause.endswith(f" {prep}")


def _takes_object(verb: Token, figure: Token) -> bool:
    """Whether the verb has an object before the figure ("sold the club for £5m")."""
    return any(c.dep == "dobj" and c.i < figure.i for c in _children(verb))


def _other_complement(verb: Token, prep: Token) -> str:
    """The verb's other prepositional phrase without a number or a time in it ("moved
    to Leeds for £17.5m" → "to Leeds"), or ""."""
    for c in _children(verb):
        if c == prep or c.dep != "prep" or c.lower not in DESTINATION_PREPS:
            continue
        obj = next((o for o in _children(c) if o.dep == "pobj"), None)
        words = _subtree(c)
        if obj is not None and not _a_time(obj) and not any(w.like_num for w in words):
            phrase = _phrase(words)  # which keeps the preposition or not, as it reads
            return phrase if phrase.split(" ", 1)[0] == c.text else f"{c.text} {phrase}"
    return ""


def what_lasted(site: Site) -> str | None:
    """A time span a verb like "last" or "serve" states measures that verb's subject:
    "The strike lasted 26 weeks before the union gave it up" → "strike"."""
    if site.kind != "duration":
        return None
    verb = duration_verb(site.doc, site.first, site.last)
    if verb is None or any(c.dep in ("nsubj", "expl") and c.pos == "PRON" for c in _children(verb)):
        return None  # "it takes three years to build one": "it" stands for nothing
    return _who(verb) or None


def _race_word(t: Token | None) -> bool:
    """ "hurdles", "final", "heat": a word a race distance names a race by."""
    return t is not None and (t.lower in RACE_WORDS or f"{t.lower}s" in RACE_WORDS)


def _with_possessive(doc: Doc, first: int) -> int:
    """Where a phrase starts that begins at token `first`, with the possessive before it
    ("women's 200m"): that says whose race it is."""
    return first - 2 if first >= 2 and doc[first - 1].lower in ("'s", "’s") else first


def _race(site: Site, distance: Placed) -> str:
    """The race a distance names, as written, with the possessive before it and the race
    word after it: "the women's 200m final" → "women's 200m final"."""
    doc, last = site.doc, distance.last
    if _race_word(doc.get(last)):
        last += 1
    return doc.text(_with_possessive(doc, distance.first), last).rstrip(".")


def _winner(verb: Token) -> str:
    """ " (Bolt)": who ran the race, when a name says so; "" otherwise."""
    subject = _subject(verb)
    return f" ({_who(verb)})" if subject is not None and subject.pos == "PROPN" else ""


def race_a_distance_names(site: Site) -> str | None:
    """A distance before a race word names the race: "the 60m hurdles" → "hurdles",
    "the women's 3,000m final" → "women's final"."""
    doc = site.doc
    if site.unit not in RACE_UNITS or not _race_word(doc.get(site.last)):
        return None
    start = _with_possessive(doc, site.first)
    whose = doc.text(start, site.first) + " " if start < site.first else ""
    return f"{whose}{doc[site.last].text}"


def _race_distance(site: Site, verb: Token) -> Placed | None:
    """A race distance the verb takes, as its object or through a preposition ("won the
    200m", "clocked 9.95 seconds in the 100m")."""
    words = [c for c in _children(verb) if c.dep in ("dobj", "acomp", "oprd")]
    words += [o for c in _children(verb) if c.dep == "prep" for o in _children(c)]
    for word in words:
        for t in _subtree(word):
            distance = site.placed.get(t.i)
            if distance is not None and distance.unit in RACE_UNITS and site.outside(t):
                return distance
    return None


def race_a_time_was_run_in(site: Site) -> str | None:
    """A time beside a race distance is the time of that race: "won the 200m in 22.1
    seconds", "clocked 9.95 seconds in the 100m" → "200m", "100m"."""
    if site.kind != "duration":
        return None
    verb = site.root.head
    if site.root.dep == "pobj" and verb.dep == "prep":
        verb = verb.head
    if not _is_verb(verb):
        return None
    distance = _race_distance(site, verb)
    if distance is not None:
        return _race(site, distance) + _winner(verb)
    race = next(
        (c for c in _children(verb) if c.dep == "dobj" and c.lemma.lower() in RACE_NOUNS), None
    )  # "won the marathon in 2 hours 5 minutes"
    return _core(race) + _winner(verb) if race is not None else None


def _list_break(site: Site) -> Token | None:
    """The colon or semicolon that opens the verbless list item the figure sits in: the
    nearest one before it in its sentence with no verb between; None when there is none
    or a verb comes first ("He said: we raised $5m" is a clause, not a list)."""
    sentence = site.doc.sents[site.root.sent]
    for i in range(site.first - 1, sentence.start - 1, -1):
        t = site.doc[i]
        if t.text in LIST_BREAKS:
            return t
        if t.pos in ("VERB", "AUX") and t.dep not in ("amod", "compound"):
            return None  # a participle that narrows a noun is no verb: "detached homes"
    return None


def _list_head(site: Site, brk: Token) -> str:
    """What a list's items are: the noun before a colon ("Properties including: …" →
    "Properties"), or the subject of the clause a semicolon list continues ("Flats cost
    $300,000; houses, $500,000": the first clause says what is priced)."""
    sentence = site.doc.sents[site.root.sent]
    before = [site.doc[i] for i in range(sentence.start, brk.i)]
    first_break = next((t for t in before if t.text in LIST_BREAKS), brk)
    before = [t for t in before if t.i < first_break.i]
    nouns = [t for t in before if t.pos in ("NOUN", "PROPN") and t.i not in site.figures]
    if not nouns:
        return ""
    if first_break.text == ";":  # the first clause's subject (its first noun, if unparsed)
        subject = next((t for t in nouns if t.dep in ("nsubj", "nsubjpass")), nouns[0])
        return _core(subject, of_phrase=False)
    top = min(nouns, key=lambda t: sum(1 for _ in t.ancestors))
    return _core(top, of_phrase=False)


def _item_words(site: Site, brk: Token) -> list[Token]:
    """The words naming the list item a figure follows: those since the list break or
    the previous figure, without the punctuation and the function words or adverbs at
    its ends ("…, and Little St James Island, also there, $64m" → "Little St James
    Island")."""
    start = brk.i + 1
    for i in range(site.first - 1, brk.i, -1):
        if i in site.figures and site.outside(site.doc[i]):
            start = i + 1
            break
    words = [site.doc[i] for i in range(start, site.first)]
    while words and (words[0].pos in ("PUNCT", "CCONJ", "ADP", "DET") or words[0].text in "()"):
        words.pop(0)
    while words and words[-1].pos not in ("NOUN", "PROPN", "NUM"):
        words.pop()
    return words


def list_item(site: Site) -> str | None:
    """A figure in a verbless list item measures the item it follows, one of what the
    list's head names: "Properties including: a villa in Nice, $4m, a flat in Rome, $2m"
    → "Properties: flat in Rome"; after a semicolon the item alone ("Flats sell for
    £300,000; detached homes, £800,000" → "detached homes"); with no item words, the
    head alone ("…; $1m to $2m, 90 days" → "Homes")."""
    brk = _list_break(site)
    if brk is None:
        return None
    head = _list_head(site, brk)
    words = _item_words(site, brk)
    item = site.doc.text(words[0].i, words[-1].i + 1) if words else ""
    if head and item and brk.text == ":":
        return f"{head}: {item}"
    return item or head or None  # after ";" an item names itself: "…; detached homes, £800,000"


def noun_a_possessive_measure_modifies(site: Site) -> str | None:
    """A measure in the possessive measures the noun it modifies: "three hours' free
    parking in the town centre" → "free parking in the town centre"."""
    measure = site.measure
    noun = measure.head
    if measure.dep != "poss" or noun.pos != "NOUN" or measure.i > noun.i:
        return None
    aside = {t.i for c in _children(noun) if _aside(c, site.figures) for t in _subtree(c)}
    words = [
        t
        for t in _subtree(noun)
        if site.outside(t) and t.i not in site.figures and t.i not in aside and t.dep != "case"
    ]
    words = [t for t in words if t.i > measure.right_edge.i]
    return _owned(site, _phrase(words), "possession", noun)


def place_a_distance_is_measured_from(site: Site) -> str | None:
    """A distance before "below", "above" or "from" measures how far from what follows:
    "The wreck lies 3,000 metres below the surface" → "below the surface (wreck)"."""
    measure = site.measure
    prep = measure.head
    if measure.dep != "npadvmod" or prep.pos != "ADP" or prep.lower not in DISTANCE_FROM_PREPS:
        return None
    obj = next((o for o in _children(prep) if o.dep == "pobj"), None)
    if obj is None or _a_time(obj):
        return None
    to = (c for c in (*_children(prep.head), *_subtree(prep)) if c.lower == "to" and c.i > prep.i)
    if prep.lower == "from" and next(to, None) is not None:
        return None  # "1.2 km from bank to bank": between which ends, not what is measured
    phrase = _phrase(t for t in _subtree(prep) if site.outside(t) and t.i not in site.figures)
    verb = prep.head
    who = _who(verb) if _is_verb(verb) else ""
    return f"{phrase} ({who})" if who and who.lower() not in phrase.lower() else phrase


def subject_of_a_gapped_clause(site: Site) -> str | None:
    """A clause that drops its verb after a comma or "and" keeps its subject right before
    the figure: "A were down 2.3%, B by 2.6%" → "B"; "dairy rose 4%, and fats and oils
    between 6% and 7%" → "fats and oils"."""
    doc, i = site.doc, site.first - 1
    if i >= 1 and doc[i].lower in GAPPED_PREPS:
        i -= 1
    words: list[Token] = []
    while i >= 0 and i not in site.figures and _gapped_word(doc[i], words, site.figures):
        words.insert(0, doc[i])
        i -= 1
    while words and words[0].pos in ("CCONJ", "DET", "ADJ"):
        words.pop(0)
    opener = doc.get(i)
    nouns = [t for t in words if t.pos in ("NOUN", "PROPN")]
    if not nouns or opener is None or not (opener.text == "," or opener.pos == "CCONJ"):
        return None
    if any(_a_time(t) for t in words) or site.noun in words:
        return None
    return doc.text(words[0].i, words[-1].i + 1)


def _gapped_word(t: Token, words: list[Token], figures: frozenset[int]) -> bool:
    """Whether `t` continues, leftwards, the noun phrase of a gapped clause's subject:
    nouns, adjectives, determiners, and a conjunction between two nouns (not a figure's:
    "between 2% and 3% and eggs" starts at "eggs")."""
    if t.pos in ("NOUN", "PROPN", "ADJ", "DET"):
        return True
    before = t.nbor(-1)
    noun_before = before is not None and before.pos in ("NOUN", "PROPN") and before.i not in figures
    return t.pos == "CCONJ" and bool(words) and noun_before


def whose_age(site: Site) -> str | None:
    """An age is someone's: the noun it modifies ("a 35-year-old man" → "man") or the
    subject of its clause ("Maria Lopez retired at the age of 60" → "Maria Lopez"); none
    when that is a pronoun with no name to stand for ("At 27 he decided …" → ""): never
    the verb ("retired at")."""
    if not site.unit.endswith(" old"):
        return None
    if site.doc.get(site.last) is not None and site.doc[site.last].lower in ("'s", "’s"):
        return ""  # "the 27-year-old's disappointment": the age stands for a person unnamed
    head = site.root.head
    if site.root.dep in ("amod", "nummod", "compound") and head.pos in ("NOUN", "PROPN"):
        words = [t for t in _subtree(head) if t.i <= head.i and site.outside(t) and t.dep != "det"]
        return _phrase(words) or None
    verb = _clause_verb(site)
    if verb is None or _subject(verb) == site.root:
        return ""  # "The 45-year-old was jailed": the age is the subject, no one else's
    return _who(verb)


def what_a_dimension_measures(site: Site) -> str | None:
    """A measure before "deep", "high", "long", "wide" or "tall" set off after a noun says
    how deep or high that noun is: "landed in shallow water, just 30 feet deep" →
    "shallow water"; on a noun, that noun ("a wall 3m high" → "wall")."""
    adjective = site.measure.head
    if site.measure.dep != "npadvmod" or adjective.lower not in DIMENSION_ADJECTIVES:
        return None
    if adjective.head.pos in ("NOUN", "PROPN") and adjective.dep == "amod":
        return _core(adjective.head, of_phrase=False)
    i = site.measure.left_edge.i - 1
    if i < 0 or site.doc[i].text != ",":
        return None
    before = site.doc.get(i - 1)
    if before is None or before.pos not in ("NOUN", "PROPN") or before.i in site.figures:
        return None
    return _core(before, of_phrase=False)


def subject_of_a_copula(site: Site) -> str | None:
    """A measure a copula states, however the parser hangs it ("The length of the bridge
    is 1.2 km from bank to bank", "The water is 47 feet deep"), measures the copula's
    subject: "length of the bridge"."""
    t = site.measure
    for _ in range(4):
        if t.dep not in ("attr", "acomp", "npadvmod", "prep", "pobj", "advmod", "quantmod", "conj"):
            return None
        t = t.head
        if _is_verb(t):
            break
    if not _is_verb(t) or t.lemma.lower() != "be":
        return None
    subject = next((c for c in _children(t) if c.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos not in ("NOUN", "PROPN") or subject.i in site.figures:
        return None
    return _core(subject) or None


def a_margin_of_a_comparison(site: Site) -> str | None:
    """ "£2.2bn more than economists had expected", "Profits were £200m higher than
    expected", "some 20 points ahead of the Conservatives": a figure sizing a
    comparative is a margin, the difference between two things, and says so; given as
    what the clause measured ("government borrowed"), it reads as the amount itself."""
    comp = site.measure.head
    if site.measure.dep != "npadvmod" or not (
        comp.tag in ("JJR", "RBR") or comp.lower in MARGIN_WORDS
    ):
        return None
    than = next((c for c in _children(comp) if c.lower in ("than", "of")), None)
    clause = next((c for c in _children(comp) if c.dep == "advcl"), None)
    if clause is not None and clause.child("mark") is not None:
        compared = f"{comp.text} than {clause.text}"  # "more than expected"
    elif than is not None and (obj := than.child("pobj")) is not None:
        compared = f"{comp.text} {than.text} {_core(obj, of_phrase=False)}"  # "ahead of rivals"
    else:
        return None
    verb = comp.head
    if not _is_verb(verb):
        return compared
    thing = next((c for c in _children(verb) if c.dep == "dobj" and c.i < comp.i), None)
    if thing is not None and thing.pos in ("NOUN", "PROPN") and thing.i not in site.figures:
        return f"{_core(thing)} {compared}"  # "puts Labour … ahead of": Labour is ahead
    who = _who(verb)
    said = "" if verb.lemma.lower() == "be" else verb.text
    return " ".join(p for p in (who, said, compared) if p)


CONTEXT_STRATEGIES: tuple[ContextStrategy, ...] = (
    whose_age,
    what_a_multiplier_multiplies,
    a_margin_of_a_comparison,
    list_item,
    part_of_a_whole,
    what_a_predeterminer_shares,
    a_change_hung_on_its_level,
    subject_of_a_gapped_clause,
    what_lasted,
    race_a_distance_names,
    race_a_time_was_run_in,
    object_of_preposition,
    noun_after_a_bracketed_conversion,
    quantified_noun_phrase,
    object_of_preposition_on_the_measure,
    appositive,
    noun_after_a_conversion,
    noun_a_limit_follows,
    what_moved_up_or_down,
    a_count_sharing_the_noun_before,
    clause_on_the_figure,
    noun_it_measures,
    noun_an_adjective_measures,
    noun_a_possessive_measure_modifies,
    place_a_distance_is_measured_from,
    conjoined_figure,
    what_a_dimension_measures,
    verb_that_reports,
    subject_of_a_copula,
    the_noun_alone,
)
"""How to find what a figure measures, most specific first; the first phrase found wins."""


_BOUND_OPENING = re.compile(
    r"^(?:up to|more than|less than|fewer than|as many as|as much as|at least|at most|"
    r"in excess of|upwards of)\s+",
    re.IGNORECASE,
)
"""Words that bound a figure ("up to 1.4m workers"): the figure's, never what it measures."""
_MULTIPLIER_WORDS = re.compile(
    r"(?:\btimes\s+)?\bas\s+(?:many|much)\s+(?=\w)|\btimes\s+(?:more|fewer|less)\s+(?=\w)",
    re.IGNORECASE,
)
"""The words of a multiplier ("three times as many people", "five times more cases"):
the figure's, never what it multiplies."""
_THOUSANDS_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])")
"""An amount written with thousands commas: another figure, never part of a name ("FTSE
100" is; "Unison's 800,000 workers" → "Unison's workers")."""


def _context(site: Site) -> str:
    """A short phrase saying what the figure measures ("" when nothing says), with whose
    it is when the phrase does not say and the clause's subject is a name."""
    phrase = first_verdict(CONTEXT_STRATEGIES, site) or ""
    phrase = _BOUND_OPENING.sub("", phrase)  # "Up to 1.4m workers" → "workers", not "Up to"
    phrase = _MULTIPLIER_WORDS.sub("", phrase)  # "three times as many people" → "people"
    phrase = re.sub(r"\s+of\s*$", "", phrase)  # "download speeds of" + "up to 1Gbps"
    phrase = " ".join(_THOUSANDS_NUMBER.sub("", phrase).split())  # another figure's amount
    currency = site.noun.text if site.noun is not None else ""
    if site.kind == "money" and currency.lower() in CURRENCY_WORDS and phrase.endswith(currency):
        phrase = phrase[: -len(currency)].rstrip()  # "costs £99 (149 euros)" misparsed as
        # £99 of euros: a sum is never a count of its own currency; a verb left alone
        phrase = phrase if " " in phrase else ""  # ("costs") says nothing
    if phrase.lower() in DIMENSION_ADJECTIVES:
        return ""  # "a wall 3m high" misparsed: "high" alone says how, not what
    if phrase.split(" ", 1)[0].lower() in NO_SUBJECT_OPENERS:
        return ""  # "is affecting properties", "to take match": a verb with no one doing it
    if phrase[:1] in ("'", "’") and phrase[1:2].isalpha() and not phrase[1:2].isupper():
        return ""  # "'ll put Morgan at": the rest of a pronoun's verb, with no one doing it
    owned_thing = site.noun is not None or site.kind == "quantity"  # a count or a measure
    if phrase and site.depth == 0 and owned_thing and not phrase.endswith(")"):
        owner = _named_owner(site, phrase)
        if owner:
            phrase = f"{phrase} ({owner})"
    return _clip(phrase)


def _clause_verb(site: Site) -> Token | None:
    """The verb of the clause the figure's measure sits in, in the figure's sentence."""
    verb = next((a for a in site.measure.ancestors if _is_verb(a)), None)
    return verb if verb is not None and verb.sent == site.root.sent else None


def _named_owner(site: Site, phrase: str) -> str:
    """The name that is the subject of the figure's clause ("Dell on Monday announced
    plans to lay off 6,650 employees, or 5% of its workforce" → Dell), "" when the
    subject is no name or the phrase already holds it."""
    verb = _clause_verb(site)
    if verb is None:
        return ""
    subject = _subject(verb)
    if subject is None or subject.i in site.figures or not _a_name(subject):
        return ""
    who = _who(verb)
    if not who or any(w.lower() in phrase.lower().split() for w in who.split()):
        return ""
    return who


def _owned(site: Site, phrase: str | None, owners: str, head: Token | None = None) -> str | None:
    """`phrase` with the subject that has what it names, when there is one (see
    _possessor): "Ford has 13,000 workers" → "Ford has workers"; None for no phrase.
    Else the owner in brackets: the subject of a verb that takes the noun through a
    preposition (_prepositional_owner), or the one a possessive pronoun on the phrase's
    `head` stands for (_pronoun_owner)."""
    if not phrase:
        return None
    owner = _possessor(site, owners)
    if owner:
        return f"{owner} {phrase}"
    owner = (
        _prepositional_owner(site, phrase)
        or _reached_by(site, phrase)
        or _pronoun_owner(site, phrase, head)
        or _pronoun_subject_owner(site, phrase)
    )
    return f"{phrase} ({owner})" if owner else phrase


def _reached_by(site: Site, phrase: str) -> str:
    """Whose level a verb of reaching states, or whose share a verb of being a share
    (_verb_of_a_share): its subject ("Spending on defence will reach 2.5% of GDP" → "GDP
    (Spending on defence)", "Fraud accounts for 40% of crime" → "crime (Fraud)"), ""
    when none or the phrase names it."""
    t = site.measure
    verb = _verb_of_a_share(t)
    if verb is None:
        if t.dep != "dobj" or not _is_verb(t.head) or t.head.lemma.lower() not in REACHING_VERBS:
            return ""
        verb = t.head
    subject = _subject(verb)
    if subject is None or subject.pos not in ("NOUN", "PROPN") or subject.i in site.figures:
        return ""
    who = _who(verb)
    return "" if not who or who.lower() in phrase.lower() else who


def _verb_of_a_share(t: Token) -> Token | None:
    """The verb that says its subject is the share `t` is: "Fraud accounts for 40% of
    all crime", "Exports make up 30% of the economy", "China represents 15% of sales"
    (the share is the fraud's, the exports', China's), else None."""
    head = t.head
    if t.dep == "pobj" and head.lower == "for" and head.head.lemma.lower() == "account":
        return head.head
    if t.dep != "dobj" or not _is_verb(head):
        return None
    particle = head.child("prt")
    if head.lemma.lower() == "make" and particle is not None and particle.lower == "up":
        return head
    return head if head.lemma.lower() in SHARE_VERBS else None


def _pronoun_subject_owner(site: Site, phrase: str) -> str:
    """Whose the measured noun is when a pronoun is the subject of the verb that takes
    it: the name that pronoun stands for ("Maria Lopez stood for mayor. She won 60% of
    the vote" → "vote (Maria Lopez)"); "" when none or the phrase names it already."""
    verb = _clause_verb(site)
    if verb is None:
        return ""
    name = _pronoun_subject_name(verb)
    return "" if not name or name.lower() in phrase.lower() else name


def _pronoun_owner(site: Site, phrase: str, head: Token | None) -> str:
    """Whom "its", "their" or "her" on the measured noun stands for: the subject of the
    figure's clause ("The e-commerce giant gets 60% of its revenue abroad" → "revenue
    (e-commerce giant)", "Shell said it would cut 10% of its workforce" → Shell)."""
    if head is None or not any(c.dep == "poss" and c.pos == "PRON" for c in _children(head)):
        return ""
    verb = next((a for a in site.measure.ancestors if _is_verb(a)), None)
    subject = _subject(verb) if verb is not None else None
    if verb is None or subject is None or subject.like_num or subject.i in site.figures:
        return ""
    return "" if subject.lower in phrase.lower().split() else _who(verb)


def _prepositional_owner(site: Site, phrase: str) -> str:
    """Whose the measured noun is when the verb takes it through a preposition: that
    verb's subject ("McDougal was released from her $150,000 contract" → "contract
    (McDougal)", "the tablet comes with a 5W charger" → "charger (tablet)"), "" when
    the phrase already names it. None for "with" right after the verb's object: that
    says either whose ("landed CBS with a fine") or what with ("the storm hit the coast
    with winds of 120mph"), and only the verb tells which. Not after NOT_OWNING_PREPS ("than the
    rival with 3,000 mAh", "called for a $3m fine"): what follows those is not had."""
    t = site.measure
    for _ in range(3):
        prep = t.head
        if t.dep != "pobj" or prep.dep != "prep":
            return ""
        if prep.lower == "of" and prep.head.pos in ("NOUN", "PROPN"):
            t = prep.head  # "a building rate of $80"
            continue
        verb = prep.head
        if prep.pos != "ADP" or prep.lower in NOT_OWNING_PREPS or not _is_verb(verb):
            return ""
        receiver = next((c for c in _children(verb) if c.dep in ("dobj", "dative")), None)
        if receiver is not None and prep.i == receiver.right_edge.i + 1 and prep.lower == "with":
            return ""  # "landed CBS with a fine" is CBS's, "hit the coast with winds" the storm's
        named = _subject(verb)
        if (
            named is None
            or named.like_num
            or any(t.i in site.figures for t in _subtree(named) if t.i <= named.i)
        ):
            return ""  # "hall" of "a £2m sports hall": another figure's noun owns nothing here
        return "" if named.lower in phrase.lower().split() else _who(verb)
    return ""


def _unit(q: Quantity, noun: Token | None) -> str:
    """A count's unit is the noun it counts (as written when a name: "12 Labour MPs"),
    with the rest of a name it ends ("400,000 Sri Lankans", "3,000 New Zealanders")."""
    if q.kind != "count" or noun is None:
        return q.unit
    if noun.pos != "NOUN":
        first = noun.i
        while (
            first > 0
            and noun.doc[first - 1].dep == "compound"
            and noun.doc[first - 1].head == noun
            and noun.doc[first - 1].pos == "PROPN"
        ):
            first -= 1
        return noun.doc.text(first, noun.i + 1)
    return noun.text if any(ch.isupper() for ch in noun.text[1:]) else noun.lower  # "MPs"


def _hyphened_noun(doc: Doc, first: int, last: int) -> Token | None:
    """The noun a number is hyphened to ("a two-screen gadget" → "screen"): what the
    number counts, where the parse may hang it on the noun the compound modifies."""
    root = _root(doc, first, last)
    dash = doc.get(root.i + 1)
    if dash is None or dash.text != "-" or root.dep != "nummod" or root.head.i != root.i + 2:
        return None
    return root.head if root.head.pos == "NOUN" else None


def _hyphenated(doc: Doc, first: int, last: int) -> bool:
    """ "five-year", "20-point": a number hyphenated to a word is part of a modifier."""
    return "-" in doc.text(first, last) or doc.body[doc.parse.ends[last - 1] :][:1] == "-"


def _a_multiplier(doc: Doc, last: int) -> bool:
    """ "almost five times as many people", "three times higher": the number before
    "times" says how many times more, not how many of the noun after it."""
    times, after = doc.get(last), doc.get(last + 1)
    return (
        times is not None
        and times.lower == "times"
        and after is not None
        and after.lower in MULTIPLIER_AFTER
    )


def extract_figures(body: str, parse: Parse) -> tuple[Figure, ...]:
    """Every figure in `body`: the key figures, most salient first, then the rest in
    text order with salience 0 (see figure_rank)."""
    doc = Doc(body, parse)
    figures: list[Figure] = []
    n_sentences = len(parse.sentences)
    previous: tuple[int, str] | None = None
    previous_context = ""
    spans = figure_spans(body, parse)
    tokens = frozenset(
        t
        for first, last, _label, _q in spans
        if not _hyphenated(doc, first, last)
        for t in range(first, last)
    )  # the other figures, left out of a figure's noun phrase ("five-year" stays in)
    placed = {
        t: Placed(first, last, q.unit)
        for first, last, _label, q in spans
        for t in range(first, last)
    }
    wholes = {first: q for first, _last, _label, q in spans}
    for first, last, label, q in spans:
        whole = _whole_of(doc, last, placed) if q.kind == "count" and not q.unit else None
        counted_by_whole = None
        if whole is not None and wholes[whole.first].kind != "count":
            q = replace(q, unit=whole.unit, kind=wholes[whole.first].kind)  # "40 million of
            # the 100 million euros" is 40 million euros
        elif whole is not None:  # "300 of the 2,000 tickets" counts tickets
            counted_by_whole = _counted_noun(doc, whole.first, whole.last)
        score = label == "SCORE"  # one side's number in "won 28-17": it counts no noun
        if q.kind == "count" and _a_multiplier(doc, last):
            q = replace(q, unit="times", kind="quantity")  # "five times as many people"
        tie = bool(A_TIE.fullmatch(doc.text(first, last)))  # "a 17-17 draw" counts no draws
        quantified = None if score else _counted_noun(doc, first, last)
        noun = quantified if q.kind == "count" and not tie else None
        root = _root(doc, first, last)
        site = Site(doc, first, last, root, quantified, 0, tokens, q.kind, q.unit, placed)
        sentence = parse.sentence_of_token(first)
        start, end = parse.starts[first], parse.ends[last - 1]
        if doc.body[end - 1 : end] == "." and doc.body[end - 2 : end - 1].isalpha():
            end -= 1  # "around £3m." at a sentence's end: the full stop is not the figure's
        verdict: KeyVerdict = (
            KeyVerdict(False, "not key: one side's number in a vote's tally")
            if score
            else key_verdict(doc, first, last, q, noun, previous)
        )
        lemma = noun.lemma.lower() if noun is not None else None
        context = _context(site)
        if is_conversion(doc, first, q, previous):
            # "9bn shekels ($2.4bn)": the same thing measured, or nothing the first says
            # either (never the first figure's words: "14 metres" is not "47 feet")
            context = previous_context
        figures.append(
            Figure(
                text=doc.body[start:end],
                value=q.value,
                unit=_unit(q, _hyphened_noun(doc, first, last) or noun or counted_by_whole),
                kind=q.kind,
                context=context,
                start=start,
                end=end,
                sentence=sentence,
                salience=salience(q, sentence, n_sentences, lemma, noun is None)
                if verdict.key
                else 0.0,
                why=verdict.reason,
            )
        )
        previous, previous_context = (end, q.kind), context
    return rank(figures)
