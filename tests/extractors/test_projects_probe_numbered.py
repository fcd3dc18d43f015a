"""Plants and fabs called by their number (a probe of the same marks as test_projects_probe).

Chipmakers and carmakers in Taiwan, Hong Kong and mainland English name a
site by its head and number alone ("its Fab 18", "TSMC's Fab 21 Phase 2",
"Hexin's Plant 4"). A fab so named is a facility wherever it stands; a plant
or a factory only after its owner ("its", a company's possessive) or before
"of" and its company, since "Plant 2" alone may be a list's item or a
building in a yard. A place after "in" says where the site is and is no part
of its name. The hard negatives hold numbered units that name no site (a
plant's unit, a page, a bus), a fab or plant in lower case, and numbers of
plants counted. All sentences are invented for these tests.
"""

from __future__ import annotations

from tests.extractors.test_projects_probe import probe_tests

FABS = [
    "Lanxin will start volume production at [Fab 18] next year.",
    "Output at its [Fab 22] in Taichung will start in 2028.",
    "The company's [Fab 21 Phase 2] will open in 2027.",
    "Qiaoxin's [Fab 12A] runs at full capacity, the chipmaker said.",
    "Equipment for [Fab 7] arrived from the Netherlands in May.",
    "TSMC said its [Fab 25] in the [Central Taiwan Science Park] would start output in 2028.",
    "Hexin Micro will spend US$3 billion on [Fab 3 Phase II] in Tainan.",
    "Power cuts halted two lines at [Fab 15] on Tuesday.",
]

PLANTS = [
    "Qiaoyun Motors said its [Plant 4] would make batteries from 2027.",
    "Workers at Hexin's [Plant 2] went on strike over pay.",
    "The carmaker's [Plant 3] in Ningbo will close for a month.",
    "Output at their [Factory 5] rose 20 percent.",
    "[Plant 6] of Lanfeng Motors will be rebuilt by 2029.",
    "The group said its [Plant 2 Phase II] in Wuxi would start production in June.",
]

NOT_SITES = [
    "Unit 2 of the power station was shut for repairs.",
    "The fab 18 months ago was still empty.",
    "The company runs 3 plants in Guangdong and 2 in Anhui.",
    "See Table 3 on Page 12 for the plant's output.",
    "Plant 2,000 trees along the road, the notice said.",
    "Bus 7 runs to the plant every hour.",
    "Fab capacity rose 10 percent in the quarter.",
    "The Fab Four played at the arena in 1964.",
    "Plant 3 is shown in the map below.",
]

PROBES: dict[str, list[str]] = {"en": FABS + PLANTS + NOT_SITES}

KNOWN_MISSES: dict[str, str] = {}

MIN_PRECISION = 0.95
MIN_RECALL = 0.9


(
    test_numbered_plants_and_fabs_are_found_as_a_reader_marks_them,
    test_known_misses_are_probe_sentences,
    test_probe_precision_and_recall_hold,
) = probe_tests(PROBES, KNOWN_MISSES, 20, MIN_PRECISION, MIN_RECALL)
