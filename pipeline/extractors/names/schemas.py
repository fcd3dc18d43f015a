"""The shape of rules/names.yaml, organisations.yaml and projects.yaml.

`checked(ruleset, table)` returns a table's rule file once it matches its
schema; errors are `file:line: reason` (unknown keys with a did-you-mean,
duplicate ids, wrong types, kinds the file does not declare, and settings
naming a rule, a kind or a vocabulary that does not exist). Word lists may
group words in nested lists; `flat` reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline.rules.loader import item_lines
from pipeline.rules.schema import (
    EXAMPLES,
    Anything,
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
    rules_with_examples,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from pipeline.rules.ruleset import RuleSet

ORGANISATIONS = "organisations"
PROJECTS = "projects"
NAMES = "names"
# The named vocabularies of each file (besides the items of its `vocabularies`), in the order they are read.
ORGANISATION_VOCABULARIES = ("news_media", "well_known_companies", "regional_government")
PROJECT_VOCABULARIES = ("well_known_projects",)


@dataclass(frozen=True)
class Word(Str):
    """A word of a word list; YAML's unquoted on/off/yes/no (read as true/false) get a hint."""

    def check(self, value: Any, where: Where) -> None:
        """A non-empty string."""
        if isinstance(value, bool):
            raise where.fail(f"expected a word, got {value!r}: quote words such as on, off, yes, no")
        super().check(value, where)


@dataclass(frozen=True)
class Words(Schema):
    """A list of words, which may group words in nested lists (flattened when read).

    `item` is the shape of each word (a `Ref` for words that name things of the rules).
    """

    min_items: int = 0
    item: Schema = Word()

    def check(self, value: Any, where: Where) -> None:
        """Every item a word or a list of words."""
        if not isinstance(value, list):
            raise where.fail(
                f"expected {self.describe()}, got {'a mapping' if isinstance(value, dict) else repr(value)}"
            )
        where = where.at(value, "")
        if len(value) < self.min_items:
            raise where.fail(f"needs at least {self.min_items} word(s)")
        lines = item_lines(value)
        for index, item in enumerate(value):
            item_where = where.at(item, f"[{index}]", lines[index] if lines else None)
            if isinstance(item, list):
                Words(item=self.item).check(item, item_where)
            else:
                self.item.check(item, item_where)

    def describe(self) -> str:
        """`a list of words`."""
        return "a list of words"


WORDS = Words()
SOME_WORDS = Words(min_items=1)
COUNT = Number(integer=True, minimum=0)


def _file(ruleset: RuleSet, name: str) -> dict:
    """A rule file of the set as parsed, or an empty mapping when it is not one (its own check says why)."""
    document = ruleset.file(name)
    return document if isinstance(document, dict) else {}


def _rule_ids(table: str) -> Callable[[RuleSet], list[str]]:
    """The ids of every rule of `table`'s rule file (a mention's rule is `<table>:<id>`)."""
    return lambda ruleset: [
        rule["id"] for rule in rules_with_examples(_file(ruleset, table)) if isinstance(rule["id"], str)
    ]


def _kinds(*tables: str) -> Callable[[RuleSet], list[str]]:
    """The kinds the rule files of `tables` declare (their `kinds`)."""
    return lambda ruleset: [
        kind
        for table in tables
        for kind in (_file(ruleset, table).get("kinds") or [])
        if isinstance(kind, str)
    ]


def _vocabularies(ruleset: RuleSet) -> list[str]:
    """The settings of organisations.yaml that list names (`named_alone`, `in_context` or `names`)."""
    return [
        str(key)
        for key, value in _file(ruleset, ORGANISATIONS).items()
        if isinstance(value, dict) and any(part in value for part in ("named_alone", "in_context", "names"))
    ]


# What the settings of these files name, each kind declared once (see `pipeline.rules.schema.Ref`).
RULE_IDS = {
    ORGANISATIONS: Names("rule of organisations.yaml", _rule_ids(ORGANISATIONS)),
    PROJECTS: Names("rule of projects.yaml", _rule_ids(PROJECTS)),
}
ORGANISATION_KIND = Names("kind of organisations.yaml", _kinds(ORGANISATIONS))
NAME_KIND = Names("kind of organisations.yaml or projects.yaml", _kinds(ORGANISATIONS, PROJECTS))
ORGANISATION_VOCABULARY = Names("vocabulary of names of organisations.yaml", _vocabularies)
SHARED_CONTEXT = Names(
    "shared context of names.yaml",
    lambda ruleset: [str(name) for name in _file(ruleset, NAMES).get("shared_contexts") or {}],
)
ORGANISATION_RULES = Words(item=Ref(RULE_IDS[ORGANISATIONS], Word()))


