"""Exchanges by their full Chinese names, and the foreign ones companies list on.

The exchange_full_name vocabulary names them where the exchange rule does
not (a place before 联合, a board after the name), kind other; an index
named after an exchange is none. All sentences are invented for these
tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names

EXCHANGE = "organisations:exchange_full_name"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澜海科技H股將於下月在香港聯合交易所主板上市。", "香港聯合交易所"),
        ("青禾生物计划在香港联合交易所上市。", "香港联合交易所"),
        ("这家芯片公司计划明年在纳斯达克上市。", "纳斯达克"),
    ],
)
def test_an_exchange_is_named_by_its_full_name(text, name):
    assert (name, EXCHANGE) in organisation_names(text)


@pytest.mark.parametrize("text", ["纳斯达克指数昨夜收涨1%。", "纳斯达克100指数上涨。"])
def test_an_index_named_after_an_exchange_is_no_exchange(text):
    assert all(rule != EXCHANGE for _name, rule in organisation_names(text))
