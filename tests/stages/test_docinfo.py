"""The article's own date and title, from its text."""

from __future__ import annotations

from datetime import date

import pytest
import regex

from pipeline.core.records import BoilerplateVerdict
from pipeline.document import process_document, source_from_text
from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet
from pipeline.stages.docinfo import date_from_url, find_doc_date, find_doc_date_rule, find_title
from pipeline.stages.normalise import normalise_lines
from tests.conftest import RULES


def _doc(text: str, boilerplate_lines: tuple[int, ...] = (), rule: str = "test"):
    lines = normalise_lines(text.split("\n"), RULES)
    verdicts = [
        BoilerplateVerdict(
            line.line_no in boilerplate_lines, rule if line.line_no in boilerplate_lines else None
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


def test_a_metadata_line_judged_boilerplate_is_still_read_for_the_date():
    lines, verdicts = _doc("标题\n发布时间：2021-07-08  浏览次数：35\n正文。", boilerplate_lines=(2,))
    assert find_doc_date(lines, verdicts, RULES) == date(2021, 7, 8)


@pytest.mark.parametrize(
    "rule",
    ["structure:after_related", "structure:headline_run", "structure:link_list", "structure:prev_next_title"],
)
def test_the_dates_of_a_list_of_other_articles_are_not_the_doc_date(rule):
    text = "正文。\n相关新闻\n某县召开春耕工作会议\n2021-07-08"
    lines, verdicts = _doc(text, boilerplate_lines=(3, 4), rule=rule)
    assert find_doc_date(lines, verdicts, RULES) is None


def test_the_head_reaches_past_boilerplate_lines_to_the_twelfth_article_line():
    menu = "\n".join(["-", "栏目"] * 20)
    lines, verdicts = _doc(
        menu + "\n标题\n2020-12-01 08:53 某某日报\n正文。", boilerplate_lines=tuple(range(1, 41))
    )
    assert find_doc_date(lines, verdicts, RULES) == date(2020, 12, 1)


def test_a_dateline_without_a_year_takes_it_from_a_full_date_of_the_same_day_on_the_page():
    text = "某某社广州6月3日电 记者获悉。\n正文。\n2022年6月3日,项目开工。"
    lines, verdicts = _doc(text)
    assert find_doc_date_rule(lines, verdicts, RULES) == (date(2022, 6, 3), "dateline_no_year")


def test_a_dateline_without_a_year_gives_nothing_when_the_page_states_two_years_for_its_day():
    text = "某某社广州6月3日电 记者获悉。\n2021年6月3日一期开工,2022年6月3日二期开工。"
    lines, verdicts = _doc(text)
    assert find_doc_date(lines, verdicts, RULES) is None


def test_english_month_names_are_read_in_any_case():
    for text in ("Updated: SEPT. 7, 2021", "Updated: sept 7, 2021", "Updated: September 7, 2021"):
        lines, verdicts = _doc(text)
        assert find_doc_date(lines, verdicts, RULES) == date(2021, 9, 7), text


def test_an_impossible_date_is_ignored():
    lines, verdicts = _doc("正文。\n2021年2月30日")
    assert find_doc_date(lines, verdicts, RULES) is None


def test_a_taiwanese_date_label_in_the_republic_of_china_calendar_gives_the_doc_date():
    lines, verdicts = _doc("市府推动公园改造\n發布日期：111-08-19\n市府今天宣布。")
    assert find_doc_date_rule(lines, verdicts, RULES) == (date(2022, 8, 19), "published_label_roc")
    lines, verdicts = _doc("請各機關配合辦理。\n中華民國111年10月7日")
    assert find_doc_date(lines, verdicts, RULES) == date(2022, 10, 7)
    # a three-digit number after a label is no year unless it reads as one of this century
    lines, verdicts = _doc("工期日期:150-200天")
    assert find_doc_date(lines, verdicts, RULES) is None


@pytest.mark.parametrize(
    "stamp",
    [
        "2022年7月4日 星期一",
        "2022-07-04（周一）",
        "2022/07/04",
        "Monday, July 4, 2022",
        "Ends/Monday, July 4, 2022",
    ],
)
def test_a_line_that_is_only_a_date_with_or_without_its_weekday_gives_the_doc_date(stamp):
    lines, verdicts = _doc(f"渡轮新航线开通\n{stamp}\n首班船于早上七时开出。")
    assert find_doc_date(lines, verdicts, RULES) == date(2022, 7, 4)


def test_a_date_with_its_weekday_inside_a_sentence_is_not_the_doc_date():
    lines, verdicts = _doc("标题\n2022年7月4日星期一将举行开工仪式。")
    assert find_doc_date(lines, verdicts, RULES) is None


@pytest.mark.parametrize(
    "stamp",
    [
        "来源:某某网 2022-03-01",
        "作者:某某 | 2022年03月01日",
        "发表于2022年3月1日",
        "Posted by admin | March 1, 2022",
        "March 1, 2022 10:20 AM",
        "1 March 2022 | Business",
        "By Li Ming (Some Daily) 16:42, March 1, 2022",
    ],
)
def test_a_byline_or_stamp_line_ending_or_opening_with_the_date_gives_the_doc_date(stamp):
    lines, verdicts = _doc(f"水库除险加固完工\n{stamp}\n正文。")
    assert find_doc_date(lines, verdicts, RULES) == date(2022, 3, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "来源:统计局2022年3月1日发布的数据",
        "该报告发布于2022年3月1日。",
        "March 1, 2022 was the first day of the rules.",
    ],
)
def test_a_date_a_sentence_tells_of_is_not_the_doc_date(sentence):
    lines, verdicts = _doc(f"标题\n{sentence}\n正文。")
    assert find_doc_date(lines, verdicts, RULES) is None


@pytest.mark.parametrize(
    "stamp",
    [
        "2022年7月4日 週一 上午10:20",
        "2022/07/04 (一)",
        "July 4, 2022 / 10:20 AM / Some Agency",
        "Mon, July 4, 2022, 10:20 AM",
        "二〇二二年七月四日",
        "发布日期:二〇二二年七月四日",
    ],
)
def test_stamps_with_a_weekday_a_time_or_chinese_numerals_give_the_doc_date(stamp):
    lines, verdicts = _doc(f"渡口恢复通航\n{stamp}\n正文。")
    assert find_doc_date(lines, verdicts, RULES) == date(2022, 7, 4)


def test_a_date_in_chinese_numerals_that_does_not_exist_or_opens_a_sentence_is_not_the_doc_date():
    for text in ("正文。\n二〇二三年二月三十日", "二〇二二年七月四日召开会议。"):
        lines, verdicts = _doc(text)
        assert find_doc_date(lines, verdicts, RULES) is None, text


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


@pytest.mark.parametrize(("rule", "example"), _examples(DOCUMENT_RULES["doc_date"]["year_from_page"]))
def test_year_from_page_examples(rule, example):
    lines, verdicts = _doc(example["text"])
    found = find_doc_date(lines, verdicts, RULES)
    assert found == date.fromisoformat(example["date"])


@pytest.mark.parametrize(("rule", "example"), _examples(DOCUMENT_RULES["doc_date"]["timeline_headings"]))
def test_timeline_heading_examples(rule, example):
    lines, verdicts = _doc(example["text"])
    found = find_doc_date(lines, verdicts, RULES)
    assert found == (None if example.get("none") else date.fromisoformat(example["date"]))


def test_a_date_heading_an_item_of_a_timeline_leaves_the_stamp_under_the_title_to_date_the_page():
    text = (
        "【回顧】新碼頭十年歷程\n2026年6月30日 06:00\n記者 李明\n以下為重要里程碑：\n2016年\n"
        "政府提出興建新碼頭。\n2019年4月\n工程動工。\n2022年底\n主體完工。\n2024年3月1日\n"
        "新碼頭啟用。\n2025年全年\n客量逾百萬。\n今年首五個月\n客量按年增加。"
    )
    lines, verdicts = _doc(text)
    assert find_doc_date(lines, verdicts, RULES) == date(2026, 6, 30)


def test_a_date_alone_with_no_timeline_near_it_still_dates_the_page():
    text = (
        "關於暫停渡輪服務的通告\n2019年\n曾有同類安排。\n因颱風影響，服務暫停。\n請乘客留意。\n"
        "查詢請致電熱線。\n某某運輸署\n2024年9月4日"
    )
    lines, verdicts = _doc(text)
    assert find_doc_date(lines, verdicts, RULES) == date(2024, 9, 4)


def test_a_signature_date_with_the_zero_as_a_circle_is_the_doc_date():
    lines, verdicts = _doc("下次會議將於下月舉行。\n某某區議會秘書處\n二○一四年九月四日")
    assert find_doc_date(lines, verdicts, RULES) == date(2014, 9, 4)


@pytest.mark.parametrize(("rule", "example"), _examples(DOCUMENT_RULES["doc_date"]["year_from_url"]))
def test_year_from_url_examples(rule, example):
    lines, verdicts = _doc(example["text"])
    found = find_doc_date(lines, verdicts, RULES, example["url"])
    assert found == (None if example.get("none") else date.fromisoformat(example["date"]))


def _url_examples() -> list:
    return [
        pytest.param(example, id=f"{rule['id']}-{example['url'][-30:]}")
        for rule in DOCUMENT_RULES["doc_date"]["date_from_url"]
        for example in rule["examples"]
    ]


@pytest.mark.parametrize("example", _url_examples())
def test_date_from_url_examples(example):
    found = date_from_url(example["url"], RULES, today=date(2026, 12, 1))
    assert found == (None if example.get("none") else date.fromisoformat(example["date"]))


def test_a_date_in_the_address_is_never_after_the_day_of_the_run():
    address = "https://example.org/html/20260519/7.html"
    assert date_from_url(address, RULES, today=date(2026, 5, 19)) == date(2026, 5, 19)
    assert date_from_url(address, RULES, today=date(2026, 5, 18)) is None


def test_the_address_dates_a_page_only_when_text_and_metadata_do_not():
    address = {"url": "https://example.org/news/2023-05/19/c_7781.htm"}
    undated = process_document(source_from_text("去年全县新增企业12家。"), RULES, meta=address).document
    assert (undated["doc_date"], undated["doc_date_source"]) == (date(2023, 5, 19), "url")
    published = {**address, "published": "2023-06-02"}
    dated = process_document(source_from_text("去年全县新增企业12家。"), RULES, meta=published).document
    assert (dated["doc_date"], dated["doc_date_source"]) == (date(2023, 6, 2), "published")
    page = source_from_text("发布时间：2023-07-04\n去年全县新增企业12家。")
    stated = process_document(page, RULES, meta=address)
    assert (stated.document["doc_date"], stated.document["doc_date_source"]) == (date(2023, 7, 4), "text")
    nothing = process_document(source_from_text("去年全县新增企业12家。"), RULES).document
    assert (nothing["doc_date"], nothing["doc_date_source"]) == (None, None)


def test_a_dateline_without_a_year_takes_none_from_the_address_without_it():
    lines, verdicts = _doc("TAINAN, March 4 (CNA) -- The science park added 12 tenants.")
    address = "https://example.org/news/2024-03/04/x.html"
    assert find_doc_date(lines, verdicts, RULES, address) == date(2024, 3, 4)
    assert find_doc_date(lines, verdicts, RULES) is None
    assert find_doc_date(lines, verdicts, RULES, "https://example.org/news/88123.html") is None


def test_a_year_on_the_page_wins_over_the_address():
    lines, verdicts = _doc("某某社成都3月4日电 园区新增企业12家。\n2024年3月4日,园区召开大会。")
    assert find_doc_date(lines, verdicts, RULES, "https://example.org/2023-03/04/x.html") == date(2024, 3, 4)


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
            "(?P<day>\\d{1,2})\\s*日\\s*(?:电|讯|[",
            "(?P<dy>\\d{1,2})\\s*日\\s*(?:电|讯|[",
            "needs named groups month and day",
        ),
        ("    - id: en_full_date", "    - id: cn_full_date", "duplicate id 'cn_full_date'"),
        ("november: 11,", "november: 13,", "must be a number from 1 to 12"),
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


