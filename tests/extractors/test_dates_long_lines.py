"""The date stage on long lines: its cost grows with the line's length, not with its square."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from datetime import date

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.dates import find as dates
from pipeline.extractors.dates import match
from pipeline.extractors.dates.rules import compile_date_rules
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES

# Clauses repeated into one line: with and without sentence breaks, English and Chinese.
CLAUSES = {
    "english sentences": "Officials said on Friday that exports rose in December. ",
    "english run-on": "officials said on Friday that exports rose in December and ",
    "chinese sentences": "公司于2025年3月5日签约，去年同期增长5%。",
    "chinese run-on": "公司于2025年3月5日签约后预计2月完工而且去年同期增长5%并且",
}


def _date_spans(text: str) -> list[tuple[int, int, date | None]]:
    line = normalise_line(1, text, RULES)
    spans = dates.find_spans(
        [LineContext(1, line.norm_text, line.lang)], DocumentContext(doc_date=date(2025, 6, 10)), RULES
    )
    return [(span.start, span.end, span.fields["start_date"]) for span in spans]


def _cpu_seconds(work: Callable[[], object], repeats: int = 3) -> float:
    """The least CPU time of a few runs (the least is the one least disturbed).

    The collector is paused while `work` runs: a full collection walks every
    object of the test process (thousands of tests' worth in a whole run), so
    its cost measures the runner's heap, not the work.
    """
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            work()
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


@pytest.mark.slow
@pytest.mark.parametrize("clause", CLAUSES.values(), ids=CLAUSES.keys())
def test_a_line_four_times_as_long_costs_about_four_times_as_much(clause):
    # Four times the length, not two: a cost that grows with the square is
    # sixteen times, far from the bound, while a busy machine's noise (up to a
    # third on one measure) stays within it.
    quarter = _cpu_seconds(lambda: _date_spans(clause * 300))
    whole = _cpu_seconds(lambda: _date_spans(clause * 1200))
    assert whole <= 6 * quarter + 0.05, f"{quarter:.3f}s for 300 clauses, {whole:.3f}s for 1200"


def test_a_rule_attempt_does_not_read_the_rest_of_the_line():
    rules = RULES.compiled(compile_date_rules)
    clause = CLAUSES["english sentences"]

    def attempts(text: str) -> Callable[[], None]:
        def run() -> None:
            for _ in range(50):
                for position in range(len(clause)):
                    match.match_at(text, None, position, rules)

        return run

    short = _cpu_seconds(attempts(clause * 20))
    long = _cpu_seconds(attempts(clause * 4000))
    assert long <= 3 * short + 0.01, f"{short:.4f}s beside 20 clauses, {long:.4f}s beside 4000"


@pytest.mark.parametrize("clause", CLAUSES.values(), ids=CLAUSES.keys())
def test_a_long_line_finds_what_its_clauses_find(clause):
    alone = _date_spans(clause)
    assert alone
    repeated = _date_spans(clause * 300)
    assert repeated[: len(alone)] == alone
    assert len(repeated) == 300 * len(alone)


@pytest.mark.parametrize(
    "text",
    [
        "a" + " " * 350 + "b" + "c" * 1000,  # the match would end past the margin: matched again, no match
        "a" + " " * 398 + "bc" + "d" * 1000,  # the window ends right after b: (?!c) must see the c
        "a" + " " * 398 + "bd" + "d" * 1000,
        "a b" + "d" * 1000,
        "a" + " " * 1000 + "b",  # longer than the window: the attempt cut by its end is made again
    ],
)
def test_a_windowed_match_is_the_match_on_the_whole_text(text):
    pattern = regex.compile(r"a\s*b(?!c)")
    window_end = min(len(text), match.MATCH_WINDOW)
    windowed = match._windowed_match(pattern, text, 0, window_end)
    whole = pattern.match(text)
    assert (windowed and windowed.span()) == (whole and whole.span())


@given(st.text(alphabet="。！？；!?;. \n年月日2025预计将于ab", max_size=60))
def test_the_clause_before_a_date_is_the_one_a_scan_from_the_start_finds(text):
    for start in range(len(text) + 1):
        assert dates._clause_before(text, start) == dates._clause_before_by_scanning(text, start)


WORDS = ("planned", "to open", "h1", "-end", "in-", "预计", "将于")
CLAUSE_TEXT = st.lists(
    st.sampled_from(
        ["Planned", "planned", "plannedx", "to open", "TO  open", "h1", "-end", "x-end", "in-", "预计",
         "将于", "《", "》", "。", "；", ". ", ".", "!", " ", "_", "a", "2025年", "İ", "Σ", "\u00e9"]
    ),
    max_size=14,
).map("".join)  # fmt: skip


@given(CLAUSE_TEXT, st.sampled_from([WORDS, WORDS[:3], WORDS[3:], ("to",)]))
def test_a_clause_holds_a_word_exactly_when_searching_it_lower_cased_finds_one(text, words):
    for start in range(len(text) + 1):
        clause = dates._clause_before(text, start)
        found = dates._has_any_word(clause.lower(), words)
        assert dates._clause_words(text, words).has_word(start) in (found, None)
        assert dates._clause_before_has_word(text, start, words) == found
        in_title = clause.rfind("《") > clause.rfind("》")
        assert dates._clause_words(text, words).in_open_title(start) == in_title
        assert dates._in_open_title(text, start, words) == in_title


def test_a_long_clause_is_read_from_the_word_places_and_a_short_one_alone(monkeypatch):
    text = "Planned in-2025年 to open 《计划2026年"
    words = ("planned", "to open", "in-")
    expected = [
        dates._has_any_word(dates._clause_before(text, start).lower(), words)
        for start in range(len(text) + 1)
    ]
    for long_clause in (0, 1000):
        monkeypatch.setattr(dates, "LONG_CLAUSE", long_clause)
        assert [
            dates._clause_before_has_word(text, start, words) for start in range(len(text) + 1)
        ] == expected


@pytest.mark.parametrize(
    "text",
    [
        "2010年有记录以来最高",
        "2010年 开始有正式统计数据以来",
        "2010年的数据" + "有" * 3000 + "记录以来",  # the words past the window: no match either way
        "2010年" + " " * 2500 + "有记录以来",  # spaces past the window: matched again on the whole line
        "2010年有记录" + "，公司于2025年3月5日签约" * 200 + "以来",
    ],
)
def test_a_pattern_matched_after_a_date_matches_near_it_as_on_the_whole_line(text):
    rules = RULES.compiled(compile_date_rules)
    pattern = rules.history_after
    near = match.match_near(pattern, text, 5)
    whole = pattern.match(text, 5)
    assert (near and near.span()) == (whole and whole.span())
