"""A small declarative checker for rule files: errors as `file:line: reason`.

A rule file's shape is declared once, next to the stage that reads it:

    SCHEMA = Mapping(
        {
            "units": ListOf(Mapping({"id": Str(), "words": ListOf(Str()), "unit": Str(choices=UNITS)},
                                    required=("id", "words", "unit")), unique="id"),
        }
    )
    check(ruleset.file("figures"), SCHEMA, ruleset.path("figures"))

Every mapping rejects keys it does not declare (a typo such as `exampels`
is an error, not a silently ignored key), lists can require unique ids, and
every rule may carry `examples:` (see `EXAMPLES`). The line of an error is
the line of the offending key or list item when the loader recorded it, else
the line of the enclosing mapping or list.

A setting that names other things of the rules (a rule id, a marker id, a
verdict name, a vocabulary, a kind) declares so with `Ref(KIND)`, where KIND,
a `Names`, is declared once next to what defines those names; given the rule
set, `check` then finds every such reference among the names that exist, and
one that names nothing is an error naming the setting, the name and the
closest existing ones:

    TEXT_RULE = Names("article-text rule", lambda rules: ids_of(rules.file("boilerplate")["article_text"]))
    "foot_date_rules": ListOf(Ref(TEXT_RULE)),
    check(document, SCHEMA, path, ruleset)
"""

from __future__ import annotations

import difflib
import hashlib
import types
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.core.wording import counted
from pipeline.rules.loader import RuleFileError, item_lines
from pipeline.rules.pattern_cache import package_digest, remembered
from pipeline.rules.patterns import backtracking_risk

if TYPE_CHECKING:
    from pipeline.rules.ruleset import RuleSet


@dataclass(frozen=True)
class Where:
    """Where a value sits: the file, the nearest known line, and a dotted path for the message."""

    path: Path | str
    line: int | None
    trail: str
    # The names that exist, by kind, when the rule set is known (see `Ref`).
    names: Existing | None = field(default=None, compare=False, repr=False)

    def at(self, node: Any, step: str, key_line: int | None = None) -> Where:
        """The place of a child `step` of `node`."""
        line = key_line or getattr(node, "line", None) or self.line
        if not step:
            trail = self.trail
        elif self.trail and not step.startswith("["):
            trail = f"{self.trail}.{step}"
        else:
            trail = f"{self.trail}{step}"
        return Where(self.path, line, trail, self.names)

    def fail(self, reason: str) -> RuleFileError:
        """The error to raise here."""
        where = f"{self.trail}: " if self.trail else ""
        return RuleFileError(self.path, self.line, f"{where}{reason}")


class Schema:
    """The shape of one value of a rule file."""

    def check(self, value: Any, where: Where) -> None:
        """Raise RuleFileError at `where` unless `value` has this shape."""
        raise NotImplementedError

    def describe(self) -> str:
        """A few words for error messages (`a list of strings`)."""
        raise NotImplementedError


@dataclass(frozen=True)
class Anything(Schema):
    """Any value (for free-form data such as example expectations)."""

    def check(self, value: Any, where: Where) -> None:
        """Accept everything."""

    def describe(self) -> str:
        """Any value."""
        return "any value"


@dataclass(frozen=True)
class Str(Schema):
    """A string; optionally one of `choices`, or a valid regular expression (`regex=True`)."""

    choices: tuple[str, ...] | None = None
    regex: bool = False
    allow_empty: bool = False

    def check(self, value: Any, where: Where) -> None:
        """A non-empty string (unless allowed), in `choices`, compiling when a regex."""
        if not isinstance(value, str):
            raise where.fail(f"expected {self.describe()}, got {_shown(value)}")
        if not value and not self.allow_empty:
            raise where.fail("must not be empty")
        if self.choices is not None and value not in self.choices:
            raise where.fail(
                f"{value!r} is not one of {', '.join(self.choices)}{_suggest(value, self.choices)}"
            )
        if self.regex:
            import regex

            try:
                regex.compile(value)
            except regex.error as error:
                raise where.fail(f"not a valid regular expression: {error}") from None
            risk = backtracking_risk(value)
            if risk:
                raise where.fail(
                    f"this pattern can take exponential time on a line that almost matches ({risk}); "
                    "rewrite it so that each repeated part can match a text in one way only"
                )

    def describe(self) -> str:
        """`a string` or `one of a, b`."""
        if self.choices is not None:
            return "one of " + ", ".join(self.choices)
        return "a regular expression" if self.regex else "a string"


