"""Which of an article's figures are key figures, and in what order.

A reader scanning a sidebar of key figures wants the numbers the story is about:
sums of money, percentages, measured amounts (ranges, distances), large counts, and
counts of people harmed, troops or weapons however small ("at least five people").
Every figure the article reports stays in its analysis (the body shows them all),
but the ones that are not news get salience 0, and a salience of 0 means "not a key
figure" (see model.key_figures). Not key:

- time spans measured back or forward from now ("the past 24 hours", "the next two
  weeks", "three years ago"; not "26 weeks before the union gave in", measured from
  what the clause tells): they date the news, they are not what it reports;
- descriptors written with a hyphen ("20-point plan", "30-day truce");
- "one" (and other counts of at most 1: "one injured civilian" is "an injured civilian");
- small counts (under 10) with no counted noun, of things already named ("the two
  leaders", "both sides") or of things outside KEY_NOUNS ("two sections");
- a sum or measure restated in another unit right after the first ("$1.13bn (£600m)");
- the same value and unit said again later in the article.

A count of people harmed ("the killing of two journalists") is key however small, and
so is how long a verb says something lasted ("the strike lasted 26 weeks before the
union gave it up"). (A match's score is no figure at all: see figure_not_a_figure.a_score.)
The rules are KEY_RULES, tried in order (rules.first_verdict);
each verdict carries the reason `briefing analyze --explain` prints as Figure.why
("not key: a time span measured from now", "key: a count of people harmed"), and
rank() adds why a key figure lost its place ("said again", "ranked lower after 2 sums
of money more salient"). The rest are ordered by kind, size and position, with
variety (see rank).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from briefing.analysis.lexicon import (
    CLAUSE_LINKS,
    DEFINITE,
    DURATION_VERBS,
    HARM_WORDS,
    KEY_NOUN_GROUPS,
    KEY_NOUNS,
    RECORD_WORDS,
    RELATIVE_AFTER,
    RELATIVE_BEFORE,
    SMALL,
)
from briefing.analysis.model import Figure, Value
from briefing.analysis.quantities import Quantity
from briefing.analysis.rules import first_verdict
from briefing.analysis.tokens import Doc, Token

KIND_WEIGHT = {"money": 1.0, "percent": 0.85, "quantity": 0.8, "count": 0.6, "duration": 0.3}
SMALL_COUNT = 10
KEY_NOUN_BONUS = 0.15
REPEAT_PENALTY = 0.2


# a figure restated in another unit: "3.1bn Australian dollars ($2.3bn; £1.8bn)"
CONVERSION_GAP = re.compile(r"\s*(?:[(;/]|or|,)\s*(?:about|around|roughly|some|c\.|or)?\s*")


@dataclass(frozen=True)
class KeyVerdict:
    """Whether a figure is key, and why, for people ("not key: one")."""

    key: bool
    reason: str


@dataclass(frozen=True)
class Candidate:
    """A figure on tokens [first, last) of `doc`, as the key rules see it: its quantity,
    the noun it counts, and the end offset and kind of the figure before it."""

    doc: Doc
    first: int
    last: int
    q: Quantity
    noun: Token | None
    previous: tuple[int, str] | None

    @cached_property
    def text(self) -> str:
        return self.doc.text(self.first, self.last)

    @cached_property
    def before(self) -> list[str]:
        """The two words before the figure, lower case."""
        return [self.doc[t].lower for t in range(max(0, self.first - 2), self.first)]

    @cached_property
    def inside(self) -> list[str]:
        return [self.doc[t].lower for t in range(self.first, self.last)]

    @cached_property
    def after(self) -> str:
        """The word after the figure, lower case ("" at the end)."""
        nxt = self.doc.get(self.last)
        return nxt.lower if nxt is not None else ""

    @cached_property
    def value(self) -> float:
        """The value, or a range's larger end."""
        return max(self.q.value) if isinstance(self.q.value, tuple) else self.q.value


def _not_key(reason: str) -> KeyVerdict:
    return KeyVerdict(False, f"not key: {reason}")


