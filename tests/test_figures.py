"""The figure extractor: literal cases per rule, things that are not figures, the gold seeds."""

from __future__ import annotations

import shutil

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import pipeline
from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.figures.find import find_figures, find_spans
from pipeline.extractors.figures.rules import compile_figure_rules
from pipeline.rules.loader import RuleFileError, load_rule_file
from pipeline.rules.ruleset import RuleSet
from tests.conftest import RULES

from .conftest import GOLD, SEEDS, gold_records, requires_shared

# The compiled figure rules of the project's rule set.
FIGURES = RULES.compiled(compile_figure_rules)

# (line, figure text, expected fields, rule id). None of these lines comes from the seeds.
CASES = [
    # money
    ("公司去年营收12.5亿元。", "12.5亿元", {"value": 1.25e9, "unit": "CNY"}, "money_cny"),
    ("门票每张80块钱", "80块钱", {"value": 80, "unit": "CNY"}, "money_cny"),
    ("捐款三百元整", "三百元整", {"value": 300, "unit": "CNY"}, "money_cny"),
    ("合计12元3角5分", "12元3角5分", {"value": 12.35, "unit": "CNY"}, "money_cny"),
    ("募集资金2.4亿美元", "2.4亿美元", {"value": 2.4e8, "unit": "USD"}, "money_usd"),
    (
        "售价约3000港元左右",
        "约3000港元左右",
        {"value": 3000, "unit": "HKD", "qualifier": "approx"},
        "money_hkd",
    ),
    ("补贴500新台币", "500新台币", {"value": 500, "unit": "TWD"}, "money_twd"),
    ("投资1.5亿欧元", "1.5亿欧元", {"value": 1.5e8, "unit": "EUR"}, "money_eur"),
    (
        "The fund raised 3.2 billion yuan last year.",
        "3.2 billion yuan",
        {"value": 3.2e9, "unit": "CNY"},
        "money_cny_en",
    ),
    ("It cost 40 dollars.", "40 dollars", {"value": 40, "unit": "USD"}, "money_usd_en"),
    (
        "a grant of 2 million Hong Kong dollars",
        "2 million Hong Kong dollars",
        {"value": 2e6, "unit": "HKD"},
        "money_hkd_en",
    ),
    (
        "about 900 NT dollars",
        "about 900 NT dollars",
        {"value": 900, "unit": "TWD", "qualifier": "approx"},
        "money_twd_en",
    ),
    ("sales of 75 million euros", "75 million euros", {"value": 7.5e7, "unit": "EUR"}, "money_eur_en"),
    ("raised US$12 million in 2021", "US$12 million", {"value": 1.2e7, "unit": "USD"}, "prefix_usd"),
    ("a loan of HK$ 300,000", "HK$ 300,000", {"value": 300000, "unit": "HKD"}, "prefix_hkd"),
    ("票价NT$250", "NT$250", {"value": 250, "unit": "TWD"}, "prefix_twd"),
    ("注册资本人民币5000万元", "人民币5000万元", {"value": 5e7, "unit": "CNY"}, "prefix_cny"),
    ("a budget of €4.5 million", "€4.5 million", {"value": 4.5e6, "unit": "EUR"}, "prefix_eur"),
    # areas
    (
        "新区面积约15.6平方公里",
        "约15.6平方公里",
        {"value": 15.6, "unit": "km2", "qualifier": "approx"},
        "area_km2",
    ),
    ("建筑面积8.3万平方米", "8.3万平方米", {"value": 83000, "unit": "m2"}, "area_m2"),
    ("展厅面积5000㎡", "5000㎡", {"value": 5000, "unit": "m2"}, "area_m2"),
    ("新建厂房12万平", "12万平", {"value": 120000, "unit": "m2"}, "area_m2_after_wan"),
    ("流转土地2600亩", "2600亩", {"value": 2600, "unit": "mu"}, "area_mu"),
    ("湿地面积40公顷", "40公顷", {"value": 400000, "unit": "m2"}, "area_hectare"),
    ("店面121坪", "121坪", {"value": 400, "unit": "m2"}, "area_ping"),
    ("a zone of 12 square kilometres", "12 square kilometres", {"value": 12, "unit": "km2"}, "area_km2_en"),
    ("offices of 8,000 square meters", "8,000 square meters", {"value": 8000, "unit": "m2"}, "area_m2_en"),
    ("a 30 hectares campus", "30 hectares", {"value": 300000, "unit": "m2"}, "area_hectare_en"),
    ("a farm of 2 acres", "2 acres", {"value": 8093.7128448, "unit": "m2"}, "area_acre_en"),
    ("leased 500 mu of land", "500 mu", {"value": 500, "unit": "mu"}, "area_mu_en"),
    # weight and length
    ("年产钢材30万吨", "30万吨", {"value": 300000, "unit": "t"}, "weight_t"),
    ("每箱25公斤", "25公斤", {"value": 0.025, "unit": "t"}, "weight_kg"),
    ("shipped 12,000 tonnes of grain", "12,000 tonnes", {"value": 12000, "unit": "t"}, "weight_t_en"),
    ("a parcel of 40 kilograms", "40 kilograms", {"value": 0.04, "unit": "t"}, "weight_kg_en"),
    ("新修道路18公里", "18公里", {"value": 18000, "unit": "m"}, "length_km"),
    ("塔高两米半", "两米半", {"value": 2.5, "unit": "m"}, "length_m"),
    ("管径60厘米", "60厘米", {"value": 0.6, "unit": "m"}, "length_cm"),
    ("误差小于5毫米", "小于5毫米", {"value": 0.005, "unit": "m", "qualifier": "less_than"}, "length_mm"),
    ("a road of 7 kilometres", "7 kilometres", {"value": 7000, "unit": "m"}, "length_km_en"),
    ("a tower 120 meters tall", "120 meters", {"value": 120, "unit": "m"}, "length_m_en"),
    ("a 15 centimetres crack", "15 centimetres", {"value": 0.15, "unit": "m"}, "length_cm_en"),
    # percentages and fractions
    ("出口增长8.5%", "8.5%", {"value": 8.5, "unit": "percent"}, "percent_sign"),
    ("增速回落1.2个百分点", "1.2个百分点", {"value": 1.2, "unit": "percent"}, "percent_points"),
    ("其中七成来自外省", "七成", {"value": 70, "unit": "percent"}, "percent_tenths"),
    ("全场商品八五折", "八五折", {"value": 85, "unit": "percent"}, "percent_discount"),
    ("坏账率3‰", "3‰", {"value": 0.3, "unit": "percent"}, "permille_sign"),
    ("rose by 12 percent", "12 percent", {"value": 12, "unit": "percent"}, "percent_en"),
    ("占比达百分之三十五", "百分之三十五", {"value": 35, "unit": "percent"}, "percent_word"),
    ("误差为千分之五", "千分之五", {"value": 0.5, "unit": "percent"}, "permille_word"),
    (
        "损耗不超过仟分之叁",
        "不超过仟分之叁",
        {"value": 0.3, "unit": "percent", "qualifier": "at_most"},
        "permille_word_financial",
    ),
    ("概率仅为千万分之一", "千万分之一", {"value": 1e-5, "unit": "percent"}, "fraction"),
    ("万分之三的概率", "万分之三", {"value": 0.03, "unit": "percent"}, "per_ten_thousand_word"),
    ("约占全省的1/4", "1/4", {"value": 25, "unit": "percent", "qualifier": "approx"}, "fraction"),
    ("占总数的三分之一", "三分之一", {"value": 100 / 3, "unit": "percent"}, "fraction"),
    (
        "roughly 1/5 of the budget",
        "roughly 1/5",
        {"value": 20, "unit": "percent", "qualifier": "approx"},
        "fraction",
    ),
    # durations
    ("经过15年建设", "15年", {"value": 15, "unit": "year"}, "duration_year"),
    ("三十余载春秋", "三十余载", {"value": 30, "unit": "year", "qualifier": "more_than"}, "duration_year"),
    ("三年多来累计投入", "三年多来", {"value": 3, "unit": "year", "qualifier": "more_than"}, "duration_year"),
    ("今后2至3年内", "今后2至3年", {"value_low": 2, "value_high": 3, "unit": "year"}, "duration_year"),
    ("工期18个月", "18个月", {"value": 18, "unit": "month"}, "duration_month"),
    ("展期共7天", "7天", {"value": 7, "unit": "day"}, "duration_day"),
    ("over the next 4 years", "next 4 years", {"value": 4, "unit": "year"}, "duration_year_en"),
    ("a five-year plan", "five-year", {"value": 5, "unit": "year"}, "duration_year_en"),
    ("within 6 months", "6 months", {"value": 6, "unit": "month"}, "duration_month_en"),
    ("a fair lasting 3 days", "3 days", {"value": 3, "unit": "day"}, "duration_day_en"),
    # counts
    ("新增企业320家", "320家", {"value": 320, "unit": "count", "counter": "家"}, "count_measure_word"),
    ("引进近百名博士", None, None, None),
    (
        "招募志愿者2000多名",
        "2000多名",
        {"value": 2000, "unit": "count", "counter": "名", "qualifier": "more_than"},
        "count_measure_word",
    ),
    (
        "建成5至8座桥梁",
        "5至8座",
        {"value_low": 5, "value_high": 8, "unit": "count", "counter": "座"},
        "count_measure_word",
    ),
    (
        "服务企业超过1000家次",
        "超过1000家次",
        {"value": 1000, "unit": "count", "counter": "家次", "qualifier": "more_than"},
        "count_measure_word",
    ),
    (
        "累计接待游客12万人次",
        "12万人次",
        {"value": 120000, "unit": "count", "counter": "人次"},
        "count_measure_word",
    ),
    (
        "签约项目不少于15个",
        "不少于15个",
        {"value": 15, "unit": "count", "counter": "个", "qualifier": "at_least"},
        "count_measure_word",
    ),
    (
        "已有100+家企业入驻",
        "100+家",
        {"value": 100, "unit": "count", "counter": "家", "qualifier": "more_than"},
        "count_measure_word",
    ),
    (
        "收到三五百份申请",
        "三五百份",
        {"value_low": 300, "value_high": 500, "unit": "count", "counter": "份"},
        "count_measure_word",
    ),
    ("工程分两期实施", "两期", {"value": 2, "unit": "count", "counter": "期"}, "count_phase"),
    (
        "the city has 45 hospitals and 12 universities",
        "45 hospitals",
        {"value": 45, "unit": "count", "counter": "hospitals"},
        "count_english",
    ),
    (
        "more than 2,000 small and medium enterprises joined",
        "more than 2,000 small and medium enterprises",
        {"value": 2000, "unit": "count", "counter": "enterprises", "qualifier": "more_than"},
        "count_english",
    ),
    (
        "Sixteen new research institutes opened",
        "Sixteen new research institutes",
        {"value": 16, "unit": "count", "counter": "institutes"},
        "count_english",
    ),
    (
        "at least 300 people attended",
        "at least 300 people",
        {"value": 300, "unit": "count", "counter": "people", "qualifier": "at_least"},
        "count_english",
    ),
]