@dataclass(frozen=True)
class Number(Schema):
    """An int or a float (not a bool), optionally bounded."""

    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False

    def check(self, value: Any, where: Where) -> None:
        """A number within bounds."""
        kinds = (int,) if self.integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds):
            raise where.fail(f"expected {self.describe()}, got {_shown(value)}")
        if self.minimum is not None and value < self.minimum:
            raise where.fail(f"must be at least {self.minimum}, got {value}")
        if self.maximum is not None and value > self.maximum:
            raise where.fail(f"must be at most {self.maximum}, got {value}")

    def describe(self) -> str:
        """`a whole number` or `a number`."""
        return "a whole number" if self.integer else "a number"


@dataclass(frozen=True)
class Bool(Schema):
    """true or false."""

    def check(self, value: Any, where: Where) -> None:
        """A bool."""
        if not isinstance(value, bool):
            raise where.fail(f"expected true or false, got {_shown(value)}")

    def describe(self) -> str:
        """true or false."""
        return "true or false"


@dataclass(frozen=True)
class ListOf(Schema):
    """A list whose items all have shape `item`; `unique` names a key every item has once."""

    item: Schema
    unique: str | None = None
    min_items: int = 0

    def check(self, value: Any, where: Where) -> None:
        """Every item checked; duplicates of `unique` rejected at the later item."""
        if not isinstance(value, list):
            raise where.fail(f"expected a list of {self.item.describe()}, got {_shown(value)}")
        where = where.at(value, "") if where.line is None else where
        if len(value) < self.min_items:
            raise where.fail(f"needs at least {counted(self.min_items, 'item')}")
        seen: dict[Any, int | None] = {}
        lines = item_lines(value)
        for index, item in enumerate(value):
            item_where = where.at(item, f"[{index}]", lines[index] if lines else None)
            self.item.check(item, item_where)
            if self.unique is not None and isinstance(item, dict) and self.unique in item:
                key = item[self.unique]
                if key in seen:
                    first = f" (first at line {seen[key]})" if seen[key] else ""
                    raise item_where.fail(f"duplicate {self.unique} {key!r}{first}")
                seen[key] = getattr(item, "line", None)

    def describe(self) -> str:
        """`a list of ...`."""
        return f"a list of {self.item.describe()}"


@dataclass(frozen=True)
class Mapping(Schema):
    """A mapping with declared keys; unknown keys are errors unless `extra` gives their shape.

    `keys`, when given, is the shape of every key not in `fields` (a `Ref` for
    keys that name things of the rules).
    """

    fields: dict[str, Schema]
    required: tuple[str, ...] = ()
    extra: Schema | None = None
    keys: Schema | None = None
    check_whole: Callable[[dict, Where], None] | None = field(default=None, compare=False)

    def check(self, value: Any, where: Where) -> None:
        """Required keys present, every key known, every value checked."""
        if not isinstance(value, dict):
            raise where.fail(f"expected a mapping with keys {', '.join(self.fields)}, got {_shown(value)}")
        where = where.at(value, "") if where.line is None else where
        key_lines = getattr(value, "key_lines", {})
        for key in self.required:
            if key not in value:
                raise where.fail(f"missing key {key!r}")
        for key, item in value.items():
            key_where = where.at(value, str(key), key_lines.get(key))
            shape = self.fields.get(key, self.extra)
            if shape is None:
                raise key_where.fail(f"unknown key {key!r}{_suggest(str(key), self.fields)}")
            if self.keys is not None and key not in self.fields:
                self.keys.check(key, key_where)
            shape.check(item, key_where)
        if self.check_whole is not None:
            self.check_whole(value, where)

    def describe(self) -> str:
        """`a mapping`."""
        return "a mapping"


@dataclass(frozen=True)
class OneOf(Schema):
    """The first of `options` that accepts the value; the error of the last otherwise."""

    options: tuple[Schema, ...]

    def check(self, value: Any, where: Where) -> None:
        """Try each option in turn."""
        failure: RuleFileError | None = None
        for option in self.options:
            try:
                option.check(value, where)
                return
            except RuleFileError as error:
                failure = error
        if len(self.options) > 1 and not isinstance(value, dict | list):
            raise where.fail(f"expected {self.describe()}, got {_shown(value)}")
        assert failure is not None
        raise failure

    def describe(self) -> str:
        """`a or b`."""
        return " or ".join(option.describe() for option in self.options)


@dataclass(frozen=True)
class Names:
    """A kind of name that settings of the rules refer to: the ids of a file's rules, its markers, its kinds.

    Declared once, next to what defines the names: `what` says in an error
    what a name of the kind names (`article-text rule`), and
    `existing(ruleset)` gives every name of the kind the rule set has. It
    reads rule files not yet checked, so it reads them defensively (see
    `ids_of`): a file of the wrong shape is reported by its own check, and
    a rule set without the file (RuleFileError) has no names to check against.
    """

    what: str
    existing: Callable[[RuleSet], Iterable[str]] = field(compare=False)


