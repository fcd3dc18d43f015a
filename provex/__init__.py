"""`import provex`: the public API of provex under the distribution's own name.

The code lives in the `pipeline` package (see the README, "Import name");
this module re-exports what a user needs, so both of these work:

    import provex
    provex.extract("2022年营收739亿元")
    out = provex.load("output")
"""

from __future__ import annotations

from pipeline import __version__, extract, load
from pipeline.rules.ruleset import RuleSet

__all__ = ["RuleSet", "__version__", "extract", "load"]
