"""Resolving a rule match to a first and a last day, relative to the article's time.

A rule reports what it found through named groups (`year`, `month`, `day`,
`relative_year`, `year_part`, ...); this module turns those groups into
`start_date`/`end_date`, a `granularity` (day, month, year, period) and a
`resolution`:

- `explicit`: the text states the full date;
- `doc_date`: a year-less date (11月17日) took its year from the nearest year
  stated earlier on the same line, else from the article's date, else from
  the article year inferred from the years the article states;
- `relative`: 今年, last year, 上个月 counted from the article's date (or, for
  year words, the inferred article year);
- `unresolved`: nothing fixes the date; both dates are None.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import regex

from pipeline.extractors.dates import lunar
from pipeline.extractors.dates.moving import moving_holiday_day, nth_weekday
from pipeline.extractors.dates.rules import word_key
from pipeline.text.numerals import parse_chinese_numeral, parse_number, parse_small_number

if TYPE_CHECKING:
    from pipeline.extractors.dates.rules import DateRules

# Groups holding a count of months or quarters from the start (前三季度,
# 前11个月) or the end (后三个月) of a year.
LEADING_PART_GROUPS = ("first_quarters", "first_months", "last_months")
# The first or last N days of a month (8月前10天, 上月最后五天).
MONTH_DAYS_GROUPS = ("first_days", "last_days")
ROC_OFFSET = 1911  # Republic of China year N is Gregorian year N + 1911
# An empty group a rule matches when its two-digit year is never a Republic of
# China year, even in a Taiwanese text (3Q25, FY25: analysts' Gregorian years).
GREGORIAN_MARK = "gregorian_year"


def year_value(text: str, rules: DateRules, roc: bool = False) -> int | None:
    """A year from 4 or 2 digits/Chinese numerals; 2-digit years get a century (see `two_digit_years`).

    With `roc` (a Taiwanese text), a year of 2 or 3 Arabic digits is a year
    of the Republic of China calendar: N + 1911 (112年 -> 2023).
    """
    text = text.strip()
    value = parse_small_number(text)
    if value is None:
        return None
    if roc and text.isascii() and len(text) in (2, 3):
        return value + ROC_OFFSET
    if len(text) == 2:
        return 2000 + value if value <= rules.two_digit_year_pivot else 1900 + value
    return value


def roc_year_value(text: str) -> int | None:
    """A Republic of China year (民国108年, 民國一百零八年, 112年) as a Gregorian year: N + 1911."""
    text = text.strip()
    value = parse_small_number(text) if text.isascii() else parse_chinese_numeral(text)
    if value is None or not 1 <= value <= 200 or value != int(value):
        return None
    return int(value) + ROC_OFFSET


def era_year_number(text: str) -> int | None:
    """The number of a year of a reign: 元 (the first), 三, 二十八, 12."""
    text = text.strip()
    if text == "元":
        return 1
    value = parse_small_number(text) if text.isascii() else parse_chinese_numeral(text)
    if value is None or value != int(value) or not 1 <= value <= 99:
        return None
    return int(value)


def count_value(text: str) -> int | None:
    """A small count as offsets write it: 5, 三, 两, 仨, two, a/an (one)."""
    text = text.strip().lower()
    if text in ("a", "an", "one"):
        return 1
    value = parse_small_number(text.replace("仨", "三"))
    if value is None:
        number = parse_number(text)
        value = int(number) if number is not None and number == int(number) else None
    return value


# An English ordinal ending (22nd), compiled once: a pattern given as text is
# looked up in the engine's cache of compiled patterns on every call.
ORDINAL_ENDING = regex.compile(r"(?i)(st|nd|rd|th)$")


def ordinal_day(text: str) -> int | None:
    """A day number, dropping English ordinal endings (22nd -> 22)."""
    return parse_small_number(ORDINAL_ENDING.sub("", text))


@dataclass(frozen=True)
class Found:
    """One rule match before resolution."""

    line_no: int
    start: int
    end: int
    rule_id: str
    groups: Mapping[str, str]
    explicit_year: int | None  # first year stated in the text, when any
    is_target: bool  # the stated year is introduced as a target (到2028年)
    is_scheduled: bool = False  # a half or quarter of a stated year in a clause telling what is to come
    is_future_target: bool = False  # the stated year is introduced as a target ahead (到2028年, by 2030)
    is_planned: bool = (
        False  # a whole stated year, no target, in a clause telling what is to come (due in 2030)
    )
    article_year_stated: int | None = None  # 去(2025)年: the article's year the text states outright (2026)
    is_deadline: bool = False  # the stated year is a deadline (2030年前: before 2030), no fact
    in_title: bool = False  # the stated year stands inside a 《…》 title (《行动方案（2024—2026年）》)


@dataclass(frozen=True)
class Reference:
    """What year-less and relative dates are resolved against."""

    doc_date: date | None
    article_year: int | None  # doc_date's year, else the inferred year
    roc: bool = False  # a Taiwanese text: 2-3 digit years are Republic of China years
    fiscal_start_month: int | None = (
        None  # the month the place's public fiscal year starts in (None: unknown)
    )
    # the first calendar year of an ended fiscal year the page reports on (2020/21年度報告), else None
    reported_fiscal_year: int | None = None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def lookup(rules: DateRules, group: str, text: str | None) -> Any:
    if text is None:
        return None
    return rules.words.get(group, {}).get(word_key(text))


def _day_value(rules: DateRules, text: str) -> int | None:
    """A day of the month: digits (22, 22nd), Chinese numerals, or an ordinal word (twenty-second)."""
    named = lookup(rules, "day", text)
    return named if named is not None else ordinal_day(text)


def _month_value(rules: DateRules, text: str | None) -> int | None:
    if text is None:
        return None
    named = lookup(rules, "month", text.rstrip("."))
    return named if named is not None else parse_small_number(text)


class Unresolvable(Exception):
    """Nothing fixes this date (no anchor) or the text names no real date."""


class NotADate(Exception):
    """The match is not a date in this document (a bare 112年 outside a Taiwanese text)."""


def _side(found: Found, prefix: str, rules: DateRules, reference: Reference, context_year: int | None):
    """(year, month, day, resolution) of one end of a date; parts may be None."""
    groups = found.groups
    year_text = groups.get(prefix + "year")
    relative = lookup(rules, "relative_year", groups.get(prefix + "relative_year"))
    month = _month_value(rules, groups.get(prefix + "month"))
    day = _day_value(rules, groups[prefix + "day"]) if groups.get(prefix + "day") else None
    holiday_text = groups.get(prefix + "holiday")
    holiday = (reference.roc and lookup(rules, "holiday_taiwan", holiday_text)) or lookup(
        rules, "holiday", holiday_text
    )
    if holiday is not None:  # a holiday with a fixed date (元旦, Christmas Day) is that month and day
        month, day = holiday
    roc_text = groups.get(prefix + "roc_year")
    if roc_text is not None:
        if not (groups.get("roc_era") or reference.roc):
            raise NotADate
        year = roc_year_value(roc_text)
        if year is None:
            raise Unresolvable
        return year, month, day, "explicit"
    era = lookup(rules, "era", groups.get(prefix + "era"))
    if era is not None:
        number = era_year_number(groups.get(prefix + "era_year") or "")
        if number is None:
            raise Unresolvable
        return int(era) + number - 1, month, day, "explicit"
    if year_text is not None:
        return (
            year_value(
                year_text, rules, reference.roc and _short_years_only(groups) and GREGORIAN_MARK not in groups
            ),
            month,
            day,
            "explicit",
        )
    if relative is not None:
        if reference.article_year is None:
            raise Unresolvable
        return reference.article_year + int(relative), month, day, "relative"
    anaphoric = lookup(rules, "anaphoric_year", groups.get(prefix + "anaphoric_year"))
    if anaphoric is not None:
        # 次年, 同年: counted from the year stated before it on its line; alone, no date
        if context_year is None:
            raise NotADate
        return context_year + int(anaphoric), month, day, "doc_date"
    return None, month, day, None


def _resolve_fiscal_year(groups: Mapping[str, str], rules: DateRules, reference: Reference):
    """The fiscal year named relative to the article's (本财政年度, next financial year).

    It runs from the first day of the month the place's fiscal year starts in
    (`fiscal_year_start_months`: April in Hong Kong, January where it is the
    calendar year); with the place or the article's date unknown it is not
    resolved.
    """
    return _fiscal_year_at(lookup(rules, "relative_fiscal_year", groups["relative_fiscal_year"]), reference)


def _fiscal_year_at(offset: Any, reference: Reference):
    """The public fiscal year `offset` years from the article's (before it: from the one reported on)."""
    first_month = reference.fiscal_start_month
    if first_month is None or offset is None:
        raise Unresolvable
    if reference.reported_fiscal_year is not None and int(offset) < 0:
        # a page reporting on an ended fiscal year compares it with the one before: 較上一財政年度
        # (本 and next stay counted from the article's date)
        first_year = reference.reported_fiscal_year + int(offset)
    elif reference.doc_date is None:
        raise Unresolvable
    else:
        today = reference.doc_date
        first_year = (today.year if today.month >= first_month else today.year - 1) + int(offset)
    start = date(first_year, first_month, 1)
    end = date(first_year + 1, first_month, 1) - timedelta(days=1)
    return start, end, "year" if first_month == 1 else "period", "relative"


