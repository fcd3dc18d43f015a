"""Dates: calendar points and periods, resolved to a first and a last day.

The patterns live in `rules/dates.yaml`; they are joined into one ordered
alternation (the first rule that matches at a position wins, leftmost match
first, no overlaps). Trying it at every character is slow, so it is only
tried where a date can be: every date contains an anchor (年, 月, a month name,
a four-digit year, ...; `anchors` in the rule file) and starts at most the
anchor's reach before it. One plain search per anchor word finds them; at each
position in reach where some rule can start, the rules that can start with
that character are tried one by one in their order. This gives exactly the
matches of running the whole alternation over the line (tests compare both).
A rule reports what it found through named
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
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache
from itertools import groupby
from typing import TYPE_CHECKING, Any

import regex

from pipeline.core.records import DocumentContext, LineContext, Span
from pipeline.rules.loader import load_rule_file, require, rule_path

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet


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
    "relative_weeks_en_short": "relative_week",
    "relative_quarters": "relative_quarter",
    "weekdays": "weekday",
    "weekdays_en": "weekday",
    "weekday_abbreviations_en": "weekday",
}
# Groups holding a count of months or quarters from the start (前三季度,
# 前11个月) or the end (后三个月) of a year.
LEADING_PART_GROUPS = ("first_quarters", "first_months", "last_months")

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
    # (anchor on folded text, its step back, whether it needs a non-ASCII character)
    anchors: tuple[tuple[regex.Pattern, regex.Pattern, bool], ...]
    case_fold: Mapping[int, str]  # str.translate table: letters `(?i)` equates with ASCII
    single_rules: tuple[tuple[regex.Pattern, str], ...]  # (rule, rule id), in trying order
    chinese_count: int  # single_rules[:chinese_count] are the Chinese rules, the rest English
    # Per single rule, the pattern whose partial match on one character says the rule can start with it
    start_tests: tuple[regex.Pattern, ...]
    # The guard each language's rules sit behind in the combined pattern: (Chinese, English)
    guards: tuple[regex.Pattern, regex.Pattern]
    # character -> (Chinese, English) single_rules that can start with it; filled in as characters are met
    rules_by_first_character: dict[str, tuple[tuple[int, ...], tuple[int, ...]]]
    start_characters: regex.Pattern  # one character where some rule may start
    start_words: tuple[str, ...]  # lower-cased words English rules may start with (or a digit)

    @cached_property
    def pattern(self) -> regex.Pattern:
        """Every rule as one ordered alternation (the reference the anchored search agrees with)."""
        return regex.compile(self.combined_source)

    def rules_starting_with(self, character: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(Chinese, English) indexes into `single_rules` of the rules that can start with `character`."""
        candidates = self.rules_by_first_character.get(character)
        if candidates is None:
            candidates = _rules_starting_with(character, self.start_tests, self.guards, self.chinese_count)
            self.rules_by_first_character[character] = candidates
        return candidates


def _word_key(text: str) -> str:
    """Lookup key of a table word: lower-cased, runs of spaces collapsed."""
    return " ".join(text.lower().split())


