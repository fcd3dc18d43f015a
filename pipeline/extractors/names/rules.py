"""The name rules: rules/names.yaml, organisations.yaml and projects.yaml, checked and compiled.

    rules = ruleset.compiled(compile_name_rules)

`compile_name_rules` validates the three files against their schemas
(pipeline.extractors.names.schemas; errors as `file:line: reason`) and
compiles what the name search needs: one automaton over every Chinese
suffix and known name, the boundary and generic-word patterns, the English
head words and lexicon. The compiled
`NameRules` also carries the caches of its own rule set (per line text, per
generic prefix), so two rule sets never share one.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import regex

from pipeline.extractors.names.listed import listed_short_names
from pipeline.extractors.names.places import place_names
from pipeline.extractors.names.schemas import (
    NAMES,
    NAMES_SCHEMA,
    ORGANISATION_VOCABULARIES,
    ORGANISATIONS,
    PROJECT_VOCABULARIES,
    PROJECTS,
    checked,
    flat,
)
from pipeline.extractors.names.words import WordView
from pipeline.rules.literals import literal_screen, required_literals
from pipeline.rules.pattern_facts import fullmatched
from pipeline.rules.schema import check
from pipeline.text.patterns import literal_pattern

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

__all__ = ["NAMES", "ORGANISATIONS", "PROJECTS", "NameRules", "NameSpan", "compile_name_rules"]

Result = TypeVar("Result")
# What `NameRules.derived` has not made yet.
_NOT_MADE = object()
# Name texts whose leading place is kept (`NameRules.leading_place`).
PLACE_CACHE_SIZE = 16384
# What ends a clause or an item before an opener ("，其中X", "、其中X").
CLAUSE_PUNCTUATION = ",.;:!?，。；：！？、"
# The letters and digits of an English word: ASCII and the Latin-1 letters of
# names written in their own spelling ("Ørsted", "Nestlé", "Société").
WORD_LETTER = "A-Za-z0-9À-ÖØ-öø-ÿ"
# A capital that may begin an English name ("Ørsted secured", as "Orsted secured").
NAME_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
# What may stand inside an English word of a name: ’'&·-, an en dash
# (Lanhai–Qiaoyun), a thousands comma between digits and a slash before a digit.
WORD_INSIDE = rf"(?:[{WORD_LETTER}’'&·\-–]|(?<=[0-9]),(?=[0-9]{{3}}(?![0-9]))|/(?=[0-9]))"


class NameSpan(NamedTuple):
    """One name on a normalised line: [start, end), its table and kind.

    `weight` is the length of the suffix or head that made the name: of two
    names on the same text, the one with the more specific ending wins.
    """

    table: str
    start: int
    end: int
    rule_id: str
    kind: str
    weight: int = 0

    def overlaps(self, other: NameSpan) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


# what ends the name of a class of shares (蓝筹股, 重磅股), a kind of company
# in a market report
SHARE_CLASS = "股"


@dataclass(frozen=True)
class SuffixRule:
    """A Chinese name ending and the conditions under which it ends a name."""

    table: str
    rule_id: str
    kind: str
    min_prefix: int
    max_prefix: int
    needs_specific: bool
    generic_from: int
    admin_prefix: bool
    extend_right: bool
    not_before: tuple[str, ...]
    not_after: tuple[str, ...]
    research_words: tuple[str, ...]
    # words that end in a `not_after` entry without being it (布局 is no bureau, 局)
    not_after_except: tuple[str, ...] = ()
    # words that make the name the place where something happens ("在X科学城签署"):
    # within the name's window before it, `not_before` does not apply
    placed_after: tuple[str, ...] = ()
    # what the text before the suffix must not end with, as a pattern (a
    # tour's name and a place: 巡回赛山|东站 is the tour's stop in 山东)
    not_after_pattern: regex.Pattern | None = None
    # what the text after the suffix must not begin with, as a pattern (a
    # zone that signs with a partner, X高新区与Y签署, acts as its
    # administration); `placed_after` lifts it as it lifts `not_before`
    not_before_pattern: regex.Pattern | None = None
    # suffix words that must end a word of the word view: 基地 in 新鸿基|地产
    # (a developer's name) is no base, in 生产基地|产能 it is
    word_end_words: tuple[str, ...] = ()
    context_after: tuple[str, ...] = ()
    # what may follow the name instead, as a pattern matched right after the
    # suffix (a share's move in a market report: 升1.2%, 逆市跌0.5%)
    context_pattern: regex.Pattern | None = None
    # a label right before the name that confirms it (来源: before a newspaper)
    label_before: tuple[str, ...] = ()
    # an earlier item of a list that may stand between the label and the name
    # (连接X线及Y线: the label holds for Y线 too), as a pattern
    label_items: regex.Pattern | None = None
    title_after: bool = False
    bare_with_title: bool = False
    # the parties joined by a conjunction before the suffix belong to the name (中铁—中交联营体)
    joined_partners: bool = False
    needs_anchor: bool = False
    needs_place: bool = False
    # with `needs_place`: a company's name (its prefix ending in one of
    # `inner_words`) right before the place belongs to the name (X光电台南厂)
    owner_before_place: bool = False
    needs_owner: bool = False
    context_within: int = 0
    partner_before: tuple[str, ...] = ()
    partner_after: tuple[str, ...] = ()
    # partner words that also join two fields inside a name (和 of
    # 自然资源和规划局): they mark the partner only where no other partner
    # word stands before them, and a name does not begin right after one
    # that follows a partner word
    partner_joiners: tuple[str, ...] = ()
    anchor_when_described: bool = False
    # a prefix ending with one of these (an activity: 产业化, 生产) needs an anchor
    anchor_after: tuple[str, ...] = ()
    # False: an activity before the suffix (样品生产, 区域制造) does not anchor it
    aim_anchors: bool = True
    phase_anchors: bool = False
    # True: the name holds only before a bracket of its place or section
    # (projects.yaml `qualifier_bracket`: X展(澳门)), and the word ends no
    # party elsewhere (发展 and 进展 split no name)
    needs_qualifier: bool = False
    # verbs that place a phased name in a named park ("位于X开发区的Y三期项目"):
    # the phase before the suffix and the park anchor it
    park_placed: tuple[str, ...] = ()
    # endings whose names an aim may name (empty: all of the rule's)
    aim_endings: tuple[str, ...] = ()
    # verbs after a body's name that stay in a project of that body (X医院新建Y工程)
    owner_verbs: tuple[str, ...] = ()
    # jieba tags of a two-character brand that alone makes the whole prefix (复星)
    brand_tags: tuple[str, ...] = ()
    # a name known by its kind alone (施政报告): its prefix is only what this
    # matches right before the suffix (a year), else nothing
    prefix_pattern: regex.Pattern | None = None
    # with no prefix, a place with its level may lead it (青禾市政府工作报告)
    place_lead: bool = False
    # the prefix must hold one of these (a section holds its bureau: 局, 委)
    inner_words: tuple[str, ...] = ()
    # a prefix holding one of these describes the thing (地标性, 示范性): no name
    describing_words: tuple[str, ...] = ()
    # a place (and a year) before generic words only is a category of the
    # place's things (湖州市重大项目), not a name
    place_with_kind: bool = False
    # a region word before generic words names one (北京大学, 西部证券): names.yaml `region_words`
    region_led: bool = False
    # a brand the dictionary holds only as a rare function word (长实, tagged
    # an adverb) opening its clause right before the suffix is the name: the
    # most times the dictionary may count it, 0 for none
    rare_brand_frequency: int = 0
    # a count right after the suffix ("项目10个"): what precedes is a kind
    # of thing counted, not a name
    counted_after: regex.Pattern | None = None
    # the suffix word must begin and end a word of the word view (中科 in
    # 其中|科技 or 中科院 is no park's short form)
    word_bounded: bool = False
    # names only a document written in traditional script uses (竹科, 變電所):
    # in a simplified text the same characters name other things
    traditional_only: bool = False
    # an ending that common words share (厂 of 水厂), named only where this
    # rule's prefix leads it: it ends no party where no name of this rule is
    ends_no_party: bool = False
    # endings of a body that runs the thing (供电公司): a name begins after the
    # last of them inside its prefix, the body being no part of it
    operator_endings: tuple[str, ...] = ()

    def follows_not_after(self, text: str, pos: int) -> bool:
        """Whether `text` before `pos` ends with a word this rule's names never follow."""
        if self.not_after_pattern is not None and self.not_after_pattern.search(text, max(0, pos - 20), pos):
            return True
        return (
            bool(self.not_after)
            and text.endswith(self.not_after, 0, pos)
            and not (self.not_after_except and text.endswith(self.not_after_except, 0, pos))
        )

    def refuses_before(self, text: str, pos: int) -> bool:
        """Whether `text` from `pos` (the suffix's end) begins with what this rule's names never precede.

        A word of `not_before`, or a match of `not_before_pattern`; a word of
        `placed_after` earlier in the name's clause lifts both
        (`is_placed`), which the caller checks with the name's start.
        """
        return bool(self.not_before and text.startswith(self.not_before, pos)) or (
            self.not_before_pattern is not None and self.not_before_pattern.match(text, pos) is not None
        )

    def is_placed(self, text: str, suffix_start: int) -> bool:
        """True when a word of `placed_after` opens the name's clause (在X科学城签署): a place."""
        if not self.placed_after:
            return False
        window = text[max(0, suffix_start - self.max_prefix) : suffix_start]
        clause = regex.split(r"[,.;:!?，。；：！？、\s]", window)[-1]
        return any(word in clause for word in self.placed_after)


@dataclass(frozen=True)
class ListRule:
    """Names listed with 、 and closed by 等 + a head noun (企业, 项目)."""

    table: str
    rule_id: str
    kind: str
    window: int
    min_item: int
    max_item: int
    not_between: tuple[str, ...]
    # a joiner left inside an item (not two names) marks a list of fields
    field_joiners: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListedCompanies:
    """Items of a signing list ("签约了A、B等12个项目") that name companies, not projects."""

    rule_id: str
    kind: str
    verbs: tuple[str, ...]
    max_short: int
    endings: tuple[str, ...]
    max_length: int


@dataclass(frozen=True)
class EnglishHead:
    """An English head word: the table and kind of the name it ends."""

    table: str
    rule_id: str
    kind: str


# --------------------------------------------------------------------------
# Compiling


def _word_scanner(
    words: set[str],
) -> tuple[
    re.Pattern,
    dict[str, tuple[str, ...]],
    dict[str, tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...]],
]:
    """What finds every suffix and known name on a line, overlapping ones included.

    Returns (pattern, endings, inner). The pattern runs over the reversed line:
    each match is the longest word ending at a position it reaches.
    `endings[word]` are the words that end where `word` ends (its suffixes),
    longest first. `inner[word]` lists, for each position k inside the word
    (last first), the words ending there: those that begin before the word
    (to be checked on the text) and those inside it, longest first.
    """
    by_last: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_last.setdefault(word[-1], []).append(word)
    pattern = re.compile(literal_pattern(word[::-1] for word in words))
    endings = {word: tuple(v for v in by_last[word[-1]] if word.endswith(v)) for word in words}
    inner = {}
    for word in words:
        entries = []
        for k in range(len(word) - 1, 0, -1):
            head = word[:k]
            candidates = by_last.get(head[-1], [])
            straddling = tuple(v for v in candidates if len(v) > k and v.endswith(head))
            inside = tuple(v for v in candidates if len(v) <= k and head.endswith(v))
            if straddling or inside:
                entries.append((k, straddling, inside))
        inner[word] = tuple(entries)
    return pattern, endings, inner


def _ending_pattern(pattern: str | None) -> regex.Pattern | None:
    """A rule's pattern, anchored to match only where the searched text ends."""
    return regex.compile(f"(?:{pattern})$") if pattern else None


def _with_shared(
    words: tuple[str, ...], pattern: str | None, shared: dict | None
) -> tuple[tuple[str, ...], str | None]:
    """A rule's own words and pattern with those of a names.yaml shared context (`shared`, or none)."""
    if not shared:
        return words, pattern
    words = (*flat(shared["words"]), *words)
    patterns = [part for part in (shared.get("pattern"), pattern) if part]
    return words, "|".join(f"(?:{part})" for part in patterns) if patterns else None


def _suffix_rules(
    table: str, document: dict, max_length: int, shared: dict | None = None
) -> list[tuple[str, SuffixRule]]:
    """(suffix word, rule) pairs of one rule file's `suffixes` list.

    `shared` holds names.yaml `shared_contexts`, which a rule's
    `context_shared` and `not_before_shared` name.
    """
    shared = shared or {}
    pairs = []
    for entry in document["suffixes"]:
        context_after, context_pattern = _with_shared(
            tuple(flat(entry.get("context_after"))),
            entry.get("context_pattern"),
            shared.get(entry.get("context_shared")),
        )
        not_before, not_before_pattern = _with_shared(
            tuple(flat(entry.get("not_before"))),
            entry.get("not_before_pattern"),
            shared.get(entry.get("not_before_shared")),
        )
        rule = SuffixRule(
            table=table,
            rule_id=f"{table}:{entry['id']}",
            kind=entry["kind"],
            min_prefix=entry.get("min_prefix", 1),
            max_prefix=entry.get("max_prefix", max_length),
            needs_specific=entry.get("needs_specific", False),
            generic_from=entry.get("generic_from", 0),
            admin_prefix=entry.get("admin_prefix", False),
            extend_right=entry.get("extend_right", False),
            not_before=not_before,
            not_after=tuple(flat(entry.get("not_after"))),
            not_after_except=tuple(flat(entry.get("not_after_except"))),
            placed_after=tuple(flat(entry.get("placed_after"))),
            not_after_pattern=_ending_pattern(entry.get("not_after_pattern")),
            not_before_pattern=regex.compile(not_before_pattern) if not_before_pattern else None,
            word_end_words=tuple(flat(entry.get("word_end_words"))),
            research_words=tuple(flat(entry.get("research_words"))),
            context_after=context_after,
            context_pattern=regex.compile(context_pattern) if context_pattern else None,
            label_before=tuple(flat(entry.get("label_before"))),
            label_items=regex.compile(entry["label_items"]) if entry.get("label_items") else None,
            title_after=entry.get("title_after", False),
            bare_with_title=entry.get("bare_with_title", False),
            joined_partners=entry.get("joined_partners", False),
            needs_anchor=entry.get("needs_anchor", False),
            needs_place=entry.get("needs_place", False),
            owner_before_place=entry.get("owner_before_place", False),
            needs_owner=entry.get("needs_owner", False),
            context_within=entry.get("context_within", 0),
            partner_before=tuple(flat(entry.get("partner_before"))),
            partner_after=tuple(flat(entry.get("partner_after"))),
            partner_joiners=tuple(flat(entry.get("partner_joiners"))),
            anchor_when_described=entry.get("anchor_when_described", False),
            anchor_after=tuple(flat(entry.get("anchor_after"))),
            aim_anchors=entry.get("aim_anchors", True),
            phase_anchors=entry.get("phase_anchors", False),
            needs_qualifier=entry.get("needs_qualifier", False),
            park_placed=tuple(flat(entry.get("park_placed"))),
            aim_endings=tuple(flat(entry.get("aim_endings"))),
            owner_verbs=tuple(flat(entry.get("owner_verbs"))),
            brand_tags=tuple(flat(entry.get("brand_tags"))),
            prefix_pattern=regex.compile(f"(?:{entry['prefix']})$") if entry.get("prefix") else None,
            place_lead=entry.get("place_lead", False),
            inner_words=tuple(flat(entry.get("inner_words"))),
            describing_words=tuple(flat(entry.get("describing_words"))),
            place_with_kind=bool(entry.get("place_with_kind", False)),
            region_led=bool(entry.get("region_led", False)),
            rare_brand_frequency=entry.get("rare_brand_frequency", 0),
            counted_after=regex.compile(entry["counted_after"]) if entry.get("counted_after") else None,
            word_bounded=bool(entry.get("word_bounded", False)),
            traditional_only=bool(entry.get("traditional_only", False)),
            ends_no_party=bool(entry.get("ends_no_party", False)),
            operator_endings=tuple(flat(entry.get("operator_endings"))),
        )
        pairs.extend((word, rule) for word in flat(entry["words"]))
    return pairs


def _list_rule(table: str, document: dict) -> tuple[ListRule, regex.Pattern]:
    """The "A、B、C等<head>" rule of one rule file and its pattern."""
    entry = document["list_context"]
    rule = ListRule(
        table=table,
        rule_id=f"{table}:{entry['id']}",
        kind=entry["kind"],
        window=entry.get("window", 12),
        min_item=entry.get("min_item", 2),
        max_item=entry.get("max_item", 12),
        not_between=tuple(flat(entry.get("not_between"))),
        field_joiners=tuple(flat(entry.get("field_joiners"))),
    )
    # What closes the list before its head: 等 by default, other words
    # (在内的), and with `counted`, a count of the items right before the head
    # (三家企业, or 三大运营商 as the largest of a trade are counted).
    heads = literal_pattern(flat(entry["heads"]))
    closers = [literal_pattern(flat(entry.get("closers")) or ["等"])]
    if entry.get("counted", False):
        closers.append(rf"(?<![超近约逾达共])(?=[0-9一二三四五六七八九十两几]+[家个大](?:{heads}))")
    pattern = regex.compile(f"(?:{'|'.join(closers)})[^,.;:!?。！？]{{0,{rule.window}}}?(?:{heads})")
    return rule, pattern


def _jieba_organisation_words(min_length: int) -> list[str]:
    """Words tagged `nt` (organisation) in jieba's bundled dictionary."""
    import jieba

    dictionary = Path(jieba.__file__).resolve().parent / "dict.txt"
    words = []
    with dictionary.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3 and parts[2] == "nt" and len(parts[0]) >= min_length:
                words.append(parts[0])
    return words


@dataclass(frozen=True)
class RepeatedNames:
    """Names of one table that a document, once a rule found them, names again
    (`repeated_names` of organisations.yaml and projects.yaml).

    `rules` find the Chinese names that seed it (of `lengths` characters, and
    counted at most `max_frequency` times by the dictionary: not a common
    word); `english_rules` the English ones (of `min_english_length`
    characters at least).
    """

    rule_id: str
    rules: frozenset[str]
    english_rules: frozenset[str]
    lengths: tuple[int, int]
    min_english_length: int
    max_frequency: int


def _repeated_names(table: str, entry: dict) -> RepeatedNames:
    return RepeatedNames(
        rule_id=f"{table}:{entry['id']}",
        rules=frozenset(f"{table}:{rule_id}" for rule_id in flat(entry.get("rules"))),
        english_rules=frozenset(f"{table}:{rule_id}" for rule_id in flat(entry.get("english_rules"))),
        lengths=(entry.get("min_length", 3), entry.get("max_length", 8)),
        min_english_length=entry.get("min_english_length", 3),
        max_frequency=entry.get("max_frequency", 0),
    )


