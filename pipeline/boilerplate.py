"""Boilerplate stage: tell web debris from article text, line by line.

`classify_lines(lines)` returns one `BoilerplateVerdict` per normalised line,
in order. It works in two passes, in the manner of jusText:

1. context-free: every line is matched against the markers of
   `rules/boilerplate.yaml` and measured (blank? headline-like?
   paragraph-like? list item? picture-name shaped?);
2. revision by neighbours: structure rules mark related-articles sections,
   repeated lines, link lists, captions between image gaps, short lines
   inside a boilerplate block, and a headline list after the article.

Each verdict names its rule as `marker:<id>` or `structure:<name>`. Blank
lines are never boilerplate. All words, patterns and thresholds live in the
rules file; `reload_rules()` drops the compiled copy after the file changes.

Speed comes from doing as little per line as the verdict allows, never from
changing it: a line's facts are computed once per distinct text in a
document; its length is counted only up to the largest threshold; a marker
regex runs only on lines of a length its rules accept and only when the line
contains one of the literal strings every match of those rules needs (found
by reading the patterns, see `required_literals`); and the article-text rules
are checked only for the few lines a structure rule would change.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick
import regex

from pipeline.records import BoilerplateVerdict, NormalisedLine
from pipeline.rules import load_rule_file, require, rule_path

try:  # the standard library's regex parser, used only to read literals out of patterns
    import re._constants as re_constants
    import re._parser as re_parser
except ImportError:  # pragma: no cover - older Pythons name them sre_*
    import sre_constants as re_constants  # type: ignore[no-redef]
    import sre_parse as re_parser  # type: ignore[no-redef]

RULES_NAME = "boilerplate"
MATCH_MODES = ("line", "start", "anywhere")
MARKER_KEYS = {"id", "comment", "match", "keywords", "pattern", "max_chars", "opens_section"}
RULE_ID = regex.compile(r"[a-z][a-z0-9_]*")
# Spaces, punctuation and symbols around a marker that `line`/`start`
# matching ignores ("【相关阅读】:" is the marker "相关阅读").
EDGE = r"[\s\p{P}\p{S}]*"
LEADING_EDGE = regex.compile(EDGE)
TRAILING_EDGE = regex.compile(EDGE, regex.REVERSE)
EDGE_CHARACTER = regex.compile(r"[\s\p{P}\p{S}]")
# What counts towards a line's length in units (see the rules file).
HAN_RUN = regex.compile(r"\p{Han}+")
# Latin words, counted on the line's ASCII characters only (much faster than
# scanning the Chinese text; a word split by a Chinese character counts once).
LATIN_WORD_BYTES = re.compile(rb"[A-Za-z]+(?:['-][A-Za-z]+)*")
ELLIPSES = ("...", "…")
# For counting Latin words fast (see `_chunk_units`): the shape of ASCII bytes,
# a joiner inside a word, and where a line may be cut without splitting a word.
LETTER_SHAPES = bytes(
    ord("a") if chr(code).isascii() and chr(code).isalpha() else ord("j") if chr(code) in "'-" else ord(" ")
    for code in range(256)
)
WORD_JOINER = re.compile(rb"(?<=a)j(?=a)")
WORD_BREAK = re.compile(r"[\x00-\x26\x28-\x2c\x2e-\x40\x5b-\x60\x7b-\x7f]")
# Pattern features of the `regex` dialect that the standard parser would
# misread as literal text: POSIX classes ("[[:digit:]]") and fuzzy
# constraints ("{e<=1}"); patterns using them are never screened.
UNSCREENABLE = regex.compile(r"\[:\^?[a-z]+:\]|\{(?!\d*,?\d*\})")
# A character class listing at most this many characters still yields literals.
MAX_CLASS_LITERALS = 16

NOT_BOILERPLATE = BoilerplateVerdict(False, None)


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

    def rules_matching(self, text: str) -> list[int]:
        """Indices of the rules whose regex matches `text`: at most one per match mode."""
        found = []
        if self.line is not None and (self.line_screen is None or self.line_screen.search(text)):
            found.append(self.line.fullmatch(text))
        if self.start is not None and (self.start_screen is None or self.start_screen.search(text)):
            found.append(self.start.match(text))
        if self.anywhere is not None and (self.anywhere_screen is None or self.anywhere_screen.search(text)):
            found.append(self.anywhere.search(text))
        return [int(match.lastgroup[1:]) for match in found if match]


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
    """

    whole: dict[str, tuple[int, ...]]
    whole_max_chars: int
    start: Any
    start_span: int
    start_first_characters: frozenset[str]
    anywhere: Any
    anywhere_max_chars: int | None


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

    def find(self, text: str) -> MarkerRule | None:
        """The first rule (in file order) that matches the stripped `text`, or None."""
        candidates = self._keyword_candidates(text)
        bucket = self.buckets[bisect.bisect_left(self.thresholds, len(text))]
        candidates.extend(bucket.rules_matching(text))
        if not candidates:
            return None
        allowed = [index for index in candidates if (self.rules[index].max_chars or len(text)) >= len(text)]
        return self.rules[min(allowed)] if allowed else None

    def _keyword_candidates(self, text: str) -> list[int]:
        """Indices of keyword rules that match `text` in their mode (max_chars not yet checked)."""
        index = self.keywords
        core_start, core_end = core_bounds(text)
        candidates: list[int] = []
        if core_end - core_start <= index.whole_max_chars:
            candidates.extend(index.whole.get(text[core_start:core_end], ()))
        if (
            index.start is not None
            and core_start < len(text)
            and text[core_start] in index.start_first_characters
        ):
            window_end = min(len(text), core_start + index.start_span)
            for last, entries in index.start.iter(text, core_start, window_end):
                candidates.extend(rule for rule, length in entries if last - length + 1 == core_start)
        if index.anywhere is not None and (index.anywhere_max_chars or len(text)) >= len(text):
            for _, entries in index.anywhere.iter(text):
                candidates.extend(rule for rule, _ in entries)
        return candidates


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

    @property
    def units_cap(self) -> int:
        """The largest length threshold in units: longer lines need no exact count."""
        return max(
            self.headline_max_units, self.paragraph_min_units, self.caption_max_units, self.between_max_units
        )


