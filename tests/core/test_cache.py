"""Sealed cache files: read back as written, refused when damaged, cut short or of another format."""

from __future__ import annotations

import hashlib
import marshal
import zlib

from pipeline.core.cache import SEAL_TAG, sealed, unsealed

TABLE = {"re": {("\\d+年", 0): b"\x01\x02"}, "tables": {"key": ("青禾", "江北")}}


def test_a_sealed_table_is_read_back_as_written() -> None:
    assert unsealed(sealed(TABLE)) == TABLE
    assert unsealed(sealed({})) == {}


def test_any_damaged_byte_or_a_cut_makes_the_table_unreadable() -> None:
    data = sealed(TABLE)
    for position in range(len(data)):
        damaged = bytearray(data)
        damaged[position] ^= 0x20
        assert unsealed(bytes(damaged)) is None, position
    for length in range(len(data)):
        assert unsealed(data[:length]) is None, length
    assert unsealed(None) is None


def test_a_file_of_the_former_format_or_not_a_table_is_refused() -> None:
    payload = marshal.dumps(TABLE)
    assert unsealed(hashlib.sha256(payload).digest() + payload) is None
    listed = marshal.dumps(["not", "a", "table"])
    assert unsealed(SEAL_TAG + zlib.crc32(listed).to_bytes(4, "big") + listed) is None