@dataclass(frozen=True)
class DescriptiveNames:
    """What tells a descriptive phrase before a project's ending from a name
    (`descriptive_names` of projects.yaml).

    The suffix rules of `rules`, and any suffix rule at an ending of
    `endings` after a short prefix (`endings_max_prefix` characters at
    most), drop a name whose words before the ending are
    all common: `industry_words` (words of industry the dictionary does not
    know or tags as proper: 光伏, 绿氢, 高精尖), generic words, words of
    `naming_tags` the dictionary counts at least `common_frequency` times
    (智慧, tagged as a person), and words of other tags, a place's excepted,
    it counts at least `rare_frequency` times. `rule_id` names the setting:
    its examples are texts where no rule of the table finds a name.
    """

    rule_id: str
    rule_ids: frozenset[str]
    endings: frozenset[str]
    endings_max_prefix: int
    industry_words: tuple[str, ...]
    common_frequency: int
    rare_frequency: int
    naming_tags: frozenset[str]


def _descriptive_names(table: str, entry: dict | None) -> DescriptiveNames | None:
    if not entry:
        return None
    return DescriptiveNames(
        rule_id=f"{table}:{entry['id']}",
        rule_ids=frozenset(f"{table}:{rule_id}" for rule_id in flat(entry.get("rules"))),
        endings=frozenset(flat(entry.get("endings"))),
        endings_max_prefix=entry.get("endings_max_prefix", 0),
        industry_words=tuple(sorted(set(flat(entry.get("industry_words"))), key=len, reverse=True)),
        common_frequency=entry.get("common_frequency", 1000),
        rare_frequency=entry.get("rare_frequency", 100),
        naming_tags=frozenset(flat(entry.get("naming_tags"))),
    )


def _place_starts(orgs: dict) -> list[str]:
    """The place names of organisations.yaml `places` (with the division table when enabled)."""
    places = orgs.get("places") or {}
    if places.get("mainland_divisions", False):
        return place_names(flat(places.get("outside_mainland")))
    return flat(places.get("outside_mainland"))


