"""The figure extractor: quantities with their unit, normalised to base units (see `find`).

`find_spans` (the extractor), `find_figures`, `compile_figure_rules` and
`FigureRules` are imported on first use, so that importing the table's
`spec` (which the registry does) does not load the extractor.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.extractors.figures.find import find_figures, find_spans
    from pipeline.extractors.figures.rules import FigureRules, compile_figure_rules

__all__ = ["FigureRules", "compile_figure_rules", "find_figures", "find_spans"]

_HOMES = {
    "find_spans": "find",
    "find_figures": "find",
    "FigureRules": "rules",
    "compile_figure_rules": "rules",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
