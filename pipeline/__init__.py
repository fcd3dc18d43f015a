"""provex: bilingual extraction of figures, dates, organisations and projects
from Chinese and English articles, with provenance back to every source line.

    import pipeline
    pipeline.extract("2022年营收739亿元")   # typed mention records
    out = pipeline.load("output")           # the tables of a run, for notebooks
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

from pipeline.core.version import VERSION as __version__

if TYPE_CHECKING:
    from pipeline.api import MentionRecord
    from pipeline.read.output import Output
    from pipeline.rules.ruleset import RuleSet


def extract(text: str, doc_date: date | None = None, ruleset: RuleSet | None = None) -> list[MentionRecord]:
    """Run the whole pipeline on one string; returns its mentions as typed records, in order.

    `doc_date` anchors year-less and relative dates; when None, the date the
    text states as its own (if any) is used, as in a batch run. `ruleset`
    defaults to the project's rules (`RuleSet.load(dir)` for others). See
    `pipeline.api` for the record classes.
    """
    from pipeline.api import extract_text

    return extract_text(text, doc_date=doc_date, ruleset=ruleset)


def load(out_dir: str | os.PathLike[str] = "output") -> Output:
    """Open an output directory: each table a lazily read DataFrame, `.sql()` via DuckDB.

    See `pipeline.read.output.Output`; imported on first call so that
    `import pipeline` stays light.
    """
    from pipeline.read.output import load as load_output

    return load_output(out_dir)


__all__ = ["__version__", "extract", "load"]
