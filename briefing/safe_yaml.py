"""YAML for files a user (or anyone) wrote: bounded, and read the way people mean it.

PyYAML's safe loader is safe from code execution, not from its input: an alias bomb
(nine anchors of ten aliases each) builds a thousand million values the moment a
caller walks or prints it, libyaml's loader and the pure Python one disagree on how
deep a document may nest, and YAML 1.1 reads `yes`, `no`, `on` and `off` as booleans
and `1:30` as 90, so `source: yes` became "True". Here:

- the document's node graph is walked before anything is built: more than
  `max_nodes` values once aliases are expanded, or more than `max_depth` levels, is
  a problem, not a hang;
- only `true` and `false` are booleans (as in YAML 1.2); `yes`, `no`, `on`, `off`,
  `y`, `n` and sexagesimal numbers stay strings;
- every failure is one `YamlProblem` with a one-line reason (and the line, where
  the parser knows it), never another exception.
"""

from __future__ import annotations

import copy
import functools
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

MAX_NODES = 10_000
"""Values a document may hold once its aliases are expanded (a config file has tens)."""
MAX_DEPTH = 50
"""Levels of nesting a document may have (a config file has three)."""
MAX_FILE_BYTES = 1 << 20
"""The largest settings or theme file read (1 MB; a real one is under 2 KB)."""


class YamlProblem(ValueError):
    """A YAML document or file that cannot be used; the message is one line."""


_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0[0-7_]+
    |[-+]?(?:0|[1-9][0-9_]*)
    |[-+]?0x[0-9a-fA-F_]+)$""",
    re.X,
)
_FLOAT = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
"""PyYAML's own int and float patterns less their sexagesimal forms (1:30)."""


def _resolvers() -> dict[Any, list[tuple[str, re.Pattern[str]]]]:
    """PyYAML's implicit resolvers with YAML 1.2's booleans and no base-60 numbers."""
    import yaml

    replaced = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
    table = {
        first: [(tag, pattern) for tag, pattern in entries if tag not in replaced]
        for first, entries in copy.deepcopy(yaml.SafeLoader.yaml_implicit_resolvers).items()
    }
    for tag, pattern, firsts in (
        ("tag:yaml.org,2002:bool", _BOOL, "tTfF"),
        ("tag:yaml.org,2002:int", _INT, "-+0123456789"),
        ("tag:yaml.org,2002:float", _FLOAT, "-+0123456789."),
    ):
        for first in firsts:
            table.setdefault(first, []).append((tag, pattern))
    return table


@functools.cache
def _loader() -> Any:
    """The loader class, made the first time a document is read (a run with no
    settings file need not import PyYAML)."""
    import yaml

    # libyaml's loader where PyYAML has it: faster, and it bounds nesting in C where
    # the pure Python composer recurses until Python's own limit
    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):
        """The safe loader with the resolvers above and a walk of the node graph
        before any value is built."""

        yaml_implicit_resolvers = _resolvers()
        max_nodes = MAX_NODES
        max_depth = MAX_DEPTH

        def get_single_data(self) -> Any:
            node = self.get_single_node()
            if node is None:
                return None
            _check_bounds(node, self.max_nodes, self.max_depth)
            return self.construct_document(node)

    return Loader


def _check_bounds(root: yaml.Node, max_nodes: int, max_depth: int) -> None:
    """Walk the graph as it would be built (an alias counts as many times as it is
    used), stopping at the first bound crossed: the walk costs at most `max_nodes`."""
    import yaml

    seen = 0
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        seen += 1
        if seen > max_nodes:
            raise YamlProblem(f"more than {max_nodes:,} values once aliases are expanded")
        if depth > max_depth:
            raise YamlProblem(f"nested more than {max_depth} levels deep")
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))


def loads(text: str, *, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH) -> Any:
    """One YAML document as Python data; YamlProblem (one line) when it is not usable."""
    import yaml

    loader = _loader()(text)
    loader.max_nodes, loader.max_depth = max_nodes, max_depth
    try:
        return loader.get_single_data()
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise YamlProblem(f"not valid YAML{where}") from None
    except yaml.YAMLError:
        raise YamlProblem("not valid YAML") from None
    except RecursionError:
        raise YamlProblem(f"nested more than {max_depth} levels deep") from None
    except (ValueError, TypeError, OverflowError) as exc:
        # a value YAML's syntax allows and Python cannot hold: 2025-02-30, a 5,000-digit
        # integer, a timestamp in year 0
        raise YamlProblem(f"not valid YAML ({_one_line(exc)})") from None
    finally:
        loader.dispose()


def read_text(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """A small UTF-8 file's text; YamlProblem when it is not a regular file, is too
    large, or is not UTF-8. FileNotFoundError passes through: the caller decides
    whether a missing file is a problem. A FIFO or /dev/zero is refused, not read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise
    except (OSError, ValueError) as exc:
        raise YamlProblem(f"cannot read ({_reason(exc)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise YamlProblem("is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise YamlProblem("not a regular file")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise YamlProblem(f"cannot read ({_reason(exc)})") from None
    if len(data) > max_bytes:
        raise YamlProblem(f"larger than {max_bytes // 1024:,} KB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise YamlProblem(f"not UTF-8 text (byte {exc.start})") from None


def load_file(path: Path, *, max_bytes: int = MAX_FILE_BYTES, **bounds: int) -> Any:
    """`read_text` then `loads`."""
    return loads(read_text(path, max_bytes=max_bytes), **bounds)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return exc.__class__.__name__


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:80] + "…" if len(text) > 80 else text
