"""The figure patterns, compiled from the vocabulary of `rules/figures.yaml`.

Figures are found number-first: one `body` pattern per language starts at
the number and reads the multiplier, unit and qualifiers after it; a `lead`
pattern, matched on the reversed line, reads the words in front of the
number; `start` patterns find the positions where a body can match, so the
body is tried only there. `build_patterns(rules)` compiles them all onto the
`FigureRules` it is given; the character classes of numbers live here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import regex

from pipeline.rules.literals import required_literals
from pipeline.rules.pattern_cache import cached_patterns
from pipeline.text.numerals import (
    ARABIC_NUMBER_PATTERN,
    CHINESE_DIGITS,
    ENGLISH_FRACTION_DENOMINATORS,
    ENGLISH_NUMBER_WORDS,
    ENGLISH_SCALES,
    FINANCIAL_THREE_SIMPLIFIED,
    english_number_word,
    english_number_word_pattern,
)
from pipeline.text.patterns import HAN, literal_pattern

if TYPE_CHECKING:
    from pipeline.extractors.figures.rules import FigureRules

# Chinese numeral: must start with a digit or 十 (not with 百/千/万, which
# start words such as 百济, 千家万户, nor with 拾 as in 拾起), may contain place
# values and a 点 decimal. Inside it a circle is a zero, as Hong Kong releases
# write years (二○○五年 is a year, not 五年 after two circles).
_CHINESE_DIGIT_CHARS = "".join(ch for ch in CHINESE_DIGITS if ch not in "零〇○几幾")
# A 兆 that ends the number is read as a multiplier (1.2兆元), where the
# rules can tell it from the prefix mega- (兆瓦); inside it is a place value
# (四十九兆九千億).
# A numeral is at most this long: no real amount needs more characters
# (九千九百九十九万九千九百九十九亿 has 16), and a bound keeps a line that is one
# long run of numeral characters linear to scan instead of quadratic.
MAX_NUMERAL_CHARACTERS = 24
# 参 (參 in simplified script) is a financial three only next to other financial
# numerals: before a financial place value (参拾, 参佰万) or after a financial
# numeral character (壹佰参拾); alone it begins common words (参加, 参与), and
# after 人, 海, 党 or 丹 it ends the name of a root (人参拾元 is ginseng at ten).
_FINANCIAL_THREE = (
    rf"(?<![人海党丹]){FINANCIAL_THREE_SIMPLIFIED}(?=[拾佰仟万萬亿億])"
    rf"|(?<=[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]){FINANCIAL_THREE_SIMPLIFIED}"
)
# A Chinese numeral below ten thousand before a multiplier of a bare count (三百万, 一千二百万).
BARE_CHINESE_NUMERAL = "[一二两三四五六七八九十][零一二两三四五六七八九十百千]{0,6}"
CHINESE_NUMERAL_PATTERN = (
    # a decimal below one opens with 零 (零点五个百分点 is 0.5, not 五)
    rf"(?:[零〇]点[{_CHINESE_DIGIT_CHARS}零〇]{{1,{MAX_NUMERAL_CHARACTERS}}}|"
    rf"(?:[{_CHINESE_DIGIT_CHARS}十]|{_FINANCIAL_THREE})"
    rf"(?:[{_CHINESE_DIGIT_CHARS}零〇○十拾百佰千仟万萬亿億]|{_FINANCIAL_THREE}|兆(?=[{_CHINESE_DIGIT_CHARS}零〇]))"
    rf"{{0,{MAX_NUMERAL_CHARACTERS}}}"
    rf"(?:点[{_CHINESE_DIGIT_CHARS}零〇]{{1,{MAX_NUMERAL_CHARACTERS}}})?)"
)
# Every Chinese figure pattern starts at one of these characters.
CHINESE_FIRST_CHARACTERS = "0-9" + _CHINESE_DIGIT_CHARS + "十百佰千万亿兆仟零〇" + FINANCIAL_THREE_SIMPLIFIED
# Every character a number of ARABIC_NUMBER_PATTERN or CHINESE_NUMERAL_PATTERN
# can contain (as a regex character class body).
NUMBER_CHARACTERS = (
    r"\d,." + _CHINESE_DIGIT_CHARS + "零〇○十拾百佰千仟万萬亿億兆点" + FINANCIAL_THREE_SIMPLIFIED
)
# A number starts a token: no ASCII letter, digit or dot right before it, and no
# "letters-" either (G6, TOP20, H50, XJ-220 are names); nor four digits right after
# "digit," (2,5851: a misplaced thousands separator, not a list; its tail is no number).
NUMBER_START = r"(?<![A-Za-z0-9.])(?<![A-Za-z0-9]-)(?!(?<=\d,)\d{4})"
# An Arabic number as figures read it: besides commas, a space or a narrow
# no-break space may group thousands (12 000 staff, 3 500 万元), when every
# group after the first has three digits and no digit follows the last one;
# not when the last begins a hyphenated word (3 100-ton ships).
FIGURE_ARABIC_NUMBER = (
    rf"(?:\d{{1,3}}(?:[ \u202f]\d{{3}})+(?:\.\d+)?(?![\d,]|-[A-Za-z])|{ARABIC_NUMBER_PATTERN})"
)
PUNCTUATION = ',.;:!?、。;:!?()"“”‘’《》'
URL_PATTERN = r"(?:https?://|www\.)[^\s\p{Han}]+"
# Every match of URL_PATTERN contains one of these.
URL_MARKS = ("http", "www.")
# an address runs to the end of its sentence or to a comma before Chinese text
# (a comma between English address parts does not end it)
ADDRESS_BODY = r"[^。;；!?！？,，]+(?:,(?![\u4e00-\u9fff])[^。;；!?！？,，]+)*"
# Characters before a currency sign that may say it is another dollar (C$, AU$).
OTHER_DOLLAR_WINDOW = 4
# Digits that count a subunit of the local currency (3角, 五分); 两 counts only the largest (两毛).
SUBUNIT_DIGITS = "0-9一二三四五六七八九"
# How far in front of a number the larger part of a compound amount is looked for (3亿 of 3亿5000万).
COMPOUND_WINDOW = 16
# What may follow the hyphen of `unit_hyphen` (40 million euros-50 million euros, 5 tons-$3).
AMOUNT_AFTER_UNIT_HYPHEN = "0123456789$€£¥"
# How far in front of a bare English scale word a fraction of it may start,
# with a qualifier before that (about three quarters of a million).
SCALE_FRACTION_WINDOW = 40
# Characters after which a hyphen before a number is a minus sign on a
# Chinese line (增长-2.1%, 增速为-1.2%, 同比-3.5%): the ends of words for a
# rate, a value or a profit or loss (亏损-2亿元, 净利-5千万元), never a
# number or a unit (5万-10万元 is a range).
MINUS_AFTER = "长为比至到是达率速值得润额益幅差损亏利"
# Words of a change over a period after which a hyphen is a minus sign, as
# Hong Kong and Macau statistics write it (按年-2.1%, 按月-0.4%, 按季+1.2%);
# their last character alone is not one (3年-5年 is a range).
MINUS_AFTER_WORDS = ("按年", "按月", "按季", "按周", "按週")
# The longest unit of a rate (每平方米) read between a bound and its number.
PER_UNIT_MAX = 3
# the hyphen-minus and the minus sign (U+2212) of typeset text
MINUS_SIGNS = "\\-−"
# a minus sign in front of a currency sign (-$3 million, −HK$2亿), on the reversed
# line: after the currency, and with no letter, digit or dash on its other side
# A dash with a space before it and a digit right after is the sign of the next
# number, not a range (a table row: 1,250  -2.4%); 1,250-2,400 and 3 - 5 are ranges.
# How far after a word for money a threshold of a bare power (破千亿) is sought.
BARE_THRESHOLD_REACH = 24
# Characters of counted things between them that make the threshold a count (访问量, 用户, 人次).
COUNTED_BEFORE_THRESHOLD = "量数人次户员客粉"
SIGN_NOT_RANGE = r"(?!\s+[-–−]\d)"
NEGATIVE_BEFORE_CURRENCY = rf"(?P<negcur>[{MINUS_SIGNS}](?![\w.\-−]))?"
# How far the body patterns look behind their start (NUMBER_START, a currency code).
BODY_LOOKBEHIND = 3
# Every stretch of `quote_pattern` contains one of these.
MASK_MARKS = ("《", "“", "‘", "「", "『", '"', "http", "www.")
MASK_MARK = re.compile("|".join(re.escape(mark) for mark in MASK_MARKS))
LATIN_LETTER = re.compile(r"[A-Za-z]")
LETTER_WORDS = re.compile(r"[A-Za-z][A-Za-z -]+")


def alternation(
    words: Iterable[str], ascii_boundary: bool = False, ignore_case: bool = False, min_case_free: int = 4
) -> str:
    """Regex matching any of `words`, longest first (so 平方米 beats 米).

    With `ignore_case`, words of at least `min_case_free` characters match in
    any case (Percent, YUAN) while short ones (m, RMB) keep their case.
    """
    words = {word for word in words if word}
    if ignore_case:
        # Spelled-out case variants: much faster to scan than a (?i:) group.
        words |= {variant for word in words if len(word) >= min_case_free for variant in _case_variants(word)}
    return literal_pattern(words, ascii_boundary)


def _case_variants(word: str) -> set[str]:
    """percent -> percent, Percent, PERCENT (and the same for each word of a phrase)."""
    return {word, word.lower(), word.upper(), word.capitalize(), word.title(), word[:1].upper() + word[1:]}


def _has_latin(word: str) -> bool:
    return LATIN_LETTER.search(word) is not None


def _split(words: Iterable[str]) -> tuple[list[str], list[str]]:
    """(words without Latin letters, words with Latin letters or without Chinese characters)."""
    words = list(words)
    return [w for w in words if not _has_latin(w)], [w for w in words if _has_latin(w) or not HAN.search(w)]


# Figures are found number-first: the `body` pattern starts with the number
# (number, multiplier, unit, qualifiers after it), so the scan only does work
# where a number starts; the words in front of the number (约, 超过, 人民币,
# 未来, about, US$) are read by a `lead` pattern matched on the reversed line,
# leftwards from the number. Optional words at the start of a pattern would
# be tried at every position of a line and make the pass many times slower.
def build_patterns(rules: FigureRules) -> None:
    """Compile the patterns of `rules` from its vocabulary, as attributes of it."""
    zh_before, en_before = _split(rules.qualifier_before)
    en_before = [w for w in en_before if _has_latin(w)]
    zh_negative = [w for w in rules.negative_words if not _has_latin(w)]
    en_negative = [w for w in rules.negative_words if _has_latin(w)]
    rules.chinese_body = re.compile(_chinese_body_text(rules))
    # the same without ranges: the first end of a range that reads as none (8%至6%);
    # rarely needed, so compiled on first use (`lazy_pattern`)
    rules.chinese_single_body = LazyPattern(_chinese_body_text(rules, ranges=False))
    # last characters of currency words (US$ 5, RMB 300): a bare English
    # number right after one of these may be money
    rules.currency_last_characters = {word[-1] for word in rules.currency_prefixes}
    rules.currency_last_characters |= {character.upper() for character in rules.currency_last_characters}
    currency_words = alternation(rules.currency_prefixes, ignore_case=True, min_case_free=1)
    rules.chinese_money = re.compile(
        rf"(?<![A-Za-z])(?P<cur>{currency_words})[ ]?"
        rf"(?P<neg>{alternation(zh_negative)})?"
        rf"(?P<num>{NUMBER_START}(?:{FIGURE_ARABIC_NUMBER}|{CHINESE_NUMERAL_PATTERN}))(?![,.]?\d)"
        rf"(?P<in1>{alternation(rules.qualifier_inside)})?"
        rf"(?:[ ]?(?P<mult>{chinese_multiplier_pattern(rules)}))?"
    )
    gap_class = rf"[^\d\s{regex.escape(PUNCTUATION)}{_CHINESE_DIGIT_CHARS}]"
    # a verb of `touching_verbs` stands right before the number or its currency (约值, 约在)
    touching = f"|{_reversed(rules.separated_touching_verbs)}" if rules.separated_touching_verbs else ""
    rules.chinese_lead = re.compile(
        rf"(?:(?P<neg>{_reversed(zh_negative)}|[{MINUS_SIGNS}](?![\w.\-])|[{MINUS_SIGNS}](?=[{MINUS_AFTER}])"
        rf"|[{MINUS_SIGNS}](?={_reversed(MINUS_AFTER_WORDS)})))?"
        rf"(?:[ ]?(?P<cur>{_reversed_currencies(rules)}))?"
        # a rate's unit may stand between a bound and its number (不低于每亩400万元,
        # 高于每吨350元, 不少于每人2000元): the bound is the number's
        rf"(?:[\u4e00-\u9fff]{{1,{PER_UNIT_MAX}}}每(?=[ ]?(?:{_reversed(zh_before)})))?"
        # one space may stand between a word in front and its number, as in text
        # typeset with spaces around numbers (约 2%, 超过 12%, 未来 5 年)
        rf"(?:[ ]?(?P<pre>{_reversed(zh_before)}))?"
        rf"(?:[ ]?(?P<prefix>{_reversed(w for w in rules.duration_prefixes if not _has_latin(w))}))?"
        # a code of letters and digits (M3, A320) in the gap is one word, not a number,
        # and so is a year, month (or months) or day of a date (约占公司2024年度营收的9.2%)
        rf"(?:(?:(?:\d+[A-Za-z]+|年\d{{4}}|月\d{{1,2}}(?:[-–—~]\d{{1,2}})?|日\d{{1,2}}|{gap_class})"
        rf"{{0,{rules.separated_gap}}}?"
        rf"{_reversed(rules.separated_verbs)}{touching})"
        rf"(?P<sepq>{_separated_words(rules)}))?"
    )
    rules.english_body = re.compile(_english_body_text(rules))
    rules.english_money_body = re.compile(_english_body_text(rules, money=True))
    _build_range_joins(rules)
    _build_start_patterns(rules, zh_negative)
    latin_end = r"(?![A-Za-z])"
    en_prefixes = [w for w in rules.duration_prefixes if _has_latin(w)]
    rules.english_lead = re.compile(
        rf"(?:\s+(?P<neg>{_reversed(en_negative, ignore_case=True)}){latin_end})?"
        rf"(?:\s?(?P<cur>{_reversed_currencies(rules)}){NEGATIVE_BEFORE_CURRENCY})?"
        rf"(?:\s+(?P<pre>{_reversed(en_before, ignore_case=True)}){latin_end})?"
        rf"(?:\s+(?P<prefix>{_reversed(en_prefixes, ignore_case=True)}){latin_end})?"
    )
    _build_masks(rules)
    _build_proportions(rules)
    # pay with a scale letter after a word for pay (月薪8k, 薪酬10k~15k)
    if rules.pay_words and rules.pay_letters:
        letters = "".join(regex.escape(letter) for letter in rules.pay_letters)
        rules.pay_amount = re.compile(
            rf"(?:{alternation(rules.pay_words)})[^\d,.;!?，。；！？]{{0,{rules.pay_max_gap}}}?"
            rf"(?P<num>\d+(?:\.\d+)?)(?P<s1>[{letters}])"
            rf"(?:\s*(?:~|-|－|—|至|到)\s*(?P<num2>\d+(?:\.\d+)?)(?P<s2>[{letters}]))?(?![A-Za-z\d])"
        )
    else:
        rules.pay_amount = None
    # amounts with a multiplier and no currency after a word for money (营收1.8兆, 预算逾1,100亿)
    if rules.bare_words and rules.bare_multipliers:
        chinese_before = [word for word in rules.qualifier_before if not _has_latin(word)]
        bare_number = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千点]+"
        then = f"|{alternation(rules.bare_then)}" if rules.bare_then else ""
        rules.bare_amount = re.compile(
            rf"(?:{alternation(rules.bare_words)})(?:{alternation(rules.bare_between)}){{0,2}}"
            # a threshold of a bare power (破千亿, 破百亿) may close the sentence of the word
            # for money further on (获利年增三成，两家双双破千亿): it is money there
            # (not across a counted thing: 访问量破百亿, 用户破千亿 are counts)
            rf"(?:(?:(?![{COUNTED_BEFORE_THRESHOLD}])[^\d。；;！？!?]){{1,{BARE_THRESHOLD_REACH}}}?"
            rf"(?=(?:{alternation(rules.bare_more_than)})[百千](?:万亿|亿|兆)))?"
            rf"(?P<pre>{alternation(chinese_before + rules.bare_more_than)})?"
            rf"(?P<num>{bare_number})"
            # a range whose first end borrows the multiplier of the second (年薪20-30万)
            rf"(?:[-~～—至到](?P<num2>{bare_number}))?"
            rf"(?P<in1>{alternation([word for word in rules.qualifier_inside if HAN.search(word)])})?"
            rf"(?P<mult>{alternation(rules.bare_multipliers)})"
            # the clause closes, or a verb of what the money does goes on (投资50亿兴建新厂)
            rf"(?=[\s，。、；：,;:！!？?）)」』”\"]|${then})"
        )
    else:
        rules.bare_amount = None
    # counts with a multiplier and no measure word after a noun of people or visits (人次突破120万)
    if rules.bare_count_words and rules.bare_multipliers:
        chinese_before = [word for word in rules.qualifier_before if not _has_latin(word)]
        rules.bare_count = re.compile(
            rf"(?P<noun>{alternation(rules.bare_count_words)})(?:{alternation(rules.bare_between)}){{0,2}}"
            + _bare_count_number(rules, chinese_before)
        )
    else:
        rules.bare_count = None
    # the next clause of a bare count, with no noun of its own, taking the count to a level
    # (人口约65万，预计2030年增至约70万): matched right at the end of the count
    if rules.bare_count and rules.bare_count_carry_verbs:
        chinese_before = [word for word in rules.qualifier_before if not _has_latin(word)]
        bounds = [word for word in chinese_before if rules.qualifier_before[word] == "more_than"]
        rules.bare_count_carried = re.compile(
            rf"[，,]\s*(?:{alternation(rules.bare_count_carry_leads or ['(?!)'])}|\d{{4}}年(?:底|末)?)*"
            # a verb of reaching, or a bound that is one (突破, 超过: more than)
            rf"(?:{alternation(rules.bare_count_carry_verbs)}|(?=(?:{alternation(bounds)})))"
            + _bare_count_number(rules, chinese_before)
        )
    else:
        rules.bare_count_carried = None
    # headline counts: 3200职位, 45生科企业 (an Arabic number, no measure word)
    if rules.counted_nouns:
        not_modifier = regex.escape(rules.noun_not_modifiers) if rules.noun_not_modifiers else "\\x00"
        # opens with a digit (fast to skip to); the character before it is checked by the reader
        rules.chinese_noun_count = re.compile(
            rf"(?P<num>\d{{1,6}})(?![\d,.])"
            rf"(?P<mod>[^\x00-\u4dff{not_modifier}\ua000-\U0010ffff]{{0,{rules.noun_max_modifier}}})"
            rf"(?P<noun>{alternation(rules.counted_nouns)})"
        )
    else:
        rules.chinese_noun_count = None
    # the larger part of a compound amount in front of a number: the 3亿 of 3亿5000万元
    rules.compound_lead = re.compile(
        rf"(?<![\d.])(?<!\d,)(?P<lead>\d+(?:\.\d+)?) ?(?P<mult>{alternation(rules.chinese_multipliers)}) ?$"
    )
    # a currency named right after a bare 元 is the amount's currency (三万元欧元)
    named = [
        word[len("zh:") :]
        for word, rule in rules.units.items()
        if word.startswith("zh:") and rule.unit in rules.currency_units and not rule.local
    ]
    rules.chinese_currency_after = re.compile(alternation(named))
    # spaces between two characters of a Chinese number or percent word (六 点 五 成, 百 分 之 2)
    # (a word that ends a number, 成 or 折, never joins what follows it: 约八成 四分之一)
    numeral = regex.escape(NUMBER_CHARACTERS.replace(r"\d,.", "").replace("点", ""))
    inside = regex.escape(rules.spaced_number_characters)
    ending = regex.escape(rules.spaced_number_endings)
    # (each alternative opens with a plain character, which the engine skips to quickly)
    rules.spaced_numeral = re.compile(
        rf"[{numeral}{inside}]( +)(?=[{numeral}{inside}{ending}点])"
        rf"|点(?:(?<=[{numeral}] 点)|(?<=[{numeral}]点))( +)(?=[{numeral}])"
        rf"|之( +)(?=\d)"
        # two lone digits spaced before a discount word are its two digits (7 5 折 is 75 percent)
        + (rf"|(?<![\d.,])\d( +)(?=\d *{regex.escape(rules.discount_word)})" if rules.discount_word else "")
    )
    joiners = alternation(rules.minor_joiners, ascii_boundary=True)
    rules.minor_joiner = re.compile(rf"\s*(?:{joiners})?\s*" if rules.minor_joiners else r"\s*")


def _build_proportions(rules: FigureRules) -> None:
    """Proportions written as words: 近半, 一半以上, a fifth of, two-thirds of."""
    zh_after, en_after = _split(rules.qualifier_after)
    not_before = rf"(?!{alternation(rules.proportion_not_before)})" if rules.proportion_not_before else ""
    rules.chinese_proportion = re.compile(
        rf"(?P<prop>{alternation(rules.proportion_words)}){not_before}(?P<post>{alternation(zh_after)})?"
    )
    rules.chinese_proportion_gate = re.compile(
        "|".join({re.escape(word[-1]) for word in rules.proportion_words})
    )
    numerators = "a|an|one|two|three|four|five|six|seven|eight|nine"
    denominators = alternation(ENGLISH_FRACTION_DENOMINATORS)
    # English counts with a scale letter: 10k users, 2.5m people (not metres)
    rules.english_scaled_count = (
        re.compile(
            rf"(?<![\w.,$€£¥])(?P<num>\d+(?:\.\d+)?)(?P<mult>{alternation(rules.english_scale_letters)})"
            rf"(?P<words>\s+[A-Za-z][A-Za-z\-]*)"
        )
        if rules.english_scale_letters
        else None
    )
    # the base of an exchange rate written in words and a word of exchange
    # right before an amount (one pound bought 9.1 yuan): the amount is a rate
    rules.exchange_base_before = None
    if rules.exchange_bases and rules.exchange_between:
        currency_words = [
            key[3:]
            for key, unit_rule in rules.units.items()
            if key.startswith("en:") and unit_rule.unit in rules.currency_units
        ]
        adverbs = alternation(rules.exchange_adverbs, ignore_case=True, min_case_free=1)
        rules.exchange_base_before = re.compile(
            rf"(?i:\b(?:{alternation(rules.exchange_bases)})\s+(?:[A-Z][A-Za-z.]*\s+)?"
            rf"(?:{alternation(currency_words)})\s+(?:(?:{adverbs})\s+)?"
            rf"(?:{alternation(rules.exchange_between)}))\s*$"
        )
    # half a unit with no number (半个百分点, half a percentage point)
    rules.half_unit = {}
    for lang in ("zh", "en"):
        words = [
            key[3:]
            for key, unit_rule in rules.units.items()
            if key.startswith(lang + ":")
            and unit_rule.unit in rules.half_unit_units
            and unit_rule.needs_multiplier is None
            and not unit_rule.counter
        ]
        if rules.half_unit_rule_id and rules.half_unit_before[lang] and words:
            english = lang == "en"
            half = alternation(rules.half_unit_before[lang], ignore_case=english, min_case_free=1)
            unit = alternation(words, ignore_case=english, min_case_free=1)
            gap, end = ("[ ]+", "(?![A-Za-z])") if english else ("", "")
            rules.half_unit[lang] = re.compile(rf"(?P<half>{half}){gap}(?P<unit>{unit}){end}")
    # a dozen or half a dozen before a counted noun (two dozen is read by the body)
    rules.english_dozen = re.compile(
        rf"(?i:\b(?P<art>half\s+an?|an?)\s+dozen)(?P<words>(?:\s+[A-Za-z][A-Za-z\-]*){{1,{rules.english_max_words}}})"
    )
    # English multiples: 3.5 times, three times, 3-fold, threefold (a count, as 倍 is)
    rules.english_multiple = None
    rules.english_multiple_literals = None
    rules.english_multiple_first = None
    if rules.multiple_rule_id:
        number = rf"(?:{ARABIC_NUMBER_PATTERN}|(?i:{english_number_word_pattern()}))"
        fold = alternation(rules.multiple_fold, ignore_case=True, min_case_free=1)
        glued = alternation(rules.multiple_fold_numbers, ignore_case=True, min_case_free=1)
        rules.english_multiple = re.compile(
            rf"(?<![\w.,$€£¥-])(?:(?P<num>{number})(?:[ ]+{alternation(rules.multiple_words)}|-{fold})"
            rf"|\b(?P<glued>{glued}){fold})\b"
        )
        # every multiple holds one of these (times, fold): a line without one is not searched
        rules.english_multiple_literals = required_literals(rules.english_multiple.pattern)
        # a first number and a joiner before the multiple (2 to 3 times, two or three times)
        joiners = rules.multiple_range_joiners + rules.multiple_vague_joiners
        rules.english_multiple_first = (
            re.compile(
                rf"(?i:(?P<between>\bbetween[ ]+)?(?P<low>{number})[ ]+(?P<join>{alternation(joiners)})[ ]+)$"
            )
            if joiners
            else None
        )
    # the reversed form "percent of 20": no number before it, nothing counted after it
    rules.english_percent_of = re.compile(
        rf"(?<!\d )(?<![\w%])(?i:per\s?cents?)\s+of\s+(?P<pnum>{NUMBER_START}{ARABIC_NUMBER_PATTERN}"
        rf"|{english_number_word_pattern()})(?![\w%.]|\s+[A-Za-z%])"
    )
    percent = rules.units.get("en:percent")
    rules.percent_of_rule_id = percent.rule_id if percent else rules.fraction_rule_id
    rules.english_proportion = re.compile(
        rf"(?i:\b(?:(?P<enum>{numerators})[\s-]+)?(?P<eden>{denominators}))(?=\s+of\b)"
    )
    # a fraction as the size of a change (rose by a third, cut by half): it
    # closes the clause or a word of `english_change_followers` comes next
    # (never cut by half a point, by a quarter point)
    rules.english_proportion_by = None
    if rules.proportion_change_words:
        followers = alternation(rules.proportion_change_followers, ignore_case=True, min_case_free=1)
        # a qualifier may stand between the change word and the fraction (rose about a fifth)
        qualifier = (
            rf"(?:(?:{alternation(rules.proportion_change_qualifiers)})\s+)?"
            if rules.proportion_change_qualifiers
            else ""
        )
        rules.english_proportion_by = re.compile(
            rf"(?i:\b(?:{alternation(rules.proportion_change_words)})\s+{qualifier})"
            rf"(?i:(?:(?P<enum>{numerators})[\s-]+)?(?P<eden>{denominators}))"
            rf"(?=\s*(?:[.,;:)]|$)|\s+(?:{followers})\b)"
        )


# The body patterns open with a lookahead, and the regex engine tries a
# pattern that opens with a lookahead at every position of a line, which
# costs more than everything else. The `start` patterns below open with a
# plain character (class), which the engine skips to at C speed; each finds
# the positions where a body match can start (a superset: the body pattern
# decides), and the body pattern is matched only there.
def _build_start_patterns(rules: FigureRules, zh_negative: list[str]) -> None:
    # a digit right after a digit never starts a figure (every form needs
    # a number start, or no digit before a/b), and every form goes on after
    # its number (or a prefix of it) with one of `_after_number_characters`
    rules.chinese_start = re.compile(
        rf"[{CHINESE_FIRST_CHARACTERS}](?<![0-9][0-9])"
        rf"(?=[{NUMBER_CHARACTERS}]{{0,{2 * MAX_NUMERAL_CHARACTERS}}}[{_after_number_characters(rules)}])"
    )
    number_word = english_number_word()
    # a number word at the start of the line
    rules.english_line_start = re.compile(number_word)
    # a digit not after a digit, or a non-word character followed by a
    # number word (the figure starts one character later)
    rules.english_start = re.compile(rf"[\W0-9](?:(?<=[0-9])(?<![0-9][0-9])|(?<=\W)(?={number_word}))")
    # money with a currency word in front: the word's last character, an
    # optional space and negative word, then the first character of a number.
    # Opening with those last characters lets the engine skip to them instead
    # of testing lookbehinds at every digit.
    currency_words = {
        variant for word in rules.currency_prefixes for variant in _case_variants(word) if variant
    }
    last = "[" + regex.escape("".join(sorted({word[-1] for word in currency_words}))) + "]"
    between = ["", " "] + [f"{space}{word}" for space in ("", " ") for word in zh_negative]
    gaps = "|".join(regex.escape(gap) for gap in between)
    rules.chinese_money_gate = re.compile(rf"{last}(?:{gaps})[\d{_CHINESE_DIGIT_CHARS}十]")


def _bare_count_number(rules: FigureRules, chinese_before: list[str]) -> str:
    """A bare count's qualifier, number and multiplier, up to the end of its clause (逾300万).

    The number is digits or a Chinese numeral of hundreds and thousands
    (入场人次逾三百万).
    """
    return (
        rf"(?P<pre>{alternation(chinese_before + rules.bare_more_than)})?"
        rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{BARE_CHINESE_NUMERAL})"
        rf"(?P<in1>{alternation([word for word in rules.qualifier_inside if HAN.search(word)])})?"
        rf"(?P<mult>{alternation(rules.bare_multipliers)})"
        rf"(?=[\s，。、；：,;:！!？?）)」』”\"]|$)"
    )


def _after_number_characters(rules: FigureRules) -> str:
    """Regex class body of the characters that can follow the number of a Chinese form.

    The first characters of inner qualifiers, multipliers, units, measure
    words and range separators, a space, the / of 1/20, the 分 of 三分之一,
    and what follows the first character of a percent word (百分之).
    """
    words = [
        *rules.qualifier_inside,
        *rules.chinese_multipliers,
        *rules.chinese_unit_words,
        *rules.counter_words,
        *rules.range_separators,
    ]
    characters = {word[0] for word in words} | {" ", "/", "分"}
    characters |= {word[1] for word in rules.percent_words if len(word) > 1}
    extra = r"\s"
    if any(len(word) == 1 for word in rules.percent_words):
        extra += rf"\d{_CHINESE_DIGIT_CHARS}十"  # a one-character percent word: the number follows
    return regex.escape("".join(sorted(characters))) + extra


def chinese_multiplier_pattern(rules: FigureRules) -> str:
    """The Chinese multipliers, each not in front of its `not_before` words (兆 before 瓦 is mega-)."""
    plain = [word for word in rules.chinese_multipliers if word not in rules.multiplier_not_before]
    guarded = [
        rf"{regex.escape(word)}(?!{alternation(rules.multiplier_not_before[word])})"
        for word in rules.chinese_multipliers
        if word in rules.multiplier_not_before
    ]
    return "(?:" + "|".join([alternation(plain), *guarded]) + ")"


def _number_start(rules: FigureRules) -> str:
    """NUMBER_START, or right after one of the indicator acronyms glued to their figure (GDP2.4万亿元)."""
    if not rules.glued_acronyms:
        return NUMBER_START
    glued = "|".join(rf"(?<={re.escape(word)})" for word in sorted(rules.glued_acronyms))
    return rf"(?:{glued}|{NUMBER_START})"


def _chinese_body_text(rules: FigureRules, ranges: bool = True) -> str:
    """The Chinese body; without `ranges`, a second number after a range word is not part of it."""
    number = rf"{_number_start(rules)}(?:{FIGURE_ARABIC_NUMBER}|{CHINESE_NUMERAL_PATTERN})"
    second_number = rf"(?:{FIGURE_ARABIC_NUMBER}|{CHINESE_NUMERAL_PATTERN})"
    zh_after, _ = _split(rules.qualifier_after)
    inside = alternation(rules.qualifier_inside)
    multiplier = chinese_multiplier_pattern(rules)
    unit = _guarded_units(rules)
    separator = alternation(rules.range_separators)
    cny_tail = rf"(?P<tail>{_subunits_text(rules)})"
    half = rf"(?P<half>{regex.escape(rules.half_word)})?"
    # 百分之三十到四十, 百分之五至百分之八: a range of percent words
    percent_range = (
        rf"(?:[ ]?{separator}[ ]?(?:{alternation(rules.percent_words)})?(?P<pnum2>{second_number}))?"
        if ranges
        else ""
    )
    power_denominator = r"[十百千万亿]+"
    # 百 and 千 start a number only after a vague word (几百万, 数千家)
    # A bare place value (百, 千, 万) starts a number only after a vague word
    # (几百万, 数千家) or a word of `bare_powers` (近百家, 上万人), or before 余/多 (百余家).
    before_chars = "".join(
        regex.escape(word) for word in [*rules.vague_tens_before, *rules.bare_power_before] if len(word) == 1
    )
    # 兆 alone is 10^12 (逾兆元), but not before the units it makes mega- (兆瓦)
    mega = rules.multiplier_not_before.get("兆")
    trillion = rf"|兆(?!{alternation(mega)})" if mega else "|兆"
    vague_power = rf"|(?<=[{before_chars}])(?:[百千万][万亿]?|亿{trillion})" if before_chars else ""
    vague_power += rf"|(?<![\d{_CHINESE_DIGIT_CHARS}十百千万几数])[百千万](?=[余多])"
    vague_power += _bare_money_power(rules)
    # A first-character test up front lets the engine skip most positions quickly.
    first_characters = CHINESE_FIRST_CHARACTERS
    range_part, range_unit = "", unit
    if ranges:
        range_part = (
            rf"(?:(?P<unit1>{unit})(?=[ ]?{separator}[ ]?\d))?"
            rf"(?:{SIGN_NOT_RANGE}[ ]?(?P<rsep>{separator})[ ]?(?P<num2>{second_number})"
            rf"(?P<in3>{inside})?(?P<mult2>{multiplier})?)?"
        )
        # a unit written after the first number of a range must come again after
        # the second (3米至5米); else the range fails and the first number is read
        # alone (回落1.2个百分点至5%: two figures, not a range)
        range_unit = rf"(?(unit1)(?P=unit1)|{unit})"
    return (
        rf"(?=[{first_characters}])(?:"
        # 百分之十, 千分之五
        rf"(?P<pctword>{alternation(rules.percent_words)})(?P<pnum>{number}){percent_range}"
        # 1/20
        rf"|(?<![\d/])(?P<fa>\d+)\s?/\s?(?P<fb>\d+)(?![\d/])"
        # 三分之一, 千万分之六
        rf"|(?P<cfb>{number}|{power_denominator})分之(?P<cfa>{number})"
        # the main form: number [多] [万] [元] [- number [多] [万]] unit [半]
        rf"|(?P<num>{number}{vague_power})(?P<in1>{inside})?"
        rf"(?:[ ]?(?P<mult>{multiplier}))?(?P<in2>{inside})?"
        rf"{range_part}"
        rf"[ ]?(?P<unit>{range_unit}){half}{cny_tail}"
        rf")"
        rf"(?P<post>{alternation(zh_after)})?(?P<since>{alternation(rules.duration_suffixes)})?"
    )


def _guarded_units(rules: FigureRules) -> str:
    """The Chinese unit and counter words; those of `measure_word_first` give way to their measure word.

    Guarded words come first so that, when a guard fails, the engine falls back to
    the shorter measure word (约1.8万个月租车位: 个, not 个月).
    """
    guarded = [word for word in rules.measure_word_first_words if word in rules.chinese_unit_words]
    plain = alternation(
        [word for word in rules.chinese_unit_words + rules.counter_words if word not in guarded],
        ascii_boundary=True,
    )
    if not guarded:
        return plain
    behind = "".join(rf"(?<!{regex.escape(word)})" for word in rules.measure_word_first_not_after)
    ahead = (
        rf"(?!{alternation(rules.measure_word_first_not_before)})"
        if rules.measure_word_first_not_before
        else ""
    )
    return rf"(?:{behind}(?:{alternation(guarded)}){ahead}|{plain})"


def _bare_money_power(rules: FigureRules) -> str:
    """A bare 百 or 千 with its multiplier right after a verb of money and before a currency (投资百亿元)."""
    if not rules.bare_power_money_verbs:
        return ""
    currencies = [
        key[3:]
        for key, unit_rule in rules.units.items()
        if key.startswith("zh:")
        and (unit_rule.local or unit_rule.unit in rules.currency_units)
        and key[3:] not in rules.bare_power_not_units
    ]
    # one look-behind per word length: the engine needs each of fixed width
    lengths = sorted({len(verb) for verb in rules.bare_power_money_verbs})
    behind = "|".join(
        rf"(?<={alternation([verb for verb in rules.bare_power_money_verbs if len(verb) == length])})"
        for length in lengths
    )
    return rf"|(?:{behind})[百千](?:万亿|[万亿])?(?=(?:{alternation(currencies)}))"


def _subunits_text(rules: FigureRules) -> str:
    """Amounts in subunits of the local currency after its unit (3角5分), and a closing word (整)."""
    tiers = "".join(
        rf"(?:[{SUBUNIT_DIGITS}{'两' if index == 0 else ''}]{{1,2}}{alternation(words)})?"
        for index, words in enumerate(rules.subunit_tiers)
    )
    closing = rf"(?:{alternation(rules.closing_words)})?" if rules.closing_words else ""
    return tiers + closing


class LazyPattern:
    """A pattern compiled the first time it is matched (for rarely used alternatives of a body).

    It is compiled through the cross-process pattern cache: the English body
    with `between` takes about 0.15 s of CPU to compile, paid otherwise by
    every process whose documents hold one such range.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._compiled: re.Pattern | None = None

    def match(self, text: str, position: int = 0) -> re.Match | None:
        """`re.compile(self.text).match(text, position)`."""
        if self._compiled is None:
            with cached_patterns():
                self._compiled = re.compile(self.text)
        return self._compiled.match(text, position)


