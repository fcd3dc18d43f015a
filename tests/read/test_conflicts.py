"""`provex conflicts`: the same quantity with different values across documents."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.batch.run import run_batch
from pipeline.cli import main
from pipeline.read.conflicts import (
    Subject,
    clause_after,
    clause_before,
    conflicts_frame,
    figure_subject,
    find_conflicts,
    heads_agree,
    subjects_match,
    words_of,
)
from pipeline.read.output import load
from tests.conftest import SEEDS

BREAKS = frozenset("，,；;。、")


def _run(tmp_path, articles: dict[str, str]):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    run_batch([folder], tmp_path / "out")
    return load(tmp_path / "out")


@pytest.fixture(scope="module")
def seed_conflicts(tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("conflicts") / "out"
    run_batch([SEEDS], out_dir)
    return find_conflicts(load(out_dir))


def _pairs(conflicts) -> set[frozenset[str]]:
    return {frozenset({conflict.first.raw_text, conflict.second.raw_text}) for conflict in conflicts}


# --- small literal inputs -------------------------------------------------------------------


def test_clause_windows_stop_at_clause_breaks_and_neighbours():
    line = "其中,一二期面积2.5平方公里,三期规划面积4.7平方公里"
    assert clause_before(line, line.index("2.5"), 0, BREAKS) == "一二期面积"
    assert clause_before(line, line.index("4.7"), 0, BREAKS) == "三期规划面积"
    assert clause_before(line, line.index("4.7"), line.index("规划"), BREAKS) == "规划面积"
    assert clause_after("入驻了600多家创新型企业,形成集群", 8, 40, BREAKS) == "创新型企业"


def test_words_drop_stop_words_numbers_and_map_synonyms():
    assert words_of("规划核心区占地") == ["规划", "核心区", "面积"]
    assert words_of("总用地面积约") == ["面积"]
    assert "约" not in words_of("澜湖科学园规划总面积约")
    assert words_of("the total area of about") == ["area"]


def test_count_subject_includes_the_counted_noun_after_the_measure_word():
    line = "园区入驻了600多家创新型医药企业,形成集群"
    start = line.index("600")
    subject = figure_subject(line, (start, start + 5), "count", "zh", (0, len(line)), span_text="600多家")
    assert subject.head == "医药企业"  # the precise word; it agrees with any head ending in 企业
    assert {"医药企业", "入驻", "园区"} <= subject.words


def test_heads_agree_when_one_ends_with_the_other():
    assert heads_agree("企业", "医药企业")
    assert not heads_agree("企业", "企业家")
    assert not heads_agree(None, "企业")


def test_subjects_need_the_same_head_and_two_shared_words():
    area = Subject("面积", frozenset({"规划", "面积", "园区"}))
    assert subjects_match(area, Subject("面积", frozenset({"规划", "面积"}))) == 1.0
    assert subjects_match(area, Subject("面积", frozenset({"面积", "一期"}))) is None  # one shared word
    assert subjects_match(area, Subject("营收", frozenset({"规划", "营收", "园区"}))) is None  # other head


def test_same_subject_different_values_across_documents_conflict(tmp_path):
    output = _run(
        tmp_path,
        {
            "a.txt": "澜湖科学园规划总面积约12平方公里,分两期建设。\n",
            "b.txt": "开发建设方面,澜湖科学园规划占地9.8平方公里。\n",
        },
    )
    conflicts = find_conflicts(output)
    assert _pairs(conflicts) == {frozenset({"约12平方公里", "9.8平方公里"})}
    conflict = conflicts[0]
    assert conflict.unit == "km2"
    assert {conflict.first.source_path, conflict.second.source_path} == {
        str(tmp_path / "in" / "a.txt"),
        str(tmp_path / "in" / "b.txt"),
    }


def test_equal_values_other_units_and_same_document_do_not_conflict(tmp_path):
    output = _run(
        tmp_path,
        {
            "a.txt": "澜湖科学园规划总面积约12平方公里。\n澜湖科学园规划总面积约15平方公里。\n",
            "b.txt": "澜湖科学园规划总面积12平方公里。\n澜湖科学园规划总面积1200亩。\n",
        },
    )
    pairs = _pairs(find_conflicts(output))
    # 12 km2 (a) vs 12 km2 (b): equal; 1200 mu: other unit; 12 vs 15 in a: same document.
    assert pairs == {frozenset({"约15平方公里", "12平方公里"})}


def test_different_subjects_with_the_same_unit_do_not_conflict(tmp_path):
    output = _run(
        tmp_path,
        {"a.txt": "去年全区营业收入达到500亿元。\n", "b.txt": "项目总投资80亿元。\n"},
    )
    assert find_conflicts(output) == []


def test_english_counts_match_on_their_noun(tmp_path):
    output = _run(
        tmp_path,
        {
            "a.txt": "The Lanhu Science Park has attracted 600 innovative pharmaceutical enterprises.\n",
            "b.txt": "The Lanhu Science Park is home to 650 innovative pharmaceutical enterprises.\n",
        },
    )
    conflicts = find_conflicts(output)
    assert len(conflicts) == 1 and conflicts[0].counter == "enterprises"


# --- the seeds ------------------------------------------------------------------------------


def test_seed_park_area_about_7_2_against_7_19_is_within_precision_not_a_conflict(seed_conflicts):
    assert frozenset({"约7.2平方公里", "7.19平方公里"}) not in _pairs(seed_conflicts)


def test_seed_new_industrial_space_450_against_500_wan_m2_is_a_conflict(seed_conflicts):
    assert frozenset({"約450萬平方米", "500万平方米"}) in _pairs(seed_conflicts)


def test_seed_enterprise_count_600_against_88_exhibitors_is_not_a_conflict(seed_conflicts):
    assert frozenset({"600多家", "88家"}) not in _pairs(seed_conflicts)


def test_seed_equal_phase_areas_are_not_conflicts(seed_conflicts):
    # 2.5 and 4.7 km2 appear in two seeds with the same values.
    for pair in _pairs(seed_conflicts):
        assert pair not in ({"2.5平方公里", "約2.5平方公里"}, {"4.7平方公里", "約4.7平方公里"})


def test_conflicts_frame_has_both_provenances(seed_conflicts):
    frame = conflicts_frame(seed_conflicts)
    assert len(frame) == len(seed_conflicts)
    for side in ("a", "b"):
        for column in ("mention_id", "source_path", "line_no", "start", "end", "raw_text", "value"):
            assert f"{side}_{column}" in frame.columns
    assert (frame["a_doc_id"] != frame["b_doc_id"]).all()


def test_conflicts_view_in_sql_matches_the_function(tmp_path):
    output = _run(
        tmp_path,
        {"a.txt": "澜湖科学园规划总面积约12平方公里。\n", "b.txt": "澜湖科学园规划占地9.8平方公里。\n"},
    )
    frame = output.sql("SELECT unit, a_value, b_value FROM conflicts")
    assert frame.to_dict("records") == [{"unit": "km2", "a_value": 12.0, "b_value": 9.8}]


def test_conflicts_command_lists_both_sides(tmp_path):
    _run(
        tmp_path,
        {"a.txt": "澜湖科学园规划总面积约12平方公里。\n", "b.txt": "澜湖科学园规划占地9.8平方公里。\n"},
    )
    csv_path = tmp_path / "conflicts.csv"
    result = CliRunner().invoke(main, ["conflicts", "--out", str(tmp_path / "out"), "--csv", str(csv_path)])
    assert result.exit_code == 0, result.output
    assert "a.txt:1" in result.output and "b.txt:1" in result.output
    assert "1 conflict" in result.output
    assert csv_path.read_text(encoding="utf-8").count("\n") == 2


# --- like with like -------------------------------------------------------------------------


def test_a_target_is_not_contradicted_by_an_actual_value(tmp_path):
    output = _run(
        tmp_path,
        {
            "a.txt": "2023年,园区生物医药产业规模达到800亿元。\n",
            "b.txt": "2023年,园区生物医药产业规模力争达到1000亿元。\n",
        },
    )
    assert find_conflicts(output) == []


def test_a_national_figure_is_not_contradicted_by_a_district_one(tmp_path):
    output = _run(
        tmp_path,
        {
            "a.txt": "2023年,全国生物医药企业数量为3000家。\n",
            "b.txt": "2023年,青禾区生物医药企业数量为500家。\n",
        },
    )
    assert find_conflicts(output) == []


def test_figures_of_different_periods_are_not_compared(tmp_path):
    output = _run(
        tmp_path,
        {
            "a.txt": "2022年,澜湖科学园工业总产值为500亿元。\n",
            "b.txt": "2023年,澜湖科学园工业总产值为620亿元。\n",
        },
    )
    assert find_conflicts(output) == []
    (tmp_path / "same").mkdir()
    same_year = _run(
        tmp_path / "same",
        {
            "a.txt": "2023年,澜湖科学园工业总产值为500亿元。\n",
            "b.txt": "2023年,澜湖科学园工业总产值为620亿元。\n",
        },
    )
    assert len(find_conflicts(same_year)) == 1


def test_values_within_each_others_precision_agree_and_open_qualifiers_do_not_contradict(tmp_path):
    output = _run(
        tmp_path,
        {
            "a.txt": "澜湖科学园规划总面积约7.2平方公里。\n园区入驻医药企业300多家。\n",
            "b.txt": "澜湖科学园规划总面积7.19平方公里。\n园区入驻医药企业350家。\n",
        },
    )
    assert find_conflicts(output) == []


def test_conflicts_are_capped_and_ranked_with_the_total_kept(tmp_path):
    articles = {
        f"{number:02d}.txt": f"澜湖科学园规划总面积{10 + 3 * number}平方公里。\n" for number in range(8)
    }
    output = _run(tmp_path, articles)
    everything = find_conflicts(output, limit=1000)
    assert everything.total == 28  # every pair of 8 documents
    assert len(everything) <= 8 * 3 // 2  # each figure in at most max_pairs_per_figure pairs
    capped = find_conflicts(output, limit=2)
    assert len(capped) == 2 and capped.total == 28
    assert capped[0] == everything[0]  # the most distant values first among equal subjects


def test_figures_about_two_different_named_projects_are_not_compared(tmp_path):
    output = _run(
        tmp_path,
        {"a.txt": "澜湖科学园规划总面积12平方公里。\n", "b.txt": "青禾医疗器械城规划总面积9平方公里。\n"},
    )
    assert find_conflicts(output) == []


def test_a_name_table_that_is_no_table_of_mentions_is_refused_at_its_line(tmp_path):
    import shutil

    from pipeline.read.conflicts import compile_conflict_rules
    from pipeline.rules.loader import RuleFileError, rules_dir
    from pipeline.rules.ruleset import RuleSet

    path = tmp_path / "conflicts.yaml"
    shutil.copy(rules_dir() / "conflicts.yaml", path)
    text = path.read_text(encoding="utf-8")
    line = text[: text.index("name_tables:")].count("\n") + 1
    path.write_text(text.replace("name_tables: [projects,", "name_tables: [project,", 1), encoding="utf-8")
    with pytest.raises(RuleFileError) as raised:
        compile_conflict_rules(RuleSet.load(tmp_path))
    message = str(raised.value)
    assert message.startswith(f"{path}:{line}: name_tables[0]: 'project' names no table of mentions"), message
    assert "(closest: projects" in message
