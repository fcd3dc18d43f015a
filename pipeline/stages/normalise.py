"""Normalise one raw line, keeping a map from every normalised character back.

Steps, in order (each with its own offset map, composed at the end):
1. fold full-width ASCII and small-form punctuation to half-width, and the radicals that PDF text
   layers give for whole characters to those characters (`fullwidth`), and odd spaces such as
   NBSP or the ideographic space to a plain space (`space`); both are 1:1;
2. remove inline pinyin annotations such as `醫(yī)藥` -> `醫藥`
   (`pinyin_removed`; deletions);
3. convert traditional to simplified with OpenCC (`t2s`): phrase-level and
   1:1 for t2s/hk2s/tw2s; a conversion that changes length or moves a
   non-Chinese character falls back to an alignment map;
4. flag mojibake stretches (`garbled`, see pipeline.stages.garbled) and tell the
   line's language.

`normalise_line(line_no, raw_text, ruleset)` is the stage's entry point for
one line; `normalise_lines(raw_lines, ruleset)` gives the same for every line
of a document while folding and converting the whole document at once. The
rules come from the rule set's normalise.yaml, compiled once per rule set
(`ruleset.compiled(normalise_rules)`).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

from pipeline.core.offsets import OffsetMap
from pipeline.core.records import NormalisedLine
from pipeline.rules.loader import RuleFileError
from pipeline.rules.schema import ListOf, Mapping, Number, Schema, Str, Where, check
from pipeline.stages.garbled import GARBLED_SCHEMA, GarbledSettings, find_garbled_spans, garbled_settings

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

# The CJK ideograph blocks (unified, extension A-G, compatibility). The
# standard `re` module scans such plain ranges several times faster than
# `regex` scans \p{Han}; used where speed matters and the few Han-script
# symbols outside these blocks (〇, radicals) make no difference.
_CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_CHARACTER = re.compile(f"[{_CJK_RANGES}]")
# Runs rather than single characters: fewer matches to count.
CJK_RUN = re.compile(f"[{_CJK_RANGES}]+")
LATIN_RUN = re.compile("[A-Za-z]+")
_ASCII_NON_LETTERS = bytes(code for code in range(128) if not LATIN_RUN.fullmatch(chr(code)))
# The OpenCC configuration whose tables keep every character in place; used
# as a pivot when aligning a conversion that changed length.
LENGTH_KEEPING_CONFIG = "t2s"

# A line is "mixed" when the minority script holds at least this share of
# its letters (a Chinese character counts as one letter).
MIXED_LANGUAGE_SHARE = 0.2
# Below this many letters of the minority script a line keeps one language
# (so "DIA中国" inside a Chinese paragraph stays zh).
MIXED_LANGUAGE_MIN_LETTERS = 12

# A line's record after its line number: raw_text, norm_text, offsets, lang, flags, garbled_spans.
LineFields = tuple[str, str, OffsetMap, str, tuple[str, ...], tuple[tuple[int, int], ...]]
# At most this many distinct line texts, each at most this long, keep their
# normalised form between documents (the store is emptied when full). Longer
# lines are running text, which seldom repeats.
LINES_CACHE_SIZE = 1 << 14
LINES_CACHE_MAX_CHARACTERS = 256


class OddSpace(Schema):
    """One character, not printable ASCII (which would also be the fold of a full-width character)."""

    def check(self, value: Any, where: Where) -> None:
        """A single character outside '!'..'~'."""
        if not isinstance(value, str) or len(value) != 1:
            raise where.fail(f"not one character: {value!r}")
        if "!" <= value <= "~":
            raise where.fail(f"not a space: {value!r}")

    def describe(self) -> str:
        """`a space character`."""
        return "a space character"


NORMALISE_SCHEMA = Mapping(
    {
        "opencc_config": Str(),
        "spaces": ListOf(OddSpace()),
        "pinyin": Mapping(
            {"tone_letters": Str(), "max_syllables": Number(minimum=1, integer=True)},
            required=("tone_letters",),
        ),
        "garbled": GARBLED_SCHEMA,
    },
    required=("pinyin", "garbled"),
)


def _small_forms() -> dict[int, str]:
    """The small-form variants (U+FE50..U+FE6B) with their one-character NFKC fold."""
    folds = {}
    for code in range(0xFE50, 0xFE6C):
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded != chr(code):
            folds[code] = folded
    return folds


SMALL_FORMS = _small_forms()

# CJK Radicals Supplement characters that stand for a whole character
# (Unicode's EquivalentUnifiedIdeograph.txt); only two of them have an NFKC
# fold. Radicals that are only components of a character (阝, 钅) are left.
RADICAL_SUPPLEMENT_FORMS = {
    0x2E9F: "母", 0x2EA0: "民", 0x2EC4: "西", 0x2EC5: "见", 0x2EC6: "角", 0x2EC9: "贝", 0x2ECB: "车",
    0x2ED1: "長", 0x2ED3: "长", 0x2ED4: "门", 0x2ED7: "雨", 0x2ED8: "青", 0x2ED9: "韦", 0x2EDA: "页",
    0x2EDB: "风", 0x2EDC: "飞", 0x2EDD: "食", 0x2EE1: "首", 0x2EE2: "马", 0x2EE3: "骨", 0x2EE4: "鬼",
    0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE7: "卤", 0x2EE8: "麦", 0x2EE9: "黄", 0x2EEA: "黾", 0x2EEC: "齐",
    0x2EEE: "齿", 0x2EF0: "龙", 0x2EF1: "龜", 0x2EF3: "龟",
}  # fmt: skip


def _radical_forms() -> dict[int, str]:
    """Radical code points that PDF text layers give for ordinary characters (⽣产, 增⻓), with the character.

    Many Chinese PDF fonts map a glyph to the Kangxi radical (U+2F00..U+2FD5)
    or the supplement's form instead of the character it draws; NFKC folds
    the Kangxi block one character to one.
    """
    folds = {}
    for code in range(0x2F00, 0x2FD6):
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded != chr(code):
            folds[code] = folded
    folds.update((code, character) for code, character in RADICAL_SUPPLEMENT_FORMS.items())
    return folds


RADICAL_FORMS = _radical_forms()


class NormaliseRules:
    """Normalisation rules compiled from a rule set's normalise.yaml (see `normalise_rules`)."""

    def __init__(self, rules: Any, path: Any, garbled: GarbledSettings) -> None:
        self.garbled = garbled
        self.opencc_config = str(rules.get("opencc_config", "t2s"))
        spaces = rules.get("spaces", [])
        # U+FF01..U+FF5E are the full-width forms of ASCII '!'..'~'; U+FE50..U+FE6B
        # the small forms Hong Kong and Taiwan pages write for punctuation
        # (責任編輯﹕, 5﹪), folded as NFKC folds them, one character to one.
        self.width_table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
        self.width_table.update(SMALL_FORMS)
        # Radicals a PDF's text layer gives for whole characters (⽣ for 生), folded one to one too.
        self.width_table.update(RADICAL_FORMS)
        self.space_table = {ord(space): " " for space in spaces}
        self.fold_table = {**self.width_table, **self.space_table}
        # The same as characters; `fold_width` replaces each one it finds.
        self.fold_characters = {chr(code): folded for code, folded in self.fold_table.items()}
        self.foldable_character = re.compile("[" + re.escape("".join(self.fold_characters)) + "]")
        self.odd_space = regex.compile("[" + regex.escape("".join(spaces)) + "]") if spaces else None
        pinyin = rules["pinyin"]
        tone_letters = pinyin["tone_letters"]
        max_syllables = int(pinyin.get("max_syllables", 4))
        letters = f"a-z{regex.escape(tone_letters)}"
        tone = f"[{regex.escape(tone_letters)}]"
        syllable = f"[{letters}]*{tone}[{letters}]*"
        # A bracketed run of tone-marked syllables right after a character
        # that is not a space, an ASCII letter or a digit: normally a Chinese
        # character; a mis-decoded one (`^(qū)`) keeps its annotation too.
        self.pinyin_pattern = regex.compile(
            rf"(?<=[^\sA-Za-z0-9])\(\s*{syllable}(?:\s+{syllable}){{0,{max_syllables - 1}}}\s*\)"
        )
        try:
            self.converter = _opencc_converter(self.opencc_config)
        except Exception as error:  # OpenCC raises its own error types
            line = rules.key_lines.get("opencc_config", rules.line)
            raise RuleFileError(
                path, line, f"unknown opencc_config {self.opencc_config!r}: {error}"
            ) from None
        # What `normalise_lines` worked out for a raw line text (the fields of
        # its record after `line_no`), kept for later documents.
        self.lines_by_text: dict[str, LineFields] = {}


