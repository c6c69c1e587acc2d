"""Fetching: every feed into the library, concurrently, each article once.

For each feed: a conditional GET (ETag, Last-Modified), then each entry not seen
before: its linked page is downloaded and its article extracted (trafilatura); the
feed's own content is used instead when the page fails, is no web page, or holds
less text than the feed does, and `extracted_by` says which. An article is saved
once: an entry seen before, an address already saved (tracking parameters aside,
from any feed) and a text already saved (its content id) are not saved again. An
entry the feed marks as changed rewrites its file, unless the user edited it.

A feed that fails does not stop the others; each ends as one FeedResult (new files,
unchanged, or failed with the reason), in the order of the settings. `fetch_page` is
the same for one address (`briefing add URL`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from briefing.config import FeedSetting
from briefing.feeds.extract import Extracted, extract_article, looks_like_html
from briefing.feeds.files import ArticleFile, file_hash, rewrite, write_new
from briefing.feeds.network import Fetcher, FetchError
from briefing.feeds.parse import FEED_TYPES, Entry, NotAFeed, parse_feed
from briefing.feeds.store import FeedStore, SavedFile
from briefing.library import clean_line, normalise_body, title_from_body
from briefing.urls import host_of, normalise_url, without_tracking

PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"

NOTES_SHOWN = 3
"""Entry notes shown under a feed's summary line before "… and N more"."""

FEED_WORKERS = 8
"""Feeds fetched at once (each host still gets at most two requests at a time)."""
PAGES_PER_FEED = 2
"""Pages of one feed downloaded at once: its entries mostly live on one host."""

EXTRACTED = "trafilatura"
FROM_FEED = "feed"


@dataclass
class FeedResult:
    """How one feed's fetch went."""

    feed: FeedSetting
    name: str
    new: list[Path] = field(default_factory=list)
    updated: list[Path] = field(default_factory=list)
    copies: int = 0
    """Entries whose article was already saved (from this feed or another)."""
    kept_edits: list[Path] = field(default_factory=list)
    """Files the feed changed but the user had edited: left as they are."""
    not_modified: bool = False
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    """Entries that were skipped or fell back, one line each."""

    @property
    def failed(self) -> bool:
        return self.error is not None

    @property
    def unchanged(self) -> bool:
        return not self.failed and not self.new and not self.updated


@dataclass(frozen=True)
class FetchReport:
    results: tuple[FeedResult, ...]

    @property
    def new(self) -> list[Path]:
        return [p for r in self.results for p in (*r.new, *r.updated)]

    @property
    def failed(self) -> list[FeedResult]:
        return [r for r in self.results if r.failed]


@dataclass(frozen=True)
class PageResult:
    path: Path
    new: bool
    """False: the article was already saved (at `path`)."""
    extracted_by: str


class _Saver:
    """Writes articles one at a time (the duplicate checks and the write are one step,
    so two feeds carrying one story at once save it once)."""

    def __init__(self, folder: Path, store: FeedStore) -> None:
        self.folder = folder
        self.store = store
        self.lock = threading.Lock()


def fetch_feeds(
    feeds: Sequence[FeedSetting],
    *,
    folder: Path,
    store: FeedStore,
    fetcher: Fetcher,
    on_feed_done: Callable[[FeedResult], None] | None = None,
    on_article: Callable[[Path], None] | None = None,
    workers: int = FEED_WORKERS,
) -> FetchReport:
    """Fetch every feed into `folder`; callbacks (from worker threads) after each feed
    and each article written."""
    saver = _Saver(folder, store)
    if store.is_empty():
        index_folder(folder, store)

    def one(feed: FeedSetting) -> FeedResult:
        try:
            result = _fetch_feed(feed, saver, fetcher, on_article)
        except Exception as exc:  # a bug or an unforeseen fault: this feed fails, not the run
            result = FeedResult(feed, feed.name or host_of(feed.url) or feed.url)
            result.error = f"{exc.__class__.__name__}: {' '.join(str(exc).split())[:150]}"
        if on_feed_done is not None:
            on_feed_done(result)
        return result

    if not feeds:
        return FetchReport(())
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(feeds)))) as pool:
        results = tuple(pool.map(one, feeds))
    return FetchReport(results)


