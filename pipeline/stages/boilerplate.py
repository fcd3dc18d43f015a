"""Boilerplate stage: tell web debris from article text, line by line.

`classify_lines(lines, ruleset)` returns one `BoilerplateVerdict` per normalised line,
in order. It works in two passes, in the manner of jusText:

1. context-free: every line is matched against the markers of
   `rules/boilerplate.yaml` and measured (blank? headline-like?
   paragraph-like? list item? picture-name shaped?);
2. revision by neighbours: structure rules mark related-articles sections,
   repeated lines, link lists, captions between image gaps, short lines
   inside a boilerplate block, and a headline list after the article.

Each verdict names its rule as `marker:<id>` or `structure:<name>`. Blank
lines are never boilerplate. All words, patterns and thresholds live in the
rules file, compiled once per rule set (`ruleset.compiled(boilerplate_rules)`).

Speed comes from doing as little per line as the verdict allows, never from
changing it: a line's facts are computed once per distinct text and kept
for later documents (see FACTS_CACHE_SIZE); the length units of new
lines are counted in vectorised passes (`measure_units`); a marker regex
runs only on lines of a length its rules accept and only when one scan of
the document finds on the line one of the literal strings every match of
those rules needs (found by reading the patterns, see `required_literals`);
and the article-text rules are checked only for the few lines a structure
rule would change.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any

import ahocorasick
import numpy as np
import regex

from pipeline.core.records import BoilerplateVerdict, NormalisedLine
from pipeline.rules.schema import EXAMPLES, Bool, ListOf, Mapping, Number, Schema, Str, Where, check

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet


try:  # the standard library's regex parser, used only to read literals out of patterns
    import re._constants as re_constants
    import re._parser as re_parser
except ImportError:  # pragma: no cover - older Pythons name them sre_*
    import sre_constants as re_constants  # type: ignore[no-redef]
    import sre_parse as re_parser  # type: ignore[no-redef]

RULES_NAME = "boilerplate"
MATCH_MODES = ("line", "start", "anywhere")
# The match modes as bits, for the document-level screen.
# KEYWORD_BIT marks a line holding a keyword of an `anywhere` keyword rule.
LINE_BIT, START_BIT, ANYWHERE_BIT, KEYWORD_BIT = 1, 2, 4, 8
MODE_BITS = {"line": LINE_BIT, "start": START_BIT, "anywhere": ANYWHERE_BIT}
PATTERN_BITS = LINE_BIT | START_BIT | ANYWHERE_BIT
ALL_BITS = PATTERN_BITS | KEYWORD_BIT
RULE_ID = regex.compile(r"[a-z][a-z0-9_]*")
# Spaces, punctuation and symbols around a marker that `line`/`start`
# matching ignores ("【相关阅读】:" is the marker "相关阅读").
EDGE = r"[\s\p{P}\p{S}]*"
LEADING_EDGE = regex.compile(EDGE)
TRAILING_EDGE = regex.compile(EDGE, regex.REVERSE)
EDGE_CHARACTER = regex.compile(r"[\s\p{P}\p{S}]")
EDGE_CHARACTERS: dict[str, bool] = {}  # character -> is it an edge character (filled as met)
# What counts towards a line's length in units (see the rules file).
HAN_RUN = regex.compile(r"\p{Han}+")
# Latin words, counted on the line's ASCII characters only (much faster than
# scanning the Chinese text; a word split by a Chinese character counts once).
LATIN_WORD_BYTES = re.compile(rb"[A-Za-z]+(?:['-][A-Za-z]+)*")
ELLIPSES = ("...", "…")
# Character classes for `measure_units`: non-ASCII other/Han, and ASCII by
# the part it plays in a Latin word (the ASCII classes are the largest).
CLASS_OTHER, CLASS_HAN, CLASS_ASCII_OTHER, CLASS_LETTER, CLASS_JOINER = 0, 1, 2, 3, 4
# A line longer than this many characters per unit of the largest threshold
# is measured on its head first (see `_units_for_thresholds`).
HEAD_CHARACTERS_PER_UNIT = 8
# Lines are measured in batches of about this many characters (bounded memory).
BATCH_CHARACTERS = 1 << 20
# Pattern features of the `regex` dialect that the standard parser would
# misread as literal text: POSIX classes ("[[:digit:]]") and fuzzy
# constraints ("{e<=1}"); patterns using them are never screened.
UNSCREENABLE = regex.compile(r"\[:\^?[a-z]+:\]|\{(?!\d*,?\d*\})")
# A character class listing at most this many characters still yields literals,
# and a set of literals read from a pattern holds at most MAX_LITERAL_SET strings.
MAX_CLASS_LITERALS = 16
MAX_LITERAL_SET = 64

NOT_BOILERPLATE = BoilerplateVerdict(False, None)
# At most this many distinct line texts, each at most this long, keep their
# facts between documents (the store is emptied when full). Longer lines are
# running text, which seldom repeats.
FACTS_CACHE_SIZE = 1 << 14
FACTS_CACHE_MAX_CHARACTERS = 256


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


@dataclass(frozen=True)
class StructureSettings:
    """The named thresholds of the structure rules (see the rules file)."""

    latin_word_units: int
    headline_max_units: int
    sentence_end: str
    paragraph_min_units: int
    repeated_only_after_body: bool
    link_item_pattern: regex.Pattern
    link_list_min_run: int
    resume_paragraphs: int
    image_gap_blank_lines: int
    caption_max_units: int
    caption_forbidden_chars: frozenset[str]
    caption_only_after_body: bool
    between_max_units: int
    between_only_after_body: bool
    headline_run_min_run: int
    # `caption_forbidden_chars` as one character class: searching a line with
    # it is several times faster than a set test over the line's characters.
    caption_forbidden_pattern: re.Pattern


@dataclass(frozen=True)
class BoilerplateRules:
    """Everything `classify_lines` needs, compiled once from the rules file."""

    markers: MarkerMatcher
    article_text: MarkerMatcher
    structure: StructureSettings
    # Line facts by stripped text, kept across documents (see `classify_texts`).
    facts_by_text: dict[str, LineFacts] = field(default_factory=dict, compare=False, repr=False)


class LineFacts:
    """What the context-free pass learned about one (stripped) line.

    `units` is the line's length in units (see `length_units`). `protected` (an article-text rule matches)
    is worked out on first use: most lines never need it.
    """

    __slots__ = (
        "text",
        "blank",
        "marker",
        "headline_like",
        "paragraph_like",
        "truncated",
        "link_item",
        "caption_shaped",
        "units",
        "_article_text",
        "_protected",
    )

    def __init__(
        self,
        text: str = "",
        blank: bool = False,
        marker: MarkerRule | None = None,
        headline_like: bool = False,
        paragraph_like: bool = False,
        truncated: bool = False,
        link_item: bool = False,
        caption_shaped: bool = False,
        units: int = 0,
        article_text: MarkerMatcher | None = None,
    ) -> None:
        self.text = text
        self.blank = blank
        self.marker = marker
        self.headline_like = headline_like
        self.paragraph_like = paragraph_like
        self.truncated = truncated
        self.link_item = link_item
        self.caption_shaped = caption_shaped
        self.units = units
        self._article_text = article_text
        self._protected: bool | None = None

    @property
    def protected(self) -> bool:
        """True when an article-text rule matches the line (structure rules then leave it alone)."""
        if self._protected is None:
            matcher = self._article_text
            self._protected = matcher is not None and matcher.find(self.text) is not None
        return self._protected


BLANK_LINE = LineFacts(blank=True)


# ---------------------------------------------------------------- loading


class Checked(Schema):
    """`base`, and then `test(value)` must hold (else `reason`)."""

    def __init__(self, base: Schema, test: Callable[[Any], bool], reason: str) -> None:
        self.base, self.test, self.reason = base, test, reason

    def check(self, value: Any, where: Where) -> None:
        """The base shape, then the test."""
        self.base.check(value, where)
        if not self.test(value):
            raise where.fail(f"{self.reason}, got {value!r}")

    def describe(self) -> str:
        """What the base shape says."""
        return self.base.describe()


def _one_of_keywords_or_pattern(entry: dict, where: Where) -> None:
    if ("keywords" in entry) == ("pattern" in entry):
        raise where.fail(f"rule {entry['id']!r} needs exactly one of keywords, pattern")


def _marker_schema(allow_section: bool) -> Mapping:
    """The shape of one marker (or, without `opens_section`, one article-text rule)."""
    fields: dict[str, Schema] = {
        "id": Checked(Str(), RULE_ID.fullmatch, "rule id must be lower_case letters, digits and _"),
        "comment": Checked(Str(), str.strip, "a rule needs a comment"),
        "match": Str(choices=MATCH_MODES),
        "keywords": ListOf(Checked(Str(), str.strip, "a keyword must not be blank"), min_items=1),
        "pattern": Checked(
            Str(regex=True), lambda pattern: "(?P<" not in pattern, "named groups are not allowed"
        ),
        "max_chars": Number(minimum=1, integer=True),
        "examples": EXAMPLES,
    }
    if allow_section:
        fields["opens_section"] = Bool()
    return Mapping(fields, required=("id", "comment", "match"), check_whole=_one_of_keywords_or_pattern)


_COUNT = Number(minimum=0, integer=True)
STRUCTURE_SCHEMA = Mapping(
    {
        "latin_word_units": _COUNT,
        "headline": Mapping(
            {"max_units": _COUNT, "sentence_end": Str(allow_empty=True)},
            required=("max_units", "sentence_end"),
        ),
        "paragraph": Mapping({"min_units": _COUNT}, required=("min_units",)),
        "repeated_line": Mapping({"only_after_body": Bool()}, required=("only_after_body",)),
        "link_list": Mapping(
            {"item_pattern": Str(regex=True), "min_run": _COUNT, "examples": EXAMPLES},
            required=("item_pattern", "min_run"),
        ),
        "after_related": Mapping({"resume_paragraphs": _COUNT}, required=("resume_paragraphs",)),
        "caption": Mapping(
            {
                "image_gap_blank_lines": _COUNT,
                "max_units": _COUNT,
                "forbidden_chars": Str(allow_empty=True),
                "only_after_body": Bool(),
            },
            required=("image_gap_blank_lines", "max_units", "forbidden_chars", "only_after_body"),
        ),
        "between_boilerplate": Mapping(
            {"max_units": _COUNT, "only_after_body": Bool()}, required=("max_units", "only_after_body")
        ),
        "headline_run": Mapping({"min_run": _COUNT}, required=("min_run",)),
    },
    required=(
        "latin_word_units",
        "headline",
        "paragraph",
        "repeated_line",
        "link_list",
        "after_related",
        "caption",
        "between_boilerplate",
        "headline_run",
    ),
)

BOILERPLATE_SCHEMA = Mapping(
    {
        "markers": ListOf(_marker_schema(allow_section=True), unique="id"),
        "article_text": ListOf(_marker_schema(allow_section=False), unique="id"),
        "structure": STRUCTURE_SCHEMA,
    },
    required=("markers", "article_text", "structure"),
)


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
    """The spellings a keyword matches: as written, lower, upper and capitalised."""
    return {keyword, keyword.lower(), keyword.upper(), keyword[:1].upper() + keyword[1:].lower()}


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
    """
    return re.compile(f"(?:{_trie_pattern(literals)}){suffix}")


