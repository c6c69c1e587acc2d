"""The clause a figure sits in, read for its context: its subject, who did what, the clause
shortened.

clause_subject finds the noun a verb's clause is about (its subject; for a relative
clause, the noun it modifies; for a verb with none of its own, the subject of the verb
it depends on; never a pronoun), who_of the words of that subject ("Ford (F)", a name
split into two subjects read whole, a pronoun's name); short_clause shortens the clause
to who did what ("Wood has scored goals", "The index"), and predicate_of says what a
figure that is the subject did ("63% supported a ban").

Kept apart because the owners and most context strategies read a clause through it.
"""

from __future__ import annotations

from briefing.analysis.figure_phrases import (
    a_time,
    children_of,
    core_of,
    is_verb,
    phrase_of,
    subtree,
)
from briefing.analysis.figure_pronouns import an_age_for_a_person, an_age_noun, pronoun_subject_name
from briefing.analysis.lexicon import (
    CHANGE_WORDS,
    COPULA_WORDS,
    DIRECTION_WORDS,
    PURPOSE_PREPS,
    REACHING_VERBS,
    REPORTED_PRONOUNS,
    REPORTING_VERBS,
    ROLES,
    STATING_VERBS,
)
from briefing.analysis.tokens import Token

APPOSITIVE_WORDS = 5  # a longer appositive is an aside of its own


def clause_subject(verb: Token) -> Token | None:
    """The noun a verb's clause is about: its nominal subject, else (for a relative
    clause, "stocks, which were up 2.8%") the noun the clause modifies, else, for a verb
    with no subject of its own ("prices are expected to rise 5%", "the deficit hit a
    record, having increased by $43bn", "sales rose 5% and hit £2bn"), the subject of
    the verb it depends on. Never a pronoun: "it" tells a sidebar nothing."""
    for _ in range(4):
        subject = next((c for c in children_of(verb) if c.dep in ("nsubj", "nsubjpass")), None)
        if subject is not None and (
            subject.pos in ("NOUN", "PROPN") or a_name(subject) or an_age_noun(subject)
        ):
            return subject
        gerund = _gerund_subject(verb)
        if gerund is not None:
            return gerund
        relative = subject is None or subject.tag in RELATIVE_PRONOUN_TAGS
        if _an_infinitive_on_a_noun(verb) and is_verb(verb.head.head):
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
        if head.pos == "ADJ" and head.dep in ("acomp", "amod") and is_verb(head.head):
            head = head.head  # "Rank is likely to report a drop"
        if verb.dep not in ("xcomp", "conj", "advcl") or not is_verb(head):
            return None
        verb = head
    return None


def _gerund_subject(verb: Token) -> Token | None:
    """A bare gerund that is a verb's subject names an activity measured like a noun
    ("Lending to small firms fell by 3%", "Sampling came back at 4 ppb"): the parser
    tags it a verb, but with no subject or object of its own it is the noun phrase the
    clause is about ("Buying shares is risky" has an object: a clause, not a name)."""
    gerund = next(
        (c for c in children_of(verb) if c.dep in ("nsubj", "csubj") and c.i < verb.i), None
    )
    if gerund is None or gerund.tag != "VBG":
        return None
    own = {c.dep for c in children_of(gerund)}
    return None if own & {"nsubj", "dobj", "aux", "auxpass", "ccomp", "xcomp"} else gerund


def _an_infinitive_on_a_noun(verb: Token) -> bool:
    """ "plans to cut", "a bid to raise", "the decision to close": a to-infinitive on a
    noun says what the noun's owner means to do, so its subject is the subject of the
    clause the noun is in, not the noun ("companies employing 500" is the companies)."""
    return (
        verb.dep == "acl"
        and verb.head.pos == "NOUN"
        and any(c.dep == "aux" and c.lower == "to" for c in children_of(verb))
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
    sayer = next((c for c in children_of(verb.head) if c.dep == "nsubj"), None)
    if sayer is None or sayer.tag not in REPORTED_PRONOUNS.get(pronoun.lower, ()):
        return False
    person = _a_person(sayer) or sayer.lemma.lower() in ROLES  # "the minister said it"
    return not (pronoun.lower == "it" and person)  # "Mr Panke said it takes"


NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "LOC"))


