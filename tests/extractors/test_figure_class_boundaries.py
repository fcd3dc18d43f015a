"""Where a figure class ends: words that look like figures and are not, and qualifiers that depend on context.

A lone Chinese digit before 元 (一元复始, 三元里) and the measure word 块 (三块地)
are read as amounts only when a price word, 每 with a measure word, a qualifier,
subunits or the end of the clause show money (`money_evidence` in figures.yaml);
a duration before 内 is a limit, 近 before one is "recent" unless a verb of
lasting precedes; an economic aggregate (GDP, 增加值) before a bare 亿 is money.
"""

from __future__ import annotations

import pytest

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.figures.find import find_figures, find_spans
from pipeline.extractors.figures.rules import compile_figure_rules
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES

FIGURES = RULES.compiled(compile_figure_rules)


def _read(text: str) -> list[tuple[str, dict]]:
    return [(text[figure.start : figure.end], figure.fields) for figure in find_figures(text, FIGURES)]


@pytest.mark.parametrize(
    "text",
    [
        "辞旧迎新,一元复始,街上张灯结彩。",  # an idiom
        "新店开在五元里东侧。",  # a place name
        "破除城乡二元结构的障碍",  # a term
        "课上讲了三元一次方程组",  # a term of algebra
        "这家企业坚持多元化经营",  # 多元 is no number
        "小区门口开了一家两元店",  # a shop's name
        "六元桥下的公交站",  # a bridge's name
    ],
)
def test_a_lone_digit_before_yuan_inside_a_word_is_no_amount(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("公园门票每张五元", "五元", 5, None),  # 每 and a measure word
        ("地铁起步价为两元", "两元", 2, None),  # a price word, then 为
        ("小朋友们各捐了一元", "一元", 1, None),  # a verb of paying
        ("一杯豆浆大约三元左右", "大约三元左右", 3, "approx"),  # a qualifier
        ("停车一小时收四元。", "四元", 4, None),  # a verb of paying, the clause ends
        ("报名费:九元", "九元", 9, None),  # the clause ends
        ("这支笔要八元五角", "八元五角", 8.5, None),  # subunits
        ("给孩子的零花钱是十元/周", "十元", 10, None),  # a per-unit slash
    ],
)
def test_a_lone_digit_before_yuan_with_evidence_of_money_is_an_amount(text, span, value, qualifier):
    ((found, fields),) = _read(text)
    assert found == span
    assert (fields["value"], fields["unit"], fields["qualifier"]) == (pytest.approx(value), "CNY", qualifier)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("每人3元", "3元", 3),  # digits are always money
        ("捐款三十元", "三十元", 30),  # two digits
        ("补贴五万元", "五万元", 50000),  # a multiplier
    ],
)
def test_amounts_that_are_not_a_lone_digit_need_no_evidence(text, span, value):
    ((found, fields),) = _read(text)
    assert (found, fields["value"], fields["unit"]) == (span, value, "CNY")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("园区本月挂牌出让4块工业用地", "4块", 4),
        ("广场立起了两块电子屏", "两块", 2),
    ],
)
def test_kuai_before_a_noun_is_a_count(text, span, value):
    ((found, fields),) = _read(text)
    assert (found, fields["value"], fields["unit"], fields["counter"]) == (span, value, "count", "块")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("这种西瓜一斤卖两块", "两块", 2),  # a verb of selling
        ("修车花了他六十块", "六十块", 60),  # a verb of paying and its object
        ("一个月能省下好几千块。", "几千块", None),  # a round amount closing the clause
    ],
)
def test_kuai_with_evidence_of_money_is_an_amount(text, span, value):
    ((found, fields),) = _read(text)
    assert (found, fields["unit"]) == (span, "CNY")
    if value is not None:
        assert fields["value"] == value


def test_kuai_closing_a_clause_without_a_price_is_no_guess():
    assert _read("那块蛋糕被切成了八块。") == []


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("新校区力争3年内建成", "3年内", 3, "year"),
        ("两个月内完成审批", "两个月内", 2, "month"),
        ("这批设备须在10天内交付", "10天内", 10, "day"),
    ],
)
def test_a_duration_followed_by_nei_is_at_most_that_long(text, span, value, unit):
    ((found, fields),) = _read(text)
    assert (found, fields["value"], fields["unit"], fields["qualifier"]) == (span, value, unit, "at_most")


