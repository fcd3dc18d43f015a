"""Boilerplate stage: literal cases per rule first, then the gold-scored seeds."""

from __future__ import annotations

import bisect
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.core.records import BoilerplateVerdict
from pipeline.rules.literals import required_literals
from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet
from pipeline.stages.boilerplate import boilerplate_rules, classify_lines, classify_texts
from pipeline.stages.boilerplate.markers import (
    LEADING_EDGE,
    MATCH_MODES,
    TRAILING_EDGE,
    UNBUILT,
    _automaton,
    _literal_scan,
    _marker_matcher,
    keyword_spellings,
)
from pipeline.stages.boilerplate.measure import length_units, line_facts, measure_units, units_for_thresholds
from pipeline.stages.boilerplate.rules import _any_character_of
from pipeline.stages.boilerplate.structure import _chinese_number, _continues_sections, page_of
from pipeline.stages.docinfo import find_doc_date
from pipeline.stages.normalise import normalise_lines
from tests.conftest import RULES, SEEDS, gold_records, requires_gold

COMPILED = RULES.compiled(boilerplate_rules)

ARTICLE_PARAGRAPH = (
    "今年以来,全市规模以上工业增加值同比增长6.2%,其中高技术制造业增长12.5%,"
    "对全市工业增长的贡献率超过四成,新动能持续壮大,经济运行总体平稳、稳中有进。"
)
SECOND_PARAGRAPH = (
    "下一步,市发展改革委将会同有关部门加大重大项目推进力度,优化营商环境,"
    "持续释放内需潜力,确保全年经济社会发展目标任务顺利完成,为高质量发展提供有力支撑。"
)
THIRD_PARAGRAPH = (
    "据介绍,该园区规划面积约3.5平方公里,重点布局生物医药、智能制造和数字经济三大产业,"
    "目前已有120余家企业签约入驻,预计全部建成后年产值将突破500亿元,带动就业两万余人。"
)


def verdicts(*lines: str) -> list[BoilerplateVerdict]:
    """Classify a small document given as raw lines (normalised first, as the pipeline does)."""
    return classify_lines(normalise_lines(lines, RULES), RULES)


def rules_of(*lines: str) -> list[str | None]:
    """The rule behind each line's verdict (None for article text)."""
    return [verdict.rule for verdict in verdicts(*lines)]


# ----------------------------------------- markers, from the rules' examples


def rule_examples(section: str) -> list[tuple[str, str, bool]]:
    """(rule id, example text, whether the rule must fire) of every rule of a section of boilerplate.yaml."""
    cases = []
    for rule in RULES.file("boilerplate")[section]:
        for example in rule.get("examples", ()):
            if isinstance(example, str):
                cases.append((rule["id"], example, True))
            else:
                cases.append((rule["id"], example["text"], not example.get("none", False)))
    return cases


MARKER_EXAMPLES = rule_examples("markers")
ARTICLE_TEXT_EXAMPLES = rule_examples("article_text")


@pytest.mark.parametrize("section", ["markers", "article_text"])
def test_every_rule_has_an_example_it_fires_on(section: str) -> None:
    firing = {rule_id for rule_id, _, fires in rule_examples(section) if fires}
    assert firing == {rule["id"] for rule in RULES.file("boilerplate")[section]}


@pytest.mark.parametrize(
    ("rule_id", "text", "fires"), MARKER_EXAMPLES, ids=[f"{case[0]}-{case[1]}" for case in MARKER_EXAMPLES]
)
def test_marker_examples(rule_id: str, text: str, fires: bool) -> None:
    if fires:
        assert verdicts(text) == [BoilerplateVerdict(True, f"marker:{rule_id}")]
    else:
        assert verdicts(text) == [BoilerplateVerdict(False, None)]


@pytest.mark.parametrize(
    ("rule_id", "text", "fires"),
    ARTICLE_TEXT_EXAMPLES,
    ids=[f"{case[0]}-{case[1]}" for case in ARTICLE_TEXT_EXAMPLES],
)
def test_article_text_examples(rule_id: str, text: str, fires: bool) -> None:
    found = COMPILED.article_text.find(normalise_lines([text], RULES)[0].norm_text.strip())
    assert (found is not None and found.rule_id == rule_id) == fires, found


def test_masthead_first_line_examples() -> None:
    examples = RULES.file("boilerplate")["structure"]["masthead"]["first_line_examples"]
    assert any(isinstance(example, str) for example in examples)
    for example in examples:
        text = normalise_lines([example if isinstance(example, str) else example["text"]], RULES)[0].norm_text
        is_header = isinstance(example, str) or not example.get("none", False)
        assert (COMPILED.structure.masthead_first_line_pattern.fullmatch(text) is not None) == is_header, text


def test_an_office_label_below_the_article_is_the_footers_and_under_the_title_the_pages() -> None:
    title = "滨江区林业局关于公布古树名木保护名录的通知"
    assert rules_of(title, ARTICLE_PARAGRAPH, "发布单位:区林业局") == [None, None, "structure:footer_label"]
    assert rules_of(title, "发布单位:区林业局", ARTICLE_PARAGRAPH) == [None, None, None]
    # A sentence that opens with the label is the article's.
    assert rules_of(title, ARTICLE_PARAGRAPH, "发布单位:区林业局称,名录每年更新。")[2] is None
    # A page of short paragraphs ends at its last sentence of running text.
    sentence = "名录共收录古树名木326株,其中一级古树18株,今年起每年普查一次。"
    assert rules_of(title, sentence, "发布单位:区林业局") == [None, None, "structure:footer_label"]
    assert rules_of(title, "发布单位:区林业局", sentence) == [None, None, None]


def test_an_update_stamp_below_the_article_is_the_footers_and_under_the_title_the_pages() -> None:
    title = "滨江区图书馆新馆开放"
    assert rules_of(title, ARTICLE_PARAGRAPH, "更新日期:2026-03-02") == [None, None, "structure:footer_label"]
    assert rules_of(title, ARTICLE_PARAGRAPH, "最后更新 2026年3月2日 10:20")[2] == "structure:footer_label"
    assert rules_of(title, "更新日期:2026-03-02", ARTICLE_PARAGRAPH) == [None, None, None]
    # A stamp with more after it is a sentence of the article.
    assert rules_of(title, ARTICLE_PARAGRAPH, "更新日期:2026-03-02,名录同步调整。")[2] is None


def test_the_office_running_the_portal_below_the_article_is_the_footers() -> None:
    title = "滨江区图书馆新馆开放"
    assert rules_of(title, ARTICLE_PARAGRAPH, "主办:滨江区人民政府办公室")[2] == "structure:footer_label"
    # An event's sponsor below the notice is its text, and so is the office above the article.
    assert rules_of(title, ARTICLE_PARAGRAPH, "主办单位:滨江区文化和旅游局")[2] is None
    assert rules_of(title, "主办:滨江区人民政府办公室", ARTICLE_PARAGRAPH)[1] is None


def test_the_title_under_a_previous_or_next_label_is_the_links() -> None:
    # Also where no footer follows: above the article or between its paragraphs.
    title = "滨江区图书馆新馆开放"
    above = rules_of(title, "上一篇", "城西公园完成提升改造", ARTICLE_PARAGRAPH)
    assert above == [None, "marker:prev_next", "structure:prev_next_title", None]
    between = rules_of(title, ARTICLE_PARAGRAPH, "下一篇", "城西公园完成提升改造", SECOND_PARAGRAPH)
    assert between == [None, None, "marker:prev_next", "structure:prev_next_title", None]
    english = rules_of("Library opens", "Previous article", "Ferry fares frozen", ARTICLE_PARAGRAPH)
    assert english[2] == "structure:prev_next_title"
    # A sentence under the label, or a heading after a label that holds its title, is left alone.
    assert rules_of(title, ARTICLE_PARAGRAPH, "下一篇", SECOND_PARAGRAPH)[3] is None
    assert rules_of(title, "下一篇:城西公园完成提升改造", "二、工作安排", ARTICLE_PARAGRAPH)[2] is None


def test_a_government_name_above_a_catalogue_record_is_the_portals_header() -> None:
    record = "索引号:11330100MB0000001X/2026-00042 主题分类:交通"
    title = "青溪市交通运输局关于调整部分公交线路的通知"
    lines = ("青溪市人民政府", record, title, ARTICLE_PARAGRAPH)
    assert rules_of(*lines) == ["structure:site_above_catalogue", None, None, None]
    # A spaced-out label in a table row is the same record.
    assert rules_of("青溪市人民政府", "| 索 引 号: | 0042/2026 |", title, ARTICLE_PARAGRAPH)[0] is not None
    # The notice's own issuer between the record and the title stays text,
    # and so does the name when the title, not a record, follows it.
    assert rules_of(record, "青溪市交通运输局", title, ARTICLE_PARAGRAPH) == [None, None, None, None]
    assert rules_of("青溪市人民政府", title, ARTICLE_PARAGRAPH) == [None, None, None]


def test_the_first_line_is_judged_without_its_metadata_prefix() -> None:
    credit = " date 2024-03-05 ▲大桥。(图/记者王五摄)"
    assert rules_of(credit, "", ARTICLE_PARAGRAPH) == ["marker:named_picture_credit", None, None]
    # Only the page's first line carries the prefix; further down it is text like any other.
    assert rules_of(ARTICLE_PARAGRAPH, "", credit)[2] is None
    title = " date 2024-03-05 全市新建三座污水处理厂"
    assert rules_of(title, "", ARTICLE_PARAGRAPH) == [None, None, None]
    assert rules_of(" date 2024-03-05", "", ARTICLE_PARAGRAPH) == [None, None, None]


def test_an_outlet_name_above_the_title_is_boilerplate_and_below_it_text() -> None:
    lines = ("滨江日报", "全市新建三座污水处理厂", "滨江日报", ARTICLE_PARAGRAPH)
    assert rules_of(*lines) == ["structure:masthead", None, None, None]


def test_keywords_ignore_latin_case() -> None:
    assert rules_of("COPYRIGHT 2024 Example News") == ["marker:copyright"]


def test_traditional_and_full_width_lines_match_simplified_markers() -> None:
    assert rules_of("（相關資料圖）") == ["marker:picture_caption"]
    assert rules_of("【相關閱讀】") == ["marker:related_section"]


def test_blank_and_whitespace_lines_are_never_boilerplate() -> None:
    assert verdicts("", "   ", "\u3000\u3000", "\t") == [BoilerplateVerdict(False, None)] * 4


def test_one_verdict_per_line_in_order() -> None:
    lines = ("当前位置:首页 > 要闻", "", ARTICLE_PARAGRAPH, "", "分享到:")
    assert rules_of(*lines) == ["marker:breadcrumb", None, None, None, "marker:share"]


# ------------------------------------------------ structure, literal


def test_related_section_swallows_titles_and_teasers() -> None:
    lines = (
        "产业园区建设提速",
        ARTICLE_PARAGRAPH,
        "相关新闻",
        "我市出台支持民营经济发展二十条措施",
        "5月20日,市政府新闻办举行发布会,介绍支持民营经济发展的有关政策措施,市发展改革委负责人表示...",
        "全市首批专精特新企业名单公布",
    )
    assert rules_of(*lines) == [
        None,
        None,
        "marker:related_section",
        "structure:after_related",
        "structure:after_related",
        "structure:after_related",
    ]


def test_a_related_heading_inside_a_related_section_keeps_its_own_marker() -> None:
    lines = (ARTICLE_PARAGRAPH, "相关文章", "某某标题", "相关阅读", "另一标题", "")
    assert rules_of(*lines) == [
        None,
        "marker:related_section",
        "structure:after_related",
        "marker:related_section",
        "structure:after_related",
        None,
    ]


def test_related_section_ends_when_article_text_resumes() -> None:
    lines = ("相关阅读", "区领导调研重点项目", ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, THIRD_PARAGRAPH)
    assert rules_of(*lines) == ["marker:related_section", "structure:after_related", None, None, None]


def test_the_paragraphs_closing_the_page_after_an_inline_reading_heading_are_text() -> None:
    closing = "该区将于年底前完成全部改造任务,届时将惠及两万余户居民。"
    lines = (ARTICLE_PARAGRAPH, "延伸阅读:", "区领导调研重点项目", SECOND_PARAGRAPH, closing)
    assert rules_of(*lines) == [None, "marker:related_section", "structure:after_related", None, None]


