"""What each figure measures (its context) and why it is key or not (its `why`).

Every sentence here was written for these tests: each pins one fact about English
news that a context or key rule relies on.
"""

from __future__ import annotations

import pytest

from briefing.analysis.figures import extract_figures
from briefing.analysis.model import Figure


def figure(parse_text, body: str, text: str) -> Figure:
    (found,) = [f for f in extract_figures(body, parse_text(body)) if f.text == text]
    return found


# (sentence, figure text, words the context must hold, words it must not)
CONTEXTS = [
    # "it" or "this" with no name to stand for is what the sentence last measured, not
    # whoever hopes, expects or says it will move
    ("The proportion was at 62%, and the government was hoping this would rise to 85%.",
     "85%", ["proportion"], ["government"]),
    ("The jobless rate stood at 5.2% in May, and economists expect it to climb to 5.6%.",
     "5.6%", ["jobless", "rate"], ["economists"]),
    ("The deficit was 3% last year and the minister said it would fall to 2%.", "2%",
     ["deficit"], ["minister"]),
    # a change set off after a clause is the change in what its object counted, or
    # else in its subject; never the bare direction word
    ("The airline carried 4.2 million passengers in July, up 8% on a year earlier.", "8%",
     ["airline", "passengers"], ["up"]),
    ("Profits rose to £3bn, up 5% on last year.", "5%", ["profits"], ["up"]),
    # a noun right before a figure with nothing between modifies it: the clause says
    # what is measured, not the noun alone
    ("Sales hit a record $4bn, up 20%.", "$4bn", ["sales", "hit"], []),
    # a sum "for" which a verb takes an object is that object's price
    ("She sold the painting for $4.5m to a private collector.", "$4.5m",
     ["sold", "painting"], ["collector"]),
    ("He sold the house and the car for $5m.", "$5m", ["house", "car"], []),
    # a time a verb takes beside a race is that race's time
    ("She won the marathon in 2 hours 14 minutes.", "2 hours 14 minutes", ["marathon"], []),
    # "in" before a place or a determined noun says where a figure holds, not what
    ("Turnout was 64% in the north and 58% in the south.", "58%", ["turnout", "south"], []),
    ("Prices were 4% higher in London than a year before.", "4%", ["prices"], ["london"]),
    # a bare noun after "in" is what the sum is made of
    ("The bank has $50 billion in loans backed by frozen assets.", "$50 billion", ["loans"], []),
    # a copula's subject is what is measured, and which way it moved stays with it
    ("The composite index was up about 4 per cent for the month.", "about 4 per cent",
     ["composite", "index", "up"], ["month"]),
    # "X was at 62%": the subject is what is measured, with no dangling preposition
    ("The jobless rate was at 4.2% in the spring.", "4.2%", ["jobless", "rate"], ["at"]),
    # a relative clause is about the noun it hangs on, not "which"
    ("Trading was led by mining shares, which were up 3.5%.", "3.5%",
     ["mining", "shares"], ["which"]),
    # a verb with no subject of its own takes the subject of the verb it depends on
    ("Electricity bills are expected to rise 12% next winter.", "12%",
     ["electricity", "bills", "rise"], []),
    # a possession verb's subject owns what is counted
    ("The charity has 4,000 volunteers across Scotland.", "4,000",
     ["charity", "volunteers", "scotland"], []),
    # a named subject says whose count it is
    ("Haaland has scored 27 goals in all competitions this season.", "27",
     ["haaland", "goals"], ["season"]),
    ("Ferrari signed a $40 million sponsorship deal last year.", "$40 million",
     ["ferrari", "signed", "sponsorship", "deal"], ["year"]),
    # a figure set beside a noun restates it
    ("The tablet has a bigger screen, 11 inches, than its rival.", "11 inches",
     ["bigger", "screen"], ["rival"]),
    # a time after "for" says when, not what
    ("Revenue was up 8% for the year to March.", "8%", ["revenue", "up"], ["year", "march"]),
    # what a verb reports, with the level it reached
    ("Sales rose 5% to £2.3bn.", "5%", ["sales", "rose"], []),
    ("Sales rose 5% to £2.3bn.", "£2.3bn", ["sales", "rose", "to"], []),
    ("The unemployment rate fell to 4.1% in June.", "4.1%", ["unemployment", "rate"], ["june"]),
    # a name after "at", "for" or "in" says whose the subject is; a common noun does not
    ("Quarterly profits at Renault rose 9% to €1.2bn.", "9%",
     ["profits", "at", "renault", "rose"], []),
    ("Unemployment in Portugal fell to 6.1% in May.", "6.1%",
     ["unemployment", "portugal", "fell"], ["may"]),
    ("Quarterly profits at the carmaker rose 9% to €1.2bn.", "9%",
     ["profits", "rose"], ["carmaker"]),
    # the subject's "of" phrase is part of what it names
    ("The price of Brent crude fell 2% on Monday.", "2%", ["price", "brent", "crude"], []),
    # a change and a level on one noun: the noun and what it is a change in, not the other figure
    ("The retailer reported a 14% rise in quarterly sales to £1.2bn.", "£1.2bn",
     ["rise", "quarterly", "sales"], ["14"]),
    # a figure joined to another measures the same thing
    ("Shares in the bank rose 12p, or nearly 3%, in early trading.", "nearly 3%",
     ["shares", "rose"], []),
    # an adjective that takes a figure hangs it on a noun
    ("The agency reviewed 12 contracts worth $4bn.", "$4bn", ["contracts"], ["12"]),
    # a preposition right after a sum says what it is for
    ("The council spent £2.5m on new street lighting last year.", "£2.5m",
     ["council", "spent", "street", "lighting"], ["year"]),
    # units of something: what they are of
    ("The farm covers 300 hectares of woodland.", "300 hectares", ["woodland"], []),
    # a measure noun is always someone's: the subject of the verb that takes it
    ("The insurer posted a quarterly loss of $45m on Tuesday.", "$45m",
     ["insurer", "posted", "quarterly", "loss"], ["tuesday"]),
    # a possession verb's subject, a name the parser split in two, and what it has
    ("The new Pixel 9 Pro has 16GB of memory.", "16GB", ["pixel", "9", "pro", "memory"], []),
    # a figure that is the subject: what it did or said
    ("In the poll, 58% backed the plan, with 31% against.", "58%", ["backed", "plan"], ["31"]),
    ("About 40% said they would move abroad.", "About 40%", ["said", "move", "abroad"], []),
    ("Twelve protesters blocked the main road on Friday.", "Twelve",
     ["protesters", "blocked", "road"], ["friday"]),
    ("Nearly $90 million will be spent on new trains next year.", "Nearly $90 million",
     ["spent", "new", "trains"], []),
    # a share as the subject: its "of" says who did what the other figure measures
    ("Only 16% of nurses earn more than £50,000.", "more than £50,000",
     ["nurses", "earn"], ["16"]),
    ("About 35% of farmers spend over $2,000 a year on fuel.", "over $2,000",
     ["farmers", "spend", "fuel"], ["year"]),
    # a figure beside a share ("more than half") measures what the share is of
    ("More than half (55%) of those surveyed said they would pay more.", "55%",
     ["those", "surveyed"], ["half"]),
    # a verb that only completes another keeps it: "are expected to rise"
    ("Electricity bills are expected to rise 12% next winter.", "12%",
     ["bills", "expected", "rise"], ["winter"]),
    # an adjective used as a noun is what a figure of it measures
    ("She ran a personal best of 11.02 seconds in the heats.", "11.02 seconds",
     ["personal", "best"], ["heats"]),
    # "three or four players": the second number counts the same noun
    ("The coach said three or four players were injured.", "four", ["players"], ["coach"]),
    # a fee: where the move went, not only who moved
    ("Johnson moved to Leeds for £17.5million in the summer.", "£17.5million",
     ["johnson", "moved", "leeds"], ["summer"]),
    # a relative pronoun is about the noun right before it, wherever the parser hangs it
    ("The minister said she had made a decision on supplying the drones – which have a "
     "range of up to 900 kilometers, capable of reaching the coast.", "up to 900 kilometers",
     ["drones", "range"], ["decision"]),
    ("The firm said it had reached a deal on selling the jets – which have a range of up "
     "to 3,000 miles, enough to cross the ocean.", "up to 3,000 miles",
     ["jets", "range"], ["deal"]),
    # a pronoun in a reported clause that agrees with the sayer is the sayer
    ("The airline said it had 230 aircraft in service.", "230", ["airline", "aircraft"], ["it"]),
    # a counted noun in a phrase on another noun: that noun too
    ("The shop announced price cuts on 40 popular toys.", "40", ["price", "cuts", "toys"], []),
    # a hyphenated number inside a modifier stays; another figure's words do not
    ("She won a three-year £90,000 grant for her research.", "£90,000",
     ["three-year", "grant", "research"], []),
    ("She won a three-year £90,000 grant for her research.", "three-year",
     ["grant"], ["£", "90,000"]),
    # a hyphenated figure's context does not start with its hyphen
    ("The party published a 12-point recovery plan.", "12", ["point", "recovery", "plan"],
     ["-point"]),
    # a change and the level it led to both measure the subject; "by" only says how much
    ("Membership rose by 12,000 to 1.4 million last year.", "12,000",
     ["membership", "rose"], ["by", "year"]),
    ("Membership rose by 12,000 to 1.4 million last year.", "1.4 million",
     ["membership", "rose"], ["by", "year"]),
    ("The population grew by 80,000 to 2.1 million.", "80,000", ["population", "grew"], ["by"]),
    ("The population grew by 80,000 to 2.1 million.", "2.1 million", ["population", "grew"], []),
    # "down from" / "up from" gives the earlier level of what the clause measures
    ("The firm reported revenue of $4.2bn, down from $4.9bn a year earlier.", "$4.9bn",
     ["firm", "revenue", "down", "from"], ["year"]),
    ("Turnout was 61%, up from 55% in 2019.", "55%", ["turnout", "up", "from"], []),
    # a year on a noun is no figure: the noun stays the clause's object
    ("The office revised the 2004 rate of growth down from 5.9 per cent.", "5.9 per cent",
     ["office", "revised", "rate", "growth"], []),
    # a conversion between a figure and its noun does not hide the noun
    ("Regulators proposed a maximum $3 million (£2.4 million) fine for repeat offences.",
     "$3 million", ["maximum", "fine", "offences"], []),
    # a time span a verb like "last" or "run" states measures that verb's subject
    ("The siege lasted 14 weeks before the rebels gave up the town.", "14 weeks",
     ["siege"], ["rebels", "town"]),
    ("The quiz show ran for 40 years on national television.", "40 years", ["show"], []),
    # a race distance names the race, and a time beside it is that race's
    ("She finished fifth in the 400m hurdles in 55.3 seconds.", "400m", ["hurdles"], []),
    ("She finished fifth in the 400m hurdles in 55.3 seconds.", "55.3 seconds",
     ["400m", "hurdles"], ["fifth"]),
    ("Okafor won the 800m in 118.4 seconds.", "118.4 seconds",
     ["800m", "okafor"], []),
    ("He qualified for the men's 5,000m final.", "5,000m", ["men's", "final"], []),
    # what a verb takes through a preposition belongs to the verb's subject
    ("Priya Shah was released from her $90,000 contract with the agency.", "$90,000",
     ["contract", "agency", "priya", "shah"], []),
    ("The laptop comes with a 65W charger.", "65W", ["charger", "laptop"], []),
    ("The bakery came second with 4,000 votes.", "4,000", ["votes", "bakery"], []),
    ("The cafe leased the unit at a rent of £900 a month.", "£900", ["rent", "cafe"], []),
    # "with" right after a verb's object says whose or what with: only the verb knows which
    ("The scandal landed the broadcaster with a $550,000 fine.", "$550,000",
     ["fine"], ["scandal"]),
    ("The storm hit the coast with winds of 120mph.", "120mph", ["winds"], ["coast"]),
    # another figure's noun owns nothing
    ("The new school comes with a £2m sports hall built for the pupils of the three small "
     "villages nearby.", "three", ["pupils", "villages"], ["hall", "m"]),
    # "its", "their" on the measured noun stand for the clause's subject
    ("The online retailer earns more than 60 per cent of its revenue abroad.",
     "more than 60 per cent", ["revenue", "online", "retailer"], []),
    ("Farmers lost 30% of their crops to the drought.", "30%", ["crops", "farmers"], []),
    ("The airline said it would cut 8% of its workforce.", "8%", ["workforce", "airline"], []),
    # "with" after a comma is the subject's, not the object's
    ("The team had a strong start, with 14 shots in the first half.", "14",
     ["shots", "team"], ["start"]),
    # what a verb takes "for" is sought, not had
    ("The senator called for a £5m fund for flood victims.", "£5m",
     ["fund", "flood", "victims"], ["senator"]),
    # nor after a comparison: what follows "than" is another's
    ("The new phone has a bigger battery than the old model with 3,000 mAh.", "3,000 mAh",
     ["model"], ["phone"]),
    # a relative clause with a subject of its own is not about the noun it hangs on
    ("He left the flat she shared with 12 students.", "12", ["students"], ["flat"]),
    # a figure in a verbless list item after a colon: the list's head and the item before it
    ("Assets sold included: a villa in Nice, worth €4.2m, a flat in Rome, €1.8m, and a "
     "farm near Lyon, €900,000.", "€1.8m", ["assets", "flat", "rome"], ["villa", "lyon"]),
    ("Assets sold included: a villa in Nice, worth €4.2m, a flat in Rome, €1.8m, and a "
     "farm near Lyon, €900,000.", "€900,000", ["assets", "farm", "lyon"], ["and", "rome"]),
    ("Closing prices: Brent crude $84.20, gold $2,310.", "$2,310", ["prices", "gold"],
     ["brent"]),
    # after a semicolon an item names itself; with no words of its own, the first clause's subject
    ("Flats in the town sell for about £300,000; terraced houses, £450,000; detached homes, "
     "£800,000.", "£800,000", ["detached", "homes"], ["flats", "terraced"]),
    ("Homes under $500,000 sell in an average of 40 days; $500,000 to $800,000, 65 days; "
     "$800,000 to $1.2 million, 90 days.", "90 days", ["homes"], []),
    # "he" or "she" as the subject stands for the nearest person named before it
    ("Chris Wood was on form again. He netted 32 goals in the league.", "32",
     ["goals", "chris", "wood"], ["he"]),
    ("Maria Lopez stood for mayor last spring. She won 60% of the vote.", "60%",
     ["vote", "maria", "lopez"], ["she"]),
    ("After a poor season at Leeds, Tom Baker's move paid off as he scored 19 goals.", "19",
     ["tom", "baker", "goals"], ["baker's", "leeds"]),
    # a byline's writer is no "he"; nor is a name the other gender's pronoun came between
    ("By Jane Smith. The old couple lived in Leeds. They died in 2011, he aged 96.", "96",
     [], ["jane", "smith"]),
    ("Ann Reed met Tom Reed in 1950. She says he scored 30 goals that season.", "30",
     ["goals"], ["ann", "tom", "reed"]),
    # nor a name whose first name is the other sex's: "she" is someone else, unnamed
    ("The firm hired the wife of director Peter Hale, and she earned $90,000 a year.",
     "$90,000", [], ["peter", "hale"]),
    ("Carol Dunn joined the board. He said it would earn $2m a year.", "$2m", [],
     ["carol", "dunn"]),
    ("Tom Reed and Ann Reed married in 1950. He scored 30 goals that season.", "30",
     ["goals"], ["ann", "tom", "reed"]),
    # "they" with no name before it stands for the last plural subject or object in its sentence
    ("The news sent the shares surging and they were up 5% by noon.", "5%",
     ["shares", "up"], ["they", "news"]),
    ("Investors sold the bonds after they fell 3% in a week.", "3%", ["bonds", "fell"],
     ["they", "investors"]),
    # "it" stands for a name only when that was a subject just before
    ("Acme Corp had a good year. It sold 40,000 cars.", "40,000", ["acme", "corp", "cars"], []),
    # a figure's own scale letter is never part of its context
    ("The firm's $9m loss was dwarfed by the $120m announced by its rival last week.",
     "$120m", ["announced", "rival"], ["m", "week"]),
    # a clause that drops its verb keeps its subject right before the figure
    ("Shares of Acme and Zeta were down 2.3%, Orbis by 2.6% and Vela was down 1.9%.",
     "2.6%", ["orbis"], ["acme", "zeta"]),
    ("Bread prices are expected to rise between 3% and 4%, with milk prices expected to "
     "rise between 2% and 3% and eggs and cheese between 5% and 6%.", "between 5% and 6%",
     ["eggs", "cheese"], ["milk", "bread"]),
    # a short appositive after the subject is part of what it names; an age is not
    ("Retail, last year's weakest sector, rose 2.4% on Friday.", "2.4%",
     ["retail", "weakest", "sector", "rose"], ["friday"]),
    ("Brent Crude (BC) peaked at $90 a barrel in May.", "$90", ["brent", "crude", "bc"], []),
    ("John Smith, 45, earned $3m.", "$3m", ["john", "smith", "earned"], ["45"]),
    ("Acme (AC), which has 4,000 workers in Wales, said it would cut jobs.", "4,000",
     ["acme", "ac", "workers", "wales"], []),
    ("The firm's $9m loss was dwarfed by the $120m announced by its rival earlier in the "
     "week.", "$120m", ["announced", "rival"], ["earlier", "week"]),
    # "up to" bounds a figure: it says no way the figure moved
    ("The new policy would provide up to £250m for school sports.", "up to £250m",
     ["policy", "provide"], ["up"]),
    # a measure in the possessive measures the noun it modifies
    ("The council promised three hours' free parking in the town centre.", "three hours",
     ["free", "parking", "centre"], ["council"]),
    # a participle of reaching states a level of the main clause's subject
    ("The company's sales nearly doubled last year, exceeding $40 million.", "$40 million",
     ["sales", "exceeding"], ["year"]),
    # a distance before "below" or "above" measures how far from what follows
    ("The wreck lies more than 3,000 metres below the surface of the Atlantic.",
     "more than 3,000 metres", ["below", "surface", "atlantic", "wreck"], []),
    # a verb that only states a level adds nothing to its subject
    ("The current maximum fine stands at $32,500.", "$32,500", ["current", "maximum", "fine"],
     ["stands", "at"]),
    # a phrase after a measure's noun that says what it measures stays with it
    ("Demand for electric cars grew 40% last year.", "40%", ["demand", "electric", "cars"], []),
    ("Unemployment among young people fell to 12.1% in May.", "12.1%",
     ["unemployment", "among", "young", "people"], ["may"]),
    # but not a time, nor a place of a common noun ("at the media giant")
    ("Sales in May rose 4%.", "4%", ["sales"], ["may"]),
    ("Quarterly profits at the media giant rose 5%.", "5%", ["profits"], ["giant"]),
    # a count or a measure of a noun is the clause subject's when that is a name
    ("Iberdrola added 1,000 megawatts of wind capacity last year.", "1,000 megawatts",
     ["wind", "capacity", "iberdrola"], ["year"]),
    # what a noun's to-infinitive means to do is the doing of the clause's subject
    ("Intel announced plans to cut more than 5,000 jobs.", "more than 5,000",
     ["intel", "jobs"], []),
    ("Intel announced plans to cut 5,000 jobs, or about 4% of its workforce.", "about 4%",
     ["workforce", "intel"], ["plans"]),
    # a measure hyphened to an adjective measures the noun after it (never its own words)
    ("The museum shows the 25m-long skeleton of a whale.", "25m", ["skeleton", "whale"],
     ["25m"]),
    ("They built a 40ft-high wall around the site.", "40ft", ["wall"], ["40ft"]),
    # a copula's subject is what its measure measures; "from A to B" only says between what
    ("The length of the new bridge is 1.2 km from bank to bank.", "1.2 km",
     ["length", "bridge"], ["bank"]),
    ("The village is 20 miles from the coast.", "20 miles", ["village", "coast"], []),
    # a figure joined after the counted noun measures another thing; a plain noun joined
    # there is counted too
    ("The party won 14 seats and 12.5% of the vote at the election.", "14",
     ["party", "seats"], ["vote", "of", "and"]),
    ("Police seized 40 guns and knives in the raid.", "40", ["guns", "knives"], []),
    # a measure before "deep" or "high" set off after a noun sizes that noun
    ("Most of the wreck landed in shallow water, just 30 feet deep.", "just 30 feet",
     ["shallow", "water"], ["wreck", "landed"]),
    # a number right after a proper noun is part of its name
    ("The S&P 500 was down 2.1% on Friday.", "2.1%", ["s&p", "500", "down"], []),
    ("The FTSE 100 index closed down 34 points at 7,402.", "7,402", ["ftse", "100", "index"],
     ["34"]),
    # "per" narrows the noun before it: a sum per share is the earnings' or the dividend's
    ("Analysts expect earnings per share of $1.25.", "$1.25", ["earnings", "per", "share"],
     []),
    # a level a verb of reaching states is its subject's
    ("Spending on defence will reach 2.5% of GDP by 2030.", "2.5%",
     ["spending", "defence", "gdp"], ["2030"]),
    # counts listed side by side each count their own noun; none restates another
    ("Three weeks of talks, 12 ministers, and 40 advisers were needed for the deal.", "12",
     ["ministers"], ["weeks", "talks"]),
    ("Three weeks of talks, 12 ministers, and 40 advisers were needed for the deal.", "40",
     ["advisers"], ["weeks", "ministers"]),
    ("Police seized 40 guns and 30 knives in the raid.", "30", ["knives"], ["guns"]),
    # the words that bound a figure are the figure's, not what it measures
    ("Up to 1.4m workers could take part in a strike.", "Up to 1.4m", ["workers"], ["up", "to"]),
    # an age is someone's: the noun it modifies or its clause's subject, never the verb
    ("Maria Lopez, a nurse, retired at the age of 60 after a long career.", "the age of 60",
     ["maria", "lopez"], ["retired", "at"]),
    ("A 35-year-old man was arrested in Leeds.", "35-year-old", ["man"],
     ["35-year-old", "arrested"]),
    ("The actor died aged 72 at his home in London.", "72", ["actor"], ["died", "aged"]),
    # a named possessive on the counted noun says whose it is
    ("Ford's 13,000 UK workers will get a pay rise.", "13,000", ["ford's", "uk", "workers"],
     []),
    ("The council's £2m budget for parks was cut.", "£2m", ["council's", "budget", "parks"],
     []),
    # "between A and B" is one phrase: the "and" completes it
    ("The exchange rate between the euro and the dollar is now 1.08.", "1.08",
     ["rate", "euro", "dollar"], []),
    ("The gap between the richest and the poorest regions is currently at 40%.", "40%",
     ["gap", "richest", "poorest", "regions"], []),
    # a measure on a participle used as an adjective sizes the noun it modifies
    ("Add 5 ml of 10% diluted bleach to the water.", "10%", ["diluted", "bleach"], ["add"]),
    # what narrows a measured noun stays with it: a second phrase after its "of" phrase,
    # where it goes to or comes from, and an ordinal, which is no level
    ("The number of families in Kent without heating reached 8,000.", "8,000",
     ["families", "kent", "without", "heating"], []),
    ("Applications to nursing courses fell by 9% this year.", "9%",
     ["applications", "to", "nursing", "courses"], []),
    ("Some 500 soldiers from the 3rd Infantry Division were sent.", "500",
     ["soldiers", "3rd", "infantry", "division"], []),
    # a participle of change after a clause is its subject's change
    ("Rents fell for a sixth month, dropping 0.8% in May.", "0.8%", ["rents", "dropping"],
     ["sixth", "month"]),
    # a narrowing phrase keeps its noun when another figure follows in it
    ("Obesity among pupils aged 10 to 11 rose to 24.1%.", "24.1%", ["obesity", "among",
     "pupils"], ["10", "11"]),
    # a phrase after a comma saying how the figure stands is not what it measures
    ("Support for the plan dropped to 31%, its lowest level.", "31%", ["support", "plan", "dropped"],
     ["lowest", "level"]),
    # a bare gerund subject names the activity measured, like a noun
    ("Lending to small firms fell by 3% in March.", "3%", ["lending", "fell"], ["march"]),
    ("Testing at the site came back at 4 ppb last year.", "4 ppb", ["testing", "came"], []),
    # a change the parser hangs on the level after it is the clause's change
    ("The average wage for nurses rose by 3% to £33,000.", "3%", ["average", "wage", "rose"],
     []),
    # a share a copula states is its subject's, of the whole named after "of"
    ("The national debt is now 90% of GDP.", "90%", ["national", "debt", "gdp"], []),
    ("Women were 40% of the workforce in 1990.", "40%", ["women", "workforce"], []),
    # a passive's subject is what a sum "for" bought
    ("The brewery, which employs 4,500 people, was sold for $2.1bn.", "$2.1bn",
     ["brewery", "sold"], []),
    # a counted subject with a verb that takes nothing is what the verb says of it
    ("At least 23 people died when the coach left the road.", "At least 23",
     ["people", "died"], []),
    # when a subject did something is not what it did
    ("About 2,000 workers walked out of the plant on Monday.", "About 2,000",
     ["workers", "walked", "plant"], ["monday"]),
    # an amount compared with another amount is not owned by the other's noun
    ("Cash reserves of $119bn beat its foreign debt of some $113bn.", "some $113bn",
     ["foreign", "debt"], ["reserves", "beat"]),
    # a share the model ran into "last year" is the clause's change
    ("Exports to China fell by a fifth last year.", "a fifth", ["exports", "china", "fell"],
     []),
]  # fmt: skip


