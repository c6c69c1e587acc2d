"""Key figures: every quantity an article reports, what it measures, and how much it matters.

figure_spans.py finds the figures and reads their values (from spaCy's numeric and
duration spans, repaired, plus the numbers the model left unlabelled; dates, years,
clock times, ordinals, model numbers and addresses dropped; ranges joined). Here
the parse, seen through the token view (tokens.py), tells what each counts (the noun
a number modifies: "70,000 more troops" → troops) and a short context phrase (the
noun phrase it measures: "$50 billion in loans backed by …" → "loans backed by …").
Finding the context is an ordered table of named strategies (CONTEXT_STRATEGIES):
the first that finds a phrase decides, and a figure none of them explains gets an
empty context (a wrong guess in a sidebar is worse than none).
figure_rank.py decides which figures are key and orders them (salience 0: reported,
shown in the body, but not a key figure).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from briefing.analysis.figure_rank import KeyVerdict, key_verdict, rank, salience
from briefing.analysis.figure_spans import figure_spans
from briefing.analysis.lexicon import CONTEXT_DROP_FIRST, CONTEXT_PREPS, SOURCE_PREPS, VERB_PREPS
from briefing.analysis.model import Figure, Parse
from briefing.analysis.quantities import Quantity
from briefing.analysis.rules import first_verdict
from briefing.analysis.tokens import Doc, Token

VERSION = "7"  # in the cache key: bump when the figures found or their fields change
MAX_CONTEXT_WORDS = 9

EDGE_WORDS = CONTEXT_DROP_FIRST | {"of", "in", "and", "to", "with", "by", "for", "on", "or", "a"}
"""Function words a context neither starts nor ends with."""

CLAUSE_BREAKS = frozenset((",", ";", ":", "–", "—", "(", ")"))
"""Punctuation that ends a context phrase: what follows is another clause or an aside."""

KEPT_PUNCT = frozenset(("-", "'s", "’s"))
"""Punctuation kept inside a phrase: hyphens and the possessive."""


def _root(doc: Doc, first: int, last: int) -> Token:
    """The figure's token whose head lies outside the figure (its last token if none)."""
    heads = doc.parse.heads
    return doc[next((t for t in range(first, last) if not first <= heads[t] < last), last - 1)]


def _counted_noun(doc: Doc, first: int, last: int) -> Token | None:
    """The noun a number counts: its head when the number is a nummod/quantmod, climbing
    over modifiers ("32 cruise and ballistic missiles" → missiles)."""
    root = _root(doc, first, last)
    if root.dep not in ("nummod", "quantmod", "compound", "amod", "nmod"):
        return None
    head = root.head
    if head.pos not in ("NOUN", "PROPN"):
        return None
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
            if head.i < c.i < head.i + 6 and c.dep == "conj" and c.tag == "NNS"
        ]
        if plural:
            head = plural[0]
    return head


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


def _phrase(tokens: Iterable[Token]) -> str:
    """The text of `tokens` as written (original spacing), cut at the first clause
    break, without leading or trailing function words."""
    kept: list[Token] = []
    for t in tokens:
        if kept and (t.text in CLAUSE_BREAKS or (t.dep == "cc" and t.i > kept[0].i + 1)):
            break
        if t.pos == "PUNCT" and t.text not in KEPT_PUNCT:
            continue
        kept.append(t)
    while kept and kept[0].lower in EDGE_WORDS:
        kept.pop(0)
    while kept and kept[-1].lower in EDGE_WORDS:
        kept.pop()
    out = ""
    for i, t in enumerate(kept):
        if i and t.idx > kept[i - 1].end_char:
            out += " "
        out += t.text
    return out


def _clip(text: str) -> str:
    """At most MAX_CONTEXT_WORDS words, cut before a trailing function word, with "…"."""
    words = text.split()
    if len(words) > MAX_CONTEXT_WORDS:
        words = words[:MAX_CONTEXT_WORDS]
        while words and words[-1].lower() in EDGE_WORDS:
            words.pop()
        return " ".join(words) + "…"
    return " ".join(words)


