"""Organisation and project names, found together so that they never overlap.

Both extractors share one pass per line: `find_names(text)` returns every
organisation and project name on a normalised line, already resolved so that
the longest name wins and an organisation inside a project name (or a park
inside a committee's name) is not reported separately. The organisation and
project extractors each keep their own table's names.

Chinese: suffixes (rules/organisations.yaml, rules/projects.yaml) and known
names are found with one scan of the reversed line (a trie-shaped regex that
matches the longest word ending at each position; words ending inside it are
read from tables made when the rules load); each suffix is extended
leftwards to the nearest boundary (rules/names.yaml): punctuation, a verb or
particle that introduces a name, or a count. Titles in 《》, quoted policy
names and lists ("A、B、C等企业") add names that carry no suffix.
English: runs of capitalised words joined by of/for/and/&, classified by their
head word (Commission, Group, Park, Forum, ...); a line without any head word
is skipped.

Cost: per line, facts every suffix needs (brackets, conjunction positions) are
found once, and overlaps are resolved through a map of covered characters on
lines with many names, so the time grows linearly with the line length. English
text is split into words only in the chunks that hold a head word.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import regex

from pipeline.rules.loader import load_rule_file, require, rule_path

ORGANISATIONS = "organisations"
PROJECTS = "projects"
NAMES = "names"

ORG_KINDS = ("government", "company", "research", "association", "other")
PROJECT_KINDS = ("park", "facility", "program", "policy", "event")
KINDS = {ORGANISATIONS: ORG_KINDS, PROJECTS: PROJECT_KINDS}

HAN = regex.compile(r"\p{Han}")
UPPER = regex.compile(r"[A-Z]")
SENTENCE_PUNCTUATION = ",.;:!?，。；：！？"
SENTENCE_END = ".!?。！？"
SENTENCE_PUNCTUATION_PATTERN = re.compile(f"[{re.escape(SENTENCE_PUNCTUATION)}]")
# Up to this many names on a line are resolved pairwise; beyond it, through
# a map of covered characters (linear on very long lines).
PAIRWISE_LIMIT = 32
# Longest boundary word that may straddle the start of a search window.
WORD_OVERLAP = 4


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
# Loading and validating the rule files


def _words(value: Any, path: Path, node: Any, what: str) -> list[str]:
    """A list of non-empty strings from a rule file (nested lists flattened)."""
    require(isinstance(value, list), path, node, f"'{what}' must be a list of words")
    words: list[str] = []
    for item in value:
        if isinstance(item, list):
            words.extend(_words(item, path, item, what))
        else:
            require(
                isinstance(item, str) and item != "",
                path,
                value,
                f"'{what}' holds an empty or non-text entry",
            )
            words.append(item)
    return words


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(regex.escape(word) for word in sorted(set(words), key=len, reverse=True))


def _mapping(value: Any, path: Path, node: Any, what: str) -> dict:
    require(isinstance(value, dict), path, node, f"'{what}' must be a mapping")
    return value


def _int(rule: dict, key: str, default: int, path: Path) -> int:
    value = rule.get(key, default)
    require(isinstance(value, int) and value >= 0, path, rule, f"'{key}' must be a whole number >= 0")
    return value


def _suffix_rules(table: str, rules: dict, path: Path, max_length: int) -> list[tuple[str, SuffixRule]]:
    """(suffix word, rule) pairs of one rule file's `suffixes` list."""
    entries = rules.get("suffixes")
    require(isinstance(entries, list) and entries, path, rules, "'suffixes' must be a non-empty list")
    pairs = []
    seen_ids: set[str] = set()
    for entry in entries:
        _mapping(entry, path, entries, "suffixes entry")
        rule_id = entry.get("id")
        require(isinstance(rule_id, str) and rule_id != "", path, entry, "every suffix rule needs an 'id'")
        require(rule_id not in seen_ids, path, entry, f"duplicate rule id {rule_id!r}")
        seen_ids.add(rule_id)
        kind = entry.get("kind")
        require(
            kind in KINDS[table],
            path,
            entry,
            f"'kind' must be one of {', '.join(KINDS[table])}, not {kind!r}",
        )
        words = _words(entry.get("words"), path, entry, "words")
        require(bool(words), path, entry, "'words' must not be empty")
        rule = SuffixRule(
            table=table,
            rule_id=f"{table}:{rule_id}",
            kind=kind,
            min_prefix=_int(entry, "min_prefix", 1, path),
            max_prefix=_int(entry, "max_prefix", max_length, path),
            needs_specific=bool(entry.get("needs_specific", False)),
            generic_from=_int(entry, "generic_from", 0, path),
            admin_prefix=bool(entry.get("admin_prefix", False)),
            extend_right=bool(entry.get("extend_right", False)),
            not_before=tuple(_words(entry.get("not_before", []), path, entry, "not_before")),
            not_after=tuple(_words(entry.get("not_after", []), path, entry, "not_after")),
            research_words=tuple(_words(entry.get("research_words", []), path, entry, "research_words")),
        )
        pairs.extend((word, rule) for word in words)
    return pairs