def relative_time_span(c: Candidate) -> KeyVerdict | None:
    """A time span measured back or forward from now ("the past 24 hours", "three years
    ago") dates the news; it is not what the news reports. "before" or "after" that
    opens a clause measures it from what that clause tells, not from now."""
    after = bool(RELATIVE_AFTER & {c.after, *c.inside})
    if after and c.after in CLAUSE_LINKS and _opens_clause(c.doc.get(c.last)):
        after = False
    if c.q.kind == "duration" and (RELATIVE_BEFORE & {*c.before, *c.inside} or after):
        return _not_key("a time span measured from now")
    return None


def _opens_clause(word: Token | None) -> bool:
    """Whether `word` ("before", "after") is the marker of a clause ("before the union
    gave it up"), not a preposition or an adverb ("two days before", "a week after")."""
    return word is not None and word.dep == "mark" and word.head.pos in ("VERB", "AUX")


def duration_verb(doc: Doc, first: int, last: int) -> Token | None:
    """The verb that states a time span on tokens [first, last), when it is one of
    DURATION_VERBS: the figure's head ("served 10 years", "ran for 40 years"), or the
    word right before it (or before its "for") when the parser hung the span elsewhere
    ("lasted 26 weeks before the union gave it up")."""
    root = doc.span(first, last).root
    head = root.head
    if root.dep == "pobj" and head.lower == "for":
        head = head.head
    before = doc.get(first - 1)
    if before is not None and before.lower == "for":
        before = doc.get(first - 2)
    for verb in (head, before):
        if (
            verb is not None
            and verb.pos in ("VERB", "AUX")
            and verb.lemma.lower() in DURATION_VERBS
        ):
            return verb
    return None


def duration_a_verb_states(c: Candidate) -> KeyVerdict | None:
    """ "The strike lasted 26 weeks", "he served 10 years": how long something lasted is
    what the sentence reports."""
    if c.q.kind != "duration":
        return None
    verb = duration_verb(c.doc, c.first, c.last)
    if verb is None:
        return None
    return KeyVerdict(True, f"key: how long something lasted ('{verb.text}')")


def hyphenated_descriptor(c: Candidate) -> KeyVerdict | None:
    """A number hyphenated to a word describes a noun: "20-point plan", "30-day truce"."""
    end = c.doc.parse.ends[c.last - 1]
    tail = re.search(r"[\dA-Za-z]-([A-Za-z]+)$", c.text)
    if re.match(r"-[A-Za-z]", c.doc.body[end : end + 2]) or (
        tail and tail.group(1).lower() not in SMALL
    ):
        return _not_key("a hyphenated descriptor")
    return None


_VAGUE_NUMBER = re.compile(
    r"(?:(?:many|several|some|tens|hundreds|thousands) of )?"
    r"(?:dozens|scores|hundreds|thousands|millions|billions)",
    re.IGNORECASE,
)


def a_vague_number(c: Candidate) -> KeyVerdict | None:
    """ "Thousands of people gathered", "dozens of flights", "tens of thousands": a
    plural scale word says only the order of a number, which the sidebar would print as
    an exact 1,000 or 12; the figure stays (the brief's search finds it), not key."""
    if _VAGUE_NUMBER.fullmatch(c.text.strip()):
        return _not_key("a vague number")
    return None


def how_long_a_record_stands(c: Candidate) -> KeyVerdict | None:
    """ "unemployment at a near 30 year low", "a five month high": a time span right
    before a record's word says since when the level is the lowest or highest, a
    descriptor of the level, hyphenated or not ("a 30-year low"), not a time something
    took."""
    if c.q.kind == "duration" and c.after in RECORD_WORDS:
        return _not_key("how long a record stands")
    return None


def time_span_already_named(c: Candidate) -> KeyVerdict | None:
    """ "the six months", "the full 12 months": a definite time span points back at one
    the article has already given."""
    if c.q.kind == "duration" and DEFINITE & {*c.before[-1:], *c.inside[:1]}:
        return _not_key("a time span already named")
    return None


def one(c: Candidate) -> KeyVerdict | None:
    """ "one injured civilian" is "an injured civilian": a count of at most one is not news."""
    if c.q.kind in ("count", "duration") and abs(c.value) <= 1:
        return _not_key("one")
    return None


