"""`provex export` and `provex run --json`: machine-readable outputs that keep their types."""

from __future__ import annotations

import csv
import json
from datetime import date

import duckdb
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.read.export import csv_value, format_float

ARTICLE = "2023年5月8日\n今年园区收入2.01万亿元，同比增长7.5%，新增企业120家。\n"


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    (folder / "in").mkdir()
    (folder / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["run", str(folder / "in"), "--out", str(folder / "out"), "--quiet", "-j", "1", "--json"]
    )
    assert result.exit_code == 0, result.output
    return folder


def export(output, form: str, target, *tables: str):
    """`provex export --format FORM [--table T ...] --out OUTPUT/out --to TARGET`, its result."""
    options = [option for table in tables for option in ("--table", table)]
    arguments = ["export", "--format", form, *options, "--out", str(output / "out"), "--to", str(target)]
    return CliRunner().invoke(main, arguments)


def test_run_json_prints_one_machine_readable_summary_on_stdout(output):
    result = CliRunner().invoke(
        main, ["run", str(output / "in"), "--out", str(output / "out"), "--quiet", "-j", "1", "--json"]
    )
    summary = json.loads(result.stdout)
    assert summary["documents"] == 1 and summary["already_present"] == 1 and summary["committed"] is False
    assert summary["rules_hash"] and summary["provex_version"]
    assert "documents" not in result.stderr.splitlines()[-1][:1]  # the human summary goes to stderr


def test_jsonl_keeps_dates_numbers_and_lists(output):
    target = output / "jsonl"
    result = export(output, "jsonl", target)
    assert result.exit_code == 0, result.output
    dates = [json.loads(line) for line in (target / "dates.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"start_date": "2023-05-08", "end_date": "2023-05-08"}.items() <= dates[0].items()
    figures = [
        json.loads(line) for line in (target / "figures.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    by_text = {row["raw_text"]: row for row in figures}
    assert by_text["120家"]["value"] == 120.0 and by_text["7.5%"]["value"] == 7.5
    documents = [
        json.loads(line) for line in (target / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert documents[0]["doc_date"] == "2023-05-08" and isinstance(documents[0]["languages"], list)


def test_one_table_to_one_csv_file(output):
    target = output / "figures.csv"
    result = export(output, "csv", target, "figures")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert {row["raw_text"] for row in rows} >= {"2.01万亿元", "7.5%", "120家"}
    percent = next(row for row in rows if row["raw_text"] == "7.5%")
    assert percent["value"] == "7.5" and percent["value_low"] == "" and percent["unit"] == "percent"


def test_duckdb_keeps_the_column_types(output):
    target = output / "provex.duckdb"
    result = export(output, "duckdb", target)
    assert result.exit_code == 0, result.output
    connection = duckdb.connect(str(target), read_only=True)
    types = dict(
        connection.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'dates'"
        ).fetchall()
    )
    assert types["start_date"] == "DATE"
    assert connection.execute("SELECT start_date FROM dates").fetchone()[0] == date(2023, 5, 8)
    assert connection.execute("SELECT count(*) FROM figures").fetchone()[0] == 3
    connection.close()


def test_xlsx_has_a_sheet_per_table_with_real_dates_and_numbers(output):
    openpyxl = pytest.importorskip(
        "openpyxl", reason="openpyxl is not installed (pip install 'provex[xlsx]')"
    )
    target = output / "provex.xlsx"
    result = export(output, "xlsx", target, "dates", "figures")
    assert result.exit_code == 0, result.output
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["figures", "dates"]
    header, first = list(workbook["dates"].iter_rows(values_only=True))[:2]
    row = dict(zip(header, first, strict=True))
    assert row["start_date"].date() == date(2023, 5, 8)
    values = {r[header.index("raw_text")]: r for r in workbook["figures"].iter_rows(values_only=True)}
    figure_header = next(workbook["figures"].iter_rows(values_only=True))
    assert values["120家"][figure_header.index("value")] == 120


def test_an_unknown_table_is_refused(output):
    result = export(output, "csv", output / "x", "figurez")
    assert result.exit_code == 1 and "figurez" in result.output


def test_floats_are_written_shortest_round_trip():
    for value in (2010000000000.0, 0.1 + 0.2, 7.5, 1e-7, 123456789.125):
        assert float(format_float(value)) == value
        assert format_float(value) == repr(value)
    assert csv_value(2010000000000.0) == "2010000000000.0"
    assert csv_value(None) == "" and csv_value(["zh", "en"]) == '["zh", "en"]'


def test_a_scaled_figure_reads_back_exactly(output):
    target = output / "noise.jsonl"
    export(output, "jsonl", target, "figures")
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert next(row for row in rows if row["raw_text"] == "2.01万亿元")["value"] == 2010000000000
