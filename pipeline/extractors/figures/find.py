"""Figures: quantities with their unit, found by one regex pass per line and language.

A figure is a number (Arabic digits, Chinese numerals or English words) with
the words around it that say what it counts: a multiplier (万, 亿, million), a
unit (元, 平方公里, %, 年, square meters), a Chinese measure word (家, 个) or an
English head noun (enterprises), and qualifiers (约, 多, 以上, more than).
All of those words come from `rules/figures.yaml`. The package reads a line
in four steps, one module each:

- `rules.py`: the rule file checked against its schema and compiled, once
  per rule set (`ruleset.compiled(compile_figure_rules)`), with the patterns
  of `grammar.py`: one body pattern per language that starts at the number;
- `scan.py`: where a figure can start on a line, the body match there and
  the words in front of the number (matched leftwards on the reversed line);
- `read.py`: each match read into a figure (value / value_low / value_high /
  unit / counter / qualifier of the gold schema), or dropped;
- this module: the figures of both languages on a line, minus those inside
  《titles》, short quoted names and URLs and those overlapped by a longer one.

A reading depends only on a short window of text around its match, so
readings are cached by that window on the compiled rules, and so are the
figures of a whole line: a text seen before costs one dictionary look-up.

Entry points: `find_spans(lines, document, ruleset)` for the pipeline and
`find_figures(text, rules)` for one line of text, with
`rules = ruleset.compiled(compile_figure_rules)`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.core.records import DocumentContext, LineContext, Span
from pipeline.extractors.figures.ages import with_english_ages
from pipeline.extractors.figures.elided import with_elided_counts
from pipeline.extractors.figures.grammar import AMOUNT_AFTER_UNIT_HYPHEN, LATIN_LETTER, MASK_MARK, URL_MARKS
from pipeline.extractors.figures.occupied import Occupied
from pipeline.extractors.figures.read import change_and_level, ends_another_word, qualifier_ending_at
from pipeline.extractors.figures.rules import NAMED_BEFORE, TABLE, FigureRules, compile_figure_rules
from pipeline.extractors.figures.scan import Candidate, scan_language
from pipeline.extractors.figures.tables import caption_unit_cells, cell_reading
from pipeline.text.numerals import parse_number

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

# Lines whose figures are kept (repeated lines are common in crawled articles);
# longer lines are not kept, so the cache stays small.
LINE_CACHE_SIZE = 20_000
LINE_CACHE_MAX_CHARS = 1_000
# A character that makes the digits after it part of something else.
NOT_NUMBER_START = re.compile(r"[A-Za-z0-9.,\-+]")
# A four-digit year (2024企业名单) is no headline count.
YEAR = re.compile(r"(?:19|20)\d\d")
# a Latin letter and a space right before a number: the letters of a code (ISO 9001)
CODE_WORD_BEFORE = re.compile(r"[A-Za-z] ")
# a number of years written in digits alone, as a year of the ROC calendar is (111年)
ROC_YEAR = re.compile(r"\d{2,3}年")
# 112年至115年, 113-115年: a range of ROC years
ROC_YEAR_RANGE = re.compile(r"\d{2,3}年?(?:至|到|-|~|—|－)\d{2,3}年")
YEAR_UNIT = "year"
# Cents are written out only after a price, never after a scaled amount ($5 billion and 20 cents).
MINOR_JOIN_MAX = 1_000_000
# How far in front of a range's first figure its lead words (between, from) are looked
# for: at most this many characters and words, within the clause.
RANGE_LEAD_WINDOW = 40
RANGE_LEAD_WORDS = 5
# The amounts a rate of exchange is quoted for (1美元兑7.1元, 100日元兑4.8元).
EXCHANGE_BASES = frozenset({1.0, 100.0})
# How far before an amount the words of a rate's base are looked for (one US dollar bought).
EXCHANGE_BASE_REACH = 48
# A digit at most this many characters before the unit word of `unit_hyphen`:
# the hyphen then ends an amount (40 million euros-50 million euros).
UNIT_HYPHEN_WINDOW = 16
AMOUNT_BEFORE_UNIT = re.compile(r"[0-9]")
APPROX = "approx"
CLAUSE_BREAK = re.compile(r"[,;:.!?()，。；：！？（）]")
# ... where a point or comma inside a number (NT$3.2 billion, 1,200) breaks nothing
CLAUSE_BREAK_OUTSIDE_NUMBERS = re.compile(r"[;:!?()，。；：！？（）]|(?<!\d)[,.]|[,.](?!\d)")
# a Chinese multiplier word (万, 亿): an amount so scaled is no quoted rate
HAN = re.compile(r"[\u3400-\u9fff]")


def find_figures(text: str, rules: FigureRules, line_no: int = 1) -> list[Span]:
    """All figures in one line of normalised text, as Spans ordered by start.

    `rules` is the compiled figure rules of a rule set:
    `ruleset.compiled(compile_figure_rules)`. Read alone, the line is its own
    article: a bare franc takes a franc named before it on the line, or is dropped.
    """
    return named_before_currencies(_line_spans(text, rules, line_no), rules)


def _line_spans(text: str, rules: FigureRules, line_no: int) -> list[Span]:
    """The figures of one line, cached by its text; a bare franc is not resolved yet."""
    cache = rules.line_cache
    figures = cache.get(text)
    if figures is None:
        figures = _line_figures(text, rules)
        if len(text) <= LINE_CACHE_MAX_CHARS:
            if len(cache) >= LINE_CACHE_SIZE:
                cache.clear()
            cache[text] = figures
    # each Span gets its own fields: cached readings share theirs
    return [
        Span(TABLE, line_no, start, end, rule_id, dict(fields)) for start, end, rule_id, fields in figures
    ]


def _unit_hyphens_as_dashes(text: str, unit_hyphen: re.Pattern[str], after_letter: bool = False) -> str:
    """The text with each hyphen between an English unit word and a number read as an en dash.

    (40 million euros-50 million euros is a range; the hyphen of a model code,
    K-30, keeps the number after it from starting a figure.) Lengths are kept.
    `after_letter`: every match of `unit_hyphen` has a letter before its
    hyphen, so a text without a letter, a hyphen and an amount in a row has
    none (most hyphens are a date's or a compound word's: a cheap test
    spares the unit pattern's scan of the line).
    """
    if after_letter and not _letter_hyphen_amount(text):
        return text
    hyphens = [
        match.start("hyphen")
        for match in unit_hyphen.finditer(text)
        if AMOUNT_BEFORE_UNIT.search(text, max(0, match.start() - UNIT_HYPHEN_WINDOW), match.start())
    ]
    if not hyphens:
        return text
    characters = list(text)
    for index in hyphens:
        characters[index] = "–"
    return "".join(characters)


def _letter_hyphen_amount(text: str) -> bool:
    """True when a hyphen of `text` stands between a letter and what may start an amount (tons-50)."""
    index = text.find("-", 1)
    while index > 0:
        if (
            index + 1 < len(text)
            and text[index + 1] in AMOUNT_AFTER_UNIT_HYPHEN
            and text[index - 1].isalpha()
        ):
            return True
        index = text.find("-", index + 1)
    return False


def _line_figures(text: str, rules: FigureRules) -> tuple[Candidate, ...]:
    """The figures of one line; Chinese numbers written with spaces between characters are read too.

    (百 分 之 2, 六 点 五 成: text copied from PDFs.) The spaces inside such a
    number are taken out, the line is read, and the spans are mapped back.
    """
    if " " not in text or not rules.spaced_numeral.search(text):
        return _figures_of(text, rules)
    kept: list[int] = []
    last = 0
    for gap in rules.spaced_numeral.finditer(text):
        kept.extend(range(last, gap.start(gap.lastindex or 0)))
        last = gap.end(gap.lastindex or 0)
    kept.extend(range(last, len(text)))
    closed = "".join(text[index] for index in kept)
    figures = []
    for start, end, rule_id, fields in _figures_of(closed, rules):
        figures.append((kept[start], kept[end - 1] + 1, rule_id, fields))
    return tuple(figures)


def _figures_of(text: str, rules: FigureRules) -> tuple[Candidate, ...]:
    """The figures of one line: candidates of both languages, minus masked and overlapped ones."""
    if rules.unit_hyphen is not None and "-" in text:
        text = _unit_hyphens_as_dashes(text, rules.unit_hyphen, rules.unit_hyphen_after_letter)
    reversed_text = text[::-1]
    candidates = scan_language(text, reversed_text, rules, english=False)
    if LATIN_LETTER.search(text):
        candidates += scan_language(text, reversed_text, rules, english=True)
    extra_patterns = (
        rules.chinese_noun_count,
        rules.pay_amount,
        rules.bare_amount,
        rules.bare_count,
        rules.english_age,
    )
    if (
        not candidates
        and not any(pattern is not None and pattern.search(text) for pattern in extra_patterns)
        and not (
            rules.elided_count_rule_id is not None
            and LATIN_LETTER.search(text)
            and any(character.isdigit() for character in text)
        )
    ):
        return ()
    masked_starts, masked_ends = _masked(text, rules)
    kept: list[Candidate] = []
    kept_end = -1
    for candidate in sorted(candidates, key=_longest_first):
        start, end = candidate[0], candidate[1]
        if masked_starts:
            # the masks do not overlap, so only the last one starting at or
            # before the figure can contain it
            index = bisect_right(masked_starts, start) - 1
            if index >= 0 and end <= masked_ends[index]:
                continue
        if start < kept_end:
            continue
        kept_end = end
        kept.append(candidate)
    if rules.pay_amount is not None:
        kept = _with_pay_amounts(kept, text, rules)
    if rules.listed_amount is not None:
        kept = _with_listed_amounts(kept, text, rules, masked_starts, masked_ends)
    if rules.listed_share is not None and any(opener in text for opener in rules.listed_share_openers):
        kept = _with_listed_shares(kept, text, rules, masked_starts, masked_ends)
    if rules.bare_amount is not None or rules.bare_count is not None:
        kept = _with_bare_amounts(kept, text, rules, masked_starts, masked_ends)
    if rules.chinese_noun_count is not None:
        kept = _with_noun_counts(kept, text, rules, masked_starts, masked_ends)
    joined = _join_ranges(_join_minor_units(kept, text, rules), text, rules)
    if rules.raised_to_words:
        joined = [_raised_to(figure, text, rules) for figure in joined]
    if rules.spread_over_words and " over " in text.lower():
        joined = _spread_over(joined, text, rules)
    if rules.change_from_verbs and " from " in text.lower():
        joined = [part for figure in joined for part in _change_from(figure, text, rules)]
    if rules.compound_adjective_scale is not None and "-" in text:
        joined = [figure for figure in joined if not _counts_a_compound_adjective(figure, text, rules)]
    joined = _without_exchange_rates(joined, text, rules)
    if rules.english_age is not None and LATIN_LETTER.search(text):
        joined = with_english_ages(joined, text, rules, (masked_starts, masked_ends))
    if rules.elided_count_rule_id is not None and LATIN_LETTER.search(text):
        joined = with_elided_counts(joined, text, rules, (masked_starts, masked_ends))
    if rules.yen_context is not None and rules.yen_signs and any(sign in text for sign in rules.yen_signs):
        joined = [_yen_in_japan(figure, text, rules) for figure in joined]
    return tuple(joined)


# what may stand before the scale word of a compound adjective when it counts
# the noun: digits and number words, spaces and range words, no currency sign
# or code (US$2, RMB 2)
COUNT_LEAD = re.compile(r"[0-9a-z][0-9a-z.,\- ]*")


def _counts_a_compound_adjective(figure: Candidate, text: str, rules: FigureRules) -> bool:
    """Whether `figure` is a count before a compound adjective of a scale (two million-dollar homes).

    The scale word is hyphened to a currency or unit word and stands after a
    space: the number before it counts the noun, so the figure is no amount.
    An article before the scale word (a million-dollar home) is its own number.
    """
    figure_text = text[figure[0] : figure[1]]
    scale = rules.compound_adjective_scale.search(figure_text)
    if scale is None or any(character.isdigit() for character in figure_text[scale.end() :]):
        return False
    lead = figure_text[: scale.start()]
    # an article right before the scale word is its number (a million-dollar
    # home, half a million-dollar home); one before the whole figure makes
    # the noun single, so the number is its value (a two million-dollar home)
    if lead.lower().rsplit(" ", 1)[-1] in rules.compound_adjective_articles:
        return False
    before = text[max(0, figure[0] - 4) : figure[0]].lower().rstrip(" ").rsplit(" ", 1)[-1]
    if figure[0] > 0 and text[figure[0] - 1] == " " and before in rules.compound_adjective_articles:
        return False
    if rules.compound_adjective_scale.search(figure_text, scale.end()) is not None:
        return False
    return COUNT_LEAD.fullmatch(lead[:1].lower() + lead[1:]) is not None


def _raised_to(figure: Candidate, text: str, rules: FigureRules) -> Candidate:
    """`figure` without its `up to` when a verb of revising or raising comes before it (see `raised_to`).

    (revised its estimate up to 4.27% is 4.27%, no bound; discounts of up to 30% stay at most.)
    """
    start, end, rule_id, fields = figure
    head = text[start:end].lower()
    word = next((word for word in rules.raised_to_words if head.startswith(word + " ")), None)
    if word is None:
        return figure
    lead = CLAUSE_BREAK.split(text[max(0, start - RANGE_LEAD_WINDOW) : start])[-1]
    words = [word.strip("\"'") for word in lead.lower().split()]
    if not words or words[-1] in rules.raised_to_not_after:
        return figure
    near = words[-rules.raised_to_reach :]
    joins = [k for k, word in enumerate(near) if word in rules.raised_to_not_across]
    if joins:
        near = near[joins[-1] + 1 :]  # raised rates and lends up to 80%: another verb's object
    if not any(word in rules.raised_to_verbs for word in near):
        return figure
    number_start = start + len(word)
    while text[number_start].isspace():
        number_start += 1
    if rule_id not in rules.local_rules:
        rule_id = rules.raised_to_rule_id
    return number_start, end, rule_id, {**fields, "qualifier": None}


def _spread_over(figures: list[Candidate], text: str, rules: FigureRules) -> list[Candidate]:
    """`figures` with `over` taken off a duration that money is spread over (see `spread_over`).

    (invest NT$4 billion over three years: 3 years, no bound; 9,000 flats over
    ten years: 10 years; over 10 years of experience stays more than.)
    """
    spread: list[Candidate] = []
    before = _FiguresBefore()
    for figure in figures:
        spread.append(_spread_over_one(figure, before, text, rules))
        before.add(figure, rules)
    return spread


class _FiguresBefore:
    """The figures before the one `_spread_over` reads, asked what `_spread_over_by_scanning` asks of them.

    Kept as it goes, not scanned for each figure: a line of many spans of
    time would cost its figures squared.
    """

    def __init__(self) -> None:
        self.latest_money = -1  # the furthest right start of a sum of money
        self.amounts: list[tuple[int, int]] = []  # (end, start) of each figure not of time, by end

    def add(self, figure: Candidate, rules: FigureRules) -> None:
        start, end, _, fields = figure
        unit = fields.get("unit")
        if unit in rules.currency_units:
            self.latest_money = max(self.latest_money, start)
        if unit not in rules.duration_units:
            insort(self.amounts, (end, start))

    def money_from(self, clause_start: int) -> bool:
        """Whether a sum of money starts at or after `clause_start`."""
        return self.latest_money >= clause_start

    def amount_right_before(self, clause_start: int, start: int, text: str) -> bool:
        """Whether a figure not of time starting at or after `clause_start` has only spaces up to `start`."""
        spaces_start = start  # where the run of spaces before `start` begins
        while spaces_start > 0 and text[spaces_start - 1].isspace():
            spaces_start -= 1
        index = bisect_left(self.amounts, (spaces_start, -1))  # the first ending at or after it
        return any(other_start >= clause_start for _, other_start in self.amounts[index:])


def _spread_over_one(figure: Candidate, before: _FiguresBefore, text: str, rules: FigureRules) -> Candidate:
    """`figure` without its `over` when money or an amount comes before it in its clause (`_spread_over`)."""
    start, end, _, fields = figure
    head = text[start:end].lower()
    word = next((word for word in rules.spread_over_words if head.startswith(word + " ")), None)
    if word is None or fields.get("unit") not in rules.duration_units:
        return figure
    lead = CLAUSE_BREAK_OUTSIDE_NUMBERS.split(text[max(0, start - RANGE_LEAD_WINDOW) : start])[-1]
    clause_start = start - len(lead)
    money_before = before.money_from(clause_start)
    # an amount right before `over` (80,000 flats over 15 years) is spread over the span too
    amount_right_before = before.amount_right_before(clause_start, start, text)
    words = {word.strip("\"'") for word in lead.lower().split()}
    if not (money_before or amount_right_before or words & rules.spread_over_verbs):
        return figure
    number_start = start + len(word)
    while text[number_start].isspace():
        number_start += 1
    return number_start, end, rules.spread_over_rule_id, {**fields, "qualifier": None}


def _spread_over_by_scanning(figures: list[Candidate], text: str, rules: FigureRules) -> list[Candidate]:
    """`_spread_over` by scanning the figures before each one (the reference its test compares)."""
    spread: list[Candidate] = []
    for index, figure in enumerate(figures):
        start, end, rule_id, fields = figure
        head = text[start:end].lower()
        word = next((word for word in rules.spread_over_words if head.startswith(word + " ")), None)
        if word is None or fields.get("unit") not in rules.duration_units:
            spread.append(figure)
            continue
        lead = CLAUSE_BREAK_OUTSIDE_NUMBERS.split(text[max(0, start - RANGE_LEAD_WINDOW) : start])[-1]
        clause_start = start - len(lead)
        money_before = any(
            other[0] >= clause_start and other[3].get("unit") in rules.currency_units
            for other in figures[:index]
        )
        amount_right_before = any(
            other[0] >= clause_start
            and other[3].get("unit") not in rules.duration_units
            and not text[other[1] : start].strip()
            for other in figures[:index]
        )
        words = {word.strip("\"'") for word in lead.lower().split()}
        if not (money_before or amount_right_before or words & rules.spread_over_verbs):
            spread.append(figure)
            continue
        number_start = start + len(word)
        while text[number_start].isspace():
            number_start += 1
        spread.append((number_start, end, rules.spread_over_rule_id, {**fields, "qualifier": None}))
    return spread


# `X to Y` at the start of an English range whose unit is written once, after Y
BARE_FIRST_TO = re.compile(r"(?P<first>[0-9][0-9,]*(?:\.[0-9]+)?)\s+to\s+(?=[0-9])")


def _change_from(figure: Candidate, text: str, rules: FigureRules) -> list[Candidate]:
    """`figure` split in two when it is a change `from X to Y`, not a range (see `change_from`).

    (raised capacity from 500,000 to 800,000 tonnes: 500,000 t and 800,000 t;
    sizes range from 60 to 90 square metres stays one range.)
    """
    start, end, rule_id, fields = figure
    if fields.get("value_low") is None or fields.get("value_high") is None or fields.get("qualifier"):
        return [figure]
    bare = BARE_FIRST_TO.match(text, start, end)
    if bare is None:
        return [figure]
    lead = CLAUSE_BREAK.split(text[max(0, start - RANGE_LEAD_WINDOW) : start])[-1]
    words = [word.strip("\"'") for word in lead.lower().split()]
    if not words or words[-1] != "from":
        return [figure]
    near = words[-rules.change_from_reach - 1 : -1]
    if any(word in rules.range_spread_words for word in near):
        return [figure]  # prices range from 5 to 8 dollars: a spread
    if not any(word in rules.change_from_verbs for word in near):
        return [figure]
    if rule_id not in rules.local_rules:
        rule_id = rules.change_from_rule_id
    single = {**fields, "value_low": None, "value_high": None}
    return [
        (start, bare.end("first"), rule_id, {**single, "value": fields["value_low"]}),
        (bare.end(), end, rule_id, {**single, "value": fields["value_high"]}),
    ]


def _without_exchange_rates(figures: list[Candidate], text: str, rules: FigureRules) -> list[Candidate]:
    """`figures` less the two terms of an exchange rate (1美元可兑换7.1元, one dollar is worth 7.2 yuan).

    Two amounts in different currencies with only a word of exchange between
    them, one of them a base of a quoted rate (1 or 100 of a currency), state
    a rate, not two amounts of anything.
    """
    if not rules.exchange_between:
        return figures
    dropped = {index for index, figure in enumerate(figures) if _is_a_quoted_rate(figure, text, rules)}
    if rules.exchange_base_before is not None:
        # one pound bought 9.1 yuan: the base has no number the figures read
        for index, (start, _, _, fields) in enumerate(figures):
            if fields.get("unit") in rules.currency_units and rules.exchange_base_before.search(
                text, max(0, start - EXCHANGE_BASE_REACH), start
            ):
                dropped.add(index)
    for index in range(len(figures) - 1):
        first, second = figures[index], figures[index + 1]
        units = (first[3].get("unit"), second[3].get("unit"))
        if units[0] == units[1] or not all(unit in rules.currency_units for unit in units):
            continue
        if not {first[3].get("value"), second[3].get("value")} & EXCHANGE_BASES:
            continue  # 5000港元约合4600元: an amount and its conversion, both amounts
        if " ".join(text[first[1] : second[0]].lower().split()) in rules.exchange_between:
            dropped.update((index, index + 1))
    return [figure for index, figure in enumerate(figures) if index not in dropped]


# Where an English sentence ends: a stop, a question or exclamation mark or a
# semicolon before a space or the end of the line.
SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")


def _yen_in_japan(figure: Candidate, text: str, rules: FigureRules) -> Candidate:
    """`figure` in yen when its amount follows a bare ¥ in an English sentence about Japan, else itself.

    ¥ alone marks the yuan and the yen alike; Chinese text and English text
    about China mean the yuan, an English sentence that names Japan, its
    cities, its index or the yen means the yen.
    """
    start, end, _, fields = figure
    if fields.get("unit") not in rules.currency_units or fields.get("unit") == rules.yen_code:
        return figure
    sign = next((index for index in range(start, end) if text.startswith(rules.yen_signs, index)), None)
    if sign is None or (sign > 0 and text[sign - 1].isalpha()):
        return figure  # no sign, or a named one (RMB¥, JP¥)
    sentence_start = max((found.end() for found in SENTENCE_END.finditer(text, 0, start)), default=0)
    after = SENTENCE_END.search(text, end)
    sentence = text[sentence_start : after.start() if after else len(text)]
    if HAN.search(sentence) or not rules.yen_context.search(sentence):
        return figure
    return start, end, rules.yen_rule_id, {**fields, "unit": rules.yen_code}


def _is_a_quoted_rate(figure: Candidate, text: str, rules: FigureRules) -> bool:
    """True for an amount quoted as the level of an exchange rate (美元兑台币收在32.4元).

    A sum of money with no multiplier right after a verb of quoting
    (`exchange_words.quotes.verbs`), whose clause before the verb names a
    rate (`exchange_words.quotes.marks`: 兑, 汇率, 中间价), is a rate, not an
    amount of anything.
    """
    start, end, _, fields = figure
    if not rules.exchange_quote_verbs or fields.get("unit") not in rules.currency_units:
        return False
    if any(word in text[start:end] for word in rules.multipliers if HAN.match(word)):
        return False  # 中间价报7.1元 is a rate; 汇率折算后为3亿元 an amount
    before = text[max(0, start - EXCHANGE_BASE_REACH) : start]
    verb = next((verb for verb in rules.exchange_quote_verbs if before.endswith(verb)), None)
    if verb is None:
        return False
    clause = CLAUSE_BREAK.split(before[: -len(verb)])[-1]
    for word in rules.exchange_not:
        clause = clause.replace(word, " ")  # 兑换为200元, 兑付: a verb of paying names no rate
    return any(mark in clause for mark in rules.exchange_quote_marks)


def _with_pay_amounts(kept: list[Candidate], text: str, rules: FigureRules) -> list[Candidate]:
    """`kept` plus pay written with a scale letter (月薪8k) where no other figure is (local currency)."""
    added = []
    occupied = Occupied(kept)
    for match in rules.pay_amount.finditer(text):
        start, end = match.start("num"), match.end()
        if not _free(start, end, occupied):
            continue
        low = float(match.group("num")) * rules.pay_letters[match.group("s1")]
        high = None
        if match.group("num2"):
            high = float(match.group("num2")) * rules.pay_letters[match.group("s2")]
        if high is not None and high <= low:
            continue
        if high is None:
            fields = _fields(rules.pay_currency, value=low)
        else:
            fields = _fields(rules.pay_currency, low=low, high=high)
        added.append((start, end, rules.pay_rule_id, fields))
    return _merged(kept, added)


def _with_bare_amounts(
    kept: list[Candidate], text: str, rules: FigureRules, masked_starts: list[int], masked_ends: list[int]
) -> list[Candidate]:
    """`kept` plus amounts with a multiplier but no currency after a word for money (营收1.8兆).

    The amount is in the local currency, as a bare 元 is; found only where no
    other figure and no mask (a title, a quoted name) is. After a noun of
    people or visits (`count_words`: 人次突破120万) the bare amount is a count
    of that noun.
    """
    added = []
    occupied = Occupied(kept)  # the amounts are checked against `kept`, the counts against the amounts too
    for match in rules.bare_amount.finditer(text) if rules.bare_amount else ():
        start = match.start("pre") if match.group("pre") else match.start("num")
        end = match.end()
        if not _free(start, end, occupied, masked_starts, masked_ends):
            continue
        value = parse_number(match.group("num") + match.group("mult"))
        if not value:
            continue
        high = parse_number(match.group("num2") + match.group("mult")) if match.group("num2") else None
        if match.group("num2") and not (high and high > value):
            continue  # a second end that is not larger: no range, and no guess at one
        pre = match.group("pre")
        qualifier = None
        if pre:
            qualifier = "more_than" if pre in rules.bare_more_than else rules.qualifier_before.get(pre)
        if qualifier is None and match.group("in1"):
            qualifier = rules.qualifier_inside.get(match.group("in1"))  # 营收1,200多亿
        if high is None:
            fields = _fields(rules.pay_currency, value=value, qualifier=qualifier)
        else:
            fields = _fields(rules.pay_currency, low=value, high=high, qualifier=qualifier)
        added.append((start, end, rules.bare_rule_id, fields))
    for amount in added:
        occupied.add(amount[0], amount[1])
    for match in rules.bare_count.finditer(text) if rules.bare_count else ():
        noun = match.group("noun")
        while match is not None:
            count = _bare_count(match, noun, text, rules, occupied, masked_starts, masked_ends)
            if count is None:
                break
            added.append(count)
            occupied.add(count[0], count[1])
            # 人口约65万，预计增至约70万: the next clause takes the same count to a level
            match = rules.bare_count_carried.match(text, count[1]) if rules.bare_count_carried else None
    return _merged(kept, added)


def _bare_count(
    match: re.Match[str],
    noun: str,
    text: str,
    rules: FigureRules,
    occupied: Occupied,
    masked_starts: list[int],
    masked_ends: list[int],
) -> Candidate | None:
    """The count of `noun` a bare-count match reads (游客120多万), or None where a figure or a mask is."""
    start = match.start("pre") if match.group("pre") else match.start("num")
    end = match.end()
    if not _free(start, end, occupied, masked_starts, masked_ends):
        return None
    value = parse_number(match.group("num") + match.group("mult"))
    if not value:
        return None
    pre = match.group("pre")
    qualifier = None
    if pre:
        qualifier = "more_than" if pre in rules.bare_more_than else rules.qualifier_before.get(pre)
    if qualifier is None and match.group("in1"):
        qualifier = rules.qualifier_inside.get(match.group("in1"))  # 游客120多万
    fields = _fields(rules.count_unit, value=value, qualifier=qualifier, counter=noun)
    return (start, end, rules.bare_count_rule_id, fields)


# How far before a figure the amounts listed with it are looked for, each.
LISTED_AMOUNT_REACH = 24


def _with_listed_amounts(
    kept: list[Candidate], text: str, rules: FigureRules, masked_starts: list[int], masked_ends: list[int]
) -> list[Candidate]:
    """`kept` plus the amounts listed before a sum of money that share its multiplier and currency.

    (5亿、6亿元: 5亿 is in yuan too.) Only an amount whose multiplier is the
    one the figure after it is written with, and a single amount of money
    (no range) after it.
    """
    added = []
    occupied = Occupied(kept)
    for start, _, rule_id, fields in kept:
        if fields.get("unit") not in rules.currency_units or fields.get("value") is None:
            continue
        multipliers = rules.listed_multipliers
        multiplier = next((word for word in multipliers if _number_then(text, start, word)), None)
        if multiplier is None:
            continue
        end = start
        while match := rules.listed_amount.search(text, max(0, end - LISTED_AMOUNT_REACH), end):
            if match.group("mult") != multiplier:
                break
            first, last = match.start(), match.end("mult")
            value = parse_number(match.group("num") + multiplier)
            if value and match.group("neg"):
                value = -value  # 净利润为-3亿、5亿元
            if not value or not _free(first, last, occupied, masked_starts, masked_ends):
                break
            if text.endswith(rules.excluded_before, 0, first):
                break  # 第3亿: an ordinal, no amount
            # in a local currency (元, $) it is the figure's rule, whose currency the region decides
            listed_rule = rule_id if rule_id in rules.local_rules else rules.listed_rule_id
            added.append((first, last, listed_rule, _fields(fields["unit"], value=value)))
            occupied.add(first, last)
            end = first
    return _merged(kept, added)


def _with_listed_shares(
    kept: list[Candidate], text: str, rules: FigureRules, masked_starts: list[int], masked_ends: list[int]
) -> list[Candidate]:
    """`kept` plus the bare numbers listed before a share after 分别, each in the share's unit.

    (增速分别扩大0.3和0.5个百分点: 0.3 is percentage points too.) Only when an
    opener of `listed_shares` stands within `reach` characters before the
    first number listed, with no clause mark between.
    """
    added = []
    occupied = Occupied(kept)
    for start, _, _, fields in kept:
        if fields.get("unit") not in rules.listed_share_units or fields.get("value") is None:
            continue
        if fields.get("value_low") is not None or not text[start : start + 1].isdigit():
            continue
        listed: list[tuple[int, int, float]] = []
        end = start
        while match := rules.listed_share.search(text, max(0, end - LISTED_AMOUNT_REACH), end):
            first, last = match.span("num")
            if not _free(first, last, occupied, masked_starts, masked_ends):
                break
            listed.append((first, last, float(match.group("num"))))
            end = first
        if not listed:
            continue
        lead = text[max(0, end - rules.listed_share_reach) : end]
        lead = re.split(r"[，,。；;：:！？!?]", lead)[-1]
        if not any(opener in lead for opener in rules.listed_share_openers):
            continue
        for first, last, value in listed:
            added.append((first, last, rules.listed_share_rule_id, _fields(fields["unit"], value=value)))
            occupied.add(first, last)
    return _merged(kept, added)


def _number_then(text: str, start: int, word: str) -> bool:
    """True when the text at `start` is a number in digits followed by `word` (6亿 of 6亿元)."""
    index = start
    while index < len(text) and (text[index].isdigit() or text[index] in ".,"):
        index += 1
    return index > start and text.startswith(word, index)


def _with_noun_counts(
    kept: list[Candidate], text: str, rules: FigureRules, masked_starts: list[int], masked_ends: list[int]
) -> list[Candidate]:
    """`kept` plus the headline counts (3200职位) that overlap none of them and no mask."""
    added = []
    occupied = Occupied(kept)
    for match in rules.chinese_noun_count.finditer(text):
        start, end = match.span()
        if start and NOT_NUMBER_START.match(text, start - 1):
            continue  # inside a number or a name (A12, 3.45, 1,200)
        if start >= 2 and CODE_WORD_BEFORE.match(text, start - 2):
            continue  # the number of a standard or code after its letters (ISO 9001, GB 50016)
        if not _free(start, end, occupied, masked_starts, masked_ends):
            continue
        if text.endswith(rules.excluded_before, 0, start) or text.endswith(rules.rank_before, 0, start):
            continue
        number = match.group("num")
        if YEAR.fullmatch(number) or int(number) == 0:
            continue
        fields = _fields(rules.count_unit, value=float(int(number)), counter=match.group("noun"))
        added.append((start, end, rules.noun_count_rule_id, fields))
    return _merged(kept, added)


def _free(
    start: int,
    end: int,
    occupied: Occupied,
    masked_starts: Sequence[int] = (),
    masked_ends: Sequence[int] = (),
) -> bool:
    """Whether `start`..`end` overlaps no figure of `occupied` and lies inside no mask."""
    if occupied.overlaps(start, end):
        return False
    index = bisect_right(masked_starts, start) - 1
    return not (index >= 0 and end <= masked_ends[index])


def _fields(
    unit: str,
    value: float | None = None,
    low: float | None = None,
    high: float | None = None,
    counter: str | None = None,
    qualifier: str | None = None,
) -> dict[str, object]:
    """The value columns of a figure found outside the scanner."""
    return {
        "value": value,
        "value_low": low,
        "value_high": high,
        "unit": unit,
        "counter": counter,
        "qualifier": qualifier,
    }


def _merged(kept: list[Candidate], added: list[Candidate]) -> list[Candidate]:
    """`kept` and `added` in the order of their starts."""
    if not added:
        return kept
    return sorted(kept + added, key=lambda candidate: candidate[0])


def _join_minor_units(figures: list[Candidate], text: str, rules: FigureRules) -> list[Candidate]:
    """An amount in a minor unit right after a whole amount of its currency is part of it.

    (thirteen dollars and forty-five cents = 13.45 USD, 10美元5美分 = 10.05 USD.)
    """
    if len(figures) < 2 or not rules.minor_currency_rules:
        return figures
    joined: list[Candidate] = []
    for figure in figures:
        if joined and _joins(joined[-1], figure, text, rules):
            start, _, rule_id, fields = joined[-1]
            whole = dict(fields)
            whole["value"] = float(round(fields["value"] + figure[3]["value"], 10))
            joined[-1] = (start, figure[1], rule_id, whole)
        else:
            joined.append(figure)
    return joined


def _joins(major: Candidate, minor: Candidate, text: str, rules: FigureRules) -> bool:
    major_fields, minor_fields = major[3], minor[3]
    if major[2] not in rules.major_currency_rules or minor[2] not in rules.minor_currency_rules:
        return False
    if major_fields["unit"] != minor_fields["unit"] or minor_fields.get("qualifier"):
        return False
    value, cents = major_fields.get("value"), minor_fields.get("value")
    if value is None or cents is None or not 0 < cents < 1 or value != int(value) or value >= MINOR_JOIN_MAX:
        return False
    return rules.minor_joiner.fullmatch(text, major[1], minor[0]) is not None


def _join_ranges(figures: list[Candidate], text: str, rules: FigureRules) -> list[Candidate]:
    """Two whole figures of one unit on both sides of a range word are one range (see `range_joins`).

    (4.5% to 5%, US$2 billion to US$3 billion, between 2.5% and 3%.)
    """
    if len(figures) < 2 or rules.range_join_gap is None:
        return figures
    joined: list[Candidate] = []
    for figure in figures:
        if joined and _range_joins(joined[-1], figure, text, rules):
            start, _, _, fields = joined[-1]
            whole = dict(fields)
            whole.update(value=None, value_low=fields["value"], value_high=figure[3]["value"])
            # in a local currency ($4m to $9m) it keeps the rule whose currency the region decides
            rule_id = joined[-1][2] if joined[-1][2] in rules.local_rules else rules.range_join_rule_id
            joined[-1] = (start, figure[1], rule_id, whole)
        else:
            joined.append(figure)
    return joined


def _range_joins(low: Candidate, high: Candidate, text: str, rules: FigureRules) -> bool:
    low_fields, high_fields = low[3], high[3]
    low_value, high_value = low_fields.get("value"), high_fields.get("value")
    if low_value is None or high_value is None or not low_value < high_value:
        return False  # a range already, or not rising
    for key in ("unit", "counter"):
        if low_fields.get(key) != high_fields.get(key):
            return False
    # about HK$40 billion to HK$55 billion: the approximation covers a range of
    # two amounts of money; elsewhere a qualifier on one end keeps two figures
    if high_fields.get("qualifier") or low_fields.get("qualifier") not in (None, APPROX):
        return False
    if low_fields.get("qualifier") and low_fields.get("unit") not in rules.currency_units:
        return False
    if rules.local_rules.get(low[2]) != rules.local_rules.get(high[2]):
        return False  # $4 to US$9: a local currency and a named one
    if (low[2] in rules.minor_currency_rules) != (high[2] in rules.minor_currency_rules):
        return False  # fell 3 cents to $4.20: a change and the level it reached
    gap = rules.range_join_gap.fullmatch(text, low[1], high[0])
    if gap is None:
        return False
    lead = CLAUSE_BREAK.split(text[max(0, low[0] - RANGE_LEAD_WINDOW) : low[0]])[-1]
    words = lead.lower().split()
    if gap.group("and"):
        return bool(words) and words[-1] in rules.range_between_words
    if change_and_level(text, low[0], low_value, high_value, low_fields["unit"], rules):
        return False  # fell 2.5 yuan to 30 yuan: the change, then the level reached
    lead_words = words[-RANGE_LEAD_WORDS:]
    pairs = zip(words, words[1:], strict=False)
    if any(word in rules.range_spread_words and after == "from" for word, after in pairs):
        return True  # prices ranged from $20 to $80: a spread, not a change
    # a change names its start a few words back (revised from a maximum of 6% to 11%)
    return not any(word in rules.range_not_after for word in lead_words)


def _longest_first(candidate: Candidate) -> tuple[int, int]:
    return candidate[0], candidate[0] - candidate[1]


def _masked(text: str, rules: FigureRules) -> tuple[list[int], list[int]]:
    """Starts and ends of the titles, quoted names, URLs and addresses of a line (no figures there)."""
    masks: list[tuple[int, int]] = []
    if MASK_MARK.search(text):
        has_url_mark = any(mark in text for mark in URL_MARKS)
        pattern = rules.quote_pattern if has_url_mark else rules.quote_pattern_without_urls
        masks = [match.span() for match in pattern.finditer(text)]
    addresses: list[tuple[int, int]] = []
    if rules.address_pattern is not None and (":" in text or "：" in text):
        addresses = [match.span() for match in rules.address_pattern.finditer(text)]
    if rules.located_pattern is not None and any(verb in text for verb in rules.located_verbs):
        addresses += [match.span() for match in rules.located_pattern.finditer(text)]
    if addresses:
        masks = _merged_spans(masks + addresses)
    return [start for start, _ in masks], [end for _, end in masks]


def _merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` sorted, with overlapping ones merged (the masks must not overlap)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def find_spans(lines: Sequence[LineContext], document: DocumentContext, ruleset: RuleSet) -> list[Span]:
    """Figures of every (non-boilerplate) line of a document, with the figure rules of `ruleset`.

    Amounts in a local currency (a bare 元 or $) take the currency the
    article declared or that of its place of publication (`local_currencies`).
    """
    rules = ruleset.compiled(compile_figure_rules)
    spans: list[Span] = []
    for line in lines:
        spans.extend(_line_spans(line.norm_text, rules, line.line_no))
    if rules.table_cell_rule_id:
        spans.extend(table_unit_cells(lines, spans, rules))
    spans.extend(caption_unit_cells(lines, spans, rules, find_figures))
    if any(span.rule_id in rules.local_rules for span in spans):
        local_currencies(spans, lines, document, rules)
    spans = named_before_currencies(spans, rules)
    texts = {line.line_no: line.norm_text for line in lines}
    _qualifiers_from_line_before(spans, texts, rules)
    years = [span for span in spans if _may_be_roc_year(span, texts[span.line_no], rules)]
    if years and document_region(lines, spans, document, rules) == rules.roc_region:
        dropped = {id(span) for span in years}
        spans = [span for span in spans if id(span) not in dropped]
    return [span for span in spans if not _clause_number(span, texts[span.line_no])]


# A numbered clause opening a line, read with the word after it as a count (2.4本次招标, 3.1项目概况).
CLAUSE_NUMBER_COUNT = re.compile(r"\d{1,2}(?:\.\d{1,2})+\s?(?!倍)[\u4e00-\u9fff]")


# Blanks opening a line: a span opens its line when they reach its start.
LEADING_BLANKS = re.compile(r"\s*")


def _opens_line(text: str, start: int) -> bool:
    """True when nothing but blanks stands before `start` (read from the line's left, not copied)."""
    return LEADING_BLANKS.match(text).end() >= start


def _clause_number(span: Span, text: str) -> bool:
    """True for a count that is the number of a clause opening its line (2.4本次招标划分为1个标段).

    Tender notices and regulations number their clauses 2.4, 3.1; the word
    after the number may begin with a measure word (本次, 项目). Nothing is
    counted in fractions of an item, so a decimal count with no multiplier,
    qualifier or anything before it on its line is no figure; 2.5倍 is.
    """
    if span.fields.get("unit") != "count" or not _opens_line(text, span.start):
        return False
    return CLAUSE_NUMBER_COUNT.fullmatch(text[span.start : span.end]) is not None


def _qualifiers_from_line_before(spans: list[Span], texts: dict[int, str], rules: FigureRules) -> None:
    """Give a figure that opens its line the Chinese qualifier that ends the line before (约⏎121.4亿美元).

    Text copied from a PDF breaks lines inside sentences; a line that ends in a
    qualifier (not the end of another word: 签约, 附近) leaves it to the number
    that opens the next one. The span stays on its own line. A duration keeps
    none: 近 before one is "recent", not "about".
    """
    for span in spans:
        if span.fields.get("qualifier") or span.fields.get("unit") in rules.duration_units:
            continue
        text = texts.get(span.line_no, "")
        before = texts.get(span.line_no - 1)
        if before is None or not _opens_line(text, span.start):
            continue
        before = before.rstrip()
        word = qualifier_ending_at(before, len(before), rules)
        if word and not ends_another_word(before, len(before), rules):
            span.fields["qualifier"] = rules.qualifier_before[word]


# A table's cells: split at tabs or runs of spaces (full-width spaces are spaces by now).
CELL_BREAK = re.compile(r"\t+| {1,}")
# A cell that is a plain number (no unit of its own).
PLAIN_NUMBER_CELL = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")


def table_unit_cells(
    lines: Sequence[LineContext], spans: list[Span], rules: FigureRules, *, screened: bool = True
) -> list[Span]:
    """Plain numbers in table columns whose header states a unit (金额（亿元）, 面积（公顷）): figures in it.

    The header is a line of at least two cells, some of them ending in a unit
    in brackets; each row right after it with as many cells, whose cell in
    such a column is a plain number no figure covers, gives a figure read as
    the number written with the unit (14.6 under 亿元: 1.46 billion, in the
    local currency; 12.8 under 公顷: 128,000 m2). A row with no such number,
    or the first line of another shape, ends the table. A unit the figure
    rules do not read scales nothing. `screened=False` splits every line
    into cells (the plain reading the screen is tested against).
    """
    found: list[Span] = []
    covered = {(span.line_no, span.start) for span in spans}
    header: tuple[int, dict[int, str]] | None = None  # (cells, unit of each column)
    last_line = -1
    closings = rules.table_cell_brackets[1::2]
    for line in lines:
        if screened and header is None and not any(closing in line.norm_text for closing in closings):
            # a header's unit cell ends in a closing bracket: a line without one is no header
            last_line = line.line_no
            continue
        cells = _cells(line.norm_text)
        if header is not None and len(cells) == header[0] and line.line_no <= last_line + 2:
            row = []
            for column, unit in header[1].items():
                start, end = cells[column]
                number = line.norm_text[start:end]
                if not PLAIN_NUMBER_CELL.fullmatch(number) or (line.line_no, start) in covered:
                    continue
                reading = cell_reading(number, unit, rules, find_figures)
                if reading is not None and not (
                    reading[1].get("unit") == YEAR_UNIT and YEAR.fullmatch(number)
                ):
                    row.append(Span(TABLE, line.line_no, start, end, reading[0], reading[1]))
            if row:
                found.extend(row)
                last_line = line.line_no
                continue
        header = _unit_header(line.norm_text, cells, rules)
        last_line = line.line_no
    return found


def _cells(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table row."""
    cells, start = [], 0
    for gap in CELL_BREAK.finditer(text):
        if gap.start() > start:
            cells.append((start, gap.start()))
        start = gap.end()
    if start < len(text):
        cells.append((start, len(text)))
    return cells


def _unit_header(
    text: str, cells: list[tuple[int, int]], rules: FigureRules
) -> tuple[int, dict[int, str]] | None:
    """(cells, unit of each column) of a header line with cells ending in a unit in brackets, or None."""
    if len(cells) < 2:
        return None
    units: dict[int, str] = {}
    for column, (start, end) in enumerate(cells):
        cell = text[start:end]
        for opening, closing in zip(
            rules.table_cell_brackets[::2], rules.table_cell_brackets[1::2], strict=False
        ):
            if cell.endswith(closing) and opening in cell:
                unit = cell[cell.rindex(opening) + 1 : -1].strip()
                readable = unit and not any(character.isdigit() for character in unit)
                if readable and cell_reading("1", unit, rules, find_figures) is not None:
                    units[column] = unit
    return (len(cells), units) if units else None


def _may_be_roc_year(span: Span, text: str, rules: FigureRules) -> bool:
    """True when `span` is a number of years that in a Taiwanese article is a year of the ROC calendar.

    111年施政计划: digits alone before 年, in `roc_years`' range, with no
    verb of lasting before it and no word of a length of time after it.
    """
    fields = span.fields
    if fields.get("unit") != YEAR_UNIT or fields.get("qualifier"):
        return False
    low, high = rules.roc_year_range
    if fields.get("value") is None:
        # 112年至115年: both ends years of the calendar
        ends = (fields.get("value_low"), fields.get("value_high"))
        if None in ends or not all(low <= end <= high for end in ends):
            return False
        if not ROC_YEAR_RANGE.fullmatch(text, span.start, span.end):
            return False
    elif not low <= fields["value"] <= high or not ROC_YEAR.fullmatch(text, span.start, span.end):
        return False
    # a verb of lasting may stand up to two characters before it (已营业102年)
    if any(text.endswith(rules.roc_year_not_after, 0, span.start - gap) for gap in range(3)):
        return False
    return not text.startswith(rules.roc_year_not_before, span.end)


def document_region(
    lines: Sequence[LineContext], spans: Sequence[Span], document: DocumentContext, rules: FigureRules
) -> str:
    """Where the article was published: its metadata's region, else inferred from the text.

    Simplified Chinese is mainland text. Traditional Chinese and English
    articles vote with the words of each region in `locale.regions` (港府,
    行政院, 澳门特区: one vote a mention) and the amounts in the region's own
    currency named explicitly among `spans` (新臺幣50億元: `min_votes` each); the region
    with most votes (at least `min_votes`) wins; otherwise the default region.
    """
    if document.region in rules.region_currencies:
        return document.region
    chinese = sum(1 for line in lines if line.lang == "zh")
    english = sum(1 for line in lines if line.lang == "en")
    if not document.traditional and chinese >= english:
        return rules.default_region
    votes = {
        region: sum(len(pattern.findall(line.norm_text)) for line in lines)
        for region, pattern in rules.region_words.items()
    }
    # an amount in a region's own currency, named explicitly, declares it (新臺幣50億元)
    for region, currencies in rules.region_currencies.items():
        if region == rules.default_region:
            continue
        named = sum(
            1
            for span in spans
            if span.fields.get("unit") == currencies["yuan"] and span.rule_id not in rules.local_rules
        )
        votes[region] = votes.get(region, 0) + named * rules.min_votes
    best = max(votes.values(), default=0)
    winners = [region for region, count in votes.items() if count == best]
    return winners[0] if best >= rules.min_votes and len(winners) == 1 else rules.default_region


def local_currencies(
    spans: list[Span], lines: Sequence[LineContext], document: DocumentContext, rules: FigureRules
) -> None:
    """Give each amount in a local currency (元, $) its currency, in place.

    A currency declared by a note right after an amount that names it
    (新台币100亿元(下同)) holds for the amounts after it; otherwise the
    currency of the article's region (`document_region`).
    """
    texts = {line.line_no: line.norm_text for line in lines}
    region = rules.region_currencies[document_region(lines, spans, document, rules)]
    declared: str | None = None
    for span in sorted(spans, key=lambda span: (span.line_no, span.start)):
        kind = rules.local_rules.get(span.rule_id)
        if kind == NAMED_BEFORE:
            continue  # a bare franc: `named_before_currencies`
        if kind is not None:
            span.fields["unit"] = declared or region[kind]
        elif span.fields.get("unit") in rules.currency_units:
            after = texts.get(span.line_no, "")[span.end :].lstrip()
            if after.startswith(rules.declare_notes):
                declared = span.fields["unit"]


def named_before_currencies(spans: list[Span], rules: FigureRules) -> list[Span]:
    """`spans` with each bare franc, mark or lira given the currency the text named last before it.

    A word such as 法郎 or francs names several currencies (`named_before`
    in figures.yaml): the amount takes the last currency of that list named
    by an amount before it (40亿法国法郎 ... 32亿法郎 is FRF); with none, which
    currency it is stays unknown and the amount is dropped.
    """
    if not any(span.rule_id in rules.named_before for span in spans):
        return spans
    dropped: set[int] = set()
    named: list[str] = []
    for span in sorted(spans, key=lambda span: (span.line_no, span.start)):
        codes = rules.named_before.get(span.rule_id)
        if codes is None:
            named.append(span.fields.get("unit") or "")
            continue
        last = next((code for code in reversed(named) if code in codes), None)
        if last is None:
            dropped.add(id(span))
        else:
            span.fields["unit"] = last
    return [span for span in spans if id(span) not in dropped]
