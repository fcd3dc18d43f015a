"""One set of rules, loaded from one folder and passed explicitly to every stage.

    ruleset = RuleSet.load("rules/")          # parses every *.yaml of the folder
    figures = ruleset.compiled(compile_figure_rules)   # built once per rule set

A stage declares a builder, a function from a RuleSet to its compiled rules
(patterns, automata, lookup tables; validated with `pipeline.rules.schema`),
and asks the rule set for it: the builder runs once per rule set, so every
document of a run shares one compiled copy, two rule sets never share one,
and tests use a temporary rules folder by loading another RuleSet instead of
clearing caches. Workers load the rule set of their run once, at warm-up.

`hash` fingerprints what the rules say, not how the files are written: it is
computed from the parsed content with `examples` and comments left out, so
adding an example or rewording a comment does not make the next run process
every document again.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import threading
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pipeline.rules.loader import LocatedDict, LocatedList, RuleFileError, parse_rule_text, rules_dir
from pipeline.rules.pattern_cache import cached_patterns
from pipeline.rules.schema import note_origin

Compiled = TypeVar("Compiled")

# Keys that document a rule without changing what it does: left out of the hash.
DOCUMENTATION_KEYS = frozenset({"examples", "comment"})


class RuleSet:
    """The parsed rule files of one folder, and what each stage compiled from them."""

    def __init__(self, directory: Path, documents: dict[str, Any], content_hash: str | None = None):
        self.directory = directory
        self._documents = documents
        self._compiled: dict[Callable[[RuleSet], Any], Any] = {}
        self._lock = threading.RLock()  # a builder may ask for another builder's rules
        self.hash = content_hash or _content_hash(documents)

    @classmethod
    def load(cls, directory: Path | str | os.PathLike[str] | None = None) -> RuleSet:
        """Parse every `*.yaml` of `directory` (default: `rules_dir()`).

        Raises RuleFileError (`file:line: reason`) for a missing folder or a
        file that is not valid YAML; the shape of each file is checked by the
        stage that compiles it (see `compiled`).
        """
        folder = Path(directory) if directory is not None else rules_dir()
        if not folder.is_dir():
            raise RuleFileError(folder, None, "rules folder not found")
        files = [(path, path.read_bytes()) for path in sorted(folder.glob("*.yaml"))]
        cache_name = _parsed_cache_name(files)
        documents, content_hash = _read_parsed(cache_name)
        if documents is None or sorted(documents) != [path.stem for path, _ in files]:
            documents, content_hash = {}, None
            for path, data in files:
                try:
                    # As reading in text mode does: every line break becomes "\n".
                    text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
                except UnicodeDecodeError as error:
                    raise RuleFileError(path, None, f"rule files must be UTF-8: {error}") from None
                documents[path.stem] = parse_rule_text(text, path)
            content_hash = _content_hash(documents)
            _write_parsed(cache_name, documents, content_hash)
        for stem, document in documents.items():
            note_origin(document, f"{cache_name}/{stem}")
        return cls(folder, documents, content_hash)

    def __repr__(self) -> str:
        return f"RuleSet({str(self.directory)!r}, hash={self.hash})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Sent to another process as its folder: the receiver parses and compiles its own copy.
        return (RuleSet.load, (self.directory,))

    @property
    def names(self) -> tuple[str, ...]:
        """The rule files of this set, by stem (`figures`, `dates`, ...)."""
        return tuple(self._documents)

    def file(self, name: str) -> Any:
        """The parsed content of `<name>.yaml`; RuleFileError when the set has no such file."""
        try:
            return self._documents[name]
        except KeyError:
            raise RuleFileError(self.path(name), None, "rule file not found") from None

    def path(self, name: str) -> Path:
        """Where `<name>.yaml` is, for error messages and audits."""
        return self.directory / f"{name}.yaml"

    def compiled(self, builder: Callable[[RuleSet], Compiled]) -> Compiled:
        """What `builder` makes of this rule set, built on first use and kept."""
        try:
            return self._compiled[builder]
        except KeyError:
            pass
        with self._lock:
            if builder not in self._compiled:
                with cached_patterns():
                    self._compiled[builder] = builder(self)
            return self._compiled[builder]

    def with_compiled(self, builder: Callable[[RuleSet], Compiled], compiled: Compiled) -> RuleSet:
        """A copy of this rule set whose `compiled(builder)` is `compiled`; the other builders' as here.

        For measuring a stage with instrumented rules (`pipeline.dev.rule_costs`).
        """
        copy = RuleSet(self.directory, self._documents, self.hash)
        copy._compiled = {**self._compiled, builder: compiled}
        return copy


_DEFAULT: dict[str, RuleSet] = {}


def default_ruleset() -> RuleSet:
    """The rule set of `rules_dir()`, loaded once per process and folder.

    For callers that name no rules (the Python API, a run without
    `--rules`); everything below them receives it explicitly.
    """
    folder = str(rules_dir())
    ruleset = _DEFAULT.get(folder)
    if ruleset is None:
        ruleset = _DEFAULT[folder] = RuleSet.load(folder)
    return ruleset


# Parsing the YAML of the rules as shipped takes about 0.1 s of a run's start; the
# parsed files are kept in the user's cache under a digest of their bytes and of
# the code that parses them, with the rules hash computed from them. They are
# pickled (read back in C, about twice as fast as rebuilding the located mappings
# from plain data in Python), and read back by an unpickler that knows the four
# classes a parsed file holds and nothing else, so that no other code can run on
# reading. Files with other bytes are parsed as before.


def _parsed_cache_name(files: list[tuple[Path, bytes]]) -> str:
    from pipeline.rules import loader

    digest = hashlib.sha256(Path(loader.__file__ or "").read_bytes())
    digest.update(Path(__file__).read_bytes())
    for path, data in files:
        digest.update(path.name.encode("utf-8") + b"\0" + data + b"\0")
    return f"rules-parsed-{digest.hexdigest()[:32]}"


def _read_parsed(name: str) -> tuple[dict[str, Any] | None, str | None]:
    """The parsed files and their rules hash kept under `name`; (None, None) when there are none."""
    from pipeline.core.cache import read_cached_bytes

    data = read_cached_bytes(name)
    if not data:
        return None, None
    try:
        documents, content_hash = _ParsedFileReader(io.BytesIO(data)).load()
        if type(documents) is not dict or type(content_hash) is not str or not content_hash:
            return None, None
        return documents, content_hash
    except Exception:  # noqa: BLE001 - a damaged cache file: parse the rules again
        return None, None


def _write_parsed(name: str, documents: dict[str, Any], content_hash: str) -> None:
    from pipeline.core.cache import write_cached_bytes

    try:
        data = pickle.dumps((documents, content_hash), protocol=pickle.HIGHEST_PROTOCOL)
    except (TypeError, ValueError, pickle.PicklingError):  # a value that cannot be kept: not cached
        return
    write_cached_bytes(name, data)


class _ParsedFileReader(pickle.Unpickler):
    """Reads back what `_write_parsed` wrote: plain values, located mappings and lists, dates."""

    CLASSES: Mapping[tuple[str, str], type] = {
        (LocatedDict.__module__, "LocatedDict"): LocatedDict,
        (LocatedList.__module__, "LocatedList"): LocatedList,
        ("datetime", "date"): date,
        ("datetime", "datetime"): datetime,
    }

    def find_class(self, module: str, name: str) -> Any:
        found = self.CLASSES.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"not a class of a parsed rule file: {module}.{name}")
        return found


def _content_hash(documents: dict[str, Any]) -> str:
    digest = hashlib.sha256()
    for name in sorted(documents):
        digest.update(name.encode("utf-8") + b"\0")
        text = json.dumps(
            _without_documentation(documents[name]), sort_keys=True, ensure_ascii=False, default=_plain
        )
        digest.update(text.encode("utf-8") + b"\0")
    return digest.hexdigest()[:16]


def _without_documentation(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            str(key): _without_documentation(item)
            for key, item in value.items()
            if key not in DOCUMENTATION_KEYS
        }
    if isinstance(value, list):
        return [_without_documentation(item) for item in value]
    return value


def _plain(value: Any) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return repr(value)
