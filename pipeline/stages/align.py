"""Bilingual pairing: Chinese lines with their English translations, and the mentions they share.

Press releases often print each Chinese paragraph followed by its English
translation. Within one document this stage

1. pairs each Chinese article line with the English line that translates it
   (`align_lines`), from evidence that needs no model: equal figures and
   dates, shared digits and Latin tokens, entries of the bilingual lexicon
   (`rules/lexicon.yaml`) found on both sides, the length ratio and the
   position (adjacent paragraphs, or the same place in a run of Chinese
   lines followed by a run of English ones);
2. links the mentions of each pair that denote the same thing
   (`link_mentions`): figures of equal value and unit, dates of equal range,
   organisations and projects through the lexicon, shared Latin tokens, an
   English name written in brackets after the Chinese one, or, for names
   left over in equal number on both sides, their order;
3. lists the translation drift (`find_drift`): figures and dates of a
   paired line with no counterpart, or a different value, in the other.

Everything is pure: article lines and mentions in, frozen records out. A
document without both Chinese and English article lines costs nothing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.core.entity import REGISTRY
from pipeline.core.records import LineContext, Mention
from pipeline.rules import schema
from pipeline.rules.ruleset import RuleSet
from pipeline.text.patterns import literal_pattern

RULE_FILE = "lexicon"
LEXICON_KINDS = ("place", "organisation", "project", "term")
NAME_TABLES = ("organisations", "projects")
VALUE_TABLES = ("figures", "dates")

# Line pairing settings: a pair needs this score, and lines need this much text.
MIN_PAIR_SCORE = 0.42
MIN_HAN_CHARS = 4
MIN_EN_WORDS = 3
# A pair found by evidence needs this share of the evidence its lines offer confirmed: place and
# length alone come close to MIN_PAIR_SCORE, and one common word must not carry two neighbours.
MIN_EVIDENCE = 0.3
# The smaller language must hold this share of the lines of the larger one: a Chinese page with a
# few English lines (a site name, a credit) or the reverse is not a translated document.
MIN_SIDE_SHARE = 0.3
# A line pair taken from the layout alone (between two pairs found by evidence) needs this length fit.
LAYOUT_MIN_LENGTH = 0.5
# English words per Chinese character in translated press text: log-normal around this.
LENGTH_RATIO = 0.62
LENGTH_SIGMA = 0.6
# Weights of the evidence, the length ratio and the position in a pair's score.
WEIGHT_EVIDENCE, WEIGHT_LENGTH, WEIGHT_POSITION = 0.6, 0.15, 0.25
# Leftover figures of one unit at most this far apart (share of the line) are the same figure, changed.
DIFFERS_MAX_SHIFT = 0.2

_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&\-]*[A-Za-z0-9]|[A-Za-z]")
_EN_WORD = re.compile(r"[A-Za-z]+")
# What may stand between two Latin words of one phrase: spaces, an apostrophe, a hyphen.
_PHRASE_GAP = re.compile(r"[ \t'’\-]+")
_BRACKETED_LATIN = re.compile(r"\s*[（(]\s*([A-Za-z][^()（）]{0,80}?)\s*[)）]")
# Latin tokens of Chinese lines that say nothing about which English line translates them.
_WEAK_LATIN = frozenset({"a", "i", "n", "x"})
_SMALL_NUMERALS = "零一二三四五六七八九十"


# ---------------------------------------------------------------------------
# The lexicon


@dataclass(frozen=True)
class LexiconEntry:
    """One name or term in both languages."""

    id: str
    kind: str
    zh: tuple[str, ...]
    en: tuple[str, ...]


# Texts whose lexicon forms are kept before the memory starts again (bounds it on long runs).
LEXICON_CACHE_SIZE = 100_000


@dataclass(frozen=True)
class Lexicon:
    """The compiled lexicon: one alternation per language, longest forms first."""

    entries: Mapping[str, LexiconEntry]
    zh_forms: Mapping[str, str]  # form -> entry id
    en_forms: Mapping[str, str]  # lower-cased form -> entry id
    zh_pattern: re.Pattern[str] | None
    en_pattern: re.Pattern[str] | None
    # What a text was found to hold, kept: names are compared pair by pair, each many times.
    found: dict[tuple[str, str], list[tuple[int, int, str]]] = field(default_factory=dict, compare=False)

    def find_zh(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entry id) of every Chinese form in `text`, longest first at each place."""
        if self.zh_pattern is None:
            return []
        return self._remembered("zh", text, self.zh_pattern, self.zh_forms, lower=False)

    def find_en(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entry id) of every English form in `text` (case-insensitive, whole words)."""
        if self.en_pattern is None:
            return []
        return self._remembered("en", text, self.en_pattern, self.en_forms, lower=True)

    def _remembered(
        self, language: str, text: str, pattern: re.Pattern[str], forms: Mapping[str, str], lower: bool
    ) -> list[tuple[int, int, str]]:
        key = (language, text)
        hit = self.found.get(key)
        if hit is None:
            if len(self.found) > LEXICON_CACHE_SIZE:
                self.found.clear()
            hit = self.found[key] = [
                (m.start(), m.end(), forms[m.group().lower() if lower else m.group()])
                for m in pattern.finditer(text)
            ]
        return hit


LEXICON_EXAMPLE = schema.Mapping({"text": schema.Str(), "en": schema.Str()}, required=("text", "en"))
SCHEMA = schema.Mapping(
    {
        "entries": schema.ListOf(
            schema.Mapping(
                {
                    "id": schema.Str(),
                    "kind": schema.Str(choices=LEXICON_KINDS),
                    "zh": schema.ListOf(schema.Str(), min_items=1),
                    "en": schema.ListOf(schema.Str(), min_items=1),
                    "examples": schema.ListOf(LEXICON_EXAMPLE, min_items=1),
                },
                required=("id", "kind", "zh", "en", "examples"),
            ),
            unique="id",
        )
    },
    required=("entries",),
)


def compile_lexicon(ruleset: RuleSet) -> Lexicon:
    """Validate and compile `lexicon.yaml` of a rule set (use `ruleset.compiled(compile_lexicon)`).

    A form listed under two entries is an error: it could not tell which one a text names.
    """
    data = ruleset.file(RULE_FILE)
    path = ruleset.path(RULE_FILE)
    schema.check(data, SCHEMA, path)
    entries: dict[str, LexiconEntry] = {}
    zh_forms: dict[str, str] = {}
    en_forms: dict[str, str] = {}
    for item in data["entries"]:
        entry = LexiconEntry(
            id=str(item["id"]),
            kind=str(item["kind"]),
            zh=tuple(str(form) for form in item["zh"]),
            en=tuple(str(form) for form in item["en"]),
        )
        where = schema.Where(path, getattr(item, "line", None), f"entries.{entry.id}")
        for forms, key in ((zh_forms, lambda form: form), (en_forms, str.lower)):
            for form in entry.zh if forms is zh_forms else entry.en:
                if key(form) in forms and forms[key(form)] != entry.id:
                    raise where.fail(f"form {form!r} is also listed under {forms[key(form)]!r}")
                forms[key(form)] = entry.id
        entries[entry.id] = entry
    return Lexicon(
        entries=entries,
        zh_forms=zh_forms,
        en_forms=en_forms,
        zh_pattern=_alternation(zh_forms, words=False),
        en_pattern=_alternation(en_forms, words=True),
    )


def _alternation(forms: Iterable[str], words: bool) -> re.Pattern[str] | None:
    """Any of `forms`, longest first at a place; a trie (`literal_pattern`), so a line is scanned once
    instead of trying every form at every character."""
    forms = {form.lower() if words else form for form in forms if form}
    if not forms:
        return None
    body = literal_pattern(forms)
    if words:
        return re.compile(rf"(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])", re.IGNORECASE)
    return re.compile(body)


# ---------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class LinePair:
    """A Chinese line and the English line that translates it."""

    zh_line_no: int
    en_line_no: int
    score: float
    evidence: str


@dataclass(frozen=True)
class MentionLink:
    """A Chinese mention and an English one that denote the same thing, within a line pair.

    `relation` is `same`, or `value_differs` for a figure or date whose value
    the translation changed. `name_zh`/`name_en` are the two names of a linked
    organisation or project.
    """

    table: str
    zh_mention_id: str
    en_mention_id: str
    zh_line_no: int
    en_line_no: int
    relation: str
    evidence: str
    name_zh: str | None = None
    name_en: str | None = None


@dataclass(frozen=True)
class Drift:
    """A figure or date of a paired line with no counterpart in the other line, or a different value.

    `kind` is `missing_in_en`, `missing_in_zh` or `value_differs`. A side
    without a mention keeps its line number and has no span.
    `in_other_text` tells whether the missing value is written in the other
    line anyway (a mention the extractors did not find, not a translation gap).
    """

    table: str
    kind: str
    zh_line_no: int
    en_line_no: int
    zh: Mention | None
    en: Mention | None
    in_other_text: bool | None = None


@dataclass(frozen=True)
class Bilingual:
    """What pairing found in one document."""

    pairs: tuple[LinePair, ...] = ()
    links: tuple[MentionLink, ...] = ()
    drift: tuple[Drift, ...] = ()


# ---------------------------------------------------------------------------
# Line features and pairing


@dataclass(frozen=True)
class _Line:
    index: int  # place among the article lines
    line_no: int
    lang: str
    text: str
    size: float  # Han characters (zh) or words (en)
    values: tuple[tuple, ...]  # figure and date keys, with repeats
    numbers: frozenset[str]  # of two characters or more: a lone digit (a list mark, a month) says little
    digits: frozenset[str]  # every number written in digits
    latin: frozenset[str]  # Chinese line: Latin phrases; English line: Latin tokens
    lexicon: frozenset[str]
    words: str = ""  # English line: its Latin tokens in order, space-separated and space-framed


def _side(line: LineContext) -> tuple[str | None, float]:
    """The side a line can be paired on (or None), and its size: Han characters (plus 1.5 per
    English word) of a Chinese line, words of an English one."""
    if line.lang == "zh":
        han = sum(map(len, _HAN_RUN.findall(line.norm_text)))
        if han >= MIN_HAN_CHARS:
            return "zh", han + 1.5 * len(_EN_WORD.findall(line.norm_text))
    elif line.lang == "en":
        words = len(_EN_WORD.findall(line.norm_text))
        if words >= MIN_EN_WORDS:
            return "en", float(words)
    return None, 0.0


def value_key(mention: Mention) -> tuple | None:
    """What must be equal for two figures or two dates to be the same: unit and values, or the range."""
    fields = mention.fields
    if mention.table == "figures":
        values = tuple(_rounded(fields.get(name)) for name in ("value", "value_low", "value_high"))
        if all(value is None for value in values) or not fields.get("unit"):
            return None
        return ("figures", fields.get("unit"), *values)
    if mention.table == "dates":
        if fields.get("start_date") is None and fields.get("end_date") is None:
            return None
        return ("dates", fields.get("start_date"), fields.get("end_date"))
    return None


def _rounded(value: Any) -> float | None:
    if value is None:
        return None
    value = float(value)
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, 6 - int(math.floor(math.log10(abs(value)))))


def _numbers(text: str) -> frozenset[str]:
    found = set()
    for number in _NUMBER.findall(text):
        if "," in number:
            number = _THOUSANDS_COMMA.sub("", number)
        found.add(number.rstrip("0").rstrip(".") if "." in number else number)
    return frozenset(found)


def _features(
    index: int, line: LineContext, lang: str, size: float, mentions: Sequence[Mention], lexicon: Lexicon
) -> _Line:
    text = line.norm_text
    # A relative date (`this year`, `今年`) is in many lines that do not translate each other.
    stated = (mention for mention in mentions if mention.fields.get("resolution", "explicit") == "explicit")
    values = tuple(key for key in map(value_key, stated) if key is not None)
    if lang == "zh":
        found = lexicon.find_zh(text)
        latin = _latin_phrases(text) - _WEAK_LATIN
        words = ""
    else:
        found = lexicon.find_en(text)
        tokens = [token.lower() for token in _LATIN.findall(text)]
        latin = set(tokens)
        words = f" {' '.join(tokens)} "
    digits = _numbers(text)
    return _Line(
        index=index,
        line_no=line.line_no,
        lang=lang,
        text=text,
        size=size,
        values=values,
        numbers=frozenset(number for number in digits if len(number) > 1),
        digits=digits,
        latin=frozenset(latin),
        lexicon=frozenset(entry for _, _, entry in found),
        words=words,
    )


def _latin_phrases(text: str) -> set[str]:
    """The Latin words of a Chinese line, a run of words joined by spaces kept as one phrase.

    An English quote or name inside a Chinese line is evidence only when the
    English line holds it whole; its words one by one (`the`, `city`) would
    match any English line.
    """
    phrases: list[list[str]] = []
    end = -1
    for match in _LATIN.finditer(text):
        if phrases and _PHRASE_GAP.fullmatch(text, end, match.start()):
            phrases[-1].append(match.group().lower())
        else:
            phrases.append([match.group().lower()])
        end = match.end()
    return {" ".join(words) for words in phrases}


def _shared_latin(zh: _Line, en: _Line) -> int:
    return sum(
        1 for phrase in zh.latin if (f" {phrase} " in en.words if " " in phrase else phrase in en.latin)
    )


def _multiset_overlap(first: Sequence, second: Sequence) -> int:
    remaining = list(second)
    shared = 0
    for item in first:
        if item in remaining:
            remaining.remove(item)
            shared += 1
    return shared


def _position(zh: _Line, en: _Line, runs: Mapping[int, tuple[int, int, int]]) -> tuple[float, str]:
    """How much the places of two lines say they are a pair: 1 adjacent or same place in facing runs."""
    zh_run, en_run = runs[zh.index], runs[en.index]
    facing = abs(zh_run[0] - en_run[0]) == 1 and zh_run[2] == en_run[2]
    if facing and zh_run[1] == en_run[1]:
        return 1.0, "run"
    distance = abs(zh.index - en.index)
    if distance == 1:
        return 1.0, "adjacent"
    if facing:
        return 0.5, "facing"
    if distance <= 3:
        return 0.3, "near"
    return 0.0, "far"


def _runs(sides: Sequence[tuple[int, str]]) -> dict[int, tuple[int, int, int]]:
    """Article index -> (run number, place in the run, run length) for runs of one language."""
    runs: dict[int, tuple[int, int, int]] = {}
    number, members, previous = -1, [], None
    groups: list[list[int]] = []
    for index, side in sides:
        if side != previous or (members and index != members[-1] + 1):
            members = []
            groups.append(members)
            number += 1
        members.append(index)
        previous = side
    for number, members in enumerate(groups):
        for place, index in enumerate(members):
            runs[index] = (number, place, len(members))
    return runs


def _pair_score(
    zh: _Line, en: _Line, runs: Mapping[int, tuple[int, int, int]]
) -> tuple[float, float, tuple[Any, ...]]:
    """The score of a pair, the share of the evidence confirmed, and the parts `_described` writes out."""
    values = _multiset_overlap(zh.values, en.values)
    numbers = len(zh.numbers & en.numbers)
    latin = _shared_latin(zh, en)
    lexicon = len(zh.lexicon & en.lexicon)
    shared = 2.0 * values + numbers + 1.5 * latin + lexicon
    possible = _possible(zh, en)
    # Share of the evidence either line offers that the other one confirms, damped for little evidence.
    evidence = shared / (possible + 1.0) if possible else 0.0
    length = _length_fit(zh, en)
    position, place = _position(zh, en, runs)
    score = WEIGHT_EVIDENCE * evidence + WEIGHT_LENGTH * length + WEIGHT_POSITION * position
    return score, evidence, (values, numbers, latin, lexicon, evidence, length, place)


def _described(parts: tuple[Any, ...]) -> str:
    values, numbers, latin, lexicon, evidence, length, place = parts
    return (
        f"values={values};numbers={numbers};latin={latin};lexicon={lexicon};"
        f"evidence={evidence:.2f};length={length:.2f};position={place}"
    )


def _possible(zh: _Line, en: _Line) -> float:
    """The evidence two lines could share at most (the denominator of their confirmed share)."""
    return (
        2.0 * max(len(zh.values), len(en.values))
        + max(len(zh.numbers), len(en.numbers))
        + 1.5 * len(zh.latin)
        + max(len(zh.lexicon), len(en.lexicon))
    )


def _contradicts(zh: _Line, en: _Line) -> bool:
    """True when the numbers of two lines say they are two statements, not one and its translation.

    Translated press text keeps its numbers: two lines that both state figures,
    dates or numbers and share none (a shared lone digit, a list mark, does not
    count), or a line with digits facing a line with no number at all,
    contradict each other however well their words and places
    agree. A figure found on one side only (a Chinese numeral the extractor
    does not read, an English number word) is not enough to contradict.
    """
    if zh.numbers & en.numbers or _multiset_overlap(zh.values, en.values):
        return False
    if (zh.values or zh.numbers) and (en.values or en.numbers):
        return True
    if zh.digits & en.digits:
        return False
    return bool(zh.digits or en.digits)


def _layout_pairs(
    features: Mapping[int, _Line], anchors: Sequence[tuple[_Line, _Line]]
) -> list[tuple[_Line, _Line]]:
    """Pairs that the layout of the document gives between pairs found by evidence.

    When the pairs found by evidence follow the document in the same order on
    both sides (alternating paragraphs, or a Chinese block and an English
    block), a stretch between two of them (or before the first, or after the
    last) that holds as many unpaired Chinese lines as English ones is paired
    in order, all of its pairs or none. In a stretch of unequal counts (an
    untranslated caption or paragraph) a line is paired with its neighbour
    when every pair found by evidence is two neighbouring lines in one order,
    and otherwise with the one line of the stretch that shares a number, a
    figure, a date or a Latin word with it, if there is exactly one.
    Each such pair must fit in length and must not contradict itself.
    """
    if len(anchors) < 2:
        return []
    anchors = sorted(anchors, key=lambda pair: pair[0].index)
    if any(a[1].index >= b[1].index for a, b in zip(anchors, anchors[1:], strict=False)):
        return []
    steps = {en.index - zh.index for zh, en in anchors}
    step = steps.pop() if len(steps) == 1 and steps <= {1, -1} else None
    paired = {line.index for pair in anchors for line in pair}
    # In document order: a stretch is paired in order.
    free = sorted(
        (line for line in features.values() if line.index not in paired), key=lambda line: line.index
    )
    zh_free = [line for line in free if line.lang == "zh"]
    en_free = [line for line in free if line.lang == "en"]
    bounds = [(-1, -1), *((zh.index, en.index) for zh, en in anchors), (math.inf, math.inf)]
    found = []
    for (zh_low, en_low), (zh_high, en_high) in zip(bounds, bounds[1:], strict=False):
        zh_gap = [line for line in zh_free if zh_low < line.index < zh_high]
        en_gap = [line for line in en_free if en_low < line.index < en_high]
        if not zh_gap or not en_gap:
            continue
        if len(zh_gap) == len(en_gap):
            candidates = list(zip(zh_gap, en_gap, strict=True))
            if all(_fits(zh, en) for zh, en in candidates):
                found.extend(candidates)
            continue
        if step is not None:
            by_index = {line.index: line for line in en_gap}
            candidates = [(zh, by_index[zh.index + step]) for zh in zh_gap if zh.index + step in by_index]
        else:
            candidates = _only_partners(
                [(zh, en) for zh in zh_gap for en in en_gap if _shares_content(zh, en)]
            )
        found.extend((zh, en) for zh, en in candidates if _fits(zh, en))
    return found


def _fits(zh: _Line, en: _Line) -> bool:
    return _length_fit(zh, en) >= LAYOUT_MIN_LENGTH and not _contradicts(zh, en)


def _shares_content(zh: _Line, en: _Line) -> bool:
    return bool(zh.numbers & en.numbers or _multiset_overlap(zh.values, en.values) or _shared_latin(zh, en))


def _only_partners(options: Sequence[tuple[_Line, _Line]]) -> list[tuple[_Line, _Line]]:
    """The options whose two lines appear in no other option."""
    zh_count = Counter(zh.index for zh, _ in options)
    en_count = Counter(en.index for _, en in options)
    return [(zh, en) for zh, en in options if zh_count[zh.index] == 1 and en_count[en.index] == 1]


def _length_fit(zh: _Line, en: _Line) -> float:
    """1 for the usual number of English words per Chinese character, towards 0 far from it."""
    ratio = (en.size + 1.0) / (zh.size + 1.0)
    return math.exp(-((math.log(ratio / LENGTH_RATIO)) ** 2) / (2 * LENGTH_SIGMA**2))


def _candidates(
    zh_lines: Sequence[_Line],
    en_lines: Sequence[_Line],
    runs: Mapping[int, tuple[int, int, int]],
    bounded: bool = True,
) -> list[tuple[float, int, int, int, tuple[Any, ...]]]:
    """(score, -distance, zh index, en index, parts) of every pair that may be taken on its evidence.

    With `bounded`, only pairs whose shared evidence could reach MIN_EVIDENCE
    are scored (the others could not be taken): an upper bound from set
    intersections, far cheaper than `_pair_score`. The result is the same
    (tested against `bounded=False`, which scores every pair).
    """
    en_bounds = [
        (en, frozenset(en.values), en.numbers, en.lexicon, len(en.values), len(en.numbers), len(en.lexicon))
        for en in en_lines
    ]
    candidates = []
    for zh in zh_lines:
        zh_values = frozenset(zh.values)
        values, numbers, latin, lexicon = (
            len(zh.values),
            len(zh.numbers),
            1.5 * len(zh.latin),
            len(zh.lexicon),
        )
        firsts = [phrase.split(" ", 1)[0] for phrase in zh.latin]
        for en, en_value_set, en_numbers_set, en_lexicon_set, en_values, en_numbers, en_lexicon in en_bounds:
            if bounded:
                shared = len(zh.numbers & en_numbers_set) + len(zh.lexicon & en_lexicon_set)
                if zh_values & en_value_set:
                    shared += 2.0 * min(values, en_values)
                if firsts:
                    shared += 1.5 * sum(first in en.latin for first in firsts)
                # `_possible`, written out: it is asked for every pair.
                possible = (
                    2.0 * max(values, en_values) + max(numbers, en_numbers) + latin + max(lexicon, en_lexicon)
                )
                if shared < MIN_EVIDENCE * (possible + 1.0) - 1e-9:
                    continue
            score, confirmed, parts = _pair_score(zh, en, runs)
            if score >= MIN_PAIR_SCORE and confirmed >= MIN_EVIDENCE and not _contradicts(zh, en):
                candidates.append((score, -abs(zh.index - en.index), zh.index, en.index, parts))
    return candidates


def _measured(
    lines: Sequence[LineContext], mentions: Sequence[Mention], lexicon: Lexicon
) -> tuple[dict[int, _Line], dict[int, tuple[int, int, int]]] | None:
    """The features of the lines that can be paired, by article index, and their runs; None when
    the document has too few lines of one language (MIN_SIDE_SHARE)."""
    measured = [_side(line) for line in lines]
    sides = [(index, side) for index, (side, _) in enumerate(measured)]
    counts = [sum(side == lang for _, side in sides) for lang in ("zh", "en")]
    if not min(counts) or min(counts) < MIN_SIDE_SHARE * max(counts):
        return None
    by_line: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.table in VALUE_TABLES:
            by_line.setdefault(mention.line_no, []).append(mention)
    features = {
        index: _features(
            index, lines[index], side, measured[index][1], by_line.get(lines[index].line_no, ()), lexicon
        )
        for index, side in sides
        if side
    }
    runs = _runs([(index, side) for index, side in sides if side])
    return features, runs


def align_lines(
    lines: Sequence[LineContext], mentions: Sequence[Mention], lexicon: Lexicon
) -> tuple[LinePair, ...]:
    """Pair Chinese article lines with the English lines that translate them, one to one.

    Every possible pair is scored; the best pairs are taken first, each line
    at most once, while their score reaches MIN_PAIR_SCORE and their numbers
    do not contradict each other (`_contradicts`). Lines left between pairs
    taken that way are then paired by the layout (`_layout_pairs`); their
    evidence ends with `layout=gap` and their score may be lower.
    A document whose smaller language has fewer than MIN_SIDE_SHARE of the
    lines of the larger is not paired at all.
    """
    measured = _measured(lines, mentions, lexicon)
    if measured is None:
        return ()
    features, runs = measured
    zh_lines = [line for line in features.values() if line.lang == "zh"]
    en_lines = [line for line in features.values() if line.lang == "en"]
    candidates = _candidates(zh_lines, en_lines, runs)
    candidates.sort(key=lambda item: (-item[0], -item[1], item[2], item[3]))
    taken_zh: set[int] = set()
    taken_en: set[int] = set()
    pairs = []
    anchors = []
    for score, _, zh_index, en_index, parts in candidates:
        if zh_index in taken_zh or en_index in taken_en:
            continue
        taken_zh.add(zh_index)
        taken_en.add(en_index)
        zh, en = features[zh_index], features[en_index]
        anchors.append((zh, en))
        pairs.append(LinePair(zh.line_no, en.line_no, round(score, 4), _described(parts)))
    for zh, en in _layout_pairs(features, anchors):
        score, _, parts = _pair_score(zh, en, runs)
        pairs.append(LinePair(zh.line_no, en.line_no, round(score, 4), f"{_described(parts)};layout=gap"))
    return tuple(sorted(pairs, key=lambda pair: pair.zh_line_no))


# ---------------------------------------------------------------------------
# Mention links


def _place(mention: Mention, length: int) -> float:
    return (mention.start + mention.end) / 2 / max(length, 1)


def _closest_pairs(
    zh: Sequence[Mention], en: Sequence[Mention], zh_len: int, en_len: int, max_shift: float | None = None
) -> list[tuple[Mention, Mention]]:
    """Pair mentions one to one, closest relative places first."""
    options = sorted(
        (abs(_place(a, zh_len) - _place(b, en_len)), i, j)
        for i, a in enumerate(zh)
        for j, b in enumerate(en)
        if max_shift is None or abs(_place(a, zh_len) - _place(b, en_len)) <= max_shift
    )
    used_zh: set[int] = set()
    used_en: set[int] = set()
    chosen = []
    for _, i, j in options:
        if i in used_zh or j in used_en:
            continue
        used_zh.add(i)
        used_en.add(j)
        chosen.append((zh[i], en[j]))
    return chosen


def _link_values(
    table: str, zh: list[Mention], en: list[Mention], pair: LinePair, zh_len: int, en_len: int
) -> list[MentionLink]:
    links = []
    keys = {value_key(mention) for mention in zh} & {value_key(mention) for mention in en}
    for key in sorted((key for key in keys if key is not None), key=repr):
        same_zh = [mention for mention in zh if value_key(mention) == key]
        same_en = [mention for mention in en if value_key(mention) == key]
        for a, b in _closest_pairs(same_zh, same_en, zh_len, en_len):
            evidence = "equal value and unit" if table == "figures" else "equal range"
            if table == "figures" and a.fields.get("qualifier") != b.fields.get("qualifier"):
                evidence += f"; qualifier {a.fields.get('qualifier')} vs {b.fields.get('qualifier')}"
            links.append(
                MentionLink(
                    table, a.mention_id, b.mention_id, pair.zh_line_no, pair.en_line_no, "same", evidence
                )
            )
    if table == "dates":  # relative dates without an article date: no range to compare, only the kind
        unresolved_zh = [mention for mention in zh if value_key(mention) is None]
        unresolved_en = [mention for mention in en if value_key(mention) is None]
        for a, b in _closest_pairs(unresolved_zh, unresolved_en, zh_len, en_len, DIFFERS_MAX_SHIFT):
            if a.fields.get("granularity") == b.fields.get("granularity"):
                evidence = "both unresolved, same granularity and place in the line"
                links.append(
                    MentionLink(
                        table, a.mention_id, b.mention_id, pair.zh_line_no, pair.en_line_no, "same", evidence
                    )
                )
    linked = {link.zh_mention_id for link in links} | {link.en_mention_id for link in links}
    rest_zh = [
        mention for mention in zh if mention.mention_id not in linked and value_key(mention) is not None
    ]
    rest_en = [
        mention for mention in en if mention.mention_id not in linked and value_key(mention) is not None
    ]
    kinds: dict[Any, tuple[list[Mention], list[Mention]]] = {}
    for side, mentions in ((0, rest_zh), (1, rest_en)):
        for mention in mentions:
            kind = mention.fields.get("unit") if table == "figures" else mention.fields.get("granularity")
            kinds.setdefault(kind, ([], []))[side].append(mention)
    for kind, (left, right) in sorted(kinds.items(), key=lambda item: repr(item[0])):
        for a, b in _closest_pairs(left, right, zh_len, en_len, DIFFERS_MAX_SHIFT):
            what = "unit" if table == "figures" else "granularity"
            evidence = f"same {what} {kind}, same place in the line, different value"
            links.append(
                MentionLink(
                    table,
                    a.mention_id,
                    b.mention_id,
                    pair.zh_line_no,
                    pair.en_line_no,
                    "value_differs",
                    evidence,
                )
            )
    return links


def _name_of(mention: Mention) -> str:
    return str(mention.fields.get("name") or mention.norm_text)


@dataclass(frozen=True)
class _Name:
    """What a name is compared by: its text, the lexicon forms in it, its Latin words and numbers."""

    text: str
    found: tuple[tuple[int, int, str], ...]
    whole: frozenset[str]  # entries whose form is the whole name
    entries: frozenset[str]
    latin: frozenset[str]


def _name(mention: Mention, side: str, lexicon: Lexicon, known: dict[tuple[str, str], _Name]) -> _Name:
    """The `_Name` of a mention of the `side` line, kept in `known`: it meets every name of the other line."""
    name = known.get((side, mention.mention_id))
    if name is None:
        text = _name_of(mention)
        found = tuple(lexicon.find_zh(text) if side == "zh" else lexicon.find_en(text))
        name = known[side, mention.mention_id] = _Name(
            text=text,
            found=found,
            whole=frozenset(entry for start, end, entry in found if start == 0 and end == len(text)),
            entries=frozenset(entry for _, _, entry in found),
            latin=frozenset(token.lower() for token in _LATIN.findall(text)) | _numbers(text),
        )
    return name


def _name_similarity(zh: _Name, en: _Name) -> tuple[float, str]:
    """How surely two names name the same thing, and why (0 when nothing says so)."""
    if zh.whole & en.whole:
        return 3.0, f"lexicon:{min(zh.whole & en.whole)}"
    shared_entries = sorted(zh.entries & en.entries)
    shared_latin = sorted(zh.latin & en.latin)
    if not shared_entries and not shared_latin:
        return 0.0, ""
    latin_chars = sum(len(token) for token in shared_latin)
    zh_cover = (
        sum(end - start for start, end, entry in zh.found if entry in en.entries) + latin_chars
    ) / max(len(zh.text), 1)
    en_cover = (
        sum(end - start for start, end, entry in en.found if entry in zh.entries) + latin_chars
    ) / max(len(en.text), 1)
    shared = len(shared_entries) + len(shared_latin)
    if zh_cover >= 0.45 and en_cover >= 0.3 and (shared >= 2 or min(zh_cover, en_cover) >= 0.6):
        parts = [f"lexicon:{'+'.join(shared_entries)}"] if shared_entries else []
        if shared_latin:
            parts.append(f"latin:{'+'.join(shared_latin)}")
        why = f"name words matched: {zh_cover:.0%} of the Chinese, {en_cover:.0%} of the English"
        return 1.0 + (zh_cover + en_cover) / 2, f"{why} ({', '.join(parts)})"
    return 0.0, ""


def _bracketed_english(mention: Mention, zh_text: str) -> str | None:
    """An English name written in brackets right after a Chinese name on its line."""
    end = zh_text.find(mention.norm_text)
    if end < 0:
        return None
    match = _BRACKETED_LATIN.match(zh_text, end + len(mention.norm_text))
    return match.group(1) if match else None


def _link_names(
    table: str,
    zh: list[Mention],
    en: list[Mention],
    pair: LinePair,
    zh_text: str,
    zh_len: int,
    en_len: int,
    lexicon: Lexicon,
    known: dict[tuple[str, str], _Name],
) -> list[MentionLink]:
    options = []
    en_names = [_name(b, "en", lexicon, known) for b in en]
    for i, a in enumerate(zh):
        bracketed = _bracketed_english(a, zh_text)
        zh_name = _name(a, "zh", lexicon, known)
        for j, b in enumerate(en):
            if bracketed and bracketed.lower() in en_names[j].text.lower():
                score, why = 2.5, f"english name in brackets: {bracketed}"
            else:
                score, why = _name_similarity(zh_name, en_names[j])
            if score > 0:
                shift = abs(_place(a, zh_len) - _place(b, en_len))
                options.append((-score, shift, i, j, why))
    options.sort()
    used_zh: set[int] = set()
    used_en: set[int] = set()
    links = []
    for _, _, i, j, why in options:
        if i in used_zh or j in used_en:
            continue
        used_zh.add(i)
        used_en.add(j)
        links.append(_name_link(table, zh[i], en[j], pair, why))
    rest_zh = [mention for i, mention in enumerate(zh) if i not in used_zh]
    rest_en = [mention for j, mention in enumerate(en) if j not in used_en]
    if rest_zh and len(rest_zh) == len(rest_en):
        for a, b in zip(rest_zh, rest_en, strict=True):
            if _kind_of(a) == _kind_of(b):
                links.append(
                    _name_link(
                        table, a, b, pair, f"order: {len(rest_zh)} names of this type left on each side"
                    )
                )
    return links


def _kind_of(mention: Mention) -> Any:
    return mention.fields.get("org_kind") or mention.fields.get("project_kind")


def _name_link(table: str, zh: Mention, en: Mention, pair: LinePair, why: str) -> MentionLink:
    return MentionLink(
        table,
        zh.mention_id,
        en.mention_id,
        pair.zh_line_no,
        pair.en_line_no,
        "same",
        why,
        name_zh=_name_of(zh),
        name_en=_name_of(en),
    )


def link_mentions(
    pairs: Sequence[LinePair], lines: Sequence[LineContext], mentions: Sequence[Mention], lexicon: Lexicon
) -> tuple[MentionLink, ...]:
    """Link the mentions of each line pair that denote the same thing."""
    if not pairs:
        return ()
    texts = {line.line_no: line.norm_text for line in lines}
    by_line: dict[tuple[int, str], list[Mention]] = {}
    for mention in mentions:
        by_line.setdefault((mention.line_no, mention.table), []).append(mention)
    links: list[MentionLink] = []
    known: dict[tuple[str, str], _Name] = {}
    for pair in pairs:
        zh_text, en_text = texts.get(pair.zh_line_no, ""), texts.get(pair.en_line_no, "")
        zh_len, en_len = len(zh_text), len(en_text)
        for table in (*VALUE_TABLES, *NAME_TABLES):
            zh = by_line.get((pair.zh_line_no, table), [])
            en = by_line.get((pair.en_line_no, table), [])
            if not zh or not en:
                continue
            if table in VALUE_TABLES:
                links.extend(_link_values(table, zh, en, pair, zh_len, en_len))
            else:
                links.extend(_link_names(table, zh, en, pair, zh_text, zh_len, en_len, lexicon, known))
    return tuple(links)


# ---------------------------------------------------------------------------
# Drift


def value_forms(mention: Mention) -> set[str]:
    """Ways the number of a figure or the years of a date may be written in the other language."""
    forms: set[str] = set()
    if mention.table == "figures":
        for name in ("value", "value_low", "value_high"):
            value = mention.fields.get(name)
            if value is None:
                continue
            forms |= _numbers(mention.raw_text)
            if float(value).is_integer() and 0 <= value <= 10:
                forms.add(_SMALL_NUMERALS[int(value)])
                forms.add(str(int(value)))
    elif mention.table == "dates":
        for name in ("start_date", "end_date"):
            day = mention.fields.get(name)
            if day is not None:
                forms.add(str(day.year))
    return forms


_EN_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _written_in(mention: Mention, other_text: str) -> bool:
    forms = value_forms(mention)
    if not forms:
        return False
    numbers = _numbers(other_text)
    lowered = other_text.lower()
    for form in forms:
        if form in numbers or (
            not form.isdigit() and not form.replace(".", "").isdigit() and form in other_text
        ):
            return True
        if form.isdigit() and int(form) <= 10 and re.search(rf"\b{_EN_SMALL[int(form)]}\b", lowered):
            return True
    return False


def find_drift(
    pairs: Sequence[LinePair],
    links: Sequence[MentionLink],
    lines: Sequence[LineContext],
    mentions: Sequence[Mention],
) -> tuple[Drift, ...]:
    """Figures and dates of paired lines that the other line lacks or gives another value."""
    if not pairs:
        return ()
    texts = {line.line_no: line.norm_text for line in lines}
    by_id = {mention.mention_id: mention for mention in mentions}
    linked_same = {
        mention_id
        for link in links
        if link.relation == "same"
        for mention_id in (link.zh_mention_id, link.en_mention_id)
    }
    differs = [link for link in links if link.relation == "value_differs"]
    in_differs = {mention_id for link in differs for mention_id in (link.zh_mention_id, link.en_mention_id)}
    matched = linked_same | in_differs
    unmatched: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.table in VALUE_TABLES and mention.mention_id not in matched:
            unmatched.setdefault(mention.line_no, []).append(mention)
    order = {id(mention): place for place, mention in enumerate(mentions)}
    differs_of: dict[tuple[int, int], list[MentionLink]] = {}
    for link in differs:
        differs_of.setdefault((link.zh_line_no, link.en_line_no), []).append(link)
    drift: list[Drift] = []
    for pair in pairs:
        for link in differs_of.get((pair.zh_line_no, pair.en_line_no), ()):
            drift.append(
                Drift(
                    link.table,
                    "value_differs",
                    pair.zh_line_no,
                    pair.en_line_no,
                    by_id[link.zh_mention_id],
                    by_id[link.en_mention_id],
                )
            )
        # In the order of `mentions`, both lines together.
        both = [*unmatched.get(pair.zh_line_no, ()), *unmatched.get(pair.en_line_no, ())]
        for mention in sorted(both, key=lambda mention: order[id(mention)]):
            if mention.line_no == pair.zh_line_no:
                other = texts.get(pair.en_line_no, "")
                drift.append(
                    Drift(
                        mention.table,
                        "missing_in_en",
                        pair.zh_line_no,
                        pair.en_line_no,
                        mention,
                        None,
                        _written_in(mention, other),
                    )
                )
            else:
                other = texts.get(pair.zh_line_no, "")
                drift.append(
                    Drift(
                        mention.table,
                        "missing_in_zh",
                        pair.zh_line_no,
                        pair.en_line_no,
                        None,
                        mention,
                        _written_in(mention, other),
                    )
                )
    return tuple(drift)


# ---------------------------------------------------------------------------
# The stage


def pair_document(lines: Sequence[LineContext], mentions: Sequence[Mention], ruleset: RuleSet) -> Bilingual:
    """Line pairs, mention links and drift of one document (empty unless it has both languages)."""
    if not {"zh", "en"} <= {line.lang for line in lines}:
        return Bilingual()
    lexicon = ruleset.compiled(compile_lexicon)
    pairs = align_lines(lines, mentions, lexicon)
    links = link_mentions(pairs, lines, mentions, lexicon)
    return Bilingual(pairs=pairs, links=links, drift=find_drift(pairs, links, lines, mentions))


def describe_mention(mention: Mention | None) -> str | None:
    """The value of a mention in a few words (its type's own description)."""
    if mention is None:
        return None
    return REGISTRY.get(mention.table).describe(mention.fields)
