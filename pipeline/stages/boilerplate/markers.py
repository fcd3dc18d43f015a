"""Markers: keyword and pattern rules matched on each line, with their speed machinery.

A rule list compiles to a `MarkerMatcher`: keyword rules go into a
dictionary and Aho-Corasick automata; every pattern rule is screened by the
literal strings each of its matches contains (`literals.required_literals`).
One automaton pass over a line tells which rules' literals it holds, and
only those rules (of a length that may carry them) are combined into the
regex run on the line.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import ahocorasick
import regex

from pipeline.rules.literals import required_literals

MATCH_MODES = ("line", "start", "anywhere")
# Words a headline leaves in lower case after its first word ("Back to Top").
HEADLINE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)
# Spaces, punctuation and symbols around a marker that `line`/`start`
# matching ignores ("【相关阅读】:" is the marker "相关阅读").
EDGE = r"[\s\p{P}\p{S}]*"
LEADING_EDGE = regex.compile(EDGE)
TRAILING_EDGE = regex.compile(EDGE, regex.REVERSE)
EDGE_CHARACTER = regex.compile(r"[\s\p{P}\p{S}]")
EDGE_CHARACTERS: dict[str, bool] = {}  # character -> is it an edge character (filled as met)
# How each match mode wraps its rules' patterns: (prefix, suffix).
MODE_AFFIXES = {"line": (EDGE, EDGE), "start": (EDGE, ""), "anywhere": ("", "")}
# The group holding a pattern rule's own match inside its mode's frame (see `MarkerMatcher.alone`).
RULE_GROUP = "rule"
# An automaton of `LiteralScan` not built yet.
UNBUILT = object()


@dataclass(frozen=True)
class MarkerRule:
    """One marker or article-text rule: its keywords or pattern and where it must match."""

    rule_id: str
    match: str
    keywords: tuple[str, ...]
    pattern: str | None
    max_chars: int | None
    opens_section: bool
    # The marker does not count on a line that reads as a sentence
    # (structure.marker_sentence): a prompt's words opening an article's sentence.
    not_in_sentence: bool = False


@dataclass(frozen=True)
class KeywordIndex:
    """Keyword rules by match mode, so each line is scanned only where it must be.

    `whole`: the line without its edge -> rule indices (match: line), only
    looked up for edge-free cores of at most `whole_max_chars`;
    `start`: automaton run over the first `start_span` characters after the
    edge (match: start), only when the first of them is in
    `start_first_characters`. Automaton values are tuples of (rule index,
    keyword length). `core_first_characters`: the first characters of the
    `whole` and `start` keywords; a line whose core starts with none of them
    has neither. `anywhere` keywords are found by the literal scan (see
    `LiteralScan`).
    """

    whole: dict[str, tuple[int, ...]]
    whole_max_chars: int
    start: Any
    start_span: int
    start_first_characters: frozenset[str]
    core_first_characters: frozenset[str]


@dataclass(frozen=True)
class LiteralScan:
    """Which rules a line may match, from one Aho-Corasick pass over it.

    Rules are bits of an int (bit i: rule i). `length_rules[i]`: the rules
    (of any kind) whose `max_chars` admits lines of a length in
    `(thresholds[i-1], thresholds[i]]`, the last entry longer lines.
    `automata[i]` maps each literal that one of those pattern rules needs,
    and each spelling of one of those `anywhere` keywords, to the rules it
    serves (None when there is none); the OR of what a line holds is its
    hits. One automaton per length keeps the automata of long lines small:
    the automaton's step per character slows with the number of distinct
    first characters of its words. `unscreened`: pattern rules with no known
    literal (always tried). `keyword_rules`: the `anywhere` keyword rules,
    which match when hit. `mode_rules`: the pattern rules of each match mode.
    `literals`: every literal and spelling -> the rules it serves, of any
    length; each automaton is built from them when a line of its lengths is
    first met (`automaton`): a run over a few short documents builds a few
    of the 14 automata of the rules as shipped (13 ms for all).
    """

    automata: list[Any]  # UNBUILT until `automaton` builds it
    unscreened: int
    keyword_rules: int
    mode_rules: dict[str, int]
    thresholds: tuple[int, ...]
    length_rules: tuple[int, ...]
    literals: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def hits(self, text: str) -> int:
        """Bits of the rules admitting `text`'s length whose literals (or `anywhere` keywords) are on it."""
        index = bisect.bisect_left(self.thresholds, len(text))
        automaton = self.automata[index]
        if automaton is UNBUILT:
            automaton = self.automaton(index)
        found = 0
        if automaton is not None:
            for _, rules in automaton.iter(text):
                found |= rules
        return found

    def automaton(self, index: int) -> Any:
        """`automata[index]`, built on first use (None when its lengths' rules need no literal)."""
        built = self.automata[index]
        if built is UNBUILT:
            admitted = self.length_rules[index]
            built = self.automata[index] = _automaton(
                {literal: bits & admitted for literal, bits in self.literals.items() if bits & admitted}
            )
        return built

    def allowed(self, length: int) -> int:
        """Bits of the rules whose `max_chars` admits a line of `length` characters."""
        return self.length_rules[bisect.bisect_left(self.thresholds, length)]


