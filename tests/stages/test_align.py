"""Bilingual pairing: line pairs, mention links and translation drift (pipeline/stages/align/)."""

from __future__ import annotations

import itertools
import json
import shutil

import pytest
from click.testing import CliRunner

import pipeline
from pipeline.batch.run import run_batch
from pipeline.cli import main
from pipeline.core.records import LineContext
from pipeline.document import process_document, source_from_text
from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet, default_ruleset
from pipeline.stages.align import compile_lexicon
from pipeline.stages.align import lines as pairing
from pipeline.stages.normalise import detect_language
from tests.bilingual_cases import CASES
from tests.conftest import GOLD, RULES, SEEDS, SHARED

PAIRS_GOLD = SHARED / "gold" / "seeds_pairs.jsonl"
ARTICLES = SHARED / "gold" / "articles"

ZH_1 = "去年全区新能源汽车产业营收达到4825亿元,同比增长12.5%,新建充电桩3600个。"
EN_1 = (
    "Last year the district's new energy vehicle industry earned 482.5 billion yuan, "
    "up 12.5% year on year, and 3,600 charging piles were built."
)
ZH_2 = "该物流园占地约85余万平米,其中一期约27万平已经投入使用。"
EN_2 = (
    "The logistics park covers about 850,000 square meters, of which about 270,000 square meters "
    "in phase one are already in use."
)
ZH_3 = "2022年3月,上海港集装箱吞吐量为410万标准箱,较上月增加了6%。"
EN_3 = (
    "In March 2022, container throughput at the port of Shanghai was 4.1 million TEU, "
    "6% more than a month earlier."
)


def _result(text: str, ruleset: RuleSet | None = None):
    return process_document(source_from_text(text), ruleset or default_ruleset())


def _pairs(text: str, ruleset: RuleSet | None = None) -> set[tuple[int, int]]:
    return {(pair.zh_line_no, pair.en_line_no) for pair in _result(text, ruleset).bilingual.pairs}


@pytest.fixture(scope="module")
def no_lexicon(tmp_path_factory) -> RuleSet:
    """The shipped rules with an empty bilingual lexicon."""
    directory = tmp_path_factory.mktemp("rules") / "rules"
    shutil.copytree(RULES.directory, directory)
    (directory / "lexicon.yaml").write_text("entries: []\n", encoding="utf-8")
    return RuleSet.load(directory)


@pytest.mark.parametrize("case", sorted(CASES))
def test_written_bilingual_layouts_pair_exactly_as_expected(case):
    lines, expected = CASES[case]
    assert _pairs("\n".join(lines)) == expected


@pytest.mark.parametrize("case", sorted(CASES))
def test_pairing_does_not_depend_on_the_lexicon(case, no_lexicon):
    lines, expected = CASES[case]
    assert no_lexicon.compiled(compile_lexicon).zh_pattern is None
    assert _pairs("\n".join(lines), no_lexicon) == expected


def test_chinese_lines_of_one_case_never_pair_with_english_lines_of_another():
    """Every case's Chinese beside every other case's English, as blocks and alternating: no pair at all."""
    sides = {
        name: (
            [line for line in lines if detect_language(line) == "zh"],
            [line for line in lines if detect_language(line) == "en"],
        )
        for name, (lines, _) in CASES.items()
    }
    paired = []
    for (zh_case, (zh, _)), (en_case, (_, en)) in itertools.permutations(sides.items(), 2):
        if not zh or not en:
            continue
        alternating = [line for both in itertools.zip_longest(zh, en) for line in both if line]
        for lines in (zh + en, alternating):
            paired += [
                (zh_case, en_case, pair.evidence) for pair in _result("\n".join(lines)).bilingual.pairs
            ]
    assert paired == []