@pytest.mark.parametrize(("text", "figure_text", "fields", "rule"), CASES, ids=[case[0] for case in CASES])
def test_each_rule_reads_its_figure(text, figure_text, fields, rule):
    figures = find_figures(text, FIGURES)
    if figure_text is None:
        assert figures == []
        return
    matching = [figure for figure in figures if text[figure.start : figure.end] == figure_text]
    assert matching, f"no figure {figure_text!r} in {[text[f.start : f.end] for f in figures]}"
    figure = matching[0]
    assert figure.rule_id == f"figures:{rule}"
    expected = {"value": None, "value_low": None, "value_high": None, "counter": None, "qualifier": None}
    expected.update(fields)
    for key, value in expected.items():
        if isinstance(value, float | int) and not isinstance(value, bool):
            assert figure.fields[key] == pytest.approx(value), key
        else:
            assert figure.fields[key] == value, key


def test_every_rule_in_the_rule_file_has_a_case():
    rules = load_rule_file("figures")
    sections = ("units", "currency_prefixes", "counters", "percent_words")
    ids = {entry["id"] for section in sections for entry in rules[section]}
    ids |= {rules["english_counts"]["id"], rules["fractions"]["id"]}
    covered = {case[3] for case in CASES}
    assert ids - covered == set()


