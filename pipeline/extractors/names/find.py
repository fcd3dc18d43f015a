"""Organisation and project names, found together so that they never overlap.

Both extractors share one pass per line: `find_names(text, rules)` returns
every organisation and project name on a normalised line, already resolved
so that the longest name wins and an organisation inside a project name (or
a park inside a committee's name) is not reported separately. The
organisation and project extractors each keep their own table's names
(`table_spans`).

Chinese names are found by pipeline.extractors.names.chinese, English ones by
pipeline.extractors.names.english, with the rules compiled by
pipeline.extractors.names.rules.

Cost: overlaps are resolved through a map of covered characters on lines
with many names, so the time grows linearly with the line length; the names
of a line are cached by its text on the compiled rules, so the second
extractor reads the first one's result, and a document's names of a table
are kept for the last documents, so the projects extractor reads what the
organisations' region pass asked for.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Generic, TypeVar

import regex

from pipeline.core.records import LineContext, Span
from pipeline.extractors.names.chinese import chinese_names, list_siblings
from pipeline.extractors.names.english import (
    english_acting_names,
    english_buildings,
    english_known_names,
    english_list_names,
    english_lowercase_bodies,
    english_names,
    english_repeatable,
)
from pipeline.extractors.names.rules import (
    ORGANISATIONS,
    PROJECTS,
    NameRules,
    NameSpan,
    RepeatedNames,
    compile_name_rules,
)
from pipeline.extractors.names.vocabulary import vocabulary_names
from pipeline.extractors.names.words import frequency, tagged, word_ends
from pipeline.text.patterns import HAN

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

T = TypeVar("T")
UPPER = regex.compile(r"[A-Z]")
HAN_RUN = regex.compile(r"\p{Han}+")
# An English name a document may repeat: a capitalised word, maybe more, with no Chinese in it.
ENGLISH_NAME = regex.compile(r"[A-Z][\w&'’.\-]*(?: [\w&'’.\-]+)*")
# A web or mail address (a name inside one is part of it).
ADDRESS = regex.compile(r"[@/]|www\.|\.(?:com|cn|net|org|gov|hk|tw)\b", regex.IGNORECASE)
# lower-case words whose initial an acronym may hold ("MOEA")
ACRONYM_CONNECTORS = frozenset(("of", "and", "for"))
# An organisation written in capitals alone (TDC, MOEA).
ACRONYM = regex.compile(r"[A-Z]{2,8}")
# Fewer letters than this stand for too many names to be read as one without
# a declaration.
MIN_UNDECLARED_ACRONYM = 3
ENGLISH_WORD = regex.compile(r" ([A-Z][\w&'’\-]*)")
# A government body's department after its possessive ("the MOEA's Department of Statistics").
POSSESSIVE_LINKS = frozenset(("'s ", "’s "))
ENGLISH_DEPARTMENT = regex.compile(r"(?:Department|Bureau|Office|Administration|Division)\b")
GOVERNMENT_KIND = "government"
# The kind of an organisation known only to be a body.
GENERAL_KIND = "other"
# Up to this many names on a line are resolved pairwise; beyond it, through
# a map of covered characters (linear on very long lines).
PAIRWISE_LIMIT = 32
# Lines whose names are kept, per rule set.
LINE_CACHE_SIZE = 4096


def _merge_adjacent_organisations(names: list[NameSpan], text: str) -> list[NameSpan]:
    """Organisations written back to back (市委市政府, 市科委中关村管委会) become one.

    So do a government body and its department after a possessive ("the
    MOEA's Department of Statistics", as "the Department of Statistics of
    the MOEA" is one name); a body the line names only by a short form the
    document declared is joined in the document pass
    (`_departments_of_short_forms`).
    """
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
        elif (
            last is not None
            and last.table == name.table == ORGANISATIONS
            and last.kind == name.kind == GOVERNMENT_KIND
            and text[last.end : name.start] in POSSESSIVE_LINKS
            and ENGLISH_DEPARTMENT.match(text, name.start)
        ):
            merged[-1] = NameSpan(ORGANISATIONS, last.start, name.end, name.rule_id, name.kind)
        else:
            merged.append(name)
    return merged


def _specific_kinds(names: list[NameSpan]) -> list[NameSpan]:
    """An organisation found by two rules keeps the more specific kind of the two.

    A rule confirmed by what the body does (a centre that hosts) wins a tie
    but knows only that a body acts, kind `other`; a rule that read the
    name itself (市投促中心: a city's office by its prefix) knows its kind.
    """
    specific = {
        (n.start, n.end): n.kind for n in names if n.table == ORGANISATIONS and n.kind != GENERAL_KIND
    }
    return [
        n._replace(kind=specific[(n.start, n.end)])
        if n.table == ORGANISATIONS and n.kind == GENERAL_KIND and (n.start, n.end) in specific
        else n
        for n in names
    ]


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


def scan_line(text: str, rules: NameRules) -> tuple[NameSpan, ...]:
    """All organisation and project names on one normalised line, in order (not cached)."""
    names: list[NameSpan] = []
    listed: list[NameSpan] = []
    chinese, english = HAN.search(text) is not None, UPPER.search(text) is not None
    vocabulary, latin_vocabulary = vocabulary_names(text, rules, chinese, english)
    if chinese:
        names, listed = chinese_names(text, rules, vocabulary)
    if english:
        english = english_names(text, rules)
        names += english + [
            building
            for building in english_buildings(text, rules)
            if not any(building.start < name.end and name.start < building.end for name in english)
        ]
        names += english_lowercase_bodies(text, rules)
        names += english_known_names(text, rules)
        names += latin_vocabulary
        listed += english_list_names(text, rules)
        listed += english_acting_names(text, rules)
    resolved = _resolve(_specific_kinds(names), listed)
    if chinese:
        # a list's other items are read against the names the line resolved
        resolved = list_siblings(text, resolved, rules)
    return tuple(_merge_adjacent_organisations(resolved, text))


def find_names(text: str, rules: NameRules) -> tuple[NameSpan, ...]:
    """All organisation and project names on one normalised line, in order.

    Returns NameSpans on `text` that do not overlap; both extractors call this
    (the result is cached per line text, on `rules`) and keep their own
    table's names.
    """
    return rules.per_text(scan_line, LINE_CACHE_SIZE)(text)


def name_of(text: str, span: NameSpan) -> str:
    """The normalised name of a span: its text with surrounding spaces removed."""
    return text[span.start : span.end].strip()


def _document_names(lines: Sequence[LineContext], names_of) -> Iterator[tuple[NameSpan, str]]:
    """Every name of a document with its normalised text, line by line in order."""
    for line in lines:
        text = line.norm_text
        for name in names_of(text):
            yield name, name_of(text, name)


def _aliases(
    lines: Sequence[LineContext], names_of, rules: NameRules, table: str = PROJECTS
) -> tuple[dict[str, tuple[str, str, str]], dict[tuple[int, int], str], set[str]]:
    """Short forms a document declares or uses, and where they are declared.

    Companies named again by their first words are looked for only when
    `table` is the organisations table (the only one that uses them).

    Returns alias -> (table, kind, full name), (line, start) -> alias of each
    declaration, and the short forms that are used without a declaration.

    "中关村生命科学园(以下简称“生命园”)": the name right before the note is
    the full name, the quoted text its short form.
    """
    found = _declared_and_short_forms(tuple(lines), names_of, rules)
    aliases, declared, shorts = dict(found[0]), dict(found[1]), dict(found[2])
    derived = set()
    if table == ORGANISATIONS:
        for short, entry in _company_short_forms(lines, names_of, rules).items():
            shorts.setdefault(short, entry)
        for short, entry in _undeclared_acronyms(lines, names_of).items():
            shorts.setdefault(short, entry)
    for short, entry in shorts.items():
        if short not in aliases:
            aliases[short] = entry
            derived.add(short)
    return aliases, declared, derived


# The organisations and the projects tables ask, one after the other, for the
# aliases of the same document: what both use is worked out once.
@lru_cache(maxsize=1)
def _declared_and_short_forms(
    lines: tuple[LineContext, ...], names_of, rules: NameRules
) -> tuple[dict[str, tuple[str, str, str]], dict[tuple[int, int], str], dict[str, tuple[str, str, str]]]:
    """The short forms a document declares and those of its places and events, whatever the table.

    Returns alias -> (table, kind, full name) and (line, start) -> alias of
    each declaration (`_aliases`), then the short forms used without a
    declaration that both tables share (`_short_forms`, `_event_acronyms`).
    Cached: the caller copies them before adding to them.
    """
    aliases: dict[str, tuple[str, str, str]] = {}
    declared: dict[tuple[int, int], str] = {}
    for line in lines:
        text = line.norm_text
        notes = list(rules.alias_pattern.finditer(text)) if rules.alias_trigger.search(text) else []
        acronyms = list(rules.acronym_pattern.finditer(text)) if rules.acronym_pattern and "(" in text else []
        shorts = (
            list(rules.bracketed_short_pattern.finditer(text))
            if rules.bracketed_short_pattern is not None and "(" in text
            else []
        )
        if not (notes or acronyms or shorts):
            continue
        names = names_of(text)
        ending_at = _names_by_end(names)
        for match in notes + acronyms + shorts:
            before = _names_ending_before(text, match.start(), ending_at)
            alias = match.group("alias")
            if not before or alias in aliases:
                continue
            full = before[-1]
            full_name = name_of(text, full)
            # a quoted short form in brackets is declared whatever its letters ("(“Foxconn”)")
            quoted = match in acronyms and text[match.end("alias") : match.end("alias") + 1] in ("”", '"')
            if match in acronyms and not (
                quoted
                or is_acronym_of(alias, full_name)
                or is_blend_of(alias, full_name)
                or _chinese_acronym_of(alias, full_name, rules)
                or _body_acronym_of(alias, full, full_name, rules)
            ):
                continue
            if match in shorts and not (
                is_short_form_of(alias, full_name) or _chinese_name_of(alias, full, full_name, rules)
            ):
                continue
            if alias != full_name and not rules.is_generic_prefix(alias, full.table == ORGANISATIONS):
                aliases[alias] = (full.table, full.kind, full_name)
                declared[(line.line_no, match.start("alias"))] = alias
    if rules.listing_pattern is not None:
        _listed_short_names(lines, names_of, rules, aliases, declared)
    shorts = _short_forms(lines, names_of, rules)
    for short, entry in _event_acronyms(lines, names_of, rules).items():
        shorts.setdefault(short, entry)
    return aliases, declared, shorts


def _names_by_end(names: Sequence[NameSpan]) -> dict[int, list[tuple[int, NameSpan]]]:
    """Each name with its place in `names`, by the offset where it ends."""
    ending_at: dict[int, list[tuple[int, NameSpan]]] = {}
    for index, name in enumerate(names):
        ending_at.setdefault(name.end, []).append((index, name))
    return ending_at


def _names_ending_before(
    text: str, stop: int, ending_at: dict[int, list[tuple[int, NameSpan]]]
) -> list[NameSpan]:
    """The names that end at `stop` or before it with only blanks between, in their order.

    The same as keeping each name with `end <= stop` and a blank
    `text[end:stop]`, without slicing the line once per name (a long line
    holds thousands of names and notes).
    """
    blank = stop
    while blank > 0 and text[blank - 1].isspace():
        blank -= 1
    found = [pair for end in range(blank, stop + 1) for pair in ending_at.get(end, ())]
    return [name for _, name in sorted(found, key=lambda pair: pair[0])]


def _listed_short_names(
    lines: Sequence[LineContext],
    names_of,
    rules: NameRules,
    aliases: dict[str, tuple[str, str, str]],
    declared: dict[tuple[int, int], str],
) -> None:
    """A listed company's short name after its label ("证券简称:X"), alias of the company named in full.

    The full name is the first name of the document found by a company rule
    (organisations.yaml `company`); without one, the label declares nothing.
    """
    found = []
    for line in lines:
        if rules.listing_pattern.search(line.norm_text):
            found += [(line.line_no, m) for m in rules.listing_pattern.finditer(line.norm_text)]
    if not found:
        return
    full_name = None
    for line in lines:
        for name in names_of(line.norm_text):
            if name.table == ORGANISATIONS and name.rule_id in rules.company_short_rules:
                full_name = name_of(line.norm_text, name)
                break
        if full_name:
            break
    if full_name is None:
        return
    for line_no, match in found:
        alias = match.group("alias")
        if alias in aliases or alias == full_name or rules.is_generic_prefix(alias, True):
            continue
        aliases[alias] = (ORGANISATIONS, "company", full_name)
        declared[(line_no, match.start("alias"))] = alias


def _chinese_acronym_of(alias: str, full_name: str, rules: NameRules) -> bool:
    """True when `alias`, in brackets after a name written in Chinese only, is its Latin acronym.

    A Chinese name's letters cannot be checked against it, so the acronym
    stands on its form ("澳江国际博览会(LJIE)"); a common acronym (GDP, AI)
    in brackets explains a word, not a name.
    """
    return (
        rules.chinese_acronym_pattern is not None
        and rules.chinese_acronym_pattern.fullmatch(alias) is not None
        and not any("A" <= c <= "Z" or "a" <= c <= "z" for c in full_name)
        and alias not in rules.english_acronym_stop_words
    )


def _body_acronym_of(alias: str, full: NameSpan, full_name: str, rules: NameRules) -> bool:
    """True when `alias`, capitals in brackets after a body's English name, is its acronym in any language.

    "the Lands Bureau (DSCO)": Macau's bodies go by their Portuguese
    acronyms (`alias_note.body_acronym`); a company's brackets may hold a
    market instead ("(NYSE)"), and a common acronym (GDP, SAR) explains a word.
    """
    return (
        rules.body_acronym_pattern is not None
        and full.table == ORGANISATIONS
        and full.kind != "company"
        and rules.body_acronym_pattern.fullmatch(alias) is not None
        and HAN.search(full_name) is None
        and alias not in rules.english_acronym_stop_words
    )


def _chinese_name_of(alias: str, full: NameSpan, full_name: str, rules: NameRules) -> bool:
    """True when `alias`, in brackets after an English company's name, is its Chinese name.

    "Hsinlan Optics Co (新嵐光學)": the Chinese short name is the company's
    too; a place in brackets ("Lanhai Bank (香港)") is none, and neither is a
    person's name after an office ("Director Lin Wei (林偉)").
    """
    return (
        full.table == ORGANISATIONS
        and full.kind == "company"
        and HAN.search(full_name) is None
        and not rules.word_view.is_place(alias)
        and not alias.endswith(rules.place_endings)
    )


def is_short_form_of(short: str, name: str) -> bool:
    """True when `short` is a Chinese short form of `name`: shorter, in order, with the same last character.

    "产发署" of "经济部产业发展署", "港投公司" of "香港投资管理有限公司"; a place
    in brackets after a name ("(深圳)") is none.
    """
    if not 2 <= len(short) < len(name) or short[-1] != name[-1]:
        return False
    position = 0
    for character in short:
        position = name.find(character, position) + 1
        if not position:
            return False
    return True


def is_blend_of(short: str, name: str) -> bool:
    """True when one word `short` joins the beginnings of the name's first word and of a later one.

    "Taipower" of "Taiwan Power Company", "Nanwater" of "Nanhai Water
    Company"; not "Lanhai" of "Lanmei Rail Company" (a place in brackets).
    """
    words = [word.lower() for word in name.split(" ") if word[:1].isupper()]
    short = short.lower()
    if " " in short or len(words) < 2 or not short.isalpha():
        return False
    first = words[0]
    for cut in range(2, min(len(first), len(short) - 2) + 1):
        if short[:cut] != first[:cut]:
            break
        rest = short[cut:]
        if any(len(rest) >= 2 and word.startswith(rest) for word in words[1:]):
            return True
    return False


def is_acronym_of(acronym: str, name: str) -> bool:
    """True when the capitals of `acronym` are capitals of `name` in order, from its first.

    "HKTDC" of "Hong Kong Trade Development Council", "CATL" of "Contemporary
    Amperex Technology Co Ltd", "MOEA" of "Ministry of Economic Affairs"; not
    "GBA" of "Shenzhen Bay Company".
    """
    # the initial of a lower-case connector may count too: "MOEA" of
    # "Ministry of Economic Affairs"
    capitals = [
        word[0].upper() if word in ACRONYM_CONNECTORS else c
        for word in name.split(" ")
        for c in (word[:1] if word in ACRONYM_CONNECTORS else word)
        if word in ACRONYM_CONNECTORS or "A" <= c <= "Z"
    ]
    letters = [c for c in acronym if "A" <= c <= "Z"]
    if len(letters) < 2 or not capitals:
        return False
    remaining = iter(capitals[1:])
    if letters[0] == capitals[0] and all(letter in remaining for letter in letters[1:]):
        return True
    # the parts of a hyphenated word begin words too: "CAEXPO" of "China-ASEAN Expo"
    parts = [part for part in regex.split(r"[ \-–]", name) if part]
    if len(letters) >= MIN_UNDECLARED_ACRONYM and _beginnings_of_words("".join(letters), parts):
        return True
    return _initials_of_last_words(acronym, name)


def _initials_of_last_words(acronym: str, name: str) -> bool:
    """True when `acronym` is the initials of the last capitalised words of `name`, one letter each.

    The places or partners leading a zone's name are often left out of its
    acronym: "SIP" of "Sino-Nordic Suzhou Industrial Park", "GBA" of
    "Guangdong-Hong Kong-Macao Greater Bay Area"; a connector among those
    words keeps it out ("OFA" of "Ministry of Foreign Affairs").
    """
    if len(acronym) < MIN_UNDECLARED_ACRONYM or not acronym.isascii() or not acronym.isupper():
        return False
    words = name.split(" ")
    if len(words) <= len(acronym):
        return False
    last = words[-len(acronym) :]
    return all(word[:1] == letter and word[1:2].islower() for word, letter in zip(last, acronym, strict=True))


def _beginnings_of_words(letters: str, words: list[str]) -> bool:
    """True when `letters` are the beginnings of some of `words`, in order.

    "TAITRA" of "Taiwan External Trade Development Council" (Tai-, Tra-);
    the first words may be left out only before an acronym of four letters
    or more: "ASTRI" of "Hong Kong Applied Science and Technology Research
    Institute" (a place before the name), not "OFA" of "Ministry of Foreign
    Affairs".
    """
    lowered = [word.lower() for word in words]
    target = letters.lower()

    def matches(position: int, word: int) -> bool:
        if position == len(target):
            return True
        for index in range(word, len(lowered)):
            common = 0
            while (
                common < len(lowered[index])
                and position + common < len(target)
                and lowered[index][common] == target[position + common]
            ):
                common += 1
                if matches(position + common, index + 1):
                    return True
        return False

    firsts = [
        index for index, word in enumerate(words) if index == 0 or (len(letters) >= 4 and word[:1].isupper())
    ]
    for first in firsts:
        common = 0
        while (
            common < len(lowered[first]) and common < len(target) and lowered[first][common] == target[common]
        ):
            common += 1
            if matches(common, first + 1):
                return True
    return False


def _undeclared_acronyms(lines: Sequence[LineContext], names_of) -> dict[str, tuple[str, str, str]]:
    """Acronyms a document uses for a body it names in full elsewhere, without declaring them.

    "the Hong Kong Trade Development Council ... TDC says": an acronym found
    as an organisation whose letters are the initials of one full English
    name of the document, or of its last words (a place before them is left
    out: TDC of Hong Kong Trade Development Council), stands for that name.
    Returns acronym -> (table, kind, full name); an acronym of two full names
    is left out.
    """
    acronyms: set[str] = set()
    fulls: dict[str, str] = {}
    for name, found in _document_names(lines, names_of):
        if name.table != ORGANISATIONS:
            continue
        if ACRONYM.fullmatch(found):
            acronyms.add(found)
        elif " " in found and found.isascii():
            fulls.setdefault(found, name.kind)
    entries: dict[str, tuple[str, str, str]] = {}
    ambiguous: set[str] = set()
    for full, kind in fulls.items():
        initials = "".join(word[0] for word in full.split() if word[0].isupper())
        for acronym in acronyms:
            if (
                len(acronym) >= MIN_UNDECLARED_ACRONYM
                and initials.endswith(acronym)
                and entries.setdefault(acronym, (ORGANISATIONS, kind, full))[2] != full
            ):
                ambiguous.add(acronym)
    return {acronym: entry for acronym, entry in entries.items() if acronym not in ambiguous}


def _short_forms(lines: Sequence[LineContext], names_of, rules: NameRules) -> dict[str, tuple[str, str, str]]:
    """Project names a document later uses without their place: 苏州生物医药产业园 -> 生物医药产业园.

    Returns short form -> (table, kind, full name), for full names that begin
    with a place and leave at least `min_short_form` characters after it (and
    after a word the place may take with it, `dropped_leads`: 澜江国际会展中心
    -> 会展中心); a short form of two full names (新竹科学园区, 龙潭科学园区) is
    left out.
    """
    shorts: dict[str, tuple[str, str, str]] = {}
    ambiguous: set[str] = set()
    minimum = rules.min_short_form
    if not minimum:
        return shorts
    for name, full in _document_names(lines, names_of):
        if name.table != PROJECTS or name.rule_id in rules.whole_name_rules:
            continue
        place = rules.leading_place(full)
        short = full[place:]
        if not (place and len(short) >= minimum and HAN_RUN.fullmatch(short)):
            continue
        forms = [short] + [
            short[len(lead) :]
            for lead in rules.short_form_dropped_leads
            if short.startswith(lead) and len(short) - len(lead) >= minimum
        ]
        for form in forms:
            if shorts.setdefault(form, (name.table, name.kind, full))[2] != full:
                ambiguous.add(form)  # two places' parks: the short form names neither
    return {short: entry for short, entry in shorts.items() if short not in ambiguous}


def _event_acronyms(
    lines: Sequence[LineContext], names_of, rules: NameRules
) -> dict[str, tuple[str, str, str]]:
    """Events named by an acronym and a year that a document later calls by the acronym alone.

    "attend LNBIO2025 ... since 2022, LNBIO has grown": LNBIO -> LNBIO2025.
    Returns acronym -> (table, kind, full name), the first full name of each.
    """
    rule = rules.english_dated_event_rule
    acronyms: dict[str, tuple[str, str, str]] = {}
    if rule is None or not rules.english_dated_event_alone:
        return acronyms
    for name, full in _document_names(lines, names_of):
        if name.rule_id == rule.rule_id:
            acronyms.setdefault(full.rstrip("0123456789"), (name.table, name.kind, full))
    return acronyms


def _company_short_forms(
    lines: Sequence[LineContext], names_of, rules: NameRules
) -> dict[str, tuple[str, str, str]]:
    """Companies a document names again by their first words: 中芯国际集成电路制造有限公司 -> 中芯国际.

    Returns short form -> (table, kind, full name), for full names of
    `company_short_rules`; a short form of two full names is left out.
    """
    if not rules.company_short_rules:
        return {}
    fulls: dict[str, str] = {}
    bare: dict[str, str] = {}  # full name -> its name without the suffix
    projects: set[str] = set()
    document = "\n".join(line.norm_text for line in lines)
    shorts: dict[str, tuple[str, str, str]] = {}
    ambiguous: set[str] = set()
    initialled: set[str] = set()
    for name, full in _document_names(lines, names_of):
        # a full name met again adds nothing, and reading its initials reads the whole document
        if (
            name.rule_id in rules.initial_rules
            and name.kind == "company"
            and HAN.match(full)
            and full not in initialled
        ):
            initialled.add(full)
            for short in _initials(full, document, rules):
                if shorts.setdefault(short, (ORGANISATIONS, name.kind, full))[2] != full:
                    ambiguous.add(short)
        if name.rule_id in rules.company_short_rules:
            fulls.setdefault(full, name.kind)
            if name.rule_id in rules.bare_short_rules:
                suffix = next((word for word in rules.bare_short_suffixes if full.endswith(word)), "")
                if len(full) - len(suffix) >= 2:
                    bare[full] = full[: len(full) - len(suffix)]
        elif name.table == PROJECTS:
            projects.add(full)
    project_names = frozenset(projects)
    for full, kind in fulls.items():
        # cheap test first: the name's first two characters (after a listed
        # place) or its first English word must occur outside the full name
        chinese = HAN.match(full) is not None
        place = rules.place_set.longest_at(full, 0) if chinese else None  # place_pattern.match(full)
        head = full[place or 0 :][:2] if chinese else _english_words(full, rules)[0]
        blends = [] if chinese else _blends_in(full, document, rules)
        if document.count(head) <= document.count(full) and not blends:
            continue
        shorts_of_full = [bare[full]] if full in bare else _first_words(full, document, rules, project_names)
        shorts_of_full += blends
        for short in shorts_of_full:
            # used outside the full name (a blend is never inside it)
            if short in blends or document.count(short) > document.count(full):
                if shorts.setdefault(short, (ORGANISATIONS, kind, full))[2] != full:
                    ambiguous.add(short)
                break
    return {short: entry for short, entry in shorts.items() if short not in ambiguous}


def _initials(full: str, document: str, rules: NameRules) -> list[str]:
    """The short forms of a Chinese company's name by its initials that `document` uses: 台湾电力公司 -> 台电.

    The name's first character and one or two later ones, not next to each
    other (a run of its first characters is a first word, `_first_words`),
    taken from the name without its legal form (`initial_endings`), and
    written in the document outside the full name; neither a place nor a
    common word (see names.yaml `short_forms`).
    """
    stem = full
    endings = rules.initial_endings
    while ending := next((word for word in endings if stem.endswith(word) and stem != word), ""):
        stem = stem[: -len(ending)]
    low, high = rules.initial_stem_lengths
    if not (low <= len(stem) <= high and HAN_RUN.fullmatch(stem)):
        return []
    found = []
    for first in range(2, len(stem)):
        pair = stem[0] + stem[first]
        for short in [pair] + [pair + stem[last] for last in range(first + 1, len(stem))]:
            if short in found or short not in document:
                continue
            if short in stem or rules.word_view.is_place(short) or short.endswith(rules.place_endings):
                continue
            words = tagged(short)
            if len(words) == 1 and words[0][1] not in rules.initial_name_tags:
                continue  # 上车: a common word, not a company's initials
            if rules.is_generic_prefix(short, True) or not _written_alone(short, full, document, rules):
                continue
            found.append(short)
    return found


def _written_alone(short: str, full: str, document: str, rules: NameRules) -> bool:
    """True when `document` writes `short` outside `full` as whole words at least once.

    A use that a place's level follows (台中市) makes it a place: never then.
    """
    alone = False
    for match in regex.finditer(regex.escape(short), document):
        start, end = match.span()
        if document.startswith(rules.place_endings, end):
            return False
        inside = any(
            document.startswith(full, position) and position + len(full) >= end
            for position in range(max(0, end - len(full)), start + 1)
        )
        if not inside and word_ends(document, end) and (start == 0 or word_ends(document, start)):
            alone = True
    return alone


CAPITALISED_WORD = regex.compile(r"(?<![\w&'’\-.])[A-Z][a-z]{5,}(?![\w&'’\-]|\.[A-Za-z])")


def _blends_in(full: str, document: str, rules: NameRules) -> list[str]:
    """Words of the document that join the beginning of an English company's first word to a later word.

    "Taiwan Power Co" and, elsewhere, "Taipower said": the blend names the
    company. The later word must be whole ("Tainan" is no blend of "Taiwan
    Nanya Corp"), and a place or a word that begins no short form is none.
    """
    blends = []
    for word in dict.fromkeys(CAPITALISED_WORD.findall(document)):
        if word in full or word in rules.english_not_short or word in rules.english_place_nouns:
            continue
        if is_blend_of(word, full) and any(
            word.lower().endswith(later.lower()) for later in full.split(" ")[1:] if len(later) >= 3
        ):
            blends.append(word)
    return blends


def _english_words(full: str, rules: NameRules) -> list[str]:
    """The words of an English company name after a province that begins it.

    A province first ("Zhejiang Lanxi Shoe Group", "Inner Mongolia Yili
    Industrial Group") is where the company is: its name begins after it.
    """
    words = full.split(" ")
    for size in (2, 1):
        if len(words) > size + 1 and " ".join(words[:size]) in rules.english_acting_places:
            return words[size:]
    return words


def _first_words(
    full: str, document: str, rules: NameRules, projects: frozenset[str] = frozenset()
) -> list[str]:
    """The short forms a company's full name may have, longest first ([] when none names it).

    An English first word that also begins one of the document's `projects`
    ("Lindqvist AG" and its "Lindqvist Qinghe EV Base") still names the
    company elsewhere: the project is the company's, not another name's.
    """
    if HAN.match(full):
        rest = full[rules.leading_place(full) :]
        # prefixes of two to `max_company_short` characters that end a word, longest first
        ends, position = [], 0
        for word, _tag in tagged(rest):
            position += len(word)
            if position > rules.max_company_short or position >= len(rest):
                break
            ends.append(position)
        candidates = [rest[:end] for end in reversed(ends)]
        view = rules.word_view
        return [
            short
            for short in candidates
            if len(short) >= 2
            and HAN_RUN.fullmatch(short)
            and not rules.is_generic_prefix(short, True)
            and not view.is_place(short)
            and not short.endswith(rules.place_endings)
            and view.anchored(short)
        ]
    words = _english_words(full, rules)
    first = words[0]
    if (
        len(words) < 2
        or len(first) < 3
        or not first.isalpha()
        or not first[0].isupper()
        or first in rules.english_not_short
    ):
        return []
    pair = _first_two_words(words, document, rules)
    # After a place that begins the name ("Taiwan Power Co") the word left
    # may be a common noun: first in a sentence and before a lower-case word
    # that does not read as a verb it names no company ("Power consumption
    # rose"; but "Lanxi also plans", "Lanxi said").
    named_use = len(words) == len(full.split(" "))
    for match in regex.finditer(rf"\b{regex.escape(first)}\b", document):
        start, end = match.span()
        if any(document.startswith(project, start) for project in projects):
            continue
        if not named_use and not document.startswith(full, start - (len(full) - len(" ".join(words)))):
            named_use = not _modifies_noun(document, start, end, rules)
        before = document[max(0, start - 12) : start]
        before = before[:-1].rsplit(None, 1)[-1] if before.endswith(" ") and before.strip() else ""
        after = ENGLISH_WORD.match(document, end)
        if before in rules.place_words or (after is not None and after.group(1) != words[1]):
            return pair  # a place ("in Shenzhen"), or a modifier of other names ("Shenzhen Airport")
    return pair + [first] if named_use else pair


def _first_two_words(words: list[str], document: str, rules: NameRules) -> list[str]:
    """The first two words of a company's name of three or more before its legal form, as a short form
    ("Orient Steel" of "Orient Steel Structures Ltd"), or [].

    The third word must be no legal form (the name without it is the full
    name's own reading), and every use of the two words must stand alone:
    neither after a preposition of place nor before another capitalised word
    than the full name's third ("Orient Steel Bridge" names something else).
    """
    if (
        len(words) < 3
        or words[2] in rules.legal_tails
        or not all(word.isalpha() and word[0].isupper() for word in words[:2])
    ):
        return []
    pair = " ".join(words[:2])
    if pair in rules.english_acting_places or words[1] in rules.english_place_nouns:
        # "Hong Kong" of "Hong Kong Dragon Airlines Ltd", "Pinglu Canal" of
        # "Pinglu Canal Construction Co": the place or the works the company is named after
        return []
    for match in regex.finditer(rf"(?<![\w&'’\-]){regex.escape(pair)}(?![\w&\-])", document):
        start, end = match.span()
        before = document[max(0, start - 12) : start]
        before = before[:-1].rsplit(None, 1)[-1] if before.endswith(" ") and before.strip() else ""
        after = ENGLISH_WORD.match(document, end)
        if before in rules.place_words or (after is not None and after.group(1) != words[2]):
            return []
    return [pair]


# (not -s: a plural noun is as likely as a verb, "Glass exports fell")
VERB_ENDINGS = ("ed", "d")
LOWER_WORD = regex.compile(r" ([a-z]+)\b")


def _modifies_noun(document: str, start: int, end: int, rules: NameRules) -> bool:
    """True when the word at [start, end) begins a sentence before a lower-case word that reads as no verb.

    "Power consumption rose": the capital is the sentence's, the word a
    noun's modifier; "Lanxi also plans", "Lanxi said", "Lanxi expects" read
    as a company that acts ("Lanxi expects" does not: -s ends plural nouns too).
    """
    before = document[:start].rstrip(" ")
    if before and before[-1] not in '\n.!?:;"“':
        return False
    following = LOWER_WORD.match(document, end)
    if following is None:
        return False
    word = following.group(1)
    return word not in rules.tail_stops and not word.endswith(VERB_ENDINGS)


class _Around(Generic[T]):
    """Spans of a line (names, taken ranges), found by where they lie: a long line holds thousands of them."""

    def __init__(self, items: Iterable[T], bounds: Callable[[T], tuple[int, int]]) -> None:
        self.items = sorted(items, key=lambda item: bounds(item)[0])
        self.starts = [bounds(item)[0] for item in self.items]
        self.longest = max((end - start for start, end in map(bounds, self.items)), default=0)

    def near(self, start: int, end: int) -> list[T]:
        """The spans that may overlap start..end: every one that does, and some that do not."""
        # a span overlapping the range starts before its end and after its start less the longest span
        return self.items[bisect_right(self.starts, start - self.longest) : bisect_left(self.starts, end)]


def _name_bounds(name: NameSpan) -> tuple[int, int]:
    return name.start, name.end


def _bounds(pair: tuple[int, int]) -> tuple[int, int]:
    return pair


def _alias_spans(
    table: str, kind_field: str, lines: Sequence[LineContext], names_of, rules: NameRules
) -> tuple[list[Span], dict[str, str], dict[str, str]]:
    """Each later use of a declared short form (and the declaration itself), as a name of its table.

    Returns the spans, alias -> full name and alias -> the full name's kind.
    """
    aliases, declared, derived = _aliases(lines, names_of, rules, table)
    if not aliases:
        return [], {}, {}
    longest_first = sorted(aliases, key=len, reverse=True)
    spans = []
    seen: set[tuple[int, int]] = set()
    for line in lines:
        text = line.norm_text
        names = names_of(text)
        around = _Around(names, _name_bounds)
        for start, end, alias in literal_matches(text, longest_first):
            alias_table, kind, full = aliases[alias]
            # (a project's short form alone read as an organisation is no longer name around it)
            if alias_table != table or any(
                n.start < end
                and start < n.end
                and (table != PROJECTS or n.table == table or name_of(text, n) != alias)
                for n in around.near(start, end)
            ):
                continue
            position = (line.line_no, start)
            declared_here = declared.get(position) == alias
            if not declared_here and not _stands_alone(text, start, end):
                continue
            if not declared_here and _ending_refuses(text, alias, end, alias_table, rules):
                continue  # "X高新区与Y签署": the short form acts as its full name would not be named
            if (
                not declared_here
                and alias in derived
                and (
                    not rules.word_view.starts_word(text, start)
                    or (
                        _inside_english_run(text, start, end)
                        and not _whole_longer_part(text, start, end, full, rules)
                    )
                )
            ):
                continue  # glued to the word before it, or inside a run of other capitalised words
            if (
                not declared_here
                and alias in derived
                and rules.described_before_pattern is not None
                and rules.described_before_pattern.search(text, max(0, start - 12), start) is not None
            ):
                continue  # "最大的电网侧储能电站": a kind, described, not the named one
            if position in seen:
                continue
            seen.add(position)
            longer = _longer_part_of(text, start, end, full, rules)
            if longer is not None:
                # "fines Jade Harbour Capital Management": more words of the
                # full name after the short form are the name itself
                end = longer
            elif table == PROJECTS and rules.right_extension is not None:
                # a phase or a lot after the short form belongs to it (生物医药产业园三期C区)
                extension = rules.right_extension.match(text, end)
                if extension is not None and not any(
                    n.start < extension.end() and end < n.end for n in names
                ):
                    end = extension.end()
            spans.append(
                Span(
                    table=table,
                    line_no=line.line_no,
                    start=start,
                    end=end,
                    rule_id=rules.alias_rule_ids[table],
                    fields={"name": text[start:end], kind_field: kind, "alias_of": full},
                )
            )
    return (
        spans,
        {alias: full for alias, (t, _k, full) in aliases.items() if t == table},
        {alias: kind for alias, (t, kind, _f) in aliases.items() if t == table},
    )


def _ending_refuses(text: str, alias: str, end: int, table: str, rules: NameRules) -> bool:
    """Whether what follows a short form is what its ending's rule never names before (`not_before`).

    A short form that ends like a zone (成都高新区) stands for the zone where
    the zone would be named; where it signs or holds a meeting, the full name
    would not be reported, and neither is the short form.
    """
    for size in range(len(alias), 0, -1):
        suffix_rules = [rule for rule in rules.suffixes.get(alias[-size:], ()) if rule.table == table]
        if suffix_rules:
            return all(
                rule.refuses_before(text, end) and not rule.is_placed(text, end - size)
                for rule in suffix_rules
            )
    return False


def _short_form_in(name: str, alias_of: dict[str, str], rules: NameRules) -> str | None:
    """The short form `name` is, alone or with a phase after it (生物医药产业园二期), or None."""
    if name in alias_of:
        return name
    if rules.right_extension is None:
        return None
    for cut in range(len(name) - 1, 1, -1):
        if name[:cut] in alias_of and rules.right_extension.fullmatch(name, cut) is not None:
            return name[:cut]
    return None


def literal_matches(text: str, longest_first: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of what `regex.finditer` of the words joined by `|` finds in `text`.

    `longest_first`: distinct non-empty words, longest first. Such a pattern
    takes, from the left, the longest word at the first place where one
    starts, then searches on from its end; so does this, from every
    occurrence of every word (found by `str.find`), without compiling a
    pattern per document (0.06 ms a document, more than the search).
    """
    found = []
    for word in longest_first:
        if not word:  # an empty word would match everywhere: none is ever declared
            continue
        start = text.find(word)
        while start >= 0:
            found.append((start, -len(word), word))
            start = text.find(word, start + 1)
    found.sort()
    matches = []
    end = 0
    for start, negative_length, word in found:
        if start >= end:
            end = start - negative_length
            matches.append((start, end, word))
    return matches


def _inside_english_run(text: str, start: int, end: int) -> bool:
    """True when a capitalised word sits right before or after text[start:end] ("Alibaba Cloud")."""
    after = UPPER.match(text, end + 1) is not None and text[end : end + 1] == " "
    before = start >= 2 and text[start - 1] == " " and text[start - 2].isalpha()
    if before:
        word_start = start - 2
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        before = text[word_start].isupper()
    return after or before


def _whole_longer_part(text: str, start: int, end: int, full: str, rules: NameRules) -> bool:
    """True when more of `full`'s first words follow the short form and no other capitalised word
    follows them ("Tidemark Asset Management trader", not "Hang Seng Index" of "Hang Seng Bank")."""
    longer = _longer_part_of(text, start, end, full, rules)
    return longer is not None and not _inside_english_run(text, longer, longer)


def _longer_part_of(text: str, start: int, end: int, full: str, rules: NameRules) -> int | None:
    """The end of the longest run of `full`'s first words at text[start:] longer than the short form, if any.

    Only for a short form that is the first words of its full name ("Jade
    Harbour" of "Jade Harbour Capital Management Limited"), whole words only;
    a run ending in a place noun names the place ("Qingshan Island" of
    "Qingshan Island Ferry Services Ltd"), not the company.
    """
    if not full.startswith(text[start:end]) or full[end - start : end - start + 1] != " ":
        return None
    longest = None
    for cut in (index for index, char in enumerate(full) if char == " " and index > end - start):
        if text.startswith(full[:cut], start):
            longest = start + cut
    if text.startswith(full, start):
        longest = start + len(full)
    if longest is None or (longest < len(text) and text[longest].isascii() and text[longest].isalnum()):
        return None
    if text[start:longest].rsplit(None, 1)[-1] in rules.english_place_nouns:
        return None
    return longest


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A short form used as a word: not glued to Latin letters or digits on either side."""
    return not (start and text[start - 1].isascii() and text[start - 1].isalnum()) and not (
        end < len(text) and text[end].isascii() and text[end].isalnum()
    )


def table_spans(table: str, kind_field: str, lines: Sequence[LineContext], ruleset: RuleSet) -> list[Span]:
    """Spans of `table`'s names on the lines' normalised text.

    Each span's fields are `name` (the normalised name), `kind_field`
    (`org_kind`, `project_kind`) and `alias_of` (for a short form the
    document declared, the full name it stands for).
    """
    return list(_document_spans(table, kind_field, tuple(lines), ruleset.compiled(compile_name_rules)))


# The organisations' region pass and then the projects extractor ask for the
# projects of the same document: they are worked out once.
@lru_cache(maxsize=2)
def _document_spans(
    table: str, kind_field: str, lines: tuple[LineContext, ...], rules: NameRules
) -> tuple[Span, ...]:
    """`table_spans` of a document's lines, cached (the caller copies the result)."""
    names_of = rules.per_text(scan_line, LINE_CACHE_SIZE)
    alias_spans, alias_of, alias_kind = _alias_spans(table, kind_field, lines, names_of, rules)
    if table == ORGANISATIONS:
        apart = _parties_apart(lines, names_of, alias_of)
        if apart is not None:
            names_of = apart
            alias_spans, alias_of, alias_kind = _alias_spans(table, kind_field, lines, names_of, rules)
    spans = []
    for line in lines:
        for name in names_of(line.norm_text):
            if name.table != table:
                continue
            text = name_of(line.norm_text, name)
            short = _short_form_in(text, alias_of, rules) if alias_of else None
            spans.append(
                Span(
                    table=table,
                    line_no=line.line_no,
                    start=name.start,
                    end=name.end,
                    # a short form with its phase is the short form's use
                    rule_id=rules.alias_rule_ids[table] if short and short != text else name.rule_id,
                    # a short form is of its full name's kind, which its suffix shows
                    fields={
                        "name": text,
                        kind_field: alias_kind.get(short, name.kind) if short else name.kind,
                        "alias_of": alias_of[short] if short else None,
                    },
                )
            )
    if table == ORGANISATIONS:
        spans = _without_project_aliases(spans, lines, names_of, rules)
        if alias_spans:
            spans, alias_spans = _departments_of_short_forms(spans, alias_spans, kind_field, lines)
    if alias_spans:
        spans = sorted(spans + alias_spans, key=lambda s: (s.line_no, s.start))
    if table == ORGANISATIONS and rules.speech_evidence_rule:
        spans = _confirmed_speakers(spans, rules)
    if table == ORGANISATIONS and rules.acting_headline_needs_name and rules.acting_subject_rule:
        spans = _named_headline_brands(spans, lines, rules.acting_subject_rule[0])
    repeated = _repeated_names(table, kind_field, lines, names_of, rules, spans)
    if repeated:
        spans = sorted(spans + repeated, key=lambda s: (s.line_no, s.start))
    if table == PROJECTS and rules.english_coined_event_rule is not None:
        repeated = _repeated_coined_events(kind_field, lines, names_of, rules, spans)
        if repeated:
            spans = sorted(spans + repeated, key=lambda s: (s.line_no, s.start))
    return tuple(spans)


def _departments_of_short_forms(
    spans: list[Span], alias_spans: list[Span], kind_field: str, lines: Sequence[LineContext]
) -> tuple[list[Span], list[Span]]:
    """`spans` and `alias_spans` with a body's short form joined to its department after its possessive.

    "the MOEA's Department of Statistics" is one name, as the line's own
    names are joined (`_merge_adjacent_organisations`), also where the
    document declared MOEA elsewhere and only the short form shows it a
    government body: the department's span then begins at the short form,
    which is no name of its own there.

    The join is the line pass's, but it cannot be made there: the line's
    names are read from its text alone (and kept by text for both tables),
    while the short form is a name, and a government body's, only by the
    document's declaration of it, which the document pass reads
    (`_alias_spans`).
    """
    texts = {line.line_no: line.norm_text for line in lines}
    departments = {
        (span.line_no, span.start): span
        for span in spans
        if span.fields.get(kind_field) == GOVERNMENT_KIND
        and ENGLISH_DEPARTMENT.match(texts[span.line_no], span.start)
    }
    if not departments:
        return spans, alias_spans
    joined: dict[tuple[int, int], Span] = {}
    kept = []
    for alias in alias_spans:
        text = texts[alias.line_no]
        link = text[alias.end : alias.end + 3]
        department = departments.get((alias.line_no, alias.end + 3)) if link in POSSESSIVE_LINKS else None
        if department is None or alias.fields.get(kind_field) != GOVERNMENT_KIND:
            kept.append(alias)
            continue
        joined[(department.line_no, department.start)] = replace(
            department,
            start=alias.start,
            fields={**department.fields, "name": text[alias.start : department.end]},
        )
    if not joined:
        return spans, alias_spans
    return [joined.get((span.line_no, span.start), span) for span in spans], kept


def _without_project_aliases(
    spans: list[Span], lines: Sequence[LineContext], names_of, rules: NameRules
) -> list[Span]:
    """`spans` less the organisations that are a short form the document declared for a project.

    "the Lanhai Industrial Park (LIP) ... LIP's exports rose": the acronym
    stays the park's where a rule would read the acting word as a company's.
    """
    declared = _declared_and_short_forms(tuple(lines), names_of, rules)[0]
    projects = {alias for alias, (alias_table, _kind, _full) in declared.items() if alias_table == PROJECTS}
    if not projects:
        return spans
    return [span for span in spans if span.fields["name"] not in projects]


ENGLISH_PARTIES = regex.compile(r"(?P<first>[^ ].*?) and (?P<rest>[A-Z][\w&'’.\-]* [A-Z].*)")


def _parties_apart(lines: Sequence[LineContext], names_of, alias_of: dict[str, str]):
    """`names_of` with English organisations split where a party the document names alone leads them, or None.

    "Taiwan's Qiaopower and Lanhai Wind Partners won": where the document
    also names Qiaopower on its own (a short form it declares, or a name it
    finds alone), the words before "and" are that party and the words after
    it another ("Century Iron and Steel Co" stays whole: nothing names
    "Century Iron" alone). None when no name of the document is split.
    """
    known = set(alias_of)
    for name, text in _document_names(lines, names_of):
        if name.table == ORGANISATIONS and " and " not in text:
            known.add(text)
    if not known:
        return None

    def split(text: str) -> tuple[NameSpan, ...]:
        names = names_of(text)
        parted: list[NameSpan] = []
        for name in names:
            organisation = name.table == ORGANISATIONS
            match = ENGLISH_PARTIES.fullmatch(text, name.start, name.end) if organisation else None
            if (
                match is None
                or match.group("first") not in known
                # ("Lanhai Iron" of "Lanhai Iron and Steel Co": its own short form)
                or alias_of.get(match.group("first")) == match.group()
            ):
                parted.append(name)
                continue
            parted.append(name._replace(end=match.end("first")))
            parted.append(name._replace(start=match.start("rest")))
        return tuple(parted) if len(parted) > len(names) else names

    if not any(len(split(line.norm_text)) > len(names_of(line.norm_text)) for line in lines):
        return None
    return lru_cache(maxsize=LINE_CACHE_SIZE)(split)


def _repeated_coined_events(
    kind_field: str, lines: Sequence[LineContext], names_of, rules: NameRules, found: list[Span]
) -> list[Span]:
    """Each further use of an event named by a coined word that the document shows being held.

    "Lanexpo will be held at …" makes Lanexpo the event in "Lanexpo to
    feature 1,500 exhibitors" on any line of the same document: what shows
    an event is written once, its name many times. Not inside another name
    or capitalised run ("the Lanexpo Forum" is an event of its own).
    """
    rule_id, kind = rules.english_coined_event_rule
    events = {short for name, short in _document_names(lines, names_of) if name.rule_id == rule_id}
    if not events:
        return []
    return [
        Span(
            table=PROJECTS,
            line_no=line_no,
            start=start,
            end=end,
            rule_id=rule_id,
            fields={"name": short, kind_field: kind, "alias_of": None},
        )
        for line_no, text, start, end, short in _free_uses(events, lines, names_of, found)
        if _stands_alone(text, start, end) and not _inside_english_run(text, start, end)
    ]


def _free_uses(
    shorts, lines: Sequence[LineContext], names_of, found: list[Span], others=frozenset()
) -> Iterator[tuple[int, str, int, int, str]]:
    """(line number, line text, start, end, short) of each use of `shorts` that no name found holds.

    Longer shorts win where two overlap, and so does a longer name of
    `others` written there; a use inside a span of `found` or a name
    `names_of` reads on the line is not free.
    """
    taken: dict[int, list[tuple[int, int]]] = {}
    for span in found:
        taken.setdefault(span.line_no, []).append((span.start, span.end))
    longest_first = sorted(set(shorts) | set(others), key=len, reverse=True)
    for line in lines:
        text = line.norm_text
        occupied = _Around(taken.get(line.line_no, []) + [(n.start, n.end) for n in names_of(text)], _bounds)
        for start, end, short in literal_matches(text, longest_first):
            if short in shorts and not any(
                start < stop and begin < end for begin, stop in occupied.near(start, end)
            ):
                yield line.line_no, text, start, end, short


def _named_headline_brands(spans: list[Span], lines: Sequence[LineContext], rule_id: str) -> list[Span]:
    """Bare brands acting in the headline, kept where the body names them too.

    A headline drops head nouns ("澄禾落户青州高新区"): the brand alone is the
    company the body names in full (澄禾科技有限公司) or again; where the body
    never does, the headline's word names nothing the document knows. The
    headline is the first of several lines, with no full stop in it.
    """
    if len(lines) < 2:
        return spans
    first = min(lines, key=lambda line: line.line_no)
    if "。" in first.norm_text:
        return spans
    body = [span.fields["name"] for span in spans if span.line_no != first.line_no]
    return [
        span
        for span in spans
        if span.rule_id != rule_id
        or span.line_no != first.line_no
        or any(name.startswith(span.fields["name"]) for name in body)
    ]


def _confirmed_speakers(spans: list[Span], rules: NameRules) -> list[Span]:
    """Speakers whose reading as a company needs evidence, kept where the document gives it.

    "华为表示" alone may be a person's words; with 华为 in a list of companies,
    or a company named by it and generic words or a suffix (华为技术有限公司,
    华为集团) elsewhere in the document, it is the company. 周鹏飞集团 is
    another name than 周鹏.
    """
    evidence_rule = rules.speech_evidence_rule
    if not any(span.rule_id == evidence_rule for span in spans):
        return spans
    others = {span.fields["name"] for span in spans if span.rule_id != evidence_rule}

    def names_it(other: str, name: str) -> bool:
        if other == name:
            return True
        if not other.startswith(name):
            return False
        rest = other[len(name) :]
        if rules.is_generic_prefix(rest, True):
            return True
        ending = next((word for word in rules.suffixes if rest.endswith(word)), None)
        return ending is not None and (ending == rest or rules.is_generic_prefix(rest[: -len(ending)], True))

    return [
        span
        for span in spans
        if span.rule_id != evidence_rule or any(names_it(other, span.fields["name"]) for other in others)
    ]


def _repeated_names(
    table: str, kind_field: str, lines: Sequence[LineContext], names_of, rules: NameRules, found: list[Span]
) -> list[Span]:
    """Each further use of a name that a rule found on some line of the document, as the same name.

    "青禾智造宣布扩产" makes 青禾智造 a company in "青禾智造第三季营收" on any
    line of the same document: the context that shows what a name is is
    written once, the name many times. Only names found by the rules of the
    table's `repeated_names` (whose repeats the measures showed right) seed
    it; a Chinese one of its lengths that the dictionary does not count as a
    common word, an English one of its length that the document never writes
    as a place or a modifier (`english_repeatable`). A use counts where it
    stands alone: not inside a longer name of the document, a longer
    Chinese word, a run of capitalised words, a 《》 title or an address.
    """
    repeat = rules.repeated.get(table)
    if repeat is None:
        return []
    texts = {line.line_no: line.norm_text for line in lines}
    kinds: dict[str, str] = {}
    english: set[str] = set()
    for span in found:
        short = texts[span.line_no][span.start : span.end]
        if short in kinds:
            continue
        if span.rule_id in repeat.rules:
            seeded = _repeatable_chinese(short, repeat)
        elif span.rule_id in repeat.english_rules or span.rule_id in rules.english_repeated_seed_rules:
            seeded = ENGLISH_NAME.fullmatch(short) is not None and len(short) >= repeat.min_english_length
            if seeded:
                english.add(short)
        else:
            seeded = False
        if seeded:
            kinds[short] = span.fields[kind_field]
    if english:
        document = "\n".join(line.norm_text for line in lines)
        for short in english - set(english_repeatable(english, document, rules)):
            del kinds[short]
    if not kinds:
        return []
    # a longer name the document holds anywhere (of either table) wins over a seed inside it
    others = {short for _name, short in _document_names(lines, names_of)}
    others |= {texts[span.line_no][span.start : span.end] for span in found}
    spans = []
    for line_no, text, start, end, short in _free_uses(kinds, lines, names_of, found, others):
        if not _used_alone(text, start, end, short in english, rules):
            continue
        spans.append(
            Span(
                table=table,
                line_no=line_no,
                start=start,
                end=end,
                rule_id=repeat.rule_id,
                fields={"name": short, kind_field: kinds[short], "alias_of": None},
            )
        )
    return spans


def _repeatable_chinese(short: str, repeat: RepeatedNames) -> bool:
    """A Chinese name of the repeat's lengths that the dictionary does not count as a common word."""
    low, high = repeat.lengths
    if not (low <= len(short) <= high and HAN_RUN.fullmatch(short)):
        return False
    count = frequency(short) if repeat.max_frequency else None
    return count is None or count <= repeat.max_frequency


def _used_alone(text: str, start: int, end: int, english: bool, rules: NameRules) -> bool:
    """Whether the use text[start:end] of a name stands alone on its line.

    Not glued to letters or digits, not inside a run of capitalised words (an
    English name), a longer Chinese word (the word view), a 《》 title or a
    web or mail address.
    """
    if not _stands_alone(text, start, end):
        return False
    if english and _inside_english_run(text, start, end):
        return False
    if not english and not ((start == 0 or word_ends(text, start)) and word_ends(text, end)):
        return False
    if text.rfind("《", 0, start) > text.rfind("》", 0, start):
        return False
    token_start = max(text.rfind(" ", 0, start), text.rfind("\t", 0, start)) + 1
    token_end = len(text) if (space := text.find(" ", end)) < 0 else space
    return ADDRESS.search(text, token_start, token_end) is None
