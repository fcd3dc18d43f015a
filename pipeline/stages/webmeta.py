"""Metadata of web input: what a page, a crawl record or a manifest says about an article.

Metadata travels as a flat `dict[str, str]` with the keys of `META_FIELDS`
(`url`, `published`, `language`, `region`, `title`, `site`) plus any others
a manifest or a feed carries. Layers are merged with `merge_meta`, later
layers winning; empty values never override. `page_metadata` reads a page's
own metadata (trafilatura, which uses htmldate for the date);
`parse_published` and `region_of` turn the strings into a date and a region
code for the document row and the extractors.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

# The metadata with a column of its own in `documents` (or a use in the run).
META_FIELDS = ("url", "published", "language", "region", "title", "site")
# Keys that address an input rather than describe it: never stored in `documents.meta`.
ADDRESS_FIELDS = ("id", "path")
# A region given by name rather than code.
REGION_NAMES = {
    "china": "CN",
    "mainland": "CN",
    "mainland china": "CN",
    "中国": "CN",
    "中國": "CN",
    "中国大陆": "CN",
    "hong kong": "HK",
    "hongkong": "HK",
    "香港": "HK",
    "taiwan": "TW",
    "台湾": "TW",
    "台灣": "TW",
    "macau": "MO",
    "macao": "MO",
    "澳门": "MO",
    "澳門": "MO",
}
# Country-code top-level domains read as the place of publication when nothing else says.
REGION_DOMAINS = {"cn": "CN", "hk": "HK", "tw": "TW", "mo": "MO"}
_REGION_SUBTAG = re.compile(r"^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})\b", re.IGNORECASE)
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_COMPACT_YMD = re.compile(r"^(\d{4})(\d{2})(\d{2})")


def merge_meta(*layers: Mapping[str, Any] | None) -> dict[str, str]:
    """One metadata dict from `layers`, later ones winning; empty and None values are dropped."""
    merged: dict[str, str] = {}
    for layer in layers:
        for key, value in (layer or {}).items():
            text = meta_text(value)
            if text:
                merged[str(key).strip().lower()] = text
    return merged


def meta_text(value: Any) -> str | None:
    """A metadata value as a stripped string (None for null, lists and objects)."""
    if value is None or isinstance(value, dict | list | tuple | set):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value).strip()
    return text or None


def extra_meta(meta: Mapping[str, str]) -> dict[str, str]:
    """The keys of `meta` without a column of their own: what `documents.meta` keeps."""
    return {
        key: value
        for key, value in sorted(meta.items())
        if key not in META_FIELDS and key not in ADDRESS_FIELDS
    }


def page_metadata(html: str, default_url: str | None = None) -> dict[str, str]:
    """What a page says about itself: title, publication date, site name, canonical URL.

    Read by trafilatura's metadata extraction (its dates come from
    htmldate, searching meta tags, structured data and the page's marked
    dates, not guessing from URLs or stray dates in the text). Keys not
    found are left out; a page whose metadata cannot be read gives `{}`.
    """
    from trafilatura import extract_metadata

    try:
        # Not `extensive`: a date guessed from the URL or any date in the text is no publication date.
        found = extract_metadata(html, default_url=default_url, extensive=False)
    except Exception:  # metadata is a bonus: a page whose head confuses the parser keeps its text
        return {}
    if found is None:
        return {}
    return merge_meta(
        {
            "title": found.title,
            "published": found.date,
            "site": found.sitename,
            "url": found.url,
        }
    )


def parse_published(value: str | None) -> date | None:
    """The date of a publication time as metadata writes it, or None.

    Reads ISO dates and times (`2023-05-04`, `2023-05-04T10:00:00+08:00`,
    `...Z`), `2023/5/4`, `2023年5月4日`, `20230504`, HTTP dates
    (`Thu, 04 May 2023 10:00:00 GMT`) and Unix times in seconds or
    milliseconds. A time with an offset keeps its own calendar day.
    """
    if not value:
        return None
    text = value.strip()
    if re.fullmatch(r"\d{9,13}(\.\d+)?", text):
        seconds = float(text)
        if seconds > 1e11:
            seconds /= 1000
        return datetime.fromtimestamp(seconds, UTC).date()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    for pattern in (_YMD, _COMPACT_YMD):
        match = pattern.search(text)
        if match:
            try:
                return date(*map(int, match.groups()))
            except ValueError:
                return None
    # Imported here: a run over plain text never needs the mail date parser (about 6 ms to import).
    import email.utils

    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def region_of(meta: Mapping[str, str]) -> str | None:
    """The place of publication as a code (`CN`, `HK`, `TW`, `MO`, ...), or None.

    From, in order: the `region` given (a code or a name such as `Hong
    Kong`), the region subtag of `language` (`zh-HK`, `zh-Hant-TW`), the
    country-code domain of `url` (`.hk`, `.tw`, `.mo`, `.cn`).
    """
    region = (meta.get("region") or "").strip()
    if region:
        named = REGION_NAMES.get(region.lower())
        if named:
            return named
        if re.fullmatch(r"[A-Za-z]{2}", region):
            return region.upper()
    language = _REGION_SUBTAG.match((meta.get("language") or "").replace("_", "-"))
    if language:
        return language.group(1).upper()
    host = urlsplit(meta.get("url") or "").hostname or ""
    return REGION_DOMAINS.get(host.rsplit(".", 1)[-1].lower()) if "." in host else None
