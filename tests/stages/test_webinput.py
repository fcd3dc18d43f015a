"""Web input: manifests, JSON Lines and WARC containers, page metadata, and their provenance.

Every container and manifest here is built by the test itself.
"""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import pipeline
from pipeline.batch.run import run_batch
from pipeline.cli import main
from pipeline.read.audit import CHANGED, VERIFIED, check_source, verify_output
from pipeline.stages.containers import read_record, record_content, scan_container
from pipeline.stages.manifest import ManifestError, read_manifest
from pipeline.stages.webmeta import merge_meta, parse_published, region_of
from pipeline.store.parts import read_part
from pipeline.store.schemas import SCHEMAS, conform

PAGE = (
    "<html><head><title>昌平新闻</title>"
    '<meta property="og:site_name" content="Example News">'
    '<link rel="canonical" href="https://news.example.cn/2023/a.html">'
    '<meta property="article:published_time" content="{published}">'
    "</head><body><article><h1>昌平新闻</h1>"
    "<p>今年全区新增企业120家，投资总额约3.5亿元，同比增长10%。新签约项目覆盖医药健康等多个领域。</p>"
    "</article></body></html>"
)


def page(published: str = "2023-06-01") -> str:
    return PAGE.format(published=published)


def page_without_date() -> str:
    return PAGE.replace('<meta property="article:published_time" content="{published}">', "")