@dataclass(frozen=True)
class BoilerplateRules:
    """Everything `classify_lines` needs, compiled once from the rules file."""

    markers: MarkerMatcher
    article_text: MarkerMatcher
    structure: StructureSettings


class LineFacts:
    """What the context-free pass learned about one (stripped) line.

    `units` is the line's length in units, exact up to `units_cap` and only
    known to be larger above it. `protected` (an article-text rule matches)
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


def _marker_rule(entry: Any, path: Any, seen_ids: set[str], allow_section: bool) -> MarkerRule:
    """Validate one YAML marker entry and turn it into a MarkerRule."""
    require(isinstance(entry, dict), path, entry, "each rule must be a mapping with id, comment, match")
    unknown = set(entry) - MARKER_KEYS
    require(not unknown, path, entry, f"unknown key(s) {sorted(unknown)}; allowed: {sorted(MARKER_KEYS)}")
    rule_id = entry.get("id")
    require(
        isinstance(rule_id, str) and bool(RULE_ID.fullmatch(rule_id)),
        path,
        entry,
        f"rule id must be lower_case letters, digits and _, got {rule_id!r}",
    )
    require(rule_id not in seen_ids, path, entry, f"duplicate rule id {rule_id!r}")
    seen_ids.add(rule_id)
    comment = entry.get("comment")
    require(
        isinstance(comment, str) and bool(comment.strip()), path, entry, f"rule {rule_id!r} needs a comment"
    )
    match = entry.get("match")
    require(match in MATCH_MODES, path, entry, f"rule {rule_id!r}: match must be one of {MATCH_MODES}")
    has_keywords, has_pattern = "keywords" in entry, "pattern" in entry
    require(
        has_keywords != has_pattern, path, entry, f"rule {rule_id!r} needs exactly one of keywords, pattern"
    )
    keywords: tuple[str, ...] = ()
    pattern = None
    if has_keywords:
        listed = entry["keywords"]
        require(
            isinstance(listed, list)
            and bool(listed)
            and all(isinstance(k, str) and k.strip() for k in listed),
            path,
            entry,
            f"rule {rule_id!r}: keywords must be a non-empty list of strings",
        )
        keywords = tuple(listed)
    else:
        pattern = entry["pattern"]
        require(isinstance(pattern, str) and bool(pattern), path, entry, f"rule {rule_id!r}: empty pattern")
        require("(?P<" not in pattern, path, entry, f"rule {rule_id!r}: named groups are not allowed")
        try:
            regex.compile(pattern)
        except regex.error as error:
            require(False, path, entry, f"rule {rule_id!r}: bad regex: {error}")
    max_chars = entry.get("max_chars")
    require(
        max_chars is None
        or (isinstance(max_chars, int) and not isinstance(max_chars, bool) and max_chars > 0),
        path,
        entry,
        f"rule {rule_id!r}: max_chars must be a positive integer",
    )
    opens_section = entry.get("opens_section", False)
    require(
        isinstance(opens_section, bool), path, entry, f"rule {rule_id!r}: opens_section must be true/false"
    )
    require(allow_section or not opens_section, path, entry, "opens_section is only for markers")
    return MarkerRule(rule_id, match, keywords, pattern, max_chars, opens_section)


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
        anywhere=_automaton(by_mode["anywhere"]),
        anywhere_max_chars=None if None in anywhere_limits else max(anywhere_limits, default=0),
    )


def _pattern_bucket(rules: Sequence[tuple[int, MarkerRule]]) -> PatternBucket:
    """Combined regexes (line / start / anywhere) and their literal screens for (index, rule) pairs."""
    by_mode: dict[str, list[str]] = {mode: [] for mode in MATCH_MODES}
    literals: dict[str, set[str] | None] = {mode: set() for mode in MATCH_MODES}
    for index, rule in rules:
        if rule.pattern is not None:
            by_mode[rule.match].append(f"(?P<m{index}>{rule.pattern})")
            needed = required_literals(rule.pattern)
            known = literals[rule.match]
            if needed is None or known is None:
                literals[rule.match] = None
            else:
                known.update(needed)

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


def _literal_screen(literals: set[str]) -> re.Pattern:
    """A regex that finds any of `literals` (longest first, so the alternation stays cheap)."""
    ordered = sorted(literals, key=lambda literal: (-len(literal), literal))
    return re.compile("|".join(re.escape(literal) for literal in ordered))


def _marker_matcher(entries: Any, path: Any, section: str, allow_section: bool) -> MarkerMatcher:
    """Validate a list of marker entries and compile them for one pass per line."""
    require(isinstance(entries, list), path, entries, f"'{section}' must be a list of rules")
    seen_ids: set[str] = set()
    rules = tuple(_marker_rule(entry, path, seen_ids, allow_section) for entry in entries)
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
    return MarkerMatcher(rules, _keyword_index(rules), thresholds, tuple(buckets))


def _setting(section: Any, key: str, kind: type, path: Any, where: str) -> Any:
    """A required threshold `key` of type `kind` from a structure section."""
    require(isinstance(section, dict), path, section, f"'structure.{where}' must be a mapping")
    value = section.get(key)
    valid = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if kind is int:
        valid = valid and value >= 0
    require(valid, path, section, f"'structure.{where}.{key}' must be a {kind.__name__}, got {value!r}")
    return value


def _structure_settings(structure: Any, path: Any) -> StructureSettings:
    """Validate the `structure` section and return its thresholds."""
    require(isinstance(structure, dict), path, structure, "'structure' must be a mapping")

    def part(name: str) -> Any:
        require(name in structure, path, structure, f"'structure.{name}' is missing")
        return structure[name]

    item_source = _setting(part("link_list"), "item_pattern", str, path, "link_list")
    try:
        item_pattern = regex.compile(item_source)
    except regex.error as error:
        require(False, path, part("link_list"), f"'structure.link_list.item_pattern': bad regex: {error}")
    return StructureSettings(
        latin_word_units=_latin(structure, path),
        headline_max_units=_setting(part("headline"), "max_units", int, path, "headline"),
        sentence_end=_setting(part("headline"), "sentence_end", str, path, "headline"),
        paragraph_min_units=_setting(part("paragraph"), "min_units", int, path, "paragraph"),
        repeated_only_after_body=_setting(
            part("repeated_line"), "only_after_body", bool, path, "repeated_line"
        ),
        link_item_pattern=item_pattern,
        link_list_min_run=_setting(part("link_list"), "min_run", int, path, "link_list"),
        resume_paragraphs=_setting(part("after_related"), "resume_paragraphs", int, path, "after_related"),
        image_gap_blank_lines=_setting(part("caption"), "image_gap_blank_lines", int, path, "caption"),
        caption_max_units=_setting(part("caption"), "max_units", int, path, "caption"),
        caption_forbidden_chars=frozenset(_setting(part("caption"), "forbidden_chars", str, path, "caption")),
        caption_only_after_body=_setting(part("caption"), "only_after_body", bool, path, "caption"),
        between_max_units=_setting(
            part("between_boilerplate"), "max_units", int, path, "between_boilerplate"
        ),
        between_only_after_body=_setting(
            part("between_boilerplate"), "only_after_body", bool, path, "between_boilerplate"
        ),
        headline_run_min_run=_setting(part("headline_run"), "min_run", int, path, "headline_run"),
    )


def _latin(structure: Any, path: Any) -> int:
    """The weight of a Latin word in length units."""
    value = structure.get("latin_word_units")
    require(
        isinstance(value, int) and not isinstance(value, bool) and value >= 0,
        path,
        structure,
        f"'structure.latin_word_units' must be an int, got {value!r}",
    )
    return value


@lru_cache(maxsize=1)
def compiled_rules() -> BoilerplateRules:
    """The rules of `rules/boilerplate.yaml`, validated and compiled (cached).

    Raises RuleFileError (file:line: reason) when the file is broken.
    """
    path = rule_path(RULES_NAME)
    document = load_rule_file(RULES_NAME)
    require(isinstance(document, dict), path, document, "expected a mapping at the top level")
    for key in ("markers", "article_text", "structure"):
        require(key in document, path, document, f"'{key}' section is missing")
    return BoilerplateRules(
        markers=_marker_matcher(document["markers"], path, "markers", allow_section=True),
        article_text=_marker_matcher(document["article_text"], path, "article_text", allow_section=False),
        structure=_structure_settings(document["structure"], path),
    )


def reload_rules() -> None:
    """Forget the loaded rule file and compiled rules; the next call reloads them."""
    load_rule_file.cache_clear()
    compiled_rules.cache_clear()


# ------------------------------------------------ literals of a pattern


class _Unscreenable(Exception):
    """A pattern whose literals cannot be read safely (flags, dialect features)."""


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
        return _sequence_literals(list(parsed))
    except (_Unscreenable, re.error, RecursionError, ValueError, TypeError, OverflowError):
        return None


def _sequence_literals(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective literal set required by one of a sequence's items (runs of characters joined)."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for operator, argument in items:
        if operator is re_constants.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        needed = _item_literals(operator, argument)
        if needed is not None:
            options.append(needed)
    if run:
        options.append(frozenset(["".join(run)]))
    if not options:
        return None
    return max(options, key=lambda option: (min(map(len, option)), -len(option)))


def _item_literals(operator: Any, argument: Any) -> frozenset[str] | None:
    """The literal set one parsed item requires, or None when it requires none."""
    constants = re_constants
    if operator is constants.SUBPATTERN:
        _, add_flags, del_flags, body = argument
        if add_flags or del_flags:
            raise _Unscreenable
        return _sequence_literals(list(body))
    if operator is getattr(constants, "ATOMIC_GROUP", None):
        return _sequence_literals(list(argument))
    if operator is constants.BRANCH:
        union: set[str] = set()
        for alternative in argument[1]:
            needed = _sequence_literals(list(alternative))
            if needed is None:
                return None
            union.update(needed)
        return frozenset(union)
    if operator in (
        constants.MAX_REPEAT,
        constants.MIN_REPEAT,
        getattr(constants, "POSSESSIVE_REPEAT", None),
    ):
        minimum, _, body = argument
        return _sequence_literals(list(body)) if minimum >= 1 else None
    if operator is constants.IN:
        return _class_literals(argument)
    return None  # zero-width assertions, any character, categories, negations, back references


def _class_literals(members: list[tuple[Any, Any]]) -> frozenset[str] | None:
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


def _is_edge_character(character: str, known: dict[str, bool] = {}) -> bool:  # noqa: B006 - a cache
    """True for a space, punctuation or symbol character (one the edge of a marker may hold)."""
    edge = known.get(character)
    if edge is None:
        edge = known[character] = EDGE_CHARACTER.match(character) is not None
    return edge


def core_bounds(text: str) -> tuple[int, int]:
    """Start and end of `text` without its leading and trailing spaces, punctuation and symbols."""
    if not text:
        return 0, 0
    start = LEADING_EDGE.match(text).end() if _is_edge_character(text[0]) else 0
    end = TRAILING_EDGE.match(text).start() if _is_edge_character(text[-1]) else len(text)
    return start, max(end, start)


def length_units(text: str, latin_word_units: int) -> int:
    """Length of `text` in units: a Han character 1, a Latin word `latin_word_units`, the rest 0."""
    han = len(text) - len(HAN_RUN.sub("", text))
    ascii_text = text.encode("ascii", "ignore")
    latin_words = len(LATIN_WORD_BYTES.findall(ascii_text)) if ascii_text else 0
    return han + latin_word_units * latin_words


def units_up_to(text: str, limit: int, latin_word_units: int) -> int:
    """Length units of `text`, exact when at most `limit`; otherwise some number above `limit`.

    Long lines are measured in chunks cut before an ASCII character that is
    no part of a word (so chunk counts add up to the line's count), and
    measuring stops once `limit` is passed: a paragraph costs about `limit`
    characters, whatever its length.
    """
    units = 0
    start = 0
    size = 4 * limit + 4
    while start < len(text):
        end = start + size
        if end >= len(text):
            end = len(text)
        else:
            cut = WORD_BREAK.search(text, end)
            end = cut.start() if cut else len(text)
        chunk = text[start:end]
        ascii_bytes = chunk.encode("ascii", "ignore")
        units += latin_word_units * _latin_words(ascii_bytes)
        if len(ascii_bytes) < len(chunk) and units <= limit:
            units += _han_characters(chunk, limit - units)
        if units > limit:
            return units
        start = end
    return units


def _han_characters(text: str, enough: int) -> int:
    """The number of Han characters in `text`, exact when at most `enough`, else above it.

    Characters of the 256-character blocks that hold only Han (most Chinese
    text) are counted at once from the high bytes of the UTF-16 form; the
    few others (punctuation, partly-Han blocks, rare characters) one by one.
    """
    han_blocks, other_characters = _han_blocks()
    high_bytes = text.encode("utf-16-le")[1::2]
    count = len(high_bytes) - len(high_bytes.translate(None, han_blocks))
    if count > enough:
        return count
    return count + sum(map(_is_han_character, other_characters.findall(text)))


def _is_han_character(character: str, known: dict[str, bool] = {}) -> bool:  # noqa: B006 - a cache
    """True when `character` is a Han character (as `HAN_RUN` sees it)."""
    han = known.get(character)
    if han is None:
        han = known[character] = HAN_RUN.fullmatch(character) is not None
    return han


@lru_cache(maxsize=1)
def _han_blocks() -> tuple[bytes, re.Pattern]:
    """The high bytes of the BMP blocks (256 characters) that hold only Han characters,
    and a regex finding the non-ASCII characters outside those blocks."""
    all_han = regex.compile(r"\p{Han}{256}")
    blocks = bytes(
        high
        for high in range(256)
        if not 0xD8 <= high <= 0xDF
        and all_han.fullmatch("".join(map(chr, range(high << 8, (high + 1) << 8))))
    )
    ranges = "".join(f"{chr(high << 8)}-{chr((high << 8) | 0xFF)}" for high in blocks)
    return blocks, re.compile(f"[^\\x00-\\x7f{ranges}]")


def _latin_words(ascii_bytes: bytes) -> int:
    """The number of Latin words in ASCII bytes, as `LATIN_WORD_BYTES` counts them (no match per word)."""
    if not ascii_bytes:
        return 0
    # Letters become "a", apostrophes and hyphens "j" (joiners), the rest " ".
    # A word is a run of letters; a joiner between two letters merges two runs.
    shape = ascii_bytes.translate(LETTER_SHAPES)
    runs = (b" " + shape).count(b" a") + shape.count(b"ja")
    joiners = shape.count(b"aj") - shape.count(b"ajj") - shape.count(b"aj ") - shape.endswith(b"aj")
    return runs - joiners


def line_facts(text: str, rules: BoilerplateRules) -> LineFacts:
    """Context-free facts about one normalised line (markers, shape, length)."""
    stripped = text.strip()
    if not stripped:
        return BLANK_LINE
    settings = rules.structure
    units = units_up_to(stripped, settings.units_cap, settings.latin_word_units)
    truncated = stripped.endswith(ELLIPSES)
    ends_sentence = stripped[-1] in settings.sentence_end and not truncated
    headline_like = 0 < units <= settings.headline_max_units and not ends_sentence
    return LineFacts(
        text=stripped,
        marker=rules.markers.find(stripped),
        headline_like=headline_like,
        paragraph_like=units >= settings.paragraph_min_units,
        truncated=truncated,
        link_item=headline_like and settings.link_item_pattern.search(stripped) is not None,
        caption_shaped=(
            0 < units <= settings.caption_max_units and settings.caption_forbidden_chars.isdisjoint(stripped)
        ),
        units=units,
        article_text=rules.article_text,
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
        return facts[index].link_item and not facts[index].protected

    for run in _runs(page.order, is_item):
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


def classify_texts(texts: Sequence[str]) -> list[BoilerplateVerdict]:
    """Verdicts for normalised line texts (one per text, in order); see `classify_lines`."""
    rules_file = compiled_rules()
    settings = rules_file.structure
    by_text: dict[str, LineFacts] = {}
    facts = []
    for text in texts:
        stripped = text.strip()
        fact = by_text.get(stripped)
        if fact is None:
            fact = by_text[stripped] = line_facts(stripped, rules_file)
        facts.append(fact)
    rules: Verdicts = [None if fact.marker is None else f"marker:{fact.marker.rule_id}" for fact in facts]
    page = page_of(facts)
    mark_after_related(page, rules, settings)
    mark_repeated_lines(page, rules, settings)
    mark_link_lists(page, rules, settings)
    mark_captions(page, rules, settings)
    mark_between_boilerplate(page, rules, settings)
    mark_headline_run(page, rules, settings)
    return [_verdict(rule) for rule in rules]


@lru_cache(maxsize=256)
def _verdict(rule: str | None) -> BoilerplateVerdict:
    """The (immutable, shared) verdict for a rule name; None is article text."""
    return NOT_BOILERPLATE if rule is None else BoilerplateVerdict(True, rule)


def classify_lines(lines: Sequence[NormalisedLine]) -> list[BoilerplateVerdict]:
    """One BoilerplateVerdict per line of a document, in order.

    Takes the document's NormalisedLine records (all of them, blank ones
    included, so gaps and neighbours are seen) and judges their `norm_text`.
    A verdict's `rule` is `marker:<id>` or `structure:<name>` from
    `rules/boilerplate.yaml`; blank lines get `(False, None)`.
    """
    return classify_texts([line.norm_text for line in lines])
