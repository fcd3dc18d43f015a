"""The figure rules: `rules/figures.yaml` checked against its schema and compiled.

`compile_figure_rules(ruleset)` is the builder a rule set runs once
(`ruleset.compiled(compile_figure_rules)`). It checks the file's shape
(unknown keys, duplicate ids and wrong types are `file:line: reason`
errors; the unit codes and qualifier names the rest must use are declared
in the file itself), reads its vocabulary (unit codes, multipliers, units,
measure words, qualifiers, exclusions) into a `FigureRules`, and compiles
the patterns of `grammar.py` onto it. The compiled `FigureRules` also
carries the caches of the scan (readings by their window of text, figures
by line), so two rule sets never share a cached reading.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from pipeline.extractors.figures.grammar import (
    BODY_LOOKBEHIND,
    COMPOUND_WINDOW,
    OTHER_DOLLAR_WINDOW,
    SCALE_FRACTION_WINDOW,
    SUBUNIT_DIGITS,
    alternation,
    build_patterns,
)
from pipeline.rules.schema import (
    EXAMPLES,
    Anything,
    Bool,
    ListOf,
    Mapping,
    Number,
    OneOf,
    Schema,
    Str,
    Where,
    check,
    rules_with_examples,
)

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

RULE_FILE = "figures"
TABLE = "figures"


@dataclass(frozen=True)
class UnitRule:
    """One unit word: what it means and which rule id reports it."""

    rule_id: str
    unit: str
    factor: float = 1.0
    counter: bool = False
    # the multiplier(s) the word needs right before it ("万", or "万|亿" for either)
    needs_multiplier: str | None = None
    # words that must not follow the unit word (亿度 but not 亿度的高温)
    not_before: tuple[str, ...] = ()
    # words one of which must follow the unit word (kt of copper, but not 14 kt: knots)
    needs_after: tuple[str, ...] = ()
    # a count only of a number in digits or with a multiplier (7,000伙, 1.8万伙; 一伙人 is a gang)
    needs_digits: bool = False
    # words that must not stand right before the number (时速 350公里 is a speed, not a length)
    not_after: tuple[str, ...] = ()
    needs_before: tuple[str, ...] = ()
    # words one of which must stand within `context_reach` characters before the number, its
    # clause unbroken (息率由3.8厘: 厘 is a percent only in the talk of interest rates)
    needs_context: tuple[str, ...] = ()
    context_reach: int = 0
    # words one of which may follow the unit word instead of `needs_context` (3.75厘票据:
    # the coupon of a note or bond is a rate with no word of interest before it)
    context_after: tuple[str, ...] = ()
    # numbers that make a count without `needs_before` (两 is only ever a cardinal: 两期)
    or_numbers: tuple[str, ...] = ()
    # verbs of change that may stand right before the number instead, when a
    # word of `needs_before` is earlier in its sentence (得分较上月增加2分)
    or_after_verbs: tuple[str, ...] = ()
    # "yuan" or "dollar" for a currency the place of publication decides (元, $), else None
    local: str | None = None


# `needs_multiplier` of an English word that is a unit only after any multiplier (million pounds).
ANY_MULTIPLIER = "*"


# -- the shape of rules/figures.yaml --------------------------------------------
WORDS = ListOf(Str())
# A mapping with an `id` is a rule: its `examples:` are run by the tests.
RULE_KEYS: dict[str, Schema] = {"id": Str(), "comment": Str(), "examples": EXAMPLES}
# The kinds of local currency: a bare 元 (yuan) and a bare $ (dollar).
LOCAL_KINDS = ("yuan", "dollar")
# The local kind of a currency word the article names before (a bare franc: `named_before`).
NAMED_BEFORE = "named_before"


# the qualifiers a word before or after an English age may give it
AGE_BOUNDS = ("more_than", "at_least", "less_than", "at_most")


def _rule(fields: dict[str, Schema], required: tuple[str, ...] = ()) -> Mapping:
    """A rule entry: `fields` plus an id, a comment and examples."""
    return Mapping({**RULE_KEYS, **fields}, required=("id", *required))


QUALIFIER_WORDS = Mapping({"before": WORDS, "inside": WORDS, "after": WORDS})
# Keys of `qualifiers` that are not qualifier names.
QUALIFIER_EXTRAS = ("separated", "not_in_words", "kept_in_words")
UNIT_CODES = Mapping(
    {
        "currencies": ListOf(Str(), min_items=1),
        "durations": WORDS,
        "measures": WORDS,
        "percent": Str(),
        "count": Str(),
    },
    required=("currencies", "percent", "count"),
)
# What the rest of the file's shape depends on: the unit codes and the qualifier names.
VOCABULARY = Mapping(
    {
        "unit_codes": UNIT_CODES,
        "qualifiers": Mapping(
            {"separated": Anything(), "not_in_words": Anything(), "kept_in_words": Anything()},
            extra=QUALIFIER_WORDS,
        ),
    },
    required=("unit_codes", "qualifiers"),
    extra=Anything(),
)


def check_figure_rules(document: Any, path: Any) -> None:
    """Raise RuleFileError (`file:line: reason`) unless `document` is a valid `figures.yaml`.

    The unit codes and qualifier names are declared in the file itself, so
    they are checked first and the rest is checked against them.
    """
    check(document, VOCABULARY, path)
    codes = document["unit_codes"]
    currencies = tuple(codes["currencies"])
    units = (
        *currencies,
        *codes.get("durations", []),
        *codes.get("measures", []),
        codes["percent"],
        codes["count"],
    )
    qualifiers = tuple(name for name in document["qualifiers"] if name not in QUALIFIER_EXTRAS)
    check(document, figure_schema(units, currencies, qualifiers), path)


def figure_schema(
    units: tuple[str, ...], currencies: tuple[str, ...], qualifiers: tuple[str, ...]
) -> Mapping:
    """The shape of `figures.yaml`, with the vocabularies a unit or qualifier name must come from."""
    multiplier = Mapping(
        {"word": Str(), "factor": Number(minimum=0), "not_before": WORDS}, required=("word", "factor")
    )
    subunit = Mapping(
        {"words": ListOf(Str(), min_items=1), "value": Number(minimum=0)}, required=("words", "value")
    )
    local_currency = Mapping({"subunits": ListOf(subunit), "closing": WORDS, "spoken_tenths_after": WORDS})
    currency = _rule(
        {
            "code": Str(choices=currencies),
            "local": Str(choices=LOCAL_KINDS),
            "zh": WORDS,
            "not_before": WORDS,
            "needs_digits": Bool(),
            "en": WORDS,
            "en_with_multiplier": WORDS,
            "before": WORDS,
            "factor": Number(minimum=0),
            "named_before": ListOf(Str(choices=currencies), min_items=1),
            "code_is_word": Bool(),
        },
        ("code",),
    )
    region = Mapping(
        {"yuan": Str(choices=currencies), "dollar": Str(choices=currencies), "words": WORDS},
        required=("yuan", "dollar"),
    )
    locale = Mapping(
        {
            "default_region": Str(),
            "min_votes": Number(integer=True, minimum=1),
            "declare_notes": WORDS,
            "regions": Mapping({}, extra=region),
        },
        required=("default_region", "regions"),
    )
    separated = Mapping(
        {
            "words": WORDS,
            "verbs": WORDS,
            "touching_verbs": WORDS,
            "max_gap": Number(integer=True, minimum=0),
            "qualifier": Str(choices=qualifiers),
            "bounds": Mapping({}, extra=Str(choices=qualifiers)),
            "cap_bounds": Mapping({}, extra=Str(choices=qualifiers)),
            "cap_verb": Str(),
        }
    )
    return Mapping(
        {
            "unit_codes": UNIT_CODES,
            "local_currency": local_currency,
            "currencies": ListOf(currency, unique="id"),
            "locale": locale,
            "multipliers": Mapping(
                {
                    "chinese": ListOf(multiplier),
                    "english": ListOf(multiplier),
                    "english_after_currency": ListOf(multiplier),
                }
            ),
            "units": ListOf(
                _rule(
                    {
                        "lang": Str(choices=("zh", "en")),
                        "words": ListOf(Str(), min_items=1),
                        "unit": Str(choices=units),
                        "factor": Number(minimum=0),
                        "needs_multiplier": OneOf((Str(), ListOf(Str(), min_items=1))),
                        "not_before": WORDS,
                        "needs_after": WORDS,
                        "not_after": WORDS,
                        "counter": Bool(),
                        "needs_digits": Bool(),
                        "needs_context": WORDS,
                        "context_reach": Number(minimum=1, maximum=30, integer=True),
                        "context_after": WORDS,
                    },
                    required=("lang", "words", "unit"),
                ),
                unique="id",
            ),
            "counters": ListOf(
                _rule(
                    {
                        "words": ListOf(Str(), min_items=1),
                        "needs_before": WORDS,
                        "or_numbers": WORDS,
                        "or_after_verbs": WORDS,
                        "not_before": WORDS,
                        "not_after": WORDS,
                        "needs_digits": Bool(),
                    },
                    ("words",),
                ),
                unique="id",
            ),
            "pay_amounts": _rule(
                {
                    "words": WORDS,
                    "letters": Mapping({}, extra=Number(minimum=0)),
                    "max_gap": Number(integer=True, minimum=0),
                },
                ("words", "letters"),
            ),
            "noun_counts": _rule(
                {"nouns": WORDS, "max_modifier": Number(integer=True, minimum=0), "not_modifiers": WORDS},
                ("nouns",),
            ),
            "bare_amounts": _rule(
                {"words": WORDS, "between": WORDS, "more_than": WORDS, "multipliers": WORDS, "then": WORDS},
                ("words", "multipliers"),
            ),
            "bare_counts": _rule(
                {"words": WORDS, "carried": Mapping({"verbs": WORDS, "leads": WORDS})}, ("words",)
            ),
            "table_unit_cells": _rule({"brackets": WORDS}, ("brackets",)),
            "table_captions": _rule(
                {"unit_words": WORDS, "unit_leads": WORDS, "unit_rewrites": Mapping({}, extra=Str())},
                ("unit_words", "unit_leads"),
            ),
            "listed_amounts": _rule({"marks": WORDS, "multipliers": WORDS}, ("marks", "multipliers")),
            "listed_shares": _rule(
                {"marks": WORDS, "units": WORDS, "openers": WORDS, "reach": Number(minimum=1, integer=True)},
                ("marks", "units", "openers", "reach"),
            ),
            "yen_signs": _rule(
                {"code": Str(choices=currencies), "signs": WORDS, "words": WORDS}, ("code", "signs", "words")
            ),
            "half_units": _rule({"zh_before": WORDS, "en_before": WORDS, "units": WORDS}, ("units",)),
            "english_part_counts": _rule({"joins": WORDS}, ("joins",)),
            "english_ages": _rule(
                {
                    "words": WORDS,
                    "unit": Str(),
                    "before": Mapping({name: WORDS for name in AGE_BOUNDS}),
                    "after": Mapping({name: WORDS for name in AGE_BOUNDS}),
                    "not_followed_by": WORDS,
                },
                ("words", "unit"),
            ),
            "english_elided_counts": _rule(
                {
                    "verbs": WORDS,
                    "change_verbs": WORDS,
                    "comparisons": WORDS,
                    "from_levels": WORDS,
                    "parts": WORDS,
                    "part_verbs": WORDS,
                    "after": WORDS,
                    "not_counted": WORDS,
                    "pronouns": WORDS,
                    "max_words": Number(integer=True, minimum=1),
                    "collectives": Mapping({}, extra=Str()),
                    "collective_links": WORDS,
                },
                ("verbs", "after"),
            ),
            "half_durations": _rule({"years": WORDS, "months": WORDS, "not_before": WORDS}),
            "english_multiples": _rule(
                {
                    "words": WORDS,
                    "fold": WORDS,
                    "fold_numbers": WORDS,
                    "counter": Str(),
                    "range_joiners": WORDS,
                    "vague_joiners": WORDS,
                },
                ("words", "counter"),
            ),
            "english_counts": _rule(
                {
                    "max_words": Number(integer=True, minimum=1),
                    "nouns": WORDS,
                    "not_plural_endings": ListOf(Str(regex=True)),
                    "stop_words": WORDS,
                    "joiners": WORDS,
                    "part_owners": WORDS,
                    "scale_letters": WORDS,
                    "not_model_names": WORDS,
                    "count_openers": WORDS,
                    "hyperbole_nouns": WORDS,
                    "vague_scale_counts": WORDS,
                    "modified_heads": WORDS,
                    "scale_modifiers": WORDS,
                    "ranking_names": WORDS,
                }
            ),
            "qualifiers": Mapping(
                {
                    **{name: QUALIFIER_WORDS for name in qualifiers},
                    "separated": separated,
                    "not_in_words": WORDS,
                    "kept_in_words": WORDS,
                }
            ),
            "duration_prefixes": WORDS,
            "past_year_prefixes": WORDS,
            "glued_acronyms": WORDS,
            "duration_suffixes": WORDS,
            "duration_adjectives": WORDS,
            "duration_recent": _rule({"words": WORDS, "lasting": WORDS}, required=("words",)),
            "raised_to": _rule(
                {
                    "words": WORDS,
                    "verbs": WORDS,
                    "not_after": WORDS,
                    "not_across": WORDS,
                    "reach": Number(integer=True, minimum=1),
                },
                required=("words", "verbs"),
            ),
            "spread_over": _rule({"words": WORDS, "verbs": WORDS}, required=("words", "verbs")),
            "measure_word_first": _rule(
                {"words": WORDS, "not_after": WORDS, "not_before": WORDS}, required=("words",)
            ),
            "change_from": _rule(
                {"verbs": WORDS, "reach": Number(integer=True, minimum=1)},
                required=("verbs",),
            ),
            "year_before_range_en": _rule({"words": WORDS}, required=("words",)),
            "prefixed_subunit": _rule({"words": WORDS, "not_before": WORDS}, required=("words",)),
            "share_bounds": _rule(
                {
                    "words": Mapping({}, extra=Str(choices=qualifiers)),
                    "max_gap": Number(integer=True, minimum=1),
                },
                required=("words", "max_gap"),
            ),
            "duration_within": _rule(
                {"words": WORDS, "qualifier": Str(choices=qualifiers), "not_before": WORDS},
                required=("words", "qualifier"),
            ),
            "money_evidence": _rule(
                {
                    "numerals": WORDS,
                    "measure_words": WORDS,
                    "before": WORDS,
                    "between": WORDS,
                    "per": WORDS,
                    "per_reach": Number(integer=True, minimum=0),
                    "after": WORDS,
                    "window": Number(integer=True, minimum=1),
                    "count_nouns": WORDS,
                }
            ),
            "range_separators": WORDS,
            "range_separators_en": WORDS,
            "range_scale_separators_en": WORDS,
            "range_joins": _rule(
                {
                    "joiners": WORDS,
                    "between": WORDS,
                    "not_after": WORDS,
                    "change_verbs": WORDS,
                    "change_ratio_units": WORDS,
                    "change_ratio": Number(minimum=1),
                    "spread_words": WORDS,
                    "forecast_words": WORDS,
                }
            ),
            "fractions": _rule(
                {
                    "date_like_cues": Mapping(
                        {"before": WORDS, "after": WORDS, "common_denominators": ListOf(Number(integer=True))}
                    ),
                    "document_numbers": Mapping(
                        {
                            "marks_before": WORDS,
                            "marks_after": WORDS,
                            "year_low": Number(integer=True),
                            "year_high": Number(integer=True),
                        }
                    ),
                }
            ),
            "proportions": _rule(
                {
                    "words": Mapping(
                        {},
                        extra=Mapping(
                            {"value": Number(minimum=0), "qualifier": Str(choices=qualifiers)},
                            required=("value",),
                        ),
                    ),
                    "not_before": WORDS,
                    "english_not_after": WORDS,
                    "english_change_words": WORDS,
                    "english_change_qualifiers": WORDS,
                    "english_change_followers": WORDS,
                }
            ),
            "percent_words": ListOf(
                _rule({"word": Str(), "factor": Number(minimum=0)}, ("word", "factor")), unique="id"
            ),
            "tenths_words": Mapping({}, extra=Number(minimum=0)),
            "tenths_not_followed_by": WORDS,
            "tenths_followed_after_qualifier": WORDS,
            "tenths_bounds": _rule(
                {"before": Mapping({}, extra=Str(choices=qualifiers)), "not_in_words": WORDS}
            ),
            "half_word": Str(),
            "spaced_number_characters": Str(),
            "spaced_number_endings": Str(),
            "discount_word": Str(),
            "minor_unit_joiners": WORDS,
            "other_dollar_marks": WORDS,
            "negative_words": WORDS,
            "vague_ranges": Bool(),
            "vague_tens": Mapping({"before": WORDS, "qualifier": Str(choices=qualifiers)}),
            "bare_powers": Mapping(
                {
                    "before": Mapping({}, extra=Str(choices=qualifiers)),
                    "money_verbs": WORDS,
                    "not_units": WORDS,
                }
            ),
            "exclusions": Mapping(
                {
                    "before": WORDS,
                    "date_year_words": WORDS,
                    "model_year_counters": WORDS,
                    "year_unit_followers": WORDS,
                    "year_prepositions": WORDS,
                    "year_preposition_not_before": WORDS,
                    "roc_years": Mapping(
                        {
                            "region": Str(),
                            "low": Number(integer=True),
                            "high": Number(integer=True),
                            "not_after": WORDS,
                            "not_before": WORDS,
                        }
                    ),
                    "bare_one_words": WORDS,
                    "bare_one_counts": WORDS,
                    "per_one_after": WORDS,
                    "per_one_before": WORDS,
                    "bare_one_phrases": Mapping({}, extra=WORDS),
                    "ranks": Mapping({"before": WORDS, "counters": WORDS}),
                    "named_targets": Mapping({"before": WORDS, "numbers": WORDS}),
                    "first_counts": Mapping({"before": WORDS, "not_in_words": WORDS}),
                    "weekdays": Mapping({"before": WORDS, "numbers": WORDS, "counters": WORDS}),
                    "reporting_periods": Mapping(
                        {
                            "before": WORDS,
                            "units": WORDS,
                            "links": WORDS,
                            "lead_words": WORDS,
                            "months": WORDS,
                        }
                    ),
                    "first_months": Mapping(
                        {
                            "before": WORDS,
                            "units": WORDS,
                            "year_before": WORDS,
                            "year_words": WORDS,
                            "not_in_words": WORDS,
                        }
                    ),
                    "lone_digits": WORDS,
                    "time_separators": WORDS,
                    "ratio_words": WORDS,
                    "offsets": Mapping({"words": WORDS, "not_followed_by": WORDS}),
                    "sessions": WORDS,
                    "counter_starts_word": Mapping({}, extra=WORDS),
                    "class_label_suffixes": WORDS,
                    "compound_adjective_articles": WORDS,
                    "exchange_words": Mapping(
                        {
                            "words": WORDS,
                            "not": WORDS,
                            "between": WORDS,
                            "bases": WORDS,
                            "adverbs": WORDS,
                            "quotes": Mapping({"verbs": WORDS, "marks": WORDS}),
                        }
                    ),
                    "place_names": Mapping(
                        {
                            "digits": WORDS,
                            "features": WORDS,
                            "feature_counters": WORDS,
                            "locatives": WORDS,
                            "general_counters": WORDS,
                        }
                    ),
                    "brand_names": Mapping(
                        {"counters": WORDS, "reach": Number(integer=True, minimum=1), "words": WORDS}
                    ),
                    "word_numbers": Mapping({}, extra=WORDS),
                    "whole_counters": WORDS,
                    "adverbs_of_one": WORDS,
                    "address_labels": WORDS,
                    "located": Mapping(
                        {"verbs": WORDS, "units": WORDS, "reach": Number(integer=True, minimum=1)}
                    ),
                    "quoted_name_max_chars": Mapping(
                        {"zh": Number(integer=True, minimum=1), "en": Number(integer=True, minimum=1)},
                        required=("zh", "en"),
                    ),
                }
            ),
        },
        required=(
            "unit_codes",
            "currencies",
            "locale",
            "multipliers",
            "english_counts",
            "qualifiers",
            "fractions",
        ),
        check_whole=_ids_unique_in_file,
    )


def _ids_unique_in_file(document: dict, where: Where) -> None:
    """Every rule id once in the whole file: a figure's rule_id is `figures:<id>`, whatever its section."""
    seen: dict[str, int | None] = {}
    for rule in rules_with_examples(document):
        rule_id = rule["id"]
        line = getattr(rule, "key_lines", {}).get("id") or getattr(rule, "line", None)
        if rule_id in seen:
            first = f" (first at line {seen[rule_id]})" if seen[rule_id] else ""
            raise Where(where.path, line, "").fail(f"duplicate id {rule_id!r}{first}")
        seen[rule_id] = line