def _list_rule(table: str, rules: dict, path: Path) -> tuple[ListRule, list[str]]:
    entry = _mapping(rules.get("list_context"), path, rules, "list_context")
    rule_id = entry.get("id")
    require(isinstance(rule_id, str) and rule_id != "", path, entry, "'list_context' needs an 'id'")
    kind = entry.get("kind")
    require(kind in KINDS[table], path, entry, f"'kind' must be one of {', '.join(KINDS[table])}")
    heads = _words(entry.get("heads"), path, entry, "heads")
    rule = ListRule(
        table=table,
        rule_id=f"{table}:{rule_id}",
        kind=kind,
        window=_int(entry, "window", 12, path),
        min_item=_int(entry, "min_item", 2, path),
        max_item=_int(entry, "max_item", 12, path),
        not_between=tuple(_words(entry.get("not_between", []), path, entry, "not_between")),
    )
    return rule, heads


def _english_heads(
    table: str, rules: dict, path: Path
) -> tuple[dict[str, EnglishHead], dict[str, EnglishHead]]:
    """Capitalised heads (one or two words) and lower-case closing heads of one rule file."""
    entries = rules.get("english")
    require(isinstance(entries, list) and entries, path, rules, "'english' must be a non-empty list")
    heads: dict[str, EnglishHead] = {}
    lowercase: dict[str, EnglishHead] = {}
    for entry in entries:
        _mapping(entry, path, entries, "english entry")
        rule_id = entry.get("id")
        require(isinstance(rule_id, str) and rule_id != "", path, entry, "every english rule needs an 'id'")
        kind = entry.get("kind")
        require(
            kind in KINDS[table],
            path,
            entry,
            f"'kind' must be one of {', '.join(KINDS[table])}, not {kind!r}",
        )
        head = EnglishHead(table, f"{table}:{rule_id}", kind)
        for word in _words(entry.get("heads"), path, entry, "heads"):
            require(bool(UPPER.match(word)), path, entry, f"head {word!r} must start with a capital letter")
            heads[word] = head
        for word in _words(entry.get("lowercase_heads", []), path, entry, "lowercase_heads"):
            require(word == word.lower(), path, entry, f"lowercase head {word!r} must be lower case")
            lowercase[word] = head
    return heads, lowercase


def _english_list(rules: dict, path: Path) -> tuple[ListRule, regex.Pattern, int]:
    """The English company-list rule: '<noun> ... such as A, B, and C'."""
    entry = _mapping(rules.get("english_list"), path, rules, "english_list")
    rule_id = entry.get("id")
    require(isinstance(rule_id, str) and rule_id != "", path, entry, "'english_list' needs an 'id'")
    kind = entry.get("kind")
    require(kind in ORG_KINDS, path, entry, f"'kind' must be one of {', '.join(ORG_KINDS)}")
    nouns = _words(entry.get("nouns"), path, entry, "nouns")
    introducers = _words(entry.get("introducers"), path, entry, "introducers")
    window = _int(entry, "window", 60, path)
    pattern = regex.compile(
        rf"\b(?:{_alternation(nouns)})\b[^.;:]{{0,{window}}}?\b(?:{_alternation(introducers)})\s+"
    )
    rule = ListRule(ORGANISATIONS, f"{ORGANISATIONS}:{rule_id}", kind, window, 1, 0, ())
    return rule, pattern, _int(entry, "max_words", 4, path)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching the longest of `words` at a position (a trie, so sre stays fast)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict) -> str:
        children = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not children:
            return ""
        body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
        # Continuing is tried before stopping: the longest word wins.
        return f"(?:{body})?" if "" in node else body

    return branch(trie) or "(?!)"


def _alternation_re(words: Iterable[str]) -> str:
    """A `re` pattern for literal words, matched leftmost-longest."""
    return _trie_pattern(set(words))


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
    pattern = re.compile(_trie_pattern(word[::-1] for word in words))
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


