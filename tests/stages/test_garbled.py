"""Mojibake detection: garbled stretches flagged, clean text of any kind not."""

from __future__ import annotations

import json

import pytest

from pipeline.stages.garbled import (
    find_anchors,
    find_garbled_spans,
    garbled_settings,
    may_have_anchors,
    scan_anchors,
)
from pipeline.stages.normalise import normalise_line, normalise_lines
from tests.conftest import PEER, RULES, SEEDS, requires_shared

GARBLED = RULES.compiled(garbled_settings)
SEED_002 = SEEDS / "002_66be10cd0d1fc5b5.txt"

CLEAN_SIMPLIFIED = [
    "嘌呤代谢异常会导致尿酸升高,甲醛和乙醛都属于醛类化合物。",
    "北京大学邓宏魁教授团队在化学重编程领域取得突破。",
    "独占鳌头的企业往往在研发投入上遥遥领先。",
    "朱镕基、陶喆、王珺和李玥都是常见的人名写法。",
    "这种酯类和烷烃、烯烃、炔烃混合后需要低温保存。",
    "你真的要去吗?!我还以为你不去了。",
    "为什么?因为预算不够。",
    "α粒子和β射线的穿透能力不同,γ射线最强。",
    "A股市场今天上涨,5G基站建设加快,X光检查正常。",
    "总投资约3.5亿元,同比增长12.5%,占地面积约450万平方米。",
    "《北京自贸试验区昌平组团(生命谷)发展建设三年行动方案(2023-2025年)》",
    "骐骥一跃,不能十步;驽马十驾,功在不舍。",
    "锂电池、钠离子电池和氢燃料电池是三条技术路线。",
    "联系电话:010-12345678,邮箱:info@example.com",
    "束脩 肉脩 腶脩 脩炳 脩金 脩敬 修饰",
    "杨联陞先生的著作影响深远。",
    "- 就在今夜,新一轮油价调整来了! 当前快训",
    "网址 https://www.example.com/path?id=1&lang=zh 已更新",
    "温度范围为-20℃~60℃,精度±0.5℃。",
    "价格:¥1,299元/台;€99;£50",
]
CLEAN_TRADITIONAL = [
    "這份報告說明了園區過去一年的發展,內容詳實。",
    "臺灣的半導體產業鏈在全球佔有重要地位。",
    "香港特別行政區政府宣佈新一輪資助計劃。",
    "乾隆皇帝下江南的故事流傳甚廣。",
]
CLEAN_ENGLISH = [
    "The Zhongguancun Life Science Park signed 19 projects on March 3, 2023.",
    "Revenue rose 12.5% to $3.4 billion — the best quarter since 2019.",
    "Is this right? Yes! It's fine: a=b, x<y, {key: value} | ~50% ^2 #tag @user",
    "Café, naïve, résumé, Zürich and São Paulo are spelt with accents.",
    "“Quoted” text with ‘single’ quotes… and an en–dash.",
    "Greek letters α, β and γ appear in physics papers.",
]


def garbled_text(line_text: str) -> list[str]:
    line = normalise_line(1, line_text, RULES)
    return [line.norm_text[start:end] for start, end in line.garbled_spans]


# --- seeds ------------------------------------------------------------------------


def test_seed_002_byte_shifted_lines_are_flagged_at_the_shifted_stretch():
    lines = normalise_lines(SEED_002.read_text(encoding="utf-8").split("\n"), RULES)
    flagged = {line.line_no: [line.norm_text[s:e] for s, e in line.garbled_spans] for line in lines}
    flagged = {line_no: spans for line_no, spans in flagged.items() if spans}
    assert set(flagged) == {3, 7, 23}
    assert flagged[3] == ["?!辈絽^"]
    assert flagged[7] == ["?!耙粠А奔辞把丶夹g"]
    assert flagged[23] == ["??谑子?"]
    assert all("garbled" in line.flags for line in lines if line.line_no in flagged)


def test_no_other_seed_line_is_flagged():
    for path in sorted(SEEDS.glob("*.txt")):
        lines = normalise_lines(path.read_text(encoding="utf-8").split("\n"), RULES)
        flagged = [line.line_no for line in lines if "garbled" in line.flags]
        if path == SEED_002:
            assert flagged == [3, 7, 23]
        else:
            assert flagged == [], path.name


# --- clean text ---------------------------------------------------------------------


@pytest.mark.parametrize("text", CLEAN_SIMPLIFIED + CLEAN_TRADITIONAL + CLEAN_ENGLISH)
def test_clean_text_is_not_flagged(text):
    line = normalise_line(1, text, RULES)
    assert line.garbled_spans == ()
    assert "garbled" not in line.flags


def test_one_rare_character_is_an_anchor_but_not_garbled():
    anchors = find_anchors("朱镕基", GARBLED)
    assert [kind for _, _, kind, _ in anchors] == ["han_outside_gb2312"]
    assert find_garbled_spans("朱镕基", GARBLED) == []


def test_repeated_rare_character_counts_once():
    assert len(find_anchors("昇 张昇 李昇 王昇 陈昇", GARBLED)) == 1


