"""Pattern builders and character classes shared by every stage and extractor.

One copy of each: the Han character class, and `literal_pattern`, which
turns a set of literal words into a trie-shaped regex (faster to scan than
a flat alternation, and greedy, so the longest word wins).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

# One Han character, and a run of them (the `regex` module's Unicode script property).
HAN = regex.compile(r"\p{Han}")
HAN_RUN = regex.compile(r"\p{Han}+")


# `regex.escape` of each character met, kept: a trie escapes every node's character.
_ESCAPED: dict[str, str] = {}


def _escaped(character: str) -> str:
    escaped = _ESCAPED.get(character)
    if escaped is None:
        escaped = _ESCAPED[character] = regex.escape(character)
    return escaped


def literal_pattern(words: Iterable[str], ascii_boundary: bool = False) -> str:
    """Regex (no groups) matching any of `words`, built as a character trie.

    A trie (`平(?:方(?:米|公里)|米)`) is much faster to scan than a flat
    alternation, and being greedy it prefers the longest word. With
    `ascii_boundary`, a word ending in an ASCII letter or digit must not be
    followed by another one (so `m` does not match inside `minutes`).
    """
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = word
    if not trie:
        return "(?!)"

    def emit(node: dict) -> str:
        parts = []
        for character, child in sorted(node.items()):
            if not character:
                continue
            text = _escaped(character)
            # A chain of single letters (no word ending inside) needs no group: follow it here.
            while len(child) == 1 and "" not in child:
                ((character, child),) = child.items()
                text += _escaped(character)
            parts.append(text + emit(child))
        if "" in node:
            word = node[""]
            last = word[-1]
            parts.append(r"(?![A-Za-z0-9²])" if ascii_boundary and last.isascii() and last.isalnum() else "")
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(parts) + ")"

    return emit(trie)