def _compile(pattern: str, path: Path, node: Any, what: str) -> regex.Pattern:
    try:
        return regex.compile(pattern)
    except regex.error as error:
        require(False, path, node, f"'{what}' is not a valid regular expression: {error}")
        raise  # unreachable: require raised


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
    """Everything the name finder needs, compiled once from the rule files."""

    def __init__(self) -> None:
        names_path = rule_path(NAMES)
        names = _mapping(load_rule_file(NAMES), names_path, None, "names.yaml")
        org_path = rule_path(ORGANISATIONS)
        orgs = _mapping(load_rule_file(ORGANISATIONS), org_path, None, "organisations.yaml")
        project_path = rule_path(PROJECTS)
        projects = _mapping(load_rule_file(PROJECTS), project_path, None, "projects.yaml")

        self.max_name_length = _int(names, "max_name_length", 30, names_path)
        boundary = _words(names.get("boundary_words"), names_path, names, "boundary_words")
        keep = _words(names.get("keep_words", []), names_path, names, "keep_words")
        count = names.get("count_pattern", "")
        require(isinstance(count, str), names_path, names, "'count_pattern' must be text")
        _compile(count, names_path, names, "count_pattern") if count else None
        punctuation = names.get("name_punctuation", "")
        require(isinstance(punctuation, str), names_path, names, "'name_punctuation' must be text")
        non_name = rf"[^\p{{Han}}A-Za-z0-9{regex.escape(punctuation)}]"
        # Searched backwards from a suffix: the nearest punctuation or count.
        self.reverse_boundary = regex.compile(f"(?r){non_name}" + (f"|{count}" if count else ""))
        # Boundary and keep words in one alternation, longest first: matched
        # leftmost-longest, 自由 (keep) hides the boundary 由 inside it.
        self.boundary_word_kinds: dict[str, bool] = dict.fromkeys(keep, False)
        for word in boundary:
            self.boundary_word_kinds.setdefault(word, True)
        self.boundary_word_pattern = re.compile(_alternation_re(self.boundary_word_kinds))
        self.conjunctions = tuple(
            sorted(set(_words(names.get("conjunctions", []), names_path, names, "conjunctions")))
        )
        generic = _words(names.get("generic_words"), names_path, names, "generic_words")
        project_generic = _words(projects.get("generic_words", []), project_path, projects, "generic_words")
        digits = "[0-9一二三四五六七八九十两]+"
        conjunction_class = "".join(sorted(self.conjunctions)) or "与"
        self.generic_org = regex.compile(f"(?:{_alternation(generic)}|{digits}|[{conjunction_class}])+")
        self.generic_project = regex.compile(
            f"(?:{_alternation(generic + project_generic)}|{digits}|[{conjunction_class}])+"
        )

        self.admin_prefixes = tuple(_words(orgs.get("admin_prefixes", []), org_path, orgs, "admin_prefixes"))
        self.title_words = tuple(_words(orgs.get("title_words", []), org_path, orgs, "title_words"))

        # One automaton: every suffix and every known name.
        self.suffixes: dict[str, list[SuffixRule]] = {}
        for table, rules, path in ((ORGANISATIONS, orgs, org_path), (PROJECTS, projects, project_path)):
            for word, rule in _suffix_rules(table, rules, path, self.max_name_length):
                self.suffixes.setdefault(word, []).append(rule)
        self.known: dict[str, tuple[str, str]] = {}  # name -> (rule_id, kind)
        gazetteer = orgs.get("gazetteer", [])
        require(isinstance(gazetteer, list), org_path, orgs, "'gazetteer' must be a list")
        for entry in gazetteer:
            _mapping(entry, org_path, gazetteer, "gazetteer entry")
            rule_id = entry.get("id")
            require(
                isinstance(rule_id, str) and rule_id != "",
                org_path,
                entry,
                "every gazetteer entry needs an 'id'",
            )
            kind = entry.get("kind")
            require(kind in ORG_KINDS, org_path, entry, f"'kind' must be one of {', '.join(ORG_KINDS)}")
            for name in _words(entry.get("names"), org_path, entry, "names"):
                self.known[name] = (f"{ORGANISATIONS}:{rule_id}", kind)
        jieba_settings = _mapping(orgs.get("jieba_dictionary", {}), org_path, orgs, "jieba_dictionary")
        if jieba_settings.get("enabled", False):
            self._add_jieba_words(jieba_settings, org_path)

        self.word_scan, self.word_endings, self.word_inner = _word_scanner(
            set(self.suffixes) | set(self.known)
        )

        right = projects.get("right_extension", "")
        require(isinstance(right, str), project_path, projects, "'right_extension' must be text")
        self.right_extension = _compile(right, project_path, projects, "right_extension") if right else None

        titles = _mapping(projects.get("title_marks"), project_path, projects, "title_marks")
        require(
            titles.get("kind") in PROJECT_KINDS,
            project_path,
            titles,
            "'title_marks.kind' is not a project kind",
        )
        self.title_rule = (f"{PROJECTS}:{titles.get('id', 'book_title')}", titles["kind"])
        low, high = _int(titles, "min_length", 2, project_path), _int(titles, "max_length", 60, project_path)
        self.title_pattern = regex.compile(
            rf"《([^《》]{{{low},{high}}})》|^([^《》]{{{low},{high}}})》|《([^《》]{{{low},{high}}})$"
        )

        quoted = _mapping(projects.get("quoted_names"), project_path, projects, "quoted_names")
        require(
            quoted.get("kind") in PROJECT_KINDS,
            project_path,
            quoted,
            "'quoted_names.kind' is not a project kind",
        )
        self.quoted_rule = (f"{PROJECTS}:{quoted.get('id', 'quoted_title')}", quoted["kind"])
        quoted_suffixes = _words(quoted.get("suffixes"), project_path, quoted, "suffixes")
        low, high = _int(quoted, "min_length", 4, project_path), _int(quoted, "max_length", 40, project_path)
        self.quoted_pattern = regex.compile(
            rf"[“\"]([^“”\",。;:]{{{max(low - 2, 0)},{high}}}(?:{_alternation(quoted_suffixes)}))[”\"]"
        )

        self.list_rules: list[tuple[ListRule, regex.Pattern]] = []
        for table, rules, path in ((ORGANISATIONS, orgs, org_path), (PROJECTS, projects, project_path)):
            rule, heads = _list_rule(table, rules, path)
            pattern = regex.compile(f"等[^,.;:!?。！？]{{0,{rule.window}}}?(?:{_alternation(heads)})")
            self.list_rules.append((rule, pattern))

        self.english_heads: dict[str, EnglishHead] = {}
        self.english_compound_heads: dict[tuple[str, str], EnglishHead] = {}
        self.english_lowercase: dict[str, EnglishHead] = {}
        for table, rules, path in ((ORGANISATIONS, orgs, org_path), (PROJECTS, projects, project_path)):
            heads, lowercase = _english_heads(table, rules, path)
            for word, head in heads.items():
                first, _, second = word.partition(" ")
                if second:
                    self.english_compound_heads[(first, second)] = head
                else:
                    self.english_heads[word] = head
            self.english_lowercase.update(lowercase)
        self.english_compound_seconds = frozenset(second for _first, second in self.english_compound_heads)
        # Text holding none of these words has no English name. A word is not
        # followed by a letter or digit unless it ends with a full stop
        # (Co.Ltd); what precedes it is checked on each match (a lookbehind
        # here would make the search slower).
        head_words = _alternation_re(
            [word for pair in self.english_compound_heads for word in pair]
            + list(self.english_heads)
            + list(self.english_lowercase)
        )
        self.english_trigger = re.compile(f"(?:{head_words})(?:(?<=\\.)|(?![A-Za-z0-9]))")
        self.english_list_rule, self.english_list_pattern, self.english_list_max_words = _english_list(
            orgs, org_path
        )

    def _add_jieba_words(self, settings: dict, path: Path) -> None:
        """Add jieba's organisation words that end with an organisation suffix."""
        rule_id = settings.get("id", "jieba_nt")
        min_length = _int(settings, "min_length", 3, path)
        org_suffixes = sorted(
            (word for word, rules in self.suffixes.items() if any(r.table == ORGANISATIONS for r in rules)),
            key=len,
            reverse=True,
        )
        for word in _jieba_organisation_words(min_length):
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
        # Not through _is_generic: its cache asks for the rules still being built.
        pattern = self.generic_org if rule.table == ORGANISATIONS else self.generic_project
        return prefix != "" and pattern.fullmatch(prefix) is None


