"""The context strategies that read the clause a figure sits in.

The verb that reports a figure ("profits jumped to"), a copula's subject ("length of the
bridge"), what lasted, who moved up or down ("shares up"), a margin of a comparison
("more than expected"), the subject of a clause that dropped its verb ("B by 2.6%"), a
count sharing the noun of the clause before ("23 were hurt"), a part of another
figure's whole, a change hung on its level, a clause attached to the figure, whose age
a figure is and where a distance is measured from; and two shapes of clause of their
own: a race's result ("won the 200m in 22.1 seconds") and a verbless list item
("Properties including: a villa in Nice, $4m"). Each is named in CONTEXT_STRATEGIES
(figure_contexts), which orders them.
"""

from __future__ import annotations

from briefing.analysis.figure_clauses import (
    clause_subject,
    is_a_figure,
    predicate_of,
    short_clause,
    who_did_what,
    who_of,
)
from briefing.analysis.figure_owners import clause_verb
from briefing.analysis.figure_phrases import (
    a_time,
    children_of,
    core_of,
    is_verb,
    phrase_of,
    subtree,
)
from briefing.analysis.figure_rank import duration_verb
from briefing.analysis.figure_site import Placed, Site, whole_of
from briefing.analysis.lexicon import (
    CHANGE_PREPS,
    DESTINATION_PREPS,
    DIRECTION_WORDS,
    DISTANCE_FROM_PREPS,
    GAPPED_PREPS,
    LEFT_IN_STATES,
    LIST_BREAKS,
    MARGIN_WORDS,
    MONTH_NAMES,
    MOVING_WORDS,
    RACE_NOUNS,
    RACE_UNITS,
    RACE_WORDS,
    RELATIVE_AFTER,
    STATING_VERBS,
    TIME_UNITS,
    VERB_PREPS,
    WEEKDAYS,
)
from briefing.analysis.tokens import Doc, Token


def part_of_a_whole(site: Site) -> str | None:
    """A part of a whole another figure gives ("has raised 280 million of the 1.5 billion
    shekels he needs", "sold 300 of the 2,000 tickets it printed") measures what the clause
    did with the whole: "Ben-Moshe raised shekels", "club sold tickets", never the
    relative clause on the whole ("he needs"), which is the whole's business."""
    if site.noun is not None or whole_of(site.doc, site.last, site.placed) is None:
        return None
    of = site.doc[site.last]
    whole = next((c for c in children_of(of) if c.dep == "pobj"), None)
    counted = whole is not None and whole.pos == "NOUN" and site.kind == "count"
    what = whole.text if whole is not None and counted else ""  # never "raised euros"
    verb = site.root.head
    if not is_verb(verb):
        return what
    if site.root.dep in ("nsubj", "nsubjpass"):  # "12 of the 40 schools met the standard"
        return " ".join(p for p in (what, predicate_of(verb)) if p)
    if site.root.dep != "dobj":
        return what
    if not what and not who_of(verb):
        return None  # "He spent 5 of his 20 years in office": "spent" alone says nothing
    return who_did_what(verb, what)


def a_change_hung_on_its_level(site: Site) -> str | None:
    """ "The average wage rose by 3% to £33,000": the parser may hang the change's
    figure on the level's, as if "3%" modified "£33,000"; the change is then the
    clause's change, "average wage rose", as the level is what it rose to."""
    hung = site.root.dep in ("nummod", "quantmod", "compound")
    if not hung or site.root.head.i not in site.figures:
        return None
    host = site.root.head
    for _ in range(3):  # up to the other figure's own head
        if host.head.i not in site.figures or host.head == host:
            break
        host = host.head
    between = [site.doc[i].lower for i in range(site.last, host.i)]  # empty if it is before
    if "to" not in between or host.dep != "pobj" or not is_verb(host.head.head):
        return None
    return who_did_what(host.head.head, "") or None


def a_count_sharing_the_noun_before(site: Site) -> str | None:
    """ "Three people died and 23 were hurt", "One person was killed and 17 injured": a
    bare number that is the subject of a verb joined to a clause whose subject is a
    count of a noun counts that noun too."""
    root = site.root
    if site.kind != "count" or site.noun is not None or root.dep not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    if verb.dep != "conj" or not is_verb(verb) or verb.i < root.i:
        return None
    subject = clause_subject(verb.head)
    if subject is None or subject.tag != "NNS":  # (not "one person … and 17": a plural)
        return None
    if not any(c.dep == "nummod" for c in subject.children):
        return None
    return f"{subject.text} {site.doc.text(root.i + 1, verb.i + 1)}"


