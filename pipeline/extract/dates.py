"""Dates: calendar points and periods, resolved to a first and a last day.

The patterns live in `rules/dates.yaml`; they are joined into one regular
expression and run once per line. A rule reports what it found through named
groups (`year`, `month`, `day`, `relative_year`, `year_part`, ...); this
module turns those groups into `start_date`/`end_date`, a `granularity`
(day, month, year, period) and a `resolution`:

- `explicit`: the text states the full date;
- `doc_date`: a year-less date (11月17日) took its year from the nearest year
  stated earlier on the same line, else from the article's date, else from
  the article year inferred from the years the article states;
- `relative`: 今年, last year, 上个月 counted from the article's date (or, for
  year words, the inferred article year);
- `unresolved`: nothing fixes the date; both dates are None.

The inferred article year (used only when the article's date is unknown) is
the latest year the article states as a fact: the first year of every
explicit date or range, leaving out years introduced as targets (到2028年,
by 2030; see `future_markers`). News articles rarely state years after their
own, so this is the year they were written in far more often than not.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import regex

from pipeline.records import DocumentContext, LineContext, Span
from pipeline.rules import load_rule_file, require, rule_path

TABLE = "dates"
RULES_NAME = "dates"

# Table name in rules/dates.yaml -> the named group its words fill.
TABLE_GROUPS: dict[str, str] = {
    "month_names": "month",
    "relative_years": "relative_year",
    "relative_years_en_short": "relative_year",
    "year_parts": "year_part",
    "year_parts_en": "year_part",
    "year_part_suffixes": "year_part",
    "month_parts": "month_part",
    "named_periods": "named_period",
    "period_parts": "period_part",
    "relative_days": "relative_day",
    "relative_months": "relative_month",
    "relative_weeks": "relative_week",
    "weekdays": "weekday",
}

PLACEHOLDER = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}")
RULE_GROUP_PREFIX = "rule_"
CHINESE_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# Two-digit years up to this value are read as 20xx, above it as 19xx.
TWO_DIGIT_YEAR_PIVOT = 50


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class DateRules:
    """The compiled date rules: one combined pattern plus the word tables."""

    pattern: regex.Pattern
    rule_ids: tuple[str, ...]
    words: Mapping[str, Mapping[str, Any]]  # group name -> normalised word -> value
    future_markers: tuple[str, ...]


def _word_key(text: str) -> str:
    """Lookup key of a table word: lower-cased, runs of spaces collapsed."""
    return " ".join(text.lower().split())


def _word_alternation(words: Sequence[str], capitalised_only: set[str]) -> str:
    """Regex alternation of table words, longest first; ASCII words ignore case."""
    pieces = []
    for word in sorted(words, key=len, reverse=True):
        escaped = r"\s+".join(regex.escape(part) for part in word.split())
        if word.isascii() and any(character.isalpha() for character in word):
            escaped = word[0].upper() + escaped[1:] if word in capitalised_only else f"(?i:{escaped})"
        pieces.append(escaped)
    return "(?:" + "|".join(pieces) + ")"


def _expand(pattern: str, placeholders: Mapping[str, str], path, node) -> str:
    """Replace {NAME} placeholders (repeatedly, fragments may nest)."""
    for _ in range(5):
        missing = [name for name in PLACEHOLDER.findall(pattern) if name not in placeholders]
        require(not missing, path, node, f"unknown placeholder(s) {missing} in pattern")
        expanded = PLACEHOLDER.sub(lambda match: placeholders[match.group(1)], pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    return pattern


def _load_rules() -> DateRules:
    path = rule_path(RULES_NAME)
    document = load_rule_file(RULES_NAME)
    require(isinstance(document, dict), path, document, "expected a mapping at the top level")
    for key in ("fragments", "rules", "tables"):
        require(
            isinstance(document.get(key), dict if key != "rules" else list),
            path,
            document,
            f"'{key}' missing",
        )
    capitalised_only = {str(word) for word in document.get("capitalised_only", [])}
    placeholders: dict[str, str] = {}
    words: dict[str, dict[str, Any]] = {}
    tables = document["tables"]
    for table_name, table in tables.items():
        require(table_name in TABLE_GROUPS, path, tables, f"unknown table {table_name!r}")
        require(
            isinstance(table, dict) and bool(table), path, table, f"table {table_name!r} must be a mapping"
        )
        placeholders[table_name.upper()] = _word_alternation([str(word) for word in table], capitalised_only)
        group_words = words.setdefault(TABLE_GROUPS[table_name], {})
        for word, value in table.items():
            group_words[_word_key(str(word))] = value
    for name, fragment in document["fragments"].items():
        require(isinstance(fragment, str), path, document["fragments"], f"fragment {name!r} must be a string")
        placeholders[name] = f"(?:{fragment})"
    groups: dict[str, list[str]] = {"zh": [], "en": []}
    rule_ids = []
    for rule in document["rules"]:
        require(isinstance(rule, dict), path, rule, "each rule must be a mapping with id and pattern")
        rule_id, pattern = rule.get("id"), rule.get("pattern")
        language = rule.get("language", "zh")
        require(isinstance(rule_id, str) and bool(rule_id), path, rule, "rule without an 'id'")
        require(rule_id not in rule_ids, path, rule, f"duplicate rule id {rule_id!r}")
        require(isinstance(pattern, str) and bool(pattern), path, rule, f"rule {rule_id!r} has no 'pattern'")
        require(language in groups, path, rule, f"rule {rule_id!r}: language must be zh or en")
        expanded = _expand(pattern, placeholders, path, rule)
        try:
            regex.compile(expanded)
        except regex.error as error:
            require(False, path, rule, f"rule {rule_id!r}: bad pattern: {error}")
        groups[language].append(f"(?P<{RULE_GROUP_PREFIX}{len(rule_ids)}>{expanded})")
        rule_ids.append(rule_id)
    markers = tuple(
        sorted((str(marker) for marker in document.get("future_markers", [])), key=len, reverse=True)
    )
    # Cheap guards so the many alternatives are only tried where a date can
    # start: Chinese/numeric rules at a listed first character, English rules
    # at a digit or a listed start word.
    first_characters = regex.escape(str(document.get("first_characters", "")))
    start_words = _word_alternation([str(word) for word in document.get("english_start_words", [])], set())
    combined = (
        f"(?=[{first_characters}])(?:{'|'.join(groups['zh'])})"
        f"|(?=\\d|\\b{start_words}\\b)(?:{'|'.join(groups['en'])})"
    )
    return DateRules(regex.compile(combined), tuple(rule_ids), words, markers)


@lru_cache(maxsize=1)
def date_rules() -> DateRules:
    """The compiled rules of rules/dates.yaml (loaded once per process)."""
    return _load_rules()


# --------------------------------------------------------------------------- numbers


def chinese_number(text: str) -> int | None:
    """Value of a small number in digits or Chinese numerals (1-99, or digit by digit).

    `"17"` -> 17, `"十七"` -> 17, `"二十"` -> 20, `"廿一"` -> 21, `"二〇二二"` -> 2022;
    None for text that is not such a number.
    """
    text = text.strip()
    if text.isdigit() and text.isascii():
        return int(text)
    if text and all(character in CHINESE_DIGITS for character in text):
        return int("".join(str(CHINESE_DIGITS[character]) for character in text))
    text = text.replace("廿", "二十").replace("卅", "三十")
    if "十" in text and text.count("十") == 1:
        tens_text, _, units_text = text.partition("十")
        tens = CHINESE_DIGITS.get(tens_text) if tens_text else 1
        units = CHINESE_DIGITS.get(units_text) if units_text else 0
        if tens is None or units is None:
            return None
        return tens * 10 + units
    return None


def _year_value(text: str) -> int | None:
    """A year from 4 or 2 digits/Chinese numerals; 2-digit years get a century."""
    text = text.strip()
    value = chinese_number(text)
    if value is None:
        return None
    if len(text) == 2:
        return 2000 + value if value <= TWO_DIGIT_YEAR_PIVOT else 1900 + value
    return value


def _ordinal_day(text: str) -> int | None:
    """A day number, dropping English ordinal endings (22nd -> 22)."""
    return chinese_number(regex.sub(r"(?i)(st|nd|rd|th)$", "", text))


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True)
class _Found:
    """One rule match before resolution."""

    line_no: int
    start: int
    end: int
    rule_id: str
    groups: Mapping[str, str]
    explicit_year: int | None  # first year stated in the text, when any
    is_target: bool  # the stated year is introduced as a target (到2028年)


@dataclass(frozen=True)
class _Anchor:
    """What year-less and relative dates are resolved against."""

    doc_date: date | None
    article_year: int | None  # doc_date's year, else the inferred year


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _lookup(rules: DateRules, group: str, text: str | None) -> Any:
    if text is None:
        return None
    return rules.words.get(group, {}).get(_word_key(text))


def _month_value(rules: DateRules, text: str | None) -> int | None:
    if text is None:
        return None
    named = _lookup(rules, "month", text.rstrip("."))
    return named if named is not None else chinese_number(text)


class _Unresolvable(Exception):
    """Nothing fixes this date (no anchor) or the text names no real date."""


def _side(found: _Found, prefix: str, rules: DateRules, anchor: _Anchor, context_year: int | None):
    """(year, month, day, resolution) of one end of a date; parts may be None."""
    groups = found.groups
    year_text = groups.get(prefix + "year")
    relative = _lookup(rules, "relative_year", groups.get(prefix + "relative_year"))
    month = _month_value(rules, groups.get(prefix + "month"))
    day = _ordinal_day(groups[prefix + "day"]) if groups.get(prefix + "day") else None
    if year_text is not None:
        return _year_value(year_text), month, day, "explicit"
    if relative is not None:
        if anchor.article_year is None:
            raise _Unresolvable
        return anchor.article_year + int(relative), month, day, "relative"
    return None, month, day, None


def _resolve(found: _Found, rules: DateRules, anchor: _Anchor, context_year: int | None):
    """(start_date, end_date, granularity, resolution) for one match.

    Raises _Unresolvable when no anchor fixes it or the date does not exist.
    """
    groups = found.groups
    if groups.get("named_period"):
        first, last = _lookup(rules, "named_period", groups["named_period"])
        part = _lookup(rules, "period_part", groups.get("period_part")) or "whole"
        if part == "first":
            return date(first, 1, 1), date(first, 12, 31), "year", "explicit"
        if part == "last":
            return date(last, 1, 1), date(last, 12, 31), "year", "explicit"
        return date(first, 1, 1), date(last, 12, 31), "period", "explicit"
    if groups.get("decade") or groups.get("century"):
        return _resolve_decade(groups)
    if groups.get("relative_day") or groups.get("relative_month") or groups.get("relative_week"):
        return _resolve_relative_to_day(found, rules, anchor)

    start_year, start_month, start_day, start_how = _side(found, "", rules, anchor, context_year)
    is_range = any(groups.get("end_" + part) for part in ("year", "relative_year", "month", "day"))
    if is_range:
        end_year, end_month, end_day, end_how = _side(found, "end_", rules, anchor, context_year)
        if start_year is None and end_year is not None:
            start_year, start_how = end_year, end_how
        if end_year is None:
            end_year, end_how = start_year, start_how
        if end_month is None and end_day is not None:
            end_month = start_month
    else:
        end_year = end_month = end_day = end_how = None

    resolution = start_how
    if start_year is None and start_month is None:
        # A part of a year on its own (上半年, 年初): the article's year.
        if anchor.article_year is None:
            raise _Unresolvable
        start_year, resolution = anchor.article_year, "relative"
    elif start_year is None:
        # A year-less date: the year comes from the line or the article.
        fill = context_year if context_year is not None else anchor.article_year
        if fill is None:
            raise _Unresolvable
        start_year = fill
        if is_range:
            end_year = end_year or fill
        resolution = "doc_date"
    elif is_range and "relative" in (start_how, end_how):
        resolution = "relative"

    year_part = _lookup(rules, "year_part", groups.get("year_part"))
    month_part = _lookup(rules, "month_part", groups.get("month_part"))
    try:
        start, end, granularity = _span_dates(start_year, start_month, start_day, year_part, month_part)
        if is_range:
            _, end, _ = _span_dates(end_year, end_month, end_day, None, None)
            granularity = "period"
            if end < start:
                raise _Unresolvable
    except ValueError:
        raise _Unresolvable from None
    if resolution is None:
        resolution = "relative" if year_part else "doc_date"
    return start, end, granularity, resolution


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
        granularity = "year" if (first_month, last_month) == (1, 12) else "period"
        return date(year, first_month, 1), _month_end(year, last_month), granularity
    return date(year, 1, 1), date(year, 12, 31), "year"


def _resolve_decade(groups: Mapping[str, str]):
    century_text = groups.get("century")
    century = chinese_number(century_text) if century_text else 20
    if groups.get("decade"):
        decade = chinese_number(groups["decade"])
        first = (century - 1) * 100 + decade
        return date(first, 1, 1), date(first + 9, 12, 31), "period", "explicit"
    first = (century - 1) * 100 + 1
    return date(first, 1, 1), date(first + 99, 12, 31), "period", "explicit"


def _resolve_relative_to_day(found: _Found, rules: DateRules, anchor: _Anchor):
    """今天 / last month / 下周六: counted from the article's date."""
    groups = found.groups
    if anchor.doc_date is None:
        raise _Unresolvable
    today = anchor.doc_date
    if groups.get("relative_day"):
        point = today + timedelta(days=int(_lookup(rules, "relative_day", groups["relative_day"])))
        return point, point, "day", "relative"
    if groups.get("relative_month"):
        offset = int(_lookup(rules, "relative_month", groups["relative_month"]))
        month_index = today.year * 12 + today.month - 1 + offset
        year, month = divmod(month_index, 12)
        if groups.get("day"):
            try:
                point = date(year, month + 1, _ordinal_day(groups["day"]))
            except (ValueError, TypeError):
                raise _Unresolvable from None
            return point, point, "day", "relative"
        return date(year, month + 1, 1), _month_end(year, month + 1), "month", "relative"
    offset = int(_lookup(rules, "relative_week", groups["relative_week"]))
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
    weekday = _lookup(rules, "weekday", groups.get("weekday"))
    if weekday:
        point = monday + timedelta(days=int(weekday) - 1)
        return point, point, "day", "relative"
    return monday, monday + timedelta(days=6), "period", "relative"


