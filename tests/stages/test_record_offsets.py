"""JSON Lines records read at the byte offsets the scan found; record addresses and real files."""

from __future__ import annotations

import gzip
import json
import os

import pytest

from pipeline.batch.paths import forget_resolved_paths, path_key
from pipeline.stages import containers
from pipeline.stages.containers import read_records, scan_container
from pipeline.stages.ingest import record_address

RECORDS = [
    {"id": "a", "text": "第一条 2023年5月投资12亿元"},
    {"id": "b", "text": "Second record: revenue of $3.5 million"},
    {"id": "c", "text": "第三条\r\n两行"},
]


def _feed(path, gz=False):
    lines = [json.dumps(RECORDS[0], ensure_ascii=False), "", json.dumps(RECORDS[1]) + "\r"]
    lines += [json.dumps(RECORDS[2], ensure_ascii=False), "   "]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def _texts(found):
    """Each record's text, or its error."""
    return {
        record: getattr(source, "text", None) or (source.stage, source.error_type, source.message)
        for record, source in found.items()
    }


def test_records_read_at_their_offsets_are_the_records_read_from_the_top(tmp_path):
    path = _feed(tmp_path / "feed.jsonl")
    entries = scan_container(path).entries
    assert [entry.record for entry in entries] == ["1", "3", "4"]
    assert all(entry.offset is not None for entry in entries)
    offsets = {entry.record: entry.offset for entry in entries}
    wanted = ["4", "1", "3"]
    assert _texts(read_records(path, wanted, offsets=offsets)) == _texts(read_records(path, wanted))
    assert _texts(read_records(path, ["3"], offsets=offsets))["3"].startswith("Second record")


def test_reading_at_offsets_does_not_read_the_lines_before(tmp_path, monkeypatch):
    path = _feed(tmp_path / "feed.jsonl")
    offsets = {entry.record: entry.offset for entry in scan_container(path).entries}
    monkeypatch.setattr(containers, "_jsonl_lines", None)  # reading from the top would fail
    assert _texts(read_records(path, ["4"], offsets=offsets))["4"].startswith("第三条")


def test_a_gzipped_feed_is_read_from_its_top(tmp_path):
    path = _feed(tmp_path / "feed.jsonl.gz", gz=True)
    entries = scan_container(path).entries
    assert [entry.offset for entry in entries] == [None, None, None]
    assert set(_texts(read_records(path, ["1", "4"]))) == {"1", "4"}


def test_a_feed_changed_since_the_scan_is_read_from_its_top(tmp_path):
    path = _feed(tmp_path / "feed.jsonl")
    offsets = {entry.record: entry.offset for entry in scan_container(path).entries}
    path.write_bytes(b'{"text": "inserted"}\n' + path.read_bytes())
    assert containers._jsonl_at(path, offsets) is None  # the offsets no longer start lines
    by_number = read_records(path, ["3", "4"])
    by_offset = read_records(path, ["3", "4"], offsets=offsets)
    assert _texts(by_offset) == _texts(by_number)


@pytest.mark.parametrize("name", ["x.jsonl#12", "x.warc.gz#7"])
def test_an_existing_file_named_like_a_record_address_is_that_file(tmp_path, name):
    address = str(tmp_path / name)
    container = address.rpartition("#")[0]
    assert record_address(address) == (container, address.rpartition("#")[2])
    (tmp_path / name).write_text("a plain file", encoding="utf-8")
    assert record_address(address) == (address, None)
    forget_resolved_paths()
    assert path_key(address) == os.path.realpath(address)


def test_other_names_are_no_record_addresses(tmp_path):
    for name in ("notes.txt#3", "feed.jsonl#x", "feed.jsonl", "feed.jsonl#"):
        assert record_address(str(tmp_path / name)) == (str(tmp_path / name), None)
