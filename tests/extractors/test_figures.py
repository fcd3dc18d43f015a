"""The figure extractor: each rule's examples read strictly, things that are not figures, the gold seeds."""

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
from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet
from pipeline.rules.schema import rules_with_examples
from tests.conftest import GOLD, RULES, SEEDS, gold_records, requires_gold

# The compiled figure rules of the project's rule set.
FIGURES = RULES.compiled(compile_figure_rules)

# -- each rule's examples, from rules/figures.yaml -----------------------------
# `tests/rules/test_rule_examples.py` runs them through the whole pipeline and checks
# the columns they give; here each is read by the extractor alone, and every
# figure column an example does not give must be null.
FIGURE_COLUMNS = ("value", "value_low", "value_high", "unit", "counter", "qualifier")


def _rule_examples() -> list:
    cases = []
    for rule in rules_with_examples(RULES.file("figures")):
        for number, example in enumerate(rule.get("examples") or []):
            example = {"text": example} if isinstance(example, str) else example
            cases.append(pytest.param(rule["id"], example, id=f"{rule['id']}#{number}"))
    return cases


def _example_figures(text: str) -> list[tuple[str, object]]:
    """(raw text, span) of the figures of an example (one line, or a table's rows), read as the pipeline does.

    The line is normalised (traditional script to simplified) and read with
    the document context it implies (a traditional line: `traditional`), so
    the local currency of an example follows its place as in an article.
    """
    from pipeline.stages.normalise import normalise_line

    rows = text.split("\n")  # an example of a table holds its rows
    lines = [normalise_line(line_no, row, RULES) for line_no, row in enumerate(rows, 1)]
    document = DocumentContext(traditional=any("t2s" in line.flags for line in lines))
    contexts = [LineContext(line.line_no, line.norm_text, line.lang) for line in lines]
    found = []
    for span in find_spans(contexts, document, RULES):
        start, end = lines[span.line_no - 1].offsets.to_raw(span.start, span.end)
        found.append((rows[span.line_no - 1][start:end], span))
    return found


@pytest.mark.parametrize(("rule", "example"), _rule_examples())
def test_each_rule_reads_its_examples(rule, example):
    text = example["text"]
    found = _example_figures(text)
    if example.get("none"):
        assert not [figure for _, figure in found if figure.rule_id == f"figures:{rule}"]
        return
    figure_text = example.get("match", text)
    matching = [figure for raw, figure in found if raw == figure_text]
    assert matching, f"no figure {figure_text!r} in {[raw for raw, _ in found]}"
    figure = matching[0]
    assert figure.rule_id == f"figures:{rule}"
    for key in FIGURE_COLUMNS:
        expected = example.get(key)
        if isinstance(expected, float | int) and not isinstance(expected, bool):
            assert figure.fields[key] == pytest.approx(expected), key
        else:
            assert figure.fields[key] == expected, key


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
        "代码为600519.SH的股票",  # a stock code
        "shares of 00700.HK rose",  # a stock code
        "办公室在18楼",  # a floor
        "搬入3号楼",  # a building number
        "at No. 5 Building",  # a building number
        "依照第五条规定",  # an article of a law
        "under Article 12 of the rules",  # an article of a law
        "刊于A3版",  # a page
        "采用5nm工艺",  # a process node names a technology, not a length
        "建设12英寸晶圆产线",  # a wafer size names a product class
        "a 28nm chip line",  # a process node
        "中国大陆市场",  # 陆 in 大陆 is no numeral
        "台风登陆后",  # 陆 in 登陆 is no numeral
        "总额为1,2345亿元",  # a misplaced thousands separator: its tail is no number
    ],
)
def test_things_that_are_not_figures(text):
    assert find_figures(text, FIGURES) == []


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "qualifier"),
    [
        ("the fund of 2.5MM USD closed", "2.5MM USD", 2.5e6, "USD", None),
        ("worth seven point five million dollars", "seven point five million dollars", 7.5e6, "USD", None),
        ("profit of 4.2 bln yuan", "4.2 bln yuan", 4.2e9, "CNY", None),
        ("a 2.6-billion-yuan plant", "2.6-billion-yuan", 2.6e9, "CNY", None),
        ("S$40 million in grants", "S$40 million", 4e7, "SGD", None),
        ("an A$7 billion deal", "A$7 billion", 7e9, "AUD", None),
        ("C$250 million of bonds", "C$250 million", 2.5e8, "CAD", None),
        ("MOP 800 million for the port", "MOP 800 million", 8e8, "MOP", None),
        ("投入9亿澳门元", "9亿澳门元", 9e8, "MOP", None),
        ("价值700万卢布", "700万卢布", 7e6, "RUB", None),
        ("融资30亿韩元", "30亿韩元", 3e9, "KRW", None),
        ("a fare of 80 pence", "80 pence", 0.8, "GBP", None),
        ("投资额500万元以上(含)的项目", "500万元以上(含)", 5e6, "CNY", "at_least"),
        ("投资额2000万元(含)以上", "2000万元(含)以上", 2e7, "CNY", "at_least"),
        ("built within 4 years", "within 4 years", 4, "year", "at_most"),
        ("sales topped $6 billion", "topped $6 billion", 6e9, "USD", "more_than"),
        ("orders exceeded 20,000 units", "exceeded 20,000 units", 20000, "count", "more_than"),
    ],
)
def test_money_scales_currencies_and_bounds(text, span, value, unit, qualifier):
    (figure,) = find_figures(text, FIGURES)
    assert text[figure.start : figure.end] == span
    assert figure.fields["value"] == pytest.approx(value)
    assert (figure.fields["unit"], figure.fields["qualifier"]) == (unit, qualifier)


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


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("预计今年增速为-2至3%", -2.0, 3.0),
        ("利润增幅在负1.5%至4%之间", -1.5, 4.0),
        ("增速区间为-0至1%", 0.0, 1.0),
        ("跌幅为-3%至-1%", -3.0, -1.0),
        ("growth of minus 2 to 3 percent", -2.0, 3.0),
    ],
)
def test_a_sign_before_a_range_belongs_to_its_first_number(text, low, high):
    (figure,) = find_figures(text, FIGURES)
    assert (figure.fields["value_low"], figure.fields["value_high"]) == (low, high)
    assert str(figure.fields["value_low"]) != "-0.0"


