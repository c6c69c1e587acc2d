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

import re

# --- numbers, scales, currencies and units (quantities, figure_spans) ---
SMALL = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "half": 0.5, "couple": 2,
}  # fmt: skip

SCALES = {
    "dozen": 12, "dozens": 12, "tens": 10, "score": 20, "hundred": 1e2, "hundreds": 1e2, "thousand": 1e3, "thousands": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12, "mil": 1e6,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,  # Indian English: "Rs 500 crore"
}  # fmt: skip

ABBREVIATED_SCALES = frozenset(("bn", "mn", "mln", "bln", "tn", "trn", "mil"))
"""Scale abbreviations that mean nothing else after a number: "30 bn", "2.5 mil". The
one-letter ones ("m", "b", "k") may be units ("400m" is metres) and need money near."""

VAGUE_PREFIXES = ("multi-", "multi", "mega-", "half-a-")
"""A scale word after one of these is a vague size, not a number: "a multi-million
dollar industry" is no $1,000,000."""

CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB",
    "a$": "AUD", "c$": "CAD", "hk$": "HKD", "₩": "KRW", "₺": "TRY", "chf": "CHF",
    "$us": "USD", "$a": "AUD", "ps": "GBP", "y=": "JPY",  # "PS", "Y=": £, ¥ on old wires
    "rs": "INR", "rs.": "INR", "r$": "BRL", "s$": "SGD", "nz$": "NZD", "nt$": "TWD",
    "₦": "NGN", "₱": "PHP", "₪": "ILS", "₫": "VND", "₴": "UAH", "฿": "THB", "e£": "EGP",
    "ksh": "KES", "rp": "IDR", "rm": "MYR", "dh": "AED", "tk": "BDT",
}  # fmt: skip

CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "gbp": "GBP", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "francs": "CHF",
    "cents": "cents", "cent": "cents", "pence": "pence", "p": "pence", "hryvnias": "UAH",
    "jpy": "JPY", "cny": "CNY", "inr": "INR", "chf": "CHF", "aud": "AUD", "cad": "CAD",
    "hkd": "HKD", "rub": "RUB", "krw": "KRW", "nzd": "NZD",
    "naira": "NGN", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "zloty": "PLN",
    "zlotys": "PLN", "forint": "HUF", "forints": "HUF", "hryvnia": "UAH",
    "krona": "SEK", "kronor": "SEK", "lira": "TRY", "lire": "TRY", "riyal": "SAR",
    "riyals": "SAR", "shekel": "ILS", "shekels": "ILS", "reais": "BRL", "cedi": "GHS",
    "cedis": "GHS", "birr": "ETB", "taka": "BDT", "tenge": "KZT", "leu": "RON",
    "peso": "peso", "pesos": "peso", "shilling": "shilling", "shillings": "shilling",
    "dinar": "dinar", "dinars": "dinar", "dirham": "dirham", "dirhams": "dirham",
    "krone": "krone", "kroner": "krone", "rial": "rial", "rials": "rial", "kwacha": "kwacha",
    "bucks": "USD",  # "45 bucks": American for dollars (the Bucks, a team, is capitalised)
    "quid": "GBP", "rmb": "CNY",  # "5 quid": British for pounds; "RMB 100": renminbi
}  # fmt: skip
"""Currency words that mean nothing else. A name several countries use ("pesos",
"shillings", "dinars") is its own unit; "Mexican pesos" or "Kenyan shillings" name the
country's code (pycountry's names, in quantities)."""

CROWN_CURRENCIES = frozenset(("krone", "krona", "koruna"))
"""Currencies English news calls "crowns" after the country's adjective ("7.5 million
Danish crowns", "Swedish crowns"): a crown alone is a crown, with the adjective money."""

WEIGHT_EVIDENCE = frozenset("weigh weight heavy ounce ounces oz stone of".split())
"""Words that make "pounds" a weight, not sterling: "weighed 7 pounds", "200 pounds of
flour", "12 pounds 4 ounces" (a sign, "£7", is always money)."""

MONEY_NOUNS = frozenset(
    "money cash funding funds investment aid taxpayers taxpayer public spending revenue".split()
)
"""What "pounds of" is money of ("millions of pounds of public money"), not a weight."""

CURRENCIES_AFTER_A_NUMBER = {"won": "KRW", "rand": "ZAR", "real": "BRL", "dong": "VND"}
"""Currency names that are also English words ("he won", "the real reason"): money only
right after a number the parse hangs on them ("5bn won", "12 rand")."""

MONEY_VERBS = frozenset(
    """cost pay spend raise earn charge sell buy fine owe lend borrow invest price value
    save lose budget fund award donate bill worth""".split()
)
"""Verbs (lemmas) whose object is a sum: evidence that "R25" after "costs" is 25 rand."""

CURRENCY_CODES_THAT_ARE_WORDS = frozenset(
    "ALL TOP CUP BOB MOP GEL PEN SOS TRY BAM CAD MAD AMD SAR DOP COP BOV CHE COU".split()
)
"""ISO 4217 codes that are also English words or acronyms in capitals ("ALL 5 SEATS",
"TOP 10"): never read as a currency unless the hand list above names them."""

LOWER_CODES_THAT_ARE_WORDS = frozenset(
    "rub cad all top cup bob mop gel pen sos try bam mad amd sar dop cop php ron nad lak mur "
    "pab ern scr mga ssp ang".split()
)
"""ISO 4217 codes that are English words or names in lower case ("rub 2 drops in", "10
top scorers", "php 8"): never read as a currency in lower case."""

CURRENCY_NAMES_THAT_ARE_WORDS = frozenset(
    "won sol gold silver platinum palladium sucre real mark rand kina tala vatu loti pula "
    "som dong leone".split()
)
"""ISO 4217 currency names that are ordinary English words ("he won 5", "the real
3"): read as currencies only with a qualifier ("South Korean won")."""

DOLLAR_COUNTRIES = {
    "australian": "AUD", "canadian": "CAD", "kong": "HKD", "zealand": "NZD",
    "singapore": "SGD", "taiwan": "TWD", "us": "USD", "american": "USD", "u.s.": "USD",
    "u.s": "USD", "mexican": "MXN", "jamaican": "JMD", "fijian": "FJD", "namibian": "NAD",
}  # fmt: skip
"""The word before "dollars" that says whose dollars: "3.1bn Australian dollars"."""

