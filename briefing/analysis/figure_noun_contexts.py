"""The context strategies that read the noun phrase a figure measures.

The noun a figure counts or modifies with the words that narrow it ("cruise and
ballistic missiles", "contract with the publisher"), the object of a preposition on the
figure or its noun ("$50 billion in loans", "1,000 megawatts of capacity"), a noun set
after a figure's conversion ("a $3m (£1.6m) fine"), a noun an adjective or a possessive
measure modifies ("contracts worth $3bn", "three hours' free parking"), a noun a limit
follows ("any fee over £35m"), what a multiplier multiplies, what a predeterminer shares
and what a dimension measures. Each is named in CONTEXT_STRATEGIES (figure_contexts),
which orders them.
"""

from __future__ import annotations

from briefing.analysis.figure_clause_contexts import subject_of_a_copula
from briefing.analysis.figure_owners import owned, prepositional_owner
from briefing.analysis.figure_phrases import (
    a_time,
    children_of,
    core_of,
    determined,
    is_verb,
    phrase_of,
    subtree,
)
from briefing.analysis.figure_site import Site, a_multiplier
from briefing.analysis.lexicon import (
    CONTEXT_PREPS,
    DIMENSION_ADJECTIVES,
    LIMIT_PREPS,
    PREPOSITION_NOUNS,
    SOURCE_PREPS,
    TIME_UNITS,
    VERB_PREPS,
)
from briefing.analysis.tokens import Token


def what_a_predeterminer_shares(site: Site) -> str | None:
    """ "Half the workers went on strike", "lost half their value": a fraction before a
    determiner is a share of the noun that determiner opens."""
    if site.root.dep != "predet" or site.root.head.pos not in ("NOUN", "PROPN"):
        return None
    noun = site.root.head
    words = [t for t in subtree(noun) if t.i <= noun.i and site.outside(t) and t.dep != "det"]
    return phrase_of(words) or None


def object_of_preposition(site: Site) -> str | None:
    """The object of "of/in/for/on/worth" on the figure: "$50 billion in loans backed
    by …", "80% of their territory"."""
    for prep in children_of(site.root):
        if prep.dep == "prep" and prep.lower in CONTEXT_PREPS:
            obj = next((o for o in children_of(prep) if o.dep == "pobj"), None)
            if obj is not None and not a_time(obj):
                phrase = phrase_of(t for t in subtree(obj) if t.i not in site.figures)
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
                return owned(site, phrase, "possession", obj)
    return None


def _holder(site: Site) -> str:
    """Who holds a sum "with" it: "customers with more than $1m in deposits", "firms with
    $10bn in assets" (the noun "with" narrows); "" when "with" hangs on a verb."""
    with_ = site.root.head
    if site.kind != "money" or site.root.dep != "pobj" or with_.lower != "with":
        return ""
    holder = with_.head
    return core_of(holder) if holder.pos == "NOUN" and holder.i != with_.i else ""


def _where(prep: Token, obj: Token) -> bool:
    """ "64% in the north", "$2bn in the US": "in" before a place or a noun with its own
    determiner says where a figure holds; what it measures comes bare ("$50bn in loans",
    "£3m in damages"). Where a copula's subject says what is measured, the place only
    narrows it."""
    if prep.lower != "in":
        return False
    named_place = any(obj in ent for ent in obj.doc.ents if ent.label in ("GPE", "LOC", "FAC"))
    return named_place or determined(obj)


def _noun_phrase(site: Site, noun: Token) -> list[Token]:
    """The noun the figure counts or modifies with the words that narrow it, less the
    figure itself and the determiners and numbers before it."""
    aside = {t.i for c in children_of(noun) if _aside(c, site.figures) for t in subtree(c)}
    joined = [c for c in children_of(noun) if c.dep in ("cc", "conj") and c.i > noun.i]
    if any(t.i in site.figures for c in joined for t in subtree(c)):
        aside |= {t.i for c in joined for t in subtree(c)}  # "won 12 seats and 16.1% of
        # the vote": a figure joined after the noun measures another thing

    left_out = site.figures | aside  # other figures are not part of this one's noun,
    left_out |= {t.i for t in subtree(noun) if t.text in "()[]" and t.head.i in site.figures}
    # nor the brackets round a figure ("a $3m (£2.4m) fine")
    left_out -= {noun.i}  # the noun itself stays, even if a second figure ends on it
    tokens = [t for t in subtree(noun) if site.outside(t) and t.i not in left_out]
    tokens = [t for t in tokens if t.i >= site.first or _modifier_of(t, noun) or _narrows(site, t)]
    if site.last <= noun.i <= site.last + 4:  # every word between the figure and its noun
        between = {t.i for t in tokens} | (set(range(site.last, noun.i)) - left_out)
        tokens = [site.doc[i] for i in sorted(between)]
    return [
        t
        for t in tokens
        if t.dep not in ("det", "nummod", "quantmod", "advmod") or t.i > noun.i or t.head != noun
    ]  # a number inside a modifier stays: "a five-year $700,000 award"


