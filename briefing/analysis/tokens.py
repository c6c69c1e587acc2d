"""A token view of the stored parse: spaCy's `Token` and `Span` without spaCy.

The parse stage stores its tokens as parallel columns (see model.Parse), which is
compact and cheap to cache but awkward to write rules against: a rule that asks
"is this number's head a plural noun?" should read `tok.head.tag == "NNS"`, not
`parse.tags[parse.heads[t]]`. `Doc` wraps one article's body and parse and hands out
light `Token` and `Span` objects with the attributes spaCy's own heuristics use
(`.head`, `.dep`, `.children`, `.subtree`, `.left_edge`, `.nbor()`), so the
entity and figure rules read like English and never index arrays by hand.

Nothing here imports spaCy. Tokens are created on demand (two slots each); a Doc
computes each token's children once, on first use.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from briefing.analysis.model import Parse


class Doc:
    """One article's body and its stored parse, seen as tokens."""

    def __init__(self, body: str, parse: Parse) -> None:
        self.body = body
        self.parse = parse
        self._len = len(parse)

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i: int) -> Token:
        if not 0 <= i < self._len:
            raise IndexError(i)
        return Token(self, i)

    def __iter__(self) -> Iterator[Token]:
        return (Token(self, i) for i in range(self._len))

    def get(self, i: int) -> Token | None:
        """Token `i`, or None past either end (for rules that look around a word)."""
        return Token(self, i) if 0 <= i < self._len else None

    @cached_property
    def texts(self) -> list[str]:
        """Each token's text, cut from the body once: the rules ask for a token's text
        or lower case some ten times a token, and each asking cut it again."""
        body = self.body
        return [body[a:b] for a, b in zip(self.parse.starts, self.parse.ends, strict=True)]

    @cached_property
    def lowers(self) -> list[str]:
        """Each token's text in lower case (see `texts`)."""
        return [t.lower() for t in self.texts]

    def span(self, start: int, end: int, label: str = "") -> Span:
        """Tokens [start, end) as a Span."""
        return Span(self, start, end, label)

    def text(self, start: int, end: int) -> str:
        """The body text of tokens [start, end), as written."""
        return self.body[self.parse.starts[start] : self.parse.ends[end - 1]]

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """Every entity spaCy found (numeric labels included), in text order."""
        return tuple(Span(self, f, la, label) for f, la, label in self.parse.ents)

    @cached_property
    def sents(self) -> tuple[Span, ...]:
        """The sentences, as token spans."""
        out = []
        for i in range(len(self.parse.sentences)):
            tokens = self.parse.sentence_tokens(i)
            out.append(Span(self, tokens.start, tokens.stop))
        return tuple(out)

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Every word the article writes in lower case: evidence that a capitalised
        word is an ordinary one ("Defense Contact Group") rather than a name."""
        return frozenset(
            w
            for t in range(len(self.parse))
            if (w := self.parse.token_text(self.body, t)).islower()
        )

    @cached_property
    def breaks_after(self) -> frozenset[int]:
        """The tokens a line break follows (in the gap after them or in their own
        text): where a wire story's datelines, result lines and headings end."""
        body, starts, ends = self.body, self.parse.starts, self.parse.ends
        n = len(self.parse)
        out = set()
        for i in range(n):
            gap_end = starts[i + 1] if i + 1 < n else ends[i]
            if "\n" in body[starts[i] : gap_end]:
                out.add(i)
        return frozenset(out)

    @cached_property
    def lines(self) -> tuple[tuple[int, ...], ...]:
        """The article's lines as runs of token indices, white space left out."""
        body, starts, ends = self.body, self.parse.starts, self.parse.ends
        breaks = self.breaks_after
        lines: list[tuple[int, ...]] = []
        line: list[int] = []
        for i in range(len(self.parse)):
            if not body[starts[i] : ends[i]].isspace():
                line.append(i)
            if i in breaks and line:
                lines.append(tuple(line))
                line = []
        if line:
            lines.append(tuple(line))
        return tuple(lines)

    @cached_property
    def heads(self) -> tuple[int, ...]:
        """Each token's head, on its own line. The small model now and then hangs a word
        on one past a line break ("any fee over £35m." + a new paragraph + "Parry's
        statements", the figure read as modifying "statements"), though no sentence of
        news runs on over a line break; a token whose head is on another line is the
        root of its own."""
        heads = self.parse.heads
        breaks = self.breaks_after
        if not breaks:
            return heads
        line: list[int] = []
        n = 0
        for i in range(len(heads)):
            line.append(n)
            if i in breaks:
                n += 1
        return tuple(
            h if 0 <= h < len(heads) and line[h] == line[t] else t for t, h in enumerate(heads)
        )

    @cached_property
    def _children(self) -> tuple[tuple[int, ...], ...]:
        kids: list[list[int]] = [[] for _ in range(len(self.parse))]
        for t, h in enumerate(self.heads):
            if h != t and 0 <= h < len(kids):
                kids[h].append(t)
        return tuple(tuple(k) for k in kids)


