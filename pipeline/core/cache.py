"""The user's cache folder: derived data that provex can always rebuild from what it ships.

Nothing in it is needed for a correct result; a file that cannot be written
or read is rebuilt (or done without), never an error.
"""

from __future__ import annotations

import marshal
import os
import tempfile
import zlib
from pathlib import Path
from typing import Any


def cache_folder() -> Path:
    """`$PROVEX_CACHE_DIR`, else `$XDG_CACHE_HOME/provex`, else `~/.cache/provex`."""
    chosen = os.environ.get("PROVEX_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "provex"


def read_cached(name: str) -> str | None:
    """The text cached under `name`, or None when there is none (or it cannot be read)."""
    data = read_cached_bytes(name)
    try:
        return None if data is None else data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def write_cached(name: str, text: str) -> None:
    """Cache `text` under `name` (atomically); silently nothing where the folder cannot be written."""
    write_cached_bytes(name, text.encode("utf-8"))


def read_cached_bytes(name: str) -> bytes | None:
    """The bytes cached under `name`, or None when there are none (or they cannot be read)."""
    try:
        return (cache_folder() / name).read_bytes()
    except OSError:
        return None


def write_cached_bytes(name: str, data: bytes) -> None:
    """Cache `data` under `name` (atomically); silently nothing where the folder cannot be written."""
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=name, suffix=".tmp", dir=folder)
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, folder / name)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


# `sealed` data: this tag, the CRC-32 of the payload (4 bytes, big-endian), the payload.
# A checksum finds a file cut short or damaged as well as a cryptographic digest does, at
# a third of the CPU (3 ms instead of 7 for the 4.6 MB of compiled patterns, every run);
# what is run from these files is guarded by their owner and mode (`dataclass_code`).
SEAL_TAG = b"provex-crc32\0"


def sealed(table: dict[Any, Any]) -> bytes:
    """`table` marshalled behind a tag and the CRC-32 of its bytes, for `unsealed` to check."""
    payload = marshal.dumps(table)
    return SEAL_TAG + zlib.crc32(payload).to_bytes(4, "big") + payload


def unsealed(data: bytes | None) -> dict[Any, Any] | None:
    """The dict `sealed` wrote into `data`; None when there is none, or it is damaged or not a dict."""
    start = len(SEAL_TAG) + 4
    if not data or len(data) <= start or not data.startswith(SEAL_TAG):
        return None
    payload = memoryview(data)[start:]
    if zlib.crc32(payload) != int.from_bytes(data[len(SEAL_TAG) : start], "big"):
        return None
    try:
        table = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    return table if isinstance(table, dict) else None