def test_the_bound_on_shared_evidence_skips_no_pair_that_scoring_every_pair_would_keep():
    documents = ["\n".join(lines) for lines, _ in CASES.values()]
    documents += [(SEEDS / "003_6d13418a34c8fa09.txt").read_text(encoding="utf-8")]
    lexicon = RULES.compiled(compile_lexicon)
    kept = 0
    for text in documents:
        result = _result(text)
        article = [LineContext(line.line_no, line.norm_text, line.lang) for line in result.lines]
        measured = pairing._measured(article, result.mentions, lexicon)
        if measured is None:
            continue
        features, runs = measured
        zh = [line for line in features.values() if line.lang == "zh"]
        en = [line for line in features.values() if line.lang == "en"]
        bounded = pairing._candidates(zh, en, runs)
        assert bounded == pairing._candidates(zh, en, runs, bounded=False)
        kept += len(bounded)
    assert kept > 40


def test_lines_between_pairs_found_by_evidence_are_paired_by_the_layout(no_lexicon):
    lines, _ = CASES["chinese_block_then_english_block"]
    result = _result("\n".join(lines), no_lexicon)
    pairs = {(pair.zh_line_no, pair.en_line_no): pair for pair in result.bilingual.pairs}
    assert pairs[(1, 6)].evidence.endswith("layout=gap") and pairs[(5, 10)].evidence.endswith("layout=gap")
    assert not pairs[(2, 7)].evidence.endswith("layout=gap")


def test_neighbouring_lines_whose_numbers_differ_are_not_a_pair():
    zh = "园区今年新引进企业42家,新增就业岗位1500个。"
    en = "The park expects to welcome about 60 companies and create 2,000 jobs next year."
    assert _pairs("\n".join([zh, en])) == set()
    en = "The park welcomed many new companies this year and created a lot of jobs."
    assert _pairs("\n".join([zh, en])) == set()


def test_a_page_with_one_chinese_line_among_english_paragraphs_is_not_paired():
    text = "\n".join(
        [
            "ABC | 东方港口投资有限公司",
            "Remarks of the ABC chief executive at the port investment forum",
            "Good morning. ABC is glad to join this forum on port investment in the region.",
            "ABC has invested in three terminals and two logistics parks over the past decade.",
            "We will keep working with our partners to build greener ports.",
        ]
    )
    assert _pairs(text) == set()


def test_chinese_first_lines_are_paired():
    assert _pairs("\n".join([ZH_1, EN_1, ZH_2, EN_2])) == {(1, 2), (3, 4)}


def test_english_first_lines_are_paired():
    assert _pairs("\n".join([EN_1, ZH_1, EN_2, ZH_2])) == {(2, 1), (4, 3)}


def test_two_headings_then_their_two_translations_pair_in_order():
    text = "\n".join(
        [
            "秋季论坛 报名开始",
            "打造国际水准的生命科学论坛",
            "Autumn forum: registration opens",
            "Building a life science forum of international standards",
            ZH_1,
            EN_1,
        ]
    )
    assert _pairs(text) == {(1, 3), (2, 4), (5, 6)}


def test_a_shuffled_document_is_paired_by_evidence_not_by_position():
    text = "\n".join([ZH_1, ZH_2, ZH_3, "以上数据来自年度统计公报,仅供参考。", EN_3, EN_1, EN_2])
    assert _pairs(text) == {(1, 6), (2, 7), (3, 5)}


def test_monolingual_documents_have_no_pairs():
    assert _pairs("\n".join([ZH_1, ZH_2, ZH_3])) == set()
    assert _pairs("\n".join([EN_1, EN_2, EN_3])) == set()
    # a Chinese article with a stray English line
    assert _pairs("\n".join([ZH_1, "PART.01", ZH_2, "Photo: staff reporter", ZH_3])) == set()


def test_figures_of_equal_value_and_unit_are_linked_across_the_pair():
    result = _result("\n".join([ZH_1, EN_1, ZH_2, EN_2]))
    by_id = {mention.mention_id: mention for mention in result.mentions}
    linked = {
        (by_id[link.zh_mention_id].raw_text, by_id[link.en_mention_id].raw_text)
        for link in result.bilingual.links
        if link.table == "figures" and link.relation == "same"
    }
    assert ("4825亿元", "482.5 billion yuan") in linked
    assert ("12.5%", "12.5%") in linked
    assert ("约85余万平米", "about 850,000 square meters") in linked
    assert ("约27万平", "about 270,000 square meters") in linked


