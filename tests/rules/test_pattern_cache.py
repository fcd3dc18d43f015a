"""The cross-process cache of compiled patterns, and the cache of parsed rule files."""

from __future__ import annotations

import re

import pytest
import regex

from pipeline.extractors.figures.grammar import LazyPattern
from pipeline.rules import pattern_cache
from pipeline.rules.ruleset import RuleSet
from pipeline.text.patterns import literal_pattern

PATTERNS = [
    (re, r"(?P<year>\d{4})年(?P<month>\d{1,2})月", 0),
    (re, r"\b(?:co|corp|inc)\.?(?![a-z])", re.IGNORECASE),
    (re, r"^\s*版权所有.*$", re.MULTILINE),
    (regex, r"\p{Han}{2,4}(?:公司|集团)", 0),
    (regex, r"(?r)(?:\s+|[a-z])*年", 0),
    (regex, r"(?P<n>\d+(?:\.\d+)?)\s*(?i:million|billion)", 0),
    (regex, r"(?<![\d.])(?P<day>3[01]|[12]\d|0?[1-9])日", regex.V1),
]
SAMPLES = [
    "2023年5月",
    "Acme Corp. and Beta Inc",
    "版权所有 2024\nbody",
    "上海仪电集团",
    "in the year 年",
    "3.5 Million",
    "12日",
]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """A cache folder of its own, and the module as a new process finds it."""
    monkeypatch.setenv("PROVEX_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pattern_cache, "MIN_SAVE_SECONDS", 0.0)

    def new_process() -> None:
        pattern_cache._table = None
        pattern_cache._regex_built.clear()
        pattern_cache._used.clear()
        pattern_cache._added = 0
        pattern_cache._unsaved_seconds = 0.0
        re.purge()
        regex.purge()

    new_process()
    yield new_process
    new_process()


def _compile_all() -> list:
    return [module.compile(pattern, flags) for module, pattern, flags in PATTERNS]


def _behaviour(compiled: list) -> list:
    return [
        (item.pattern, item.flags, dict(item.groupindex), [match.span() for match in item.finditer(sample)])
        for item in compiled
        for sample in SAMPLES
    ]


def test_patterns_from_the_cache_behave_as_compiled_ones(fresh_cache):
    expected = _behaviour(_compile_all())
    fresh_cache()
    with pattern_cache.cached_patterns():
        first = _compile_all()
    assert pattern_cache._table is not None and len(pattern_cache._table["re"]) == 3
    assert len(pattern_cache._table["regex"]) == 4
    fresh_cache()  # a later process reads the file written above
    with pattern_cache.cached_patterns():
        second = _compile_all()
    assert pattern_cache._added == 0  # every pattern came from the file
    assert len(pattern_cache._used) == len(PATTERNS)
    assert _behaviour(first) == _behaviour(second) == expected


def test_a_few_cheap_new_patterns_do_not_rewrite_the_file(fresh_cache, tmp_path, monkeypatch):
    with pattern_cache.cached_patterns():
        _compile_all()
    (file,) = tmp_path.glob("patterns-*")
    written = file.stat().st_mtime_ns, file.read_bytes()
    monkeypatch.setattr(pattern_cache, "MIN_SAVE_SECONDS", 0.05)
    fresh_cache()
    with pattern_cache.cached_patterns():
        _compile_all()
        assert re.compile(r"(?:cheap|new)\s+pattern").match("new  pattern")
    assert pattern_cache._added == 1  # kept for a later write, when more is worth saving
    assert (file.stat().st_mtime_ns, file.read_bytes()) == written


def test_a_bad_pattern_raises_as_without_the_cache(fresh_cache):
    with pattern_cache.cached_patterns():
        with pytest.raises(re.error, match="missing"):
            re.compile(r"(?P<year>\d{4}")
        with pytest.raises(regex.error, match="missing"):
            regex.compile(r"(?P<year>\d{4}")
    assert pattern_cache._added == 0


def test_nothing_is_patched_outside_the_block(fresh_cache):
    import re._compiler

    import regex._main

    before = (re._compiler.compile, regex._main._compile, regex._main._regex)
    with pattern_cache.cached_patterns():
        with pattern_cache.cached_patterns():
            assert re._compiler.compile is not before[0]
        assert regex._main._compile is not before[1]
    assert (re._compiler.compile, regex._main._compile, regex._main._regex) == before


def test_a_damaged_cache_file_is_compiled_around(fresh_cache, tmp_path):
    expected = _behaviour(_compile_all())
    fresh_cache()
    with pattern_cache.cached_patterns():
        _compile_all()
    (file,) = tmp_path.glob("patterns-*")
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    file.write_bytes(bytes(data))
    fresh_cache()
    assert pattern_cache._load() == {kind: {} for kind in pattern_cache.KINDS}  # the damaged file is ignored
    with pattern_cache.cached_patterns():
        assert _behaviour(_compile_all()) == expected
    fresh_cache()
    assert sum(map(len, pattern_cache._load().values())) == len(PATTERNS)  # and written again


def test_an_entry_the_constructor_refuses_is_compiled_as_usual(fresh_cache):
    expected = _behaviour(_compile_all())
    fresh_cache()
    with pattern_cache.cached_patterns():
        _compile_all()
    table = pattern_cache._table
    fresh_cache()
    for kind in table:
        for key in table[kind]:
            table[kind][key] = b"\x00 not opcodes"
    pattern_cache._table = table
    with pattern_cache.cached_patterns():
        assert _behaviour(_compile_all()) == expected


def test_literal_patterns_come_from_the_cache(fresh_cache):
    words = ["平方米", "平方公里", "米", "m", "km²", "minutes", ""]
    expected = literal_pattern(words, ascii_boundary=True)
    assert expected == "(?:km²|m(?:inutes(?![A-Za-z0-9²])|(?![A-Za-z0-9²]))|平方(?:公里|米)|米)"
    with pattern_cache.cached_patterns():
        assert literal_pattern(reversed(words), ascii_boundary=True) == expected
        assert literal_pattern(words) != expected  # the boundary is part of the key
    fresh_cache()
    with pattern_cache.cached_patterns():
        assert literal_pattern(words, ascii_boundary=True) == expected
        assert pattern_cache._added == 0


def test_backtracking_verdicts_come_from_the_cache(fresh_cache):
    from pipeline.rules.patterns import backtracking_risk

    risky, safe = r"(?:\d+)+年", r"\d+年"
    verdicts = (backtracking_risk(risky), backtracking_risk(safe))
    assert verdicts[0] and verdicts[1] is None
    with pattern_cache.cached_patterns():
        assert (backtracking_risk(risky), backtracking_risk(safe)) == verdicts
    fresh_cache()
    with pattern_cache.cached_patterns():
        assert (backtracking_risk(risky), backtracking_risk(safe)) == verdicts
        assert pattern_cache._added == 0


def _located(value):
    """Every line mark of a parsed rule file, with its values."""
    if isinstance(value, dict):
        return ("D", value.line, value.key_lines, [(key, _located(item)) for key, item in value.items()])
    if isinstance(value, list):
        return ("L", value.line, [_located(item) for item in value])
    return (type(value).__name__, value)


def test_parsed_rule_files_come_back_with_their_lines(tmp_path, monkeypatch):
    monkeypatch.setenv("PROVEX_CACHE_DIR", str(tmp_path / "cache"))
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "demo.yaml").write_bytes(
        b"# a comment\r\nunits:\r\n  - name: km\r\n    factor: 1000\r\n    since: 2023-05-01\r\n"
        b"  - {name: m, factor: 1.5, flag: true, none: null}\r\nnote: |\r\n  two\r\n  lines\r\n"
    )
    parsed = RuleSet.load(rules)
    assert list((tmp_path / "cache").glob("rules-parsed-*"))
    again = RuleSet.load(rules)
    assert _located(again.file("demo")) == _located(parsed.file("demo"))
    assert again.file("demo")["note"] == "two\nlines\n"
    assert again.file("demo")["units"][0]["since"].isoformat() == "2023-05-01"
    assert again.hash == parsed.hash
    (rules / "demo.yaml").write_text("units: []\n", encoding="utf-8")
    assert RuleSet.load(rules).file("demo") == {"units": []}


