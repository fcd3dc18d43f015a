"""The scorer: span matching, optional records, value accuracy, boilerplate."""

from __future__ import annotations

from datetime import date

from pipeline.dev.evaluate import evaluate_against_gold, score_boilerplate, score_type, spans_match
from tests.conftest import GOLD, SEEDS, requires_gold


def _record(start, end, **fields):
    return {"doc": "a.txt", "line": 1, "start": start, "end": end, **fields}


def test_figures_and_dates_match_on_any_overlap():
    assert spans_match("figure", (0, 5), (4, 9))
    assert not spans_match("figure", (0, 4), (4, 9))


def test_orgs_and_projects_need_half_of_the_longer_span():
    assert spans_match("org", (0, 10), (0, 5))
    assert not spans_match("org", (0, 10), (0, 4))


def test_one_prediction_matches_one_gold_record_only():
    gold = [_record(0, 4, value=1, unit="count"), _record(2, 6, value=2, unit="count")]
    predicted = [_record(0, 6, value=1, unit="count", qualifier=None)]
    score = score_type("figure", gold, predicted)
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 0, 1)


def test_optional_gold_neither_rewards_nor_punishes():
    gold = [_record(0, 4, optional=True, value=1, unit="count")]
    assert score_type("figure", gold, []).f1 == 1.0
    score = score_type("figure", gold, [_record(0, 4, value=1, unit="count")])
    assert (score.true_positives, score.false_positives) == (0, 0)


def test_value_accuracy_checks_value_unit_and_qualifier():
    gold = [_record(0, 4, value=100.0, unit="CNY", qualifier="approx")]
    right = score_type("figure", gold, [_record(0, 4, value=100.0, unit="CNY", qualifier="approx")])
    wrong_qualifier = score_type("figure", gold, [_record(0, 4, value=100.0, unit="CNY", qualifier=None)])
    assert right.value_accuracy == 1.0
    assert wrong_qualifier.value_accuracy == 0.0
    assert wrong_qualifier.f1 == 1.0  # the span was still found


def test_ranges_compare_low_and_high():
    gold = [_record(0, 4, value_low=3, value_high=5, unit="count")]
    predicted = [_record(0, 4, value=None, value_low=3.0, value_high=5.0, unit="count", qualifier=None)]
    assert score_type("figure", gold, predicted).value_accuracy == 1.0


def test_dates_compare_iso_start_and_end():
    gold = [_record(0, 2, start_date="2023-01-01", end_date="2023-12-31")]
    predicted = [_record(0, 2, start_date=date(2023, 1, 1), end_date=date(2023, 12, 31))]
    assert score_type("date", gold, predicted).value_accuracy == 1.0


def test_predictions_on_other_lines_are_false_positives():
    score = score_type("org", [_record(0, 4)], [{**_record(0, 4), "line": 2}])
    assert (score.true_positives, score.false_positives, score.false_negatives) == (0, 1, 1)


def test_boilerplate_is_scored_per_line():
    score = score_boilerplate({("a", 1), ("a", 2)}, {("a", 2), ("a", 3)})
    assert (score.precision, score.recall) == (0.5, 0.5)


@requires_gold
def test_the_seeds_meet_every_development_target():
    report = evaluate_against_gold(GOLD, SEEDS)
    scores = report.scores
    assert scores["figure"].f1 >= 0.95 and scores["figure"].value_accuracy >= 0.98
    assert scores["date"].f1 >= 0.95 and scores["date"].value_accuracy >= 0.95
    assert scores["org"].f1 >= 0.90
    assert scores["project"].f1 >= 0.85
    assert report.boilerplate.precision >= 0.95 and report.boilerplate.recall >= 0.95


def test_site_of_keeps_the_registrable_domain():
    from pipeline.dev.evaluate import site_of

    assert site_of("https://finance.sina.com.cn/a/b.html") == "sina.com.cn"
    assert site_of("http://t.cj.sina.com.cn/x") == "sina.com.cn"
    assert site_of("https://www.example.gov.cn/x") == "example.gov.cn"
    assert site_of("https://news.example.com/x") == "example.com"
    assert site_of("https://www.example.com.hk/x") == "example.com.hk"


def test_split_by_site_never_puts_one_site_in_both_halves():
    from pipeline.dev.evaluate import site_of, split_by_site

    rows = [{"id": f"d{n}", "url": f"https://s{n % 5}.example{n % 5}.org/{n}"} for n in range(20)]
    halves = split_by_site(rows)
    assert halves["tune"] | halves["check"] == {row["id"] for row in rows}
    assert not halves["tune"] & halves["check"]
    sites = {half: {site_of(row["url"]) for row in rows if row["id"] in ids} for half, ids in halves.items()}
    assert not sites["tune"] & sites["check"]
    assert abs(len(halves["tune"]) - len(halves["check"])) <= 4
    assert split_by_site(list(reversed(rows))) == halves  # the order of the manifest does not matter


def test_by_rule_counts_true_and_false_positives_per_rule():
    from pipeline.dev.evaluate import EvaluationReport, TypeScore, format_by_rule

    gold = [{"doc": "a", "line": 1, "start": 0, "end": 3, "type": "org"}]
    predicted = [
        {"doc": "a", "line": 1, "start": 0, "end": 3, "rule_id": "organisations:good"},
        {"doc": "a", "line": 1, "start": 10, "end": 14, "rule_id": "organisations:bad"},
    ]
    score = score_type("org", gold, predicted)
    assert score.by_rule == {"organisations:good": [1, 0, 0], "organisations:bad": [0, 1, 0]}
    text = format_by_rule(EvaluationReport(scores={"org": score}, boilerplate=TypeScore("boilerplate")))
    assert text.splitlines()[1].startswith("organisations:bad")


def test_a_gold_set_of_names_only_scores_no_other_type(tmp_path):
    import json

    from pipeline.dev.evaluate import format_by_rule, format_misses, format_report

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "n1.txt").write_text("青禾县人民政府今年新增企业120家。\n", encoding="utf-8")
    record = {"doc": "n1.txt", "line": 1, "start": 0, "end": 7, "type": "org", "text": "青禾县人民政府"}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    report = evaluate_against_gold(gold, docs)
    table = format_report(report)
    assert "figure      not annotated in this gold set: not scored (1 found)" in table
    assert "boilerplate not annotated in this gold set" in table
    assert "org           1.000  1.000  1.000" in table
    assert "120家" not in format_misses(report)
    assert "figures:" not in format_by_rule(report)