def test_dates_with_equal_ranges_are_linked():
    result = _result("\n".join([ZH_3, EN_3]))
    by_id = {mention.mention_id: mention for mention in result.mentions}
    dates = [link for link in result.bilingual.links if link.table == "dates"]
    assert [(by_id[link.zh_mention_id].raw_text, by_id[link.en_mention_id].raw_text) for link in dates] == [
        ("2022年3月", "March 2022")
    ]


def test_a_figure_the_translation_drops_is_drift_with_its_provenance():
    zh = "展会邀请了65家医疗企业、300余件展品参展,并设置了五个专题展区。"
    en = "The fair invited a wide range of medical companies and set up five themed exhibition zones."
    result = _result("\n".join([zh, en]))
    drift = {(row.kind, row.zh.raw_text if row.zh else None) for row in result.bilingual.drift}
    assert drift == {("missing_in_en", "65家"), ("missing_in_en", "300余件")}
    ids = {mention.mention_id for mention in result.mentions}
    for row in result.bilingual.drift:
        assert row.zh.mention_id in ids and row.en is None
        assert (row.zh_line_no, row.en_line_no) == (1, 2)
        assert result.lines[0].raw_text[row.zh.start : row.zh.end] == row.zh.raw_text


def test_a_figure_the_translation_adds_is_drift_the_other_way():
    zh = "该公司今年研发投入持续增加,新增员工1200名。"
    en = "The company keeps raising its R&D spending this year, with 1,200 new staff and 14 new laboratories."
    result = _result("\n".join([zh, en]))
    kinds = {(row.kind, row.en.raw_text if row.en else None) for row in result.bilingual.drift}
    assert ("missing_in_zh", "14 new laboratories") in kinds


def test_a_changed_value_is_linked_as_value_differs_and_listed_as_drift():
    zh = "2023年全市软件产业规模达到9761亿元,同比增长8%。"
    en = "The city's software industry reached 967.1 billion yuan in 2023, up 8% year on year."
    result = _result("\n".join([zh, en]))
    by_id = {mention.mention_id: mention for mention in result.mentions}
    differs = [link for link in result.bilingual.links if link.relation == "value_differs"]
    assert [(by_id[link.zh_mention_id].raw_text, by_id[link.en_mention_id].raw_text) for link in differs] == [
        ("9761亿元", "967.1 billion yuan")
    ]
    assert [(row.kind, row.zh.raw_text, row.en.raw_text) for row in result.bilingual.drift] == [
        ("value_differs", "9761亿元", "967.1 billion yuan")
    ]


def test_organisations_link_through_the_lexicon_with_both_names():
    zh = "国家药监局今年批准了18个创新医疗器械。"
    en = "This year the National Medical Products Administration approved 18 innovative medical devices."
    result = _result("\n".join([zh, en]))
    names = {(link.name_zh, link.name_en) for link in result.bilingual.links if link.table == "organisations"}
    assert names == {("国家药监局", "National Medical Products Administration")}


def test_a_local_body_links_through_general_words_of_the_lexicon():
    zh = "杭州市发展和改革委员会今年批复了12个新能源项目。"
    en = (
        "The Hangzhou Municipal Commission of Development and Reform "
        "approved 12 new energy projects this year."
    )
    result = _result("\n".join([zh, en]))
    links = [link for link in result.bilingual.links if link.table == "organisations"]
    assert [(link.name_zh, link.name_en) for link in links] == [
        ("杭州市发展和改革委员会", "Hangzhou Municipal Commission of Development and Reform")
    ]
    assert "lexicon:drc" in links[0].evidence


