"""The static HTML report: every document, every line, every mention.

`write_report(output)` writes `<out>/report/index.html` (documents with their
counts per type, rejected inputs, cross-document conflicts) and one page per
document, `<doc_id>.html`: every line with its number (anchor `#L12`),
boilerplate greyed with the rule that decided it, line flags (garbled,
t2s, ...) as badges, each mention highlighted in its type's colour with its
parsed value, normalised text and rule in a tooltip, and a table of the
document's mentions whose rows link to their line.

Pages are self-contained: inline CSS and a few lines of inline script, no
network, no external fonts. Everything from the data is HTML-escaped.
Highlights are drawn on the raw line with the raw offsets, so the marked text
is exactly the mention's `raw_text`, traditional characters included.
"""

from __future__ import annotations

import heapq
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.core.entity import REGISTRY
from pipeline.core.wording import counted
from pipeline.store.schemas import mention_tables

if TYPE_CHECKING:
    from pipeline.read.output import Output

REPORT_DIR = "report"
_PAGE_NAME = re.compile(r"^[0-9a-f]{16}\.html$")

CSS = """
:root{--ink:#1f2328;--muted:#6b7280;--line:#e5e7eb;--bg:#f7f7f5;--panel:#fff;--target:#fff4c2}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
 font:15px/1.65 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",
 "Microsoft YaHei",sans-serif}
a{color:#1d4ed8}
header.top{position:sticky;top:0;z-index:20;background:var(--panel);border-bottom:1px solid var(--line);
 padding:.45rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center}
header.top h1{font-size:1rem;margin:0;font-weight:600;max-width:40rem;overflow:hidden;text-overflow:ellipsis;
 white-space:nowrap}
.legend{display:flex;flex-wrap:wrap;gap:.35rem;align-items:center;font-size:.85rem}
.legend label{cursor:pointer;user-select:none;border:1px solid var(--line);border-radius:999px;
 padding:0 .6rem;background:var(--panel)}
.chip{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.3em;vertical-align:-.05em}
.toggle{position:absolute;opacity:0;pointer-events:none}
main{padding:1rem}
.meta{font-size:.85rem;color:var(--muted);margin:0 0 1rem}
.meta code{font-size:.8rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(22rem,38rem);gap:1rem;align-items:start}
.text{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.5rem 0}
.row{display:grid;grid-template-columns:3.6rem minmax(0,1fr) auto;gap:0 .6rem;padding:0 .75rem 0 0;
 scroll-margin-top:5.5rem;border-left:3px solid transparent}
.row:target{background:var(--target);border-left-color:#e0a800}
.ln{color:#9ca3af;text-align:right;text-decoration:none;user-select:none;
 font:12px/2 ui-monospace,SFMono-Regular,Menlo,monospace}
.ln:hover{color:var(--ink)}
.tx{white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.2em}
.bp .tx{color:#a3a3a3}
.bp{background:repeating-linear-gradient(135deg,transparent 0 6px,#f3f3f1 6px 7px)}
.badges{display:flex;gap:.25rem;align-items:flex-start;padding-top:.2rem}
.badge{font-size:.7rem;line-height:1.5;border-radius:3px;padding:0 .35rem;border:1px solid var(--line);
 color:var(--muted);background:#fafafa;white-space:nowrap}
.badge.bp-rule{color:#6b7280;background:#f1f1ef}
.badge.garbled{color:#b42318;border-color:#f3b4ae;background:#fff1f0}
.badge.norm{cursor:help}
.norm-text{display:none;grid-column:2/3;color:var(--muted);font-size:.85rem;white-space:pre-wrap;
 border-left:2px solid var(--line);padding-left:.5rem;margin-bottom:.2rem}
mark.m{color:inherit;border-radius:3px;padding:0 1px;cursor:help}
mark.m.focus{outline:2px solid #111;outline-offset:1px}
aside{position:sticky;top:4.2rem;max-height:calc(100vh - 5rem);overflow:auto;background:var(--panel);
 border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:.85rem}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{position:sticky;top:0;background:#f3f4f6;font-weight:600;z-index:1}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tr.mention{cursor:pointer}
tr.mention:hover{background:#f5f7ff}
tr.mention.active{background:#e8eeff}
.type{display:inline-block;border-radius:3px;padding:0 .3rem;font-size:.75rem}
.rule,.mid{font:11px ui-monospace,SFMono-Regular,Menlo,monospace;color:var(--muted)}
.mid{white-space:nowrap;color:#9ca3af}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:6px;margin-bottom:1rem;
 overflow:auto}
.panel h2{font-size:.95rem;margin:0;padding:.5rem .75rem;border-bottom:1px solid var(--line)}
.empty{color:var(--muted);padding:.5rem .75rem;margin:0}
@media (max-width:1100px){.layout{grid-template-columns:1fr}aside{position:static;max-height:none}}
"""

