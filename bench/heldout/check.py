"""Checks the held-out files: every entity offset, and the layout of every quantity.

    python bench/heldout/check.py

entities.jsonl: unique ids; `body[start:end] == text` for every entity; labels PER, ORG,
LOC or MISC; spans sorted, not overlapping, on word boundaries, without surrounding
spaces or a possessive 's; no title (Mr, President, ...) inside a PER span; 3 to 8
sentences; and every other whole-word occurrence of an annotated name in the same body
is annotated too (or lies inside another annotated name).
quantities.json: 200 sentences; every quantity has the five fields; values are numbers
or ranges "a-b" (low <= high); change is =, ~, up or down; `set` is a known class; every
word of `referred_concepts` occurs in the sentence.
Exits 1 and lists the problems when any check fails.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENTITIES = HERE / "entities.jsonl"
QUANTITIES = HERE / "quantities.json"
LABELS = {"PER", "ORG", "LOC", "MISC"}
TITLES = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|President|Prime Minister|Chancellor|Governor|"
    r"Premier|Professor|Mayor|Senator|Secretary|Minister|King|Queen|Prince|Crown Prince)\b\.?\s"
)
CLASSES = {
    "money", "scale", "percent", "change", "range", "fraction", "negative", "compound",
    "measure", "temperature", "age", "duration", "count", "science", "score", "distractor",
}  # fmt: skip
CHANGES = {"=", "~", "up", "down"}
NAMES_WITH_S = {"McDonald's", "Sainsbury's"}  # the 's is part of the name
FIELDS = ("value", "unit", "normalized_unit", "referred_concepts", "change")


def check_entities(path: Path = ENTITIES) -> list[str]:
    problems: list[str] = []
    ids: Counter[str] = Counter()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        article = json.loads(line)
        aid, body = article["id"], article["body"]
        ids[aid] += 1
        where = f"{aid} (line {n})"
        sentences = len(re.findall(r"[.!?][\"”]?(?:\s|$)", body))
        if not 3 <= sentences <= 8:
            problems.append(f"{where}: {sentences} sentences, not 3 to 8")
        spans = sorted((e["start"], e["end"]) for e in article["entities"])
        for e in article["entities"]:
            s, t, text = e["start"], e["end"], e["text"]
            if body[s:t] != text:
                problems.append(f"{where}: body[{s}:{t}] is {body[s:t]!r}, not {text!r}")
                continue
            if e["label"] not in LABELS:
                problems.append(f"{where}: label {e['label']!r} of {text!r}")
            if text != text.strip() or not text:
                problems.append(f"{where}: spaces around {text!r}")
            if text.endswith(("'s", "’s")) and text not in NAMES_WITH_S:
                problems.append(f"{where}: possessive inside {text!r}")
            if (s > 0 and body[s - 1].isalnum()) or (t < len(body) and body[t].isalnum()):
                problems.append(f"{where}: {text!r} at {s} is not on word boundaries")
            if e["label"] == "PER" and TITLES.match(text):
                problems.append(f"{where}: title inside the PER span {text!r}")
        for (s1, e1), (s2, e2) in itertools.pairwise(spans):
            if s2 < e1:
                problems.append(f"{where}: spans {s1}-{e1} and {s2}-{e2} overlap")
        annotated = set(spans)
        for text in {e["text"] for e in article["entities"]}:
            for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", body):
                inside = any(a <= m.start() and m.end() <= b for a, b in spans)
                if (m.start(), m.end()) not in annotated and not inside:
                    problems.append(f"{where}: {text!r} at {m.start()} is not annotated")
    problems += [f"id {aid} used {k} times" for aid, k in ids.items() if k > 1]
    return problems


def _value_ok(value: str) -> bool:
    number = r"-?\d+(?:\.\d+)?"
    if re.fullmatch(number, value):
        return True
    m = re.fullmatch(rf"({number})-({number})", value)
    return bool(m) and float(m.group(1)) <= float(m.group(2))


def words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", text.lower()))


def check_quantities(path: Path = QUANTITIES) -> list[str]:
    problems: list[str] = []
    items = json.loads(path.read_text(encoding="utf-8"))
    if len(items) != 200:
        problems.append(f"{len(items)} sentences, not 200")
    texts = Counter(item["text"] for item in items)
    problems += [f"sentence twice: {t!r}" for t, k in texts.items() if k > 1]
    for i, item in enumerate(items):
        where = f"sentence {i} ({item['text'][:40]!r})"
        if item.get("set") not in CLASSES:
            problems.append(f"{where}: set {item.get('set')!r}")
        for q in item["quantities"]:
            missing = [f for f in FIELDS if f not in q]
            if missing:
                problems.append(f"{where}: quantity without {missing}")
                continue
            if not _value_ok(q["value"]):
                problems.append(f"{where}: value {q['value']!r}")
            if q["change"] not in CHANGES:
                problems.append(f"{where}: change {q['change']!r}")
            if extra := words(q["referred_concepts"]) - words(item["text"]):
                problems.append(f"{where}: concept words {sorted(extra)} not in the sentence")
    return problems


def main() -> int:
    problems = check_entities() + check_quantities()
    for p in problems:
        print(p)
    articles = [json.loads(line) for line in ENTITIES.read_text(encoding="utf-8").splitlines()]
    labels = Counter(e["label"] for a in articles for e in a["entities"])
    items = json.loads(QUANTITIES.read_text(encoding="utf-8"))
    print(
        f"{len(articles)} articles, entities {dict(sorted(labels.items()))}; "
        f"{len(items)} sentences, {sum(len(i['quantities']) for i in items)} quantities; "
        f"{len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
