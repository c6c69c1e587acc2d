"""The command line: `briefing [PATH ...]` opens the reader; subcommands work headless.

Headless commands (analyze, brief, cache, themes) never import textual: the TUI
is imported lazily, only by the default command. User errors (BriefingError)
become one line on stderr and an exit code, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from briefing import __version__
from briefing.analysis.nlp import ModelUnavailable
from briefing.analysis.options import InvalidOption
from briefing.brief.command import brief_command
from briefing.cli_support import analyse_with_progress, ends_without_freeing, load_articles, warn
from briefing.config import Settings, load_settings
from briefing.errors import BriefingError


class _ReaderByDefault(click.Group):
    """A group whose unknown first argument is a path for the reader, not an error."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["read", *args]
        return super().parse_args(ctx, args)


def _settings(ctx: click.Context, **flags: Any) -> Settings:
    base: Settings = ctx.obj
    return base.with_overrides(**flags)


@click.group(cls=_ReaderByDefault, invoke_without_command=True)
@click.version_option(__version__, prog_name="briefing")
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
    for path in paths:
        if not path.exists():
            commands = ", ".join(sorted(c for c in cli.commands if c != "read"))
            raise BriefingError(
                f"no such file, folder or command: {path} (commands: {commands})", 2
            )
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
    explain: bool,
) -> None:
    """Summarise articles and list their entities and key figures."""
    from briefing.analysis.consistency import harmonise
    from briefing.analysis.pipeline import Analyzer

    settings = _settings(ctx, length=length, algorithm=algorithm)
    library = load_articles(paths, settings)
    analyzer = Analyzer.from_settings(settings)
    for message in analyzer.cache.warnings:
        warn(message)
    analyses = analyse_with_progress(analyzer, library.articles, use_cache=not no_cache)
    analyses = harmonise(analyses)  # one label per name where an article's evidence is weak
    if as_json:
        document = {
            "articles": [a.to_json(explain=explain) for a in analyses],
            "problems": [{"path": p.path, "reason": p.reason} for p in library.problems],
        }
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
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


def _open_cache(ctx: click.Context):
    from briefing.cache import Cache

    settings: Settings = ctx.find_root().obj
    handle = Cache(settings.cache_dir)
    for message in handle.warnings:
        warn(message)
    return handle


@cache.command("stats")
@click.pass_context
def cache_stats(ctx: click.Context) -> None:
    """Entries and size, per stage."""
    handle = _open_cache(ctx)
    stats = handle.stats()
    click.echo(f"cache: {handle.path or 'in memory'}")
    click.echo(f"size on disk: {_human(handle.file_size())}")
    click.echo(f"{'stage':<12}{'entries':>10}{'stored':>12}")
    for s in stats:
        click.echo(f"{s.stage:<12}{s.entries:>10}{_human(s.bytes):>12}")
    click.echo(
        f"{'total':<12}{sum(s.entries for s in stats):>10}{_human(sum(s.bytes for s in stats)):>12}"
    )


@cache.command("clear")
@click.pass_context
def cache_clear(ctx: click.Context) -> None:
    """Remove every entry."""
    n = _open_cache(ctx).clear()
    click.echo(f"removed {n} entries")


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
    n = _open_cache(ctx).prune(limit)
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
        click.echo(f"{name:<20} {kind:<6} {spec.path}")
    for problem in problems:
        click.echo(f"broken: {problem}", err=True)


# -- commands other modules provide (keep one line each) ----------------------------------
cli.add_command(brief_command)


def main() -> None:
    """Entry point: run the CLI, turning user errors into one line and an exit code."""
    try:
        code = cli.main(standalone_mode=False)
    except BriefingError as exc:
        click.echo(f"briefing: {exc}", err=True)
        sys.exit(exc.exit_code)
    except (InvalidOption, ModelUnavailable) as exc:  # the analysis's own, plain errors
        click.echo(f"briefing: {exc}", err=True)
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("briefing: aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug, not a user error: one line unless debugging
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        click.echo(
            f"briefing: unexpected error: {exc.__class__.__name__}: {exc} "
            "(set BRIEFING_DEBUG=1 for the traceback)",
            err=True,
        )
        sys.exit(70)
    sys.exit(code if isinstance(code, int) else 0)


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
