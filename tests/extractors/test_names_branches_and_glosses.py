"""Branches of a body, a company's Latin name in brackets before a centre, and R&D centres as facilities.

Each case is a sentence written for the test: what it must report as an
organisation or a project (table, text) and what it must not.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import names_in

FOUND = [
    # an association's branch by its field is one name with the association
    ("澜江储能行业协会电池回收分会今日发布倡议书。", ("organisations", "澜江储能行业协会电池回收分会")),
    # an institute's branch by its region, apart from the association after 及
    (
        "园区已有青禾工業技術研究院北分院及澜江氫能產業協會等單位進駐。",
        ("organisations", "青禾工業技術研究院北分院"),
    ),
    ("园区已有青禾工業技術研究院北分院及澜江氫能產業協會等單位進駐。", ("organisations", "澜江氫能產業協會")),
    # a branch of a branch
    ("澜海醫院青溪分院科學園區分院預計明年啟用。", ("organisations", "澜海醫院青溪分院科學園區分院")),
    ("青禾师范大学澜江分校今年新增三个专业。", ("organisations", "青禾师范大学澜江分校")),
    # a company named again in Latin letters in brackets ends its name: the centre after it is its own
    ("另有澜川集团（Lanchuan）电驱系统研发中心落户开发区。", ("organisations", "澜川集团")),
    ("另有澜川集团（Lanchuan）电驱系统研发中心落户开发区。", ("projects", "电驱系统研发中心")),
    ("青禾制药（Qinghe Pharma）华西创新中心二期计划投资5亿元。", ("projects", "华西创新中心二期")),
    # an R&D centre set up or built is a facility
    ("青禾大学将在园区设立智能农机研发中心。", ("projects", "智能农机研发中心")),
    # an R&D centre named after the company that owns it is a unit of it
    ("园区内已有澜禾制药华北研发中心、青溪物流园等项目。", ("organisations", "澜禾制药华北研发中心")),
    # a branch centre of a regulator stays a body
    (
        "青禾省知识产权局专利审查协作澜江分中心在新区成立。",
        ("organisations", "青禾省知识产权局专利审查协作澜江分中心"),
    ),
]

NOT_FOUND = [
    # branches in general, or no parent before the branch
    ("学会今年新设两个专业分会。", ("organisations", "专业分会")),
    ("大学计划在北方设立分校。", ("organisations", "设立分校")),
    ("全市已有九所分校投入使用。", ("organisations", "九所分校")),
    # the whole run over the bracket is no name
    (
        "另有澜川集团（Lanchuan）电驱系统研发中心落户开发区。",
        ("organisations", "澜川集团（Lanchuan）电驱系统研发中心"),
    ),
    # a phase after the bracket goes on with the park before it
    ("澜江生物医药产业园（LJBio）三期已经竣工。", ("projects", "三期")),
    # an R&D centre set up is no body
    ("青禾大学将在园区设立智能农机研发中心。", ("organisations", "智能农机研发中心")),
    ("澜禾集团拟投资三亿元建设电驱系统研发中心。", ("organisations", "电驱系统研发中心")),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_found(text: str, name: tuple[str, str]) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_not_found(text: str, name: tuple[str, str]) -> None:
    assert name not in names_in(text)
