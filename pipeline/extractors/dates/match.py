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

import hashlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import ahocorasick
import regex

from pipeline.rules.literals import LiteralScreen, literal_screen, required_literals

if TYPE_CHECKING:
    from pipeline.extractors.dates.rules import DateRules


def anchors_by_text(texts: Sequence[str], rules: DateRules) -> list[Anchors] | None:
    """Per text, its folded text and its anchors in order: (position, step-back pattern).

    The texts are searched joined by newlines (no anchor spans a newline),
    folded to lower case. None when folding changed the length (then offsets
    would not line up) or a text holds a letter that `(?i)` equates with an
    ASCII one (then the caller searches everywhere).
    """
    joined = "\n".join(texts)
    if any(chr(code) in joined for code in rules.case_fold):
        # a letter that `(?i)` equates with an ASCII one (ſ, K) is a letter to
        # the English rules but not to the Chinese ones, whose guards name
        # [A-Za-z]: no folded view serves both, so such texts are searched everywhere
        return None
    folded = joined.lower()
    if len(folded) != len(joined):
        return None
    is_ascii = folded.isascii()
    if rules.anchor_finder is not None:
        found = rules.anchor_finder.find(folded, is_ascii, rules.anchors)
    else:
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
class AnchorFinder:
    """Finds the anchors of a folded text in one Aho-Corasick pass over it.

    The pass finds the anchors that are plain literals, and the literals
    one of which every match of another anchor holds (`required_literals`);
    those anchors are searched by their pattern only where the pass met one.
    Searching every document for each of a hundred anchors was a fifth of
    the date stage; the anchors found, and their order, are those of
    searching each anchor's pattern in turn (`anchors_by_text`).
    """

    # literal -> (literal, its length, indexes of the anchors that are it, bits of the searched anchors
    # that need it); None when there is no literal
    automaton: Any
    searched: tuple[int, ...]  # indexes of the anchors searched by their pattern (bit i: searched[i])
    unscreened: int  # bits of the searched anchors that need no literal (always searched)

    def find(
        self, folded: str, is_ascii: bool, anchors: Sequence[tuple[regex.Pattern, regex.Pattern, bool]]
    ) -> list[tuple[int, regex.Pattern]]:
        """(position, step-back pattern) of every anchor match in `folded`, by position, then anchor order."""
        found: list[tuple[int, int]] = []  # (position, anchor index)
        possible = self.unscreened
        if self.automaton is not None:
            last_end: dict[str, int] = {}
            for end, (literal, length, indexes, bits) in self.automaton.iter(folded):
                possible |= bits
                if not indexes:
                    continue
                start = end - length + 1
                # a pattern's matches do not overlap: finditer goes on after each one
                if start < last_end.get(literal, 0):
                    continue
                last_end[literal] = end + 1
                found.extend((start, index) for index in indexes)
        for bit, index in enumerate(self.searched):
            anchor, _, needs_non_ascii = anchors[index]
            if possible >> bit & 1 and not (is_ascii and needs_non_ascii):
                found.extend((match.start(), index) for match in anchor.finditer(folded))
        found.sort()
        return [(position, anchors[index][1]) for position, index in found]


def anchor_finder(patterns: Sequence[str]) -> AnchorFinder:
    """The AnchorFinder of the anchor `patterns`, in their order."""
    plain: dict[str, list[int]] = {}
    needed_by: dict[str, int] = {}
    searched: list[int] = []
    unscreened = 0
    for index, pattern in enumerate(patterns):
        literals = required_literals(pattern)
        if literals == {pattern}:
            # every match holds the pattern's own text: the pattern is that text and nothing else
            plain.setdefault(pattern, []).append(index)
            continue
        bit = 1 << len(searched)
        searched.append(index)
        if not literals:
            unscreened |= bit
        for literal in literals or ():
            needed_by[literal] = needed_by.get(literal, 0) | bit
    automaton = None
    if plain or needed_by:
        automaton = ahocorasick.Automaton()
        for literal in sorted(set(plain) | set(needed_by)):
            value = (literal, len(literal), tuple(plain.get(literal, ())), needed_by.get(literal, 0))
            automaton.add_word(literal, value)
        automaton.make_automaton()
    return AnchorFinder(automaton, tuple(searched), unscreened)


@dataclass(frozen=True)
class Anchors:
    """A text folded to lower case and its anchors: (position, step-back pattern)."""

    folded: str
    positions: list[tuple[int, regex.Pattern]]


