"""Hostile and broken files: the good articles are read, each bad thing is one problem,
nothing raises, hangs or reads without bound."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing.library import load_library, read_bytes


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def reasons(library) -> list[str]:
    return [p.reason for p in library.problems]


GOOD = {"title": "Good one", "text": "The first good article."}
GOOD_TOO = {"title": "Good two", "text": "The second good article."}


# -- one bad item never drops the good ones --------------------------------------------------


def test_a_json_list_keeps_its_good_items_and_names_each_bad_one(tmp_path):
    items = [GOOD, "a string", {"title": "no text"}, {"text": 5}, [1, 2], GOOD_TOO]
    library = load_library([write(tmp_path / "feed.json", json.dumps(items))])
    assert sorted(a.title for a in library.articles) == ["Good one", "Good two"]
    assert reasons(library) == [
        "item 2: text, not an object with a text",
        "item 3: no text or body",
        "item 4: its text is a number, not text",
        "item 5: a list, not an object with a text",
    ]


def test_a_jsonl_file_keeps_its_good_lines_and_names_each_bad_line(tmp_path):
    lines = [json.dumps(GOOD), "{not json", "[1, 2]", '{"title": "none"}', '{"text": 5}', "",
             json.dumps(GOOD_TOO)]  # fmt: skip
    library = load_library([write(tmp_path / "feed.jsonl", "\n".join(lines))])
    assert sorted(a.title for a in library.articles) == ["Good one", "Good two"]
    found = reasons(library)
    assert [r.split(":")[0] for r in found] == ["line 2", "line 3", "line 4", "line 5"]
    assert "not valid JSON" in found[0] and "no text or body" in found[2]


def test_a_jsonl_line_may_hold_a_line_separator_inside_a_string(tmp_path):
    line = json.dumps({"title": "A\u2028B", "text": "One\u2029two."}, ensure_ascii=False)
    library = load_library([write(tmp_path / "feed.jsonl", line)])
    assert [a.title for a in library.articles] == ["A B"] and library.problems == ()


def test_bad_front_matter_keeps_the_body_and_says_so(tmp_path):
    library = load_library([write(tmp_path / "a.md", "---\ntitle: [x\n---\nThe body stays.\n")])
    assert [a.body for a in library.articles] == ["The body stays."]
    assert len(library.problems) == 1 and "front matter" in library.problems[0].reason


def test_front_matter_that_is_not_a_mapping_keeps_the_body(tmp_path):
    library = load_library([write(tmp_path / "a.md", "---\n- a\n- b\n---\nThe body stays.\n")])
    assert [a.body for a in library.articles] == ["The body stays."]
    assert "not a mapping" in library.problems[0].reason


# -- decoding by the evidence ------------------------------------------------------------------


def test_utf8_with_one_bad_byte_stays_utf8(tmp_path):
    raw = "Café owners pay £5m … more".encode() + b"\xff" + b" text."
    (article,) = load_library([write(tmp_path / "a.txt", raw)]).articles
    assert article.body == "Café owners pay £5m … more\ufffd text."


def test_cp1252_text_is_still_read_as_cp1252(tmp_path):
    raw = "Café owners’ £5m".encode("cp1252")
    (article,) = load_library([write(tmp_path / "a.txt", raw)]).articles
    assert article.body == "Café owners’ £5m"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_and_utf32_without_a_byte_order_mark_are_read(tmp_path, encoding):
    text = "Kyiv talks resume\n\nПереговоры продолжаются in Kyiv on Monday."
    (article,) = load_library([write(tmp_path / "a.txt", text.encode(encoding))]).articles
    assert article.title == "Kyiv talks resume"
    assert article.body == "Переговоры продолжаются in Kyiv on Monday."


def test_binary_is_refused_as_not_text(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    noise = bytes((i * 7919) % 251 + 1 for i in range(4000))  # no NUL at all
    library = load_library([write(tmp_path / "a.md", png), write(tmp_path / "b.txt", noise)])
    assert library.articles == ()
    assert reasons(library) == ["not text (binary data)"] * 2


def test_zeros_padding_the_end_of_a_text_file_are_not_binary(tmp_path):
    raw = b"Power cut\n\nThe text before the zeros." + b"\x00" * 4096
    (article,) = load_library([write(tmp_path / "a.txt", raw)]).articles
    assert article.body == "The text before the zeros."


# -- values of any type never stop the run ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("tags: 5", ("5",)),
        ("tags: true", ("true",)),
        ("tags: 1.10", ("1.10",)),
        ("tags: 2025-01-01", ("2025-01-01",)),
        ("tags: [flood, 2025, {a: 1}]", ("flood", "2025")),
        ("tags: {a: 1}", ()),
    ],
)
def test_front_matter_tags_of_any_type_are_read_as_typed_or_left_out(tmp_path, line, tags):
    library = load_library([write(tmp_path / "a.md", f"---\n{line}\n---\nBody.\n")])
    (article,) = library.articles
    assert article.tags == tags
    assert len(library.problems) == (0 if "{" not in line else 1)


@pytest.mark.parametrize("value", [True, {"a": 1}, [[1]], float("nan")])
def test_json_fields_that_are_not_text_are_left_out_with_one_problem(tmp_path, value):
    item = {"text": "Body.", "title": value, "source": value, "url": value}
    library = load_library([write(tmp_path / "a.json", json.dumps(item))])
    (article,) = library.articles
    assert (article.title, article.source, article.url) == ("Body.", tmp_path.name, None)
    assert [r.split(":")[0] for r in reasons(library)] == ["title", "source", "url"]


@pytest.mark.parametrize(
    "value", ["0001-01-01", "9999-12-31T23:59:59-12:00", "2025-02-30", "yesterday", "99999-01-01"]
)
def test_a_date_out_of_range_or_that_does_not_exist_is_one_problem(tmp_path, value):
    md = write(tmp_path / "a.md", f"---\ndate: {value}\n---\nBody of a.\n")
    js = write(tmp_path / "b.json", json.dumps({"text": "Body of b.", "date": value}))
    library = load_library([md, js])
    assert sorted(a.body for a in library.articles) == ["Body of a.", "Body of b."]
    assert all(a.date.year > 1900 for a in library.articles)  # the file's own date
    assert [r.split(":")[0] for r in reasons(library)] == ["date", "date"]


def test_nesting_a_hundred_thousand_deep_is_one_problem(tmp_path):
    deep_json = write(tmp_path / "a.json", "[" * 100_000 + "]" * 100_000)
    deep_yaml = write(
        tmp_path / "b.md", "---\nx: " + "[" * 100_000 + "]" * 100_000 + "\n---\nBody.\n"
    )
    deep_item = write(tmp_path / "c.jsonl", json.dumps(GOOD) + "\n" + "{" * 100_000)
    library = load_library([deep_json, deep_yaml, deep_item])
    assert sorted(a.body for a in library.articles) == ["Body.", GOOD["text"]]
    assert len(library.problems) == 3


def test_bidi_overrides_leave_the_body_and_the_marks_scripts_need_stay(tmp_path):
    raw = "Title\n\nPay \u202e001$\u202c now \u2067x\u2069; \u05e9\u200f\u05dc\u200d."
    (article,) = load_library([write(tmp_path / "a.txt", raw)]).articles
    assert article.body == "Pay 001$ now x; \u05e9\u200f\u05dc\u200d."


def test_lone_surrogates_become_replacement_characters(tmp_path):
    item = '{"title": "A \\ud800 title", "text": "Text \\udfff here.", "tags": ["\\ud83d"]}'
    (article,) = load_library([write(tmp_path / "a.json", item)]).articles
    assert (article.title, article.body, article.tags) == ("A \ufffd title", "Text \ufffd here.",
                                                           ("\ufffd",))  # fmt: skip
    article.body.encode("utf-8")  # the id is its hash; this must not fail


def test_an_integer_of_five_thousand_digits_is_no_crash(tmp_path):
    digits = "1" * 5000
    js = write(
        tmp_path / "a.json", f'[{{"text": "Body of a.", "title": {digits}}}, {{"text": {digits}}}]'
    )
    md = write(tmp_path / "b.md", f"---\ntitle: !!int {digits}\ntags: {digits}\n---\nBody of b.\n")
    library = load_library([js, md])
    assert sorted(a.body for a in library.articles) == ["Body of a.", "Body of b."]
    assert len(library.problems) == 2  # the title of a; a's second item's text


def test_a_modification_time_datetime_cannot_hold_dates_the_article_1970(tmp_path):
    for mtime in (1e12, -1e11, 1e18):
        read = read_bytes(tmp_path / "a.txt", b"Body.", mtime=mtime)
        (article,) = read.articles
        assert article.date.year in (1969, 1970)
        assert [p.reason for p in read.problems] == [
            "the file's modification time is out of range; dated 1970-01-01"
        ]


@pytest.mark.parametrize("indexed", [False, True])
def test_a_file_deleted_after_the_folder_was_listed_is_one_problem(tmp_path, monkeypatch, indexed):
    import briefing.library as library_module

    folder = tmp_path / "library"
    write(folder / "a.txt", "Stays.")
    gone = write(folder / "b.txt", "Goes.")
    real = library_module.list_folder_names

    def list_then_delete(folder, suffixes):
        listing = real(folder, suffixes)
        gone.unlink()
        return listing

    monkeypatch.setattr(library_module, "list_folder_names", list_then_delete)
    library = load_library([folder], index_dir=tmp_path / "cache" if indexed else None)
    assert [a.body for a in library.articles] == ["Stays."]
    assert reasons(library) == ["no such file or folder"]


def test_unclosed_comments_and_tags_in_html_do_not_make_reading_quadratic(tmp_path):
    # each of these took html.parser minutes: it searched to the end once per opening
    pages = {"a.html": "<p>Kept text.</p>" + "<!--" * 100_000,
             "b.html": "<p>Kept text.</p>" + "<![CDATA[" * 50_000,
             "c.html": "<p>Kept text.</p>" + "<a " * 150_000}  # fmt: skip
    library = load_library([write(tmp_path / name, page) for name, page in pages.items()])
    assert [a.body[:10] for a in library.articles] == ["Kept text."] * 3


def test_a_page_of_more_tags_than_the_limit_is_read_up_to_it(tmp_path, monkeypatch):
    from briefing.library import formats

    monkeypatch.setattr(formats, "MAX_HTML_TAGS", 4)
    page = "<p>One.</p><p>Two.</p><p>Three.</p>"
    library = load_library([write(tmp_path / "a.html", page)])
    assert [a.body for a in library.articles] == ["One.\nTwo."]
    assert reasons(library) == ["only the first 4 tags are read"]


# -- bounded reads ------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_with_its_size(tmp_path):
    write(tmp_path / "big.txt", "x " * 1000)
    write(tmp_path / "small.txt", "Small.")
    library = load_library([tmp_path], max_bytes=1000)
    assert [a.body for a in library.articles] == ["Small."]
    assert reasons(library) == ["too large (2 KB; files over 1000 bytes are not read)"]


def test_a_file_that_grew_after_its_size_was_taken_is_read_to_its_end_or_refused(
    tmp_path, monkeypatch
):
    real = os.fstat

    def taken_early(fd: int) -> os.stat_result:  # the size as it was a moment before
        found = real(fd)
        return os.stat_result((*found[:6], 10, *found[7:10]))

    monkeypatch.setattr(os, "fstat", taken_early)
    text = " ".join(f"word{i}" for i in range(100))
    (article,) = load_library([write(tmp_path / "grew.txt", text)], max_bytes=1000).articles
    assert article.body == text
    library = load_library([write(tmp_path / "big.txt", "x " * 400)], max_bytes=500)
    assert library.articles == () and "too large" in reasons(library)[0]


def test_a_body_over_the_article_limit_is_cut_at_a_paragraph_with_a_problem(tmp_path):
    text = "\n\n".join(f"Paragraph {i} of the long article." for i in range(100))
    library = load_library([write(tmp_path / "a.txt", text)], max_chars=500)
    (article,) = library.articles
    assert len(article.body) <= 500 and article.body.endswith("article.")
    (problem,) = reasons(library)
    assert "characters long; only the first" in problem and "cut at 500" in problem


def test_a_body_of_many_tiny_tokens_is_cut_by_its_tokens_too(tmp_path):
    library = load_library([write(tmp_path / "a.txt", "x\n" * 1000)], max_chars=400)
    (article,) = library.articles
    assert article.body.count("x") <= 100  # 400 characters, but a quarter as many tokens
    assert "or at 100 words and marks" in reasons(library)[0]


def test_an_alias_bomb_in_front_matter_is_refused_and_the_body_read(tmp_path):
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefg"):
        prev = "abcdefg"[i]
        bomb.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    bomb.append("tags: *g")
    library = load_library([write(tmp_path / "a.md", "---\n" + "\n".join(bomb) + "\n---\nBody.\n")])
    (article,) = library.articles
    assert article.tags == () and article.body == "Body."
    assert "aliases" in reasons(library)[0]


def test_a_fifo_or_a_device_in_a_folder_is_named_and_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "broken.md").symlink_to(tmp_path / "missing.md")
    write(tmp_path / "good.txt", "Good.")
    library = load_library([tmp_path])
    assert [a.body for a in library.articles] == ["Good."]
    assert sorted(reasons(library)) == [
        "a broken symbolic link (to '" + str(tmp_path / "missing.md") + "')",
        "a device, not a regular file",
        "a named pipe (FIFO), not a regular file",
    ]


# -- folders -------------------------------------------------------------------------------------


def test_an_unreadable_subfolder_is_a_problem_not_skipped_silently(tmp_path, monkeypatch):
    write(tmp_path / "ok" / "a.txt", "Readable.")
    locked = tmp_path / "locked"
    write(locked / "b.txt", "Locked away.")
    real = os.scandir

    def scandir(path):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    library = load_library([tmp_path])
    assert [a.body for a in library.articles] == ["Readable."]
    assert [(p.path, p.reason) for p in library.problems] == [
        (str(locked), "folder not read: permission denied")
    ]


def test_a_symbolic_link_loop_given_as_a_path_says_so(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    library = load_library([tmp_path / "a.txt"])
    assert reasons(library) == ["a loop of symbolic links"]
