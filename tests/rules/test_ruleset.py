"""The rule set (one folder, passed explicitly) and the declarative rule-file checker."""

from __future__ import annotations

import pickle

import pytest

from pipeline.rules import schema
from pipeline.rules.loader import RuleFileError, parse_rule_text
from pipeline.rules.patterns import backtracking_risk
from pipeline.rules.ruleset import RuleSet

MARKERS = schema.Mapping(
    {
        "markers": schema.ListOf(
            schema.Mapping(
                {
                    "id": schema.Str(),
                    "pattern": schema.Str(regex=True),
                    "match": schema.Str(choices=("line", "start", "anywhere")),
                    "max_chars": schema.Number(minimum=1, integer=True),
                    "examples": schema.EXAMPLES,
                },
                required=("id", "pattern"),
            ),
            unique="id",
        )
    }
)


def problem(text: str) -> str:
    """The `file:line: reason` a rule file's text gives, or '' when it is fine."""
    try:
        schema.check(parse_rule_text(text, "rules/demo.yaml"), MARKERS, "rules/demo.yaml")
    except RuleFileError as error:
        return str(error)
    return ""


def test_a_valid_file_passes():
    assert problem("markers:\n  - id: share\n    pattern: '^分享到'\n    examples: ['分享到：微信']\n") == ""


def test_a_misspelt_key_is_named_with_its_line_and_a_suggestion():
    message = problem("markers:\n  - id: share\n    pattern: '^x'\n    exampels: ['x']\n")
    assert message.startswith("rules/demo.yaml:4: markers[0].exampels: unknown key 'exampels'")
    assert "did you mean 'examples'" in message


def test_a_duplicate_id_is_refused_at_the_second_rule():
    message = problem("markers:\n  - {id: a, pattern: x}\n  - {id: b, pattern: y}\n  - {id: a, pattern: z}\n")
    assert message.startswith("rules/demo.yaml:4:") and "duplicate id 'a' (first at line 2)" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("markers:\n  - {id: a, pattern: x, max_chars: many}\n", "expected a whole number, got 'many'"),
        ("markers:\n  - {id: a, pattern: x, match: everywhere}\n", "is not one of line, start, anywhere"),
        ("markers:\n  - {id: a}\n", "missing key 'pattern'"),
        ("markers:\n  - {id: a, pattern: '(unclosed'}\n", "not a valid regular expression"),
        ("markers: {id: a}\n", "expected a list of a mapping"),
        ("markers:\n  - {id: a, pattern: x, examples: []}\n", "needs at least 1 item"),
    ],
)
def test_wrong_values_are_refused_with_the_reason(text, expected):
    assert expected in problem(text)


def test_a_pattern_that_backtracks_exponentially_is_refused_at_load():
    message = problem("markers:\n  - id: hostile\n    pattern: '(?:a|aa)+$'\n")
    assert message.startswith("rules/demo.yaml:3:") and "exponential time" in message


@pytest.mark.parametrize(
    ("pattern", "risky"),
    [
        ("(?:a|aa)+$", True),
        ("(a+)+b", True),
        (r"(\w+\s?)+$", True),
        ("(?:a|ab)+", True),
        ("(?:ab|cd)+", False),
        ("(?:、[0-9]+)*期", False),
        (r"[\p{Han}]{2,8}(?:公司|集团)", False),
        (r"\d+(?:\.\d+)?", False),
    ],
)
def test_backtracking_risk(pattern, risky):
    assert bool(backtracking_risk(pattern)) is risky


def _builder_calls(ruleset: RuleSet, calls: list[str]) -> str:
    calls.append(ruleset.hash)
    return ruleset.file("demo")["word"]


def test_a_builder_runs_once_per_rule_set_and_two_sets_never_share(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "demo.yaml").write_text("word: 一\n", encoding="utf-8")
    (second / "demo.yaml").write_text("word: 二\n", encoding="utf-8")
    calls: list[str] = []

    def build(ruleset: RuleSet) -> str:
        return _builder_calls(ruleset, calls)

    one, two = RuleSet.load(first), RuleSet.load(second)
    assert [one.compiled(build), one.compiled(build), two.compiled(build)] == ["一", "一", "二"]
    assert len(calls) == 2


def test_a_rule_set_travels_to_another_process_as_its_folder(tmp_path):
    (tmp_path / "demo.yaml").write_text("word: 一\n", encoding="utf-8")
    ruleset = RuleSet.load(tmp_path)
    copy = pickle.loads(pickle.dumps(ruleset))
    assert copy.directory == ruleset.directory and copy.hash == ruleset.hash


def test_a_missing_folder_or_file_says_where(tmp_path):
    with pytest.raises(RuleFileError, match="rules folder not found"):
        RuleSet.load(tmp_path / "nowhere")
    with pytest.raises(RuleFileError, match="demo.yaml: rule file not found"):
        RuleSet.load(tmp_path).file("demo")


def test_a_copy_with_one_builder_s_value_keeps_the_others_and_leaves_the_set_as_it_was(tmp_path):
    (tmp_path / "one.yaml").write_text("version: 1\n", encoding="utf-8")
    rules = RuleSet.load(tmp_path)
    calls = []

    def kept(ruleset: RuleSet) -> str:
        calls.append("kept")
        return "kept value"

    def replaced(ruleset: RuleSet) -> str:
        return "plain value"

    assert rules.compiled(kept) == "kept value"
    copy = rules.with_compiled(replaced, "measured value")
    assert copy.compiled(replaced) == "measured value"
    assert copy.compiled(kept) == "kept value" and calls == ["kept"]
    assert rules.compiled(replaced) == "plain value"
    assert copy.hash == rules.hash and copy.file("one") == rules.file("one")