class NameRules:
    """Everything the name search needs, compiled from one rule set's three rule files."""

    def __init__(self, ruleset: RuleSet) -> None:
        # names.yaml names rules and kinds of the other two: their own faults are reported first
        orgs, self.org_kinds = checked(ruleset, ORGANISATIONS)
        projects, self.project_kinds = checked(ruleset, PROJECTS)
        names = ruleset.file(NAMES)
        check(names, NAMES_SCHEMA, ruleset.path(NAMES), ruleset)
        self._lock = threading.Lock()
        self._per_text: dict[Callable, Callable] = {}
        self._derived: dict[Callable, object] = {}

        self.max_name_length: int = names.get("max_name_length", 30)
        self.route_joiners = tuple(flat(names.get("route_joiners")))
        dash_route = names.get("dash_route", "")
        self.dash_route = regex.compile(dash_route) if dash_route else None
        count = names.get("count_pattern", "")
        punctuation = names.get("name_punctuation", "")
        joiners = regex.escape(names.get("digit_joiners", ""))
        units = regex.escape(names.get("capacity_joiners", ""))
        non_name = rf"[^\p{{Han}}A-Za-z0-9{regex.escape(punctuation)}{joiners}{units}]"
        alternatives = [non_name]
        if joiners:
            # a joiner is part of a name between two digits only (5+2)
            alternatives += [rf"(?<![0-9])[{joiners}]", rf"[{joiners}](?![0-9])"]
        if units:
            # a capacity's joiner after a letter or a digit and before a digit (100MW/200MWh)
            alternatives += [rf"(?<![A-Za-z0-9])[{units}]", rf"[{units}](?![0-9])"]
        if len(alternatives) > 1:
            non_name = f"(?:{'|'.join(alternatives)})"
        generation = names.get("decimal_generation", "")
        if generation:
            # a point or a plus inside a production line's generation (第8.5代, G8.5+) is no boundary
            non_name = f"(?!{generation}){non_name}"
        latin_space = names.get("latin_name_space", "")
        if latin_space:
            # a space inside a Latin name written in Chinese text (Blue Harbor Energy公司) is no boundary
            non_name = f"(?!{latin_space}){non_name}"
        day = names.get("bracketed_day_pattern", "")
        # A short form declared in brackets ("X合作区(下称合作区)统计局") ends
        # the text before the body named after it: no name spans the note.
        note_words = flat((names.get("alias_note") or {}).get("words"))
        note = rf"\((?:{literal_pattern(note_words)})(?:[^()]{{0,16}}\))?" if note_words else ""
        # Searched backwards from a suffix: the nearest punctuation, count, bracketed day or short-form note.
        self.reverse_boundary = regex.compile(
            f"(?r){non_name}"
            + (f"|{count}" if count else "")
            + (f"|{day}" if day else "")
            + (f"|{note}" if note else "")
        )
        # Boundary and keep words in one alternation, longest first: matched
        # leftmost-longest, 自由 (keep) hides the boundary 由 inside it.
        self.boundary_word_kinds: dict[str, bool] = dict.fromkeys(flat(names.get("keep_words")), False)
        for word in flat(names["boundary_words"]):
            self.boundary_word_kinds.setdefault(word, True)
        # Place names holding a boundary word (成都, 于都, 将乐) are kept whole.
        boundaries = [word for word, kind in self.boundary_word_kinds.items() if kind]
        holder = re.compile(literal_pattern(boundaries))
        for place in _place_starts(orgs):
            if place not in self.boundary_word_kinds and holder.search(place):
                self.boundary_word_kinds[place] = False
        self.boundary_word_pattern = re.compile(literal_pattern(self.boundary_word_kinds))
        self.conjunctions = tuple(sorted(set(flat(names.get("conjunctions")))))
        self.party_words = frozenset(flat(names.get("party_words")))
        regions = names.get("region_words") or {}
        self.region_words = tuple(flat(regions.get("words")))
        self.region_not_before = tuple(flat(regions.get("not_before")))
        sector = names.get("sector_after") or {}
        self.sector_after = (tuple(flat(sector.get("words"))), tuple(flat(sector.get("except"))))
        name_verbs = names.get("name_verbs") or {}
        self.name_verbs = frozenset(flat(name_verbs.get("words")))
        self.name_verbs_not_after = tuple(flat(name_verbs.get("not_after")))
        self.name_verbs_kinds = frozenset(flat(name_verbs.get("kinds")))
        generic = flat(names["generic_words"])
        project_generic = flat(projects.get("generic_words")) + flat(projects.get("setting_words"))
        digits = names["generic_number"]
        conjunction_class = "".join(sorted(self.conjunctions)) or "与"
        self.generic_org = regex.compile(f"(?:{literal_pattern(generic)}|{digits}|[{conjunction_class}])+")
        self.generic_project = regex.compile(
            f"(?:{literal_pattern(generic + project_generic)}|{digits}|[{conjunction_class}])+"
        )
        self.is_generic_prefix = _generic_matcher(self.generic_org, self.generic_project)
        self.generic_words = frozenset(generic + project_generic)
        self.descriptive_names = _descriptive_names(PROJECTS, projects.get("descriptive_names"))
        view = names.get("word_view") or {"enabled": False}
        self.word_view = WordView(view, frozenset(generic))
        self.clause_kinds = frozenset(flat(view.get("clause_kinds")))
        anchor = names.get("anchor") or {}
        self.word_view.with_anchor(
            frozenset(flat(anchor.get("tags"))) or self.word_view.proper,
            anchor.get("min_length", 2),
            frozenset(flat(anchor.get("aim_tags"))),
            frozenset(flat(anchor.get("coined_tags"))),
            tuple(flat(anchor.get("field_endings"))),
        )
        roles = flat(names.get("role_words"))
        self.role_pattern = regex.compile(f"(?r){literal_pattern(roles)}") if roles else None
        indefinite = flat(names.get("indefinite_words"))
        described = [f"(?:{literal_pattern(indefinite)})"] if indefinite else []
        if count:
            described.append(f"(?:{count})")
        if names.get("measure_described"):
            described.append(f"(?:{names['measure_described']})")
        # Searched with the name's start as the end of the text: what ends right before it.
        self.indefinite_pattern = regex.compile(f"(?:{'|'.join(described)})$") if described else None
        # A superlative or a count a few words before a short form used again
        # ("规模最大的电网侧储能电站"): the words between qualify a kind.
        self.described_before_pattern = (
            regex.compile(f"(?:{literal_pattern(indefinite)})\\p{{Han}}{{1,4}}$") if indefinite else None
        )
        self.anchor_pattern = regex.compile(anchor["pattern"]) if anchor.get("pattern") else None
        self.amount_pattern = regex.compile(anchor["amount"]) if anchor.get("amount") else None
        self.capacity_pattern = regex.compile(anchor["capacity"]) if anchor.get("capacity") else None
        self.min_before_capacity: int = anchor.get("min_before_capacity", 3)
        self.leading_size = regex.compile(anchor["leading_size"]) if anchor.get("leading_size") else None
        # A short quoted part right before a name belongs to it: “十四五”发展规划.
        self.max_quoted_lead: int = names.get("quoted_lead_max_length", 0)
        self.quoted_lead_kinds = frozenset(flat(names.get("quoted_lead_kinds")) or ("program", "policy"))
        self.quoted_lead = (
            regex.compile(rf"[“「\"][^“”「」\",。;:!?、]{{1,{self.max_quoted_lead}}}[”」\"]$")
            if self.max_quoted_lead
            else None
        )
        leading_date = names.get("leading_date", "")
        self.leading_date = regex.compile(leading_date) if leading_date else None
        dateline = names.get("dateline_bracket", "")
        self.dateline_bracket = regex.compile(dateline) if dateline else None
        session = names.get("event_session", "")
        # searched with the name's start as the end of the text
        self.event_session = regex.compile(f"(?:{session})$") if session else None

        self.admin_prefixes = tuple(flat(orgs.get("admin_prefixes")))
        # Where an office's name may begin: an administrative prefix or a place name.
        starts = list(self.admin_prefixes) + _place_starts(orgs)
        # ... but not where it begins another word (区域, 市民): no place there.
        # "各省能源局": a prefix after these is every such place's office, not one body
        self.every_words = tuple(flat(orgs.get("every_words")))
        every_places = flat(orgs.get("every_places"))
        every_list_heads = flat(orgs.get("every_list_heads"))
        # "各省能源局、发改委": every such body, to the end of a list led by 各
        # whose items are bodies ("各地游客、国家电网" lists no bodies of every place)
        every_list = (
            f"(?:[^,.;:!?，。；：！？、]{{0,11}}(?:{literal_pattern(every_list_heads)})、)*"
            if every_list_heads
            else ""
        )
        self.every_pattern = (
            regex.compile(
                f"(?r)(?:{literal_pattern(self.every_words)})(?:{literal_pattern(every_places)})?{every_list}"
            )
            if self.every_words
            else None
        )
        self.own_places = tuple(flat(orgs.get("own_places")))
        # "各地文旅局", "各省人民医院": what follows these is the body of every place
        self.every_leads = tuple(word + place for word in self.every_words for place in ("", *every_places))
        self.township_prefixes = tuple(flat(orgs.get("township_prefixes")))
        self.township_name_tags = frozenset(flat(orgs.get("township_name_tags")))
        self.coined_place_prefixes = frozenset(flat(orgs.get("coined_place_prefixes")))
        not_admin = flat(orgs.get("not_admin_words"))
        not_here = f"(?!{literal_pattern(not_admin)})" if not_admin else ""
        self.admin_start = re.compile(not_here + f"(?:{literal_pattern(starts)})") if starts else None
        # The same words, searched without the pattern (see `WordSet`): `admin_start.search`.
        self.admin_words = WordSet(starts)
        self.not_admin_words = WordSet(not_admin) if not_admin else None
        self.not_admin_tails = frozenset(flat(orgs.get("not_admin_tails")))
        places = _place_starts(orgs)
        self.place_pattern = re.compile(literal_pattern(places)) if places else None
        self.place_set = WordSet(places)  # place_pattern's words, asked without it
        # "赴溧阳", "访澳门": a verb of movement (checked for a place after it).
        movement = flat(names.get("movement_verbs"))
        self.movement_verbs = re.compile(literal_pattern(movement)) if movement and places else None
        self.title_words = tuple(flat(orgs.get("title_words")))

        # One automaton: every suffix and every known name.
        self.suffixes: dict[str, list[SuffixRule]] = {}
        for table, document in ((ORGANISATIONS, orgs), (PROJECTS, projects)):
            for word, rule in _suffix_rules(
                table, document, self.max_name_length, names.get("shared_contexts")
            ):
                self.suffixes.setdefault(word, []).append(rule)
        # rules whose names only a document in traditional script uses
        self.traditional_only_rules = frozenset(
            rule.rule_id for rules in self.suffixes.values() for rule in rules if rule.traditional_only
        )
        self.known: dict[str, tuple[str, str]] = {}  # name -> (rule_id, kind)
        # name -> what must not follow it (经济部 in 经济部署 is no ministry)
        self.known_not_before: dict[str, tuple[str, ...]] = {}
        # name -> what may follow it though it begins with a `not_before` word
        # (经济部分析: 分析 is a verb, where 经济部分 is a part of the economy)
        self.known_not_before_except: dict[str, tuple[str, ...]] = {}
        # names that must begin a word as the segmenter reads the line (政院
        # ends 市政院落 and 家政院校, where 市政 and 家政 are the words)
        self.known_word_start: set[str] = set()
        # name -> (tags, words): what the word after a name must be, when the
        # name also begins other bodies' names (北大青鸟, 复旦张江)
        self.known_then: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        for entry in orgs.get("gazetteer", []):
            for name in flat(entry["names"]):
                self.known[name] = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
                if entry.get("not_before"):
                    self.known_not_before[name] = tuple(flat(entry["not_before"]))
                if entry.get("not_before_except"):
                    self.known_not_before_except[name] = tuple(flat(entry["not_before_except"]))
                if entry.get("word_start", False):
                    self.known_word_start.add(name)
                then = entry.get("then")
                if then:
                    tags, words = frozenset(flat(then.get("tags"))), frozenset(flat(then.get("words")))
                    self.known_then[name] = (tags, words)
        jieba_settings = orgs.get("jieba_dictionary", {})
        if jieba_settings.get("enabled", False):
            self._add_jieba_words(jieba_settings)
        # the longest known name: no known name starts a text longer than this
        self.longest_known = max(map(len, self.known), default=0)

        self.word_scan, self.word_endings, self.word_inner = _word_scanner(
            set(self.suffixes) | set(self.known)
        )

        right = projects.get("right_extension", "")
        self.right_extension = regex.compile(right) if right else None
        phase = projects.get("phase_anchor", "")
        self.phase_anchor = regex.compile(phase) if phase else None
        qualifier = projects.get("qualifier_bracket", "")
        self.qualifier_bracket = regex.compile(qualifier) if qualifier else None
        # the same phase ending the text before a suffix (X三期项目)
        self.phase_before = regex.compile(f"(?:{phase})$") if phase else None

        titles = projects["title_marks"]
        self.title_rule = (f"{PROJECTS}:{titles['id']}", titles["kind"])
        # what follows a title that names a speech or an essay, not a document (以《…》为题)
        self.title_not_before: tuple[str, ...] = tuple(flat(titles.get("not_before")))
        # titles of newspapers and wire services name a publisher, not a project
        self.title_publications: tuple[str, ...] = tuple(flat(titles.get("publication_endings")))
        # a body's own standing documents (公司章程) name no policy
        self.title_generic: frozenset[str] = frozenset(flat(titles.get("generic_titles")))
        # documents named by their kind alone (合作框架协议, 投资合同) name no policy either
        generic_title = titles.get("generic_title_pattern")
        self.title_generic_pattern: regex.Pattern | None = (
            regex.compile(generic_title) if generic_title else None
        )
        low, high = titles.get("min_length", 2), titles.get("max_length", 60)
        # a title cut by a line break is no name: its parts on each line are
        # pieces of one title ("《关于公司2022年投资计" … "划的议案》")
        self.title_pattern = regex.compile(rf"《([^《》]{{{low},{high}}})》")
        quoted = projects["quoted_names"]
        self.quoted_rule = (f"{PROJECTS}:{quoted['id']}", quoted["kind"])
        low, high = quoted.get("min_length", 4), quoted.get("max_length", 40)
        # quoted names of other endings have their own kind (“…基地项目” facility, “…记者会” event)
        self.quoted_kinds: dict[str, str] = {
            word: kind
            for kind, words in (quoted.get("kinds_by_suffix") or {}).items()
            for word in flat(words)
        }
        self.quoted_kind_endings = tuple(sorted(self.quoted_kinds, key=len, reverse=True))
        # a clause quoted from speech ("没有拿到补贴") ends as a name would but names nothing
        speech = quoted.get("speech_pattern")
        self.quoted_speech: regex.Pattern | None = regex.compile(speech) if speech else None
        endings = literal_pattern(flat(quoted["suffixes"]) + list(self.quoted_kinds))
        # straight, curly or corner quotes (「…」 in Hong Kong and Taiwan text)
        # (a plan's version may follow its ending: 「X计划3.0」, “X行动方案2.0”)
        self.quoted_pattern = regex.compile(
            rf"[“\"「]([^“”「」\",。;:]{{{max(low - 2, 0)},{high}}}(?:{endings})"
            rf"(?:[0-9]{{1,2}}\.[0-9])?)[”\"」]"
        )

        self.list_rules = [_list_rule(ORGANISATIONS, orgs), _list_rule(PROJECTS, projects)]
        self._compile_acting_subjects(orgs.get("acting_subjects"))
        self._compile_subsidiaries(orgs.get("subsidiaries"))
        self._compile_described_companies(orgs.get("described_companies"))
        self._compile_foreign_owned(orgs.get("foreign_owned"))
        self._compile_transcribed_brands(orgs.get("transcribed_brands"))
        self._compile_list_siblings(orgs.get("list_siblings"), orgs)
        self._compile_listed_short_names(orgs.get("listed_short_names"))
        self._compile_coded_companies(orgs.get("coded_companies"))
        self._compile_built_bodies(orgs.get("built_bodies"))
        fields = orgs.get("listed_fields", "")
        self.listed_fields = regex.compile(f"(?:{fields})$") if fields else None
        introduced = orgs.get("introduced_list")
        self.introduced_rule: tuple[str, str] | None = None
        self.introduced_pattern: regex.Pattern | None = None
        self.introduced_joiners: regex.Pattern | None = None
        self.introduced_items: tuple[int, int] = (2, 8)
        if introduced:
            self.introduced_rule = (f"{ORGANISATIONS}:{introduced['id']}", introduced["kind"])
            heads = literal_pattern(flat(introduced["heads"]))
            self.introduced_pattern = regex.compile(
                rf"(?:{heads})(?:{literal_pattern(flat(introduced['introducers']))})[:：]?"
            )
            joiners = flat(introduced.get("joiners"))
            self.introduced_joiners = regex.compile(literal_pattern(joiners)) if joiners else None
            self.introduced_items = (introduced.get("min_item", 2), introduced.get("max_item", 8))
        self.repeated: dict[str, RepeatedNames] = {
            table: _repeated_names(table, document.get("repeated_names"))
            for table, document in ((ORGANISATIONS, orgs), (PROJECTS, projects))
            if document.get("repeated_names")
        }
        listed = orgs.get("listed_companies")
        self.listed_companies = (
            ListedCompanies(
                rule_id=f"{ORGANISATIONS}:{listed['id']}",
                kind=listed["kind"],
                verbs=tuple(flat(listed["verbs"])),
                max_short=listed.get("max_short", 3),
                endings=tuple(flat(listed.get("endings"))),
                max_length=listed.get("max_length", 6),
            )
            if listed
            else None
        )

        # Project names a document later uses without their place.
        short_forms = names.get("short_forms") or {}
        self.min_short_form: int = short_forms.get("min_length", 0)
        # a word right after the place that the short form may drop too (国际)
        self.short_form_dropped_leads = tuple(flat(short_forms.get("dropped_leads")))
        self.company_short_rules = frozenset(
            f"{ORGANISATIONS}:{rule_id}" for rule_id in flat(short_forms.get("company_rules"))
        )
        # the companies whose short form is their name without its suffix (台水公司 -> 台水)
        self.bare_short_rules = frozenset(
            f"{ORGANISATIONS}:{rule_id}" for rule_id in flat(short_forms.get("bare_rules"))
        )
        self.bare_short_suffixes = tuple(
            sorted(
                (
                    word
                    for word, rules in self.suffixes.items()
                    if any(r.rule_id in self.bare_short_rules for r in rules)
                ),
                key=len,
                reverse=True,
            )
        )
        self.place_words = frozenset(flat(short_forms.get("place_words")))
        self.place_endings = tuple(flat(short_forms.get("place_endings")))
        self.max_company_short: int = short_forms.get("max_company_short", 4)
        self.initial_rules = frozenset(
            f"{ORGANISATIONS}:{rule_id}" for rule_id in flat(short_forms.get("initial_rules"))
        )
        self.initial_endings = tuple(sorted(flat(short_forms.get("initial_endings")), key=len, reverse=True))
        self.initial_name_tags = frozenset(flat(short_forms.get("initial_name_tags")))
        self.initial_stem_lengths = (
            short_forms.get("min_initial_stem", 4),
            short_forms.get("max_initial_stem", 8),
        )
        self.whole_name_rules = frozenset(
            f"{PROJECTS}:{projects[key]['id']}" for key in ("title_marks", "quoted_names", "list_context")
        )
        # Short forms a document declares: "(以下简称“生命园”)".
        alias = names.get("alias_note") or {}
        self.alias_trigger = regex.compile(literal_pattern(flat(alias.get("words")) or ["简称"]))
        # The short form is quoted, or it fills the rest of the brackets
        # ("(简称市发改委)"), a brand's capitals before its characters too
        # ("(下称QL青禾)").
        longest = alias.get("max_length", 12)
        self.alias_pattern = regex.compile(
            rf"\(?(?:{literal_pattern(flat(alias.get('words')) or ['简称'])})[为:]?\s*(?:[“\"「]《?"
            rf"(?P<alias>[^“”\"「」《》()]{{2,{longest}}})》?[”\"」]|(?P<alias>(?:[A-Z]{{2,6}})?\p{{Han}}{{2,{longest}}})(?=\)))"
        )
        self.acronym_pattern = regex.compile(alias["acronym"]) if alias.get("acronym") else None
        self.chinese_acronym_pattern = (
            regex.compile(alias["chinese_acronym"]) if alias.get("chinese_acronym") else None
        )
        # An acronym in brackets after a body's English name that is no acronym of
        # its words (a Macau body's Portuguese one: "Lands Bureau (DSCO)").
        self.body_acronym_pattern = (
            regex.compile(alias["body_acronym"]) if alias.get("body_acronym") else None
        )
        # A Chinese short form alone in brackets right after the name ("(产发署)").
        self.bracketed_short_pattern = regex.compile(alias["bracketed"]) if alias.get("bracketed") else None
        # A listed company's short name after its label ("证券简称:X", "股票简称:X").
        labels = flat(alias.get("listing_labels"))
        self.listing_pattern = (
            regex.compile(
                rf"(?:{literal_pattern(labels)})\s*[:：]\s*(?P<alias>\p{{Han}}[\p{{Han}}A-Z]{{1,7}})"
            )
            if labels
            else None
        )
        self.alias_rule_ids = {
            table: f"{table}:{document['aliases']['id']}" if "aliases" in document else f"{table}:alias"
            for table, document in ((ORGANISATIONS, orgs), (PROJECTS, projects))
        }

        self._compile_english(names["english"], orgs, projects)
        self._compile_english_built(projects.get("english_built"))
        self._compile_english_buildings(projects.get("english_buildings"))
        self.shared_screen = share_screens(vars(self).values())

    def _compile_english_built(self, entry: dict | None) -> None:
        """English centres that are built or opened: facilities (projects), not bodies."""
        self.english_built_rule: tuple[str, str] | None = None
        self.english_built_heads: frozenset[str] = frozenset()
        self.english_built_before: regex.Pattern | None = None
        self.english_built_after: regex.Pattern | None = None
        if not entry:
            return
        self.english_built_rule = (f"{PROJECTS}:{entry['id']}", entry["kind"])
        self.english_built_heads = frozenset(flat(entry["heads"]))
        before, after = flat(entry.get("before")), flat(entry.get("after"))
        if before:
            self.english_built_before = regex.compile(
                rf"\b(?:{literal_pattern(before)}) (?:the |a |an |new )*$", regex.IGNORECASE
            )
        if after:
            self.english_built_after = regex.compile(
                rf"(?:,[^,;.]{{0,60}},)? (?:(?:was|is|has been|will be|to be|being) )?"
                rf"(?:{literal_pattern(after)})\b"
            )

    def _compile_english_buildings(self, entry: dict | None) -> None:
        """English towers, plazas, malls and hotels that are built or opened: facilities."""
        self.english_building_rule: tuple[str, str] | None = None
        self.english_building_heads: frozenset[str] = frozenset()
        self.english_building_patterns: tuple[regex.Pattern, ...] = ()
        self.english_building_not_after: frozenset[str] = frozenset()
        self.english_building_not_head_after: frozenset[str] = frozenset()
        self.english_building_not_phase_before: regex.Pattern | None = None
        if not entry:
            return
        self.english_building_rule = (f"{PROJECTS}:{entry['id']}", entry["kind"])
        heads = flat(entry["heads"])
        self.english_building_heads = frozenset(head.rsplit(" ", 1)[-1] for head in heads)
        self.english_building_not_after = frozenset(flat(entry.get("not_after")))
        self.english_building_not_head_after = frozenset(flat(entry.get("not_head_after")))
        word = r"[A-Z][\w'’&.\-]*"
        inner = rf"(?:{word}|of|and|&|[0-9][\w\-]*)"
        phase = r" Phase (?:[IVX]{1,4}|[0-9]{1,2})"
        # a capitalised run closed by a head (and maybe its phase), or by a phase alone;
        # a capitalised word after it makes it part of a longer name ("Lanfeng Tower Holdings")
        name = (
            rf"(?P<name>(?<![\w'’&\-])(?:{word}(?: {inner}){{0,5}} (?:{literal_pattern(heads)})(?:{phase})?"
            rf"|{word}(?: {word}){{0,3}}{phase}))(?![\w'’\-]| [A-Z0-9])"
        )
        before = literal_pattern(flat(entry["before"]))
        after = literal_pattern(flat(entry["after"]))
        self.english_building_patterns = (
            regex.compile(rf"(?i:\b(?:{before})) (?:the |new |its |their )*{name}"),
            regex.compile(
                # (or a comma alone, where the verb opens an aside: "X Plaza, completed in 2019, ...")
                rf"{name}(?:,[^,;.]{{0,60}},|,)? (?:(?:was|is|has been|will be|to be|being|has|have|had) )?"
                # (a verb with an object is what its owner does: "X Plaza opened a food court"; "opened its
                # doors" is its own opening)
                rf"(?:{after})\b(?! (?:a|an|the|two|three|four|five|new)\b)"
            ),
        )
        not_phase_before = flat(entry.get("not_phase_before"))
        if not_phase_before:
            self.english_building_not_phase_before = regex.compile(
                rf" (?:{literal_pattern(not_phase_before)})\b"
            )

    def _compile_acting_subjects(self, entry: dict | None) -> None:
        """Chinese names without a suffix that act as companies: "华为与腾讯签署", "台积电落户"."""
        self.acting_subject_rule: tuple[str, str] | None = None
        # a bare brand acting in a headline counts only where the body names it too
        self.acting_headline_needs_name = False
        # each screened by the literals its matches hold (a verb, a title)
        self.acting_subject_pattern: ScreenedPattern | None = None
        self.acting_partner_pattern: ScreenedPattern | None = None
        self.acting_not_last_tags: frozenset[str] = frozenset()
        self.acting_not_last_words: tuple[str, ...] = ()
        self.acting_verbs: tuple[str, ...] = ()
        self.acting_quantifiers: tuple[str, ...] = ()
        self.acting_counted: regex.Pattern | None = None
        self.person_titles: tuple[str, ...] = ()
        if not entry:
            return
        self.acting_subject_rule = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
        self.acting_headline_needs_name = bool(entry.get("headline_needs_name", False))
        self.acting_not_last_tags = frozenset(flat(entry.get("not_last_tags")))
        self.acting_not_last_words = tuple(flat(entry.get("not_last_words")))
        # what the subject does is no part of its name (同时签署: 同 of 同时 read as a joiner)
        self.acting_verbs = tuple(flat(entry["verbs"]) + flat(entry.get("partner_verbs")))
        # a quantifier or a count before a kind names many bodies, not one (多家央企, 12家车企)
        self.acting_quantifiers = tuple(flat(entry.get("quantifiers")))
        if entry.get("counted"):
            self.acting_counted = regex.compile(entry["counted"])
        low, high = entry.get("min_length", 2), entry.get("max_length", 5)
        # a joiner (与, 和) may begin a name (和黄医药), not sit inside one
        joiners = flat(entry.get("joiners"))
        inner = rf"(?:(?!{literal_pattern(joiners)})\p{{Han}})" if joiners else r"\p{Han}"
        name = rf"\p{{Han}}{inner}{{{max(low - 1, 0)},{high - 1}}}"
        clause = clause_start("")
        adverb = optional_words(entry.get("adverbs"))
        verbs = literal_pattern(flat(entry["verbs"]))
        # A clause that starts with the name and goes on with what it does.
        # when and where it acts may stand between the name and the verb
        # (澜途去年在苏州投资设立, 澜途今年在东湖设厂)
        # `placed_verbs` count only after the place ("深圳等地设立" is no
        # company setting up)
        when = f"(?:{entry['when']})?" if entry.get("when") else ""
        acts = f"(?:{verbs})"
        if entry.get("where"):
            after_place = literal_pattern(flat(entry["verbs"]) + flat(entry.get("placed_verbs")))
            acts = f"(?:(?:{entry['where']}){adverb}(?:{after_place})|{acts})"
        self.acting_subject_pattern = screened(
            regex.compile(rf"{clause}(?P<a>{name}?){adverb}{when}{adverb}{acts}")
        )
        titles = flat(entry.get("titles"))
        self.acting_title_pattern: ScreenedPattern | None = None
        # a title before a person's name (校长王海) makes no name of either
        self.person_titles = tuple(sorted(flat(entry.get("person_titles")), key=len, reverse=True))
        if titles:
            # a clause that begins with the name and a person's title in it
            # ("青禾精密董事长表示"); long enough not to be a person's name
            shortest = max(entry.get("title_min_length", 4), low)
            titled = rf"\p{{Han}}{inner}{{{shortest - 1},{high - 1}}}"
            title = literal_pattern(titles)
            # a company's regional arm between the name and the title ("X亚太区
            # 总裁表示") is no part of the name, which may then be short (a
            # person's name holds no region)
            divisions = flat(entry.get("title_divisions"))
            if divisions:
                division = literal_pattern(divisions)
                # (every match holds a title: the screen's literals, which the
                # reader cannot take out of the two branches)
                self.acting_title_pattern = screened(
                    regex.compile(rf"{clause}(?:(?P<a>{name}?)(?:{division})|(?P<a>{titled}?))(?:{title})"),
                    literals=titles,
                )
            else:
                self.acting_title_pattern = screened(regex.compile(rf"{clause}(?P<a>{titled}?)(?:{title})"))
        speech = entry.get("speech") or {}
        self.acting_speech_pattern: ScreenedPattern | None = None
        self.speech_sides = tuple(flat(speech.get("sides")))
        self.speaker_nouns = tuple(flat(speech.get("speaker_nouns")))
        self.speech_kind_endings = tuple(flat(speech.get("kind_endings")))
        self.surnames = frozenset(flat(speech.get("surnames")))
        self.compound_surnames = tuple(flat(speech.get("compound_surnames")))
        self.speech_word_tags = frozenset(flat(speech.get("word_tags")))
        self.speech_not_first_tags = frozenset(flat(speech.get("not_first_tags")))
        self.speech_not_last_tags = frozenset(flat(speech.get("not_last_tags")))
        self.speech_evidence_rule = f"{ORGANISATIONS}:{speech['id']}" if speech else ""
        if speech.get("verbs"):
            # a clause that begins with the name, its side (方面) maybe, and what it says
            side = optional_words(speech.get("sides"))
            short = rf"\p{{Han}}{inner}{{{max(low - 1, 0)},{speech.get('max_length', high) - 1}}}"
            self.acting_speech_pattern = screened(
                regex.compile(
                    rf"{clause}(?P<a>{short}?)(?P<side>{side}){adverb}(?:{literal_pattern(flat(speech['verbs']))})"
                )
            )
        partner_verbs = flat(entry.get("partner_verbs"))
        if joiners and partner_verbs:
            # Two short names at the clause's start ("华为与腾讯签署"), or a
            # short partner after a longer subject ("X集团有限公司与华为签署"),
            # whose own rules find it: group `a` is then unmatched.
            # a first partner may also follow a word that introduces the
            # parties ("由A与B共同出资")
            openers = flat(entry.get("partner_openers"))
            opened = rf"(?:{clause}|(?<={literal_pattern(openers)}))" if openers else clause
            self.acting_partner_pattern = screened(
                regex.compile(
                    rf"(?:{opened}(?P<a>{name}?)|(?<=\p{{Han}}))(?:{literal_pattern(joiners)})(?P<b>{name}?)"
                    rf"{adverb}(?:{literal_pattern(partner_verbs)})"
                )
            )

    def _compile_subsidiaries(self, entry: dict | None) -> None:
        """A company named after its parent and a word of belonging: "X集团旗下的Y负责"."""
        self.subsidiary_rule: tuple[str, str] | None = None
        self.subsidiary_pattern: ScreenedPattern | None = None
        if not entry:
            return
        self.subsidiary_rule = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
        # the parent's last character, then the word of belonging
        markers = literal_pattern(flat(entry["markers"]))
        self.subsidiary_pattern = screened(regex.compile(rf"(?<=\p{{Han}})(?:{markers})(?=\p{{Han}})"))
        self.subsidiary_lengths = (entry.get("min_length", 2), entry.get("max_length", 6))
        self.subsidiary_not_first = tuple(flat(entry.get("not_first")))
        self.subsidiary_stop_words = frozenset(flat(entry.get("stop_words")))
        self.subsidiary_stop_tags = frozenset(flat(entry.get("stop_tags")))

    def _compile_described_companies(self, entry: dict | None) -> None:
        """Companies named where their position says so: "电池制造商X", "收购了X", "X旗下的Y"."""
        self.described_rule: tuple[str, str] | None = None
        self.described_pattern: regex.Pattern | None = None
        # every literal a match of `described_pattern` begins with: a match begins
        # only where one of them does, and a line without one has none
        self.described_starts: LiteralScreen | None = None
        self.supply_pattern: ScreenedPattern | None = None
        self.supply_not_last: tuple[str, ...] = ()
        self.supply_item: regex.Pattern | None = None
        self.parent_pattern: ScreenedPattern | None = None
        self.owner_pattern = None
        self.described_kinds: frozenset[str] = frozenset()
        self.described_joiners: tuple[str, ...] = ()
        self.described_place_tails: tuple[str, ...] = ()
        self.described_people: tuple[str, ...] = ()
        self.described_figure: regex.Pattern | None = None
        if not entry:
            return
        if entry.get("figure_after"):
            self.described_figure = regex.compile(entry["figure_after"])
        self.described_rule = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
        self.described_kinds = frozenset(flat(entry["kinds"]))
        # a kind of company ends a word (`kinds`, then maybe `kind_tails`: 之一的), an
        # opener begins its clause, a verb of purchase takes its object: the name follows
        kinds = literal_pattern(flat(entry["kinds"]))
        tails = literal_pattern(flat(entry.get("kind_tails"))) if entry.get("kind_tails") else None
        tail = rf"(?:{tails})?" if tails else ""
        kind = rf"(?<=\p{{Han}})(?P<kind>{kinds}){tail}"
        # a class of shares (蓝筹股, 重磅股) may also begin its clause in a market report
        # ... and so may a trader, named by what it trades or does (设备商, 承建商)
        shares = [
            word
            for word in flat(entry["kinds"])
            if word.endswith(SHARE_CLASS) or word.endswith(tuple(flat(entry.get("opening_kind_endings"))))
        ]
        if shares:
            kind = rf"(?:{kind}|(?<!\p{{Han}})(?P<kind>{literal_pattern(shares)}))"
        openers = flat(entry.get("openers"))
        verbs = flat(entry.get("object_verbs"))
        alternatives = [kind]
        leading = [*flat(entry["kinds"]), *openers, *verbs]
        if openers:
            alternatives.append(
                rf"(?:^|(?<=[{re.escape(CLAUSE_PUNCTUATION)}]))(?:{literal_pattern(openers)})"
            )
        if verbs:
            alternatives.append(rf"(?P<buys>{literal_pattern(verbs)})了?")
        recipients = flat(entry.get("recipient_markers"))
        if recipients:
            # the body something is asked of or given to: "向X申请", "深交所向X发出问询函"
            alternatives.append(rf"(?<=\p{{Han}})(?P<to>{literal_pattern(recipients)})")
            leading += recipients
        roles, links = flat(entry.get("role_nouns")), flat(entry.get("role_links"))
        if roles and links:
            # who wins, buys or builds: "竞得方为X", "中标单位是X"
            alternatives.append(rf"(?P<role>{literal_pattern(roles)})(?:{literal_pattern(links)})")
            leading += roles
        field_roles, field_links = flat(entry.get("field_role_nouns")), flat(entry.get("field_role_links"))
        if field_roles and field_links:
            # the same roles as a notice's labelled fields: "中标人:X", "成交供应商:Y"
            alternatives.append(
                rf"(?P<field>{literal_pattern(field_roles)})\s*(?:{literal_pattern(field_links)})\s*"
            )
            leading += field_roles
        # A field's value is whole: each name in it ends at punctuation, a
        # joiner, the line's end or one of these words (X、Y联合体).
        self.field_value_ends = tuple(flat(entry.get("field_value_ends")))
        self.field_min_length = entry.get("field_min_length", 0)
        supplies = flat(entry.get("supply_verbs"))
        if supplies:
            # who supplies or builds: "由A和B供应", the names between 由 (not
            # 由于, because) and the first verb of supplying in the clause
            adverbs = flat(entry.get("supply_adverbs"))
            adverb = rf"(?:{literal_pattern(adverbs)})*" if adverbs else ""
            self.supply_pattern = screened(
                regex.compile(
                    rf"由(?!于)(?P<names>[\p{{Han}}、]{{2,40}}?){adverb}(?:{literal_pattern(supplies)})"
                )
            )
        self.supply_not_last = tuple(flat(entry.get("supply_not_last")))
        self.described_pattern = regex.compile(rf"(?:{'|'.join(alternatives)})(?=\p{{Han}})")
        self.described_starts = LiteralScreen(leading)
        # what only a company has or does, right after its name at the clause's
        # start, maybe after when ("X股价", "X董事会", "X周二发布了", "X今年第三季度净利润")
        self.owner_pattern: ScreenedPattern | None = None
        nouns, acts, when = flat(entry.get("owned_nouns")), flat(entry.get("dated_verbs")), entry.get("when")
        if nouns or (acts and when):
            timed = rf"(?:{when}){{0,2}}" if when else ""
            owned = [rf"{timed}(?:{literal_pattern(nouns)})"] if nouns else []
            if acts and when:
                owned.append(rf"(?:{when}){{1,2}}(?:{literal_pattern(acts)})")
            self.owner_pattern = screened(regex.compile(rf"(?<=\p{{Han}})(?:{'|'.join(owned)})"))
        parents = flat(entry.get("parent_markers"))
        if parents:
            self.parent_pattern = screened(
                regex.compile(rf"(?<=\p{{Han}})(?:{literal_pattern(parents)})(?=\p{{Han}})")
            )
        self.described_lengths = (entry.get("min_length", 2), entry.get("max_length", 8))
        self.described_joiners = tuple(sorted(flat(entry.get("joiners")), key=len, reverse=True))
        # one supplier between the joiners ("由A和B供应"), compiled here, not for every line
        joiners = "|".join(regex.escape(word) for word in self.described_joiners)
        self.supply_item = regex.compile(rf"(?:(?!{joiners}).)+")
        self.described_stop_words = frozenset(flat(entry.get("stop_words")))
        self.described_stop_tags = frozenset(flat(entry.get("stop_tags")))
        self.described_proper_tags = frozenset(flat(entry.get("proper_tags")))
        self.described_first_tags = frozenset(flat(entry.get("first_tags")))
        self.described_lead_tags = frozenset(flat(entry.get("lead_tags")))
        self.described_short_tags = frozenset(flat(entry.get("short_tags")))
        self.described_not_lead_tags = frozenset(flat(entry.get("not_lead_tags")))
        self.described_not_coined_tags = frozenset(flat(entry.get("not_coined_tags")))
        self.described_not_last = tuple(flat(entry.get("not_last")) + flat(entry.get("more_not_last")))
        self.described_place_tails = tuple(flat(entry.get("place_tails")))
        self.described_people = tuple(flat(entry.get("people")))

    def _compile_foreign_owned(self, entry: dict | None) -> None:
        """A company led by the country that owns it, as Taiwan writes one: "荷兰商X", "美商Y"."""
        self.foreign_owned_rule: tuple[str, str] | None = None
        self.foreign_owned_pattern: ScreenedPattern | None = None
        if not entry:
            return
        self.foreign_owned_rule = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
        # the country and 商 begin a word: no Chinese character of another word before them
        # but a verb's or a boundary's (核准荷兰商X)
        prefixes = literal_pattern([f"{country}商" for country in flat(entry["countries"])])
        # (or an opening quote: 日商「X」, the name in quotes)
        self.foreign_owned_pattern = screened(regex.compile(rf"(?:{prefixes})(?=\p{{Han}}|[「“\"])"))
        self.foreign_owned_lengths = (entry.get("min_length", 2), entry.get("max_length", 8))
        self.foreign_owned_not_after = tuple(flat(entry.get("not_after")))
        self.foreign_owned_stop_words = frozenset(flat(entry.get("stop_words")))
        self.foreign_owned_stop_tags = frozenset(flat(entry.get("stop_tags")))

    def _compile_list_siblings(self, entry: dict | None, orgs: dict) -> None:
        """Unread items of a list closed by 等 or a count whose other items are known companies.

        The names of the vocabularies `entry` names (`vocabularies`: keys of
        organisations.yaml) are companies in such a list, those read only
        in context included.
        """
        self.sibling_rule: tuple[str, str] | None = None
        self.sibling_closer: regex.Pattern | None = None
        self.sibling_vocabulary: frozenset[str] = frozenset()
        if not entry:
            return
        self.sibling_vocabulary = frozenset(
            name
            for key in flat(entry.get("vocabularies"))
            for part in ("named_alone", "in_context", "names")
            for name in flat((orgs.get(key) or {}).get(part))
        )
        self.sibling_rule = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
        closers = [literal_pattern(flat(entry["closers"]))]
        if entry.get("counted"):
            closers.append(entry["counted"])
        not_after = flat(entry.get("not_after"))
        refused = f"(?!{literal_pattern(not_after)})" if not_after else ""
        self.sibling_closer = regex.compile(rf"(?<=[\p{{Han}}\p{{L}}0-9)）])(?:{'|'.join(closers)}){refused}")
        self.sibling_joiners = tuple(sorted(flat(entry.get("joiners")), key=len, reverse=True))
        self.sibling_min_known: int = entry.get("min_known", 1)
        self.sibling_items = (entry.get("min_item", 2), entry.get("max_item", 6))
        self.sibling_proper_tags = frozenset(flat(entry.get("proper_tags")))
        self.sibling_max_frequency: int = entry.get("max_frequency", 0)
        self.sibling_latin = regex.compile(entry["latin"]) if entry.get("latin") else None

    def _compile_transcribed_brands(self, entry: dict | None) -> None:
        """A foreign company's name in Chinese before its own in brackets: "X（Lanmark）", "Y（LSML）"."""
        self.transcribed_rule: tuple[str, str] | None = None
        self.transcribed_pattern: regex.Pattern | None = None
        self.latin_gloss: regex.Pattern | None = None
        if not entry:
            return
        self.transcribed_rule = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
        high = entry.get("max_length", 6)
        # the Chinese run (a verb or a country before the name is cut off later), then one
        # Latin word alone in brackets: capitalised with small letters after, or capitals
        self.transcribed_pattern = regex.compile(
            rf"(\p{{Han}}{{2,{high + 6}}})[(（](?P<latin>\p{{Lu}}[\p{{Ll}}\p{{Lu}}&\-]{{1,24}})[)）]"
        )
        self.transcribed_lengths = (entry.get("min_length", 2), high)
        self.transcribed_min_capitals: int = entry.get("min_capitals", 4)
        self.transcribed_stop_tags = frozenset(flat(entry.get("stop_tags")))
        self.transcribed_person_words = tuple(flat(entry.get("person_words")))
        # the company's own name in brackets ends a name that goes on after it
        # ("X（Lanmark）研发中心" is the centre, without its owner), unless what
        # follows goes on with the name before it (a phase: "X园（Lanpark）三期")
        if (continues := entry.get("gloss_continues")) is not None:
            self.latin_gloss = regex.compile(
                rf"(?<=\p{{Han}})[(（]\p{{Lu}}[\p{{L}}&\-. ]{{0,30}}[)）](?!{continues})"
            )

    def _compile_listed_short_names(self, entry: dict | None) -> None:
        """Listed companies' short names (台积电) where a company shows: a subject, a title, a stock code."""
        self.listed_short_rule: tuple[str, str] | None = None
        # each screened by the literals its matches hold (a verb, a title, a bracket)
        self.listed_short_patterns: tuple[ScreenedPattern, ...] = ()
        self.listed_short_subject: ScreenedPattern | None = None
        # each pattern in its parts, asked without the names' trie (`name_led_matches`)
        self.listed_short_parts: Mapping[regex.Pattern, NameLed] = {}
        self.listed_short_proper_tags: frozenset[str] = frozenset()
        self.listed_short_screen: LiteralScreen | None = None
        self.listed_short_set: frozenset[str] = frozenset()
        if not entry:
            return
        names = set(flat(entry.get("names")))
        packaged = flat(entry.get("packaged_types"))
        if packaged:
            names.update(listed_short_names(packaged))
        # a known body or a place is not taken for a company
        places = fullmatched(self.place_pattern, names) if self.place_pattern else frozenset()
        names = {name for name in names if name not in self.known and name not in places}
        if not names:
            return
        self.listed_short_rule = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
        self.listed_short_set = frozenset(names)
        # every pattern below begins with a name: a line holding none is skipped
        self.listed_short_screen = LiteralScreen(names)
        self.listed_short_proper_tags = frozenset(flat(entry.get("proper_tags")))
        context = company_context(names, entry)
        parts = dict(context.parts)
        self.listed_short_subject = screened(context.subject)
        patterns = [screened(context.titled)] if context.titled is not None else []
        alone = sorted(set(flat(entry.get("named_alone"))) & names)
        if alone:
            # a short name no other word holds names the company wherever it stands
            # (采台积电3纳米制程), unless it begins the company's longer name
            # (鸿海精密工业, 华硕电脑股份有限公司)
            # or a plant called by it and its site (台积电高雄厂)
            longer = (
                r"(?!\p{Han}{0,6}(?:公司|集团|工业|精密|电子|电脑|科技|控股|实业|股份|金控)"
                r"|\p{Han}{1,3}新?厂)"
            )
            pattern, led = name_led("", alone, longer)
            if led is not None:
                parts[pattern] = led
            patterns.append(screened(pattern))
        if context.coded is not None:
            patterns.append(screened(context.coded))
        self.listed_short_patterns = tuple(patterns)
        self.listed_short_parts = parts

    def _compile_vocabularies(self, orgs: dict, projects: dict) -> None:
        """The lists of names read as vocabularies, with their tables (compiled by `vocabulary`).

        organisations.yaml's named vocabularies and `vocabularies`, then
        projects.yaml's; `vocabulary.line_vocabularies` compiles them once
        (`derived`), and `listed_short_names` shows a company around them.
        """
        lists = [(ORGANISATIONS, orgs.get(key)) for key in ORGANISATION_VOCABULARIES]
        lists += [(ORGANISATIONS, entry) for entry in orgs.get("vocabularies") or []]
        lists += [(PROJECTS, projects.get(key)) for key in PROJECT_VOCABULARIES]
        lists += [(PROJECTS, entry) for entry in projects.get("vocabularies") or []]
        self.vocabulary_lists: tuple[tuple[str, dict], ...] = tuple(
            (table, entry) for table, entry in lists if entry
        )
        self.vocabulary_listed: dict | None = orgs.get("listed_short_names")

    def _compile_built_bodies(self, entry: dict | None) -> None:
        """What after a body's name makes it the building being built: "X实验室二期", "X医院将于明年启用".

        `built_body_rule_id` names the setting: it refuses organisation
        names whatever rule found them and reports nothing itself, so its
        examples are checked against every organisation rule.
        """
        self.built_body_rule_id: str | None = None
        self.built_after: regex.Pattern | None = None
        self.joint_before: regex.Pattern | None = None
        self.joint_name: regex.Pattern | None = None
        self.building_before: regex.Pattern | None = None
        self.building_name: regex.Pattern | None = None
        if entry:
            self.built_body_rule_id = f"{ORGANISATIONS}:{entry['id']}"
            self.built_after = regex.compile(entry["after"])
            if entry.get("joint_before") and entry.get("joint"):
                self.joint_before = regex.compile(entry["joint_before"])
                joint = entry["joint"]
                if entry.get("joint_centre"):
                    joint = f"(?:{joint})|(?:{entry['joint_centre']})"
                self.joint_name = regex.compile(joint)
            if entry.get("building_before") and entry.get("building"):
                self.building_before = regex.compile(entry["building_before"])
                self.building_name = regex.compile(entry["building"])

    def _compile_coded_companies(self, entry: dict | None) -> None:
        """Short names right before a stock code that names its exchange: "瑞澜生物(2288.HK)"."""
        self.coded_company_rule: tuple[str, str] | None = None
        # screened by the literals of the code (an exchange, an A-share prefix)
        self.coded_company_pattern: ScreenedPattern | None = None
        self.coded_company_lengths: tuple[int, int] = (2, 8)
        if not entry:
            return
        self.coded_company_rule = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
        low, high = entry.get("min_length", 2), entry.get("max_length", 8)
        self.coded_company_lengths = (low, high)
        # the longest run of Chinese characters before the code; where the
        # name begins in it is read as for a suffix (names.yaml boundaries)
        run = rf"(?P<a>\p{{Han}}{{{low},{high + 8}}})"
        # (every match holds a code: a line without one is not searched for the run before it)
        self.coded_company_pattern = screened(
            regex.compile(rf"{run}\s*(?:{entry['code']})"), needed=regex.compile(entry["code"])
        )

    def _compile_english(self, lexicon: dict, orgs: dict, projects: dict) -> None:
        """English head words of both tables, the lexicon of names.yaml, the company-list rule."""
        self.english_heads: dict[str, EnglishHead] = {}
        self.english_compound_heads: dict[tuple[str, str], EnglishHead] = {}
        self.english_lowercase: dict[str, EnglishHead] = {}
        # lower-case heads of two words ("distribution centre"), closed by the second
        self.english_lowercase_compounds: dict[tuple[str, str], EnglishHead] = {}
        # heads that after a single word name a place (Shanwei City), not a project
        self.english_place_heads: frozenset[str] = frozenset()
        # words before one of them that name an area, not a place (Northern Metropolis)
        self.english_place_head_leads: frozenset[str] = frozenset()
        for table, document in ((ORGANISATIONS, orgs), (PROJECTS, projects)):
            for entry in document["english"]:
                head = EnglishHead(table, f"{table}:{entry['id']}", entry["kind"])
                for word in flat(entry["heads"]):
                    first, _, second = word.partition(" ")
                    if second:
                        self.english_compound_heads[(first, second)] = head
                    else:
                        self.english_heads[word] = head
                for word in flat(entry.get("lowercase_heads")):
                    first, _, second = word.partition(" ")
                    if second:
                        self.english_lowercase_compounds[(first, second)] = head
                    else:
                        self.english_lowercase[word] = head
                self.english_place_heads |= frozenset(flat(entry.get("place_heads")))
                self.english_place_head_leads |= frozenset(flat(entry.get("place_head_leads")))
        self.english_compound_seconds = frozenset(second for _first, second in self.english_compound_heads)
        self.english_lowercase_firsts = frozenset(pair[0] for pair in self.english_lowercase_compounds)
        # lower-case heads of a plant or a fab named by its site: what may follow
        # such a name, and the words that make the phrase a description
        # words that alone before a project's head name a kind of document (Action Plan)
        self.english_generic_leads = frozenset(flat(projects.get("english_generic_leads")))
        # heads that name an activity after a field or a quality (Economic Development)
        activity = projects.get("english_activity_heads") or {}
        self.english_activity_heads = frozenset(flat(activity.get("heads")))
        self.english_activity_fields = frozenset(flat(activity.get("fields")))
        # heads that name a rail line only where the sentence shows one (Line)
        shown = projects.get("english_shown_heads") or {}
        self.english_shown_heads = frozenset(flat(shown.get("heads")))
        self.english_shown_not_after = frozenset(flat(shown.get("not_after")))
        self.english_shown_context = (
            regex.compile(rf"\b(?:{literal_pattern(flat(shown['context']))})\b", regex.IGNORECASE)
            if shown
            else None
        )
        # a named site's own works after it (the Lanhai Hospital Extension)
        works = projects.get("english_site_works") or {}
        self.english_site_works_rule: tuple[str, str] | None = (
            (f"{PROJECTS}:{works['id']}", works["kind"]) if works else None
        )
        self.english_site_works_heads = frozenset(flat(works.get("heads")))
        self.english_site_works = (
            # ("the Lanhai College expansion of courses": what grows is said after of)
            regex.compile(
                rf"(?: Phase [0-9IVX]+)? (?:{literal_pattern(flat(works['works']))})\b(?! (?:of|into)\b)"
            )
            if works
            else None
        )
        site = projects.get("english_site_heads") or {}
        self.english_site_heads = frozenset(flat(site.get("heads")))
        self.english_site_followers = frozenset(flat(site.get("followers")))
        self.english_site_not_after = frozenset(flat(site.get("not_after")))
        # heads a town's or a site's name alone may name ("the Debrecen plant"),
        # unless one of these words describes it ("a second Qingxi plant")
        self.english_town_site_heads = frozenset(flat(site.get("town_heads")))
        self.english_site_described = frozenset(flat(site.get("described_by")))
        # Text holding none of these words has no English name. A word is not
        # followed by a letter or digit unless it ends with a full stop
        # (Co.Ltd); what precedes it is checked on each match (a lookbehind
        # here would make the search slower).
        head_words = literal_pattern(
            [word for pair in self.english_compound_heads for word in pair]
            + list(self.english_heads)
            + list(self.english_lowercase)
            + [f"{first} {second}" for first, second in self.english_lowercase_compounds]
        )
        self.english_trigger = re.compile(f"(?:{head_words})(?:(?<=\\.)|(?![A-Za-z0-9]))")

        self.connectors = frozenset(flat(lexicon["connectors"]))
        self.continuations = frozenset(flat(lexicon["continuations"]))
        self.joiners = frozenset(flat(lexicon["joiners"]))
        self.locatives = frozenset(flat(lexicon.get("locatives")))
        self.place_locatives = frozenset(flat(lexicon.get("place_locatives")))
        self.after_head_words = frozenset(flat(lexicon.get("after_head_words")))
        self.title_compounds = frozenset(flat(lexicon.get("title_compounds")))
        self.headline_prepositions = frozenset(flat(lexicon.get("headline_prepositions")))
        self.headline_verbs = frozenset(flat(lexicon.get("headline_verbs"))) | self.headline_prepositions
        self.split_articles = frozenset(flat(lexicon.get("split_articles")))
        # possessives that are words of a name, not its owner ("People's Bank of China")
        self.name_possessives = frozenset(flat(lexicon.get("name_possessives")))
        self.leading_words = frozenset(flat(lexicon["leading_words"]))
        # "Shenzhen-based", "Hong Kong-listed": where a company is, before its name
        self.leading_suffixes = tuple(flat(lexicon.get("leading_suffixes")))
        # number words that lead a noun phrase only before what they count ("Two Biotech firms")
        self.count_words = frozenset(flat(lexicon.get("count_words")))
        self.counted_nouns = frozenset(flat(lexicon.get("counted_nouns")))
        self.articles = frozenset(flat(lexicon["articles"]))
        self.date_words = frozenset(flat(lexicon["date_words"]))
        self.date_leads = frozenset(flat(lexicon.get("date_leads")))
        self.max_lowercase_tail: int = lexicon["max_lowercase_tail"]
        self.weak_lowercase_heads = frozenset(flat(lexicon.get("weak_lowercase_heads")))
        self.programme_actions = frozenset(flat(lexicon.get("programme_actions")))
        self.programme_action_endings = tuple(flat(lexicon.get("programme_action_endings")))
        self.placed_lowercase_heads = frozenset(flat(lexicon.get("placed_lowercase_heads")))
        self.generic_capitals = frozenset(flat(lexicon.get("generic_capitals")))
        self.route_words = frozenset(flat(lexicon.get("route_words")))
        self.closing_legal_forms = frozenset(flat(lexicon.get("closing_legal_forms")))
        self.described_by_body = frozenset(flat(lexicon.get("described_by_body")))
        self.weak_heads = frozenset(flat(lexicon.get("weak_heads")))
        facility_centres = lexicon.get("facility_centres") or {}
        self.facility_centre_heads = frozenset(flat(facility_centres.get("heads")))
        self.facility_centre_modifiers = frozenset(flat(facility_centres.get("modifiers")))
        section_centres = lexicon.get("section_centres") or {}
        self.section_centre_heads = frozenset(flat(section_centres.get("heads")))
        self.section_centre_words = frozenset(flat(section_centres.get("words")))
        self.verb_closed_heads = frozenset(flat(lexicon.get("verb_closed_heads")))
        verbs = flat(lexicon.get("weak_head_verbs"))
        self.weak_head_verb: regex.Pattern | None = (
            regex.compile(rf" (?:{literal_pattern(verbs)})\b") if verbs else None
        )
        # Words that end a lower-case tail: verbs and counts ("X and Y each
        # secured one project" is a clause, not a name).
        self.tail_stops = frozenset(flat(lexicon.get("tail_stops")))
        # Levels of government: a lone place first in a sentence starts a
        # lower-case body when one of these follows it ("Wuxi municipal government").
        self.body_levels = frozenset(flat(lexicon.get("body_levels")))
        # a word made of pinyin syllables only (read on one word at a time)
        pinyin = lexicon.get("pinyin")
        self.pinyin_word = (
            regex.compile(
                rf"(?i)(?:(?:{literal_pattern(flat(pinyin['initials']))})?"
                rf"(?:{literal_pattern(flat(pinyin['finals']))})['’]?)+"
            )
            if pinyin
            else None
        )
        # What a ministry, bureau or department is in charge of: the words of
        # a list inside a name ("Innovation, Technology and Industry Bureau")
        # and of a lower-case body's continuation ("department of commerce").
        portfolio = flat(lexicon.get("portfolio_words"))
        self.portfolio_words = frozenset(portfolio)
        self.trade_words = frozenset(flat(lexicon.get("trade_words")))
        words, lower = literal_pattern(portfolio), literal_pattern([word.lower() for word in portfolio])
        item = rf"(?:{words})(?: (?:{words}))*" if portfolio else None
        lower_item = rf"(?:{lower})(?: (?:{lower}))*" if portfolio else None
        self.portfolio_list_before = regex.compile(rf"(?<![\w&'’\-])(?:{item}, )+$") if item else None
        self.portfolio_list_start = regex.compile(rf"{item} and ") if item else None
        self.portfolio_list_after = (
            regex.compile(rf"(?:, {item})+,? and {item}(?![\w&'’\-]| [A-Z])") if item else None
        )
        self.lowercase_continuation = (
            regex.compile(rf" of {lower_item}(?:(?:,| and|, and) {lower_item})*(?![\w&'’\-])")
            if lower_item
            else None
        )
        modifiers = lexicon.get("max_body_modifiers", 0)
        lower_heads = [word for word, head in self.english_lowercase.items() if head.table == ORGANISATIONS]
        # "the management committee of Qianhai": the name starts after "the"
        self.english_lowercase_body = (
            regex.compile(
                rf"\b[Tt]he (?P<name>(?:[a-z][a-z’'\-]* ){{0,{modifiers}}}?(?:{literal_pattern(lower_heads)})"
                rf" of (?:the )?(?P<place>[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)*))"
            )
            if modifiers and lower_heads
            else None
        )
        # Legal forms after a company name (Co., Ltd.; Co Ltd; Limited): part of the name.
        self.legal_tails = frozenset(flat(lexicon.get("legal_tails")))
        # "... Pharmaceutical (Group) Co., Ltd.": a bracketed word before the legal form
        # banks named with the place they are incorporated in, in brackets
        self.branch_heads = frozenset(flat(lexicon.get("branch_heads")))
        legal_brackets = flat(lexicon.get("legal_brackets"))
        # ("Lanmei Biotechnology (Suzhou) Co., Ltd.": or the place of the company in brackets)
        brackets = (
            rf"(?: \((?:{literal_pattern(legal_brackets)}|{BRACKETED_LEGAL_PLACE})\))?"
            if legal_brackets
            else ""
        )
        # a name in capitals ending in a legal form in capitals (QIAOLAN TEXTILE GROUP CO., LTD.)
        upper_tails = literal_pattern(sorted({tail.upper() for tail in self.legal_tails}))
        self.capitals_legal_pattern = (
            regex.compile(
                rf"(?:[A-Z][A-Z0-9&'.\-]*(?:\([A-Z]+\))? ){{2,10}}"
                rf"(?:{upper_tails})(?:(?:, ?| )(?:{upper_tails}))*"
            )
            if self.legal_tails
            else None
        )
        self.legal_tail_pattern = (
            regex.compile(rf"{brackets}(?:(?:, ?| )(?:{literal_pattern(self.legal_tails)})(?![A-Za-z0-9]))+")
            if self.legal_tails
            else None
        )
        # Heads written with a full stop (Inc., Co.) keep it as part of the word.
        self.abbreviation_heads = frozenset(
            word for word in (*self.english_heads, *self.english_lowercase) if word.endswith(".")
        )
        stems = "|".join(re.escape(word.removesuffix(".")) for word in sorted(self.abbreviation_heads))
        # Heads written with a slash ("A/S", a Danish legal form) are one word too.
        slashed = "".join(
            rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])|"
            for word in sorted(self.english_heads, key=len, reverse=True)
            if "/" in word
        )
        # A word: letters and digits with ’'&·- and an en dash inside, or a lone
        # &. Only the abbreviation heads keep their full stop (a sentence's full
        # stop is no word). A number keeps its thousands commas and a slash
        # before a digit ("300,000-Tonne", "100MW/200MWh"): a name goes on over them.
        # A plural possessive before an association's head belongs to the word:
        # "the Lanhai Manufacturers' Association" names the makers' own body.
        associations = [head for head, rule in self.english_heads.items() if rule.kind == "association"]
        associations += flat(lexicon.get("plural_possessive_heads"))
        plural_possessive = (
            rf"(?:(?<=s)['’](?= (?:{literal_pattern(associations)})(?![A-Za-z])))?" if associations else ""
        )
        letter = f"[{WORD_LETTER}]"
        # A word's hyphen left open before "and" or "or" and the word that completes it
        # belongs to it: "Medium- and Long-Term Plan" is one name, as 中长期规划 is.
        suspended = r"(?:-(?= (?:and|or) [A-Z]))?"
        word = rf"{slashed}(?:{stems})\.|{letter}(?:{WORD_INSIDE}*{letter})?{suspended}{plural_possessive}|&"
        self.english_token = re.compile(word)
        # A chunk: words one character apart, as many as follow each other. Words join
        # into a name, or reach a lower-case head, only across a one-character gap, so
        # every name lies inside one chunk and chunks can be read separately.
        self.english_chunk = re.compile(f"(?>{word})(?:[^{WORD_LETTER}&](?>{word}))*")

        entry = orgs["english_list"]
        window = entry.get("window", 60)
        self.english_list_pattern = screened(
            regex.compile(
                rf"\b(?:{literal_pattern(flat(entry['nouns']))})\b[^.;:]{{0,{window}}}?"
                rf"\b(?:{literal_pattern(flat(entry['introducers']))})\s+"
            )
        )
        self.english_list_rule = ListRule(
            ORGANISATIONS, f"{ORGANISATIONS}:{entry['id']}", entry["kind"], window, 1, 0, ()
        )
        self.english_list_max_words: int = entry.get("max_words", 4)
        self.english_list_stop_words = frozenset(flat(entry.get("stop_words")))
        self._compile_english_acting(orgs.get("english_acting"))
        self.english_trigger_screen = TriggerScreen(
            trigger for _pattern, trigger in getattr(self, "english_acting_guarded", ())
        )
        self._compile_english_acronyms(orgs.get("english_acronyms"))
        self._compile_english_acting_bodies(orgs.get("english_acting_bodies"))
        self._compile_english_acting_zones(orgs.get("english_acting_zones"))
        self._compile_english_trade_agents(orgs.get("english_trade_agents"))
        self._compile_english_dated_events(projects.get("english_dated_events"))
        self._compile_english_numbered_sites(projects.get("english_numbered_sites"))
        self._compile_english_numbered_works(projects.get("english_numbered_works"))
        self._compile_english_coined_events(projects.get("english_coined_events"))
        self._compile_joined_events(projects.get("joined_events"))
        self._compile_quoted_programmes(
            projects.get("quoted_programmes"),
            projects.get("quoted_projects"),
            projects.get("described_quoted_projects"),
            projects.get("described_quoted_programmes"),
            projects.get("quoted_policies"),
            projects.get("quoted_formulas"),
        )
        self._compile_quoted_estates(projects.get("quoted_estates"))
        self._compile_patterned_quotes(projects.get("quoted_events"), projects.get("launched_watchwords"))
        self._compile_vocabularies(orgs, projects)
        issued = projects.get("issued_titles")
        self.issued_title_rule: tuple[str, str] | None = (
            (f"{PROJECTS}:{issued['id']}", issued["kind"]) if issued else None
        )
        self.issued_title_pattern = regex.compile(issued["pattern"]) if issued else None
        # words one of which a line holds wherever the pattern can match
        self.issued_title_screen: tuple[str, ...] = tuple(flat(issued.get("screen"))) if issued else ()
        # Well-known bodies named by an acronym or a name without a head word ("NDRC", "WTO").
        known = {
            name: NameSpan(ORGANISATIONS, 0, 0, f"{ORGANISATIONS}:{entry['id']}", entry["kind"], 1)
            for entry in orgs.get("english_gazetteer", [])
            for name in flat(entry["names"])
        }
        self.english_known = known
        # names that name their body only alone, before no other capitalised word
        self.english_known_alone = frozenset(
            name
            for entry in orgs.get("english_gazetteer", [])
            if entry.get("alone")
            for name in flat(entry["names"])
        )
        # common nouns with a capital that name one body ("the Cabinet"): never
        # after another capitalised word ("Shadow Cabinet", "Lanhai Legislature")
        self.english_known_common = frozenset(
            name
            for entry in orgs.get("english_gazetteer", [])
            if entry.get("common_noun")
            for name in flat(entry["names"])
        )
        # lower-case nouns that such a name only describes ("the weekly Cabinet meeting")
        self.english_known_not_before = {
            name: frozenset(flat(entry.get("not_before")))
            for entry in orgs.get("english_gazetteer", [])
            if entry.get("not_before")
            for name in flat(entry["names"])
        }
        self.english_known_pattern = (
            screened(
                regex.compile(rf"(?<![\w&’'\-])(?:{literal_pattern(list(known))})(?![\w&\-]|['’][a-rt-z])"),
                literals=known,
            )
            if known
            else None
        )
        # company names with small letters (Stellantis, InoBat) written inside a
        # Chinese sentence, a Chinese character touching them: `\w` holds the
        # Chinese characters, so the pattern above never reads them there
        in_chinese = [
            name
            for entry in orgs.get("english_gazetteer", [])
            if entry.get("alone") and entry["kind"] == "company"
            for name in flat(entry["names"])
            if any(char.islower() for char in name)
        ]
        self.english_known_in_chinese = (
            screened(
                regex.compile(
                    rf"(?:(?<=\p{{Han}})(?:{literal_pattern(in_chinese)})(?![\p{{Latin}}\p{{N}}_&\-])"
                    rf"|(?<![\p{{Latin}}\p{{N}}_&’'\-])(?:{literal_pattern(in_chinese)})(?=\p{{Han}}))"
                ),
                literals=in_chinese,
            )
            if in_chinese
            else None
        )

    def _compile_quoted_programmes(self, *entries: dict | None) -> None:
        """Quoted names before what they are: a strategy or a campaign (“一带一路”战略), a project."""
        # (rule id, kind, pattern, whether a phase may follow); each pattern
        # behind its literals' screen, which the line's shared pass answers
        self.quoted_rules: list[tuple[str, str, ScreenedPattern, bool]] = []
        self.designation_verbs: tuple[str, ...] = ()
        self.designation_ends: tuple[str, ...] = ()
        for entry in entries:
            if not entry:
                continue
            self.designation_verbs += tuple(flat(entry.get("designation_verbs", [])))
            self.designation_ends += tuple(flat(entry.get("designation_ends", [])))
            low, high = entry.get("min_length", 2), entry.get("max_length", 8)
            endings = literal_pattern(flat(entry["endings"]))
            described = entry.get("descriptor_max")
            if described is not None:
                # the name alone inside the quotes (two parts of a watchword
                # may be listed with 、), the words describing it after them
                # (none at all with a `descriptor_max` of 0: “X”政策)
                refused = literal_pattern(flat(entry.get("descriptor_not", []))) or "(?!)"
                fewest = min(1, described)
                pattern = regex.compile(
                    rf"[“\"「](?P<name>[^“”「」\",。;:\s、][^“”「」\",。;:\s]{{{low - 1},{high - 1}}})[”\"」]"
                    rf"(?:(?!{refused})\p{{Han}}){{{fewest},{described}}}(?:{endings})"
                )
            elif (between := entry.get("formula_between")) is not None:
                # a formula of numbers or capitals joined by + in the quotes,
                # words describing what it shapes, then the head; quotes
                # inside the name stay in it
                refused = literal_pattern(flat(entry.get("descriptor_not", []))) or "(?!)"
                pattern = regex.compile(
                    rf"[“\"「][0-9A-Z]{{1,2}}(?:\+[0-9A-Z]{{0,2}}){{1,4}}[”\"」]"
                    rf"(?:(?!{refused})\p{{Han}}){{1,{between}}}(?:{endings})"
                )
            else:
                inner = rf"[^“”「」\",。;:、\s]{{{low},{high}}}"
                part = entry.get("part_max_length", 0)
                if part:
                    # a watchword of two parts listed with 、 (“引资、引智”行动)
                    inner = rf"(?:{inner}|\p{{Han}}{{2,{part}}}、\p{{Han}}{{2,{part}}})"
                pattern = regex.compile(rf"[“\"「]{inner}[”\"」](?:{endings})")
            rule = (
                f"{PROJECTS}:{entry['id']}",
                entry["kind"],
                screened(pattern),
                bool(entry.get("extend_right")),
            )
            self.quoted_rules.append(rule)

    def _compile_quoted_estates(self, entry: dict | None) -> None:
        """A housing estate's name in corner quotes where a sale or a development shows: 「X」首推200伙."""
        self.quoted_estate_rule: tuple[str, str] | None = None
        self.quoted_estate_pattern: regex.Pattern | None = None
        if not entry:
            return
        self.quoted_estate_rule = (f"{PROJECTS}:{entry['id']}", entry["kind"])
        low, high = entry.get("min_length", 2), entry.get("max_length", 6)
        before = flat(entry.get("before", []))
        after = flat(entry.get("after", []))
        quoted = rf"「(?P<name>\p{{Han}}{{{low},{high}}})」"
        alternatives = []
        if before:
            alternatives.append(rf"(?<={literal_pattern(before)}){quoted}")
        if after:
            alternatives.append(rf"{quoted}(?=\s*(?:{literal_pattern(after)}))")
        if alternatives:
            self.quoted_estate_pattern = regex.compile("|".join(alternatives))

    def _compile_patterned_quotes(self, *entries: dict | None) -> None:
        """Quoted names a pattern of their own finds: an event by its ending (「X家电产品展」,
        “X丰收节”), a programme launched or carried out (推出「X」, 推动“X”)."""
        # (rule id, kind, pattern with a `name` group, words one of which a
        # line holds wherever the pattern can match)
        self.patterned_quotes: list[tuple[str, str, regex.Pattern, tuple[str, ...]]] = []
        for entry in entries:
            if entry:
                self.patterned_quotes.append(
                    (
                        f"{PROJECTS}:{entry['id']}",
                        entry["kind"],
                        regex.compile(entry["pattern"]),
                        tuple(flat(entry["screen"])),
                    )
                )

    def _compile_joined_events(self, entry: dict | None) -> None:
        """Two events held as one, joined by 暨 ("A论坛暨B大会")."""
        self.joined_event_rule: tuple[str, str] | None = None
        self.event_joiners: tuple[str, ...] = ()
        self.max_joined_gap: int = 0
        if not entry:
            return
        self.joined_event_rule = (f"{PROJECTS}:{entry['id']}", entry["kind"])
        self.event_joiners = tuple(flat(entry["joiners"]))
        self.max_joined_gap = entry.get("max_gap", 16)

    def _compile_english_numbered_sites(self, entry: dict | None) -> None:
        """Plants and fabs called by their head and number alone ("its Fab 18", "Hexin's Plant 4")."""
        self.english_numbered_site_rule: tuple[str, str] | None = None
        self.english_numbered_site_pattern: regex.Pattern | None = None
        self.english_owned_site_heads: frozenset[str] = frozenset()
        self.english_site_owners: frozenset[str] = frozenset()
        if not entry:
            return
        heads = [*flat(entry.get("heads")), *flat(entry.get("owned_heads"))]
        if not heads:
            return
        self.english_numbered_site_rule = (f"{PROJECTS}:{entry['id']}", entry["kind"])
        self.english_owned_site_heads = frozenset(flat(entry.get("owned_heads")))
        self.english_site_owners = frozenset(flat(entry.get("owners")))
        number = r"(?:[0-9]{1,3}[A-Z]?|[IVX]{1,4})"
        # (no count goes on after the number: "Plant 2,000 trees")
        self.english_numbered_site_pattern = regex.compile(
            rf"(?<![\w&'’\-])(?P<head>{literal_pattern(heads)}) {number}(?: [Pp]hase {number})?"
            r"(?![\w&'’\-]|[,.][0-9])"
        )

    def _compile_english_dated_events(self, entry: dict | None) -> None:
        """Events named by an acronym joined to their year ("LNBIO2025")."""
        self.english_dated_event_rule = None
        self.english_dated_event_pattern = None
        self.english_dated_event_alone = False
        if not entry:
            return
        # the acronym alone, used again in the document, names the same event
        self.english_dated_event_alone = bool(entry.get("acronym_alone", False))
        self.english_dated_event_rule = ListRule(
            PROJECTS, f"{PROJECTS}:{entry['id']}", entry["kind"], 0, 1, 0, ()
        )
        stop_words = flat(entry.get("stop_words"))
        not_stop = rf"(?!(?:{literal_pattern(stop_words)})(?:19|20)[0-9]{{2}})" if stop_words else ""
        letters = entry.get("min_letters", 3)
        self.english_dated_event_pattern = regex.compile(
            rf"(?<![\w&'’\-]){not_stop}[A-Z]{{{letters},10}}(?:19|20)[0-9]{{2}}(?![\w&'’\-])"
        )

    def _compile_english_numbered_works(self, entry: dict | None) -> None:
        """Works named by their head and a number alone ("Terminal 2", "Fab 18")."""
        self.english_numbered_work_rule: tuple[str, str] | None = None
        self.english_numbered_work_pattern: regex.Pattern | None = None
        if not entry:
            return
        self.english_numbered_work_rule = (f"{PROJECTS}:{entry['id']}", entry["kind"])
        # a number of one or two digits, maybe lettered (Fab 12B), and nothing
        # joined after it: "Terminal 3-4", "Fab 8.5" or "Terminal 3A1" are no such names
        self.english_numbered_work_pattern = regex.compile(
            rf"(?<![\w&'’\-.])(?:{literal_pattern(flat(entry['heads']))}) [0-9]{{1,2}}[A-Z]?"
            rf"(?![\w&'’\-]|[.,/][0-9])"
        )

    def _compile_english_coined_events(self, entry: dict | None) -> None:
        """Events named by a coined word alone before what is said of a show ("Lanexpo will be held at")."""
        self.english_coined_event_rule: tuple[str, str] | None = None
        self.english_coined_event_pattern: regex.Pattern | None = None
        self.english_coined_event_stops: frozenset[str] = frozenset()
        self.english_coined_event_endings: tuple[str, ...] = ()
        self.english_coined_event_screen: tuple[str, ...] = ()
        if not entry:
            return
        self.english_coined_event_rule = (f"{PROJECTS}:{entry['id']}", entry["kind"])
        letters = entry.get("min_letters", 4)
        # one capitalised word, whole (no name character joined before it)
        word = rf"(?P<name>[A-Z][A-Za-z]{{{letters - 1},}})"
        contexts = [rf"(?<![\w&'’\-.]){word}(?={entry['context']})"]
        if entry.get("apposition"):
            # a name between commas right after a show's noun
            contexts.append(rf"(?<=\b{entry['apposition']}){word}(?=,)")
        self.english_coined_event_pattern = regex.compile("|".join(contexts))
        self.english_coined_event_stops = frozenset(flat(entry.get("stop_words")))
        self.english_coined_event_endings = tuple(flat(entry.get("stop_endings")))
        self.english_coined_event_screen = tuple(entry.get("screen", ()))

    def _compile_english_trade_agents(self, entry: dict | None) -> None:
        """Companies named by their trade where a verb gives them their part ("built by X Dredging")."""
        self.english_trade_rule: tuple[str, str] | None = None
        self.english_trade_pattern: regex.Pattern | None = None
        self.english_trades: frozenset[str] = frozenset()
        if not entry:
            return
        self.english_trade_rule = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
        self.english_trades = frozenset(flat(entry["trades"]))
        # two to four capitalised words, whole: no name goes on after them
        name = (
            r"(?P<name>[A-Z][\w&'’\-]*(?: [A-Z][\w&'’\-]*){1,3})"
            r"(?![\w&'’\-]| [A-Z]| (?:and|&|of) [A-Z]|\.[A-Za-z])"
        )
        contexts = []
        if agents := flat(entry.get("agents")):
            # "was built by X", "the yard, run by X,": the passive or its participle after a comma
            contexts.append(
                rf"(?:\b(?:is|are|was|were|be|been|being) |, )(?:[a-z]+ly )?"
                rf"(?:{literal_pattern(agents)}) by (?:the )?{name}"
            )
        if recipients := flat(entry.get("recipients")):
            # "delivered to X", "delivered the last two ships to X"
            contexts.append(rf"\b(?:{literal_pattern(recipients)})(?: [\w,\-]+){{0,6}}? to (?:the )?{name}")
        if sources := flat(entry.get("sources")):
            contexts.append(rf"\b(?:{literal_pattern(sources)})(?: [\w\-]+){{0,6}}? from (?:the )?{name}")
        self.english_trade_pattern = regex.compile("|".join(contexts)) if contexts else None

    def _compile_english_acting_bodies(self, entry: dict | None) -> None:
        """Platforms and centres that act ("the X Platform signed ..."): bodies, not facilities."""
        self.english_acting_body_rule: tuple[str, str] | None = None
        self.english_acting_body_heads: frozenset[str] = frozenset()
        self.english_acting_body_after: regex.Pattern | None = None
        if not entry:
            return
        self.english_acting_body_rule = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
        self.english_acting_body_heads = frozenset(flat(entry["heads"]))
        auxiliaries = flat(entry.get("auxiliaries"))
        aux = rf"(?:(?:{literal_pattern(auxiliaries)}) )*" if auxiliaries else ""
        self.english_acting_body_after = regex.compile(
            rf"(?:,[^,;.]{{0,60}},)? {aux}(?:{literal_pattern(flat(entry['verbs']))})\b"
        )

    def _compile_english_acting_zones(self, entry: dict | None) -> None:
        """Development zones that act ("the X Development Zone signed ..."): their administrations."""
        self.english_acting_zone_rule: tuple[str, str] | None = None
        self.english_acting_zone_heads: tuple[str, ...] = ()
        self.english_acting_zone_after: regex.Pattern | None = None
        self.english_acting_zone_placed: regex.Pattern | None = None
        if not entry:
            return
        self.english_acting_zone_rule = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
        self.english_acting_zone_heads = tuple(f" {head}" for head in flat(entry["heads"]))
        auxiliaries = flat(entry.get("auxiliaries"))
        aux = rf"(?:(?:{literal_pattern(auxiliaries)}) )*" if auxiliaries else ""
        self.english_acting_zone_after = regex.compile(
            rf"(?:,[^,;.]{{0,60}},)? {aux}(?:{literal_pattern(flat(entry['verbs']))})\b"
        )
        if placed := flat(entry.get("placed_after")):
            # "firms in the X Zone signed": the zone is where the subject is
            self.english_acting_zone_placed = regex.compile(
                rf"\b(?:{literal_pattern(placed)}) (?:the )?$", regex.IGNORECASE
            )

    def _compile_english_acronyms(self, entry: dict | None) -> None:
        """An acronym before a verb of speech or of a body ("KDPC said", "KDPC Launches")."""
        self.english_acronym_rule = None
        self.english_acronym_pattern = None
        self.english_acronym_contexts: list[ScreenedPattern] = []
        self.english_acronym_stop_words: frozenset[str] = frozenset()
        if not entry:
            return
        self.english_acronym_rule = ListRule(
            ORGANISATIONS, f"{ORGANISATIONS}:{entry['id']}", entry["kind"], 0, 1, 0, ()
        )
        verbs = flat(entry["verbs"])
        # headlines write the verb in title case ("KDPC Launches New Index")
        verbs += [verb[:1].upper() + verb[1:] for verb in verbs]
        auxiliaries = flat(entry.get("auxiliaries"))
        aux = rf"(?: (?:{literal_pattern(auxiliaries)}))*" if auxiliaries else ""
        acronym = rf"[A-Z][A-Z0-9&]{{1,{entry.get('max_length', 8) - 1}}}"
        if entry.get("camel_case"):
            # "BeiGene", "WuXi AppTec", "iFlytek": a capital inside a word names a brand, no
            # person, unless it follows a surname's prefix (McKay, DeLong)
            prefixes = flat(entry.get("surname_prefixes"))
            not_surname = rf"(?!(?:{literal_pattern(prefixes)})[A-Z])" if prefixes else ""
            camel = rf"{not_surname}(?:[A-Z][a-z]+|[a-z])[A-Z][A-Za-z]*"
            acronym = rf"{acronym}|{camel}(?: (?:{camel}|[A-Z][a-z]+))?"
        self.english_acronym_pattern = screened(
            regex.compile(rf"(?<![\w&'’\-])(?P<name>{acronym}){aux} (?:{literal_pattern(verbs)})\b")
        )
        self.english_acronym_stop_words = frozenset(flat(entry.get("stop_words")))
        plain = rf"[A-Z][A-Z0-9&]{{1,{entry.get('max_length', 8) - 1}}}"
        # "..., said the KDPC.", "according to the KDPC,": the acronym after a verb of speech
        if reporting := flat(entry.get("reporting")):
            self.english_acronym_contexts.append(
                screened(
                    regex.compile(
                        rf"\b(?:{literal_pattern(reporting)}) (?:the )?(?P<name>{plain})(?=[.,;]|$)"
                    )
                )
            )
        # "KDPC researchers", "officials from the KDPC": the people of a body
        if people := flat(entry.get("people")):
            people_pattern = literal_pattern(people)
            # ("KDPC Director-General Lin Tao": a title in title case)
            titled = literal_pattern(
                [regex.sub(r"(?:^|(?<=[ \-]))[a-z]", lambda m: m.group().upper(), p) for p in people]
            )
            self.english_acronym_contexts += [
                screened(regex.compile(rf"(?<![\w&'’\-])(?P<name>{plain}) (?:{people_pattern}|{titled})\b")),
                screened(
                    regex.compile(
                        rf"\b(?i:{people_pattern}) (?:at|from|of|with) (?:the )?"
                        rf"(?P<name>{plain})(?![\w&'’\-]| [A-Z])"
                    )
                ),
            ]
        # "LMEA shares rose", "KDPC data showed": what a body issues, after its acronym
        if issued := flat(entry.get("issued")):
            self.english_acronym_contexts.append(
                screened(regex.compile(rf"(?<![\w&'’\-])(?P<name>{plain}) (?:{literal_pattern(issued)})\b"))
            )
        if entry.get("repeated"):
            # an acronym shown speaking once is that body wherever the document names it
            self.english_repeated_seed_rules |= {self.english_acronym_rule.rule_id}

    def _compile_english_acting(self, entry: dict | None) -> None:
        """Names before a corporate verb ("NIO signed") or after "<verb> ... with" ("partnered with X")."""
        self.english_acting_rule = None
        self.english_acting_weak_verbs: frozenset[str] = frozenset()
        self.english_acting_weak_endings: tuple[str, ...] = ()
        self.english_acting_named_endings: tuple[str, ...] = ()
        self.english_acting_agent: regex.Pattern | None = None
        self.english_acting_section: ScreenedPattern | None = None
        # patterns of a newspaper's name, which ends with a newspaper's word
        self.english_acting_outlets: tuple[regex.Pattern, ...] = ()
        # patterns whose names coordinated with the one found are parties too
        self.english_acting_parties: tuple[regex.Pattern, ...] = ()
        self.english_acting_descriptors: frozenset[str] = frozenset()
        self.english_acting_owned = None
        self.english_acting_legal = None
        self.english_acting_named_agents: regex.Pattern = regex.compile("(?!)")
        self.english_acting_owned_of = None
        self.english_acting_traded: regex.Pattern | None = None
        self.english_acting_views: regex.Pattern | None = None
        self.english_not_short: frozenset[str] = self.leading_words | self.date_words
        self.english_acting_places: frozenset[str] = frozenset()
        self.english_country_words: frozenset[str] = frozenset()
        self.english_place_nouns: frozenset[str] = frozenset()
        self.english_repeated_seed_rules: frozenset[str] = frozenset()
        self.english_surnames: frozenset[str] = frozenset()
        self.english_given_names: frozenset[str] = frozenset()
        self.english_place_prepositions: frozenset[str] = frozenset()
        self.english_amount_word: regex.Pattern | None = None
        if not entry:
            return
        self.english_acting_rule = ListRule(
            ORGANISATIONS, f"{ORGANISATIONS}:{entry['id']}", entry["kind"], 0, 1, 0, ()
        )
        if entry.get("repeated"):
            # a company shown acting once is that company wherever the document names it
            self.english_repeated_seed_rules = frozenset({self.english_acting_rule.rule_id})
            self.english_place_prepositions = frozenset(flat(entry.get("place_prepositions")))
        words = entry.get("max_words", 3)
        # ("Procter & Gamble": an ampersand between two capitalised words joins them)
        # ("Qiaoyou.com": a company named by its web address ends in one of `domain_endings`)
        endings = flat(entry.get("domain_endings"))
        domain = rf"(?:{literal_pattern(endings)})(?![\w/.@])" if endings else "(?!)"
        last = rf"{NAME_CAPITAL}[\w&'’\-]*(?:(?<=[A-Za-z0-9]){domain})?"
        name = rf"(?P<name>(?:{NAME_CAPITAL}[\w&'’\-]* (?:& )?){{0,{words - 1}}}{last})"
        auxiliaries = flat(entry.get("auxiliaries"))
        aux = rf"(?: (?:{literal_pattern(auxiliaries)}))*" if auxiliaries else ""
        verbs = literal_pattern(flat(entry["verbs"]))
        intentions, intended = flat(entry.get("intentions")), flat(entry.get("intended_verbs"))
        if intentions and intended:
            # "BYD will invest", "Nio plans to build": a plan of a company
            verbs = rf"{verbs}|(?:{literal_pattern(intentions)}) (?:{literal_pattern(intended)})"
        # a company's verb ends a lower-case tail too ("Hubei and Anhui signed ...")
        self.tail_stops = self.tail_stops | frozenset(flat(entry["verbs"])) | frozenset(auxiliaries)
        self.english_acting_before = screened(regex.compile(rf"(?<![\w&'’\-]){name}{aux} (?:{verbs})\b"))
        # verbs that governments, people and markets share with companies: a name before
        # them needs to read as a brand ("Qiaoyun launched"; not "Real Estate posted")
        self.english_acting_weak_verbs = frozenset(flat(entry.get("weak_verbs")))
        # (as the ends of a match: a weak verb may be of several words, "reported a loss")
        self.english_acting_weak_endings = tuple(f" {verb}" for verb in self.english_acting_weak_verbs)
        # ... and those of them that a place does as often: a brand of two words at least
        self.english_acting_named_endings = tuple(f" {verb}" for verb in flat(entry.get("named_verbs")))
        self.english_acting_descriptors = frozenset(flat(entry.get("descriptors")))
        # a press release's closing section on the company: a line that is
        # "About" and the name alone ("About Lanmei Robotics")
        sections = flat(entry.get("section_leads"))
        self.english_acting_section = (
            # (not led by an article or a pronoun: "About The Author", "About Our Company")
            screened(
                regex.compile(
                    rf"^(?:{literal_pattern(sections)}) "
                    rf"(?!(?:{literal_pattern(self.leading_words)})\b){name}$"
                )
            )
            if sections
            else None
        )
        partners = flat(entry.get("partner_verbs"))
        gap = entry.get("partner_gap", 5)
        self.english_acting_after = (
            screened(
                regex.compile(
                    rf"\b(?:{literal_pattern(partners)})\b(?: [a-z][\w\-]*){{0,{gap}}} with {name}"
                    # the whole run: no word, and no capitalised word, right after it
                    rf"(?![\w&'’\-]| [A-Z])"
                )
            )
            if partners
            else None
        )
        # "EV maker Nio" (a descriptor right before the name) and "Nio, a
        # Shanghai-based carmaker," (an appositive after it)
        descriptors = flat(entry.get("descriptors"))
        self.english_acting_described = []
        if descriptors:
            nouns = literal_pattern(descriptors)
            described = [
                # ("the company, Qiaoyun Tech, said": or between commas)
                regex.compile(rf"\b(?:{nouns})(?:,(?= [A-Z][^,.]{{0,40}},))? {name}(?![\w&'’\-]| [A-Z])"),
                # "Shenzhen-based Qiaoyun": where a company is based or listed
                *(
                    [
                        regex.compile(
                            rf"(?<=[A-Za-z])(?:{literal_pattern(located)}) {name}(?![\w&'’\-]| [A-Z])"
                        )
                    ]
                    if (located := flat(entry.get("located")))
                    else []
                ),
                regex.compile(
                    rf"(?<![\w&'’\-]){name}, (?:a|an|the) (?:[\w\-]+ ){{0,{entry.get('appositive_gap', 5)}}}?"
                    rf"(?:{nouns})\b"
                    # ("in Zaragoza, the company said": a reporting clause, no appositive)
                    + (
                        rf"(?! (?:{literal_pattern(reporting)})\b)"
                        if (reporting := flat(entry.get("appositive_not_before")))
                        else ""
                    )
                ),
            ]
            if copula := flat(entry.get("copula_descriptors")):
                # "Lanmei, China's largest carmaker,", "Hexin, the world's biggest chipmaker,":
                # a possessive place in the appositive; only the nouns no city is ("Lanhai,
                # China's largest exporter" is a city)
                described.append(
                    regex.compile(
                        rf"(?<![\w&'’\-]){name}, (?:the )?(?:[A-Z][\w\-]* )?[A-Z]?[\w\-]*['’]s "
                        rf"(?:[\w\-]+ ){{0,{entry.get('appositive_gap', 5)}}}?(?:{literal_pattern(copula)})"
                        # (the noun ends the appositive: "the region's biotech fair" is a fair)
                        r"(?=[,.;)]| (?:by|in|with|for)\b)"
                    )
                )
            if plurals := flat(entry.get("appositive_plurals")):
                # "Lanmei, one of the largest operators,", "Hexin, one of China's top
                # carmakers,": one of its kind, in the plural (no city's kind)
                gap = entry.get("appositive_gap", 5)
                described.append(
                    regex.compile(
                        rf"(?<![\w&'’\-]){name}, one of (?:the )?"
                        rf"(?:[\w\-]+['’]?s? ){{0,{gap}}}?(?:{literal_pattern(plurals)})"
                        r"(?=[,.;)]| (?:of|to|in|with|for)\b)"
                    )
                )
            self.english_acting_described = [screened(pattern) for pattern in described]
        if endings:
            # "Qiaoyou.com said", "bookings on Lanyou.com": a capitalised word and its web
            # ending name a company wherever they stand
            self.english_acting_described.append(
                screened(regex.compile(rf"(?<![\w&'’\-./@])(?P<name>[A-Z][\w\-]*[A-Za-z0-9]{domain})"))
            )
        # "Lanmei Devices, Inc. said": an English legal form after a comma closes the
        # name of a company that has no head word; the form belongs to the name
        self.english_acting_legal = None
        if comma_forms := flat(entry.get("comma_legal_forms")):
            self.english_acting_legal = screened(
                regex.compile(rf"(?<![\w&'’\-]){name}, (?:{literal_pattern(comma_forms)})(?![A-Za-z0-9])")
            )
            self.english_acting_described.append(self.english_acting_legal)
        if code := entry.get("stock_code"):
            # "Lanmei Robotics (688123.SH)", "Qiaoyun (NASDAQ: QYN)": only a listed company has a
            # code, so the name may be longer than elsewhere
            coded = name.replace(f"{{0,{words - 1}}}", f"{{0,{2 * words - 1}}}")
            self.english_acting_described.append(
                screened(regex.compile(rf"(?<![\w&'’\-]){coded} ?(?:{code})"))
            )
        if dateline := entry.get("dateline"):
            # "LANHAI, May 3 (Qiantang Wire) -- ", "Lanhai, Nov. 3 (QNA) The": the outlet of a news dateline
            self.english_acting_described.append(
                screened(regex.compile(rf"^{dateline} \({name}\)(?: ?(?:--?|—|–) | (?=[A-Z]))"))
            )
        if first := entry.get("dateline_outlet_first"):
            # "(Qiantang Wire) May 3 -- Lanhai's ...": the outlet opens the line, the date follows
            self.english_acting_described.append(
                screened(regex.compile(rf"^\({name}\) {first} ?(?:--?|—|–) (?=[A-Z])"))
            )
        # Patterns tried only on lines holding one of their trigger words (cost):
        # (pattern, trigger) pairs.
        self.english_acting_guarded: list[tuple[regex.Pattern, regex.Pattern]] = []
        # "the tender was won by Lanmei Land", "Lanmei Land won the site", "a consortium
        # led by Lanmei Land and Qiaoyun Estates": the parties of a deal, a tender or a
        # consortium (a person or a place is left out as before a verb)
        parties: list[regex.Pattern] = []
        deal_nouns = flat(entry.get("deal_nouns"))
        if deal_nouns and (deal_agents := flat(entry.get("deal_agent_verbs"))):
            parties.append(
                regex.compile(
                    rf"\b(?:{literal_pattern(deal_nouns)}) (?:(?:was|were|has been|have been|had been) )?"
                    rf"(?:{literal_pattern(deal_agents)}) (?:the )?{name}(?![\w&'’\-]| [A-Z])"
                )
            )
        if deal_nouns and (deal_won := flat(entry.get("deal_won_verbs"))):
            parties.append(
                regex.compile(
                    rf"(?<![\w&'’\-]){name} (?:{literal_pattern(deal_won)}) (?:the|a|an) (?:[\w\-]+ ){{0,2}}?"
                    rf"(?:{literal_pattern(deal_nouns)})\b"
                )
            )
        if groups := flat(entry.get("partner_groups")):
            parties.append(
                regex.compile(rf"\b(?:{literal_pattern(groups)}) (?:the )?{name}(?![\w&'’\-]| [A-Z])")
            )
        # "Hexin, Lanmei Group and Qiaoyun Auto are among the 300 companies": a list said
        # to be of companies (one of `appositive_plurals`); its items are companies
        among, kinds = flat(entry.get("among")), flat(entry.get("appositive_plurals"))
        if among and kinds:
            parties.append(
                regex.compile(
                    rf"(?<![\w&'’\-]){name} (?:{literal_pattern(among)}) (?:the )?"
                    # (what describes the kind, not a phrase after another noun: "among the
                    # cities with the most start-ups")
                    rf"(?:(?!(?:with|in|of|for|from|that|which|who|to)\b)[\w\-,]+ ){{0,4}}?"
                    rf"(?:{literal_pattern(kinds)})\b"
                )
            )
        self.english_acting_parties = tuple(parties)
        # (tried only on lines that hold a deal's noun or a group's words)
        party_words = [*deal_nouns, *flat(entry.get("partner_groups")), *among]
        if parties:
            trigger = regex.compile(literal_pattern(party_words))
            self.english_acting_guarded += [(pattern, trigger) for pattern in parties]
        # "told the Lanhai Times", "according to Qiantang Daily", "the Lanhai Herald
        # reported", "By LIN TAO | Lanhai Daily | Updated:": a newspaper, known by its
        # name's last word, where a story is sourced or in a byline
        outlets: list[tuple[regex.Pattern, regex.Pattern]] = []
        if outlet_words := flat(entry.get("outlet_words")):
            outlet = (
                rf"(?P<name>[A-Z][\w&'’\-]*(?: [A-Z][\w&'’\-]*){{0,2}} (?:{literal_pattern(outlet_words)}))"
                # (the whole run, and no "of" after it: "the Lanhai Journal of Medicine")
                r"(?![\w&'’\-]| [A-Z]| of\b)"
            )
            if outlet_before := flat(entry.get("outlet_before")):
                outlets.append(
                    (
                        regex.compile(rf"\b(?:{literal_pattern(outlet_before)}) (?:the )?{outlet}"),
                        regex.compile(literal_pattern(outlet_before)),
                    )
                )
            if outlet_after := flat(entry.get("outlet_after")):
                outlets.append(
                    (
                        regex.compile(rf"(?<![\w&'’\-]){outlet} (?:{literal_pattern(outlet_after)})\b"),
                        regex.compile(literal_pattern(outlet_after)),
                    )
                )
            if byline := entry.get("byline"):
                outlets.append((regex.compile(rf"{byline}{outlet} \|"), regex.compile(r" \| ")))
        self.english_acting_outlets = tuple(pattern for pattern, _trigger in outlets)
        self.english_acting_guarded += outlets
        # "Lanmei is a leading biotech firm": a company said to be one
        if copula := flat(entry.get("copula_descriptors")):
            self.english_acting_guarded.append(
                (
                    regex.compile(
                        rf"(?<![\w&'’\-]){name} (?:is|was) (?:a|an|the) "
                        rf"(?:[\w\-]+ ){{0,{entry.get('appositive_gap', 5)}}}?"
                        rf"(?:{literal_pattern(copula)})\b"
                        # ("Zhang Wei is a company founder": a person of the company)
                        rf"(?! (?:{literal_pattern(flat(entry.get('copula_people')))})\b)"
                    ),
                    regex.compile(r" (?:is|was) (?:a|an|the) "),
                )
            )
        # "an analyst with Lanhai Research": the firm an analyst works for
        if employees := flat(entry.get("employees")):
            self.english_acting_guarded.append(
                (
                    regex.compile(
                        rf"(?i:\b(?:{literal_pattern(employees)})) (?:at|with) (?:the )?"
                        rf"{name}(?![\w&'’\-]| [A-Z])"
                    ),
                    regex.compile(rf"(?i:{literal_pattern(employees)})"),
                )
            )
        # "head of valuation at Lanmei Realty Hong Kong": who leads a field at a firm,
        # whose local arm may carry its place's name
        if employee_heads := flat(entry.get("employee_heads")):
            arm_places = flat(entry.get("arm_places"))
            arm = rf"(?: (?:{literal_pattern(arm_places)}))?" if arm_places else ""
            arm_name = rf"(?P<name>(?:{NAME_CAPITAL}[\w&'’\-]* (?:& )?){{0,{words - 1}}}{last}{arm})"
            self.english_acting_guarded.append(
                (
                    regex.compile(
                        rf"\b(?:{literal_pattern(employee_heads)}) [a-z][a-z\-]*"
                        rf"(?:,? (?:and )?[a-z][a-z\-]*){{0,2}} (?:at|with) (?:the )?"
                        rf"{arm_name}(?![\w&'’\-]| [A-Z])"
                    ),
                    regex.compile(literal_pattern(employee_heads)),
                )
            )
        # "a spokesperson for Lanmei": who speaks for a firm
        if speakers := flat(entry.get("speakers")):
            self.english_acting_guarded.append(
                (
                    regex.compile(
                        rf"(?i:\b(?:{literal_pattern(speakers)})) for (?:the )?{name}(?![\w&'’\-]| [A-Z])"
                    ),
                    regex.compile(rf"(?i:{literal_pattern(speakers)})"),
                )
            )
        # "Qiaoyun Auto shares jumped": a company's shares that move (the name read as a brand)
        traded, moves = flat(entry.get("traded")), flat(entry.get("share_moves"))
        self.english_acting_traded = (
            regex.compile(
                # ("Qiaoyun Materials' shares": the possessive is english_acting possessions')
                rf"(?<![\w&'’\-]){name}(?<!['’]) (?:{literal_pattern(traded)}) (?:{literal_pattern(moves)})\b"
            )
            if traded and moves
            else None
        )
        if self.english_acting_traded is not None:
            self.english_acting_guarded.append(
                (self.english_acting_traded, regex.compile(rf" (?:{literal_pattern(traded)}) "))
            )
        # "Lanmei Hydrogen: We estimate 2026F shipments ...": a research note's view of
        # a company, its name as a label before the analyst's own verb (the name read
        # as a brand: "Property: We expect" labels a sector)
        views = flat(entry.get("analyst_views"))
        self.english_acting_views = (
            regex.compile(rf"^(?:- )?{name}: (?:{literal_pattern(views)})\b") if views else None
        )
        if self.english_acting_views is not None:
            self.english_acting_guarded.append(
                (self.english_acting_views, regex.compile(rf": (?:{literal_pattern(views)})"))
            )
        # "Lanmei, founded in 2010,", "Lanmei was founded in 2010": what only a body is
        body_only = flat(entry.get("body_participles"))
        copula = rf"| (?:is|was|were) (?=(?:{literal_pattern(body_only)})\b)" if body_only else ""
        if founded := flat(entry.get("founded")):
            self.english_acting_guarded.append(
                (
                    regex.compile(
                        # (a comma or a relative pronoun: "Lanhai was founded in 1100" may be a
                        # town; a verb only before `body_participles`: "Lanmei is headquartered in")
                        rf"(?<![\w&'’\-]){name}(?:,? (?:which|that) (?:is |was |were )?|, {copula})"
                        rf"(?:{literal_pattern(founded)}) in\b"
                    ),
                    regex.compile(literal_pattern(founded)),
                )
            )
            # "Founded in 2010, Lanmei makes drones": the participle before the name
            fronted = [word[:1].upper() + word[1:] for word in founded]
            self.english_acting_guarded.append(
                (
                    regex.compile(rf"\b(?:{literal_pattern(fronted)}) in [^,.;:]{{1,40}}, {name}(?= [a-z])"),
                    regex.compile(literal_pattern(fronted)),
                )
            )
        possessions = flat(entry.get("possessions"))
        # "Lanmei opened its China headquarters": a verb, "its" (no person) and what a company owns
        if (its_verbs := flat(entry.get("its_verbs"))) and possessions:
            self.english_acting_guarded.append(
                (
                    regex.compile(
                        # ("Hexin opened a plant in Vietnam": a or an, as its)
                        rf"(?<![\w&'’\-]){name}{aux} (?:{literal_pattern(its_verbs)}) (?:its|an?) "
                        rf"(?:[\w\-&]+ ){{0,{entry.get('possession_modifiers', 0) + 1}}}?"
                        rf"(?:{literal_pattern(possessions)})\b"
                    ),
                    regex.compile(" (?:its|an?) "),
                )
            )
        # "Geely's plant", "Xiaomi's chairman": what only a company owns or has
        self.english_acting_owned = (
            screened(
                regex.compile(
                    # ("Geely's new plant": up to `possession_modifiers` lower-case words between)
                    # (and where it is: "Lanmei's Suzhou plant", one capitalised word)
                    # ("Lanmei Brilliance' shares": the possessive of a name ending in s)
                    rf"(?<![\w&'’\-]){name}(?:['’]s|(?<=s)['’]) (?:[A-Z][a-z]+ )?"
                    # ("Lanmei's 25% stake", "Hexin's 30 percent shares": the share it holds)
                    + (rf"(?:{held_share} )?" if (held_share := entry.get("held_share")) else "")
                    + rf"(?:[a-z][\w\-]* ){{0,{entry.get('possession_modifiers', 0)}}}"
                    rf"(?:{literal_pattern(possessions)})\b"
                )
            )
            if possessions
            else None
        )
        # "the deal was signed by Lanmei": who signs a deal, in the passive
        # (and those of them that a town, a person or a school does as often: "the
        # fair, organised by Lanmei Expo Services,", a name of two words at least)
        named_agents = flat(entry.get("named_agent_verbs"))
        self.english_acting_named_agents = regex.compile(
            rf"(?:{literal_pattern(named_agents) if named_agents else '(?!)'}) by (?:the )?\S"
        )
        if agent_verbs := [*flat(entry.get("agent_verbs")), *named_agents]:
            self.english_acting_agent = regex.compile(
                # ("the project, invested by Lanmei,": the participle after a comma too)
                rf"(?:\b(?:is|are|was|were) |, )(?:[a-z]+ly )?(?:{literal_pattern(agent_verbs)}) by (?:the )?"
                rf"{name}(?![\w&'’\-]| [A-Z])"
            )
            self.english_acting_guarded.append((self.english_acting_agent, regex.compile(" by ")))
        # "a subsidiary of Fosun", "the chairman of Haier": what only a company has, before "of"
        owned = flat(entry.get("owned"))
        self.english_acting_owned_of = (
            screened(
                regex.compile(rf"\b(?:{literal_pattern(owned)}) of (?:the )?{name}(?![\w&'’\-]| [A-Z]| of\b)")
            )
            if owned
            else None
        )
        # "a 10 percent stake in Lanmei", "shares in Hexin": what an investor holds in a company
        held_name = name.replace(f"{{0,{words - 1}}}", f"{{0,{words}}}")
        if held_in := flat(entry.get("held_in")):
            self.english_acting_guarded.append(
                (
                    regex.compile(
                        # what an investor holds is in a company: its name may run longer
                        # ("a stake in Lanhai Port Investment Holdings")
                        rf"\b(?:{literal_pattern(held_in)}) in (?:the )?{held_name}(?![\w&'’\-]| [A-Z]| of\b)"
                    ),
                    regex.compile(rf"(?:{literal_pattern(held_in)}) in "),
                )
            )
        # "a joint venture between Lanmei and Hexin": the partners of a venture
        if venture := flat(entry.get("venture_between")):
            self.english_acting_guarded.append(
                (
                    regex.compile(
                        rf"\b(?:{literal_pattern(venture)}) between (?:the )?{name}(?![\w&'’\-]| [A-Z])"
                    ),
                    regex.compile(" between "),
                )
            )
        # "said Li Wei, chairman of Qiaoyun": a person's office in an apposition
        if officers := flat(entry.get("officers")):
            self.english_acting_guarded.append(
                (
                    regex.compile(
                        rf"[A-Z][\w\-]*, (?:an? |the )?(?:{literal_pattern(officers)}) of (?:the )?"
                        rf"{name}(?![\w&'’\-]| [A-Z]| of\b)"
                    ),
                    regex.compile(rf", (?:an? |the )?(?:{literal_pattern(officers)}) of "),
                )
            )
        # "the investments by Lanmei and Hexin": who invests, after the investment
        if investment := flat(entry.get("investment_by")):
            self.english_acting_guarded.append(
                (
                    regex.compile(
                        rf"\b(?:{literal_pattern(investment)}) by (?:the )?{name}(?![\w&'’\-]| [A-Z])"
                    ),
                    regex.compile(" by "),
                )
            )
        # "a battery plant by Talvero Energetics": what a company builds or
        # runs, then who; and "came from Lanmei Photonics, which plans to
        # spend": a company's plan in a relative clause. A person or a place
        # has plants and plans too, so the name must be two words at least.
        two_words = name.replace(f"{{0,{words - 1}}}", f"{{1,{words - 1}}}")
        if made := flat(entry.get("made_by")):
            self.english_acting_guarded.append(
                (
                    regex.compile(rf"\b(?:{literal_pattern(made)}) by {two_words}(?![\w&'’\-]| [A-Z])"),
                    regex.compile(" by "),
                )
            )
        if intentions and intended and entry.get("relative_plans"):
            self.english_acting_guarded.append(
                (
                    regex.compile(
                        rf"(?<![\w&'’\-]){two_words}, which (?:{literal_pattern(intentions)}) "
                        rf"(?:{literal_pattern(intended)})\b"
                    ),
                    regex.compile(", which "),
                )
            )
        # "Hexin Chairman Li Wei", "KDPC's Chief Economist": a company's office
        # right after its name and before a person's name (or after its possessive)
        titled = flat(entry.get("titled"))
        modifiers = flat(entry.get("titled_modifiers"))
        not_modifier = rf"(?!(?:{literal_pattern(modifiers)}) )" if modifiers else ""
        office = literal_pattern(titled)
        if titled:
            trigger = regex.compile(office)
            # ("HSBC Asia-Pacific CEO Lin Tao": the kind of office between the company and
            # its office belongs to the office; "Lanmei CEO: we expect ...": a transcript's
            # speaker, the office before a colon)
            kind_of_office = (
                rf"(?<!(?<![\w\-])(?:{literal_pattern(modifiers)}))(?: (?:{literal_pattern(modifiers)}))?"
                if modifiers
                else ""
            )
            self.english_acting_guarded += [
                (
                    regex.compile(
                        rf"(?<![\w&'’\-]){not_modifier}{name}{kind_of_office} "
                        rf"(?:{office})(?: and (?:{office}))?(?: [A-Z]|: )"
                    ),
                    trigger,
                ),
                (regex.compile(rf"(?<![\w&'’\-]){name}['’]s (?:{office})\b"), trigger),
            ]
        # "Lanyue Realty associate director Ho Man": a firm's office in lower case
        # before a person (a lone word first in a sentence is checked in the finder:
        # "Marketing associate director Ho Man" names a department)
        self.english_acting_firm_offices: regex.Pattern | None = None
        if firm_offices := flat(entry.get("firm_offices")):
            self.english_acting_firm_offices = regex.compile(
                rf"(?<![\w&'’\-]){not_modifier}{name} (?:{literal_pattern(firm_offices)}) [A-Z]"
            )
            self.english_acting_guarded.append(
                (self.english_acting_firm_offices, regex.compile(literal_pattern(firm_offices)))
            )
        self.english_acting_titles = frozenset(flat(entry.get("titles")))
        self.english_surnames = frozenset(flat(entry.get("surnames")))
        self.english_given_names = frozenset(flat(entry.get("given_names")))
        self.english_acting_stop_words = frozenset(flat(entry.get("stop_words")))
        if amount_codes := flat(entry.get("amount_codes")):
            # "shareholders of RMB62.74 billion": a currency code glued to its number
            self.english_amount_word = regex.compile(rf"(?:{literal_pattern(amount_codes)})[0-9]")
        self.english_country_words = frozenset(flat(entry.get("country_words")))
        self.english_acting_places = frozenset(flat(entry.get("places")))
        self.english_place_nouns = frozenset(flat(entry.get("place_nouns")))
        # words that begin no company's short form: places, pronouns, titles, heads
        self.english_not_short = (
            self.english_acting_places
            | self.english_acting_stop_words
            | self.english_acting_titles
            | self.leading_words
            | frozenset(self.english_heads)
            | frozenset(self.date_words)
        )

    def _add_jieba_words(self, settings: dict) -> None:
        """Add jieba's organisation words that end with an organisation suffix."""
        rule_id = settings["id"]
        org_suffixes = sorted(
            (word for word, rules in self.suffixes.items() if any(r.table == ORGANISATIONS for r in rules)),
            key=len,
            reverse=True,
        )
        for word in _jieba_organisation_words(settings.get("min_length", 3)):
            if word in self.known or word in self.suffixes:
                continue
            for suffix in org_suffixes:
                if word.endswith(suffix):
                    rule = next(r for r in self.suffixes[suffix] if r.table == ORGANISATIONS)
                    if self._dictionary_word_fits(word, word[: -len(suffix)], rule):
                        self.known[word] = (f"{ORGANISATIONS}:{rule_id}", rule.kind)
                    break

    def _dictionary_word_fits(self, word: str, prefix: str, rule: SuffixRule) -> bool:
        """Whether a dictionary word passes the checks its suffix rule makes on text."""
        if rule.admin_prefix and (self.admin_start is None or not self.admin_start.match(word)):
            return False
        if rule.follows_not_after(prefix, len(prefix)):
            return False
        if not rule.needs_specific or (rule.generic_from and len(prefix) >= rule.generic_from):
            return True
        return prefix != "" and not self.is_generic_prefix(prefix, rule.table == ORGANISATIONS)

    def leading_place(self, name: str) -> int:
        """Length of the place a name begins with (苏州生物医药产业园 -> 2), or 0."""
        # Asked of every project name of a document for each table, and the
        # same names recur across documents: answered once per text.
        return self.per_text(_leading_place, PLACE_CACHE_SIZE)(name)

    def derived(self, builder: Callable[[NameRules], Result]) -> Result:
        """What `builder` makes of these rules, made once (for parts compiled by other modules)."""
        made = self._derived.get(builder, _NOT_MADE)
        if made is _NOT_MADE:
            made = builder(self)
            with self._lock:
                made = self._derived.setdefault(builder, made)
        return made

    def per_text(self, function: Callable[[str, NameRules], Result], maxsize: int) -> Callable[[str], Result]:
        """`function(text, self)` cached by text, on these rules only (one cache per function)."""
        cached = self._per_text.get(function)
        if cached is None:
            with self._lock:
                cached = self._per_text.get(function)
                if cached is None:
                    cached = self._per_text[function] = lru_cache(maxsize=maxsize)(
                        partial(function, rules=self)
                    )
        return cached


