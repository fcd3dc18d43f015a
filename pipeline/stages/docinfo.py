"""The article's own date and title, found in its text (the rule set's documents.yaml).

Both return None when the text does not state them: a guess would anchor
every relative date wrongly. The title is looked for among article lines
only. The date is looked for in the first and last lines of the page, and
there a metadata line judged boilerplate ("发布时间: ... 浏览次数: 12") is read
too, but not a list of other articles (the rules named in
`skip_boilerplate_rules`), whose dates are theirs. A dateline that gives
no year ("(记者...)10月8日电", "Taipei, Nov. 21 (CNA)") takes it from a full
date of the same month and day elsewhere on the page, or gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import regex

from pipeline.core.records import BoilerplateVerdict, NormalisedLine, article_lines
from pipeline.rules.literals import LiteralScreen, literal_screen, required_literals
from pipeline.rules.schema import (
    EXAMPLES,
    Anything,
    ListOf,
    Mapping,
    Names,
    Number,
    Ref,
    Str,
    Where,
    check,
    ids_of,
)
from pipeline.stages.boilerplate.rules import VERDICT
from pipeline.text.patterns import literal_pattern

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet


# In a doc_date pattern this token stands for the month names of `month_names`.
MONTH_NAME_TOKEN = "{month_name}"
# A `roc_year` group is a year of the Republic of China calendar (112 = 2023).
ROC_YEAR_OFFSET = 1911


@dataclass(frozen=True)
class _NamedPattern:
    """One rule of documents.yaml: its id and compiled regex, and how to skip lines it cannot match.

    `screen`: finds a literal that every match of the pattern contains (None:
    no such literal is known); a line it finds nothing in is not searched.
    `anchored`: every match starts at the start of the text, so there is at
    most one and `match` finds it (a search would try every position).
    """

    rule_id: str
    pattern: regex.Pattern
    screen: re.Pattern | None = None
    anchored: bool = False
    literals: frozenset[str] | None = None

    def matches(self, text: str) -> Iterable[regex.Match]:
        """`finditer` for a line already known to hold one of the literals."""
        if self.anchored:
            found = self.pattern.match(text)
            return () if found is None else (found,)
        return self.pattern.finditer(text)

    def finditer(self, text: str) -> Iterable[regex.Match]:
        """What `pattern.finditer(text)` gives, without trying what cannot match."""
        if self.screen is not None and self.screen.search(text) is None:
            return ()
        return self.matches(text)


# The opening of a named group, "(?P<year>", not escaped.
NAMED_GROUP = re.compile(r"(?<!\\)((?:\\\\)*)\(\?P<\w+>")
# An inline flag group ("(?m)", "(?i:...)"), escaped or not: a pattern holding one is never taken as anchored.
INLINE_FLAGS = re.compile(r"\(\?[-abefiLmprsuVwx^]")


def anchored_at_start(pattern: str) -> bool:
    """True when `pattern` starts with `^` and has no `|` outside groups and classes (nor inline flags).

    Without the MULTILINE flag `^` matches only at the start of the text, so
    every match of such a pattern starts there.
    """
    if not pattern.startswith("^") or INLINE_FLAGS.search(pattern):
        return False
    depth, position, in_class = 0, 1, False
    while position < len(pattern):
        character = pattern[position]
        if character == "\\":
            position += 2
            continue
        if in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
            # A "]" first in the class (after an optional "^") is a member, not its end.
            position += 2 if pattern[position + 1 : position + 2] == "^" else 1
            if pattern[position : position + 1] == "]":
                position += 1
            continue
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            return False
        position += 1
    return True


@dataclass(frozen=True)
class DocumentRules:
    """What `find_doc_date` and `find_title` need, compiled once per rule set (see `document_rules`)."""

    date_first_lines: int
    date_last_lines: int
    date_patterns: tuple[_NamedPattern, ...]
    date_screen: LiteralScreen
    skip_boilerplate_rules: frozenset[str]
    label_endings: tuple[str, ...]
    schedule_patterns: frozenset[str]
    schedule_reach: int
    stamp_words: tuple[str, ...]
    signature_patterns: tuple[_NamedPattern, ...]
    timeline_patterns: frozenset[str]
    timeline_headings: tuple[_NamedPattern, ...]
    month_names: dict[str, int]
    full_dates: tuple[_NamedPattern, ...]
    url_dates: tuple[_NamedPattern, ...]
    url_full_dates: tuple[_NamedPattern, ...]
    url_earliest_year: int
    title_first_lines: int
    title_max_chars: int
    sentence_endings: str
    not_title: tuple[_NamedPattern, ...]
    open_mark: str
    close_mark: str


def _date_patterns(groups: set[str], where: str) -> ListOf:
    """The schema of a list of date patterns, each with an id and a regex naming `groups`."""
    return ListOf(
        Mapping(_PATTERN_FIELDS, required=("id", "regex"), check_whole=_date_groups(groups, where)),
        unique="id",
    )


def _date_groups(needed: set[str], what: str) -> Callable[[dict, Where], None]:
    """A check that a pattern names the groups `needed`."""

    def check_groups(entry: dict, where: Where) -> None:
        try:
            groups = set(regex.compile(entry.get("regex", "")).groupindex)
        except regex.error:
            return  # reported by the `regex` field's own check
        if not needed <= groups:
            raise where.at(entry, "regex", entry.key_lines.get("regex")).fail(
                f"{what} pattern {entry.get('id')!r} needs named groups {what_groups(needed)}"
            )

    return check_groups


def what_groups(groups: set[str]) -> str:
    """`year, month and day` for the groups named."""
    ordered = [name for name in ("year", "month", "day") if name in groups]
    return ", ".join(ordered[:-1]) + " and " + ordered[-1] if len(ordered) > 1 else ordered[0]


def _month_names(names: dict, where: Where) -> None:
    for name, number in names.items():
        if not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= 12:
            raise where.at(names, str(name), names.key_lines.get(name)).fail(
                f"month {name!r} must be a number from 1 to 12, got {number!r}"
            )


def _two_marks(title: dict, where: Where) -> None:
    marks = title.get("continued_until_closed")
    if marks is not None and len(marks) != 2:
        key_line = title.key_lines.get("continued_until_closed")
        raise where.at(title, "continued_until_closed", key_line).fail("takes two marks")


_PATTERN_FIELDS = {"id": Str(), "regex": Str(regex=True), "comment": Str(), "examples": EXAMPLES}
# A pattern read on a page's address: its examples are addresses (`url`), each with its `date` or `none`.
_URL_PATTERN = Mapping(
    {
        "id": Str(),
        "regex": Str(regex=True),
        "comment": Str(),
        "examples": ListOf(Mapping({"url": Str()}, required=("url",), extra=Anything()), min_items=1),
    },
    required=("id", "regex", "examples"),
    check_whole=_date_groups({"year", "month", "day"}, "date_from_url"),
)
_LINES = Number(minimum=0, integer=True)


def _doc_date_patterns(ruleset: RuleSet) -> list[str]:
    """The ids of documents.yaml `doc_date.patterns`, the patterns that find the article's date."""
    document = ruleset.file("documents")
    doc_date = document.get("doc_date") if isinstance(document, dict) else None
    return ids_of(doc_date.get("patterns")) if isinstance(doc_date, dict) else []


