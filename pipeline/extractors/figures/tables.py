"""Figures: plain numbers in the rows of a table whose caption states their unit.

A table written as lines follows a caption that ends with its unit in
brackets (各港口吞吐量如下（单位：万标箱）：, Output by county (in thousand
tonnes):) or is the unit alone (单位：亿元). Each row after it is a label and
value cells (高雄 96.4, Hillside | 14.5 | 15.2); a plain number in a value cell
is that many of the unit (96.4 under 万标箱: 964,000 标箱). Only rows of one
shape are read: the first line of another shape ends the table, and a row
whose cells are unclear (English words split by single spaces) is no row.

The unit is read by the figure rules themselves: a cell is read as the text
`number + unit` would be (96.4万标箱, 14.5 thousand tonnes), so any unit they
know scales a column, and a unit they do not know scales none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.core.records import LineContext, Span
from pipeline.extractors.figures.rules import TABLE, FigureRules

# The figures of one line of text (`find.find_figures`).
FigureReader = Callable[[str, FigureRules], list[Span]]

# A cell that is a plain number (no unit of its own).
PLAIN_NUMBER_CELL = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")
# An empty cell of a table row (no figure to read).
EMPTY_CELL = re.compile(r"[-–—/…]|n\.?a\.?|N/?A|–+|-+")
HAN = re.compile(r"[\u3400-\u9fff]")
# Cells of a row: a bar always separates them; tabs or runs of spaces in a
# Chinese row; tabs or two spaces or more in an English row (one space is
# inside a label: Hong Kong Island).
BAR = re.compile(r"\s*\|\s*")
CHINESE_BREAK = re.compile(r"\t+| +")
ENGLISH_BREAK = re.compile(r"\t+|  +")
# A four-digit year: no number of years in a column of years.
YEAR_CELL = re.compile(r"(?:19|20)\d\d")
# A unit in brackets ending a row's label (Interim dividend (HK cents per share)), and what it is per.
LABEL_UNIT = re.compile(r"[(（]([^()（）]+)[)）]\s*$")
PER_WHAT = re.compile(r"(?:\s+per\s+|\s*/\s*|\s*每).*$")
# Rows more than this many lines apart (a blank or dropped line between) are not one table.
ROW_GAP = 2
# A caption is a short line: a longer one is prose (and is not searched).
CAPTION_MAX_CHARS = 300


def caption_unit_cells(
    lines: Sequence[LineContext], spans: list[Span], rules: FigureRules, read: FigureReader
) -> list[Span]:
    """Plain numbers in the rows under a caption stating their unit, read in that unit.

    `spans` are the figures found already (a cell one of them covers is
    skipped); `read` gives the figures of a text, as `find.find_figures` does.
    """
    if not rules.caption_rule_id:
        return []
    covered: dict[int, list[tuple[int, int]]] = {}
    for span in spans:
        covered.setdefault(span.line_no, []).append((span.start, span.end))
    found: list[Span] = []
    units: list[str | None] | None = None
    columns = 0  # cells of a row of the current table (0: not known yet)
    header_allowed = False
    last_line = -1
    for line in lines:
        text = line.norm_text
        if units is not None and line.line_no <= last_line + ROW_GAP:
            cells = row_cells(text)
            if header_allowed and _is_header_row(text, cells, len(units)):
                columns = len(cells)
                header_allowed = False
                last_line = line.line_no
                continue
            if _is_row(text, cells, covered.get(line.line_no, ()), len(units)) and columns in (0, len(cells)):
                columns = len(cells)
                found.extend(_row_figures(line, cells, units, covered.get(line.line_no, ()), rules, read))
                header_allowed = False
                last_line = line.line_no
                continue
        units, columns = _unit_heading_row(text, rules, read)
        if units is not None:
            header_allowed, last_line = False, line.line_no
            continue
        units = caption_units(text, rules, read)
        columns, header_allowed, last_line = 0, units is not None, line.line_no
    return found


def _unit_heading_row(text: str, rules: FigureRules, read: FigureReader) -> tuple[list[str] | None, int]:
    """(unit, cells) of a header row whose first cell is the table's unit, else (None, 0).

    Results tables head their label column with the unit of every value
    column: `(HK$ million)  2026  2025  Change`, `(RMB'000)  1H2026  1H2025`.
    The other cells name the columns (words, years, periods); none is a plain number.
    """
    stripped = text.strip()
    cells = row_cells(stripped)
    if len(cells) < 3:
        return None, 0
    first = stripped[slice(*cells[0])]
    if not first.startswith(("(", "（")):
        return None, 0
    names = [stripped[start:end] for start, end in cells[1:]]
    if any(PLAIN_NUMBER_CELL.fullmatch(name) and not YEAR_CELL.fullmatch(name) for name in names):
        return None, 0  # a row of values, not of column names (years, 1H2026, Change)
    units = caption_units(first, rules, read)
    if units is None or len(units) != 1:
        return None, 0
    return units, len(cells)


def caption_units(text: str, rules: FigureRules, read: FigureReader) -> list[str | None] | None:
    """The unit of each value column a caption line states, or None when the line is no such caption.

    One unit holds for every column; units split by a slash (万台／占比) are
    one per column, a column whose word is no unit (占比) having None. When
    every part of a slashed unit is a unit (元/吨), it is a rate: no caption.
    """
    if len(text) > CAPTION_MAX_CHARS:
        return None
    match = rules.caption_pattern.search(text.strip())
    if match is None:
        return None
    if (match.group("sign") is not None or match.group("lead") is not None) and len(
        row_cells(text.strip())
    ) > 1:
        return None  # a column's header (Item  Units  Amount (in HK$ million)): its unit is no whole table's
    unit = match.group("unit").strip()
    for written, meant in rules.caption_rewrites:
        unit = unit.replace(written, meant)  # RMB'000 is RMB thousand, millions of yuan million yuan
    if not unit or any(character.isdigit() for character in unit):
        return None
    if cell_reading("1", unit, rules, read) is not None:
        return [unit]
    parts = [part.strip() for part in re.split(r"[／/]", unit)]
    if len(parts) < 2 or not all(parts):
        return None
    readable = [part if cell_reading("1", part, rules, read) is not None else None for part in parts]
    if all(readable) or not any(readable):
        return None
    return readable


def cell_reading(number: str, unit: str, rules: FigureRules, read: FigureReader) -> tuple[str, dict] | None:
    """(rule id, fields) of `number` in `unit`, read as the text `number + unit` would be; None if unread.

    An amount in a bare 元 keeps the table rule id that gives it the local
    currency; an amount in another local currency (a bare $) is not read.
    """
    for text in _cell_texts(number, unit):
        figures = read(text, rules)
        if len(figures) != 1 or (figures[0].start, figures[0].end) != (0, len(text)):
            continue
        figure = figures[0]
        local = rules.local_rules.get(figure.rule_id)
        if local == "yuan" and rules.table_cell_rule_id:
            return rules.table_cell_rule_id, dict(figure.fields)
        if local is not None:
            return None
        return rules.caption_rule_id, dict(figure.fields)
    return None


def _cell_texts(number: str, unit: str) -> list[str]:
    """How `number` in `unit` is written: 96.4万标箱; 14.5 thousand tonnes, HK$14.5 million."""
    if HAN.match(unit) or not unit[0].isalnum() and len(unit) == 1:
        return [number + unit]
    texts = [f"{number} {unit}"]
    lead, _, rest = unit.partition(" ")
    if rest:
        texts.append(f"{lead}{number} {rest}")
    return texts


def row_cells(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table row, split as its script writes tables."""
    if "|" in text:
        pattern = BAR
    elif HAN.search(text):
        pattern = CHINESE_BREAK
    else:
        pattern = ENGLISH_BREAK
    cells, start = [], 0
    for gap in pattern.finditer(text):
        if gap.start() > start:
            cells.append((start, gap.start()))
        start = gap.end()
    if start < len(text) and text[start:].strip():
        cells.append((start, len(text.rstrip())))
    return cells