SCRIPT = """
(function(){
  function focusMention(id){
    document.querySelectorAll('mark.focus').forEach(function(m){m.classList.remove('focus')});
    document.querySelectorAll('mark[data-mid="'+id+'"]').forEach(function(m){m.classList.add('focus')});
  }
  document.querySelectorAll('tr.mention').forEach(function(row){
    row.addEventListener('click', function(event){
      document.querySelectorAll('tr.mention.active').forEach(function(r){r.classList.remove('active')});
      row.classList.add('active');
      focusMention(row.dataset.mid);
      if(event.target.tagName !== 'A'){ location.hash = 'L' + row.dataset.line; }
    });
  });
})();
"""


def _type_css() -> str:
    """Per-type colours for marks, chips and the hide-type toggles."""
    rules = []
    for spec in REGISTRY.specs():
        table, background, underline = spec.table, spec.style.background, spec.style.border
        rules.append(f"mark.t-{table}{{background:{background};box-shadow:inset 0 -2px 0 {underline}}}")
        rules.append(
            f".chip.t-{table},.type.t-{table}{{background:{background};border:1px solid {underline}}}"
        )
        rules.append(
            f"#hide-{table}:checked~main mark.t-{table}{{background:none;box-shadow:none}}"
            f"#hide-{table}:checked~main tr.t-{table}{{display:none}}"
            f"#hide-{table}:checked~header label[for=hide-{table}]"
            "{opacity:.45;text-decoration:line-through}"
        )
    rules.append("#show-norm:checked~main .norm-text{display:block}")
    rules.append("#show-norm:checked~header label[for=show-norm]{background:#eef2ff}")
    rules.append("#hide-bp:checked~main .row.bp{display:none}")
    rules.append("#hide-bp:checked~header label[for=hide-bp]{background:#eef2ff}")
    return "\n".join(rules)


# --- one line -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Highlight:
    """One mention to draw on a raw line: [start, end) and how to show it."""

    start: int
    end: int
    table: str
    mention_id: str
    tooltip: str


def render_line(raw_text: str, highlights: Sequence[Highlight]) -> str:
    """The raw line as escaped HTML with each highlight wrapped in a <mark>.

    Marks nest when one mention contains another; a mention that crosses the
    end of an enclosing one is split in two marks with the same `data-mid`,
    so the text of all marks of a mention is always its raw text.
    """
    queue: list[tuple[int, int, int, Highlight, bool]] = []
    for order, item in enumerate(highlights):
        start, end = max(0, item.start), min(len(raw_text), item.end)
        if start < end:
            queue.append((start, -end, order, item, True))
    heapq.heapify(queue)
    pieces: list[str] = []
    open_ends: list[int] = []
    position = 0
    sequence = len(queue)

    def close_until(limit: int) -> None:
        nonlocal position
        while open_ends and open_ends[-1] <= limit:
            end = open_ends.pop()
            pieces.append(escape(raw_text[position:end]))
            pieces.append("</mark>")
            position = end

    while queue:
        start, negative_end, _order, item, first = heapq.heappop(queue)
        end = -negative_end
        close_until(start)
        pieces.append(escape(raw_text[position:start]))
        position = start
        if open_ends and end > open_ends[-1]:
            sequence += 1
            heapq.heappush(queue, (open_ends[-1], -end, sequence, item, False))
            end = open_ends[-1]
        anchor = f' id="m-{escape(item.mention_id)}"' if first else ""
        pieces.append(
            f'<mark class="m t-{escape(item.table)}" data-mid="{escape(item.mention_id)}"{anchor}'
            f' title="{escape(item.tooltip)}">'
        )
        open_ends.append(end)
    close_until(len(raw_text))
    pieces.append(escape(raw_text[position:]))
    return "".join(pieces)


