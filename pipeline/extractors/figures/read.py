"""Reading one figure match: its value, unit, counter, qualifier and where its span starts and ends.

Given a body match and the lead words in front of it (`scan.Found`), the
readers here decide whether it is a figure at all (years of dates, ordinals,
bare articles, names) and turn it into the fields of the gold schema:
value / value_low / value_high / unit / counter / qualifier.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from pipeline.extractors.figures.grammar import (
    COMPOUND_WINDOW,
    DIGIT_LED_CODE,
    OTHER_DOLLAR_WINDOW,
    SCALE_FRACTION_WINDOW,
)
from pipeline.extractors.figures.rules import ANY_MULTIPLIER, FigureRules, UnitRule
from pipeline.text.numerals import (
    CHINESE_DIGITS,
    ENGLISH_FRACTION_DENOMINATORS,
    ENGLISH_SCALES,
    ENGLISH_TENS,
    ENGLISH_UNITS,
    english_trailing_scales,
    parse_number,
)

if TYPE_CHECKING:
    from pipeline.extractors.figures.scan import Found

YEAR_DIGITS = re.compile(r"\d{4}")
# A number right after a session word (九届 三次 ...).
SESSION_NUMBER = re.compile(r"\d|[一二三四五六七八九十]")
# 08年: two digits with a leading zero are a year, never a count of years
LEADING_ZERO_YEAR = re.compile(r"0\d")
BARE_ENGLISH_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
POWER_OF_TEN = re.compile(r"[十百千万亿]+")
TWO_DIGITS = re.compile(r"\d\d|[一二三四五六七八九]{2}")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
ENGLISH_WORD_START = re.compile(r"[A-Za-z]")
LAST_LATIN_WORD = re.compile(r"([A-Za-z]+)\s*$")
# 三五百, 四五千: two close digits before a place value (a vague range).
# 一两个, 三五家: the same without a place value (never the number 12 or 35).
VAGUE_RANGE = re.compile(r"^([一二三四五六七八两])([二三四五六七八九两])([十百千万亿]*)$")
# characters that make a vague 几十 / 数百 part of a larger number (一百几十)
VAGUE_AFTER_NUMBER = set("一二三四五六七八九两十百千万亿") | set("0123456789")
# Denominators of English fractions, singular and plural ("a third", "two fifths").
FRACTION_DENOMINATORS = {
    "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
# A fraction of a bare English scale word, written in front of it: "half a
# million" (0.5), "one and a half billion" (1.5), "three quarters of a
# million" (0.75), "a third of a billion", "two-fifths of a million". The
# scale word alone would read as one whole million.
SCALE_FRACTION = re.compile(
    r"(?i)(?<![\w.,-])(?:(?P<whole>[\w.,-]+)\s+and\s+an?\s+half|an?\s+half|half\s+an?"
    r"|(?P<numerator>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    rf"(?P<denominator>{'|'.join(FRACTION_DENOMINATORS)})s?\s+of\s+an?)\s+$"
)
# What follows a fraction of a scale word (a third| of a million): no proportion.
OF_A_SCALE_WORD = re.compile(rf"(?i)s?\s+of\s+an?\s+(?:{'|'.join(ENGLISH_SCALES)})s?\b")
# A word of a longer number right before the whole part of "… and a half million"
# (two hundred and thirty-four and a half): the whole part alone would be read.
NUMBER_WORDS_BEFORE_A_WHOLE = [*sorted(ENGLISH_UNITS), *sorted(ENGLISH_TENS), "hundred", "thousand"]
WORD_OF_A_NUMBER_BEFORE = re.compile(rf"(?i)(?:\band|\d|\b(?:{'|'.join(NUMBER_WORDS_BEFORE_A_WHOLE)}))\s+$")
# "two dozen firms": the dozen multiplies the number; the noun after it is counted
DOZEN = re.compile(r"(?i)dozens?\b")
# The two words before a number: a capitalised word right before it inside a
# sentence names a model with it (the Boeing 737 jets, new Windows 11 users).
TWO_WORDS_BEFORE = re.compile(r"(?:(?P<first>\S+) )?(?P<second>[A-Za-z][A-Za-z-]*) $")
# an integer written with a leading zero (06, 007): a label
LEADING_ZERO = re.compile(r"0\d+")
# a model year (2024款): a recent calendar year, not a round count (2000款产品)
MODEL_YEAR = re.compile(r"19[5-9]\d|20(?:0[1-9]|[1-4]\d)")
# A paragraph number glued to the year after it (3.2027年 opening a line): no decimal number of years
PARAGRAPH_NUMBER_YEAR = re.compile(r"\d{1,3}\.(?:19|20)\d\d")
# a model or code number: three digits or more with no separator (737, 8703, 4090)
MODEL_NUMBER = re.compile(r"\d{3,}")
# 成 (tenths) and the digits that may follow it as hundredths (三成五 = 35 percent)
TENTHS = "成"
CHINESE_DIGIT_VALUES = {character: CHINESE_DIGITS[character] for character in "一二三四五六七八九"}
ARABIC_DIGITS_1_9 = "123456789"
HAN_CHARACTER = re.compile(r"[\u3400-\u9fff]")
# 多 after a measure word qualifies the count only before a unit of time
# (一个多月, 两个多小时); before another word it begins that word (多元化).
MORE_AFTER_MEASURE_WORD = "多"
# the qualifier of a vague word (约, 近): no bound stacked before another qualifier
APPROX = "approx"
# why a local yuan amount may be no money (see money_evidence in figures.yaml)
DOUBT_LONE_DIGIT = "lone digit"
DOUBT_MEASURE_WORD = "measure word"
PLACE_VALUES = "百千万亿"
# place values that may stand alone as a number (上万人, 超亿元, 逾兆元: 兆 is 10^12 in Taiwan)
BARE_PLACE_VALUES = "百千万亿兆"
# a number with decimals written in digits (3.0, 2.5)
DECIMAL = re.compile(r"\d+\.\d+")
# 万 and 亿: a 万 written before a number of 亿 is 万亿 (4万2,186亿 is 4.2186万亿, 4万3千亿 4.3万亿)
WAN, YI = 1.0e4, 1.0e8
# the longest currency word looked for in front of a compound amount
CURRENCY_WORD_REACH = 6
# how far before a pair of amounts its verb of change is looked for
CHANGE_VERB_WINDOW = 12
# a second number listed after a first one (0.5个和1.2个百分点: 和1.2)
LISTED_DECIMAL_AFTER = re.compile(r"\s*[和、与及或,]\s*\d+(?:\.\d+)?")
# How far back in its clause a word of forecasting makes a changed pair a range.
FORECAST_WINDOW = 24
CLAUSE_BREAK = re.compile(r"[，。；;！？!?]|[,.](?!\d)")
SENTENCE_BREAK = re.compile(r"[。；;！？!?]|\.(?!\d)")
# characters after which a capitalised word may open a sentence
SENTENCE_OPENERS = ".!?:;\"“‘'(（-—–•*>"
# a word with a capital after its first lowercase letters (iPhone, eBay, iPad)
# a model code (C919, A320neo, a plural C919s) or a word among the words after a number
MODEL_OR_WORD = re.compile(rf"(?P<model>[A-Z]+\d+[A-Za-z\-]*|{DIGIT_LED_CODE})|[A-Za-z][A-Za-z\-]*")
# `of` and an owner opening the words after a count (4,000 of its trucks)
PART_OF_OWNER = re.compile(r"of\s+(?P<owner>[A-Za-z]+)\s+")
CAMEL_CASE = re.compile(r"[a-z]+[A-Z][A-Za-z]*")
# "one in five", "7 in 10": the numerator of a proportion before a counted number
ONE_IN = re.compile(r"(?i)\b([a-z]+|\d+)\s+in\s+(?:every\s+)?$")
# numerals of the set phrases that pair two of them (三番五次, 千家万户)
IDIOM_NUMERALS = "一二三四五六七八九十两百千万"
TIME_AFTER_MEASURE_WORD = re.compile(r"月|小时|钟头|星期|礼拜|世纪|周")


@dataclass
class Figure:
    start: int
    end: int
    rule_id: str
    fields: dict


# -- reading one match ---------------------------------------------------------
def _fields(
    value: float | None,
    unit: str,
    qualifier: str | None,
    counter: str | None = None,
    low: float | None = None,
    high: float | None = None,
) -> dict:
    def clean(number: float | None) -> float | None:
        return None if number is None else float(round(number, 10))

    return {
        "value": clean(value),
        "value_low": clean(low),
        "value_high": clean(high),
        "unit": unit,
        "counter": counter,
        "qualifier": qualifier,
    }


def _first_qualifier(rules: FigureRules, *words: tuple[dict[str, str], str | None]) -> str | None:
    for table, word in words:
        if word:
            qualifier = table.get(word.lower())
            if qualifier:
                return qualifier
    return None


def _excluded_before(text: str, start: int, rules: FigureRules) -> bool:
    return text.endswith(rules.excluded_before, 0, start)


def _qualifier_holds_label(match: Found, text: str, start: int, rules: FigureRules) -> bool:
    """True when the label word before `start` ends the qualifier read there (would top; not top 10)."""
    if not match.groupdict().get("pre"):
        return False
    word = next(word for word in rules.excluded_before if text.endswith(word, 0, start))
    return match.start("pre") <= start - len(word)


def _scaled(number_text: str, multiplier: str | None, rules: FigureRules) -> float | None:
    value = parse_number(number_text)
    if value is None and number_text[:1] in BARE_PLACE_VALUES:
        value = parse_number("一" + number_text)  # a bare place value: 万 of 上万人, 亿 of 数亿元
    if value is None:
        return None
    if multiplier:
        value = times(value, rules.multipliers[multiplier.lower()])
    return value


def times(value: float, factor: float) -> float:
    """`value * factor` as the decimals they are written as: 2.01万亿 is 2010000000000, not
    2009999999999.9998 (binary floats cannot hold 2.01; its shortest decimal is what was meant)."""
    if factor == 1.0 or not math.isfinite(value) or not math.isfinite(factor):
        return value * factor
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def _shared_multipliers(number_text: str, multiplier: str | None, rules: FigureRules) -> list[float]:
    """The multipliers a range's second number may share with the first, largest first.

    They are the tails of its trailing multiplier (三千万: 千万 then 万; 四十万: 十万
    then 万): the first whose product with the first number stays below the
    second is the one the range shares (两到三千万, 三十到四十万, 八百到九百亿).
    In English they are the scale words that end the second number (four to
    five hundred, between two and three thousand); a second number written
    in full digits (5 to 500, 4 to 5,000) has none to share.
    """
    if not multiplier and ENGLISH_WORD_START.match(number_text):
        return english_trailing_scales(number_text)
    if multiplier:
        tail = multiplier
    else:
        digits = len(number_text.rstrip("".join(rules.chinese_multiplier_characters)))
        tail = number_text[digits:] if 0 < digits < len(number_text) else ""
    found = []
    for start in range(len(tail)):
        factor = rules.multipliers.get(tail[start:].lower())
        if factor:
            found.append(factor)
    return found


def _is_year_number(number_text: str) -> bool:
    """A calendar year written as 4 digits (2023) or as a Chinese digit string (二〇二二)."""
    if YEAR_DIGITS.fullmatch(number_text) or LEADING_ZERO_YEAR.fullmatch(number_text):
        return True
    return len(number_text) >= 2 and all(ch in CHINESE_DIGITS for ch in number_text)


def read_chinese(match: Found, text: str, rules: FigureRules) -> Figure | None:
    groups = match.groupdict()
    if groups["pctword"]:
        rule = rules.percent_words[groups["pctword"]]
        value = parse_number(groups["pnum"])
        if value is None:
            return None
        start = match.start("pre") if groups["pre"] else match.start("pctword")
        high = _percent_range_end(match, text, value, rule.factor, rules)
        end = match.end("pnum2") if high is not None else match.end("pnum")
        # a qualifier after a second number that is no range end is not this figure's
        post = groups["post"] if high is not None or not groups["pnum2"] else None
        if post:
            end = match.end("post")
        qualifier = _first_qualifier(
            rules, (rules.qualifier_before, groups["pre"]), (rules.qualifier_after, post)
        )
        if groups["sepq"]:
            qualifier = rules.separated_qualifier_of(groups["sepq"])
        if high is not None:
            fields = _fields(None, rules.percent_unit, qualifier, None, times(value, rule.factor), high)
        else:
            fields = _fields(times(value, rule.factor), rules.percent_unit, qualifier)
        return Figure(start, end, rule.rule_id, fields)
    if groups["fa"] or groups["cfb"]:
        return _read_fraction(match, rules, text)
    return read_main(match, text, rules, english=False)


def _percent_range_end(
    match: Found, text: str, low: float, factor: float, rules: FigureRules
) -> float | None:
    """The upper end of 百分之三十到四十 in percent, or None when the second number is not one."""
    second = match.group("pnum2")
    high = parse_number(second) if second else None
    if high is None or not low < high or times(high, factor) > 100:
        return None
    end = match.end("pnum2")
    if any(text.startswith(word, end) for word in rules.chinese_unit_words):
        return None  # 百分之五到十年: the second number has a unit of its own
    return times(high, factor)


def _read_fraction(match: Found, rules: FigureRules, text: str) -> Figure | None:
    groups = match.groupdict()
    if groups.get("fa"):
        numerator, denominator = float(groups["fa"]), float(groups["fb"])
        number_start, number_end = match.start("fa"), match.end("fb")
        cued = _fraction_cue(text, number_start, number_end, rules)
        if not cued and _date_like(groups["fa"], groups["fb"], rules):
            return None  # 10/24 is a month and day unless the words around make it a share
        if _document_number(text, number_start, number_end, groups["fb"], rules, cued):
            return None  # CB(2)715/2023(04), paper 12/2024: the number of a document, not a share
    else:
        denominator_text = groups["cfb"]
        if POWER_OF_TEN.fullmatch(denominator_text):
            denominator_text = "一" + denominator_text  # 千万分之六: a bare power of ten
        numerator_value, denominator_value = parse_number(groups["cfa"]), parse_number(denominator_text)
        if numerator_value is None or not denominator_value:
            return None
        if numerator_value != int(numerator_value) and not POWER_OF_TEN.fullmatch(groups["cfb"]):
            return None  # 五百分之2.2: a decimal numerator goes only with 百分之, 千分之
        numerator, denominator = numerator_value, denominator_value
        number_start, number_end = match.start("cfb"), match.end("cfa")
    if denominator <= 1 or numerator >= denominator or _excluded_before(text, number_start, rules):
        return None
    qualifier = _first_qualifier(rules, (rules.qualifier_before, groups.get("pre")))
    if groups.get("sepq"):
        qualifier = rules.separated_qualifier_of(groups["sepq"])
    after = _chinese_qualifier_starting_at(text, number_end, rules)
    if after:
        qualifier = qualifier or rules.qualifier_after[after]  # 三分之二以上, 1/3左右
        number_end += len(after)
    start = match.start("pre") if groups.get("pre") else number_start
    return Figure(
        start,
        number_end,
        rules.fraction_rule_id,
        _fields(100 * numerator / denominator, rules.percent_unit, qualifier),
    )


def _date_like(numerator: str, denominator: str, rules: FigureRules) -> bool:
    """Whether a/b reads better as a month and day (10/24, 3/15) than as a share.

    Both whole, a <= 12, b <= 31, and b not a denominator shares are usually
    written with (1/3, 3/4, 3/10 stay shares).
    """
    if not (numerator.isdigit() and denominator.isdigit()):
        return False
    month, day = int(numerator), int(denominator)
    return 1 <= month <= 12 and 1 <= day <= 31 and day not in rules.fraction_common_denominators


def _numeral_at(text: str, index: int) -> bool:
    """True when the character at `index` is a digit or a Chinese numeral (一周, 两周, 3周)."""
    return index >= 0 and (text[index].isdigit() or text[index] in CHINESE_DIGITS)


def _document_number(
    text: str, start: int, end: int, denominator: str, rules: FigureRules, cued: bool
) -> bool:
    """Whether the a/b at `start`..`end` is the number of a paper or file, not a share.

    A letter or a mark of `document_number_marks` touches it (CB(1)640/2024(02),
    EP/2024/115), or its denominator is a year and no word makes it a share
    (paper 12/2024; 占1/2000 stays a share).
    """
    before = text[start - 1 : start] if start else ""
    after = text[end : end + 1]
    if _letter_or_mark(before, rules.document_number_marks_before):
        return True
    if _letter_or_mark(after, rules.document_number_marks_after):
        return True
    low, high = rules.document_number_years
    return not cued and len(denominator) == 4 and denominator.isdigit() and low <= int(denominator) <= high


def _letter_or_mark(character: str, marks: tuple[str, ...]) -> bool:
    """True when `character` is a Latin letter or one of `marks`."""
    return bool(character) and (character.isascii() and character.isalpha() or character in marks)


def _fraction_cue(text: str, start: int, end: int, rules: FigureRules) -> bool:
    """A word before (占, 的, of, about) or after (以上, of) that makes a/b a share."""
    before = text[max(0, start - 8) : start].rstrip().lower()
    after = text[end : end + 8].lstrip().lower()
    return before.endswith(rules.fraction_cues_before) or after.startswith(rules.fraction_cues_after)


def read_main(match: Found, text: str, rules: FigureRules, english: bool) -> Figure | None:
    """Read the main form (number + unit, measure word, head noun or currency sign)."""
    groups = match.groupdict()
    number_text = groups["num"]
    number_start = match.start("num")
    label_end = match.start("cur") if groups["cur"] else number_start
    if _excluded_before(text, label_end, rules) and not _qualifier_holds_label(match, text, label_end, rules):
        return None
    reading = _unit_of(match, text, rules, english)
    if reading is None:
        return None
    unit_rule, unit, rule_id, counter, end = reading
    unit_word = groups["unit"] if unit_rule is not None and groups["unit"] else None
    if _measure_word_left_first(match, text, rules):
        rule_id = rules.measure_word_first_rule_id
    if unit_rule is not None and not _unit_allowed(match, text, rules, unit_rule):
        return None
    if _is_rank_or_word(match, text, rules, unit_rule):
        return None
    if _is_session(match, text, rules, unit_word, reading[4]):
        return None
    if unit == rules.count_unit and _is_place_name(match, text, rules, unit_word, end):
        return None
    if unit == rules.count_unit and _is_brand_name(match, text, rules, unit_word, end):
        return None
    spoken = unit_word in rules.spoken_tenths_after and not (groups.get("tail") or groups["mult"])
    if spoken and _digit_at(text, end) and not _per_one(text, end):
        return None  # 一块五: 1.5 yuan spoken, not 1 yuan (but 25元一件 is 25 yuan a piece)
    if " " in groups["num"].strip() and DAY_AFTER_MONTH.search(text, 0, match.start("num")):
        return None  # by March 31 200 firms: the day of a date and a count, not 31,200
    if unit == rules.count_unit and _after_spoken_price(text, match.start("num"), rules):
        return None  # 一块五一张: 五 is the tenths of the price, not the start of 51
    if text.startswith(rules.exchange_words, end) and not text.startswith(rules.exchange_not, end):
        return None  # 1美元兑7.1元: the terms of an exchange rate, not amounts
    if text.startswith(rules.class_label_suffixes, end):
        return None  # 30万吨级油轮, 10万平方米级: the size class of a thing, not a measured amount
    values = _range_values(match, rules)
    if values is None:
        return None
    low, high = values
    if english and high is not None and _year_then_level(match, text, rules):
        low, high, number_start = high, None, match.start("num2")  # rose 2% in 2027 to 640 million tonnes
        rule_id = rules.year_before_range_rule_id
    subunit = _prefixed_subunit(match, text, end, rules) if not unit_word else None
    if subunit is not None:
        word, factor = subunit  # 人民币21.6分: cents of the currency named before, not yuan
        low, high = times(low, factor), (None if high is None else times(high, factor))
        end, rule_id = end + len(word), rules.prefixed_subunit_rule_id
    if (
        high is not None
        and groups["unit1"]
        and change_and_level(text, match.start("num"), low, high, unit, rules)
    ):
        return None  # 下跌2.5元至30元: the change, then the level reached (each end is read alone)
    scale_fraction = None
    if english and high is None and not (groups["cur"] or groups.get("pre") or groups.get("neg")):
        scale_fraction = _scale_fraction(number_text, text, number_start)
        if scale_fraction is not None:
            number_start, part = scale_fraction
            if part is None:
                return None  # a whole part we cannot read: no guess at the amount
            low = low * part
    scale_article = False
    if english and number_text.lower() in ENGLISH_SCALES and not groups["num2"]:
        lead = rules.scale_lead.search(text, max(0, number_start - rules.scale_lead_window), number_start)
        if lead is not None and lead.group("vague"):
            return None  # several million, a few billion, multi-billion: no guess at the number
        if lead is None and scale_fraction is None:
            return None  # (RMB million): a table's unit, no amount
        if lead is not None:
            number_start, scale_article = lead.start("one"), True  # a million: one million
            if unit == rules.count_unit and counter and counter.lower() in rules.english_hyperbole_nouns:
                return None  # a million things: "very many", no number
    if english and unit == rules.count_unit and groups.get("words") and DOZEN.match(groups["words"]):
        low, high = low * 12, (None if high is None else high * 12)
    if groups.get("neg"):
        # the sign or word stands before the first number only: -2至3% runs from -2 to 3
        # (a range of two negatives writes both signs, -3%至-1%, and is joined as two amounts)
        low = 0.0 - low  # (never -0.0)
    if _is_not_a_figure(match, text, rules, english, unit, unit_word, low, end):
        return None
    if english and unit == rules.count_unit and high is None and not groups.get("pre"):
        share = _one_in(text, number_start, end, low, rules)
        if share is not None:
            return share
    if unit_word in rules.tenths_words and low > rules.tenths_words[unit_word]:
        low = low / 10  # 五五折, 三八折: two digits are already percent (55, 38)
    elif unit_word == TENTHS and high is None and _hundredth_after_tenths(text, end, rules):
        # 三成五 = 35 percent, 七成二 = 72 percent (the tenths are scaled to percent below)
        hundredths = CHINESE_DIGIT_VALUES.get(text[end]) or int(text[end])
        low = float(Decimal(str(low)) + Decimal(hundredths) / 10)
        end += 1
    is_duration = unit in rules.duration_units
    # -- where the span ends
    not_halved = unit == rules.count_unit or unit in rules.currency_units
    halved = False
    if groups.get("half") and not not_halved and match.start("half") == end:
        low += 0.5
        end = match.end("half")
        halved = True
    elif unit_word and high is None and rules.half_word in unit_word[1:]:
        low += 0.5  # 两个半月: the half sits inside the unit word
        halved = True
    if (
        unit_rule is not None
        and unit_rule.local == "yuan"
        and groups.get("tail")
        and match.start("tail") == end
    ):
        low += _subunits_value(groups["tail"], rules)
        end = match.end("tail")
    post = groups.get("post") if groups.get("post") and match.start("post") == end else None
    if (
        post == MORE_AFTER_MEASURE_WORD
        and unit == rules.count_unit
        and not english
        and HAN_CHARACTER.match(text, match.end("post"))
        and not TIME_AFTER_MEASURE_WORD.match(text, match.end("post"))
    ):
        post = None  # 5家多元化企业, 3个多为外资: 多 begins the next word, no qualifier
    if post:
        end = match.end("post")
    if is_duration and _is_offset(text, end, rules, english):
        return None  # 3天前, 两年后, five years ago: a date counted from now, not a duration
    if is_duration and _is_reporting_period(match, text, end, rules, english):
        return None  # 截至6月30日止六个月, the nine months to June: a date period, not a duration
    if is_duration and groups.get("since") and match.start("since") == end:
        end = match.end("since")
    within = is_duration and not post and _within_word(text, end, rules)
    if within:
        end += len(within)  # 3年内: at most three years
    # -- qualifier and where the span starts
    pre = groups.get("pre")
    if is_duration and pre in rules.duration_recent_words:
        rule_id = rules.duration_recent_rule_id
        if not text.endswith(rules.duration_lasting_words, 0, match.start("pre")):
            pre = None  # 近三年: the recent three years, not about three
    qualifier = _first_qualifier(
        rules,
        (rules.qualifier_before, pre),
        (rules.qualifier_inside, groups.get("in1")),
        (rules.qualifier_inside, groups.get("in2")),
        (rules.qualifier_after, post),
    )
    if within:
        qualifier = qualifier or rules.duration_within_qualifier
        rule_id = rules.duration_within_rule_id
    inside_unit = unit_word and MORE_AFTER_MEASURE_WORD in unit_word[1:]
    # (not in a currency's name: 埃斯库多, the escudo)
    if not qualifier and inside_unit and unit not in rules.currency_units:
        qualifier = rules.qualifier_after.get(MORE_AFTER_MEASURE_WORD)  # 两个多月: 多 inside the unit word
    if groups.get("sepq"):
        qualifier = rules.separated_qualifier_of(groups["sepq"])
    compound = _compound_lead(match, text, rules, low, high)
    if compound is not None:
        number_start, larger = compound
        low = times(larger, 1.0) + low  # 3亿5000万元 = 300000000 + 50000000
        named = (
            _currency_ending_at(text, number_start, rules)
            if unit_rule is not None and unit_rule.local
            else None
        )
        if named is not None:
            # 新台币1万5千元: the currency named in front of the whole number is the amount's
            number_start -= len(named)
            currency_rule = rules.currency_prefixes[named.lower()]
            unit, rule_id = currency_rule.unit, currency_rule.rule_id
        word = qualifier_ending_at(text, number_start, rules)
        if word:
            qualifier = qualifier or rules.qualifier_before[word]
            number_start -= len(word)
        elif not qualifier:
            qualifier = _separated_qualifier_before(text, number_start, rules)  # 约需新台币3亿5千万元
    if unit_word == TENTHS and qualifier is None and high is None:
        bound = _tenths_bound_before(text, number_start, rules)
        if bound:
            qualifier, rule_id = rules.tenths_bound_before[bound], rules.tenths_bound_rule_id
            number_start -= len(bound)  # 过九成: the bound word is part of the span
    vague = _vague_tens_word(match, text, rules)
    if vague and text[number_start - len(vague) - 1 : number_start - len(vague)] in VAGUE_AFTER_NUMBER:
        return None  # 一百几十家: the vague tens belong to a larger number; no guess at its value
    if vague and high is None:
        low, high = low, times(low, 10)  # 几十万 = 100000..1000000
        qualifier = qualifier or rules.vague_tens_qualifier
    elif not vague and not groups.get("pre") and _is_bare_power(groups):
        word = text[number_start - 1 : number_start] if number_start else ""
        if word in rules.bare_power_before:
            qualifier = qualifier or rules.bare_power_before[word]  # 上万人, 破百亿
            vague = word  # the span starts at it
    if scale_fraction is not None or scale_article:
        word = _english_qualifier_ending_at(text, number_start, rules)
        if word:
            qualifier = qualifier or rules.qualifier_before[word.lower()]
            number_start -= len(text[:number_start]) - len(text[:number_start].rstrip()) + len(word)
    start = match.start("neg") if groups.get("neg") else number_start - len(vague)
    if groups["cur"]:
        start = min(start, match.start("cur"))
    if groups.get("pre"):
        start = match.start("pre")
        outer = _stacked_bound(text, start, rules) if not english else ""
        if outer:
            # 最高约7万: of two qualifiers the first written counts
            qualifier, start = rules.qualifier_before[outer], start - len(outer)
    prefix = groups.get("prefix")
    if prefix:
        if is_duration:
            start = match.start("prefix")
        elif prefix.lower() in rules.qualifier_before and not groups.get("pre"):
            qualifier = rules.qualifier_before[prefix.lower()]
            start = match.start("prefix")
    doubt = _doubtful_local_amount(match, unit_rule, unit_word, english, rules)
    if doubt:
        rule_id = rules.evidence_rule_id
        counted = doubt == DOUBT_MEASURE_WORD and _names_counted_things(text, start, rules)
        if counted or not _money_evidence(match, text, start, end, doubt, qualifier, rules):
            if not counted and (doubt == DOUBT_LONE_DIGIT or _clause_ends(text, end)):
                return None  # 一元复始, 三元里: a word or a name; 分成五十块。: money or pieces, no guess
            unit_rule = rules.evidence_counts[unit_word]  # 三块地: the measure word
            unit, counter = unit_rule.unit, unit_word
    if _inside_numeral_idiom(match, text, start, end, rules):
        return None  # 三番五次, 五花八门, 一波三折: two numerals in a set phrase
    # 一年半 is a year and a half, not an article
    bare_one = number_text.lower() in rules.bare_one and not groups["num2"] and not halved
    bare_one = bare_one and unit_word not in rules.bare_one_counts  # 增长一倍: one is a quantity there
    if (
        bare_one
        and (unit == rules.count_unit or is_duration)
        and qualifier is None
        and not (is_duration and prefix)
    ):
        return None
    if bare_one and qualifier is None and unit == "year" and prefix in rules.past_year_prefixes:
        return None  # 过去一年: the year under review, a date the dates table reads
    if (
        qualifier is None
        and unit_word
        and _one_unit_no_measure(text, number_text, number_start, end, unit_word, rules)
    ):
        return None
    if unit == rules.count_unit and not english and high is None:
        # 分别下降0.5个和1.2个百分点: the first number shares the unit written last;
        # a decimal count (0.5个) counts nothing otherwise
        shared = _shared_unit_after(text, end, counter, rules)
        if shared is not None:
            unit_rule, unit, counter, rule_id = shared, shared.unit, None, shared.rule_id
        elif counter in rules.whole_counters and not float(low).is_integer():
            return None
    if qualifier is None and high is None and unit == rules.percent_unit and not english:
        bound = _share_bound_before(text, start, rules)
        if bound is not None:
            qualifier, rule_id = bound, rules.share_bound_rule_id  # 不超过总投资的30%
    factor = unit_rule.factor if unit_rule is not None else 1.0
    if high is not None:
        fields = _fields(None, unit, qualifier, counter, times(low, factor), times(high, factor))
    else:
        fields = _fields(times(low, factor), unit, qualifier, counter)
    return Figure(start, end, rule_id, fields)


# What may not stand between a share's bound and its 的 (a mark ends the clause; a digit is another figure)
SHARE_BOUND_BREAKS = re.compile(r"[，,。；;：:、！？!?()（）《》“”\"\d]")


def _share_bound_before(text: str, start: int, rules: FigureRules) -> str | None:
    """The qualifier of a bound word before the noun a share is of (不超过总投资的30%), else None."""
    if not rules.share_bound_words or not text.endswith("的", 0, start):
        return None
    window = text[max(0, start - 1 - rules.share_bound_gap - 6) : start - 1]
    best = None
    for word, qualifier in rules.share_bound_words.items():
        at = window.rfind(word)
        if at < 0 or len(window) - at - len(word) > rules.share_bound_gap:
            continue
        if SHARE_BOUND_BREAKS.search(window, at + len(word)) is None and (best is None or at < best[0]):
            best = (at, qualifier)
    return best[1] if best else None


def _tenths_bound_before(text: str, number_start: int, rules: FigureRules) -> str | None:
    """The bound word right before tenths (过 of 过九成), unless it ends a word (通过), or None."""
    before = text[:number_start]
    for word in rules.tenths_bound_before:
        if before.endswith(word) and not before.endswith(rules.tenths_bound_not_in):
            return word
    return None


def _one_unit_no_measure(
    text: str, number_text: str, number_start: int, end: int, unit_word: str, rules: FigureRules
) -> bool:
    """Whether a one and its unit measure nothing: the unit of a price (3元一斤) or a phrase (一亩地)."""
    if not number_text.endswith(tuple(rules.bare_one)):
        return False
    if text[:number_start].endswith(rules.per_one_after):
        # 3元一斤; 两块五一斤 (the tenths of a spoken price read with the 一 as 五十一)
        return number_text in rules.bare_one or len(number_text) == 2
    if number_text not in rules.bare_one:
        return False
    return text.startswith(rules.bare_one_phrases.get(unit_word, ()) + rules.per_one_before, end)


def _shared_unit_after(text: str, end: int, counter: str | None, rules: FigureRules) -> UnitRule | None:
    """The unit a count of `counter` shares with the number listed after it (0.5个和1.2个百分点), or None."""
    listed = LISTED_DECIMAL_AFTER.match(text, end)
    if listed is None or counter is None:
        return None
    word = next((w for w in rules.chinese_unit_words if text.startswith(counter + w, listed.end())), None)
    if word is None:
        return None
    return rules.units.get("zh:" + counter + word) or rules.units.get("zh:" + word)


def _one_in(text: str, number_start: int, end: int, whole: float, rules: FigureRules) -> Figure | None:
    """A proportion written "one in five firms", "about 7 in 10 people": percent, or None."""
    found = ONE_IN.search(text, max(0, number_start - 24), number_start)
    part = parse_number(found.group(1)) if found else None
    if found is None or part is None or not 0 < part < whole:
        return None
    start = found.start(1)
    word = _english_qualifier_ending_at(text, start, rules)
    qualifier = rules.qualifier_before[word.lower()] if word else None
    if word:
        start -= len(text[:start]) - len(text[:start].rstrip()) + len(word)
    fields = _fields(100 * part / whole, rules.percent_unit, qualifier, None)
    return Figure(start, end, rules.proportion_rule_id, fields)


def _inside_numeral_idiom(match: Found, text: str, start: int, end: int, rules: FigureRules) -> bool:
    """True for a lone numeral and one-character word paired with another such pair (三番五次, 三天两头)."""
    groups = match.groupdict()
    unit_word = groups.get("unit") or ""
    if (
        len(unit_word) != 1
        or groups["num"] not in IDIOM_NUMERALS
        or start != match.start("num")
        or end != match.end("unit")
        or any(groups.get(name) for name in ("num2", "mult", "cur", "in1"))
    ):
        return False
    # a tenths word (成, 折) may be followed by its hundredths or a count (三成五, 三成|五家): no pair
    if (
        _lone_numeral_pair(text, start - 2)
        and text[start - 1] not in rules.tenths_words
        and text[start - 2 : start] not in rules.adverbs_of_one  # 一连|四天: an adverb, no pair
        and (start < 3 or not _numeral_character(text[start - 3]))
    ):
        return True  # 三番|五次, 五花|八门
    if not _lone_numeral_pair(text, end) or _numeral_character(text[end + 2 : end + 3]):
        return False
    if unit_word in rules.tenths_words:
        # a discount takes no hundredths after it (七五折), so a pair after it is the idiom's
        # (七折|八扣); after 成 a digit is hundredths (三成五)
        return unit_word == rules.discount_word and not any(
            text.startswith(word, end + 1) for word in rules.chinese_unit_words
        )
    # 三天|两头 (but 两年|三个月: the pair after is a duration of its own)
    return not any(text.startswith(word, end + 1) for word in rules.chinese_unit_words if len(word) > 1)


def _lone_numeral_pair(text: str, at: int) -> bool:
    """True when text[at] is a numeral and text[at + 1] a Chinese character that is none."""
    if at < 0 or at + 2 > len(text):
        return False
    return (
        text[at] in IDIOM_NUMERALS
        and HAN_CHARACTER.match(text, at + 1) is not None
        and (not _numeral_character(text[at + 1]))
    )


def _numeral_character(character: str) -> bool:
    return bool(character) and (character.isdigit() or character in IDIOM_NUMERALS or character in "零〇点")


def _within_word(text: str, end: int, rules: FigureRules) -> str:
    """The word after a duration that makes it a limit (内 of 3年内), or ''."""
    for word in rules.duration_within_words:
        if text.startswith(word, end) and not text.startswith(
            rules.duration_within_not_before, end + len(word)
        ):
            return word
    return ""


def _doubtful_local_amount(
    match: Found, unit_rule: UnitRule | None, unit_word: str | None, english: bool, rules: FigureRules
) -> str:
    """Why a local yuan amount may be no money (a lone digit before 元, a measure word), or ''."""
    groups = match.groupdict()
    if english or unit_rule is None or unit_rule.local != "yuan" or groups["cur"] or not unit_word:
        return ""
    if unit_word in rules.evidence_counts:
        return DOUBT_MEASURE_WORD
    if (
        groups["num"] in rules.evidence_numerals
        and not groups["num2"]
        and not groups["mult"]
        and not (groups.get("tail") and match.start("tail") == match.end("unit"))
    ):
        return DOUBT_LONE_DIGIT
    return ""


def _money_evidence(
    match: Found, text: str, start: int, end: int, doubt: str, qualifier: str | None, rules: FigureRules
) -> bool:
    """True when the context of a doubtful local amount shows money (票价三元, 每斤五块, 三元钱)."""
    groups = match.groupdict()
    if groups.get("tail") and match.start("tail") == match.end("unit"):
        return True  # 五块三角: subunits
    if text.startswith(rules.evidence_after, end):
        return True
    window = max(0, start - rules.evidence_window)
    if rules.evidence_before is not None and rules.evidence_before.search(text, window, start):
        return True
    if doubt == DOUBT_LONE_DIGIT and qualifier is not None:
        return True  # 约三元, 三元左右
    if not _clause_ends(text, end):
        return False
    if doubt == DOUBT_LONE_DIGIT:
        return True  # 门票三元。
    # a round hundred or more closing a clause is money (几十万块。, 三五百块。), not pieces
    return bool(groups["mult"]) or any(place in groups["num"] for place in PLACE_VALUES)


def _names_counted_things(text: str, start: int, rules: FigureRules) -> bool:
    """True when a noun of things the measure word counts stands right before the amount (光伏板42万块)."""
    pattern = rules.evidence_count_noun
    return (
        pattern is not None and pattern.search(text, max(0, start - rules.evidence_window), start) is not None
    )


def _clause_ends(text: str, end: int) -> bool:
    """True when no word goes on at `end` (the end of the line, punctuation or a space)."""
    following = text[end : end + 1]
    return not following or not (following.isalnum() or following == "_")


def _is_session(match: Found, text: str, rules: FigureRules, unit_word: str | None, end: int) -> bool:
    """A session number (九届三次, 二十届四中全会), a counter starting another word (2022台湾)
    or a number that forms a word with its counter (二次)."""
    if unit_word in rules.session_words and SESSION_NUMBER.match(text, end):
        return True  # 九届 before 三次
    if unit_word and text.startswith(rules.counter_starts_word.get(unit_word, ()), end):
        return True
    if unit_word and match.group("num") in rules.word_numbers.get(unit_word, ()):
        return True  # 二次 (secondary) is a word: a count of times is 两次
    start = match.start("num")
    return start > 0 and text.endswith(rules.session_words, 0, start)  # 三次 after 九届


def _digit_at(text: str, position: int) -> bool:
    """True when an Arabic or a one-character Chinese digit stands at `position`."""
    character = text[position : position + 1]
    return character.isdigit() or character in CHINESE_DIGIT_VALUES


def _per_one(text: str, position: int) -> bool:
    """True when 一 and a word stand at `position`: a price per one thing (十五元一斤, 25元一件)."""
    return text[position : position + 1] == "一" and HAN_CHARACTER.match(text, position + 1) is not None


def _after_spoken_price(text: str, start: int, rules: FigureRules) -> bool:
    """True when a Chinese numeral at `start` follows the 块 or 元 of a spoken price (一块五一张)."""
    if (
        start < 2
        or text[start] not in SPOKEN_TENTHS_DIGITS
        or text[start - 1] not in rules.spoken_tenths_after
    ):
        return False
    return text[start - 2] in SPOKEN_TENTHS_DIGITS or text[start - 2].isdigit()


SPOKEN_TENTHS_DIGITS = "一二两三四五六七八九十"
# A month's name and a space right before a number (March 31 200): its first group is a day.
DAY_AFTER_MONTH = re.compile(r"\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s$")


def _is_place_name(match: Found, text: str, rules: FigureRules, counter: str | None, end: int) -> bool:
    """True when a lone Chinese digit, its measure word and the character after them are a place name.

    三门峡, 七台河, 五道口: the character after the measure word is a
    landform or a settlement that this measure word never counts (rivers are
    counted with 条, not 台); 五棵松附近, 三里屯一带: a locative word follows the
    one-character noun.
    """
    groups = match.groupdict()
    if not counter or groups["mult"] or groups.get("pre") or groups.get("in1"):
        return False
    if groups["num"] not in rules.place_name_digits or end >= len(text):
        return False
    noun = text[end]
    if noun in rules.place_name_features:
        # 三门峡 is a place; 三个区县 counts districts and counties
        return counter not in rules.place_name_feature_counters
    if HAN_CHARACTER.match(noun) is None:
        return False
    locative = next((word for word in rules.place_name_locatives if text.startswith(word, end + 1)), None)
    # 三个城市, 八座车站: a general measure word counts a noun made with a one-character locative
    return locative is not None and not (len(locative) == 1 and counter in rules.place_name_general_counters)


def _is_brand_name(match: Found, text: str, rules: FigureRules, counter: str | None, end: int) -> bool:
    """True when a lone digit, a measure word for animals or things and a noun name a company (三只松鼠营收).

    The name is told by a word of a company's business (营收, 股价, 集团)
    within `reach` characters after the measure word, with no punctuation
    between: 三只大熊猫抵达成都 still counts pandas.
    """
    if counter not in rules.brand_counters or not rules.brand_words:
        return False
    groups = match.groupdict()
    if groups["mult"] or groups.get("pre") or groups.get("in1"):
        return False
    if groups["num"] not in rules.place_name_digits:
        return False
    after = text[end : end + rules.brand_reach + max(map(len, rules.brand_words))]
    for index, character in enumerate(after):
        if HAN_CHARACTER.match(character) is None:
            return False
        if index and index <= rules.brand_reach and after.startswith(rules.brand_words, index):
            return True
    return False


def written_as_code(text: str, start: int, end: int, rules: FigureRules) -> bool:
    """Whether `text[start:end]` may stand for the currency code the rules write in capitals.

    A code is written in capitals (TRY 5 million) or, as the financial press
    writes the renminbi, a capital then small letters glued to the number
    (Rmb300 million), or spaced from it inside a sentence (cost Rmb 30
    million; a sentence's first word is capitalised anyway: "Try 5 samples");
    in small letters it is an ordinary word (we try 5 times, 5 try). Words
    the rules do not write as codes always may.
    """
    written = text[start:end]
    if written.lower() not in rules.capital_codes or written.isupper():
        return True
    if not (written[:1].isupper() and written[1:].islower()):
        return False
    if text[end : end + 1].isdigit():
        return True
    opens_sentence = not text[:start].strip() or text[:start].rstrip()[-1:] in ".!?。！？"
    return text[end : end + 2].lstrip(" ")[:1].isdigit() and not opens_sentence


def _currency_ending_at(text: str, start: int, rules: FigureRules) -> str | None:
    """The longest word for a named (not local) currency that ends right before `start`, or None."""
    before = text[max(0, start - CURRENCY_WORD_REACH) : start]
    found = [
        word
        for word, rule in rules.currency_prefixes.items()
        if not rule.local and before.lower().endswith(word)
    ]
    return before[len(before) - max(map(len, found)) :] if found else None


def _compound_lead(
    match: Found, text: str, rules: FigureRules, low: float, high: float | None
) -> tuple[int, float] | None:
    """(start, value) of the larger part written in front of a number (3亿 of 3亿5000万元).

    A 万 in front of a number of 亿 (4万2,186亿) is the 万亿 split by it.

    Only right in front of the number (a space may stand between), with no lead
    word between them, and only when the number is smaller than that part's unit.
    """
    groups = match.groupdict()
    if high is not None or groups.get("pre") or groups.get("cur") or groups.get("neg") or low <= 0:
        return None
    number_start = match.start("num")
    if text[max(0, number_start - 2) : number_start].rstrip()[-1:] not in rules.chinese_multiplier_characters:
        return None  # cheap test first: no multiplier right in front
    window = text[max(0, number_start - COMPOUND_WINDOW) : number_start]
    lead = rules.compound_lead.search(window)
    if lead is None:
        return None
    factor = rules.multipliers[lead.group("mult")]
    own = rules.multipliers.get(groups.get("mult") or "")
    if factor == WAN and own is not None and YI <= own < WAN * YI:
        factor = WAN * YI  # 4万2,186亿, 4万3千亿: a split 万亿, 4万亿 and 2186亿
    if low >= factor:
        return None
    value = parse_number(lead.group("lead"))
    if value is None:
        return None
    return number_start - len(window) + lead.start(), times(value, factor)


def _scale_fraction(number_text: str, text: str, number_start: int) -> tuple[int, float | None] | None:
    """(start, part) of a fraction written before a bare scale word (the half a of half a million).

    The part is None when a whole number stands before "and a half" but does not read as one.
    """
    if number_text.lower() not in ENGLISH_SCALES:
        return None
    found = SCALE_FRACTION.search(text[max(0, number_start - SCALE_FRACTION_WINDOW) : number_start])
    if found is None:
        return None
    start = number_start - (len(found.string) - found.start())
    if found.group("numerator"):
        numerator = found.group("numerator").lower()
        denominator = FRACTION_DENOMINATORS[found.group("denominator").lower()]
        return start, (1 if numerator in ("a", "an") else ENGLISH_UNITS[numerator]) / denominator
    whole = found.group("whole")
    if whole is None:
        return start, 0.5
    if WORD_OF_A_NUMBER_BEFORE.search(found.string, 0, found.start()):
        return start, None  # two hundred and thirty-four and a half: more number than we read
    value = parse_number(whole)
    return start, (None if value is None or value <= 0 else value + 0.5)


def _english_qualifier_ending_at(text: str, start: int, rules: FigureRules) -> str:
    """The longest English qualifier word that ends right before `start` (a space between), or ''."""
    before = text[max(0, start - rules.fraction_qualifier_reach) : start].rstrip()
    lowered = before.lower()
    best = ""
    for word in rules.qualifier_before:
        if (
            len(word) > len(best)
            and _has_latin_letter(word)
            and lowered.endswith(word)
            and not lowered[len(lowered) - len(word) - 1 : len(lowered) - len(word)].isalpha()
        ):
            best = before[len(before) - len(word) :]
    return best


def _chinese_qualifier_starting_at(text: str, end: int, rules: FigureRules) -> str:
    """The longest Chinese qualifier word written right after `end` (以上 of 三分之二以上), or ''."""
    best = ""
    for word in rules.qualifier_after:
        if len(word) > len(best) and not _has_latin_letter(word) and text.startswith(word, end):
            best = word
    return best


def _has_latin_letter(word: str) -> bool:
    return any("a" <= character.lower() <= "z" for character in word)


def qualifier_ending_at(text: str, start: int, rules: FigureRules) -> str:
    """The longest Chinese qualifier word that ends right at `start` (约 of 约3亿5000万元), or ''."""
    found = ""
    for word in rules.qualifier_before:
        if len(word) > len(found) and not word.isascii() and text.endswith(word, 0, start):
            found = word
    return found


def _stacked_bound(text: str, start: int, rules: FigureRules) -> str:
    """A Chinese bound written right before the qualifier at `start` (最高 of 最高约7万人次), or ''.

    Of two qualifiers the first written counts; only a bound (not `approx`)
    stands there, since a word ending in 近 or 约 (最近, 签约) is seldom one.
    """
    word = qualifier_ending_at(text, start, rules)
    if not word or rules.qualifier_before[word] == APPROX or ends_another_word(text, start, rules):
        return ""
    return word


def _is_bare_power(groups: dict) -> bool:
    """True for a number that is a place value alone (百 of 近百家, 万 of 上万人)."""
    return not groups.get("num2") and not groups.get("cur") and groups["num"][:1] in BARE_PLACE_VALUES


def _vague_tens_word(match: Found, text: str, rules: FigureRules) -> str:
    """The word in front of a bare place value that makes it vague (几 of 几十万, 数 of 数百), or ''."""
    groups = match.groupdict()
    if groups.get("num2") or groups.get("cur") or not POWER_OF_TEN.fullmatch(groups["num"]):
        return ""
    start = match.start("num")
    for word in rules.vague_tens_before:
        if text.endswith(word, 0, start):
            return word
    return ""


def _is_offset(text: str, end: int, rules: FigureRules, english: bool) -> bool:
    """True when an offset word follows a duration (3天前, 两年以后, two years ago)."""
    following = text[end:].lstrip() if english else text[end:]
    for word in rules.offset_words:
        if following.startswith(word):
            rest = following[len(word) :]
            if english and rest[:1].isalpha():
                continue
            if not rest.startswith(rules.offset_not_followed_by):
                return True
    return False


def _is_reporting_period(match: Found, text: str, end: int, rules: FigureRules, english: bool) -> bool:
    """True when a length of time is the span of a reporting period ending on a date.

    Chinese writes the end date first (截至6月30日止六个月), English the end
    after the length (the three months to June, the six months ended March).
    """
    unit_word = match.group("unit") or ""
    if unit_word.lower() not in rules.period_units:
        return False
    if english:
        return rules.period_end_en is not None and rules.period_end_en.match(text, end) is not None
    start = match.start("pre") if match.groupdict().get("pre") else match.start("num")
    return text.endswith(rules.period_before, 0, start)


def _unit_of(
    match: Found, text: str, rules: FigureRules, english: bool
) -> tuple[UnitRule | None, str, str, str | None, int] | None:
    """(unit rule, unit, rule id, counter, span end) of a match, or None when it has no unit."""
    groups = match.groupdict()
    unit_word = groups["unit"]
    language = "en:" if english else "zh:"
    unit_rule = (
        rules.units.get(language + (unit_word.lower() if english else unit_word)) if unit_word else None
    )
    currency = rules.currency_prefixes.get(groups["cur"].lower()) if groups["cur"] else None
    if currency is not None and not written_as_code(text, match.start("cur"), match.end("cur"), rules):
        return None  # "we try 5 times": a code in small letters is a word
    if (
        english
        and unit_rule is not None
        and not written_as_code(text, match.start("unit"), match.end("unit"), rules)
    ):
        return None  # "5 try": the same after the number
    if currency is not None and rules.other_dollar.search(
        text[max(0, match.start("cur") - OTHER_DOLLAR_WINDOW) : match.start("cur")]
    ):
        return None  # C$, AU$: a dollar outside the vocabulary
    if (
        currency is not None
        and currency.rule_id in rules.minor_currency_rules
        and (unit_rule is None or unit_rule.rule_id not in rules.minor_currency_rules)
    ):
        return None  # HK12 cents: a prefix of a minor unit names the currency only before that unit
    counter = None
    end = match.end("unit") if unit_word else None
    if unit_word and groups.get("cb"):
        end = match.end("cb")
    if english and unit_rule is None and groups.get("words") and currency is None:
        head = _english_head(match, text, rules)
        if head is not None:
            counter, end = head
            unit_rule = UnitRule(rules.english_count_rule_id, rules.count_unit, counter=True)
    if unit_rule is None and currency is None:
        return None
    if (
        currency is None
        and unit_rule.unit not in rules.currency_units
        and _money_scaled(match, rules)
        and not (unit_word and len(unit_word) > 2)
    ):
        return None  # 5m, 10k: a scale letter of money without any currency (3m tonnes is a measure)
    if currency is not None and unit_rule is not None and unit_rule.unit not in rules.currency_units:
        # a currency sign never makes a measure or a count: the amount is money, without that word
        unit_rule, end = None, None
    if end is None:
        end = max(match.end(name) for name in ("num", "mult", "num2", "mult2", "in1") if groups.get(name))
    if unit_rule is None or (currency is not None and unit_rule.local):
        return unit_rule, currency.unit, currency.rule_id, None, end
    if unit_rule.counter:
        counter = counter or unit_word
    if unit_rule.local == "yuan" and not english:
        named = rules.chinese_currency_after.match(text, end)
        if named is not None:
            unit_rule = rules.units["zh:" + named.group()]
            end = named.end()
    return unit_rule, unit_rule.unit, unit_rule.rule_id, counter, end


def _is_rank_or_word(match: Found, text: str, rules: FigureRules, unit_rule: UnitRule | None) -> bool:
    """A rank (前十位, 前3名), first months (首5个月) or a lone financial digit of a word (陆家嘴)."""
    groups = match.groupdict()
    if groups["num"] in rules.lone_digits and not groups["num2"]:
        return True
    start = match.start("num")
    if start >= 2 and text[start - 2].isdigit() and text.endswith(rules.time_separators, 0, start):
        return True  # the minutes of a time (15:38)
    if unit_rule is None and text.startswith(rules.ratio_words, match.end("num")):
        return True  # a term of a ratio or an exchange rate (1比30.6)
    if groups.get("unit") in rules.first_month_units and _first_months(text, start, rules):
        return True  # 首5个月, 今年前5个月: the first months of a year, a date
    if groups["unit"] in rules.weekday_counters and groups["num"] in rules.weekday_numbers:
        week = next((word for word in rules.weekday_before if text.endswith(word, 0, start)), None)
        if week is not None and not _numeral_at(text, start - len(week) - 1):
            return True  # 周三起: from Wednesday, not three cases (三起事故; 一周三起 is a count)
    if unit_rule is not None and unit_rule.counter and groups["unit"] in rules.rank_counters:
        before = match.start("pre") if groups.get("pre") else match.start("num")
        return text.endswith(rules.rank_before, 0, before)
    if unit_rule is not None and unit_rule.counter and not groups.get("pre"):
        # 前5家企业, 前两轮竞标: the first or top few of a ranking or a series (目前5家 is a count)
        return text.endswith(rules.first_count_before, 0, start) and not text.endswith(
            rules.first_count_not_in_words, 0, start
        )
    return False


def _first_months(text: str, start: int, rules: FigureRules) -> bool:
    """True when the months counted from `start` are the first months of a year (首5个月, 今年前5个月)."""
    if text.endswith(rules.first_month_before, 0, start):
        return True
    word = next((word for word in rules.first_month_year_before if text.endswith(word, 0, start)), None)
    if word is None:
        return False
    before = text[: start - len(word)].rstrip()
    if not before or before.endswith(rules.first_month_year_words) or not before[-1].isalnum():
        return True
    # mid-clause (吞吐量前8个月增长6%) too, unless 前 ends a word (提前5个月: ahead by five months)
    return bool(rules.first_month_not_in_words) and not text.endswith(
        rules.first_month_not_in_words, 0, start
    )


def _measure_word_left_first(match: Found, text: str, rules: FigureRules) -> bool:
    """True when a guarded duration word (个月) was read as its measure word alone (约2万个月租车位)."""
    word = match.groupdict().get("unit")
    return bool(
        word
        and rules.measure_word_first_rule_id
        and word not in rules.measure_word_first_words
        and text.startswith(rules.measure_word_first_words, match.start("unit"))
    )


def _money_scaled(match: Found, rules: FigureRules) -> bool:
    """True when a multiplier of the match is a scale letter that only money takes (m, k, MM)."""
    groups = match.groupdict()
    return any(groups.get(name) in rules.money_multipliers for name in ("mult", "mult2"))


# Marks that end a clause: a word of context before one of them is of another clause.
CLAUSE_BREAK = re.compile(r"[。；;，,！？!?]")


def _unit_allowed(match: Found, text: str, rules: FigureRules, unit_rule: UnitRule) -> bool:
    """Context conditions of a unit word: 平 needs 万 (度: 万 or 亿), 期 needs 分 before the number."""
    groups = match.groupdict()
    multiplier = unit_rule.needs_multiplier
    if multiplier == ANY_MULTIPLIER:
        last_word = groups["num"].split()[-1].lower() if groups["num"].split() else ""
        if not groups["mult"] and last_word not in rules.multipliers:
            return False  # million pounds, but not 5 pounds
    elif multiplier and not any(
        groups["mult"] == word or groups["num"].endswith(word) for word in multiplier.split("|")
    ):
        return False
    elif multiplier and text[match.start("unit") - 1 : match.start("unit")].isspace():
        # a noun counted right after 万 or 亿 only: in 86億 游客回升 a headline's space ends the clause
        return False
    if unit_rule.not_before and text.startswith(unit_rule.not_before, match.end("unit")):
        return False
    if unit_rule.needs_after and not text.startswith(unit_rule.needs_after, match.end("unit")):
        return False
    if unit_rule.needs_digits and not (groups.get("mult") or any(char.isdigit() for char in groups["num"])):
        return False
    if unit_rule.not_after:
        before = match.start("pre") if groups.get("pre") else match.start("num")
        width = 1 + max(len(word) for word in unit_rule.not_after)
        if text[max(0, before - width) : before].rstrip(" ").endswith(unit_rule.not_after):
            return False
    if unit_rule.needs_context:
        before = match.start("pre") if groups.get("pre") else match.start("num")
        clause = CLAUSE_BREAK.split(text[max(0, before - unit_rule.context_reach) : before])[-1]
        if not any(word in clause for word in unit_rule.needs_context) and not (
            unit_rule.context_after and text.startswith(unit_rule.context_after, match.end("unit"))
        ):
            return False
    if unit_rule.needs_before and groups["num"] not in unit_rule.or_numbers:
        before = match.start("pre") if groups.get("pre") else match.start("num")
        if not text.endswith(unit_rule.needs_before, 0, before) and not _changed_since(
            text, before, unit_rule
        ):
            return False
    return not (groups.get("unit1") and groups["unit1"] != groups["unit"])


def _separated_qualifier_before(text: str, start: int, rules: FigureRules) -> str | None:
    """The qualifier separated from the number by a verb (约需, 约占, 至少完成) before `start`, if any."""
    lead = rules.chinese_lead.match(text[start - 1 :: -1] if start else "")
    if lead is None or not lead.group("sepq"):
        return None
    if ends_another_word(text, start - lead.start("sepq"), rules):
        return None
    return rules.separated_qualifier_of(lead.group("sepq")[::-1])


def ends_another_word(text: str, end: int, rules: FigureRules) -> bool:
    """True when the qualifier word ending at `end` is the end of another word (签约, 节约; not 持续约)."""
    return text.endswith(rules.qualifier_not_in_words, 0, end) and not text.endswith(
        rules.qualifier_kept_in_words, 0, end
    )


def _changed_since(text: str, before: int, unit_rule: UnitRule) -> bool:
    """True when a verb of `or_after_verbs` ends at `before`, after a word of `needs_before` in its sentence.

    得分较上月增加2分, 得分为92分,较上年提高5分: the score word names what the
    points after the verb count.
    """
    verb = next((verb for verb in unit_rule.or_after_verbs if text.endswith(verb, 0, before)), None)
    if verb is None:
        return False
    sentence = SENTENCE_BREAK.split(text[: before - len(verb)])[-1]
    return any(word in sentence for word in unit_rule.needs_before)


def change_and_level(text: str, start: int, low: float, high: float, unit: str, rules: FigureRules) -> bool:
    """True when a pair of amounts starting at `start` is a change and the level it reached, not a range.

    A verb of change stands right before the first (下跌2.5元至30元, fell 2.5
    yuan to 30 yuan, 增加8亿元至20亿元). For a rate (a unit of
    `change_ratio_units`) the second must also be more than `change_ratio`
    times the first: a forecast's range of a rate is narrow (增长5%至6%).
    So is the forecast range of any amount: after a word of `forecast_words`
    in the clause (预计净利润增长2亿元至3亿元) the pair is the range of the
    change unless the second is over `change_ratio` times the first.
    """
    rate = unit in rules.range_change_ratio_units or _in_a_forecast(text, start, rules)
    ratio = rules.range_change_ratio if rate else 1.0
    if low <= 0 or high <= low * ratio:
        return False
    before = text[max(0, start - CHANGE_VERB_WINDOW) : start].rstrip()
    qualifier = next((word for word in rules.qualifier_before if before.endswith(word)), None)
    if qualifier is not None and HAN_CHARACTER.match(qualifier):
        before = before[: -len(qualifier)].rstrip()  # 减少约4000人至11万人: the verb stands before 约
    words = before.lower().split()
    chinese = tuple(verb for verb in rules.range_change_verbs if HAN_CHARACTER.match(verb))
    return before.endswith(chinese) or bool(words and words[-1] in rules.range_change_verbs)


def _in_a_forecast(text: str, start: int, rules: FigureRules) -> bool:
    """True when a word of forecasting stands before `start` in its clause (预计, expected)."""
    if not rules.range_forecast_words:
        return False
    clause = CLAUSE_BREAK.split(text[max(0, start - FORECAST_WINDOW) : start])[-1].lower()
    return any(word in clause for word in rules.range_forecast_words)


def _prefixed_subunit(match: Found, text: str, end: int, rules: FigureRules) -> tuple[str, float] | None:
    """(word, value) of a subunit after a number in digits with a currency word before it (人民币21.6分)."""
    groups = match.groupdict()
    if not groups["cur"] or groups["mult"] or not groups["num"][:1].isdigit() or match.end("num") != end:
        return None
    word = next((word for word in rules.prefixed_subunit_words if text.startswith(word, end)), None)
    if word is None or text.startswith(rules.prefixed_subunit_not_before, end + len(word)):
        return None
    return word, rules.subunit_values[word]


def _year_then_level(match: Found, text: str, rules: FigureRules) -> bool:
    """True when a range's first end is a bare year after a word of time (in 2027 to 640 million tonnes)."""
    groups = match.groupdict()
    if groups["mult"] or not BARE_ENGLISH_YEAR.fullmatch(groups["num"]):
        return False
    before = text[: match.start("num")].rstrip().lower()
    words = rules.year_before_range_words
    return any(before.endswith(word) and not before[: -len(word)][-1:].isalpha() for word in words)


def _range_values(match: Found, rules: FigureRules) -> tuple[float, float | None] | None:
    """(value or low end, high end or None) of the number(s) in a match."""
    groups = match.groupdict()
    number_text = groups["num"]
    vague = VAGUE_RANGE.match(number_text) if rules.vague_ranges and not groups["num2"] else None
    if vague and not vague.group(3) and groups.get("unit") in rules.tenths_words and groups["unit"] != TENTHS:
        vague = None  # 八五折 is 85 percent (but 三四成 is 30 to 40 percent)
    if vague:
        place = parse_number("一" + vague.group(3)) if vague.group(3) else 1.0
        low, high = parse_number(vague.group(1)), parse_number(vague.group(2))
        if place is None or low is None or high is None or not 0 < high - low <= 2:
            return None
        scale = rules.multipliers[groups["mult"].lower()] if groups["mult"] else 1.0
        return low * place * scale, high * place * scale
    low = _scaled(number_text, groups["mult"], rules)
    if low is None:
        return None
    if not groups["num2"]:
        return low, None
    high = _scaled(groups["num2"], groups["mult2"], rules)
    if high is None:
        return None
    if not groups["mult"]:
        for shared in _shared_multipliers(groups["num2"], groups["mult2"], rules):
            if low * shared <= high:
                low = times(low, shared)  # 两到三万 = 20000..30000, 1-5万 = 10000..50000
                break
    if high <= low:
        return None
    return low, high


def _is_not_a_figure(
    match: Found,
    text: str,
    rules: FigureRules,
    english: bool,
    unit: str,
    unit_word: str | None,
    low: float,
    end: int,
) -> bool:
    """Years of dates (2023年), bare English years, and 成/折 that start other words."""
    groups = match.groupdict()
    number_text = groups["num"]
    if unit_word in rules.date_year_words:
        if _is_year_number(number_text) or (groups["num2"] and _is_year_number(groups["num2"])):
            return True
        if text[end : end + 1] in rules.year_followers:
            return True
        if PARAGRAPH_NUMBER_YEAR.fullmatch(number_text) and not text[: match.start("num")].strip():
            return True
        after_preposition = text.endswith(rules.year_prepositions, 0, match.start("num"))
        if (
            after_preposition
            and not _within_word(text, end, rules)
            and not text.startswith(rules.year_preposition_not_before, end)
        ):
            return True  # 於111年完工: a year; 于3年内, 于5年后: durations
    if number_text.lower() in rules.named_target_numbers and text.endswith(
        rules.named_target_before, 0, match.start("num")
    ):
        return True  # net-zero emissions: the name of a target, not a count of nothing
    if unit == rules.count_unit and LEADING_ZERO.fullmatch(number_text):
        return True  # Seal 06 orders, 07号: a number written with a leading zero labels, it does not count
    if unit_word in rules.model_year_counters and MODEL_YEAR.fullmatch(number_text):
        return True  # 2024款: the model year of a product, not a count of models
    if english and unit == rules.count_unit and BARE_ENGLISH_YEAR.fullmatch(number_text):
        return True  # a bare year (in 2023 ...)
    head = unit_word or groups.get("words") or ""
    if english and head and number_text[:1].isupper() and head[:1].isupper():
        # Five-Year Plan, Twelve Months Gallery, the Two Sessions, the Three Gorges,
        # Nine Dragons Paper: a capitalised number and unit or head noun are part of
        # a name, at the start of a line too
        return True
    if english and number_text[:1].isupper() and not _starts_a_sentence(text, match.start("num")):
        return True  # the Big Four firms, the Group of Seven: a capitalised number word is a name
    if english and (groups.get("num2") or "")[:1].isupper():
        return True  # 7-Eleven: a capitalised number word does not end a range
    if english and unit == rules.count_unit and not groups["mult"] and DECIMAL.fullmatch(number_text):
        return True  # Web 3.0 startups: a count of things has no decimals; a version number has
    model = english and unit == rules.count_unit and number_text[:1].isdigit()
    if model and _after_model_word(match, text, rules):
        return True

    if unit_word in rules.tenths_words:
        two_digits = TWO_DIGITS.fullmatch(number_text) is not None
        too_large = low > rules.tenths_words[unit_word]
        following = text[end : end + 1]
        if following in rules.tenths_after_qualifier and groups.get("pre"):
            following = ""  # 约六成为: a proportion, then 为
        if (too_large and not two_digits) or following in rules.tenths_not_followed_by:
            return True
        before = text[: match.start("num")]
        if before != before.rstrip() and before.rstrip()[-1:].isdigit():
            return True  # 7 2 折: a digit spaced off before it may belong to it; no guess
        if groups.get("tail"):
            return True
    return False


def _starts_a_sentence(text: str, start: int) -> bool:
    """True when `start` opens the line or follows the end of a sentence, a colon or an opening quote."""
    before = text[:start].rstrip()
    return not before or before[-1] in SENTENCE_OPENERS


def _after_model_word(match: Found, text: str, rules: FigureRules) -> bool:
    """True for a number right after a capitalised word that follows a lowercase word or comma.

    Inside a sentence such a word is a name, and the number with it a model
    (Boeing 737 jets, Windows 11 users); a sentence's first word (Another 20
    firms) and the words of `not_model_names` (months) do not count.
    """
    groups = match.groupdict()
    if groups.get("cur") or groups.get("pre") or groups.get("neg") or groups.get("prefix"):
        return False
    start = match.start("num")
    words = TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if words is None or words.end() != start:
        return False
    if CAMEL_CASE.fullmatch(words.group("second")):
        return True  # iPhone 15, eVTOL 20: a word written so is a name, first in a sentence too
    second, first = words.group("second"), words.group("first")
    if not any(character.isupper() for character in second) or second in rules.english_not_model_names:
        return False
    if first is not None and first.replace(",", "").isdigit():
        return True  # 20 Boeing 737 jets: the number before the name is the count, this one the model
    code = MODEL_NUMBER.fullmatch(groups["num"]) is not None
    if not code and second.endswith("s") and _in_title_case(text):
        # a headline capitalises every word, its verbs in the third person too:
        # Park Signs 45 Projects is a count
        return False
    if second.isupper():
        # an acronym (the GBA 9 cities) may be a place; before a code of three
        # digits or more it names a product or a tariff line (RTX 4090, HS 8703)
        return code and len(second) > 1
    if first is None or _starts_a_sentence(text, words.start("second")):
        # a sentence's first word (Another 20 firms) may stand before a count;
        # a name there with a code (Boeing 737 jets) is a model
        return code and second not in rules.english_count_openers
    return first[-1:].islower() or first[-1:] == ","


# A line in title case has at least this many words of four letters or more,
# and this share of them capitalised.
TITLE_CASE_WORDS = 4
TITLE_CASE_SHARE = 0.8
LONG_LATIN_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b|\b[A-Z]{4,}\b")


def _in_title_case(text: str) -> bool:
    """True for an English headline that capitalises its words (Park Signs 45 Projects Worth 2 Billion)."""
    if HAN_CHARACTER.search(text) or text.rstrip().endswith("."):
        return False
    long_words = LONG_LATIN_WORD.findall(text)
    capitals = sum(word[0].isupper() for word in long_words)
    return len(long_words) >= TITLE_CASE_WORDS and capitals >= TITLE_CASE_SHARE * len(long_words)


def _hundredth_after_tenths(text: str, end: int, rules: FigureRules) -> bool:
    """True when one Chinese digit after 成 is its hundredths (三成五, 七成二的), not a count (三成五家)."""
    following = text[end + 1 : end + 2]
    if end < len(text) and text[end] in ARABIC_DIGITS_1_9:
        # 3成8 = 38 percent, as 三成八: one Arabic digit, not the start of a longer number
        longer = following.isdigit() or following in ("%", ".", ",") and text[end + 2 : end + 3].isdigit()
        return not longer and following != "%" and not _counter_at(text, end + 1, rules)
    if text[end : end + 1] not in CHINESE_DIGIT_VALUES:
        return False
    if not following or not HAN_CHARACTER.match(following):
        return True
    if following in CHINESE_DIGITS or following in "十百千万亿点":
        return False
    return not _counter_at(text, end + 1, rules)


def _counter_at(text: str, position: int, rules: FigureRules) -> bool:
    """True when a measure word, a unit word or a tenths word starts at `position` (三成|五家)."""
    words = (*rules.counter_words, *rules.chinese_unit_words, "成", "折")
    return any(text.startswith(word, position) for word in words)


def _subunits_value(tail: str, rules: FigureRules) -> float:
    """Value of the subunits after the local currency's unit (角/毛/分 after 元): 1角1分 = 0.11."""
    value = 0.0
    for amount, word in rules.subunit_amount.findall(tail):
        number = parse_number(amount) or 0.0
        value += number * rules.subunit_values[word]
    return value


def _english_head(match: Found, text: str, rules: FigureRules) -> tuple[str, int] | None:
    """The head noun after an English number and the end offset of the count span.

    A head written in capitals is a name with its number (7 TERRACES, 9 HARBOURS)
    unless the line itself is written in capitals (a headline) or the word is
    one of the counted nouns (TEU).
    """
    head = _head_in_words(match.group("words"), match.start("words"), rules)
    if head is None:
        return None
    noun = head[0]
    in_capitals = len(noun) > 1 and noun.isupper() and noun.lower() not in rules.english_nouns
    if in_capitals and not _in_capitals(text):
        return None
    return head


# The share of capitals among a line's Latin letters from which it is written in capitals.
CAPITALS_SHARE = 0.6


def _in_capitals(text: str) -> bool:
    """True for a line written in capitals: no Chinese, and most of its Latin letters capitals."""
    if HAN_CHARACTER.search(text):
        return False
    letters = [character for character in text if "A" <= character <= "Z" or "a" <= character <= "z"]
    capitals = sum(character.isupper() for character in letters)
    return bool(letters) and capitals >= CAPITALS_SHARE * len(letters)


def _head_in_words(words: str, words_start: int, rules: FigureRules) -> tuple[str, int] | None:
    """The first head noun of `words` (which start at `words_start`) and its end, or None at a stop word.

    A word of `modified_heads` (points) is a head after a modifier that names
    no scale (charging points, but not percentage or bonus points).
    """
    previous = None
    owner = PART_OF_OWNER.match(words)
    if owner is not None and owner.group("owner").lower() in rules.english_part_owners:
        # 4,000 of its trucks: the noun after `of` and the owner is still the one counted
        words_start, words = words_start + owner.end(), words[owner.end() :]
    for word_match in MODEL_OR_WORD.finditer(words):
        if word_match.group("model"):
            if word_match.group("model").endswith("s"):
                return word_match.group(), words_start + word_match.end()  # 16 C919s: the model's planes
            continue  # 21 C919 jets: the model names the counted noun
        word = word_match.group().lower()
        if word in rules.english_joiners:
            continue
        modified = previous and previous not in rules.english_scale_modifiers
        if word in rules.english_modified_heads and modified:
            return word_match.group(), words_start + word_match.end()
        if word in rules.english_stop_words:
            return None
        previous = word
        if word in rules.english_nouns or (
            len(word) > 3 and word.endswith("s") and not rules.not_plural.search(word)
        ):
            return word_match.group(), words_start + word_match.end()
    return None


def read_english(match: Found, text: str, rules: FigureRules) -> Figure | None:
    if match.group("fa"):
        return _read_fraction(match, rules, text)
    return read_main(match, text, rules, english=True)


def read_proportion(match: Found, text: str, rules: FigureRules, english: bool) -> Figure | None:
    """A proportion written as words (近半, 一半以上, a fifth of, two-thirds of), in percent."""
    groups = match.groupdict()
    own = None
    if english:
        denominator = ENGLISH_FRACTION_DENOMINATORS[groups["eden"].lower()]
        numerator_word = groups["enum"]
        before = LAST_LATIN_WORD.search(text[: match.start("enum" if numerator_word else "eden")])
        if before and before.group(1).lower() in rules.proportion_english_not_after:
            return None  # the first half of 2024, the first three quarters of this year: periods
        if numerator_word is None:
            if denominator != 2:
                return None  # a bare "third of" is an ordinal
            numerator = 1.0
        else:
            numerator = 1.0 if numerator_word.lower() in ("a", "an") else parse_number(numerator_word) or 0.0
        if not 0 < numerator < denominator:
            return None
        if OF_A_SCALE_WORD.match(text, match.end("eden")):
            return None  # a third of a million: an amount, read with its scale word or not at all
        value = 100 * numerator / denominator
        number_start = match.start("enum") if numerator_word else match.start("eden")
        end = match.end("eden")
    else:
        value, own = rules.proportion_words[groups["prop"]]
        number_start, end = match.start("prop"), match.end("prop")
        if groups.get("post"):
            end = match.end("post")
    qualifier = _first_qualifier(rules, (rules.qualifier_before, groups.get("pre")))
    qualifier = qualifier or own or _first_qualifier(rules, (rules.qualifier_after, groups.get("post")))
    start = match.start("pre") if groups.get("pre") else number_start
    return Figure(start, end, rules.proportion_rule_id, _fields(value, rules.percent_unit, qualifier))


def read_percent_of(match: re.Match, rules: FigureRules) -> Figure | None:
    """The reversed English percent: "percent of 20" is 20 percent."""
    value = parse_number(match.group("pnum"))
    if value is None or not value > 0:
        return None
    fields = _fields(value, rules.percent_unit, None)
    return Figure(match.start(), match.end(), rules.percent_of_rule_id, fields)


def read_multiple(match: re.Match, text: str, lead: re.Match | None, rules: FigureRules) -> Figure | None:
    """An English multiple (3.5 times, threefold): a count of times, as a number before 倍 is."""
    number = match.group("num") or match.group("glued")
    before = LAST_LATIN_WORD.search(text[: match.start()])
    if before and before.group(1).lower() in ("a", "an") and number.lower() in rules.multipliers:
        return None  # a hundred times, a thousand times: the idiom for "very often"
    value = parse_number(number)
    if value is None or not value > 0:
        return None
    first = _first_multiple(text, match.start(), rules)
    if first is not None:
        low = parse_number(first.group("low"))
        join = first.group("join").lower()
        if join not in rules.multiple_range_joiners:
            return None  # two or three times: a vague count with no bounds stated
        if low is not None and low < value and (join != "and" or first.group("between")):
            fields = _fields(None, rules.count_unit, None, rules.multiple_counter, low, value)
            return Figure(first.start("low"), match.end(), rules.multiple_rule_id, fields)
    start, qualifier = match.start(), None
    if lead is not None and lead.group("pre"):
        qualifier = rules.qualifier_before.get(lead.group("pre")[::-1].lower())
        start = len(text) - lead.end("pre")
    fields = _fields(value, rules.count_unit, qualifier, rules.multiple_counter)
    return Figure(start, match.end(), rules.multiple_rule_id, fields)


def _first_multiple(text: str, start: int, rules: FigureRules) -> re.Match | None:
    """The first number and joiner of a range of multiples ending at `start` (2 to |3 times), if any."""
    if rules.english_multiple_first is None:
        return None
    return rules.english_multiple_first.search(text, max(0, start - 60), start)


def read_half_unit(match: re.Match, rules: FigureRules, english: bool) -> Figure | None:
    """Half a unit (半个百分点 = 0.5 pp, half a tonne = 0.5 t), in the unit's base."""
    unit_word = match.group("unit")
    unit_rule = rules.units.get(("en:" + unit_word.lower()) if english else ("zh:" + unit_word))
    if unit_rule is None:
        return None
    fields = _fields(times(0.5, unit_rule.factor), unit_rule.unit, None)
    return Figure(match.start(), match.end(), rules.half_unit_rule_id, fields)


def read_dozen(match: re.Match, text: str, lead: re.Match | None, rules: FigureRules) -> Figure | None:
    """A dozen or half a dozen before a counted noun (a dozen engineers = 12, half a dozen banks = 6)."""
    head = _head_in_words(match.group("words"), match.start("words"), rules)
    if head is None:
        return None
    noun, end = head
    value = 6.0 if match.group("art").lower().startswith("half") else 12.0
    start, qualifier = match.start(), None
    if lead is not None and lead.group("pre"):
        qualifier = rules.qualifier_before.get(lead.group("pre")[::-1].lower())
        start = len(text) - lead.end("pre")
    fields = _fields(value, rules.count_unit, qualifier, noun)
    return Figure(start, end, rules.english_count_rule_id, fields)


def read_scaled_count(match: re.Match, text: str, lead: re.Match | None, rules: FigureRules) -> Figure | None:
    """An English count with a scale letter (10k users, 2.5m people): number x scale, head noun as counter."""
    value = parse_number(match.group("num"))
    if value is None:
        return None
    head = _head_noun(match.group("words"), rules)
    if head is None:
        return None
    noun, noun_end = head
    start, qualifier = match.start(), None
    if lead is not None and lead.group("pre"):
        qualifier = rules.qualifier_before.get(lead.group("pre")[::-1].lower())
        start = len(text) - lead.end("pre")
    value = times(value, rules.multipliers[match.group("mult").lower()])
    fields = _fields(value, rules.count_unit, qualifier, noun)
    return Figure(start, match.start("words") + noun_end, rules.english_count_rule_id, fields)


def _head_noun(words: str, rules: FigureRules) -> tuple[str, int] | None:
    """The word of `words` when it is a plural or known noun and no unit (people, users), with its end."""
    word_match = LATIN_WORD.search(words)
    if word_match is None:
        return None
    word = word_match.group().lower()
    if word in rules.english_stop_words or "en:" + word in rules.units:
        return None  # 3m tonnes, 5k euros: a unit, read by the unit rules
    plural = len(word) > 3 and word.endswith("s") and not rules.not_plural.search(word)
    if word in rules.english_nouns or plural:
        return word_match.group(), word_match.end()
    return None