def _trie_pattern(literals: Iterable[str]) -> str:
    """A regex matching exactly `literals` (all non-empty), longest first, with common prefixes shared."""
    trie: dict[str, dict] = {}
    for literal in literals:
        node = trie
        for character in literal:
            node = node.setdefault(character, {})
        node[""] = {}  # a literal ends here
    return _trie_node_pattern(trie)


def _trie_node_pattern(node: dict[str, dict]) -> str:
    """The regex of one trie node: its branches, optional when a literal also ends here."""
    branches = [
        re.escape(character) + _trie_node_pattern(child)
        for character, child in sorted(node.items())
        if character
    ]
    if not branches:
        return ""
    ends_here = "" in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    # `?` is greedy: a longer literal is tried before the one ending here.
    return f"(?:{'|'.join(branches)})" + ("?" if ends_here else "")


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


def _structure_settings(structure: Any) -> StructureSettings:
    """The thresholds of the (validated) `structure` section."""
    caption = structure["caption"]
    return StructureSettings(
        latin_word_units=structure["latin_word_units"],
        headline_max_units=structure["headline"]["max_units"],
        sentence_end=structure["headline"]["sentence_end"],
        paragraph_min_units=structure["paragraph"]["min_units"],
        repeated_only_after_body=structure["repeated_line"]["only_after_body"],
        link_item_pattern=regex.compile(structure["link_list"]["item_pattern"]),
        link_list_min_run=structure["link_list"]["min_run"],
        resume_paragraphs=structure["after_related"]["resume_paragraphs"],
        image_gap_blank_lines=caption["image_gap_blank_lines"],
        caption_max_units=caption["max_units"],
        caption_forbidden_chars=frozenset(caption["forbidden_chars"]),
        caption_only_after_body=caption["only_after_body"],
        between_max_units=structure["between_boilerplate"]["max_units"],
        between_only_after_body=structure["between_boilerplate"]["only_after_body"],
        headline_run_min_run=structure["headline_run"]["min_run"],
        caption_forbidden_pattern=_any_character_of(caption["forbidden_chars"]),
    )


