"""Project names as Hong Kong, Macau and Taiwan outlets write them, in traditional script and in English.

A probe (marks and scoring as in test_projects_probe) of works named the
way these outlets name them: a body's or a facility's own building works
(X醫院擴建, X轉運站新建工程, X高中新建Y工程, the X Hospital Extension),
public housing and new-town works (X公屋, X新市鎮擴展), Taiwan's science
parks by the part of the island they serve with their short forms in
brackets (中部科學園區（中科）), rail lines named alone (X延伸線第一階段,
the X Line, the X Line extension), a port's terminal in lower case, and
programmes named as an action agenda, a blueprint or a roadmap; beside
the same words where they name no project (a hospital that speaks, a
production line, a territory's housing in general, a terminal where a
place alone stands, a meeting's agenda). All sentences are invented for
these tests.
"""

from __future__ import annotations

import pytest

from pipeline.core.records import DocumentContext
from tests.extractors.test_projects_probe import assert_found_as_marked, probe_params

TRADITIONAL = DocumentContext(traditional=True)
ENGLISH = DocumentContext(region="HK")

BUILDING_WORKS = [
    "財委會批准撥款推展[澜岭醫院擴建]工程。",
    "[青洲醫院重建計劃]第一期預計明年完工。",
    "[西灣社區健康中心]工程預計年底竣工。",
    "縣府今日舉行[澜溪高中新建活動中心工程]動土典禮。",
    "[青禾國小校舍改建工程]預計明年暑假完工。",
    "[金湖國中老舊校舍拆除重建工程]今日開工。",
    "宜蘭縣政府今日在校內舉行[青禾國中新建校舍工程]動土典禮。",
    "市府推動[青洲轉運站新建工程]。",
    "[澜湖溪整治工程]預計下月完工。",
    "[澜溪市立體育館整建工程]明年完工。",
    "當局已完成[澜岭醫院擴建]的地盤平整。",
    "財委會通過[青洲醫院重建]第二期撥款。",
    "政府將推展[青洲醫院擴建計劃]。",
    "澜岭醫院擴建了急症室。",
    "澜岭醫院擴建後床位增加。",
    "澜岭醫院今日公布全年求診人次。",
    "醫管局表示，青洲醫院急症室輪候時間縮短。",
    "醫院擴建工程需時五年。",
    "教育部補助各校校舍改建。",
    "全縣國中小老舊校舍耐震補強已完成九成。",
    "青禾國小舉行畢業典禮。",
    "縣府新建工程經費增加。",
    "全市新建工程共三十項。",
    "市府今年編列經費辦理排水改善。",
    "台北市高中今年招生人數減少。",
]

HOUSING_AND_NEW_TOWNS = [
    "[青洲公屋]第二期明年入伙。",
    "房委會將在[澜岭公屋]加建升降機。",
    "[澜岭新市鎮擴展]第二期明年展開。",
    "政府將推展[澜岭新市鎮擴展]。",
    "[青洲北區公共房屋]的地基工程已完成。",
    "市民輪候公屋時間仍長。",
    "政府會增建公屋。",
    "香港公屋輪候時間約五年。",
    "澳門公屋申請人數上升。",
    "全港公屋單位約八十萬個。",
    "立法會議員關注簡約公屋的入住率。",
    "填海工程對漁民造成影響。",
]

SCIENCE_PARKS = [
    "[南部科學園區]今年營業額創新高。",
    "[中部科學園區]（[中科]）新增廠商五家。",
    "[新竹科學園區]（[竹科]）今年營業額創新高。",
    "經濟部長今日視察[南部科學園區]。",
    "位於[南部科學園區]的廠房明年量產。",
    "[青洲科技園]（[青科園]）今年新增企業二十家。",
    "[青禾數據中心（二期）]今年啟用。",
    "南部科學園區管理局表示，園區上半年營業額年增兩成。",
    "台灣中部科技業者增加。",
    "中部地區的科學教育資源不足。",
]

RAIL_LINES_EN = [
    "Passengers can change to the [Tuen Lok Line] at Kam Sheung.",
    "The [Northern Loop Link] will connect the two new towns.",
    "The [East Harbour Line extension] is due to open in 2030.",
    "Trains on the [Lanling Line] were delayed for 20 minutes.",
    "The railway operator will extend the [South Island Line] to the west.",
    "Ridership on the [Lanling Line] rose 5%.",
    "The [Lanling Line] opened in 2021.",
    "The firm will build a new production line in Lanling.",
    "The hotline will open at 9 am.",
    "The company drew a red line on pricing.",
    "Shares fell in line with the market.",
    "A new bus line will link the estate with the station.",
    "The Qingzhou Line said profits rose.",
    "Evergreen Line ordered ten new container ships.",
    "Bottom Line: Stations Need Upgrades",
    "A new Production Line for trains opened in May.",
]

