"""Ingest: find input files, read their bytes, decode them, split lines.

`discover_inputs(paths)` walks files and folders; `read_source(path)` turns
one file into a `SourceText` or raises `IngestError`, whose stage, type and
message become a row of the `errors` table. Nothing here stops a batch.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.core.records import SourceText
from pipeline.core.wording import counted

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
# Files holding many articles (read by `pipeline.stages.containers`).
CONTAINER_SUFFIXES = (".jsonl", ".jsonl.gz", ".warc", ".warc.gz")
# Documents read through a library (optional extras `pdf` and `docx`).
PDF_SUFFIXES = frozenset({".pdf"})
DOCX_SUFFIXES = frozenset({".docx"})
INPUT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES
# In the text of a PDF, pages are separated by a line holding only a form feed:
# the page of line N is 1 + the number of such lines above it.
PAGE_BREAK = "\f"

# Byte order marks, longest first (the UTF-32 LE mark starts with UTF-16 LE's).
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The encodings the detector chooses among when a file is not UTF-8 and has
# no byte order mark. UTF-16 is never guessed without a mark (short Big5 or
# GBK text decodes "successfully" as UTF-16 into nonsense), and Japanese or
# Korean code pages, which also read GBK/Big5 bytes, are out of scope.
DETECTED_ENCODINGS = ["gb18030", "big5", "big5hkscs", "cp1252", "latin_1"]
# A file that is mostly UTF-8 with a few broken bytes is decoded as UTF-8
# (broken bytes become U+FFFD and are reported) when at most this share of
# its bytes is invalid.
MAX_INVALID_UTF8_SHARE = 0.001
# Share of control characters (besides tab, CR, LF, FF) that marks a file
# as binary rather than text.
MAX_CONTROL_CHAR_SHARE = 0.01


class IngestError(Exception):
    """A file that cannot be ingested: becomes one row of `errors`."""

    def __init__(self, stage: str, error_type: str, message: str):
        self.stage = stage
        self.error_type = error_type
        self.message = message
        super().__init__(message)


@dataclass(frozen=True)
class DecodedText:
    """Decoded text, the encoding that decoded it, and any repair made."""

    text: str
    encoding: str
    invalid_bytes: int = 0


@dataclass
class Discovery:
    """What `discover_inputs` found: files to read, and what it passed over.

    `skipped` are files with a suffix provex does not read; `passed_over`
    are files and folders not looked into, each with the reason (hidden, a
    provex output folder, a symbolic link to a folder); `missing` are given
    paths that do not exist; `problems` are paths that could not be walked or
    read as files (an unreadable folder, a FIFO, a name too long, a link to a
    file outside the input): each becomes an `errors` row.
    """

    files: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)
    problems: list[tuple[Path, str, str]] = field(default_factory=list)  # (path, error type, message)
    passed_over: list[tuple[Path, str]] = field(default_factory=list)


# A folder holding this is the output of a provex run (its state folder).
OUTPUT_MARKER = ".provex"
HIDDEN = "hidden (its name starts with '.')"
OUTPUT_FOLDER = "a provex output folder (it holds .provex/)"
LINKED_FOLDER = "a symbolic link to a folder (not followed: links can loop)"


def is_output_folder(path: Path, exclude: Iterable[Path] = ()) -> bool:
    """True for a folder a provex run writes: one holding `.provex/`, or one of `exclude`."""
    if (path / OUTPUT_MARKER).is_dir():
        return True
    resolved = path.resolve()
    return any(resolved == Path(other).resolve() for other in exclude)


def discover_inputs(paths: Iterable[Path | str], exclude: Iterable[Path | str] = ()) -> Discovery:
    """Walk files and folders (recursively) for the files provex reads (`INPUT_SUFFIXES`, containers).

    Returns them sorted and de-duplicated. Inside a folder, hidden files and
    folders (name starting with '.'), folders that are symbolic links (a
    linked file is read, unless it points outside the folder given) and
    provex output folders — any folder holding `.provex/`, and the folders in
    `exclude` (the run's own output) — are not looked into; they are listed
    in `passed_over` with the reason. Files of other suffixes are listed in
    `skipped`, paths that do not exist in `missing`; unreadable folders,
    FIFOs, devices and names too long are `problems`, and none of these
    stops the walk. A path given explicitly is read even when hidden.
    """
    found = Discovery()
    seen: set[str] = set()
    excluded = [Path(path) for path in exclude]
    for given in paths:
        path = Path(given)
        try:
            is_dir, exists = path.is_dir(), path.exists() or path.is_symlink()
        except OSError as error:
            found.problems.append((path, "unreadable_path", _unreadable_path(error)))
            continue
        if is_dir:
            if is_output_folder(path, excluded):
                found.passed_over.append((path, OUTPUT_FOLDER))
                continue
            candidates = _walk(path, excluded, found)
        elif exists:
            candidates = [path]
        else:
            found.missing.append(path)
            continue
        for candidate in candidates:
            if not _is_regular_file(candidate, found):
                continue
            resolved = os.path.realpath(candidate)
            if resolved in seen:
                continue
            seen.add(resolved)
            if candidate.suffix.lower() in INPUT_SUFFIXES or is_container(candidate):
                found.files.append(candidate)
            else:
                found.skipped.append(candidate)
    return found


def is_container(path: Path | str) -> bool:
    """True for a file of many articles: JSON Lines or WARC, maybe gzipped."""
    return os.fspath(path).lower().endswith(CONTAINER_SUFFIXES)


def record_address(location: str) -> tuple[str, str | None]:
    """`(container, record)` of a record's location `feed.jsonl#12`; `(location, None)` for a file.

    A file that exists under the whole name (literally `x.jsonl#12`) is that
    file, not record 12 of `x.jsonl`.
    """
    container, mark, record = location.rpartition("#")
    if mark and record.isdigit() and is_container(container) and not os.path.lexists(location):
        return container, record
    return location, None


def _walk(root: Path, excluded: list[Path], found: Discovery) -> list[Path]:
    """The files below `root` that `discover_inputs` looks at, sorted; the rest noted in `found`."""
    entries: list[Path] = []
    root_real = os.path.realpath(root)

    def visit(folder: Path) -> None:
        try:
            children = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            found.problems.append(
                (
                    folder,
                    "unreadable_folder",
                    f"the folder cannot be read: {_os_reason(error)}; give the user running provex "
                    "read access to it (its files are left as they are in the tables meanwhile)",
                )
            )
            return
        for child in children:
            path = Path(child.path)
            if child.name.startswith("."):
                found.passed_over.append((path, HIDDEN))
                continue
            try:
                is_dir = child.is_dir()
            except OSError as error:
                found.problems.append((path, "unreadable_path", _unreadable_path(error)))
                continue
            if is_dir:
                if child.is_symlink():
                    found.passed_over.append((path, LINKED_FOLDER))
                elif is_output_folder(path, excluded):
                    found.passed_over.append((path, OUTPUT_FOLDER))
                else:
                    visit(path)
                continue
            if child.is_symlink() and not _inside(os.path.realpath(path), root_real):
                found.problems.append(
                    (
                        path,
                        "link_outside_input",
                        "a symlink to a file outside the input folder: not read; "
                        "give the file itself on the command line to read it",
                    )
                )
                continue
            entries.append(path)

    visit(root)
    return sorted(entries)


def _is_regular_file(path: Path, found: Discovery) -> bool:
    """True for a regular file (or a link to one); a FIFO, socket, device or broken path is a problem."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        found.problems.append((path, "unreadable_path", _unreadable_path(error)))
        return False
    if stat.S_ISREG(mode):
        return True
    found.problems.append(
        (
            path,
            "not_a_file",
            "not a regular file (a FIFO, socket or device): not read; move it out of the input",
        )
    )
    return False


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _os_reason(error: OSError) -> str:
    return error.strerror or str(error)


def _unreadable_path(error: OSError) -> str:
    return f"{_os_reason(error)}; check the name and the access rights, then run again"


def split_lines(text: str) -> tuple[str, ...]:
    """Split on '\\n' and drop one trailing '\\r' per line (the contract's rule).

    A text with no '\\n' at all but with '\\r' (old Mac line ends) is split on
    '\\r' instead, so that it is not one huge line.
    """
    if "\n" not in text and "\r" in text:
        return tuple(text.split("\r"))
    return tuple(line[:-1] if line.endswith("\r") else line for line in text.split("\n"))


def decode_bytes(data: bytes) -> DecodedText:
    """Decode file bytes: BOM first, then strict UTF-8, then a detector.

    Raises IngestError for empty or binary data, or bytes no encoding reads.
    """
    if not data:
        raise IngestError(
            "decode",
            "empty_file",
            "the file is empty: there is nothing to extract; fill it or remove it from the input",
        )
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return DecodedText(data[len(mark) :].decode(encoding), encoding)
            except UnicodeDecodeError as error:
                raise IngestError(
                    "decode",
                    "invalid_bytes",
                    f"starts with a {encoding} byte order mark but has invalid bytes at offset "
                    f"{error.start}: re-save the file in one encoding (UTF-8)",
                ) from None
    if b"\x00" in data:
        raise IngestError(
            "decode",
            "binary_file",
            "contains NUL bytes and no UTF-16 byte order mark: not a text file; "
            "convert it to text (or save UTF-16 with a BOM), or remove it from the input",
        )
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    repaired = data.decode("utf-8", errors="replace")
    invalid = repaired.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if invalid <= max(1, len(data) * MAX_INVALID_UTF8_SHARE):
        return DecodedText(repaired, "utf-8", invalid_bytes=invalid)
    return _detect_and_decode(data)


def _detect_and_decode(data: bytes) -> DecodedText:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=DETECTED_ENCODINGS).best()
    if best is None:
        raise IngestError(
            "decode",
            "unknown_encoding",
            "no text encoding reads these bytes (binary file?); "
            "save it as UTF-8, GB18030, Big5 or UTF-16 with BOM",
        )
    text = str(best)
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\r\n\f")
    if controls > len(text) * MAX_CONTROL_CHAR_SHARE:
        raise IngestError(
            "decode",
            "binary_file",
            "decodes to mostly control characters: not a text file; "
            "convert it to text or remove it from the input",
        )
    return DecodedText(text, _canonical_encoding(best.encoding))


