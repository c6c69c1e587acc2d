"""Finding what a figure measures: CONTEXT_STRATEGIES, the ordered table of named
strategies, and the finishing of the phrase the first of them finds (context_of).

The strategies live by what they read in figure_noun_contexts and figure_clause_contexts;
here are the two that find a context by another figure's or noun's (a figure set beside
a noun restates it: appositive; a figure joined to another measures what that one does:
conjoined_figure), as they ask context_of again. context_of then drops what belongs to
the figure (its bound, a multiplier's words, another figure's amount), adds a named owner
the phrase does not hold ("(Dell)") and clips it to MAX_CONTEXT_WORDS words,
MAX_OWNED_WORDS with the owner.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.analysis.figure_clause_contexts import (
    a_change_hung_on_its_level,
    a_count_sharing_the_noun_before,
    a_margin_of_a_comparison,
    clause_on_the_figure,
    list_item,
    part_of_a_whole,
    place_a_distance_is_measured_from,
    race_a_distance_names,
    race_a_time_was_run_in,
    subject_of_a_copula,
    subject_of_a_gapped_clause,
    verb_that_reports,
    what_a_verb_leaves,
    what_lasted,
    what_moved_up_or_down,
    whose_age,
)
from briefing.analysis.figure_clauses import who_did_what
from briefing.analysis.figure_noun_contexts import (
    noun_a_limit_follows,
    noun_a_possessive_measure_modifies,
    noun_after_a_bracketed_conversion,
    noun_after_a_conversion,
    noun_an_adjective_measures,
    noun_it_measures,
    object_of_preposition,
    object_of_preposition_on_the_measure,
    quantified_noun_phrase,
    the_noun_alone,
    what_a_dimension_measures,
    what_a_multiplier_multiplies,
    what_a_predeterminer_shares,
)
from briefing.analysis.figure_owners import named_owner, owned
from briefing.analysis.figure_phrases import EDGE_WORDS, children_of, is_verb, phrase_of, subtree
from briefing.analysis.figure_site import Site, counted_noun
from briefing.analysis.lexicon import DIMENSION_ADJECTIVES, NO_SUBJECT_OPENERS, SHARE_NOUNS
from briefing.analysis.quantities import CURRENCY_WORDS
from briefing.analysis.rules import first_verdict
from briefing.analysis.tokens import Token

MAX_CONTEXT_WORDS = 9
MAX_OWNED_WORDS = 12  # with the owner in brackets

ContextStrategy = Callable[[Site], str | None]


def _counted_by_a_figure(noun: Token, site: Site) -> bool:
    """Whether another figure counts `noun` ("21 sports"): then a count beside it or
    joined to it is the next item of a list."""
    return any(
        c.dep == "nummod" and c.i in site.figures and site.outside(c) for c in children_of(noun)
    )


def appositive(site: Site) -> str | None:
    """A figure set beside a noun restates it: "a larger battery, 4,500 mAh" → "larger
    battery"."""
    measure = site.measure
    if measure.dep != "appos" or measure.head.pos not in ("NOUN", "PROPN"):
        return None
    noun = measure.head
    if noun.i == site.first - 1 and noun.dep in ("dobj", "attr") and is_verb(noun.head):
        # "hit a record $4bn": a noun right before the figure, with no comma or bracket
        # between, modifies it; what the clause says is what is measured
        return who_did_what(noun.head, noun.text)
    if site.noun is not None and _counted_by_a_figure(noun, site):
        return None  # "Ten days of competition, 21 sports": a list of counts, no restatement
    if noun.lemma.lower() in SHARE_NOUNS and site.depth <= 3:  # "more than half (55%)":
        share = Site(site.doc, noun.i, noun.i + 1, noun, None, site.depth + 1, site.figures)
        return context_of(share) or None  # what the share is of
    words = [t for t in subtree(noun) if t.i <= noun.i and t.dep != "det"]
    return owned(site, phrase_of(words), "possession")


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
    noun = counted_noun(site.doc, head.i, head.i + 1)  # "three or four defenders"
    joined = Site(site.doc, head.i, head.i + 1, head, noun, site.depth + 1, site.figures)
    phrase = context_of(joined)
    if run_into and phrase.endswith(" to"):
        phrase = phrase[: -len(" to")]  # the level's "rose to"; the change only "rose"
    return phrase or None


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
    what_a_verb_leaves,
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


def context_of(site: Site) -> str:
    """A short phrase saying what the figure measures ("" when nothing says), with whose
    it is when the phrase does not say and the clause's subject is a name."""
    phrase = first_verdict(CONTEXT_STRATEGIES, site) or ""
    phrase = _BOUND_OPENING.sub("", phrase)  # "Up to 1.4m workers" → "workers", not "Up to"
    phrase = _MULTIPLIER_WORDS.sub("", phrase)  # "three times as many people" → "people"
    if site.unit == "times":  # "has 40 times the resolution": the multiplier's word
        phrase = " ".join(w for w in phrase.split(" ") if w != "times")
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
        owner = named_owner(site, phrase)
        if owner:
            phrase = f"{phrase} ({owner})"
    return _clip(phrase)


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