def _core(noun: Token) -> str:
    """A noun with the words before it that narrow it, without its determiner or what
    follows it: "Quarterly profits at US media giant TimeWarner" → "Quarterly profits"."""
    tokens = [t for t in _subtree(noun) if t.i <= noun.i and t.dep != "det"]
    return " ".join(_phrase(tokens).split()[-4:])


def _clause(verb: Token, figure: Token) -> str:
    """The clause a figure belongs to, shortened to who did what: the subject's core
    (or the noun a relative clause is about, or the verb's object), the verb with its
    auxiliaries and particle."""
    children = _children(verb)
    subject = next((t for t in children if t.dep in ("nsubj", "nsubjpass")), None)
    auxiliaries = [t for t in children if t.dep in ("aux", "auxpass", "neg")]
    if subject == figure:  # "nearly £250m could be spent on souvenirs"
        after = next((t for t in children if t.dep == "prep" and t.i > verb.i), None)
        if after is not None:
            tail = _phrase([verb, *_subtree(after)])
            return " ".join([*(t.text for t in auxiliaries), tail])
        subject = None
    who = ""
    if subject is not None and subject.pos != "PRON":
        who = _core(subject)
    elif verb.dep == "relcl" and verb.head.pos in ("NOUN", "PROPN"):
        who = _core(verb.head)
    particles = [t for t in children if t.dep == "prt"]
    verb_words = sorted([*(t for t in auxiliaries if t.i < verb.i), verb, *particles], key=_index)
    verb_phrase = " ".join(t.text for t in verb_words)
    what = ""
    obj = next((t for t in children if t.dep in ("dobj", "acomp", "attr") and t != figure), None)
    if obj is not None and obj.pos in ("NOUN", "PROPN"):
        what = _core(obj)
    elif obj is not None and obj.pos == "ADJ":
        what = obj.text  # "22 per cent were obese"
    return " ".join(part for part in (who, verb_phrase, what) if part)


def _index(t: Token) -> int:
    return t.i


def _is_verb(t: Token) -> bool:
    return t.pos in ("VERB", "AUX")


@dataclass(frozen=True)
class Site:
    """Where a figure sits in the parse: what the context strategies read."""

    doc: Doc
    first: int
    last: int
    root: Token  # the figure's token whose head lies outside it
    noun: Token | None  # the noun a count counts

    def outside(self, t: Token) -> bool:
        return not self.first <= t.i < self.last


ContextStrategy = Callable[[Site], str | None]


def object_of_preposition(site: Site) -> str | None:
    """The object of "of/in/for/on/worth" on the figure: "$50 billion in loans backed
    by …", "80% of their territory"."""
    for prep in _children(site.root):
        if prep.dep == "prep" and prep.lower in CONTEXT_PREPS:
            obj = next((o for o in _children(prep) if o.dep == "pobj"), None)
            if obj is not None:
                return _phrase(_subtree(obj))
    return None


def counted_noun_phrase(site: Site) -> str | None:
    """The phrase of the noun a count counts, with the words that narrow it: "32 cruise
    and ballistic missiles" → "cruise and ballistic missiles"."""
    noun = site.noun
    if noun is None:
        return None
    tokens = [t for t in _subtree(noun) if site.outside(t)]
    tokens = [t for t in tokens if t.i >= site.first or t.dep in ("amod", "compound", "nmod")]
    if site.last <= noun.i <= site.last + 4:  # every word between the figure and its noun
        between = {t.i for t in tokens} | set(range(site.last, noun.i))
        tokens = [site.doc[i] for i in sorted(between)]
    kept = [
        t for t in tokens if t.dep not in ("det", "nummod", "quantmod", "advmod") or t.i > noun.i
    ]
    return _phrase(kept) or None


def clause_on_the_figure(site: Site) -> str | None:
    """What a clause attached to the figure says: "the first $3.2 billion disbursed in
    January" → "first disbursed in January"."""
    root = site.root
    clause = next((c for c in _children(root) if c.dep in ("acl", "relcl")), None)
    if clause is None or root.pos == "NOUN":
        return None
    left = [c for c in _children(root) if c.i < site.first and c.dep == "amod"]
    return _phrase([*left, *_subtree(clause)])