NOT_COUNTRY_ADJECTIVES = frozenset(
    "more extra additional other another further fewer less much many few new old real "
    "public federal annual total net gross".split()
)
"""Adjectives that may stand between a number and a currency word without naming whose
money it is ("5 more dollars", "20 extra pounds"): never read as a country's."""

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
    "ml": "ml", "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml",
    "cl": "cl", "l": "litres", "mg": "mg", "milligram": "mg", "milligrams": "mg",
    "mcg": "µg", "µg": "µg", "microgram": "µg", "micrograms": "µg", "oz": "ounces",
    "ounce": "ounces", "ounces": "ounces", "t": "tonnes", "dm": "dm", "carat": "carats",
    "carats": "carats", "karat": "carats", "karats": "carats",
    "ha": "hectares", "yd": "yards", "cup": "cups", "cups": "cups",
    "tablespoon": "tablespoons", "tablespoons": "tablespoons", "teaspoon": "teaspoons",
    "teaspoons": "teaspoons", "pint": "pints", "pints": "pints",
    "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "bit": "bits", "bits": "bits", "byte": "bytes", "bytes": "bytes", "kb": "KB",
    "kilobytes": "KB", "megabytes": "MB", "megabyte": "MB", "gigabytes": "GB", "gigabyte": "GB",
    "terabytes": "TB", "terabyte": "TB", "ghz": "GHz", "mhz": "MHz", "hz": "Hz", "kmh": "km/h", "kmph": "km/h", "°": "degrees",
    "khz": "kHz", "ppm": "ppm", "ppb": "ppb",  # parts per million or billion: concentrations
    "volt": "V", "volts": "V", "kv": "kV", "kilovolts": "kV", "amp": "A", "amps": "A",
    "decibel": "dB", "decibels": "dB", "db": "dB", "kcal": "kcal", "psi": "psi",
    "mbps": "Mbps", "gbps": "Gbps", "mp": "MP", "megapixel": "MP", "megapixels": "MP",
}  # fmt: skip

AREA_WORDS = {"sq": "square", "square": "square", "cubic": "cubic"}
"""Words that make the measure after them an area or volume: "85sq m", "0.9 trillion
cubic feet"."""

CODE_LETTERS = "GD"
"""Capitals that make the number glued to them a code, not a measure: "5G", "2.5G",
"3D" (a "g" in lower case is grams: "180g")."""

TEMPERATURE_UNITS = {
    "°c": "°C", "°f": "°F", "celsius": "°C", "centigrade": "°C", "fahrenheit": "°F",
}  # fmt: skip
"""Temperature scales; "25 degrees C" and "25 deg F" name them after "degrees" too."""

AGE_WORDS = ("old", "of age")
"""After a time span, these make it an age: "a 35-year-old", "ten years old"."""

AGE_BEFORE = frozenset(("aged", "age", "ages"))
"""Before a bare number, these make it an age in years: "died aged 72", "at age 40"."""

OLDEST_AGE = 120
"""A bare number read as a person's age is at most this ("Smith, 45,"), else no age."""

RATES = {  # a measure per measure is a unit of its own: "miles per gallon" is not "miles"
    "miles per gallon": "mpg", "miles per hour": "mph", "miles an hour": "mph",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "km per hour": "km/h",
    "barrels a day": "barrels a day", "barrel a day": "barrels a day",
    "barrels per day": "barrels a day", "barrel per day": "barrels a day",
    "kilometres an hour": "km/h", "km an hour": "km/h",
}  # fmt: skip

CHANGE_WORDS = frozenset(
    """rise fall increase decrease grow shrink jump climb drop cut raise lower reduce boost
    slash double halve triple move go surge soar slip slide plunge tumble dip edge gain
    lose decline expand widen narrow improve change revise lift hike trim ease sink
    rebound recover swell shift fell rose up down add shed""".split()
)
"""Words of change (lemmas; "fell", "rose" too, which the model sometimes leaves
unlemmatised). After one, "X to Y" with both ends marked ("rose $2.10 to $84.30") is
the change then the new level, and "from X to Y" is the old level then the new: two
figures each, never a range. Without one, "from $20 to $50 a ticket" is a range."""

RATIO_LINK = "in"
"""The word of a ratio: "one in five adults" is a share of 1/5 (0.2), like "a fifth";
so is "out of" ("nine out of 10"), and "every" may follow ("one in every three")."""
RATIO_OUT_OF = ("out", "of")
RATIO_EVERY = "every"

RACE_WORDS = frozenset(
    """hurdles heats finals semi-finals semifinals races sprints relays events titles
    records champions championships metres freestyle""".split()
)
"""Plural nouns a distance names a race by ("the 60m hurdles", "the 800m heats"): a
"60m" before them is metres, where before other plurals ("5m people") it is millions."""

RACE_NOUNS = frozenset(
    """race marathon half-marathon final heat stage lap sprint relay triathlon
    time-trial leg""".split()
)
"""Nouns for a race itself: a time a verb takes beside one ("won the marathon in 2
hours 5 minutes") is the time of that race."""

DIMENSION_ADJECTIVES = frozenset("deep high long wide tall thick across".split())
"""Adjectives a measure before them sizes ("30 feet deep", "3m high"): the measure is the
size of the noun they describe."""

COUNTED_SINGULARS = frozenset(
    """staff personnel crew police people cattle livestock poultry sheep deer fish aircraft
    spacecraft offspring clergy youth faculty infantry cavalry head""".split()
)
"""Nouns that take a count in the singular form ("its 500 staff", "40 aircraft", "200 head
of cattle"): a number before one counts it, it does not name it."""

RESULT_WORDS = frozenset(
    """won win wins beat beats beaten lost lose loses defeat defeated defeats drew draw
    drawn victory win lead led leads trail trailed score scored scoreline thrashed
    thrashing edged routed result tie tied final triumph thriller""".split()
)
"""Words of a match result: "won 3-1", "a 2-0 defeat". A score is two numbers, not a
range (nor is any "N-M" whose first number is the larger: "1-0", "52-48")."""

TENNIS_POINTS = frozenset(("0", "15", "30", "40"))
"""The points of a game of tennis: "15-40" beside a word of a game is its score."""
GAME_WORDS = frozenset("down up break deuce serve game set point points love".split())
"""Words beside a tennis game's score ("goes 0-30 down", "15-40 and two set points")."""

VOTE_WORDS = frozenset(
    """vote votes voted voting ballot ballots passed approved rejected ruled majority
    verdict jury court senate congress parliament assembly council board""".split()
)
"""Words of a vote: "the Senate passed the bill 61-39", "the court ruled 5-4". The two
numbers of a tally count votes, where those of a match's score count nothing."""

TIME_UNITS = {
    "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes",
    "hour": "hours", "hours": "hours", "day": "days", "days": "days", "week": "weeks",
    "weeks": "weeks", "month": "months", "months": "months", "year": "years", "years": "years",
    "decade": "decades", "decades": "decades", "century": "centuries", "centuries": "centuries",
    "hr": "hours", "hrs": "hours", "mins": "minutes", "secs": "seconds", "yrs": "years",
}  # fmt: skip

UNIT_LADDERS = (
    ("years", 12, "months"), ("weeks", 7, "days"), ("days", 24, "hours"),
    ("hours", 60, "minutes"), ("minutes", 60, "seconds"),
    ("feet", 12, "inches"), ("stone", 14, "lb"), ("lb", 16, "ounces"),
)  # fmt: skip
"""A unit, how many of the next smaller one it holds, and that unit: "2 hours 14
minutes", "6ft 2in", "11st 4lb" write one measure in two units, largest first."""

