"""`provex rules`: where the rules come from, and a copy of the shipped rules to edit."""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from pipeline.core.wording import counted


@click.group("rules")
def rules_command() -> None:
    """The rule files: which folder a run uses, and a copy of the defaults to edit.

    \b
    Examples:
        provex rules where
        provex rules init my-rules/
    """


@rules_command.command("where")
def where_command() -> None:
    """Print the rules folder a run would use here, and which setting chose it.

    Precedence: --rules DIR, then $PROVEX_RULES_DIR, then `rules = "DIR"` in
    ./provex.toml, then in ~/.config/provex/config.toml, then the rules
    shipped with provex.

    \b
    Example:
        provex rules where
    """
    from pipeline.rules.loader import ConfigError, rules_source

    try:
        folder, origin = rules_source()
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"{folder}\t(from {origin})")


@rules_command.command("init")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite rule files already in DIRECTORY.")
def init_command(directory: Path, force: bool) -> None:
    """Copy the rules shipped with provex into DIRECTORY, to edit and use with --rules.

    \b
    Example:
        provex rules init my-rules/ && provex run articles/ --rules my-rules/
    """
    from pipeline.rules.loader import default_rules_dir

    source = default_rules_dir()
    files = sorted(source.glob("*.yaml"))
    if not files:
        raise click.ClickException(f"no rule files in {source}: the installation is incomplete")
    directory.mkdir(parents=True, exist_ok=True)
    existing = [path.name for path in files if (directory / path.name).exists()]
    if existing and not force:
        raise click.ClickException(
            f"{directory} already has {', '.join(existing)}; add --force to overwrite them"
        )
    for path in files:
        shutil.copyfile(path, directory / path.name)
    click.echo(
        f"copied {counted(len(files), 'rule file')} to {directory}; use them with --rules {directory}",
        err=True,
    )