@pytest.mark.parametrize(
    "text",
    [
        "2019年3月15日开工",  # a date
        "(2021—2025年)",  # a period of years
        "二〇二一年",  # a year in Chinese digits
        "第十二届运动会",  # an ordinal
        "地铁7号线",  # a line name
        "沿G15高速",  # a road name
        "位列TOP10",  # a list title
        "A8车型",  # a model name
        "1.加强领导",  # a list enumerator
        "打造一批示范项目",  # 一批 is an article
        "举办一场发布会",  # 一场 is an article
        "发布《关于促进消费的12条措施》",  # inside a policy title
        "出台“稳增长20条”",  # inside a quoted name
        "跻身世界500强",  # a ranking label
        "三期工程开工",  # 期 names a phase here
        "三年级学生",  # a school grade
        "上世纪80年代",  # a decade
        "其中5成员单位",  # 成 starts another word
        "百家争鸣",  # 百 starts a word
        "In 2019 the plan began",  # a bare year
        "one of the largest parks",  # one of
        "the Top 10 List of Cities",  # a title
        "see https://example.org/a%2520b?x=50%",  # a URL
        "Model 3 sold well",  # a name, no unit
        "the 14th Five-Year Plan",  # a capitalised name
    ],
)
def test_things_that_are_not_figures(text):
    assert find_figures(text, FIGURES) == []