def test_other_dollars_are_not_us_dollars():
    # C$ is the Canadian dollar (CAD); a dollar no currency names (TT$) is no figure
    assert [figure.fields["unit"] for figure in find_figures("priced at C$ 40", FIGURES)] == ["CAD"]
    assert find_figures("priced at TT$ 40", FIGURES) == []


def test_find_spans_reads_every_line_with_its_line_number():
    lines = [LineContext(3, "新增企业45家", "zh"), LineContext(7, "45 new companies", "en")]
    spans = find_spans(lines, DocumentContext(), RULES)
    assert [(span.line_no, span.table) for span in spans] == [(3, "figures"), (7, "figures")]
    assert spans[1].fields["counter"] == "companies"


def test_figure_rules_are_compiled_once_per_rule_set():
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
    message, where = _compile_error(tmp_path, "  max_words: 8\n", "  max_words: eight\n")
    assert message.startswith(where), message
    assert "expected a whole number, got 'eight'" in message


def test_an_unknown_unit_names_file_and_line(tmp_path):
    message, where = _compile_error(
        tmp_path,
        '{id: area_mu, lang: zh, words: ["亩"], unit: mu,',
        '{id: area_mu, lang: zh, words: ["亩"], unit: jin,',
    )
    assert message.startswith(where), message
    assert "'jin' is not one of" in message


# -- the vocabulary lives in the rule file -------------------------------------
def test_a_new_unit_is_one_rule_file_edit(tmp_path):
    """A unit code and its words added to a copy of the rules are extracted with that rule set."""
    shutil.copytree(RULES.directory, tmp_path / "rules")
    path = tmp_path / "rules" / "figures.yaml"
    rules = yaml.safe_load(path.read_text(encoding="utf-8"))
    rules["unit_codes"]["measures"].append("bbl")
    rules["units"] += [
        {"id": "oil_barrel", "lang": "zh", "words": ["桶"], "unit": "bbl",
         "examples": [{"text": "日产原油3.5万桶", "value": 3.5e4, "unit": "bbl"}]},
        {"id": "oil_barrel_en", "lang": "en", "words": ["barrels", "barrel"], "unit": "bbl",
         "examples": [{"text": "it pumped 120 million barrels", "value": 1.2e8, "unit": "bbl"}]},
    ]  # fmt: skip
    path.write_text(yaml.safe_dump(rules, allow_unicode=True, sort_keys=False), encoding="utf-8")
    ruleset = RuleSet.load(tmp_path / "rules")
    text = "油田日产原油达3.5万桶。\nThe field pumped 120 million barrels last year."
    found = [
        (record.raw_text, record.value, record.unit, record.rule_id)
        for record in pipeline.extract(text, ruleset=ruleset)
        if record.table == "figures"
    ]
    assert found == [
        ("3.5万桶", 3.5e4, "bbl", "figures:oil_barrel"),
        ("120 million barrels", 1.2e8, "bbl", "figures:oil_barrel_en"),
    ]
    assert not any(getattr(record, "unit", None) == "bbl" for record in pipeline.extract(text, ruleset=RULES))