def a_name(t: Token) -> bool:
    """Whether `t` is a proper name: tagged one, or inside a name the model found (the
    tagger reads an unknown acronym in capitals as an adjective: "OHSU has performed")."""
    return t.pos == "PROPN" or any(t in ent for ent in t.doc.ents if ent.label in NAME_LABELS)


def _a_person(t: Token) -> bool:
    """Whether the model read `t` as part of a person's name: "it" never stands for one."""
    return any(t in ent for ent in t.doc.ents if ent.label == "PERSON")


def who_of(verb: Token) -> str:
    """The core of the verb's subject (see clause_subject), "" when it has none. A name the
    parser split into two subjects ("The Galaxy Note 20 Ultra has …") is read whole."""
    subject = clause_subject(verb)
    if subject is None:
        return pronoun_subject_name(verb)
    if an_age_noun(subject):  # "The 45-year-old was jailed": the person last named
        return an_age_for_a_person(subject)
    if subject.head != verb or subject.dep not in ("nsubj", "nsubjpass"):
        return core_of(subject) + _appositive_of(subject, verb)  # "Ford (F), which has"
    subjects = [c for c in children_of(verb) if c.dep == subject.dep and c.i < verb.i]
    if len(subjects) < 2:
        return core_of(subject) + _appositive_of(subject, verb)
    words = [t for t in subtree(subjects[0]) if t.dep != "det"][:1]
    start = words[0].i if words else subjects[0].i
    last = subjects[-1]
    end = max([last.i, *(c.i for c in children_of(last) if c.dep in ("nummod", "compound"))])
    return phrase_of(verb.doc[i] for i in range(start, end + 1))


def _appositive_of(subject: Token, verb: Token) -> str:
    """ " (last year's weakest sector)", " (WTI)": a short appositive set off after a
    verb's subject, before the verb, is part of what it names; "" when there is none or it
    is long or holds a number (that is an aside of its own)."""
    appos = next((c for c in children_of(subject) if c.dep == "appos" and c.i < verb.i), None)
    if appos is None:
        return ""
    words = [t for t in subtree(appos) if t.pos != "PUNCT"]
    if len(words) > APPOSITIVE_WORDS or appos.like_num or appos.pos == "NUM":
        return ""  # "Smith, 45, earned": an age is an aside of its own
    phrase = phrase_of(subtree(appos))
    return f" ({phrase})" if phrase else ""


def _share_of(subject: Token | None) -> str:
    """Who a share that is the subject is a share of: "16% of women earn more than
    £50,000" → "women" (for the £50,000); "" for any other figure."""
    if subject is None:
        return ""
    of = next((c for c in children_of(subject) if c.dep == "prep" and c.lower == "of"), None)
    obj = next((o for o in children_of(of) if o.dep == "pobj"), None) if of is not None else None
    if obj is None or obj.like_num or obj.pos not in ("NOUN", "PROPN"):
        return ""
    return core_of(obj)


def verb_words(verb: Token) -> list[Token]:
    """The verb with its auxiliaries, negation, particle and the direction word that
    says which way a figure moved ("were up", "finished higher", "came back")."""
    words = [verb]
    for c in children_of(verb):
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


def short_clause(
    verb: Token, figure: Token, noun: Token | None = None, figures: frozenset[int] = frozenset()
) -> str:
    """The clause a figure belongs to, shortened to who did what: the subject's core
    (or the noun a relative clause is about), the verb with its auxiliaries and
    particle, and its object; "" when it would say nothing but a verb. With a copula
    and nothing else, the subject alone is what is measured ("The index is 19%"). A
    bare `noun` the figure counts stands as the object: "Wood has scored 22 goals" →
    "Wood has scored goals"."""
    children = children_of(verb)
    subject = next((t for t in children if t.dep in ("nsubj", "nsubjpass")), None)
    if subject == figure:  # "63% backed the plan"; "two leaders discussed trade"
        predicate = predicate_of(verb)
        if predicate and noun is not None and noun == figure:
            return f"{noun.text} {predicate}"  # the counted noun is the subject
        if (
            not predicate
            and noun is not None
            and noun == figure
            and verb.lemma not in REPORTING_VERBS
        ):
            return " ".join([noun.text, *(t.text for t in verb_words(verb))])  # "people died"
        return predicate
    subject = clause_subject(verb)
    if subject is not None and an_age_noun(subject):
        who = an_age_for_a_person(subject)  # "The 45-year-old was fined": the person
    elif not is_a_figure(subject, figures):
        who = who_of(verb)
    else:
        who = _share_of(subject)
    words = verb_words(verb)
    if verb.dep == "xcomp" and is_verb(verb.head) and not _own_subject(verb):
        words = sorted([*verb_words(verb.head), *words], key=_index)  # "is expected to have"
    what = noun.text if noun is not None and noun == figure and noun.dep in ("dobj", "conj") else ""
    obj = next(
        (t for t in children if t.dep in ("dobj", "acomp", "attr") and t.i < figure.i), None
    )  # an object after the figure belongs to another phrase ("rose 5% to a record level")
    if what or is_a_figure(obj, figures):
        pass  # another figure is not what this one is about ("3.2% against 5.9% forecast")
    elif obj is not None and obj.pos in ("NOUN", "PROPN") and not _counted(obj, figures):
        what = core_of(obj)
    elif obj is not None and obj.pos == "ADJ":
        what = obj.text  # "22 per cent were obese"
    purpose = _purpose(verb, figure) if figure.dep == "dobj" and not what else ""
    if not who and not what:  # "did not mind paying £350 for the print": what it bought
        return " ".join([*(t.text for t in verb_words(verb)), purpose]) if purpose else ""
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