# What the settings name, declared once (see `pipeline.rules.schema.Ref`).
DOC_DATE_PATTERN = Names("pattern of doc_date.patterns", _doc_date_patterns)
DOCUMENTS_SCHEMA = Mapping(
    {
        "doc_date": Mapping(
            {
                "search_first_lines": _LINES,
                "search_last_lines": _LINES,
                "skip_boilerplate_rules": ListOf(Ref(VERDICT)),
                "label_endings": ListOf(Str()),
                "schedule_patterns": ListOf(Ref(DOC_DATE_PATTERN)),
                "schedule_reach": _LINES,
                "stamp_words": ListOf(Str()),
                "month_names": Mapping({}, extra=Number(integer=True), check_whole=_month_names),
                "patterns": _date_patterns({"month", "day"}, "doc_date"),
                "year_from_page": _date_patterns({"year", "month", "day"}, "year_from_page"),
                "year_from_url": _date_patterns({"year", "month", "day"}, "year_from_url"),
                "date_from_url": ListOf(_URL_PATTERN, unique="id"),
                "url_earliest_year": Number(integer=True, minimum=1),
                "signature_patterns": _date_patterns({"year", "month", "day"}, "signature_patterns"),
                "timeline_patterns": ListOf(Ref(DOC_DATE_PATTERN)),
                "timeline_headings": ListOf(Mapping(_PATTERN_FIELDS, required=("id", "regex")), unique="id"),
            },
            required=("patterns",),
        ),
        "title": Mapping(
            {
                "search_first_lines": _LINES,
                "max_chars": _LINES,
                "sentence_endings": Str(),
                "not_title_patterns": ListOf(Mapping(_PATTERN_FIELDS, required=("id", "regex")), unique="id"),
                "continued_until_closed": ListOf(Str(), min_items=2),
            },
            check_whole=_two_marks,
        ),
    },
    required=("doc_date", "title"),
)


