"""The daily brief: selection, grouping, merging, dedup, formats, and inert article text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import run_and_report_spacy
from markdown_it import MarkdownIt

from briefing.analysis.model import (
    Analysis,
    Article,
    Entities,
    Entity,
    EntityMention,
    Figure,
    SummarySentence,
)
from briefing.brief.grouping import words
from briefing.brief.model import make_brief
from briefing.brief.news import in_the_news
from briefing.brief.render import render_html, render_json, render_markdown, render_text
from briefing.brief.select import select_articles
from briefing.brief.stories import build_stories
from briefing.errors import BriefingError

REPO = Path(__file__).resolve().parents[1]
NOW = datetime(2025, 10, 13, 12, 0).astimezone()


def analysis(
    aid: str,
    body: str,
    *,
    people=(),
    places=(),
    figures=(),
    date: datetime = NOW,
    title: str | None = None,
    source: str = "wire",
) -> Analysis:
    sentences = []
    offset = 0
    for i, sentence in enumerate(s for s in body.split(". ") if s):
        text = sentence if sentence.endswith(".") else sentence + "."
        start = body.index(text[:-1], offset)
        sentences.append(
            SummarySentence(body[start : start + len(text)], start, start + len(text), i, i + 1)
        )
        offset = start + len(text)
    canonical = [Entity(n, "PERSON", c) for n, c in people] + [
        Entity(n, "GPE", c) for n, c in places
    ]
    mentions = []
    for e in canonical:
        at = body.find(e.name)
        if at >= 0:
            mentions.append(EntityMention(e.name, e.label, e.name, at, at + len(e.name)))
    return Analysis(
        article=Article(aid, body, title or body.split(".")[0], source, date, path=f"{aid}.txt"),
        summary=tuple(sentences[:3]),
        entities=Entities(tuple(mentions), tuple(canonical)),
        figures=tuple(figures),
        algorithm="briefing",
        length="3",
    )


def fig(text: str, value, unit: str, kind: str, context: str, salience: float) -> Figure:
    return Figure(text, value, unit, kind, context, 0, len(text), 0, salience)


FLOOD_A = analysis(
    "a",
    "Floods hit Valencia after record rain. Mayor Ana Ruiz said 40 people were rescued. Rivers burst their banks in Valencia.",
    people=[("Ana Ruiz", 2)],
    places=[("Valencia", 3), ("Spain", 1)],
    figures=[fig("40 people", 40.0, "people", "count", "people rescued", 0.9)],
    source="El Diario",
)
FLOOD_B = analysis(
    "b",
    "Record rain flooded Valencia on Monday. Ruiz ordered schools closed across Valencia. About 40 people were rescued by boat.",
    people=[("Ruiz", 1)],
    places=[("Valencia", 2), ("Spain", 1)],
    figures=[fig("About 40", 40.0, "people", "count", "people rescued by boat", 0.8)],
    source="Wire",
)
CHIPS = analysis(
    "c",
    "Chipmaker profits rose 12% in Taiwan. John Smith, an analyst, expects more growth. Shares hit a high.",
    people=[("John Smith", 1)],
    places=[("Taiwan", 2)],
    figures=[fig("12%", 12.0, "percent", "percent", "profits", 0.95)],
)
FARM = analysis(
    "d",
    "Mary Smith won the county farm prize in Iowa. Smith grew a 900-pound pumpkin. The fair closed on Sunday.",
    people=[("Mary Smith", 1), ("Smith", 1)],
    places=[("Iowa", 1)],
)


def test_articles_about_the_same_event_are_one_story_and_others_are_not():
    stories = build_stories([FLOOD_A, CHIPS, FLOOD_B, FARM])
    groups = sorted(sorted(a.id for a in s.articles) for s in stories)
    assert groups == [["a", "b"], ["c"], ["d"]]
    flood = next(s for s in stories if len(s.articles) == 2)
    assert set(flood.sources) == {"El Diario", "Wire"}


def test_a_story_summary_skips_near_duplicate_sentences():
    (flood,) = [s for s in build_stories([FLOOD_A, FLOOD_B], length=6) if len(s.articles) == 2]
    texts = [x.sentence.text for x in flood.summary]
    assert len(texts) == len(set(texts))
    rescued = [t for t in texts if "rescued" in t]
    assert len(rescued) == 1


def test_the_same_figure_from_two_articles_appears_once_with_its_article():
    (flood,) = build_stories([FLOOD_A, FLOOD_B])
    assert [f.figure.value for f in flood.figures] == [40.0]
    assert flood.figures[0].article_id == "a"  # the more salient report


def test_a_surname_merges_into_the_one_full_name_in_the_days_coverage():
    people = {e.name: e.articles for e in in_the_news([FLOOD_A, FLOOD_B])["people"]}
    assert people == {"Ana Ruiz": 2}


def test_two_different_smiths_are_not_merged():
    people = {e.name for e in in_the_news([CHIPS, FARM])["people"]}
    assert {"John Smith", "Mary Smith"} <= people
    assert "Smith" in people  # ambiguous: stays on its own


def test_spelling_variants_of_a_surname_merge():
    a = analysis("z1", "Volodymyr Zelenskyy spoke.", people=[("Volodymyr Zelenskyy", 3)])
    b = analysis("z2", "Zelensky spoke again.", people=[("Zelensky", 2)])
    people = in_the_news([a, b])["people"]
    assert [(p.name, p.articles, p.mentions) for p in people] == [("Volodymyr Zelenskyy", 2, 5)]


def days_ago(n: int) -> Article:
    return Article(f"id{n}", f"Body {n}.", f"Day {n}", "s", NOW - timedelta(days=n))


LIBRARY = [days_ago(n) for n in (0, 0, 1, 3, 10)]


def test_selection_by_default_is_today():
    chosen, what = select_articles(LIBRARY, now=NOW)
    assert [a.title for a in chosen] == ["Day 0", "Day 0"]
    assert what == "2025-10-13"


def test_selection_by_date_since_and_all():
    assert len(select_articles(LIBRARY, day="2025-10-12", now=NOW)[0]) == 1
    assert len(select_articles(LIBRARY, since="2d", now=NOW)[0]) == 3
    assert len(select_articles(LIBRARY, since="36h", now=NOW)[0]) == 3
    assert len(select_articles(LIBRARY, since="2025-10-10", now=NOW)[0]) == 4
    assert len(select_articles(LIBRARY, everything=True, now=NOW)[0]) == 5


def test_an_empty_selection_names_the_newest_date_and_how_to_widen():
    with pytest.raises(BriefingError) as caught:
        select_articles([days_ago(3)], now=NOW)
    assert caught.value.exit_code == 1
    assert "2025-10-10" in str(caught.value) and "--all" in str(caught.value)


def test_bad_dates_are_usage_errors():
    with pytest.raises(BriefingError) as caught:
        select_articles(LIBRARY, day="yesterday", now=NOW)
    assert caught.value.exit_code == 2


HOSTILE = analysis(
    "h",
    "The <script>alert('x')</script> vote passed [bold]narrowly[/bold] in Rome. "
    "Officials said **not** a # heading & <b>tags</b> stay text. Results came at noon.",
    places=[("Rome", 1)],
    figures=[fig("<b>$5</b>", 5.0, "USD", "money", "[red]fees[/red] & <i>costs</i>", 0.9)],
    title="<h1>Vote</h1> [bold]passes[/bold]",
)


def test_html_is_self_contained_and_escapes_article_text():
    page = render_html(make_brief([HOSTILE], "all articles", now=NOW))
    assert "<script>" not in page and "<b>tags</b>" not in page and "<h1>Vote" not in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;tags&lt;/b&gt;" in page
    assert "http://" not in page and "https://" not in page and "<link" not in page
    assert "@media print" in page


def test_markdown_parses_and_keeps_article_text_literal():
    doc = render_markdown(make_brief([HOSTILE, FLOOD_A], "all articles", now=NOW))
    rendered = MarkdownIt("commonmark").render(doc)
    assert (
        "<script>" not in rendered
        and "<b>" not in rendered
        and "<strong>not</strong>" not in rendered
    )
    assert "**not**" in rendered and "[bold]narrowly[/bold]" in rendered
    assert rendered.count("<h2>") == 3  # "In the news" and two stories: the article's "#" made none
    assert "<strong>40 people</strong>" in rendered


def test_text_is_plain_wrapped_and_literal():
    text = render_text(make_brief([HOSTILE, FLOOD_A, CHIPS], "all articles", now=NOW), width=50)
    assert "\x1b" not in text
    assert max(len(line) for line in text.splitlines()) <= 50
    assert "[bold]narrowly[/bold]" in text


def test_json_has_the_documented_structure():
    data = json.loads(render_json(make_brief([FLOOD_A, FLOOD_B, CHIPS], "2025-10-13", now=NOW)))
    assert data["date"] == "2025-10-13" and data["selection"] == "2025-10-13"
    assert set(data["in_the_news"]) == {"people", "organizations", "places"}
    assert data["in_the_news"]["places"][0] == {"name": "Valencia", "articles": 2, "mentions": 5}
    story = data["stories"][0]
    assert set(story) >= {"headline", "articles", "sources", "summary", "figures"}
    assert story["articles"] == ["a", "b"] or sorted(story["articles"]) == ["a", "b"]
    for sentence in story["summary"]:
        body = {"a": FLOOD_A, "b": FLOOD_B}[sentence["article"]].article.body
        assert body[sentence["start"] : sentence["end"]] == sentence["text"]
    assert story["figures"][0]["article"] == "a"


# -- the command, end to end on the seeds ---------------------------------------------------


def run(*args: str, cache: Path, extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache), **(extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "briefing", "brief", *args],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=300,
    )  # fmt: skip


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    assert run("--all", "--format", "json", cache=cache).returncode == 0
    return cache


def test_the_seeds_make_one_story_with_its_key_figures(warm_cache):
    result = run("--all", "--format", "json", cache=warm_cache)
    data = json.loads(result.stdout)
    assert len(data["stories"]) == 1
    assert len(data["stories"][0]["articles"]) == 2
    people = [p["name"] for p in data["in_the_news"]["people"]]
    assert "Volodymyr Zelenskyy" in people and "Zelensky" not in people
    assert any(f["value"] == 5e10 for f in data["stories"][0]["figures"])


@pytest.mark.parametrize(("name", "marker"), [("brief.md", "# Daily brief"), ("brief.html", "<!DOCTYPE html>"),
                                              ("brief.txt", "DAILY BRIEF"), ("brief.json", '"stories"')])  # fmt: skip
def test_output_format_follows_the_file_extension(warm_cache, tmp_path, name, marker):
    result = run("--all", "-o", str(tmp_path / name), cache=warm_cache)
    assert result.returncode == 0, result.stderr
    assert marker in (tmp_path / name).read_text(encoding="utf-8")


def test_not_a_terminal_means_plain_text(warm_cache):
    result = run("--all", cache=warm_cache)
    assert result.returncode == 0
    assert "\x1b[" not in result.stdout and "DAILY BRIEF" in result.stdout


def test_nothing_selected_is_one_line_and_exit_1(warm_cache):
    result = run("--date", "1999-01-01", cache=warm_cache)
    assert result.returncode == 1
    assert "newest is from" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_warm_brief_never_imports_spacy_or_textual(warm_cache):
    result = run_and_report_spacy(["brief", "--all"], {"BRIEFING_CACHE_DIR": str(warm_cache)})
    assert result.returncode == 0, result.stderr
    assert "SPACY-NOT-LOADED" in result.stderr and "TEXTUAL-NOT-LOADED" in result.stderr


def test_a_brief_ends_with_its_output_whole_and_its_exit_code(warm_cache, tmp_path):
    """The process ends without freeing the brief's analyses: what it wrote arrives
    whole, through a pipe or into a file, and a failure keeps its exit code."""
    piped = run("--all", "--format", "json", cache=warm_cache)
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout)["stories"]
    out = tmp_path / "brief.md"
    written = run("--all", "-o", str(out), cache=warm_cache)
    assert written.returncode == 0, written.stderr
    assert out.read_text(encoding="utf-8").startswith("# Daily brief")
    nothing = run("--date", "1999-01-01", cache=warm_cache)
    assert nothing.returncode == 1 and "no articles for 1999-01-01" in nothing.stderr


def test_a_brief_run_under_a_profiler_leaves_its_profile(warm_cache, tmp_path):
    profile = tmp_path / "brief.prof"
    command = [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "briefing", "brief"]
    result = subprocess.run(
        [*command, "--all", "--format", "text"], capture_output=True, text=True, cwd=REPO,
        env={**os.environ, "BRIEFING_CACHE_DIR": str(warm_cache)}, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("DAILY BRIEF") and profile.stat().st_size > 0


def test_a_warm_brief_to_a_pipe_imports_neither_rich_nor_the_entity_rules(warm_cache):
    """No progress bar and no colours to draw, no entity to find: the start stays short."""
    for fmt in ("text", "markdown", "json"):
        result = run_and_report_spacy(
            ["brief", "--all", "--format", fmt], {"BRIEFING_CACHE_DIR": str(warm_cache)}
        )
        assert result.returncode == 0, result.stderr
        assert "RICH-NOT-LOADED" in result.stderr, fmt
        assert "ENTITIES-STAGE-NOT-LOADED" in result.stderr, fmt


# -- which articles make one story (pinned before grouping stopped comparing every pair) --


def _ids(stories) -> list[list[str]]:
    return sorted(sorted(a.id for a in s.articles) for s in stories)


STRIKE_A = analysis(
    "strike-a",
    "Dock workers in Rotterdam walked out over pay on Tuesday. Union leader Pieter Bakker said "
    "the strike would last a week. Ships queued outside the port of Rotterdam.",
    people=[("Pieter Bakker", 2)],
    places=[("Rotterdam", 2), ("Netherlands", 1)],
)
STRIKE_B = analysis(
    "strike-b",
    "A pay strike shut the port of Rotterdam. Bakker told reporters that dock workers "
    "would not return before a new offer. Freight firms diverted ships to Antwerp.",
    people=[("Bakker", 1)],
    places=[("Rotterdam", 1), ("Antwerp", 1), ("Netherlands", 1)],
)
FASHION = analysis(
    "fashion",
    "Designers showed spring collections in Rotterdam. Models walked a runway built on a "
    "barge. Tickets for the shows sold out in minutes.",
    places=[("Rotterdam", 1)],
)


def test_the_words_grouping_compares_leave_out_stop_words_and_closing_apostrophes():
    bag = words("The farmers' union said the farmers’ costs rose; it’ rose again in 2024.")
    assert list(bag.items()) == [("farmers", 2), ("union", 1), ("costs", 1), ("rose", 2), ("it", 1),
                                 ("again", 1)]  # fmt: skip
    assert words("Putin's allies") == {"putin's": 1, "allies": 1}
    assert words("") == {}


def test_two_reports_sharing_their_key_names_and_some_words_are_one_story():
    assert _ids(build_stories([STRIKE_A, FASHION, STRIKE_B])) == [
        ["fashion"],
        ["strike-a", "strike-b"],
    ]


def test_sharing_one_place_and_nothing_else_is_not_the_same_story():
    assert _ids(build_stories([STRIKE_A, FASHION])) == [["fashion"], ["strike-a"]]


def test_a_republished_wire_copy_without_names_joins_its_original():
    text = (
        "Heavy snow closed mountain passes overnight. Drivers were told to carry chains and "
        "blankets. Ploughs worked through the night to reopen the roads."
    )
    copy = analysis("copy", text.replace("overnight", "late on Sunday"), source="Wire")
    assert _ids(build_stories([analysis("orig", text), copy, FASHION])) == [
        ["copy", "orig"],
        ["fashion"],
    ]


def test_a_chain_of_related_reports_is_one_story():
    """A ~ B and B ~ C make one story even when A and C share too little."""
    follow_up = analysis(
        "strike-c",
        "Antwerp port handled record freight as ships avoided the strike. Belgian officials "
        "said dock workers in Antwerp worked extra shifts. Freight firms praised the port.",
        places=[("Antwerp", 2), ("Belgium", 1), ("Netherlands", 1)],
    )
    stories = build_stories([STRIKE_A, STRIKE_B, follow_up])
    assert _ids(stories) == [["strike-a", "strike-b", "strike-c"]]


FIRE_A = analysis(
    "fire-a",
    "A wildfire forced villages near Lisbon to evacuate on Tuesday. Fire chief Rui Costa "
    "said crews from Lisbon were fighting the flames. Smoke closed roads north of Lisbon.",
    people=[("Rui Costa", 2)],
    places=[("Lisbon", 3), ("Portugal", 1)],
)
FIRE_B = analysis(
    "fire-b",
    "Villages near Lisbon were evacuated as a wildfire spread. Costa said the flames were "
    "moving north. Firefighters from across Portugal joined crews from Lisbon.",
    people=[("Costa", 1)],
    places=[("Lisbon", 2), ("Portugal", 1)],
)
ROUNDUP = analysis(
    "roundup",
    "Europe in brief: Bakker said the Rotterdam strike would go on. Dock workers in the "
    "Netherlands stayed out. In Portugal, Costa said crews near Lisbon had the fire in hand.",
    people=[("Bakker", 1), ("Costa", 1)],
    places=[("Rotterdam", 1), ("Netherlands", 1), ("Lisbon", 1), ("Portugal", 1)],
)


def test_a_roundup_naming_two_stories_does_not_merge_them():
    """One report that mentions both a strike and a fire joins one of them; it does not
    bridge them into one story (single links chained a month's articles together)."""
    groups = _ids(build_stories([STRIKE_A, STRIKE_B, ROUNDUP, FIRE_A, FIRE_B]))
    assert ["fire-a", "fire-b"] in groups
    assert not any({"strike-a", "fire-a"} <= set(g) for g in groups)


def _unrelated(i: int) -> Analysis:
    """A short report on a topic of its own (its own made-up words) that names the one
    place every report names."""
    syllables = ["ka", "lo", "mi", "ru", "te", "zo", "ban", "dri", "fel", "gor", "hus", "pla"]
    words = [
        syllables[(i * 7 + k) % 12] + syllables[(i * 5 + 3 * k) % 12] + syllables[(i + k) % 12]
        + syllables[i // 12] + syllables[i % 12]
        for k in range(9)
    ]  # fmt: skip
    return analysis(
        f"u{i}",
        f"Washington {words[0]} {words[1]} {words[2]}. The {words[3]} {words[4]} {words[5]} "
        f"grew. Crowds met {words[6]} {words[7]} {words[8]}.",
        places=[("Washington", 1), (f"Town{i}", 1)],
    )


def test_a_name_in_every_article_does_not_join_them_and_real_pairs_still_group():
    crowd = [_unrelated(i) for i in range(120)]
    library = [*crowd[:60], STRIKE_A, *crowd[60:], STRIKE_B]
    stories = build_stories(library)
    groups = _ids(stories)
    assert ["strike-a", "strike-b"] in groups
    assert len(groups) == 121  # every other report is a story of its own


# -- the brief reads top down ------------------------------------------------------------


def ranked(aid: str, sentences: list[str], ranks: list[int], **kw) -> Analysis:
    """An analysis whose summary is all of `sentences`, ranked as given (1 = best)."""
    base = analysis(aid, " ".join(sentences), **kw)
    body = base.article.body
    summary, at = [], 0
    for i, (text, rank) in enumerate(zip(sentences, ranks, strict=True)):
        start = body.index(text, at)
        summary.append(SummarySentence(text, start, start + len(text), i, rank))
        at = start + len(text)
    return replace(base, summary=tuple(summary))


def test_a_storys_sentences_are_in_the_articles_order_the_lead_article_first():
    lead = ranked(
        "lead",
        ["A storm cut power to the whole island of Mull on Friday.",
         "Engineers from the mainland crossed by ferry to repair the lines.",
         "The ferry company added two sailings for the repair crews."],
        [2, 3, 1], title="Storm cuts power on Mull", date=NOW,
        places=[("Mull", 2), ("Scotland", 1)],
    )  # fmt: skip
    other = ranked(
        "other",
        ["Schools on Mull stayed shut while the island waited for power.",
         "Teachers set lessons online for pupils with working phones."],
        [2, 1], title="Mull schools shut…", date=NOW - timedelta(hours=2),
        places=[("Mull", 1), ("Scotland", 1)],
    )  # fmt: skip
    (story,) = build_stories([other, lead], length=4)
    shown = [(x.article_id, x.sentence.sentence) for x in story.summary]
    assert shown == [("lead", 0), ("lead", 2), ("other", 0), ("other", 1)]
    assert story.headline == "Storm cuts power on Mull"
    assert [a.id for a in story.articles] == ["lead", "other"]


def test_a_story_never_opens_with_a_sentence_that_goes_on_from_another():
    dangling = ranked(
        "d",
        ["The council voted to close the old bridge to lorries.",
         "Drivers will use the new bypass from March.",
         "But residents said the bypass was already full at rush hour."],
        [2, 3, 1],
    )  # fmt: skip
    (story,) = build_stories([dangling], length=1)
    assert [x.sentence.text for x in story.summary] == [
        "The council voted to close the old bridge to lorries."
    ]
    (story,) = build_stories([dangling], length=3)  # after the sentence before it: fine
    assert [x.sentence.sentence for x in story.summary] == [0, 1, 2]


# -- the brief's own bugs ------------------------------------------------------------------


def test_markdown_never_puts_a_backslash_before_a_digit():
    growth = analysis(
        "g",
        "2.5 million jobs were added in the spring. Wages rose by 2.3% in a year. "
        "1. Nothing else changed.",
        figures=[fig("2.3%", 2.3, "percent", "percent", "wages", 0.9)],
        title="2.5 million jobs added in the spring",
    )
    doc = render_markdown(make_brief([growth], "all articles", now=NOW))
    assert "\\2" not in doc and "\\1" not in doc
    rendered = MarkdownIt("commonmark").render(doc)
    assert "<h2>2.5 million jobs added in the spring</h2>" in rendered
    assert "<strong>2.3%</strong>" in rendered
    assert "<ol" not in rendered  # "1. Nothing else" is text, not a numbered list


def test_a_brief_of_a_past_day_is_headed_with_that_day_in_every_format():
    from datetime import date

    brief = make_brief([FLOOD_A], "2025-10-01", now=NOW, day=date(2025, 10, 1))
    assert "Wednesday 01 October 2025" in render_text(brief)
    assert "# Daily brief — Wednesday 01 October 2025" in render_markdown(brief)
    assert "Daily brief — Wednesday 01 October 2025</h1>" in render_html(brief)
    assert json.loads(render_json(brief))["date"] == "2025-10-01"


def test_wrapped_summary_lines_hang_under_their_first_word():
    long = analysis(
        "w",
        "The regional transport authority announced on Monday that every bus route in "
        "the northern valleys would be rerouted for the summer works. Buses ran late.",
    )
    brief = make_brief([long], "all articles", now=NOW)
    lines = render_text(brief, width=40).splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("* The regional"))
    assert lines[first + 1].startswith("  ") and not lines[first + 1].startswith("   ")

    from rich.console import Console

    from briefing.brief.render import render_terminal
    from briefing.themes import get_theme

    console = Console(width=40, record=True, color_system=None)
    console.print(render_terminal(brief, get_theme()))
    shown = console.export_text().splitlines()
    first = next(i for i, line in enumerate(shown) if line.startswith("• The regional"))
    assert shown[first + 1].startswith("  ") and shown[first + 1][2] != " "


def test_printable_html_lets_stories_flow_and_keeps_a_heading_with_its_first_lines():
    page = render_html(make_brief([FLOOD_A, CHIPS, FARM], "all articles", now=NOW))
    assert "break-before: page" not in page and "page-break-before: always" not in page
    assert ".lead { break-inside: avoid" in page
    first_story = page.split('<section class="story">')[1]
    lead = first_story.split('<div class="lead">')[1].split("</div>")[0]
    assert "<h2>" in lead and "<li>" in lead  # the heading and its first sentence together


def test_an_output_file_with_an_unknown_extension_is_a_usage_error(warm_cache, tmp_path):
    result = run("--all", "-o", str(tmp_path / "brief.pdf"), cache=warm_cache)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "brief.pdf" in line and ".md" in line and ".html" in line and ".json" in line
    assert not (tmp_path / "brief.pdf").exists()


@pytest.mark.parametrize("other", [("--date", "2025-10-12"), ("--since", "2d")])
def test_all_with_a_date_or_since_is_a_usage_error(warm_cache, other):
    result = run("--all", *other, cache=warm_cache)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "--all" in line and other[0] in line


def test_sentences_per_story_and_the_old_length_flag_warns_once(warm_cache):
    longer = json.loads(
        run("--all", "--sentences", "6", "--format", "json", cache=warm_cache).stdout
    )
    assert len(longer["stories"][0]["summary"]) == 6  # not capped by the reader's length
    old = run("--all", "--length", "6", "--format", "json", cache=warm_cache)
    assert old.returncode == 0
    assert old.stderr.count("--sentences") == 1
    assert json.loads(old.stdout) == longer
    assert "--length" not in run("--help", cache=warm_cache).stdout


def test_briefs_and_analyses_written_to_a_file_have_no_trailing_spaces(warm_cache):
    for fmt in ("text", "markdown", "html", "json", "terminal"):
        out = run("--all", "--format", fmt, cache=warm_cache).stdout
        assert out and not [line for line in out.splitlines() if line != line.rstrip()], fmt
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(warm_cache)}
    analysed = subprocess.run(
        [sys.executable, "-m", "briefing", "analyze"], capture_output=True, text=True,
        env=env, cwd=REPO, timeout=300,
    ).stdout  # fmt: skip
    assert "Key figures" in analysed
    assert not [line for line in analysed.splitlines() if line != line.rstrip()]


