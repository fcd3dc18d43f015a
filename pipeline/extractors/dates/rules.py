"""The date rules of `rules/dates.yaml`, compiled once per rule set.

    rules = ruleset.compiled(compile_date_rules)

Every rule's pattern (its `{PLACEHOLDERS}` replaced by fragments and word
tables) is compiled alone; the rules are tried in the order of the rule
file, Chinese rules before English ones, each language behind a cheap guard
(`first_characters`, `english_start_words`). `anchors` say where dates can
be: see `pipeline.extractors.dates.match` for how the search uses them.
Caches filled while documents are read (which rules can start with a
character, the value groups of a pattern) hang off the compiled object, so
two rule sets never share one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import groupby
from typing import TYPE_CHECKING, Any

import regex

from pipeline.extractors.dates.lunar import LAST_DAY, SOLAR_TERMS
from pipeline.extractors.dates.match import (
    AnchorFinder,
    RuleScreen,
    anchor_finder,
    case_fold_table,
    date_alphabet,
    matches_everywhere,
    named_characters,
    rule_matches,
    rule_screen,
    start_characters_pattern,
    start_test,
    starting_rules,
    starting_rules_after,
    starting_rules_table,
)
from pipeline.rules.loader import RuleFileError
from pipeline.rules.pattern_facts import ASCII, none_can_start
from pipeline.rules.schema import Bool, ListOf, Number, OneOf, Schema, Str, Where, check, verified
from pipeline.rules.schema import Mapping as Fields

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

RULES_NAME = "dates"

# Table name in rules/dates.yaml -> the named group its words fill.
TABLE_GROUPS: dict[str, str] = {
    "month_names": "month",
    "month_names_cn": "month",
    "relative_years": "relative_year",
    "relative_fiscal_years": "relative_fiscal_year",
    "anaphoric_years": "anaphoric_year",
    "anaphoric_years_en": "anaphoric_year",
    "relative_years_en_short": "relative_year",
    "relative_years_compared": "relative_year",
    "year_parts": "year_part",
    "year_parts_en": "year_part",
    "year_part_suffixes": "year_part",
    "report_halves": "year_part",
    "month_parts": "month_part",
    "named_periods": "named_period",
    "named_periods_en": "named_period",
    "period_parts": "period_part",
    "relative_days": "relative_day",
    "relative_months": "relative_month",
    "relative_month_prefixes": "relative_month",
    "relative_weeks": "relative_week",
    "relative_weeks_en_short": "relative_week",
    "relative_quarters": "relative_quarter",
    "weekdays": "weekday",
    "weekdays_en": "weekday",
    "weekday_abbreviations_en": "weekday",
    "relative_days_short": "relative_day",
    "offset_units": "offset_unit",
    "offset_directions": "offset_direction",
    "holidays": "holiday",
    "holidays_en": "holiday",
    "holidays_taiwan": "holiday_taiwan",
    "holidays_in_context": "holiday",
    "moving_holidays": "moving_holiday",
    "moving_holidays_in_context": "moving_holiday",
    "moving_holidays_en": "moving_holiday",
    "year_days": "holiday",
    "day_words_en": "day",
    "week_numbers": "week_number",
    "pair_starts": "pair_start",
    "pair_units": "pair_unit",
    "eras": "era",
    "lunar_festivals": "lunar_festival",
    "lunar_festivals_in_context": "lunar_festival",
    "lunar_festivals_en": "lunar_festival",
    "solar_terms": "solar_term",
    "solar_terms_before_jieqi": "solar_term",
}

PLACEHOLDER = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}")
RULE_GROUP_PREFIX = "rule_"
GRANULARITIES = ("day", "month", "year", "period")
RESOLUTIONS = ("explicit", "doc_date", "relative", "unresolved")


# --------------------------------------------------------------------------- schema


@dataclass(frozen=True)
class Pair(Schema):
    """`[first, last]`: two whole numbers from `minimum` to `maximum`, the first not after the last."""

    minimum: int
    maximum: int

    def check(self, value: Any, where: Where) -> None:
        """Two bounded whole numbers in order."""
        if not isinstance(value, list) or len(value) != 2:
            raise where.fail(f"expected {self.describe()}, got {value!r}")
        bound = Number(minimum=self.minimum, maximum=self.maximum, integer=True)
        for item in value:
            bound.check(item, where)
        if value[0] > value[1]:
            raise where.fail(f"the first of {value} is after the last")

    def describe(self) -> str:
        """`[first, last] between a and b`."""
        return f"[first, last] between {self.minimum} and {self.maximum}"


@dataclass(frozen=True)
class MonthDay(Schema):
    """`[month, day]`: a day of the calendar year (a holiday with a fixed date: [12, 25])."""

    def check(self, value: Any, where: Where) -> None:
        """Two whole numbers naming a day that exists (in a leap year)."""
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(item, int) for item in value)):
            raise where.fail(f"expected {self.describe()}, got {value!r}")
        try:
            date(2024, value[0], value[1])
        except ValueError:
            raise where.fail(f"{value} is no day of the year") from None

    def describe(self) -> str:
        """`[month, day]`."""
        return "[month, day]"


@dataclass(frozen=True)
class MovingDay(Schema):
    """The rule of a holiday whose date moves: `{month, weekday, nth[, days_after]}` or `{easter: N}`.

    weekday 1 = Monday ... 7 = Sunday; nth 1-5, or -1 for the last of the
    month; `days_after` counts on from that day; `easter` counts days from
    Easter Sunday (see `pipeline.extractors.dates.moving`).
    """

    def check(self, value: Any, where: Where) -> None:
        """Either an Easter offset alone, or a month, a weekday and its number in the month."""
        if not isinstance(value, dict):
            raise where.fail(f"expected {self.describe()}, got {value!r}")
        keys = set(value)
        if keys == {"easter"}:
            Number(minimum=-70, maximum=70, integer=True).check(value["easter"], where)
            return
        if not {"month", "weekday", "nth"} <= keys <= {"month", "weekday", "nth", "days_after"}:
            raise where.fail(f"expected {self.describe()}, got the keys {sorted(keys)}")
        Number(minimum=1, maximum=12, integer=True).check(value["month"], where)
        Number(minimum=1, maximum=7, integer=True).check(value["weekday"], where)
        Number(minimum=-1, maximum=5, integer=True).check(value["nth"], where)
        if value["nth"] == 0:
            raise where.fail("nth counts from 1 (or -1 for the last weekday of the month)")
        Number(minimum=-31, maximum=31, integer=True).check(value.get("days_after", 0), where)

    def describe(self) -> str:
        """`{month, weekday, nth[, days_after]} or {easter: N}`."""
        return "{month: 1-12, weekday: 1-7, nth: 1-5 or -1[, days_after: N]} or {easter: N}"


@dataclass(frozen=True)
class LunarDay(Schema):
    """`[month, day]` of the lunar calendar: month 1-12, day 1-30 or -1 (the month's last day)."""

    def check(self, value: Any, where: Where) -> None:
        """Two whole numbers: a lunar month and a lunar day (or -1)."""
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(item, int) for item in value)):
            raise where.fail(f"expected {self.describe()}, got {value!r}")
        month, day = value
        if not 1 <= month <= 12 or not (1 <= day <= 30 or day == LAST_DAY):
            raise where.fail(f"{value} is no day of the lunar calendar")

    def describe(self) -> str:
        """`[lunar month, lunar day]`."""
        return "[lunar month, lunar day (-1: the last)]"