def test_short_teasers_closing_the_page_after_a_related_heading_stay_in_the_section() -> None:
    teasers = ("全市新建三座污水处理厂,年底前投入运行。", "区里再添一座口袋公园,周边居民休闲更方便。")
    lines = (ARTICLE_PARAGRAPH, "相关新闻", "区领导调研重点项目", *teasers)
    assert rules_of(*lines)[1:] == ["marker:related_section"] + ["structure:after_related"] * 3


def test_one_sentence_closing_the_page_after_a_related_heading_stays_in_the_section() -> None:
    closing = "该区将于年底前完成全部改造任务,届时将惠及两万余户居民。"
    lines = (ARTICLE_PARAGRAPH, "相关新闻", "区领导调研重点项目", closing)
    assert rules_of(*lines)[1:] == ["marker:related_section"] + ["structure:after_related"] * 2


def test_truncated_teasers_do_not_count_as_resumed_text() -> None:
    teaser = ARTICLE_PARAGRAPH[:-1] + "..."
    lines = ("推荐阅读", teaser, teaser.replace("今年", "去年"), teaser.replace("全市", "全省"))
    assert all(rule is not None for rule in rules_of(*lines))


def test_repeated_headline_after_article_is_boilerplate() -> None:
    lines = (ARTICLE_PARAGRAPH, "", "全省夏粮再获丰收", "", "全省夏粮再获丰收", "", SECOND_PARAGRAPH)
    assert rules_of(*lines)[2:5] == ["structure:repeated_line", None, "structure:repeated_line"]
    assert rules_of(*lines)[6] is None


# Each structure setting's pattern against the examples its YAML gives it:
# (setting, examples key, compiled pattern, how the pattern is applied).
@pytest.mark.parametrize(
    ("section", "key", "compiled", "how"),
    [
        ("article_contact", "examples", "contact_heading_pattern", "search"),
        ("notice_part", "examples", "notice_part_pattern", "match"),
        ("section_above_title", "examples", "section_above_title_pattern", "fullmatch"),
        ("signature_block", "examples", "signature_opener", "fullmatch"),
        ("marker_sentence", "examples", "marker_sentence_pattern", "search"),
        ("link_list", "examples", "link_item_pattern", "search"),
        ("content_run", "examples", "content_run_pattern", "match"),
        ("masthead", "examples", "masthead_pattern", "fullmatch"),
        ("site_above_catalogue", "examples", "site_above_catalogue_name", "fullmatch"),
        ("footer_label", "examples", "footer_label_pattern", "fullmatch"),
        ("prev_next_title", "examples", "prev_next_label_pattern", "fullmatch"),
        ("metadata_prefix", "examples", "metadata_prefix", "match"),
        ("date_picker", "examples", "date_picker_pattern", "fullmatch"),
        ("repeated_line", "examples", "repeated_sentence_pattern", "search"),
        ("spaced_label", "examples", "spaced_label_pattern", "search"),
        ("headline_run", "examples", "headline_run_date_item", "fullmatch"),
        ("catalogue_field", "examples", "catalogue_field_pattern", "match"),
        ("article_contact", "fact_examples", "contact_fact_pattern", "search"),
        ("masthead", "body_name_examples", "masthead_body_name_pattern", "fullmatch"),
        ("page_header", "examples", "page_header_pattern", "fullmatch"),
        ("page_header", "bare_number_examples", "page_header_bare_number_pattern", "fullmatch"),
        ("reposted_card", "examples", "reposted_card_pattern", "match"),
        ("attachment_tail", "examples", "attachment_tail_pattern", "match"),
        ("byline_editor", "examples", "byline_editor_pattern", "fullmatch"),
        ("site_name_pair", "examples", "site_name_pair_pattern", "fullmatch"),
        ("head_menu", "examples", "head_menu_item", "fullmatch"),
        ("stamp_with_controls", "examples", "stamp_controls_pattern", "search"),
        ("about_heading", "examples", "about_heading_pattern", "fullmatch"),
        ("head_menu", "section_word_examples", "head_menu_section_word", "fullmatch"),
    ],
)
def test_structure_pattern_examples(section: str, key: str, compiled: str, how: str) -> None:
    examples = RULES.file("boilerplate")["structure"][section][key]
    pattern = getattr(COMPILED.structure, compiled)
    assert any(isinstance(example, str) for example in examples)
    assert any(not isinstance(example, str) for example in examples)
    for example in examples:
        text = example if isinstance(example, str) else example["text"]
        found = isinstance(example, str) or not example.get("none", False)
        assert (getattr(pattern, how)(text) is not None) == found, text


def test_a_contact_line_under_the_articles_contact_heading_stays_text() -> None:
    assert rules_of("三、联系方式", "咨询电话：0571-86005678") == [None, None]
    closing = "全市新建的三座口袋公园将于今年年底前全部开放，市民可就近休闲健身。"
    assert rules_of(closing, "咨询电话：0571-86005678") == [None, "marker:contact_phone"]


def test_a_portals_catalogue_record_is_the_documents_header_and_text() -> None:
    # The index number, issuer, dates, document number and summary a
    # government portal prints above a notice are facts of the notice, as
    # its own header is: nothing in them is chrome.
    record = [
        "索引号：0033/2025-00108",
        "主题分类：农业\\通知",
        "文号：滨农发〔2025〕7号",
        "发布日期：2025-04-02",
    ]
    assert rules_of(*record) == [None, None, None, None]


def test_labels_spelt_out_with_spaces_are_matched_without_them() -> None:
    assert rules_of("审　核：林一") == ["marker:editor_credit"]
    assert rules_of("【 收 藏 】") == ["marker:share_alone"]
    # The spaces are dropped only to match: the text and a source line stay as they are.
    assert rules_of("来　源：市统计局") == [None]


def test_a_caption_stating_facts_printed_twice_stays_text() -> None:
    caption = "新建的跨江大桥全长三公里,将于年底通车。(资料图片)"
    lines = (ARTICLE_PARAGRAPH, "", caption, "", caption, "", SECOND_PARAGRAPH)
    assert rules_of(*lines) == [None] * 7


def test_title_repeated_above_the_article_stays_text() -> None:
    lines = ("全省夏粮再获丰收", "全省夏粮再获丰收", ARTICLE_PARAGRAPH)
    assert rules_of(*lines) == [None, None, None]


def test_same_line_separated_by_other_text_is_not_a_repeat() -> None:
    lines = (ARTICLE_PARAGRAPH, "坚持创新驱动", SECOND_PARAGRAPH, "坚持创新驱动", THIRD_PARAGRAPH)
    assert rules_of(*lines) == [None] * 5


def test_bulleted_and_numbered_link_lists_are_boilerplate() -> None:
    bulleted = ("- 多地出台稳就业新举措", "- 高温天气持续 电力供应总体平稳", "- 2 新能源汽车下乡活动启动")
    numbered = ("1. 暑运首日铁路发送旅客超千万", "2. 全国夏粮收购进度过半", "3. 多地迎来强降雨")
    assert set(rules_of(ARTICLE_PARAGRAPH, *bulleted)[1:]) == {"structure:link_list"}
    assert set(rules_of(ARTICLE_PARAGRAPH, *numbered)[1:]) == {"structure:link_list"}


def test_article_lists_are_not_link_lists() -> None:
    content_items = (
        "1.加强组织领导。各单位要建立工作专班,明确责任分工。",
        "2.强化要素保障。统筹用地、资金和人才等要素。",
        "3.加强督促检查。定期调度重点任务进展情况。",
    )
    dash_items = (
        "——创新能级提升。新增研发机构5家。",
        "——产业规模壮大。收入年均增长10%。",
        "——营商环境优化。",
    )
    two_items = ("- 多地出台稳就业新举措", "- 全国夏粮收购进度过半")
    for items in (content_items, dash_items, two_items):
        assert rules_of(ARTICLE_PARAGRAPH, *items, SECOND_PARAGRAPH) == [None] * (len(items) + 2), items


def test_picture_name_between_image_gaps_is_a_caption() -> None:
    lines = (ARTICLE_PARAGRAPH, "", "", "", "城市森林公园东入口", "", "", "", SECOND_PARAGRAPH)
    assert rules_of(*lines)[4] == "structure:caption"
    at_page_end = (ARTICLE_PARAGRAPH, "", "", "", "城市森林公园东入口")
    assert rules_of(*at_page_end)[4] == "structure:caption"


def test_headings_and_short_lines_without_an_image_gap_are_not_captions() -> None:
    single_gaps = (ARTICLE_PARAGRAPH, "", "城市森林公园东入口", "", SECOND_PARAGRAPH)
    heading_with_space = (ARTICLE_PARAGRAPH, "", "", "", "创新驱动 产业升级", "", SECOND_PARAGRAPH)
    numbered_heading = (ARTICLE_PARAGRAPH, "", "", "", "二、主要任务", "", SECOND_PARAGRAPH)
    title_over_banner = ("城市森林公园开园", "", "", "", ARTICLE_PARAGRAPH)
    for lines in (single_gaps, heading_with_space, numbered_heading, title_over_banner):
        assert rules_of(*lines) == [None] * len(lines), lines


def test_line_inside_a_contact_block_is_boilerplate() -> None:
    lines = (
        ARTICLE_PARAGRAPH,
        "",
        "微信号: example_news",
        "添加好友时请注明姓名和来意",
        "合作热线: 400-123-4567",
    )
    assert rules_of(*lines)[3] == "structure:between_boilerplate"


def test_title_between_navigation_and_byline_with_blank_lines_stays_text() -> None:
    lines = (
        "当前位置:首页 > 新闻",
        "",
        "全市重点项目建设提速",
        "",
        "admin 2天前 (06-01) 要闻 88",
        "",
        ARTICLE_PARAGRAPH,
    )
    assert rules_of(*lines) == ["marker:breadcrumb", None, None, None, "marker:site_byline", None, None]


def test_title_between_navigation_and_source_line_stays_text() -> None:
    lines = (
        "首页 > 新闻中心 > 本地要闻",
        "全市重点项目集中开工",
        "2024-03-15  浏览次数: 1523",
        ARTICLE_PARAGRAPH,
    )
    assert rules_of(*lines) == ["marker:breadcrumb_trail", None, "marker:view_counter", None]


def test_headline_list_after_the_article_is_boilerplate() -> None:
    headlines = (
        "国家统计局:6月份CPI同比上涨0.2%",
        "暑期档电影票房突破百亿",
        "多地发布高温红色预警!",
        "新一轮油价调整窗口开启",
    )
    lines = (ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, "", *headlines, "", "版权所有 某某网")
    assert rules_of(*lines)[3:7] == ["structure:headline_run"] * 4


def test_credits_written_with_a_vertical_stroke_end_a_reposted_article() -> None:
    lines = (
        "来源丨滨江晚报",
        "全市新建三座污水处理厂",
        ARTICLE_PARAGRAPH,
        SECOND_PARAGRAPH,
        "编辑丨林一",
        "审核丨周南",
        "点击上方蓝字关注我们",
    )
    credits = ["marker:editor_credit", "marker:editor_credit", "marker:wechat_engagement"]
    assert rules_of(*lines) == [None] * 4 + credits


def test_bilingual_print_and_close_controls_with_their_long_chinese_names_are_a_tool_row() -> None:
    for row in ("【打印本页 Print】 【关闭窗口 Close】", "[列印此頁 Print] [返回 Back]"):
        assert rules_of(ARTICLE_PARAGRAPH, row) == [None, "marker:page_tool_rows"]


def test_a_press_release_end_mark_is_boilerplate_and_its_date_and_issue_time_are_text() -> None:
    # The release's date and issue time are its own, as a notice's date is.
    english = (ARTICLE_PARAGRAPH, "Ends", "Friday, March 7, 2025", "Issued at HKT 11:20", "NNNN")
    assert rules_of(*english) == [None, "marker:end_mark", None, None, "marker:end_mark"]


