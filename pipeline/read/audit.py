"""Auditing: trace one mention to its source, or check every mention of an output.

`audit_mention(output, id_prefix)` gathers what an auditor needs about one
mention: its document and source file, the raw and normalised line, the
parsed fields, the rule that fired (file and line in `rules/`) and whether the
source on disk still has the recorded sha256. `format_audit` prints it, with
the span in colour or between `[[` and `]]`.

`verify_output(output)` checks every mention: is its source file unchanged,
and does `line[start:end] == raw_text` still hold — against the stored line
and, when the file changed, against the file as it is now.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.core.wording import counted
from pipeline.rules.loader import rules_dir
from pipeline.store.schemas import COMMON_MENTION_COLUMNS, mention_tables

if TYPE_CHECKING:
    from pipeline.read.output import Output

VERIFIED = "verified"
CHANGED = "changed"
MISSING = "missing"

# Boilerplate verdicts name their rule "marker:<id>" or "structure:<name>";
# both live in rules/boilerplate.yaml.
BOILERPLATE_RULE_KINDS = {"marker": "boilerplate", "structure": "boilerplate"}
OPEN_MARK, CLOSE_MARK = "[[", "]]"


class MentionLookupError(LookupError):
    """No mention, or more than one, has the given id prefix."""


# --- finding things -------------------------------------------------------------------------


def find_mention(output: Output, id_prefix: str) -> tuple[str, dict[str, Any]]:
    """(table, row) of the one mention whose id starts with `id_prefix`.

    Raises MentionLookupError when no mention or several mentions match.
    """
    prefix = id_prefix.strip().lower()
    if not prefix or not re.fullmatch(r"[0-9a-f]+", prefix):
        raise MentionLookupError(f"{id_prefix!r} is not a mention id (ids are hexadecimal, e.g. 7b9816b5)")
    matches: list[tuple[str, dict[str, Any]]] = []
    for table in mention_tables():
        frame = getattr(output, table)
        hits = frame[frame["mention_id"].str.startswith(prefix)]
        matches.extend((table, row) for row in hits.to_dict("records"))
        if len(matches) > 5:
            break
    if not matches:
        raise MentionLookupError(f"no mention id starts with {prefix!r} in {output.out_dir}")
    if len(matches) > 1:
        shown = ", ".join(f"{row['mention_id']} ({table})" for table, row in matches[:5])
        raise MentionLookupError(f"{prefix!r} is ambiguous: {shown}; give more characters")
    return matches[0]


def resolve_source(source_path: str, out_dir: Path, other_paths: list[str] | None = None) -> Path | None:
    """The file a recorded source path refers to now, or None when none exists.

    A relative path is tried against the working directory, then against the
    folder holding the output directory (where `provex run` is usually run);
    recorded duplicate paths of the same bytes are tried after the main one.
    """
    for recorded in [source_path, *(other_paths or [])]:
        path = Path(recorded)
        candidates = (
            [path] if path.is_absolute() else [Path.cwd() / path, Path(out_dir).resolve().parent / path]
        )
        for candidate in candidates:
            if candidate.is_file():
                return candidate
    return None


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class SourceCheck:
    """Whether the source file on disk still has the recorded sha256."""

    status: str  # VERIFIED, CHANGED or MISSING
    path: Path | None = None
    sha256: str | None = None  # the file's (or record's) hash now (None when missing)
    record: str | None = None  # the record checked inside a container file


def check_source(document: Mapping[str, Any], out_dir: Path) -> SourceCheck:
    """Compare the source file of a `documents` row (or its record in a container) with its sha256.

    A document inside a container (`record` not null) is checked by
    re-reading exactly that record (the JSON Lines line, the WARC record at
    its offset) and hashing its content; a copy recorded in
    `duplicate_paths` as `container#record` verifies it too.
    """
    record = document.get("record")
    if _is_null(record):
        path = resolve_source(document["source_path"], out_dir, _as_list(document.get("duplicate_paths")))
        if path is None:
            return SourceCheck(MISSING)
        current = file_sha256(path)
        return SourceCheck(VERIFIED if current == document["sha256"] else CHANGED, path, current)
    from pipeline.stages.containers import record_content
    from pipeline.stages.ingest import record_address

    locations = [(document["source_path"], str(record))]
    for other in _as_list(document.get("duplicate_paths")):
        container, other_record = record_address(other)
        if other_record is not None:
            locations.append((container, other_record))
    first: SourceCheck | None = None
    for recorded, address in locations:
        path = resolve_source(recorded, out_dir)
        if path is None:
            continue
        content = record_content(path, address)
        current = None if content is None else hashlib.sha256(content).hexdigest()
        if current == document["sha256"]:
            return SourceCheck(VERIFIED, path, current, address)
        first = first or SourceCheck(CHANGED, path, current, address)
    return first or SourceCheck(MISSING)


def source_lines(check: SourceCheck) -> tuple[str, ...]:
    """The lines of a checked source as a run reads them now (empty when it no longer reads)."""
    from pipeline.stages.ingest import IngestError, read_source

    try:
        if check.record is None:
            return read_source(check.path).lines
        from pipeline.stages.containers import read_record

        return read_record(check.path, check.record).lines
    except IngestError:
        return ()


@dataclass(frozen=True)
class RuleLocation:
    """Where a rule lives: its file in `rules/` and the line of its `id`."""

    rule_id: str
    path: Path
    line: int | None  # None when the file or the id is not found

    def describe(self) -> str:
        """`rules/figures.yaml:60`, or a note when the rule cannot be found."""
        shown = _display_path(self.path)
        if not self.path.is_file():
            return f"{shown} (file not found)"
        if self.line is None:
            return f"{shown} (id {self.rule_id.partition(':')[2]!r} not found; the rules changed?)"
        return f"{shown}:{self.line}"


def locate_rule(rule_id: str, directory: Path | None = None) -> RuleLocation:
    """Find the line of rule `<file stem>:<id>` in `rules/<file stem>.yaml`.

    Looks for `id: <id>` (block or flow style), then for a `<id>:` key (the
    boilerplate `structure` rules are keyed by name).
    """
    stem, _, rule_key = rule_id.partition(":")
    stem = BOILERPLATE_RULE_KINDS.get(stem, stem)
    path = (directory or rules_dir()) / f"{stem}.yaml"
    if not rule_key or not path.is_file():
        return RuleLocation(rule_id, path, None)
    key = re.escape(rule_key)
    patterns = (
        re.compile(rf"""\bid:\s*["']?{key}["']?\s*(?:[,}}]|$)"""),
        re.compile(rf"""^\s*["']?{key}["']?\s*:"""),
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    code_lines = [text.split("#", 1)[0] for text in lines]  # comments may mention other rules
    for pattern in patterns:
        for number, code in enumerate(code_lines, start=1):
            if pattern.search(code):
                return RuleLocation(rule_id, path, number)
    return RuleLocation(rule_id, path, None)


# --- one mention ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRecord:
    """What an auditor needs to know about one mention."""

    table: str
    mention: dict[str, Any]
    document: dict[str, Any]
    line: dict[str, Any]
    rule: RuleLocation
    source: SourceCheck
    norm_span: tuple[int, int] | None = None  # the mention on the normalised line

    @property
    def mention_id(self) -> str:
        """The mention's full id."""
        return self.mention["mention_id"]

    @property
    def fields(self) -> dict[str, Any]:
        """The table's own columns (value, unit, dates, name, ...), nulls dropped."""
        return {
            name: value
            for name, value in self.mention.items()
            if name not in COMMON_MENTION_COLUMNS and not _is_null(value)
        }

    @property
    def round_trips(self) -> bool:
        """True when the stored line still yields the mention's raw_text at start:end."""
        raw_line = self.line.get("raw_text") or ""
        return raw_line[self.mention["start"] : self.mention["end"]] == self.mention["raw_text"]

    @property
    def ok(self) -> bool:
        """True when the source is unchanged and the span round-trips."""
        return self.source.status == VERIFIED and self.round_trips

    def __str__(self) -> str:
        """The audit as `provex audit` prints it (`print(out.audit(...))`)."""
        return format_audit(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        # A notebook cell ending in `out.audit(...)` shows the audit, not the record's fields.
        printer.text(str(self))


def audit_mention(output: Output, id_prefix: str) -> AuditRecord:
    """Gather the audit of the mention whose id starts with `id_prefix`.

    Raises MentionLookupError for an unknown or ambiguous prefix.
    """
    table, mention = find_mention(output, id_prefix)
    documents = output.documents
    document = documents[documents["doc_id"] == mention["doc_id"]].iloc[0].to_dict()
    try:
        line = output.line(mention["doc_id"], int(mention["line_no"]))
    except KeyError:
        line = {"raw_text": "", "norm_text": "", "flags": [], "is_boilerplate": False}
    return AuditRecord(
        table=table,
        mention=mention,
        document=document,
        line=line,
        rule=locate_rule(mention["rule_id"]),
        source=check_source(document, output.out_dir),
        norm_span=normalised_span(line, mention),
    )


def normalised_span(line: Mapping[str, Any], mention: Mapping[str, Any]) -> tuple[int, int] | None:
    """[start, end) of the mention in the line's norm_text, or None if not found.

    Of the places where the mention's norm_text occurs, takes the one that the
    line's offset map sends to the mention's raw offsets; else the occurrence
    nearest to the raw start.
    """
    norm_line, wanted = line.get("norm_text") or "", mention["norm_text"]
    starts = [match.start() for match in re.finditer(re.escape(wanted), norm_line)] if wanted else []
    if not starts:
        return None
    if len(starts) > 1:
        from pipeline.rules.ruleset import default_ruleset
        from pipeline.stages.normalise import normalise_line

        raw_text = line.get("raw_text") or ""
        offsets = normalise_line(int(mention["line_no"]), raw_text, default_ruleset()).offsets
        for start in starts:
            end = start + len(wanted)
            if end <= len(offsets) and offsets.to_raw(start, end) == (mention["start"], mention["end"]):
                return start, end
    best = min(starts, key=lambda start: abs(start - mention["start"]))
    return best, best + len(wanted)


# Control characters (C0 but tab, DEL, C1): an article's escape sequences must not reach a terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` with every control character shown as `\\xNN`: escape sequences and OSC
    commands from an article cannot move the cursor, recolour or retitle a terminal."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def highlight(text: str, start: int, end: int, colour: bool, context: int | None = None) -> str:
    """`text` with [start, end) in bold reverse colour, or between [[ and ]].

    With `context`, only that many characters either side are kept (… marks
    the cut).
    """
    before, span, after = text[:start], text[start:end], text[end:]
    if context is not None:
        if len(before) > context:
            before = "…" + before[-context:]
        if len(after) > context:
            after = after[:context] + "…"
    before, span, after = printable(before), printable(span), printable(after)
    if colour:
        import click

        marked = click.style(span, fg="black", bg="yellow", bold=True)
    else:
        marked = f"{OPEN_MARK}{span}{CLOSE_MARK}"
    return before + marked + after


def format_audit(record: AuditRecord, colour: bool = False, context: int | None = 60) -> str:
    """The audit as text for a terminal, one `label  value` per line."""
    mention, document, line = record.mention, record.document, record.line
    status = record.source.status
    if colour:
        import click

        status = click.style(status, fg="green" if status == VERIFIED else "red", bold=True)
    rows = [
        ("mention", f"{record.mention_id}  ({record.table})"),
        (
            "document",
            f"{printable(source_location(document))}  (doc {document['doc_id']}, {document['encoding']})",
        ),
        ("title", "—" if _is_null(document.get("title")) else printable(str(document["title"]))),
        ("line", f"{mention['line_no']}, characters {mention['start']}–{mention['end']}"),
        ("raw", highlight(line.get("raw_text") or "", mention["start"], mention["end"], colour, context)),
    ]
    if record.norm_span is not None:
        norm_start, norm_end = record.norm_span
        rows.append(("normalised", highlight(line["norm_text"], norm_start, norm_end, colour, context)))
    else:
        rows.append(("normalised", printable(mention["norm_text"])))
    flags = _as_list(line.get("flags"))
    if flags:
        rows.append(("line flags", ", ".join(flags)))
    rows.append(("parsed", printable(format_fields(record.fields)) or "—"))
    rows.append(("rule", f"{mention['rule_id']}  {record.rule.describe()}"))
    source = f"{status}  sha256 {document['sha256'][:16]}…"
    if record.source.path is not None:
        source += f"  {printable(_display_path(record.source.path))}"
        if record.source.record is not None:
            source += f"#{record.source.record}"
    if record.source.status == CHANGED:
        source += f"  (now {(record.source.sha256 or 'no such record')[:16]}…)"
    if record.source.status == MISSING:
        source += "  (source file not found)"
    rows.append(("source", source))
    if not record.round_trips:
        rows.append(("span", "DOES NOT ROUND-TRIP: line[start:end] != raw_text"))
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label:<{width}}  {value}" for label, value in rows)


def format_fields(fields: Mapping[str, Any]) -> str:
    """`value=7.2  unit=km2  qualifier=approx`: parsed columns, dates as ISO."""
    return "  ".join(f"{name}={format_value(value)}" for name, value in fields.items())


def format_value(value: Any) -> str:
    """One parsed value for display: floats without a needless .0, dates as ISO."""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() and abs(value) >= 1e4 else f"{value:g}"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


# --- every mention --------------------------------------------------------------------------


@dataclass
class VerifySummary:
    """The outcome of checking every mention of an output."""

    mentions: int = 0
    verified: int = 0
    source_changed: int = 0  # mentions whose document's file changed
    source_missing: int = 0
    not_round_tripping: int = 0  # spans whose text is no longer at start:end
    documents: dict[str, int] = field(default_factory=lambda: {VERIFIED: 0, CHANGED: 0, MISSING: 0})
    problems: list[str] = field(default_factory=list)  # one line per broken document or span

    @property
    def ok(self) -> bool:
        """True when every mention is verified."""
        return self.verified == self.mentions

    def describe(self) -> str:
        """A short report: counts, then the problems found."""
        changed, missing = self.documents[CHANGED], self.documents[MISSING]
        lines = [
            f"{counted(self.mentions, 'mention')} in {counted(sum(self.documents.values()), 'document')}",
            f"  verified                  {self.verified}",
            f"  source changed            {self.source_changed}  ({counted(changed, 'document')})",
            f"  source missing            {self.source_missing}  ({counted(missing, 'document')})",
            f"  span no longer round-trips {self.not_round_tripping}",
        ]
        lines.extend(f"  - {problem}" for problem in self.problems)
        return "\n".join(lines)


def verify_output(output: Output, max_problems: int = 50) -> VerifySummary:
    """Check every mention's source and span; returns the counts.

    A mention is verified when its file on disk has the recorded sha256 and
    `raw_text` is found at `start:end` of its stored line. When a file
    changed, spans are also checked against the file as it reads now (a
    changed file whose lines moved makes them stop round-tripping).
    """
    summary = VerifySummary()
    lines = output.lines
    raw_lines = {
        (doc_id, int(line_no)): raw
        for doc_id, line_no, raw in zip(lines["doc_id"], lines["line_no"], lines["raw_text"], strict=True)
    }
    mentions_by_doc: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for table in mention_tables():
        for row in getattr(output, table)[
            ["mention_id", "doc_id", "line_no", "start", "end", "raw_text"]
        ].to_dict("records"):
            mentions_by_doc.setdefault(row["doc_id"], []).append((table, row))

    def problem(text: str) -> None:
        if len(summary.problems) < max_problems:
            summary.problems.append(text)

    for document in output.documents.to_dict("records"):
        doc_mentions = mentions_by_doc.get(document["doc_id"], [])
        check = check_source(document, output.out_dir)
        summary.documents[check.status] += 1
        current_lines: tuple[str, ...] | None = None
        if check.status == CHANGED:
            current_lines = source_lines(check)
            problem(f"{source_location(document)}: source changed since the run")
        elif check.status == MISSING:
            problem(f"{source_location(document)}: source missing")
        for table, mention in doc_mentions:
            summary.mentions += 1
            key = (mention["doc_id"], int(mention["line_no"]))
            stored = raw_lines.get(key, "")
            round_trips = stored[mention["start"] : mention["end"]] == mention["raw_text"]
            if current_lines is not None:
                index = key[1] - 1
                now = current_lines[index] if index < len(current_lines) else ""
                round_trips = round_trips and now[mention["start"] : mention["end"]] == mention["raw_text"]
            if not round_trips:
                summary.not_round_tripping += 1
                problem(
                    f"{mention['mention_id']} ({table}) {document['source_path']}:{key[1]} "
                    f"{mention['raw_text']!r} no longer at {mention['start']}:{mention['end']}"
                )
            if check.status == CHANGED:
                summary.source_changed += 1
            elif check.status == MISSING:
                summary.source_missing += 1
            elif round_trips:
                summary.verified += 1
    return summary


# --- helpers --------------------------------------------------------------------------------


def source_location(document: Mapping[str, Any]) -> str:
    """Where a document was read: its file, and `#record` for a record inside a container."""
    record = document.get("record")
    return document["source_path"] + ("" if _is_null(record) else f"#{record}")


def _is_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        import pandas as pd

        return bool(pd.isna(value)) if not hasattr(value, "__len__") else False
    except (TypeError, ValueError):
        return False


def _as_list(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [str(item) for item in value]


def _display_path(path: Path) -> str:
    """`path` relative to the working directory when it is below it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
