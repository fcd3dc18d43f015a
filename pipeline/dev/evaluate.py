"""Scoring against hand annotations (`provex eval`), as the gold schema says.

Per type: a predicted span matches a gold span of the same type on the same
line when they overlap — any overlap for figures and dates, at least half of
the longer span for organisations and projects. Matching is one to one
(largest overlap first). A gold record marked `optional` neither rewards nor
punishes. Matched figures and dates are checked for value accuracy.
Boilerplate is scored per line.
"""

from __future__ import annotations

import json
import math
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.core.entity import REGISTRY, EntitySpec


def gold_types() -> dict[str, EntitySpec]:
    """Gold record type (`figure`, `date`, `org`, `project`, ...) -> the spec of its table."""
    return REGISTRY.by_gold_type()


@dataclass
class TypeScore:
    """Counts and the listed errors of one record type."""

    record_type: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    values_correct: int = 0
    values_checked: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    wrong_values: list[dict[str, Any]] = field(default_factory=list)
    by_rule: dict[str, list[int]] = field(default_factory=dict)  # rule_id -> [TP, FP, wrong values]

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted."""
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when there was nothing to find."""
        relevant = self.true_positives + self.false_negatives
        return self.true_positives / relevant if relevant else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def value_accuracy(self) -> float | None:
        """Share of matched spans whose value is right (None when unchecked)."""
        return self.values_correct / self.values_checked if self.values_checked else None


@dataclass
class EvaluationReport:
    """Scores per type plus the boilerplate line score."""

    scores: dict[str, TypeScore]
    boilerplate: TypeScore
    halves: dict[str, EvaluationReport] = field(default_factory=dict)  # "tune"/"check" by site
    documents: int = 0
    # The types (and "boilerplate") the gold set annotates at all; None: every type.
    annotated: frozenset[str] | None = None


def _overlap(first: tuple[int, int], second: tuple[int, int]) -> int:
    return max(0, min(first[1], second[1]) - max(first[0], second[0]))


def spans_match(record_type: str, predicted: tuple[int, int], gold: tuple[int, int]) -> bool:
    """Whether a predicted span counts as finding a gold span of this type."""
    overlap = _overlap(predicted, gold)
    if gold_types()[record_type].span_match == "half":
        longer = max(predicted[1] - predicted[0], gold[1] - gold[0])
        return overlap * 2 >= longer and overlap > 0
    return overlap > 0


def _same_number(first: Any, second: Any) -> bool:
    if first is None or second is None:
        return first is None and second is None
    return math.isclose(float(first), float(second), rel_tol=1e-6, abs_tol=1e-9)


