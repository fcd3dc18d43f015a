"""Peer cases for figures (Recognizers-Text, JioNLP), one test per case.

Pass rules per suite are in `pipeline/dev/peer/figure_cases.py`. Known failures
are listed below with their reason and marked xfail(strict=True), so a fix
shows up as an unexpected pass.
"""

from __future__ import annotations

import pytest

from pipeline.dev.peer import checker_for

from .conftest import peer_cases, requires_shared

SPACED = "numbers written with spaces between characters (六 点 五 成, 百 分之 2) are not read"
NO_ISO_CODE = "not applicable: RT gives this currency no ISO code (francs, pesetas, guilders, markkaa)"
JIONLP_DEFAULT_YUAN = "JioNLP assumes 元 for a bare amount; we report money only when a currency is named"
JIONLP_VAGUE = "vague tens (几十万, 数十亿) are not read as ranges"

# file stem -> {input (or its first 60 characters): reason}
KNOWN_FAILURES: dict[str, dict[str, str]] = {
    "recognizers_en_number": {},
    "recognizers_zh_percent": {
        "7 2 折": SPACED,
        "六 点 五 成": SPACED,
        "一百五十    个百分点": SPACED,
        "百分之五 十": SPACED,
        "一 百 五 十 个 百 分 点": SPACED,
        "百 分之 一百二十点五": SPACED,
        "百 分之 2": SPACED,
        "百  分 之 669": SPACED,
        "百 分 之 一 百二 十点 五": SPACED,
        "陸 點 五 折": SPACED,
        "六 點 五 成": SPACED,
        "四點 五個百分點": SPACED,
        "百分之一 點五": SPACED,
        "一 百 五 十 個 百 分 點": SPACED,
        "百 分之 一百二十點五": SPACED,
        "佰 分 之 一 百二 十點 五": SPACED,
        "五百分之2.2": "convention: every fraction is a percent for us, not for RT",
        "二三十個百分點": "convention: we read 二三十 as the range 20..30; RT reports nothing",
        "找出酒精量在5-20%之间的产品": "convention: we read 5-20% as one range; RT reports only 20%",
    },
    "recognizers_en_percent": {
        "percents of twenty": "the reversed form 'percent of N' is not read",
        "percent of 10": "the reversed form 'percent of N' is not read",
    },
    "recognizers_zh_currency": {
        "10日元5日本銭": "the minor unit 銭 (sen) after an amount in 日元 is not joined to it",
    },
    "recognizers_en_currency": {
        "finnish conglomerate nokia oy ab said it reached an agreemen": NO_ISO_CODE,
        "the terms of the offer put a value of 528 million francs on ": NO_ISO_CODE,
        "still , it said it expects sales for all of 1989 to be on th": NO_ISO_CODE,
        "the transaction called for mr . murdoch ' s news internation": NO_ISO_CODE,
        "250 million dutch guilders of 7 3 / 4 % bonds due nov . 15 ,": NO_ISO_CODE,
        "It costs you 10 us dollar and me c $ 100 and fifty.": "RT reads 'c $ 100 and fifty' as 100.5",
        "it only cost thirteen dollars and forty-five cents": "dollars-and-cents amounts are not joined",
    },
    "recognizers_zh_dimension": {
        "三斤半": "number only: 半 after an out-of-vocabulary unit (斤) is not added",
    },
    "recognizers_en_dimension": {
        "The weight is 20 (kg)": "a unit in brackets after the number is not read",
        "The weight is 20 {kg}": "a unit in brackets after the number is not read",
    },
    "jionlp_zh_money": {
        "15k左右": JIONLP_DEFAULT_YUAN,
        "三万元欧元": "two currency words in a row (元欧元): the first one is taken",
        "几十万块": JIONLP_VAGUE,
        "数十亿元人民币": JIONLP_VAGUE,
        "大约十多欧元": "convention: the leading 大约 wins (approx); JioNLP gives 10..20",
        "八到九百亿泰铢": "convention: 八到九百亿 is 800..900亿 for us; JioNLP reads 8亿..900亿",
    },
    "jionlp_zh_money_extract": {
        "我们薪酬能给到10k~15k。": JIONLP_DEFAULT_YUAN,
    },
}

SUITES = [
    "recognizers_zh_number",
    "recognizers_en_number",
    "recognizers_zh_percent",
    "recognizers_en_percent",
    "recognizers_zh_ordinal",
    "recognizers_zh_currency",
    "recognizers_en_currency",
    "recognizers_zh_dimension",
    "recognizers_en_dimension",
    "jionlp_zh_money",
    "jionlp_zh_money_extract",
]


def _params() -> list:
    params = []
    for stem in SUITES:
        known = KNOWN_FAILURES.get(stem, {})
        for index, record in enumerate(peer_cases(stem)):
            marks = []
            reason = known.get(record["input"]) or known.get(record["input"][:60])
            if reason:
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            params.append(pytest.param(stem, record, marks=marks, id=f"{stem}-{index}"))
    return params


@requires_shared
@pytest.mark.parametrize(("stem", "record"), _params())
def test_peer_case(stem, record):
    result = checker_for(stem)(record)
    assert result.passed, (result.note, result.expected, result.got)


@requires_shared
def test_every_known_failure_names_a_real_case():
    for stem, known in KNOWN_FAILURES.items():
        inputs = {record["input"] for record in peer_cases(stem)}
        inputs |= {text[:60] for text in inputs}
        assert set(known) <= inputs, set(known) - inputs


@requires_shared
@pytest.mark.parametrize("stem", SUITES)
def test_every_figure_suite_has_a_checker_and_cases(stem):
    assert checker_for(stem) is not None
    assert peer_cases(stem)
