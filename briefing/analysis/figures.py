"""Key figures: every quantity an article reports, what it measures, and how much it matters.

figure_spans.py finds the figures and reads their values (from spaCy's numeric and
duration spans, repaired, plus the numbers the model left unlabelled; dates, years,
clock times, ordinals, model numbers and addresses dropped; ranges joined). Here
the parse tells what each counts (the noun a number modifies: "70,000 more troops"
→ troops) and a short context phrase (the noun phrase it measures: "$50 billion in
loans backed by …" → "loans backed by …").
Salience ranks money, percentages, measured amounts and large counts of a named
thing above bare or small numbers and hyphenated modifiers ("20-point").
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from briefing.analysis.figure_spans import figure_spans
from briefing.analysis.model import Figure, Parse
from briefing.analysis.quantities import Quantity

VERSION = "3"  # in the cache key: bump when the figures found or their fields change
CONTEXT_PREPS = frozenset(("in", "of", "for", "on", "worth"))
CONTEXT_DROP_FIRST = frozenset(
    """the a an its their his her our your this that these those""".split()
)
MAX_CONTEXT_WORDS = 9

KIND_WEIGHT = {"money": 1.0, "percent": 0.85, "quantity": 0.8, "count": 0.6, "duration": 0.3}


def _text(body: str, parse: Parse, first: int, last: int) -> str:
    return body[parse.starts[first] : parse.ends[last - 1]]


def _counted_noun(parse: Parse, first: int, last: int) -> int | None:
    """The noun a number counts: its head when the number is a nummod/quantmod, climbing
    over modifiers ("32 cruise and ballistic missiles" → missiles)."""
    root = next((t for t in range(first, last) if not first <= parse.heads[t] < last), last - 1)
    if parse.deps[root] not in ("nummod", "quantmod", "compound", "amod", "nmod"):
        return None
    head = parse.heads[root]
    if parse.pos[head] not in ("NOUN", "PROPN"):
        return None
    seen = 0
    while parse.deps[head] in ("compound", "amod", "conj", "nmod") and seen < 4:
        nxt = parse.heads[head]
        if nxt == head or parse.pos[nxt] not in ("NOUN",) or nxt < head:
            break
        head, seen = nxt, seen + 1
    if (
        parse.tags[head] == "NN"
    ):  # "32 cruise and ballistic missiles": the plural conjunct is counted
        plural = [
            t
            for t in range(head + 1, min(len(parse), head + 6))
            if parse.heads[t] == head and parse.deps[t] == "conj" and parse.tags[t] == "NNS"
        ]
        if plural:
            head = plural[0]
    return head


EDGE_WORDS = CONTEXT_DROP_FIRST | {"of", "in", "and", "to", "with", "by", "for", "on", "or", "a"}


def _phrase(body: str, parse: Parse, tokens: list[int]) -> str:
    """The text of `tokens` as written (original spacing), cut at the first clause
    break, without leading or trailing function words."""
    kept: list[int] = []
    for t in tokens:
        word = parse.token_text(body, t)
        if kept and (
            word in (",", ";", ":", "–", "—", "(", ")")
            or (parse.deps[t] == "cc" and t > kept[0] + 1)
        ):
            break
        if parse.pos[t] == "PUNCT" and word not in ("-", "'s", "’s"):
            continue
        kept.append(t)
    while kept and parse.token_text(body, kept[0]).lower() in EDGE_WORDS:
        kept.pop(0)
    while kept and parse.token_text(body, kept[-1]).lower() in EDGE_WORDS:
        kept.pop()
    out = ""
    for i, t in enumerate(kept):
        if i and parse.starts[t] > parse.ends[kept[i - 1]]:
            out += " "
        out += parse.token_text(body, t)
    return out


def _subtree(parse: Parse, token: int, limit_right: int | None = None) -> list[int]:
    """Token indices of `token`'s subtree (contiguous span from leftmost to rightmost)."""
    members = {token}
    changed = True
    lo, hi = token, token
    sentence = parse.sentence_tokens(parse.sentence_of_token(token))
    while changed:
        changed = False
        for t in sentence:
            if t not in members and parse.heads[t] in members and t != parse.heads[t]:
                members.add(t)
                lo, hi = min(lo, t), max(hi, t)
                changed = True
    hi = min(hi, limit_right) if limit_right is not None else hi
    return [t for t in range(lo, hi + 1) if t in members]