def value_matches(record_type: str, predicted: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether a matched prediction carries the gold value: every value column of its spec agrees.

    Numbers agree within a relative 1e-6, dates as ISO days, other columns
    exactly; a column the gold record leaves out must be empty.
    """
    spec = gold_types()[record_type]
    kinds = {column.name: column.kind for column in spec.columns}
    for name in spec.value_columns:
        if kinds[name] == "float":
            agrees = _same_number(predicted.get(name), gold.get(name))
        elif kinds[name] == "date":
            agrees = _iso(predicted.get(name)) == gold.get(name)
        else:
            agrees = predicted.get(name) == gold.get(name)
        if not agrees:
            return False
    return True


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def score_type(
    record_type: str, gold: Iterable[dict[str, Any]], predicted: Iterable[dict[str, Any]]
) -> TypeScore:
    """Score predictions of one type; both carry doc, line, start, end.

    Predictions are matched one to one to required gold first (largest
    overlap first), then to optional gold (ignored either way).
    """
    score = TypeScore(record_type)
    gold_by_line: dict[tuple[str, int], list[dict]] = defaultdict(list)
    predicted_by_line: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for record in gold:
        gold_by_line[(record["doc"], record["line"])].append(record)
    for record in predicted:
        predicted_by_line[(record["doc"], record["line"])].append(record)
    for key in sorted(set(gold_by_line) | set(predicted_by_line)):
        _score_line(record_type, gold_by_line.get(key, []), predicted_by_line.get(key, []), score)
    return score


def _score_line(record_type: str, gold: list[dict], predicted: list[dict], score: TypeScore) -> None:
    unmatched = list(range(len(predicted)))
    for optional in (False, True):
        candidates = [record for record in gold if bool(record.get("optional")) == optional]
        pairs = sorted(
            (-_overlap(_span(predicted[p_index]), _span(gold_record)), p_index, g_index)
            for p_index in unmatched
            for g_index, gold_record in enumerate(candidates)
            if spans_match(record_type, _span(predicted[p_index]), _span(gold_record))
        )
        used_gold: set[int] = set()
        for _, p_index, g_index in pairs:
            if p_index not in unmatched or g_index in used_gold:
                continue
            unmatched.remove(p_index)
            used_gold.add(g_index)
            if optional:
                continue
            score.true_positives += 1
            tally = _rule_tally(score, predicted[p_index])
            tally[0] += 1
            if gold_types()[record_type].value_columns:
                score.values_checked += 1
                if value_matches(record_type, predicted[p_index], candidates[g_index]):
                    score.values_correct += 1
                else:
                    tally[2] += 1
                    score.wrong_values.append({"gold": candidates[g_index], "predicted": predicted[p_index]})
        if not optional:
            for g_index, record in enumerate(candidates):
                if g_index not in used_gold:
                    score.false_negatives += 1
                    score.misses.append({"kind": "missed", **record})
    for p_index in unmatched:
        score.false_positives += 1
        _rule_tally(score, predicted[p_index])[1] += 1
        score.misses.append({"kind": "spurious", **predicted[p_index]})


def _rule_tally(score: TypeScore, predicted: dict[str, Any]) -> list[int]:
    return score.by_rule.setdefault(str(predicted.get("rule_id") or "?"), [0, 0, 0])


def _span(record: dict[str, Any]) -> tuple[int, int]:
    return record["start"], record["end"]


def score_boilerplate(gold_lines: set[tuple[str, int]], predicted_lines: set[tuple[str, int]]) -> TypeScore:
    """Line-level precision/recall of boilerplate verdicts."""
    score = TypeScore("boilerplate")
    score.true_positives = len(gold_lines & predicted_lines)
    score.false_positives = len(predicted_lines - gold_lines)
    score.false_negatives = len(gold_lines - predicted_lines)
    score.misses = [
        {"kind": "missed", "doc": doc, "line": line} for doc, line in sorted(gold_lines - predicted_lines)
    ]
    score.misses += [
        {"kind": "spurious", "doc": doc, "line": line} for doc, line in sorted(predicted_lines - gold_lines)
    ]
    return score


def predictions_from_output(out_dir: Path) -> tuple[dict[str, list[dict]], set[tuple[str, int]], dict]:
    """Read a run's tables as gold-shaped records (doc = file name).

    Returns (predictions per gold type, boilerplate lines, raw lines by
    (doc, line) for printing misses).
    """
    import pandas as pd

    documents = pd.read_parquet(out_dir / "documents")
    file_of = dict(zip(documents["doc_id"], documents["file_name"], strict=True))
    lines = pd.read_parquet(out_dir / "lines")
    raw_lines = {
        (file_of[row.doc_id], int(row.line_no)): row.raw_text for row in lines.itertuples(index=False)
    }
    boilerplate = {
        (file_of[row.doc_id], int(row.line_no)) for row in lines.itertuples(index=False) if row.is_boilerplate
    }
    predictions: dict[str, list[dict]] = {}
    for record_type, spec in gold_types().items():
        frame = pd.read_parquet(out_dir / spec.table)
        records = []
        for row in frame.to_dict("records"):
            row["doc"] = file_of[row["doc_id"]]
            row["line"] = int(row["line_no"])
            row["text"] = row["raw_text"]
            records.append({key: (None if _is_missing(value) else value) for key, value in row.items()})
        predictions[record_type] = records
    return predictions, boilerplate, raw_lines


def _is_missing(value: Any) -> bool:
    try:
        return bool(value is None or (isinstance(value, float) and math.isnan(value)))
    except TypeError:
        return False


def evaluate_against_gold(
    gold_path: Path, docs_dir: Path, manifest: Path | None = None, rules: Path | None = None
) -> EvaluationReport:
    """Run the pipeline on `docs_dir` (into a temporary folder) and score it.

    With a `manifest` (a TSV/CSV with `id` = file stem and `url`), the run
    is given it (each document's url, publication date, region), and the
    documents are also scored in two halves split by site (`split_by_site`):
    rules are tuned on `tune` and checked on `check`. `rules` is another
    rules folder.
    """
    from pipeline.batch.run import run_batch

    gold = [
        json.loads(line) for line in Path(gold_path).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    with tempfile.TemporaryDirectory(prefix="provex-eval-") as temporary:
        out_dir = Path(temporary) / "output"
        run_batch([docs_dir], out_dir, rules=rules, manifest=manifest)
        predictions, boilerplate, raw_lines = predictions_from_output(out_dir)
    annotated_docs = {record["doc"] for record in gold}
    report = _score(gold, predictions, boilerplate, raw_lines, annotated_docs)
    report.annotated = frozenset(record["type"] for record in gold)
    if manifest is not None:
        halves = split_by_site(read_manifest(manifest))
        for half, stems in halves.items():
            documents = {doc for doc in annotated_docs if Path(doc).stem in stems}
            report.halves[half] = _score(gold, predictions, boilerplate, raw_lines, documents)
    return report


def _score(
    gold: list[dict[str, Any]],
    predictions: dict[str, list[dict]],
    boilerplate: set[tuple[str, int]],
    raw_lines: dict,
    documents: set[str],
) -> EvaluationReport:
    """Scores of the gold records and predictions of `documents` only."""
    scores = {}
    for record_type in gold_types():
        gold_of_type = [
            record for record in gold if record["type"] == record_type and record["doc"] in documents
        ]
        predicted = [record for record in predictions[record_type] if record["doc"] in documents]
        scores[record_type] = score_type(record_type, gold_of_type, predicted)
    boilerplate_gold = [
        record for record in gold if record["type"] == "boilerplate" and record["doc"] in documents
    ]
    required = {(record["doc"], record["line"]) for record in boilerplate_gold if not record.get("optional")}
    optional = {(record["doc"], record["line"]) for record in boilerplate_gold if record.get("optional")}
    predicted_boilerplate = {key for key in boilerplate if key[0] in documents} - optional
    boilerplate_score = score_boilerplate(required, predicted_boilerplate)
    for score in [*scores.values(), boilerplate_score]:
        for miss in score.misses:
            miss["line_text"] = raw_lines.get((miss["doc"], miss["line"]), "")
    return EvaluationReport(scores=scores, boilerplate=boilerplate_score, documents=len(documents))


# Second-level labels under which a site's own name is the third label from the right.
_SECOND_LEVEL = {"com", "gov", "org", "net", "edu", "ac", "co"}


def site_of(url: str) -> str:
    """The site an article comes from: its registrable domain (`finance.sina.com.cn` -> `sina.com.cn`)."""
    from urllib.parse import urlsplit

    labels = (urlsplit(url).hostname or url).lower().split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def split_by_site(rows: Iterable[dict[str, str]]) -> dict[str, set[str]]:
    """Document ids in two halves, `tune` and `check`, no site in both.

    Sites are taken in the order of a hash of their name (so the split does
    not follow the order of the manifest) and each goes to the half with
    fewer documents so far: the halves differ by at most one site's articles.
    """
    import hashlib

    by_site: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_site[site_of(row.get("url") or row["id"])].append(row["id"])
    halves: dict[str, set[str]] = {"tune": set(), "check": set()}
    for site in sorted(by_site, key=lambda name: hashlib.sha1(name.encode("utf-8")).hexdigest()):
        smaller = min(halves, key=lambda half: (len(halves[half]), half == "check"))
        halves[smaller].update(by_site[site])
    return halves


def read_manifest(path: Path) -> list[dict[str, str]]:
    """The rows of a TSV or CSV manifest with a header (`id`, `url`, ...)."""
    import csv

    text = Path(path).read_text(encoding="utf-8")
    dialect = "excel-tab" if "\t" in text.splitlines()[0] else "excel"
    return list(csv.DictReader(text.splitlines(), dialect=dialect))


def format_report(report: EvaluationReport) -> str:
    """The score table `provex eval` prints; with halves, their F1 and value accuracy beside the whole."""
    header = f"{'type':<12}{'P':>7}{'R':>7}{'F1':>7}{'value acc':>11}{'TP':>6}{'FP':>6}{'FN':>6}"
    halves = list(report.halves.items())
    for half, part in halves:
        header += f"  {half} ({part.documents} docs): F1 / acc"
    rows = [header]
    for name, score in [*report.scores.items(), ("boilerplate", report.boilerplate)]:
        if not _is_annotated(report, name):
            # A set that annotates only some types (names, say) scores no other type: 0.000 would mislead.
            found = score.false_positives
            rows.append(f"{score.record_type:<12}not annotated in this gold set: not scored ({found} found)")
            continue
        row = (
            f"{score.record_type:<12}{score.precision:7.3f}{score.recall:7.3f}{score.f1:7.3f}"
            f"{_accuracy(score):>11}{score.true_positives:6d}{score.false_positives:6d}{score.false_negatives:6d}"
        )
        for half, part in halves:
            other = part.boilerplate if name == "boilerplate" else part.scores[name]
            cell = f"{other.f1:.3f} / {_accuracy(other) or '-'}"
            row += f"  {cell:>{len(half) + len(str(part.documents)) + 20}}"
        rows.append(row)
    return "\n".join(rows)


def _is_annotated(report: EvaluationReport, name: str) -> bool:
    """Whether the gold set annotates this type (or boilerplate) at all."""
    return report.annotated is None or name in report.annotated


def _accuracy(score: TypeScore) -> str:
    return "" if score.value_accuracy is None else f"{score.value_accuracy:.3f}"


def format_by_rule(report: EvaluationReport) -> str:
    """Each rule's true and false positives (and wrong values): a rule right on one article and wrong
    elsewhere shows up here. Sorted by false positives, then by rule."""
    rows = [f"{'rule':<44}{'TP':>6}{'FP':>6}{'P':>7}{'wrong':>7}"]
    tallies = [
        (rule, tally)
        for name, score in report.scores.items()
        if _is_annotated(report, name)
        for rule, tally in score.by_rule.items()
    ]
    for rule, (true, false, wrong) in sorted(tallies, key=lambda item: (-item[1][1], item[0])):
        precision = true / (true + false) if true + false else 1.0
        rows.append(f"{rule:<44}{true:6d}{false:6d}{precision:7.3f}{wrong:7d}")
    return "\n".join(rows)


def format_misses(report: EvaluationReport) -> str:
    """Every false negative, false positive and wrong value, with its line."""
    out = []
    for name, score in [*report.scores.items(), ("boilerplate", report.boilerplate)]:
        if not _is_annotated(report, name) or (not score.misses and not score.wrong_values):
            continue
        out.append(f"\n== {score.record_type}")
        for miss in score.misses:
            text = miss.get("text", "")
            out.append(f"{miss['kind']:<9}{miss['doc']}:{miss['line']}  {text!r}")
            out.append(f"         | {miss.get('line_text', '')[:160]}")
        for wrong in score.wrong_values:
            gold, predicted = wrong["gold"], wrong["predicted"]
            keys = gold_types()[score.record_type].value_columns
            gold_values = {key: gold.get(key) for key in keys if gold.get(key) is not None}
            predicted_values = {
                key: _iso(predicted.get(key)) if "date" in key else predicted.get(key)
                for key in keys
                if predicted.get(key) is not None
            }
            out.append(
                f"value    {gold['doc']}:{gold['line']}  {gold['text']!r}  "
                f"gold {gold_values}  got {predicted_values}"
            )
    return "\n".join(out)


@dataclass(frozen=True)
class GoldSet:
    """One annotated set: its gold file, the folder of the articles it annotates, and a site manifest."""

    name: str
    gold: Path
    docs: Path
    manifest: Path | None = None


def gold_sets(root: Path, shared: Path) -> tuple[list[GoldSet], list[str]]:
    """The annotated sets `provex eval` scores by default, and why each missing one was skipped.

    The seeds' gold ships in `eval/` of a clone (`root`); the development
    articles are other people's text and are read from `shared`
    (`../shared` or $PROVEX_SHARED) only when it is there.
    """
    found: list[GoldSet] = []
    skipped: list[str] = []
    seeds = GoldSet("seeds", root / "eval" / "seeds.jsonl", root / "seeds")
    if seeds.gold.is_file() and seeds.docs.is_dir():
        found.append(seeds)
    else:
        skipped.append(
            f"seeds: {seeds.gold} or {seeds.docs} not found (run from the root of a clone, "
            "or give GOLD and --docs)"
        )
    articles = shared / "gold" / "articles"
    manifest = articles / "SOURCES.tsv"
    development = GoldSet(
        "development articles",
        shared / "gold" / "articles.jsonl",
        articles,
        manifest if manifest.is_file() else None,
    )
    if development.gold.is_file() and development.docs.is_dir():
        found.append(development)
    else:
        skipped.append(
            f"development articles: {development.gold} not found. They are other people's articles, "
            "so they are not shipped; set PROVEX_SHARED to the folder holding gold/articles.jsonl"
        )
    return found, skipped
