"""The Python API: pipeline.extract(text) returns typed, traceable records."""

from __future__ import annotations

from datetime import date

import pipeline
from pipeline.api import DateMention, FigureMention, MentionRecord


def test_extract_is_callable_on_the_package_and_returns_typed_records():
    records = pipeline.extract("园区今年新增企业120家，投资总额约3.5亿元。")
    assert records
    assert all(isinstance(record, MentionRecord) for record in records)
    figures = [record for record in records if isinstance(record, FigureMention)]
    money = [record for record in figures if record.unit == "CNY"]
    assert money and money[0].value == 350_000_000
    assert money[0].qualifier == "approx"


def test_offsets_address_the_strings_own_lines():
    text = "第一行没有数字。\n昌平區醫(yī)藥產業收入739億元。"
    raw_lines = text.split("\n")
    records = pipeline.extract(text)
    assert records
    for record in records:
        assert raw_lines[record.line_no - 1][record.start : record.end] == record.raw_text
    figure = next(record for record in records if isinstance(record, FigureMention))
    assert figure.raw_text == "739億元"
    assert figure.norm_text == "739亿元"


def test_doc_date_anchors_relative_dates():
    records = pipeline.extract("去年园区收入增长10%。", doc_date=date(2024, 6, 1))
    last_year = next(record for record in records if isinstance(record, DateMention))
    assert (last_year.start_date, last_year.end_date) == (date(2023, 1, 1), date(2023, 12, 31))


def test_mention_ids_are_stable_across_calls():
    text = "到2028年，培育企业超350家。"
    first = [record.mention_id for record in pipeline.extract(text)]
    assert first == [record.mention_id for record in pipeline.extract(text)]


def test_extract_and_load_are_plain_functions():
    import inspect

    assert inspect.isfunction(pipeline.extract) and inspect.isfunction(pipeline.load)


def test_every_registered_table_has_a_record_class_with_its_columns():
    from pipeline.api import MentionRecord, record_type
    from pipeline.core.entity import REGISTRY

    for spec in REGISTRY.specs():
        made = record_type(spec.table)
        assert issubclass(made, MentionRecord)
        assert set(spec.column_names) <= set(made.__dataclass_fields__)
