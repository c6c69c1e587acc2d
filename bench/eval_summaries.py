"""Summary quality on the development data: ROUGE and readability defects, per half.

    python bench/eval_summaries.py [--data DIR] [--systems briefing,lead,...] [--show SYSTEM]

For briefing's default and the baselines it must beat (Lead-k, sumy's TextRank and
Reduction), on BBC News at 3 sentences and at 40% and on raw CNN/DailyMail at 3:
ROUGE-1/2 F1 (Google's rouge-score, stemmed) and the share of summaries holding at
least one sentence a reader cannot use as it stands, for all articles and for the
two fixed halves (even / odd indices). `--show SYSTEM` lists that system's defective
sentences, by kind, after the table. As in the unseen measurement, every baseline is
given as many sentences as briefing shows for the same article (briefing may show
fewer than asked, rather than half a quotation; a baseline is not to gain by that);
`--fixed-length` gives the baselines the length as asked instead.

A shown sentence is a readability defect (the definition of issue 10) when it
- leaves a double quote open, or closes one it never opened, within the run of
  consecutive article sentences shown with it ("open quote", "unopened quote");
- starts mid-sentence (lower case, an apostrophe or a comma) while the article's
  sentence before it is not shown ("mid-sentence");
- is a photo caption: a short verbless label and a colon ("Tragic: The boy...") or a
  "(pictured)" mark ("caption");
- opens with a pronoun or a connective ("He said...", "But...", "However...") while
  the article's sentence before it is not shown ("dangling opener");
- has fewer than six words ("fragment"), unless it is a piece of a sentence the parser
  or the layout split and is shown with the rest (a lone closing quote mark, "did").
The scorer is written apart from the summariser on purpose: it shares none of its
rules or word lists, so a summariser cannot pass it by agreeing with itself.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devdata import DEFAULT_DATA, PARTS, bbc_title_body, load_jsonl, parse_all, parts

from briefing.analysis.model import Parse
from briefing.analysis.options import Length
from briefing.analysis.summarize import summarize

SYSTEMS = ("briefing", "lead", "textrank", "reduction")
SETTINGS = (("BBC", "3"), ("BBC", "40%"), ("CNN/DM", "3"))

_PRONOUNS = frozenset(
    "he she it they him her them his its their this these those that such".split()
)
_CONNECTIVES = frozenset(
    "but and or so yet however also meanwhile nevertheless nonetheless moreover furthermore "
    "besides still instead thus therefore hence indeed otherwise likewise similarly "
    "consequently then".split()
)
_CONNECTIVE_PHRASES = (
    "in addition",
    "as a result",
    "even so",
    "in turn",
    "in contrast",
    "by contrast",
    "on the other hand",
    "at the same time",
    "in fact",
    "despite this",
    "because of this",
    "after that",
)
# "this week", "these days": the time of writing, not something said before
_NOW = frozenset(
    "year week month morning afternoon evening weekend season summer winter spring autumn "
    "days century decade".split()
)
_FIRST_WORDS = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_CAPTION_LABEL = re.compile(r"^([^:\"“”]{1,80}?):\s+[\"“]?[A-Z0-9]")
_PICTURED = re.compile(r"\(pictured\b|\bpictured\s*\)|\(left\)|\(right\)|\(above\)", re.I)
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _opener(text: str) -> str:
    """The first words of a sentence, lower case, past any opening quote mark."""
    return " ".join(w.lower() for w in _FIRST_WORDS.findall(text[:60])[:4])


def dangling_opener(text: str) -> bool:
    """Opens with a pronoun or a connective, which point back to a sentence before."""
    words = _opener(text).split()
    if not words:
        return False
    first = words[0]
    if first in _PRONOUNS:
        return not (first in ("this", "these", "that") and len(words) > 1 and words[1] in _NOW)
    if first in _CONNECTIVES:
        return True
    head = " ".join(words)
    return any(head.startswith(p) for p in _CONNECTIVE_PHRASES)


def mid_sentence(text: str) -> bool:
    """Lower case, an apostrophe or a comma first: the rest of a sentence, not one.
    A name written in lower case ("eBay", "iPhone") has a capital inside and is not."""
    stripped = text.lstrip()
    if not stripped:
        return False
    if stripped[0] in ",;'’":
        return True
    first = stripped.split()[0]
    return first[0].islower() and first == first.lower()


def caption(text: str, parse: Parse, index: int) -> bool:
    """A photo caption: "(pictured)", or a verbless label of a few words and a colon."""
    if _PICTURED.search(text):
        return True
    match = _CAPTION_LABEL.match(text.lstrip())
    if match is None or len(match.group(1).split()) > 12:
        return False
    label_end = parse.sentences[index][0] + (len(text) - len(text.lstrip())) + match.end(1)
    return not any(
        parse.tags[t] in _FINITE and parse.starts[t] < label_end
        for t in parse.sentence_tokens(index)
    )


def _quote_marks(text: str) -> list[str]:
    """Each double quote in `text` as "open" or "close", read from the marks around it."""
    marks = []
    for i, char in enumerate(text):
        if char == "“":
            marks.append("open")
        elif char == "”":
            marks.append("close")
        elif char == '"':
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if after.isspace() or after in ".,;:!?)]":
                marks.append("close")
            elif before.isspace() or before in "([-—–‘'":
                marks.append("open")
            else:
                marks.append("close")
    return marks


def quote_defects(texts: Sequence[str]) -> dict[int, str]:
    """Within a run of consecutive sentences: which leave a quote open or close one
    they never opened (a quote never nests, so an opening mark inside an open quote
    goes on with it, as a new paragraph of a long quotation does)."""
    found: dict[int, str] = {}
    opened_in: int | None = None
    for k, text in enumerate(texts):
        for mark in _quote_marks(text):
            if mark == "open":
                opened_in = k if opened_in is None else opened_in
            elif opened_in is None:
                found.setdefault(k, "unopened quote")
            else:
                opened_in = None
    if opened_in is not None:
        found.setdefault(opened_in, "open quote")
    return found


def defects(body: str, parse: Parse, shown: Sequence[int]) -> dict[int, str]:
    """Each shown sentence (index into parse.sentences) a reader cannot use as it
    stands, with the first kind of defect it has."""
    chosen = sorted(set(shown))
    text = {i: body[slice(*parse.sentences[i])] for i in chosen}
    found: dict[int, str] = {}
    run: list[int] = []
    for i in [*chosen, -2]:
        if run and i != run[-1] + 1:
            for k, kind in quote_defects([text[j] for j in run]).items():
                found[run[k]] = kind
            run = []
        run.append(i)

    def goes_on(i: int) -> bool:  # the rest of sentence i - 1, as the parser split it
        return mid_sentence(text[i]) or not any(c.isalpha() for c in text[i])

    for i in chosen:
        if i in found:
            continue
        joined = (i - 1 in chosen and goes_on(i)) or (i + 1 in chosen and goes_on(i + 1))
        if mid_sentence(text[i]) and i - 1 not in chosen:
            found[i] = "mid-sentence"
        elif caption(text[i], parse, i):
            found[i] = "caption"
        elif dangling_opener(text[i]) and i - 1 not in chosen and i > 0:
            found[i] = "dangling opener"
        elif len(parse.words(body, i)) < 6 and not joined:
            found[i] = "fragment"
    return found


def lead(parse: Parse, length: str | Length) -> list[int]:
    n = len(parse.sentences)
    return list(
        range((length if isinstance(length, Length) else Length.parse(length)).sentences(n))
    )


def shown_by(system: str) -> Callable[[str, Parse, str | Length], list[int]]:
    if system == "lead":
        return lambda body, parse, length: lead(parse, length)
    return lambda body, parse, length: [s.sentence for s in summarize(body, parse, system, length)]


def matched_lengths(bodies: list[str], parses: list[Parse], length: str) -> list[Length]:
    """Per article, the number of sentences briefing's default shows at `length`: the
    length each baseline is given, so that all are compared at the same size (built
    directly: a 40% extract of a long article may hold more than a length one types)."""
    choose = shown_by("briefing")
    return [
        Length("count", max(1, len(choose(b, p, length))))
        for b, p in zip(bodies, parses, strict=True)
    ]


@dataclass
class Scores:
    """ROUGE sums and defect counts of one system on one setting, per part."""

    rouge1: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    rouge2: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    defective: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    articles: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kinds: Counter[str] = field(default_factory=Counter)
    examples: list[tuple[str, str]] = field(default_factory=list)


def score(
    system: str,
    bodies: list[str],
    parses: list[Parse],
    references: list[str],
    length: str,
    lengths: Sequence[Length] | None = None,
) -> Scores:
    """`lengths`, when given, is each article's own length (see `matched_lengths`)."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    choose = shown_by(system)
    out = Scores()
    for index, (body, parse, reference) in enumerate(zip(bodies, parses, references, strict=True)):
        shown = choose(body, parse, lengths[index] if lengths is not None else length)
        text = " ".join(body[slice(*parse.sentences[i])] for i in sorted(shown))
        rouge = scorer.score(reference, text)
        found = defects(body, parse, shown)
        for part in parts(index):
            out.rouge1[part] += rouge["rouge1"].fmeasure
            out.rouge2[part] += rouge["rouge2"].fmeasure
            out.defective[part] += bool(found)
            out.articles[part] += 1
        for i, kind in sorted(found.items()):
            out.kinds[kind] += 1
            out.examples.append((kind, body[slice(*parse.sentences[i])].strip()))
    return out


