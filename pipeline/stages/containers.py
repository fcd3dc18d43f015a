"""Containers: files of many articles, read record by record.

Two kinds, told by the file name (`ingest.is_container`):

- **JSON Lines** (`*.jsonl`, `*.jsonl.gz`), one article per line, as a
  scraper exports them. A record is addressed by its line number (1-based,
  in the decompressed text); its content is the line's bytes (without the
  line end), whose sha256 is the document's. The article is the first of
  the text fields present (`text`, `content`, `body`; configurable), else
  an HTML field (`html`, `raw_html`, `content_html`) reduced like an HTML
  page. Metadata fields are mapped to `url`, `published`, `title`, `site`,
  `language`, `region` (`FIELD_ALIASES`); other plain fields are kept.
- **WARC** (`*.warc`, `*.warc.gz`, read with warcio). Every `response` (or
  `resource`) record with an HTML payload and a 2xx status is an article,
  addressed by the byte offset of the record in the file; its content is
  the HTTP payload (de-chunked and decompressed), whose sha256 is the
  document's. Its `url` is the WARC target URI and its fetch date the
  `published` date unless the page states its own. Other records are
  counted as skipped.

`scan_container` lists the records with their hashes (what a run plans
with); `read_records` turns records into `SourceText`s (what a worker
processes); `record_content` re-reads one record's content (what an audit
verifies).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pipeline.core.records import SourceText
from pipeline.stages.ingest import IngestError, decode_bytes, html_to_text, split_lines
from pipeline.stages.webmeta import merge_meta, meta_text, page_metadata

TEXT_FIELDS = ("text", "content", "body")
HTML_FIELDS = ("html", "raw_html", "content_html")
# Record fields read as each piece of metadata, first present wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "url": ("url", "link", "href", "source_url"),
    "published": ("published", "published_at", "publish_time", "pub_date", "pubdate", "date", "datetime"),
    "title": ("title", "headline"),
    "site": ("site", "site_name", "sitename"),
    "language": ("language", "lang"),
    "region": ("region", "country"),
}
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CUT_SHORT = (
    "the WARC file ends inside its last record (cut short: a download or copy that did not finish?); "
    "fetch or copy it again"
)
# warcio's parser fails with these on a record cut inside its headers.
_DAMAGED_RECORD = (AttributeError, TypeError, KeyError, IndexError)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class ContainerEntry:
    """One article of a container as a run plans it: where it is and what its content hashes to."""

    record: str
    sha256: str
    bytes: int
    record_id: str | None = None  # the record's own `id` field (JSON Lines), for a manifest
    offset: int | None = None  # where the record's line starts in a plain JSON Lines file


@dataclass
class ContainerScan:
    """Every article of a container, the records passed over, and what stopped the reading (if anything)."""

    entries: list[ContainerEntry] = field(default_factory=list)
    skipped: int = 0  # records that are no article (WARC requests, metadata, images, redirects, ...)
    problem: IngestError | None = None


def container_kind(path: Path | str) -> str:
    """`jsonl` or `warc`, from the file name."""
    name = str(path).lower().removesuffix(".gz")
    return "warc" if name.endswith(".warc") else "jsonl"


def scan_container(path: Path | str) -> ContainerScan:
    """The articles of a container with their content hashes. Never raises: a read failure is `problem`."""
    scan = ContainerScan()
    try:
        if container_kind(path) == "warc":
            for record, data, _ in _warc_articles(Path(path), scan):
                scan.entries.append(ContainerEntry(record, _sha256(data), len(data)))
        else:
            plain = not str(path).lower().endswith(".gz")
            for record, data, offset in _jsonl_lines(Path(path)):
                entry = ContainerEntry(
                    record, _sha256(data), len(data), _record_id(data), offset if plain else None
                )
                scan.entries.append(entry)
    except IngestError as error:
        scan.problem = error
    return scan


def read_records(
    path: Path | str,
    records: Collection[str],
    text_fields: tuple[str, ...] = TEXT_FIELDS,
    offsets: Mapping[str, int] | None = None,
) -> dict[str, SourceText | IngestError]:
    """The records `records` of a container as sources (or the error that stops each), in one pass.

    `offsets` (record -> `ContainerEntry.offset`, from the scan) lets a plain
    JSON Lines file be read at its records instead of from its top; the
    caller checks the content hashes, so a file changed since is noticed.
    """
    path = Path(path)
    wanted = set(records)
    found: dict[str, SourceText | IngestError] = {}
    try:
        if container_kind(path) == "warc":
            for record in wanted:
                found[record] = _or_error(_warc_source, path, record)
        else:
            lines: Iterable[tuple[str, bytes]] | None = None
            if offsets is not None and wanted <= offsets.keys() and not path.name.lower().endswith(".gz"):
                lines = _jsonl_at(path, {record: offsets[record] for record in wanted})
            if lines is None:
                lines = (
                    (record, data)
                    for record, data, _ in _jsonl_lines(path, stop_after=max(map(int, wanted), default=0))
                )
            for record, data in lines:
                if record in wanted:
                    found[record] = _or_error(_jsonl_source, path, record, data, text_fields)
    except IngestError as error:  # the container itself cannot be read on
        for record in wanted - found.keys():
            found[record] = error
    for record in wanted - found.keys():
        found[record] = IngestError(
            "read",
            "record_missing",
            f"the container has no record {record} (changed during the run?); run again",
        )
    return found


def _or_error(reader: Any, *args: Any) -> SourceText | IngestError:
    """What `reader` reads of one record, or the error that stops it (the other records go on)."""
    try:
        return reader(*args)
    except IngestError as error:
        return error


def read_record(path: Path | str, record: str, text_fields: tuple[str, ...] = TEXT_FIELDS) -> SourceText:
    """One record of a container as a source; raises IngestError."""
    result = read_records(path, [record], text_fields)[record]
    if isinstance(result, IngestError):
        raise result
    return result


def record_content(path: Path | str, record: str) -> bytes | None:
    """The content bytes of one record (what its sha256 was taken of), or None when it is not there."""
    path = Path(path)
    try:
        if container_kind(path) == "warc":
            found = _warc_at(path, int(record))
            return None if found is None else found[0]
        for number, data, _ in _jsonl_lines(path, stop_after=int(record)):
            if number == record:
                return data
    except (IngestError, ValueError):
        return None
    return None


# --- JSON Lines -----------------------------------------------------------------------------


def _jsonl_lines(path: Path, stop_after: int = 0) -> Iterator[tuple[str, bytes, int]]:
    """(line number, line bytes without its line end, byte offset of the line) of every non-blank line.

    Stops after line `stop_after` (when not 0).
    """
    offset = 0
    try:
        with _open(path) as handle:
            for number, line in enumerate(handle, start=1):
                start, offset = offset, offset + len(line)
                line = _without_line_end(line)
                if line.strip():
                    yield str(number), line, start
                if stop_after and number >= stop_after:
                    return
    except (OSError, EOFError, zlib.error) as error:
        raise IngestError(
            "read", "bad_container", f"the file cannot be read to its end: {error}; fetch or copy it again"
        ) from None


def _jsonl_at(path: Path, offsets: Mapping[str, int]) -> list[tuple[str, bytes]] | None:
    """(record, line bytes) of the lines starting at `offsets` of a plain JSON Lines file, in file order.

    None when an offset is no longer the start of a line (the file changed
    since it was scanned): the caller reads the file from its top instead.
    """
    found = []
    try:
        with _open(path) as handle:
            for record, offset in sorted(offsets.items(), key=lambda item: item[1]):
                if offset:
                    handle.seek(offset - 1)
                    if handle.read(1) != b"\n":
                        return None
                handle.seek(offset)
                line = _without_line_end(handle.readline())
                if line.strip():
                    found.append((record, line))
    except OSError as error:
        raise IngestError(
            "read", "bad_container", f"the file cannot be read to its end: {error}; fetch or copy it again"
        ) from None
    return found


def _without_line_end(line: bytes) -> bytes:
    line = line[:-1] if line.endswith(b"\n") else line
    return line[:-1] if line.endswith(b"\r") else line


def _open(path: Path) -> IO[bytes]:
    try:
        return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")
    except OSError as error:
        raise IngestError(
            "read",
            "read_failed",
            f"could not read the file: {error}; check the disk or mount, then run again",
        ) from None


def _parse(data: bytes) -> dict[str, Any]:
    try:
        # utf-8-sig: editors and exports on Windows start a feed with a byte order mark.
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise IngestError(
            "decode",
            "invalid_bytes",
            "the record is not valid UTF-8: JSON Lines must be UTF-8; re-save the file so",
        ) from None
    except json.JSONDecodeError as error:
        raise IngestError(
            "read",
            "invalid_json",
            f"the record is not JSON ({error.msg} at column {error.colno}): fix or remove that line",
        ) from None
    if not isinstance(value, dict):
        raise IngestError(
            "read",
            "invalid_json",
            "the record is not a JSON object: each line must be one {...}; fix or remove it",
        )
    return value


def _record_id(data: bytes) -> str | None:
    try:
        return meta_text(_parse(data).get("id"))
    except IngestError:
        return None


def _jsonl_source(path: Path, record: str, data: bytes, text_fields: tuple[str, ...]) -> SourceText:
    fields = _parse(data)
    own = {key: value for key, value in fields.items() if key not in text_fields + HTML_FIELDS}
    meta = merge_meta(own, {name: _first(fields, aliases) for name, aliases in FIELD_ALIASES.items()})
    text = _first(fields, text_fields)
    kind = "text"
    if text is None:
        html = _first(fields, HTML_FIELDS)
        if html is None:
            names = ", ".join(text_fields + HTML_FIELDS)
            raise IngestError(
                "read",
                "no_text",
                f"the record has none of the fields {names}: name the field holding its text with "
                "--text-field NAME",
            )
        text, kind = html_to_text(html), "html"
        meta = merge_meta(page_metadata(html), meta)
    return _source(path, record, data, kind, "utf-8", text, meta)


def _first(fields: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = fields.get(name)
        if isinstance(value, str) and value.strip():
            return value
        if value is not None and not isinstance(value, str):
            return meta_text(value)
    return None


# --- WARC -----------------------------------------------------------------------------------


def _warc_articles(path: Path, scan: ContainerScan) -> Iterator[tuple[str, bytes, Any]]:
    """(offset, payload, record) of every HTML response of a WARC file; others counted in `scan`."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as handle:
            records = ArchiveIterator(handle)
            passed_over = None  # the last record skipped, checked once the iterator has read past it
            last_offset, last_end = 0, 0  # where the last record read starts, and where it ends
            for warc_record in records:
                _check_whole(passed_over)
                passed_over = None
                if not _is_html_response(warc_record):
                    scan.skipped += 1
                    passed_over = warc_record
                    last_offset = records.get_record_offset()
                    last_end = last_offset + records.get_record_length()
                    continue
                payload = warc_record.content_stream().read()
                # Asked after the payload is read: asking first reads the record to its end.
                offset = last_offset = records.get_record_offset()
                last_end = offset + records.get_record_length()
                if _cut_short(warc_record):
                    message = (
                        f"the WARC file ends inside the record at offset {offset} (cut short: a download "
                        "or copy that did not finish?); the records before it are read: "
                        "fetch or copy it again for the rest"
                    )
                    raise IngestError("read", "bad_container", message)
                yield str(offset), payload, warc_record
            _check_whole(passed_over)
            _check_ending(path, handle, last_offset, last_end)
    except IngestError:
        raise
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as error:
        message = f"the WARC file cannot be read to its end: {error}; fetch or copy it again"
        raise IngestError("read", "bad_container", message) from None
    except _DAMAGED_RECORD as error:
        message = (
            f"the WARC file cannot be read to its end: a damaged record ({type(error).__name__}); "
            "fetch or copy it again"
        )
        raise IngestError("read", "bad_container", message) from None


