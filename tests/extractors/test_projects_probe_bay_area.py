"""Project names as the Greater Bay Area, Fujian and Taiwan business press writes them.

A probe (marks and scoring as in test_projects_probe) of the classes such
pages name: zones set up for investors from Taiwan or overseas (X台商投资区),
youth start-up bases called dream works (X青年梦工场), fairs known by a
short name after their scope and host city in brackets (X（Y）文博会),
quoted investor briefings and a fair's themed sessions (「X說明會」,
「X專場」), quoted watchwords of two parts before a programme word
(「A、B」計劃), the mainland–Hong Kong connect schemes (债券通), a foundry's
fabs known by their number (晶圓N廠); beside them what names nothing: a
year of the Republic of China calendar before a park (113年園區), 布局 as
the verb of laying out capacity, and English sentences that begin by
rounding a count (Nearly 80 ... project talks); and an English phase whose
completion opens an aside after a comma ("X Phase II, completed in June,").
All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.core.records import DocumentContext
from tests.extractors.test_projects_probe import assert_found_as_marked, probe_params

TRADITIONAL = DocumentContext(traditional=True)
ENGLISH = DocumentContext(region="HK")

SIMPLIFIED = [
    # zones for investors from Taiwan or overseas Chinese
    "[澄州台商投资区]今年签约电子信息项目六个。",
    "[青禾台商投资区]、[澜江侨商投资区]共同举办招商周。",
    "省内国家级台商投资区加快招商。",
    # dream works
    "[澜湾港澳青年梦工场]首批入驻团队来自香港。",
    "团队入驻[青禾青年创业梦工厂]后获得首笔融资。",
    "这片老厂房将变成设计师的梦工场。",
    # fairs by a short name after a scope and a host in brackets
    "[第八届中国（澄州）科博会]下月开幕。",
    "县里组织企业参加[粤澳（青禾）服贸会]。",
    "组织企业参加[进博会]。",
    # connect schemes
    "南向[债券通]交易量创新高。",
    "“[跨境理财通]”额度上调后，开户人数增加。",
    "债券通有限公司今日公布月度数据。",
    # 布局 is a verb
    "集团在澄州、青禾等地布局研发中心。",
    "公司在江苏布局生产基地。",
]

TRADITIONAL_SENTENCES = [
    # a year of the Republic of China calendar leads no name
    "管理局今日公布113年園區營運成果。",
    "114年1月園區營業額年增兩成。",
    "114年[澜溪園區]營業額年增兩成。",
    # quoted briefings and themed sessions
    "市府將舉辦「[澄海智慧製造招商說明會]」。",
    "博覽會增設「[東南亞食品商品專場]」。",
    "公司今日召開「說明會」。",
    # quoted watchwords of two parts
    "政府推出「[引資南來、育才北上]」計劃。",
    "當局展開「穩就業、保民生、促消費」行動。",
    # a foundry's fabs by number
    "位於高雄的[晶圓22廠]預計下半年量產。",
    "[晶圓十五廠第二期]已經完工。",
    "公司將再建兩座12吋晶圓廠。",
]

ENGLISH_SENTENCES = [
    "Nearly 80 cross-border project talks were held at the fair.",
    "Over 500 one-on-one project meetings took place.",
    "Around 40 joint-venture project deals were signed.",
    "Nearly 300 firms joined the [Lanhai Green Port Project].",
    "[Qiaolan Biotech Park Phase II], completed in June, added 40,000 square metres.",
    "[Jinsha Phase III], completed last year, houses 80 firms.",
    "Harbourview Plaza, opened a food court in May.",
]

PROBES: dict[str, list[str]] = {"zh-Hans": SIMPLIFIED}
PROBES_TRADITIONAL: dict[str, list[str]] = {"zh-Hant": TRADITIONAL_SENTENCES}
PROBES_EN: dict[str, list[str]] = {"en": ENGLISH_SENTENCES}

# Sentences the rules still get wrong, with the reason (strict expected failures).
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("probe", probe_params(PROBES, KNOWN_MISSES))
def test_simplified_names_are_found_as_a_reader_marks_them(probe: str) -> None:
    assert_found_as_marked(probe)


@pytest.mark.parametrize("probe", probe_params(PROBES_TRADITIONAL, KNOWN_MISSES))
def test_traditional_names_are_found_as_a_reader_marks_them(probe: str) -> None:
    assert_found_as_marked(probe, TRADITIONAL)


@pytest.mark.parametrize("probe", probe_params(PROBES_EN, KNOWN_MISSES))
def test_english_names_are_found_as_a_reader_marks_them(probe: str) -> None:
    assert_found_as_marked(probe, ENGLISH)
