"""Summary options are values parsed once: bounded steps, one parser, clear refusals."""

from __future__ import annotations

import pytest

from briefing.analysis.options import InvalidOption, Length, SummaryOptions
from briefing.config import load_settings
from briefing.errors import BriefingError


@pytest.mark.parametrize(
    ("text", "shown"), [("3", "3"), (3, "3"), ("3.0", "3"), (" 20% ", "20%"), ("100%", "100%")]
)
def test_a_length_is_read_once_and_written_back_the_same_way(text, shown):
    assert str(Length.parse(text)) == shown


@pytest.mark.parametrize("bad", ["0", "-2", "2.5", "lots", "0%", "150%", "", "nan", True, "51"])
def test_lengths_that_are_not_one_are_refused(bad):
    with pytest.raises(InvalidOption):
        Length.parse(bad)


def test_longer_and_shorter_stop_at_the_ends():
    assert str(Length.parse("100%").longer()) == "100%"
    assert str(Length.parse("95%").longer()) == "100%"
    assert str(Length.parse("20%").shorter()) == "10%"
    assert str(Length.parse("10%").shorter()) == "9%"
    assert str(Length.parse("1%").shorter()) == "1%"
    assert str(Length.parse("1").shorter()) == "1"
    assert str(Length.parse("50").longer()) == "50"
    assert str(Length.parse("3").longer()) == "4"


def test_a_length_counts_sentences_of_an_article():
    assert Length.parse("3").sentences(10) == 3
    assert Length.parse("3").sentences(2) == 2
    assert Length.parse("20%").sentences(12) == 3  # rounded up
    assert Length.parse("1%").sentences(5) == 1


def test_the_cache_key_names_the_summariser_and_the_length():
    options = SummaryOptions.parse("lexrank", "20%")
    assert options.cache_params == {"algorithm": "lexrank", "length": "20%"}
    assert options.next_algorithm().algorithm != "lexrank"
    with pytest.raises(InvalidOption, match="unknown summariser 'magic'"):
        SummaryOptions.parse("magic")


def test_a_whole_number_written_with_a_point_works_from_the_environment(monkeypatch):
    monkeypatch.setenv("BRIEFING_LENGTH", "3.0")
    assert str(load_settings().summary_options.length) == "3"


def test_a_bad_length_from_the_environment_names_its_source(monkeypatch):
    monkeypatch.setenv("BRIEFING_LENGTH", "3.5")
    with pytest.raises(BriefingError) as caught:
        load_settings()
    assert str(caught.value).startswith("BRIEFING_LENGTH: '3.5'")
    assert caught.value.exit_code == 2


def test_an_unknown_summariser_in_the_config_is_refused_where_it_is_read(monkeypatch):
    monkeypatch.setenv("BRIEFING_ALGORITHM", "magic")
    with pytest.raises(BriefingError, match="BRIEFING_ALGORITHM: unknown summariser"):
        load_settings()
