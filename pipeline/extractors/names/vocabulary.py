"""Vocabularies: names of rule data read by one mechanism.

A vocabulary is a list of names of one table (organisations.yaml
`well_known_companies`, `news_media`, `regional_government` and each item
of `vocabularies`; projects.yaml `well_known_projects` and its
`vocabularies`), compiled by `compile_vocabulary` from the list's settings:

- the names: `named_alone` (read wherever they stand as a word),
  `in_context` (read only where their context shows) and `entries` (each
  with its `name`, `short` forms, `english` names, and its own `kind` or
  `region`); a name without a Chinese character is read between English
  word bounds;
- the context that confirms an `in_context` name: news
  (`context_after`, `context_before`: a reporter, a reporting verb, a source
  label) or, without those, a company's (the verbs, titles and stock code
  of `listed_short_names`);
- what refuses a name: `not_before` (unless `not_before_except` follows),
  `not_after` (a character class before it), `not_in_titles` (inside 《》),
  `owned` (a site the company owns named after it), `not_across` (its last
  character and the next make a word);
- `regions`: read in a document of those regions only, after the line
  pass (`pipeline.extractors.names.organisations`).

Every line-read vocabulary's names are screened together: one
Aho-Corasick pass over a line tells which vocabularies it may hold and
where their names begin; `vocabulary_names` then reports each one's names
with its own rule id and kinds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import ahocorasick
import regex

from pipeline.extractors.names.rules import (
    ORGANISATIONS,
    CompanyContext,
    NameRules,
    NameSpan,
    WordSet,
    company_context,
    matches_from,
)
from pipeline.extractors.names.schemas import flat
from pipeline.extractors.names.words import tagged, word_ends
from pipeline.text.patterns import HAN, literal_pattern


@dataclass(frozen=True)
class Vocabulary:
    """One vocabulary, compiled: its names, their kinds and what confirms or refuses each."""

    rule_id: str
    table: str
    # name -> kind, for every name of the vocabulary (Chinese and Latin)
    kinds: Mapping[str, str]
    # the Chinese names read by the vocabulary's own pattern, and those of them
    # read only in context; the trie prefers the longest name at a position
    pattern: regex.Pattern | None
    in_context: frozenset[str]
    # names without a Chinese character, between English word bounds
    latin: regex.Pattern | None
    not_before: tuple[str, ...]
    not_before_except: tuple[str, ...]
    not_in_titles: bool
    # news context: what after a name or before it shows an outlet reporting
    news_after: tuple[str, ...]
    news_before: regex.Pattern | None
    # company context: the names of `in_context` before a company's verb, a
    # person's title or a stock code, and the tags a subject must have
    company: CompanyContext | None
    proper_tags: frozenset[str]
    # a site the company owns named after it, and the tags that break it off
    owned: regex.Pattern | None
    owned_stops: frozenset[str]
    # read in a document of these regions only, each name in its own
    regions: frozenset[str]
    regions_of: Mapping[str, frozenset[str]]
    not_across: frozenset[str]
    # a vocabulary read by region: an Aho-Corasick automaton of the names of
    # `pattern`, every match of which holds one (a line holding none is not searched)
    screen: Any = None
    # `pattern` asked without running it (`own_matches`): its names as a word
    # set, and its `not_after` look-behind alone
    words: WordSet | None = None
    not_after: regex.Pattern | None = None


def compile_vocabulary(
    entry: dict, table: str, known: frozenset[str] | set[str] = frozenset(), listed: dict | None = None
) -> Vocabulary | None:
    """The vocabulary of one rule-file list (`entry`) of `table`, or None if it holds no name.

    A name the gazetteer holds (`known`) is left to it unless the vocabulary
    is read by region (a document pass that replaces what it holds whole);
    a name in both `named_alone` and `in_context` is read alone. `listed`
    is organisations.yaml `listed_short_names`, whose verbs, titles and code
    show a company around an `in_context` name when no news context is set.
    """
    regions = frozenset(flat(entry.get("regions")))
    left = frozenset() if regions else frozenset(known)
    kinds: dict[str, str] = {}
    regions_of: dict[str, set[str]] = {}
    for name in flat(entry.get("named_alone")) + flat(entry.get("in_context")):
        kinds[name] = entry["kind"]
    for item in entry.get("entries") or []:
        if item.get("region") is not None and item["region"] not in regions:
            continue
        for name in [item["name"], *flat(item.get("short")), *flat(item.get("english"))]:
            kinds[name] = item.get("kind", entry.get("kind"))
            if item.get("region") is not None:
                regions_of.setdefault(name, set()).add(item["region"])
    kinds = {name: kind for name, kind in kinds.items() if name not in left}
    if not kinds:
        return None
    context = (set(flat(entry.get("in_context"))) - set(flat(entry.get("named_alone")))) & kinds.keys()
    latin = {name for name in kinds if not HAN.search(name)}
    chinese = kinds.keys() - latin
    news_after = tuple(flat(entry.get("context_after")))
    # in a news context every name is read by the one pattern and checked
    # after; in a company's, the names of `in_context` by the company patterns
    own = chinese if news_after else chinese - context
    not_after = f"(?<!{entry['not_after']})" if entry.get("not_after") else ""
    shows = company_context(sorted(context), listed) if context and listed and not news_after else None
    owned = entry.get("owned")
    before = entry.get("context_before")
    return Vocabulary(
        rule_id=f"{table}:{entry['id']}",
        table=table,
        kinds=kinds,
        pattern=regex.compile(f"{not_after}(?P<a>{literal_pattern(own)})") if own else None,
        in_context=frozenset(context),
        latin=regex.compile(rf"(?<![\w\-/])(?P<a>{literal_pattern(latin)})(?![\w\-/]| [A-Z])")
        if latin
        else None,
        not_before=tuple(flat(entry.get("not_before"))),
        not_before_except=tuple(flat(entry.get("not_before_except"))),
        not_in_titles=bool(entry.get("not_in_titles", False)),
        news_after=news_after,
        news_before=regex.compile(before) if before else None,
        company=shows,
        proper_tags=frozenset(flat((listed or {}).get("proper_tags"))),
        owned=(
            regex.compile(
                rf"(?P<between>{owned['between']}){{0,{owned['window']}}}?(?:{literal_pattern(flat(owned['heads']))})"
            )
            if owned
            else None
        ),
        owned_stops=frozenset(flat((owned or {}).get("stop_tags"))),
        regions=regions,
        regions_of={name: frozenset(found) for name, found in regions_of.items()},
        not_across=frozenset(flat(entry.get("not_across"))),
        screen=_names_automaton(own) if regions and own else None,
        words=WordSet(own) if own else None,
        not_after=regex.compile(not_after) if not_after else None,
    )


def _names_automaton(names: Iterable[str]) -> Any:
    """An Aho-Corasick automaton finding any of `names` in a text."""
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    return automaton


@dataclass(frozen=True)
class VocabularyScreen:
    """Which line-read vocabularies a line may hold, and where their names begin, in one pass."""

    vocabularies: tuple[Vocabulary, ...]
    # an Aho-Corasick automaton: each name -> (its length, the indexes of the vocabularies holding it)
    automaton: Any

    def starts(self, text: str) -> dict[int, list[int]]:
        """Vocabulary index -> the positions of `text` where one of its names begins, in order."""
        found: dict[int, set[int]] = {}
        for end, (length, owners) in self.automaton.iter(text):
            for index in owners:
                found.setdefault(index, set()).add(end - length + 1)
        return {index: sorted(starts) for index, starts in sorted(found.items())}


def line_vocabularies(rules: NameRules) -> VocabularyScreen | None:
    """The vocabularies read line by line and their screen (use as `rules.derived(line_vocabularies)`).

    A vocabulary read by region is left to the document pass; in the
    organisations' vocabularies a name the gazetteer holds is left to it.
    """
    compiled = [
        compile_vocabulary(
            entry, table, rules.known.keys() if table == ORGANISATIONS else (), rules.vocabulary_listed
        )
        for table, entry in rules.vocabulary_lists
    ]
    vocabularies = tuple(found for found in compiled if found is not None and not found.regions)
    return vocabulary_screen(vocabularies) if vocabularies else None


def vocabulary_screen(vocabularies: tuple[Vocabulary, ...]) -> VocabularyScreen:
    """One screen over every name of `vocabularies` (each name tells the vocabularies that hold it)."""
    owners: dict[str, list[int]] = {}
    for index, vocabulary in enumerate(vocabularies):
        for name in vocabulary.kinds:
            owners.setdefault(name, []).append(index)
    automaton = ahocorasick.Automaton()
    for name, holders in owners.items():
        automaton.add_word(name, (len(name), tuple(holders)))
    automaton.make_automaton()
    return VocabularyScreen(vocabularies, automaton)


def vocabulary_names(
    text: str, rules: NameRules, chinese: bool = True, latin: bool = True
) -> tuple[list[NameSpan], list[NameSpan]]:
    """Every line-read vocabulary's names on `text`, each with its rule id and kind: (Chinese, Latin-script).

    One screen pass over the line serves both scripts. `chinese` reads the
    names with a Chinese character, `latin` those without one (between
    English word bounds); a script not asked for gives no names. The names
    come in the order of the line, the longer first at one position.
    """
    screen = rules.derived(line_vocabularies)
    if screen is None or not (chinese or latin):
        return [], []
    han: list[NameSpan] = []
    english: list[NameSpan] = []
    for index, starts in screen.starts(text).items():
        vocabulary = screen.vocabularies[index]
        if latin:
            english += _latin_names(text, vocabulary)
        if chinese:
            han += [
                NameSpan(vocabulary.table, start, end, vocabulary.rule_id, vocabulary.kinds[text[start:end]])
                for start, end in chinese_spans(text, vocabulary, starts)
            ]
    # at one position the longer name first (新浪财经 the outlet before 新浪)
    return sorted(han, key=_in_line_order), sorted(english, key=_in_line_order)


def _in_line_order(name: NameSpan) -> tuple[int, int]:
    return name.start, -name.end


def _latin_names(text: str, vocabulary: Vocabulary) -> list[NameSpan]:
    """The vocabulary's Latin-script names: no letter, digit, hyphen or slash around, no capital after."""
    if vocabulary.latin is None:
        return []
    return [
        NameSpan(vocabulary.table, *match.span("a"), vocabulary.rule_id, vocabulary.kinds[match.group("a")])
        for match in vocabulary.latin.finditer(text)
    ]