def what_a_verb_leaves(site: Site) -> str | None:
    """ "The storm left 40,000 homes in Queensland without power": what a verb of
    leaving leaves, with the place and the state the phrases after it give it, is what
    is counted ("homes in Queensland without power"), however the parser hung those
    phrases (on the verb)."""
    noun = site.noun
    if noun is None or noun.dep != "dobj" or noun.head.lemma.lower() != "leave":
        return None
    verb, end = noun.head, noun.i + 1
    after = sorted((c for c in children_of(verb) if c.i >= end), key=lambda t: t.i)
    state = False
    for child in after:
        if child.i != end:
            break
        if child.dep == "prep" and child.lower in LEFT_IN_STATES:
            state = state or child.lower in ("without", "with")
        elif child.dep in ("oprd", "acomp", "ccomp", "xcomp") and child.pos == "ADJ":
            state = True  # "left 2,000 people homeless"
        else:
            break
        end = subtree(child)[-1].i + 1
    if not state:
        return None  # "left 300 staff in charge": no state it leaves them in
    return f"{core_of(noun)} {site.doc.text(noun.i + 1, end)}"


def what_moved_up_or_down(site: Site) -> str | None:
    """ "sent Reynolds shares up 4.5% and Altria shares up 5.11%", "with sales down 3%":
    a figure right after a word of direction that follows a noun is how far that noun
    moved. (The small model tags the second "shares" a verb, with its name a compound.)"""
    doc = site.doc
    direction = doc.get(site.first - 1)
    if direction is None or direction.lower not in MOVING_WORDS:
        return None  # (not "set the buyer back £7,455": a cost)
    noun = doc.get(direction.i - 1)
    if noun is None or noun.i in site.figures or not _noun_like(noun):
        return None
    if noun.lower in TIME_UNITS or noun.lower in WEEKDAYS or noun.lower in MONTH_NAMES:
        return None  # "crude ended Monday down $1.33": when, not what
    owner = doc.get(noun.head.i - 1) if noun.dep == "pobj" else None
    if owner is not None and _noun_like(owner) and owner.i not in site.figures:
        noun = owner  # "shares in BP down 3%": the shares moved
    return f"{core_of(noun)} {direction.text}"


def _noun_like(tok: Token) -> bool:
    """A noun, or a plural the small model tagged a verb after a name ("Altria shares")."""
    named = tok.tag == "VBZ" and any(c.dep == "compound" for c in tok.children)
    return tok.pos in ("NOUN", "PROPN") or named


def clause_on_the_figure(site: Site) -> str | None:
    """What a clause attached to the figure says: "the first $3.2 billion disbursed in
    January" → "first disbursed in January"."""
    root = site.measure
    clause = next((c for c in children_of(root) if c.dep in ("acl", "relcl")), None)
    if clause is None or root.pos == "NOUN":
        return None
    left = [c for c in children_of(root) if c.i < site.first and c.dep == "amod"]
    aside = {
        t.i
        for w in subtree(clause)
        for c in children_of(w)
        if _relative_time(c)
        for t in subtree(c)
    }  # "last week", "earlier in the week": measured from now, not what; "in January" stays
    words = [t for t in subtree(clause) if site.outside(t) and t.i not in site.figures | aside]
    return phrase_of([*left, *words]) or None  # not the figure's own scale letter the parser
    # hung on the clause ("the $120m announced by …": "m" read as an auxiliary)


def _relative_time(child: Token) -> bool:
    """ "last week", "earlier in the week": a time measured from now, which a clause on a
    figure can leave out (a date stays: "disbursed in January")."""
    return child.dep == "npadvmod" or (child.dep == "advmod" and child.lower in RELATIVE_AFTER)


def _reporting_words(site: Site) -> tuple[str, Token, Token]:
    """(preposition, word, verb) for a figure a verb may report: the figure's root, or
    the preposition or adjective it hangs from ("rose to 5%", "could be worth £500m"),
    and that word's head."""
    root, head = site.measure, site.measure.head
    prep = ""
    if root.dep in ("amod", "nummod") and site.outside(head) and a_time(head) and head.i > root.i:
        root, head = head, head.head  # "fell by a fifth last year", hung on the year
    if root.dep == "pobj" and is_verb(head.head):
        prep = head.lower if head.dep == "prep" else ""
        root, head = head, head.head
    elif root.dep == "pobj" and head.head.lower in DIRECTION_WORDS and is_verb(head.head.head):
        # "revised the rate down from 5.9%", "turnover of £8.9bn, down from £9.3bn"
        prep, root, head = f"{head.head.lower} {head.lower}", head.head, head.head.head
    if root.pos == "ADJ" and is_verb(head):
        prep = prep or root.lower  # "could be worth £500m"
    elif head.pos in ("ADJ", "ADV") and is_verb(head.head):
        prep, root, head = head.lower, head, head.head
    return prep, root, head


