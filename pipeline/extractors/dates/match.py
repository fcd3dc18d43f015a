"""Finding the rule matches of a text: the anchored search.

Trying every rule at every character is slow, so the rules are only tried
where a date can be: every date contains an anchor (年, 月, a month name,
a four-digit year, ...; `anchors` in the rule file) and starts at most the
anchor's reach before it. One plain search per anchor word finds them; at
each position in reach where some rule can start, the rules that can start
with that character are tried one by one in their order. This gives exactly
the matches of running the whole alternation over the line (tests compare
both, and every rule's examples are checked this way when the rules are
compiled).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from pipeline.extractors.dates.rules import DateRules


def anchors_by_text(texts: Sequence[str], rules: DateRules) -> list[Anchors] | None:
    """Per text, its folded text and its anchors in order: (position, step-back pattern).

    The texts are searched joined by newlines (no anchor spans a newline),
    folded to lower case. None when folding changed the length (then offsets
    would not line up).
    """
    joined = "\n".join(texts)
    if any(chr(code) in joined for code in rules.case_fold):
        joined = joined.translate(rules.case_fold)
    folded = joined.lower()
    if len(folded) != len(joined):
        return None
    is_ascii = folded.isascii()
    found = [
        (match.start(), step_back)
        for anchor, step_back, needs_non_ascii in rules.anchors
        if not (is_ascii and needs_non_ascii)
        for match in anchor.finditer(folded)
    ]
    found.sort(key=lambda item: item[0])
    line_starts = []
    offset = 0
    for text in texts:
        line_starts.append(offset)
        offset += len(text) + 1
    by_text: list[list[tuple[int, regex.Pattern]]] = [[] for _ in texts]
    for position, step_back in found:
        index = bisect_right(line_starts, position) - 1
        by_text[index].append((position - line_starts[index], step_back))
    return [
        Anchors(
            folded[line_starts[index] : line_starts[index] + len(text)] if by_text[index] else "",
            by_text[index],
        )
        for index, text in enumerate(texts)
    ]


@dataclass(frozen=True)
class Anchors:
    """A text folded to lower case and its anchors: (position, step-back pattern)."""

    folded: str
    positions: list[tuple[int, regex.Pattern]]


def match_at(
    text: str, folded: str | None, position: int, rules: DateRules
) -> tuple[regex.Match, str] | None:
    """(match, rule id) of the first rule matching at `position`, as the combined pattern would.

    Only the rules that can start with the character there are tried. The
    Chinese guard depends on that character alone, so the table has applied
    it already; the English guard is checked here, at a letter only where,
    in `folded`, a start word begins not inside a word (the quick test).
    """
    character = text[position]
    chinese, english = rules.rules_starting_with(character)
    single_rules = rules.single_rules
    for index in chinese:
        pattern, rule_id = single_rules[index]
        match = pattern.match(text, position)
        if match is not None:
            return match, rule_id
    if (
        english
        and (
            folded is None
            or not character.isalpha()
            or (
                folded.startswith(rules.start_words, position)
                and (position == 0 or not _is_ascii_word_character(text[position - 1]))
            )
        )
        and rules.guards[1].match(text, position) is not None
    ):
        for index in english:
            pattern, rule_id = single_rules[index]
            match = pattern.match(text, position)
            if match is not None:
                return match, rule_id
    return None


def _is_ascii_word_character(character: str) -> bool:
    """True for A-Z, a-z, 0-9 and _ (a word start cannot follow one)."""
    return character.isascii() and (character.isalnum() or character == "_")


def matches_everywhere(text: str, rules: DateRules) -> Iterator[tuple[regex.Match, str]]:
    """The matches of the combined pattern on `text`, trying the rules at every position."""
    position = 0
    while position < len(text):
        found = match_at(text, None, position, rules)
        if found is None:
            position += 1
            continue
        yield found
        position = max(found[0].end(), position + 1)


def rule_matches(
    text: str, rules: DateRules, anchors: Anchors | None = None
) -> Iterator[tuple[regex.Match, str]]:
    """The matches of the combined pattern on `text`, left to right, without overlaps.

    The same matches `rules.pattern.finditer(text)` gives, found by trying the
    rules only at the start positions near an anchor: every date contains
    an anchor and starts at most the anchor's reach before it.
    """
    if anchors is None:
        anchors = (anchors_by_text([text], rules) or [None])[0]
        if anchors is None:  # folding changed the length: search everywhere
            yield from matches_everywhere(text, rules)
            return
    folded = anchors.folded
    resume = 0  # no match may start before this (the end of the last match)
    tried = 0  # positions before this were already tried
    for anchor_start, step_back in anchors.positions:
        if anchor_start < resume or anchor_start < tried:
            continue
        window_start = max(step_back.match(text, 0, anchor_start).start(), resume, tried)
        tried = anchor_start + 1
        for start in rules.start_characters.finditer(text, window_start, anchor_start + 1):
            position = start.start()
            if position < resume:
                continue
            match = match_at(text, folded, position, rules)
            if match is not None:
                yield match
                resume = match[0].end()
                if resume > anchor_start:
                    break


def rule_id_of(match: regex.Match, rules: DateRules) -> str:
    """The id of the rule whose group matched, as reported on spans."""
    spans = match.regs
    for index, rule_id in rules.rule_groups:
        if spans[index][0] >= 0:
            return rule_id
    raise AssertionError("a match without a rule group")


def named_groups(match: regex.Match, rules: DateRules) -> dict[str, str]:
    """The rules' named groups that took part in the match: name -> text."""
    spans = match.regs
    text = match.string
    return {
        name: text[spans[index][0] : spans[index][1]]
        for name, index in rules.value_groups(match.re)
        if spans[index][0] >= 0
    }
