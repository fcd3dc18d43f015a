"""The peer date checks' mappings of the peers' conventions, on records written for the test.

A Recognizers-Text datetimerange within one day counts by its day, as a
datetime does; a vague part (later this year, 年底) and an offset in weeks,
months or years (in two weeks) pass when our whole unit holds the peer's
narrower stretch or exact day, since the gold schema resolves a vague part to
the enclosing unit and provex counts an offset in the unit named; only the one
unit the peer's text names counts, no larger span holding it.
"""

from __future__ import annotations

from pipeline.dev.peer.date_cases import (
    check_jionlp_time,
    check_recognizers_datetime,
    is_unit_offset,
    is_vague_part,
    named_unit,
)


def _rt(text: str, entity: str, kind: str, values: list[dict], context: str = "2022-03-09T00:00:00") -> dict:
    start = text.index(entity)
    expected = [{"text": entity, "start": start, "end": start + len(entity), "type": kind, "value": values}]
    return {"input": text, "context": context, "expected": expected}


def _jionlp(text: str, first: str, last: str, reference: str = "2022-03-09T10:00:00") -> dict:
    return {
        "input": text,
        "expected": {"type": "time_span", "time": [f"{first} 00:00:00", f"{last} 23:59:59"]},
        "reference_time": {"iso": reference},
    }


def test_a_datetimerange_within_one_day_counts_by_its_day():
    record = _rt(
        "The Lishui board met yesterday evening.",
        "yesterday evening",
        "datetimeV2.datetimerange",
        [{"start": "2022-03-08 16:00:00", "end": "2022-03-08 20:00:00"}],
    )
    assert check_recognizers_datetime(record).passed


def test_a_datetimerange_across_days_stays_out_of_scope():
    record = _rt(
        "Shops shut from 10pm tonight to 6am.",
        "from 10pm tonight to 6am",
        "datetimeV2.datetimerange",
        [{"start": "2022-03-09 22:00:00", "end": "2022-03-10 06:00:00"}],
    )
    outcome = check_recognizers_datetime(record)
    assert not outcome.passed and outcome.note == "out of scope"


def test_a_vague_part_passes_as_its_enclosing_unit():
    record = _rt(
        "The Wenzhou line opens later this year.",
        "later this year",
        "datetimeV2.daterange",
        [{"timex": "2022-H2", "start": "2022-07-01", "end": "2023-01-01"}],
    )
    assert check_recognizers_datetime(record).passed


def test_an_exact_stretch_still_needs_its_exact_dates():
    record = _rt(
        "The Wenzhou line closes this year.",
        "this year",
        "datetimeV2.daterange",
        [{"timex": "2022", "start": "2022-07-01", "end": "2023-01-01"}],
    )
    assert not check_recognizers_datetime(record).passed


def test_an_offset_in_weeks_passes_as_the_week_holding_the_day():
    record = _rt(
        "The Taizhou depot will open in two weeks.",
        "in two weeks",
        "datetimeV2.date",
        [{"timex": "2022-03-23", "value": "2022-03-23"}],
    )
    assert check_recognizers_datetime(record).passed


def test_a_jionlp_vague_part_passes_as_the_year():
    assert check_jionlp_time(_jionlp("2023年底", "2023-11-01", "2023-12-31")).passed
    assert not check_jionlp_time(_jionlp("2023年", "2023-11-01", "2023-12-31")).passed


def test_a_span_of_several_years_holding_a_vague_part_fails():
    # our 2022—2023 holds the peer's end of 2023, but the part is of one year
    assert not check_jionlp_time(_jionlp("2022—2023年底", "2023-11-01", "2023-12-31")).passed


def test_the_unit_is_the_smallest_the_text_names():
    assert named_unit("2013年一季度末") == "quarter" and named_unit("2023年12月底") == "month"
    assert named_unit("later this week") == "week" and named_unit("in two years") == "year"
    assert named_unit("the end of the day") is None


def test_which_texts_are_vague_parts_and_unit_offsets():
    assert (
        is_vague_part("一季度末")
        and is_vague_part("二〇三〇年伊始")
        and is_vague_part("the end of the month")
    )
    assert not is_vague_part("正月初一") and not is_vague_part("2023年5月")
    assert is_unit_offset("in 3 weeks") and is_unit_offset("两个月后")
    assert not is_unit_offset("in 3 days") and not is_unit_offset("3天后")


def test_a_jionlp_end_at_hour_24_is_the_end_of_the_day_named():
    ending_at_24 = {
        "input": "6月1日零时至6月3日24时",
        "expected": {"type": "time_span", "time": ["2022-06-01 00:00:00", "2022-06-04 00:00:00"]},
        "reference_time": {"iso": "2022-03-09T10:00:00"},
    }
    assert check_jionlp_time(ending_at_24).passed
    # without the hour 24 in the text the next day's midnight is no end of the day before
    assert not check_jionlp_time({**ending_at_24, "input": "6月1日零时至6月3日"}).passed
