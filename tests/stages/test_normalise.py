"""Normalisation: folding, pinyin removal, t2s, language, and the offset map."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet
from pipeline.stages import normalise
from pipeline.stages.normalise import (
    CJK_RUN,
    LATIN_RUN,
    align,
    convert_lines,
    detect_language,
    fold_lines,
    fold_width,
    latin_letter_count,
    normalise_line,
    normalise_lines,
    normalise_rules,
    remove_pinyin,
    to_simplified,
)
from pipeline.text.patterns import HAN
from tests.conftest import RULES, SEEDS

NORMALISE = RULES.compiled(normalise_rules)

SEED_002 = SEEDS / "002_66be10cd0d1fc5b5.txt"
SEED_004 = SEEDS / "004_08d50b723d129e4a.txt"


def seed_lines(path):
    return path.read_text(encoding="utf-8").split("\n")


def raw_of(line, start, end):
    raw_start, raw_end = line.offsets.to_raw(start, end)
    return line.raw_text[raw_start:raw_end]


# --- traditional -> simplified -------------------------------------------------


def test_t2s_converts_phrases_not_just_characters():
    line = normalise_line(1, "乾燥的天氣 乾隆皇帝 瞭解情況", RULES)
    assert line.norm_text == "干燥的天气 乾隆皇帝 了解情况"
    assert "t2s" in line.flags
    assert line.offsets.is_identity


def test_hong_kong_character_forms_become_the_simplified_ones():
    line = normalise_line(1, "食物環境衞生署衹在枱面", RULES)
    assert line.norm_text == "食物环境卫生署只在台面"
    assert line.offsets.is_identity


def test_simplified_text_is_left_alone_without_flags():
    line = normalise_line(1, "中关村生命科学园签约落地", RULES)
    assert line.norm_text == line.raw_text
    assert line.flags == ()
    assert line.offsets.is_identity


def test_length_keeping_conversion_gives_identity_map():
    converted, offsets = to_simplified("醫藥產業發展", "t2s")
    assert converted == "医药产业发展"
    assert offsets.is_identity


def test_length_changing_conversion_falls_back_to_alignment_map():
    source = "我的記憶體和軟體很好"
    converted, offsets = to_simplified(source, "tw2sp")
    assert converted == "我的内存和软件很好"
    assert not offsets.is_identity
    assert len(offsets) == len(converted)
    spans = {converted[i]: source[slice(*offsets.to_raw(i, i + 1))] for i in range(len(converted))}
    assert spans["内"] == spans["存"] == "記憶體"
    assert spans["软"] == "軟"
    assert spans["件"] == "體"
    assert spans["很"] == "很"
    assert source[slice(*offsets.to_raw(2, 4))] == "記憶體"


def test_align_maps_unchanged_characters_one_to_one():
    offsets = align("abcdef", "abXdef")
    assert offsets.raw_starts() == [0, 1, 2, 3, 4, 5]
    assert offsets.raw_ends() == [1, 2, 3, 4, 5, 6]


def test_align_maps_a_shrunk_block_to_the_whole_source_block():
    offsets = align("ab記憶體cd", "ab内存cd")
    assert offsets.raw_starts() == [0, 1, 2, 2, 5, 6]
    assert offsets.raw_ends() == [1, 2, 5, 5, 6, 7]


def test_align_maps_a_grown_block_and_insertions_without_empty_spans():
    grown = align("a計b", "a出租b")
    assert grown.raw_starts() == [0, 1, 1, 2]
    assert grown.raw_ends() == [1, 2, 2, 3]
    inserted = align("ab", "aXb")
    assert [inserted.to_raw(i, i + 1) for i in range(3)] == [(0, 1), (0, 1), (1, 2)]
    at_start = align("ab", "Xab")
    assert at_start.to_raw(0, 1) == (0, 1)


def test_align_drops_deleted_characters():
    offsets = align("aXYb", "ab")
    assert offsets.raw_starts() == [0, 3]
    assert offsets.to_raw(0, 2) == (0, 4)


# --- pinyin annotations ---------------------------------------------------------


def test_inline_pinyin_annotation_is_removed_and_mapped_back():
    line = normalise_line(1, "19個醫(yī)藥健康產業(yè)項目", RULES)
    assert line.norm_text == "19个医药健康产业项目"
    assert "pinyin_removed" in line.flags
    start = line.norm_text.index("医药")
    assert raw_of(line, start, start + 2) == "醫(yī)藥"
    assert raw_of(line, start, start + 1) == "醫"
    assert raw_of(line, start + 1, start + 2) == "藥"


def test_multi_syllable_and_full_width_bracket_annotations_are_removed():
    assert normalise_line(1, "天津（tiān jīn）市", RULES).norm_text == "天津市"
    assert normalise_line(1, "創(chuàng)新", RULES).norm_text == "创新"


def test_real_parentheses_are_kept():
    for text in ["中心(北京)有限公司", "行动方案(2022—2025年)", "人工智能(AI)", "生命科学园(简称“生命园”)"]:
        line = normalise_line(1, text, RULES)
        assert line.norm_text == text
        assert "pinyin_removed" not in line.flags


def test_toneless_or_capitalised_romanisation_is_kept():
    for text in ["北京 (Běijīng)", "首都(Beijing)", "Café (é)", "的(de)"]:
        assert normalise_line(1, text, RULES).norm_text == text


def test_seed_002_has_109_pinyin_annotations_all_removed():
    pattern = NORMALISE.pinyin_pattern
    lines = seed_lines(SEED_002)
    assert sum(len(pattern.findall(fold_width(line, NORMALISE))) for line in lines) == 109
    normalised = normalise_lines(lines, RULES)
    leftover = regex.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)")
    assert not any(leftover.search(line.norm_text) for line in normalised)
    deleted = sum(len(line.raw_text) - len(line.norm_text) for line in normalised)
    assert deleted == sum(sum(len(m) for m in pattern.findall(fold_width(line, NORMALISE))) for line in lines)


def test_seed_002_line_3_is_normalised_mapped_and_flagged():
    line = normalise_line(3, seed_lines(SEED_002)[2], RULES)
    assert line.norm_text.startswith("3月3日,19个医药健康产业重大项目在昌平区中关村生命科学园签约落地。")
    assert line.flags == ("pinyin_removed", "t2s", "garbled")
    assert line.lang == "zh"
    start = line.norm_text.index("昌平区中关村")
    assert raw_of(line, start, start + 3) == "昌平區"
    assert raw_of(line, start, start + 4) == "昌平區(qū)中"
    # The annotation after the mis-decoded character is removed too.
    assert "(qū)" not in line.norm_text


def test_remove_pinyin_reports_identity_when_nothing_is_removed():
    text, offsets = remove_pinyin("(北京)", NORMALISE)
    assert text == "(北京)"
    assert offsets.is_identity


# --- width and spaces -----------------------------------------------------------


def test_full_width_ascii_is_folded_one_to_one():
    line = normalise_line(1, "ＡＢＣ公司１２３４５元，增长５０％！", RULES)
    assert line.norm_text == "ABC公司12345元,增长50%!"
    assert line.flags == ("fullwidth",)
    assert line.offsets.is_identity


def test_small_form_punctuation_is_folded_one_to_one():
    line = normalise_line(1, "責任編輯﹕陳大文﹐增長5﹪﹙初步﹚", RULES)
    assert line.norm_text == "责任编辑:陈大文,增长5%(初步)"
    assert line.flags == ("fullwidth", "t2s")
    assert line.offsets.is_identity


def test_radicals_a_pdf_text_layer_gives_for_characters_are_folded_one_to_one():
    # Kangxi radicals (⽣ U+2F63, ⼗ U+2F17) and supplement forms (⻓ U+2ED3, ⻘ U+2ED8, ⻑ U+2ED1).
    line = normalise_line(1, "⻘⽲县地区⽣产总值增⻓6.5%，投资⼗亿元，⻑期", RULES)
    assert line.norm_text == "青禾县地区生产总值增长6.5%,投资十亿元,长期"
    assert line.flags == ("fullwidth", "t2s")  # ⻑ is 長, then 长
    assert line.offsets.is_identity
    component = normalise_line(1, "⻏⻐", RULES)  # radicals that are only parts of a character stay
    assert component.norm_text == "⻏⻐"


def test_a_figure_written_with_a_radical_is_read_and_points_at_the_raw_text():
    import pipeline

    figures = [mention for mention in pipeline.extract("全年投资⼗亿元。") if mention.table == "figures"]
    assert [(mention.raw_text, mention.value, mention.unit) for mention in figures] == [
        ("⼗亿元", 1_000_000_000, "CNY")
    ]


def test_odd_spaces_become_plain_spaces_with_space_flag():
    line = normalise_line(1, "北京\u3000上海\u00a0广州\u2009深圳", RULES)
    assert line.norm_text == "北京 上海 广州 深圳"
    assert line.flags == ("space",)
    both = normalise_line(1, "第１\u3000名", RULES)
    assert both.flags == ("fullwidth", "space")


def test_seed_004_full_width_brackets_are_folded_in_place():
    raw = seed_lines(SEED_004)[4]
    line = normalise_line(5, raw, RULES)
    assert line.norm_text == "行动计划(2026—2028年)》的通知"
    assert line.flags == ("fullwidth",)
    start = line.norm_text.index("(")
    assert raw_of(line, start, start + 12) == "（2026—2028年）"


# --- language -------------------------------------------------------------------


def test_detect_language_tells_chinese_english_mixed_and_none():
    assert detect_language("昌平区发布空间布局方案") == "zh"
    assert detect_language("The park signed 19 projects on March 3.") == "en"
    assert detect_language("丹纳赫、DIA中国等国内外知名企业和机构将在昌平共同搭建产业创新生态体系") == "zh"
    assert detect_language("Zhongguancun Life Science Park 中关村生命科学园签约落地项目") == "mixed"
    assert detect_language("2023-2025 | ---") == "none"
    assert detect_language("") == "none"


def test_detect_language_keeps_one_language_for_few_foreign_letters():
    assert detect_language("The word 生命谷 means life valley in Chinese texts") == "en"
    assert detect_language("A股市场今天上涨") == "zh"


def test_normalised_line_carries_language():
    assert normalise_line(1, "Beijing life science park", RULES).lang == "en"
    assert normalise_line(1, "——", RULES).lang == "none"


LANGUAGE_CASES = [
    "",
    "昌平区发布空间布局方案",
    "The park signed 19 projects on March 3.",
    "Zhongguancun Life Science Park 中关村生命科学园签约落地项目",
    "A股市场今天上涨",
    "2023-2025 | ---",
    "Café, naïve and Zürich",  # letters outside ASCII are not Latin letters here
    "ＡＢＣ全角",
    "〇一二",
    "𠀀𠀁 and 𪚥",  # extension B ideographs
    "中" * 12 + "x" * 12,
    "中" * 48 + "x" * 12,
    "\ud800 lone surrogate",
]


def _counted_language(text):
    """The straightforward definition: count both scripts, then decide."""
    han = sum(map(len, CJK_RUN.findall(text)))
    latin = sum(map(len, LATIN_RUN.findall(text)))
    if han == 0 and latin == 0:
        return "none"
    if han == 0:
        return "en"
    if latin == 0:
        return "zh"
    minority = min(han, latin)
    if minority >= normalise.MIXED_LANGUAGE_MIN_LETTERS and minority / (han + latin) >= 0.2:
        return "mixed"
    return "zh" if han >= latin else "en"


@pytest.mark.parametrize("text", LANGUAGE_CASES)
def test_detect_language_agrees_with_counting_both_scripts(text):
    assert detect_language(text) == _counted_language(text)
    assert latin_letter_count(text) == sum(map(len, LATIN_RUN.findall(text)))


def test_detect_language_agrees_with_counting_on_every_seed_line():
    for path in sorted(SEEDS.glob("*")):
        for line in normalise_lines(seed_lines(path), RULES):
            assert line.lang == _counted_language(line.norm_text), (path.name, line.line_no)


# --- a whole document at once -----------------------------------------------------


def _fields(line):
    offsets = line.offsets
    return (
        line.line_no,
        line.raw_text,
        line.norm_text,
        line.lang,
        line.flags,
        line.garbled_spans,
        offsets.is_identity,
        offsets.raw_length,
        offsets.raw_starts(),
        offsets.raw_ends(),
    )


DOCUMENT_LINES = [
    "乾燥的天氣 乾隆皇帝",
    "",
    "乾",
    "隆皇帝",  # 乾 ending one line and 隆 starting the next stay apart
    "19個醫(yī)藥健康產業(yè)項目",
    "ＡＢＣ公司１２３４５元，增长５０％！",
    "北京\u3000上海\u00a0广州",
    "The park signed 19 projects.",
    "   ",
    "項目\ufffd建設",
    "中文a中文",
    "\x00 NUL 乾燥",
    "醫(yī",  # an annotation split over two lines is no annotation
    "yào)藥",
]


def test_blank_line_is_left_as_it_is():
    line = normalise_line(7, "", RULES)
    assert (line.line_no, line.norm_text, line.lang, line.flags, line.garbled_spans) == (
        7,
        "",
        "none",
        (),
        (),
    )
    assert line.offsets.is_identity and len(line.offsets) == 0


def test_normalise_lines_gives_what_normalise_line_gives():
    batched = normalise_lines(DOCUMENT_LINES, RULES)
    one_by_one = [normalise_line(number, raw, RULES) for number, raw in enumerate(DOCUMENT_LINES, start=1)]
    assert [_fields(line) for line in batched] == [_fields(line) for line in one_by_one]
    assert normalise_lines([], RULES) == []


def test_document_without_annotations_gives_what_normalise_line_gives():
    lines = [line for line in DOCUMENT_LINES if "(" not in line]
    batched = normalise_lines(lines, RULES)
    one_by_one = [normalise_line(number, raw, RULES) for number, raw in enumerate(lines, start=1)]
    assert [_fields(line) for line in batched] == [_fields(line) for line in one_by_one]


@settings(deadline=None, max_examples=60)
@given(
    st.lists(st.sampled_from(DOCUMENT_LINES), max_size=8),
    st.lists(st.sampled_from(DOCUMENT_LINES), max_size=8),
)
def test_lines_met_before_give_what_normalise_line_gives(first, second):
    for lines in (first, second, first + second):
        batched = normalise_lines(lines, RULES)
        one_by_one = [normalise_line(number, raw, RULES) for number, raw in enumerate(lines, start=1)]
        assert [_fields(line) for line in batched] == [_fields(line) for line in one_by_one]


def test_a_line_text_met_before_is_not_normalised_again(monkeypatch):
    normalise_lines(["這一行只在本測試出現"], RULES)
    folded = []
    plain = normalise.fold_lines
    monkeypatch.setattr(
        normalise, "fold_lines", lambda lines, rules: folded.extend(lines) or plain(lines, rules)
    )
    lines = normalise_lines(["另一行新的文字", "這一行只在本測試出現", "另一行新的文字"], RULES)
    assert folded == ["另一行新的文字"]
    assert [(line.line_no, line.norm_text) for line in lines] == [
        (1, "另一行新的文字"),
        (2, "这一行只在本测试出现"),
        (3, "另一行新的文字"),
    ]


@pytest.mark.parametrize("text", ["", "abc", "中文", "a中b文c", "乾隆\x00皇帝", "𠀀x〇", "（中）"])
def test_skeleton_replaces_each_chinese_character_by_nul(text):
    expected = "".join("\0" if normalise.CJK_CHARACTER.match(character) else character for character in text)
    assert normalise._skeleton(text) == expected


def test_normalise_lines_gives_what_normalise_line_gives_on_every_seed():
    for path in sorted(SEEDS.glob("*")):
        lines = seed_lines(path)
        batched = normalise_lines(lines, RULES)
        one_by_one = [normalise_line(number, raw, RULES) for number, raw in enumerate(lines, start=1)]
        assert [_fields(line) for line in batched] == [_fields(line) for line in one_by_one], path.name


def test_lines_holding_a_newline_are_folded_and_converted_one_by_one():
    lines = ["乾\n隆", "ＡＢＣ\n乾燥", "乾隆"]
    assert fold_lines(lines, NORMALISE) == [fold_width(line, NORMALISE) for line in lines]
    converter = NORMALISE.converter
    assert convert_lines(lines, NORMALISE.opencc_config) == [converter.convert(line) for line in lines]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain ascii",
        "ＡＢＣ公司，增长５０％！",
        "北京\u3000上海\u00a0广州\u2009深圳",
        "（１）（２）",
        "第１\u3000名\t",
    ],
)
def test_fold_width_matches_translating_every_character(text):
    assert fold_width(text, NORMALISE) == text.translate(NORMALISE.fold_table)


def test_printable_ascii_is_refused_as_a_space(tmp_path):
    ruleset = _with_rules(tmp_path, _original().replace('  - "\\u2009"', '  - "!"'))
    with pytest.raises(RuleFileError, match="not a space"):
        normalise_line(1, "測試", ruleset)


def test_fold_lines_matches_fold_width_per_line():
    assert fold_lines(DOCUMENT_LINES, NORMALISE) == [fold_width(line, NORMALISE) for line in DOCUMENT_LINES]
    assert fold_lines(["plain", "ascii"], NORMALISE) == ["plain", "ascii"]


def test_convert_lines_raises_as_one_call_per_line_does_on_a_lone_surrogate():
    with pytest.raises(UnicodeEncodeError) as batched:
        convert_lines(["乾燥", "\ud800乾"], NORMALISE.opencc_config)
    with pytest.raises(UnicodeEncodeError) as single:
        NORMALISE.converter.convert("\ud800乾")
    assert str(batched.value) == str(single.value)


# --- rule file errors -----------------------------------------------------------


def _original():
    return RULES.path("normalise").read_text(encoding="utf-8")


def _with_rules(tmp_path, text):
    """A rule set whose normalise.yaml is `text`."""
    (tmp_path / "normalise.yaml").write_text(text, encoding="utf-8")
    return RuleSet.load(tmp_path)


def test_unknown_opencc_config_fails_with_file_and_line(tmp_path):
    ruleset = _with_rules(tmp_path, _original().replace("opencc_config: hk2s", "opencc_config: nosuch"))
    with pytest.raises(RuleFileError) as raised:
        normalise_line(1, "測試", ruleset)
    line = _original().split("\n").index("opencc_config: hk2s") + 1
    assert str(raised.value).startswith(f"{tmp_path / 'normalise.yaml'}:{line}: ")
    assert "nosuch" in raised.value.reason


def test_configured_length_changing_conversion_maps_back_exactly(tmp_path):
    ruleset = _with_rules(tmp_path, _original().replace("opencc_config: hk2s", "opencc_config: tw2sp"))
    line = normalise_line(1, "醫(yī)院的記憶體", ruleset)
    assert line.norm_text == "医院的内存"
    assert raw_of(line, 3, 5) == "記憶體"
    assert raw_of(line, 0, 2) == "醫(yī)院"
    assert normalise_line(1, "醫(yī)院的記憶體", RULES).norm_text == "医院的记忆体"


@pytest.mark.parametrize(
    ("old", "new", "at", "reason"),
    [
        (
            "  max_syllables: 4",
            "  max_sylables: 4",
            "  max_syllables: 4",
            "unknown key 'max_sylables' (did you mean 'max_syllables'?)",
        ),
        ("  max_gap: 3", "  max_gap: -1", "  max_gap: 3", "max_gap: must be at least 0"),
        ("  min_score: 2.5", "  min_score: 0", "  min_score: 2.5", "min_score: must be more than 0"),
        (
            "    kana_between_han: 1 ",
            "    kana_between_hen: 1 ",
            "  weights:",  # a missing key is reported at the key of its mapping
            "missing key 'kana_between_han'",
        ),
        # A plain string item of a list written over lines is reported at its own line.
        ('  - "\\u2003"', '  - "ab"', '  - "\\u2003"', "not one character: 'ab'"),
    ],
)
def test_a_broken_normalise_file_is_reported_at_its_line(tmp_path, old, new, at, reason):
    original = _original()
    assert old in original and at in original
    line = original[: original.index(at)].count("\n") + 1
    ruleset = _with_rules(tmp_path, original.replace(old, new, 1))
    with pytest.raises(RuleFileError) as raised:
        normalise_lines(["測試"], ruleset)
    assert str(raised.value).startswith(f"{tmp_path / 'normalise.yaml'}:{line}: "), str(raised.value)
    assert reason in str(raised.value)


# --- property: every normalised span maps back to its exact raw source ----------

TRADITIONAL_WORDS = [
    "醫藥",
    "產業",
    "乾燥",
    "乾隆",
    "瞭解",
    "發展",
    "頭髮",
    "區",
    "創新",
    "環節",
    "國際",
    "聯合",
]
SIMPLIFIED_WORDS = ["中关村", "生命科学", "北京", "项目", "发展", "邓宏魁", "嘌呤"]
REAL_PARENTHESES = ["(北京)", "(2022—2025年)", "(AI)", "(简称“生命园”)", "（北京）", "(DCT)"]
PUNCTUATION = ["，", "。", "“", "”", "、", "?", "!", "-", "：", "《", "》"]
ODD_SPACES = ["\u3000", "\u00a0", " ", "\u2002", "\u202f"]
TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
FULL_WIDTH = "".join(chr(code) for code in range(0xFF10, 0xFF1A)) + "ＡＢＣｘｙｚ％．（）"

syllables = st.builds(
    lambda head, tone, tail: head + tone + tail,
    st.text(alphabet="bcdghjklmnpqrstwxyz", max_size=3),
    st.sampled_from(TONE_LETTERS),
    st.text(alphabet="aegino", max_size=2),
)
annotations = st.builds(
    lambda opening, parts, closing: opening + " ".join(parts) + closing,
    st.sampled_from(["(", "（"]),
    st.lists(syllables, min_size=1, max_size=3),
    st.sampled_from([")", "）"]),
)
annotated_han = st.builds(
    lambda han, annotation: han + annotation,
    st.sampled_from(list("醫藥產業區創發環國聯中心")),
    annotations,
)
fragments = st.one_of(
    st.sampled_from(TRADITIONAL_WORDS),
    st.sampled_from(SIMPLIFIED_WORDS),
    st.sampled_from(REAL_PARENTHESES),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(ODD_SPACES),
    annotated_han,
    annotations,
    st.text(alphabet=FULL_WIDTH, min_size=1, max_size=4),
    st.text(alphabet="abcXYZ0123 .,%-", min_size=1, max_size=5),
)
raw_lines = st.lists(fragments, max_size=12).map("".join)


def _safe_cut(norm: str, position: int) -> bool:
    """A cut that no OpenCC phrase can cross: beside a non-Chinese character."""
    if position in (0, len(norm)):
        return True
    return not (HAN.match(norm[position - 1]) and HAN.match(norm[position]))


@settings(max_examples=300, deadline=None)
@given(raw=raw_lines)
def test_offset_map_is_monotone_one_to_one_and_deletes_only_annotations(raw):
    line = normalise_line(1, raw, RULES)
    norm, offsets = line.norm_text, line.offsets
    assert len(offsets) == len(norm)
    assert offsets.raw_length == len(raw)
    starts, ends = offsets.raw_starts(), offsets.raw_ends()
    covered = set()
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        assert 0 <= start < end <= len(raw)
        if index:
            assert ends[index - 1] <= start  # t2s keeps length: disjoint, in order
        covered.update(range(start, end))
        if not HAN.match(norm[index]):
            assert fold_width(raw[start:end], NORMALISE) == norm[index]
    deleted = "".join(raw[i] if i not in covered else "\n" for i in range(len(raw)))
    pinyin = NORMALISE.pinyin_pattern
    for run in filter(None, deleted.split("\n")):
        assert pinyin.sub("", "中" + fold_width(run, NORMALISE)) == "中", run


@settings(max_examples=300, deadline=None)
@given(raw=raw_lines, data=st.data())
def test_normalised_span_round_trips_through_its_raw_span(raw, data):
    line = normalise_line(1, raw, RULES)
    norm = line.norm_text
    cuts = [position for position in range(len(norm) + 1) if _safe_cut(norm, position)]
    start = data.draw(st.sampled_from(cuts))
    end = data.draw(st.sampled_from([cut for cut in cuts if cut >= start]))
    raw_start, raw_end = line.offsets.to_raw(start, end)
    assert 0 <= raw_start <= raw_end <= len(raw)
    assert normalise_line(1, raw[raw_start:raw_end], RULES).norm_text == norm[start:end]
