"""Front matter a feed writes is read without YAML, and exactly as YAML reads it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import yaml

from briefing.library import read_file, simple_front_matter

AS_YAML_READS_IT = [
    'title: "Floods close the ring road"\nsource: Evening Post\ndate: 2025-10-12T08:30:00+01:00',
    'title: "A \\"quoted\\" word and a back\\\\slash"\ndate: 2025-10-12',
    "source: Reuters - World\ndate: 2025-10-12T08:30:00Z",
    "date: 2025-10-12T08:30:00.250000\nsource: The Times",
    "title: Ministers meet in Brussels\nurl: https://example.com/a?b=c#part",
    'title: "Café owners welcome the ruling"\nsource: Le Monde',
    "source: BBC\nsource: CNN",
]
YAML_ONLY = [
    "title: Talks: day two",  # ': ' inside a plain value
    "title: Talks resume # a comment",
    "source: yes",  # a boolean
    "source: null",
    "on: Monday",  # a boolean key
    "tags:\n  - flood\n  - rain",
    "title: A long headline\n  that goes on",
    "source: 1010 WINS",  # starts with a number
    "date: 2025-10-12 08:30:00",  # YAML's space-separated time
    'title: "\\u00e9t\\u00e9"',
    "title: 'single quoted'",
    "title:",
    "# a comment\ntitle: Floods",
]


@pytest.mark.parametrize("text", AS_YAML_READS_IT)
def test_simple_front_matter_reads_as_yaml_does(text):
    assert simple_front_matter(text) == yaml.safe_load(text)


@pytest.mark.parametrize("text", YAML_ONLY)
def test_anything_more_is_left_to_yaml(text):
    assert simple_front_matter(text) is None


def test_a_feed_file_and_its_yaml_reading_make_the_same_article(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        '---\ntitle: "Floods close the ring road"\nsource: Evening Post\n'
        "date: 2025-10-12T08:30:00+01:00\n---\n\nThe ring road closed on Sunday after rain.\n",
        encoding="utf-8",
    )
    (article,) = read_file(path).articles
    assert (article.title, article.source) == ("Floods close the ring road", "Evening Post")
    assert article.date == datetime(2025, 10, 12, 7, 30, tzinfo=UTC)


def test_invalid_yaml_front_matter_is_one_problem_naming_its_line_and_the_body_is_read(tmp_path):
    path = tmp_path / "b.md"
    path.write_text("---\ntitle: [unclosed\n---\n\nBody text here.\n", encoding="utf-8")
    read = read_file(path)
    assert [a.body for a in read.articles] == ["Body text here."]
    (problem,) = read.problems
    assert problem.reason.startswith("front matter not read (line 3: ")