# ------------------------------------------------ speed: same matches, fewer tries


def _pattern_texts() -> list[str]:
    """Lines to run the date and title patterns on: their examples, with text around them, and others."""
    texts = ["", "2024", "Date 2024-1-2", "发布时间:2024-01-02 09:30 来源:本站", "By Lee, March 3, 2024"]
    for section in ("doc_date", "title"):
        for group in RULES.file("documents")[section].values():
            for entry in group if isinstance(group, list) else ():
                if not isinstance(entry, dict):
                    continue
                for example in entry.get("examples", ()):
                    text = example if isinstance(example, str) else str(example.get("text", ""))
                    for line in [text, *text.split("\n")]:
                        texts += [line, "前文 " + line, line + " 后文", line + "|" + line]
    return texts


@pytest.mark.parametrize("group", ["date_patterns", "full_dates", "not_title"])
def test_screened_and_anchored_patterns_find_what_a_plain_search_finds(group: str) -> None:
    from pipeline.stages.docinfo import document_rules

    patterns = getattr(RULES.compiled(document_rules), group)
    assert any(named.anchored for named in patterns) or group == "full_dates"
    assert any(named.screen is not None for named in patterns)
    for text in _pattern_texts():
        for named in patterns:
            expected = [found.span() for found in named.pattern.finditer(text)]
            assert [found.span() for found in named.finditer(text)] == expected, (named.rule_id, text)