def _fetch_feed(
    feed: FeedSetting, saver: _Saver, fetcher: Fetcher, on_article: Callable[[Path], None] | None
) -> FeedResult:
    store = saver.store
    result = FeedResult(feed, feed.name or store.title(feed.url) or host_of(feed.url) or feed.url)
    etag, modified = store.validators(feed.url)
    try:
        response = fetcher.get(feed.url, accept=FEED_TYPES, etag=etag, last_modified=modified)
    except FetchError as exc:
        result.error = str(exc)
        store.checked(feed.url, f"failed: {exc}")
        return result
    if response.not_modified:
        result.not_modified = True
        store.checked(feed.url, "unchanged")
        return result
    try:
        parsed = parse_feed(response.body, url=response.url, headers=response.headers)
    except NotAFeed as exc:
        result.error = str(exc)
        store.checked(feed.url, f"failed: {exc}", keep_validators=False)
        return result
    result.name = feed.name or parsed.title or result.name
    retry_later = False
    with ThreadPoolExecutor(max_workers=PAGES_PER_FEED) as pages:
        outcomes = list(
            pages.map(lambda e: _entry(e, feed, result.name, saver, fetcher), parsed.entries)
        )
    for outcome in outcomes:
        kind, path, note = outcome
        if note:
            result.notes.append(note)
        if kind == "new" and path is not None:
            result.new.append(path)
        elif kind == "updated" and path is not None:
            result.updated.append(path)
        elif kind == "copy":
            result.copies += 1
        elif kind == "kept" and path is not None:
            result.kept_edits.append(path)
        elif kind == "retry":
            retry_later = True
        if path is not None and kind in ("new", "updated") and on_article is not None:
            on_article(path)
    status = f"{len(result.new)} new" if result.new else "no new articles"
    # An entry to try again next time must not hide behind a 304: forget the validators.
    store.checked(
        feed.url,
        status,
        etag=None if retry_later else response.headers.get("etag"),
        last_modified=None if retry_later else response.headers.get("last-modified"),
        keep_validators=False,
        title=parsed.title,
    )
    return result


_Outcome = tuple[str, Path | None, str | None]
"""(new | updated | copy | kept | seen | skipped | retry, the file, a note for people)."""


def _entry(
    entry: Entry, feed: FeedSetting, source: str, saver: _Saver, fetcher: Fetcher
) -> _Outcome:
    store = saver.store
    seen = store.seen(feed.url, entry.key)
    if seen is not None:
        updated, saved = seen
        if entry.updated is None or entry.updated == updated or saved is None:
            return "seen", None, None
    url_key = normalise_url(entry.url) if entry.url else None
    if seen is None and url_key is not None:
        earlier = store.by_url(url_key)
        if earlier is not None:
            store.entry_seen(feed.url, entry.key, entry.updated, earlier)
            return "copy", None, None
    page, problem = _page(entry.url, fetcher) if entry.url else (None, None)
    body, extracted_by = _choose_text(page, entry.text)
    label = entry.title or entry.url or entry.key
    if not body:
        if problem is not None and problem.transient:
            return "retry", None, f"{label}: {problem} (tried again next time)"
        store.entry_seen(feed.url, entry.key, entry.updated, None)
        why = f"{problem}, and the feed has no text" if problem else "no article text"
        return "skipped", None, f"{label}: {why}"
    note = f"{label}: {problem}; used the feed's text" if problem else None
    article = ArticleFile(
        title=entry.title or (page.title if page and page.title else None) or title_from_body(body),
        source=source,
        url=without_tracking(entry.url) if entry.url else None,
        date=entry.date or (page.date if page and page.date else None) or datetime.now(UTC),
        author=entry.author or (page.author if page else None),
        feed=feed.url,
        tags=tuple(dict.fromkeys((*feed.tags, *entry.tags))),
        fetched=datetime.now(UTC),
        extracted_by=extracted_by,
        body=body,
    )
    with saver.lock:
        if seen is not None and seen[1] is not None:
            return (*_update(seen[1], article, entry, store), note)
        earlier = store.by_content(article.content_id)
        if earlier is None and url_key is not None:
            earlier = store.by_url(url_key)  # saved from another feed meanwhile
        if earlier is not None:
            store.entry_seen(feed.url, entry.key, entry.updated, earlier)
            return "copy", None, None
        path, digest = write_new(saver.folder, article)
        store.saved(
            path, url_key=url_key, content=article.content_id, digest=digest,
            feed=feed.url, entry=entry.key, updated=entry.updated,
        )  # fmt: skip
    return "new", path, note


