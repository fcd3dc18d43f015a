"""Date and figure classes of local and sector news pages.

A byline of the writer (撰文, 撰稿) or an English page counter or source
label after the date makes the line the page's own stamp; a decade named by
its first year in full (1990年代, 一九九〇年代) is that decade; 较前一年 is the
year before the one its sentence reports; an English year before `under`, a
forecast verb's year of demand and a planned year before a modal are years;
一条约 is one road of about so long, not a treaty; bare numbers listed after 分别
before a share take its unit; hospital attendances are counted by kind;
一连 is an adverb before a count of days; 最多可申请 bounds a quota; a
fund-raising's `raise up to` is a bound; a named period's bracketed years
after `period` are one date with it; hyphenated U.S.-dollar amounts are read.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.api import extract_text


def _dates(text: str, doc_date: date | None = None) -> dict[str, tuple]:
    return {
        record.raw_text: (record.start_date, record.end_date)
        for record in extract_text(text, doc_date=doc_date)
        if record.table == "dates"
    }


def _figures(text: str) -> dict[str, tuple]:
    return {
        record.raw_text: (record.value, record.qualifier)
        for record in extract_text(text)
        if record.table == "figures"
    }


@pytest.mark.parametrize(
    "stamp",
    [
        "2027年5月3日 撰文：社區報記者 林小文",
        "2027-05-03 撰稿：管委会办公室",
        "May 3, 2027   Views: 215   Source: Harbour Office",
    ],
)
def test_a_stamp_line_with_a_writer_or_a_counter_dates_the_page(stamp):
    text = f"离岛渡轮新航线\n{stamp}\n渡轮公司昨日表示，将再开两条航线，班次较去年增加三成。"
    found = _dates(text)
    assert found["昨日"] == (date(2027, 5, 2), date(2027, 5, 2))


@pytest.mark.parametrize(
    ("text", "span", "first", "last"),
    [
        ("该工业邨于一九七○年代落成，现有租户五十家。", "一九七○年代", 1970, 1979),
        ("科学园区自1980年代起吸引厂商进驻。", "1980年代", 1980, 1989),
    ],
)
def test_a_decade_named_by_its_first_year_is_that_decade(text, span, first, last):
    assert _dates("园区新闻\n" + text)[span] == (date(first, 1, 1), date(last, 12, 31))


def test_the_year_before_compared_is_before_the_year_reported():
    text = "能源新聞\n經濟部表示，113年再生能源發電量達500億度，較前一年增加逾2成。"
    found = _dates(text, date(2025, 2, 10))
    assert found["前一年"] == (date(2023, 1, 1), date(2023, 12, 31))


def test_the_year_before_with_no_year_reported_is_left_unresolved():
    found = _dates("企业新闻\n公司营收较前一年增长12%，利润同步上升。", date(2025, 2, 10))
    assert found["前一年"] == (None, None)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The province aims to triple wind capacity by 2027 under its new energy plan.", 2027),
        ("Steelmaker expects 2027 demand to soften as the property market cools, it said.", 2027),
        ("New berths planned for 2028 would lift the port's capacity by a fifth, officials said.", 2028),
    ],
)
def test_an_english_year_in_these_places_is_a_year(text, year):
    found = _dates("Port news\n" + text, date(2026, 5, 1))
    assert found[str(year)] == (date(year, 1, 1), date(year, 12, 31))


def test_a_count_before_under_is_no_year():
    text = "Mill news\nThe mill laid off 2000 under the restructuring plan."
    assert "2000" not in _dates(text, date(2026, 5, 1))


def test_about_after_a_numeral_and_tiao_is_about():
    found = _figures("道路新闻\n计划第一期包括兴建一条约1.2公里长的连接路。")
    assert found["约1.2公里"] == (1200, "approx")


def test_numbers_listed_after_respectively_share_the_unit_written_last():
    found = _figures("汽车数据\n两市出口增速分别回落1.5和0.8个百分点。")
    assert found["1.5"] == (1.5, None)
    assert found["0.8个百分点"] == (0.8, None)


def test_numbers_listed_without_respectively_are_not_read():
    assert "3" not in _figures("规划新闻\n全县新增3和5个百分点的目标。")


def test_hospital_attendances_are_counted_by_kind():
    found = _figures("医院新闻\n新院每年预计提供约60万门诊人次及2万住院病人次。")
    assert found["约60万门诊人次"] == (600000, "approx")
    assert found["2万住院病人次"] == (20000, None)


@pytest.mark.parametrize(
    ("text", "span", "days"),
    [("展会一连四天在会展中心举行。", "四天", 4), ("美食节一连三日在海滨举行。", "三日", 3)],
)
def test_days_in_a_row_are_a_duration(text, span, days):
    assert _figures("展会新闻\n" + text)[span] == (days, None)


def test_an_adverb_of_one_keeps_numeral_idioms_out():
    assert _figures("新闻\n他三番五次提出申请，事情一波三折。") == {}


def test_a_quota_one_may_apply_for_is_a_bound():
    found = _figures("招租公告\n每家企业最多可申请三个单位，租期三年。")
    assert found["最多可申请三个"] == (3, "at_most")


def test_raise_up_to_an_amount_is_a_bound():
    found = _figures("Listing news\nThe Hefei battery maker plans to raise up to 3 billion yuan.")
    assert found["up to 3 billion yuan"] == (3e9, "at_most")


def test_a_hyphenated_us_dollar_amount_is_read():
    found = _figures("Plant news\nThe group is building a 2-billion-U.S.-dollar plant in Yantai, it said.")
    assert found["2-billion-U.S.-dollar"] == (2e9, None)
