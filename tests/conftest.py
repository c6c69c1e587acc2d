"""Shared fixtures: isolated user dirs for every test, and the seeds parsed once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never read or write the real user's config, cache or data during tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    # no BRIEFING_CONFIG: the config file is XDG_CONFIG_HOME's (a BRIEFING_CONFIG that
    # names a missing file is an error)
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(home / "cache" / "briefing"))
    for var in (
        "BRIEFING_CONFIG",
        "BRIEFING_DEBUG",
        "BRIEFING_MODEL",
        "BRIEFING_ALGORITHM",
        "BRIEFING_LENGTH",
        "BRIEFING_THEME",
        "BRIEFING_JOBS",
        "BRIEFING_LIBRARY",
        "NO_COLOR",
    ):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The bundled seed files' raw text, by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_articles():
    """The bundled seeds as Articles (longest last)."""
    from briefing.library import load_library

    library = load_library([SEEDS])
    return sorted(library.articles, key=lambda a: len(a.body))


@pytest.fixture(scope="session")
def seed_parses(seed_articles):
    """spaCy parses of the seeds, made once per test session: {article id: Parse}."""
    from briefing.analysis.nlp import parse_texts, resolve_model

    parses = parse_texts(resolve_model(), [a.body for a in seed_articles])
    return {a.id: p for a, p in zip(seed_articles, parses, strict=True)}


@pytest.fixture(scope="session")
def parse_text():
    """Parse one text with the real model (memoised for the whole session)."""
    from briefing.analysis.nlp import doc_to_parse, load_model, resolve_model

    nlp = load_model(resolve_model())
    memo: dict[str, object] = {}

    def parse(text: str):
        if text not in memo:
            memo[text] = doc_to_parse(nlp(text))
        return memo[text]

    return parse


def run_briefing(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`python -m briefing ARGS` in a process of its own, from the repository, with
    `env` added to this process's environment."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=REPO,
        timeout=300,
    )


def run_and_report_spacy(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run the CLI in a fresh interpreter that says on stderr whether spaCy, textual, rich
    and the entities stage got imported."""
    probe = (
        f"import sys; sys.argv = ['briefing', *{args!r}]\n"
        "from briefing.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('SPACY-LOADED' if 'spacy' in sys.modules else 'SPACY-NOT-LOADED', file=sys.stderr)\n"
        "print('TEXTUAL-LOADED' if 'textual' in sys.modules else 'TEXTUAL-NOT-LOADED', file=sys.stderr)\n"
        "print('RICH-LOADED' if 'rich' in sys.modules else 'RICH-NOT-LOADED', file=sys.stderr)\n"
        "stage = 'briefing.analysis.entities' in sys.modules\n"
        "print('ENTITIES-STAGE-LOADED' if stage else 'ENTITIES-STAGE-NOT-LOADED', file=sys.stderr)"
    )
    return subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=REPO,
        timeout=300,
    )


def cache_of_an_earlier_version(folder: Path) -> None:
    """An empty cache file as versions before 32 KB pages made it (4 KB pages)."""
    import sqlite3

    from briefing.cache import _SCHEMA, CACHE_FILE

    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / CACHE_FILE, isolation_level=None)
    conn.execute("PRAGMA page_size=4096")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(_SCHEMA)
    conn.close()
