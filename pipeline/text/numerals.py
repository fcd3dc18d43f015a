"""Reading numbers written in Arabic digits, Chinese numerals or English words.

`parse_number(text)` turns one number string into a float:

    parse_number("2,300.7亿") == 230070000000.0
    parse_number("一百零一万一千") == 1011000.0
    parse_number("二十五分之一百四十四") == 5.76
    parse_number("thirty-four trillion") == 34000000000000.0

It returns None for text that is not a number. The numeral vocabulary here
(digits, place values, English number words) is fixed language, not an
editable rule; the figure extractor's multipliers and units live in
`rules/figures.yaml`. Used by the figure extractor and the date extractor
(`parse_small_number`: days, months, years and counts).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

from pipeline.text.patterns import HAN, literal_pattern

# Chinese digits, including the financial (大写) forms and traditional 兩/陸.
CHINESE_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
    "几": 0, "幾": 0,  # "一百零几万": the unknown digit counts as zero
}  # fmt: skip
# 參 (a financial three) as the simplified script writes it. It begins common
# words (参加, 参与), so it is no digit of its own: the figure patterns accept
# it only next to other financial numerals (叁拾, 壹佰参拾), and the parser
# reads it as 叁.
FINANCIAL_THREE_SIMPLIFIED = "参"
# Place values inside a section (below 万).
CHINESE_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# Section markers: everything read so far is scaled by them.
CHINESE_BIG_UNITS: dict[str, float] = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
# Words inside a numeral that only make it vague (五百余万, 四百多).
CHINESE_VAGUE_MARKS = "余餘多来來"
CHINESE_NEGATIVE = ("负", "負")
# Shorthands for whole tens, used in dates (廿一日 = the 21st).
CHINESE_TENS_SHORTHANDS: dict[str, str] = {"廿": "二十", "卅": "三十"}
CHINESE_POINT = ("点", "點")

ENGLISH_UNITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
ENGLISH_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
ENGLISH_SCALES: dict[str, float] = {
    "hundred": 100, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9,
    "trillion": 1e12,
}  # fmt: skip
# Suffix letters after Arabic digits: 10k, 1.2b, 2mil, 2,381.6 G.
ARABIC_SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "mil": 1e6, "M": 1e6, "b": 1e9, "bn": 1e9, "B": 1e9, "G": 1e9, "T": 1e12,
}  # fmt: skip
ENGLISH_DOZEN = ("dozen", "dozens")

# Character classes for building patterns elsewhere.
CHINESE_NUMERAL_CHARS = "".join(CHINESE_DIGITS) + "".join(CHINESE_SMALL_UNITS) + "".join(CHINESE_BIG_UNITS)
# An Arabic number: digits with optional thousands separators and decimals.
ARABIC_NUMBER_PATTERN = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
ENGLISH_NUMBER_WORDS = tuple(ENGLISH_UNITS) + tuple(ENGLISH_TENS) + tuple(ENGLISH_SCALES)

_ARABIC = regex.compile(
    r"^(?P<sign>[-+]?)(?P<mantissa>(?:\d{1,3}(?:[, \u202f]\d{3})+|\d+)?(?:\.\d+)?)"
    r"(?:[eE](?P<exponent>[-+]?\d+))?(?:\^(?P<power>[-+]?\d+))?\s*(?P<suffix>[A-Za-z]{0,3})$"
)
_MIXED_FRACTION = regex.compile(r"^(?P<whole>-?\d+)\s+(?P<numerator>\d+)\s*/\s*(?P<denominator>\d+)$")
_FRACTION = regex.compile(r"^(?P<numerator>-?\d+(?:\.\d+)?)\s*/\s*(?P<denominator>\d+(?:\.\d+)?)$")
_TOKEN = regex.compile(r"\d+(?:\.\d+)?|.", regex.DOTALL)
_PLAIN_NUMBER = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-z]")
_LEADING_MINUS_SPACE = re.compile(r"^-\s+")
_DIGIT_SEPARATORS = re.compile(r"[, \u202f]")
_SPACES = re.compile(r"\s+")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
_ENGLISH_TOKEN = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*")


@lru_cache(maxsize=8192)
def parse_number(text: str) -> float | None:
    """Value of one number written in any supported form, or None.

    Accepts Arabic numbers (`1,234.5`, `.5`, `4.07e+9`, `2^5`, `10k`),
    simple fractions (`3/5`, `1 4/3`), Chinese numerals and mixed forms
    (`一千零五`, `壹佰伍拾`, `3亿2万7千5百`, `十五点七`, `负三十二`,
    `三分之一`, `十一又十四分之一`, `五十打`), and English number words
    (`two hundred and forty-three`, `thirty-four trillion`, `3 dozens`).
    Full-width characters and inner spaces are tolerated.
    """
    if _PLAIN_NUMBER.fullmatch(text):
        return float(text.replace(",", ""))
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return None
    if not _looks_arabic(cleaned):
        return parse_chinese_numeral(cleaned)
    value = parse_arabic_number(cleaned) if _DIGIT.search(cleaned) else None
    if value is None and _LATIN.search(cleaned):
        value = parse_english_number(cleaned)
    return value


# A small whole number: ASCII digits, Chinese digits read one by one
# (二〇二二, or 二○二二 with the zero as a circle), or tens and units around
# one 十 (十七, 二十, 三十一).
_SMALL_NUMBER = regex.compile(
    r"[0-9]+|[〇○零一二两三四五六七八九]+|[一二两三四五六七八九]?十[〇○零一二两三四五六七八九]?"
)


@lru_cache(maxsize=4096)
def parse_small_number(text: str) -> int | None:
    """Value of a small whole number as dates write it: a day, a month, a year, a count.

    `"17"` -> 17, `"十七"` -> 17, `"二十"` -> 20, `"廿一"` -> 21, `"二〇二二"` -> 2022;
    None for anything else (`"X"`, `"三百"`, digits of other scripts).
    """
    text = text.strip()
    for shorthand, tens in CHINESE_TENS_SHORTHANDS.items():
        text = text.replace(shorthand, tens)
    if not _SMALL_NUMBER.fullmatch(text):
        return None
    if text.isascii():
        return int(text)
    value = parse_chinese_numeral(text)
    return None if value is None else int(value)


def _looks_arabic(text: str) -> bool:
    return HAN.search(text) is None


def parse_arabic_number(text: str) -> float | None:
    """Value of an Arabic-digit number (separators, decimals, e/^, k/M/b suffixes, a/b)."""
    text = unicodedata.normalize("NFKC", text).strip()
    for pattern in (_MIXED_FRACTION, _FRACTION):
        match = pattern.match(text)
        if match:
            denominator = float(match["denominator"])
            if denominator == 0:
                return None
            value = float(match["numerator"]) / denominator
            if "whole" in match.groupdict():
                whole = float(match["whole"])
                value = whole + value if whole >= 0 else whole - value
            return value
    text = _LEADING_MINUS_SPACE.sub("-", text)
    match = _ARABIC.match(text)
    if not match or not _DIGIT.search(match["mantissa"] or ""):
        return None
    suffix = match["suffix"]
    if suffix and suffix not in ARABIC_SCALE_SUFFIXES:
        return None
    mantissa = _DIGIT_SEPARATORS.sub("", match["mantissa"])
    value = float(mantissa)
    if match["exponent"]:
        value *= 10 ** int(match["exponent"])
    if match["power"]:
        value = value ** int(match["power"])
    if suffix:
        value *= ARABIC_SCALE_SUFFIXES[suffix]
    return -value if match["sign"] == "-" else value


def parse_chinese_numeral(text: str) -> float | None:
    """Value of a Chinese (or mixed Arabic/Chinese) numeral, or None.

    Handles place values and sections (`七亿三千二百零八万零四十六`),
    abbreviated tails (`一万三` = 13000, `九百九` = 990), digit strings
    (`二〇二二` = 2022), decimals with 点, a leading 负, fractions with 分之
    and 又, vague marks (余/多/几) and 打 (a dozen).
    """
    text = _SPACES.sub("", unicodedata.normalize("NFKC", text))
    text = _THOUSANDS_COMMA.sub("", text).replace(FINANCIAL_THREE_SIMPLIFIED, "叁")
    if not text:
        return None
    negative = text.startswith(CHINESE_NEGATIVE)
    if negative:
        text = text[1:]
    if "又" in text:
        whole_text, _, fraction_text = text.partition("又")
        whole, fraction = parse_chinese_numeral(whole_text), parse_chinese_numeral(fraction_text)
        if whole is None or fraction is None or "分之" not in fraction_text:
            return None
        value = whole + fraction
    elif "分之" in text:
        denominator_text, _, numerator_text = text.partition("分之")
        denominator = parse_chinese_numeral(denominator_text)
        numerator = parse_chinese_numeral(numerator_text)
        if not denominator or numerator is None:
            return None
        value = numerator / denominator
    else:
        value = _parse_chinese_integer_and_decimals(text)
        if value is None:
            return None
    return -value if negative else value


def _parse_chinese_integer_and_decimals(text: str) -> float | None:
    integer_text, point, decimal_text = text, "", ""
    for mark in CHINESE_POINT:
        if mark in text:
            integer_text, point, decimal_text = text.partition(mark)
            break
    dozen = integer_text.endswith("打") and not point
    if dozen:
        integer_text = integer_text[:-1]
    value = _parse_chinese_integer(integer_text)
    if value is None:
        return None
    if point:
        digits = []
        for character in decimal_text:
            if character.isdigit():
                digits.append(character)
            elif character in CHINESE_DIGITS:
                digits.append(str(CHINESE_DIGITS[character]))
            else:
                return None
        if not digits:
            return None
        value += float("0." + "".join(digits))
    return value * 12 if dozen else value


def _parse_chinese_integer(text: str) -> float | None:
    """Integer part of a Chinese or mixed numeral; None when it is not one."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    digit_tokens = [token for token in tokens if token not in CHINESE_VAGUE_MARKS]
    scale = 1.0
    if len(digit_tokens) > 2 and digit_tokens[-1] in CHINESE_BIG_UNITS and set("〇○") & set(digit_tokens):
        # a digit string with a written zero scaled by 万 or 亿 (一〇〇万, 五○○亿) is
        # that number scaled; without one (三五万) two digits stay a vague range
        scale = CHINESE_BIG_UNITS[digit_tokens[-1]]
        digit_tokens = digit_tokens[:-1]
    if len(digit_tokens) > 1 and all(
        token in CHINESE_DIGITS and token not in "几幾" for token in digit_tokens
    ):
        # A digit string such as 二〇二二 (read digit by digit).
        return float("".join(str(CHINESE_DIGITS[token]) for token in digit_tokens)) * scale
    total = 0.0  # completed sections (scaled by 万/亿)
    section = 0.0  # the current section below 万
    number: float | None = None  # the last digit read, not yet placed
    last_unit = 0.0  # place value of the unit read last (for 一万三 = 13000)
    after_zero = False
    seen_any = False
    for token in tokens:
        if token in CHINESE_VAGUE_MARKS:
            continue
        seen_any = seen_any or token not in CHINESE_BIG_UNITS  # a lone 万 is not a number
        if token[0].isdigit():
            number = float(token)
            last_unit = last_unit if not after_zero else 0.0
        elif token in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[token]
            if token in "零〇○":
                after_zero = True
                number = None
                last_unit = 0.0
                continue
            if number is not None:
                return None  # 二三十, 三五百: two digits in a row are a vague range, not one number
            number = float(digit)
        elif token in CHINESE_SMALL_UNITS:
            unit = CHINESE_SMALL_UNITS[token]
            section += (number if number is not None else 1.0) * unit
            number = None
            last_unit = unit
            after_zero = False
        elif token in CHINESE_BIG_UNITS:
            unit = CHINESE_BIG_UNITS[token]
            if number is None and section == 0 and total > 0:
                total *= unit  # 万万, 万亿: scale everything read so far
            else:
                section += number or 0.0
                if total and total < unit:
                    total = (total + section) * unit
                else:
                    total += section * unit
            section, number = 0.0, None
            last_unit = unit
            after_zero = False
        else:
            return None
    if not seen_any:
        return None
    if number is not None:
        if last_unit >= 10 and not after_zero and number < 10:
            number *= last_unit / 10  # 一万三, 九百九: the tail digit sits one place lower
        section += number
    return total + section