@pytest.mark.parametrize(("body", "text", "present", "absent"), CONTEXTS)
def test_context_names_what_the_figure_measures(parse_text, body, text, present, absent):
    context = figure(parse_text, body, text).context.lower().replace("’", "'")
    words = {w.strip("()…:") for w in context.split()}  # "charger (laptop)", "Assets: farm"
    assert set(present) <= words
    assert not set(absent) & words


def test_a_conversion_of_a_figure_with_no_context_is_never_described_by_that_figure(
    parse_text,
):
    body = "Most of the debris landed in shallow water, just 47 feet (14 metres) deep."
    assert "feet" not in figure(parse_text, body, "14 metres").context


def test_a_conversion_shares_the_context_of_the_figure_it_restates(parse_text):
    body = "The club paid £30m ($38m) for the striker."
    pounds, dollars = figure(parse_text, body, "£30m"), figure(parse_text, body, "$38m")
    assert dollars.context == pounds.context
    assert "striker" in pounds.context


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Officials said it would take 26 weeks to clear it up.", "26 weeks"),
        ("Officials said it would take 26 weeks to clear the site.", "26 weeks"),
        ("He expects it to be 3% higher, he said.", "3%"),
        ("The striker moved for £17.5million.", "£17.5million"),
        # a participle with nothing after it: "storm leaving" says nothing
        ("The storm hit the coast overnight, leaving thousands without power.", "thousands"),
        # "it" in "it takes" stands for nothing, and never for a person who said it
        ("Ms Okoro said it takes about three years to train a pilot.", "about three years"),
        # a clause that lost its subject to a pronoun or nothing says nothing of a measure
        ("This is affecting several hundred properties, officials said.", "several hundred"),
        ("I wish 30-40 hours a week was unusual, but it is not.", "30-40 hours"),
        # an age with a possessive stands for a person it does not name
        ("The 27-year-old's disappointment was plain to see.", "27-year-old"),
        # "with 31% against": the verb and object of the clause are the other figure's
        ("In the poll, 58% backed the plan, with 31% against.", "31%"),
        # "it" with no name as a subject just before stands for nothing a reader can see
        ("The weather was bad in Leeds. It cost the town $3m.", "$3m"),
        # "he" with no person named before him stands for no one
        ("The talks went on late. He said it would take 26 weeks.", "26 weeks"),
    ],
)
def test_a_figure_nothing_explains_has_no_context_rather_than_a_verb_fragment(
    parse_text, body, text
):
    assert figure(parse_text, body, text).context == ""


