"""Texts longer than spaCy takes at once are parsed in pieces and joined: no text is too
long, memory stays bounded, and no other article of the batch is lost."""

from __future__ import annotations

import re
from datetime import datetime
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.model import Article, Parse
from briefing.analysis.pieces import join_parses, piece_bounds
from briefing.library import article_id

lines = st.lists(st.text(alphabet="abc XY.", max_size=30), max_size=40).map("\n".join)


@settings(derandomize=True, max_examples=200, deadline=None)
@given(lines, st.integers(4, 60), st.integers(2, 30))
def test_pieces_cover_the_text_in_order_and_none_is_over_the_limits(text, limit, tokens):
    bounds = piece_bounds(text, limit, tokens)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a == prev_b for (_, prev_b), (a, _) in pairwise(bounds))
    assert all(b - a <= limit for a, b in bounds)
    assert all(len(re.findall(r"\w+|[^\w ]", text[a:b])) <= tokens for a, b in bounds)


def test_a_piece_ends_at_a_paragraph_break_where_there_is_one():
    text = "One two three.\n\nFour five six.\n\nSeven eight nine."
    assert [text[a:b] for a, b in piece_bounds(text, 20, 100)] == [
        "One two three.\n\n", "Four five six.\n\n", "Seven eight nine.",
    ]  # fmt: skip


def toy_parse(text: str) -> Parse:
    """A stand-in for spaCy: a sentence per line, a token per word, each token headed by
    its sentence's first, each capitalised word an entity."""
    sentences, starts, ends, heads, ents = [], [], [], [], []
    for line in re.finditer(r"[^\n]+", text):
        first = len(starts)
        for word in re.finditer(r"\S+", line.group()):
            if word.group()[0].isupper():
                ents.append((len(starts), len(starts) + 1, "ORG"))
            starts.append(line.start() + word.start())
            ends.append(line.start() + word.end())
            heads.append(first)
        sentences.append((line.start(), line.end()))
    n = len(starts)
    return Parse(tuple(sentences), tuple(starts), tuple(ends), ("X",) * n, ("X",) * n,
                 ("dep",) * n, tuple(heads), ("x",) * n, tuple(ents))  # fmt: skip


@settings(derandomize=True, max_examples=200, deadline=None)
@given(lines, st.integers(8, 60))
def test_joined_pieces_parse_as_the_whole_text_when_no_sentence_is_cut(text, limit):
    bounds = piece_bounds(text, limit, limit)
    if any(b < len(text) and text[b - 1] != "\n" for _, b in bounds):
        return  # a line longer than a piece was cut inside: sentences differ by design
    joined = join_parses([toy_parse(text[a:b]) for a, b in bounds], [a for a, _ in bounds])
    assert joined == toy_parse(text)


def long_text(paragraphs: int) -> str:
    return "\n\n".join(
        f"Paragraph {i}: the council in Leeds approved a plan worth £{i} million on Monday."
        for i in range(paragraphs)
    )


def test_a_text_over_the_models_length_limit_is_parsed_and_the_batch_kept(monkeypatch):
    from briefing.analysis.nlp import load_model, parse_texts, resolve_model

    nlp = load_model(resolve_model())
    short = "Rates rose in Frankfurt on Tuesday."
    whole_short = next(parse_texts(resolve_model(), [short]))
    monkeypatch.setattr(nlp, "max_length", 2000)  # spaCy refuses anything longer
    text = long_text(80) + "\n\n" + "x\n" * 14_999 + "x"  # then 30,000 one-character tokens
    assert len(text) > 3 * 2000
    seen: list[int] = []
    real_pipe = nlp.pipe

    def pipe(texts, **kwargs):
        def measured():
            for t in texts:
                seen.append(len(t))
                yield t

        return real_pipe(measured(), **kwargs)

    monkeypatch.setattr(nlp, "pipe", pipe)
    first, parse, last = parse_texts(resolve_model(), [short, text, short])
    assert first == last == whole_short
    assert max(seen) <= 2000  # no piece spaCy would refuse, none of unbounded size
    assert len(seen) >= 30_000 // 5_000 + 3  # none of more than 5,000 tokens
    words = [text[s:e] for s, e in zip(parse.starts, parse.ends, strict=True)]
    assert words[:3] == ["Paragraph", "0", ":"] and words[-1] == "x"
    assert all(0 <= h < len(parse) for h in parse.heads)
    assert [e for s, e in parse.sentences] == sorted(e for s, e in parse.sentences)
    assert sum(label == "GPE" and words[s] == "Leeds" for s, _, label in parse.ents) >= 40


def test_the_analyzer_keeps_every_article_of_a_batch_with_a_very_long_one(tmp_path, monkeypatch):
    from briefing.analysis.nlp import load_model, resolve_model
    from briefing.analysis.pipeline import Analyzer
    from briefing.cache import Cache

    monkeypatch.setattr(load_model(resolve_model()), "max_length", 2000)
    bodies = ["Rates rose in Frankfurt on Tuesday.", long_text(60), "Floods hit Leeds on Monday."]
    now = datetime(2025, 10, 13).astimezone()
    articles = [Article(article_id(b), b, f"t{i}", "wire", now) for i, b in enumerate(bodies)]
    analyses = Analyzer(Cache(tmp_path)).analyze(articles)
    assert [a.article.id for a in analyses] == [a.id for a in articles]
    long = analyses[1]
    assert long.summary and all(long.article.body[s.start : s.end] == s.text for s in long.summary)
    assert any(e.name == "Leeds" for e in long.entities.places)
