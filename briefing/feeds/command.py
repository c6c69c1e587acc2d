"""The fetching commands: `briefing feeds …`, `briefing fetch`, `briefing add`, `briefing prune`.

Exit codes as everywhere: 0 done; 1 some feed or page failed, or nothing matched;
2 a usage or configuration error (a bad address, a config file that cannot be
edited safely). Feed names, titles and reasons come from the network: every one
goes to the terminal through `inert` (no escape code reaches it).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefing.cli_support import inert, warn
from briefing.config import FeedSetting, Settings, config_path, user_data_dir
from briefing.errors import BriefingError
from briefing.feeds.lock import one_fetch_at_a_time
from briefing.urls import is_web_url, normalise_url

if TYPE_CHECKING:
    from briefing.article import Article
    from briefing.feeds.fetch import FeedResult, FetchReport
    from briefing.feeds.network import Fetcher, Policy
    from briefing.feeds.store import FeedStore


def _settings(ctx: click.Context) -> Settings:
    settings: Settings = ctx.find_root().obj
    return settings


def _config_file(settings: Settings) -> Path:
    return settings.config_file or config_path()


def _check_url(url: str, what: str = "URL") -> str:
    url = url.strip()
    if not is_web_url(url) or any(c.isspace() for c in url) or not url.isprintable():
        raise BriefingError(f"{what} {url!r}: not an http:// or https:// address", exit_code=2)
    return url


# -- feeds -----------------------------------------------------------------------------------


@click.group("feeds")
def feeds_group() -> None:
    """The feeds `briefing fetch` reads (config.yaml's feeds:)."""


@feeds_group.command("add")
@click.argument("url")
@click.option("--name", help="The source name its articles get (default: the feed's title).")
@click.option("--tag", "tags", multiple=True, help="A tag for its articles (repeat for more).")
@click.pass_context
def feeds_add(ctx: click.Context, url: str, name: str | None, tags: tuple[str, ...]) -> None:
    """Subscribe to the feed at URL."""
    from briefing.config import feed_setting
    from briefing.feeds.subscriptions import save_feeds

    settings = _settings(ctx)
    url = _check_url(url)
    try:
        wanted = feed_setting({"url": url, "name": name, "tags": list(tags)})
    except ValueError as exc:
        raise BriefingError(f"feeds add: {exc}", exit_code=2) from None
    feeds = list(settings.feeds)
    key = normalise_url(url)
    for i, feed in enumerate(feeds):
        if normalise_url(feed.url) == key:
            changed = FeedSetting(
                feed.url, wanted.name or feed.name, tuple(dict.fromkeys((*feed.tags, *wanted.tags)))
            )
            if changed == feed:
                click.echo(f"already subscribed: {inert(feed.url)}")
                return
            feeds[i] = changed
            save_feeds(_config_file(settings), feeds)
            click.echo(f"updated {inert(feed.url)} in {inert(str(_config_file(settings)))}")
            return
    feeds.append(wanted)
    save_feeds(_config_file(settings), feeds)
    click.echo(f"added {inert(url)} to {inert(str(_config_file(settings)))}")


@feeds_group.command("list")
@click.pass_context
def feeds_list(ctx: click.Context) -> None:
    """The feeds, with their names, tags and how the last fetch went."""
    from briefing.feeds.store import FeedStore

    settings = _settings(ctx)
    if not settings.feeds:
        click.echo(
            "no feeds yet: `briefing feeds add URL` or `briefing feeds import FILE.opml`", err=True
        )
        return
    store = FeedStore()
    for message in store.warnings:
        warn(message)
    statuses = store.statuses()
    store.close()
    for feed in settings.feeds:
        parts = [inert(feed.name or "-"), inert(feed.url)]
        if feed.tags:
            parts.append("[" + ", ".join(inert(t) for t in feed.tags) + "]")
        status = statuses.get(feed.url)
        if status is not None and status.checked is not None:
            when = datetime.fromtimestamp(status.checked).strftime("%Y-%m-%d %H:%M")
            parts.append(f"checked {when}: {inert(status.status or '')}")
        else:
            parts.append("never fetched")
        click.echo("\t".join(parts))


@feeds_group.command("remove")
@click.argument("feeds", nargs=-1, required=True, metavar="URL_OR_NAME...")
@click.pass_context
def feeds_remove(ctx: click.Context, feeds: tuple[str, ...]) -> None:
    """Unsubscribe from feeds, named by address or by name. Their articles stay."""
    from briefing.feeds.subscriptions import save_feeds

    settings = _settings(ctx)
    kept = list(settings.feeds)
    missing = []
    for wanted in feeds:
        key, lowered = normalise_url(wanted), wanted.strip().casefold()
        match = [
            f for f in kept if normalise_url(f.url) == key or (f.name or "").casefold() == lowered
        ]
        if not match:
            missing.append(wanted)
        kept = [f for f in kept if f not in match]
    if len(kept) != len(settings.feeds):
        save_feeds(_config_file(settings), kept)
        click.echo(f"removed {len(settings.feeds) - len(kept)} feed(s)")
    if missing:
        for wanted in missing:
            warn(f"no such feed: {wanted}")
        ctx.exit(1)


@feeds_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def feeds_import(ctx: click.Context, file: Path) -> None:
    """Subscribe to the feeds of an OPML file (newsboat's, nom's, any reader's export)."""
    from briefing.feeds.opml import OpmlError, read_opml
    from briefing.feeds.subscriptions import save_feeds

    settings = _settings(ctx)
    try:
        imported = read_opml(file.read_bytes())
    except OSError as exc:
        raise BriefingError(f"cannot read {file}: {exc.strerror}", exit_code=1) from None
    except OpmlError as exc:
        raise BriefingError(f"{file}: {exc}", exit_code=1) from None
    for line in imported.skipped:
        warn(f"{file}: skipped {line}")
    known = {normalise_url(f.url) for f in settings.feeds}
    new = [f for f in imported.feeds if normalise_url(f.url) not in known]
    if new:
        save_feeds(_config_file(settings), [*settings.feeds, *new])
    already = len(imported.feeds) - len(new)
    click.echo(
        f"imported {len(new)} feed{'s' * (len(new) != 1)}"
        + (f" ({already} already subscribed)" if already else "")
    )
    if not imported.feeds and not imported.skipped:
        warn(f"{file}: no feeds in it")
        ctx.exit(1)


@feeds_group.command("export")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE."
)
@click.pass_context
def feeds_export(ctx: click.Context, output: Path | None) -> None:
    """The feeds as OPML 2.0 (names and tags included), on stdout or to FILE."""
    from briefing.feeds.opml import write_opml

    text = write_opml(_settings(ctx).feeds)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise BriefingError(f"cannot write {output}: {exc.strerror}", exit_code=1) from None
    click.echo(f"wrote {output}", err=True)


