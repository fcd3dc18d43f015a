"""Project names: behaviour across rules.

What each rule finds is in its `examples:` in rules/projects.yaml (run by
tests/test_rule_examples.py); the tests here are about more than one rule.
"""

from __future__ import annotations

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.names import projects
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES, requires_gold
from tests.test_organisations import score


def project_names(text: str) -> list[tuple[str, str]]:
    """(name, project_kind) of every project found on one line of text."""
    line = normalise_line(1, text, RULES)
    spans = projects.find_spans([LineContext(1, line.norm_text, line.lang)], DocumentContext(), RULES)
    return [(span.fields["name"], span.fields["project_kind"]) for span in spans]


def test_project_list_yields_names_without_suffix() -> None:
    found = [name for name, _ in project_names("签约了星河医疗影像中心、云启手术机器人产业化等8个重大项目。")]
    assert "云启手术机器人产业化" in found


def test_generic_facility_is_not_a_name() -> None:
    assert project_names("建设一批中试平台和共性技术平台。") == []


def test_verb_before_a_name_is_left_out() -> None:
    assert project_names("加快建设河套深港科技创新片区。") == [("河套深港科技创新片区", "park")]


def test_title_split_over_two_lines_is_taken_to_the_line_end() -> None:
    assert project_names("关于印发《杭州市生物医药产业发展") == [("杭州市生物医药产业发展", "policy")]


def test_lone_sentence_initial_word_does_not_start_a_lowercase_name() -> None:
    assert project_names("Building a platform for exchange.") == []


@requires_gold
def test_projects_reach_target_f1_on_seeds() -> None:
    _, _, f1 = score("project", projects)
    assert f1 >= 0.85
