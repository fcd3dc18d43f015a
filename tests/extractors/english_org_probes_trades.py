"""A sixth set of English probe sentences: companies named by their trade, with no legal form.

Contract, shipping and construction news from the mainland, Hong Kong and
Taiwan names a builder, a dredger, a shipowner or a lessor by its place or
brand and its trade ("Harbour Dredging", "Orient Steel Structures",
"Meridian Bulk Shipping") right after the verb that gives it its part:
who builds, designs, runs or delivers in the passive ("built by X"), who
receives a ship, a plot or an order ("delivered to X"), and who leases or
sells ("leased from X"). A head of a site inside such a name ("Qiaoyun Port
Services") is no site. Beside them, sentences of the same shapes whose words
after the preposition name no company: buyers, stations, people, places,
rivers, a kind of energy. Stock exchanges are companies too, named by a
short name of their own ("listed on Nasdaq", "the Taipei Exchange"), while an
index ("the Hang Seng Index", "the Nasdaq Composite") and an exchange in a
stock code ("(NASDAQ: QYUN)") name none. Marks as in
`english_org_probes.unmarked`. All sentences are invented for these tests.
"""

from __future__ import annotations

AGENTS = [
    "The steel frame was built by [Orient Steel Structures] over 18 months.",
    "The new terminal was designed by [Kaiyu Engineering] and opened in May.",
    "The dredging of the channel was carried out by [Harbour Dredging].",
    "The bridge was built by [Lanfeng Bridge Engineering] in three years.",
    "The container yard will be run by [Qiaoyun Port Services] from July.",
    "The estate, developed by [Tidemark Land], has 2,000 flats.",
    "Foundation works were completed by [Sunrise Foundation Engineering] ahead of schedule.",
    "The hospital wing was constructed by [Kwan Hing Construction] at a cost of HK$900 million.",
    "The piers are being installed by [Nanhai Marine Contractors].",
    "The warehouses are managed by [Lanhai Logistics] under a ten-year lease.",
    "The road was built by the [Highways Department], not by a contractor.",
]

RECIPIENTS = [
    "The ore carrier was delivered to [Meridian Bulk Shipping] on Monday.",
    "Two LNG carriers were handed over to [Formosa Gas Shipping] in Keelung.",
    "The yard delivered the last of four bulkers to [Pacific Basin Shipping] last week.",
    "The plot was sold to [Brightmoor Development] for HK$3 billion.",
    "The cranes were leased from [Qingzhou Machinery Leasing].",
    "Cement for the dam was bought from [Xinan Building Materials].",
    "The vessels are chartered from [Harbourline Marine] for five years.",
    "The group sold its stake in the port to [Tidemark Land] for HK$2 billion.",
    "Two dredgers were leased to [Qingzhou Harbour Dredging] for NT$300 million.",
]

NOT_TRADE_COMPANIES = [
    "The flats were sold to Hong Kong buyers.",
    "The bus stops by Central Station every ten minutes.",
    "The school was built by Li Wei's grandfather in 1950.",
    "The dam was built by the Qiantang River.",
    "Power will be switched from coal to Clean Energy by 2030, the plan says.",
    "The ship was delivered to Hong Kong on Friday.",
    "The land was sold to Lanhai City in 2019.",
    "Most of the steel was bought from Japan.",
    "The terminal was designed by a team of engineers.",
]

EXCHANGES = [
    "Qiaoyun Cloud listed on [Nasdaq] in 2021.",
    "Its shares trade on the [Nasdaq] and in Hong Kong.",
    "The chipmaker plans to list on the [NYSE] next year.",
    "Turnover on the [Singapore Exchange] fell 8 percent in May.",
    "The [TWSE] suspended trading in the shares on Monday.",
    "Trading in the shares on the [Taipei Exchange] resumed on Friday.",
]

NOT_EXCHANGES = [
    "The Hang Seng Index rose 2 percent on Tuesday.",
    "The Nasdaq Composite closed at a record high.",
    "The Nasdaq index fell 1 percent overnight.",
    "Nasdaq-listed shares of Chinese firms rallied.",
    "The Taiex closed up 0.8 percent.",
    "[Qiaoyun] (NASDAQ: QYUN) posted record sales in the quarter.",
]

PROBES = AGENTS + RECIPIENTS + NOT_TRADE_COMPANIES + EXCHANGES + NOT_EXCHANGES