def verb_that_reports(site: Site) -> str | None:
    """Who did what, for a figure a verb reports: "profits jumped 76% to $1.13bn … from
    $639m" → "profits jumped", "profits jumped to", "profits jumped from"."""
    prep, root, verb = _reporting_words(site)
    if not is_verb(verb) or verb == root:
        return None
    before = site.doc.get(site.first - 1)
    if prep == "by" and before is not None and before.lower == "to":
        prep = "to"  # "rose by £4,000 to £285,000", parsed as one range after "by": a level
    direction, _, last_word = prep.rpartition(" ")  # "down from": a direction, then "from"
    kept = last_word in VERB_PREPS or last_word in DIRECTION_WORDS
    if site.kind == "money" and prep == "for" and _takes_object(verb, root):
        # "She sold the painting for $4.5m": a sum "for" which a verb takes an object is
        # the price of that object, whoever paid it
        sold = next(c for c in children_of(verb) if c.dep == "dobj" and c.i < root.i)
        if not is_a_figure(sold, site.figures) and sold.pos in ("NOUN", "PROPN"):
            things = [core_of(sold), *(core_of(c) for c in children_of(sold) if c.dep == "conj")]
            return who_did_what(verb, " and ".join(things))
    subject = clause_subject(verb)
    if subject is None and site.kind == "money" and prep == "for" and not who_of(verb):
        # "He was signed for £4.6m from AC Milan": no one named, where from says it
        other = _other_complement(verb, root)
        if other and not _takes_object(verb, root):
            return f"{verb.text} {other}"  # "signed from AC Milan", no auxiliary first
    if root.dep == "prep" and not kept and (subject is None or is_a_figure(subject, site.figures)):
        return None  # "…, with 26% against": the verb and its object are another's
    before = root.nbor(-1)
    set_off = prep == root.lower in DIRECTION_WORDS and before is not None and before.text == ","
    if set_off:
        # "carried 4.2 million passengers, up 8%": a change set off after the clause is
        # the change in what its object counted, or else in its subject ("Profits rose
        # to £3bn, up 5%")
        counted = next((c for c in children_of(verb) if c.dep == "dobj" and c.i < root.i), None)
        if counted is None:
            return who_of(verb) or None
        what = " ".join(w for w in core_of(counted).split() if not any(ch.isdigit() for ch in w))
        return who_did_what(verb, what)
    clause = short_clause(verb, root, site.noun, site.figures)
    if site.kind == "money" and prep == "for" and not _takes_object(verb, root):
        if subject is not None and subject.dep == "nsubjpass" and clause:
            return clause  # "The firm was sold for $2.1bn": the passive's subject was bought
        # "Johnson moved for £17.5m": who moved says nothing of the fee; where to does
        other = _other_complement(verb, root)
        return f"{clause} {other}" if clause and other else None
    if direction and direction in clause.split():
        prep = last_word  # "revised down … from": the direction is said already
    if clause and kept and _ends_on(clause, prep, verb, direction):
        clause += f" {prep}"
    return clause or None


def _ends_on(clause: str, prep: str, verb: Token, direction: str) -> bool:
    """Whether the clause ends on the preposition that names a level ("jumped to",
    "kept rates at", "up from"): not "by", which only sizes a change ("increased by"
    is "increased"), nor after a copula's bare subject ("The rate was at 62%" is the
    rate), nor twice."""
    copula = verb.lemma in STATING_VERBS and not direction and verb.text not in clause.split()
    return not copula and prep not in CHANGE_PREPS and not clause.endswith(f" {prep}")


def _takes_object(verb: Token, figure: Token) -> bool:
    """Whether the verb has an object before the figure ("sold the club for £5m")."""
    return any(c.dep == "dobj" and c.i < figure.i for c in children_of(verb))


