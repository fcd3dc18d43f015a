"""`provex audit`: one mention traced to its source, and --verify over all of them."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from pipeline.batch.run import run_batch
from pipeline.cli import main
from pipeline.read.audit import (
    CHANGED,
    MISSING,
    VERIFIED,
    MentionLookupError,
    VerifySummary,
    audit_mention,
    find_mention,
    format_value,
    highlight,
    locate_rule,
    verify_output,
)
from pipeline.read.output import load
from tests.conftest import SEEDS

ARTICLE = "园区规划总面积约7.2平方公里,入驻企业600多家。\n2021年营收达到739亿元。\n"


@pytest.fixture(scope="module")
def seeds_output(tmp_path_factory):
    """A run on a copy of the seeds (absolute source paths): the output folder."""
    root = tmp_path_factory.mktemp("audit-seeds")
    shutil.copytree(SEEDS, root / "seeds")
    run_batch([root / "seeds"], root / "out")
    return root / "out"


@pytest.fixture
def small_output(tmp_path):
    """(output folder, source file) of a run on one small article."""
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    run_batch([source], tmp_path / "out")
    return tmp_path / "out", source


def _figure(out_dir, raw_text: str) -> dict:
    figures = load(out_dir).figures
    rows = figures[figures["raw_text"] == raw_text]
    assert len(rows) == 1, f"expected one figure {raw_text!r}, found {len(rows)}"
    return rows.iloc[0].to_dict()


def _audit(out_dir, *args: str):
    return CliRunner().invoke(main, ["audit", *args, "--out", str(out_dir)])


# --- the command ----------------------------------------------------------------------------


def test_audit_prints_line_span_value_rule_and_verified_source(small_output):
    out_dir, source = small_output
    figure = _figure(out_dir, "约7.2平方公里")
    result = _audit(out_dir, figure["mention_id"])
    assert result.exit_code == 0, result.output
    assert "园区规划总面积[[约7.2平方公里]],入驻企业" in result.output
    assert "value=7.2" in result.output and "unit=km2" in result.output
    assert figure["rule_id"] in result.output
    assert "rules/figures.yaml:" in result.output
    assert "verified" in result.output
    assert source.name in result.output
    assert "\x1b[" not in result.output  # no colour codes when not on a terminal


def test_an_audit_in_a_notebook_shows_as_the_command_prints_it(small_output):
    pretty = pytest.importorskip("IPython.lib.pretty").pretty
    out_dir, _ = small_output
    figure = _figure(out_dir, "约7.2平方公里")
    record = load(out_dir).audit(figure["mention_id"][:10])
    printed = _audit(out_dir, figure["mention_id"]).output
    assert str(record) + "\n" == printed
    assert pretty(record) == str(record)
    assert repr(record).startswith("AuditRecord(")


def test_audit_accepts_a_unique_prefix_of_the_id(small_output):
    out_dir, _source = small_output
    figure = _figure(out_dir, "739亿元")
    result = _audit(out_dir, figure["mention_id"][:7])
    assert result.exit_code == 0, result.output
    assert figure["mention_id"] in result.output
    assert "[[739亿元]]" in result.output


def test_audit_colours_the_span_when_asked(small_output):
    out_dir, _source = small_output
    figure = _figure(out_dir, "739亿元")
    result = _audit(out_dir, figure["mention_id"], "--colour")
    assert result.exit_code == 0, result.output
    assert "\x1b[" in result.output
    assert "[[" not in result.output


def test_audit_of_an_unknown_id_exits_2_with_a_message(small_output):
    out_dir, _source = small_output
    result = _audit(out_dir, "ffffffffffffffff")
    assert result.exit_code == 2
    assert "no mention id starts with" in result.output


def test_audit_of_an_ambiguous_prefix_lists_candidates(seeds_output):
    ids = load(seeds_output).figures["mention_id"]
    prefix = next(p for p in "0123456789abcdef" if ids.str.startswith(p).sum() > 1)
    result = _audit(seeds_output, prefix)
    assert result.exit_code == 2
    assert "ambiguous" in result.output


def test_audit_without_id_or_verify_is_a_usage_error(small_output):
    out_dir, _source = small_output
    result = _audit(out_dir)
    assert result.exit_code == 2
    assert "--verify" in result.output


def test_audit_of_a_changed_source_says_changed_and_exits_1(small_output):
    out_dir, source = small_output
    figure = _figure(out_dir, "739亿元")
    source.write_text(ARTICLE.replace("739", "793"), encoding="utf-8")
    result = _audit(out_dir, figure["mention_id"])
    assert result.exit_code == 1
    assert CHANGED in result.output


def test_audit_of_a_missing_source_says_missing_and_exits_1(small_output):
    out_dir, source = small_output
    figure = _figure(out_dir, "739亿元")
    source.unlink()
    result = _audit(out_dir, figure["mention_id"])
    assert result.exit_code == 1
    assert MISSING in result.output


def test_audit_of_a_folder_without_output_is_a_usage_error(tmp_path):
    result = _audit(tmp_path, "abc")
    assert result.exit_code == 2
    assert "provex run" in result.output


# --- verify ---------------------------------------------------------------------------------


def test_verify_counts_every_seed_mention_as_verified(seeds_output):
    output = load(seeds_output)
    total = sum(len(getattr(output, table)) for table in output.mention_tables)
    result = _audit(seeds_output, "--verify")
    assert result.exit_code == 0, result.output
    assert f"{total} mentions in 5 documents" in result.output
    summary = verify_output(output)
    assert (summary.verified, summary.source_changed, summary.not_round_tripping) == (total, 0, 0)


def test_verify_reports_spans_that_no_longer_round_trip_after_an_edit(small_output):
    out_dir, source = small_output
    source.write_text("新的第一行。\n" + ARTICLE, encoding="utf-8")  # every line moves down
    summary = verify_output(load(out_dir))
    assert summary.source_changed == summary.mentions > 0
    assert summary.not_round_tripping > 0
    assert summary.verified == 0
    result = _audit(out_dir, "--verify")
    assert result.exit_code == 1
    assert "no longer at" in result.output


def test_verify_an_edit_that_keeps_lines_is_changed_but_round_trips(small_output):
    out_dir, source = small_output
    source.write_text(ARTICLE + "追加的一行。\n", encoding="utf-8")
    summary = verify_output(load(out_dir))
    assert summary.source_changed == summary.mentions
    assert summary.not_round_tripping == 0


def test_verify_counts_a_missing_source(small_output):
    out_dir, source = small_output
    source.unlink()
    summary = verify_output(load(out_dir))
    assert summary.source_missing == summary.mentions > 0
    assert summary.documents[MISSING] == 1
    assert not summary.ok


# --- pieces ---------------------------------------------------------------------------------


def test_find_mention_rejects_non_hex_input(small_output):
    out_dir, _source = small_output
    with pytest.raises(MentionLookupError, match="not a mention id"):
        find_mention(load(out_dir), "xyz")


def test_audit_record_of_traditional_text_highlights_raw_and_normalised(tmp_path):
    source = tmp_path / "traditional.txt"
    source.write_text("園區總用地面積約4.7平方公里。\n", encoding="utf-8")
    run_batch([source], tmp_path / "out")
    output = load(tmp_path / "out")
    figure = output.figures.iloc[0]
    record = audit_mention(output, figure["mention_id"])
    assert record.source.status == VERIFIED and record.round_trips
    raw_line = record.line["raw_text"]
    assert raw_line[figure["start"] : figure["end"]] == "約4.7平方公里"
    norm_start, norm_end = record.norm_span
    assert record.line["norm_text"][norm_start:norm_end] == "约4.7平方公里"


@pytest.mark.parametrize(
    ("text", "rule_id", "expected_line"),
    [
        ("a:\n  - {id: area_km2, words: [x]}\n", "demo:area_km2", 2),  # flow style
        ("a:\n  - id: park\n    words: [x]\n", "demo:park", 2),  # block style
        ("a:\n  - {id: park_short}\n  - {id: park}\n", "demo:park", 3),  # not a prefix match
        ("# id: park is described here\na:\n  - id: 'park'\n", "demo:park", 3),  # comments skipped
        ("structure:\n  repeated_line:\n    min: 3\n", "demo:repeated_line", 2),  # keyed by name
    ],
)
def test_locate_rule_finds_the_line_of_the_rule(tmp_path, text, rule_id, expected_line):
    (tmp_path / "demo.yaml").write_text(text, encoding="utf-8")
    assert locate_rule(rule_id, tmp_path).line == expected_line


def test_locate_rule_maps_boilerplate_rules_to_their_file(tmp_path):
    (tmp_path / "boilerplate.yaml").write_text("markers:\n  - id: copyright\n", encoding="utf-8")
    location = locate_rule("marker:copyright", tmp_path)
    assert (location.path.name, location.line) == ("boilerplate.yaml", 2)


def test_locate_rule_of_an_unknown_id_says_so(tmp_path):
    (tmp_path / "demo.yaml").write_text("a:\n  - id: park\n", encoding="utf-8")
    location = locate_rule("demo:nothing", tmp_path)
    assert location.line is None
    assert "not found" in location.describe()


def test_every_rule_id_in_the_seed_output_is_found_in_rules(seeds_output):
    output = load(seeds_output)
    rule_ids = set()
    for table in output.mention_tables:
        rule_ids.update(getattr(output, table)["rule_id"])
    rule_ids.update(output.lines["boilerplate_rule"].dropna())
    missing = sorted(rule_id for rule_id in rule_ids if locate_rule(rule_id).line is None)
    assert missing == []


def test_highlight_marks_the_span_and_trims_context():
    assert highlight("abcdefgh", 3, 5, colour=False) == "abc[[de]]fgh"
    assert highlight("abcdefgh", 3, 5, colour=False, context=1) == "…c[[de]]f…"


def test_format_value_drops_needless_decimals():
    assert format_value(7.2) == "7.2"
    assert format_value(73900000000.0) == "73,900,000,000"
    assert format_value(20.0) == "20"


def test_verify_counts_one_in_the_singular():
    summary = VerifySummary(mentions=1, verified=0, source_missing=1)
    summary.documents[MISSING] = 1
    text = summary.describe()
    assert "1 mention in 1 document" in text and "(1 document)" in text and "(0 documents)" in text
