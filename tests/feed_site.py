"""A small news site on 127.0.0.1 for the feed tests (and `python bench/feed_server.py`).

It serves feeds of every kind the fetcher must read or refuse, and the article pages
they link, all written for the purpose: RSS 2.0 (with ETag and Last-Modified, and a
304 when they still hold), Atom (gzip-encoded), RSS 1.0, a feed of relative links,
one with markup and entities in its titles and a wrong charset, a feed that is
missing (404), one that stalls, a redirect chain, a redirect to `file:`, a feed of
50 MB, an entry whose page is gone, one whose page has no article text, one whose
page declares the wrong charset, and one wire story carried by two feeds under
different tracking parameters, with a reworded copy at another address.

Only 127.0.0.1 is ever contacted: every address in the feeds is the server's own.
"""

from __future__ import annotations

import gzip
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ETAG = '"world-wire-v1"'
LAST_MODIFIED = "Sun, 12 Oct 2025 08:00:00 GMT"
HUGE = 50 * 1024 * 1024

# -- the articles ------------------------------------------------------------------------

PAGES: dict[str, tuple[str, str, list[str]]] = {
    "council-parks": (
        "Council approves a bigger budget for the city's parks",
        "Jane Holloway",
        [
            "The city council voted on Tuesday to raise the parks budget by $4.5 million, "
            "after a debate that ran late into the evening at the town hall.",
            "The money will pay for 12 new playgrounds, the repair of the old boating lake "
            "and 40 more gardeners, the council's finance committee said in its report.",
            "Opponents argued that the roads needed the money more, and said they would "
            "raise the question again when next year's budget is drawn up in the spring.",
        ],
    ),
    "rail-strike": (
        "Rail strike called off after a late pay offer",
        "Tom Okafor",
        [
            "A national rail strike planned for Friday has been called off after the "
            "operators made a pay offer of 6% over two years, the drivers' union said.",
            "Members will vote on the offer over the next three weeks. The union's leader "
            "said the deal was the best the drivers had been offered in a decade.",
            "Passengers had been warned to expect no trains at all on most lines, and "
            "schools in several towns had planned to close for the day.",
        ],
    ),
    "charset-cafe": (
        "A café on the harbour wins the regional food prize",
        "Marta Ruiz",
        [
            "The Harbour Café, a small restaurant beside the fish market, has won the "
            "regional food prize for its seafood stew, the judges announced on Sunday.",
            "Its owner, who opened the café eleven years ago with a loan from her family, "
            "said the prize belonged to the fishermen who bring in the catch each dawn.",
            "The judges tasted dishes from 85 restaurants across the region this summer "
            "before choosing the five that reached the final round of the competition.",
        ],
    ),
    "comet-found": (
        "Astronomers find a comet that will pass close to Earth next spring",
        "Priya Natarajan",
        [
            "Astronomers at the mountain observatory have found a new comet that will pass "
            "within 40 million kilometres of Earth next April, close enough to be seen.",
            "The comet was spotted in images taken over three nights last week, and its "
            "orbit was confirmed by two other observatories on Monday, the team said.",
            "It should be visible through binoculars for about two weeks, and perhaps to "
            "the naked eye from dark places if it brightens as the team expects.",
        ],
    ),
    "bee-study": (
        "Wild bees return to farms that plant hedges, a ten-year study finds",
        "Lena Fischer",
        [
            "Wild bees came back to farms that planted hedges and strips of wild flowers, "
            "a study of 60 farms over ten years has found, with numbers rising by a third.",
            "The researchers counted bees along the same paths each summer and found the "
            "largest gains on farms that left field margins uncut until late autumn.",
            "Farmers said the hedges cost little to plant, and several reported better "
            "harvests of fruit that needs bees to pollinate its flowers each spring.",
        ],
    ),
    "museum-reopens": (
        "The city museum reopens after a four-year restoration",
        "Hugo Lambert",
        [
            "The city museum opened its doors again on Saturday after a restoration that "
            "took four years and cost 30 million euros, twice what was first planned.",
            "Visitors queued around the square to see the restored painted ceiling of the "
            "great hall, which had been hidden under layers of grime for a century.",
            "The director said the museum expected a million visitors in its first year, "
            "and that entry would stay free on the first Sunday of every month.",
        ],
    ),
    "library-books": (
        "Libraries lend more books than ever as young readers return",
        "Sam Whitaker",
        [
            "Public libraries lent more books last year than in any year on record, a "
            "survey of 300 libraries found, with the largest rise among readers under 25.",
            "Librarians said reading groups and late opening hours had brought in people "
            "who had not held a library card since they were at school.",
            "The survey found that comic books and novels in translation had gained most, "
            "while loans of travel guides had fallen for the fifth year in a row.",
        ],
    ),
    "river-cleanup": (
        "Volunteers pull two tonnes of rubbish from the river",
        "Ada Mensah",
        [
            "More than 400 volunteers pulled two tonnes of rubbish out of the river on "
            "Sunday, in the largest clean-up the town has held, its organisers said.",
            "Among the finds were 30 shopping trolleys, a piano and a safe, which the "
            "police opened in front of a small crowd and found to be empty.",
            "The council said it would put more bins along the towpath and fine people "
            "who dump rubbish in the water, after years of complaints from anglers.",
        ],
    ),
    "moved-feed-story": (
        "Ferry services resume after the winter storms",
        "Iona Campbell",
        [
            "Ferry services to the islands resumed on Wednesday after a week of storms that "
            "kept boats in harbour and left shops on the islands short of bread and milk.",
            "The operator said the first sailings were full and that extra crossings would "
            "run on Thursday and Friday to clear the backlog of lorries waiting at the port.",
            "Islanders said the storms were the worst in twenty years, and several roads "
            "were still closed by fallen trees and flooding on Wednesday evening.",
        ],
    ),
    "wire": (
        "Central bank holds interest rates at 4% for a third month",
        "Wire staff",
        [
            "The central bank held its main interest rate at 4% on Thursday for the third "
            "month in a row, saying inflation was falling more slowly than it had hoped.",
            "The bank's governor told reporters that prices rose by 3.1% in the year to "
            "September, above the target of 2%, and that rates would stay high for longer.",
            "Economists had expected the decision. Markets moved little, and the currency "
            "ended the day slightly higher against the dollar and the euro.",
            "Seven of the nine members of the rate committee voted to hold, while two "
            "voted for a cut of a quarter of a point, the minutes of the meeting showed.",
            "Mortgage lenders said their rates were unlikely to change before the new "
            "year, when the bank's next forecast for growth and prices is due.",
        ],
    ),
}