def small_count_of_nothing_named(c: Candidate) -> KeyVerdict | None:
    """A small bare number ("two of them", "the 3") says nothing on its own."""
    if _small_count(c) and c.noun is None:
        return _not_key("a small count of nothing named")
    return None


def small_count_of_things_named(c: Candidate) -> KeyVerdict | None:
    """ "the two leaders", "both sides": a definite small count points back at things the
    article has named."""
    if not _small_count(c) or c.noun is None:
        return None
    heads = c.doc.heads
    determiners = [
        c.doc[t].lower
        for t in range(max(0, c.first - 4), c.first)
        if heads[t] == c.noun.i and c.doc[t].dep in ("det", "poss", "predet")
    ]
    if DEFINITE & {*c.before[-1:], *c.inside[:1], *determiners}:
        return _not_key("a small count of things already named")
    return None


def people_harmed(c: Candidate) -> KeyVerdict | None:
    """ "two journalists were killed", "the deaths of three miners": whatever is counted,
    a count of those harmed is news, however small."""
    noun = c.noun
    if c.q.kind != "count" or noun is None:
        return None
    harm = noun.head
    if noun.dep == "pobj" and harm.lower == "of":
        harm = harm.head
    if noun.dep in ("dobj", "nsubjpass", "pobj") and harm.lemma.lower() in HARM_WORDS:
        return KeyVerdict(True, "key: a count of people harmed")
    return None


def small_count_of_minor_things(c: Candidate) -> KeyVerdict | None:
    """ "two sections", "six banks": a few of something that is not people harmed,
    forces or weapons, jobs, seats or homes is a detail."""
    if _small_count(c) and c.noun is not None and c.noun.lemma.lower() not in KEY_NOUNS:
        return _not_key("a small count of minor things")
    return None


def is_conversion(doc: Doc, first: int, q: Quantity, previous: tuple[int, str] | None) -> bool:
    """ "$1.13bn (£600m)": whether the figure starting at token `first` restates the one
    before it (`previous`: its end offset and kind) in another unit."""
    if previous is None or q.kind not in ("money", "quantity") or previous[1] != q.kind:
        return False
    gap = doc.body[previous[0] : doc.parse.starts[first]]
    return len(gap) <= 6 and bool(CONVERSION_GAP.fullmatch(gap))


def conversion(c: Candidate) -> KeyVerdict | None:
    """A sum or measure restated in another unit right after the first is said once."""
    if is_conversion(c.doc, c.first, c.q, c.previous):
        return _not_key("a conversion of the figure before it")
    return None


def _small_count(c: Candidate) -> bool:
    return c.q.kind == "count" and abs(c.value) < SMALL_COUNT


KEY_RULES: tuple[Callable[[Candidate], KeyVerdict | None], ...] = (
    relative_time_span,
    a_vague_number,
    hyphenated_descriptor,
    how_long_a_record_stands,
    time_span_already_named,
    one,
    duration_a_verb_states,
    small_count_of_nothing_named,
    small_count_of_things_named,
    people_harmed,
    small_count_of_minor_things,
    conversion,
)
"""Whether a figure is key: the first rule that applies decides; a figure no rule
excludes is key (for the reason `_what_makes_it_key` gives)."""

KIND_REASONS = {
    "money": "money",
    "percent": "a percentage",
    "quantity": "a measured amount",
    "duration": "a time span",
}


def _what_makes_it_key(c: Candidate) -> str:
    """ "key: money", "key: a count of people", "key: a large count"."""
    if c.q.kind != "count":
        return f"key: {KIND_REASONS.get(c.q.kind, c.q.kind)}"
    lemma = c.noun.lemma.lower() if c.noun is not None else ""
    group = next((name for name, words in KEY_NOUN_GROUPS.items() if lemma in words), None)
    if group is not None:
        return f"key: a count of {group}"
    return "key: a large count" if c.noun is not None else "key: a large count of nothing named"


