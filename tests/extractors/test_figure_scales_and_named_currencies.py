"""Amounts whose value a bare reading gets wrong: a currency named before a local 元,
a 万 splitting a 万亿, and a qualifier separated by 值 or 在."""

from __future__ import annotations

import pytest

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.figures.find import find_spans
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES


def _figures(text: str, region: str | None) -> list[tuple[str, dict]]:
    line = normalise_line(1, text, RULES)
    document = DocumentContext(region=region, traditional="t2s" in line.flags)
    found = []
    for span in find_spans([LineContext(1, line.norm_text, line.lang)], document, RULES):
        start, end = line.offsets.to_raw(span.start, span.end)
        found.append((text[start:end], span.fields))
    return found


def _one(text: str, region: str | None, piece: str) -> dict:
    fields = [fields for raw, fields in _figures(text, region) if piece in raw]
    assert len(fields) == 1, _figures(text, region)
    return fields[0]


@pytest.mark.parametrize(
    ("text", "region", "piece", "unit", "value", "qualifier"),
    [
        ("高雄市府統計，外商今年匯入美金3億6,200萬元。", "TW", "美金3億6,200萬元", "USD", 3.62e8, None),
        ("竹科廠商去年獲約美金21億元的訂單。", "TW", "約美金21億元", "USD", 2.1e9, "approx"),
        ("園區向日本藥廠採購日圓4,800萬元的設備。", "TW", "日圓4,800萬元", "JPY", 4.8e7, None),
        ("本港商會捐出人民幣2億元。", "HK", "人民幣2億元", "CNY", 2.0e8, None),
        ("澳門公司以港幣650萬元購入舖位。", "MO", "港幣650萬元", "HKD", 6.5e6, None),
        ("厂商支付日元9亿元的许可费。", "CN", "日元9亿元", "JPY", 9.0e8, None),
        ("他只带了美元300元出境。", "CN", "美元300元", "USD", 300, None),
    ],
)
def test_a_currency_named_before_the_number_wins_over_the_local_yuan(
    text, region, piece, unit, value, qualifier
):
    fields = _one(text, region, piece)
    assert (fields["unit"], fields["value"], fields.get("qualifier")) == (unit, value, qualifier)


def test_a_bare_yuan_keeps_the_currency_of_the_place():
    assert _one("台中市今年編列預算35億元。", "TW", "35億元")["unit"] == "TWD"


@pytest.mark.parametrize(
    ("text", "region", "piece", "value"),
    [
        ("本港全年貿易總額為5萬1,380億元。", "HK", "5萬1,380億元", 5.138e12),
        ("全市社会消费品零售总额达2万3,015亿元。", "CN", "2万3,015亿元", 2.3015e12),
        ("两省合计3万6千亿元。", "CN", "3万6千亿元", 3.6e12),
        ("園區營業額達2兆4,350億元。", "TW", "2兆4,350億元", 2.435e12),
        ("新廠投資7億2,500萬元。", "TW", "7億2,500萬元", 7.25e8),
        ("展會預計吸引约2万3千人。", "CN", "约2万3千人", 23000),
        ("展會預計吸引約2萬3千人。", "HK", "約2萬3千人", 23000),
    ],
)
def test_a_larger_scale_written_before_the_number_is_added_to_it(text, region, piece, value):
    assert _one(text, region, piece)["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "region", "piece", "expected"),
    [
        ("該批藏品約值3,900億港元。", "HK", "3,900億港元", {"value": 3.9e11}),
        (
            "市府估計損失約在新台幣300億元至420億元。",
            "TW",
            "300億元",
            {"value_low": 3.0e10, "value_high": 4.2e10},
        ),
        ("这批设备约值8亿元。", "CN", "8亿元", {"value": 8.0e8}),
    ],
)
def test_a_qualifier_separated_by_zhi_or_zai_qualifies_the_number(text, region, piece, expected):
    fields = _one(text, region, piece)
    assert {key: fields.get(key) for key in expected} == expected
    assert fields.get("qualifier") == "approx"


def test_zai_away_from_the_number_qualifies_nothing():
    fields = _one("公司约在开发区内新建6座仓库。", "CN", "6座")
    assert fields.get("qualifier") is None
