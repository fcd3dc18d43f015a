"""English companies named again by their first two words: "Orient Steel" after "Orient Steel Structures Ltd".

Each document names a company in full once and then by the first two words
of its name; the later uses are that company (alias_of the full name). The
two words name no short form where the document also writes them before
another capitalised word, after a preposition of place, or where they are a
place, and a name of two words and a legal form is read whole. All
documents are invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

SHORT_FORMS = [
    (
        "Orient Steel Structures Ltd won the tender for the deck.\n"
        "Orient Steel said the work would take a year.",
        "Orient Steel",
        "Orient Steel Structures Ltd",
    ),
    (
        "Taiwan Kaiyu Precision Industry Corp reported higher sales.\n"
        "Kaiyu Precision expects demand to recover.",
        "Kaiyu Precision",
        "Taiwan Kaiyu Precision Industry Corp",
    ),
    (
        "Lanhai Metro Group Co Ltd will run the new line.\n"
        "Lanhai Metro said trains would come every three minutes.",
        "Lanhai Metro",
        "Lanhai Metro Group Co Ltd",
    ),
    (
        "The deal was signed by Qiaoyun Harbour Logistics Limited.\nQiaoyun Harbour will hire 300 workers.",
        "Qiaoyun Harbour",
        "Qiaoyun Harbour Logistics Limited",
    ),
    (
        "Brightmoor Cold Chain Holdings Ltd opened a depot.\n"
        "Shares in Lanhai rose after Brightmoor Cold said sales doubled.",
        "Brightmoor Cold",
        "Brightmoor Cold Chain Holdings Ltd",
    ),
    (
        "Xinhe Marine Engineering Co Ltd delivered the rig.\nXinhe Marine expects two more orders this year.",
        "Xinhe Marine",
        "Xinhe Marine Engineering Co Ltd",
    ),
]

NO_SHORT_FORMS = [
    # the two words before another capitalised word name something else
    "Orient Steel Structures Ltd built the deck.\nThe Orient Steel Bridge opened in May.",
    # after a preposition of place they are where something is
    "Lanhai Harbour Engineering Co Ltd won the contract.\nFerries in Lanhai Harbour were delayed.",
    # a place
    "Hong Kong Dragon Airlines Ltd ordered ten jets.\nHong Kong expects tourism to recover.",
    # the works or the place a company is named after: the canal, not its builder
    "Guangnan Xilu Canal Construction Co Ltd is digging the channel.\nXilu Canal nears completion.",
    "Minjiang Taoyuan Reservoir Development Co signed the loan.\nWater in Taoyuan Reservoir rose 2 metres.",
    "Qingshan Island Ferry Services Ltd added two boats.\nQingshan Island will get a new pier.",
    # more of the name's words, then another capitalised word: another name
    "Qiaoyun Lanting Bank Ltd raised its prime rate.\nThe Qiaoyun Lanting Index fell 2 per cent.",
    # two words and a legal form: the name without it is the name's own reading
    "Qiaoyun Motors Ltd opened a plant.\nThe plant makes Qiaoyun Motors cars.",
]


def _aliases(text: str) -> set[tuple[str, str]]:
    return {
        (text.split("\n")[mention.line_no - 1][mention.start : mention.end], mention.alias_of)
        for mention in pipeline.extract(text)
        if mention.table == "organisations" and mention.alias_of
    }


@pytest.mark.parametrize(("text", "short", "full"), SHORT_FORMS)
def test_a_company_is_named_again_by_its_first_two_words(text: str, short: str, full: str) -> None:
    assert (short, full) in _aliases(text)


@pytest.mark.parametrize("text", NO_SHORT_FORMS)
def test_two_first_words_that_name_something_else_are_no_short_form(text: str) -> None:
    assert not {alias for alias in _aliases(text) if alias[0].count(" ") == 1}