@lru_cache(maxsize=1)
def name_rules() -> NameRules:
    """The compiled name rules (loaded once per process)."""
    return NameRules()


# --------------------------------------------------------------------------
# Chinese


def _name_window_start(text: str, lowest: int, end: int, rules: NameRules) -> int:
    """Where a name ending at `end` may begin: just after the nearest boundary.

    Only the window [lowest, end) is searched (a name is never longer), so the
    cost is per suffix found, not per line.
    """
    start = lowest
    boundary = rules.reverse_boundary.search(text, lowest, end)
    if boundary is not None:
        start = boundary.end()
    # Scan from a little earlier so that a word straddling the window start
    # (参加 before 进博会 when only two characters are allowed) is seen.
    kinds = rules.boundary_word_kinds
    for match in rules.boundary_word_pattern.finditer(text, max(0, start - WORD_OVERLAP), end):
        if kinds[match.group()]:
            start = max(start, match.end())
    return start


def _balance_brackets(text: str, start: int, end: int) -> int:
    """Move `start` right past any bracket that is not closed inside [start, end)."""
    depth = 0
    new_start = start
    for index in range(start, end):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                new_start = index + 1
            else:
                depth -= 1
    if depth:
        # An opening bracket left open: the name starts after the last one.
        open_at = text.rfind("(", new_start, end)
        new_start = open_at + 1
    return new_start


def _is_generic(prefix: str, table: str, rules: NameRules, generic_from: int = 0) -> bool:
    """True when `prefix` says nothing specific (only generic words, numbers).

    With `generic_from` > 0, a generic prefix at least that long counts as
    specific (全国技术创新大会 names one conference, 学术大会 does not).
    """
    if prefix == "":
        return True
    if generic_from and len(prefix) >= generic_from:
        return False
    return _generic_match(prefix, table == ORGANISATIONS)


@lru_cache(maxsize=65536)
def _generic_match(prefix: str, organisation: bool) -> bool:
    rules = name_rules()
    pattern = rules.generic_org if organisation else rules.generic_project
    return pattern.fullmatch(prefix) is not None


