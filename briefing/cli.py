"""The command line: `briefing [PATH ...]` opens the reader; subcommands work headless.

Headless commands (analyze, brief, cache, themes, feeds, fetch, add, prune) never
import textual: the TUI is imported lazily, only by the default command.

Exit codes, the same for every command: 0 success; 1 some inputs could not be read
or nothing matched; 2 a usage or configuration error; 70 an internal error (a bug);
130 interrupted. A user error (BriefingError) is one line on stderr per problem; an
unexpected exception is one line too, unless `--debug` (or BRIEFING_DEBUG=1) asks
for the traceback. Nothing else prints one.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from briefing import __version__
from briefing.analysis.nlp import ModelUnavailable
from briefing.analysis.options import InvalidOption
from briefing.brief.command import brief_command
from briefing.cli_support import (
    analyse_with_progress,
    analyses_json,
    check_paths,
    ends_without_freeing,
    inert,
    load_articles,
    report_warnings,
)
from briefing.config import Settings, load_settings
from briefing.errors import BriefingError
from briefing.feeds.command import add_command, feeds_group, fetch_command, prune_command

if TYPE_CHECKING:
    from briefing.cache import Cache

EXIT_INTERNAL = 70
"""An unexpected exception: a bug (sysexits' EX_SOFTWARE)."""
EXIT_INTERRUPTED = 130


class _ReaderByDefault(click.Group):
    """A group whose unknown first argument is a path for the reader, not an error."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["read", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a configured model that is not installed is named with the
        file (or variable) and key it came from."""
        try:
            return super().invoke(ctx)
        except ModelUnavailable as exc:
            settings = ctx.obj
            where = settings.origin("model") if isinstance(settings, Settings) else None
            raise BriefingError(f"{where}: {exc}" if where else str(exc), exit_code=2) from None


def _settings(ctx: click.Context, **flags: Any) -> Settings:
    base: Settings = ctx.obj
    return base.with_overrides(**flags)


@click.group(cls=_ReaderByDefault, invoke_without_command=True)
@click.version_option(__version__, prog_name="briefing")
@click.option(
    "--debug",
    is_flag=True,
    expose_value=False,
    help="Show the traceback when something fails (also BRIEFING_DEBUG=1); anywhere on the line.",
)
@click.pass_context
def cli(ctx: click.Context) -> None:
    """A terminal news briefing reader.

    Run `briefing` (or `briefing PATH ...`) to open the reader on your library,
    or one of the commands below.
    """
    ctx.obj = load_settings()
    if ctx.invoked_subcommand is None:
        ctx.invoke(read)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.pass_context
def read(ctx: click.Context, paths: tuple[Path, ...]) -> None:
    """Open the reader on PATHS (files or folders), or on the configured library."""
    settings = _settings(ctx)
    commands = ", ".join(sorted(c for c in cli.commands if c != "read"))
    check_paths(paths, "no such file, folder or command", hint=f" (commands: {commands})")
    if not sys.stdout.isatty():
        raise BriefingError(
            "the reader needs a terminal; try `briefing brief` or `briefing analyze`", 2
        )
    from briefing.tui.app import run_app  # the only place the TUI is imported

    run_app(list(paths), settings)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON document on stdout (see README).")
@click.option("--length", "-l", help="Summary length: sentences (3) or a percentage (20%).")
@click.option("--algorithm", "-a", help="Summariser: briefing, lexrank, textrank, lsa, luhn, ...")
@click.option("--no-cache", is_flag=True, help="Analyse afresh; neither read nor write the cache.")
@click.option(
    "--jobs",
    "-j",
    help="Processes for analysing articles not in the cache (default: the cores available).",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Every figure with why it is key or not; every entity with why it has its label.",
)
@click.pass_context
def analyze(
    ctx: click.Context,
    paths: tuple[Path, ...],
    as_json: bool,
    length: str | None,
    algorithm: str | None,
    no_cache: bool,
    jobs: str | None,
    explain: bool,
) -> None:
    """Summarise articles and list their entities and key figures."""
    from briefing.analysis.consistency import harmonise
    from briefing.analysis.pipeline import Analyzer

    settings = _settings(ctx, length=length, algorithm=algorithm, jobs=jobs)
    library = load_articles(paths, settings)
    analyzer = Analyzer.from_settings(settings)
    report_warnings(analyzer.cache)
    analyses = analyse_with_progress(analyzer, library.articles, use_cache=not no_cache)
    report_warnings(analyzer.cache)  # faults met while reading or writing, each once
    analyses = harmonise(analyses)  # one label per name where an article's evidence is weak
    if as_json:
        click.echo(analyses_json(analyses, library.problems, explain=explain))
    else:
        from briefing.render_analysis import print_analyses

        parses = {}
        if explain:
            for analysis in analyses:
                parse = analyzer.stored_parse(analysis.article)
                if parse is not None:
                    parses[analysis.article.id] = parse
        print_analyses(analyses, parses=parses, explain=explain)
    if library.problems:
        ctx.exit(1)


@cli.group()
def cache() -> None:
    """Inspect, clear or prune the shared analysis cache."""


def _open_cache(ctx: click.Context) -> Cache:
    from briefing.cache import Cache

    settings: Settings = ctx.find_root().obj
    handle = Cache(settings.cache_dir)
    report_warnings(handle)
    return handle


@cache.command("stats")
@click.pass_context
def cache_stats(ctx: click.Context) -> None:
    """Entries and size, per stage, and the bytes each article costs."""
    from briefing.cache import PAGE_SIZE

    handle = _open_cache(ctx)
    stats = handle.stats()
    report_warnings(handle)
    on_disk = handle.file_size()
    articles = max((s.articles for s in stats), default=0)
    per_article = f" ({_human(on_disk // articles)} per article)" if articles else ""
    click.echo(f"cache: {inert(str(handle.path or 'in memory'))}")
    click.echo(f"size on disk: {_human(on_disk)}{per_article}")
    if handle.path is not None and handle.page_size() not in (0, PAGE_SIZE):
        click.echo("(made by an earlier version: `briefing cache compact` makes it smaller)")
    click.echo(f"{'stage':<12}{'entries':>10}{'stored':>12}{'per article':>14}")
    for s in stats:
        click.echo(
            f"{inert(s.stage):<12}{s.entries:>10}{_human(s.bytes):>12}{_human(s.per_article):>14}"
        )
    total = sum(s.bytes for s in stats)
    click.echo(
        f"{'total':<12}{sum(s.entries for s in stats):>10}{_human(total):>12}"
        f"{_human(sum(s.per_article for s in stats)):>14}"
    )


@cache.command("compact")
@click.pass_context
def cache_compact(ctx: click.Context) -> None:
    """Rewrite the cache file compactly, keeping every entry (a cache made by an earlier
    version takes about 40% less room after it)."""
    handle = _open_cache(ctx)
    before = handle.file_size()
    done = handle.compact()
    report_warnings(handle)
    if not done:
        raise BriefingError(
            "could not compact the cache now (another briefing is using it, or the disk "
            "is full); try again when it is not",
            exit_code=1,
        )
    click.echo(f"cache: {_human(before)} before, {_human(handle.file_size())} now")


@cache.command("check")
@click.pass_context
def cache_check(ctx: click.Context) -> None:
    """Check every page of the cache file and every entry (slow on a big cache).

    A damaged file is set aside and replaced, entries that cannot be read are
    removed; the exit code is 1 when anything was wrong."""
    handle = _open_cache(ctx)
    damaged_at_open = bool(handle.warnings)
    report = handle.check()
    report_warnings(handle)
    click.echo(f"cache: {inert(str(report.path or 'in memory'))}")
    click.echo(f"file: {report.state}")
    click.echo(f"entries: {report.entries} read, {report.removed} unreadable (removed)")
    if damaged_at_open or not report.ok:
        ctx.exit(1)


@cache.command("clear")
@click.pass_context
def cache_clear(ctx: click.Context) -> None:
    """Remove every entry and the library indexes (a damaged file is deleted and made anew)."""
    from briefing.library.index import remove_indexes

    handle = _open_cache(ctx)
    n = handle.clear()
    copies = handle.remove_set_aside()
    report_warnings(handle)
    folder: Path = ctx.find_root().obj.cache_dir
    indexes = remove_indexes(folder)
    if n is not None:
        click.echo(f"removed {n} entries")
    if copies:
        click.echo(f"removed {copies} damaged cache file{'s' * (copies != 1)} set aside earlier")
    if indexes:
        click.echo(f"removed {indexes} library index{'es' * (indexes != 1)}")
    if indexes is None:
        click.echo(f"could not remove every library index in {inert(str(folder))}", err=True)
    if n is None or indexes is None:
        ctx.exit(1)


@cache.command("prune")
@click.option("--max-size", required=True, help="Keep at most this much, e.g. 200MB.")
@click.pass_context
def cache_prune(ctx: click.Context, max_size: str) -> None:
    """Drop the least recently used entries until the cache fits in --max-size."""
    from briefing.cache import parse_size

    try:
        limit = parse_size(max_size)
    except ValueError as exc:
        raise BriefingError(f"--max-size: {exc}", exit_code=2) from None
    handle = _open_cache(ctx)
    n = handle.prune(limit)
    report_warnings(handle)
    if n is None:
        ctx.exit(1)
    click.echo(f"removed {n} entries")


def _human(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


@cli.group()
def themes() -> None:
    """List the themes, or show where your own theme files go."""


@themes.command("path")
def themes_path() -> None:
    """Print the folder for your own theme files."""
    from briefing.themes import user_themes_dir

    click.echo(str(user_themes_dir()))


@themes.command("list")
def themes_list() -> None:
    """Every theme, bundled and yours, and the broken files with why."""
    from briefing.themes import load_themes

    found, problems = load_themes()
    for name, spec in sorted(found.items()):
        kind = "dark" if spec.dark else "light"
        click.echo(f"{inert(name):<20} {kind:<6} {inert(str(spec.path))}")
    for problem in problems:
        click.echo(f"broken: {inert(str(problem))}", err=True)


# -- commands other modules provide (keep one line each) ----------------------------------
cli.add_command(brief_command)
cli.add_command(feeds_group)
cli.add_command(fetch_command)
cli.add_command(add_command)
cli.add_command(prune_command)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the CLI, turning every failure into one line and an exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args[: args.index("--") if "--" in args else len(args)]
    if debug:
        args = [a for i, a in enumerate(args) if a != "--debug" or "--" in args[:i]]
    debug = debug or os.environ.get("BRIEFING_DEBUG", "").lower() not in ("", "0", "no", "false")
    try:
        code = cli.main(args=args, prog_name="briefing", standalone_mode=False)
    except BriefingError as exc:
        _fail(str(exc), exc.exit_code, debug)
    except (InvalidOption, ModelUnavailable) as exc:  # the analysis's own, plain errors
        _fail(str(exc), 2, debug)
    except click.exceptions.Abort:
        _fail("aborted", EXIT_INTERRUPTED, debug)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(0)
    except Exception as exc:  # a bug, not a user error: one line unless debugging
        said = " ".join(str(exc).split())
        said = said if len(said) <= 200 else said[:199] + "…"
        _fail(
            f"internal error: {exc.__class__.__name__}: {said} "
            "(run again with --debug for the traceback)",
            EXIT_INTERNAL,
            debug,
        )
    sys.exit(code if isinstance(code, int) else 0)


def _fail(message: str, code: int, debug: bool) -> None:
    """One line per problem on stderr (inert: no escape code reaches the terminal), the
    traceback before them only when debugging, and the exit code."""
    if debug:
        import traceback  # only for --debug: a run that goes well never needs it

        traceback.print_exc()
    for line in message.splitlines() or [""]:
        click.echo(f"briefing: {inert(line)}", err=True)
    sys.exit(code)


def _quiet_stdout() -> None:
    """After a closed pipe (`briefing brief | head`), send what is still buffered to
    /dev/null, so Python's flush at exit prints no "Exception ignored" lines."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run() -> None:
    """The `briefing` script and `python -m briefing`: main(), then, when the command
    asked for it (see cli_support.keep_until_exit), the end of the process without
    taking apart what it built; what it wrote is flushed first. Not under a profiler or
    a tracer (cProfile, coverage), which write their results at a normal exit. main()
    alone, as tests call it in a process of their own, always returns through
    SystemExit."""
    try:
        main()
    except SystemExit as exc:
        watched = sys.getprofile() is not None or sys.gettrace() is not None
        if watched or not ends_without_freeing():
            raise
        code = exc.code
    else:
        return
    status = code if isinstance(code, int) else 0 if code is None else 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped reading (| head): as main() has it
        pass
    except OSError as exc:  # a full disk: what Python's own exit would have met
        sys.stderr.write(f"briefing: cannot write the output: {exc.strerror}\n")
        status = status or 1
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(status)