def _any_character_of(characters: str) -> re.Pattern:
    """A regex finding any one of `characters` (one that never matches when there are none)."""
    if not characters:
        return re.compile(r"(?!)")
    return re.compile(f"[{''.join(re.escape(character) for character in sorted(set(characters)))}]")


def boilerplate_rules(ruleset: RuleSet) -> BoilerplateRules:
    """The rule set's boilerplate.yaml, validated and compiled.

    A builder for `ruleset.compiled(boilerplate_rules)`; raises RuleFileError
    (file:line: reason) when the file is broken.
    """
    document = ruleset.file(RULES_NAME)
    check(document, BOILERPLATE_SCHEMA, ruleset.path(RULES_NAME))
    return BoilerplateRules(
        markers=_marker_matcher(document["markers"]),
        article_text=_marker_matcher(document["article_text"]),
        structure=_structure_settings(document["structure"]),
    )


# ------------------------------------------------ literals of a pattern


class _Unscreenable(Exception):
    """A pattern whose literals cannot be read safely (flags, dialect features)."""


@dataclass(frozen=True)
class _Strings:
    """What is known about the strings one piece of a pattern matches.

    `exact`: every string it can match (when few); `prefixes` / `suffixes`:
    strings one of which every match starts / ends with; `needed`: literal
    sets one member of which every match contains. None means unknown.
    """

    exact: frozenset[str] | None = None
    prefixes: frozenset[str] | None = None
    suffixes: frozenset[str] | None = None
    needed: tuple[frozenset[str], ...] = ()

    @staticmethod
    def of(strings: frozenset[str] | None) -> _Strings:
        """A piece matching exactly `strings` (unknown when None)."""
        return _Strings(strings, strings, strings) if strings is not None else _Strings()

    def best(self) -> frozenset[str] | None:
        """The most selective literal set among what is known (longest shortest member, then fewest)."""
        sets = [known for known in (*self.needed, self.exact, self.prefixes, self.suffixes) if known]
        sets = [known for known in sets if "" not in known]
        return max(sets, key=lambda known: (min(map(len, known)), -len(known)), default=None)


