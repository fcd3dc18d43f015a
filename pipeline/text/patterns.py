"""Pattern builders and character classes shared by every stage and extractor.

One copy of each: the Han character class, and `literal_pattern`, which
turns a set of literal words into a trie-shaped regex (faster to scan than
a flat alternation, and greedy, so the longest word wins).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, MutableMapping

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


# Set by `pipeline.rules.pattern_cache` while it is open: patterns already built for a
# set of words (keyed by a digest of them), kept across processes.
LITERAL_CACHE: MutableMapping[str, str] | None = None


def literal_pattern(words: Iterable[str], ascii_boundary: bool = False) -> str:
    """Regex (no groups) matching any of `words`, built as a character trie.

    A trie (`平(?:方(?:米|公里)|米)`) is much faster to scan than a flat
    alternation, and being greedy it prefers the longest word. With
    `ascii_boundary`, a word ending in an ASCII letter or digit must not be
    followed by another one (so `m` does not match inside `minutes`).
    """
    unique = sorted(dict.fromkeys(words))  # words given in order are sorted in one pass
    cache, key = LITERAL_CACHE, ""
    if cache is not None:
        digest = hashlib.sha256("\0".join(unique).encode("utf-8", "surrogatepass"))
        key = f"{int(ascii_boundary)}{digest.hexdigest()}"
        found = cache.get(key)
        if found is not None:
            return found
    pattern = _trie_pattern(unique, ascii_boundary)
    if cache is not None:
        cache[key] = pattern
    return pattern


def _trie_pattern(words: list[str], ascii_boundary: bool) -> str:
    trie: dict = {}
    for word in words:
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