def test_the_line_screen_keeps_every_date_pattern_that_matches() -> None:
    from pipeline.stages.docinfo import document_rules

    rules = RULES.compiled(document_rules)
    for text in _pattern_texts():
        may_match = rules.date_screen.may_match(text)
        for bit, named in enumerate(rules.date_patterns):
            if named.pattern.search(text):
                assert may_match >> bit & 1, (named.rule_id, text)


@pytest.mark.parametrize(
    ("pattern", "anchored"),
    [
        ("^a", True),
        ("^(a|b)c", True),
        ("^(?P<year>\\d{4})年", True),
        ("^a|b", False),
        ("^(?:a|b)|c", False),
        ("^[|(]x|y", False),
        ("^[]|(]x|y", False),
        ("^[^]|(]x|y", False),
        ("^[a\\]|(]x|y", False),
        ("^\\|x", True),
        ("^(?m)a", False),
        ("a^", False),
    ],
)
def test_anchored_patterns_are_those_every_match_of_which_starts_the_line(
    pattern: str, anchored: bool
) -> None:
    from pipeline.stages.docinfo import anchored_at_start

    assert anchored_at_start(pattern) is anchored


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("公交线路调整\n更新时间:2021-09-30\n发布时间:2021-09-28\n正文。", date(2021, 9, 28)),
        ("Bus lanes extended\nUpdated: 30 Sept 2021\nPublished: 28 Sept 2021\nText.", date(2021, 9, 28)),
        ("夜市延长营业\n正文。\n发布日期：2022-05-03  更新日期：2022-05-09", date(2022, 5, 3)),
    ],
)
def test_the_published_date_wins_over_the_updated_one_wherever_they_stand(text, published):
    lines, verdicts = _doc(text)
    assert find_doc_date(lines, verdicts, RULES) == published


