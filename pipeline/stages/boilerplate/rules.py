"""The boilerplate rule file: its schema, and the rules compiled from it once per rule set."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex

from pipeline.rules.literals import max_match_length
from pipeline.rules.schema import (
    EXAMPLES,
    Bool,
    ListOf,
    Mapping,
    Names,
    Number,
    Ref,
    Schema,
    Str,
    Where,
    check,
    ids_of,
)

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

from pipeline.stages.boilerplate.markers import MATCH_MODES, MarkerMatcher, _marker_matcher

if TYPE_CHECKING:
    from pipeline.stages.boilerplate.measure import LineFacts

RULES_NAME = "boilerplate"
RULE_ID = regex.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class StructureSettings:
    """The named thresholds of the structure rules (see the rules file)."""

    latin_word_units: int
    headline_max_units: int
    sentence_end: str
    paragraph_min_units: int
    repeated_only_after_body: bool
    repeated_sentence_pattern: regex.Pattern | None
    link_item_pattern: regex.Pattern
    link_list_min_run: int
    resume_paragraphs: int
    resume_at_end_paragraphs: int
    resume_at_end_min_units: int
    foot_date_rules: frozenset[str]
    foot_date_max_lines_below: int
    table_head_markers: frozenset[str]
    table_head_min_cells: int
    table_head_min_number_share: float
    image_gap_blank_lines: int
    caption_max_units: int
    caption_forbidden_chars: frozenset[str]
    caption_only_after_body: bool
    between_max_units: int
    between_open_markers: frozenset[str]
    between_only_after_body: bool
    between_before_body_max_units: int
    headline_run_min_run: int
    headline_run_counts_boilerplate: bool
    headline_run_truncated_items: bool
    headline_run_date_item: regex.Pattern | None
    headline_run_min_dated_items: int
    headline_run_min_dated_share: float
    headline_run_section_heading: regex.Pattern | None
    repeated_title: bool
    repeated_title_min_units: int
    repeated_title_min_share: float
    repeated_title_signing_date_rules: frozenset[str]
    footer_tail: bool
    footer_tail_ignored_markers: frozenset[str]
    footer_tail_forbidden_pattern: re.Pattern
    above_navigation_max_units: int
    above_navigation_with_title_max_units: int
    above_navigation_markers: frozenset[str]
    above_navigation_trail_markers: frozenset[str]
    above_navigation_stamp_markers: frozenset[str]
    above_navigation_not_title: regex.Pattern
    above_navigation_slogan_menus: frozenset[str]
    above_navigation_filing_markers: frozenset[str]
    above_navigation_filing_header: regex.Pattern | None
    masthead_pattern: regex.Pattern | None
    masthead_first_line_pattern: regex.Pattern | None
    masthead_body_name_pattern: regex.Pattern | None
    title_with_site_separators: str
    title_with_site_max_units: int
    short_run_min_run: int
    short_run_max_units: int
    content_run_pattern: regex.Pattern | None
    content_run_min_share: float
    content_run_min_lines: int
    article_list_intro_chars: frozenset[str]
    article_list_between_paragraphs: bool
    article_list_sentence_min_units: int
    article_list_above_first_paragraph: bool
    metadata_prefix: regex.Pattern | None
    caption_copy_markers: frozenset[str]
    caption_copy_max_blank_lines: int
    caption_copy_min_units: int
    date_picker_pattern: regex.Pattern | None
    running_header_min_units: int
    running_header_cut_min_units: int
    running_header_sentence_end: str
    page_header_pattern: regex.Pattern | None
    page_header_min_pages: int
    page_header_bare_number_pattern: regex.Pattern | None
    page_header_bare_min_pages: int
    spaced_label_pattern: regex.Pattern | None
    spaced_label_max_chars: int
    contact_markers: frozenset[str]
    contact_reach: int
    contact_intro_chars: frozenset[str]
    contact_sentence_end: frozenset[str]
    contact_heading_pattern: regex.Pattern | None
    contact_heading_reach: int
    contact_field_pattern: regex.Pattern | None
    contact_field_min_lines: int
    contact_fact_pattern: regex.Pattern | None
    catalogue_field_markers: frozenset[str]
    catalogue_field_pattern: regex.Pattern | None
    catalogue_field_reach: int
    notice_part_pattern: regex.Pattern | None
    notice_contact_person_pattern: regex.Pattern | None
    notice_sentence_end: frozenset[str]
    signature_opener: regex.Pattern | None
    signature_max_lines: int
    signature_closer_rules: frozenset[str]
    signature_end_rules: frozenset[str]
    section_above_title_pattern: regex.Pattern | None
    section_above_title_max_units: int
    section_above_title_first_line_pattern: regex.Pattern | None
    site_above_catalogue_name: regex.Pattern | None
    footer_label_pattern: regex.Pattern | None
    prev_next_label_pattern: regex.Pattern | None
    prev_next_title_max_units: int
    site_above_catalogue_record: regex.Pattern | None
    stamp_under_byline_markers: frozenset[str]
    marker_sentence_pattern: regex.Pattern | None
    # A byline or source line under the title that also names the editor
    # (see structure.keep_bylines_with_editor).
    byline_editor_pattern: regex.Pattern | None
    byline_editor_markers: frozenset[str]
    # A row of page controls between separators, each part a marker's line
    # alone (see measure.chrome_row).
    chrome_row_separator: regex.Pattern | None
    chrome_row_min_parts: int
    chrome_row_max_chars: int
    chrome_row_ignored_markers: frozenset[str]
    chrome_row_stray_pattern: regex.Pattern | None
    chrome_row_stray_min_parts: int
    chrome_row_max_stray_parts: int
    # An attachment line after the article's last paragraph, over the page's
    # chrome (see structure.mark_attachment_tails).
    attachment_tail_pattern: regex.Pattern | None
    attachment_tail_overrides: frozenset[str]
    # Short lines under a release's closing mark and its date, over the
    # page's chrome (see structure.mark_closing_tails).
    closing_tail_closing_rules: frozenset[str]
    closing_tail_stamp_rules: frozenset[str]
    closing_tail_max_units: int
    closing_tail_ignored_markers: frozenset[str]
    # `caption_forbidden_chars` as one character class: searching a line with
    # it is several times faster than a set test over the line's characters.
    caption_forbidden_pattern: re.Pattern
    # A fact box below the article's last paragraph: its heading and fields.
    fact_box_heading: regex.Pattern | None = None
    fact_box_field: regex.Pattern | None = None
    fact_box_min_fields: int = 0
    # The most characters a heading can have (`max_match_length` of its
    # pattern; None: unbounded): a longer line is not tried whole.
    fact_box_heading_longest: int | None = None
    # The card of the account an article was reposted from, below its line
    # (see structure.mark_reposted_cards).
    reposted_card_pattern: regex.Pattern | None = None
    reposted_card_header: regex.Pattern | None = None
    reposted_card_reach: int = 0
    reposted_card_max_units: int = 0
    # A press release's closing section on its company, under its heading
    # (see structure.mark_about_blocks).
    about_block_markers: frozenset[str] = frozenset()
    about_block_max_lines: int = 0
    about_block_last_only: bool = False
    # The site's name given twice as the page's first line (see
    # structure.mark_site_name_pair).
    site_name_pair_pattern: regex.Pattern | None = None
    site_name_pair_max_units: int = 0
    # A site's menu of short words above the title (see structure.mark_head_menus).
    head_menu_separator: regex.Pattern | None = None
    head_menu_item: regex.Pattern | None = None  # a Han item or a Latin one
    head_menu_latin_item: regex.Pattern | None = None
    head_menu_section_word: regex.Pattern | None = None
    head_menu_min_items: int = 0
    head_menu_min_section_words: int = 0
    head_menu_latin_section_share: float = 1.0
    # The page's date or source line with page controls under the title
    # (see structure.keep_stamps_with_controls).
    stamp_controls_markers: frozenset[str] = frozenset()
    stamp_controls_pattern: regex.Pattern | None = None
    # A Chinese `关于X` heading closed by the release's press contact (see
    # structure.mark_about_headings).
    about_heading_pattern: regex.Pattern | None = None
    about_heading_closers: frozenset[str] = frozenset()
    about_heading_max_lines: int = 0


@dataclass(frozen=True)
class BoilerplateRules:
    """Everything `classify_lines` needs, compiled once from the rules file."""

    markers: MarkerMatcher
    article_text: MarkerMatcher
    structure: StructureSettings
    # Line facts by stripped text, kept across documents (see `classify_texts`).
    facts_by_text: dict[str, LineFacts] = field(default_factory=dict, compare=False, repr=False)


class Checked(Schema):
    """`base`, and then `test(value)` must hold (else `reason`)."""

    def __init__(self, base: Schema, test: Callable[[Any], bool], reason: str) -> None:
        self.base, self.test, self.reason = base, test, reason

    def check(self, value: Any, where: Where) -> None:
        """The base shape, then the test."""
        self.base.check(value, where)
        if not self.test(value):
            raise where.fail(f"{self.reason}, got {value!r}")

    def describe(self) -> str:
        """What the base shape says."""
        return self.base.describe()


def _one_of_keywords_or_pattern(entry: dict, where: Where) -> None:
    if ("keywords" in entry) == ("pattern" in entry):
        raise where.fail(f"rule {entry['id']!r} needs exactly one of keywords, pattern")


def _marker_schema(allow_section: bool) -> Mapping:
    """The shape of one marker (or, without `opens_section`, one article-text rule)."""
    fields: dict[str, Schema] = {
        "id": Checked(Str(), RULE_ID.fullmatch, "rule id must be lower_case letters, digits and _"),
        "comment": Checked(Str(), str.strip, "a rule needs a comment"),
        "match": Str(choices=MATCH_MODES),
        "keywords": ListOf(Checked(Str(), str.strip, "a keyword must not be blank"), min_items=1),
        "pattern": Checked(
            Str(regex=True), lambda pattern: "(?P<" not in pattern, "named groups are not allowed"
        ),
        "max_chars": Number(minimum=1, integer=True),
        "examples": EXAMPLES,
    }
    if allow_section:
        fields["opens_section"] = Bool()
        fields["not_in_sentence"] = Bool()
    return Mapping(fields, required=("id", "comment", "match"), check_whole=_one_of_keywords_or_pattern)


# The names of the structure rules' verdicts (`structure:<name>`), one per rule of `structure.py`.
STRUCTURE_VERDICTS = (
    "about_block",
    "about_heading",
    "above_navigation",
    "after_related",
    "attachment_tail",
    "between_boilerplate",
    "caption",
    "caption_copy",
    "chrome_row",
    "closing_tail",
    "date_picker",
    "footer_label",
    "footer_tail",
    "head_menu",
    "headline_run",
    "link_list",
    "masthead",
    "page_header",
    "prev_next_title",
    "repeated_line",
    "repeated_title",
    "reposted_card",
    "running_header",
    "section_above_title",
    "short_run",
    "site_above_catalogue",
    "site_name_pair",
    "title_with_site",
)


def _rules(ruleset: RuleSet) -> dict:
    """The boilerplate rule file as parsed; an empty mapping when it is none (its own check says why)."""
    document = ruleset.file(RULES_NAME)
    return document if isinstance(document, dict) else {}


def _verdicts(ruleset: RuleSet) -> list[str]:
    """Every verdict a line may get: `marker:<id>` of a marker, `structure:<name>` of a structure rule."""
    return [f"marker:{rule}" for rule in ids_of(_rules(ruleset).get("markers"))] + [
        f"structure:{name}" for name in STRUCTURE_VERDICTS
    ]


# What the settings of the rules name, each kind declared once (see `pipeline.rules.schema.Ref`).
MARKER = Names("marker of boilerplate.yaml", lambda ruleset: ids_of(_rules(ruleset).get("markers")))
ARTICLE_TEXT_RULE = Names(
    "article-text rule of boilerplate.yaml", lambda ruleset: ids_of(_rules(ruleset).get("article_text"))
)
VERDICT = Names("boilerplate verdict", _verdicts)
MARKER_IDS = ListOf(Ref(MARKER))
ARTICLE_TEXT_IDS = ListOf(Ref(ARTICLE_TEXT_RULE))

_COUNT = Number(minimum=0, integer=True)
STRUCTURE_SCHEMA = Mapping(
    {
        "latin_word_units": _COUNT,
        "headline": Mapping(
            {"max_units": _COUNT, "sentence_end": Str(allow_empty=True)},
            required=("max_units", "sentence_end"),
        ),
        "paragraph": Mapping({"min_units": _COUNT}, required=("min_units",)),
        "repeated_line": Mapping(
            {"only_after_body": Bool(), "sentence_pattern": Str(regex=True), "examples": EXAMPLES},
            required=("only_after_body",),
        ),
        "link_list": Mapping(
            {"item_pattern": Str(regex=True), "min_run": _COUNT, "examples": EXAMPLES},
            required=("item_pattern", "min_run"),
        ),
        "after_related": Mapping(
            {
                "resume_paragraphs": _COUNT,
                "resume_at_end_paragraphs": _COUNT,
                "resume_at_end_min_units": _COUNT,
                "foot_date_rules": ARTICLE_TEXT_IDS,
                "foot_date_max_lines_below": _COUNT,
            },
            required=("resume_paragraphs",),
        ),
        "caption": Mapping(
            {
                "image_gap_blank_lines": _COUNT,
                "max_units": _COUNT,
                "forbidden_chars": Str(allow_empty=True),
                "only_after_body": Bool(),
            },
            required=("image_gap_blank_lines", "max_units", "forbidden_chars", "only_after_body"),
        ),
        "between_boilerplate": Mapping(
            {
                "max_units": _COUNT,
                "only_after_body": Bool(),
                "before_body_max_units": _COUNT,
                "open_markers": MARKER_IDS,
            },
            required=("max_units", "only_after_body"),
        ),
        "headline_run": Mapping(
            {
                "min_run": _COUNT,
                "boilerplate_counts": Bool(),
                "truncated_items": Bool(),
                "date_item_pattern": Str(regex=True),
                "min_dated_items": _COUNT,
                "min_dated_share": Number(minimum=0, maximum=1),
                "section_heading_pattern": Str(regex=True),
                "examples": EXAMPLES,
            },
            required=("min_run",),
        ),
        "repeated_title": Mapping(
            {
                "after_last_paragraph": Bool(),
                "min_units": _COUNT,
                "min_share": Number(minimum=0, maximum=1),
                "signing_date_rules": ARTICLE_TEXT_IDS,
            },
            required=("after_last_paragraph", "min_units"),
        ),
        "footer_tail": Mapping(
            {
                "after_last_paragraph": Bool(),
                "ignored_markers": MARKER_IDS,
                "forbidden_chars": Str(allow_empty=True),
            },
            required=("after_last_paragraph",),
        ),
        "above_navigation": Mapping(
            {
                "max_units": _COUNT,
                "with_title_max_units": _COUNT,
                "navigation_markers": MARKER_IDS,
                "trail_markers": MARKER_IDS,
                "stamp_markers": MARKER_IDS,
                "not_title_pattern": Str(regex=True),
                "slogan_menu_markers": MARKER_IDS,
                "filing_markers": MARKER_IDS,
                "filing_header_pattern": Str(regex=True),
                "filing_header_examples": EXAMPLES,
            },
            required=("max_units",),
        ),
        "masthead": Mapping(
            {
                "pattern": Str(regex=True),
                "examples": EXAMPLES,
                "first_line_pattern": Str(regex=True),
                "first_line_examples": EXAMPLES,
                "body_name_pattern": Str(regex=True),
                "body_name_examples": EXAMPLES,
            },
            required=("pattern",),
        ),
        "title_with_site": Mapping(
            {"separators": Str(allow_empty=True), "max_site_units": _COUNT},
            required=("separators", "max_site_units"),
        ),
        "short_run": Mapping({"min_run": _COUNT, "max_units": _COUNT}, required=("min_run", "max_units")),
        "content_run": Mapping(
            {
                "pattern": Str(regex=True),
                "min_share": Number(minimum=0, maximum=1),
                "min_lines": _COUNT,
                "examples": EXAMPLES,
            },
            required=("pattern", "min_share", "min_lines"),
        ),
        "metadata_prefix": Mapping({"pattern": Str(regex=True), "examples": EXAMPLES}, required=("pattern",)),
        "date_picker": Mapping({"pattern": Str(regex=True), "examples": EXAMPLES}, required=("pattern",)),
        "running_header": Mapping(
            {"min_units": _COUNT, "cut_min_units": _COUNT, "sentence_end": Str(allow_empty=True)},
            required=("min_units", "cut_min_units", "sentence_end"),
        ),
        "page_header": Mapping(
            {
                "pattern": Str(regex=True),
                "min_pages": _COUNT,
                "bare_number_pattern": Str(regex=True),
                "bare_min_pages": _COUNT,
                "bare_number_examples": EXAMPLES,
                "examples": EXAMPLES,
            },
            required=("pattern", "min_pages"),
        ),
        "spaced_label": Mapping(
            {"pattern": Str(regex=True), "max_chars": _COUNT, "examples": EXAMPLES},
            required=("pattern", "max_chars"),
        ),
        "caption_copy": Mapping(
            {"picture_markers": MARKER_IDS, "max_blank_lines": _COUNT, "min_units": _COUNT},
            required=("picture_markers", "max_blank_lines", "min_units"),
        ),
        "article_contact": Mapping(
            {
                "markers": MARKER_IDS,
                "reach": _COUNT,
                "intro_chars": Str(allow_empty=True),
                "sentence_end": Str(allow_empty=True),
                "heading_pattern": Str(regex=True),
                "heading_reach": _COUNT,
                "field_pattern": Str(regex=True),
                "field_min_lines": _COUNT,
                "fact_pattern": Str(regex=True),
                "fact_examples": EXAMPLES,
                "examples": EXAMPLES,
            },
            required=("markers", "reach", "intro_chars"),
        ),
        "catalogue_field": Mapping(
            {"markers": MARKER_IDS, "pattern": Str(regex=True), "reach": _COUNT, "examples": EXAMPLES},
            required=("markers", "pattern", "reach"),
        ),
        "notice_part": Mapping(
            {
                "pattern": Str(regex=True),
                "contact_person_pattern": Str(regex=True),
                "sentence_end": Str(allow_empty=True),
                "examples": EXAMPLES,
            },
            required=("pattern",),
        ),
        "signature_block": Mapping(
            {
                "opener_pattern": Str(regex=True),
                "max_lines": _COUNT,
                "closer_rules": ARTICLE_TEXT_IDS,
                "end_rules": ARTICLE_TEXT_IDS,
                "examples": EXAMPLES,
            },
            required=("opener_pattern", "max_lines"),
        ),
        "marker_sentence": Mapping({"pattern": Str(regex=True), "examples": EXAMPLES}, required=("pattern",)),
        "byline_editor": Mapping(
            {"pattern": Str(regex=True), "markers": MARKER_IDS, "examples": EXAMPLES},
            required=("pattern", "markers"),
        ),
        "section_above_title": Mapping(
            {
                "pattern": Str(regex=True),
                "first_line_pattern": Str(regex=True),
                "max_units": _COUNT,
                "examples": EXAMPLES,
            },
            required=("pattern", "max_units"),
        ),
        "footer_label": Mapping({"pattern": Str(regex=True), "examples": EXAMPLES}, required=("pattern",)),
        "prev_next_title": Mapping(
            {"label_pattern": Str(regex=True), "max_units": _COUNT, "examples": EXAMPLES},
            required=("label_pattern", "max_units"),
        ),
        "site_above_catalogue": Mapping(
            {"name_pattern": Str(regex=True), "record_pattern": Str(regex=True), "examples": EXAMPLES},
            required=("name_pattern", "record_pattern"),
        ),
        "stamp_under_byline": Mapping({"markers": MARKER_IDS}, required=("markers",)),
        "reposted_card": Mapping(
            {
                "card_pattern": Str(regex=True),
                "header_pattern": Str(regex=True),
                "reach": _COUNT,
                "max_units": _COUNT,
                "examples": EXAMPLES,
            },
            required=("card_pattern", "header_pattern", "reach", "max_units"),
        ),
        "about_block": Mapping(
            {"markers": MARKER_IDS, "max_lines": _COUNT, "last_only": Bool()},
            required=("markers", "max_lines"),
        ),
        "site_name_pair": Mapping(
            {"pattern": Str(regex=True), "max_units": _COUNT, "examples": EXAMPLES},
            required=("pattern", "max_units"),
        ),
        "about_heading": Mapping(
            {"pattern": Str(regex=True), "closers": MARKER_IDS, "max_lines": _COUNT, "examples": EXAMPLES},
            required=("pattern", "closers", "max_lines"),
        ),
        "stamp_with_controls": Mapping(
            {"markers": MARKER_IDS, "pattern": Str(regex=True), "examples": EXAMPLES},
            required=("markers", "pattern"),
        ),
        "head_menu": Mapping(
            {
                "separator_pattern": Str(regex=True),
                "han_item_pattern": Str(regex=True),
                "latin_item_pattern": Str(regex=True),
                "section_word_pattern": Str(regex=True),
                "min_items": _COUNT,
                "min_section_words": _COUNT,
                "latin_section_share": Number(minimum=0, maximum=1),
                "examples": EXAMPLES,
                "section_word_examples": EXAMPLES,
            },
            required=(
                "separator_pattern",
                "han_item_pattern",
                "latin_item_pattern",
                "section_word_pattern",
                "min_items",
                "min_section_words",
                "latin_section_share",
            ),
        ),
        "table_head": Mapping(
            {"markers": MARKER_IDS, "min_cells": _COUNT, "min_number_share": Number(minimum=0, maximum=1)},
            required=("markers", "min_cells", "min_number_share"),
        ),
        "fact_box": Mapping(
            {
                "heading_pattern": Str(regex=True),
                "field_pattern": Str(regex=True),
                "min_fields": _COUNT,
                "heading_examples": EXAMPLES,
                "field_examples": EXAMPLES,
            },
            required=("heading_pattern", "field_pattern", "min_fields"),
        ),
        "chrome_row": Mapping(
            {
                "separator_pattern": Str(regex=True),
                "min_parts": _COUNT,
                "max_chars": _COUNT,
                "ignored_markers": MARKER_IDS,
                "stray_pattern": Str(regex=True),
                "stray_min_parts": _COUNT,
                "max_stray_parts": _COUNT,
                "examples": EXAMPLES,
            },
            required=("separator_pattern", "min_parts", "max_chars"),
        ),
        "closing_tail": Mapping(
            {
                "closing_rules": ARTICLE_TEXT_IDS,
                "stamp_rules": ARTICLE_TEXT_IDS,
                "max_units": _COUNT,
                "ignored_markers": MARKER_IDS,
            },
            required=("closing_rules", "stamp_rules", "max_units"),
        ),
        "attachment_tail": Mapping(
            {"pattern": Str(regex=True), "overrides": ARTICLE_TEXT_IDS, "examples": EXAMPLES},
            required=("pattern",),
        ),
        "article_list": Mapping(
            {
                "intro_chars": Str(allow_empty=True),
                "between_paragraphs": Bool(),
                "sentence_min_units": _COUNT,
                "above_first_paragraph": Bool(),
            },
            required=("intro_chars", "between_paragraphs"),
        ),
    },
    required=(
        "latin_word_units",
        "headline",
        "paragraph",
        "repeated_line",
        "link_list",
        "after_related",
        "caption",
        "between_boilerplate",
        "headline_run",
    ),
)

BOILERPLATE_SCHEMA = Mapping(
    {
        "markers": ListOf(_marker_schema(allow_section=True), unique="id"),
        "article_text": ListOf(_marker_schema(allow_section=False), unique="id"),
        "structure": STRUCTURE_SCHEMA,
    },
    required=("markers", "article_text", "structure"),
)


def _structure_settings(structure: Any) -> StructureSettings:
    """The thresholds of the (validated) `structure` section."""
    caption = structure["caption"]
    above = structure.get("above_navigation", {})
    article_list = structure.get("article_list", {})
    caption_copy = structure.get("caption_copy", {})
    running_header = structure.get("running_header", {})
    contact = structure.get("article_contact", {})
    catalogue_field = structure.get("catalogue_field", {})
    section_above_title = structure.get("section_above_title", {})
    site_above_catalogue = structure.get("site_above_catalogue", {})
    signature = structure.get("signature_block", {})
    chrome_row = structure.get("chrome_row", {})
    reposted_card = structure.get("reposted_card", {})
    about_block = structure.get("about_block", {})
    site_name_pair = structure.get("site_name_pair", {})
    head_menu = structure.get("head_menu", {})
    stamp_controls = structure.get("stamp_with_controls", {})
    about_heading = structure.get("about_heading", {})
    return StructureSettings(
        latin_word_units=structure["latin_word_units"],
        headline_max_units=structure["headline"]["max_units"],
        sentence_end=structure["headline"]["sentence_end"],
        paragraph_min_units=structure["paragraph"]["min_units"],
        repeated_only_after_body=structure["repeated_line"]["only_after_body"],
        repeated_sentence_pattern=regex.compile(structure["repeated_line"]["sentence_pattern"])
        if "sentence_pattern" in structure["repeated_line"]
        else None,
        link_item_pattern=regex.compile(structure["link_list"]["item_pattern"]),
        link_list_min_run=structure["link_list"]["min_run"],
        resume_paragraphs=structure["after_related"]["resume_paragraphs"],
        # 0 (the default): a section runs to the end of the page whatever closes it.
        resume_at_end_paragraphs=structure["after_related"].get("resume_at_end_paragraphs", 0),
        resume_at_end_min_units=structure["after_related"].get("resume_at_end_min_units", 0),
        foot_date_rules=frozenset(structure["after_related"].get("foot_date_rules", ())),
        foot_date_max_lines_below=structure["after_related"].get("foot_date_max_lines_below", 0),
        image_gap_blank_lines=caption["image_gap_blank_lines"],
        caption_max_units=caption["max_units"],
        caption_forbidden_chars=frozenset(caption["forbidden_chars"]),
        caption_only_after_body=caption["only_after_body"],
        between_max_units=structure["between_boilerplate"]["max_units"],
        between_only_after_body=structure["between_boilerplate"]["only_after_body"],
        between_before_body_max_units=structure["between_boilerplate"].get("before_body_max_units", 0),
        between_open_markers=frozenset(structure["between_boilerplate"].get("open_markers", ())),
        headline_run_min_run=structure["headline_run"]["min_run"],
        headline_run_counts_boilerplate=structure["headline_run"].get("boilerplate_counts", False),
        headline_run_truncated_items=structure["headline_run"].get("truncated_items", False),
        headline_run_date_item=regex.compile(structure["headline_run"]["date_item_pattern"])
        if "date_item_pattern" in structure["headline_run"]
        else None,
        headline_run_min_dated_items=structure["headline_run"].get("min_dated_items", 1),
        headline_run_min_dated_share=structure["headline_run"].get("min_dated_share", 0.0),
        headline_run_section_heading=regex.compile(structure["headline_run"]["section_heading_pattern"])
        if "section_heading_pattern" in structure["headline_run"]
        else None,
        repeated_title=structure.get("repeated_title", {}).get("after_last_paragraph", False),
        repeated_title_min_units=structure.get("repeated_title", {}).get("min_units", 0),
        repeated_title_min_share=structure.get("repeated_title", {}).get("min_share", 1.0),
        repeated_title_signing_date_rules=frozenset(
            structure.get("repeated_title", {}).get("signing_date_rules", ())
        ),
        footer_tail=structure.get("footer_tail", {}).get("after_last_paragraph", False),
        footer_tail_ignored_markers=frozenset(structure.get("footer_tail", {}).get("ignored_markers", ())),
        footer_tail_forbidden_pattern=_any_character_of(
            structure.get("footer_tail", {}).get("forbidden_chars", "")
        ),
        above_navigation_max_units=above.get("max_units", 0),
        above_navigation_with_title_max_units=above.get("with_title_max_units", 0),
        above_navigation_markers=frozenset(above.get("navigation_markers", ())),
        above_navigation_trail_markers=frozenset(above.get("trail_markers", ())),
        above_navigation_stamp_markers=frozenset(above.get("stamp_markers", ())),
        above_navigation_not_title=regex.compile(above.get("not_title_pattern", "(?!)")),
        above_navigation_slogan_menus=frozenset(above.get("slogan_menu_markers", ())),
        above_navigation_filing_markers=frozenset(above.get("filing_markers", ())),
        above_navigation_filing_header=(
            regex.compile(above["filing_header_pattern"]) if "filing_header_pattern" in above else None
        ),
        masthead_pattern=regex.compile(structure["masthead"]["pattern"]) if "masthead" in structure else None,
        masthead_first_line_pattern=regex.compile(structure["masthead"]["first_line_pattern"])
        if "first_line_pattern" in structure.get("masthead", {})
        else None,
        masthead_body_name_pattern=regex.compile(structure["masthead"]["body_name_pattern"])
        if "body_name_pattern" in structure.get("masthead", {})
        else None,
        title_with_site_separators=structure.get("title_with_site", {}).get("separators", ""),
        title_with_site_max_units=structure.get("title_with_site", {}).get("max_site_units", 0),
        short_run_min_run=structure.get("short_run", {}).get("min_run", 0),
        short_run_max_units=structure.get("short_run", {}).get("max_units", 0),
        content_run_pattern=regex.compile(structure["content_run"]["pattern"])
        if "content_run" in structure
        else None,
        content_run_min_share=structure.get("content_run", {}).get("min_share", 1.0),
        content_run_min_lines=structure.get("content_run", {}).get("min_lines", 0),
        caption_forbidden_pattern=_any_character_of(caption["forbidden_chars"]),
        article_list_intro_chars=frozenset(article_list.get("intro_chars", "")),
        article_list_between_paragraphs=article_list.get("between_paragraphs", False),
        metadata_prefix=regex.compile(structure["metadata_prefix"]["pattern"])
        if "metadata_prefix" in structure
        else None,
        article_list_above_first_paragraph=article_list.get("above_first_paragraph", False),
        caption_copy_markers=frozenset(caption_copy.get("picture_markers", ())),
        caption_copy_max_blank_lines=caption_copy.get("max_blank_lines", 0),
        caption_copy_min_units=caption_copy.get("min_units", 0),
        date_picker_pattern=regex.compile(structure["date_picker"]["pattern"])
        if "date_picker" in structure
        else None,
        running_header_min_units=running_header.get("min_units", 0),
        running_header_cut_min_units=running_header.get("cut_min_units", 0),
        running_header_sentence_end=running_header.get("sentence_end", ""),
        page_header_pattern=regex.compile(structure["page_header"]["pattern"])
        if "page_header" in structure
        else None,
        page_header_min_pages=structure.get("page_header", {}).get("min_pages", 0),
        page_header_bare_number_pattern=(
            regex.compile(structure["page_header"]["bare_number_pattern"])
            if "bare_number_pattern" in structure.get("page_header", {})
            else None
        ),
        page_header_bare_min_pages=structure.get("page_header", {}).get("bare_min_pages", 0),
        spaced_label_pattern=regex.compile(structure["spaced_label"]["pattern"])
        if "spaced_label" in structure
        else None,
        spaced_label_max_chars=structure.get("spaced_label", {}).get("max_chars", 0),
        contact_markers=frozenset(contact.get("markers", ())),
        contact_reach=contact.get("reach", 0),
        contact_intro_chars=frozenset(contact.get("intro_chars", "")),
        contact_sentence_end=frozenset(contact.get("sentence_end", "")),
        contact_heading_pattern=regex.compile(contact["heading_pattern"])
        if "heading_pattern" in contact
        else None,
        contact_heading_reach=contact.get("heading_reach", contact.get("reach", 0)),
        contact_field_pattern=regex.compile(contact["field_pattern"]) if "field_pattern" in contact else None,
        contact_field_min_lines=contact.get("field_min_lines", 0),
        contact_fact_pattern=regex.compile(contact["fact_pattern"]) if "fact_pattern" in contact else None,
        catalogue_field_markers=frozenset(catalogue_field.get("markers", ())),
        catalogue_field_pattern=regex.compile(catalogue_field["pattern"]) if catalogue_field else None,
        catalogue_field_reach=catalogue_field.get("reach", 0),
        notice_part_pattern=regex.compile(structure["notice_part"]["pattern"])
        if "notice_part" in structure
        else None,
        notice_contact_person_pattern=regex.compile(structure["notice_part"]["contact_person_pattern"])
        if "contact_person_pattern" in structure.get("notice_part", {})
        else None,
        notice_sentence_end=frozenset(structure.get("notice_part", {}).get("sentence_end", "")),
        signature_opener=regex.compile(signature["opener_pattern"]) if signature else None,
        signature_max_lines=signature.get("max_lines", 0),
        signature_closer_rules=frozenset(signature.get("closer_rules", ())),
        signature_end_rules=frozenset(signature.get("end_rules", signature.get("closer_rules", ()))),
        section_above_title_pattern=regex.compile(section_above_title["pattern"])
        if section_above_title
        else None,
        section_above_title_max_units=section_above_title.get("max_units", 0),
        section_above_title_first_line_pattern=regex.compile(section_above_title["first_line_pattern"])
        if "first_line_pattern" in section_above_title
        else None,
        footer_label_pattern=regex.compile(structure["footer_label"]["pattern"])
        if "footer_label" in structure
        else None,
        prev_next_label_pattern=regex.compile(structure["prev_next_title"]["label_pattern"])
        if "prev_next_title" in structure
        else None,
        prev_next_title_max_units=structure.get("prev_next_title", {}).get("max_units", 0),
        site_above_catalogue_name=regex.compile(site_above_catalogue["name_pattern"])
        if site_above_catalogue
        else None,
        site_above_catalogue_record=regex.compile(site_above_catalogue["record_pattern"])
        if site_above_catalogue
        else None,
        stamp_under_byline_markers=frozenset(structure.get("stamp_under_byline", {}).get("markers", ())),
        chrome_row_separator=regex.compile(chrome_row["separator_pattern"]) if chrome_row else None,
        chrome_row_min_parts=chrome_row.get("min_parts", 0),
        chrome_row_max_chars=chrome_row.get("max_chars", 0),
        chrome_row_ignored_markers=frozenset(chrome_row.get("ignored_markers", ())),
        chrome_row_stray_pattern=(
            regex.compile(chrome_row["stray_pattern"]) if "stray_pattern" in chrome_row else None
        ),
        chrome_row_stray_min_parts=chrome_row.get("stray_min_parts", 0),
        chrome_row_max_stray_parts=chrome_row.get("max_stray_parts", 0),
        attachment_tail_pattern=regex.compile(structure["attachment_tail"]["pattern"])
        if "attachment_tail" in structure
        else None,
        attachment_tail_overrides=frozenset(structure.get("attachment_tail", {}).get("overrides", ())),
        closing_tail_closing_rules=frozenset(structure.get("closing_tail", {}).get("closing_rules", ())),
        closing_tail_stamp_rules=frozenset(structure.get("closing_tail", {}).get("stamp_rules", ())),
        closing_tail_max_units=structure.get("closing_tail", {}).get("max_units", 0),
        closing_tail_ignored_markers=frozenset(structure.get("closing_tail", {}).get("ignored_markers", ())),
        table_head_markers=frozenset(structure.get("table_head", {}).get("markers", ())),
        table_head_min_cells=structure.get("table_head", {}).get("min_cells", 0),
        table_head_min_number_share=structure.get("table_head", {}).get("min_number_share", 1.0),
        byline_editor_pattern=regex.compile(structure["byline_editor"]["pattern"])
        if "byline_editor" in structure
        else None,
        byline_editor_markers=frozenset(structure.get("byline_editor", {}).get("markers", ())),
        marker_sentence_pattern=regex.compile(structure["marker_sentence"]["pattern"])
        if "marker_sentence" in structure
        else None,
        article_list_sentence_min_units=article_list.get(
            "sentence_min_units", structure["paragraph"]["min_units"]
        ),
        fact_box_heading=regex.compile(structure["fact_box"]["heading_pattern"])
        if "fact_box" in structure
        else None,
        fact_box_field=regex.compile(structure["fact_box"]["field_pattern"])
        if "fact_box" in structure
        else None,
        fact_box_min_fields=structure.get("fact_box", {}).get("min_fields", 0),
        fact_box_heading_longest=max_match_length(structure["fact_box"]["heading_pattern"])
        if "fact_box" in structure
        else None,
        reposted_card_pattern=regex.compile(reposted_card["card_pattern"]) if reposted_card else None,
        reposted_card_header=regex.compile(reposted_card["header_pattern"]) if reposted_card else None,
        reposted_card_reach=reposted_card.get("reach", 0),
        reposted_card_max_units=reposted_card.get("max_units", 0),
        about_block_markers=frozenset(about_block.get("markers", ())),
        about_block_max_lines=about_block.get("max_lines", 0),
        about_block_last_only=about_block.get("last_only", False),
        site_name_pair_pattern=regex.compile(site_name_pair["pattern"]) if site_name_pair else None,
        site_name_pair_max_units=site_name_pair.get("max_units", 0),
        head_menu_separator=regex.compile(head_menu["separator_pattern"]) if head_menu else None,
        head_menu_item=(
            regex.compile(f"(?:{head_menu['han_item_pattern']})|(?:{head_menu['latin_item_pattern']})")
            if head_menu
            else None
        ),
        head_menu_latin_item=regex.compile(head_menu["latin_item_pattern"]) if head_menu else None,
        head_menu_section_word=regex.compile(head_menu["section_word_pattern"]) if head_menu else None,
        head_menu_min_items=head_menu.get("min_items", 0),
        head_menu_min_section_words=head_menu.get("min_section_words", 0),
        head_menu_latin_section_share=head_menu.get("latin_section_share", 1.0),
        stamp_controls_markers=frozenset(stamp_controls.get("markers", ())),
        stamp_controls_pattern=regex.compile(stamp_controls["pattern"]) if stamp_controls else None,
        about_heading_pattern=regex.compile(about_heading["pattern"]) if about_heading else None,
        about_heading_closers=frozenset(about_heading.get("closers", ())),
        about_heading_max_lines=about_heading.get("max_lines", 0),
    )


def _any_character_of(characters: str) -> re.Pattern:
    """A regex finding any one of `characters` (one that never matches when there are none)."""
    if not characters:
        return re.compile(r"(?!)")
    return re.compile(f"[{''.join(re.escape(character) for character in sorted(set(characters)))}]")


def boilerplate_rules(ruleset: RuleSet) -> BoilerplateRules:
    """The rule set's boilerplate.yaml, validated and compiled.

    A builder for `ruleset.compiled(boilerplate_rules)`; raises RuleFileError
    (file:line: reason) when the file is broken.
    """
    document = ruleset.file(RULES_NAME)
    check(document, BOILERPLATE_SCHEMA, ruleset.path(RULES_NAME), ruleset)
    return BoilerplateRules(
        markers=_marker_matcher(document["markers"]),
        article_text=_marker_matcher(document["article_text"]),
        structure=_structure_settings(document["structure"]),
    )
