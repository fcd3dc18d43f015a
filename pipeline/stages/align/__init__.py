"""Bilingual pairing: Chinese lines with their English translations, and the mentions they share.

Press releases often print each Chinese paragraph followed by its English
translation. Within one document this stage

1. pairs each Chinese article line with the English line that translates it
   (`align_lines`), from evidence that needs no model: equal figures and
   dates, shared digits and Latin tokens, entries of the bilingual lexicon
   (`rules/lexicon.yaml`) found on both sides, the length ratio and the
   position (adjacent paragraphs, or the same place in a run of Chinese
   lines followed by a run of English ones);
2. links the mentions of each pair that denote the same thing
   (`link_mentions`): figures of equal value and unit, dates of equal range,
   organisations and projects through the lexicon, shared Latin tokens, an
   English name written in brackets after the Chinese one, or, for names
   left over in equal number on both sides, their order;
3. lists the translation drift (`find_drift`): figures and dates of a
   paired line with no counterpart, or a different value, in the other.

Everything is pure: article lines and mentions in, frozen records out. A
document without both Chinese and English article lines costs nothing.

Modules: `lexicon` (the compiled `rules/lexicon.yaml`), `records` (what is
found), `lines` (line pairing), `links` (mention links and drift).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.core.entity import REGISTRY
from pipeline.core.records import LineContext, Mention
from pipeline.rules.ruleset import RuleSet
from pipeline.stages.align.lexicon import RULE_FILE, Lexicon, LexiconEntry, compile_lexicon
from pipeline.stages.align.lines import align_lines, value_key
from pipeline.stages.align.links import find_drift, link_mentions, value_forms
from pipeline.stages.align.records import Bilingual, Drift, LinePair, MentionLink

__all__ = [
    "RULE_FILE",
    "Bilingual",
    "Drift",
    "Lexicon",
    "LexiconEntry",
    "LinePair",
    "MentionLink",
    "align_lines",
    "compile_lexicon",
    "describe_mention",
    "find_drift",
    "link_mentions",
    "pair_document",
    "value_forms",
    "value_key",
]


def pair_document(lines: Sequence[LineContext], mentions: Sequence[Mention], ruleset: RuleSet) -> Bilingual:
    """Line pairs, mention links and drift of one document (empty unless it has both languages)."""
    if not {"zh", "en"} <= {line.lang for line in lines}:
        return Bilingual()
    lexicon = ruleset.compiled(compile_lexicon)
    pairs = align_lines(lines, mentions, lexicon)
    links = link_mentions(pairs, lines, mentions, lexicon)
    return Bilingual(pairs=pairs, links=links, drift=find_drift(pairs, links, lines, mentions))


def describe_mention(mention: Mention | None) -> str | None:
    """The value of a mention in a few words (its type's own description)."""
    if mention is None:
        return None
    return REGISTRY.get(mention.table).describe(mention.fields)