@pytest.mark.parametrize(
    ("text", "posted"),
    [
        (
            "园区新增厂房\n張貼日期：2021/06/02 09:10　發布單位：某管理局\n正文。\n最後更新日期：2021/06/04",
            date(2021, 6, 2),
        ),
        ("园区新增厂房\n张贴日期：2021-06-02\n正文。\n更新日期：2021-06-05", date(2021, 6, 2)),
        ("图书馆延长开放\n刊登日期：2022-03-08\n正文。\n更新時間：2022-03-10 17:00", date(2022, 3, 8)),
        ("社区举办义诊\n2023-04-11 10:20 来源：某某街道\n正文。\n更新时间：2023-04-20", date(2023, 4, 11)),
        ("新港区道路通车\n2022年7月4日 星期一\n正文。\n最后更新：2022-07-06", date(2022, 7, 4)),
        ("某某社杭州5月20日电 全省新增企业\n正文。\n更新日期:2023-05-22\n2023-05-20", date(2023, 5, 20)),
        (
            "Ferry pier reopens\nMarch 1, 2022 10:20 AM\nThe operator said.\nUpdated: March 3, 2022",
            date(2022, 3, 1),
        ),
        ("園區新增廠商\n張貼日期：115-03-30\n正文。\n最後更新日期：115-03-31", date(2026, 3, 30)),
        ("码头恢复通航\n更新日期:2020-11-04 08:30\n正文。", date(2020, 11, 4)),
        ("码头恢复通航\nUpdated: 2020-11-04 08:30\nThe ferry resumed.", date(2020, 11, 4)),
    ],
)
def test_the_posting_stamp_wins_over_an_update_stamp_wherever_it_stands(text, posted):
    lines, verdicts = _doc(text)
    assert find_doc_date(lines, verdicts, RULES) == posted