def _word_alternation(words: Sequence[str], capitalised_only: set[str]) -> str:
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
                escaped = word[0].upper() + escaped[1:]
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
    # Cheap guards so the many alternatives are only tried where a date can
    # start: Chinese/numeric rules at a listed first character, English rules
    # at a digit or a listed start word.
    first_characters = str(document.get("first_characters", ""))
    start_words = [str(word) for word in document.get("english_start_words", [])]
    guards = {
        "zh": f"(?=[{regex.escape(first_characters)}])",
        "en": f"(?=\\d|\\b{_word_alternation(start_words, set())}\\b)",
    }
    rule_ids: list[str] = []
    expanded_patterns = []
    rule_languages = []
    single_patterns = []  # (rule number, rule), compiled once: this also checks the pattern
    for rule in document["rules"]:
        require(isinstance(rule, dict), path, rule, "each rule must be a mapping with id and pattern")
        rule_id, pattern = rule.get("id"), rule.get("pattern")
        language = rule.get("language", "zh")
        require(isinstance(rule_id, str) and bool(rule_id), path, rule, "rule without an 'id'")
        require(rule_id not in rule_ids, path, rule, f"duplicate rule id {rule_id!r}")
        require(isinstance(pattern, str) and bool(pattern), path, rule, f"rule {rule_id!r} has no 'pattern'")
        require(language in guards, path, rule, f"rule {rule_id!r}: language must be zh or en")
        expanded = _expand(pattern, placeholders, path, rule)
        try:
            single_patterns.append((len(rule_ids), regex.compile(expanded)))
        except regex.error as error:
            require(False, path, rule, f"rule {rule_id!r}: bad pattern: {error}")
        expanded_patterns.append(expanded)
        rule_languages.append(language)
        rule_ids.append(rule_id)
    markers = tuple(
        sorted((str(marker) for marker in document.get("future_markers", [])), key=len, reverse=True)
    )
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
    start_tests = tuple(_start_test(compiled) for _, compiled in ordered)
    compiled_guards = (regex.compile(guards["zh"]), regex.compile(guards["en"]))
    rules_by_first_character = {
        character: _rules_starting_with(character, start_tests, compiled_guards, chinese_count)
        for character in sorted(_named_characters(expanded_patterns, first_characters))
    }
    alphabet = _date_alphabet(expanded_patterns)
    anchors = _compile_anchors(document, placeholders, alphabet, path)
    rules = DateRules(
        combined_source=combined,
        rule_ids=tuple(rule_ids),
        words=words,
        future_markers=markers,
        anchors=anchors,
        case_fold=_case_fold_table(),
        single_rules=tuple((compiled, f"{RULES_NAME}:{rule_ids[number]}") for number, compiled in ordered),
        chinese_count=chinese_count,
        start_tests=start_tests,
        guards=compiled_guards,
        rules_by_first_character=rules_by_first_character,
        start_characters=_start_characters(rules_by_first_character, guards),
        start_words=tuple(_word_key(word) for word in start_words),
    )
    _check_examples(document["rules"], rules, path)
    return rules


def _start_characters(
    rules_by_first_character: Mapping[str, tuple[tuple[int, ...], tuple[int, ...]]], guards: Mapping[str, str]
) -> regex.Pattern:
    """A one-character pattern matching where some rule may start.

    A character some Chinese rule can start with; one some English rule can
    start with, if it is not a letter or is not preceded by an ASCII letter,
    digit or _; any character the table does not name if a guard holds there
    (its rules are looked up when it is met).
    """
    anywhere = sorted(
        character
        for character, (chinese, english) in rules_by_first_character.items()
        if chinese or (english and not character.isalpha())
    )
    word_start = sorted(
        character
        for character, (chinese, english) in rules_by_first_character.items()
        if english and character.isalpha() and character not in anywhere
    )
    named = sorted(rules_by_first_character)

    def character_class(characters: Sequence[str], negate: bool = False) -> str:
        return (
            "[" + ("^" if negate else "") + "".join(regex.escape(character) for character in characters) + "]"
        )

    at_word_start = f"(?<![A-Za-z0-9_]){character_class(word_start)}"
    unnamed = f"(?:{guards['zh']}|{guards['en']}){character_class(named, True)}"
    return regex.compile(f"{character_class(anywhere)}|{at_word_start}|{unnamed}")


def _named_characters(patterns: Sequence[str], first_characters: str) -> set[str]:
    """The characters the rules name, the first characters, ASCII, spaces and the case variants of letters."""
    characters = set("".join(patterns)) | set(first_characters)
    characters |= {chr(code) for code in range(128)} | set(_case_fold_table_text())
    characters |= {character for character in (chr(code) for code in range(0x3001)) if character.isspace()}
    return characters


def _start_test(single_rule: regex.Pattern) -> regex.Pattern:
    """The pattern telling which characters a rule can start with: the rule without positive lookbehinds.

    On a lone character a positive lookbehind never holds; without it the
    pattern matches at least as much. Most rules have none: the rule itself.
    """
    if "(?<=" not in single_rule.pattern:
        return single_rule
    return regex.compile(_without_positive_lookbehinds(single_rule.pattern))