def test_a_closing_mark_is_text_and_the_footer_row_under_the_release_is_chrome() -> None:
    # The readable golds keep "完" and "(完)" as text (5 lines text, 2
    # optional, 1 chrome); the row under the release's date is the page's.
    chinese = (ARTICLE_PARAGRAPH, "完", "2025年3月7日(星期五)", "香港時間11時20分")
    assert rules_of(*chinese) == [None, None, None, None]
    footer = (*chinese, "今日新聞 | 新聞稿總覽 | 電郵訂閱", "2025 | 重要告示 | 私隱政策")
    assert rules_of(*footer)[4] == "structure:closing_tail"
    assert rules_of(ARTICLE_PARAGRAPH, "(完)", "-30-") == [None, None, None]
    # The release again in the other language under the closing block stays text.
    english_title = "Harbour ferry fares frozen for another year"
    english = (
        "The Transport Department said today that fares on all outlying island ferry routes would stay "
        "unchanged for another year, as patronage had recovered to 92 per cent of its 2019 level and the "
        "operators had agreed to absorb higher fuel costs until the end of March 2026."
    )
    both = (*chinese, english_title, "**********", english, "2025 | 重要告示 | 私隱政策")
    assert rules_of(*both)[4] is None
    # Without a closing mark the footer row is left to the other rules.
    unclosed = (ARTICLE_PARAGRAPH, "2025年3月7日(星期五)", "今日新聞 | 新聞稿總覽", "2025 | 重要告示")
    assert rules_of(*unclosed)[2] != "structure:closing_tail"
    assert rules_of(ARTICLE_PARAGRAPH, "Ends/Friday, March 7, 2025") == [None, None]
    assert rules_of(ARTICLE_PARAGRAPH, "Enditem/kw") == [None, "marker:release_end"]


def test_a_reading_time_makes_the_byline_line_boilerplate_only_when_it_is_there() -> None:
    assert rules_of("By Ma Lin | 2024-06-03 | 4 min read", ARTICLE_PARAGRAPH)[0] == "marker:reading_time_tail"
    assert rules_of("By Ma Lin | 2024-06-03", ARTICLE_PARAGRAPH) == [None, None]


def test_an_e_paper_page_label_above_the_title_is_boilerplate() -> None:
    lines = ("第A05版:要闻", "全市新建三座污水处理厂", ARTICLE_PARAGRAPH)
    assert rules_of(*lines) == ["marker:epaper_page_label", None, None]


def test_a_blog_reply_form_under_the_article_is_boilerplate() -> None:
    form = (
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Name *",
        "Post Comment",
        "Recent Posts",
    )
    verdict_rules = rules_of(ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, *form)
    assert verdict_rules[:2] == [None, None]
    assert all(rule is not None for rule in verdict_rules[2:])


def test_small_form_colons_of_hong_kong_pages_count_as_colons() -> None:
    lines = (ARTICLE_PARAGRAPH, "(編輯﹕林美)", "標籤﹕港口 物流", "來源﹕滨江日报")
    assert rules_of(*lines) == [None, "marker:editor_credit", "marker:tag_line", None]


def test_a_headline_list_with_a_date_under_each_item_is_boilerplate() -> None:
    items = (
        "市民公园东门改造完工",
        "2024-05-20",
        "滨江夜市延长营业时间",
        "2024-05-18",
        "新一批公交线路开通",
        "2024-05-15",
    )
    lines = (ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, *items)
    assert rules_of(*lines) == [None, None] + ["structure:headline_run"] * len(items)


def test_a_dated_headline_list_in_english_is_boilerplate() -> None:
    first = (
        "The new ferry pier at the east bank opened to passengers on Monday after two years of building work,"
        " giving commuters from the northern suburbs a direct crossing to the business district."
    )
    second = (
        "Operators said the route will carry about 3,000 passengers a day once the summer timetable starts,"
        " and that a second pier further upstream is due to open before the end of next year."
    )
    items = (
        "Night market hours extended",
        "May 20, 2024",
        "Two bus routes added",
        "May 18, 2024",
        "Library reopens after repairs",
        "May 15, 2024",
    )
    assert rules_of(first, second, *items) == [None, None] + ["structure:headline_run"] * len(items)


def test_an_issuer_over_its_signature_date_is_not_a_dated_headline_list() -> None:
    lines = (ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, "滨江市发展和改革委员会", "2024年5月20日")
    assert rules_of(*lines) == [None] * len(lines)


def test_several_signatories_over_one_signature_date_are_not_a_dated_headline_list() -> None:
    signatories = ("滨江市发展和改革委员会", "滨江市财政局", "滨江市自然资源和规划局", "2024年5月20日")
    lines = (ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, *signatories)
    assert rules_of(*lines) == [None] * len(lines)


def test_figures_alone_under_short_labels_are_not_item_dates() -> None:
    table = ("地区生产总值", "3.5", "工业增加值", "4.2", "固定资产投资", "5.1")
    assert rules_of(ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, *table) == [None] * (2 + len(table))


def test_bilingual_headings_inside_the_article_are_not_a_headline_run() -> None:
    lines = (
        ARTICLE_PARAGRAPH,
        "开放合作 成果丰硕",
        "打造国际一流的科技园区",
        "Open cooperation brings rich results",
        "Building a world-class science park",
        SECOND_PARAGRAPH,
        "Next, the commission will step up work on major projects to keep growth steady and meet its goals.",
    )
    assert rules_of(*lines) == [None] * len(lines)


def test_notice_signature_source_and_date_end_the_page_as_text() -> None:
    lines = (
        ARTICLE_PARAGRAPH,
        "附件:重点任务分工表",
        "某某市发展和改革委员会",
        "某某市财政局",
        "2024年3月1日",
        "来源:市发展改革委",
    )
    assert rules_of(*lines) == [None] * len(lines)


@given(st.text(alphabet="ab AB中文Σσςßİı ǅǆǄ-", max_size=8))
def test_keyword_spellings_are_the_six_case_forms(keyword: str) -> None:
    words = keyword.lower().split(" ")
    title = " ".join(word[:1].upper() + word[1:] for word in words)
    headline = " ".join(
        word if position and word in {"a", "an"} else word[:1].upper() + word[1:]
        for position, word in enumerate(words)
    )
    capitalised = keyword[:1].upper() + keyword[1:].lower()
    forms = {keyword, keyword.lower(), keyword.upper(), capitalised, title, headline}
    if keyword.lower() == keyword == keyword.upper():
        forms = {keyword}
    assert keyword_spellings(keyword) == forms
    assert keyword_spellings("相关阅读") == {"相关阅读"}
    assert keyword_spellings("read more") == {"read more", "READ MORE", "Read more", "Read More"}
    assert "Back to Top" in keyword_spellings("back to top")
    assert "Terms of Use" in keyword_spellings("Terms of use")


def test_length_units_weigh_chinese_characters_and_latin_words() -> None:
    assert length_units("澜湖科学园", 2) == 5
    assert length_units("Lanhu Science Valley", 2) == 6
    assert length_units("2024年, 50%", 2) == 1


def test_classify_texts_matches_classify_lines() -> None:
    lines = ("相关文章", "某某标题", ARTICLE_PARAGRAPH)
    assert classify_texts(lines, RULES) == verdicts(*lines)


