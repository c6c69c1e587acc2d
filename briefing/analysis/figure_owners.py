"""Whose the thing a figure measures is, said with its context.

A possession verb's subject, or a named subject of any verb, leads the phrase ("Ford
has workers in the UK", "Wood has scored goals"); else the owner comes in brackets: the
subject of a verb that takes the noun through a preposition ("contract with American
Media (McDougal)"), of a verb of reaching or of being a share ("crime (Fraud)"), the
name a possessive or a subject pronoun stands for ("revenue (e-commerce giant)",
"vote (Maria Lopez)") or the name that is the subject of the figure's clause (Dell).

Kept apart because many strategies end on it (owned), and the finishing of a context
too (named_owner).
"""

from __future__ import annotations

from briefing.analysis.figure_clauses import a_name, clause_subject, verb_words, who_of
from briefing.analysis.figure_phrases import children_of, is_verb, subtree
from briefing.analysis.figure_pronouns import pronoun_subject_name
from briefing.analysis.figure_site import Site
from briefing.analysis.lexicon import (
    NOT_OWNING_PREPS,
    POSSESSION_VERBS,
    REACHING_VERBS,
    SHARE_VERBS,
)
from briefing.analysis.tokens import Token


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
        if t.dep == "dobj" and is_verb(t.head):
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
        c.dep == "prep" and c.lower == "of" and any(t.like_num for t in subtree(c))
        for c in children_of(noun)
    )


def _owner_clause(verb: Token, owners: str) -> str:
    """ "Ford has", "Wood has scored": the subject and verb that own an object, or ""
    (see _possessor for `owners`)."""
    subject = clause_subject(verb)
    if subject is None or _measured_by_a_figure(subject):
        return ""  # "reserves of $119bn beat its debt of $113bn": two amounts compared
    owns = (
        verb.lemma.lower() in POSSESSION_VERBS
        or owners == "any"
        or (owners == "named" and a_name(subject))
    )
    if not owns:
        return ""
    return " ".join([who_of(verb), *(w.text for w in verb_words(verb))])


def clause_verb(site: Site) -> Token | None:
    """The verb of the clause the figure's measure sits in, in the figure's sentence."""
    verb = next((a for a in site.measure.ancestors if is_verb(a)), None)
    return verb if verb is not None and verb.sent == site.root.sent else None


def named_owner(site: Site, phrase: str) -> str:
    """The name that is the subject of the figure's clause ("Dell on Monday announced
    plans to lay off 6,650 employees, or 5% of its workforce" → Dell), "" when the
    subject is no name or the phrase already holds it."""
    verb = clause_verb(site)
    if verb is None:
        return ""
    subject = clause_subject(verb)
    if subject is None or subject.i in site.figures or not a_name(subject):
        return ""
    who = who_of(verb)
    if not who or any(w.lower() in phrase.lower().split() for w in who.split()):
        return ""
    return who


def owned(site: Site, phrase: str | None, owners: str, head: Token | None = None) -> str | None:
    """`phrase` with the subject that has what it names, when there is one (see
    _possessor): "Ford has 13,000 workers" → "Ford has workers"; None for no phrase.
    Else the owner in brackets: the subject of a verb that takes the noun through a
    preposition (prepositional_owner), or the one a possessive pronoun on the phrase's
    `head` stands for (_pronoun_owner)."""
    if not phrase:
        return None
    owner = _possessor(site, owners)
    if owner:
        return f"{owner} {phrase}"
    owner = (
        prepositional_owner(site, phrase)
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
        if t.dep != "dobj" or not is_verb(t.head) or t.head.lemma.lower() not in REACHING_VERBS:
            return ""
        verb = t.head
    subject = clause_subject(verb)
    if subject is None or subject.pos not in ("NOUN", "PROPN") or subject.i in site.figures:
        return ""
    who = who_of(verb)
    return "" if not who or who.lower() in phrase.lower() else who


def _verb_of_a_share(t: Token) -> Token | None:
    """The verb that says its subject is the share `t` is: "Fraud accounts for 40% of
    all crime", "Exports make up 30% of the economy", "China represents 15% of sales"
    (the share is the fraud's, the exports', China's), else None."""
    head = t.head
    if t.dep == "pobj" and head.lower == "for" and head.head.lemma.lower() == "account":
        return head.head
    if t.dep != "dobj" or not is_verb(head):
        return None
    particle = head.child("prt")
    if head.lemma.lower() == "make" and particle is not None and particle.lower == "up":
        return head
    return head if head.lemma.lower() in SHARE_VERBS else None


def _pronoun_subject_owner(site: Site, phrase: str) -> str:
    """Whose the measured noun is when a pronoun is the subject of the verb that takes
    it: the name that pronoun stands for ("Maria Lopez stood for mayor. She won 60% of
    the vote" → "vote (Maria Lopez)"); "" when none or the phrase names it already."""
    verb = clause_verb(site)
    if verb is None:
        return ""
    name = pronoun_subject_name(verb)
    return "" if not name or name.lower() in phrase.lower() else name


def _pronoun_owner(site: Site, phrase: str, head: Token | None) -> str:
    """Whom "its", "their" or "her" on the measured noun stands for: the subject of the
    figure's clause ("The e-commerce giant gets 60% of its revenue abroad" → "revenue
    (e-commerce giant)", "Shell said it would cut 10% of its workforce" → Shell)."""
    if head is None or not any(c.dep == "poss" and c.pos == "PRON" for c in children_of(head)):
        return ""
    verb = next((a for a in site.measure.ancestors if is_verb(a)), None)
    subject = clause_subject(verb) if verb is not None else None
    if verb is None or subject is None or subject.like_num or subject.i in site.figures:
        return ""
    return "" if subject.lower in phrase.lower().split() else who_of(verb)


def prepositional_owner(site: Site, phrase: str) -> str:
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
        if prep.pos != "ADP" or prep.lower in NOT_OWNING_PREPS or not is_verb(verb):
            return ""
        receiver = next((c for c in children_of(verb) if c.dep in ("dobj", "dative")), None)
        if receiver is not None and prep.i == receiver.right_edge.i + 1 and prep.lower == "with":
            return ""  # "landed CBS with a fine" is CBS's, "hit the coast with winds" the storm's
        named = clause_subject(verb)
        if (
            named is None
            or named.like_num
            or any(t.i in site.figures for t in subtree(named) if t.i <= named.i)
        ):
            return ""  # "hall" of "a £2m sports hall": another figure's noun owns nothing here
        return "" if named.lower in phrase.lower().split() else who_of(verb)
    return ""