def test_the_leading_qualifier_wins_over_the_inner_one():
    (figure,) = find_figures("占地约80余万平方米", FIGURES)
    assert figure.fields["qualifier"] == "approx"
    assert figure.fields["value"] == 800000


def test_a_separated_qualifier_applies_but_stays_out_of_the_span():
    text = "约为全国总量的1/8"
    (figure,) = find_figures(text, FIGURES)
    assert text[figure.start : figure.end] == "1/8"
    assert figure.fields["qualifier"] == "approx"


def test_a_range_shares_the_multiplier_of_its_second_number():
    (figure,) = find_figures("投资两到三亿元", FIGURES)
    assert (figure.fields["value_low"], figure.fields["value_high"]) == (2e8, 3e8)


def test_negative_numbers():
    (figure,) = find_figures("利润增速为负2.5%", FIGURES)
    assert figure.fields["value"] == -2.5


def test_other_dollars_are_not_us_dollars():
    assert find_figures("priced at C$ 40", FIGURES) == []


def test_find_spans_reads_every_line_with_its_line_number():
    lines = [LineContext(3, "新增企业45家", "zh"), LineContext(7, "45 new companies", "en")]
    spans = find_spans(lines, DocumentContext(), RULES)
    assert [(span.line_no, span.table) for span in spans] == [(3, "figures"), (7, "figures")]
    assert spans[1].fields["counter"] == "companies"


def test_figure_rules_are_compiled_once_per_rule_set():
    from pipeline.rules.ruleset import RuleSet

    assert RULES.compiled(compile_figure_rules) is FIGURES
    other = RuleSet.load(RULES.directory)
    assert other.compiled(compile_figure_rules) is not FIGURES


