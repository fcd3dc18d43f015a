"""provex: bilingual extraction of figures, dates, organisations and projects
from Chinese and English articles, with provenance back to every source line.

    import pipeline
    pipeline.extract("2022年营收739亿元")   # typed mention records
"""

__version__ = "0.1.0"

from pipeline import extract  # noqa: E402  (callable package: pipeline.extract(text))

__all__ = ["__version__", "extract"]