LADDER_ABBREVIATIONS = {
    "hr": "hours", "hrs": "hours", "h": "hours", "min": "minutes", "mins": "minutes",
    "sec": "seconds", "secs": "seconds", "s": "seconds", "in": "inches", "st": "stone",
    "stone": "stone",
}  # fmt: skip
"""Short units of UNIT_LADDERS that MEASURES and TIME_UNITS do not hold ("2h 14m",
"6ft 2in", "11st 4lb"): read only inside such a measure, where "in" cannot be the
preposition."""

NO_SUBJECT_OPENERS = frozenset("to is was are were be been being has had have it".split())
"""Words a phrase about a measure never opens with: an auxiliary, a copula or an
infinitive's "to" first means the clause lost its subject (a pronoun, or nothing), and
what is left says nothing of what is measured."""

PERCENT_WORDS = ("%", "percent", "per cent")

PART_BEFORE_HALF = frozenset(
    "first second third fourth final other better latter former top bottom upper lower back front".split()
)
"""Words before "half" that make it a part with a name of its own, never a share: "the
second half" of a match, "the first half of the year", "her other half", "the top half
of the table"."""

DENOMINATORS = {  # "half" stays a number word: "two and a half years" is 2.5 years
    "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip

CALL_VERBS = frozenset("call dial ring phone text dialled dialed rang".split())
"""Verbs (lemmas) whose bare-number object is a number to call ("call 999", "dialled
911"), not an amount."""

NUMBERED_WORK_NOUNS = frozenset(
    """film movie show series sitcom drama album song single book novel play game episode
    track opera musical documentary programme program""".split()
)
"""Nouns for works: a bare number right after one is its title ("the show 24", "the film
1917"), not an amount."""

NUMBER_SIGNS = frozenset(("no", "no.", "nos", "nos.", "#"))
"""Signs before a number that make it a label ("No 10", "No. 1 seed", "#5")."""

NAME_SUFFIXES = ("ers", "er")
"""Endings glued to a number that make it a name ("the 49ers", "the 76ers")."""

VULGAR_FRACTIONS = {
    "½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5", "⅖": "2/5",
    "⅗": "3/5", "⅘": "4/5", "⅙": "1/6", "⅚": "5/6", "⅛": "1/8", "⅜": "3/8", "⅝": "5/8",
    "⅞": "7/8",
}  # fmt: skip
"""Fraction characters, as the slash fractions they write ("½ of the land", "10½ miles")."""

# --- dates and clock times ---
MONTHS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
"""Month and weekday names (and their abbreviations): a number beside one is a date."""

CLOCK_PREPS = frozenset("at from until till by before after around".split())
"""Before "10.30" (hours and minutes with a point, as British news writes them), these
make it a clock time, unless a verb of a level governs them (see LEVEL_VERBS)."""

LEVEL_VERBS = frozenset(
    """close stand trade end finish peak settle sit hover rest price value fix rise fall
    climb drop record set""".split()
)
"""Verbs (lemmas) after which "at 10.30" is a level, a price or a time in a race, not a
clock time ("shares closed at 10.30")."""

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

PERIOD_NOUNS = frozenset(
    """second minute hour day week month year decade century quarter half season period
    term morning afternoon evening night weekend today yesterday tomorrow""".split()
)
"""Nouns (lemmas) that say when a figure holds, not what it measures: "for the year"."""

POSSESSION_VERBS = frozenset("have own hold employ contain".split())
"""Verbs (lemmas) whose subject owns what is counted: "Ford has 13,000 workers"."""

SHARE_NOUNS = frozenset("half majority minority third quarter fifth tenth most".split())
"""Nouns that are themselves a share: a figure beside one ("more than half (55%)")
measures what the share is of."""

REPORTING_VERBS = frozenset(
    """say tell add report announce state claim estimate expect predict forecast warn
    believe think confirm reveal disclose note admit insist""".split()
)
"""Verbs (lemmas) that report a clause: "The company said it had 1,000 customers"."""

REPORTED_PRONOUNS = {
    "it": ("NN", "NNP"),
    "they": ("NNS", "NNPS", "NNP"),
    "he": ("NNP",),
    "she": ("NNP",),
}
"""Subjects of a reported clause that most often stand for the one who reports it, with
the tags of a sayer they agree with: "it" a singular noun, "they" a plural or a company
(NNP), "he" and "she" a name."""

DESTINATION_PREPS = frozenset("to into from".split())
"""Where a move for a sum goes: "moved to Leeds for £17.5m"."""

PURPOSE_PREPS = frozenset("for on in into".split())
"""Prepositions after a sum a verb takes that say what it is for: "spent $5m on ads"."""

RACE_UNITS = frozenset(("m", "km", "miles", "yards"))
"""Units a race is named by ("the 200m", "the 10km"): a time beside one is that race's."""

PARTITIVE_DETERMINERS = frozenset("the its their his her our these those".split())
"""The determiners of a whole a figure is part of: "raised 40 million of the 100 million
euros it needs", "sold 300 of its 2,000 tickets": the part counts what the whole counts."""

CHANGE_PREPS = frozenset(("by",))
"""The preposition of a change's size: "rose by 5%" says what "rose 5%" says, so a
context ends on the verb ("Employment increased"), where "to" and "from" name a level."""

OWNER_PREPS = frozenset("of at for in".split())
"""Prepositions after a noun that say whose it is when a name follows ("profits at
TimeWarner", "sales for Apple"); "of" says what it is of whatever follows."""

NARROWING_PREPS = frozenset("for among between on in to from with without".split())
"""Prepositions after a measure's noun whose common-noun object says what is measured:
"demand for electric cars", "unemployment among young people", "the gap between rich
and poor", "spending on defence", "growth in manufacturing" (not a time: "sales in May"),
"exports to India", "imports from China", "the trade deficit with China", "homes
without power"."""

NOT_OWNING_PREPS = frozenset("than like unlike versus against for".split())
"""Prepositions after which a figure's noun is not the clause subject's: a comparison's
("a bigger battery than the rival with 3,000 mAh": the rival's) and "for" (what one
calls, bids or pays for is sought, not had: "called for a $3m fine")."""

DIRECTION_WORDS = frozenset("up down higher lower back".split())
"""Words by a verb that say which way a figure moved: "shares were up 3%"."""
MOVING_WORDS = frozenset("up down higher lower".split())
"""Directions after a noun that say the figure is how far it moved: "shares up 3%"."""

PREPOSITION_NOUNS = frozenset("front top behalf spite terms lieu place excess".split())
"""Nouns that make one preposition with the words round them: "in front of 24,000 fans",
"on top of £2m", "in excess of 5,000 people"."""

APPOSITIVE_ROLES = frozenset(("fellow",))
"""Roles that say a person only in apposition ("Will Davies, senior research fellow at
the IPPR"); before a name they do not ("my fellow Team USA teammates")."""

TEAM_SHEET_LABELS = frozenset(
    """subs substitutes used booked cautioned goals goal scorers scorer dismissed off
    tries try conversions penalties pens cons""".split()
)
"""The labels of a match report's team sheet, before a colon and a list of players
("Subs Not Used: Weaver, Onuoha", "Booked: Fowler", "Goals: Rooney 68", "Tries: Cohen",
"Sent off: Keane"). "Ref" and "Att" are left out: a referee's county follows in brackets."""

LEFT_IN_STATES = frozenset(("in", "without", "with", "across", "on"))
"""Prepositions after what a verb of leaving leaves that say where and in what state:
"left 40,000 homes in Queensland without power"."""

PEOPLES_GROUP_WORDS = frozenset("men women boys girls juniors seniors veterans".split())
"""Plurals of people that open a sports heading ("Women's singles", "Men's 100
metres"): capitalised there, but no name alone."""

LIMIT_PREPS = frozenset("over above under below exceeding".split())
"""Words that set a figure as a limit on the noun before them: "any fee over £35m",
"homes under £250,000", "children under five"."""

VERB_PREPS = frozenset(
    ("to", "from", "at", "by", "worth")
)  # "rose 2% to $11.1bn": kept in the context

# --- whether a figure is news (figure_rank) ---
# What a news reader counts even when there are few of them: people (above all people
# harmed), forces and weapons, and the units of elections, jobs and housing. Lemmas,
# grouped by what `briefing analyze --explain` says made the count key.
KEY_NOUN_GROUPS = {
    "people": frozenset(
        """
        people person civilian child kid adult baby man woman boy girl victim casualty death
        dead fatality injury wounded injured hostage prisoner detainee captive refugee migrant
        resident patient case infection survivor body life family household protester
        demonstrator suspect arrest soldier troop officer policeman police fighter militant
        rebel marine sailor pilot crew passenger worker employee staff doctor nurse
        student pupil teacher voter mp lawmaker senator
        """.split()
    ),
    "forces, weapons or attacks": frozenset(
        """
        missile drone rocket bomb shell tank jet aircraft plane helicopter warship ship
        submarine vessel weapon gun rifle warhead launcher interceptor artillery howitzer
        strike attack airstrike explosion raid
        """.split()
    ),
    "jobs, votes, seats or buildings": frozenset(
        "job vote seat home house building school hospital".split()
    ),
}
KEY_NOUNS = frozenset().union(*KEY_NOUN_GROUPS.values())

HARM_WORDS = frozenset(
    """kill killing death die wound injure injury hurt maim arrest detain detention jail
    imprison kidnap kidnapping abduct abduction execute execution shoot shooting murder
    murdering rescue evacuate displace""".split()
)
"""Lemmas that say the ones counted were harmed (or had to be saved): "two journalists
were killed", "the arrest of three activists"."""

# words before a time span that measure it from now: "over the past 24 hours"
RELATIVE_BEFORE = frozenset(
    "past last next coming previous preceding following recent few upcoming".split()
)

RELATIVE_AFTER = frozenset("ago earlier later before after hence".split())

CLAUSE_LINKS = frozenset("before after until since".split())
"""Words after a time span that, when a clause follows, measure it from an event the
sentence tells ("lasted 26 weeks before the union gave it up"), not from now."""

DURATION_VERBS = frozenset("last take serve run spend span remain stay wait continue".split())
"""Verbs (lemmas) whose time span is what the story reports: "the strike lasted 26
weeks", "he served 10 years", "the show ran for 40 years"."""

DEFINITE = frozenset("the these those its their his her our your my both all each".split())

# --- what kind of name (entities) ---
TITLES = frozenset(
    """president prime minister mr mrs ms dr sir lord lady senator sen rep representative
    governor gov mayor chancellor king queen prince princess pope secretary general gen
    judge justice chairman chairwoman chair ceo spokesman spokeswoman spokesperson envoy
    ambassador commissioner head leader foreign defence defense premier colonel captain
    coach professor prof officer director mp mep msp dj""".split()
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
    olympian paralympian treasurer beatle frontman frontwoman vocalist guitarist bassist drummer keyboardist pianist violinist
    cellist conductor dancer ballerina
    journalist reporter editor columnist correspondent publisher striker midfielder
    defender goalkeeper keeper winger forward fullback quarterback pitcher batsman bowler seamer spinner paceman
    all-rounder wicketkeeper
    skipper manager boss owner founder chief executive analyst economist strategist
    lawyer attorney barrister solicitor prosecutor detective inspector sergeant constable lieutenant major
    commander admiral marshal brigadier corporal private trooper agent official advocate
    centre fly-half scrum-half flanker hooker prop
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

BAND_ROLES = frozenset(
    """frontman frontwoman guitarist bassist drummer keyboardist vocalist""".split()
)
"""Roles only a band has: the name written before one and a person ("Franz Ferdinand
frontman Alex Kapranos") is the band, whatever the model reads elsewhere."""

WORK_ROLES = frozenset(("star", "co-star", "actor", "actress", "presenter", "host"))
"""Roles a show's or a film's name is written before ("EastEnders star Leslie Grantham",
"Friends actress Jennifer Aniston"): outside sport, the name before them is the work."""

MONTH_NAMES = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
"""A month before a name is a date run into it ("August National Association …")."""

DASHES = frozenset(("-", "–", "—", "--"))
"""A dash with spaces round it separates two names ("Sri Lanka - Arjuna Ranatunga")."""

INDUSTRY_WORDS = frozenset(
    """tobacco oil gas energy mining chemicals foods brewery breweries shipping logistics
    aerospace utilities petrochemicals textiles metals automotive telecoms biotech
    pharma""".split()
)
"""An industry's word ends a company's name ("RJ Reynolds Tobacco", "British Gas"), never
a person's ("steel" and "power" are left out: David Steel, Samantha Power); unlike the
other words of ORG_SUFFIXES it can also modify the last one ("Oil and Natural Gas
Corporation")."""

ORG_SUFFIXES = (
    frozenset(
        """inc incorporated ltd limited plc llc llp corp corporation co company companies
    group holdings holding bank bancorp ag sa spa nv bv gmbh fc afc club association
    authority ministry party council committee commission agency union federation
    institute university college exchange airlines airline airways motors industries
    organisation organization foundation trust bureau department league society fund
    academy assembly board network institution partnership consortium alliance front
    movement news records media press radio tv television labs laboratories cruises lines
    systems technologies pharmaceuticals entertainment studios software services partners
    ventures electronics communications telecom petroleum bros brothers management
    capital securities investments associates insurance assurance fm productions
    pictures films""".split()
    )
    | INDUSTRY_WORDS
)
"""The last word of a name that makes it an organisation's: "Foo Inc", "Bar Group",
"Baz FC", "the Health Ministry"; and an industry's (INDUSTRY_WORDS)."""


CLUB_WORDS = frozenset("""united utd city rovers athletic wanderers albion hotspur""".split())
"""The last word of a sports club's name ("Manchester United"). "City" also ends city
names ("Mexico City"), so these overrule only a reading as a person."""

TOPIC_NOUNS = frozenset(
    """commission committee convention conference council summit panel inquiry forum
    taskforce report treaty charter declaration protocol institute centre center
    office""".split()
)
"""Words a name may follow with "on" and its topic ("European Convention on Human
Rights", "Commission on Presidential Debates"); elsewhere "on" between names gives a
day or a place ("Leeds on Boxing Day")."""

PURPOSE_NOUNS = frozenset("""coalition campaign initiative fight mission taskforce""".split())
"""Words an organisation's name may follow with its purpose ("Global Coalition to Counter
ISIS", "Campaign to Protect Rural England"), as organisations' own words do ("Committee to
Protect Journalists")."""

REMIT_NOUNS = frozenset(
    """department ministry office committee commission council secretary secretariat""".split()
)
"""The words of a public body named for its remit ("Department for Culture, Media and
Sport", "Ministry of Housing, Communities and Local Government"): the remit may list
several words."""

ORG_NOUNS = frozenset(
    """company firm group maker manufacturer producer bank lender insurer carrier airline
    retailer club party agency broadcaster newspaper network conglomerate giant
    subsidiary operator chain brand outfit publisher developer supplier distributor
    automaker carmaker chipmaker brewer miner exporter importer utility startup
    start-up studio magazine tabloid website band duo trio quartet orchestra choir""".split()
)
"""Common nouns for organisations: a name in apposition to one or modifying one
("Bertelsmann, the media group", "the Bertelsmann group") is an organisation; so is a
band ("Scottish band Snow Patrol", as CoNLL and news name bands)."""

BODY_NOUNS = frozenset(
    """committee council commission board agency authority ministry department party
    union court tribunal bureau office panel assembly federation association fund bank
    force army police service""".split()
)
"""Nouns for a body of people, which news writes in lower case in a body's own name
("the monetary policy committee (MPC)", "the national executive committee (NEC)"): an
acronym defined by lower-case words ending in one is still an organisation."""

SHOP_NOUNS = frozenset("""shop store supermarket stockist outlet""".split())
"""Nouns for shops: a name given as an example of one ("shops including John Lewis")
is a retailer. (Only as an example: "the Leeds store" is where one stands.)"""

PEOPLES_WORDS = frozenset(
    """british english french dutch welsh scottish irish swiss greek thai czech swede
    spaniard turk pole dane finn scot briton filipino kiwi arab kurd serb croat slovak
    slovene basque catalan afrikaans afrikaner zulu maori inuit roma hispanic latino
    aboriginal asian african european scandinavian nordic caribbean kyrgyz
    hutu tutsi
    azeri chechen uzbek tajik kazakh pashtun spanish swedish danish norwegian yugoslav
    soviet saudi arabic flemish maltese portuguese icelandic cypriot lao peruvian brit
    aussie cornish manx breton monegasque malagasy
    muslim moslem christian catholic protestant anglican jew jewish hindu sikh buddhist
    islamist islamic shia shiite sunni evangelical orthodox mormon
    tory democrat republican conservative communist nationalist socialist liberal unionist
    loyalist labour paralympian olympian
    dutchman frenchman englishman scotsman irishman welshman""".split()
)
"""Names of peoples, faiths and parties that are not a place's name with a demonym's
ending ("Kenyan", "Texan", "Hungarian" are found from the place): the irregular
demonyms, the faiths and the parties news names as groups of people."""

PARTY_WORDS = frozenset(
    """labour conservatives tories greens democrats republicans nationalists unionists
    socialists dems""".split()
)
"""Words a party's name ends in, after a nation's or a region's word ("Scottish
Labour", "Welsh Conservatives", "Ulster Unionists", "Liberal Democrats"), and news's short
form "Dems" ("the Lib Dems")."""

ONE_OF_A_PEOPLE = frozenset(
    """briton spaniard dane swede finn scot turk kurd serb croat filipino kiwi""".split()
)
"""Of PEOPLES_WORDS, the nouns for one member of a people ("every Briton", "a Dane"):
alone, never a company's or a place's name. (A surname may be one, "Tom Turk": read as
a person, it stays one.)"""

PEOPLES_ENDINGS: tuple[tuple[str, str], ...] = (
    ("n", ""), ("an", ""), ("an", "a"), ("an", "o"), ("an", "as"), ("ian", ""),
    ("ian", "ia"), ("ian", "y"), ("ian", "e"), ("i", ""), ("ese", ""), ("ese", "a"),
    ("ish", ""), ("ish", "and"), ("ish", "en"), ("ish", "ey"), ("er", ""), ("e", "a"),
    ("e", "es"), ("", "y"), ("ic", "ia"), ("ic", "y"), ("ian", "a"), ("ian", "ium"),
    ("ese", "on"), ("ese", "e"), ("nian", ""), ("", "istan"), ("i", "ia"), ("lese", ""),
)  # fmt: skip
"""A demonym's ending and what it replaced of its place's name: "Kenyan" is Kenya + n,
"Mexican" Mexico - o + an, "Texan" Texas - as + an, "Ukrainian" Ukraine - e + ian,
"German" Germany - y, "Argentine" Argentina - a + e, "Belgian" Belgium - ium + ian,
"Lebanese" Lebanon - on + ese, "Uzbek" Uzbekistan - istan, "Londoner" London + er."""

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

SIDE_VERBS = frozenset(("take on", "meet"))
"""Verbs (lemmas, with their particle) whose subject or object is a side in sports news:
"Chelsea take on Valencia", "Celtic meet Leeds". ("Join" and "sign for" were measured
too: news also has players join a city's other bodies, and the held-out articles lost.)"""

CLUB_ROLE_NOUNS = frozenset(
    """coach manager boss chairman owner striker midfielder defender goalkeeper keeper
    winger captain skipper player players squad fans supporters job""".split()
)
"""A club's people and posts: in sports news a town's name right before one names the
town's club ("the Valencia coach", "Southampton manager Ronald Koeman", "the Leeds
job"), as "the Leeds game" names its side (a nation's name there is its national side,
read by the country's rules: "England manager")."""

MATCH_NOUNS = frozenset("""game match tie clash fixture side""".split())
"""Nouns of a match or a team that a side's name modifies in sports news: "the Leeds
game", "the great Milan side" (a place's name before them is its club)."""

COUNTRY_ALIASES = {
    "america": "US", "usa": "US", "us": "US", "u.s.": "US", "u.s.a.": "US",
    "united states of america": "US", "the united states": "US",
    "britain": "GB", "great britain": "GB", "uk": "GB", "u.k.": "GB",
    "united kingdom": "GB",
    "russia": "RU", "turkey": "TR", "burma": "MM", "macedonia": "MK", "ivory coast": "CI",
    "palestine": "PS", "holland": "NL", "dr congo": "CD", "brunei": "BN", "vatican": "VA",
    "cape verde": "CV", "swaziland": "SZ", "east timor": "TL", "micronesia": "FM",
}  # fmt: skip
"""Names news uses for a country besides its ISO name and codes (pycountry has those:
"Russian Federation", "Türkiye", "Myanmar"). England, Scotland and Wales are not here:
they are no ISO country, and must not merge into the UK."""

PRODUCT_NOUNS = frozenset(
    """drug painkiller medicine pill vaccine antidepressant antibiotic inhaler phone smartphone
    ship vessel liner yacht tanker ferry submarine frigate destroyer icebreaker trawler
    warship freighter
    handset tablet laptop console processor browser app car hatchback saloon suv jet
    airliner aircraft plane helicopter drone missile rifle tank robot camera""".split()
)
"""Nouns for made things: a name they introduce ("the drug Vioxx", "the Razr phone" is
not: there the name modifies the noun) is the thing's."""

PORTFOLIO_TITLES = frozenset(("Secretary", "Minister", "Ministers", "Secretaries"))
"""Titles written after a minister's portfolio, capitalised ("Culture Secretary", "Health
Minister"): the capitalised words before them name the office, not an entity."""

POST_NOMINALS = frozenset("QC KC SC MP MEP MSP AM MBE OBE CBE KBE DBE PhD MD".split())
"""Letters written after a person's name for an office, a rank or an honour ("Bret Walker
SC", "Jane Marsh QC", "Tom Reid MP"): in capitals, as written."""

BROADCAST_WORDS = frozenset("bbc itv channel radio tv sky cbs nbc abc fox espn".split())
"""Words of broadcasters' names, whose channels and stations end in a number ("BBC Radio
4", "Channel 5", "ESPN 2"): no model code."""

SITE_NOUNS = frozenset(
    """factory factories plant plants site works mine refinery office offices headquarters
    warehouse depot branch base hospital prison""".split()
)
"""Buildings and works a firm or a state keeps in a place: "the Mercedes factory in
Sindelfingen" names a town after "in", however small, as a company is not where a
factory is."""

GATHERING_NOUNS = frozenset(
    "summit talks meeting conference rally protest march vigil ceremony funeral wedding "
    "festival concert gathering session".split()
)
"""Gatherings, which are held in or at a place ("a summit in Copenhagen")."""

LEADER_NOUNS = frozenset(
    "administration government presidency premiership regime cabinet campaign era".split()
)
"""Nouns a leader's surname modifies ("the Clinton administration", "the Blair government",
"the Obama campaign"): the name is the leader's, a person's."""

WORK_NOUNS = frozenset(
    """film films movie movies comedy comedies drama dramas thriller documentary
    documentaries series sitcom programme programmes soap musical opera novel novels book
    books memoir biography album albums song songs videogame videogames
    blockbuster sequel cartoon animation tale serial serials feature""".split()
)
"""Nouns for creative works: a name they introduce ("the film Sideways", "comedy
Sideways") or give examples of ("films such as Sideways") names a work, not a place, a
person or a company. ("Game", "show", "play", "hit" and "single" also name matches,
fairs and moves, so they are not here.)"""

ACTING_VERBS = frozenset("""star co-star appear play feature""".split())
"""Verbs (lemmas) of acting in a work: what one stars or plays a part "in" is the work
("stars in Harbour Nights", "plays a nurse in Ellie Parker")."""

SCREENING_VERBS = frozenset("""screen premiere premier""".split())
"""Verbs (lemmas) whose subject, passive or with no object, is a film or a programme:
"X will be screened", "X premiered in May" (whose lemma the parse gives as "premier").
("Air", "show" and "release" also take a broadcaster, a sign or a prisoner, and are not
here.)"""

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
    station airport palace museum gallery hotel cathedral abbey ballpark racecourse
    velodrome""".split()
)
"""The last word of a building's or a place's name ("Apollo Theater", "Snow Canyon State
Park"): no surname that follows a first name is read as one of these."""

HOLIDAYS = frozenset(
    """easter christmas xmas ramadan eid diwali hanukkah chanukah thanksgiving halloween
    lent passover hogmanay whitsun advent""".split()
)
"""Feasts and holidays: a season, not a place or a person ("over Easter", "by Easter")."""

WEEKDAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday""".split())
"""The days of the week: Faker lists some as first names, and news uses them in the names of
programmes and events ("Sunday Live"), not of people."""

LANDMARK_WORDS = frozenset(
    """park parade market gardens canyon falls valley wharf quay pier hole""".split()
)
"""The last word of a landmark's name ("Ellis Park", "Rodney Parade", "Camden Market"),
none of them a common surname: a name ending in one is no person's."""

NATURAL_FEATURE_WORDS = frozenset(
    """bay sea ocean gulf strait straits channel estuary peninsula islands desert glacier
    mountains river""".split()
)
"""The last word of a sea's, a coast's or a land's name ("Dublin Bay", "Bering Strait",
"Gobi Desert"): a location's."""

PLACE_PARTICLES = frozenset("""el la le los las san santa st saint sao""".split())
"""The first word of many places' names ("El Alto", "Los Angeles", "San Marino", "St
Albans"); Faker lists some of them as first names, and no person's name opens with one
in English news."""

PLACE_PREFIXES = frozenset("""county lake mount mt port fort cape isle""".split())
"""The first word of a place's name ("County Durham", "Lake Placid", "Mount Kenya")."""

NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "O'")
"""Surname prefixes that put a capital inside one word ("McFadden", "DiCaprio"): such a
word is a person's name, not a brand's CamelCase ("DaimlerChrysler")."""

ORG_MODIFIED_NOUNS = frozenset(
    """shares shareholders stockholders directors executives employees staff stores shops
    branches customers subscribers profits revenues earnings division divisions subsidiary
    subsidiaries""".split()
)
"""Nouns a company's name modifies ("Disney directors", "Tesco shares", "its Alfa Romeo
division"): a name that is
not a place's ("UK shares") and modifies one of these is a company's."""

EVENT_WORDS = frozenset(
    """championship championships games olympics paralympics olympiad cup open prix festival
    award awards prize tournament marathon grand-prix slam classic conference summit
    regatta expo exhibition trophy sevens""".split()
)
"""The last word of an event's name ("European Indoor Championships", "Birmingham Grand
Prix", "Sundance Film Festival", "the Canberra Classic", "the Conservative Party
Conference", "the G8 Summit"): the name is an event, not a place or an organisation.
("Fair" and "Rally" are left out: "Vanity Fair" is a magazine, "National Rally" a
party.)"""

SIDE_WORDS = frozenset("""villa county town rangers forest""".split())
"""More last words of football clubs' names ("Aston Villa", "Derby County", "Ipswich
Town", "Nottingham Forest"): like CLUB_WORDS they overrule only a reading as a person
("Orange County" and "Cape Town" stay places)."""

ALIAS_VERBS = frozenset("""know call dub nickname rename brand""".split())
"""Verbs (lemmas) that give another name with "as": "also known as Isil", "formerly
known as", "rebranded as": the name after "as" names the name before it."""

LAW_WORDS = frozenset(("Bill", "Act"))
"""A law's word, capitalised, as it ends a law's name ("the ID cards Bill", "the Crime
Act"); "Bill" is also a first name, which comes before a surname, never after a noun."""

LAW_PART_WORDS = frozenset(
    """article section clause proposition regulation title amendment rule directive
    chapter resolution protocol schedule part paragraph measure law act bill code
    statute treaty convention""".split()
)
"""Words of a law's numbered part ("Article 50", "Section 28", "Proposition 8"): the
number after them is the part's, not a sequel's."""

LAW_NAME_WORDS = LAW_PART_WORDS | frozenset(
    """plan agreement accord charter constitution pact doctrine order decree ordinance
    v v. vs vs.""".split()
)
"""Words one of which every law's, treaty's or ruling's name holds ("the Marshall Plan",
"the Warwick Agreement", "Roe v Wade")."""

TIME_OWNERS = frozenset(
    """year years season week weekend month summer winter spring autumn decade century
    today yesterday tonight""".split()
)
"""Times that own an event ("last year's Superbowl", "this summer's Glastonbury"): a
place, a person or a company is no time's."""

TIME_PREFIXES = ("pre", "post", "mid")
"""Prefixes glued to a name that make a time around it ("the pre-Budget report",
"post-Olympics", "mid-Ramadan"): the name is an event, the prefix no part of it."""

# --- multipliers (figures) ---
MULTIPLIER_AFTER = frozenset(
    """as more higher larger bigger greater faster longer wider heavier stronger less
    fewer lower smaller slower cheaper dearer over the""".split()
)
"""Words after "N times" that make N a multiplier ("five times as many people", "three
times higher"), not a count of what follows ("three times a week" stays a count)."""
MULTIPLIED_NOUNS = frozenset(
    """size amount number rate average level limit price cost value speed height weight
    volume length area capacity figure total sum budget salary wage income population
    distance output resolution strength dose concentration depth width energy power
    temperature pressure""".split()
)
"""What "N times the" multiplies ("three times the national average", "four times the
price"); after "the" any other noun makes N a count of occasions ("three times the world
number two hangs in")."""

# --- list items (figure contexts) ---
LIST_BREAKS = frozenset((":", ";"))
"""Punctuation that opens a list ("Properties including: A, $1m, B, $2m") or separates
its verbless items ("Flats cost $300,000; houses, $500,000"): a figure in such an item
measures the item it follows, one of what the list head names."""

# --- pronoun antecedents (figure contexts) ---
ANTECEDENT_LABELS = {
    "he": ("PERSON",),
    "she": ("PERSON",),
    "it": ("ORG", "GPE"),
    "they": ("ORG", "GPE"),
}
"""The kinds of name a third-person subject pronoun can stand for: "he" and "she" a
person, "it" and "they" an organisation or a country ("Acme reported results. It sold
40,000 cars")."""

SUBJECT_ANTECEDENT_ONLY = frozenset(("it", "they"))
"""Pronouns that stand for a name only when it was a clause's subject just before (this
sentence or the last): "it" and "they" stand for so many things that a name elsewhere
is no evidence."""

STATING_VERBS = frozenset("be stand sit hover".split())
"""Verbs that only state a level ("The fine stands at $32,500"): what is measured is
their subject, and the verb adds nothing to it."""

REACHING_VERBS = frozenset("exceed reach top surpass pass total hit near".split())
"""Verbs of reaching a level: a participle clause of one ("sales doubled, exceeding
$40m") states a level of the main clause's subject, unlike one that only adds an outcome
("the storm hit the coast, leaving thousands without power")."""

DISTANCE_FROM_PREPS = frozenset("below above beneath under underneath behind off from".split())
"""Prepositions a distance can stand before to say where it is measured from: "3,000
metres below the surface" measures a depth under the surface."""

PLURAL_PRONOUNS = frozenset(("they",))
"""Subject pronouns that can stand for a plural common noun said earlier in their
sentence ("sent the shares surging and they were up 5%": the shares)."""

GAPPED_PREPS = frozenset(("by", "at", "to"))
"""Prepositions a gapped clause keeps before its figure when it drops the verb ("Shares
of A were down 2.3%, B by 2.6%"): the noun before them is the elided verb's subject."""

OTHER_GENDER_PRONOUNS = {
    "he": frozenset(("she", "her", "hers", "herself")),
    "she": frozenset(("he", "him", "his", "himself")),
}
"""Pronouns that, said of a person after the name and before "he" or "she", show the
person is not the one "he" or "she" stands for ("he aged 96 and she aged 92")."""

BYLINE_WORDS = frozenset(("by",))
"""The word that opens a byline ("By Jane Smith"): the writer, never a "he" or "she"
of the story."""

LODGING_WORDS = frozenset("""lodge hotel motel inn resort spa""".split())
"""The last word of a business that lets rooms ("Lake Placid Lodge", "Savoy Hotel",
"Crown Inn"): the name is a building, whatever place word it starts with."""

MALWARE_NOUNS = frozenset(
    """virus worm trojan malware spyware adware ransomware botnet mailer keylogger
    rootkit""".split()
)
"""Nouns (lemmas) of malicious software: a name that modifies one, ends in one or is
given as an example of one ("the Cabir virus", "the Skulls Trojan", "viruses such as
Gaobot and Randex") names a program, not a person, a place or a company."""

COMPUTING_WORDS = frozenset(
    """computer computers pc pcs software e-mail email e-mails emails internet online
    phone phones handset handsets windows hacker hackers program programs website
    websites""".split()
)
"""Words of computing: an article that has none uses "virus" and "worm" of living
things ("the Ebola virus"), whose names are no programs."""

TECH_NOUNS = frozenset(
    """stick drive port cable box receiver decoder chip card player format standard
    codec socket adapter connector plug handset set-top""".split()
)
"""Nouns (lemmas) of devices and formats: a short all-capital word that modifies one
("USB stick", "DTT set-top boxes") names a standard or a product, not an organisation."""

ALIAS_NOUNS = frozenset("""acronym abbreviation initials nickname""".split())
"""Nouns for another name: the name in apposition to one ("its acronym, Daesh") is an
alias of something the article names, not a place or a person of its own."""

FEAST_CUSTOMS = frozenset("""day eve night card gift present""".split())
"""Nouns (lemmas) of a feast's day and customs: a one-word name that owns one
("Valentine's cards", "St Swithin's Day", "Burns night") names the feast, not a person."""

PROGRAMME_LINKS = frozenset(("with",))
"""The word between a programme's first word and its presenter ("Breakfast with Frost",
"Supper with Sam Price"): a capitalised word before it and a person's name is a title."""

FEAST_DAYS = frozenset("""day eve night""".split())
"""Of FEAST_CUSTOMS, the nouns of the day itself: "X's Day" is always the feast."""

CAPITALISING_DETERMINERS = frozenset(("the", "of"))
"""Words before a common noun that news capitalises for its importance ("the Budget",
"secretary of State"): after one, a capitalised word the article also writes in lower
case is that noun, not an organisation."""

WORK_MAKING_VERBS = frozenset("""direct produce star co-star write compose choreograph""".split())
"""Verbs (lemmas) of making a film, a show or a piece: a name qualified by one of their
participles ("X, directed by Y", "X, starring Z") is a work."""

GROUND_NOUNS = frozenset(
    """stadium ground arena racecourse circuit airport airfield station hospital campus
    prison""".split()
)
"""Nouns (lemmas) of grounds and buildings that a place's name modifies ("the Thorp Arch
training ground", "Heathrow airport"): the name is that place."""

CLASS_WORDS = frozenset("""grade class category type level tier stage phase""".split())
"""Words that with a letter or a number name a class, not a thing with a name ("Grade C
drugs", "Type 2 diabetes", "a Category 5 hurricane", "Phase III trials")."""

KIN_NOUNS = frozenset(
    """wife husband son daughter sister brother mother father mum dad partner girlfriend
    boyfriend fiancee fiance widow widower grandson granddaughter grandmother grandfather
    uncle aunt cousin nephew niece stepson stepdaughter""".split()
)
"""A name in apposition to a relative ("his wife, Sadie,", "her son Tom") is a person's."""

RANK_WORDS = frozenset("""senior chief deputy assistant principal acting interim""".split())
"""A rank that opens a job title ("Senior Transport Safety Investigator Neil Campbell"):
the capitalised words after it are the title's, not an organisation's name."""

OFFICE_WORDS = frozenset("""investigator adviser advisor engineer consultant officer""".split())
"""Job titles' last words beside those of TITLES and ROLES ("Chief Medical Officer")."""

BODIES_OF_NATIONS = frozenset(("nations",))
"""The last word of a body of nations ("United Nations", "League of Nations"): an
organisation, whatever the model guessed; no country's name ends in it."""

COMPASS_WORDS = frozenset(
    """north south east west northern southern eastern western central northeast
    northwest southeast southwest""".split()
)
"""Words of the compass that, in lower case before a name, name a part of a place
("south Devon", "northern Kenya"; "north-east Devon" is tokenised "north - east", so
its last word is the one before the name)."""

PLACE_MODIFIERS = frozenset(
    """north south east west northern southern eastern western central greater inner
    outer upper lower new old downtown metropolitan mid""".split()
)
"""Words that make a part or a namesake of a city ("East London", "Greater Manchester",
"New Delhi"): a name of them and a city is a place, not a club."""

SPORT_WORDS = frozenset(
    """club clubs league cup match fixture derby striker midfielder defender goalkeeper
    footballer footballers squad coach trophy trophies""".split()
)
"""Words of sport; an article holding them is one where a word and a city may name a
club ("Atletico Madrid", "Steaua Bucharest")."""

PAGE_LABELS = frozenset(
    """VIDEO VIDEOS WATCH PICTURED PICTURES PHOTOS GALLERY READ CLICK SCROLL LISTEN
    UPDATE UPDATED BREAKING EXCLUSIVE LIVE""".split()
)
"""Words a news page writes in capitals before a headline or a link ("VIDEO Van Gaal
…", "READ MORE"): no part of the name that follows."""

NATIONS_THAT_PLAY_AS_COUNTRIES = frozenset(
    """england scotland wales ireland northern-ireland""".split()
)
"""Nations that are no ISO country but field national sides ("England beat Wales"): a
country's side is read as the country, as the ISO countries' are."""

SHIP_PREFIXES = frozenset("""MV MS HMS USS RMS SS HMAS HMCS HMNZS INS FV""".split())
"""The prefixes of ships' names ("MV Akademik Shokalskiy", "HMS Belfast"): a ship is a
thing, not a person or a place."""

PRIZE_NOUNS = frozenset("""award awards prize prizes trophy medal medals""".split())
"""Nouns a prize's name modifies ("a Golden Globe award", "his Nobel prize"): the name
is the prize, an event's award, not a person."""

US_STATE_ABBREVIATIONS = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn
    Miss Mo Mont Neb Nebr Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo""".split()
)
"""The states' abbreviations of news style (AP), written with or without their full
stop ("Jacksonville, Fla."): places, though no gazetteer lists them."""

GEO_NOUNS = frozenset(
    """island islands province region state county district city town village river
    valley peninsula archipelago coast desert mountains""".split()
)
"""Nouns of places a name modifies ("the southern Mindanao island", "Helmand
province"): the name is the place."""

ONLY_PLACE_NOUNS = frozenset(
    """island islands province county district region peninsula archipelago""".split()
)
"""Of GEO_NOUNS, those that follow only a place's name ("Banda Aceh province"), not a
club's, a firm's or a school's ("Manchester City", "Ohio State", "the Amazon river
cruise")."""
LAND_NOUNS = frozenset("island islands peninsula archipelago".split())
"""Of ONLY_PLACE_NOUNS, those of land, not of a country's parts: a location, not a
political place."""

NUMBERED_ROAD_WORDS = frozenset("""interstate route highway motorway""".split())
"""Words that with a number name a road ("Interstate 95", "Route 66"): the number is
the road's name, not a count run into it."""


FIRMS_NOUNS = frozenset("company firm group bank lender insurer business retailer maker".split())
"""Nouns of firms a town's name may modify to say where the firm is ("the Leeds
firm"); a club, a party or a band named after its town takes the town's name as its own."""

STAFF_NOUNS = frozenset(
    """analysts economists strategists researchers scientists engineers executives
    bankers traders staff employees workers""".split()
)
"""People named by their work for an employer: "analysts at Morgan Stanley"."""

SURNAME_PARTICLES = frozenset(
    "van von de der den ten ter da das dos di del della du le la bin ibn al el".split()
)
"""Lower-case particles of surnames ("Erik ten Hag", "Robin van Persie")."""

LOAN_PREPS = frozenset(("from", "at", "to", "with"))
"""What a player is loaned from, at, to or with: a club ("on loan from Monaco")."""

MARGIN_WORDS = frozenset(("ahead", "behind", "short", "clear"))
"""Words a figure sizes as a margin: "20 points ahead of", "nine points clear of"."""

SHARE_VERBS = frozenset(("represent", "comprise", "constitute"))
"""Verbs saying their subject is the share they take: "China represents 15% of sales"."""

RECORD_WORDS = frozenset("high low record peak best worst".split())
"""A record's words: a time span before one says since when ("a 30-year low")."""

# --- companies, laws and copulas (entities, contexts) ---

SHARE_HOLDING_NOUNS = frozenset("share stake holding shareholder stakeholder".split())
"""Nouns of owning part of a company, whose "in" takes the company ("Shares in Jarvis",
"a 33% stake in Ferrovial"); a person's "interest in" may be in anything, so it is not
here."""

COMPANY_PART_NOUNS = frozenset("subsidiary unit division arm affiliate".split())
"""Nouns of a company's parts, whose "of" takes the company ("a unit of Siemens")."""

ORG_NOUN_ENDINGS_PEOPLE_SHARE = ("er", "or", "giant", "duo", "trio", "quartet")
"""Endings of the organisations' nouns that also name people ("producer Mel Gibson",
"publisher Conrad Black", "basketball giant ...", "the duo"): before a first name and a
surname they say nothing of a firm."""

AGAINST_PREFIXES = ("non", "anti")
"""Prefixes that make an adjective of a country or a body glued to them ("non-EU
imports", "anti-US protests"): the name is the country's or the body's."""

COPULA_WORDS = frozenset("be to will would could may might should must can shall".split())
"""A copula's words with its modals: "is likely to be", "will be" say nothing of what
a figure measures."""