def normalise_rules(ruleset: RuleSet) -> NormaliseRules:
    """The normalisation rules of `ruleset`, validated and compiled.

    A builder for `ruleset.compiled(normalise_rules)`; raises RuleFileError
    (file:line: reason) when normalise.yaml is malformed.
    """
    rules = ruleset.file("normalise")
    path = ruleset.path("normalise")
    check(rules, NORMALISE_SCHEMA, path)
    # Built directly, not through `ruleset.compiled`: a builder runs under the
    # rule set's lock, so it cannot ask the rule set for another builder.
    return NormaliseRules(rules, path, garbled_settings(ruleset))


@lru_cache(maxsize=4)
def _opencc_converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def fold_width(text: str, rules: NormaliseRules) -> str:
    """Full-width ASCII and small forms to half-width, odd spaces to ' '; length is kept."""
    config = rules
    # A text holds few distinct foldable characters (mostly ，：（）), so one
    # str.replace per distinct character is several times faster than
    # translating every run of them.
    for character in set(config.foldable_character.findall(text)):
        text = text.replace(character, config.fold_characters[character])
    if "\x1b" in text:
        text = blank_control_sequences(text)
    return text


# A terminal control sequence (CSI `ESC[31m`, OSC `ESC]0;title BEL`) or a lone ESC.
CONTROL_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b")


