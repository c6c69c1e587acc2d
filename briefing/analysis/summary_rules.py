"""Whether one sentence can be shown on its own, and if not, why: the summariser's rules.

Each rule is a fact about how news is laid out or written: bylines, time stamps and
photo captions sit around the story; a sentence the layout broke over lines goes on in
lower case; an opener like "He", "Its" or "However" points back at the sentence
before; a quotation may run over several sentences and only its last one closes it.
The reasons are worded for people: `briefing analyze --explain` prints them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.summary_lexicon import (
    BACK_POINTING_PRONOUNS,
    CONNECTIVE_PHRASES,
    CONNECTIVES,
    DEMONSTRATIVES,
    TIME_OF_WRITING,
)

WORD = re.compile(r"\w+(?:['’]\w+)*")
_OPENING_WORDS = re.compile(r"[^\W\d_]+")

_BYLINE = re.compile(
    r"^(?:By\s+\.|By\s+(?:[A-Z][\w'’.-]*\s*)+(?:[,|]|$)|"
    r"(?i:published:|updated:|last updated|posted:|follow\s+@|click here|scroll down|"
    r"read more|image:|photo:|picture:|video:|copyright|\(cnn\)\s*$))"
)
_TIMESTAMP = re.compile(r"\b\d{1,2}:\d{2}\s*(?:EST|GMT|BST|ET|UTC)\b|\|\s*$")
_PICTURED = re.compile(
    r"\((?:pictured|left|right|centre|center|top|bottom|above|below|inset)\)|\bpictured\b",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^([^\W\d_][^:]{0,40}):\s+\S")
_ENDS_SENTENCE = (".", "!", "?", '"', "'", "”", "’", ")")
# a bullet or a number and its stop, then a space of any kind (pages pad list numbers
# with no-break spaces)
_LIST_ITEM = re.compile(r"^(?:[-–—•●▪◦*]|\d{1,2}[.)])\s")
# a closing bracket or a full stop glued to the next capitalised word: two blocks of a
# page (a fact box's heading and its text) the layout ran together with no space
# (a dateline's agency in capitals is no block: "(CNN)The police said...")
_GLUED_BLOCKS = re.compile(
    r"(?<!\([A-Z]{2})(?<!\([A-Z]{3})(?<!\([A-Z]{4})(?<!\([A-Z]{5})\)[A-Z][a-z]|[a-z]{2}\.[A-Z][a-z]{2}"
)

BYLINE = "a byline or time stamp"
CAPTION = "a photo caption"
BANNER = "a banner in capitals"
NO_WORDS = "no words"
SHORT = "fewer than six words"
NO_VERB = "no verb"
GOES_ON = "goes on from the sentence before"
QUESTION = "a question"
LIST_ITEM = "an item of a list"
BARE_QUOTE = "a quotation with no speaker"
BROKEN = "part of a sentence broken over lines"
GLUED = "two blocks of the page run together"
UNOPENED_QUOTE = "closes a quotation it never opened"
UNCLOSED_QUOTE = "opens a quotation that never closes"


def caption_label(text: str, finite_verb_offsets: Sequence[int] = ()) -> bool:
    """A photo caption's label: "Campaign: Magic Johnson has..." or "Intensively farmed:
    Jumbo prawns..." — a few words (four, or ten before a capital) and no finite verb
    before the colon ("He
    said: ..." is a quote, not a caption). `finite_verb_offsets` are the
    sentence-relative offsets of its finite verbs (past or present tense, modals)."""
    match = _LABEL.match(text.strip())
    if match is None:
        return False
    label_end = len(text) - len(text.lstrip()) + match.end(1)
    # a label followed by a sentence of its own ("Born in the year of the royal baby:
    # JoJo Maman Bébé celebrate...") may be longer than one that runs on in lower case
    longest = 10 if text.strip()[match.end(1) + 1 :].lstrip()[:1].isupper() else 4
    return 1 <= len(WORD.findall(match.group(1))) <= longest and not any(
        o < label_end for o in finite_verb_offsets
    )


def not_story_reason(text: str, words: int, caption: bool = False) -> str | None:
    """Why `text` is around the story rather than of it, or None when it is of it."""
    stripped = text.strip()
    if words == 0:
        return NO_WORDS
    if caption or _PICTURED.search(stripped):
        return CAPTION
    if stripped.isupper():
        return BANNER
    if _BYLINE.search(stripped) or _TIMESTAMP.search(stripped):
        return BYLINE
    return None


def is_not_story(text: str, words: int, caption: bool = False) -> bool:
    """Text around the story rather than of it: bylines, time stamps, photo captions,
    all-caps banners, and sentences without a word (a stray closing quote)."""
    return not_story_reason(text, words, caption) is not None


def starts_lowercase(text: str) -> bool:
    """The rest of a sentence the source broke in two ("but I think it isn't.", "'s
    thunder in the final."); a name written in lower case ("eBay", "iPod") has a
    capital inside and is not."""
    stripped = text.strip()
    if stripped[:1] in (",", ";") or (stripped[:1] in "'’" and stripped[1:2].islower()):
        return True
    first = WORD.match(stripped)
    return first is not None and first.group().islower() and stripped[:1].isalpha()


def is_cut(text: str, next_text: str | None) -> bool:
    """The first part of a sentence the source broke in two: no closing punctuation (or a
    full stop set apart, as layouts add at a line break) and the next part goes on in
    lower case."""
    stripped = text.strip()
    if next_text is None or not starts_lowercase(next_text):
        return False
    return stripped.endswith(" .") or not stripped.endswith(_ENDS_SENTENCE)


def brief_reason(text: str, words: int, has_verb: bool, caption: bool = False) -> str | None:
    """Why a brief of a few sentences should not show `text`, or None: each sentence
    must stand alone, so besides text around the story, fragments (short, verbless, or
    going on from a sentence before), items of a list (a bullet or a number first: they
    belong to the lead-in above the list), questions and bare quotes are left out."""
    stripped = text.strip()
    reason = not_story_reason(text, words, caption)
    if reason is not None:
        return reason
    if words < 6:
        return SHORT
    if not has_verb:
        return NO_VERB
    if starts_lowercase(stripped):
        return GOES_ON
    if _LIST_ITEM.match(stripped):
        return LIST_ITEM
    if _GLUED_BLOCKS.search(stripped):
        return GLUED
    if stripped.endswith(("?", '?"', "?”")):
        return QUESTION
    if stripped[:1] in "\"“'‘" and stripped.rstrip(".")[-1:] in "\"”'’":
        return BARE_QUOTE
    return None


def is_unfit_for_brief(text: str, words: int, has_verb: bool, caption: bool = False) -> bool:
    """Whether a brief leaves `text` out: see `brief_reason`."""
    return brief_reason(text, words, has_verb, caption) is not None


def points_back(text: str) -> bool:
    """Whether the sentence opens with a word that points at the sentence before it: a
    third-person pronoun, a demonstrative (not "this week"), or a connective; an opening
    quotation mark does not change that ('"But we will win," he said.')."""
    words = [w.lower() for w in _OPENING_WORDS.findall(text[:80])[:4]]
    if not words:
        return False
    first = words[0]
    if first in BACK_POINTING_PRONOUNS:
        return not (first in DEMONSTRATIVES and len(words) > 1 and words[1] in TIME_OF_WRITING)
    return first in CONNECTIVES or any(
        tuple(words[: len(phrase)]) == phrase for phrase in CONNECTIVE_PHRASES
    )


def quote_marks(text: str) -> list[bool]:
    """Each double quotation mark of `text` in order: True opens, False closes. Curly
    marks say which they are; a straight one opens when a word follows it and space
    (or a bracket or dash) comes before it, and closes otherwise."""
    marks = []
    for i, char in enumerate(text):
        if char in "“”":
            marks.append(char == "“")
        elif char == '"':
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            marks.append(
                not (after.isspace() or after in ".,;:!?)]")
                and (before.isspace() or before in "([-—–‘'")
            )
    return marks