def flat(words: Any) -> list[str]:
    """The words of a WORDS value, nested lists flattened, in file order."""
    flat: list[str] = []
    for item in words or []:
        flat.extend(item if isinstance(item, list) else [item])
    return flat


def _english_heads_are_cased(entry: dict, where: Where) -> None:
    for word in flat(entry.get("heads")):
        if not word[0].isupper():
            raise where.fail(f"head {word!r} must start with a capital letter")
    for word in flat(entry.get("lowercase_heads")):
        if word != word.lower():
            raise where.fail(f"lowercase head {word!r} must be lower case")


def _unique_rule_ids(document: dict, where: Where) -> None:
    """Rule ids are unique in the whole file: each is reported as `<file>:<id>`."""
    seen: dict[str, int] = {}
    for rule in rules_with_examples(document):
        rule_id = rule["id"]
        if rule_id in seen:
            raise Where(where.path, rule.line, "").fail(
                f"duplicate id {rule_id!r} (first at line {seen[rule_id]})"
            )
        seen[rule_id] = rule.line


def _descriptive_endings(entry: dict, where: Where) -> None:
    """`endings` and `endings_max_prefix` of descriptive_names go together: an ending is read
    only after a prefix that short, and a prefix length with no ending reads nothing."""
    if flat(entry.get("endings")) and not entry.get("endings_max_prefix"):
        raise where.fail("endings need endings_max_prefix (at least 1): none is read without it")
    if entry.get("endings_max_prefix") and not flat(entry.get("endings")):
        raise where.fail("endings_max_prefix is read only with endings")


# The regions whose government bodies organisations.yaml `regional_government` lists.
REGIONS = ("HK", "MO", "TW")


def _vocabulary_settings(entry: dict, where: Where) -> None:
    """A vocabulary's settings agree: every name has a kind, context is set only with names that need it,
    an entry's region is one the vocabulary is read in, and no name is listed twice for one region."""
    regions = set(flat(entry.get("regions")))
    if not (flat(entry.get("named_alone")) or flat(entry.get("in_context")) or entry.get("entries")):
        raise where.fail("a vocabulary needs names: named_alone, in_context or entries")
    if (flat(entry.get("named_alone")) or flat(entry.get("in_context"))) and "kind" not in entry:
        raise where.fail("named_alone and in_context need the vocabulary's kind")
    if entry.get("context_before") and not entry.get("context_after"):
        raise where.fail("context_before is a news context: it needs context_after")
    if regions and (flat(entry.get("named_alone")) or flat(entry.get("in_context"))):
        raise where.fail("a vocabulary read by region lists its names as entries with a region")
    if entry.get("not_across") and not regions:
        raise where.fail("not_across is read by region: it needs regions")
    seen: dict[tuple[str, str], int] = {}
    for item in entry.get("entries") or []:
        line = getattr(item, "line", None) or where.line
        if "kind" not in item and "kind" not in entry:
            raise Where(where.path, line, "").fail(f"{item['name']!r} has no kind, nor has the vocabulary")
        if regions and item.get("region") is None:
            raise Where(where.path, line, "").fail(
                f"{item['name']!r} needs a region: the vocabulary has regions"
            )
        if item.get("region") is None:
            continue
        if item["region"] not in regions:
            raise Where(where.path, line, "").fail(f"region {item['region']!r} is not one of `regions`")
        for name in (item["name"], *flat(item.get("short"))):
            key = (item["region"], name)
            if key in seen:
                raise Where(where.path, line, "").fail(
                    f"{name!r} is listed twice for {item['region']} (first at line {seen[key]})"
                )
            seen[key] = line


def vocabulary_schema(kind: Str) -> Mapping:
    """The settings of one vocabulary of names (see `pipeline.extractors.names.vocabulary`)."""
    return Mapping(
        {
            "id": Str(),
            "kind": kind,
            "named_alone": WORDS,
            "in_context": WORDS,
            "entries": ListOf(
                Mapping(
                    {
                        "name": Word(),
                        "kind": kind,
                        "short": WORDS,
                        "english": WORDS,
                        "region": Str(choices=REGIONS),
                    },
                    required=("name",),
                ),
                min_items=1,
            ),
            "not_before": WORDS,
            "not_before_except": WORDS,
            "not_after": Str(regex=True),
            "not_in_titles": Bool(),
            "context_after": WORDS,
            "context_before": Str(regex=True),
            "owned": Mapping(
                {"heads": SOME_WORDS, "between": Str(), "window": Number(), "stop_tags": WORDS},
                required=("heads", "between", "window"),
            ),
            "regions": Words(min_items=1),
            "not_across": WORDS,
            "examples": EXAMPLES,
        },
        required=("id",),
        check_whole=_vocabulary_settings,
    )


