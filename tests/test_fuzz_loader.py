"""Property tests of the loader: random bytes, front matter and JSON never raise, and
every file gives articles or problems, with clean fields and a normalised body."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.library import FileRead, article_id, normalise_body, read_bytes
from briefing.text_safety import INVISIBLE

FUZZ = settings(
    derandomize=True, max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl"]
MAX_CHARS = 2000


def check(read: FileRead, path: Path) -> None:
    """What every read must give, whatever the input."""
    assert isinstance(read, FileRead)
    for problem in read.problems:
        assert problem.path == str(path)
        assert problem.reason and "\n" not in problem.reason
        assert "please report it" not in problem.reason, problem.reason  # a bug, caught
    for article in read.articles:
        assert article.body and normalise_body(article.body) == article.body
        assert len(article.body) <= MAX_CHARS
        assert article.id == article_id(article.body)
        for line in (article.title, article.source, article.url or "", *article.tags):
            assert not INVISIBLE.search(line), line
        assert article.title and article.source
        article.date.isoformat()  # a date every reader can print and compare
        json.dumps(article.meta_json())


def read(suffix: str, raw: bytes, mtime: float = 1.7e9) -> None:
    path = Path("fuzz", "file" + suffix)
    check(read_bytes(path, raw, mtime=mtime, max_chars=MAX_CHARS), path)


@FUZZ
@given(st.sampled_from(SUFFIXES), st.binary(max_size=3000))
def test_random_bytes_never_raise(suffix, raw):
    read(suffix, raw)


ENCODINGS = ["utf-8", "utf-16-le", "utf-16-be", "utf-16", "utf-32-le", "cp1252", "latin-1"]


@FUZZ
@given(st.sampled_from(SUFFIXES), st.text(max_size=2000), st.sampled_from(ENCODINGS))
def test_random_text_in_any_encoding_never_raises(suffix, text, encoding):
    read(suffix, text.encode(encoding, errors="replace"))


PIECES = [
    "title: ", "source: ", "date: ", "tags: ", "url: ", "\n", "  ", "- ", "[", "]", "{", "}",
    ": ", ", ", "&a ", "*a", "&b [*a, *a]", "<<: ", "!!int ", "!!timestamp ", "!!binary ",
    "!!python/object ", "!foo ", "? ", '"', "'", "\\u", "\\x1b", "#", "|", ">", "~", "null",
    "yes", "0001-01-01", "9999-12-31T23:59:59-12:00", "2025-02-30", "1" * 5000, ".nan",
    "\x1b]0;x\x07", "\u202e", "\t", "---", "...", "%YAML 1.1", "\ufeff",
]  # fmt: skip


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=30))
def test_random_front_matter_never_raises_and_the_body_is_always_read(parts):
    raw = ("---\n" + "".join(parts) + "\n---\nThe body of the article.\n").encode(
        "utf-8", "replace"
    )
    path = Path("fuzz", "file.md")
    result = read_bytes(path, raw, mtime=1.7e9, max_chars=MAX_CHARS)
    check(result, path)
    if result.problems and result.problems[0].reason == "not text (binary data)":
        return  # controls were most of it
    (article,) = result.articles
    assert article.body.endswith("The body of the article.")


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40),
    st.sampled_from(["0001-01-01", "9999-12-31T23:59:59-12:00", "2025-02-30", "2025-10-12",
                     "\ud800", "\x1b[31m", "\u202e"]),
)  # fmt: skip
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4), max_leaves=10)  # fmt: skip
KEYS = ["text", "body", "title", "source", "url", "date", "tags"]
items = st.one_of(values, st.dictionaries(st.sampled_from(KEYS), values, max_size=7))


@FUZZ
@given(st.lists(items, max_size=6))
def test_random_json_gives_an_article_or_a_problem_for_every_item(data):
    document = json.dumps(data)
    path = Path("fuzz", "file.json")
    result = read_bytes(path, document.encode(), mtime=1.7e9, max_chars=MAX_CHARS)
    check(result, path)
    assert len(result.articles) + len(result.problems) >= min(len(data), 10) or not data
    lines = "\n".join(json.dumps(item) for item in data)
    path = Path("fuzz", "file.jsonl")
    check(read_bytes(path, lines.encode(), mtime=1.7e9, max_chars=MAX_CHARS), path)


HTML = [
    "<p>", "</p>", "<!--", "-->", "<![CDATA[", "]]>", "<script>", "</script>", "<style>",
    "<title>", "</title>", "<article>", "</article>", "<nav>", "<br/>", "<a href='", '"',
    "'", ">", "<", "&amp;", "&#27;", "&#x202e;", "&#0;", "&#xd800;", "&", "<!DOCTYPE", "<?",
]  # fmt: skip


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(HTML), st.text(max_size=10)), max_size=40))
def test_random_html_never_raises(parts):
    read(".html", "".join(parts).encode("utf-8", "replace"))


@FUZZ
@given(st.floats(allow_nan=True, allow_infinity=True) | st.integers(-(10**20), 10**20))
def test_any_modification_time_dates_an_article(mtime):
    read(".txt", b"Some text.", mtime=mtime)
