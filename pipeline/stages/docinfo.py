"""The article's own date and title, found in its text (the rule set's documents.yaml).

Both look only at article lines (not boilerplate) and return None when the
text does not state them: a guess would anchor every relative date wrongly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import regex

from pipeline.core.records import BoilerplateVerdict, NormalisedLine, article_lines
from pipeline.rules.schema import EXAMPLES, ListOf, Mapping, Number, Str, Where, check

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet


@dataclass(frozen=True)
class _NamedPattern:
    """One rule of documents.yaml: its id and compiled regex."""

    rule_id: str
    pattern: regex.Pattern


@dataclass(frozen=True)
class DocumentRules:
    """What `find_doc_date` and `find_title` need, compiled once per rule set (see `document_rules`)."""

    date_first_lines: int
    date_last_lines: int
    date_patterns: tuple[_NamedPattern, ...]
    title_first_lines: int
    title_max_chars: int
    sentence_endings: str
    not_title: tuple[_NamedPattern, ...]
    open_mark: str
    close_mark: str


def _needs_date_groups(entry: dict, where: Where) -> None:
    """A doc-date pattern must name the groups year, month and day."""
    try:
        groups = set(regex.compile(entry.get("regex", "")).groupindex)
    except regex.error:
        return  # reported by the `regex` field's own check
    if not {"year", "month", "day"} <= groups:
        raise where.at(entry, "regex", entry.key_lines.get("regex")).fail(
            f"doc_date pattern {entry.get('id')!r} needs named groups year, month and day"
        )


def _two_marks(title: dict, where: Where) -> None:
    marks = title.get("continued_until_closed")
    if marks is not None and len(marks) != 2:
        key_line = title.key_lines.get("continued_until_closed")
        raise where.at(title, "continued_until_closed", key_line).fail("takes two marks")


_PATTERN_FIELDS = {"id": Str(), "regex": Str(regex=True), "comment": Str(), "examples": EXAMPLES}
_LINES = Number(minimum=0, integer=True)
DOCUMENTS_SCHEMA = Mapping(
    {
        "doc_date": Mapping(
            {
                "search_first_lines": _LINES,
                "search_last_lines": _LINES,
                "patterns": ListOf(
                    Mapping(_PATTERN_FIELDS, required=("id", "regex"), check_whole=_needs_date_groups),
                    unique="id",
                ),
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


def _compile_patterns(entries: list) -> tuple[_NamedPattern, ...]:
    return tuple(_NamedPattern(str(entry["id"]), regex.compile(entry["regex"])) for entry in entries)


def document_rules(ruleset: RuleSet) -> DocumentRules:
    """The rules of the rule set's documents.yaml, validated and compiled.

    A builder for `ruleset.compiled(document_rules)`; raises RuleFileError
    (file:line: reason) when the file is malformed.
    """
    rules = ruleset.file("documents")
    check(rules, DOCUMENTS_SCHEMA, ruleset.path("documents"))
    dates, title = rules["doc_date"], rules["title"]
    marks = title.get("continued_until_closed", ["《", "》"])
    return DocumentRules(
        date_first_lines=int(dates.get("search_first_lines", 12)),
        date_last_lines=int(dates.get("search_last_lines", 12)),
        date_patterns=_compile_patterns(dates["patterns"]),
        title_first_lines=int(title.get("search_first_lines", 6)),
        title_max_chars=int(title.get("max_chars", 80)),
        sentence_endings=str(title.get("sentence_endings", "。!?")),
        not_title=_compile_patterns(title.get("not_title_patterns", [])),
        open_mark=str(marks[0]),
        close_mark=str(marks[1]),
    )


def find_doc_date(
    lines: Sequence[NormalisedLine], verdicts: Sequence[BoilerplateVerdict], ruleset: RuleSet
) -> date | None:
    """The date the article states as its own (notice date, dateline), or None."""
    found = find_doc_date_rule(lines, verdicts, ruleset)
    return found[0] if found is not None else None


def find_doc_date_rule(
    lines: Sequence[NormalisedLine], verdicts: Sequence[BoilerplateVerdict], ruleset: RuleSet
) -> tuple[date, str] | None:
    """`find_doc_date` with the id of the doc_date pattern that found the date."""
    rules = ruleset.compiled(document_rules)
    article = article_lines(lines, verdicts)
    head = article[: rules.date_first_lines]
    tail = article[-rules.date_last_lines :] if len(article) > rules.date_first_lines else []
    for named in rules.date_patterns:
        for line in [*head, *reversed(tail)]:
            match = named.pattern.search(line.norm_text)
            if match:
                try:
                    return date(int(match["year"]), int(match["month"]), int(match["day"])), named.rule_id
                except ValueError:
                    continue
    return None


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
