"""The name rules: rules/names.yaml, organisations.yaml and projects.yaml, checked and compiled.

    rules = ruleset.compiled(compile_name_rules)

`compile_name_rules` validates the three files against the schemas below
(errors as `file:line: reason`) and compiles what the name search needs:
one automaton over every Chinese suffix and known name, the boundary and
generic-word patterns, the English head words and lexicon. The compiled
`NameRules` also carries the caches of its own rule set (per line text, per
generic prefix), so two rule sets never share one.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import regex

from pipeline.rules.schema import (
    EXAMPLES,
    Anything,
    Bool,
    ListOf,
    Mapping,
    Number,
    Schema,
    Str,
    Where,
    check,
    rules_with_examples,
)
from pipeline.text.patterns import literal_pattern

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

ORGANISATIONS = "organisations"
PROJECTS = "projects"
NAMES = "names"

Result = TypeVar("Result")


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


@dataclass(frozen=True)
class EnglishHead:
    """An English head word: the table and kind of the name it ends."""

    table: str
    rule_id: str
    kind: str


# --------------------------------------------------------------------------
# Schemas


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
    """A list of words, which may group words in nested lists (flattened when read)."""

    min_items: int = 0

    def check(self, value: Any, where: Where) -> None:
        """Every item a word or a list of words."""
        if not isinstance(value, list):
            raise where.fail(
                f"expected {self.describe()}, got {'a mapping' if isinstance(value, dict) else repr(value)}"
            )
        where = where.at(value, "")
        if len(value) < self.min_items:
            raise where.fail(f"needs at least {self.min_items} word(s)")
        for index, item in enumerate(value):
            item_where = where.at(item, f"[{index}]")
            if isinstance(item, list):
                Words().check(item, item_where)
            else:
                Word().check(item, item_where)

    def describe(self) -> str:
        """`a list of words`."""
        return "a list of words"


WORDS = Words()
SOME_WORDS = Words(min_items=1)
COUNT = Number(integer=True, minimum=0)


def _flat(words: Any) -> list[str]:
    """The words of a WORDS value, nested lists flattened, in file order."""
    flat: list[str] = []
    for item in words or []:
        flat.extend(item if isinstance(item, list) else [item])
    return flat


def _english_heads_are_cased(entry: dict, where: Where) -> None:
    for word in _flat(entry.get("heads")):
        if not word[0].isupper():
            raise where.fail(f"head {word!r} must start with a capital letter")
    for word in _flat(entry.get("lowercase_heads")):
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


NAMES_SCHEMA = Mapping(
    {
        "boundary_words": WORDS,
        "keep_words": WORDS,
        "count_pattern": Str(regex=True, allow_empty=True),
        "name_punctuation": Str(allow_empty=True),
        "conjunctions": WORDS,
        "max_name_length": Number(integer=True, minimum=1),
        "generic_words": WORDS,
        "generic_number": Str(regex=True),
        "english": Mapping(
            {
                "connectors": WORDS,
                "continuations": WORDS,
                "joiners": WORDS,
                "leading_words": WORDS,
                "articles": WORDS,
                "date_words": WORDS,
                "max_lowercase_tail": COUNT,
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
    """The schema of organisations.yaml or projects.yaml, whose rules give one of `kinds`."""
    kind = Str(choices=kinds)
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
            "not_after": WORDS,
            "research_words": WORDS,
            "examples": EXAMPLES,
        },
        required=("id", "kind", "words"),
    )
    list_context = Mapping(
        {
            "id": Str(),
            "kind": kind,
            "heads": SOME_WORDS,
            "window": COUNT,
            "not_between": WORDS,
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
            "examples": EXAMPLES,
        },
        required=("id", "kind", "heads"),
        check_whole=_english_heads_are_cased,
    )
    fields: dict[str, Schema] = {
        "kinds": ListOf(Str(), min_items=1),
        "suffixes": ListOf(suffix, unique="id", min_items=1),
        "generic_words": WORDS,
        "list_context": list_context,
        "english": ListOf(english, unique="id", min_items=1),
    }
    required = ["kinds", "suffixes", "list_context", "english"]
    if table == ORGANISATIONS:
        fields |= {
            "admin_prefixes": WORDS,
            "title_words": WORDS,
            "gazetteer": ListOf(
                Mapping(
                    {"id": Str(), "kind": kind, "names": WORDS, "examples": EXAMPLES},
                    required=("id", "kind", "names"),
                ),
                unique="id",
            ),
            "jieba_dictionary": Mapping(
                {"enabled": Bool(), "id": Str(), "min_length": COUNT, "examples": EXAMPLES},
                required=("id",),
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
            "right_extension": Str(regex=True, allow_empty=True),
            "title_marks": Mapping(titled, required=("id", "kind")),
            "quoted_names": Mapping(titled | {"suffixes": SOME_WORDS}, required=("id", "kind", "suffixes")),
        }
        required += ["title_marks", "quoted_names"]
    return Mapping(fields, required=tuple(required), check_whole=_unique_rule_ids)


# Read first: the kinds a table's rules may give, which the rest of its schema checks against.
KINDS_FIRST = Mapping({"kinds": ListOf(Str(), min_items=1)}, required=("kinds",), extra=Anything())


def _checked(ruleset: RuleSet, table: str) -> tuple[dict, tuple[str, ...]]:
    """The parsed rule file of `table`, checked against its schema, and its kinds."""
    document, path = ruleset.file(table), ruleset.path(table)
    check(document, KINDS_FIRST, path)
    kinds = tuple(document["kinds"])
    check(document, _table_schema(table, kinds), path)
    return document, kinds


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


def _suffix_rules(table: str, document: dict, max_length: int) -> list[tuple[str, SuffixRule]]:
    """(suffix word, rule) pairs of one rule file's `suffixes` list."""
    pairs = []
    for entry in document["suffixes"]:
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
            not_before=tuple(_flat(entry.get("not_before"))),
            not_after=tuple(_flat(entry.get("not_after"))),
            research_words=tuple(_flat(entry.get("research_words"))),
        )
        pairs.extend((word, rule) for word in _flat(entry["words"]))
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
        not_between=tuple(_flat(entry.get("not_between"))),
    )
    pattern = regex.compile(
        f"等[^,.;:!?。！？]{{0,{rule.window}}}?(?:{literal_pattern(_flat(entry['heads']))})"
    )
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


