"""Extractive summaries: sumy's summarisers, and briefing's own default, on stored sentences.

sumy never tokenises here (its Tokenizer needs NLTK punkt data): each sentence of
the cached parse becomes a `sumy.models.dom.Sentence` with our word tokenizer, and
every summariser's sentence ratings are read back through the sentence's index in
the document, never by searching for its text.

The default, "briefing", is built for news. A sentence is central when its words and
phrases recur in many other sentences (what an article keeps coming back to is what
it is about); a brief of a few sentences adds a small lead prior (news is written
top-down) and shows only sentences that stand alone (no bylines, time stamps,
captions, questions, bare quotes or fragments), while an extract (a share of the
article) leaves out only the text around the story. Near-duplicates are removed by
maximal marginal relevance.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from briefing.analysis import versions
from briefing.analysis.model import Parse, SummarySentence
from briefing.analysis.options import DEFAULT_ALGORITHM, Length, check_algorithm
from briefing.analysis.summary_rules import (
    BROKEN,
    NO_WORDS,
    WORD,
    brief_reason,
    caption_label,
    not_story_reason,
)
from briefing.analysis.summary_select import select_units
from briefing.analysis.summary_units import Unit, reading_units

VERSION = versions.SUMMARY  # in the cache key (analysis/versions.py)
LANGUAGE = "english"


class WordTokenizer:
    """What sumy needs from a tokenizer, without NLTK: words of one sentence."""

    language = LANGUAGE

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return tuple(WORD.findall(text))

    @staticmethod
    def to_sentences(paragraph: str) -> tuple[str, ...]:
        return (paragraph,)


@cache
def _stemmer() -> Any:
    from sumy.nlp.stemmers import Stemmer

    return Stemmer(LANGUAGE)


@cache
def _stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words(LANGUAGE))


def _make(name: str, document: Any) -> Any:
    """A configured sumy summariser."""
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "edmundson": EdmundsonSummarizer,
        "kl": KLSummarizer,
        "sum-basic": SumBasicSummarizer,
        "reduction": ReductionSummarizer,
    }
    summarizer = classes[name](_stemmer())
    summarizer.stop_words = _stop_words()
    if name == "edmundson":
        # Edmundson's cue method needs bonus and stigma words; the article's own most
        # frequent content words are its best "bonus" cue, hedges and attributions the stigma.
        counts = Counter(
            w.lower()
            for s in document.sentences
            for w in s.words
            if w.lower() not in _stop_words() and not w.isdigit()
        )
        summarizer.bonus_words = tuple(w for w, _ in counts.most_common(12))
        summarizer.stigma_words = ("said", "says", "told", "reportedly", "allegedly", "however")
        summarizer.null_words = tuple(_stop_words())
    return summarizer


def _document(texts: Sequence[str]) -> Any:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = WordTokenizer()
    return ObjectDocumentModel((Paragraph(tuple(Sentence(t, tokenizer) for t in texts)),))


def sumy_ratings(name: str, texts: Sequence[str]) -> list[float]:
    """Each sentence's rating by sumy summariser `name` (higher is better).

    sumy's summarisers all end in `_get_best_sentences(sentences, count, rating)`;
    we capture `rating` there and read it per sentence index.
    """
    document = _document(texts)
    summarizer = _make(name, document)
    captured: dict[str, Any] = {}

    def capture(sentences: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> tuple:
        captured["rate"] = (
            (lambda s: rating[s])
            if isinstance(rating, dict)
            else (lambda s: rating(s, *args, **kwargs))
        )
        return ()

    summarizer._get_best_sentences = capture
    summarizer(document, len(texts))
    rate: Callable[[Any], float] = captured["rate"]
    ratings = []
    for sentence in document.sentences:
        try:
            ratings.append(float(rate(sentence)))
        except (KeyError, ZeroDivisionError):
            ratings.append(0.0)
    return ratings


# -- briefing's own summariser ----------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """The Snowball stem of a lower-case word, remembered: an article repeats its words,
    and stemming is most of the default summariser's time."""
    return str(_stemmer()(word))


def bag_of_words(text: str) -> Counter[str]:
    """Stems of the content words of `text`, counted: what near-duplicates share."""
    stop = _stop_words()
    return Counter(stem(w.lower()) for w in WORD.findall(text) if w.lower() not in stop)


@dataclass(frozen=True)
class Weights:
    """How the default rates sentences for one kind of length.

    `lead` is the weight of the lead prior against centrality (whose best is 1) and
    `lead_decay` how fast it fades, in fit sentences; `length_norm` the exponent of the
    word count that centrality is divided by; `phrases` how much a recurring pair of
    adjacent words counts against a recurring word; `redundancy` the cosine from which a
    sentence is a near-duplicate of one already picked; `standalone` whether every
    sentence must stand alone (a brief) or only text around the story is left out (an
    extract, read in order like a shortened article); `context` whether a sentence whose
    opener points back comes only with the sentence before it; `antecedent` how much the
    sentence it then brings along counts when the pair is rated (1: the two ratings'
    mean; less: the pair is rated mostly by the sentence that needs the other).
    """

    lead: float
    lead_decay: float
    length_norm: float
    phrases: float
    redundancy: float
    standalone: bool
    context: bool = True
    antecedent: float = 1.0


