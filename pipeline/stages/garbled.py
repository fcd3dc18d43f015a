"""Find mojibake: stretches of a line that were decoded with the wrong codec.

Only flags; never rewrites. `find_garbled_spans(norm_text, settings)` returns
[start, end) spans of the normalised (already simplified) text; `settings`
is what `garbled_settings(ruleset)` compiles from `rules/normalise.yaml`.

How it works, in two passes (after jusText's named thresholds):

1. Anchors. One scan for characters outside clean ASCII, the common
   Chinese characters and Chinese punctuation finds what clean Chinese or
   English prose rarely has; each gets a weight by kind: U+FFFD and control
   characters, Latin-1/UTF-8 mojibake (ftfy's badness patterns), Cyrillic or
   box-drawing letters next to Chinese characters, Chinese characters outside
   the 3,755 common ones of GB2312 level 1, '?' and odd ASCII symbols
   touching Chinese characters, a lone lower-case letter between two Chinese
   characters. Text decoded with the wrong multi-byte codec, or shifted by a
   lost byte, turns into exactly such characters. A quick test
   (`may_have_anchors`) clears most lines before this scan.
2. Stretches. Anchors at most `max_gap` characters apart join into one
   stretch; a stretch whose weights add up to `min_score` is flagged. One
   rare name character or one Greek letter in a formula stays below the
   threshold, and rare characters count only when two stand side by side
   (names such as 朱镕基、陶喆 are each set among common characters); a
   run of mis-decoded bytes does not stay below it.

Weights and thresholds are tunable in `rules/normalise.yaml` (`garbled:`).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import TYPE_CHECKING, Any

import regex

from pipeline.rules.pattern_cache import code_digest, remembered
from pipeline.rules.schema import Anything, Bool, Mapping, Number, Where, check
from pipeline.text.patterns import HAN

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet

# Anchor kinds, as named in rules/normalise.yaml `garbled.weights`.
ANCHOR_KINDS = (
    "replacement_character",
    "control_character",
    "latin_mojibake",
    "foreign_letter_by_han",
    "greek_letter_by_han",
    "kana_between_han",
    "han_outside_gb2312",
    "han_gb2312_level2",
    "question_mark_by_han",
    "question_marks_by_han",
    "odd_symbol_by_han",
    "lone_latin_between_han",
)

RARE_HAN_KINDS = ("han_outside_gb2312", "han_gb2312_level2")
# Kinds that are suspicious only when they touch a Chinese character.
_NEEDS_HAN_NEIGHBOUR = (
    "foreign_letter_by_han",
    "greek_letter_by_han",
    "question_mark_by_han",
    "odd_symbol_by_han",
)

# UTF-8 read as Latin-1 or cp1252 always shows a lead byte as one of Â..ô
# (U+00C2..U+00F4) or a C1 control; ftfy's (slow) badness regex runs only on
# lines that have one.
_LATIN_MOJIBAKE_HINT = re.compile("[\u0080-\u009f\u00c2-\u00f4]")


@lru_cache(maxsize=1)
def _gb2312_level1() -> str:
    """The 3,755 common characters of GB2312 level 1 (rows 16-55).

    Decoding them one by one takes a few ms; inside `cached_patterns()` (where
    a run's rules are checked) they are kept in the user's cache, keyed by a
    digest of this file and of the interpreter's version (its codec).
    """
    digest = code_digest(__file__)
    if digest is None:
        return _decode_gb2312_level1()
    return remembered(
        "tables", f"{digest}\0gb2312-level-1", lambda _key: _decode_gb2312_level1(), valid=_is_text
    )


def _is_text(value: object) -> bool:
    return type(value) is str and len(value) > 3000


def _decode_gb2312_level1() -> str:
    characters = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                characters.append(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # the five unused cells at the end of row 55
    return "".join(characters)


def _in_gb2312(character: str) -> bool:
    try:
        character.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


# ASCII that clean prose of either language uses freely. '?' and the odd
# symbols below are left out so that they are looked at.
ODD_SYMBOLS = "^`|\\~{}<>@#$_="
_CLEAN_ASCII = "".join(chr(code) for code in range(0x20, 0x7F) if chr(code) not in ODD_SYMBOLS + "?") + "\t"
# Chinese punctuation left after width folding.
_CLEAN_PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』—–…·％‰℃"

_FOREIGN_LETTER = regex.compile(r"[\p{Cyrillic}\u2500-\u257f\p{Bopomofo}]")
_GREEK_LETTER = regex.compile(r"\p{Greek}")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
# C0/C1 controls (not tab, line breaks or form feed) and private-use characters.
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\p{Co}]")
# Overlapping matches: the middle character is the lone letter.
_LONE_LATIN = regex.compile(r"\p{Han}[a-z]\p{Han}")
# Every \p{Han} character is outside ASCII, so a line without this has no
# lone letter; the standard `re` module finds it several times faster.
_LONE_LATIN_HINT = re.compile("[^\x00-\x7f][a-z][^\x00-\x7f]")
_CLEAN_ASCII_BYTES = _CLEAN_ASCII.encode("ascii")


@lru_cache(maxsize=1)
def _candidate_class() -> str:
    """A regex class of the characters that are neither clean ASCII, common Chinese nor punctuation."""
    return "[^" + re.escape(_CLEAN_ASCII + _gb2312_level1() + _CLEAN_PUNCTUATION) + "]"


@lru_cache(maxsize=1)
def _candidate_pattern() -> re.Pattern:
    """Runs of candidate characters (see `_candidate_class`).

    The standard `re` module compiles this large negated class to a bitmap
    and scans at tens of MB/s; clean lines yield few or no candidates.
    """
    return re.compile(_candidate_class() + "+")


@lru_cache(maxsize=1)
def _candidate_character() -> re.Pattern:
    """One candidate character; searching for one scans about twice as fast as for a run."""
    return re.compile(_candidate_class())


@lru_cache(maxsize=1)
def _candidate_or_lowercase() -> re.Pattern:
    """One candidate character or lower-case ASCII letter (see `may_have_anchors`)."""
    clean = _CLEAN_ASCII.translate(str.maketrans("", "", string.ascii_lowercase))
    return re.compile("[^" + re.escape(clean + _gb2312_level1() + _CLEAN_PUNCTUATION) + "]")


@lru_cache(maxsize=4096)
def _character_kind(character: str) -> str | None:
    """The anchor kind a candidate character may be, before looking at its neighbours."""
    if character == "\ufffd":
        return "replacement_character"
    if character == "?":
        return "question_mark_by_han"
    if character in ODD_SYMBOLS:
        return "odd_symbol_by_han"
    if HAN.match(character):
        return "han_gb2312_level2" if _in_gb2312(character) else "han_outside_gb2312"
    if _CONTROL.match(character):
        return "control_character"
    if _FOREIGN_LETTER.match(character):
        return "foreign_letter_by_han"
    if _GREEK_LETTER.match(character):
        return "greek_letter_by_han"
    if _KANA.match(character):
        return "kana_between_han"
    return None


def _touches_han(text: str, start: int, end: int) -> bool:
    return (start > 0 and HAN.match(text[start - 1]) is not None) or (
        end < len(text) and HAN.match(text[end]) is not None
    )


def _between_han(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and HAN.match(text[start - 1]) and HAN.match(text[end]) is not None


@dataclass(frozen=True)
class GarbledSettings:
    """Weights and thresholds of the detector (from rules/normalise.yaml).

    `weights`: how suspicious one character of each anchor kind is.
    `max_gap`: anchors separated by at most this many characters form one
    stretch (a mis-decoded run keeps a few common-looking characters).
    `min_score`: a stretch is garbled when its anchor weights add up to this.
    `rare_han_only_needs_pair`: a stretch of nothing but rare Chinese
    characters is garbled only when two of them stand side by side.
    """

    weights: dict[str, float]
    max_gap: int
    min_score: float
    rare_han_only_needs_pair: bool = True


def _positive_min_score(section: dict, where: Where) -> None:
    if "min_score" in section and section["min_score"] <= 0:
        raise where.at(section, "min_score", section.key_lines.get("min_score")).fail(
            f"must be more than 0, got {section['min_score']}"
        )


# The `garbled:` section of rules/normalise.yaml.
GARBLED_SCHEMA = Mapping(
    {
        "max_gap": Number(minimum=0, integer=True),
        "min_score": Number(),
        "rare_han_only_needs_pair": Bool(),
        "weights": Mapping({kind: Number(minimum=0) for kind in ANCHOR_KINDS}, required=ANCHOR_KINDS),
    },
    required=("max_gap", "min_score", "weights"),
    check_whole=_positive_min_score,
)


# normalise.yaml as the detector reads it: its `garbled` section, the rest left to normalise.
_GARBLED_ONLY = Mapping({"garbled": GARBLED_SCHEMA}, required=("garbled",), extra=Anything())


def garbled_settings(ruleset: RuleSet) -> GarbledSettings:
    """The detector's settings from the `garbled:` section of the rule set's normalise.yaml.

    A builder for `ruleset.compiled(garbled_settings)`; raises RuleFileError
    (file:line: reason) when the section is missing or malformed.
    """
    rules: Any = ruleset.file("normalise")
    # Only the `garbled` section is this builder's; the rest of the file is normalise's.
    check(
        rules,
        Mapping({"garbled": GARBLED_SCHEMA}, required=("garbled",), extra=Anything()),
        ruleset.path("normalise"),
    )
    section = rules["garbled"]
    weights = section["weights"]
    # The candidate patterns (classes of about 3,800 characters, 5 ms each to
    # compile) are compiled here, where rule builders run inside the pattern
    # cache, rather than by the first line that needs them in every process.
    _candidate_pattern()
    _candidate_character()
    _candidate_or_lowercase()
    return GarbledSettings(
        {kind: float(weights[kind]) for kind in ANCHOR_KINDS},
        section["max_gap"],
        float(section["min_score"]),
        section.get("rare_han_only_needs_pair", True),
    )


def find_anchors(norm_text: str, settings: GarbledSettings) -> list[tuple[int, int, str, float]]:
    """Suspicious characters of a line: (start, end, kind, weight), by start.

    A run of the same kind is one anchor whose weight is per character; a
    rare Chinese character counts at its first occurrence in the line only.
    """
    if not may_have_anchors(norm_text):
        return []
    return scan_anchors(norm_text, settings)


def may_have_anchors(text: str) -> bool:
    """False when `text` certainly has no anchor, as most lines; a quick test before `scan_anchors`.

    Every anchor is a candidate character (U+FFFD, controls, mojibake
    letters, rare Chinese characters, '?' and odd symbols) or a lone letter
    between two Chinese characters, which are never ASCII.
    """
    if text.isascii():
        # Deleting the clean bytes is far faster than a regex scan of ASCII.
        return bool(text.encode("ascii").translate(None, _CLEAN_ASCII_BYTES))
    # One scan clears most Chinese lines: no candidate and no lower-case letter.
    if _candidate_or_lowercase().search(text) is None:
        return False
    return _candidate_character().search(text) is not None or _LONE_LATIN_HINT.search(text) is not None


def scan_anchors(norm_text: str, settings: GarbledSettings) -> list[tuple[int, int, str, float]]:
    """`find_anchors` without the quick test: looks at every candidate of the line."""
    weights = settings.weights
    anchors: list[tuple[int, int, str, float]] = []
    rare_seen: set[str] = set()
    for run in _candidate_pattern().finditer(norm_text):
        position = run.start()
        for kind, characters in groupby(run.group(), key=_character_kind):
            text = "".join(characters)
            start, end = position, position + len(text)
            position = end
            if kind is None:
                continue
            if kind in RARE_HAN_KINDS:
                for offset, character in enumerate(text):
                    # A rare character that recurs is a real word or name
                    # said again; mis-decoded bytes rarely repeat one.
                    if character not in rare_seen:
                        rare_seen.add(character)
                        anchors.append((start + offset, start + offset + 1, kind, weights[kind]))
                continue
            if kind in _NEEDS_HAN_NEIGHBOUR and not _touches_han(norm_text, start, end):
                continue
            if kind == "kana_between_han" and not (end - start == 1 and _between_han(norm_text, start, end)):
                continue
            if kind == "question_mark_by_han" and end - start > 1:
                kind = "question_marks_by_han"
            anchors.append((start, end, kind, weights[kind] * (end - start)))
    for match in _LONE_LATIN.finditer(norm_text, overlapped=True):
        start = match.start() + 1
        anchors.append((start, start + 1, "lone_latin_between_han", weights["lone_latin_between_han"]))
    if _LATIN_MOJIBAKE_HINT.search(norm_text):
        for match in _badness_re().finditer(norm_text):
            anchors.append((match.start(), match.end(), "latin_mojibake", weights["latin_mojibake"]))
    anchors.sort()
    return anchors


@lru_cache(maxsize=1)
def _badness_re() -> Any:
    # ftfy costs 50 ms to import and is needed only for a line with a mojibake hint.
    from ftfy.badness import BADNESS_RE

    return BADNESS_RE


def find_garbled_spans(norm_text: str, settings: GarbledSettings) -> list[tuple[int, int]]:
    """[start, end) spans of `norm_text` that look garbled, in text order.

    Input is the normalised line (full-width folded, simplified); output
    spans run from the first to the last anchor of each flagged stretch.
    """
    anchors = find_anchors(norm_text, settings)
    if not anchors:
        return []
    config = settings
    stretches: list[list[tuple[int, int, str, float]]] = [[anchors[0]]]
    stretch_end = anchors[0][1]
    for anchor in anchors[1:]:
        if anchor[0] - stretch_end > config.max_gap:
            stretches.append([])
        stretches[-1].append(anchor)
        stretch_end = max(stretch_end, anchor[1])
    return [
        (stretch[0][0], max(end for _, end, _, _ in stretch))
        for stretch in stretches
        if _is_garbled(stretch, config)
    ]


def _is_garbled(stretch: list[tuple[int, int, str, float]], config: GarbledSettings) -> bool:
    if sum(weight for _, _, _, weight in stretch) < config.min_score:
        return False
    if not config.rare_han_only_needs_pair or any(kind not in RARE_HAN_KINDS for _, _, kind, _ in stretch):
        return True
    # Rare characters each set among common ones are names (朱镕基、陶喆、
    # 王珺); mis-decoded bytes put rare characters side by side.
    return any(previous[1] == following[0] for previous, following in zip(stretch, stretch[1:], strict=False))
