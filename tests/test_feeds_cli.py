"""The fetching commands as a user runs them: import a newsboat export, fetch, read the
brief, fetch again, read it with the server gone, export; and the config file's
`feeds:` edited in place with its comments kept."""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from feed_site import FEEDS, Site

from briefing.feeds.opml import read_opml

REPO = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_PROXY": "127.0.0.1", "PYTHONPATH": str(REPO)},
        cwd=REPO,
        timeout=300,
    )


def invoke(capsys, *args: str) -> tuple[int, str, str]:
    """The CLI in this process (quick: no interpreter start): exit code, stdout, stderr."""
    from briefing.cli import main

    try:
        with pytest.raises(SystemExit) as exit_:
            main(list(args))
    finally:
        gc.enable()  # `brief` turns the cyclic collector off for its one short run
    out, err = capsys.readouterr()
    return int(exit_.value.code or 0), out, err


def config_file(home: Path) -> Path:
    return home / "config" / "briefing" / "config.yaml"


def test_import_fetch_brief_fetch_again_offline_and_export(isolated_user_dirs, tmp_path, capsys):
    with Site(stall_seconds=3) as site:
        subscriptions = tmp_path / "newsboat.opml"
        subscriptions.write_text(site.opml(), encoding="utf-8")
        code, out, err = invoke(capsys, "feeds", "import", str(subscriptions))
        assert (code, out) == (0, f"imported {len(FEEDS)} feeds\n"), err

        first = run("fetch", "--timeout", "0.5", "--retries", "0")  # a process of its own
        assert first.returncode == 1, first.stderr  # some feeds failed
        lines = first.stdout.splitlines()
        assert "World Wire: 5 new" in lines
        assert "Missing: failed: HTTP 404 Not Found" in lines
        assert "Escape: failed: refused a redirect to a file: address" in lines
        assert "Huge: failed: too large: 50 MB, more than the 10 MB limit (max_download)" in lines
        assert any(
            line.startswith("Stalled: failed: the server stopped answering") for line in lines
        )
        # which of the two agencies saves the shared wire story first is a race
        assert re.fullmatch(r"12 feeds: 15 new articles, [01] unchanged, 4 failed", lines[-1])
        assert "\x1b" not in first.stdout + first.stderr  # piped: no progress display

        code, out, _ = invoke(capsys, "fetch", "--timeout", "0.5", "--retries", "0", "--no-analyze")
        assert code == 1
        assert out.splitlines()[-1] == "12 feeds: 0 new articles, 8 unchanged, 4 failed"
        assert "World Wire: unchanged" in out
        code, online, _err = invoke(capsys, "brief", "--all", "--format", "json")
        assert code == 0, _err
    # the server is gone, and a new process reads everything from the files and the cache
    offline = run("brief", "--all", "--format", "json")
    assert offline.returncode == 0, offline.stderr
    brief = json.loads(offline.stdout)
    assert brief["stories"] == json.loads(online)["stories"]
    assert brief["articles"] == 15
    headlines = [s["headline"] for s in brief["stories"]]
    assert "Council approves a bigger budget for the city's parks" in headlines
    (wire,) = [s for s in brief["stories"] if "Central bank holds" in s["headline"]]
    assert len(wire["articles"]) == 1 and len(wire["copies"]) == 1  # one text, listed once

    code, out, _ = invoke(capsys, "analyze", "--json")
    by_title = {a["title"]: a for a in json.loads(out)["articles"]}
    council = by_title["Council approves a bigger budget for the city's parks"]
    assert council["source"] == "World Wire"
    assert council["date"].startswith("2025-10-12")
    assert council["url"].endswith("/articles/council-parks.html")

    code, exported, _ = invoke(capsys, "feeds", "export")
    assert code == 0 and '<opml version="2.0">' in exported
    again = read_opml(exported.encode())
    assert [(f.url, f.name) for f in again.feeds] == [
        (f"{site.base}{path}", name) for name, path in FEEDS.items()
    ]