def test_a_figure_extracted_on_one_side_only_is_drift_written_in_the_other_line():
    zh = "园区已形成三大产业集群,集聚企业120家,去年产值达到86亿元。"
    en = (
        "The park has formed three industrial clusters, home to 120 companies, "
        "with an output of 8.6 billion yuan."
    )
    result = _result("\n".join([zh, en]))
    by_id = {mention.mention_id: mention for mention in result.mentions}
    linked = {
        (by_id[link.zh_mention_id].raw_text, by_id[link.en_mention_id].raw_text)
        for link in result.bilingual.links
        if link.table == "figures"
    }
    assert linked == {("120家", "120 companies"), ("86亿元", "8.6 billion yuan")}
    figures = [row for row in result.bilingual.drift if row.table == "figures"]
    assert [(row.kind, row.en.raw_text, row.in_other_text) for row in figures] == [
        ("missing_in_zh", "three industrial clusters", True)
    ]


def test_every_lexicon_example_holds_both_forms_of_its_entry():
    lexicon = RULES.compiled(compile_lexicon)
    data = RULES.file("lexicon")
    for item in data["entries"]:
        for example in item["examples"]:
            zh = {entry for _, _, entry in lexicon.find_zh(example["text"])}
            en = {entry for _, _, entry in lexicon.find_en(example["en"])}
            assert item["id"] in zh, f"{item['id']}: no Chinese form in {example['text']!r}"
            assert item["id"] in en, f"{item['id']}: no English form in {example['en']!r}"


def test_a_form_under_two_lexicon_entries_is_an_error(tmp_path):
    shutil.copytree(RULES.directory, tmp_path / "rules")
    path = tmp_path / "rules" / "lexicon.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "  - id: capital\n    kind: place\n    zh: [北京]\n    en: [the capital]\n"
        + "    examples:\n      - {text: 北京下雪了, en: It snowed in the capital}\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError, match="also listed under 'beijing'"):
        RuleSet.load(tmp_path / "rules").compiled(compile_lexicon)


def test_output_has_the_bilingual_tables_even_when_empty(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "zh.txt").write_text("\n".join([ZH_1, ZH_2]), encoding="utf-8")
    run_batch([source], tmp_path / "mono", jobs=1)
    out = pipeline.load(tmp_path / "mono")
    for name in ("line_pairs", "mention_links", "drift"):
        assert out.row_count(name) == 0
        assert out.sql(f"SELECT count(*) AS n FROM {name}")["n"][0] == 0
    (source / "both.txt").write_text(
        "\n".join(
            [
                ZH_1,
                EN_1,
                "展会邀请了65家企业参展,设置了三个展区。",
                "The exhibition invited many companies and set up three zones.",
            ]
        ),
        encoding="utf-8",
    )
    run_batch([source], tmp_path / "both", jobs=1)
    out = pipeline.load(tmp_path / "both")
    assert out.line_pairs[["zh_line_no", "en_line_no"]].values.tolist() == [[1, 2], [3, 4]]
    joined = out.sql(
        "SELECT f.raw_text AS zh, g.raw_text AS en FROM mention_links l "
        "JOIN figures f ON f.mention_id = l.zh_mention_id JOIN figures g ON g.mention_id = l.en_mention_id"
    )
    assert ("4825亿元", "482.5 billion yuan") in set(zip(joined["zh"], joined["en"], strict=True))
    drift = out.sql(
        "SELECT d.zh_text, l.raw_text FROM drift d JOIN lines l "
        "ON l.doc_id = d.doc_id AND l.line_no = d.zh_line_no"
    )
    assert drift["zh_text"].tolist() == ["65家"] and "65家" in drift["raw_text"][0]
    result = CliRunner().invoke(main, ["drift", "--out", str(tmp_path / "both")])
    assert result.exit_code == 0 and "'65家'" in result.output and "1 drift row" in result.output


