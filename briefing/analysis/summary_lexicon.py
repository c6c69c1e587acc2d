"""English words that tie a sentence to the one before it: the summariser's language data.

A sentence that opens with a third-person pronoun ("He said...", "Its profits..."), a
demonstrative ("This change...", "Those on low incomes...") or a connective ("But...",
"However...", "In addition...") points back at something the previous sentence said;
shown alone it misleads or says nothing. First-person and second-person pronouns ("We
will...", "I think...") are left out on purpose: they name the speaker, whom the same
sentence's attribution names too. Kept apart from the rules, as spaCy keeps `lang/en`.
"""

from __future__ import annotations

BACK_POINTING_PRONOUNS = frozenset(
    "he she it they him her them his its their theirs hers this these those that such".split()
)
"""Pronouns and determiners whose referent is in an earlier sentence."""

DEMONSTRATIVES = frozenset(("this", "these", "that"))

TIME_OF_WRITING = frozenset(
    "year week month morning afternoon evening weekend season summer winter spring "
    "autumn days century decade".split()
)
"""After a demonstrative, nouns that point at the time of writing, not at a sentence
before: "This week the council...", "These days..."."""

CONNECTIVES = frozenset(
    "but and or so yet however also meanwhile nevertheless nonetheless moreover "
    "furthermore besides still instead thus therefore hence indeed otherwise likewise "
    "similarly consequently then".split()
)
"""One-word connectives that go on from what was said before ("But...", "However,...").
Subordinators that open a complete sentence ("Although it rained, ...") are not here."""

CONNECTIVE_PHRASES = (
    ("in", "addition"),
    ("as", "a", "result"),
    ("even", "so"),
    ("in", "turn"),
    ("in", "contrast"),
    ("by", "contrast"),
    ("on", "the", "other", "hand"),
    ("at", "the", "same", "time"),
    ("in", "fact"),
    ("despite", "this"),
    ("because", "of", "this"),
    ("after", "that"),
)
"""Connectives of several words, as the sentence's first words."""