# --- values and tooltips --------------------------------------------------------------------


def parsed_value(table: str, row: Mapping[str, Any]) -> str:
    """A mention's parsed value in a few words (`7.2 km2 · approx`): its spec's `describe`."""
    return REGISTRY.get(table).describe(row)


@cache
def rule_location_text(rule_id: str) -> str:
    """`rules/figures.yaml:60` for a rule id (cached; `?` when not found)."""
    from pipeline.read.audit import locate_rule

    location = locate_rule(rule_id)
    line = f":{location.line}" if location.line is not None else " (not found)"
    return f"rules/{location.path.name}{line}"


def tooltip(table: str, row: Mapping[str, Any]) -> str:
    """Hover text of a mention: type and value, normalised text, rule, id."""
    label = REGISTRY.get(table).label
    return (
        f"{label}: {parsed_value(table, row)}\n"
        f"normalised: {row['norm_text']}\n"
        f"rule: {row['rule_id']} ({rule_location_text(row['rule_id'])})\n"
        f"id: {row['mention_id']}"
    )


# --- pages ----------------------------------------------------------------------------------


def _page(title: str, header: str, body: str, toggles: str = "", script: bool = False) -> str:
    return (
        '<!doctype html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}\n{_type_css()}</style>\n</head>\n<body>\n"
        f'{toggles}<header class="top">{header}</header>\n<main>\n{body}\n</main>\n'
        + (f"<script>{SCRIPT}</script>\n" if script else "")
        + "</body>\n</html>\n"
    )