def match_at(
    text: str, folded: str | None, position: int, rules: DateRules, possible: int | None = None
) -> tuple[regex.Match, str] | None:
    """(match, rule id) of the first rule matching at `position`, as the combined pattern would.

    Only the rules that can start with the character there and the one
    after it are tried. The Chinese guard depends on that character alone,
    so the table has applied it already; the English guard is checked here,
    at a letter only where, in `folded`, a start word begins not inside a
    word (the quick test). `possible`, when given, holds the bits of the
    rules that may match `text` at all (`RuleScreen.may_match`); the others
    are not tried.
    """
    character = text[position]
    chinese, english = rules.rules_starting_with_pair(text[position : position + 2])
    if possible is not None:
        chinese = tuple(index for index in chinese if possible >> index & 1)
        english = tuple(index for index in english if possible >> index & 1)
    single_rules = rules.single_rules
    window_end = len(text) if len(text) - position <= WHOLE_REST else position + MATCH_WINDOW
    for index in chinese:
        pattern, rule_id = single_rules[index]
        match = _windowed_match(pattern, text, position, window_end)
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
            match = _windowed_match(pattern, text, position, window_end)
            if match is not None:
                return match, rule_id
    return None


# How far past its start a rule is matched. `regex` looks for the text that a
# rule must hold after an open repeat (同期 after `this\s+year|去年`) through
# the whole rest of the string before it tries the rule, so an unbounded match
# costs the rest of the line: a long line would cost its length squared. No
# date is longer than a fraction of this window.
MATCH_WINDOW = 400
# A rest of line up to this long is read whole: a windowed attempt costs more
# than reading a short rest, and the window only pays off on a long line.
WHOLE_REST = 2000
# A match ending this close to the window's end is matched again on the whole
# text: a lookahead after it must see what follows the window. So is a rule
# that runs into the window's end without a match of its own.
WINDOW_MARGIN = 100


def _windowed_match(pattern: regex.Pattern, text: str, position: int, window_end: int) -> regex.Match | None:
    """`pattern.match(text, position)`, read up to `window_end` when the match ends well before it."""
    if window_end == len(text):
        return pattern.match(text, position)
    # partial: an attempt cut by the window's end comes back as a partial match, not as no match
    match = pattern.match(text, position, window_end, partial=True)
    if match is not None and (match.partial or match.end() > window_end - WINDOW_MARGIN):
        return pattern.match(text, position)
    return match


def match_near(pattern: regex.Pattern, text: str, position: int) -> regex.Match | None:
    """`pattern.match(text, position)`, read within `MATCH_WINDOW` of `position` on a long rest of line.

    For a pattern matched just after a date: like a rule, it would otherwise
    look through the whole rest of the line for the text it must hold.
    """
    window_end = len(text) if len(text) - position <= WHOLE_REST else position + MATCH_WINDOW
    return _windowed_match(pattern, text, position, window_end)


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
    screen = rules.rule_screen
    possible = screen.may_match(text) if screen is not None and anchors.positions else None
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
            match = match_at(text, folded, position, rules, possible)
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


# --------------------------------------------------------------------------- which rules a text can hold


# The screen of the single rules (bit i: `single_rules[i]`): `literal_screen` of their literals.
RuleScreen = LiteralScreen


# A word character as the rules' `\b` and `\B` read one.
WORD_CHARACTER = regex.compile(r"\w")
# The opening of a named group, "(?P<year>", not escaped; a back reference, by number or by name.
NAMED_GROUP = regex.compile(r"(?<!\\)((?:\\\\)*)\(\?P<\w+>")
BACK_REFERENCE = regex.compile(r"(?<!\\)(?:\\\\)*\\(?:[1-9]|g<)|\(\?P=")


def rule_literals(pattern: str) -> frozenset[str] | None:
    """Literals one of which every match of a rule holds (`required_literals`); None when unknown or useless.

    Group names change nothing a rule matches, but a name used in two
    alternatives hides the rule from the literal reader: the groups are read
    unnamed (a rule with back references is not read). A set holding a
    single ASCII character (a digit, a sign) is on nearly every line: kept
    as unknown, its rule is always tried.
    """
    if BACK_REFERENCE.search(pattern):
        return None
    literals = required_literals(NAMED_GROUP.sub(r"\1(?:", pattern))
    if not literals or any(len(literal) == 1 and literal.isascii() for literal in literals):
        return None
    return literals


def rule_screen(patterns: Sequence[str]) -> RuleScreen:
    """The RuleScreen of the single rules' `patterns`, in their order.

    Call it inside `cached_patterns()`: reading the literals of every rule
    costs a few tenths of a second, kept in the user's cache there.
    """
    return literal_screen([rule_literals(pattern) for pattern in patterns])


# --------------------------------------------------------------------------- where rules can start