WIRE_COPY = (
    "Central bank holds rates at 4% for a third month",
    "Wire staff",
    [
        "The central bank held its main interest rate at 4% on Thursday for the third "
        "month in a row, saying inflation was falling more slowly than it had hoped.",
        "The bank's governor told reporters that prices rose by 3.1% in the year to "
        "September, above the target of 2%, and that rates would stay high for longer.",
        "Economists had expected the decision. Markets moved little, and the currency "
        "ended the day slightly higher against the dollar and the euro.",
        "Seven of the nine members of the rate committee voted to hold, while two "
        "voted for a cut of a quarter of a point, the minutes of the meeting showed.",
        "Mortgage lenders said their rates were unlikely to change before the new "
        "year, when the bank's next forecast for growth and prices is expected.",
    ],
)
PAGES["wire-copy"] = WIRE_COPY


def page_html(slug: str, site: str = "Example Times", revision: int = 0) -> str:
    title, author, paragraphs = PAGES[slug]
    if revision and slug in ("comet-found", "bee-study"):
        paragraphs = [*paragraphs, UPDATE]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{title} - {site}</title>
<meta property="og:site_name" content="{site}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="2025-10-12T07:30:00Z">
<script>var tracking = "ignore me";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<header><p>Subscribe to our newsletter for the day's top stories</p></header>
<main><article><h1>{title}</h1>
<p class="byline">By {author}</p>
{body}
</article></main>
<footer><p>Copyright Example Times. All rights reserved.</p></footer></body></html>
"""


EMPTY_PAGE = """<!DOCTYPE html><html><head><title>Loading…</title>
<script src="/app.js"></script></head><body><div id="root"></div>
<noscript>Please enable JavaScript.</noscript></body></html>"""

# -- the feeds -----------------------------------------------------------------------------


def _item(base: str, slug: str, link: str, day: int, guid: str | None = None) -> str:
    title, author, paragraphs = PAGES[slug]
    return f"""<item><title>{title}</title><link>{base}{link}</link>
