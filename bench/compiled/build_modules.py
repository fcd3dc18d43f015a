"""Compile provex's own modules, unchanged, with Cython, into a folder that can go first on the path.

    python bench/compiled/build_modules.py OUT [--modules PATH ...] [--directive NAME=VALUE ...]

(needs Cython and a C compiler). OUT is made anew: it receives a copy of
the package, the rules, the seeds with their gold, `bench/`, `tests/` and
`pyproject.toml`, then each chosen module is translated to C and compiled
to an extension module beside its `.py` file. Python's importer takes an extension module
before a source file of the same name, so with OUT first on `PYTHONPATH`
(or as the current folder of pytest or `bench/equivalence.sh` run from OUT)
provex runs the compiled modules, and the pure-Python ones where nothing was
compiled. The `.py` files stay: they are what `package_digest` reads, and
what a module that did not compile runs.

`--modules` takes files or folders under the checkout (a folder means every
module under it); the default is the three extractors with the boilerplate
and normalise stages. `--modules pipeline` tries the whole package. Modules
in `NOT_COMPILED` are left as Python, with the reason. The report (also
written to OUT/compiled.json) names the modules compiled, those that failed
to translate or to compile, and the time of each step.

Directives: the defaults keep Python's semantics (`language_level=3`,
`binding=True`, `annotation_typing=False`: an annotation is documentation,
as in Python, and never a C type or a type check); `--directive
annotation_typing=True` lets Cython type arguments by their annotations.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COPIED = ("pipeline", "provex", "rules", "seeds", "eval", "bench", "tests", "pyproject.toml")
DEFAULT_MODULES = (
    "pipeline/extractors/names",
    "pipeline/extractors/figures",
    "pipeline/extractors/dates",
    "pipeline/stages/boilerplate",
    "pipeline/stages/normalise.py",
)
DEFAULT_DIRECTIVES = {"language_level": 3, "binding": True, "annotation_typing": False}

# Modules left as Python, with the reason; filled from what was found (see docs/compiled-core.md).
NOT_COMPILED: dict[str, str] = {
    "pipeline/__main__.py": "the `python -m pipeline` entry: runs as a script",
    # `except (A, B, *MORE):` (a starred name in an except tuple) is valid Python that Cython 3.x refuses.
    "pipeline/stages/containers.py": "a starred expression in an except clause's tuple",
}


def chosen_modules(paths: list[str]) -> list[str]:
    """The module files (relative to the checkout) named by `paths`, package `__init__` files excepted."""
    found: set[str] = set()
    for name in paths:
        path = ROOT / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            relative = file.relative_to(ROOT).as_posix()
            if file.name != "__init__.py" and relative not in NOT_COMPILED:
                found.add(relative)
    return sorted(found)


def copy_checkout(out: Path) -> None:
    """Make `out` anew as a copy of the parts of the checkout a run and the tests need."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    ignored = shutil.ignore_patterns("__pycache__", "*.so", "*.c", "build")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, out / name, ignore=ignored)
        elif source.exists():
            shutil.copy2(source, out / name)


def translate(job: tuple[str, str, dict]) -> tuple[str, str | None, float]:
    """Cython one module of `out` to C; (module, error or None, seconds)."""
    out, relative, directives = job
    from Cython.Build import cythonize

    started = time.perf_counter()
    os.chdir(out)
    try:
        cythonize([relative], compiler_directives=directives, quiet=True, force=True)
    except Exception as error:  # noqa: BLE001  # Cython reports the cause on stderr; the kind is enough here
        return relative, f"{type(error).__name__}: {error}"[:300], time.perf_counter() - started
    return relative, None, time.perf_counter() - started


def compile_c(job: tuple[str, str]) -> tuple[str, str | None, float]:
    """Compile one translated module into an extension beside its source; (module, error or None, seconds)."""
    out, relative = job
    from setuptools import Distribution, Extension

    started = time.perf_counter()
    os.chdir(out)
    name = relative.removesuffix(".py").replace("/", ".")
    extension = Extension(name, [relative.removesuffix(".py") + ".c"])
    distribution = Distribution({"ext_modules": [extension], "script_args": ["build_ext", "--inplace", "-q"]})
    try:
        distribution.parse_command_line()
        distribution.run_commands()
    except (Exception, SystemExit) as error:  # noqa: BLE001
        return relative, f"{type(error).__name__}: {error}"[:300], time.perf_counter() - started
    return relative, None, time.perf_counter() - started


def parse_directive(text: str) -> tuple[str, object]:
    name, _, value = text.partition("=")
    parsed: object = {"True": True, "False": False}.get(value, value)
    if isinstance(parsed, str) and parsed.isdigit():
        parsed = int(parsed)
    return name, parsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to make (outside the checkout)")
    parser.add_argument("--modules", nargs="+", default=list(DEFAULT_MODULES))
    parser.add_argument("--exclude", nargs="*", default=[], help="modules to leave as Python")
    parser.add_argument("--directive", action="append", default=[], help="a Cython directive NAME=VALUE")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    arguments = parser.parse_args(argv)
    out = arguments.out.resolve()
    if out == ROOT or ROOT in out.parents:
        parser.error("OUT must be outside the checkout")
    directives = dict(DEFAULT_DIRECTIVES)
    directives.update(parse_directive(text) for text in arguments.directive)
    excluded = set(chosen_modules(arguments.exclude)) if arguments.exclude else set()
    modules = [module for module in chosen_modules(arguments.modules) if module not in excluded]

    started = time.perf_counter()
    copy_checkout(out)
    with ProcessPoolExecutor(arguments.jobs) as pool:
        translated = list(pool.map(translate, [(str(out), module, directives) for module in modules]))
        translate_seconds = time.perf_counter() - started
        ready = [module for module, error, _ in translated if error is None]
        compiled = list(pool.map(compile_c, [(str(out), module) for module in ready]))
    total = time.perf_counter() - started
    report = {
        "directives": directives,
        "compiled": sorted(module for module, error, _ in compiled if error is None),
        "not_translated": {module: error for module, error, _ in translated if error is not None},
        "not_compiled": {module: error for module, error, _ in compiled if error is not None},
        "left_as_python": {**NOT_COMPILED, **dict.fromkeys(sorted(excluded), "excluded on the command line")},
        "seconds": {
            "translate": round(translate_seconds, 1),
            "compile": round(total - translate_seconds, 1),
            "total": round(total, 1),
            "translate_cpu_sum": round(sum(seconds for *_, seconds in translated), 1),
            "compile_cpu_sum": round(sum(seconds for *_, seconds in compiled), 1),
        },
    }
    for folder in out.rglob("build"):
        shutil.rmtree(folder, ignore_errors=True)
    written = json.dumps(report, indent=1, ensure_ascii=False) + "\n"
    (out / "compiled.json").write_text(written, encoding="utf-8")
    print(
        f"{len(report['compiled'])} modules compiled, {len(report['not_translated'])} not translated, "
        f"{len(report['not_compiled'])} not compiled; {total:.1f} s "
        f"(translate {translate_seconds:.1f} s, compile {total - translate_seconds:.1f} s, "
        f"jobs {arguments.jobs})"
    )
    for module, error in {**report["not_translated"], **report["not_compiled"]}.items():
        print(f"  {module}: {error}")
    return 0 if not report["not_translated"] and not report["not_compiled"] else 1


if __name__ == "__main__":
    sys.exit(main())
