"""Organisation names: suffix rules, known names, lists and English heads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.names import find as names
from pipeline.extractors.names import organisations, projects
from pipeline.rules.loader import RULES_DIR_ENV, RuleFileError, load_rule_file, rules_dir
from pipeline.stages.normalise import normalise_line
from tests.conftest import GOLD, RULES, SEEDS, gold_records, read_jsonl, requires_shared


def org_names(text: str) -> list[tuple[str, str]]:
    """(name, org_kind) of every organisation found on one line of text."""
    line = normalise_line(1, text, RULES)
    spans = organisations.find_spans([LineContext(1, line.norm_text, line.lang)], DocumentContext(), RULES)
    return [(span.fields["name"], span.fields["org_kind"]) for span in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # government_body
        ("会议由上海市人民政府主办。", ("上海市人民政府", "government")),
        ("张江高科技园区管理委员会发布通知。", ("张江高科技园区管理委员会", "government")),
        # government_abbreviation (admin prefix + one-character office)
        ("会上,市住建局介绍了情况。", ("市住建局", "government")),
        # research_institute
        ("合作方包括上海有机化学研究所。", ("上海有机化学研究所", "research")),
        ("深圳湾实验室与企业签约。", ("深圳湾实验室", "research")),
        # company
        ("杭州某某智能科技有限公司完成融资。", ("杭州某某智能科技有限公司", "company")),
        ("引进了复星医药集团。", ("复星医药集团", "company")),
        # association
        ("本次活动得到广东省医疗器械行业协会支持。", ("广东省医疗器械行业协会", "association")),
        # institution (hospital, university)
        ("华山医院与复旦大学合作。", ("华山医院", "other")),
        # central_government gazetteer
        ("科学技术部印发通知。", ("科学技术部", "government")),
        # research_abbreviation gazetteer
        ("由中国科学院牵头。", ("中国科学院", "research")),
        # association_abbreviation gazetteer
        ("中国科协举办年会活动。", ("中国科协", "association")),
        # traditional script is normalised first
        ("上海市藥品監督管理局發佈公告。", ("上海市药品监督管理局", "government")),
    ],
)
def test_finds_chinese_organisation_by_rule(text: str, expected: tuple[str, str]) -> None:
    assert expected in org_names(text)


def test_company_list_yields_short_names_without_suffix() -> None:
    found = org_names("园区吸引了云鲸智能、极智嘉、优必选等一批头部企业入驻。")
    assert [name for name, _ in found] == ["云鲸智能", "极智嘉", "优必选"]
    assert {kind for _, kind in found} == {"company"}


def test_list_of_fields_is_not_a_list_of_companies() -> None:
    assert org_names("重点培育细胞治疗、基因编辑等领域企业。") == []


def test_conjunction_between_two_complete_names_splits_them() -> None:
    found = [name for name, _ in org_names("浙江大学与之江实验室签署协议。")]
    assert found == ["浙江大学", "之江实验室"]


def test_conjunction_inside_a_name_is_kept() -> None:
    assert ("上海脑科学与类脑研究中心", "research") in org_names("成立上海脑科学与类脑研究中心。")


def test_generic_phrase_with_suffix_is_not_a_name() -> None:
    assert org_names("加强与头部基金、行业协会的合作。") == []


def test_title_after_party_body_is_not_an_organisation() -> None:
    assert org_names("区委书记出席会议。") == []


def test_bodies_written_back_to_back_are_one_name() -> None:
    assert org_names("省委省政府高度重视。") == [("省委省政府", "government")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # government_en, with the "of" continuation and a title before it
        (
            "Zhang Wei, Director of the Shanghai Municipal Health Commission, spoke.",
            ("Shanghai Municipal Health Commission", "government"),
        ),
        ("the Ministry of Science and Technology said", ("Ministry of Science and Technology", "government")),
        # company_en
        ("Fosun Pharma Group signed the deal.", ("Fosun Pharma Group", "company")),
        # research_en
        (
            "researchers at the Shanghai Institute of Organic Chemistry",
            ("Shanghai Institute of Organic Chemistry", "research"),
        ),
        # association_en
        (
            "the Guangdong Medical Devices Association announced",
            ("Guangdong Medical Devices Association", "association"),
        ),
        # institution_en
        ("Fudan University and partners", ("Fudan University", "other")),
    ],
)
def test_finds_english_organisation_by_head(text: str, expected: tuple[str, str]) -> None:
    assert expected in org_names(text)


def test_english_and_after_a_head_splits_two_names() -> None:
    found = [name for name, _ in org_names("The Municipal Party Committee and the Municipal Government met.")]
    assert found == ["Municipal Party Committee", "Municipal Government"]


def test_english_company_list_after_such_as() -> None:
    found = [name for name, _ in org_names("It hosts startups such as Moonshot, Zhipu, and MiniMax.")]
    assert found == ["Moonshot", "Zhipu", "MiniMax"]


def test_org_and_project_never_claim_the_same_text() -> None:
    line = normalise_line(1, "苏州工业园区管理委员会发布规划。", RULES)
    context = [LineContext(1, line.norm_text, line.lang)]
    org_spans = organisations.find_spans(context, DocumentContext(), RULES)
    project_spans = projects.find_spans(context, DocumentContext(), RULES)
    assert [span.fields["name"] for span in org_spans] == ["苏州工业园区管理委员会"]
    assert project_spans == []


# -- broken rule files ---------------------------------------------------------


@pytest.fixture
def broken_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of rules/ in tmp_path; the test edits it, caches are cleared around it."""
    for path in rules_dir().glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setenv(RULES_DIR_ENV, str(tmp_path))
    caches = (load_rule_file.cache_clear, names.name_rules.cache_clear, names.find_names.cache_clear)
    for clear in caches:
        clear()
    yield tmp_path
    monkeypatch.delenv(RULES_DIR_ENV)
    for clear in caches:
        clear()