# Denominators written as ordinals: "four sevenths", "a quarter", "one half".
ENGLISH_FRACTION_DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
    "millionth": 10**6, "millionths": 10**6, "billionth": 10**9, "billionths": 10**9,
    "trillionth": 10**12, "trillionths": 10**12,
    "eleventh": 11, "elevenths": 11, "twelfth": 12, "twelfths": 12, "thirteenth": 13, "thirteenths": 13,
    "fourteenth": 14, "fourteenths": 14, "fifteenth": 15, "fifteenths": 15, "sixteenth": 16,
    "sixteenths": 16, "seventeenth": 17, "seventeenths": 17, "eighteenth": 18, "eighteenths": 18,
    "nineteenth": 19, "nineteenths": 19, "twentieth": 20, "twentieths": 20, "thirtieth": 30,
    "thirtieths": 30, "fortieth": 40, "fortieths": 40, "fiftieth": 50, "fiftieths": 50, "sixtieth": 60,
    "sixtieths": 60, "seventieth": 70, "seventieths": 70, "eightieth": 80, "eightieths": 80,
    "ninetieth": 90, "ninetieths": 90,
}  # fmt: skip
# Ordinal units that end a compound denominator only after a tens word
# (a thirty-first = 1/31, forty-seconds = 1/42); alone they are not fractions.
ENGLISH_COMPOUND_ORDINALS: dict[str, int] = {"first": 1, "firsts": 1, "second": 2, "seconds": 2}