<guid isPermaLink="false">{guid or slug}</guid><author>{author}</author>
<pubDate>{day:02d} Oct 2025 08:00:00 GMT</pubDate><category>News</category>
<description>{paragraphs[0]}</description></item>"""


def rss2(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>World Wire</title><link>{base}/</link>
<description>News from everywhere</description>
{_item(base, "council-parks", "/articles/council-parks.html", 12)}
{_item(base, "rail-strike", "/articles/rail-strike.html", 11)}
<item><title>Harbour wall to be rebuilt before winter</title><link>{base}/articles/gone.html</link>
<guid>harbour-wall</guid><pubDate>Fri, 10 Oct 2025 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The old harbour wall will be rebuilt before winter at a cost of two million
pounds, the port authority said, after storms last year opened cracks along its length and
closed the path that runs along its top to walkers and anglers.&lt;/p&gt;</description></item>
<item><title>Town plans a new cycle path along the canal</title><link>{base}/articles/empty.html</link>
<guid>cycle-path</guid><pubDate>Thu, 09 Oct 2025 08:00:00 GMT</pubDate>
<description>The town will build a cycle path along the canal towpath next year, linking the
station with the university campus and the new housing estate to the east of the centre.</description></item>
{_item(base, "charset-cafe", "/articles/charset-cafe.html", 8)}
</channel></rss>"""


UPDATE = (
    "Update: the team said on Tuesday that new images had confirmed the first "
    "measurements and that the findings would be published in full next month."
)


def atom(base: str, revision: int = 0) -> str:
    def entry(slug: str, day: int) -> str:
        title, author, paragraphs = PAGES[slug]
        return f"""<entry><title type="text">{title}</title>
<link rel="alternate" href="{base}/articles/{slug}.html"/><id>urn:example:{slug}</id>
<updated>2025-10-{day + revision:02d}T09:00:00Z</updated><author><name>{author}</name></author>
<summary type="html">&lt;p&gt;{paragraphs[0]}&lt;/p&gt;</summary></entry>"""

    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Science</title>
<link href="{base}/"/><id>urn:example:science</id><updated>2025-10-12T09:00:00Z</updated>
{entry("comet-found", 12)}
{entry("bee-study", 11)}
</feed>"""


def rss1(base: str) -> str:
    def item(slug: str, day: int) -> str:
        title, _, paragraphs = PAGES[slug]
        return f"""<item rdf:about="{base}/articles/{slug}.html"><title>{title}</title>
<link>{base}/articles/{slug}.html</link><description>{paragraphs[0]}</description>
<dc:date>2025-10-{day:02d}T10:00:00Z</dc:date></item>"""

    return f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="{base}/rss1.rdf"><title>RDF Culture</title><link>{base}/</link>
<description>Culture</description>
<items><rdf:Seq><rdf:li resource="{base}/articles/museum-reopens.html"/>
<rdf:li resource="{base}/articles/library-books.html"/></rdf:Seq></items></channel>
{item("museum-reopens", 12)}
{item("library-books", 11)}
</rdf:RDF>"""


def relative(base: str) -> str:
    title, _author, paragraphs = PAGES["river-cleanup"]
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Local Relative</title><link>/</link>
<description>Links relative to the feed</description>
<item><title>{title}</title><link>articles/river-cleanup.html</link><guid>river</guid>
<pubDate>Sun, 12 Oct 2025 12:00:00 GMT</pubDate><description>{paragraphs[0]}</description></item>
</channel></rss>"""


ENTITY_TITLE_XML = (
    "Rates &amp;amp; &lt;b&gt;prices&lt;/b&gt; &#8211; what the &#8220;hold&#8221; means"
)
ENTITY_TITLE_TEXT = "Rates & prices – what the “hold” means"


def entities(base: str) -> str:
    """Markup and entities in titles; served as ISO-8859-1 though its bytes are UTF-8."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Entities &amp; Co — Café</title><link>{base}/</link>
<description>Titles with markup</description>
<item><title>{ENTITY_TITLE_XML}</title><link>{base}/articles/rates-explainer.html</link>
<guid>entity-rates</guid><pubDate>Sat, 11 Oct 2025 06:00:00 GMT</pubDate>
<description>&lt;p&gt;What a &lt;b&gt;hold&lt;/b&gt; means for savers &amp;amp; borrowers:
mortgage rates stay where they are, and the rates on savings accounts are unlikely to
rise again before the new year, lenders said on Saturday.&lt;/p&gt;</description></item>
<item><title><![CDATA[Fish & <i>chips</i>: the café’s menu]]></title>
<link>{base}/articles/cafe-menu.html?ref_src=entities</link><guid>entity-cafe</guid>
<pubDate>Sat, 11 Oct 2025 07:00:00 GMT</pubDate><description>The café won.</description></item>
</channel></rss>"""


def wire(base: str, agency: str, query: str, copy: bool) -> str:
    title, _author, paragraphs = PAGES["wire"]
    extra = ""
    if copy:
        ctitle, _, cparagraphs = WIRE_COPY
        extra = f"""<item><title>{ctitle}</title><link>{base}/articles/wire-copy.html</link>
