"""Cross-document conflicts: the same quantity reported with different values.

Two figures from different documents are taken to report the same quantity
when they share the unit (and, for counts, the counter) and their SUBJECT
WORDS agree: the content words of the clause before the number (for Chinese
counts also the counted noun after it), with the same head word and enough
words in common. The rule and its word lists are data in
`rules/conflicts.yaml`, which explains them in full.

    find_conflicts(output) -> [Conflict]      # pairs, most similar first
    conflicts_frame(conflicts) -> DataFrame   # one row per pair, a_* and b_* columns
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Any

from pipeline.core.wording import counted
from pipeline.rules import schema
from pipeline.rules.ruleset import RuleSet, default_ruleset

if TYPE_CHECKING:
    import pandas as pd

    from pipeline.read.output import Output

RULE_FILE = "conflicts"
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
# Tokens that are only digits, Chinese numerals, signs or punctuation carry no subject.
_NUMBER_OR_PUNCTUATION = re.compile(r"^[\W\d_一二三四五六七八九十百千万亿两零〇几]+$")


@dataclass(frozen=True)
class ConflictRules:
    """The matching settings read from `rules/conflicts.yaml`."""

    clause_breaks: frozenset[str]
    min_shared_words: int
    min_overlap: float
    stop_words: frozenset[str]
    synonyms: Mapping[str, str]  # variant -> canonical word
    target_words_zh: tuple[str, ...] = ()
    target_words_en: frozenset[str] = frozenset()
    scope_words: frozenset[str] = frozenset()
    place_suffixes: tuple[str, ...] = ()
    not_places: frozenset[str] = frozenset()
    approx_tolerance: float = 0.05
    max_pairs_per_figure: int = 3
    max_pairs: int = 500
    require_shared_name: bool = True
    name_tables: tuple[str, ...] = ("projects", "organisations")


def _check_synonyms(synonym_lists: dict, where: schema.Where) -> None:
    seen: set[str] = set()
    for variants in synonym_lists.values():
        for variant in variants:
            if str(variant).lower() in seen:
                raise where.at(synonym_lists, "synonyms").fail(f"{variant!r} is listed under two synonyms")
            seen.add(str(variant).lower())


def _mention_tables(_ruleset: RuleSet) -> tuple[str, ...]:
    """The tables of mentions (`organisations`, `projects`, ...), those `name_tables` may name."""
    from pipeline.core.entity import REGISTRY

    return REGISTRY.tables()


# What a setting names, declared once (see `pipeline.rules.schema.Ref`).
MENTION_TABLE = schema.Names("table of mentions", _mention_tables)

# `on`, `no`, `yes` must be quoted: YAML reads them as true/false.
SCHEMA = schema.Mapping(
    {
        "clause_breaks": schema.Str(),
        "min_shared_words": schema.Number(minimum=1, integer=True),
        "min_overlap": schema.Number(minimum=0.01, maximum=1),
        "stop_words": schema.Mapping({}, extra=schema.ListOf(schema.Str())),
        "synonyms": schema.Mapping({}, extra=schema.ListOf(schema.Str())),
        "target_words": schema.Mapping({}, extra=schema.ListOf(schema.Str())),
        "scope_words": schema.ListOf(schema.Str()),
        "place_suffixes": schema.ListOf(schema.Str()),
        "not_places": schema.ListOf(schema.Str()),
        "approx_tolerance": schema.Number(minimum=0, maximum=1),
        "max_pairs_per_figure": schema.Number(minimum=1, integer=True),
        "max_pairs": schema.Number(minimum=1, integer=True),
        "require_shared_name": schema.Bool(),
        "name_tables": schema.ListOf(schema.Ref(MENTION_TABLE)),
    },
    required=("clause_breaks",),
    check_whole=lambda data, where: _check_synonyms(data.get("synonyms", {}), where),
)


def compile_conflict_rules(ruleset: RuleSet) -> ConflictRules:
    """Validate and read `conflicts.yaml` of a rule set (use `ruleset.compiled(compile_conflict_rules)`)."""
    data = ruleset.file(RULE_FILE)
    schema.check(data, SCHEMA, ruleset.path(RULE_FILE), ruleset)
    stop_words = {str(word).lower() for words in data.get("stop_words", {}).values() for word in words}
    synonyms = {
        str(variant).lower(): str(canonical).lower()
        for canonical, variants in data.get("synonyms", {}).items()
        for variant in variants
    }
    targets = data.get("target_words", {})
    return ConflictRules(
        clause_breaks=frozenset(data["clause_breaks"]),
        min_shared_words=data.get("min_shared_words", 2),
        min_overlap=float(data.get("min_overlap", 0.5)),
        stop_words=frozenset(stop_words),
        synonyms=synonyms,
        target_words_zh=tuple(str(word) for word in targets.get("zh", [])),
        target_words_en=frozenset(str(word).lower() for word in targets.get("en", [])),
        scope_words=frozenset(str(word).lower() for word in data.get("scope_words", [])),
        place_suffixes=tuple(str(word) for word in data.get("place_suffixes", [])),
        not_places=frozenset(str(word) for word in data.get("not_places", [])),
        approx_tolerance=float(data.get("approx_tolerance", 0.05)),
        max_pairs_per_figure=int(data.get("max_pairs_per_figure", 3)),
        max_pairs=int(data.get("max_pairs", 500)),
        require_shared_name=bool(data.get("require_shared_name", True)),
        name_tables=tuple(str(name) for name in data.get("name_tables", ["projects", "organisations"])),
    )


def conflict_rules(ruleset: RuleSet | None = None) -> ConflictRules:
    """The conflict settings of `ruleset` (default: the project's rules), built once per rule set."""
    return (ruleset or default_ruleset()).compiled(compile_conflict_rules)


@lru_cache(maxsize=1)
def _segmenter():
    """A private jieba tokenizer (its dictionary loads once, on first use)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba.Tokenizer()


def words_of(text: str, rules: ConflictRules | None = None) -> list[str]:
    """Content words of `text` in order, each once: segmented, lower-cased,
    stop words, numbers and punctuation dropped, synonyms mapped to their
    canonical word.
    """
    rules = rules or conflict_rules()
    tokens = _segmenter().lcut(text) if _HAN.search(text) else _LATIN_WORD.findall(text)
    words: dict[str, None] = {}
    for token in tokens:
        word = token.strip().lower()
        if not word or _NUMBER_OR_PUNCTUATION.match(word) or word in rules.stop_words:
            continue
        words.setdefault(rules.synonyms.get(word, word), None)
    return list(words)


def heads_agree(first: str | None, second: str | None) -> bool:
    """True when two head words are equal or one ends with the other.

    Chinese compounds put their head last, so 医药企业 is a kind of 企业.
    """
    if not first or not second:
        return False
    return first == second or first.endswith(second) or second.endswith(first)


@dataclass(frozen=True)
class Subject:
    """What a figure is a figure of: its head word, all its subject words, whether it is a target."""

    head: str | None
    words: frozenset[str]
    target: bool = False


def is_target(clause: str, rules: ConflictRules) -> bool:
    """True when the clause before a figure states a plan, goal or forecast (`target_words`)."""
    if _HAN.search(clause) and any(word in clause for word in rules.target_words_zh):
        return True
    return any(word.lower() in rules.target_words_en for word in _LATIN_WORD.findall(clause))


def places_of(subject: Subject, rules: ConflictRules) -> frozenset[str]:
    """The subject words that name a place or a scope (全国, 昌平区, national ...)."""
    return frozenset(
        word
        for word in subject.words
        if word in rules.scope_words
        or (word not in rules.not_places and len(word) > 1 and word.endswith(rules.place_suffixes))
    )


def clause_before(norm_line: str, start: int, floor: int, breaks: frozenset[str]) -> str:
    """The text from the last clause break (or `floor`) up to `start`."""
    position = start
    while position > floor and norm_line[position - 1] not in breaks:
        position -= 1
    return norm_line[position:start]


def clause_after(norm_line: str, end: int, ceiling: int, breaks: frozenset[str]) -> str:
    """The text from `end` up to the next clause break (or `ceiling`)."""
    position = end
    while position < ceiling and norm_line[position] not in breaks:
        position += 1
    return norm_line[end:position]


def figure_subject(
    norm_line: str,
    span: tuple[int, int],
    unit: str | None,
    lang: str,
    neighbours: tuple[int, int],
    rules: ConflictRules | None = None,
    span_text: str = "",
) -> Subject:
    """The subject of a figure at `span` of `norm_line` (see the module doc).

    `neighbours` = (end of the previous figure on the line, start of the next
    one), so a window never reaches into another figure.
    """
    rules = rules or conflict_rules()
    before_text = clause_before(norm_line, span[0], neighbours[0], rules.clause_breaks)
    after_text = ""
    if unit == "count":
        if _HAN.search(span_text):
            after_text = clause_after(norm_line, span[1], neighbours[1], rules.clause_breaks)
        else:
            after_text = span_text  # English counts hold their noun: "77 synthetic biology enterprises"
    head_words = words_of(after_text, rules) or words_of(before_text, rules)
    words = set(words_of(before_text, rules)) | set(words_of(after_text, rules))
    return Subject(head_words[-1] if head_words else None, frozenset(words), is_target(before_text, rules))


def subjects_match(first: Subject, second: Subject, rules: ConflictRules | None = None) -> float | None:
    """Overlap score (shared / smaller subject) when two subjects match, else None.

    They match when their heads agree (`heads_agree`) and they share at least
    `min_shared_words` words covering at least `min_overlap` of the smaller.
    """
    rules = rules or conflict_rules()
    if not heads_agree(first.head, second.head):
        return None
    shared = first.words & second.words
    if len(shared) < rules.min_shared_words:
        return None
    score = len(shared) / min(len(first.words), len(second.words))
    return score if score >= rules.min_overlap else None


@dataclass(frozen=True)
class FigureSide:
    """One figure of a conflict, with its provenance."""

    mention_id: str
    doc_id: str
    source_path: str
    line_no: int
    start: int
    end: int
    raw_text: str
    value: float | None
    value_low: float | None
    value_high: float | None
    qualifier: str | None
    subject: Subject
    period: tuple[str, str] | None = None  # (start, end) ISO dates of the period it is stated for
    norm_text: str = ""
    names: frozenset[str] = frozenset()  # project and organisation names before it on its line


@dataclass(frozen=True)
class Conflict:
    """Two figures that report the same quantity with different values."""

    unit: str
    counter: str | None
    shared_words: tuple[str, ...]
    score: float
    first: FigureSide
    second: FigureSide


def values_differ(first: FigureSide, second: FigureSide) -> bool:
    """True when value, value_low or value_high differ (nulls compared as nulls)."""
    for left, right in (
        (first.value, second.value),
        (first.value_low, second.value_low),
        (first.value_high, second.value_high),
    ):
        if (left is None) != (right is None):
            return True
        if left is not None and not math.isclose(left, right, rel_tol=1e-9, abs_tol=1e-12):
            return True
    return False


_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def interval(side: FigureSide, rules: ConflictRules) -> tuple[float, float]:
    """The values a figure stands for, given its written precision and qualifier (see conflicts.yaml)."""
    low = side.value if side.value is not None else side.value_low
    high = side.value if side.value is not None else side.value_high
    low = -math.inf if low is None else low
    high = math.inf if high is None else high
    half_step = 0.0
    match = _NUMBER.search(side.norm_text or side.raw_text)
    if match is not None:
        written = float(match.group(0).replace(",", ""))
        decimals = len(match.group(1) or "")
        reference = side.value if side.value is not None else side.value_low
        if written and reference is not None:
            half_step = abs(0.5 * 10.0**-decimals * reference / written)
    low, high = low - half_step, high + half_step
    qualifier = side.qualifier or ""
    if qualifier == "approx":
        for value in (side.value, side.value_low, side.value_high):
            if value is not None:
                widen = abs(value) * rules.approx_tolerance
                low, high = min(low, value - widen), max(high, value + widen)
    elif qualifier in ("more_than", "at_least"):
        high = math.inf
    elif qualifier in ("less_than", "at_most"):
        low = -math.inf
    return low, high


def outside_precision(first: FigureSide, second: FigureSide, rules: ConflictRules) -> bool:
    """True when the two figures' intervals do not overlap: their values truly disagree."""
    low_a, high_a = interval(first, rules)
    low_b, high_b = interval(second, rules)
    return high_a < low_b or high_b < low_a


def like_with_like(first: FigureSide, second: FigureSide, rules: ConflictRules) -> bool:
    """Same kind of statement (target or not), same places, same period (see conflicts.yaml)."""
    if first.subject.target != second.subject.target:
        return False
    if places_of(first.subject, rules) != places_of(second.subject, rules):
        return False
    if rules.require_shared_name and not first.names & second.names:
        return False
    return first.period == second.period


def _separation(conflict: Conflict) -> float:
    """How far apart two values are, relative to the larger (0..1), for ranking."""
    first = conflict.first.value if conflict.first.value is not None else conflict.first.value_low
    second = conflict.second.value if conflict.second.value is not None else conflict.second.value_low
    if first is None or second is None or not (first or second):
        return 0.0
    return abs(first - second) / max(abs(first), abs(second))


class ConflictList(list):
    """Conflicts, ranked and capped; `total` is how many pairs there were before the cap."""

    total: int = 0

    def __init__(self, items: Iterable[Conflict] = (), total: int = 0):
        super().__init__(items)
        self.total = total

    def __eq__(self, other: object) -> bool:
        return list.__eq__(self, other)

    __hash__ = None  # type: ignore[assignment]


def find_conflicts(output: Output, limit: int | None = None) -> ConflictList:
    """The conflicting pairs of figures in an output, best first, at most `limit` (default: `max_pairs`).

    `.total` of the result counts every pair found before the cap.
    """
    figures = output.figures
    if figures.empty:
        return ConflictList()
    documents = output.documents.set_index("doc_id")["source_path"].to_dict()
    periods = _periods(output)
    names = _names_by_line(output, conflict_rules().name_tables)
    rows = [_clean(row) for row in figures.to_dict("records")]
    lines = output.lines_at({(row["doc_id"], int(row["line_no"])) for row in rows}, ["norm_text", "raw_text"])
    norm_lines = {key: line["norm_text"] for key, line in lines.items()}
    raw_lines = {key: line["raw_text"] for key, line in lines.items()}
    sides = figure_sides(rows, norm_lines, raw_lines, documents, periods, names)
    return match_sides(sides, limit=limit)


def _periods(output: Output) -> dict[Any, Any]:
    """Where the period of a figure comes from: date mentions by line, and each document's own date.

    Keys `(doc_id, line_no)` hold [(start, (start_date, end_date))] sorted by
    start; key `doc_id` holds the year of the document's date as a period.
    """
    periods: dict[Any, Any] = defaultdict(list)
    dates = output.dates
    if not dates.empty:
        for row in dates[["doc_id", "line_no", "start", "start_date", "end_date"]].to_dict("records"):
            row = _clean(row)
            if row["start_date"] is None:
                continue
            periods[(row["doc_id"], int(row["line_no"]))].append(
                (int(row["start"]), (str(row["start_date"])[:10], str(row["end_date"])[:10]))
            )
    for key in list(periods):
        periods[key].sort()
    documents = output.documents
    for doc_id, doc_date in zip(documents["doc_id"], documents["doc_date"], strict=True):
        if doc_date is not None and not (isinstance(doc_date, float) and math.isnan(doc_date)):
            year = str(doc_date)[:4]
            if year.isdigit():
                periods[doc_id] = (f"{year}-01-01", f"{year}-12-31")
    return periods


def _names_by_line(output: Output, tables: Sequence[str]) -> dict[tuple[str, int], list[tuple[int, str]]]:
    """(doc_id, line_no) -> [(start, name)] of the named mentions (projects, organisations) of each line."""
    from pipeline.store.schemas import table_names

    names: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
    for table in tables:
        if table not in table_names():
            continue
        frame = getattr(output, table)
        if frame.empty:
            continue
        for doc_id, line_no, start, text in zip(
            frame["doc_id"], frame["line_no"], frame["start"], frame["norm_text"], strict=True
        ):
            names[(doc_id, int(line_no))].append((int(start), str(text)))
    return names


def _names_of(
    row: Mapping[str, Any], names: Mapping[tuple[str, int], list[tuple[int, str]]]
) -> frozenset[str]:
    on_line = names.get((row["doc_id"], int(row["line_no"])), ())
    return frozenset(name for start, name in on_line if start < row["start"])


def _period_of(row: Mapping[str, Any], periods: Mapping[Any, Any]) -> tuple[str, str] | None:
    before = [
        period
        for start, period in periods.get((row["doc_id"], int(row["line_no"])), ())
        if start < row["start"]
    ]
    if before:
        return before[-1]
    return periods.get(row["doc_id"])


def figure_sides(
    rows: Sequence[Mapping[str, Any]],
    norm_lines: Mapping[tuple[str, int], str],
    raw_lines: Mapping[tuple[str, int], str],
    documents: Mapping[str, str],
    periods: Mapping[Any, Any] | None = None,
    names: Mapping[tuple[str, int], list[tuple[int, str]]] | None = None,
) -> list[tuple[str, str | None, FigureSide]]:
    """(unit, counter, side) for every figure row, its subject computed."""
    from pipeline.read.audit import normalised_span

    rules = conflict_rules()
    spans: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    located = []
    for row in rows:
        key = (row["doc_id"], int(row["line_no"]))
        line = {"norm_text": norm_lines.get(key, ""), "raw_text": raw_lines.get(key, "")}
        span = normalised_span(line, row)
        if span is None:
            continue
        spans[key].append(span)
        located.append((row, key, span))
    sides = []
    for row, key, span in located:
        others = spans[key]
        previous_end = max((end for start, end in others if end <= span[0]), default=0)
        norm_line = norm_lines[key]
        next_start = min((start for start, end in others if start >= span[1]), default=len(norm_line))
        subject = figure_subject(
            norm_line,
            span,
            row.get("unit"),
            row.get("lang", ""),
            (previous_end, next_start),
            rules,
            span_text=row["norm_text"],
        )
        side = FigureSide(
            mention_id=row["mention_id"],
            doc_id=row["doc_id"],
            source_path=documents.get(row["doc_id"], ""),
            line_no=int(row["line_no"]),
            start=int(row["start"]),
            end=int(row["end"]),
            raw_text=row["raw_text"],
            value=row.get("value"),
            value_low=row.get("value_low"),
            value_high=row.get("value_high"),
            qualifier=row.get("qualifier"),
            subject=subject,
            period=_period_of(row, periods or {}),
            norm_text=row.get("norm_text") or "",
            names=_names_of(row, names or {}),
        )
        counter = row.get("counter") if row.get("unit") == "count" else None
        sides.append((row.get("unit") or "", counter.lower() if counter else None, side))
    return sides


def match_sides(
    sides: Iterable[tuple[str, str | None, FigureSide]], limit: int | None = None
) -> ConflictList:
    """Pair up figures of the same unit/counter whose subjects match, like with like, values apart.

    Figures are bucketed by unit, counter and the last character of their
    head word (heads that agree share it), so only plausible pairs are
    compared. The pairs are ranked (subject overlap, then how far apart the
    values are), each figure keeps its best `max_pairs_per_figure`, and at
    most `limit` (default `max_pairs`) are returned.
    """
    rules = conflict_rules()
    groups: dict[tuple[str, str | None, str], list[FigureSide]] = defaultdict(list)
    for unit, counter, side in sides:
        if side.subject.head is not None:
            groups[(unit, counter, side.subject.head[-1])].append(side)
    conflicts = []
    for (unit, counter, _), members in groups.items():
        members.sort(key=lambda side: (side.source_path, side.line_no, side.start))
        for first, second in combinations(members, 2):
            if first.doc_id == second.doc_id or not values_differ(first, second):
                continue
            score = subjects_match(first.subject, second.subject, rules)
            if score is None or not like_with_like(first, second, rules):
                continue
            if not outside_precision(first, second, rules):
                continue
            shared = tuple(sorted(first.subject.words & second.subject.words))
            conflicts.append(Conflict(unit, counter, shared, score, first, second))
    conflicts.sort(
        key=lambda conflict: (
            -conflict.score,
            -_separation(conflict),
            conflict.unit,
            conflict.first.source_path,
            conflict.first.line_no,
            conflict.second.source_path,
            conflict.second.line_no,
        )
    )
    cap = rules.max_pairs if limit is None else limit
    taken: dict[str, int] = defaultdict(int)
    kept = []
    for conflict in conflicts:
        first, second = conflict.first.mention_id, conflict.second.mention_id
        if taken[first] >= rules.max_pairs_per_figure or taken[second] >= rules.max_pairs_per_figure:
            continue
        taken[first] += 1
        taken[second] += 1
        kept.append(conflict)
    return ConflictList(kept[:cap], total=len(conflicts))


CONFLICT_SIDE_COLUMNS = (
    "mention_id",
    "doc_id",
    "source_path",
    "line_no",
    "start",
    "end",
    "raw_text",
    "value",
    "value_low",
    "value_high",
    "qualifier",
)


def conflicts_frame(conflicts: Sequence[Conflict]) -> pd.DataFrame:
    """One row per conflict: unit, counter, subject, score, then a_* and b_* provenance."""
    import pandas as pd

    records = []
    for conflict in conflicts:
        record: dict[str, Any] = {
            "unit": conflict.unit,
            "counter": conflict.counter,
            "subject": " ".join(conflict.shared_words),
            "score": round(conflict.score, 3),
        }
        for prefix, side in (("a", conflict.first), ("b", conflict.second)):
            for column in CONFLICT_SIDE_COLUMNS:
                record[f"{prefix}_{column}"] = getattr(side, column)
            record[f"{prefix}_subject"] = " ".join(sorted(side.subject.words))
        records.append(record)
    columns = ["unit", "counter", "subject", "score"] + [
        f"{prefix}_{column}" for prefix in ("a", "b") for column in (*CONFLICT_SIDE_COLUMNS, "subject")
    ]
    return pd.DataFrame.from_records(records, columns=columns)


def format_conflicts(conflicts: Sequence[Conflict]) -> str:
    """Conflicts as text: the quantity, then each side's value and provenance."""
    from pipeline.read.audit import format_value

    if not conflicts:
        return "no conflicting figures across documents"
    blocks = []
    for conflict in conflicts:
        unit = conflict.unit + (f" ({conflict.counter})" if conflict.counter else "")
        header = f"{unit} · {' '.join(conflict.shared_words)} · score {conflict.score:.2f}"
        sides = [
            f"  {value_text(side, format_value):>16}  {side.raw_text}  "
            f"{side.source_path}:{side.line_no}  [{side.mention_id}]"
            for side in (conflict.first, conflict.second)
        ]
        blocks.append("\n".join([header, *sides]))
    return "\n\n".join(blocks) + f"\n\n{counted(len(conflicts), 'conflict')}"


def value_text(side: FigureSide, format_value) -> str:
    if side.value is not None:
        return format_value(side.value)
    low = format_value(side.value_low) if side.value_low is not None else "?"
    high = format_value(side.value_high) if side.value_high is not None else "?"
    return f"{low}–{high}"


def _clean(row: Mapping[str, Any]) -> dict[str, Any]:
    """A table row with pandas' missing values (NaN, NA) turned into None."""
    cleaned = {}
    for name, value in row.items():
        missing = value is None or (isinstance(value, float) and math.isnan(value))
        cleaned[name] = None if missing or type(value).__name__ in {"NAType", "NaTType"} else value
    return cleaned
