"""English counts whose counted noun stands elsewhere in the sentence (`english_elided_counts`).

News leaves the noun out after a verb of counting when the subject names it
(`electric taxis totalled 18,400`), after a word of comparison when an earlier
count of the sentence names it (`21 jets, up from 13`), after a part
opener (`Of the new firms, 86 are ...`), and before `of them` after a comma
(`64 new plants, 9 of them German-owned`). A bare number so placed is a count
of that noun. The number must end its phrase (a comma, a preposition, the
end of the line): a number followed by a word of its own is read by the
other rules or is no figure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from pipeline.extractors.figures.occupied import Occupied
from pipeline.extractors.figures.rules import FigureRules
from pipeline.text.numerals import parse_number

Candidate = tuple[int, int, str, dict]

# a bare English number: grouped thousands, or digits with a decimal part before a scale word
BARE_NUMBER = re.compile(
    r"(?<![\w.,$€£¥%/-])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?![\d,])|\d+(?:\.\d+)?)"
    r"(?:\s+(?P<scale>million|billion|thousand))?(?![\w%$-]|[.,]\d)",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
CLAUSE_END = re.compile(r"[,.](?!\d)|[;:!?()\"“”]")
# `to` after the number: a range of its own (from 9 to 11), not one count compared
TO_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)
# how far back the verb, the subject or the earlier count is sought
LOOKBACK = 160
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# the number written as a year (2025) with no separator: never a count here
YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
# a part of a count named just before (52,000 flats, of which 31,000 are for sale)
OF_WHICH = re.compile(r",\s*(?:of|among)\s+(?:which|whom)\s+$", re.IGNORECASE)
# a part of a count named just before, the part told after the number (64 new plants, 9 of them
# German-owned; 46 projects, with 12 of these foreign-funded): opened by a comma, a semicolon or with
OF_THEM_AFTER = re.compile(r"\s+(?:of|among)\s+(?:them|these|those)\b", re.IGNORECASE)
PART_OPENED = re.compile(r"(?:[,;]|\bwith)\s*$", re.IGNORECASE)
# a line that is a label and its number (Registered startups: 2,315): the label names what is counted;
# the line may be an item of a list of results (- Ferry trips run: about 86,000, up 4%)
LABEL_LINE = re.compile(r"\s*(?:[-–•*·]\s+)?(?P<label>[A-Za-z][A-Za-z'\- ]*?)\s*:\s*$")
LINE_END = re.compile(
    r"(?:\s*,\s*(?i:up|down)\s+\d+(?:\.\d+)?\s*(?:%|(?i:percent|per\s+cent))(?:\s+(?i:year-on-year|yoy))?)?"
    r"\s*\.?\s*$"
)
# the end of a sentence before a number (a point that is no decimal point)
SENTENCE_BREAK = re.compile(r"[.;!?](?!\d)")
# the words, numbers and marks between a collective noun and its number
BETWEEN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d,.]*|\S")


def with_elided_counts(
    figures: Sequence[Candidate],
    text: str,
    rules: FigureRules,
    masked: tuple[list[int], list[int]],
) -> list[Candidate]:
    """`figures` plus the bare numbers of `text` that count a noun named elsewhere in their sentence."""
    kept = list(figures)
    taken = Occupied(figures)
    counts = _EarlierCounts(kept, text, rules)
    added = []
    for match in BARE_NUMBER.finditer(text):
        start, end = match.span()
        if taken.overlaps(start, end) or _in_mask(start, end, masked):
            continue
        value = _value(match)
        if value is None:
            continue
        ends = _ends_its_phrase(text, end, rules)
        of_them = OF_THEM_AFTER.match(text, end) is not None
        if not ends and not of_them and rules.elided_part_verb.match(text, end) is None:
            continue
        lead_start = max(0, start - LOOKBACK)
        lead = text[lead_start:start]
        qualifier, qualifier_start = _qualifier_before(lead, rules)
        before = lead[: len(lead) - qualifier_start] if qualifier else lead
        if of_them:
            noun = counts.last_before(start) if PART_OPENED.search(before) else None
            if noun is None:
                continue
        else:
            noun = _counted_noun(before, lead_start, start, ends, counts, text, rules)
        if noun is None and qualifier:
            # a qualifier that is itself a verb of counting (topped 2,000)
            noun = _counted_noun(lead, lead_start, start, ends, counts, text, rules)
        if noun is None:
            noun = _collective_counted(before, rules)
        if noun is None:
            continue
        fields = {
            "value": value,
            "value_low": None,
            "value_high": None,
            "unit": rules.count_unit,
            "counter": noun,
            "qualifier": rules.qualifier_before[qualifier] if qualifier else None,
        }
        added.append((start - qualifier_start, end, rules.elided_count_rule_id, fields))
        counts.add(added[-1])
    return sorted(kept + added, key=lambda figure: figure[0])


def _in_mask(start: int, end: int, masked: tuple[list[int], list[int]]) -> bool:
    """Whether `start`..`end` lies inside a mask (sorted, not overlapping: see `find._free`)."""
    starts, ends = masked
    index = bisect_right(starts, start) - 1
    return index >= 0 and end <= ends[index]


def _value(match: re.Match) -> float | None:
    """The count's value; None for a year, a decimal without a scale word, or no whole number."""
    written = match.group("num")
    digits = written.replace(",", "").replace(" ", "")
    scale = match.group("scale")
    if not scale and ("." in digits or YEAR_LIKE.fullmatch(written)):
        return None
    number = parse_number(digits)
    if number is None:
        return None
    value = number * SCALES[scale.lower()] if scale else number
    whole = round(value)
    # 4.1 million is 4099999.9999999995 in floating point
    return float(whole) if abs(value - whole) < 1e-6 * max(1.0, value) else None