def _check_whole(warc_record: Any) -> None:
    """Raise when the file ended inside `warc_record` (a record passed over, read to its end by now)."""
    if warc_record is not None and _cut_short(warc_record):
        raise IngestError("read", "bad_container", _CUT_SHORT)


def _check_ending(path: Path, handle: IO[bytes], last_offset: int, last_end: int) -> None:
    """Raise when a WARC file ends inside its last record.

    warcio reads a cut gzip member or a record cut inside its headers as if
    the file simply ended. In a plain WARC file the last record read
    (ending at `last_end`) is followed by its closing blank line and nothing
    else; the members of a gzipped one from `last_offset` (where its last
    record starts) on must each decompress to their end.
    """
    size = handle.seek(0, 2)
    if not size:
        return
    if path.name.lower().endswith(".gz"):
        handle.seek(last_offset)
        rest, whole = handle.read(), True
        try:
            while rest and whole:  # the last record's member, and any the iterator did not reach
                member = zlib.decompressobj(wbits=31)
                member.decompress(rest)
                rest, whole = member.unused_data, member.eof
        except zlib.error:
            whole = False
    else:
        handle.seek(last_end)
        whole = last_end > 0 and handle.read() == b"\r\n\r\n"
    if not whole:
        raise IngestError("read", "bad_container", _CUT_SHORT)


