"""The `organisations` and `projects` tables: names found by the name rules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pipeline.core.entity import Column, EntitySpec, Style, present


def _describe_name(kind_column: str) -> Callable[[Mapping[str, Any]], str]:
    def describe(row: Mapping[str, Any]) -> str:
        """The normalised name when it differs from the text, and the kind."""
        name = str(row["name"]) if present(row, "name") else ""
        if name == row.get("raw_text"):
            name = ""  # the text is shown anyway; only a changed name is news
        kind = str(row[kind_column]) if present(row, kind_column) else ""
        return " · ".join(part for part in (name, kind) if part)

    return describe


ORGANISATIONS = EntitySpec(
    table="organisations",
    label="organisation",
    doc="A row of `organisations`.",
    columns=(
        Column("name", "string", "the name, normalised"),
        Column("org_kind", "string", "government, company, research, association or other"),
        Column("alias_of", "string", "the full name this short form stands for, within the document"),
    ),
    rule_files=("organisations", "names"),
    extractor="pipeline.extractors.names.organisations:find_spans",
    style=Style(background="#c9f0d3", border="#1f8a4c"),
    describe=_describe_name("org_kind"),
    gold_type="org",
    span_match="half",
)

PROJECTS = EntitySpec(
    table="projects",
    label="project",
    doc="A row of `projects`.",
    columns=(
        Column("name", "string", "the name, normalised"),
        Column("project_kind", "string", "park, facility, program, policy or event"),
        Column("alias_of", "string", "the full name this short form stands for, within the document"),
    ),
    rule_files=("projects", "names"),
    extractor="pipeline.extractors.names.projects:find_spans",
    style=Style(background="#ecd9ff", border="#8a4fd1"),
    describe=_describe_name("project_kind"),
    gold_type="project",
    span_match="half",
)