class NameLed(NamedTuple):
    """A pattern `{lead}(?P<a>{literal_pattern(names)}){rest}` in its parts (see `name_led_matches`)."""

    pattern: regex.Pattern
    lead: regex.Pattern | None  # zero-width, asked at the name's start
    words: WordSet
    rest: regex.Pattern


# An inline flag, which in a part alone would not act on the others as in the whole.
_INLINE_FLAG = regex.compile(r"\(\?[-abefiLmprsuVwx^]")


def name_led(lead: str, names: Iterable[str], rest: str) -> tuple[regex.Pattern, NameLed | None]:
    """The pattern `{lead}(?P<a>{names' trie}){rest}`, and its parts when they can be asked alone.

    The parts are None when `lead` or `rest` holds an inline flag.
    """
    names = sorted(set(names))
    pattern = regex.compile(f"{lead}(?P<a>{literal_pattern(names)}){rest}")
    if _INLINE_FLAG.search(lead) or _INLINE_FLAG.search(rest):
        return pattern, None
    return pattern, NameLed(
        pattern, regex.compile(lead) if lead else None, WordSet(names), regex.compile(rest)
    )


def name_led_matches(led: NameLed, text: str, starts: Iterable[int]) -> Iterator[tuple[int, int, int]]:
    """(start, end) of group `a` and the end of each match `matches_from(led.pattern, text, starts)` gives.

    The names' trie prefers the longest name at a position and gives up a
    name for the next shorter one when the rest does not follow: at a start,
    the names beginning there are tried longest first, each followed by the
    rest alone. The regex engine tries the trie's branches one by one at
    each start (a thousand listed names: about a tenth of a millisecond).
    """
    words, lead, rest = led.words, led.lead, led.rest
    position = 0
    for start in starts:
        if start < position or text[start : start + 1] not in words.first_characters:
            continue
        if lead is not None and lead.match(text, start) is None:
            continue
        for length in words.lengths:
            end = start + length
            if end <= len(text) and text[start:end] in words.words:
                after = rest.match(text, end)
                if after is not None:
                    yield start, end, after.end()
                    position = after.end() if after.end() > start else start + 1
                    break


