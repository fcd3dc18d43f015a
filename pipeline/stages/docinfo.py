"""The article's own date and title, found in its text (rules/documents.yaml).

Both look only at article lines (not boilerplate) and return None when the
text does not state them: a guess would anchor every relative date wrongly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from pipeline.core.records import BoilerplateVerdict, NormalisedLine
from pipeline.rules.loader import RuleFileError, load_rule_file, require, rule_path

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet


@dataclass(frozen=True)
class _NamedPattern:
    rule_id: str
    pattern: regex.Pattern


@dataclass(frozen=True)
class _DocumentRules:
    date_first_lines: int
    date_last_lines: int
    date_patterns: tuple[_NamedPattern, ...]
    title_first_lines: int
    title_max_chars: int
    sentence_endings: str
    not_title: tuple[_NamedPattern, ...]
    open_mark: str
    close_mark: str


def _compile_patterns(entries: object, name: str) -> tuple[_NamedPattern, ...]:
    path = rule_path("documents")
    require(isinstance(entries, list), path, entries, f"'{name}' must be a list of {{id, regex}}")
    compiled = []
    for entry in entries:
        require(
            isinstance(entry, dict) and "id" in entry and "regex" in entry,
            path,
            entry,
            "needs 'id' and 'regex'",
        )
        try:
            compiled.append(_NamedPattern(str(entry["id"]), regex.compile(entry["regex"])))
        except regex.error as error:
            raise RuleFileError(path, entry.line, f"bad regex in rule {entry['id']!r}: {error}") from None
    return tuple(compiled)


@lru_cache(maxsize=1)
def document_rules() -> _DocumentRules:
    """The rules of rules/documents.yaml, validated and compiled once."""
    rules = load_rule_file("documents")
    path = rule_path("documents")
    require(isinstance(rules, dict), path, rules, "expected a mapping with 'doc_date' and 'title'")
    dates, title = rules.get("doc_date"), rules.get("title")
    require(isinstance(dates, dict), path, rules, "'doc_date' must be a mapping")
    require(isinstance(title, dict), path, rules, "'title' must be a mapping")
    date_patterns = _compile_patterns(dates.get("patterns"), "doc_date.patterns")
    for named in date_patterns:
        require(
            {"year", "month", "day"} <= set(named.pattern.groupindex),
            path,
            dates.get("patterns"),
            f"doc_date pattern {named.rule_id!r} needs named groups year, month and day",
        )
    marks = title.get("continued_until_closed", ["《", "》"])
    require(
        isinstance(marks, list) and len(marks) == 2, path, title, "'continued_until_closed' takes two marks"
    )
    return _DocumentRules(
        date_first_lines=int(dates.get("search_first_lines", 12)),
        date_last_lines=int(dates.get("search_last_lines", 12)),
        date_patterns=date_patterns,
        title_first_lines=int(title.get("search_first_lines", 6)),
        title_max_chars=int(title.get("max_chars", 80)),
        sentence_endings=str(title.get("sentence_endings", "。!?")),
        not_title=_compile_patterns(title.get("not_title_patterns", []), "title.not_title_patterns"),
        open_mark=str(marks[0]),
        close_mark=str(marks[1]),
    )


def _article_lines(
    lines: Sequence[NormalisedLine], verdicts: Sequence[BoilerplateVerdict]
) -> list[NormalisedLine]:
    return [
        line
        for line, verdict in zip(lines, verdicts, strict=True)
        if line.norm_text.strip() and not verdict.is_boilerplate
    ]


def find_doc_date(
    lines: Sequence[NormalisedLine], verdicts: Sequence[BoilerplateVerdict], ruleset: RuleSet
) -> date | None:
    """The date the article states as its own (notice date, dateline), or None."""
    rules = document_rules()
    article = _article_lines(lines, verdicts)
    head = article[: rules.date_first_lines]
    tail = article[-rules.date_last_lines :] if len(article) > rules.date_first_lines else []
    for named in rules.date_patterns:
        for line in [*head, *reversed(tail)]:
            match = named.pattern.search(line.norm_text)
            if match:
                try:
                    return date(int(match["year"]), int(match["month"]), int(match["day"]))
                except ValueError:
                    continue
    return None


def find_title(
    lines: Sequence[NormalisedLine], verdicts: Sequence[BoilerplateVerdict], ruleset: RuleSet
) -> str | None:
    """The article's title (normalised text) when its first lines give one."""
    rules = document_rules()
    article = _article_lines(lines, verdicts)
    for index, line in enumerate(article[: rules.title_first_lines]):
        text = line.norm_text.strip()
        if any(named.pattern.search(text) for named in rules.not_title):
            continue
        if len(text) > rules.title_max_chars or text[-1] in rules.sentence_endings:
            return None  # the first paragraph came before any title line
        return _continue_title(text, article[index + 1 : index + 4], rules)
    return None


def _continue_title(text: str, following: Sequence[NormalisedLine], rules: _DocumentRules) -> str:
    """Join following lines while an opening 《 is still unclosed."""
    for line in following:
        if text.count(rules.open_mark) <= text.count(rules.close_mark):
            break
        text += line.norm_text.strip()
    return text