def _other_complement(verb: Token, prep: Token) -> str:
    """The verb's other prepositional phrase without a number or a time in it ("moved
    to Leeds for £17.5m" → "to Leeds"), or ""."""
    for c in children_of(verb):
        if c == prep or c.dep != "prep" or c.lower not in DESTINATION_PREPS:
            continue
        obj = next((o for o in children_of(c) if o.dep == "pobj"), None)
        words = subtree(c)
        if obj is not None and not a_time(obj) and not any(w.like_num for w in words):
            phrase = phrase_of(words)  # which keeps the preposition or not, as it reads
            return phrase if phrase.split(" ", 1)[0] == c.text else f"{c.text} {phrase}"
    return ""


def what_lasted(site: Site) -> str | None:
    """A time span a verb like "last" or "serve" states measures that verb's subject:
    "The strike lasted 26 weeks before the union gave it up" → "strike"."""
    if site.kind != "duration":
        return None
    verb = duration_verb(site.doc, site.first, site.last)
    if verb is None or any(
        c.dep in ("nsubj", "expl") and c.pos == "PRON" for c in children_of(verb)
    ):
        return None  # "it takes three years to build one": "it" stands for nothing
    return who_of(verb) or None


def _race_word(t: Token | None) -> bool:
    """ "hurdles", "final", "heat": a word a race distance names a race by."""
    return t is not None and (t.lower in RACE_WORDS or f"{t.lower}s" in RACE_WORDS)


def _with_possessive(doc: Doc, first: int) -> int:
    """Where a phrase starts that begins at token `first`, with the possessive before it
    ("women's 200m"): that says whose race it is."""
    return first - 2 if first >= 2 and doc[first - 1].lower in ("'s", "’s") else first


def _race(site: Site, distance: Placed) -> str:
    """The race a distance names, as written, with the possessive before it and the race
    word after it: "the women's 200m final" → "women's 200m final"."""
    doc, last = site.doc, distance.last
    if _race_word(doc.get(last)):
        last += 1
    return doc.text(_with_possessive(doc, distance.first), last).rstrip(".")


def _winner(verb: Token) -> str:
    """ " (Bolt)": who ran the race, when a name says so; "" otherwise."""
    subject = clause_subject(verb)
    return f" ({who_of(verb)})" if subject is not None and subject.pos == "PROPN" else ""


def race_a_distance_names(site: Site) -> str | None:
    """A distance before a race word names the race: "the 60m hurdles" → "hurdles",
    "the women's 3,000m final" → "women's final"."""
    doc = site.doc
    if site.unit not in RACE_UNITS or not _race_word(doc.get(site.last)):
        return None
    start = _with_possessive(doc, site.first)
    whose = doc.text(start, site.first) + " " if start < site.first else ""
    return f"{whose}{doc[site.last].text}"


def _race_distance(site: Site, verb: Token) -> Placed | None:
    """A race distance the verb takes, as its object or through a preposition ("won the
    200m", "clocked 9.95 seconds in the 100m")."""
    words = [c for c in children_of(verb) if c.dep in ("dobj", "acomp", "oprd")]
    words += [o for c in children_of(verb) if c.dep == "prep" for o in children_of(c)]
    for word in words:
        for t in subtree(word):
            distance = site.placed.get(t.i)
            if distance is not None and distance.unit in RACE_UNITS and site.outside(t):
                return distance
    return None


def race_a_time_was_run_in(site: Site) -> str | None:
    """A time beside a race distance is the time of that race: "won the 200m in 22.1
    seconds", "clocked 9.95 seconds in the 100m" → "200m", "100m"."""
    if site.kind != "duration":
        return None
    verb = site.root.head
    if site.root.dep == "pobj" and verb.dep == "prep":
        verb = verb.head
    if not is_verb(verb):
        return None
    distance = _race_distance(site, verb)
    if distance is not None:
        return _race(site, distance) + _winner(verb)
    race = next(
        (c for c in children_of(verb) if c.dep == "dobj" and c.lemma.lower() in RACE_NOUNS), None
    )  # "won the marathon in 2 hours 5 minutes"
    return core_of(race) + _winner(verb) if race is not None else None


def _list_break(site: Site) -> Token | None:
    """The colon or semicolon that opens the verbless list item the figure sits in: the
    nearest one before it in its sentence with no verb between; None when there is none
    or a verb comes first ("He said: we raised $5m" is a clause, not a list)."""
    sentence = site.doc.sents[site.root.sent]
    for i in range(site.first - 1, sentence.start - 1, -1):
        t = site.doc[i]
        if t.text in LIST_BREAKS:
            return t
        if t.pos in ("VERB", "AUX") and t.dep not in ("amod", "compound"):
            return None  # a participle that narrows a noun is no verb: "detached homes"
    return None


