"""Peer checks for the dates extractor: Recognizers-Text and JioNLP time cases.

Each check runs the dates extractor on one peer input, with the case's
reference date as the article's date, and compares what it finds with what
the peer expects. Times of day, durations and recurring sets are outside what
provex extracts; cases that only expect those fail and are labelled
`out of scope` in the note, so the report can count them separately.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.core.records import DocumentContext, LineContext
from pipeline.dev.peer import CaseResult
from pipeline.extractors.dates.find import find_spans
from pipeline.rules.ruleset import RuleSet, default_ruleset
from pipeline.stages.normalise import normalise_line

# Recognizers-Text result types that are calendar dates or periods, or hold one: a
# datetime (2010.01.29晚上六点) is a day and a time of it, and its day is a date.
RT_DATE_TYPES = ("datetimeV2.date", "datetimeV2.daterange", "datetimeV2.datetime")
# JioNLP parse types that name a calendar point or span (not a duration or a cycle).
JIONLP_DATE_TYPES = ("time_point", "time_span")
OUT_OF_SCOPE = "out of scope"
# A vague part of a period in the peer's text (年底, 一季度末, 本月初, 伊始, later this year,
# the end of the month): the gold schema resolves it to the enclosing unit, so our year,
# quarter, month or week holding the peer's narrower stretch means the same. A lunar
# 初一 after 月 is a day, not a part.
VAGUE_PART_CN = re.compile(r"[年月季度]\s*[初底末](?![一二三四五六七八九十])|伊始")
VAGUE_PART_EN = re.compile(r"\b(?:early|earlier|late|later|end|beginning|start|middle|mid)\b", re.IGNORECASE)
# An offset in weeks, months or years (in two weeks, 3 years ago, 两个月后): provex counts it
# in the unit named (the README), so our week, month or year holding the peer's exact day
# means the same.
UNIT_OFFSET = re.compile(
    r"\b(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:weeks?|months?|years?)\b"
    r"|(?:\d{1,2}|[一二三四五六七八九十两])\s*(?:周|个?星期|个月|年)\s*[以之]?[前后]",
    re.IGNORECASE,
)
# The hour 24 closing a text's last day (…12月16日24时): JioNLP writes it as 00:00 of the next day.
HOUR_24 = re.compile(
    r"(?:(?<![\d十])24|(?<![一二三四五六七八九十])二十四)\s*(?:[时時点點]|[:：]00)\s*[整止]?\s*$"
)
# The unit a vague part or an offset is of, by the smallest one its words name (2013年一季度末
# is of the quarter, 十二月月底 of the month), with our granularity for one such unit.
NAMED_UNITS = (
    ("week", re.compile(r"周|星期|礼拜|\bweeks?\b", re.IGNORECASE), "period"),
    ("month", re.compile(r"月|\bmonths?\b", re.IGNORECASE), "month"),
    ("quarter", re.compile(r"季|\bquarters?\b", re.IGNORECASE), "period"),
    ("year", re.compile(r"年|\byears?\b", re.IGNORECASE), "year"),
)


def extract_dates(text: str, doc_date: date | None, ruleset: RuleSet | None = None) -> list[dict]:
    """Run the dates extractor on one string; spans with raw offsets and dates.

    Returns dicts with start, end (raw offsets into `text`), text, start_date,
    end_date, granularity, resolution and rule_id. `ruleset` defaults to the
    project's rules.
    """
    ruleset = ruleset or default_ruleset()
    line = normalise_line(1, text, ruleset)
    spans = find_spans(
        [LineContext(1, line.norm_text, line.lang)], DocumentContext(doc_date=doc_date), ruleset
    )
    found = []
    for span in spans:
        start, end = line.offsets.to_raw(span.start, span.end)
        found.append(
            {"start": start, "end": end, "text": text[start:end], "rule_id": span.rule_id, **span.fields}
        )
    return found


def _parse_day(text: str | None) -> date | None:
    if not text or text[:4] in ("inf", "not ") or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _overlaps(span: dict, start: int, end: int) -> bool:
    return span["start"] < end and start < span["end"]


def _rt_alternatives(entity: dict) -> list[tuple[date | None, date | None]]:
    """The (first day, last day) readings RT accepts for one date entity.

    RT gives ambiguous year-less dates several readings (past and future);
    any of them counts. Its daterange ends are exclusive, ours inclusive.
    """
    readings = []
    for value in entity.get("value") or []:
        day = _same_day(value) if entity.get("type") == "datetimeV2.datetimerange" else None
        if day is not None:
            readings.append((day, day))
        elif "value" in value:
            if value["value"] == "not resolved":
                readings.append((None, None))
            else:
                day = _parse_day(value["value"])
                readings.append((day, day))
        elif "start" in value or "end" in value:
            first = _parse_day(value.get("start"))
            last = _parse_day(value.get("end"))
            readings.append((first, last - timedelta(days=1) if last else None))
            if last and value.get("timex", "").startswith("("):
                # An explicit range "(A,B,P..)" names its end point B itself:
                # 19-20 November ends on the 20th, June-August ends in August.
                readings.append((first, last))
                readings.append((first, _month_end(last)))
    return readings


def _same_day(value: dict) -> date | None:
    """The day of a datetimerange reading that starts and ends on it (昨晚, this afternoon,
    tomorrow from 7 to 8pm), else None: a part of a named day is that day to us."""
    first, last = _parse_day(value.get("start")), _parse_day(value.get("end"))
    return first if first is not None and first == last else None


def _day_range_entity(entity: dict) -> bool:
    """True for a datetimerange whose every reading lies within one day."""
    values = entity.get("value") or []
    return (
        entity["type"] == "datetimeV2.datetimerange"
        and bool(values)
        and all(_same_day(value) is not None for value in values)
    )


def is_vague_part(text: str) -> bool:
    """True when the peer's text names a vague part of a period (年底, later this year)."""
    return bool(VAGUE_PART_CN.search(text) or VAGUE_PART_EN.search(text))


