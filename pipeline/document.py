"""One document through every stage: source -> lines -> verdicts -> spans -> mentions.

`process_document` is pure apart from the time stamp of its row: text in,
rows and mentions out. The batch runner, the Python API and the warm-up
all go through it.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from pipeline.core.entity import REGISTRY
from pipeline.core.records import (
    BoilerplateVerdict,
    DocumentContext,
    LineContext,
    Mention,
    NormalisedLine,
    SourceText,
    article_lines,
    display_path,
)
from pipeline.core.version import VERSION as __version__
from pipeline.extractors.mentions import to_mentions
from pipeline.rules.ruleset import RuleSet
from pipeline.stages.align import Bilingual, pair_document
from pipeline.stages.boilerplate import classify_lines
from pipeline.stages.docinfo import date_from_url, find_doc_date, find_title
from pipeline.stages.ingest import split_lines
from pipeline.stages.normalise import normalise_lines
from pipeline.stages.webmeta import extra_meta, merge_meta, parse_published, region_of


@dataclass
class DocumentResult:
    """Everything one document contributes: its row, its lines with verdicts, its mentions."""

    document: dict[str, Any]
    lines: Sequence[NormalisedLine]
    verdicts: Sequence[BoilerplateVerdict]
    mentions: list[Mention]
    bilingual: Bilingual = field(default_factory=Bilingual)  # line pairs, mention links, drift


class StageClock:
    """Adds up seconds per stage name; `stage(name)` times a `with` block."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._started = 0.0
        self._name = ""

    def start(self, name: str) -> None:
        """Close the running stage (if any) and start timing `name`."""
        now = time.perf_counter()
        if self._name:
            self.seconds[self._name] = self.seconds.get(self._name, 0.0) + now - self._started
        self._name, self._started = name, now

    def stop(self) -> None:
        """Close the running stage."""
        self.start("")


def process_document(
    source: SourceText,
    ruleset: RuleSet,
    doc_date: date | None = None,
    clock: StageClock | None = None,
    region: str | None = None,
    meta: Mapping[str, str] | None = None,
) -> DocumentResult:
    """Run every stage on one decoded source with `ruleset`; returns its rows and mentions.

    `meta` is what a manifest says of the input (`url`, `published`,
    `region`, `site`, `title`, `language`, others); it wins over what the
    source says of itself (`source.meta`: a page's own metadata, a record's
    fields). The document's date is the one its text states, else the
    `published` date, else a full date in the directories of its `url`
    (`documents.doc_date_source`: `text`, `published`, `url` or null);
    `doc_date`, when given, replaces them. `region` is the place of
    publication (default: from the metadata, see `region_of`). `clock`,
    when given, receives the seconds spent per stage. Every entity type of
    `REGISTRY` is extracted, in registry order.
    """
    clock = clock or StageClock()
    metadata = merge_meta(source.meta, meta)
    published = parse_published(metadata.get("published"))
    region = region or region_of(metadata)
    clock.start("normalise")
    lines = normalise_lines(source.lines, ruleset)
    clock.start("boilerplate")
    verdicts = classify_lines(lines, ruleset)
    clock.start("docinfo")
    text_date = None if doc_date else find_doc_date(lines, verdicts, ruleset, metadata.get("url"))
    doc_date_source = "text" if text_date else ("published" if doc_date or published else None)
    doc_date = doc_date or text_date or published
    if doc_date is None:
        doc_date = date_from_url(metadata.get("url"), ruleset)
        doc_date_source = "url" if doc_date else None
    title = find_title(lines, verdicts, ruleset) or metadata.get("title")
    traditional = any("t2s" in line.flags for line in lines)
    context = DocumentContext(doc_date=doc_date, title=title, region=region, traditional=traditional)
    article = [
        LineContext(line.line_no, line.norm_text, line.lang) for line in article_lines(lines, verdicts)
    ]
    mentions: list[Mention] = []
    for spec in REGISTRY.specs():
        clock.start(spec.table)
        spans = spec.find_spans()(article, context, ruleset)
        clock.start("offsets")
        mentions.extend(to_mentions(source.doc_id, spans, lines))
    clock.start("align")
    bilingual = pair_document(article, mentions, ruleset)
    clock.start("rows")
    doc_id = source.doc_id
    languages = sorted({line.lang for line in lines if line.lang != "none"})
    document = {
        "doc_id": doc_id,
        "source_path": display_path(source.source_path),
        "file_name": display_path(source.file_name),
        "source_kind": source.source_kind,
        "sha256": source.sha256,
        "bytes": source.bytes,
        "encoding": source.encoding,
        "title": title,
        "doc_date": doc_date,
        "n_lines": len(lines),
        "languages": languages,
        "pipeline_version": __version__,
        "rules_hash": ruleset.hash,
        "processed_at": datetime.now(UTC),
        "duplicate_paths": [],
        "record": source.record,
        "url": metadata.get("url"),
        "published": published,
        "region": region,
        "site": metadata.get("site"),
        "doc_date_source": doc_date_source,
        "meta": extra_meta(metadata) or None,
    }
    clock.stop()
    return DocumentResult(
        document=document, lines=lines, verdicts=verdicts, mentions=mentions, bilingual=bilingual
    )


def source_from_text(text: str, name: str = "<text>") -> SourceText:
    """Wrap a string as a SourceText, as if it were a UTF-8 file."""
    data = text.encode("utf-8")
    return SourceText(
        source_path=name,
        file_name=name,
        source_kind="text",
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        encoding="utf-8",
        text=text,
        lines=split_lines(text),
    )


# A bilingual snippet that exercises every stage, so that processing it builds
# every lazily compiled pattern, automaton and converter of a rule set.
WARM_UP_TEXT = (
    "北京市昌平區2023年3月新增企業120家，投資總額約3.5億元，同比增長10%。\n"
    "The park's revenue rose 12% to $3.5 billion in March 2023, said Acme Inc.\n"
    "版权所有 © 2023\n"
)


# A line that makes every stage and extractor compile its rules (and so check
# them) while naming nothing: resources a stage loads only for a candidate name
# (jieba's dictionary) are left to the workers, which warm up on WARM_UP_TEXT.
CHECK_TEXT = "2023年3月5日\n"


def check_rules(ruleset: RuleSet) -> None:
    """Compile and check every stage's rules of `ruleset`, once.

    Raises RuleFileError (`file:line: reason`) for a rule that cannot be
    used, before any document is processed.
    """
    process_document(source_from_text(CHECK_TEXT, name="<check>"), ruleset)