BRIEF_WEIGHTS = Weights(
    lead=0.2,
    lead_decay=5.0,
    length_norm=0.0,
    phrases=0.5,
    redundancy=0.6,
    standalone=True,
    antecedent=0.25,
)
"""A brief of a few sentences: each must stand alone and say much, so long central
sentences win (no length normalisation), and the news lead gets a nudge. A central
sentence whose opener points back ("He warned...") is worth its place in a brief with
the sentence before it as context, so that sentence counts a quarter in the pair's
rating: with the plain mean a weaker lead before it made the pair give way to a lesser
sentence. A quarter was chosen on the BBC development set, each half apart (ROUGE-2 at
3 sentences, weights 0 to 1: a flat best from 0.1 to 0.25 on both halves, +0.1 and +0.9
over the mean); CNN/DailyMail is unchanged by it."""
EXTRACT_WEIGHTS = Weights(
    lead=0.0, lead_decay=5.0, length_norm=0.3, phrases=0.25, redundancy=0.8, standalone=False
)
"""An extract (a share of the article's sentences): the sentences are read in order,
so only text around the story is left out; every pick must earn its place, so
centrality is partly normalised by length, and only near-copies count as redundant."""


def recurrence(
    stems: Sequence[Sequence[str]], pairs: Sequence[Sequence[tuple[str, str]]], phrases: float
) -> list[float]:
    """Each sentence's centrality: for every word (and, weighted by `phrases`, every pair
    of adjacent words) it contains, the number of other sentences that repeat it.

    What an article keeps coming back to is what it is about; a sentence that gathers
    many of those words and phrases says much of the article. Unlike TextRank or
    Reduction this is not divided by the lengths of the other sentences, so a short
    sentence that repeats a key word counts as much as a long one."""
    words = Counter(w for s in stems for w in set(s))
    phrase_counts = Counter(p for s in pairs for p in set(s))
    return [
        sum(words[w] - 1 for w in s) + phrases * sum(phrase_counts[p] - 1 for p in ps)
        for s, ps in zip(stems, pairs, strict=True)
    ]


_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _verb_offsets(parse: Parse, index: int, finite: bool = False) -> list[int]:
    """Sentence-relative offsets of the verbs of sentence `index` (only the finite ones)."""
    start = parse.sentences[index][0]
    return [
        parse.starts[t] - start
        for t in parse.sentence_tokens(index)
        if parse.pos[t] in ("VERB", "AUX") and (not finite or parse.tags[t] in _FINITE)
    ]


def _joined(texts: Sequence[str], unit: Unit) -> str:
    return " ".join(texts[i].strip() for i in unit.members)


def unit_reasons(
    texts: Sequence[str],
    units: Sequence[Unit],
    parse: Parse | None = None,
    weights: Weights = BRIEF_WEIGHTS,
) -> list[str | None]:
    """Why each unit may not be shown (None when it may): text around the story always;
    in a brief also fragments, questions, bare quotes and the pieces of a broken
    sentence (a brief lists its sentences one by one, so they would show as fragments);
    and a quotation mark never closed or never opened."""
    reasons: list[str | None] = []
    for unit in units:
        text = _joined(texts, unit)
        words = len(WORD.findall(text))
        first = unit.members[0]
        caption = parse is not None and caption_label(
            texts[first], _verb_offsets(parse, first, finite=True)
        )
        reason = not_story_reason(text, words, caption) or unit.problem
        if reason is None and weights.standalone:
            has_verb = parse is None or any(_verb_offsets(parse, i) for i in unit.members)
            reason = BROKEN if unit.broken else brief_reason(text, words, has_verb, caption)
        reasons.append(reason)
    return reasons


def unit_ratings(
    texts: Sequence[str],
    units: Sequence[Unit],
    reasons: Sequence[str | None],
    weights: Weights = BRIEF_WEIGHTS,
) -> list[float]:
    """Each unit's rating: centrality (recurrence, normalised by length as `weights` say,
    and per sentence for a quotation over several) plus a lead prior over the units that
    may be shown; the others sink to the bottom."""
    stop = _stop_words()
    tokens = [[w.lower() for w in WORD.findall(_joined(texts, u))] for u in units]
    all_stems = [[stem(w) for w in ws] for ws in tokens]
    stems = [
        [s for w, s in zip(ws, ss, strict=True) if w not in stop]
        for ws, ss in zip(tokens, all_stems, strict=True)
    ]
    # adjacent word pairs, function words included: "chief executive of the firm"
    # recurs as "executive of", "of the", "the firm"
    pairs = [list(pairwise(ss)) for ss in all_stems]
    centrality = [
        v / max(1, len(s)) ** weights.length_norm / u.sentences
        for v, s, u in zip(recurrence(stems, pairs, weights.phrases), stems, units, strict=True)
    ]
    shown = [r is None for r in reasons]
    top = max((c for c, ok in zip(centrality, shown, strict=True) if ok), default=0.0) or 1.0
    ratings = []
    position = 0  # among units that may be shown: a byline does not push the lead down
    for c, ok in zip(centrality, shown, strict=True):
        score = c / top + weights.lead * math.exp(-position / weights.lead_decay)
        if ok:
            position += 1
        else:
            score -= 10.0
        ratings.append(score)
    return ratings