# -- fetch, add, prune ---------------------------------------------------------------------


def _policy(settings: Settings, timeout: float | None, retries: int | None) -> Policy:
    from dataclasses import replace

    from briefing.feeds.network import Policy

    policy = Policy(max_bytes=settings.max_download)
    if timeout is not None:
        policy = replace(policy, connect_timeout=timeout, read_timeout=timeout)
    if retries is not None:
        policy = replace(policy, retries=retries)
    return policy


_fetch_options = [
    click.option("--timeout", type=click.FloatRange(0.1, 300), help="Seconds to connect and between bytes.  [default: 10 / 15]"),
    click.option("--retries", type=click.IntRange(0, 10), help="Retries after a timeout or a 5xx.  [default: 2]"),
    click.option("--no-analyze", is_flag=True, help="Only save the articles; analyse them later."),
]  # fmt: skip


def _with_fetch_options(command: Callable[..., None]) -> Callable[..., None]:
    for option in reversed(_fetch_options):
        command = option(command)
    return command


@click.command("fetch")
@_with_fetch_options
@click.option(
    "--jobs", "-j", type=click.IntRange(1, 64), help="Processes for analysing the new articles."
)
@click.pass_context
def fetch_command(
    ctx: click.Context,
    timeout: float | None,
    retries: int | None,
    no_analyze: bool,
    jobs: int | None,
) -> None:
    """Fetch every feed: new articles into the library, then analysed into the cache."""
    from briefing.feeds.network import Fetcher
    from briefing.feeds.store import FeedStore

    settings = _settings(ctx).with_overrides(jobs=jobs)
    if not settings.feeds:
        raise BriefingError(
            "no feeds to fetch: add one with `briefing feeds add URL` or "
            "`briefing feeds import FILE.opml`",
            exit_code=1,
        )
    folder = settings.articles_dir
    with one_fetch_at_a_time(user_data_dir()):
        store = FeedStore()
        for message in store.warnings:
            warn(message)
        try:
            with Fetcher(_policy(settings, timeout, retries)) as fetcher:
                report = _fetch_with_progress(settings.feeds, folder, store, fetcher)
        finally:
            store.close()
    _print_summary(report)
    if report.new and not no_analyze:
        _analyse(report.new, settings)
    if report.failed:
        ctx.exit(1)