@dataclass(frozen=True)
class Day(Schema):
    """A calendar day (2024-05-01, as YAML reads it or as a string), or nothing (`null`)."""

    def check(self, value: Any, where: Where) -> None:
        """A date, an ISO date string or None."""
        if value is None or isinstance(value, date):
            return
        try:
            date.fromisoformat(str(value))
        except ValueError:
            raise where.fail(f"expected a day such as 2024-05-01, got {value!r}") from None

    def describe(self) -> str:
        """`a day`."""
        return "a day (YYYY-MM-DD)"


def _not_empty(value: dict, where: Where) -> None:
    if not value:
        raise where.fail("must not be empty")


def _placeholder_names(value: dict, where: Where) -> None:
    key_lines = getattr(value, "key_lines", {})
    for name in value:
        if not PLACEHOLDER.fullmatch(f"{{{name}}}"):
            raise where.at(value, str(name), key_lines.get(name)).fail(
                "a fragment name is written in capitals (A-Z, 0-9, _), as its {PLACEHOLDER}"
            )


def _table(value: Schema) -> Fields:
    """A word table: word -> what it means."""
    return Fields({}, extra=value, check_whole=_not_empty)


# An example of a date rule: a text it finds (a string, or `text:` with the
# columns expected of what it finds there), or a text it must not fire on
# (`none: true`). See tests/rules/test_rule_examples.py.
DATE_EXAMPLE = OneOf(
    (
        Str(),
        Fields(
            {
                "text": Str(),
                "doc_date": Day(),
                "match": Str(),
                "none": Bool(),
                "start_date": Day(),
                "end_date": Day(),
                "granularity": Str(choices=GRANULARITIES),
                "resolution": Str(choices=RESOLUTIONS),
                "comment": Str(),
            },
            required=("text",),
        ),
    )
)
RULE = Fields(
    {
        "id": Str(),
        "pattern": Str(),
        "language": Str(choices=("zh", "en")),
        "examples": ListOf(DATE_EXAMPLE, min_items=1),
    },
    required=("id", "pattern"),
)
YEAR_PART = Pair(1, 12)
TABLE_VALUES: dict[str, Schema] = {
    "month_names": Number(minimum=1, maximum=12, integer=True),
    "month_names_cn": Number(minimum=1, maximum=12, integer=True),
    "relative_years": Number(integer=True),
    "relative_fiscal_years": Number(integer=True),
    "anaphoric_years": Number(integer=True),
    "anaphoric_years_en": Number(integer=True),
    "relative_years_en_short": Number(integer=True),
    "relative_years_compared": Number(integer=True),
    "year_parts": YEAR_PART,
    "year_parts_en": YEAR_PART,
    "year_part_suffixes": YEAR_PART,
    "report_halves": YEAR_PART,
    "month_parts": Pair(1, 31),
    "named_periods": Pair(1, 9999),
    "named_periods_en": Pair(1, 9999),
    "period_parts": Str(choices=("whole", "first", "last")),
    "relative_days": Number(integer=True),
    "relative_months": Number(integer=True),
    "relative_month_prefixes": Number(integer=True),
    "relative_weeks": Number(integer=True),
    "relative_weeks_en_short": Number(integer=True),
    "relative_quarters": Number(integer=True),
    "weekdays": Number(minimum=1, maximum=7, integer=True),
    "weekdays_en": Number(minimum=1, maximum=7, integer=True),
    "weekday_abbreviations_en": Number(minimum=1, maximum=7, integer=True),
    "relative_days_short": Number(integer=True),
    "offset_units": Str(choices=("day", "week", "month", "year")),
    "offset_directions": Number(minimum=-1, maximum=1, integer=True),
    "holidays": MonthDay(),
    "holidays_en": MonthDay(),
    "holidays_taiwan": MonthDay(),
    "holidays_in_context": MonthDay(),
    "moving_holidays": MovingDay(),
    "moving_holidays_in_context": MovingDay(),
    "moving_holidays_en": MovingDay(),
    "year_days": MonthDay(),
    "day_words_en": Number(minimum=1, maximum=31, integer=True),
    "week_numbers": Number(minimum=-1, maximum=5, integer=True),
    "pair_starts": Number(integer=True),
    "pair_units": Str(choices=("day", "year")),
    "eras": Number(minimum=1, maximum=2100, integer=True),
    "lunar_festivals": LunarDay(),
    "lunar_festivals_in_context": LunarDay(),
    "lunar_festivals_en": LunarDay(),
    "solar_terms": Str(choices=SOLAR_TERMS),
    "solar_terms_before_jieqi": Str(choices=SOLAR_TERMS),
}
assert set(TABLE_VALUES) == set(TABLE_GROUPS)
TWO_DIGIT_YEARS = Fields({"pivot": Number(minimum=0, maximum=99, integer=True)}, required=("pivot",))
# The shape of rules/dates.yaml.
SCHEMA = Fields(
    {
        "fragments": Fields({}, extra=Str(), check_whole=_placeholder_names),
        "rules": ListOf(RULE, unique="id", min_items=1),
        "anchors": ListOf(
            Fields(
                {"patterns": ListOf(Str(), min_items=1), "reach": Number(minimum=0, integer=True)},
                required=("patterns", "reach"),
            ),
            min_items=1,
        ),
        "first_characters": Str(),
        "english_start_words": ListOf(Str()),
        "capitalised_only": ListOf(Str()),
        "tables": Fields({name: _table(value) for name, value in TABLE_VALUES.items()}),
        "future_markers": ListOf(Str()),
        "comparison_markers": ListOf(Str()),
        "since_runs_to_article_date": Bool(),
        "later_offset_needs": ListOf(Str()),
        "anaphoric_months": ListOf(Str()),
        "anaphoric_months_only": ListOf(Str()),
        "anaphoric_days_only": ListOf(Str()),
        "years_before_compared": ListOf(Str()),
        "same_months": ListOf(Str()),
        "anaphoric_years_opening_line": ListOf(Str()),
        "years_under_review": ListOf(Str()),
        "forecast_words": ListOf(Str()),
        "scheduled_part_words": ListOf(Str()),
        "fiscal_year_start_months": Fields({}, extra=Number(minimum=1, maximum=12, integer=True)),
        "stated_relative_years": Fields({}, extra=Number(minimum=-2, maximum=2, integer=True)),
        "months_before_compared": ListOf(Str()),
        "document_title_endings": ListOf(Str()),
        "quarters_before_named": ListOf(Str()),
        "quarters_anaphoric": ListOf(Str()),
        "weekday_told_past_by": ListOf(Str()),
        "month_said_in_by": ListOf(Str()),
        "weekday_told_future_by": ListOf(Str()),
        "weekday_past_object": Fields(
            {
                "object_words": Number(minimum=0, maximum=12, integer=True),
                "reach": Number(minimum=0, maximum=200, integer=True),
                "stops": ListOf(Str()),
            },
            required=("object_words", "reach"),
        ),
        "past_markers": ListOf(Str()),
        "paragraph_number": Str(),
        "range_end_words": ListOf(Str()),
        "range_end_words_within": ListOf(Str()),
        "past_markers_after": ListOf(Str()),
        "history_clauses": Fields({"before": Str(), "after": Str()}),
        "fiscal_year_reported_by": Str(),
        "calendar_year_reported_by": Str(),
        "year_ended_reported": Fields(
            {"words": ListOf(Str()), "days_after": Number(minimum=1, maximum=366, integer=True)},
            required=("words", "days_after"),
        ),
        "article_timestamp": Fields(
            {"first_lines": Number(minimum=1, integer=True), "before": Str(), "after": Str()},
            required=("first_lines", "before", "after"),
        ),
        "taiwan": Fields(
            {"regions": ListOf(Str()), "words": ListOf(Str(), min_items=1)}, required=("regions", "words")
        ),
        "two_digit_years": Fields(
            {"pivot": Number(minimum=0, maximum=99, integer=True)}, required=("pivot",)
        ),
        "bare_days": Fields(
            {
                "days_ahead": Number(minimum=0, maximum=27, integer=True),
                "weekday_reach": Number(minimum=0, maximum=366, integer=True),
            }
        ),
        "yearless_dates": Fields(
            {
                "days_ahead": Number(minimum=0, integer=True),
                "future_words": ListOf(Str()),
                "days_behind": Number(minimum=0, integer=True),
                "announced_by": ListOf(Str()),
                "forecast_by": ListOf(Str()),
                "announcement_undone_by": ListOf(Str()),
                "days_ahead_told_past": Number(minimum=0, integer=True),
                "told_past_by": ListOf(Str()),
                "reported_by": ListOf(Str()),
                "not_past_after": ListOf(Str()),
                "past_auxiliaries": ListOf(Str()),
                "irregular_participles": ListOf(Str()),
                "participle_prefixes": ListOf(Str()),
                "announced_across": ListOf(Str()),
                "announced_in_clause": ListOf(Str()),
                "clause_not_across": ListOf(Str()),
                "irregular_past": ListOf(Str()),
                "past_object_words": Number(minimum=0, maximum=8, integer=True),
                "past_object_stops": ListOf(Str()),
                "adjective_after": ListOf(Str()),
                "not_past_verbs": ListOf(Str()),
                "done_marked_by": ListOf(Str()),
                "not_done_words": ListOf(Str()),
                "measured_by": ListOf(Str()),
                "measured_not_from": ListOf(Str()),
                "part_compared_by": ListOf(Str()),
                "as_of_words": ListOf(Str()),
                "announced_after": ListOf(Str()),
                "days_behind_from": Number(minimum=0, maximum=366, integer=True),
                "rescheduled_to": ListOf(Str()),
                "invited_to": ListOf(Str()),
                "as_of_subject_openers": ListOf(Str()),
            },
            required=("days_ahead",),
        ),
    },
    required=("fragments", "rules", "anchors", "tables", "two_digit_years"),
)


