"""Reading articles: formats, titles, dates, sources, ids, and unreadable files."""

from __future__ import annotations

import json
import os
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from briefing.library import article_id, load_library, normalise_body, read_file


def write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_plain_text_with_a_title_line(tmp_path):
    path = write(
        tmp_path / "wire" / "a.txt", "Storm hits coast\n\nA storm hit the coast on Monday."
    )
    (article,) = read_file(path).articles
    assert article.title == "Storm hits coast"
    assert article.body == "A storm hit the coast on Monday."
    assert article.source == "wire"


def test_plain_text_without_a_title_uses_the_first_sentence_clipped(tmp_path):
    long_sentence = (
        "The regional council voted late on Tuesday night to approve a sweeping plan " * 2
    )
    path = write(tmp_path / "b.txt", long_sentence.strip() + ". More text follows here.")
    (article,) = read_file(path).articles
    assert article.title.endswith("…")
    assert len(article.title) <= 81
    assert article.body.startswith("The regional council")


def test_markdown_front_matter_sets_title_source_url_date_and_tags(tmp_path):
    path = write(
        tmp_path / "c.md",
        "---\ntitle: Budget passes\nsource: Daily Ledger\nurl: https://example.org/x\n"
        "date: 2025-10-12\ntags: [politics, money]\n---\nThe budget passed by 60 votes.\n",
    )
    (article,) = read_file(path).articles
    assert (article.title, article.source, article.url) == (
        "Budget passes",
        "Daily Ledger",
        "https://example.org/x",
    )
    assert article.date.date().isoformat() == "2025-10-12"
    assert article.tags == ("politics", "money")
    assert article.body == "The budget passed by 60 votes."


def test_bad_front_matter_is_a_problem_and_the_body_is_still_read(tmp_path):
    write(tmp_path / "bad.md", "---\ntitle: [unclosed\n---\nBody text here.\n")
    write(tmp_path / "good.txt", "Fine\n\nA fine article.")
    library = load_library([tmp_path])
    assert sorted(a.body for a in library.articles) == ["A fine article.", "Body text here."]
    assert len(library.problems) == 1
    assert "front matter" in library.problems[0].reason


def test_html_keeps_title_and_main_text_and_drops_scripts_and_navigation(tmp_path):
    path = write(
        tmp_path / "d.html",
        "<html><head><title>Rates rise</title><script>var x = 'tracking';</script>"
        "<style>p{color:red}</style></head><body><nav>Home | World</nav>"
        "<article><h1>Rates rise</h1><p>The bank raised rates by 0.25 points.</p>"
        "<p>Markets fell &amp; bonds rallied.</p></article><footer>© Paper</footer></body></html>",
    )
    (article,) = read_file(path).articles
    assert article.title == "Rates rise"
    assert "raised rates by 0.25 points." in article.body
    assert "Markets fell & bonds rallied." in article.body
    for chrome in ("tracking", "color:red", "Home | World", "© Paper"):
        assert chrome not in article.body


def test_json_list_and_jsonl_lines(tmp_path):
    items = [
        {
            "title": "One",
            "text": "First article text.",
            "source": "Feed",
            "date": "2025-01-02T08:00:00Z",
        },
        {"body": "Second article text.", "url": "https://example.org/2"},
    ]
    articles_json = read_file(write(tmp_path / "e.json", json.dumps(items))).articles
    jsonl = "\n".join(json.dumps(i) for i in items)
    articles_jsonl = read_file(write(tmp_path / "f.jsonl", jsonl)).articles
    for articles in (articles_json, articles_jsonl):
        assert [a.title for a in articles] == ["One", "Second article text."]
        assert articles[0].source == "Feed"
        assert articles[0].date.isoformat().startswith("2025-01-02")
        assert articles[1].url == "https://example.org/2"


def test_json_without_text_is_a_problem(tmp_path):
    write(tmp_path / "g.json", json.dumps({"title": "No body"}))
    library = load_library([tmp_path / "g.json"])
    assert library.articles == ()
    assert "no text or body" in library.problems[0].reason


def test_date_falls_back_to_file_modification_time(tmp_path):
    path = write(tmp_path / "h.txt", "Body only.")
    stamp = datetime(2024, 5, 6, 7, 8).timestamp()
    os.utime(path, (stamp, stamp))
    (article,) = read_file(path).articles
    assert article.date.replace(tzinfo=None) == datetime(2024, 5, 6, 7, 8)