@dataclass(frozen=True)
class MarkerMatcher:
    """A rule list compiled for one pass per line.

    Keyword rules go into a KeywordIndex (a dictionary and Aho-Corasick
    automata); pattern rules are screened by a LiteralScan, and only the
    rules a line may match are run on it, each by its own regex. A rule with
    `max_chars` only takes part for lines at most that long. The answer is
    the one regex per match mode over all the mode's rules of that length
    would give (`combined`; see `_mode_winner`): the rules left out cannot
    match the line. When several rules match, the one listed first names the
    verdict (of the `anywhere` patterns, the one matching leftmost takes
    part).
    """

    rules: tuple[MarkerRule, ...]
    keywords: KeywordIndex
    scan: LiteralScan
    # Each pattern rule's own regex (see `alone`): all of them compiled when the
    # rules are built (`_marker_matcher`), else on first use.
    regexes: dict[int, regex.Pattern] = field(default_factory=dict, compare=False, repr=False)

    def find(self, text: str, hits: int | None = None) -> MarkerRule | None:
        """The first rule (in file order) that matches the stripped `text`, or None.

        `hits`: `self.scan.hits(text)` when already worked out.
        """
        if not text:
            return None
        candidates = self._keyword_candidates(text)
        scan = self.scan
        if hits is None:
            hits = scan.hits(text)
        allowed = scan.allowed(len(text))
        keywords = hits & scan.keyword_rules & allowed
        if keywords:
            candidates.extend(_indices(keywords))
        tried = (hits | scan.unscreened) & allowed
        if tried:
            for mode, mode_rules in scan.mode_rules.items():
                rules = tried & mode_rules
                if rules:
                    found = self._mode_winner(mode, rules, text)
                    if found is not None:
                        candidates.append(found)
        first = min((index for index in candidates if (allowed >> index) & 1), default=None)
        return None if first is None else self.rules[first]

    def _mode_winner(self, mode: str, rules: int, text: str) -> int | None:
        """The rule of bits `rules` (all of match mode `mode`) that the mode's combined regex would name.

        The combined regex (`combined`) tries its alternatives in rule
        order at each position it tries: `anywhere` from the left, so the
        rule matching leftmost wins, the first listed among equals; `line`
        and `start` after as long a leading edge as lets some rule match
        (the edge is greedy), so the rule whose own match starts furthest
        in wins, the first listed among equals. Each rule's regex on its
        own gives that position (the start of its group), which is the same
        answer without compiling a regex per set of rules.
        """
        regexes = self.regexes
        if rules & (rules - 1) == 0:  # one rule: it is the answer when it matches
            index = rules.bit_length() - 1
            pattern = regexes.get(index) or regexes.setdefault(index, self.alone(index))
            method = (
                pattern.search
                if mode == "anywhere"
                else pattern.fullmatch
                if mode == "line"
                else pattern.match
            )
            return index if method(text) is not None else None
        best: int | None = None
        best_start = 0
        for index in _indices(rules):
            pattern = regexes.get(index) or regexes.setdefault(index, self.alone(index))
            if mode == "anywhere":
                match = pattern.search(text)
                if match is not None and (best is None or match.start() < best_start):
                    best, best_start = index, match.start()
            else:
                match = pattern.fullmatch(text) if mode == "line" else pattern.match(text)
                if match is not None and (best is None or match.start(RULE_GROUP) > best_start):
                    best, best_start = index, match.start(RULE_GROUP)
        return best

    def alone(self, index: int) -> regex.Pattern:
        """The regex of rule `index` alone, framed as its match mode runs it (group RULE_GROUP: its match)."""
        rule = self.rules[index]
        prefix, suffix = MODE_AFFIXES[rule.match]
        return regex.compile(f"{prefix}(?P<{RULE_GROUP}>{rule.pattern}){suffix}")

    def combined(self, mode: str, rules: int) -> regex.Pattern:
        """One regex of match mode `mode` over the pattern rules of bits `rules` (group `m<index>`: the rule).

        What `find` answers as if it ran this regex; kept to check that it does.
        """
        prefix, suffix = MODE_AFFIXES[mode]
        alternatives = "|".join(f"(?P<m{index}>{self.rules[index].pattern})" for index in _indices(rules))
        return regex.compile(f"{prefix}(?:{alternatives}){suffix}")

    def _keyword_candidates(self, text: str) -> list[int]:
        """Indices of whole-line and start keyword rules that match `text` (max_chars not yet checked)."""
        index = self.keywords
        candidates: list[int] = []
        edge = EDGE_CHARACTERS.get(text[0])
        if edge is None:
            edge = _is_edge_character(text[0])
        if edge or text[0] in index.core_first_characters:
            self._core_keywords(text, candidates, edge)
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


def _indices(bits: int) -> list[int]:
    """The positions of the set bits of `bits`, lowest first."""
    found = []
    while bits:
        low = bits & -bits
        found.append(low.bit_length() - 1)
        bits ^= low
    return found