def test_nei_that_begins_another_word_is_no_limit():
    ((found, fields),) = _read("过去五年内资企业数量翻番")
    assert (found, fields["qualifier"]) == ("过去五年", None)


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("近四年新增企业两百家", "近四年", None),  # 近: the recent four years
        ("近十年来,城区扩大了一倍", "近十年来", None),
        ("大桥维修历时近三个月", "近三个月", "approx"),  # after a verb of lasting: nearly
        ("这次搬迁花了近两年", "近两年", "approx"),
    ],
)
def test_jin_before_a_duration_is_recent_unless_a_verb_of_lasting_precedes(text, span, qualifier):
    found, fields = _read(text)[0]
    assert (found, fields["qualifier"]) == (span, qualifier)


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("去年全省GDP达到5.6万亿。", "5.6万亿", 5.6e12, None),
        ("该区工业增加值首次突破300亿。", "突破300亿", 3e10, "more_than"),
    ],
)
def test_an_economic_aggregate_without_yuan_is_money(text, span, value, qualifier):
    ((found, fields),) = _read(text)
    assert (found, fields["value"], fields["unit"], fields["qualifier"]) == (span, value, "CNY", qualifier)


def test_cheng_before_zhong_is_a_proportion():
    ((found, fields),) = _read("约六成中型企业扩大了招聘")
    assert (found, fields["value"], fields["unit"]) == ("约六成", 60, "percent")


@pytest.mark.parametrize(
    "text",
    [
        "他三番五次到车间督促",  # 三番|五次
        "集市上的货品五花八门",  # 五花|八门
        "这次并购一波三折",  # 一波|三折 is no discount
        "老张三天两头去工地",  # 三天|两头
        "这种工程三年五载也完不成",
    ],
)
def test_two_numerals_paired_in_a_set_phrase_are_no_figures(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("两年三个月后项目竣工", ["两年", "三个月"]),  # a duration of its own after the pair
        ("每年两次体检", ["两次"]),
        ("三成五家企业", ["三成", "五家"]),  # a tenths word and a count in a row
        ("新建三栋楼、两座桥", ["三栋", "两座"]),
    ],
)
def test_numerals_that_are_not_a_set_phrase_stay_figures(text, spans):
    assert [found for found, _ in _read(text)] == spans


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [("工期定为一年半", "一年半", 1.5, "year"), ("设备调试用了一个半月", "一个半月", 1.5, "month")],
)
def test_one_and_a_half_is_no_article(text, span, value, unit):
    ((found, fields),) = _read(text)
    assert (found, fields["value"], fields["unit"]) == (span, value, unit)


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        (
            "Nearly one in three drivers now uses an electric car.",
            "Nearly one in three drivers",
            100 / 3,
            "approx",
        ),
        ("Four in 10 graduates found jobs in the city.", "Four in 10 graduates", 40, None),
        ("One in every five buses on the route is new.", "One in every five buses", 20, None),  # in every
        ("About 2 in every 25 loans went unpaid.", "About 2 in every 25 loans", 8, "approx"),
    ],
)
def test_n_in_m_before_a_counted_noun_is_a_proportion(text, span, value, qualifier):
    ((found, fields),) = _read(text)
    assert (found, fields["unit"], fields["qualifier"]) == (span, "percent", qualifier)
    assert fields["value"] == pytest.approx(value)


def test_a_minor_unit_and_a_whole_amount_are_no_range():
    assert [found for found, _ in _read("The bus fare rose 30 cents to $3.10 on Monday.")] == [
        "30 cents",
        "$3.10",
    ]


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("The plant cost a billion yuan.", "a billion yuan", 1e9, None),
        ("Almost a million visitors came.", "Almost a million visitors", 1e6, "approx"),
    ],
)
def test_a_scale_word_with_an_article_is_one_of_it(text, span, value, qualifier):
    ((found, fields),) = _read(text)
    assert (found, fields["value"], fields["qualifier"]) == (span, value, qualifier)