def _list_head(site: Site, brk: Token) -> str:
    """What a list's items are: the noun before a colon ("Properties including: …" →
    "Properties"), or the subject of the clause a semicolon list continues ("Flats cost
    $300,000; houses, $500,000": the first clause says what is priced)."""
    sentence = site.doc.sents[site.root.sent]
    before = [site.doc[i] for i in range(sentence.start, brk.i)]
    first_break = next((t for t in before if t.text in LIST_BREAKS), brk)
    before = [t for t in before if t.i < first_break.i]
    nouns = [t for t in before if t.pos in ("NOUN", "PROPN") and t.i not in site.figures]
    if not nouns:
        return ""
    if first_break.text == ";":  # the first clause's subject (its first noun, if unparsed)
        subject = next((t for t in nouns if t.dep in ("nsubj", "nsubjpass")), nouns[0])
        return core_of(subject, of_phrase=False)
    top = min(nouns, key=lambda t: sum(1 for _ in t.ancestors))
    return core_of(top, of_phrase=False)


def _item_words(site: Site, brk: Token) -> list[Token]:
    """The words naming the list item a figure follows: those since the list break or
    the previous figure, without the punctuation and the function words or adverbs at
    its ends ("…, and Little St James Island, also there, $64m" → "Little St James
    Island")."""
    start = brk.i + 1
    for i in range(site.first - 1, brk.i, -1):
        if i in site.figures and site.outside(site.doc[i]):
            start = i + 1
            break
    words = [site.doc[i] for i in range(start, site.first)]
    while words and (words[0].pos in ("PUNCT", "CCONJ", "ADP", "DET") or words[0].text in "()"):
        words.pop(0)
    while words and words[-1].pos not in ("NOUN", "PROPN", "NUM"):
        words.pop()
    return words


def list_item(site: Site) -> str | None:
    """A figure in a verbless list item measures the item it follows, one of what the
    list's head names: "Properties including: a villa in Nice, $4m, a flat in Rome, $2m"
    → "Properties: flat in Rome"; after a semicolon the item alone ("Flats sell for
    £300,000; detached homes, £800,000" → "detached homes"); with no item words, the
    head alone ("…; $1m to $2m, 90 days" → "Homes")."""
    brk = _list_break(site)
    if brk is None:
        return None
    head = _list_head(site, brk)
    words = _item_words(site, brk)
    item = site.doc.text(words[0].i, words[-1].i + 1) if words else ""
    if head and item and brk.text == ":":
        return f"{head}: {item}"
    return item or head or None  # after ";" an item names itself: "…; detached homes, £800,000"


def place_a_distance_is_measured_from(site: Site) -> str | None:
    """A distance before "below", "above" or "from" measures how far from what follows:
    "The wreck lies 3,000 metres below the surface" → "below the surface (wreck)"."""
    measure = site.measure
    prep = measure.head
    if measure.dep != "npadvmod" or prep.pos != "ADP" or prep.lower not in DISTANCE_FROM_PREPS:
        return None
    obj = next((o for o in children_of(prep) if o.dep == "pobj"), None)
    if obj is None or a_time(obj):
        return None
    to = (c for c in (*children_of(prep.head), *subtree(prep)) if c.lower == "to" and c.i > prep.i)
    if prep.lower == "from" and next(to, None) is not None:
        return None  # "1.2 km from bank to bank": between which ends, not what is measured
    phrase = phrase_of(t for t in subtree(prep) if site.outside(t) and t.i not in site.figures)
    verb = prep.head
    who = who_of(verb) if is_verb(verb) else ""
    return f"{phrase} ({who})" if who and who.lower() not in phrase.lower() else phrase


def subject_of_a_gapped_clause(site: Site) -> str | None:
    """A clause that drops its verb after a comma or "and" keeps its subject right before
    the figure: "A were down 2.3%, B by 2.6%" → "B"; "dairy rose 4%, and fats and oils
    between 6% and 7%" → "fats and oils"."""
    doc, i = site.doc, site.first - 1
    if i >= 1 and doc[i].lower in GAPPED_PREPS:
        i -= 1
    words: list[Token] = []
    while i >= 0 and i not in site.figures and _gapped_word(doc[i], words, site.figures):
        words.insert(0, doc[i])
        i -= 1
    while words and words[0].pos in ("CCONJ", "DET", "ADJ"):
        words.pop(0)
    opener = doc.get(i)
    nouns = [t for t in words if t.pos in ("NOUN", "PROPN")]
    if not nouns or opener is None or not (opener.text == "," or opener.pos == "CCONJ"):
        return None
    if any(a_time(t) for t in words) or site.noun in words:
        return None
    return doc.text(words[0].i, words[-1].i + 1)


