"""Reading the bilingual tables: translation drift as a frame and as text.

`line_pairs`, `mention_links` and `drift` are written by a run (see
`pipeline/stages/align/`); this module only reads and formats them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline.core.wording import counted

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
    return "\n".join(blocks) + f"\n{counted(len(frame), 'drift row')}"


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


# ---------------------------------------------------------------------------
# The report's bilingual section of a document page

_DRIFT_MARK = "background:#ffd6d6;border-bottom:2px solid #c0392b"


def _marked(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` escaped, with the [start, end) spans marked (non-overlapping, in order)."""
    from html import escape

    parts, position = [], 0
    for start, end, title in sorted(spans):
        if start < position:
            continue
        parts.append(escape(text[position:start]))
        parts.append(f'<mark style="{_DRIFT_MARK}" title="{escape(title)}">{escape(text[start:end])}</mark>')
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts)


def bilingual_section(
    lines: list[dict[str, Any]], pairs: list[dict[str, Any]], drift: list[dict[str, Any]]
) -> str:
    """HTML of a document's line pairs side by side (drifted figures and dates marked) and its drift rows."""
    from html import escape

    if not pairs:
        return ""
    text = {int(line["line_no"]): str(line.get("raw_text") or "") for line in lines}
    marks: dict[int, list[tuple[int, int, str]]] = {}
    for row in drift:
        for side in ("zh", "en"):
            if not _missing(row.get(f"{side}_start")):
                title = f"{KIND_TEXT.get(row['kind'], row['kind'])}: {row.get(f'{side}_value')}"
                marks.setdefault(int(row[f"{side}_line_no"]), []).append(
                    (int(row[f"{side}_start"]), int(row[f"{side}_end"]), title)
                )
    cell = 'style="vertical-align:top;padding:4px 8px;border-top:1px solid #ddd;width:50%"'
    rows = []
    for pair in sorted(pairs, key=lambda row: int(row["zh_line_no"])):
        zh, en = int(pair["zh_line_no"]), int(pair["en_line_no"])
        zh_text, en_text = (
            _marked(text.get(zh, ""), marks.get(zh, [])),
            _marked(text.get(en, ""), marks.get(en, [])),
        )
        rows.append(
            f'<tr title="score {float(pair["score"]):.2f}: {escape(str(pair["evidence"]))}">'
            f'<td {cell} lang="zh"><a href="#L{zh}">L{zh}</a> {zh_text}</td>'
            f'<td {cell} lang="en"><a href="#L{en}">L{en}</a> {en_text}</td></tr>'
        )
    drift_rows = []
    for row in drift:
        sides = []
        for side in ("zh", "en"):
            line = int(row[f"{side}_line_no"])
            shown = (
                "—"
                if _missing(row.get(f"{side}_text"))
                else escape(f"{row[f'{side}_text']} ({row[f'{side}_value']})")
            )
            sides.append(f'<td {cell}><a href="#L{line}">L{line}</a> {shown}</td>')
        drift_rows.append(
            f"<tr><td {cell}>{escape(KIND_TEXT.get(row['kind'], row['kind']))}</td>"
            f"<td {cell}>{escape(str(row['table']))}</td>{''.join(sides)}</tr>"
        )
    drift_table = (
        f'<table style="border-collapse:collapse;width:100%"><tr><th>drift</th><th>type</th>'
        f"<th>中文</th><th>English</th></tr>{''.join(drift_rows)}</table>"
        if drift_rows
        else "<p>Every figure and date of the paired lines has its counterpart.</p>"
    )
    return (
        f'<section class="panel bilingual" id="pairs"><h2>Translation pairs ({len(pairs)})</h2>'
        f'<table style="border-collapse:collapse;width:100%"><tr><th>中文</th><th>English</th></tr>'
        f"{''.join(rows)}</table><h2>Translation drift ({len(drift)})</h2>{drift_table}</section>"
    )