# -- the development set -------------------------------------------------------
@requires_gold
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


@requires_gold
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
    from pipeline.extractors.figures.scan import body_matches

    for english in (False, True):
        found = [match.span() for match in body_matches(text, FIGURES, english)]
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


# -- properties of every figure -------------------------------------------------
FIGURE_PIECES = [
    *"0123456789",
    *("一", "二", "三", "十", "百", "千", "万", "亿", "兆", "两", "半", "点", ".", ",", " "),
    *("元", "亿元", "美元", "港元", "新台币", "万千瓦时", "千瓦", "个百分点", "%", "成", "倍", "家", "个"),
    *("约", "近", "超过", "多", "余", "以上", "(含)", "至", "到", "-", "—", "负", "分之", "/"),
    *("$", "US$", "HK$", "NT$", "€", "£", "C$", "m", "k", "bn", "MM", "million", "billion", "yuan"),
    *("dollars", "cents", "pounds", "percent", "percentage points", "a fifth of", "half of", "minus"),
]
NEGATIVE_MARKS = ("负", "-", "minus")


@given(st.lists(st.sampled_from(FIGURE_PIECES), max_size=24).map("".join))
def test_every_figure_value_is_finite_and_ranges_are_ordered(text):
    """A value is finite; positive unless the text has a negative mark; a range's low is below its high."""
    import math

    for figure in find_figures(text, FIGURES):
        fields = figure.fields
        values = [fields[key] for key in ("value", "value_low", "value_high") if fields[key] is not None]
        assert values, fields
        assert all(math.isfinite(value) for value in values), fields
        if not any(mark in text for mark in NEGATIVE_MARKS):
            # zero is a value (0票) and the low end of a range (0至1元), never below
            assert (
                all(value >= 0 for value in values)
                and any(value > 0 for value in values)
                or (fields["value"] == 0)
            ), (text, fields)
        if fields["value_low"] is not None or fields["value_high"] is not None:
            assert fields["value"] is None
            assert fields["value_low"] is not None and fields["value_high"] is not None
            assert fields["value_low"] <= fields["value_high"], (text, fields)


# -- currencies and the place of publication -----------------------------------
def _units(text: str, region: str | None = None, traditional: bool = False) -> list[tuple[str, str]]:
    lines = [LineContext(number, line, "zh") for number, line in enumerate(text.split("\n"), start=1)]
    spans = find_spans(lines, DocumentContext(region=region, traditional=traditional), RULES)
    return [(lines[span.line_no - 1].norm_text[span.start : span.end], span.fields["unit"]) for span in spans]


def test_a_bare_yuan_takes_the_currency_of_the_place_the_metadata_gives():
    text = "政府拨款30亿元支持创科"
    assert _units(text) == [("30亿元", "CNY")]
    assert _units(text, region="HK") == [("30亿元", "HKD")]
    assert _units(text, region="TW") == [("30亿元", "TWD")]
    assert _units(text, region="MO") == [("30亿元", "MOP")]


def test_simplified_text_is_mainland_whatever_places_it_names():
    assert _units("香港特区政府与立法会:拨款30亿元") == [("30亿元", "CNY")]
    assert _units("香港特区政府与立法会:拨款30亿元", traditional=True) == [("30亿元", "HKD")]


def test_a_declared_currency_holds_for_the_amounts_after_it():
    text = "合同总额为港币12亿元(下同)。\n一期工程投入4亿元。"
    assert _units(text) == [("港币12亿元", "HKD"), ("4亿元", "HKD")]


def test_a_named_currency_is_never_replaced_by_the_place():
    assert _units("拨款30亿美元,另有5亿元", region="HK") == [("30亿美元", "USD"), ("5亿元", "HKD")]