def blank_control_sequences(text: str) -> str:
    """Terminal control sequences as spaces of the same length: `\\x1b[31m` is no figure `31 m`."""
    return CONTROL_SEQUENCE.sub(lambda match: " " * len(match.group()), text)


def fold_lines(raw_lines: Sequence[str], rules: NormaliseRules) -> list[str]:
    """`fold_width` of every line, in one pass over the lines joined by newlines."""
    joined = "\n".join(raw_lines)
    folded = fold_width(joined, rules)
    if folded == joined:
        return list(raw_lines)
    folded_lines = folded.split("\n")
    if len(folded_lines) != len(raw_lines):  # a line held a newline, or a newline was folded
        return [fold_width(line, rules) for line in raw_lines]
    return folded_lines


def fold_flags(raw_text: str, folded: str, rules: NormaliseRules) -> list[str]:
    """Which folds changed a line: `fullwidth`, `space`, both or neither."""
    if folded == raw_text:
        return []
    odd_space = rules.odd_space
    has_space = "\x1b" in raw_text or (odd_space is not None and odd_space.search(raw_text) is not None)
    if not has_space:
        return ["fullwidth"]
    if raw_text.translate(rules.width_table) != raw_text:
        return ["fullwidth", "space"]
    return ["space"]


def remove_pinyin(text: str, rules: NormaliseRules) -> tuple[str, OffsetMap]:
    """Delete inline pinyin annotations; returns the text and its offset map."""
    if "(" not in text:
        return text, OffsetMap.identity(len(text))
    pattern = rules.pinyin_pattern
    kept_pieces: list[str] = []
    kept_positions: list[int] = []
    position = 0
    for match in pattern.finditer(text):
        kept_pieces.append(text[position : match.start()])
        kept_positions.extend(range(position, match.start()))
        position = match.end()
    if position == 0:
        return text, OffsetMap.identity(len(text))
    kept_pieces.append(text[position:])
    kept_positions.extend(range(position, len(text)))
    return "".join(kept_pieces), OffsetMap(kept_positions, [p + 1 for p in kept_positions], len(text))


