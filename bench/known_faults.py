"""The faults a new user found in the facts layer, looked for again over every
development article and the seeds.

    python bench/known_faults.py [--data DIR]

Each check is a class of fault, not one sentence: it scans the figures and names of
all BBC and CNN/DailyMail development articles (and the two seeds) for any instance of
the class ("a sum written with m whose value lost the million", "a film's title read as
a sum") and prints each check with the number found and up to three examples. It
exits 1 when any fault is found, 0 when none is, and skips cleanly without the data.
Names are checked as the brief shows them: harmonised across the whole set of articles
(a library), so that aliases ("US", "U.S.", "United States") must meet as one name.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from audit import articles  # noqa: E402
from devdata import DEFAULT_DATA, parse_all  # noqa: E402

from briefing.analysis.consistency import LibraryLabels  # noqa: E402
from briefing.analysis.entities import extract_entities  # noqa: E402
from briefing.analysis.figures import extract_figures  # noqa: E402
from briefing.analysis.model import PLACE_LABELS, Entities, Figure  # noqa: E402
from briefing.brief.news import merge_targets  # noqa: E402


@dataclass(frozen=True)
class Read:
    """One article as the checks see it."""

    source: str
    body: str
    figures: tuple[Figure, ...]
    entities: Entities


Found = Iterable[str]
CHECKS: list[tuple[str, Callable[[Read], Found]]] = []


def check(title: str) -> Callable[[Callable[[Read], Found]], Callable[[Read], Found]]:
    def register(fn: Callable[[Read], Found]) -> Callable[[Read], Found]:
        CHECKS.append((title, fn))
        return fn

    return register


def _near(r: Read, f: Figure, width: int = 30) -> str:
    return " ".join(r.body[max(0, f.start - width) : f.end + width].split())


_SCALED = re.compile(r"(?i)\d(?:[\d,.]*)\s?(m|mn|bn|million|billion)\b")


@check("a sum written with a scale word or letter read without it (£6m as £6)")
def scale_lost(r: Read) -> Found:
    for f in r.figures:
        if f.kind == "money" and _SCALED.search(f.text):
            low = min(f.value) if isinstance(f.value, tuple) else f.value
            if abs(low) < 1e5:
                yield f"{f.text!r} = {f.value} in …{_near(r, f)}…"


@check('a change read as a range ("increased by 296,000 to 28.52 million")')
def change_as_range(r: Read) -> Found:
    for f in r.figures:
        if isinstance(f.value, tuple) and re.search(r"(?i)\bby\b.*\bto\b", f.text):
            yield f"{f.text!r} = {f.value}"


_WORK_WORDS = re.compile(
    r"Million Dollar Baby|Six Feet Under|\d+(?:\.\d+)?G\b|\d+(?:st|nd|rd|th) [Cc]entury"
)


@check("a title, a name or a code read as a figure (Million Dollar Baby, 2.5G, 19th Century)")
def name_as_figure(r: Read) -> Found:
    for m in _WORK_WORDS.finditer(r.body):
        for f in r.figures:
            if f.start < m.end() and m.start() < f.end:
                yield f"{f.text!r} in {m[0]!r}"


@check('a number to call or a vague size read as an amount ("a 911 call", multi-million)')
def call_or_vague(r: Read) -> Found:
    for f in r.figures:
        after = r.body[f.end : f.end + 8].lower()
        before = r.body[max(0, f.start - 7) : f.start].lower()
        if re.fullmatch(r"9\d\d|999|112", f.text) and after.lstrip().startswith("call"):
            yield f"{f.text!r} {after!r}"
        if "multi" in before or f.text.lower().startswith("multi"):
            yield f"{before + f.text!r}"


@check('a score read as a range ("won 1-0" as 1 to 0)')
def score_as_range(r: Read) -> Found:
    for f in r.figures:
        if (
            isinstance(f.value, tuple)
            and f.value[0] > f.value[1]
            and re.fullmatch(r"\d{1,3}\s?[-–]\s?\d{1,3}", f.text)
        ):
            yield f"{f.text!r} = {f.value}"


@check('a ratio read as a count ("One in five workers" as 5 workers)')
def ratio_as_count(r: Read) -> Found:
    for f in r.figures:
        ratio = re.search(r"(?i)\b(?:one|\d+) in (?:five|four|ten|three|\d+)\b", f.text)
        if ratio and f.unit != "fraction" and f.kind == "count":
            yield f"{f.text!r} = {f.value} {f.unit}"


@check('a race distance read as a count ("the 200m", "60m hurdles")')
def distance_as_count(r: Read) -> Found:
    for f in r.figures:
        after = r.body[f.end : f.end + 12].lower()
        race = re.match(r"\s*(?:hurdles|final|freestyle|title|race|relay|sprint|heat)", after)
        if re.fullmatch(r"[\d,]+m", f.text) and race and (f.kind == "count" or f.unit != "m"):
            yield f"{f.text!r} = {f.value} {f.unit} ({f.kind})"


@check('a context that says nothing ("to be", "it up", a verb alone)')
def empty_context(r: Read) -> Found:
    for f in r.figures:
        words = f.context.split()
        if not words:
            continue
        if words[0].lower() in ("to", "it", "be", "was", "is") and len(words) <= 3:
            yield f"{f.text!r} — {f.context!r}"


_NOT_PEOPLE = ("Blackberry", "BlackBerry", "Bertelsmann", "Manchester United")


@check("a company read as a person (Blackberry, Bertelsmann, Manchester United)")
def company_as_person(r: Read) -> Found:
    for e in r.entities.canonical:
        if e.label == "PERSON" and e.name in _NOT_PEOPLE:
            yield e.name


@check("a person read as a place (Romelu Lukaku, Claudia)")
def person_as_place(r: Read) -> Found:
    for e in r.entities.canonical:
        if e.label in ("GPE", "LOC") and e.name in ("Romelu Lukaku", "Claudia", "Lukaku"):
            yield e.name


@check("a name split in pieces or run across a line break")
def split_or_broken(r: Read) -> Found:
    for m in r.entities.mentions:
        if "\n" in m.text:
            yield repr(m.text)
    if "Centers for Disease Control and Prevention" in r.body:
        names = {e.name for e in r.entities.canonical}
        if "Centers for Disease Control and Prevention" not in names:
            yield "Centers for Disease Control and Prevention split"


_TITLES = re.compile(r"^(?:Producer|Director|Actor|Actress|Singer|Striker|Coach) [A-Z]")


@check('a job title glued to a person\'s name ("Producer Mel Gibson")')
def title_glued(r: Read) -> Found:
    for e in r.entities.canonical:
        if e.label == "PERSON" and _TITLES.match(e.name):
            yield e.name


@check('a surname not merged with the full name ("Hernandez Soriano")')
def surname_unmerged(r: Read) -> Found:
    people = {e.name for e in r.entities.canonical if e.label == "PERSON"}
    target = merge_targets("people", people)
    for short in people:
        for full in people:
            if full.endswith(" " + short) and target[full] != target[short]:
                yield f"{short!r} beside {full!r}"


_US = {"US", "U.S.", "USA", "U.S.A.", "United States", "America", "the United States"}


def us_apart(reads: Sequence[Read]) -> Found:
    """Across the library, as the brief merges places: the United States under more
    than one name."""
    places = {e.name for r in reads for e in r.entities.canonical if e.label in PLACE_LABELS}
    target = merge_targets("places", places)
    shown = {target[name] for name in places & _US}
    if len(shown) > 1:
        yield " / ".join(sorted(shown))


LIBRARY_CHECKS: list[tuple[str, Callable[[Sequence[Read]], Found]]] = [
    ("the United States under several names across the library", us_apart),
]
"""Checks over the whole set of articles at once, as a brief reads them."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no development data at {args.data}: nothing to check")
        return 0
    texts = [(source, body, parse) for source, _title, body, parse in articles(args.data)]
    seeds = sorted(p for p in (HERE.parent / "seeds").iterdir() if p.is_file())
    if seeds:
        from briefing.library import load_library

        library = load_library(seeds)
        bodies = [a.body for a in library.articles]
        for article, parse in zip(library.articles, parse_all(bodies), strict=True):
            texts.append((f"seed {article.id[:8]}", article.body, parse))
    found = [extract_entities(body, parse) for _source, body, parse in texts]
    labels = LibraryLabels()
    for (source, _body, _parse), entities in zip(texts, found, strict=True):
        labels.add_names(source, entities)
    reads = [
        Read(source, body, extract_figures(body, parse), labels.relabelled(source, entities))
        for (source, body, parse), entities in zip(texts, found, strict=True)
    ]
    faults = 0
    print(f"{len(reads)} articles ({len(seeds)} seeds)\n")
    found_hits = [
        (title, [f"{r.source}: {hit}" for r in reads for hit in fn(r)]) for title, fn in CHECKS
    ]
    found_hits += [(title, list(fn(reads))) for title, fn in LIBRARY_CHECKS]
    for title, hits in found_hits:
        faults += len(hits)
        print(f"{'none' if not hits else len(hits):>5}  {title}")
        for hit in hits[:3]:
            print(f"         {hit}")
    print(f"\n{faults} fault(s) found")
    return 1 if faults else 0


if __name__ == "__main__":
    raise SystemExit(main())