def test_a_long_phrase_is_cut_before_its_owner_never_the_owner(parse_text):
    body = (
        "The new school comes with a £2m sports hall built for the pupils of the three "
        "small villages nearby."
    )
    context = figure(parse_text, body, "£2m").context
    assert context.startswith("sports hall")
    assert context.endswith("… (new school)")
    assert len(context.split()) <= 12


def test_contexts_stay_short_enough_for_a_sidebar(parse_text):
    body = (
        "The government approved $2 billion in emergency aid for families displaced by "
        "the floods that swept through the northern provinces of the country in spring."
    )
    context = figure(parse_text, body, "$2 billion").context
    assert context.startswith("emergency aid")
    assert len(context.rstrip("…").split()) <= 9


# (sentence, figure text, why)
WHYS = [
    ("In the past 24 hours, 40 drones were shot down over the capital.", "the past 24 hours",
     "not key: a time span measured from now"),
    ("The 20-point plan includes a 30-day truce.", "30-day", "not key: a hyphenated descriptor"),
    ("One injured civilian said the talks would fail.", "One", "not key: one"),
    ("The two leaders agreed to hold a summit.", "two",
     "not key: a small count of things already named"),
    ("The report has two sections and cites six banks.", "two",
     "not key: a small count of minor things"),
    ("Profits jumped 76% to $1.13bn (£600m) from $639m a year earlier.", "£600m",
     "not key: a conversion of the figure before it"),
    ("Most buyers were aged 25-34 last year.", "25-34", "key: a measured amount"),
    ("The EU pledged $2 billion in aid.", "$2 billion", "key: money"),
    ("Turnout rose to 64% in the capital.", "64%", "key: a percentage"),
    ("At least five people were killed in the attack.", "At least five",
     "key: a count of people harmed"),
    ("Protests followed the killing of two journalists last week.", "two",
     "key: a count of people harmed"),
    ("The school has 900 pupils and a new library.", "900", "key: a count of people"),
    ("The rebels fired eight rockets at the town.", "eight",
     "key: a count of forces, weapons or attacks"),
    ("The festival sold 45,000 tickets.", "45,000", "key: a large count"),
    # how long something lasted is news; "before" opening a clause is not "before now"
    ("The siege lasted 14 weeks before the rebels gave up the town.", "14 weeks",
     "key: how long something lasted ('lasted')"),
    ("The quiz show ran for 40 years on national television.", "40 years",
     "key: how long something lasted ('ran')"),
    ("The ceasefire held for 12 days after the talks collapsed.", "12 days", "key: a time span"),
    ("Two days before the vote, the minister resigned.", "Two days",
     "not key: a time span measured from now"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "text", "why"), WHYS)