@dataclass(frozen=True)
class Ref(Schema):
    """A value of shape `base` (a string) that names an existing thing of kind `names`.

    Checked against the names that exist when `check` is given the rule set
    (and it has the file that defines them); one that names nothing is an
    error with the closest existing names.
    """

    names: Names
    base: Schema = Str()

    def check(self, value: Any, where: Where) -> None:
        """The base shape, then the name among the existing ones."""
        self.base.check(value, where)
        existing = where.names.of(self.names) if where.names is not None else None
        if existing is not None and value not in existing:
            raise where.fail(f"{value!r} names no {self.names.what}{_closest(str(value), existing)}")

    def describe(self) -> str:
        """What the base shape says."""
        return self.base.describe()


class Existing:
    """The names of each kind that exist in one rule set, read once per check."""

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self._names: dict[Names, frozenset[str] | None] = {}

    def of(self, names: Names) -> frozenset[str] | None:
        """Every name of kind `names` in the rule set; None when it lacks the file that defines them."""
        if names not in self._names:
            try:
                self._names[names] = frozenset(names.existing(self.ruleset))
            except RuleFileError:
                self._names[names] = None
        return self._names[names]


def ids_of(entries: Any) -> list[str]:
    """The `id` of each mapping of `entries` (a list of rules as parsed), skipping anything else."""
    if not isinstance(entries, list):
        return []
    return [entry["id"] for entry in entries if isinstance(entry, dict) and isinstance(entry.get("id"), str)]


# Every rule may carry examples: texts it must find, with the values expected
# (`{text: ..., value: ..., unit: ...}`), or texts it must not fire on
# (`{text: ..., none: true}`). The tests read them from the rule files.
EXAMPLE = OneOf((Str(), Mapping({"text": Str()}, required=("text",), extra=Anything())))
EXAMPLES = ListOf(EXAMPLE, min_items=1)


def check(document: Any, schema: Schema, path: Path | str, ruleset: RuleSet | None = None) -> None:
    """Raise RuleFileError (`file:line: reason`) unless `document` has the shape `schema`.

    With `ruleset` (the rule set `document` belongs to), every `Ref` of the
    schema must name something that exists in it; without, only its shape is
    checked.

    A whole rule file as `RuleSet.load` read it, found valid by the same
    code against the same schema before (here or in an earlier process), is
    not walked again: inside `cached_patterns()` the verdict is kept in the
    user's cache under a digest of the rule files' bytes, of the schema and
    of the package's code. Anything else is checked every time.
    """
    # The names a reference is checked against come from the rule files (the
    # bytes of every file of the set are in the verdict's key) or from the
    # code; a pass without them says nothing of the references.
    names = Existing(ruleset) if ruleset is not None else None
    shape = _shape(schema, set()) if _origin(document) is not None else None
    if shape is None:
        _check(document, schema, path, names)
    else:
        what = f"{shape} names={names is not None}"
        verified(document, what, lambda: _check(document, schema, path, names))


def verified(document: Any, what: str, verify: Callable[[], object]) -> None:
    """Run `verify()` on a whole rule file unless it passed before on the same bytes and code.

    `verify` raises RuleFileError on a fault. Inside `cached_patterns()` a pass
    is kept in the user's cache under a digest of the bytes `document` was
    read from, of the package's code and of `what` (a name for the check that
    is the same in every process); a fault is never kept, so it is raised
    every time. Anything else is verified every time.
    """
    origin = _origin(document)
    code = package_digest()
    if origin is None or code is None:
        verify()
        return
    key = hashlib.sha256("\0".join((code, origin, what)).encode("utf-8")).hexdigest()
    remembered("checked", key, lambda _key: _passed(verify), valid=_is_true)


def _origin(document: Any) -> str | None:
    """The digest of the bytes `document` was read from, when it is a whole rule file still alive."""
    origin = _ORIGINS.get(id(document))
    if origin is not None and origin[0]() is document:
        return origin[1]
    return None


def _passed(verify: Callable[[], object]) -> bool:
    verify()
    return True


def _check(document: Any, schema: Schema, path: Path | str, names: Existing | None = None) -> bool:
    schema.check(document, Where(path, getattr(document, "line", None) or 1, "", names))
    return True


def _is_true(value: Any) -> bool:
    return value is True


# id(parsed rule file) -> (a weak reference to it, a digest of the bytes it was read from).
_ORIGINS: dict[int, tuple[weakref.ref, str]] = {}