NAMES_SCHEMA = Mapping(
    {
        "boundary_words": WORDS,
        "keep_words": WORDS,
        "count_pattern": Str(regex=True, allow_empty=True),
        "bracketed_day_pattern": Str(regex=True, allow_empty=True),
        "name_punctuation": Str(allow_empty=True),
        "conjunctions": WORDS,
        "party_words": WORDS,
        "movement_verbs": WORDS,
        "name_verbs": Mapping(
            {"words": WORDS, "not_after": WORDS, "kinds": Words(item=Ref(ORGANISATION_KIND, Word()))}
        ),
        "max_name_length": Number(integer=True, minimum=1),
        "route_joiners": WORDS,
        "dash_route": Str(regex=True),
        "quoted_lead_max_length": Number(integer=True, minimum=0),
        "quoted_lead_kinds": Words(item=Ref(NAME_KIND, Word())),
        "generic_words": WORDS,
        "region_words": Mapping({"words": WORDS, "not_before": WORDS}),
        "sector_after": Mapping({"words": WORDS, "except": WORDS}),
        "shared_contexts": Mapping(
            {}, extra=Mapping({"words": WORDS, "pattern": Str(regex=True)}, required=("words",))
        ),
        "generic_number": Str(regex=True),
        "digit_joiners": Str(allow_empty=True),
        "decimal_generation": Str(regex=True, allow_empty=True),
        "latin_name_space": Str(regex=True, allow_empty=True),
        "capacity_joiners": Str(allow_empty=True),
        "word_view": Mapping(
            {
                "enabled": Bool(),
                "leading_tags": WORDS,
                "leading_single_tags": WORDS,
                "governing_tags": WORDS,
                "proper_tags": WORDS,
                "phrase_before_verb_tags": WORDS,
                "estate_works": WORDS,
                "estate_endings": WORDS,
                "min_verb_length": COUNT,
                "name_words": WORDS,
                "clause_kinds": Words(item=Ref(NAME_KIND, Word())),
                "straddle_tags": WORDS,
                "subject_tags": WORDS,
                "leading_before_place_tags": WORDS,
                "clause_subjects": WORDS,
                "clause_verb_tags": WORDS,
                "field_tags": WORDS,
                "field_max_words": COUNT,
                "field_max_length": COUNT,
            }
        ),
        "anchor": Mapping(
            {
                "tags": WORDS,
                "min_length": COUNT,
                "pattern": Str(regex=True),
                "amount": Str(regex=True),
                "capacity": Str(regex=True),
                "min_before_capacity": COUNT,
                "leading_size": Str(regex=True),
                "aim_tags": WORDS,
                "coined_tags": WORDS,
                "field_endings": WORDS,
            }
        ),
        "role_words": WORDS,
        "indefinite_words": WORDS,
        "measure_described": Str(regex=True),
        "leading_date": Str(regex=True, allow_empty=True),
        "event_session": Str(regex=True, allow_empty=True),
        "dateline_bracket": Str(regex=True, allow_empty=True),
        "alias_note": Mapping(
            {
                "words": SOME_WORDS,
                "max_length": COUNT,
                "acronym": Str(),
                "chinese_acronym": Str(),
                "body_acronym": Str(),
                "bracketed": Str(),
                "listing_labels": WORDS,
            }
        ),
        "short_forms": Mapping(
            {
                "min_length": COUNT,
                "dropped_leads": WORDS,
                "company_rules": ORGANISATION_RULES,
                "bare_rules": ORGANISATION_RULES,
                "place_words": WORDS,
                "place_endings": WORDS,
                "max_company_short": COUNT,
                "initial_rules": ORGANISATION_RULES,
                "initial_endings": WORDS,
                "initial_name_tags": WORDS,
                "min_initial_stem": COUNT,
                "max_initial_stem": COUNT,
            }
        ),
        "english": Mapping(
            {
                "connectors": WORDS,
                "continuations": WORDS,
                "joiners": WORDS,
                "leading_words": WORDS,
                "leading_suffixes": WORDS,
                "count_words": WORDS,
                "counted_nouns": WORDS,
                "articles": WORDS,
                "date_words": WORDS,
                "date_leads": WORDS,
                "max_lowercase_tail": COUNT,
                "weak_lowercase_heads": WORDS,
                "programme_actions": WORDS,
                "programme_action_endings": WORDS,
                "plural_possessive_heads": WORDS,
                "placed_lowercase_heads": WORDS,
                "generic_capitals": WORDS,
                "route_words": WORDS,
                "closing_legal_forms": WORDS,
                "described_by_body": WORDS,
                "weak_heads": WORDS,
                "facility_centres": Mapping({"heads": WORDS, "modifiers": WORDS}),
                "section_centres": Mapping({"heads": WORDS, "words": WORDS}),
                "weak_head_verbs": WORDS,
                "verb_closed_heads": WORDS,
                "legal_tails": WORDS,
                "legal_brackets": WORDS,
                "branch_heads": WORDS,
                "locatives": WORDS,
                "place_locatives": WORDS,
                "after_head_words": WORDS,
                "headline_verbs": WORDS,
                "headline_prepositions": WORDS,
                "title_compounds": WORDS,
                "split_articles": WORDS,
                "name_possessives": WORDS,
                "max_body_modifiers": COUNT,
                "tail_stops": WORDS,
                "body_levels": WORDS,
                "pinyin": Mapping({"initials": WORDS, "finals": WORDS}, required=("initials", "finals")),
                "portfolio_words": WORDS,
                "trade_words": WORDS,
            },
            required=(
                "connectors",
                "continuations",
                "joiners",
                "leading_words",
                "articles",
                "date_words",
                "max_lowercase_tail",
            ),
        ),
    },
    required=("boundary_words", "generic_words", "generic_number", "english"),
)


