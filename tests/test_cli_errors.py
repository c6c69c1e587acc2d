"""Exit codes and error lines, the same for every command: 0 ok, 1 some inputs unreadable
or nothing matched, 2 usage or configuration, 70 a bug (a traceback only with --debug)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHORT_SEED = "seeds/000_9c7859ff746ab798.txt"


def run(*args: str, env: dict[str, str] | None = None, code: str | None = None):
    command = (
        [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "briefing", *args]
    )
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=REPO,
        timeout=300,
    )


_BUG = """
import sys
import briefing.cli as cli
def broken(*args, **kwargs):
    raise RuntimeError("something\\nbroke")
cli.load_settings = broken
cli.main(sys.argv[1:])
"""


def test_an_unexpected_exception_is_one_line_with_exit_70_and_a_hint():
    result = run("themes", "list", code=_BUG)
    assert result.returncode == 70
    assert result.stderr == (
        "briefing: internal error: RuntimeError: something broke "
        "(run again with --debug for the traceback)\n"
    )


@pytest.mark.parametrize(
    ("args", "env"),
    [(["--debug", "themes", "list"], {}), (["themes", "list", "--debug"], {}),
     (["themes", "list"], {"BRIEFING_DEBUG": "1"})],
)  # fmt: skip
def test_debug_shows_the_traceback(args, env):
    result = run(*args, env=env, code=_BUG)
    assert result.returncode == 70
    assert "Traceback (most recent call last)" in result.stderr
    assert result.stderr.rstrip().endswith("(run again with --debug for the traceback)")


def test_without_debug_a_user_error_has_no_traceback_and_with_it_one(tmp_path):
    plain = run("analyze", "--length", "0", env={"BRIEFING_CACHE_DIR": str(tmp_path)})
    assert plain.returncode == 2
    assert plain.stderr.startswith("briefing: --length: '0' is out of range")
    assert "Traceback" not in plain.stderr
    debugged = run("analyze", "--length", "0", "--debug")
    assert debugged.returncode == 2 and "Traceback" in debugged.stderr


@pytest.mark.parametrize(
    "args",
    [["analyze", SHORT_SEED], ["brief", "--all", SHORT_SEED], ["cache", "stats"],
     ["cache", "check"], ["cache", "clear"], ["themes", "list"], ["read", SHORT_SEED]],
)  # fmt: skip
def test_a_bad_config_stops_every_command_with_one_line_per_problem_and_exit_2(tmp_path, args):
    config = tmp_path / "config.yaml"
    config.write_text("jobs: 1.5\nlength: .nan\ncolour: red\n")
    result = run(*args, env={"BRIEFING_CONFIG": str(config)})
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert all(line.startswith(f"briefing: {config}: ") for line in lines)
    assert [line.split(": ")[2] for line in lines] == ["jobs", "length", "colour"]


def test_a_model_from_the_config_that_is_not_installed_names_the_file_and_key(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text("model: en_core_web_nonexistent\n")
    result = run(
        "analyze", "--no-cache", SHORT_SEED,
        env={"BRIEFING_CONFIG": str(config), "BRIEFING_CACHE_DIR": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"briefing: {config}: model: spaCy model en_core_web_nonexistent"
    )
    assert len(result.stderr.splitlines()) == 1


def test_brief_exits_1_like_analyze_when_some_files_could_not_be_read(tmp_path):
    library = tmp_path / "news"
    library.mkdir()
    (library / "good.txt").write_text((REPO / SHORT_SEED).read_text(encoding="utf-8"))
    (library / "broken.json").write_text("{not json")
    env = {"BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    analysed = run("analyze", "--json", str(library), env=env)
    briefed = run("brief", "--all", "--format", "text", str(library), env=env)
    assert analysed.returncode == briefed.returncode == 1
    assert "broken.json" in briefed.stderr and briefed.stdout.strip()


def test_a_symlink_loop_given_as_a_path_says_so(tmp_path):
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    for command in (["analyze"], ["brief", "--all"], []):
        result = run(*command, str(loop))
        assert result.returncode == 2
        assert "a loop of symbolic links" in result.stderr


def test_a_file_name_with_escape_codes_is_shown_inert(tmp_path):
    library = tmp_path / "news"
    library.mkdir()
    (library / "good.txt").write_text((REPO / SHORT_SEED).read_text(encoding="utf-8"))
    (library / "x\x1b]0;pwned\x07\u202e.json").write_text("{not json")
    result = run("analyze", str(library), env={"BRIEFING_CACHE_DIR": str(tmp_path / "cache")})
    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\u202e" not in result.stderr
    assert "x\\x1b]0;pwned\\x07\\u202e.json" in result.stderr


def test_a_closed_pipe_ends_quietly(tmp_path):
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path)}
    producer = subprocess.Popen(
        [sys.executable, "-m", "briefing", "analyze", "--json", "seeds"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=env,
    )
    assert producer.stdout is not None and producer.stderr is not None
    producer.stdout.read(10)
    producer.stdout.close()
    stderr = producer.stderr.read().decode()
    assert producer.wait(300) == 0
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
