"""Rule files: YAML a user edits; a broken one names its file, line and reason."""

from __future__ import annotations

import pytest

from pipeline.rules.loader import RuleFileError, item_lines, parse_rule_text
from pipeline.rules.ruleset import RuleSet


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


def test_missing_rules_folder_says_where_it_looked(tmp_path):
    with pytest.raises(RuleFileError) as raised:
        RuleSet.load(tmp_path / "nothing")
    assert str(tmp_path / "nothing") in str(raised.value)


def test_rules_hash_changes_when_a_rule_changes_but_not_with_comments_or_examples(tmp_path):
    rule_file = tmp_path / "a.yaml"
    rule_file.write_text("rules:\n  - {id: x, word: 1}\n", encoding="utf-8")
    before = RuleSet.load(tmp_path).hash
    assert RuleSet.load(tmp_path).hash == before
    rule_file.write_text("# a comment\nrules:\n  - {id: x, word: 1, examples: ['1']}\n", encoding="utf-8")
    assert RuleSet.load(tmp_path).hash == before
    rule_file.write_text("rules:\n  - {id: x, word: 2}\n", encoding="utf-8")
    assert RuleSet.load(tmp_path).hash != before


def test_every_shipped_rule_file_is_valid_yaml():
    from pipeline.rules.loader import rules_dir

    ruleset = RuleSet.load(rules_dir())
    for path in sorted(rules_dir().glob("*.yaml")):
        assert ruleset.file(path.stem) is not None, path


def _plain(value):
    """A loaded rule file as plain data with the line of every mapping, list and list item, for comparison."""
    if isinstance(value, dict):
        return ("mapping", value.line, [(_plain(key), _plain(item)) for key, item in value.items()])
    if isinstance(value, list):
        return ("list", value.line, item_lines(value), [_plain(item) for item in value])
    return (type(value).__name__, value)


def test_libyaml_loader_reads_every_shipped_rule_file_like_the_reference_loader():
    from pipeline.rules.loader import _parse_with_python_loader, rules_dir

    for path in sorted(rules_dir().glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert _plain(parse_rule_text(text, path)) == _plain(_parse_with_python_loader(text, path)), path


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: [unclosed\nc: 2\n",
        "a: 1\n  b: 2\n",
        "- x\ny: 1\n",
        "a: 'open\n",
        "a: !!python/object:os.system x\n",
        "a: 1\nb:\n  c: 1\n  c: 2\n",
        "a: *missing\n",
    ],
)
def test_broken_yaml_is_reported_as_the_reference_loader_words_it(text):
    from pipeline.rules.loader import _parse_with_python_loader

    with pytest.raises(RuleFileError) as fast:
        parse_rule_text(text, "rules/demo.yaml")
    with pytest.raises(RuleFileError) as reference:
        _parse_with_python_loader(text, "rules/demo.yaml")
    assert str(fast.value) == str(reference.value)
    assert (fast.value.path, fast.value.line) == ("rules/demo.yaml", reference.value.line)


def test_a_list_written_over_several_lines_remembers_the_line_of_each_item():
    loaded = parse_rule_text("a: [x, y]\nb: [x,\n    y, z]\nc:\n  - x\n  - y\n", "rules/demo.yaml")
    assert item_lines(loaded["a"]) == ()
    assert item_lines(loaded["b"]) == (2, 3, 3)
    assert item_lines(loaded["c"]) == (5, 6)
    assert item_lines(["not", "from", "a", "file"]) == ()
