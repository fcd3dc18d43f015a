"""A government body's department after the possessive of the body's short form is one name.

"The Lanhai Trade Commission (LTC) ... the LTC's Department of Exports":
the document declares the short form once and later writes the department
after its possessive; as after the body's own name, the two are one
organisation, and the short form there is no name of its own. A short form
before another noun, or a company's before a department, stays as it was.
All documents are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_aliases as _organisations


@pytest.mark.parametrize(
    ("text", "joined", "short"),
    [
        (
            "The Lanhai Trade Commission (LTC) met on Monday.\n"
            "Exports rose, according to the LTC's Department of Exports.",
            "LTC's Department of Exports",
            "LTC",
        ),
        (
            "The Qiaoyun Finance Ministry (QFM) cut rates.\n"
            "A head of the QFM’s Bureau of Statistics said debt fell.",
            "QFM’s Bureau of Statistics",
            "QFM",
        ),
    ],
)
def test_a_department_after_a_declared_short_forms_possessive_is_one_name(
    text: str, joined: str, short: str
) -> None:
    found = _organisations(text)
    assert (joined, None) in found
    # the short form stays a name on the line that declares it, and only there
    assert [name for name, alias_of in found if name == short and alias_of] == [short]


def test_a_short_forms_possessive_before_a_common_noun_keeps_the_short_form() -> None:
    text = "The Lanhai Trade Commission (LTC) met on Monday.\nThe LTC's index of orders rose."
    assert [name for name, alias_of in _organisations(text) if alias_of] == ["LTC", "LTC"]


def test_a_companys_short_form_before_a_department_is_not_joined_to_it() -> None:
    text = "Qinglan Harbour Group Co., Ltd. (QHG) won the bid.\nThe QHG's Department of Sales grew."
    found = _organisations(text)
    assert ("QHG", "Qinglan Harbour Group Co., Ltd.") in found[1:]
    assert not any(name.startswith("QHG's") for name, _ in found)