@cache
def required_literals(pattern: str) -> frozenset[str] | None:
    """Literal strings of which every match of `pattern` contains at least one; None if unknown.

    Reads the pattern with the standard library's parser (the rules' regex
    dialect agrees with it on everything that yields literals here); any
    construct it cannot read, inline flags (case folding) and the dialect's
    own syntax give None, so such a pattern is simply always run.
    """
    if UNSCREENABLE.search(pattern):
        return None
    try:
        parsed = re_parser.parse(pattern)
        if parsed.state.flags & ~re.UNICODE:
            return None
        return _sequence(list(parsed)).best()
    except (_Unscreenable, re.error, RecursionError, ValueError, TypeError, OverflowError):
        return None


def _product(left: frozenset[str] | None, right: frozenset[str] | None) -> frozenset[str] | None:
    """Every concatenation of a string of `left` and one of `right`, or None when unknown or too many."""
    if left is None or right is None or len(left) * len(right) > MAX_LITERAL_SET:
        return None
    return frozenset(first + second for first in left for second in right)


def _sequence(items: list[tuple[Any, Any]]) -> _Strings:
    """What a sequence of parsed items matches: its pieces' strings joined (see `_Strings`)."""
    result = _Strings.of(frozenset([""]))
    for operator, argument in items:
        piece = _item(operator, argument)
        joined = _product(result.suffixes, piece.prefixes)
        result = _Strings(
            exact=_product(result.exact, piece.exact),
            prefixes=_product(result.exact, piece.prefixes) or result.prefixes,
            suffixes=_product(result.suffixes, piece.exact) or piece.suffixes,
            needed=tuple(
                known
                for known in (*result.needed, *piece.needed, joined, piece.best())
                if known and "" not in known
            ),
        )
    return result