class CompanyContext(NamedTuple):
    """Where a company shows around a short name: the patterns, each with the name as group `a`."""

    # a clause that begins with the name and goes on with what a company does or says
    subject: regex.Pattern
    # the name right before a person's title in it (台积电董事长), if titles are set
    titled: regex.Pattern | None
    # the name before its stock code in brackets (台积电(2330)), if a code is set
    coded: regex.Pattern | None
    # each pattern in its parts, where they can be asked alone (`name_led`)
    parts: Mapping[regex.Pattern, NameLed] = {}


def company_context(names: Iterable[str], settings: dict) -> CompanyContext:
    """The company-shows patterns of `listed_short_names` (`settings`) for `names`.

    One builder serves the listed short names and the well-known companies
    read only in context, so both read a company's verb, title and code alike.
    """
    names = sorted(set(names))
    adverb = optional_words(flat(settings.get("adverbs")) + flat(settings.get("more_adverbs")))
    # when and where it acts may stand between the name and the verb
    # (鸿海2月营收, 台积电昨(11)日公告, 台积电去年在高雄设厂)
    when = f"(?:{settings['when']})?" if settings.get("when") else ""
    where = f"(?:{settings['where']})?" if settings.get("where") else ""
    verbs = literal_pattern(flat(settings["verbs"]))
    clause = clause_start("「」()")
    built = [name_led(clause, names, rf"{adverb}{when}{adverb}{where}{adverb}(?:{verbs})")]
    titles = flat(settings.get("titles"))
    if titles:
        built.append(name_led(r"(?<!\p{Han})", names, f"(?:{literal_pattern(titles)})"))
    code = settings.get("code")
    if code:
        built.append(name_led(r"(?<!\p{Han})", names, rf"\s*(?:{code})"))
    patterns = iter(pattern for pattern, _ in built)
    subject = next(patterns)
    titled = next(patterns) if titles else None
    coded = next(patterns) if code else None
    return CompanyContext(subject, titled, coded, {pattern: led for pattern, led in built if led is not None})


