"""The shared name pass: English names found chunk by chunk equal those of the whole line."""

from __future__ import annotations

import pytest
import regex

from pipeline.extractors.names import english
from pipeline.extractors.names.rules import NameSpan, compile_name_rules
from tests.conftest import RULES

# The word pattern before chunks: a trailing full stop is matched, then dropped
# unless the word is an abbreviation head.
PLAIN_WORD = regex.compile(r"[A-Za-z0-9](?:[A-Za-z0-9’'&·\-]*[A-Za-z0-9])?\.?|&")

ENGLISH_LINES = [
    "",
    "no head word here at all",
    "The Suzhou Industrial Park Administrative Committee said so.",
    "Beijing Junming Medical health diagnosis industrial base opened. It is based in Changping.",
    "Pfizer Co.Ltd and Roche Holdings Inc. signed. Co. Ltd, Inc.Group",
    "XInc. Corp.Park Corporation. Inc.",
    "x-Ray Park, R&D pilot base, R & D base, A&B Group & Partners Fund",
    "Zhongguancun Life Science Park 中关村生命科学园 Park园区 base基地 Beijing.Park",
    "Building a platform. Platform. the platform project, Tsinghua University and Peking University",
    "Beijing Forum in May 2021 and Summit for 2030; the Week of Innovation",
    "Parks, Parking, Baseline, databases, Fairly, station-based, Planet, Plants",
    "Beijing  Park  base   Hub. . . Zone-like zone",
    "The enterprises such as Baidu, Tencent, and Alibaba etc. joined the Alliance of Hubs",
    "a/b Park c.d Park e’Park f'g Base h·i Center j-k Center 3D Lab 2030 Plan 12 Station",
    "Junming medical health diagnosis industrial base, Junming big health industrial base",
]


def _rules():
    return RULES.compiled(compile_name_rules)


def _plain_tokens(text: str) -> list[tuple[int, int, str]]:
    abbreviations = _rules().abbreviation_heads
    tokens = []
    for match in PLAIN_WORD.finditer(text):
        word, end = match.group(), match.end()
        if word.endswith(".") and word not in abbreviations:
            word, end = word[:-1], end - 1
        tokens.append((match.start(), end, word))
    return tokens


def _names_of_the_whole_line(text: str) -> list[NameSpan]:
    """English names with every word of the line read at once (no chunks)."""
    return english.chunk_names(text, _plain_tokens(text), _rules())


@pytest.mark.parametrize("text", ENGLISH_LINES)
def test_english_words_are_those_of_the_plain_word_pattern(text: str) -> None:
    assert english.english_tokens(text, _rules()) == _plain_tokens(text)


@pytest.mark.parametrize("text", ENGLISH_LINES)
def test_english_names_by_chunk_equal_those_of_the_whole_line(text: str) -> None:
    assert english.english_names(text, _rules()) == _names_of_the_whole_line(text)


@pytest.mark.parametrize("text", ENGLISH_LINES)
def test_chunks_hold_every_word_and_end_where_words_stop_joining(text: str) -> None:
    rules = _rules()
    tokens = _plain_tokens(text)
    chunk_tokens = [
        token
        for chunk in rules.english_chunk.finditer(text)
        for token in english.english_tokens(text, rules, *chunk.span())
    ]
    assert chunk_tokens == tokens
    for chunk in rules.english_chunk.finditer(text):
        inside = english.english_tokens(text, rules, *chunk.span())
        assert all(later[0] - earlier[1] == 1 for earlier, later in zip(inside, inside[1:], strict=False))
