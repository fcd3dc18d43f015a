"""Rule files: YAML a user edits; a broken one names its file, line and reason."""

from __future__ import annotations

import pytest

from pipeline.rules import RuleFileError, load_rule_file, parse_rule_text, require, rules_hash


def test_mappings_and_lists_remember_their_line():
    loaded = parse_rule_text("a: 1\nitems:\n  - id: x\n    regex: y\n", "rules/demo.yaml")
    assert loaded.line == 1
    assert loaded["items"].line == 3
    assert loaded["items"][0].line == 3


def test_invalid_yaml_reports_file_and_line():
    with pytest.raises(RuleFileError) as raised:
        parse_rule_text("a: 1\nb: [unclosed\nc: 2\n", "rules/demo.yaml")
    assert raised.value.path == "rules/demo.yaml"
    assert raised.value.line is not None
    assert str(raised.value).startswith("rules/demo.yaml:")


def test_duplicate_keys_are_refused_with_their_line():
    with pytest.raises(RuleFileError) as raised:
        parse_rule_text("a: 1\nb: 2\na: 3\n", "rules/demo.yaml")
    assert raised.value.line == 3
    assert "duplicate key" in raised.value.reason


def test_require_raises_at_the_node_line():
    loaded = parse_rule_text("first: 1\nsecond:\n  - 2\n", "rules/demo.yaml")
    with pytest.raises(RuleFileError) as raised:
        require(False, "rules/demo.yaml", loaded["second"], "must be a mapping")
    assert str(raised.value) == "rules/demo.yaml:3: must be a mapping"


def test_missing_rule_file_says_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.setenv("PROVEX_RULES_DIR", str(tmp_path))
    load_rule_file.cache_clear()
    try:
        with pytest.raises(RuleFileError) as raised:
            load_rule_file("nothing")
        assert str(tmp_path) in str(raised.value)
    finally:
        load_rule_file.cache_clear()


def test_rules_hash_changes_when_a_rule_file_changes(tmp_path):
    (tmp_path / "a.yaml").write_text("x: 1\n", encoding="utf-8")
    before = rules_hash(tmp_path)
    assert rules_hash(tmp_path) == before
    (tmp_path / "a.yaml").write_text("x: 2\n", encoding="utf-8")
    assert rules_hash(tmp_path) != before


def test_every_shipped_rule_file_is_valid_yaml():
    from pipeline.rules import rules_dir

    for path in sorted(rules_dir().glob("*.yaml")):
        assert load_rule_file(path.stem) is not None, path
