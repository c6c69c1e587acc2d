"""One copy of each story: the same address once tracking parameters are gone, or the
same text told with a word changed, is one story; two reports of one event are not;
the brief lists a copied text once and still names every source."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime

import pytest
from test_brief import analysis

from briefing.analysis.duplicates import (
    Fingerprint,
    copies_of,
    copy_groups,
    same_story,
    same_text,
    shingles,
)
from briefing.analysis.pipeline import Analyzer
from briefing.article import Article
from briefing.brief.stories import build_stories
from briefing.cache import Cache
from briefing.library import article_id
from briefing.urls import normalise_url, without_tracking

WHEN = datetime(2025, 10, 9, 12).astimezone()

WIRE = (
    "The central bank held its main interest rate at 4% on Thursday for the third month in a "
    "row, saying inflation was falling more slowly than it had hoped. The bank's governor told "
    "reporters that prices rose by 3.1% in the year to September, above the target of 2%, and "
    "that rates would stay high for longer. Economists had expected the decision. Markets moved "
    "little, and the currency ended the day slightly higher against the dollar and the euro. "
    "Seven of the nine members of the rate committee voted to hold, while two voted for a cut "
    "of a quarter of a point, the minutes of the meeting showed."
)
REWORDED = WIRE.replace("slightly higher", "a little higher").replace("showed", "revealed")
OTHER_REPORT = (
    "Interest rates are staying at 4%, the central bank decided on Thursday. Its governor warned "
    "that prices were still rising faster than the 2% target, and two of the nine committee "
    "members wanted a cut. Shoppers and homeowners will have to wait until next year for relief, "
    "analysts at three of the largest banks said in notes to their clients afterwards."
)


def article(body: str, url: str | None = None, source: str = "wire") -> Article:
    return Article(article_id(body), body, body[:40], source, WHEN, url=url)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://example.com/a?utm_source=rss&utm_medium=feed", "https://example.com/a"),
        ("http://www.Example.com:80/a/?fbclid=XYZ#comments", "https://example.com/a"),
        ("https://example.com/a?b=2&a=1&gclid=9", "https://example.com/a?a=1&b=2"),
    ],
)
def test_addresses_differing_only_in_tracking_and_spelling_are_one(a, b):
    assert normalise_url(a) == normalise_url(b)


def test_different_pages_stay_different_addresses():
    assert normalise_url("https://example.com/a?id=1") != normalise_url(
        "https://example.com/a?id=2"
    )
    assert normalise_url("https://example.com/a") != normalise_url("https://example.org/a")


def test_a_saved_address_keeps_everything_but_the_tracking():
    assert (
        without_tracking("https://Example.com/a?id=7&utm_source=x#p2")
        == "https://Example.com/a?id=7#p2"
    )


def test_the_same_text_with_a_few_words_changed_is_one_story():
    assert same_story(article(WIRE), article(REWORDED))


def test_the_same_address_is_one_story_whatever_the_text():
    first = article(WIRE, "https://example.com/rates?utm_source=a")
    second = article(OTHER_REPORT, "https://www.example.com/rates/?fbclid=b")
    assert same_story(first, second)


def test_two_reports_of_one_event_are_not_one_text():
    assert not same_story(article(WIRE), article(OTHER_REPORT))


def test_short_teasers_are_never_one_story_by_their_words():
    teaser = "Read the full story on our website."
    assert not same_story(article(teaser), article(teaser + " Updated."))


def test_copy_groups_gather_every_copy_once_in_order():
    texts = [article(WIRE, source="A"), article(OTHER_REPORT, source="B"),
             article(REWORDED, source="C")]  # fmt: skip
    many = [article(f"Report number {i} on the harvest in county {i}, " * 8) for i in range(300)]
    groups = copy_groups([*texts, *many])
    assert groups[:2] == [[0, 2], [1]]
    assert len(groups) == 2 + 300
    also = copies_of(texts)
    assert [a.source for a in also[texts[0].id]] == ["C"]
    assert texts[1].id not in also


def test_a_story_lists_a_copied_text_once_and_names_both_sources():
    original = analysis("w1", WIRE, source="Agency A")
    copy = analysis("w2", REWORDED, source="Agency B")
    copy = replace(copy, article=replace(copy.article, date=WHEN))
    (story,) = build_stories([original, copy])
    assert len(story.articles) == 1 and len(story.copies) == 1
    assert set(story.sources) == {"Agency A", "Agency B"}
    texts = [s.sentence.text for s in story.summary]
    assert len(texts) == len(set(texts))


def _one_word_changed(i: int) -> str:
    words = WIRE.split()
    words[i % len(words)] = f"changed{i}"
    return " ".join(words)


def test_sixty_copies_with_a_word_changed_in_each_are_one_text():
    # every copy shares its rarest shingles with the others: no copy may go unfound
    copies = [article(_one_word_changed(i), source=f"paper {i}") for i in range(60)]
    groups = copy_groups([*copies, article(OTHER_REPORT)])
    assert groups == [list(range(60)), [60]]


def test_copy_groups_agree_with_comparing_every_pair():
    texts = [WIRE, REWORDED, OTHER_REPORT, *(_one_word_changed(i * 7) for i in range(6))]
    halves = WIRE.split(". ")
    texts += [". ".join(halves[:k]) + "." for k in range(2, len(halves))]  # ever shorter
    articles = [article(t, source=str(i)) for i, t in enumerate(texts)]
    bags = [shingles(a.body) for a in articles]
    parent = list(range(len(articles)))
    for i in range(len(articles)):
        for j in range(i):
            if same_text(bags[i], bags[j]):
                parent = [parent[j] if p == parent[i] else p for p in parent]
    expected: dict[int, list[int]] = {}
    for i, p in enumerate(parent):
        expected.setdefault(p, []).append(i)
    assert sorted(copy_groups(articles)) == sorted(expected.values())


def test_shingles_are_the_same_in_every_process():
    script = "from briefing.analysis.duplicates import shingles; import sys; " \
             "print(sorted(shingles(sys.argv[1])))"  # fmt: skip
    seen = {
        subprocess.run(
            [sys.executable, "-c", script, WIRE],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(seen) == 1 and str(sorted(shingles(WIRE))) + "\n" in seen


def test_a_stored_fingerprint_reads_back_as_it_was():
    made = Fingerprint.of(WIRE)
    back = Fingerprint.decode(made.encode())
    assert back.bag == shingles(WIRE) and back.bits == made.bits
    with pytest.raises(ValueError):
        Fingerprint.decode(b"\x00" + b"x" * 7)


def test_the_brief_finds_copies_from_stored_fingerprints_without_reading_bodies(tmp_path):
    cache_dir = tmp_path / "cache"
    first = Analyzer(Cache(cache_dir))
    wire, copy = article(WIRE), article(REWORDED)
    assert [p.bag for p in first.fingerprints([wire, copy])] == [
        shingles(WIRE),
        shingles(REWORDED),
    ]  # an article analysed before fingerprints were kept: made from its body, and kept

    def unreadable(_: Article) -> str:
        raise AssertionError("a body was read")

    stubs = [
        Article.unread(unreadable, id=a.id, title=a.title, source=a.source, date=a.date, path=None)
        for a in (wire, copy)
    ]
    again = Analyzer(Cache(cache_dir)).fingerprints(stubs)
    assert copy_groups(stubs, lambda _: again) == [[0, 1]]