@pytest.mark.parametrize(
    "text",
    ["The port spent several billion yuan.", "A few million people moved.", "a multi-billion dollar fund"],
)
def test_a_vague_number_of_a_scale_word_is_no_guess(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "qualifier"),
    [
        ("不良率控制在百分之二到三", "百分之二到三", 2, 3, None),
        ("约有百分之四十至百分之五十以上的农户加入", "百分之四十至百分之五十以上", 40, 50, "approx"),
    ],
)
def test_a_percent_word_range_is_one_figure(text, span, low, high, qualifier):
    found = [(raw, fields) for raw, fields in _read(text) if fields["unit"] == "percent"]
    ((raw, fields),) = found
    assert (raw, fields["value_low"], fields["value_high"], fields["qualifier"]) == (
        span,
        low,
        high,
        qualifier,
    )


def test_a_second_number_with_a_unit_of_its_own_is_no_percent_range():
    found, fields = _read("毛利率百分之五到十年后翻番")[0]
    assert (found, fields["value"]) == ("百分之五", 5)


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("每户补助不超8000元", "不超8000元", "at_most"),  # 不 turns 超 round
        ("奖励最高可达200万元", "最高可达200万元", "at_most"),
        ("全县不下50家合作社", "不下50家", "at_least"),
        ("合同期不满两年", "不满两年", "less_than"),
        ("差不多300人报名", "差不多300人", "approx"),
        ("No fewer than 12 ports joined.", "No fewer than 12 ports", "at_least"),
        ("Debts in excess of $4 billion.", "in excess of $4 billion", "more_than"),
        ("The line carries approx. 900 trains.", "approx. 900 trains", "approx"),
        ("Each hall seats a maximum of 350 guests.", "a maximum of 350 guests", "at_most"),
        ("The fund backs a minimum of 20 start-ups.", "a minimum of 20 start-ups", "at_least"),
    ],
)
def test_negated_and_bounding_qualifier_words(text, span, qualifier):
    ((found, fields),) = _read(text)
    assert (found, fields["qualifier"]) == (span, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "這座圖書館於112年啟用",  # a Republic of China year after 於
        "新制自113年起實施",  # after 自
        "该车间于97年建成",  # a two-digit year after 于
    ],
)
def test_a_number_of_years_after_a_preposition_of_time_is_a_year_not_a_duration(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("改造工程将于3年内完成", "3年内", "at_most"),  # a limit
        ("他於6年後重返校園", "6年", None),  # a later time counted in years
    ],
)
def test_a_duration_after_a_preposition_of_time_with_a_limit_or_later_stays_a_duration(text, span, qualifier):
    ((found, fields),) = _read(text)
    assert (found, fields["unit"], fields["qualifier"]) == (span, "year", qualifier)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("今年首4个月进口增长6%", ["6%"]),  # the first months of a year: a date
        ("頭三個月訪澳旅客達300萬人次", ["300万人次"]),
        ("首批3个月的订单已交付", ["3个月"]),  # 首批: 首 does not stand right before the count
    ],
)
def test_a_count_of_months_after_shou_or_tou_is_the_first_months_of_a_year_not_a_duration(text, kept):
    assert [found for found, _ in _read(normalise_line(1, text, RULES).norm_text)] == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of forecasting in the clause makes the pair the range of the change
        ("预计净利润同比增加8000万元至1.2亿元", [("8000万元至1.2亿元", (8e7, 1.2e8))]),
        # the forecast is in another clause: the change and the level reached
        ("去年曾预计亏损。今年利润增加8000万元至1.2亿元", [("8000万元", 8e7), ("1.2亿元", 1.2e8)]),
        # over three times the first: the change and the level, forecast or not
        ("预计营收增长2亿元至12亿元", [("2亿元", 2e8), ("12亿元", 1.2e9)]),
    ],
)
def test_a_forecast_pair_after_a_verb_of_change_is_a_range(text, expected):
    found = [
        (
            span,
            fields["value"] if fields["value"] is not None else (fields["value_low"], fields["value_high"]),
        )
        for span, fields in _read(text)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("区政府投资百亿元建设新城", "百亿元", 1e10),
        ("基金规模达到千万元", "千万元", 1e7),
        ("公司拟募资百亿元用于扩产", "百亿元", 1e10),
    ],
)
def test_a_bare_place_value_after_a_verb_of_money_is_an_amount(text, span, value):
    ((found, fields),) = _read(text)
    assert (found, fields["value"], fields["unit"]) == (span, value, "CNY")


