"""Two name classes the real web pages showed beside the audits.

令 (makes, as Hong Kong and Macau releases and Taiwan's papers write 使)
ends the text before the body or the works it affects (names.yaml
`boundary_words`), while a command's headquarters, Japan's era and a surname
that hold it keep it (`keep_words`). The Regional Comprehensive Economic
Partnership is a policy by its English name or its acronym in English text
(projects.yaml `well_known_projects`). All sentences are invented.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.conftest import RULES


def _names(text: str) -> list[tuple[str, str]]:
    found = pipeline.extract(text, ruleset=RULES)
    return [(m.raw_text, m.table) for m in found if m.table in ("projects", "organisations")]


@pytest.mark.parametrize(
    ("text", "name", "table"),
    [
        ("新跑道啟用，令澜湾國際機場的客運能力提升三成。", "澜湾國際機場", "projects"),
        ("轉撥後會令澜江發展基金的盈利減少。", "澜江發展基金", "organisations"),
        ("政策会令青禾集团的利润减少。", "青禾集团", "organisations"),
    ],
)
def test_what_a_causative_affects_begins_after_it(text, name, table):
    names = _names(text)
    assert (name, table) in names
    assert not any(found.startswith("令") or "令" in found for found, _ in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("解放军驻香港部队司令部举行开放日。", "解放军驻香港部队司令部"),
        ("青禾令和科技有限公司成立。", "青禾令和科技有限公司"),
        ("澜江市令狐化工有限公司成立。", "澜江市令狐化工有限公司"),
    ],
)
def test_names_holding_the_character_keep_it(text, name):
    assert any(name.endswith(found) and "令" in found for found, _ in _names(text)), _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Exporters gained from the Regional Comprehensive Economic Partnership this year.",
            "Regional Comprehensive Economic Partnership",
        ),
        ("Tariff cuts under the RCEP helped exporters.", "RCEP"),
    ],
)
def test_the_trade_agreement_is_a_policy_in_english_text(text, name):
    found = [m for m in pipeline.extract(text, ruleset=RULES) if m.table == "projects"]
    assert [(m.raw_text, m.project_kind) for m in found] == [(name, "policy")]


def test_the_acronym_in_chinese_text_is_left_alone():
    # the bloc's members, not the agreement: Chinese text is not read for the acronym
    found = pipeline.extract("澜湾港对RCEP成员国的航线增至十条。", ruleset=RULES)
    assert not [m for m in found if "RCEP" in m.raw_text]
