"""The one vocabulary mechanism: companies, news media and projects by their names, and new lists by YAML.

The named vocabularies (organisations.yaml `well_known_companies`,
`news_media`, `regional_government`; projects.yaml `well_known_projects`)
and the items of `vocabularies` are compiled by one function and read by
one finder behind one literal screen. The expected names below are what
the three finders it replaced gave on the same lines (the one exception is
marked). All sentences are invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import pipeline
from pipeline.extractors.names.find import scan_line
from pipeline.extractors.names.rules import compile_name_rules
from pipeline.extractors.names.schemas import ORGANISATIONS, checked
from pipeline.extractors.names.vocabulary import VocabularyScreen, chinese_spans, line_vocabularies
from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet
from tests.conftest import RULES

COMPANY = "organisations:well_known_company"
MEDIA = "organisations:news_media"
PROJECT = "projects:well_known_project"
VOCABULARIES = (COMPANY, MEDIA, PROJECT)

# line -> the vocabularies' names on it (name, rule id, kind), as the finders before the merge read them
SAME_AS_BEFORE = {
    # companies: alone, a numeral before, an industry after, a site owned, a verb between
    "这家初创公司接入了腾讯的云平台。": [("腾讯", COMPANY, "company")],
    "炉温升到一百度以上。": [],
    "今年中国石油需求增长放缓。": [],
    "比亚迪长沙工厂今年扩建。": [],
    "门店位于比亚迪路88号。": [],
    "华为将在东莞建设研发中心。": [("华为", COMPANY, "company")],
    # companies in context: a verb (a proper name's tag), a title, a stock code, none
    "美的宣布在泰国扩建空调工厂。": [("美的", COMPANY, "company")],
    "这里的风景真是美的。": [],
    "格力董事长在论坛上发言。": [("格力", COMPANY, "company")],
    "吉利(0175)昨日公布销量。": [("吉利", COMPANY, "company")],
    "小米表示新车将于下月交付。": [],
    "小米总裁在发布会上介绍新品。": [("小米", COMPANY, "company")],
    "平安夜的商场人流密集。": [],
    "腾讯控股有限公司公布季度业绩。": [],
    # news media: alone, news inside the segmenter's word, in context, titles, longer names
    "据财联社报道，这家车企下月发布新车。": [("财联社", MEDIA, "other")],
    "澎湃新闻记者注意到，公示期已结束。": [("澎湃新闻", MEDIA, "other")],
    "明报引述政府消息指，新措施下月公布。": [("明报", MEDIA, "other")],
    "来源：明报": [("明报", MEDIA, "other")],
    "这份文件说明报价有效期为三十天。": [],
    "两家媒体联合报道了这起事故。": [],
    "公告刊登在《证券时报》和《上海证券报》上。": [],
    "人民日报社举办了座谈会。": [],
    "央视新闻客户端消息，列车已恢复运行。": [],
    "银行的新华网点今年新增两家。": [],
    "新浪财经报道，这只基金本周净值回升。": [("新浪财经", MEDIA, "other")],
    "证券时报网站刊出了全文。": [],
    # projects: a name, a short form, English names, a body named after one
    "新跨海通道与深中通道形成互补。": [("深中通道", PROJECT, "facility")],
    "政府会加快北都的土地平整。": [("北都", PROJECT, "park")],
    "今年冬天东北都比往年冷。": [],
    "港珠澳大桥管理局公布车流数据。": [],
    "南水北调工程局召开年度会议。": [],
    "The Lantau Tomorrow Vision islands will be built in stages.": [
        ("Lantau Tomorrow Vision", PROJECT, "program")
    ],
    "Councillors asked how Lantau Tomorrow would be paid for.": [("Lantau Tomorrow", PROJECT, "program")],
    "The Lantau Tomorrow Vision Office replied.": [],
    # three vocabularies on one line
    "据证券时报报道，宁德时代将在匈牙利建厂，深中通道车流创新高。": [
        ("证券时报", MEDIA, "other"),
        ("深中通道", PROJECT, "facility"),
    ],
}


def _vocabulary_names(text: str, ruleset: RuleSet = RULES, rules: tuple[str, ...] = VOCABULARIES) -> list:
    found = pipeline.extract(text, ruleset=ruleset)
    return [
        (m.raw_text, m.rule_id, getattr(m, "org_kind", None) or getattr(m, "project_kind", None))
        for m in found
        if m.rule_id in rules
    ]


@pytest.mark.parametrize(("text", "expected"), list(SAME_AS_BEFORE.items()))
def test_the_vocabularies_read_what_their_finders_read_before(text, expected):
    assert _vocabulary_names(text) == expected


def test_a_refused_longest_name_refuses_its_position():
    # the finders before the merge disagreed: the news media's gave nothing
    # here, the companies' and projects' fell back to a shorter name inside
    # the refused one (京东 in 京东物流行业); one mechanism refuses both
    assert _vocabulary_names("京东物流行业地位稳固。") == []
    assert _vocabulary_names("证券时报网站刊出了全文。") == []


@pytest.mark.parametrize("text", [*SAME_AS_BEFORE, "", "据21世纪经济报道，美的集团与格力电器均上涨。"])
def test_the_screen_spares_only_positions_where_no_name_begins(text):
    screen = compile_name_rules(RULES).derived(line_vocabularies)
    found = screen.starts(text)
    for index, vocabulary in enumerate(screen.vocabularies):
        everywhere = chinese_spans(text, vocabulary)
        assert chinese_spans(text, vocabulary, found.get(index, [])) == everywhere
        if index not in found:
            assert everywhere == []


def test_a_line_of_both_scripts_is_screened_once(monkeypatch):
    screened = []
    starts = VocabularyScreen.starts

    def counted(screen: VocabularyScreen, text: str) -> dict[int, list[int]]:
        screened.append(text)
        return starts(screen, text)

    monkeypatch.setattr(VocabularyScreen, "starts", counted)
    text = "据证券时报报道，the Lantau Tomorrow Vision islands将分期建设。"
    names = [(text[n.start : n.end], n.rule_id) for n in scan_line(text, compile_name_rules(RULES))]
    assert ("证券时报", MEDIA) in names
    assert ("Lantau Tomorrow Vision", PROJECT) in names
    assert screened == [text]


NEW_VOCABULARY = """\
  - id: river_authority
    kind: government
    named_alone: [青禾河务局]
    in_context: [河务处]
    entries:
      - {name: Qinghe River Board, kind: government}
    not_before: [大楼]