@pytest.mark.skipif(
    not PAIRS_GOLD.is_file(), reason=f"{PAIRS_GOLD} (gold line pairs) is not beside the project"
)
def test_seed_003_pairs_and_figure_links_against_the_gold():
    gold = [json.loads(line) for line in PAIRS_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    name = "003_6d13418a34c8fa09.txt"
    result = process_document(
        source_from_text((SEEDS / name).read_text(encoding="utf-8"), name=name), default_ruleset()
    )
    expected = {
        (row["zh_line"], row["en_line"]) for row in gold if row["doc"] == name and "zh_text" not in row
    }
    found = {(pair.zh_line_no, pair.en_line_no) for pair in result.bilingual.pairs}
    assert found == expected

    figures = [mention for mention in result.mentions if mention.table == "figures"]

    def mentions(line: int, text: str):
        return [m for m in figures if m.line_no == line and (m.raw_text in text or text in m.raw_text)]

    # A pair whose Chinese figure the gold marks optional (三大, 万亿级: the
    # schema neither rewards nor punishes them) is not counted; every other
    # gold pair is, whether the extractor found its figures or not.
    optional = {
        (row["line"], row["text"])
        for row in map(json.loads, GOLD.read_text(encoding="utf-8").splitlines())
        if row["doc"] == name and row["type"] == "figure" and row.get("optional")
    }
    links = {
        (link.zh_mention_id, link.en_mention_id)
        for link in result.bilingual.links
        if link.table == "figures" and link.relation == "same"
    }
    gold_links, counted, linked = set(), 0, 0
    for row in gold:
        if row["doc"] != name or "zh_text" not in row or not row["same_value"]:
            continue
        if any(line == row["zh_line"] and row["zh_text"] in text for line, text in optional):
            continue
        counted += 1
        zh, en = mentions(row["zh_line"], row["zh_text"]), mentions(row["en_line"], row["en_text"])
        candidates = {(a.mention_id, b.mention_id) for a in zh for b in en}
        gold_links |= candidates
        linked += bool(candidates & links)
    recall = linked / counted
    precision = len(links & gold_links) / len(links)
    assert recall >= 0.95 and precision >= 0.95, (recall, precision)
    dropped = {row.zh.raw_text for row in result.bilingual.drift if row.kind == "missing_in_en"}
    assert {"88家", "200余件"} <= dropped


@pytest.mark.skipif(
    not PAIRS_GOLD.is_file(), reason=f"{PAIRS_GOLD} (gold line pairs) is not beside the project"
)
def test_seed_003_pairs_without_the_lexicon(no_lexicon):
    name = "003_6d13418a34c8fa09.txt"
    gold = [json.loads(line) for line in PAIRS_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    expected = {
        (row["zh_line"], row["en_line"]) for row in gold if row["doc"] == name and "zh_text" not in row
    }
    assert _pairs((SEEDS / name).read_text(encoding="utf-8"), no_lexicon) == expected


@pytest.mark.skipif(
    not ARTICLES.is_dir(), reason=f"{ARTICLES} (development articles) is not beside the project"
)
def test_no_pairs_in_the_monolingual_articles_and_seeds():
    paths = sorted(ARTICLES.glob("*.txt")) + [
        path for path in sorted(SEEDS.glob("*.txt")) if "003_" not in path.name
    ]
    paired = {path.name: len(_result(path.read_text(encoding="utf-8")).bilingual.pairs) for path in paths}
    assert {name: count for name, count in paired.items() if count} == {}


def test_the_report_shows_pairs_side_by_side_and_the_drift(tmp_path):
    from pipeline.read.report import write_report

    source = tmp_path / "in"
    source.mkdir()
    zh = "展会邀请了65家医疗企业参展,设置了五个专题展区。"
    en = "The fair invited a wide range of medical companies and set up five themed exhibition zones."
    (source / "both.txt").write_text("\n".join([ZH_1, EN_1, zh, en]), encoding="utf-8")
    (source / "zh.txt").write_text(ZH_2, encoding="utf-8")
    run_batch([source], tmp_path / "out", jobs=1)
    out = pipeline.load(tmp_path / "out")
    write_report(out, tmp_path / "report", conflicts=False)
    pages = {path.name: path.read_text(encoding="utf-8") for path in (tmp_path / "report").glob("*.html")}
    both = next(page for name, page in pages.items() if name != "index.html" and "Translation pairs" in page)
    assert "Translation pairs (2)" in both and "Translation drift (1)" in both
    assert '<a href="#L3">L3</a>' in both and '<a href="#L4">L4</a>' in both
    assert "65家</mark>" in both
    assert sum("Translation pairs" in page for page in pages.values()) == 1
