"""Figures: quantities with their unit, found by one regex pass per line and language.

A figure is a number (Arabic digits, Chinese numerals or English words) with
the words around it that say what it counts: a multiplier (万, 亿, million), a
unit (元, 平方公里, %, 年, square meters), a Chinese measure word (家, 个) or an
English head noun (enterprises), and qualifiers (约, 多, 以上, more than).
All of those words come from `rules/figures.yaml`. The package reads a line
in four steps, one module each:

- `rules.py`: the rule file checked against its schema and compiled, once
  per rule set (`ruleset.compiled(compile_figure_rules)`), with the patterns
  of `grammar.py`: one body pattern per language that starts at the number;
- `scan.py`: where a figure can start on a line, the body match there and
  the words in front of the number (matched leftwards on the reversed line);
- `read.py`: each match read into a figure (value / value_low / value_high /
  unit / counter / qualifier of the gold schema), or dropped;
- this module: the figures of both languages on a line, minus those inside
  《titles》, short quoted names and URLs and those overlapped by a longer one.

A reading depends only on a short window of text around its match, so
readings are cached by that window on the compiled rules, and so are the
figures of a whole line: a text seen before costs one dictionary look-up.

Entry points: `find_spans(lines, document, ruleset)` for the pipeline and
`find_figures(text, rules)` for one line of text, with
`rules = ruleset.compiled(compile_figure_rules)`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.core.records import DocumentContext, LineContext, Span
from pipeline.extractors.figures.grammar import LATIN_LETTER, MASK_MARK, URL_MARKS
from pipeline.extractors.figures.rules import TABLE, FigureRules, compile_figure_rules
from pipeline.extractors.figures.scan import Candidate, scan_language

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

# Lines whose figures are kept (repeated lines are common in crawled articles);
# longer lines are not kept, so the cache stays small.
LINE_CACHE_SIZE = 20_000
LINE_CACHE_MAX_CHARS = 1_000


def find_figures(text: str, rules: FigureRules, line_no: int = 1) -> list[Span]:
    """All figures in one line of normalised text, as Spans ordered by start.

    `rules` is the compiled figure rules of a rule set:
    `ruleset.compiled(compile_figure_rules)`.
    """
    cache = rules.line_cache
    figures = cache.get(text)
    if figures is None:
        figures = _line_figures(text, rules)
        if len(text) <= LINE_CACHE_MAX_CHARS:
            if len(cache) >= LINE_CACHE_SIZE:
                cache.clear()
            cache[text] = figures
    # each Span gets its own fields: cached readings share theirs
    return [
        Span(TABLE, line_no, start, end, rule_id, dict(fields)) for start, end, rule_id, fields in figures
    ]


def _line_figures(text: str, rules: FigureRules) -> tuple[Candidate, ...]:
    """The figures of one line: candidates of both languages, minus masked and overlapped ones."""
    reversed_text = text[::-1]
    candidates = scan_language(text, reversed_text, rules, english=False)
    if LATIN_LETTER.search(text):
        candidates += scan_language(text, reversed_text, rules, english=True)
    if not candidates:
        return ()
    masked_starts, masked_ends = _masked(text, rules)
    kept: list[Candidate] = []
    kept_end = -1
    for candidate in sorted(candidates, key=_longest_first):
        start, end = candidate[0], candidate[1]
        if masked_starts:
            # the masks do not overlap, so only the last one starting at or
            # before the figure can contain it
            index = bisect_right(masked_starts, start) - 1
            if index >= 0 and end <= masked_ends[index]:
                continue
        if start < kept_end:
            continue
        kept_end = end
        kept.append(candidate)
    return tuple(kept)


def _longest_first(candidate: Candidate) -> tuple[int, int]:
    return candidate[0], candidate[0] - candidate[1]


def _masked(text: str, rules: FigureRules) -> tuple[list[int], list[int]]:
    """Starts and ends of the titles, quoted names and URLs of a line (numbers there are no figures)."""
    if not MASK_MARK.search(text):
        return [], []
    has_url_mark = any(mark in text for mark in URL_MARKS)
    pattern = rules.quote_pattern if has_url_mark else rules.quote_pattern_without_urls
    masks = [match.span() for match in pattern.finditer(text)]
    return [start for start, _ in masks], [end for _, end in masks]


def find_spans(lines: Sequence[LineContext], document: DocumentContext, ruleset: RuleSet) -> list[Span]:
    """Figures of every (non-boilerplate) line of a document, with the figure rules of `ruleset`."""
    rules = ruleset.compiled(compile_figure_rules)
    spans: list[Span] = []
    for line in lines:
        spans.extend(find_figures(line.norm_text, rules, line.line_no))
    return spans