def test_an_updated_label_alone_gives_the_doc_date():
    lines, verdicts = _doc("码头恢复通航\n更新时间：2020-11-02 08:30\n正文。")
    assert find_doc_date(lines, verdicts, RULES) == date(2020, 11, 2)


@pytest.mark.parametrize(
    "text",
    [
        "夏令营招募\n活动时间\n2023年7月10日\n欢迎报名。",
        "夏令营招募\n报名截止：\n2023-07-10\n欢迎报名。",
        "关于举办消防培训的通知\n培训日期:\n二〇二三年七月十日\n请准时参加。",
    ],
)
def test_a_date_alone_under_a_label_of_another_event_is_not_the_doc_date(text):
    lines, verdicts = _doc(text)
    assert find_doc_date(lines, verdicts, RULES) is None


@pytest.mark.parametrize(
    "text",
    [
        "街区微改造完工\n发布时间：\n2023-07-10\n正文。",
        "街区微改造完工\n分享到:\n2023-07-10\n正文。",
    ],
)
def test_a_date_alone_under_a_published_label_or_a_share_bar_is_still_the_doc_date(text):
    lines, verdicts = _doc(text)
    assert find_doc_date(lines, verdicts, RULES) == date(2023, 7, 10)


@pytest.mark.parametrize(
    "text",
    [
        "社区食堂开业\n居民反响热烈。\n下期预告\n2024-06-19\n走进社区图书馆",
        "社区食堂开业\n居民反响热烈。\n下期预告:2024年6月19日 走进社区图书馆",
        "活动预告\n2024年6月30日\n滨江公园将举办音乐节。",
        "直播预告:2024年6月30日 20:00 新品发布",
        "Harbour news\nComing up:\nJune 19, 2024\nA walk through the new terminal.",
    ],
)
def test_a_date_under_a_preview_is_not_the_doc_date(text):
    lines, verdicts = _doc(text)
    assert find_doc_date(lines, verdicts, RULES) is None


@pytest.mark.parametrize(
    "text",
    [
        "物流论坛日程\n2024年6月20日 09:00-12:00 开幕式\n2024年6月20日 14:00-17:00 分论坛",
        "物流论坛议程\n2024-06-20 09:00 开幕式\n2024-06-21 09:00 闭幕式\n欢迎报名参加。",
        "Logistics forum\nJune 20, 2024 9:00 AM Opening\nJune 21, 2024 9:00 AM Closing",
    ],
)
def test_the_first_item_of_a_schedule_is_not_the_doc_date(text):
    lines, verdicts = _doc(text)
    assert find_doc_date(lines, verdicts, RULES) is None