class _Planted:
    """A class no parsed rule file holds: reading it back must not construct it."""

    made: list[str] = []

    def __reduce__(self):
        return (_Planted.made.append, ("constructed",))


def test_a_parsed_rule_file_kept_with_other_classes_or_damaged_is_parsed_again(tmp_path, monkeypatch):
    import pickle

    from pipeline.rules import ruleset

    monkeypatch.setenv("PROVEX_CACHE_DIR", str(tmp_path / "cache"))
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "demo.yaml").write_text("units:\n  - {name: km, since: 2023-05-01 10:00:00}\n", encoding="utf-8")
    parsed = RuleSet.load(rules)
    (kept,) = (tmp_path / "cache").glob("rules-parsed-*")
    assert _located(RuleSet.load(rules).file("demo")) == _located(parsed.file("demo"))
    for data in (
        pickle.dumps(({"demo": {"units": [_Planted()]}}, parsed.hash)),
        pickle.dumps(({"demo": {"units": []}}, parsed.hash))[:-5],  # cut short
        pickle.dumps((["not", "a", "dict"], parsed.hash)),
        b"not a pickle",
    ):
        kept.write_bytes(data)
        assert ruleset._read_parsed(kept.name) == (None, None)
        again = RuleSet.load(rules)
        assert _located(again.file("demo")) == _located(parsed.file("demo")) and again.hash == parsed.hash
    assert _Planted.made == []


