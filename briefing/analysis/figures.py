"""Key figures: every quantity an article reports, what it measures, and how much it matters.

Candidates are spaCy's MONEY, PERCENT, QUANTITY and CARDINAL spans, the DATE/TIME
spans that are durations ("the past 24 hours"), and number tokens the model left
unlabelled. Calendar dates, clock times, years used as dates and ordinals are
dropped. For each figure the parse tells what it counts (the noun a number
modifies: "70,000 more troops" → troops) and a short context phrase (the noun
phrase it measures: "$50 billion in loans backed by …" → "loans backed by …").
Salience ranks money, percentages, measured amounts and large counts of a named
thing above bare or small numbers and hyphenated modifiers ("20-point").
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from briefing.analysis.model import Figure, Parse
from briefing.analysis.quantities import SCALES, TIME_UNITS, Quantity, parse_quantity

VERSION = "3"  # in the cache key: bump when the figures found or their fields change

NUMERIC_LABELS = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")
MONTHS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
CONTEXT_PREPS = frozenset(("in", "of", "for", "on", "worth"))
CONTEXT_DROP_FIRST = frozenset(
    """the a an its their his her our your this that these those""".split()
)
MAX_CONTEXT_WORDS = 9

KIND_WEIGHT = {"money": 1.0, "percent": 0.85, "quantity": 0.8, "count": 0.6, "duration": 0.3}


def _text(body: str, parse: Parse, first: int, last: int) -> str:
    return body[parse.starts[first] : parse.ends[last - 1]]


def _is_year(body: str, parse: Parse, first: int, last: int) -> bool:
    """ "since 2022", "the 1990s": a bare four-digit number from 1800 to 2099 is a year,
    unless it counts a noun ("2000 troops")."""
    text = _text(body, parse, first, last)
    if not re.fullmatch(r"(?:1[89]|20)\d\d(?:'?s)?", text):
        return False
    return not (
        last - first == 1
        and parse.deps[first] == "nummod"
        and parse.tags[parse.heads[first]] == "NNS"
    )


def _duration(body: str, parse: Parse, first: int, last: int) -> Quantity | None:
    """A DATE/TIME span that measures time ("the past 24 hours", "two weeks")."""
    text = _text(body, parse, first, last)
    if MONTHS.search(text) or re.search(r"\b(?:ago|old|today|tomorrow|yesterday)\b", text, re.I):
        return None
    if re.search(r"\d{1,2}:\d\d|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)", text, re.I):
        return None
    if re.search(r"\b(?:1[89]|20)\d\d\b", text):  # "2011 this year" is a date
        return None
    q = parse_quantity(text)
    if q is None or q.kind != "duration":
        return None
    words = re.findall(r"[a-z]+", text.lower())
    if not any(w in TIME_UNITS for w in words):
        return None
    return q


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


def _candidates(body: str, parse: Parse) -> list[tuple[int, int, str]]:
    """Token spans that may be figures: numeric entities, duration-like dates, loose numbers."""
    spans: list[tuple[int, int, str]] = []
    covered: set[int] = set()
    for first, last, label in parse.ents:
        covered.update(range(first, last))
        if label in NUMERIC_LABELS or label in ("DATE", "TIME"):
            spans.append((first, last, label))
    t = 0
    while t < len(parse):
        word = parse.token_text(body, t)
        loose = _LOOSE_FIGURE.fullmatch(word)
        # "5pc" is often tagged ORDINAL; a real ordinal ("5th") never matches _LOOSE_FIGURE
        in_ent = t in covered and not (loose and _ordinal_only(parse, t))
        if in_ent or not (parse.tags[t] == "CD" or loose):
            t += 1
            continue
        if not any(c.isdigit() for c in word) or _CLOCK.search(word):
            t += 1
            continue
        last = t + 1  # "$414" + "million", "PS2.7" + "m."
        while (
            last < len(parse)
            and last not in covered
            and parse.token_text(body, last).lower().rstrip(".") in SCALES
        ):
            last += 1
        spans.append((t, last, "LOOSE"))
        t = last
    return sorted(spans)


def _ordinal_only(parse: Parse, t: int) -> bool:
    return any(f <= t < la and label == "ORDINAL" for f, la, label in parse.ents)


_LOOSE_FIGURE = re.compile(
    r"(?:PS|US|A|[$£€])\d[\d,.]*(?:pc|%|bn|m|k|p)?|(?:PS|[$£€])?\d[\d,.]*(?:pc|%|bn|m|k|p)"
    r"|\d[\d,.]*(?:W|kW|MW|GW|GB|TB|MB|mph|km|kg|bhp|mAh|Hz|ft|cm|mm)"  # "10W", "64GB"
    r"|\+\d[\d,.]*",  # "+0.2%"; not "-19", mostly a split "COVID -19"
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d(?:am|pm|a\.m\.|p\.m\.)$|^\d{1,2}:\d\d", re.IGNORECASE)


def _part_of_a_name(body: str, parse: Parse, first: int, last: int) -> bool:
    """ "iPhone 14", "S&P 500", "737 Max", "575 Wilbraham Road": a bare number inside a
    proper name is a model or an address, not a figure."""
    text = _text(body, parse, first, last)
    if not re.fullmatch(r"\d+(?:-\d+)?", text):
        return False
    before = first - 1
    if (
        before >= 0
        and parse.pos[before] == "PROPN"
        and any(c.isupper() for c in parse.token_text(body, before))  # "iPhone 14" too
    ):
        return True
    head = parse.heads[last - 1]
    return (
        parse.pos[head] == "PROPN"
        and head > last - 1
        and parse.deps[last - 1] in ("nummod", "compound")
    )


RANGE_LINKS = frozenset(("to", "-", "–", "and"))


def _join_ranges(
    body: str, parse: Parse, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "1 per cent to 1.5 per cent", "$200,000 to $414 million", "between 5% and 6%":
    two numbers of the same kind joined by to/-/and (and only after "between") are one range."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        if out:
            first, last, label = out[-1]
            link = span[0] - last == 1 and parse.token_text(body, last).lower()
            after_between = first > 0 and parse.token_text(body, first - 1).lower() == "between"
            if (
                link in RANGE_LINKS
                and (link != "and" or after_between)
                and label != "DATE"
                and span[2] != "DATE"
            ):
                a = parse_quantity(_text(body, parse, first, last))
                b = parse_quantity(_text(body, parse, span[0], span[1]))
                if a and b and a.kind == b.kind and not isinstance(a.value, tuple):
                    out[-1] = (first, span[1], label)
                    continue
        out.append(span)
    return out


_SYMBOL_BEFORE = re.compile(
    r"^(?:[A-Z]{0,2}[$£€¥₹₽]|\$[A-Z]{1,2}|PS|US|USD|EUR|GBP|JPY|AUD|CAD|CHF|CNY|INR)$"
)
_UNIT_AFTER = frozenset(
    "% percent pc € £ $ usd eur gbp jpy cny inr chf aud cad dollars euros pounds yen".split()
)


def _widen(body: str, parse: Parse, first: int, last: int) -> tuple[int, int]:
    """Take in a currency sign before the number and a %/per cent/currency after it,
    which the model often leaves outside the span ("$" + "150,000", "19" + "per cent")."""
    while (
        first > 0
        and _SYMBOL_BEFORE.match(parse.token_text(body, first - 1))
        and parse.ends[first - 1] >= parse.starts[first] - 1
    ):
        first -= 1
    if last < len(parse):
        nxt = parse.token_text(body, last).lower()
        if nxt in _UNIT_AFTER:
            last += 1
        elif (
            nxt == "per"
            and last + 1 < len(parse)
            and parse.token_text(body, last + 1).lower() == "cent"
        ):
            last += 2
    return first, last


def extract_figures(body: str, parse: Parse) -> tuple[Figure, ...]:
    """Every figure in `body`, most salient first."""
    figures: list[Figure] = []
    n_sentences = len(parse.sentences)
    candidates = [(*_widen(body, parse, f, la), lab) for f, la, lab in _candidates(body, parse)]
    for first, last, label in _join_ranges(body, parse, candidates):
        text = _text(body, parse, first, last)
        if label in ("DATE", "TIME"):
            q = _duration(body, parse, first, last)
        elif label in ("CARDINAL", "LOOSE") and (
            _is_year(body, parse, first, last) or _part_of_a_name(body, parse, first, last)
        ):
            continue
        else:
            q = parse_quantity(text)
        if q is None:
            continue
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