def who_did_what(verb: Token, what: str) -> str:
    """ "Sales hit record", "she sold painting": the verb's subject (see who_of), the verb
    with its auxiliaries and particle, and `what` it acted on, each where there is one."""
    said = " ".join(t.text for t in verb_words(verb))
    return " ".join(p for p in (who_of(verb), said, what) if p)


def _purpose(verb: Token, figure: Token) -> str:
    """What a sum or amount a verb takes is for, when a preposition right after it says
    so: "paid £30m for the striker", "spent $5m on advertising"."""
    after = figure.right_edge.i + 1
    prep = next(
        (c for c in children_of(verb) if c.dep in ("prep", "dative") and c.i == after), None
    )  # "offered £20m for the striker": the parser may call "for" a dative
    if prep is None or prep.lower not in PURPOSE_PREPS:
        return ""
    obj = next((o for o in children_of(prep) if o.dep == "pobj"), None)
    if obj is None or a_time(obj) or obj.pos == "PRON":  # "pay £5 for each": for what?
        return ""
    return f"{prep.text} {phrase_of(subtree(obj))}"


def _own_subject(verb: Token) -> bool:
    return any(c.dep in ("nsubj", "nsubjpass") for c in children_of(verb))


def predicate_of(verb: Token) -> str:
    """What a figure that is the subject did or is: the verb and its object, complement
    or first preposition ("63% supported a ban", "47% said they backed it", "nearly
    £250m could be spent on souvenirs"); "" when the verb takes none."""
    children = children_of(verb)
    objects = [t for t in children if t.i > verb.i and t.dep in PREDICATE_DEPS]
    preps = [
        t
        for t in children
        if t.i > verb.i
        and t.dep == "prep"
        and not any(w.like_num for w in subtree(t))
        and not any(a_time(o) for o in children_of(t) if o.dep == "pobj")
    ]  # "58% backed it, with 31% against": that phrase is the other figure's; "on
    # Monday" says when, not what they did
    if not objects and not preps:
        return ""
    after = (objects or preps)[0]
    auxiliaries = [t.text for t in children if t.dep in ("aux", "auxpass", "neg")]
    particle = [t for t in children if t.dep == "prt" and t.i < after.i]  # "walked out of"
    return " ".join([*auxiliaries, phrase_of([verb, *particle, *subtree(after)])])


RELATIVE_PRONOUN_TAGS = frozenset(("WDT", "WP"))
"""Tags of a relative clause's own pronoun subject ("which", "who", "that"): the clause
is about the noun it hangs on. Any other subject ("the house she shared") is its own."""

PREDICATE_DEPS = frozenset(("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"))


def is_a_figure(t: Token | None, figures: frozenset[int]) -> bool:
    return t is not None and (t.i in figures or t.like_num)


def _counted(noun: Token, figures: frozenset[int]) -> bool:
    """Whether a figure counts `noun`: another figure's noun is not this one's object (a
    year is no figure: "revised the 2004 rate of growth" keeps the rate)."""
    return any(c.dep == "nummod" and c.i in figures for c in children_of(noun))


def _index(t: Token) -> int:
    return t.i
