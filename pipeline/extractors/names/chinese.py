"""Chinese names: found by their ending, extended leftwards to the nearest boundary.

Suffixes (rules/organisations.yaml, rules/projects.yaml) and known names are
found with one scan of the reversed line (a trie-shaped regex that matches
the longest word ending at each position; words ending inside it are read
from tables made when the rules are compiled); each suffix is extended
leftwards to the nearest boundary (rules/names.yaml): punctuation, a verb or
particle that introduces a name, or a count. Titles in 《》, quoted policy
names and lists ("A、B、C等企业") add names that carry no suffix.

Cost: per line, facts every suffix needs (brackets, conjunction positions)
are found once, and each suffix searches only the window a name can span.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

import regex

from pipeline.extractors.names.rules import (
    CLAUSE_PUNCTUATION,
    ORGANISATIONS,
    PROJECTS,
    ListedCompanies,
    ListRule,
    NameRules,
    NameSpan,
    SuffixRule,
    matches_from,
    name_led_matches,
)
from pipeline.extractors.names.words import frequency, tagged, word_ends
from pipeline.text.patterns import HAN

SENTENCE_PUNCTUATION = ",.;:!?，。；：！？"
# The longest earlier item of a list between a label and a name (_labelled).
MAX_LIST_ITEM = 12
SENTENCE_PUNCTUATION_PATTERN = re.compile(f"[{re.escape(SENTENCE_PUNCTUATION)}]")
REVERSE_PUNCTUATION = regex.compile(f"(?r)[{re.escape(SENTENCE_PUNCTUATION)}]")
# Longest boundary word that may straddle the start of a search window.
# A company's short name in a list: Chinese characters (and the dot of a transcribed name).
HAN_ONLY = re.compile(r"[\u4e00-\u9fff·]+")
# word tags that describe a kind of trade rather than name a company in it (冷链物流, 快递物流)
TRADE_KIND_TAGS = frozenset(("a", "ad", "an", "v", "vn", "vd", "d", "m", "f", "b", "l", "s", "r"))
# word tags of a proper name (a brand, a person, a place, a body)
PROPER_NAME_TAGS = frozenset(("nz", "nr", "ns", "nt"))
WORD_OVERLAP = 4
# A name in quotes right after what describes it (日商「X」).
QUOTED_NAME = regex.compile(r"[「“\"]([^「」“”\"]{1,12})[」”\"]")
# How far before a name's window a boundary pattern may begin and still end inside it.
BOUNDARY_OVERLAP = 6
# Added to the weight of a name whose context confirmed it (an office before a
# title, a centre that signs): it wins over a name of the same text.
CONFIRMED = 100
# The second place of a route that the dictionary may not know: two or
# three Chinese characters and nothing else before the route's ending.
ROUTE_END = re.compile(r"[\u4e00-\u9fff]{2,3}")
COINED_PLACE_TAGS = frozenset(("ns", "n", "nr", "ng", "zg"))
# The dictionary's tag of a place.
PLACE_TAGS = frozenset(("ns",))
# The kinds of body whose own building works are named after them (a
# hospital's, a school's): governments and companies build for others.
OWNER_KINDS = frozenset(("other", "research"))


def _name_window_start(text: str, lowest: int, end: int, rules: NameRules, body: bool = False) -> int:
    """Where a name ending at `end` may begin: just after the nearest boundary.

    Only the window [lowest, end) is searched (a name is never longer), so the
    cost is per suffix found, not per line. In a company's name (`body`), a verb
    of names.yaml `name_verbs` right after a place or a proper word is part
    of the name: 上海联合投资有限公司, 中国建设银行.
    """
    start = lowest
    # (from a little earlier: a bracketed day, 今(19)日, may straddle the window start)
    boundary = rules.reverse_boundary.search(text, max(0, lowest - BOUNDARY_OVERLAP), end)
    if boundary is not None:
        start = max(lowest, boundary.end())
    # Scan from a little earlier so that a word straddling the window start
    # (参加 before 进博会 when only two characters are allowed) is seen.
    # ... and past the window end, so that a keep word running into the
    # suffix (提升工程) hides the boundary word inside it (提升).
    kinds = rules.boundary_word_kinds
    for match in rules.boundary_word_pattern.finditer(text, max(0, start - WORD_OVERLAP), end + WORD_OVERLAP):
        if match.start() >= end:
            break
        if kinds[match.group()] and match.end() <= end:
            word = match.group()
            if body and word in rules.name_verbs and _names_before(text, start, match.start(), rules):
                continue
            proper = text[match.start() - 1 : match.end()] if match.start() > start else ""
            if len(word) == 1 and proper and _proper_word(proper, rules):
                continue  # 华为技术有限公司: the boundary character ends a proper word
            start = max(start, match.end())
    if rules.movement_verbs is not None and rules.place_pattern is not None:
        for match in rules.movement_verbs.finditer(text, start, end):
            if rules.place_set.longest_at(text, match.end()) is not None:
                start = max(start, match.end())
    return start


def _names_before(text: str, start: int, end: int, rules: NameRules) -> bool:
    """True when text[start:end] ends with a place or a proper word (上海, 中国, 华创) that may begin a name.

    Not after a locative ("在宁波建设X研究院": the place is where it is built).
    """
    before = text[start:end]
    if not before or not rules.word_view.enabled or text.endswith(rules.name_verbs_not_after, 0, start):
        return False
    words = tagged(before)
    return words[-1][1] in rules.word_view.proper or rules.word_view.anchored(before)


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


def _after_dateline(text: str, start: int, end: int, rules: NameRules) -> int:
    """Move `start` past the last dateline or byline in brackets inside [start, end).

    "(某社记者王明青禾5日电)青禾科技园": what a reporter's bracket closes is
    the start of a sentence, and no name reaches back over it.
    """
    if rules.dateline_bracket is None:
        return start
    for found in rules.dateline_bracket.finditer(text, start, end):
        start = found.end()
    return start


def _after_latin_gloss(text: str, start: int, end: int, rules: NameRules) -> int:
    """Move `start` past the last bracketed Latin name after Chinese inside [start, end).

    "X集团（Lanmark）研发中心": the bracket closes the owner's name, and
    what follows it is a name of its own (transcribed_brands
    `gloss_continues` keeps a phase on the name before: "X园（Lanpark）三期").
    """
    if rules.latin_gloss is None:
        return start
    for found in rules.latin_gloss.finditer(text, start, end):
        if found.end() < end:
            start = found.end()
    return start


def _is_generic(
    prefix: str, table: str, rules: NameRules, generic_from: int = 0, region_led: bool = False
) -> bool:
    """True when `prefix` says nothing specific (only generic words, numbers).

    With `generic_from` > 0, a generic prefix at least that long counts as
    specific (全国技术创新大会 names one conference, 学术大会 does not).
    With `region_led`, a region word of names.yaml `region_words` leading the
    prefix names one (北京证券交易所, 西部证券), unless an area word follows
    it (西部地区银行 is every bank of a region).
    """
    if prefix == "":
        return True
    if generic_from and len(prefix) >= generic_from:
        return False
    if region_led and _region_led(prefix, rules):
        return False
    return rules.is_generic_prefix(prefix, table == ORGANISATIONS)


# Marks that make a prefix particular whatever its words: a number (a phase,
# a capacity), Latin letters (a brand, a code), quotes and brackets.
_NAMING_MARKS = re.compile('[0-9A-Za-z“”"「」『』《》()（）]')
# Words before a project's ending whose verdict is kept (`_descriptive`), per rule set.
DESCRIPTIVE_CACHE_SIZE = 16384


def _descriptive(prefix: str, rules: NameRules) -> bool:
    """True when the words before a project's ending are all common words of industry and action.

    "光伏绿氢生产", "合作区产业发展及民生", "新通道建设" describe a kind of
    project; a place, a person, a brand, a word the dictionary does not know
    or counts rarely, a coined word (two single characters it does not join),
    a compass part, a number, Latin letters or quotes name one (projects.yaml
    `descriptive_names`). A place of the division table that is also one
    common word as the dictionary segments the prefix, counted at least
    `common_frequency` times under a tag outside `naming_tags` (合作, 通道),
    names nothing; 酒泉 (a rarer noun) and 共和 (tagged as a name) still do.
    """
    return rules.per_text(_descriptive_prefix, DESCRIPTIVE_CACHE_SIZE)(prefix)


def _descriptive_prefix(prefix: str, rules: NameRules) -> bool:
    settings = rules.descriptive_names
    if settings is None or not rules.word_view.enabled or not prefix or _NAMING_MARKS.search(prefix):
        return False
    common_words: set[str] = set()
    for run in _between_words(prefix, settings.industry_words):
        singles = 0
        for word, tag in tagged(run):
            singles = singles + 1 if len(word) == 1 and tag in rules.word_view.coined_tags else 0
            if singles >= 2:
                return False  # a coined word: 宜明, 澜湖
            if word in rules.generic_words:
                common_words.add(word)
                continue
            if word in rules.word_view.name_words:
                return False  # a compass part: 东部, 北部
            count = frequency(word)
            if count is None or tag == "ns":
                return False
            least = settings.common_frequency if tag in settings.naming_tags else settings.rare_frequency
            if count < least:
                return False  # a proper or a rare word: a brand, a person, a coined name
            if count >= settings.common_frequency and tag not in settings.naming_tags:
                common_words.add(word)
    position = 0
    while (found := rules.place_set.first(prefix, position)) is not None:
        if prefix[found[0] : found[1]] not in common_words:
            return False  # a place that is no frequent common word here: 龙南 in 龙南段, 酒泉
        position = found[0] + 1
    return True


# How far before a name an indefinite word that describes it may begin (names.yaml `indefinite_words`).
_INDEFINITE_REACH = 8
# How far before an indefinite word its clause may name what it describes.
_DESCRIBED_LEAD = 8


def _indefinite_before(text: str, start: int, rules: NameRules) -> regex.Match | None:
    """The indefinite word or count right before a name beginning at `start` ("一座", "首个"), if any."""
    if rules.indefinite_pattern is None:
        return None
    return rules.indefinite_pattern.search(text, max(0, start - _INDEFINITE_REACH), start)


def _named_before_description(text: str, start: int, rules: NameRules) -> bool:
    """True when the clause names something right before the indefinite word that opens a name.

    "澜电张掖新一代电网友好绿色电站示范项目": the name was cut at 新一代,
    and the place and brand before it name the works; in "全省首座光伏绿氢生产项目"
    nothing does.
    """
    found = _indefinite_before(text, start, rules)
    if found is None:
        return False
    lowest = max(0, found.start() - _DESCRIBED_LEAD)
    clause = REVERSE_PUNCTUATION.search(text, lowest, found.start())
    lead = text[clause.end() if clause else lowest : found.start()]
    return lead != "" and not _descriptive(lead, rules)


def _between_words(text: str, words: tuple[str, ...]) -> list[str]:
    """The runs of `text` between occurrences of `words` (longest first, left to right)."""
    runs: list[str] = []
    start = position = 0
    while position < len(text):
        word = next((word for word in words if text.startswith(word, position)), None)
        if word is None:
            position += 1
            continue
        if position > start:
            runs.append(text[start:position])
        position += len(word)
        start = position
    if start < len(text):
        runs.append(text[start:])
    return runs


def _region_led(prefix: str, rules: NameRules) -> bool:
    """True when a region word (names.yaml `region_words`) leads `prefix`, no area word after it."""
    region = next((word for word in rules.region_words if prefix.startswith(word)), None)
    return region is not None and not prefix.startswith(rules.region_not_before, len(region))


def word_hits(text: str, rules: NameRules) -> list[tuple[int, tuple[str, ...]]]:
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
    for end, words in word_hits(text, rules):
        for word in words:
            if word in suffixes:
                suffix_ends.setdefault(end, []).append(word)
            if word in known:
                known_hits.append((end, word))
    return suffix_ends, known_hits


class _LineFacts:
    """Positions on one line that every suffix hit needs, found once per line."""

    def __init__(self, text: str, rules: NameRules, known_ends: frozenset[int] = frozenset()) -> None:
        self.has_brackets = "(" in text or ")" in text
        # where a known name ends: a complete name before a conjunction ("证监会与X交易所")
        self.known_ends = known_ends
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
        self.window_starts: dict[tuple, int | _Reserved] = {}
        # Per rule's `label_before`, whether one of its labels stands on the line (read once: a long line)
        self.labels_held: dict[tuple[str, ...], bool] = {}


def _after_conjunction(
    text: str,
    start: int,
    end: int,
    suffix_ends: dict[int, list[str]],
    rules: NameRules,
    facts: _LineFacts,
    body: bool = False,
    ending: str = "",
) -> int:
    """Move `start` past a conjunction that joins a complete name to this one.

    "青禾工研院与澜江药检院": the text before 与 ends with a suffix or a
    known name ("证监会与香港交易所"), so the name starts after it;
    "澜江神经科学与类脑研究中心" stays whole. So does a place alone before the
    conjunction (`_party_before`). Before a company's ending (`body`), a
    short name before 与 that reads as one (`_named_before`) is a partner of
    its own: "汇丰与恒生银行" is two banks. Before a project's `ending`, a
    project ends before the conjunction too (`_project_ends`): "X线及Y线",
    "X轻轨东线及Y工程", "X新城A区与Y口岸". A leading conjunction is dropped,
    unless a place begins with it (和平区).
    """
    split = start
    for conjunction, positions in facts.conjunctions:
        # The last occurrence that fits before `end`, going left while after `split`.
        index = bisect_right(positions, end - len(conjunction)) - 1
        while index >= 0 and positions[index] > split:
            position = positions[index]
            if _place_at(text, position, end, rules):
                index -= 1
                continue
            dated = _before_time_words(text, start, position)
            if (
                _ends_name(text, position, suffix_ends, rules)
                or position in facts.known_ends
                or (
                    dated < position
                    and (_ends_name(text, dated, suffix_ends, rules) or dated in facts.known_ends)
                )
                or text[position - 1] == ")"
                or _party_before(text[start:position], rules)
                or _short_company_before(text, start, position, conjunction, suffix_ends, rules)
                or (body and conjunction == "与" and _named_before(text, position, rules) is not None)
                or (ending and _project_ends(text, position, ending, suffix_ends, rules))
            ):
                split = position + 1
                break
            index -= 1
    start = split
    while (
        start < end
        and text[start] in rules.conjunctions
        and not _place_at(text, start, end, rules)
        and not _leading_coined_place(text, start, end, rules)
    ):
        start += 1
    return start


def _before_time_words(text: str, start: int, position: int) -> int:
    """Where the time words right before `position` begin (澄禾有限公司|昨日|与): `position` when none.

    A name that says when it acted before the conjunction ("X有限公司今日与Y
    签约") is a party of its own as much as one right before it.
    """
    window = text[max(start, position - _TIME_WINDOW) : position]
    at = position
    for word, tag in reversed(tagged(window)):
        if tag != "t" or len(word) < 2:
            break
        at -= len(word)
    return at


def _leading_coined_place(text: str, position: int, end: int, rules: NameRules) -> bool:
    """True when a place the dictionary lacks, with its level, begins a name at `position`: 和丰区人民政府.

    Only where nothing comes before the conjunction in the name (a label or
    a boundary ends the text before it), so it joins no two parties; the
    place is two or three characters and its level, as `_place_with_level`
    reads one.
    """
    for length in (3, 4):
        stop = position + length
        if stop < end and _place_with_level(text[position:stop], rules):
            return True
    return False


def _project_ends(
    text: str, position: int, ending: str, suffix_ends: dict[int, list[str]], rules: NameRules
) -> bool:
    """True when a project's name ends at `position`, before a conjunction that joins another project.

    The same ending on both sides joins two names of a kind ("X线及Y线",
    "X站及Y北站");
    a line whose system word stands before it ends one ("轻轨东线及Y工程");
    so does a name that needs nothing around it followed by its phase or
    lot ("X新城A区与Y口岸": names.yaml `right_extension`).
    """
    if any(ending.endswith(word) for word in suffix_ends.get(position, ())):
        return True  # the same ending, or a longer one of it ("X站及Y北站")
    for word in suffix_ends.get(position, ()):
        before = text[max(0, position - len(word) - 6) : position - len(word)]
        if any(
            r.table == PROJECTS and r.inner_words and any(w in before for w in r.inner_words)
            for r in rules.suffixes[word]
        ):
            return True
    if rules.right_extension is None:
        return False
    for end in range(position - 1, max(0, position - 8), -1):
        for word in suffix_ends.get(end, ()):
            if any(
                r.table == PROJECTS and r.extend_right and (_unconditional(r) or _needs_only_anchor(r))
                for r in rules.suffixes[word]
            ) and rules.right_extension.fullmatch(text, end, position):
                return True
    return False


def _extended_end(text: str, start: int, end: int, rules: NameRules) -> int:
    """Where a name ending at `end` ends with what may follow it (names.yaml `right_extension`).

    A bracket holding the name's short form is not part of it.
    """
    if rules.right_extension is None:
        return end
    extension = rules.right_extension.match(text, end)
    if extension is None or _short_form_in_brackets(text[start:end], text[end : extension.end()]):
        return end
    if _latin_short_form(text[start:end], text[end : extension.end()], rules) and not (
        rules.right_extension.match(text, extension.end())
    ):
        return end  # (a phase after the bracket goes on with the name: X园(BioLAN)三期)
    return extension.end()


def _latin_short_form(name: str, extension: str, rules: NameRules) -> bool:
    """True when `extension` is a bracket holding a Latin short form of a name written in Chinese.

    苏州X产业园(BioLAN), X峰会(LJIE): the acronym or brand (names.yaml
    `alias_note.chinese_acronym`) is the name's short form, declared as an
    alias, not a part of the name as a place or a section in brackets is.
    """
    return (
        rules.chinese_acronym_pattern is not None
        and len(extension) > 2
        and extension[0] == "("
        and extension[-1] == ")"
        and rules.chinese_acronym_pattern.fullmatch(extension[1:-1]) is not None
        and not any("A" <= c <= "Z" or "a" <= c <= "z" for c in name)
    )


def _listed_fields_start(text: str, start: int, suffix_start: int, rules: NameRules) -> int:
    """Where a body named by the fields it serves begins: at the first field.

    文化、康乐及体育委员会, 教育、科技和文化局 (organisations.yaml
    `listed_fields`): the fields are listed with 、 and joined by 及 or 和
    right before the suffix; the name is the whole list, with a known place
    right before it, not the last field's. A start already before the list
    stays.
    """
    if rules.listed_fields is None:
        return start
    match = rules.listed_fields.search(text, max(0, suffix_start - 40), suffix_start)
    if match is None or match.start() >= start:
        return start
    begin = match.start()
    for length in range(min(begin, 8), 1, -1):
        if rules.place_set.longest_at(text, begin - length, begin) == begin and _place_at(
            text, begin - length, begin, rules
        ):
            return begin - length
    return begin


def qualified_by_bracket(text: str, end: int, rules: NameRules) -> bool:
    """True when a bracket right after `end` qualifies the name by its place or section.

    国家会展中心(上海), X线(西段): the bracket (projects.yaml `qualifier_bracket`)
    holds a known place whole or a section word, and closes the name (no
    company's legal form follows it). It points at one particular thing as a
    phase does, so the words before it need not be specific.
    """
    if rules.qualifier_bracket is None:
        return False
    match = rules.qualifier_bracket.match(text, end)
    if match is None:
        return False
    if match.group("section"):
        return True
    place = match.group("place")
    return rules.place_set.longest_at(place, 0) == len(place)


def _short_form_in_brackets(name: str, extension: str) -> bool:
    """True when `extension` is a bracket holding a short form of `name`: 新竹科学园区(竹科).

    Its characters are the name's, in order (竹科 of 新竹科学园区): the
    short form the text goes on to use, a name of its own, not a part of
    this one as a lot or a place in brackets is.
    """
    if len(extension) < 4 or extension[0] != "(" or extension[-1] != ")":
        return False
    remaining = iter(name)
    return all(character in remaining for character in extension[1:-1])


def _place_at(text: str, position: int, end: int, rules: NameRules) -> bool:
    """True when a known place with its level begins at `position`: 和 in 和平区 is no conjunction.

    The level is needed: 和平 alone is also the start of 和平安银行 after a
    partner ("澜海集团和平安银行" is two banks).
    """
    stop = rules.place_set.longest_at(text, position, end)
    return stop is not None and text[position:stop].endswith(rules.described_place_tails)


def _listed_owner(text: str, start: int, place: int, rules: NameRules) -> int | None:
    """Where a listed company's short name (台积电) ending right before `place` begins, or None.

    The short name may stand before `start`, where a reading of its words as
    a subject and its verb cut it off; a known short name is one word.
    """
    for length in (4, 3, 2):
        owner = place - length
        if owner >= max(0, start - length) and text[owner:place] in rules.listed_short_set:
            return owner
    return None


def _listed_owner_before(text: str, start: int, end: int, rules: NameRules) -> bool:
    """True when a listed company's short name is right before the place in text[start:end]: 台积电高雄."""
    place = _place_start(text, start, end, rules)
    return place is not None and _listed_owner(text, start, place, rules) is not None


def _joins_places(text: str, start: int, end: int, rules: NameRules) -> bool:
    """True when a conjunction outside every known place stands in text[start:end]: "国家及地方政府".

    A conjunction character inside a place of the division table is part of
    its name (呼和浩特市, 和林格尔县), not a join of two places.
    """
    position = start
    while position < end:
        stop = rules.place_set.longest_at(text, position, end)
        if stop is not None:
            position = stop
            continue
        if text[position] in rules.conjunctions:
            return True
        position += 1
    return False


def _short_company_before(
    text: str,
    start: int,
    position: int,
    conjunction: str,
    suffix_ends: dict[int, list[str]],
    rules: NameRules,
) -> bool:
    """True when a company's short name ends before a conjunction that joins its partner: "澜舟科技与X集团".

    The short name ends with a word of a company rule that takes a partner
    after this conjunction (organisations.yaml `partner_before`) and holds a
    proper or coined word, as that rule requires; a place alone before the
    word ("中国医药与健康产业集团") is no such name.
    """
    for word in suffix_ends.get(position, ()):
        for rule in rules.suffixes[word]:
            if rule.kind != "company" or conjunction not in rule.partner_before:
                continue
            word_start = position - len(word)
            prefix_start = max(start, word_start - rule.max_prefix)
            if (
                word_start - prefix_start >= rule.min_prefix
                and not _place_alone(text[prefix_start:word_start], rules)  # 中国医药与X: a field's place
                and _anchored(text, prefix_start, word_start, rule, suffix_ends, rules)
            ):
                return True
    return False


def _place_alone(prefix: str, rules: NameRules) -> bool:
    """True when `prefix` is a place and nothing else (中国, 杭州市)."""
    if rules.place_set.is_word(prefix):
        return True
    return rules.word_view.is_place(prefix)


# (a province, a city and a county with their levels: 安徽省宿州市萧县)
_PARTY_PLACE_LENGTH = 8
# How far before a conjunction time words are looked for (昨日, 今天上午).
_TIME_WINDOW = 6


# (a place of two to four characters, then its level: 青禾市, 乌鲁木齐市)
_LEADING_PLACE_LENGTHS = range(5, 2, -1)
# what no word of a place is tagged as: a verb, a function word, a count, a time
_NOT_PLACE_TAGS = frozenset({"v", "vn", "vd", "p", "c", "u", "uj", "ul", "r", "d", "m", "q", "f", "t"})


def _after_kind(
    text: str,
    start: int,
    suffix_start: int,
    rule: SuffixRule,
    suffix_ends: dict[int, list[str]],
    rules: NameRules,
) -> int:
    """Move `start` past a kind of company that describes the name after it: "央企澜海集团" gives 澜海集团.

    The kind (described_companies.kinds: 央企, 龙头, 券商) ends a word, and
    what follows it up to the suffix is two characters at least and names
    something on its own (a proper or coined word); "澜海银行股份有限公司" and
    "澜海企业管理有限公司" stay whole.
    """
    # (from a little earlier: the name's window may begin inside the kind, 权重股|澜信控股)
    lead = max(0, start - _LONGEST_KIND + 1)
    prefix = text[lead:suffix_start]
    for kind in rules.described_kinds:
        if kind in rules.suffixes:
            continue  # 银行, 公司 end a parent's name before its branch (澜海银行青禾分行)
        position = prefix.rfind(kind)
        if position < 0:
            continue
        kind_end = lead + position + len(kind)
        if (
            kind_end > start
            and suffix_start - kind_end >= max(2, rule.min_prefix)
            and word_ends(prefix, position + len(kind))
            and _anchored(text, kind_end, suffix_start, rule, suffix_ends, rules)
            and not rules.is_generic_prefix(text[kind_end:suffix_start], True)
        ):
            return kind_end
    return start


# (the longest kind of company a name's window may begin inside: 晶圆代工厂)
_LONGEST_KIND = 5


def _leading_place(text: str, at: int, rules: NameRules) -> int:
    """Where a place with its level that ends at `at` begins ("青禾市政府工作报告"), else `at`.

    The place begins a word (as the dictionary segments the characters
    before it) and holds no verb, function word, count or time
    word ("会议审议青禾市" gives 青禾市); a pronoun or an all-covering word
    before the level (本市, 全市) makes no place.
    """
    for length in _LEADING_PLACE_LENGTHS:
        start = at - length
        if start < 0:
            continue
        place = text[start:at]
        if not _place_with_level(place, rules):
            continue
        before = max(0, start - 4)
        if start > before and not word_ends(text[before:at], start - before):
            continue  # the place would begin inside a word
        if any(tag in _NOT_PLACE_TAGS for _word, tag in tagged(place[:-1])):
            continue
        return start
    return at


def _party_before(before: str, rules: NameRules) -> bool:
    """True when the text before a conjunction is a party of its own, not part of a name.

    A place alone ("南华县与X公司", "县与X集团", "澳门及横琴"), one the
    dictionary does not know with its level ("青禾县与X集团"), a person by
    a title ("县委书记与X集团董事长"), a kind of company ("多家央企与X集团"), or a word for
    people or a kind of body (names.yaml `party_words`: "双方与X公司",
    "市领导及X协会") is joined to the name after it, not part of it:
    "澜江神经科学与类脑研究中心" stays whole, and so do fields joined in a body's
    name ("创新科技及工业局").
    """
    if len(before) >= 2:
        before = before[rules.word_view.start(before, False) or 0 :]  # "我县与": the pronoun leads
    if not before:
        return False
    return (
        before in rules.party_words
        or _person_by_characters(before)
        or (before[:1] in rules.admin_prefixes and before[1:] in rules.party_words)  # 市领导
        or before in rules.admin_prefixes
        or rules.place_set.is_word(before)
        or rules.word_view.is_place(before)
        or (len(before) <= _PARTY_PLACE_LENGTH and _place_with_level(before, rules))  # 青禾县与X集团
        or before.endswith(rules.title_words)  # 县委书记与X集团董事长: a person
        or before in rules.described_kinds  # 多家央企与X集团: a kind of company
    )


def _ends_name(text: str, position: int, suffix_ends: dict[int, list[str]], rules: NameRules) -> bool:
    """True when a party may end at `position`: a suffix that ends a noun phrase wherever it stands.

    A suffix that needs an anchor ends one too ("公司与X集团", "手术器械公司和X"):
    named or described, what stands before the conjunction is a party of its own.
    A suffix followed by what its rule's names never are (`not_before`) ends
    none: 规划 before 和自然资源局 is a field of a bureau's name.
    """
    return any(
        (_unconditional(rule) or _needs_only_anchor(rule))
        and not (rule.not_before and text.startswith(rule.not_before, position))
        for word in suffix_ends.get(position, ())
        for rule in rules.suffixes[word]
    )


def _needs_only_anchor(rule: SuffixRule) -> bool:
    """True when a suffix needs an anchor before it and no context around it (公司, 项目)."""
    return rule.needs_anchor and not (
        rule.context_after or rule.context_pattern or rule.title_after or rule.partner_before
    )


class _Reserved:
    """A window start a candidate dropped before working it out leaves for the line's later ones."""

    __slots__ = ("min_prefix",)

    def __init__(self, min_prefix: int) -> None:
        self.min_prefix = min_prefix


def _window_key(suffix_start: int, rule: SuffixRule, rules: NameRules, word: str) -> tuple:
    """The key of `_LineFacts.window_starts` for the window before `suffix_start` (its lowest start first)."""
    lowest = max(0, suffix_start - min(rule.max_prefix, rules.max_name_length))
    body = rule.table == ORGANISATIONS and rule.kind in rules.name_verbs_kinds
    ending = word if rule.table == PROJECTS else ""
    return (lowest, suffix_start, body, rule.joined_partners, ending)


def _name_start(
    text: str,
    suffix_start: int,
    rule: SuffixRule,
    suffix_ends: dict[int, list[str]],
    rules: NameRules,
    facts: _LineFacts,
    word: str = "",
) -> int | None:
    """Where the name ending at `suffix_start` with the suffix `word` begins, or None when it has no name."""
    key = _window_key(suffix_start, rule, rules, word)
    lowest, _, body, _, ending = key
    start = facts.window_starts.get(key)
    if start is None or type(start) is _Reserved:
        # (the first candidate to ask, dropped or not, decides the least prefix used below)
        min_prefix = rule.min_prefix if start is None else start.min_prefix
        start = _name_window_start(text, lowest, suffix_start, rules, body)
        # Two names joined by a conjunction: split when the left part is a name.
        if facts.conjunctions and not rule.joined_partners:
            start = _after_conjunction(text, start, suffix_start, suffix_ends, rules, facts, body, ending)
        if facts.has_brackets:
            start = _balance_brackets(text, start, suffix_start)
            start = _after_dateline(text, start, suffix_start, rules)
            start = _after_latin_gloss(text, start, suffix_start, rules)
        if start == lowest > 0:
            start = _after_cut_conjunction(text, start, suffix_start, min_prefix, rules)
        facts.window_starts[key] = start
    if rule.kind == "government" and rules.own_places and text.endswith(rules.own_places, 0, start):
        start -= 1  # 我县人民政府: the own place's level begins its body's name
    if rule.admin_prefix:
        found = _admin_start(text, start, suffix_start, rules)
        if found is None or (rules.every_words and text.endswith(rules.every_words, 0, found[0])):
            return None
        return _township_start(text, start, found[0], text[found[0] : found[1]], rules)
    return start


def _reserve_window_start(
    suffix_start: int, rule: SuffixRule, rules: NameRules, facts: _LineFacts, word: str
) -> None:
    """What asking `_name_start` leaves for the line's later candidates, for a candidate dropped before it.

    A window start is kept under a key without the rule's least prefix,
    which `_after_cut_conjunction` reads: the first candidate to ask
    decides it. A dropped candidate reserves the key with its own least
    prefix, and the first one that needs the start works it out with that.
    """
    facts.window_starts.setdefault(_window_key(suffix_start, rule, rules, word), _Reserved(rule.min_prefix))


def _after_cut_conjunction(text: str, start: int, end: int, min_prefix: int, rules: NameRules) -> int:
    """Past a conjunction in a window cut at the rule's longest prefix, when a prefix still follows it.

    "瑞岚生物和禾丰科技等企业": the window of 科技 begins inside the first name
    (物和禾丰), so what stands before 和 is the end of another name, not the
    start of this one. A conjunction with too little after it stays (中和制药).
    """
    for position in range(end - min_prefix - 1, start, -1):
        if text[position] in rules.conjunctions and not _place_at(text, position, end, rules):
            return position + 1
    return start


def _admin_start(text: str, start: int, end: int, rules: NameRules) -> tuple[int, int] | None:
    """The span of the first administrative prefix or place in text[start:end] (`admin_start`'s search)."""
    if rules.admin_start is None:
        return None
    found = rules.admin_words.first(text, start, end, unless=rules.not_admin_words)
    # 社区居委会: the prefix 区 ends a word (not_admin_tails), and no office begins there
    while found is not None and _ends_admin_tail(text, found[0], found[1], rules):
        found = rules.admin_words.first(text, found[1], end, unless=rules.not_admin_words)
    return found


def _ends_admin_tail(text: str, start: int, end: int, rules: NameRules) -> bool:
    """True when the prefix text[start:end] ends a word of `not_admin_tails` (社区, 华南区)."""
    return any(start >= back and text[start - back : end] in rules.not_admin_tails for back in (1, 2))


def _township_start(text: str, lowest: int, prefix_start: int, prefix: str, rules: NameRules) -> int:
    """Where an office led by 镇 or 乡 begins: at the township's name when one is written before it.

    Townships are not in the division table: "石塘镇财政所" is the office of
    the township 石塘, and its name begins at the place word (organisations.yaml
    `township_name_tags`) right before the prefix, within the window.
    """
    if prefix in rules.coined_place_prefixes and _coined_place(text[lowest:prefix_start]):
        return lowest  # 澜江省商务厅: a province the division table lacks keeps its name
    if prefix not in rules.township_prefixes or prefix_start - lowest < 2:
        return prefix_start
    words = tagged(text[lowest:prefix_start])
    if not words:
        return prefix_start
    word, tag = words[-1]
    if len(word) >= 2 and tag in rules.township_name_tags and HAN_ONLY.fullmatch(word):
        return prefix_start - len(word)
    return prefix_start


def _one_character_brand(
    text: str, start: int, suffix_start: int, rule: SuffixRule, rules: NameRules
) -> bool:
    """Whether a company's short form ends in a conjunction's character (信和集团, 怡和集团).

    One character and the conjunction before a company's ending are its
    name: nothing of one character is joined to a company by 和 or 与,
    except a level of government or a pronoun (省和集团, 其与集团).
    """
    if rule.table != ORGANISATIONS or rule.kind != "company" or suffix_start - start != 2:
        return False
    first = text[start]
    return "\u4e00" <= first <= "\u9fff" and first not in rules.admin_prefixes and tagged(first)[0][1] != "r"


def _rare_brand(text: str, start: int, prefix: str, rule: SuffixRule) -> bool:
    """Whether `prefix` is one word, opening its clause, that the dictionary counts rarely (长实集团).

    The dictionary tags some short brands as function words (长实 as an
    adverb); a common adverb (随后, 已经) is counted thousands of times, a
    brand a few dozen at most.
    """
    if not rule.rare_brand_frequency or not 2 <= len(prefix) <= 4:
        return False
    if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
        return False
    words = tagged(prefix)
    if len(words) != 1:
        return False
    count = frequency(prefix)
    return count is not None and 0 < count <= rule.rare_brand_frequency


def _suffix_names(
    text: str, rules: NameRules, suffix_ends: dict[int, list[str]], facts: _LineFacts
) -> list[NameSpan]:
    names = []
    for end, words in suffix_ends.items():
        for word in words:
            suffix_start = end - len(word)
            titled = bool(rules.title_words) and text.startswith(rules.title_words, end)
            for rule in rules.suffixes[word]:
                if rule.refuses_before(text, end) and not titled and not rule.is_placed(text, suffix_start):
                    continue  # (a person's title after a body ends it: 厅副厅长)
                if rule.follows_not_after(text, suffix_start):
                    continue
                if rule.needs_qualifier and not qualified_by_bracket(text, end, rules):
                    continue  # X展 names a fair only before a bracket of its place: X展(澳门)
                if word in rule.word_end_words and not word_ends(text, end):
                    continue  # the suffix's last character begins another word (新鸿基|地产)
                if rule.word_bounded and not (
                    (suffix_start == 0 or word_ends(text, suffix_start)) and word_ends(text, end)
                ):
                    continue  # the word begins or ends inside another (其中|科技, 中科院)
                if rule.counted_after is not None and rule.counted_after.match(text, end):
                    continue  # "亿元以上项目10个": a kind of project, counted
                if rule.prefix_pattern is not None:
                    # a name known by its kind: only a year or a period may lead it
                    lowest = max(0, suffix_start - rule.max_prefix)
                    lead = rule.prefix_pattern.search(text, lowest, suffix_start)
                    if lead is None and rule.min_prefix:
                        continue  # a name known by its prefix only (中建三局)
                    start = lead.start() if lead else suffix_start
                    if rule.place_lead and start == suffix_start:
                        start = _leading_place(text, suffix_start, rules)
                    name_end = end
                    if rule.extend_right:
                        name_end = _extended_end(text, start, end, rules)
                    names.append(NameSpan(rule.table, start, name_end, rule.rule_id, rule.kind, len(word)))
                    continue
                # A rule with a context holds only there, and then wins ties.
                confirmed = (
                    bool(rule.context_after)
                    or rule.context_pattern is not None
                    or rule.title_after
                    or bool(rule.label_before)
                )
                partner = _partner_start(text, suffix_start, end, rule, rules)
                labelled = False  # confirmed only by a label before the name (checked once it starts)
                if (
                    confirmed
                    and partner is None
                    and not (
                        (rule.title_after and titled)
                        or text.startswith(rule.context_after or ("\0",), end)
                        or (rule.context_pattern is not None and rule.context_pattern.match(text, end))
                        or _context_within(text, end, rule, rules)
                        or (rule.table == PROJECTS and qualified_by_bracket(text, end, rules))
                    )
                ):
                    if not rule.label_before:
                        continue
                    labelled = True
                if rules.word_view.straddles(text[max(0, suffix_start - 2) : end + 2], min(2, suffix_start)):
                    continue  # the suffix begins inside a verb: 举行动, 建设施工
                if (
                    labelled
                    and not (rule.bare_with_title and titled)
                    and not _line_holds_label(text, rule, facts)
                ):
                    # no label anywhere on the line: `_labelled` below cannot hold
                    _reserve_window_start(suffix_start, rule, rules, facts, word)
                    continue
                start = _name_start(text, suffix_start, rule, suffix_ends, rules, facts, word)
                if start is None:
                    continue
                start = _after_amount(text, start, suffix_start, rules)
                if rule.owner_verbs:
                    start = _owner_start(text, start, rule, suffix_ends, rules)
                if partner is not None:
                    joined = bool(rule.partner_joiners) and text.endswith(rule.partner_joiners, 0, start)
                    if partner < start and joined:
                        continue  # 与X自然资源和规划局签订: the 和 is inside the partner's own name
                    start = max(start, partner)
                if rules.leading_date is not None and rule.kind != "event":
                    dated = rules.leading_date.match(text, start, suffix_start)
                    if dated:
                        start = dated.end()
                if rule.table == ORGANISATIONS and rule.kind == "company":
                    start = _after_kind(text, start, suffix_start, rule, suffix_ends, rules)
                body = rule.table == ORGANISATIONS and rule.kind in rules.name_verbs_kinds
                if suffix_start - start >= 2 and rules.word_view.enabled:
                    prefix = text[start:suffix_start]
                    offset = rules.word_view.start(prefix, rule.kind not in rules.clause_kinds)
                    if offset and _named_before_capacity(prefix[:offset], rules):
                        # the site and the capacity before a plant's type belong to
                        # its name; no verb inside governs the rest ("自建自用光伏")
                        offset = rules.word_view.start(prefix, False)
                    if offset and body and _names_an_activity(prefix[offset:], rules):
                        # "X高新区开发建设有限公司": no verb inside governs the rest
                        offset = rules.word_view.start(prefix, False)
                    if offset is None and rule.table == ORGANISATIONS and _office_of_a_place(prefix, rules):
                        offset = 0  # "湖州市审计局": an office named by what it does
                    if offset and _rare_brand(text, start, prefix, rule):
                        offset = 0  # "长实集团": a brand the dictionary tags as an adverb
                    if offset is None:
                        continue
                    start += offset
                if suffix_start - start >= 2 and rules.word_view.enabled:
                    start = _after_acting_name(text, start, suffix_start, suffix_ends, rules, body)
                if rule.table == PROJECTS and text.endswith(rules.route_joiners or ("\0",), 0, start):
                    start = _route_start(text, start, suffix_start, rules)
                if rule.table == PROJECTS and rules.dash_route is not None:
                    start = _dash_route_start(text, start, suffix_start, end, rules)
                if rule.operator_endings:
                    start = _after_operator(text, start, suffix_start, rule.operator_endings)
                if (
                    suffix_start > start
                    and text[suffix_start - 1] in rules.conjunctions
                    and rules.word_view.ends_with_word(text[start:suffix_start], text[suffix_start - 1])
                    and not _one_character_brand(text, start, suffix_start, rule, rules)
                ):
                    continue  # "理事和协会": the suffix stands alone after a conjunction
                if (
                    rules.quoted_lead is not None
                    and start < suffix_start
                    and rule.kind in rules.quoted_lead_kinds
                ):
                    quoted = rules.quoted_lead.search(text, max(0, start - rules.max_quoted_lead - 2), start)
                    if quoted:
                        start = quoted.start()  # “十四五”生物经济发展规划
                if start == suffix_start and rule.title_after and titled:
                    # An office named by a verb before a title: 推进办副主任.
                    start -= _verb_before(text, suffix_start, rules)
                if suffix_start - start < rule.min_prefix:
                    # A body named by its bare office before a title: 管委会主任.
                    if not (rule.bare_with_title and titled and start == suffix_start):
                        continue
                    names.append(NameSpan(rule.table, start, end, rule.rule_id, rule.kind, len(word)))
                    continue
                if _place_sector(text, start, suffix_start, end, rules):
                    continue  # "北京银行业": the banks of a place as a sector
                # a numbered phase after a park's or a campus's name (国际校区五期)
                # points at one particular place, whatever words name it
                phased = (
                    rule.phase_anchors
                    and rules.phase_anchor is not None
                    and rules.phase_anchor.match(text, end) is not None
                ) or (rule.table == PROJECTS and qualified_by_bracket(text, end, rules))
                if (
                    rule.needs_specific
                    and not phased
                    and _is_generic(
                        text[start:suffix_start], rule.table, rules, rule.generic_from, rule.region_led
                    )
                ):
                    continue
                if (
                    not phased
                    and (
                        rule.needs_anchor
                        or (rule.anchor_when_described and _described(text, start, rules))
                        or (rule.anchor_after and text.endswith(rule.anchor_after, start, suffix_start))
                    )
                    and not (
                        _anchored(
                            text,
                            _described_place_end(text, start, suffix_start, rule, rules),
                            suffix_start,
                            rule,
                            suffix_ends,
                            rules,
                        )
                        or (rule.table == PROJECTS and rules.alias_pattern.match(text, end) is not None)
                        or (
                            rule.park_placed
                            and _placed_in_park(text, start, suffix_start, rule, suffix_ends, rules)
                        )
                        or (rule.region_led and _region_led(text[start:suffix_start], rules))
                    )
                ):
                    continue  # no anchor, no declared short form ("(以下简称“X”)") and no leading region word
                if (
                    not phased
                    and rules.descriptive_names is not None
                    and (rules.phase_anchor is None or rules.phase_anchor.match(text, end) is None)
                    and (
                        rule.rule_id in rules.descriptive_names.rule_ids
                        or (
                            word in rules.descriptive_names.endings
                            and suffix_start - start <= rules.descriptive_names.endings_max_prefix
                        )
                    )
                    and rules.alias_pattern.match(text, end) is None
                    # (works are named by their aim, common words as it may be: 城市品质提升工程)
                    and not (rule.aim_endings and text.startswith(rule.aim_endings, suffix_start))
                    and _descriptive(text[start:suffix_start], rules)
                    and not _named_before_description(text, start, rules)
                ):
                    continue  # "光伏绿氢生产项目": common words of industry and action name no project
                if rule.needs_owner and not _owned(text, start, suffix_start, suffix_ends, rules):
                    continue
                if (
                    rule.inner_words
                    and not any(w in text[start:suffix_start] for w in rule.inner_words)
                    and not (
                        rule.owner_before_place and _listed_owner_before(text, start, suffix_start, rules)
                    )
                ):
                    continue  # a section without its bureau
                prefix_text = text[start:suffix_start]
                if rule.describing_words and any(w in prefix_text for w in rule.describing_words):
                    continue  # "地标性创科设施": the quality it is to have describes it
                if rule.needs_place:
                    place = _place_start(text, start, suffix_start, rules)
                    if place is None or _joins_places(text, place, suffix_start, rules):
                        continue  # no place, or places joined ("国家及地方政府")
                    if not rule.owner_before_place:
                        start = place
                    elif (owner := _listed_owner(text, start, place, rules)) is not None:
                        start = owner  # 台积电高雄厂: a listed company's short name owns the plant
                    elif place == start or not text.endswith(rule.inner_words, start, place):
                        continue  # no company's name right before the place
                if rule.kind == "event" and rules.event_session is not None and text[start] not in '“「"':
                    session = rules.event_session.search(text, max(0, start - 12), start)
                    if session:
                        start = session.start()  # 第134届广交会
                name_end = end
                if rule.extend_right:
                    name_end = _extended_end(text, start, end, rules)
                kind = rule.kind
                if rule.research_words and any(w in text[start:name_end] for w in rule.research_words):
                    kind = "research"
                if labelled and not _labelled(text, start, rule):
                    continue  # no context and no label before it
                if rule.table == ORGANISATIONS and kind == "government":
                    start = _listed_fields_start(text, start, suffix_start, rules)
                weight = len(word) + (CONFIRMED if confirmed else 0)
                names.append(NameSpan(rule.table, start, name_end, rule.rule_id, kind, weight))
    return names


def _after_amount(text: str, start: int, suffix_start: int, rules: NameRules) -> int:
    """Where a name begins when an amount of money stands in its prefix: after it.

    No name holds an amount in figures ("投资2.5亿欧元建设X研发中心": the
    name is X研发中心); a boundary word right after the amount (建设) is
    left out too. A name never begins inside a number.
    """
    if rules.amount_pattern is None:
        return start
    last = None
    for match in rules.amount_pattern.finditer(text, start, suffix_start):
        if text[match.start()].isdigit():
            last = match
    if last is None:
        return start
    after = last.end()
    boundary = rules.boundary_word_pattern.match(text, after)
    if boundary and boundary.end() < suffix_start and rules.boundary_word_kinds.get(boundary.group()):
        after = boundary.end()
    return after if after < suffix_start else start


def _after_operator(text: str, start: int, suffix_start: int, endings: tuple[str, ...]) -> int:
    """Where a name begins after the body that runs it ("X供电公司220千伏Y变电站" begins at 220)."""
    found = [at + len(word) for word in endings if (at := text.rfind(word, start, suffix_start)) >= 0]
    return max(found, default=start)


def _placed_in_park(
    text: str,
    start: int,
    suffix_start: int,
    rule: SuffixRule,
    suffix_ends: dict[int, list[str]],
    rules: NameRules,
) -> bool:
    """Whether a phased name stands in a named park: "位于X开发区的Y三期项目".

    The prefix ends with a phase (names.yaml `phase_anchor`), 的 stands right
    before the name, a park's ending right before 的, and a verb of
    `rule.park_placed` opens the clause before the park.
    """
    if rules.phase_before is None or not rules.phase_before.search(text, start, suffix_start):
        return False
    if start < 2 or text[start - 1] != "的":
        return False
    park_end = start - 1
    if not any(
        r.table == PROJECTS and r.kind == "park"
        for word in suffix_ends.get(park_end, ())
        for r in rules.suffixes[word]
    ):
        return False
    clause = SENTENCE_PUNCTUATION_PATTERN.split(text[max(0, park_end - 20) : park_end])[-1]
    return any(verb in clause for verb in rule.park_placed)


def _holds_label(text: str, rule: SuffixRule) -> bool:
    """Whether a label of `rule.label_before` stands anywhere in `text`: `_labelled` finds none otherwise."""
    return any(label in text for label in rule.label_before)


def _line_holds_label(text: str, rule: SuffixRule, facts: _LineFacts) -> bool:
    """`_holds_label` of the line, read once per rule and line."""
    held = facts.labels_held.get(rule.label_before)
    if held is None:
        held = facts.labels_held[rule.label_before] = _holds_label(text, rule)
    return held


def _labelled(text: str, start: int, rule: SuffixRule) -> bool:
    """Whether a label of `rule.label_before` stands before the name starting at `start`.

    Earlier items of a list (`rule.label_items`) may come between: in
    "连接X线及Y线" the label 连接 holds for Y线 as well as for X线.
    """
    before = text[:start].rstrip()
    if before.endswith(rule.label_before):
        return True
    if rule.label_items is None:
        return False
    return any(
        rule.label_items.fullmatch(before, len(before) - length)
        and _labelled(before, len(before) - length, rule)
        for length in range(1, min(len(before), MAX_LIST_ITEM) + 1)
    )


def _names_a_building(text: str, name: NameSpan, rules: NameRules) -> bool:
    """Whether an organisation's name is, or runs into, its body's building (organisations.yaml built_bodies).

    "X实验室二期", "X学院大楼", "X医院将于明年投入服务": the building words
    begin inside the name or right after it; "A与B共建X联合研究院": a joint
    institute right after a verb of building together; "兴建X医院": a
    hospital, a school or a museum right after a verb of building.
    """
    if rules.built_after is None or name.table != ORGANISATIONS:
        return False
    if (
        rules.joint_before is not None
        and rules.joint_name is not None
        and rules.joint_name.search(text, name.start, name.end)
        and rules.joint_before.search(text, 0, name.start)
    ):
        return True  # "A与B共建X联合研究院": the joint institute being built
    if (
        rules.building_before is not None
        and rules.building_name is not None
        and rules.building_name.search(text, name.start, name.end)
        and rules.building_before.search(text, 0, name.start)
    ):
        return True  # "政府将兴建X医院": the hospital being built
    return any(rules.built_after.match(text, at) for at in range(name.start + 2, name.end + 1))


def _route_start(text: str, start: int, suffix_start: int, rules: NameRules) -> int:
    """Where a route named by two places begins: at the first place ("湖州至杭州城际铁路").

    `start` follows a joiner (names.yaml `route_joiners`); the name goes on
    left when a place stands alone before the joiner and another begins the
    name after it ("5月至10月" joins no places). Else `start`.
    """
    right = text[start:suffix_start]
    right_place = rules.leading_place(right) > 0
    # a place the dictionary does not know after the joiner still ends a
    # route when a known place stands before it ("青溪至澜岭铁路")
    if not right_place and not _coined_place(right):
        return start
    joiner = next(word for word in rules.route_joiners if text.endswith(word, 0, start))
    left_end = start - len(joiner)
    left_start = _name_window_start(text, max(0, left_end - 6), left_end, rules)
    left = text[left_start:left_end]
    is_place = rules.place_set.is_word(left)
    read_as_place = rules.word_view.is_place(left) or _coined_place(left)
    if len(left) >= 2 and (read_as_place or (is_place and right_place)):
        return left_start
    return start


def _dash_route_start(text: str, start: int, suffix_start: int, end: int, rules: NameRules) -> int:
    """Where a route named by two ends joined by a dash begins (names.yaml `dash_route`).

    "经哈密—重庆±800千伏…工程", "经由陇东—山东±800千伏…工程": the dash stands
    right before the name or inside it, a place begins the part after it,
    and a place of two or three characters (four when the dictionary has
    it) ends right before it. Else `start`.
    """
    dash = text.rfind("—", max(0, start - 1), suffix_start)
    if dash < 0 or not rules.dash_route.search(text, dash + 1, end):
        return start
    right = text[dash + 1 : suffix_start]
    if rules.leading_place(right) == 0 and not _coined_place(right[:2]):
        return start
    for length in (4, 3, 2):
        left = text[max(0, dash - length) : dash]
        if len(left) < length or not HAN_ONLY.fullmatch(left):
            continue
        if rules.place_set.is_word(left) or (
            length < 4 and (rules.word_view.is_place(left) or _coined_place(left))
        ):
            return dash - length
    return start


def _coined_place(text: str) -> bool:
    """True when `text` reads as a place's name the dictionary lacks: two or three
    characters led by a place character and holding no verb, time or particle ("澜岭")."""
    if not ROUTE_END.fullmatch(text):
        return False
    words = tagged(text)
    return words[0][1] == "ns" and all(tag in COINED_PLACE_TAGS for _, tag in words)


def _office_of_a_place(prefix: str, rules: NameRules) -> bool:
    """True when `prefix` is a place and one verb (湖州市审计, 杭州市统计): an office named by its work.

    Before other suffixes a place and a verb make a clause ("青岛安排项目");
    before a body's ending the verb is the body's field. A known government
    body may stand for the place (市委统战部: the party committee's department).
    """
    words = tagged(prefix)
    known = rules.known.get(words[0][0]) if words else None
    return (
        len(words) == 2
        and (
            words[0][1] == "ns"
            or rules.word_view.is_place(words[0][0])
            or (known is not None and known[1] == "government")
        )
        and words[1][1] in rules.word_view.governing
        and len(words[1][0]) >= rules.word_view.min_verb
    )


def _owner_start(
    text: str, start: int, rule: SuffixRule, suffix_ends: dict[int, list[str]], rules: NameRules
) -> int:
    """Where a project begins when its owner's name and a verb of building lead it, else `start`.

    "青禾县人民医院新建住院楼工程": an institution's own building works (a
    hospital, a school), one name. A verb after anything else ("县里新建X工程")
    or after a government or a company ("市交通局新建X工程": a clause about
    what it builds) still ends the text before the project.
    """
    verb = next((word for word in rule.owner_verbs if text.endswith(word, 0, start)), None)
    if verb is None:
        return start
    owner_end = start - len(verb)
    if not any(
        other.table == ORGANISATIONS
        and other.kind in OWNER_KINDS
        and (_unconditional(other) or _needs_only_anchor(other))
        for word in suffix_ends.get(owner_end, ())
        for other in rules.suffixes[word]
    ):
        return start
    owner_start = _name_window_start(text, max(0, owner_end - rules.max_name_length), owner_end, rules, True)
    if owner_end - owner_start < 3 or not rules.word_view.anchored(text[owner_start:owner_end]):
        return start  # a kind of body (农村小学), not one named
    return owner_start


def _verb_before(text: str, position: int, rules: NameRules) -> int:
    """Length of the boundary verb of two characters or more that ends at `position` (引进), or 0."""
    for length in range(min(4, position), 1, -1):
        if rules.boundary_word_kinds.get(text[position - length : position]):
            return length
    return 0


def _anchored(
    text: str,
    start: int,
    suffix_start: int,
    rule: SuffixRule,
    suffix_ends: dict[int, list[str]],
    rules: NameRules,
) -> bool:
    """True when the text before a suffix names something: a proper word, a place, a name inside.

    "嘉吉亚太生产线扩建项目", "宜明细胞CDMO基地项目", "施普林格·自然集团项目"
    are names; "公共服务和现代商贸业项目", "10亿元以上项目", "招商引资和项目" are
    descriptions. An amount of money or a conjunction right before the
    suffix makes a description whatever the rest holds.
    """
    prefix = text[start:suffix_start]
    if prefix[-1:] in rules.conjunctions:
        return False
    if rules.amount_pattern is not None and rules.amount_pattern.search(prefix):
        return False
    if rule.place_with_kind and _place_and_generic(prefix, rule.table, rules):
        return False
    if rules.anchor_pattern is not None and rules.anchor_pattern.search(prefix):
        return True
    size = rules.leading_size.match(prefix) if rules.leading_size is not None else None
    if size and size.end() < len(prefix):
        prefix = prefix[size.end() :]  # 500千伏青禾变电站: the site after the voltage names it
    if _named_before_capacity(prefix, rules):
        return True
    if rules.place_set.occurs_in(prefix):
        return True
    # Another name's ending inside (集团, 产业园, 中心, a park's 谷 or 城), with
    # something before it.
    for end in range(start + 3, suffix_start + 1):
        for inner in suffix_ends.get(end, ()):
            others = rules.suffixes[inner]
            if (
                (len(inner) >= 2 or any(other.kind == "park" for other in others))
                and end - len(inner) > start
                and all(other.rule_id != rule.rule_id for other in others)
                and any(
                    _unconditional(other) and not other.follows_not_after(text, end - len(inner))
                    for other in others
                )
                and not _is_generic(text[start : end - len(inner)], others[0].table, rules)
            ):
                return True
    if rule.brand_tags and len(prefix) == 2 and not rules.is_generic_prefix(prefix, True):
        words = tagged(prefix)
        if len(words) == 1 and words[0][1] in rule.brand_tags:
            return True  # a brand the dictionary knows as a proper word (复星医药)
    aim = rule.aim_anchors and (not rule.aim_endings or text.startswith(rule.aim_endings, suffix_start))
    return rules.word_view.anchored(prefix, aim=aim)


def _described_place_end(text: str, start: int, suffix_start: int, rule: SuffixRule, rules: NameRules) -> int:
    """Where the words that must anchor a described name begin: after its leading place.

    After a count or an indefinite word ("一家苏州软件公司", "两家广州物流公司")
    a place and what the body does describe one; the place anchors nothing
    there (rules marked `place_with_kind`). Elsewhere the whole prefix counts.
    """
    if not rule.place_with_kind or not _described(text, start, rules):
        return start
    place = rules.leading_place(text[start:suffix_start])
    return start + place if place and start + place < suffix_start else start


def _place_sector(text: str, start: int, suffix_start: int, end: int, rules: NameRules) -> bool:
    """True when a place alone leads a suffix that a sector mark follows ("上海保险业", "北京银行业").

    The suffix and the mark (names.yaml `sector_after`) make a sector of
    the economy, and the place says whose; a proper word before the suffix
    still names one body ("澜海银行业务").
    """
    marks, kept = rules.sector_after
    if not marks or not text.startswith(marks, end) or text.startswith(kept or ("\0",), end):
        return False
    prefix = text[start:suffix_start]
    return prefix != "" and (prefix in rules.region_words or rules.leading_place(prefix) == len(prefix))


def _place_and_generic(prefix: str, table: str, rules: NameRules) -> bool:
    """True when `prefix` is a place, perhaps a year, then generic words only ("湖州市2024年重大").

    A place's projects of a kind ("湖州市重大项目", "长兴县招商引资项目") are
    a category; a place before a product or a site ("厦门显示面板生产线项目")
    still names one.
    """
    place = rules.leading_place(prefix)
    if not place:
        return False
    rest = prefix[place:]
    dated = rules.leading_date.match(rest) if rules.leading_date is not None else None
    if dated:
        rest = rest[dated.end() :]
    return rest != "" and _is_generic(rest, table, rules)


def _named_before_capacity(prefix: str, rules: NameRules) -> bool:
    """True when a capacity (1万千瓦, 20MWp) follows a site or an owner in `prefix`.

    "青禾岭2万千瓦风电" names a plant by its site; "20万千瓦光伏" with nothing
    before the capacity describes one by its size.
    """
    if rules.capacity_pattern is None:
        return False
    lowest = rules.min_before_capacity
    capacity = next(
        (found for found in rules.capacity_pattern.finditer(prefix) if found.start() >= lowest), None
    )
    if capacity is None:
        return False
    before = prefix[: capacity.start()]
    # (the owner or site is a proper word or a place: "公司新上年产30万吨…"
    # holds neither, and a verb before the capacity makes a clause)
    return (
        bool(HAN_ONLY.fullmatch(before))
        and not rules.is_generic_prefix(before, False)
        and rules.word_view.start(before, True) == 0
        and (rules.word_view.anchored(before, aim=False) or rules.place_set.occurs_in(before))
    )


def _context_within(text: str, end: int, rule: SuffixRule, rules: NameRules) -> bool:
    """A title or a context word a few characters after an office, in the same clause.

    "投资推广署及引进办昨公布", "投资推广署创新及科技总裁": another body or
    a division may come between the office and what shows it is a body.
    """
    if not rule.context_within:
        return False
    stop = SENTENCE_PUNCTUATION_PATTERN.search(text, end, end + rule.context_within + 4)
    window = text[end : stop.start() if stop else end + rule.context_within + 4]
    for word in (*rule.context_after, *(rules.title_words if rule.title_after else ())):
        found = window.find(word)
        if 0 <= found <= rule.context_within:
            return True
    return False


def _partner_start(text: str, suffix_start: int, end: int, rule: SuffixRule, rules: NameRules) -> int | None:
    """Where a partner's name begins in "与X合作", "同X签约": just after the partner word, or None."""
    if not rule.partner_before or not text.startswith(rule.partner_after, end):
        return None
    lowest = max(0, suffix_start - min(rule.max_prefix, rules.max_name_length) - 1)
    starts = {
        word: text.rfind(word, lowest, suffix_start) + len(word)
        for word in rule.partner_before
        if text.rfind(word, lowest, suffix_start) >= 0
    }
    # a joiner (`partner_joiners`: 和) also joins the fields inside an office's
    # own name (自然资源和规划局, 住房和城乡建设局): it marks the partner only
    # where no other partner word does
    other = [start for word, start in starts.items() if word not in rule.partner_joiners]
    if not other and starts:
        widest = max(0, suffix_start - rules.max_name_length - 1)
        other = [
            text.rfind(word, widest, suffix_start) + len(word)
            for word in rule.partner_before
            if word not in rule.partner_joiners and text.rfind(word, widest, suffix_start) >= 0
        ]
    return max(other or starts.values(), default=None)


def _described(text: str, start: int, rules: NameRules) -> bool:
    """True when the text before a name makes it a description, not a name.

    A count or an indefinite word right before it ("一座新能源汽车产业园",
    "全国首座科学园区", "最大锂离子电池基地"), or a role word earlier in the
    clause: what something becomes or aims to be ("建设成为全球知名的X中心").
    """
    if _indefinite_before(text, start, rules) is not None:
        return True
    if rules.role_pattern is None:
        return False
    lowest = max(0, start - rules.max_name_length)
    clause = REVERSE_PUNCTUATION.search(text, lowest, start)
    clause_start = clause.end() if clause else lowest
    return rules.role_pattern.search(text, clause_start, start) is not None


def _names_an_activity(rest: str, rules: NameRules) -> bool:
    """True when what is left before a company's suffix only says what it does (建设, 投资).

    A cut that leaves a name verb (names.yaml `name_verbs`) or a generic
    word alone before 有限公司 names no company: the verbs before belong to
    the name.
    """
    return rest in rules.name_verbs or _is_generic(rest, ORGANISATIONS, rules)


def _after_acting_name(
    text: str,
    start: int,
    suffix_start: int,
    suffix_ends: dict[int, list[str]],
    rules: NameRules,
    body: bool = False,
) -> int:
    """Move `start` past a name and what it does: "特区政府重视聆听厂商会" -> 厂商会.

    A name that ends inside the prefix and is followed by a verb or an
    adverb is the subject of a clause; the name being read starts after it.
    In a company's name (`body`), verbs that leave only a generic word or a
    name verb (names.yaml `name_verbs`) before the suffix say what the
    company does: "X园区开发建设有限公司" stays whole (no company is named
    "建设有限公司").
    """
    for end in range(suffix_start - 1, start + 1, -1):
        if any(_unconditional(rule) for word in suffix_ends.get(end, ()) for rule in rules.suffixes[word]):
            offset = rules.word_view.after_verb(text[end:suffix_start])
            if offset and body and _names_an_activity(text[end + offset : suffix_start], rules):
                return start
            return end + offset if offset else start
    return start


def _owned(
    text: str, start: int, suffix_start: int, suffix_ends: dict[int, list[str]], rules: NameRules
) -> bool:
    """True when the name begins with an organisation's name: "中科院人才交流开发中心".

    A known name at its start, or an organisation ending (大学, 集团, 研究院)
    inside it with something before it.
    """
    longest = min(suffix_start - start, rules.longest_known)
    if any(text[start : start + length] in rules.known for length in range(2, longest + 1)):
        return True
    owner_endings = _owner_endings(rules)
    for end in range(start + 2, suffix_start + 1):
        for word in suffix_ends.get(end, ()):
            if word in owner_endings and end - len(word) > start:
                return True
    return False


@lru_cache(maxsize=4)
def _owner_endings(rules: NameRules) -> frozenset[str]:
    """Suffixes of two characters or more that end an organisation's name wherever they stand (`_owned`)."""
    return frozenset(
        word
        for word, suffix_rules in rules.suffixes.items()
        if len(word) >= 2
        and any(r.table == ORGANISATIONS and _unconditional(r) and not r.admin_prefix for r in suffix_rules)
    )


def _unconditional(rule: SuffixRule) -> bool:
    """True when a suffix makes a name wherever it stands (no context or anchor needed).

    A project's ending that needs a place before it (a plant called by its
    site: 高雄厂) makes none either: 水厂 inside "X水厂及配套管网工程" ends no party,
    nor does one whose prefix must hold a word (a park's short form: 竹科X厂),
    or one its rule says ends no party (a plant by its code: B2厂).
    """
    return not (
        rule.context_after
        or rule.context_pattern
        or rule.title_after
        or rule.partner_before
        or rule.needs_anchor
        or rule.needs_qualifier
        or rule.ends_no_party
        or ((rule.needs_place or rule.inner_words) and rule.table == PROJECTS)
    )


def _place_start(text: str, start: int, suffix_start: int, rules: NameRules) -> int | None:
    """Where a place (an administrative prefix, a district, a country) begins before a suffix, or None."""
    found = _admin_start(text, start, suffix_start, rules)
    if found is not None:
        return _coined_place_before(text, start, found, rules)
    offset = rules.word_view.first_place(text[start:suffix_start])
    return None if offset is None else start + offset


def _coined_place_before(text: str, start: int, level: tuple[int, int], rules: NameRules) -> int:
    """Where a level of government found at `level` begins, with the place the dictionary lacks before it.

    "经澄州市人民政府同意": 澄州 is no county or city of the division table,
    yet two or three characters led by a place character right before the
    level (`coined_place_prefixes`: 省, 市, 县) are its name; a verb or a
    preposition before them is left out (经, 根据), as the window's start is.
    """
    level_start, level_end = level
    if text[level_start:level_end] not in rules.coined_place_prefixes:
        return level_start
    for length in (3, 2):
        place_start = level_start - length
        if place_start < start:
            continue
        before = max(start, place_start - 2)
        if place_start > before and not word_ends(text[before:level_start], place_start - before):
            continue  # the place would begin inside a word
        if _coined_place(text[place_start:level_start]):
            return place_start
    return level_start


def _known_names(text: str, rules: NameRules, known_hits: list[tuple[int, str]]) -> list[NameSpan]:
    names = []
    for end, word in known_hits:
        not_before = rules.known_not_before.get(word)
        if (
            not_before
            and text.startswith(not_before, end)
            and not text.startswith(rules.known_not_before_except.get(word, ("\0",)), end)
        ):
            continue
        start = end - len(word)
        if start and word in rules.known_word_start and not word_ends(text, start):
            continue  # 市政院落: the name's first character ends the word before it
        if word in rules.known_then and not _known_then(text, end, rules.known_then[word]):
            continue  # 北大青鸟, 复旦张江: the name begins another body's
        if rules.every_pattern is not None and _every_such(text, start, rules):
            continue  # 各地发改委: every province's commission, no one body
        if _ends_admin_tail(text, start, start + 1, rules):
            continue  # 小区委托: the level's character ends another word (organisations.yaml not_admin_tails)
        rule_id, kind = rules.known[word]
        names.append(NameSpan(ORGANISATIONS, end - len(word), end, rule_id, kind, len(word)))
    return names


def _known_then(text: str, end: int, then: tuple[frozenset[str], frozenset[str]]) -> bool:
    """True when what follows a known name at `end` lets it stand alone: no Chinese, or a word of `then`.

    `then` holds the tags the next word may have (a verb, a particle, a
    conjunction) and the words it may be (团队, 教授); another name, a place
    or a numbered part after it (北大青鸟, 复旦张江, 浙大二院) makes the longer
    name some other body's.
    """
    tags, words = then
    rest = text[end : end + 8]
    if not rest or not HAN.match(rest):
        return True
    word, tag = tagged(rest)[0]
    return word in words or tag in tags


def _every_such(text: str, start: int, rules: NameRules) -> bool:
    """True when an every-word (organisations.yaml `every_words`) leads the name or the list it is in.

    "各地发改委", "各省能源局、发改委": the body of every place, not one.
    """
    match = rules.every_pattern.search(text, max(0, start - 40), start)
    return match is not None and match.end() == start


def _title_names(text: str, rules: NameRules) -> list[NameSpan]:
    names = []
    if "《" in text:
        rule_id, kind = rules.title_rule
        for match in rules.title_pattern.finditer(text):
            if rules.title_not_before and text.startswith(rules.title_not_before, match.end()):
                continue
            title = match.group(1)
            if (
                title in rules.title_generic
                or (rules.title_publications and title.endswith(rules.title_publications))
                or (rules.title_generic_pattern is not None and rules.title_generic_pattern.fullmatch(title))
            ):
                continue
            names.append(NameSpan(PROJECTS, match.start(1), match.end(1), rule_id, kind))
    if "“" in text or '"' in text or "「" in text:
        rule_id, kind = rules.quoted_rule
        for match in rules.quoted_pattern.finditer(text):
            name = match.group(1)
            if rules.quoted_speech is not None and rules.quoted_speech.search(name):
                continue
            unversioned = name.rstrip("0123456789.")
            ending = next((word for word in rules.quoted_kind_endings if unversioned.endswith(word)), None)
            names.append(
                NameSpan(
                    PROJECTS, match.start(1), match.end(1), rule_id, rules.quoted_kinds.get(ending, kind)
                )
            )
    return names


def _list_names(
    text: str, rules: NameRules, suffix_ends: dict[int, list[str]], facts: _LineFacts
) -> list[NameSpan]:
    """Items of "A、B、C等<head>" lists (or "A、B在内的<head>", "A、B、C三家<head>")."""
    names: list[NameSpan] = []
    if "、" not in text:
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
            if rule.table == ORGANISATIONS:
                items[-1:] = _last_items(items[-1], rule, rules)  # "A、B和C三家运营商"
                if _joined_fields(items, rule):
                    continue  # "电池回收、变流器和运维等配套企业": fields, not companies
                if all(rules.word_view.is_field(item.strip()) for item in items):
                    continue  # "餐饮、住宿等企业": trades, every one of them
            position = list_start
            signed = None
            for number, item in enumerate(items):
                start, end = position, position + len(item)
                position = end + 1
                end = start + len(_without_code(item))
                if UNOPENED_BRACKET.match(item):
                    continue  # "600123.SH）、": the list was cut inside a code's brackets
                name_start = _name_window_start(text, start, end, rules)
                # 华为: a boundary character (为) inside a proper name is none
                proper = name_start > start and _proper_word(text[start:end], rules)
                if proper:
                    name_start = start
                if number == 0:
                    start = _after_conjunction(text, name_start, end, suffix_ends, rules, facts)
                    if rule.table == ORGANISATIONS:
                        start = _after_list_kind(text, start, end, rule, rules)
                    signed = _signing_list(text[list_start:start], rule, rules)
                elif name_start > start:
                    continue  # a boundary word inside: a phrase, not a name
                if not proper and _name_window_start(text, end - 2, end, rules) == end:
                    continue  # ends with a verb (合作签约): not a name
                if signed is not None and _names_company(text[start:end], signed, rules):
                    names.append(NameSpan(ORGANISATIONS, start, end, signed.rule_id, signed.kind))
                    continue
                if not rule.min_item <= end - start <= rule.max_item:
                    continue
                if rule.table == ORGANISATIONS and (
                    _place_alone(text[start:end], rules) or _place_with_level(text[start:end], rules)
                ):
                    continue  # 在广州、深圳等地设立机构, 澜江县、禾信市等地企业: places, not companies
                if rule.table == ORGANISATIONS and _kind_alone(text[start:end], rules):
                    continue  # 引进多家央企、X等企业: a kind of company, not one
                if rule.table == PROJECTS and rules.word_view.is_field(text[start:end]):
                    continue  # 储能电池、光伏组件等项目: fields, not projects
                names.append(NameSpan(rule.table, start, end, rule.rule_id, rule.kind))
    return names


UNOPENED_BRACKET = regex.compile(r"[^(（]*[)）]")
CODE_BRACKET = regex.compile(r"\s*[(（][^()（）]*\d[^()（）]*[)）]\s*$")


def _without_code(item: str) -> str:
    """A list's item less the stock code in brackets that closes it ("X股份（600123.SH）" → "X股份")."""
    code = CODE_BRACKET.search(item)
    return item[: code.start()] if code else item


def _trade_pairs(text: str, rules: NameRules) -> list[NameSpan]:
    """Two names joined by 和 or 及 before 等 and a head that holds their common trade word.

    "A航空及B航空等航空公司", "A物流与B物流等物流企业": each item ends in the
    trade word (two characters at least) that stands right before the head,
    so each is one company of that trade; a generic word before the trade
    word (国际航空及国内航空等航空公司) is a kind of company, not a name.
    """
    names: list[NameSpan] = []
    rule, pattern = rules.list_rules[0]
    # (only a list closed by 等 is read: a line without it is not searched)
    if rule.table != ORGANISATIONS or "等" not in text:
        return names
    punctuation: list[int] | None = None
    for match in pattern.finditer(text):
        list_end = match.start()
        if not text.startswith("等", list_end):
            continue
        if punctuation is None:
            punctuation = [m.start() for m in SENTENCE_PUNCTUATION_PATTERN.finditer(text)]
        before = bisect_left(punctuation, list_end)
        list_start = punctuation[before - 1] + 1 if before else 0
        listed = text[list_start:list_end]
        if "、" in listed:
            continue  # a list of three or more: `list_context`
        between = match.group()[1:]
        pairs = [
            (listed.rfind(joiner), joiner)
            for joiner in rule.field_joiners
            if len(joiner) == 1 and listed.rfind(joiner) > 0
        ]
        if len(pairs) != 1:
            continue
        split, _ = pairs[0]
        first, second = listed[:split], listed[split + 1 :]
        if any(word in between for word in rule.not_between):
            continue
        # the trade word both items end in stands right before the head (航空 + 公司)
        trade = next(
            (
                second[-size:]
                for size in (3, 2)
                if len(second) > size
                and first.endswith(second[-size:])
                and between.rfind(second[-size:]) >= 0
                and 0 < len(between) - between.rfind(second[-size:]) - size <= 3
            ),
            None,
        )
        if trade is None:
            continue
        first_end = list_start + split
        first_start = _name_window_start(text, list_start, first_end, rules)
        spans = [(first_start, first_end), (first_end + 1, list_end)]
        if all(
            rule.min_item <= end - start - len(trade)
            and end - start <= rule.max_item
            and HAN_ONLY.fullmatch(text[start:end])
            and _trade_name_prefix(text[start : end - len(trade)], rules)
            for start, end in spans
        ):
            names += [NameSpan(ORGANISATIONS, start, end, rule.rule_id, rule.kind) for start, end in spans]
    return names


def _trade_name_prefix(prefix: str, rules: NameRules) -> bool:
    """True when the words before a trade word can name one company of it.

    A proper word does (四川航空, 国泰航空), a generic word (国际, 民营), a
    field (跨境, 财产) or a describing word (冷链: an adjective first) does not.
    """
    if rules.is_generic_prefix(prefix, True):
        return False
    tags = [tag for _, tag in tagged(prefix)]
    if rules.word_view.is_field(prefix) and not any(tag in PROPER_NAME_TAGS for tag in tags):
        return False  # 跨境电商, 海运物流: a field; 国泰航空: a proper word
    return not any(tag in TRADE_KIND_TAGS for tag in tags)


def _joined_fields(items: list[str], rule: ListRule) -> bool:
    """True when an item after the first still joins two parts that are not two names.

    A list is of one kind: "A、B和C" whose "B和C" could not be read as two
    companies joins fields or products, so none of its items is a company.
    (The first item may hold a joiner before the list: "X和A、B等企业".)
    """
    return any(joiner in item for item in items[1:] for joiner in rule.field_joiners)


def _after_list_kind(text: str, start: int, end: int, rule: ListRule, rules: NameRules) -> int:
    """Past a kind of company that opens a list's first item: "国际头部零售商A、B等企业" -> A.

    The kind (a trader, a maker: described_companies `kinds`) describes the
    whole list; the first name begins after it when at least `min_item`
    characters are left.
    """
    found = start
    for kind in rules.described_kinds:
        at = text.rfind(kind, start, end)
        if at >= 0 and end - (at + len(kind)) >= rule.min_item and word_ends(text, at + len(kind)):
            found = max(found, at + len(kind))
    return found


def _kind_alone(item: str, rules: NameRules) -> bool:
    """True when a list item is a kind of company (央企, 外资车企), maybe after generic words, not a name."""
    return item in rules.described_kinds or _kind_of_body(item, rules)


def _last_items(item: str, rule: ListRule, rules: NameRules) -> list[str]:
    """The last item of a company list, split where a joiner (和, 与, 及) joins two of them.

    Only when both parts are long enough to be items and the second reads as
    a name (`described_companies`): "中国电信及中国联通" is two.
    """
    # (one character: the items are read back at one character apart)
    for joiner in rules.described_joiners:
        if len(joiner) != 1 or joiner == "、":
            continue
        position = item.rfind(joiner)
        if position < rule.min_item or len(item) - position - 1 < rule.min_item:
            continue
        if _described_name(item[position + 1 :], rules):
            return [item[:position], item[position + 1 :]]
    return [item]


def _proper_word(item: str, rules: NameRules) -> bool:
    """True when `item` is one word the dictionary knows as a proper name (华为, 阿里巴巴), not a place."""
    words = tagged(item)
    return len(words) == 1 and words[0][1] in rules.word_view.proper and words[0][1] != "ns"


def _signing_list(before: str, rule: ListRule, rules: NameRules) -> ListedCompanies | None:
    """The listed-company rule when a project list follows a signing verb (签约了A、B等12个项目)."""
    listed = rules.listed_companies
    if listed is None or rule.table != PROJECTS or not any(verb in before for verb in listed.verbs):
        return None
    return listed


def _names_company(item: str, listed: ListedCompanies, rules: NameRules) -> bool:
    """A short item (埃斯顿), or a short one ending like a company's short name (宜明生物)."""
    if not HAN_ONLY.fullmatch(item) or rules.is_generic_prefix(item, True):
        return False
    if 2 <= len(item) <= listed.max_short:
        return True
    if len(item) > listed.max_length:
        return False
    ending = next((word for word in listed.endings if item.endswith(word)), None)
    return (
        ending is not None
        and len(item) > len(ending)
        and not rules.is_generic_prefix(item[: -len(ending)], True)
    )


def _acting_subjects(text: str, rules: NameRules) -> list[NameSpan]:
    """Short names that begin a clause and sign, settle or invest ("台积电落户", "华为与腾讯签署").

    The name must hold a proper or coined word (names.yaml `anchor`) and be
    neither generic (企业, 园区) nor a place alone, nor begin with a word
    that begins no name (a time word, a pronoun, a verb).
    """
    if rules.acting_subject_rule is None:
        return []
    rule_id, kind = rules.acting_subject_rule
    spans: list[tuple[int, int]] = []
    for match in rules.acting_subject_pattern.finditer(text):
        if not _ends_with_tag(match.group("a"), rules.acting_not_last_tags):  # 澜途首次在苏州设厂
            spans.append(match.span("a"))
    if rules.acting_partner_pattern is not None:
        for match in rules.acting_partner_pattern.finditer(text):
            spans += [span for span in (match.span("a"), match.span("b")) if span[0] >= 0]
    if rules.acting_title_pattern is not None:
        spans += [
            match.span("a")
            for match in rules.acting_title_pattern.finditer(text)
            if not _persons_name(match.group("a"))
        ]
    names = []
    for start, end in spans:
        name = text[start:end]
        if (
            rules.is_generic_prefix(name, True)
            or rules.place_set.is_word(name)
            or rules.word_view.start(name, True) != 0
            or not rules.word_view.anchored(name)
            or rules.word_view.is_place(name)
            or _person_by_characters(name)
            or _titled_person(name, rules)
            or _place_and_generic(name, ORGANISATIONS, rules)  # 德国企业: any firm of a place
            or _many_or_a_place(name, rules)
            or _clause_piece(name, rules)
        ):
            continue
        names.append(NameSpan(ORGANISATIONS, start, end, rule_id, kind))
    return names


def _clause_piece(name: str, rules: NameRules) -> bool:
    """True when a subject that acts is a piece of its clause, not a name.

    A group of people ("澳门居民在合作区设立企业": described_companies
    `people`), a word before a particle ("与澳门的合作伙伴洽谈":
    acting_subjects `not_last_words`), or the verb the subject does
    ("与X同时签署": 同 of 同时 read as a joiner) is no company's name.
    """
    return (
        name.endswith(rules.acting_not_last_words)
        or any(word in name for word in rules.described_people)
        or any(verb in name for verb in rules.acting_verbs)
    )


def _many_or_a_place(name: str, rules: NameRules) -> bool:
    """True when a subject that acts names no one company: many of a kind, or a place with its level.

    A quantifier or a count leads a kind of many bodies ("多家央企签署",
    "部分车企表示", "12家车企表示", "有企业表示": `acting_subjects.quantifiers`,
    `counted`); before anything else it may be a name's first word (有赞).
    A place with its level ("安徽萧县出台", "青禾县与X签约") acts as its
    government, which the schema leaves optional and never a company.
    """
    lead = next((word for word in rules.acting_quantifiers if name.startswith(word)), "")
    if not lead and rules.acting_counted is not None:
        counted = rules.acting_counted.match(name)
        lead = counted.group() if counted else ""
    if lead and _kind_or_generic(name[len(lead) :], rules):
        return True
    return _place_with_level(name, rules)


def _kind_or_generic(text: str, rules: NameRules) -> bool:
    """True when `text` is a kind of company (央企, 银行), maybe after generic words, or generic alone."""
    return (
        text in rules.described_kinds
        or text in rules.speech_kind_endings
        or _kind_of_body(text, rules)
        or rules.is_generic_prefix(text, True)
    )


def _place_with_level(name: str, rules: NameRules) -> bool:
    """True when `name` ends in a level of government (青禾县, 安徽萧县, 澜江市).

    The level is a word of its own as the dictionary segments the name, or
    the end of a known county or city (萧县); a word that only ends in a
    level's character is none (都市, 城市, 九州).
    """
    if not HAN_ONLY.fullmatch(name) or not name.endswith(rules.described_place_tails):
        return False
    last = tagged(name)[-1][0]
    return len(last) == 1 or rules.place_set.is_word(last)


def _foreign_owned(text: str, rules: NameRules) -> list[NameSpan]:
    """A company led by the country that owns it, as Taiwan writes one: "核准荷兰商X增资", "美商Y表示".

    The name, its country and 商 included, runs to the first word that ends
    it (a verb, an adverb, a time word: `stop_tags`, `stop_words`); the part
    after 商 must be of `min_length` to `max_length` characters, hold a proper
    or coined word and be neither generic nor a place. The country must not
    end another word (`not_after`: 欧美商品, 中美商贸).
    """
    if rules.foreign_owned_pattern is None or rules.foreign_owned_rule is None:
        return []
    rule_id, kind = rules.foreign_owned_rule
    low, high = rules.foreign_owned_lengths
    names = []
    for match in rules.foreign_owned_pattern.finditer(text):
        if text.endswith(rules.foreign_owned_not_after, 0, match.start()):
            continue
        start = match.end()
        quoted = QUOTED_NAME.match(text, start)
        if quoted is not None:
            # 日商「X」: the quotes mark the name, which is reported without them
            if _stands_alone(quoted.group(1), low, high, rules):
                names.append(NameSpan(ORGANISATIONS, *quoted.span(1), rule_id, kind))
            continue
        # (a name in another script or a code in brackets after it ends it: 荷商X（LSML）)
        clause = regex.split(r"[(（]", _clause_from(text, start), maxsplit=1)[0]
        length, ended = _words_until(
            clause, high, rules.foreign_owned_stop_tags, rules.foreign_owned_stop_words
        )
        if not (ended or length == len(clause)) or not _stands_alone(clause[:length], low, high, rules):
            continue
        names.append(NameSpan(ORGANISATIONS, match.start(), start + length, rule_id, kind))
    return names


def _transcribed_brands(text: str, rules: NameRules) -> list[NameSpan]:
    """A foreign company named in Chinese, then by its own name in brackets: "X能源（Lanmark）宣布".

    The Chinese name is the run of words right before the brackets, back to
    a verb, a preposition or a place (its country: 丹麦X能源); it must stand
    alone as `_stands_alone` says (a proper or coined word, not generic, not
    a place: 人工智能（Intelligence）, 熊本（Kumamoto） name no company). The
    Latin word is one word, capitalised with small letters after it, or of
    `min_capitals` capitals at least and no common acronym (GDP, ESG).
    """
    if (
        rules.transcribed_pattern is None
        or rules.transcribed_rule is None
        or "（" not in text
        and "(" not in text
    ):
        return []
    rule_id, kind = rules.transcribed_rule
    low, high = rules.transcribed_lengths
    names = []
    for match in rules.transcribed_pattern.finditer(text):
        latin = match.group("latin")
        if latin.isupper() and (
            len(latin) < rules.transcribed_min_capitals or latin in rules.english_acronym_stop_words
        ):
            continue
        length, person = 0, False
        for word, tag in reversed(tagged(match.group(1))):
            if word in rules.transcribed_person_words:
                person = True  # "央行行长X（Surname）": a person after a title or a role
                break
            # (one character the dictionary calls a place begins a coined name: 澜马克)
            place = len(word) > 1 and (rules.word_view.is_place(word) or rules.place_set.is_word(word))
            if place or (tag in rules.transcribed_stop_tags and not (len(word) == 1 and tag == "ns")):
                break
            length += len(word)
        end = match.end(1)
        name = text[end - length : end]
        if (
            person
            or _word_before(text, match.start(1), rules.transcribed_person_words)
            or name.endswith(rules.place_endings)
            or not _stands_alone(name, low, high, rules)
        ):
            continue
        names.append(NameSpan(ORGANISATIONS, end - length, end, rule_id, kind))
    return names


def _word_before(text: str, end: int, words: tuple[str, ...]) -> bool:
    """True when one of `words` ends right before `end`, blanks between them aside.

    The same as `text[:end].rstrip().endswith(words)`, without copying the
    text before `end` (a long line holds many such places).
    """
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[max(0, end - max(map(len, words), default=0)) : end].endswith(words)


def _clause_from(text: str, start: int) -> str:
    """The text from `start` to the end of its clause (the next sentence punctuation)."""
    stop = SENTENCE_PUNCTUATION_PATTERN.search(text, start)
    return text[start : stop.start() if stop else len(text)]


def _words_until(
    clause: str, longest: int, stop_tags: frozenset[str], stop_words: frozenset[str]
) -> tuple[int, bool]:
    """How many characters of `clause` come before its first stopping word, and whether one was found.

    Only the first `longest` + 4 characters are segmented: a name is never longer.
    """
    length = 0
    for word, tag in tagged(clause[: longest + 4]):
        if tag in stop_tags or word in stop_words:
            return length, True
        length += len(word)
    return length, False


def _stands_alone(name: str, low: int, high: int, rules: NameRules) -> bool:
    """True when `name` is `low` to `high` Han characters with a proper word, neither generic nor a place."""
    return (
        low <= len(name) <= high
        and HAN_ONLY.fullmatch(name) is not None
        and not rules.is_generic_prefix(name, True)
        and not rules.place_set.is_word(name)
        and not rules.word_view.is_place(name)
        and rules.word_view.anchored(name)
    )


def _ends_with_tag(name: str, tags: frozenset[str]) -> bool:
    """True when the last word of `name`, of two characters at least, has one of `tags` (an adverb: 首次)."""
    if not tags:
        return False
    word, tag = tagged(name)[-1]
    return len(word) >= 2 and tag in tags


def _subsidiaries(text: str, rules: NameRules) -> list[NameSpan]:
    """A company named after its parent and a word of belonging: "X集团旗下的Y负责", "X控股子公司Y计划".

    The name runs from the word of belonging to the first word that ends it
    (a verb, an adverb, a time word: `stop_tags`, `stop_words`); it must be
    of `min_length` to `max_length` characters, hold a proper or coined word
    and be neither generic nor a place, nor begin with what a parent owns
    besides companies (品牌, 产品: `not_first`).
    """
    if rules.subsidiary_pattern is None or rules.subsidiary_rule is None:
        return []
    rule_id, kind = rules.subsidiary_rule
    low, high = rules.subsidiary_lengths
    names = []
    for match in rules.subsidiary_pattern.finditer(text):
        start = match.end()
        clause = _clause_from(text, start)
        if not HAN_ONLY.match(clause) or clause.startswith(rules.subsidiary_not_first):
            continue
        length, ended = _words_until(clause, high, rules.subsidiary_stop_tags, rules.subsidiary_stop_words)
        if not ended or not _stands_alone(clause[:length], low, high, rules):
            continue
        names.append(NameSpan(ORGANISATIONS, start, start + length, rule_id, kind))
    return names


def _described_companies(text: str, rules: NameRules) -> list[NameSpan]:
    """Companies named where their position says so (`described_companies`).

    After a kind of company that describes them ("动力电池制造商X", "评级机构
    X、Y和Z", "三大运营商之一的X"), after 其中 at a clause's start, as the
    object of a purchase or a stake and the buyer at the clause's start
    ("X以8亿元收购了Y", "X去年入股Y"), the winner or builder after a role
    noun ("竞得方为X") and the suppliers after 由 before a verb of supplying
    ("由A和B供应"), a clause's first name before what
    only a company has or does ("X股价", "X董事会", "X周二发布了"), and the parent
    before a word of belonging ("X旗下的Y", "X的全资子公司Y"). Each name runs
    to the first word that ends it (`stop_tags`, `stop_words`), further
    names follow it after a joiner, and each must read as a name: see
    `_described_name`.
    """
    if rules.described_rule is None or rules.described_pattern is None:
        return []
    rule_id, kind = rules.described_rule
    spans: list[tuple[int, int]] = []
    for match in described_matches(text, rules):
        stop = REVERSE_PUNCTUATION.search(text, 0, match.start())
        clause_start = stop.end() if stop else 0
        if not word_ends(text[clause_start:], match.end() - clause_start):
            continue  # not 平台企业 read as 台企
        found = _named_after(text, match.end(), rules, described=match.group("kind") is not None)
        if match.group("buys") is not None:
            # the buyer begins the clause ("X以8亿元收购了Y", "X去年入股Y")
            buyers = _named_after(text, clause_start, rules, abbreviations=True)
            found += [span for span in buyers if span[1] <= match.start()]
        if match.group("field") is not None:
            found = _field_values(text, found, rules)
        if match.group("kind") is None:
            # only a kind of company before the name rules out a person's name
            found = [span for span in found if not _persons_reading(text[span[0] : span[1]], rules)]
        spans += found
    spans += _suppliers(text, rules)
    if rules.parent_pattern is not None:
        for match in rules.parent_pattern.finditer(text):
            span = _named_before(text, match.start(), rules)
            if span is not None:
                spans.append(span)
    if rules.owner_pattern is not None:
        for match in rules.owner_pattern.finditer(text):
            span = _named_before(text, match.start(), rules)
            if (
                span is not None
                and _begins_clause(text, span[0])
                and not _persons_reading(text[slice(*span)], rules)
            ):
                spans.append(span)
    return [
        NameSpan(ORGANISATIONS, start, end, rule_id, kind)
        for start, end in sorted(set(spans))
        if not _titled_person(text[start:end], rules)
    ]


def _field_values(text: str, spans: list[tuple[int, int]], rules: NameRules) -> list[tuple[int, int]]:
    """The names of a labelled field's value that are whole items of it.

    A consortium's word after a partner (X、Y联合体) is left out of Y; a name
    cut inside a word ("竞得人:A、临海城投联合体" read as 临海城), so with no
    punctuation, space, bracket, joiner or line's end after it, is no name;
    nor is one shorter than `field_min_length`, a person's as often as a
    company's ("中标人:李强").
    """
    values = []
    for start, end in spans:
        ending = next((word for word in rules.field_value_ends if text.endswith(word, start, end)), "")
        end -= len(ending)
        rest = text[end:]
        whole = (
            not rest
            or rest[0].isspace()
            or rest[0] in CLAUSE_PUNCTUATION
            or rest[0] in "()（）"
            or rest.startswith(rules.described_joiners)
            or rest.startswith(rules.field_value_ends)
        )
        if whole and end - start >= rules.field_min_length:
            values.append((start, end))
    return values


def described_matches(text: str, rules: NameRules) -> Iterator[regex.Match]:
    """What `rules.described_pattern.finditer(text, overlapped=True)` gives, tried only where it may begin.

    Every alternative of the pattern begins, after zero-width assertions,
    with one of its leading words (a kind of company, an opener, a verb of
    purchase, a recipient or a role), so a match begins only where one of
    them does: one automaton pass finds those positions, and the pattern is
    matched there alone instead of being tried at every character of the
    line. An overlapped search yields, position by position, the match that
    begins there, which is the pattern's `match` at that position.
    """
    pattern, starts = rules.described_pattern, rules.described_starts
    if pattern is None or starts is None:
        return
    for start in starts.starts(text):
        match = pattern.match(text, start)
        if match is not None:
            yield match


def _suppliers(text: str, rules: NameRules) -> list[tuple[int, int]]:
    """The makers or builders between 由 and a verb of supplying or building: "由A和B供应".

    Every item between the joiners must read as a company's name (as after a
    kind of company), be no person and end in no plant, grid or water
    (`supply_not_last`); otherwise none of them is taken.
    """
    if rules.supply_pattern is None:
        return []
    spans: list[tuple[int, int]] = []
    for match in rules.supply_pattern.finditer(text):
        start = match.start("names")
        items = []
        for item in rules.supply_item.finditer(match.group("names")):
            name = item.group()
            if (
                not _described_name(name, rules, described=True)
                or _persons_reading(name, rules)
                or name.endswith(rules.supply_not_last)
            ):
                items = []
                break
            items.append((start + item.start(), start + item.end()))
        spans += items
    return spans


def _titled_person(name: str, rules: NameRules) -> bool:
    """True when `name` is a person's title and then a person's name ("校长王海", "总裁吴敏")."""
    title = next((title for title in rules.person_titles if name.startswith(title)), None)
    if title is None:
        return False
    # after a title two characters known as one word are a person too (吴敏)
    return _surname_and_given_name(name[len(title) :], rules)


def _begins_clause(text: str, start: int) -> bool:
    """True when `start` is the line's start or right after sentence punctuation."""
    return start == 0 or text[start - 1] in SENTENCE_PUNCTUATION


def _coordinated_names(text: str, names: list[NameSpan], rules: NameRules) -> list[NameSpan]:
    """Short names joined to an organisation found otherwise: "A、澜海集团和B", "工行与X银行".

    Items before and after a found name, joined to it by `described_companies.joiners`
    (、, 和, 与, 及), are companies when they read as names (`_described_name`)
    and not as a person's name.
    """
    if rules.described_rule is None or not rules.described_joiners:
        return []
    rule_id, kind = rules.described_rule
    spans: list[tuple[int, int]] = []
    for name in names:
        if name.table != ORGANISATIONS:
            continue
        joiner = next((word for word in rules.described_joiners if text.startswith(word, name.end)), None)
        if joiner is not None:
            spans += _named_after(text, name.end + len(joiner), rules, abbreviations=True)
        position = name.start
        while True:
            joiner = next(
                (word for word in rules.described_joiners if text.endswith(word, 0, position)), None
            )
            if joiner is None:
                break
            before = _named_before(text, position - len(joiner), rules, abbreviations=True)
            if before is None:
                break
            spans.append(before)
            position = before[0]
    return [
        NameSpan(ORGANISATIONS, start, end, rule_id, kind)
        for start, end in sorted(set(spans))
        if not _persons_reading(text[start:end], rules) and not _titled_person(text[start:end], rules)
    ]


def _named_after(
    text: str, start: int, rules: NameRules, described: bool = False, abbreviations: bool = False
) -> list[tuple[int, int]]:
    """The names from `start` on: the first, then each after a joiner (、, 和, 与), while they read as names.

    `described`: a kind of company comes right before them, which is
    evidence enough for a name of several words led by a single character
    (中芯国际: 中 芯 国际), whatever its tags.
    """
    low, high = rules.described_lengths
    spans = []
    clause = _clause_from(text, start)
    position = 0
    while position < len(clause):
        rest = clause[position:]
        # a name's first word may be one the dictionary reads as a locative or
        # a measure word (中芯国际, 台积电)
        first, tag = tagged(rest[: high + 4])[0]
        skip = len(first) if tag in rules.described_first_tags else 0
        length, ended = _words_until(rest[skip:], high, rules.described_stop_tags, rules.described_stop_words)
        length += skip
        if not (ended or position + length == len(clause)):
            break
        if rules.described_figure is not None and rules.described_figure.match(clause, position + length):
            break  # "其中远洋干线120余条": a category of a statistic, measured
        if not _described_name(clause[position : position + length], rules, described, abbreviations):
            break
        spans.append((start + position, start + position + length))
        position += length
        joiner = next((word for word in rules.described_joiners if clause.startswith(word, position)), None)
        if joiner is None:
            break
        position += len(joiner)
    return spans


def _named_before(
    text: str, end: int, rules: NameRules, abbreviations: bool = False
) -> tuple[int, int] | None:
    """The name that ends at `end`: the words before it back to one that ends it, if they read as a name."""
    _, high = rules.described_lengths
    stop = REVERSE_PUNCTUATION.search(text, 0, end)
    clause_start = stop.end() if stop else 0
    words = tagged(text[clause_start:end])
    length = 0
    for index in range(len(words) - 1, -1, -1):
        word, tag = words[index]
        if length + len(word) > high:
            break
        # a locative or a measure word may lead a name where nothing else
        # comes before it in the item ("中广核、X")
        leads = (
            length > 0
            and tag in rules.described_first_tags
            and (index == 0 or words[index - 1][0] in rules.described_joiners)
        )
        if (tag in rules.described_stop_tags or word in rules.described_stop_words) and not leads:
            break
        if length and word in rules.described_kinds:
            break  # 物流企业青禾速运: the kind describes the name after it
        length += len(word)
    if length and _described_name(text[end - length : end], rules, abbreviations=abbreviations):
        return end - length, end
    return None


def _described_name(
    name: str, rules: NameRules, described: bool = False, abbreviations: bool = False
) -> bool:
    """True when `name`, found by its position, reads as a company's name.

    Chinese characters only, of `min_length` to `max_length`; neither generic
    (企业, 园区) nor a place, nor begun by a word that begins no name; a proper
    or coined word in it, or one word of `proper_tags` (a brand the
    dictionary knows: 三星电子) or, with `abbreviations` (a name joined to
    an organisation, a buyer), of `short_tags` (中石化, 保监局), or a first word of
    `lead_tags` (丰田汽车); not a run of common words, nor ending in who
    speaks or holds a title (`not_last`: 负责人, 董事长), nor holding a group
    of people (`people`: 居民, 农户).
    """
    low, high = rules.described_lengths
    if not (low <= len(name) <= high and HAN_ONLY.fullmatch(name)):
        return False
    if name.endswith(rules.described_not_last) or rules.is_generic_prefix(name, True):
        return False
    if name in rules.described_kinds or name in rules.suffixes:
        return False  # 央企, 交易所: a kind or an ending alone, not a name
    if name.endswith(rules.described_place_tails):
        return False  # 安徽萧县, 青禾县: a place with its level
    if any(group in name for group in rules.described_people):
        return False  # 农村居民存款: a group of people and what it has, not a company
    if any(title in name for title in rules.title_words):
        return False  # 董事长吴君: an officer, not a company
    if rules.place_set.is_word(name) or rules.word_view.is_place(name):
        return False
    if rules.word_view.start(name, True) != 0:
        return False
    lead = tagged(name[:2])
    if len(lead) == 1 and lead[0][1] in rules.described_not_lead_tags:
        return False  # 通过审查, which the dictionary reads as one proper word
    words = tagged(name)
    if any(len(word) > 1 and rules.boundary_word_kinds.get(word) for word, _tag in words):
        return False  # 落户香港: a verb of the boundary words, whatever its tag
    one = (
        rules.described_proper_tags | rules.described_short_tags
        if abbreviations
        else rules.described_proper_tags
    )
    if (len(words) == 1 and words[0][1] in one) or (
        len(words) > 1 and words[0][1] in rules.described_lead_tags
    ):
        return True  # 三星电子, 工行; 丰田汽车
    coined = (
        described
        and len(words) > 1
        and len(words[0][0]) == 1
        and words[0][1] not in rules.described_not_coined_tags  # 全生命周期
    )
    return (
        (coined or rules.word_view.anchored(name, aim=False))
        and not _common_words(words, rules)
        and not _place_and_generic(name, ORGANISATIONS, rules)  # 欧洲合作伙伴
    )


def _speaking_names(text: str, rules: NameRules) -> list[NameSpan]:
    """Short names that begin a clause and speak: "澜途表示", "比亚迪方面称" (`acting_subjects.speech`).

    A name whose reading as a company needs evidence is reported under the
    speech rule's own id, and kept only where the document confirms it.
    """
    if rules.acting_speech_pattern is None or rules.acting_subject_rule is None:
        return []
    rule_id, kind = rules.acting_subject_rule
    names = []
    for match in rules.acting_speech_pattern.finditer(text):
        name = match.group("a")
        if (
            rules.is_generic_prefix(name, True)
            or rules.place_set.is_word(name)
            or _many_or_a_place(name, rules)
            or _titled_person(name, rules)
        ):
            continue
        if not word_ends(match.group(), len(name)):
            continue  # 股票简称: the verb is the end of another word
        reading = _speaks_as_company(name, bool(match.group("side")), rules)
        if reading is not None:
            speaker_id = rule_id if reading else rules.speech_evidence_rule
            names.append(NameSpan(ORGANISATIONS, *match.span("a"), speaker_id, kind))
    return names


def _speaks_as_company(name: str, side: bool, rules: NameRules) -> bool | None:
    """Whether a short name that speaks ("澜途表示", "比亚迪方面称") reads as a company.

    True: it does. False: only where the document names it as a company
    elsewhere: a person's reading (a surname of `surnames` before one or two
    characters, unless the dictionary knows the two characters as one word)
    or one word the dictionary knows as a common word, a person or a place
    (小米, 华为, 京东; 小米集团 elsewhere confirms 小米). None: it does not:
    who speaks for others (专家, 业内人士, 对方, 校方: `speaker_nouns`, party
    words, a side ending in 方), a run of common words (业内专家), a count
    or a pronoun first. Through its side (小米方面表示) a single word is a
    company.
    """
    words = tagged(name)
    if (
        name.endswith(rules.speaker_nouns)
        or name in rules.party_words
        or name.endswith("方")
        or _kind_of_body(name, rules)
        or rules.boundary_word_kinds.get(name)  # 有关方面: a word that begins no name
        or (len(words) > 1 and _common_words(words, rules))
        or words[0][1] in rules.speech_not_first_tags
        or words[-1][1] in rules.speech_not_last_tags
    ):
        return None
    if rules.word_view.start(name, True) != 0 and words[0][1] not in rules.word_view.proper:
        return None  # a pronoun, a time word, a verb first (他还, 随后, 对此)
    if _persons_reading(name, rules) or (len(words) == 1 and words[0][1] not in rules.speech_word_tags):
        return side
    return True


def _kind_of_body(name: str, rules: NameRules) -> bool:
    """True when generic words or a count lead a kind of body (国有银行, 六大行, 股份行): a category.

    The kinds are `speech.kind_endings`; a proper part before one names a
    body (工行, 澜海银行).
    """
    return any(
        name.endswith(ending)
        and len(name) > len(ending)
        and rules.is_generic_prefix(name[: -len(ending)], True)
        for ending in rules.speech_kind_endings
    )


def _common_words(words: tuple[tuple[str, str], ...], rules: NameRules) -> bool:
    """True when every word is a common word of two characters or more (业内专家, 字节跳动), none proper."""
    view = rules.word_view
    return all(len(word) >= 2 and tag in view.field_tags and tag not in view.proper for word, tag in words)


def _persons_reading(name: str, rules: NameRules) -> bool:
    """True when `name` may be a person's name: a surname, then one or two characters of a given name.

    Two characters the dictionary knows as one word are that word, not a person.
    """
    if not _surname_and_given_name(name, rules):
        return False
    return not (len(name) == 2 and len(tagged(name)) == 1)


def _surname_and_given_name(name: str, rules: NameRules) -> bool:
    """True when `name` is a known surname and one or two characters after it."""
    surname = next((s for s in rules.compound_surnames if name.startswith(s)), name[:1])
    if surname not in rules.surnames and surname not in rules.compound_surnames:
        return False
    return 1 <= len(name) - len(surname) <= 2


def _person_by_characters(text: str) -> bool:
    """True when `text` reads as a person's name of two or three single characters, a surname first.

    "王永壮与X园区" joins a person to a name; the dictionary knows no given
    names, so a surname (tagged `nr`) followed by single characters it does
    not join is taken for one. Brands it knows as words (华为, 宁德) are not.
    """
    if not 2 <= len(text) <= 3:
        return False
    words = tagged(text)
    return len(words) == len(text) and words[0][1] == "nr"


def _persons_name(name: str) -> bool:
    """True when `name` reads as a person's name: a surname and given name, single characters after it.

    "欧阳明华" (欧阳明 + 华) is a person before a title; "宁德时代" (宁德 +
    时代) and "比亚迪股份" hold a word after the name and name companies.
    """
    words = tagged(name)
    return (
        len(words[0][0]) >= 2
        and words[0][1] in ("nr", "nrfg", "nrt")
        and all(len(word) == 1 for word, _tag in words[1:])
    )


def _listed_short_names(text: str, rules: NameRules) -> list[NameSpan]:
    """Listed companies' short names where a company shows ("台积电宣布", "台积电董事长", "台积电(2330)").

    Before a verb the name must not be one common word of the dictionary
    (a tag outside `proper_tags`): a short name that is also a common word
    (统一, 大众) counts only before a title or its stock code.
    """
    if rules.listed_short_rule is None:
        return []
    rule_id, kind = rules.listed_short_rule
    patterns = [pattern for pattern in rules.listed_short_patterns if pattern.may_match(text)]
    subject = rules.listed_short_subject
    if subject is not None and not subject.may_match(text):
        subject = None
    if not (patterns or subject) or not rules.listed_short_screen.search(text):
        return []  # no title, verb or code, or no listed name: no pattern can match
    # every pattern begins with a listed name: it is tried only where one begins
    starts = rules.listed_short_screen.starts(text)
    spans = {span for pattern in patterns for span in _name_led_spans(pattern.pattern, text, starts, rules)}
    if subject is not None:
        for start, end in _name_led_spans(subject.pattern, text, starts, rules):
            words = tagged(text[start:end])
            if len(words) > 1 or words[0][1] in rules.listed_short_proper_tags:
                spans.add((start, end))
    return [NameSpan(ORGANISATIONS, start, end, rule_id, kind) for start, end in sorted(spans)]


def _name_led_spans(
    pattern: regex.Pattern, text: str, starts: list[int], rules: NameRules
) -> Iterator[tuple[int, int]]:
    """The spans of group `a` of `matches_from(pattern, text, starts)`, read from the pattern's
    parts when the listed short names keep them (`name_led_matches`)."""
    led = rules.listed_short_parts.get(pattern)
    if led is None:
        for match in matches_from(pattern, text, starts):
            yield match.span("a")
        return
    for start, end, _ in name_led_matches(led, text, starts):
        yield start, end


def _introduced_lists(text: str, rules: NameRules) -> list[NameSpan]:
    """Companies listed after their head noun: "签约企业包括A、B和C", "入驻企业有A、B等".

    The list runs from the introducer to the end of the clause (or to 等);
    its items are joined by 、 and the last one by a joiner (和, 及). An item
    is a company when it is a short run of Chinese characters that holds a
    proper or coined word and is neither generic nor a place.
    """
    if rules.introduced_pattern is None or "、" not in text:
        return []
    rule_id, kind = rules.introduced_rule
    low, high = rules.introduced_items
    names = []
    for match in rules.introduced_pattern.finditer(text):
        stop = SENTENCE_PUNCTUATION_PATTERN.search(text, match.end())
        list_end = stop.start() if stop else len(text)
        closer = text.find("等", match.end(), list_end)
        if closer >= 0:
            list_end = closer
        items, position = [], match.end()
        for part in text[match.end() : list_end].split("、"):
            items.append((position, position + len(part)))
            position += len(part) + 1
        if len(items) < 2:
            continue
        last_start, last_end = items[-1]
        joiners = rules.introduced_joiners
        joiner = joiners.search(text, last_start, last_end) if joiners is not None else None
        if joiner is not None:
            items[-1:] = [(last_start, joiner.start()), (joiner.end(), last_end)]
        for start, end in items:
            item = text[start:end]
            if (
                low <= len(item) <= high
                and HAN_ONLY.fullmatch(item)
                and not rules.is_generic_prefix(item, True)
                and not rules.place_set.is_word(item)
                and not rules.word_view.is_place(item)
                and rules.word_view.start(item, True) == 0
                and rules.word_view.anchored(item)
            ):
                names.append(NameSpan(ORGANISATIONS, start, end, rule_id, kind))
    return names


def list_siblings(text: str, names: list[NameSpan], rules: NameRules) -> list[NameSpan]:
    """The line's names with the unread items of its company lists: "台积电、美光等相继扩产" -> 美光.

    A list of items joined by 、 (the last maybe by a joiner: 和, 及) and
    closed by 等 or a count (三家) names things of one kind: when at least
    `min_known` of its items are companies that other rules found (`names`,
    the line's resolved names), the others are companies too, each if it is
    a name of the vocabularies read only where a company shows (长实, 小米)
    or a proper or coined word (`_sibling_item`). A list that holds another
    name or part of one, or an item that is no proper or coined word (a
    field, a product, a place, a person, a common word: 华为、手机、芯片等),
    is of another kind, and none of it is taken. A last item's company that
    another rule read with the closer glued to it ("澜途等") is the item.
    """
    if rules.sibling_closer is None or "、" not in text:
        return names
    rule_id, kind = rules.sibling_rule
    companies = {(n.start, n.end): n for n in names if n.table == ORGANISATIONS and n.kind == kind}
    found: list[NameSpan] = []
    trimmed: dict[tuple[int, int], NameSpan] = {}
    for match in rules.sibling_closer.finditer(text):
        stop = REVERSE_PUNCTUATION.search(text, 0, match.start())
        while stop is not None and UNOPENED_BRACKET.match(text, stop.end(), match.start()):
            stop = REVERSE_PUNCTUATION.search(text, 0, stop.start())  # a stop inside a code: 300750.SZ
        items = _sibling_items(text, stop.end() if stop else 0, match.start(), rules)
        if len(items) < 2:
            continue
        known, unread, glued = 0, [], None
        for number, (start, end) in enumerate(items):
            first = number == 0 and any(e == end and start <= s for s, e in companies)
            if (start, end) in companies or first:
                known += 1
            elif end == match.start() and (start, match.end()) in companies:
                known += 1
                glued = companies[(start, match.end())]
            elif any(start < n.end and n.start < end for n in names):
                break  # a part of another name: the list is of another kind
            else:
                if number == 0:
                    start = _name_window_start(text, start, end, rules)
                item = text[start:end]
                if item not in rules.sibling_vocabulary and not _sibling_item(item, rules):
                    break
                unread.append(NameSpan(ORGANISATIONS, start, end, rule_id, kind))
        else:
            if known >= rules.sibling_min_known:
                found += unread
                if glued is not None:
                    trimmed[(glued.start, glued.end)] = glued._replace(end=match.start())
    if not found and not trimmed:
        return names
    return sorted([trimmed.get((n.start, n.end), n) for n in names] + found, key=lambda n: n.start)


def _sibling_items(text: str, start: int, end: int, rules: NameRules) -> list[tuple[int, int]]:
    """The items of a list from `start` to its closer at `end`, a stock code in brackets left out.

    Items are joined by 、; the last one may join two by one of `joiners`
    ("A、B和C"), when both parts are items of `min_item` characters at least.
    """
    items, position = [], start
    for part in text[start:end].split("、"):
        items.append((position, position + len(_without_code(part).rstrip())))
        position += len(part) + 1
    if len(items) < 2:
        return items
    low = rules.sibling_items[0]
    last_start, last_end = items[-1]
    last = text[last_start:last_end]
    for joiner in rules.sibling_joiners:
        at = last.rfind(joiner)
        if at >= low and len(last) - at - len(joiner) >= low:
            items[-1:] = [(last_start, last_start + at), (last_start + at + len(joiner), last_end)]
            break
    return items


def _sibling_item(item: str, rules: NameRules) -> bool:
    """True when a list's unread item may name a company: a proper or coined word, nothing else.

    A capitalised Latin name (`latin`), or `min_item` to `max_item` Chinese
    characters that are one word the dictionary tags a proper name
    (`proper_tags`: 腾讯, 三星), or that it holds as one word at most
    `max_frequency` times (or not at all) and that hold a coined or proper
    part other than a place (`_coined_or_proper`: 美光, 国轩); never generic, a field, a kind of
    company, a place, a place with its level or a person's name.
    """
    latin = rules.sibling_latin
    if latin is not None and latin.fullmatch(item):
        return item not in rules.english_acronym_stop_words and item not in rules.english_acting_places
    low, high = rules.sibling_items
    if not low <= len(item) <= high or not HAN_ONLY.fullmatch(item):
        return False
    if (
        rules.is_generic_prefix(item, True)
        or rules.place_set.is_word(item)
        or rules.word_view.is_place(item)
        or rules.word_view.is_field(item)
        or _kind_alone(item, rules)
        or _place_with_level(item, rules)
        or _persons_reading(item, rules)
        or _person_by_characters(item)
    ):
        return False
    words = tagged(item)
    if len(words) == 1:
        return words[0][1] in rules.sibling_proper_tags
    counted = frequency(item)
    return (counted is None or counted <= rules.sibling_max_frequency) and _coined_or_proper(words, rules)


def _coined_or_proper(words: tuple[tuple[str, str], ...], rules: NameRules) -> bool:
    """True when `words` hold a proper word other than a place, or a coined run (names.yaml `anchor`).

    A place and common words (中国市场, 欧洲车企) name a market or a kind,
    not a company: the anchor must be a name's own part (华星, a person's or
    a transliterated name's word) or two single characters the dictionary
    does not join (美光, 国轩, 澜途).
    """
    view = rules.word_view
    proper = (view.anchor_tags | rules.sibling_proper_tags) - PLACE_TAGS
    if any(len(word) >= view.anchor_length and tag in proper for word, tag in words):
        return True
    return view.coined_run(words)


def _coded_companies(text: str, rules: NameRules) -> list[NameSpan]:
    """Short names right before a stock code that names its exchange ("瑞澜生物(2288.HK)宣布").

    Such a code follows only a listed company, whatever the dictionary knows
    of its name. The name begins after the nearest boundary (记者从X获悉) and
    after leading function words, and must be neither generic nor a place.
    """
    if rules.coded_company_pattern is None or "(" not in text:
        return []
    rule_id, kind = rules.coded_company_rule
    low, high = rules.coded_company_lengths
    names = []
    for match in rules.coded_company_pattern.finditer(text):
        run_start, end = match.span("a")
        start = _name_window_start(text, max(run_start, end - high), end, rules)
        offset = rules.word_view.start(text[start:end], True) if end - start >= 2 else 0
        if offset is None:
            continue
        start += offset
        name = text[start:end]
        if (
            not low <= len(name) <= high
            or rules.is_generic_prefix(name, True)
            or rules.place_set.is_word(name)
            or rules.word_view.is_place(name)
        ):
            continue
        names.append(NameSpan(ORGANISATIONS, start, end, rule_id, kind))
    return names


def _quoted_programmes(text: str, rules: NameRules) -> list[NameSpan]:
    """A quoted name before what it is: “双碳”战略, “万企兴万村”行动, “青禾智谷”项目二期.

    A quoted name with words describing it before the head (“X”综合民生项目,
    “A、B”通关模式: projects.yaml `described_quoted_*`) is the name inside
    the quotes alone.
    """
    names = []
    for rule_id, kind, pattern, extend_right in rules.quoted_rules:
        for match in pattern.finditer(text):
            if _designated(text, match.start(), match.end(), rules):
                continue
            if "name" in pattern.pattern.groupindex:
                # described after its quotes (“X”综合民生项目): the quoted name is the
                # whole name, unless a name's own head follows it (“X”科创综合体项目
                # is a complex named by X, quotes inside)
                if not _holds_suffix(text[match.end("name") + 1 : match.end()], rules):
                    names.append(NameSpan(PROJECTS, *match.span("name"), rule_id, kind, 1))
                continue
            end = match.end()
            if extend_right and rules.right_extension is not None:
                extension = rules.right_extension.match(text, end)
                end = extension.end() if extension else end
            names.append(NameSpan(PROJECTS, match.start(), end, rule_id, kind, 1))
    return names


def _holds_suffix(words: str, rules: NameRules) -> bool:
    """True when a name's suffix other than the last word lies inside `words`: 综合体 in 科创综合体项目."""
    return any(
        words[start:end] in rules.suffixes for end in range(2, len(words) - 1) for start in range(end - 1)
    )


def _quoted_estates(text: str, rules: NameRules) -> list[NameSpan]:
    """A housing estate's name in corner quotes, as Hong Kong's property news writes it ("「X」首推200伙").

    The quotes stay out of the name: the estate is written without them
    wherever else the text names it.
    """
    if rules.quoted_estate_pattern is None or rules.quoted_estate_rule is None or "「" not in text:
        return []
    rule_id, kind = rules.quoted_estate_rule
    names = []
    for match in rules.quoted_estate_pattern.finditer(text):
        start, end = match.span("name")
        names.append(NameSpan(PROJECTS, start, end, rule_id, kind, 1))
    return names


def _patterned_quotes(text: str, rules: NameRules) -> list[NameSpan]:
    """Quoted names a pattern of their own finds ("「X家电产品展」", "推动「X」").

    The quotes show a name where its ending alone (展, 节) is a common
    word's last character, or where it has no ending at all; the name is what
    they hold. Another rule's name of the same span wins.
    """
    names = []
    for rule_id, kind, pattern, screen in rules.patterned_quotes:
        if any(word in text for word in screen):
            names += [
                NameSpan(PROJECTS, *match.span("name"), rule_id, kind) for match in pattern.finditer(text)
            ]
    return names


def _designated(text: str, start: int, end: int, rules: NameRules) -> bool:
    """True when a verb of designation leads the clause before `start` ("把X列为各部门的“一号”工程").

    What something is ranked as (a priority, a task for the top official) is
    a status, not a programme of that name. The status closes its phrase
    (the clause ends, or 来抓 follows: `designation_ends`); a programme
    followed by what it holds is named after the verb ("作为国家“东数西算”工程
    八大枢纽节点之一": the hub is the status, the programme its owner).
    """
    stop = REVERSE_PUNCTUATION.search(text, 0, start)
    clause = text[stop.end() if stop else 0 : start]
    if not any(verb in clause for verb in rules.designation_verbs):
        return False
    if not rules.designation_ends:
        return True
    after = text[end:]
    return (
        not after
        or SENTENCE_PUNCTUATION_PATTERN.match(after) is not None
        or after.startswith(rules.designation_ends)
    )


def _issued_titles(text: str, rules: NameRules) -> list[NameSpan]:
    """The document a notice issues, named without 《》: in its heading (关于印发X的通知)
    or in its body (现将X印发给你们)."""
    if rules.issued_title_pattern is None or not any(word in text for word in rules.issued_title_screen):
        return []
    rule_id, kind = rules.issued_title_rule
    return [
        NameSpan(PROJECTS, match.start("title"), match.end("title"), rule_id, kind, 2)
        for match in rules.issued_title_pattern.finditer(text)
    ]


def _joined_events(text: str, names: list[NameSpan], rules: NameRules) -> list[NameSpan]:
    """Events held as one: an event, a joiner (暨) and the next event of the clause.

    "X论坛暨Y大会" is one event; so is "X会员大会暨二届五次理事会、Y论坛",
    where a session listed between them belongs to it. What follows the
    joiner must end like an event ("X论坛暨项目签约仪式" joins nothing).
    """
    if rules.joined_event_rule is None or not any(joiner in text for joiner in rules.event_joiners):
        return []
    rule_id, kind = rules.joined_event_rule
    events = sorted(
        (name for name in names if name.table == PROJECTS and name.kind == "event"), key=lambda n: n.start
    )
    joined = []
    for first in events:
        joiner = next((word for word in rules.event_joiners if text.startswith(word, first.end)), None)
        if joiner is None:
            continue
        after = first.end + len(joiner)
        stop = SENTENCE_PUNCTUATION_PATTERN.search(text, after)
        clause_end = stop.start() if stop else len(text)
        second = next(
            (
                name
                for name in events
                if after - len(joiner) <= name.start <= after + rules.max_joined_gap
                and after < name.end <= clause_end
            ),
            None,
        )
        if second is not None:
            joined.append(NameSpan(PROJECTS, first.start, second.end, rule_id, kind, second.weight))
    # an event whose own name holds a joiner may continue a join
    joint = [e for e in events if any(j in text[e.start : e.end] for j in rules.event_joiners)]
    return _chained(joined, joint)


def _chained(joined: list[NameSpan], joint: list[NameSpan]) -> list[NameSpan]:
    """Joins that share an event become one: "A大会暨B理事会、C理事会暨D论坛" is one event.

    `joined` are the joins found, `joint` the events whose own name holds a
    joiner; an event of `joint` that no join overlaps is left to its rule.
    """
    chains: list[tuple[NameSpan, bool]] = []
    for name in sorted(joined + joint, key=lambda n: (n.start, -n.end)):
        is_join = name in joined
        if chains and name.start < chains[-1][0].end:
            last, had_join = chains[-1]
            if name.end > last.end:
                last = NameSpan(PROJECTS, last.start, name.end, last.rule_id, last.kind, name.weight)
            chains[-1] = (last, had_join or is_join)
        else:
            chains.append((name, is_join))
    rule_id = joined[0].rule_id if joined else ""
    return [name._replace(rule_id=rule_id) for name, has_join in chains if has_join]


def _with_own_level(text: str, name: NameSpan, rules: NameRules) -> NameSpan:
    """A government body right after the writer's own place, with its level: 我省发改委 -> 省发改委."""
    own = name.table == ORGANISATIONS and name.kind == "government"
    if own and text.endswith(rules.own_places, 0, name.start):
        return name._replace(start=name.start - 1)
    return name


def chinese_names(
    text: str, rules: NameRules, vocabulary: list[NameSpan]
) -> tuple[list[NameSpan], list[NameSpan]]:
    """(names found by suffix, title or gazetteer; names found in lists).

    `vocabulary` is the line's Chinese names of the line-read vocabularies
    (`vocabulary_names`, which reads both scripts' in one pass).
    """
    suffix_ends, known_hits = _suffix_ends(text, rules)
    facts = _LineFacts(text, rules, frozenset(end for end, _ in known_hits))
    names = _title_names(text, rules) + _known_names(text, rules, known_hits)
    names += [
        name
        for name in _suffix_names(text, rules, suffix_ends, facts)
        if name.table != ORGANISATIONS or not text.endswith(rules.every_leads, 0, name.start)
    ]  # "各地文旅局": every place's bureau, no one body
    if rules.own_places and "我" in text:
        names = [_with_own_level(text, name, rules) for name in names]
    names += _joined_events(text, names, rules) + _quoted_programmes(text, rules)
    names += _quoted_estates(text, rules) + _patterned_quotes(text, rules)
    # every vocabulary's names, projects' among the names, organisations' among the listed
    names += _issued_titles(text, rules) + [name for name in vocabulary if name.table != ORGANISATIONS]
    listed = _list_names(text, rules, suffix_ends, facts) + _acting_subjects(text, rules)
    listed += _trade_pairs(text, rules)
    # before the speakers, which stand only where the document confirms them;
    # an outlet before its owner's short name that begins it (新浪财经, 新浪)
    listed += [name for name in vocabulary if name.table == ORGANISATIONS]
    listed += _listed_short_names(text, rules) + _coded_companies(text, rules) + _speaking_names(text, rules)
    listed += _introduced_lists(text, rules) + _subsidiaries(text, rules) + _foreign_owned(text, rules)
    listed += _transcribed_brands(text, rules)
    ends = {name.end for name in names if name.table == ORGANISATIONS}
    # a name right after another is part of it or its officer ("X集团公司黑蒜产品")
    listed += [name for name in _described_companies(text, rules) if name.start not in ends]
    listed += _coordinated_names(text, names, rules)
    if rules.built_after is not None:
        names = [name for name in names if not _names_a_building(text, name, rules)]
        listed = [name for name in listed if not _names_a_building(text, name, rules)]
    return names, listed
