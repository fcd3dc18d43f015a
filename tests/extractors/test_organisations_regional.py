"""The government bodies of Hong Kong, Macau and Taiwan (organisations.yaml `regional_government`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.records import DocumentContext, LineContext, Span
from pipeline.extractors.names import organisations
from pipeline.extractors.names.rules import compile_name_rules
from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES

RULE = "organisations:regional_government"


def _lines(*texts: str) -> list[LineContext]:
    normalised = [normalise_line(number, text, RULES) for number, text in enumerate(texts, 1)]
    return [LineContext(number, line.norm_text, line.lang) for number, line in enumerate(normalised, 1)]


def _regional(lines: list[LineContext], document: DocumentContext) -> list[str]:
    spans = organisations.find_spans(lines, document, RULES)
    return [span.fields["name"] for span in spans if span.rule_id == RULE]


def test_a_bare_bureau_is_read_on_a_page_of_its_region() -> None:
    lines = _lines("財政局資料顯示，博彩收入按年上升。")
    assert _regional(lines, DocumentContext(region="MO", traditional=True)) == ["财政局"]


def test_a_bare_bureau_is_not_read_on_a_mainland_page() -> None:
    lines = _lines("财政局资料显示，全市税收增长。")
    assert _regional(lines, DocumentContext(region="CN")) == []


def test_a_body_of_another_region_is_not_read() -> None:
    # 统计处 is Hong Kong's department; a Taiwan page's 统计处 is some ministry's
    lines = _lines("統計處數字顯示，出口按年上升。")
    assert _regional(lines, DocumentContext(region="TW", traditional=True)) == []
    assert _regional(lines, DocumentContext(region="HK", traditional=True)) == ["统计处"]


def test_without_a_region_the_text_decides() -> None:
    lines = _lines("澳府公布上月數據。", "新聞局")
    assert _regional(lines, DocumentContext(traditional=True)) == ["新闻局"]
    assert _regional(_lines("新聞局"), DocumentContext(traditional=True)) == []


def test_a_listed_body_holding_another_name_replaces_it() -> None:
    lines = _lines("詳情請洽經濟部投資審議司。")
    inner = Span(
        table="organisations",
        line_no=1,
        start=lines[0].norm_text.index("经济部"),
        end=lines[0].norm_text.index("经济部") + 3,
        rule_id="organisations:hong_kong_taiwan_government",
        fields={"name": "经济部", "org_kind": "government", "alias_of": None},
    )
    document = DocumentContext(region="TW", traditional=True)
    bodies = RULES.compiled(organisations.compile_regional_vocabularies)[0]
    spans = organisations.with_regional_bodies([inner], lines, document, RULES, bodies)
    assert [(span.fields["name"], span.rule_id) for span in spans] == [("经济部投资审议司", RULE)]


def test_a_word_across_the_name_end_is_no_name() -> None:
    lines = _lines("相關個案會由統計處理。")
    assert _regional(lines, DocumentContext(region="HK", traditional=True)) == []


def test_a_body_of_an_unlisted_region_fails_with_file_and_line(rules_copy: Path) -> None:
    path = rules_copy / "organisations.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    - {region: MO, name: 财政局}\n"
    line_no = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, "    - {region: SG, name: 财政局}\n", 1), encoding="utf-8")
    with pytest.raises(RuleFileError) as error:
        RuleSet.load(rules_copy).compiled(compile_name_rules)
    assert str(error.value).startswith(f"{path}:{line_no}: ")
    assert "'SG' is not one of HK, MO, TW" in str(error.value)


def test_a_name_listed_twice_for_a_region_fails_with_file_and_line(rules_copy: Path) -> None:
    path = rules_copy / "organisations.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    - {region: MO, name: 新闻局}\n"
    line_no = text[: text.index(old)].count("\n") + 1
    path.write_text(
        text.replace(old, "    - {region: MO, name: 新闻局, short: [财政局]}\n", 1), encoding="utf-8"
    )
    with pytest.raises(RuleFileError) as error:
        RuleSet.load(rules_copy).compiled(compile_name_rules)
    assert str(error.value).startswith(f"{path}:{line_no}: ")
    assert "listed twice for MO" in str(error.value)


def test_the_region_pass_and_the_projects_extractor_work_out_the_projects_once(monkeypatch) -> None:
    from pipeline.extractors.names import find, projects

    worked: list[str] = []
    alias_spans = find._alias_spans

    def counted(table, *rest):
        worked.append(table)
        return alias_spans(table, *rest)

    monkeypatch.setattr(find, "_alias_spans", counted)
    lines = _lines("財政局資料顯示，青禾灣填海工程進度理想。")
    document = DocumentContext(region="MO", traditional=True)
    assert _regional(lines, document) == ["财政局"]
    assert [span.fields["name"] for span in projects.find_spans(lines, document, RULES)] == ["青禾湾填海工程"]
    assert worked.count("projects") == 1