def _marker_rule(entry: Any) -> MarkerRule:
    """One (validated) YAML marker entry as a MarkerRule."""
    return MarkerRule(
        entry["id"],
        entry["match"],
        tuple(entry.get("keywords", ())),
        entry.get("pattern"),
        entry.get("max_chars"),
        entry.get("opens_section", False),
        entry.get("not_in_sentence", False),
    )


def keyword_spellings(keyword: str) -> set[str]:
    """The spellings a keyword matches: as written, lower, upper, capitalised, title and headline case.

    Headline case capitalises every word but the short function words
    after the first ("Back to Top", "Terms of Use"), as site menus print them.
    """
    if keyword.lower() == keyword == keyword.upper():  # no cased character (a Chinese keyword)
        return {keyword}
    words = keyword.lower().split(" ")
    title = " ".join(word[:1].upper() + word[1:] for word in words)
    headline = " ".join(
        word if position and word in HEADLINE_SMALL_WORDS else word[:1].upper() + word[1:]
        for position, word in enumerate(words)
    )
    capitalised = keyword[:1].upper() + keyword[1:].lower()
    return {keyword, keyword.lower(), keyword.upper(), capitalised, title, headline}


def _automaton(entries: dict[str, Any]) -> Any:
    """An Aho-Corasick automaton over the keys of `entries` (values as given), or None."""
    if not entries:
        return None
    automaton = ahocorasick.Automaton()
    for spelling, target in entries.items():
        automaton.add_word(spelling, target)
    automaton.make_automaton()
    return automaton


def _keyword_index(rules: Sequence[MarkerRule]) -> KeywordIndex:
    """Index the whole-line and start keyword rules (see KeywordIndex)."""
    whole: dict[str, list[int]] = {}
    start: dict[str, list[tuple[int, int]]] = {}
    for index, rule in enumerate(rules):
        for keyword in rule.keywords:
            for spelling in keyword_spellings(keyword):
                if rule.match == "line":
                    whole.setdefault(spelling, []).append(index)
                elif rule.match == "start":
                    start.setdefault(spelling, []).append((index, len(spelling)))
    return KeywordIndex(
        whole={spelling: tuple(indices) for spelling, indices in whole.items()},
        whole_max_chars=max((len(spelling) for spelling in whole), default=-1),
        start=_automaton({spelling: tuple(targets) for spelling, targets in start.items()}),
        start_span=max((len(spelling) for spelling in start), default=0),
        start_first_characters=frozenset(spelling[0] for spelling in start),
        core_first_characters=frozenset(spelling[0] for spelling in [*whole, *start]),
    )


def _literal_scan(rules: Sequence[MarkerRule]) -> LiteralScan:
    """The LiteralScan of a rule list (see there)."""
    literals: dict[str, int] = {}
    unscreened = keyword_rules = 0
    mode_rules = dict.fromkeys(MATCH_MODES, 0)
    for index, rule in enumerate(rules):
        bit = 1 << index
        if rule.pattern is not None:
            mode_rules[rule.match] |= bit
            needed = required_literals(rule.pattern)
            if needed is None:
                unscreened |= bit
                continue
        elif rule.match == "anywhere":
            keyword_rules |= bit
            needed = frozenset(
                spelling for keyword in rule.keywords for spelling in keyword_spellings(keyword)
            )
        else:
            continue
        for literal in needed:
            literals[literal] = literals.get(literal, 0) | bit
    thresholds = tuple(sorted({rule.max_chars for rule in rules if rule.max_chars}))
    length_rules = tuple(
        sum(
            1 << index
            for index, rule in enumerate(rules)
            if rule.max_chars is None or (floor is not None and rule.max_chars >= floor)
        )
        for floor in (*thresholds, None)
    )
    return LiteralScan(
        automata=[UNBUILT] * len(length_rules),
        unscreened=unscreened,
        keyword_rules=keyword_rules,
        mode_rules=mode_rules,
        thresholds=thresholds,
        length_rules=length_rules,
        literals=literals,
    )


def _marker_matcher(entries: Any) -> MarkerMatcher:
    """A (validated) list of marker entries compiled for one pass per line.

    Every pattern rule's own regex (`alone`) is compiled here, where the rule
    builders run inside the pattern cache (`RuleSet.compiled`): from a warm
    cache the 75 regexes of the shipped rules take about 5 ms instead of the
    0.15 s their compilation took on first use in every process that met them.
    """
    rules = tuple(_marker_rule(entry) for entry in entries)
    matcher = MarkerMatcher(rules, _keyword_index(rules), _literal_scan(rules))
    for index, rule in enumerate(rules):
        if rule.pattern is not None:
            matcher.regexes[index] = matcher.alone(index)
    return matcher


def _is_edge_character(character: str) -> bool:
    """True for a space, punctuation or symbol character (one the edge of a marker may hold)."""
    edge = EDGE_CHARACTERS.get(character)
    if edge is None:
        edge = EDGE_CHARACTERS[character] = EDGE_CHARACTER.match(character) is not None
    return edge