def test_facts_kept_from_earlier_documents_give_the_same_verdicts(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.stages import boilerplate

    documents = [
        ("首页 > 新闻", "相关文章", "某某标题", ARTICLE_PARAGRAPH, "", "", "", "效果图", "", "版权所有"),
        ("某某标题", ARTICLE_PARAGRAPH, "- 一条链接", "- 二条链接", "- 三条链接", "收藏", "收藏"),
        ("效果图", "", "", "", ARTICLE_PARAGRAPH, "相关文章", "首页 > 新闻", "来源: 新华社"),
    ]
    store = COMPILED.facts_by_text

    def fresh(texts: tuple[str, ...]) -> list[BoilerplateVerdict]:
        store.clear()
        return classify_texts(texts, RULES)

    expected = [fresh(texts) for texts in documents]
    store.clear()
    assert [classify_texts(texts, RULES) for texts in documents + documents] == expected + expected
    monkeypatch.setattr(boilerplate, "FACTS_CACHE_SIZE", 4)
    monkeypatch.setattr(boilerplate, "FACTS_CACHE_MAX_CHARACTERS", 6)
    assert [classify_texts(texts, RULES) for texts in documents] == expected
    assert len(store) <= max(len(set(texts)) for texts in documents)
    assert all(len(text) <= 6 for text in store)


# ------------------------------------------------------- gold on the seeds


def seed_lines(path: Path) -> list[str]:
    """Raw lines of a seed file, split as the output contract says."""
    text = path.read_bytes().decode("utf-8")
    return [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]


def score_seeds() -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of the classifier on the seeds."""
    gold = gold_records("boilerplate")
    required = {(record["doc"], record["line"]) for record in gold if not record.get("optional")}
    optional = {(record["doc"], record["line"]) for record in gold if record.get("optional")}
    true_positive = false_positive = false_negative = 0
    for path in sorted(SEEDS.glob("*.txt")):
        for line_no, verdict in enumerate(
            classify_lines(normalise_lines(seed_lines(path), RULES), RULES), start=1
        ):
            key = (path.name, line_no)
            if key in optional:
                continue
            if verdict.is_boilerplate and key in required:
                true_positive += 1
            elif verdict.is_boilerplate:
                false_positive += 1
            elif key in required:
                false_negative += 1
    return true_positive, false_positive, false_negative


@requires_gold
def test_seed_boilerplate_precision_and_recall_reach_95_percent() -> None:
    true_positive, false_positive, false_negative = score_seeds()
    assert true_positive > 0
    precision = true_positive / (true_positive + false_positive)
    recall = true_positive / (true_positive + false_negative)
    assert precision >= 0.95, f"precision {precision:.3f} (fp={false_positive})"
    assert recall >= 0.95, f"recall {recall:.3f} (fn={false_negative})"


@requires_gold
def test_seed_article_bylines_sources_and_notice_parts_stay_text() -> None:
    boilerplate = {(record["doc"], record["line"]) for record in gold_records("boilerplate")}
    for path in sorted(SEEDS.glob("*.txt")):
        lines = seed_lines(path)
        for line_no, verdict in enumerate(classify_lines(normalise_lines(lines, RULES), RULES), start=1):
            if (path.name, line_no) not in boilerplate:
                assert not verdict.is_boilerplate, (
                    f"{path.name}:{line_no} {verdict.rule}: {lines[line_no - 1]}"
                )


# -------------------------------------------------------- broken rule file


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    """A writable copy of the project's boilerplate.yaml, alone in a rules folder."""
    copy = tmp_path / "rules"
    copy.mkdir()
    shutil.copy(RULES.path("boilerplate"), copy / "boilerplate.yaml")
    return copy / "boilerplate.yaml"


def edit(path: Path, old: str, new: str) -> int:
    """Replace `old` by `new` in the rule file; returns the line where it started."""
    content = path.read_text(encoding="utf-8")
    assert old in content, old
    line = content[: content.index(old)].count("\n") + 1
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    return line


def assert_reported(path: Path, line: int, reason: str) -> None:
    """Classifying with the rule set of `path`'s folder fails as `path:line: ...reason...`."""
    with pytest.raises(RuleFileError) as raised:
        classify_texts(["x"], RuleSet.load(path.parent))
    message = str(raised.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert reason in message, message


def test_bad_regex_is_reported_with_file_line_and_reason(rules_copy: Path) -> None:
    line = edit(rules_copy, "pattern: '(?:网站)?首页", "pattern: '(?:网站首页")
    assert_reported(rules_copy, line, "pattern: not a valid regular expression")


def test_rule_with_unknown_match_mode_is_rejected(rules_copy: Path) -> None:
    line = edit(
        rules_copy, "match: anywhere\n    keywords: [扫一扫", "match: everywhere\n    keywords: [扫一扫"
    )
    assert_reported(rules_copy, line, "match: 'everywhere' is not one of line, start, anywhere")


def test_a_misspelt_key_is_rejected_with_a_suggestion(rules_copy: Path) -> None:
    line = edit(rules_copy, "    max_chars: 80\n", "    max_chras: 80\n")
    assert_reported(rules_copy, line, "unknown key 'max_chras' (did you mean 'max_chars'?)")


def test_misspelt_examples_are_rejected(rules_copy: Path) -> None:
    line = edit(rules_copy, "    examples:\n", "    exampels:\n")
    assert_reported(rules_copy, line, "unknown key 'exampels' (did you mean 'examples'?)")


def test_a_structure_setting_naming_no_marker_is_rejected_at_the_line_of_the_name(rules_copy: Path) -> None:
    old = "                         section_name, column_label,"
    line = edit(rules_copy, old, old.replace("column_label", "colum_label"))
    assert_reported(rules_copy, line, "structure.above_navigation.navigation_markers[")
    assert_reported(
        rules_copy, line, "]: 'colum_label' names no marker of boilerplate.yaml (closest: column_label"
    )


def test_a_structure_setting_naming_no_article_text_rule_is_rejected(rules_copy: Path) -> None:
    line = edit(
        rules_copy, "end_rules: [signed_place_date, date_only,", "end_rules: [signed_place_date, date_alone,"
    )
    assert_reported(
        rules_copy, line, "structure.signature_block.end_rules[1]: 'date_alone' names no article-text rule"
    )
    # a marker's id is no article-text rule's
    edit(rules_copy, "date_alone,", "column_label,")
    assert_reported(rules_copy, line, "'column_label' names no article-text rule")


def test_every_structure_verdict_the_code_gives_is_declared() -> None:
    import re

    from pipeline.stages.boilerplate import structure
    from pipeline.stages.boilerplate.rules import STRUCTURE_VERDICTS

    given_names = set(re.findall(r'"structure:(\w+)"', Path(structure.__file__).read_text(encoding="utf-8")))
    assert given_names == set(STRUCTURE_VERDICTS)


def test_a_duplicate_rule_id_is_rejected(rules_copy: Path) -> None:
    line = edit(rules_copy, "- id: breadcrumb_trail", "- id: breadcrumb")
    assert_reported(rules_copy, line, "duplicate id 'breadcrumb'")


def test_a_marker_needs_keywords_or_a_pattern_but_not_both(rules_copy: Path) -> None:
    line = edit(rules_copy, "- id: breadcrumb\n", "- id: breadcrumb\n    pattern: '当前'\n")
    assert_reported(rules_copy, line, "rule 'breadcrumb' needs exactly one of keywords, pattern")


def test_opens_section_is_only_for_markers(rules_copy: Path) -> None:
    line = edit(rules_copy, "- id: source_line\n", "- id: source_line\n    opens_section: true\n")
    assert_reported(rules_copy, line + 1, "unknown key 'opens_section'")


def test_threshold_of_the_wrong_type_is_rejected(rules_copy: Path) -> None:
    line = edit(rules_copy, "resume_paragraphs: 3", "resume_paragraphs: three")
    assert_reported(rules_copy, line, "resume_paragraphs: expected a whole number, got 'three'")


def test_a_rule_set_loaded_from_an_edited_copy_uses_the_edit(rules_copy: Path) -> None:
    edit(rules_copy, "keywords: [分享, 收藏,", "keywords: [分享,")
    edited = RuleSet.load(rules_copy.parent)
    texts = ["收藏"]
    assert classify_texts(texts, edited) == [BoilerplateVerdict(False, None)]
    assert classify_texts(texts, RULES) == [BoilerplateVerdict(True, "marker:share_alone")]


# ----------------------------------------------- speed-ups keep verdicts


def test_required_literals_read_plain_patterns() -> None:
    assert required_literals("首页") == {"首页"}
    assert required_literals("(?:阅读|浏览)量") == {"阅读量", "浏览量"}
    assert required_literals("[48](?<!\\d)00") == {"400", "800"}
    assert required_literals("(?:秒|天)前") == {"秒前", "天前"}
    assert required_literals("a*b") == {"b"}


@pytest.mark.parametrize(
    "pattern",
    ["a?", "\\d+", "(?i)copyright", "(?i:abc)", "[[:digit:]]+", "(?:相关阅读){e<=1}", "\\p{Han}+", "[^,]+"],
)
def test_patterns_without_safe_literals_are_never_screened(pattern: str) -> None:
    assert required_literals(pattern) is None


def literal_hits_by_hand(matcher, text: str) -> int:
    """The rules a line may match, found the slow way: every rule's literals tested with `in`."""
    found = 0
    for index, rule in enumerate(matcher.rules):
        if rule.pattern is not None:
            needed = required_literals(rule.pattern) or ()
        elif rule.match == "anywhere":
            needed = {spelling for keyword in rule.keywords for spelling in keyword_spellings(keyword)}
        else:
            needed = ()
        if any(literal in text for literal in needed):
            found |= 1 << index
    return found & matcher.scan.allowed(len(text))


@pytest.mark.parametrize("section", ["markers", "article_text"])
def test_the_literal_scan_finds_the_literals_of_every_rule_on_a_line(section: str) -> None:
    matcher = COMPILED.markers if section == "markers" else COMPILED.article_text
    texts = [text for _, text, _ in MARKER_EXAMPLES + ARTICLE_TEXT_EXAMPLES]
    texts += [text * 3 for text in texts] + [ARTICLE_PARAGRAPH * 3 + "版权所有 | 首页"]
    assert any(matcher.scan.hits(text) for text in texts)
    for text in texts:
        assert matcher.scan.hits(text) == literal_hits_by_hand(matcher, text), text


PRIORITY_RULES = _marker_matcher(
    [
        {"id": "bracketed", "comment": "c", "match": mode, "pattern": pattern}
        for mode, pattern in [
            ("line", "【foo"),
            ("line", "foo"),
            ("line", "【?foo】?"),
            ("start", "[【(]?bar"),
            ("start", "bar"),
            ("anywhere", "b+az"),
            ("anywhere", "az"),
            ("anywhere", "baz"),
        ]
    ]
)


def run_in_mode(pattern, mode: str, text: str):
    """The match of `pattern` on `text` as match mode `mode` runs it."""
    return (
        pattern.fullmatch(text)
        if mode == "line"
        else pattern.match(text)
        if mode == "start"
        else pattern.search(text)
    )


@pytest.mark.parametrize(
    "text", ["【foo】", "foo", "【【foo", "(bar:", "【bar", "bar", "x baz", "bbaz", "az", "【foo baz", "none"]
)
def test_each_rule_alone_names_the_rule_one_regex_over_all_would_name(text: str) -> None:
    # Rules listed first do not always win: the combined regex takes the
    # longest leading edge (line, start) or the leftmost match (anywhere).
    matcher = PRIORITY_RULES
    for mode in MATCH_MODES:
        rules = matcher.scan.mode_rules[mode]
        combined = matcher.combined(mode, rules)
        found = (
            combined.fullmatch if mode == "line" else combined.match if mode == "start" else combined.search
        )(text)
        assert matcher._mode_winner(mode, rules, text) == (int(found.lastgroup[1:]) if found else None)


def test_caption_forbidden_characters_are_found_like_a_set_test() -> None:
    forbidden = "".join(sorted(COMPILED.structure.caption_forbidden_chars)) + "]^-\\"
    pattern = _any_character_of(forbidden)
    for text in ["澜湖科学园三期效果图", "标题, 正文", "“引号”", "a b", "x]y", "^", "a-b", "c\\d", "无"]:
        assert (pattern.search(text) is None) == set(forbidden).isdisjoint(text), text
    assert _any_character_of("").search("任何文字, 。") is None


def reference_find(matcher, text: str):
    """The marker rule for `text` computed the slow way: every keyword index and regex, no screen."""
    keywords = matcher.keywords
    core_start = LEADING_EDGE.match(text).end()
    core_end = max(TRAILING_EDGE.match(text).start(), core_start)
    candidates = list(keywords.whole.get(text[core_start:core_end], ()))
    if keywords.start is not None:
        window_end = min(len(text), core_start + keywords.start_span)
        for last, entries in keywords.start.iter(text, core_start, window_end):
            candidates.extend(rule for rule, length in entries if last - length + 1 == core_start)
    for index, rule in enumerate(matcher.rules):
        if rule.match == "anywhere" and any(
            spelling in text for keyword in rule.keywords for spelling in keyword_spellings(keyword)
        ):
            candidates.append(index)
    for mode in MATCH_MODES:
        # One regex over every rule of the mode that the line's length admits.
        rules = matcher.scan.mode_rules[mode] & matcher.scan.allowed(len(text))
        if rules:
            combined = matcher.combined(mode, rules)
            found = (
                combined.fullmatch
                if mode == "line"
                else combined.match
                if mode == "start"
                else combined.search
            )(text)
            if found:
                candidates.append(int(found.lastgroup[1:]))
    allowed = [index for index in candidates if (matcher.rules[index].max_chars or len(text)) >= len(text)]
    return matcher.rules[min(allowed)] if allowed else None


def rule_fragments() -> list[str]:
    """Pieces of debris and article text to build lines from: every keyword, literal and case of the rules."""
    fragments = [text for _, text, _ in MARKER_EXAMPLES + ARTICLE_TEXT_EXAMPLES]
    for matcher in (COMPILED.markers, COMPILED.article_text):
        for rule in matcher.rules:
            fragments.extend(rule.keywords)
            if rule.pattern:
                fragments.extend(sorted(required_literals(rule.pattern) or ()))
    return fragments + [
        "1",
        "13912345678",
        "400-820-1234",
        ":",
        "【",
        "】",
        " ",
        "。",
        "...",
        "2024年",
        "Tel",
    ]


line_pieces = st.lists(st.sampled_from(rule_fragments()) | st.text(max_size=4), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(line_pieces, min_size=1, max_size=6))
def test_screened_marker_search_finds_what_the_full_search_finds(raw_lines: list[str]) -> None:
    texts = [text.strip() for text in raw_lines]
    for matcher in (COMPILED.markers, COMPILED.article_text):
        for text in texts:
            if text:
                assert matcher.find(text) == reference_find(matcher, text), text


def test_length_units_count_latin_words_on_the_ascii_characters_only() -> None:
    assert length_units("it's a well-known Co-op", 1) == 4  # a joiner between letters joins them
    assert length_units("a--b 'x' -", 1) == 3
    assert length_units("Hong中Kong", 1) == 1 + 1  # a word split by a Chinese character counts once
    assert length_units("\U00020000\u3005\u3007中\u4dc0", 3) == 4  # Han beyond the BMP; not a hexagram
    assert length_units("\ud800ab", 2) == 2  # a lone surrogate is neither Han nor a letter


# Lines of up to 3,200 characters, two runs of a repeated piece: some longer than the head
# `units_for_thresholds` measures first, with their units on either side of it.
repeated_piece = st.tuples(
    st.text(alphabet="aZq'- 中文。,1.\u3000\u4dc0\u3005\U00020000", max_size=40), st.integers(1, 40)
).map(lambda piece: piece[0] * piece[1])
repeated_pieces = st.tuples(repeated_piece, repeated_piece).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(repeated_pieces, max_size=8))
def test_units_for_thresholds_decide_every_threshold_as_the_whole_count_does(texts: list[str]) -> None:
    structure = COMPILED.structure
    largest = max(
        structure.headline_max_units,
        structure.paragraph_min_units,
        structure.caption_max_units,
        structure.between_max_units,
        structure.above_navigation_max_units,
        structure.short_run_max_units,
    )
    wholes = measure_units(texts, structure.latin_word_units)
    assert wholes == [length_units(text, structure.latin_word_units) for text in texts]
    for text, units, whole in zip(texts, units_for_thresholds(texts, structure), wholes, strict=True):
        assert units == whole if whole <= largest else largest < units <= whole, text


def test_a_long_line_whose_head_has_few_units_is_measured_whole() -> None:
    structure = COMPILED.structure
    texts = ["。" * 5_000 + "中" * 100, "中" * 5_000, "短行"]
    whole, head_only, short = units_for_thresholds(texts, structure)
    assert (whole, short) == (100, 2)
    assert structure.between_max_units < head_only < 5_000  # above every threshold, measured on the head


def test_repeated_lines_and_huge_lines_are_classified_like_single_ones() -> None:
    paragraph = ARTICLE_PARAGRAPH * 20_000  # one line of about 1.5 MB
    assert rules_of(paragraph) == [None]
    assert (
        rules_of("收藏", ARTICLE_PARAGRAPH, "收藏", "收藏")
        == rules_of("收藏")[:1] + [None] + ["marker:share_alone"] * 2
    )
    assert rules_of(paragraph + "版权所有") == [None]


# ------------------------------------------ page chrome around the article


def test_menu_entries_between_separator_lines_above_the_article_are_boilerplate() -> None:
    menu = ("-", "Ferries", "-", "Sport", "-", "Travel", "-")
    lines = (*menu, "Harbour ferry fares frozen for another year", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[:6] == ["marker:symbols_only", "structure:between_boilerplate"] * 3
    assert rules_of(*lines)[7:] == [None, None]


def test_a_title_between_navigation_lines_above_the_article_stays_text() -> None:
    lines = ("首页 > 新闻中心 > 本地要闻", "全市重点项目集中开工", "分享到: 微信 微博", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[1] is None


def test_footer_lines_under_a_comment_widget_are_a_headline_run() -> None:
    lines = (
        ARTICLE_PARAGRAPH,
        SECOND_PARAGRAPH,
        "网友评论",
        "关于我们 | 联系我们 | 网站地图 | 广告服务",
        "某某市广播电视台 出品",
        "某某市互联网信息办公室 指导",
        "某某网 版权所有",
    )
    assert rules_of(*lines)[4:6] == ["structure:headline_run"] * 2


def test_a_byline_right_under_the_article_stays_text_before_a_related_list() -> None:
    lines = (ARTICLE_PARAGRAPH, "(李华 王强)", "相关新闻", "某县召开春耕工作会议", "某市举办人才交流会")
    assert rules_of(*lines)[:2] == [None, None]


def test_the_title_printed_again_under_the_article_is_boilerplate() -> None:
    lines = ("全市新建三座污水处理厂", ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, "全市新建三座污水处理厂")
    assert rules_of(*lines) == [None, None, None, "structure:repeated_title"]


def test_the_title_repeated_right_under_itself_above_the_article_stays_text() -> None:
    lines = (
        "全市新建三座污水处理厂",
        "",
        "全市新建三座污水处理厂",
        "2024年3月5日 09:30 某某日报",
        ARTICLE_PARAGRAPH,
    )
    assert rules_of(*lines) == [None] * len(lines)


def test_a_caption_that_states_facts_with_its_credit_stays_text() -> None:
    lines = (
        ARTICLE_PARAGRAPH,
        "工人在新建的车间内调试生产线,项目预计年底投产。(记者 张明 摄)",
        SECOND_PARAGRAPH,
    )
    assert rules_of(*lines) == [None, None, None]


def test_a_pictures_name_over_its_credited_caption_is_boilerplate() -> None:
    lines = (
        "Harbour ferry fares frozen for another year",
        "",
        "Transport Secretary Lin Yi",
        "",
        "Transport Secretary Lin Yi (Photo: Riverside Daily)",
        "",
        ARTICLE_PARAGRAPH,
    )
    rules = rules_of(*lines)
    assert rules[2] == "structure:caption_copy"
    assert rules[4] is not None and rules[4].startswith("marker:")
    assert rules[0] is None and rules[6] is None


def test_a_line_over_a_caption_it_does_not_begin_stays_text() -> None:
    lines = (
        "Transport Secretary Lin Yi",
        "",
        "Ferry passengers at the pier (Photo: Riverside Daily)",
        "",
        ARTICLE_PARAGRAPH,
    )
    assert rules_of(*lines)[0] is None


def test_a_line_begun_by_the_next_text_line_is_not_a_caption_copy() -> None:
    # The line below starts with the same words but is article text, not a picture's caption.
    lines = ("全市新建三座污水处理厂", "全市新建三座污水处理厂,总投资12亿元,明年投运。", ARTICLE_PARAGRAPH)
    assert rules_of(*lines) == [None, None, None]


def test_parts_of_a_date_between_edition_controls_are_a_date_picker() -> None:
    controls = ("第A03版:要闻  查看版面PDF", "查看其他日期")
    lines = (controls[0], "", "2024年", "", "3月5日", "", controls[1], "", "全市新建三座污水处理厂")
    rules = rules_of(*lines, ARTICLE_PARAGRAPH)
    assert rules[2] == rules[4] == "structure:date_picker"
    assert rules[0] is not None and rules[6] is not None
    assert rules[8] is None


def test_a_whole_date_or_a_part_inside_the_article_stays_text() -> None:
    whole = ("首页 > 新闻", "", "2024年3月5日", "", "分享到:")
    assert rules_of(*whole, ARTICLE_PARAGRAPH)[2] is None
    # Below the first paragraph a year alone is a heading of the article (a timeline).
    timeline = (ARTICLE_PARAGRAPH, "分享到:", "", "2024年", "", "责任编辑:王小红", SECOND_PARAGRAPH)
    assert rules_of(*timeline)[3] is None


NOTICE_TOP = ("滨江新材料股份有限公司", "关于对外投资的公告")
CUT_SENTENCE = "公司于2024年3月5日召开第三届董事会第八次会议,会议审议通过了《关于对"


def test_the_issuers_name_cutting_a_sentence_is_a_running_header() -> None:
    lines = (*NOTICE_TOP, ARTICLE_PARAGRAPH, CUT_SENTENCE, NOTICE_TOP[0], "外投资的议案》,同意本次投资。")
    assert rules_of(*lines) == [None, None, None, None, "structure:running_header", None]


def test_the_issuers_name_after_a_finished_sentence_stays_text() -> None:
    finished = CUT_SENTENCE.replace("《关于对", "投资议案。")
    lines = (*NOTICE_TOP, ARTICLE_PARAGRAPH, finished, NOTICE_TOP[0], SECOND_PARAGRAPH)
    assert rules_of(*lines)[4] is None


# ------------------------------------------- structure, the page's edges


def test_the_title_repeated_with_the_site_name_or_other_punctuation_is_boilerplate() -> None:
    title = "全市新建三座污水处理厂"
    for copy in (title + "_滨江在线", title + "。", "全市 新建三座污水处理厂"):
        lines = (title, ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, copy)
        assert rules_of(*lines)[3] == "structure:repeated_title", copy


def test_a_short_subheading_held_in_the_title_is_not_a_repeat() -> None:
    lines = ("全市新建三座污水处理厂", ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, "污水处理")
    assert rules_of(*lines)[3] is None


def test_short_lines_below_the_footer_are_boilerplate() -> None:
    lines = (ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, "", "责任编辑:王小红", "", "城市服务中心 承制")
    assert rules_of(*lines)[5] == "structure:footer_tail"


def test_lines_below_a_picture_credit_stay_text() -> None:
    lines = (ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, "(图片来源:市文旅局)", "厚积薄发 创新成果不断涌现")
    assert rules_of(*lines)[3] is None


def test_a_clause_below_the_footer_stays_text() -> None:
    lines = (ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, "责任编辑:王小红", "项目建成后,年产值将达50亿元")
    assert rules_of(*lines)[3] is None


def test_the_site_name_above_the_navigation_is_boilerplate() -> None:
    lines = ("滨江门户", "", "首页 > 新闻中心 > 本地", "", "全市新建三座污水处理厂", "", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[0] == "structure:above_navigation"
    assert rules_of(*lines)[4] is None


def test_the_title_bar_above_the_navigation_is_boilerplate_when_the_title_follows() -> None:
    bar = "全市新建三座污水处理厂 滨江在线官方网站"
    lines = (bar, "首页 > 新闻中心 > 本地", "全市新建三座污水处理厂", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[0] == "structure:above_navigation"
    assert rules_of(*lines)[2] is None


def test_a_title_above_a_share_bar_stays_text() -> None:
    lines = ("全市新建三座污水处理厂", "分享到:", "2024年3月5日", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[0] is None


def test_a_title_above_a_social_prompt_stays_text() -> None:
    lines = (
        "全市新建三座污水处理厂",
        "关注滨江在线官方微博:",
        "滨江在线 2024-03-05 09:30",
        ARTICLE_PARAGRAPH,
    )
    assert rules_of(*lines)[0] is None


def test_the_title_bar_with_the_site_name_is_boilerplate() -> None:
    lines = ("全市新建三座污水处理厂_滨江在线", "", "全市新建三座污水处理厂", "", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[:3] == ["structure:title_with_site", None, None]
    english = (
        "Harbour ferry fares frozen - Riverside Daily",
        "Harbour ferry fares frozen",
        ARTICLE_PARAGRAPH,
    )
    assert rules_of(*english)[:2] == ["structure:title_with_site", None]


def test_a_title_with_a_subtitle_after_a_dash_stays_text() -> None:
    subtitle = "全市新建三座污水处理厂——日处理能力提升三成以上并实现全天候在线监测"
    lines = (subtitle, "全市新建三座污水处理厂", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[0] is None


def test_a_menu_printed_one_link_a_line_is_boilerplate() -> None:
    lines = ("本地", "民生", "图说", "直击", "", "全市新建三座污水处理厂", "", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[:4] == ["structure:short_run"] * 4
    assert rules_of(*lines)[5] is None


def test_three_short_lines_are_not_a_menu() -> None:
    lines = ("本地", "民生", "图说", "", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[:3] == [None, None, None]


def test_a_long_truncated_teaser_is_an_item_of_a_headline_list() -> None:
    teaser = THIRD_PARAGRAPH[:60] + "..."
    lines = (ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, "某县召开春耕工作会议", teaser, "某市举办人才交流会")
    assert rules_of(*lines)[2:] == ["structure:headline_run"] * 3


def test_page_controls_on_the_date_and_source_line_make_it_boilerplate() -> None:
    assert rules_of("发布时间:2024-03-05 来源:滨江在线 【字体:大 中 小】") == ["marker:metadata_controls"]
    assert rules_of("发布时间:2024-03-05 来源:滨江在线") == [None]


def test_the_header_above_the_last_navigation_trail_is_boilerplate_when_the_title_follows() -> None:
    lines = (
        "滨江在线",
        "首页 > 新闻中心",
        "本地资讯 城市服务 便民热线",
        "首页 > 新闻中心 > 本地",
        "全市新建三座污水处理厂",
        "2024-03-05 09:30 来源:滨江日报",
        ARTICLE_PARAGRAPH,
    )
    assert rules_of(*lines)[2] == "structure:above_navigation"
    assert rules_of(*lines)[4:] == [None, None, None]


def test_a_title_above_the_trail_stays_text_when_only_a_date_line_follows() -> None:
    trail = "首页 > 新闻中心 > 本地"
    lines = ("全市新建三座污水处理厂", trail, "2024-03-05 09:30 滨江日报", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[0] is None


def test_a_list_introduced_by_a_colon_line_is_the_articles() -> None:
    companies = ("恒远集团", "华信科技", "东方药业", "长河电子")
    lines = (ARTICLE_PARAGRAPH, "首批签约企业包括:", *companies)
    assert rules_of(*lines) == [None] * len(lines)
    # Without the line that introduces them, the same lines at the page end are a menu.
    assert rules_of(ARTICLE_PARAGRAPH, "", *companies)[2:] == ["structure:short_run"] * 4


def test_a_list_between_article_paragraphs_is_the_articles() -> None:
    items = (
        "- 城东污水处理厂 日处理10万吨",
        "- 城西污水处理厂 日处理8万吨",
        "- 北部新区污水处理厂 日处理12万吨",
    )
    cells = ("地区", "产值", "增速", "城东区")
    for run in (items, cells):
        lines = (ARTICLE_PARAGRAPH, *run, SECOND_PARAGRAPH)
        assert rules_of(*lines) == [None] * len(lines), run
    # A sentence shorter than a paragraph below the run counts as article text too.
    sentence = "会议要求各单位压实责任,提前做好物资储备和队伍准备,确保安全度汛。"
    assert rules_of(ARTICLE_PARAGRAPH, *cells, sentence) == [None] * 6
    # Teasers cut off with "..." below the run are no article text.
    teaser = THIRD_PARAGRAPH[:60] + "..."
    assert rules_of(ARTICLE_PARAGRAPH, *items, teaser)[1:4] == ["structure:link_list"] * 3


def test_source_and_byline_lines_in_the_footer_stay_text() -> None:
    for line in (
        "(本文来源:滨江日报)",
        "本文转自:滨江在线",
        "原文刊于滨江财经",
        "Source: Riverside Daily",
        "文/张三",
        "By Li Ming",
        "Reporter: Li Ming",
        "(原标题:全市新建三座污水处理厂)",
    ):
        lines = ("全市新建三座污水处理厂", ARTICLE_PARAGRAPH, "编辑:王五", line, "版权所有 滨江日报社")
        assert rules_of(*lines)[3] is None, line


def test_bullet_points_leading_into_the_first_paragraph_are_highlights() -> None:
    points = ("• 一季度营收同比增长12%", "• 研发投入创历史新高", "• 海外订单占比升至三成")
    assert rules_of(*points, ARTICLE_PARAGRAPH, SECOND_PARAGRAPH) == [None] * 5
    # Below article text, or with a line between them and the article, they are a list of links.
    assert rules_of(ARTICLE_PARAGRAPH, *points)[1:] == ["structure:link_list"] * 3
    assert rules_of(*points, "滨江在线", ARTICLE_PARAGRAPH)[:3] == ["structure:link_list"] * 3


def test_the_title_repeated_below_a_short_article_is_boilerplate() -> None:
    first = "全市计划新建三座污水处理厂,总投资约12亿元,建成后日处理能力将明显提升。"
    second = "新建项目采用先进的生物处理工艺,预计明年年底前全部投入运行。"
    lines = ("全市新建三座污水处理厂", first, second, "全市新建三座污水处理厂")
    assert rules_of(*lines) == [None, None, None, "structure:repeated_title"]
    # A short page with no sentence of running text has no article to end.
    assert rules_of("全市新建三座污水处理厂", "全市新建三座污水处理厂") == [None, None]


def test_a_paragraph_between_an_advert_label_and_the_editor_line_stays_text() -> None:
    lines = (ARTICLE_PARAGRAPH, "广告", SECOND_PARAGRAPH, "责任编辑:王五")
    assert rules_of(*lines) == [None, "marker:advert", None, "marker:editor_credit"]
    # A short line there belongs to the footer block.
    footer = (ARTICLE_PARAGRAPH, "广告", "滨江在线", "责任编辑:王五")
    assert rules_of(*footer)[2] == "structure:between_boilerplate"


def test_the_title_bar_holding_title_and_subtitle_is_boilerplate() -> None:
    title_bar = "全市新建三座污水处理厂 日处理能力提升三成_滨江在线"
    lines = (title_bar, "全市新建三座污水处理厂", "日处理能力提升三成")
    assert rules_of(*lines, ARTICLE_PARAGRAPH) == ["structure:title_with_site", None, None, None]


def test_every_pattern_rule_is_screened_by_its_literals() -> None:
    # A rule whose literals cannot be read (or are too many) is run on every line: slow.
    for matcher in (COMPILED.markers, COMPILED.article_text):
        bits = matcher.scan.unscreened
        unscreened = [rule.rule_id for index, rule in enumerate(matcher.rules) if bits >> index & 1]
        assert unscreened == []


def test_closing_lines_below_an_advert_label_are_the_articles() -> None:
    lines = (
        ARTICLE_PARAGRAPH,
        "广告",
        "下一步工作安排",
        "市水务局将加快推进项目前期工作,确保年内全部开工建设。",
        "责任编辑:王五",
        "滨江在线",
    )
    expected = [None, "marker:advert", None, None, "marker:editor_credit", "structure:footer_tail"]
    assert rules_of(*lines) == expected


def test_capitals_alone_above_the_title_are_a_masthead_and_below_it_text() -> None:
    title = "Harbour ferry fares frozen for another year"
    assert rules_of("RTN", title, ARTICLE_PARAGRAPH) == ["structure:masthead", None, None]
    assert rules_of(title, "RTN", ARTICLE_PARAGRAPH) == [None, None, None]


def test_an_outlet_in_capitals_or_with_its_section_above_the_title_is_a_masthead() -> None:
    title = "Harbour ferry fares frozen for another year"
    assert rules_of("HARBOUR NEWS", title, ARTICLE_PARAGRAPH) == ["structure:masthead", None, None]
    # Below the title the outlet's name is the article's source, which is text.
    assert rules_of(title, "HARBOUR NEWS", ARTICLE_PARAGRAPH) == [None, None, None]
    lines = ("江城日报网 新闻中心", "全市新建三座污水处理厂", ARTICLE_PARAGRAPH)
    assert rules_of(*lines) == ["structure:masthead", None, None]
    # A headline in capitals that only holds the word is the title, not a masthead.
    assert rules_of("GOOD NEWS FOR FERRY RIDERS", ARTICLE_PARAGRAPH) == [None, None]


def test_a_related_reading_heading_with_a_colon_opens_its_section() -> None:
    teaser = "全市计划新建三座污水处理厂,总投资约12亿元,建成后日处理能力将明显提升。"
    lines = (ARTICLE_PARAGRAPH, SECOND_PARAGRAPH, "相关阅读:", "某县召开春耕工作会议", teaser)
    assert rules_of(*lines)[2:] == ["marker:related_section"] + ["structure:after_related"] * 2


def test_every_section_heading_opens_its_section_in_any_dress() -> None:
    # An earlier marker must not take a heading over: then it would open no section.
    for entry in RULES.file("boilerplate")["markers"]:
        if not entry.get("opens_section"):
            continue
        # A pattern heading is tried on the examples it fires on.
        headings = entry.get("keywords") or [
            example for example in entry["examples"] if isinstance(example, str)
        ]
        for keyword in headings:
            for form in (keyword, keyword + ":", "【" + keyword + "】"):
                assert rules_of(form) == [f"marker:{entry['id']}"], form


def test_the_literal_scan_builds_each_automaton_when_a_line_of_its_lengths_is_met() -> None:
    scan = _literal_scan(COMPILED.markers.rules)
    assert len(scan.automata) > 3 and all(automaton is UNBUILT for automaton in scan.automata)
    eager = [
        _automaton({literal: bits & admitted for literal, bits in scan.literals.items() if bits & admitted})
        for admitted in scan.length_rules
    ]
    pieces = rule_fragments()
    texts = [
        "".join(pieces[(start + step) % len(pieces)] for step in range(count))
        for start in range(0, 400, 7)
        for count in (1, 3, 9, 27)
    ]
    # One line exactly as long as each threshold, so every length band is met
    # whatever lengths the rules' fragments happen to have.
    texts += ["".join(pieces)[:limit] for limit in scan.thresholds]
    assert {bisect.bisect_left(scan.thresholds, len(text)) for text in texts} == set(
        range(len(scan.automata))
    )
    for text in texts:
        automaton = eager[bisect.bisect_left(scan.thresholds, len(text))]
        expected = 0
        for _, rules in automaton.iter(text) if automaton is not None else ():
            expected |= rules
        assert scan.hits(text) == expected, text
    assert UNBUILT not in scan.automata
    assert any(scan.hits(text) for text in texts)


def test_a_takedown_note_closes_a_line_but_the_word_inside_a_sentence_is_text() -> None:
    assert rules_of("内容整理自网络，侵删", "素材整理自公开报道（侵删）") == [
        "marker:repost_notice",
        "marker:repost_notice",
    ]
    assert rules_of("侵删类投诉占平台全部投诉的两成。") == [None]


def test_a_site_and_its_section_above_an_english_page_are_boilerplate_and_the_headline_is_not():
    assert rules_of(
        "Harbour Daily | Business",
        "Ferry Operator Cuts Fares | Harbour Daily",
        "The operator cut fares on its three harbour routes by 5 percent from Monday, the company said.",
        "More on this: Pier repairs finish early",
    ) == ["marker:site_and_section_en", None, None, "marker:related_link"]


def test_update_dates_and_reposting_bans_of_a_traditional_page_are_boilerplate():
    assert rules_of(
        "港區貨櫃吞吐量上升",
        "港區本月貨櫃吞吐量按年上升百分之五，較上月增加三萬個標準箱，管理局表示將再開兩條航線。",
        "資料更新日期：113-05-02",
        "本網站內容未經同意不得轉載",
    ) == [None, None, "marker:page_revision_date", "marker:repost_notice"]


def test_a_section_name_between_the_chrome_and_the_title_is_chrome() -> None:
    menu, title = "Home | News | Business | Sport", "City adds 40 pocket parks this year"
    paragraph = "The city will add 40 pocket parks by the end of this year, the greening bureau said."
    assert rules_of(menu, "Metro", title, paragraph)[1] == "structure:section_above_title"
    assert rules_of(menu, "Lin Yi", title, paragraph)[1] is None
    assert rules_of("首页 > 新闻 > 本地", "林一", "全市今年新增口袋公园四十座", paragraph)[1] is None
    section = rules_of("首页 > 新闻", "本地", "全市今年新增口袋公园四十座", paragraph)[1]
    assert section == "structure:section_above_title"
    assert rules_of("Metro", title, paragraph)[0] is None


def test_a_release_date_is_text_but_dated_items_of_a_headline_list_stay_in_the_list() -> None:
    # release_stamp protects a date line; an item's date under a headline still joins the run.
    paragraph = (
        "The city will add 40 pocket parks by the end of this year, the greening bureau said on Monday, "
        "adding that the first ten will open in May."
    )
    items = ("Ferry fares frozen", "March 7, 2025", "New pier opens to visitors", "March 5, 2025")
    items += ("Bus lane plan backed", "March 2, 2025")
    rules = rules_of("Parks plan unveiled", paragraph, "Latest news", *items)
    assert rules[3:] == ["structure:headline_run"] * 6


def test_a_press_release_header_and_a_gallery_label_are_boilerplate() -> None:
    lines = ("某某特別行政區政府　新聞公報", "Today's Press Releases", "Photos", ARTICLE_PARAGRAPH)
    assert rules_of(*lines) == [
        "marker:press_release_header",
        "marker:section_label",
        "marker:photo_placeholder",
        None,
    ]
    assert rules_of("某某特別行政區政府新聞公報指出，渡輪票價維持不變。", ARTICLE_PARAGRAPH) == [None, None]


def test_a_reader_hotline_line_is_boilerplate_and_a_sentence_naming_one_is_text() -> None:
    assert rules_of(ARTICLE_PARAGRAPH, "某某晚報讀者服務熱線：23456789") == [None, "marker:reader_hotline"]
    sentence = "市民可致電讀者服務熱線23456789查詢報紙投遞安排，服務時間為上午九時至下午六時。"
    assert rules_of(ARTICLE_PARAGRAPH, sentence) == [None, None]


# ------------------------------------------ filings, tenders and press contacts


def test_chinese_section_numbers_are_read_up_to_ninety_nine() -> None:
    assert [_chinese_number(text) for text in ("六", "十", "十二", "二十", "四十五")] == [6, 10, 12, 20, 45]
    assert _chinese_number("百") is None
    assert _chinese_number("二三") is None


def test_a_heading_going_on_with_the_notices_numbering_keeps_its_section_as_text() -> None:
    section = ["2. 联系方式", "招标人：南湖城投有限公司", "招标代理：嘉禾咨询有限公司", "地址：南湖路1号"]
    footer = "网站地图 | 联系我们 | 隐私声明"
    numbered = rules_of("1. 项目概况", ARTICLE_PARAGRAPH, *section, footer)
    assert numbered[:-1] == [None] * 6
    # Without the section it goes on from, the same lines are a headline list after the article.
    unnumbered = rules_of(ARTICLE_PARAGRAPH, *section, footer)
    assert unnumbered[1:-1] == ["structure:headline_run"] * 4


def test_entries_of_a_numbered_list_do_not_go_on_with_sections() -> None:
    texts = [ARTICLE_PARAGRAPH, "1. 南湖区防汛责任人名单", "2. 河道采砂专项整治通告", "3. 南湖区水利建设计划"]
    page = page_of([line_facts(text, COMPILED) for text in texts], COMPILED.structure)
    unmarked: list[str | None] = [None] * len(texts)
    assert not _continues_sections(page, unmarked, 3, COMPILED.structure)


def test_a_contact_line_closing_a_notices_fields_is_text_but_not_after_a_source_line() -> None:
    fields = [
        "标案名称：东海溪护岸改善工程",
        "预算金额：新台币1亿元",
        "履约期限：360日历天",
        "押标金：新台币500万元",
    ]
    contact = "联络人：王先生  电话：(03)551-8101"
    assert rules_of(*fields, contact)[-1] is None
    assert rules_of(*fields, "来源：县政府工务处", contact)[-1] == "marker:contact_phone"


def test_a_signature_block_is_text_with_or_without_its_opener() -> None:
    body = (
        "The Board announces that the Group has signed a twenty-year concession for a new container berth"
        " at Kwai Tsing, with an expected capital outlay of HK$2.4 billion over the next three years."
    )
    block = ["Harbourline Ports Limited", "Chan Tai Man", "Chairman", "Hong Kong, 3 March 2026"]
    footer = "Back to top | Privacy Policy | Disclaimer"
    assert rules_of(body, "By order of the Board", *block, footer)[:-1] == [None] * 6
    assert rules_of(body, *block, footer)[:-1] == [None] * 5
    # Short lines with no opener and no place and date under them are still a menu.
    assert rules_of(body, *block[:3], "Contact", footer)[1:4] == ["structure:short_run"] * 3


def test_a_press_contact_is_chrome_and_a_notices_contact_person_introduces_its_number() -> None:
    assert rules_of(ARTICLE_PARAGRAPH, "新闻联络人：林一 科长", "电话：0571-86005678") == [
        None,
        "marker:press_contact",
        "marker:contact_phone",
    ]
    assert rules_of(ARTICLE_PARAGRAPH, "联系人：林一 科长", "电话：0571-86005678") == [None, None, None]


def test_a_source_or_byline_line_naming_the_editor_under_the_title_is_text_and_dates_the_page() -> None:
    # The readable golds keep the byline or source line under the title as
    # text when the editor's name follows it; an editor line alone stays chrome.
    title = "Harbour ferry fares frozen for another year"
    credit = "Source: Coastal Times | 2027-03-04 08:15:22 | Editor: linmei"
    assert rules_of(title, credit, ARTICLE_PARAGRAPH) == [None, None, None]
    editor_after = "Source: Coastal Times | Editor: linmei | 2027-03-04 08:15:22"
    assert rules_of(title, editor_after, ARTICLE_PARAGRAPH) == [None, None, None]
    assert rules_of("港口吞吐量创新高", "作者:林一    责编:王二", ARTICLE_PARAGRAPH) == [None, None, None]
    # After the article the same credit closes the page.
    assert rules_of(ARTICLE_PARAGRAPH, "记者 林一 编辑 王二") == [None, "marker:credits_with_editor"]
    assert rules_of(ARTICLE_PARAGRAPH, "Writer: Lin Yi | Editor: Ma Qi")[1] is not None
    # An editor line alone, or the editor first, is still the site's credit.
    assert rules_of(title, "Editor: linmei   Source: Coastal Times", ARTICLE_PARAGRAPH)[1] is not None
    assert rules_of(title, "责任编辑:王二", ARTICLE_PARAGRAPH) == [None, "marker:editor_credit", None]
    # The document's date is read from it.
    lines = normalise_lines([title, credit, ARTICLE_PARAGRAPH], RULES)
    assert find_doc_date(lines, classify_lines(lines, RULES), RULES) == date(2027, 3, 4)


def test_a_catalogue_records_category_field_stays_text() -> None:
    lines = (
        "首页 > 政府信息公开",
        "索引号:330108/2026-00412",
        "分类:工业、交通 \\ 通知",
        "发文机关:青溪市人民政府办公室",
    )
    assert rules_of(*lines)[1:] == [None, None, None]


def test_a_column_label_away_from_a_catalogue_record_stays_chrome() -> None:
    lines = ("所属分类:行业资讯", "发布日期:2026-03-18", "滨江区新增专精特新企业26家", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[0] == "marker:column_label"


def test_a_sentence_stating_a_fact_before_its_phone_number_stays_text() -> None:
    sentence = "此外,新区将在两年内建成8座人才公寓,项目咨询电话:0571-88881234。"
    title = "开发区道路改造全面启动"
    assert rules_of(title, ARTICLE_PARAGRAPH, sentence, "(编辑:林一)")[2] is None
    assert rules_of(title, ARTICLE_PARAGRAPH, "咨询电话:0571-88881234")[2] == "marker:contact_phone"


def test_a_forum_posters_card_encloses_no_post() -> None:
    post = "Thanks, very helpful! I will sign next week and report back."
    lines = ("Thread: Renting a flat", ARTICLE_PARAGRAPH, "RiverFan  Member", post, "Quick Reply")
    assert rules_of(*lines)[2:] == ["marker:forum_poster", None, "marker:forum_furniture"]


def test_a_table_row_with_figures_stops_a_headline_list_at_the_page_end() -> None:
    lines = (
        "Ports sector: volumes recover",
        ARTICLE_PARAGRAPH,
        "LKS HK  |  TP HK$8.20  |  2026F P/E 12.1x",
        "NHP CH  |  TP CNY15.40  |  2026F P/E 9.8x",
        "This note is intended for institutional investors only.",
    )
    assert rules_of(*lines)[2:] == [None, None, "marker:research_disclaimer"]


def test_a_social_media_accounts_header_is_the_byline_and_text() -> None:
    lines = ("原创 林木 青溪观察 2026年10月20日 08:15 浙江", "渡口新航线开通", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[0] is None


def test_a_stamp_line_with_a_view_counter_is_chrome_as_a_whole() -> None:
    lines = ("青溪市外贸进出口增长9%", "发布时间:2026-04-20  来源:市商务局  阅读量:2,417", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[1] == "marker:view_counter"


def test_a_portal_named_online_above_the_title_is_its_masthead() -> None:
    lines = ("滨江在线", "", "首页 > 新闻中心 > 本地", "", "全市新建三座污水处理厂", "", ARTICLE_PARAGRAPH)
    assert rules_of(*lines)[0] == "structure:masthead"
    assert rules_of(*lines)[4] is None


# ------------------------------------------- structure, printed reports and page furniture


def test_a_report_header_repeated_with_each_page_number_is_chrome() -> None:
    header = "南湖市港口协会 2025年港口运行报告 第 {} 页"
    lines = (header.format(1), "南湖市港口协会", ARTICLE_PARAGRAPH, header.format(2), SECOND_PARAGRAPH)
    assert rules_of(*lines) == ["structure:page_header", None, None, "structure:page_header", None]
    dashes = (ARTICLE_PARAGRAPH, "南湖港年报 - 1 -", SECOND_PARAGRAPH, "南湖港年报 - 2 -", THIRD_PARAGRAPH)
    assert rules_of(*dashes)[1::2] == ["structure:page_header", "structure:page_header"]
    # Numbers between dashes alone also number an article's parts.
    parts = (ARTICLE_PARAGRAPH, "— 1 —", SECOND_PARAGRAPH, "— 2 —", THIRD_PARAGRAPH)
    assert rules_of(*parts)[1::2] == [None, None]


def test_a_printed_notices_bare_page_numbers_in_sequence_to_the_page_end_are_chrome() -> None:
    head = ("— 1 —", "南湖市商务局文件", ARTICLE_PARAGRAPH)
    pages = (*head, "— 2 —", SECOND_PARAGRAPH, "— 3 —", THIRD_PARAGRAPH, "— 4 —")
    number = "structure:page_header"
    assert rules_of(*pages) == [number, None, None, number, None, number, None, number]
    # The site's footer may follow the last printed page.
    with_footer = rules_of(*pages[1:], "版权所有 南湖市商务局")
    assert with_footer[:-1] == [None, None, number, None, number, None, number]
    # Out of order, too few, or with article text after the last: parts of the article.
    shuffled = (ARTICLE_PARAGRAPH, "— 2 —", SECOND_PARAGRAPH, "— 1 —", THIRD_PARAGRAPH, "— 3 —")
    assert rules_of(*shuffled)[1::2] == [None] * 3
    inside = (ARTICLE_PARAGRAPH, "— 1 —", SECOND_PARAGRAPH, "— 2 —", THIRD_PARAGRAPH, "— 3 —", "年底验收。")
    assert rules_of(*inside)[1::2] == [None, None, None]


def test_a_page_reference_alone_or_with_one_number_stays_text() -> None:
    once = (ARTICLE_PARAGRAPH, "南湖市港口协会 2025年港口运行报告 第 1 页", SECOND_PARAGRAPH)
    assert rules_of(*once)[1] is None
    # The same head with the same number twice is no run of pages.
    twice = (ARTICLE_PARAGRAPH, "年度报告 第 3 页", SECOND_PARAGRAPH, "年度报告 第 3 页", THIRD_PARAGRAPH)
    assert rules_of(*twice)[1::2] == [None, None]
    # Different heads, each with its own page, are a table of contents.
    contents = (ARTICLE_PARAGRAPH, "一、总体情况 第 2 页", "二、投资情况 第 5 页", SECOND_PARAGRAPH)
    assert rules_of(*contents)[1:3] == [None, None]


def test_a_bilingual_related_heading_opens_a_related_section() -> None:
    lines = (
        ARTICLE_PARAGRAPH,
        "",
        "相关报道 Related coverage:",
        "· 南湖港新航线开通 New route opens",
        "· 南湖大桥明年通车",
    )
    assert rules_of(*lines)[2:] == [
        "marker:related_section_bilingual",
        "structure:after_related",
        "structure:after_related",
    ]


def test_a_date_stamp_with_its_source_and_print_controls_stays_text() -> None:
    stamp = "2024年03月05日 10:20　来源：南湖日报　【打印】【关闭】"
    assert rules_of("南湖港新增三条航线", stamp, ARTICLE_PARAGRAPH)[1] is None
    # Without the source the stamp and its controls are the page's tools.
    assert (
        rules_of("南湖港新增三条航线", "2024年03月05日 10:20　【打印】【关闭】", ARTICLE_PARAGRAPH)[1]
        is not None
    )


# ----------------------------------------- rows of page controls, attachment lines after the article


def test_chrome_row_examples() -> None:
    examples = RULES.file("boilerplate")["structure"]["chrome_row"]["examples"]
    assert any(isinstance(example, str) for example in examples)
    for example in examples:
        text = example if isinstance(example, str) else example["text"]
        is_row = isinstance(example, str) or not example.get("none", False)
        assert (rules_of(text) == ["structure:chrome_row"]) == is_row, text


def test_a_row_of_controls_is_chrome_wherever_it_stands() -> None:
    title = "滨江新区新建三座污水处理厂"
    assert rules_of(title, "点赞  |  收藏  |  举报", ARTICLE_PARAGRAPH, "Print this page | Back to top") == [
        None,
        "structure:chrome_row",
        None,
        "structure:chrome_row",
    ]
    # Each part must be chrome alone: a byline beside an editor line is no row of controls.
    assert rules_of(title, "记者 林一 | 编辑 王二", ARTICLE_PARAGRAPH) == [None, None, None]
    # One part is no row.
    assert line_facts("收藏", COMPILED).chrome_row is False


def test_a_row_of_controls_may_hold_one_stray_control_word_after_its_first_part() -> None:
    # "RSS" and "APP阅读" alone are no marker's lines; beside two runs of controls they are the bar's.
    assert line_facts("RSS", COMPILED).marker is None
    assert rules_of("Text Size: A A A   Email   Print   RSS") == ["structure:chrome_row"]
    assert rules_of("A-  A+  分享  收藏  APP阅读") == ["structure:chrome_row"]
    assert rules_of("Share  Print  Email  0") == ["structure:chrome_row"]
    # Two strays, a stray first, a labelled part or two parts only: no row.
    assert rules_of("分享  收藏  RSS  Podcast") == [None]
    assert rules_of("营业收入  |  净利润  |  打印") == [None]
    assert rules_of("Print  RSS") == [None]


def test_a_run_of_parts_a_marker_takes_as_a_row_counts_as_one_part() -> None:
    # "电邮" alone is no marker's line, but "打印 | 电邮" is a tool row.
    assert line_facts("电邮", COMPILED).marker is None
    assert rules_of("下载PDF | 打印 | 电邮") == ["structure:chrome_row"]
    assert rules_of("Download PDF | 列印 | 電郵") == ["structure:chrome_row"]
    # A part of the article beside a control is still no row.
    assert rules_of("下载PDF | 新区十年巨变") == [None]


def test_a_reposted_accounts_name_and_description_are_its_card() -> None:
    card = "以下文章来源于滨江观察 ,作者王五"
    title = "新区十个重点项目集中开工 总投资80亿元"
    header = "原创 王五 滨江观察 2025-10-03 08:15 发表于江苏"
    assert rules_of(card, "滨江观察", "滨江区融媒体中心官方发布平台", title, header, ARTICLE_PARAGRAPH) == [
        "marker:wechat_reader",
        "structure:reposted_card",
        "structure:reposted_card",
        None,
        None,
        None,
    ]
    # Without the account's header below, only the name printed again is the card.
    assert rules_of(card, "滨江观察.", title, ARTICLE_PARAGRAPH) == [
        "marker:wechat_reader",
        "structure:reposted_card",
        None,
        None,
    ]
    assert rules_of(card, title, ARTICLE_PARAGRAPH) == ["marker:wechat_reader", None, None]
    # The title right over the header stays text even with no name line.
    assert rules_of(card, title, header, ARTICLE_PARAGRAPH) == ["marker:wechat_reader", None, None, None]


def test_an_attachment_line_over_the_pages_chrome_is_its_download_link() -> None:
    attachment = "附件:2026年一季度全市主要经济指标.xlsx"
    assert rules_of(ARTICLE_PARAGRAPH, attachment, "【打印本页】 【关闭窗口】") == [
        None,
        "structure:attachment_tail",
        "marker:page_controls",
    ]
    tools = "【打印本页】 【关闭窗口】"
    # Two attachment lines over the footer are both links.
    assert rules_of(ARTICLE_PARAGRAPH, "附件1:申报表.docx", "附件2:承诺书.pdf", tools)[1:3] == [
        "structure:attachment_tail",
        "structure:attachment_tail",
    ]
    # Over the notice's signatory and date, or with the article going on below, it is the notice's.
    assert rules_of(ARTICLE_PARAGRAPH, attachment, "滨江市统计局", "2026年4月20日", tools)[1] is None
    assert rules_of(ARTICLE_PARAGRAPH, attachment, SECOND_PARAGRAPH, tools)[1] is None
    # At the page's end with no chrome below, nothing shows the article has ended.
    assert rules_of(ARTICLE_PARAGRAPH, attachment) == [None, None]


def test_the_sites_name_given_twice_as_the_first_line_is_its_header() -> None:
    title = "澜江二〇二六年首季外来投资金额按年增三成"
    # A ministry's portal, a paper's e-edition and initials before a company's name.
    headers = (
        "經貿部全球資訊網 Ministry of Trade, R.O.C.",
        "澜江日报 Lanjiang Daily 电子版",
        "LJIC | 澜江投資管理有限公司",
    )
    for header in headers:
        assert rules_of(header, title, ARTICLE_PARAGRAPH) == ["structure:site_name_pair", None, None], header
    # Over the site's menu too.
    assert rules_of("QXPC 青溪生产力促进局", "首页 > 新闻中心 > 本局新闻", title, ARTICLE_PARAGRAPH)[0] == (
        "structure:site_name_pair"
    )
    # Below the title the same name is the issuer, and text.
    assert rules_of(title, "LJIC | 澜江投資管理有限公司", ARTICLE_PARAGRAPH) == [None, None, None]
    # A bilingual title is no name given twice, nor is a first line with no article below it.
    assert rules_of("新港码头开通 New Berth Opens", ARTICLE_PARAGRAPH)[0] is None
    assert rules_of("LJIC | 澜江投資管理有限公司") == [None]


def test_a_menu_of_short_words_above_the_title_is_the_sites() -> None:
    title = "江城港口集团前五月集装箱吞吐量同比增长一成"
    # A Q&A site's first line, a finance portal's menu under its trail, a wire's name and desks.
    for menu in (
        "问问 首页 会员 话题 去提问",
        "江城证券  Pro数据  社区  基金  行情中心  研报",
        "Harbour Wire | Politics Asia-Pacific Business Society Arts & Tech Sports",
    ):
        assert rules_of(menu, title, ARTICLE_PARAGRAPH) == ["structure:head_menu", None, None], menu
    portal = "江城证券  Pro数据  社区  基金  行情中心  研报"
    assert rules_of("首页 > 资讯 > 正文", portal, title, ARTICLE_PARAGRAPH)[1] == "structure:head_menu"
    # Names, or a title in English title case, hold no section words (or too few).
    assert rules_of("林一 王二 张三 李四 赵五", title, ARTICLE_PARAGRAPH)[0] is None
    english = ("Port Opens New Berth For Larger Ships", "Harbour Group Lifts Forecast", ARTICLE_PARAGRAPH)
    assert rules_of(*english)[0] is None
    # With no title below, or under the title, the same row is left alone.
    assert rules_of("问问 首页 会员 话题 去提问", ARTICLE_PARAGRAPH)[0] is None
    assert rules_of(title, "问问 首页 会员 话题 去提问", ARTICLE_PARAGRAPH)[1] is None
    # Four items are too few.
    assert rules_of("问问 首页 会员 话题", title, ARTICLE_PARAGRAPH)[0] is None


def test_a_date_or_source_line_with_page_controls_under_the_title_is_text() -> None:
    title = "江城今年推进老旧小区改造项目120个"
    for stamp in (
        "信息来源:江城市住建局 发布日期:2026-01-09 【字号:大 中 小】",
        "江城市住房和城乡建设局  2026-03-02  【字号:大 中 小】",
        "Source: Harbour Daily  2026-03-02  Print",
    ):
        assert rules_of(title, stamp, ARTICLE_PARAGRAPH) == [None, None, None], stamp
    # Controls alone under the title, or beside a bare date, and the same line after the article, stay chrome.
    assert rules_of(title, "【打印】【关闭】【字号:大 中 小】", ARTICLE_PARAGRAPH)[1] is not None
    assert rules_of(title, "2026-03-02 10:20 【字号:大 中 小】", ARTICLE_PARAGRAPH)[1] is not None
    stamp = "信息来源:江城市住建局 发布日期:2026-01-09 【字号:大 中 小】"
    assert rules_of(title, ARTICLE_PARAGRAPH, stamp)[2] == "marker:metadata_controls"
    # Under a byline naming the editor, given back to the article after the first pass, it is text too.
    assert rules_of(title, "作者:林一  责编:王二", stamp, ARTICLE_PARAGRAPH) == [None, None, None, None]
    # With a view counter it is the site's record of the page, as before.
    assert (
        rules_of(
            title,
            "信息来源:江城市住建局 发布日期:2026-01-09 浏览次数:326 【字号:大 中 小】",
            ARTICLE_PARAGRAPH,
        )[1]
        == "marker:view_counter"
    )


ENGLISH_PARAGRAPH = (
    "The harbour group said on Tuesday that container volumes rose 8 percent in the first half, "
    "helped by new routes to Southeast Asia, and raised its forecast for the full year."
)


def test_a_line_above_an_english_section_trail_is_the_sites_header() -> None:
    title = "Harbour group lifts its forecast as container volumes rise 8 percent"
    menu = "HARB  Business  Big Deals  Start-ups  Port Life  Gear"
    assert rules_of(menu, "Business / Shipping", title, "By Zhu Lin", ENGLISH_PARAGRAPH)[:2] == [
        "structure:above_navigation",
        "marker:site_and_section_en",
    ]
    # Without the trail below it, the same line is left alone.
    assert rules_of(menu, title, "By Zhu Lin", ENGLISH_PARAGRAPH)[0] is None


def test_a_caption_led_by_the_pictures_label_is_chrome_and_one_stating_facts_text() -> None:
    assert (
        rules_of(ARTICLE_PARAGRAPH, "【图】市民在新馆参观。", SECOND_PARAGRAPH)[1]
        == "marker:picture_label_caption"
    )
    assert rules_of(ARTICLE_PARAGRAPH, "【图】新馆开放首月接待游客12万人次。", SECOND_PARAGRAPH)[1] is None


def test_a_press_contact_after_the_release_is_chrome_even_over_its_attachment() -> None:
    # The release's contact for the press is chrome, over its attachment line too.
    contact = "新聞稿聯絡人：綜合統計科 林科長 電話：(02)2345-6789"
    attachment = "附件：江城市三月零售業營業額統計.pdf（512KB）"
    assert (
        rules_of(ARTICLE_PARAGRAPH, contact, attachment, "© 江城市政府 版權所有")[1] == "marker:press_contact"
    )
    # Its heading alone over the contact is chrome too.
    heading = rules_of(ARTICLE_PARAGRAPH, "傳媒查詢 Media enquiries", "江城市政府新聞處 電話 Tel：2345 6789")[
        1
    ]
    assert heading == "marker:press_contact_label"


def test_font_sizes_between_bars_with_a_share_label_are_a_row_of_controls() -> None:
    title = "江城公屋轮候时间维持五年半"
    row = "字體：大 | 中 | 小     分享：Facebook  WhatsApp"
    assert rules_of(row, title, ARTICLE_PARAGRAPH)[0] == "structure:chrome_row"
    assert rules_of("字体:大 | 中 | 小")[0] == "marker:font_size_bars"


def test_a_chinese_about_heading_closed_by_the_press_contact_is_the_publishers_block() -> None:
    heading, description = "关于江城物流", "江城物流是一家专注于跨境冷链的物流企业,业务覆盖东南亚。"
    contact = "媒体联系:press@jiangcheng-logistics.example"
    assert rules_of(ARTICLE_PARAGRAPH, heading, description, contact) == [
        None,
        "structure:about_heading",
        "structure:about_block",
        "marker:press_contact",
    ]
    # Without the contact below it, or above the article, the heading is the article's.
    assert rules_of(ARTICLE_PARAGRAPH, heading, description, SECOND_PARAGRAPH)[1:3] == [None, None]
    assert rules_of(heading, ARTICLE_PARAGRAPH, contact)[0] is None


def test_an_enquiry_hotline_alone_after_the_release_is_chrome() -> None:
    hotline = "查询热线:(853) 2812 3456"
    copyright_line = "© 2026 江城贸易促进局 版权所有"
    assert rules_of(ARTICLE_PARAGRAPH, hotline, copyright_line)[1] == "marker:enquiry_hotline"
    assert rules_of(ARTICLE_PARAGRAPH, "江城日报读者热线:28123456 广告查询:28123457")[1] == (
        "marker:enquiry_hotline"
    )
    # Between a bilingual release's Chinese text and its English one it
    # encloses no line: the English sentence under it stays text.
    english = "The bureau will also hold a trade forum on 21 October."
    share = "分享 Share: Facebook | WeChat | LinkedIn"
    assert rules_of(ARTICLE_PARAGRAPH, hotline, english, share)[1:] == [
        "marker:enquiry_hotline",
        None,
        "marker:share_bilingual",
    ]
    # Inside the article, between two of its sentences, it is the article's contact.
    assert rules_of(ARTICLE_PARAGRAPH, hotline, SECOND_PARAGRAPH)[1] is None


def test_lines_above_a_later_kind_of_navigation_are_the_sites_header() -> None:
    # A company newsroom's name and menu over its section trail written with a slash.
    name, menu = "澜海医疗 Lanhai Medical", "产品与服务  解决方案  投资者关系  新闻中心  加入我们  中文 | EN"
    trail, title = "新闻中心 / 公司新闻", "澜海医疗新一代超声设备获批上市"
    assert rules_of(name, menu, trail, title, "2026.03.02", ARTICLE_PARAGRAPH)[:3] == [
        "structure:above_navigation",
        "structure:above_navigation",
        "marker:breadcrumb_pair_slash",
    ]
    # A digital edition's name and page label over its page controls.
    lines = rules_of(
        "江城日报 数字报", "第A03版:教育 科技", "上一版  下一版  放大 缩小 默认", title, ARTICLE_PARAGRAPH
    )
    assert lines[:3] == ["structure:above_navigation", "structure:above_navigation", "marker:epaper_controls"]
    # With no title still to come below the navigation, a long line above it stays.
    assert rules_of(name, menu, trail, ARTICLE_PARAGRAPH)[1] is None


def test_a_skip_link_for_screen_readers_is_chrome() -> None:
    trail, title = "首页 > 新闻与公告 > 新闻稿", "离岸风电第三期容量分配结果公布"
    assert rules_of("跳到主要內容區塊 :::", trail, title, ARTICLE_PARAGRAPH)[0] == "marker:skip_link"


def test_an_english_caption_led_by_its_pictures_label_is_chrome() -> None:
    caption = "Photo: A container ship berths at the new terminal in Qingxi. [Photo/Harbour Daily]"
    wire = "Photo taken on May 3, 2026 shows a laboratory of a drugmaker in Qingxi. (Agency/Lin Yi)"
    for line in (caption, wire):
        assert rules_of(ENGLISH_PARAGRAPH, line, ENGLISH_PARAGRAPH)[1] == "marker:picture_label_caption_en"
    # A caption that states a figure is the article's.
    figure = "Photo: The terminal handled 1.2 million containers last year. [Photo/Harbour Daily]"
    assert rules_of(ENGLISH_PARAGRAPH, figure, ENGLISH_PARAGRAPH)[1] is None