MARKER_PATTERNS = [
    r"(?:责任编辑|編輯)[:：]\s*\S{2,4}",
    r"(?:Copyright|©)\s*\d{4}",
    r"(?i)all rights reserved",
    r"[上下]一[篇页]",
    r"\p{Han}{2}网",
    r"(?:分享到|Share)(?:微信|微博|Twitter)?",
]


def test_required_literals_come_from_the_cache_and_equal_a_fresh_reading(fresh_cache):
    from pipeline.rules import literals

    expected = [literals._required_literals(pattern) for pattern in MARKER_PATTERNS]
    assert any(found for found in expected) and None in expected
    literals.required_literals.cache_clear()
    with pattern_cache.cached_patterns():
        assert [literals.required_literals(pattern) for pattern in MARKER_PATTERNS] == expected
    fresh_cache()
    literals.required_literals.cache_clear()
    with pattern_cache.cached_patterns():
        assert [literals.required_literals(pattern) for pattern in MARKER_PATTERNS] == expected
        assert pattern_cache._added == 0  # every reading came from the file
    literals.required_literals.cache_clear()


def test_a_damaged_or_stale_remembered_value_is_computed_again(fresh_cache, monkeypatch):
    from pipeline.rules import literals

    pattern = MARKER_PATTERNS[0]
    expected = literals._required_literals(pattern)
    literals.required_literals.cache_clear()
    with pattern_cache.cached_patterns():
        literals.required_literals(pattern)
    (key,) = pattern_cache._table["required"]
    # A damaged entry (not a set of strings) is not used.
    for damaged in ((frozenset({1, 2}),), ("not a set",), (), "x"):
        fresh_cache()
        pattern_cache._table = pattern_cache._load()
        pattern_cache._table["required"][key] = damaged
        literals.required_literals.cache_clear()
        with pattern_cache.cached_patterns():
            assert literals.required_literals(pattern) == expected
            assert pattern_cache._added == 1
    # An entry made by other code (another digest of literals.py) is never found.
    fresh_cache()
    pattern_cache._table = pattern_cache._load()
    pattern_cache._table["required"] = {key.replace(key[:8], "0" * 8, 1): (frozenset({"wrong"}),)}
    monkeypatch.setattr(pattern_cache, "_digests", {})
    literals.required_literals.cache_clear()
    with pattern_cache.cached_patterns():
        assert literals.required_literals(pattern) == expected
    literals.required_literals.cache_clear()


def test_the_code_digest_follows_the_bytes_of_the_files(tmp_path, monkeypatch):
    monkeypatch.setattr(pattern_cache, "_digests", {})
    code = tmp_path / "code.py"
    code.write_text("A = 1\n")
    first = pattern_cache.code_digest(str(code))
    assert first == pattern_cache.code_digest(str(code))
    monkeypatch.setattr(pattern_cache, "_digests", {})
    code.write_text("A = 2\n")
    assert pattern_cache.code_digest(str(code)) not in (None, first)
    assert pattern_cache.code_digest(str(tmp_path / "missing.py")) is None
    assert pattern_cache.code_digest(None) is None


