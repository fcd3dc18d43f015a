"""Tests for the dates extractor (pipeline/extractors/dates/, rules/dates.yaml)."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.dates import find as dates
from pipeline.extractors.dates import match
from pipeline.extractors.dates.resolve import Found, NotADate, Reference, resolve
from pipeline.extractors.dates.rules import compile_date_rules, expand_placeholders, word_alternation
from pipeline.rules.literals import required_literals
from pipeline.rules.loader import RuleFileError, parse_rule_text
from pipeline.rules.pattern_cache import cached_patterns
from pipeline.rules.ruleset import RuleSet
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES, SEEDS, gold_records, requires_gold

D = date


def find(text: str, doc_date: date | None = None) -> list[tuple[str, date | None, date | None, str, str]]:
    """(matched text, start_date, end_date, resolution, rule id) of one line."""
    line = normalise_line(1, text, RULES)
    spans = dates.find_spans(
        [LineContext(1, line.norm_text, line.lang)], DocumentContext(doc_date=doc_date), RULES
    )
    return [
        (
            line.norm_text[span.start : span.end],
            span.fields["start_date"],
            span.fields["end_date"],
            span.fields["resolution"],
            span.rule_id.split(":")[1],
        )
        for span in spans
    ]


ANCHOR = D(2019, 6, 14)

# Each rule's own cases (a text, the article's date, what it finds and the
# dates it resolves to) are its `examples:` in rules/dates.yaml, run through
# the whole pipeline by tests/rules/test_rule_examples.py.


def test_every_rule_has_an_example_with_the_dates_it_resolves_to():
    for rule in RULES.file("dates")["rules"]:
        assert any(
            isinstance(example, dict) and {"start_date", "end_date", "granularity"} <= set(example)
            for example in rule["examples"]
        ), f"{RULES.path('dates')}:{rule.line}: rule {rule['id']!r} has no example with its dates"


@pytest.mark.parametrize(
    "text",
    [
        "历经20余载发展",  # a duration, not a date
        "两年多来走访企业",
        "未来3至5年可新供应",
        "产值达到1500亿元",
        "约占全国的1/20",
        "共有3000亩用地",
        "他今年18岁",  # 今年 is a date; 18岁 is not (only 今年 may be found)
        "营业3个月",
        "the group employs 2000 people",
        "You may go now.",
        "Troops march on.",
        "The city of today",
        "电话号码是888-000-9999",
        "版本 3.5.2 发布",
        "每周一例会",  # 每周一 is a recurring day, 一周一次 a frequency
        "一周一次培训",
        "用3天前往灾区",
    ],
)
def test_durations_counts_and_words_are_not_dates(text):
    assert [found for found in find(text, ANCHOR) if found[0] != "今年"] == []


def test_granularity_follows_the_unit_named():
    line = normalise_line(1, "2020年9月,2021年上半年,2022年,3月5日", RULES)
    spans = dates.find_spans([LineContext(1, line.norm_text, "zh")], DocumentContext(doc_date=ANCHOR), RULES)
    assert [span.fields["granularity"] for span in spans] == ["month", "period", "year", "day"]


def test_relative_year_without_any_anchor_is_unresolved():
    assert find("去年产值增长", None) == [("去年", None, None, "unresolved", "cn_relative_year")]


def test_relative_day_needs_the_article_date_not_just_its_year():
    line_one = normalise_line(1, "2019年产值增长", RULES)
    line_two = normalise_line(2, "今天发布", RULES)
    spans = dates.find_spans(
        [LineContext(1, line_one.norm_text, "zh"), LineContext(2, line_two.norm_text, "zh")],
        DocumentContext(),
        RULES,
    )
    assert spans[1].fields["resolution"] == "unresolved"


def test_yearless_date_takes_the_year_stated_earlier_on_its_line():
    assert find("2015年3月动工,11月10日封顶", D(2020, 1, 1))[1][:4] == (
        "11月10日",
        D(2015, 11, 10),
        D(2015, 11, 10),
        "doc_date",
    )


def test_article_year_is_inferred_from_stated_years_when_the_date_is_unknown():
    texts = ["5月8日,新园区开园。", "2019年3月2日公布产值,到2025年力争翻番。", "今年将新增10家企业。"]
    lines = [
        LineContext(number, normalise_line(number, text, RULES).norm_text, "zh")
        for number, text in enumerate(texts, start=1)
    ]
    spans = dates.find_spans(lines, DocumentContext(), RULES)
    resolved = {span.line_no: (span.fields["start_date"], span.fields["resolution"]) for span in spans}
    # 2025 is introduced as a target (到), so the article year is 2019.
    assert resolved[1] == (D(2019, 5, 8), "doc_date")
    assert resolved[3] == (D(2019, 1, 1), "relative")


def test_article_date_wins_over_inferred_year():
    lines = [LineContext(1, "2010年成立,今年扩建", "zh")]
    spans = dates.find_spans(lines, DocumentContext(doc_date=D(2023, 5, 1)), RULES)
    assert spans[1].fields["start_date"] == D(2023, 1, 1)


def test_impossible_date_is_reported_unresolved():
    assert find("2月30日", ANCHOR) == [("2月30日", None, None, "unresolved", "cn_full_date")]


def test_traditional_script_is_found_on_the_normalised_text():
    assert find("去年獲批的項目", ANCHOR)[0][:3] == ("去年", D(2018, 1, 1), D(2018, 12, 31))


def test_full_width_digits_are_folded_before_matching():
    assert find("２０２２年１１月１７日", None)[0][1] == D(2022, 11, 17)


def test_date_followed_by_a_time_keeps_the_date():
    assert find("2012.03.17晚上八点", None)[0][:3] == ("2012.03.17", D(2012, 3, 17), D(2012, 3, 17))


def _rules_with(tmp_path, edit) -> RuleSet:
    """A copy of the project's rules whose dates.yaml is `edit(text)`."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES.directory, folder)
    path = folder / "dates.yaml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return RuleSet.load(folder)


BROKEN_RULE_FILES = [
    # (what is wrong, (text replaced, replacement), the line the error names, what it says)
    (
        "a misspelt key",
        ("    examples:\n      - {text: '报告于", "    exampels:\n      - {text: '报告于"),
        "exampels:",
        "unknown key 'exampels' (did you mean 'examples'?)",
    ),
    (
        "a duplicate id",
        ("- id: cn_day_range", "- id: cn_date_range"),
        "# 2020年10月21-24日",
        "duplicate id",
    ),
    (
        "a pattern that does not compile",
        (
            "pattern: '(?P<year>{YEAR4})(?:年度?)?{DASH}(?P<end_year>{YEAR4}|{YEAR2}(?!年度))年度?'",
            "pattern: '(?P<year>{YEAR4}(?:年度?)?{DASH}(?P<end_year>{YEAR4}|{YEAR2}(?!年度))年度?'",
        ),
        "pattern: '(?P<year>{YEAR4}(?:年度?)?",
        "rule 'cn_year_range': bad pattern",
    ),
    ("a word where a number belongs", ("reach: 28 ", "reach: far "), "reach: far", "expected a whole number"),
    (
        "a table value of the wrong shape",
        ("十四五: [2021, 2025]", "十四五: 2021"),
        "十四五: 2021",
        "expected [first",
    ),
    (
        "a moving holiday's rule with a weekday out of range",
        ("父亲节: {month: 6, weekday: 7, nth: 3}", "父亲节: {month: 6, weekday: 8, nth: 3}"),
        "父亲节: {month: 6, weekday: 8",
        "at most 7",
    ),
    (
        "a moving holiday's rule mixing Easter and a weekday",
        ("复活节: {easter: 0}", "复活节: {easter: 0, month: 4}"),
        "复活节: {easter: 0, month: 4}",
        "or {easter: N}",
    ),
    (
        "an unknown table",
        ("  named_periods:", "  named_period:"),
        "named_period:",
        "did you mean 'named_periods'",
    ),
    (
        "an unknown placeholder",
        ("{NAMED_PERIODS})[”", "{NAMED_PERIOD})[”"),
        "{NAMED_PERIOD})[”",
        "unknown placeholder(s) ['NAMED_PERIOD']",
    ),
]


@pytest.mark.parametrize(
    ("replace", "line_text", "reason"), [pytest.param(*case[1:], id=case[0]) for case in BROKEN_RULE_FILES]
)
def test_broken_rule_file_names_file_line_and_reason(tmp_path, replace, line_text, reason):
    old, new = replace
    ruleset = _rules_with(tmp_path, lambda text: text.replace(old, new, 1))
    lines = ruleset.path("dates").read_text(encoding="utf-8").split("\n")
    line = next(number for number, text in enumerate(lines, start=1) if line_text in text)
    with pytest.raises(RuleFileError) as error:
        ruleset.compiled(compile_date_rules)
    assert str(error.value).startswith(f"{ruleset.path('dates')}:{line}: "), str(error.value)
    assert reason in str(error.value)


def test_unknown_placeholder_is_a_rule_file_error():
    document = parse_rule_text("rules:\n  - id: x\n    pattern: '{NOPE}'\n", "dates.yaml")
    with pytest.raises(RuleFileError, match="unknown placeholder"):
        expand_placeholders(document["rules"][0]["pattern"], {}, "dates.yaml", document["rules"][0])


def test_century_zero_is_unresolved_not_a_crash():
    assert find("0世纪") == [("0世纪", None, None, "unresolved", "cn_decade")]
    line = normalise_line(1, "0世纪", RULES)
    (span,) = dates.find_spans([LineContext(1, line.norm_text, line.lang)], DocumentContext(), RULES)
    assert span.fields["granularity"] == "period"


# --------------------------------------------------------------------------- anchored search

# Pieces of dates and of the text around them; random joins of them probe the
# edges of the anchored search (reach, word starts, overlapping rules).
SEARCH_PIECES = [
    *"0123456789〇零一二三四五六七八九十廿年月日号份度季旬代世纪期间初末底中上下本这今去明前后大当昨个近每第周星天",
    *"“”‘’\"'-—–~至到./,:：，。、（）() 的是在与和约多余亿万元%",
    "2021",
    "1999",
    "98",
    "21",
    "31",
    "7.2",
    "600",
    "二〇二二",
    "十四五",
    "世纪",
    "礼拜",
    "星期",
    "Monday",
    "wednesday",
    "Mon",
    "previous",
    "following",
    "quarter",
    "current",
    "Oct",
    "/",
    "20190715",
    "2015-12",
    "of",
    "to",
    "and",
    "年代",
    "季度",
    "上半年",
    "星期",
    "in",
    "since",
    "by",
    "of",
    "the",
    "to",
    "through",
    "and",
    "year",
    "fiscal",
    "units",
    "world",
    "today",
    "May",
    "may",
    "March",
    "march",
    "Sept.",
    "Nov",
    "DEC",
    "Q1",
    "q4",
    "first half of",
    "the end of",
    "next week",
    "last month",
    "tomorrow",
    "this",
    "early",
    "22nd",
    "4th",
    "元旦",
    "国庆节",
    "节",
    "Christmas",
    "Christmas Day",
    "New Year's Eve",
    "between",
    "from",
    "2019-2021",
    "now",
    "FY",
    "H2",
    "six months",
    "ended",
    "week",
    "quarters",
    "second",
    "last year",
    "3/4",
    "4-30-",
    "30th",
    "on",
    "FY2024",
    "the end of",
    "21 of",
    "fourth quarter of",
    "H1",
    "\u017f",
    "\u212a",
    "\u0130",
    "\u0663",
    " ",
    "  ",
    "\t",
]


