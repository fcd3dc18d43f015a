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


# ------------------------------------------------ settings that name other things of the rules

COLOUR = schema.Names("colour of palette.yaml", lambda ruleset: ruleset.file("palette")["colours"])
PICKS = schema.Mapping(
    {
        "picks": schema.ListOf(schema.Ref(COLOUR)),
        "favourite": schema.Ref(COLOUR),
        "shades": schema.Mapping({}, extra=schema.Number(), keys=schema.Ref(COLOUR)),
    }
)


def _picks_problem(folder, text: str, palette: str | None = "colours: [red, green, blue]\n") -> str:
    """The error checking `text` as picks.yaml against the palette gives, or '' when it is fine."""
    (folder / "picks.yaml").write_text(text, encoding="utf-8")
    if palette is not None:
        (folder / "palette.yaml").write_text(palette, encoding="utf-8")
    ruleset = RuleSet.load(folder)
    try:
        schema.check(ruleset.file("picks"), PICKS, ruleset.path("picks"), ruleset)
    except RuleFileError as error:
        return str(error)
    return ""


def test_a_setting_naming_what_exists_passes(tmp_path):
    assert _picks_problem(tmp_path, "picks: [red, blue]\nfavourite: green\nshades: {red: 3}\n") == ""


def test_a_misspelt_name_is_refused_at_its_own_line_with_the_setting_and_the_closest_names(tmp_path):
    message = _picks_problem(tmp_path, "favourite: red\npicks:\n  - red\n  - gren\n")
    where = f"{tmp_path / 'picks.yaml'}:4: picks[1]"
    assert message == f"{where}: 'gren' names no colour of palette.yaml (closest: green)"


def test_a_misspelt_name_in_a_list_written_over_lines_is_refused_at_its_line(tmp_path):
    message = _picks_problem(tmp_path, "picks: [red,\n        green,\n        bleu]\n")
    assert message.startswith(f"{tmp_path / 'picks.yaml'}:3: picks[2]: 'bleu' names no colour")
    assert "(closest: blue)" in message


def test_a_name_far_from_every_existing_one_lists_what_there_is(tmp_path):
    message = _picks_problem(tmp_path, "favourite: octarine\n")
    assert message.endswith(
        "'octarine' names no colour of palette.yaml (none is close; there are blue, green, red)"
    )


def test_a_key_that_names_nothing_is_refused_at_the_key(tmp_path):
    message = _picks_problem(tmp_path, "shades:\n  red: 3\n  gren: 2\n")
    assert message.startswith(f"{tmp_path / 'picks.yaml'}:3: shades.gren: 'gren' names no colour")


def test_without_the_rule_set_or_the_file_that_defines_them_only_the_shape_is_checked(tmp_path):
    (tmp_path / "picks.yaml").write_text("picks: [gren]\n", encoding="utf-8")
    ruleset = RuleSet.load(tmp_path)
    schema.check(ruleset.file("picks"), PICKS, ruleset.path("picks"))
    schema.check(ruleset.file("picks"), PICKS, ruleset.path("picks"), ruleset)  # no palette.yaml
    assert "expected a string, got 3" in _picks_problem(tmp_path, "picks: [3]\n")


def test_a_kept_verdict_does_not_hide_a_name_another_file_no_longer_defines(tmp_path):
    from pipeline.rules.pattern_cache import cached_patterns

    with cached_patterns():
        assert _picks_problem(tmp_path, "picks: [green]\n") == ""
        assert "'green' names no colour" in _picks_problem(tmp_path, "picks: [green]\n", "colours: [red]\n")


def test_every_shipped_rule_file_names_only_what_exists():
    import copy

    from pipeline.document import check_rules
    from pipeline.rules.loader import rules_dir

    shipped = RuleSet.load(rules_dir())
    # copies are no whole rule files read from bytes: every check runs, none is taken from the cache
    fresh = RuleSet(shipped.directory, {name: copy.deepcopy(shipped.file(name)) for name in shipped.names})
    assert fresh.file("boilerplate").key_lines == shipped.file("boilerplate").key_lines
    check_rules(fresh)
