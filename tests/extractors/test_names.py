"""The shared name pass: English names found chunk by chunk equal those of the whole line."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors.names import english, find
from pipeline.extractors.names.rules import NameSpan, compile_name_rules
from tests.conftest import RULES

# The word pattern before chunks: a trailing full stop is matched, then dropped
# unless the word is an abbreviation head.
PLAIN_WORD = regex.compile(
    r"[A-Za-z0-9](?:(?:[A-Za-z0-9’'&·\-–]|(?<=[0-9]),(?=[0-9]{3}(?![0-9]))|/(?=[0-9]))*[A-Za-z0-9])?\.?|&"
)

ENGLISH_LINES = [
    "",
    "no head word here at all",
    "The Suzhou Industrial Park Administrative Committee said so.",
    "Beijing Junming Medical health diagnosis industrial base opened. It is based in Changping.",
    "Pfizer Co.Ltd and Roche Holdings Inc. signed. Co. Ltd, Inc.Group",
    "XInc. Corp.Park Corporation. Inc.",
    "x-Ray Park, R&D pilot base, R & D base, A&B Group & Partners Fund",
    "Zhongguancun Life Science Park 中关村生命科学园 Park园区 base基地 Beijing.Park",
    "Building a platform. Platform. the platform project, Tsinghua University and Peking University",
    "Beijing Forum in May 2021 and Summit for 2030; the Week of Innovation",
    "Parks, Parking, Baseline, databases, Fairly, station-based, Planet, Plants",
    "Beijing  Park  base   Hub. . . Zone-like zone",
    "The enterprises such as Baidu, Tencent, and Alibaba etc. joined the Alliance of Hubs",
    "a/b Park c.d Park e’Park f'g Base h·i Center j-k Center 3D Lab 2030 Plan 12 Station",
    "Junming medical health diagnosis industrial base, Junming big health industrial base",
    "the Qiaoyun 300,000-Tonne Pulp Project, 2,000 Firms, 2024,2025 Plan, 5/6 Park, 1MW/2MWh Base, A–B Link",
]


def _rules():
    return RULES.compiled(compile_name_rules)


def _plain_tokens(text: str) -> list[tuple[int, int, str]]:
    abbreviations = _rules().abbreviation_heads
    tokens = []
    for match in PLAIN_WORD.finditer(text):
        word, end = match.group(), match.end()
        if word.endswith(".") and word not in abbreviations:
            word, end = word[:-1], end - 1
        tokens.append((match.start(), end, word))
    return tokens


def _names_of_the_whole_line(text: str) -> list[NameSpan]:
    """English names with every word of the line read at once (no chunks)."""
    return english.chunk_names(text, _plain_tokens(text), _rules())


@pytest.mark.parametrize("text", ENGLISH_LINES)
def test_english_words_are_those_of_the_plain_word_pattern(text: str) -> None:
    assert english.english_tokens(text, _rules()) == _plain_tokens(text)


@pytest.mark.parametrize("text", ENGLISH_LINES)
def test_english_names_by_chunk_equal_those_of_the_whole_line(text: str) -> None:
    assert english.english_names(text, _rules()) == _names_of_the_whole_line(text)


@pytest.mark.parametrize("text", ENGLISH_LINES)
def test_chunks_hold_every_word_and_end_where_words_stop_joining(text: str) -> None:
    rules = _rules()
    tokens = _plain_tokens(text)
    chunk_tokens = [
        token
        for chunk in rules.english_chunk.finditer(text)
        for token in english.english_tokens(text, rules, *chunk.span())
    ]
    assert chunk_tokens == tokens
    for chunk in rules.english_chunk.finditer(text):
        inside = english.english_tokens(text, rules, *chunk.span())
        assert all(later[0] - earlier[1] == 1 for earlier, later in zip(inside, inside[1:], strict=False))


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(table, name, alias_of) of every organisation and project found in `text`."""
    import pipeline

    return [
        (record.table, record.raw_text, record.alias_of)
        for record in pipeline.extract(text)
        if record.table in ("organisations", "projects")
    ]


def test_word_view_drops_leading_function_words_and_governing_verbs() -> None:
    view = _rules().word_view
    # a time word and a verb before a place name: the name starts at the place
    assert _found("前年起进驻南京江北新区研创园。") == [("projects", "南京江北新区研创园", None)]
    # a verb inside governs the proper name after it
    prefix = "县政务中心举行光伏"
    assert prefix[view.start(prefix, True) :] == "光伏"
    # plans and policies are clauses: no inner cut
    assert view.start("深圳市培育发展生物医药产业集群", False) == 0


def test_word_view_rejects_a_verb_phrase_before_the_suffix() -> None:
    assert _found("各部门要共同协调解决项目难题。") == []


def test_word_view_keeps_name_words_whatever_their_tag() -> None:
    # 未来 is tagged as a time word, yet it begins names (未来科技城)
    assert _rules().word_view.start("未来科技", True) == 0


def test_place_names_come_from_the_division_table_with_short_forms() -> None:
    from pipeline.extractors.names import places

    assert places.short_forms("广西壮族自治区")[:2] == ["广西壮族自治区", "广西"]
    assert places.short_forms("北京市") == ["北京市", "北京"]
    assert "东区" in places.short_forms("东区")
    names = set(places.place_names(["湾仔区"]))
    assert {"海淀区", "海淀", "成都", "湾仔区", "湾仔"} <= names


def test_office_begins_at_a_place_of_the_division_table() -> None:
    assert _found("今年绵阳市游仙区发改委发布通知。") == [("organisations", "绵阳市游仙区发改委", None)]