def note_origin(document: Any, digest: str) -> None:
    """Note that `document` is a whole rule file read from bytes named by `digest` (see `check`)."""
    key = id(document)
    try:
        reference = weakref.ref(document, lambda _gone: _ORIGINS.pop(key, None))
    except TypeError:  # a plain value (an empty file): checked every time
        return
    _ORIGINS[key] = (reference, digest)


_SCALARS = (bool, int, float, str)
# Schemas (and functions they hold) already named in this process: id -> (the object, its name).
_SHAPES: dict[int, tuple[Any, str | None]] = {}


def _shape(value: Any, seen: set[int]) -> str | None:
    """A text naming `value` (a schema and what it holds), the same in every process; None if unknown."""
    kind = type(value)
    if value is None or kind in _SCALARS:
        return repr(value)
    if kind is tuple or kind is list:
        if all(type(item) in _SCALARS for item in value):
            return f"{kind.__name__}{value!r}"
        return _joined(kind.__name__, value, seen)
    if kind is set or kind is frozenset:
        if all(type(item) is str for item in value):
            return f"set{sorted(value)!r}"
        parts = [_shape(item, seen) for item in value]
        return None if None in parts else f"set({','.join(sorted(parts))})"  # type: ignore[arg-type]
    if kind is dict:
        return _joined("dict", value.items(), seen)
    found = _SHAPES.get(id(value))
    if found is not None and found[0] is value:
        return found[1]
    if id(value) in seen:
        return None
    seen.add(id(value))
    shape = _object_shape(value, seen)
    seen.discard(id(value))
    if isinstance(value, Schema | types.FunctionType):
        _SHAPES[id(value)] = (value, shape)
    return shape


def _joined(name: str, items: Iterable[Any], seen: set[int]) -> str | None:
    parts = []
    for item in items:
        part = _shape(item, seen)
        if part is None:
            return None
        parts.append(part)
    return f"{name}({','.join(parts)})"


def _object_shape(value: Any, seen: set[int]) -> str | None:
    """`_shape` of a schema, a function or a method."""
    if isinstance(value, types.FunctionType):
        try:
            cells = [cell.cell_contents for cell in value.__closure__ or ()]
        except ValueError:  # a cell not yet filled
            return None
        keywords = sorted((value.__kwdefaults__ or {}).items())
        inner = _shape((value.__defaults__, keywords, cells), seen)
        return None if inner is None else f"function {value.__module__}.{value.__qualname__}{inner}"
    if isinstance(value, types.BuiltinMethodType | types.MethodType):
        owner = value.__self__
        if isinstance(owner, types.ModuleType):
            return f"builtin {owner.__name__}.{value.__qualname__}"
        pattern = getattr(owner, "pattern", None)
        if isinstance(pattern, str) and isinstance(getattr(owner, "flags", None), int):
            kind = f"{type(owner).__module__}.{type(owner).__qualname__}"
            owner_shape: str | None = f"pattern {kind}{pattern!r}/{owner.flags}"
        else:
            owner_shape = _shape(owner, seen)
        return None if owner_shape is None else f"method {value.__qualname__} of {owner_shape}"
    if isinstance(value, types.MethodDescriptorType | types.WrapperDescriptorType):
        return f"descriptor {value.__objclass__.__module__}.{value.__qualname__}"
    if isinstance(value, Names):
        # the names themselves are read from the rule files and the code, both in the verdict's key
        return f"names {value.what!r}"
    if isinstance(value, Schema):
        fields = getattr(value, "__dict__", None)
        if fields is None:
            return None
        inner = _joined("", sorted(fields.items()), seen)
        return None if inner is None else f"{type(value).__module__}.{type(value).__qualname__}{inner}"
    return None


def rules_with_examples(document: Any) -> Iterable[dict]:
    """Every mapping in a parsed rule file that has an `id` (a rule), in file order."""
    if isinstance(document, dict):
        if "id" in document:
            yield document
        for value in document.values():
            yield from rules_with_examples(value)
    elif isinstance(document, list):
        for item in document:
            yield from rules_with_examples(item)


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)


def _closest(word: str, known: Iterable[str]) -> str:
    """` (closest: a, b, c)`: the existing names nearest `word`, or what there is when none is near."""
    known = sorted(known)
    if not known:
        return " (there are none)"
    close = difflib.get_close_matches(word, known, n=3)
    if close:
        return f" (closest: {', '.join(close)})"
    shown = ", ".join(known[:8])
    return f" (none is close; there are {shown}{', …' if len(known) > 8 else ''})"


def _suggest(word: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
