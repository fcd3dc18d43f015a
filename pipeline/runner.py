"""The batch runner: wires the stages, one document at a time.

    read_source -> normalise_lines -> classify_lines -> find_doc_date/title
    -> extractors -> to_mentions -> rows

`process_source` is the per-document function (pure: text in, rows out);
`run_batch` walks the inputs, turns every failure into an `errors` row and
writes all tables atomically at the end.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.boilerplate import classify_lines
from pipeline.docinfo import find_doc_date, find_title
from pipeline.extract import available_extractors, to_mentions
from pipeline.ingest import IngestError, discover_inputs, read_source
from pipeline.normalise import normalise_lines
from pipeline.records import DocumentContext, LineContext, Mention, SourceText
from pipeline.rules import RuleFileError, rules_hash
from pipeline.tables import MENTION_TABLES, TABLE_NAMES, OutputError, rows_to_tables, write_output


@dataclass
class DocumentResult:
    """Everything one document contributes: its row, its lines, its mentions."""

    document: dict[str, Any]
    lines: list[dict[str, Any]]
    mentions: list[Mention]


@dataclass
class BatchSummary:
    """Counts a run reports at its end."""

    documents: int = 0
    lines: int = 0
    boilerplate_lines: int = 0
    mentions: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    skipped_files: int = 0
    seconds: float = 0.0
    out_dir: str = ""

    def describe(self) -> str:
        """One human-readable paragraph for the end of a run."""
        mention_counts = ", ".join(f"{count} {table}" for table, count in self.mentions.items())
        return (
            f"{self.documents} documents, {self.lines} lines ({self.boilerplate_lines} boilerplate), "
            f"{mention_counts or 'no mentions'}; {self.errors} errors, {self.skipped_files} files skipped "
            f"(not .txt/.md/.html/.htm); {self.seconds:.2f} s -> {self.out_dir}"
        )


def process_source(
    source: SourceText, pipeline_rules_hash: str, doc_date: date | None = None
) -> DocumentResult:
    """Run every stage on one decoded source; returns its rows and mentions.

    `doc_date`, when given, replaces the date found in the text.
    """
    lines = normalise_lines(source.lines)
    verdicts = classify_lines(lines)
    doc_date = doc_date or find_doc_date(lines, verdicts)
    title = find_title(lines, verdicts)
    context = DocumentContext(doc_date=doc_date, title=title)
    article = [
        LineContext(line.line_no, line.norm_text, line.lang)
        for line, verdict in zip(lines, verdicts, strict=True)
        if not verdict.is_boilerplate and line.norm_text.strip()
    ]
    mentions: list[Mention] = []
    for find_spans in available_extractors().values():
        mentions.extend(to_mentions(source.doc_id, find_spans(article, context), lines))
    line_rows = [
        {
            "doc_id": source.doc_id,
            "line_no": line.line_no,
            "raw_text": line.raw_text,
            "norm_text": line.norm_text,
            "lang": line.lang,
            "is_boilerplate": verdict.is_boilerplate,
            "boilerplate_rule": verdict.rule,
            "flags": list(line.flags),
        }
        for line, verdict in zip(lines, verdicts, strict=True)
    ]
    languages = sorted({line.lang for line in lines if line.lang != "none"})
    document = {
        "doc_id": source.doc_id,
        "source_path": source.source_path,
        "file_name": source.file_name,
        "source_kind": source.source_kind,
        "sha256": source.sha256,
        "bytes": source.bytes,
        "encoding": source.encoding,
        "title": title,
        "doc_date": doc_date,
        "n_lines": len(lines),
        "languages": languages,
        "pipeline_version": __version__,
        "rules_hash": pipeline_rules_hash,
        "processed_at": datetime.now(UTC),
        "duplicate_paths": [],
    }
    return DocumentResult(document=document, lines=line_rows, mentions=mentions)


def error_row(source_path: str, stage: str, error_type: str, message: str) -> dict[str, Any]:
    """One row of the errors table."""
    return {
        "source_path": source_path,
        "stage": stage,
        "error_type": error_type,
        "message": message,
        "at": datetime.now(UTC),
    }


def process_path(path: Path, pipeline_rules_hash: str) -> tuple[DocumentResult | None, list[dict[str, Any]]]:
    """Read and process one file; every failure becomes an error row.

    Returns (result or None, error rows). Never raises for a bad input.
    """
    try:
        source = read_source(path)
    except IngestError as error:
        return None, [error_row(str(path), error.stage, error.error_type, error.message)]
    errors = []
    if source.invalid_bytes:
        errors.append(
            error_row(
                str(path),
                "decode",
                "invalid_bytes",
                f"{source.invalid_bytes} invalid UTF-8 byte(s) replaced by U+FFFD; the rest of the file was processed",
            )
        )
    try:
        return process_source(source, pipeline_rules_hash), errors
    except RuleFileError:
        raise  # a broken rule file stops the run: no document could be processed right
    except Exception as error:  # a bug or a pathological input must not stop the batch
        message = f"processing failed ({type(error).__name__}: {error}); please report this file"
        return None, [*errors, error_row(str(path), "process", "internal_error", message)]


class NoInputError(Exception):
    """The run was given nothing to process."""


def run_batch(
    paths: Sequence[Path | str],
    out_dir: Path | str,
    progress: Callable[[Iterable[Path], int], Iterable[Path]] | None = None,
) -> BatchSummary:
    """Process every input under `paths` and write all tables to `out_dir`.

    `progress` wraps the file iterator (e.g. a progress bar). Raises
    NoInputError when no input file is found and OutputError when the output
    cannot be written; per-file problems become rows of `errors`.
    """
    started = time.perf_counter()
    discovery = discover_inputs(paths)
    if not discovery.files and not discovery.missing:
        raise NoInputError(
            f"no .txt, .md, .html or .htm files under {', '.join(map(str, paths))}"
            + (f" ({len(discovery.skipped)} other files skipped)" if discovery.skipped else "")
        )
    if not discovery.files:
        raise NoInputError(f"no such file or folder: {', '.join(map(str, discovery.missing))}")
    current_hash = rules_hash()
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    rows["errors"].extend(
        error_row(str(path), "discover", "path_missing", "no such file or folder")
        for path in discovery.missing
    )
    by_doc_id: dict[str, dict[str, Any]] = {}
    files: Iterable[Path] = discovery.files
    if progress is not None:
        files = progress(files, len(discovery.files))
    for path in files:
        result, errors = process_path(path, current_hash)
        rows["errors"].extend(errors)
        if result is None:
            continue
        known = by_doc_id.get(result.document["doc_id"])
        if known is not None:  # identical bytes under another path: keep one copy
            known["duplicate_paths"].append(result.document["source_path"])
            continue
        by_doc_id[result.document["doc_id"]] = result.document
        rows["documents"].append(result.document)
        rows["lines"].extend(result.lines)
        for mention in result.mentions:
            rows[mention.table].append(mention.as_row())
    write_output(Path(out_dir), rows_to_tables(rows))
    return BatchSummary(
        documents=len(rows["documents"]),
        lines=len(rows["lines"]),
        boilerplate_lines=sum(1 for row in rows["lines"] if row["is_boilerplate"]),
        mentions={table: len(rows[table]) for table in MENTION_TABLES},
        errors=len(rows["errors"]),
        skipped_files=len(discovery.skipped),
        seconds=time.perf_counter() - started,
        out_dir=str(out_dir),
    )


__all__ = ["BatchSummary", "DocumentResult", "NoInputError", "OutputError", "process_source", "run_batch"]