def _leading_place(name: str, rules: NameRules) -> int:
    """`NameRules.leading_place`, worked out."""
    length = rules.place_set.longest_at(name, 0) or 0  # place_pattern.match(name)
    return max(length, rules.word_view.leading_place(name))


def _generic_matcher(org: regex.Pattern, project: regex.Pattern) -> Callable[[str, bool], bool]:
    """Whether a prefix is made only of generic words (of organisations, or of projects), cached."""

    @lru_cache(maxsize=65536)
    def is_generic(prefix: str, organisation: bool) -> bool:
        return (org if organisation else project).fullmatch(prefix) is not None

    return is_generic


class LiteralScreen:
    """Whether a text holds any of many literal strings (an Aho-Corasick automaton over them).

    For some thousand words a search of their trie pattern tries it at
    every position of a line; the automaton reads each character once.
    """

    __slots__ = ("automaton",)

    def __init__(self, words: Iterable[str]) -> None:
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        for word in words:
            if word:
                self.automaton.add_word(word, len(word))
        self.automaton.make_automaton()

    def search(self, text: str) -> bool:
        """True when `text` holds one of the words."""
        return len(self.automaton) > 0 and next(self.automaton.iter(text), None) is not None

    def starts(self, text: str) -> list[int]:
        """Every position of `text` where one of the words begins, in order."""
        if not len(self.automaton):
            return []
        return sorted({end - length + 1 for end, length in self.automaton.iter(text)})


