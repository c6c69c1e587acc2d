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

This module builds each figure (extract_figures); what it reads lives in modules of its
own, each on the ones before it:

1. the shared readings of the parse: a phrase as written, a noun's core, a time, a
   verb (figure_phrases); whom a pronoun or an age used as a noun stands for
   (figure_pronouns); a clause's subject, who did what, a clause shortened
   (figure_clauses);
2. where a figure sits (Site, Placed), its root, the noun it counts and the whole
   another figure gives (figure_site), and whose the thing it measures is
   (figure_owners);
3. the context strategies, by what they read: the noun phrase a figure measures
   (figure_noun_contexts) or the clause it sits in (figure_clause_contexts); the
   CONTEXT_STRATEGIES table and the finishing of a context are figure_contexts'.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.analysis import versions
from briefing.analysis.figure_contexts import CONTEXT_STRATEGIES, context_of
from briefing.analysis.figure_rank import KeyVerdict, is_conversion, key_verdict, rank, salience
from briefing.analysis.figure_site import (
    Placed,
    Site,
    a_multiplier,
    counted_noun,
    figure_root,
    hyphenated,
    whole_of,
)
from briefing.analysis.figure_spans import A_TIE, figure_spans
from briefing.analysis.model import Figure, Parse
from briefing.analysis.quantities import Quantity
from briefing.analysis.tokens import Doc, Token

__all__ = ["CONTEXT_STRATEGIES", "VERSION", "extract_figures"]

VERSION = versions.FIGURES  # in the cache key (analysis/versions.py)


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
    root = figure_root(doc, first, last)
    dash = doc.get(root.i + 1)
    if dash is None or dash.text != "-" or root.dep != "nummod" or root.head.i != root.i + 2:
        return None
    return root.head if root.head.pos == "NOUN" else None


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
        if not hyphenated(doc, first, last)
        for t in range(first, last)
    )  # the other figures, left out of a figure's noun phrase ("five-year" stays in)
    placed = {
        t: Placed(first, last, q.unit)
        for first, last, _label, q in spans
        for t in range(first, last)
    }
    wholes = {first: q for first, _last, _label, q in spans}
    for first, last, label, q in spans:
        whole = whole_of(doc, last, placed) if q.kind == "count" and not q.unit else None
        counted_by_whole = None
        if whole is not None and wholes[whole.first].kind != "count":
            q = replace(q, unit=whole.unit, kind=wholes[whole.first].kind)  # "40 million of
            # the 100 million euros" is 40 million euros
        elif whole is not None:  # "300 of the 2,000 tickets" counts tickets
            counted_by_whole = counted_noun(doc, whole.first, whole.last)
        score = label == "SCORE"  # one side's number in "won 28-17": it counts no noun
        if q.kind == "count" and a_multiplier(doc, last):
            q = replace(q, unit="times", kind="quantity")  # "five times as many people"
        tie = bool(A_TIE.fullmatch(doc.text(first, last)))  # "a 17-17 draw" counts no draws
        quantified = None if score else counted_noun(doc, first, last)
        noun = quantified if q.kind == "count" and not tie else None
        root = figure_root(doc, first, last)
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
        context = context_of(site)
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