def is_unit_offset(text: str) -> bool:
    """True when the peer's text is an offset counted in weeks, months or years (in two weeks)."""
    return bool(UNIT_OFFSET.search(text))


def _contains(outer: tuple[date | None, date | None], inner: tuple[date | None, date | None]) -> bool:
    """True when the stretch `outer` holds the stretch `inner` (both ends known)."""
    return None not in (*outer, *inner) and outer[0] <= inner[0] and inner[1] <= outer[1]


def named_unit(text: str) -> str | None:
    """The smallest calendar unit the peer's text names (week, month, quarter, year), else None."""
    return next((unit for unit, words, _granularity in NAMED_UNITS if words.search(text)), None)


def _one_unit(first: date, last: date, unit: str) -> bool:
    """True when first..last is exactly one calendar `unit` (a week runs Monday to Sunday)."""
    if unit == "week":
        return first.weekday() == 0 and last == first + timedelta(days=6)
    if first.day != 1 or last != _month_end(last):
        return False
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if unit == "quarter":
        return months == 3 and first.month % 3 == 1
    if unit == "year":
        return months == 12 and first.month == 1
    return months == 1


def _holds(item: dict, reading: tuple[date | None, date | None], unit: str | None) -> bool:
    """True when our span is exactly one `unit` (the one the peer's text names) holding the reading."""
    ours = (item["start_date"], item["end_date"])
    granularity = dict((name, granularity) for name, _words, granularity in NAMED_UNITS).get(unit)
    return (
        granularity is not None
        and item.get("granularity") == granularity
        and _contains(ours, reading)
        and _one_unit(*ours, unit)
    )


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def check_recognizers_datetime(record: dict) -> CaseResult:
    """RT DateTimeModel case (zh or en); `context` is the article's date.

    Pass rule: every expected entity of type date/daterange/datetime (of a
    datetime, its day: 1月19号下午5:00 is January 19th) is overlapped by
    one of our spans whose (start_date, end_date) equals one of RT's readings
    (RT's exclusive range end minus one day; for an explicit range `(A,B,..)`
    also B itself, or the end of B's month: RT ends 一月十日到十二日 on the
    12th and June-August on August 1st, we on the 12th and August 31st); a
    datetimerange within one day (昨晚, this afternoon) counts by that day, as a
    datetime does; for a vague part (later this year, the end of the month) our
    one year, quarter, month or week holding RT's narrower stretch counts, as
    the gold schema resolves it to the enclosing unit, and so does it for an
    offset in weeks, months or years (in two weeks), which we count in the unit
    named (the unit is the smallest the text names, `named_unit`: no larger
    span passes); every span we report overlaps
    some expected entity (an overlap with a time/datetime entity is allowed);
    a case with `expected: []` must yield no date. A case whose expectations
    are all times, durations or sets fails with the note `out of scope`.
    """
    doc_date = _parse_day(record.get("context"))
    found = extract_dates(record["input"], doc_date)
    expected = record["expected"]
    got = [(item["text"], str(item["start_date"]), str(item["end_date"])) for item in found]
    stray = [item for item in found if not any(_overlaps(item, e["start"], e["end"]) for e in expected)]
    if not expected:
        return CaseResult(not found, expected=[], got=got, note="negative case")
    in_scope = [entity for entity in expected if entity["type"] in RT_DATE_TYPES or _day_range_entity(entity)]
    if not in_scope:
        return CaseResult(False, expected=[e["type"] for e in expected], got=got, note=OUT_OF_SCOPE)
    missing = []
    for entity in in_scope:
        readings = _rt_alternatives(entity)
        coarser = is_vague_part(entity["text"]) or is_unit_offset(entity["text"])
        unit = named_unit(entity["text"]) if coarser else None
        if not any(
            _overlaps(item, entity["start"], entity["end"])
            and (
                (item["start_date"], item["end_date"]) in readings
                or (unit is not None and any(_holds(item, reading, unit) for reading in readings))
            )
            for item in found
        ):
            missing.append((entity["text"], readings[:2]))
    passed = not missing and not stray
    note = "" if passed else f"missing={missing} stray={[item['text'] for item in stray]}"
    return CaseResult(passed, expected=[(e["text"], e["type"]) for e in in_scope], got=got, note=note)


