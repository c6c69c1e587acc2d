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
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

from briefing.analysis.model import Parse, SummarySentence
from briefing.analysis.options import (  # the names, re-exported for the stage's readers
    DEFAULT_ALGORITHM,
    Length,
    check_algorithm,
)
from briefing.analysis.similarity import cosine

VERSION = "6"
LANGUAGE = "english"

_WORD = re.compile(r"\w+(?:['’]\w+)*")


class WordTokenizer:
    """What sumy needs from a tokenizer, without NLTK: words of one sentence."""

    language = LANGUAGE

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(text))

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

_BYLINE = re.compile(
    r"^(?:By\s+\.|By\s+(?:[A-Z][\w'’.-]*\s*)+(?:[,|]|$)|"
    r"(?i:published:|updated:|last updated|posted:|follow\s+@|click here|scroll down|"
    r"read more|image:|photo:|picture:|video:|copyright|\(cnn\)\s*$))"
)
_TIMESTAMP = re.compile(r"\b\d{1,2}:\d{2}\s*(?:EST|GMT|BST|ET|UTC)\b|\|\s*$")
_PICTURED = re.compile(
    r"\((?:pictured|left|right|centre|center|top|bottom|above|below|inset)\)|\bpictured\b",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^([^\W\d_][^:]{0,40}):\s+\S")
_ENDS_SENTENCE = (".", "!", "?", '"', "'", "”", "’", ")")


def caption_label(text: str, finite_verb_offsets: Sequence[int] = ()) -> bool:
    """A photo caption's label: "Campaign: Magic Johnson has..." or "Intensively farmed:
    Jumbo prawns..." — at most four words and no finite verb before the colon ("He
    said: ..." is a quote, not a caption). `finite_verb_offsets` are the
    sentence-relative offsets of its finite verbs (past or present tense, modals)."""
    match = _LABEL.match(text.strip())
    if match is None:
        return False
    label_end = len(text) - len(text.lstrip()) + match.end(1)
    return 1 <= len(_WORD.findall(match.group(1))) <= 4 and not any(
        o < label_end for o in finite_verb_offsets
    )


def is_not_story(text: str, words: int, caption: bool = False) -> bool:
    """Text around the story rather than of it: bylines, time stamps, photo captions,
    all-caps banners, and sentences without a word (a stray closing quote)."""
    stripped = text.strip()
    if words == 0 or caption or stripped.isupper():
        return True
    return any(p.search(stripped) for p in (_BYLINE, _TIMESTAMP, _PICTURED))


def starts_lowercase(text: str) -> bool:
    """The rest of a sentence the source broke in two ("but I think it isn't."); a
    name written in lower case ("eBay", "iPod") has a capital inside and is not."""
    first = _WORD.match(text.strip())
    return first is not None and first.group().islower() and text.strip()[:1].isalpha()


def is_cut(text: str, next_text: str | None) -> bool:
    """The first part of a sentence the source broke in two: no closing punctuation (or a
    full stop set apart, as layouts add at a line break) and the next part goes on in
    lower case."""
    stripped = text.strip()
    if next_text is None or not starts_lowercase(next_text):
        return False
    return stripped.endswith(" .") or not stripped.endswith(_ENDS_SENTENCE)


def is_unfit_for_brief(text: str, words: int, has_verb: bool, caption: bool = False) -> bool:
    """Sentences a brief of a few sentences should not show, as each must stand alone:
    text around the story, fragments (short, verbless, or going on from a sentence
    before), questions and bare quotes. (Both parts of a sentence the source broke in
    two are left out as one unit: see `sentence_units`.)"""
    stripped = text.strip()
    if is_not_story(text, words, caption) or words < 6 or not has_verb:
        return True
    if starts_lowercase(stripped):
        return True
    if stripped.endswith("?") or stripped.endswith('?"') or stripped.endswith("?”"):
        return True
    return stripped[:1] in "\"“'‘" and stripped.rstrip(".")[-1:] in "\"”'’"


def _bag(text: str) -> Counter[str]:
    stem = _stemmer()
    return Counter(stem(w.lower()) for w in _WORD.findall(text) if w.lower() not in _stop_words())


@dataclass(frozen=True)
class Weights:
    """How the default rates sentences for one kind of length.

    `lead` is the weight of the lead prior against centrality (whose best is 1) and
    `lead_decay` how fast it fades, in fit sentences; `length_norm` the exponent of the
    word count that centrality is divided by; `phrases` how much a recurring pair of
    adjacent words counts against a recurring word; `redundancy` the cosine from which a
    sentence is a near-duplicate of one already picked; `standalone` whether every
    sentence must stand alone (a brief) or only text around the story is left out (an
    extract, read in order like a shortened article).
    """

    lead: float
    lead_decay: float
    length_norm: float
    phrases: float
    redundancy: float
    standalone: bool


BRIEF_WEIGHTS = Weights(
    lead=0.2, lead_decay=5.0, length_norm=0.0, phrases=0.5, redundancy=0.6, standalone=True
)
"""A brief of a few sentences: each must stand alone and say much, so long central
sentences win (no length normalisation), and the news lead gets a nudge."""
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


def sentence_units(texts: Sequence[str]) -> list[list[int]]:
    """The article's sentences as a reader sees them: a run of pieces the source broke
    apart (a line break in the middle of a sentence) is one unit, else one sentence each."""
    units: list[list[int]] = []
    for i, text in enumerate(texts):
        if units and is_cut(texts[i - 1], text):
            units[-1].append(i)
        else:
            units.append([i])
    return units


_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _verb_offsets(parse: Parse, index: int, finite: bool = False) -> list[int]:
    """Sentence-relative offsets of the verbs of sentence `index` (only the finite ones)."""
    start = parse.sentences[index][0]
    return [
        parse.starts[t] - start
        for t in parse.sentence_tokens(index)
        if parse.pos[t] in ("VERB", "AUX") and (not finite or parse.tags[t] in _FINITE)
    ]


def unit_ratings(
    texts: Sequence[str],
    units: Sequence[Sequence[int]],
    parse: Parse | None = None,
    weights: Weights = BRIEF_WEIGHTS,
) -> list[float]:
    """Each unit's rating: centrality (recurrence, normalised by length as `weights` say)
    plus a lead prior over the units that may be shown; the others sink to the bottom."""
    stem = _stemmer()
    stop = _stop_words()
    joined = [" ".join(texts[i].strip() for i in unit) for unit in units]
    tokens = [[w.lower() for w in _WORD.findall(t)] for t in joined]
    all_stems = [[stem(w) for w in ws] for ws in tokens]
    stems = [
        [s for w, s in zip(ws, ss, strict=True) if w not in stop]
        for ws, ss in zip(tokens, all_stems, strict=True)
    ]
    # adjacent word pairs, function words included: "chief executive of the firm"
    # recurs as "executive of", "of the", "the firm"
    pairs = [list(pairwise(ss)) for ss in all_stems]
    centrality = [
        v / max(1, len(s)) ** weights.length_norm
        for v, s in zip(recurrence(stems, pairs, weights.phrases), stems, strict=True)
    ]
    shown = []
    for unit, text, words in zip(units, joined, tokens, strict=True):
        caption = parse is not None and caption_label(
            texts[unit[0]], _verb_offsets(parse, unit[0], finite=True)
        )
        if weights.standalone:
            has_verb = parse is None or any(_verb_offsets(parse, i) for i in unit)
            # a brief lists its sentences one by one: the pieces of a broken sentence
            # would show as fragments
            broken = len(unit) > 1
            unfit = broken or is_unfit_for_brief(text, len(words), has_verb, caption)
        else:
            unfit = is_not_story(text, len(words), caption)
        shown.append(not unfit)
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
    """Each sentence's rating: that of its unit (see `sentence_units`)."""
    units = sentence_units(texts)
    ratings = [0.0] * len(texts)
    for unit, rating in zip(units, unit_ratings(texts, units, parse, weights), strict=True):
        for i in unit:
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
    bags = [_bag(" ".join(texts[i] for i in unit)) for unit in units]
    order = sorted(range(len(units)), key=lambda u: (-ratings[u], units[u][0]))
    picked: list[int] = []
    size = 0
    for check in (True, False):
        for u in order:
            if size == count:
                break
            if u in picked or size + len(units[u]) > count:
                continue
            if not check or all(cosine(bags[u], bags[v]) < redundancy for v in picked):
                picked.append(u)
                size += len(units[u])
    chosen = [i for u in picked for i in units[u]]
    rest = [i for u in order if u not in picked for i in units[u]]
    return chosen + rest[: count - len(chosen)]


def summarize(
    body: str, parse: Parse, algorithm: str, length: str | Length
) -> tuple[SummarySentence, ...]:
    """The summary of `body` in document order, each sentence with offsets and rank.
    InvalidOption for an unknown summariser or a length that is not one."""
    check_algorithm(algorithm)
    length = length if isinstance(length, Length) else Length.parse(length)
    spans = [(s, e) for s, e in parse.sentences if body[s:e].strip()]
    if not spans:
        return ()
    texts = [body[s:e] for s, e in spans]
    count = length.sentences(len(texts))
    if algorithm == DEFAULT_ALGORITHM:
        weights = EXTRACT_WEIGHTS if length.kind == "percent" else BRIEF_WEIGHTS
        units = sentence_units(texts)
        ratings = unit_ratings(
            texts, units, parse if len(spans) == len(parse.sentences) else None, weights
        )
        chosen = select_mmr(ratings, texts, count, weights.redundancy, units)
    else:
        ratings = sumy_ratings(algorithm, texts)
        chosen = sorted(range(len(texts)), key=lambda i: (-ratings[i], i))[:count]
    rank = {i: r for r, i in enumerate(chosen, 1)}
    index_of = {span: k for k, span in enumerate(parse.sentences)}
    return tuple(
        SummarySentence(texts[i], spans[i][0], spans[i][1], index_of[spans[i]], rank[i])
        for i in sorted(chosen)
    )