def _canonical_encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def html_to_text(html: str) -> str:
    """Reduce an HTML page to its article text with trafilatura.

    Raises IngestError when the page has no extractable text.
    """
    import trafilatura

    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
        favor_recall=True,
        deduplicate=False,
    )
    if not text or not text.strip():
        raise IngestError(
            "html",
            "no_text",
            "the HTML page has no extractable article text (a script-built page or an index?); "
            "save the page as rendered, or its text as .txt",
        )
    return text


def pdf_to_text(data: bytes) -> str:
    """The text layer of a PDF (pypdf): each page's lines, pages separated by a `PAGE_BREAK` line.

    Raises IngestError when pypdf is missing, the file is not a readable
    PDF, it is encrypted, or no page has text (a scan without OCR).
    """
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:
        raise IngestError(
            "read", "missing_library", "reading .pdf needs pypdf: pip install 'provex[pdf]'"
        ) from None
    import io
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd files are not ours to print
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError("pdf", "encrypted", "the PDF is encrypted: save a copy without a password")
        pages = [(page.extract_text() or "") for page in reader.pages]
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise IngestError(
            "pdf",
            "unreadable_pdf",
            f"not a readable PDF ({error}): a damaged or cut-short file; download or export it again",
        ) from None
    pages = [
        page.replace("\r\n", "\n").replace("\r", "\n").replace(PAGE_BREAK, " ").rstrip("\n") for page in pages
    ]
    if not any(page.strip() for page in pages):
        raise IngestError(
            "pdf",
            "no_text_layer",
            f"the PDF has {counted(len(pages), 'page')} but no text layer (a scanned document?): "
            "run OCR on it first",
        )
    return f"\n{PAGE_BREAK}\n".join(pages)