DATE_RULES = RULES.compiled(compile_date_rules)


def _anchored(text: str) -> list[tuple[int, int, str]]:
    return [(found.start(), found.end(), rule_id) for found, rule_id in match.rule_matches(text, DATE_RULES)]


def _everywhere(text: str) -> list[tuple[int, int, str]]:
    return [
        (found.start(), found.end(), match.rule_id_of(found, DATE_RULES))
        for found in DATE_RULES.pattern.finditer(text)
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SEARCH_PIECES), max_size=14), st.sampled_from(["", " "]))
def test_anchored_search_finds_what_trying_every_position_finds(pieces, separator):
    text = separator.join(pieces)
    assert _anchored(text) == _everywhere(text)


@pytest.mark.parametrize(
    "text",
    [
        "the the beginning of the current year was slow",  # longest English lead-in before its anchor
        "the beginning of 大前年",  # an English rule ending in a Chinese word
        "十二份 —— 二〇二二年三月",  # a long Chinese range before its first anchor
        "Q1     2019 and 2019 ---- q2",  # runs of spaces and hyphens
        "in \u017feptember, \u212aEY dates: thi\u017f year",  # letters (?i) equates with ASCII ones
        "\u017fQ1〇 and \u212aQ2中",  # such a letter before a Chinese rule's guard [A-Za-z]
        "\u0130n 2023 İSTANBUL",  # İ lengthens when lower-cased: searched everywhere
        "20\u0663\u0663年, 2021年8月",  # digits of another script
        "澜湖科学园规划总面积约6.4平方公里，分两期建设。The park covers 6.4 square kilometres.",
        "后年起，渡口将改建。",  # a rule ruling out 后年 after some characters only, at a line's start
        "车后年检站明年启用",
    ],
)
def test_anchored_search_agrees_on_edge_cases(text):
    assert _anchored(text) == _everywhere(text)


@pytest.mark.parametrize(
    "text",
    [
        "20\u0663\u0663年, \uff12\uff10\uff12\uff13年 and 2021年8月",  # digits no rule names
        "报告期内（2022年1月—3月），公司于去年11月17日发布公告。",
        "in \u017feptember, \u212aEY dates: thi\u017f year; \u0130n 2023",
        "Oct 7 2016-Jan 12 2018, then the beginning of 2023 — 十四五末",
    ],
)
def test_trying_the_rules_at_every_position_finds_what_the_combined_pattern_finds(text):
    tried = [
        (found.start(), found.end(), rule_id) for found, rule_id in match.matches_everywhere(text, DATE_RULES)
    ]
    assert tried == _everywhere(text) == _anchored(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SEARCH_PIECES), max_size=10), st.sampled_from(["", " "]))
def test_a_rule_matching_at_a_position_is_among_those_its_two_characters_leave(pieces, separator):
    text = separator.join(pieces)
    for position in range(len(text)):
        by_character = DATE_RULES.rules_starting_with(text[position])
        by_pair = DATE_RULES.rules_starting_with_pair(text[position : position + 2])
        for kept, candidates in zip(by_pair, by_character, strict=True):
            rules = DATE_RULES.single_rules
            matching = {index for index in candidates if rules[index][0].match(text, position)}
            assert matching <= set(kept) <= set(candidates)


def test_two_characters_leave_fewer_rules_than_the_first_alone():
    before_a_year_word = sum(DATE_RULES.rules_starting_with_pair("2年"), ())
    assert len(before_a_year_word) < len(sum(DATE_RULES.rules_starting_with("2"), ()))
    assert DATE_RULES.rules_starting_with_pair("2") == DATE_RULES.rules_starting_with("2")


def test_a_rule_asserting_no_word_boundary_is_kept_whatever_follows():
    # "ab\B" matches in "abc", yet not even partially in "ab": kept, unlike "ax"
    start_tests = [regex.compile(r"ab\B"), regex.compile("ax")]
    assert match.starting_rules_after("ab", ((0, 1), ()), start_tests) == ((0,), ())
    assert match.starting_rules_after("ax", ((0, 1), ()), start_tests) == ((0, 1), ())


def test_a_pair_ending_in_a_sign_is_not_screened():
    # "a-\\b" matches in "a-2", yet not even partially in "a-": no word boundary at a text's end after "-"
    boundary = regex.compile(r"a-\b")
    assert boundary.match("a-", partial=True) is None and boundary.match("a-2")
    assert match.starting_rules_after("a-", ((0,), ()), [boundary]) == ((0,), ())


@pytest.mark.parametrize(
    ("rule", "test"),
    [
        (r"(?<=in\s)(?P<y>\d{4})", r"(?P<y>\d{4})"),
        (r"(?!(?<=车)后年)(?P<r>后年)", r"(?!(?!)后年)(?P<r>后年)"),  # against a match: never holds
        (r"(?<!(?<=x)y)z", r"(?<!(?!)y)z"),
        (r"(?!(?!(?<=a)b)c)d", r"(?!(?!b)c)d"),  # inside two negations: for a match again
        (r"[(?<=]a\((?<=a)b", r"[(?<=]a\(b"),  # in a class or after an escape: no group
    ],
)
def test_a_start_test_drops_a_positive_lookbehind_so_as_to_match_at_least_as_much(rule, test):
    assert match._without_positive_lookbehinds(rule) == test


def test_a_start_test_kept_in_the_cache_is_the_rule_without_its_positive_lookbehinds(tmp_path, monkeypatch):
    monkeypatch.setenv("PROVEX_CACHE_DIR", str(tmp_path))
    rule = regex.compile(r"(?<=\bin\s)(?P<year>20\d\d)(?<!x)(?<=\d)年?")
    assert match.start_test(rule).pattern == r"(?P<year>20\d\d)(?<!x)年?"
    for _ in range(2):  # computed and written, then read back
        with cached_patterns():
            assert match.start_test(rule).pattern == r"(?P<year>20\d\d)(?<!x)年?"
    plain = regex.compile(r"(?P<year>20\d\d)年")
    assert match.start_test(plain) is plain


def _screened_out(text: str) -> list[str]:
    """Ids of the rules the rule screen leaves out for `text`."""
    possible = DATE_RULES.rule_screen.may_match(text)
    return [
        rule_id for index, (_, rule_id) in enumerate(DATE_RULES.single_rules) if not possible >> index & 1
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SEARCH_PIECES), max_size=14), st.sampled_from(["", " "]))
def test_the_rule_screen_keeps_every_rule_that_matches_a_text(pieces, separator):
    text = separator.join(pieces)
    left_out = set(_screened_out(text))
    assert not [
        rule_id
        for pattern, rule_id in DATE_RULES.single_rules
        if rule_id in left_out and pattern.search(text)
    ]


def test_the_rule_screen_keeps_every_rule_matching_a_rule_example():
    examples = [
        example if isinstance(example, str) else example["text"]
        for rule in RULES.file("dates")["rules"]
        for example in rule["examples"]
    ]
    patterns = {rule_id: pattern for pattern, rule_id in DATE_RULES.single_rules}
    assert len(examples) > len(patterns)
    for text in examples:
        assert not [rule_id for rule_id in _screened_out(text) if patterns[rule_id].search(text)], text


def test_a_rule_that_needs_a_word_is_left_out_of_a_text_without_it():
    assert "dates:cn_solar_term" in _screened_out("2031年6月起施行")
    assert "dates:cn_solar_term" not in _screened_out("2031年冬至前后施行")


def test_rule_literals_read_a_name_used_in_two_alternatives():
    pattern = r"(?:(?P<year>\d{4})年|(?P<year>[一二三]{2})年)?(?:春节|除夕)"
    assert required_literals(pattern) is None  # the reader refuses a name defined twice
    assert match.rule_literals(pattern) == frozenset({"春节", "除夕"})


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?P<year>\d{4})年(?P=year)春节",  # a back reference by name
        r"(\d)年\1春节",  # and by number
        r"\d+(?:a|b)",  # a single ASCII character: on nearly every line
    ],
)
def test_rules_whose_literals_are_unknown_or_useless_are_always_tried(pattern):
    assert match.rule_literals(pattern) is None


