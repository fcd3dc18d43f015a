"""The article's own date and title, from its text."""

from __future__ import annotations

from datetime import date

import pytest
import regex

from pipeline.core.records import BoilerplateVerdict
from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet
from pipeline.stages.docinfo import find_doc_date, find_doc_date_rule, find_title
from pipeline.stages.normalise import normalise_lines
from tests.conftest import RULES


def _doc(text: str, boilerplate_lines: tuple[int, ...] = ()):
    lines = normalise_lines(text.split("\n"), RULES)
    verdicts = [
        BoilerplateVerdict(
            line.line_no in boilerplate_lines, "test" if line.line_no in boilerplate_lines else None
        )
        for line in lines
    ]
    return lines, verdicts


def test_a_notice_signature_date_alone_on_its_line_is_the_doc_date():
    lines, verdicts = _doc(
        "关于开展安全检查的通知\n\n各单位：\n请认真落实。\n\n某某区应急管理局\n2025年3月9日\n"
    )
    assert find_doc_date(lines, verdicts, RULES) == date(2025, 3, 9)


def test_full_width_digits_in_the_signature_date_are_read():
    lines, verdicts = _doc("通知正文。\n２０２４年１２月３１日")
    assert find_doc_date(lines, verdicts, RULES) == date(2024, 12, 31)


def test_a_news_dateline_gives_the_doc_date():
    lines, verdicts = _doc("【中国，深圳，2023年5月18日】今天，某公司发布了新产品。")
    assert find_doc_date(lines, verdicts, RULES) == date(2023, 5, 18)


def test_a_published_label_gives_the_doc_date():
    lines, verdicts = _doc("标题在此\n发布时间：2021-07-08 10:20  来源：某某网\n正文第一段。")
    assert find_doc_date(lines, verdicts, RULES) == date(2021, 7, 8)


def test_a_date_inside_a_sentence_is_not_the_doc_date():
    lines, verdicts = _doc("园区于2000年11月25日启动建设，规划面积7平方公里。")
    assert find_doc_date(lines, verdicts, RULES) is None


def test_boilerplate_lines_are_not_searched_for_the_date():
    lines, verdicts = _doc("正文。\n发布时间：2021-07-08", boilerplate_lines=(2,))
    assert find_doc_date(lines, verdicts, RULES) is None


def test_an_impossible_date_is_ignored():
    lines, verdicts = _doc("正文。\n2021年2月30日")
    assert find_doc_date(lines, verdicts, RULES) is None


def test_the_first_headline_like_line_is_the_title():
    lines, verdicts = _doc("\n城市更新条例实施研讨会召开\n\n记者 张三\n会议于昨日举行，各方代表参加。")
    assert find_title(lines, verdicts, RULES) == "城市更新条例实施研讨会召开"


def test_bylines_and_summaries_are_not_titles():
    lines, verdicts = _doc("新华社客户端 | 记者 李四\n摘要：本文介绍了某项目。\n某项目正式开工")
    assert find_title(lines, verdicts, RULES) == "某项目正式开工"


def test_a_text_that_opens_with_a_paragraph_has_no_title():
    lines, verdicts = _doc("3月3日，19个重大项目签约落地，涵盖科技、资本、服务等环节。\n短行")
    assert find_title(lines, verdicts, RULES) is None


def test_a_notice_title_wrapped_over_lines_is_joined_until_its_title_mark_closes():
    text = (
        "某某市人民政府办公室\n\n关于印发《某某市数字经济发展\n\n三年行动计划(2024—2026年)》的通知\n\n各区："
    )
    lines, verdicts = _doc(text)
    assert (
        find_title(lines, verdicts, RULES) == "关于印发《某某市数字经济发展三年行动计划(2024—2026年)》的通知"
    )


def test_traditional_titles_are_returned_simplified():
    lines, verdicts = _doc("醫藥產業發展論壇開幕\n正文。")
    assert find_title(lines, verdicts, RULES) == "医药产业发展论坛开幕"


# ---------------------------------------------------- the rules' own examples

DOCUMENT_RULES = RULES.file("documents")


def _examples(rules) -> list:
    cases = []
    for rule in rules:
        for example in rule.get("examples", ()):
            example = {"text": example} if isinstance(example, str) else example
            cases.append(pytest.param(rule, example, id=f"{rule['id']}-{example['text'][:20]}"))
    return cases


@pytest.mark.parametrize("section", [("doc_date", "patterns"), ("title", "not_title_patterns")])
def test_every_rule_has_an_example_it_fires_on(section):
    rules = DOCUMENT_RULES[section[0]][section[1]]
    firing = {
        rule["id"]
        for rule in rules
        for example in rule.get("examples", ())
        if isinstance(example, str) or not example.get("none")
    }
    assert firing == {rule["id"] for rule in rules}


@pytest.mark.parametrize(("rule", "example"), _examples(DOCUMENT_RULES["doc_date"]["patterns"]))
def test_doc_date_examples(rule, example):
    lines, verdicts = _doc(example["text"])
    found = find_doc_date_rule(lines, verdicts, RULES)
    if example.get("none"):
        assert found is None or found[1] != rule["id"], found
    else:
        assert found == (date.fromisoformat(example["date"]), rule["id"])


@pytest.mark.parametrize(("rule", "example"), _examples(DOCUMENT_RULES["title"]["not_title_patterns"]))
def test_not_title_examples(rule, example):
    lines, verdicts = _doc(example["text"] + "\n城市更新条例实施研讨会召开")
    found = regex.search(rule["regex"], lines[0].norm_text.strip())
    if example.get("none"):
        assert found is None
    else:
        assert found is not None
        assert find_title(lines, verdicts, RULES) == "城市更新条例实施研讨会召开"


def test_a_broken_documents_file_is_reported_at_its_line(tmp_path):
    original = RULES.path("documents").read_text(encoding="utf-8")
    cases = [
        ("    - id: dateline_bracket", "    - id: date_alone_on_line", "duplicate id 'date_alone_on_line'"),
        ("      examples:", "      exampels:", "unknown key 'exampels' (did you mean 'examples'?)"),
        (
            "(?P<day>\\d{1,2})日\\s*(?:电",
            "(?P<dy>\\d{1,2})日\\s*(?:电",
            "needs named groups year, month and day",
        ),
        ("  max_chars: 80", "  max_chars: [80", "not valid YAML"),
        ("'^\\s*(?:摘要", "'^\\s*(?:摘要(", "not a valid regular expression"),
    ]
    for old, new, reason in cases:
        assert old in original, old
        line = original[: original.index(old)].count("\n") + 1
        (tmp_path / "documents.yaml").write_text(original.replace(old, new, 1), encoding="utf-8")
        with pytest.raises(RuleFileError) as raised:
            find_title(*_doc("标题"), RuleSet.load(tmp_path))
        assert str(raised.value).startswith(f"{tmp_path / 'documents.yaml'}:"), str(raised.value)
        if reason != "not valid YAML":
            assert str(raised.value).startswith(f"{tmp_path / 'documents.yaml'}:{line}: "), str(raised.value)
        assert reason in str(raised.value), str(raised.value)
