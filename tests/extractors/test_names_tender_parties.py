"""Parties of tender, land-sale and procurement notices: the role is no part of the name.

Results of tenders, land sales and procurements name each party after its
role, with a colon or written right before the name (中标人X有限公司,
竞得人X集团, 招标人X管理中心, 施工单位X建设有限公司). The role ends the name
(names.yaml boundary words), and in a labelled field a company's short
name is read after the colon as after 为 (organisations.yaml
`field_role_nouns`), each partner of a consortium to the word for it, while
a person, a plot or a name cut inside a word is none. All sentences are
invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import names_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中标人澜川水务工程有限公司，中标价9600万元。", "澜川水务工程有限公司"),
        ("B4-02地块：竞得人青岫置业有限公司，成交价7.2亿元。", "青岫置业有限公司"),
        ("受讓人青岫置業有限公司須按合同約定開工。", "青岫置業有限公司"),
        ("招标人禾湾港航投资集团有限公司于4月2日发布公告。", "禾湾港航投资集团有限公司"),
        ("施工单位澜川路桥建设有限公司已进场。", "澜川路桥建设有限公司"),
        ("投标人澜川水务工程有限公司递交了投标文件。", "澜川水务工程有限公司"),
    ],
)
def test_role_written_before_a_name_ends_it(text, name):
    assert ("organisations", name) in names_in(text)
    assert not any(found.endswith(name) and found != name for _, found in names_in(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("中标人：澜岫环境", {"澜岫环境"}),
        ("成交供應商：禾沐軟件　成交金額：86萬元", {"禾沐軟件"}),
        ("中标人：青川环保、澜屿水务联合体", {"青川环保", "澜屿水务"}),
    ],
)
def test_short_name_in_a_labelled_role_field_is_a_company(text, names):
    assert {name for table, name in names_in(text) if table == "organisations"} == names


@pytest.mark.parametrize(
    "text",
    [
        "中标人：李强",
        "受让人：B3-07地块",
        "中标人应当按照合同约定履行义务。",
        "竞得人：青川环保、临溪城投联合体",
    ],
)
def test_labelled_role_field_reports_no_person_plot_or_cut_name(text):
    found = {name for table, name in names_in(text) if table == "organisations"}
    assert not found - {"青川环保"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("招标人澜湾跨江通道管理中心于5月9日发布公告。", "澜湾跨江通道管理中心"),
        ("採購人：青洲市醫療保障服務中心", "青洲市醫療保障服務中心"),
        ("代理机构：临溪公共资源交易中心", "临溪公共资源交易中心"),
    ],
)
def test_centre_that_tenders_or_buys_is_a_body(text, name):
    assert names_in(text) == {("organisations", name)}


def test_centre_without_a_role_before_it_is_left_to_the_projects():
    assert ("organisations", "澜湾跨江通道管理中心") not in names_in("澜湾跨江通道管理中心大楼今年落成。")
