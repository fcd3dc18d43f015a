"""A battery of invented sentences: English counts whose noun stands elsewhere, and nouns led by a code.

A bare number after a verb of counting counts the subject (`licensed stalls
stood at 3,150`), after a word of comparison it counts the noun of the
sentence's earlier count (`240 welders, up from 180`), and after a part
opener the whole (`Of the new clinics, 12 are ...`). A digit-led code (5G,
4K, 3D) or a ranking's name with its number (Fortune Global 500) may stand
between a number and its noun. Values, rates, indexes and
prices after the same verbs are no counts. The cases read as in
`test_figure_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_figure_probe import EN, HK, LT, TW, A, M, _differences, figure_cases

CASES = [
    # -- the subject of a verb of counting
    (
        "Registered drones numbered 2.3 million nationwide, the agency said.",
        EN,
        [("2.3 million", 2.3e6, "count", None, "drones")],
    ),
    (
        "Licensed hawkers in Kowloon stood at 3,150 last month.",
        HK,
        [("3,150", 3150, "count", None, "hawkers")],
    ),
    (
        "Hotel rooms in the district now number about 42,000, up from 35,000 a decade ago.",
        EN,
        [("about 42,000", 42000, "count", A, "rooms"), ("35,000", 35000, "count", None, "rooms")],
    ),
    (
        "Smart meters installed this year reached 9.6 million, bringing the total to more than 40 million.",
        EN,
        [
            ("9.6 million", 9.6e6, "count", None, "meters"),
            ("more than 40 million", 4e7, "count", M, "meters"),
        ],
    ),
    (
        "Electric buses totalled 18,400 at the end of September, while hybrid ones reached 6,250.",
        EN,
        [("18,400", 18400, "count", None, "buses"), ("6,250", 6250, "count", None, "buses")],
    ),
    (
        "Newly registered start-ups climbed 9.5 percent to 61,200 in the first half.",
        TW,
        [("9.5 percent", 9.5, "percent", None), ("61,200", 61200, "count", None, "start-ups")],
    ),
    (
        "The number of foreign students reached 1,480 this autumn.",
        HK,
        [("1,480", 1480, "count", None, "students")],
    ),
    ("Cruise calls at the terminal hit 215 in 2025.", EN, [("215", 215, "count", None, "calls")]),
    # -- the noun of an earlier count, after a word of comparison
    (
        "The yard delivered 31 bulk carriers this year, up from 24 in 2024.",
        EN,
        [("31 bulk carriers", 31, "count", None, "carriers"), ("24", 24, "count", None, "carriers")],
    ),
    (
        "Seoul sent 1.2 million tourists, followed by Osaka with 830,000.",
        EN,
        [
            ("1.2 million tourists", 1.2e6, "count", None, "tourists"),
            ("830,000", 8.3e5, "count", None, "tourists"),
        ],
    ),
    (
        "The scheme approved 2,300 new flats, bringing the total to about 19,000.",
        HK,
        [("2,300 new flats", 2300, "count", None, "flats"), ("about 19,000", 19000, "count", A, "flats")],
    ),
    (
        "China had 4.5 million 5G base stations by the end of October, up from 3.9 million.",
        EN,
        [
            ("4.5 million 5G base stations", 4.5e6, "count", None, "stations"),
            ("3.9 million", 3.9e6, "count", None, "stations"),
        ],
    ),
    # -- a part of a whole named before it
    ("Of the new clinics, 12 are in the eastern districts.", HK, [("12", 12, "count", None, "clinics")]),
    ("Among the listed projects, 9 were funded by the province.", EN, [("9", 9, "count", None, "projects")]),
    # -- a digit-led code between the number and its noun
    (
        "Operators have built 4,500 5G base stations across the province.",
        EN,
        [("4,500 5G base stations", 4500, "count", None, "stations")],
    ),
    (
        "The stadium installed 300 4K screens along its concourse.",
        EN,
        [("300 4K screens", 300, "count", None, "screens")],
    ),
    (
        "The carmaker sold 12,000 4WD pickups in Thailand.",
        EN,
        [("12,000 4WD pickups", 12000, "count", None, "pickups")],
    ),
    (
        "The firm shipped 2 million 3D sensors last quarter.",
        TW,
        [("2 million 3D sensors", 2e6, "count", None, "sensors")],
    ),
    (
        "Hospitals bought 25 3T MRI scanners in 2026.",
        EN,
        [("25 3T MRI scanners", 25, "count", None, "scanners")],
    ),
    (
        "About 60 5A-rated scenic spots joined the scheme.",
        EN,
        [("About 60 5A-rated scenic spots", 60, "count", A, "spots")],
    ),
    # -- the subject of a verb of change, before `from` and the `to` after it
    (
        "Reported pipe leaks fell from a peak of about 1 900 in 2019 to fewer than 400 last year.",
        HK,
        [("about 1 900", 1900, "count", A, "leaks"), ("fewer than 400", 400, "count", LT, "leaks")],
    ),
    (
        "Passenger trips fell from 1.2 million to 950,000.",
        EN,
        [("1.2 million", 1.2e6, "count", None, "trips"), ("950,000", 9.5e5, "count", None, "trips")],
    ),
    (
        "Registered firms grew from 3,400 in 2020 to 5,100 this year.",
        TW,
        [("3,400", 3400, "count", None, "firms"), ("5,100", 5100, "count", None, "firms")],
    ),
    ("The index fell from 3,200 to 3,050.", EN, []),
    (
        "The 40 night stalls open from 9 to 11 every evening.",
        HK,
        [("40 night stalls", 40, "count", None, "stalls")],
    ),
    ("Prices climbed from 9,000 to 9,800 per square metre.", EN, []),
    ("Its population rose from 2.1 million to 2.4 million.", EN, []),
    # -- the name of a ranking or an index with its number between a count and its noun
    (
        "The expo drew 3,612 exhibitors, including 297 Fortune Global 500 companies.",
        EN,
        [
            ("3,612 exhibitors", 3612, "count", None, "exhibitors"),
            ("297 Fortune Global 500 companies", 297, "count", None, "companies"),
        ],
    ),
    (
        "More than 170 Fortune Global 500 companies have invested here.",
        EN,
        [("More than 170 Fortune Global 500 companies", 170, "count", M, "companies")],
    ),
    ("About 40 S&P 500 firms cut their guidance.", EN, [("About 40 S&P 500 firms", 40, "count", A, "firms")]),
    ("The park hosts 12 Fortune 500 firms.", HK, [("12 Fortune 500 firms", 12, "count", None, "firms")]),
    ("Fortune Global 500 companies opened offices in Hefei.", EN, []),
    ("The S&P 500 rose to 5,830 on Friday.", EN, []),
    ("In 2024 Fortune 500 companies spent more on AI.", EN, []),
    # -- no count: values, levels and prices after the same verbs; years; no plural subject
    ("The index fell to 1,200 points last week.", EN, []),
    ("The composite index stood at 3,120 on Monday.", EN, []),
    ("The ratio stood at 1.35, the lowest since 2019.", EN, []),
    ("Average rents of small shops rose to 9,500 in March.", HK, []),
    ("Home prices climbed to 68,000 per square metre.", EN, []),
    ("The yuan weakened to 7.28 against the dollar.", EN, []),
    ("Exports reached 390,000 in the quarter.", TW, []),
    # (a population counts people: collectives)
    ("Its population grew to 3.2 million in 2025.", EN, [("3.2 million", 3.2e6, "count", None, "people")]),
    ("Its turnover grew to 3.2 million in 2025.", EN, []),
    ("The city's bus fleet grew to 1,200 by the end of June.", EN, []),
    ("The PMI rose to 50.8 in October from 49.9.", EN, []),
    ("Cinema screens reached 2026 by then.", EN, []),
    ("Visitors from Thailand came second with 820,000.", EN, []),
    ("Shares closed at 42 on Friday.", HK, []),
    ("By 2030 4K screens will be standard.", EN, []),
    ("Chapter 12 3D printing basics.", EN, []),
    # -- a part of a count named just before it (of which, of whom)
    (
        "The estate adds 3,600 flats, of which 1,150 are for elderly tenants.",
        HK,
        [("3,600 flats", 3600, "count", None, "flats"), ("1,150", 1150, "count", None, "flats")],
    ),
    (
        "The trade show drew 820 exhibitors, of which 275 came from overseas.",
        TW,
        [("820 exhibitors", 820, "count", None, "exhibitors"), ("275", 275, "count", None, "exhibitors")],
    ),
    (
        "The county trained 1,900 nurses, among whom 640 were men.",
        EN,
        [("1,900 nurses", 1900, "count", None, "nurses"), ("640", 640, "count", None, "nurses")],
    ),
    ("Turnover reached 7,400, of which 2,100 came from rentals.", EN, []),
    # -- a line that is a label and its number, as key-figure boxes write them
    ("Licensed minibuses: 4,350", HK, [("4,350", 4350, "count", None, "minibuses")]),
    ("Member enterprises: 2,475", EN, [("2,475", 2475, "count", None, "enterprises")]),
    ("Public charging piles: 6,300.", EN, [("6,300", 6300, "count", None, "piles")]),
    ("Annual exports: 4,800", EN, []),
    ("Hotline: 1823", HK, []),
    ("Residents: 52,000 (2025 census)", EN, []),
    ("Visitors to the park in May: 41,500 a day, the operator said.", EN, []),
]

KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "region", "expected"), figure_cases(CASES, KNOWN))
def test_each_sentence_gives_the_figures_it_holds(text, region, expected):
    assert _differences(text, region, expected) == []
