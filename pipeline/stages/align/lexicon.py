"""The bilingual lexicon (`rules/lexicon.yaml`): names and words of the domain in Chinese and English.

Compiled once per rule set (`ruleset.compiled(compile_lexicon)`); pairing
uses its entries as evidence that two lines say the same thing, mention
links to compare organisation and project names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pipeline.rules import schema
from pipeline.rules.ruleset import RuleSet
from pipeline.text.patterns import literal_pattern

RULE_FILE = "lexicon"
LEXICON_KINDS = ("place", "organisation", "project", "term")


@dataclass(frozen=True)
class LexiconEntry:
    """One name or term in both languages."""

    id: str
    kind: str
    zh: tuple[str, ...]
    en: tuple[str, ...]


# Texts whose lexicon forms are kept before the memory starts again (bounds it on long runs).
LEXICON_CACHE_SIZE = 100_000


@dataclass(frozen=True)
class Lexicon:
    """The compiled lexicon: one alternation per language, longest forms first."""

    entries: Mapping[str, LexiconEntry]
    zh_forms: Mapping[str, str]  # form -> entry id
    en_forms: Mapping[str, str]  # lower-cased form -> entry id
    zh_pattern: re.Pattern[str] | None
    en_pattern: re.Pattern[str] | None
    # What a text was found to hold, kept: names are compared pair by pair, each many times.
    found: dict[tuple[str, str], list[tuple[int, int, str]]] = field(default_factory=dict, compare=False)

    def find_zh(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entry id) of every Chinese form in `text`, longest first at each place."""
        if self.zh_pattern is None:
            return []
        return self._remembered("zh", text, self.zh_pattern, self.zh_forms, lower=False)

    def find_en(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entry id) of every English form in `text` (case-insensitive, whole words)."""
        if self.en_pattern is None:
            return []
        return self._remembered("en", text, self.en_pattern, self.en_forms, lower=True)

    def _remembered(
        self, language: str, text: str, pattern: re.Pattern[str], forms: Mapping[str, str], lower: bool
    ) -> list[tuple[int, int, str]]:
        key = (language, text)
        hit = self.found.get(key)
        if hit is None:
            if len(self.found) > LEXICON_CACHE_SIZE:
                self.found.clear()
            hit = self.found[key] = [
                (m.start(), m.end(), forms[m.group().lower() if lower else m.group()])
                for m in pattern.finditer(text)
            ]
        return hit


LEXICON_EXAMPLE = schema.Mapping({"text": schema.Str(), "en": schema.Str()}, required=("text", "en"))
SCHEMA = schema.Mapping(
    {
        "entries": schema.ListOf(
            schema.Mapping(
                {
                    "id": schema.Str(),
                    "kind": schema.Str(choices=LEXICON_KINDS),
                    "zh": schema.ListOf(schema.Str(), min_items=1),
                    "en": schema.ListOf(schema.Str(), min_items=1),
                    "examples": schema.ListOf(LEXICON_EXAMPLE, min_items=1),
                },
                required=("id", "kind", "zh", "en", "examples"),
            ),
            unique="id",
        )
    },
    required=("entries",),
)


def compile_lexicon(ruleset: RuleSet) -> Lexicon:
    """Validate and compile `lexicon.yaml` of a rule set (use `ruleset.compiled(compile_lexicon)`).

    A form listed under two entries is an error: it could not tell which one a text names.
    """
    data = ruleset.file(RULE_FILE)
    path = ruleset.path(RULE_FILE)
    schema.check(data, SCHEMA, path)
    entries: dict[str, LexiconEntry] = {}
    zh_forms: dict[str, str] = {}
    en_forms: dict[str, str] = {}
    for item in data["entries"]:
        entry = LexiconEntry(
            id=str(item["id"]),
            kind=str(item["kind"]),
            zh=tuple(str(form) for form in item["zh"]),
            en=tuple(str(form) for form in item["en"]),
        )
        where = schema.Where(path, getattr(item, "line", None), f"entries.{entry.id}")
        for forms, key in ((zh_forms, lambda form: form), (en_forms, str.lower)):
            for form in entry.zh if forms is zh_forms else entry.en:
                if key(form) in forms and forms[key(form)] != entry.id:
                    raise where.fail(f"form {form!r} is also listed under {forms[key(form)]!r}")
                forms[key(form)] = entry.id
        entries[entry.id] = entry
    return Lexicon(
        entries=entries,
        zh_forms=zh_forms,
        en_forms=en_forms,
        zh_pattern=_alternation(zh_forms, words=False),
        en_pattern=_alternation(en_forms, words=True),
    )


def _alternation(forms: Iterable[str], words: bool) -> re.Pattern[str] | None:
    """Any of `forms`, longest first at a place; a trie (`literal_pattern`), so a line is scanned once
    instead of trying every form at every character."""
    forms = {form.lower() if words else form for form in forms if form}
    if not forms:
        return None
    body = literal_pattern(forms)
    if words:
        return re.compile(rf"(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])", re.IGNORECASE)
    return re.compile(body)
