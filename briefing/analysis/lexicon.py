"""The English lexicon of the facts layer: word lists as data, apart from the rules.

As spaCy keeps `lang/en` apart from its algorithms, every English word list the
figure and entity rules consult lives here, grouped by what it describes: number
words and scales, currencies, units of measure and time, the words around a figure
that say what it measures or whether it matters, and the words around a name that
say what kind of name it is. A rule module imports the lists it needs; nothing here
holds logic. A list states a fact about English news ("a title before a name makes
it a person's"), never a name or sentence from a data set.
"""

from __future__ import annotations

# --- numbers, scales, currencies and units (quantities, figure_spans) ---
SMALL = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "half": 0.5, "couple": 2,
}  # fmt: skip

SCALES = {
    "dozen": 12, "dozens": 12, "score": 20, "hundred": 1e2, "hundreds": 1e2, "thousand": 1e3, "thousands": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12,
}  # fmt: skip

CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB",
    "a$": "AUD", "c$": "CAD", "hk$": "HKD", "₩": "KRW", "₺": "TRY", "chf": "CHF",
    "$us": "USD", "$a": "AUD", "ps": "GBP", "y=": "JPY",  # "PS", "Y=": £, ¥ on old wires
}  # fmt: skip

CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "gbp": "GBP", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "francs": "CHF",
    "cents": "cents", "cent": "cents", "pence": "pence", "p": "pence", "hryvnias": "UAH",
    "jpy": "JPY", "cny": "CNY", "inr": "INR", "chf": "CHF", "aud": "AUD", "cad": "CAD",
    "hkd": "HKD", "rub": "RUB", "krw": "KRW", "nzd": "NZD",
}  # fmt: skip

DOLLAR_COUNTRIES = {
    "australian": "AUD", "canadian": "CAD", "kong": "HKD", "zealand": "NZD",
    "singapore": "SGD", "taiwan": "TWD", "us": "USD", "american": "USD",
}  # fmt: skip
"""The word before "dollars" that says whose dollars: "3.1bn Australian dollars"."""

MEASURES = {
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "mile": "miles", "miles": "miles", "m": "m", "meter": "m", "meters": "m", "metre": "m",
    "metres": "m", "cm": "cm", "mm": "mm", "ft": "feet", "foot": "feet", "feet": "feet",
    "inch": "inches", "inches": "inches", "yard": "yards", "yards": "yards",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
    "g": "g", "gram": "g", "grams": "g", "lb": "lb", "lbs": "lb", "pound-weight": "lb",
    "tonne": "tonnes", "tonnes": "tonnes", "ton": "tons", "tons": "tons",
    "acre": "acres", "acres": "acres", "hectare": "hectares", "hectares": "hectares",
    "sq": "sq", "square": "square", "litre": "litres", "litres": "litres", "liter": "litres",
    "liters": "litres", "gallon": "gallons", "gallons": "gallons", "barrel": "barrels",
    "barrels": "barrels", "mph": "mph", "km/h": "km/h", "kph": "km/h", "knots": "knots",
    "degree": "degrees", "degrees": "degrees", "°c": "°C", "°f": "°F", "celsius": "°C", "fahrenheit": "°F",
    "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
    "megawatts": "MW", "gigawatts": "GW", "calories": "calories", "mb": "MB", "gb": "GB",
    "tb": "TB", "bpd": "barrels a day", "mah": "mAh", "mpg": "mpg", "″": "inches",
    "w": "W", "watt": "W", "watts": "W", "kilowatts": "kW", "bhp": "bhp", "hp": "hp",
}  # fmt: skip

RATES = {  # a measure per measure is a unit of its own: "miles per gallon" is not "miles"
    "miles per gallon": "mpg", "miles per hour": "mph", "miles an hour": "mph",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "km per hour": "km/h",
}  # fmt: skip

TIME_UNITS = {
    "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes",
    "hour": "hours", "hours": "hours", "day": "days", "days": "days", "week": "weeks",
    "weeks": "weeks", "month": "months", "months": "months", "year": "years", "years": "years",
    "decade": "decades", "decades": "decades", "century": "centuries", "centuries": "centuries",
}  # fmt: skip

PERCENT_WORDS = ("%", "percent", "per cent")