def start_characters_pattern(
    rules_by_first_character: Mapping[str, tuple[tuple[int, ...], tuple[int, ...]]], guards: Mapping[str, str]
) -> regex.Pattern:
    """A one-character pattern matching where some rule may start.

    A character some Chinese rule can start with; one some English rule can
    start with, if it is not a letter or is not preceded by an ASCII letter,
    digit or _; any character the table does not name if a guard holds there
    (its rules are looked up when it is met).
    """
    anywhere = sorted(
        character
        for character, (chinese, english) in rules_by_first_character.items()
        if chinese or (english and not character.isalpha())
    )
    word_start = sorted(
        character
        for character, (chinese, english) in rules_by_first_character.items()
        if english and character.isalpha() and character not in anywhere
    )
    named = sorted(rules_by_first_character)

    def character_class(characters: Sequence[str], negate: bool = False) -> str:
        return (
            "[" + ("^" if negate else "") + "".join(regex.escape(character) for character in characters) + "]"
        )

    at_word_start = f"(?<![A-Za-z0-9_]){character_class(word_start)}"
    unnamed = f"(?:{guards['zh']}|{guards['en']}){character_class(named, True)}"
    return regex.compile(f"{character_class(anywhere)}|{at_word_start}|{unnamed}")


def named_characters(patterns: Sequence[str], first_characters: str) -> set[str]:
    """The characters the rules name, the first characters, ASCII, spaces and the case variants of letters."""
    return set("".join(patterns)) | set(first_characters) | set(_remembered_table("named", _always_named))


def _always_named() -> str:
    """ASCII, the case variants of ASCII letters and the spaces below U+3001: named whatever the rules."""
    spaces = (character for character in map(chr, range(0x3001)) if character.isspace())
    return "".join(sorted({chr(code) for code in range(128)} | set(case_fold_table_text()) | set(spaces)))


def starting_rules_table(
    characters: Iterable[str],
    start_tests: Sequence[regex.Pattern],
    guards: tuple[regex.Pattern, regex.Pattern],
    chinese_count: int,
) -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
    """`starting_rules` of each of `characters`, in sorted order (a new dict, for the caller to extend).

    Trying every rule on every named character costs a run's start about
    10 ms; inside `cached_patterns()` the table is kept in the user's cache,
    keyed by the characters, the patterns with their flags and the count of
    Chinese rules (and by this file and the versions of Python and `regex`).
    """
    ordered = sorted(set(characters))
    named = "\0".join(
        (
            str(chinese_count),
            "".join(ordered),
            *(f"{test.flags}:{test.pattern}" for test in (*guards, *start_tests)),
        )
    )

    def compute() -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
        return {
            character: starting_rules(character, start_tests, guards, chinese_count) for character in ordered
        }

    def valid(table: object) -> bool:
        return (
            type(table) is dict
            and list(table) == ordered
            and all(type(found) is tuple and len(found) == 2 for found in table.values())
            and all(
                type(indexes) is tuple and all(type(index) is int for index in indexes)
                for found in table.values()
                for indexes in found
            )
        )

    return dict(_remembered_table("starting", compute, named, valid))


def _remembered_table(kind: str, compute: Callable[[], Any], named: str = "", valid: Any = None) -> Any:
    """`compute()`, kept in the user's cache (see `pattern_cache.remembered`) under `kind` and `named`."""
    from pipeline.rules.pattern_cache import code_digest, remembered

    digest = code_digest(__file__)
    if digest is None:
        return compute()
    named = "\0".join(("dates", kind, digest, regex.__version__, named))
    key = hashlib.sha256(named.encode("utf-8")).hexdigest()
    return remembered("tables", key, lambda _key: compute(), valid=valid or _is_text)


def _is_text(value: object) -> bool:
    return type(value) is str


def start_test(single_rule: regex.Pattern) -> regex.Pattern:
    """The pattern telling which characters a rule can start with: the rule without positive lookbehinds.

    On a lone character a positive lookbehind never holds; without it the
    pattern matches at least as much. Most rules have none: the rule itself.
    Rewriting the source reads it piece by piece in Python (about 10 ms for
    the rules as shipped): inside `cached_patterns()` the rewritten source
    is kept in the user's cache, keyed by the rule's source and this file.
    """
    source = single_rule.pattern
    if "(?<=" not in source:
        return single_rule
    without = _remembered_table("start-test", lambda: _without_positive_lookbehinds(source), source)
    return regex.compile(without)


