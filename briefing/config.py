"""Settings: defaults < config.yaml < environment < command-line flags.

The file lives in the user config dir (`BRIEFING_CONFIG` overrides its path). Every
value is checked where it is read, by one table of checks (`_CHECKS`): a problem is
one line naming the file (or the environment variable, or the flag), the key and what
is wrong, and every problem of a run is reported at once (exit code 2). Settings
remember where each value came from (`Settings.origin`), so an error found later
(a model that is not installed) can name the line to fix too.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from briefing import safe_yaml
from briefing.analysis.options import InvalidOption, Length, SummaryOptions, check_algorithm
from briefing.errors import BriefingError

APP = "briefing"

DEFAULT_THEME = "briefing-dark"

ENV_VARS = {
    "BRIEFING_MODEL": "model",
    "BRIEFING_ALGORITHM": "algorithm",
    "BRIEFING_LENGTH": "length",
    "BRIEFING_THEME": "theme",
    "BRIEFING_CACHE_DIR": "cache_dir",
    "BRIEFING_JOBS": "jobs",
    "BRIEFING_LIBRARY": "library",
    "BRIEFING_FEEDS_DIR": "feeds_dir",
}
"""Environment variables and the setting each overrides (BRIEFING_LIBRARY: os.pathsep-separated)."""

BINDING_IDS = (
    "down", "up", "first", "last", "page_down", "page_up", "next_sentence",
    "previous_sentence", "longer", "shorter", "cycle_algorithm", "read_on", "reading_mode",
    "find", "next_match", "previous_match", "open_url", "copy_url", "next_unread",
    "mark_all_read", "undo", "unread_only", "starred_only", "toggle_read", "toggle_star",
    "search", "filter_entity", "clear_filters", "brief", "toggle_entities",
    "pick_entity_types", "pick_theme", "toggle_sidebar", "toggle_list", "reload", "new_only",
    "pick_tag", "cycle_order", "help", "quit",
)  # fmt: skip
"""The reader's key binding ids that `keys:` may remap (a test keeps this equal to the
reader's own bindings; this module cannot import the reader)."""

MAX_JOBS = 64
"""More processes than this for a cold analysis is a typo, not a machine."""

DEFAULT_MAX_DOWNLOAD = 10 * 1024 * 1024
"""The most one download (a feed, a page) may be: a feed of 50 MB is refused."""

FEED_KEYS = ("url", "name", "tags")
"""What one entry of `feeds:` may say."""


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP))


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP))


def user_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP))


def default_feeds_dir() -> Path:
    """Where fetched articles go when neither `feeds_dir` nor `library` says."""
    return user_data_dir() / "news"


@dataclass(frozen=True)
class FeedSetting:
    """One feed of `feeds:`: its address, the name its articles' source takes (None:
    the feed's own title) and the tags each of its articles gets."""

    url: str
    name: str | None = None
    tags: tuple[str, ...] = ()


def config_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    return (
        Path(env["BRIEFING_CONFIG"])
        if env.get("BRIEFING_CONFIG")
        else user_config_dir() / "config.yaml"
    )


@dataclass(frozen=True)
class Settings:
    """Every setting a command needs, already merged from all sources."""

    library: tuple[Path, ...] = ()
    model: str | None = None
    algorithm: str | None = None
    """None: the summariser's own default (briefing.analysis.options.DEFAULT_ALGORITHM)."""
    length: Length | None = None
    """None: the summariser's default length (three sentences)."""
    theme: str = DEFAULT_THEME
    cache_dir: Path = field(default_factory=user_cache_dir)
    jobs: int | None = None
    """Processes for a cold analysis; None: one per core the process may run on."""
    feeds: tuple[FeedSetting, ...] = ()
    feeds_dir: Path | None = None
    """None: the first library folder, else default_feeds_dir()."""
    max_download: int = DEFAULT_MAX_DOWNLOAD
    fetch_on_start: bool = False
    """The reader fetches the feeds when it opens (in the background, as `R` does)."""
    keys: dict[str, str] = field(default_factory=dict)
    config_file: Path | None = None
    origins: dict[str, str] = field(default_factory=dict, compare=False)
    """Where each value not left at its default came from, as a problem line starts:
    "/home/me/.config/briefing/config.yaml: model", "BRIEFING_MODEL", "--length"."""

    @property
    def articles_dir(self) -> Path:
        """The folder fetched articles are written to."""
        if self.feeds_dir is not None:
            return self.feeds_dir
        return self.library[0] if self.library else default_feeds_dir()

    @property
    def summary_options(self) -> SummaryOptions:
        """The summariser and length these settings ask for (defaults where unset)."""
        return SummaryOptions.parse(self.algorithm, self.length)

    def origin(self, key: str) -> str | None:
        """Where setting `key` came from (None: its default)."""
        return self.origins.get(key)

    def with_overrides(self, **flags: Any) -> Settings:
        """Apply command-line flags (None means "not given")."""
        given = {k: v for k, v in flags.items() if v is not None}
        if not given:
            return self
        values, origins, problems = _coerce(given, lambda key: f"--{key.replace('_', '-')}")
        if problems:
            raise ConfigError(problems)
        return replace(self, **values, origins={**self.origins, **origins})