def test_declared_short_form_is_a_name_with_alias_of() -> None:
    found = _found("苏州纳米城(以下简称“纳米城”)开园。纳米城已有企业300家。")
    assert found[0] == ("projects", "苏州纳米城", None)
    assert found[1:] == [("projects", "纳米城", "苏州纳米城")] * 2


def test_short_form_filling_the_brackets_without_quotes_is_declared() -> None:
    found = _found("澜海新材料科技有限公司(简称澜海新材)成立于2010年。澜海新材去年营收增长。")
    assert found[0] == ("organisations", "澜海新材料科技有限公司", None)
    assert found[1:] == [("organisations", "澜海新材", "澜海新材料科技有限公司")] * 2


def test_unquoted_short_form_must_close_the_brackets() -> None:
    found = _found("青禾未来科学城(简称科学新城,今年开园)。科学新城已有企业入驻。")
    assert all(alias is None for _t, _n, alias in found)


def test_generic_short_form_is_no_alias() -> None:
    assert all(
        alias is None for _t, _n, alias in _found("杭州某某科技股份有限公司(以下简称“公司”)。公司董事会")
    )


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("HKTDC", "Hong Kong Trade Development Council", True),
        ("CATL", "Contemporary Amperex Technology Co Ltd", True),
        ("MIIT", "Ministry of Industry and Information Technology", True),
        ("HKEx", "Hong Kong Exchanges and Clearing", True),
        ("GBA", "Shenzhen Bay Company", False),
        ("DC", "National Development Council", False),
        ("N", "National Development Council", False),
        ("NDCX", "National Development Council", False),
    ],
)
def test_acronym_of_name(acronym: str, name: str, expected: bool) -> None:
    assert find.is_acronym_of(acronym, name) is expected


def test_chinese_verbal_noun_before_a_place_is_left_out_of_a_name() -> None:
    view = RULES.compiled(compile_name_rules).word_view
    assert view.start("研究宁波模具", True) == 2
    assert view.start("宁波模具", True) == 0


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.text(alphabet="产业园区ab A", min_size=1, max_size=4), max_size=6, unique=True),
    st.text(alphabet="产业园区ab A。", max_size=30),
)
def test_literal_matches_find_what_one_pattern_of_the_words_finds(words: list[str], text: str) -> None:
    # Short forms are searched without compiling a pattern per document.
    longest_first = sorted(words, key=len, reverse=True)
    expected = []
    if words:
        pattern = regex.compile("|".join(regex.escape(word) for word in longest_first))
        expected = [(*match.span(), match.group()) for match in pattern.finditer(text)]
    assert find.literal_matches(text, longest_first) == expected


def test_literal_matches_take_the_longest_word_leftmost_and_go_on_after_it() -> None:
    longest_first = ["生物医药园", "医药园", "园区", "药"]
    text = "生物医药园区内的医药园区和药"
    assert find.literal_matches(text, longest_first) == [
        (0, 5, "生物医药园"),
        (8, 11, "医药园"),
        (13, 14, "药"),
    ]


def test_is_short_form_of_reads_characters_in_order() -> None:
    from pipeline.extractors.names.find import is_short_form_of

    assert is_short_form_of("产发署", "经济部产业发展署")
    assert is_short_form_of("港投公司", "香港投资管理有限公司")
    assert not is_short_form_of("深圳", "哈尔滨工业大学")
    assert not is_short_form_of("发产署", "经济部产业发展署")
    assert not is_short_form_of("产发局", "经济部产业发展署")


def test_company_first_word_names_it_after_a_project_led_by_it() -> None:
    text = (
        "Swedish carmaker Orrefors AG will build a plant in Qinghe.\n"
        "The Orrefors Qinghe EV Base will cover 80 hectares.\n"
        "Orrefors sold 80,000 cars in China last year.\n"
    )
    found = _found(text)
    assert ("projects", "Orrefors Qinghe EV Base", None) in [(t, n, None) for t, n, _a in found]
    assert ("organisations", "Orrefors", "Orrefors AG") in found


def test_company_first_word_is_no_alias_where_it_modifies_another_name() -> None:
    text = "Orrefors AG opened a store.\nThe Orrefors Street market reopened.\nOrrefors sold more.\n"
    assert all(name != "Orrefors" for _t, name, _a in _found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district whose name begins with a conjunction keeps it, first or after its city
        ("和平区人民政府办公室发布通知。", [("organisations", "和平区人民政府办公室", None)]),
        ("天津市和平区人民政府办公室发布通知。", [("organisations", "天津市和平区人民政府办公室", None)]),
        ("沈阳市和平区教育局发布通知。", [("organisations", "沈阳市和平区教育局", None)]),
        # without a level the conjunction still joins two parties
        (
            "澜海集团和平安银行签约。",
            [("organisations", "澜海集团", None), ("organisations", "平安银行", None)],
        ),
    ],
)
def test_a_place_with_its_level_that_begins_with_a_conjunction_keeps_it(text, expected) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district the dictionary lacks keeps its leading conjunction where it begins the name
        ("和丰区人民政府办公室印发通知。", [("organisations", "和丰区人民政府办公室", None)]),
        ("发布机构：和丰区人民政府办公室", [("organisations", "和丰区人民政府办公室", None)]),
        # a partner before it still ends the text there
        (
            "澜海集团与禾信集团签约。",
            [("organisations", "澜海集团", None), ("organisations", "禾信集团", None)],
        ),
    ],
)
def test_a_place_the_dictionary_lacks_that_begins_with_a_conjunction_keeps_it(text, expected) -> None:
    assert _found(text) == expected