DENOMINATORS = {  # "half" stays a number word: "two and a half years" is 2.5 years
    "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip

# --- clock times ---
# "from 2115 GMT to 1945 GMT": a number before a time zone is a clock time
TIME_ZONES = frozenset(
    "gmt bst utc cet cest eet est edt cst cdt mst mdt pst pdt ist jst aest aedt".split()
)

# --- what a figure measures (figures: contexts) ---
CONTEXT_PREPS = frozenset(("in", "of", "for", "on", "worth"))

CONTEXT_DROP_FIRST = frozenset(
    """the a an its their his her our your this that these those""".split()
)

SOURCE_PREPS = frozenset(("from", "by"))

VERB_PREPS = frozenset(
    ("to", "from", "at", "by", "worth")
)  # "rose 2% to $11.1bn": kept in the context

# --- whether a figure is news (figure_rank) ---
# What a news reader counts even when there are few of them: people (above all people
# harmed), forces and weapons, and the units of elections, jobs and housing. Lemmas.
KEY_NOUNS = frozenset(
    """
    people person civilian child kid adult baby man woman boy girl victim casualty death
    dead fatality injury wounded injured hostage prisoner detainee captive refugee migrant
    resident patient case infection survivor body life family household protester
    demonstrator suspect arrest soldier troop officer policeman police fighter militant
    rebel marine sailor pilot crew passenger worker employee job staff doctor nurse
    student pupil teacher voter vote seat mp lawmaker senator
    missile drone rocket bomb shell tank jet aircraft plane helicopter warship ship
    submarine vessel weapon gun rifle warhead launcher interceptor artillery howitzer
    strike attack airstrike explosion raid
    home house building school hospital
    """.split()
)

# words before a time span that measure it from now: "over the past 24 hours"
RELATIVE_BEFORE = frozenset(
    "past last next coming previous preceding following recent few upcoming".split()
)

RELATIVE_AFTER = frozenset("ago earlier later before after hence".split())

DEFINITE = frozenset("the these those its their his her our your my both all each".split())

# --- what kind of name (entities) ---
TITLES = frozenset(
    """president prime minister mr mrs ms dr sir lord lady senator sen rep representative
    governor gov mayor chancellor king queen prince princess pope secretary general gen
    judge justice chairman chairwoman chair ceo spokesman spokeswoman spokesperson envoy
    ambassador commissioner head leader foreign defence defense premier colonel captain
    coach professor prof officer director mp mep msp""".split()
)
"""Words that, right before a name, say the name is a person's."""

PLACE_NOUNS = frozenset(
    """governor mayor capital port harbour harbor coast coastline border borders region
    regions province airspace airport residents citizens inhabitants population parliament
    outskirts suburbs streets skyline""".split()
)
"""Nouns a place has and a person does not: "Odesa's governor" says Odesa is a place."""

LOCATIVE = frozenset(
    """in across at from near into throughout towards toward around outside inside""".split()
)
"""Prepositions whose object is far more often a place than a person."""

NAME_LINKS = frozenset(
    """of the and for on in to de la le du von van der den ter ten da das dos di del della
    al el bin ibn ben bint abu y at & 's""".split()
)
"""Lower-case words that may sit inside a proper name ("Bank of England")."""

ROLES = frozenset(
    """producer director actor actress singer songwriter rapper musician composer author
    writer novelist poet artist designer photographer chef comedian presenter host anchor
    journalist reporter editor columnist correspondent publisher striker midfielder
    defender goalkeeper keeper winger forward fullback quarterback pitcher batsman bowler
    skipper manager boss owner founder chief executive analyst economist strategist
    lawyer attorney prosecutor detective inspector sergeant constable lieutenant major
    commander admiral marshal brigadier corporal private trooper agent official
    spokesperson minister deputy vice assistant candidate nominee challenger champion
    star veteran rookie teammate coach trainer referee umpire activist campaigner
    historian scientist researcher physicist biologist doctor surgeon nurse pastor
    reverend rabbi imam bishop archbishop cardinal father sister brother cleric sheikh
    emir sultan tsar crown wife husband son daughter mother mum dad grandson
    granddaughter grandmother grandfather uncle aunt cousin nephew niece girlfriend
    boyfriend fiancee fiance widow widower""".split()
)
"""What news writes before a name as a role, capitalised or not ("Producer Mel Gibson",
"Striker Lukaku"): a word of these at a name's start is not part of the name."""

MONTHS = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
"""A month before a name is a date run into it ("August National Association …")."""

DASHES = frozenset(("-", "–", "—", "--"))
"""A dash with spaces round it separates two names ("Sri Lanka - Arjuna Ranatunga")."""

ORG_SUFFIXES = frozenset(
    """inc incorporated ltd limited plc llc llp corp corporation co company companies
    group holdings holding bank bancorp ag sa spa nv bv gmbh fc afc club association
    authority ministry party council committee commission agency union federation
    institute university college exchange airlines airline airways motors industries
    organisation organization foundation trust bureau department league society fund
    academy assembly board network institution partnership consortium alliance front
    movement news records media press radio tv television""".split()
)
"""The last word of a name that makes it an organisation's: "Foo Inc", "Bar Group",
"Baz FC", "the Health Ministry"."""

CLUB_WORDS = frozenset("""united city rovers athletic wanderers albion hotspur""".split())
"""The last word of a sports club's name ("Manchester United"). "City" also ends city
names ("Mexico City"), so these overrule only a reading as a person."""

ORG_NOUNS = frozenset(
    """company firm group maker manufacturer producer bank lender insurer carrier airline
    retailer club party agency broadcaster newspaper network conglomerate giant
    subsidiary operator chain brand outfit publisher developer supplier distributor
    automaker carmaker chipmaker brewer miner exporter importer utility startup
    start-up studio magazine tabloid website""".split()
)
"""Common nouns for organisations: a name in apposition to one or modifying one
("Bertelsmann, the media group", "the Bertelsmann group") is an organisation."""

ORG_OWNED_NOUNS = frozenset(
    """shares stock shareholders stockholders profit profits revenue revenues earnings
    subsidiary subsidiaries board stadium squad fans players dividend bonds takeover
    headquarters""".split()
)
"""Nouns an organisation has and a person does not: "Bertelsmann's shares"."""

MATCH_VERBS = frozenset(
    """beat defeat draw tie lose host face play thrash rout edge overcome outclass
    down hammer crush whip""".split()
)
"""Verbs of a match (lemmas): a place's name that beats or plays is its team."""

MATCH_PREPS = frozenset(("against", "v", "v.", "vs", "vs.", "versus"))
"""Prepositions of a match: "against Leeds" names the Leeds side."""

COUNTRY_ALIASES = {
    "america": "US", "usa": "US", "us": "US", "u.s.": "US", "u.s.a.": "US",
    "united states of america": "US", "the united states": "US",
    "britain": "GB", "great britain": "GB", "uk": "GB", "u.k.": "GB",
    "united kingdom": "GB",
}  # fmt: skip
"""Names news uses for a country besides its ISO name and codes (pycountry has those)."""

WORK_NOUNS = frozenset(
    """film films movie movies comedy comedies drama dramas thriller documentary
    documentaries series sitcom programme programmes soap musical opera novel novels book
    books memoir biography album albums song songs videogame blockbuster sequel cartoon
    animation tale""".split()
)
"""Nouns for creative works: a name they introduce ("the film Sideways", "comedy
Sideways") or give examples of ("films such as Sideways") names a work, not a place, a
person or a company. ("Game", "show", "play", "hit" and "single" also name matches,
fairs and moves, so they are not here.)"""

WORK_PART_NOUNS = frozenset("""role roles part cameo""".split())
"""What an actor has in a work: "her role in Vera Drake" makes the name a work."""

AWARD_NOUNS = frozenset(
    """actor actress director film picture screenplay documentary score""".split()
)
"""Award categories: "best actor for Kinsey" names the work the award was for (a name
introduced by a first name, "best director for Ann Lee", is the winner)."""

EXAMPLE_PREPS = frozenset(("including", "as", "like"))
"""The words that introduce examples of a noun: "retailers including X", "companies such
as X": the name is one of the noun's kind."""

QUOTES = frozenset(("'", '"', "‘", "’", "“", "”", "``", "''"))
"""Quotation marks: a name that is the whole of a quotation ("'Sideways'") is a title."""

FACILITY_WORDS = frozenset(
    """theater theatre arena stadium centre center square street road avenue bridge
    station airport palace museum gallery hotel cathedral abbey""".split()
)
"""The last word of a building's or a place's name ("Apollo Theater", "Snow Canyon State
Park"): no surname that follows a first name is read as one of these."""

HOLIDAYS = frozenset(
    """easter christmas xmas ramadan eid diwali hanukkah chanukah thanksgiving halloween
    lent passover hogmanay whitsun advent""".split()
)
"""Feasts and holidays: a season, not a place or a person ("over Easter", "by Easter")."""

PLACE_PREFIXES = frozenset("""county lake mount mt port fort cape isle""".split())
"""The first word of a place's name ("County Durham", "Lake Placid", "Mount Kenya")."""

NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "O'")
"""Surname prefixes that put a capital inside one word ("McFadden", "DiCaprio"): such a
word is a person's name, not a brand's CamelCase ("DaimlerChrysler")."""

ORG_MODIFIED_NOUNS = frozenset(
    """shares shareholders stockholders directors executives employees staff stores shops
    branches customers subscribers profits revenues earnings""".split()
)
"""Nouns a company's name modifies ("Disney directors", "Tesco shares"): a name that is
not a place's ("UK shares") and modifies one of these is a company's."""

EVENT_WORDS = frozenset(
    """championship championships games olympics olympiad cup open prix festival
    awards tournament marathon grand-prix""".split()
)
"""The last word of an event's name ("European Indoor Championships", "Birmingham Grand
Prix", "Sundance Film Festival"): the name is an event, not a place or an organisation."""