def test_each_figure_says_why_it_is_key_or_not(parse_text, body, text, why):
    found = figure(parse_text, body, text)
    assert found.why == why
    assert (found.salience > 0) == why.startswith("key")


def test_a_value_said_again_says_it_lost_its_place(parse_text):
    body = "The charity raised $5 million in May, and the $5 million went to local schools."
    first, again = [f for f in extract_figures(body, parse_text(body)) if f.value == 5e6]
    assert {first.why, again.why} == {
        "key: money",
        "not key: the same value as a more salient figure, said again",
    }


def test_a_further_figure_of_the_same_kind_says_it_was_ranked_lower(parse_text):
    body = "The fund raised $40 million in March and $25 million in June."
    figures = {f.text: f for f in extract_figures(body, parse_text(body))}
    assert figures["$40 million"].why == "key: money"
    assert figures["$25 million"].why == (
        "key: money (ranked lower after 1 sum of money more salient)"
    )


def test_a_figure_at_the_end_of_a_sentence_leaves_the_full_stop_out(parse_text):
    body = "The club will pay around £3m. The fee was agreed on Friday."
    figures = extract_figures(body, parse_text(body))
    money = next(f for f in figures if f.kind == "money")
    assert (money.text, money.value) == ("around £3m", 3e6)
    assert body[money.start : money.end] == money.text


