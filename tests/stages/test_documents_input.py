"""PDF and Word input: a line per text line, pages marked, scans and broken files as errors rows."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.stages.ingest import PAGE_BREAK, IngestError, discover_inputs, page_of_line, read_source


def minimal_pdf(pages: list[list[str]]) -> bytes:
    """A small valid PDF written by hand: each page shows its lines in Helvetica (an empty page: no text)."""
    objects: list[bytes] = []
    page_ids = [4 + 2 * number for number in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{page_id} 0 R" for page_id in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for page_id, lines in zip(page_ids, pages, strict=True):
        commands = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            commands.append(f"({escaped}) Tj T*")
        commands.append("ET")
        stream = "\n".join(commands).encode() if lines else b""
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {page_id + 1} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    body = b"%PDF-1.4\n"
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n".encode() + content + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return body


def test_pdf_and_docx_are_found_as_inputs(tmp_path):
    for name in ("a.pdf", "b.docx", "c.doc"):
        (tmp_path / name).write_bytes(b"x")
    found = discover_inputs([tmp_path])
    assert [path.name for path in found.files] == ["a.pdf", "b.docx"]
    assert [path.name for path in found.skipped] == ["c.doc"]


def test_page_of_line_counts_the_page_breaks_above():
    lines = ["one", "two", PAGE_BREAK, "three", PAGE_BREAK, "four"]
    assert [page_of_line(lines, number) for number in range(1, 7)] == [1, 1, 1, 2, 2, 3]


def test_a_pdf_becomes_lines_with_pages_separated(tmp_path):
    pytest.importorskip("pypdf", reason="pypdf is not installed (pip install 'provex[pdf]')")
    path = tmp_path / "report.pdf"
    path.write_bytes(
        minimal_pdf(
            [
                ["The park covers 7.2 square kilometers.", "It hosts 600 enterprises."],
                ["Investment: 3 billion yuan."],
            ]
        )
    )
    source = read_source(path)
    assert source.source_kind == "pdf"
    assert source.lines[source.lines.index(PAGE_BREAK) + 1] == "Investment: 3 billion yuan."
    assert "The park covers 7.2 square kilometers." in source.lines
    third = source.lines.index("Investment: 3 billion yuan.") + 1
    assert page_of_line(source.lines, third) == 2 and page_of_line(source.lines, 1) == 1


def test_a_pdf_without_a_text_layer_is_an_errors_row_naming_the_reason(tmp_path):
    pytest.importorskip("pypdf", reason="pypdf is not installed (pip install 'provex[pdf]')")
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "scan.pdf").write_bytes(minimal_pdf([[], []]))
    (inputs / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (inputs / "ok.txt").write_text("今年新增企业120家。\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no text layer"):
        read_source(inputs / "scan.pdf")
    result = CliRunner().invoke(main, ["run", str(inputs), "--out", str(tmp_path / "out"), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    errors = pd.read_parquet(tmp_path / "out" / "errors").set_index("error_type")
    assert errors.loc["no_text_layer", "source_path"].endswith("scan.pdf")
    assert "OCR" in errors.loc["no_text_layer", "message"]
    assert errors.loc["unreadable_pdf", "source_path"].endswith("broken.pdf")


def test_a_pdf_run_is_audited_against_the_file_bytes(tmp_path):
    pytest.importorskip("pypdf", reason="pypdf is not installed (pip install 'provex[pdf]')")
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "park.pdf").write_bytes(minimal_pdf([["Intro"], ["The park hosts 600 enterprises."]]))
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(inputs), "--out", str(out), "-q", "-j", "1"]).exit_code == 0
    figures = pd.read_parquet(out / "figures")
    lines = pd.read_parquet(out / "lines").sort_values("line_no")
    row = figures[figures["raw_text"].str.contains("600")].iloc[0]
    assert page_of_line(list(lines["raw_text"]), int(row["line_no"])) == 2
    verify = CliRunner().invoke(main, ["audit", "--verify", "--out", str(out)])
    assert verify.exit_code == 0, verify.output
    (inputs / "park.pdf").write_bytes(minimal_pdf([["Intro"], ["The park hosts 700 enterprises."]]))
    assert CliRunner().invoke(main, ["audit", "--verify", "--out", str(out)]).exit_code == 1


def test_a_docx_becomes_one_line_per_paragraph_and_table_row(tmp_path):
    docx = pytest.importorskip("docx", reason="python-docx is not installed (pip install 'provex[docx]')")
    document = docx.Document()
    document.add_paragraph("园区规划总面积约7.2平方公里。")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "企业"
    table.rows[0].cells[1].text = "600多家"
    document.add_paragraph("第一行\n第二行")
    path = tmp_path / "note.docx"
    document.save(path)
    source = read_source(path)
    assert source.source_kind == "docx"
    assert source.lines == ("园区规划总面积约7.2平方公里。", "企业\t600多家", "第一行", "第二行")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(IngestError, match="not a readable Word"):
        read_source(broken)
