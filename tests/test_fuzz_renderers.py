"""Property tests of every headless renderer: arbitrary article text, titles and sources,
read the way the loader reads them, never put a control or escape character on the
terminal, an unescaped tag in HTML or raw HTML in Markdown.

Analyses are stubs built from the article's own text (summary sentences, entity
names and figure contexts are pieces of the body, as the real stages make them), so
no example needs spaCy."""

from __future__ import annotations

import io
import json
import re
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from rich.console import Console

from briefing.analysis.model import (
    Analysis,
    Article,
    Entities,
    Entity,
    EntityMention,
    Figure,
    SummarySentence,
)
from briefing.brief.model import make_brief
from briefing.brief.render import (
    render_html,
    render_json,
    render_markdown,
    render_terminal,
    render_text,
)
from briefing.cli_support import analyses_json
from briefing.library import read_bytes
from briefing.render_analysis import print_analyses
from briefing.text_safety import INVISIBLE
from briefing.themes import get_theme

FUZZ = settings(
    derandomize=True, max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
NOW = datetime(2025, 10, 13, 12, 0).astimezone()
FRAGMENTS = [
    "\x1b]0;pwned\x07", "\x1b]52;c;aGk=\x07", "\x1b[31m", "\x1b[2J", "\x9b31m", "\x9d0;t\x9c", "\x07",
    "\x00", "\x7f", "\r", "\t", "\n", "\n\n", "\u202e", "\u2066", "\u200b", "\ufeff", "\ud800",
    "<script>alert(1)</script>", "<b onclick=x>", "<!--", "&amp;", "&", '"', "'", "[/]",
    "[@click=app.quit]x[/]", "[bold]", "**", "_", "`", "# ", "- ", "1. ", "\\", "|", ">",
    "Kyiv", "£5m", "Ангела", "。", " ",
]  # fmt: skip
hostile = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(FRAGMENTS)), max_size=14).map(
    "".join
)
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""What must never reach a terminal (line breaks aside): controls, escapes, bidi
overrides and isolates (which display text in another order), lone surrogates."""
SGR = re.compile(r"\x1b\[[0-9;]*m")


def load(title: str, source: str, body: str, i: int) -> Article | None:
    """An article read by the loader from a JSON item, as a user's file would give it."""
    item = {"title": title, "source": source, "text": f"{body} Sentence {i} ends here.",
            "url": title, "tags": [source, title], "date": "2025-10-13T08:00:00"}  # fmt: skip
    read = read_bytes(Path("in", f"{i}.json"), json.dumps(item).encode(), mtime=1.7e9)
    return read.articles[0] if read.articles else None


def stub_analysis(article: Article) -> Analysis:
    body = article.body
    spans = [m.span() for m in re.finditer(r"[^.\n]+[.\n]?", body) if m.group().strip()]
    summary = tuple(
        SummarySentence(body[a:b], a, b, i, i + 1) for i, (a, b) in enumerate(spans[:3])
    )
    words = [m for m in re.finditer(r"\S+", body)][:6]
    labels = ["PERSON", "ORG", "GPE"]
    mentions = tuple(
        EntityMention(w.group(), labels[i % 3], w.group(), w.start(), w.end())
        for i, w in enumerate(words)
    )
    canonical = tuple(
        Entity(w.group(), labels[i % 3], 1, why=body[:30]) for i, w in enumerate(words)
    )
    figures = tuple(
        Figure(w.group(), 5.0, "USD", "money", body[:60], w.start(), w.end(), 0, 1.0 - i / 10)
        for i, w in enumerate(words[:3])
    )
    return Analysis(article, summary, Entities(mentions, canonical), figures, "briefing", "3")


articles = st.lists(st.tuples(hostile, hostile, hostile), min_size=1, max_size=3)


def analyses_of(fields) -> list[Analysis]:
    loaded = [load(title, source, body, i) for i, (title, source, body) in enumerate(fields)]
    return [stub_analysis(a) for a in loaded if a is not None]


def assert_inert(output: str) -> None:
    found = CONTROL.search(output)
    assert found is None, repr(output[max(0, found.start() - 30) : found.end() + 30])


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, tuple[str, ...]]] = set()

    def handle_starttag(self, tag, attrs):
        self.seen.add((tag, tuple(sorted(name for name, _ in attrs))))


def tags_of(html: str) -> set[tuple[str, tuple[str, ...]]]:
    parser = Tags()
    parser.feed(html)
    return parser.seen


PLAIN = [stub_analysis(load("Plain title", "Wire", "Plain words in a sentence.", 0))]
HTML_TAGS = tags_of(render_html(make_brief(PLAIN, "all articles", now=NOW)))


@FUZZ
@given(articles)
def test_text_and_markdown_briefs_are_inert_and_markdown_holds_no_raw_html(fields):
    analyses = analyses_of(fields)
    assume(analyses)
    brief = make_brief(analyses, "all articles", now=NOW)
    assert_inert(render_text(brief, 60))
    markdown = render_markdown(brief)
    assert_inert(markdown)
    tokens = MarkdownIt("commonmark").parse(markdown)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or ()}
    assert not kinds & {"html_block", "html_inline"}


@FUZZ
@given(articles)
def test_the_html_brief_has_only_its_own_tags_and_no_control_characters(fields):
    analyses = analyses_of(fields)
    assume(analyses)
    html = render_html(make_brief(analyses, "all articles", now=NOW))
    assert_inert(html)
    assert tags_of(html) <= HTML_TAGS


@FUZZ
@given(articles)
def test_json_of_the_brief_and_of_analyze_decodes_and_prints_nothing_invisible(fields):
    analyses = analyses_of(fields)
    assume(analyses)
    brief_json = render_json(make_brief(analyses, "all articles", now=NOW))
    analyze_json = analyses_json(analyses, [], explain=True).decode("utf-8")
    for document in (brief_json, analyze_json):
        assert not INVISIBLE.search(document.replace("\n", ""))
        json.loads(document)
    titles = [a["title"] for a in json.loads(analyze_json)["articles"]]
    assert titles == [a.article.title for a in analyses]


@FUZZ
@given(articles)
def test_terminal_output_of_brief_and_analyze_has_no_escape_but_its_own_colours(fields):
    analyses = analyses_of(fields)
    assume(analyses)
    for explain in (False, True):
        out = io.StringIO()
        console = Console(file=out, force_terminal=True, color_system="truecolor", width=70)
        print_analyses(analyses, console, explain=explain)
        assert_inert(SGR.sub("", out.getvalue()))
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="truecolor", width=70)
    console.print(render_terminal(make_brief(analyses, "all articles", now=NOW), get_theme()))
    assert_inert(SGR.sub("", out.getvalue()))