def _page_text(text: str) -> str:
    """One page's text: newlines only, no form feed of its own (it would read as a page break)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace(PAGE_BREAK, " ").rstrip("\n")


def docx_to_text(data: bytes) -> str:
    """The text of a Word document (python-docx): one line per paragraph, a table row per line.

    Paragraphs and tables come in document order; a line break inside a
    paragraph starts a new line; the cells of a table row are joined by tabs.
    Raises IngestError when python-docx is missing or the file is not a .docx.
    """
    try:
        import docx
    except ImportError:
        raise IngestError(
            "read", "missing_library", "reading .docx needs python-docx: pip install 'provex[docx]'"
        ) from None
    import io
    import zipfile

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise IngestError(
            "docx",
            "unreadable_docx",
            f"not a readable Word (.docx) file ({error}): a damaged file, or an old .doc renamed; "
            "save it again as .docx from Word or LibreOffice",
        ) from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                lines.append("\t".join(cell.text.replace("\n", " ") for cell in row.cells))
        else:
            lines.extend(block.text.split("\n"))
    if not any(line.strip() for line in lines):
        raise IngestError(
            "docx", "no_text", "the Word document has no text (only images?); run OCR on it or remove it"
        )
    return "\n".join(lines)


def page_of_line(lines: Iterable[str], line_no: int) -> int:
    """The page (from 1) of line `line_no` of a PDF's text: 1 + the page breaks above it."""
    page = 1
    for number, line in enumerate(lines, start=1):
        if number >= line_no:
            break
        if line == PAGE_BREAK:
            page += 1
    return page