def briefing_ratings(
    texts: Sequence[str], parse: Parse | None = None, weights: Weights = BRIEF_WEIGHTS
) -> list[float]:
    """Each sentence's rating: that of its unit (see `reading_units`)."""
    units = reading_units(texts)
    reasons = unit_reasons(texts, units, parse, weights)
    ratings = [0.0] * len(texts)
    for unit, rating in zip(units, unit_ratings(texts, units, reasons, weights), strict=True):
        for i in unit.members:
            ratings[i] = rating
    return ratings


def select_mmr(
    ratings: Sequence[float],
    texts: Sequence[str],
    count: int,
    redundancy: float = 0.6,
    units: Sequence[Sequence[int]] | None = None,
) -> list[int]:
    """Pick `count` sentences by rating, a unit's pieces together and only while they
    fit, skipping near-duplicates of units already picked (a very repetitive article
    is filled up regardless, and pieces are taken alone when no whole unit fits)."""
    units = units if units is not None else [[i] for i in range(len(texts))]
    bags = [bag_of_words(" ".join(texts[i] for i in unit)) for unit in units]
    return select_units(ratings, bags, units, count, redundancy).chosen


@dataclass(frozen=True)
class Dropped:
    """A sentence the summary leaves out (its index in the parse, as in
    SummarySentence.sentence) and why, in words for `briefing analyze --explain`."""

    sentence: int
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "reason": self.reason}


@dataclass(frozen=True)
class _Choice:
    spans: list[tuple[int, int]]
    chosen: list[int]
    """Positions in `spans`, best first."""
    dropped: dict[int, str]
    """Position in `spans` → why it was left out."""


def _choose(body: str, parse: Parse, algorithm: str, length: str | Length) -> _Choice:
    check_algorithm(algorithm)
    length = length if isinstance(length, Length) else Length.parse(length)
    spans = [(s, e) for s, e in parse.sentences if body[s:e].strip()]
    if not spans:
        return _Choice([], [], {})
    texts = [body[s:e] for s, e in spans]
    count = length.sentences(len(texts))
    if algorithm != DEFAULT_ALGORITHM:
        ratings = sumy_ratings(algorithm, texts)
        chosen = sorted(range(len(texts)), key=lambda i: (-ratings[i], i))[:count]
        below = f"rated below the {count} chosen by {algorithm}"
        return _Choice(spans, chosen, {i: below for i in range(len(texts)) if i not in chosen})
    weights = EXTRACT_WEIGHTS if length.kind == "percent" else BRIEF_WEIGHTS
    units = reading_units(texts)
    reasons = unit_reasons(
        texts, units, parse if len(spans) == len(parse.sentences) else None, weights
    )
    ratings = unit_ratings(texts, units, reasons, weights)
    index_of = {span: k for k, span in enumerate(parse.sentences)}
    selection = select_units(
        ratings,
        [bag_of_words(_joined(texts, u)) for u in units],
        [u.members for u in units],
        count,
        weights.redundancy,
        [u.needs for u in units] if weights.context else None,
        reasons,
        [index_of[span] for span in spans],
        never={k for k, u in enumerate(units) if u.problem is not None},
        antecedent_weight=weights.antecedent,
    )
    return _Choice(spans, selection.chosen, selection.dropped)


def summarize(
    body: str, parse: Parse, algorithm: str, length: str | Length
) -> tuple[SummarySentence, ...]:
    """The summary of `body` in document order, each sentence with offsets and rank."""
    choice = _choose(body, parse, algorithm, length)
    rank = {i: r for r, i in enumerate(choice.chosen, 1)}
    index_of = {span: k for k, span in enumerate(parse.sentences)}
    return tuple(
        SummarySentence(body[s:e], s, e, index_of[(s, e)], rank[i])
        for i, (s, e) in enumerate(choice.spans)
        if i in rank
    )


def dropped_sentences(
    body: str, parse: Parse, algorithm: str, length: str | Length
) -> tuple[Dropped, ...]:
    """Every sentence of the parse that `summarize` leaves out, in order, with why:
    what `briefing analyze --explain` prints under the summary. Pure and cheap (the
    same choice as `summarize`, from the stored parse), so it is never cached."""
    choice = _choose(body, parse, algorithm, length)
    position = {span: i for i, span in enumerate(choice.spans)}
    out = []
    for k, span in enumerate(parse.sentences):
        i = position.get(span)
        if i is None:
            out.append(Dropped(k, NO_WORDS))
        elif i in choice.dropped:
            out.append(Dropped(k, choice.dropped[i]))
    return tuple(out)