def _rules_starting_with(
    character: str,
    start_tests: Sequence[regex.Pattern],
    guards: tuple[regex.Pattern, regex.Pattern],
    chinese_count: int,
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(Chinese, English) indexes of the rules that can start with `character`.

    A rule can start with a character when its language's guard holds on
    that character and the character alone is the beginning of a match (a
    partial match) of the rule's start test.
    """
    chinese_guard, english_guard = guards
    chinese: tuple[int, ...] = ()
    english: tuple[int, ...] = ()
    if chinese_guard.match(character, partial=True) is not None:
        chinese = tuple(
            index
            for index in range(chinese_count)
            if start_tests[index].match(character, partial=True) is not None
        )
    if english_guard.match(character, partial=True) is not None:
        english = tuple(
            index
            for index in range(chinese_count, len(start_tests))
            if start_tests[index].match(character, partial=True) is not None
        )
    return chinese, english


def _source_pieces(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(index, piece) of a regex source from `start`: an escape, a whole [...] class, or one character."""
    index = start
    while index < len(pattern):
        if pattern[index] == "\\":
            end = index + 2
        elif pattern[index] == "[":
            end = index + 1
            while end < len(pattern) and pattern[end] != "]":
                end += 2 if pattern[end] == "\\" else 1
            end += 1
        else:
            end = index + 1
        yield index, pattern[index:end]
        index = end


def _without_positive_lookbehinds(pattern: str) -> str:
    """The pattern with every (?<=...) removed: it then matches at least as much."""
    kept = []
    skip_until = 0
    for index, piece in _source_pieces(pattern):
        if index < skip_until:
            continue
        if pattern.startswith("(?<=", index):
            skip_until = _group_end(pattern, index)
            continue
        kept.append(piece)
    return "".join(kept)


def _group_end(pattern: str, start: int) -> int:
    """Index just after the group that opens at `start`."""
    depth = 0
    for index, piece in _source_pieces(pattern, start):
        if piece == "(":
            depth += 1
        elif piece == ")":
            depth -= 1
            if depth == 0:
                return index + 1
    return len(pattern)


def _date_alphabet(patterns: Sequence[str]) -> str:
    """A character class body of every character a rule can consume.

    A superset: every non-ASCII character the patterns name, printable ASCII,
    digits of any script and the letters `(?i)` equates with ASCII letters.
    """
    named = {character for character in set("".join(patterns)) if not character.isascii()}
    named |= set(_case_fold_table_text())
    return "\\d\\x21-\\x7e" + "".join(regex.escape(character) for character in sorted(named))


@lru_cache(maxsize=1)
def _case_fold_table_text() -> str:
    """Non-ASCII characters a case-insensitive ASCII letter matches (the regex module decides).

    Only the Basic Multilingual Plane is searched: no character beyond it
    case-folds to an ASCII letter.
    """
    every_character = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    return "".join(regex.findall(r"(?i)[a-z]", every_character))


@lru_cache(maxsize=1)
def _case_fold_table() -> dict[int, str]:
    """str.translate table mapping those characters to their ASCII letter (K -> k)."""
    table = {}
    for character in _case_fold_table_text():
        letter = next(
            letter for letter in "abcdefghijklmnopqrstuvwxyz" if regex.match(f"(?i){letter}", character)
        )
        table[ord(character)] = letter
    return table


def _compile_anchors(document: Mapping, placeholders: Mapping[str, str], alphabet: str, path):
    """Each anchor pattern with the reversed pattern stepping back its reach from it."""
    entries = document.get("anchors")
    require(
        isinstance(entries, list) and bool(entries), path, document, "'anchors' missing (a list of key words)"
    )
    anchors = []
    for entry in entries:
        patterns = entry.get("patterns") if isinstance(entry, dict) else None
        require(
            isinstance(patterns, list)
            and bool(patterns)
            and all(isinstance(item, str) and item for item in patterns),
            path,
            entry if isinstance(entry, dict) else entries,
            "each anchor needs 'patterns', a list of key words (regular expressions)",
        )
        reach = entry.get("reach")
        require(
            isinstance(reach, int) and not isinstance(reach, bool) and reach >= 0,
            path,
            entry,
            "anchor 'reach' must be a whole number of characters",
        )
        # Reversed: from an anchor back over at most `reach` characters a
        # date can consume (a run of spaces counts as one).
        step_back = regex.compile(f"(?r)(?:\\s+|[{alphabet}]){{0,{reach}}}")
        for pattern in patterns:
            try:
                compiled = regex.compile(_expand(pattern, placeholders, path, entry))
            except regex.error as error:
                require(False, path, entry, f"bad anchor pattern {pattern!r}: {error}")
            require(
                compiled.search("") is None, path, entry, f"anchor pattern {pattern!r} matches empty text"
            )
            # An anchor that cannot start with an ASCII character is not
            # searched for in ASCII-only text.
            needs_non_ascii = all(compiled.match(chr(code), partial=True) is None for code in range(128))
            anchors.append((compiled, step_back, needs_non_ascii))
    return tuple(anchors)


def _check_examples(rules_list: Sequence, rules: DateRules, path) -> None:
    """Each rule's `examples` must be found, whole, by that rule where dates are looked for."""
    for rule, rule_id in zip(rules_list, rules.rule_ids, strict=True):
        examples = rule.get("examples", [])
        require(
            isinstance(examples, list) and all(isinstance(example, str) for example in examples),
            path,
            rule,
            f"rule {rule_id!r}: 'examples' must be a list of texts",
        )
        for example in examples:
            found = [
                (match.start(), match.end(), rule_id) for match, rule_id in _rule_matches(example, rules)
            ]
            everywhere = [
                (match.start(), match.end(), rule_id)
                for match, rule_id in _matches_everywhere(example, rules)
            ]
            require(
                found == everywhere and f"{RULES_NAME}:{rule_id}" in {rule for _, _, rule in found},
                path,
                rule,
                f"rule {rule_id!r}: example {example!r} is not found by this rule near an anchor "
                f"(found {found}, trying every position finds {everywhere}); check the pattern, "
                "the rule order and `anchors`",
            )


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
        try:
            return _resolve_decade(groups)
        except ValueError:  # 0世纪: no such century
            raise _Unresolvable from None
    if (
        groups.get("relative_day")
        or groups.get("relative_month")
        or groups.get("relative_week")
        or groups.get("relative_quarter")
        or (groups.get("weekday") and not groups.get("month"))
    ):
        return _resolve_relative_to_day(found, rules, anchor)

    start_year, start_month, start_day, start_how = _side(found, "", rules, anchor, context_year)
    is_range = any(groups.get("end_" + part) for part in ("year", "relative_year", "month", "day"))
    year_borrowed = False  # the start took its year from the end (Nov-Feb 2017)
    if is_range:
        end_year, end_month, end_day, end_how = _side(found, "end_", rules, anchor, context_year)
        if start_year is None and end_year is not None:
            start_year, start_how = end_year, end_how
            year_borrowed = True
        if end_year is None:
            end_year, end_how = start_year, start_how
        if end_month is None and end_day is not None:
            end_month = start_month
        if start_month is None and start_day is not None:
            start_month = end_month  # 9 to 12 of June
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

    year_part = _leading_part(groups) or _lookup(rules, "year_part", groups.get("year_part"))
    month_part = _lookup(rules, "month_part", groups.get("month_part"))
    try:
        start, end, granularity = _span_dates(start_year, start_month, start_day, year_part, month_part)
        if is_range:
            _, end, _ = _span_dates(end_year, end_month, end_day, None, None)
            granularity = "period"
            if end < start and year_borrowed:
                # The range crosses New Year: it starts in the year before.
                start, _, _ = _span_dates(start_year - 1, start_month, start_day, None, None)
            if end < start:
                raise _Unresolvable
    except ValueError:
        raise _Unresolvable from None
    if resolution is None:
        resolution = "relative" if year_part else "doc_date"
    return start, end, granularity, resolution


def _leading_part(groups: Mapping[str, str]) -> tuple[int, int] | None:
    """(first month, last month) of 前三季度 / 前11个月 / 后三个月; None if no such count."""
    for name in LEADING_PART_GROUPS:
        if groups.get(name):
            count = chinese_number(groups[name].replace("两", "二"))
            if count is None:
                raise _Unresolvable
            months = count * 3 if name == "first_quarters" else count
            if not 1 <= months <= 12:
                raise _Unresolvable
            return (13 - months, 12) if name == "last_months" else (1, months)
    return None


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
    """今天 / last month / 下周六 / 本季度 / 周三: counted from the article's date.

    A weekday on its own is that day of the article's week (Monday to Sunday).
    """
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
        month_part = _lookup(rules, "month_part", groups.get("month_part"))
        start, end, granularity = _span_dates(year, month + 1, None, None, month_part)
        return start, end, granularity, "relative"
    if groups.get("relative_quarter"):
        offset = int(_lookup(rules, "relative_quarter", groups["relative_quarter"]))
        quarter_index = today.year * 4 + (today.month - 1) // 3 + offset
        year, quarter = divmod(quarter_index, 4)
        return date(year, quarter * 3 + 1, 1), _month_end(year, quarter * 3 + 3), "period", "relative"
    week_text = groups.get("relative_week")
    offset = int(_lookup(rules, "relative_week", week_text)) if week_text else 0
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
    weekday = _lookup(rules, "weekday", groups.get("weekday"))
    if weekday:
        point = monday + timedelta(days=int(weekday) - 1)
        return point, point, "day", "relative"
    return monday, monday + timedelta(days=6), "period", "relative"


# --------------------------------------------------------------------------- matching


def _anchors_by_text(texts: Sequence[str], rules: DateRules) -> list[_Anchors] | None:
    """Per text, its folded text and its anchors in order: (position, step-back pattern).

    The texts are searched joined by newlines (no anchor spans a newline),
    folded to lower case. None when folding changed the length (then offsets
    would not line up).
    """
    joined = "\n".join(texts)
    if any(chr(code) in joined for code in rules.case_fold):
        joined = joined.translate(rules.case_fold)
    folded = joined.lower()
    if len(folded) != len(joined):
        return None
    is_ascii = folded.isascii()
    found = [
        (match.start(), step_back)
        for anchor, step_back, needs_non_ascii in rules.anchors
        if not (is_ascii and needs_non_ascii)
        for match in anchor.finditer(folded)
    ]
    found.sort(key=lambda item: item[0])
    line_starts = []
    offset = 0
    for text in texts:
        line_starts.append(offset)
        offset += len(text) + 1
    by_text: list[list[tuple[int, regex.Pattern]]] = [[] for _ in texts]
    for position, step_back in found:
        index = bisect_right(line_starts, position) - 1
        by_text[index].append((position - line_starts[index], step_back))
    return [
        _Anchors(
            folded[line_starts[index] : line_starts[index] + len(text)] if by_text[index] else "",
            by_text[index],
        )
        for index, text in enumerate(texts)
    ]


@dataclass(frozen=True)
class _Anchors:
    """A text folded to lower case and its anchors: (position, step-back pattern)."""

    folded: str
    positions: list[tuple[int, regex.Pattern]]


def _match_at(
    text: str, folded: str | None, position: int, rules: DateRules
) -> tuple[regex.Match, str] | None:
    """(match, rule id) of the first rule matching at `position`, as the combined pattern would.

    Only the rules that can start with the character there are tried. The
    Chinese guard depends on that character alone, so the table has applied
    it already; the English guard is checked here, at a letter only where,
    in `folded`, a start word begins not inside a word (the quick test).
    """
    character = text[position]
    chinese, english = rules.rules_starting_with(character)
    single_rules = rules.single_rules
    for index in chinese:
        pattern, rule_id = single_rules[index]
        match = pattern.match(text, position)
        if match is not None:
            return match, rule_id
    if (
        english
        and (
            folded is None
            or not character.isalpha()
            or (
                folded.startswith(rules.start_words, position)
                and (position == 0 or not _is_ascii_word_character(text[position - 1]))
            )
        )
        and rules.guards[1].match(text, position) is not None
    ):
        for index in english:
            pattern, rule_id = single_rules[index]
            match = pattern.match(text, position)
            if match is not None:
                return match, rule_id
    return None


def _is_ascii_word_character(character: str) -> bool:
    """True for A-Z, a-z, 0-9 and _ (a word start cannot follow one)."""
    return character.isascii() and (character.isalnum() or character == "_")


def _matches_everywhere(text: str, rules: DateRules) -> Iterator[tuple[regex.Match, str]]:
    """The matches of the combined pattern on `text`, trying the rules at every position."""
    position = 0
    while position < len(text):
        found = _match_at(text, None, position, rules)
        if found is None:
            position += 1
            continue
        yield found
        position = max(found[0].end(), position + 1)


def _rule_matches(
    text: str, rules: DateRules, anchors: _Anchors | None = None
) -> Iterator[tuple[regex.Match, str]]:
    """The matches of the combined pattern on `text`, left to right, without overlaps.

    The same matches `rules.pattern.finditer(text)` gives, found by trying the
    rules only at the start positions near an anchor: every date contains
    an anchor and starts at most the anchor's reach before it.
    """
    if anchors is None:
        anchors = (_anchors_by_text([text], rules) or [None])[0]
        if anchors is None:  # folding changed the length: search everywhere
            yield from _matches_everywhere(text, rules)
            return
    folded = anchors.folded
    resume = 0  # no match may start before this (the end of the last match)
    tried = 0  # positions before this were already tried
    for anchor_start, step_back in anchors.positions:
        if anchor_start < resume or anchor_start < tried:
            continue
        window_start = max(step_back.match(text, 0, anchor_start).start(), resume, tried)
        tried = anchor_start + 1
        for start in rules.start_characters.finditer(text, window_start, anchor_start + 1):
            position = start.start()
            if position < resume:
                continue
            match = _match_at(text, folded, position, rules)
            if match is not None:
                yield match
                resume = match[0].end()
                if resume > anchor_start:
                    break


def _rule_id_of(match: regex.Match, rules: DateRules) -> str:
    """The id of the rule whose group matched, as reported on spans."""
    spans = match.regs
    for index, rule_id in _rule_groups(rules.pattern, rules.rule_ids):
        if spans[index][0] >= 0:
            return rule_id
    raise AssertionError("a match without a rule group")


def _named_groups(match: regex.Match) -> dict[str, str]:
    """The rules' named groups that took part in the match: name -> text."""
    spans = match.regs
    text = match.string
    return {
        name: text[spans[index][0] : spans[index][1]]
        for name, index in _value_groups(match.re)
        if spans[index][0] >= 0
    }


@lru_cache(maxsize=4)
def _rule_groups(pattern: regex.Pattern, rule_ids: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    """(group index, reported rule id) of every rule group, in rule order."""
    return tuple(
        (pattern.groupindex[f"{RULE_GROUP_PREFIX}{number}"], f"{RULES_NAME}:{rule_id}")
        for number, rule_id in enumerate(rule_ids)
    )


@lru_cache(maxsize=64)
def _value_groups(pattern: regex.Pattern) -> tuple[tuple[str, int], ...]:
    """(name, group index) of every named group that is not a rule group, in group order."""
    return tuple(
        sorted(
            (
                (name, index)
                for name, index in pattern.groupindex.items()
                if not name.startswith(RULE_GROUP_PREFIX)
            ),
            key=lambda item: item[1],
        )
    )


def _matches(line: LineContext, rules: DateRules, anchors: _Anchors | None = None) -> list[_Found]:
    """Every rule match on one line, in order, with its named groups."""
    found = []
    for match, rule_id in _rule_matches(line.norm_text, rules, anchors):
        groups = _named_groups(match)
        year_text = groups.get("year")
        explicit_year = _year_value(year_text) if year_text else None
        before = line.norm_text[max(0, match.start() - 16) : match.start()].rstrip().lower()
        is_target = before.endswith(rules.future_markers)
        found.append(
            _Found(
                line_no=line.line_no,
                start=match.start(),
                end=match.end(),
                rule_id=rule_id,
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


def find_spans(lines: Sequence[LineContext], document: DocumentContext, ruleset: RuleSet) -> list[Span]:
    """Date spans of an article's (non-boilerplate) lines, on their norm_text.

    `document.doc_date` anchors year-less and relative dates; without it the
    article year is inferred from the years the article states. Each span's
    fields: start_date, end_date (date or None), granularity, resolution.
    """
    rules = date_rules()
    anchors_by_line = _anchors_by_text([line.norm_text for line in lines], rules)
    if anchors_by_line is None:
        per_line = [(line, _matches(line, rules)) for line in lines]
    else:
        per_line = [
            (line, _matches(line, rules, anchors) if anchors.positions else [])
            for line, anchors in zip(lines, anchors_by_line, strict=True)
        ]
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
        or groups.get("century")
        or groups.get("decade")
        or (groups.get("relative_week") and not groups.get("weekday"))
        or groups.get("relative_quarter")
        or any(groups.get(name) for name in LEADING_PART_GROUPS)
    ):
        return "period"
    if groups.get("day") or groups.get("relative_day") or groups.get("weekday"):
        return "day"
    if groups.get("month") or groups.get("relative_month"):
        return "month"
    if groups.get("year_part") and _lookup(date_rules(), "year_part", groups["year_part"]) != [1, 12]:
        return "period"
    return "year"