class ConfigError(BriefingError):
    """Every problem found in the settings, one line each (exit code 2)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems), exit_code=2)
        self.problems = problems


class _Invalid(ValueError):
    """A value that is not one the setting takes (the message says what is expected)."""


def _show(value: Any) -> str:
    """A value for a problem line: its repr (control characters escaped), cut short."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _path_text(value: Any, what: str) -> str:
    if not isinstance(value, str | Path) or not str(value).strip():
        raise _Invalid(f"must be {what}, not {_show(value)}")
    if "\0" in str(value):
        raise _Invalid(f"{_show(value)} is not a path (it holds a NUL character)")
    return os.path.expanduser(str(value))


def _library(value: Any) -> tuple[Path, ...]:
    items = [value] if isinstance(value, str | Path) else value
    if not isinstance(items, list | tuple) or not items:
        raise _Invalid(f"must be a folder or a list of folders, not {_show(value)}")
    return tuple(Path(_path_text(i, "a folder")) for i in items)


_MODULE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,99}")


def _model(value: Any) -> str:
    if not isinstance(value, str) or not _MODULE_NAME.fullmatch(value):
        hyphens = isinstance(value, str) and _MODULE_NAME.fullmatch(value.replace("-", "_"))
        hint = " (the module name: underscores, not hyphens)" if hyphens else ""
        raise _Invalid(f"{_show(value)} is not a spaCy package name like en_core_web_sm{hint}")
    return value


def _algorithm(value: Any) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"must be a summariser's name, not {_show(value)}")
    try:
        return check_algorithm(value)
    except InvalidOption as exc:
        raise _Invalid(str(exc)) from None


def _length(value: Any) -> Length:
    if isinstance(value, Length):
        return value
    if not isinstance(value, str | int | float):
        raise _Invalid(
            f"{_show(value)} is not a count of sentences like 3 or a percentage like 20%"
        )
    try:
        return Length.parse(value)
    except InvalidOption as exc:
        raise _Invalid(str(exc)) from None