def _aside(child: Token, figures: frozenset[int]) -> bool:
    """A part of a noun phrase that says when ("jobs last month") or to and from what
    level ("a rise in profits to $16bn"): another figure's business, not this one's.
    An ordinal is no level: "troops from the 82nd Airborne Division" says whose."""
    if child.dep == "npadvmod" or (a_time(child) and child.i > child.head.i):
        return True  # but a time before the noun narrows it: "a three-year grant"
    obj = next((o for o in children_of(child) if o.dep == "pobj"), None)
    if child.dep == "prep" and obj is not None and a_time(obj):
        return True  # "a 0.6% rise in November"
    return (
        child.dep == "prep"
        and child.lower in ("to", "from")
        and any(t.i in figures for t in subtree(child))
    )


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


def _a_compound_prepositions_noun(noun: Token) -> bool:
    """ "in front of", "on top of", "on behalf of": a noun that with the prepositions
    round it is one preposition, with no determiner of its own ("the front of the
    queue" is a front)."""
    if noun.lower not in PREPOSITION_NOUNS or noun.dep != "pobj":
        return False
    return not any(c.dep in ("det", "poss", "amod") for c in noun.children)


def quantified_noun_phrase(site: Site) -> str | None:
    """The phrase of the noun a figure counts or modifies, when it says more than the
    noun alone: "32 cruise and ballistic missiles" → "cruise and ballistic missiles",
    "a $150,000 contract with the publisher" → "contract with the publisher". What a
    possession verb's subject has is that subject's: "Ford has 13,000 workers in the UK"
    → "Ford has workers in the UK"."""
    noun = site.noun
    if noun is None:
        return None
    whole = phrase_of(_noun_phrase(site, noun))
    owner, prep = noun.head.head, noun.head
    owners = "named"  # "Wood has scored 22 goals", "Boeing lost a $23bn contract"
    if noun.dep == "pobj" and prep.dep == "prep" and owner.pos == "NOUN":
        if _a_compound_prepositions_noun(owner):  # "in front of 24,000 fans": the fans
            return owned(site, whole, owners)
        # "a survey of 7 countries", "price cuts on 50 products": what the phrase is on
        return owned(site, f"{core_of(owner, of_phrase=False)} {prep.text} {whole}", owners)
    if whole == noun.text:
        # "13 units", "22 goals": where the measure sits says more, unless a verb takes
        # it through a preposition that is not a level's ("came second with 4,000 votes",
        # "landed the broadcaster with a $550,000 fine"; not "finished at 3.23 shekels")
        level = noun.dep == "pobj" and prep.lower in VERB_PREPS
        if level or noun.dep != "pobj" or prep.dep != "prep" or not is_verb(owner):
            return None
        whose = prepositional_owner(site, whole)
        return f"{whole} ({whose})" if whose else whole
    return owned(site, whole, owners, noun)


def what_a_multiplier_multiplies(site: Site) -> str | None:
    """ "with almost three times as many people trying to leave as joining": a number of
    times as many or as much multiplies the noun after those words, however the parser
    hung it (here on "times")."""
    doc = site.doc
    if site.unit != "times" or not a_multiplier(doc, site.last):
        return None
    as_, many, noun = (doc.get(site.last + k) for k in (1, 2, 3))
    if as_ is None or many is None or noun is None:
        return None
    if as_.lower != "as" or many.lower not in ("many", "much") or noun.i in site.figures:
        return None
    return core_of(noun) if noun.pos in ("NOUN", "PROPN") else None


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
    return core_of(noun)


def noun_after_a_conversion(site: Site) -> str | None:
    """A noun the parser set beside the figure, after it, is the noun the figure
    modifies: it reads "a maximum $3m (£1.6m) fine for repeated violations" as "$3m",
    then "fine" restating it → "maximum fine for repeated violations"."""
    root = site.root
    noun = next(
        (c for c in children_of(root) if c.dep == "appos" and c.pos == "NOUN" and c.i > site.last),
        None,
    )
    if noun is None or _a_standing(site, noun):
        return None
    left = [c for c in children_of(root) if c.i < site.first and c.dep == "amod"]
    words = [t for t in subtree(noun) if t.i not in site.figures]
    return owned(site, phrase_of([*left, *words]), "named")