def _screen_cases() -> list[str]:
    """Every seed line and every date rule example: the texts the screen is held to."""
    texts = [line for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    for rule in RULES.file("dates")["rules"]:
        texts += [example if isinstance(example, str) else example["text"] for example in rule["examples"]]
    return [text for text in texts if text.strip()]


def test_every_line_with_a_date_passes_the_anchor_screen():
    """Lines without an anchor are never searched: no line the full rules find a date on may lack one."""
    texts = _screen_cases()
    screened = match.anchors_by_text(texts, DATE_RULES)
    assert screened is not None
    with_dates = 0
    for text, anchors in zip(texts, screened, strict=True):
        everywhere = _everywhere(text)
        if everywhere:
            with_dates += 1
            assert anchors.positions, text
        found = list(match.rule_matches(text, DATE_RULES, anchors)) if anchors.positions else []
        assert [(m.start(), m.end(), rule_id) for m, rule_id in found] == everywhere, text
    assert with_dates > 100


def test_neighbouring_case_insensitive_words_share_a_group_and_match_as_one_group_each():
    words = ["sept", "三月", "end of", "september", "march"]
    shared = word_alternation(words, capitalised_only={"march"})
    assert shared == r"(?:(?i:september|end\s+of)|March|(?i:sept)|三月)"
    one_group_each = regex.compile(r"(?:(?i:september)|(?i:end\s+of)|March|(?i:sept)|三月)")
    for text in ["SEPT", "Sept.", "September", "March", "march", "三月", "The End  Of", "END OF"]:
        assert _span_of(regex.match(shared, text)) == _span_of(one_group_each.match(text)), text


def test_a_capitalised_only_phrase_needs_the_capital_of_each_word():
    pattern = regex.compile(
        word_alternation(["good friday", "easter"], capitalised_only={"good friday", "easter"})
    )
    assert pattern.fullmatch("Good  Friday") and pattern.fullmatch("Easter")
    assert not any(pattern.fullmatch(text) for text in ["good friday", "Good friday", "easter"])


def _span_of(match) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_lines_of_an_article_are_searched_as_each_line_alone():
    texts = ["去年3月", "in 2023 and", "1999年", "no date here", "2022-11-17"]
    together = dates.find_spans(
        [LineContext(number, text, "zh") for number, text in enumerate(texts)], DocumentContext(), RULES
    )
    alone = [
        span
        for number, text in enumerate(texts)
        for span in dates.find_spans([LineContext(number, text, "zh")], DocumentContext(), RULES)
    ]
    assert [(span.line_no, span.start, span.end, span.rule_id) for span in together] == [
        (span.line_no, span.start, span.end, span.rule_id) for span in alone
    ]


def test_example_no_anchor_reaches_is_a_rule_file_error_naming_the_rule(tmp_path):
    # With 年 no longer an anchor, 2023年 (no other anchor in it) cannot be found,
    # nor a year in Chinese digits (二〇一八年至一九年度): the first such rule is named.
    ruleset = _rules_with(tmp_path, lambda text: text.replace("patterns: [年, 月,", "patterns: [月,"))
    with pytest.raises(RuleFileError) as error:
        ruleset.compiled(compile_date_rules)
    assert "dates.yaml:" in str(error.value)
    assert regex.search(r"rule 'cn_(?:year|split_year)\w*'", str(error.value))


def test_missing_anchors_is_a_rule_file_error(tmp_path):
    ruleset = _rules_with(tmp_path, lambda text: text.replace("anchors:", "no_anchors:"))
    with pytest.raises(RuleFileError, match="anchors"):
        ruleset.compiled(compile_date_rules)


def test_a_new_date_form_is_one_yaml_edit_with_its_example(tmp_path):
    """A new named period (十六五) and a new relative year word, added to a copy of the rules only."""

    def edit(text: str) -> str:
        text = text.replace(
            "    十五五: [2026, 2030]\n", "    十五五: [2026, 2030]\n    十六五: [2031, 2035]\n"
        )
        text = text.replace("    大后年: 3\n", "    大后年: 3\n    下一年: 1\n")
        return text.replace(
            "    examples: ['“十四五”期间',",
            "    examples: [{text: '“十六五”期间重点项目', start_date: 2031-01-01, end_date: 2035-12-31},\n"
            "      '“十四五”期间',",
        )

    ruleset = _rules_with(tmp_path, edit)
    text = "“十六五”期间，新区将建成三条轨道交通线路，下一年全面投运。"
    found = {
        (record.raw_text, record.start_date, record.end_date, record.rule_id)
        for record in pipeline.extract(text, doc_date=D(2024, 3, 8), ruleset=ruleset)
        if record.table == "dates"
    }
    assert ("“十六五”期间", D(2031, 1, 1), D(2035, 12, 31), "dates:cn_named_period") in found
    assert ("下一年", D(2025, 1, 1), D(2025, 12, 31), "dates:cn_relative_year") in found
    before = pipeline.extract(text, doc_date=D(2024, 3, 8), ruleset=RULES)
    assert not [record for record in before if record.table == "dates"]


# --------------------------------------------------------------------------- development set

SEED_DOC_DATES = {"004_08d50b723d129e4a.txt": D(2026, 4, 1)}  # the notice's own signature date


def score_seeds() -> tuple[float, float]:
    """(F1, value accuracy) of the dates extractor on the gold seeds."""
    gold = gold_records()
    boilerplate = {(record["doc"], record["line"]) for record in gold if record["type"] == "boilerplate"}
    true_positive = false_positive = false_negative = values_right = 0
    for doc in sorted({record["doc"] for record in gold}):
        raw_lines = (SEEDS / doc).read_text(encoding="utf-8").split("\n")
        normalised = {}
        contexts = []
        for number, raw in enumerate(raw_lines, start=1):
            if raw.strip() and (doc, number) not in boilerplate:
                normalised[number] = normalise_line(number, raw.rstrip("\r"), RULES)
                contexts.append(LineContext(number, normalised[number].norm_text, normalised[number].lang))
        spans = dates.find_spans(contexts, DocumentContext(doc_date=SEED_DOC_DATES.get(doc)), RULES)
        predicted = [
            (span.line_no, *normalised[span.line_no].offsets.to_raw(span.start, span.end), span)
            for span in spans
        ]
        used: set[int] = set()
        for record in (r for r in gold if r["doc"] == doc and r["type"] == "date"):
            match = next(
                (
                    index
                    for index, (line_no, start, end, _) in enumerate(predicted)
                    if index not in used
                    and line_no == record["line"]
                    and start < record["end"]
                    and record["start"] < end
                ),
                None,
            )
            if match is None:
                false_negative += not record.get("optional")
                continue
            used.add(match)
            if record.get("optional"):
                continue
            true_positive += 1
            fields = predicted[match][3].fields
            values_right += (str(fields["start_date"]), str(fields["end_date"])) == (
                record["start_date"],
                record["end_date"],
            )
        false_positive += len(predicted) - len(used)
    precision = true_positive / max(true_positive + false_positive, 1)
    recall = true_positive / max(true_positive + false_negative, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, values_right / max(true_positive, 1)


@requires_gold
def test_seed_dates_reach_target_f1_and_value_accuracy():
    f1, value_accuracy = score_seeds()
    assert f1 >= 0.95
    assert value_accuracy >= 0.95


def test_a_year_range_with_a_two_digit_end_is_not_a_year_and_month():
    assert find("2011-12年间产量翻番") == [
        ("2011-12年", D(2011, 1, 1), D(2012, 12, 31), "explicit", "cn_year_range")
    ]


def test_a_fiscal_year_over_two_calendar_years_is_one_date_whose_value_stays_null():
    # neither 2011 to 2012 nor December 2011: a 年度 of two years runs April to March, or a school year
    assert find("2011-12年度报告") == [("2011-12年度", None, None, "unresolved", "cn_split_year")]
    assert find("預算案預計2026至27年度有盈餘") == [
        ("2026至27年度", None, None, "unresolved", "cn_split_year")
    ]
    assert find("FY2023/24 revenue rose in Wuxi.") == [
        ("FY2023/24", None, None, "unresolved", "fy_split_year")
    ]
    assert find("2019年度至2021年度的审计报告")[0][1:3] == (D(2019, 1, 1), D(2021, 12, 31))


def test_a_leading_count_past_twelve_months_is_not_a_part_of_the_year():
    assert find("2022年前十三个月", None)[0] == (
        "2022年",
        D(2022, 1, 1),
        D(2022, 12, 31),
        "explicit",
        "cn_year",
    )


def _find_in(texts: list[str], **document) -> list[tuple[str, date | None, date | None, str]]:
    """(text, start_date, end_date, resolution) of every date in an article of several lines."""
    lines = [
        LineContext(number, normalise_line(number, text, RULES).norm_text, "zh")
        for number, text in enumerate(texts, start=1)
    ]
    spans = dates.find_spans(lines, DocumentContext(**document), RULES)
    return [
        (
            lines[span.line_no - 1].norm_text[span.start : span.end],
            span.fields["start_date"],
            span.fields["end_date"],
            span.fields["resolution"],
        )
        for span in spans
    ]


def test_a_timestamp_in_the_first_lines_stands_for_the_unknown_article_date():
    found = _find_in(["嘉兴港扩建工程开工", "2021年5月6日 09:30 来源:嘉兴日报", "港区昨日举行仪式。"])
    assert found[-1] == ("昨日", D(2021, 5, 5), D(2021, 5, 5), "relative")
    labelled = _find_in(["发布日期:2020-03-09", "今年一季度出口增长"])
    assert labelled[-1][1:3] == (D(2020, 1, 1), D(2020, 3, 31))


def test_a_lead_opening_with_an_event_day_is_not_the_article_stamp():
    found = _find_in(["2019年4月2日下午,芜湖会展中心开幕。", "昨日签约项目12个。"])
    assert found[-1] == ("昨日", None, None, "unresolved")


def test_years_stated_as_history_do_not_set_the_article_year():
    # The only year is a founding year: 去年 cannot be counted from it.
    found = _find_in(["该公司成立于2016年,去年营收翻番。"])
    assert found == [
        ("2016年", D(2016, 1, 1), D(2016, 12, 31), "explicit"),
        ("去年", None, None, "unresolved"),
    ]
    assert _find_in(["2016年成立的公司,去年营收翻番。"])[-1][3] == "unresolved"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"region": "TW"}, [("112年", D(2023, 1, 1), D(2023, 12, 31), "explicit")]),
        ({"region": "HK", "traditional": True}, []),  # a bare 3-digit year elsewhere is no date
        ({"traditional": True}, []),  # traditional script alone does not make a text Taiwanese
    ],
)
def test_a_bare_republic_of_china_year_counts_only_in_a_taiwanese_text(document, expected):
    assert _find_in(["112年營收創新高"], **document) == expected


def test_traditional_script_with_taiwanese_words_is_taiwanese():
    found = _find_in(["行政院核定計畫", "99年3月動工,113年完工"], traditional=True)
    assert [(text, start) for text, start, _, _ in found] == [
        ("99年3月", D(2010, 3, 1)),
        ("113年", D(2024, 1, 1)),
    ]


def test_republic_era_years_are_converted_everywhere():
    assert _find_in(["民国一百零八年通过"]) == [
        ("民国一百零八年", D(2019, 1, 1), D(2019, 12, 31), "explicit")
    ]


def test_same_period_compares_with_the_last_date_that_is_not_itself_a_comparison():
    found = _find_in(["今年前三季度营收增长5%,高于去年同期;利润也超过去年同期。"], doc_date=D(2024, 10, 20))
    assert [item[1:3] for item in found[1:]] == [(D(2023, 1, 1), D(2023, 9, 30))] * 2


def test_later_offsets_count_only_in_a_sentence_about_the_future():
    assert _find_in(["当年的小厂,五年后上市。"], doc_date=D(2024, 1, 1)) == []
    assert _find_in(["新馆预计两年后开放。"], doc_date=D(2024, 1, 1)) == [
        ("两年后", D(2026, 1, 1), D(2026, 12, 31), "relative")
    ]


def test_numeric_day_month_order_follows_the_line_language():
    english = normalise_line(1, "Due 4/7/2026.", RULES)
    chinese = normalise_line(2, "截止4/7/2026", RULES)
    spans = dates.find_spans(
        [LineContext(1, english.norm_text, "en"), LineContext(2, chinese.norm_text, "zh")],
        DocumentContext(),
        RULES,
    )
    assert [span.fields["start_date"] for span in spans] == [D(2026, 4, 7), D(2026, 7, 4)]


@pytest.mark.parametrize(
    ("meta", "date_source"),
    [
        ({"published": "2023-04-02T09:00:00+08:00"}, "published"),
        ({"published": "Sun, 02 Apr 2023 01:00:00 GMT"}, "published"),
    ],
)
def test_a_yearless_date_takes_the_year_of_the_published_metadata(meta, date_source):
    from pipeline.document import process_document, source_from_text

    text = "园区二期厂房10月8日封顶，下周三验收。\n上半年完成投资3亿元。\n"
    result = process_document(source_from_text(text), RULES, meta=meta)
    assert result.document["doc_date_source"] == date_source
    found = {
        mention.raw_text: (mention.fields["start_date"], mention.fields["end_date"])
        for mention in result.mentions
        if mention.table == "dates"
    }
    assert found == {
        "10月8日": (date(2023, 10, 8), date(2023, 10, 8)),
        "下周三": (date(2023, 4, 5), date(2023, 4, 5)),
        "上半年": (date(2023, 1, 1), date(2023, 6, 30)),
    }


def test_a_yearless_date_without_any_document_date_stays_unresolved():
    from pipeline.document import process_document, source_from_text

    result = process_document(source_from_text("园区二期厂房10月8日封顶。\n"), RULES)
    (mention,) = [mention for mention in result.mentions if mention.table == "dates"]
    assert mention.fields["start_date"] is None


def test_a_part_of_a_year_takes_the_year_stated_before_it_on_its_line():
    found = find("2021年营收增长5%，其中上半年增长3%", D(2023, 5, 10))
    assert found[-1][:3] == ("上半年", D(2021, 1, 1), D(2021, 6, 30))


