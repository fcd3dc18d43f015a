"""Every error row a bad input gives says what to do about it, not only what went wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.batch.run import run_batch
from pipeline.stages.ingest import IngestError, read_source
from tests.stages.test_documents_input import minimal_pdf

# Each message ends with an action: one of these words is in it.
ACTIONS = (
    "run again",
    "remove",
    "re-save",
    "save",
    "fix",
    "give",
    "--text-field",
    "fetch",
    "convert",
    "download",
    "run OCR",
    "check",
    "move it",
)


def _bad_inputs(folder: Path) -> None:
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "cut.pdf").write_bytes(minimal_pdf([["Sales rose 4% in 2022."]])[:150])
    (folder / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file renamed")
    (folder / "script.html").write_text("<html><body><script>var a = 1;</script></body></html>", "utf-8")
    records = ['{"text": "2023年新增企业12家。"}', "{broken", '["a list"]', '{"headline": "no text here"}']
    (folder / "feed.jsonl").write_text("\n".join(records) + "\n", "utf-8")


def test_every_error_row_of_a_bad_input_says_what_to_do(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    _bad_inputs(inputs)
    run_batch([inputs], tmp_path / "out", jobs=1)
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    found = {
        Path(path).name: message
        for path, message in zip(errors["source_path"], errors["message"], strict=True)
    }
    assert set(found) >= {
        "empty.txt",
        "binary.txt",
        "cut.pdf",
        "old.docx",
        "script.html",
        "feed.jsonl#2",
        "feed.jsonl#3",
        "feed.jsonl#4",
    }, found
    for name, message in found.items():
        assert any(action in message for action in ACTIONS), (name, message)
    assert "--text-field" in found["feed.jsonl#4"]


def test_a_file_without_read_permission_says_how_to_grant_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("2023年新增企业12家。\n", "utf-8")

    def refuse(path: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "read_bytes", refuse)  # root reads every file whatever its mode
    with pytest.raises(IngestError) as raised:
        read_source(locked)
    assert raised.value.error_type == "permission_denied"
    assert "read access" in raised.value.message


def test_a_feed_record_error_names_the_column(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "feed.jsonl").write_text(json.dumps({"text": "ok 2020"}) + "\n" + '{"text": oops}\n', "utf-8")
    run_batch([inputs], tmp_path / "out", jobs=1)
    message = pd.read_parquet(tmp_path / "out" / "errors")["message"].iloc[0]
    assert "at column 10" in message and "fix or remove that line" in message
