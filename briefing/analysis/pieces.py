"""Long texts parsed in pieces: cut at paragraph breaks, and the pieces' parses joined.

spaCy refuses a text over `nlp.max_length` (1,000,000 characters) and needs about
3.5 KB of memory per character it parses at once (tokens, vectors and parser states
of a whole batch), so a 300,000-character article alone took 1.2 GB. Cut into pieces
of at most PIECE_CHARS, parsed a few at a time, any text parses in bounded memory.
Nothing crosses a paragraph break in a parse (the sentence splitter already starts a
sentence at every line break), so cutting there loses nothing; only a paragraph
longer than a piece is cut at a line break, a sentence end or a space.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.model import Parse

PIECE_CHARS = 25_000
"""The longest piece parsed at once (characters): four times a long news article."""
PIECES_PER_BATCH = 4
"""Pieces per `nlp.pipe` batch: at most 100,000 characters, a few hundred MB, at once."""

_BREAKS = ("\n\n", "\n", ". ", " ")


def piece_bounds(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of `text`, each at most `limit` characters,
    ending after a paragraph break where there is one in the piece's second half,
    else after a line break, a sentence end or a space, else at the limit."""
    bounds = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        for mark in _BREAKS:
            cut = window.rfind(mark)
            if cut >= limit // 2:
                end = start + cut + len(mark)
                break
        else:
            end = start + limit
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def join_parses(parts: Sequence[Parse], offsets: Sequence[int]) -> Parse:
    """One Parse of a text from the parses of its pieces, which start at `offsets`:
    character offsets move by the piece's start, token indices (heads, entities) by
    the tokens before it."""
    if len(parts) == 1 and offsets[0] == 0:
        return parts[0]
    sentences: list[tuple[int, int]] = []
    starts: list[int] = []
    ends: list[int] = []
    heads: list[int] = []
    ents: list[tuple[int, int, str]] = []
    tags: list[str] = []
    pos: list[str] = []
    deps: list[str] = []
    lemmas: list[str] = []
    for part, offset in zip(parts, offsets, strict=True):
        first = len(starts)
        sentences.extend((a + offset, b + offset) for a, b in part.sentences)
        starts.extend(s + offset for s in part.starts)
        ends.extend(e + offset for e in part.ends)
        heads.extend(h + first for h in part.heads)
        ents.extend((a + first, b + first, label) for a, b, label in part.ents)
        tags.extend(part.tags)
        pos.extend(part.pos)
        deps.extend(part.deps)
        lemmas.extend(part.lemmas)
    return Parse(
        sentences=tuple(sentences),
        starts=tuple(starts),
        ends=tuple(ends),
        tags=tuple(tags),
        pos=tuple(pos),
        deps=tuple(deps),
        heads=tuple(heads),
        lemmas=tuple(lemmas),
        ents=tuple(ents),
    )