def _build_range_joins(rules: FigureRules) -> None:
    """Range words between two whole figures (5% to 6%), and `between ... and` (see `range_joins`).

    `english_between_body` is the English body with `and` as one more range
    word; it is tried where a `between` word stands right before the number.
    """
    rules.english_between_body = None
    rules.range_between_before = None
    rules.range_join_gap = None
    if not rules.range_join_rule_id:
        return
    words = [word for word in rules.range_joiners if _has_latin(word)]
    marks = [word for word in rules.range_joiners if not _has_latin(word)]
    gap = [rf"\s+{alternation(words, ignore_case=True)}\s+"] if words else []
    gap += [rf"\s*{alternation(marks)}\s*"] if marks else []
    if rules.range_between_words:
        gap.append(r"\s+(?P<and>and)\s+")
        between = alternation(rules.range_between_words, ignore_case=True)
        rules.range_between_before = re.compile(rf"(?<![A-Za-z]){between}\s{{1,2}}$")
        rules.english_between_body = LazyPattern(_english_body_text(rules, between=True))
    rules.range_join_gap = re.compile("|".join(gap))
    # 40 million euros-50 million euros: a hyphen between an English unit word
    # and a number is a range dash, not the hyphen of a model code (K-30, Su-57)
    units = [word for word in rules.english_unit_words if len(word) >= 3 and LETTER_WORDS.fullmatch(word)]
    rules.unit_hyphen = None
    # each unit word ends with a letter: only a hyphen after a letter can be one
    rules.unit_hyphen_after_letter = all(word[-1].isalpha() for word in units)
    if "-" in rules.range_joiners and units:
        unit = alternation(units, ascii_boundary=True, ignore_case=True, min_case_free=3)
        rules.unit_hyphen = re.compile(rf"(?:{unit})(?P<hyphen>-)(?=[{re.escape(AMOUNT_AFTER_UNIT_HYPHEN)}])")


