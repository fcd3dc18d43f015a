"""The spans of the figures found so far on a line, asked whether a span overlaps one."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from pipeline.extractors.figures.scan import Candidate


class Occupied:
    """The spans of the figures found so far, asked whether a span overlaps one.

    A bisection over their starts, not a scan: a line of many numbers asked
    this for each of them would cost its figures squared.
    """

    def __init__(self, figures: Sequence[Candidate] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []  # ends[i] is the end of the span starting at starts[i]
        self.longest = 0
        for figure in figures:
            self.add(figure[0], figure[1])

    def add(self, start: int, end: int) -> None:
        """Take the span `start`..`end` too."""
        index = bisect_right(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)
        self.longest = max(self.longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """True when a span taken shares a character with `start`..`end` (as `a < end and start < b`)."""
        index = bisect_left(self.starts, end) - 1  # the last span starting before `end`
        # a span starting `longest` or more before `start` ends by `start`: no earlier one can reach it
        while index >= 0 and self.starts[index] + self.longest > start:
            if self.ends[index] > start:
                return True
            index -= 1
        return False