def _resolve_reported_fiscal_year(reference: Reference):
    """The financial year, 財政年度內: the ended fiscal year the page reports on.

    On a page that reports on no ended fiscal year (its annual report, its
    results) it says not which one is meant and is not resolved.
    """
    first_month = reference.fiscal_start_month
    if first_month is None or first_month == 1 or reference.reported_fiscal_year is None:
        raise Unresolvable
    start = date(reference.reported_fiscal_year, first_month, 1)
    end = date(reference.reported_fiscal_year + 1, first_month, 1) - timedelta(days=1)
    return start, end, "period", "doc_date"


def _resolve_whole_year(context_year: int | None, reference: Reference):
    """全年, 全年度, the full year: the year its line is about, else the article's year."""
    if context_year is not None:
        return date(context_year, 1, 1), date(context_year, 12, 31), "year", "doc_date"
    if reference.article_year is None:
        raise Unresolvable
    year = reference.article_year
    return date(year, 1, 1), date(year, 12, 31), "year", "relative"


def _resolve_split_year(groups: Mapping[str, str], reference: Reference):
    """A fiscal year over two calendar years (2025/26年度, FY2025/26, 2027-28年度财政预算, 2025-26 Budget).

    Where the place of publication starts its public fiscal year after
    January (`fiscal_year_start_months`: Hong Kong, April) it runs from that
    month of the first year to the month before it in the next; elsewhere,
    or with the place unknown, which months it covers is not said and it is
    not resolved. A school or sports year (学年, 赛季) never is, nor a run of
    them (from 2027-28 to 2031-32), unless the run is named with its fiscal
    word (2022/23至2026/27年度: from the first one's first day to the last
    one's last). A quarter of it (2018-19年度第四季) is counted from its first
    month; years in Chinese digits (二〇二四至二五年度) are read as figures.
    """
    first_month = reference.fiscal_start_month
    fiscal = groups.get("fiscal_word") or groups.get("public_budget") is not None
    written = year_digits(groups["split_year"])
    stated = regex.match(r"\s*(\d{4}|\d\d)(?!\d)", written)
    run = len(regex.findall(r"\d+", written)) > 2
    # a run named with its fiscal word (2022/23至2026/27年度) spans its fiscal years; without one
    # (from 2027-28 to 2031-32) which years it counts in is not said
    named_run = run and bool(groups.get("run_from")) and bool(groups.get("fiscal_word"))
    if first_month is None or first_month == 1 or not fiscal or stated is None or (run and not named_run):
        raise Unresolvable
    first = int(stated.group(1)) if len(stated.group(1)) == 4 else 2000 + int(stated.group(1))
    last = int(year_digits(groups["run_from"])) if named_run else first
    start = date(first, first_month, 1)
    end = date(last + 1, first_month, 1) - timedelta(days=1)
    quarter = groups.get("fiscal_quarter")
    if quarter:
        # 2018-19年度第四季: the quarter counted from the fiscal year's first month
        number = int(quarter) if quarter.isdigit() else "一二三四".index(quarter) + 1
        months = first_month - 1 + 3 * (number - 1)
        start = date(first + months // 12, months % 12 + 1, 1)
        end = _month_end(first + (months + 2) // 12, (months + 2) % 12 + 1)
    return start, end, "period", "explicit"


_CHINESE_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def year_digits(text: str) -> str:
    """`text` with the Chinese digits of a year written digit by digit (二〇二四) as Arabic ones."""
    return text.translate(_CHINESE_DIGITS)


def _follows(first: str, next_two: str) -> bool:
    """True when `next_two`, a year's last two digits, names the year after `first` (2024 then 25)."""
    return int(year_digits(next_two)) == (int(year_digits(first)) + 1) % 100


def _short_years_only(groups: Mapping[str, str]) -> bool:
    """True when every year the match states has 2 or 3 digits (a Taiwanese 99年 or 112年)."""
    years = [groups[name] for name in ("year", "end_year") if groups.get(name)]
    return all(text.strip().isascii() and len(text.strip()) in (2, 3) for text in years)


def resolve(found: Found, rules: DateRules, reference: Reference, context_year: int | None):
    """(start_date, end_date, granularity, resolution) for one match.

    Raises Unresolvable when no anchor fixes it or the date does not exist,
    NotADate when the match is no date in this document.
    """
    groups = found.groups
    if groups.get("split_year"):
        if groups.get("split_next") and not _follows(groups["split_from"], groups["split_next"]):
            raise NotADate  # 2026-28: two years that do not follow each other make no split year
        run_from = groups.get("run_from")
        if run_from and (
            not _follows(run_from, groups["run_next"])
            or int(year_digits(run_from)) < int(year_digits(groups["split_from"]))
        ):
            raise NotADate  # 2022/23至2026/28年度, or a run that goes back: no run of fiscal years
        return _resolve_split_year(groups, reference)
    if groups.get("account_year") is not None and reference.fiscal_start_month not in (None, 1):
        # 本年度, 上年度 on a page of a place whose public fiscal year starts after January: that fiscal year
        return _fiscal_year_at(lookup(rules, "relative_year", groups["relative_year"]), reference)
    if groups.get("relative_fiscal_year"):
        return _resolve_fiscal_year(groups, rules, reference)
    if groups.get("reported_fiscal_year"):
        return _resolve_reported_fiscal_year(reference)
    if groups.get("whole_year"):
        return _resolve_whole_year(context_year, reference)
    if groups.get("holiday") and groups.get("holiday_relative"):
        return _fixed_holiday_told(groups, rules, reference)
    if groups.get("moving_holiday"):
        return _resolve_moving_holiday(found, rules, reference, context_year)
    if (
        groups.get("lunar_month")
        or groups.get("lunar_day")
        or groups.get("lunar_festival")
        or groups.get("solar_term")
    ):
        return _resolve_lunar(found, rules, reference, context_year)
    if groups.get("same_day"):
        return _resolve_same_day(groups, rules, reference)
    if groups.get("offset_unit"):
        if context_year is not None:
            # 2018年成立,3年后上市: counted from the year the line states,
            # not from the article's date; which event is meant is a guess.
            raise Unresolvable
        return _resolve_offset(groups, rules, reference)
    if groups.get("since") and rules.since_to_article_date:
        return _resolve_since(found, rules, reference, context_year)
    if groups.get("until_today") or groups.get("from_today"):
        return _resolve_to_article_date(found, rules, reference, context_year)
    if groups.get("months_to"):
        return _resolve_months_to(found, rules, reference, context_year)
    if groups.get("named_period"):
        first, last = lookup(rules, "named_period", groups["named_period"])
        part = lookup(rules, "period_part", groups.get("period_part")) or "whole"
        if part == "first":
            return date(first, 1, 1), date(first, 12, 31), "year", "explicit"
        if part == "last":
            return date(last, 1, 1), date(last, 12, 31), "year", "explicit"
        return date(first, 1, 1), date(last, 12, 31), "period", "explicit"
    if groups.get("decade") or groups.get("century") or groups.get("decade_start"):
        try:
            return _resolve_decade(groups, reference)
        except ValueError:  # 0世纪: no such century
            raise Unresolvable from None
    if groups.get("week_number"):
        return _resolve_week(found, rules, reference, context_year)
    if groups.get("pair_start"):
        return _resolve_pair(groups, rules, reference)
    if (
        groups.get("relative_day")
        or groups.get("relative_month")
        or groups.get("this_month")
        or groups.get("relative_week")
        or groups.get("this_week")
        or groups.get("relative_quarter")
        or (groups.get("weekday") and not groups.get("month"))
    ):
        return _resolve_relative_to_day(found, rules, reference)

    start_year, start_month, start_day, start_how = _side(found, "", rules, reference, context_year)
    is_range = any(
        groups.get("end_" + part)
        for part in ("year", "roc_year", "relative_year", "month", "day", "month_part")
    )
    year_borrowed = False  # the start took its year from the end (Nov-Feb 2017)
    year_lent = False  # the end took its year from the start, and names its own month
    if is_range:
        end_year, end_month, end_day, end_how = _side(found, "end_", rules, reference, context_year)
        if start_year is None and end_year is not None:
            start_year, start_how = end_year, end_how
            year_borrowed = True
        if end_year is None:
            end_year, end_how = start_year, start_how
            # the end took its year from the start (2023年12月28日至1月3日)
            year_lent = start_year is not None and bool(groups.get("end_month"))
        if end_month is None and (end_day is not None or groups.get("end_month_part")):
            end_month = start_month  # 9 to 12 June; 1月上旬至中旬
        if start_month is None and start_day is not None:
            start_month = end_month  # 9 to 12 of June
        short = groups.get("short_range") and start_year is not None and end_year is not None
        if short and end_year <= start_year + 1:
            # 2021-19 is a score; 2025-26 a fiscal, school or sports year
            # whose months the text rarely says (fiscal 2025-26 reads it)
            raise NotADate
        if groups.get("neighbours_only") is not None and (start_month or 0) + 1 != end_month:
            raise NotADate  # 5、6月 is May and June; 3、5月 is two months, not one period
    else:
        end_year = end_month = end_day = end_how = None

    resolution = start_how
    if start_year is None and start_month is None and context_year is not None:
        # A part of a year on its own after a year stated on its line
        # (2022年营收增长5%，其中上半年...): of that year, as a year-less month is.
        start_year, resolution = context_year, "doc_date"
    elif start_year is None and start_month is None:
        # A part of a year on its own (上半年, 年初): the article's year.
        if reference.article_year is None:
            raise Unresolvable
        start_year, resolution = reference.article_year, "relative"
    elif start_year is None:
        # A year-less date: the year comes from the line or the article.
        fill = context_year if context_year is not None else reference.article_year
        if fill is None:
            raise Unresolvable
        start_year = fill
        if is_range:
            year_lent = end_year is None and bool(groups.get("end_month"))
            end_year = end_year or fill
        resolution = "doc_date"
    elif is_range and "relative" in (start_how, end_how):
        resolution = "relative"

    year_part = (
        _leading_part(groups)
        or _listed_parts(groups, rules)
        or lookup(rules, "year_part", groups.get("year_part"))
    )
    try:
        month_part = _month_part(groups, rules, start_year, start_month)
        start, end, granularity = _span_dates(start_year, start_month, start_day, year_part, month_part)
        if is_range:
            # 3月中旬至4月上旬: the end's own part of its month
            end_month_part = lookup(rules, "month_part", groups.get("end_month_part"))
            # Q4 2026 - Q3 2027: the end's own part of its year
            end_year_part = lookup(rules, "year_part", groups.get("range_end_part"))
            _, end, _ = _span_dates(end_year, end_month, end_day, end_year_part, end_month_part)
            granularity = "period"
            if end < start and year_borrowed:
                # The range crosses New Year: it starts in the year before.
                start, _, _ = _span_dates(start_year - 1, start_month, start_day, None, None)
            elif end < start and year_lent and resolution == "doc_date" and start.year == _year_of(reference):
                # A year-less range over New Year (12/28-1/4): the one nearer the article's date.
                start, end = _nearer_new_year(start, end, reference)
            elif end < start and year_lent:
                # The range crosses New Year: it ends in the year after.
                _, end, _ = _span_dates(end_year + 1, end_month, end_day, None, None)
            if end < start:
                raise Unresolvable
    except ValueError:
        raise Unresolvable from None
    if resolution is None:
        resolution = "relative" if year_part else "doc_date"
    if groups.get("holiday") and not is_range and resolution == "doc_date" and context_year is None:
        start = end = _holiday_across_new_year(start, reference)
    if groups.get("week_of") and granularity == "day":
        # the week of April 10: the Monday-to-Sunday week holding that day;
        # the week beginning April 10: seven days from it
        if groups["week_of"].lower() == "of":
            start = start - timedelta(days=start.weekday())
        return start, start + timedelta(days=6), "period", resolution
    return start, end, granularity, resolution


def _resolve_lunar(found: Found, rules: DateRules, reference: Reference, context_year: int | None):
    """A lunar date (正月十五, 农历八月), a lunar festival (2024年春节) or a solar term (冬至) as solar days.

    Of the year stated (explicit or relative: the lunar year for a lunar date,
    the solar year for a festival or a term), else of the year its line
    states or the article's year (doc_date); see
    `pipeline.extractors.dates.lunar` for which solar year a lunar day is of.
    A reign's month and day (光绪二十八年三月初五) and a lunar day that may be
    a solar one (`lunar_unsure`: 9月二十一) are not converted.
    """
    groups = found.groups
    if groups.get("era") or groups.get("lunar_unsure") is not None:
        raise Unresolvable
    year, _, _, resolution = _side(found, "", rules, reference, context_year)
    if groups.get("lunar_year"):
        year, resolution = year_value(groups["lunar_year"], rules), "explicit"
    # A year stated before a lunar month is the lunar year (2023年腊月二十三 is
    # in January 2024); a festival's or a year-less day's is the solar year.
    lunar_year = year if resolution is not None and not groups.get("lunar_festival") else None
    if year is None:
        year = context_year if context_year is not None else reference.article_year
        resolution = "doc_date"
    if year is None:
        raise Unresolvable
    across_new_year = resolution == "doc_date" and context_year is None and reference.doc_date is not None
    term = lookup(rules, "solar_term", groups.get("solar_term"))
    if term is not None:
        point = lunar.solar_term_day(year, term)
        if point is None:
            raise Unresolvable
        if across_new_year:
            point = _nearer_across_new_year(
                point, year, reference.doc_date, lambda y: lunar.solar_term_day(y, term)
            )
        return point, point, "day", resolution
    festival = lookup(rules, "lunar_festival", groups.get("lunar_festival"))
    if festival is not None:
        (month, leap), day = (festival[0], False), festival[1]
    else:
        # 大年初三: a lunar day without a month is of the first month
        month_text = groups.get("lunar_month")
        month_leap = lunar.lunar_month_number(month_text) if month_text else (1, False)
        if month_leap is None:
            raise Unresolvable
        month, leap = month_leap
        day = lunar.lunar_day_number(groups["lunar_day"]) if groups.get("lunar_day") else None
        if groups.get("lunar_day") and day is None:
            raise Unresolvable
    if day is None:
        # A lunar month alone: of the lunar year of the year it takes. Months
        # 1-11 begin in the solar year of that number; 腊月 alone may be the
        # one before or after New Year.
        if lunar_year is None and month == lunar.LAST_MONTH:
            raise Unresolvable
        span = lunar.lunar_month_span(year if lunar_year is None else lunar_year, month, leap)
        if span is None:
            raise Unresolvable
        return span[0], span[1], "period", resolution
    if lunar_year is not None:
        point = lunar.lunar_to_solar(lunar_year, month, day, leap)
    else:
        point = lunar.lunar_day_in_year(year, month, day, leap)
    if point is None:
        raise Unresolvable
    if lunar_year is None and across_new_year:
        point = _nearer_across_new_year(
            point, year, reference.doc_date, lambda y: lunar.lunar_day_in_year(y, month, day, leap)
        )
    return point, point, "day", resolution


def _resolve_moving_holiday(found: Found, rules: DateRules, reference: Reference, context_year: int | None):
    """A holiday whose date moves (母亲节, Thanksgiving, Easter Monday) as its day.

    Of the year stated (explicit or relative), else of the year its line
    states or the article's year (doc_date); a year-less one across New Year
    near the article's date is that one, as for a fixed holiday. `last
    Thanksgiving` is the latest one before the article's date, `next Easter`
    the first one after it, `this Easter` the article's year's.
    """
    holiday_rule = lookup(rules, "moving_holiday", found.groups["moving_holiday"])
    told = (found.groups.get("holiday_relative") or "").lower()
    if told:
        return _moving_holiday_told(holiday_rule, told, reference)
    year, _, _, resolution = _side(found, "", rules, reference, context_year)
    if year is None:
        year = context_year if context_year is not None else reference.article_year
        resolution = "doc_date"
    if year is None:
        raise Unresolvable
    try:
        point = moving_holiday_day(year, holiday_rule)
    except ValueError:  # a year out of the calendar's range
        raise Unresolvable from None
    if point is None:
        raise Unresolvable
    if resolution == "doc_date" and context_year is None and reference.doc_date is not None:
        point = _nearer_across_new_year(
            point,
            year,
            reference.doc_date,
            lambda other_year: moving_holiday_day(other_year, holiday_rule),
            NEW_YEAR_HOLIDAY_REACH,
        )
    return point, point, "day", resolution


def _fixed_holiday_told(groups: Mapping[str, str], rules: DateRules, reference: Reference):
    """last Christmas, next Halloween, this New Year's Eve: a fixed-date holiday told from the article's date.

    `last` is the latest one before the article's date, `next` the first one
    after it, `this` the article's year's (as for a moving holiday).
    """
    month_day = lookup(rules, "holiday", groups["holiday"])
    told = groups["holiday_relative"].lower()
    if month_day is None:
        raise Unresolvable
    month, day = month_day
    if reference.doc_date is None:
        if told != "this" or reference.article_year is None:
            raise Unresolvable
        point = date(reference.article_year, month, day)
        return point, point, "day", "relative"
    today = reference.doc_date
    point = date(today.year, month, day)
    if told == "last" and point >= today:
        point = date(today.year - 1, month, day)
    elif told == "next" and point <= today:
        point = date(today.year + 1, month, day)
    return point, point, "day", "relative"


def _moving_holiday_told(holiday_rule: Any, told: str, reference: Reference):
    """A moving holiday after `last`, `next` or `this`, counted from the article's date."""
    if reference.doc_date is None:
        if told != "this" or reference.article_year is None:
            raise Unresolvable
        point = moving_holiday_day(reference.article_year, holiday_rule)
    else:
        year = reference.doc_date.year
        point = moving_holiday_day(year, holiday_rule)
        if point is not None and told == "last" and point >= reference.doc_date:
            point = moving_holiday_day(year - 1, holiday_rule)
        elif point is not None and told == "next" and point <= reference.doc_date:
            point = moving_holiday_day(year + 1, holiday_rule)
    if point is None:
        raise Unresolvable
    return point, point, "day", "relative"


# How near the article's date a year-less festival, solar term or lunar day
# on the other side of New Year must be to be the one meant.
NEW_YEAR_FESTIVAL_REACH = timedelta(days=60)


def _nearer_across_new_year(
    point: date, year: int, doc_date: date, day_in_year, reach: timedelta = NEW_YEAR_FESTIVAL_REACH
) -> date:
    """The day of a year-less festival or term nearer the article, when New Year lies between.

    `point` is the day in the article's year; the day in the year before or
    after replaces it when that one is within NEW_YEAR_FESTIVAL_REACH of the
    article's date and `point` is not (冬至 in an early January article is the
    one just past; 春节 in a late December one, the one to come).
    """
    if abs(point - doc_date) <= reach:
        return point
    for other_year in (year - 1, year + 1):
        other = day_in_year(other_year)
        if other is not None and abs(other - doc_date) <= reach:
            return other
    return point


# How near the article's date a year-less fixed holiday across New Year must
# be to be the one meant: within a month (元旦 in a December article), not
# the wider reach of a festival, whose date moves from year to year.
NEW_YEAR_HOLIDAY_REACH = timedelta(days=31)


def _holiday_across_new_year(day: date, reference: Reference) -> date:
    """A year-less fixed holiday (元旦, Christmas Day) across New Year when that one is near the article.

    元旦 told in a December article is the coming one; Christmas Day in an
    article of early January, the one just past.
    """
    if reference.doc_date is None:
        return day
    return _nearer_across_new_year(
        day,
        day.year,
        reference.doc_date,
        lambda year: date(year, day.month, day.day),
        NEW_YEAR_HOLIDAY_REACH,
    )


def _year_of(reference: Reference) -> int | None:
    """The year a year-less date takes from the article: its date's, else the inferred one."""
    return reference.doc_date.year if reference.doc_date is not None else reference.article_year


# The longest year-less range over New Year read as dates, in months touched
# (10/25 to 1/25, 十月至三月 heating); a longer one is more likely no date.
NEW_YEAR_RANGE_MONTHS = 6


def _nearer_new_year(start: date, end: date, reference: Reference) -> tuple[date, date]:
    """A range whose end month comes before its start month: over the New Year nearer the article's date.

    `start` and `end` are both in the article's year; the range is either
    from the year before into it, or from it into the year after.
    """
    if end.month + 12 - start.month > NEW_YEAR_RANGE_MONTHS:
        raise NotADate  # 3/5 to 2/5: fractions more likely than eleven months
    earlier = (shift_years(start, -1), end)
    later = (start, shift_years(end, 1))
    if reference.doc_date is None:
        return later
    middle = date(start.year, 7, 1)
    return earlier if reference.doc_date < middle else later


def _leading_part(groups: Mapping[str, str]) -> tuple[int, int] | None:
    """(first month, last month) of 前三季度 / 前11个月 / 后三个月; None if no such count."""
    for name in LEADING_PART_GROUPS:
        if groups.get(name):
            count = count_value(groups[name].replace("两", "二"))
            if count is None:
                raise Unresolvable
            months = count * 3 if name == "first_quarters" else count
            if not 1 <= months <= 12:
                raise Unresolvable
            return (13 - months, 12) if name == "last_months" else (1, months)
    return None


def _listed_parts(groups: Mapping[str, str], rules: DateRules) -> tuple[int, int] | None:
    """(first month, last month) of two neighbouring parts listed: Q2 and Q3, the second and third quarters.

    The first may be written without its unit (second), which it takes from
    the last (third quarter). Parts that are not neighbours (the first and
    third quarters) are two dates, not one period: NotADate.
    """
    end_text = groups.get("end_year_part")
    if not end_text:
        return None
    last = lookup(rules, "year_part", end_text)
    start_text = groups.get("year_part") or ""
    first = lookup(rules, "year_part", start_text)
    if first is None:
        unit = regex.split(r"\s+", end_text.strip())[-1]
        first = lookup(rules, "year_part", f"{start_text} {unit}")
    if first is None and start_text and not regex.search(r"\s", end_text):
        # 二、三季度: the Chinese unit follows the last numeral only
        unit = regex.sub(r"^第?[一二三四1-4]", "", end_text)
        first = lookup(rules, "year_part", f"{start_text}{unit}")
    if first is None or last is None:
        raise Unresolvable
    if first[1] + 1 != last[0]:
        raise NotADate
    return first[0], last[1]


def _month_part(groups: Mapping[str, str], rules: DateRules, year: int | None, month: int | None):
    """(first day, last day) of a part of a month: 上旬, or the first or last N days (前10天, 最后五天).

    Raises ValueError for a count of days the month does not have.
    """
    for name in MONTH_DAYS_GROUPS:
        if groups.get(name):
            count = count_value(groups[name].replace("两", "二"))
            if year is None or month is None or count is None:
                return None
            length = calendar.monthrange(year, month)[1]
            if not 1 <= count <= length:
                raise ValueError(f"{count} days of a month of {length}")
            return (1, count) if name == "first_days" else (length - count + 1, length)
    return lookup(rules, "month_part", groups.get("month_part"))


def _span_dates(year, month, day, year_part, month_part) -> tuple[date, date, str]:
    """First and last day of a year/month/day (with an optional part)."""
    if month is not None and day is not None:
        point = date(year, month, day)
        return point, point, "day"
    if month is not None:
        if month_part:
            first_day, last_day = month_part
            last = min(last_day, calendar.monthrange(year, month)[1])
            granularity = (
                "month" if (first_day, last) == (1, calendar.monthrange(year, month)[1]) else "period"
            )
            return date(year, month, first_day), date(year, month, last), granularity
        return date(year, month, 1), _month_end(year, month), "month"
    if year_part:
        first_month, last_month = year_part
        granularity = (
            "year"
            if (first_month, last_month) == (1, 12)
            else "month"
            if first_month == last_month
            else "period"
        )
        return date(year, first_month, 1), _month_end(year, last_month), granularity
    return date(year, 1, 1), date(year, 12, 31), "year"


def _resolve_decade(groups: Mapping[str, str], reference: Reference):
    if groups.get("decade_start"):  # the 1990s, 1990年代, 一九九〇年代
        first = int(parse_small_number(groups["decade_start"]))
        return date(first, 1, 1), date(first + 9, 12, 31), "period", "explicit"
    if groups.get("this_century"):  # 本世纪二十年代: a decade of the article's century
        if reference.article_year is None:
            raise Unresolvable
        century = (reference.article_year - 1) // 100 + 1
    else:
        century_text = groups.get("century")
        century = parse_small_number(century_text) if century_text else 20
    if groups.get("decade"):
        decade = parse_small_number(groups["decade"])
        first = (century - 1) * 100 + decade
        return date(first, 1, 1), date(first + 9, 12, 31), "period", "explicit"
    first = (century - 1) * 100 + 1
    return date(first, 1, 1), date(first + 99, 12, 31), "period", "explicit"


def _resolve_week(found: Found, rules: DateRules, reference: Reference, context_year: int | None):
    """A numbered week (Monday to Sunday) of a month or of a year, or a numbered weekday of a month.

    Of a month (五月第一周, the last week of March): the Nth week whose Monday
    falls in that month. Of a year (2024年第10周, week 31 of 2018): ISO week N.
    With a weekday (5月第二个星期日, the first Tuesday of November): that day.
    """
    groups = found.groups
    text = groups["week_number"]
    number = lookup(rules, "week_number", text)
    number = int(number) if number is not None else ordinal_day(text)
    if number is None or number == 0:
        raise Unresolvable
    if groups.get("relative_month"):
        if reference.doc_date is None:
            raise Unresolvable
        offset = int(lookup(rules, "relative_month", groups["relative_month"]))
        year, month = divmod(reference.doc_date.year * 12 + reference.doc_date.month - 1 + offset, 12)
        month, resolution = month + 1, "relative"
    else:
        year, month, _, resolution = _side(found, "", rules, reference, context_year)
        if year is None:
            year = context_year if context_year is not None and month is not None else reference.article_year
            if year is None:
                raise Unresolvable
            resolution = "doc_date" if month is not None else "relative"
    weekday = lookup(rules, "weekday", groups.get("weekday"))
    if weekday is not None and month is not None:
        return _nth_weekday(year, month, int(weekday), number) + (resolution,)
    try:
        if month is None:
            last_week = date(year, 12, 28).isocalendar()[1]
            monday = date.fromisocalendar(year, last_week if number < 0 else number, 1)
        else:
            first = date(year, month, 1)
            mondays = [first + timedelta(days=(7 - first.weekday()) % 7 + 7 * week) for week in range(5)]
            mondays = [monday for monday in mondays if monday.month == month]
            if number > len(mondays):
                raise Unresolvable
            monday = mondays[-1] if number < 0 else mondays[number - 1]
    except ValueError:
        raise Unresolvable from None
    return monday, monday + timedelta(days=6), "period", resolution


def _nth_weekday(year: int, month: int, weekday: int, number: int) -> tuple[date, date, str]:
    """The Nth (or, for -1, the last) given weekday (Monday = 1) of a month, as a day."""
    day = nth_weekday(year, month, weekday, number)
    if day is None:
        raise Unresolvable
    return day, day, "day"


def _resolve_relative_to_day(found: Found, rules: DateRules, reference: Reference):
    """今天 / last month / 下周六 / 本季度 / 周三 / 上周末: counted from the article's date.

    A weekday on its own is that day of the article's week (Monday to Sunday);
    a weekend is the Saturday and Sunday of its week.
    """
    groups = found.groups
    if reference.doc_date is None:
        raise Unresolvable
    today = reference.doc_date
    if groups.get("relative_day"):
        point = today + timedelta(days=int(lookup(rules, "relative_day", groups["relative_day"])))
        stated = _day_value(rules, groups["day"]) if groups.get("day") else None
        stated_month = _month_value(rules, groups.get("month")) if groups.get("month") else None
        if stated is not None and stated_month is not None:
            # 今日（1月3日）: the month and day stated win, in the year that puts them nearest.
            point = nearest_month_day(stated_month, stated, point)
        elif stated is not None and stated != point.day:
            # 昨(5)日 in a paper dated the 7th: the day stated wins, the
            # latest such day not after the one counted.
            point = latest_day_numbered(stated, point)
        return point, point, "day", "relative"
    if groups.get("relative_month") or groups.get("this_month"):
        # this_month: a part of a month with no month named (月底, 下旬) is of the article's
        offset = (
            int(lookup(rules, "relative_month", groups["relative_month"]))
            if groups.get("relative_month")
            else 0
        )
        month_index = today.year * 12 + today.month - 1 + offset
        stated = _month_value(rules, groups.get("month")) if groups.get("month") else None
        if stated is not None:
            # 上(5)月: the month stated wins, in the year that puts it nearest the month counted
            month_index = min(
                (year * 12 + stated - 1 for year in (today.year - 1, today.year, today.year + 1)),
                key=lambda index: abs(index - month_index),
            )
        year, month = divmod(month_index, 12)
        if groups.get("day"):
            try:
                point = date(year, month + 1, _day_value(rules, groups["day"]))
            except (ValueError, TypeError):
                raise Unresolvable from None
            return point, point, "day", "relative"
        try:
            month_part = _month_part(groups, rules, year, month + 1)
        except ValueError:
            raise Unresolvable from None
        start, end, granularity = _span_dates(year, month + 1, None, None, month_part)
        return start, end, granularity, "relative"
    if groups.get("relative_quarter"):
        offset = int(lookup(rules, "relative_quarter", groups["relative_quarter"]))
        quarter_index = today.year * 4 + (today.month - 1) // 3 + offset
        year, quarter = divmod(quarter_index, 4)
        return date(year, quarter * 3 + 1, 1), _month_end(year, quarter * 3 + 3), "period", "relative"
    # A part of a week with no week named (this_week: "by the end of the week")
    # is of the article's own week, so no offset.
    week_text = groups.get("relative_week")
    offset = int(lookup(rules, "relative_week", week_text)) if week_text else 0
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
    weekday = lookup(rules, "weekday", groups.get("weekday"))
    if weekday:
        point = monday + timedelta(days=int(weekday) - 1)
        end_weekday = lookup(rules, "weekday", groups.get("end_weekday"))
        if end_weekday:
            # 下周五至周一: the range runs into the next week
            end = monday + timedelta(days=int(end_weekday) - 1)
            return point, end if end > point else end + timedelta(weeks=1), "period", "relative"
        return point, point, "day", "relative"
    if groups.get("weekend"):
        return monday + timedelta(days=5), monday + timedelta(days=6), "period", "relative"
    return monday, monday + timedelta(days=6), "period", "relative"


def _resolve_pair(groups: Mapping[str, str], rules: DateRules, reference: Reference):
    """今明两年 / 明后两天 / this year and next: two neighbouring years or days."""
    first = int(lookup(rules, "pair_start", groups["pair_start"]))
    if lookup(rules, "pair_unit", groups["pair_unit"]) == "year":
        if reference.article_year is None:
            raise Unresolvable
        year = reference.article_year + first
        return date(year, 1, 1), date(year + 1, 12, 31), "period", "relative"
    if reference.doc_date is None:
        raise Unresolvable
    start = reference.doc_date + timedelta(days=first)
    return start, start + timedelta(days=1), "period", "relative"


def _resolve_offset(groups: Mapping[str, str], rules: DateRules, reference: Reference):
    """5天前, 三年后, two months ago, in two weeks: the day, week, month or year that far from the article.

    A year offset needs only the article's year; the others its date. The
    unit named is the granularity: 两个月前 is that whole month.
    """
    count = count_value(groups.get("offset_count") or "")
    unit = lookup(rules, "offset_unit", groups["offset_unit"])
    # in two weeks (en_offset_ahead) looks ahead; its "in" lies before the span.
    direction = (
        1 if groups.get("offset_ahead") else lookup(rules, "offset_direction", groups.get("offset_direction"))
    )
    if count is None or unit is None or direction is None:
        raise Unresolvable
    steps = count * int(direction)
    if unit == "year":
        if reference.article_year is None:
            raise Unresolvable
        year = reference.article_year + steps
        return date(year, 1, 1), date(year, 12, 31), "year", "relative"
    if reference.doc_date is None:
        raise Unresolvable
    today = reference.doc_date
    if unit == "day":
        point = today + timedelta(days=steps)
        return point, point, "day", "relative"
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=steps)
        return monday, monday + timedelta(days=6), "period", "relative"
    year, month = divmod(today.year * 12 + today.month - 1 + steps, 12)
    return date(year, month + 1, 1), _month_end(year, month + 1), "month", "relative"


def _resolve_same_day(groups: Mapping[str, str], rules: DateRules, reference: Reference):
    """去年的今天, 十年前的今日, a year ago today: the article's day in the year counted from its own.

    Needs the article's date; 29 February in a year without one is unresolved.
    """
    if groups.get("years_ago"):
        count = count_value(groups["years_ago"])
        steps = -count if count is not None else None
    else:
        steps = lookup(rules, "relative_year", groups.get("relative_year"))
    if steps is None or reference.doc_date is None:
        raise Unresolvable
    try:
        point = reference.doc_date.replace(year=reference.doc_date.year + int(steps))
    except ValueError:
        raise Unresolvable from None
    return point, point, "day", "relative"


def _resolve_since(found: Found, rules: DateRules, reference: Reference, context_year: int | None):
    """2018年以来, since March 2019, 2019年5月8日起: from the date stated to the article's date.

    Without the article's date the end is unknown: unresolved. A start after
    the article's date (施行 from a future day) is that date alone.
    """
    groups = {name: text for name, text in found.groups.items() if name != "since"}
    start, end, granularity, resolution = resolve(
        Found(
            found.line_no, found.start, found.end, found.rule_id, groups, found.explicit_year, found.is_target
        ),
        rules,
        reference,
        context_year,
    )
    if reference.doc_date is None:
        raise Unresolvable
    if start > reference.doc_date:
        return start, end, granularity, resolution
    return start, reference.doc_date, "period", resolution


def _without(found: Found, *names: str) -> Found:
    """The same match with the groups `names` dropped."""
    groups = {name: text for name, text in found.groups.items() if name not in names}
    return Found(
        found.line_no, found.start, found.end, found.rule_id, groups, found.explicit_year, found.is_target
    )


def _resolve_to_article_date(found: Found, rules: DateRules, reference: Reference, context_year: int | None):
    """from August 1 to today, between now and May 21: from the date stated to the article's date, or back.

    The range is stated, so it runs to (or from) the article's date whatever
    `since_runs_to_article_date` says; without that date it is unresolved,
    and so is a range whose ends come in the wrong order.
    """
    if reference.doc_date is None:
        raise Unresolvable
    start, end, _, resolution = resolve(
        _without(found, "until_today", "from_today"), rules, reference, context_year
    )
    today = reference.doc_date
    if found.groups.get("until_today"):
        if resolution == "doc_date" and start > today:
            start = shift_years(start, -1)  # between Jan 22 and now, in a January article
        end = today
    else:
        if resolution == "doc_date" and end < today:
            end = shift_years(end, 1)  # between now and May 21, in a June article
        start = today
    if end < start:
        raise Unresolvable
    return start, end, "period", "relative" if resolution == "doc_date" else resolution


# A span of months named by its unit: the year to October, the September quarter.
MONTHS_IN_UNIT = {
    "year": 12,
    "quarter": 3,
    "half": 6,
    "half-year": 6,
    "half year": 6,
    # Hong Kong filings: 截至…止年度 / 止财政年度 / 止半年度
    "年度": 12,
    "财政年度": 12,
    "財政年度": 12,
    "半年": 6,
    "半年度": 6,
}


def _resolve_months_to(found: Found, rules: DateRules, reference: Reference, context_year: int | None):
    """the three months to September, the year to October, the June quarter: the months ending with it.

    A year-less end month is of the year stated before it on the line, else
    of the article's date: a period counted back to a month (`period_ended`:
    the year to October, the three months ended June) is reported once it is
    over, so it ends by the article's month; a quarter named by its month is
    the one nearest the article's month, the earlier on a tie (the December
    quarter in an October article is under way).
    """
    groups = found.groups
    text = groups["months_to"].strip().lower()
    if text == "week":
        return _resolve_week_to(found, rules, reference, context_year)
    count = MONTHS_IN_UNIT.get(regex.sub(r"\s+", " ", text))
    if count is None:
        count = count_value(regex.sub(r"\s*(?:months?|[个個]月)$", "", text))
    if count is None or not 1 <= count <= 24:
        raise Unresolvable
    year, month, day, resolution = _side(found, "", rules, reference, context_year)
    if month is None:
        raise Unresolvable
    if year is None:
        if context_year is not None:
            year = context_year
        elif reference.doc_date is not None:
            doc = reference.doc_date
            if groups.get("period_ended"):
                year = doc.year if month <= doc.month else doc.year - 1
            else:
                year = min(
                    (doc.year - 1, doc.year, doc.year + 1),
                    key=lambda candidate: (
                        abs(candidate * 12 + month - doc.year * 12 - doc.month),
                        candidate,
                    ),
                )
        elif reference.article_year is not None:
            year = reference.article_year
        else:
            raise Unresolvable
        resolution = "doc_date"
    try:
        end = date(year, month, day) if day is not None else _month_end(year, month)
    except ValueError:
        raise Unresolvable from None
    if end == _month_end(end.year, end.month):
        first_year, first_month = divmod(end.year * 12 + end.month - count, 12)
        start = date(first_year, first_month + 1, 1)
    else:  # the 12 months to March 15: from the day after the same day a period earlier
        back_year, back_month = divmod(end.year * 12 + end.month - 1 - count, 12)
        back_day = min(end.day, calendar.monthrange(back_year, back_month + 1)[1])
        start = date(back_year, back_month + 1, back_day) + timedelta(days=1)
    calendar_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and count == 12
    granularity = "year" if calendar_year else "period"
    return start, end, granularity, resolution


def _resolve_week_to(found: Found, rules: DateRules, reference: Reference, context_year: int | None):
    """the week ended Nov. 15, the week to 9 March: the seven days ending with the day named."""
    year, month, day, resolution = _side(found, "", rules, reference, context_year)
    if month is None or day is None:
        raise Unresolvable
    if year is None:
        fill = context_year if context_year is not None else _year_of(reference)
        if fill is None:
            raise Unresolvable
        year, resolution = fill, "doc_date"
    try:
        end = date(year, month, day)
    except ValueError:
        raise Unresolvable from None
    return end - timedelta(days=6), end, "period", resolution


def latest_day_numbered(day: int, not_after: date) -> date:
    """The latest date on day `day` of a month, not after `not_after` (within a year)."""
    year, month = not_after.year, not_after.month
    for _ in range(12):
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) <= not_after:
            return date(year, month, day)
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    raise Unresolvable