def parse_english_number(text: str) -> float | None:
    """Value of an English number phrase (`twenty-one`, `3 hundred and 21`, `2 million`).

    Also reads simple fractions: `four sevenths`, `a half`, `2 over 7`,
    `two out of nine`, `six and a quarter`, `3 million and a half`.
    """
    lowered = text.lower().strip()
    for sign_word in ("minus ", "negative "):
        if lowered.startswith(sign_word):
            value = parse_english_number(lowered[len(sign_word) :])
            return None if value is None else -value
    for separator in (" over ", " out of "):
        if separator in lowered:
            numerator_text, _, denominator_text = lowered.partition(separator)
            numerator = parse_english_number(numerator_text)
            denominator = parse_english_number(denominator_text)
            if numerator is None or not denominator:
                return None
            return numerator / denominator
    words = _ENGLISH_TOKEN.findall(lowered.replace("-", " "))
    if words in (["half", "a", "dozen"], ["half", "dozen"]):
        return 6.0
    if len(words) >= 3 and words[0] == "half" and words[1] in ("a", "an"):
        part = _parse_english_cardinal(words[2:])  # half a million
        return None if part is None else part / 2
    if len(words) >= 4 and words[-3:-1] == ["of", "a"] and words[-1] in ENGLISH_SCALES:
        part = parse_english_number(" ".join(words[:-3]))  # e.g. three quarters of a million
        return None if part is None else part * ENGLISH_SCALES[words[-1]]
    if words and (words[-1] in ENGLISH_FRACTION_DENOMINATORS or _compound_denominator(words)):
        return _parse_english_fraction(words)
    if len(words) >= 2 and words[-1] in ENGLISH_SCALES and words[-2] in ENGLISH_FRACTION_DENOMINATORS:
        scale = ENGLISH_SCALES[words[-1]]
        head = words[:-1]
        if "and" in head:  # one billion and a half million, one and a half million
            cut = len(head) - 1 - head[::-1].index("and")
            whole, fraction = _parse_english_cardinal(head[:cut]), _parse_english_fraction(head[cut + 1 :])
            if whole is None or fraction is None:
                return None
            return (whole + fraction) * scale if whole < scale else whole + fraction * scale
        fraction = _parse_english_fraction(head)  # "quarter million", "half million"
        return None if fraction is None else fraction * scale
    return _parse_english_cardinal(words)