class NameRules:
    """Everything the name search needs, compiled from one rule set's three rule files."""

    def __init__(self, ruleset: RuleSet) -> None:
        names = ruleset.file(NAMES)
        check(names, NAMES_SCHEMA, ruleset.path(NAMES))
        orgs, self.org_kinds = _checked(ruleset, ORGANISATIONS)
        projects, self.project_kinds = _checked(ruleset, PROJECTS)
        self._lock = threading.Lock()
        self._per_text: dict[Callable, Callable] = {}

        self.max_name_length: int = names.get("max_name_length", 30)
        count = names.get("count_pattern", "")
        punctuation = names.get("name_punctuation", "")
        non_name = rf"[^\p{{Han}}A-Za-z0-9{regex.escape(punctuation)}]"
        # Searched backwards from a suffix: the nearest punctuation or count.
        self.reverse_boundary = regex.compile(f"(?r){non_name}" + (f"|{count}" if count else ""))
        # Boundary and keep words in one alternation, longest first: matched
        # leftmost-longest, 自由 (keep) hides the boundary 由 inside it.
        self.boundary_word_kinds: dict[str, bool] = dict.fromkeys(_flat(names.get("keep_words")), False)
        for word in _flat(names["boundary_words"]):
            self.boundary_word_kinds.setdefault(word, True)
        self.boundary_word_pattern = re.compile(literal_pattern(self.boundary_word_kinds))
        self.conjunctions = tuple(sorted(set(_flat(names.get("conjunctions")))))
        generic = _flat(names["generic_words"])
        project_generic = _flat(projects.get("generic_words"))
        digits = names["generic_number"]
        conjunction_class = "".join(sorted(self.conjunctions)) or "与"
        self.generic_org = regex.compile(f"(?:{literal_pattern(generic)}|{digits}|[{conjunction_class}])+")
        self.generic_project = regex.compile(
            f"(?:{literal_pattern(generic + project_generic)}|{digits}|[{conjunction_class}])+"
        )
        self.is_generic_prefix = _generic_matcher(self.generic_org, self.generic_project)

        self.admin_prefixes = tuple(_flat(orgs.get("admin_prefixes")))
        self.title_words = tuple(_flat(orgs.get("title_words")))

        # One automaton: every suffix and every known name.
        self.suffixes: dict[str, list[SuffixRule]] = {}
        for table, document in ((ORGANISATIONS, orgs), (PROJECTS, projects)):
            for word, rule in _suffix_rules(table, document, self.max_name_length):
                self.suffixes.setdefault(word, []).append(rule)
        self.known: dict[str, tuple[str, str]] = {}  # name -> (rule_id, kind)
        for entry in orgs.get("gazetteer", []):
            for name in _flat(entry["names"]):
                self.known[name] = (f"{ORGANISATIONS}:{entry['id']}", entry["kind"])
        jieba_settings = orgs.get("jieba_dictionary", {})
        if jieba_settings.get("enabled", False):
            self._add_jieba_words(jieba_settings)

        self.word_scan, self.word_endings, self.word_inner = _word_scanner(
            set(self.suffixes) | set(self.known)
        )

        right = projects.get("right_extension", "")
        self.right_extension = regex.compile(right) if right else None

        titles = projects["title_marks"]
        self.title_rule = (f"{PROJECTS}:{titles['id']}", titles["kind"])
        low, high = titles.get("min_length", 2), titles.get("max_length", 60)
        self.title_pattern = regex.compile(
            rf"《([^《》]{{{low},{high}}})》|^([^《》]{{{low},{high}}})》|《([^《》]{{{low},{high}}})$"
        )
        quoted = projects["quoted_names"]
        self.quoted_rule = (f"{PROJECTS}:{quoted['id']}", quoted["kind"])
        low, high = quoted.get("min_length", 4), quoted.get("max_length", 40)
        endings = literal_pattern(_flat(quoted["suffixes"]))
        self.quoted_pattern = regex.compile(
            rf"[“\"]([^“”\",。;:]{{{max(low - 2, 0)},{high}}}(?:{endings}))[”\"]"
        )

        self.list_rules = [_list_rule(ORGANISATIONS, orgs), _list_rule(PROJECTS, projects)]

        self._compile_english(names["english"], orgs, projects)

    def _compile_english(self, lexicon: dict, orgs: dict, projects: dict) -> None:
        """English head words of both tables, the lexicon of names.yaml, the company-list rule."""
        self.english_heads: dict[str, EnglishHead] = {}
        self.english_compound_heads: dict[tuple[str, str], EnglishHead] = {}
        self.english_lowercase: dict[str, EnglishHead] = {}
        for table, document in ((ORGANISATIONS, orgs), (PROJECTS, projects)):
            for entry in document["english"]:
                head = EnglishHead(table, f"{table}:{entry['id']}", entry["kind"])
                for word in _flat(entry["heads"]):
                    first, _, second = word.partition(" ")
                    if second:
                        self.english_compound_heads[(first, second)] = head
                    else:
                        self.english_heads[word] = head
                for word in _flat(entry.get("lowercase_heads")):
                    self.english_lowercase[word] = head
        self.english_compound_seconds = frozenset(second for _first, second in self.english_compound_heads)
        # Text holding none of these words has no English name. A word is not
        # followed by a letter or digit unless it ends with a full stop
        # (Co.Ltd); what precedes it is checked on each match (a lookbehind
        # here would make the search slower).
        head_words = literal_pattern(
            [word for pair in self.english_compound_heads for word in pair]
            + list(self.english_heads)
            + list(self.english_lowercase)
        )
        self.english_trigger = re.compile(f"(?:{head_words})(?:(?<=\\.)|(?![A-Za-z0-9]))")

        self.connectors = frozenset(_flat(lexicon["connectors"]))
        self.continuations = frozenset(_flat(lexicon["continuations"]))
        self.joiners = frozenset(_flat(lexicon["joiners"]))
        self.leading_words = frozenset(_flat(lexicon["leading_words"]))
        self.articles = frozenset(_flat(lexicon["articles"]))
        self.date_words = frozenset(_flat(lexicon["date_words"]))
        self.max_lowercase_tail: int = lexicon["max_lowercase_tail"]
        # Heads written with a full stop (Inc., Co.) keep it as part of the word.
        self.abbreviation_heads = frozenset(
            word for word in (*self.english_heads, *self.english_lowercase) if word.endswith(".")
        )
        stems = "|".join(re.escape(word.removesuffix(".")) for word in sorted(self.abbreviation_heads))
        # A word: letters and digits with ’'&·- inside, or a lone &. Only the
        # abbreviation heads keep their full stop (a sentence's full stop is no word).
        word = rf"(?:{stems})\.|[A-Za-z0-9](?:[A-Za-z0-9’'&·\-]*[A-Za-z0-9])?|&"
        self.english_token = re.compile(word)
        # A chunk: words one character apart, as many as follow each other. Words join
        # into a name, or reach a lower-case head, only across a one-character gap, so
        # every name lies inside one chunk and chunks can be read separately.
        self.english_chunk = re.compile(f"(?>{word})(?:[^A-Za-z0-9&](?>{word}))*")

        entry = orgs["english_list"]
        window = entry.get("window", 60)
        self.english_list_pattern = regex.compile(
            rf"\b(?:{literal_pattern(_flat(entry['nouns']))})\b[^.;:]{{0,{window}}}?"
            rf"\b(?:{literal_pattern(_flat(entry['introducers']))})\s+"
        )
        self.english_list_rule = ListRule(
            ORGANISATIONS, f"{ORGANISATIONS}:{entry['id']}", entry["kind"], window, 1, 0, ()
        )
        self.english_list_max_words: int = entry.get("max_words", 4)
        self.english_list_stop_words = frozenset(_flat(entry.get("stop_words")))

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
        if rule.admin_prefix and not word.startswith(self.admin_prefixes):
            return False
        if rule.not_after and prefix.endswith(rule.not_after):
            return False
        if not rule.needs_specific or (rule.generic_from and len(prefix) >= rule.generic_from):
            return True
        return prefix != "" and not self.is_generic_prefix(prefix, rule.table == ORGANISATIONS)

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


def _generic_matcher(org: regex.Pattern, project: regex.Pattern) -> Callable[[str, bool], bool]:
    """Whether a prefix is made only of generic words (of organisations, or of projects), cached."""

    @lru_cache(maxsize=65536)
    def is_generic(prefix: str, organisation: bool) -> bool:
        return (org if organisation else project).fullmatch(prefix) is not None

    return is_generic


def compile_name_rules(ruleset: RuleSet) -> NameRules:
    """The name rules of `ruleset` (use as `ruleset.compiled(compile_name_rules)`)."""
    return NameRules(ruleset)