def _compile_patterns(entries: list, month_names: dict[str, int] | None = None) -> tuple[_NamedPattern, ...]:
    """Compile each entry's regex, `{month_name}` replaced by the month names.

    A name is matched lower case, capitalised or upper case, longest first.
    """
    spellings = {
        spelling for name in month_names or {} for spelling in (name, name.capitalize(), name.upper())
    }
    names = "|".join(regex.escape(name) for name in sorted(spellings, key=lambda name: (-len(name), name)))
    named = []
    for entry in entries:
        source = entry["regex"].replace(MONTH_NAME_TOKEN, f"(?:{names or '(?!)'})")
        # Group names change nothing a pattern matches, and the same name in
        # two alternatives would hide its literals from the reader.
        literals = required_literals(NAMED_GROUP.sub(r"\1(?:", source))
        named.append(
            _NamedPattern(
                str(entry["id"]),
                regex.compile(source),
                re.compile(literal_pattern(literals)) if literals else None,
                anchored_at_start(source),
                literals or None,
            )
        )
    return tuple(named)


def document_rules(ruleset: RuleSet) -> DocumentRules:
    """The rules of the rule set's documents.yaml, validated and compiled.

    A builder for `ruleset.compiled(document_rules)`; raises RuleFileError
    (file:line: reason) when the file is malformed.
    """
    rules = ruleset.file("documents")
    check(rules, DOCUMENTS_SCHEMA, ruleset.path("documents"), ruleset)
    dates, title = rules["doc_date"], rules["title"]
    marks = title.get("continued_until_closed", ["《", "》"])
    month_names = {str(name).lower(): int(number) for name, number in dates.get("month_names", {}).items()}
    date_patterns = _compile_patterns(dates["patterns"], month_names)
    return DocumentRules(
        date_first_lines=int(dates.get("search_first_lines", 12)),
        date_last_lines=int(dates.get("search_last_lines", 12)),
        date_patterns=date_patterns,
        date_screen=literal_screen([named.literals for named in date_patterns]),
        skip_boilerplate_rules=frozenset(str(rule) for rule in dates.get("skip_boilerplate_rules", [])),
        label_endings=tuple(str(ending) for ending in dates.get("label_endings", [])),
        schedule_patterns=frozenset(str(rule) for rule in dates.get("schedule_patterns", [])),
        schedule_reach=int(dates.get("schedule_reach", 3)),
        stamp_words=tuple(str(word) for word in dates.get("stamp_words", [])),
        signature_patterns=_compile_patterns(dates.get("signature_patterns", []), month_names),
        timeline_patterns=frozenset(str(rule) for rule in dates.get("timeline_patterns", [])),
        timeline_headings=_compile_patterns(dates.get("timeline_headings", []), month_names),
        month_names=month_names,
        full_dates=_compile_patterns(dates.get("year_from_page", []), month_names),
        url_dates=_compile_patterns(dates.get("year_from_url", []), month_names),
        url_full_dates=_compile_patterns(dates.get("date_from_url", [])),
        url_earliest_year=int(dates.get("url_earliest_year", 1990)),
        title_first_lines=int(title.get("search_first_lines", 6)),
        title_max_chars=int(title.get("max_chars", 80)),
        sentence_endings=str(title.get("sentence_endings", "。!?")),
        not_title=_compile_patterns(title.get("not_title_patterns", [])),
        open_mark=str(marks[0]),
        close_mark=str(marks[1]),
    )