def _compound_denominator(words: list[str]) -> int | None:
    """The denominator of `a thirty-first`, `one forty-fifth` (a tens word, then an ordinal unit), or None.

    A numerator must come first: `thirty sixths` alone is 30/6.
    """
    if len(words) < 3 or words[-2] not in ENGLISH_TENS:
        return None
    unit = ENGLISH_COMPOUND_ORDINALS.get(words[-1]) or ENGLISH_FRACTION_DENOMINATORS.get(words[-1])
    if unit is None or unit >= 10:
        return None
    return ENGLISH_TENS[words[-2]] + unit


def _parse_english_fraction(words: list[str]) -> float | None:
    """`[whole and] numerator denominator-ordinal`, e.g. six and a quarter, one forty-fifth."""
    compound = _compound_denominator(words)
    if compound:
        denominator, head = compound, words[:-2]
    else:
        denominator, head = ENGLISH_FRACTION_DENOMINATORS[words[-1]], words[:-1]
    whole = 0.0
    if "and" in head:
        cut = len(head) - 1 - head[::-1].index("and")
        whole_value = _parse_english_cardinal(head[:cut])
        if whole_value is None:
            return None
        whole, head = whole_value, head[cut + 1 :]
    if not head or head == ["a"] or head == ["one"] and denominator == 2:
        numerator = 1.0
    else:
        numerator_value = _parse_english_cardinal(head)
        if numerator_value is None:
            return None
        numerator = numerator_value
    if whole and whole >= 1e3 and numerator / denominator < 1:
        # "3 million and a half": the fraction is of the last scale word
        scale = max(scale for scale in ENGLISH_SCALES.values() if whole % scale == 0)
        return whole + scale * numerator / denominator
    return whole + numerator / denominator


