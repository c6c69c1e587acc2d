"""The readings of the parse every part of the figures stage shares: phrases and nouns.

A phrase as written, cut at a clause break and without the function words at its ends
(phrase_of); a noun with the words that narrow it and the "of" phrase that says what it
is of ("the price of oil", "profits at Renault": core_of); a subtree or a token's
children within its sentence (subtree, children_of); and whether a noun names a time
(a_time), has a determiner of its own (determined), or a token is a verb (is_verb).

Kept apart because the clauses, the owners, the site of a figure and every context
strategy read through them, and none of them reads back.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.analysis.lexicon import CONTEXT_DROP_FIRST, NARROWING_PREPS, OWNER_PREPS, PERIOD_NOUNS
from briefing.analysis.tokens import Token

CORE_WORDS = 4

EDGE_WORDS = CONTEXT_DROP_FIRST | {"of", "in", "and", "to", "with", "by", "for", "on", "or", "a"}
"""Function words a context neither starts nor ends with."""

CLAUSE_BREAKS = frozenset((",", ";", ":", "–", "—", "(", ")"))
"""Punctuation that ends a context phrase: what follows is another clause or an aside."""

KEPT_PUNCT = frozenset(("-", "'s", "’s"))
"""Punctuation kept inside a phrase: hyphens and the possessive."""


def subtree(tok: Token) -> list[Token]:
    """`tok.subtree` within its sentence: a parse whose arcs cross a sentence break
    (a heading run into the next line) must not pull the next sentence into a phrase."""
    sentence = tok.doc.sents[tok.sent]
    members, todo = {tok.i}, [tok]
    while todo:
        for child in children_of(todo.pop()):
            if child in sentence and child.i not in members:
                members.add(child.i)
                todo.append(child)
    return [tok.doc[i] for i in sorted(members)]


def children_of(tok: Token) -> list[Token]:
    """`tok.children` within its sentence (see subtree)."""
    sentence = tok.doc.sents[tok.sent]
    return [c for c in tok.children if c in sentence]


def phrase_of(tokens: Iterable[Token], within_name: bool = False) -> str:
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


def _narrowing_object(prep: Token, nominal: tuple[str, ...] = ("NOUN",)) -> Token | None:
    """The object of a preposition that narrows the noun before it ("demand for electric
    cars", "unemployment among young people"; see NARROWING_PREPS): a noun of a `nominal`
    part of speech that is no time ("sales in May" says when); None otherwise."""
    if prep.lower not in NARROWING_PREPS:
        return None
    obj = next((o for o in children_of(prep) if o.dep == "pobj"), None)
    if obj is None or obj.pos not in nominal or a_time(obj):
        return None
    return obj


def _narrowed_before_a_number(prep: Token) -> str:
    """The noun a narrowing phrase names when a number follows it in that phrase
    ("obesity rates among children aged 10 to 11" → " among children"): the number is
    another figure's, the noun still says whose rates; "" for a number on the noun
    itself ("demand for 500 homes")."""
    obj = _narrowing_object(prep)
    if obj is None or any(t.like_num for t in subtree(obj) if t.i <= obj.i):
        return ""
    return f" {prep.text} {core_of(obj, of_phrase=False)}"


def _second_narrowing(noun: Token, of: Token) -> str:
    """A second phrase narrowing a noun right after its "of" phrase ("the number of
    people in Queensland without power"): the parser hangs it on the noun, and it is
    part of what is counted; "" when there is none, or it holds a number or a time."""
    end = max(t.i for t in subtree(of))
    then = next(
        (c for c in children_of(noun) if c.dep == "prep" and c.i == end + 1 and c.lower != "of"),
        None,
    )
    obj = _narrowing_object(then) if then is not None else None
    if then is None or obj is None or any(t.like_num for t in subtree(then)):
        return ""
    return f" {then.text} {phrase_of(subtree(obj), within_name=True)}"


def core_of(noun: Token, of_phrase: bool = True) -> str:
    """A noun with the words before it that narrow it, without its determiner or most of
    what follows it: "Quarterly profits at the media giant" → "Quarterly profits".
    A name is kept whole ("S&P/TSX Renewable Energy and Clean Technology Index"); other
    nouns keep their last CORE_WORDS words, and the "of" phrase right after them, which
    says what they are of ("the price of oil"), or an "at/for/in" phrase of a name,
    which says whose they are ("profits at Renault", "unemployment in Portugal")."""
    tokens = [t for t in subtree(noun) if t.i <= noun.i and t.dep != "det"]
    if noun.pos == "NOUN":  # a number on a common noun is a figure ("a record 32 goals"),
        tokens = [t for t in tokens if not (t.dep == "nummod" and t.head == noun) or _in_name(t)]
    tokens += [c for c in children_of(noun) if c.i == noun.i + 1 and _in_name(c)]  # "S&P 500"
    words = phrase_of(tokens, within_name=True).split()  # on a name part of it ("iPhone 11")
    named = all(t.pos in ("PROPN", "CCONJ", "PUNCT", "SYM", "PART") for t in tokens)
    cut = words if named else words[-CORE_WORDS:]
    if cut and cut[0].lower() in ("and", "or", "&"):  # never open on a conjunction: "Gold
        cut = words[-CORE_WORDS - 1 :] if len(words) == CORE_WORDS + 1 else cut[1:]  # and …"
    core = " ".join(cut)
    of = next(
        (
            c
            for c in children_of(noun)
            if c.dep == "prep" and c.lower in OWNER_PREPS | NARROWING_PREPS
        ),
        None,
    )
    if not of_phrase or of is None or of.i != noun.i + 1:
        return core
    obj = next((o for o in children_of(of) if o.dep == "pobj"), None)
    if any(t.like_num for t in subtree(of)):
        return core + _narrowed_before_a_number(of)
    nominal = ("NOUN", "ADJ", "PROPN") if of.lower == "between" else ("NOUN",)
    if _narrowing_object(of, nominal) is not None and obj is not None:
        # "demand for electric cars", "the gap between the richest and the poorest"
        pair = phrase_of(subtree(obj), within_name=True)
        if of.lower == "between" and " and " not in pair:
            pair += _other_end(noun, obj)
        return f"{core} {of.text} {pair}"
    if of.lower != "of" and (obj is None or obj.pos != "PROPN" or a_time(obj)):
        return core  # "profits at the media giant": the giant is another phrase's business
    if of.lower == "of" or obj is None:
        of_words = phrase_of(subtree(of), within_name=True)  # "the pace of price rises"
        return f"{core} of {of_words}{_second_narrowing(noun, of)}"
    return f"{core} {of.text} {phrase_of(subtree(obj), within_name=True)}"  # "profits at Fiat"


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
    cc = next((c for c in children_of(noun) if c.dep == "cc" and c.i == first_end.i + 1), None)
    other = next((c for c in children_of(noun) if c.dep == "conj" and c.i > first_end.i), None)
    if cc is None or other is None or cc.lower != "and":
        return ""
    return " and " + phrase_of(subtree(other), within_name=True)


def a_time(t: Token) -> bool:
    """Whether a noun names a time or a period ("for the year ending Oct. 31", "in
    March"): when a figure holds, not what it measures."""
    return t.lemma.lower() in PERIOD_NOUNS or any(
        t in ent for ent in t.doc.ents if ent.label in ("DATE", "TIME")
    )


def determined(noun: Token) -> bool:
    """Whether a noun has a determiner or an owner of its own ("the effects", "his
    body"): a noun phrase apart, not one more head of the phrase before it."""
    return any(c.dep in ("det", "poss") for c in children_of(noun))


def is_verb(t: Token) -> bool:
    return t.pos in ("VERB", "AUX")
