"""The list's stories, order, tags and what is new, as plain Python (no terminal): one
row per story carried by several feeds, a mark on one is a mark on every copy, the
tag and new-only filters combine with the others, and the order cycles date → source
→ grouped by source."""

from __future__ import annotations

from datetime import datetime

from briefing.analysis.duplicates import copies_of
from briefing.article import Article
from briefing.tui.library_view import LibraryView

STORY = " ".join(
    f"The central bank held its main rate at {n} percent for the third month, saying "
    f"prices in sector {n} rose faster than it had hoped."
    for n in range(12)
)


def _article(n: int, source: str, day: int, body: str, tags: tuple[str, ...] = ()) -> Article:
    return Article(
        id=str(n),
        body=body,
        title=f"Story {n}",
        source=source,
        date=datetime(2025, 10, day),
        tags=tags,
    )


ARTICLES = [  # newest first, as the library gives them
    _article(1, "Reuters", 13, STORY, ("economy",)),
    _article(2, "BBC", 12, STORY + " The BBC adds a line.", ("economy", "uk")),
    _article(
        3, "AP", 11, "A storm hit the coast of Florida overnight, cutting power.", ("weather",)
    ),
    _article(4, "BBC", 10, "The museum reopened after four years of restoration work.", ("uk",)),
]


def _view(**kwargs) -> LibraryView:
    return LibraryView(ARTICLES, copies=copies_of(ARTICLES), **kwargs)


def test_a_story_in_two_feeds_is_one_row_that_names_the_other_source():
    view = _view()
    assert [a.id for a in view.shown()] == ["1", "3", "4"]
    assert view.also_in(ARTICLES[0]) == ["BBC"]
    assert view.header() == "3 articles · 3 unread"
    assert view.unread() == 3


def test_the_copy_a_filter_keeps_stands_for_the_story():
    view = _view()
    assert view.apply(view.with_filters(tag="uk"))  # only the BBC copy has #uk
    assert [a.id for a in view.shown()] == ["2", "4"]
    assert view.also_in(ARTICLES[1]) == ["Reuters"]


def test_marking_one_copy_read_or_starred_marks_every_copy_and_undo_gives_both_back():
    view = _view()
    assert view.toggle_read("1") is True
    assert view.read == {"1", "2"}
    assert view.toggle_read("2") is False
    assert view.read == set()
    assert view.toggle_star("2") is True
    assert view.starred == {"1", "2"}
    assert view.mark_read(["1", "3"]) == {"1", "2", "3"}
    assert view.undo() == {"1", "2", "3"}
    assert view.read == set()


def test_tags_are_counted_and_filter_with_the_search():
    view = _view()
    assert view.tag_counts() == [("economy", 2), ("uk", 2), ("weather", 1)]
    assert view.apply(view.with_filters(tag="uk", search="museum"))
    assert [a.id for a in view.shown()] == ["4"]
    assert view.filter_line() == "“museum” · #uk"
    assert not view.apply(view.with_filters(tag="weather"))  # with the search: nothing


def test_new_since_the_last_launch_is_counted_and_filters():
    view = _view(new=frozenset({"3", "4"}), since=datetime(2025, 10, 13, 8, 10))
    assert view.new_line() == "2 new since Mon 08:10"
    assert view.apply(view.with_filters(new_only=True))
    assert [a.id for a in view.shown()] == ["3", "4"]
    assert view.filter_line() == "new"
    assert _view().new_line() == ""  # nothing new: nothing said


def test_the_order_cycles_date_source_grouped():
    view = _view()
    assert view.next_order() == "source"
    assert [a.source for a in view.shown()] == ["AP", "BBC", "Reuters"]
    assert [a.id for a in view.shown()] == ["3", "4", "1"]
    assert view.next_order() == "grouped"
    assert [(s, [a.id for a in g]) for s, g in view.groups(view.shown())] == [
        ("AP", ["3"]),
        ("BBC", ["4"]),
        ("Reuters", ["1"]),
    ]
    assert view.next_order() == "date"
    assert [a.id for a in view.shown()] == ["1", "3", "4"]


def test_a_large_library_is_compared_in_a_child_that_a_closing_reader_stops():
    from briefing.tui.copies import IN_A_PROCESS, find_copies

    others = [
        _article(10 + n, "Wire", 1, f"Item {n} of the day: nothing in it is like item {n + 1}.")
        for n in range(IN_A_PROCESS)
    ]
    articles = [*ARTICLES, *others]
    found = find_copies(articles, cancelled=lambda: False)
    assert found is not None
    assert {k: [a.id for a in v] for k, v in found.items()} == {"1": ["2"], "2": ["1"]}
    assert find_copies(articles, cancelled=lambda: True) is None


def test_a_large_library_s_unread_bodies_are_read_by_the_child_not_the_reader(tmp_path):
    from briefing.library import load_library
    from briefing.tui.copies import IN_A_PROCESS, find_copies

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.md").write_text(f"---\ntitle: One\nsource: Reuters\n---\n{STORY}\n", "utf-8")
    (folder / "b.md").write_text(
        f"---\ntitle: Two\nsource: BBC\n---\n{STORY} The BBC adds a line.\n", "utf-8"
    )
    for n in range(IN_A_PROCESS):
        (folder / f"{n:04d}.md").write_text(
            f"---\ntitle: Item {n}\n---\nItem {n} of the day: nothing in it is like {n + 1}.\n",
            "utf-8",
        )
    index = tmp_path / "cache"
    load_library([folder], index_dir=index)  # the first start writes the index
    library = load_library([folder], index_dir=index)  # the next one reads no body
    found = find_copies(library.articles, cancelled=lambda: False)
    assert found is not None
    titles = {library_title: sorted(a.title for a in copies) for library_title, copies in (
        (next(a.title for a in library.articles if a.id == k), v) for k, v in found.items()
    )}  # fmt: skip
    assert titles == {"One": ["Two"], "Two": ["One"]}
    assert not any(a.body_read for a in library.articles)


def test_a_search_kept_over_a_reload_finds_the_new_articles_too():
    view = _view()
    assert view.apply(view.with_filters(search="museum"))
    assert [a.id for a in view.shown()] == ["4"]
    arrived = _article(5, "AP", 14, "A second museum opened its doors on Sunday.")
    view.articles = [arrived, *ARTICLES]  # what the reader's reload does
    assert [a.id for a in view.shown()] == ["5", "4"]
