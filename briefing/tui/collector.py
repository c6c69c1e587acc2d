"""Keeping Python's full garbage collections out of the reader's keystrokes.

A library of analysed articles is a great many long-lived objects (articles, summary
sentences, entities, figures), and CPython's full collection walks every one of them:
about 70 ms at 1,000 cached articles on the development machine, several times that at
10,000. Drawing a frame makes many short-lived objects, so every few keys one keystroke
paid for a full collection, which is what made the slow tail of j/k (230 ms at 1,000
articles, about 1 s at 10,000). `settle()` moves the objects alive now (the library, the
analyses that have arrived) to the permanent generation the collector never walks;
what is made later is collected as before. `release()` hands them back when the reader
closes, so a process that goes on after it (the tests) collects them again.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """What is alive now lives as long as the reader: never walk it again."""
    gc.freeze()


def release() -> None:
    """The reader closes: its objects are collected as any others again."""
    gc.unfreeze()