def test_a_story_with_many_sources_still_fits_the_width():
    outlets = ["Northern Echo", "Evening Star", "The Observer Online", "City Herald", "Wire"]
    copies = [replace(FLOOD_A, article=replace(FLOOD_A.article, id=f"a{i}", source=o))
              for i, o in enumerate(outlets)]  # fmt: skip
    text = render_text(make_brief(copies, "all articles", now=NOW), width=40)
    assert max(len(line) for line in text.splitlines()) <= 40
    assert "The Observer Online" in text


def test_a_country_under_several_names_is_one_place_in_the_news():
    analyses = [
        analysis("a", "The US raised tariffs. Officials in Washington agreed.", places=[("US", 2)]),
        analysis("b", "America raised tariffs again. Prices rose.", places=[("America", 1)]),
        analysis("c", "The United States said no. Talks ended.", places=[("United States", 1)]),
        analysis("d", "U.S. officials met. They talked.", places=[("U.S.", 1)]),
    ]
    places = in_the_news(analyses)["places"]
    assert [p.articles for p in places] == [4]
    assert places[0].name in ("US", "U.S.")


# -- analyses read back from the cache ------------------------------------------------------


def _as_cached(a: Analysis) -> Analysis:
    """The analysis as the brief gets it from the cache: every stage through its JSON."""
    return replace(
        a,
        summary=tuple(SummarySentence.from_json(s.to_json()) for s in a.summary),
        entities=Entities.from_json(a.entities.to_json()),
        figures=tuple(Figure.from_json(f.to_json()) for f in a.figures),
    )