def datasets(data: Path) -> dict[str, tuple[list[str], list[str]]]:
    bbc = load_jsonl(data / "bbc-news-summary-dev.jsonl")
    cnn = load_jsonl(data / "cnndm-dev.jsonl")
    return {
        "BBC": ([bbc_title_body(r["article"])[1] for r in bbc], [r["summary"] for r in bbc]),
        "CNN/DM": ([r["article"] for r in cnn], [r["highlights"] for r in cnn]),
    }


def print_summaries(
    data: Path,
    systems: Sequence[str] = SYSTEMS,
    show: str | None = None,
    matched: bool = True,
) -> dict[tuple[str, str, str], Scores]:
    """The table (and, with `show`, that system's defects), and the scores behind it;
    `matched`: each baseline at the length briefing shows for the article."""
    sets = datasets(data)
    parsed = {name: parse_all(bodies) for name, (bodies, _) in sets.items()}
    results: dict[tuple[str, str, str], Scores] = {}
    print("| set | length | summariser | part | ROUGE-1 | ROUGE-2 | defective summaries |")
    print("|---|---|---|---|---:|---:|---:|")
    for name, length in SETTINGS:
        bodies, references = sets[name]
        lengths = matched_lengths(bodies, parsed[name], length) if matched else None
        for system in systems:
            own = lengths if system != "briefing" else None
            s = score(system, bodies, parsed[name], references, length, own)
            results[(name, length, system)] = s
            for part in PARTS:
                n = s.articles[part]
                print(
                    f"| {name} | {length} | {system} | {part} | {100 * s.rouge1[part] / n:.1f} "
                    f"| {100 * s.rouge2[part] / n:.1f} | {100 * s.defective[part] / n:.1f}% |"
                )
    print()
    if show is not None:
        for (name, length, system), s in results.items():
            if system != show:
                continue
            kinds = ", ".join(f"{k} {c}" for k, c in s.kinds.most_common())
            print(f"{system} on {name} at {length}: {kinds or 'no defects'}")
            for kind, text in sorted(s.examples):
                print(f"  {kind}: {text[:160]!r}")
            print()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--show", metavar="SYSTEM", help="list this system's defects")
    parser.add_argument(
        "--fixed-length",
        action="store_true",
        help="give the baselines the length as asked, not as many sentences as briefing shows",
    )
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no development data at {args.data}: nothing to evaluate")
        sys.exit(0)
    print_summaries(args.data, args.systems.split(","), args.show, not args.fixed_length)


if __name__ == "__main__":
    main()
