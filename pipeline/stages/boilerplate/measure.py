"""Context-free facts about one line: its markers, shape and length in units.

Length units of new lines are counted in vectorised passes over the whole
document (`measure_units`: a code-point table and numpy reduceat), with the
same counts as `length_units` gives line by line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

import numpy as np
import regex

from pipeline.rules.pattern_cache import code_digest, remembered
from pipeline.text.patterns import HAN_RUN

if TYPE_CHECKING:
    pass

from pipeline.stages.boilerplate.markers import MarkerMatcher, MarkerRule
from pipeline.stages.boilerplate.rules import BoilerplateRules, StructureSettings

# What counts towards a line's length in units (see the rules file).
# Latin words, counted on the line's ASCII characters only (much faster than
# scanning the Chinese text; a word split by a Chinese character counts once).
LATIN_WORD_BYTES = re.compile(rb"[A-Za-z]+(?:['-][A-Za-z]+)*")
ELLIPSES = ("...", "…")
ASCII_LETTER = re.compile(r"[A-Za-z]")
WHITESPACE = regex.compile(r"\s+")
TITLE_EDGES = regex.compile(r"^[\p{P}\p{S}]+|[\p{P}\p{S}]+$")
# Character classes for `measure_units`: non-ASCII other/Han, and ASCII by
# the part it plays in a Latin word (the ASCII classes are the largest).
CLASS_OTHER, CLASS_HAN, CLASS_ASCII_OTHER, CLASS_LETTER, CLASS_JOINER = 0, 1, 2, 3, 4
# A line longer than this many characters per unit of the largest threshold
# is measured on its head first (see `units_for_thresholds`).
HEAD_CHARACTERS_PER_UNIT = 8
# Lines are measured in batches of about this many characters (bounded memory).
BATCH_CHARACTERS = 1 << 20


class LineFacts:
    """What the context-free pass learned about one (stripped) line.

    `units` is the line's length in units (see `length_units`). `protected` (an article-text rule matches)
    is worked out on first use: most lines never need it.
    """

    __slots__ = (
        "text",
        "blank",
        "marker",
        "headline_like",
        "paragraph_like",
        "truncated",
        "link_item",
        "caption_shaped",
        "units",
        "_article_text",
        "_protected",
        "_title_key",
    )

    def __init__(
        self,
        text: str = "",
        blank: bool = False,
        marker: MarkerRule | None = None,
        headline_like: bool = False,
        paragraph_like: bool = False,
        truncated: bool = False,
        link_item: bool = False,
        caption_shaped: bool = False,
        units: int = 0,
        article_text: MarkerMatcher | None = None,
    ) -> None:
        self.text = text
        self.blank = blank
        self.marker = marker
        self.headline_like = headline_like
        self.paragraph_like = paragraph_like
        self.truncated = truncated
        self.link_item = link_item
        self.caption_shaped = caption_shaped
        self.units = units
        self._article_text = article_text
        self._protected: bool | None = None
        self._title_key: str | None = None

    @property
    def protected(self) -> bool:
        """True when an article-text rule matches the line (structure rules then leave it alone)."""
        if self._protected is None:
            matcher = self._article_text
            self._protected = matcher is not None and matcher.find(self.text) is not None
        return self._protected

    @property
    def title_key(self) -> str:
        """The line as a title is compared (see `title_key`), worked out once per line text."""
        if self._title_key is None:
            self._title_key = title_key(self.text)
        return self._title_key


def title_key(text: str) -> str:
    """A line as a title is compared: spaces dropped, punctuation and symbols at both ends stripped."""
    return TITLE_EDGES.sub("", WHITESPACE.sub("", text))


BLANK_LINE = LineFacts(blank=True)


def length_units(text: str, latin_word_units: int) -> int:
    """Length of `text` in units: a Han character 1, a Latin word `latin_word_units`, the rest 0."""
    han = len(text) - len(HAN_RUN.sub("", text))
    ascii_text = text.encode("ascii", "ignore")
    latin_words = len(LATIN_WORD_BYTES.findall(ascii_text)) if ascii_text else 0
    return han + latin_word_units * latin_words


def measure_units(texts: Sequence[str], latin_word_units: int) -> list[int]:
    """`length_units` of every text, in order, measured in vectorised passes over batches of lines.

    The same counts as `length_units` gives line by line, without a Python
    step per line or per word: lines are joined (a newline between them),
    Han characters are looked up in a table of all code points, and Latin
    words are counted as letter runs minus joiners between two letters.
    """
    if not texts:
        return []
    if sum(map(len, texts)) + len(texts) < BATCH_CHARACTERS:  # the usual document: one batch
        return _batch_units(list(texts), latin_word_units)
    units: list[int] = []
    batch: list[str] = []
    size = 0
    for text in texts:
        batch.append(text)
        size += len(text) + 1
        if size >= BATCH_CHARACTERS:
            units.extend(_batch_units(batch, latin_word_units))
            batch, size = [], 0
    if batch:
        units.extend(_batch_units(batch, latin_word_units))
    return units


def units_for_thresholds(texts: list[str], settings: StructureSettings) -> list[int]:
    """Length units of every text, exact up to the largest threshold and above it otherwise.

    A long line is measured on its head: a prefix never has more units than
    the line, so a head above every threshold decides every comparison, and
    a huge line costs no more than its head. Lines whose head stays below
    are measured whole.
    """
    largest = max(
        settings.headline_max_units,
        settings.paragraph_min_units,
        settings.caption_max_units,
        settings.between_max_units,
        settings.above_navigation_max_units,
        settings.short_run_max_units,
    )
    head = HEAD_CHARACTERS_PER_UNIT * (largest + 1)
    units = measure_units([text[:head] for text in texts], settings.latin_word_units)
    unsure = [index for index, text in enumerate(texts) if len(text) > head and units[index] <= largest]
    wholes = measure_units([texts[index] for index in unsure], settings.latin_word_units)
    for index, whole in zip(unsure, wholes, strict=True):
        units[index] = whole
    return units


def _batch_units(texts: list[str], latin_word_units: int) -> list[int]:
    """`measure_units` for one batch of lines."""
    # Every line is followed by a newline, so no line is an empty segment (of
    # all characters, or of the ASCII ones) and the newline keeps Latin words
    # of neighbouring lines apart.
    joined = "\n".join(texts) + "\n"
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    classes = _character_classes().take(codes)
    line_starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
    han = np.add.reduceat(classes == CLASS_HAN, line_starts, dtype=np.int64)
    if ASCII_LETTER.search(joined) is None:  # no Latin word anywhere (most Chinese pages)
        return han.tolist()
    # Latin words live on the ASCII characters only (others are dropped, as in
    # `length_units`): a word starts at a letter after a non-letter, and a
    # joiner between two letters ("it's", "well-known") starts none.
    ascii_positions = np.flatnonzero(classes >= CLASS_ASCII_OTHER)
    shapes = classes[ascii_positions]
    letters = shapes == CLASS_LETTER
    word_steps = letters.astype(np.int64)
    word_steps[1:] -= letters[1:] & letters[:-1]
    word_steps[1:-1] -= (shapes[1:-1] == CLASS_JOINER) & letters[:-2] & letters[2:]
    words = np.add.reduceat(word_steps, ascii_positions.searchsorted(line_starts))
    return (han + latin_word_units * words).tolist()


@lru_cache(maxsize=1)
def _character_classes() -> np.ndarray:
    """One class per code point: CLASS_HAN for what `HAN_RUN` matches, ASCII classes by word shape."""
    classes = np.where(_han_table(), CLASS_HAN, CLASS_OTHER).astype(np.uint8)
    for code in range(128):
        character = chr(code)
        classes[code] = (
            CLASS_LETTER if character.isalpha() else CLASS_JOINER if character in "'-" else CLASS_ASCII_OTHER
        )
    return classes


@lru_cache(maxsize=1)
def _han_table() -> np.ndarray:
    """One boolean per code point: True for the characters `HAN_RUN` matches."""
    table = np.zeros(0x110000, dtype=bool)
    for start, end in _han_runs():
        table[start:end] = True
    return table


def _han_runs() -> list[tuple[int, int]]:
    """The runs of code points `HAN_RUN` matches, as [start, end) pairs.

    Finding them takes a search over every code point (about 20 ms); inside
    `cached_patterns()` (where a run's rules are checked) they are kept in the
    user's cache, keyed by the pattern and a digest of this file.
    """
    digest = code_digest(__file__)
    if digest is None:
        return _find_han_runs()
    key = f"{digest}\0{type(HAN_RUN).__module__}\0{HAN_RUN.pattern}\0{int(HAN_RUN.flags)}"
    return remembered("tables", key, lambda _key: _find_han_runs(), valid=_are_runs)


def _find_han_runs() -> list[tuple[int, int]]:
    codes = np.arange(0x110000, dtype="<u4")
    codes[0xD800:0xE000] = ord(" ")  # lone surrogates cannot be decoded (and are not Han)
    every_character = codes.tobytes().decode("utf-32-le")
    return [(run.start(), run.end()) for run in HAN_RUN.finditer(every_character)]


def _are_runs(value: object) -> bool:
    return type(value) is list and all(
        type(run) is tuple and len(run) == 2 and all(type(end) is int for end in run) for run in value
    )


def line_facts(text: str, rules: BoilerplateRules, units: int | None = None) -> LineFacts:
    """Context-free facts about one normalised line (markers, shape, length).

    `units` (the stripped line's length units) may come from a pass over the
    whole document; it is worked out here otherwise.
    """
    stripped = text.strip()
    if not stripped:
        return BLANK_LINE
    settings = rules.structure
    if units is None:
        units = length_units(stripped, settings.latin_word_units)
    truncated = stripped.endswith(ELLIPSES)
    ends_sentence = stripped[-1] in settings.sentence_end and not truncated
    headline_like = 0 < units <= settings.headline_max_units and not ends_sentence
    return LineFacts(
        stripped,
        False,
        rules.markers.find(stripped),
        headline_like,
        units >= settings.paragraph_min_units,
        truncated,
        headline_like and settings.link_item_pattern.search(stripped) is not None,
        0 < units <= settings.caption_max_units
        and settings.caption_forbidden_pattern.search(stripped) is None,
        units,
        rules.article_text,
    )