def test_a_currency_sign_never_makes_metres():
    (figure,) = find_figures("raised $2.5m in seed money", FIGURES)
    assert (figure.fields["value"], figure.fields["unit"]) == (2.5e6, "USD")
    (figure,) = find_figures("a wall 2.5m high", FIGURES)
    assert (figure.fields["value"], figure.fields["unit"]) == (2.5, "m")
    assert find_figures("about 10k runners", FIGURES) == [] or all(
        f.fields["unit"] != "USD" for f in find_figures("about 10k runners", FIGURES)
    )


@pytest.mark.parametrize(
    "text",
    [
        "股票代码600519",  # a stock code
        "办公地址在8至12号",  # an address
        "位于大厦5楼",  # a floor
        "依照第12条规定",  # a clause number
        "under Article 7 of the law",  # an article number
        "采用5nm工艺",  # a process node
        "12英寸晶圆厂",  # a wafer size used as a name
        "见本报A3版",  # a newspaper page
        "大陆企业登陆科创板",  # 陆 inside words
        "该校位列前十位",  # a rank
        "获得第3名",  # a rank
        "the top 10 universities",  # a rank
        "14:30 记者会",  # a time
    ],
)
def test_more_things_that_are_not_figures(text):
    assert find_figures(text, FIGURES) == []


# -- amounts with a multiplier and no currency (营收首破2兆, 预算逾1,100亿) ----------
def test_a_bare_amount_after_a_word_for_money_is_in_the_local_currency():
    text = "全年营业额首破3兆，预算逾1,200亿。"
    assert _units(text) == [("破3兆", "CNY"), ("逾1,200亿", "CNY")]
    assert _units(text, region="TW") == [("破3兆", "TWD"), ("逾1,200亿", "TWD")]
    assert _units(text, region="MO") == [("破3兆", "MOP"), ("逾1,200亿", "MOP")]


def test_a_bare_amount_after_a_declared_currency_takes_it():
    text = "总投资额为港币12亿元(下同)。\n二期投资约5亿。"
    assert _units(text) == [("港币12亿元", "HKD"), ("约5亿", "HKD")]


@pytest.mark.parametrize(
    "text",
    [
        "吸引投资者逾5万人参与",  # the multiplier does not close the clause: a count follows
        "上亿度的高温",  # 度 of a temperature
        "零下30度",  # 度 without 万 or 亿
        "打破3亿大关的纪录仍在",  # 破 only as a qualifier of an amount after a word for money
        "收入稳定的3万户家庭",  # no word for money right before the number
        "两国关系十分一致",  # 十分 is "very", no fraction
    ],
)
def test_not_bare_amounts_or_energy(text):
    units = {span.fields["unit"] for span in find_figures(text, FIGURES)}
    assert not units & {"CNY", "Wh", "percent"}, text


def test_ten_thousand_du_is_kilowatt_hours_and_peak_watts_are_watts():
    values = [
        (span.fields["value"], span.fields["unit"])
        for span in find_figures("年发电1.2亿度，装机30MWp", FIGURES)
    ]
    assert values == [(1.2e11, "Wh"), (3.0e7, "W")]


