"""Reading Arabic, Chinese and English number strings with parse_number."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.text.numerals import (
    english_number_word_pattern,
    english_trailing_scales,
    parse_arabic_number,
    parse_chinese_numeral,
    parse_english_number,
    parse_number,
    parse_small_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("42", 42),
        ("3,250", 3250),
        ("12.75", 12.75),
        ("０.８", 0.8),
        (".25", 0.25),
        ("-17", -17),
        ("6.02e3", 6020),
        ("3^4", 81),
        ("45k", 45000),
        ("2/8", 0.25),
        ("2 1/4", 2.25),
        ("5 500 000", 5500000),
    ],
)
def test_arabic_numbers_with_separators_decimals_and_suffixes(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("七", 7),
        ("十三", 13),
        ("两百", 200),
        ("三千零八", 3008),
        ("六万二", 62000),
        ("八百八", 880),
        ("一千二百三十万", 12300000),
        ("三亿零五十万", 300500000),
        ("两万万", 200000000),
        ("叁仟柒佰", 3700),
        ("陸拾", 60),
        ("二〇一九", 2019),
        ("五五", 55),
        ("七点二五", 7.25),
        ("负八", -8),
        ("4千零7", 4007),
        ("2.6万", 26000),
        ("9亿3千万", 930000000),
        ("八十余万", 800000),
        ("四分之三", 0.75),
        ("二又五分之一", 2.2),
        ("两打", 24),
        ("3,600万", 36000000),
    ],
)
def test_chinese_and_mixed_numerals(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seven", 7),
        ("Forty-two", 42),
        ("two hundred and five", 205),
        ("six thousand three hundred", 6300),
        ("4 million", 4000000),
        ("1.5 billion", 1500000000),
        ("minus twelve", -12),
        ("three quarters", 0.75),
        ("two over eight", 0.25),
        ("seven and a half", 7.5),
        ("zero point two five", 0.25),
        ("four dozen", 48),
        ("half a million", 500000),
        ("one and a half million", 1500000),
        ("two and a half billion", 2500000000),
        ("one billion and a half million", 1000500000),
    ],
)
def test_english_number_words(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "万", "萬萬", "百济", "hello", "二三十", "12abc", "一看"])
def test_text_that_is_not_one_number_gives_none(text):
    assert parse_number(text) is None


def test_each_reader_can_be_called_directly():
    assert parse_arabic_number("1,024") == 1024
    assert parse_chinese_numeral("九百零九") == 909
    assert parse_english_number("ninety-nine") == 99


@given(st.integers(min_value=0, max_value=10**12))
def test_any_integer_with_thousands_separators_reads_back(number):
    assert parse_number(f"{number:,}") == number


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_written_by_place_value_read_back(number):
    assert parse_number(_to_chinese(number)) == number


def _to_chinese(number: int) -> str:
    """Write an integer below 10^8 in Chinese numerals (the long form, with 零)."""
    digits = "零一二三四五六七八九"
    places = ["", "十", "百", "千"]

    def section(value: int) -> str:
        text, zero = "", False
        for power in (3, 2, 1, 0):
            digit = value // 10**power % 10
            if digit == 0:
                zero = bool(text)
                continue
            if zero:
                text += "零"
                zero = False
            text += digits[digit] + places[power]
        return text

    high, low = divmod(number, 10000)
    if not high:
        return section(low)
    text = section(high) + "万"
    if low:
        text += ("零" if low < 1000 else "") + section(low)
    return text


def test_small_numbers_read_digits_and_numerals_as_dates_write_them():
    texts = (
        "17",
        "十七",
        "二十",
        "廿一",
        "卅",
        "二〇二二",
        "九七",
        "两",
        "三十一",
        " 5 ",
        "X",
        "三百",
        "\u0663",
        "1十",
    )
    assert [parse_small_number(text) for text in texts] == [
        17, 17, 20, 21, 30, 2022, 97, 2, 31, 5, None, None, None, None
    ]  # fmt: skip


def _chinese(value: int) -> str:
    """1-99 in Chinese numerals as dates write them (十七, 二十, 三十一)."""
    digits = "〇一二三四五六七八九"
    tens, units = divmod(value, 10)
    return (digits[tens] if tens > 1 else "") + ("十" if tens else "") + (digits[units] if units else "")


def test_small_numbers_agree_with_their_value_for_every_day_month_and_count():
    for value in range(1, 100):
        assert parse_small_number(_chinese(value)) == value
        assert parse_small_number(str(value)) == value
        assert parse_small_number(f"{value:02d}") == value
    for year in range(1600, 2200):
        assert parse_small_number("".join("〇一二三四五六七八九"[int(digit)] for digit in str(year))) == year


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one point five million", 1.5e6),  # decimals before a scale word
        ("a millionth", 1e-6),
        ("a thirty-first", 1 / 31),  # a compound ordinal as the denominator
        ("three thirty-seconds", 3 / 32),
        ("thirty sixths", 5.0),  # without a numerator first: 30/6
        ("half a dozen", 6.0),
        ("three quarters of a million", 750000.0),
        ("two billion and a half million", 2000500000.0),
        ("四十九兆九千五百九十二亿", 49959200000000.0),
    ],
)
def test_more_number_forms(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("between two and three companies", ["two", "three"]),
        ("five and six plants", ["five", "six"]),
        ("two hundred and five jobs", ["two hundred and five"]),
        ("a thousand and one nights", ["thousand and one"]),
        ("three million and forty tonnes", ["three million and forty"]),
        ("one point five million", ["one point five million"]),
    ],
)
def test_and_joins_number_words_only_after_a_scale_word(text: str, runs: list[str]) -> None:
    pattern = re.compile(english_number_word_pattern(), re.IGNORECASE)
    assert [found.group() for found in pattern.finditer(text)] == runs


@pytest.mark.parametrize(
    ("text", "scales"),
    [
        ("five hundred", [100]),
        ("three Million", [1e6]),
        ("two hundred thousand", [1e5, 1e3]),
        ("twenty-one thousand", [1e3]),
        ("twenty", []),
        ("5,000", []),
        ("million", []),
    ],
)
def test_the_scales_an_english_number_ends_in_are_listed_largest_first(text, scales):
    assert english_trailing_scales(text) == scales


def test_the_simplified_financial_three_reads_as_three():
    # 參 normalises to 参, which the figure patterns accept only among financial numerals
    assert parse_chinese_numeral("参拾万") == 300000
    assert parse_chinese_numeral("壹佰参拾") == 130


@pytest.mark.parametrize(
    ("text", "value"),
    [("一〇〇万", 1000000), ("五○○万", 5000000), ("二○○亿", 20000000000), ("二○○五", 2005)],
)
def test_digit_string_with_a_written_zero_takes_its_multiplier(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["三五万", "两三亿"])
def test_two_digits_before_a_multiplier_stay_a_vague_range(text):
    assert parse_number(text) is None
