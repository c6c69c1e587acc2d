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
from briefing.library.body import token_offset

PIECE_CHARS = 25_000
"""The longest piece parsed at once (characters): four times a long news article."""
PIECE_TOKENS = 5_000
"""The most tokens in a piece: spaCy's memory goes by the token (some 17 KB each
while a batch is parsed), and 25,000 characters of "x\\n" are 25,000 tokens."""
BATCH_CHARS = 10_000
"""The characters of one `nlp.pipe` batch, about four news articles. A parse's peak
memory was the model's 155 MB and 30 MB more (65 MB at 20,000, 175 MB at 50,000, for
about the same CPU time), and a worker running the stages too peaked at 275 MB with
batches of 20,000: two of them and the parent were over 600 MB."""
BATCH_PIECES = 64
"""The most pieces in one batch (short texts)."""

_BREAKS = ("\n\n", "\n", ". ", " ")


def piece_bounds(
    text: str, limit: int = PIECE_CHARS, tokens: int = PIECE_TOKENS
) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of `text`, each at most `limit` characters
    and `tokens` tokens (as library.body counts them), ending after a paragraph break
    where there is one in the piece's second half, else after a line break, a sentence
    end or a space, else at the limit."""
    bounds = []
    start = 0
    while True:
        size = min(limit, len(text) - start)
        if size > tokens:  # a token is at least a character: only then can they be over
            at = token_offset(text, tokens, start)
            size = size if at is None else max(1, min(size, at - start))
        if start + size >= len(text):
            break
        window = text[start : start + size]
        for mark in _BREAKS:
            cut = window.rfind(mark)
            if cut >= size // 2:
                size = cut + len(mark)
                break
        bounds.append((start, start + size))
        start += size
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