# -- ranges written with the unit on both ends (5% to 6%, between 2% and 3%) -----
def _ranges(text: str) -> list[tuple]:
    return [
        (text[span.start : span.end], *(span.fields[key] for key in ("value", "value_low", "value_high")))
        for span in find_figures(text, FIGURES)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output may grow 3% to 4.5% in Anhui.", [("3% to 4.5%", None, 3.0, 4.5)]),
        ("Yields held between 1.5% and 2% all spring.", [("1.5% and 2%", None, 1.5, 2.0)]),
        ("It will cost US$1 billion-US$2 billion.", [("US$1 billion-US$2 billion", None, 1e9, 2e9)]),
        ("a fund of between 6 and 8 billion yuan", [("6 and 8 billion yuan", None, 6e9, 8e9)]),
        ("Growth slowed from 7% to 6.5%.", [("7%", 7.0, None, None), ("6.5%", 6.5, None, None)]),
        ("Growth rose from 6% to 7%.", [("6%", 6.0, None, None), ("7%", 7.0, None, None)]),
        ("It was revised from a ceiling of 5% to 8%.", [("5%", 5.0, None, None), ("8%", 8.0, None, None)]),
        ("Duties were raised by 10% to 25%.", [("10%", 10.0, None, None), ("25%", 25.0, None, None)]),
        ("Shares rose 5% to US$3 billion.", [("5%", 5.0, None, None), ("US$3 billion", 3e9, None, None)]),
        ("Rates of 8% and 9% apply.", [("8%", 8.0, None, None), ("9%", 9.0, None, None)]),
        (
            "Bids of 30 million pounds-35 million pounds came in.",
            [("30 million pounds-35 million pounds", None, 3e7, 3.5e7)],
        ),
        ("Rents of 12 dollars-15 dollars a foot.", [("12 dollars-15 dollars", None, 12.0, 15.0)]),
        ("Bids came in at £30 million-£35 million.", [("£30 million-£35 million", None, 3e7, 3.5e7)]),
        ("The MiG-29 and 40 tanks.", [("40 tanks", 40.0, None, None)]),
        ("The Pounds-20 fund.", []),  # no amount before the unit word: the hyphen is a name's
    ],
)
def test_a_range_with_its_unit_on_both_ends_is_one_figure(text, expected):
    assert _ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("利率由4.5%至3.9%", [("4.5%", 4.5, None, None), ("3.9%", 3.9, None, None)]),
        ("预算从8亿元至6亿元", [("8亿元", 8e8, None, None), ("6亿元", 6e8, None, None)]),
        ("利率由3.9%至4.5%", [("3.9%至4.5%", None, 3.9, 4.5)]),
        ("排名第3名至5名", []),  # the first end is a rank: the second is not read alone either
    ],
)
def test_a_falling_pair_with_its_unit_on_both_ends_is_two_figures(text, expected):
    assert _ranges(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the Model K-30 million yuan upgrade",  # digits after a letter are no figure, nor is the scale alone
        "plans for the Two Sessions in Beijing",  # a capitalised number word and noun inside a line: a name
    ],
)
def test_no_figure_from_a_scale_word_alone_or_a_name(text):
    assert find_figures(text, FIGURES) == []


# -- readings checked against whole values ----------------------------------------
def _readings(text: str) -> list[tuple]:
    """(raw text, value or (low, high), unit, qualifier) of each figure of a one-line text."""
    readings = []
    for raw, span in _example_figures(text):
        fields = span.fields
        value = fields["value"]
        if value is None:
            value = (fields["value_low"], fields["value_high"])
        readings.append((raw, value, fields["unit"], fields["qualifier"]))
    return readings


def test_a_qualifier_reaches_its_number_across_one_space():
    text = "外销占比约 6%，研发投入逾 3 亿元，未来 5 年再建两条产线"
    assert _readings(text) == [
        ("约 6%", 6.0, "percent", "approx"),
        ("逾 3 亿元", 3.0e8, "CNY", "more_than"),
        ("未来 5 年", 5.0, "year", None),
        ("两条", 2.0, "count", None),
    ]


def test_a_qualifier_that_ends_another_word_stays_out_across_a_space():
    assert _readings("两家公司签约 4 个项目") == [("两家", 2.0, "count", None), ("4 个", 4.0, "count", None)]


@pytest.mark.parametrize(
    "text",
    [
        "新线设计时速160公里",
        "货车限速60公里/小时",
        "台风中心附近风速达到40米/秒",
        "the tram runs at 25 km per hour",
        "cars are limited to 50 km/h downtown",
        "a ferry making 30 kilometres an hour",
    ],
)
def test_a_speed_is_no_length(text):
    assert _readings(text) == []


def test_a_length_beside_a_speed_stays():
    assert _readings("新建道路全长 18 公里，时速 80 公里") == [("18 公里", 18000.0, "m", None)]
    assert _readings("a 9 km track for trains at 120 km/h") == [("9 km", 9000.0, "m", None)]


@pytest.mark.parametrize(
    "text",
    [
        "證券代碼:3008 台股今日收漲",  # a code followed by 台股 (Taiwan stocks), not 台 as a measure word
        "股票代码为688001的公司发布公告",  # a code before a counted noun
        "证券代号 6505 台塑化",
    ],
)
def test_a_stock_code_is_no_count_whatever_follows(text):
    assert _readings(text) == []


