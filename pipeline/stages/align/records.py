"""What bilingual pairing finds in a document: line pairs, mention links, drift."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.core.records import Mention


@dataclass(frozen=True)
class LinePair:
    """A Chinese line and the English line that translates it."""

    zh_line_no: int
    en_line_no: int
    score: float
    evidence: str


@dataclass(frozen=True)
class MentionLink:
    """A Chinese mention and an English one that denote the same thing, within a line pair.

    `relation` is `same`, or `value_differs` for a figure or date whose value
    the translation changed. `name_zh`/`name_en` are the two names of a linked
    organisation or project.
    """

    table: str
    zh_mention_id: str
    en_mention_id: str
    zh_line_no: int
    en_line_no: int
    relation: str
    evidence: str
    name_zh: str | None = None
    name_en: str | None = None


@dataclass(frozen=True)
class Drift:
    """A figure or date of a paired line with no counterpart in the other line, or a different value.

    `kind` is `missing_in_en`, `missing_in_zh` or `value_differs`. A side
    without a mention keeps its line number and has no span.
    `in_other_text` tells whether the missing value is written in the other
    line anyway (a mention the extractors did not find, not a translation gap).
    """

    table: str
    kind: str
    zh_line_no: int
    en_line_no: int
    zh: Mention | None
    en: Mention | None
    in_other_text: bool | None = None


@dataclass(frozen=True)
class Bilingual:
    """What pairing found in one document."""

    pairs: tuple[LinePair, ...] = ()
    links: tuple[MentionLink, ...] = ()
    drift: tuple[Drift, ...] = ()