@dataclass(frozen=True)
class DateRules:
    """The compiled date rules: each rule alone, where to try them, the word tables.

    The rules are only tried at positions lying at most a reach before an
    anchor match (each anchor comes with a reversed pattern stepping back
    over that many characters a date can consume), one by one in the order
    of the rule file's alternation (`single_rules`), and only those that can
    start with the character there. `pattern`, every rule as one ordered
    alternation, gives the same matches; it is compiled only when asked for.
    """

    combined_source: str  # every rule as one ordered alternation, each in a group rule_<number>
    rule_ids: tuple[str, ...]
    words: Mapping[str, Mapping[str, Any]]  # group name -> normalised word -> value
    future_markers: tuple[str, ...]
    later_offset_needs: tuple[str, ...]  # a Chinese 3年后 counts only in a sentence with one of these
    anaphoric_months: frozenset[str]  # 当月: the month named before it on its line, if any
    # 比上年 / 较上月: the year or month before the one the sentence reports, not the article's
    years_before_compared: frozenset[str]
    # 较前一年: a year before only the one its sentence reports; with none, unresolved
    years_before_compared_only: frozenset[str]
    same_months: frozenset[str]  # 同月 of 去年同月: the month named before it, a year earlier
    # 次年 opening a line: counted from the last year stated on the line before (lookup keys)
    anaphoric_years_opening_line: frozenset[str]
    years_under_review: frozenset[str]
    # a year-less date after one of these is not of a past year stated before it on the line
    forecast_words: tuple[str, ...]
    scheduled_part_words: tuple[str, ...]  # words of a clause that schedules a half or quarter of a year
    fiscal_year_start_months: Mapping[str, int]  # region -> the month its public fiscal year starts in
    # 去(2025)年: a relative year word before its number in brackets -> years from the article's
    stated_relative_years: Mapping[str, int]
    months_before_compared: frozenset[str]
    # a date inside a 《…》 title ending in one of these (…规划, …方案) is the title's
    document_title_endings: tuple[str, ...]
    quarters_before_named: frozenset[str]  # 上季度, previous quarter: before a quarter named in its sentence
    weekday_told_past_by: tuple[str, ...]  # an English weekday alone after the article's date, told as past
    # words right before a date that make it the base of a comparison (较一季度, compared to Q2)
    comparison_markers: tuple[str, ...]
    since_to_article_date: bool  # 2018年以来 is 2018-01-01 to the article's date (else the year 2018)
    past_markers: tuple[str, ...]  # words right before a year stated as history (成立于, since)
    past_markers_after: tuple[str, ...]  # words right after such a year (成立, founded)
    # A stated day that is the article's own (a timestamp): text right before / after it
    timestamp_before: regex.Pattern | None
    timestamp_after: regex.Pattern | None
    timestamp_lines: int  # searched in the article's first lines only
    taiwan_regions: frozenset[str]  # regions whose 2-3 digit years are Republic of China years
    taiwan_words: tuple[str, ...]  # words that mark a traditional-script text as Taiwanese
    # (anchor on folded text, its step back, whether it needs a non-ASCII character)
    anchors: tuple[tuple[regex.Pattern, regex.Pattern, bool], ...]
    case_fold: Mapping[int, str]  # str.translate table: letters `(?i)` equates with ASCII
    single_rules: tuple[tuple[regex.Pattern, str], ...]  # (rule, rule id), in trying order
    chinese_count: int  # single_rules[:chinese_count] are the Chinese rules, the rest English
    # Per single rule, the pattern whose partial match on one character says the rule can start with it
    start_tests: tuple[regex.Pattern, ...]
    # which single_rules a text may hold at all, from the literals each needs (None: every rule)
    rule_screen: RuleScreen | None
    # The guard each language's rules sit behind in the combined pattern: (Chinese, English)
    guards: tuple[regex.Pattern, regex.Pattern]
    # character -> (Chinese, English) single_rules that can start with it; filled in as characters are met
    rules_by_first_character: dict[str, tuple[tuple[int, ...], tuple[int, ...]]]
    start_characters: regex.Pattern  # one character where some rule may start
    start_words: tuple[str, ...]  # lower-cased words English rules may start with (or a digit)
    two_digit_year_pivot: int  # two-digit years up to this are 20xx, above it 19xx
    # a bare day (29日, on the 18th) is in the article's month up to this many days after its date
    bare_day_days_ahead: int
    # a bare day with its weekday moves to the month they agree in only within this many days (0: never)
    bare_day_weekday_reach: int = 0
    # a paragraph number opening a line right before a year (3.2027年): blanked before matching
    paragraph_number: regex.Pattern | None = None
    # a year in a clause counted from it (since records began in 2010, 2010年有统计以来): history
    history_before: regex.Pattern | None = None  # searched in the text before the year
    history_after: regex.Pattern | None = None  # matched just after it
    # matched right after a fiscal year over two years that a page reports on (2020/21年度報告)
    fiscal_year_reported_by: regex.Pattern | None = None
    # a results page's year ended 31 December (the year ended ..., ...止年度): its words, and how long
    # after that day the page may be dated for lone parts of "the year" to be of it
    year_ended_words: frozenset[str] = frozenset()
    year_ended_days_after: int = 0
    # matched after a year up to its line's end when the line titles the page as that year's report
    calendar_year_reported_by: regex.Pattern | None = None
    # words between the start of a range and a year-less end (至, to): the end comes after the start
    range_end_words: tuple[str, ...] = ()
    # ... except inside these words (截至 is "as of"): no range
    range_end_words_within: tuple[str, ...] = ()
    # a year-less date further than this after the article's date is of the year before (0: never)
    yearless_days_ahead: int = 0
    yearless_future_words: tuple[str, ...] = ()  # ... unless its sentence holds one of these
    # a year-less date further than this before the article's date is of the year after (0: never) ...
    yearless_days_behind: int = 0
    yearless_announced_by: tuple[str, ...] = ()  # ... when one of these stands right before it
    # ... or one of these verbs of forecast, with no preposition between (forecast January exports)
    yearless_forecast_by: tuple[str, ...] = ()
    yearless_announcement_undone_by: tuple[str, ...] = ()  # ... and none of these (a plan told as past)
    # a year-less date further than this after the article's date, in a sentence told in the past
    # tense (one of `told_past_by`, none of the future words), is of the year before (0: never)
    yearless_days_ahead_told_past: int = 0
    yearless_told_past_by: tuple[str, ...] = ()
    # ... or, that far ahead, one of these present-tense verbs of a figure (a headline's exports jump)
    yearless_reported_by: tuple[str, ...] = ()
    # a verb of saying right before in and a month far ahead: the month it was said in, before the article
    month_said_in_by: tuple[str, ...] = ()
    # a verb of `told_past_by` or `weekday_told_past_by` right after one of these tells no past
    # (is to be opened, could be closed, the vote would be held)
    yearless_not_past_after: tuple[str, ...] = ()
    # a past auxiliary (was, were, had) before a participle (-ed or one of `irregular_participles`)
    # tells the past, as a verb of `told_past_by` does (was raised, were made)
    yearless_past_auxiliaries: tuple[str, ...] = ()
    yearless_irregular_participles: tuple[str, ...] = ()
    yearless_participle_prefixes: tuple[str, ...] = ()  # ... with or without one of these (repaid, rebuilt)
    # ... or one of these with a verb and its object between (will begin trading on Jan. 5)
    yearless_announced_across: tuple[str, ...] = ()
    # ... or one of these anywhere before it in its sentence, with nothing told as past between and
    # none of `clause_not_across` (will clear the bill before the session ends in February)
    yearless_announced_in_clause: tuple[str, ...] = ()
    yearless_clause_not_across: tuple[str, ...] = ()
    # a verb in the simple past (-ed or one of `irregular_past`) with at most `past_object_words`
    # words of its object (none of `past_object_stops`) right before a date tells it as past;
    # not an -ed word after one of `adjective_after` or `not_past_after`, nor one of `not_past_verbs`
    yearless_irregular_past: tuple[str, ...] = ()
    yearless_past_object_words: int = 0
    yearless_past_object_stops: tuple[str, ...] = ()
    # 同月, that month: the month named before it on its line; alone, not read (word keys)
    anaphoric_months_only: frozenset[str] = frozenset()
    # 当日, the same day: the day named before it on its line; alone, not read (word keys)
    anaphoric_days_only: frozenset[str] = frozenset()
    yearless_adjective_after: tuple[str, ...] = ()
    yearless_not_past_verbs: tuple[str, ...] = ()
    # Chinese words telling a thing as done (已, 曾) in a date's sentence, and words holding them
    # that tell nothing of it (而已)
    yearless_done_marked_by: tuple[str, ...] = ()
    yearless_not_done_words: tuple[str, ...] = ()
    # ... and words reporting how a figure moved (同比, 下降): a month's figures come after it
    yearless_measured_by: tuple[str, ...] = ()
    # a Chinese quarter well ahead of the article reported against a former period is last year's
    yearless_part_compared_by: tuple[str, ...] = ()
    yearless_measured_not_from: tuple[str, ...] = ()  # ... unless the date is one of these from (12月起)
    # words opening a clause that look back from the article (截至6月底，累计…: as of): a date after
    # them ahead of the article is of the year before, unless another future word is in the sentence
    yearless_as_of_words: tuple[str, ...] = ()
    # words opening the clause after a date that opens its sentence and announce it (1月中旬，将举行)
    yearless_announced_after: tuple[str, ...] = ()
    # ... and how far before the article a day a change starts from is the next year's (1月1日起)
    yearless_days_behind_from: int = 0
    # words right before a date that make it the new date of a thing moved (extended to Dec. 15)
    yearless_rescheduled_to: tuple[str, ...] = ()
    # words calling someone to an event whose date follows (invited to attend ... on Feb. 10)
    yearless_invited_to: tuple[str, ...] = ()
    # ... or after a short subject opening with one of these (该市截至9月底)
    yearless_as_of_subject_openers: tuple[str, ...] = ()
    # a weekday alone before the article's date right after one of these (will be signed on, 将于): the next
    weekday_told_future_by: tuple[str, ...] = ()
    # a word for a quarter named earlier (同季): 上一季 in its sentence is then not read
    quarters_anaphoric: tuple[str, ...] = ()
    # a verb in the simple past with at most this many words of its object (`to` before a noun among
    # them), within `weekday_past_reach` characters, tells a weekday alone after the article's date as past
    weekday_past_object_words: int = 0
    weekday_past_reach: int = 0
    weekday_past_object_stops: tuple[str, ...] = ()
    # finds the `anchors` of a text at less cost than searching each (None: each is searched)
    anchor_finder: AnchorFinder | None = None
    # pattern -> (name, group index) of its named groups that are not rule groups; filled in as met
    value_groups_by_pattern: dict[regex.Pattern, tuple[tuple[str, int], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # two characters -> (Chinese, English) single_rules that can start with them; filled in as met
    rules_by_first_pair: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @cached_property
    def pattern(self) -> regex.Pattern:
        """Every rule as one ordered alternation (the reference the anchored search agrees with)."""
        return regex.compile(self.combined_source)

    @cached_property
    def rule_groups(self) -> tuple[tuple[int, str], ...]:
        """(group index in `pattern`, reported rule id) of every rule group, in rule order."""
        return tuple(
            (self.pattern.groupindex[f"{RULE_GROUP_PREFIX}{number}"], f"{RULES_NAME}:{rule_id}")
            for number, rule_id in enumerate(self.rule_ids)
        )

    def value_groups(self, pattern: regex.Pattern) -> tuple[tuple[str, int], ...]:
        """(name, group index) of every named group of `pattern` that is not a rule group, in group order."""
        groups = self.value_groups_by_pattern.get(pattern)
        if groups is None:
            groups = tuple(
                sorted(
                    (
                        (name, index)
                        for name, index in pattern.groupindex.items()
                        if not name.startswith(RULE_GROUP_PREFIX)
                    ),
                    key=lambda item: item[1],
                )
            )
            self.value_groups_by_pattern[pattern] = groups
        return groups

    def rules_starting_with(self, character: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(Chinese, English) indexes into `single_rules` of the rules that can start with `character`."""
        candidates = self.rules_by_first_character.get(character)
        if candidates is None:
            candidates = starting_rules(character, self.start_tests, self.guards, self.chinese_count)
            self.rules_by_first_character[character] = candidates
        return candidates

    def rules_starting_with_pair(self, pair: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(Chinese, English) indexes of the rules that can start with the one or two characters `pair`.

        Those of `rules_starting_with(pair[0])` whose start test matches
        `pair` at least partially (see `starting_rules_after`).
        """
        candidates = self.rules_by_first_pair.get(pair)
        if candidates is None:
            candidates = starting_rules_after(pair, self.rules_starting_with(pair[0]), self.start_tests)
            if len(self.rules_by_first_pair) >= FIRST_PAIRS_KEPT:
                self.rules_by_first_pair.clear()
            self.rules_by_first_pair[pair] = candidates
        return candidates


# Pairs of characters whose starting rules are kept at once (a few thousand are met in practice).
FIRST_PAIRS_KEPT = 1 << 16


def word_key(text: str) -> str:
    """Lookup key of a table word: lower-cased, runs of spaces collapsed."""
    return " ".join(text.lower().split())


def word_alternation(words: Sequence[str], capitalised_only: set[str]) -> str:
    """Regex alternation of table words, longest first; ASCII words ignore case.

    Neighbouring words that ignore case share one `(?i:...)` group: the same
    alternation, much quicker to compile.
    """
    pieces = []  # (escaped word, ignores case)
    for word in sorted(words, key=len, reverse=True):
        escaped = r"\s+".join(regex.escape(part) for part in word.split())
        ignores_case = False
        if word.isascii() and any(character.isalpha() for character in word):
            if word in capitalised_only:
                # every word of a phrase with its capital (Good Friday, not good friday)
                escaped = r"\s+".join(regex.escape(part[0].upper() + part[1:]) for part in word.split())
            else:
                ignores_case = True
        pieces.append((escaped, ignores_case))
    alternatives = []
    for ignores_case, run in groupby(pieces, key=lambda piece: piece[1]):
        escaped_words = [escaped for escaped, _ in run]
        if ignores_case:
            alternatives.append("(?i:" + "|".join(escaped_words) + ")")
        else:
            alternatives.extend(escaped_words)
    return "(?:" + "|".join(alternatives) + ")"


def expand_placeholders(pattern: str, placeholders: Mapping[str, str], path, node) -> str:
    """Replace {NAME} placeholders (repeatedly, fragments may nest)."""
    for _ in range(5):
        missing = [name for name in PLACEHOLDER.findall(pattern) if name not in placeholders]
        if missing:
            raise _error(path, node, f"unknown placeholder(s) {missing} in pattern")
        expanded = PLACEHOLDER.sub(lambda match: placeholders[match.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    return pattern


def compile_date_rules(ruleset: RuleSet) -> DateRules:
    """The date rules of `ruleset` (its `dates.yaml`), checked and compiled.

    A builder for `ruleset.compiled(...)`: it runs once per rule set. Raises
    RuleFileError (`file:line: reason`) for a rule file that cannot be used:
    one not of the shape `SCHEMA` declares, a pattern that does not compile,
    or an example its rule does not find.
    """
    path = ruleset.path(RULES_NAME)
    document = ruleset.file(RULES_NAME)
    check(document, SCHEMA, path)
    capitalised_only = {str(word) for word in document.get("capitalised_only", [])}
    placeholders: dict[str, str] = {}
    words: dict[str, dict[str, Any]] = {}
    for table_name, table in document["tables"].items():
        placeholders[table_name.upper()] = word_alternation([str(word) for word in table], capitalised_only)
        group_words = words.setdefault(TABLE_GROUPS[table_name], {})
        for word, value in table.items():
            group_words[word_key(str(word))] = value
    for name, fragment in document["fragments"].items():
        placeholders[name] = f"(?:{fragment})"
    # Cheap guards so the many alternatives are only tried where a date can
    # start: Chinese/numeric rules at a listed first character, English rules
    # at a digit or a listed start word. The first character (first word) of
    # every table word counts as listed, so a new word needs no other edit.
    table_words = [str(word) for table in document["tables"].values() for word in table]
    first_characters = str(document.get("first_characters", ""))
    first_characters += "".join(
        sorted({word[0] for word in table_words if not word[0].isascii()} - set(first_characters))
    )
    start_words = [str(word) for word in document.get("english_start_words", [])]
    start_words += sorted(
        {word_key(word).split()[0] for word in table_words if word.isascii() and word[0].isalpha()}
        - set(start_words)
    )
    guards = {
        "zh": f"(?=[{regex.escape(first_characters)}])",
        "en": f"(?=\\d|\\b{word_alternation(start_words, set())}\\b)",
    }
    rule_ids: list[str] = []
    expanded_patterns = []
    rule_languages = []
    single_patterns = []  # (rule number, rule), compiled once: this also checks the pattern
    for rule in document["rules"]:
        rule_id = rule["id"]
        expanded = expand_placeholders(rule["pattern"], placeholders, path, _at_key(rule, "pattern"))
        try:
            single_patterns.append((len(rule_ids), regex.compile(expanded)))
        except regex.error as error:
            raise _error(path, _at_key(rule, "pattern"), f"rule {rule_id!r}: bad pattern: {error}") from None
        expanded_patterns.append(expanded)
        rule_languages.append(rule.get("language", "zh"))
        rule_ids.append(rule_id)
    markers = _markers(document, "future_markers")
    timestamp = document.get("article_timestamp") or {}
    taiwan = document.get("taiwan") or {}
    # Each rule alone, in the order the combined pattern tries them: the
    # Chinese rules, then the English ones (each behind its language's guard).
    ordered = [
        (number, compiled)
        for language in ("zh", "en")
        for number, compiled in single_patterns
        if rule_languages[number] == language
    ]
    combined = "|".join(
        guards[language]
        + "(?:"
        + "|".join(
            f"(?P<{RULE_GROUP_PREFIX}{number}>{expanded})"
            for number, expanded in enumerate(expanded_patterns)
            if rule_languages[number] == language
        )
        + ")"
        for language in ("zh", "en")
    )
    chinese_count = sum(1 for number, _ in ordered if rule_languages[number] == "zh")
    start_tests = tuple(start_test(compiled) for _, compiled in ordered)
    compiled_guards = (regex.compile(guards["zh"]), regex.compile(guards["en"]))
    rules_by_first_character = starting_rules_table(
        named_characters(expanded_patterns, first_characters), start_tests, compiled_guards, chinese_count
    )
    alphabet = date_alphabet(expanded_patterns)
    anchors = _compile_anchors(document, placeholders, alphabet, path)
    rules = DateRules(
        combined_source=combined,
        rule_ids=tuple(rule_ids),
        words=words,
        future_markers=markers,
        later_offset_needs=tuple(str(word) for word in document.get("later_offset_needs", [])),
        anaphoric_months=frozenset(str(word) for word in document.get("anaphoric_months", [])),
        anaphoric_months_only=_word_keys(document, "anaphoric_months_only"),
        anaphoric_days_only=_word_keys(document, "anaphoric_days_only"),
        years_before_compared=frozenset(str(word) for word in document.get("years_before_compared", []))
        | frozenset(str(word) for word in document["tables"].get("relative_years_compared", {})),
        years_before_compared_only=frozenset(
            str(word) for word in document["tables"].get("relative_years_compared", {})
        ),
        same_months=frozenset(str(word) for word in document.get("same_months", [])),
        anaphoric_years_opening_line=_word_keys(document, "anaphoric_years_opening_line"),
        years_under_review=_word_keys(document, "years_under_review"),
        forecast_words=tuple(str(word).lower() for word in document.get("forecast_words", [])),
        scheduled_part_words=tuple(str(word).lower() for word in document.get("scheduled_part_words", [])),
        fiscal_year_start_months={
            str(region): int(month)
            for region, month in (document.get("fiscal_year_start_months") or {}).items()
        },
        stated_relative_years={
            str(word): int(offset) for word, offset in (document.get("stated_relative_years") or {}).items()
        },
        document_title_endings=tuple(str(word) for word in document.get("document_title_endings", [])),
        months_before_compared=frozenset(str(word) for word in document.get("months_before_compared", [])),
        quarters_before_named=frozenset(
            str(word).lower() for word in document.get("quarters_before_named", [])
        ),
        weekday_told_past_by=tuple(str(word).lower() for word in document.get("weekday_told_past_by", [])),
        month_said_in_by=tuple(str(word).lower() for word in document.get("month_said_in_by", [])),
        weekday_told_future_by=tuple(
            str(word).lower() for word in document.get("weekday_told_future_by", [])
        ),
        quarters_anaphoric=tuple(str(word) for word in document.get("quarters_anaphoric", [])),
        weekday_past_object_words=int((document.get("weekday_past_object") or {}).get("object_words", 0)),
        weekday_past_reach=int((document.get("weekday_past_object") or {}).get("reach", 0)),
        weekday_past_object_stops=tuple(
            str(word).lower() for word in (document.get("weekday_past_object") or {}).get("stops", [])
        ),
        comparison_markers=_markers(document, "comparison_markers"),
        since_to_article_date=bool(document.get("since_runs_to_article_date", False)),
        past_markers=_markers(document, "past_markers"),
        past_markers_after=tuple(str(marker) for marker in document.get("past_markers_after", [])),
        timestamp_before=_compile_optional(
            timestamp.get("before"), path, _at_key(document, "article_timestamp")
        ),
        timestamp_after=_compile_optional(
            timestamp.get("after"), path, _at_key(document, "article_timestamp")
        ),
        timestamp_lines=int(timestamp.get("first_lines", 0)),
        taiwan_regions=frozenset(str(region) for region in taiwan.get("regions", [])),
        taiwan_words=tuple(str(word) for word in taiwan.get("words", [])),
        anchors=anchors,
        anchor_finder=anchor_finder([anchor.pattern for anchor, _, _ in anchors]),
        case_fold=case_fold_table(),
        single_rules=tuple((compiled, f"{RULES_NAME}:{rule_ids[number]}") for number, compiled in ordered),
        chinese_count=chinese_count,
        start_tests=start_tests,
        rule_screen=rule_screen([compiled.pattern for _, compiled in ordered]),
        guards=compiled_guards,
        rules_by_first_character=rules_by_first_character,
        start_characters=start_characters_pattern(rules_by_first_character, guards),
        start_words=tuple(word_key(word) for word in start_words),
        two_digit_year_pivot=document["two_digit_years"]["pivot"],
        bare_day_days_ahead=int((document.get("bare_days") or {}).get("days_ahead", 0)),
        bare_day_weekday_reach=int((document.get("bare_days") or {}).get("weekday_reach", 0)),
        paragraph_number=_compile_optional(
            document.get("paragraph_number"), path, _at_key(document, "paragraph_number")
        ),
        range_end_words=tuple(str(word).lower() for word in document.get("range_end_words", [])),
        range_end_words_within=tuple(
            str(word).lower() for word in document.get("range_end_words_within", [])
        ),
        history_before=_compile_optional(
            (document.get("history_clauses") or {}).get("before"), path, _at_key(document, "history_clauses")
        ),
        history_after=_compile_optional(
            (document.get("history_clauses") or {}).get("after"), path, _at_key(document, "history_clauses")
        ),
        year_ended_words=frozenset(
            word_key(str(word)) for word in (document.get("year_ended_reported") or {}).get("words", [])
        ),
        year_ended_days_after=int((document.get("year_ended_reported") or {}).get("days_after", 0)),
        fiscal_year_reported_by=_compile_optional(
            document.get("fiscal_year_reported_by"), path, _at_key(document, "fiscal_year_reported_by")
        ),
        calendar_year_reported_by=_compile_optional(
            document.get("calendar_year_reported_by"), path, _at_key(document, "calendar_year_reported_by")
        ),
        yearless_days_ahead=int((document.get("yearless_dates") or {}).get("days_ahead", 0)),
        yearless_future_words=tuple(
            str(word).lower() for word in (document.get("yearless_dates") or {}).get("future_words", [])
        ),
        yearless_days_behind=int((document.get("yearless_dates") or {}).get("days_behind", 0)),
        yearless_announced_by=tuple(
            str(word).lower() for word in (document.get("yearless_dates") or {}).get("announced_by", [])
        ),
        yearless_forecast_by=tuple(
            str(word).lower() for word in (document.get("yearless_dates") or {}).get("forecast_by", [])
        ),
        yearless_announcement_undone_by=tuple(
            str(word).lower()
            for word in (document.get("yearless_dates") or {}).get("announcement_undone_by", [])
        ),
        yearless_days_ahead_told_past=int(
            (document.get("yearless_dates") or {}).get("days_ahead_told_past", 0)
        ),
        yearless_told_past_by=tuple(
            str(word).lower() for word in (document.get("yearless_dates") or {}).get("told_past_by", [])
        ),
        yearless_reported_by=tuple(
            str(word).lower() for word in (document.get("yearless_dates") or {}).get("reported_by", [])
        ),
        yearless_announced_across=tuple(
            str(word).lower() for word in (document.get("yearless_dates") or {}).get("announced_across", [])
        ),
        yearless_announced_in_clause=tuple(
            str(word).lower()
            for word in (document.get("yearless_dates") or {}).get("announced_in_clause", [])
        ),
        yearless_clause_not_across=tuple(
            str(word).lower() for word in (document.get("yearless_dates") or {}).get("clause_not_across", [])
        ),
        yearless_not_past_after=tuple(
            str(word).lower() for word in (document.get("yearless_dates") or {}).get("not_past_after", [])
        ),
        yearless_past_auxiliaries=tuple(
            str(word).lower() for word in (document.get("yearless_dates") or {}).get("past_auxiliaries", [])
        ),
        yearless_irregular_participles=tuple(
            str(word).lower()
            for word in (document.get("yearless_dates") or {}).get("irregular_participles", [])
        ),
        yearless_participle_prefixes=tuple(
            str(word).lower()
            for word in (document.get("yearless_dates") or {}).get("participle_prefixes", [])
        ),
        yearless_irregular_past=_yearless_words(document, "irregular_past"),
        yearless_past_object_words=int((document.get("yearless_dates") or {}).get("past_object_words", 0)),
        yearless_past_object_stops=_yearless_words(document, "past_object_stops"),
        yearless_adjective_after=_yearless_words(document, "adjective_after"),
        yearless_not_past_verbs=_yearless_words(document, "not_past_verbs"),
        yearless_done_marked_by=_yearless_words(document, "done_marked_by"),
        yearless_not_done_words=_yearless_words(document, "not_done_words"),
        yearless_measured_by=_yearless_words(document, "measured_by"),
        yearless_part_compared_by=_yearless_words(document, "part_compared_by"),
        yearless_measured_not_from=_yearless_words(document, "measured_not_from"),
        yearless_as_of_words=_yearless_words(document, "as_of_words"),
        yearless_announced_after=_yearless_words(document, "announced_after"),
        yearless_days_behind_from=int((document.get("yearless_dates") or {}).get("days_behind_from", 0)),
        yearless_rescheduled_to=_yearless_words(document, "rescheduled_to"),
        yearless_invited_to=_yearless_words(document, "invited_to"),
        yearless_as_of_subject_openers=_yearless_words(document, "as_of_subject_openers"),
    )
    # The examples are run once per version of the rule file and the code (schema.verified).
    verified(document, "date rule examples", lambda: _check_examples(document["rules"], rules, path))
    return rules


def _word_keys(document: Mapping, key: str) -> frozenset[str]:
    """The lookup keys (`word_key`) of the words of top-level list `key` (none without it)."""
    return frozenset(word_key(str(word)) for word in document.get(key, []))


def _yearless_words(document: Mapping, key: str) -> tuple[str, ...]:
    """The lower-cased words of list `key` of the `yearless_dates` section (none without it)."""
    return tuple(str(word).lower() for word in (document.get("yearless_dates") or {}).get(key, []))


def _markers(document: Mapping, key: str) -> tuple[str, ...]:
    """The words of a marker list, longest first (lower-cased text is tested with endswith)."""
    return tuple(sorted((str(marker) for marker in document.get(key, [])), key=len, reverse=True))


def _compile_optional(pattern: str | None, path, where) -> regex.Pattern | None:
    if pattern is None:
        return None
    try:
        return regex.compile(pattern)
    except regex.error as error:
        raise _error(path, where, f"bad pattern {pattern!r}: {error}") from None


def _compile_anchors(document: Mapping, placeholders: Mapping[str, str], alphabet: str, path):
    """Each anchor pattern with the reversed pattern stepping back its reach from it."""
    anchors = []
    for entry in document["anchors"]:
        # Reversed: from an anchor back over at most `reach` characters a
        # date can consume (a run of spaces counts as one).
        step_back = regex.compile(f"(?r)(?:\\s+|[{alphabet}]){{0,{entry['reach']}}}")
        for pattern in entry["patterns"]:
            where = _at_key(entry, "patterns")
            try:
                compiled = regex.compile(expand_placeholders(pattern, placeholders, path, where))
            except regex.error as error:
                raise _error(path, where, f"bad anchor pattern {pattern!r}: {error}") from None
            if compiled.search("") is not None:
                raise _error(path, where, f"anchor pattern {pattern!r} matches empty text")
            # An anchor that cannot start with an ASCII character is not
            # searched for in ASCII-only text.
            needs_non_ascii = none_can_start(compiled, ASCII)
            anchors.append((compiled, step_back, needs_non_ascii))
    return tuple(anchors)


def _check_examples(rules_list: Sequence, rules: DateRules, path) -> None:
    """Each rule's examples (but `none: true` ones) must be found, whole, by that rule near an anchor."""
    for rule, rule_id in zip(rules_list, rules.rule_ids, strict=True):
        for example in rule.get("examples", []):
            if isinstance(example, Mapping):
                if example.get("none"):
                    continue
                example = example["text"]
            found = [(match.start(), match.end(), rule_id) for match, rule_id in rule_matches(example, rules)]
            everywhere = [
                (match.start(), match.end(), rule_id) for match, rule_id in matches_everywhere(example, rules)
            ]
            if found != everywhere or f"{RULES_NAME}:{rule_id}" not in {rule for _, _, rule in found}:
                raise _error(
                    path,
                    rule,
                    f"rule {rule_id!r}: example {example!r} is not found by this rule near an anchor "
                    f"(found {found}, trying every position finds {everywhere}); check the pattern, "
                    "the rule order and `anchors`",
                )


def _at_key(node: Any, key: str) -> _Located:
    """Where `key` of the mapping `node` is (its own line when the loader recorded it), for errors."""
    return _Located(getattr(node, "key_lines", {}).get(key) or getattr(node, "line", None))


@dataclass(frozen=True)
class _Located:
    """A place in a rule file, as `_error` reads it from any parsed node: its `.line`."""

    line: int | None


def _error(path, node: Any, reason: str) -> RuleFileError:
    """The error for `node` (anything with a `.line`) of the file at `path`."""
    return RuleFileError(path, getattr(node, "line", None), reason)
