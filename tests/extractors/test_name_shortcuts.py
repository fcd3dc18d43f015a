"""The name search's shortcuts (answers kept per text, patterns tried where they begin) change nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors.names import chinese
from pipeline.extractors.names import rules as name_rules
from pipeline.extractors.names.rules import compile_name_rules, matches_from
from tests.conftest import RULES

# Invented pieces: places, words that begin no place, suffixes, other scripts.
PIECES = [
    *("苏州", "杭州市", "北京", "中关村", "美国", "青禾县", "浙江省"),
    *("生物", "医药", "产业园", "科学城", "创新", "未来", "新建", "项目", "中心"),
    *("A", "5G", "2024", " ", "(", "的"),
]


@settings(deadline=None)  # the first example compiles the rules
@given(st.lists(st.sampled_from(PIECES), min_size=0, max_size=5).map("".join))
def test_the_kept_leading_place_is_the_one_worked_out(name):
    rules = RULES.compiled(compile_name_rules)
    assert rules.leading_place(name) == name_rules._leading_place(name, rules)
    assert rules.leading_place(name) == name_rules._leading_place(name, rules)  # asked again: kept


def test_a_leading_place_is_found_by_the_place_pattern_or_the_words():
    rules = RULES.compiled(compile_name_rules)
    assert rules.leading_place("苏州生物医药产业园") == 2
    assert rules.leading_place("生物医药产业园") == 0


# Invented lines around listed companies' short names: names that share
# characters, verbs, adverbs, titles, stock codes, clause stops.
LISTING_PIECES = [
    *("台积电", "联发科", "鸿海", "联电", "台达电", "中钢", "中华电"),
    *("宣布", "表示", "投资", "今日", "也", "董事长", "总经理", "(2330)", " (2454-TW)"),
    *("，", "。", "「", ")", "中", "在", "他", " ", "A", "电"),
]


@settings(deadline=None)
@given(st.lists(st.sampled_from(LISTING_PIECES), min_size=1, max_size=8).map("".join))
def test_listed_name_patterns_tried_where_a_name_begins_find_what_a_search_finds(text):
    rules = RULES.compiled(compile_name_rules)
    starts = rules.listed_short_screen.starts(text)
    for screened in (*rules.listed_short_patterns, rules.listed_short_subject):
        expected = [match.span() for match in screened.pattern.finditer(text)]
        assert [match.span() for match in matches_from(screened.pattern, text, starts)] == expected


def test_a_listed_name_is_found_before_a_verb_a_title_or_its_code():
    rules = RULES.compiled(compile_name_rules)
    for text in ("会上,联发科今日宣布扩产。", "联电董事长在会上致辞", "据悉,鸿海(2317)营收增加"):
        found = [text[name.start : name.end] for name in chinese._listed_short_names(text, rules)]
        assert len(found) == 1, text
    assert rules.listed_short_screen.starts("台达电与联电") == [0, 4]


# Invented pieces around places: places that hold other places, prefixes of
# places, administrative prefixes, words that begin no place, other scripts.
PLACE_PIECES = [
    *("杭州", "杭州市", "州", "市", "县", "区", "北京", "北京市", "青禾县", "浙江省", "浙江"),
    *("市民", "区域", "各省", "生物", "产业园", "审计局", "A", " ", "2024"),
]


@settings(deadline=None)
@given(
    st.lists(st.sampled_from(PLACE_PIECES), max_size=6).map("".join),
    st.integers(-1, 12),
    st.integers(0, 14),
)
def test_place_words_answer_what_the_place_patterns_answer(text, start, end):
    rules = RULES.compiled(compile_name_rules)
    places, pattern = rules.place_set, rules.place_pattern
    assert places.is_word(text) == (pattern.fullmatch(text) is not None)
    assert places.occurs_in(text) == (pattern.search(text) is not None)
    for position in range(len(text) + 1):
        found = pattern.match(text, position, end)
        assert places.longest_at(text, position, end) == (found.end() if found else None)
    found = rules.admin_start.search(text, start, end)
    expected = found.span() if found else None
    assert rules.admin_words.first(text, start, end, unless=rules.not_admin_words) == expected


def test_a_place_is_found_where_the_longest_one_begins():
    words = name_rules.WordSet(["杭州", "杭州市", "市民", ""])
    assert words.longest_at("在杭州市民中心", 1) == 4
    assert words.longest_at("在杭州市民中心", 1, 3) == 3
    assert words.first("在杭州市民中心") == (1, 4)
    assert words.first("市民杭州", unless=name_rules.WordSet(["市民"])) == (2, 4)
    assert not words.occurs_in("")
    assert words.is_word("杭州市") and not words.is_word("")


# Invented English pieces: acronyms, capitalised runs, verbs, words for people
# and reporting, trigger words, a line in capitals.
ENGLISH_PIECES = [
    *("KDPC", "QLX", "Lanmei", "Hexin Tech", "BioVale", "the"),
    *(" said", " says", " researchers", " analysts at ", "according to ", " officials from "),
    *(" is a ", " was founded in ", "Founded in 2001, ", " opened its ", " plant", " by ", " CEO "),
    *(", ", ".", " and ", "TEAM AT HOME ", "REPORT FROM THE ", "2024 "),
]


def _plain_acronym_matches(text, rules):
    from pipeline.extractors.names import english

    matches = list(rules.english_acronym_pattern.finditer(text))
    if not english._upper_case(text):
        for context in rules.english_acronym_contexts:
            matches += context.finditer(text)
    return matches


def _plain_triggered_patterns(text, rules):
    patterns = []
    for pattern, trigger in rules.english_acting_guarded:
        if trigger.search(text) is not None:
            patterns.append(pattern)
    return patterns


@settings(deadline=None)
@given(st.lists(st.sampled_from(ENGLISH_PIECES), min_size=1, max_size=8).map("".join))
def test_acronym_contexts_read_the_case_only_when_one_may_match_and_find_the_same(text):
    from pipeline.extractors.names import english

    rules = RULES.compiled(compile_name_rules)
    fast = english._acronym_matches(text, rules.english_acronym_pattern, rules)
    assert [m.span("name") for m in fast] == [m.span("name") for m in _plain_acronym_matches(text, rules)]


@settings(deadline=None)
@given(st.lists(st.sampled_from(ENGLISH_PIECES), min_size=1, max_size=8).map("".join))
def test_a_trigger_shared_by_two_patterns_is_searched_once_with_the_same_patterns_kept(text):
    from pipeline.extractors.names import english

    rules = RULES.compiled(compile_name_rules)
    assert english._triggered_patterns(text, rules) == _plain_triggered_patterns(text, rules)


# Invented English pieces around trigger words: deals, outlets, offices, holdings,
# in their own case and in others ("ANALYST", "Spokesperson").
TRIGGER_PIECES = [
    *("Lanmei", "Hexin Tech", " consortium led by ", " according to ", " told the ", " Times", " | "),
    *(" analyst with ", " ANALYST AT ", " Spokesperson for ", " shares rose", " stake in ", " between "),
    *(", which plans to build", " was founded in ", "Founded in 2001, ", " by ", " CEO ", ", chairman of "),
    *(", ", ".", " and ", "the ", "2024"),
]


@settings(deadline=None)
@given(st.lists(st.sampled_from(TRIGGER_PIECES), min_size=1, max_size=8).map("".join))
def test_triggers_screened_by_their_literals_are_held_where_a_search_finds_them(text):
    rules = RULES.compiled(compile_name_rules)
    screen = rules.english_trigger_screen
    assert screen.held(text) == {trigger: trigger.search(text) is not None for trigger in screen.triggers}
    assert english_module()._triggered_patterns(text, rules) == _plain_triggered_patterns(text, rules)


def test_a_trigger_that_ignores_case_is_always_searched_and_a_literal_one_only_when_held():
    import regex

    screen = name_rules.TriggerScreen([regex.compile(" by "), regex.compile("(?i:analysts?)")])
    assert screen.screen.unscreened == 0b10
    assert screen.held("Figures from ANALYSTS at Lanmei") == dict.fromkeys(screen.triggers, False) | {
        screen.triggers[1]: True
    }
    assert screen.held("signed by Lanmei")[screen.triggers[0]]


def english_module():
    from pipeline.extractors.names import english

    return english


def test_acronym_contexts_are_skipped_on_a_line_in_capitals_and_kept_elsewhere():
    from pipeline.extractors.names import english

    rules = RULES.compiled(compile_name_rules)

    def spans(text):
        matches = english._acronym_matches(text, rules.english_acronym_pattern, rules)
        return [match.group("name") for match in matches]

    assert "KDPC" in spans("The figures were released, according to the KDPC.")
    assert spans("REPORT FROM THE KDPC RESEARCHERS AT HOME") == []


# Invented lines around stock codes: names before codes of every shape, brackets
# without a code, spaces, other scripts.
CODE_PIECES = [
    *("岚海电子", "青禾精密", "瑞澜生物", "记者从", "今日", "公布", "营收", " ", "  "),
    *("(2288.HK)", "(600002)", "(6688-TW)", "(00123)", "(股票代码:600888)", "(1234)", "(注)", "(", ")"),
    *("Acme", "2024", "，"),
]


@settings(deadline=None)
@given(st.lists(st.sampled_from(CODE_PIECES), min_size=1, max_size=8).map("".join))
def test_the_coded_company_pattern_screened_by_its_code_finds_what_a_search_finds(text):
    rules = RULES.compiled(compile_name_rules)
    pattern = rules.coded_company_pattern
    assert pattern.needed is not None
    expected = [match.span("a") for match in pattern.pattern.finditer(text)]
    assert [match.span("a") for match in pattern.finditer(text)] == expected
    assert pattern.may_match(text) or not expected


def test_a_line_with_brackets_but_no_stock_code_is_not_searched_for_a_coded_company():
    rules = RULES.compiled(compile_name_rules)
    assert not rules.coded_company_pattern.may_match("岚海电子(注)今日公布营收")
    assert rules.coded_company_pattern.may_match("岚海电子(600002)今日公布营收")


# Invented English lines around company lists and what a company owns.
LIST_PIECES = [
    *("Companies", "carmakers", "firms", " such as ", " including ", " like ", "Lanmei", "Hexin Tech"),
    *("'s ", "’s ", " plant", " chairman", " founder", " a subsidiary of ", " the CEO of ", " of "),
    *(", ", " and ", ".", ";", " in the region", " Acme"),
]


@settings(deadline=None)
@given(st.lists(st.sampled_from(LIST_PIECES), min_size=1, max_size=9).map("".join))
def test_screened_english_list_and_ownership_patterns_find_what_a_search_finds(text):
    rules = RULES.compiled(compile_name_rules)
    for screened in (rules.english_list_pattern, rules.english_acting_owned, rules.english_acting_owned_of):
        assert screened.screen is not None
        expected = [match.span() for match in screened.pattern.finditer(text)]
        assert [match.span() for match in screened.finditer(text)] == expected


# Invented documents that declare short forms, name parks after their place
# and companies again by their first words.
ALIAS_LINES = [
    "青禾市白鹭湾生物医药产业园(以下简称“白鹭园”)今日开园。",
    "白鹭园已引进企业30家,生物医药产业园二期同步开工。",
    "澜海星辰电子科技有限公司(澜海星辰)与青禾精密签约。",
    "澜海星辰表示将扩产。",
    "Lanmei Robotics Co., Ltd. (LMR) opened a plant; LMR said it would hire.",
    "The LNBIO2025 forum opened; LNBIO has grown since 2022.",
    "证券简称:青禾精密",
]


def _fresh_aliases(lines, names_of, rules, table):
    from pipeline.extractors.names import find

    find._declared_and_short_forms.cache_clear()
    return find._aliases(lines, names_of, rules, table)


@settings(deadline=None)
@given(st.lists(st.sampled_from(ALIAS_LINES), min_size=1, max_size=5), st.booleans())
def test_aliases_shared_by_the_two_tables_are_those_worked_out_for_each_alone(texts, projects_first):
    from pipeline.core.records import LineContext
    from pipeline.extractors.names import find

    rules = RULES.compiled(compile_name_rules)
    names_of = rules.per_text(find.scan_line, find.LINE_CACHE_SIZE)
    lines = [LineContext(number, text, "zh") for number, text in enumerate(texts, start=1)]
    order = (find.PROJECTS, find.ORGANISATIONS) if projects_first else (find.ORGANISATIONS, find.PROJECTS)
    expected = {table: _fresh_aliases(lines, names_of, rules, table) for table in order}
    find._declared_and_short_forms.cache_clear()
    for table in order:  # the second table reads what the first worked out
        assert find._aliases(lines, names_of, rules, table) == expected[table]


def test_the_shared_aliases_of_one_document_are_not_read_for_another():
    from pipeline.core.records import LineContext
    from pipeline.extractors.names import find

    rules = RULES.compiled(compile_name_rules)
    names_of = rules.per_text(find.scan_line, find.LINE_CACHE_SIZE)
    declaring = [LineContext(1, ALIAS_LINES[0], "zh"), LineContext(2, ALIAS_LINES[1], "zh")]
    plain = [LineContext(1, "白鹭园已引进企业30家。", "zh")]
    assert "白鹭园" in find._aliases(declaring, names_of, rules, find.ORGANISATIONS)[0]
    assert "白鹭园" not in find._aliases(plain, names_of, rules, find.PROJECTS)[0]
    # a table adding its own short forms leaves the shared ones as they were
    first = find._aliases(declaring, names_of, rules, find.ORGANISATIONS)
    assert find._aliases(declaring, names_of, rules, find.PROJECTS)[0].keys() <= first[0].keys()
    assert first == _fresh_aliases(declaring, names_of, rules, find.ORGANISATIONS)


def _screened_patterns(rules):
    """Every ScreenedPattern the name rules hold (in attributes, lists, tuples and dicts)."""
    found = {}

    def collect(value):
        if isinstance(value, name_rules.ScreenedPattern):
            found.setdefault(id(value), value)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)

    for value in vars(rules).values():
        collect(value)
    return list(found.values())


# Invented pieces of both scripts around the screened patterns' literals: verbs
# of companies, titles, descriptors, brackets, codes, speech.
SCREEN_PIECES = [
    *("岚海电子", "青禾精密", "宣布投资", "共同出资", "总经理", "表示", "(", "（", "等", "公司", "的"),
    *("Lanmei", " signed", " said ", " with ", "carmaker ", ", a ", " CEO of ", "-based ", ".com", " (2024)"),
    *(" ", ", ", "Shares of ", "According to ", "ADB", "2024"),
]


def test_every_screened_pattern_of_the_name_rules_shares_one_screen():
    rules = RULES.compiled(compile_name_rules)
    patterns = _screened_patterns(rules)
    assert patterns and rules.shared_screen is not None
    assert {pattern.shared for pattern in patterns} == {rules.shared_screen}
    assert len({pattern.bit for pattern in patterns}) == len(patterns)


@settings(deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(SCREEN_PIECES), min_size=0, max_size=8).map("".join), min_size=1, max_size=4
    )
)
def test_the_shared_screen_answers_what_each_pattern_s_own_search_answers(texts):
    rules = RULES.compiled(compile_name_rules)
    patterns = _screened_patterns(rules)
    for text in texts:  # several lines in turn: the bits kept are those of the line asked
        for pattern in patterns:
            assert pattern.may_match(text) == pattern.may_match_alone(text)
            expected = [match.span() for match in pattern.pattern.finditer(text)]
            assert [match.span() for match in pattern.finditer(text)] == expected


def test_a_pattern_without_literals_or_with_an_empty_one_keeps_its_own_screen():
    import regex

    plain = name_rules.ScreenedPattern(regex.compile("(?i:analysts?)"))
    empty = name_rules.ScreenedPattern(regex.compile("x"), literals=("",))
    words = name_rules.ScreenedPattern(regex.compile("签约|合作"))
    shared = name_rules.share_screens([plain, [empty, (words,)]])
    assert plain.shared is None and empty.shared is None and words.shared is shared
    assert plain.may_match("Analysts said") and not empty.may_match("x")  # as their own searches answer
    assert words.may_match("两家企业签约") and not words.may_match("两家企业会谈")
    assert words.may_match("双方合作") and not words.may_match("两家企业会谈")


# Invented lines with and without 等 before a head, items joined by 和, 及 or 与.
TRADE_PIECES = [
    *("岚海航空", "青禾航空", "国际航空", "澜途物流", "禾信物流", "和", "及", "与", "、"),
    *("等", "航空公司", "物流企业", "企业", "签约", "，", "。", "三家"),
]


@settings(deadline=None)
@given(st.lists(st.sampled_from(TRADE_PIECES), min_size=1, max_size=8).map("".join))
def test_a_line_without_deng_holds_no_list_the_trade_pairs_read(text):
    rules = RULES.compiled(compile_name_rules)
    _rule, pattern = rules.list_rules[0]
    if "等" not in text:
        # every match the pass would read opens with 等: skipping the line skips none
        assert not any(text.startswith("等", match.start()) for match in pattern.finditer(text))
        assert chinese._trade_pairs(text, rules) == []


def test_two_companies_of_one_trade_before_deng_are_found_and_none_without_it():
    rules = RULES.compiled(compile_name_rules)
    text = "岚海航空及青禾航空等航空公司签约"
    assert [text[n.start : n.end] for n in chinese._trade_pairs(text, rules)] == ["岚海航空", "青禾航空"]
    assert chinese._trade_pairs("岚海航空及青禾航空两家航空公司签约", rules) == []
