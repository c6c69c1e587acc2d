"""What the evaluation scripts share: the development data, its cached parses, the scores.

The data lives in ../shared/data (see its README); parses are cached under bench/.cache
by model and texts. Every score is also given for two fixed halves of each file (even
and odd indices, "half A" and "half B"), so a rule that fits one half only shows.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import dataclass
from pathlib import Path

from briefing.analysis.model import Parse
from briefing.analysis.nlp import parse_texts, resolve_model
from briefing.library import plain_spaces

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[1] / "shared" / "data"
PARTS = ("all", "half A", "half B")


def parse_all(texts: list[str]) -> list[Parse]:
    """Parses of `texts`, from bench/.cache when this model has parsed them before. Each
    is parsed with its spaces plain, as the library's bodies are (one character for one:
    the offsets index the text as given)."""
    model = resolve_model()
    texts = [plain_spaces(t) for t in texts]
    digest = hashlib.sha256((model.key + "\0".join(texts)).encode()).hexdigest()[:16]
    path = HERE / ".cache" / f"parses-{digest}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    parses = list(parse_texts(model, texts))
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(pickle.dumps(parses))
    return parses


def load_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def bbc_title_body(article: str) -> tuple[str, str]:
    """A BBC News Summary `article` is its title line, a blank line, then the body."""
    if "\n\n" not in article:
        return "", article
    title, body = article.split("\n\n", 1)
    return title.strip(), body.strip()


def parts(index: int) -> tuple[str, str]:
    """The parts an item of a file counts in: all, and its half (even A, odd B)."""
    return "all", "half A" if index % 2 == 0 else "half B"


@dataclass
class Counts:
    """True positives, false positives and false negatives, summed."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1, in percent (0 when undefined)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f


def percent(part: int, whole: int) -> float:
    return 100 * part / whole if whole else 0.0
