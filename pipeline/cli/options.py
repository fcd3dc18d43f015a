"""Options and defaults shared by several `provex` commands, declared once."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

DEFAULT_INPUT = "seeds"
DEFAULT_OUTPUT = "output"

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def jobs_option(help_text: str) -> Decorator:
    """The `--jobs/-j` option (worker processes, default None: every core) with `help_text`."""
    return click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help=help_text)


def out_option(help_text: str) -> Decorator:
    """The `--out` option: an output folder or an fsspec URL, default `output`.

    A string, not a path: pathlib would turn s3://bucket/out into the local
    folder s3:/bucket/out.
    """
    return click.option(
        "--out",
        "out_dir",
        default=DEFAULT_OUTPUT,
        show_default=True,
        metavar="DIR|URL",
        type=str,
        help=help_text,
    )


rules_option: Decorator = click.option(
    "--rules",
    "rules_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    envvar="PROVEX_RULES_DIR",
    show_envvar=True,
    help="Folder of rule files to use instead of the shipped ones (`provex rules init DIR` copies them "
    "out to edit). Wins over $PROVEX_RULES_DIR and the `rules` of provex.toml.",
)


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever `sys.stderr` is when a record is logged (not when the handler was made)."""

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def configure_logging(verbose: int, quiet: bool, log_level: str | None, interactive: bool) -> None:
    """Send the `provex` logger to stderr at the level the options ask for.

    `--log-level` wins; otherwise -q shows warnings and errors only, -v
    INFO and -vv DEBUG; with neither, INFO when stderr is not a terminal (a
    cron job's log shows start, counts, errors and end) and WARNING on a
    terminal, where the progress bar and the closing summary say the rest.
    """
    if log_level:
        level = getattr(logging, log_level.upper())
    elif verbose >= 2:
        level = logging.DEBUG
    elif verbose == 1:
        level = logging.INFO
    elif quiet:
        level = logging.WARNING
    else:
        level = logging.WARNING if interactive else logging.INFO
    logger = logging.getLogger("provex")
    for handler in list(logger.handlers):
        if getattr(handler, "provex_cli", False):
            logger.removeHandler(handler)
    handler = _StderrHandler()
    handler.provex_cli = True  # type: ignore[attr-defined]
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s provex: %(message)s", "%Y-%m-%dT%H:%M:%S")
    )
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False


def logging_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """-v/--verbose (repeatable), -q/--quiet and --log-level."""
    function = click.option(
        "--log-level",
        type=click.Choice(LOG_LEVELS, case_sensitive=False),
        default=None,
        help="Log level of the lines written to stderr (default: INFO when stderr is not a terminal, "
        "WARNING on one).",
    )(function)
    function = click.option(
        "-q",
        "--quiet",
        is_flag=True,
        help="No progress bar; log warnings and errors only; the closing summary.",
    )(function)
    return click.option("-v", "--verbose", count=True, help="Log more: -v INFO, -vv DEBUG.")(function)
