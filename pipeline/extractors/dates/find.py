"""Dates: calendar points and periods, resolved to a first and a last day.

The patterns live in `rules/dates.yaml` (compiled by `rules.py`); they are
joined into one ordered alternation (the first rule that matches at a
position wins, leftmost match first, no overlaps), searched near the
anchors every date contains (`match.py`). Each match is then resolved to a
`start_date`/`end_date`, a granularity and a resolution (`resolve.py`).

Year-less and relative dates need the article's time: its date when known
(`document.doc_date`); else a day the article stamps as its own in its
first lines (`2023年11月18日 12:22`, `date 2025-12-22`: see
`article_timestamp`); else the article year, inferred as the latest year the
article states as a fact: the first year of every explicit date or range,
leaving out years introduced as targets (到2028年, by 2030; see
`future_markers`) and years stated as history (成立于2018年, since 2018; see
`past_markers`), and taken only when a date naming a day, a document title
or two lines state it (`infer_article_year`): a year stated once in passing
is as often one recalled or forecast. With none of these, relative dates
stay unresolved.

A Taiwanese text (region TW, or traditional script with Taiwanese
vocabulary: `taiwan` in the rule file) writes years in the Republic of
China calendar: 112年 is 2023. `民国` before a year always marks one.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.core.records import DocumentContext, LineContext, Span
from pipeline.extractors.dates.match import Anchors, anchors_by_text, match_near, named_groups, rule_matches
from pipeline.extractors.dates.moving import moving_holiday_day
from pipeline.extractors.dates.resolve import (
    GREGORIAN_MARK,
    Found,
    NotADate,
    Reference,
    Unresolvable,
    granularity_of,
    latest_day_numbered,
    lookup,
    nearest_day_on_weekday,
    ordinal_day,
    resolve,
    roc_year_value,
    shift_years,
    year_value,
)
from pipeline.extractors.dates.rules import DateRules, compile_date_rules, word_key

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

TABLE = "dates"


def line_matches(
    line: LineContext, rules: DateRules, anchors: Anchors | None = None, roc: bool = False
) -> list[Found]:
    """Every rule match on one line, in order, with its named groups."""
    found = []
    for match, rule_id in rule_matches(matched_text(line.norm_text, rules), rules, anchors):
        groups = named_groups(match, rules)
        if _narrative_later(groups, line.norm_text, match.start(), match.end(), rules):
            continue
        if "numeric_first" in groups:
            # month first in English and in Taiwanese text (11/20), day first in Hong Kong's (20/11)
            groups = _day_and_month(groups, month_first=line.lang == "en" or roc)
        explicit_year = _explicit_year(groups, rules, roc)
        before = line.norm_text[max(0, match.start() - 16) : match.start()].rstrip().lower()
        after = line.norm_text[match.end() : match.end() + 8].lstrip().lower()
        is_future_target = before.endswith(rules.future_markers)
        is_target = (
            is_future_target
            or (bool(rules.past_markers) and before.endswith(rules.past_markers))
            or (bool(rules.past_markers_after) and after.startswith(rules.past_markers_after))
            or _in_a_history_clause(line.norm_text, match.start(), match.end(), rules)
        )
        planned_only = (
            explicit_year is not None
            and not is_target
            and (
                _scheduled_year(groups, line.norm_text, match.start(), rules)
                or _scheduled_after(groups, line.norm_text, match.end(), rules)
            )
        )
        found.append(
            Found(
                line_no=line.line_no,
                start=match.start(),
                end=match.end(),
                rule_id=rule_id,
                groups=groups,
                explicit_year=explicit_year,
                is_target=is_target,
                is_scheduled=explicit_year is not None
                and _scheduled_part(groups, line.norm_text, match.start(), rules),
                is_future_target=is_future_target,
                is_planned=planned_only,
                article_year_stated=_article_year_stated(match.group(0), explicit_year, rules),
                is_deadline=explicit_year is not None and _before_deadline(match.group(0), after),
                in_title=explicit_year is not None
                and _inside_a_title(line.norm_text, match.start(), match.end()),
            )
        )
    return found


def _inside_a_title(text: str, start: int, end: int) -> bool:
    """True for a match between a 《 and its 》 (《行动方案（2024—2026年）》), both near it.

    Each mark is looked for within `DOCUMENT_TITLE_REACH` characters, so a long line stays linear.
    """
    opening = text.rfind("《", max(0, start - DOCUMENT_TITLE_REACH), start)
    if opening == -1 or text.find("》", opening, start) != -1:
        return False
    closing = text.find("》", end, end + DOCUMENT_TITLE_REACH)
    return closing != -1 and text.find("《", end, closing) == -1


def matched_text(text: str, rules: DateRules) -> str:
    """`text` as the rules see it: a paragraph number opening it before a year is blanked.

    The same length as `text`, so a match's offsets are the text's.
    """
    if rules.paragraph_number is None:
        return text
    number = rules.paragraph_number.match(text)
    return text if number is None else " " * number.end() + text[number.end() :]


# A relative year word right before its number in brackets: 去(2025)年, 今（114）年.
STATED_RELATIVE_YEAR = re.compile(r"^\s*(\w{1,2}?)\s*[(（]\s*\d{2,4}\s*[)）]\s*年")


def _article_year_stated(text: str, explicit_year: int | None, rules: DateRules) -> int | None:
    """The article's year that a relative year with its number in brackets states (去(2025)年: 2026)."""
    if explicit_year is None or not rules.stated_relative_years:
        return None
    match = STATED_RELATIVE_YEAR.match(text)
    if match is None or match.group(1) not in rules.stated_relative_years:
        return None
    return explicit_year - rules.stated_relative_years[match.group(1)]


# Where the clause of a date begins: after the last sentence or clause end before it.
CLAUSE_END = re.compile(r"[。！？；!?;]|\.\s")


def _scheduled_part(groups, text: str, start: int, rules: DateRules) -> bool:
    """True for a half or quarter of a stated year in a clause that schedules it (will start in H1 2029).

    A page with no date of its own states the year of what is to come as
    often as its own: such a part of a year is not the article's year. A
    whole year or the end of one (will open before the end of 2025) is
    still read as it.
    """
    part = groups.get("year_part")
    if not part or not rules.scheduled_part_words or lookup(rules, "year_part", part) in (None, [1, 12]):
        return False
    return _clause_before_has_word(text, start, rules.scheduled_part_words)


def _scheduled_year(groups, text: str, start: int, rules: DateRules) -> bool:
    """True for a whole stated year in a clause that schedules it (first flight targeted for 2030).

    Such a year is the article's own as often as a later one: it is weaker
    evidence than a year told as a fact (see `infer_article_year`).
    """
    if groups.get("year_part") or not rules.scheduled_part_words:
        return False
    if _in_open_title(text, start, rules.scheduled_part_words):
        return False  # a year in a title (《行动计划(2022—2025年)》) names a document
    return _clause_before_has_word(text, start, rules.scheduled_part_words)


# 2030年前 (before 2030) is a deadline; 2015年前后 (about 2015) and 2025年前三季度 are not.
DEADLINE_AFTER = re.compile(r"前(?![后後0-9一二两三四五六七八九十个個])")


def _before_deadline(matched: str, after: str) -> bool:
    """True for a year written as a deadline: the match ends with 年 and 前 follows it (2030年前)."""
    return matched.endswith("年") and DEADLINE_AFTER.match(after) is not None


def _scheduled_after(groups, text: str, end: int, rules: DateRules) -> bool:
    """True for a whole stated year that a word of plans follows at once (exports in 2021 will grow).

    Only an English word right after the year counts: `made 4,000 tonnes in
    2029 and is expected to double` tells 2029 as a fact.
    """
    if groups.get("year_part") or not rules.scheduled_part_words:
        return False
    after = text[end : end + 16].lstrip().lower()
    # English only: 2021年计划完成情况 reports how a year's plan went
    return any(
        word.isascii() and after.startswith(word) and not after[len(word) : len(word) + 1].isalpha()
        for word in rules.scheduled_part_words
    )


# A clause longer than this (a run-on line) is read from the line's word places
# (`_ClauseWords`); a shorter one is lower-cased and searched alone, which costs less.
LONG_CLAUSE = 400


