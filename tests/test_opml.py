"""OPML in and out: newsboat's exports (OPML 1.0 and its --export-to-opml2), folders and
categories as tags, and briefing's own export read back the same."""

from __future__ import annotations

import pytest

from briefing.config import FeedSetting
from briefing.feeds.opml import OpmlError, read_opml, write_opml

# newsboat --export-to-opml: OPML 1.0, one flat outline per feed (type, xmlUrl, htmlUrl,
# title and text), under a head titled "Newsboat - Exported Feeds"
NEWSBOAT_OPML1 = b"""<?xml version="1.0"?>
<opml version="1.0">
\t<head>
\t\t<title>Newsboat - Exported Feeds</title>
\t</head>
\t<body>
\t\t<outline type="rss" xmlUrl="https://feeds.example.com/world.xml" htmlUrl="https://example.com/world" title="World &amp; Nation" text="World &amp; Nation"/>
\t\t<outline type="rss" xmlUrl="https://blog.example.org/atom.xml" htmlUrl="https://blog.example.org/" title="" text=""/>
\t</body>
</opml>
"""

# newsboat --export-to-opml2 adds the tags as a comma-separated category; a renamed feed
# carries its name as a "~Name" tag, a hidden one a "!" tag
NEWSBOAT_OPML2 = b"""<?xml version="1.0"?>
<opml version="2.0">
  <head><title>Newsboat - Exported Feeds</title></head>
  <body>
    <outline type="rss" xmlUrl="https://feeds.example.com/world.xml" htmlUrl="https://example.com/" title="World" text="World" category="news,politics"/>
    <outline type="rss" xmlUrl="https://podcasts.example.net/feed" htmlUrl="" title="" text="" category="~Evening Podcast,!hidden,audio"/>
  </body>
</opml>
"""

# what many readers (and newsboat's import) read: folders of feeds, newsboat's "url"
FOLDERS = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>Mine</title></head><body>
  <outline text="News" title="News">
    <outline text="Wire" type="rss" xmlUrl="https://wire.example.com/rss"/>
    <outline text="Europe">
      <outline text="Le Monde" url="https://lemonde.example.fr/rss.xml"/>
    </outline>
  </outline>
  <outline text="Mail" xmlUrl="mailto:someone@example.com"/>
  <outline text="Local" xmlUrl="file:///etc/passwd"/>
  <outline text="Wire again" xmlUrl="https://wire.example.com/rss?utm_source=opml"/>
</body></opml>
"""


def test_newsboat_s_opml_1_export_is_imported_with_names():
    imported = read_opml(NEWSBOAT_OPML1)
    assert imported.feeds == (
        FeedSetting("https://feeds.example.com/world.xml", "World & Nation"),
        FeedSetting("https://blog.example.org/atom.xml", None),
    )


def test_newsboat_s_opml_2_export_brings_its_tags_and_renamed_feeds():
    imported = read_opml(NEWSBOAT_OPML2)
    assert imported.feeds == (
        FeedSetting("https://feeds.example.com/world.xml", "World", ("news", "politics")),
        FeedSetting("https://podcasts.example.net/feed", "Evening Podcast", ("audio",)),
    )


def test_folders_are_tags_other_schemes_are_skipped_and_each_feed_comes_once():
    imported = read_opml(FOLDERS)
    assert imported.feeds == (
        FeedSetting("https://wire.example.com/rss", "Wire", ("News",)),
        FeedSetting("https://lemonde.example.fr/rss.xml", "Le Monde", ("News/Europe",)),
    )
    assert imported.skipped == (
        "mailto:someone@example.com: not an http or https address",
        "file:///etc/passwd: not an http or https address",
    )


def test_export_is_opml_2_that_reads_back_the_same():
    feeds = (
        FeedSetting("https://a.example/feed?x=1&y=2", "A & <B>", ("world", "eu,uk")),
        FeedSetting("https://b.example/atom.xml"),
    )
    text = write_opml(feeds)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    assert 'category="world,eu_uk"' in text  # newsboat's way with a comma inside a tag
    assert read_opml(text.encode()).feeds == (
        FeedSetting("https://a.example/feed?x=1&y=2", "A & <B>", ("world", "eu_uk")),
        FeedSetting("https://b.example/atom.xml"),
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<html><body>hi</body></html>", "not OPML: the document is <html>, not <opml>"),
        (b"<opml version='2.0'><head/></opml>", "no <body> in the <opml> document"),
        (b"not xml at all", "not valid XML"),
        (b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body/></opml>',
         "declares XML entities"),
    ],
)  # fmt: skip
def test_what_is_no_opml_is_refused_with_a_reason(data, reason):
    with pytest.raises(OpmlError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_opml(data)