WORKS_EN = [
    "Lawmakers approved funding for the [Lanling Hospital Extension] on Friday.",
    "Works on the [Qingzhou Hospital Redevelopment] will start next year.",
    "The [Sai Wan Hospital Expansion] will add 300 beds.",
    "Construction of the [Tung Lok Community Health Centre] began in March.",
    "The [Tung Chung New Town Extension] will provide 50,000 flats.",
    "The [Qingzhou public housing] project will provide 3,000 units.",
    "Lawmakers approved $2 billion for the [Lanling Hospital Phase 2 Redevelopment].",
    "The [Lanling Airport Terminal 2 expansion] will be finished in 2031.",
    "The [Qiaoyun Science Park expansion] will cost $5 billion.",
    "Lanling Hospital said waiting times had fallen.",
    "Lanhai Hospital said the extension would add 300 beds.",
    "Hospital Extension Approved",
    "Lanling College granted a deadline extension to students.",
    "The Lanling College expansion of courses drew praise.",
    "The Sai Wan Community Health Centre said it had served 3,000 patients.",
    "The hospital extension will add 400 beds.",
    "Patients at Qingzhou Hospital were moved to other wards.",
    "More public housing will be built in the coming years.",
    "The reclamation drew complaints from fishermen.",
]

TERMINALS_EN = [
    "The [Kwai Lok terminal] handled more containers this year.",
    "The fully automated [Qingzhou Phase IV terminal] handled 5 million TEUs.",
    "Cranes at the [Lanling container terminal] were upgraded in May.",
    "The [Qingzhou container terminal phase II project] will add four berths.",
    "Lanling terminal operators raised fees.",
    "Passengers arrived at the terminal early.",
    "The terminal operator raised fees.",
    "Flights to the Hong Kong terminal were delayed.",
    "The group runs a container terminal in Lanling.",
    "The Hong Kong plant was closed.",
]

PROGRAMMES_EN = [
    "The government released the [Northern Lanling Action Agenda] on Tuesday.",
    "Under the [Qingzhou Development Blueprint], 20 hectares will be rezoned.",
    "The [Smart Lanling Roadmap] sets out 30 measures.",
    "The [Lanling Green Building Blueprint] was launched in May.",
    "The agenda for the meeting was set.",
    "The roadmap was welcomed by business groups.",
    "The Action Agenda was welcomed by the chamber.",
    "Annual Meeting Agenda",
    "The Blueprint was welcomed.",
]

RAIL_LINES = [
    "[青洲澜岭延伸線第一階段]通過初勘。",
    "捷運局表示，[青洲澜岭延伸線]預計明年通車。",
    "[澜湾綫首階段]工程明年展開。",
    "港鐵表示，[澜岭綫]列車今早服務受阻。",
    "工廠生產線第一階段更新完成。",
    "防線第二階段部署完成。",
    "供應鏈路線第一階段已完成。",
    "公司新增兩條生產綫。",
]

PROBES: dict[str, list[str]] = {
    "works": BUILDING_WORKS,
    "housing": HOUSING_AND_NEW_TOWNS,
    "park": SCIENCE_PARKS,
    "rail": RAIL_LINES,
}

PROBES_EN: dict[str, list[str]] = {
    "rail": RAIL_LINES_EN,
    "works": WORKS_EN,
    "terminal": TERMINALS_EN,
    "programme": PROGRAMMES_EN,
}

# Sentences the rules still get wrong, with the reason (strict expected failures).
KNOWN_MISSES: dict[str, str] = {}

KNOWN_MISSES_EN: dict[str, str] = {
    "The [Lanling Line] opened in 2021.": "nothing in the sentence shows a rail line",
}


@pytest.mark.parametrize("probe", probe_params(PROBES, KNOWN_MISSES))
def test_traditional_names_are_found_as_a_reader_marks_them(probe: str) -> None:
    assert_found_as_marked(probe, TRADITIONAL)


@pytest.mark.parametrize("probe", probe_params(PROBES_EN, KNOWN_MISSES_EN))
def test_english_names_are_found_as_a_reader_marks_them(probe: str) -> None:
    assert_found_as_marked(probe, ENGLISH)


def test_known_misses_are_probe_sentences() -> None:
    assert set(KNOWN_MISSES) <= {probe for probes in PROBES.values() for probe in probes}
    assert set(KNOWN_MISSES_EN) <= {probe for probes in PROBES_EN.values() for probe in probes}