class FigureRules:
    """The checked `rules/figures.yaml`, with its compiled patterns and the caches of the scan."""

    def __init__(self, rules: Any, path: Any) -> None:
        check_figure_rules(rules, path)
        self.path = path
        self._load_unit_codes(rules)
        self._load_multipliers(rules)
        self._load_units(rules)
        self._load_currencies(rules)
        self._load_locale(rules)
        self._load_counters(rules)
        self._load_qualifiers(rules)
        self._load_misc(rules)
        build_patterns(self)
        # How far in front of a fraction of a scale word its qualifier is read
        # (about half a million): the longest qualifier, a few spaces and the
        # character that must not continue it.
        self.fraction_qualifier_reach = 4 + max((len(word) for word in self.qualifier_before), default=0)
        # How far in front of a figure's lead a reading looks (excluded words,
        # needs_before words, other dollars, the body's lookbehind, a fraction of
        # a scale word with its qualifier): the cache key of a reading starts
        # that far back.
        self.reading_lookback = max(
            OTHER_DOLLAR_WINDOW,
            COMPOUND_WINDOW + max((len(word) for word in self.qualifier_before), default=0),
            SCALE_FRACTION_WINDOW + self.fraction_qualifier_reach,
            BODY_LOOKBEHIND + 1,
            *(len(word) + 1 for word in self.glued_acronyms),
            *(len(word) + 3 for word in self.range_between_words),
            *(len(word) for word in self.excluded_before),
            *(len(word) for word in self.rank_before),
            *(len(word) for word in self.named_target_before),
            *(len(word) for word in self.first_count_not_in_words),
            *(len(word) for word in self.weekday_before),
            *(len(word) for word in self.period_before),
            *(len(word) for word in self.qualifier_not_in_words),
            *(len(word) for word in self.qualifier_kept_in_words),
            *(len(word) for rule in self.units.values() for word in rule.needs_before),
            *(len(word) + 1 for rule in self.units.values() for word in rule.not_after),
            *(rule.context_reach + 1 for rule in self.units.values()),
        )
        # How far after a body a reading looks (an offset word after a duration,
        # a currency named after a bare 元): the cache key ends that far on.
        self.reading_lookahead = 1 + max(
            1
            + max((len(word) for word in self.offset_words), default=0)
            + max((len(word) for word in self.offset_not_followed_by), default=0),
            *(len(word) for word in self.chinese_unit_words),
            *(len(word) for rule in self.units.values() for word in rule.not_before),
            *(len(word) for rule in self.units.values() for word in rule.needs_after),
            *(len(word) for rule in self.units.values() for word in rule.context_after),
            self.period_end_reach,
        )
        # figure readings by their window of text, one cache per language (see `scan.scan_language`)
        self.reading_cache: dict[bool, dict] = {False: {}, True: {}}
        # the figures of a line by its text (see `find_figures`)
        self.line_cache: dict[str, tuple] = {}
        # the groups a reader asks for that a pattern lacks, by pattern text (see `scan.Found`)
        self.absent_groups: dict[str, dict[str, None]] = {}

    def clear_caches(self) -> None:
        """Forget every cached reading and line (the next reading of each text is made afresh)."""
        self.reading_cache = {False: {}, True: {}}
        self.line_cache = {}

    # -- loading (the file's shape is checked: these only read) -----------------
    def _load_unit_codes(self, rules: dict) -> None:
        codes = rules["unit_codes"]
        self.currency_units = tuple(codes["currencies"])
        self.duration_units = tuple(codes.get("durations", []))
        self.percent_unit: str = codes["percent"]
        self.count_unit: str = codes["count"]
        local = rules.get("local_currency", {})
        self.subunit_tiers = [list(tier["words"]) for tier in local.get("subunits", [])]
        self.subunit_values = {
            word: float(tier["value"]) for tier in local.get("subunits", []) for word in tier["words"]
        }
        self.closing_words = list(local.get("closing", []))
        self.spoken_tenths_after = frozenset(local.get("spoken_tenths_after", []))
        # one subunit amount of a matched tail (3角), for its value
        self.subunit_amount = re.compile(
            rf"([{SUBUNIT_DIGITS}两]{{1,2}})({alternation(self.subunit_values)})"
        )

    def _load_multipliers(self, rules: dict) -> None:
        multipliers = rules["multipliers"]
        self.multipliers: dict[str, float] = {}
        self.chinese_multipliers: list[str] = []
        self.english_multipliers: list[str] = []
        # scale letters that only a money amount takes ($2.5m, US$1.5MM), matched in their own case
        self.money_multipliers: list[str] = []
        # multiplier -> words it is not a multiplier in front of (兆 before 瓦 is mega-)
        self.multiplier_not_before: dict[str, list[str]] = {}
        for language in ("chinese", "english", "english_after_currency"):
            for entry in multipliers.get(language, []):
                word = str(entry["word"])
                self.multipliers.setdefault(word.lower(), float(entry["factor"]))
                if language == "english_after_currency":
                    self.multipliers[word] = float(entry["factor"])
                    self.money_multipliers.append(word)
                else:
                    target = self.chinese_multipliers if language == "chinese" else self.english_multipliers
                    target.append(word)
                if entry.get("not_before"):
                    self.multiplier_not_before[word] = list(entry["not_before"])
        # characters of the Chinese multipliers (a numeral's trailing 千万 is its multiplier)
        self.chinese_multiplier_characters = sorted({ch for word in self.chinese_multipliers for ch in word})

    def _load_units(self, rules: dict) -> None:
        self.units: dict[str, UnitRule] = {}
        self.chinese_unit_words: list[str] = []
        self.english_unit_words: list[str] = []
        for entry in rules.get("units", []):
            rule = UnitRule(
                rule_id=f"{RULE_FILE}:{entry['id']}",
                unit=entry["unit"],
                factor=float(entry.get("factor", 1.0)),
                needs_multiplier=_multipliers(entry.get("needs_multiplier")),
                not_before=tuple(entry.get("not_before", ())),
                needs_after=tuple(entry.get("needs_after", ())),
                not_after=tuple(entry.get("not_after", ())),
                counter=bool(entry.get("counter", False)),
                needs_digits=bool(entry.get("needs_digits", False)),
                needs_context=tuple(entry.get("needs_context", ())),
                context_reach=int(entry.get("context_reach", 0)),
                context_after=tuple(entry.get("context_after", ())),
            )
            for word in entry["words"]:
                key = word if entry["lang"] == "zh" else word.lower()
                self.units[("zh:" if entry["lang"] == "zh" else "en:") + key] = rule
                (self.chinese_unit_words if entry["lang"] == "zh" else self.english_unit_words).append(word)
        self.percent_words: dict[str, UnitRule] = {}
        for entry in rules.get("percent_words", []):
            self.percent_words[entry["word"]] = UnitRule(
                f"{RULE_FILE}:{entry['id']}", self.percent_unit, float(entry["factor"])
            )

    def _load_currencies(self, rules: dict) -> None:
        """Each currency's words after the number (as units) and in front of it (as prefixes)."""
        self.currency_prefixes: dict[str, UnitRule] = {}
        # rule id -> local kind (yuan, dollar) of the currencies the place decides
        self.local_rules: dict[str, str] = {}
        # rule ids of minor units (cents, pence, 美分): an amount in one joins the amount before it
        self.minor_currency_rules: set[str] = set()
        self.major_currency_rules: set[str] = set()
        # rule id -> the currencies a bare word of it (法郎, francs) may be: the last of them named before
        self.named_before: dict[str, frozenset[str]] = {}
        # codes that are also English words (code_is_word: TRY, MOP, CAD), lower-cased: in text they
        # must be capitals, or a capital and small letters before the number (Try 5 is no lira)
        self.capital_codes: set[str] = set()
        for entry in rules.get("currencies", []):
            rule_id = f"{RULE_FILE}:{entry['id']}"
            local = entry.get("local")
            if entry.get("named_before"):
                # kept apart from named currencies, as a local one is, until the article says which
                local = NAMED_BEFORE
                self.named_before[rule_id] = frozenset(entry["named_before"])
            if local:
                self.local_rules[rule_id] = local
            code, factor = entry["code"], float(entry.get("factor", 1.0))
            (self.minor_currency_rules if factor < 1 else self.major_currency_rules).add(rule_id)
            for word in entry.get("zh", []):
                self.units["zh:" + word] = UnitRule(
                    rule_id,
                    code,
                    factor,
                    local=local,
                    not_before=tuple(entry.get("not_before", ())),
                    needs_digits=bool(entry.get("needs_digits", False)),
                )
                self.chinese_unit_words.append(word)
            for words, needs in (
                (entry.get("en", []), None),
                (entry.get("en_with_multiplier", []), ANY_MULTIPLIER),
            ):
                for word in words:
                    self.units["en:" + word.lower()] = UnitRule(
                        rule_id, code, factor, needs_multiplier=needs, local=local
                    )
                    self.english_unit_words.append(word)
            for word in entry.get("before", []):
                self.currency_prefixes[word.lower()] = UnitRule(rule_id, code, local=local)
            if entry.get("code_is_word"):
                self.capital_codes.add(code.lower())

    def _load_locale(self, rules: dict) -> None:
        """Regions, what a bare 元 and $ mean in each, and the words that tell the region."""
        locale = rules["locale"]
        self.default_region: str = locale["default_region"]
        self.declare_notes = tuple(locale.get("declare_notes", []))
        self.min_votes = int(locale.get("min_votes", 1))
        self.region_currencies: dict[str, dict[str, str]] = {
            name: {"yuan": region["yuan"], "dollar": region["dollar"]}
            for name, region in locale["regions"].items()
        }
        words = {name: region.get("words", []) for name, region in locale["regions"].items()}
        # one pattern per region, on normalised text (Latin words in any case)
        self.region_words: dict[str, re.Pattern] = {
            name: re.compile(alternation(found, ascii_boundary=True, ignore_case=True, min_case_free=1))
            for name, found in words.items()
            if found
        }

    def _load_counters(self, rules: dict) -> None:
        self.counter_words: list[str] = []
        for entry in rules.get("counters", []):
            before = tuple(entry.get("needs_before", ()))
            numbers = tuple(entry.get("or_numbers", ()))
            verbs = tuple(entry.get("or_after_verbs", ()))
            not_before = tuple(entry.get("not_before", ()))
            not_after = tuple(entry.get("not_after", ()))
            for word in entry["words"]:
                self.units["zh:" + word] = UnitRule(
                    f"{RULE_FILE}:{entry['id']}",
                    self.count_unit,
                    counter=True,
                    needs_before=before,
                    or_numbers=numbers,
                    or_after_verbs=verbs,
                    not_before=not_before,
                    not_after=not_after,
                    needs_digits=bool(entry.get("needs_digits", False)),
                )
                self.counter_words.append(word)
        pay = rules.get("pay_amounts") or {"id": "money_pay"}
        self.pay_rule_id = f"{RULE_FILE}:{pay['id']}"
        self.pay_words = list(pay.get("words", []))
        letters = pay.get("letters") or {}
        self.pay_letters = {str(letter): float(factor) for letter, factor in letters.items()}
        self.pay_max_gap = int(pay.get("max_gap", 4))
        # pay is in the local currency: the article's place decides it, as for a bare 元
        self.local_rules[self.pay_rule_id] = "yuan"
        self.pay_currency = self.region_currencies[self.default_region]["yuan"]
        bare = rules.get("bare_amounts") or {"id": "money_bare"}
        self.bare_rule_id = f"{RULE_FILE}:{bare['id']}"
        self.bare_words = list(bare.get("words", []))
        self.bare_between = list(bare.get("between", []))
        self.bare_more_than = list(bare.get("more_than", []))
        self.bare_multipliers = list(bare.get("multipliers", []))
        self.bare_then = list(bare.get("then", []))
        bare_counts = rules.get("bare_counts") or {}
        self.bare_count_rule_id = f"{RULE_FILE}:{bare_counts['id']}" if bare_counts else ""
        self.bare_count_words = list(bare_counts.get("words", []))
        carried = bare_counts.get("carried") or {}
        self.bare_count_carry_verbs = list(carried.get("verbs", []))
        self.bare_count_carry_leads = list(carried.get("leads", []))
        # a bare amount is in the local currency, as a bare 元 is
        self.local_rules[self.bare_rule_id] = "yuan"
        table = rules.get("table_unit_cells") or {}
        self.table_cell_rule_id = f"{RULE_FILE}:{table['id']}" if table else ""
        self.table_cell_brackets = tuple(table.get("brackets", ()))
        if table:
            self.local_rules[self.table_cell_rule_id] = "yuan"  # only headers in 元 are read
        captions = rules.get("table_captions") or {}
        self.caption_rule_id = f"{RULE_FILE}:{captions['id']}" if captions else ""
        # a caption ends with its unit after a unit word and a colon (（单位：万吨）, 单位：亿元 alone)
        # or after a lead word in brackets ((in thousand tonnes):)
        words = "|".join(re.escape(word) for word in captions.get("unit_words", ())) or "(?!)"
        leads = "|".join(re.escape(word) for word in captions.get("unit_leads", ())) or "(?!)"
        # or a currency sign or code opening the brackets ((HK$ million), (RMB'000)), or the
        # lead word after a comma (Revenue by segment, in millions of yuan)
        signs = sorted(
            (word for word in self.currency_prefixes if not word.isalpha() or len(word) == 3), key=len
        )
        sign_pattern = "|".join(re.escape(word) for word in reversed(signs)) or "(?!)"
        self.caption_pattern = re.compile(
            rf"(?:(?:^|[(（])\s*(?:{words})\s*[:：]\s*|(?:[(（]|[,，]\s)(?P<lead>)\s*(?:{leads})\s+"
            rf"|[(（]\s*(?P<sign>)(?=(?i:{sign_pattern})))"
            r"(?P<unit>[^()（）:：]+?)\s*[)）]?\s*[:：。.]?$"
        )
        self.caption_rewrites = tuple(
            (str(a), str(b)) for a, b in (captions.get("unit_rewrites") or {}).items()
        )
        yen = rules.get("yen_signs") or {}
        self.yen_rule_id = f"{RULE_FILE}:{yen['id']}" if yen else None
        self.yen_code = yen.get("code")
        self.yen_signs = tuple(yen.get("signs", ()))
        # the words of a sentence about Japan, case kept (Yen is also a surname)
        self.yen_context = (
            re.compile(rf"\b(?:{'|'.join(re.escape(word) for word in yen['words'])})\b")
            if yen.get("words")
            else None
        )
        listed = rules.get("listed_amounts") or {"id": "money_listed"}
        self.listed_rule_id = f"{RULE_FILE}:{listed['id']}"
        self.listed_amount = None
        if listed.get("marks") and listed.get("multipliers"):
            marks = "|".join(re.escape(mark) for mark in listed["marks"])
            self.listed_multipliers = tuple(sorted(listed["multipliers"], key=len, reverse=True))
            multipliers = "|".join(re.escape(word) for word in self.listed_multipliers)
            # an amount (with a minus sign or none; not the end of a range) and its
            # multiplier, then a list mark, ending the text before a figure
            self.listed_amount = re.compile(
                rf"(?:(?<![A-Za-z0-9.,])(?P<neg>[-−])|(?<![\d.,\-−~～至到]))"
                rf"(?P<num>\d+(?:\.\d+)?)(?P<mult>{multipliers})(?:{marks})$"
            )
        shares = rules.get("listed_shares") or {}
        self.listed_share_rule_id = f"{RULE_FILE}:{shares['id']}" if shares else ""
        self.listed_share_units = frozenset(shares.get("units", ()))
        self.listed_share_openers = tuple(shares.get("openers", ()))
        self.listed_share_reach = int(shares.get("reach", 1))
        self.listed_share = None
        if shares:
            marks = "|".join(re.escape(mark) for mark in shares["marks"])
            # a bare number (not the end of a range, no unit of its own), then a list mark, ending the text
            self.listed_share = re.compile(rf"(?<![\d.,\-−~～至到])(?P<num>\d+(?:\.\d+)?)(?:{marks})$")
        nouns = rules.get("noun_counts") or {"id": "count_noun"}
        self.noun_count_rule_id = f"{RULE_FILE}:{nouns['id']}"
        self.counted_nouns = list(nouns.get("nouns", []))
        self.noun_max_modifier = int(nouns.get("max_modifier", 0))
        self.noun_not_modifiers = "".join(nouns.get("not_modifiers", []))
        half_units = rules.get("half_units") or {}
        self.half_unit_rule_id = f"{RULE_FILE}:{half_units['id']}" if half_units else None
        self.half_unit_before = {lang: list(half_units.get(lang + "_before", [])) for lang in ("zh", "en")}
        self.half_unit_units = frozenset(half_units.get("units", []))
        half_durations = rules.get("half_durations") or {}
        self.half_duration_rule_id = f"{RULE_FILE}:{half_durations['id']}" if half_durations else None
        self.half_duration_units = {
            **{word: "year" for word in half_durations.get("years", [])},
            **{word: "month" for word in half_durations.get("months", [])},
        }
        self.half_duration_not_before = tuple(half_durations.get("not_before", []))
        part_counts = rules.get("english_part_counts") or {}
        self.part_count_rule_id = f"{RULE_FILE}:{part_counts['id']}" if part_counts else None
        joins = "|".join(re.escape(word) for word in part_counts.get("joins", [])) or "(?!)"
        # a plain number in figures, then `of` (of the), ending the text before a count
        self.part_count_before = re.compile(
            rf"(?<![\w.,$])(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+)\s+(?:{joins})\s+$", re.IGNORECASE
        )
        multiples = rules.get("english_multiples") or {}
        self.multiple_rule_id = f"{RULE_FILE}:{multiples['id']}" if multiples else None
        self.multiple_words = list(multiples.get("words", []))
        self.multiple_fold = list(multiples.get("fold", []))
        self.multiple_fold_numbers = list(multiples.get("fold_numbers", []))
        self.multiple_counter = str(multiples.get("counter", ""))
        self.multiple_range_joiners = list(multiples.get("range_joiners", []))
        self.multiple_vague_joiners = list(multiples.get("vague_joiners", []))
        self._load_elided_counts(rules.get("english_elided_counts") or {})
        self._load_english_ages(rules.get("english_ages") or {})
        english = rules["english_counts"]
        self.english_count_rule_id = f"{RULE_FILE}:{english['id']}"
        self.english_max_words = int(english.get("max_words", 6))
        self.english_nouns = {word.lower() for word in english.get("nouns", [])}
        self.english_stop_words = {word.lower() for word in english.get("stop_words", [])}
        self.english_joiners = {word.lower() for word in english.get("joiners", [])}
        self.english_part_owners = frozenset(word.lower() for word in english.get("part_owners", []))
        self.english_scale_letters = list(english.get("scale_letters", []))
        self.english_not_model_names = frozenset(english.get("not_model_names", []))
        self.english_count_openers = frozenset(english.get("count_openers", []))
        self.english_hyperbole_nouns = frozenset(word.lower() for word in english.get("hyperbole_nouns", []))
        self.english_modified_heads = frozenset(word.lower() for word in english.get("modified_heads", []))
        self.english_scale_modifiers = frozenset(word.lower() for word in english.get("scale_modifiers", []))
        self.english_ranking_names = list(english.get("ranking_names", []))
        vague_words = english.get("vague_scale_counts", [])
        vague = "|".join(re.escape(word) for word in vague_words) or "(?!)"
        # the word before a bare scale word: an article (a million = 1 million) or a
        # vague count (several million, multi-billion: no number to read)
        self.scale_lead = re.compile(rf"(?i)(?:\b(?P<vague>{vague})[\s-]+|\b(?P<one>an?)\s+)$")
        # the longest vague word, its separator and some slack: how far back the lead is sought
        self.scale_lead_window = max(map(len, vague_words), default=0) + 4
        self.not_plural = regex.compile(
            "(?:" + "|".join(english.get("not_plural_endings", [])) + r")$"
            if english.get("not_plural_endings")
            else "(?!)"
        )

    def _load_english_ages(self, ages: dict) -> None:
        """The pattern of `english_ages`: a word of age, a bound, a number or a range, a bound, a unit."""
        self.english_age_rule_id = f"{RULE_FILE}:{ages['id']}" if ages else ""
        self.english_age_unit = str(ages.get("unit", "year"))
        self.english_age_before = {
            str(word).lower(): name for name, words in (ages.get("before") or {}).items() for word in words
        }
        self.english_age_after = {
            str(word).lower(): name for name, words in (ages.get("after") or {}).items() for word in words
        }
        self.english_age = None
        if not ages.get("words"):
            return

        def alternation(words: Iterable[str]) -> str:
            longest_first = sorted(map(str, words), key=len, reverse=True)
            return "|".join(r"\s+".join(map(re.escape, word.split())) for word in longest_first) or "(?!)"

        # the number ends the age: no digit, decimal, sign or word glued to it, no
        # second end after it (aged 18 to 30.5 is no age 18), no smaller unit
        self.english_age = re.compile(
            rf"(?i)\b(?:{alternation(ages['words'])})\s+"
            rf"(?:(?P<pre>{alternation(self.english_age_before)})\s+)?(?:(?P<between>between)\s+)?"
            rf"(?P<num>\d{{1,3}})(?:\s*(?P<join>to|and|-|–|—)\s*(?P<num2>\d{{1,3}}))?"
            rf"(?:\s+years?(?:\s+old)?)?(?:\s+(?P<post>{alternation(self.english_age_after)}))?"
            rf"(?![\w%$.,-]*\d|[\w%$-]|\s*(?:to|-|–|—)\s*\d"
            rf"|\s+(?:{alternation(ages.get('not_followed_by', []))})\b)"
        )

    def _load_elided_counts(self, elided: dict) -> None:
        """Patterns of `english_elided_counts`, each matched at the end of the text before a bare number."""
        self.elided_count_rule_id = f"{RULE_FILE}:{elided['id']}" if elided else None

        def words(key: str) -> str:
            return (
                "|".join(re.escape(word) for word in sorted(elided.get(key, []), key=len, reverse=True))
                or "(?!)"
            )

        # a verb of counting right before the number (numbered, stood at), or a verb of
        # change with `to`, a change in percent between (rose 11.2 percent to)
        self.elided_verb = re.compile(
            rf"(?i)\b(?:(?:{words('verbs')})|(?:{words('change_verbs')})"
            rf"(?:\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per cent))?\s+to)\s*$"
        )
        # a verb of change with `from` (fell from a peak of 2,500) or `from ... to` (to 90)
        self.elided_change_from = re.compile(
            rf"(?i)\b(?:{words('change_verbs')})\s+from(?:\s+an?\s+(?:{words('from_levels')})\s+of)?\s*$"
            rf"|\b(?:{words('change_verbs')})\s+from\s+(?:[^,;]|,(?=\d)){{1,60}}?\s+to\s*$"
        )
        self.elided_comparison = re.compile(rf"(?i)\b(?:{words('comparisons')})\s*$")
        # Of the new firms, / Among the projects, : the whole the number is a part of
        self.elided_part = re.compile(
            rf"(?:^|[.;]\s*)(?:{words('parts')})\s+(?:the\s+|these\s+|those\s+)?"
            rf"(?:[A-Za-z\-]+\s+){{0,4}}(?P<noun>[A-Za-z\-]+)\s*,\s*$"
        )
        self.elided_part_verb = re.compile(rf"\s+(?:{words('part_verbs')})\b")
        self.elided_after = frozenset(word.lower() for word in elided.get("after", []))
        self.elided_not_counted = frozenset(word.lower() for word in elided.get("not_counted", []))
        self.elided_max_words = int(elided.get("max_words", 10))
        self.elided_pronouns = frozenset(word.lower() for word in elided.get("pronouns", []))
        # a singular noun of a whole that counts people (population), and what it counts
        self.elided_collectives = {
            str(noun).lower(): str(counted) for noun, counted in elided.get("collectives", {}).items()
        }
        collectives = "|".join(
            re.escape(noun) for noun in sorted(self.elided_collectives, key=len, reverse=True)
        )
        self.elided_collective = re.compile(rf"(?i)\b(?:{collectives or '(?!)'})\b")
        # the words that may stand between such a noun and its number: links, verbs of
        # counting or change (and the English qualifiers: `_load_qualifiers` adds them)
        between = [
            word for key in ("collective_links", "verbs", "change_verbs") for word in elided.get(key, [])
        ]
        self.elided_collective_words = frozenset(part.lower() for word in between for part in word.split())

    def _load_qualifiers(self, rules: dict) -> None:
        qualifiers = rules["qualifiers"]
        self.qualifier_before: dict[str, str] = {}
        self.qualifier_inside: dict[str, str] = {}
        self.qualifier_after: dict[str, str] = {}
        self.qualifier_not_in_words = tuple(qualifiers.get("not_in_words", []))
        self.qualifier_kept_in_words = tuple(qualifiers.get("kept_in_words", []))
        for name, entry in qualifiers.items():
            if name in QUALIFIER_EXTRAS:
                continue
            for place, table in (
                ("before", self.qualifier_before),
                ("inside", self.qualifier_inside),
                ("after", self.qualifier_after),
            ):
                for word in entry.get(place, []):
                    table[word.lower()] = name
        latin = sorted((word for word in self.qualifier_before if word.isascii()), key=len, reverse=True)
        self.elided_collective_words |= {part for word in latin for part in word.split()}
        # an English qualifier ending the text before a bare number (about 42,000)
        self.elided_qualifier = re.compile(
            r"(?i)\b(?P<q>" + ("|".join(re.escape(word) for word in latin) or "(?!)") + r")\s+$"
        )
        separated = qualifiers.get("separated", {})
        self.separated_bounds = {**separated.get("bounds", {}), **separated.get("cap_bounds", {})}
        # the words of a cap (最高, 最多) bound a number across a verb only after `cap_verb` (最高可处以)
        self.separated_cap_words = frozenset(separated.get("cap_bounds", {}))
        self.separated_cap_verb = str(separated.get("cap_verb", ""))
        self.separated_words = [*separated.get("words", []), *self.separated_bounds]
        self.separated_verbs = list(separated.get("verbs", []))
        self.separated_touching_verbs = list(separated.get("touching_verbs", []))
        self.separated_gap = int(separated.get("max_gap", 8))
        self.separated_qualifier = separated.get("qualifier", "approx")

    def separated_qualifier_of(self, word: str) -> str:
        """The qualifier a separated word gives (约: approx; a word of `bounds`, 至少: its own)."""
        return self.separated_bounds.get(word, self.separated_qualifier)

    def _load_money_evidence(self, evidence: dict) -> None:
        """What a lone digit before 元, or a measure word that is also money (块), needs to be money."""
        self.evidence_numerals = frozenset(evidence.get("numerals", ()))
        self.evidence_rule_id = f"{RULE_FILE}:{evidence['id']}" if evidence else ""
        # measure word -> the count it is without evidence of money
        self.evidence_counts: dict[str, UnitRule] = {
            word: UnitRule(self.evidence_rule_id, self.count_unit, counter=True)
            for word in evidence.get("measure_words", ())
        }
        self.evidence_after = tuple(evidence.get("after", ()))
        self.evidence_window = int(evidence.get("window", 12))
        before = alternation(evidence.get("before", ()))
        per = alternation(evidence.get("per", ()))
        between = alternation(evidence.get("between", ()))
        reach = int(evidence.get("per_reach", 2))
        lead = "|".join(part for part in (before, per and rf"(?:{per})\w{{1,{reach}}}") if part)
        # a price word, or 每 and a measure word, then filler words, right before the number
        self.evidence_before = (
            re.compile(rf"(?:{lead})(?:{between})*$" if between else rf"(?:{lead})$") if lead else None
        )
        # a noun of things counted with the measure word, then filler words, right before the number
        nouns = alternation(evidence.get("count_nouns", ()))
        self.evidence_count_noun = (
            re.compile(rf"(?:{nouns})(?:{between})*$" if between else rf"(?:{nouns})$") if nouns else None
        )

    def _load_misc(self, rules: dict) -> None:
        self.duration_prefixes = list(rules.get("duration_prefixes", []))
        self.past_year_prefixes = frozenset(rules.get("past_year_prefixes", []))
        self.glued_acronyms = tuple(rules.get("glued_acronyms", []))
        self.duration_suffixes = list(rules.get("duration_suffixes", []))
        self.duration_adjectives = list(rules.get("duration_adjectives", []))
        recent = rules.get("duration_recent") or {}
        self.duration_recent_rule_id = f"{RULE_FILE}:{recent['id']}" if recent else ""
        self.duration_recent_words = frozenset(recent.get("words", ()))
        self.duration_lasting_words = tuple(recent.get("lasting", ()))
        raised = rules.get("raised_to") or {}
        self.raised_to_rule_id = f"{RULE_FILE}:{raised['id']}" if raised else ""
        self.raised_to_words = tuple(word.lower() for word in raised.get("words", ()))
        self.raised_to_verbs = frozenset(word.lower() for word in raised.get("verbs", ()))
        self.raised_to_not_after = frozenset(word.lower() for word in raised.get("not_after", ()))
        self.raised_to_reach = int(raised.get("reach", 1))
        self.raised_to_not_across = frozenset(word.lower() for word in raised.get("not_across", ()))
        spread = rules.get("spread_over") or {}
        self.spread_over_rule_id = f"{RULE_FILE}:{spread['id']}" if spread else ""
        self.spread_over_words = tuple(word.lower() for word in spread.get("words", ()))
        self.spread_over_verbs = frozenset(word.lower() for word in spread.get("verbs", ()))
        first = rules.get("measure_word_first") or {}
        self.measure_word_first_rule_id = f"{RULE_FILE}:{first['id']}" if first else ""
        self.measure_word_first_words = tuple(first.get("words", ()))
        self.measure_word_first_not_after = tuple(first.get("not_after", ()))
        self.measure_word_first_not_before = tuple(first.get("not_before", ()))
        change = rules.get("change_from") or {}
        self.change_from_rule_id = f"{RULE_FILE}:{change['id']}" if change else ""
        self.change_from_verbs = frozenset(word.lower() for word in change.get("verbs", ()))
        self.change_from_reach = int(change.get("reach", 1))
        year_before = rules.get("year_before_range_en") or {}
        self.year_before_range_rule_id = f"{RULE_FILE}:{year_before['id']}" if year_before else ""
        self.year_before_range_words = tuple(year_before.get("words", ()))
        prefixed = rules.get("prefixed_subunit") or {}
        self.prefixed_subunit_rule_id = f"{RULE_FILE}:{prefixed['id']}" if prefixed else ""
        self.prefixed_subunit_words = tuple(prefixed.get("words", ()))
        self.prefixed_subunit_not_before = tuple(prefixed.get("not_before", ()))
        bounds = rules.get("share_bounds") or {}
        self.share_bound_rule_id = f"{RULE_FILE}:{bounds['id']}" if bounds else ""
        self.share_bound_words: dict[str, str] = dict(bounds.get("words", {}))
        self.share_bound_gap = int(bounds.get("max_gap", 0))
        within = rules.get("duration_within") or {}
        self.duration_within_rule_id = f"{RULE_FILE}:{within['id']}" if within else ""
        self.duration_within_words = tuple(within.get("words", ()))
        self.duration_within_qualifier: str | None = within.get("qualifier")
        self.duration_within_not_before = tuple(within.get("not_before", ()))
        self._load_money_evidence(rules.get("money_evidence") or {})
        self.range_separators = list(rules.get("range_separators", []))
        self.range_separators_en = list(rules.get("range_separators_en", []))
        self.range_scale_separators_en = list(rules.get("range_scale_separators_en", []))
        joins = rules.get("range_joins") or {}
        self.range_join_rule_id = f"{RULE_FILE}:{joins['id']}" if joins else None
        self.range_joiners = list(joins.get("joiners", []))
        self.range_between_words = [word.lower() for word in joins.get("between", [])]
        self.range_not_after = frozenset(word.lower() for word in joins.get("not_after", []))
        self.range_spread_words = frozenset(word.lower() for word in joins.get("spread_words", []))
        self.range_change_verbs = tuple(word.lower() for word in joins.get("change_verbs", []))
        self.range_change_ratio = float(joins.get("change_ratio", math.inf))
        self.range_change_ratio_units = frozenset(joins.get("change_ratio_units", []))
        self.range_forecast_words = tuple(word.lower() for word in joins.get("forecast_words", []))
        tenths = rules.get("tenths_words", {})
        self.tenths_words = {word: float(largest) for word, largest in tenths.items()}
        self.fraction_rule_id = f"{RULE_FILE}:{rules['fractions']['id']}"
        cues = rules["fractions"].get("date_like_cues") or {}
        self.fraction_cues_before = tuple(cues.get("before", []))
        self.fraction_cues_after = tuple(cues.get("after", []))
        self.fraction_common_denominators = frozenset(int(n) for n in cues.get("common_denominators", []))
        documents = rules["fractions"].get("document_numbers") or {}
        self.document_number_marks_before = tuple(documents.get("marks_before", []))
        self.document_number_marks_after = tuple(documents.get("marks_after", []))
        self.document_number_years = (documents.get("year_low", 0), documents.get("year_high", -1))
        proportions = rules.get("proportions") or {"id": "proportion"}
        self.proportion_rule_id = f"{RULE_FILE}:{proportions['id']}"
        self.proportion_words: dict[str, tuple[float, str | None]] = {
            word: (float(entry["value"]), entry.get("qualifier"))
            for word, entry in (proportions.get("words") or {}).items()
        }
        self.proportion_not_before = list(proportions.get("not_before", []))
        self.proportion_english_not_after = {w.lower() for w in proportions.get("english_not_after", [])}
        self.proportion_change_words = list(proportions.get("english_change_words", []))
        self.proportion_change_followers = list(proportions.get("english_change_followers", []))
        self.proportion_change_qualifiers = list(proportions.get("english_change_qualifiers", []))
        self.half_word = str(rules.get("half_word", "半"))
        self.spaced_number_characters = str(rules.get("spaced_number_characters", ""))
        self.spaced_number_endings = str(rules.get("spaced_number_endings", ""))
        # the tenths word of a discount (七五折, 7 5 折): its digits may be spaced, no hundredths follow it
        self.discount_word = str(rules.get("discount_word", ""))
        self.minor_joiners = list(rules.get("minor_unit_joiners", []))
        self.other_dollar = regex.compile(
            r"(?<![A-Za-z])(?i:"
            + "|".join(regex.escape(m) for m in rules.get("other_dollar_marks", []))
            + r")\s?$"
        )
        self.negative_words = list(rules.get("negative_words", []))
        self.vague_ranges = bool(rules.get("vague_ranges", True))
        vague_tens = rules.get("vague_tens", {})
        self.vague_tens_before = tuple(vague_tens.get("before", []))
        self.vague_tens_qualifier: str | None = vague_tens.get("qualifier")
        bare_powers = rules.get("bare_powers") or {}
        self.bare_power_before: dict[str, str] = dict(bare_powers.get("before", {}))
        self.bare_power_money_verbs = tuple(bare_powers.get("money_verbs", []))
        self.bare_power_not_units = frozenset(bare_powers.get("not_units", []))
        self.tenths_not_followed_by = set(rules.get("tenths_not_followed_by", []))
        exclusions = rules.get("exclusions", {})
        self.excluded_before = tuple(exclusions.get("before", []))
        self.date_year_words = set(exclusions.get("date_year_words", []))
        self.model_year_counters = frozenset(exclusions.get("model_year_counters", []))
        self.year_followers = set(exclusions.get("year_unit_followers", []))
        self.year_prepositions = tuple(exclusions.get("year_prepositions", []))
        self.year_preposition_not_before = tuple(exclusions.get("year_preposition_not_before", []))
        roc_years = exclusions.get("roc_years", {})
        self.roc_region: str | None = roc_years.get("region")
        self.roc_year_range = (roc_years.get("low", 0), roc_years.get("high", -1))
        self.roc_year_not_after = tuple(roc_years.get("not_after", []))
        self.roc_year_not_before = tuple(roc_years.get("not_before", []))
        self.bare_one_counts = frozenset(exclusions.get("bare_one_counts", []))
        self.bare_one = {word.lower() for word in exclusions.get("bare_one_words", [])}
        self.per_one_after = tuple(exclusions.get("per_one_after", []))
        self.per_one_before = tuple(exclusions.get("per_one_before", []))
        self.bare_one_phrases = {
            unit: tuple(words) for unit, words in exclusions.get("bare_one_phrases", {}).items()
        }
        targets = exclusions.get("named_targets", {})
        self.named_target_before = tuple(targets.get("before", []))
        self.named_target_numbers = frozenset(word.lower() for word in targets.get("numbers", []))
        first_counts = exclusions.get("first_counts", {})
        self.first_count_before = tuple(first_counts.get("before", []))
        self.first_count_not_in_words = tuple(first_counts.get("not_in_words", []))
        ranks = exclusions.get("ranks", {})
        self.rank_before = tuple(ranks.get("before", []))
        self.rank_counters = set(ranks.get("counters", []))
        weekdays = exclusions.get("weekdays", {})
        self.weekday_before = tuple(weekdays.get("before", []))
        self.weekday_numbers = set(weekdays.get("numbers", []))
        self.weekday_counters = set(weekdays.get("counters", []))
        periods = exclusions.get("reporting_periods", {})
        self.period_before = tuple(periods.get("before", []))
        self.period_units = {word.lower() for word in periods.get("units", [])}
        self.period_end_en = _period_end_pattern(periods)
        self.period_end_reach = PERIOD_DAY_WIDTH + sum(
            2 + max((len(word) for word in periods.get(key, [])), default=0)
            for key in ("links", "lead_words", "months")
        )
        first_months = exclusions.get("first_months", {})
        self.first_month_before = tuple(first_months.get("before", []))
        self.first_month_units = set(first_months.get("units", []))
        self.first_month_year_before = tuple(first_months.get("year_before", []))
        self.first_month_year_words = tuple(first_months.get("year_words", []))
        self.first_month_not_in_words = tuple(first_months.get("not_in_words", []))
        self.lone_digits = set(exclusions.get("lone_digits", []))
        self.time_separators = tuple(exclusions.get("time_separators", []))
        self.ratio_words = tuple(exclusions.get("ratio_words", []))
        self.session_words = tuple(exclusions.get("sessions", []))
        self.counter_starts_word = {
            word: tuple(after) for word, after in (exclusions.get("counter_starts_word") or {}).items()
        }
        self.class_label_suffixes = tuple(exclusions.get("class_label_suffixes", []))
        self.compound_adjective_articles = frozenset(
            word.lower() for word in exclusions.get("compound_adjective_articles", [])
        )
        # a space, an English scale word, a hyphen and a letter: million-dollar, billion-yuan
        scale_words = "|".join(
            re.escape(word) for word in sorted(self.english_multipliers, key=len, reverse=True)
        )
        self.compound_adjective_scale = (
            re.compile(rf"\s(?:{scale_words})-[A-Za-z]", re.IGNORECASE) if scale_words else None
        )
        exchange = exclusions.get("exchange_words", {})
        self.exchange_words = tuple(exchange.get("words", []))
        self.exchange_not = tuple(exchange.get("not", []))
        self.exchange_between = frozenset(word.lower() for word in exchange.get("between", []))
        self.exchange_bases = list(exchange.get("bases", []))
        self.exchange_adverbs = list(exchange.get("adverbs", []))
        quotes = exchange.get("quotes", {})
        # longest first, so that 收报 is found before 报
        self.exchange_quote_verbs = tuple(sorted(quotes.get("verbs", []), key=len, reverse=True))
        self.exchange_quote_marks = tuple(quotes.get("marks", []))

        place_names = exclusions.get("place_names", {})
        self.place_name_digits = frozenset(place_names.get("digits", []))
        self.place_name_features = frozenset(place_names.get("features", []))
        self.place_name_feature_counters = frozenset(place_names.get("feature_counters", []))
        self.place_name_locatives = tuple(place_names.get("locatives", []))
        self.place_name_general_counters = frozenset(place_names.get("general_counters", []))
        self.whole_counters = frozenset(exclusions.get("whole_counters", []))
        self.adverbs_of_one = frozenset(exclusions.get("adverbs_of_one", []))
        self.address_labels = list(exclusions.get("address_labels", []))
        located = exclusions.get("located", {})
        self.located_verbs = list(located.get("verbs", []))
        self.located_units = list(located.get("units", []))
        self.located_reach = int(located.get("reach", 20))
        brand_names = exclusions.get("brand_names", {})
        self.brand_counters = frozenset(brand_names.get("counters", []))
        self.brand_reach = int(brand_names.get("reach", 0))
        self.brand_words = tuple(brand_names.get("words", []))
        self.word_numbers = {
            word: frozenset(numbers) for word, numbers in (exclusions.get("word_numbers") or {}).items()
        }
        offsets = exclusions.get("offsets", {})
        self.offset_words = sorted(offsets.get("words", []), key=len, reverse=True)
        self.offset_not_followed_by = tuple(offsets.get("not_followed_by", []))
        self.tenths_after_qualifier = set(rules.get("tenths_followed_after_qualifier", []))
        tenths_bounds = rules.get("tenths_bounds") or {}
        self.tenths_bound_before: dict[str, str] = dict(tenths_bounds.get("before", {}))
        self.tenths_bound_not_in = tuple(tenths_bounds.get("not_in_words", []))
        self.tenths_bound_rule_id = f"{RULE_FILE}:{tenths_bounds['id']}" if tenths_bounds else ""
        self.quote_max = dict(exclusions.get("quoted_name_max_chars", {"zh": 30, "en": 100}))


def compile_figure_rules(ruleset: RuleSet) -> FigureRules:
    """The figure rules of `ruleset`, checked and compiled (use `ruleset.compiled(compile_figure_rules)`)."""
    return FigureRules(ruleset.file(RULE_FILE), ruleset.path(RULE_FILE))


# The widest day written before a month at the end of a period (` 30th `).
PERIOD_DAY_WIDTH = 6


def _period_end_pattern(periods: dict) -> re.Pattern | None:
    """What ends an English reporting period after its length (` to June`, ` ended 30 June`)."""
    if not periods.get("links") or not periods.get("months"):
        return None
    lead = rf"(?:(?:{alternation(periods.get('lead_words', []))})\s+)?" if periods.get("lead_words") else ""
    day = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"  # a day written before its month (ended 30 June)
    return re.compile(
        rf"\s+(?:{alternation(periods['links'])})\s+{lead}{day}(?:{alternation(periods['months'])})(?![A-Za-z])"
    )


def _multipliers(value: str | list[str] | None) -> str | None:
    """`needs_multiplier` as one string: a list of multipliers joined by `|`."""
    return "|".join(value) if isinstance(value, list) else value