def _item(operator: Any, argument: Any) -> _Strings:
    """What one parsed item matches (see `_Strings`)."""
    constants = re_constants
    if operator is constants.LITERAL:
        return _Strings.of(frozenset([chr(argument)]))
    if operator in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
        return _Strings.of(frozenset([""]))  # zero-width: neighbours stay adjacent
    if operator is constants.SUBPATTERN:
        _, add_flags, del_flags, body = argument
        if add_flags or del_flags:
            raise _Unscreenable
        return _sequence(list(body))
    if operator is getattr(constants, "ATOMIC_GROUP", None):
        return _sequence(list(argument))
    if operator is constants.BRANCH:
        return _branch([_sequence(list(alternative)) for alternative in argument[1]])
    if operator in (
        constants.MAX_REPEAT,
        constants.MIN_REPEAT,
        getattr(constants, "POSSESSIVE_REPEAT", None),
    ):
        return _repeat(*argument)
    if operator is constants.IN:
        return _Strings.of(_class_characters(argument))
    return _Strings()  # any character, categories, negations, back references


def _branch(alternatives: list[_Strings]) -> _Strings:
    """What an alternation matches: the union of its alternatives."""

    def union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
        if any(known is None for known in sets):
            return None
        merged = frozenset().union(*sets)
        return merged if len(merged) <= MAX_LITERAL_SET else None

    best = union([alternative.best() for alternative in alternatives])
    return _Strings(
        exact=union([alternative.exact for alternative in alternatives]),
        prefixes=union([alternative.prefixes for alternative in alternatives]),
        suffixes=union([alternative.suffixes for alternative in alternatives]),
        needed=(best,) if best else (),
    )


def _repeat(minimum: int, maximum: int, body: Any) -> _Strings:
    """What a repeated item matches: `minimum` to `maximum` copies of its body."""
    inner = _sequence(list(body))
    if inner.exact is not None and maximum <= MAX_LITERAL_SET:
        exact: frozenset[str] | None = frozenset([""]) if minimum == 0 else None
        power: frozenset[str] | None = frozenset([""])
        for count in range(1, maximum + 1):
            power = _product(power, inner.exact)
            if count >= minimum:
                exact = (
                    None
                    if power is None or exact is None and count > minimum
                    else (exact or frozenset()) | power
                )
            if exact is None and count >= minimum:
                break
        if exact is not None and len(exact) <= MAX_LITERAL_SET:
            return _Strings.of(exact)
    if minimum == 0:
        return _Strings()
    best = inner.best()
    return _Strings(
        prefixes=inner.prefixes, suffixes=inner.suffixes, needed=(*inner.needed, *([best] if best else []))
    )