def test_a_measure_word_tai_still_counts_machines():
    assert _readings("车间新增12台数控机床") == [("12台", 12.0, "count", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the show drew half a million visitors", [("half a million visitors", 500000.0, "count", None)]),
        ("nearly half a billion dollars lent", [("nearly half a billion dollars", 5.0e8, "USD", "approx")]),
        ("one and a half million tonnes of ore", [("one and a half million tonnes", 1.5e6, "t", None)]),
        ("three quarters of a million homes", [("three quarters of a million homes", 7.5e5, "count", None)]),
        (
            "a million trees were planted",
            [("a million trees", 1.0e6, "count", None)],
        ),  # the article counts as one
        ("three dozen start-ups moved in", [("three dozen start-ups", 36.0, "count", None)]),
        ("forty and a half million fans", [("forty and a half million fans", 40.5e6, "count", None)]),
        # more number before the whole part than is read: no figure rather than 34.5 million
        ("two hundred and thirty-four and a half million dollars", []),
        # thirds, fifths and tenths scale as quarters do, written with a space or a hyphen
        ("a third of a billion yuan was lent", [("a third of a billion yuan", 1.0e9 / 3, "CNY", None)]),
        ("two-fifths of a million homes", [("two-fifths of a million homes", 4.0e5, "count", None)]),
        ("about a tenth of a million tonnes", [("about a tenth of a million tonnes", 1.0e5, "t", "approx")]),
        # a fraction of a scale word with nothing counted after it is no proportion
        ("the town has a quarter of a million.", []),
        ("two thirds of a billion went to roads", []),
        # a fraction of something else stays a proportion
        ("a third of the firms are new", [("a third", 33.3333333333, "percent", None)]),
    ],
)
def test_fractions_and_dozens_of_english_scale_words(text, expected):
    assert _readings(text) == expected


def test_a_fraction_of_a_scale_word_reads_its_qualifier_within_the_cached_window():
    """The reading of the same figure text is the same whatever stands further back.

    Readings are cached by a window of text around each figure; a qualifier
    read in front of a fraction must lie inside it, or the first reading
    seen would be given to every later one with the same window.
    """
    figure = "one and a half million people came"
    far = "about" + " " * 30 + figure  # too far to qualify it, and outside the window
    assert _readings(far) == [("one and a half million people", 1.5e6, "count", None)]
    assert _readings("xyzzy" + " " * 30 + figure) == _readings(far)
    assert _readings("about " + figure) == [("about one and a half million people", 1.5e6, "count", "approx")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("园区企业中三分之一以上来自海外", ("三分之一以上", "at_least")),
        ("新增用地的2/5左右为工业用地", ("2/5左右", "approx")),
        ("不良率控制在千分之三以下", ("千分之三以下", "at_most")),
        ("近四分之一以上", ("近四分之一以上", "approx")),  # the leading qualifier wins
    ],
)
def test_a_qualifier_after_a_fraction_applies_to_it(text, expected):
    (raw, _, unit, qualifier), *_ = _readings(text)
    assert (raw, qualifier) == expected
    assert unit == "percent"


@pytest.mark.parametrize(
    "text",
    [
        "the carrier took delivery of its first Comac 919 jets",  # a model name
        "support ends for Windows 10 users next year",
        "a new 300mm wafer line",  # a wafer size, as 12英寸晶圆
        "扩建一条200毫米晶圆产线",
        "坚持产学研三位一体",  # a set phrase, not three people
    ],
)
def test_model_names_wafer_sizes_and_set_phrases_are_not_figures(text):
    assert _readings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another 40 suppliers joined the park", [("40 suppliers", 40.0, "count", None)]),  # first word
        ("by the end of May 250 families had moved", [("250 families", 250.0, "count", None)]),  # a month
        ("the rain gauge read 12 mm", [("12 mm", 0.012, "m", None)]),
    ],
)
def test_counts_after_a_capital_that_names_no_model_stay(text, expected):
    assert _readings(text) == expected


def test_a_bare_amount_keeps_a_qualifier_inside_it():
    assert _readings("全年营业额3,600多亿，利润800余万。") == [
        ("3,600多亿", 3.6e11, "CNY", "more_than"),
        ("800余万", 8.0e6, "CNY", "more_than"),
    ]


def test_a_bare_amount_range_shares_its_multiplier():
    assert _readings("技术总监年薪50-80万，奖金另计") == [("50-80万", (5.0e5, 8.0e5), "CNY", None)]
    assert _readings("每人奖金8至6万。") == []  # a second end that is not larger is no range