def test_a_relative_year_is_the_nearest_year_for_what_follows_it():
    found = find("2021年产值创新高，为今年打下基础。继上半年出台新政后", D(2023, 5, 10))
    assert found[-1][:3] == ("上半年", D(2023, 1, 1), D(2023, 6, 30))
    found = find("去年5月签约，6月开工", D(2023, 5, 10))
    assert found[-1][:3] == ("6月", D(2022, 6, 1), D(2022, 6, 30))


def test_a_year_compared_with_is_not_the_year_of_what_follows():
    found = find("2021年营收较去年增长5%，其中上半年增长3%", D(2023, 5, 10))
    assert found[-1][:3] == ("上半年", D(2021, 1, 1), D(2021, 6, 30))


@pytest.mark.parametrize(
    ("text", "match", "start", "end"),
    [
        ("公告日期：2019 年 3 月 8 日", "2019 年 3 月 8 日", D(2019, 3, 8), D(2019, 3, 8)),
        ("2020 年 1-3 月营收", "2020 年 1-3 月", D(2020, 1, 1), D(2020, 3, 31)),
        (
            "展期 2021 年 5 月 8 日至 6 月 10 日",
            "2021 年 5 月 8 日至 6 月 10 日",
            D(2021, 5, 8),
            D(2021, 6, 10),
        ),
        ("较去(2020)年同期增长", "去(2020)年", D(2020, 1, 1), D(2020, 12, 31)),
        ("公司2022年Q3营收", "2022年Q3", D(2022, 7, 1), D(2022, 9, 30)),
    ],
)
def test_spaced_and_bracketed_chinese_dates(text, match, start, end):
    assert [item[:3] for item in find(text, D(2023, 5, 10))] == [(match, start, end)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("市长王某8日表示", [("8日", D(2023, 5, 8))]),
        ("须在5日内完成", []),
        ("连续3日在线", []),
        ("历时5日举行", []),
        ("会议为期3日在京举行", []),
        ("新华社北京9日讯", [("9日", D(2023, 5, 9))]),
    ],
)
def test_a_bare_day_after_who_acted(text, found):
    assert [(item[0], item[1]) for item in find(text, D(2023, 5, 10))] == found


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("12月28日，园区与企业签约", D(2023, 12, 28)),  # early January telling of late December
        ("公司计划12月28日投产", D(2024, 12, 28)),  # a plan keeps the article's year
        ("推介会每年的12月举办", D(2024, 12, 1)),  # a schedule too
        ("The plant opened on December 28.", D(2023, 12, 28)),
        ("The plant will open on December 28.", D(2024, 12, 28)),
        ("2024年计划：12月28日投产", D(2024, 12, 28)),  # a year stated on the line gives the year
        ("3月8日，项目开工", D(2024, 3, 8)),  # not far ahead: the article's year
    ],
)
def test_a_yearless_date_far_ahead_of_the_article_is_of_the_year_before(text, start):
    assert find(text, D(2024, 1, 5))[-1][1] == start


def test_a_part_of_a_year_takes_a_stated_year_of_its_own_sentence_only():
    found = find("去年全市产值增长5%。上半年，全市产值增长6%", D(2023, 5, 10))
    assert found[-1][:3] == ("上半年", D(2023, 1, 1), D(2023, 6, 30))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Yantai berth reopens on the ninth of March.", ("the ninth of March", D(2019, 3, 9))),
        ("Talks resume on the thirtieth day of June.", ("the thirtieth day of June", D(2019, 6, 30))),
        ("The Jilin line opens October twenty-fifth.", ("October twenty-fifth", D(2019, 10, 25))),
        ("The Jilin line opens October twenty fifth, 2020.", ("October twenty fifth, 2020", D(2020, 10, 25))),
    ],
)
def test_a_day_written_as_an_ordinal_word(text, expected):
    found = find(text, ANCHOR)
    assert [(text_found, start) for text_found, start, end, _, _ in found if start == end] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In October second-tier cities in Jilin cut prices.",  # a compound word after the month
        "In October fifth generation networks reached Jilin.",  # an ordinal that counts a noun
        "the second of three phases",  # no month
    ],
)
def test_ordinal_words_that_are_no_day(text):
    assert all(end - start > timedelta(days=20) for _, start, end, _, _ in find(text, ANCHOR) if start)


def test_a_range_into_the_next_year_ends_in_it():
    assert find("2022年12月20日至1月5日停运", ANCHOR) == [
        ("2022年12月20日至1月5日", D(2022, 12, 20), D(2023, 1, 5), "explicit", "cn_date_range")
    ]
    assert find("2022年12月20-1月5停运", ANCHOR)[0][1:3] == (D(2022, 12, 20), D(2023, 1, 5))


def test_a_day_number_after_a_month_is_no_month_of_a_range():
    # 1月3至2月10 is no month range 3至2月
    assert [found[0] for found in find("1月3至2月10，共39天", ANCHOR)] == ["1月3至2月10"]
    assert find("1月3至2月10", ANCHOR)[0][1:3] == (D(2019, 1, 3), D(2019, 2, 10))


def test_both_ends_of_a_numeric_range_are_read_in_one_order():
    # month first on an English line, day first on a Chinese one, unless a number over 12 says
    assert find("Open 4/5-4/9/2022 daily.", ANCHOR)[0][1:3] == (D(2022, 4, 5), D(2022, 4, 9))
    assert find("展期4/5-9/5/2022", ANCHOR)[0][1:3] == (D(2022, 5, 4), D(2022, 5, 9))
    assert find("Open 4/5-14/5/2022 daily.", ANCHOR)[0][1:3] == (D(2022, 5, 4), D(2022, 5, 14))


def test_the_first_or_last_days_of_a_month():
    assert find("4月最后10天到货", ANCHOR)[0][1:3] == (D(2019, 4, 21), D(2019, 4, 30))
    assert find("下月前3天停产", ANCHOR)[0][1:3] == (D(2019, 7, 1), D(2019, 7, 3))
    # no more days than a month has; 前 before a count of months is no part of the month
    assert [found[0] for found in find("5月前40天完成", ANCHOR)] == ["5月"]
    assert [found[0] for found in find("6月前两个月完成", ANCHOR)] == ["6月"]


def test_dang_yue_is_the_month_named_before_it():
    # 当月 after a month stated on its line is that month, not the article's
    found = find("4月份外贸回暖，当月出口增长5%。", ANCHOR)
    assert [(text, start, end) for text, start, end, _, _ in found] == [
        ("4月份", D(2019, 4, 1), D(2019, 4, 30)),
        ("当月", D(2019, 4, 1), D(2019, 4, 30)),
    ]
    assert find("2018年3月5日开工，当月完成投资", ANCHOR)[1][:3] == ("当月", D(2018, 3, 1), D(2018, 3, 31))
    assert find("当月出口增长5%。", ANCHOR)[0][:3] == ("当月", D(2019, 6, 1), D(2019, 6, 30))


def test_analysts_quarters_and_fiscal_years_are_gregorian_in_a_taiwanese_text():
    # 3Q25 and FY24 are no Republic of China years 25 and 24 (1936, 1935); 112年 still is one
    found = _find_in(["3Q25毛利率創新高，FY24營收成長", "112年營收"], region="TW")
    assert [(text, start, end) for text, start, end, _ in found] == [
        ("3Q25", D(2025, 7, 1), D(2025, 9, 30)),
        ("FY24", D(2024, 1, 1), D(2024, 12, 31)),
        ("112年", D(2023, 1, 1), D(2023, 12, 31)),
    ]


def test_items_of_a_dated_list_count_from_their_own_day():
    lines = [
        "- 2024.06.12",
        "管理局12日召开审议会，下月3日举办音乐节",
        "- 2023.11.20",
        "该院20日宣布扩建，12月5日动工",
        "园区上半年营收创新高 (2022.09.28) 管理局今(28)日公布",
    ]
    found = _find_in(lines, doc_date=D(2024, 6, 20))
    assert [(text, start, end) for text, start, end, _ in found if start != end or "." not in text] == [
        ("12日", D(2024, 6, 12), D(2024, 6, 12)),
        ("下月3日", D(2024, 7, 3), D(2024, 7, 3)),
        ("20日", D(2023, 11, 20), D(2023, 11, 20)),
        ("12月5日", D(2023, 12, 5), D(2023, 12, 5)),
        ("上半年", D(2022, 1, 1), D(2022, 6, 30)),
        ("今(28)日", D(2022, 9, 28), D(2022, 9, 28)),
    ]


def test_the_first_or_last_day_or_month_of_a_year_named_is_that_day_or_month():
    january = D(2025, 1, 2)
    assert find("Tolls were lifted on the last day of 2024.", january)[0][:3] == (
        "the last day of 2024",
        D(2024, 12, 31),
        D(2024, 12, 31),
    )
    assert find("The Jiaxing depot opens in the first month of next year.", january)[0][1:3] == (
        D(2026, 1, 1),
        D(2026, 1, 31),
    )
    # of something else than a year: no date
    assert find("Crowds peaked on the first day of the fair.", january) == []


def test_yuanyue_after_a_year_is_january():
    june = D(2025, 6, 1)
    assert find("园区2026年元月投产", june)[0][:3] == ("2026年元月", D(2026, 1, 1), D(2026, 1, 31))
    assert find("今年元月份出口回升", june)[0][1:3] == (D(2025, 1, 1), D(2025, 1, 31))
    # an amount in 元 before 月: no month
    assert find("单价25元月饼热销", june) == []


def test_dates_under_their_items_hold_for_the_lines_above_them():
    # the page begins with an item and ends with a date line: each date closes its item
    lines = [
        "管委会昨日召开年终会议",
        "2024-12-30",
        "",
        "新园区本月签约，8日动工",
        "2024-11-20",
        "孵化器三季度入驻率回升",
        "2024-10-10",
    ]
    found = _find_in(lines, doc_date=D(2025, 1, 5))
    assert [(text, start) for text, start, _, _ in found if "-" not in text] == [
        ("昨日", D(2024, 12, 29)),
        ("本月", D(2024, 11, 1)),
        ("8日", D(2024, 11, 8)),
        ("三季度", D(2024, 7, 1)),
    ]
    # a notice with bracketed item dates, signed below with its own date, is no such page
    notice = _find_in(
        [
            "关于公布首批试点项目的通知",
            "一、东区仓储（2024年3月1日）",
            "二、西区冷链（2024年3月5日）",
            "昨日已完成评审。",
            "2024年3月20日",
        ],
        doc_date=D(2024, 3, 22),
    )
    assert ("昨日", D(2024, 3, 21), D(2024, 3, 21), "relative") in notice


def test_one_or_two_date_lines_do_not_make_a_list():
    # an article stamped once counts from its own date, as before
    found = _find_in(["2024-06-12", "昨日签约"], doc_date=D(2024, 6, 20))
    assert found[-1] == ("昨日", D(2024, 6, 19), D(2024, 6, 19), "relative")
    # a notice dated above and signed below is no list either
    notice = _find_in(["2024-05-10", "昨日召开常务会议", "2024年5月8日"], doc_date=D(2024, 5, 8))
    assert notice[1] == ("昨日", D(2024, 5, 7), D(2024, 5, 7), "relative")