def to_simplified(text: str, opencc_config: str) -> tuple[str, OffsetMap]:
    """Traditional -> simplified with OpenCC configuration `opencc_config`; returns the text and its map.

    `opencc_config` is an OpenCC configuration name (`t2s`, `tw2sp`, ...);
    normalisation uses the one of rules/normalise.yaml.

    OpenCC's t2s tables keep length, so the map is the identity. That is
    checked per line: the lengths must match and every non-Chinese character
    must stay where it was. Otherwise (regional phrase configs such as tw2sp
    turn 記憶體 into 内存) the map comes from `align`, run against a plain
    t2s conversion of the line so that only the changed phrases are blocks.
    """
    converted = _opencc_converter(opencc_config).convert(text)
    return converted, conversion_map(text, converted)


def conversion_map(text: str, converted: str) -> OffsetMap:
    """The offset map from `converted` (OpenCC's output for `text`) back to `text`.

    The identity when the conversion kept every position (see `to_simplified`);
    otherwise an alignment against a plain t2s conversion of `text`.
    """
    if converted == text:
        return OffsetMap.identity(len(text))
    if len(converted) == len(text) and _skeleton(converted) == _skeleton(text):
        return OffsetMap.identity(len(text))
    # Diffing against a plain t2s conversion of the same text (which keeps
    # positions) leaves only the regional phrases as changed blocks.
    pivot = _opencc_converter(LENGTH_KEEPING_CONFIG).convert(text)
    if len(pivot) != len(text) or _skeleton(pivot) != _skeleton(text):
        pivot = text
    return align(pivot, converted)


def convert_lines(texts: Sequence[str], opencc_config: str) -> list[str]:
    """OpenCC's conversion of every text, in one call over the texts joined by newlines.

    Gives exactly `[converter.convert(text) for text in texts]`: OpenCC
    converts by longest dictionary match and no dictionary phrase holds a
    newline, so no match crosses from one text into the next. Texts that
    hold a newline themselves, or that OpenCC cannot encode (lone
    surrogates), are converted one by one.
    """
    converter = _opencc_converter(opencc_config)
    joined = "\n".join(texts)
    if joined.count("\n") == len(texts) - 1:
        try:
            converted = converter.convert(joined).split("\n")
        except UnicodeEncodeError:
            converted = []
        if len(converted) == len(texts):
            return converted
    return [converter.convert(text) for text in texts]


def _skeleton(text: str) -> str:
    """The text with every Chinese character replaced by NUL (same length)."""
    # One replacement per run of Chinese characters is faster than one per character.
    return CJK_RUN.sub(_nul_run, text)


def _nul_run(match: re.Match) -> str:
    return "\0" * (match.end() - match.start())


def align(source: str, target: str) -> OffsetMap:
    """Offset map from `target` to `source` built from a character diff.

    Unchanged characters map 1:1; a replaced block of the same length maps
    1:1 too (軟體 -> 软件); a block that changed length maps every output
    character to the whole source block (記憶體 -> 内存: both 内 and 存 map
    to all three). An inserted character maps to the source character before
    it (or after it at the start), so no output character has an empty
    source. The map is monotone.
    """
    starts: list[int] = []
    ends: list[int] = []
    matcher = difflib.SequenceMatcher(a=source, b=target, autojunk=False)
    for tag, source_start, source_end, target_start, target_end in matcher.get_opcodes():
        target_length = target_end - target_start
        if tag == "equal" or (tag == "replace" and source_end - source_start == target_length):
            starts.extend(range(source_start, source_end))
            ends.extend(range(source_start + 1, source_end + 1))
        elif tag == "replace":
            starts.extend([source_start] * target_length)
            ends.extend([source_end] * target_length)
        elif tag == "insert":
            if not source:
                block = (0, 0)
            elif source_start > 0:
                block = (source_start - 1, source_start)
            else:
                block = (0, 1)
            starts.extend([block[0]] * target_length)
            ends.extend([block[1]] * target_length)
    return OffsetMap(starts, ends, len(source))


def detect_language(text: str) -> str:
    """'zh', 'en', 'mixed' or 'none' from the counts of Han and Latin letters."""
    latin = latin_letter_count(text)
    # Most lines hold one script only; Chinese characters are counted only
    # when both occur.
    if latin == 0:
        return "zh" if CJK_CHARACTER.search(text) else "none"
    han = 0 if text.isascii() else sum(map(len, CJK_RUN.findall(text)))
    if han == 0:
        return "en"
    minority = min(han, latin)
    if minority >= MIXED_LANGUAGE_MIN_LETTERS and minority / (han + latin) >= MIXED_LANGUAGE_SHARE:
        return "mixed"
    return "zh" if han >= latin else "en"