def chinese_spans(
    text: str, vocabulary: Vocabulary, starts: list[int] | None = None
) -> list[tuple[int, int]]:
    """Where the vocabulary's Chinese names stand as names on `text`, in order.

    A name begins a word as the dictionary segments the line and, unless a
    news word follows it, ends one; the longest name at a position is the
    one checked (a refused 证券时报网站 is no 证券时报). A name of
    `in_context` counts only with its context. `starts`, where the
    vocabulary's names begin, spares the pattern the other positions.
    """
    if starts is None:
        starts = list(range(len(text)))
    spans: set[tuple[int, int]] = set()
    for start, end in own_matches(text, vocabulary, starts):
        if _stands(text, start, end, text[start:end], vocabulary):
            spans.add((start, end))
    shows = vocabulary.company
    if shows is not None:
        for pattern in (shows.titled, shows.coded):
            if pattern is not None:
                spans.update(
                    match.span("a")
                    for match in matches_from(pattern, text, starts)
                    if _company_stands(text, *match.span("a"), vocabulary)
                )
        for match in matches_from(shows.subject, text, starts):
            words = tagged(match.group("a"))
            if (len(words) > 1 or words[0][1] in vocabulary.proper_tags) and _company_stands(
                text, *match.span("a"), vocabulary
            ):
                spans.add(match.span("a"))
    return sorted(spans)