class TriggerScreen:
    """Which of several trigger patterns a text holds, their literals found in one automaton pass.

    Each trigger's literals are read out of it (`required_literals`: every
    match holds one of them); one Aho-Corasick pass over a line tells which
    triggers it may hold, and only those are searched, instead of one search
    of the line per trigger. A trigger without known literals (one that
    ignores case) is always searched.
    """

    __slots__ = ("screen", "triggers")

    def __init__(self, triggers: Iterable[regex.Pattern]) -> None:
        self.triggers = tuple(dict.fromkeys(triggers))  # each once, in order
        # (a trigger that ignores case, or whose matches share no literal, is always searched)
        needed = [required_literals(trigger.pattern) for trigger in self.triggers]
        self.screen = literal_screen(
            [None if not literals or "" in literals else literals for literals in needed]
        )

    def held(self, text: str) -> dict[regex.Pattern, bool]:
        """Trigger -> whether `text` holds a match of it (`trigger.search(text) is not None`)."""
        may = self.screen.may_match(text)
        return {
            trigger: (may >> index) & 1 == 1 and trigger.search(text) is not None
            for index, trigger in enumerate(self.triggers)
        }


class WordSet:
    """Plain words asked what the pattern `literal_pattern(words)` would answer, without running it.

    Such a pattern is a trie of the words: it fullmatches a text that is one
    of them, its `match` at a position ends after the longest word that
    begins there, and a search finds the leftmost position where one
    begins. Over thousands of words (the division table's places) Python's
    regex engine tries the branches of the trie one by one at every
    position: 12 us for a `match`, 40-60 us for the search of a few
    characters; a set of the words and of their first characters answer in
    well under a microsecond.
    """

    __slots__ = ("first_characters", "lengths", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(word for word in words if word)  # the pattern skips an empty word
        self.lengths = tuple(sorted({len(word) for word in self.words}, reverse=True))
        self.first_characters = frozenset(word[0] for word in self.words)

    def is_word(self, text: str) -> bool:
        """`pattern.fullmatch(text) is not None`."""
        return text in self.words

    def longest_at(self, text: str, position: int, end: int | None = None) -> int | None:
        """Where the longest word at `position` (ending by `end`) ends, or None.

        `pattern.match(text, position, end).end()`.
        """
        end = len(text) if end is None else min(end, len(text))
        if not 0 <= position < end or text[position] not in self.first_characters:
            return None
        for length in self.lengths:
            stop = position + length
            if stop <= end and text[position:stop] in self.words:
                return stop
        return None

    def first(
        self, text: str, start: int = 0, end: int | None = None, unless: WordSet | None = None
    ) -> tuple[int, int] | None:
        """The span `pattern.search(text, start, end)` finds, or None.

        With `unless`, that of the pattern `(?!<unless's pattern>)<pattern>`:
        no word begins where a word of `unless` does.
        """
        end = len(text) if end is None else min(end, len(text))
        first_characters = self.first_characters
        for position in range(max(start, 0), end):
            if text[position] in first_characters:
                found = self.longest_at(text, position, end)
                if found is not None and (unless is None or unless.longest_at(text, position, end) is None):
                    return position, found
        return None

    def occurs_in(self, text: str) -> bool:
        """`pattern.search(text) is not None`."""
        return self.first(text) is not None


class ScreenedPattern:
    """A pattern run only on a text that holds one of the literals each of its matches holds.

    The literals are read out of the pattern (`required_literals`, as the
    boilerplate stage screens its rules); one search for them, with a plain
    literal pattern, is much cheaper than the rule's own scan of a line, and
    most lines hold none: a verb of a company ("signed") or a descriptor
    ("carmaker") stands on few lines. A pattern without known literals is
    always run. Once `share_screens` has joined it to the other patterns of
    its rules, the literals of all of them are found in one pass per line
    (`SharedScreen`) instead of one search per pattern.
    """

    __slots__ = ("bit", "literals", "needed", "pattern", "screen", "shared")

    def __init__(
        self, pattern: regex.Pattern, needed: regex.Pattern | None = None, literals: Iterable[str] = ()
    ) -> None:
        self.pattern = pattern
        # (`literals` given by the caller: an alternation of more words than the reader keeps)
        self.literals: frozenset[str] | None = frozenset(literals) or required_literals(pattern.pattern)
        self.screen: re.Pattern | None = re.compile(literal_pattern(self.literals)) if self.literals else None
        # A part every match holds (a stock code), searched after the literals:
        # a text without it cannot match, and finding it is cheaper than the
        # pattern's own search when the pattern opens with a long repeat.
        self.needed = needed
        self.shared: SharedScreen | None = None
        self.bit = 0

    def may_match(self, text: str) -> bool:
        """False when `text` lacks the literals or the needed part: the pattern cannot match it."""
        if self.shared is not None:
            if not self.shared.bits(text) & self.bit:
                return False
        elif self.screen is not None and self.screen.search(text) is None:
            return False
        return self.needed is None or self.needed.search(text) is not None

    def may_match_alone(self, text: str) -> bool:
        """`may_match` with the pattern's own literal search (the shared screen's reference)."""
        if self.screen is not None and self.screen.search(text) is None:
            return False
        return self.needed is None or self.needed.search(text) is not None

    def finditer(self, text: str) -> Iterator[regex.Match]:
        """`pattern.finditer(text)`; nothing at once when `text` cannot match (see `may_match`)."""
        if not self.may_match(text):
            return iter(())
        return self.pattern.finditer(text)


class SharedScreen:
    """The literals of many ScreenedPatterns found in one Aho-Corasick pass per text.

    A line is asked by a dozen screened patterns in turn (the acting, the
    titled, the described names...); each searched its own literals, one
    scan of the line per pattern. Here bit i of `bits(text)` is set when
    `text` holds a literal of the i-th pattern, as that pattern's own search
    would find; the bits of the text asked last are kept, so the patterns
    asking about the same line share one pass.
    """

    __slots__ = ("last", "screen")

    def __init__(self, literal_sets: Sequence[frozenset[str]]) -> None:
        self.screen = literal_screen(literal_sets)
        self.last: tuple[str, int] = ("", self.screen.may_match(""))

    def bits(self, text: str) -> int:
        """Bits of the patterns one of whose literals `text` holds."""
        last = self.last  # (one read: another thread may replace it)
        if last[0] == text:
            return last[1]
        found = self.screen.may_match(text)
        self.last = (text, found)
        return found


def share_screens(values: Iterable[object]) -> SharedScreen | None:
    """Join the ScreenedPatterns among `values` (and in their lists and tuples) to one SharedScreen.

    A pattern whose screen is its own search for no literal, or for a set
    holding the empty string (which its literal pattern leaves out), keeps
    its own screen. Returns the shared screen, or None when none is shared.
    """
    patterns: dict[int, ScreenedPattern] = {}

    def collect(value: object) -> None:
        if isinstance(value, ScreenedPattern):
            patterns.setdefault(id(value), value)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)

    for value in values:
        collect(value)
    joined = [pattern for pattern in patterns.values() if pattern.literals and "" not in pattern.literals]
    if not joined:
        return None
    shared = SharedScreen([pattern.literals for pattern in joined])
    for index, pattern in enumerate(joined):
        pattern.shared, pattern.bit = shared, 1 << index
    return shared


