"""Step 3 of the entities stage: each piece trimmed to the name.

Initials join it ("R. Kaluwitharana"), and so do a surname's particle ("Erik ten
Hag") and a party's first word ("Liberal Democrats"); months, titles, role words
("Producer Mel Gibson"), determiners, possessives and a prefix ("pre-Budget",
"non-EU") leave it; what is left may be no name at all (looks_like_a_name). The title
or role trimmed off is kept as evidence of a person (entity_people.after_a_title).
"""

from __future__ import annotations

import re

from briefing.analysis.entity_base import Piece
from briefing.analysis.entity_pieces import (
    THING_LABELS,
    a_persons_role,
    ends_an_organisation,
    line_break_after,
    named_alone,
)
from briefing.analysis.entity_words import a_peoples_name, is_first_name
from briefing.analysis.lexicon import (
    AGAINST_PREFIXES,
    MONTH_NAMES,
    NAME_LINKS,
    ORG_SUFFIXES,
    PAGE_LABELS,
    PARTY_WORDS,
    POST_NOMINALS,
    QUOTES,
    ROLES,
    SURNAME_PARTICLES,
    TIME_PREFIXES,
    TITLES,
    US_STATE_ABBREVIATIONS,
)
from briefing.analysis.tokens import Doc, Span, Token

TRIM_START = re.compile(r"^(?:the|The|THE)\s+|^[Ee]x-(?=[A-Z][\w&]*$)")
"""A leading "the", and a former tie's "ex-" before a one-word name ("Ex-BBC chat show
host", "ex-Chelsea striker": the name is BBC's, Chelsea's; "Ex-Im Bank" keeps its own)."""
_TRIM_END = re.compile(r"(?:['’]s|['’])$")


def _title_word(tok: Token | None) -> str:
    """The token's text if it is a title ("President", "Dr."), else ""."""
    if tok is not None and tok.lower.strip(".") in TITLES:
        return tok.text
    return ""