# a digit-led technical code that stands before a counted noun: 5G, 4K, 3D, 4WD, 5A-rated
DIGIT_LED_CODE = r"\d[A-Z]{1,3}\b(?:-[a-z]+)?"


def _english_body_text(rules: FigureRules, money: bool = False, between: bool = False) -> str:
    """The English body; `money`: after a currency sign, where $2.5m and $10k are scaled money.

    `between`: after a `between` word, where `and` joins a range (between 3 and 5 billion yuan).
    """
    words_number = english_number_word_pattern()
    # a number may touch a currency code in front of it (RMB5 billion, Rmb5bn), and
    # the prefix of a minor unit (HK12 cents), which names a currency only before that unit
    codes = sorted(
        {
            variant
            for word, currency in rules.currency_prefixes.items()
            if word.isascii()
            and word.isalpha()
            and (len(word) >= 3 or currency.rule_id in rules.minor_currency_rules)
            for variant in (word.upper(), word.capitalize())
        }
    )
    after_code = "".join(f"|(?<={code})" for code in codes)
    number = rf"(?:(?:{NUMBER_START}{after_code}){FIGURE_ARABIC_NUMBER}|{words_number})"
    second_number = rf"(?:{FIGURE_ARABIC_NUMBER}|{words_number})"
    _, en_after = _split(rules.qualifier_after)
    en_after = [w for w in en_after if _has_latin(w)]
    unit = alternation(rules.english_unit_words, ascii_boundary=True, ignore_case=True, min_case_free=3)
    money_scale = rf"{alternation(rules.money_multipliers)}(?![A-Za-z])"
    currency_words = alternation(
        [
            word
            for word in rules.english_unit_words
            if rules.units["en:" + word.lower()].unit in rules.currency_units
        ],
        ascii_boundary=True,
        ignore_case=True,
        min_case_free=3,
    )
    # a money scale letter counts before a currency word (2.5m yuan) or a unit word of more
    # than two letters (3m tonnes, 1.5m square metres), and anywhere after a currency sign
    words = [word for word in rules.english_unit_words if len(word) > 2 and LETTER_WORDS.fullmatch(word)]
    long_units = alternation(
        words,
        ascii_boundary=True,
        ignore_case=True,
        min_case_free=3,
    )
    money_multiplier = money_scale if money else rf"{money_scale}(?=[\s-]*(?:{currency_words}|{long_units}))"
    scale_words = alternation(rules.english_multipliers, ignore_case=True, min_case_free=1)
    multiplier = rf"(?:{scale_words}\b|{money_multiplier})"
    separator = alternation([*rules.range_separators_en, *(["and"] if between else [])])
    if rules.range_scale_separators_en:
        # a joiner that makes a range only before a number that ends in a scale word
        scale_word = alternation(ENGLISH_SCALES, ignore_case=True, min_case_free=1)
        scaled_second = (
            rf"\s*(?:(?:{english_number_word()}[\s-]+){{1,4}}{scale_word}\b"
            rf"|{FIGURE_ARABIC_NUMBER}(?:\s*|-){multiplier})"
        )
        joiners = alternation(rules.range_scale_separators_en)
        separator = rf"(?:{separator}|(?:{joiners})(?={scaled_second}))"
    # A word that is not a number word. It always follows whitespace, where
    # "no run of number words starts here" is the same as "no number word
    # ends at a boundary here", which is far cheaper to compile.
    # A model code of letters and digits (C919, A320neo, C919s) may stand among them;
    # not a currency code before an amount (RMB2.3bn, RMB2bn, RMB1.2 billion: the second end of
    # RMB600 million to RMB1.2 billion).
    model_code = (
        r"(?:(?<=[A-Z])\d+(?![\d.,]|(?:bn|mn|tn|m|k|b)\b|\s+(?i:million|billion|trillion)\b)[A-Za-z\-]*)?"
    )
    # so may a digit-led technical code before the noun (5G base stations, 4K screens, 5A-rated spots)
    # and the name of a ranking or an index with its number (297 Fortune Global 500 companies)
    rankings = alternation(rules.english_ranking_names) + r"\b" if rules.english_ranking_names else "(?!)"
    # an acronym joined by & is one word too (14 R&D centers, 120 O&M engineers);
    # a pairing adjective is no number word (one-on-one meetings, one-to-one sessions)
    not_a_number_word = rf"(?!{english_number_word()}\b(?!-(?:on|to)-))"
    word = (
        rf"(?:{rankings}|{not_a_number_word}[A-Za-z][A-Za-z\-]*(?:(?<=[A-Z])&[A-Z]+)?{model_code}"
        rf"|{DIGIT_LED_CODE})"
    )
    # a word of succession between a number and its unit of time (14 straight months)
    durations = [
        word
        for word in rules.english_unit_words
        if rules.units["en:" + word.lower()].unit in rules.duration_units
    ]
    succession = (
        rf"(?:(?i:{alternation(rules.duration_adjectives)})\s+"
        rf"(?={alternation(durations, ascii_boundary=True, ignore_case=True, min_case_free=3)}))?"
        if rules.duration_adjectives and durations
        else ""
    )
    initials = "".join(
        sorted({w[0] for w in ENGLISH_NUMBER_WORDS} | {w[0].upper() for w in ENGLISH_NUMBER_WORDS})
    )
    return (
        rf"(?=[0-9]|\b[{initials}])(?:"
        rf"(?<![\d/])(?P<fa>\d+)\s?/\s?(?P<fb>\d+)(?![\d/])"
        rf"|(?P<num>{number})(?:(?:\s*|-)(?P<mult>{multiplier}))?"
        rf"(?:{SIGN_NOT_RANGE}\s*(?P<rsep>{separator})\s*(?P<num2>{second_number})(?:(?:\s*|-)(?P<mult2>{multiplier}))?)?"
        rf"(?P<in1>{alternation(w for w in rules.qualifier_inside if not HAN.search(w))})?"
        # a unit may stand in brackets after its number: 20 (kg)
        # a currency sign right before a number is that number's (€40 million-€50 million)
        rf"(?:(?:\s*|-){succession}"
        rf"(?:(?P<ob>[(\[{{]) ?)?(?P<unit>{unit})(?!(?<=[$€£¥])[0-9])(?(ob) ?(?P<cb>[)\]}}]))"
        rf"|\s+(?P<words>{word}(?:\s+{word}){{0,{rules.english_max_words - 1}}}))?"
        rf")"
        rf"(?:\s+(?P<post>{alternation(en_after, ignore_case=True, min_case_free=1)}))?"
    )


