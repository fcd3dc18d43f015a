"""Project names: parks, facilities, programmes, policies and events."""

from __future__ import annotations

import pytest

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.names import projects
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES, requires_shared
from tests.test_organisations import score


def project_names(text: str) -> list[tuple[str, str]]:
    """(name, project_kind) of every project found on one line of text."""
    line = normalise_line(1, text, RULES)
    spans = projects.find_spans([LineContext(1, line.norm_text, line.lang)], DocumentContext(), RULES)
    return [(span.fields["name"], span.fields["project_kind"]) for span in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # park (multi-character endings) with a phase after it
        ("加快推进张江药谷产业园二期建设。", ("张江药谷产业园二期", "park")),
        ("纳入粤港澳大湾区国际科技创新片区。", ("粤港澳大湾区国际科技创新片区", "park")),
        # park_short: 园, 城, 谷
        ("依托光谷生物城,打造产业高地。", ("光谷生物城", "park")),
        # facility
        ("苏州生物医药中试基地正式投用。", ("苏州生物医药中试基地", "facility")),
        ("上线长三角算力调度平台。", ("长三角算力调度平台", "facility")),
        # project
        ("临港新片区标准厂房二期扩建项目开工。", ("临港新片区标准厂房二期扩建项目", "facility")),
        # programme
        ("实施上海市脑科学攻关计划。", ("上海市脑科学攻关计划", "program")),
        # policy, with its period in brackets
        (
            "发布浦东新区生物医药产业发展方案(2024-2026年)。",
            ("浦东新区生物医药产业发展方案(2024-2026年)", "policy"),
        ),
        # event
        ("成功举办2023苏州国际医疗器械博览会。", ("2023苏州国际医疗器械博览会", "event")),
        ("举办中国国际数字经济大会。", ("中国国际数字经济大会", "event")),
        # event_abbreviation
        ("组织企业参加进博会、服贸会。", ("进博会", "event")),
        # book_title: marks excluded, numbers inside kept
        (
            "印发《关于促进生物医药产业高质量发展的若干措施》的通知",
            ("关于促进生物医药产业高质量发展的若干措施", "policy"),
        ),
        # quoted_title: a quoted policy name may contain 的
        ("出台“支持人工智能发展的20条措施”。", ("支持人工智能发展的20条措施", "policy")),
    ],
)
def test_finds_chinese_project_by_rule(text: str, expected: tuple[str, str]) -> None:
    assert expected in project_names(text)


def test_project_list_yields_names_without_suffix() -> None:
    found = [name for name, _ in project_names("签约了星河医疗影像中心、云启手术机器人产业化等8个重大项目。")]
    assert "云启手术机器人产业化" in found


def test_generic_facility_is_not_a_name() -> None:
    assert project_names("建设一批中试平台和共性技术平台。") == []


def test_verb_before_a_name_is_left_out() -> None:
    assert project_names("加快建设河套深港科技创新片区。") == [("河套深港科技创新片区", "park")]


def test_title_split_over_two_lines_is_taken_to_the_line_end() -> None:
    assert project_names("关于印发《杭州市生物医药产业发展") == [("杭州市生物医药产业发展", "policy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # park_en
        ("the Shanghai Zhangjiang Science City was opened", ("Shanghai Zhangjiang Science City", "park")),
        # facility_en, including a lower-case continuation
        (
            "including Suzhou Biobay innovative drug production base",
            ("Suzhou Biobay innovative drug production base", "facility"),
        ),
        ("the Precision Surgery Training Center opened", ("Precision Surgery Training Center", "facility")),
        # program_en
        (
            "launched the Shanghai Brain Science Action Plan for 2030",
            ("Shanghai Brain Science Action Plan", "program"),
        ),
        # policy_en
        (
            'the "20 Measures to Support Artificial Intelligence" were issued',
            ("20 Measures to Support Artificial Intelligence", "policy"),
        ),
        # event_en with an "on" continuation
        (
            "held the Forum on Digital Health and Medicine in May",
            ("Forum on Digital Health and Medicine", "event"),
        ),
    ],
)
def test_finds_english_project_by_head(text: str, expected: tuple[str, str]) -> None:
    assert expected in project_names(text)


def test_lone_sentence_initial_word_does_not_start_a_lowercase_name() -> None:
    assert project_names("Building a platform for exchange.") == []


@requires_shared
def test_projects_reach_target_f1_on_seeds() -> None:
    _, _, f1 = score("project", projects)
    assert f1 >= 0.85