def test_a_bare_day_with_its_weekday_is_in_the_month_where_they_agree():
    # 13 April 2024 is a Saturday: the Wednesday the 13th nearest the article is in March
    april = D(2024, 4, 2)
    assert find("13日（星期三）召开", april)[0][:3] == ("13日(星期三)", D(2024, 3, 13), D(2024, 3, 13))
    assert find("周三（13日）举行", april)[0][1] == D(2024, 3, 13)  # the weekday before the day
    assert find("2日（星期二）召开", april)[0][1] == D(2024, 4, 2)
    # a day listed after a full date keeps that date's month
    assert find("展会于3月5日、7日（星期三）举办", april)[1][1] == D(2024, 3, 7)
    assert find("The fair opens Fri 13th.", D(2024, 8, 20))[0][:3] == (
        "Fri 13th",
        D(2024, 9, 13),
        D(2024, 9, 13),
    )


def test_a_yearless_month_and_day_moves_to_the_year_its_weekday_names():
    # 2 January is a Thursday in 2025, a Tuesday in 2024: in a late December article, the next year
    december = D(2024, 12, 20)
    assert find("Staff return on Thursday, Jan 2.", december)[0][1] == D(2025, 1, 2)
    assert find("例会改在1月2日（周四）召开", december)[0][1] == D(2025, 1, 2)
    assert find("星期三（1月1日）放假", D(2024, 12, 28))[0][1] == D(2025, 1, 1)
    # 30 December 2024 is a Monday: an early January article looks back
    assert find("12月30日（周一）签约", D(2025, 1, 3))[0][1] == D(2024, 12, 30)
    # a weekday that agrees in neither neighbouring year, or a stated year, changes nothing
    assert find("12月30日（周五）签约", D(2025, 1, 3))[0][1] == D(2024, 12, 30)
    assert find("2024年1月2日（周四）开工", december)[0][1] == D(2024, 1, 2)
    # more than half a year away the weekday is taken for a slip
    assert find("9月1日（周一）开学", D(2024, 1, 10))[0][1] == D(2024, 9, 1)


def test_an_english_weekday_with_its_day_in_brackets_is_that_day():
    # not the Tuesday of the article's week (the 14th): the 28th the brackets name
    assert find("The Anqing ferry resumed on Tuesday (the 28th).", D(2025, 1, 15))[0][:3] == (
        "Tuesday (the 28th)",
        D(2025, 1, 28),
        D(2025, 1, 28),
    )


def test_a_weekday_that_agrees_with_no_near_month_is_taken_for_a_slip():
    # no Wednesday the 13th within weeks of mid-May 2024: the day is read as without its weekday
    assert find("13日（星期三）召开", D(2024, 5, 15))[0][1] == D(2024, 5, 13)


def test_a_yearless_date_announced_as_to_come_long_before_the_article_is_of_the_next_year():
    december = D(2024, 12, 20)
    assert find("展会将于1月5日开幕。", december)[0][1] == D(2025, 1, 5)
    assert find("The Wuhu fair will open on Jan. 5.", december)[0][1] == D(2025, 1, 5)
    assert find("新馆定于2月开放。", december)[0][1:3] == (D(2025, 2, 1), D(2025, 2, 28))
    # a past day in a sentence that speaks of the future keeps the article's year
    assert find("1月5日，公司宣布将扩产。", december)[0][1] == D(2024, 1, 5)
    assert find("The Wuhu fair opened on Jan. 5.", december)[0][1] == D(2024, 1, 5)
    # not long before the article's date: this year
    assert find("新规将于12月1日起施行。", december)[0][1] == D(2024, 12, 1)
    # a year stated before it on its line gives its year
    assert find("2024年计划将于1月5日完成。", december)[1][1] == D(2024, 1, 5)


def test_republic_of_china_ranges_and_numeric_days_count_only_in_a_taiwanese_text():
    lines = ["113至115年投入30億元", "公告日期：112/05/03", "去(111)年出口成長"]
    assert [(text, start, end) for text, start, end, _ in _find_in(lines, region="TW")] == [
        ("113至115年", D(2024, 1, 1), D(2026, 12, 31)),
        ("112/05/03", D(2023, 5, 3), D(2023, 5, 3)),
        ("去(111)年", D(2022, 1, 1), D(2022, 12, 31)),
    ]
    assert _find_in(lines[:2], region="HK") == []


def test_a_period_counted_back_to_a_month_ends_by_the_article_s_month():
    february = D(2025, 2, 10)
    assert find("Retail sales in Wuhan rose in the three months to September.", february)[0][:3] == (
        "the three months to September",
        D(2024, 7, 1),
        D(2024, 9, 30),
    )
    assert find("Profit for the year ended March 31 rose.", february)[0][1:3] == (
        D(2023, 4, 1),
        D(2024, 3, 31),
    )
    # a stated year: that year, whatever the article's date
    assert find("Rents rose in the year to March 2025.", february)[0][1:3] == (D(2024, 4, 1), D(2025, 3, 31))
    # a day that is not the month's last: from the day after the same day a year before
    assert find("Output grew in the 12 months to March 15, 2024.", february)[0][1:3] == (
        D(2023, 3, 16),
        D(2024, 3, 15),
    )
    # a year stated before it on its line gives its year
    assert find("In 2021, sales fell in the six months to June.", february)[1][1:3] == (
        D(2021, 1, 1),
        D(2021, 6, 30),
    )


def test_a_quarter_named_by_its_last_month_is_the_one_nearest_the_article():
    assert find("Coal exports should recover in the December quarter.", D(2024, 10, 8))[0][1:3] == (
        D(2024, 10, 1),
        D(2024, 12, 31),
    )
    assert find("Coal exports fell in the December quarter.", D(2025, 2, 3))[0][1:3] == (
        D(2024, 10, 1),
        D(2024, 12, 31),
    )
    assert find("Coal exports fell in the March quarter.", None)[0][1:4] == (None, None, "unresolved")


def test_a_range_to_or_from_now_runs_to_or_from_the_article_s_date():
    january = D(2025, 1, 10)
    # a year-less start after the article's date is of the year before
    assert find("Copper gained 9% between Jan 22 and now.", january)[0][1:3] == (D(2024, 1, 22), january)
    # a year-less end before it is of the year after
    assert find("The Jiaxing pier is shut from now until Jan 5.", january)[0][1:3] == (january, D(2026, 1, 5))
    assert find("The Jiaxing pier is shut from today until Jan 25.", january)[0][:3] == (
        "from today until Jan 25",
        january,
        D(2025, 1, 25),
    )
    # with no article date the end is unknown
    assert find("Copper gained 9% between Jan 22 and now.")[0][1:4] == (None, None, "unresolved")


def test_a_yearless_numeric_range_over_new_year_is_the_one_nearer_the_article():
    assert find("The Nanjing toll is waived from 12/28 to 1/4.", D(2025, 1, 2))[0][1:3] == (
        D(2024, 12, 28),
        D(2025, 1, 4),
    )
    assert find("The Nanjing toll is waived from 12/28 to 1/4.", D(2024, 11, 20))[0][1:3] == (
        D(2024, 12, 28),
        D(2025, 1, 4),
    )
    # eleven months back over New Year: more likely two fractions
    assert find("The Nanjing ratio fell from 3/5 to 2/5.", D(2024, 11, 20)) == []
    # no weekday, no from/between: no date
    assert find("The Nanjing ratio is 3/5.", D(2024, 11, 20)) == []


def test_the_last_months_of_a_year_need_the_year_named():
    assert find("Hiring slowed in the last four months of 2022.")[0][1:3] == (D(2022, 9, 1), D(2022, 12, 31))
    assert find("Hiring slowed over the last four months.", D(2024, 11, 20)) == []


def test_a_month_day_or_quarter_followed_by_a_relative_year_is_one_date_of_that_year():
    november = D(2024, 11, 20)
    assert find("The Yiwu levy ends on Jan. 1 next year.", november)[0][:3] == (
        "Jan. 1 next year",
        D(2025, 1, 1),
        D(2025, 1, 1),
    )
    assert find("Rents in Xiamen peaked in June last year.", november) == [
        ("June last year", D(2023, 6, 1), D(2023, 6, 30), "relative", "en_date_relative_year")
    ]
    assert find("Margins fell in Q3 of last year.", november)[0][1:3] == (D(2023, 7, 1), D(2023, 9, 30))
    # a stated year before it on its line does not move a relative year
    assert find("In 2019, the Anqing yard opened; it shut in May last year.", november)[1][1:3] == (
        D(2023, 5, 1),
        D(2023, 5, 31),
    )
    # a sentence break between them: two dates
    assert [text for text, *_ in find("Sales peaked in June. Last year they fell.", november)] == [
        "June",
        "Last year",
    ]


def test_a_quarter_of_a_year_named_after_it_is_of_that_year():
    assert find("Sales in Taizhou peaked in Q4 of 2021.", D(2024, 11, 20))[0][1:4] == (
        D(2021, 10, 1),
        D(2021, 12, 31),
        "explicit",
    )


def test_a_fiscal_year_named_before_its_words_is_the_calendar_year():
    assert find("The Jilin lender cut its dividend for the 2023 financial year.")[0][:3] == (
        "the 2023 financial year",
        D(2023, 1, 1),
        D(2023, 12, 31),
    )
    # a financial year over two calendar years is found, as one split year with null dates
    assert [
        found[:4] for found in find("The Jilin lender set its budget for the 2023-24 financial year.")
    ] == [("2023-24", None, None, "unresolved")]


def test_a_week_counted_back_to_a_day_is_the_seven_days_ending_that_day():
    assert find("Mortgage applications fell in the week ended Nov. 15.", D(2024, 11, 21))[0][:3] == (
        "the week ended Nov. 15",
        D(2024, 11, 9),
        D(2024, 11, 15),
    )
    # no day: the month alone
    assert find("Applications fell in the week ended in November.", D(2024, 11, 21))[0][0] == "November"


def test_a_numeric_date_with_hyphens_is_month_first_on_an_english_line():
    assert find("The Jiujiang lease ends 3-4-2026.")[0][1] == D(2026, 3, 4)
    assert find("The Jiujiang lease ends 13-4-2026.")[0][1] == D(2026, 4, 13)
    assert find("Ticket 12-3-20261 is void.") == []


def test_a_range_of_two_months_with_their_years_is_one_period():
    assert find("Coal imports fell from Nov 2023 to Feb 2024.") == [
        ("Nov 2023 to Feb 2024", D(2023, 11, 1), D(2024, 2, 29), "explicit", "en_month_year_range")
    ]
    # listed with and, without between: two dates
    assert len(find("The Wenzhou lines opened in March 2023 and May 2024.")) == 2


def test_two_neighbouring_quarters_listed_are_one_period():
    november = D(2024, 11, 20)
    assert find("Freight rates rose in the second and third quarters of 2023.", november)[0][1:3] == (
        D(2023, 4, 1),
        D(2023, 9, 30),
    )
    assert find("Freight rates rose in Q3 and Q4.", november)[0][1:3] == (D(2024, 7, 1), D(2024, 12, 31))
    # quarters that are not neighbours are no period: the year alone is read
    assert [
        text for text, *_ in find("Freight rates rose in the first and third quarters of 2023.", november)
    ] == ["2023"]


