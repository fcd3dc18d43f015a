"""The word view's shortcuts give what reading the segmented words gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors.names import words
from pipeline.extractors.names.rules import compile_name_rules
from tests.conftest import RULES

# Pieces of invented text: verbs and nouns that run into suffixes, function words, other scripts.
PIECES = [
    *("举行", "动", "行动", "建设", "施工", "设施", "产业园", "公司", "中心", "协调", "解决"),
    *("和", "的", "在", "已", "创新", "服务", "科", "技", "A", "5G", "2023", " ", "("),
]


@settings(deadline=None)  # the first example compiles the rules
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join), st.integers(0, 4))
def test_straddles_is_what_the_segmented_words_say(text, at):
    view = RULES.compiled(compile_name_rules).word_view
    at = min(at, len(text))
    assert view.straddles(text, at) == view.straddles_by_segmenting(text, at)


def test_a_verb_running_into_a_suffix_straddles_it_and_a_noun_before_one_does_not():
    view = RULES.compiled(compile_name_rules).word_view
    assert view.straddles("会举行动", 2)  # the suffix 行动 begins inside 举行
    assert view.straddles("建设施工", 1)  # 设施 inside 建设
    assert not view.straddles("光伏产业园", 2)


def test_the_text_around_a_suffix_is_read_once_for_every_rule_and_line_that_asks(monkeypatch):
    view = RULES.compiled(compile_name_rules).word_view
    segmented = []
    plain = view.straddles_by_segmenting
    monkeypatch.setattr(
        view, "straddles_by_segmenting", lambda text, at: segmented.append(text) or plain(text, at)
    )
    text = "园区举行动员大会"[1:]  # a text no other test asks about
    assert [view.straddles(text, 2) for _ in range(3)] == [True, True, True]
    assert segmented == [text]


# Pieces that put every kind of run beside every other: Chinese words that
# join or split, digits with a dot, Latin letters, punctuation, spaces.
WORD_END_PIECES = [*PIECES, "3.5", "亿元", "收购", "平台企业", "B", "x", "，", "。", "企"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(WORD_END_PIECES), min_size=0, max_size=7).map("".join), st.integers(-1, 40))
def test_a_word_end_read_from_its_run_is_the_one_the_whole_text_gives(text, at):
    assert words.word_ends(text, at) == words.word_ends_by_segmenting(text, at)


@settings(deadline=None)
@given(st.lists(st.sampled_from(WORD_END_PIECES), min_size=0, max_size=7).map("".join))
def test_text_tagged_run_by_run_is_what_segmenting_it_whole_gives(text):
    tagger = words._tagger()
    plain = []
    for run in words._RUNS.finditer(text):
        if run.lastgroup != "han":
            plain.append((run.group(), run.lastgroup))
            continue
        for word in tagger.segment(run.group()):
            tag = tagger.words.entry(word)[1]
            plain.append((word, "x" if tag is None else tag))
    assert tagger.cut(text) == plain


def test_a_word_ends_only_where_the_dictionary_ends_one():
    assert words.word_ends("平台企业的", 4)  # 平台 / 企业
    assert not words.word_ends("平台企业的", 3)  # 台企 is not read inside 平台企业
    assert not words.word_ends("A12.5", 3)  # inside a number
    assert words.word_ends("A12.5", 1)  # between letters and digits


def test_a_compass_point_and_one_character_begin_a_name_but_a_verb_phrase_does_not():
    view = RULES.compiled(compile_name_rules).word_view
    assert view.start("东涌", True) == 0  # a place's short name the dictionary reads as 东 and a verb
    assert view.start("北环", True) == 0
    assert view.start("杭州建", True) is None  # a place and a verb right before the suffix: a clause
