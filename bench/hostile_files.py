"""A folder of hostile and broken article files, and a check of every headless command on it.

    python bench/hostile_files.py DIR            # build the folder in DIR (emptied first)
    python bench/hostile_files.py DIR --check    # build it, then run analyze and brief in
                                                 # every format on it and report

The folder holds a few good articles and one file (or path) per class of trouble:
bad JSON items and lines, bad front matter, every kind of odd field value and date,
deep nesting, alias bombs, odd encodings, binary, FIFOs, endless devices, link loops,
a file over the size limit, an article over the length limit, terminal escapes,
bidi controls and markup in file names, titles, sources, urls and tags. `--check`
runs each command under `timeout` and `/usr/bin/time -v` and reports the exit code,
peak memory, time, the good articles found, the problem lines, tracebacks and any
escape or control character that reached stdout or stderr.

Not run by CI: it writes a 25 MB sparse file, a FIFO and links to /dev/zero and
/dev/urandom, and the check takes a minute or two (most of it the long article).
Build it on tmpfs (e.g. /dev/shm/hostile) to get an mtime datetime cannot hold.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOOD_BODY = (
    "The city council in Leeds approved a £5m flood plan on Monday after heavy rain "
    "closed the ring road for two days. Council leader James Lewis said 300 homes "
    "would be protected by the new barriers."
)


def good(n: int) -> str:
    return f"Good article {n}\n\n{GOOD_BODY} This is report number {n}."


def bomb(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]")
    return "\n".join(lines) + f"\ntags: *a{levels - 1}\n"


def merge_bomb(levels: int = 9) -> str:
    lines = ["m0: &m0 {k: v}"]
    for i in range(1, levels):
        lines.append(f"m{i}: &m{i} {{<<: [{', '.join([f'*m{i - 1}'] * 9)}]}}")
    return "\n".join(lines) + "\n"


def long_text(chars: int) -> str:
    paragraph = GOOD_BODY + " " + "Residents said the water rose quickly overnight. " * 10
    out, size = [], 0
    while size < chars:
        out.append(paragraph)
        size += len(paragraph) + 2
    return "Long article\n\n" + "\n\n".join(out)


def files() -> dict[str, str | bytes]:
    """Name → content of every regular file of the folder."""
    digits = "1" * 5000
    item_ok = {"title": "Good JSON item", "text": GOOD_BODY + " From a JSON list."}
    line_ok = {"title": "Good JSONL line", "text": GOOD_BODY + " From a JSONL file."}
    hostile_item = {
        "title": "\x1b]0;pwned\x07Title \u202eevil\u202c [@click=app.quit]x[/] <script>",
        "source": "\x1b]52;c;aGk=\x07Wire\u200b\x9b31m",
        "url": "https://example.org/\x1b[31mred\x85",
        "tags": ["a\x1b[0m", "\u2066b", 5, True, None, {"k": 1}],
        "text": GOOD_BODY + " With hostile fields [bold]not markup[/bold] <b>not html</b>.",
        "date": "2025-10-12T08:00:00Z",
    }
    return {
        # good articles
        "good-1.txt": good(1),
        "good-2.md": "---\ntitle: Good Markdown\nsource: Daily Ledger\ndate: 2025-10-12\n---\n"
        + GOOD_BODY,
        "good-3.html": f"<html><head><title>Good HTML</title></head><body><nav>Home</nav>"
        f"<article><p>{GOOD_BODY}</p></article></body></html>",
        "good-crlf-bom.txt": "\ufeff" + good(4).replace("\n", "\r\n"),
        "good-nul-padded.txt": good(5).encode() + b"\x00" * 4096,
        # JSON and JSONL with good and bad items
        "mixed.json": json.dumps(
            [item_ok, "a string", {"title": "no text"}, {"text": 5}, [1], hostile_item]
        ),
        "mixed.jsonl": "\n".join(
            [
                json.dumps(line_ok),
                "{not json",
                "[1, 2]",
                '{"title": "x"}',
                '{"text": 5}',
                json.dumps({"text": "JSONL \u2028 sep.", "title": "Sep"}, ensure_ascii=False),
            ]
        ),
        "top-level-number.json": "5",
        "empty-list.json": "[]",
        "not-json.json": "{'single': 'quotes'}",
        # front matter
        "bad-yaml.md": "---\ntitle: [unclosed\n---\nBody kept despite bad front matter.",
        "front-matter-list.md": "---\n- a\n- b\n---\nBody kept despite a list as front matter.",
        "alias-bomb.md": "---\n" + bomb() + "---\nBody kept despite an alias bomb.",
        "merge-bomb.md": "---\n" + merge_bomb() + "---\nBody kept despite a merge-key bomb.",
        "deep.md": "---\nx: "
        + "[" * 100_000
        + "]" * 100_000
        + "\n---\nBody kept despite deep YAML.",
        "tags-int.md": "---\ntags: 5\n---\nTags five.",
        "tags-true.md": "---\ntags: true\n---\nTags true.",
        "tags-float.md": "---\ntags: 1.5\n---\nTags float.",
        "tags-date.md": "---\ntags: 2025-01-01\n---\nTags date.",
        "tags-map.md": "---\ntags: {a: 1}\n---\nTags mapping.",
        "date-0001.md": "---\ndate: 0001-01-01\n---\nDated year one.",
        "date-9999.md": "---\ndate: 9999-12-31T23:59:59-12:00\n---\nDated the last moment.",
        "date-feb30.md": "---\ndate: 2025-02-30\n---\nDated February 30th.",
        "date-feb30.json": json.dumps({"text": "JSON dated February 30th.", "date": "2025-02-30"}),
        "bigint.md": f"---\ntitle: !!int {digits}\ntags: {digits}\n---\nA 5,000-digit integer.",
        "bigint.json": f'{{"text": "JSON with a 5,000-digit integer.", "title": {digits}}}',
        "empty-int.md": "---\ntitle: !!int\n---\nAn empty int tag.",
        "python-tag.md": "---\ntitle: !!python/object:os.system echo\n---\nA python tag.",
        # JSON oddities
        "deep.json": "[" * 100_000 + "]" * 100_000,
        "surrogates.json": '{"title": "Lone \\ud800 half", "text": "Text with \\udfff a lone half."}',
        "nan.json": '{"text": "NaN and Infinity fields.", "title": NaN, "source": Infinity}',
        # encodings and binary
        "utf8-bad-byte.txt": "Café … £5m\n\nCafé owners pay £5m … more".encode()
        + b"\xff"
        + b" text.",
        "cp1252.txt": "Cp1252 café\n\nCafé owners’ £5m in cp1252.".encode("cp1252"),
        "utf16-no-bom.txt": "UTF-16 without a BOM\n\nRead by its NUL pattern.".encode("utf-16-le"),
        "utf16-be-no-bom.md": "UTF-16 BE\n\nBig-endian, no BOM.".encode("utf-16-be"),
        "utf32.txt": "UTF-32\n\nFour bytes a character.".encode("utf-32"),
        "binary.txt": os.urandom(4096),
        "png-named.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000),
        "empty.txt": "",
        "blank.md": "   \n\n\t\n",
        "only-escapes.txt": "\x1b[31m\x1b[0m\x07",
        # HTML oddities
        "deep.html": "<div>" * 50_000 + "Deeply nested HTML text." + "</div>" * 50_000,
        "comments.html": "<p>Before unclosed comments.</p>" + "<!--" * 1_000_000,
        "unclosed-cdata.html": "<p>Before unclosed CDATA.</p>" + "<![CDATA[" * 500_000,
        "unclosed-tags.html": "<p>Before unclosed tags.</p>" + "<a " * 1_000_000,
        "many-tags.html": "<p>x</p>" * 1_000_000,
        "html-escapes.html": "<title>\x1b]0;pwned\x07HTML &#27;[31m title</title><p>Body &#x1b;[2J here &#x202e;.</p>",
        # long article (cut at the article limit, parsed in pieces)
        "long.txt": long_text(1_200_000),
        # hostile file names (content is bad, so the name shows in a warning)
        "\x1b]0;pwned-title\x07.json": "{bad",
        "\x1b]52;c;aGFja2Vk\x07clipboard.json": "{bad",
        "\x1b[31mred\x1b[0m\u202eevil\nforged line.json": "{bad",
        # hostile fields
        "hostile-fields.md": (
            '---\ntitle: "\\e]0;pwned\\a\\u202eTitle\\u200b [/] [@click=app.quit]x[/]"\n'
            'source: "Src\\x9b31m\\u2066"\nurl: "https://e.org/\\x1b[31m"\n'
            'tags: ["\\x85t", "\\u200dz"]\n---\n' + GOOD_BODY + " Hostile front matter."
        ),
    }


def build(folder: Path) -> list[Path]:
    """Build the folder; return the extra paths to give on the command line as well."""
    if folder.exists():
        if (folder / "locked").is_dir():
            (folder / "locked").chmod(0o755)
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name, content in files().items():
        path = folder / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", newline="")
        else:
            path.write_bytes(content)
    undecodable = os.fsencode(folder) + b"/bad-\xff-byte.json"
    with open(undecodable, "wb") as handle:
        handle.write(b"{bad")
    with open(folder / "huge.txt", "wb") as handle:  # sparse: no disk is used
        handle.truncate(25 * 1024 * 1024)
    os.mkfifo(folder / "fifo.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "urandom.md").symlink_to("/dev/urandom")
    (folder / "loop-a.md").symlink_to(folder / "loop-b.md")
    (folder / "loop-b.md").symlink_to(folder / "loop-a.md")
    (folder / "broken-link.md").symlink_to(folder / "missing.md")
    (folder / "sub" / "deeper").mkdir(parents=True)
    (folder / "sub" / "deeper" / "nested.txt").write_text(good(6), encoding="utf-8")
    locked = folder / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text(good(7), encoding="utf-8")
    locked.chmod(0)  # unreadable, unless you are root
    odd_time = folder / "mtime-out-of-range.txt"
    odd_time.write_text("Odd mtime\n\nA file from the year 33658.", encoding="utf-8")
    with contextlib.suppress(OSError):  # tmpfs keeps it; ext4 clamps it to 2446
        os.utime(odd_time, (1e12, 1e12))
    outside = Path(tempfile.mkdtemp(prefix="hostile-paths-"))
    os.mkfifo(outside / "given-fifo.txt")
    (outside / "given-zero.txt").symlink_to("/dev/zero")
    (outside / "given-loop.md").symlink_to(outside / "given-loop.md")  # a usage error: exit 2
    return [outside / "given-fifo.txt", outside / "given-zero.txt"]


BAD_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def run(args: list[str], cache: Path, timeout: int) -> dict:
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    timer = ["/usr/bin/time", "-v"] if Path("/usr/bin/time").exists() else []
    command = [*timer, "timeout", str(timeout), sys.executable, "-m", "briefing", *args]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=env, cwd=REPO)
    seconds = time.perf_counter() - started
    stderr = done.stderr.decode("utf-8", "backslashreplace")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    own = stderr.split("\tCommand being timed:")[0]  # time -v's report follows ours
    stdout = done.stdout.decode("utf-8", "backslashreplace")
    return {
        "exit": done.returncode,
        "seconds": round(seconds, 1),
        "peak_mb": round(int(peak.group(1)) / 1024) if peak else None,
        "warnings": [line for line in own.splitlines() if line.startswith("briefing: ")],
        "traceback": "Traceback" in own,
        "bad_in_stdout": sorted({repr(c) for c in BAD_CHARS.findall(_without_sgr(stdout))}),
        "bad_in_stderr": sorted({repr(c) for c in BAD_CHARS.findall(own.replace("\n", ""))}),
        "stdout": stdout,
    }


def _without_sgr(text: str) -> str:
    """The text less colour codes (the terminal format's own) and line breaks."""
    return re.sub(r"\x1b\[[0-9;]*m", "", text).replace("\n", "")


def check(folder: Path, extra: list[Path], timeout: int) -> None:
    cache = Path(tempfile.mkdtemp(prefix="hostile-cache-"))
    out = Path(tempfile.mkdtemp(prefix="hostile-out-"))
    paths = [str(folder), *map(str, extra)]
    commands = [
        ["analyze", *paths],
        ["analyze", "--json", *paths],
        ["analyze", "--explain", *paths],
        ["brief", "--all", *paths],
        *(["brief", "--all", "--format", f, *paths] for f in ("terminal", "text", "markdown", "html", "json")),
        *(["brief", "--all", "-o", str(out / f"brief{ext}"), *paths] for ext in (".md", ".html", ".txt", ".json")),
    ]  # fmt: skip
    commands.append(["analyze", str(extra[0].parent / "given-loop.md")])
    for args in commands:
        result = run(args, cache, timeout)
        shown = " ".join(a if a not in paths and "given-" not in a else Path(a).name for a in args)
        print(f"\n$ briefing {shown}")
        print(f"  exit {result['exit']}, {result['seconds']} s, peak {result['peak_mb']} MB, "
              f"{len(result['warnings'])} warning lines, traceback: {result['traceback']}")  # fmt: skip
        print(f"  bad characters: stdout {result['bad_in_stdout'] or 'none'}, "
              f"stderr {result['bad_in_stderr'] or 'none'}")  # fmt: skip
        if args[:2] == ["analyze", "--json"]:
            try:
                document = json.loads(result["stdout"])
                titles = sorted(a["title"] for a in document["articles"])
                print(f"  {len(titles)} articles: {titles}")
                print(f"  {len(document['problems'])} problems")
            except ValueError as exc:
                print(f"  stdout is not JSON: {exc}")
        if args == ["analyze", *paths] or "given-loop" in args[-1]:
            for line in result["warnings"]:
                print("   ", line)
    for written in sorted(out.iterdir()):
        text = written.read_text(encoding="utf-8", errors="backslashreplace")
        bad = sorted({repr(c) for c in BAD_CHARS.findall(text.replace("\n", ""))})
        print(f"{written.name}: {len(text)} characters, bad characters: {bad or 'none'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--check", action="store_true", help="run analyze and brief on it")
    parser.add_argument("--timeout", type=int, default=120, help="seconds per command")
    options = parser.parse_args()
    extra = build(options.folder)
    print(f"built {options.folder} ({len(list(options.folder.iterdir()))} entries); "
          f"paths given as well: {', '.join(map(str, extra))}")  # fmt: skip
    if options.check:
        check(options.folder, extra, options.timeout)


if __name__ == "__main__":
    main()