def test_id_is_stable_across_rename_and_line_endings(tmp_path):
    a = read_file(write(tmp_path / "one.txt", "Title\n\nLine one.\nLine two.\n")).articles[0]
    (tmp_path / "two.txt").write_bytes(b"Title\r\n\r\nLine one.\r\nLine two.\r\n")
    b = read_file(tmp_path / "two.txt").articles[0]
    assert a.id == b.id == article_id("Line one.\nLine two.")


def test_control_characters_and_escape_sequences_are_stripped_but_markup_stays(tmp_path):
    path = write(
        tmp_path / "i.txt", "Alert\n\n\x1b[31mRed\x1b[0m text with [bold]markup[/bold]\x07."
    )
    (article,) = read_file(path).articles
    assert article.body == "Red text with [bold]markup[/bold]."


def test_folders_are_read_recursively_newest_first_and_duplicates_collapse(tmp_path):
    old = write(tmp_path / "a" / "old.md", "---\ndate: 2024-01-01\n---\nOld news.\n")
    new = write(tmp_path / "b" / "deep" / "new.md", "---\ndate: 2025-01-01\n---\nNew news.\n")
    write(tmp_path / "b" / "copy.txt", "Old news.")
    write(tmp_path / ".hidden" / "x.txt", "Hidden.")
    write(tmp_path / "notes.csv", "a,b")
    library = load_library([tmp_path])
    assert [a.body for a in library.articles] == ["New news.", "Old news."]
    assert library.problems == ()
    assert {old.name, new.name} <= {os.path.basename(a.path) for a in library.articles} | {
        "copy.txt"
    }


def test_no_path_and_no_library_means_the_bundled_seeds():
    library = load_library(None)
    assert len(library.articles) == 2
    assert library.name == "seeds"


def test_a_missing_path_is_a_problem(tmp_path):
    library = load_library([tmp_path / "nope"])
    assert library.problems[0].reason == "no such file or folder"


@given(st.text())
def test_normalise_body_is_idempotent_and_leaves_no_control_characters(text):
    once = normalise_body(text)
    assert normalise_body(once) == once
    assert not any(ord(c) < 32 and c != "\n" for c in once)
    assert "\x1b" not in once and "\r" not in once


def test_a_folder_lists_its_article_files_in_path_order_without_hidden_ones(tmp_path):
    from pathlib import Path

    from briefing.library import load_library

    (tmp_path / "b").mkdir()
    (tmp_path / "a-b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/two.md", "a-b/one.txt", "three.MD", ".hidden/no.md", ".no.txt", "x.pdf"):
        (tmp_path / name).write_text(f"The text of {name}, a sentence long.\n", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "b", target_is_directory=True)
    (tmp_path / "four.md").symlink_to(tmp_path / "b" / "two.md")
    (tmp_path / "broken.md").symlink_to(tmp_path / "missing.md")
    library = load_library([tmp_path])
    paths = sorted(Path(a.path).relative_to(tmp_path).as_posix() for a in library.articles)
    assert paths == ["a-b/one.txt", "b/two.md", "three.MD"]


def test_a_saved_web_page_is_read_as_its_article_not_its_menus(tmp_path):
    """A page saved from a news site: the headline without the site's name, the site as
    the source, the page's date, and only the article's paragraphs (no menu, no footer,
    the headline not repeated as the first line)."""
    page = (
        "<html><head><title>Harbour wall to be rebuilt - Example Times</title>"
        '<meta property="og:site_name" content="Example Times">'
        '<meta name="date" content="2026-11-30"></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav><article>'
        "<h1>Harbour wall to be rebuilt</h1>"
        "<p>The harbour wall in Porthmere will be rebuilt before winter, the council said "
        "on Monday, after storms damaged a 40-metre stretch last month.</p>"
        "<p>Work will cost £2.4m and is expected to take ten weeks. Fishermen said the "
        "repair could not come soon enough, as boats have been moored in the next bay.</p>"
        "</article><footer>Copyright Example Times</footer></body></html>"
    )
    (tmp_path / "wall.html").write_text(page, encoding="utf-8")
    (article,) = load_library([tmp_path]).articles
    assert article.title == "Harbour wall to be rebuilt"
    assert article.source == "Example Times"
    assert article.date.date().isoformat() == "2026-11-30"
    assert article.body.startswith("The harbour wall")
    assert "Home" not in article.body and "Copyright" not in article.body


def test_no_break_and_thin_spaces_are_plain_spaces_in_the_body():
    text = "Worth £450\u2009million,\u00a0or 12\u202f% of 1\u2007000 tonnes."
    assert normalise_body(text) == "Worth £450 million, or 12 % of 1 000 tonnes."