def test_the_numbers_of_a_vote_count_votes_and_are_not_key(parse_text):
    body = "The Senate passed the bill 61-39 on Tuesday."
    figures = [f for f in extract_figures(body, parse_text(body)) if f.value in (61, 39)]
    assert sorted(f.value for f in figures) == [39, 61]
    assert all(f.salience == 0 and "tally" in f.why for f in figures)
    body = "Ireland sealed a 28-17 victory in Rome on Saturday."
    assert not [f for f in extract_figures(body, parse_text(body)) if f.value in (28, 17)]


def test_a_number_of_times_as_many_is_a_multiplier_not_a_count(parse_text):
    body = "Almost five times as many people signed up for the service this year."
    five = next(f for f in extract_figures(body, parse_text(body)) if f.value == 5)
    assert (five.unit, five.kind) == ("times", "quantity")
    body = "The bus comes three times a week."
    three = next(f for f in extract_figures(body, parse_text(body)) if f.value == 3)
    assert three.kind == "count"  # how often, not how many times more


def test_a_subject_the_model_found_as_a_name_owns_what_it_did_whatever_its_tag(parse_text):
    """The tagger reads some acronyms in capitals as adjectives ("OHSU has performed…");
    the entity recogniser still finds the name, and the name still owns the count."""
    from dataclasses import replace

    body = "UPMC has performed more than 500 knee operations since 2001."
    parse = parse_text(body)
    assert parse.ents[0][:2] == (0, 1)  # the model finds UPMC as a name
    misread = replace(parse, pos=("ADJ", *parse.pos[1:]), tags=("JJ", *parse.tags[1:]))
    (count,) = [f for f in extract_figures(body, misread) if f.text == "more than 500"]
    assert count.context.startswith("UPMC")