def test_unknown_org_kind_fails_with_file_and_line(broken_rules: Path) -> None:
    path = broken_rules / "organisations.yaml"
    text = path.read_text(encoding="utf-8")
    line_no = text.splitlines().index("  - id: company") + 1
    path.write_text(text.replace("    kind: company\n", "    kind: business\n", 1), encoding="utf-8")
    with pytest.raises(RuleFileError) as error:
        names.find_names("测试公司")
    assert str(error.value).startswith(f"{path}:{line_no}: ")
    assert "'kind' must be one of" in str(error.value)


def test_suffix_rule_without_id_fails_with_file_and_line(broken_rules: Path) -> None:
    path = broken_rules / "organisations.yaml"
    text = path.read_text(encoding="utf-8")
    line_no = text.splitlines().index("  - id: association") + 1
    path.write_text(text.replace("  - id: association\n", "  - ident: association\n", 1), encoding="utf-8")
    with pytest.raises(
        RuleFileError, match=rf"organisations.yaml:{line_no}: every suffix rule needs an 'id'"
    ):
        names.find_names("测试协会")


# -- the development set -------------------------------------------------------


def score(record_type: str, table_module) -> tuple[float, float, float]:
    """Precision, recall, F1 of one extractor on the seeds (gold matching rules)."""
    gold = read_jsonl(GOLD)
    boilerplate = {(g["doc"], g["line"]) for g in gold if g["type"] == "boilerplate"}
    true_positives = false_positives = false_negatives = 0
    for path in sorted(SEEDS.glob("*.txt")):
        raws = path.read_text(encoding="utf-8").split("\n")
        lines = {}
        for line_no, raw in enumerate(raws, 1):
            raw = raw.removesuffix("\r")
            if raw.strip() and (path.name, line_no) not in boilerplate:
                lines[line_no] = normalise_line(line_no, raw, RULES)
        context = [LineContext(n, line.norm_text, line.lang) for n, line in lines.items()]
        predicted = []
        for span in table_module.find_spans(context, DocumentContext(), RULES):
            predicted.append((span.line_no, *lines[span.line_no].offsets.to_raw(span.start, span.end)))
        expected = [g for g in gold_records(record_type) if g["doc"] == path.name]
        pairs = []
        for p_index, (line_no, start, end) in enumerate(predicted):
            for g_index, record in enumerate(expected):
                overlap = min(end, record["end"]) - max(start, record["start"])
                longer = max(end - start, record["end"] - record["start"])
                if record["line"] == line_no and overlap > 0 and 2 * overlap >= longer:
                    pairs.append((-overlap, p_index, g_index))
        used_predicted, used_gold = set(), set()
        for _, p_index, g_index in sorted(pairs):
            if p_index not in used_predicted and g_index not in used_gold:
                used_predicted.add(p_index)
                used_gold.add(g_index)
                true_positives += not expected[g_index].get("optional", False)
        false_positives += len(predicted) - len(used_predicted)
        false_negatives += sum(
            1
            for g_index, record in enumerate(expected)
            if g_index not in used_gold and not record.get("optional")
        )
    precision = true_positives / max(true_positives + false_positives, 1)
    recall = true_positives / max(true_positives + false_negatives, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


@requires_shared
def test_organisations_reach_target_f1_on_seeds() -> None:
    _, _, f1 = score("org", organisations)
    assert f1 >= 0.90


# --------------------------------------------------------------------------
# The shared name pass: scanning, boundaries, cost


def _words_ending_at(text: str, words: set[str]) -> list[tuple[int, tuple[str, ...]]]:
    """Reference scan: every word of `words` ending at each position, longest first."""
    hits = []
    for end in range(1, len(text) + 1):
        found = tuple(sorted((w for w in words if text.endswith(w, 0, end)), key=len, reverse=True))
        if found:
            hits.append((end, found))
    return hits


@pytest.mark.parametrize(
    "text",
    [
        "国家发展和改革委员会与市委员会联合发文",  # 委员会 inside longer names, 委 and 市委 overlapping
        "区委办和区政府办公室",
        "上海市人民政府办公厅印发",
        "管委会管理委员会委员会委",
        "",
        "no Chinese at all",
    ],
)
def test_word_scan_finds_every_overlapping_suffix_and_known_name(text: str) -> None:
    rules = names.name_rules()
    vocabulary = set(rules.suffixes) | set(rules.known)
    assert names._word_hits(text, rules) == _words_ending_at(text, vocabulary)


def test_keep_word_hides_the_boundary_inside_it() -> None:
    # 由 is a boundary word, 自由 a keep word: the zone's name is not cut at 由.
    assert ("海南自由贸易试验区", "park") in [
        (span.fields["name"], span.fields["project_kind"])
        for span in projects.find_spans(
            [LineContext(1, "支持海南自由贸易试验区建设。", "zh")], DocumentContext(), RULES
        )
    ]


def test_names_on_a_very_long_line_are_those_of_its_sentences() -> None:
    sentence = (
        "苏州生物医药产业园聚集企业600多家。The Suzhou Industrial Park Administrative Committee said so. "
    )
    single = names.find_names.__wrapped__(sentence)
    assert single, "the sentence must hold names for this test to mean anything"
    repeats = 200  # far more names than are resolved pairwise
    found = names.find_names.__wrapped__(sentence * repeats)
    shifted = [
        (span.table, span.start + copy * len(sentence), span.end + copy * len(sentence), span.rule_id)
        for copy in range(repeats)
        for span in single
    ]
    assert sorted((s.table, s.start, s.end, s.rule_id) for s in found) == sorted(shifted)


def test_cost_grows_linearly_with_line_length() -> None:
    import time

    unit = (
        "生命科学园规划总面积约7.2平方公里，分三期建设，聚集企业600多家。"
        "The park covers 7.2 square kilometres. "
    )

    def seconds(copies: int) -> float:
        best = float("inf")
        for _ in range(2):
            started = time.process_time()
            names.find_names.__wrapped__(unit * copies)
            best = min(best, time.process_time() - started)
        return best

    small, large = seconds(500), seconds(8000)
    # 16 times the text: linear work takes about 16 times as long, quadratic work 256 times.
    assert large < 40 * max(small, 1e-3)


def test_rules_load_without_jieba_when_its_dictionary_is_disabled() -> None:
    import subprocess
    import sys

    assert load_rule_file("organisations")["jieba_dictionary"]["enabled"] is False
    script = (
        "import sys; from pipeline.extractors.names import find; find.name_rules()"
        "; print('jieba' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
