"""`briefing analyze` end to end on the bundled seeds: JSON contents, offsets, cache reuse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_and_report_spacy, run_briefing

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def cold_and_warm(tmp_path_factory):
    """Two runs of `analyze --json` on the seeds over one fresh cache folder."""
    cache = tmp_path_factory.mktemp("cache")
    env = {"BRIEFING_CACHE_DIR": str(cache)}
    cold = run_briefing("analyze", "--json", env=env)
    return cold, run_and_report_spacy(["analyze", "--json"], env), cache


def longer_seed(document: dict) -> dict:
    return max(document["articles"], key=lambda a: len(a["body"]))


def test_cold_run_succeeds_with_json_on_stdout(cold_and_warm):
    cold, _, _ = cold_and_warm
    assert cold.returncode == 0, cold.stderr
    document = json.loads(cold.stdout)
    assert len(document["articles"]) == 2
    assert document["problems"] == []


def test_the_longer_seed_reports_its_key_figures(cold_and_warm):
    article = longer_seed(json.loads(cold_and_warm[0].stdout))
    by_value: dict = {}
    for figure in article["figures"]:
        value = figure["value"]
        by_value.setdefault(value if not isinstance(value, list) else tuple(value), []).append(
            figure
        )
    assert any(f["unit"] == "USD" and "loan" in f["context"] for f in by_value[50_000_000_000])
    assert any(f["unit"] == "km" for f in by_value.get(2500, []) + by_value.get((0, 2500), []))
    assert any(f["unit"] == "troops" for f in by_value[70_000])
    assert any(f["unit"] == "casualties" for f in by_value[500_000])


def test_the_longer_seed_names_zelenskyy_and_putin_once_each(cold_and_warm):
    article = longer_seed(json.loads(cold_and_warm[0].stdout))
    people = [p["name"] for p in article["people"]]
    assert "Volodymyr Zelenskyy" in people
    assert "Vladimir Putin" in people
    assert not {"Zelenskyy", "Putin"} & set(people)
    mentions = {m["text"]: m["canonical"] for m in article["entities"] if m["label"] == "PERSON"}
    assert mentions.get("Zelenskyy") == "Volodymyr Zelenskyy"
    assert mentions.get("Putin") == "Vladimir Putin"


def test_summaries_have_three_sentences_with_valid_offsets(cold_and_warm):
    for article in json.loads(cold_and_warm[0].stdout)["articles"]:
        body = article["body"]
        assert len(article["summary"]) == 3
        starts = [s["start"] for s in article["summary"]]
        assert starts == sorted(starts)
        assert sorted(s["rank"] for s in article["summary"]) == [1, 2, 3]
        for span in article["summary"] + article["entities"] + article["figures"]:
            assert body[span["start"] : span["end"]] == span["text"]


def test_the_second_run_is_served_from_cache_without_spacy_and_is_identical(cold_and_warm):
    cold, warm, _ = cold_and_warm
    assert warm.returncode == 0, warm.stderr
    assert "SPACY-NOT-LOADED" in warm.stderr
    assert json.loads(warm.stdout) == json.loads(cold.stdout)


def test_headless_analyze_never_imports_textual(cold_and_warm):
    _, warm, _ = cold_and_warm
    assert "TEXTUAL-NOT-LOADED" in warm.stderr


def test_another_length_and_summariser_reuse_the_cached_parse_without_spacy(cold_and_warm):
    _, _, cache = cold_and_warm
    env = {"BRIEFING_CACHE_DIR": str(cache)}
    result = run_and_report_spacy(["analyze", "--json", "--length", "5", "-a", "lexrank"], env)
    assert result.returncode == 0, result.stderr
    assert "SPACY-NOT-LOADED" in result.stderr
    for article in json.loads(result.stdout)["articles"]:
        assert len(article["summary"]) == 5
        assert article["algorithm"] == "lexrank"


def test_two_processes_analysing_at_once_both_succeed_and_agree(tmp_path):
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "briefing", "analyze", "--json"]
    procs = [
        subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outputs]
    first, second = (json.loads(out) for out, _ in outputs)
    assert first == second


def test_readable_output_shows_titles_summaries_and_figures(cold_and_warm, tmp_path):
    result = run_briefing("analyze", env={"BRIEFING_CACHE_DIR": str(tmp_path), "NO_COLOR": "1"})
    assert result.returncode == 0, result.stderr
    assert "Key figures" in result.stdout
    assert "$50 billion" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no escape codes


def test_markup_in_an_article_prints_literally(tmp_path):
    article = tmp_path / "markup.txt"
    article.write_text(
        "Markup test\n\nThe council approved [bold]$3 million[/bold] for 12 new buses. "
        "Officials said [link=x]the plan[/] would take two years. \x1b[31mRed\x1b[0m text ends here.",
        encoding="utf-8",
    )
    result = run_briefing("analyze", str(article), env={"BRIEFING_CACHE_DIR": str(tmp_path / "c")})
    assert result.returncode == 0, result.stderr
    assert "[bold]$3 million[/bold]" in result.stdout or "[bold]" in result.stdout
    assert "\x1b" not in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["analyze", "/no/such/path"], "no such file or folder"),
        (["analyze", "--length", "zero"], "length"),
        (["analyze", "--algorithm", "magic"], "unknown summariser"),
        (["analyze", "--jobs", "0"], "--jobs: must be from 1 to 64"),
        (["cache", "prune", "--max-size", "lots"], "--max-size"),
    ],
)
def test_user_errors_are_one_line_and_exit_2(tmp_path, args, message):
    result = run_briefing(*args, env={"BRIEFING_CACHE_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_missing_model_is_one_line_with_an_install_hint(tmp_path):
    result = run_briefing(
        "analyze",
        "--no-cache",
        env={"BRIEFING_CACHE_DIR": str(tmp_path), "BRIEFING_MODEL": "en_core_web_nonexistent"},
    )
    assert result.returncode == 2
    assert "pip install" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_invalid_config_file_is_one_line_and_exit_2(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text("jobs: lots\n")
    result = run_briefing("analyze", env={"BRIEFING_CONFIG": str(config)})
    assert result.returncode == 2
    assert str(config) in result.stderr and "jobs" in result.stderr


def test_cache_stats_and_clear(tmp_path):
    env = {"BRIEFING_CACHE_DIR": str(tmp_path)}
    assert (
        run_briefing("analyze", "--json", "seeds/000_9c7859ff746ab798.txt", env=env).returncode == 0
    )
    stats = run_briefing("cache", "stats", env=env)
    assert stats.returncode == 0
    assert "parse" in stats.stdout and "summary" in stats.stdout
    assert "per article" in stats.stdout.splitlines()[2]  # one article: its bytes by stage
    parse_row = next(line.split() for line in stats.stdout.splitlines() if line.startswith("parse"))
    assert parse_row[2:4] == parse_row[4:6]  # stored == per article, for one article
    assert list((tmp_path / "library-index").iterdir())  # what the library gave, kept
    cleared = run_briefing("cache", "clear", env=env)
    assert cleared.returncode == 0 and "removed" in cleared.stdout
    assert "removed 1 library index" in cleared.stdout
    assert not (tmp_path / "library-index").exists()  # nothing of the library is left
    assert "parse" not in run_briefing("cache", "stats", env=env).stdout.split("stored", 1)[1]


def test_explain_says_why_each_figure_is_key_and_why_each_name_has_its_label(tmp_path):
    article = tmp_path / "strikes.txt"
    article.write_text(
        "Strikes on Kyiv\n\nRussia launched 32 missiles at Kyiv in the past 24 hours, "
        "President Volodymyr Zelenskyy said on Tuesday. The government will spend $2 billion "
        "on air defence in 2026, and Boeing 737 Max jets were grounded. Fares were cut "
        "from $90 to $75.",
        encoding="utf-8",
    )
    env = {"BRIEFING_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    result = run_briefing("analyze", "--explain", str(article), env=env)
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "$2 billion = 2,000,000,000 USD (money)" in out
    assert "= 90 → 75 USD" in out  # a fall from one level to another, not a range
    assert "key: money" in out
    assert "the past 24 hours" in out and "not key: a time span measured from now" in out
    assert "2026 — a year" in out
    assert "737 — part of a name" in out
    assert "Tuesday —" not in out  # a weekday is no number
    assert "Volodymyr Zelenskyy ×1 — a title (President)" in out
    assert "#0 Russia launched 32 missiles" in out and "— chosen" in out  # the summary, why