def test_listed_parts_that_are_not_neighbours_are_no_date():
    rules = RULES.compiled(compile_date_rules)
    found = Found(
        1, 0, 5, "dates:test", {"year_part": "Q1", "end_year_part": "Q3", "year": "2023"}, 2023, False
    )
    with pytest.raises(NotADate):
        resolve(found, rules, Reference(None, None), None)
    neighbours = Found(
        1, 0, 5, "dates:test", {"year_part": "Q1", "end_year_part": "Q2", "year": "2023"}, 2023, False
    )
    assert resolve(neighbours, rules, Reference(None, None), None)[:2] == (D(2023, 1, 1), D(2023, 6, 30))


def test_a_quarter_or_half_of_a_fiscal_year_is_that_part_of_the_calendar_year_named():
    may = D(2025, 5, 20)
    assert find("Orders at the Jiangyin unit rose in Q3 FY2024.", may)[0][:3] == (
        "Q3 FY2024",
        D(2024, 7, 1),
        D(2024, 9, 30),
    )
    assert find("Sales rose in the first half of fiscal 2023.", may)[0][1:3] == (
        D(2023, 1, 1),
        D(2023, 6, 30),
    )
    # the twelve months a fiscal year ended on are stated: those months
    assert find("Profit for the fiscal year ended March 31, 2025 rose.", may)[0][1:3] == (
        D(2024, 4, 1),
        D(2025, 3, 31),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Copper fell between 12 of May 2023 and now.",
        "The pier is shut between now and 21 of May.",
        "Stocks were cut by the end of FY2024.",
        "Guidance for H1 of FY2025 was cut.",
        "Sales fell between January and May of last year.",
        "The bank said its outlook for 2027 is cautious.",
        "区长今日（12月30日）到园区调研",
        "2022年3月中旬至4月上旬降水偏少",
        "外銷訂單111年1至5月衰退",
    ],
)
def test_ranges_whose_first_anchor_lies_far_from_their_start_are_found_as_everywhere(text):
    assert _anchored(text) == _everywhere(text)
    assert _anchored(text)


def test_a_month_range_followed_by_of_and_a_relative_year_is_one_period_of_that_year():
    september = D(2021, 9, 15)
    assert find("Toll income on the Jinhua bypass fell from February to April of last year.", september) == [
        ("February to April of last year", D(2020, 2, 1), D(2020, 4, 30), "relative", "en_month_range")
    ]
    assert find("Rents in Foshan rose between March and July of this year.", september)[0][:3] == (
        "March and July of this year",
        D(2021, 3, 1),
        D(2021, 7, 31),
    )


def test_a_year_after_a_forecast_noun_and_for_is_that_year_unless_a_noun_counts_it():
    assert [text for text, *_ in find("The port said its outlook for 2028 remains upbeat.")] == ["2028"]
    assert [text for text, *_ in find("Guidance for 2026 was lifted by the Wuhu carmaker.")] == ["2026"]
    assert find("The county set a target for 2000 new jobs.") == []
    assert [text for text, *_ in find("The governor's 1987 report on the canal was found.")] == ["1987"]
    assert find("All 2000 reports were late.") == []


def test_a_named_day_with_its_date_in_brackets_is_two_dates_of_that_day_and_the_date_stated_wins():
    january = D(2026, 1, 5)
    assert find("副市长今日（1月5日）到港区调研。", january) == [
        ("今日", january, january, "relative", "cn_relative_day_with_date"),
        ("1月5日", january, january, "relative", "cn_relative_day_with_date"),
    ]
    found = find("The bureau said today (January 5) that fares would fall.", january)
    assert [text for text, *_ in found] == ["today", "January 5"]
    # the month stated wins over the day counted, in the year nearest the article
    assert find("董事长昨天（12月29日）签署协议。", january)[0][1:3] == (D(2025, 12, 29), D(2025, 12, 29))
    # a day alone in brackets keeps the latest such day before the day counted
    assert find("董事长昨天(3日)签署协议。", january)[0][1:3] == (D(2026, 1, 3), D(2026, 1, 3))


def test_first_quarters_and_months_as_hong_kong_and_taiwan_write_them():
    november = D(2023, 11, 2)
    assert find("首三季零售額按年上升。", november)[0][:3] == ("首三季", D(2023, 1, 1), D(2023, 9, 30))
    assert find("去年頭三季營收創新高。", november)[0][:3] == ("去年头三季", D(2022, 1, 1), D(2022, 9, 30))
    assert find("今年首5個月旅客增加。", november)[0][:3] == ("今年首5个月", D(2023, 1, 1), D(2023, 5, 31))
    # 头 or 首 ending a word begins no count of quarters; a lease's first months are no date
    assert find("行業龍頭三季度業績亮眼。", november)[0][:3] == ("三季度", D(2023, 7, 1), D(2023, 9, 30))
    assert find("首3个月免收租金。", november) == []


def test_the_quarter_before_written_without_du_is_read_and_a_season_is_no_quarter():
    june = D(2023, 6, 10)
    assert find("公司上季營收減少3%。", june)[0][:3] == ("上季", D(2023, 1, 1), D(2023, 3, 31))
    assert find("本季节蔬菜价格上涨。", june) == []
    assert find("市场上季节性需求回升。", june) == []


def test_a_month_range_written_with_to_between_hyphens_is_one_period():
    assert find("Hotel stays in Sanya rose in the March-to-June period.", D(2021, 9, 15))[0][:3] == (
        "March-to-June",
        D(2021, 3, 1),
        D(2021, 6, 30),
    )


def test_a_school_year_a_season_or_a_fiscal_year_over_two_calendar_years_gives_no_calendar_year():
    assert find("2024—2025学年招生计划公布。") == [
        ("2024—2025学年", None, None, "unresolved", "cn_split_year")
    ]
    assert find("The 2024-2025 school year in Foshan starts soon.") == []
    assert find("The 2024-25 season opened in Dalian.") == [
        ("2024-25", None, None, "unresolved", "en_split_year")
    ]
    assert find("公司2023/2024年度收入增长。") == [
        ("2023/2024年度", None, None, "unresolved", "cn_split_year")
    ]
    # two calendar years are still a period of both
    assert find("Output doubled from 2019 to 2023 in Wuxi.")[0][1:3] == (D(2019, 1, 1), D(2023, 12, 31))


def test_the_first_months_counted_alone_are_of_the_year_only_where_they_open_a_clause():
    may = D(2024, 5, 20)
    assert find("据统计，前4个月，进出口增长5%。", may)[0][:3] == ("前4个月", D(2024, 1, 1), D(2024, 4, 30))
    assert find("合同前4个月免收租金。", may) == []
    assert find("项目前4个月，已完成投资。", may) == []


def test_a_five_year_plan_period_named_in_english_is_the_plan_s_years_but_the_plan_alone_is_no_date():
    assert find("Port capacity in Rizhao doubled during the 13th Five-Year Plan period.")[0][:3] == (
        "the 13th Five-Year Plan period",
        D(2016, 1, 1),
        D(2020, 12, 31),
    )
    assert find("The 14th Five-Year Plan for the Jiangbei district was issued.") == []


def test_a_year_after_a_noun_of_accounts_and_for_is_that_year():
    assert [text for text, *_ in find("Net profit for 2022 rose 8% at the Weifang brewer.")] == ["2022"]
    assert find("Sales for 2000 yuan each were limited.") == []


def test_a_half_alone_after_in_is_of_the_article_s_year_and_a_strain_name_is_no_half():
    july = D(2023, 7, 10)
    assert find("The Taicang port handled more boxes in H1.", july)[0][:3] == (
        "H1",
        D(2023, 1, 1),
        D(2023, 6, 30),
    )
    assert find("Vaccines against H1 strains were shipped.", july) == []


def test_this_month_and_this_week_as_hong_kong_writes_them():
    june = D(2024, 6, 12)
    assert find("今個月出口上升。", june)[0][1:3] == (D(2024, 6, 1), D(2024, 6, 30))
    assert find("今個星期五開會。", june)[0][1:3] == (D(2024, 6, 14), D(2024, 6, 14))


def test_a_name_made_of_a_date_is_no_date():
    assert find("Students studied the May Fourth Movement in class.") == []
    assert find("The shop is on May 4th Road in Qingdao.") == []
    assert find("The shop opened on May 4th in Qingdao.", D(2023, 6, 10))[0][1] == D(2023, 5, 4)


def test_a_republic_of_china_year_before_a_month_range_is_its_year_only_in_a_taiwanese_text():
    june = D(2023, 6, 10)
    assert _find_in(["外銷訂單111年1至5月衰退。"], region="TW", doc_date=june) == [
        ("111年1至5月", D(2022, 1, 1), D(2022, 5, 31), "explicit")
    ]
    assert _find_in(["外銷訂單111年1至5月衰退。"], region="HK", doc_date=june) == []


def test_a_relative_month_with_its_number_in_brackets_is_the_month_stated():
    june = D(2023, 6, 10)
    assert _find_in(["上(5)月外銷訂單成長。"], region="TW", doc_date=june) == [
        ("上(5)月", D(2023, 5, 1), D(2023, 5, 31), "relative")
    ]
    # the number stated wins over the month counted, in the nearest year
    assert _find_in(["本(5)月底完工。"], region="TW", doc_date=june)[0][1:3] == (
        D(2023, 5, 1),
        D(2023, 5, 31),
    )
    assert _find_in(["上(12)月訂單成長。"], region="TW", doc_date=D(2024, 1, 3))[0][1:3] == (
        D(2023, 12, 1),
        D(2023, 12, 31),
    )


def test_a_relative_year_with_its_number_before_a_month_range_is_one_date():
    assert _find_in(["去(111)年1-5月出口衰退。"], region="TW", doc_date=D(2023, 6, 10)) == [
        ("去(111)年1-5月", D(2022, 1, 1), D(2022, 5, 31), "explicit")
    ]


def test_a_month_or_a_day_followed_by_of_and_a_year_is_of_that_year():
    june = D(2023, 6, 10)
    assert find("Freight rates in Ningbo peaked in May of 2022.", june) == [
        ("May of 2022", D(2022, 5, 1), D(2022, 5, 31), "explicit", "en_month_year")
    ]
    assert find("The Jiaxing line opened on May 5 of 2022.", june)[0][:3] == (
        "May 5 of 2022",
        D(2022, 5, 5),
        D(2022, 5, 5),
    )
    assert find("The May of 2000 workers was long.", june) == []


def test_a_month_range_with_parts_of_its_months_is_one_period_from_the_first_part_to_the_last():
    june = D(2023, 6, 10)
    assert find("3月下旬至4月中旬为春耕期。", june) == [
        ("3月下旬至4月中旬", D(2023, 3, 21), D(2023, 4, 20), "doc_date", "cn_month_range")
    ]
    assert find("3月至4月上旬降水偏少。", june)[0][1:3] == (D(2023, 3, 1), D(2023, 4, 10))
    # vague parts of a month are the whole month
    assert find("2023年3月底至4月初完成。", june)[0][1:3] == (D(2023, 3, 1), D(2023, 4, 30))


def test_the_weekdays_of_a_range_s_ends_are_part_of_it_and_no_weekday_of_the_article_s_week():
    may = D(2023, 5, 10)
    assert find("展会于5月18日（周四）至20日（周六）举行。", may)[0][:3] == (
        "5月18日(周四)至20日(周六)",
        D(2023, 5, 18),
        D(2023, 5, 20),
    )
    assert [text for text, *_ in find("2023年5月18日至20日（周六）举行。", may)] == [
        "2023年5月18日至20日(周六)"
    ]