@pytest.mark.parametrize(
    "text",
    [
        "着力打造百亿元产业集群",  # no verb of money: a scale label
        "全省形成三个千亿级产业",  # a scale label
        "投资百亿元级项目",  # a size class after it
    ],
)
def test_a_bare_place_value_without_a_verb_of_money_gives_no_amount(text):
    assert [fields for _, fields in _read(text) if fields["unit"] == "CNY"] == []


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Exports were 2.5 times the level of 2019.", "2.5 times", 2.5, "count"),
        ("Orders grew ninefold.", "ninefold", 9, "count"),
        ("Margins fell by a fifth.", "a fifth", 20, "percent"),
        ("The team hired a dozen analysts.", "a dozen analysts", 12, "count"),
        ("Rates rose by half a percentage point.", "half a percentage point", 0.5, "pp"),
    ],
)
def test_english_multiples_fractions_and_dozens(text, span, value, unit):
    ((found, fields),) = _read(text)
    assert (found, fields["unit"]) == (span, unit)
    assert fields["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "I must have asked a thousand times.",  # an idiom
        "Spending was cut by half a point.",  # a noun after the fraction: no share
        "One euro bought 7.8 yuan.",  # an exchange rate written with a word for one
        "三只松鼠股价大涨",  # a company named by a count
    ],
)
def test_forms_that_look_like_figures_and_are_not(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("the new line carries three to five times the cargo", "three to five times", 3.0, 5.0),
        ("loads rose between 1.5 and 2 times", "1.5 and 2 times", 1.5, 2.0),
    ],
)
def test_a_range_of_english_multiples_is_read_whole(text, span, low, high):
    [(found, fields)] = _read(text)
    assert (found, fields["value_low"], fields["value_high"], fields["value"]) == (span, low, high, None)


def test_a_vague_pair_of_english_multiples_is_no_figure():
    assert _read("the crane stalled four or five times") == []


def test_a_year_before_and_is_no_first_multiple():
    assert _read("it flooded once in 2021 and four times in 2022") == [
        (
            "four times",
            {
                "value": 4.0,
                "value_low": None,
                "value_high": None,
                "unit": "count",
                "counter": "times",
                "qualifier": None,
            },
        )
    ]


@pytest.mark.parametrize(
    ("text", "match", "fields"),
    [
        (
            "新园区今年铺设透水砖约65万块，秋季完工。",
            "约65万块",
            {"value": 650000.0, "unit": "count", "counter": "块"},
        ),
        ("农场屋顶装了太阳能板3万块。", "3万块", {"value": 30000.0, "unit": "count", "counter": "块"}),
        (
            "这家工厂去年出货芯片达120万块，",
            "120万块",
            {"value": 1200000.0, "unit": "count", "counter": "块"},
        ),
        ("他说这一单赚了二十万块。", "二十万块", {"value": 200000.0, "unit": "CNY"}),
    ],
)
def test_a_round_amount_of_kuai_after_the_things_it_counts_is_a_count(text, match, fields):
    found = dict(_read(text))
    assert match in found
    assert {key: found[match][key] for key in fields} == fields


