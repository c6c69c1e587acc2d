"""What the reader draws, as the rows of text a person sees (read from the SVG screenshot)."""

from __future__ import annotations

import html
import re
from collections import defaultdict

CELL_WIDTH = 12.2
"""The width of one terminal cell in Textual's SVG screenshots."""

_TEXT = re.compile(r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>')


def screen_lines(app) -> list[str]:
    """Every row of the screen as plain text, each character in its own column."""
    rows: dict[float, dict[int, str]] = defaultdict(dict)
    for x, y, content in _TEXT.findall(app.export_screenshot()):
        column = round(float(x) / CELL_WIDTH)
        for offset, char in enumerate(html.unescape(content).replace("\xa0", " ")):
            rows[float(y)][column + offset] = char
    lines = []
    for y in sorted(rows):
        cells = rows[y]
        lines.append("".join(cells.get(i, " ") for i in range(max(cells) + 1)).rstrip())
    return lines


def screen_text(app) -> str:
    """The whole screen as text, one line per row."""
    return "\n".join(screen_lines(app))