"""


def _with_vocabulary(rules_copy: Path, item: str) -> RuleSet:
    """The rules of `rules_copy` with `item` (YAML) first in organisations.yaml `vocabularies`."""
    path = rules_copy / "organisations.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nvocabularies:\n", f"\nvocabularies:\n{item}", 1), encoding="utf-8")
    return RuleSet.load(rules_copy)


def test_a_new_vocabulary_is_read_from_the_rule_file_alone(rules_copy):
    ruleset = _with_vocabulary(rules_copy, NEW_VOCABULARY)
    rule = ("organisations:river_authority",)
    assert _vocabulary_names("今年汛期青禾河务局加强了巡查。", ruleset, rule) == [
        ("青禾河务局", "organisations:river_authority", "government")
    ]
    assert _vocabulary_names("青禾河务局大楼明年启用。", ruleset, rule) == []
    assert _vocabulary_names("The Qinghe River Board met on Monday.", ruleset, rule) == [
        ("Qinghe River Board", "organisations:river_authority", "government")
    ]
    # a name of `in_context` without a company's verb, title or code
    assert _vocabulary_names("他在河务处工作多年。", ruleset, rule) == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("  - id: empty\n    kind: company\n", "a vocabulary needs names"),
        ("  - id: unkinded\n    named_alone: [青禾河务局]\n", "need the vocabulary's kind"),
        (
            "  - id: sourced\n    kind: other\n    in_context: [青禾报]\n    context_before: '来源'\n",
            "context_before is a news context",
        ),
        (
            "  - id: crossed\n    kind: other\n    named_alone: [青禾报]\n    not_across: [报道]\n",
            "not_across is read by region",
        ),
        (
            "  - id: bodies\n    kind: government\n    regions: [HK]\n    entries:\n      - {name: 青禾署}\n",
            "needs a region",
        ),
        ("  - id: typo\n    kind: company\n    named_alon: [青禾河务局]\n", "did you mean"),
    ],
)
def test_a_vocabulary_s_settings_are_checked_with_file_and_line(rules_copy, text, reason):
    path = rules_copy / "organisations.yaml"
    original = path.read_text(encoding="utf-8")
    line_no = original[: original.index("\nvocabularies:\n")].count("\n") + 3
    with pytest.raises(RuleFileError) as error:
        checked(_with_vocabulary(rules_copy, text), ORGANISATIONS)
    assert str(error.value).startswith(f"{path}:")
    assert reason in str(error.value)
    assert line_no <= int(str(error.value).split(":")[1]) <= line_no + 4  # the item or its entry
