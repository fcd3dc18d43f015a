"""A normal install runs: the rules ship inside the package; users choose their own by flag, env or config."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.core.version import VERSION
from pipeline.rules import loader
from pipeline.rules.loader import ConfigError, default_rules_dir, rules_source

from .conftest import PROJECT_ROOT, SEEDS


def _rules_copy(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for path in default_rules_dir().glob("*.yaml"):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_a_source_checkout_reads_the_top_level_rules():
    assert default_rules_dir() == PROJECT_ROOT / "rules"
    assert not loader.PACKAGED_RULES.exists()  # made by the build only, never in the repository


def test_precedence_env_then_working_directory_config_then_user_config(tmp_path, monkeypatch):
    work, home = tmp_path / "work", tmp_path / "config"
    (home / "provex").mkdir(parents=True)
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.delenv("PROVEX_RULES_DIR", raising=False)
    assert rules_source() == (default_rules_dir(), "the rules shipped with provex")

    (home / "provex" / "config.toml").write_text('rules = "user-rules"\n', encoding="utf-8")
    assert rules_source()[0] == home / "provex" / "user-rules"  # relative to the config file

    (work / "provex.toml").write_text('rules = "~/project-rules"\n', encoding="utf-8")
    assert rules_source() == (Path("~/project-rules").expanduser(), str(work / "provex.toml"))

    monkeypatch.setenv("PROVEX_RULES_DIR", str(tmp_path / "env-rules"))
    assert rules_source() == (tmp_path / "env-rules", "$PROVEX_RULES_DIR")


def test_a_config_file_with_an_unknown_setting_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PROVEX_RULES_DIR", raising=False)
    (tmp_path / "provex.toml").write_text('rulez = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting 'rulez'"):
        rules_source()
    result = CliRunner().invoke(main, ["rules", "where"])
    assert result.exit_code == 1 and "unknown setting" in result.output


def test_the_rules_flag_wins_over_the_environment(tmp_path, monkeypatch):
    broken = _rules_copy(tmp_path / "broken")
    (broken / "figures.yaml").write_text("units: [unclosed\n", encoding="utf-8")
    good = _rules_copy(tmp_path / "good")
    monkeypatch.setenv("PROVEX_RULES_DIR", str(broken))
    arguments = ["run", str(SEEDS / "000_34b29d43842a170e.txt"), "--quiet", "-j", "1"]
    result = CliRunner().invoke(main, [*arguments, "--out", str(tmp_path / "a"), "--rules", str(good)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, [*arguments, "--out", str(tmp_path / "b")])
    assert result.exit_code == 1 and "figures.yaml" in result.output


def test_rules_init_copies_the_shipped_rules_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "my-rules"
    result = CliRunner().invoke(main, ["rules", "init", str(target)])
    assert result.exit_code == 0, result.output
    shipped = sorted(path.name for path in default_rules_dir().glob("*.yaml"))
    assert sorted(path.name for path in target.glob("*.yaml")) == shipped
    assert (target / "figures.yaml").read_bytes() == (default_rules_dir() / "figures.yaml").read_bytes()
    again = CliRunner().invoke(main, ["rules", "init", str(target)])
    assert again.exit_code == 1 and "--force" in again.output
    assert CliRunner().invoke(main, ["rules", "init", str(target), "--force"]).exit_code == 0


def test_version_is_printed():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and VERSION in result.output


def test_provex_is_an_import_name_for_the_public_api():
    import pipeline
    import provex

    assert provex.extract is pipeline.extract and provex.load is pipeline.load
    assert provex.__version__ == pipeline.__version__


@pytest.mark.slow
def test_a_built_wheel_installed_in_a_fresh_venv_runs_from_another_directory(tmp_path):
    """Build the wheel, install it (no editable link, no source tree on the path) and run it elsewhere.

    The dependencies are taken from this interpreter's site-packages (a
    `.pth` line), so the test needs no network; `pip install .` in CI
    resolves them from the index.
    """
    # Nothing of the source tree on the path (an egg-info there would pass for an installed provex).
    clean = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "PROVEX_RULES_DIR"}}
    # Built from a clean copy of the tree, as from a fresh clone (no build/ or egg-info of earlier builds).
    source = tmp_path / "source"
    shutil.copytree(
        PROJECT_ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "*.egg-info", "__pycache__", "output", "test-*"
        ),
    )
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "-w", str(wheels), "--no-deps", "-q"],
        check=True,
        cwd=tmp_path,
        env=clean,
    )
    (wheel,) = wheels.glob("provex-*.whl")
    assert wheel.name.startswith(f"provex-{VERSION}-")
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    bin_dir = environment / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True, env=clean)
    site_packages = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
        env=clean,
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site_packages, "provex-test-dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")

    work = tmp_path / "elsewhere"
    (work / "sample").mkdir(parents=True)
    for path in sorted(SEEDS.glob("*.txt"))[:2]:
        (work / "sample" / path.name).write_bytes(path.read_bytes())

    def provex(*arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [bin_dir / "provex", *arguments], cwd=work, env=clean, capture_output=True, text=True
        )

    assert VERSION in provex("--version").stdout
    where = provex("rules", "where")
    assert where.returncode == 0, where.stderr
    assert str(environment) in where.stdout and "shipped" in where.stdout
    result = provex("run", "sample", "--out", "out", "--quiet", "-j", "1")
    assert result.returncode == 0, result.stderr
    assert "2 documents" in result.stderr
    assert (work / "out" / "figures").is_dir()
    located = subprocess.run(
        [python, "-c", "import pipeline, provex; print(pipeline.__file__)"],
        cwd=work,
        env=clean,
        capture_output=True,
        text=True,
    )
    assert located.stdout.startswith(str(environment)), located
    assert provex("rules", "init", "mine").returncode == 0
    assert (work / "mine" / "figures.yaml").is_file()