def _is_row(text: str, cells: list[tuple[int, int]], covered: Sequence[tuple[int, int]], units: int) -> bool:
    """True when `cells` are a label and value cells: plain numbers, empty marks or figures found already."""
    if len(cells) < 2 or (units > 1 and len(cells) - 1 != units):
        return False
    if PLAIN_NUMBER_CELL.fullmatch(text[slice(*cells[0])]):
        return False  # a row starts with its label
    for start, end in cells[1:]:
        cell = text[start:end]
        if PLAIN_NUMBER_CELL.fullmatch(cell) or EMPTY_CELL.fullmatch(cell):
            continue
        signed = start + 1 if cell[:1] in "+-−" else start  # +9.2%: the figure is read without its sign
        if not any(a <= signed and end <= b for a, b in covered):
            return False
    return True


def _is_header_row(text: str, cells: list[tuple[int, int]], units: int) -> bool:
    """True when `cells` name the columns of the rows after them: words, or years (County | 2025 | 2026)."""
    if len(cells) < 2 or (units > 1 and len(cells) - 1 != units):
        return False
    values = [text[start:end] for start, end in cells[1:]]
    if all(YEAR_CELL.fullmatch(value) for value in values):
        return True
    return not any(PLAIN_NUMBER_CELL.fullmatch(text[start:end]) for start, end in cells)


def _row_figures(
    line: LineContext,
    cells: list[tuple[int, int]],
    units: list[str | None],
    covered: Sequence[tuple[int, int]],
    rules: FigureRules,
    read: FigureReader,
) -> list[Span]:
    """The figures of the plain-number value cells of one row."""
    found = []
    own_unit = _label_unit(line.norm_text[slice(*cells[0])], rules, read)
    if own_unit == "":
        return []  # the label states a unit of its own that is not read (US cents per share): no guess
    for column, (start, end) in enumerate(cells[1:]):
        unit = own_unit or (units[0] if len(units) == 1 else units[column])
        number = line.norm_text[start:end]
        if unit is None or not PLAIN_NUMBER_CELL.fullmatch(number):
            continue
        if any(a < end and start < b for a, b in covered):
            continue
        reading = cell_reading(number, unit, rules, read)
        if reading is None or (reading[1].get("unit") == "year" and YEAR_CELL.fullmatch(number)):
            continue
        found.append(Span(TABLE, line.line_no, start, end, reading[0], reading[1]))
    return found


def _label_unit(label: str, rules: FigureRules, read: FigureReader) -> str | None:
    """The unit a row's label states in brackets at its end, for that row alone.

    `Interim dividend (HK cents per share)  38  35` is in HK cents whatever
    the table's unit; what it is counted per (per share, 每股) is left out.
    None when the label ends in no bracket; "" when its bracket is no unit
    the figure rules read (the row's unit is then unknown).
    """
    match = LABEL_UNIT.search(label)
    if match is None:
        return None
    unit = PER_WHAT.sub("", match.group(1)).strip()
    if not unit or cell_reading("1", unit, rules, read) is None:
        return ""
    return unit