def starting_rules(
    character: str,
    start_tests: Sequence[regex.Pattern],
    guards: tuple[regex.Pattern, regex.Pattern],
    chinese_count: int,
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(Chinese, English) indexes of the rules that can start with `character`.

    A rule can start with a character when its language's guard holds on
    that character and the character alone is the beginning of a match (a
    partial match) of the rule's start test.
    """
    chinese_guard, english_guard = guards
    chinese: tuple[int, ...] = ()
    english: tuple[int, ...] = ()
    if chinese_guard.match(character, partial=True) is not None:
        chinese = tuple(
            index
            for index in range(chinese_count)
            if start_tests[index].match(character, partial=True) is not None
        )
    if english_guard.match(character, partial=True) is not None:
        english = tuple(
            index
            for index in range(chinese_count, len(start_tests))
            if start_tests[index].match(character, partial=True) is not None
        )
    return chinese, english


def starting_rules_after(
    pair: str, candidates: tuple[tuple[int, ...], tuple[int, ...]], start_tests: Sequence[regex.Pattern]
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Of `candidates`, the (Chinese, English) rules that can start with `pair`.

    `pair` is the one or two characters at a position; `candidates` are the
    rules that can start with `pair[0]` (`starting_rules`). A rule that
    matches at a position has read the characters there as they are, so its
    start test (the rule without positive lookbehinds, which matches at least
    as much) matches `pair` at least partially: a match cut by the end of
    `pair` comes back as a partial match. Two assertions can fail at the end
    of `pair` where the text goes on: a word boundary after a character that
    is not a word character (`-\\b2025`), so such a pair is not screened,
    and `\\B`, so a rule holding it is kept whatever `pair` is.
    """

    def can_start(index: int) -> bool:
        test = start_tests[index]
        return "\\B" in test.pattern or test.match(pair, partial=True) is not None

    if len(pair) < 2 or WORD_CHARACTER.match(pair, 1) is None:
        return candidates  # the end of the text, or a boundary at the pair's end would be unknown
    chinese, english = candidates
    return tuple(filter(can_start, chinese)), tuple(filter(can_start, english))


def _source_pieces(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(index, piece) of a regex source from `start`: an escape, a whole [...] class, or one character."""
    index = start
    while index < len(pattern):
        if pattern[index] == "\\":
            end = index + 2
        elif pattern[index] == "[":
            end = index + 1
            while end < len(pattern) and pattern[end] != "]":
                end += 2 if pattern[end] == "\\" else 1
            end += 1
        else:
            end = index + 1
        yield index, pattern[index:end]
        index = end


def _without_positive_lookbehinds(pattern: str) -> str:
    """The pattern without its positive lookbehinds: it then matches at least as much.

    A (?<=...) is removed (it then always holds) where it counts for a
    match, and made a `(?!)` (it then never holds) inside a negative
    lookaround, where it counts against one: `(?!(?<=车)后年)` rules out
    后年 only after 车, and without its lookbehind would rule it out
    everywhere. Inside two negative lookarounds it counts for a match again.
    """
    kept = []
    skip_until = 0
    negative = []  # per open group: does it negate what is inside it
    for index, piece in _source_pieces(pattern):
        if index < skip_until:
            continue
        if pattern.startswith("(?<=", index):
            skip_until = _group_end(pattern, index)
            if sum(negative) % 2:
                kept.append("(?!)")
            continue
        if piece == "(":
            negative.append(pattern.startswith(("(?!", "(?<!"), index))
        elif piece == ")" and negative:
            negative.pop()
        kept.append(piece)
    return "".join(kept)


def _group_end(pattern: str, start: int) -> int:
    """Index just after the group that opens at `start`."""
    depth = 0
    for index, piece in _source_pieces(pattern, start):
        if piece == "(":
            depth += 1
        elif piece == ")":
            depth -= 1
            if depth == 0:
                return index + 1
    return len(pattern)


def date_alphabet(patterns: Sequence[str]) -> str:
    """A character class body of every character a rule can consume.

    A superset: every non-ASCII character the patterns name, printable ASCII,
    digits of any script and the letters `(?i)` equates with ASCII letters.
    """
    named = {character for character in set("".join(patterns)) if not character.isascii()}
    named |= set(case_fold_table_text())
    return "\\d\\x21-\\x7e" + "".join(regex.escape(character) for character in sorted(named))


@lru_cache(maxsize=1)
def case_fold_table_text() -> str:
    """Non-ASCII characters a case-insensitive ASCII letter matches (the regex module decides).

    Only the Basic Multilingual Plane is searched: no character beyond it
    case-folds to an ASCII letter. A search over 63,000 characters (7 ms):
    kept in the user's cache inside `cached_patterns()`.
    """
    return _remembered_table("case-fold", _case_fold_table_text)


def _case_fold_table_text() -> str:
    every_character = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    return "".join(regex.findall(r"(?i)[a-z]", every_character))


@lru_cache(maxsize=1)
def case_fold_table() -> dict[int, str]:
    """str.translate table mapping those characters to their ASCII letter (K -> k)."""
    table = {}
    for character in case_fold_table_text():
        letter = next(
            letter for letter in "abcdefghijklmnopqrstuvwxyz" if regex.match(f"(?i){letter}", character)
        )
        table[ord(character)] = letter
    return table