def _cut_short(warc_record: Any) -> bool:
    """Whether the file ended before the record's declared Content-Length was read."""
    return getattr(warc_record.raw_stream, "limit", 0) > 0


def _warc_at(path: Path, offset: int) -> tuple[bytes, Any] | None:
    """(payload, record) of the HTML response at `offset`, or None when no such record is there."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as handle:
            handle.seek(offset)
            for warc_record in ArchiveIterator(handle):
                if not _is_html_response(warc_record):
                    return None
                payload = warc_record.content_stream().read()
                return None if _cut_short(warc_record) else (payload, warc_record)
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError, *_DAMAGED_RECORD):
        return None
    return None


def _is_html_response(warc_record: Any) -> bool:
    if warc_record.rec_type == "response":
        headers = warc_record.http_headers
        if headers is None:
            return False
        status = headers.get_statuscode() or ""
        return status.startswith("2") and _content_type(headers).startswith(HTML_TYPES)
    if warc_record.rec_type == "resource":
        return _content_type(warc_record.rec_headers).startswith(HTML_TYPES)
    return False


def _content_type(headers: Any) -> str:
    return (headers.get_header("Content-Type") or "").strip().lower()


def _warc_source(path: Path, record: str) -> SourceText:
    found = _warc_at(path, int(record)) if record.isdigit() else None
    if found is None:
        raise IngestError(
            "read",
            "record_missing",
            f"no HTML response at offset {record} of the WARC file (changed during the run?); run again",
        )
    payload, warc_record = found
    headers = warc_record.http_headers if warc_record.rec_type == "response" else warc_record.rec_headers
    decoded = _decode_payload(payload, _content_type(headers))
    fetched = warc_record.rec_headers.get_header("WARC-Date")
    url = warc_record.rec_headers.get_header("WARC-Target-URI")
    meta = merge_meta({"published": fetched}, page_metadata(decoded[0], default_url=url))
    meta = merge_meta(meta, {"url": url, "fetched": fetched})
    return _source(path, record, payload, "html", decoded[1], html_to_text(decoded[0]), meta)


def _decode_payload(payload: bytes, content_type: str) -> tuple[str, str]:
    """(text, encoding) of a page: by the charset its HTTP header names if that reads it, else detected."""
    named = _CHARSET.search(content_type)
    if named:
        try:
            return payload.decode(named.group(1)), named.group(1).lower()
        except (LookupError, UnicodeDecodeError):
            pass
    decoded = decode_bytes(payload)
    return decoded.text, decoded.encoding


# --- shared ---------------------------------------------------------------------------------


def _source(
    path: Path, record: str, data: bytes, kind: str, encoding: str, text: str, meta: dict[str, str]
) -> SourceText:
    return SourceText(
        source_path=str(path),
        file_name=path.name,
        source_kind=kind,
        sha256=_sha256(data),
        bytes=len(data),
        encoding=encoding,
        text=text,
        lines=split_lines(text),
        record=record,
        meta=meta,
    )


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