def _word_hits(text: str, rules: NameRules) -> list[tuple[int, tuple[str, ...]]]:
    """(end, words ending there, longest first) for every end of a suffix or known name, in order."""
    length = len(text)
    endings, inner = rules.word_endings, rules.word_inner
    hits: list[tuple[int, tuple[str, ...]]] = []
    for match in rules.word_scan.finditer(text[::-1]):
        word = match.group()[::-1]
        end = length - match.start()
        hits.append((end, endings[word]))
        start = end - len(word)
        for k, straddling, inside in inner[word]:
            position = start + k
            found = tuple(v for v in straddling if text.endswith(v, 0, position)) + inside
            if found:
                hits.append((position, found))
    hits.reverse()
    return hits


def _suffix_ends(text: str, rules: NameRules) -> tuple[dict[int, list[str]], list[tuple[int, str]]]:
    """Suffix words by end position, and (end, known name) hits."""
    suffix_ends: dict[int, list[str]] = {}
    known_hits = []
    suffixes, known = rules.suffixes, rules.known
    for end, words in _word_hits(text, rules):
        for word in words:
            if word in suffixes:
                suffix_ends.setdefault(end, []).append(word)
            if word in known:
                known_hits.append((end, word))
    return suffix_ends, known_hits


class _LineFacts:
    """Positions on one line that every suffix hit needs, found once per line."""

    def __init__(self, text: str, rules: NameRules) -> None:
        self.has_brackets = "(" in text or ")" in text
        # Per conjunction (in rule order), its positions on the line.
        self.conjunctions: list[tuple[str, list[int]]] = []
        for conjunction in rules.conjunctions:
            positions = []
            index = text.find(conjunction)
            while index >= 0:
                positions.append(index)
                index = text.find(conjunction, index + 1)
            if positions:
                self.conjunctions.append((conjunction, positions))
        self.window_starts: dict[tuple[int, int], int] = {}


def _after_conjunction(
    text: str, start: int, end: int, suffix_ends: dict[int, list[str]], rules: NameRules, facts: _LineFacts
) -> int:
    """Move `start` past a conjunction that joins a complete name to this one.

    "清华工研院与北京药检院": the text before 与 ends with a suffix, so the
    name starts after it; "北京脑科学与类脑研究中心" stays whole. A leading
    conjunction is dropped.
    """
    split = start
    for conjunction, positions in facts.conjunctions:
        # The last occurrence that fits before `end`, going left while after `split`.
        index = bisect_right(positions, end - len(conjunction)) - 1
        while index >= 0 and positions[index] > split:
            position = positions[index]
            if position in suffix_ends or text[position - 1] == ")":
                split = position + 1
                break
            index -= 1
    start = split
    while start < end and text[start] in rules.conjunctions:
        start += 1
    return start


def _name_start(
    text: str,
    suffix_start: int,
    rule: SuffixRule,
    suffix_ends: dict[int, list[str]],
    rules: NameRules,
    facts: _LineFacts,
) -> int | None:
    """Where the name ending at `suffix_start` begins, or None when it has no name."""
    lowest = max(0, suffix_start - min(rule.max_prefix, rules.max_name_length))
    key = (lowest, suffix_start)
    start = facts.window_starts.get(key)
    if start is None:
        start = _name_window_start(text, lowest, suffix_start, rules)
        # Two names joined by a conjunction: split when the left part is a name.
        if facts.conjunctions:
            start = _after_conjunction(text, start, suffix_start, suffix_ends, rules, facts)
        if facts.has_brackets:
            start = _balance_brackets(text, start, suffix_start)
        facts.window_starts[key] = start
    if rule.admin_prefix:
        for index in range(start, suffix_start):
            if text.startswith(rules.admin_prefixes, index):
                return index
        return None
    return start


def _suffix_names(
    text: str, rules: NameRules, suffix_ends: dict[int, list[str]], facts: _LineFacts
) -> list[NameSpan]:
    names = []
    for end, words in suffix_ends.items():
        for word in words:
            suffix_start = end - len(word)
            for rule in rules.suffixes[word]:
                if rule.not_before and text.startswith(rule.not_before, end):
                    continue
                if rule.not_after and text.endswith(rule.not_after, 0, suffix_start):
                    continue
                start = _name_start(text, suffix_start, rule, suffix_ends, rules, facts)
                if start is None or suffix_start - start < rule.min_prefix:
                    continue
                if rule.needs_specific and _is_generic(
                    text[start:suffix_start], rule.table, rules, rule.generic_from
                ):
                    continue
                name_end = end
                if rule.extend_right and rules.right_extension is not None:
                    extension = rules.right_extension.match(text, end)
                    if extension:
                        name_end = extension.end()
                kind = rule.kind
                if rule.research_words and any(w in text[start:name_end] for w in rule.research_words):
                    kind = "research"
                names.append(NameSpan(rule.table, start, name_end, rule.rule_id, kind, len(word)))
    return names


