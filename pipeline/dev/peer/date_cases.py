"""Peer checks for the dates extractor: Recognizers-Text and JioNLP time cases.

Each check runs the dates extractor on one peer input, with the case's
reference date as the article's date, and compares what it finds with what
the peer expects. Times of day, durations and recurring sets are outside what
provex extracts; cases that only expect those fail and are labelled
`out of scope` in the note, so the report can count them separately.
"""

from __future__ import annotations

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
        if "value" in value:
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
    12th and June-August on August 1st, we on the 12th and August 31st); every span we report overlaps
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
    in_scope = [entity for entity in expected if entity["type"] in RT_DATE_TYPES]
    if not in_scope:
        return CaseResult(False, expected=[e["type"] for e in expected], got=got, note=OUT_OF_SCOPE)
    missing = []
    for entity in in_scope:
        readings = _rt_alternatives(entity)
        if not any(
            _overlaps(item, entity["start"], entity["end"])
            and (item["start_date"], item["end_date"]) in readings
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


def check_jionlp_time(record: dict) -> CaseResult:
    """JioNLP `parse_time` case: the whole input is one time expression.

    Pass rule: the expected type is time_point or time_span; we find at least
    one date in the input, and the first start_date and last end_date of our
    spans equal the expected span's first and last calendar day (times of day
    are ignored; an open end such as `inf` never matches). The test's
    `reference_time` is the article's date (none when it is `now`; a partial
    one names the first day of its year or month). time_delta and time_period cases fail as `out of scope`.
    """
    expected = record["expected"]
    if expected.get("type") not in JIONLP_DATE_TYPES:
        return CaseResult(False, expected=expected.get("type"), note=OUT_OF_SCOPE)
    found = extract_dates(record["input"], _jionlp_reference(record))
    want = (_parse_day(expected["time"][0]), _parse_day(expected["time"][1]))
    starts = [item["start_date"] for item in found if item["start_date"] is not None]
    ends = [item["end_date"] for item in found if item["end_date"] is not None]
    got = (min(starts), max(ends)) if starts and ends else None
    passed = got is not None and None not in want and got == want
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
