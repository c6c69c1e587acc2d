"""The feeds list is config.yaml's `feeds:`, and `briefing feeds add/remove/import`
edit it in place.

One place for the list: what `feeds add` writes is what the user sees and edits in
their config file. PyYAML cannot write a file back with its comments, so the file is
not re-dumped: only the top-level `feeds:` block (the `feeds:` line and the lines
indented under it) is replaced, and every other byte of the file stays as it was,
comments included (a comment inside the block is not kept). The edit is checked by
reading the new file back: every other setting must read as before and `feeds:` as
the list meant, or nothing is written. The file is replaced atomically (a temporary
file renamed over it), through a symbolic link to where it points, keeping its mode.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing import safe_yaml
from briefing.config import FeedSetting, feed_setting
from briefing.errors import BriefingError

_BLOCK_START = re.compile(r"feeds[ \t]*:")


def render_block(feeds: Sequence[FeedSetting]) -> str:
    if not feeds:
        return "feeds: []\n"
    lines = ["feeds:"]
    for feed in feeds:
        lines.append(f"  - url: {json.dumps(feed.url, ensure_ascii=False)}")
        if feed.name:
            lines.append(f"    name: {json.dumps(feed.name, ensure_ascii=False)}")
        if feed.tags:
            shown = ", ".join(json.dumps(t, ensure_ascii=False) for t in feed.tags)
            lines.append(f"    tags: [{shown}]")
    return "\n".join(lines) + "\n"


def replace_block(text: str, feeds: Sequence[FeedSetting]) -> str:
    """`text` with its top-level `feeds:` block replaced (or one added at the end)."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if _BLOCK_START.match(line)), None)
    block = render_block(feeds)
    if start is None:
        if text and not text.endswith("\n"):
            text += "\n"
        return text + ("\n" if text.strip() else "") + block
    end = start + 1
    while end < len(lines) and (lines[end][:1] in (" ", "\t", "-") or not lines[end].strip()):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():  # blank lines after it stay
        end -= 1
    return "".join(lines[:start]) + block + "".join(lines[end:])


def save_feeds(path: Path, feeds: Sequence[FeedSetting]) -> None:
    """Write `feeds` as the config file's `feeds:`; BriefingError when the file cannot
    be edited safely or written."""
    target = Path(os.path.realpath(path))
    try:
        old_text = safe_yaml.read_text(target) if target.exists() else ""
        old = _mapping(safe_yaml.loads(old_text)) if old_text else {}
    except (OSError, safe_yaml.YamlProblem) as exc:
        raise BriefingError(f"{path}: cannot read it to edit its feeds ({exc})", 2) from None
    new_text = replace_block(old_text, feeds)
    try:
        new = _mapping(safe_yaml.loads(new_text))
    except safe_yaml.YamlProblem:
        new = None
    others_kept = new is not None and {k: v for k, v in new.items() if k != "feeds"} == {
        k: v for k, v in old.items() if k != "feeds"
    }
    if not others_kept or new is None or _read_back(new.get("feeds")) != list(feeds):
        raise BriefingError(
            f"{path}: its feeds: block is not laid out so that it can be edited safely "
            "(is it written in flow style, or with anchors?); edit the file by hand",
            exit_code=2,
        )
    _write_atomically(target, new_text)


def _mapping(data: Any) -> dict[Any, Any]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise safe_yaml.YamlProblem("not a mapping of settings")
    return data


def _read_back(value: Any) -> list[FeedSetting] | None:
    try:
        return [feed_setting(item) for item in value or []]
    except ValueError:
        return None


def _write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o644
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        reason = exc.strerror or exc.__class__.__name__
        raise BriefingError(f"cannot write {target}: {reason}", exit_code=1) from None
