"""The name rule files' settings that name rules, kinds or vocabularies: each must name one that exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extractors.names.rules import compile_name_rules
from pipeline.rules.loader import RuleFileError
from pipeline.rules.ruleset import RuleSet


def _refused(folder: Path, file: str, old: str, new: str) -> str:
    """The error of the name rules once `old` is `new` in `file`; it starts at the line of `old`."""
    path = folder / f"{file}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RuleFileError) as raised:
        RuleSet.load(folder).compiled(compile_name_rules)
    message = str(raised.value)
    assert message.startswith(f"{path}:{line}: "), message
    return message


def test_the_shipped_name_rules_name_only_what_exists(rules_copy: Path) -> None:
    RuleSet.load(rules_copy).compiled(compile_name_rules)


def test_a_short_form_setting_naming_no_organisation_rule_is_refused(rules_copy: Path) -> None:
    message = _refused(
        rules_copy, "names", "  bare_rules: [state_company_tw]", "  bare_rules: [state_company_taiwan]"
    )
    assert "short_forms.bare_rules[0]: 'state_company_taiwan' names no rule of organisations.yaml" in message
    assert "(closest: state_company_tw" in message


def test_a_kind_a_setting_names_must_be_declared_by_the_tables(rules_copy: Path) -> None:
    message = _refused(rules_copy, "names", "  kinds: [company]\n", "  kinds: [companies]\n")
    assert (
        "name_verbs.kinds[0]: 'companies' names no kind of organisations.yaml (closest: company)" in message
    )
    message = _refused(rules_copy, "names", "  kinds: [companies]\n", "  kinds: [park]\n")
    assert "'park' names no kind of organisations.yaml" in message  # a project's kind


def test_a_kind_of_either_table_is_named_by_the_word_view(rules_copy: Path) -> None:
    old = "  clause_kinds: [program, policy]"
    message = _refused(rules_copy, "names", old, old.replace("policy", "polcy"))
    assert (
        "word_view.clause_kinds[1]: 'polcy' names no kind of organisations.yaml or projects.yaml" in message
    )


def test_repeated_names_must_seed_from_rules_of_their_file(rules_copy: Path) -> None:
    message = _refused(
        rules_copy,
        "organisations",
        "  rules: [listed_short_name, acting_subject,",
        "  rules: [listed_short_name, acting_subjects,",
    )
    assert "repeated_names.rules[1]: 'acting_subjects' names no rule of organisations.yaml" in message
    assert "(closest: acting_subject" in message


def test_list_siblings_must_name_a_vocabulary_of_names(rules_copy: Path) -> None:
    old = "  vocabularies: [well_known_companies, listed_short_names]"
    message = _refused(
        rules_copy, "organisations", old, old.replace("listed_short_names", "listed_companies")
    )
    assert "list_siblings.vocabularies[1]: 'listed_companies' names no vocabulary of names" in message
    # (listed_companies is a setting of the file, but lists no names)


def test_descriptive_names_must_refuse_names_of_rules_of_projects(rules_copy: Path) -> None:
    message = _refused(
        rules_copy, "projects", "  rules: [project, incubator]", "  rules: [projects, incubator]"
    )
    assert (
        "descriptive_names.rules[0]: 'projects' names no rule of projects.yaml (closest: project" in message
    )


def test_a_quoted_names_kind_by_ending_must_be_a_kind_of_the_table(rules_copy: Path) -> None:
    message = _refused(rules_copy, "projects", "    facility: [基地项目,", "    facilities: [基地项目,")
    assert "quoted_names.kinds_by_suffix.facilities: 'facilities' is not one of park, facility" in message