def test_place_names_come_from_the_cache_and_equal_a_fresh_build(fresh_cache):
    from pipeline.extractors.names import places

    extra = ["中西区", "湾仔区", "澳门半岛"]
    expected = list(places._build_place_names(tuple(extra)))
    assert "北京市" in expected and "北京" in expected and "湾仔" in expected
    places._place_names.cache_clear()
    with pattern_cache.cached_patterns():
        assert places.place_names(extra) == expected
    fresh_cache()
    places._place_names.cache_clear()
    with pattern_cache.cached_patterns():
        assert places.place_names(iter(extra)) == expected
        assert places.place_names(extra[:2]) != expected  # the extra names are part of the key
    (key,) = [key for key, value in pattern_cache._table["places"].items() if len(value[0]) == len(expected)]
    pattern_cache._table["places"][key] = ((1, 2),)  # damaged: built again
    places._place_names.cache_clear()
    with pattern_cache.cached_patterns():
        assert places.place_names(extra) == expected
    places._place_names.cache_clear()


def test_a_cache_file_of_an_older_version_keeps_its_patterns(fresh_cache, tmp_path):
    with pattern_cache.cached_patterns():
        _compile_all()
    table = pattern_cache._load()
    older = {kind: table[kind] for kind in ("re", "regex", "literal", "risk")}
    pattern_cache.write_cached_bytes(pattern_cache._file_name(), pattern_cache.sealed(older))
    loaded = pattern_cache._load()
    assert set(loaded) == set(pattern_cache.KINDS)
    assert loaded["re"] == table["re"] and loaded["required"] == {}


def test_the_common_chinese_characters_from_the_cache_are_the_decoded_ones(fresh_cache):
    from pipeline.stages import garbled

    expected = garbled._decode_gb2312_level1()
    assert len(expected) == 3755 and expected[0] == "啊"
    garbled._gb2312_level1.cache_clear()
    with pattern_cache.cached_patterns():
        assert garbled._gb2312_level1() == expected
    fresh_cache()
    garbled._gb2312_level1.cache_clear()
    with pattern_cache.cached_patterns():
        assert garbled._gb2312_level1() == expected
        assert pattern_cache._added == 0
        (key,) = pattern_cache._table["tables"]
        pattern_cache._table["tables"][key] = ("啊",)  # damaged: decoded again
        garbled._gb2312_level1.cache_clear()
        assert garbled._gb2312_level1() == expected
    garbled._gb2312_level1.cache_clear()


def test_a_remembered_value_of_a_few_ms_is_written_a_trivial_one_is_not(fresh_cache, monkeypatch):
    import time

    monkeypatch.setattr(pattern_cache, "MIN_SAVE_SECONDS", 0.05)

    def slow(key: str) -> str:
        time.sleep(0.006)
        return key.upper()

    with pattern_cache.cached_patterns():
        assert pattern_cache.remembered("tables", "cheap", str.upper) == "CHEAP"
    fresh_cache()
    assert pattern_cache._load()["tables"] == {}
    with pattern_cache.cached_patterns():
        assert pattern_cache.remembered("tables", "slow", slow) == "SLOW"
    fresh_cache()
    assert pattern_cache._load()["tables"] == {"slow": ("SLOW",)}


def test_marker_regexes_built_with_the_rules_equal_ones_compiled_on_first_use(fresh_cache):
    from pipeline.stages.boilerplate.markers import _marker_matcher
    from tests.conftest import RULES

    def modes_of(pattern: regex.Pattern, text: str) -> list:
        return [
            (found.span(), found.span("rule")) if found is not None else None
            for found in (pattern.fullmatch(text), pattern.match(text), pattern.search(text))
        ]

    document = RULES.file("boilerplate")
    for section in ("markers", "article_text"):
        entries = document[section]
        texts = [
            example if isinstance(example, str) else example["text"]
            for entry in entries
            for example in entry.get("examples", ())
        ]
        fresh_cache()
        lazy = _marker_matcher(entries)  # outside the cache: compiled as on first use before
        expected = {
            index: lazy.alone(index) for index, rule in enumerate(lazy.rules) if rule.pattern is not None
        }
        assert expected and lazy.regexes.keys() == expected.keys()
        for _ in range(2):  # compiled into the cache, then read back from its file by a new process
            fresh_cache()
            with pattern_cache.cached_patterns():
                built = _marker_matcher(entries)
            assert built.regexes.keys() == expected.keys()
            for index, pattern in expected.items():
                kept = built.regexes[index]
                assert (kept.pattern, kept.flags, kept.groupindex) == (
                    pattern.pattern,
                    pattern.flags,
                    pattern.groupindex,
                )
                assert [modes_of(kept, text) for text in texts] == [modes_of(pattern, text) for text in texts]
            assert [built.find(text) for text in texts] == [lazy.find(text) for text in texts]
        assert pattern_cache._added == 0  # the second build read every regex from the file