def _update(
    saved: SavedFile, article: ArticleFile, entry: Entry, store: FeedStore
) -> tuple[str, Path | None]:
    """A changed entry: its file rewritten, unless the user changed the file (or it is
    gone: then the entry is only remembered as changed)."""
    if saved.gone or not saved.path.is_file():
        store.rewritten(saved, content=saved.content, digest=saved.hash, updated=entry.updated,
                        entry=entry.key)  # fmt: skip
        return "seen", None
    try:
        edited = file_hash(saved.path) != saved.hash
    except OSError:
        return "seen", None
    if edited:
        store.rewritten(saved, content=saved.content, digest=saved.hash, updated=entry.updated,
                        entry=entry.key)  # fmt: skip
        return "kept", saved.path
    if article.content_id == saved.content:
        store.rewritten(saved, content=saved.content, digest=saved.hash, updated=entry.updated,
                        entry=entry.key)  # fmt: skip
        return "seen", None
    digest = rewrite(saved.path, article)
    store.rewritten(saved, content=article.content_id, digest=digest, updated=entry.updated,
                    entry=entry.key)  # fmt: skip
    return "updated", saved.path


class _PageProblem:
    """Why a linked page gave no article: one line, and whether trying later may help."""

    def __init__(self, text: str, transient: bool) -> None:
        self.text = text
        self.transient = transient

    def __str__(self) -> str:
        return self.text


def _page(url: str | None, fetcher: Fetcher) -> tuple[Extracted | None, _PageProblem | None]:
    if url is None:
        return None, None
    try:
        response = fetcher.get(url, accept=PAGE_TYPES)
    except FetchError as exc:
        return None, _PageProblem(f"page: {exc}", exc.transient)
    if not looks_like_html(response.body, response.media_type):
        return None, _PageProblem(f"page is not HTML ({response.media_type or 'no type'})", False)
    found = extract_article(response.body, response.url, charset=response.charset)
    if found is None:
        return None, _PageProblem("no article text in the page", False)
    return _cleaned(found), None


def _cleaned(found: Extracted) -> Extracted:
    """The page's fields held to the library's rules for a file's."""
    return Extracted(
        text=normalise_body(found.text),
        title=clean_line(found.title or "") or None,
        author=clean_line(found.author or "") or None,
        date=found.date,
        language=found.language,
        site=clean_line(found.site or "") or None,
    )


def _choose_text(page: Extracted | None, feed_text: str) -> tuple[str, str]:
    """The page's article, unless the feed's own text is longer (a page behind a
    paywall or a consent wall gives a teaser; the feed may carry the whole article)."""
    if page is not None and len(page.text) >= 0.8 * len(feed_text):
        return page.text, EXTRACTED
    if feed_text:
        return feed_text, FROM_FEED
    return (page.text, EXTRACTED) if page is not None else ("", FROM_FEED)


_WRITTEN_BY_BRIEFING = ("\nfetched: ", "\nextracted_by: ")