UNIT_HYPHEN_PIECES = [
    "tons",
    "Tons",
    "euros",
    "EUROS",
    "yuan",
    "K",
    "ſ",
    "-",
    "–",
    "5",
    "40",
    "$",
    "€",
    "¥",
    " ",
    "2024",
    "a",
    "é",
]


@given(st.lists(st.sampled_from(UNIT_HYPHEN_PIECES), max_size=12).map("".join))
def test_the_letter_hyphen_screen_leaves_unit_hyphens_as_the_pattern_finds_them(text):
    from pipeline.extractors.figures.find import _unit_hyphens_as_dashes

    assert FIGURES.unit_hyphen_after_letter  # the shipped unit words all end with a letter
    screened = _unit_hyphens_as_dashes(text, FIGURES.unit_hyphen, after_letter=True)
    assert screened == _unit_hyphens_as_dashes(text, FIGURES.unit_hyphen, after_letter=False)


def test_a_unit_hyphen_between_amounts_is_a_dash_and_a_date_hyphen_is_not():
    from pipeline.extractors.figures.find import _unit_hyphens_as_dashes

    for after_letter in (True, False):
        assert (
            _unit_hyphens_as_dashes("12 tons-15 tons", FIGURES.unit_hyphen, after_letter) == "12 tons–15 tons"
        )
        assert _unit_hyphens_as_dashes("on 2024-05-06", FIGURES.unit_hyphen, after_letter) == "on 2024-05-06"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 多 after the measure word begins the next word: the count has no qualifier
        ("新建2个多功能展厅", [("2个", 2.0, "count", None)]),
        ("落户的6家多为外资企业", [("6家", 6.0, "count", None)]),
        # before the measure word it qualifies as always
        ("入驻企业80多家", [("80多家", 80.0, "count", "more_than")]),
        # before 月 it is inside the duration: more than that many months
        ("新线试运行了三个多月", [("三个多月", 3.0, "month", "more_than")]),
    ],
)
def test_duo_after_a_measure_word_qualifies_only_where_it_begins_no_word(text, expected):
    assert _readings(text) == expected


def test_a_building_number_before_de_and_a_noun_is_the_address_not_a_count_of_the_noun():
    # the number closes the place after a verb of location; 栋的 modifies no counted noun
    text = "位于澜湾科技园9栋的企业已有40家"
    assert [text[f.start : f.end] for f in find_figures(text, FIGURES)] == ["40家"]
    # a terse count of a noun is still one
    text = "28医药企业落户新区"
    assert [text[f.start : f.end] for f in find_figures(text, FIGURES)] == ["28医药企业"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 约 with 可 and a verb before the number: about that many
        ("新泵站约可满足12万户居民用水", [("12万户", 120000.0, "count", "approx")]),
        ("大约可以容纳3000人", [("3000人", 3000.0, "count", "approx")]),
        # 至少 and 最少 bound the number across a verb the same way
        ("投标人须至少具备2项同类业绩", [("2项", 2.0, "count", "at_least")]),
        ("每年最少完成6场演练", [("6场", 6.0, "count", "at_least")]),
        # 约 that ends another word (签约, 节约) is no qualifier, with a verb after it or not
        ("本次签约达2亿元", [("2亿元", 2.0e8, "CNY", None)]),
        ("当天签约可享受8折优惠", [("8折", 80.0, "percent", None)]),
        # a longer word that keeps 约 standing (持续约) still qualifies
        ("改造持续约需3个月", [("3个月", 3.0, "month", "approx")]),
    ],
)
def test_a_separated_qualifier_needs_a_word_of_its_own(text, expected):
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a verb of change, `from X to Y` is where it started and where it went
        (
            "The yard lifted its capacity from 200,000 to 350,000 tonnes.",
            [("200,000", 200000.0, "t", None), ("350,000 tonnes", 350000.0, "t", None)],
        ),
        (
            "Sales climbed sharply last year from 4 to 6.5 billion yuan.",
            [("4", 4.0e9, "CNY", None), ("6.5 billion yuan", 6.5e9, "CNY", None)],
        ),
        # a spread, or no verb of change: one range
        (
            "Units in the tower range from 50 to 80 square metres.",
            [("50 to 80 square metres", (50.0, 80.0), "m2", None)],
        ),
        (
            "The plant treats from 40 to 60 tonnes of sludge a day.",
            [("40 to 60 tonnes", (40.0, 60.0), "t", None)],
        ),
    ],
)
def test_a_change_from_one_level_to_another_is_two_figures(text, expected):
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money spread over a span of time: the span, no bound
        (
            "The board will spend HK$600 million over four years on new depots.",
            [("HK$600 million", 6.0e8, "HKD", None), ("four years", 4.0, "year", None)],
        ),
        ("Payments are phased over 24 months.", [("24 months", 24.0, "month", None)]),
        # no money and no verb of spending: more than
        ("Engineers with over 8 years of practice may apply.", [("over 8 years", 8.0, "year", "more_than")]),
    ],
)
def test_over_before_a_span_money_is_spread_over_is_no_bound(text, expected):
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工期为720日历天", [("720日历天", 720.0, "day", None)]),
        ("履約期限為決標次日起180日曆天", [("180日曆天", 180.0, "day", None)]),
        ("Bids stay valid for 90 calendar days.", [("90 calendar days", 90.0, "day", None)]),
        ("Refunds arrive within 5 business days.", [("within 5 business days", 5.0, "day", "at_most")]),
        # an adjective of the kind of day needs a unit of time after it: a count of groups here
        ("The 12 working groups met.", [("12 working groups", 12.0, "count", None)]),
    ],
)
def test_calendar_and_working_days_are_days(text, expected):
    assert _readings(text) == expected