def test_the_garbled_text_candidate_patterns_are_compiled_with_the_rules(fresh_cache):
    from pipeline.stages import garbled
    from tests.conftest import RULES

    builders = (garbled._candidate_pattern, garbled._candidate_character, garbled._candidate_or_lowercase)
    expected = []
    for builder in builders:
        builder.cache_clear()
        found = builder()
        expected.append((found.pattern, found.flags))
    for _ in range(2):  # compiled into the cache, then read back from its file by a new process
        fresh_cache()
        for builder in builders:
            builder.cache_clear()
        with pattern_cache.cached_patterns():
            garbled.garbled_settings(RULES)
        assert all(builder.cache_info().currsize == 1 for builder in builders)
        assert [(builder().pattern, builder().flags) for builder in builders] == expected
    assert pattern_cache._added == 0  # the second build read every pattern from the file


def test_the_date_rules_start_tables_come_from_the_cache_and_follow_the_patterns(fresh_cache):
    from pipeline.extractors.dates import match

    guards = (regex.compile(r"(?=[年月今\d])"), regex.compile(r"(?=\d|\b(?:May|June)\b)"))
    tests = (regex.compile(r"今年|\d{4}年"), regex.compile(r"\d{1,2}月"), regex.compile(r"(?i)May \d+"))
    characters = "".join(match.named_characters([test.pattern for test in tests], "年月今"))
    expected = {
        character: match.starting_rules(character, tests, guards, 2) for character in sorted(characters)
    }
    assert expected["今"] == ((0,), ()) and expected["1"] == ((0, 1), ()) and expected["M"] == ((), (2,))
    folded = match._case_fold_table_text()
    assert "\u212a" in folded  # the Kelvin sign matches (?i)k
    for _ in range(2):  # computed, then read back in a new process
        fresh_cache()
        match.case_fold_table_text.cache_clear()
        with pattern_cache.cached_patterns():
            assert match.case_fold_table_text() == folded
            assert "".join(match.named_characters([test.pattern for test in tests], "年月今")) == characters
            table = match.starting_rules_table(characters, tests, guards, 2)
            assert table == expected and list(table) == sorted(characters)
            table["新"] = ((), ())  # the caller's own copy: the kept table is not changed
            assert match.starting_rules_table(characters, tests, guards, 2) == expected
    # Another pattern, another count of Chinese rules: another table.
    fresh_cache()
    other = (*tests[:2], regex.compile(r"(?i)June \d+"))
    with pattern_cache.cached_patterns():
        assert match.starting_rules_table(characters, tests, guards, 2) == expected
        assert match.starting_rules_table(characters, other, guards, 2)["J"] == ((), (2,))
        assert match.starting_rules_table(characters, tests, guards, 1)["1"] == ((0,), (1,))
    # A damaged entry is computed again.
    damaged = {
        key: ({"1": (("x",), ())},) if type(value[0]) is dict else value
        for key, value in pattern_cache._load()["tables"].items()
    }
    assert len([value for value in damaged.values() if type(value[0]) is dict]) == 3
    fresh_cache()
    pattern_cache._table = {**pattern_cache._load(), "tables": damaged}
    with pattern_cache.cached_patterns():
        assert match.starting_rules_table(characters, tests, guards, 2) == expected
    match.case_fold_table_text.cache_clear()


def test_a_lazy_figure_pattern_is_compiled_through_the_cache(fresh_cache):
    text = r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>(?i:percent|per cent)|%)"
    lines = ["rose 12.5 percent", "up 3 %", "by 7 PER CENT", "a 5-year plan"]
    plain = re.compile(text)
    starts = [line.find(next(filter(str.isdigit, line))) for line in lines]
    expected = [
        (match and match.span(), match and match.groupdict()) for match in map(plain.match, lines, starts)
    ]
    fresh_cache()
    assert LazyPattern(text).match("12 percent") is not None
    assert len(pattern_cache._table["re"]) == 1  # compiled once, and remembered
    fresh_cache()  # a later process reads the file written above
    found = list(map(LazyPattern(text).match, lines, starts))
    assert pattern_cache._added == 0 and len(pattern_cache._used) == 1  # it came from the file
    assert [(match and match.span(), match and match.groupdict()) for match in found] == expected
    assert expected[-1] == (None, None) and expected[0][0] == (5, 17)