# -- a broken rule file: `file:line: reason` ------------------------------------
def _broken_rules(tmp_path, old: str, new: str) -> tuple[str, int]:
    """A copy of `rules/` whose figures.yaml has `old` replaced by `new`; (its path, the line of `old`)."""
    shutil.copytree(RULES.directory, tmp_path / "rules")
    path = tmp_path / "rules" / "figures.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return str(path), text[: text.index(old)].count("\n") + 1


def _compile_error(tmp_path, old: str, new: str) -> tuple[str, str]:
    """(the error message, the expected `file:line` prefix) of compiling a broken copy of the rules."""
    path, line = _broken_rules(tmp_path, old, new)
    ruleset = RuleSet.load(tmp_path / "rules")
    with pytest.raises(RuleFileError) as raised:
        ruleset.compiled(compile_figure_rules)
    return str(raised.value), f"{path}:{line}: "


def test_a_misspelt_key_names_file_and_line(tmp_path):
    message, where = _compile_error(
        tmp_path,
        "  - {id: area_mu, lang: zh,",
        "  - {id: area_mu, exampels: [x], lang: zh,",
    )
    assert message.startswith(where), message
    assert "unknown key 'exampels' (did you mean 'examples'?)" in message


def test_a_duplicate_id_names_file_and_line(tmp_path):
    message, where = _compile_error(tmp_path, "  - {id: count_phase,", "  - {id: area_mu,")
    assert message.startswith(where), message
    assert "duplicate id 'area_mu'" in message


def test_a_value_of_the_wrong_type_names_file_and_line(tmp_path):
    message, where = _compile_error(tmp_path, "  max_words: 6\n", "  max_words: six\n")
    assert message.startswith(where), message
    assert "expected a whole number, got 'six'" in message


def test_an_unknown_unit_names_file_and_line(tmp_path):
    message, where = _compile_error(
        tmp_path,
        '{id: area_mu, lang: zh, words: ["亩"], unit: mu}',
        '{id: area_mu, lang: zh, words: ["亩"], unit: jin}',
    )
    assert message.startswith(where), message
    assert "'jin' is not one of" in message


# -- the vocabulary lives in the rule file -------------------------------------
def test_a_new_unit_is_one_rule_file_edit(tmp_path):
    """A unit code and its words added to a copy of the rules are extracted with that rule set."""
    shutil.copytree(RULES.directory, tmp_path / "rules")
    path = tmp_path / "rules" / "figures.yaml"
    rules = yaml.safe_load(path.read_text(encoding="utf-8"))
    rules["unit_codes"]["measures"].append("kWh")
    rules["units"] += [
        {"id": "energy_kwh", "lang": "zh", "words": ["千瓦时"], "unit": "kWh",
         "examples": [{"text": "全年发电量3.5亿千瓦时", "value": 3.5e8, "unit": "kWh"}]},
        {"id": "energy_kwh_en", "lang": "en", "words": ["kilowatt-hours", "kWh"], "unit": "kWh",
         "examples": [{"text": "it generated 120 million kWh", "value": 1.2e8, "unit": "kWh"}]},
    ]  # fmt: skip
    path.write_text(yaml.safe_dump(rules, allow_unicode=True, sort_keys=False), encoding="utf-8")
    ruleset = RuleSet.load(tmp_path / "rules")
    text = "全年发电量达3.5亿千瓦时。\nThe wind farm generated 120 million kWh last year."
    found = [
        (record.raw_text, record.value, record.unit, record.rule_id)
        for record in pipeline.extract(text, ruleset=ruleset)
        if record.table == "figures"
    ]
    assert found == [
        ("3.5亿千瓦时", 3.5e8, "kWh", "figures:energy_kwh"),
        ("120 million kWh", 1.2e8, "kWh", "figures:energy_kwh_en"),
    ]
    assert not any(getattr(record, "unit", None) == "kWh" for record in pipeline.extract(text, ruleset=RULES))