def find_doc_date(
    lines: Sequence[NormalisedLine],
    verdicts: Sequence[BoilerplateVerdict],
    ruleset: RuleSet,
    url: str | None = None,
) -> date | None:
    """The date the article states as its own (notice date, dateline), or None.

    `url`, the page's address, may give a year-less dateline its year.
    """
    found = find_doc_date_rule(lines, verdicts, ruleset, url)
    return found[0] if found is not None else None


def find_doc_date_rule(
    lines: Sequence[NormalisedLine],
    verdicts: Sequence[BoilerplateVerdict],
    ruleset: RuleSet,
    url: str | None = None,
) -> tuple[date, str] | None:
    """`find_doc_date` with the id of the doc_date pattern that found the date."""
    rules = ruleset.compiled(document_rules)
    readable = [
        (line.norm_text, verdict.is_boilerplate)
        for line, verdict in zip(lines, verdicts, strict=True)
        if line.norm_text.strip()
        and not (verdict.is_boilerplate and verdict.rule in rules.skip_boilerplate_rules)
    ]
    searched = _head_and_tail(_with_labels_joined(readable, rules), rules)
    page_texts: list[str] | None = None
    # Which patterns may match each line, in one pass per line; a pattern is
    # then run only on the lines holding one of its literals, found from the
    # lines' bits at once rather than by walking every pattern over every line.
    lines_of = _lines_by_pattern([rules.date_screen.may_match(text) for text in searched])
    patterns = rules.date_patterns
    for bit in sorted(lines_of):
        if bit >= len(patterns):
            continue
        named = patterns[bit]
        for position in lines_of[bit]:
            text = searched[position]
            for match in named.matches(text):
                month, day = _month_number(match["month"], rules), _number(match["day"])
                if month is None or day is None:
                    continue
                year = _number(_group(match, "year"))
                roc_year = _number(_group(match, "roc_year"))
                if year is None and roc_year is not None:
                    year = roc_year + ROC_YEAR_OFFSET
                if year is None:
                    if page_texts is None:
                        page_texts = [text for text, _ in readable]
                    year = _year_from_page(page_texts, month, day, rules)
                    if year is None and url:
                        year = _year_from_url(url, month, day, rules)
                found = _date(year, month, day)
                if found is None:
                    continue
                if named.rule_id in rules.timeline_patterns and _heads_a_timeline_item(
                    searched, position, rules
                ):
                    continue
                if named.rule_id in rules.schedule_patterns and _in_a_schedule(
                    named, match, found, searched, position, rules
                ):
                    break
                return found, named.rule_id
    return _signature_date(lines, verdicts, rules)


def _lines_by_pattern(may_match: Sequence[int]) -> dict[int, list[int]]:
    """Pattern bit -> the positions, in order, of the lines whose bits `may_match` hold it."""
    lines_of: dict[int, list[int]] = {}
    for position, candidates in enumerate(may_match):
        while candidates:
            lowest = candidates & -candidates
            lines_of.setdefault(lowest.bit_length() - 1, []).append(position)
            candidates ^= lowest
    return lines_of


def _signature_date(
    lines: Sequence[NormalisedLine], verdicts: Sequence[BoilerplateVerdict], rules: DocumentRules
) -> tuple[date, str] | None:
    """The date alone on the page's last line, read when its line was skipped as a list of other articles.

    A notice signed by two issuers and a date (机构甲 / 机构乙 / 2025年3月5日)
    looks like a run of short headlines; a date written out alone that closes
    the page is its signature all the same (`signature_patterns`).
    """
    last = next(
        (pair for pair in zip(reversed(lines), reversed(verdicts), strict=True) if pair[0].norm_text.strip()),
        None,
    )
    if last is None or not (last[1].is_boilerplate and last[1].rule in rules.skip_boilerplate_rules):
        return None
    for named in rules.signature_patterns:
        for match in named.finditer(last[0].norm_text):
            year = _number(_group(match, "year"))
            month, day = _month_number(match["month"], rules), _number(match["day"])
            found = None if month is None or day is None else _date(year, month, day)
            if found is not None:
                return found, named.rule_id
    return None


