"""Entity quality on the CoNLL-2003 development articles (conll2003-dev.jsonl).

Our mentions (extract_entities) and spaCy's own spans (parse.ents) are scored side by
side, for all articles and for half A / half B (even / odd indices). Labels map
PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC; every other label, and gold MISC, is left out.
- exact-span micro precision/recall/F1 over PER, ORG and LOC, and per label: a span
  counts when its start, end and mapped label all equal a gold span's;
- label right where the span is right: among gold spans whose start and end equal one
  of the system's spans (of any label), the share whose mapped label is the gold label.
The misses (ours only) are grouped by kind, commonest first: wrong label (gold → our
label, span exact), boundary (overlaps a gold span, none exact), missed (no overlap),
spurious (a scored span that overlaps no gold PER/ORG/LOC span; noted when it overlaps a
gold MISC span); then the gold spans spaCy alone got right that we did not.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from devdata import PARTS, Counts, load_jsonl, parse_all, parts, percent

from briefing.analysis.model import Parse

CONLL = "conll2003-dev.jsonl"
LABELS = ("PER", "ORG", "LOC")
CONLL_LABEL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
Span = tuple[int, int, str]  # start, end (characters), label


def ours(body: str, parse: Parse) -> list[Span]:
    from briefing.analysis.entities import extract_entities

    return sorted({(m.start, m.end, m.label) for m in extract_entities(body, parse).mentions})


def spacy(body: str, parse: Parse) -> list[Span]:
    return sorted({(parse.starts[a], parse.ends[b - 1], label) for a, b, label in parse.ents})


SYSTEMS = {"ours": ours, "spaCy": spacy}


def scored(spans: list[Span]) -> set[Span]:
    """The spans with a CoNLL label, labelled as CoNLL does."""
    return {(s, e, CONLL_LABEL[label]) for s, e, label in spans if label in CONLL_LABEL}


def gold_spans(article: dict) -> set[Span]:
    return {(g["start"], g["end"], g["label"]) for g in article["entities"] if g["label"] in LABELS}


def score(articles: list[dict], spans: list[list[Span]]) -> dict[tuple[str, str], Counts]:
    """(row, part) → counts; rows are 'micro', each label, and 'label right' (tp: right
    label, fn: wrong label, among gold spans matched exactly by a span of any label)."""
    table: dict[tuple[str, str], Counts] = defaultdict(Counts)
    for index, (article, found) in enumerate(zip(articles, spans, strict=True)):
        gold, mine = gold_spans(article), scored(found)
        by_span = {(s, e): CONLL_LABEL.get(label) for s, e, label in found}
        for part in parts(index):
            for label in LABELS:
                g = {x for x in gold if x[2] == label}
                m = {x for x in mine if x[2] == label}
                table[label, part].add(len(g & m), len(m - g), len(g - m))
            table["micro", part].add(len(gold & mine), len(mine - gold), len(gold - mine))
            exact = [by_span[s, e] == label for s, e, label in gold if (s, e) in by_span]
            table["label right", part].add(sum(exact), 0, len(exact) - sum(exact))
    return table


def print_conll(data: Path, misses: bool = False) -> None:
    path = data / CONLL
    if not path.exists():
        print(f"no {CONLL} in {data}: skipped")
        return
    articles = load_jsonl(path)
    parses = parse_all([a["body"] for a in articles])
    spans = {
        name: [system(a["body"], p) for a, p in zip(articles, parses, strict=True)]
        for name, system in SYSTEMS.items()
    }
    tables = {name: score(articles, found) for name, found in spans.items()}
    print("| CoNLL-2003 dev, exact spans | part | gold | ours P | R | F1 | spaCy P | R | F1 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for row in ("micro", *LABELS):
        for part in PARTS:
            cells = [tables[name][row, part] for name in SYSTEMS]
            scores = " | ".join(f"{x:.1f}" for c in cells for x in c.prf())
            print(f"| {row} | {part} | {cells[0].tp + cells[0].fn} | {scores} |")
    print()
    print(
        "| label right where the span is right | part | ours: exact | right % | spaCy: exact | right % |"
    )
    print("|---|---|---:|---:|---:|---:|")
    for part in PARTS:
        cells = [tables[name]["label right", part] for name in SYSTEMS]
        row = " | ".join(f"{c.tp + c.fn} | {percent(c.tp, c.tp + c.fn):.1f}" for c in cells)
        print(f"| PER/ORG/LOC | {part} | {row} |")
    print()
    if misses:
        print_errors(articles, spans["ours"], spans["spaCy"])


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def print_errors(
    articles: list[dict], spans: list[list[Span]], reference: list[list[Span]], top: int = 12
) -> None:
    """Our errors by kind and class, commonest first, with the commonest texts of each;
    last, the gold spans `reference` (spaCy) got right and we did not, by our error."""
    errors: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for article, found, ref in zip(articles, spans, reference, strict=True):
        body = article["body"]
        gold = sorted(gold_spans(article))
        misc = [(g["start"], g["end"], "MISC") for g in article["entities"] if g["label"] == "MISC"]
        labels = {(s, e): label for s, e, label in found}
        ref_right = scored(ref)
        for g in gold:
            text = _flat(body[g[0] : g[1]])
            if (g[0], g[1]) in labels:
                label = labels[g[0], g[1]]
                if CONLL_LABEL.get(label) == g[2]:
                    continue
                kind, name, example = "wrong label", f"{g[2]} → {label}", text
            elif near := [f for f in found if _overlaps(f, g)]:
                f = near[0]
                shape = (
                    "longer"
                    if f[0] <= g[0] and f[1] >= g[1]
                    else "shorter"
                    if f[0] >= g[0] and f[1] <= g[1]
                    else "shifted"
                )
                kind, name = "boundary", f"{g[2]}: ours {shape}"
                example = f"{text} / {_flat(body[f[0] : f[1]])} ({f[2]})"
            else:
                kind, name, example = "missed", g[2], text
            errors[kind][name][example] += 1
            if g in ref_right:
                errors["spaCy right, ours not"][f"{kind}: {name}"][example] += 1
        for f in found:
            if f[2] in CONLL_LABEL and not any(_overlaps(f, g) for g in gold):
                over_misc = " over gold MISC" if any(_overlaps(f, m) for m in misc) else ""
                errors["spurious"][f"{f[2]}{over_misc}"][_flat(body[f[0] : f[1]])] += 1
    for kind in ("wrong label", "boundary", "missed", "spurious", "spaCy right, ours not"):
        classes = errors[kind]
        print(f"\n## {kind} ({sum(c.total() for c in classes.values())})")
        for name, texts in sorted(classes.items(), key=lambda kv: -kv[1].total())[:top]:
            examples = ", ".join(f"{t} ×{n}" if n > 1 else t for t, n in texts.most_common(8))
            print(f"- {name}: {texts.total()} — {examples}")


def _flat(text: str) -> str:
    return text.replace("\n", " ⏎ ")
