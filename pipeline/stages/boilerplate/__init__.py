"""Boilerplate stage: tell web debris from article text, line by line.

`classify_lines(lines, ruleset)` returns one `BoilerplateVerdict` per normalised line,
in order. It works in two passes, in the manner of jusText:

1. context-free: every line is matched against the markers of
   `rules/boilerplate.yaml` and measured (blank? headline-like?
   paragraph-like? list item? picture-name shaped?);
2. revision by neighbours: structure rules mark related-articles sections,
   repeated lines, rows of page controls, link lists, captions between image gaps, a picture's
   name printed again over its caption, short lines
   inside a boilerplate block, a date picker's parts, a printed page's
   header inside a sentence, a headline list after the article, the
   title printed again below the article, the issuing office's label
   below it, the card of the account an article was reposted from, a
   section's name between the page's chrome and the title, a printed
   report's page header repeated with each page's number (or its bare page
   numbers in sequence), the footer row under a release's closing mark,
   the site's name given twice as the page's first line, a site's menu of
   short words above the title and a press release's closing `About X` block
   (in Chinese, `关于X`, when the press contact closes it).
   Before them, contact lines inside the article, a table's head row
   over its first row of numbers, a byline or source line naming the
   editor above the text, a date or source line with page controls
   under the title and an `About X` heading with another one below it
   (the release's own subject) are given back to it; after them, a filing's signature
   block, a fact box below the text and (again) those two lines.

Each verdict names its rule as `marker:<id>` or `structure:<name>`. Blank
lines are never boilerplate. All words, patterns and thresholds live in the
rules file, compiled once per rule set (`ruleset.compiled(boilerplate_rules)`).

Speed comes from doing as little per line as the verdict allows, never from
changing it: a line's facts are computed once per distinct text and kept
for later documents (see FACTS_CACHE_SIZE); a long new line is measured
on its head when that decides every threshold (`units_for_thresholds`); one automaton
pass over a line finds which pattern rules' literals it holds (the strings
every match of a rule contains, read from its pattern, see
`required_literals`), and only those rules, of a length that admits the
line, are combined into the regex run on it (one regex per set of rules,
compiled once); and the article-text rules are checked only for the few lines a structure
rule would change.

The package: `rules` (the file's schema and what is compiled from it once
per rule set), `markers` (keyword and pattern matching with its screens),
`literals` (the literal strings a pattern needs, read from the pattern),
`measure` (pass 1: line facts and length counts) and `structure`
(pass 2: neighbour revisions); the entry points are here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from regex import Pattern

from pipeline.core.records import BoilerplateVerdict, NormalisedLine
from pipeline.stages.boilerplate.measure import line_facts, units_for_thresholds
from pipeline.stages.boilerplate.rules import BoilerplateRules, boilerplate_rules
from pipeline.stages.boilerplate.structure import (
    Verdicts,
    keep_article_contacts,
    keep_bylines_with_editor,
    keep_catalogue_fields,
    keep_fact_boxes,
    keep_signature_blocks,
    keep_stamps_under_byline,
    keep_stamps_with_controls,
    keep_subject_about_headings,
    keep_table_heads,
    mark_about_blocks,
    mark_about_headings,
    mark_above_navigation,
    mark_after_related,
    mark_attachment_tails,
    mark_between_boilerplate,
    mark_caption_copies,
    mark_captions,
    mark_chrome_rows,
    mark_closing_tails,
    mark_date_pickers,
    mark_footer_labels,
    mark_footer_tail,
    mark_head_menus,
    mark_headline_run,
    mark_link_lists,
    mark_masthead,
    mark_page_headers,
    mark_prev_next_titles,
    mark_repeated_lines,
    mark_repeated_title,
    mark_reposted_cards,
    mark_running_headers,
    mark_section_above_title,
    mark_short_runs,
    mark_site_above_catalogue,
    mark_site_name_pair,
    mark_title_with_site,
    page_of,
)

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

NOT_BOILERPLATE = BoilerplateVerdict(False, None)
# At most this many distinct line texts, each at most this long, keep their
# facts between documents (the store is emptied when full). Longer lines are
# running text, which seldom repeats.
FACTS_CACHE_SIZE = 1 << 14
FACTS_CACHE_MAX_CHARACTERS = 256


def classify_texts(texts: Sequence[str], ruleset: RuleSet) -> list[BoilerplateVerdict]:
    """Verdicts for normalised line texts (one per text, in order); see `classify_lines`."""
    rules_file = ruleset.compiled(boilerplate_rules)
    settings = rules_file.structure
    stripped = [text.strip() for text in texts]
    _drop_metadata_prefix(stripped, settings.metadata_prefix)
    # A line's facts depend on its text alone, so they are worked out once per
    # distinct text and kept for later documents: the navigation, share and
    # copyright lines of a site repeat on every page.
    known = rules_file.facts_by_text
    by_text = {text: known.get(text) for text in stripped}
    new_texts = [text for text, fact in by_text.items() if fact is None]
    units = units_for_thresholds(new_texts, settings)
    for text, text_units in zip(new_texts, units, strict=True):
        by_text[text] = line_facts(text, rules_file, text_units)
    facts = [by_text[text] for text in stripped]
    if len(known) + len(new_texts) > FACTS_CACHE_SIZE:
        known.clear()
    known.update((text, by_text[text]) for text in new_texts if len(text) <= FACTS_CACHE_MAX_CHARACTERS)
    rules: Verdicts = [None if fact.marker is None else f"marker:{fact.marker.rule_id}" for fact in facts]
    page = page_of(facts, settings)
    keep_article_contacts(page, rules, settings)
    keep_catalogue_fields(page, rules, settings)
    keep_table_heads(page, rules, settings)
    keep_stamps_under_byline(page, rules, settings)
    keep_stamps_with_controls(page, rules, settings)
    keep_bylines_with_editor(page, rules, settings)
    keep_subject_about_headings(page, rules, settings)
    mark_chrome_rows(page, rules)
    mark_after_related(page, rules, settings)
    mark_repeated_lines(page, rules, settings)
    mark_page_headers(page, rules, settings)
    mark_link_lists(page, rules, settings)
    mark_captions(page, rules, settings)
    mark_caption_copies(page, rules, settings)
    mark_between_boilerplate(page, rules, settings)
    mark_date_pickers(page, rules, settings)
    mark_running_headers(page, rules, settings)
    mark_short_runs(page, rules, settings)
    mark_headline_run(page, rules, settings)
    mark_repeated_title(page, rules, settings)
    mark_footer_tail(page, rules, settings)
    mark_footer_labels(page, rules, settings)
    mark_attachment_tails(page, rules, settings)
    mark_closing_tails(page, rules, settings)
    mark_prev_next_titles(page, rules, settings)
    mark_title_with_site(page, rules, settings)
    mark_masthead(page, rules, settings)
    mark_site_name_pair(page, rules, settings)
    mark_above_navigation(page, rules, settings)
    mark_head_menus(page, rules, settings)
    mark_section_above_title(page, rules, settings)
    mark_site_above_catalogue(page, rules, settings)
    mark_reposted_cards(page, rules, settings)
    mark_about_blocks(page, rules, settings)
    mark_about_headings(page, rules, settings)
    keep_signature_blocks(page, rules)
    keep_fact_boxes(page, rules, settings)
    keep_bylines_with_editor(page, rules, settings)
    keep_stamps_with_controls(page, rules, settings)
    verdicts: dict[str | None, BoilerplateVerdict] = {None: NOT_BOILERPLATE}
    return [verdicts.get(rule) or verdicts.setdefault(rule, BoilerplateVerdict(True, rule)) for rule in rules]


def _drop_metadata_prefix(stripped: list[str], prefix: Pattern | None) -> None:
    """Judge the first non-blank line without the metadata prefix a page may start with ("date 2024-03-05 ").

    The line keeps its verdict as a whole; only what follows the prefix is
    matched and measured. A line that is nothing but the prefix is left as it is.
    """
    if prefix is None:
        return
    first = next((index for index, text in enumerate(stripped) if text), None)
    if first is None:
        return
    found = prefix.match(stripped[first])
    if found is not None and stripped[first][found.end() :].strip():
        stripped[first] = stripped[first][found.end() :].strip()


def classify_lines(lines: Sequence[NormalisedLine], ruleset: RuleSet) -> list[BoilerplateVerdict]:
    """One BoilerplateVerdict per line of a document, in order.

    Takes the document's NormalisedLine records (all of them, blank ones
    included, so gaps and neighbours are seen) and judges their `norm_text`.
    A verdict's `rule` is `marker:<id>` or `structure:<name>` from
    `rules/boilerplate.yaml`; blank lines get `(False, None)`.
    """
    return classify_texts([line.norm_text for line in lines], ruleset)


__all__ = ["BoilerplateRules", "boilerplate_rules", "classify_lines", "classify_texts"]
