"""A battery of invented sentences: Hong Kong minor units of money (仙, 毫, 毫子, HK cents).

毫子 after digits is the ten-cent piece, 毫 only after 元 (3元2毫); 毫 before a
measure is milli- (毫米, 毫升), and an amount whose number a minor unit
follows is not read as whole dollars (港幣1毫 is not HK$1). The cases read
as in `test_figure_probe`.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_figure_probe import CN, EN, HK, _differences, figure_cases

CASES = [
    ("報紙每份加價2毫子。", HK, [("2毫子", 0.2, "HKD", None)]),
    ("舊式5毫子硬幣仍可使用。", HK, [("5毫子", 0.5, "HKD", None)]),
    ("電車車資上調至3元2毫。", HK, [("3元2毫", 3.2, "HKD", None)]),
    ("公司宣布每股派12仙末期股息。", HK, [("12仙", 0.12, "HKD", None)]),
    ("董事會建議派發末期股息每股港幣8.5仙。", HK, [("港幣8.5仙", 0.085, "HKD", None)]),
    ("It declared an interim dividend of HK12 cents a share.", EN, [("HK12 cents", 0.12, "HKD", None)]),
    ("The bank will pay a dividend of HK 12 cents per share.", EN, [("HK 12 cents", 0.12, "HKD", None)]),
    ("車費將加價港幣1毫。", HK, [("港幣1毫", 0.1, "HKD", None)]),
    ("每股派息3毫半。", HK, [("3毫半", 0.35, "HKD", None)]),
    ("降雨量达25毫米。", CN, [("25毫米", 0.025, "m", None)]),
    ("每支含0.5毫克。", CN, []),
    ("电池容量5000毫安时。", CN, []),
    ("误差不到1毫。", CN, []),
    ("他們對此毫不在意。", HK, []),
    ("该仙股今日急升。", HK, []),
    ("他住在八仙嶺附近。", HK, []),
]

KNOWN = {
    "車費將加價港幣1毫。": "毫 after a currency word is not read (it is no longer misread as HK$1)",
    "每股派息3毫半。": "a half after 毫 is not read (left rather than read short)",
}


@pytest.mark.parametrize(("text", "region", "expected"), figure_cases(CASES, KNOWN))
def test_each_sentence_gives_the_figures_it_holds(text, region, expected):
    assert _differences(text, region, expected) == []
