"""China's national industry associations by their short forms, a vocabulary added by rule data alone.

organisations.yaml `vocabularies` item `industry_association`: the short
forms the federations' releases, the business papers and the wires write
(中汽协, 乘联会, 中电联, 中物联) and their English acronyms (CPCA, CAAM),
named where they stand as a word. All sentences are invented for these
tests.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.conftest import RULES

RULE = "organisations:industry_association"


def _associations(text: str) -> list[tuple[str, str, str]]:
    found = pipeline.extract(text, ruleset=RULES)
    return [(m.raw_text, m.rule_id, m.org_kind) for m in found if m.table == "organisations"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据中汽协统计，今年前五个月出口继续增长。", "中汽协"),
        ("乘联分会秘书长在周报中表示，零售有望回暖。", "乘联分会"),
        ("中证协公布了券商的年度经营数据。", "中证协"),
        ("中电联认为夏季用电高峰负荷将创新高。", "中电联"),
        ("中物联表示，物流业景气指数连续三个月上升。", "中物联"),
        ("中鋼協數據顯示，粗鋼產量小幅下降。", "中鋼協"),
        ("Exports rose again, according to CAAM.", "CAAM"),
        ("The figures, compiled by the CPCA, were released late.", "CPCA"),
    ],
)
def test_a_short_form_standing_as_a_word_is_the_association(text, name):
    assert (name, RULE, "association") in _associations(text)


@pytest.mark.parametrize(
    "text",
    [
        "双方正在其中汽协调解决方案。",  # 其中|汽|协调: no word of its own
        "两家企业签订了中期协议。",  # a form left out (中期协议)
        "The CPCA Weekly Report was delayed.",  # before a capitalised word: a longer name's start
        "他們在CAAM2024展會上發布新品。",  # touching a digit: part of another name
    ],
)
def test_no_association_where_the_short_form_is_no_word_of_its_own(text):
    assert not any(rule == RULE for _name, rule, _kind in _associations(text))


def test_the_full_name_is_left_to_the_association_rule():
    names = _associations("中国汽车工业协会发布月度产销数据。")
    assert ("中国汽车工业协会", "organisations:association", "association") in names
    assert not any(rule == RULE for _name, rule, _kind in names)