# -- the development set -------------------------------------------------------
@requires_shared
def test_gold_seed_figures_reach_the_targets():
    """F1 >= 0.95 and value accuracy >= 0.98 on the seeds' non-boilerplate lines (overlap matching)."""
    from pipeline.stages.normalise import normalise_line

    records = gold_records()
    boilerplate = {(r["doc"], r["line"]) for r in records if r["type"] == "boilerplate"}
    gold: dict[tuple[str, int], list[dict]] = {}
    for record in records:
        if record["type"] == "figure":
            gold.setdefault((record["doc"], record["line"]), []).append(record)
    true_positive = false_positive = false_negative = correct = 0
    for path in sorted(SEEDS.glob("*.txt")):
        for line_no, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
            raw = raw[:-1] if raw.endswith("\r") else raw
            if not raw.strip() or (path.name, line_no) in boilerplate:
                continue
            line = normalise_line(line_no, raw, RULES)
            wanted = list(gold.get((path.name, line_no), []))
            used: set[int] = set()
            for figure in find_figures(line.norm_text, FIGURES, line_no):
                start, end = line.offsets.to_raw(figure.start, figure.end)
                overlapping = (i for i, g in enumerate(wanted) if start < g["end"] and g["start"] < end)
                hit = next((i for i in overlapping if i not in used), None)
                if hit is None:
                    false_positive += 1
                    continue
                used.add(hit)
                if wanted[hit].get("optional"):
                    continue
                true_positive += 1
                correct += _same_figure(wanted[hit], figure.fields)
            false_negative += sum(1 for i, g in enumerate(wanted) if i not in used and not g.get("optional"))
    precision = true_positive / (true_positive + false_positive)
    recall = true_positive / (true_positive + false_negative)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.95, (precision, recall)
    assert correct / true_positive >= 0.98


def _same_figure(gold: dict, fields: dict) -> bool:
    for key in ("value", "value_low", "value_high"):
        if (gold.get(key) is None) != (fields[key] is None):
            return False
        if gold.get(key) is not None and fields[key] != pytest.approx(gold[key]):
            return False
    return gold["unit"] == fields["unit"] and gold.get("qualifier") == fields["qualifier"]


@requires_shared
def test_gold_file_is_where_the_tests_expect_it():
    assert GOLD.is_file()


@given(
    st.text(alphabet="0123456789一二三十百千万亿约超多余个家元%年平方米.,-—至 abc$€/()“”《》", max_size=40)
)
def test_any_text_gives_spans_inside_the_line_in_order(text):
    figures = find_figures(text, FIGURES)
    for figure in figures:
        assert 0 <= figure.start < figure.end <= len(text)
        assert figure.fields["unit"] is not None
    assert all(a.end <= b.start for a, b in zip(figures, figures[1:], strict=False))


# -- the start patterns: where a body match is tried -------------------------
START_ALPHABET = [
    *'0123456789一二三十百千万亿两零.,-/ %$元个年多约分之第“”《》"(),',
    *"abcdefhlmnorstuvwxyABCDEFHLMNORSTU_",
    *("one", "two", "twenty", "hundred", "million", "seven", "ten", " and "),
    *("US$", "RMB", "人民币", "负", "百分之"),
]


def _bodies_everywhere(text: str, english: bool) -> list[tuple[int, int]]:
    body = FIGURES.english_body if english else FIGURES.chinese_body
    return [match.span() for match in body.finditer(text)]


@given(st.lists(st.sampled_from(START_ALPHABET), max_size=30).map("".join))
def test_start_patterns_find_every_body_match(text):
    from pipeline.extractors.figures.find import _body_matches

    for english in (False, True):
        found = [match.span() for match in _body_matches(text, FIGURES, english)]
        assert found == _bodies_everywhere(text, english)


@given(st.lists(st.sampled_from(START_ALPHABET), max_size=30).map("".join))
def test_money_gate_passes_every_line_with_money(text):
    if FIGURES.chinese_money.search(text):
        assert FIGURES.chinese_money_gate.search(text)