def test_an_amount_and_its_bracketed_conversions_measure_the_noun_after_them(parse_text):
    body = (
        "The carmaker will restructure after reaching a $3bn (2.2bn euros; £1.6bn) "
        "settlement with its former partner over the plant."
    )
    found = figure(parse_text, body, "$3bn")
    assert found.context.startswith("settlement with its former partner"), found.context


@pytest.mark.parametrize(
    ("body", "text", "words"),
    [
        ("The collector said she did not mind paying £350 for the print.", "£350", "print"),
        ("They offered £20m for the striker on Monday.", "£20m", "striker"),
    ],
)
def test_a_sum_paid_with_no_named_payer_says_what_it_bought(parse_text, body, text, words):
    assert words in figure(parse_text, body, text).context


def test_a_sum_paid_for_a_pronoun_names_nothing_bought(parse_text):
    assert "each" not in figure(parse_text, "They would pay £5 for each.", "£5").context


def test_another_figures_currency_sign_is_never_left_alone_in_a_context(parse_text):
    body = "But the £399 models have a 1.4ghz chip and an 80 gigabyte hard drive."
    context = figure(parse_text, body, "1.4ghz").context
    assert "£" not in context and "models" in context


def test_an_age_as_a_subject_stands_for_the_person_named_before_it(parse_text):
    body = (
        "Mark Evans admitted dangerous driving at Leeds Crown Court. The 45-year-old "
        "was fined £400."
    )
    assert figure(parse_text, body, "£400").context.startswith("Mark Evans")