def nearest_month_day(month: int, day: int, around: date) -> date:
    """The date on `month`/`day` nearest to `around` (its year, the one before or after)."""
    candidates = []
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise Unresolvable
    return min(candidates, key=lambda candidate: abs((candidate - around).days))


def nearest_day_on_weekday(day: int, weekday: int, around: date, reach: int) -> date:
    """The date on day `day` of a month that is a `weekday` (Monday = 1), nearest to `around`.

    The earlier of two equally near; raises Unresolvable when none lies
    within `reach` days of `around`.
    """
    candidates = []
    for offset in range(-12, 13):
        year, month = divmod(around.year * 12 + around.month - 1 + offset, 12)
        if day <= calendar.monthrange(year, month + 1)[1]:
            candidate = date(year, month + 1, day)
            if candidate.isoweekday() == weekday:
                candidates.append(candidate)
    candidates = [candidate for candidate in candidates if abs((candidate - around).days) <= reach]
    if not candidates:
        raise Unresolvable
    return min(candidates, key=lambda candidate: (abs((candidate - around).days), candidate))


def shift_years(day: date, years: int) -> date:
    """The same day `years` years away; 29 February becomes the 28th in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


# Groups that make a date one day.
DAY_GROUPS = (
    "day",
    "same_day",
    "bare_day",
    "lunar_day",
    "relative_day",
    "weekday",
    "holiday",
    "moving_holiday",
    "lunar_festival",
    "solar_term",
)


def granularity_of(item: Found, rules: DateRules) -> str:
    """Granularity of a date whose dates could not be fixed."""
    groups = item.groups
    if (
        any(key.startswith("end_") for key in groups)
        or groups.get("named_period")
        or groups.get("century")
        or groups.get("decade")
        or groups.get("decade_start")
        or (groups.get("relative_week") and not groups.get("weekday"))
        or groups.get("this_week")
        or groups.get("relative_quarter")
        or (groups.get("week_number") and not groups.get("weekday"))
        or groups.get("week_of")
        or groups.get("pair_start")
        or groups.get("months_to")
        or groups.get("until_today")
        or groups.get("from_today")
        or groups.get("split_year")
        or any(groups.get(name) for name in LEADING_PART_GROUPS + MONTH_DAYS_GROUPS)
    ):
        return "period"
    if groups.get("relative_fiscal_year") or groups.get("reported_fiscal_year"):
        return "period"  # unresolved: the place, and so the months, unknown
    if groups.get("offset_unit"):
        unit = lookup(rules, "offset_unit", groups["offset_unit"])
        return "period" if unit == "week" else unit
    if (groups.get("since") and rules.since_to_article_date) or groups.get("same_period"):
        return "period"
    if any(groups.get(name) for name in DAY_GROUPS):
        return "day"
    if groups.get("lunar_month"):
        return "period"  # a lunar month is no solar month
    if groups.get("month") or groups.get("relative_month") or groups.get("this_month"):
        return "month"
    if groups.get("year_part") and lookup(rules, "year_part", groups["year_part"]) != [1, 12]:
        return "period"
    return "year"
