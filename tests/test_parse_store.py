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


def test_every_seed_parse_reads_back_equal_and_smaller_than_its_json(seed_parses):
    import json
    import zlib

    for parse in seed_parses.values():
        stored = encode(parse)
        assert decode(stored) == parse
        as_json = zlib.compress(json.dumps(parse.to_json()).encode(), 6)
        assert len(zlib.compress(stored, 6)) < 0.75 * len(as_json)


_labels = st.sampled_from(["NN", "VBZ", "nsubj", "ROOT", "PERSON", "é", "", "x" * 300])


@st.composite
def parses(draw: st.DrawFn) -> Parse:
    n = draw(st.integers(0, 12))
    starts, ends, at = [], [], 0
    for _ in range(n):
        at += draw(st.integers(0, 70000))
        starts.append(at)
        at += draw(st.integers(0, 40))
        ends.append(at)
    cuts = sorted(draw(st.lists(st.integers(0, at), max_size=6)))
    return Parse(
        sentences=tuple(zip(cuts[0::2], cuts[1::2], strict=False)),
        starts=tuple(starts),
        ends=tuple(ends),
        tags=tuple(draw(_labels) for _ in range(n)),
        pos=tuple(draw(_labels) for _ in range(n)),
        deps=tuple(draw(_labels) for _ in range(n)),
        heads=tuple(draw(st.integers(0, max(0, n - 1))) for _ in range(n)),
        lemmas=tuple(draw(st.text(max_size=5)) for _ in range(n)),
        ents=tuple(
            (s, s + draw(st.integers(1, 3)), draw(_labels))
            for s in draw(st.lists(st.integers(0, n), max_size=4))
        ),
    )


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(parses())
def test_any_parse_reads_back_equal(parse):
    assert decode(encode(parse)) == parse


@pytest.mark.parametrize(
    "data", [b"", b"[1, 2]", encode(Parse((), (), (), (), (), (), (), (), ()))[:-1] + b"\xff"]
)
def test_what_is_not_a_stored_parse_is_refused_with_valueerror(data):
    with pytest.raises(ValueError):
        decode(data[:12] if data.startswith(b"\x00") else data)


def test_a_damaged_stored_parse_is_refused_not_read_wrong(seed_parses):
    stored = encode(next(iter(seed_parses.values())))
    for cut in (5, len(stored) // 2, len(stored) - 1):
        with pytest.raises(ValueError):
            decode(stored[:cut])


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


def test_cache_check_keeps_compact_parses(tmp_path, seed_parses):
    cache = Cache(tmp_path)
    cache.put_many("parse", "k", {i: encode(p) for i, p in seed_parses.items()})
    report = cache.check()
    assert report.ok and report.entries == len(seed_parses)
    assert cache.get_many("parse", "k", list(seed_parses), decode) == seed_parses