def test_two_days_listed_under_one_ri_are_both_days_of_the_month_named():
    may = D(2023, 5, 10)
    assert [(text, start) for text, start, *_ in find("展会于5月18、19日举行。", may)] == [
        ("5月18", D(2023, 5, 18)),
        ("19日", D(2023, 5, 19)),
    ]


def test_every_day_of_a_longer_list_under_one_ri_is_of_the_month_named():
    may = D(2023, 6, 10)
    assert [(text, start) for text, start, *_ in find("年会于5月18、19、20日在宁波举行。", may)] == [
        ("5月18", D(2023, 5, 18)),
        ("19", D(2023, 5, 19)),
        ("20日", D(2023, 5, 20)),
    ]


@pytest.mark.parametrize("text", ["第3、4、5日的课程全部取消。", "共有3、4、5日三个批次。"])
def test_a_list_of_numbers_under_one_ri_without_a_month_is_no_date(text):
    assert find(text, D(2023, 6, 10)) == []


def _roc_years(text: str) -> list[tuple[str, date]]:
    """The Republic of China years found in one Taiwanese text, through the whole pipeline."""
    return [
        (mention.raw_text, mention.start_date)
        for mention in pipeline.extract(text, doc_date=D(2023, 6, 10))
        if mention.rule_id == "dates:roc_year"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "臺南市這家米糕店已經營了102年。",
        "臺中市這座車站有110年的歷史。",
        "臺北市這間書院創辦至今已達125年。",
        "臺東縣的這片茶園種植歷時104年之久。",
    ],
)
def test_a_number_of_years_in_a_taiwanese_text_after_a_verb_of_lasting_is_no_republic_of_china_year(text):
    assert _roc_years(text) == []


def test_a_republic_of_china_year_before_a_plan_is_still_a_year():
    assert _roc_years("臺中市政府112年施政計畫已公布。") == [("112年", D(2023, 1, 1))]


@pytest.mark.parametrize(
    ("text", "match", "year"),
    [
        ("In May of 2021 they reopened the plant.", "May of 2021", 2021),
        ("The mill closed in March of 2020 and its staff moved.", "March of 2020", 2020),
        ("In 2019 the port handled more boxes.", "2019", 2019),
    ],
)
def test_a_year_followed_by_a_pronoun_or_determiner_is_a_year(text, match, year):
    ((found, start, *_),) = [item for item in find(text, D(2023, 6, 10)) if item[0] == match]
    assert start.year == year


def test_a_month_followed_by_of_and_a_count_is_never_of_the_article_s_year():
    assert find("The depot hired in June of 2021 packers for the season.", D(2023, 6, 10)) == []


def _dates_of(text: str, doc_date: date) -> dict[str, tuple[date | None, date | None]]:
    return {found: (start, end) for found, start, end, *_ in find(text, doc_date)}


@pytest.mark.parametrize(
    ("text", "match", "start"),
    [
        ("In November, freight volumes had grown 4 percent.", "November", D(2022, 11, 1)),
        ("Freight volumes had grown 4 percent in November.", "November", D(2022, 11, 1)),
        ("In November, the pier that had been repaired since May reopens.", "November", D(2023, 11, 1)),
    ],
)
def test_a_past_auxiliary_and_participle_anywhere_in_the_sentence_tell_a_month_ahead_as_past(
    text, match, start
):
    assert _dates_of(text, D(2023, 2, 8))[match][0] == start


def test_a_weekday_right_before_a_past_verb_is_the_one_before():
    # Wednesday 2023-02-08: the Friday of its week is the 10th, the one before the 3rd
    raised = _dates_of("The port authority on Friday raised its cargo forecast.", D(2023, 2, 8))
    will_lift = _dates_of("The port authority on Friday will lift its forecast.", D(2023, 2, 8))
    was_put_off = _dates_of("The vote on Friday was put off.", D(2023, 2, 8))
    assert raised["Friday"][0] == D(2023, 2, 3)
    assert will_lift["Friday"][0] == D(2023, 2, 10)
    assert was_put_off["Friday"][0] == D(2023, 2, 10)


@pytest.mark.parametrize(
    ("text", "match", "start", "end"),
    [
        ("去年，全市港口吞吐量比上年增长4%。", "上年", D(2021, 1, 1), D(2021, 12, 31)),
        ("8月，全市用电量较上月增长3%。", "上月", D(2022, 7, 1), D(2022, 7, 31)),
        ("本市用电量较上月增长3%。", "上月", D(2023, 1, 1), D(2023, 1, 31)),
        ("去年全市用电量增长3%。今年1月比上年增长2%。", "上年", D(2022, 1, 1), D(2022, 12, 31)),
    ],
)
def test_a_previous_year_or_month_compared_with_is_before_the_reported_one(text, match, start, end):
    assert _dates_of(text, D(2023, 2, 8))[match] == (start, end)


def test_the_same_month_last_year_is_of_the_month_named_before_it():
    dates_found = _dates_of("2022年12月本港零售額較去年同月上升5%。", D(2023, 2, 8))
    assert dates_found["去年同月"] == (D(2021, 12, 1), D(2021, 12, 31))


def test_the_first_months_opening_a_hong_kong_clause_are_a_period():
    assert _dates_of("首十個月合計，本港出口上升3%。", D(2023, 11, 28))["首十个月"] == (
        D(2023, 1, 1),
        D(2023, 10, 31),
    )


@pytest.mark.parametrize(
    ("text", "match", "start"),
    [
        ("碼頭公司去年第3季吞吐量下降，公司預計第1季回升。", "第1季", D(2023, 1, 1)),
        ("The terminal, which opened in 2015, is expected to expand in October.", "October", D(2023, 10, 1)),
        ("2024年，公司预计一季度营收增长。", "一季度", D(2024, 1, 1)),
        ("去年码头将泊位增至8个，其中5月启用两个。", "5月", D(2022, 5, 1)),
    ],
)
def test_a_forecast_after_a_past_year_takes_the_article_s_year(text, match, start):
    assert _dates_of(text, D(2023, 2, 8))[match][0] == start


def test_a_month_after_a_verb_that_releases_its_figures_is_that_month():
    assert _dates_of("The port authority will publish October figures next week.", D(2023, 11, 2))[
        "October"
    ] == (
        D(2023, 10, 1),
        D(2023, 10, 31),
    )
    assert "May" not in _dates_of("Exporters may trade figures for tariffs.", D(2023, 11, 2))


def test_a_year_after_a_headline_verb_that_revises_its_figure_is_that_year():
    assert _dates_of("Port authority raises 2024 profit forecast", D(2023, 12, 1)) == {
        "2024": (D(2024, 1, 1), D(2024, 12, 31))
    }
    assert _dates_of("The yard raised 2024 tonnes of steel.", D(2023, 12, 1)) == {}


# Cases met on whole invented pages of notices, bulletins and filings: each
# (line, article date, text found, start, end).
@pytest.mark.parametrize(
    ("text", "doc_date", "found", "start", "end"),
    [
        # a listed company's half-year report is January to June, not the year
        ("公司披露2024年半年度报告，营收增长一成", None, "2024年半年度", D(2024, 1, 1), D(2024, 6, 30)),
        ("公司披露2024年度报告", None, "2024年度", D(2024, 1, 1), D(2024, 12, 31)),
        # a year-less holiday across New Year, near the article's date
        ("下旬起将迎来元旦客流高峰", D(2024, 12, 4), "元旦", D(2025, 1, 1), D(2025, 1, 1)),
        ("元旦当天客流增长", D(2024, 1, 15), "元旦", D(2024, 1, 1), D(2024, 1, 1)),
        ("2023年国庆节后，元旦客流回升", D(2024, 12, 4), "元旦", D(2023, 1, 1), D(2023, 1, 1)),
        # a quarter still to come that its sentence reports as past is last year's
        (
            "Fourth-quarter revenue was $2 billion, the firm said.",
            D(2025, 2, 6),
            "Fourth-quarter",
            D(2024, 10, 1),
            D(2024, 12, 31),
        ),
        (
            "The firm expects fourth-quarter revenue to grow.",
            D(2025, 2, 6),
            "fourth-quarter",
            D(2025, 10, 1),
            D(2025, 12, 31),
        ),
        ("三季度，公司营收同比下降4%", D(2025, 2, 6), "三季度", D(2024, 7, 1), D(2024, 9, 30)),
        ("三季度，公司营收预计下降", D(2025, 2, 6), "三季度", D(2025, 7, 1), D(2025, 9, 30)),
        ("三季度以来，钢材价格持续回落", D(2025, 2, 6), "三季度", D(2024, 7, 1), D(2024, 9, 30)),
        (
            "新厂月底完工，第四季开始贡献营收，可增加产能两成",
            D(2025, 8, 6),
            "第四季",
            D(2025, 10, 1),
            D(2025, 12, 31),
        ),
        (
            "In the third quarter, sales rose 5%.",
            D(2025, 8, 6),
            "the third quarter",
            D(2025, 7, 1),
            D(2025, 9, 30),
        ),
        # a part of a month with no month named is of the article's month, or of the month named on its line
        ("新馆计划月底前开放", D(2024, 9, 10), "月底", D(2024, 9, 1), D(2024, 9, 30)),
        ("10月中旬起试运行，月底正式通车", D(2024, 9, 10), "月底", D(2024, 10, 1), D(2024, 10, 31)),
        ("下旬将迎来客流高峰", D(2024, 9, 10), "下旬", D(2024, 9, 21), D(2024, 9, 30)),
        # a day alone right after a closing bracket or quote
        ("港口集团（下称“港口”）12日晚发布公告", D(2024, 3, 13), "12日", D(2024, 3, 12), D(2024, 3, 12)),
        # a year after a noun of spending or orders and for, or before levels
        ("Capital spending for 2026 was raised.", None, "2026", D(2026, 1, 1), D(2026, 12, 31)),
        ("It expects orders for 2026 to grow.", None, "2026", D(2026, 1, 1), D(2026, 12, 31)),
        ("Output slid back from 2019 levels.", None, "2019", D(2019, 1, 1), D(2019, 12, 31)),
        # the quarter before a quarter named in its sentence, else before the article's
        ("二季度，全省GDP比上季度增长1.1%", D(2024, 8, 2), "上季度", D(2024, 1, 1), D(2024, 3, 31)),
        (
            "Q3 sales rose 5% from the preceding quarter.",
            D(2024, 11, 2),
            "preceding quarter",
            D(2024, 4, 1),
            D(2024, 6, 30),
        ),
        ("上季度营收下降。二季度将回暖", D(2024, 8, 2), "上季度", D(2024, 4, 1), D(2024, 6, 30)),
        # a year's end as headlines write it, after a preposition
        ("Ferry pier to reopen by end of year", D(2024, 5, 2), "end of year", D(2024, 1, 1), D(2024, 12, 31)),
        # a Hong Kong filing's period named by the day it ends
        (
            "截至2023年12月31日止年度，集团溢利上升",
            None,
            "2023年12月31日止年度",
            D(2023, 1, 1),
            D(2023, 12, 31),
        ),
        (
            "截至二零二四年九月三十日止六個月之業績",
            None,
            "二零二四年九月三十日止六个月",
            D(2024, 4, 1),
            D(2024, 9, 30),
        ),
        ("截至3月31日止三个月，销量上升", D(2024, 5, 20), "3月31日止三个月", D(2024, 1, 1), D(2024, 3, 31)),
    ],
)
def test_dates_met_on_whole_pages(text, doc_date, found, start, end):
    assert (found, start, end) in [(f[0], f[1], f[2]) for f in find(text, doc_date)]


