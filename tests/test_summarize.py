"""Summaries: every summariser, lengths, document order, offsets, and the default's rules."""

from __future__ import annotations

import pytest

from briefing.analysis.summarize import ALGORITHMS, DEFAULT_ALGORITHM, parse_length, summarize
from briefing.errors import BriefingError


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_summariser_returns_three_sentences_in_order_with_valid_offsets(
    algorithm, seed_articles, seed_parses
):
    article = seed_articles[-1]
    summary = summarize(article.body, seed_parses[article.id], algorithm, "3")
    assert len(summary) == 3
    assert [s.start for s in summary] == sorted(s.start for s in summary)
    assert sorted(s.rank for s in summary) == [1, 2, 3]
    for s in summary:
        assert article.body[s.start : s.end] == s.text
        assert seed_parses[article.id].sentences[s.sentence] == (s.start, s.end)


def test_a_percentage_length_scales_with_the_article(seed_articles, seed_parses):
    for article in seed_articles:
        parse = seed_parses[article.id]
        summary = summarize(article.body, parse, "lexrank", "20%")
        assert len(summary) == max(1, -(-len(parse.sentences) * 20 // 100))


@pytest.mark.parametrize("bad", ["0", "-2", "lots", "0%", "150%", ""])
def test_bad_lengths_are_user_errors(bad):
    with pytest.raises(BriefingError) as caught:
        parse_length(bad)
    assert caught.value.exit_code == 2


def test_length_longer_than_the_article_returns_every_sentence(parse_text):
    body = "The mayor opened the bridge on Monday. Traffic started to flow at noon."
    assert len(summarize(body, parse_text(body), DEFAULT_ALGORITHM, "10")) == 2


NEWS = (
    "By Jane Doe, Science Reporter\n"
    "PUBLISHED: 10:02 EST, 3 March 2024 | UPDATED: 11:15 EST, 3 March 2024\n"
    "The city council approved a new flood barrier for the river district on Tuesday after years of debate.\n"
    "The barrier will protect homes in the river district from the floods that hit the city every winter.\n"
    "Will it be enough?\n"
    "Engineers said the flood barrier for the river district would be finished within two years.\n"
    "Engineers said the flood barrier for the river district would be finished within two years, officials added.\n"
    "Residents of the river district welcomed the council's decision on the barrier.\n"
    "Critics argued that the cost of the flood barrier was too high for the council."
)


def test_the_default_skips_bylines_time_stamps_and_questions(parse_text):
    summary = summarize(NEWS, parse_text(NEWS), DEFAULT_ALGORITHM, "3")
    texts = " ".join(s.text for s in summary)
    assert "By Jane Doe" not in texts
    assert "PUBLISHED" not in texts
    assert "Will it be enough?" not in texts


def test_the_default_leads_with_the_first_real_sentence(parse_text):
    summary = summarize(NEWS, parse_text(NEWS), DEFAULT_ALGORITHM, "3")
    best = min(summary, key=lambda s: s.rank)
    assert best.text.startswith("The city council approved")


def test_the_default_drops_near_duplicate_sentences(parse_text):
    summary = summarize(NEWS, parse_text(NEWS), DEFAULT_ALGORITHM, "4")
    engineers = [s for s in summary if s.text.startswith("Engineers said")]
    assert len(engineers) <= 1