<guid>{agency}-copy</guid><pubDate>Thu, 09 Oct 2025 13:00:00 GMT</pubDate>
<description>{cparagraphs[0]}</description></item>"""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{agency}</title><link>{base}/</link>
<description>Wire</description>
<item><title>{title}</title><link>{base}/articles/wire.html?{query}</link><guid>{agency}-wire</guid>
<pubDate>Thu, 09 Oct 2025 12:00:00 GMT</pubDate><description>{paragraphs[0]}</description></item>
{extra}
</channel></rss>"""


def moved(base: str) -> str:
    title, _, paragraphs = PAGES["moved-feed-story"]
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Island News</title><link>{base}/</link><description>x</description>
<item><title>{title}</title><link>{base}/articles/moved-feed-story.html</link><guid>ferry</guid>
<pubDate>Wed, 08 Oct 2025 08:00:00 GMT</pubDate><description>{paragraphs[0]}</description></item>
</channel></rss>"""


FEEDS = {
    "World Wire": "/rss2.xml",
    "Atom Science": "/atom.xml",
    "RDF Culture": "/rss1.rdf",
    "Local Relative": "/relative.xml",
    "Entities": "/entities.xml",
    "Agency A": "/wire-a.xml",
    "Agency B": "/wire-b.xml",
    "Island News": "/redirect-1.xml",
    "Escape": "/to-file.xml",
    "Missing": "/missing.xml",
    "Huge": "/huge.xml",
    "Stalled": "/stall.xml",
}
"""Every feed of the site by name, as a newsboat user's subscriptions would list them."""

# -- the server ----------------------------------------------------------------------------


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up (it refused a huge feed, or timed out) is no error


