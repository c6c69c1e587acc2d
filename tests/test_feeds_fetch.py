"""Fetching feeds and pages from a real HTTP server on 127.0.0.1 (tests/feed_site.py):
every kind of feed read into Markdown files, every kind of failure one line, each
article saved once, a second fetch a conditional GET that adds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from feed_site import ENTITY_TITLE_TEXT, ETAG, FEEDS, Site

from briefing import __version__
from briefing.analysis.duplicates import same_story
from briefing.config import FeedSetting
from briefing.feeds.fetch import fetch_feeds, fetch_page
from briefing.feeds.network import Fetcher, FetchError, Policy, check_redirect
from briefing.feeds.store import FeedStore
from briefing.library import load_library, read_file

FAST = Policy(connect_timeout=2, read_timeout=0.5, deadline=10, retries=0, backoff=0.01,
              max_bytes=1024 * 1024, trust_env=False)  # fmt: skip


@pytest.fixture(scope="module")
def site():
    with Site(stall_seconds=3) as running:
        yield running


def feed(site: Site, name: str, *, named: bool = True) -> FeedSetting:
    return FeedSetting(site.url(FEEDS[name]), name if named else None)


def fetch(site, tmp_path, names, policy=FAST, named=True):
    store = FeedStore(tmp_path / "data")
    with Fetcher(policy) as fetcher:
        report = fetch_feeds(
            [feed(site, n, named=named) for n in names],
            folder=tmp_path / "news",
            store=store,
            fetcher=fetcher,
        )
    store.close()
    return {r.feed.url: r for r in report.results}, report


def articles(tmp_path: Path):
    return {a.title: a for a in load_library([tmp_path / "news"]).articles}


def front_matter(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("\n---\n", 1)[0]


KINDS = ["World Wire", "Atom Science", "RDF Culture", "Local Relative", "Entities"]


def test_rss_atom_rdf_relative_links_and_entities_become_markdown_articles(site, tmp_path):
    _, report = fetch(site, tmp_path, KINDS, named=False)
    assert not report.failed
    found = articles(tmp_path)
    assert found["Council approves a bigger budget for the city's parks"].source == "World Wire"
    assert found["Astronomers find a comet that will pass close to Earth next spring"].source == (
        "Atom Science"  # a gzip-encoded Atom feed, its title the source
    )
    assert "Libraries lend more books than ever as young readers return" in found  # RSS 1.0
    river = found["Volunteers pull two tonnes of rubbish from the river"]
    assert river.url == site.url("/articles/river-cleanup.html")  # a relative link, resolved
    assert river.body.startswith("More than 400 volunteers")
    assert ENTITY_TITLE_TEXT in found  # markup and entities in a title: plain text
    assert "Fish & chips: the café’s menu" in found  # a feed declared in the wrong charset
    assert not any("<" in title or "&amp;" in title for title in found)


def test_the_page_s_text_is_the_article_without_the_site_s_chrome(site, tmp_path):
    fetch(site, tmp_path, ["World Wire"])
    council = articles(tmp_path)["Council approves a bigger budget for the city's parks"]
    assert council.body.startswith("The city council voted on Tuesday")  # no repeated <h1>
    for chrome in ("Subscribe", "Copyright", "Home |", "tracking", "By Jane"):
        assert chrome not in council.body
    meta = front_matter(Path(council.path))
    assert "extracted_by: trafilatura" in meta
    assert 'author: "Jane Holloway"' in meta
    assert f'feed: "{site.url("/rss2.xml")}"' in meta
    assert "date: 2025-10-12T08:00:00+00:00" in meta
    assert 'tags: ["News"]' in meta
    assert (
        Path(council.path).name
        == "2025-10-12-council-approves-a-bigger-budget-for-the-city-s-parks.md"
    )


def test_a_page_that_fails_or_holds_no_article_falls_back_to_the_feed_s_text(site, tmp_path):
    results, _ = fetch(site, tmp_path, ["World Wire"])
    found = articles(tmp_path)
    gone = found["Harbour wall to be rebuilt before winter"]  # its page is a 404
    empty = found["Town plans a new cycle path along the canal"]  # its page is only scripts
    for article in (gone, empty):
        assert "extracted_by: feed" in front_matter(Path(article.path))
    assert gone.body.startswith("The old harbour wall will be rebuilt before winter")
    assert "\n" not in empty.body  # the feed's line breaks are spaces, as in HTML
    notes = results[site.url("/rss2.xml")].notes
    assert any("HTTP 404 Not Found; used the feed's text" in n for n in notes)
    assert any("no article text in the page; used the feed's text" in n for n in notes)


def test_a_page_in_the_wrong_charset_is_read_as_what_its_bytes_are(site, tmp_path):
    fetch(site, tmp_path, ["World Wire"])
    cafe = articles(tmp_path)["A café on the harbour wins the regional food prize"]
    assert cafe.body.startswith("The Harbour Café, a small restaurant")
    assert "\ufffd" not in cafe.body and "Ã" not in cafe.body


def test_a_second_fetch_is_conditional_and_adds_nothing(site, tmp_path):
    _, report = fetch(site, tmp_path, KINDS)
    files = sorted((tmp_path / "news").iterdir())
    assert len(report.new) == len(files) >= 8
    site.requests.clear()
    again, report = fetch(site, tmp_path, KINDS)
    assert report.new == [] and not report.failed
    assert again[site.url("/rss2.xml")].not_modified  # a 304 for the feed with an ETag
    assert sorted((tmp_path / "news").iterdir()) == files
    sent = [headers for path, headers in site.requests if path == "/rss2.xml"]
    assert sent[0]["if-none-match"] == ETAG
    assert not [p for p, _ in site.requests if p.startswith("/articles/")]  # no page again
    assert all(h["user-agent"].startswith(f"briefing/{__version__}") for _, h in site.requests)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing.xml", "HTTP 404 Not Found"),
        ("/to-file.xml", "refused a redirect to a file: address"),
        ("/loop.xml", "more than 5 redirects"),
        ("/huge.xml", "too large: 50 MB, more than the 1 MB limit (max_download)"),
        ("/huge-undeclared.xml", "too large: more than the 1 MB limit (max_download)"),
        ("/stall.xml", "the server stopped answering (nothing for 0.5 s)"),
        ("/page.html", "a web page, not a feed; it names a feed at http://127.0.0.1:"),
        ("/articles/report.pdf", "not a feed: the response is not XML (application/pdf)"),
    ],
)
def test_a_feed_that_fails_says_why_in_one_line_and_the_others_still_arrive(
    site, tmp_path, path, reason
):
    store = FeedStore(tmp_path / "data")
    with Fetcher(FAST) as fetcher:
        report = fetch_feeds(
            [FeedSetting(site.url(path), "Bad"), feed(site, "Local Relative")],
            folder=tmp_path / "news", store=store, fetcher=fetcher,
        )  # fmt: skip
    bad, good = report.results
    assert bad.failed and reason in bad.error and "\n" not in bad.error
    assert good.new and not good.failed


def test_a_redirect_chain_is_followed_to_the_feed(site, tmp_path):
    _, report = fetch(site, tmp_path, ["Island News"])
    assert not report.failed
    assert "Ferry services resume after the winter storms" in articles(tmp_path)


def test_a_redirect_never_leaves_http_and_https_or_drops_to_http():
    for target in ("file:///etc/passwd", "ftp://example.com/feed", "gopher://x/"):
        with pytest.raises(FetchError, match="refused a redirect"):
            check_redirect("https://example.com/feed", target)
    with pytest.raises(FetchError, match="from https down to http"):
        check_redirect("https://example.com/feed", "http://example.com/feed")
    check_redirect("http://example.com/feed", "https://example.com/feed")  # an upgrade is fine


def test_5xx_answers_are_retried_with_backoff_and_4xx_are_not(site, tmp_path):
    patient = Policy(**{**FAST.__dict__, "retries": 3})
    site.requests.clear()
    store = FeedStore(tmp_path / "data")
    with Fetcher(patient) as fetcher:
        report = fetch_feeds(
            [FeedSetting(site.url("/flaky.xml"), "Flaky"), FeedSetting(site.url("/missing.xml"), "Gone")],
            folder=tmp_path / "news", store=store, fetcher=fetcher,
        )  # fmt: skip
    flaky, _gone = report.results
    assert not flaky.failed and len(flaky.new) == 1  # 503, 503, then the feed
    assert [p for p, _ in site.requests].count("/flaky.xml") == 3
    assert [p for p, _ in site.requests].count("/missing.xml") == 1


def test_at_most_two_requests_at_a_time_to_one_host(site, tmp_path):
    site.most_in_flight = 0
    fetch(site, tmp_path, [n for n in FEEDS if n not in ("Stalled", "Huge")])
    assert 1 <= site.most_in_flight <= 2


def test_one_story_in_two_feeds_under_different_tracking_parameters_is_saved_once(site, tmp_path):
    _, report = fetch(site, tmp_path, ["Agency A", "Agency B"])
    saved = [read_file(p).articles[0] for p in report.new]
    wire = [a for a in saved if a.url and "/articles/wire.html" in a.url]
    assert len(wire) == 1
    assert "utm_" not in wire[0].url and "fbclid" not in wire[0].url
    copies = sum(r.copies for r in report.results)
    assert copies == 1
    # Agency B's reworded copy at another address is a file of its own, the same story
    (reworded,) = [a for a in saved if a.url and a.url.endswith("/articles/wire-copy.html")]
    assert reworded.body != wire[0].body and same_story(reworded, wire[0])


def test_a_changed_entry_rewrites_its_file_but_never_one_the_user_edited(site, tmp_path):
    fetch(site, tmp_path, ["Atom Science"])
    found = articles(tmp_path)
    comet = Path(found["Astronomers find a comet that will pass close to Earth next spring"].path)
    bees = Path(found["Wild bees return to farms that plant hedges, a ten-year study finds"].path)
    edited = bees.read_text(encoding="utf-8") + "My own note on this.\n"
    bees.write_text(edited, encoding="utf-8")
    site.revision = 1
    try:
        results, _ = fetch(site, tmp_path, ["Atom Science"])
    finally:
        site.revision = 0
    (result,) = results.values()
    assert result.updated == [comet] and result.kept_edits == [bees]
    assert "Update: the team said on Tuesday" in comet.read_text(encoding="utf-8")
    assert bees.read_text(encoding="utf-8") == edited


def test_files_are_written_whole_and_never_over_another(site, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    mine = news / "2025-10-12-volunteers-pull-two-tonnes-of-rubbish-from-the-river.md"
    mine.write_text("My own notes, under the name the article would take.\n", encoding="utf-8")
    fetch(site, tmp_path, ["Local Relative"])
    assert mine.read_text(encoding="utf-8").startswith("My own notes")
    assert (news / "2025-10-12-volunteers-pull-two-tonnes-of-rubbish-from-the-river-2.md").is_file()
    assert not [p for p in news.iterdir() if p.name.startswith(".")]  # no temporary left


def test_add_saves_one_page_once_and_refuses_what_is_no_article(site, tmp_path):
    store = FeedStore(tmp_path / "data")
    with Fetcher(FAST) as fetcher:
        url = site.url("/articles/museum-reopens.html?utm_source=newsletter")
        first = fetch_page(url, folder=tmp_path / "news", store=store, fetcher=fetcher)
        again = fetch_page(url, folder=tmp_path / "news", store=store, fetcher=fetcher)
        with pytest.raises(FetchError, match=r"not a web page \(application/pdf\)"):
            fetch_page(
                site.url("/articles/report.pdf"),
                folder=tmp_path / "news",
                store=store,
                fetcher=fetcher,
            )
        with pytest.raises(FetchError, match="no article text found in the page"):
            fetch_page(
                site.url("/articles/empty.html"),
                folder=tmp_path / "news",
                store=store,
                fetcher=fetcher,
            )
    assert first.new and not again.new and again.path == first.path
    (article,) = read_file(first.path).articles
    assert (
        article.title == "The city museum reopens after a four-year restoration"
    )  # no " - Example Times"
    assert article.source == "Example Times"  # the page's site name
    assert article.url == site.url("/articles/museum-reopens.html")


def test_a_saved_html_page_reads_as_its_article_with_its_metadata(tmp_path):
    from feed_site import page_html

    from briefing.feeds.extract import read_html_file

    saved = tmp_path / "bbc.html"
    saved.write_text(page_html("rail-strike", site="BBC News"), encoding="utf-8")
    found = read_html_file(saved)
    assert found is not None
    assert found.title == "Rail strike called off after a late pay offer"  # no " - BBC News"
    assert found.site == "BBC News" and found.author == "Tom Okafor" and found.language == "en-gb"
    assert found.date is not None and found.date.isoformat() == "2025-10-12T07:30:00+00:00"
    assert found.text.startswith("A national rail strike planned for Friday")  # no <h1> again
    empty = tmp_path / "app.html"
    empty.write_text("<html><body><div id=root></div><script>x()</script></body></html>")
    assert read_html_file(empty) is None


def test_a_lost_fetch_state_does_not_save_the_articles_again(site, tmp_path):
    fetch(site, tmp_path, ["World Wire", "Atom Science"])
    files = sorted((tmp_path / "news").iterdir())
    for path in (tmp_path / "data").glob("feeds.sqlite3*"):
        path.unlink()  # as when a corrupt state file is replaced by a fresh one
    _, again = fetch(site, tmp_path, ["World Wire", "Atom Science"])
    assert again.new == [] and sorted((tmp_path / "news").iterdir()) == files
