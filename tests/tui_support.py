"""Helpers for the reader's tests: what the reader draws, as the rows of text a person
sees (read from the SVG screenshot), contrast of drawn colours, and a warm cache."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import replace

from briefing.analysis.pipeline import Analyzer
from briefing.cache import Cache
from briefing.config import load_settings
from briefing.library import load_library

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


def widget_lines(app, selector: str, *, border: bool = False) -> list[str]:
    """The rows a widget's content covers on the screen, cut to its columns (with
    `border`, its whole region: its rules and border titles too)."""
    widget = app.screen.query_one(selector)
    region = widget.region if border else widget.content_region
    lines = screen_lines(app)
    rows = lines[region.y : region.y + region.height]
    return [row[region.x : region.x + region.width].ljust(region.width) for row in rows]


def folded(text: str) -> str:
    """White space folded to single spaces (wrapped lines joined)."""
    return " ".join(text.split())


def contrast(foreground, background) -> float:
    """The WCAG contrast ratio of two rich Colors (1 to 21)."""

    def luminance(color) -> float:
        channels = []
        for value in color.get_truecolor():
            c = value / 255
            channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def warm_settings(tmp_path_factory):
    """Settings whose cache already holds the seeds' analyses (for a module fixture)."""
    cache = tmp_path_factory.mktemp("tui-cache")
    settings = replace(load_settings(), cache_dir=cache)
    Analyzer.from_settings(settings, Cache(cache)).analyze(load_library(None).articles)
    return settings


def make_app(settings, state_dir, library=None):
    """The reader on the bundled seeds (or `library`), its state kept in `state_dir`."""
    from briefing.state import ReaderState
    from briefing.tui.app import BriefingApp

    return BriefingApp(library or load_library(None), settings, state=ReaderState(state_dir))


class _FailingAnalyzer(Analyzer):
    def analyze(self, articles, options=None, **kwargs):
        raise RuntimeError("the model fell over")


def reader_whose_analysis_fails(tmp_path):
    """The reader on one article, with an analyzer that raises "the model fell over"."""
    from briefing.tui.app import BriefingApp

    article = tmp_path / "news.txt"
    article.write_text("Rates\n\nThe bank raised rates by 0.5 points on Monday.", encoding="utf-8")
    settings = replace(load_settings(), cache_dir=tmp_path / "cache")
    failing = _FailingAnalyzer.from_settings(settings)
    return BriefingApp(load_library([article]), settings, analyzer=failing)