def _ends_its_phrase(text: str, end: int, rules: FigureRules) -> bool:
    """True when a clause mark, the end of the line or a word of `after` follows the number."""
    rest = text[end:].lstrip()
    if not rest or CLAUSE_END.match(rest):
        return True
    word = WORD.match(rest)
    return word is not None and word.group().lower() in rules.elided_after


def _qualifier_before(lead: str, rules: FigureRules) -> tuple[str | None, int]:
    """The English qualifier ending `lead` (about, more than) and its length with the space after it."""
    match = rules.elided_qualifier.search(lead)
    if match is None:
        return None, 0
    return match.group("q").lower(), len(lead) - match.start("q")


def _counted_noun(
    before: str,
    offset: int,
    start: int,
    ends: bool,
    counts: _EarlierCounts,
    text: str,
    rules: FigureRules,
) -> str | None:
    """The noun the number at `start` counts: a verb of counting's subject, an earlier count, a part's whole,
    the label of a line that is a label and the number (Registered startups: 2,315).

    `before` is the text in front of the number (and of its qualifier), from `offset` on.
    """
    if OF_WHICH.search(before):
        return counts.last_before(offset + len(before))
    label = LABEL_LINE.fullmatch(before) if offset == 0 else None
    if label is not None and LINE_END.fullmatch(text, BARE_NUMBER.match(text, start).end()):
        return _subject_noun(label.group("label"), rules)
    if not ends:
        part = rules.elided_part.search(before)
        if part is None:
            return None
        noun = part.group("noun")
        return noun if _is_counted_plural(noun, rules) else None
    clause = CLAUSE_END.split(before)[-1]
    verb = rules.elided_verb.search(clause)
    if verb is not None:
        noun = _subject_noun(clause[: verb.start()], rules)
        if noun is not None and noun.lower() in rules.elided_pronouns:
            # hybrid ones reached 6,250: the noun of the sentence's earlier count
            return counts.last_before(offset + len(before) - len(clause))
        return noun
    change = rules.elided_change_from.search(clause)
    if change is not None:
        return _subject_noun(clause[: change.start()], rules)
    comparison = rules.elided_comparison.search(before)
    if comparison is not None and not TO_AFTER.match(text, BARE_NUMBER.match(text, start).end()):
        # (open from 9 to 11: hours, not a count of the stalls named before)
        return counts.last_before(offset + comparison.start())
    return None


def _collective_counted(before: str, rules: FigureRules) -> str | None:
    """What a collective noun of the sentence counts (population: people), when the number is its count.

    The noun stands before the number in its sentence with only `collective_links`,
    verbs of counting or change, qualifiers, commas and other numbers between
    (population of about 650,000; population, now about 120,000, is projected to
    exceed 260,000). A word of anything else between (population density of)
    and the number counts something else.
    """
    sentence = SENTENCE_BREAK.split(before)[-1]
    found = None
    for found in rules.elided_collective.finditer(sentence):  # noqa: B007 - the last one is wanted
        pass
    if found is None:
        return None
    between = sentence[found.end() :]
    words = 0
    for token in BETWEEN_TOKEN.findall(between):
        if token[0].isalpha():
            lower = token.lower()
            if lower not in rules.elided_collective_words:
                return None
            words += 1
        elif not (token[0].isdigit() or token == ","):
            return None
    return rules.elided_collectives[found.group().lower()] if words else None