def _known_names(text: str, rules: NameRules, known_hits: list[tuple[int, str]]) -> list[NameSpan]:
    names = []
    for end, word in known_hits:
        if rules.title_words and text.startswith(rules.title_words, end):
            continue
        rule_id, kind = rules.known[word]
        names.append(NameSpan(ORGANISATIONS, end - len(word), end, rule_id, kind, len(word)))
    return names


def _title_names(text: str, rules: NameRules) -> list[NameSpan]:
    names = []
    if "《" in text or "》" in text:
        rule_id, kind = rules.title_rule
        for match in rules.title_pattern.finditer(text):
            group = next(g for g in (1, 2, 3) if match.group(g) is not None)
            names.append(NameSpan(PROJECTS, match.start(group), match.end(group), rule_id, kind))
    if "“" in text or '"' in text:
        rule_id, kind = rules.quoted_rule
        for match in rules.quoted_pattern.finditer(text):
            names.append(NameSpan(PROJECTS, match.start(1), match.end(1), rule_id, kind))
    return names


def _list_names(
    text: str, rules: NameRules, suffix_ends: dict[int, list[str]], facts: _LineFacts
) -> list[NameSpan]:
    """Items of "A、B、C等<head>" lists."""
    names: list[NameSpan] = []
    if "等" not in text or "、" not in text:
        return names
    punctuation: list[int] | None = None
    for rule, pattern in rules.list_rules:
        for match in pattern.finditer(text):
            list_end = match.start()
            if rule.not_between and any(word in match.group() for word in rule.not_between):
                continue
            if punctuation is None:
                punctuation = [m.start() for m in SENTENCE_PUNCTUATION_PATTERN.finditer(text)]
            # The list starts after the last sentence punctuation before it.
            before = bisect_left(punctuation, list_end)
            list_start = punctuation[before - 1] + 1 if before else 0
            items = text[list_start:list_end].split("、")
            if len(items) < 2:
                continue
            position = list_start
            for number, item in enumerate(items):
                start, end = position, position + len(item)
                position = end + 1
                name_start = _name_window_start(text, start, end, rules)
                if number == 0:
                    start = _after_conjunction(text, name_start, end, suffix_ends, rules, facts)
                elif name_start > start:
                    continue  # a boundary word inside: a phrase, not a name
                if _name_window_start(text, end - 2, end, rules) == end:
                    continue  # ends with a verb (合作签约): not a name
                if not rule.min_item <= end - start <= rule.max_item:
                    continue
                names.append(NameSpan(rule.table, start, end, rule.rule_id, rule.kind))
    return names


def _chinese_names(text: str, rules: NameRules) -> tuple[list[NameSpan], list[NameSpan]]:
    """(names found by suffix, title or gazetteer; names found in lists)."""
    suffix_ends, known_hits = _suffix_ends(text, rules)
    facts = _LineFacts(text, rules)
    names = _title_names(text, rules) + _known_names(text, rules, known_hits)
    names += _suffix_names(text, rules, suffix_ends, facts)
    listed = _list_names(text, rules, suffix_ends, facts)
    return names, listed


# --------------------------------------------------------------------------
# English

CONNECTORS = frozenset({"of", "for", "and", "&", "the", "on", "in", "to", "up"})
# Connectors that open a continuation ("Commission of ..."); "and" and "&" join words.
CONTINUATIONS = frozenset({"of", "for", "on", "in", "to"})
LEADING_WORDS = frozenset({"The", "A", "An", "This", "These", "Its", "Their", "Our", "Both", "Besides"})
ASCII_LETTERS_AND_DIGITS = frozenset(string.ascii_letters + string.digits)
ABBREVIATION_HEADS = frozenset({"Inc.", "Ltd.", "Co.", "Corp."})
MAX_LOWERCASE_TAIL = 8
ARTICLES = frozenset({"a", "an", "this", "that", "these", "those", "its", "their"})
# A word: letters and digits with ’'&·- inside, or a lone &. Only the
# abbreviation heads keep their full stop (a sentence's full stop is no word).
ABBREVIATION_STEMS = "|".join(re.escape(word.removesuffix(".")) for word in sorted(ABBREVIATION_HEADS))
ENGLISH_WORD = rf"(?:{ABBREVIATION_STEMS})\.|[A-Za-z0-9](?:[A-Za-z0-9’'&·\-]*[A-Za-z0-9])?|&"
ENGLISH_TOKEN = re.compile(ENGLISH_WORD)
# A chunk: words one character apart, as many as follow each other. Words join
# into a name, or reach a lower-case head, only across a one-character gap, so
# every name lies inside one chunk and chunks can be read separately.
ENGLISH_CHUNK = re.compile(f"(?>{ENGLISH_WORD})(?:[^A-Za-z0-9&](?>{ENGLISH_WORD}))*")