def trim_titles(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """The first token after any titles inside the span, and the title that says the
    name is a person's (the last one inside the span, or the word right before it; a
    role word before it, "economist", confirms a person spaCy saw). An organisation
    keeps its words: "Foreign Ministry" is no title before "Ministry"."""
    before = doc.get(start - 1)
    title = _title_word(before)
    if (
        not title
        and a_persons_role(before)
        and (label == "PERSON" or _a_name_of_a_few_words(doc, start, end))
    ):  # "Cuban pianist Bebo Valdes", read as an organisation
        title = before.text if before is not None else ""
    if ends_an_organisation(doc, end):
        return start, title
    while end - start > 1 and (inside := _title_word(doc[start])):
        start, title = start + 1, inside
    return start, title


def _a_name_of_a_few_words(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised words and no organisation's word at the end: what a
    person's name looks like, where one word alone may be a firm's ("analyst Gartner")."""
    return (
        2 <= end - start <= 3
        and all(doc[i].is_title and doc[i].text.isalpha() for i in range(start, end))
        and not ends_an_organisation(doc, end)
    )


def trim_roles(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """ "Producer Mel Gibson", "Striker Lukaku": a role word that spaCy took into a
    person's name is not part of it, and says the name is a person's; so does a role
    only people have at the start of a name read as anything else ("Midfielder Edu")."""
    role = ""
    while (
        label == "PERSON"
        and end - start > 1
        and (doc[start].lower in ROLES or _an_agent_noun_before_a_full_name(doc, start, end))
    ):
        start, role = start + 1, doc[start].text
    if label != "PERSON" and 2 <= end - start <= 4 and a_persons_role(doc[start]):
        rest = [doc[i] for i in range(start + 1, end)]  # "Midfielder Edu", read as a group
        if all(t.is_title and t.lower not in ORG_SUFFIXES for t in rest):
            start, role = start + 1, doc[start].text
    return start, role


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _an_agent_noun_before_a_full_name(doc: Doc, start: int, end: int) -> bool:
    """ "Broadcaster Chris Evans", "Novelist Ian McEwan": a capitalised word with an
    agent noun's ending (-er, -or, -ist, -ian, -ant, -ent), itself no first name, before
    a first name and a surname is what the person does, whatever the role lexicon
    lists (a person's name does not put a word before the first name)."""
    if end - start < 3 or not is_first_name(doc[start + 1].text):
        return False
    word = doc[start].text
    return (
        word.isalpha()
        and word.istitle()
        and word.lower().endswith(_AGENT_ENDINGS)
        and not is_first_name(word)
    )


def trim_post_nominals(doc: Doc, start: int, end: int, label: str) -> int:
    """ "Bret Walker SC", "Jane Marsh QC", "Tom Reid MP": letters after a person's name
    say what they are, not who; the name ends before them."""
    while label == "PERSON" and end - start > 1 and doc[end - 1].text in POST_NOMINALS:
        end -= 1
    return end


def trim_months(doc: Doc, start: int, end: int, label: str) -> int:
    """A month before a name is a date run into it ("August National Association of
    …"); things keep theirs ("March Madness")."""
    while label not in THING_LABELS and end - start > 1 and doc[start].lower in MONTH_NAMES:
        start += 1
    return start


def trim_page_labels(doc: Doc, start: int, end: int) -> int:
    """ "VIDEO Van Gaal", "WATCH Jose Mourinho": a page's label in capitals before a
    name is no part of it."""
    while end - start > 1 and doc[start].text in PAGE_LABELS:
        start += 1
    return start


INITIALS = re.compile(r"^(?:[A-Z]\.)+$")


def _a_bare_initial(doc: Doc, i: int) -> bool:
    """Token `i` is one capital letter without a full stop ("B" of "B Cohen"), not the
    words "A" and "I", and follows a list's comma, a colon or a line's start."""
    tok, before = doc.get(i), doc.get(i - 1)
    if tok is None or len(tok.text) != 1 or not tok.text.isupper() or tok.text in "AI":
        return False
    return before is None or before.text in (",", ":", ";") or line_break_after(before)


def extend_initials(doc: Doc, piece: Piece) -> Piece:
    """ "R. Kaluwitharana": initials written just before a person's name belong to it."""
    start = piece.start
    while (
        piece.label == "PERSON"
        and (prev := doc.get(start - 1)) is not None
        and INITIALS.match(prev.text)
        and not line_break_after(prev)
    ):
        start -= 1
    if start == piece.start and _a_bare_initial(doc, start - 1) and piece.end - start == 1:
        start -= 1  # "Wales: B Cohen, C Sweeney": a team sheet's initial, whatever the label
    if start == piece.start:
        return piece
    return Piece(start, piece.end, piece.label, piece.split, piece.hint)


def extend_over_a_particle(doc: Doc, piece: Piece) -> Piece:
    """ "Erik ten Hag", found as "Erik" ("ten" read as a number): a lower-case particle
    of a surname ("van", "de", "ten", "bin") and a capitalised word right after a
    person's name, on its line, are the rest of the name."""
    if piece.label != "PERSON":
        return piece
    end = piece.end
    while (tok := doc.get(end)) is not None and tok.text in SURNAME_PARTICLES:
        end += 1  # "van der"
    last = doc.get(end)
    if end == piece.end or last is None or not (last.text.istitle() and last.text.isalpha()):
        return piece
    if any(line_break_after(doc[i]) for i in range(piece.end - 1, end)):
        return piece
    return Piece(piece.start, end + 1, piece.label, piece.split, piece.hint)


def extend_a_party_over_its_first_word(doc: Doc, piece: Piece) -> Piece:
    """ "The Liberal Democrats", "Social Democrats", found as "Democrats": a capitalised
    word right before a party's word, that no entity holds and that does not open the
    sentence, is the first word of the party's name ("Many Democrats" opens a sentence
    with an ordinary word)."""
    if piece.end - piece.start != 1 or doc[piece.start].lower not in PARTY_WORDS:
        return piece
    before = doc.get(piece.start - 1)
    if before is None or not before.text.istitle() or not before.text.isalpha():
        return piece
    if any(e.start <= before.i < e.end for e in doc.ents):
        return piece
    prev = doc.get(before.i - 1)
    opens = prev is None or prev.sent != before.sent
    if opens:
        return piece  # "Many Democrats were angry": a sentence's first word
    return Piece(before.i, piece.end, piece.label, piece.split, piece.hint)


def extend_a_first_name_read_as_a_people(doc: Doc, piece: Piece) -> Piece:
    """ "Reese Witherspoon", "Adrian Mutu" where the model read the first name alone as a
    nationality: a one-word "people" that names no people but is a first name, right
    before capitalised proper nouns no entity holds, is a person's first name and the
    surname after it ("Swiss Re" and "Scottish Executive" name a people first)."""
    if piece.end - piece.start != 1 or piece.label != "NORP":
        return piece
    word = doc[piece.start].text
    if not is_first_name(word) or a_peoples_name(word):
        return piece
    end = piece.end
    while end - piece.start < 3 and (tok := doc.get(end)) is not None:
        held = any(e.start <= end < e.end for e in doc.ents)
        if held or tok.tag not in ("NNP", "NNPS") or not tok.text.istitle() or _title_word(tok):
            break
        end += 1
    if end == piece.end:
        return piece
    return Piece(piece.start, end, "PERSON", piece.split, "PERSON")


_ABBREVIATION_END = re.compile(
    r"(?:(?:\b[A-Za-z]\.)+|\b(?:Corp|Inc|Co|Ltd|Plc|Bros|Jr|Sr|St|Mt|Ft|Ave|Rd|Gov|Cie)\.)$"
)
"""A name's last word that keeps its full stop: a short abbreviation ("Corp.", "Inc.",
"Jr.", "St.") or initials ("U.S.")."""


def trim_characters(body: str, start: int, end: int) -> tuple[int, int]:
    """The name's characters without a leading "the", a possessive, an unclosed
    parenthesis, a closing one glued before it, or trailing punctuation (a final ")"
    stays, and a final "." after an abbreviation: "Corp.", "U.S.")."""
    lead = TRIM_START.match(body[start:end])
    if lead and end - start > lead.end():
        start += lead.end()
    tail = _TRIM_END.search(body[start:end])
    if tail and tail.start() > 0:
        end = start + tail.start()
    if "(" in body[start:end] and ")" not in body[start:end]:
        end = start + body[start:end].index("(")
    text = body[start:end]
    if ")" in text and "(" not in text[: text.index(")")] and text.index(")") < len(text) - 1:
        start += text.index(")") + 1  # "(CNN)The New York Police Department": a dateline's
    lead = TRIM_START.match(body[start:end])  # close glued to the name after it
    if lead and end - start > lead.end():
        start += lead.end()
    while end > start and not body[end - 1].isalnum() and body[end - 1] not in ".)":
        end -= 1
    text = body[start:end]
    if text.endswith(".") and not _ABBREVIATION_END.search(text):
        last = text.split()[-1] if text.split() else ""
        if last.rstrip(".") not in US_STATE_ABBREVIATIONS:  # "Fla." keeps its stop
            end -= 1  # "Pride and Joy." in quotes: the sentence's full stop, not "Corp."
            while end > start and body[end - 1].isspace():
                end -= 1
    return start, end


_POSSESSIVE_MARKS = frozenset(("'s", "’s"))


def keep_a_names_own_ending(doc: Doc, name_end: int, end: int) -> int:
    """ "Tesco and Sainsbury's", "McDonald's said", "Disney+": an "'s" that owns
    nothing (the parse reads no possessor, and no noun or name follows it) is part of
    a shop's or a firm's name, and a "+" glued to the name's last word
    is part of the name; trimming them ("Sainsbury", "Disney") names something else.
    "Chelsea's John Terry" keeps losing its possessive."""
    last = name_end - 1
    if doc[last].text in _POSSESSIVE_MARKS and last > 0:
        last -= 1
    word = doc[last]
    if word.text.endswith("+") and end == word.end_char - 1:
        return word.end_char
    mark = doc.get(last + 1)
    if (
        mark is not None
        and mark.text in _POSSESSIVE_MARKS
        and mark.idx == word.end_char
        and end == word.end_char
        and word.dep != "poss"
        and word.text[:1].isupper()
    ):
        owned = mark.nbor(1)  # "Ant & Dec's Saturday Night Takeaway": it owns a name
        if owned is None or (
            owned.pos not in ("NOUN", "PROPN", "ADJ", "NUM") and owned.text != "("
        ):
            return mark.end_char  # "(": "USA Track & Field's (USATF) top honour" owns one
    return end


def looks_like_a_name(text: str) -> bool:
    """Title Case, apart from linking words and particles ("Bank of England", "da
    Silva", "el-Baz"): "Trump for a Nobel Peace Prize" is not, and neither is a
    linking word alone ("the" of "Oscars - the")."""
    words = text.split()
    if not any(c.isupper() or c.isdigit() for c in text):  # "al-Aqsa", "eBay" are names
        return False
    return all(_a_name_word(w) for w in words)


def _a_name_word(word: str) -> bool:
    if word[:1].isupper() or not word[:1].isalpha() or word.lower() in NAME_LINKS:
        return True
    particle, _, rest = word.partition("-")  # "el-Baz", "al-Assad"
    return bool(rest) and particle.lower() in NAME_LINKS and rest[:1].isupper()


_OPENER_POS = frozenset(("ADV", "SCONJ", "CCONJ", "ADP", "DET", "PRON", "AUX", "VERB", "INTJ"))


def opens_a_sentence(tok: Token) -> bool:
    """The token is its sentence's first word (quotation marks before it aside)."""
    prev = tok.nbor(-1)
    while prev is not None and prev.sent == tok.sent and prev.text in QUOTES:
        prev = prev.nbor(-1)
    return prev is None or prev.sent != tok.sent


def trim_nationality(doc: Doc, start: int, end: int) -> int:
    """ "Russian Irina Shevchenko": a nationality adjective before a first name and a
    surname says where the person is from; it is no part of the name."""
    if end - start != 3 or doc[start].tag != "JJ" or not is_first_name(doc[start + 1].text):
        return start
    return start + 1


def trim_sentence_openers(doc: Doc, start: int, end: int) -> int:
    """ "Later Mr Abadi": a sentence's first word is capitalised because it opens the
    sentence, not because it is a name; an adverb, conjunction or verb there is no part
    of the name that follows it, nor is an adjective before a name the article also
    writes on its own ("Outgoing Leeds")."""
    while end - start > 1 and opens_a_sentence(doc[start]):
        if doc[start].pos in _OPENER_POS or (
            doc[start].pos == "ADJ" and named_alone(doc, start + 1, end)
        ):
            start += 1
        else:
            break
    return start


def an_adjective_read_as_a_name(span: Span, label: str) -> bool:
    """ "Quirky comedy Sideways", "Sharp quitting": one capitalised word the parse reads
    as an adjective and spaCy as a person or organisation is an ordinary word written
    at a sentence's or heading's start, not a name. (Acronyms and codes are names:
    "USATF Awards"; nationalities are read by spaCy as NORP and stay.)"""
    if len(span) != 1 or label not in ("PERSON", "ORG") or span[0].tag != "JJ":
        return False
    text = span[0].text
    return not (text.isupper() or any(c.isdigit() for c in text))


TIME_PREFIX = re.compile(rf"^(?:{'|'.join(TIME_PREFIXES)})-(?=[A-Z])")
AGAINST_PREFIX = re.compile(rf"^(?i:{'|'.join(AGAINST_PREFIXES)})-(?=[A-Z])")
"""A prefix that makes an adjective of a country or a body ("non-EU imports", "anti-US
protests"): the name is the country's or the body's, the prefix no part of it (a name
of words keeps its own: "Anti-Slavery International")."""