def _context(body: str, parse: Parse, first: int, last: int, noun: int | None) -> str:
    """A short phrase saying what the figure measures."""
    root = next((t for t in range(first, last) if not first <= parse.heads[t] < last), last - 1)
    sentence = parse.sentence_tokens(parse.sentence_of_token(root))
    # "$50 billion in loans backed by …", "80% of their territory"
    for t in sentence:
        if (
            parse.heads[t] == root
            and parse.deps[t] == "prep"
            and parse.token_text(body, t).lower() in CONTEXT_PREPS
        ):
            objects = [o for o in sentence if parse.heads[o] == t and parse.deps[o] == "pobj"]
            if objects:
                tokens = _subtree(parse, objects[0])
                return _clip(_phrase(body, parse, tokens))
    if noun is not None:
        tokens = [t for t in _subtree(parse, noun) if not first <= t < last]
        tokens = [t for t in tokens if t >= first or parse.deps[t] in ("amod", "compound", "nmod")]
        phrase = _phrase(
            body,
            parse,
            [
                t
                for t in tokens
                if parse.deps[t] not in ("det", "nummod", "quantmod", "advmod") or t > noun
            ],
        )
        if phrase:
            return _clip(phrase)
    # "a range of up to 2,500 kilometers": the noun it is a measure of
    head = parse.heads[root]
    if parse.deps[root] == "pobj" and parse.pos[parse.heads[head]] == "NOUN":
        owner = parse.heads[head]
        return _clip(_phrase(body, parse, [t for t in _subtree(parse, owner) if t <= owner]))
    # a duration or loose number inside a prepositional phrase: the clause it qualifies
    if parse.deps[root] == "pobj" and parse.pos[parse.heads[head]] in ("VERB", "AUX"):
        root, head = head, parse.heads[head]
    # fall back on the governing verb and its subject: "Russia has intensified", "injured"
    if parse.pos[head] in ("VERB", "AUX") and head != root:
        subject = next(
            (
                t
                for t in sentence
                if parse.heads[t] == head and parse.deps[t] in ("nsubj", "nsubjpass")
            ),
            None,
        )
        verb = parse.token_text(body, head)
        if subject is not None:
            subj = _phrase(body, parse, _subtree(parse, subject))
            if len(subj.split()) <= 5:
                return _clip(f"{subj} {verb}")
        return verb
    window = [t for t in sentence if 0 < abs(t - root) <= 4 and not first <= t < last]
    return _clip(_phrase(body, parse, window))


def _clip(text: str) -> str:
    words = text.split()
    if len(words) > MAX_CONTEXT_WORDS:
        words = words[:MAX_CONTEXT_WORDS]
        while words and words[-1].lower() in EDGE_WORDS:
            words.pop()
        return " ".join(words) + "…"
    return " ".join(words)


def _salience(q: Quantity, text: str, sentence: int, sentences: int, noun: bool) -> float:
    score = KIND_WEIGHT[q.kind]
    value = q.value[1] if isinstance(q.value, tuple) else q.value
    if q.kind == "count":
        if not noun:
            score -= 0.35
        if value < 10:
            score -= 0.3
    if re.search(r"\d-[a-z]", text) or re.search(r"^[a-z]+-[a-z]+$", text.lower()):
        score -= 0.45  # "20-point plan", "30-day truce": a descriptor, not a figure
    magnitude = math.log10(abs(value) + 1)
    score += 0.25 * min(1.0, magnitude / 9)
    score += 0.1 * (1 - sentence / max(1, sentences))
    if isinstance(q.value, tuple):
        score += 0.05
    return max(0.0, score)


def extract_figures(body: str, parse: Parse) -> tuple[Figure, ...]:
    """Every figure in `body`, most salient first."""
    figures: list[Figure] = []
    n_sentences = len(parse.sentences)
    for first, last, _label, q in figure_spans(body, parse):
        text = _text(body, parse, first, last)
        noun = _counted_noun(parse, first, last) if q.kind == "count" else None
        unit = q.unit
        if q.kind == "count" and noun is not None:
            unit = (
                parse.token_text(body, noun).lower()
                if parse.pos[noun] == "NOUN"
                else parse.token_text(body, noun)
            )
        sentence = parse.sentence_of_token(first)
        context = _context(body, parse, first, last, noun)
        start, end = parse.starts[first], parse.ends[last - 1]
        figures.append(
            Figure(
                text=text,
                value=q.value,
                unit=unit,
                kind=q.kind,
                context=context,
                start=start,
                end=end,
                sentence=sentence,
                salience=_salience(
                    q, body[start : end + 2], sentence, n_sentences, noun is not None
                ),
            )
        )
    return _rank(figures)


def _rank(figures: list[Figure]) -> tuple[Figure, ...]:
    """Most salient first, with variety: each further sum of money, percentage, or count
    of the same thing counts a little less, so a sidebar shows money, counts and
    percentages, not only the four largest sums."""
    pool = sorted(figures, key=lambda f: (-f.salience, f.start))
    ranked: list[Figure] = []
    seen: dict[str, int] = {}

    def family(f: Figure) -> str:
        return f.kind if f.kind in ("money", "percent") else f"{f.kind}:{f.unit}"

    while pool:
        best = max(pool, key=lambda f: (f.salience - 0.2 * seen.get(family(f), 0), -f.start))
        pool.remove(best)
        adjusted = max(0.0, best.salience - 0.2 * seen.get(family(best), 0))
        if ranked:
            adjusted = min(adjusted, ranked[-1].salience)
        seen[family(best)] = seen.get(family(best), 0) + 1
        ranked.append(replace(best, salience=round(adjusted, 4)))
    return tuple(ranked)