def _a_standing(site: Site, noun: Token) -> bool:
    """Whether a noun set off after the figure by a comma says how the figure stands,
    not what it measures: "dropped to 28%, its lowest level", "$3bn, the highest figure
    on record" (an owner pronoun or a superlative on it)."""
    after = site.doc.get(site.last)
    if after is None or after.text != ",":
        return False
    return any(
        (c.dep == "poss" and c.pos == "PRON") or (c.dep == "amod" and c.tag in ("JJS", "RBS"))
        for c in children_of(noun)
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
    tail = [t for t in subtree(noun) if t.i >= start and t.i not in site.figures]
    heads = [doc[i] for i in range(site.first, site.last)] + [noun]
    left = sorted(
        {
            c.i: c for h in heads for c in children_of(h) if c.i < site.first and c.dep == "amod"
        }.values(),
        key=lambda t: t.i,
    )
    words = [doc[i] for i in range(start, noun.i)] + [t for t in tail if t.i >= noun.i]
    return owned(site, phrase_of([*left, *words]), "named")  # "a maximum $3m (£1.6m) fine"


def the_noun_alone(site: Site) -> str | None:
    """The noun a figure counts, when nothing else says more: "13 units", "22 goals"."""
    return site.noun.text if site.noun is not None else None


def object_of_preposition_on_the_measure(site: Site) -> str | None:
    """The object of "of" on the noun a figure counts: "1,000 megawatts of capacity" →
    "capacity" (other prepositions there say where or when: "113 units on the test")."""
    if site.noun is None:
        return None
    of = next((c for c in children_of(site.noun) if c.dep == "prep" and c.lower == "of"), None)
    obj = next((o for o in children_of(of) if o.dep == "pobj"), None) if of is not None else None
    if obj is None or a_time(obj):
        return None
    return owned(site, phrase_of(subtree(obj)), "possession", obj)


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
    tokens = [t for t in subtree(owner) if t.i <= owner.i and t.i not in site.figures] + per
    of = next((c for c in children_of(owner) if c.dep == "prep" and c.lower in ("of", "in")), None)
    if of is not None and of != root.head and not any(t.like_num for t in subtree(of)):
        tokens += subtree(of)  # "a 26% rise in annual profits to $16.2bn"
    source = next(
        (c for c in children_of(root) if c.dep == "prep" and c.lower in SOURCE_PREPS), None
    )
    if source is not None:
        tokens += subtree(source)
    return owned(site, phrase_of(tokens), "any")


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
        t for t in subtree(noun) if t.i <= noun.i and t.i not in site.figures and site.outside(t)
    ]  # "a 40ft-high wall" → "high wall", never the figure's own words
    of = next((c for c in children_of(noun) if c.dep == "prep" and c.i == noun.i + 1), None)
    if of is not None and of.lower == "of" and not any(t.like_num for t in subtree(of)):
        words += subtree(of)  # "the 25m-long skeleton of a whale": what it is of
    return owned(site, phrase_of(words), "possession")


def noun_a_possessive_measure_modifies(site: Site) -> str | None:
    """A measure in the possessive measures the noun it modifies: "three hours' free
    parking in the town centre" → "free parking in the town centre"."""
    measure = site.measure
    noun = measure.head
    if measure.dep != "poss" or noun.pos != "NOUN" or measure.i > noun.i:
        return None
    aside = {t.i for c in children_of(noun) if _aside(c, site.figures) for t in subtree(c)}
    words = [
        t
        for t in subtree(noun)
        if site.outside(t) and t.i not in site.figures and t.i not in aside and t.dep != "case"
    ]
    words = [t for t in words if t.i > measure.right_edge.i]
    return owned(site, phrase_of(words), "possession", noun)


def what_a_dimension_measures(site: Site) -> str | None:
    """A measure before "deep", "high", "long", "wide" or "tall" set off after a noun says
    how deep or high that noun is: "landed in shallow water, just 30 feet deep" →
    "shallow water"; on a noun, that noun ("a wall 3m high" → "wall")."""
    adjective = site.measure.head
    if site.measure.dep != "npadvmod" or adjective.lower not in DIMENSION_ADJECTIVES:
        return None
    if adjective.head.pos in ("NOUN", "PROPN") and adjective.dep == "amod":
        return core_of(adjective.head, of_phrase=False)
    i = site.measure.left_edge.i - 1
    if i < 0 or site.doc[i].text != ",":
        return None
    before = site.doc.get(i - 1)
    if before is None or before.pos not in ("NOUN", "PROPN") or before.i in site.figures:
        return None
    return core_of(before, of_phrase=False)