def _english_tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) of each English word in text[start:end]."""
    end = len(text) if end is None else end
    return [(match.start(), match.end(), match.group()) for match in ENGLISH_TOKEN.finditer(text, start, end)]


def _is_capitalised(word: str) -> bool:
    return word[0].isupper() or word.isdigit()


def _runs(text: str, tokens: list[tuple[int, int, str]]) -> list[list[int]]:
    """Index lists of capitalised-word runs, joined by connectors and single spaces."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, (start, _end, word) in enumerate(tokens):
        joined = bool(current) and start - tokens[current[-1]][1] == 1 and text[start - 1] == " "
        if not joined and current:
            runs.append(current)
            current = []
        if _is_capitalised(word) or (current and word in CONNECTORS):
            current.append(index)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    trimmed = []
    for run in runs:
        while run and tokens[run[-1]][2] in CONNECTORS:
            run.pop()
        if run:
            trimmed.append(run)
    return trimmed


def _split_phrases(run: list[int], tokens: list[tuple[int, int, str]], heads: dict) -> list[list[int]]:
    """Split a run into names: at "and"/"&" right after a head word."""
    parts: list[list[int]] = [[]]
    for position, index in enumerate(run):
        word = tokens[index][2]
        previous = tokens[run[position - 1]][2] if position else ""
        if word in ("and", "&") and previous in heads and parts[-1]:
            parts.append([])
            continue
        parts[-1].append(index)
    return [part for part in parts if part]


MONTHS = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)


def _is_date_word(word: str) -> bool:
    return word.isdigit() or word in MONTHS


def _sentence_start(text: str, position: int) -> bool:
    """True when only spaces and sentence punctuation precede `position` on its sentence."""
    index = position
    while index > 0 and text[index - 1] in ' "“‘':
        index -= 1
    return index == 0 or text[index - 1] in SENTENCE_END


def _english_name(
    text: str, part: list[int], tokens: list[tuple[int, int, str]], rules: NameRules, next_index: int
) -> NameSpan | None:
    """The name in one run part, classified by the last head before any continuation."""
    words = [tokens[i][2] for i in part]
    # The head phrase: the first stretch between continuations that holds a head.
    phrase_start = 0
    head: EnglishHead | None = None
    for position, word in enumerate(words):
        if word in CONTINUATIONS:
            if head is not None:
                break
            phrase_start = position + 1
        elif position and (words[position - 1], word) in rules.english_compound_heads:
            head = rules.english_compound_heads[(words[position - 1], word)]
        elif word in rules.english_heads:
            head = rules.english_heads[word]
    while phrase_start < len(words) and (
        words[phrase_start] in CONNECTORS or words[phrase_start] in LEADING_WORDS
    ):
        phrase_start += 1
    if phrase_start >= len(words):
        return None
    start = tokens[part[phrase_start]][0]
    last = len(part) - 1
    # A trailing "in May" / "for 2030" is a date, not part of the name.
    while last > phrase_start + 1 and words[last - 1] in CONTINUATIONS and _is_date_word(words[last]):
        last -= 2
    end = tokens[part[last]][1]
    # A capitalised start that continues in lower case up to a lower-case head
    # ("Beijing Junming Medical health diagnosis industrial base"); a lone
    # sentence-initial word ("Building a platform") or a lone abbreviation
    # ("R&D pilot base") does not start a name.
    tail_end = None
    first = part[phrase_start]
    lone = len(part) - phrase_start == 1
    lone_initial = lone and (_sentence_start(text, tokens[first][0]) or "&" in tokens[first][2])
    for offset in range(MAX_LOWERCASE_TAIL if not lone_initial else 0):
        index = next_index + offset
        if index >= len(tokens):
            break
        previous_end = tokens[index - 1][1]
        token_start, token_end, word = tokens[index]
        if token_start - previous_end != 1 or word in CONNECTORS or word in ARTICLES:
            break
        if word in rules.english_lowercase:
            tail_end = (token_end, rules.english_lowercase[word])
            break
    if tail_end is not None:
        end, head = tail_end
    if head is None:
        return None
    return NameSpan(head.table, start, end, head.rule_id, head.kind, 1)


ENGLISH_LIST_ITEM = regex.compile(r"(?:[A-Z0-9][\w’'&\-]*)(?: [A-Z0-9][\w’'&\-]*)*")
ENGLISH_LIST_SEPARATOR = regex.compile(r",? and |, ")


def _english_list_names(text: str, rules: NameRules) -> list[NameSpan]:
    """Capitalised items after '<enterprises> ... such as': A, B, and C (etc.)."""
    names = []
    rule = rules.english_list_rule
    for match in rules.english_list_pattern.finditer(text):
        position = match.end()
        while True:
            item = ENGLISH_LIST_ITEM.match(text, position)
            if item is None or item.group() in ("etc", "Etc"):
                break
            if len(item.group().split(" ")) <= rules.english_list_max_words:
                names.append(NameSpan(ORGANISATIONS, item.start(), item.end(), rule.rule_id, rule.kind))
            separator = ENGLISH_LIST_SEPARATOR.match(text, item.end())
            if separator is None:
                break
            position = separator.end()
    return names


