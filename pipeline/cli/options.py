"""Options and defaults shared by several `provex` commands, declared once."""

from __future__ import annotations

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
    help="Folder of rule files to use instead of the project's rules/ (copy it, edit, point here).",
)
