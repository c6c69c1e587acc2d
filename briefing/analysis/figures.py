"""Key figures: every quantity an article reports, what it measures, and how much it matters.

figure_spans.py finds the figures and reads their values (from spaCy's numeric and
duration spans, repaired, plus the numbers the model left unlabelled; dates, years,
clock times, ordinals, model numbers and addresses dropped; ranges joined). Here
the parse tells what each counts (the noun a number modifies: "70,000 more troops"
→ troops) and a short context phrase (the noun phrase it measures: "$50 billion in
loans backed by …" → "loans backed by …").
figure_rank.py decides which figures are key and orders them (salience 0: reported,
shown in the body, but not a key figure).
"""

from __future__ import annotations

from briefing.analysis.figure_rank import not_key, rank, salience
from briefing.analysis.figure_spans import figure_spans
from briefing.analysis.lexicon import CONTEXT_DROP_FIRST, CONTEXT_PREPS, SOURCE_PREPS, VERB_PREPS
from briefing.analysis.model import Figure, Parse

VERSION = "8"  # in the cache key: bump when the figures found or their fields change
MAX_CONTEXT_WORDS = 9


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
        if last <= noun <= last + 4:  # every word between the figure and its noun:
            tokens = sorted({*tokens, *range(last, noun)})  # "32 cruise and ballistic missiles"
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
    # "the first $3.2 billion disbursed in January 2025": what the clause on it says
    clause = [t for t in sentence if parse.heads[t] == root and parse.deps[t] in ("acl", "relcl")]
    if clause and parse.pos[root] != "NOUN":
        left = [
            t for t in sentence if parse.heads[t] == root and t < first and parse.deps[t] == "amod"
        ]
        return _clip(_phrase(body, parse, [*left, *_subtree(parse, clause[0])]))
    head = parse.heads[root]
    # "a range of up to 2,500 kilometers", "aid (including $60 billion from the U.S.)":
    # the noun it is a measure or a part of, and where it comes from
    if parse.deps[root] == "pobj" and parse.pos[parse.heads[head]] == "NOUN":
        owner = parse.heads[head]
        tokens = [t for t in _subtree(parse, owner) if t <= owner]
        source = [
            t
            for t in sentence
            if parse.heads[t] == root
            and parse.deps[t] == "prep"
            and parse.token_text(body, t).lower() in SOURCE_PREPS
        ]
        if source:
            tokens += _subtree(parse, source[0])
        return _clip(_phrase(body, parse, tokens))
    # a figure a verb reports: "profits jumped 76% to $1.13bn … from $639m"
    prep = ""
    if parse.deps[root] == "pobj" and parse.pos[parse.heads[head]] in ("VERB", "AUX"):
        prep = parse.token_text(body, head).lower() if parse.deps[head] == "prep" else ""
        root, head = head, parse.heads[head]
    if parse.pos[root] == "ADJ" and parse.pos[head] in ("VERB", "AUX"):
        prep = prep or parse.token_text(body, root).lower()  # "could be worth £500m"
    elif parse.pos[head] == "ADJ" and parse.pos[parse.heads[head]] in ("VERB", "AUX"):
        prep, root, head = parse.token_text(body, head).lower(), head, parse.heads[head]
    if parse.pos[head] in ("VERB", "AUX") and head != root:
        clause = _clause(body, parse, head, root, sentence)
        if prep in VERB_PREPS:
            clause += f" {prep}"
        return _clip(clause)
    window = [t for t in sentence if 0 < abs(t - root) <= 4 and not first <= t < last]
    return _clip(_phrase(body, parse, window))


def _core(body: str, parse: Parse, noun: int) -> str:
    """A noun with the words before it that narrow it, without its determiner or what
    follows it: "Quarterly profits at US media giant TimeWarner" → "Quarterly profits"."""
    tokens = [t for t in _subtree(parse, noun) if t <= noun and parse.deps[t] != "det"]
    return " ".join(_phrase(body, parse, tokens).split()[-4:])


def _clause(body: str, parse: Parse, verb: int, figure: int, sentence: range) -> str:
    """The clause a figure belongs to, shortened to who did what: the subject's core
    (or the noun a relative clause is about, or the verb's object), the verb with its
    auxiliaries and particle."""
    children = [t for t in sentence if parse.heads[t] == verb and t != verb]
    subject = next((t for t in children if parse.deps[t] in ("nsubj", "nsubjpass")), None)
    who = ""
    if subject == figure:  # "nearly £250m could be spent on souvenirs"
        subject = None
        after = next((t for t in children if parse.deps[t] == "prep" and t > verb), None)
        if after is not None:
            tail = _phrase(body, parse, [verb, *_subtree(parse, after)])
            return " ".join(
                [
                    *(
                        parse.token_text(body, t)
                        for t in children
                        if parse.deps[t] in ("aux", "auxpass", "neg")
                    ),
                    tail,
                ]
            )
    if subject is not None and parse.pos[subject] != "PRON":
        who = _core(body, parse, subject)
    elif parse.deps[verb] == "relcl" and parse.pos[parse.heads[verb]] in ("NOUN", "PROPN"):
        who = _core(body, parse, parse.heads[verb])
    words = [t for t in children if parse.deps[t] in ("aux", "auxpass", "neg") and t < verb]
    verb_phrase = " ".join(
        parse.token_text(body, t)
        for t in sorted([*words, verb, *(t for t in children if parse.deps[t] == "prt")])
    )
    what = ""
    obj = next(
        (t for t in children if parse.deps[t] in ("dobj", "acomp", "attr") and t != figure), None
    )
    if obj is not None and parse.pos[obj] in ("NOUN", "PROPN"):
        what = _core(body, parse, obj)
    elif obj is not None and parse.pos[obj] == "ADJ":
        what = parse.token_text(body, obj)  # "22 per cent were obese"
    return " ".join(part for part in (who, verb_phrase, what) if part)


def _clip(text: str) -> str:
    words = text.split()
    if len(words) > MAX_CONTEXT_WORDS:
        words = words[:MAX_CONTEXT_WORDS]
        while words and words[-1].lower() in EDGE_WORDS:
            words.pop()
        return " ".join(words) + "…"
    return " ".join(words)


def extract_figures(body: str, parse: Parse) -> tuple[Figure, ...]:
    """Every figure in `body`: the key figures, most salient first, then the rest in
    text order with salience 0 (see figure_rank)."""
    figures: list[Figure] = []
    n_sentences = len(parse.sentences)
    previous: tuple[int, str] | None = None
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
        start, end = parse.starts[first], parse.ends[last - 1]
        key = not_key(body, parse, first, last, q, noun, previous) is None
        lemma = parse.lemmas[noun].lower() if noun is not None else None
        figures.append(
            Figure(
                text=text,
                value=q.value,
                unit=unit,
                kind=q.kind,
                context=_context(body, parse, first, last, noun),
                start=start,
                end=end,
                sentence=sentence,
                salience=salience(q, sentence, n_sentences, lemma, noun is None) if key else 0.0,
            )
        )
        previous = (end, q.kind)
    return rank(figures)