def _in_open_title(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Whether a 《 opens in the clause before `start` and no 》 closes after it."""
    clause_start = _clause_words_start(text, start)
    if start - clause_start <= LONG_CLAUSE:
        clause = text[clause_start:start]
        return clause.rfind("《") > clause.rfind("》")
    return _clause_words(text, words).in_open_title(start)


def _clause_before_has_word(text: str, start: int, words: tuple[str, ...]) -> bool:
    """`_has_any_word(_clause_before(text, start).lower(), words)`; a long clause is not lower-cased."""
    clause_start = _clause_words_start(text, start)
    found = None
    if start - clause_start > LONG_CLAUSE:
        found = _clause_words(text, words).has_word(start)
    if found is None:  # a short clause, or lower-casing the line moves its characters
        return _has_any_word(text[clause_start:start].lower(), words)
    return found


def _clause_words_start(text: str, start: int) -> int:
    """Where the clause before `start` begins (see `_clause_before`)."""
    ends = _clause_ends(text)
    index = bisect_right(ends, start)
    return ends[index - 1] if index else 0


@lru_cache(maxsize=64)
def _clause_words(text: str, words: tuple[str, ...]) -> _ClauseWords:
    return _ClauseWords(text, words)


class _ClauseWords:
    """Where `words` stand in a lower-cased line, asked whether the clause before a date holds one.

    A clause runs from the line's start on a line without punctuation: lower-
    casing and searching it for each date of such a line cost the line's
    length squared. The occurrences are found once per line; each question is
    a bisection. The answers are those of `_has_any_word` on the clause
    lower-cased (a test compares both): a word in letters stands as a whole
    word, and the clause's end counts as the end of a word.
    """

    def __init__(self, text: str, words: tuple[str, ...]) -> None:
        self.text = text
        self.opens = [match.start() for match in re.finditer("《", text)]
        self.closes = [match.start() for match in re.finditer("》", text)]
        lowered = text.lower()
        # one character that lower-cases to two (İ), or Σ, which lower-cases by its place in the word
        self.readable = len(lowered) == len(text) and "Σ" not in text and all(words)
        # (start, the least end of a clause holding it): a word in letters needs a character after it
        # inside the clause unless it ends the clause (`ending_at`)
        occurrences: list[tuple[int, int]] = []
        self.ending_at: dict[int, int] = {}  # end -> the furthest right start of a whole word ending there
        for word in words if self.readable else ():
            is_ascii = word.isascii()
            index = lowered.find(word)
            while index >= 0:
                end = index + len(word)
                if not is_ascii:
                    occurrences.append((index, end))
                # \b before it (the character before a clause's start ends a clause: never a letter)
                elif _is_word_character(word[0]) != (index > 0 and _is_word_character(lowered[index - 1])):
                    if end < len(lowered) and _is_word_character(word[-1]) != _is_word_character(
                        lowered[end]
                    ):
                        occurrences.append((index, end + 1))
                    if _is_word_character(word[-1]):
                        self.ending_at[end] = max(self.ending_at.get(end, -1), index)
                index = lowered.find(word, index + 1)
        occurrences.sort()
        self.starts = [start for start, _ in occurrences]
        # the least clause end that holds one of the occurrences from each one on
        self.least_end = [end for _, end in occurrences] + [len(text) + 2]
        for index in range(len(occurrences) - 1, -1, -1):
            self.least_end[index] = min(self.least_end[index], self.least_end[index + 1])

    def clause_start(self, start: int) -> int:
        """Where the clause before `start` begins (see `_clause_before`)."""
        return _clause_words_start(self.text, start)

    def has_word(self, start: int) -> bool | None:
        """Whether the clause before `start`, lower-cased, holds a word; None when this cannot tell."""
        if not self.readable:
            return None
        clause_start = self.clause_start(start)
        if self.ending_at.get(start, -1) >= clause_start:
            return True  # a word in letters right at the clause's end
        return self.least_end[bisect_left(self.starts, clause_start)] <= start

    def in_open_title(self, start: int) -> bool:
        """`clause.rfind("《") > clause.rfind("》")` for the clause before `start`."""
        clause_start = self.clause_start(start)

        def last_in_clause(positions: list[int]) -> int:
            index = bisect_left(positions, start) - 1
            return positions[index] if index >= 0 and positions[index] >= clause_start else -1

        return last_in_clause(self.opens) > last_in_clause(self.closes)


def _is_word_character(character: str) -> bool:
    """A character `\\w` matches (what `\\b` tells from others)."""
    return character.isalnum() or character == "_"


def _clause_before(text: str, start: int) -> str:
    """The text of a date's clause before it: from the last sentence or clause end."""
    ends = _clause_ends(text)
    index = bisect_right(ends, start)
    return text[ends[index - 1] if index else 0 : start]


@lru_cache(maxsize=64)
def _clause_ends(text: str) -> tuple[int, ...]:
    """Where each clause of a text ends, found once per text: a line with many dates
    would otherwise be searched from its start for each of them."""
    return tuple(end.end() for end in CLAUSE_END.finditer(text))


def _clause_before_by_scanning(text: str, start: int) -> str:
    """`_clause_before` by scanning from the text's start (the reference its test compares)."""
    clause_start = 0
    for end in CLAUSE_END.finditer(text, 0, start):
        clause_start = end.end()
    return text[clause_start:start]


def _narrative_later(groups, text: str, start: int, end: int, rules: DateRules) -> bool:
    """True for a Chinese 3年后 told as a story (20年后改写格局): no word of the future in its sentence.

    "N later" counts from the article's date only when the sentence speaks of
    what is to come (预计三年后建成); otherwise it counts from an event the
    story told, which is no date we can fix.
    """
    direction = groups.get("offset_direction")
    if not direction or direction.isascii() or direction not in rules.words.get("offset_direction", {}):
        return False
    if rules.words["offset_direction"][direction] <= 0:
        return False
    sentence_start, sentence_end = sentence_bounds(text, start, end, SENTENCE_ENDS)
    sentence = text[sentence_start:sentence_end]
    return not any(word in sentence for word in rules.later_offset_needs)


def _day_and_month(groups: dict[str, str], month_first: bool) -> dict[str, str]:
    """3/5/2021: which number is the month. Over 12 is the day; else the first when `month_first`.

    Both ends of a range (5/1-5/7/2020) are written in one order: a number
    over 12 on either end decides it for both.
    """
    pairs = [
        (prefix, groups.pop(prefix + "numeric_first"), groups.pop(prefix + "numeric_second"))
        for prefix in ("", "end_")
        if groups.get(prefix + "numeric_first")
    ]
    decided = True
    if any(int(second) > 12 for _, _, second in pairs):
        month_first = True
    elif any(int(first) > 12 for _, first, _ in pairs):
        month_first = False
    else:
        decided = False
    result = dict(groups)
    for prefix, first, second in pairs:
        month, day = (first, second) if month_first else (second, first)
        result[prefix + "month"], result[prefix + "day"] = month, day
    if not decided and len(pairs) == 1 and int(pairs[0][1]) != int(pairs[0][2]):
        result[ORDER_BY_CONVENTION] = "1"
    return result


# A group marking a numeric date whose order of day and month only the region's
# convention decided (5/12): a weekday that agrees with the other order only wins.
ORDER_BY_CONVENTION = "order_by_convention"


def _day_and_month_swapped(item: Found) -> Found:
    """`item` with its day and month read the other way round (5/12 as 12 May, not 5 December)."""
    groups = {name: text for name, text in item.groups.items() if name != ORDER_BY_CONVENTION}
    groups["month"], groups["day"] = item.groups["day"], item.groups["month"]
    return replace(item, groups=groups)


SENTENCE_ENDS = ("。", "!", "?", ";", "！", "？", "；")
# How far on each side of a date its sentence is read: a line with no sentence
# break (a list run together, a page flattened to one line) is not read whole
# for every date on it, which would make a long line cost its length squared.
SENTENCE_REACH = 1000


def sentence_bounds(text: str, start: int, end: int, marks: Sequence[str]) -> tuple[int, int]:
    """(start, end) of the sentence of `text` holding `text[start:end]`, bounded by the marks.

    The sentence begins after the last mark before `start` and ends at the
    first mark from `end`, searched at most `SENTENCE_REACH` characters
    away on each side (where the sentence is cut when no mark is met).
    """
    low = max(0, start - SENTENCE_REACH)
    high = min(len(text), end + SENTENCE_REACH)
    last = max(text.rfind(mark, low, start) for mark in marks)
    ends = [position for position in (text.find(mark, end, high) for mark in marks) if position >= 0]
    return (last + 1 if last >= 0 else low), (min(ends) if ends else high)


def _spans_years(span: Span | None) -> bool:
    """True for a date that runs over more than one calendar year (2019年至2023年)."""
    if span is None or span.fields.get("start_date") is None or span.fields.get("end_date") is None:
        return False
    return span.fields["start_date"].year != span.fields["end_date"].year


def _explicit_year(groups, rules: DateRules, roc: bool) -> int | None:
    """The first year the match states (a Republic of China year converted), else None."""
    if groups.get("roc_year"):
        return roc_year_value(groups["roc_year"]) if (roc or groups.get("roc_era")) else None
    year_text = groups.get("year")
    if not year_text:
        return None
    short = year_text.strip().isascii() and len(year_text.strip()) in (2, 3)
    return year_value(year_text, rules, roc and short and GREGORIAN_MARK not in groups)


def is_taiwanese(document: DocumentContext, lines: Sequence[LineContext], rules: DateRules) -> bool:
    """Region TW, or (region unknown) traditional script with a Taiwanese word in the text."""
    if document.region is not None:
        return document.region in rules.taiwan_regions
    if not document.traditional or not rules.taiwan_words:
        return False
    return any(word in line.norm_text for line in lines for word in rules.taiwan_words)


# How far before a date its label (`发布时间：`, `Updated:`) is looked for.
TIMESTAMP_LABEL_WINDOW = 64


def article_timestamp(
    per_line: Sequence[tuple[LineContext, list[Found]]], rules: DateRules, roc: bool
) -> date | None:
    """The day the article stamps as its own in its first lines (`2023年11月18日 12:22`), else None.

    An explicit day date right after a date label or right before a time of
    day (`article_timestamp` in the rule file). Only asked when the article's
    date is not known.
    """
    if rules.timestamp_before is None or rules.timestamp_after is None:
        return None
    for line, items in per_line[: rules.timestamp_lines]:
        for item in items:
            groups = item.groups
            if not (groups.get("day") and groups.get("month") and item.explicit_year) or any(
                name.startswith("end_") for name in groups
            ):
                continue
            text = line.norm_text
            if not (
                # a label just before it: a bounded window keeps a long line linear
                rules.timestamp_before.search(text, max(0, item.start - TIMESTAMP_LABEL_WINDOW), item.start)
                or rules.timestamp_after.match(text, item.end)
            ):
                continue
            day = _explicit_day(item, rules, roc)
            if day is not None:
                return day
    return None


def _explicit_day(item: Found, rules: DateRules, roc: bool) -> date | None:
    """The day an item names with its own year, month and day; None for anything else."""
    try:
        start, end, _, resolution = resolve(item, rules, Reference(None, None, roc), None)
    except (Unresolvable, NotADate):
        return None
    return start if resolution == "explicit" and start == end else None


# What may stand beside an item's date on its own line: bullets, dashes,
# brackets, a time of day (- 2023.03.13, 2021/03/17 17:53, 【2022-10-20】).
STAMP_LINE_REST = re.compile(
    r"[\s\-–—·•*|()（）\[\]【】]*(?:\d{1,2}:\d\d(?::\d\d)?)?[\s\-–—·•*|()（）\[\]【】]*"
)
# A page listing at least this many differently dated items (two may be a
# notice's date and the day it was signed).
LISTED_ITEMS = 3
OPENING_BRACKETS = ("(", "（", "【", "[")
CLOSING_BRACKETS = (")", "）", "】", "]")


def _stamped_day(
    line: LineContext, items: Sequence[Found], rules: DateRules, roc: bool
) -> tuple[date, bool] | None:
    """(day, on a line of its own) when the line carries an item's date, else None.

    An item's date is a full explicit day date that is either all its line
    holds (beside bullets and a time of day) or stands in brackets after a
    headline (`... (2023.09.27) ...`).
    """
    text = line.norm_text
    for item in items:
        groups = item.groups
        if not (groups.get("day") and groups.get("month") and item.explicit_year) or any(
            name.startswith("end_") for name in groups
        ):
            continue
        alone = len(items) == 1 and STAMP_LINE_REST.fullmatch(text[: item.start] + " " + text[item.end :])
        before, after = text[item.start - 1 : item.start], text[item.end : item.end + 1]
        bracketed = before in OPENING_BRACKETS and after in CLOSING_BRACKETS
        if not (alone or bracketed):
            continue
        day = _explicit_day(item, rules, roc)
        if day is not None:
            return day, bool(alone)
    return None


def item_days(
    per_line: Sequence[tuple[LineContext, list[Found]]], rules: DateRules, roc: bool
) -> dict[int, date]:
    """On a page listing dated items, the day of the item each line belongs to: line number -> day.

    A page whose lines carry at least `LISTED_ITEMS` different item dates
    (`- 2023.03.13` on a line of its own, or `(2023.09.27)` after a headline)
    lists items of different days: a year-less or relative date (17日, 上半年,
    3日) counts from its own item's day, not from the page's. A date on a line
    of its own heads the lines after it up to the next one; a bracketed one
    holds for its line. On a page whose text begins with an item and ends
    with a date on its own line, with `LISTED_ITEMS` such lines or more, the
    dates stand under their items: each one holds for the lines above it,
    up to the previous one. Empty for an
    ordinary article, also for a notice dated above and signed with another
    day below.
    """
    stamps = [
        (line.line_no, _stamped_day(line, items, rules, roc))
        for line, items in per_line
        if line.norm_text.strip()
    ]
    if len({stamp[0] for _, stamp in stamps if stamp is not None}) < LISTED_ITEMS:
        return {}
    alone = sum(1 for _, stamp in stamps if stamp is not None and stamp[1])
    under_items = (
        alone >= LISTED_ITEMS and stamps[0][1] is None and stamps[-1][1] is not None and stamps[-1][1][1]
    )
    days: dict[int, date] = {}
    heading: date | None = None
    for line_no, stamp in reversed(stamps) if under_items else stamps:
        if stamp is not None and stamp[1]:
            heading = stamp[0]
        day = stamp[0] if stamp is not None else heading
        if day is not None:
            days[line_no] = day
    return days


# How far before a year a clause counted from it may open (since the data series began in)
HISTORY_REACH = 48


def _in_a_history_clause(text: str, start: int, end: int, rules: DateRules) -> bool:
    """True for a year inside a clause that counts from it (since records began in 2010, 2010年有统计以来).

    Such a year lies before the article's time by any distance: it is no fact
    to infer the article's year from (`history_clauses`).
    """
    return bool(
        (rules.history_before and rules.history_before.search(text, max(0, start - HISTORY_REACH), start))
        or (rules.history_after and match_near(rules.history_after, text, end))
    )


# The groups of a date with its own year that make it name a day (2026年3月5日,
# 5 March 2026, 115-03-05), and those that make it a period ended on that day
# instead (the year ended 31 December 2025 is reported on in the year after it).
DAY_GROUPS = ("month", "day")
PERIOD_ENDED_GROUPS = ("period_ended", "months_to")
# The fewest lines that must state the latest year told as a fact, when no date
# naming a day and no document title states it, for it to be the article's
# year: over the audits' and web pages with their dates hidden, such a year on
# one line was a year recalled, reported on or forecast twice as often as the
# page's own (see README, dates).
YEAR_ALONE_MIN_LINES = 2


def _names_a_day(item: Found) -> bool:
    """True for a date naming one day with its year (2026年3月5日, 5 March 2026), not a period ended on it."""
    groups = item.groups
    return (
        item.explicit_year is not None
        and all(groups.get(name) for name in DAY_GROUPS)
        and not any(groups.get(name) for name in PERIOD_ENDED_GROUPS)
    )


def _year_confirmed(year: int, found: Sequence[Found]) -> bool:
    """Whether the items stating `year` make it the article's year: a day date, a title, or two lines."""
    stating = [item for item in found if item.explicit_year == year]
    return (
        any(_names_a_day(item) or item.in_title for item in stating)
        or len({item.line_no for item in stating}) >= YEAR_ALONE_MIN_LINES
    )


def infer_article_year(found: Sequence[Found]) -> int | None:
    """The article's year guessed from the years it states (None if none).

    A relative year with its number in brackets (去(2025)年) states the
    article's year outright; when two such disagree, the year is unknown.
    Otherwise the latest explicit year told as a fact: not introduced as a
    target (到2028年, by 2030) nor as history (成立于2018年, since 2018), nor
    as a part of a year or a whole year in a clause that schedules it (would
    start in the first half of 2029, first flight targeted for 2030, exports
    in 2021 will grow), nor as a deadline (2030年前, 《2030年前碳达峰行动方案》).
    A page
    whose only years are whole scheduled ones takes that year when it states
    only one (will open before the end of 2025), and none when they or its
    targets differ (expected in 2028, by 2030). Either year counts only when
    a date naming a day states it, or a document title (《…（2024—2026年）》),
    or at least `YEAR_ALONE_MIN_LINES` lines (`_year_confirmed`): a year
    stated once in passing leaves the article's year unknown.
    """
    stated = {item.article_year_stated for item in found if item.article_year_stated is not None}
    if stated:
        return stated.pop() if len(stated) == 1 else None
    stated_years = [item for item in found if item.explicit_year is not None and not item.is_scheduled]
    facts = [
        item for item in stated_years if not item.is_target and not item.is_planned and not item.is_deadline
    ]
    if facts:
        latest = max(item.explicit_year for item in facts)
        return latest if _year_confirmed(latest, facts) else None
    ahead = {item.explicit_year for item in stated_years if item.is_planned or item.is_future_target}
    if len(ahead) != 1 or not any(item.is_planned for item in stated_years):
        return None
    year = ahead.pop()
    return year if _year_confirmed(year, stated_years) else None


def reported_fiscal_year(
    per_line: Sequence[tuple[LineContext, list[Found]]], rules: DateRules, reference: Reference
) -> int | None:
    """The first calendar year of the latest ended fiscal year the page reports on, else None.

    A fiscal year over two years of a place whose fiscal year starts after
    January, right before a word of its report (`fiscal_year_reported_by`:
    2020/21年度報告, 2024/25年度業績) and ended before the article's date: the
    financial year and the previous financial year of such a page are that
    one and the one before it, not counted from the article's date.
    """
    if rules.fiscal_year_reported_by is None or reference.fiscal_start_month in (None, 1):
        return None
    years = []
    for line, items in per_line:
        for item in items:
            if not item.groups.get("split_year") or not rules.fiscal_year_reported_by.match(
                line.norm_text, item.end
            ):
                continue
            try:
                start, end, _, _ = resolve(item, rules, reference, None)
            except (Unresolvable, NotADate):
                continue
            if (
                start is not None
                and end is not None
                and (reference.doc_date is None or end < reference.doc_date)
            ):
                years.append(start.year)
    return max(years) if years else None


def reported_calendar_year(
    per_line: Sequence[tuple[LineContext, list[Found]]], rules: DateRules, reference: Reference
) -> int | None:
    """The calendar year a results page reports on, else None.

    A year ended 31 December (the year ended 31 December 2023,
    截至2023年12月31日止年度; `year_ended_reported`) at most `days_after` days
    before the article's date: the page tells that year's results. So does a
    year that a line titles the page's report on (2023年某市国民经济和社会发展
    统计公报, 2023 Annual Results; `calendar_year_reported_by`).
    """
    if reference.doc_date is None or not rules.year_ended_words:
        return None
    for _line, items in per_line:
        for item in items:
            if _titles_its_report(_line.norm_text, item, rules, reference):
                return item.explicit_year
            groups = item.groups
            if not (
                groups.get("period_ended")
                and item.explicit_year is not None
                and word_key(groups.get("months_to") or "") in rules.year_ended_words
            ):
                continue
            try:
                _, end, _, _ = resolve(item, rules, reference, None)
            except (Unresolvable, NotADate):
                continue
            if (
                end is not None
                and (end.month, end.day) == (12, 31)
                and 0 < (reference.doc_date - end).days <= rules.year_ended_days_after
            ):
                return end.year
    return None


def _titles_its_report(text: str, item: Found, rules: DateRules, reference: Reference) -> bool:
    """True for a lone year that a title line names as its report's (2023年统计公报), ended lately."""
    year = item.explicit_year
    if (
        rules.calendar_year_reported_by is None
        or reference.doc_date is None
        or year is None
        or any(item.groups.get(name) for name in ("month", "day", "year_part", "split_year"))
        or not rules.calendar_year_reported_by.match(text, item.end)
    ):
        return False
    return 0 < (reference.doc_date - date(year, 12, 31)).days <= rules.year_ended_days_after


def _year_reported_told(
    span: Span | None,
    item: Found,
    text: str,
    year_reported: int | None,
    reference: Reference,
    rules: DateRules,
) -> bool:
    """True for a lone part of the year (年末, 全年, the year end) on a results page of the year before.

    On a page of results for the year ended 31 December, dated early in the
    next year, a vague part of "the year" with no year of its own on its line
    is the year reported on, unless its sentence speaks of what is to come
    (by the end of the year, 年底前将完成: the article's year).
    """
    if (
        span is None
        or year_reported is None
        or reference.article_year != year_reported + 1
        or not (_part_of_a_year_alone(item) or item.groups.get("whole_year"))
    ):
        return False
    fields = span.fields
    start, end = fields.get("start_date"), fields.get("end_date")
    if start is None or end is None or not start.year == end.year == reference.article_year:
        return False  # a part of the year (the first half of the year, 年末) lies within the article's
    sentence = _sentence(text, item).lower().replace(text[item.start : item.end].lower(), " ", 1)
    return not _has_any_word(sentence, rules.yearless_future_words + rules.forecast_words)


def find_spans(lines: Sequence[LineContext], document: DocumentContext, ruleset: RuleSet) -> list[Span]:
    """Date spans of an article's (non-boilerplate) lines, on their norm_text.

    `document.doc_date` anchors year-less and relative dates; without it the
    article year is inferred from the years the article states. Each span's
    fields: start_date, end_date (date or None), granularity, resolution.
    """
    rules = ruleset.compiled(compile_date_rules)
    roc = is_taiwanese(document, lines, rules)
    anchors_by_line = anchors_by_text([matched_text(line.norm_text, rules) for line in lines], rules)
    if anchors_by_line is None:
        per_line = [(line, line_matches(line, rules, roc=roc)) for line in lines]
    else:
        per_line = [
            (line, line_matches(line, rules, anchors, roc) if anchors.positions else [])
            for line, anchors in zip(lines, anchors_by_line, strict=True)
        ]
    doc_date = document.doc_date or article_timestamp(per_line, rules, roc)
    article_year = (
        doc_date.year if doc_date else infer_article_year([f for _, items in per_line for f in items])
    )
    fiscal_start_month = rules.fiscal_year_start_months.get(document.region or "")
    reference = Reference(
        doc_date=doc_date, article_year=article_year, roc=roc, fiscal_start_month=fiscal_start_month
    )
    reported = reported_fiscal_year(per_line, rules, reference)
    if reported is not None:
        reference = replace(reference, reported_fiscal_year=reported)
    year_reported = reported_calendar_year(per_line, rules, reference)
    listed_days = item_days(per_line, rules, roc)
    spans = []
    year_of_line_before: int | None = None  # the last year the line before stated (none after a range)
    period_of_line_before: list[Span] = []  # its last month or part of a year, for a 去年同期 opening a line
    for _line, items in per_line:
        item_day = listed_days.get(_line.line_no)
        line_reference = (
            reference if item_day is None else Reference(item_day, item_day.year, roc, fiscal_start_month)
        )
        compared: list[Span] = []  # the line's dates a 去年同期 may refer to (not other 同期)
        context_year = None  # the last year stated before the date on its line (kept as it goes: linear)
        context_years = False  # and it began a range of years (2019年至2023年)
        context_target = False  # and it was a target after the article's year (by 2030, 到2030年)
        context_end = 0  # where the text that stated it ends
        context_searched = 0  # the text from context_end up to here was searched for a sentence end
        context_left = False  # and one was found there
        found: list[tuple[Found, Span]] = []
        named_month: Span | None = None  # the last date with a month stated before on its line
        named_day: Span | None = None  # the last date of one day stated before on its line
        for item in items:
            if _restates(_line.norm_text, item, named_month, named_day):
                continue  # 12月当月, 5月1日当天: the word only repeats the date right before it
            if _in_a_document_title(_line.norm_text, item, rules):
                continue  # 《…行动方案（2024—2026年）》: the date is part of the title's name
            if named_month is not None and item.groups.get("relative_month") in rules.anaphoric_months:
                found.append((item, _month_of(named_month, item)))  # 4月份...当月: April
                continue
            if named_month is not None and item.groups.get("this_month"):
                part = _part_of_month_named(named_month, item, rules)  # 3月中旬起…月底: the end of March
                if part is not None:
                    found.append((item, part))
                continue
            anaphoric = _anaphoric_day_or_month(item, named_day, named_month, rules)
            if anaphoric is not None:
                if anaphoric.fields.get("start_date") is not None:
                    found.append((item, anaphoric))
                continue
            if context_years and item.groups.get("anaphoric_year"):
                continue  # 2019年至2023年，当年…: each year of the range, no one year
            year = context_year
            if year is None and _opens_line_counted_from_a_year(_line.norm_text, item, rules):
                year = year_of_line_before  # 2019年5月，新馆奠基。 / 次年，新馆开放: 2020
            elif (
                year is None and item.groups.get("whole_year") and _not_ahead(year_of_line_before, reference)
            ):
                year = (
                    year_of_line_before  # 一、2021年计划完成情况 / 全年投资…: 2021, the year under discussion
                )
            if context_target and (item.groups.get("month") or item.groups.get("day")):
                # plans to build 20 plants by 2030 were unveiled on Feb. 10: a goal's year dates
                # no day or month told after it
                year = None
            if year is not None and _part_of_a_year_alone(item):
                # 上半年 alone takes a year stated in its own sentence only
                if not context_left and item.start > context_searched:
                    # only the text not yet searched is read (a ". " may straddle its start)
                    between = _line.norm_text[max(context_end, context_searched - 1) : item.start]
                    context_left = any(mark in between for mark in SENTENCE_MARKS)
                    context_searched = item.start
                year = None if context_left else year
            if year is not None and _forecast_after_a_past_year(
                year, _line.norm_text[context_end : item.start], line_reference, rules
            ):
                year = None
            earlier = period_of_line_before if not compared and item.groups.get("same_period") else compared
            span = _to_span(item, rules, line_reference, year, earlier)
            before_compared = span
            if compared and _comparison_base(_line.norm_text, item, rules):
                span = _before_the_compared(span, item, compared[-1], _line.norm_text, rules)
            compared_only = item.groups.get("relative_year") in rules.years_before_compared_only
            if span is before_compared and compared_only:
                span = _unresolved(span)  # 较前一年 with no year its sentence reports before it
            if (item.groups.get("relative_quarter") or "").lower() in rules.quarters_before_named:
                if found:
                    span = _quarter_before_named(span, item, found[-1][1], _line.norm_text)
                if _quarter_named_before_unread(item, found, _line.norm_text, rules):
                    span = None  # 同季…較上一季: the quarter before one this line does not name
            if year is None and _year_reported_told(
                span, item, _line.norm_text, year_reported, reference, rules
            ):
                # at the end of the year, on a page of results for the year ended 31 December before
                span = _years_away(span, -1)
            elif year is None and _far_ahead(span, item, _line.norm_text, line_reference, rules):
                span = _years_away(span, -1, item, rules)
            elif year is None and _announced_far_behind(span, item, _line.norm_text, line_reference, rules):
                span = _years_away(span, 1, item, rules)
            elif year is None and _year_part_told_past(span, item, _line.norm_text, line_reference, rules):
                span = _years_away(span, -1)
            elif _weekday_told_past(span, item, _line, line_reference, rules):
                span = _days_away(span, -7)
            elif _weekday_told_future(span, item, _line, line_reference, rules):
                span = _days_away(span, 7)
            if year is None and _long_after_named_month(span, item, named_month, _line.norm_text, rules):
                # Output rose in December before the shutdown on Dec. 24, in January: the December named
                span = _years_away(span, -1, item, rules)
            if found and _ends_before_its_start(span, item, found[-1], _line.norm_text, rules):
                # 自去年12月2日通车至11月底: a year-less end of a range comes after its start
                span = _years_away(span, 1, item, rules)
            if item.explicit_year is not None and not _year_of_a_title_or_figure(_line.norm_text, item):
                context_year, context_end = item.explicit_year, item.end
                context_searched, context_left = item.end, False
                context_years = _spans_years(span)
                context_target = _target_ahead(item, line_reference)
            elif (
                _names_a_year(item, span)
                and not _comparison_base(_line.norm_text, item, rules)
                and word_key(item.groups.get("relative_year") or "") not in rules.years_under_review
            ):
                # 今年 / last year after a stated year: the nearest year is the one it names
                context_year, context_end = span.fields["start_date"].year, item.end
                context_searched, context_left = item.end, False
                context_years = context_target = False
            if span is not None:
                found.append((item, span))
                if item.groups.get("month") and span.fields.get("start_date") is not None:
                    named_month = span
                if item.groups.get("day") and span.fields.get("granularity") == "day":
                    named_day = span
                if not item.groups.get("same_period") and not _comparison_base(_line.norm_text, item, rules):
                    compared.append(span)
        joined = _with_weekdays_joined(found, _line.norm_text, rules, line_reference)
        spans.extend(_bracketed_dates_apart(joined, found, _line.norm_text))
        year_of_line_before = None if context_years else context_year
        if _line.norm_text.strip():
            period_of_line_before = _period_carried_over(compared)
    return spans


def _bracketed_dates_apart(spans: list[Span], found: Sequence[tuple[Found, Span]], text: str) -> list[Span]:
    """The spans of a line, a named day and the date in brackets after it as two dates of that day.

    (今日（六月二日）, today (March 8): the annotators mark the word and
    the date apart, both that day.) The rule names the bracketed date
    `bracketed_date`; any other span is kept as it is.
    """
    bracketed = {
        (item.start, item.end): item.groups["bracketed_date"]
        for item, _ in found
        if item.groups.get("bracketed_date") and item.groups.get("relative_day")
    }
    if not bracketed:
        return spans
    apart: list[Span] = []
    for span in spans:
        inner = bracketed.get((span.start, span.end))
        inner_start = text.rfind(inner, span.start, span.end) if inner else -1
        if inner_start < 0:
            apart.append(span)
            continue
        word_end = span.start + len(text[span.start : inner_start].rstrip(" \u3000(（"))
        apart.append(replace(span, end=word_end))
        apart.append(replace(span, start=inner_start, end=inner_start + len(inner)))
    return apart


def _period_carried_over(compared: Sequence[Span]) -> list[Span]:
    """The last date of a line when it is a month or a part of one year, for a 去年同期 on the next line.

    今年首五個月 / 入場人次較去年同期增加18% (a heading over its figures), or
    上半年，出口增长5%。 / 去年同期，出口下降2%。: with no date before it on its
    own line, 去年同期 is the period the line before ended with, a year
    earlier. A day, a whole year or a run of years names no such period.
    """
    last = compared[-1] if compared else None
    if last is None or last.fields.get("start_date") is None or last.fields.get("end_date") is None:
        return []
    start, end = last.fields["start_date"], last.fields["end_date"]
    if last.fields.get("granularity") not in ("month", "period") or start.year != end.year:
        return []
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return []
    return [last]


def _not_ahead(year: int | None, reference: Reference) -> bool:
    """Whether `year` is stated and not after the article's year (a target is no year under discussion)."""
    return year is not None and (reference.article_year is None or year <= reference.article_year)


def _ends_before_its_start(
    span: Span | None, item: Found, before: tuple[Found, Span], text: str, rules: DateRules
) -> bool:
    """Whether a year-less `span` ends a range (a range word right before it) before its start ends."""
    if span is None or span.fields.get("end_date") is None or item.explicit_year is not None:
        return False
    start_item, start_span = before
    start = start_span.fields.get("end_date")
    if start is None or span.fields["end_date"] >= start:
        return False
    opens = start_span.fields.get("start_date")
    if opens is not None and span.fields["end_date"] >= opens:
        return False  # 今年以来…至9月21日: an end within the period that opens the range
    between = text[start_item.end : item.start]
    if len(between) > RANGE_REACH or any(mark in between for mark in SENTENCE_MARKS):
        return False
    last = PART_OF_BEFORE_END.sub("", between.lower()).rstrip()
    if last.endswith(rules.range_end_words_within):
        return False  # 截至8月底 is as of the end of August: no range from a date before it
    return any(
        last.endswith(word) and not (word.isascii() and last[: -len(word)][-1:].isalpha())
        for word in rules.range_end_words
    )


# The most characters between the start of a range and its end (自去年12月2日通车至)
RANGE_REACH = 24
# "the end of" between a range word and the month it ends in (to the end of November)
PART_OF_BEFORE_END = re.compile(r"\s*(?:the\s+)?(?:end|start|beginning|middle)\s+of\s*$")


def _opens_line_counted_from_a_year(text: str, item: Found, rules: DateRules) -> bool:
    """True for a year counted from one before it (`anaphoric_years_opening_line`) that opens its line."""
    word = item.groups.get("anaphoric_year")
    if word is None or word_key(word) not in rules.anaphoric_years_opening_line:
        return False
    return not text[: item.start].strip(" \t\u3000\"'“‘(（")


# How far after a month named before it on its line a year-less date may land before it is taken
# for the year before (about half a year: the date then lies nearer that month a year earlier).
NAMED_MONTH_REACH_DAYS = 183


def _long_after_named_month(
    span: Span | None, item: Found, named: Span | None, text: str, rules: DateRules
) -> bool:
    """True for a year-less month or day that landed far after the month named before it on its line.

    A sentence told in the past goes on from the month it names: a day told
    after it lies in the months that follow, so one that took the article's
    year and landed more than half a year after that month (Output rose in
    December before the shutdown on Dec. 24: Dec. 24 read as next December)
    is a year early. One that a year back would lie before the named month
    (1月…12月，将举办) keeps its year, and so does one in a sentence of plans
    (`announced_across`, `announced_by`: by Dec. 20, the plant will be
    finished).
    """
    if span is None or named is None or span.fields.get("start_date") is None:
        return False
    sentence = _sentence(text, item).lower()
    told = _not_past_verbs_dropped(sentence, rules.yearless_told_past_by, rules)
    if not _has_any_word(told, rules.yearless_told_past_by):
        return False
    if _has_any_word(sentence, rules.yearless_announced_across + rules.yearless_announced_by + ("by",)):
        return False
    if not item.groups.get("month") or any(
        item.groups.get(name) for name in ("year", "relative_year", "roc_year", "anaphoric_year", "era")
    ):
        return False
    start, named_start = span.fields["start_date"], named.fields["start_date"]
    if (start - named_start).days <= NAMED_MONTH_REACH_DAYS:
        return False
    return shift_years(start, -1) >= named_start


# An owner before a year that a noun follows (its 2024 guidance, the firm's 2023 revenue).
YEAR_OWNED_BEFORE = re.compile(r"(?i)(?:\b(?:its|their|his|her|our)|[a-z]['’]s)\s+$")
YEAR_OWNED_AFTER = re.compile(r"\s+[a-z]")
# How far a title's brackets and a year's owner are sought around it (a long line stays linear).
TITLE_REACH = 40
OWNER_REACH = 24


# How far a 《 before a date and a 》 after it are looked for: a title's length.
DOCUMENT_TITLE_REACH = 60
# Brackets closing a title after its document word: (2024—2026年), （试行）, （征求意见稿）.
TRAILING_BRACKETS = re.compile(r"(?:[(（][^()（）]{0,20}[)）]\s*)+$")


def _in_a_document_title(text: str, item: Found, rules: DateRules) -> bool:
    """True for a date inside a 《…》 title that names a document (`document_title_endings`).

    《“十四五”现代物流发展规划》, 《园区建设行动方案（2024—2026年）》 and
    《2024年政府工作报告》 name a plan or a report: the date belongs to the name,
    as a number inside a policy title is no figure. A 《》 around anything
    else (《某某通讯社16日专讯》, a wire's dateline) keeps its date.
    """
    if not rules.document_title_endings:
        return False
    opening = text.rfind("《", max(0, item.start - DOCUMENT_TITLE_REACH), item.start)
    if opening == -1 or text.find("》", opening, item.start) != -1:
        return False
    closing = text.find("》", item.end, item.end + DOCUMENT_TITLE_REACH)
    if closing == -1 or text.find("《", item.end, closing) != -1:
        return False
    title = TRAILING_BRACKETS.sub("", text[opening + 1 : closing]).rstrip("”\"’' ")
    return title.endswith(rules.document_title_endings)


def _year_of_a_title_or_figure(text: str, item: Found) -> bool:
    """True for a year that dates a thing it names, not its sentence: no year for the dates after it.

    A year inside a title (《2023年政府工作报告》发布后，新规于6月1日起实施) or owned with a
    figure (the firm cut its 2024 guidance on May 20) is the year of the report
    or the guidance; the day told after it is in the article's time.
    """
    opening = text.rfind("《", max(0, item.start - TITLE_REACH), item.start)
    if (
        opening != -1
        and text.find("》", opening, item.start) == -1
        and text.find("》", item.end, item.end + TITLE_REACH) != -1
    ):
        return True
    before = max(0, item.start - OWNER_REACH)
    return bool(YEAR_OWNED_BEFORE.search(text, before, item.start) and YEAR_OWNED_AFTER.match(text, item.end))


def _target_ahead(item: Found, reference: Reference) -> bool:
    """True for a year stated as a target (by 2030, 到2030年) after the article's year."""
    return (
        item.is_target
        and item.explicit_year is not None
        and reference.article_year is not None
        and item.explicit_year > reference.article_year
    )


def _forecast_after_a_past_year(year: int, between: str, reference: Reference, rules: DateRules) -> bool:
    """True when a forecast word stands between a past year stated on the line and a year-less date.

    台积电去年第4季毛利率达59%，公司预估第2季营收持平 forecasts the second quarter
    of the article's year, not of the year before; the plant, built in 2010, will
    reopen in December, in an article of 2025, reopens in December 2025. A
    forecast after a year to come keeps it (2026年，公司预计一季度营收增长).
    """
    if not rules.forecast_words or reference.article_year is None or year >= reference.article_year:
        return False
    return _has_any_word(between.lower(), rules.forecast_words)


def _took_the_article_year(span: Span | None, item: Found, reference: Reference) -> bool:
    """True for a month or day written without any year that was given the article's year."""
    if span is None or reference.doc_date is None:
        return False
    fields = span.fields
    if fields.get("resolution") != "doc_date" or fields.get("start_date") is None:
        return False
    groups = item.groups
    named = groups.get("month") or groups.get("holiday") or groups.get("moving_holiday")
    return bool(named) and not any(
        groups.get(name) for name in ("year", "relative_year", "end_year", "holiday_relative")
    )


def _far_ahead(span: Span | None, item: Found, text: str, reference: Reference, rules: DateRules) -> bool:
    """True for a year-less month or day that took the article's year and lands far after it.

    An article of early January telling of 12月28日 means the December before;
    a sentence that speaks of the future (将, 计划, will, scheduled) keeps the
    article's year. Further than `days_ahead_told_past` days ahead, a date
    told as past is the year before too: by a past verb in English (exports
    fell in December, the firm signed the deal in December) or, in Chinese,
    by a word telling a thing as done or a figure as reported in the date's
    clause or after it (12月，该市已完成改造; 12月，全市出口下降). A whole month
    wholly after the article's date is past at any distance when a past verb
    or a done word with its preposition stands right before it (the firm
    reported revenue in April, 项目已在4月开工, in an article of mid-March), or
    when it follows a word opening its clause that looks back (截至6月底，累计…;
    `as_of_words`) in a sentence with no other future word.
    """
    if not rules.yearless_days_ahead or not _took_the_article_year(span, item, reference):
        return False
    if _rescheduled_to(text, item, rules):
        return False
    ahead = (_middle_of_a_range(span, item) - reference.doc_date).days
    told_past = bool(rules.yearless_days_ahead_told_past) and ahead > rules.yearless_days_ahead_told_past
    whole_month = span.fields["granularity"] == "month"
    month_ahead = bool(rules.yearless_days_ahead_told_past) and ahead > 0 and whole_month
    if ahead <= rules.yearless_days_ahead and not told_past and not month_ahead:
        return False
    sentence = _sentence(text, item).lower()
    if (told_past or month_ahead) and (
        _told_right_before_date(text, item, rules) or _done_right_before_date(text, item, rules)
    ):
        return True  # exports fell in December and will recover in June: the verb tells of the month
    if (told_past or month_ahead) and _as_of_date(text, item, sentence, rules):
        return True
    if not told_past and ahead <= rules.yearless_days_ahead:
        return False
    # (the date's own words are not read: 至 of 11月至12月 is no deadline)
    if _has_any_word(
        sentence.replace(text[item.start : item.end].lower(), " ", 1), rules.yearless_future_words
    ):
        return False
    starts_a_change = text[item.end : item.end + 2].startswith(rules.yearless_measured_not_from or ("\0",))
    if told_past and _told_done(_from_clause(text, item), rules, measured=not starts_a_change):
        # 12月，该市已完成改造, in an article of March: the December before (but 目前已签约，12月开工:
        # a word before the date's clause tells of another thing)
        return True
    # Sales fell in December, in an article of March: told in the past tense, the December before
    # (so is In December, exports had grown 10%: a past auxiliary and its participle).
    told = _not_past_verbs_dropped(sentence, rules.yearless_told_past_by, rules)
    if ahead > rules.yearless_days_ahead or _has_any_word(told, rules.yearless_told_past_by):
        return True
    reported = _not_past_verbs_dropped(sentence, rules.yearless_reported_by, rules)
    if told_past and _has_any_word(reported, rules.yearless_reported_by):
        return True  # Factory activity shrinks in November, in January: the November before
    past = _past_verb_phrase(rules) if told_past else None
    return past is not None and any(
        not RELATIVE_BEFORE.search(sentence, 0, found.start()) for found in past.finditer(sentence)
    )


def _year_part_told_past(
    span: Span | None, item: Found, text: str, reference: Reference, rules: DateRules
) -> bool:
    """True for a quarter or half without a year, well after the article's date, told as past in its sentence.

    Fourth-quarter net profit was NT$1 billion, or 四季度，全市出口增长5%, in an
    article of February: results are reported once a quarter is over, so a
    quarter starting more than `days_ahead_told_past` days on is the one of the
    year before; so are the first months or quarters (首11個月按年增加 in
    January) ending that far on. A word of the future in the sentence
    (expects, 预计) keeps the article's year.
    """
    if span is None or reference.doc_date is None or not rules.yearless_days_ahead_told_past:
        return False
    groups = item.groups
    leading = groups.get("first_quarters") or groups.get("first_months")
    if not (groups.get("year_part") or leading) or any(
        groups.get(name) for name in ("year", "relative_year", "end_year", "month", "roc_year")
    ):
        return False
    # The first months or quarters, and a part opening the year (首季, 上半年),
    # are measured once they end: it is their end that lies ahead (首11個月
    # in January).
    opens_year = (
        bool(leading)
        or span.fields.get("granularity") == "period"
        and span.fields.get("start_date") is not None
        and span.fields["start_date"].timetuple().tm_yday == 1
    ) and not text[item.end : item.end + 2].startswith(("以来", "以來", *rules.yearless_measured_not_from))
    when = span.fields.get("end_date" if opens_year else "start_date")
    if when is None or (when - reference.doc_date).days <= rules.yearless_days_ahead_told_past:
        return False  # a quarter starting within the month may be told as it opens
    # (the date's own words are not read: 前 of 前三季度 is no future word)
    sentence = _sentence(text, item).lower().replace(text[item.start : item.end].lower(), " ", 1)
    if _has_any_word(sentence, rules.yearless_future_words):
        return False
    if text[item.start : item.end].isascii():
        # a result stated with was/were (net profit was $1 billion) is told as past too
        verbs = rules.yearless_told_past_by + rules.yearless_past_auxiliaries
        return _has_any_word(_not_past_verbs_dropped(sentence, verbs, rules), verbs)
    clause = _from_clause(text, item)
    return _told_done(clause, rules, measured=False) or _has_any_word(clause, rules.yearless_part_compared_by)


def _middle_of_a_range(span: Span, item: Found) -> date:
    """Where a date lies for its distance from the article: its start, or the middle of a range.

    11月至12月 in an article of early January is the November and December
    just past: its start alone lies just under a year ahead.
    """
    start = span.fields["start_date"]
    if not item.groups.get("end_month") or span.fields.get("end_date") is None:
        return start
    return start + (span.fields["end_date"] - start) / 2


def _rescheduled_to(text: str, item: Found, rules: DateRules) -> bool:
    """True when a word of moving a thing stands right before the date (extended to Dec. 15, 推迟至)."""
    if not rules.yearless_rescheduled_to:
        return False
    before = " ".join(text[max(0, item.start - ANNOUNCEMENT_REACH) : item.start].lower().split())
    return before.endswith(rules.yearless_rescheduled_to)


# How far before a date the words calling someone to its event are looked for.
INVITATION_REACH = 100


def _invited_to(text: str, item: Found, rules: DateRules) -> bool:
    """True when words calling someone to an event stand before its date in one clause.

    He was invited to attend a board meeting in New York on Feb. 10: up to
    eight words of the event between, and a preposition before the date.
    """
    if not rules.yearless_invited_to:
        return False
    before = " ".join(text[max(0, item.start - INVITATION_REACH) : item.start].lower().split())
    return _invitation_pattern(rules.yearless_invited_to).search(before) is not None


@lru_cache(maxsize=8)
def _invitation_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A word of `words`, up to eight words without a clause mark, and on/in/for ending the text."""
    alternation = "|".join(re.escape(word) for word in words)
    return re.compile(rf"\b(?:{alternation})(?:\s+[^\s,;:，；。]+){{0,8}}\s+(?:on|in|for)$")


def _announced_after(text: str, item: Found, ahead_of_article: int, rules: DateRules) -> bool:
    """True when what follows a date opening its sentence announces it.

    1月中旬，将举行年货节 (a word of `announced_after` opening the next clause),
    or a change starting from a day long before the article (1月1日起，新规施行,
    more than `days_behind_from` days before it).
    """
    sentence_start, sentence_end = sentence_bounds(text, item.start, item.end, SENTENCE_MARKS)
    if text[sentence_start : item.start].strip():
        return False
    after = text[item.end : sentence_end]
    since = item.groups.get("since") or ""
    starts_a_change = since in rules.yearless_measured_not_from or after.startswith(
        rules.yearless_measured_not_from or ("\0",)
    )
    if (
        starts_a_change
        and rules.yearless_days_behind_from
        and -ahead_of_article > rules.yearless_days_behind_from
    ):
        return True
    for starter in rules.yearless_measured_not_from:
        after = after.removeprefix(starter)
    after = after.lstrip("，,、 ")
    if after == text[item.end : sentence_end]:
        return False  # no clause mark after the date: it is the subject's date, not a clause of its own
    return bool(rules.yearless_announced_after) and after.startswith(rules.yearless_announced_after)


# A preposition of time after a Chinese done word (已在4月, 曾于5月).
DONE_PREPOSITIONS = ("在", "于", "於")


def _done_right_before_date(text: str, item: Found, rules: DateRules) -> bool:
    """True when a Chinese done word, and maybe a preposition, stands right before the date (已在4月)."""
    before = text[max(0, item.start - 6) : item.start].rstrip()
    if before.endswith(DONE_PREPOSITIONS):
        before = before[:-1]
    if before.endswith(rules.yearless_not_done_words):
        return False  # 不得已在4月: the word holds 已 but tells nothing done
    return any(before.endswith(word) for word in rules.yearless_done_marked_by if not word.isascii())


def _as_of_date(text: str, item: Found, sentence: str, rules: DateRules) -> bool:
    """True when a word of `as_of_words` opens the date's clause and no other future word is in its sentence.

    截至6月底，累计投资10亿元 looks back from the article; 预计截至6月底 and a
    deadline after a noun (报名截止6月30日) do not.
    """
    sentence_start, _ = sentence_bounds(text, item.start, item.end, SENTENCE_MARKS)
    clause_start = sentence_start
    for mark in CLAUSE_MARKS.finditer(text, sentence_start, item.start):
        clause_start = mark.end()
    opening = text[clause_start : item.start].strip().lower()
    word = next((word for word in rules.yearless_as_of_words if opening == word), None)
    if word is None:
        word = _as_of_after_subject(opening, rules)
    if word is None:
        return False
    return not _has_any_word(sentence.replace(word, " ", 1), rules.yearless_future_words)


# The longest subject read before an as-of word (该市, 全省, 本港, 该集团).
AS_OF_SUBJECT_LENGTH = 4


def _as_of_after_subject(opening: str, rules: DateRules) -> str | None:
    """The as-of word ending a clause's opening after a short subject (该市截至), else None.

    A subject opens with a word of `as_of_subject_openers` and is a few Chinese
    characters; a noun before the word (报名截止6月30日) makes a deadline instead.
    """
    for word in rules.yearless_as_of_words:
        subject = opening[: -len(word)] if opening.endswith(word) else ""
        if (
            0 < len(subject) <= AS_OF_SUBJECT_LENGTH
            and subject.startswith(rules.yearless_as_of_subject_openers or ("\0",))
            and all("\u4e00" <= char <= "\u9fff" for char in subject)
        ):
            return word
    return None


# A relative pronoun right before a past auxiliary: the depot that had been closed tells of
# the depot, not of the sentence's date.
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$")


# How far before a date the words announcing it are looked for (将于, scheduled for).
ANNOUNCEMENT_REACH = 24
# ... and the words that announce it across a verb and its object (plans to list its shares on).
ANNOUNCEMENT_ACROSS_REACH = 48
# A preposition between the announcing words and the date (will open on, due in).
# A vague part of the month before its name (set for early January, due by the end of March).
PART_OF_A_MONTH_BEFORE = re.compile(r"\s+(?:early|late|mid-?|the\s+(?:end|start|beginning|middle)\s+of)$")
ANNOUNCEMENT_PREPOSITION = re.compile(r"\s+(?:on|in|for|at|by)$")


def _announced_far_behind(
    span: Span | None, item: Found, text: str, reference: Reference, rules: DateRules
) -> bool:
    """True for a year-less month or day announced as to come that lands long before the article's date.

    An article of late December announcing 将于1月5日开幕 means the January
    after. Only words right before the date announce it (`announced_by`):
    a past day in a sentence that speaks of the future (1月5日，公司宣布将扩产)
    keeps its year.
    """
    if not rules.yearless_days_behind or not _took_the_article_year(span, item, reference):
        return False
    if span.fields["end_date"] >= reference.doc_date - timedelta(days=rules.yearless_days_behind):
        return False
    if _rescheduled_to(text, item, rules) or _invited_to(text, item, rules):
        return True  # the vote was postponed to Jan. 10: told in the past, the new date is to come
    before_words = " ".join(text[max(0, item.start - ANNOUNCEMENT_REACH) : item.start].lower().split())
    before_words = PART_OF_A_MONTH_BEFORE.sub("", before_words)  # set for early January
    before = ANNOUNCEMENT_PREPOSITION.sub("", before_words)
    # the words of the future reach across a verb and its object: read further back for them
    wider = " ".join(text[max(0, item.start - ANNOUNCEMENT_ACROSS_REACH) : item.start].lower().split())
    wider = ANNOUNCEMENT_PREPOSITION.sub("", wider)
    ahead = (span.fields["start_date"] - reference.doc_date).days
    if (
        not before.endswith(rules.yearless_announced_by)
        and not before_words.endswith(rules.yearless_announced_by)  # set for, no later than
        and not (rules.yearless_forecast_by and before_words.endswith(rules.yearless_forecast_by))
        and not _announced_across(wider, rules)
        and not _announced_after(text, item, ahead, rules)
        and not _future_right_after(text, item, rules)
        and not _announced_in_clause(text, item, rules)
    ):
        return False
    # A plan told as past (was scheduled to open in March, 原计划于3月) keeps the article's year;
    # only its own clause tells it (按原计划，项目将于2月投产 is still to come).
    clause = CLAUSE_MARKS.split(wider)[-1]
    if _has_any_word(clause, rules.yearless_announcement_undone_by):
        return False
    # Payments due in January were made late: the sentence's verb, after the date, tells it as past.
    past = _past_verb_phrase(rules)
    sentence_end = sentence_bounds(text, item.start, item.end, SENTENCE_MARKS)[1]
    after = CLAUSE_MARKS.split(text[item.end : sentence_end])[0]
    return past is None or past.search(after.lower()) is None


CLAUSE_MARKS = re.compile(r"[，,；;：:、]")


def _announced_in_clause(text: str, item: Found, rules: DateRules) -> bool:
    """True when an English word of the future earlier in the sentence governs the date's clause of time.

    (The council hopes the bill will clear the house before the session ends
    in February, in a December article: the February after.) Nothing between
    the word and the date may tell of the past (an -ed word that is no word of
    plans, a past verb or auxiliary) or compare (than, from, since): the plan
    adopted in February, sales will top those of February, keep their year.
    """
    if not rules.yearless_announced_in_clause or not text[item.start : item.end].isascii():
        return False
    sentence_start = sentence_bounds(text, item.start, item.end, SENTENCE_MARKS)[0]
    lead = text[sentence_start : item.start].lower()
    if not lead.isascii():
        return False
    found = _clause_future_pattern(rules.yearless_announced_in_clause).search(lead)
    if found is None:
        return False
    between = re.findall(r"[a-z][a-z'-]*", lead[found.end() :])
    past_words = {
        *rules.yearless_told_past_by,
        *rules.yearless_irregular_past,
        *rules.yearless_past_auxiliaries,
        *rules.yearless_clause_not_across,
    }
    plans = set(rules.yearless_future_words)
    return len(between) <= CLAUSE_FUTURE_WORDS and not any(
        word in past_words or (word.endswith("ed") and word not in plans) for word in between
    )


# How many words a word of the future may stand before the date it announces.
CLAUSE_FUTURE_WORDS = 12


@lru_cache(maxsize=8)
def _clause_future_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The last word of `words` in a text (greedy lead), as a whole word: compiled once per rule set."""
    alternation = "|".join(re.escape(word) for word in words)
    return re.compile(rf".*\b(?:{alternation})\b", re.DOTALL)


def _future_right_after(text: str, item: Found, rules: DateRules) -> bool:
    """True when an English future verb follows a date ending its subject (the expo in March will draw)."""
    words = tuple(word + " " for word in rules.weekday_told_future_by if word.isascii())
    after = " ".join(text[item.end : item.end + FUTURE_AFTER_REACH].lower().split())
    return bool(words) and after.startswith(words)


# How far after a date its verb is read (is expected to draw).
FUTURE_AFTER_REACH = 40


def _announced_across(before: str, rules: DateRules) -> bool:
    """True when a word of the future governs the date across a verb and its object."""
    if not rules.yearless_announced_across:
        return False
    return _announced_across_pattern(tuple(rules.yearless_announced_across)).search(before) is not None


@lru_cache(maxsize=8)
def _announced_across_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A word of `words`, then one to three lower-case words, ending the text: compiled once per rule set."""
    alternation = "|".join(re.escape(word) for word in words)
    return re.compile(rf"\b(?:{alternation})(?:\s+[a-z][a-z'-]*){{1,3}}$")


def _has_any_word(text: str, words: tuple[str, ...]) -> bool:
    """True when `text` holds one of `words`, as a whole word when it is written in ASCII letters."""
    whole_words, other_words = _word_search(words)
    return any(word in text for word in other_words) or (
        whole_words is not None and whole_words.search(text) is not None
    )


@lru_cache(maxsize=32)
def _word_search(words: tuple[str, ...]) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """(one pattern of the ASCII words as whole words, the other words): one pass over a sentence."""
    ascii_words = [word for word in words if word.isascii()]
    pattern = (
        re.compile(r"\b(?:" + "|".join(re.escape(word) for word in ascii_words) + r")\b")
        if ascii_words
        else None
    )
    return pattern, tuple(word for word in words if not word.isascii())


def _restates(text: str, item: Found, named_month: Span | None, named_day: Span | None) -> bool:
    """True for a word referring back (当月, 当天) written right after the date it refers to."""
    if not (item.groups.get("relative_month") or item.groups.get("relative_day")):
        return False
    named = named_day if item.groups.get("relative_day") else named_month
    return named is not None and named.end <= item.start and not text[named.end : item.start].strip()


def _anaphoric_day_or_month(
    item: Found, named_day: Span | None, named_month: Span | None, rules: DateRules
) -> Span | None:
    """The date a word read only after a day or month named on its line refers to (同月, 次月, 当日, 次日).

    None when `item` is no such word; a span with null dates when nothing was
    named before it, so that it is dropped (次月 alone says not which month).
    """
    month_word = item.groups.get("relative_month")
    if month_word and word_key(month_word) in rules.anaphoric_months_only:
        if named_month is None:
            return Span(TABLE, item.line_no, item.start, item.end, item.rule_id, {"start_date": None})
        return _month_of(named_month, item, int(lookup(rules, "relative_month", month_word)))
    day_word = item.groups.get("relative_day")
    if day_word and word_key(day_word) in rules.anaphoric_days_only:
        if named_day is None:
            return Span(TABLE, item.line_no, item.start, item.end, item.rule_id, {"start_date": None})
        offset = timedelta(days=int(lookup(rules, "relative_day", day_word)))
        fields = {**named_day.fields, "start_date": named_day.fields["start_date"] + offset}
        fields["end_date"] = fields["start_date"]
        return Span(TABLE, item.line_no, item.start, item.end, item.rule_id, fields)
    return None


def _month_of(named: Span, item: Found, offset: int = 0) -> Span:
    """The span of `item` (当月; 次月 with `offset` 1) as the whole month in which the date `named` starts."""
    first = named.fields["start_date"].replace(day=1)
    if offset:
        index = first.year * 12 + first.month - 1 + offset
        first = date(index // 12, index % 12 + 1, 1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    fields = {**named.fields, "start_date": first, "end_date": last, "granularity": "month"}
    return Span(TABLE, item.line_no, item.start, item.end, item.rule_id, fields)


def _quarter_before_named(span: Span | None, item: Found, named: Span, text: str) -> Span | None:
    """`span` of 上季度 / the previous quarter as the one before the quarter named earlier in its sentence."""
    first, last = named.fields.get("start_date"), named.fields.get("end_date")
    if span is None or first is None or last is None:
        return span
    if first.day != 1 or (first.month - 1) % 3 or last != _quarter_end(first):
        return span  # not a quarter
    if any(mark in text[named.end : item.start] for mark in SENTENCE_MARKS):
        return span
    before_end = first - timedelta(days=1)
    start = before_end.replace(month=before_end.month - 2, day=1)
    return replace(span, fields={**span.fields, "start_date": start, "end_date": before_end})


def _quarter_named_before_unread(item: Found, found: list, text: str, rules: DateRules) -> bool:
    """True when a word for the same quarter (同季) opens the sentence of 上一季 and no date of it was read.

    同季…較上一季下降 compares with the quarter before one named on an earlier
    line: not the quarter before the article's, and not read.
    """
    if not rules.quarters_anaphoric:
        return False
    start = max((text.rfind(mark, 0, item.start) for mark in SENTENCE_MARKS), default=-1) + 1
    if any(start <= span.start < item.start for _, span in found):
        return False
    return any(word in text[start : item.start] for word in rules.quarters_anaphoric)


def _quarter_end(first: date) -> date:
    """The last day of the quarter starting on `first`."""
    month = first.month + 2
    return first.replace(month=month, day=calendar.monthrange(first.year, month)[1])


def _part_of_month_named(named: Span, item: Found, rules: DateRules) -> Span | None:
    """The span of `item` (月底, 下旬) as that part of the month in which the date `named` starts."""
    part = lookup(rules, "month_part", item.groups.get("month_part"))
    if part is None:
        return None
    first = named.fields["start_date"].replace(day=1)
    length = calendar.monthrange(first.year, first.month)[1]
    start, end = first.replace(day=part[0]), first.replace(day=min(part[1], length))
    granularity = "month" if (start.day, end.day) == (1, length) else "period"
    fields = {**named.fields, "start_date": start, "end_date": end, "granularity": granularity}
    return Span(TABLE, item.line_no, item.start, item.end, item.rule_id, fields)


# What a weekday alone has none of: a week named, a span's end, a day or month of its own.
WEEKDAY_COMPANIONS = ("relative_week", "end_weekday", "day", "month", "bare_day")


def _weekday_alone(item: Found) -> bool:
    """True when `item` is a weekday with no week, day or month of its own (on Friday, 周二)."""
    return bool(item.groups.get("weekday")) and not any(item.groups.get(name) for name in WEEKDAY_COMPANIONS)


def _weekday_told_past(
    span: Span | None, item: Found, line: LineContext, reference: Reference, rules: DateRules
) -> bool:
    """True for an English weekday alone after the article's date in a sentence told in the past tense.

    The company said on Friday, in an article of a Wednesday, is the Friday
    before: a weekday alone is of the article's week, Monday to Sunday,
    unless the sentence tells it as past (`weekday_told_past_by`, none of
    the future words, or any verb in the simple past with its object right
    before it: prices soared on Friday).
    """
    if span is None or reference.doc_date is None or line.lang != "en" or not rules.weekday_told_past_by:
        return False
    if not _weekday_alone(item):
        return False
    if span.fields["start_date"] <= reference.doc_date:
        return False
    sentence = _sentence(line.norm_text, item).lower()
    # The verb must tell of the day itself: right before it (said on Friday,
    # fell Thursday; then a future elsewhere in the sentence tells of another
    # day: said on Friday it will vote on Monday), or the day opens the
    # sentence (On Friday, the firm said); officials said the talks resume on
    # Friday tells of a day to come.
    before = " ".join(line.norm_text[max(0, item.start - 40) : item.start].lower().split())
    before = _not_past_verbs_dropped(before, rules.weekday_told_past_by, rules)
    sentence = _not_past_verbs_dropped(sentence, rules.weekday_told_past_by, rules)
    if _told_right_before(tuple(rules.weekday_told_past_by), ("on",)).search(before):
        return True
    after = " ".join(line.norm_text[item.end : item.end + 30].lower().split())
    verbs_after = tuple(
        word for word in rules.weekday_told_past_by if word not in rules.yearless_past_auxiliaries
    )
    if before.endswith(" on") and _told_right_after(verbs_after).match(after):
        # the agency on Friday raised its forecast: the verb right after tells of the day (but
        # a strike called for Friday was cancelled, the vote on Friday was put off: of another thing)
        return True
    if _active_past_before(before, ("on",), rules):
        return True  # prices soared on Friday, the firm signed the deal on Saturday
    if _has_any_word(sentence, rules.yearless_future_words):
        return False
    if _past_verb_far_before(line.norm_text, item, rules):
        return True  # the firm delivered 1,200 cars to dealers across the region on Sunday
    text = line.norm_text
    last_stop = text.rfind(". ", max(0, item.start - SENTENCE_REACH), item.start)
    opening_start = last_stop + 2 if last_stop >= 0 else max(0, item.start - SENTENCE_REACH)
    opening = re.match(r"\s*(?:on\s+)?$", text[opening_start : item.start].lower()) is not None
    return opening and _has_any_word(sentence, rules.weekday_told_past_by)


def _weekday_told_future(
    span: Span | None, item: Found, line: LineContext, reference: Reference, rules: DateRules
) -> bool:
    """True for a weekday alone before the article's date that a word of the future tells of.

    The deal will be signed on Monday, in an article of a Saturday, is the
    Monday after: the mirror of `_weekday_told_past`. The word must tell of
    the day itself: right before it in Chinese (将于周一), in English with at
    most four words of a verb and its object between (will be signed on
    Monday, is set to take place on Friday), none of them opening another
    clause.
    """
    if span is None or reference.doc_date is None or not rules.weekday_told_future_by:
        return False
    if not _weekday_alone(item):
        return False
    if span.fields["start_date"] >= reference.doc_date:
        return False
    before = " ".join(line.norm_text[max(0, item.start - 48) : item.start].lower().split())
    if line.lang != "en":
        return any(before.endswith(word) for word in rules.weekday_told_future_by if not word.isascii())
    english_words = tuple(word for word in rules.weekday_told_future_by if word.isascii())
    return _future_right_before(english_words).search(before) is not None


# `to` or `from` before a noun (to dealers, from the city, to 300 firms) is a preposition of the
# object, not an infinitive (to open): a plural not in -ss or -us, a determiner or a number.
TO_BEFORE_NOUN = re.compile(
    r"\b(?:to|from)\s+(?=(?:the|a|an|its|their|his|her|our|two|three|four|five|six|seven|eight|nine|ten"
    r"|\d[\d,.]*)\s|[a-z]+[^\Wsu]s\b)"
)


THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")


def _past_verb_far_before(text: str, item: Found, rules: DateRules) -> bool:
    """True when a verb in the simple past governs a weekday across a long object.

    The firm delivered 1,200 cars to dealers across the region on Sunday: the
    verb stands further back than `_active_past_before` looks, with up to
    `weekday_past_object_words` words of its object between, none of the
    object stops nor of `weekday_past_object_stops` (sold tickets ahead of
    the match on Saturday tells of the match).
    """
    if not rules.weekday_past_object_words or not rules.weekday_past_reach:
        return False
    before = " ".join(text[max(0, item.start - rules.weekday_past_reach) : item.start].lower().split())
    before = TO_BEFORE_NOUN.sub("", THOUSANDS_COMMA.sub("", before))
    pattern = _active_past_pattern(
        rules.yearless_irregular_past,
        rules.yearless_not_past_verbs,
        rules.yearless_past_object_stops + rules.weekday_past_object_stops + rules.yearless_future_words,
        rules.weekday_past_object_words,
        ("on",),
    )
    not_verb_after = set(rules.yearless_adjective_after) | set(rules.yearless_not_past_after)
    position = 0
    while (found := pattern.search(before, position)) is not None:
        previous = before[: found.start()].split()[-1:]
        # would be held, to be sold: no past, an irregular verb included
        if previous and previous[0] in rules.yearless_not_past_after:
            pass
        elif not previous or previous[0] not in not_verb_after or found.group("irregular"):
            return True
        position = found.start() + 1
    return False


@lru_cache(maxsize=8)
def _future_right_before(words: tuple[str, ...]) -> re.Pattern[str]:
    """A word of the future, then at most four words and `on`, ending the text (will be signed on)."""
    told = "|".join(re.escape(word) for word in words) or "(?!)"
    stops = "and|or|but|that|which|who|said|says|after|before|since|when|while|until|was|were|had"
    return re.compile(rf"\b(?:{told})(?:\s+(?!(?:{stops})\b)[^\s,;:.!?]+){{0,4}}(?:\s+on)?$")


@lru_cache(maxsize=8)
def _told_right_after(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A verb of `verbs` opening the text after a weekday (on Friday raised, Friday also said)."""
    told = "|".join(re.escape(word) for word in verbs) or "(?!)"
    return re.compile(rf"\s*(?:(?:also|again|jointly|formally|officially)\s+)?(?:{told})\b")


# A figure between a verb and its day: rose 2% on Friday, fell by 3.5 points Thursday.
TOLD_FIGURE = (
    r"(?:\s+(?:by\s+|to\s+)?[$¥€£]?[\d.,]+\s*"
    r"(?:%|percent|per\s+cent|points?|basis\s+points|bps|billion|million)?)?"
)


def _not_past_verbs_dropped(text: str, verbs: tuple[str, ...], rules: DateRules) -> str:
    """`text` without the verbs of `verbs` that a word of no past tense governs (would be held)."""
    if not rules.yearless_not_past_after:
        return text
    return _governed_verbs(tuple(rules.yearless_not_past_after), tuple(verbs)).sub(" ", text)


@lru_cache(maxsize=8)
def _governed_verbs(governing: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A verb of `verbs` after a word of `governing` (would be held, to be opened): compiled once."""
    governing_words = "|".join(re.escape(word) for word in governing)
    governed = "|".join(re.escape(word) for word in verbs)
    return re.compile(rf"\b(?:{governing_words})\s+(?:(?:not|also|then|still|\w+ly)\s+)?(?:{governed})\b")


SENTENCE_MARKS = (*SENTENCE_ENDS, ". ")


def _told_right_before_date(text: str, item: Found, rules: DateRules) -> bool:
    """True when a verb of `told_past_by` tells of the date right before it (fell 3% in December).

    So does a verb of saying right before in and a month (`month_said_in_by`: said in December).
    """
    before = " ".join(text[max(0, item.start - 40) : item.start].lower().split())
    before = _not_past_verbs_dropped(before, rules.yearless_told_past_by, rules)
    if _told_right_before(tuple(rules.yearless_told_past_by), ("in", "on")).search(before) is not None:
        return True
    if rules.month_said_in_by and item.groups.get("month") and not item.groups.get("day"):
        said = _not_past_verbs_dropped(before, rules.month_said_in_by, rules)
        if _told_right_before(rules.month_said_in_by, ("in",)).search(said) is not None:
            return True  # the ministry said in December it would act: said then, in the month before
    past = _past_verb_phrase(rules)
    if past is not None and _right_before_a_date(past).search(before) is not None:
        return True
    return _active_past_before(before, ("in", "on"), rules)


def _from_clause(text: str, item: Found) -> str:
    """The text of `item`'s sentence from the start of its clause to the sentence's end."""
    sentence_start, sentence_end = sentence_bounds(text, item.start, item.end, SENTENCE_MARKS)
    clause_start = sentence_start
    for mark in CLAUSE_MARKS.finditer(text, sentence_start, item.start):
        clause_start = mark.end()
    return text[clause_start:sentence_end]


def _told_done(sentence: str, rules: DateRules, measured: bool = True) -> bool:
    """True when a Chinese sentence tells a thing as done (已, 曾; not inside 而已) or, when
    `measured`, reports how a figure moved (同比, 下降)."""
    if measured and any(word in sentence for word in rules.yearless_measured_by):
        return True
    if not rules.yearless_done_marked_by:
        return False
    for word in rules.yearless_not_done_words:
        sentence = sentence.replace(word, " ")
    return any(word in sentence for word in rules.yearless_done_marked_by)


def _active_past_before(before: str, prepositions: tuple[str, ...], rules: DateRules) -> bool:
    """True when `before` ends with a verb in the simple past, its object and a preposition.

    The firm signed the deal in / prices soared on: a regular verb in -ed or
    one of `irregular_past`, then at most `past_object_words` words, none of
    `past_object_stops`. An -ed word after a determiner or a word of no past
    tense (the revised rules, to be signed) is no past verb.
    """
    if not rules.yearless_past_object_words:
        return False
    plans = tuple(word for word in rules.yearless_future_words if word.isascii() and " " not in word)
    pattern = _active_past_pattern(
        rules.yearless_irregular_past,
        rules.yearless_not_past_verbs + plans,  # was scheduled in October: a plan
        rules.yearless_past_object_stops + plans,  # unveiled a phone due in December: still to come
        rules.yearless_past_object_words,
        prepositions,
    )
    not_verb_after = set(rules.yearless_adjective_after) | set(rules.yearless_not_past_after)
    position = 0
    while (found := pattern.search(before, position)) is not None:
        previous = before[: found.start()].split()
        if not previous or previous[-1] not in not_verb_after or found.group("irregular"):
            return True
        position = found.start() + 1
    return False


@lru_cache(maxsize=8)
def _active_past_pattern(
    irregular: tuple[str, ...],
    not_verbs: tuple[str, ...],
    stops: tuple[str, ...],
    object_words: int,
    prepositions: tuple[str, ...],
) -> re.Pattern[str]:
    """`_active_past_before`'s pattern, compiled once per rule set (the text is lower-cased)."""
    irregular_words = "|".join(re.escape(word) for word in irregular) or "(?!)"
    not_verb_words = "|".join(re.escape(word) for word in not_verbs) or "(?!)"
    stop_words = "|".join(re.escape(word) for word in stops) or "(?!)"
    before_date = "|".join(re.escape(word) for word in prepositions)
    return re.compile(
        rf"(?<![\w'-])(?:(?!(?:{not_verb_words})\b)[a-z]{{2,}}[a-df-z]ed|(?P<irregular>{irregular_words}))\b"
        rf"(?:\s+(?!(?:{stop_words})\b)[^\s,;:()]+){{0,{object_words}}}\s+(?:{before_date})\s*$"
    )


@lru_cache(maxsize=8)
def _right_before_a_date(past: re.Pattern[str]) -> re.Pattern[str]:
    """`past` ending the text before a date (was lowered in): compiled once per rule set."""
    return re.compile(rf"{past.pattern}\s+(?:in|on)\s*$")


def _past_verb_phrase(rules: DateRules) -> re.Pattern[str] | None:
    """A past auxiliary and a participle (was raised, were made, had been cut), or None without the rule."""
    if not rules.yearless_past_auxiliaries:
        return None
    return _past_verb_pattern(
        rules.yearless_past_auxiliaries,
        rules.yearless_irregular_participles,
        rules.yearless_participle_prefixes,
        rules.yearless_future_words,
    )


@lru_cache(maxsize=8)
def _past_verb_pattern(
    auxiliaries: tuple[str, ...],
    irregular: tuple[str, ...],
    prefixes: tuple[str, ...],
    future_words: tuple[str, ...],
) -> re.Pattern[str]:
    """`_past_verb_phrase` compiled once per rule set; a participle that is a future word (was
    scheduled, were expected) tells of a plan, not of a past event."""
    auxiliary = "|".join(re.escape(word) for word in auxiliaries)
    prefix = "|".join(re.escape(word) for word in prefixes)
    irregular_words = "|".join(re.escape(word) for word in irregular)
    participle = rf"[a-z]+ed|(?:{prefix})?(?:{irregular_words})" if irregular else r"[a-z]+ed"
    plans = "|".join(re.escape(word) for word in future_words if word.isascii() and " " not in word)
    return re.compile(
        rf"\b(?:{auxiliary})\s+(?:been\s+)?(?:(?:not|also|then|\w+ly)\s+)?(?!(?:{plans})\b)(?:{participle})\b"
    )


@lru_cache(maxsize=8)
def _told_right_before(verbs: tuple[str, ...], prepositions: tuple[str, ...]) -> re.Pattern[str]:
    """A verb of `verbs` (with a figure) ending the text, as in `said on`: compiled once per rule set."""
    alternation = "|".join(re.escape(word) for word in verbs)
    before_date = "|".join(re.escape(word) for word in prepositions)
    return re.compile(rf"\b(?:{alternation}){TOLD_FIGURE}\s*(?:\b(?:{before_date}))?\s*$")


def _sentence(text: str, item: Found) -> str:
    """The sentence of `text` that holds `item` (English full stops end one too)."""
    sentence_start, sentence_end = sentence_bounds(text, item.start, item.end, SENTENCE_MARKS)
    return text[sentence_start:sentence_end]


def _days_away(span: Span, days: int) -> Span:
    fields = dict(span.fields)
    fields["start_date"] = fields["start_date"] + timedelta(days=days)
    fields["end_date"] = fields["end_date"] + timedelta(days=days)
    return replace(span, fields=fields)


def _years_away(span: Span, years: int, item: Found | None = None, rules: DateRules | None = None) -> Span:
    fields = dict(span.fields)
    holiday_text = item.groups.get("moving_holiday") if item is not None else None
    holiday_rule = lookup(rules, "moving_holiday", holiday_text) if rules is not None else None
    if holiday_rule is not None:
        # a holiday whose date moves falls on another day in the other year
        day = moving_holiday_day(fields["start_date"].year + years, holiday_rule)
        if day is None:
            return span
        fields["start_date"] = fields["end_date"] = day
        return replace(span, fields=fields)
    start, end = fields["start_date"], fields["end_date"]
    fields["start_date"] = shift_years(start, years)
    fields["end_date"] = shift_years(end, years)
    if start != end and end.month == 2 and end.day == calendar.monthrange(end.year, 2)[1]:
        # a month or a period ending with February ends on its last day in the other year too
        moved = fields["end_date"]
        fields["end_date"] = moved.replace(day=calendar.monthrange(moved.year, 2)[1])
    return replace(span, fields=fields)


def _part_of_a_year_alone(item: Found) -> bool:
    """True for a part of a year with no year and no month (上半年, 一季度, the third quarter)."""
    groups = item.groups
    return not any(
        groups.get(name) for name in ("year", "relative_year", "anaphoric_year", "month", "day", "roc_year")
    ) and any(groups.get(name) for name in ("year_part", "first_quarters", "first_months", "last_months"))


def _names_a_year(item: Found, span: Span | None) -> bool:
    """True for a relative year (今年, 去年底, last year, 次年) that resolved, not a 去年同期."""
    groups = item.groups
    return (
        span is not None
        and bool(groups.get("relative_year") or groups.get("anaphoric_year"))
        and not groups.get("same_period")
        and not groups.get("end_relative_year")
        and span.fields.get("start_date") is not None
    )


def _is_lone_weekday(item: Found) -> bool:
    groups = item.groups
    return bool(groups.get("weekday")) and not any(
        groups.get(name) for name in ("relative_week", "relative_day", "month", "day", "bare_day", "year")
    )


def _with_weekdays_joined(
    found: list[tuple[Found, Span]], text: str, rules: DateRules, reference: Reference
) -> list[Span]:
    """The spans of a line, a weekday written beside a day date joined to it.

    (Friday, March 15, 2024; 15 March 2024 (Friday): that day, not the
    article's Friday.) A day of the month alone with its weekday (13日（星期三）)
    is in the month nearest the article's date where that day is that weekday.
    """
    spans = [span for _, span in found]
    if len(found) < 2 or not any(_is_lone_weekday(item) for item, _ in found):
        return spans
    joined: list[Span] = []
    index = 0
    while index < len(found):
        item, span = found[index]
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and _beside(item, span, following, text):
            day = following[1] if _is_lone_weekday(item) else span
            weekday_item, day_index = (item, index + 1) if _is_lone_weekday(item) else (following[0], index)
            fields = _on_weekday(found, day_index, weekday_item, rules, reference)
            end = following[1].end
            opened = text[span.end : following[1].start].strip(" ,，") in ("(", "（")
            if opened and text[end : end + 1] in (")", "）"):
                end += 1  # 15 March 2024 (Friday): the closing bracket too
            joined.append(Span(day.table, day.line_no, span.start, end, day.rule_id, fields))
            index += 2
            continue
        joined.append(span)
        index += 1
    return joined


def _on_weekday(
    found: list[tuple[Found, Span]],
    day_index: int,
    weekday_item: Found,
    rules: DateRules,
    reference: Reference,
) -> dict:
    """The fields of the day date `found[day_index]`; a bare day moves to the month its weekday names.

    Only a day of the month alone that took the article's month moves (not
    one listed after a day date, 9月10日、11日: its month is stated). A month
    and day that took the article's year moves to the year before or after
    when its weekday agrees only there (Thursday, January 2 in a late
    December article).
    """
    day_item, day_span = found[day_index]
    fields = dict(day_span.fields)
    number = day_item.groups.get("bare_day")
    weekday = lookup(rules, "weekday", weekday_item.groups.get("weekday"))
    if weekday is None or reference.doc_date is None:
        return fields
    if fields["start_date"].isoweekday() == int(weekday):
        return fields
    if number is None:
        return _year_on_weekday(fields, int(weekday), reference.doc_date)
    before = [span for item, span in found[:day_index] if item is not weekday_item]
    previous = before[-1] if before else None
    if (
        previous is not None
        and previous.fields["granularity"] == "day"
        and day_item.start - previous.end <= LIST_GAP
    ):
        return fields
    day = day_number(number, rules)
    if day is None:
        return fields
    try:
        point = nearest_day_on_weekday(day, int(weekday), reference.doc_date, rules.bare_day_weekday_reach)
    except Unresolvable:
        return fields
    return {**fields, "start_date": point, "end_date": point}


# How far from the article's date a year-less day may move to agree with its weekday.
WEEKDAY_YEAR_REACH = timedelta(days=183)


def _year_on_weekday(fields: dict, weekday: int, doc_date: date) -> dict:
    """A year-less day date (resolution doc_date) moved a year on or back to the year its weekday names.

    Only when the day took the article's year, and the moved day is within
    half a year of the article's date; otherwise the fields are unchanged.
    """
    start = fields["start_date"]
    if fields.get("resolution") != "doc_date" or start.year != doc_date.year:
        return fields
    for years in (1, -1):
        moved = shift_years(start, years)
        if moved.isoweekday() == weekday and abs(moved - doc_date) <= WEEKDAY_YEAR_REACH:
            return {**fields, "start_date": moved, "end_date": moved}
    return fields


def _beside(item: Found, span: Span, following: tuple[Found, Span], text: str) -> bool:
    """True for a lone weekday and a resolved day date next to each other (only , ( ) and spaces between)."""
    other_item, other = following
    if _is_lone_weekday(item) == _is_lone_weekday(other_item):
        return False
    date_span = other if _is_lone_weekday(item) else span
    if date_span.fields["granularity"] != "day" or date_span.fields["start_date"] is None:
        return False
    return WEEKDAY_GAP.fullmatch(text, span.end, other.start) is not None


def _comparison_base(text: str, item: Found, rules: DateRules) -> bool:
    """True when the date is what something is compared with (较一季度, compared to the second quarter).

    去年同期 then means the period the sentence is about, not this one.
    """
    before = text[max(0, item.start - COMPARISON_REACH) : item.start].rstrip().lower()
    return before.endswith(rules.comparison_markers)


def _before_the_compared(span: Span | None, item: Found, reported: Span, text: str, rules: DateRules):
    """`span` of 比上年 / 较上月 as the year or month before the one its sentence reports.

    去年，全省工业增加值比上年增长7% compares 2024 (in an article of 2025) with
    2023; 10月景气分数较上月增加2分 compares October with September. Without a
    reported period of that unit earlier in the sentence, the span is left as
    it is (the year or month before the article's).
    """
    groups = item.groups
    if span is None or span.fields.get("start_date") is None or reported.fields.get("start_date") is None:
        return span
    if any(mark in text[reported.end : item.start] for mark in SENTENCE_MARKS):
        return span
    first, last = reported.fields["start_date"], reported.fields["end_date"]
    if groups.get("relative_year") in rules.years_before_compared and first.year == last.year:
        return _years_away(span, first.year - 1 - span.fields["start_date"].year)
    if groups.get("relative_year") in rules.years_before_compared and _a_fiscal_year(first, last):
        # 明年度預算…較上年多: the fiscal year reported (April to March) against the one before it
        before = {"start_date": date(first.year - 1, first.month, 1), "end_date": first - timedelta(days=1)}
        return replace(span, fields={**span.fields, **before, "granularity": "period"})
    if (
        groups.get("relative_month") in rules.months_before_compared
        and reported.fields["granularity"] == "month"
        and span.fields["granularity"] == "month"
    ):
        month_end = first.replace(day=1) - timedelta(days=1)
        fields = {**span.fields, "start_date": month_end.replace(day=1), "end_date": month_end}
        return replace(span, fields=fields)
    return span


def _a_fiscal_year(first: date, last: date) -> bool:
    """True for twelve months from the first of a month after January (a fiscal year: April to March)."""
    if first.day != 1 or first.month == 1:
        return False
    return last == date(first.year + 1, first.month, 1) - timedelta(days=1)


def _unresolved(span: Span | None) -> Span | None:
    """`span` with its dates taken away: a date whose reference the text does not give."""
    if span is None:
        return None
    fields = {**span.fields, "start_date": None, "end_date": None, "resolution": "unresolved"}
    return replace(span, fields=fields)


def _same_period(item: Found, rules: DateRules, earlier: Sequence[Span]):
    """去年同期: the period of the last resolved date before it on the line, a year earlier.

    With a year stated (2019年同期) the period is moved to that year.
    """
    # from the end: the last one is the nearest, and a long line's earlier dates are not all read again
    last = next((span.fields for span in reversed(earlier) if span.fields["start_date"] is not None), None)
    if last is None and not (item.groups.get("relative_year") or item.groups.get("year")):
        raise NotADate  # 比同期 with no period before it: nothing to compare
    if last is None or (
        item.groups.get("same_period") in rules.same_months and last["granularity"] != "month"
    ):
        raise Unresolvable  # 去年同月 is of a month only
    start, end = last["start_date"], last["end_date"]
    stated = year_value(item.groups["year"], rules) if item.groups.get("year") else None
    offset = stated - start.year if stated is not None else lookup_offset(item, rules)
    end_is_month_end = end.day == calendar.monthrange(end.year, end.month)[1]
    start, end = shift_years(start, offset), shift_years(end, offset)
    if end_is_month_end:
        end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    return start, end, last["granularity"], "relative"


# What may stand between a day date and its weekday (Friday, March 15; 3月15日（星期五）).
WEEKDAY_GAP = re.compile(r"[\s,，(（]*")
# How far before a date its comparison marker is looked for (compared with the ...).
COMPARISON_REACH = 20
# At most this many characters between two days of a list (9月10日、11日, 5日至8日).
LIST_GAP = 2


def _bare_day(item: Found, rules: DateRules, reference: Reference, earlier: Sequence[Span]):
    """A day of the month alone (29日, on the 18th).

    Right after a day date, in a list (9月10日、11日), it is in that date's month
    (a day with 号 is one only there);
    else in the article's month, unless that is more than `bare_days.days_ahead`
    days after the article's date or has no such day: then in the latest
    month before it that has one.
    """
    day = day_number(item.groups["bare_day"], rules)
    if day is None or not 1 <= day <= 31:
        raise Unresolvable
    previous = earlier[-1] if earlier else None
    if (
        previous is not None
        and previous.fields["start_date"] is not None
        and previous.fields["granularity"] == "day"
        and item.start - previous.end <= LIST_GAP
    ):
        last = previous.fields["end_date"]
        try:
            found = last.replace(day=day)
        except ValueError:
            raise Unresolvable from None
        return found, found, "day", "doc_date"
    if "list_only" in item.groups:
        raise NotADate  # 3号 alone is a number (a building, a line), a day only in a list of days
    if reference.doc_date is None:
        raise Unresolvable
    weekday = lookup(rules, "weekday", item.groups.get("weekday"))
    if weekday is not None:
        # Wed 13th: the weekday says which month
        try:
            found = nearest_day_on_weekday(
                day, int(weekday), reference.doc_date, rules.bare_day_weekday_reach
            )
            return found, found, "day", "doc_date"
        except Unresolvable:
            pass
    found = latest_day_numbered(day, reference.doc_date + timedelta(days=rules.bare_day_days_ahead))
    return found, found, "day", "doc_date"


def day_number(text: str, rules: DateRules) -> int | None:
    """A day of the month as digits (18, 18th) or an ordinal word (thirtieth, twenty-first)."""
    named = lookup(rules, "day", text)
    return int(named) if named is not None else ordinal_day(text)


def lookup_offset(item: Found, rules: DateRules) -> int:
    """Years between a comparison period and the one it is compared with (去年同期: -1)."""
    text = item.groups.get("relative_year")
    value = rules.words.get("relative_year", {}).get(text) if text else None
    return int(value) if value else -1


def _to_span(
    item: Found, rules: DateRules, reference: Reference, context_year: int | None, earlier: Sequence[Span]
) -> Span | None:
    try:
        if item.groups.get("same_period"):
            start, end, granularity, resolution = _same_period(item, rules, earlier)
        elif item.groups.get("bare_day"):
            start, end, granularity, resolution = _bare_day(item, rules, reference, earlier)
        else:
            start, end, granularity, resolution = resolve(item, rules, reference, context_year)
    except Unresolvable:
        start = end = None
        granularity, resolution = granularity_of(item, rules), "unresolved"
    except NotADate:
        return None
    fields = {"start_date": start, "end_date": end, "granularity": granularity, "resolution": resolution}
    weekday = lookup(rules, "weekday", item.groups.get("weekday"))
    if (
        weekday is not None
        and start is not None
        and item.groups.get(ORDER_BY_CONVENTION)
        and start.isoweekday() != int(weekday)
    ):
        # 12/5（五） in a mainland text: Friday fits 5 December, not 12 May
        other = _to_span(_day_and_month_swapped(item), rules, reference, context_year, earlier)
        other_start = other.fields["start_date"] if other is not None else None
        if other_start is not None and other_start.isoweekday() == int(weekday):
            return other
    if (
        weekday is not None
        and item.groups.get("month")
        and granularity == "day"
        and start is not None
        and reference.doc_date is not None
        and start.isoweekday() != int(weekday)
    ):
        # 1月2日（周四）: the weekday the match holds says which year
        fields = _year_on_weekday(fields, int(weekday), reference.doc_date)
    return Span(
        table=TABLE,
        line_no=item.line_no,
        start=item.start,
        end=item.end,
        rule_id=item.rule_id,
        fields=fields,
    )
