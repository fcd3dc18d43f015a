"""The figure rules: `rules/figures.yaml` loaded, checked and compiled into patterns.

`compile_figure_rules(ruleset)` is the builder a rule set runs once
(`ruleset.compiled(compile_figure_rules)`): it reads the vocabulary of the
rule file (multipliers, units, measure words, qualifiers, exclusions) and
compiles it into one body pattern per language that starts at the number,
a `lead` pattern for the words in front of the number (matched on the
reversed line), and the start patterns that find where a body can match.
The compiled `FigureRules` also carries the per-text caches of the scan
(readings by their window of text, figures by line), so two rule sets
never share a cached reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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
from pipeline.text.numerals import (
    ARABIC_NUMBER_PATTERN,
    CHINESE_DIGITS,
    ENGLISH_NUMBER_WORDS,
    english_number_word,
    english_number_word_pattern,
)
from pipeline.text.patterns import HAN, literal_pattern

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

RULE_FILE = "figures"
TABLE = "figures"
# Chinese numeral: must start with a digit or 十 (not with 百/千/万, which
# start words such as 百济, 千家万户, nor with 拾 as in 拾起), may contain place
# values and a 点 decimal.
_CHINESE_DIGIT_CHARS = "".join(ch for ch in CHINESE_DIGITS if ch not in "零〇○几幾")
CHINESE_NUMERAL_PATTERN = (
    rf"[{_CHINESE_DIGIT_CHARS}十][{_CHINESE_DIGIT_CHARS}零〇十拾百佰千仟万萬亿億兆]*"
    rf"(?:点[{_CHINESE_DIGIT_CHARS}零〇]+)?"
)
# Every Chinese figure pattern starts at one of these characters.
CHINESE_FIRST_CHARACTERS = "0-9" + _CHINESE_DIGIT_CHARS + "十百千万亿仟"
# Every character a number of ARABIC_NUMBER_PATTERN or CHINESE_NUMERAL_PATTERN
# can contain (as a regex character class body).
NUMBER_CHARACTERS = r"\d,." + _CHINESE_DIGIT_CHARS + "零〇十拾百佰千仟万萬亿億兆点"
# A number starts a token: no ASCII letter, digit or dot right before it, and no
# "letters-" either (G6, TOP20, H50, SCP-173 are names).
NUMBER_START = r"(?<![A-Za-z0-9.])(?<![A-Za-z0-9]-)"
PUNCTUATION = ',.;:!?、。;:!?()"“”‘’《》'
URL_PATTERN = r"(?:https?://|www\.)[^\s\p{Han}]+"
# Every match of URL_PATTERN contains one of these.
URL_MARKS = ("http", "www.")
# Characters before a currency sign that may say it is another dollar (C$, AU$).
OTHER_DOLLAR_WINDOW = 4
# Digits that count a subunit of the local currency (3角, 五分); 两 counts only the largest (两毛).
SUBUNIT_DIGITS = "0-9一二三四五六七八九"
# How far the body patterns look behind their start (NUMBER_START).
BODY_LOOKBEHIND = 2
# Every stretch of `quote_pattern` contains one of these.
MASK_MARKS = ("《", "“", "‘", '"', "http", "www.")
MASK_MARK = re.compile("|".join(re.escape(mark) for mark in MASK_MARKS))
LATIN_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class UnitRule:
    """One unit word: what it means and which rule id reports it."""

    rule_id: str
    unit: str
    factor: float = 1.0
    counter: bool = False
    needs_multiplier: str | None = None
    needs_before: tuple[str, ...] = ()


def _alternation(
    words: Iterable[str], ascii_boundary: bool = False, ignore_case: bool = False, min_case_free: int = 4
) -> str:
    """Regex matching any of `words`, longest first (so 平方米 beats 米).

    With `ignore_case`, words of at least `min_case_free` characters match in
    any case (Percent, YUAN) while short ones (m, RMB) keep their case.
    """
    words = {word for word in words if word}
    if ignore_case:
        # Spelled-out case variants: much faster to scan than a (?i:) group.
        words |= {variant for word in words if len(word) >= min_case_free for variant in _case_variants(word)}
    return literal_pattern(words, ascii_boundary)


def _case_variants(word: str) -> set[str]:
    """percent -> percent, Percent, PERCENT (and the same for each word of a phrase)."""
    return {word, word.lower(), word.upper(), word.capitalize(), word.title(), word[:1].upper() + word[1:]}


def _has_latin(word: str) -> bool:
    return LATIN_LETTER.search(word) is not None


# -- the shape of rules/figures.yaml --------------------------------------------
WORDS = ListOf(Str())
# A mapping with an `id` is a rule: its `examples:` are run by the tests.
RULE_KEYS: dict[str, Schema] = {"id": Str(), "comment": Str(), "examples": EXAMPLES}


def _rule(fields: dict[str, Schema], required: tuple[str, ...] = ()) -> Mapping:
    """A rule entry: `fields` plus an id, a comment and examples."""
    return Mapping({**RULE_KEYS, **fields}, required=("id", *required))


QUALIFIER_WORDS = Mapping({"before": WORDS, "inside": WORDS, "after": WORDS})
UNIT_CODES = Mapping(
    {
        "currencies": ListOf(Str(), min_items=1),
        "durations": WORDS,
        "measures": WORDS,
        "percent": Str(),
        "count": Str(),
    },
    required=("currencies", "percent", "count"),
)
# What the rest of the file's shape depends on: the unit codes and the qualifier names.
VOCABULARY = Mapping(
    {"unit_codes": UNIT_CODES, "qualifiers": Mapping({"separated": Anything()}, extra=QUALIFIER_WORDS)},
    required=("unit_codes", "qualifiers"),
    extra=Anything(),
)


def check_figure_rules(document: Any, path: Any) -> None:
    """Raise RuleFileError (`file:line: reason`) unless `document` is a valid `figures.yaml`.

    The unit codes and qualifier names are declared in the file itself, so
    they are checked first and the rest is checked against them.
    """
    check(document, VOCABULARY, path)
    codes = document["unit_codes"]
    currencies = tuple(codes["currencies"])
    units = (
        *currencies,
        *codes.get("durations", []),
        *codes.get("measures", []),
        codes["percent"],
        codes["count"],
    )
    qualifiers = tuple(name for name in document["qualifiers"] if name != "separated")
    check(document, figure_schema(units, currencies, qualifiers), path)


def figure_schema(
    units: tuple[str, ...], currencies: tuple[str, ...], qualifiers: tuple[str, ...]
) -> Mapping:
    """The shape of `figures.yaml`, with the vocabularies a unit or qualifier name must come from."""
    multiplier = Mapping({"word": Str(), "factor": Number(minimum=0)}, required=("word", "factor"))
    subunit = Mapping(
        {"words": ListOf(Str(), min_items=1), "value": Number(minimum=0)}, required=("words", "value")
    )
    local_currency = Mapping(
        {"unit": Str(choices=currencies), "subunits": ListOf(subunit), "closing": WORDS}, required=("unit",)
    )
    separated = Mapping(
        {
            "words": WORDS,
            "verbs": WORDS,
            "max_gap": Number(integer=True, minimum=0),
            "qualifier": Str(choices=qualifiers),
        }
    )
    return Mapping(
        {
            "unit_codes": UNIT_CODES,
            "local_currency": local_currency,
            "multipliers": Mapping({"chinese": ListOf(multiplier), "english": ListOf(multiplier)}),
            "units": ListOf(
                _rule(
                    {
                        "lang": Str(choices=("zh", "en")),
                        "words": ListOf(Str(), min_items=1),
                        "unit": Str(choices=units),
                        "factor": Number(minimum=0),
                        "needs_multiplier": Str(),
                    },
                    required=("lang", "words", "unit"),
                ),
                unique="id",
            ),
            "currency_prefixes": ListOf(
                _rule(
                    {"words": ListOf(Str(), min_items=1), "unit": Str(choices=currencies)}, ("words", "unit")
                ),
                unique="id",
            ),
            "counters": ListOf(
                _rule({"words": ListOf(Str(), min_items=1), "needs_before": WORDS}, ("words",)), unique="id"
            ),
            "english_counts": _rule(
                {
                    "max_words": Number(integer=True, minimum=1),
                    "nouns": WORDS,
                    "not_plural_endings": ListOf(Str(regex=True)),
                    "stop_words": WORDS,
                    "joiners": WORDS,
                }
            ),
            "qualifiers": Mapping({**{name: QUALIFIER_WORDS for name in qualifiers}, "separated": separated}),
            "duration_prefixes": WORDS,
            "duration_suffixes": WORDS,
            "range_separators": WORDS,
            "range_separators_en": WORDS,
            "fractions": _rule({}),
            "percent_words": ListOf(
                _rule({"word": Str(), "factor": Number(minimum=0)}, ("word", "factor")), unique="id"
            ),
            "tenths_words": Mapping({}, extra=Number(minimum=0)),
            "tenths_not_followed_by": WORDS,
            "half_word": Str(),
            "other_dollar_marks": WORDS,
            "negative_words": WORDS,
            "vague_ranges": Bool(),
            "exclusions": Mapping(
                {
                    "before": WORDS,
                    "date_year_words": WORDS,
                    "year_unit_followers": WORDS,
                    "bare_one_words": WORDS,
                    "quoted_name_max_chars": Mapping(
                        {"zh": Number(integer=True, minimum=1), "en": Number(integer=True, minimum=1)},
                        required=("zh", "en"),
                    ),
                }
            ),
        },
        required=("unit_codes", "local_currency", "multipliers", "english_counts", "qualifiers", "fractions"),
        check_whole=_ids_unique_in_file,
    )


def _ids_unique_in_file(document: dict, where: Where) -> None:
    """Every rule id once in the whole file: a figure's rule_id is `figures:<id>`, whatever its section."""
    seen: dict[str, int | None] = {}
    for rule in rules_with_examples(document):
        rule_id = rule["id"]
        line = getattr(rule, "key_lines", {}).get("id") or getattr(rule, "line", None)
        if rule_id in seen:
            first = f" (first at line {seen[rule_id]})" if seen[rule_id] else ""
            raise Where(where.path, line, "").fail(f"duplicate id {rule_id!r}{first}")
        seen[rule_id] = line


