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
    assert settings.jobs is None  # one job per core the process may run on


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


BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("length: .nan\n", "length: nan is not a count"),
        ("length: .inf\n", "length: inf is not a count"),
        ("length: nan\n", "length: 'nan' is not a count"),
        ("model: ../../etc\n", "model: '../../etc' is not a spaCy package name"),
        ("model: os.path\n", "model: 'os.path' is not a spaCy package name"),
        ("model: en-core-web-sm\n", "underscores, not hyphens"),
        ("jobs: 1.5\n", "jobs: must be a whole number of processes, not 1.5"),
        ("jobs: true\n", "jobs: must be a whole number of processes, not True"),
        ("jobs: 100000\n", "jobs: must be from 1 to 64"),
        ("theme: nosuch\n", "theme: unknown theme 'nosuch' (themes: ansi-16, briefing-dark"),
        ("theme: yes\n", "theme: unknown theme 'yes'"),
        ("keys: {bogus: x}\n", "keys: unknown binding id 'bogus'"),
        ("keys: {next_sentnce: x}\n", "did you mean next_sentence?"),
        ('keys: {next_sentence: ""}\n', "keys: next_sentence: '' is not a key"),
        ('keys: {next_sentence: "n, down"}\n', "is not a key or a comma-separated list"),
        ("keys: {next_sentence: 5}\n", "keys: next_sentence: 5 is not a key"),
        ('library: ""\n', "library: must be a folder"),
        ('cache_dir: "a\\0b"\n', "cache_dir: 'a\\x00b' is not a path"),
        ("lenght: 3\n", "lenght: unknown setting (did you mean length?"),
        ("algorithm: 5\n", "algorithm: must be a summariser's name, not 5"),
        ("fetch_on_start: yes\n", "fetch_on_start: must be true or false, not 'yes'"),
        ("fetch_on_start: 1\n", "fetch_on_start: must be true or false, not 1"),
        (BOMB, "more than 10,000 values once aliases are expanded"),
        ("x: " + "[" * 60 + "]" * 60 + "\n", "nested more than 50 levels deep"),
        ("jobs: " + "9" * 5000 + "\n", "not valid YAML"),
    ],
)
def test_every_setting_is_checked_where_it_is_read(isolated_user_dirs, text, expected):
    path = write_config(text, isolated_user_dirs)
    with pytest.raises(BriefingError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith(str(path))
    assert expected in message
    assert "\n" not in message
    assert caught.value.exit_code == 2


def test_every_problem_of_the_file_and_the_environment_is_reported_at_once(
    isolated_user_dirs, monkeypatch
):
    path = write_config("jobs: 1.5\nmodel: ../x\n", isolated_user_dirs)
    monkeypatch.setenv("BRIEFING_LENGTH", "lots")
    with pytest.raises(BriefingError) as caught:
        load_settings()
    assert str(caught.value).splitlines() == [
        f"{path}: jobs: must be a whole number of processes, not 1.5",
        f"{path}: model: '../x' is not a spaCy package name like en_core_web_sm",
        "BRIEFING_LENGTH: 'lots' is not a count of sentences like 3 or a percentage like 20%",
    ]


@pytest.mark.parametrize(
    ("var", "value", "expected"),
    [
        ("BRIEFING_MODEL", "../../etc", "BRIEFING_MODEL: '../../etc' is not a spaCy package"),
        ("BRIEFING_JOBS", "1.5", "BRIEFING_JOBS: must be a whole number"),
        ("BRIEFING_THEME", "nosuch", "BRIEFING_THEME: unknown theme 'nosuch'"),
        ("BRIEFING_LENGTH", "inf", "BRIEFING_LENGTH: 'inf' is not a count"),
    ],
)
def test_a_bad_environment_value_names_the_variable(monkeypatch, var, value, expected):
    monkeypatch.setenv(var, value)
    with pytest.raises(BriefingError) as caught:
        load_settings()
    assert str(caught.value) == expected or str(caught.value).startswith(expected)
    assert caught.value.exit_code == 2


def test_a_missing_file_named_by_briefing_config_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CONFIG", str(tmp_path / "typo.yaml"))
    with pytest.raises(BriefingError) as caught:
        load_settings()
    assert str(caught.value) == f"BRIEFING_CONFIG: no such file: {tmp_path / 'typo.yaml'}"
    assert caught.value.exit_code == 2


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_briefing_config_naming_something_that_is_not_a_file_is_refused_not_read(
    tmp_path, monkeypatch, kind
):
    import os

    target = {"fifo": tmp_path / "pipe", "device": Path("/dev/zero"), "folder": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(target)  # opening it for reading would wait for a writer for ever
    monkeypatch.setenv("BRIEFING_CONFIG", str(target))
    with pytest.raises(BriefingError, match=r"not a regular file|is a folder") as caught:
        load_settings()
    assert caught.value.exit_code == 2


def test_fetch_on_start_is_off_unless_the_file_turns_it_on(isolated_user_dirs):
    assert load_settings().fetch_on_start is False
    write_config("fetch_on_start: true\n", isolated_user_dirs)
    assert load_settings().fetch_on_start is True


def test_an_empty_value_leaves_the_default(isolated_user_dirs):
    write_config("length:\nmodel:\ntheme:\n", isolated_user_dirs)
    settings = load_settings()
    assert settings.length is None and settings.model is None
    assert settings.theme == "briefing-dark"


def test_settings_remember_where_each_value_came_from(isolated_user_dirs, monkeypatch):
    path = write_config("length: 4\n", isolated_user_dirs)
    monkeypatch.setenv("BRIEFING_MODEL", "en_core_web_sm")
    settings = load_settings().with_overrides(algorithm="lsa")
    assert settings.origin("length") == f"{path}: length"
    assert settings.origin("model") == "BRIEFING_MODEL"
    assert settings.origin("algorithm") == "--algorithm"
    assert settings.origin("jobs") is None


def test_yes_and_no_are_strings_not_booleans():
    from briefing.safe_yaml import loads

    assert loads("source: yes\ntitle: no\nx: on\ny: true\nt: 1:30\n") == {
        "source": "yes",
        "title": "no",
        "x": "on",
        "y": True,
        "t": "1:30",
    }


def test_the_binding_ids_keys_may_remap_are_the_readers():
    from briefing.config import BINDING_IDS
    from briefing.tui.commands import COMMANDS

    assert set(BINDING_IDS) == {c.id for c in COMMANDS}