def test_a_stamp_repeated_with_the_same_date_is_still_the_doc_date():
    lines, verdicts = _doc("渡口恢复通航\n2024-06-20 09:00 编辑:张平\n正文。\n2024-06-20 09:00 编辑:张平")
    assert find_doc_date(lines, verdicts, RULES) == date(2024, 6, 20)


def test_a_stamp_with_a_time_and_an_editor_judged_boilerplate_still_gives_the_doc_date_before_a_preview():
    lines, verdicts = _doc(
        "渡口恢复通航\n2024-06-12 09:30 来源:某某网 编辑:张平\n正文。\n下期预告\n2024年6月19日",
        boilerplate_lines=(2,),
    )
    assert find_doc_date(lines, verdicts, RULES) == date(2024, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        "街区微改造完工\n居民反响热烈。\n【打印本页】 2024-06-30 10:00",
        "Tender for ferry berths\nBids are invited.\nClosing date: 30 June 2024",
        "街区微改造完工\n居民反响热烈。\n打印日期：2024-06-30",
    ],
)
def test_a_print_stamp_or_a_date_named_for_another_event_is_not_the_doc_date(text):
    lines, verdicts = _doc(text)
    assert find_doc_date(lines, verdicts, RULES) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("展会预告\n2024-06-10 09:00 来源:某某网\n第五届展会将于7月开幕。", date(2024, 6, 10)),
        ("停电预告\n2024-06-10 编辑:李平\n明日检修线路。", date(2024, 6, 10)),
        (
            "滨江新区召开工作会议\n2024-06-12 09:30 来源:区政府\n会议要求:\n2024-06-20 09:00 前完成自查。",
            date(2024, 6, 12),
        ),
        ("文化活动预告\n发布日期:2024-06-10 09:00\n本周末将举办音乐会。", date(2024, 6, 10)),
        ("关于调整夏季作息时间的通知\n2024-05-20\n各单位:作息时间自6月1日起调整。", date(2024, 5, 20)),
        ("活动预告\n2024年6月30日\n滨江公园将举办音乐节。", None),
        ("議程\n2024/06/20 09:00 開幕\n2024/06/20 14:00 論壇", None),
        ("一周预告\n2024年6月17日\n周一:开幕式", None),
        ("新品发布会\n发布时间:2024-06-12\n直播预告:2024年6月19日 20:00", date(2024, 6, 12)),
    ],
)
def test_a_stamp_naming_its_source_is_the_page_s_own_and_one_day_at_other_times_is_a_schedule(text, expected):
    lines, verdicts = _doc(text)
    assert find_doc_date(lines, verdicts, RULES) == expected


@pytest.mark.parametrize("rule_id", ["metadata_line_en", "date_with_weekday_alone"])
def test_date_patterns_with_a_case_free_weekday_are_screened_by_their_other_literals(rule_id: str) -> None:
    from pipeline.stages.docinfo import document_rules

    named = {named.rule_id: named for named in RULES.compiled(document_rules).date_patterns}[rule_id]
    assert named.literals, rule_id
    assert named.screen is not None and named.screen.search("今天天气很好,风很大") is None


def test_a_signature_date_closing_the_page_is_read_though_its_lines_look_like_a_headline_list():
    text = "Ferry review\nThe panel is invited to note it.\nTransport Bureau\nMarine Department\n9 May 2024"
    lines, verdicts = _doc(text, boilerplate_lines=(3, 4, 5), rule="structure:headline_run")
    assert find_doc_date_rule(lines, verdicts, RULES) == (date(2024, 5, 9), "signature_date_written")
    lines, verdicts = _doc(text.replace("9 May 2024", "2024-05-09"), (3, 4, 5), "structure:headline_run")
    assert find_doc_date(lines, verdicts, RULES) is None  # a date in numbers closes lists of other articles