class Site:
    """The site, served from a thread on 127.0.0.1 (port 0: any free port)."""

    def __init__(self, port: int = 0, stall_seconds: float = 5.0) -> None:
        self.stall_seconds = stall_seconds
        self.revision = 0
        """Set to 1 and the Atom feed's entries change (new dates, a new paragraph)."""
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                with site._lock:
                    site.requests.append(
                        (self.path, {k.lower(): v for k, v in self.headers.items()})
                    )
                    site.in_flight += 1
                    site.most_in_flight = max(site.most_in_flight, site.in_flight)
                self.counted = True
                try:
                    time.sleep(0.01)  # long enough for concurrent requests to overlap
                    site.answer(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    site.done(self)

        self.server = _QuietServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()

    def release_stalled(self) -> None:
        """Let the stalled feed answer now (and every later request to it at once)."""
        self._stop.set()

    def done(self, h: BaseHTTPRequestHandler) -> None:
        """The request is answered (counted once: before its first bytes go out, since
        the client may send its next request the moment the last of them arrive, and an
        empty body's last bytes are its headers')."""
        with self._lock:
            if getattr(h, "counted", False):
                h.counted = False  # type: ignore[attr-defined]
                self.in_flight -= 1

    def url(self, path: str) -> str:
        return self.base + path

    def opml(self) -> str:
        """The site's feeds as newsboat's `--export-to-opml` writes them (OPML 1.0, one
        flat outline per feed, type, xmlUrl, htmlUrl, title and text)."""
        outlines = "\n".join(
            f'\t\t<outline type="rss" xmlUrl="{self.url(path)}" htmlUrl="{self.base}/" '
            f'title="{name}" text="{name}"/>'
            for name, path in FEEDS.items()
        )
        return (
            '<?xml version="1.0"?>\n<opml version="1.0">\n\t<head>\n'
            "\t\t<title>Newsboat - Exported Feeds</title>\n\t</head>\n\t<body>\n"
            f"{outlines}\n\t</body>\n</opml>\n"
        )

    # -- answers ---------------------------------------------------------------------------
    def answer(self, h: BaseHTTPRequestHandler) -> None:
        path, _, _query = h.path.partition("?")
        base = self.base
        if path == "/rss2.xml":
            if (
                h.headers.get("If-None-Match") == ETAG
                or h.headers.get("If-Modified-Since") == LAST_MODIFIED
            ):
                return self.send(h, 304, b"", headers={"ETag": ETAG})
            return self.send(
                h,
                200,
                rss2(base).encode(),
                "application/rss+xml; charset=utf-8",
                {"ETag": ETAG, "Last-Modified": LAST_MODIFIED},
            )
        if path == "/atom.xml":
            body = gzip.compress(atom(base, self.revision).encode())
            return self.send(h, 200, body, "application/atom+xml", {"Content-Encoding": "gzip"})
        if path == "/rss1.rdf":
            return self.send(h, 200, rss1(base).encode(), "application/rdf+xml")
        if path == "/relative.xml":
            return self.send(h, 200, relative(base).encode(), "text/xml")
        if path == "/entities.xml":
            return self.send(
                h, 200, entities(base).encode(), "application/rss+xml; charset=iso-8859-1"
            )
        if path == "/wire-a.xml":
            return self.send(
                h,
                200,
                wire(base, "Agency A", "utm_source=agency-a&utm_medium=rss", False).encode(),
                "application/rss+xml",
            )
        if path == "/wire-b.xml":
            return self.send(
                h,
                200,
                wire(base, "Agency B", "fbclid=XYZ123&utm_campaign=b", True).encode(),
                "application/rss+xml",
            )
        if path == "/redirect-1.xml":
            return self.send(h, 301, b"", headers={"Location": "/redirect-2.xml"})
        if path == "/redirect-2.xml":
            return self.send(h, 302, b"", headers={"Location": f"{base}/redirect-3.xml"})
        if path == "/redirect-3.xml":
            return self.send(h, 307, b"", headers={"Location": "moved-feed.xml"})
        if path == "/moved-feed.xml":
            return self.send(h, 200, moved(base).encode(), "application/rss+xml")
        if path == "/to-file.xml":
            return self.send(h, 302, b"", headers={"Location": "file:///etc/passwd"})
        if path == "/loop.xml":
            return self.send(h, 302, b"", headers={"Location": "/loop.xml"})
        if path == "/huge.xml":
            return self.stream_huge(h, declare=True)
        if path == "/huge-undeclared.xml":
            return self.stream_huge(h, declare=False)
        if path == "/stall.xml":
            self.done(h)  # the client gives up long before: not counted as in flight
            self._stop.wait(self.stall_seconds)
            return self.send(h, 200, rss2(base).encode(), "application/rss+xml")
        if path == "/flaky.xml":
            failures = sum(1 for p, _ in self.requests if p.startswith("/flaky.xml"))
            if failures <= 2:
                return self.send(h, 503, b"busy", "text/plain")
            return self.send(h, 200, moved(base).encode(), "application/rss+xml")
        if path == "/page.html":
            return self.send(h, 200, b"<html><body><p>not a feed</p>"
                             b'<link rel="alternate" type="application/rss+xml" href="/rss2.xml">'
                             b"</body></html>", "text/html")  # fmt: skip
        if path in (
            "/articles/gone.html",
            "/articles/rates-explainer.html",
            "/articles/cafe-menu.html",
        ):
            return self.send(h, 404, b"<h1>Not found</h1>", "text/html")
        if path == "/articles/empty.html":
            return self.send(h, 200, EMPTY_PAGE.encode(), "text/html; charset=utf-8")
        if path == "/articles/charset-cafe.html":
            # declared UTF-8, written in Windows-1252: "café" is one byte 0xE9
            body = page_html("charset-cafe").replace('<meta charset="utf-8">', "").encode("cp1252")
            return self.send(h, 200, body, "text/html; charset=utf-8")
        if path == "/articles/report.pdf":
            return self.send(h, 200, b"%PDF-1.4 binary\x00\x01", "application/pdf")
        if path.startswith("/articles/") and path.endswith(".html"):
            slug = path.removeprefix("/articles/").removesuffix(".html")
            if slug in PAGES:
                site = "Wire Service" if slug.startswith("wire") else "Example Times"
                html = page_html(slug, site, self.revision)
                return self.send(h, 200, html.encode(), "text/html; charset=utf-8")
        return self.send(h, 404, b"not found", "text/plain")

    def send(self, h: BaseHTTPRequestHandler, status: int, body: bytes,
             kind: str | None = None, headers: dict[str, str] | None = None) -> None:  # fmt: skip
        h.send_response(status)
        if kind:
            h.send_header("Content-Type", kind)
        for name, value in (headers or {}).items():
            h.send_header(name, value)
        h.send_header("Date", formatdate(usegmt=True))
        h.send_header("Content-Length", str(len(body)))
        self.done(h)  # before any byte goes out: an empty body is whole once the headers are
        h.end_headers()
        h.wfile.flush()
        h.wfile.write(body)

    def stream_huge(self, h: BaseHTTPRequestHandler, *, declare: bool) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        if declare:
            h.send_header("Content-Length", str(HUGE))
        else:
            h.send_header("Connection", "close")
        h.end_headers()
        chunk = b"<!-- " + b"x" * 65_000 + b" -->\n"
        h.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
        sent = 0
        while sent < HUGE and not self._stop.is_set():
            h.wfile.write(chunk)
            sent += len(chunk)
        h.close_connection = True