def render_document(
    document: Mapping[str, Any],
    lines: Iterable[Mapping[str, Any]],
    mentions: Mapping[str, Sequence[Mapping[str, Any]]],
    bilingual_html: str = "",
) -> str:
    """The HTML page of one document: its lines with highlights, and its mentions.

    `bilingual_html`, when given, is shown under them (line pairs side by side and drift).
    """
    by_line: dict[int, list[Highlight]] = defaultdict(list)
    for table, rows in mentions.items():
        for row in rows:
            by_line[int(row["line_no"])].append(
                Highlight(int(row["start"]), int(row["end"]), table, row["mention_id"], tooltip(table, row))
            )
    line_rows = []
    boilerplate = flagged = 0
    for line in lines:
        number = int(line["line_no"])
        flags = _as_list(line.get("flags"))
        classes = ["row"]
        badges = []
        if line.get("is_boilerplate"):
            boilerplate += 1
            classes.append("bp")
            rule = line.get("boilerplate_rule")
            rule_text = "" if _missing(rule) else str(rule)
            where = rule_location_text(rule_text) if rule_text else "no rule recorded"
            badges.append(
                f'<span class="badge bp-rule" title="boilerplate, decided by {escape(rule_text)} '
                f'({escape(where)})">{escape(rule_text or "boilerplate")}</span>'
            )
        if "garbled" in flags:
            flagged += 1
            badges.append(
                '<span class="badge garbled" title="this line looks garbled (mojibake)">garbled</span>'
            )
        other_flags = [flag for flag in flags if flag != "garbled"]
        norm_text = line.get("norm_text") or ""
        raw_text = line.get("raw_text") or ""
        norm_row = ""
        if other_flags or norm_text != raw_text:
            label = ", ".join(other_flags) or "normalised"
            badges.append(
                f'<span class="badge norm" title="normalised: {escape(norm_text)}">{escape(label)}</span>'
            )
            norm_row = f'<div class="norm-text">{escape(norm_text)}</div>'
        line_rows.append(
            f'<div class="{" ".join(classes)}" id="L{number}"><a class="ln" href="#L{number}">{number}</a>'
            f'<div class="tx">{render_line(raw_text, by_line.get(number, ()))}</div>'
            f'<div class="badges">{"".join(badges)}</div>{norm_row}</div>'
        )
    counts = {table: len(mentions.get(table, ())) for table in mention_tables()}
    title = _text(document.get("title")) or _file_label(document)
    header = (
        '<a href="index.html" title="all documents">◂ report</a>'
        f'<h1 title="{escape(title)}">{escape(title)}</h1>' + _legend(counts, with_line_toggles=True)
    )
    meta = (
        f'<p class="meta">source <code>{escape(_source_label(document))}</code> · '
        f"sha256 <code>{escape(document['sha256'][:16])}…</code> · {escape(str(document['encoding']))} · "
        f"{escape(str(document['source_kind']))} · "
        f"doc date {escape(_text(document.get('doc_date')) or '—')} · "
        f"{counted(int(document['n_lines']), 'line')}, {boilerplate} boilerplate, {flagged} garbled</p>"
    )
    body = (
        f'{meta}<div class="layout"><section class="text" aria-label="lines">{"".join(line_rows)}</section>'
        f'<aside aria-label="mentions">{_mention_table(mentions)}</aside></div>{bilingual_html}'
    )
    toggles = "".join(
        f'<input type="checkbox" class="toggle" id="{name}">'
        for name in (*(f"hide-{table}" for table in mention_tables()), "show-norm", "hide-bp")
    )
    return _page(f"{title} · provex", header, body, toggles=toggles, script=True)


def _legend(counts: Mapping[str, int], with_line_toggles: bool) -> str:
    items = []
    for spec in REGISTRY.specs():
        table, label = spec.table, spec.label
        text = f'<span class="chip t-{table}"></span>{escape(label)} {counts.get(table, 0)}'
        if with_line_toggles:
            items.append(f'<label for="hide-{table}" title="hide or show {label} highlights">{text}</label>')
        else:
            items.append(f"<span>{text}</span>")
    if with_line_toggles:
        items.append(
            '<label for="show-norm" title="show the normalised text under changed lines">normalised</label>'
        )
        items.append('<label for="hide-bp" title="hide boilerplate lines">hide boilerplate</label>')
    return f'<div class="legend">{"".join(items)}</div>'


def _breakable_rule_id(rule_id: str) -> str:
    """The escaped rule id, breakable after its colon and underscores only (never inside a word)."""
    return "".join(
        escape(part) + "<wbr>" if part in ":_" else escape(part) for part in re.split(r"([:_])", rule_id)
    )


def _mention_table(mentions: Mapping[str, Sequence[Mapping[str, Any]]]) -> str:
    rows = sorted(
        ((table, row) for table, table_rows in mentions.items() for row in table_rows),
        key=lambda item: (int(item[1]["line_no"]), int(item[1]["start"]), item[0]),
    )
    if not rows:
        return '<p class="empty">No mentions in this document.</p>'
    body = []
    for table, row in rows:
        line = int(row["line_no"])
        label = REGISTRY.get(table).label
        body.append(
            f'<tr class="mention t-{table}" data-line="{line}" data-mid="{escape(row["mention_id"])}">'
            f'<td class="num"><a href="#L{line}">{line}</a></td>'
            f'<td><span class="type t-{table}">{escape(label)}</span></td>'
            f"<td>{escape(row['raw_text'])}</td><td>{escape(parsed_value(table, row))}</td>"
            f'<td class="rule" title="{escape(rule_location_text(row["rule_id"]))}">'
            f"{_breakable_rule_id(row['rule_id'])}"
            f'<div class="mid">{escape(row["mention_id"][:8])}</div></td></tr>'
        )
    return (
        '<table class="mentions"><thead><tr><th class="num">line</th><th>type</th><th>text</th>'
        "<th>value</th><th>rule, id</th></tr></thead><tbody>" + "".join(body) + "</tbody></table>"
    )


