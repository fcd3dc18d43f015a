"""Companies known by the companies they are listed with (organisations.yaml `list_siblings`).

Each case is a sentence written for the test: a list with no head noun,
closed by 等 or a count, where some items are companies other rules find.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names

RULE = "organisations:list_sibling"

FOUND = [
    # a coined name beside a well-known company
    ("宁德时代、澜途、禾信等均已布局钠离子电池。", ["澜途", "禾信"]),
    # a name the dictionary holds rarely and cuts in two
    ("台积电、美光等加码先进封装。", ["美光"]),
    # the last item after a joiner, a count closing the list
    ("比亚迪、澜峰和青鹏三家已开始交付。", ["澜峰", "青鹏"]),
    # a name read only where a company shows: the list shows one
    ("宁德时代、小米等均已入局。", ["小米"]),
    # a capitalised Latin name among Chinese ones
    ("腾讯、Lanmark等相继发布了新模型。", ["Lanmark"]),
    # a stock code in brackets after an item is no part of it
    ("宁德时代（300750.SZ）、澜途、禾信等纷纷布局。", ["澜途", "禾信"]),
]

NOT_FOUND = [
    # common words: a list of topics, of another kind
    "华为、手机、芯片等话题受到关注。",
    # a place after 等
    "比亚迪、澜州等地的工厂已投产。",
    # no known company in the list
    "苹果、香蕉等水果价格上涨。",
    "澜途、禾信等均已布局钠离子电池。",
    # a person's name makes the list one of people
    "腾讯、王明等出席了论坛。",
    # a field after 等
    "比亚迪、澜途等领域企业加快布局。",
    # a place with its level
    "比亚迪、澜江县等纷纷加码。",
    # a place and a common word name a market or a kind, not a company
    "比亚迪、中国市场等受到关注。",
    "比亚迪、欧洲车企等纷纷降价。",
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_unread_items_of_a_company_list_are_companies(text: str, names: list[str]) -> None:
    found = [name for name, rule in organisation_names(text) if rule == RULE]
    assert found == names


@pytest.mark.parametrize("text", NOT_FOUND)
def test_lists_of_another_kind_give_no_company(text: str) -> None:
    assert not [name for name, rule in organisation_names(text) if rule == RULE]


def test_a_company_read_with_the_closer_glued_is_the_item() -> None:
    names = [name for name, _rule in organisation_names("宁德时代、澜途等已公布业绩。")]
    assert names == ["宁德时代", "澜途"]
