"""provex: bilingual extraction of figures, dates, organisations and projects
from Chinese and English articles, with provenance back to every source line.

    import pipeline
    pipeline.extract("2022年营收739亿元")   # typed mention records
    out = pipeline.load("output")           # the tables of a run, for notebooks
"""

from typing import TYPE_CHECKING

__version__ = "0.1.0"

from pipeline.extractors import mentions as extract  # noqa: E402  (callable package: pipeline.extract(text))

if TYPE_CHECKING:
    import os

    from pipeline.read.output import Output


def load(out_dir: "str | os.PathLike[str]" = "output") -> "Output":
    """Open an output directory: each table a lazily read DataFrame, `.sql()` via DuckDB.

    See `pipeline.read.output.Output`; imported here on first call so that
    `import pipeline` stays light.
    """
    from pipeline.read.output import load as load_output

    return load_output(out_dir)


__all__ = ["__version__", "extract", "load"]