def own_matches(text: str, vocabulary: Vocabulary, starts: Iterable[int]) -> Iterator[tuple[int, int]]:
    """The spans of group `a` that `matches_from(vocabulary.pattern, text, starts)` gives.

    The pattern is the vocabulary's names as a trie after an optional
    look-behind: at a start it matches the longest name beginning there when
    the look-behind holds. A set of the names answers that without the trie,
    which the regex engine tries branch by branch (a few hundred first
    characters) at each start.
    """
    words = vocabulary.words
    if vocabulary.pattern is None or words is None:
        return
    not_after = vocabulary.not_after
    position = 0
    for start in starts:
        if start < position:
            continue
        end = words.longest_at(text, start)
        if end is None or (not_after is not None and not_after.match(text, start) is None):
            continue
        yield start, end
        position = end


def _stands(text: str, start: int, end: int, name: str, vocabulary: Vocabulary) -> bool:
    """True when a name the vocabulary's pattern found stands as one (see `chinese_spans`)."""
    if start and not word_ends(text, start):
        return False
    if text.startswith(vocabulary.not_before, end) and not text.startswith(vocabulary.not_before_except, end):
        return False
    if vocabulary.not_in_titles and text.rfind("《", 0, start) > text.rfind("》", 0, start):
        return False
    ends = word_ends(text, end)
    if vocabulary.news_after:
        news_after = text.startswith(vocabulary.news_after, end)
        if name in vocabulary.in_context:
            before = vocabulary.news_before
            source = before is not None and before.search(text, 0, start) is not None
            return ends and (news_after or source)
        return ends or news_after
    return ends and not owned_after(text, end, vocabulary)


def _company_stands(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    """True when a name read in a company's context begins and ends a word and names no site it owns."""
    stands = (start == 0 or word_ends(text, start)) and word_ends(text, end)
    return stands and not owned_after(text, end, vocabulary)


def owned_after(text: str, end: int, vocabulary: Vocabulary) -> bool:
    """True when a site the company owns is named from `end` on ("长沙工厂", "云贵安数据中心", "路").

    The words between the company and the site's head name it (a place, a
    field, a generation); a verb, a preposition or an adverb among them
    means the company acts on a site named otherwise ("在长沙投资建设工厂").
    """
    if vocabulary.owned is None:
        return False
    match = vocabulary.owned.match(text, end)
    if match is None:
        return False
    between = text[end : match.end("between")] if match.group("between") else ""
    return not any(tag in vocabulary.owned_stops for _word, tag in tagged(between)) if between else True


def regional_matches(text: str, vocabulary: Vocabulary) -> list[tuple[int, int, str]]:
    """(start, end, name) of every name of a region-read vocabulary on `text`, longest first at a position."""
    if vocabulary.pattern is None:
        return []
    if vocabulary.screen is not None and next(vocabulary.screen.iter(text), None) is None:
        return []  # no name of the vocabulary on the line
    return [(*match.span("a"), match.group("a")) for match in vocabulary.pattern.finditer(text)]