# -- historic currencies and a bare franc, mark or lira ------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("收购价为8亿德国马克", [("8亿德国马克", "DEM")]),
        ("offered 45 billion lire", [("45 billion lire", "ITL")]),
        ("a bond of 90 million Dutch guilders", [("90 million Dutch guilders", "NLG")]),
        ("paid 12 billion drachmas", [("12 billion drachmas", "GRD")]),
        ("共耗资3亿奥地利先令", [("3亿奥地利先令", "ATS")]),
    ],
)
def test_historic_currencies_have_their_iso_codes(text, expected):
    assert _units(text) == expected


def test_a_bare_franc_takes_the_franc_named_before_it_in_the_article():
    text = "该厂去年获得6亿比利时法郎贷款。\n今年再借2亿法郎。"
    assert _units(text) == [("6亿比利时法郎", "BEF"), ("2亿法郎", "BEF")]
    assert _units("先付1亿瑞士法郎，后付3亿法国法郎，余款5000万法郎") == [
        ("1亿瑞士法郎", "CHF"),
        ("3亿法国法郎", "FRF"),
        ("5000万法郎", "FRF"),
    ]


def test_a_bare_franc_with_no_franc_before_it_is_not_reported():
    assert _units("今年再借2亿法郎。\n此前曾借6亿比利时法郎。") == [("6亿比利时法郎", "BEF")]
    assert find_figures("a fee of 300 million francs", FIGURES) == []
    assert _units("罚款3亿美元，另付2亿法郎") == [("3亿美元", "USD")]


def test_the_escudo_is_no_more_than_qualifier():
    (figure,) = find_figures("耗资900亿葡萄牙埃斯库多", FIGURES)
    assert figure.fields["qualifier"] is None
    (months,) = find_figures("工期两个多月", FIGURES)
    assert months.fields["qualifier"] == "more_than"


# -- discounts (折) --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("全场打九折", "九折", 90.0),
        ("会员专享7 5 折", "7 5 折", 75.0),
        ("新款 8 8 折", "8 8 折", 88.0),
        ("冬装六五折优惠", "六五折", 65.0),
    ],
)
def test_a_discount_is_the_percent_of_the_price_paid(text, span, value):
    (figure,) = find_figures(text, FIGURES)
    assert text[figure.start : figure.end] == span
    fields = figure.fields
    assert (fields["value"], fields["unit"], fields["qualifier"]) == (value, "percent", None)


@pytest.mark.parametrize(
    "text",
    [
        "汇款折合成欧元",
        "车辆按年折旧",
        "那次摔倒造成骨折",
        "剧情一波三折",
        "山路曲折",
        "可以三折叠",
        "结算时七折八扣",
        "序号12 5折",
    ],
)
def test_words_with_zhe_that_are_no_discount(text):
    assert [f for f in find_figures(text, FIGURES) if f.fields["unit"] == "percent"] == []
