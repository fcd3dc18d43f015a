"""Refusing rule patterns that can take exponential time (catastrophic backtracking).

`backtracking_risk(pattern)` names the construct when a pattern repeats,
without bound, something that can itself match in several ways: a repeated
group holding another unbounded repeat (`(a+)+`), or a repeated alternation
whose branches can start with the same character (`(?:a|aa)+`). On a line
that almost matches, such a pattern tries exponentially many ways before it
fails, and one article would stall a run. Properties and named classes of
the `regex` module (`\\p{Han}`) are read as one character class.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    import re._constants as _constants
    import re._parser as _parser
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _constants  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, getattr(_constants, "POSSESSIVE_REPEAT", None)}
_UNBOUNDED = _constants.MAXREPEAT


def backtracking_risk(pattern: str) -> str | None:
    """Why `pattern` risks exponential backtracking, or None (also when it cannot be read here)."""
    from pipeline.rules.pattern_cache import code_digest, remembered

    digest = code_digest(__file__)
    if digest is None:
        return _backtracking_risk(pattern)
    return remembered(
        "risk",
        f"{digest}\0{pattern}",
        lambda _key: _backtracking_risk(pattern),
        valid=lambda found: found is None or type(found) is str,
    )


def _backtracking_risk(pattern: str) -> str | None:
    try:
        parsed = _parser.parse(_PROPERTY.sub("x", pattern))
    except (re.error, OverflowError, RecursionError, IndexError):
        return None  # syntax of the `regex` module alone: compiled and checked there
    return _risk_in(list(parsed), inside_unbounded=False)


def _risk_in(items: list[tuple[Any, Any]], inside_unbounded: bool) -> str | None:
    for operator, argument in items:
        if operator in _REPEATS:
            low, high, body = argument
            unbounded = high == _UNBOUNDED
            if unbounded and inside_unbounded:
                return "an unbounded repeat inside another unbounded repeat, as in (a+)+"
            if unbounded and _ambiguous_branches(list(body)):
                return "a repeated alternation whose branches start alike, as in (?:a|aa)+"
            # An iteration that must begin with a literal is delimited by it: `(?:、[0-9]+)*` is safe.
            delimited = bool(body) and list(body)[0][0] == _constants.LITERAL
            found = _risk_in(list(body), (inside_unbounded or unbounded) and not delimited)
            if found:
                return found
        elif operator == _constants.SUBPATTERN:
            found = _risk_in(list(argument[-1]), inside_unbounded)
            if found:
                return found
        elif operator == _constants.BRANCH:
            for branch in argument[1]:
                found = _risk_in(list(branch), inside_unbounded)
                if found:
                    return found
    return None


def _ambiguous_branches(body: list[tuple[Any, Any]]) -> bool:
    """Whether a repeated body holds an alternation with an empty branch or two that start alike.

    (The parser factors common prefixes out: `a|aa` arrives as `a(?:|a)`.)
    """
    for operator, argument in body:
        if operator == _constants.SUBPATTERN and _ambiguous_branches(list(argument[-1])):
            return True
        if operator != _constants.BRANCH:
            continue
        firsts = []
        for branch in argument[1]:
            items = list(branch)
            if not items:
                return True
            if items[0][0] == _constants.LITERAL:
                firsts.append(items[0][1])
        if len(firsts) != len(set(firsts)):
            return True
    return False
