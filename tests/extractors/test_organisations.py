"""Organisation names: behaviour across rules, rule files, the shared name pass.

What each rule finds is in its `examples:` in rules/organisations.yaml (run by
tests/rules/test_rule_examples.py); the tests here are about more than one rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.names import chinese, find, organisations, projects
from pipeline.extractors.names.rules import compile_name_rules
from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet
from pipeline.stages.normalise import normalise_line
from tests.conftest import GOLD, RULES, SEEDS, gold_records, read_jsonl, requires_gold


def org_names(text: str) -> list[tuple[str, str]]:
    """(name, org_kind) of every organisation found on one line of text."""
    line = normalise_line(1, text, RULES)
    spans = organisations.find_spans([LineContext(1, line.norm_text, line.lang)], DocumentContext(), RULES)
    return [(span.fields["name"], span.fields["org_kind"]) for span in spans]


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
    assert ("澜江神经科学与类脑研究中心", "research") in org_names("成立澜江神经科学与类脑研究中心。")


def test_generic_phrase_with_suffix_is_not_a_name() -> None:
    assert org_names("加强与头部基金、行业协会的合作。") == []


def test_title_after_a_body_leaves_the_body_without_the_title() -> None:
    # The annotation rules report the body before a person's title (园区党工委副书记).
    assert org_names("区委书记出席会议。") == [("区委", "government")]
    assert org_names("高新区管委会副主任李明介绍。") == [("高新区管委会", "government")]
    assert org_names("投资推广署署长表示。") == [("投资推广署", "government")]


def test_bodies_written_back_to_back_are_one_name() -> None:
    assert org_names("省委省政府高度重视。") == [("省委省政府", "government")]


def test_english_and_after_a_head_splits_two_names() -> None:
    found = [name for name, _ in org_names("The Municipal Party Committee and the Municipal Government met.")]
    assert found == ["Municipal Party Committee", "Municipal Government"]


def test_english_company_list_after_such_as() -> None:
    found = [name for name, _ in org_names("It hosts startups such as Moonshot, Zhipu, and MiniMax.")]
    assert found == ["Moonshot", "Zhipu", "MiniMax"]


def test_signing_list_splits_companies_from_projects() -> None:
    line = "新区昨日签约了青禾康复医院、安澜影像诊断中心、云帆基因、沃德等8个项目。"
    assert org_names(line) == [("青禾康复医院", "other"), ("云帆基因", "company"), ("沃德", "company")]
    text = normalise_line(1, line, RULES).norm_text
    found = {find.name_of(text, span) for span in find.find_names(text, compile_name_rules(RULES))}
    assert "安澜影像诊断中心" in found


def test_legal_form_after_a_comma_stays_with_its_company() -> None:
    found = org_names("Jiangsu Hengrui Valve Group Co., Ltd. and Meilan Optics Co Ltd signed a supply deal.")
    assert found == [
        ("Jiangsu Hengrui Valve Group Co., Ltd.", "company"),
        ("Meilan Optics Co Ltd", "company"),
    ]


def test_acting_company_needs_a_whole_capitalised_run() -> None:
    # the head rule finds the longer name; the verb rule adds nothing inside it
    assert org_names("Shanghai Weilan Robotics Group announced a new plant.") == [
        ("Shanghai Weilan Robotics Group", "company")
    ]
    # a run cut by the word limit is not reported
    assert org_names("The park signed a lease with Nordic Blue Ocean Harbour Systems in May.") == []
    assert org_names("Vice Mayor Lin announced the list.") == []


def test_a_government_is_named_by_its_place() -> None:
    assert org_names("加快建设法治政府和服务型政府。") == []
    assert org_names("县长主持召开县政府常务会议。") == [("县政府", "government")]
    assert org_names("双方与挪威政府签署了协议。") == [("挪威政府", "government")]
    assert org_names("推动国家及地方政府加大投入。") == []


def test_a_name_and_what_it_does_are_not_one_name() -> None:
    assert ("厂商会", "association") in org_names("特区政府积极支持厂商会举办展览。")


def test_an_office_shown_by_a_verb_after_another_body() -> None:
    found = org_names("渔农自然护理署及食物安全中心昨日公布结果。")
    assert ("渔农自然护理署", "government") in found


def test_a_chinese_short_name_acts_as_a_company() -> None:
    found = org_names("区政府与云岫资本合作设立产业基金。")
    assert found == [("区政府", "government"), ("云岫资本", "company")]
    assert org_names("一批人工智能落户园区。") == []
    assert org_names("推进中德科技合作。") == []


def test_a_short_name_that_begins_a_signing_clause_is_a_company() -> None:
    assert org_names("市政府与华为签署战略合作协议。") == [("市政府", "government"), ("华为", "company")]
    assert org_names("昌平区与海淀区签署合作协议。") == []
    assert org_names("一批企业落户园区。") == []


def test_english_lowercase_body_after_a_capitalised_place() -> None:
    found = org_names("said Minhang's science technology and economy commission on Monday.")
    assert found == [("Minhang's science technology and economy commission", "government")]


def test_org_and_project_never_claim_the_same_text() -> None:
    line = normalise_line(1, "苏州工业园区管理委员会发布规划。", RULES)
    context = [LineContext(1, line.norm_text, line.lang)]
    org_spans = organisations.find_spans(context, DocumentContext(), RULES)
    project_spans = projects.find_spans(context, DocumentContext(), RULES)
    assert [span.fields["name"] for span in org_spans] == ["苏州工业园区管理委员会"]
    assert project_spans == []


# -- rule files: checked on load, edited as YAML only ---------------------------


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first `old` in the file; returns the line number where it was."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line_no = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line_no


def _load_error(folder: Path) -> str:
    with pytest.raises(RuleFileError) as error:
        RuleSet.load(folder).compiled(compile_name_rules)
    return str(error.value)


def test_misspelt_key_fails_with_file_and_line(rules_copy: Path) -> None:
    path = rules_copy / "organisations.yaml"
    line_no = _edit(path, "    examples:\n", "    exampels:\n")
    message = _load_error(rules_copy)
    assert message.startswith(f"{path}:{line_no}: ")
    assert "unknown key 'exampels'" in message and "did you mean 'examples'" in message


def test_duplicate_rule_id_fails_with_file_and_line(rules_copy: Path) -> None:
    path = rules_copy / "projects.yaml"
    line_no = _edit(path, "  - id: park_short\n", "  - id: park\n")
    message = _load_error(rules_copy)
    assert message.startswith(f"{path}:{line_no}: ")
    assert "duplicate id 'park'" in message


def test_rule_id_used_twice_in_one_file_fails(rules_copy: Path) -> None:
    # Ids are reported as `<file>:<id>`, so they are unique across the file's lists.
    path = rules_copy / "organisations.yaml"
    line_no = _edit(path, "  - id: company_en\n", "  - id: company\n")
    message = _load_error(rules_copy)
    assert message.startswith(f"{path}:{line_no}: ")
    assert "duplicate id 'company'" in message


def test_unknown_org_kind_fails_with_file_and_line(rules_copy: Path) -> None:
    path = rules_copy / "organisations.yaml"
    text = path.read_text(encoding="utf-8")
    line_no = text.splitlines().index("  - id: company") + 2
    _edit(path, "    kind: company\n", "    kind: business\n")
    message = _load_error(rules_copy)
    assert message.startswith(f"{path}:{line_no}: ")
    assert "'business' is not one of government, company" in message


def test_wrong_type_fails_with_file_and_line(rules_copy: Path) -> None:
    path = rules_copy / "names.yaml"
    line_no = _edit(path, "max_name_length: 30", "max_name_length: thirty")
    message = _load_error(rules_copy)
    assert message.startswith(f"{path}:{line_no}: ")
    assert "expected a whole number, got 'thirty'" in message


def test_suffix_rule_without_id_fails_with_file_and_line(rules_copy: Path) -> None:
    path = rules_copy / "organisations.yaml"
    line_no = _edit(path, "  - id: association\n", "  - ident: association\n")
    message = _load_error(rules_copy)
    assert message.startswith(f"{path}:{line_no}: ")
    assert "missing key 'id'" in message


def test_unquoted_yaml_boolean_in_a_word_list_gets_a_hint(rules_copy: Path) -> None:
    path = rules_copy / "names.yaml"
    line_no = _edit(path, '"on", in, to, up]', "on, in, to, up]")
    message = _load_error(rules_copy)
    assert message.startswith(f"{path}:{line_no}: ")
    assert "quote words such as on, off, yes, no" in message


def test_a_new_suffix_is_one_yaml_edit(rules_copy: Path) -> None:
    text = "Shares of Qingdao Haiwei Marine Pty rose, and the Nanjing Robotics Hotspot opened."
    assert not [r for r in pipeline.extract(text) if "Pty" in r.raw_text or "Hotspot" in r.raw_text]
    _edit(rules_copy / "organisations.yaml", "Pharma, Bank,", "Pharma, Pty, Bank,")
    _edit(rules_copy / "projects.yaml", "Town, Hub,", "Town, Hotspot, Hub,")
    edited = RuleSet.load(rules_copy)
    found = {(r.table, r.raw_text, r.rule_id) for r in pipeline.extract(text, ruleset=edited)}
    assert ("organisations", "Qingdao Haiwei Marine Pty", "organisations:company_en") in found
    assert ("projects", "Nanjing Robotics Hotspot", "projects:park_en") in found


def test_a_new_chinese_suffix_is_one_yaml_edit(rules_copy: Path) -> None:
    text = "江苏省海洋装备产业研究所联合体成立。"
    _edit(rules_copy / "organisations.yaml", "words: [协会, 学会,", "words: [联合体, 协会, 学会,")
    edited = RuleSet.load(rules_copy)
    found = [
        (r.raw_text, r.org_kind) for r in pipeline.extract(text, ruleset=edited) if r.table == "organisations"
    ]
    assert found == [("江苏省海洋装备产业研究所联合体", "association")]


def test_two_rule_sets_never_share_compiled_rules_or_line_cache(rules_copy: Path) -> None:
    line = "The Wuxi Hotspot opened."
    _edit(rules_copy / "projects.yaml", "Town, Hub,", "Town, Hotspot, Hub,")
    edited = RuleSet.load(rules_copy)
    ours, theirs = RULES.compiled(compile_name_rules), edited.compiled(compile_name_rules)
    assert ours is not theirs
    assert find.find_names(line, ours) == ()
    assert [span.rule_id for span in find.find_names(line, theirs)] == ["projects:park_en"]
    assert find.find_names(line, ours) == ()


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


@requires_gold
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
    rules = RULES.compiled(compile_name_rules)
    vocabulary = set(rules.suffixes) | set(rules.known)
    assert chinese.word_hits(text, rules) == _words_ending_at(text, vocabulary)


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
    rules = RULES.compiled(compile_name_rules)
    single = find.scan_line(sentence, rules)
    assert single, "the sentence must hold names for this test to mean anything"
    repeats = 200  # far more names than are resolved pairwise
    found = find.scan_line(sentence * repeats, rules)
    shifted = [
        (span.table, span.start + copy * len(sentence), span.end + copy * len(sentence), span.rule_id)
        for copy in range(repeats)
        for span in single
    ]
    assert sorted((s.table, s.start, s.end, s.rule_id) for s in found) == sorted(shifted)


def test_cost_grows_linearly_with_line_length() -> None:
    import time

    unit = (
        "澜湖科学园规划总面积约6.4平方公里，分两期建设，聚集企业500多家。"
        "The park covers 6.4 square kilometres. "
    )

    rules = RULES.compiled(compile_name_rules)

    def seconds(copies: int) -> float:
        best = float("inf")
        for _ in range(2):
            started = time.process_time()
            find.scan_line(unit * copies, rules)
            best = min(best, time.process_time() - started)
        return best

    small, large = seconds(500), seconds(8000)
    # 16 times the text: linear work takes about 16 times as long, quadratic work 256 times.
    assert large < 40 * max(small, 1e-3)


def test_rules_load_without_jieba_when_its_dictionary_is_disabled() -> None:
    import subprocess
    import sys

    assert RULES.file("organisations")["jieba_dictionary"]["enabled"] is False
    script = (
        "import sys; from pipeline.rules.ruleset import RuleSet"
        "; from pipeline.extractors.names.rules import compile_name_rules"
        f"; RuleSet.load({str(RULES.directory)!r}).compiled(compile_name_rules)"
        "; print('jieba' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_the_dictionary_s_names_carry_its_id_when_it_is_enabled(rules_copy: Path) -> None:
    _edit(
        rules_copy / "organisations.yaml",
        "jieba_dictionary:\n  enabled: false\n",
        "jieba_dictionary:\n  enabled: true\n",
    )
    rules = RuleSet.load(rules_copy).compiled(compile_name_rules)
    assert "organisations:jieba_nt" in {rule_id for rule_id, _ in rules.known.values()}


# Chinese left edges: verbs after their subject, the whole of a place, words
# that begin with an administrative character.


def test_chinese_verb_of_meeting_or_thanks_after_its_subject_is_left_out() -> None:
    assert org_names("会长周敏感谢温州鞋革商会的支持。") == [("温州鞋革商会", "association")]
    assert org_names("代表团昨日到访青田县侨商联合会。") == [("青田县侨商联合会", "association")]


def test_chinese_whole_place_is_no_office_place() -> None:
    assert org_names("全县上下认真落实县教育局部署。") == [("县教育局", "government")]


def test_chinese_admin_character_inside_a_word_begins_no_office() -> None:
    assert org_names("建成面向中亚的区域物流中心。") == []
    assert org_names("区政务中心延长了服务时间。") == [("区政务中心", "government")]


def test_chinese_title_after_a_party_committee_is_left_out() -> None:
    assert org_names("嘉兴市委常委出席活动。") == [("嘉兴市委", "government")]


def test_chinese_bare_company_of_field_nouns_is_a_kind_not_a_name() -> None:
    assert org_names("园区里的物流运输公司增加了。") == []
    assert org_names("县里引进了禾丰公司。") == [("禾丰公司", "company")]


def test_chinese_party_word_before_a_conjunction_stays_out_of_the_name() -> None:
    assert org_names("会议邀请专家和禾丰集团代表参加。") == [("禾丰集团", "company")]
    assert org_names("嘉宾及禾丰商会代表出席。") == [("禾丰商会", "association")]
    assert org_names("澜江神经科学与类脑研究中心成立。") == [("澜江神经科学与类脑研究中心", "research")]


def test_chinese_company_described_or_named_before_a_conjunction_is_a_party() -> None:
    assert org_names("本公司与禾丰有限公司签订了供货合同。") == [("禾丰有限公司", "company")]


def test_chinese_middle_dot_after_a_complete_name_joins_two_parties() -> None:
    assert org_names("桐乡市人民政府·禾丰电子有限公司签约仪式举行。") == [
        ("桐乡市人民政府", "government"),
        ("禾丰电子有限公司", "company"),
    ]
    assert org_names("约翰·迪尔集团发布报告。") == [("约翰·迪尔集团", "company")]


def test_chinese_office_named_by_a_verb_before_a_title() -> None:
    assert org_names("会议期间,推进办副主任周宁发言。") == [("推进办", "government")]
    assert org_names("市里持续推进办公自动化。") == []


def test_chinese_investment_fair_is_no_chamber_of_commerce() -> None:
    assert org_names("县里举办春季招商会。") == []


def test_chinese_verb_after_a_place_stays_in_a_company_name() -> None:
    assert org_names("宁海建设集团有限公司中标。") == [("宁海建设集团有限公司", "company")]
    assert org_names("中国建设银行台州分行放贷。") == [("中国建设银行台州分行", "company")]
    assert org_names("多家机构联合设立禾丰基金管理有限公司。") == [("禾丰基金管理有限公司", "company")]
    assert org_names("县里在宁海建设研发中心。") == []


def test_chinese_company_list_closed_by_a_count_or_zai_nei() -> None:
    assert [n for n, _ in org_names("开发区引进了云岚生物、禾丰科技两家企业。")] == ["云岚生物", "禾丰科技"]
    assert [n for n, _ in org_names("包括云岚生物、禾丰科技在内的30家企业参会。")] == ["云岚生物", "禾丰科技"]
    assert org_names("新增规上企业超40家、专精特新企业超12家。") == []


def test_chinese_company_short_name_before_a_title_or_a_statement() -> None:
    assert org_names("会上,禾岚科技董事长王磊致辞。") == [("禾岚科技", "company")]
    assert org_names("会上,人工智能董事长论坛开幕。") == []


def test_chinese_generic_verb_before_a_place_begins_no_name() -> None:
    assert org_names("区里组织溧阳禾丰储能科技有限公司参展。") == [("溧阳禾丰储能科技有限公司", "company")]
    assert org_names("工作组前往溧阳禾丰储能科技有限公司调研。") == [("溧阳禾丰储能科技有限公司", "company")]
    assert org_names("深圳投资控股有限公司发布公告。") == [("深圳投资控股有限公司", "company")]


def test_chinese_one_character_verb_of_movement_before_a_place() -> None:
    assert org_names("工作组赴溧阳禾丰储能科技有限公司调研。") == [("溧阳禾丰储能科技有限公司", "company")]
    assert org_names("温州驻北京办事处主任出席。") == [("温州驻北京办事处", "government")]


def _line_contexts(lines: list[str]) -> list[LineContext]:
    return [LineContext(n, normalise_line(n, text, RULES).norm_text, "zh") for n, text in enumerate(lines, 1)]


def test_a_listed_short_name_is_found_wherever_the_document_uses_it() -> None:
    lines = [
        "岚海电子:岚海电子关于对外投资的公告",
        "证券代码:600002  证券简称:岚海电子  公告编号:临 2024-01",
        "岚海电子股份有限公司董事会保证公告内容真实。",
    ]
    contexts = _line_contexts(lines)
    spans = organisations.find_spans(contexts, DocumentContext(), RULES)
    short = [(s.line_no, s.fields["alias_of"]) for s in spans if s.fields["name"] == "岚海电子"]
    assert short == [(1, "岚海电子股份有限公司"), (1, "岚海电子股份有限公司"), (2, "岚海电子股份有限公司")]


def test_a_listing_label_without_a_full_company_name_declares_nothing() -> None:
    lines = ["证券简称:岚海电子  公告编号:临 2024-01", "岚海电子召开董事会。"]
    contexts = _line_contexts(lines)
    assert [s.fields["name"] for s in organisations.find_spans(contexts, DocumentContext(), RULES)] == []


def test_a_known_two_character_brand_anchors_an_acting_short_name() -> None:
    assert org_names("上月,复星医药拟在园区设立新工厂。") == [("复星医药", "company")]
    assert org_names("上月,锂电池科技拟在园区设立新工厂。") == []


def test_every_place_before_an_office_names_no_body() -> None:
    assert org_names("文件发至各市商务局执行。") == []
    assert org_names("文件由市商务局印发。") == [("市商务局", "government")]


def test_liaison_offices_and_review_boards_are_government_bodies() -> None:
    assert org_names("开发区设立了东京经贸联络处。") == [("东京经贸联络处", "government")]
    assert org_names("园区审议会第二次会议召开。") == [("园区审议会", "government")]


def test_a_foreign_body_in_general_is_no_partner_company() -> None:
    assert org_names("研究院与外国机构签署了协议。") == []


def test_a_short_name_before_an_exchange_code_is_a_company() -> None:
    assert org_names("记者从瑞澜生物(2288.HK)获悉,新厂已投产。") == [("瑞澜生物", "company")]
    assert org_names("岚海电子(600002)今日发布年报。") == [("岚海电子", "company")]
    # a bare number in brackets names no exchange
    assert org_names("瑞澜生物(2288)新厂已投产。") == []


def test_a_company_shown_acting_once_is_found_at_its_other_uses() -> None:
    lines = ["瀚海智芯正式落户开发区。", "瀚海智芯第三季营收增长三成。", "分析师看好瀚海智芯明年的订单。"]
    spans = organisations.find_spans(_line_contexts(lines), DocumentContext(), RULES)
    found = [(s.line_no, s.fields["name"], s.rule_id) for s in spans]
    assert found == [
        (1, "瀚海智芯", "organisations:acting_subject"),
        (2, "瀚海智芯", "organisations:repeated_name"),
        (3, "瀚海智芯", "organisations:repeated_name"),
    ]


def test_a_name_never_shown_acting_is_not_repeated() -> None:
    lines = ["瀚海智芯第三季营收增长三成。", "分析师看好瀚海智芯明年的订单。"]
    assert organisations.find_spans(_line_contexts(lines), DocumentContext(), RULES) == []


def test_a_repeated_name_inside_a_longer_name_is_not_split_out() -> None:
    lines = ["瀚海智芯正式落户开发区。", "瀚海智芯研究院负责建设。"]
    spans = organisations.find_spans(_line_contexts(lines), DocumentContext(), RULES)
    assert [(s.fields["name"], s.rule_id) for s in spans] == [
        ("瀚海智芯", "organisations:acting_subject"),
        ("瀚海智芯研究院", "organisations:research_institute"),
    ]


def _repeats(lines: list[str], ruleset: RuleSet = RULES, table=organisations) -> list[tuple[int, str]]:
    spans = table.find_spans(_line_contexts(lines), DocumentContext(), ruleset)
    return [(s.line_no, s.fields["name"]) for s in spans if s.rule_id.endswith(":repeated_name")]


def test_a_described_company_and_a_two_character_name_are_repeated() -> None:
    assert _repeats(["设备由澜岳精工供应。", "澜岳精工今年订单翻番。"]) == [(2, "澜岳精工")]
    assert _repeats(["澜铁股价今早上升。", "分析师认为，澜铁的票价调整有利盈利。"]) == [(2, "澜铁")]


def test_a_repeat_is_never_inside_a_title_an_address_or_a_longer_word() -> None:
    assert _repeats(["瀚海智芯正式落户开发区。", "作者出版了《瀚海智芯传》一书。"]) == []
    assert _repeats(["瀚海智芯正式落户开发区。", "详情见 www.瀚海智芯.cn 页面。"]) == []
    assert not find._used_alone("青年人多", 1, 3, False, RULES.compiled(compile_name_rules))


def test_a_common_word_is_never_repeated() -> None:
    rules = RULES.compiled(compile_name_rules)
    repeat = rules.repeated["organisations"]
    assert find._repeatable_chinese("澜铁", repeat)
    assert not find._repeatable_chinese("县政府", repeat)


def test_repeated_names_may_seed_projects_and_must_name_rules_of_the_file(rules_copy: Path) -> None:
    path = rules_copy / "projects.yaml"
    _edit(
        path,
        "# Short forms declared after a full name",
        "repeated_names:\n  id: repeated_name\n  rules: [park]\n"
        '  examples: [{text: "青禾高新区招商。企业已与青禾高新区签约。", match: 青禾高新区}]\n\n'
        "# Short forms declared after a full name",
    )
    # (a zone that signs acts as its administration, organisations.yaml acting_zone:
    # the repeat is shown where the park rule refuses a place's surroundings)
    lines = ["青禾高新区新增企业两百家。", "青禾高新区周边道路已经贯通。"]
    assert _repeats(lines, RuleSet.load(rules_copy), projects) == [(2, "青禾高新区")]
    _edit(path, "  rules: [park]", "  rules: [parkk]")
    assert "repeated_names.rules[0]: 'parkk' names no rule of projects.yaml (closest: park" in _load_error(
        rules_copy
    )


def test_an_office_without_a_place_is_a_body_where_it_acts_as_one() -> None:
    assert org_names("運輸事務署今年將推出新措施。") == [("运输事务署", "government")]
    assert org_names("勞工事務局聯同社會保障署推出計劃。") == [
        ("劳工事务局", "government"),
        ("社会保障署", "government"),
    ]
    assert org_names("新格局推出後市場反應熱烈。") == []


def test_a_company_named_after_its_park_and_what_it_builds_stays_whole() -> None:
    for name in ("县工业园区开发建设有限公司", "青山高新区开发建设有限公司"):
        assert org_names(f"{name}负责园区施工。") == [(name, "company")]
    # a body that acts on another name is still cut before it
    found = org_names("特区政府重视聆听厂商会意见。")
    assert found == [("特区政府", "government"), ("厂商会", "association")]


def test_companies_listed_after_their_head_noun() -> None:
    found = org_names("当天签约的企业包括青禾精密、瀚海智芯和云岫科技。")
    assert found == [("青禾精密", "company"), ("瀚海智芯", "company"), ("云岫科技", "company")]
    assert org_names("重点企业包括汽车、电子和化工。") == []
    # one item is no list
    assert org_names("签约企业包括青禾精密。") == []


def test_a_short_name_before_a_company_officers_title_is_a_company() -> None:
    assert org_names("会上,青禾精密董事长介绍了新厂进度。") == [("青禾精密", "company")]
    assert org_names("会上,欧阳明华董事长介绍了新厂进度。") == []


def test_a_persons_name_has_single_characters_after_the_surname_and_given_name() -> None:
    assert chinese._persons_name("欧阳明华")
    assert not chinese._persons_name("宁德时代")


def test_a_section_is_named_with_its_bureau() -> None:
    assert org_names("区发改局投资科负责人介绍了进展。") == [("区发改局投资科", "government")]
    assert org_names("县卫健委医政科与县医院骨科联合开展义诊。") == [("县卫健委医政科", "government")]


def test_a_bare_general_office_before_a_title_names_no_body() -> None:
    # every body and firm has a general office: whose it is must be said
    assert org_names("副县长、办公室主任李青出席。") == []
    assert org_names("青山县人民政府办公室主任李青出席。") == [("青山县人民政府办公室", "government")]
    # other bare offices still name the body before a title
    assert org_names("开发区党工委书记、管委会主任李明出席。") == [
        ("开发区党工委", "government"),
        ("管委会", "government"),
    ]


def test_a_centre_listed_among_departments_is_a_body() -> None:
    assert ("镇便民服务中心", "other") in org_names("镇财政所、镇便民服务中心等部门上门服务。")
    assert projects_of("镇财政所、镇便民服务中心等部门上门服务。") == []
    # a centre that opens is a facility
    assert org_names("镇便民服务中心正式启用。") == []


def projects_of(text: str) -> list[str]:
    """Names of the projects found on one line of text."""
    line = normalise_line(1, text, RULES)
    spans = projects.find_spans([LineContext(1, line.norm_text, line.lang)], DocumentContext(), RULES)
    return [span.fields["name"] for span in spans]


def test_a_branch_or_a_township_office_is_named_with_its_place() -> None:
    assert org_names("市生态环境局东湖分局开展执法检查。") == [("市生态环境局东湖分局", "government")]
    assert org_names("县里组建了一支志愿服务大队。") == []
    assert org_names("乡财政所、乡农技站派人指导。") == [
        ("乡财政所", "government"),
        ("乡农技站", "government"),
    ]
    assert org_names("新建一座水利站。") == []
    assert org_names("青山县人大常委会听取专项报告。") == [("青山县人大常委会", "government")]
    assert org_names("会议还审议了常委会工作报告。") == []


def test_cooperatives_and_state_builders_bureaus_are_companies() -> None:
    assert org_names("青禾种植专业合作社带动农户增收。") == [("青禾种植专业合作社", "company")]
    assert org_names("全县新增种植专业合作社12家。") == []
    assert org_names("该项目由中建三局承建。") == [("中建三局", "company")]
    # a bureau's name known by its prefix needs that prefix
    assert org_names("局里开会研究。") == []


def test_schools_are_named_by_their_place_and_federations_of_cooperatives_whole() -> None:
    assert org_names("青禾县第一中学新校区投用。") == [("青禾县第一中学", "other")]
    assert org_names("推进农村小学和初级中学建设。") == []
    assert org_names("东湖县供销合作社联合社开展助农活动。") == [("东湖县供销合作社联合社", "company")]


def test_a_coined_company_name_may_begin_with_a_numeral_character() -> None:
    assert org_names("由三禾生物科技公司投资建设。") == [("三禾生物科技公司", "company")]
    # a count before the ending is still a count
    assert org_names("十大科技公司名单出炉。") == []


def test_a_places_mass_organisations_are_associations() -> None:
    found = org_names("青禾县妇联、县总工会联合开展关爱活动。")
    assert found == [("青禾县妇联", "association"), ("县总工会", "association")]
    assert org_names("妇联干部走访困难家庭。") == []


def test_an_acting_office_keeps_the_kind_its_prefix_gives() -> None:
    # the acting rule wins the tie on the same text; the kind is the office's
    assert ("区投促中心", "government") in org_names("区发改局、区投促中心等部门共同参与。")
    assert ("滨海创业服务中心", "other") in org_names("滨海创业服务中心主任王军介绍了情况。")


def document_orgs(*texts: str) -> list[tuple[str, str, str | None]]:
    """(name, org_kind, alias_of) of every organisation found in a document of these lines."""
    lines = [
        LineContext(n, line.norm_text, line.lang)
        for n, line in ((n, normalise_line(n, text, RULES)) for n, text in enumerate(texts, 1))
    ]
    spans = organisations.find_spans(lines, DocumentContext(), RULES)
    return [(s.fields["name"], s.fields["org_kind"], s.fields["alias_of"]) for s in spans]


def test_an_undeclared_acronym_of_a_full_name_stands_for_it() -> None:
    found = document_orgs(
        "The Riverside Export Promotion Authority published its outlook today.",
        "EPA says exports will grow by 3% next year.",
    )
    assert ("EPA", "government", "Riverside Export Promotion Authority") in found


def test_an_acronym_of_two_full_names_stands_for_neither() -> None:
    found = document_orgs(
        "The Riverside Export Promotion Authority met the Lakeside Export Promotion Authority today.",
        "EPA says exports will grow by 3% next year.",
    )
    assert [alias for name, _kind, alias in found if name == "EPA"] == [None]


def test_a_township_office_begins_at_the_townships_name() -> None:
    assert ("石塘镇财政所", "government") in org_names("今年以来,石塘镇财政所加强资金监管。")
    assert ("镇财政所", "government") in org_names("组织镇财政所开展培训。")


def test_a_subsidiary_is_a_company_of_its_own() -> None:
    found = [name for name, _ in org_names("澜舟控股集团有限公司全资子公司澜舟新能源有限公司负责建设。")]
    assert found == ["澜舟控股集团有限公司", "澜舟新能源有限公司"]
    # a branch after its company stays one name
    assert [name for name, _ in org_names("国网青禾省电力有限公司东湖供电公司负责配套电网。")] == [
        "国网青禾省电力有限公司东湖供电公司"
    ]


def test_a_county_centre_where_an_event_is_held_is_no_body() -> None:
    assert org_names("签约仪式在县政务中心举行。") == []
    assert org_names("区政务中心延长了服务时间。") == [("区政务中心", "government")]


def test_a_bureau_before_its_deputy_heads_title_is_named() -> None:
    assert org_names("浙江省经济和信息化厅副厅长陈明出席。") == [("浙江省经济和信息化厅", "government")]
    assert org_names("湖州市经济和信息化局副局长陈明出席。") == [("湖州市经济和信息化局", "government")]


def test_a_known_body_of_every_place_is_no_one_body() -> None:
    assert org_names("各地发改委、工信部门要抓好落实。") == []
    assert org_names("通知要求各省能源局、发改委做好统筹。") == []
    assert [name for name, _ in org_names("各部门配合发改委做好工作。")] == ["发改委"]


def test_a_list_led_by_every_reaches_over_bodies_only() -> None:
    assert [name for name, _ in org_names("各地考生、工信部专家参加了活动。")] == ["工信部"]
    assert [name for name, _ in org_names("各项规则、商务部的意见都已收到。")] == ["商务部"]
    assert org_names("各市财政局、发改委联合发文。") == []


def test_a_suffix_name_after_every_place_is_no_one_body() -> None:
    assert org_names("各地体育局陆续发布赛程。") == []
    assert org_names("各地市场监管局开展了抽查。") == []
    assert org_names("各省儿童医院派出医生。") == []
    assert org_names("湖州市体育局发布赛程。") == [("湖州市体育局", "government")]


def test_a_ministry_department_holds_its_ministry() -> None:
    assert org_names("商务部外资司负责人介绍了情况。") == [("商务部外资司", "government")]
    assert org_names("工信部规划司司长出席。") == [("工信部规划司", "government")]
    assert [name for name, _ in org_names("县交通局下属运输公司负责营运。")] == ["县交通局"]


def test_a_university_before_its_presidents_title_is_no_school() -> None:
    assert org_names("澳門科技大學校長表示。") == [("澳门科技大学", "other")]


def test_a_bureau_named_by_its_work_after_a_place_is_whole() -> None:
    assert org_names("湖州市统计局数据显示。") == [("湖州市统计局", "government")]


def test_a_company_owned_by_a_parent_is_a_company_of_its_own() -> None:
    assert org_names("澜舟集团旗下澜舟储能有限公司中标。") == [
        ("澜舟集团", "company"),
        ("澜舟储能有限公司", "company"),
    ]
    found = [name for name, _ in org_names("澜舟集团所属澜舟物流公司负责运输。")]
    assert found == ["澜舟集团", "澜舟物流公司"]


def test_a_body_of_the_writers_own_place_keeps_its_level() -> None:
    assert org_names("我县人民政府印发了实施意见。") == [("县人民政府", "government")]
    assert org_names("据我市统计局测算,产值增长。") == [("市统计局", "government")]
    assert org_names("我县澜舟集团完成改制。") == [("澜舟集团", "company")]


def test_this_place_is_the_writers_own_place() -> None:
    assert org_names("本市统计局公布了数据。") == [("市统计局", "government")]


@pytest.mark.parametrize("text", ["青禾理工大学校园开放日举行。", "青禾理工大学校庆活动启动。"])
def test_a_university_before_the_words_of_its_grounds_is_no_school(text: str) -> None:
    assert org_names(text) == [("青禾理工大学", "other")]


def test_the_relevant_departments_of_a_ministry_are_no_body() -> None:
    assert org_names("工信部有关司局负责人出席。") == [("工信部", "government")]


def test_a_short_company_name_before_its_partner_is_a_party_of_its_own() -> None:
    assert org_names("宜明科技与圣丰集团签约。") == [("宜明科技", "company"), ("圣丰集团", "company")]
    assert org_names("中国医药与健康产业集团成立。") == [("中国医药与健康产业集团", "company")]


def _screened_chinese_patterns():
    rules = RULES.compiled(compile_name_rules)
    return [
        rules.acting_subject_pattern,
        rules.acting_partner_pattern,
        rules.acting_title_pattern,
        rules.coded_company_pattern,
    ]


# Pieces of invented lines: short names, joiners, verbs, titles, codes and fillers.
SCREENED_PIECES = [
    *("青禾精密", "岚海", "星澜科技", "与", "和", "已", "正式", "签约", "落户", "宣布投资", "合作"),
    *("董事长", "总裁", "(2288.HK)", "(600002)", "(2023年)", "，", "。", "他说", " "),
]


def test_every_screened_chinese_name_pattern_has_a_screen():
    assert all(pattern.screen is not None for pattern in _screened_chinese_patterns())


@settings(deadline=None)  # the first example compiles the rules
@given(st.lists(st.sampled_from(SCREENED_PIECES), max_size=10).map("".join))
def test_screened_chinese_name_patterns_find_what_the_patterns_alone_find(text):
    for screened in _screened_chinese_patterns():
        expected = [match.span() for match in screened.pattern.finditer(text)]
        assert [match.span() for match in screened.finditer(text)] == expected


def test_a_line_without_a_verb_title_or_code_skips_the_acting_patterns():
    line = "青禾精密的新厂房很大。"
    assert all(pattern.screen.search(line) is None for pattern in _screened_chinese_patterns())
    assert org_names("青禾精密与岚海科技签约。") == [("青禾精密", "company"), ("岚海科技", "company")]


def test_chinese_short_partner_after_a_full_name_is_a_company() -> None:
    found = [name for name, _ in org_names("澜海集团有限公司与华为签署战略合作协议。")]
    assert found == ["澜海集团有限公司", "华为"]


def test_chinese_partner_that_names_no_company_stays_out() -> None:
    assert [name for name, _ in org_names("县政府与李明签约。")] == ["县政府"]
    assert [name for name, _ in org_names("学校与企业共建实训基地。")] == []


def document_org_names(*texts: str) -> list[tuple[int, str]]:
    """(line number, name) of every organisation found in a document of these lines."""
    lines = []
    for number, text in enumerate(texts, 1):
        line = normalise_line(number, text, RULES)
        lines.append(LineContext(number, line.norm_text, line.lang))
    return [
        (span.line_no, span.fields["name"])
        for span in organisations.find_spans(lines, DocumentContext(), RULES)
    ]


def test_a_speaker_read_as_a_person_is_a_company_where_another_line_names_the_company() -> None:
    said = "周鹏表示,海外订单增长三成。"
    assert document_org_names(said) == []
    assert document_org_names("周鹏集团昨日发布了年报。", said) == [(1, "周鹏集团"), (2, "周鹏")]
    # a name one character longer is another company, no evidence
    assert document_org_names("周鹏飞集团昨日发布了年报。", said) == [(1, "周鹏飞集团")]


def test_a_common_word_that_speaks_is_a_company_through_its_side() -> None:
    assert org_names("小米表示,新机下月发布。") == []
    assert org_names("小米方面表示,新机下月发布。") == [("小米", "company")]


@pytest.mark.parametrize("text", ["广州银行业持续发展。", "天津保险业今年保费增长。", "中国银行业整体稳健。"])
def test_a_place_before_a_sector_names_no_bank(text: str) -> None:
    assert org_names(text) == []


@pytest.mark.parametrize("text", ["上海银行宣布分红。", "广州银行业务稳步增长。"])
def test_a_bank_before_its_business_is_still_named(text: str) -> None:
    assert [name for name, _ in org_names(text)] == [text[:4]]


@pytest.mark.parametrize(
    "text", ["一家苏州软件公司拿下了订单。", "两家广州物流公司签约。", "这家杭州科技公司成立于2015年。"]
)
def test_a_counted_place_and_field_before_company_is_a_description(text: str) -> None:
    assert org_names(text) == []


def test_a_place_and_a_coined_word_before_company_is_a_name() -> None:
    assert org_names("签约企业包括宁波澜禾公司。") == [("宁波澜禾公司", "company")]


@pytest.mark.parametrize(
    ("text", "name"),
    [("首都体育大学举办运动会。", "首都体育大学"), ("首都旅游集团发布年报。", "首都旅游集团")],
)
def test_the_capital_leading_a_name_stays_in_it(text: str, name: str) -> None:
    assert [found for found, _ in org_names(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "国有银行表示，将加大信贷投放。",
        "五大行称，存款利率下调。",
        "民营银行纷纷推出新产品。",
        "股份制银行下调了利率。",
    ],
)
def test_a_bank_named_by_its_ownership_or_a_count_is_a_kind(text: str) -> None:
    assert org_names(text) == []


def test_a_bank_short_name_still_speaks() -> None:
    assert org_names("工行表示，将扩大普惠贷款。") == [("工行", "company")]


@pytest.mark.parametrize(
    "text", ["据当地电视台报道，道路已恢复通行。", "本地医院表示床位充足。", "外地银行纷纷来此设点。"]
)
def test_a_local_body_in_general_is_no_name(text: str) -> None:
    assert org_names(text) == []


def test_a_place_before_fund_companies_names_no_fund() -> None:
    assert org_names("上海基金公司加大了权益投资。") == []


def test_a_named_fund_company_is_one_company() -> None:
    assert org_names("澜禾基金公司募集了新产品。") == [("澜禾基金公司", "company")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("母公司澜岭控股表示，将继续增资。", ["澜岭控股"]),
        ("控股股东澜岭集团宣布增持。", ["澜岭集团"]),
        ("澜岭集团母公司表示支持。", ["澜岭集团"]),
    ],
)
def test_a_parent_or_owner_is_no_part_of_a_name(text: str, names: list[str]) -> None:
    assert [name for name, _ in org_names(text)] == names


@pytest.mark.parametrize("text", ["澜溪社区居委会组织了义诊。", "澜溪小区委托物业公司管理。"])
def test_an_administrative_prefix_ending_a_word_begins_no_office(text: str) -> None:
    assert [kind for _, kind in org_names(text) if kind == "government"] == []


def test_a_district_office_still_begins_at_its_prefix() -> None:
    assert org_names("区委书记出席了会议。") == [("区委", "government")]


@pytest.mark.parametrize(
    "text", ["伤者已被送往三甲医院。", "两名患者转入定点医院观察。", "老人可以到社区医院复诊。"]
)
def test_a_kind_of_hospital_is_no_name(text: str) -> None:
    assert org_names(text) == []


def test_a_named_hospital_after_a_transfer_verb_starts_at_its_name() -> None:
    assert org_names("患者转入澜溪医院治疗。") == [("澜溪医院", "other")]


def test_a_company_after_the_kind_that_describes_it_is_named() -> None:
    assert [name for name, _ in org_names("全球第三大的光伏玻璃制造商禾鹭新材今年扩产。")] == ["禾鹭新材"]
    assert [name for name, _ in org_names("两家评级机构岚信、青鹏均上调了评级。")] == ["岚信", "青鹏"]
    # a verb, a common word or a title after the kind names nothing
    assert org_names("多家外资企业参加了座谈会。") == []
    assert org_names("全省科技型企业数量突破一万家。") == []
    assert org_names("该公司总经理出席了仪式。") == []


def test_the_object_of_a_purchase_and_the_parent_before_belonging_are_companies() -> None:
    found = [name for name, _ in org_names("澜鹭新材以8亿元收购了禾岚精工的全部股权。")]
    assert found == ["澜鹭新材", "禾岚精工"]
    assert "岚峰科技" in [name for name, _ in org_names("岚峰科技旗下的禾鹭物流负责配送。")]
    assert org_names("公司收购价格较市价溢价两成。") == []


def test_a_described_name_right_after_another_name_is_not_reported() -> None:
    # the kind ends a company's own name: what follows is its product
    assert [name for name, _ in org_names("青岚集团公司黑茶系列产品远销海外。")] == ["青岚集团公司"]


def test_short_names_joined_to_an_organisation_are_companies() -> None:
    found = [name for name, _ in org_names("会上，岚峰生物与青禾大学附属医院签署了合作协议。")]
    assert found == ["岚峰生物", "青禾大学附属医院"]
    found = [name for name, _ in org_names("会议邀请了澜江银行、岚讯、青禾银行的代表。")]
    assert found == ["澜江银行", "岚讯", "青禾银行"]
    # a person, a kind or a place before a government level joined to a body is none
    assert [name for name, _ in org_names("李明与青禾集团签署合作协议。")] == ["青禾集团"]
    assert [name for name, _ in org_names("青禾集团与安徽萧县、澜讯合作。")] == ["青禾集团"]


def test_a_known_name_before_a_conjunction_ends_there() -> None:
    found = [name for name, _ in org_names("證監會與澜海交易所聯合發布指引。")]
    assert found == ["证监会", "澜海交易所"]


def test_the_last_item_of_a_company_list_splits_at_a_joiner() -> None:
    found = [name for name, _ in org_names("澜讯通信、青鹏移动及岚峰电信三家运营商均已完成测试。")]
    assert found == ["澜讯通信", "青鹏移动", "岚峰电信"]
    # a joiner inside a research body's name is no split: the list is no company list
    assert [name for name, _ in org_names("澜江神经科学与类脑研究中心、青禾大学等单位参加。")] == [
        "澜江神经科学与类脑研究中心",
        "青禾大学",
    ]


def test_a_clauses_first_name_before_what_only_a_company_has_is_a_company() -> None:
    assert [name for name, _ in org_names("岚讯股价今日一度涨停。")] == ["岚讯"]
    assert [name for name, _ in org_names("青鹏今年第三季度净利润同比增长。")] == ["青鹏"]
    assert [name for name, _ in org_names("青鹏周二发布了新款手机。")] == ["青鹏"]
    # a verb of release needs a time before it; a person or a generic word is none
    assert org_names("张明工程师介绍了方案。") == []
    assert org_names("公司股价今日一度涨停。") == []


def test_a_chinese_short_form_alone_in_brackets_is_declared() -> None:
    found = organisations_with_aliases("澜江省产业发展署(产发署)发布通知。记者从产发署获悉。")
    assert ("产发署", "澜江省产业发展署") in found
    # a place in brackets, or characters not of the name, declare nothing
    assert organisations_with_aliases("澜海电子有限公司(青禾)发布公告。") == [("澜海电子有限公司", None)]


def organisations_with_aliases(text: str) -> list[tuple[str, str | None]]:
    """(name, alias_of) of every organisation found on one line of text."""
    line = normalise_line(1, text, RULES)
    spans = organisations.find_spans([LineContext(1, line.norm_text, line.lang)], DocumentContext(), RULES)
    return [(span.fields["name"], span.fields["alias_of"]) for span in spans]


def test_a_name_after_ju_or_to_whom_something_is_sent_is_a_company() -> None:
    assert [name for name, _ in org_names("据岚讯统计，上月销量增长一成。")] == ["岚讯"]
    assert "岚讯" in [name for name, _ in org_names("交易所向岚讯发出问询函。")]
    # a person after 据, a common word after 向, a buyer who is a person: none
    assert org_names("据张明介绍，上月销量增长一成。") == []
    assert org_names("企业可向社会公开招聘。") == []
    assert [name for name, _ in org_names("张明收购了岚讯的股份。")] == ["岚讯"]


def test_an_abbreviation_of_a_common_thing_is_no_company_by_position_alone() -> None:
    assert org_names("其中社保缴费增长最快。") == []
    assert org_names("外资企业社保缴费基数调整。") == []
    assert org_names("该公司锂电业务发展迅速。") == []
    # joined to an organisation, an abbreviation is one
    found = [name for name, _ in org_names("金管局、证监会和保监局联合发文。")]
    assert found == ["金管局", "证监会", "保监局"]


def test_a_short_name_before_yu_and_a_companys_ending_is_a_partner_of_its_own() -> None:
    assert [name for name, _ in org_names("岚讯与青禾银行同步上调利率。")] == ["岚讯", "青禾银行"]
    assert [name for name, _ in org_names("两家银行岚讯与青禾银行同步上调利率。")] == ["岚讯", "青禾银行"]
    # 及 inside a name is no partner's end
    assert [name for name, _ in org_names("岚峰交易及结算所有限公司公布业绩。")] == [
        "岚峰交易及结算所有限公司"
    ]


def test_many_bodies_of_a_kind_are_no_company() -> None:
    # a quantifier or a count before a kind speaks or signs for many
    assert org_names("多家央企与东湖区政府签署合作协议。") == [("东湖区政府", "government")]
    assert org_names("部分车企表示，新车型将推迟上市。") == []
    assert org_names("一些银行表示将跟进降息。") == []
    assert org_names("15家药企表示将参加集采。") == []
    assert org_names("有企业表示，订单已排满。") == []
    # before a name the same word is the name's first
    assert org_names("有澜科技表示，订单已排满。") == [("有澜科技", "company")]
    # a company with such a word inside its name stays one
    assert [name for name, _ in org_names("澜途央企服务集团与禾信科技签署协议。")] == [
        "澜途央企服务集团",
        "禾信科技",
    ]


def test_a_place_with_its_level_acting_is_never_a_company() -> None:
    assert [name for name, _ in org_names("禾信集团与澜江县签署投资协议。")] == ["禾信集团"]
    assert org_names("皖北澜江县签约三个光伏项目。") == []
    # its government with its full name is a body
    assert org_names("萧县人民政府签约三个光伏项目。") == [("萧县人民政府", "government")]
    # a word that only ends in a level's character is no level
    assert [name for name, _ in org_names("澜途都市宣布投资建设新城。")] == ["澜途都市"]
    assert [name for name, _ in org_names("禾丰九州签约入驻园区。")] == ["禾丰九州"]


def test_a_place_with_its_level_before_yu_is_a_party_of_its_own() -> None:
    assert [name for name, _ in org_names("澜江县与禾信集团签署投资协议。")] == ["禾信集团"]
    assert [name for name, _ in org_names("澜江市和禾信科技有限公司签约。")] == ["禾信科技有限公司"]
    # both parties named: two names
    assert [name for name, _ in org_names("萧县人民政府与禾信集团签署协议。")] == ["萧县人民政府", "禾信集团"]
    # a word ending in a level's character inside a name is no party
    assert [name for name, _ in org_names("澜海大学城市与区域规划研究院发布报告。")] == [
        "澜海大学城市与区域规划研究院"
    ]


def test_a_generic_word_before_a_short_kind_of_company_speaks_for_the_kind() -> None:
    assert org_names("头部车企表示将继续降价。") == []
    assert org_names("本土券商认为估值偏低。") == []
    assert org_names("外资投行预测明年增长放缓。") == []
    # a proper part before the kind names one
    assert org_names("禾信药企宣布扩产。") == [("禾信药企", "company")]


def test_an_agency_in_a_dateline_is_an_organisation_in_either_language() -> None:
    assert ("中央社", "other") in org_names("（中央社记者周平澜江5日电）经济部今天宣布新措施。")
    assert [name for name, _ in org_names("LANHAI, May 5 (Qiantang Wire) -- Exports rose.")] == [
        "Qiantang Wire"
    ]
    assert [name for name, _ in org_names("Lanhai, Nov. 5 (QNA) Exports rose in October.")] == ["QNA"]
    # a title-case place without its date is no dateline
    assert org_names("Lanhai (QNA) Exports rose in October.") == []


def test_a_kind_of_company_in_a_list_is_no_item_name() -> None:
    found = [name for name, _ in org_names("园区已引进多家央企、澜途生物、禾信精密等企业。")]
    assert found == ["澜途生物", "禾信精密"]


def test_a_person_by_a_title_before_yu_is_a_party_of_their_own() -> None:
    found = [name for name, _ in org_names("萧县县委书记与禾信集团董事长会谈。")]
    assert "禾信集团" in found
    assert all("与" not in name for name in found)


def test_a_place_with_its_level_in_a_company_list_is_no_company() -> None:
    assert org_names("澜江县、禾信市等地企业参加了推介会。") == []
    found = [name for name, _ in org_names("入驻了澜江县、禾信科技、青鹏能源等企业。")]
    assert found == ["禾信科技", "青鹏能源"]


def test_a_kind_of_company_before_yu_is_a_party_of_its_own() -> None:
    assert [name for name, _ in org_names("多家央企与禾信集团签署合作协议。")] == ["禾信集团"]


def test_a_kind_of_company_before_a_name_describes_it() -> None:
    assert org_names("央企禾信集团宣布扩产。") == [("禾信集团", "company")]
    assert org_names("车企澜途汽车有限公司宣布扩产。") == [("澜途汽车有限公司", "company")]
    # a kind that is a name's ending, or no name after the kind: one name
    assert org_names("澜海银行青禾分行发放贷款。") == [("澜海银行青禾分行", "company")]
    assert org_names("澜海企业管理有限公司发布公告。") == [("澜海企业管理有限公司", "company")]


def test_time_word_and_submitting_verb_start_no_body_name() -> None:
    assert org_names("条例草案将于九月提交区议会审议。") == [("区议会", "government")]
    assert org_names("统计显示4月底全体银行贷款增长。") == []


def test_body_name_ends_before_a_verb_of_expecting() -> None:
    assert org_names("青禾房屋委员会预计后年落成公屋。") == [("青禾房屋委员会", "government")]


def test_deputy_title_after_a_bureau_is_no_part_of_it() -> None:
    assert org_names("青禾市商务局副局长王平表示") == [("青禾市商务局", "government")]


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=30),
    st.integers(0, 70),
    st.integers(1, 8),
)
def test_the_spans_near_a_range_hold_every_span_overlapping_it(pairs, start, length):
    spans = [(begin, begin + size) for begin, size in pairs]
    end = start + length
    near = find._Around(spans, find._bounds).near(start, end)
    overlapping = [span for span in spans if span[0] < end and start < span[1]]
    assert sorted(span for span in near if span[0] < end and start < span[1]) == sorted(overlapping)


def test_a_short_form_by_initials_is_found_when_the_full_name_comes_again() -> None:
    # the initials of a full name are read once however often it comes
    once = "明澜电力股份有限公司今日开工。明电表示，订单增长。"
    thrice = (
        "明澜电力股份有限公司今日开工。明澜电力股份有限公司称产能提升。"
        "明澜电力股份有限公司董事长说，明电订单增长。"
    )
    assert org_names(once)[-1] == ("明电", "company")
    assert org_names(thrice)[-1] == ("明电", "company")