def write_warc(path: Path, compress: bool) -> None:
    """A WARC file: a request, an HTML response (no page date), a PNG, a 404, and a page with a date."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(status: str, content_type: str, body: bytes, url: str, fetched: str):
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        return writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": fetched},
        )

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        request = writer.create_warc_record(
            "https://news.example.hk/a.html", "request", payload=io.BytesIO(b"GET /a.html HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
        html = page_without_date().encode("utf-8")
        writer.write_record(
            response(
                "200 OK",
                "text/html; charset=utf-8",
                html,
                "https://news.example.hk/a.html",
                "2023-04-02T08:00:00Z",
            )
        )
        writer.write_record(
            response("200 OK", "image/png", b"\x89PNG....", "https://x.hk/a.png", "2023-04-02T08:00:01Z")
        )
        writer.write_record(
            response("404 Not Found", "text/html", b"<p>gone</p>", "https://x.hk/b", "2023-04-02T08:00:02Z")
        )
        dated = page("2022-12-30").replace("120家", "130家").encode("utf-8")
        writer.write_record(
            response("200 OK", "text/html", dated, "https://news.example.hk/b.html", "2023-04-02T08:00:03Z")
        )


JSONL_RECORDS = [
    {
        "id": "r1",
        "url": "https://finance.example.com.tw/1",
        "published": "2023-03-05T09:00:00+08:00",
        "title": "營收",
        "text": "今年新增企業50家，上月營收增長5%。",
        "author": "Wang",
        "tags": ["a", "b"],
    },
    {
        "id": "r2",
        "link": "https://example.org/2",
        "date": "2021-07-01",
        "content": "The park's revenue rose 12%.",
    },
    {"id": "r3", "html": page("2020-05-05")},
]


def write_jsonl(path: Path, records: list[dict], blank_line: bool = True) -> None:
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    if blank_line:
        lines.insert(1, "")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)


def documents_by_record(out: Path) -> dict[str, dict]:
    frame = pipeline.load(out).documents
    return {f"{row['file_name']}#{row['record']}": row for row in frame.to_dict("records")}


# --- metadata helpers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-05-04", date(2023, 5, 4)),
        ("2023-05-04T23:30:00+08:00", date(2023, 5, 4)),
        ("2023-05-04T10:00:00Z", date(2023, 5, 4)),
        ("2023/5/4", date(2023, 5, 4)),
        ("2023年5月4日 10:00", date(2023, 5, 4)),
        ("20230504", date(2023, 5, 4)),
        ("Thu, 04 May 2023 10:00:00 GMT", date(2023, 5, 4)),
        ("1683158400", date(2023, 5, 4)),
        ("1683158400000", date(2023, 5, 4)),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_published_reads_the_forms_feeds_write(text, expected):
    assert parse_published(text) == expected


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"region": "hk"}, "HK"),
        ({"region": "Hong Kong"}, "HK"),
        ({"region": "台灣"}, "TW"),
        ({"language": "zh-Hant-TW"}, "TW"),
        ({"language": "zh_HK"}, "HK"),
        ({"language": "zh-Hans"}, None),
        ({"url": "https://www.info.gov.hk/x"}, "HK"),
        ({"url": "https://finance.sina.com.cn/x", "language": "zh-Hant-MO"}, "MO"),
        ({"url": "https://example.com/x"}, None),
        ({}, None),
    ],
)
def test_region_comes_from_the_region_the_language_tag_or_the_domain(meta, expected):
    assert region_of(meta) == expected


def test_later_metadata_wins_and_empty_values_say_nothing():
    assert merge_meta({"url": "a", "site": "s"}, {"url": "b", "site": ""}, None) == {"url": "b", "site": "s"}


# --- manifest -------------------------------------------------------------------------------


def test_manifest_rows_match_by_id_or_path_and_report_missing_and_extra_rows(tmp_path):
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "a01.txt").write_text("今年营收增长5%。\n", encoding="utf-8")
    (inputs / "sub" / "b.txt").write_text("上月新增企业3家。\n", encoding="utf-8")
    (inputs / "c.txt").write_text("没有清单行的文章，增长7%。\n", encoding="utf-8")
    manifest = tmp_path / "sources.csv"
    manifest.write_text(
        "id,path,url,published,region,site,source_type\n"
        "a01,,https://a.example.cn/1,2023-02-03,CN,Site A,press\n"
        ",in/sub/b.txt,https://b.example.hk/2,2022-11-30,,,\n"
        "ghost,,https://nowhere.example/3,2020-01-01,,,\n",
        encoding="utf-8",
    )
    summary = run_batch([inputs], tmp_path / "out", jobs=1, manifest=manifest)
    assert summary.errors == 0
    assert summary.manifest_unlisted == 1  # c.txt
    assert summary.manifest_unmatched == ["ghost"]
    assert "1 input without a row" in summary.describe() and "ghost" in summary.describe()
    documents = {
        row["file_name"]: row for row in pipeline.load(tmp_path / "out").documents.to_dict("records")
    }
    first = documents["a01.txt"]
    assert (first["url"], first["published"], first["region"], first["site"]) == (
        "https://a.example.cn/1",
        date(2023, 2, 3),
        "CN",
        "Site A",
    )
    assert dict(first["meta"]) == {"source_type": "press"}
    second = documents["b.txt"]
    assert second["region"] == "HK"  # from the url's domain
    assert second["doc_date"] == date(2022, 11, 30) and second["doc_date_source"] == "published"
    third = documents["c.txt"]
    assert all(pd.isna(third[column]) for column in ("url", "doc_date_source", "published"))
    assert third["meta"] is None


def test_a_manifest_in_json_lines_is_read_and_one_without_id_or_path_is_refused(tmp_path):
    good = tmp_path / "m.jsonl"
    good.write_text(
        '{"id": "a", "url": "u", "extra": 3}\n\n{"path": "x/b.txt", "title": "T"}\n', encoding="utf-8"
    )
    manifest = read_manifest(good)
    assert manifest.lookup(Path("/anywhere/a.txt")) == {"url": "u", "extra": "3"}
    assert manifest.lookup(Path("/data/x/b.txt")) == {"title": "T"}
    assert manifest.unmatched() == []
    bad = tmp_path / "bad.tsv"
    bad.write_text("url\ttitle\nhttp://a\tA\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="neither an `id` nor a `path`"):
        read_manifest(bad)


# --- dates from the publication date ----------------------------------------------------------


def test_relative_dates_resolve_from_published_and_the_text_date_wins_when_stated(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "undated.txt").write_text("今年全区新增企业120家。\n", encoding="utf-8")
    (inputs / "dated.txt").write_text("2021年3月5日\n今年全区新增企业80家。\n", encoding="utf-8")
    manifest = tmp_path / "m.tsv"
    manifest.write_text("id\tpublished\nundated\t2023-08-09\ndated\t2023-08-09\n", encoding="utf-8")
    run_batch([inputs], tmp_path / "out", jobs=1, manifest=manifest)
    out = pipeline.load(tmp_path / "out")
    documents = out.documents.set_index("file_name")
    assert documents.loc["undated.txt", "doc_date"] == date(2023, 8, 9)
    assert documents.loc["undated.txt", "doc_date_source"] == "published"
    assert documents.loc["dated.txt", "doc_date"] == date(2021, 3, 5)
    assert documents.loc["dated.txt", "doc_date_source"] == "text"
    assert documents.loc["dated.txt", "published"] == date(2023, 8, 9)
    dates = out.dates.merge(out.documents[["doc_id", "file_name"]], on="doc_id")
    this_year = dates[dates["raw_text"] == "今年"].set_index("file_name")
    assert this_year.loc["undated.txt", "start_date"] == date(2023, 1, 1)
    assert this_year.loc["dated.txt", "start_date"] == date(2021, 1, 1)


# --- HTML pages -----------------------------------------------------------------------------


def test_a_dateline_without_a_year_takes_it_from_the_address_and_dates_the_page(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "wire.txt").write_text(
        "港口吞吐量回升\n某某社宁波3月4日电 去年全港集装箱吞吐量增长5%，上周新开航线两条。\n",
        encoding="utf-8",
    )
    manifest = tmp_path / "m.tsv"
    manifest.write_text("id\turl\nwire\thttps://news.example.org/2024-03/04/c_88.htm\n", encoding="utf-8")
    run_batch([inputs], tmp_path / "out", jobs=1, manifest=manifest)
    out = pipeline.load(tmp_path / "out")
    assert out.documents.loc[0, "doc_date"] == date(2024, 3, 4)
    assert out.documents.loc[0, "doc_date_source"] == "text"
    last_year = out.dates[out.dates["raw_text"] == "去年"].iloc[0]
    assert last_year["start_date"] == date(2023, 1, 1)


def test_an_html_page_gives_its_own_date_title_site_and_canonical_url_unless_the_manifest_says(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "own.html").write_text(page("2023-06-01"), encoding="utf-8")
    (inputs / "told.html").write_text(page("2023-06-01").replace("120家", "140家"), encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("id,published,url\ntold,2019-01-02,https://told.example/x\n", encoding="utf-8")
    run_batch([inputs], tmp_path / "out", jobs=1, manifest=manifest)
    documents = {
        row["file_name"]: row for row in pipeline.load(tmp_path / "out").documents.to_dict("records")
    }
    own = documents["own.html"]
    assert own["source_kind"] == "html"
    assert own["published"] == date(2023, 6, 1) and own["doc_date_source"] == "published"
    assert own["site"] == "Example News"
    assert own["url"] == "https://news.example.cn/2023/a.html"
    assert own["region"] == "CN"
    assert own["title"] == "昌平新闻"
    told = documents["told.html"]
    assert told["published"] == date(2019, 1, 2) and told["url"] == "https://told.example/x"
    assert told["site"] == "Example News"


# --- JSON Lines -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.jsonl.gz"])
def test_every_json_lines_record_is_a_document_with_its_metadata(tmp_path, name):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_jsonl(inputs / name, JSONL_RECORDS)
    summary = run_batch([inputs], tmp_path / "out", jobs=1)
    assert (summary.new_documents, summary.errors) == (3, 0)
    documents = documents_by_record(tmp_path / "out")
    assert set(documents) == {f"{name}#1", f"{name}#3", f"{name}#4"}  # line 2 is blank
    first = documents[f"{name}#1"]
    assert first["url"] == "https://finance.example.com.tw/1" and first["region"] == "TW"
    assert first["published"] == date(2023, 3, 5) and first["title"] == "營收"
    assert dict(first["meta"]) == {"author": "Wang"}  # lists are not metadata
    line = json.dumps(JSONL_RECORDS[0], ensure_ascii=False).encode("utf-8")
    import hashlib

    assert first["sha256"] == hashlib.sha256(line).hexdigest() and first["bytes"] == len(line)
    second = documents[f"{name}#3"]
    assert (second["url"], second["published"], second["languages"].tolist()) == (
        "https://example.org/2",
        date(2021, 7, 1),
        ["en"],
    )
    third = documents[f"{name}#4"]
    assert third["source_kind"] == "html" and third["published"] == date(2020, 5, 5)
    assert third["site"] == "Example News"
    out = pipeline.load(tmp_path / "out")
    dates = out.dates[out.dates["doc_id"] == first["doc_id"]].set_index("raw_text")
    assert dates.loc["今年", "start_date"] == date(2023, 1, 1)
    assert dates.loc["上月", "start_date"] == date(2023, 2, 1)
    lines = out.lines[out.lines["doc_id"] == first["doc_id"]]
    assert lines["raw_text"].tolist() == ["今年新增企業50家，上月營收增長5%。"]


def test_a_bad_json_lines_record_is_an_error_row_and_the_others_are_processed(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    feed = inputs / "feed.jsonl"
    feed.write_text(
        '{"text": "增长5%。"}\n{not json\n{"title": "no text"}\n[1, 2]\n{"body": "增长6%。"}\n',
        encoding="utf-8",
    )
    summary = run_batch([inputs], tmp_path / "out", jobs=1)
    assert summary.new_documents == 2
    errors = pipeline.load(tmp_path / "out").errors
    assert sorted(zip(errors["source_path"], errors["error_type"], strict=True)) == [
        (f"{feed}#2", "invalid_json"),
        (f"{feed}#3", "no_text"),
        (f"{feed}#4", "invalid_json"),
    ]


def test_the_text_field_of_json_lines_is_configurable(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "feed.jsonl").write_text('{"article": "增长5%。", "text": "别的"}\n', encoding="utf-8")
    run_batch([inputs], tmp_path / "out", jobs=1, text_fields=["article"])
    assert pipeline.load(tmp_path / "out").lines["raw_text"].tolist() == ["增长5%。"]


def test_an_incremental_run_over_a_grown_json_lines_file_adds_only_the_new_records(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    feed = inputs / "feed.jsonl"
    write_jsonl(feed, JSONL_RECORDS[:2], blank_line=False)
    first = run_batch([inputs], tmp_path / "out", jobs=1)
    assert first.new_documents == 2
    with feed.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "r4", "text": "明年计划新增项目12个。"}, ensure_ascii=False) + "\n")
    second = run_batch([inputs], tmp_path / "out", jobs=1)
    assert (second.new_documents, second.already_present) == (1, 2)
    documents = documents_by_record(tmp_path / "out")
    assert set(documents) == {"feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3"}
    third = run_batch([inputs], tmp_path / "out", jobs=1)
    assert (third.new_documents, third.already_present, third.committed) == (0, 3, False)


def test_an_edited_record_replaces_its_old_document(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    feed = inputs / "feed.jsonl"
    feed.write_text('{"text": "增长5%。"}\n{"text": "增长6%。"}\n', encoding="utf-8")
    run_batch([inputs], tmp_path / "out", jobs=1)
    feed.write_text('{"text": "增长5%。"}\n{"text": "增长7%。"}\n', encoding="utf-8")
    run_batch([inputs], tmp_path / "out", jobs=1)
    out = pipeline.load(tmp_path / "out")
    assert sorted(out.figures["raw_text"]) == ["5%", "7%"]
    assert len(out.documents) == 2


# --- WARC -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_every_html_response_of_a_warc_file_is_a_document_and_other_records_are_counted(tmp_path, name):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_warc(inputs / name, compress=name.endswith(".gz"))
    scan = scan_container(inputs / name)
    assert (len(scan.entries), scan.skipped, scan.problem) == (2, 3, None)
    summary = run_batch([inputs], tmp_path / "out", jobs=1)
    assert (summary.new_documents, summary.skipped_records, summary.errors) == (2, 3, 0)
    assert "3 records skipped (not a 2xx HTML page)" in summary.describe()
    documents = sorted(
        pipeline.load(tmp_path / "out").documents.to_dict("records"), key=lambda row: int(row["record"])
    )
    undated, dated = documents
    # The fetched URL wins over the page's canonical one; the fetch date stands in for a page date.
    assert undated["url"] == "https://news.example.hk/a.html" and undated["region"] == "HK"
    assert undated["published"] == date(2023, 4, 2) and undated["doc_date_source"] == "published"
    assert dict(undated["meta"]) == {"fetched": "2023-04-02T08:00:00Z"}
    assert undated["site"] == "Example News" and undated["encoding"] == "utf-8"
    assert dated["url"] == "https://news.example.hk/b.html" and dated["published"] == date(2022, 12, 30)
    payload = record_content(inputs / name, str(undated["record"]))
    assert payload == page_without_date().encode("utf-8")
    assert read_record(inputs / name, str(dated["record"])).sha256 == dated["sha256"]


# --- provenance: audit of a document inside a container ---------------------------------------


def test_audit_verifies_a_record_inside_each_container_and_says_changed_after_its_bytes_change(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_warc(inputs / "crawl.warc", compress=False)
    write_jsonl(inputs / "feed.jsonl", JSONL_RECORDS)
    out_dir = tmp_path / "out"
    run_batch([inputs], out_dir, jobs=1)
    out = pipeline.load(out_dir)
    checks = {
        row["file_name"] + "#" + row["record"]: check_source(row, out_dir)
        for row in out.documents.to_dict("records")
    }
    assert {check.status for check in checks.values()} == {VERIFIED}
    assert verify_output(out).ok

    figures = out.figures.merge(out.documents[["doc_id", "file_name", "record"]], on="doc_id")
    warc_mention = figures[(figures["file_name"] == "crawl.warc") & (figures["raw_text"] == "120家")]
    jsonl_mention = figures[(figures["file_name"] == "feed.jsonl") & (figures["raw_text"] == "50家")]
    runner = CliRunner()
    for mention in (warc_mention, jsonl_mention):
        result = runner.invoke(main, ["audit", mention["mention_id"].iloc[0][:12], "--out", str(out_dir)])
        assert result.exit_code == 0, result.output
        assert "verified" in result.output
        assert f"#{mention['record'].iloc[0]}" in result.output

    # Alter one byte inside each record (the lengths stay, so every other record stays where it was).
    warc = inputs / "crawl.warc"
    warc.write_bytes(warc.read_bytes().replace("120家".encode(), "125家".encode()))
    feed = inputs / "feed.jsonl"
    feed.write_bytes(feed.read_bytes().replace("50家".encode(), "55家".encode()))
    out = pipeline.load(out_dir)
    statuses = {
        row["file_name"] + "#" + row["record"]: check_source(row, out_dir).status
        for row in out.documents.to_dict("records")
    }
    changed = {key for key, status in statuses.items() if status == CHANGED}
    assert changed == {f"crawl.warc#{warc_mention['record'].iloc[0]}", "feed.jsonl#1"}
    assert {status for key, status in statuses.items() if key not in changed} == {VERIFIED}
    for mention in (warc_mention, jsonl_mention):
        result = runner.invoke(main, ["audit", mention["mention_id"].iloc[0][:12], "--out", str(out_dir)])
        assert result.exit_code == 1 and "changed" in result.output
    summary = verify_output(out)
    assert summary.documents[CHANGED] == 2 and not summary.ok


# --- older outputs and the command line ---------------------------------------------------------


def test_an_output_written_before_the_web_columns_reads_them_as_null(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("今年营收增长5%。\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    run_batch([inputs], out_dir, jobs=1)
    new_columns = ["record", "url", "published", "region", "site", "doc_date_source", "meta"]
    for part in (out_dir / "documents").glob("*.parquet"):
        old = pq.read_table(part, use_threads=False).drop_columns(new_columns)
        part.unlink()
        pq.write_table(old, part)
    out = pipeline.load(out_dir)
    assert out.documents[new_columns].isna().all().all()
    assert out.sql("SELECT count(*) AS n FROM documents WHERE url IS NULL")["n"].iloc[0] == 1
    part = next((out_dir / "documents").glob("*.parquet"))
    assert read_part(part, columns=["doc_id", "record"]).column("record").null_count == 1
    assert conform(read_part(part), SCHEMAS["documents"]).schema == SCHEMAS["documents"]
    (inputs / "b.txt").write_text("上月营收增长6%。\n", encoding="utf-8")
    summary = run_batch([inputs], out_dir, jobs=1)  # the incremental index reads the old part
    assert (summary.new_documents, summary.already_present) == (1, 1)
    assert len(pipeline.load(out_dir).documents) == 2


def test_provex_run_takes_a_manifest_and_a_text_field(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "feed.jsonl").write_text('{"id": "r1", "story": "今年营收增长5%。"}\n', encoding="utf-8")
    manifest = tmp_path / "m.tsv"
    manifest.write_text("id\tpublished\tregion\nr1\t2024-01-02\tMO\nr9\t\t\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        [
            "run",
            str(inputs),
            "--out",
            str(tmp_path / "out"),
            "--manifest",
            str(manifest),
            "--text-field",
            "story",
            "--quiet",
            "-j",
            "1",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "1 row naming no input (r9)" in result.output
    row = pipeline.load(tmp_path / "out").documents.iloc[0]
    assert (row["published"], row["region"], row["doc_date_source"]) == (date(2024, 1, 2), "MO", "published")
    bad = tmp_path / "bad.csv"
    bad.write_text("url\nhttp://a\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["run", str(inputs), "--out", str(tmp_path / "out"), "--manifest", str(bad)]
    )
    assert result.exit_code == 1 and "neither an `id` nor a `path`" in result.output


def test_the_documents_schema_has_the_web_columns():
    names = SCHEMAS["documents"].names
    for column in ("record", "url", "published", "region", "site", "doc_date_source", "meta"):
        assert column in names
    assert SCHEMAS["documents"].field("meta").type == pa.map_(pa.string(), pa.string())


def test_compaction_merges_parts_written_before_and_after_the_web_columns(tmp_path):
    from pipeline.store.maintain import compact_output

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("今年营收增长5%。\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    run_batch([inputs], out_dir, jobs=1)
    for part in (out_dir / "documents").glob("*.parquet"):
        old = pq.read_table(part, use_threads=False).drop_columns(["record", "url", "published", "meta"])
        part.unlink()
        pq.write_table(old, part)
    (inputs / "feed.jsonl").write_text(
        '{"url": "https://a.example.hk/1", "text": "增长6%。"}\n', encoding="utf-8"
    )
    run_batch([inputs], out_dir, jobs=1)
    compact_output(out_dir)
    documents = pipeline.load(out_dir).documents.set_index("file_name")
    assert len(list((out_dir / "documents").glob("*.parquet"))) == 1
    assert pd.isna(documents.loc["a.txt", "url"])
    assert documents.loc["feed.jsonl", "url"] == "https://a.example.hk/1"
    assert documents.loc["feed.jsonl", "record"] == "1"


@pytest.mark.slow
def test_containers_run_on_several_workers_as_in_one_process(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_warc(inputs / "crawl.warc.gz", compress=True)
    write_jsonl(inputs / "feed.jsonl.gz", JSONL_RECORDS)
    manifest = tmp_path / "m.tsv"
    manifest.write_text("id\tregion\tdesk\nr1\tMO\tbusiness\n", encoding="utf-8")
    run_batch([inputs], tmp_path / "one", jobs=1, manifest=manifest)
    run_batch([inputs], tmp_path / "two", jobs=2, batch_size=1, manifest=manifest)
    columns = ["doc_id", "record", "url", "published", "region", "site", "doc_date", "doc_date_source"]
    one, two = (
        pipeline.load(tmp_path / name).documents[columns].sort_values("doc_id").reset_index(drop=True)
        for name in ("one", "two")
    )
    pd.testing.assert_frame_equal(one, two)
    assert set(one["region"].dropna()) == {"CN", "HK", "MO"}


# --- damaged containers ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_warc_file_cut_anywhere_is_reported_and_never_stops_the_scan(tmp_path, name):
    whole = tmp_path / name
    write_warc(whole, compress=name.endswith(".gz"))
    data = whole.read_bytes()
    complete = scan_container(whole)
    assert complete.problem is None and len(complete.entries) == 2
    cut = tmp_path / f"cut-{name}"
    from warcio.archiveiterator import ArchiveIterator

    with whole.open("rb") as handle:  # a cut between two records leaves a shorter, whole file
        records = ArchiveIterator(handle)
        record_starts = {records.get_record_offset() for _ in records}
    for length in range(1, len(data), 5):
        cut.write_bytes(data[:length])
        scan = scan_container(cut)
        if length in record_starts:
            continue
        assert scan.problem is not None, length
        assert scan.problem.error_type == "bad_container"
        assert "cut short" in scan.problem.message or "cannot be read" in scan.problem.message
        assert {entry.record for entry in scan.entries} <= {entry.record for entry in complete.entries}
        for entry in scan.entries:  # what is read before the cut is whole
            assert entry.sha256 in {whole_entry.sha256 for whole_entry in complete.entries}


def test_a_cut_warc_file_gives_its_whole_pages_and_an_error_row(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_warc(inputs / "crawl.warc", compress=False)
    data = (inputs / "crawl.warc").read_bytes()
    (inputs / "crawl.warc").write_bytes(data[: data.rindex("130家".encode())])  # inside the last page
    out_dir = tmp_path / "out"
    summary = run_batch([inputs], out_dir, jobs=1)
    out = pipeline.load(out_dir)
    assert summary.new_documents == 1 and summary.errors == 1
    assert out.errors["error_type"].tolist() == ["bad_container"]
    assert "cut short" in out.errors["message"].iloc[0]
    assert "120家" in out.figures["raw_text"].tolist() and "130家" not in out.figures["raw_text"].tolist()
    again = run_batch([inputs], out_dir, jobs=1)
    assert again.new_documents == 0
    assert pipeline.load(out_dir).errors["error_type"].tolist() == ["bad_container"]


def test_a_json_lines_feed_that_starts_with_a_byte_order_mark_loses_no_record(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    records = [{"id": "k1", "text": "今年新增企业12家。"}, {"id": "k2", "text": "去年投资3亿元。"}]
    lines = "\r\n".join(json.dumps(record, ensure_ascii=False) for record in records) + "\r\n"
    (inputs / "feed.jsonl").write_bytes(b"\xef\xbb\xbf" + lines.encode("utf-8"))
    assert read_record(inputs / "feed.jsonl", "1").text == "今年新增企业12家。"
    out_dir = tmp_path / "out"
    summary = run_batch([inputs], out_dir, jobs=1)
    assert (summary.new_documents, summary.errors) == (2, 0)
    figures = pipeline.load(out_dir).figures
    assert sorted(figures["raw_text"]) == ["12家", "3亿元"]
    first = documents_by_record(out_dir)["feed.jsonl#1"]
    assert check_source(first, out_dir).status == VERIFIED
