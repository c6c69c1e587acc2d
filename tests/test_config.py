"""Settings precedence (defaults < file < environment < flags) and config errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import load_settings
from briefing.errors import BriefingError


def write_config(text: str, home: Path) -> Path:
    path = home / "config" / "briefing" / "config.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_config_file():
    settings = load_settings()
    assert settings.length is None  # the summariser decides
    assert settings.algorithm is None
    assert settings.library == ()
    assert settings.jobs == 1


def test_file_beats_defaults_env_beats_file_flags_beat_env(isolated_user_dirs, monkeypatch):
    write_config("length: 5\nalgorithm: lsa\ntheme: briefing-light\njobs: 2\n", isolated_user_dirs)
    from_file = load_settings()
    assert (str(from_file.length), from_file.algorithm, from_file.theme, from_file.jobs) == (
        "5",
        "lsa",
        "briefing-light",
        2,
    )

    monkeypatch.setenv("BRIEFING_LENGTH", "20%")
    from_env = load_settings()
    assert str(from_env.length) == "20%"
    assert from_env.algorithm == "lsa"

    from_flags = load_settings(length="4", algorithm=None)
    assert str(from_flags.length) == "4"
    assert from_flags.algorithm == "lsa"


def test_library_folders_expand_home(isolated_user_dirs):
    write_config("library:\n  - ~/news\n  - /srv/articles\n", isolated_user_dirs)
    settings = load_settings()
    assert settings.library == (isolated_user_dirs / "news", Path("/srv/articles"))


def test_briefing_config_env_var_points_at_another_file(tmp_path, monkeypatch):
    other = tmp_path / "elsewhere.yaml"
    other.write_text("theme: high-contrast\n")
    monkeypatch.setenv("BRIEFING_CONFIG", str(other))
    assert load_settings().theme == "high-contrast"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("length: [1, 2\n", "not valid YAML at line"),
        ("- a\n- b\n", "must be a mapping"),
        ("colour: red\n", "colour: unknown setting"),
        ("jobs: many\n", "jobs: must be a whole number"),
        ("jobs: 0\n", "jobs: must be from 1 to 64, not 0"),
        ("length: 0\n", "length: '0' is out of range"),
        ("length: 150%\n", "out of range"),
        ("length: lots\n", "length: 'lots' is not a count"),
        ("library: 3\n", "library: must be a folder or a list"),
        ("keys: [n]\n", "keys: must map binding ids"),
    ],
)
def test_invalid_config_names_file_key_and_problem(isolated_user_dirs, text, expected):
    path = write_config(text, isolated_user_dirs)
    with pytest.raises(BriefingError) as caught:
        load_settings()
    message = str(caught.value)
    assert str(path) in message
    assert expected in message
    assert "\n" not in message
    assert caught.value.exit_code == 2


def test_bad_environment_value_is_an_error_naming_the_variable(monkeypatch):
    monkeypatch.setenv("BRIEFING_JOBS", "two")
    with pytest.raises(BriefingError, match=r"^BRIEFING_JOBS: must be a whole number"):
        load_settings()


def test_themes_list_names_bundled_themes_and_broken_files(isolated_user_dirs):
    import subprocess
    import sys

    folder = isolated_user_dirs / "data" / "briefing" / "themes"
    folder.mkdir(parents=True)
    (folder / "bad.yaml").write_text("name: bad\ncolors: [1, 2\n")
    (folder / "partial.yaml").write_text("name: partial\ncolors: {primary: red}\n")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "themes", "list"], capture_output=True, text=True
    )
    assert result.returncode == 0
    for name in ("briefing-dark", "briefing-light", "high-contrast", "ansi-16"):
        assert name in result.stdout
    assert "bad.yaml: not valid YAML" in result.stderr
    assert "partial.yaml: missing colour secondary" in result.stderr