def test_a_date_in_a_skipped_list_is_not_read_unless_it_closes_the_page():
    text = "Harbour ferry review\nThe panel noted the review.\nRelated\n9 May 2024\nFares rise"
    lines, verdicts = _doc(text, boilerplate_lines=(3, 4, 5), rule="structure:headline_run")
    assert find_doc_date(lines, verdicts, RULES) is None


def test_a_newspaper_stamp_with_its_page_gives_the_doc_date():
    lines, verdicts = _doc("Ferry fares frozen\nThu, Oct 3, 2024 page4\nThe operator said on Tuesday.")
    assert find_doc_date(lines, verdicts, RULES) == date(2024, 10, 3)


def test_a_stamp_of_the_date_and_the_issuing_office_gives_the_doc_date():
    lines, verdicts = _doc("二季度物价运行情况\n2024-07-19　某市統計局\n上半年，全市居民消費價格上漲0.4%。")
    assert find_doc_date(lines, verdicts, RULES) == date(2024, 7, 19)


def test_a_paper_and_reporter_byline_ending_in_the_date_gives_the_doc_date():
    lines, verdicts = _doc("港區新開兩條航線\n某某時報　記者方明遠　2021.08.16\n港區今年新開航線兩條。")
    assert find_doc_date(lines, verdicts, RULES) == date(2021, 8, 16)


def test_a_list_of_releases_each_dated_with_its_office_gives_no_doc_date():
    releases = "統計公報匯編\n2024-07-19 某市統計局\n2024-07-26 某市財政局\n2024-08-02 某市商務局"
    lines, verdicts = _doc(releases)
    assert find_doc_date(lines, verdicts, RULES) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source and editor line ending in a date written year first: chrome, but the page's date
        (
            "Home | Business\nSource: Riverbend Post | Editor: chenmo | 2029-05-17 10:02:44\n"
            "Docks reopen\nThe union said.",
            date(2029, 5, 17),
        ),
        (
            "Source: Harbour Wire | Editor: Lam Ka-yan | 2029-11-03\nFerry fares rise\nThe operator said.",
            date(2029, 11, 3),
        ),
        ("Editor: lixin | Source: Riverbend Post | 2029-05-17 10:02\nDocks reopen", date(2029, 5, 17)),
        # a date in figures alone on its line with a time: read when the day is over 12
        ("Rail link approved\n05/22/2029 05:22 PM\nThe council approved the link.", date(2029, 5, 22)),
        ("Rail link approved\n22/05/2029 17:22\nThe council approved the link.", date(2029, 5, 22)),
        ("Rail link approved\n01/12/2029 05:22 PM\nThe council approved the link.", None),
        # ... and a year-less dateline takes its year from it, in the order that fits the dateline
        (
            "Rail link approved\n01/12/2029 05:22 PM\nKeelung, Jan. 12 (CNA) The council approved the link.",
            date(2029, 1, 12),
        ),
        (
            "Rail link approved\n12/01/2029 17:22\nKeelung, Jan. 12 (CNA) The council approved the link.",
            date(2029, 1, 12),
        ),
        ("Rail link approved\n03/04/2029 17:22\nKeelung, Jan. 12 (CNA) The council approved the link.", None),
        # look-alikes: a range on a source line, a date inside a sentence
        ("Source: Riverbend Post | 2029-05-17 to 2029-05-20\nDocks reopen", None),
        ("Bids close on 05/22/2029 at 5 pm, the council said.", None),
    ],
)
def test_stamps_in_figures_and_source_lines_give_the_doc_date_when_certain(text, expected):
    lines, verdicts = _doc(text)
    assert find_doc_date(lines, verdicts, RULES) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "原创 林木 青溪观察 2026年10月20日 08:15 浙江\n渡口新航线开通\n首班船今早开出。",
            date(2026, 10, 20),
        ),
        ("青溪观察 2026-10-20 08:15\n渡口新航线开通\n首班船今早开出。", date(2026, 10, 20)),
    ],
)
def test_a_social_media_article_header_dates_the_page(page, expected):
    lines, verdicts = _doc(page, boilerplate_lines=(1,))
    assert find_doc_date(lines, verdicts, RULES) == expected


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Date: Mon, 12 Oct 2026 08:15:00 +0800", date(2026, 10, 12)),
        ("時間 Sat Oct 17 23:41:08 2026", date(2026, 10, 17)),
        ("Sat Oct  3 09:05:11 2026", date(2026, 10, 3)),
        ("2026-10-12T08:15:00+08:00", date(2026, 10, 12)),
        ("Published: 22/10/2026", date(2026, 10, 22)),
        ("Posted on 10/22/2026 by admin", date(2026, 10, 22)),
        ("Published: 12/10/2026", None),
    ],
)
def test_machine_stamps_and_numeric_posting_labels_date_the_page(stamp, expected):
    lines, verdicts = _doc(f"Ferry link approved\n{stamp}\nThe council approved it.")
    assert find_doc_date(lines, verdicts, RULES) == expected


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("首發於 2026-10-12", date(2026, 10, 12)),
        ("更新于 2026-10-15", date(2026, 10, 15)),
        ("林木 編輯於 2026-10-15 09:10 · 發佈於 2026-10-12 08:00", date(2026, 10, 12)),
        ("更新于 2026-10-15 发布于 2026-10-12", date(2026, 10, 12)),
        ("编辑于 2026-10-15 09:10\n发布于 2026-10-12 08:00", date(2026, 10, 12)),
    ],
)
def test_a_publication_word_dates_the_page_before_an_update_word(stamp, expected):
    lines, verdicts = _doc(f"社区食堂开业\n{stamp}\n正文。")
    assert find_doc_date(lines, verdicts, RULES) == expected