def _fetch_with_progress(
    feeds: Sequence[FeedSetting], folder: Path, store: FeedStore, fetcher: Fetcher
) -> FetchReport:
    """Fetch, with a progress bar on stderr when it is a terminal (nothing when piped)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from briefing.feeds.fetch import fetch_feeds

    console = Console(stderr=True)
    if not console.is_terminal:
        return fetch_feeds(feeds, folder=folder, store=store, fetcher=fetcher)
    with Progress(
        TextColumn("fetching"), BarColumn(), MofNCompleteColumn(), TextColumn("feeds · {task.fields[new]} new"),
        console=console, transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("fetch", total=len(feeds), new=0)
        new = [0]

        def feed_done(result: FeedResult) -> None:
            bar.advance(task)

        def article(path: Path) -> None:
            new[0] += 1
            bar.update(task, new=new[0])

        return fetch_feeds(
            feeds,
            folder=folder,
            store=store,
            fetcher=fetcher,
            on_feed_done=feed_done,
            on_article=article,
        )


def _print_summary(report: FetchReport) -> None:
    from briefing.feeds.fetch import summary_lines

    for line in summary_lines(report):
        click.echo(inert(line))


def _analyse(paths: Sequence[Path], settings: Settings) -> None:
    """The new articles analysed into the shared cache, so the reader opens them warm."""
    from briefing.analysis.pipeline import Analyzer
    from briefing.cli_support import analyse_with_progress, report_warnings
    from briefing.library import read_file

    articles: list[Article] = []
    for path in paths:
        read = read_file(path)
        articles.extend(read.articles)
        for problem in read.problems:
            warn(f"{problem.path}: {problem.reason}")
    if not articles:
        return
    analyzer = Analyzer.from_settings(settings)
    report_warnings(analyzer.cache)
    analyse_with_progress(analyzer, articles, keep=False)
    report_warnings(analyzer.cache)


@click.command("add")
@click.argument("url")
@click.option("--tag", "tags", multiple=True, help="A tag for the article (repeat for more).")
@_with_fetch_options
@click.pass_context
def add_command(
    ctx: click.Context,
    url: str,
    tags: tuple[str, ...],
    timeout: float | None,
    retries: int | None,
    no_analyze: bool,
) -> None:
    """Save the article at URL into the library (its full text, as fetch saves a feed's)."""
    from briefing.feeds.fetch import fetch_page
    from briefing.feeds.network import Fetcher, FetchError
    from briefing.feeds.store import FeedStore

    settings = _settings(ctx)
    url = _check_url(url)
    store = FeedStore()
    for message in store.warnings:
        warn(message)
    try:
        with Fetcher(_policy(settings, timeout, retries)) as fetcher:
            result = fetch_page(
                url, folder=settings.articles_dir, store=store, fetcher=fetcher, tags=tags
            )
    except FetchError as exc:
        raise BriefingError(f"{url}: {exc}", exit_code=1) from None
    finally:
        store.close()
    if not result.new:
        click.echo(f"already saved: {inert(str(result.path))}")
        return
    click.echo(f"saved {inert(str(result.path))}")
    if not no_analyze:
        _analyse([result.path], settings)


@click.command("prune")
@click.option(
    "--older-than",
    required=True,
    metavar="AGE",
    help="Remove fetched articles older than this: 30d, 12h, 2w.",
)
@click.option("--dry-run", is_flag=True, help="Only say what would be removed.")
@click.pass_context
def prune_command(ctx: click.Context, older_than: str, dry_run: bool) -> None:
    """Remove old fetched articles and their cache entries (never your own files,
    files you edited, or starred articles)."""
    from briefing.feeds.prune import parse_age, prune, remove_from_cache
    from briefing.feeds.store import FeedStore
    from briefing.state import ReaderState

    try:
        age = parse_age(older_than)
    except ValueError as exc:
        raise BriefingError(f"--older-than: {exc}", exit_code=2) from None
    settings = _settings(ctx)
    state = ReaderState()
    _, starred = state.marks()
    state.close()
    store = FeedStore()
    for message in store.warnings:
        warn(message)
    try:
        report = prune(store, age, starred=starred, dry_run=dry_run)
    finally:
        store.close()
    if report.removed_ids and not dry_run:
        for message in remove_from_cache(settings.cache_dir, report.removed_ids):
            warn(message)
    verb = "would remove" if dry_run else "removed"
    n = len(report.removed)
    kept = []
    if report.edited:
        kept.append(f"{len(report.edited)} you edited")
    if report.starred:
        kept.append(f"{len(report.starred)} starred")
    click.echo(
        f"{verb} {n} fetched article{'s' * (n != 1)} older than {older_than.strip()}"
        + (f"; kept {' and '.join(kept)}" if kept else "")
    )
    if dry_run:
        for path in report.removed:
            click.echo(f"  {inert(str(path))}")
    for path, why in report.failed:
        warn(f"cannot remove {path}: {why}")
    if report.failed:
        ctx.exit(1)
