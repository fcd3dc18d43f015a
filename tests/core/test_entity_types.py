"""A new entity type is a spec, an extractor and a rule file: no store, API, report or CLI edit.

The toy type here, `persons`, is declared in this module (its spec and its
extractor) with its rule file in a temporary rules folder, registered for
the test only, and then found in the tables, `pipeline.load()`, the Python
API and the report.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import pytest
import regex

import pipeline
from pipeline.batch.run import run_batch
from pipeline.core.entity import REGISTRY, Column, EntitySpec, Style
from pipeline.core.records import DocumentContext, LineContext, Span
from pipeline.extractors.mentions import UnknownColumnError
from pipeline.read.report import write_report
from pipeline.rules import schema
from pipeline.rules.loader import rules_dir
from pipeline.rules.ruleset import RuleSet

PERSONS_YAML = """\
# People named with an honorific: the toy entity type of the tests.
honorifics:
  - id: honorific_zh
    pattern: '(?P<name>\\p{Han})(?:先生|女士)'
    examples: ["王先生表示"]
  - id: honorific_en
    pattern: '(?:Mr|Ms|Dr)\\.\\s(?P<name>[A-Z][a-z]+)'
    examples: ["said Dr. Okafor"]
"""

PERSONS_SCHEMA = schema.Mapping(
    {
        "honorifics": schema.ListOf(
            schema.Mapping(
                {"id": schema.Str(), "pattern": schema.Str(regex=True), "examples": schema.EXAMPLES},
                required=("id", "pattern"),
            ),
            unique="id",
        )
    },
    required=("honorifics",),
)


def compile_person_rules(ruleset: RuleSet) -> list[tuple[str, Any]]:
    """The toy extractor's compiled rules: (rule id, pattern) pairs."""
    data = ruleset.file("persons")
    schema.check(data, PERSONS_SCHEMA, ruleset.path("persons"))
    return [(f"persons:{rule['id']}", regex.compile(rule["pattern"])) for rule in data["honorifics"]]


def find_person_spans(
    lines: Sequence[LineContext], document: DocumentContext, ruleset: RuleSet
) -> list[Span]:
    """Every honorific name on the article lines."""
    spans = []
    for line in lines:
        for rule_id, pattern in ruleset.compiled(compile_person_rules):
            for match in pattern.finditer(line.norm_text):
                fields = {"name": match.group("name")}
                spans.append(Span("persons", line.line_no, match.start(), match.end(), rule_id, fields))
    return spans


def describe_person(row: Mapping[str, Any]) -> str:
    """The person's name."""
    return str(row.get("name") or "")


PERSONS = EntitySpec(
    table="persons",
    label="person",
    columns=(Column("name", "string", "the person's name"),),
    rule_files=("persons",),
    extractor=f"{__name__}:find_person_spans",
    style=Style(background="#ffd6d6", border="#c0392b"),
    describe=describe_person,
)

TEXT = "园区管委会王先生表示，2024年新增企业30家。\nThe plan was approved, said Dr. Okafor.\n"


@pytest.fixture
def persons_rules(tmp_path):
    """The project's rules plus persons.yaml, and the persons type registered."""
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    (folder / "persons.yaml").write_text(PERSONS_YAML, encoding="utf-8")
    with REGISTRY.extended(PERSONS):
        yield folder


def test_a_new_entity_type_reaches_the_tables_load_and_the_report(tmp_path, persons_rules):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "notice.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([inputs], out, jobs=1, rules=persons_rules)
    assert summary.mentions["persons"] == 2

    table = pd.read_parquet(out / "persons")
    assert sorted(table["name"]) == ["Okafor", "王"]
    assert set(table["rule_id"]) == {"persons:honorific_zh", "persons:honorific_en"}
    lines = pd.read_parquet(out / "lines").set_index("line_no")["raw_text"]
    for row in table.itertuples():
        assert lines[row.line_no][row.start : row.end] == row.raw_text

    output = pipeline.load(out)
    assert "persons" in output.mention_tables
    assert len(output.persons) == 2
    assert output.sql("SELECT count(*) AS n FROM persons")["n"][0] == 2

    write_report(output, tmp_path / "report")
    page = next((tmp_path / "report").glob("*/[0-9a-f]*.html"), None) or next(
        path for path in (tmp_path / "report").rglob("*.html") if path.name != "index.html"
    )
    html = page.read_text(encoding="utf-8")
    assert "t-persons" in html and "Okafor" in html
    assert "person" in (tmp_path / "report").rglob("index.html").__next__().read_text(encoding="utf-8")


def test_a_new_entity_type_has_api_records(persons_rules):
    records = pipeline.extract(TEXT, ruleset=RuleSet.load(persons_rules))
    people = [record for record in records if record.table == "persons"]
    assert [(record.raw_text, record.name) for record in people] == [
        ("王先生", "王"),
        ("Dr. Okafor", "Okafor"),
    ]
    assert type(people[0]).__name__ == "PersonMention"


def test_the_registry_is_unchanged_after_the_test():
    assert "persons" not in REGISTRY
    assert REGISTRY.tables() == ("figures", "dates", "organisations", "projects")


def test_a_misspelt_field_is_an_error_not_a_null_column(tmp_path):
    def misspelt(lines, document, ruleset):
        return [Span("persons", 1, 0, 1, "persons:x", {"nmae": "王"})]

    spec = EntitySpec(
        table="persons",
        label="person",
        columns=(Column("name", "string"),),
        rule_files=(),
        extractor="unused:unused",
        style=Style("#fff", "#000"),
        describe=describe_person,
    )
    from pipeline.document import source_from_text
    from pipeline.extractors.mentions import to_mentions
    from pipeline.rules.ruleset import default_ruleset
    from pipeline.stages.normalise import normalise_lines

    lines = normalise_lines(source_from_text("王先生").lines, default_ruleset())
    with REGISTRY.extended(spec), pytest.raises(UnknownColumnError, match="nmae"):
        to_mentions("doc", misspelt(lines, None, None), lines)


RICH_TEXT = (
    "2023年3月，苏州工业园区管委会与华东医药集团签约，投资约12亿元建设生物医药产业园二期，"
    "新增企业30至50家，增长12.5%。\n"
    "In March 2024 the Ningbo Life Science Park signed with Acme Biotech Inc. for 2 to 3 million yuan.\n"
)


def test_every_extractor_reports_exactly_the_columns_of_its_spec():
    from pipeline.document import process_document, source_from_text
    from tests.conftest import RULES

    result = process_document(source_from_text(RICH_TEXT), RULES)
    for spec in REGISTRY.specs():
        fields = [mention.fields for mention in result.mentions if mention.table == spec.table]
        assert fields, f"the sample text gave no {spec.table}"
        for row in fields:
            assert set(row) <= set(spec.column_names), (spec.table, row)
        assert set().union(*fields) == set(spec.column_names), spec.table
