"""The Hengqin zone by its short forms and Macau's quarter there, as well-known projects.

projects.yaml `well_known_projects`: 横琴粤澳深度合作区 is written 横琴深合区 or
深合区 alone, and Macau's living quarter in Hengqin 澳门新街坊, on Macau's
government, paper and business pages. All sentences are invented for these
tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_names_analyst_week_classes import _names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深合區明年將推出新一批人才措施。", "深合區"),
        ("横琴深合区前三季投资增长两成。", "横琴深合区"),
        ("支持在深合区发展现代金融产业。", "深合区"),
        ("澳門新街坊的第二批住戶本月入伙。", "澳門新街坊"),
        ("居民陆续入住澳门新街坊。", "澳门新街坊"),
    ],
)
def test_hengqin_zone_and_macau_quarter_are_named(text, name):
    assert _names(text, "projects") == [name]


def test_a_new_neighbourhood_in_general_is_none():
    assert _names("舊區將建成一個新街坊。", "projects") == []