# --- really mis-decoded text --------------------------------------------------------

SIMPLIFIED_SOURCE = "北京市科学技术委员会,我们的项目“很好”。"
TRADITIONAL_SOURCE = "昌平區還將聯合清華工研院與華夏英泰"


@pytest.mark.parametrize(
    ("source", "written_as", "read_as"),
    [
        ("中文", "utf-8", "gbk"),
        (SIMPLIFIED_SOURCE, "utf-8", "gbk"),
        (SIMPLIFIED_SOURCE, "utf-8", "latin-1"),
        (SIMPLIFIED_SOURCE, "utf-8", "cp1252"),
        (SIMPLIFIED_SOURCE, "gbk", "utf-8"),
        (SIMPLIFIED_SOURCE, "gbk", "big5"),
        (SIMPLIFIED_SOURCE, "utf-8", "big5"),
        (TRADITIONAL_SOURCE, "big5", "gbk"),
        (TRADITIONAL_SOURCE, "big5", "utf-8"),
        (TRADITIONAL_SOURCE, "utf-8", "gbk"),
        ("Café “naïve” résumé", "utf-8", "cp1252"),
        ("Café “naïve” résumé", "utf-8", "latin-1"),
    ],
)
def test_text_decoded_with_the_wrong_codec_is_flagged(source, written_as, read_as):
    garbled = source.encode(written_as).decode(read_as, errors="replace")
    line = normalise_line(1, garbled, RULES)
    assert "garbled" in line.flags, garbled
    covered = sum(end - start for start, end in line.garbled_spans)
    assert covered >= len(line.norm_text) // 2


def test_garbled_stretch_inside_clean_text_is_localised():
    clean_before, clean_after = "昌平区发布了生命科学创新走廊方案。", "目前已建成。"
    mojibake = "科技园区".encode().decode("gbk", errors="replace")
    text = clean_before + mojibake + clean_after
    spans = find_garbled_spans(text, GARBLED)
    assert len(spans) == 1
    start, end = spans[0]
    assert start >= len(clean_before) - 1
    assert end <= len(clean_before) + len(mojibake) + 1


def test_flagging_never_changes_the_text():
    garbled = SIMPLIFIED_SOURCE.encode("utf-8").decode("gbk", errors="replace")
    line = normalise_line(1, garbled, RULES)
    assert "garbled" in line.flags
    assert line.norm_text == normalise_line(1, garbled, RULES).norm_text
    assert "\ufffd" in line.norm_text


def test_replacement_character_alone_is_flagged():
    assert find_garbled_spans("项目\ufffd建设", GARBLED) == [(2, 3)]


def test_short_shifted_question_marks_by_chinese_are_flagged():
    assert find_garbled_spans("中国男足??谑子?国足", GARBLED) == [(4, 9)]


# --- peer inputs are clean text -----------------------------------------------------


@requires_shared
def test_peer_inputs_are_not_flagged():
    texts = []
    for path in sorted(PEER.glob("*.jsonl")):
        for record_line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(record_line)
            texts.extend(value for key in ("input", "expected") if isinstance(value := record.get(key), str))
    assert len(texts) > 1000
    flagged = [text for text in texts if normalise_line(1, text, RULES).garbled_spans]
    assert flagged == []


# --- the quick test before the scan ---------------------------------------------------


QUICK_TEST_CASES = [
    "",
    "The park signed 19 projects on March 3.",
    "Is it ready? a=b #tag x_y",  # odd ASCII symbols, but no Chinese neighbour
    "tab\tand\x07bell",  # an ASCII control character
    "中文a中文",  # a lone letter between Chinese characters
    "中文ab中文",
    "中文 a 中文",
    "〇a〇",  # Han outside the CJK blocks
    "项目?建设",
    "项目|建设",
    "Café “naïve” résumé",
    "Ã©tÃ© â€œquotedâ€\x9d",
    "项目\ufffd建设",
    "镕基",
    "ПРИВЕТ中文",
    *CLEAN_SIMPLIFIED,
    *CLEAN_ENGLISH,
]


@pytest.mark.parametrize("text", QUICK_TEST_CASES)
def test_quick_test_never_hides_an_anchor(text):
    anchors = scan_anchors(text, GARBLED)
    if anchors:
        assert may_have_anchors(text)
    assert find_anchors(text, GARBLED) == anchors


def test_quick_test_gives_the_full_scan_on_every_seed_line():
    for path in sorted(SEEDS.glob("*")):
        for line in normalise_lines(path.read_text(encoding="utf-8").split("\n"), RULES):
            assert find_anchors(line.norm_text, GARBLED) == scan_anchors(line.norm_text, GARBLED), (
                path.name,
                line.line_no,
            )


def test_quick_test_clears_clean_lines_of_both_languages():
    assert not may_have_anchors("北京大学邓宏魁教授团队在化学重编程领域取得突破。")
    assert not may_have_anchors("The park signed 19 projects on March 3.")
    assert not may_have_anchors("A股市场今天上涨,5G基站建设加快")
