"""Whether a cached stage value has the shape its stage writes, before anything trusts it.

The model's `from_json` readers trust the cache (they skip the frozen dataclasses'
checks for speed), so an entry of valid zlib and JSON but another shape (a bug in an
older build, a hand-edited file) crashed every run that read it. The pipeline asks
`usable(stage, value)` first and treats a value that is not as a miss: it is
recomputed and the entry replaced.

The small results (summary, figures, canonical entities) are checked field by field;
an article's mentions (tens to hundreds, read lazily) only for being mappings with
the right keys, which costs a few per cent of decoding them. A cached parse is not
checked here: the stages that read it are run inside a guard instead (see pipeline).
"""

from __future__ import annotations

from typing import Any

_MENTION_KEYS = {"text", "label", "canonical", "start", "end"}
_NUMBER = (int, float)

# Written as plain expressions over type() rather than a table of field checks: a brief
# of 10,000 articles checks half a million records, and a call per field tripled the cost.


def _summary(value: Any) -> bool:
    return type(value) is list and all(
        type(s) is dict
        and type(s.get("text")) is str
        and type(s.get("start")) is int
        and type(s.get("end")) is int
        and type(s.get("sentence")) is int
        and type(s.get("rank")) is int
        for s in value
    )


def _figure_value(v: Any) -> bool:
    if type(v) is list:
        return len(v) == 2 and type(v[0]) in _NUMBER and type(v[1]) in _NUMBER
    return type(v) in _NUMBER


def _figures(value: Any) -> bool:
    return type(value) is list and all(
        type(f) is dict
        and type(f.get("text")) is str
        and _figure_value(f.get("value"))
        and type(f.get("unit")) is str
        and type(f.get("kind")) is str
        and type(f.get("context")) is str
        and type(f.get("start")) is int
        and type(f.get("end")) is int
        and type(f.get("sentence")) is int
        and type(f.get("salience")) in _NUMBER
        and type(f.get("why", "")) is str
        for f in value
    )


def _entities(value: Any) -> bool:
    if type(value) is not dict:
        return False
    canonical, mentions = value.get("canonical"), value.get("mentions")
    return (
        type(canonical) is list
        and all(
            type(e) is dict
            and type(e.get("name")) is str
            and type(e.get("label")) is str
            and type(e.get("count")) is int
            and type(e.get("why", "")) is str
            and type(e.get("confidence", 1.0)) in _NUMBER
            for e in canonical
        )
        and (
            callable(mentions)  # left unread until looked at (pipeline._read_entities)
            or (
                type(mentions) is list
                and all(type(m) is dict and m.keys() >= _MENTION_KEYS for m in mentions)
            )
        )
    )


_CHECKS = {"summary": _summary, "figures": _figures, "entities": _entities}


def usable(stage: str, value: Any) -> bool:
    """Whether `value`, read from the cache for `stage`, is one the stage could have
    written (stages without a check here are taken as they are)."""
    check = _CHECKS.get(stage)
    return check is None or check(value)
