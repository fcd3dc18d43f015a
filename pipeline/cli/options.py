"""Options and defaults shared by several `provex` commands, declared once."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


@contextmanager
def rules_everywhere(rules_dir: Path | None) -> Iterator[None]:
    """While a command runs, export its chosen rules folder to this process and the workers it starts.

    A run passes its rule set explicitly, but a few stages still read their
    rule file (documents.yaml, normalise.yaml) from the process-wide rules
    folder: with the folder exported, they read the same one as the rest.
    """
    if rules_dir is None:
        yield
        return
    from pipeline.rules.loader import RULES_DIR_ENV

    before = os.environ.get(RULES_DIR_ENV)
    os.environ[RULES_DIR_ENV] = str(rules_dir.resolve())
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(RULES_DIR_ENV, None)
        else:
            os.environ[RULES_DIR_ENV] = before


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
