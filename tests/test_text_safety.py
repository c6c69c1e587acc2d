"""One-line fields are cleaned, and strings shown on a terminal are made inert."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.library import load_library
from briefing.text_safety import INVISIBLE, clean_line, inert, json_document, json_inert

REPO = Path(__file__).resolve().parents[1]
CATEGORIES = {"Cc", "Cf", "Cs", "Zl", "Zp"}
HOSTILE = ["\x1b]0;pwned\x07", "\x1b]52;c;ZWNobyBoaQ==\x07", "\x1b[31m", "\x9b31m", "\x07",
           "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\ud800", "\n", "\r", "\t"]  # fmt: skip
hostile_text = st.lists(st.one_of(st.text(), st.sampled_from(HOSTILE))).map("".join)


def test_the_invisible_class_is_every_control_format_and_separator_character():
    matched = [cp for cp in range(0x110000) if INVISIBLE.match(chr(cp))]
    assert all(unicodedata.category(chr(cp)) in CATEGORIES for cp in matched)
    if unicodedata.unidata_version == "14.0.0":  # the version the class was written from
        wanted = [cp for cp in range(0x110000) if unicodedata.category(chr(cp)) in CATEGORIES]
        assert matched == wanted


def test_clean_line_drops_escapes_controls_bidi_and_zero_width_characters():
    assert clean_line("\x1b]0;pwned\x07Rates\u202e rise\u200b\x9b \n again ") == "Rates rise again"
    assert clean_line("a\u2028b\tc") == "a b c"
    assert clean_line("Café") == "Café"  # NFC


def test_clean_line_clips_a_long_field_at_a_word():
    assert clean_line("word " * 1000, limit=22) == "word word word word…"


@settings(derandomize=True, max_examples=300, deadline=None)
@given(hostile_text)
def test_clean_line_leaves_nothing_invisible_and_is_idempotent(text):
    once = clean_line(text)
    assert not INVISIBLE.search(once)
    assert clean_line(once) == once


@settings(derandomize=True, max_examples=300, deadline=None)
@given(hostile_text)
def test_inert_text_has_no_invisible_character_and_keeps_the_visible_ones(text):
    shown = inert(text)
    assert not INVISIBLE.search(shown)
    visible = INVISIBLE.sub("", text)
    assert set(visible) <= set(shown)  # nothing the user can see is lost
    assert inert(visible) == visible


def test_inert_shows_each_control_as_an_escape():
    assert inert("a\x1b]0;t\x07\n\u202e\udcff.txt") == "a\\x1b]0;t\\x07\\n\\u202e\\xff.txt"


@settings(derandomize=True, max_examples=300, deadline=None)
@given(
    st.recursive(
        hostile_text,
        lambda inner: st.lists(inner) | st.dictionaries(hostile_text, inner),
        max_leaves=8,
    )
)
def test_json_inert_decodes_to_the_same_value_and_prints_nothing_invisible(value):
    document = json.dumps(value, ensure_ascii=False)
    safe = json_inert(document)
    assert json.loads(safe) == json.loads(document)
    assert not INVISIBLE.search(safe.replace("\n", ""))
    safe.encode("utf-8")  # lone surrogates are escapes now: printing cannot fail


def test_one_line_fields_from_front_matter_and_json_are_clean(tmp_path):
    (tmp_path / "a.md").write_text(
        '---\ntitle: "Rates\\e]0;pwned\\a rise\\u202e"\nsource: "Wire\\u200b\\x9b"\n'
        'url: "https://example.org/\\x1b[31mx"\ntags: ["a\\x85b", "\\u2066c"]\n---\nBody.\n',
        encoding="utf-8",
    )
    item = {"text": "Other.", "title": "T\u2067itle\x07", "tags": "x\x1b[0m, y\u200d"}
    (tmp_path / "b.json").write_text(json.dumps(item), encoding="utf-8")
    library = load_library([tmp_path])
    assert library.problems == ()
    a, b = sorted(library.articles, key=lambda x: x.body)
    assert (a.title, a.source, a.url, a.tags) == (
        "Rates rise", "Wire", "https://example.org/x", ("a b", "c"),
    )  # fmt: skip
    assert (b.title, b.tags) == ("Title", ("x", "y"))


@pytest.mark.parametrize("command", [["analyze"], ["brief", "--all"]])
def test_file_names_in_warnings_are_printed_inert(tmp_path, command):
    name = "\x1b]0;pwned\x07\x1b]52;c;aGk=\x07\x1b[31mred\u202e\nforged line.json"
    (tmp_path / name).write_text("{not json", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", *command, str(tmp_path)],
        capture_output=True, text=True, cwd=REPO, timeout=120,
        env={**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")},
    )  # fmt: skip
    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    warning = next(line for line in result.stderr.splitlines() if "not valid JSON" in line)
    assert "\\x1b]0;pwned\\x07" in warning and "\\nforged line.json" in warning


@settings(derandomize=True, max_examples=300, deadline=None)
@given(
    st.recursive(
        hostile_text | st.integers() | st.booleans() | st.none(),
        lambda inner: st.lists(inner) | st.dictionaries(hostile_text, inner),
        max_leaves=8,
    )
)
def test_json_document_is_the_indented_inert_json_of_the_value(value):
    """orjson's document, with what it leaves raw escaped, is the standard library's."""
    document = json_document(value)
    assert document.decode("utf-8") == json_inert(json.dumps(value, ensure_ascii=False, indent=2))
    assert json.loads(document) == value
    assert not INVISIBLE.search(document.decode("utf-8").replace("\n", ""))


def test_a_delete_character_in_plain_ascii_json_is_escaped():
    """DEL is ASCII, so a document of nothing but ASCII may still hold one: it is an
    invisible control, written as an escape like the others."""
    document = json_document({"title": "a\x7fb"})
    assert b"\x7f" not in document and b"\\u007f" in document
    assert json.loads(document) == {"title": "a\x7fb"}
