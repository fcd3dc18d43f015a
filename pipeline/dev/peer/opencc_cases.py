"""OpenCC's own conversion cases, run through provex's conversion step.

A case passes when `pipeline.stages.normalise.to_simplified`, run with the record's
own OpenCC `config` (t2s, hk2s, tw2s, tw2sp or hk2sp), returns exactly the
record's `expected` text and an offset map that is valid for it: one raw
span per output character, inside the input, never running backwards.
"""

from __future__ import annotations

from pipeline.core.offsets import OffsetMap
from pipeline.dev.peer import CaseResult
from pipeline.stages.normalise import to_simplified


def map_problem(offsets: OffsetMap, source: str, target: str) -> str:
    """Why `offsets` is not a valid map from `target` back to `source` ('' when it is)."""
    if len(offsets) != len(target):
        return f"map covers {len(offsets)} characters, output has {len(target)}"
    if offsets.raw_length != len(source):
        return f"map's raw length {offsets.raw_length} differs from input length {len(source)}"
    starts, ends = offsets.raw_starts(), offsets.raw_ends()
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if not 0 <= start < end <= len(source):
            return f"character {index} maps to bad raw span [{start}, {end})"
        if index and (start < starts[index - 1] or end < ends[index - 1]):
            return f"map runs backwards at character {index}"
    return ""


def check_conversion(record: dict) -> CaseResult:
    """Convert `record['input']` with `record['config']`; pass on an exact match.

    `got` is the converted text; `note` says why the offset map is invalid
    when the text matched but the map did not.
    """
    source = record["input"]
    converted, offsets = to_simplified(source, record["config"])
    problem = map_problem(offsets, source, converted)
    passed = converted == record["expected"] and not problem
    return CaseResult(passed=passed, expected=record["expected"], got=converted, note=problem)