def matches_from(pattern: regex.Pattern, text: str, starts: Iterable[int]) -> Iterator[regex.Match]:
    """What `pattern.finditer(text)` gives, for a pattern whose matches can begin only at `starts`.

    `starts` are in order. A pattern that begins with a word of a list (and
    zero-width assertions) is tried only where a word of the list begins:
    one `match` there instead of a search of every position of the line.
    Like `finditer`, the search goes on from the end of each match.
    """
    position = 0
    for start in starts:
        if start < position:
            continue
        found = pattern.match(text, start)
        if found is not None:
            yield found
            position = found.end() if found.end() > start else start + 1


# A place in brackets before a legal form: "(Suzhou)", "(Hong Kong)"
BRACKETED_LEGAL_PLACE = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"


def screened(
    pattern: regex.Pattern, needed: regex.Pattern | None = None, literals: Iterable[str] = ()
) -> ScreenedPattern:
    """`pattern` behind the screen of its literals and of a `needed` part (see `ScreenedPattern`).

    `literals`, when given, are those every match holds (a list of names), read out of the
    pattern otherwise.
    """
    return ScreenedPattern(pattern, needed, literals)


def compile_name_rules(ruleset: RuleSet) -> NameRules:
    """The name rules of `ruleset` (use as `ruleset.compiled(compile_name_rules)`)."""
    return NameRules(ruleset)


def clause_start(extra_stops: str) -> str:
    """A pattern for where a clause begins: the line's start or after a stop, a quote or a space.

    `extra_stops` are more characters that end what comes before (brackets).
    """
    return rf"(?:(?<=^)|(?<=[,.;:!?，。；：！？、“”{extra_stops}\s]))"


def optional_words(words: object) -> str:
    """An optional alternation of the words of a rule-file list (nested lists flattened); "" for none."""
    found = flat(words)
    return rf"(?:{literal_pattern(found)})?" if found else ""