def index_folder(folder: Path, store: FeedStore) -> int:
    """Record the files briefing wrote into `folder` (their front matter says when they
    were fetched and how) in a store that knows none: after a corrupt state file was
    replaced, the articles already saved are found by address and content again rather
    than saved twice. How many were found."""
    from briefing.library import read_file

    found = 0
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        try:
            head = path.read_text(encoding="utf-8", errors="replace")[:4096]
            if not head.startswith("---") or not all(k in head for k in _WRITTEN_BY_BRIEFING):
                continue
            (article,) = read_file(path).articles  # ValueError: none (unreadable) or several
            digest = file_hash(path)
        except (OSError, ValueError):
            continue
        store.saved(path, url_key=normalise_url(article.url) if article.url else None,
                    content=article.id, digest=digest, feed=None, entry=None, updated=None)  # fmt: skip
        found += 1
    return found


def fetch_page(
    url: str,
    *,
    folder: Path,
    store: FeedStore,
    fetcher: Fetcher,
    tags: Sequence[str] = (),
) -> PageResult:
    """Save the article at one address (`briefing add URL`). FetchError when the page
    cannot be downloaded, is no web page, or holds no article."""
    if store.is_empty():
        index_folder(folder, store)
    url_key = normalise_url(url)
    earlier = store.by_url(url_key)
    if earlier is not None and not earlier.gone and earlier.path.is_file():
        return PageResult(earlier.path, False, "")
    response = fetcher.get(url, accept=PAGE_TYPES)
    if not looks_like_html(response.body, response.media_type):
        raise FetchError(f"not a web page ({response.media_type or 'no content type'})")
    found = extract_article(response.body, response.url, charset=response.charset)
    if found is None:
        raise FetchError("no article text found in the page")
    found = _cleaned(found)
    now = datetime.now(UTC)
    article = ArticleFile(
        title=found.title or title_from_body(found.text),
        source=found.site or host_of(response.url) or host_of(url),
        url=without_tracking(url),
        date=found.date or now,
        author=found.author,
        feed=None,
        tags=tuple(dict.fromkeys(tags)),
        fetched=now,
        extracted_by=EXTRACTED,
        body=found.text,
    )
    saver = _Saver(folder, store)
    with saver.lock:
        same = store.by_content(article.content_id)
        if same is not None and not same.gone and same.path.is_file():
            return PageResult(same.path, False, "")
        path, digest = write_new(folder, article)
        store.saved(path, url_key=url_key, content=article.content_id, digest=digest,
                    feed=None, entry=None, updated=None)  # fmt: skip
    return PageResult(path, True, EXTRACTED)


def summary_lines(report: FetchReport) -> list[str]:
    """What `briefing fetch` prints (and the reader's notification shows): a line per
    feed, its notes under it, a total line. Fetched text: make it inert before a
    terminal sees it."""
    lines: list[str] = []
    for result in report.results:
        name = result.name
        if result.error is not None:
            lines.append(f"{name}: failed: {result.error}")
            continue
        if result.unchanged and not result.kept_edits:
            said = "unchanged" if result.not_modified else "no new articles"
        else:
            parts = [f"{len(result.new)} new"]
            if result.updated:
                parts.append(f"{len(result.updated)} updated")
            said = ", ".join(parts)
        if result.copies:
            said += f" ({result.copies} already saved from another entry or feed)"
        lines.append(f"{name}: {said}")
        for path in result.kept_edits:
            lines.append(f"  changed in the feed, kept your edit: {path}")
        for note in result.notes[:NOTES_SHOWN]:
            lines.append(f"  {note}")
        if len(result.notes) > NOTES_SHOWN:
            lines.append(f"  … and {len(result.notes) - NOTES_SHOWN} more")
    new = len(report.new)
    unchanged = sum(1 for r in report.results if r.unchanged)
    failed = len(report.failed)
    n = len(report.results)
    lines.append(
        f"{n} feed{'s' * (n != 1)}: {new} new article{'s' * (new != 1)}, "
        f"{unchanged} unchanged, {failed} failed"
    )
    return lines