def _build_masks(rules: FigureRules) -> None:
    """The patterns of titles, short quoted names, URLs and addresses: numbers inside them are not figures."""
    quotes = (
        rf"《[^《》]*》|“[^“”{PUNCTUATION}]{{1,{rules.quote_max['zh']}}}”"
        rf"|‘[^‘’{PUNCTUATION}]{{1,{rules.quote_max['zh']}}}’"
        # Hong Kong, Macau and Taiwan quote names in corner brackets (「2年推動計畫」)
        rf"|「[^「」{PUNCTUATION}]{{1,{rules.quote_max['zh']}}}」"
        rf"|『[^『』{PUNCTUATION}]{{1,{rules.quote_max['zh']}}}』"
        rf"|\"[^\",.;!?]{{1,{rules.quote_max['en']}}}\""
    )
    rules.quote_pattern = regex.compile(rf"{quotes}|{URL_PATTERN}")
    # the same for lines without a URL mark, where URL_PATTERN cannot match:
    # it needs no regex-only feature there, and `re` scans faster
    rules.quote_pattern_without_urls = re.compile(quotes)
    # an address after its label runs to the end of its sentence (地址:科技园8栋)
    rules.address_pattern = (
        re.compile(rf"(?:{alternation(rules.address_labels)})\s*[:：]\s*{ADDRESS_BODY}")
        if rules.address_labels
        else None
    )
    # a place after a verb of location that ends in a building or floor number
    # (位于科技园北区18栋): the numbers up to it name the place
    rules.located_pattern = (
        re.compile(
            rf"(?:{alternation(rules.located_verbs)})[^。;；!?！？,，\d]{{0,{rules.located_reach}}}"
            rf"(?<!的)\d+(?:[-—至到]\d+)?(?:{alternation(rules.located_units)})"
        )
        if rules.located_verbs and rules.located_units
        else None
    )