def test_analyses_read_from_the_cache_equal_the_ones_stored():
    for a in (FLOOD_A, FLOOD_B, CHIPS, FARM):
        cached = _as_cached(a)
        assert cached == a and hash(cached.entities) == hash(a.entities)
        assert list(cached.entities.mentions) == list(a.entities.mentions)
        assert len(cached.entities.mentions) == len(a.entities.mentions)


def test_stored_figures_and_entities_read_back_as_values_of_their_types():
    figure = Figure("3-4 km", (3.0, 4.0), "km", "quantity", "wide", 0, 6, 0, 0.5, "why")
    stored_range = json.loads(json.dumps(figure.to_json()))
    assert Figure.from_json(stored_range) == figure
    assert isinstance(Figure.from_json(json.loads(json.dumps(figure.to_json()))).value, tuple)
    whole = {**figure.to_json(), "value": 5}  # a count stored as a whole number
    assert Figure.from_json(whole).value == 5.0 and type(Figure.from_json(whole).value) is float
    older = {"name": "Maria Lopez", "label": "PERSON", "count": 2}  # before why, confidence
    assert Entity.from_json(older) == Entity("Maria Lopez", "PERSON", 2)
    entity = Entity.from_json(Entity("Kyiv", "GPE", 3, "a place", 0.5).to_json())
    assert {entity: 1}[Entity("Kyiv", "GPE", 3, "a place", 0.5)] == 1


def test_a_brief_from_cached_analyses_reads_exactly_as_from_fresh_ones():
    fresh = [FLOOD_A, FLOOD_B, CHIPS, FARM]
    cached = [_as_cached(a) for a in fresh]
    for render in (render_json, render_markdown, render_html, lambda b: render_text(b, 60)):
        assert render(make_brief(cached, "2025-10-13", now=NOW)) == render(
            make_brief(fresh, "2025-10-13", now=NOW)
        )