def test_a_sentence_telling_when_data_was_updated_does_not_date_the_page():
    lines, verdicts = _doc("社区食堂开业\n数据更新于2026年10月15日,较上月增长。")
    assert find_doc_date(lines, verdicts, RULES) is None


def _documents_error(tmp_path, old: str, new: str) -> tuple[int, str]:
    """(line, error) of documents.yaml with `old` replaced by `new`, beside the shipped boilerplate.yaml."""
    original = RULES.path("documents").read_text(encoding="utf-8")
    assert old in original, old
    (tmp_path / "documents.yaml").write_text(original.replace(old, new, 1), encoding="utf-8")
    (tmp_path / "boilerplate.yaml").write_text(RULES.path("boilerplate").read_text(encoding="utf-8"))
    with pytest.raises(RuleFileError) as raised:
        find_title(*_doc("标题"), RuleSet.load(tmp_path))
    return original[: original.index(old)].count("\n") + 1, str(raised.value)


def test_a_boilerplate_verdict_that_no_rule_gives_is_refused_at_its_line(tmp_path):
    line, message = _documents_error(tmp_path, "structure:repeated_line,", "structure:repeated_lines,")
    assert message.startswith(f"{tmp_path / 'documents.yaml'}:{line}: doc_date.skip_boilerplate_rules["), (
        message
    )
    assert (
        "'structure:repeated_lines' names no boilerplate verdict (closest: structure:repeated_line" in message
    )
    _, message = _documents_error(tmp_path, "structure:repeated_line,", "marker:no_such_marker,")
    assert "'marker:no_such_marker' names no boilerplate verdict" in message


def test_a_schedule_or_timeline_pattern_that_is_no_doc_date_pattern_is_refused(tmp_path):
    line, message = _documents_error(
        tmp_path, "schedule_patterns: [metadata_line,", "schedule_patterns: [metadata_lines,"
    )
    assert message.startswith(f"{tmp_path / 'documents.yaml'}:{line}: doc_date.schedule_patterns[0]: "), (
        message
    )
    assert "'metadata_lines' names no pattern of doc_date.patterns (closest: metadata_line" in message
    _, message = _documents_error(
        tmp_path,
        "date_alone_on_line, date_with_weekday_alone]",
        "date_alone_on_line, date_with_weekday_alon]",
    )
    assert "doc_date.timeline_patterns[1]: 'date_with_weekday_alon' names no pattern" in message