def _reversed_currencies(rules: FigureRules) -> str:
    """The currency words in front of a number, reversed; one that starts with a letter starts a word.

    (C $ 16 is Canadian, but not the c $ of `public $5`.)
    """
    latin = [word for word in rules.currency_prefixes if word[:1].isascii() and word[:1].isalpha()]
    other = [word for word in rules.currency_prefixes if word not in latin]
    return rf"(?:{_reversed(latin, ignore_case=True)}(?![A-Za-z])|{_reversed(other, ignore_case=True)})"


def _separated_words(rules: FigureRules) -> str:
    """The words a separated qualifier starts with, reversed; a cap only before its verb (最高可处以)."""
    plain = _reversed(word for word in rules.separated_words if word not in rules.separated_cap_words)
    if not rules.separated_cap_words:
        return plain
    return rf"{plain}|(?<={re.escape(rules.separated_cap_verb[::-1])}){_reversed(rules.separated_cap_words)}"


def _reversed(words: Iterable[str], ignore_case: bool = False) -> str:
    """Pattern for the given words spelled backwards (the lead is matched on the reversed line)."""
    words = {word for word in words if word}
    if ignore_case:
        words |= {variant for word in words for variant in _case_variants(word)}
    return literal_pattern({word[::-1] for word in words})
