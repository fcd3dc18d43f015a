"""The run's closing summary reads as English whatever the counts."""

from __future__ import annotations

import re

from pipeline.batch.summary import BatchSummary


def _one_of_each() -> BatchSummary:
    return BatchSummary(
        documents=1,
        new_documents=1,
        new_paths=1,
        lines=1,
        mentions={"figures": 1, "dates": 1, "organisations": 0, "projects": 2},
        errors=1,
        skipped_files=1,
        skipped_records=1,
        manifest_unlisted=1,
        manifest_unmatched=["r9"],
        out_dir="out",
        removed=["in/gone.txt"],
        stale_kept=["in/old.txt"],
    )


def test_a_count_of_one_takes_the_singular_everywhere():
    text = _one_of_each().describe()
    plural_after_one = r"\b1 (new )?(documents|paths|lines|figures|dates|errors|files|records|inputs|rows)\b"
    assert re.search(plural_after_one, text) is None, text
    for phrase in (
        "1 document (1 new",
        "1 new path recorded for those",
        "1 new line (",
        "1 figure, 1 date, 0 organisations, 2 projects",
        "1 error,",
        "1 file skipped",
        "1 record skipped",
        "1 input without a row, 1 row naming no input (r9)",
        "1 document removed (its file is gone)",
        "1 document made with older rules was kept unchanged because its source file is gone",
    ):
        assert phrase in text, phrase


def test_other_counts_take_the_plural():
    summary = BatchSummary(
        documents=2, errors=0, skipped_files=3, removed=["a", "b"], stale_dropped=["c", "d"]
    )
    text = summary.describe()
    for phrase in (
        "2 documents",
        "0 errors",
        "3 files skipped",
        "2 documents removed (their files are gone)",
        "2 documents made with older rules whose source files are gone were removed",
    ):
        assert phrase in text, phrase
    assert "no new mentions" in text