class Token:
    """One token of a Doc, by index. Compare tokens by `.i` within one Doc."""

    __slots__ = ("doc", "i")

    def __init__(self, doc: Doc, i: int) -> None:
        self.doc = doc
        self.i = i

    def __repr__(self) -> str:
        return f"Token({self.i}, {self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and other.i == self.i and other.doc is self.doc

    def __hash__(self) -> int:
        return self.i

    # -- the stored columns --------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.doc.texts[self.i]

    @property
    def lower(self) -> str:
        return self.doc.lowers[self.i]

    @property
    def tag(self) -> str:
        return self.doc.parse.tags[self.i]

    @property
    def pos(self) -> str:
        return self.doc.parse.pos[self.i]

    @property
    def dep(self) -> str:
        return self.doc.parse.deps[self.i]

    @property
    def lemma(self) -> str:
        return self.doc.parse.lemmas[self.i]

    @property
    def idx(self) -> int:
        """Character offset of the token's start in the body."""
        return self.doc.parse.starts[self.i]

    @property
    def end_char(self) -> int:
        return self.doc.parse.ends[self.i]

    # -- the tree ------------------------------------------------------------------------
    @property
    def head(self) -> Token:
        """The syntactic head (the token itself for a sentence root)."""
        return Token(self.doc, self.doc.heads[self.i])

    @property
    def is_root(self) -> bool:
        return self.doc.heads[self.i] == self.i

    @property
    def children(self) -> tuple[Token, ...]:
        return tuple(Token(self.doc, c) for c in self.doc._children[self.i])

    @property
    def lefts(self) -> tuple[Token, ...]:
        return tuple(c for c in self.children if c.i < self.i)

    @property
    def rights(self) -> tuple[Token, ...]:
        return tuple(c for c in self.children if c.i > self.i)

    def child(self, *deps: str) -> Token | None:
        """The first child with one of these dependency labels."""
        return next((c for c in self.children if c.dep in deps), None)

    @property
    def subtree(self) -> tuple[Token, ...]:
        """The token and every descendant, in text order."""
        seen = {self.i}
        todo = [self.i]
        kids = self.doc._children
        while todo:
            for c in kids[todo.pop()]:
                if c not in seen:
                    seen.add(c)
                    todo.append(c)
        return tuple(Token(self.doc, t) for t in sorted(seen))

    @property
    def left_edge(self) -> Token:
        return self.subtree[0]

    @property
    def right_edge(self) -> Token:
        return self.subtree[-1]

    @property
    def ancestors(self) -> Iterator[Token]:
        """Head, head's head, … up to the root (bounded, for a malformed parse)."""
        t, seen = self, 0
        while not t.is_root and seen < len(self.doc):
            t, seen = t.head, seen + 1
            yield t

    # -- around the token ----------------------------------------------------------------
    def nbor(self, offset: int = 1) -> Token | None:
        """The token `offset` places away, or None past the ends."""
        return self.doc.get(self.i + offset)

    @property
    def sent(self) -> int:
        """The index of the sentence that holds the token."""
        return self.doc.parse.sentence_of_token(self.i)

    @property
    def space_before(self) -> bool:
        """Whether white space separates the token from the one before it."""
        return self.i > 0 and self.doc.parse.starts[self.i] > self.doc.parse.ends[self.i - 1]

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()

    @property
    def like_num(self) -> bool:
        return any(c.isdigit() for c in self.text)


class Span:
    """Tokens [start, end) of a Doc, with an optional label (an entity's)."""

    __slots__ = ("doc", "end", "label", "start")

    def __init__(self, doc: Doc, start: int, end: int, label: str = "") -> None:
        self.doc = doc
        self.start = start
        self.end = end
        self.label = label

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end}, {self.label!r}, {self.text!r})"

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[Token]:
        return (Token(self.doc, t) for t in range(self.start, self.end))

    def __getitem__(self, k: int) -> Token:
        i = self.start + k if k >= 0 else self.end + k
        if not self.start <= i < self.end:
            raise IndexError(k)
        return Token(self.doc, i)

    def __contains__(self, tok: object) -> bool:
        return isinstance(tok, Token) and self.start <= tok.i < self.end

    @property
    def text(self) -> str:
        return self.doc.text(self.start, self.end) if self.end > self.start else ""

    @property
    def start_char(self) -> int:
        return self.doc.parse.starts[self.start]

    @property
    def end_char(self) -> int:
        return self.doc.parse.ends[self.end - 1]

    @property
    def root(self) -> Token:
        """The span's token whose head lies outside it (the last one if none does)."""
        heads = self.doc.heads
        for t in range(self.start, self.end):
            if not self.start <= heads[t] < self.end or heads[t] == t:
                return Token(self.doc, t)
        return Token(self.doc, self.end - 1)

    @property
    def words(self) -> list[str]:
        """The lower-case text of each token."""
        return [t.lower for t in self]