def _subject_noun(words_before_verb: str, rules: FigureRules) -> str | None:
    """The first counted plural of the clause before the verb: the head of its subject."""
    words = WORD.findall(words_before_verb)
    if not words or len(words) > rules.elided_max_words:
        return None
    for word in words:
        lower = word.lower()
        if lower in rules.elided_not_counted:
            return None
        if _is_counted_plural(word, rules):
            return word
    return None


def _is_counted_plural(word: str, rules: FigureRules) -> bool:
    lower = word.lower()
    if lower in rules.elided_not_counted or lower in rules.english_stop_words:
        return False
    if lower in rules.english_nouns:
        return True
    return len(lower) > 3 and lower.endswith("s") and not rules.not_plural.search(lower)


def _earlier_count(figures: Sequence[Candidate], before: int, text: str, rules: FigureRules) -> str | None:
    """The counter of the last count of the sentence that ends before `before`.

    The plain reading, by a scan: `_EarlierCounts.last_before` gives the same
    without one (its test compares both).
    """
    sentence_start = max(text.rfind(". ", 0, before), text.rfind("; ", 0, before)) + 1
    counts = [
        fields["counter"]
        for start, end, _, fields in figures
        if sentence_start <= start
        and end <= before
        and fields.get("unit") == "count"
        and fields.get("counter")
        and fields["counter"] not in rules.elided_not_counted
    ]
    return counts[-1] if counts else None


class _EarlierCounts:
    """The counts with a counter among a line's figures, asked for the last one of a sentence before a point.

    `_earlier_count` over the figures found so far, without scanning them (or
    the line back to its sentence's start) for each number: a line of many
    numbers would cost its length squared. The figures are the ones given,
    then the ones added, each in their order.
    """

    def __init__(self, figures: Sequence[Candidate], text: str, rules: FigureRules) -> None:
        self.figures, self.text, self.rules = figures, text, rules
        self.added: list[Candidate] = []
        self.groups: tuple[_CountsInOrder, _CountsInOrder] | None = None  # built when first asked
        self.breaks: tuple[list[int], ...] = ()

    def _build(self) -> tuple[_CountsInOrder, _CountsInOrder]:
        groups = (_CountsInOrder(), _CountsInOrder())  # (the figures given, the ones added)
        for figure in self.figures:
            groups[0].add(figure, self.rules)
        for figure in self.added:
            groups[1].add(figure, self.rules)
        # where ". " and "; " stand, for the sentence start before a point
        self.breaks = tuple(
            [match.start() for match in re.finditer(re.escape(mark), self.text)] for mark in (". ", "; ")
        )
        self.groups = groups
        return groups

    def add(self, figure: Candidate) -> None:
        """Count `figure` too, after every figure given or added before."""
        if self.groups is None:
            self.added.append(figure)
        else:
            self.groups[1].add(figure, self.rules)

    def last_before(self, before: int) -> str | None:
        """`_earlier_count(figures given + figures added, before, text, rules)`."""
        groups = self.groups if self.groups is not None else self._build()
        # text.rfind(mark, 0, before): the last mark ending by `before`
        found = [
            marks[index - 1] if (index := bisect_right(marks, before - 2)) else -1 for marks in self.breaks
        ]
        sentence_start = max(found) + 1
        added = groups[1].last_within(sentence_start, before)
        return added if added is not None else groups[0].last_within(sentence_start, before)


class _CountsInOrder:
    """Counts with a counter, in the order given: the last one inside a span, by bisection when they run left
    to right (starts and ends never falling), else by a scan."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.counters: list[str] = []
        self.in_line_order = True

    def add(self, figure: Candidate, rules: FigureRules) -> None:
        start, end, _, fields = figure
        counter = fields.get("counter")
        if fields.get("unit") != "count" or not counter or counter in rules.elided_not_counted:
            return
        if self.starts and (start < self.starts[-1] or end < self.ends[-1]):
            self.in_line_order = False
        self.starts.append(start)
        self.ends.append(end)
        self.counters.append(counter)

    def last_within(self, first: int, last: int) -> str | None:
        """The counter of the last count starting at or after `first` and ending by `last`."""
        if self.in_line_order:
            # the counts ending by `last` come first; of them the last starts furthest right
            index = bisect_right(self.ends, last) - 1
            return self.counters[index] if index >= 0 and self.starts[index] >= first else None
        for index in range(len(self.starts) - 1, -1, -1):
            if self.starts[index] >= first and self.ends[index] <= last:
                return self.counters[index]
        return None