def test_feeds_add_and_remove_edit_only_the_feeds_block(isolated_user_dirs, capsys):
    path = config_file(isolated_user_dirs)
    path.parent.mkdir(parents=True)
    path.write_text(
        "# my settings\nlength: 4   # sentences\nfeeds:\n  - https://example.com/old.xml\n"
        "\n# the reader's keys\nkeys: {next_sentence: n}\n",
        encoding="utf-8",
    )
    code, out, _ = invoke(
        capsys, "feeds", "add", "https://example.org/feed.xml", "--name", "Example", "--tag", "tech"
    )
    assert code == 0 and out == f"added https://example.org/feed.xml to {path}\n"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# my settings\nlength: 4   # sentences\nfeeds:\n")
    assert text.endswith("\n# the reader's keys\nkeys: {next_sentence: n}\n")
    code, out, _ = invoke(capsys, "feeds", "list")
    assert out.splitlines() == [
        "-\thttps://example.com/old.xml\tnever fetched",
        "Example\thttps://example.org/feed.xml\t[tech]\tnever fetched",
    ]
    code, out, _ = invoke(capsys, "feeds", "add", "https://www.example.org/feed.xml/?utm_source=x")
    assert code == 0 and out == "already subscribed: https://example.org/feed.xml\n"
    code, out, err = invoke(capsys, "feeds", "remove", "example", "https://nowhere.example/")
    assert code == 1
    assert out == "removed 1 feed(s)\n"
    assert err == "briefing: warning: no such feed: https://nowhere.example/\n"
    assert "example.org" not in path.read_text(encoding="utf-8")
    assert "# the reader's keys" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["feeds", "add", "ftp://example.com/feed"], "URL 'ftp://example.com/feed': not an http:// or https:// address"),
        (["feeds", "add", "file:///etc/passwd"], "not an http:// or https:// address"),
        (["add", "javascript:alert(1)"], "not an http:// or https:// address"),
        (["prune", "--older-than", "soon"], "--older-than: 'soon' is not an age like 30d, 12h or 2w"),
    ],
)  # fmt: skip
def test_a_bad_address_or_age_is_a_usage_error(isolated_user_dirs, capsys, args, message):
    code, _, err = invoke(capsys, *args)
    assert code == 2
    assert message in err and err.count("\n") == 1


def test_fetch_without_feeds_says_how_to_add_one(isolated_user_dirs, capsys):
    code, _, err = invoke(capsys, "fetch")
    assert code == 1
    assert "no feeds to fetch: add one with `briefing feeds add URL`" in err


def test_a_bad_feeds_setting_names_the_file_the_item_and_the_key(isolated_user_dirs, capsys):
    path = config_file(isolated_user_dirs)
    path.parent.mkdir(parents=True)
    path.write_text(
        "feeds:\n  - url: https://a.example/feed\n  - {url: https://b.example/, nmae: B}\n"
    )
    code, _, err = invoke(capsys, "feeds", "list")
    assert code == 2
    assert err == (
        f"briefing: {path}: feeds: item 2: unknown key 'nmae' (did you mean name? keys: url, name, tags)\n"
    )


def test_a_feeds_block_in_flow_style_is_not_edited_by_guesswork(isolated_user_dirs, capsys):
    path = config_file(isolated_user_dirs)
    path.parent.mkdir(parents=True)
    before = "{length: 3, feeds: [https://a.example/feed]}\n"
    path.write_text(before)
    code, _, err = invoke(capsys, "feeds", "add", "https://b.example/feed")
    assert code == 2 and "edit the file by hand" in err
    assert path.read_text() == before


def test_prune_removes_old_fetched_articles_but_not_yours_edited_or_starred(
    isolated_user_dirs, capsys, tmp_path
):
    from briefing.config import default_feeds_dir
    from briefing.library import read_file
    from briefing.state import ReaderState

    with Site() as site:
        path = config_file(isolated_user_dirs)
        path.parent.mkdir(parents=True)
        path.write_text(f"feeds:\n  - {site.url('/rss1.rdf')}\n  - {site.url('/relative.xml')}\n")
        code, out, _ = invoke(capsys, "fetch", "--no-analyze")
    assert code == 0, out
    news = default_feeds_dir()
    fetched = sorted(news.glob("*.md"))
    assert len(fetched) == 3
    starred, edited, plain = fetched
    state = ReaderState()
    state.set_mark(read_file(starred).articles[0].id, star=True)
    state.close()
    edited.write_text(edited.read_text() + "A note of mine.\n")
    mine = news / "my-notes.md"
    mine.write_text("---\ntitle: Mine\ndate: 2020-01-01\n---\nMy own notes, from long ago.\n")
    code, out, _ = invoke(capsys, "prune", "--older-than", "30d")
    assert code == 0
    assert out == "removed 1 fetched article older than 30d; kept 1 you edited and 1 starred\n"
    assert sorted(news.glob("*.md")) == sorted([starred, edited, mine])
    assert not plain.exists()


def test_the_reader_and_the_headless_commands_never_load_the_network_libraries():
    probe = (
        "import sys\n"
        "import briefing.tui.app, briefing.brief.command\n"
        "from briefing.cli import main\n"
        "try:\n    main(['themes', 'list'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('httpx', 'feedparser', 'trafilatura', 'lxml') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert result.stdout.splitlines()[-1] == "[]", result.stderr