def latin_letter_count(text: str) -> int:
    """How many ASCII letters (A-Z, a-z) `text` holds."""
    # Two passes in C that build no object per letter: keep the ASCII
    # characters, then delete every byte that is not a letter.
    return len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))


def normalise_line(line_no: int, raw_text: str, ruleset: RuleSet) -> NormalisedLine:
    """Normalise one raw line: returns NormalisedLine with text, map and flags."""
    rules = ruleset.compiled(normalise_rules)
    folded = fold_width(raw_text, rules)
    without_pinyin, pinyin_map = remove_pinyin(folded, rules)
    simplified = rules.converter.convert(without_pinyin)
    fields = _line_fields(raw_text, folded, without_pinyin, pinyin_map, simplified, rules)
    return NormalisedLine(line_no, *fields)


def normalise_lines(raw_lines: Iterable[str], ruleset: RuleSet) -> list[NormalisedLine]:
    """Normalise every line of a document (line numbers start at 1).

    Gives exactly `normalise_line` for every line, but folds widths and runs
    OpenCC once over the document's new line texts instead of once per
    line. A line's record depends on its text alone (and the rules), so the
    texts of lines met before, in this document or an earlier one, are not
    normalised again: the navigation, share and copyright lines of a site
    repeat on every page.
    """
    rules = ruleset.compiled(normalise_rules)
    raw_lines = list(raw_lines)
    known = rules.lines_by_text
    by_text = {text: known.get(text) for text in raw_lines}
    new_texts = [text for text, fields in by_text.items() if fields is None]
    if new_texts:
        by_text.update(zip(new_texts, _normalised_texts(new_texts, rules), strict=True))
        if len(known) + len(new_texts) > LINES_CACHE_SIZE:
            known.clear()
        known.update((text, by_text[text]) for text in new_texts if len(text) <= LINES_CACHE_MAX_CHARACTERS)
    return [NormalisedLine(line_no, *by_text[text]) for line_no, text in enumerate(raw_lines, start=1)]


def _normalised_texts(raw_lines: list[str], rules: NormaliseRules) -> list[LineFields]:
    """The record fields of every raw line text, folded and converted in one pass over them all."""
    folded_lines = fold_lines(raw_lines, rules)
    # An annotation within one line is also a match in the joined lines, so
    # texts without a match need no line-by-line removal.
    if rules.pinyin_pattern.search("\n".join(folded_lines)) is None:
        without_pinyin_lines = [(folded, OffsetMap.identity(len(folded))) for folded in folded_lines]
    else:
        without_pinyin_lines = [remove_pinyin(folded, rules) for folded in folded_lines]
    simplified_lines = convert_lines([text for text, _ in without_pinyin_lines], rules.opencc_config)
    return [
        _line_fields(raw_text, folded, without_pinyin, pinyin_map, simplified, rules)
        for raw_text, folded, (without_pinyin, pinyin_map), simplified in zip(
            raw_lines, folded_lines, without_pinyin_lines, simplified_lines, strict=True
        )
    ]


def _line_fields(
    raw_text: str,
    folded: str,
    without_pinyin: str,
    pinyin_map: OffsetMap,
    simplified: str,
    rules: NormaliseRules,
) -> LineFields:
    """The fields of a line's record after `line_no`, from its folded, pinyin-free and converted forms."""
    if not raw_text:  # a blank line: nothing to fold, convert, flag or count
        return (raw_text, raw_text, pinyin_map, "none", (), ())
    flags = fold_flags(raw_text, folded, rules)
    if not pinyin_map.is_identity:
        flags.append("pinyin_removed")
    if simplified == without_pinyin:
        offsets = pinyin_map
    else:
        flags.append("t2s")
        offsets = pinyin_map.compose(conversion_map(without_pinyin, simplified))
    garbled_spans = tuple(find_garbled_spans(simplified, rules.garbled))
    if garbled_spans:
        flags.append("garbled")
    lang = detect_language(simplified)
    return (raw_text, simplified, offsets, lang, tuple(flags), garbled_spans)
