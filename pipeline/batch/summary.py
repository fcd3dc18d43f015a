"""What a run reports at its end: counts, what was skipped, and where it wrote."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.core.version import VERSION as __version__
from pipeline.core.wording import counted

# What to do about inputs skipped because they timed out before.
TIMED_OUT_HINT = "a larger --doc-timeout, 0 for no limit, or --force processes them again"


@dataclass
class BatchSummary:
    """Counts a run reports at its end."""

    documents: int = 0  # documents of the inputs now in the output (new + already there)
    new_documents: int = 0
    already_present: int = 0
    new_paths: int = 0  # paths recorded for content already in the output
    lines: int = 0
    boilerplate_lines: int = 0
    mentions: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    skipped_files: int = 0
    skipped_records: int = 0  # records of containers that are no article (non-HTML WARC records)
    manifest_unlisted: int | None = None  # inputs the manifest has no row for (None: no manifest)
    manifest_unmatched: list[str] = field(default_factory=list)  # manifest rows that named no input
    batches: int = 0
    input_bytes: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    peak_worker_rss_bytes: int = 0
    committed: bool = False
    out_dir: str = ""
    run_id: str = ""  # the run committed (empty when nothing changed)
    rules_dir: str = ""
    rules_hash: str = ""
    skipped_paths: list[str] = field(default_factory=list)  # files not read (other suffixes, ...)
    passed_over: list[tuple[str, str]] = field(default_factory=list)  # (path, reason) not looked into
    stale_kept: list[str] = field(default_factory=list)  # made with older rules, source gone: kept
    stale_dropped: list[str] = field(default_factory=list)  # the same, removed (drop_missing)
    removed: list[str] = field(
        default_factory=list
    )  # documents whose files are gone from the inputs: removed
    # Inputs not processed: the same content timed out before with these rules and no larger limit.
    timed_out_before: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Everything of the summary as plain JSON-ready values (`provex run --json`)."""
        return {
            "provex_version": __version__,
            "out": self.out_dir,
            "run_id": self.run_id or None,
            "committed": self.committed,
            "rules_dir": self.rules_dir,
            "rules_hash": self.rules_hash,
            "documents": self.documents,
            "new_documents": self.new_documents,
            "already_present": self.already_present,
            "new_paths": self.new_paths,
            "lines": self.lines,
            "boilerplate_lines": self.boilerplate_lines,
            "mentions": dict(self.mentions),
            "errors": self.errors,
            "skipped_files": self.skipped_files,
            "skipped_paths": list(self.skipped_paths),
            "passed_over": [{"path": path, "reason": reason} for path, reason in self.passed_over],
            "stale_kept": list(self.stale_kept),
            "stale_dropped": list(self.stale_dropped),
            "removed": list(self.removed),
            "timed_out_before": len(self.timed_out_before),
            "timed_out_before_paths": list(self.timed_out_before),
            "timed_out_before_hint": TIMED_OUT_HINT if self.timed_out_before else None,
            "batches": self.batches,
            "input_bytes": self.input_bytes,
            "seconds": round(self.seconds, 3),
            "stage_seconds": {stage: round(value, 3) for stage, value in self.stage_seconds.items()},
            "peak_worker_rss_bytes": self.peak_worker_rss_bytes,
        }

    def describe(self) -> str:
        """One human-readable paragraph for the end of a run."""
        mention_counts = ", ".join(
            counted(count, table.removesuffix("s"), table) for table, count in self.mentions.items()
        )
        if not any(self.mentions.values()):
            mention_counts = ""
        return (
            f"{counted(self.documents, 'document')} ({self.new_documents} new, "
            f"{self.already_present} already in the output{self._new_paths_note()}), "
            f"{counted(self.lines, 'new line')} ({self.boilerplate_lines} boilerplate), "
            f"{mention_counts or 'no new mentions'}; {counted(self.errors, 'error')}, "
            f"{counted(self.skipped_files, 'file')} skipped (not .txt/.md/.html/.htm/.pdf/.docx/.jsonl/.warc)"
            + (
                f", {counted(self.skipped_records, 'record')} skipped (not a 2xx HTML page)"
                if self.skipped_records
                else ""
            )
            + f"{self._manifest_note()}{self._removed_note()}{self._timed_out_note()}; "
            f"{self.seconds:.2f} s -> {self.out_dir}"
            + ("" if self.committed else " (unchanged)")
            + self._stale_note()
        )

    def _manifest_note(self) -> str:
        if self.manifest_unlisted is None:
            return ""
        note = f"; manifest: {counted(self.manifest_unlisted, 'input')} without a row"
        if self.manifest_unmatched:
            from pipeline.stages.manifest import describe_unmatched

            unmatched = self.manifest_unmatched
            note += f", {counted(len(unmatched), 'row')} naming no input ({describe_unmatched(unmatched)})"
        return note

    def _timed_out_note(self) -> str:
        if not self.timed_out_before:
            return ""
        count = len(self.timed_out_before)
        return (
            f"; {counted(count, 'input')} not processed: "
            f"{'it' if count == 1 else 'they'} timed out before with these rules ({TIMED_OUT_HINT})"
        )

    def _removed_note(self) -> str:
        if not self.removed:
            return ""
        count = len(self.removed)
        files = "its file is" if count == 1 else "their files are"
        return f"; {counted(count, 'document')} removed ({files} gone)"

    def _stale_note(self) -> str:
        if self.stale_kept:
            count = len(self.stale_kept)
            return (
                f". WARNING: {counted(count, 'document')} made with older rules "
                f"{'was' if count == 1 else 'were'} kept unchanged because "
                f"{'its source file is' if count == 1 else 'their source files are'} gone or now "
                f"{'holds' if count == 1 else 'hold'} other bytes (--drop-missing removes "
                f"{'it' if count == 1 else 'them'})"
            )
        if self.stale_dropped:
            count = len(self.stale_dropped)
            return (
                f". {counted(count, 'document')} made with older rules whose source "
                f"{'file is gone was' if count == 1 else 'files are gone were'} removed"
            )
        return ""

    def _new_paths_note(self) -> str:
        if not self.new_paths:
            return ""
        return f"; {counted(self.new_paths, 'new path')} recorded for those"
