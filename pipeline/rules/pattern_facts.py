"""What a rule builder asks a compiled pattern about fixed texts, kept in the user's cache.

Some rule builders try a pattern on the same texts in every process: whether
any ASCII character can start a match (the date anchors, about 10,000
partial matches), which of 1,800 packaged names a pattern of place names
matches whole. The answer is decided by the pattern's text and flags, the
texts, the `regex` engine and this code; inside `cached_patterns()` it is
kept under all of them (`pattern_cache.remembered`), so that a later process
reads it instead of trying again. A pattern with named lists (whose
contents its text does not show), and any call outside the block, is tried
every time.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from typing import Any

import regex

from pipeline.rules.pattern_cache import code_digest, remembered

# The 128 ASCII characters, for `none_can_start`.
ASCII = "".join(map(chr, range(128)))
# The engines whose patterns are kept, by the type of their patterns, with what decides their answers.
ENGINES = {regex.Pattern: f"regex {regex.__version__}", re.Pattern: "re"}
Pattern = re.Pattern | regex.Pattern


def none_can_start(pattern: regex.Pattern, characters: str) -> bool:
    """True when no match of `pattern` can begin with any of `characters` (partial matches tried)."""

    def compute(_key: str) -> bool:
        return all(pattern.match(character, partial=True) is None for character in characters)

    return _remembered(pattern, f"starts\0{characters}", compute, lambda value: type(value) is bool)


def fullmatched(pattern: Pattern, texts: Iterable[str]) -> frozenset[str]:
    """The texts among `texts` that `pattern` matches whole."""
    unique = sorted(dict.fromkeys(texts))

    def compute(_key: str) -> tuple[str, ...]:
        return tuple(text for text in unique if pattern.fullmatch(text) is not None)

    digest = hashlib.sha256("\0".join(unique).encode("utf-8", "surrogatepass")).hexdigest()
    found = _remembered(pattern, f"whole\0{digest}", compute, _are_texts)
    return frozenset(found)


def _remembered(pattern: Pattern, question: str, compute: Callable[[str], Any], valid) -> Any:
    """`compute(key)`, remembered under the pattern, the question and this code when they name it all."""
    digest = code_digest(__file__)  # with the interpreter's version, which decides `re`
    engine = ENGINES.get(type(pattern))
    if (
        digest is None
        or engine is None
        or type(pattern.pattern) is not str
        or getattr(pattern, "named_lists", None)
    ):
        return compute("")
    source = hashlib.sha256(pattern.pattern.encode("utf-8", "surrogatepass")).hexdigest()
    key = f"{digest}\0{engine}\0{int(pattern.flags)}\0{source}\0{question}"
    return remembered("tables", key, compute, valid=valid)


def _are_texts(value: object) -> bool:
    return type(value) is tuple and all(type(text) is str for text in value)
