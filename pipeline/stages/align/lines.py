"""Line pairing: each Chinese article line with the English line that translates it, one to one.

Evidence needs no model: equal figures and dates, shared numbers and Latin
words, lexicon entries found on both sides, the length ratio and the
position. Pairs are first taken on their evidence, precision first; the
layout of the document then pairs the lines left between them
(`align_lines`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.core.records import LineContext, Mention
from pipeline.stages.align.lexicon import Lexicon
from pipeline.stages.align.records import LinePair

VALUE_TABLES = ("figures", "dates")

# Line pairing settings: a pair needs this score, and lines need this much text.
MIN_PAIR_SCORE = 0.42
MIN_HAN_CHARS = 4
MIN_EN_WORDS = 3
# A pair found by evidence needs this share of the evidence its lines offer confirmed: place and
# length alone come close to MIN_PAIR_SCORE, and one common word must not carry two neighbours.
MIN_EVIDENCE = 0.35
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

_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9&\-]*[A-Za-z0-9]|[A-Za-z]")
_EN_WORD = re.compile(r"[A-Za-z]+")
# What may stand between two Latin words of one phrase: spaces, an apostrophe, a hyphen.
_PHRASE_GAP = re.compile(r"[ \t'’\-]+")
# Latin tokens of Chinese lines that say nothing about which English line translates them.
_WEAK_LATIN = frozenset({"a", "i", "n", "x"})


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


def numbers_in(text: str) -> frozenset[str]:
    """The numbers written in digits in `text`, without thousands commas or trailing decimal zeros."""
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
        tokens = [token.lower() for token in LATIN_TOKEN.findall(text)]
        latin = set(tokens)
        words = f" {' '.join(tokens)} "
    digits = numbers_in(text)
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
    for match in LATIN_TOKEN.finditer(text):
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


def one_to_one(options: Sequence[tuple]) -> list[tuple]:
    """The options, best first, that share neither side with a better one (greedy matching).

    Each option is `(..., left index, right index, ...)` with the indices at
    positions 2 and 3, as line candidates and mention links write them.
    """
    taken_left: set[int] = set()
    taken_right: set[int] = set()
    kept = []
    for option in options:
        left, right = option[2], option[3]
        if left in taken_left or right in taken_right:
            continue
        taken_left.add(left)
        taken_right.add(right)
        kept.append(option)
    return kept


def _layout_pairs(
    features: Mapping[int, _Line],
    anchors: Sequence[tuple[_Line, _Line]],
    runs: Mapping[int, tuple[int, int, int]],
) -> list[tuple[_Line, _Line]]:
    """Pairs that the layout of the document gives between pairs found by evidence.

    When the pairs found by evidence follow the document in the same order on
    both sides (alternating paragraphs, or a Chinese block and an English
    block), a stretch between two of them (or before the first, or after the
    last) that holds as many unpaired Chinese lines as English ones is paired
    in order, all of its pairs or none. In a stretch of unequal counts (an
    untranslated caption or paragraph) a line is paired with its neighbour
    when every pair found by evidence is two neighbouring lines in one order
    and neither of the two has a line of its language next to it,
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
            # Neighbours that are each alone in their run: two Chinese lines before one English
            # line do not say which of them it translates.
            by_index = {line.index: line for line in en_gap if runs[line.index][2] == 1}
            candidates = [
                (zh, by_index[zh.index + step])
                for zh in zh_gap
                if zh.index + step in by_index and runs[zh.index][2] == 1
            ]
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
    pairs = []
    anchors = []
    for score, _, zh_index, en_index, parts in one_to_one(candidates):
        zh, en = features[zh_index], features[en_index]
        anchors.append((zh, en))
        pairs.append(LinePair(zh.line_no, en.line_no, round(score, 4), _described(parts)))
    for zh, en in _layout_pairs(features, anchors, runs):
        score, _, parts = _pair_score(zh, en, runs)
        pairs.append(LinePair(zh.line_no, en.line_no, round(score, 4), f"{_described(parts)};layout=gap"))
    return tuple(sorted(pairs, key=lambda pair: pair.zh_line_no))