def _gapped_word(t: Token, words: list[Token], figures: frozenset[int]) -> bool:
    """Whether `t` continues, leftwards, the noun phrase of a gapped clause's subject:
    nouns, adjectives, determiners, and a conjunction between two nouns (not a figure's:
    "between 2% and 3% and eggs" starts at "eggs")."""
    if t.pos in ("NOUN", "PROPN", "ADJ", "DET"):
        return True
    before = t.nbor(-1)
    noun_before = before is not None and before.pos in ("NOUN", "PROPN") and before.i not in figures
    return t.pos == "CCONJ" and bool(words) and noun_before


def whose_age(site: Site) -> str | None:
    """An age is someone's: the noun it modifies ("a 35-year-old man" → "man") or the
    subject of its clause ("Maria Lopez retired at the age of 60" → "Maria Lopez"); none
    when that is a pronoun with no name to stand for ("At 27 he decided …" → ""): never
    the verb ("retired at")."""
    if not site.unit.endswith(" old"):
        return None
    if site.doc.get(site.last) is not None and site.doc[site.last].lower in ("'s", "’s"):
        return ""  # "the 27-year-old's disappointment": the age stands for a person unnamed
    head = site.root.head
    if site.root.dep in ("amod", "nummod", "compound") and head.pos in ("NOUN", "PROPN"):
        words = [t for t in subtree(head) if t.i <= head.i and site.outside(t) and t.dep != "det"]
        return phrase_of(words) or None
    verb = clause_verb(site)
    if verb is None or clause_subject(verb) == site.root:
        return ""  # "The 45-year-old was jailed": the age is the subject, no one else's
    return who_of(verb)


def subject_of_a_copula(site: Site) -> str | None:
    """A measure a copula states, however the parser hangs it ("The length of the bridge
    is 1.2 km from bank to bank", "The water is 47 feet deep"), measures the copula's
    subject: "length of the bridge"."""
    t = site.measure
    for _ in range(4):
        if t.dep not in ("attr", "acomp", "npadvmod", "prep", "pobj", "advmod", "quantmod", "conj"):
            return None
        t = t.head
        if is_verb(t):
            break
    if not is_verb(t) or t.lemma.lower() != "be":
        return None
    subject = next((c for c in children_of(t) if c.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos not in ("NOUN", "PROPN") or subject.i in site.figures:
        return None
    return core_of(subject) or None


def a_margin_of_a_comparison(site: Site) -> str | None:
    """ "£2.2bn more than economists had expected", "Profits were £200m higher than
    expected", "some 20 points ahead of the Conservatives": a figure sizing a
    comparative is a margin, the difference between two things, and says so; given as
    what the clause measured ("government borrowed"), it reads as the amount itself."""
    comp = site.measure.head
    if site.measure.dep != "npadvmod" or not (
        comp.tag in ("JJR", "RBR") or comp.lower in MARGIN_WORDS
    ):
        return None
    than = next((c for c in children_of(comp) if c.lower in ("than", "of")), None)
    clause = next((c for c in children_of(comp) if c.dep == "advcl"), None)
    if clause is not None and clause.child("mark") is not None:
        compared = f"{comp.text} than {clause.text}"  # "more than expected"
    elif than is not None and (obj := than.child("pobj")) is not None:
        compared = f"{comp.text} {than.text} {core_of(obj, of_phrase=False)}"  # "ahead of rivals"
    else:
        return None
    verb = comp.head
    if not is_verb(verb):
        return compared
    thing = next((c for c in children_of(verb) if c.dep == "dobj" and c.i < comp.i), None)
    if thing is not None and thing.pos in ("NOUN", "PROPN") and thing.i not in site.figures:
        return f"{core_of(thing)} {compared}"  # "puts Labour … ahead of": Labour is ahead
    who = who_of(verb)
    said = "" if verb.lemma.lower() == "be" else verb.text
    return " ".join(p for p in (who, said, compared) if p)