class FigureRules:
    """The checked `rules/figures.yaml`, with its compiled patterns and the caches of the scan."""

    def __init__(self, rules: Any, path: Any) -> None:
        check_figure_rules(rules, path)
        self.path = path
        self._load_unit_codes(rules)
        self._load_multipliers(rules)
        self._load_units(rules)
        self._load_counters(rules)
        self._load_qualifiers(rules)
        self._load_misc(rules)
        self._build_patterns()
        # How far in front of a figure's lead a reading looks (excluded words,
        # needs_before words, other dollars, the body's lookbehind): the cache
        # key of a reading starts that far back.
        self.reading_lookback = max(
            OTHER_DOLLAR_WINDOW,
            BODY_LOOKBEHIND + 1,
            *(len(word) for word in self.excluded_before),
            *(len(word) for rule in self.units.values() for word in rule.needs_before),
        )
        # figure readings by their window of text, one cache per language (see `_scan`)
        self.reading_cache: dict[bool, dict] = {False: {}, True: {}}
        # the figures of a line by its text (see `find_figures`)
        self.line_cache: dict[str, tuple] = {}
        # the groups a reader asks for that a pattern lacks, by pattern text (see `find._Found`)
        self.absent_groups: dict[str, dict[str, None]] = {}
        quotes = (
            rf"《[^《》]*》|“[^“”{PUNCTUATION}]{{1,{self.quote_max['zh']}}}”"
            rf"|‘[^‘’{PUNCTUATION}]{{1,{self.quote_max['zh']}}}’"
            rf"|\"[^\",.;!?]{{1,{self.quote_max['en']}}}\""
        )
        self.quote_pattern = regex.compile(rf"{quotes}|{URL_PATTERN}")
        # the same for lines without a URL mark, where URL_PATTERN cannot match:
        # it needs no regex-only feature there, and `re` scans faster
        self.quote_pattern_without_urls = re.compile(quotes)

    def clear_caches(self) -> None:
        """Forget every cached reading and line (the next reading of each text is made afresh)."""
        self.reading_cache = {False: {}, True: {}}
        self.line_cache = {}

    # -- loading (the file's shape is checked: these only read) -----------------
    def _load_unit_codes(self, rules: dict) -> None:
        codes = rules["unit_codes"]
        self.currency_units = tuple(codes["currencies"])
        self.duration_units = tuple(codes.get("durations", []))
        self.percent_unit: str = codes["percent"]
        self.count_unit: str = codes["count"]
        local = rules["local_currency"]
        self.local_currency: str = local["unit"]
        self.subunit_tiers = [list(tier["words"]) for tier in local.get("subunits", [])]
        self.subunit_values = {
            word: float(tier["value"]) for tier in local.get("subunits", []) for word in tier["words"]
        }
        self.closing_words = list(local.get("closing", []))
        # one subunit amount of a matched tail (3角), for its value
        self.subunit_amount = re.compile(
            rf"([{SUBUNIT_DIGITS}两]{{1,2}})({_alternation(self.subunit_values)})"
        )

    def _load_multipliers(self, rules: dict) -> None:
        multipliers = rules["multipliers"]
        self.multipliers: dict[str, float] = {}
        self.chinese_multipliers: list[str] = []
        self.english_multipliers: list[str] = []
        for language in ("chinese", "english"):
            for entry in multipliers.get(language, []):
                self.multipliers[str(entry["word"]).lower()] = float(entry["factor"])
                target = self.chinese_multipliers if language == "chinese" else self.english_multipliers
                target.append(str(entry["word"]))

    def _load_units(self, rules: dict) -> None:
        self.units: dict[str, UnitRule] = {}
        self.chinese_unit_words: list[str] = []
        self.english_unit_words: list[str] = []
        for entry in rules.get("units", []):
            rule = UnitRule(
                rule_id=f"{RULE_FILE}:{entry['id']}",
                unit=entry["unit"],
                factor=float(entry.get("factor", 1.0)),
                needs_multiplier=entry.get("needs_multiplier"),
            )
            for word in entry["words"]:
                key = word if entry["lang"] == "zh" else word.lower()
                self.units[("zh:" if entry["lang"] == "zh" else "en:") + key] = rule
                (self.chinese_unit_words if entry["lang"] == "zh" else self.english_unit_words).append(word)
        self.currency_prefixes: dict[str, UnitRule] = {}
        for entry in rules.get("currency_prefixes", []):
            for word in entry["words"]:
                self.currency_prefixes[word.lower()] = UnitRule(f"{RULE_FILE}:{entry['id']}", entry["unit"])
        self.percent_words: dict[str, UnitRule] = {}
        for entry in rules.get("percent_words", []):
            self.percent_words[entry["word"]] = UnitRule(
                f"{RULE_FILE}:{entry['id']}", self.percent_unit, float(entry["factor"])
            )

    def _load_counters(self, rules: dict) -> None:
        self.counter_words: list[str] = []
        for entry in rules.get("counters", []):
            before = tuple(entry.get("needs_before", ()))
            for word in entry["words"]:
                self.units["zh:" + word] = UnitRule(
                    f"{RULE_FILE}:{entry['id']}", self.count_unit, counter=True, needs_before=before
                )
                self.counter_words.append(word)
        english = rules["english_counts"]
        self.english_count_rule_id = f"{RULE_FILE}:{english['id']}"
        self.english_max_words = int(english.get("max_words", 6))
        self.english_nouns = {word.lower() for word in english.get("nouns", [])}
        self.english_stop_words = {word.lower() for word in english.get("stop_words", [])}
        self.english_joiners = {word.lower() for word in english.get("joiners", [])}
        self.not_plural = regex.compile(
            "(?:" + "|".join(english.get("not_plural_endings", [])) + r")$"
            if english.get("not_plural_endings")
            else "(?!)"
        )

    def _load_qualifiers(self, rules: dict) -> None:
        qualifiers = rules["qualifiers"]
        self.qualifier_before: dict[str, str] = {}
        self.qualifier_inside: dict[str, str] = {}
        self.qualifier_after: dict[str, str] = {}
        for name, entry in qualifiers.items():
            if name == "separated":
                continue
            for place, table in (
                ("before", self.qualifier_before),
                ("inside", self.qualifier_inside),
                ("after", self.qualifier_after),
            ):
                for word in entry.get(place, []):
                    table[word.lower()] = name
        separated = qualifiers.get("separated", {})
        self.separated_words = list(separated.get("words", []))
        self.separated_verbs = list(separated.get("verbs", []))
        self.separated_gap = int(separated.get("max_gap", 8))
        self.separated_qualifier = separated.get("qualifier", "approx")

    def _load_misc(self, rules: dict) -> None:
        self.duration_prefixes = list(rules.get("duration_prefixes", []))
        self.duration_suffixes = list(rules.get("duration_suffixes", []))
        self.range_separators = list(rules.get("range_separators", []))
        self.range_separators_en = list(rules.get("range_separators_en", []))
        tenths = rules.get("tenths_words", {})
        self.tenths_words = {word: float(largest) for word, largest in tenths.items()}
        self.fraction_rule_id = f"{RULE_FILE}:{rules['fractions']['id']}"
        self.half_word = str(rules.get("half_word", "半"))
        self.other_dollar = regex.compile(
            r"(?<![A-Za-z])(?i:"
            + "|".join(regex.escape(m) for m in rules.get("other_dollar_marks", []))
            + r")\s?$"
        )
        self.negative_words = list(rules.get("negative_words", []))
        self.vague_ranges = bool(rules.get("vague_ranges", True))
        self.tenths_not_followed_by = set(rules.get("tenths_not_followed_by", []))
        exclusions = rules.get("exclusions", {})
        self.excluded_before = tuple(exclusions.get("before", []))
        self.date_year_words = set(exclusions.get("date_year_words", []))
        self.year_followers = set(exclusions.get("year_unit_followers", []))
        self.bare_one = {word.lower() for word in exclusions.get("bare_one_words", [])}
        self.quote_max = dict(exclusions.get("quoted_name_max_chars", {"zh": 30, "en": 100}))

    # -- patterns ------------------------------------------------------------
    def _split(self, words: Iterable[str]) -> tuple[list[str], list[str]]:
        words = list(words)
        return [w for w in words if not _has_latin(w)], [
            w for w in words if _has_latin(w) or not HAN.search(w)
        ]

    # Figures are found number-first: the `body` pattern starts with the number
    # (number, multiplier, unit, qualifiers after it), so the scan only does work
    # where a number starts; the words in front of the number (约, 超过, 人民币,
    # 未来, about, US$) are read by a `lead` pattern matched on the reversed line,
    # leftwards from the number. Optional words at the start of a pattern would
    # be tried at every position of a line and make the pass many times slower.
    def _build_patterns(self) -> None:
        zh_before, en_before = self._split(self.qualifier_before)
        en_before = [w for w in en_before if _has_latin(w)]
        zh_negative = [w for w in self.negative_words if not _has_latin(w)]
        en_negative = [w for w in self.negative_words if _has_latin(w)]
        self.chinese_body = re.compile(self._chinese_body_text())
        # last characters of currency words (US$ 5, RMB 300): a bare English
        # number right after one of these may be money
        self.currency_last_characters = {word[-1] for word in self.currency_prefixes}
        self.currency_last_characters |= {character.upper() for character in self.currency_last_characters}
        self.chinese_money = re.compile(
            rf"(?P<cur>{_alternation(self.currency_prefixes, ignore_case=True, min_case_free=1)})[ ]?"
            rf"(?P<neg>{_alternation(zh_negative)})?"
            rf"(?P<num>{NUMBER_START}(?:{ARABIC_NUMBER_PATTERN}|{CHINESE_NUMERAL_PATTERN}))"
            rf"(?P<in1>{_alternation(self.qualifier_inside)})?"
            rf"(?:[ ]?(?P<mult>{_alternation(self.chinese_multipliers)}))?"
        )
        gap_class = rf"[^\d\s{regex.escape(PUNCTUATION)}{_CHINESE_DIGIT_CHARS}]"
        self.chinese_lead = re.compile(
            rf"(?:(?P<neg>{_reversed(zh_negative)}|-(?![\w.\-])))?"
            rf"(?:[ ]?(?P<cur>{_reversed(self.currency_prefixes, ignore_case=True)}))?"
            rf"(?P<pre>{_reversed(zh_before)})?"
            rf"(?P<prefix>{_reversed(w for w in self.duration_prefixes if not _has_latin(w))})?"
            rf"(?:{gap_class}{{0,{self.separated_gap}}}?{_reversed(self.separated_verbs)}"
            rf"(?P<sepq>{_reversed(self.separated_words)}))?"
        )
        self.english_body = re.compile(self._english_body_text())
        self._build_start_patterns(zh_negative)
        latin_end = r"(?![A-Za-z])"
        en_prefixes = [w for w in self.duration_prefixes if _has_latin(w)]
        self.english_lead = re.compile(
            rf"(?:\s+(?P<neg>{_reversed(en_negative, ignore_case=True)}){latin_end})?"
            rf"(?:\s?(?P<cur>{_reversed(self.currency_prefixes, ignore_case=True)}))?"
            rf"(?:\s+(?P<pre>{_reversed(en_before, ignore_case=True)}){latin_end})?"
            rf"(?:\s+(?P<prefix>{_reversed(en_prefixes, ignore_case=True)}){latin_end})?"
        )

    # The body patterns open with a lookahead, and the regex engine tries a
    # pattern that opens with a lookahead at every position of a line, which
    # costs more than everything else. The `start` patterns below open with a
    # plain character (class), which the engine skips to at C speed; each finds
    # the positions where a body match can start (a superset: the body pattern
    # decides), and the body pattern is matched only there.
    def _build_start_patterns(self, zh_negative: list[str]) -> None:
        # a digit right after a digit never starts a figure (every form needs
        # a number start, or no digit before a/b), and every form goes on after
        # its number (or a prefix of it) with one of `_after_number_characters`
        self.chinese_start = re.compile(
            rf"[{CHINESE_FIRST_CHARACTERS}](?<![0-9][0-9])"
            rf"(?=[{NUMBER_CHARACTERS}]*[{self._after_number_characters()}])"
        )
        number_word = english_number_word()
        # a number word at the start of the line
        self.english_line_start = re.compile(number_word)
        # a digit not after a digit, or a non-word character followed by a
        # number word (the figure starts one character later)
        self.english_start = re.compile(rf"[\W0-9](?:(?<=[0-9])(?<![0-9][0-9])|(?<=\W)(?={number_word}))")
        # money with a currency word in front: the word's last character, an
        # optional space and negative word, then the first character of a number.
        # Opening with those last characters lets the engine skip to them instead
        # of testing lookbehinds at every digit.
        currency_words = {
            variant for word in self.currency_prefixes for variant in _case_variants(word) if variant
        }
        last = "[" + regex.escape("".join(sorted({word[-1] for word in currency_words}))) + "]"
        between = ["", " "] + [f"{space}{word}" for space in ("", " ") for word in zh_negative]
        gaps = "|".join(regex.escape(gap) for gap in between)
        self.chinese_money_gate = re.compile(rf"{last}(?:{gaps})[\d{_CHINESE_DIGIT_CHARS}十]")

    def _after_number_characters(self) -> str:
        """Regex class body of the characters that can follow the number of a Chinese form.

        The first characters of inner qualifiers, multipliers, units, measure
        words and range separators, a space, the / of 1/20, the 分 of 三分之一,
        and what follows the first character of a percent word (百分之).
        """
        words = [
            *self.qualifier_inside,
            *self.chinese_multipliers,
            *self.chinese_unit_words,
            *self.counter_words,
            *self.range_separators,
        ]
        characters = {word[0] for word in words} | {" ", "/", "分"}
        characters |= {word[1] for word in self.percent_words if len(word) > 1}
        extra = r"\s"
        if any(len(word) == 1 for word in self.percent_words):
            extra += rf"\d{_CHINESE_DIGIT_CHARS}十"  # a one-character percent word: the number follows
        return regex.escape("".join(sorted(characters))) + extra

    def _chinese_body_text(self) -> str:
        number = rf"{NUMBER_START}(?:{ARABIC_NUMBER_PATTERN}|{CHINESE_NUMERAL_PATTERN})"
        second_number = rf"(?:{ARABIC_NUMBER_PATTERN}|{CHINESE_NUMERAL_PATTERN})"
        zh_after, _ = self._split(self.qualifier_after)
        inside = _alternation(self.qualifier_inside)
        multiplier = _alternation(self.chinese_multipliers)
        unit = _alternation(self.chinese_unit_words + self.counter_words, ascii_boundary=True)
        separator = _alternation(self.range_separators)
        cny_tail = rf"(?P<tail>{self._subunits_text()})"
        half = rf"(?P<half>{regex.escape(self.half_word)})?"
        power_denominator = r"[十百千万亿]+"
        # A first-character test up front lets the engine skip most positions quickly.
        first_characters = CHINESE_FIRST_CHARACTERS
        return (
            rf"(?=[{first_characters}])(?:"
            # 百分之十, 千分之五
            rf"(?P<pctword>{_alternation(self.percent_words)})(?P<pnum>{number})"
            # 1/20
            rf"|(?<![\d/])(?P<fa>\d+)\s?/\s?(?P<fb>\d+)(?![\d/])"
            # 三分之一, 千万分之六
            rf"|(?P<cfb>{number}|{power_denominator})分之(?P<cfa>{number})"
            # the main form: number [多] [万] [元] [- number [多] [万]] unit [半]
            rf"|(?P<num>{number})(?P<in1>{inside})?"
            rf"(?:[ ]?(?P<mult>{multiplier}))?(?P<in2>{inside})?"
            rf"(?:(?P<unit1>{unit})(?=[ ]?{separator}[ ]?\d))?"
            rf"(?:[ ]?(?P<rsep>{separator})[ ]?(?P<num2>{second_number})"
            rf"(?P<in3>{inside})?(?P<mult2>{multiplier})?)?"
            rf"[ ]?(?P<unit>{unit}){half}{cny_tail}"
            rf")"
            rf"(?P<post>{_alternation(zh_after)})?(?P<since>{_alternation(self.duration_suffixes)})?"
        )

    def _subunits_text(self) -> str:
        """Amounts in subunits of the local currency after its unit (3角5分), and a closing word (整)."""
        tiers = "".join(
            rf"(?:[{SUBUNIT_DIGITS}{'两' if index == 0 else ''}]{{1,2}}{_alternation(words)})?"
            for index, words in enumerate(self.subunit_tiers)
        )
        closing = rf"(?:{_alternation(self.closing_words)})?" if self.closing_words else ""
        return tiers + closing

    def _english_body_text(self) -> str:
        words_number = english_number_word_pattern()
        number = rf"(?:{NUMBER_START}{ARABIC_NUMBER_PATTERN}|{words_number})"
        second_number = rf"(?:{ARABIC_NUMBER_PATTERN}|{words_number})"
        _, en_after = self._split(self.qualifier_after)
        en_after = [w for w in en_after if _has_latin(w)]
        multiplier = rf"{_alternation(self.english_multipliers, ignore_case=True, min_case_free=1)}\b"
        unit = _alternation(self.english_unit_words, ascii_boundary=True, ignore_case=True, min_case_free=3)
        separator = _alternation(self.range_separators_en)
        # A word that is not a number word. It always follows whitespace, where
        # "no run of number words starts here" is the same as "no number word
        # ends at a boundary here", which is far cheaper to compile.
        word = rf"(?!{english_number_word()}\b)[A-Za-z][A-Za-z\-]*"
        initials = "".join(
            sorted({w[0] for w in ENGLISH_NUMBER_WORDS} | {w[0].upper() for w in ENGLISH_NUMBER_WORDS})
        )
        return (
            rf"(?=[0-9]|\b[{initials}])(?:"
            rf"(?<![\d/])(?P<fa>\d+)\s?/\s?(?P<fb>\d+)(?![\d/])"
            rf"|(?P<num>{number})(?:(?:\s+|-)(?P<mult>{multiplier}))?"
            rf"(?:\s*(?P<rsep>{separator})\s*(?P<num2>{second_number})(?:(?:\s+|-)(?P<mult2>{multiplier}))?)?"
            rf"(?P<in1>{_alternation(w for w in self.qualifier_inside if not HAN.search(w))})?"
            rf"(?:(?:\s*|-)(?P<unit>{unit})"
            rf"|\s+(?P<words>{word}(?:\s+{word}){{0,{self.english_max_words - 1}}}))?"
            rf")"
            rf"(?:\s+(?P<post>{_alternation(en_after, ignore_case=True, min_case_free=1)}))?"
        )


def _reversed(words: Iterable[str], ignore_case: bool = False) -> str:
    """Pattern for the given words spelled backwards (the lead is matched on the reversed line)."""
    words = {word for word in words if word}
    if ignore_case:
        words |= {variant for word in words for variant in _case_variants(word)}
    return literal_pattern({word[::-1] for word in words})


def compile_figure_rules(ruleset: RuleSet) -> FigureRules:
    """The figure rules of `ruleset`, checked and compiled (use `ruleset.compiled(compile_figure_rules)`)."""
    return FigureRules(ruleset.file(RULE_FILE), ruleset.path(RULE_FILE))
