"""Organisation classes that recur on unread pages: hospital departments, utilities, measured categories.

A hospital's department or division written after it is one name with
it (`hospital_department`, `hospital_division`); the power companies of
Hong Kong, Macau and Taiwan are read by their short names on a page of
their region (`regional_utility`); and what a figure follows right away is a category of
a statistic, no company (`described_companies` `figure_after`). All
sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("青禾市第二人民医院肾内科开设夜间门诊。", "青禾市第二人民医院肾内科", "hospital_department"),
        ("研究所與澜江醫院臨床腫瘤科合作。", "澜江醫院臨床腫瘤科", "hospital_department"),
        ("澜海大学附属医院康复医学科主任介绍了疗效。", "澜海大学附属医院康复医学科", "hospital_department"),
        ("澜江大學醫院基因醫學部主任表示，病例增加。", "澜江大學醫院基因醫學部", "hospital_division"),
    ],
)
def test_a_department_written_after_its_hospital_is_one_name(text, name, rule):
    assert (name, f"organisations:{rule}") in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "青禾市第二人民医院学科建设成效明显。",
        "澜海医院重点专科增至十二个。",
        "去年公立醫院腫瘤科病床約一千張。",
        "澜海医院本部将改建为门诊楼。",
        "澜海医院部分病房暂停开放。",
    ],
)
def test_disciplines_kinds_and_parts_of_hospitals_are_no_department(text):
    assert all(
        rule not in ("organisations:hospital_department", "organisations:hospital_division")
        for _, rule in organisation_names(text)
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("港府公布明年電價。港燈的淨電價將上調。", "港燈"),
        ("澳府公布數據。澳電將於下月啟用新變電站。", "澳電"),
        ("經濟部表示，台電今年虧損擴大。", "台電"),
    ],
)
def test_a_regions_power_company_by_its_short_name(text, name):
    assert (name, "organisations:regional_utility") in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "港灯的平均净电价将上调。",
        "經濟部表示，公司新購一台電腦。",
        "澳府公布數據。全澳電力用戶約二十七萬戶。",
    ],
)
def test_no_utility_off_its_region_or_inside_another_word(text):
    assert all(rule != "organisations:regional_utility" for _, rule in organisation_names(text))


@pytest.mark.parametrize(
    "text",
    [
        "港口共有航线260条，其中远洋干线120余条。",
        "能源局表示，其中太陽光電10.5GW。",
    ],
)
def test_a_category_measured_right_away_is_no_company(text):
    assert all(rule != "organisations:described_company" for _, rule in organisation_names(text))


def test_a_month_after_a_described_company_is_when_it_acts():
    text = "共有5家企业入选，其中澜鹭物流3月推出新品。"
    assert ("澜鹭物流", "organisations:described_company") in organisation_names(text)