def _class_characters(members: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters of a small, plain character class ("[:(]", "[3-9]"), or None."""
    characters: set[str] = set()
    for operator, argument in members:
        if operator is re_constants.LITERAL:
            characters.add(chr(argument))
        elif operator is re_constants.RANGE and argument[1] - argument[0] < MAX_CLASS_LITERALS:
            characters.update(chr(code) for code in range(argument[0], argument[1] + 1))
        else:
            return None
        if len(characters) > MAX_CLASS_LITERALS:
            return None
    return frozenset(characters) if characters else None


# ---------------------------------------------------------- pass 1: lines


def _is_edge_character(character: str) -> bool:
    """True for a space, punctuation or symbol character (one the edge of a marker may hold)."""
    edge = EDGE_CHARACTERS.get(character)
    if edge is None:
        edge = EDGE_CHARACTERS[character] = EDGE_CHARACTER.match(character) is not None
    return edge


def length_units(text: str, latin_word_units: int) -> int:
    """Length of `text` in units: a Han character 1, a Latin word `latin_word_units`, the rest 0."""
    han = len(text) - len(HAN_RUN.sub("", text))
    ascii_text = text.encode("ascii", "ignore")
    latin_words = len(LATIN_WORD_BYTES.findall(ascii_text)) if ascii_text else 0
    return han + latin_word_units * latin_words


def measure_units(texts: Sequence[str], latin_word_units: int) -> list[int]:
    """`length_units` of every text, in order, measured in vectorised passes over batches of lines.

    The same counts as `length_units` gives line by line, without a Python
    step per line or per word: lines are joined (a newline between them),
    Han characters are looked up in a table of all code points, and Latin
    words are counted as letter runs minus joiners between two letters.
    """
    if not texts:
        return []
    if sum(map(len, texts)) + len(texts) < BATCH_CHARACTERS:  # the usual document: one batch
        return _batch_units(list(texts), latin_word_units)
    units: list[int] = []
    batch: list[str] = []
    size = 0
    for text in texts:
        batch.append(text)
        size += len(text) + 1
        if size >= BATCH_CHARACTERS:
            units.extend(_batch_units(batch, latin_word_units))
            batch, size = [], 0
    if batch:
        units.extend(_batch_units(batch, latin_word_units))
    return units


def _units_for_thresholds(texts: list[str], settings: StructureSettings) -> list[int]:
    """Length units of every text, exact up to the largest threshold and above it otherwise.

    A long line is measured on its head: a prefix never has more units than
    the line, so a head above every threshold decides every comparison, and
    a huge line costs no more than its head. Lines whose head stays below
    are measured whole.
    """
    largest = max(
        settings.headline_max_units,
        settings.paragraph_min_units,
        settings.caption_max_units,
        settings.between_max_units,
    )
    head = HEAD_CHARACTERS_PER_UNIT * (largest + 1)
    units = measure_units([text[:head] for text in texts], settings.latin_word_units)
    unsure = [index for index, text in enumerate(texts) if len(text) > head and units[index] <= largest]
    wholes = measure_units([texts[index] for index in unsure], settings.latin_word_units)
    for index, whole in zip(unsure, wholes, strict=True):
        units[index] = whole
    return units


def _batch_units(texts: list[str], latin_word_units: int) -> list[int]:
    """`measure_units` for one batch of lines."""
    # Every line is followed by a newline, so no line is an empty segment (of
    # all characters, or of the ASCII ones) and the newline keeps Latin words
    # of neighbouring lines apart.
    codes = np.frombuffer(("\n".join(texts) + "\n").encode("utf-32-le", "surrogatepass"), dtype="<u4")
    classes = _character_classes().take(codes)
    line_starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
    han = np.add.reduceat(classes == CLASS_HAN, line_starts, dtype=np.int64)
    # Latin words live on the ASCII characters only (others are dropped, as in
    # `length_units`): a word starts at a letter after a non-letter, and a
    # joiner between two letters ("it's", "well-known") starts none.
    ascii_positions = np.flatnonzero(classes >= CLASS_ASCII_OTHER)
    shapes = classes[ascii_positions]
    letters = shapes == CLASS_LETTER
    word_steps = letters.astype(np.int64)
    word_steps[1:] -= letters[1:] & letters[:-1]
    word_steps[1:-1] -= (shapes[1:-1] == CLASS_JOINER) & letters[:-2] & letters[2:]
    words = np.add.reduceat(word_steps, ascii_positions.searchsorted(line_starts))
    return (han + latin_word_units * words).tolist()


@lru_cache(maxsize=1)
def _character_classes() -> np.ndarray:
    """One class per code point: CLASS_HAN for what `HAN_RUN` matches, ASCII classes by word shape."""
    classes = np.where(_han_table(), CLASS_HAN, CLASS_OTHER).astype(np.uint8)
    for code in range(128):
        character = chr(code)
        classes[code] = (
            CLASS_LETTER if character.isalpha() else CLASS_JOINER if character in "'-" else CLASS_ASCII_OTHER
        )
    return classes


@lru_cache(maxsize=1)
def _han_table() -> np.ndarray:
    """One boolean per code point: True for the characters `HAN_RUN` matches."""
    codes = np.arange(0x110000, dtype="<u4")
    codes[0xD800:0xE000] = ord(" ")  # lone surrogates cannot be decoded (and are not Han)
    every_character = codes.tobytes().decode("utf-32-le")
    table = np.zeros(0x110000, dtype=bool)
    for run in HAN_RUN.finditer(every_character):
        table[run.start() : run.end()] = True
    return table


def line_facts(
    text: str, rules: BoilerplateRules, units: int | None = None, modes: int | None = None
) -> LineFacts:
    """Context-free facts about one normalised line (markers, shape, length).

    `units` (the stripped line's length units) and `modes` (the marker
    match modes worth trying, see `MarkerMatcher.modes_to_try`) may come
    from a pass over the whole document; they are worked out here otherwise.
    """
    stripped = text.strip()
    if not stripped:
        return BLANK_LINE
    settings = rules.structure
    if units is None:
        units = length_units(stripped, settings.latin_word_units)
    truncated = stripped.endswith(ELLIPSES)
    ends_sentence = stripped[-1] in settings.sentence_end and not truncated
    headline_like = 0 < units <= settings.headline_max_units and not ends_sentence
    return LineFacts(
        stripped,
        False,
        rules.markers.find(stripped, modes),
        headline_like,
        units >= settings.paragraph_min_units,
        truncated,
        headline_like and settings.link_item_pattern.search(stripped) is not None,
        0 < units <= settings.caption_max_units
        and settings.caption_forbidden_pattern.search(stripped) is None,
        units,
        rules.article_text,
    )


# ------------------------------------------------ pass 2: structure rules

Verdicts = list[str | None]


@dataclass(frozen=True)
class Page:
    """A document's line facts with what every structure rule asks of them.

    `order`: indices of the non-blank lines; `body_start`: index of the
    first paragraph-like line that is not a marker (where the article
    starts), None when there is none.
    """

    facts: Sequence[LineFacts]
    order: list[int]
    body_start: int | None

    def after_body(self, index: int) -> bool:
        """True when line `index` comes after the article's first paragraph."""
        return self.body_start is not None and index > self.body_start


def page_of(facts: Sequence[LineFacts]) -> Page:
    """The Page of a document's line facts."""
    body_start = next(
        (index for index, fact in enumerate(facts) if fact.paragraph_like and fact.marker is None), None
    )
    return Page(facts, [index for index, fact in enumerate(facts) if not fact.blank], body_start)


def mark_after_related(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Lines after a related-articles heading, up to the end or until article text resumes."""
    facts, order = page.facts, page.order
    position = 0
    while position < len(order):
        marker = facts[order[position]].marker
        if marker is None or not marker.opens_section:
            position += 1
            continue
        section = order[position + 1 :]
        end = len(section)
        streak = 0
        for offset, index in enumerate(section):
            fact = facts[index]
            streak = streak + 1 if fact.paragraph_like and not fact.truncated and fact.marker is None else 0
            if streak >= max(settings.resume_paragraphs, 1):
                end = offset - streak + 1
                break
        for index in section[:end]:
            if rules[index] is None:
                rules[index] = "structure:after_related"
        position += 1 + end


def mark_repeated_lines(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Both copies of a line whose text repeats on the next non-blank line."""
    facts, order = page.facts, page.order
    for previous, current in zip(order, order[1:], strict=False):
        if settings.repeated_only_after_body and not page.after_body(previous):
            continue
        if facts[previous].text == facts[current].text:
            for index in (previous, current):
                if rules[index] is None:
                    rules[index] = "structure:repeated_line"


def _runs(order: Sequence[int], belongs: Callable[[int], bool]) -> list[list[int]]:
    """Maximal runs of consecutive entries of `order` for which `belongs` holds."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index in order:
        if belongs(index):
            current.append(index)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def mark_link_lists(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Runs of at least `min_run` headline-like list items ("- 标题", "1. 标题")."""
    facts = page.facts

    def is_item(index: int) -> bool:
        return facts[index].link_item

    def is_unprotected(index: int) -> bool:
        return not facts[index].protected

    # An article-text line breaks a run; it is looked for (slow) only in runs
    # of items long enough to count, since any part of a shorter run is shorter.
    for items in _runs(page.order, is_item):
        if len(items) < settings.link_list_min_run:
            continue
        for run in _runs(items, is_unprotected):
            if len(run) >= settings.link_list_min_run:
                for index in run:
                    if rules[index] is None:
                        rules[index] = "structure:link_list"


def _blank_run(facts: Sequence[LineFacts], index: int, step: int) -> tuple[int, bool]:
    """Blank lines next to `index` going `step` (-1/+1), and whether the page edge follows."""
    count = 0
    cursor = index + step
    while 0 <= cursor < len(facts) and facts[cursor].blank:
        count += 1
        cursor += step
    return count, not 0 <= cursor < len(facts)


def mark_captions(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Picture names: short unpunctuated lines against an image gap of blank lines."""
    facts = page.facts
    gap = max(settings.image_gap_blank_lines, 1)
    for index in page.order:
        fact = facts[index]
        if not fact.caption_shaped or rules[index] is not None:
            continue
        if settings.caption_only_after_body and not page.after_body(index):
            continue
        before, at_start = _blank_run(facts, index, -1)
        after, at_end = _blank_run(facts, index, +1)
        against_gap = (before >= gap and (after >= 1 or at_end)) or (
            after >= gap and (before >= 1 or at_start)
        )
        if against_gap and not fact.protected:
            rules[index] = "structure:caption"


def mark_between_boilerplate(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Short lines directly between two boilerplate lines (no blank line between)."""
    facts = page.facts
    for index in range(1, len(facts) - 1):
        fact = facts[index]
        if fact.blank or rules[index] is not None:
            continue
        if rules[index - 1] is None or rules[index + 1] is None:
            continue
        if settings.between_only_after_body and not page.after_body(index):
            continue
        if fact.units <= settings.between_max_units and not fact.protected:
            rules[index] = "structure:between_boilerplate"


def mark_headline_run(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """A list of headlines after the article, found walking back from the page end."""
    facts, body_start = page.facts, page.body_start
    if body_start is None:
        return
    headlines: list[int] = []
    for index in reversed(page.order):
        fact = facts[index]
        if index <= body_start:
            break
        if rules[index] is not None:
            continue
        if not fact.headline_like or fact.protected:
            break
        headlines.append(index)
    if len(headlines) >= max(settings.headline_run_min_run, 1):
        for index in headlines:
            rules[index] = "structure:headline_run"


# ------------------------------------------------------------ entry point


def classify_texts(texts: Sequence[str], ruleset: RuleSet) -> list[BoilerplateVerdict]:
    """Verdicts for normalised line texts (one per text, in order); see `classify_lines`."""
    rules_file = ruleset.compiled(boilerplate_rules)
    settings = rules_file.structure
    stripped = [text.strip() for text in texts]
    # A line's facts depend on its text alone, so they are worked out once per
    # distinct text and kept for later documents: the navigation, share and
    # copyright lines of a site repeat on every page.
    known = rules_file.facts_by_text
    by_text = {text: known.get(text) for text in stripped}
    new_texts = [text for text, fact in by_text.items() if fact is None]
    units = _units_for_thresholds(new_texts, settings)
    modes = rules_file.markers.modes_to_try(new_texts)
    for text, text_units, text_modes in zip(new_texts, units, modes, strict=True):
        by_text[text] = line_facts(text, rules_file, text_units, text_modes)
    facts = [by_text[text] for text in stripped]
    if len(known) + len(new_texts) > FACTS_CACHE_SIZE:
        known.clear()
    known.update((text, by_text[text]) for text in new_texts if len(text) <= FACTS_CACHE_MAX_CHARACTERS)
    rules: Verdicts = [None if fact.marker is None else f"marker:{fact.marker.rule_id}" for fact in facts]
    page = page_of(facts)
    mark_after_related(page, rules, settings)
    mark_repeated_lines(page, rules, settings)
    mark_link_lists(page, rules, settings)
    mark_captions(page, rules, settings)
    mark_between_boilerplate(page, rules, settings)
    mark_headline_run(page, rules, settings)
    verdicts: dict[str | None, BoilerplateVerdict] = {None: NOT_BOILERPLATE}
    return [verdicts.get(rule) or verdicts.setdefault(rule, BoilerplateVerdict(True, rule)) for rule in rules]


def classify_lines(lines: Sequence[NormalisedLine], ruleset: RuleSet) -> list[BoilerplateVerdict]:
    """One BoilerplateVerdict per line of a document, in order.

    Takes the document's NormalisedLine records (all of them, blank ones
    included, so gaps and neighbours are seen) and judges their `norm_text`.
    A verdict's `rule` is `marker:<id>` or `structure:<name>` from
    `rules/boilerplate.yaml`; blank lines get `(False, None)`.
    """
    return classify_texts([line.norm_text for line in lines], ruleset)