def read_source(path: Path | str) -> SourceText:
    """Read one input file into a SourceText (bytes hashed, text decoded, split).

    Raises IngestError with a message a user can act on.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(
            "read", "file_missing", "the file disappeared before it could be read; run again once it is back"
        ) from None
    except PermissionError:
        raise IngestError(
            "read",
            "permission_denied",
            "no permission to read the file; give the user running provex read access "
            "(chmod a+r) and run again",
        ) from None
    except IsADirectoryError:
        raise IngestError(
            "read",
            "not_a_file",
            "expected a file, found a folder; give the folder itself to read what is in it",
        ) from None
    except OSError as error:
        raise IngestError(
            "read",
            "read_failed",
            f"could not read the file: {error.strerror or error}; check the disk or mount, then run again",
        ) from None
    suffix = path.suffix.lower()
    meta: dict = {}
    if suffix in PDF_SUFFIXES or suffix in DOCX_SUFFIXES:
        kind = "pdf" if suffix in PDF_SUFFIXES else "docx"
        text = pdf_to_text(data) if kind == "pdf" else docx_to_text(data)
        decoded = DecodedText(text, kind)
    else:
        decoded = decode_bytes(data)
        kind = "html" if suffix in HTML_SUFFIXES else "text"
        text = html_to_text(decoded.text) if kind == "html" else decoded.text
        if kind == "html":
            # Imported here: finding the inputs of a run (`discover_inputs`) does not need it.
            from pipeline.stages.webmeta import page_metadata

            meta = page_metadata(decoded.text)
    return SourceText(
        source_path=str(path),
        file_name=path.name,
        source_kind=kind,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        encoding=decoded.encoding,
        text=text,
        lines=split_lines(text),
        invalid_bytes=decoded.invalid_bytes,
        meta=meta,
    )