# --------------------------------------------------------------------------- matching


def _matches(line: LineContext, rules: DateRules) -> list[_Found]:
    """Every rule match on one line, in order, with its named groups."""
    found = []
    for match in rules.pattern.finditer(line.norm_text):
        rule_group = match.lastgroup
        if rule_group is None or not rule_group.startswith(RULE_GROUP_PREFIX):
            rule_group = next(
                name
                for name, value in match.groupdict().items()
                if value is not None and name.startswith(RULE_GROUP_PREFIX)
            )
        groups = {
            name: value
            for name, value in match.groupdict().items()
            if value is not None and not name.startswith(RULE_GROUP_PREFIX)
        }
        year_text = groups.get("year")
        explicit_year = _year_value(year_text) if year_text else None
        before = line.norm_text[max(0, match.start() - 16) : match.start()].rstrip().lower()
        is_target = any(before.endswith(marker) for marker in rules.future_markers)
        found.append(
            _Found(
                line_no=line.line_no,
                start=match.start(),
                end=match.end(),
                rule_id=f"{RULES_NAME}:{rules.rule_ids[int(rule_group[len(RULE_GROUP_PREFIX) :])]}",
                groups=groups,
                explicit_year=explicit_year,
                is_target=is_target,
            )
        )
    return found


def infer_article_year(found: Sequence[_Found]) -> int | None:
    """The article's year guessed from the years it states (None if none).

    The latest explicit year not introduced as a target (到2028年, by 2030).
    """
    years = [item.explicit_year for item in found if item.explicit_year is not None and not item.is_target]
    return max(years) if years else None


