"""The shared name pass: English names found chunk by chunk equal those of the whole line."""

from __future__ import annotations

import pytest
import regex

from pipeline.extractors.names import find as names

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


def _plain_tokens(text: str) -> list[tuple[int, int, str]]:
    tokens = []
    for match in PLAIN_WORD.finditer(text):
        word, end = match.group(), match.end()
        if word.endswith(".") and word not in names.ABBREVIATION_HEADS:
            word, end = word[:-1], end - 1
        tokens.append((match.start(), end, word))
    return tokens


def _names_of_the_whole_line(text: str) -> list[names.NameSpan]:
    """English names with every word of the line read at once (no chunks)."""
    rules = names.name_rules()
    return names._english_chunk_names(text, _plain_tokens(text), rules)


@pytest.mark.parametrize("text", ENGLISH_LINES)
def test_english_words_are_those_of_the_plain_word_pattern(text: str) -> None:
    assert names._english_tokens(text) == _plain_tokens(text)


@pytest.mark.parametrize("text", ENGLISH_LINES)
def test_english_names_by_chunk_equal_those_of_the_whole_line(text: str) -> None:
    assert names._english_names(text, names.name_rules()) == _names_of_the_whole_line(text)


@pytest.mark.parametrize("text", ENGLISH_LINES)
def test_chunks_hold_every_word_and_end_where_words_stop_joining(text: str) -> None:
    tokens = _plain_tokens(text)
    chunk_tokens = [
        token
        for chunk in names.ENGLISH_CHUNK.finditer(text)
        for token in names._english_tokens(text, *chunk.span())
    ]
    assert chunk_tokens == tokens
    for chunk in names.ENGLISH_CHUNK.finditer(text):
        inside = names._english_tokens(text, *chunk.span())
        assert all(later[0] - earlier[1] == 1 for earlier, later in zip(inside, inside[1:], strict=False))