def _table_schema(table: str, kinds: tuple[str, ...]) -> Mapping:
    """The schema of organisations.yaml or projects.yaml, whose rules give one of `kinds`.

    A suffix rule's `context_shared` and `not_before_shared` name one of the
    contexts names.yaml `shared_contexts` declares.
    """
    kind = Str(choices=kinds)
    shared_context = Ref(SHARED_CONTEXT)
    rules_of_table = Words(item=Ref(RULE_IDS[table], Word()))
    # a name a pattern of its own finds, in its `name` or `title` group, on a
    # line holding one of `screen` (issued_titles, quoted_events, launched_watchwords)
    patterned_name = Mapping(
        {
            "id": Str(),
            "kind": kind,
            "pattern": Str(regex=True),
            "screen": SOME_WORDS,
            "examples": EXAMPLES,
        },
        required=("id", "kind", "pattern", "screen"),
    )
    # a quoted name before a word that says what it is (“双碳”战略, “青禾智谷”项目)
    quoted_names = Mapping(
        {
            "id": Str(),
            "kind": kind,
            "endings": SOME_WORDS,
            "min_length": COUNT,
            "max_length": COUNT,
            "designation_verbs": WORDS,
            "designation_ends": WORDS,
            "extend_right": Bool(),
            "descriptor_max": COUNT,
            "descriptor_not": WORDS,
            "part_max_length": COUNT,
            "formula_between": COUNT,
            "examples": EXAMPLES,
        },
        required=("id", "kind", "endings"),
    )
    suffix = Mapping(
        {
            "id": Str(),
            "kind": kind,
            "words": SOME_WORDS,
            "min_prefix": COUNT,
            "max_prefix": COUNT,
            "needs_specific": Bool(),
            "generic_from": COUNT,
            "admin_prefix": Bool(),
            "extend_right": Bool(),
            "not_before": WORDS,
            "placed_after": WORDS,
            "not_after": WORDS,
            "not_after_except": WORDS,
            "not_after_pattern": Str(regex=True),
            "not_before_pattern": Str(regex=True),
            "word_end_words": WORDS,
            "research_words": WORDS,
            "context_after": WORDS,
            "context_pattern": Str(regex=True),
            "context_shared": shared_context,
            "not_before_shared": shared_context,
            "label_before": WORDS,
            "label_items": Str(regex=True),
            "title_after": Bool(),
            "bare_with_title": Bool(),
            "joined_partners": Bool(),
            "needs_anchor": Bool(),
            "needs_place": Bool(),
            "owner_before_place": Bool(),
            "needs_owner": Bool(),
            "context_within": COUNT,
            "partner_before": WORDS,
            "partner_after": WORDS,
            "partner_joiners": WORDS,
            "anchor_when_described": Bool(),
            "anchor_after": WORDS,
            "aim_anchors": Bool(),
            "phase_anchors": Bool(),
            "needs_qualifier": Bool(),
            "park_placed": WORDS,
            "aim_endings": WORDS,
            "owner_verbs": WORDS,
            "brand_tags": WORDS,
            "prefix": Str(regex=True),
            "place_lead": Bool(),
            "inner_words": WORDS,
            "describing_words": WORDS,
            "place_with_kind": Bool(),
            "region_led": Bool(),
            "rare_brand_frequency": COUNT,
            "word_bounded": Bool(),
            "traditional_only": Bool(),
            "ends_no_party": Bool(),
            "operator_endings": WORDS,
            "counted_after": Str(regex=True),
            "examples": EXAMPLES,
        },
        required=("id", "kind", "words"),
    )
    list_context = Mapping(
        {
            "id": Str(),
            "kind": kind,
            "heads": SOME_WORDS,
            "closers": WORDS,
            "counted": Bool(),
            "window": COUNT,
            "not_between": WORDS,
            "field_joiners": WORDS,
            "min_item": COUNT,
            "max_item": COUNT,
            "examples": EXAMPLES,
        },
        required=("id", "kind", "heads"),
    )
    english = Mapping(
        {
            "id": Str(),
            "kind": kind,
            "heads": SOME_WORDS,
            "lowercase_heads": WORDS,
            "place_heads": WORDS,
            "place_head_leads": WORDS,
            "examples": EXAMPLES,
        },
        required=("id", "kind", "heads"),
        check_whole=_english_heads_are_cased,
    )
    fields: dict[str, Schema] = {
        "kinds": ListOf(Str(), min_items=1),
        "suffixes": ListOf(suffix, unique="id", min_items=1),
        "generic_words": WORDS,
        "setting_words": WORDS,
        "list_context": list_context,
        "english": ListOf(english, unique="id", min_items=1),
        "aliases": Mapping({"id": Str(), "examples": EXAMPLES}, required=("id",)),
        # well-known projects and development areas named without the ending the
        # rules look for, or by a short form (明日大屿, 深中通道, 三峡工程)
        "well_known_projects": vocabulary_schema(kind),
        # more vocabularies of names, each read as the named ones are
        "vocabularies": ListOf(vocabulary_schema(kind), unique="id"),
        # a phrase of common words of industry and action before a project's
        # ending describes a kind of project, no one project
        "descriptive_names": Mapping(
            {
                "id": Str(),
                "rules": rules_of_table,
                "endings": WORDS,
                "endings_max_prefix": COUNT,
                "industry_words": WORDS,
                "common_frequency": COUNT,
                "rare_frequency": COUNT,
                "naming_tags": WORDS,
                "examples": EXAMPLES,
            },
            required=("id", "rules"),
            check_whole=_descriptive_endings,
        ),
        # names a rule found once, found wherever the document writes them again
        "repeated_names": Mapping(
            {
                "id": Str(),
                "rules": rules_of_table,
                "english_rules": rules_of_table,
                "min_length": COUNT,
                "max_length": COUNT,
                "min_english_length": COUNT,
                "max_frequency": COUNT,
                "examples": EXAMPLES,
            },
            required=("id",),
        ),
    }
    required = ["kinds", "suffixes", "list_context", "english"]
    if table == ORGANISATIONS:
        fields |= {
            "admin_prefixes": WORDS,
            "township_prefixes": WORDS,
            "coined_place_prefixes": WORDS,
            "township_name_tags": WORDS,
            "not_admin_words": WORDS,
            "not_admin_tails": WORDS,
            "every_words": WORDS,
            "every_places": WORDS,
            "every_list_heads": WORDS,
            "own_places": WORDS,
            "places": Mapping({"mainland_divisions": Bool(), "outside_mainland": WORDS}),
            "title_words": WORDS,
            "gazetteer": ListOf(
                Mapping(
                    {
                        "id": Str(),
                        "kind": kind,
                        "names": WORDS,
                        "not_before": WORDS,
                        "not_before_except": WORDS,
                        "word_start": Bool(),
                        "then": Mapping({"tags": WORDS, "words": WORDS}),
                        "examples": EXAMPLES,
                    },
                    required=("id", "kind", "names"),
                ),
                unique="id",
            ),
            "regional_government": vocabulary_schema(kind),
            "jieba_dictionary": Mapping(
                {"enabled": Bool(), "id": Str(), "min_length": COUNT, "examples": EXAMPLES},
                required=("id",),
            ),
            "english_gazetteer": ListOf(
                Mapping(
                    {
                        "id": Str(),
                        "kind": kind,
                        "names": SOME_WORDS,
                        "alone": Bool(),
                        "common_noun": Bool(),
                        "not_before": WORDS,
                        "examples": EXAMPLES,
                    },
                    required=("id", "kind", "names"),
                ),
                unique="id",
            ),
            "english_list": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "nouns": SOME_WORDS,
                    "introducers": SOME_WORDS,
                    "stop_words": WORDS,
                    "window": COUNT,
                    "max_words": COUNT,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "nouns", "introducers"),
            ),
            "english_acting": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "verbs": SOME_WORDS,
                    "weak_verbs": WORDS,
                    "named_verbs": WORDS,
                    "agent_verbs": WORDS,
                    "named_agent_verbs": WORDS,
                    "auxiliaries": WORDS,
                    "intentions": WORDS,
                    "intended_verbs": WORDS,
                    "possessions": WORDS,
                    "owned": WORDS,
                    "held_in": WORDS,
                    "country_words": WORDS,
                    "investment_by": WORDS,
                    "made_by": WORDS,
                    "relative_plans": Bool(),
                    "section_leads": WORDS,
                    "officers": WORDS,
                    "venture_between": WORDS,
                    "place_nouns": WORDS,
                    "partner_verbs": WORDS,
                    "partner_gap": COUNT,
                    "descriptors": WORDS,
                    "located": WORDS,
                    "domain_endings": WORDS,
                    "copula_descriptors": WORDS,
                    "appositive_plurals": WORDS,
                    "copula_people": WORDS,
                    "founded": WORDS,
                    "body_participles": WORDS,
                    "employees": WORDS,
                    "employee_heads": WORDS,
                    "among": WORDS,
                    "analyst_views": WORDS,
                    "arm_places": WORDS,
                    "speakers": WORDS,
                    "traded": WORDS,
                    "share_moves": WORDS,
                    "possession_modifiers": COUNT,
                    "held_share": Str(regex=True),
                    "comma_legal_forms": WORDS,
                    "appositive_gap": COUNT,
                    "appositive_not_before": WORDS,
                    "max_words": COUNT,
                    "titles": WORDS,
                    "titled": WORDS,
                    "firm_offices": WORDS,
                    "titled_modifiers": WORDS,
                    "stop_words": WORDS,
                    "amount_codes": WORDS,
                    "places": WORDS,
                    "stock_code": Str(regex=True),
                    "dateline": Str(regex=True),
                    "dateline_outlet_first": Str(regex=True),
                    "outlet_words": WORDS,
                    "deal_nouns": WORDS,
                    "deal_agent_verbs": WORDS,
                    "deal_won_verbs": WORDS,
                    "partner_groups": WORDS,
                    "outlet_before": WORDS,
                    "outlet_after": WORDS,
                    "byline": Str(regex=True),
                    "repeated": Bool(),
                    "its_verbs": WORDS,
                    "surnames": WORDS,
                    "given_names": WORDS,
                    "place_prepositions": WORDS,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "verbs"),
            ),
            "english_acting_bodies": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "heads": SOME_WORDS,
                    "verbs": SOME_WORDS,
                    "auxiliaries": WORDS,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "heads", "verbs"),
            ),
            "english_acting_zones": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "heads": SOME_WORDS,
                    "verbs": SOME_WORDS,
                    "auxiliaries": WORDS,
                    "placed_after": WORDS,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "heads", "verbs"),
            ),
            "english_trade_agents": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "agents": WORDS,
                    "recipients": WORDS,
                    "sources": WORDS,
                    "trades": SOME_WORDS,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "trades"),
            ),
            "english_acronyms": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "reporting": WORDS,
                    "people": WORDS,
                    "issued": WORDS,
                    "verbs": SOME_WORDS,
                    "auxiliaries": WORDS,
                    "max_length": COUNT,
                    "stop_words": WORDS,
                    "camel_case": Bool(),
                    "repeated": Bool(),
                    "surname_prefixes": WORDS,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "verbs"),
            ),
            "foreign_owned": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "countries": SOME_WORDS,
                    "not_after": WORDS,
                    "min_length": COUNT,
                    "max_length": COUNT,
                    "stop_words": WORDS,
                    "stop_tags": WORDS,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "countries"),
            ),
            "list_siblings": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "closers": SOME_WORDS,
                    "counted": Str(regex=True),
                    "not_after": WORDS,
                    "joiners": WORDS,
                    "min_known": COUNT,
                    "min_item": COUNT,
                    "max_item": COUNT,
                    "proper_tags": WORDS,
                    "max_frequency": COUNT,
                    "vocabularies": Words(item=Ref(ORGANISATION_VOCABULARY, Word())),
                    "latin": Str(regex=True),
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "closers"),
            ),
            "transcribed_brands": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "min_length": COUNT,
                    "max_length": COUNT,
                    "min_capitals": COUNT,
                    "stop_tags": WORDS,
                    "person_words": WORDS,
                    "gloss_continues": Str(),
                    "examples": EXAMPLES,
                },
                required=("id", "kind"),
            ),
            "described_companies": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "kinds": SOME_WORDS,
                    "kind_tails": WORDS,
                    "opening_kind_endings": WORDS,
                    "openers": WORDS,
                    "object_verbs": WORDS,
                    "recipient_markers": WORDS,
                    "role_nouns": WORDS,
                    "role_links": WORDS,
                    "field_role_nouns": WORDS,
                    "field_role_links": WORDS,
                    "field_value_ends": WORDS,
                    "field_min_length": COUNT,
                    "supply_verbs": WORDS,
                    "supply_adverbs": WORDS,
                    "supply_not_last": WORDS,
                    "parent_markers": WORDS,
                    "owned_nouns": WORDS,
                    "dated_verbs": WORDS,
                    "when": Str(),
                    "joiners": WORDS,
                    "min_length": COUNT,
                    "max_length": COUNT,
                    "stop_words": WORDS,
                    "stop_tags": WORDS,
                    "proper_tags": WORDS,
                    "first_tags": WORDS,
                    "lead_tags": WORDS,
                    "short_tags": WORDS,
                    "not_lead_tags": WORDS,
                    "not_coined_tags": WORDS,
                    "not_last": WORDS,
                    "more_not_last": WORDS,
                    "place_tails": WORDS,
                    "people": WORDS,
                    "figure_after": Str(regex=True),
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "kinds"),
            ),
            "subsidiaries": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "markers": SOME_WORDS,
                    "min_length": COUNT,
                    "max_length": COUNT,
                    "not_first": WORDS,
                    "stop_words": WORDS,
                    "stop_tags": WORDS,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "markers"),
            ),
            "acting_subjects": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "headline_needs_name": Bool(),
                    "verbs": SOME_WORDS,
                    "partner_verbs": WORDS,
                    "partner_openers": WORDS,
                    "joiners": WORDS,
                    "adverbs": WORDS,
                    "when": Str(),
                    "where": Str(),
                    "placed_verbs": WORDS,
                    "not_last_tags": WORDS,
                    "not_last_words": WORDS,
                    "titles": WORDS,
                    "title_min_length": COUNT,
                    "title_divisions": WORDS,
                    "person_titles": WORDS,
                    "min_length": COUNT,
                    "max_length": COUNT,
                    "quantifiers": WORDS,
                    "counted": Str(),
                    "speech": Mapping(
                        {
                            "verbs": SOME_WORDS,
                            "sides": WORDS,
                            "max_length": COUNT,
                            "speaker_nouns": WORDS,
                            "kind_endings": WORDS,
                            "surnames": WORDS,
                            "compound_surnames": WORDS,
                            "word_tags": WORDS,
                            "not_first_tags": WORDS,
                            "not_last_tags": WORDS,
                            "id": Str(),
                            "examples": EXAMPLES,
                        },
                        required=("id", "verbs"),
                    ),
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "verbs"),
            ),
            "listed_short_names": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "packaged_types": WORDS,
                    "names": WORDS,
                    "named_alone": WORDS,
                    "verbs": SOME_WORDS,
                    "adverbs": WORDS,
                    "more_adverbs": WORDS,
                    "when": Str(),
                    "where": Str(),
                    "titles": WORDS,
                    "proper_tags": WORDS,
                    "code": Str(),
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "verbs"),
            ),
            "news_media": vocabulary_schema(kind),
            "well_known_companies": vocabulary_schema(kind),
            "introduced_list": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "heads": SOME_WORDS,
                    "introducers": SOME_WORDS,
                    "joiners": WORDS,
                    "min_item": COUNT,
                    "max_item": COUNT,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "heads", "introducers"),
            ),
            "coded_companies": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "code": Str(regex=True),
                    "min_length": COUNT,
                    "max_length": COUNT,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "code"),
            ),
            "listed_fields": Str(regex=True, allow_empty=True),
            "built_bodies": Mapping(
                {
                    "id": Str(),
                    "after": Str(regex=True),
                    "joint_before": Str(regex=True),
                    "joint": Str(regex=True),
                    "joint_centre": Str(regex=True),
                    "building_before": Str(regex=True),
                    "building": Str(regex=True),
                    "examples": EXAMPLES,
                },
                required=("id", "after"),
            ),
            "listed_companies": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "verbs": SOME_WORDS,
                    "max_short": COUNT,
                    "endings": WORDS,
                    "max_length": COUNT,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "verbs"),
            ),
        }
        required.append("english_list")
    else:
        titled = {
            "id": Str(),
            "kind": kind,
            "min_length": COUNT,
            "max_length": COUNT,
            "examples": EXAMPLES,
        }
        fields |= {
            "english_built": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "heads": SOME_WORDS,
                    "before": WORDS,
                    "after": WORDS,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "heads"),
            ),
            "english_buildings": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "heads": SOME_WORDS,
                    "before": WORDS,
                    "after": WORDS,
                    "not_after": WORDS,
                    "not_head_after": WORDS,
                    "not_phase_before": WORDS,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "heads", "before", "after"),
            ),
            "right_extension": Str(regex=True, allow_empty=True),
            "phase_anchor": Str(regex=True, allow_empty=True),
            "qualifier_bracket": Str(regex=True, allow_empty=True),
            "english_generic_leads": WORDS,
            "english_activity_heads": Mapping(
                {"heads": SOME_WORDS, "fields": SOME_WORDS}, required=("heads", "fields")
            ),
            "english_shown_heads": Mapping(
                {"heads": SOME_WORDS, "context": SOME_WORDS, "not_after": WORDS},
                required=("heads", "context"),
            ),
            "english_site_works": Mapping(
                {"id": Str(), "kind": kind, "heads": SOME_WORDS, "works": SOME_WORDS, "examples": EXAMPLES},
                required=("id", "kind", "heads", "works"),
            ),
            "english_site_heads": Mapping(
                {
                    "heads": SOME_WORDS,
                    "followers": SOME_WORDS,
                    "not_after": WORDS,
                    "town_heads": WORDS,
                    "described_by": WORDS,
                },
                required=("heads", "followers"),
            ),
            "english_numbered_sites": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "heads": WORDS,
                    "owned_heads": WORDS,
                    "owners": WORDS,
                    "examples": EXAMPLES,
                },
                required=("id", "kind"),
            ),
            "english_dated_events": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "min_letters": COUNT,
                    "stop_words": WORDS,
                    "acronym_alone": Bool(),
                    "examples": EXAMPLES,
                },
                required=("id", "kind"),
            ),
            "english_numbered_works": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "heads": WORDS,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "heads"),
            ),
            "english_coined_events": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "min_letters": COUNT,
                    "context": Str(regex=True),
                    "apposition": Str(regex=True),
                    "screen": ListOf(Str()),
                    "stop_endings": WORDS,
                    "stop_words": WORDS,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "context"),
            ),
            "issued_titles": patterned_name,
            "quoted_programmes": quoted_names,
            "quoted_projects": quoted_names,
            "described_quoted_projects": quoted_names,
            "described_quoted_programmes": quoted_names,
            "quoted_policies": quoted_names,
            "quoted_formulas": quoted_names,
            "quoted_estates": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "before": WORDS,
                    "after": WORDS,
                    "min_length": COUNT,
                    "max_length": COUNT,
                    "examples": EXAMPLES,
                },
                required=("id", "kind"),
            ),
            "quoted_events": patterned_name,
            "launched_watchwords": patterned_name,
            "joined_events": Mapping(
                {
                    "id": Str(),
                    "kind": kind,
                    "joiners": SOME_WORDS,
                    "max_gap": COUNT,
                    "examples": EXAMPLES,
                },
                required=("id", "kind", "joiners"),
            ),
            "title_marks": Mapping(
                titled
                | {
                    "not_before": WORDS,
                    "publication_endings": WORDS,
                    "generic_titles": WORDS,
                    "generic_title_pattern": Str(regex=True),
                },
                required=("id", "kind"),
            ),
            "quoted_names": Mapping(
                titled
                | {
                    "suffixes": SOME_WORDS,
                    "kinds_by_suffix": Mapping({}, extra=WORDS, keys=kind),
                    "speech_pattern": Str(regex=True),
                },
                required=("id", "kind", "suffixes"),
            ),
        }
        required += ["title_marks", "quoted_names"]
    return Mapping(fields, required=tuple(required), check_whole=_unique_rule_ids)


# Read first: the kinds a table's rules may give, which the rest of its schema checks against.
KINDS_FIRST = Mapping({"kinds": ListOf(Str(), min_items=1)}, required=("kinds",), extra=Anything())


def checked(ruleset: RuleSet, table: str) -> tuple[dict, tuple[str, ...]]:
    """The parsed rule file of `table`, checked against its schema, and its kinds."""
    document, path = ruleset.file(table), ruleset.path(table)
    check(document, KINDS_FIRST, path)
    kinds = tuple(document["kinds"])
    check(document, _table_schema(table, kinds), path, ruleset)
    return document, kinds