def test_start_patterns_cover_number_words_after_punctuation_and_line_start():
    assert [
        f.fields["value"]
        for f in find_spans(
            [LineContext(1, "two(three people)", "en")], DocumentContext(doc_date=None, title=None), RULES
        )
    ] == [3.0]
    assert find_figures("seven companies", FIGURES)[0].start == 0
    assert find_figures("(five companies)", FIGURES)[0].fields["value"] == 5.0


def test_numbers_inside_titles_are_masked_on_long_lines():
    line = "《3个代表》" * 50 + "共有3家企业"
    spans = find_figures(line, FIGURES)
    assert [line[span.start : span.end] for span in spans] == ["3家"]


# -- the reading cache: a cached reading equals a fresh one -------------------
# The same figure text in contexts that change (or must not change) its reading:
# words in front, an ordinal mark, another dollar, a figure right before it.
# Each plain form comes before its context-dependent twin, so a cache key that
# missed the context would hand the twin the plain reading.
CACHE_LINES = [
    "新增企业45家",
    "共有45家企业",
    "第45家企业",
    "分为3期建设",
    "成为3期建设",
    "priced at $ 40",
    "共有约45家",
    "超过45家企业",
    "分3期建设",
    "三期工程",
    "45家45家",
    "2023年",
    "3年后",
    "3年级",
    "priced at C$ 40",
    "priced at US$ 40",
    "about 45 new companies",
    "No.45 companies",
    "5 tonsabout 3 tons",
    "约占全国的1/20",
]


# A second compiled copy of the same rules, whose caches are emptied before each reading.
FRESH = compile_figure_rules(RULES)


def _fresh_figures(line: str) -> list:
    """Figures of a line read with empty caches (the shared caches are left as they were)."""
    FRESH.clear_caches()
    return find_figures(line, FRESH)


def _figures_from_cached_readings(line: str) -> list:
    """Figures of a line read afresh, but with the readings cached so far."""
    FIGURES.line_cache.clear()
    return find_figures(line, FIGURES)


def test_cached_readings_equal_fresh_readings():
    fresh = [_fresh_figures(line) for line in CACHE_LINES]
    assert [_figures_from_cached_readings(line) for line in CACHE_LINES * 2] == fresh * 2


def test_a_repeated_line_gives_the_same_figures_on_its_own_line():
    line = "新增企业45家,投资3亿元"
    first, again = find_figures(line, FIGURES, 4), find_figures(line, FIGURES, 9)
    assert [span.line_no for span in again] == [9, 9]
    assert [(s.start, s.end, s.rule_id, s.fields) for s in again] == [
        (s.start, s.end, s.rule_id, s.fields) for s in first
    ]


def test_a_line_that_extends_a_cached_line_is_read_on_its_own():
    assert find_figures("增长45", FIGURES) == []
    assert [span.fields["unit"] for span in find_figures("增长45%", FIGURES)] == ["percent"]


@given(st.lists(st.sampled_from(START_ALPHABET), max_size=30).map("".join))
def test_warm_caches_change_nothing(text):
    fresh = _fresh_figures(text)
    assert _figures_from_cached_readings(text) == fresh
    assert find_figures(text, FIGURES) == fresh


def test_spans_do_not_share_fields_with_the_cache():
    first = find_figures("新增企业45家", FIGURES)[0]
    first.fields["value"] = -1.0
    assert find_figures("新增企业45家", FIGURES)[0].fields["value"] == 45.0


@given(st.text(alphabet='《》“”‘’"ab1,.;!?、。() \t', max_size=60))
def test_the_mask_pattern_without_urls_equals_the_full_one_on_lines_without_urls(text):
    full = [match.span() for match in FIGURES.quote_pattern.finditer(text)]
    assert [match.span() for match in FIGURES.quote_pattern_without_urls.finditer(text)] == full
