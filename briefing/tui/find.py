"""Finding words in an article: the matches' offsets, and stepping through them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Find:
    """What was looked for in one article and where it is (case does not matter)."""

    query: str
    article_id: str
    matches: tuple[tuple[int, int], ...]
    current: int = 0

    @classmethod
    def of(cls, query: str, article_id: str, text: str, after: int = 0) -> Find:
        """Every match of `query` in `text`, the current one the first at or after
        `after` (the place the reader is at), else the first."""
        needle, haystack = query.casefold(), text.casefold()
        matches: list[tuple[int, int]] = []
        if needle and len(haystack) == len(text):  # casefold kept the offsets
            start = haystack.find(needle)
            while start >= 0:
                matches.append((start, start + len(needle)))
                start = haystack.find(needle, start + len(needle))
        elif needle:  # a few letters fold to two ("ß"): match letter case only
            lowered = text.lower()
            start = lowered.find(query.lower())
            while start >= 0:
                matches.append((start, start + len(query)))
                start = lowered.find(query.lower(), start + len(query))
        current = next((i for i, (s, _) in enumerate(matches) if s >= after), 0)
        return cls(query, article_id, tuple(matches), current)

    def step(self, by: int) -> Find:
        if not self.matches:
            return self
        return Find(
            self.query, self.article_id, self.matches, (self.current + by) % len(self.matches)
        )

    @property
    def span(self) -> tuple[int, int] | None:
        return self.matches[self.current] if self.matches else None

    def describe(self) -> str:
        """ "“Putin” 2 of 7", or "“Putin” not found"."""
        if not self.matches:
            return f"“{self.query}” not found"
        return f"“{self.query}” {self.current + 1} of {len(self.matches)}"