def noun_it_measures(site: Site) -> str | None:
    """The noun the figure is a measure or a part of, and where it comes from: "a range
    of up to 2,500 kilometers", "aid (including $60 billion from the U.S.)"."""
    root = site.root
    owner = root.head.head
    if root.dep != "pobj" or owner.pos != "NOUN":
        return None
    tokens = [t for t in _subtree(owner) if t.i <= owner.i]
    source = next((c for c in _children(root) if c.dep == "prep" and c.lower in SOURCE_PREPS), None)
    if source is not None:
        tokens += _subtree(source)
    return _phrase(tokens)


def _reporting_words(site: Site) -> tuple[str, Token, Token]:
    """(preposition, word, verb) for a figure a verb may report: the figure's root, or
    the preposition or adjective it hangs from ("rose to 5%", "could be worth £500m"),
    and that word's head."""
    root, head = site.root, site.root.head
    prep = ""
    if root.dep == "pobj" and _is_verb(head.head):
        prep = head.lower if head.dep == "prep" else ""
        root, head = head, head.head
    if root.pos == "ADJ" and _is_verb(head):
        prep = prep or root.lower  # "could be worth £500m"
    elif head.pos == "ADJ" and _is_verb(head.head):
        prep, root, head = head.lower, head, head.head
    return prep, root, head


def verb_that_reports(site: Site) -> str | None:
    """Who did what, for a figure a verb reports: "profits jumped 76% to $1.13bn … from
    $639m" → "profits jumped", "profits jumped to", "profits jumped from"."""
    prep, root, verb = _reporting_words(site)
    if not _is_verb(verb) or verb == root:
        return None
    clause = _clause(verb, root)
    if prep in VERB_PREPS:
        clause += f" {prep}"
    return clause


def nearby_words(site: Site) -> str | None:
    """The words around the figure, when nothing in the parse says what it measures."""
    _, root, _ = _reporting_words(site)
    sentence = site.doc.sents[site.root.sent]
    return _phrase(t for t in sentence if 0 < abs(t.i - root.i) <= 4 and site.outside(t))


CONTEXT_STRATEGIES: tuple[ContextStrategy, ...] = (
    object_of_preposition,
    counted_noun_phrase,
    clause_on_the_figure,
    noun_it_measures,
    verb_that_reports,
    nearby_words,
)
"""How to find what a figure measures, most specific first; the first phrase found wins."""


def _context(site: Site) -> str:
    """A short phrase saying what the figure measures ("" when nothing says)."""
    return _clip(first_verdict(CONTEXT_STRATEGIES, site) or "")


def _unit(q: Quantity, noun: Token | None) -> str:
    """A count's unit is the noun it counts (as written when a name: "12 Labour MPs")."""
    if q.kind != "count" or noun is None:
        return q.unit
    return noun.lower if noun.pos == "NOUN" else noun.text


def extract_figures(body: str, parse: Parse) -> tuple[Figure, ...]:
    """Every figure in `body`: the key figures, most salient first, then the rest in
    text order with salience 0 (see figure_rank)."""
    doc = Doc(body, parse)
    figures: list[Figure] = []
    n_sentences = len(parse.sentences)
    previous: tuple[int, str] | None = None
    for first, last, _label, q in figure_spans(body, parse):
        noun = _counted_noun(doc, first, last) if q.kind == "count" else None
        site = Site(doc, first, last, _root(doc, first, last), noun)
        sentence = parse.sentence_of_token(first)
        start, end = parse.starts[first], parse.ends[last - 1]
        verdict: KeyVerdict = key_verdict(doc, first, last, q, noun, previous)
        lemma = noun.lemma.lower() if noun is not None else None
        figures.append(
            Figure(
                text=doc.text(first, last),
                value=q.value,
                unit=_unit(q, noun),
                kind=q.kind,
                context=_context(site),
                start=start,
                end=end,
                sentence=sentence,
                salience=salience(q, sentence, n_sentences, lemma, noun is None)
                if verdict.key
                else 0.0,
                why=verdict.reason,
            )
        )
        previous = (end, q.kind)
    return rank(figures)