def _jionlp_reference(record: dict) -> date | None:
    """The case's reference day. A partial reference ({"year": 2021}, [2019, 9]) names the
    first of its year or month: JioNLP fills the missing parts with 1 (10个月后 from [2019, 9]
    is 2020-07)."""
    reference = record.get("reference_time") or {}
    day = _parse_day(reference.get("iso"))
    if day is not None:
        return day
    given = reference.get("given")
    if isinstance(given, dict):
        parts = [given.get("year"), given.get("month", 1), given.get("day", 1)]
    elif isinstance(given, list) and given:
        parts = [*given[:3], 1, 1][:3]
    else:
        return None
    try:
        return date(*parts)
    except (TypeError, ValueError):
        return None


def _jionlp_last_day(times: list, text: str) -> date | None:
    """The last calendar day of a JioNLP span. JioNLP ends a span whose text ends at hour 24
    (16日24时) at 00:00:00 of the next day, the same instant as the end of the day named: that
    day is the last one, as we read it."""
    last = _parse_day(times[1])
    if (
        last is not None
        and HOUR_24.search(text)
        and str(times[1]).endswith(" 00:00:00")
        and str(times[1]) > str(times[0])
    ):
        return last - timedelta(days=1)
    return last


def check_jionlp_time(record: dict) -> CaseResult:
    """JioNLP `parse_time` case: the whole input is one time expression.

    Pass rule: the expected type is time_point or time_span; we find at least
    one date in the input, and the first start_date and last end_date of our
    spans equal the expected span's first and last calendar day (times of day
    are ignored; an open end such as `inf` never matches; an end at 00:00:00 after a text's
    hour 24, 16日24时, is the end of the 16th); for a vague part
    (19年底, 一季度末, 本月初) our one unit of the kind the text names holding the
    expected stretch counts,
    as the gold schema resolves it to the enclosing unit. The test's
    `reference_time` is the article's date (none when it is `now`; a partial
    one names the first day of its year or month). time_delta and time_period cases fail as `out of scope`.
    """
    expected = record["expected"]
    if expected.get("type") not in JIONLP_DATE_TYPES:
        return CaseResult(False, expected=expected.get("type"), note=OUT_OF_SCOPE)
    found = extract_dates(record["input"], _jionlp_reference(record))
    want = (_parse_day(expected["time"][0]), _jionlp_last_day(expected["time"], record["input"]))
    starts = [item["start_date"] for item in found if item["start_date"] is not None]
    ends = [item["end_date"] for item in found if item["end_date"] is not None]
    got = (min(starts), max(ends)) if starts and ends else None
    passed = got is not None and None not in want and got == want
    unit = named_unit(record["input"]) if is_vague_part(record["input"]) else None
    if not passed and got is not None and None not in want and unit is not None:
        # 19年底 as 2019, 一季度末 as the first quarter: the one unit named, holding the peer's stretch.
        dated = [item for item in found if item["start_date"] is not None]
        passed = all(_holds(item, want, unit) for item in dated) and _one_unit(*got, unit)
    return CaseResult(
        passed,
        expected=[str(day) for day in want],
        got=[str(day) for day in got] if got else [],
        note="" if passed else str([item["text"] for item in found]),
    )


def check_jionlp_time_extract(record: dict) -> CaseResult:
    """JioNLP `extract_time` case: find the time expressions in a sentence.

    Pass rule: every expected span is overlapped by one of our spans and
    every span of ours overlaps an expected one (values are not compared:
    the tests run without parsing); `expected: []` must yield no date.
    """
    found = extract_dates(record["input"], None)
    expected = record["expected"]
    covered = all(any(_overlaps(item, *entity["offset"]) for item in found) for entity in expected)
    stray = [item["text"] for item in found if not any(_overlaps(item, *e["offset"]) for e in expected)]
    passed = covered and not stray
    return CaseResult(
        passed,
        expected=[e["text"] for e in expected],
        got=[item["text"] for item in found],
        note="" if passed else f"stray={stray}",
    )
