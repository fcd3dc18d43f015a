"""Context-free facts about one line: its markers, shape and length in units."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import regex

from pipeline.stages.boilerplate.markers import MarkerMatcher, MarkerRule
from pipeline.stages.boilerplate.rules import BoilerplateRules, StructureSettings
from pipeline.text.patterns import HAN_RUN

# What counts towards a line's length in units (see the rules file).
# Latin words, counted on the line's ASCII characters only (much faster than
# scanning the Chinese text; a word split by a Chinese character counts once).
LATIN_WORD_BYTES = re.compile(rb"[A-Za-z]+(?:['-][A-Za-z]+)*")
ELLIPSES = ("...", "…")
WHITESPACE = regex.compile(r"\s+")
TITLE_EDGES = regex.compile(r"^[\p{P}\p{S}]+|[\p{P}\p{S}]+$")
# A line longer than this many characters per unit of the largest threshold
# is measured on its head first (see `units_for_thresholds`).
HEAD_CHARACTERS_PER_UNIT = 8


class LineFacts:
    """What the context-free pass learned about one (stripped) line.

    `units` is the line's length in units (see `length_units`); `chrome_row`
    tells a row of page controls no marker takes whole (see `chrome_row`).
    `protected` (an article-text rule matches) is worked out on first use:
    most lines never need it.
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
        "chrome_row",
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
        chrome_row: bool = False,
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
        self.chrome_row = chrome_row
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
    def article_text_rule(self) -> str | None:
        """The id of the article-text rule that matches the line, or None (not cached: seldom asked)."""
        matcher = self._article_text
        rule = matcher.find(self.text) if matcher is not None else None
        return None if rule is None else rule.rule_id

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
    """`length_units` of every text, in order."""
    return [length_units(text, latin_word_units) for text in texts]


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


def find_marker(stripped: str, rules: BoilerplateRules) -> MarkerRule | None:
    """The marker rule matching a stripped line, also when its labels are spelt out with spaces.

    A portal template may align a two-character label with a space inside
    it ("编　辑:林一", "【 打 印 】"); a line no marker takes is matched again
    with the spaces that `spaced_label` finds removed (a line of at most its
    `max_chars`: running text is longer than a label line). A marker marked
    `not_in_sentence` does not count on a line that `structure.marker_sentence`
    takes for a sentence of the article.
    """
    marker = rules.markers.find(stripped)
    spaced = rules.structure.spaced_label_pattern
    if marker is None and spaced is not None and len(stripped) <= rules.structure.spaced_label_max_chars:
        joined = spaced.sub("", stripped)
        if joined != stripped:
            marker = rules.markers.find(joined)
    sentence = rules.structure.marker_sentence_pattern
    if marker is not None and marker.not_in_sentence and sentence is not None and sentence.search(stripped):
        return None
    return marker


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
    marker = find_marker(stripped, rules)
    return LineFacts(
        stripped,
        False,
        marker,
        headline_like,
        units >= settings.paragraph_min_units,
        truncated,
        headline_like and settings.link_item_pattern.search(stripped) is not None,
        0 < units <= settings.caption_max_units
        and settings.caption_forbidden_pattern.search(stripped) is None,
        units,
        marker is None and chrome_row(stripped, rules),
        rules.article_text,
    )


def chrome_row(stripped: str, rules: BoilerplateRules) -> bool:
    """Whether a line is a row of page controls: runs of parts between separators, each a marker's line alone.

    A site prints its tools, language links and reader actions on one row
    ("收藏 | 分享 | 举报", "Printer-friendly version | Back to top"); each
    part alone is a line a marker takes, the row as a whole matches none.
    The line splits on `structure.chrome_row.separator_pattern` into at
    least `min_parts` parts, is at most `max_chars` long, and every part is
    taken by a marker other than `ignored_markers`, alone or with the parts
    next to it: a run of parts a marker takes as one row ("列印 | 電郵", a
    tool row) counts as one part ("下載PDF | 列印 | 電郵"). A row holding one
    part of the article (a source, a byline, a date) is no such row.
    A row of at least `stray_min_parts` parts with at least two runs a
    marker takes may hold up to `max_stray_parts` other parts, each a short
    control word `stray_pattern` takes whole ("RSS", "APP阅读", a count
    "0"): sites add controls of their own to a standard tool bar
    ("Text Size: A A A   Email   Print   RSS").
    """
    settings = rules.structure
    separator = settings.chrome_row_separator
    if separator is None or len(stripped) > settings.chrome_row_max_chars:
        return False
    if separator.search(stripped) is None:
        return False
    spans = _part_spans(stripped, separator)
    if len(spans) < settings.chrome_row_min_parts:
        return False
    ignored = settings.chrome_row_ignored_markers

    known: dict[tuple[int, int], bool] = {}

    def taken(first: int, last: int) -> bool:
        if (first, last) not in known:
            marker = find_marker(stripped[spans[first][0] : spans[last][1]], rules)
            known[first, last] = marker is not None and marker.rule_id not in ignored
        return known[first, last]

    # covered[k]: the first k parts split into runs a marker takes each; a
    # part alone is tried first, as most rows are made of single controls.
    covered = [True] + [False] * len(spans)
    for end in range(1, len(spans) + 1):
        covered[end] = any(covered[start] and taken(start, end - 1) for start in range(end - 1, -1, -1))
    if covered[-1]:
        return True
    return _covered_with_strays(stripped, spans, taken, settings)


def _covered_with_strays(
    stripped: str,
    spans: list[tuple[int, int]],
    taken: Callable[[int, int], bool],
    settings: StructureSettings,
) -> bool:
    """Whether the parts split into runs a marker takes, at least two, and a few stray control words.

    best[k] is the fewest stray parts among the first k parts, with the most
    runs for that number: a stray part is one `stray_pattern` takes whole,
    never the first, and rows with more than `max_stray_parts` of them are
    no rows.
    """
    pattern = settings.chrome_row_stray_pattern
    if pattern is None or len(spans) < settings.chrome_row_stray_min_parts:
        return False
    # The first part is never a stray: a byline or a name leads a row of
    # widgets and keeps it text.
    parts = [stripped[start:end] for start, end in spans]
    stray = [index > 0 and pattern.fullmatch(part) is not None for index, part in enumerate(parts)]
    if not any(stray):
        return False
    worst = len(spans) + 1
    best: list[tuple[int, int]] = [(0, 0)] + [(worst, 0)] * len(spans)
    for end in range(1, len(spans) + 1):
        options = []
        if stray[end - 1] and best[end - 1][0] < worst:
            options.append((best[end - 1][0] + 1, best[end - 1][1]))
        options.extend(
            (best[start][0], best[start][1] + 1)
            for start in range(end - 1, -1, -1)
            if best[start][0] < worst and taken(start, end - 1)
        )
        if options:
            best[end] = min(options, key=lambda option: (option[0], -option[1]))
    strays, runs = best[-1]
    return strays <= settings.chrome_row_max_stray_parts and runs >= 2


def _part_spans(stripped: str, separator: regex.Pattern) -> list[tuple[int, int]]:
    """The (start, end) offsets of the non-blank parts of a line between separators."""
    spans: list[tuple[int, int]] = []
    position = 0
    for found in separator.finditer(stripped):
        _add_span(stripped, position, found.start(), spans)
        position = found.end()
    _add_span(stripped, position, len(stripped), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append the span of text[start:end] without its outer spaces, if anything is left."""
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        offset = start + len(piece) - len(piece.lstrip())
        spans.append((offset, offset + len(stripped)))