def test_an_age_as_a_subject_with_no_one_named_is_the_age(parse_text):
    body = "The 19-year-old was banned from driving and fined £1,200."
    assert figure(parse_text, body, "£1,200").context == "19-year-old fined"
    assert figure(parse_text, body, "19-year-old").context == ""  # no one else's age


@pytest.mark.parametrize(
    ("body", "change", "level", "said"),
    [
        ("The average house price rose by £4,000 to £285,000 in May.", "£4,000", "£285,000",
         "house price rose"),
        ("The number of claimants rose by 200 to 1,500.", "200", "1,500", "claimants rose"),
    ],
)  # fmt: skip
def test_a_change_and_the_level_it_led_to_are_told_apart(parse_text, body, change, level, said):
    """ "rose by X to Y", parsed as one range after "by": the level rose to Y, the
    change is by how much; the sidebar must not give both the same words."""
    assert figure(parse_text, body, level).context.endswith(f"{said} to")
    assert figure(parse_text, body, change).context.endswith(said)


@pytest.mark.parametrize(
    ("body", "text", "whose"),
    [
        ("Fraud now accounts for around 40% of all recorded crime.", "around 40%", "Fraud"),
        ("Exports make up 30% of the island's economy.", "30%", "Exports"),
        ("China represents 15% of the carmaker's sales.", "15%", "China"),
    ],
)
def test_a_share_says_whose_share_it_is(parse_text, body, text, whose):
    """ "Fraud accounts for 40% of crime": the 40% is the fraud's share, not the crime."""
    assert figure(parse_text, body, text).context.endswith(f"({whose})")


