"""The benchmark: a deterministic corpus and a report with every measure (never timed)."""

from __future__ import annotations

import os

import pytest
import regex
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.dev import bench
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow  # runs the benchmark in new processes


def test_the_same_seed_generates_the_same_corpus(tmp_path):
    first = bench.generate_corpus(tmp_path / "a", 7, seed=3)
    second = bench.generate_corpus(tmp_path / "b", 7, seed=3)
    other = bench.generate_corpus(tmp_path / "c", 7, seed=4)
    read = lambda corpus: [p.read_bytes() for p in sorted(corpus.folder.glob("*.txt"))]  # noqa: E731
    assert read(first) == read(second)
    assert read(first) != read(other)
    assert len(set(read(first))) == 7  # every document is distinct, even repeats of one seed
    assert first.bytes == sum(map(len, read(first)))


def test_the_corpus_reports_how_many_of_its_lines_are_distinct(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "one.txt").write_text("alpha line\nalpha line\n\nbeta line\n", encoding="utf-8")

    corpus = bench.generate_corpus(tmp_path / "corpus", 10, seeds=seeds)

    assert corpus.distinct_line_share == 2 / 30  # two distinct lines among 3 per document


def test_varying_keeps_the_shape_of_numbers_and_names():
    import random

    text = "2023年昌平区新增企业120家，投资3.5亿元。Acme Inc raised 12%."
    varied = bench.vary_text(text, random.Random(0))
    assert varied != text
    assert regex.sub(r"\d", "0", varied)[4:] != ""  # still has digits
    assert [len(run) for run in regex.findall(r"\d+", varied)] == [4, 3, 1, 1, 2]
    assert 1995 <= int(varied[:4]) <= 2030
    assert varied.count("区") == 1 and varied.endswith("%.")


def test_full_width_digits_stay_full_width():
    import random

    varied = bench.vary_text("共１２０家", random.Random(1))
    assert regex.fullmatch(r"共[０-９]{3}家", varied)


def _in_this_process(monkeypatch) -> None:
    """Measures run here, not in fresh processes, so that the stubs below apply."""
    monkeypatch.setattr(bench, "in_fresh_process", lambda function, *arguments: function(*arguments))


def test_every_measure_runs_in_a_fresh_process():
    parent = os.getpid()
    assert bench.in_fresh_process(os.getpid) != parent


def test_the_report_has_every_measure(monkeypatch, tmp_path):
    _in_this_process(monkeypatch)
    monkeypatch.setattr(bench, "jionlp_extractors", lambda: (lambda text: [], lambda text: []))
    result = bench.run_benchmark(6, jobs=2, seeds=SEEDS, batch_size=2, workspace=tmp_path)
    assert [run.jobs for run in result.runs] == [1, 2]
    assert all(run.documents == 6 and run.input_bytes == result.corpus.bytes for run in result.runs)
    assert result.incremental is not None and result.peer is not None
    report = bench.format_report(result)
    expected = ["MB/s", "docs/s", "peak RSS", "incremental re-run", "of the full run", "All cores vs one"]
    expected += ["JioNLP", "x that", "| normalise |", "| figures |", "| parquet |"]
    for text in expected:
        assert text in report
    assert list(tmp_path.iterdir()) == []  # the generated corpus and outputs are removed


def test_repeated_measures_keep_the_fastest_and_report_every_time(monkeypatch, tmp_path):
    _in_this_process(monkeypatch)
    monkeypatch.setattr(bench, "jionlp_extractors", lambda: (lambda text: [], lambda text: []))
    result = bench.run_benchmark(3, jobs=2, seeds=SEEDS, batch_size=1, workspace=tmp_path, repeat=2)
    for measure in [*result.runs, result.incremental, result.peer]:
        assert len(measure.repeats) == 2
        assert measure.seconds == min(measure.repeats)
    assert result.incremental.seconds < result.runs[1].seconds  # re-ran over a complete output
    assert "fastest of 2, the runs alternating" in bench.format_report(result)
    result.runs[0].repeats.append(result.runs[0].repeats[0])
    result.runs[1].repeats.append(result.runs[1].repeats[0])
    assert "(median against median)" in bench.format_report(result)
    assert list(tmp_path.iterdir()) == []