def test_a_range_of_republic_of_china_days_is_one_period():
    lines = ["補助適用於114年1月1日至12月31日申請之案件。", "展期為113年11月28日至114年1月5日。"]
    assert _find_in(lines, region="TW") == [
        ("114年1月1日至12月31日", D(2025, 1, 1), D(2025, 12, 31), "explicit"),
        ("113年11月28日至114年1月5日", D(2024, 11, 28), D(2025, 1, 5), "explicit"),
    ]
    assert _find_in(lines[:1], region="HK") == []  # a bare 3-digit year elsewhere is no date


@pytest.mark.parametrize("text", ["每月底公布一次数据", "岁月底色依旧", "下旬的天气多变", "3月底完工"])
def test_a_bare_part_of_a_month_is_not_read_after_another_month_or_before_a_noun(text):
    assert [found for found in find(text, D(2024, 9, 10)) if found[4] == "cn_bare_month_part"] == []


@pytest.mark.parametrize(
    "text",
    ["The mill placed orders for 2000 tonnes of ore.", "维港除夕倒数烟花吸引市民", "条例（试行）5日内生效"],
)
def test_counts_and_names_near_date_words_are_no_dates(text):
    assert find(text, D(2024, 9, 10)) == []


def test_a_goal_s_year_ahead_of_the_article_gives_no_year_to_a_day_told_after_it():
    nov = D(2025, 11, 12)
    assert find("Plans to build 20 plants in Wuxi by 2030 were unveiled on Feb. 10.", nov)[1][:3] == (
        "Feb. 10",
        D(2025, 2, 10),
        D(2025, 2, 10),
    )
    assert find("常州力争到2030年建成，方案于2月10日发布。", nov)[1][:3] == (
        "2月10日",
        D(2025, 2, 10),
        D(2025, 2, 10),
    )
    # a past year, or a year ahead that is no goal, still does
    assert find("常州于2019年开工，2月10日奠基。", nov)[1][:3] == ("2月10日", D(2019, 2, 10), D(2019, 2, 10))


def test_a_word_referring_back_written_right_after_its_date_is_no_second_date():
    march = D(2024, 3, 1)
    assert [found[0] for found in find("12月当月，零售总额增长2.5%。", march)] == ["12月"]
    assert [found[0] for found in find("5月1日当天，游客达到3万人次。", march)] == ["5月1日"]
    # apart from it, the word is a date of its own
    assert [found[0] for found in find("2023年4月签约，次月开工。", march)] == ["2023年4月", "次月"]


def test_a_republic_of_china_day_with_hyphens_is_read_only_after_a_date_label():
    found = _find_in(["更新日期：113-09-02"], region="TW")
    assert [(m, s) for m, s, *_ in found] == [("113-09-02", D(2024, 9, 2))]
    assert _find_in(["案號：113-09-02號"], region="TW") == []


def test_the_first_months_opening_a_clause_are_read_before_a_statistic_and_not_before_a_rent_free_term():
    doc = D(2019, 10, 20)
    assert [m for m, *_ in find("前9个月某市外贸进出口同比增长3%", doc)] == ["前9个月"]
    assert [m for m, *_ in find("首9個月累跌1.8%", doc)] == ["首9个月"]
    assert [m for m, *_ in find("存款余额增长8%；前9个月人民币存款增加3万亿元", doc)] == ["前9个月"]
    assert find("首3個月免收租金，其後租金上漲5%", doc) == []


def test_a_day_after_a_market_name_is_a_date_and_a_moving_average_is_not():
    assert find("台股12日大漲300點", D(2024, 3, 13))[0][:2] == ("12日", D(2024, 3, 12))
    assert [m for m, *_ in find("港股5日均線失守", D(2024, 3, 13))] == []


def test_a_month_whose_figures_are_published_or_that_opens_a_headline_is_of_the_article_year():
    doc = D(2019, 10, 8)
    found = find("The office will publish its trade data for September on Oct 15.", doc)
    assert ("September", D(2019, 9, 1)) in [(m, s) for m, s, *_ in found]
    headline = find("October Sales Slip at Qingdao Car Dealers", D(2019, 11, 8))
    assert headline[0][:2] == ("October", D(2019, 10, 1))
    assert find("The Linyi pier is on track for October opening.", doc)[0][:2] == ("October", D(2019, 10, 1))
    assert find("Budgets for November were cut at the depot.", doc) == []


def _page_dates(text: str, doc_date: date) -> list[tuple[int, str, str | None, str | None]]:
    """(line, matched text, start, end) of every date the whole pipeline finds in a page."""
    return [
        (
            record.line_no,
            record.raw_text,
            record.start_date.isoformat() if record.start_date else None,
            record.end_date.isoformat() if record.end_date else None,
        )
        for record in pipeline.extract(text, doc_date=doc_date)
        if record.table == "dates"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019年5月，新馆奠基。\n\n次年，新馆正式对外开放。", [(3, "次年", "2020-01-01", "2020-12-31")]),
        ("2016年，公司在深圳成立。\n\n同年，公司获得首轮融资。", [(3, "同年", "2016-01-01", "2016-12-31")]),
        ("2021年3月8日，大桥动工。\n翌年，大桥合龙。", [(2, "翌年", "2022-01-01", "2022-12-31")]),
        ("2018年，該廠在桃園設立。\n\n次年，該廠開始量產。", [(3, "次年", "2019-01-01", "2019-12-31")]),
        (
            "The plant opened in 2018.\n\nThe following year, output doubled.",
            [(3, "The following year", "2019-01-01", "2019-12-31")],
        ),
        (
            "The fund was set up in May 2020.\nThe next year, it bought a port.",
            [(2, "The next year", "2021-01-01", "2021-12-31")],
        ),
        # no year on the line before: nothing fixes it
        ("新馆建设进展顺利。\n\n次年，新馆正式对外开放。", []),
        ("2016年，公司成立。\n新厂房建成投产。\n次年，公司上市。", []),
        # a range of years names no one year
        ("2015年至2018年，园区完成一期建设。\n\n次年，二期开工。", []),
        # 当年 opening a paragraph means back then
        ("2016年，公司在深圳成立。\n\n当年，公司只有10名员工。", []),
        # not opening its line: the lookup stays on the line
        ("The plant opened in 2018.\n\nOutput doubled the following year.", []),
    ],
)
def test_a_year_counted_from_one_before_it_opening_a_paragraph(text, expected):
    found = [record for record in _page_dates(text, date(2025, 11, 12)) if record[0] > 1]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the visitor's day in a banner is no date of the article
        ("某市举行投资论坛，300家企业参加。\n今日：2024年6月4日 农历五月廿八", []),
        ("某市举行投资论坛，300家企业参加。\n（完）\n今天是2024年6月4日 星期二", []),
        ("The council approved the budget.\nEnds\nToday is Tuesday, June 4, 2024", []),
        ("The council approved the budget.\nToday: Tuesday, June 4, 2024\nHome | News | Sport", []),
        ("The council approved the budget.\nToday: 4 June 2024", []),
        ("某市举行投资论坛，300家企业参加。\n【责任编辑：王一】\n2024-06-04 10:12 阅读：1200", []),
        # the release's own date under or joined to its end mark is text
        (
            "某市举行投资论坛，300家企业参加。\n(完)\n2024年6月3日",
            [(3, "2024年6月3日", "2024-06-03", "2024-06-03")],
        ),
        (
            "The council approved the budget.\nEnds/Monday, June 3, 2024",
            [(2, "Monday, June 3, 2024", "2024-06-03", "2024-06-03")],
        ),
        (
            "某市举行投资论坛，300家企业参加。\n完/2024年6月3日",
            [(2, "2024年6月3日", "2024-06-03", "2024-06-03")],
        ),
        # a sentence that goes on after the date is text
        (
            "The bridge opened.\nToday is June 4, 2024, the day the tolls end.",
            [(2, "Today", "2024-06-04", "2024-06-04"), (2, "June 4, 2024", "2024-06-04", "2024-06-04")],
        ),
    ],
)
def test_dates_of_page_banners_and_end_marks(text, expected):
    found = [record for record in _page_dates(text, date(2024, 6, 4)) if record[0] > 1]
    assert found == expected


def test_the_same_period_of_a_stated_year_is_the_period_named_before_it_in_that_year():
    found = find("今年前8个月客流已恢复至2018年同期的八成", D(2024, 9, 15))
    assert found[-1] == ("2018年同期", D(2018, 1, 1), D(2018, 8, 31), "relative", "cn_year_same_period")


def test_a_range_from_a_part_of_a_year_to_a_later_year_is_one_period():
    found = find("三号楼预计2026年上半年至2027年分批交付", D(2025, 3, 1))
    assert found == [
        ("2026年上半年至2027年", D(2026, 1, 1), D(2027, 12, 31), "explicit", "cn_year_part_to_year_range")
    ]


def test_a_year_range_with_a_two_digit_end_is_a_period_but_not_two_neighbouring_years():
    assert find("during the 12th Five-Year Plan (2011-15) the port doubled", D(2016, 3, 1))[-1] == (
        "2011-15",
        D(2011, 1, 1),
        D(2015, 12, 31),
        "explicit",
        "en_short_year_range",
    )
    # two neighbouring years are a fiscal, school or sports year: one split year with null dates
    assert find("Spending in 2023-24 will rise", D(2023, 2, 22)) == [
        ("2023-24", None, None, "unresolved", "en_split_year")
    ]
    assert find("They won 2020-16 in the final", D(2023, 2, 22)) == []


def test_a_headline_verb_setting_or_meeting_a_years_figure_names_the_year():
    assert find("Fujian sets 2026 GDP target at 5.5%")[0][:3] == ("2026", D(2026, 1, 1), D(2026, 12, 31))
    assert find("Carmaker misses 2025 sales goal")[0][:3] == ("2025", D(2025, 1, 1), D(2025, 12, 31))
    # a count after such a verb is no year
    assert find("The Jiangsu plant sets 2026 staff to work") == []


@pytest.mark.parametrize(
    ("text", "match", "start"),
    [
        ("过去一年，全县修通农村公路120公里，12月20日将再通一段。", "12月20日", D(2023, 12, 20)),
        ("過去一年舉辦展覽30場，12月5日至6日將舉行年會。", "12月5日至6日", D(2023, 12, 5)),
        (
            "Over the past year the ferry carried 2 million riders; a new pier opens on December 4.",
            "December 4",
            D(2023, 12, 4),
        ),
        ("去年全县修通农村公路120公里，12月20日通车一段。", "12月20日", D(2022, 12, 20)),
    ],
)
def test_a_year_under_review_gives_no_year_to_a_yearless_date_after_it(text, match, start):
    found = _dates_of(text, D(2023, 11, 20))
    assert found[match][0] == start
