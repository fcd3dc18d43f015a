"""Counts in messages: `1 file`, `2 files`, never `1 files` or `file(s)`."""

from __future__ import annotations

# Nouns whose plural is not the singular with `s` added.
IRREGULAR_PLURALS = {"entry": "entries", "match": "matches", "batch": "batches"}


def plural(noun: str) -> str:
    """The plural of an English noun of provex's messages (`file` -> `files`, `entry` -> `entries`)."""
    last = noun.rsplit(" ", 1)[-1]
    if last in IRREGULAR_PLURALS:
        return noun[: len(noun) - len(last)] + IRREGULAR_PLURALS[last]
    return noun + "s"


def counted(count: int, noun: str, many: str | None = None) -> str:
    """`count` with `noun` in the number it calls for: `1 file`, `0 files`, `2 new paths`.

    `many` is the plural when `plural` does not make it (`1 person`, `3 people`).
    """
    return f"{count} {noun if count == 1 else (many or plural(noun))}"
