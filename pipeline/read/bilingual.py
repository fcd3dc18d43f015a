"""Reading the bilingual tables: translation drift as a frame and as text.

`line_pairs`, `mention_links` and `drift` are written by a run (see
`pipeline/stages/align.py`); this module only reads and formats them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from pipeline.read.output import Output

KIND_TEXT = {
    "missing_in_en": "not in the English line",
    "missing_in_zh": "not in the Chinese line",
    "value_differs": "value differs",
}


def drift_frame(output: Output, doc_id: str | None = None) -> pd.DataFrame:
    """The drift rows (all, or those of one document id or id prefix), by document and line."""
    frame = output.drift
    if doc_id:
        frame = frame[frame["doc_id"].str.startswith(doc_id)]
    return frame.sort_values(["doc_id", "zh_line_no", "en_line_no", "table"], kind="stable").reset_index(
        drop=True
    )


def _side(row: dict[str, Any], side: str) -> str:
    line = row[f"{side}_line_no"]
    if row.get(f"{side}_mention_id") is None or row.get(f"{side}_text") is None:
        return f"L{line} –"
    span = f"{int(row[f'{side}_start'])}:{int(row[f'{side}_end'])}"
    return f"L{line}[{span}] {row[f'{side}_text']!r} ({row[f'{side}_value']})"


def format_drift(frame: pd.DataFrame) -> str:
    """One block per drift row: what drifted, then both provenances."""
    if frame.empty:
        return "no translation drift (no bilingual document, or every figure and date has its counterpart)"
    blocks = []
    for row in frame.to_dict("records"):
        row = {key: (None if _missing(value) else value) for key, value in row.items()}
        note = ""
        if row.get("in_other_text"):
            note = "  (its number is written in the other line: perhaps a mention not extracted there)"
        blocks.append(
            f"{row['doc_id']} {row['table']}: {KIND_TEXT.get(row['kind'], row['kind'])}{note}\n"
            f"  zh {_side(row, 'zh')}\n  en {_side(row, 'en')}"
        )
    return "\n".join(blocks) + f"\n{len(frame)} drift row(s)"


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)
