"""The compact stored parse: what a stage reads back is what spaCy gave, an older
JSON parse is upgraded without parsing again, and anything else is a miss."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis.model import Parse
from briefing.analysis.parse_codec import decode, encode
from briefing.analysis.pipeline import PARSE_VERSION, Analyzer
from briefing.cache import CACHE_FILE, Cache, stage_key


def test_every_seed_parse_reads_back_equal_and_smaller_than_its_json(seed_articles, seed_parses):
    import json
    import zlib

    for article in seed_articles:
        parse = seed_parses[article.id]
        stored = encode(parse, article.body)
        assert decode(stored, article.body) == parse
        as_json = zlib.compress(json.dumps(parse.to_json()).encode(), 6)
        assert len(zlib.compress(stored, 6)) < 0.5 * len(as_json)


_labels = st.sampled_from(["NN", "VBZ", "nsubj", "ROOT", "PERSON", "é", "", "x" * 300])


@st.composite
def parses(draw: st.DrawFn) -> tuple[Parse, str]:
    """A parse of any shape, and a body its offsets index."""
    n = draw(st.integers(0, 12))
    starts, ends, at = [], [], 0
    for _ in range(n):
        at += draw(st.integers(0, 70000))
        starts.append(at)
        at += draw(st.integers(0, 40))
        ends.append(at)
    body = draw(st.text(alphabet="aBc É.", min_size=0, max_size=30)).ljust(at, "x")
    texts = [body[s:e] for s, e in zip(starts, ends, strict=True)]
    lemmas = [draw(st.sampled_from([t, t.lower(), "be", ""])) for t in texts]
    cuts = sorted(draw(st.lists(st.integers(0, at), max_size=6)))
    parse = Parse(
        sentences=tuple(zip(cuts[0::2], cuts[1::2], strict=False)),
        starts=tuple(starts),
        ends=tuple(ends),
        tags=tuple(draw(_labels) for _ in range(n)),
        pos=tuple(draw(_labels) for _ in range(n)),
        deps=tuple(draw(_labels) for _ in range(n)),
        heads=tuple(draw(st.integers(0, max(0, n - 1))) for _ in range(n)),
        lemmas=tuple(lemmas),
        ents=tuple(
            (s, s + draw(st.integers(1, 3)), draw(_labels))
            for s in draw(st.lists(st.integers(0, n), max_size=4))
        ),
    )
    return parse, body


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(parses())
def test_any_parse_reads_back_equal(parse_and_body):
    parse, body = parse_and_body
    assert decode(encode(parse, body), body) == parse


@pytest.mark.parametrize(
    "data", [b"", b"[1, 2]", encode(Parse((), (), (), (), (), (), (), (), ()), "")[:14]]
)
def test_what_is_not_a_stored_parse_is_refused_with_valueerror(data):
    with pytest.raises(ValueError):
        decode(data, "")


def test_a_damaged_stored_parse_is_refused_not_read_wrong(seed_articles, seed_parses):
    article = seed_articles[-1]
    stored = encode(seed_parses[article.id], article.body)
    for cut in (5, len(stored) // 2, len(stored) - 1):
        with pytest.raises(ValueError):
            decode(stored[:cut], article.body)


def test_an_older_json_parse_is_upgraded_and_analysed_without_spacy(
    tmp_path, seed_articles, seed_parses
):
    article = seed_articles[-1]
    analyzer = Analyzer(Cache(tmp_path))
    model = analyzer.model.key
    analyzer.cache.put(
        "parse", stage_key("2", model), article.id, seed_parses[article.id].to_json()
    )
    analysis = analyzer.cached(article)
    assert analysis is not None and analysis.summary  # from the old parse, not None
    assert analyzer.stored_parse(article) == seed_parses[article.id]
    with sqlite3.connect(tmp_path / CACHE_FILE) as conn:
        keys = [k for (k,) in conn.execute("SELECT key FROM entries WHERE stage='parse'")]
    assert keys == [stage_key(PARSE_VERSION, model)]  # the old entry gave way


def test_cache_check_keeps_compact_parses(tmp_path, seed_articles, seed_parses):
    cache = Cache(tmp_path)
    bodies = {a.id: a.body for a in seed_articles}
    cache.put_many("parse", "k", {i: encode(p, bodies[i]) for i, p in seed_parses.items()})
    report = cache.check()
    assert report.ok and report.entries == len(seed_parses)
    stored = cache.get_many("parse", "k", list(seed_parses), bytes)
    assert {i: decode(data, bodies[i]) for i, data in stored.items()} == seed_parses
