"""Extractive summaries: sumy's summarisers, and briefing's own default, on stored sentences.

sumy never tokenises here (its Tokenizer needs NLTK punkt data): each sentence of
the cached parse becomes a `sumy.models.dom.Sentence` with our word tokenizer, and
every summariser's sentence ratings are read back through the sentence's index in
the document, never by searching for its text.

The default, "briefing", is built for news: TextRank centrality plus a lead prior
(news is written top-down), minus sentences a brief should not open with (bylines,
time stamps, captions, questions, bare quotes, fragments), with near-duplicates
removed by maximal marginal relevance.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefing.analysis.model import Parse, SummarySentence
from briefing.analysis.similarity import cosine
from briefing.errors import BriefingError

VERSION = "2"
DEFAULT_ALGORITHM = "briefing"
DEFAULT_LENGTH = "3"
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


SUMY_ALGORITHMS = (
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "edmundson",
    "kl",
    "sum-basic",
    "reduction",
)
ALGORITHMS = (DEFAULT_ALGORITHM, *SUMY_ALGORITHMS)


def parse_length(text: str | int) -> tuple[str, float]:
    """ "3" → ("count", 3); "20%" → ("percent", 20). BriefingError (exit 2) otherwise."""
    value = str(text).strip()
    try:
        if value.endswith("%"):
            share = float(value[:-1])
            if 0 < share <= 100:
                return "percent", share
        else:
            count = int(value)
            if count > 0:
                return "count", count
    except ValueError:
        pass
    raise BriefingError(
        f"summary length {value!r} is not a sentence count like 3 or a percentage like 20%",
        exit_code=2,
    )


def sentence_count(length: str, total: int) -> int:
    kind, n = parse_length(length)
    wanted = n if kind == "count" else math.ceil(total * n / 100)
    return max(1, min(total, int(wanted)))


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
    r"^(by\s+[A-Z]|published:|updated:|last updated|posted:|follow\s+@|click here|scroll down|"
    r"read more|image:|photo:|picture:|video:|copyright|\(cnn\)\s*$)",
    re.IGNORECASE,
)
_TIMESTAMP = re.compile(r"\b\d{1,2}:\d{2}\s*(?:EST|GMT|BST|ET|UTC)\b|\|\s*$")


def is_unfit_for_brief(text: str, words: int, has_verb: bool) -> bool:
    """Sentences a brief should not show: bylines, time stamps, captions, questions,
    bare quotes, and fragments without a verb."""
    stripped = text.strip()
    if words < 6 or not has_verb:
        return True
    if _BYLINE.search(stripped) or _TIMESTAMP.search(stripped):
        return True
    if stripped.endswith("?") or stripped.endswith('?"') or stripped.endswith("?”"):
        return True
    if stripped[:1] in "\"“'‘" and stripped.rstrip(".")[-1:] in "\"”'’":
        return True
    return stripped.isupper()


def _bag(text: str) -> Counter[str]:
    stem = _stemmer()
    return Counter(stem(w.lower()) for w in _WORD.findall(text) if w.lower() not in _stop_words())


@dataclass(frozen=True)
class Weights:
    """How much a sentence's centrality counts against its position, how fast the lead
    prior decays (in sentences), and the word count from which length stops mattering."""

    centrality: float
    lead_decay: float
    full_length: float


BRIEF_WEIGHTS = Weights(centrality=0.45, lead_decay=3.0, full_length=20.0)
"""A brief of a few sentences: news puts what matters first, so the lead counts most."""
EXTRACT_WEIGHTS = Weights(centrality=0.9, lead_decay=10.0, full_length=40.0)
"""A long extract (a share of the article): coverage of the whole matters more."""


def _normalised(values: list[float]) -> list[float]:
    low, high = min(values, default=0.0), max(values, default=0.0)
    return [(v - low) / (high - low) if high > low else 0.0 for v in values]


def briefing_ratings(
    texts: Sequence[str], parse: Parse | None = None, weights: Weights = BRIEF_WEIGHTS
) -> list[float]:
    """Centrality (TextRank and Reduction, normalised) blended with a lead prior and a
    length prior, as `weights` say; unfit sentences sink to the bottom."""
    n = len(texts)
    # two views of centrality: TextRank's graph and Reduction's overlap with the rest
    graph = _normalised(sumy_ratings("textrank", texts))
    overlap = _normalised(sumy_ratings("reduction", texts))
    centrality = [(a + b) / 2 for a, b in zip(graph, overlap, strict=True)]
    top = max(centrality) or 1.0
    ratings = []
    for i, text in enumerate(texts):
        words = len(_WORD.findall(text))
        has_verb = True
        if parse is not None:
            has_verb = any(parse.pos[t] in ("VERB", "AUX") for t in parse.sentence_tokens(i))
        lead = 1.0 / (1.0 + i / weights.lead_decay)
        length = min(1.0, words / weights.full_length)
        score = weights.centrality * centrality[i] / top + (1 - weights.centrality) * lead
        score *= 0.5 + 0.5 * length
        if is_unfit_for_brief(text, words, has_verb):
            score -= 1.0
        ratings.append(score)
    return ratings if n else []


def _select_mmr(
    ratings: Sequence[float], texts: Sequence[str], count: int, redundancy: float = 0.6
) -> list[int]:
    """Pick `count` sentences by rating, skipping near-duplicates of those already picked."""
    bags = [_bag(t) for t in texts]
    order = sorted(range(len(texts)), key=lambda i: (-ratings[i], i))
    chosen: list[int] = []
    for i in order:
        if len(chosen) == count:
            break
        if all(cosine(bags[i], bags[j]) < redundancy for j in chosen):
            chosen.append(i)
    for i in order:  # a very repetitive article: fill up regardless
        if len(chosen) == count:
            break
        if i not in chosen:
            chosen.append(i)
    return chosen


def summarize(body: str, parse: Parse, algorithm: str, length: str) -> tuple[SummarySentence, ...]:
    """The summary of `body` in document order, each sentence with offsets and rank."""
    if algorithm not in ALGORITHMS:
        raise BriefingError(
            f"unknown summariser {algorithm!r}; choose one of: {', '.join(ALGORITHMS)}", 2
        )
    spans = [(s, e) for s, e in parse.sentences if body[s:e].strip()]
    if not spans:
        return ()
    texts = [body[s:e] for s, e in spans]
    count = sentence_count(length, len(texts))
    if algorithm == DEFAULT_ALGORITHM:
        weights = EXTRACT_WEIGHTS if parse_length(length)[0] == "percent" else BRIEF_WEIGHTS
        ratings = briefing_ratings(
            texts, parse if len(spans) == len(parse.sentences) else None, weights
        )
        chosen = _select_mmr(ratings, texts, count)
    else:
        ratings = sumy_ratings(algorithm, texts)
        chosen = sorted(range(len(texts)), key=lambda i: (-ratings[i], i))[:count]
    rank = {i: r for r, i in enumerate(chosen, 1)}
    index_of = {span: k for k, span in enumerate(parse.sentences)}
    return tuple(
        SummarySentence(texts[i], spans[i][0], spans[i][1], index_of[spans[i]], rank[i])
        for i in sorted(chosen)
    )