def key_verdict(
    doc: Doc,
    first: int,
    last: int,
    q: Quantity,
    noun: Token | None,
    previous: tuple[int, str] | None,
) -> KeyVerdict:
    """Whether the figure on tokens [first, last) is a key figure, and why. `noun` is the
    counted noun's token; `previous` the end offset and kind of the figure before it."""
    c = Candidate(doc, first, last, q, noun, previous)
    return first_verdict(KEY_RULES, c) or KeyVerdict(True, _what_makes_it_key(c))


def salience(
    q: Quantity, sentence: int, sentences: int, noun_lemma: str | None, bare: bool
) -> float:
    """How much a key figure matters, before variety: its kind, then size, then how
    early it comes. `noun_lemma` is what a count counts; `bare` a count of nothing named."""
    score = KIND_WEIGHT[q.kind]
    value = max(q.value) if isinstance(q.value, tuple) else q.value
    if q.kind == "count":
        if bare:
            score -= 0.35
        if abs(value) < SMALL_COUNT:
            score -= 0.3
        if noun_lemma in KEY_NOUNS:
            score += KEY_NOUN_BONUS
    score += 0.25 * min(1.0, math.log10(abs(value) + 1) / 9)
    score += 0.1 * (1 - sentence / max(1, sentences))
    if isinstance(q.value, tuple):
        score += 0.05
    return max(0.01, score)


def _family(f: Figure) -> str:
    """What variety is counted over: money, percentages, and each kind and unit."""
    return f.kind if f.kind in ("money", "percent") else f"{f.kind}:{f.unit}"


def _family_name(f: Figure, n: int) -> str:
    """ "1 sum of money", "2 percentages", "3 counts of drones"."""
    s = "s" if n > 1 else ""
    if f.kind == "money":
        return f"{n} sum{s} of money"
    if f.kind == "percent":
        return f"{n} percentage{s}"
    kind = {"quantity": "measure", "duration": "time span"}.get(f.kind, f.kind)
    return (
        f"{n} {kind}{s} in {f.unit}"
        if f.unit and f.kind != "count"
        else (f"{n} count{s} of {f.unit}" if f.unit else f"{n} bare {kind}{s}")
    )


def _said_before(said: dict[tuple[Value, str], set[str]], f: Figure) -> bool:
    """Whether a more salient key figure gave the same value and kind, in the same unit
    or with one of them unitless ("10million fans" … "reached 10million")."""
    units = said.setdefault((f.value, f.kind), set())
    return f.unit in units or bool(units and (not f.unit or "" in units))


def rank(figures: list[Figure]) -> tuple[Figure, ...]:
    """Key figures first, most salient first, with variety: each further sum of money,
    percentage, or count of the same thing counts a little less, so a sidebar shows
    money, counts and percentages, not only the four largest sums. A value and unit
    said again is not key the second time. Figures that are not key follow in text
    order with salience 0, so the key figures are always a prefix. Each figure's `why`
    says when it lost salience for either reason."""
    pool = sorted((f for f in figures if f.salience > 0), key=lambda f: (-f.salience, f.start))
    ranked: list[Figure] = []
    seen: dict[str, int] = {}
    said: dict[tuple[Value, str], set[str]] = {}
    repeats: list[Figure] = []
    while pool:
        best = max(
            pool, key=lambda f: (f.salience - REPEAT_PENALTY * seen.get(_family(f), 0), -f.start)
        )
        pool.remove(best)
        if _said_before(said, best):
            why = "not key: the same value as a more salient figure, said again"
            repeats.append(replace(best, salience=0.0, why=why))
            continue
        said[best.value, best.kind].add(best.unit)
        earlier = seen.get(_family(best), 0)
        adjusted = max(0.01, best.salience - REPEAT_PENALTY * earlier)
        if ranked:
            adjusted = min(adjusted, ranked[-1].salience)
        seen[_family(best)] = earlier + 1
        why = best.why
        if earlier:
            why += f" (ranked lower after {_family_name(best, earlier)} more salient)"
        ranked.append(replace(best, salience=round(adjusted, 4), why=why))
    rest = sorted([*repeats, *(f for f in figures if f.salience <= 0)], key=lambda f: f.start)
    return (*ranked, *(replace(f, salience=0.0) for f in rest))
