"""Ingest: finding inputs, decoding every supported encoding, splitting lines."""

from __future__ import annotations

import codecs
import hashlib

import pytest

from pipeline.stages.ingest import (
    IngestError,
    decode_bytes,
    discover_inputs,
    html_to_text,
    read_source,
    split_lines,
)
from tests.conftest import SEEDS

TRADITIONAL = "青禾區醫藥健康產業發展，青禾醫療器械城已吸引了眾多醫療器械企業入駐。"
SIMPLIFIED = "青禾区医药健康产业发展，青禾医疗器械城已吸引了众多医疗器械企业入驻。"


def test_split_lines_drops_one_trailing_carriage_return_per_line():
    assert split_lines("a\r\nb\r\r\nc") == ("a", "b\r", "c")


def test_split_lines_keeps_trailing_empty_line():
    assert split_lines("a\n") == ("a", "")


def test_utf8_is_decoded_as_utf8():
    assert decode_bytes(SIMPLIFIED.encode("utf-8")).encoding == "utf-8"


def test_utf8_with_bom_drops_the_mark():
    decoded = decode_bytes(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"))
    assert decoded.text == SIMPLIFIED
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(encoding):
    data = SIMPLIFIED.encode(encoding)
    if encoding != "utf-16":  # the plain codec writes its own mark
        mark = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        data = mark + data
    assert decode_bytes(data).text == SIMPLIFIED


def test_gb18030_is_detected():
    decoded = decode_bytes(SIMPLIFIED.encode("gb18030"))
    assert decoded.text == SIMPLIFIED
    assert decoded.encoding == "gb18030"


def test_big5_is_detected():
    decoded = decode_bytes(TRADITIONAL.encode("big5"))
    assert decoded.text == TRADITIONAL
    assert decoded.encoding == "big5"


def test_short_big5_is_not_mistaken_for_utf16():
    assert decode_bytes("青禾區醫藥".encode("big5")).text == "青禾區醫藥"


def test_empty_file_is_an_error():
    with pytest.raises(IngestError) as raised:
        decode_bytes(b"")
    assert raised.value.error_type == "empty_file"


def test_binary_file_is_an_error():
    with pytest.raises(IngestError) as raised:
        decode_bytes(bytes(range(256)) * 20)
    assert raised.value.error_type in {"binary_file", "unknown_encoding"}


def test_a_few_invalid_utf8_bytes_are_replaced_and_counted():
    data = (SIMPLIFIED * 40).encode("utf-8")
    data = data[:300] + b"\xff" + data[300:]
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.invalid_bytes == 1
    assert "\ufffd" in decoded.text


def test_discover_walks_folders_and_counts_other_files(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.HTML").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "sub" / "c.xls").write_bytes(b"\xd0\xcf")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("x", encoding="utf-8")
    found = discover_inputs([tmp_path, tmp_path / "missing.txt"])
    assert [path.name for path in found.files] == ["a.txt", "b.HTML"]
    assert [path.name for path in found.skipped] == ["c.xls"]
    assert [path.name for path in found.missing] == ["missing.txt"]


def test_read_source_hashes_bytes_and_keeps_lines(tmp_path):
    path = tmp_path / "notice.txt"
    data = "第一行\r\n第二行\n".encode("gb18030")
    path.write_bytes(data)
    source = read_source(path)
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.doc_id == source.sha256[:16]
    assert source.lines == ("第一行", "第二行", "")
    assert source.source_kind == "text"


def test_vanished_file_is_a_clear_error(tmp_path):
    with pytest.raises(IngestError) as raised:
        read_source(tmp_path / "gone.txt")
    assert raised.value.error_type == "file_missing"


def test_html_is_reduced_to_article_text(tmp_path):
    paragraph = "澜湖科学园规划总面积约6.4平方公里，分两期建设。" * 5
    html = (
        "<html><head><title>测试</title></head><body><nav>首页 | 新闻 | 联系我们</nav>"
        f"<article><h1>园区建设</h1><p>{paragraph}</p><p>{paragraph}</p></article>"
        "<footer>版权所有 © 2024</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    source = read_source(path)
    assert source.source_kind == "html"
    assert "6.4平方公里" in source.text
    assert "版权所有" not in source.text


def test_html_without_text_is_an_error():
    with pytest.raises(IngestError) as raised:
        html_to_text("<html><body><script>var x = 1;</script></body></html>")
    assert raised.value.error_type == "no_text"


def test_every_seed_is_read_as_utf8():
    for path in sorted(SEEDS.glob("*.txt")):
        source = read_source(path)
        assert source.encoding == "utf-8"
        assert "\n".join(source.lines) == path.read_text(encoding="utf-8")
