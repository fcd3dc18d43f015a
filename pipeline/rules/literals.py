"""Literal strings a regex needs: read out of a pattern to screen lines before running it.

`required_literals(pattern)` gives strings of which every match contains at
least one; a line holding none of them cannot match, so the (slow) rule
regex is skipped for it (the boilerplate markers, the document-date patterns
and the screened English name patterns use it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

import ahocorasick
import regex

from pipeline.rules.pattern_cache import code_digest, remembered

try:  # the standard library's regex parser, used only to read literals out of patterns
    import re._constants as re_constants
    import re._parser as re_parser
except ImportError:  # pragma: no cover - older Pythons name them sre_*
    import sre_constants as re_constants  # type: ignore[no-redef]
    import sre_parse as re_parser  # type: ignore[no-redef]

_T = TypeVar("_T")

# Pattern features of the `regex` dialect that the standard parser would
# misread as literal text: POSIX classes ("[[:digit:]]") and fuzzy
# constraints ("{e<=1}"); patterns using them are never screened.
UNSCREENABLE = regex.compile(r"\[:\^?[a-z]+:\]|\{(?!\d*,?\d*\})")
# Unicode properties ("\p{Han}", "\P{L}") the standard parser cannot read. A
# literal is never read out of one, so each is read as a word or non-word
# class: a class of unknown characters, inside or outside brackets alike,
# which keeps the literals of the rest of the pattern.
UNICODE_PROPERTY = regex.compile(r"(?<!\\)((?:\\\\)*)\\([pP])\{[A-Za-z_=]+\}")
# A character class listing at most this many characters still yields literals,
# and a set of literals read from a pattern holds at most MAX_LITERAL_SET strings.
MAX_CLASS_LITERALS = 40
MAX_LITERAL_SET = 128


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
    own syntax give None, so such a pattern is simply always run. A group
    with flags of its own ("(?i:...)") is read as unknown text.

    Reading the rules' patterns costs a run about 0.2 s; inside
    `cached_patterns()` (where the rule builders run) the result is kept in the
    user's cache, keyed by the pattern and a digest of this file.
    """
    digest = code_digest(__file__)
    if digest is None:
        return _required_literals(pattern)
    return remembered(
        "required", f"{digest}\0{pattern}", lambda _key: _required_literals(pattern), valid=_is_literal_set
    )


@cache
def max_match_length(pattern: str) -> int | None:
    """The most characters a match of `pattern` can span; None when unbounded or unknown.

    Read with the standard library's parser, as `required_literals` reads
    patterns: a `\\p{...}` class is one character, and inline flags (case
    folding may match "ß" with "ss"), back references and the dialect's
    own syntax give None. A text longer than this cannot be matched whole:
    its `fullmatch` need not be tried. Kept in the user's cache as
    `required_literals` is.
    """
    digest = code_digest(__file__)
    if digest is None:
        return _max_match_length(pattern)
    return remembered(
        "longest", f"{digest}\0{pattern}", lambda _key: _max_match_length(pattern), valid=_is_length
    )


def _is_length(value: Any) -> bool:
    """What `max_match_length` gives: None or a whole number."""
    return value is None or type(value) is int


def _max_match_length(pattern: str) -> int | None:
    return _read_parsed(pattern, _longest)


def _longest(items: list[tuple[Any, Any]]) -> int:
    """The most characters a sequence of parsed items can match (raises _Unscreenable when unbounded)."""
    constants = re_constants
    total = 0
    for operator, argument in items:
        if operator in (constants.LITERAL, constants.NOT_LITERAL, constants.ANY, constants.IN):
            total += 1
        elif operator in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
            continue  # zero-width
        elif operator is constants.SUBPATTERN:
            _, add_flags, del_flags, body = argument
            if add_flags or del_flags:
                raise _Unscreenable
            total += _longest(list(body))
        elif operator is getattr(constants, "ATOMIC_GROUP", None):
            total += _longest(list(argument))
        elif operator is constants.BRANCH:
            total += max(_longest(list(alternative)) for alternative in argument[1])
        elif operator in (
            constants.MAX_REPEAT,
            constants.MIN_REPEAT,
            getattr(constants, "POSSESSIVE_REPEAT", None),
        ):
            _, maximum, body = argument
            width = _longest(list(body))
            if width and maximum >= constants.MAXREPEAT:
                raise _Unscreenable
            total += width * maximum if width else 0
        else:
            raise _Unscreenable  # back references, conditionals, anything not read here
    return total


def _is_literal_set(value: Any) -> bool:
    """What `required_literals` gives: None or a frozenset of strings."""
    return value is None or type(value) is frozenset and all(type(item) is str for item in value)


def _required_literals(pattern: str) -> frozenset[str] | None:
    return _read_parsed(pattern, lambda items: _sequence(items).best())


def _read_parsed(pattern: str, read: Callable[[list[tuple[Any, Any]]], _T]) -> _T | None:
    """`read` over the parsed items of `pattern`, or None for what the parser view cannot answer."""
    pattern = UNICODE_PROPERTY.sub(lambda found: found[1] + ("\\w" if found[2] == "p" else "\\W"), pattern)
    if UNSCREENABLE.search(pattern):
        return None
    try:
        parsed = re_parser.parse(pattern)
        if parsed.state.flags & ~re.UNICODE:
            return None
        return read(list(parsed))
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
            # Scoped flags ("(?i:mon|tue)") change what the group's literals
            # match; the group is read as unknown text and the rest of the
            # pattern still gives its literals.
            return _Strings()
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


@dataclass(frozen=True)
class LiteralScreen:
    """Which of a list of patterns may match a text, from one Aho-Corasick pass over it.

    Patterns are bits of an int (bit i: pattern i); the automaton maps each
    literal to the patterns every match of which holds one of the literals
    of their set, and `unscreened` are the patterns with no such set (always
    tried).
    """

    automaton: Any
    unscreened: int

    def may_match(self, text: str) -> int:
        """Bits of the patterns that may match somewhere in `text`."""
        found = self.unscreened
        if self.automaton is not None:
            for _, patterns in self.automaton.iter(text):
                found |= patterns
        return found


def literal_screen(literal_sets: Sequence[frozenset[str] | None]) -> LiteralScreen:
    """The LiteralScreen of patterns whose required literals are `literal_sets`, in order (None: unknown)."""
    by_literal: dict[str, int] = {}
    unscreened = 0
    for index, literals in enumerate(literal_sets):
        if literals is None:
            unscreened |= 1 << index
            continue
        for literal in literals:
            by_literal[literal] = by_literal.get(literal, 0) | 1 << index
    automaton = None
    if by_literal:
        automaton = ahocorasick.Automaton()
        for literal, bits in by_literal.items():
            automaton.add_word(literal, bits)
        automaton.make_automaton()
    return LiteralScreen(automaton, unscreened)