@pytest.mark.parametrize(
    ("text", "match", "qualifier"),
    [
        ("整治工程将持续约8个月。", "约8个月", "approx"),
        ("展览连续约40天对外开放", "约40天", "approx"),
        ("两家公司续约5年", "5年", None),
        ("办完全部手续约5天", "约5天", "approx"),
        ("上月贸易出超92.4亿美元，", "92.4亿美元", None),
        ("当季入超3.1亿美元", "3.1亿美元", None),
        ("全厂去年产出超150亿元", "超150亿元", "more_than"),
        ("居民收入超5万元的家庭", "超5万元", "more_than"),
        ("新款手机首日卖出超8万台", "超8万台", "more_than"),
        ("进口下降,贸易出超64亿美元", "64亿美元", None),
        ("前9月累计出超812亿美元", "812亿美元", None),
    ],
)
def test_a_qualifier_ending_a_word_is_kept_only_in_the_longer_word(text, match, qualifier):
    found = dict(_read(text))
    assert found[match]["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("合作社今年收购鲜笋6万斤", "6万斤", 30),
        ("稻谷亩产一千二百斤", "一千二百斤", 0.6),
        ("这块野生灵芝重八两", "八两", 0.0004),
    ],
)
def test_market_weights_are_tonnes(text, span, value):
    found = _read(normalise_line(1, text, RULES).norm_text)
    assert [(s, f["unit"]) for s, f in found] == [(span, "t")]
    assert found[0][1]["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("桃子卖6元一斤", "6元"),
        ("青菜卖两块五一斤", None),
        ("新楼盘售价3万元一平方米", "3万元"),
        ("他点了三两白酒", None),
        ("一亩地能多收两百元", "两百元"),
    ],
)
def test_the_unit_of_a_price_and_a_plot_are_no_figures(text, span):
    found = [s for s, _ in _read(normalise_line(1, text, RULES).norm_text)]
    assert found == ([span] if span else [])


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("受访商户中过九成表示客流回升", "过九成", "more_than"),
        ("方案经表决通过八成赞成", "八成", None),
    ],
)
def test_a_bound_word_before_tenths_is_their_qualifier(text, span, qualifier):
    found = _read(text)
    assert [s for s, _ in found] == [span]
    assert found[0][1]["value"] == 90 if qualifier else True
    assert found[0][1].get("qualifier") == qualifier


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("该公司计划投资50亿兴建新厂", "50亿", 5.0e9),
        ("市府再拨款3亿用于修缮老街", "3亿", 3.0e8),
    ],
)
def test_a_bare_amount_before_a_verb_of_its_use_is_money(text, span, value):
    found = _read(text)
    assert [(s, f["unit"], f["value"]) for s, f in found] == [(span, "CNY", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Doctors treat type 2 diabetes patients.",
        "This Type 1 charger is sold out.",
        "该产品属于3类医疗器械",
        "全市新增一家三级医院",
        "It meets Grade A standards.",
        "执行GB 50016-2014标准",
        "Many Tesla Model 3 owners complained.",
        "The fleet flies A320neo jets.",
    ],
)
def test_classes_grades_standards_and_models_are_no_figures(text):
    assert _read(text) == []


@pytest.mark.parametrize(("region", "unit"), [("HK", "HKD"), ("TW", "TWD"), ("MO", "MOP"), (None, "CNY")])
def test_a_bare_traditional_amount_takes_the_currency_of_its_page(region, unit):
    line = normalise_line(1, "該集團計劃投資50億興建新總部", RULES)
    document = DocumentContext(region=region, traditional=True)
    spans = find_spans([LineContext(1, line.norm_text, line.lang)], document, RULES)
    assert [(span.fields["value"], span.fields["unit"]) for span in spans] == [(5.0e9, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors try 5 samples from each batch.",  # try: the verb, not TRY
        "Try 5 samples from each batch.",  # the first word of a sentence is capitalised anyway
        "The stall sold 5 try of tea.",  # after the number too
        "Cleaners mop 3 floors an hour.",  # MOP in small letters
    ],
)
def test_a_currency_code_in_small_letters_is_a_word(text):
    assert [fields["unit"] for _, fields in _read(text) if fields["unit"] in ("TRY", "MOP")] == []


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The port raised TRY 4 billion in bonds.", "TRY 4 billion", 4e9, "TRY"),
        ("a Rmb2.5bn plant in Wuxi", "Rmb2.5bn", 2.5e9, "CNY"),  # glued: the financial press's renminbi
        ("The plant cost Rmb 30 million.", "Rmb 30 million", 3e7, "CNY"),  # spaced, inside a sentence
        ("Revenue: Rmb 5 billion", "Rmb 5 billion", 5e9, "CNY"),
        ("It cost 40 rmb at the gate.", "40 rmb", 40.0, "CNY"),  # a code that is no English word, in any case
    ],
)
def test_a_currency_code_in_capitals_or_as_the_press_writes_it_is_money(text, span, value, unit):
    assert (span, value, unit) in [(found, fields["value"], fields["unit"]) for found, fields in _read(text)]
