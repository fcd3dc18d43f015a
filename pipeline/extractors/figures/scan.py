"""Scanning one line for one language: where a figure can start, its body and lead matches.

The `start` patterns give the positions where a body can match; the body
pattern is matched only there (`body_matches`), and the words in front of
the number are matched leftwards on the reversed line. Each match, with its
lead, is read by `read.py`; readings are cached on the compiled rules by
the window of text they depend on (`scan.scan_language`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.extractors.figures.read import (
    Figure,
    ends_another_word,
    qualifier_ending_at,
    read_chinese,
    read_dozen,
    read_english,
    read_half_unit,
    read_main,
    read_multiple,
    read_percent_of,
    read_proportion,
    read_scaled_count,
)
from pipeline.extractors.figures.rules import FigureRules
from pipeline.text.patterns import HAN

# a digit right after a money match's multiplier, or a multiplier right after its
# number: the number goes on past the match (1万5千, 1千万)
NUMBER_AFTER_MULTIPLIER = re.compile(r"[0-9一二三四五六七八九两]")
MULTIPLIER_AFTER_NUMBER = re.compile(r"[十百千万亿萬億]")
# minor units of money written after a number (角, 毛, 分, 仙, 毫; simplified text)
MINOR_UNIT_CHARACTERS = ("角", "毛", "分", "仙", "毫")


class Found:
    """A body match plus the lead words found in front of it, read like one match."""

    LEAD_GROUPS = ("neg", "cur", "pre", "prefix", "sepq")
    # every group a reader may ask for; a pattern without one of them reads as None
    ALL_GROUPS = LEAD_GROUPS + (
        "pctword", "pnum", "pnum2", "fa", "fb", "cfa", "cfb", "num", "num2", "in1", "in2", "in3", "mult",
        "mult2", "unit1", "rsep", "unit", "half", "tail", "words", "post", "since", "prop", "enum", "eden",
    )  # fmt: skip

    def __init__(self, match: re.Match, lead: re.Match | None, text_length: int, rules: FigureRules) -> None:
        self.match = match
        self.negative_before_currency = False
        self.lead: dict[str, tuple[int, int, str]] = {}
        groups = match.groupdict()
        groups.update(_absent_groups(match.re, rules))
        if lead is not None and lead.end() > lead.start():
            lead_groups = lead.groupdict()
            for name in self.LEAD_GROUPS:
                value = lead_groups.get(name)
                if value:
                    # positions on the reversed line -> positions on the line
                    start, end = text_length - lead.end(name), text_length - lead.start(name)
                    self.lead[name] = (start, end, value[::-1])
                    groups[name] = value[::-1]
            if lead_groups.get("negcur") and "neg" not in self.lead:
                # -$3 million: the minus sign stands in front of the currency
                start, end = text_length - lead.end("negcur"), text_length - lead.start("negcur")
                self.lead["neg"] = (start, end, "-")
                groups["neg"] = "-"
                self.negative_before_currency = True
        self._groups = groups

    def drop_lead_from(self, name: str) -> None:
        """Forget the lead word `name` and every lead word left of it (a qualifier ending another word)."""
        for dropped in self.LEAD_GROUPS[self.LEAD_GROUPS.index(name) :]:
            self.lead.pop(dropped, None)
            self._groups[dropped] = None

    def groupdict(self) -> dict:
        return self._groups

    def group(self, name: str) -> str | None:
        return self.lead[name][2] if name in self.lead else self.match.group(name)

    def start(self, name: str) -> int:
        return self.lead[name][0] if name in self.lead else self.match.start(name)

    def end(self, name: str) -> int:
        return self.lead[name][1] if name in self.lead else self.match.end(name)


def _absent_groups(pattern: re.Pattern, rules: FigureRules) -> dict[str, None]:
    """The groups a reader may ask for that `pattern` does not have, each None."""
    # keyed by the pattern's text: a str caches its hash, a compiled pattern does not
    absent = rules.absent_groups.get(pattern.pattern)
    if absent is None:
        absent = {name: None for name in Found.ALL_GROUPS if name not in pattern.groupindex}
        rules.absent_groups[pattern.pattern] = absent
    return absent


# A figure found on a line: (start, end, rule id, fields).
Candidate = tuple[int, int, str, dict]
# A cached reading that was not a figure is None, so a miss needs its own marker.
_UNREAD = object()
# English scale words, which never start a number of their own right after digits.
SCALE_WORD = re.compile(r"(?i:hundred|thousand|million|billion|trillion)\b")
# How far in front of a number a `between` word is looked for (see `range_joins`).
BETWEEN_WINDOW = 12
# Readings kept per language before the cache starts again (bounds memory on long runs).
READING_CACHE_SIZE = 200_000


def body_matches(
    text: str, rules: FigureRules, english: bool, resume: list[int] | None = None
) -> Iterator[re.Match]:
    """The matches `body.finditer(text)` would give, tried only where a figure can start.

    A caller may set `resume[0]` to a position inside the last match: starts
    from there on are tried again (the second end of a range that read as none).
    """
    body_pattern = rules.english_body if english else rules.chinese_body
    match_at = body_pattern.match
    end = 0
    resume = resume if resume is not None else [-1]
    if english:
        starts = _english_starts(text, rules)
    else:
        starts = [start_match.start() for start_match in rules.chinese_start.finditer(text)]
    for start in starts:
        if resume[0] >= 0:
            end, resume[0] = min(end, resume[0]), -1
        if start < end:
            continue  # inside the last match: finditer goes on from its end
        body = match_at(text, start)
        # after `between`, `and` joins a range (between 3 and 5 billion yuan)
        if (
            english
            and start
            and rules.range_between_before is not None
            and rules.range_between_before.search(text, max(0, start - BETWEEN_WINDOW), start)
        ):
            wide = rules.english_between_body.match(text, start)
            if wide is not None and wide.group("rsep"):
                body = wide
        if body is not None:
            end = body.end()
            yield body


def _english_starts(text: str, rules: FigureRules) -> list[int]:
    """Positions where an English figure can start: digits and number words that start a word."""
    starts = [0] if rules.english_line_start.match(text) else []
    for start_match in rules.english_start.finditer(text):
        start = start_match.start()
        if text[start] in "0123456789":
            starts.append(start)
        elif not _scale_after_digits(text, start + 1):
            starts.append(start + 1)
    return starts


def _scale_after_digits(text: str, start: int) -> bool:
    """True for a scale word right after digits that are no figure (the million of X-50 million)."""
    before = text[max(0, start - 3) : start].rstrip(" -")
    if not before or not before[-1].isdigit():
        return False
    word = SCALE_WORD.match(text, start)
    return word is not None


def scan_language(text: str, reversed_text: str, rules: FigureRules, english: bool) -> list[Candidate]:
    """Figures of one language's patterns: each body match, with its lead read leftwards.

    A reading depends only on the text from a few characters before the lead to
    a few characters after the body (see `_reading_key`), so readings are cached
    by that window: the same figure text costs one dictionary look-up the next
    time it is seen.
    """
    lead_pattern = rules.english_lead if english else rules.chinese_lead
    read = read_english if english else read_chinese
    cache = rules.reading_cache[english]
    lookback = rules.reading_lookback
    figures: list[Candidate] = []
    consumed = 0  # end of the last figure: lead words cannot reach into it
    length = len(text)
    resume = [-1]
    for body in body_matches(text, rules, english, resume):
        body_start, body_end = body.span()
        lead = None
        if english:
            before = text[max(0, body_start - 2) : body_start].rstrip()
            after_currency = bool(before) and before[-1] in rules.currency_last_characters
            if after_currency:
                lead = lead_pattern.match(reversed_text, length - body_start, length - consumed)
                after_currency = lead.group("cur") is not None
            if after_currency:
                # after a currency sign, m, k and MM scale money ($2.5m is not metres)
                money = rules.english_money_body.match(text, body_start)
                if money is not None and money.group("mult") and money.end() >= body_end:
                    body = money
                    body_end = money.end()
            if not (after_currency or body.group("unit") or body.group("words") or body.group("fa")):
                continue  # a bare number with no currency sign in front
        if lead is None:
            lead = lead_pattern.match(reversed_text, length - body_start, length - consumed)
        lead_start = length - lead.end()
        window_start = max(0, lead_start - lookback)
        key = (
            text[window_start : body_end + rules.reading_lookahead],
            lead_start - window_start,
            body_start - window_start,
            body_end - window_start,
            lead_start == consumed,
        )
        reading = cache.get(key, _UNREAD)
        if reading is _UNREAD:
            if len(cache) >= READING_CACHE_SIZE:
                cache.clear()
            figure = read(_found(body, lead, text, rules), text, rules)
            reading = cache[key] = _candidate(figure, -window_start)
        if reading is not None:
            start, end, rule_id, fields = reading
            consumed = end + window_start
            figures.append((start + window_start, consumed, rule_id, fields))
        elif not english and body.group("unit1"):
            # a range with its unit on both ends that reads as none (8%至6%: falling):
            # when its first end reads alone, the second is read from its start too
            figure = _first_end_alone(body, lead, text, rules)
            if figure is not None:
                consumed = figure.end
                figures.append(_candidate(figure))
                resume[0] = body.start("num2")
    if not english and rules.chinese_money_gate.search(text):
        # money with a currency word or sign in front and no unit after (US$5, 人民币300)
        for money in rules.chinese_money.finditer(text):
            goes_on = NUMBER_AFTER_MULTIPLIER if money.group("mult") else MULTIPLIER_AFTER_NUMBER
            if goes_on.match(text, money.end()):
                continue  # 新台币1万5千元: the number goes on past the match; the body reads it whole
            if text.startswith(MINOR_UNIT_CHARACTERS, money.end()):
                continue  # 港币1毫: a minor unit after the number, which the amount alone would misread
            # the words in front of the currency (约$3.5亿: approx); a second currency
            # word there is left alone (港币$800 reads its currency from the body)
            lead = rules.chinese_lead.match(reversed_text, length - money.start())
            if lead is not None and lead.group("cur"):
                lead = None
            figure = read_main(_found(money, lead, text, rules), text, rules, english=False)
            if figure is not None:
                figures.append(_candidate(figure))
    figures.extend(_proportions(text, reversed_text, rules, english))
    figures.extend(_half_units(text, rules, english))
    if not english:
        figures.extend(_half_durations(text, rules))
    if english:
        figures.extend(_english_extras(text, reversed_text, rules))
        figures.extend(_part_counts(text, figures, rules))
    return figures


def _half_units(text: str, rules: FigureRules, english: bool) -> list[Candidate]:
    """Half a unit written without a number (半个百分点, half a percentage point): 0.5 of it."""
    pattern = rules.half_unit.get("en" if english else "zh")
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        if english and match.start() and text[match.start() - 1].isalnum():
            continue
        figure = read_half_unit(match, rules, english)
        if figure is not None:
            found.append(_candidate(figure))
    return found


def _first_end_alone(body: re.Match, lead: re.Match, text: str, rules: FigureRules) -> Figure | None:
    """The first number of a Chinese range that read as none, with its own unit (8% of 8%至6%)."""
    single = rules.chinese_single_body.match(text, body.start())
    if single is None or single.end() > body.start("num2"):
        return None
    return read_chinese(_found(single, lead, text, rules), text, rules)


def _half_durations(text: str, rules: FigureRules) -> list[Candidate]:
    """Half a year or month as a length of time after a qualifier (约半年 = 0.5 year, approx).

    Alone, 半年 is mostly a part of a year (上半年, 半年报) or a bound (半年内);
    a qualifier of its own in front makes it a measured length.
    """
    if rules.half_duration_rule_id is None or "半" not in text:
        return []
    found = []
    for word, unit in rules.half_duration_units.items():
        position = text.find(word)
        while position >= 0:
            end = position + len(word)
            qualifier = qualifier_ending_at(text, position, rules)
            if qualifier and not text.startswith(rules.half_duration_not_before, end):
                fields = {
                    "value": 0.5,
                    "value_low": None,
                    "value_high": None,
                    "unit": unit,
                    "counter": None,
                    "qualifier": rules.qualifier_before[qualifier],
                }
                found.append((position - len(qualifier), end, rules.half_duration_rule_id, fields))
            position = text.find(word, end)
    return found


def _part_counts(text: str, figures: list[Candidate], rules: FigureRules) -> list[Candidate]:
    """The part before `of` a count of the whole (212 of 240 applications): a count of the same noun.

    Only a plain number no larger than the whole, not after a capitalised
    label (Round 3 of 10 talks) nor after a qualifier (about 200 of, which
    would need its own reading).
    """
    if rules.part_count_rule_id is None or " of " not in text.lower():
        return []
    found = []
    for start, _end, _rule_id, fields in figures:
        if fields.get("unit") != "count" or not fields.get("counter") or fields.get("value") is None:
            continue
        before = rules.part_count_before.search(text, max(0, start - 40), start)
        if before is None:
            continue
        value = float(before.group("number").replace(",", ""))
        if value > fields["value"] or _labelled(text, before.start(), rules):
            continue
        part = {**fields, "value": value, "value_low": None, "value_high": None, "qualifier": None}
        found.append((before.start("number"), before.end("number"), rules.part_count_rule_id, part))
    return found


def _labelled(text: str, start: int, rules: FigureRules) -> bool:
    """True when a label (`exclusions.before`: Round 3) or a qualifier (about 200) ends right at `start`."""
    before = text[max(0, start - 30) : start]
    if before.endswith(rules.excluded_before):
        return True
    words = before.split()
    return bool(words) and words[-1].lower() in PART_QUALIFIERS


# Words of an estimate before a number: a part so qualified is left unread rather than read without them.
PART_QUALIFIERS = frozenset(
    (
        "about",
        "around",
        "nearly",
        "almost",
        "over",
        "some",
        "than",
        "least",
        "most",
        "roughly",
        "approximately",
    )
)


def _english_extras(text: str, reversed_text: str, rules: FigureRules) -> list[Candidate]:
    """The reversed percent (percent of 20), multiples (3 times) and scaled counts (10k users)."""
    found = [_candidate(read_percent_of(match, rules)) for match in rules.english_percent_of.finditer(text)]
    if "dozen" in text.lower():
        for match in rules.english_dozen.finditer(text):
            lead = rules.english_lead.match(reversed_text, len(text) - match.start())
            found.append(_candidate(read_dozen(match, text, lead, rules)))
    literals = rules.english_multiple_literals
    if rules.english_multiple is not None and (literals is None or any(word in text for word in literals)):
        for match in rules.english_multiple.finditer(text):
            lead = rules.english_lead.match(reversed_text, len(text) - match.start())
            found.append(_candidate(read_multiple(match, text, lead, rules)))
    if rules.english_scaled_count is not None:
        for match in rules.english_scaled_count.finditer(text):
            lead = rules.english_lead.match(reversed_text, len(text) - match.start())
            found.append(_candidate(read_scaled_count(match, text, lead, rules)))
    return [candidate for candidate in found if candidate is not None]


def _proportions(text: str, reversed_text: str, rules: FigureRules, english: bool) -> list[Candidate]:
    """Proportions written as words (近半, a fifth of), with the qualifier words in front of them."""
    if english:
        found = _english_proportions(text, rules)
        if "of" not in text:
            return found
        pattern, lead_pattern = rules.english_proportion, rules.english_lead
    else:
        if not rules.chinese_proportion_gate.search(text):
            return []
        pattern, lead_pattern = rules.chinese_proportion, rules.chinese_lead
        found = []
    length = len(text)
    for match in pattern.finditer(text):
        lead = lead_pattern.match(reversed_text, length - match.start())
        figure = read_proportion(_found(match, lead, text, rules), text, rules, english)
        if figure is not None:
            found.append(_candidate(figure))
    return found


def _english_proportions(text: str, rules: FigureRules) -> list[Candidate]:
    """Fractions as the size of a change (rose by a third, fell by one-fifth), in percent."""
    if rules.english_proportion_by is None:
        return []
    found = []
    reversed_text = None
    for match in rules.english_proportion_by.finditer(text):
        # a qualifier right before the fraction (rose about a fifth) is read as before any figure
        if reversed_text is None:
            reversed_text = text[::-1]
        number_start = match.start("enum") if match.group("enum") else match.start("eden")
        lead = rules.english_lead.match(reversed_text, len(text) - number_start)
        figure = read_proportion(_found(match, lead, text, rules), text, rules, english=True)
        if figure is not None:
            found.append(_candidate(figure))
    return found


def _found(body: re.Match, lead: re.Match | None, text: str, rules: FigureRules) -> Found:
    """A body match with its lead, minus a qualifier in front that ends another word (签约, not 持续约)."""
    found = Found(body, lead, len(text), rules)
    pre = found.lead.get("pre")
    if pre is not None and ends_another_word(text, pre[1], rules):
        found.drop_lead_from("pre")
    separated = found.lead.get("sepq")
    if separated is not None and ends_another_word(text, separated[1], rules):
        found.drop_lead_from("sepq")  # 签约达2亿元: the signing came to, not about
    if found.negative_before_currency and (_sign_joins_a_word(text, found.start("neg")) or HAN.search(text)):
        # a hyphen after a word joins it (€40 million-€50 million is a range);
        # on a Chinese line the amount goes on past the English reading (-HK$2亿):
        # the sign is left to the Chinese reading rather than put on a part of it
        found.lead.pop("neg")
        found.groupdict()["neg"] = None
    return found


def _sign_joins_a_word(text: str, sign: int) -> bool:
    """True when the character before the minus sign at `sign` is a letter, a digit or a point."""
    return sign > 0 and (text[sign - 1].isalnum() or text[sign - 1] in ".-")


def _candidate(figure: Figure | None, offset: int = 0) -> Candidate | None:
    """A reading as a candidate tuple, its positions moved by `offset` (None stays None)."""
    if figure is None:
        return None
    return figure.start + offset, figure.end + offset, figure.rule_id, figure.fields