def _may_hold_head(
    part: list[int], tokens: list[tuple[int, int, str]], rules: NameRules, next_index: int
) -> bool:
    """False when neither the part nor the words after it hold a head word (no name possible)."""
    heads, compound_seconds = rules.english_heads, rules.english_compound_seconds
    for index in part:
        word = tokens[index][2]
        if word in heads or word in compound_seconds:
            return True
    lowercase = rules.english_lowercase
    return any(token[2] in lowercase for token in tokens[next_index : next_index + MAX_LOWERCASE_TAIL])


def _english_names(text: str, rules: NameRules) -> list[NameSpan]:
    """English names on a line: NameSpans, in order.

    Only the chunks (ENGLISH_CHUNK) holding a head word can hold a name, so
    only those are split into words; the result is that of the whole line.
    """
    # A word never starts right after a letter or digit.
    head_starts = [
        match.start()
        for match in rules.english_trigger.finditer(text)
        if match.start() == 0 or text[match.start() - 1] not in ASCII_LETTERS_AND_DIGITS
    ]
    if not head_starts:
        return []
    chunks = [match.span() for match in ENGLISH_CHUNK.finditer(text)]
    chunk_starts = [start for start, _end in chunks]
    names = []
    for number in sorted({bisect_right(chunk_starts, start) - 1 for start in head_starts}):
        names += _english_chunk_names(text, _english_tokens(text, *chunks[number]), rules)
    return names


def _english_chunk_names(text: str, tokens: list[tuple[int, int, str]], rules: NameRules) -> list[NameSpan]:
    """Names made of `tokens` (the words of one chunk, or of a whole line)."""
    names = []
    for run in _runs(text, tokens):
        parts = _split_phrases(run, tokens, rules.english_heads)
        for number, part in enumerate(parts):
            next_index = part[-1] + 1 if number == len(parts) - 1 else len(tokens)
            if not _may_hold_head(part, tokens, rules, next_index):
                continue
            name = _english_name(text, part, tokens, rules, next_index)
            if name is not None:
                names.append(name)
    return names


# --------------------------------------------------------------------------
# Resolution


def _merge_adjacent_organisations(names: list[NameSpan], text: str) -> list[NameSpan]:
    """Organisations written back to back (市委市政府, 市科委中关村管委会) become one."""
    merged: list[NameSpan] = []
    for name in sorted(names, key=lambda n: n.start):
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.table == name.table == ORGANISATIONS
            and last.end == name.start
            and HAN.match(text, name.start)
        ):
            merged[-1] = NameSpan(ORGANISATIONS, last.start, name.end, last.rule_id, last.kind)
        else:
            merged.append(name)
    return merged


def _resolve(names: list[NameSpan], listed: list[NameSpan]) -> list[NameSpan]:
    """Longest name first; a name overlapping an accepted one is dropped.

    Names from lists come last: a suffix or title name inside a list item wins.
    """
    accepted: list[NameSpan] = []
    ordered = sorted(names, key=lambda n: (-(n.end - n.start), -n.weight, n.start))
    candidates = (ordered, sorted(listed, key=lambda n: n.start))
    if len(names) + len(listed) <= PAIRWISE_LIMIT or any(
        n.start >= n.end for group in candidates for n in group
    ):
        # Few names (or an empty span, which overlaps differently from a
        # covered character): compare pairwise.
        for group in candidates:
            for name in group:
                start, end = name.start, name.end
                if not any(start < other.end and other.start < end for other in accepted):
                    accepted.append(name)
        return accepted
    # Accepted names mark their characters; a name touching a mark overlaps one.
    covered = bytearray(max((n.end for group in candidates for n in group), default=0))
    for group in candidates:
        for name in group:
            if covered.find(1, name.start, name.end) < 0:
                covered[name.start : name.end] = b"\x01" * (name.end - name.start)
                accepted.append(name)
    return accepted


@lru_cache(maxsize=4096)
def find_names(text: str) -> tuple[NameSpan, ...]:
    """All organisation and project names on one normalised line, in order.

    Returns NameSpans on `text` that do not overlap; both extractors call this
    (the result is cached per line text) and keep their own table's names.
    """
    rules = name_rules()
    names: list[NameSpan] = []
    listed: list[NameSpan] = []
    if HAN.search(text):
        names, listed = _chinese_names(text, rules)
    if UPPER.search(text):
        names += _english_names(text, rules)
        listed += _english_list_names(text, rules)
    resolved = _resolve(names, listed)
    return tuple(_merge_adjacent_organisations(resolved, text))


def name_of(text: str, span: NameSpan) -> str:
    """The normalised name of a span: its text with surrounding spaces removed."""
    return text[span.start : span.end].strip()