def test_without_jionlp_the_report_says_so(monkeypatch, tmp_path):
    _in_this_process(monkeypatch)
    monkeypatch.setattr(bench, "jionlp_extractors", lambda: None)
    result = bench.run_benchmark(2, jobs=1, seeds=SEEDS, workspace=tmp_path)
    assert result.peer is None
    assert "JioNLP is not installed" in bench.format_report(result)


def test_bench_command_prints_the_tables():
    result = CliRunner().invoke(main, ["bench", "--docs", "3", "--jobs", "1", "--no-peer", "--repeat", "1"])
    assert result.exit_code == 0, result.output
    assert "| 1 job | 1 |" in result.output
    assert "Share of time per stage" in result.output


def test_reused_articles_get_other_sentences_so_lines_stay_distinct(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "园区今年新增企业。产值继续增长。\nThe park grew. Firms came.\n", encoding="utf-8"
    )
    (seeds / "b.txt").write_text(
        "项目已经开工。厂房正在建设。\nA plant opened. Jobs followed.\n", encoding="utf-8"
    )

    corpus = bench.generate_corpus(tmp_path / "corpus", 8, seeds=seeds, seed=1)

    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.folder.glob("*.txt"))]
    assert texts[0].startswith(
        "园区今年新增企业。产值继续增长。\nThe park grew. Firms came."
    )  # first use: as written
    for text in texts[2:]:
        zh, en = text.split("\n")[:2]
        assert zh.startswith(("园区今年新增企业。", "项目已经开工。"))  # the first sentence stays
        assert zh.count("。") == 2 and en.count(".") == 2
    assert corpus.distinct_line_share > 2 / 8 * 2 / 2  # more distinct than the four lines repeated
    assert corpus.sources == (str(seeds),)


def test_splicing_keeps_single_sentences_and_the_script():
    import random

    pools = {True: ["新句子。"], False: ["New one. "]}
    assert bench.splice_sentences("只有一句", pools, random.Random(0)) == "只有一句"
    assert bench.splice_sentences("第一句。第二句。", pools, random.Random(0)) == "第一句。新句子。"
    assert bench.splice_sentences("First. Second.", pools, random.Random(0)) == "First. New one. "


def test_a_run_measures_the_cpu_time_of_every_process(tmp_path):
    corpus = bench.generate_corpus(tmp_path / "corpus", 4, seeds=SEEDS)
    measured = bench.measure_run(corpus, tmp_path / "out", 2, "2 jobs", 1)
    assert measured.cpu_seconds > 0.2  # the workers' time is counted, not only this process's
    assert measured.peak_run_rss_bytes > 20 * 2**20
    report = bench.format_report(bench.BenchResult(corpus=corpus, machine="m", runs=[measured]))
    assert "CPU s" in report and "MB/s of CPU" in report and "distinct" in report


def test_a_corpus_built_from_the_seeds_says_it_cannot_be_compared(tmp_path):
    run = bench.Measurement(label="1 job", jobs=1, documents=1, input_bytes=10, seconds=1.0)
    warning = "**Warning:** no real articles were found"
    for sources, warned in [((str(bench.DEFAULT_SEEDS),), True), ((str(tmp_path),), False)]:
        corpus = bench.Corpus(tmp_path, 1, 10, sources=sources)
        assert (warning in bench.format_report(bench.BenchResult(corpus, "m", runs=[run]))) is warned


def test_with_rule_costs_the_report_ends_with_the_date_rules_by_time(monkeypatch, tmp_path):
    _in_this_process(monkeypatch)
    result = bench.run_benchmark(2, jobs=1, seeds=SEEDS, workspace=tmp_path, with_peer=False, rule_costs=True)
    assert result.rule_costs and sum(cost.matches for cost in result.rule_costs) > 0
    report = bench.format_report(result)
    assert "Date rules by matching time" in report
    assert f"| all {len(result.rule_costs)} rules |" in report
    assert "Date rules" not in bench.format_report(bench.BenchResult(result.corpus, "m", runs=result.runs))
