"""The map from normalised text back to the raw line it came from.

Normalisation replaces, folds and deletes characters. For every character of
the normalised text the map records the raw span [raw_start, raw_end) that
produced it, so any normalised span maps back to an exact raw span:

    raw_start = raw_starts[norm_start]
    raw_end   = raw_ends[norm_end - 1]

Deleted raw characters (a removed pinyin annotation) belong to no normalised
character; a normalised span that straddles them maps to a raw span that
contains them, which is exactly what an auditor should see.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence


class OffsetMap:
    """Per normalised character, the raw [start, end) it came from.

    Build one with `OffsetMap.identity(n)` when normalisation kept every
    character in place, or `OffsetMap(raw_starts, raw_ends, raw_length)`.
    """

    __slots__ = ("_raw_starts", "_raw_ends", "raw_length", "_is_identity")

    def __init__(self, raw_starts: Sequence[int], raw_ends: Sequence[int], raw_length: int):
        if len(raw_starts) != len(raw_ends):
            raise ValueError("raw_starts and raw_ends must have one entry per normalised character")
        self._raw_starts = array("l", raw_starts)
        self._raw_ends = array("l", raw_ends)
        self.raw_length = raw_length
        self._is_identity = (
            len(self._raw_starts) == raw_length
            and self._raw_starts == array("l", range(raw_length))
            and self._raw_ends == array("l", range(1, raw_length + 1))
        )

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a normalisation that changed no character's position."""
        offset_map = cls.__new__(cls)
        offset_map._raw_starts = None
        offset_map._raw_ends = None
        offset_map.raw_length = length
        offset_map._is_identity = True
        return offset_map

    @property
    def is_identity(self) -> bool:
        """True when normalised offset i is raw offset i for every character."""
        return self._is_identity

    def __len__(self) -> int:
        """Number of normalised characters the map covers."""
        if self._raw_starts is None:
            return self.raw_length
        return len(self._raw_starts)

    def to_raw(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Map a normalised span [norm_start, norm_end) to its raw span.

        An empty normalised span maps to an empty raw span at the matching
        position. Raises IndexError for a span outside the normalised text.
        """
        length = len(self)
        if not 0 <= norm_start <= norm_end <= length:
            raise IndexError(f"span [{norm_start}, {norm_end}) outside normalised text of {length}")
        if self._raw_starts is None:
            return norm_start, norm_end
        if norm_start == norm_end:
            position = self._raw_starts[norm_start] if norm_start < length else self.raw_length
            return position, position
        return self._raw_starts[norm_start], self._raw_ends[norm_end - 1]

    def raw_starts(self) -> list[int]:
        """Raw start offset of every normalised character."""
        if self._raw_starts is None:
            return list(range(self.raw_length))
        return list(self._raw_starts)

    def raw_ends(self) -> list[int]:
        """Raw end offset (exclusive) of every normalised character."""
        if self._raw_ends is None:
            return list(range(1, self.raw_length + 1))
        return list(self._raw_ends)

    def compose(self, inner: OffsetMap) -> OffsetMap:
        """Chain two maps: `self` maps text B to text A, `inner` maps C to B.

        Returns the map from C straight to A, for normalisations applied one
        after another.
        """
        if inner.is_identity and len(inner) == len(self):
            return self
        if self.is_identity:
            return OffsetMap(inner.raw_starts(), inner.raw_ends(), self.raw_length)
        starts, ends = self.raw_starts(), self.raw_ends()
        inner_starts, inner_ends = inner.raw_starts(), inner.raw_ends()
        return OffsetMap(
            [starts[s] for s in inner_starts],
            [ends[e - 1] for e in inner_ends],
            self.raw_length,
        )
