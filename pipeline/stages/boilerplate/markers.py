"""Markers: keyword and pattern rules matched on each line, with their speed machinery.

A rule list compiles to a `MarkerMatcher`: keyword rules go into a
dictionary and Aho-Corasick automata, pattern rules into one regex per match
mode and line-length bucket, each behind a literal screen (see
`literals.required_literals`), and one document-level screen tells which
lines are worth running the regexes on at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING, Any

import ahocorasick
import regex

if TYPE_CHECKING:
    pass

from pipeline.stages.boilerplate.literals import required_literals
from pipeline.text.patterns import literal_pattern

MATCH_MODES = ("line", "start", "anywhere")
# The match modes as bits, for the document-level screen.
# KEYWORD_BIT marks a line holding a keyword of an `anywhere` keyword rule.
LINE_BIT, START_BIT, ANYWHERE_BIT, KEYWORD_BIT = 1, 2, 4, 8
MODE_BITS = {"line": LINE_BIT, "start": START_BIT, "anywhere": ANYWHERE_BIT}
PATTERN_BITS = LINE_BIT | START_BIT | ANYWHERE_BIT
ALL_BITS = PATTERN_BITS | KEYWORD_BIT
# Spaces, punctuation and symbols around a marker that `line`/`start`
# matching ignores ("【相关阅读】:" is the marker "相关阅读").
EDGE = r"[\s\p{P}\p{S}]*"
LEADING_EDGE = regex.compile(EDGE)
TRAILING_EDGE = regex.compile(EDGE, regex.REVERSE)
EDGE_CHARACTER = regex.compile(r"[\s\p{P}\p{S}]")
EDGE_CHARACTERS: dict[str, bool] = {}  # character -> is it an edge character (filled as met)


@dataclass(frozen=True)
class MarkerRule:
    """One marker or article-text rule: its keywords or pattern and where it must match."""

    rule_id: str
    match: str
    keywords: tuple[str, ...]
    pattern: str | None
    max_chars: int | None
    opens_section: bool


@dataclass(frozen=True)
class PatternBucket:
    """The pattern rules allowed for one range of line lengths, one regex per match mode.

    Group `m<index>` of a match names the rule (its index in the rule list).
    Each regex has a screen: a regex finding a literal that every match of at
    least one of its rules contains. A line in which the screen finds nothing
    cannot match, and the (much slower) rule regex is skipped. A screen is
    None when some rule has no such literal: that regex always runs.
    """

    line: regex.Pattern | None
    start: regex.Pattern | None
    anywhere: regex.Pattern | None
    line_screen: re.Pattern | None = None
    start_screen: re.Pattern | None = None
    anywhere_screen: re.Pattern | None = None

    def rules_matching(self, text: str, modes: int | None = None) -> list[int]:
        """Indices of the rules whose regex matches `text`: at most one per match mode.

        `modes`: bits (MODE_BITS) of the match modes worth trying, as a
        document-level screen found them (see `MarkerMatcher.modes_to_try`);
        None: all of them. A mode left to try is then screened on the line
        itself: the document-level screen only says that some literal of
        some mode is on the line.
        """
        found = []
        if self.line is not None and _worth_trying(text, modes, LINE_BIT, self.line_screen):
            found.append(self.line.fullmatch(text))
        if self.start is not None and _worth_trying(text, modes, START_BIT, self.start_screen):
            found.append(self.start.match(text))
        if self.anywhere is not None and _worth_trying(text, modes, ANYWHERE_BIT, self.anywhere_screen):
            found.append(self.anywhere.search(text))
        return [int(match.lastgroup[1:]) for match in found if match]


def _worth_trying(text: str, modes: int | None, mode_bit: int, screen: re.Pattern | None) -> bool:
    """True when the regex of match mode `mode_bit` may match `text`: allowed by `modes` and its screen."""
    return (modes is None or modes & mode_bit != 0) and (screen is None or screen.search(text) is not None)


@dataclass(frozen=True)
class KeywordIndex:
    """Keyword rules by match mode, so each line is scanned only where it must be.

    `whole`: the line without its edge -> rule indices (match: line), only
    looked up for edge-free cores of at most `whole_max_chars`;
    `start`: automaton run over the first `start_span` characters after the
    edge (match: start), only when the first of them is in
    `start_first_characters`; `anywhere`: automaton over the whole line, run
    only on lines of at most `anywhere_max_chars` characters (None: any
    length). Automaton values are tuples of (rule index, keyword length).
    `core_first_characters`: the first characters of the `whole` and `start`
    keywords; a line whose core starts with none of them has neither.
    """

    whole: dict[str, tuple[int, ...]]
    whole_max_chars: int
    start: Any
    start_span: int
    start_first_characters: frozenset[str]
    anywhere: Any
    anywhere_max_chars: int | None
    core_first_characters: frozenset[str]


@dataclass(frozen=True)
class MarkerMatcher:
    """A rule list compiled for one pass per line.

    Keyword rules go into a KeywordIndex (a dictionary and Aho-Corasick
    automata); pattern rules are combined into one regex per match mode. A
    rule with `max_chars` only takes part for lines at most that long, so
    pattern regexes come in buckets by line length: `buckets[i]` serves
    lengths in `(thresholds[i-1], thresholds[i]]`, the last bucket longer
    lines. When several rules match, the one listed first names the verdict
    (of the `anywhere` patterns, the one matching leftmost takes part).
    """

    rules: tuple[MarkerRule, ...]
    keywords: KeywordIndex
    thresholds: tuple[int, ...]
    buckets: tuple[PatternBucket, ...]
    # The document-level screen (see `modes_to_try`): a regex finding the
    # literals of the pattern rules and `anywhere` keywords; the mode bits
    # that cannot be screened (tried on every line); and the longest line
    # any of those rules applies to (None: no limit).
    screen: re.Pattern | None
    unscreened_modes: int
    screen_max_chars: int | None

    def find(self, text: str, modes: int | None = None) -> MarkerRule | None:
        """The first rule (in file order) that matches the stripped `text`, or None.

        `modes`: bits of what the document-level screen found on the line
        (see `modes_to_try`); None when the line has not been screened.
        """
        candidates = self._keyword_candidates(text, modes)
        if modes is None or modes & PATTERN_BITS:
            bucket = self.buckets[bisect.bisect_left(self.thresholds, len(text))]
            candidates.extend(bucket.rules_matching(text, modes))
        if not candidates:
            return None
        allowed = [index for index in candidates if (self.rules[index].max_chars or len(text)) >= len(text)]
        return self.rules[min(allowed)] if allowed else None

    def modes_to_try(self, texts: Sequence[str]) -> list[int]:
        """For each stripped text, bits of the match modes whose pattern regexes may match it.

        One literal scan over the document's lines that the rules apply to
        replaces a screen per line: a line holding none of the literals is
        left with the unscreened modes only; a line holding one tries all.
        """
        modes = [self.unscreened_modes] * len(texts)
        if self.screen is None:
            return modes
        limit = self.screen_max_chars
        screened = [
            index for index, text in enumerate(texts) if text and (limit is None or len(text) <= limit)
        ]
        if not screened:
            return modes
        document = "\n".join(texts[index] for index in screened)
        starts = list(accumulate((len(texts[index]) + 1 for index in screened[:-1]), initial=0))
        for found in self.screen.finditer(document):
            modes[screened[bisect.bisect_right(starts, found.start()) - 1]] = ALL_BITS
        return modes

    def _keyword_candidates(self, text: str, modes: int | None = None) -> list[int]:
        """Indices of keyword rules that match `text` in their mode (max_chars not yet checked)."""
        index = self.keywords
        candidates: list[int] = []
        if not text:
            return candidates
        edge = EDGE_CHARACTERS.get(text[0])
        if edge is None:
            edge = _is_edge_character(text[0])
        if edge or text[0] in index.core_first_characters:
            self._core_keywords(text, candidates, edge)
        if (
            (modes is None or modes & KEYWORD_BIT)
            and index.anywhere is not None
            and (index.anywhere_max_chars or len(text)) >= len(text)
        ):
            for _, entries in index.anywhere.iter(text):
                candidates.extend(rule for rule, _ in entries)
        return candidates

    def _core_keywords(self, text: str, candidates: list[int], edge: bool) -> None:
        """Add to `candidates` the whole-line and start keyword rules matching the core of `text`.

        `edge`: whether `text` starts with an edge character.
        """
        index = self.keywords
        core_start = LEADING_EDGE.match(text).end() if edge else 0
        most = index.whole_max_chars
        # The core (edge removed) can only be a whole-line keyword when it
        # ends by core_start + most: every character from there on is an edge.
        if len(text) - core_start <= most or (
            most >= 0 and _is_edge_character(text[-1]) and _is_edge_character(text[core_start + most])
        ):
            core_end = max(TRAILING_EDGE.match(text).start(), core_start)
            if core_end - core_start <= most:
                candidates.extend(index.whole.get(text[core_start:core_end], ()))
        if core_start < len(text) and text[core_start] in index.start_first_characters:
            window_end = min(len(text), core_start + index.start_span)
            for last, entries in index.start.iter(text, core_start, window_end):
                candidates.extend(rule for rule, length in entries if last - length + 1 == core_start)


def _marker_rule(entry: Any) -> MarkerRule:
    """One (validated) YAML marker entry as a MarkerRule."""
    return MarkerRule(
        entry["id"],
        entry["match"],
        tuple(entry.get("keywords", ())),
        entry.get("pattern"),
        entry.get("max_chars"),
        entry.get("opens_section", False),
    )


def keyword_spellings(keyword: str) -> set[str]:
    """The spellings a keyword matches: as written, lower, upper, capitalised and title case."""
    title = " ".join(word[:1].upper() + word[1:] for word in keyword.lower().split(" "))
    return {keyword, keyword.lower(), keyword.upper(), keyword[:1].upper() + keyword[1:].lower(), title}


def _automaton(entries: dict[str, list[tuple[int, int]]]) -> Any:
    """An Aho-Corasick automaton over spelling -> ((rule index, length), ...), or None."""
    if not entries:
        return None
    automaton = ahocorasick.Automaton()
    for spelling, targets in entries.items():
        automaton.add_word(spelling, tuple(targets))
    automaton.make_automaton()
    return automaton


def _keyword_index(rules: Sequence[MarkerRule]) -> KeywordIndex:
    """Index the keyword rules by match mode (see KeywordIndex)."""
    whole: dict[str, list[int]] = {}
    by_mode: dict[str, dict[str, list[tuple[int, int]]]] = {"start": {}, "anywhere": {}}
    anywhere_limits: list[int | None] = []
    for index, rule in enumerate(rules):
        for keyword in rule.keywords:
            for spelling in keyword_spellings(keyword):
                if rule.match == "line":
                    whole.setdefault(spelling, []).append(index)
                else:
                    by_mode[rule.match].setdefault(spelling, []).append((index, len(spelling)))
        if rule.keywords and rule.match == "anywhere":
            anywhere_limits.append(rule.max_chars)
    return KeywordIndex(
        whole={spelling: tuple(indices) for spelling, indices in whole.items()},
        whole_max_chars=max((len(spelling) for spelling in whole), default=-1),
        start=_automaton(by_mode["start"]),
        start_span=max((len(spelling) for spelling in by_mode["start"]), default=0),
        start_first_characters=frozenset(spelling[0] for spelling in by_mode["start"]),
        core_first_characters=frozenset(spelling[0] for spelling in [*whole, *by_mode["start"]]),
        anywhere=_automaton(by_mode["anywhere"]),
        anywhere_max_chars=None if None in anywhere_limits else max(anywhere_limits, default=0),
    )


def _pattern_bucket(rules: Sequence[tuple[int, MarkerRule]]) -> PatternBucket:
    """Combined regexes (line / start / anywhere) and their literal screens for (index, rule) pairs."""
    by_mode: dict[str, list[str]] = {mode: [] for mode in MATCH_MODES}
    for index, rule in rules:
        if rule.pattern is not None:
            by_mode[rule.match].append(f"(?P<m{index}>{rule.pattern})")
    literals = _mode_literals(rules)

    def compiled(prefix: str, alternatives: list[str], suffix: str) -> regex.Pattern | None:
        return regex.compile(f"{prefix}(?:{'|'.join(alternatives)}){suffix}") if alternatives else None

    def screen(mode: str) -> re.Pattern | None:
        known = literals[mode]
        return _literal_screen(known) if known else None

    return PatternBucket(
        line=compiled(EDGE, by_mode["line"], EDGE),
        start=compiled(EDGE, by_mode["start"], ""),
        anywhere=compiled("", by_mode["anywhere"], ""),
        line_screen=screen("line"),
        start_screen=screen("start"),
        anywhere_screen=screen("anywhere"),
    )


def _mode_literals(rules: Iterable[tuple[int, MarkerRule]]) -> dict[str, set[str] | None]:
    """Per match mode, the union of the required literals of its pattern rules (None: some rule has none)."""
    literals: dict[str, set[str] | None] = {mode: set() for mode in MATCH_MODES}
    for _, rule in rules:
        if rule.pattern is None:
            continue
        needed = required_literals(rule.pattern)
        known = literals[rule.match]
        if needed is None or known is None:
            literals[rule.match] = None
        else:
            known.update(needed)
    return literals


def _literal_screen(literals: set[str], suffix: str = "") -> re.Pattern:
    """A regex that finds any of `literals` (longest first), followed by `suffix`.

    The literals are written as a trie ("上一(?:则|条)" for 上一则, 上一条), so
    at each position `re` follows one branch per character instead of trying
    every literal in turn; it finds the same literals at the same positions.
    The trie (`literal_pattern`) escapes with `regex.escape`, which escapes
    only punctuation and spaces: escapes the standard `re` module reads the
    same way, and `re` scans these screens faster than `regex`.
    """
    return re.compile(f"(?:{literal_pattern(literals)}){suffix}")


def _marker_matcher(entries: Any) -> MarkerMatcher:
    """A (validated) list of marker entries compiled for one pass per line."""
    rules = tuple(_marker_rule(entry) for entry in entries)
    thresholds = tuple(sorted({rule.max_chars for rule in rules if rule.max_chars and rule.pattern}))
    buckets = []
    for bucket in range(len(thresholds) + 1):
        floor = thresholds[bucket] if bucket < len(thresholds) else None
        allowed = [
            (index, rule)
            for index, rule in enumerate(rules)
            if rule.max_chars is None or (floor is not None and rule.max_chars >= floor)
        ]
        buckets.append(_pattern_bucket(allowed))
    return MarkerMatcher(rules, _keyword_index(rules), thresholds, tuple(buckets), *_document_screen(rules))


def _document_screen(rules: Sequence[MarkerRule]) -> tuple[re.Pattern | None, int, int | None]:
    """The document-level screen of a rule list: (regex or None, unscreened bits, max chars).

    The regex finds the first literal of the pattern rules or keyword of
    the `anywhere` keyword rules on a line, and takes the rest of the line
    (one match per line); max chars is the longest line any of them applies to.
    """
    literals: set[str] = set()
    unscreened = 0
    for mode, needed in _mode_literals(enumerate(rules)).items():
        if not any(rule.pattern is not None and rule.match == mode for rule in rules):
            continue
        if needed is None or any("\n" in literal for literal in needed):
            unscreened |= MODE_BITS[mode]
        else:
            literals.update(needed)
    keyword_rules = [rule for rule in rules if rule.keywords and rule.match == "anywhere"]
    spellings = {
        spelling
        for rule in keyword_rules
        for keyword in rule.keywords
        for spelling in keyword_spellings(keyword)
    }
    if any("\n" in spelling for spelling in spellings):
        unscreened |= KEYWORD_BIT
    else:
        literals.update(spellings)
    limits = [rule.max_chars for rule in rules if rule.pattern is not None] + [
        rule.max_chars for rule in keyword_rules
    ]
    screen = _literal_screen(literals, "[^\n]*") if literals else None
    return screen, unscreened, None if None in limits else max(limits, default=0)


def _is_edge_character(character: str) -> bool:
    """True for a space, punctuation or symbol character (one the edge of a marker may hold)."""
    edge = EDGE_CHARACTERS.get(character)
    if edge is None:
        edge = EDGE_CHARACTERS[character] = EDGE_CHARACTER.match(character) is not None
    return edge