def render_index(
    documents: Sequence[Mapping[str, Any]],
    counts: Mapping[str, Mapping[str, int]],
    line_counts: Mapping[str, tuple[int, int]],
    errors: Sequence[Mapping[str, Any]],
    conflicts: Sequence[Any] = (),
    provenance: Mapping[str, str] | None = None,
) -> str:
    """The index page: what made it, documents with counts per type (searchable), errors, conflicts.

    `counts[doc_id][table]` = mentions; `line_counts[doc_id]` = (boilerplate
    lines, garbled lines).
    """
    totals = {table: sum(doc.get(table, 0) for doc in counts.values()) for table in mention_tables()}
    rows = []
    for document in sorted(documents, key=_source_order):
        doc_id = document["doc_id"]
        boilerplate, garbled = line_counts.get(doc_id, (0, 0))
        cells = "".join(
            f'<td class="num">{counts.get(doc_id, {}).get(table, 0)}</td>' for table in mention_tables()
        )
        rows.append(
            f'<tr data-search="{escape(_search_text(document))}">'
            f'<td><a href="{escape(doc_id)}.html">{escape(_file_label(document))}</a></td>'
            f"<td>{escape(_text(document.get('title')) or '—')}</td>"
            f"<td>{escape(_text(document.get('doc_date')) or '—')}</td>"
            f'<td class="num">{int(document["n_lines"])}</td><td class="num">{boilerplate}</td>'
            f'<td class="num">{garbled}</td>{cells}</tr>'
        )
    head_cells = "".join(
        f'<th class="num">{escape(REGISTRY.get(table).label)}s</th>' for table in mention_tables()
    )
    documents_panel = (
        f'<section class="panel"><h2>Documents ({len(documents)})</h2>'
        '<p><input id="doc-search" type="search" placeholder="filter by file, title, date or path" '
        'oninput="provexFilter(this.value)" style="width:100%;max-width:32em"> '
        '<span id="doc-shown"></span></p>'
        '<table id="documents"><thead><tr><th>file</th><th>title</th>'
        f'<th>date</th><th class="num">lines</th><th class="num">boilerplate</th><th class="num">garbled</th>'
        f"{head_cells}</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )
    if errors:
        error_rows = "".join(
            f"<tr><td>{escape(str(error['source_path']))}</td><td>{escape(str(error['stage']))}</td>"
            f"<td>{escape(str(error['error_type']))}</td><td>{escape(str(error['message']))}</td></tr>"
            for error in errors
        )
        errors_panel = (
            f'<section class="panel"><h2>Inputs not processed whole ({len(errors)})</h2><table><thead><tr>'
            f"<th>source</th><th>stage</th><th>error</th><th>message</th></tr></thead>"
            f"<tbody>{error_rows}</tbody></table></section>"
        )
    else:
        errors_panel = (
            '<section class="panel"><h2>Inputs not processed whole</h2><p class="empty">None.</p></section>'
        )
    return _page(
        "provex report",
        "<h1>provex report</h1>"
        + _provenance_line(provenance or {})
        + _legend(totals, with_line_toggles=False),
        documents_panel + errors_panel + _conflicts_panel(conflicts) + f"<script>{SEARCH_SCRIPT}</script>",
    )


# Filters the documents table as one types: every word must occur in the row's file, title, date or path.
SEARCH_SCRIPT = """
function provexFilter(query){
  var words=query.toLowerCase().split(/\\s+/).filter(Boolean), shown=0;
  var rows=document.querySelectorAll('#documents tbody tr');
  rows.forEach(function(row){
    var text=row.getAttribute('data-search'), hit=words.every(function(w){return text.indexOf(w)>=0});
    row.style.display=hit?'':'none'; if(hit){shown++}
  });
  document.getElementById('doc-shown').textContent=words.length?(shown+' of '+rows.length):'';
}
"""


def _search_text(document: Mapping[str, Any]) -> str:
    parts = [_file_label(document), document.get("title"), document.get("doc_date"), _source_label(document)]
    return " ".join(_text(part) for part in parts if not _missing(part)).lower()


def _record(document: Mapping[str, Any]) -> str:
    """The record of a document inside a JSON Lines or WARC file ('' for a plain file)."""
    return _text(document.get("record"))


def _file_label(document: Mapping[str, Any]) -> str:
    """The file name, with `#record` for a document inside a container (`feed.jsonl#12`)."""
    record = _record(document)
    return f"{document['file_name']}#{record}" if record else str(document["file_name"])


def _source_label(document: Mapping[str, Any]) -> str:
    """The source path, with `#record` for a document inside a container."""
    record = _record(document)
    return f"{document['source_path']}#{record}" if record else str(document["source_path"])


def _source_order(document: Mapping[str, Any]) -> tuple[str, int, str]:
    """Documents by path, then the records of one container in file order."""
    record = _record(document)
    return (str(document["source_path"]), int(record) if record.isdigit() else -1, record)


def _provenance_line(provenance: Mapping[str, str]) -> str:
    if not provenance:
        return ""
    items = "".join(
        f"<span><b>{escape(label)}</b> {escape(value)}</span> " for label, value in provenance.items()
    )
    return f'<p class="provenance" style="font-size:.85em;color:#555">{items}</p>'


def _conflicts_panel(conflicts: Sequence[Any]) -> str:
    if not conflicts:
        return (
            '<section class="panel"><h2>Conflicting figures across documents</h2>'
            '<p class="empty">None found.</p></section>'
        )
    from pipeline.read.audit import format_value
    from pipeline.read.conflicts import value_text

    total = max(getattr(conflicts, "total", len(conflicts)), len(conflicts))
    rows = []
    for conflict in conflicts:
        sides = []
        for side in (conflict.first, conflict.second):
            sides.append(
                f"<td>{escape(value_text(side, format_value))}</td>"
                f'<td><a href="{escape(side.doc_id)}.html#L{side.line_no}">{escape(side.raw_text)}</a>'
                f'<div class="rule">{escape(side.source_path)}:{side.line_no}</div></td>'
            )
        unit = conflict.unit + (f" ({conflict.counter})" if conflict.counter else "")
        rows.append(
            f"<tr><td>{escape(unit)}</td><td>{escape(' '.join(conflict.shared_words))}</td>"
            f'<td class="num">{conflict.score:.2f}</td>{"".join(sides)}</tr>'
        )
    return (
        f'<section class="panel"><h2>Conflicting figures across documents ({len(conflicts)}'
        + (f" of {total}, best first; capped by conflicts.yaml" if total > len(conflicts) else "")
        + ")</h2>"
        '<table><thead><tr><th>unit</th><th>subject words</th><th class="num">score</th><th>value</th>'
        "<th>first</th><th>value</th><th>second</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></section>"
    )


# --- writing --------------------------------------------------------------------------------


def write_report(output: Output, report_dir: Path | None = None, conflicts: bool = True) -> Path:
    """Write the index and one page per document; returns the index path.

    `report_dir` defaults to `<out>/report`. Pages of documents no longer in
    the output are removed; other files in the folder are left alone.
    """
    report_dir = Path(report_dir) if report_dir is not None else output.out_dir / REPORT_DIR
    report_dir.mkdir(parents=True, exist_ok=True)
    documents = output.documents.to_dict("records")
    mentions_by_doc: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for table in mention_tables():
        for row in getattr(output, table).to_dict("records"):
            mentions_by_doc[row["doc_id"]][table].append(row)
    from pipeline.read.bilingual import bilingual_section

    pairs_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    drift_by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in output.line_pairs.to_dict("records"):
        pairs_by_doc[row["doc_id"]].append(row)
    for row in output.drift.to_dict("records"):
        drift_by_doc[row["doc_id"]].append(row)
    # One document's lines at a time: a report of thousands of documents never
    # holds every line as Python objects.
    by_id = {document["doc_id"]: document for document in documents}
    written = set()
    line_counts: dict[str, tuple[int, int]] = {}

    def write_page(doc_id: str, lines: list[dict[str, Any]]) -> None:
        bilingual = bilingual_section(lines, pairs_by_doc.get(doc_id, []), drift_by_doc.get(doc_id, []))
        page = render_document(by_id[doc_id], lines, mentions_by_doc.get(doc_id, {}), bilingual)
        _write_atomically(report_dir / f"{doc_id}.html", page)
        written.add(f"{doc_id}.html")

    for doc_id, lines in output.lines_by_document():
        line_counts[doc_id] = (
            sum(1 for line in lines if line.get("is_boilerplate")),
            sum(1 for line in lines if "garbled" in _as_list(line.get("flags"))),
        )
        if doc_id in by_id:
            write_page(doc_id, lines)
    for doc_id in by_id.keys() - line_counts.keys():  # documents without a line
        write_page(doc_id, [])
    counts = {
        doc_id: {table: len(rows) for table, rows in tables.items()}
        for doc_id, tables in mentions_by_doc.items()
    }
    found_conflicts: list[Any] = []
    if conflicts:
        from pipeline.read.conflicts import find_conflicts

        found_conflicts = find_conflicts(output)
    index = report_dir / "index.html"
    provenance = report_provenance(output, documents)
    _write_atomically(
        index,
        render_index(
            documents, counts, line_counts, output.errors.to_dict("records"), found_conflicts, provenance
        ),
    )
    _write_atomically(report_dir / "documents.json", _documents_index(documents, counts))
    for stale in report_dir.iterdir():
        if _PAGE_NAME.match(stale.name) and stale.name not in written:
            stale.unlink()
    return index


def report_provenance(output: Output, documents: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """What the report was made from: run id, provex version, rules hash(es), time, source audit.

    The audit status compares every document's source file with its
    recorded sha256 (as `provex audit` does): verified, changed or missing.
    """
    from datetime import UTC, datetime

    from pipeline.core.version import VERSION
    from pipeline.read.audit import check_source

    statuses: dict[str, int] = defaultdict(int)
    if isinstance(output.out_dir, Path):
        for document in documents:
            statuses[check_source(document, output.out_dir).status] += 1
        audit = ", ".join(f"{count} {status}" for status, count in sorted(statuses.items())) or "no documents"
    else:
        audit = "not checked (remote output: run provex audit --verify)"
    hashes = sorted({str(document.get("rules_hash")) for document in documents if document.get("rules_hash")})
    return {
        "run": output.run_id or "unknown",
        "provex": VERSION,
        "rules": ", ".join(hashes) or "–",
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "sources": audit,
    }


def _documents_index(documents: Sequence[Mapping[str, Any]], counts: Mapping[str, Mapping[str, int]]) -> str:
    """A small JSON index of the documents (id, page, file, title, date, counts) for tools and search."""
    import json

    entries = [
        {
            "doc_id": document["doc_id"],
            "page": f"{document['doc_id']}.html",
            "file": _text(document.get("file_name")),
            "title": _text(document.get("title")) if not _missing(document.get("title")) else None,
            "date": _text(document.get("doc_date")) if not _missing(document.get("doc_date")) else None,
            "counts": dict(counts.get(document["doc_id"], {})),
        }
        for document in sorted(documents, key=_source_order)
    ]
    return json.dumps(entries, ensure_ascii=False, separators=(",", ":"))


def _write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)  # mkstemp makes files private; a report is for reading
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:
        return True
    return type(value).__name__ in {"NAType", "NaTType"}


def _text(value: Any) -> str:
    """A nullable cell as display text ('' for nulls; dates as ISO)."""
    if _missing(value):
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _as_list(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and value != value):
        return []
    return [str(item) for item in value]