def _in_a_schedule(
    named: _NamedPattern,
    stamp: regex.Match,
    found: date,
    searched: Sequence[str],
    position: int,
    rules: DocumentRules,
) -> bool:
    """True when `named` finds another date or time than `stamp` within `schedule_reach` lines of `position`.

    A stamp is one line; the same stamp shape with other dates close by is a
    programme of dated items (2025-11-20 09:00 开幕式 / 2025-11-21 09:00 闭幕式),
    and so is one day at other times (09:00 开幕 / 14:00 论坛). A stamp that
    names its source or editor (`stamp_words`) is the page's own.
    """
    if _names_a_source(searched[position][stamp.start() :], rules):
        return False
    reach = rules.schedule_reach
    for near in range(max(0, position - reach), min(len(searched), position + reach + 1)):
        if near == position:
            continue
        for match in named.finditer(searched[near]):
            year = _number(_group(match, "year"))
            month, day = _month_number(match["month"], rules), _number(match["day"])
            if month is None or day is None:
                continue
            other = _date(year, month, day)
            if other is not None and (other != found or match.group(0).strip() != stamp.group(0).strip()):
                return True
    return False


def _heads_a_timeline_item(searched: Sequence[str], position: int, rules: DocumentRules) -> bool:
    """True when a line within `schedule_reach` lines of `position` is a chronology's heading.

    A date alone on its line among lines that are only a year or a month
    (2015年 / 2019年4月 / 2024年3月1日 / 2025年全年) heads one item of a
    timeline, not the page (`timeline_headings`).
    """
    reach = rules.schedule_reach
    for near in range(max(0, position - reach), min(len(searched), position + reach + 1)):
        if near != position and any(
            next(iter(named.finditer(searched[near])), None) for named in rules.timeline_headings
        ):
            return True
    return False


def _names_a_source(text: str, rules: DocumentRules) -> bool:
    """True when `text` holds a word of a stamp's source or editor (来源, 编辑, Source)."""
    return any(word in text for word in rules.stamp_words)


def _with_labels_joined(readable: list[tuple[str, bool]], rules: DocumentRules) -> list[tuple[str, bool]]:
    """`readable` with each line that follows a line ending in a label read together with it.

    培训时间 / 2023年7月10日 on two lines is the date of a training, not the
    page's: joined, the line is judged by the label as if on one line
    (发布日期: / 2023-07-10 stays the page's date). A line that names its
    source or editor is a stamp of its own (停水预告 / 2024-06-10 来源:X).
    """
    label_endings = rules.label_endings
    joined = list(readable)
    for position in range(1, len(readable)):
        label = readable[position - 1][0].rstrip()
        if label_endings and label.endswith(label_endings):
            text, boilerplate = readable[position]
            if _names_a_source(text, rules):
                continue
            joined[position] = (f"{label} {text.lstrip()}", boilerplate)
    return joined


def _head_and_tail(readable: list[tuple[str, bool]], rules: DocumentRules) -> list[str]:
    """The texts searched for the date: the head in order, then the tail from the end.

    The head runs to the `date_first_lines`-th article line, the tail from the
    `date_last_lines`-th article line from the end; boilerplate lines in
    between are taken along (they do not count).
    """
    article_positions = [position for position, (_, boilerplate) in enumerate(readable) if not boilerplate]
    if len(article_positions) <= rules.date_first_lines:
        return [text for text, _ in readable]
    head_end = article_positions[rules.date_first_lines - 1] + 1 if rules.date_first_lines else 0
    tail_start = article_positions[-rules.date_last_lines] if rules.date_last_lines else len(readable)
    tail_start = max(tail_start, head_end)
    head = [text for text, _ in readable[:head_end]]
    tail = [text for text, _ in readable[tail_start:]]
    return [*head, *reversed(tail)]


