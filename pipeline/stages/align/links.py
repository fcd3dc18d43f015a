"""Mention links and translation drift within the line pairs of a document.

`link_mentions` links the mentions of a pair that denote the same thing
(figures of equal value and unit, dates of equal range, organisations and
projects through the lexicon, shared Latin words, a bracketed English name,
or their order); `find_drift` lists the figures and dates of a paired line
with no counterpart, or a different value, in the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.core.records import LineContext, Mention
from pipeline.stages.align.lexicon import Lexicon
from pipeline.stages.align.lines import LATIN_TOKEN, VALUE_TABLES, numbers_in, one_to_one, value_key
from pipeline.stages.align.records import Drift, LinePair, MentionLink

NAME_TABLES = ("organisations", "projects")
# Leftover figures of one unit at most this far apart (share of the line) are the same figure, changed.
DIFFERS_MAX_SHIFT = 0.2

_BRACKETED_LATIN = re.compile(r"\s*[（(]\s*([A-Za-z][^()（）]{0,80}?)\s*[)）]")
_SMALL_NUMERALS = "零一二三四五六七八九十"


def _place(mention: Mention, length: int) -> float:
    return (mention.start + mention.end) / 2 / max(length, 1)


def _closest_pairs(
    zh: Sequence[Mention], en: Sequence[Mention], zh_len: int, en_len: int, max_shift: float | None = None
) -> list[tuple[Mention, Mention]]:
    """Pair mentions one to one, closest relative places first."""
    options = sorted(
        (abs(_place(a, zh_len) - _place(b, en_len)), i, j)
        for i, a in enumerate(zh)
        for j, b in enumerate(en)
        if max_shift is None or abs(_place(a, zh_len) - _place(b, en_len)) <= max_shift
    )
    used_zh: set[int] = set()
    used_en: set[int] = set()
    chosen = []
    for _, i, j in options:
        if i in used_zh or j in used_en:
            continue
        used_zh.add(i)
        used_en.add(j)
        chosen.append((zh[i], en[j]))
    return chosen


def _link_values(
    table: str, zh: list[Mention], en: list[Mention], pair: LinePair, zh_len: int, en_len: int
) -> list[MentionLink]:
    links = []
    keys = {value_key(mention) for mention in zh} & {value_key(mention) for mention in en}
    for key in sorted((key for key in keys if key is not None), key=repr):
        same_zh = [mention for mention in zh if value_key(mention) == key]
        same_en = [mention for mention in en if value_key(mention) == key]
        for a, b in _closest_pairs(same_zh, same_en, zh_len, en_len):
            evidence = "equal value and unit" if table == "figures" else "equal range"
            if table == "figures" and a.fields.get("qualifier") != b.fields.get("qualifier"):
                evidence += f"; qualifier {a.fields.get('qualifier')} vs {b.fields.get('qualifier')}"
            links.append(
                MentionLink(
                    table, a.mention_id, b.mention_id, pair.zh_line_no, pair.en_line_no, "same", evidence
                )
            )
    if table == "dates":  # relative dates without an article date: no range to compare, only the kind
        unresolved_zh = [mention for mention in zh if value_key(mention) is None]
        unresolved_en = [mention for mention in en if value_key(mention) is None]
        for a, b in _closest_pairs(unresolved_zh, unresolved_en, zh_len, en_len, DIFFERS_MAX_SHIFT):
            if a.fields.get("granularity") == b.fields.get("granularity"):
                evidence = "both unresolved, same granularity and place in the line"
                links.append(
                    MentionLink(
                        table, a.mention_id, b.mention_id, pair.zh_line_no, pair.en_line_no, "same", evidence
                    )
                )
    linked = {link.zh_mention_id for link in links} | {link.en_mention_id for link in links}
    rest_zh = [
        mention for mention in zh if mention.mention_id not in linked and value_key(mention) is not None
    ]
    rest_en = [
        mention for mention in en if mention.mention_id not in linked and value_key(mention) is not None
    ]
    kinds: dict[Any, tuple[list[Mention], list[Mention]]] = {}
    for side, mentions in ((0, rest_zh), (1, rest_en)):
        for mention in mentions:
            kind = mention.fields.get("unit") if table == "figures" else mention.fields.get("granularity")
            kinds.setdefault(kind, ([], []))[side].append(mention)
    for kind, (left, right) in sorted(kinds.items(), key=lambda item: repr(item[0])):
        for a, b in _closest_pairs(left, right, zh_len, en_len, DIFFERS_MAX_SHIFT):
            what = "unit" if table == "figures" else "granularity"
            evidence = f"same {what} {kind}, same place in the line, different value"
            links.append(
                MentionLink(
                    table,
                    a.mention_id,
                    b.mention_id,
                    pair.zh_line_no,
                    pair.en_line_no,
                    "value_differs",
                    evidence,
                )
            )
    return links


def _name_of(mention: Mention) -> str:
    return str(mention.fields.get("name") or mention.norm_text)


@dataclass(frozen=True)
class _Name:
    """What a name is compared by: its text, the lexicon forms in it, its Latin words and numbers."""

    text: str
    found: tuple[tuple[int, int, str], ...]
    whole: frozenset[str]  # entries whose form is the whole name
    entries: frozenset[str]
    latin: frozenset[str]


def _name(mention: Mention, side: str, lexicon: Lexicon, known: dict[tuple[str, str], _Name]) -> _Name:
    """The `_Name` of a mention of the `side` line, kept in `known`: it meets every name of the other line."""
    name = known.get((side, mention.mention_id))
    if name is None:
        text = _name_of(mention)
        found = tuple(lexicon.find_zh(text) if side == "zh" else lexicon.find_en(text))
        name = known[side, mention.mention_id] = _Name(
            text=text,
            found=found,
            whole=frozenset(entry for start, end, entry in found if start == 0 and end == len(text)),
            entries=frozenset(entry for _, _, entry in found),
            latin=frozenset(token.lower() for token in LATIN_TOKEN.findall(text)) | numbers_in(text),
        )
    return name


def _name_similarity(zh: _Name, en: _Name) -> tuple[float, str]:
    """How surely two names name the same thing, and why (0 when nothing says so)."""
    if zh.whole & en.whole:
        return 3.0, f"lexicon:{min(zh.whole & en.whole)}"
    shared_entries = sorted(zh.entries & en.entries)
    shared_latin = sorted(zh.latin & en.latin)
    if not shared_entries and not shared_latin:
        return 0.0, ""
    latin_chars = sum(len(token) for token in shared_latin)
    zh_cover = (
        sum(end - start for start, end, entry in zh.found if entry in en.entries) + latin_chars
    ) / max(len(zh.text), 1)
    en_cover = (
        sum(end - start for start, end, entry in en.found if entry in zh.entries) + latin_chars
    ) / max(len(en.text), 1)
    shared = len(shared_entries) + len(shared_latin)
    if zh_cover >= 0.45 and en_cover >= 0.3 and (shared >= 2 or min(zh_cover, en_cover) >= 0.6):
        parts = [f"lexicon:{'+'.join(shared_entries)}"] if shared_entries else []
        if shared_latin:
            parts.append(f"latin:{'+'.join(shared_latin)}")
        why = f"name words matched: {zh_cover:.0%} of the Chinese, {en_cover:.0%} of the English"
        return 1.0 + (zh_cover + en_cover) / 2, f"{why} ({', '.join(parts)})"
    return 0.0, ""


def _bracketed_english(mention: Mention, zh_text: str) -> str | None:
    """An English name written in brackets right after a Chinese name on its line."""
    end = zh_text.find(mention.norm_text)
    if end < 0:
        return None
    match = _BRACKETED_LATIN.match(zh_text, end + len(mention.norm_text))
    return match.group(1) if match else None


def _link_names(
    table: str,
    zh: list[Mention],
    en: list[Mention],
    pair: LinePair,
    zh_text: str,
    zh_len: int,
    en_len: int,
    lexicon: Lexicon,
    known: dict[tuple[str, str], _Name],
) -> list[MentionLink]:
    options = []
    en_names = [_name(b, "en", lexicon, known) for b in en]
    for i, a in enumerate(zh):
        bracketed = _bracketed_english(a, zh_text)
        zh_name = _name(a, "zh", lexicon, known)
        for j, b in enumerate(en):
            if bracketed and bracketed.lower() in en_names[j].text.lower():
                score, why = 2.5, f"english name in brackets: {bracketed}"
            else:
                score, why = _name_similarity(zh_name, en_names[j])
            if score > 0:
                shift = abs(_place(a, zh_len) - _place(b, en_len))
                options.append((-score, shift, i, j, why))
    options.sort()
    matched = one_to_one(options)
    links = [_name_link(table, zh[i], en[j], pair, why) for _, _, i, j, why in matched]
    used_zh = {i for _, _, i, _, _ in matched}
    used_en = {j for _, _, _, j, _ in matched}
    rest_zh = [mention for i, mention in enumerate(zh) if i not in used_zh]
    rest_en = [mention for j, mention in enumerate(en) if j not in used_en]
    if rest_zh and len(rest_zh) == len(rest_en):
        for a, b in zip(rest_zh, rest_en, strict=True):
            if _kind_of(a) == _kind_of(b):
                links.append(
                    _name_link(
                        table, a, b, pair, f"order: {len(rest_zh)} names of this type left on each side"
                    )
                )
    return links


def _kind_of(mention: Mention) -> Any:
    return mention.fields.get("org_kind") or mention.fields.get("project_kind")


def _name_link(table: str, zh: Mention, en: Mention, pair: LinePair, why: str) -> MentionLink:
    return MentionLink(
        table,
        zh.mention_id,
        en.mention_id,
        pair.zh_line_no,
        pair.en_line_no,
        "same",
        why,
        name_zh=_name_of(zh),
        name_en=_name_of(en),
    )


def link_mentions(
    pairs: Sequence[LinePair], lines: Sequence[LineContext], mentions: Sequence[Mention], lexicon: Lexicon
) -> tuple[MentionLink, ...]:
    """Link the mentions of each line pair that denote the same thing."""
    if not pairs:
        return ()
    texts = {line.line_no: line.norm_text for line in lines}
    by_line: dict[tuple[int, str], list[Mention]] = {}
    for mention in mentions:
        by_line.setdefault((mention.line_no, mention.table), []).append(mention)
    links: list[MentionLink] = []
    known: dict[tuple[str, str], _Name] = {}
    for pair in pairs:
        zh_text, en_text = texts.get(pair.zh_line_no, ""), texts.get(pair.en_line_no, "")
        zh_len, en_len = len(zh_text), len(en_text)
        for table in (*VALUE_TABLES, *NAME_TABLES):
            zh = by_line.get((pair.zh_line_no, table), [])
            en = by_line.get((pair.en_line_no, table), [])
            if not zh or not en:
                continue
            if table in VALUE_TABLES:
                links.extend(_link_values(table, zh, en, pair, zh_len, en_len))
            else:
                links.extend(_link_names(table, zh, en, pair, zh_text, zh_len, en_len, lexicon, known))
    return tuple(links)


# ---------------------------------------------------------------------------
# Drift


def value_forms(mention: Mention) -> set[str]:
    """Ways the number of a figure or the years of a date may be written in the other language."""
    forms: set[str] = set()
    if mention.table == "figures":
        for name in ("value", "value_low", "value_high"):
            value = mention.fields.get(name)
            if value is None:
                continue
            forms |= numbers_in(mention.raw_text)
            if float(value).is_integer() and 0 <= value <= 10:
                forms.add(_SMALL_NUMERALS[int(value)])
                forms.add(str(int(value)))
    elif mention.table == "dates":
        for name in ("start_date", "end_date"):
            day = mention.fields.get(name)
            if day is not None:
                forms.add(str(day.year))
    return forms


_EN_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _written_in(mention: Mention, other_text: str) -> bool:
    forms = value_forms(mention)
    if not forms:
        return False
    numbers = numbers_in(other_text)
    lowered = other_text.lower()
    for form in forms:
        if form in numbers or (
            not form.isdigit() and not form.replace(".", "").isdigit() and form in other_text
        ):
            return True
        if form.isdigit() and int(form) <= 10 and re.search(rf"\b{_EN_SMALL[int(form)]}\b", lowered):
            return True
    return False


def find_drift(
    pairs: Sequence[LinePair],
    links: Sequence[MentionLink],
    lines: Sequence[LineContext],
    mentions: Sequence[Mention],
) -> tuple[Drift, ...]:
    """Figures and dates of paired lines that the other line lacks or gives another value."""
    if not pairs:
        return ()
    texts = {line.line_no: line.norm_text for line in lines}
    by_id = {mention.mention_id: mention for mention in mentions}
    linked_same = {
        mention_id
        for link in links
        if link.relation == "same"
        for mention_id in (link.zh_mention_id, link.en_mention_id)
    }
    differs = [link for link in links if link.relation == "value_differs"]
    in_differs = {mention_id for link in differs for mention_id in (link.zh_mention_id, link.en_mention_id)}
    matched = linked_same | in_differs
    unmatched: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.table in VALUE_TABLES and mention.mention_id not in matched:
            unmatched.setdefault(mention.line_no, []).append(mention)
    order = {id(mention): place for place, mention in enumerate(mentions)}
    differs_of: dict[tuple[int, int], list[MentionLink]] = {}
    for link in differs:
        differs_of.setdefault((link.zh_line_no, link.en_line_no), []).append(link)
    drift: list[Drift] = []
    for pair in pairs:
        for link in differs_of.get((pair.zh_line_no, pair.en_line_no), ()):
            drift.append(
                Drift(
                    link.table,
                    "value_differs",
                    pair.zh_line_no,
                    pair.en_line_no,
                    by_id[link.zh_mention_id],
                    by_id[link.en_mention_id],
                )
            )
        # In the order of `mentions`, both lines together.
        both = [*unmatched.get(pair.zh_line_no, ()), *unmatched.get(pair.en_line_no, ())]
        for mention in sorted(both, key=lambda mention: order[id(mention)]):
            if mention.line_no == pair.zh_line_no:
                other = texts.get(pair.en_line_no, "")
                drift.append(
                    Drift(
                        mention.table,
                        "missing_in_en",
                        pair.zh_line_no,
                        pair.en_line_no,
                        mention,
                        None,
                        _written_in(mention, other),
                    )
                )
            else:
                other = texts.get(pair.zh_line_no, "")
                drift.append(
                    Drift(
                        mention.table,
                        "missing_in_zh",
                        pair.zh_line_no,
                        pair.en_line_no,
                        None,
                        mention,
                        _written_in(mention, other),
                    )
                )
    return tuple(drift)
