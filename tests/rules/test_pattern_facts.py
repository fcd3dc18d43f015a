"""Answers of patterns about fixed texts, kept in the user cache under the pattern, texts and code."""

from __future__ import annotations

import re

import regex

from pipeline.rules import pattern_cache, pattern_facts
from pipeline.rules.pattern_facts import ASCII, fullmatched, none_can_start
from tests.rules.test_pattern_cache import fresh_cache  # noqa: F401  # the fixture

ANCHORS = [r"(?:截至|截止)", r"(?i:as of|since)\s", r"\d+年", r"[年月](?:底|初)", r"(?:前|后)\p{Han}"]
PLACES = re.compile("(?:青禾县|青禾|江北新区)")
NAMES = ["青禾", "青禾科技", "江北新区", "江北", "Qinghe Tech"]


def _directly(pattern: regex.Pattern) -> bool:
    return all(pattern.match(chr(code), partial=True) is None for code in range(128))


def test_none_can_start_answers_as_trying_every_ascii_character(fresh_cache):  # noqa: F811
    patterns = [regex.compile(text) for text in ANCHORS]
    expected = [_directly(pattern) for pattern in patterns]
    assert expected == [True, False, False, True, True]
    with pattern_cache.cached_patterns():
        assert [none_can_start(pattern, ASCII) for pattern in patterns] == expected
        assert pattern_cache._added == len(patterns)
    fresh_cache()
    with pattern_cache.cached_patterns():
        assert [none_can_start(pattern, ASCII) for pattern in patterns] == expected
        assert pattern_cache._added == 0  # every answer read back


def test_fullmatched_names_the_texts_a_pattern_matches_whole(fresh_cache):  # noqa: F811
    with pattern_cache.cached_patterns():
        assert fullmatched(PLACES, NAMES) == {"青禾", "江北新区"}
    fresh_cache()
    with pattern_cache.cached_patterns():
        assert fullmatched(PLACES, NAMES) == {"青禾", "江北新区"}
        assert pattern_cache._added == 0
        # other texts, another pattern, other flags: asked anew
        kept = len(pattern_cache._table["tables"])
        assert fullmatched(PLACES, [*NAMES, "青禾县"]) == {"青禾", "青禾县", "江北新区"}
        assert fullmatched(re.compile("(?:青禾县|青禾科技)"), NAMES) == {"青禾科技"}
        assert fullmatched(re.compile("qinghe tech", re.IGNORECASE), NAMES) == {"Qinghe Tech"}
        assert fullmatched(re.compile("qinghe tech"), NAMES) == frozenset()
        assert len(pattern_cache._table["tables"]) == kept + 4


def test_changed_code_or_a_damaged_answer_is_computed_again(fresh_cache, monkeypatch):  # noqa: F811
    anchor = regex.compile(ANCHORS[0])
    with pattern_cache.cached_patterns():
        assert none_can_start(anchor, ASCII) is True
        assert fullmatched(PLACES, NAMES) == {"青禾", "江北新区"}
    fresh_cache()
    with pattern_cache.cached_patterns():
        for key, value in pattern_cache._table["tables"].items():
            pattern_cache._table["tables"][key] = ("damaged",) if value == (True,) else ((1, 2),)
        assert none_can_start(anchor, ASCII) is True
        assert fullmatched(PLACES, NAMES) == {"青禾", "江北新区"}
        assert pattern_cache._added == 2
    fresh_cache()
    monkeypatch.setattr(pattern_facts, "code_digest", lambda *_files: "other code")
    with pattern_cache.cached_patterns():
        assert none_can_start(anchor, ASCII) is True
        assert pattern_cache._added == 1


def test_patterns_with_named_lists_are_asked_every_time(fresh_cache):  # noqa: F811
    listed = regex.compile(r"\L<places>", places=["青禾", "江北"])
    with pattern_cache.cached_patterns():
        assert fullmatched(listed, NAMES) == {"青禾", "江北"}
        assert none_can_start(listed, ASCII) is True
        assert pattern_cache._added == 0
    # and outside the block nothing is kept
    assert fullmatched(PLACES, NAMES) == {"青禾", "江北新区"}
