"""English ages written after a word of age (`english_ages`): aged 65 and over, aged 18 to 35.

The word of age stands before the number, where no unit rule looks, so the
age is read here: the number (or a range of two) in years, bounded by a word
before it (aged over 50, aged under 12) or after it (aged 65 and over). The
span is the number with its bounds, without the word of age; a unit written
after it (years, years old) belongs to the span. A number followed by a
smaller unit (aged 6 to 59 months) is an age in that unit and is left to the
unit rules.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from pipeline.extractors.figures.rules import FigureRules

Candidate = tuple[int, int, str, dict]

# the oldest age read: a larger number after `aged` is no age in years
MAX_AGE = 130


def with_english_ages(
    figures: list[Candidate], text: str, rules: FigureRules, masks: tuple[Sequence[int], Sequence[int]]
) -> list[Candidate]:
    """`figures` plus the ages after a word of age; a figure inside an age's span gives way to it."""
    if rules.english_age is None:
        return figures
    masked_starts, masked_ends = masks
    added: list[Candidate] = []
    for match in rules.english_age.finditer(text):
        low = int(match.group("num"))
        high = int(match.group("num2")) if match.group("num2") else None
        if low > MAX_AGE or (high is not None and not low < high <= MAX_AGE):
            continue
        if high is not None and match.group("join").lower() == "and" and not match.group("between"):
            continue  # aged 18 and 30: no bounds stated
        start = match.start("pre") if match.group("pre") else match.start("num")
        end = match.end()
        index = bisect_right(masked_starts, start) - 1
        if index >= 0 and end <= masked_ends[index]:
            continue
        if any(f[0] < end and start < f[1] and not (start <= f[0] and f[1] <= end) for f in figures):
            continue  # a figure reaching out of the age: it reads the number otherwise
        qualifier = None
        if match.group("pre"):
            qualifier = rules.english_age_before[" ".join(match.group("pre").lower().split())]
        elif match.group("post"):
            qualifier = rules.english_age_after[" ".join(match.group("post").lower().split())]
        fields = {
            "value": float(low) if high is None else None,
            "value_low": float(low) if high is not None else None,
            "value_high": float(high) if high is not None else None,
            "unit": rules.english_age_unit,
            "counter": None,
            "qualifier": qualifier,
        }
        added.append((start, end, rules.english_age_rule_id, fields))
    if not added:
        return figures
    kept = [f for f in figures if not any(a[0] <= f[0] and f[1] <= a[1] for a in added)]
    return sorted(kept + added, key=lambda candidate: candidate[0])