def find_spans(lines: Sequence[LineContext], document: DocumentContext) -> list[Span]:
    """Date spans of an article's (non-boilerplate) lines, on their norm_text.

    `document.doc_date` anchors year-less and relative dates; without it the
    article year is inferred from the years the article states. Each span's
    fields: start_date, end_date (date or None), granularity, resolution.
    """
    rules = date_rules()
    per_line = [(line, _matches(line, rules)) for line in lines]
    doc_date = document.doc_date
    article_year = (
        doc_date.year if doc_date else infer_article_year([f for _, items in per_line for f in items])
    )
    anchor = _Anchor(doc_date=doc_date, article_year=article_year)
    spans = []
    for _line, items in per_line:
        for index, item in enumerate(items):
            earlier_years = [
                other.explicit_year for other in items[:index] if other.explicit_year is not None
            ]
            context_year = earlier_years[-1] if earlier_years else None
            spans.append(_to_span(item, rules, anchor, context_year))
    return spans


def _to_span(item: _Found, rules: DateRules, anchor: _Anchor, context_year: int | None) -> Span:
    try:
        start, end, granularity, resolution = _resolve(item, rules, anchor, context_year)
    except _Unresolvable:
        start = end = None
        granularity, resolution = _granularity_of(item), "unresolved"
    return Span(
        table=TABLE,
        line_no=item.line_no,
        start=item.start,
        end=item.end,
        rule_id=item.rule_id,
        fields={"start_date": start, "end_date": end, "granularity": granularity, "resolution": resolution},
    )


def _granularity_of(item: _Found) -> str:
    """Granularity of a date whose dates could not be fixed."""
    groups = item.groups
    if (
        any(key.startswith("end_") for key in groups)
        or groups.get("named_period")
        or groups.get("relative_week")
    ):
        return "period"
    if groups.get("day") or groups.get("relative_day"):
        return "day"
    if groups.get("month") or groups.get("relative_month"):
        return "month"
    if groups.get("year_part") and _lookup(date_rules(), "year_part", groups["year_part"]) != [1, 12]:
        return "period"
    return "year"