def _group(match: regex.Match, name: str) -> str | None:
    """The text of group `name`, None when the pattern has no such group or it took no part."""
    try:
        return match.group(name)
    except IndexError:
        return None


# Chinese numerals of a date: a year digit by digit (二〇二二, or 二○一四 with the zero as a
# circle, as Hong Kong and Taiwan notices write it), a month or day with 十 (十二, 二十三).
CHINESE_DIGITS = {character: value % 10 for value, character in enumerate("零一二三四五六七八九〇")}
CHINESE_DIGITS["○"] = 0


def _number(text: str | None) -> int | None:
    """A number in digits or in the Chinese numerals of a date; None for anything else."""
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    if text and all(character in CHINESE_DIGITS for character in text):
        return int("".join(str(CHINESE_DIGITS[character]) for character in text))
    tens, ten, units = text.partition("十")
    if not ten or (tens and tens not in CHINESE_DIGITS) or (units and units not in CHINESE_DIGITS):
        return None
    return (CHINESE_DIGITS[tens] if tens else 1) * 10 + (CHINESE_DIGITS[units] if units else 0)


def _month_number(text: str | None, rules: DocumentRules) -> int | None:
    """A month given in digits, in Chinese numerals or by a name of `month_names` ("Nov.", "September")."""
    if text is None:
        return None
    number = _number(text)
    if number is not None:
        return number
    return rules.month_names.get(text.rstrip(".").lower())


def _date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_from_page(texts: Sequence[str], month: int, day: int, rules: DocumentRules) -> int | None:
    """The year of a full date of this month and day stated on the page, when one year is."""
    years = set()
    for text in texts:
        for named in rules.full_dates:
            for match in named.finditer(text):
                if _month_number(match["month"], rules) == month and _number(match["day"]) == day:
                    year = _number(match["year"])
                    if year is not None:
                        years.add(year)
    return years.pop() if len(years) == 1 else None


def _year_from_url(url: str, month: int, day: int, rules: DocumentRules) -> int | None:
    """The year of a date of this month and day in the page's address, when one year is."""
    years = {
        _number(match["year"])
        for named in rules.url_dates
        for match in named.finditer(url)
        if _number(match["month"]) == month and _number(match["day"]) == day
    }
    years.discard(None)
    return years.pop() if len(years) == 1 else None


def date_from_url(url: str | None, ruleset: RuleSet, today: date | None = None) -> date | None:
    """The full date that directories of the page's address name (/html/20241229/), or None.

    The last fallback for the document's date, when neither its text nor its
    metadata gives one (`date_from_url` in documents.yaml). Only the path is
    read, never the query string; a date after `today` (the day of the run)
    or before `url_earliest_year`, or two different dates, give None.
    """
    if not url:
        return None
    rules = ruleset.compiled(document_rules)
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    latest = today or date.today()
    found = set()
    for named in rules.url_full_dates:
        for match in named.pattern.finditer(path):
            try:
                day = date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                continue
            if rules.url_earliest_year <= day.year and day <= latest:
                found.add(day)
    return found.pop() if len(found) == 1 else None


def find_title(
    lines: Sequence[NormalisedLine], verdicts: Sequence[BoilerplateVerdict], ruleset: RuleSet
) -> str | None:
    """The article's title (normalised text) when its first lines give one."""
    rules = ruleset.compiled(document_rules)
    article = article_lines(lines, verdicts)
    for index, line in enumerate(article[: rules.title_first_lines]):
        text = line.norm_text.strip()
        if any(named.pattern.search(text) for named in rules.not_title):
            continue
        if len(text) > rules.title_max_chars or text[-1] in rules.sentence_endings:
            return None  # the first paragraph came before any title line
        return _continue_title(text, article[index + 1 : index + 4], rules)
    return None


def _continue_title(text: str, following: Sequence[NormalisedLine], rules: DocumentRules) -> str:
    """Join following lines while an opening 《 is still unclosed."""
    for line in following:
        if text.count(rules.open_mark) <= text.count(rules.close_mark):
            break
        text += line.norm_text.strip()
    return text
