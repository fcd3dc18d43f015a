"""A bare brand acting in a headline is a company only where the body names it too.

Headlines drop head nouns ("禾信落户澜江"): the brand alone is kept where a
later line names the company in full or again, and dropped where the body
never names it. A single line, or a first line that is a sentence (with a
full stop), is no headline. All texts are invented for these tests.
"""

from __future__ import annotations

import pipeline


def organisations(text: str) -> list[tuple[int, str]]:
    return [(m.line_no, m.raw_text) for m in pipeline.extract(text) if m.table == "organisations"]


def test_a_headline_brand_the_body_names_in_full_is_kept() -> None:
    text = "禾信落户澜江\n\n澜江讯 禾信科技有限公司昨日签约落户澜江。"
    assert organisations(text) == [(1, "禾信"), (3, "禾信科技有限公司")]


def test_a_headline_brand_the_body_never_names_is_dropped() -> None:
    text = "禾信落户澜江\n\n澜江讯 全市今年引进项目30个。"
    assert organisations(text) == []


def test_a_single_line_is_no_headline() -> None:
    assert organisations("禾信落户澜江") == [(1, "禾信")]


def test_a_first_line_with_a_full_stop_is_no_headline() -> None:
    text = "禾信落户澜江。\n\n全市今年引进项目30个。"
    assert organisations(text) == [(1, "禾信")]