def _parse_english_cardinal(words: list[str]) -> float | None:
    """Cardinal value of English number words (already split and lower-cased)."""
    if not words:
        return None
    words = list(words)
    sign = 1.0
    if words[0] in ("minus", "negative"):
        sign, words = -1.0, words[1:]
    total, current, seen = 0.0, 0.0, False
    decimals: list[str] | None = None
    for word in words:
        if decimals is not None and word in ENGLISH_SCALES and decimals:
            # one point five million: the decimals belong to the number the scale multiplies
            current += float("0." + "".join(decimals))
            decimals = None
        if decimals is not None:
            if word in ENGLISH_UNITS and ENGLISH_UNITS[word] < 10:
                decimals.append(str(ENGLISH_UNITS[word]))
                continue
            if word == "eleven":
                decimals.append("11")
                continue
            return None
        if word == "and" or word == "a":
            continue
        if word == "point":
            decimals = []
            continue
        if word[0].isdigit():
            current += float(word.replace(",", ""))
        elif word in ENGLISH_UNITS:
            current += ENGLISH_UNITS[word]
        elif word in ENGLISH_TENS:
            current += ENGLISH_TENS[word]
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in ENGLISH_SCALES:
            scale = ENGLISH_SCALES[word]
            if current == 0 and total > 0:
                total *= scale
            else:
                total += (current or 1.0) * scale
            current = 0.0
        elif word in ENGLISH_DOZEN:
            current = (current or 1.0) * 12
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + current
    if decimals:
        value += float("0." + "".join(decimals))
    return sign * value


@lru_cache(maxsize=1)
def english_number_word() -> str:
    """Regex (no groups, no boundaries) for one English number word: seven, Seven, SEVEN."""
    variants = {form for word in ENGLISH_NUMBER_WORDS for form in (word, word.capitalize(), word.upper())}
    return literal_pattern(variants)


@lru_cache(maxsize=1)
def english_number_word_pattern() -> str:
    """Regex (no groups) for a run of English number words such as `twenty-five thousand`.

    `point` joins a whole part and its digits: `one point five million`;
    `and` joins only after a scale word (`two hundred and five`, `a thousand
    and one`), since between two small numbers it names two of them
    (`between two and three companies`).
    """
    word = english_number_word()
    after_scale = "|".join(
        rf"(?<={form})" for scale in ENGLISH_SCALES for form in (scale, scale.capitalize(), scale.upper())
    )
    return rf"\b{word}(?:(?:(?:{after_scale})\s+and\s+|\s+point\s+|[\s-]+){word})*\b"


def english_trailing_scales(text: str) -> list[float]:
    """The scales the last words of an English number phrase write, largest first.

    `five hundred thousand` gives 100,000 then 1,000; `three million` gives
    1,000,000; a phrase that ends in no scale word (`twenty`, `5,000`) gives
    none. A range whose first end writes no scale may share one of them
    (`four to five hundred` is 400 to 500).
    """
    words = _ENGLISH_TOKEN.findall(text.lower().replace("-", " "))
    scales: list[float] = []
    while words and words[-1] in ENGLISH_SCALES and len(words) > 1:
        scales.append(ENGLISH_SCALES[words.pop()])
    found = []
    product = 1.0
    for scale in scales:
        product *= scale
        found.append(product)
    return found[::-1]
