"""A large library of varied, real-length news articles for the speed benchmarks,
with its parses made without running spaCy on it.

Copies of two seeds make every article alike (one story, one vocabulary), which
flatters any grouping. Here each article is recombined from the development data's
BBC and CNN/DailyMail articles (read from ../shared/data at bench time, never
committed): a story takes one article's lead and most of its sentences in order, a
sentence or two from another article of the same kind, and its own cast (people's
names swapped for names from other articles, the same swap for every article of the
story). A story has one to eight articles, from different outlets, on one day of the
past month.

Every sentence is taken with its stored parse (tokens, tags, heads, entities), so
a generated article's parse is the columns of its sentences, shifted: spaCy parses
only the development articles, once (bench/.cache), and the analysis stages then
run on the generated parses as they would on real ones.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from devdata import DEFAULT_DATA, bbc_title_body, load_jsonl, parse_all

from briefing.analysis.model import Parse
from briefing.library import normalise_body

BBC = "bbc-news-summary-dev.jsonl"
CNN = "cnndm-dev.jsonl"
OUTLETS = ("Wire", "Daily Post", "The Courier", "Metro Times", "Evening Star", "The Ledger",
           "Northern Echo", "City Herald", "The Observer Online", "Morning Record")  # fmt: skip
STORY_SIZES = (1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 8)
"""How many articles a story has, drawn uniformly: mostly one, sometimes many."""


@dataclass(frozen=True)
class Unit:
    """One sentence of a development article with its tokens, offsets relative to it."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    tags: tuple[str, ...]
    pos: tuple[str, ...]
    deps: tuple[str, ...]
    heads: tuple[int, ...]
    lemmas: tuple[str, ...]
    ents: tuple[tuple[int, int, str], ...]


@dataclass(frozen=True)
class Source:
    kind: str
    title: str
    units: tuple[Unit, ...]


@dataclass(frozen=True)
class Generated:
    title: str
    outlet: str
    date: datetime
    body: str
    parse: Parse
    story: int
    """Which generated story the article belongs to."""
    source: int
    """Which development article the story was made from (stories made from the same
    one tell the same event with another cast)."""


def _units(body: str, parse: Parse) -> list[Unit]:
    out = []
    for s_start, s_end in parse.sentences:
        tokens = [
            t
            for t in range(len(parse))
            if s_start <= parse.starts[t] and parse.ends[t] <= s_end and parse.pos[t] != "SPACE"
        ]
        text = body[s_start:s_end]
        if not tokens or normalise_body(text) != text:
            continue
        first = tokens[0]
        index = {t: i for i, t in enumerate(tokens)}
        out.append(
            Unit(
                text=text,
                starts=tuple(parse.starts[t] - s_start for t in tokens),
                ends=tuple(parse.ends[t] - s_start for t in tokens),
                tags=tuple(parse.tags[t] for t in tokens),
                pos=tuple(parse.pos[t] for t in tokens),
                deps=tuple(parse.deps[t] for t in tokens),
                heads=tuple(index.get(parse.heads[t], i) for i, t in enumerate(tokens)),
                lemmas=tuple(parse.lemmas[t] for t in tokens),
                ents=tuple(
                    (a - first, b - first, label)
                    for a, b, label in parse.ents
                    if a in index and b - 1 in index and index[b - 1] - index[a] == b - 1 - a
                ),
            )
        )
    return out


def load_sources(data: Path = DEFAULT_DATA) -> list[Source]:
    """The development articles as sentence units (empty when the data is absent)."""
    sources: list[Source] = []
    if (data / BBC).exists():
        rows = load_jsonl(data / BBC)
        titled = [bbc_title_body(r["article"]) for r in rows]
        for r, (title, body), parse in zip(
            rows, titled, parse_all([b for _, b in titled]), strict=True
        ):
            sources.append(Source(r["category"], title, tuple(_units(body, parse))))
    if (data / CNN).exists():
        rows = load_jsonl(data / CNN)
        for r, parse in zip(rows, parse_all([r["article"] for r in rows]), strict=True):
            sources.append(Source("cnn", "", tuple(_units(r["article"], parse))))
    return [s for s in sources if len(s.units) >= 6]


def _person_names(sources: Sequence[Source]) -> dict[int, list[tuple[str, ...]]]:
    """Every person's name in the sources, as its tokens, by number of tokens."""
    names: dict[int, set[tuple[str, ...]]] = defaultdict(set)
    for source in sources:
        for unit in source.units:
            for a, b, label in unit.ents:
                if label == "PERSON" and b - a <= 3:
                    words = tuple(unit.text[unit.starts[t] : unit.ends[t]] for t in range(a, b))
                    if all(w[:1].isupper() and w.isalpha() for w in words):
                        names[b - a].add(words)
    return {n: sorted(v) for n, v in names.items()}


