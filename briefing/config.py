"""Settings: defaults < config.yaml < environment < command-line flags.

The file lives in the user config dir (`BRIEFING_CONFIG` overrides its path). An
invalid file is a user error: one line naming the file, the key and the problem,
exit code 2.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs
import yaml

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
}
"""Environment variables and the setting each overrides (BRIEFING_LIBRARY: os.pathsep-separated)."""


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP))


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP))


def user_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP))


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
    jobs: int = 1
    feeds: tuple[str, ...] = ()
    keys: dict[str, str] = field(default_factory=dict)
    config_file: Path | None = None

    @property
    def summary_options(self) -> SummaryOptions:
        """The summariser and length these settings ask for (defaults where unset)."""
        return SummaryOptions.parse(self.algorithm, self.length)

    def with_overrides(self, **flags: Any) -> Settings:
        """Apply command-line flags (None means "not given")."""
        given = {k: v for k, v in flags.items() if v is not None}
        return replace(self, **_coerce(given, source="command line")) if given else self


def _problem(source: str, key: str, message: str) -> BriefingError:
    return BriefingError(f"{source}: {key}: {message}", exit_code=2)


def _coerce(raw: Mapping[str, Any], source: str) -> dict[str, Any]:
    """Check types and convert raw values (YAML, env strings, flags) to Settings fields."""
    out: dict[str, Any] = {}
    known = {f for f in Settings.__dataclass_fields__ if f != "config_file"}
    for key, value in raw.items():
        if key not in known:
            raise _problem(source, key, f"unknown setting (known: {', '.join(sorted(known))})")
        if key == "library":
            items = [value] if isinstance(value, str | Path) else value
            if not isinstance(items, list | tuple) or not all(
                isinstance(i, str | Path) for i in items
            ):
                raise _problem(source, key, "must be a folder or a list of folders")
            out[key] = tuple(Path(os.path.expanduser(str(i))) for i in items)
        elif key == "feeds":
            if not isinstance(value, list | tuple) or not all(isinstance(i, str) for i in value):
                raise _problem(source, key, "must be a list of feed URLs")
            out[key] = tuple(value)
        elif key == "keys":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                raise _problem(source, key, "must map binding ids to keys, e.g. next_sentence: n")
            out[key] = dict(value)
        elif key == "jobs":
            try:
                jobs = int(value)
            except (TypeError, ValueError):
                raise _problem(source, key, f"must be a whole number, not {value!r}") from None
            if jobs < 1:
                raise _problem(source, key, "must be at least 1")
            out[key] = jobs
        elif key == "cache_dir":
            if not isinstance(value, str | Path):
                raise _problem(source, key, "must be a folder path")
            out[key] = Path(os.path.expanduser(str(value)))
        elif key == "length":
            try:
                out[key] = value if isinstance(value, Length) else Length.parse(value)
            except InvalidOption as exc:
                raise _problem(source, key, str(exc)) from None
        elif key == "algorithm":
            try:
                out[key] = check_algorithm(value) if value is not None else None
            except InvalidOption as exc:
                raise _problem(source, key, str(exc)) from None
        else:  # model, theme: plain names
            if value is not None and not isinstance(value, str):
                raise _problem(source, key, f"must be a name, not {value!r}")
            out[key] = value
    return out


def _read_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefingError(
            f"{path}: cannot read config file ({exc.__class__.__name__})", 2
        ) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise BriefingError(f"{path}: not valid YAML{where}", exit_code=2) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise BriefingError(f"{path}: must be a mapping of settings (key: value)", exit_code=2)
    return data


def load_settings(env: Mapping[str, str] | None = None, **flags: Any) -> Settings:
    """Merge defaults < config file < environment < flags into one Settings."""
    env = os.environ if env is None else env
    path = config_path(env)
    merged = _coerce(_read_file(path), source=str(path))
    from_env = {}
    for var, key in ENV_VARS.items():
        if env.get(var):
            value: Any = env[var]
            if key == "library":
                value = [p for p in value.split(os.pathsep) if p]
            from_env[key] = value
    merged.update(_coerce(from_env, source="environment"))
    settings = Settings(**merged, config_file=path)
    return settings.with_overrides(**flags)
