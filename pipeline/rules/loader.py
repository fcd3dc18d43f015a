"""Loading the rule files in `rules/`: YAML a user edits without reading code.

Every mapping and list loaded from a rule file remembers the line it starts
on, so a rule that fails validation is reported as `file:line: reason`.
`RuleSet.load(dir)` (pipeline.rules.ruleset) parses a folder of them with `parse_rule_text`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

RULES_DIR_ENV = "PROVEX_RULES_DIR"


class RuleFileError(ValueError):
    """A rule file that cannot be used: names the file, the line and why."""

    def __init__(self, path: Path | str, line: int | None, reason: str):
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class LocatedDict(dict):
    """A mapping from a rule file; `.line` is its 1-based line number, `.key_lines` each key's."""

    line: int = 0
    key_lines: dict[Any, int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.key_lines = {}


class LocatedList(list):
    """A list from a rule file; `.line` is its 1-based line number, `item_lines(it)` each item's."""

    line: int = 0
    # For a list written over several lines, one character per item: the distance
    # of its line from `.line` (read back from the parsed rules' cache several
    # times faster than a tuple of numbers). Empty: every item is on `.line`.
    item_offsets: str = ""


def item_lines(value: Any) -> tuple[int, ...]:
    """The line of each item of a list from a rule file, when the loader recorded them (else empty)."""
    offsets = getattr(value, "item_offsets", "")
    return tuple(value.line + ord(offset) for offset in offsets)


# PyYAML costs a run 13 ms to import, and a run whose parsed rule files are in
# the user's cache (see pipeline.rules.ruleset) parses none: the loaders are
# made on first use.
_LOADERS: tuple[type, type | None] | None = None


def _loaders() -> tuple[type, type | None]:
    """(pure-Python loader, libyaml loader or None), both building located values.

    libyaml (PyYAML's C parser) reads a valid file several times faster than
    the pure-Python parser; its nodes carry the same line marks, so the
    constructors build the same values. It words some syntax errors
    differently, so a file it refuses is parsed again by the pure-Python
    loader for the message.
    """
    global _LOADERS
    if _LOADERS is None:
        import yaml

        class _LocatingLoader(yaml.SafeLoader):
            """SafeLoader that builds LocatedDict/LocatedList carrying line numbers."""

        fast: type | None = None
        if getattr(yaml, "__with_libyaml__", False):

            class _FastLocatingLoader(yaml.CSafeLoader):
                """CSafeLoader (libyaml) that builds LocatedDict/LocatedList carrying line numbers."""

            fast = _FastLocatingLoader
        for loader in (_LocatingLoader, fast):
            if loader is not None:
                loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
                loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
        _LOADERS = (_LocatingLoader, fast)
    return _LOADERS


def _construct_mapping(loader: Any, node: Any) -> LocatedDict:
    mapping = LocatedDict()
    mapping.line = node.start_mark.line + 1
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise RuleFileError("", key_node.start_mark.line + 1, f"duplicate key {key!r}")
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: Any, node: Any) -> LocatedList:
    sequence = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    sequence.line = node.start_mark.line + 1
    if node.end_mark.line > node.start_mark.line and node.value:
        first = node.start_mark.line
        sequence.item_offsets = "".join(chr(child.start_mark.line - first) for child in node.value)
    return sequence


# The default rules: `rules/` at the top of a source checkout; inside the
# package (`pipeline/rules/defaults/`, copied there by the build) when installed.
PACKAGED_RULES = Path(__file__).resolve().parent / "defaults"
CHECKOUT_RULES = Path(__file__).resolve().parents[2] / "rules"
CONFIG_NAME = "provex.toml"


class ConfigError(ValueError):
    """A provex configuration file that cannot be used: names the file and why."""


def default_rules_dir() -> Path:
    """The rules that ship with provex: the installed package's copy, else the checkout's `rules/`."""
    if PACKAGED_RULES.is_dir():
        return PACKAGED_RULES
    return CHECKOUT_RULES


def config_files() -> list[Path]:
    """The configuration files consulted, in order of precedence (existing or not).

    `./provex.toml` (the working directory), then the user's
    `$XDG_CONFIG_HOME/provex/config.toml` (`~/.config/provex/config.toml`).
    """
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return [Path.cwd() / CONFIG_NAME, Path(config_home) / "provex" / "config.toml"]


def read_config(path: Path) -> dict[str, Any]:
    """The settings of one configuration file: `rules = "DIR"` (relative to the file's folder)."""
    import tomllib

    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    unknown = sorted(set(settings) - {"rules"})
    if unknown:
        raise ConfigError(f"{path}: unknown setting {unknown[0]!r} (known: rules)")
    rules = settings.get("rules")
    if rules is not None:
        if not isinstance(rules, str) or not rules:
            raise ConfigError(f'{path}: `rules` must be a folder name, e.g. rules = "my-rules/"')
        settings["rules"] = (path.parent / Path(rules).expanduser()).resolve()
    return settings


def rules_source() -> tuple[Path, str]:
    """The rules folder to use and why: (folder, where the choice came from).

    Precedence (the first that is set wins): `--rules DIR` (handled by the
    command line, which passes the folder explicitly), `$PROVEX_RULES_DIR`,
    `rules = "DIR"` in `./provex.toml`, then in the user's
    `~/.config/provex/config.toml`, then the rules shipped with provex.
    """
    configured = os.environ.get(RULES_DIR_ENV)
    if configured:
        return Path(configured), f"${RULES_DIR_ENV}"
    for path in config_files():
        if path.is_file():
            rules = read_config(path).get("rules")
            if rules is not None:
                return rules, str(path)
    return default_rules_dir(), "the rules shipped with provex"


def rules_dir() -> Path:
    """The rules directory: $PROVEX_RULES_DIR, a config file's `rules`, else the shipped rules."""
    return rules_source()[0]


def parse_rule_text(text: str, path: Path | str) -> Any:
    """Parse YAML text of a rule file; syntax errors become RuleFileError."""
    import yaml

    fast = _loaders()[1]
    if fast is not None:
        try:
            return yaml.load(text, Loader=fast)  # noqa: S506 - CSafeLoader subclass
        except (yaml.YAMLError, RuleFileError):
            pass  # reported below, worded by the pure-Python parser
    return _parse_with_python_loader(text, path)


def _parse_with_python_loader(text: str, path: Path | str) -> Any:
    """`parse_rule_text` with PyYAML's pure-Python parser (the reference wording of errors)."""
    import yaml

    try:
        return yaml.load(text, Loader=_loaders()[0])  # noqa: S506 - SafeLoader subclass
    except RuleFileError as error:
        raise RuleFileError(path, error.line, error.reason) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        raise RuleFileError(path, line, f"not valid YAML: {error.problem or error}") from None
    except yaml.YAMLError as error:
        raise RuleFileError(path, None, f"not valid YAML: {error}") from None