def _theme(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or not value.isprintable():
        raise _Invalid(f"must be a theme's name, not {_show(value)}")
    return value


def _folder(value: Any) -> Path:
    return Path(_path_text(value, "a folder path"))


def _jobs(value: Any) -> int:
    if isinstance(value, str) and re.fullmatch(r"\s*\+?\d{1,6}\s*", value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(f"must be a whole number of processes, not {_show(value)}")
    if not 1 <= value <= MAX_JOBS:
        raise _Invalid(f"must be from 1 to {MAX_JOBS}, not {value}")
    return value


def _feed_url(value: Any) -> str:
    from briefing.urls import is_web_url

    if not isinstance(value, str) or not value.strip():
        raise _Invalid(f"url must be a feed's address, not {_show(value)}")
    url = value.strip()
    if not is_web_url(url) or not url.isprintable() or any(c.isspace() for c in url):
        raise _Invalid(f"url {_show(url)} is not an http:// or https:// address")
    return url


def _feed_text(value: Any, what: str) -> str:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise _Invalid(f"{what} must be text, not {_show(value)}")
    text = " ".join(str(value).split())
    if not text or not text.isprintable() or len(text) > 200:
        raise _Invalid(f"{what} {_show(value)} must be one printable line of 1 to 200 characters")
    return text


def _feed_tags(value: Any) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        raise _Invalid(f"tags must be a list of words, not {_show(value)}")
    return tuple(dict.fromkeys(_feed_text(t, "a tag") for t in items if str(t).strip()))


def feed_setting(value: Any) -> FeedSetting:
    """One entry of `feeds:`: an address, or a mapping {url, name?, tags?}."""
    if isinstance(value, str):
        return FeedSetting(_feed_url(value))
    if not isinstance(value, dict):
        raise _Invalid(f"must be an address or a mapping with a url, not {_show(value)}")
    for key in value:
        if key not in FEED_KEYS:
            close = _close_matches(str(key), FEED_KEYS, n=1)
            hint = f"did you mean {close[0]}? " if close else ""
            raise _Invalid(f"unknown key {_show(key)} ({hint}keys: {', '.join(FEED_KEYS)})")
    if "url" not in value:
        raise _Invalid("has no url")
    name = value.get("name")
    tags = value.get("tags")
    return FeedSetting(
        url=_feed_url(value["url"]),
        name=None if name is None else _feed_text(name, "name"),
        tags=() if tags is None else _feed_tags(tags),
    )


def _feeds(value: Any) -> tuple[FeedSetting, ...]:
    from briefing.urls import normalise_url

    if not isinstance(value, list | tuple):
        raise _Invalid(f"must be a list of feeds ({{url, name?, tags?}}), not {_show(value)}")
    feeds: list[FeedSetting] = []
    seen: dict[str, int] = {}
    for number, item in enumerate(value, 1):
        try:
            feed = feed_setting(item)
        except _Invalid as exc:
            raise _Invalid(f"item {number}: {exc}") from None
        key = normalise_url(feed.url)
        if key in seen:
            raise _Invalid(f"item {number}: {feed.url} is already item {seen[key]}")
        seen[key] = number
        feeds.append(feed)
    return tuple(feeds)


def _max_download(value: Any) -> int:
    from briefing.cache import parse_size

    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _Invalid(f"must be a size like 10MB, not {_show(value)}")
    try:
        size = parse_size(str(value))
    except ValueError:
        raise _Invalid(f"{_show(value)} is not a size like 10MB") from None
    if not 1024 <= size <= 1024**3:
        raise _Invalid(f"must be from 1KB to 1GB, not {_show(value)}")
    return size


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"must be true or false, not {_show(value)}")
    return value


_KEY_NAME = re.compile(r"[^\s,]{1,32}")


def _keys(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _Invalid("must map binding ids to keys, e.g. next_sentence: n")
    out: dict[str, str] = {}
    for binding, keys in value.items():
        if binding not in BINDING_IDS:
            close = _close_matches(str(binding), BINDING_IDS, n=1)
            hint = f"did you mean {close[0]}? " if close else ""
            raise _Invalid(
                f"unknown binding id {_show(binding)} ({hint}ids: {', '.join(BINDING_IDS)})"
            )
        parts = keys.split(",") if isinstance(keys, str) else None
        if not parts or not all(_KEY_NAME.fullmatch(p) and p.isprintable() for p in parts):
            raise _Invalid(
                f"{binding}: {_show(keys)} is not a key or a comma-separated list of keys, "
                'e.g. "n,down"'
            )
        out[binding] = keys
    return out


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "library": _library,
    "model": _model,
    "algorithm": _algorithm,
    "length": _length,
    "theme": _theme,
    "cache_dir": _folder,
    "jobs": _jobs,
    "feeds": _feeds,
    "feeds_dir": _folder,
    "max_download": _max_download,
    "fetch_on_start": _flag,
    "keys": _keys,
}
"""How each setting is read: the raw value (YAML, environment string or flag) to the
Settings field, or _Invalid saying what the setting takes."""


def _coerce(
    raw: Mapping[Any, Any], where: Callable[[str], str]
) -> tuple[dict[str, Any], dict[str, str], list[str]]:
    """Check and convert raw values: (Settings fields, where each came from, problems).
    `where(key)` names a key's source as a problem line starts. A null value (`length:`
    with nothing after it) leaves the setting at its default."""
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    problems: list[str] = []
    for key, value in raw.items():
        check = _CHECKS.get(key) if isinstance(key, str) else None
        if check is None:
            close = _close_matches(str(key), _CHECKS, n=1)
            hint = f"did you mean {close[0]}? " if close else ""
            shown = key if isinstance(key, str) and key.isidentifier() else _show(key)
            problems.append(
                f"{where(str(shown))}: unknown setting ({hint}known: {', '.join(sorted(_CHECKS))})"
            )
            continue
        if value is None:
            continue
        try:
            values[key] = check(value)
        except _Invalid as exc:
            problems.append(f"{where(key)}: {exc}")
            continue
        origins[key] = where(key)
    return values, origins, problems


def _read_file(path: Path, named_by_env: bool) -> tuple[dict[Any, Any], list[str]]:
    """The config file's mapping and its problems. A missing file is no problem unless
    BRIEFING_CONFIG names it: then the user meant a file that is not there."""
    try:
        data = safe_yaml.load_file(path)
    except FileNotFoundError:
        if named_by_env:
            return {}, [f"BRIEFING_CONFIG: no such file: {path}"]
        return {}, []
    except safe_yaml.YamlProblem as exc:
        return {}, [f"{path}: {exc}"]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [f"{path}: must be a mapping of settings (key: value)"]
    return data, []


def load_settings(env: Mapping[str, str] | None = None, **flags: Any) -> Settings:
    """Merge defaults < config file < environment < flags into one Settings; ConfigError
    (every problem, one line each, exit code 2) when any value is not usable."""
    env = os.environ if env is None else env
    path = config_path(env)
    raw, problems = _read_file(path, named_by_env=bool(env.get("BRIEFING_CONFIG")))
    values, origins, found = _coerce(raw, lambda key: f"{path}: {key}")
    problems += found
    from_env: dict[str, Any] = {}
    variable = {key: var for var, key in ENV_VARS.items()}
    for var, key in ENV_VARS.items():
        if env.get(var):
            value: Any = env[var]
            if key == "library":
                value = [p for p in value.split(os.pathsep) if p]
            from_env[key] = value
    env_values, env_origins, found = _coerce(from_env, lambda key: variable[key])
    problems += found
    values.update(env_values)
    origins.update(env_origins)
    if "theme" in values and not any(p.startswith(origins["theme"] + ":") for p in problems):
        problems += _theme_problems(values["theme"], origins["theme"])
    if problems:
        raise ConfigError(problems)
    values["library"] = _with_fetched_articles(values.get("library", ()), values.get("feeds_dir"))
    settings = Settings(**values, config_file=path, origins=origins)
    return settings.with_overrides(**flags)


def _with_fetched_articles(library: tuple[Path, ...], feeds_dir: Path | None) -> tuple[Path, ...]:
    """The library folders, with the folder fetched articles go to: a `feeds_dir`
    outside every library folder is read too, and with no library configured the
    default folder of fetched articles is the library once it exists (before that,
    the bundled seeds are)."""
    if feeds_dir is None:
        if library:
            return library
        fetched = default_feeds_dir()
        return (fetched,) if fetched.is_dir() else ()
    inside = any(feeds_dir == folder or folder in feeds_dir.parents for folder in library)
    return library if inside else (*library, feeds_dir)


def _theme_problems(name: str, where: str) -> list[str]:
    """A configured theme must exist and be usable (checked only when one is set: the
    default theme costs nothing to start)."""
    from briefing.themes import load_themes  # themes read this module's paths

    themes, broken = load_themes()
    if name in themes:
        return []
    reasons = [str(p) for p in broken if p.path.stem == name]
    if reasons:
        return [f"{where}: theme {name!r} cannot be used: {reasons[0]}"]
    return [f"{where}: unknown theme {_show(name)} (themes: {', '.join(sorted(themes))})"]


def _close_matches(word: str, choices: Iterable[str], n: int) -> list[str]:
    """difflib's close matches, imported only for a setting that is misspelt."""
    import difflib

    return difflib.get_close_matches(word, choices, n=n)
