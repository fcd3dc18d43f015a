"""The organisations extractor: named organisations on article lines.

Rules live in rules/organisations.yaml (suffixes, English head words, list contexts
and more) and rules/names.yaml (where a name starts). Organisation and
project names are found in one shared pass (pipeline.extractors.names.find)
so that the two tables never claim the same text: the longest name wins.
The vocabularies read by region (`regional_government`: the government bodies
of Hong Kong, Macau and Taiwan) are read after that pass, in a document of
those regions only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.core.records import DocumentContext, LineContext, Span
from pipeline.extractors.names.find import table_spans
from pipeline.extractors.names.rules import ORGANISATIONS, PROJECTS, compile_name_rules
from pipeline.extractors.names.vocabulary import Vocabulary, compile_vocabulary, regional_matches
from pipeline.extractors.names.words import word_ends

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet


TABLE = ORGANISATIONS


def find_spans(lines: Sequence[LineContext], document: DocumentContext, ruleset: RuleSet) -> list[Span]:
    """Spans of organisations names on the lines' normalised text.

    Each span's fields are `name` (the normalised name) and `org_kind`.
    Names are found line by line; of the document only its region counts,
    for the bodies of `regional_government`.
    """
    spans = table_spans(TABLE, "org_kind", lines, ruleset)
    for bodies in ruleset.compiled(compile_regional_vocabularies):
        spans = with_regional_bodies(spans, lines, document, ruleset, bodies)
    return spans


def compile_regional_vocabularies(ruleset: RuleSet) -> tuple[Vocabulary, ...]:
    """The organisations' vocabularies read by region (`regional_government`, any other with `regions`).

    The lists are those of the line pass (`NameRules.vocabulary_lists`), which leaves these to
    the document pass. Use as `ruleset.compiled(compile_regional_vocabularies)`.
    """
    lists = ruleset.compiled(compile_name_rules).vocabulary_lists
    compiled = [
        compile_vocabulary(entry, table)
        for table, entry in lists
        if table == ORGANISATIONS and entry.get("regions")
    ]
    return tuple(vocabulary for vocabulary in compiled if vocabulary is not None)


def with_regional_bodies(
    spans: list[Span],
    lines: Sequence[LineContext],
    document: DocumentContext,
    ruleset: RuleSet,
    bodies: Vocabulary,
) -> list[Span]:
    """`spans` with the names of `bodies` (read by region) of the document's region that no name claims.

    A listed body that holds other organisations' names whole replaces them
    (经济部产业发展署 over 经济部); one that overlaps any other organisation
    or project name otherwise, or that does not begin a word, is left out.
    """
    found = [(line, match) for line in lines for match in regional_matches(line.norm_text, bodies)]
    if not found:
        return spans
    region = _document_region(lines, document, ruleset)
    found = [(line, match) for line, match in found if region in bodies.regions_of[match[2]]]
    if not found:
        return spans
    projects = table_spans(PROJECTS, "project_kind", lines, ruleset)
    taken: dict[int, list[Span]] = {}
    for span in spans:
        taken.setdefault(span.line_no, []).append(span)
    claimed: dict[int, list[tuple[int, int]]] = {}
    for span in projects:
        claimed.setdefault(span.line_no, []).append((span.start, span.end))
    added, replaced = [], set()
    for line, (start, end, name) in found:
        if not _stands_as_name(line.norm_text, start, end, bodies):
            continue
        if any(start < right and left < end for left, right in claimed.get(line.line_no, ())):
            continue
        overlapping = [span for span in taken.get(line.line_no, ()) if start < span.end and span.start < end]
        if any(
            not (start <= span.start and span.end <= end) or span.end - span.start == end - start
            for span in overlapping
        ):
            continue
        if _heads_a_unit(line.norm_text, end, taken.get(line.line_no, ())):
            continue
        replaced.update(id(span) for span in overlapping)
        added.append(
            Span(
                table=TABLE,
                line_no=line.line_no,
                start=start,
                end=end,
                rule_id=bodies.rule_id,
                fields={"name": name, "org_kind": bodies.kinds[name], "alias_of": None},
            )
        )
    if not added:
        return spans
    kept = [span for span in spans if id(span) not in replaced]
    return sorted([*kept, *added], key=lambda span: (span.line_no, span.start, span.end))


def _stands_as_name(text: str, start: int, end: int, bodies: Vocabulary) -> bool:
    """True when the name begins a word and its last character makes no word with the next."""
    if start and not word_ends(text, start):
        return False
    return text[end - 1 : end + 1] not in bodies.not_across


# Characters between two names that join two bodies rather than name one (财政局与经济局).
_JOINERS = frozenset("与和及同跟、")
# At most this many characters between a body and the unit of it another name ends.
_UNIT_GAP = 6


def _heads_a_unit(text: str, end: int, others: Sequence[Span]) -> bool:
    """True when another organisation's name follows the body across Chinese characters alone.

    The body then begins the name of one of its units (发展局起动九龙东办事处),
    which the other name only ends.
    """
    for span in others:
        gap = text[end : span.start]
        if 0 <= span.start - end <= _UNIT_GAP and all(
            "\u4e00" <= char <= "\u9fff" and char not in _JOINERS for char in gap
        ):
            return True
    return False


def _document_region(lines: Sequence[LineContext], document: DocumentContext, ruleset: RuleSet) -> str:
    """Where the document was published, as figures decide it (rules/figures.yaml `locale`)."""
    from pipeline.extractors.figures.find import document_region
    from pipeline.extractors.figures.rules import compile_figure_rules

    return document_region(lines, (), document, ruleset.compiled(compile_figure_rules))
