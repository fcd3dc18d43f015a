"""English venues and public buildings named as projects (a probe of the same marks as test_projects_probe).

Government office buildings, stadiums, sports centres and grounds, youth
hostels, museums and container terminals in the plural, in Hong Kong,
Taiwan and mainland English; two of them joined by "and" are two names. The
hard negatives hold the same words in lower case or alone (government
offices that close, a museum's director, the Sports Centre), and a place
alone before a lower-case cluster ("as the Ningbo cluster grew"), which says
where firms are rather than naming a cluster. A zone or a park after a
body's name and "in the" is named on its own ("built by X Co Ltd in the Y
Zone"), and so is a station on a railway line ("the X Station on the Y
Line"); Line heads a name when its sentence shows a rail line (passengers,
trains). All sentences are invented for these
tests.
"""

from __future__ import annotations

from tests.extractors.test_projects_probe import probe_tests

BUILDINGS_AND_VENUES = [
    "The department will move to the [Kwun Tong Government Offices] next year.",
    "Works on the [Sha Tin Government Offices] and the [Tai Po Sports Centre] will start in 2027.",
    "The final will be played at [Victoria Park Stadium] in May.",
    "A new lift was added at [Morrison Hill Sports Centre].",
    "The county will rebuild the [Qingxi Sports Center] before the games.",
    "Matches moved to the [Lanhai Sports Ground] after the storm.",
    "Tickets for the [Taichung Intercontinental Stadium] sold out in an hour.",
    "The first phase includes [Tsuen Lok Government Offices] and [Kowloon Bay Sports Centre].",
]

HOSTELS_AND_MUSEUMS = [
    "The [Tsing Yi Youth Hostel] will open 400 beds to students.",
    "Rooms at the [Sai Kung Youth Hostel] cost HK$300 a night.",
    "The [Qiantang Bronze Museum] drew 2 million visitors last year.",
    "Visitors to the [Lanhai Maritime Museum] rose 12 percent.",
    "The city spent 800 million yuan on the [Qingxi Silk Museum].",
    "A bridge links the [Kaohsiung Harbour Museum] with the pier.",
]

TERMINALS = [
    "Cranes at the [Lanhai Container Terminals] were upgraded.",
    "Throughput at the [Qingzhou Bulk Terminals] rose 8 percent.",
    "The [Kwai Tsing Container Terminals] handled 14 million boxes.",
    "Output at its [Fab 21] in Kaohsiung will start in 2027.",
    "Passengers on the [South Island Line] can change at Admiralty.",
    "Trains on the [Tseung Kwan O Line] will run every two minutes.",
]

STATIONS_ON_LINES = [
    "The [Pak Shek Kok Station] on the {Tseung Kwan O Line} will open in 2029.",
    "The [Hung Shui Kiu Station] on the {Tuen Ma Line} will open.",
    "Works at the [Kai Tak Station] on the {Sha Tin Line} ended.",
    "The [Qiaoyun Bridge] on the [Lanhai Metro Line 3] was finished.",
    "Lifts at the [Lok Fu Station] on the {Kwun Tong Line} were replaced.",
    "The [Danhai Station] on the {Circular Line} opened in May.",
]

ZONE_AFTER_BODY = [
    "The plant was built by Qingxi Lanrui Co Ltd in the [Hexi High-tech Industrial Development Zone].",
    "It is run by Lanmei Cable Group in the [Qiaoyun Economic Development Zone].",
    "The Bank of China branch moved; the Bank of Lanhai in the [Lanhai Free Trade Zone] opened.",
    "The Institute of Marine Research in the [Qiaoyun Science Park] hired 40 people.",
    "Tidemark Holdings Limited in the [Kwun Tong Business Area] leased two floors.",
    "The lab, set up by Hsinlan Optics Corp in the [Tainan Science Park], opened in May.",
    "Shares of Lanmei Group in the Lanhai market rose.",
    "Staff of Qiaoyun Bank in the city centre were moved.",
]

NOTHING_NAMED = [
    "Exports rose as the Ningbo cluster grew.",
    "Firms in the Lanhai cluster hired 3,000 workers.",
    "Taiwan's central government general budget rose 4 percent.",
    "The museum's director said visitor numbers fell.",
    "Two youth hostels opened in the district.",
    "Container terminals in the region were busy.",
    "Government offices will close on Monday.",
    "The Sports Centre is closed for repairs.",
    "Customers can call the Customer Service Line for help.",
    "Wages on the Front Line rose.",
    "The stadium holds 50,000 people.",
]

PROBES = {
    "venues": BUILDINGS_AND_VENUES,
    "hostels": HOSTELS_AND_MUSEUMS,
    "terminals": TERMINALS,
    "zone": ZONE_AFTER_BODY,
    "stations": STATIONS_ON_LINES,
    "none": NOTHING_NAMED,
}

KNOWN_MISSES: dict[str, str] = {
    "The Sports Centre is closed for repairs.": "a venue's head of two words alone after the reads as a name",
    "Tidemark Holdings Limited in the [Kwun Tong Business Area] leased two floors.": (
        "Business Area is no head"
    ),
}

MIN_PRECISION = 0.9
MIN_RECALL = 0.85


(
    test_venues_and_public_buildings_are_found_as_a_reader_marks_them,
    test_known_misses_are_probe_sentences,
    test_probe_precision_and_recall_hold,
) = probe_tests(PROBES, KNOWN_MISSES, 30, MIN_PRECISION, MIN_RECALL)
