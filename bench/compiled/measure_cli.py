"""CPU time of `provex run --jobs 1 --force` with the pure and the compiled modules, alternating.

    python bench/compiled/measure_cli.py CORPUS NAME=FOLDER NAME=FOLDER ... [--repeats N] [--work DIR]

Each NAME=FOLDER is a variant: FOLDER goes first on `PYTHONPATH` (a checkout
for the pure package, or an output folder of `build_modules.py`). Every
variant has its own `PROVEX_CACHE_DIR` under `--work`, warmed by one run
that is not counted; then the variants run in turn, the order rotated every
round, each into a new output folder. Measured: the CPU time (user + system)
of the command's process, and per stage the process time (the run's stage
clock reads `time.process_time` instead of `time.perf_counter`; nothing
else changes). Prints medians with the lowest and highest value, and writes
every measure to WORK/measures.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

# The command as `provex` runs it, with the stage clock on process time.
COMMAND = (
    "import time, types, pipeline.document as document;"
    "document.time = types.SimpleNamespace(perf_counter=time.process_time);"
    "from pipeline.cli import main; main()"
)


def run_once(python: str, folder: Path, cache: Path, corpus: Path, out: Path) -> dict:
    """One run of the command; its CPU seconds and its summary's stage seconds."""
    environment = dict(os.environ, PYTHONPATH=str(folder), PROVEX_CACHE_DIR=str(cache))
    arguments = [python, "-c", COMMAND, "run", str(corpus), "--out", str(out), "--jobs", "1", "--force"]
    command = [*arguments, "-q", "--json"]
    process = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, text=True)
    stdout = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{folder}: exit {process.returncode}")
    summary = json.loads(stdout)
    shutil.rmtree(out, ignore_errors=True)
    return {"cpu": usage.ru_utime + usage.ru_stime, "stages": summary["stage_seconds"]}


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("variants", nargs="+", help="NAME=FOLDER")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--work", type=Path, default=Path("/tmp/provex-compiled-measure"))
    parser.add_argument("--python", default=sys.executable)
    arguments = parser.parse_args(argv)
    variants = dict(text.split("=", 1) for text in arguments.variants)
    work = arguments.work
    work.mkdir(parents=True, exist_ok=True)
    measures: dict[str, list[dict]] = {name: [] for name in variants}

    def run(name: str) -> dict:
        cache = work / f"cache-{name}"
        return run_once(arguments.python, Path(variants[name]), cache, arguments.corpus, work / f"out-{name}")

    for name in variants:  # warm each cache; not counted
        run(name)
    names = list(variants)
    for number in range(arguments.repeats):
        order = names[number % len(names) :] + names[: number % len(names)]
        for name in order:
            measures[name].append(run(name))
            print(f"round {number + 1} {name}: {measures[name][-1]['cpu']:.2f} s", file=sys.stderr)
    (work / "measures.json").write_text(json.dumps(measures, indent=1) + "\n", encoding="utf-8")

    stages = sorted({stage for runs in measures.values() for run in runs for stage in run["stages"]})
    print("| stage | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    cli = [spread([run["cpu"] for run in measures[name]]) for name in names]
    print("| CLI, CPU s | " + " | ".join(cli) + " |")
    for stage in stages:
        cells = [spread([run["stages"].get(stage, 0.0) for run in measures[name]]) for name in names]
        print(f"| {stage} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
