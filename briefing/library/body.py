"""An article's body and title as text: normalised once, so every offset indexes it.

The body is the string every character offset of an analysis indexes, and its hash
is the article's id, so it is normalised the same way whatever the file's format.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from briefing.text_safety import ESCAPE_SEQUENCE

MAX_ARTICLE_CHARS = 200_000
"""The longest body read (characters): a longer text is cut at a paragraph break
before it, with a problem saying so. 200,000 characters are some 35,000 words, past
the longest long-read; they take about half a minute to analyse on two cores. Every
stage is linear in the text and the parse runs in pieces (analysis/pieces.py), so a
higher limit costs time (a minute per million characters), not unbounded memory."""
CHARS_PER_TOKEN = 4
"""A body is also cut at a quarter as many tokens as characters (prose has some 4.5
characters a token): parsing costs time and memory by the token, and 200,000
characters of "x\\n" are 200,000 tokens."""

_TOKEN = re.compile(r"\w+|[^\w ]")
"""A token as a tokenizer cuts it, near enough (never fewer): a word, a punctuation
mark, a line break."""


def token_offset(text: str, n: int, start: int = 0) -> int | None:
    """Where the n-th token (from 0) at or after `start` begins; None if there are
    not that many."""
    for i, found in enumerate(_TOKEN.finditer(text, start)):
        if i == n:
            return found.start()
    return None


_ANY_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 controls (but line breaks and tabs) and the bidi embeddings, overrides and
isolates, which make text display in another order than it reads ("Trojan source");
the bidi marks (U+200E, U+200F) and zero-width joiners that scripts need are kept."""
_SURROGATE = re.compile(r"[\ud800-\udfff]")
"""A lone surrogate (from a JSON or YAML escape) cannot be written as UTF-8."""


_SPACE_SEPARATORS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
"""Unicode's space separators but the plain space (category Zs): the no-break, thin,
narrow no-break and figure spaces that typeset news puts in "£450 million", "12 %" and
"1 000". The parser takes each for a word of its own, so a scale word after one was
lost ("£450" for £450 million); a terminal shows them as spaces anyway."""
_PLAIN_SPACES = str.maketrans(dict.fromkeys(_SPACE_SEPARATORS, " "))


def plain_spaces(text: str) -> str:
    """`text` with every space separator a plain space (one character for one, so every
    offset stays where it was)."""
    return text.translate(_PLAIN_SPACES)


_TRAILING_SPACE = re.compile(r"[^\S\n](?=\n|\Z)")
"""White space (what str.rstrip strips, but a line break) that ends a line."""


def normalise_body(text: str) -> str:
    """NFC, "\\n" line endings, no control characters, bidi overrides, escape sequences
    or lone surrogates, tabs and other spaces as plain spaces, trailing spaces off each
    line, surrounding white space stripped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ANY_CONTROL.search(text):  # the full patterns are slow; most articles have none
        text = _CONTROL.sub("", ESCAPE_SEQUENCE.sub("", text))
        text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    text = plain_spaces(text.replace("\t", " "))
    if _TRAILING_SPACE.search(text):  # most texts have none: no need to split them
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    if "\n\n\n" in text:
        text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def article_id(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def body_limit(body: str, max_chars: int) -> int:
    """How much of `body` may be read: `max_chars` characters, and no more than a
    CHARS_PER_TOKEN-th as many tokens."""
    tokens = max_chars // CHARS_PER_TOKEN
    if len(body) <= tokens:  # a token is at least one character
        return max_chars
    at = token_offset(body, tokens)
    return max_chars if at is None else min(max_chars, at)


def clip_body(body: str, limit: int) -> str:
    """The longest start of `body` of at most `limit` characters that ends at a
    paragraph break, else a line break, else a space (a word is never cut unless the
    text has no space at all)."""
    if len(body) <= limit:
        return body
    head = body[: limit + 1]
    for mark in ("\n\n", "\n", " "):
        cut = head.rfind(mark)
        if cut > limit // 2:
            return body[:cut].rstrip()
    return body[:limit]


def split_title(text: str) -> tuple[str | None, str]:
    """A short first line followed by a blank line is a title ("Title\\n\\nBody")."""
    first, sep, rest = text.partition("\n")
    short = 0 < len(first.strip()) <= 120
    headline_like = not first.rstrip().endswith((".", ":", ";", ",")) or len(first) < 60
    if sep and rest.startswith("\n") and short and headline_like and rest.strip():
        return first.strip(), rest.strip()
    return None, text


def title_from_body(body: str, limit: int = 80) -> str:
    """The first sentence, clipped at a word boundary with "…" when long."""
    first_line = body[:2000].split("\n", 1)[0]
    match = re.match(r"(.+?[.!?])(?:\s|$)", first_line)
    sentence = (match.group(1) if match else first_line).strip()
    if len(sentence) <= limit:
        return sentence
    clipped = sentence[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return clipped + "…"