@pytest.mark.parametrize(
    ("body", "text", "said"),
    [
        ("The state borrowed £14.9bn in May, £2.2bn more than analysts had expected.",
         "£2.2bn", "more than expected"),
        ("Profits were £200m higher than expected.", "£200m", "higher than expected"),
        ("A new poll puts the Greens on 40%, some 12 points ahead of the Liberals.",
         "some 12", "ahead of Liberals"),
    ],
)  # fmt: skip
def test_a_figure_sizing_a_comparison_is_a_margin(parse_text, body, text, said):
    """Given as what the clause measured ("state borrowed"), a margin reads as the
    amount itself."""
    assert figure(parse_text, body, text).context.endswith(said)


def test_a_context_never_ends_on_of(parse_text):
    body = "The upgrade will give homes download speeds of up to 1Gbps next year."
    context = figure(parse_text, body, "up to 1Gbps").context
    assert context.endswith("speeds"), context


def test_a_fee_with_no_one_named_says_where_from(parse_text):
    body = "He was signed for £4.6m from AC Milan in 1998."
    assert figure(parse_text, body, "£4.6m").context == "signed from AC Milan"


@pytest.mark.parametrize(
    ("body", "text", "unit", "words", "not_words"),
    [
        ("The charity has raised 40 million of the 100 million euros it needs for the new wing.",
         "40 million", "EUR", ["charity", "raised"], ["needs"]),
        ("The theatre sold 300 of the 2,000 tickets it had printed.", "300", "tickets",
         ["theatre", "sold", "tickets"], ["printed"]),
        ("Only 12 of the 40 schools in the county met the standard.", "Only 12", "schools",
         ["schools", "met", "standard"], []),
    ],
)  # fmt: skip
def test_a_part_of_a_whole_counts_what_the_whole_counts(
    parse_text, body, text, unit, words, not_words
):
    """ "40 million of the 100 million euros": the part is euros too, and it is what the
    clause did with the whole, not the relative clause on the whole ("it needs")."""
    found = figure(parse_text, body, text)
    context = set(found.context.lower().split())
    assert found.unit == unit
    assert set(words) <= context and not set(not_words) & context, found.context


def test_a_part_of_a_modified_noun_takes_no_unit_from_the_modifier(parse_text):
    body = "The contract was to build five of the three-ton satellites."
    assert figure(parse_text, body, "five").unit != "tons"


def test_a_share_before_a_determiner_is_of_the_noun_it_opens(parse_text):
    body = "Half the nurses at the hospital went on strike."
    assert figure(parse_text, body, "Half").context == "nurses"


def test_a_context_never_opens_on_the_rest_of_a_pronouns_verb(parse_text):
    """ "they'll put Morgan at 15": "'ll put Morgan at" is no one doing anything."""
    body = "If the mood is good, they'll put Kevin Morgan at 15 and carry on."
    assert not figure(parse_text, body, "15").context.startswith("'")


@pytest.mark.parametrize(
    "body",
    [
        "The pocket games console costs £129 (189 euros) and 10 games are on sale for it.",
        "The slim black handset costs £99 (149 euros) and 20 apps come with it.",
    ],
)
def test_a_sum_never_measures_its_own_conversions_currency(parse_text, body):
    """The parser may hang "£129" on "euros" as if it counted them: the context never
    says "euros" for a sum in pounds."""
    (first, *_rest) = [f for f in extract_figures(body, parse_text(body)) if f.kind == "money"]
    assert "euros" not in first.context.lower().split()


def test_a_noun_an_infinitive_hangs_on_is_said_once(parse_text):
    """ "The decision to keep rates at 4.75%": the decision is the subject, not also the
    noun the infinitive's owner "plans"."""
    body = (
        "The decision to keep interest rates on hold at 4.75% last month was passed 7-2 by "
        "the committee."
    )
    words = figure(parse_text, body, "4.75%").context.split()
    assert "decision" in words and len(words) == len(set(words)), words


def test_a_subject_measured_by_another_amount_owns_nothing_and_is_never_cut_at_and(
    parse_text,
):
    body = "Oil and natural gas export revenues of $40bn beat its import bill of some $30bn."
    assert figure(parse_text, body, "$40bn").context == "Oil and natural gas export revenues"
    assert figure(parse_text, body, "some $30bn").context == "import bill"


def test_which_never_stands_for_the_person_a_phrase_names(parse_text):
    """ "a package for the chief executive, Jo Hale, which was worth": the package was
    worth it, not the chief executive."""
    body = (
        "Most shareholders voted against a bonus plan for the chief executive, Jo Hale, "
        "which was worth up to £4.1m."
    )
    context = figure(parse_text, body, "up to £4.1m").context
    assert context.startswith("bonus plan"), context


@pytest.mark.parametrize(
    ("body", "text", "context"),
    [
        ("Savers with more than £85,000 in deposits are not covered.", "more than £85,000",
         "deposits (Savers)"),
        ("Lenders with over $50bn in assets must hold more capital.", "over $50bn",
         "assets (Lenders)"),
    ],
)  # fmt: skip
def test_a_sum_held_with_a_noun_is_the_nouns(parse_text, body, text, context):
    assert figure(parse_text, body, text).context == context


@pytest.mark.parametrize(
    ("body", "text", "context"),
    [
        ("Many believe the deficit is likely to be under 3% next year.", "3%", "deficit"),
        ("Officials say the bill will be about £4bn.", "about £4bn", "bill"),
    ],
)
def test_a_copula_with_its_modals_leaves_the_subject_alone(parse_text, body, text, context):
    assert figure(parse_text, body, text).context == context