def _cast(units: Sequence[Unit], names: dict[int, list[tuple[str, ...]]], rng: random.Random):
    """A new name for most people in `units` (same number of words), and for their
    surnames on their own."""
    swap: dict[tuple[str, ...], tuple[str, ...]] = {}
    for unit in units:
        for a, b, label in unit.ents:
            words = tuple(unit.text[unit.starts[t] : unit.ends[t]] for t in range(a, b))
            if label == "PERSON" and words not in swap and names.get(b - a) and rng.random() < 0.8:
                swap[words] = rng.choice(names[b - a])
    for old, new in list(swap.items()):
        if len(old) > 1:
            swap.setdefault(old[-1:], new[-1:])
    return swap


def _rewrite(unit: Unit, swap: dict[tuple[str, ...], tuple[str, ...]]) -> Unit:
    """The unit with its people renamed: token texts replaced, offsets shifted."""
    replaced: dict[int, str] = {}
    for a, b, label in unit.ents:
        words = tuple(unit.text[unit.starts[t] : unit.ends[t]] for t in range(a, b))
        if label == "PERSON" and words in swap:
            replaced.update(zip(range(a, b), swap[words], strict=True))
    if not replaced:
        return unit
    text, starts, ends, at = [], [], [], 0
    for t in range(len(unit.starts)):
        gap = unit.text[(unit.ends[t - 1] if t else 0) : unit.starts[t]]
        word = replaced.get(t, unit.text[unit.starts[t] : unit.ends[t]])
        text += [gap, word]
        starts.append(at + len(gap))
        at += len(gap) + len(word)
        ends.append(at)
    text.append(unit.text[unit.ends[-1] :])
    lemmas = tuple(replaced.get(t, lemma) for t, lemma in enumerate(unit.lemmas))
    return Unit("".join(text), tuple(starts), tuple(ends), unit.tags, unit.pos, unit.deps,
                unit.heads, lemmas, unit.ents)  # fmt: skip


def assemble(units: Sequence[Unit], rng: random.Random) -> tuple[str, Parse]:
    """Units into paragraphs of one to four sentences (the first longer than 120
    characters, so no first line passes for a title), and the shifted columns of their
    parses."""
    pieces: list[str] = []
    cols: dict[str, list] = defaultdict(list)
    sentences, at, left = [], 0, rng.randint(1, 4)
    for i, unit in enumerate(units):
        if i:
            left -= 1
            sep = " " if left > 0 or at <= 120 else "\n\n"
            if left <= 0:
                left = rng.randint(1, 4)
            pieces.append(sep)
            at += len(sep)
        base = len(cols["starts"])
        pieces.append(unit.text)
        sentences.append((at, at + len(unit.text)))
        cols["starts"] += [at + s for s in unit.starts]
        cols["ends"] += [at + e for e in unit.ends]
        for name in ("tags", "pos", "deps", "lemmas"):
            cols[name] += getattr(unit, name)
        cols["heads"] += [base + h for h in unit.heads]
        cols["ents"] += [(base + a, base + b, label) for a, b, label in unit.ents]
        at += len(unit.text)
    parse = Parse(sentences=tuple(sentences), **{k: tuple(v) for k, v in cols.items()})
    return "".join(pieces), parse


def generate(
    sources: Sequence[Source], n: int, *, now: datetime, seed: int = 10
) -> list[Generated]:
    """`n` articles in stories of one to eight, deterministic for a seed."""
    rng = random.Random(seed)
    names = _person_names(sources)
    by_kind: dict[str, list[Source]] = defaultdict(list)
    for source in sources:
        by_kind[source.kind].append(source)
    out: list[Generated] = []
    bodies: set[str] = set()
    story = 0
    while len(out) < n:
        story += 1
        main_index = rng.randrange(len(sources))
        main = sources[main_index]
        extra = rng.choice(by_kind[main.kind])
        swap = _cast([*main.units, *extra.units], names, rng)
        day = now - timedelta(days=rng.randrange(30), minutes=rng.randrange(600))
        outlets = rng.sample(OUTLETS, len(OUTLETS))
        for k in range(min(rng.choice(STORY_SIZES), n - len(out))):
            keep = rng.uniform(0.55, 0.95)
            units = [main.units[0]] + [u for u in main.units[1:] if rng.random() < keep]
            for _ in range(rng.randint(0, 2)):
                units.insert(rng.randint(1, len(units)), rng.choice(extra.units))
            body, parse = assemble([_rewrite(u, swap) for u in units], rng)
            if body in bodies:
                continue
            bodies.add(body)
            title = main.title if main.title and k == 0 else ""
            date = day + timedelta(minutes=rng.randrange(240))
            out.append(
                Generated(title, outlets[k % len(outlets)], date, body, parse, story, main_index)
            )
    return out


def write_markdown(article: Generated, path: Path) -> None:
    """As the feed fetcher stores an article: Markdown with front matter."""
    meta = [f"source: {article.outlet}", f"date: {article.date.isoformat(timespec='seconds')}"]
    if article.title:
        meta.insert(0, f"title: {json.dumps(article.title, ensure_ascii=False)}")
    path.write_text("---\n" + "\n".join(meta) + "\n---\n\n" + article.body + "\n", "utf-8")
