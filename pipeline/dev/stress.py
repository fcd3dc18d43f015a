"""Stress campaign (not part of CI): kills, dense lines and fuzzed input.

    python -m pipeline.dev.stress [--kills 20] [--fuzz 200] [--dense 2000,4000,8000,16000]

1. **Kill loop**: `provex run` over a generated corpus with two workers is
   killed (SIGKILL or SIGTERM, at a random moment) again and again; after
   each kill no process of the run may be left, the output must read whole
   (or not exist yet), and a final run must complete with every mention
   verified by `provex audit --verify`.
2. **Dense lines**: lines packed with numbers and dates, each length twice
   the one before; the time per character must not grow with the length
   (a quadratic extractor doubles it at every step).
3. **Fuzz**: files of random bytes, random Unicode (controls, escapes,
   surrogates' neighbours, mixed scripts, very long lines), random encodings;
   the run must exit 0 and every mention must round-trip to its line.

Prints one line per check and a summary; exits 1 when any check failed.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.core.wording import counted

# Kinds of dense line that made extractors quadratic before: statistics sentences,
# a run of Chinese numerals, one huge grouped number, and dates back to back.
DENSE_KINDS = {
    "statistics": [
        "2023年3月5日增长12.5%，",
        "投资3.5亿元、",
        "一千二百三十四万",
        "1,234,567，",
        "约120余万平米；",
    ],
    "chinese numerals": ["一二三四五六七八九十百千万亿两零"],
    "grouped digits": ["1,234,567,"],
    "dates": ["2021年4月20日至2022年5月1日，", "2023-01-05 "],
}


def kill_loop(workdir: Path, kills: int, seed: int) -> list[str]:
    """Kill runs at random moments; return the problems found."""
    import pandas as pd
    import psutil

    from pipeline.dev.bench import generate_corpus

    rng = random.Random(seed)
    corpus = generate_corpus(workdir / "corpus", 200, seed=seed)
    out = workdir / "out"
    problems = []
    command = [sys.executable, "-m", "pipeline", "run", str(corpus.folder), "--out", str(out), "--quiet"]
    for attempt in range(kills):
        run = subprocess.Popen([*command, "--jobs", "2", "--force"], stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 4.0))
        family = psutil.Process(run.pid).children(recursive=True) if run.poll() is None else []
        run.send_signal(rng.choice([signal.SIGKILL, signal.SIGTERM]))
        run.wait(timeout=60)
        _, alive = psutil.wait_procs(family, timeout=15)
        if alive:
            problems.append(f"kill {attempt}: {len(alive)} process(es) of the run left alive")
        if (out / ".provex" / "current").exists():
            for table in ("documents", "lines", "figures", "dates", "organisations", "projects", "errors"):
                try:
                    pd.read_parquet(out / table)
                except Exception as error:  # the check is that nothing fails here
                    problems.append(f"kill {attempt}: {table} unreadable after the kill: {error}")
    final = subprocess.run(command, capture_output=True, text=True)
    if final.returncode != 0:
        problems.append(f"the run after the kills exited {final.returncode}: {final.stderr[-300:]}")
    verify = subprocess.run(
        [sys.executable, "-m", "pipeline", "audit", "--verify", "--out", str(out)],
        capture_output=True,
        text=True,
    )
    if verify.returncode != 0:
        problems.append(f"audit --verify after the kills: {verify.stdout[-300:]}")
    return problems


def dense_lines(lengths: list[int]) -> tuple[list[str], list[str]]:
    """Time every stage on dense lines of growing length; return (report lines, problems)."""
    import pipeline

    report, problems = [], []
    pipeline.extract("2023年园区投资3.5亿元。")  # build the rules before timing
    for kind, units in DENSE_KINDS.items():
        previous: float | None = None
        for length in lengths:
            text = ""
            while len(text) < length:
                text += units[len(text) % len(units)]
            started = time.process_time()
            pipeline.extract(text)
            seconds = time.process_time() - started
            per_kchar = seconds / (len(text) / 1000)
            report.append(
                f"{kind:>16}, {len(text):>7} characters: {seconds:7.2f} s CPU ({per_kchar * 1000:.1f} ms/kc)"
            )
            if previous is not None and per_kchar > 3 * previous and seconds > 0.5:
                problems.append(f"{kind}: time per character tripled at {len(text)} characters")
            previous = per_kchar
    return report, problems


def fuzz(workdir: Path, files: int, seed: int) -> list[str]:
    """Run provex over random files; return the problems found."""
    import pandas as pd

    rng = random.Random(seed)
    folder = workdir / "fuzz"
    folder.mkdir(parents=True, exist_ok=True)
    alphabet = (
        [chr(code) for code in range(0x20, 0x7F)]
        + list("园区企业亿元万平米年月日％，。、（）《》“”")
        + ["\x1b[31m", "\x1b]0;t\x07", "\r", "\r\n", "\t", "\u200b", "\ufeff", "\x00", "\u3000", "１２３"]
    )
    for number in range(files):
        kind = rng.random()
        if kind < 0.2:
            data = rng.randbytes(rng.randint(0, 4000))
        else:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3000)))
            encoding = rng.choice(["utf-8", "utf-8", "gb18030", "big5", "utf-16"])
            data = text.encode(encoding, errors="replace")
        (folder / f"f{number:04d}.txt").write_bytes(data)
    out = workdir / "fuzz-out"
    run = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out), "--quiet"],
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        return [f"the fuzz run exited {run.returncode}: {run.stderr[-400:]}"]
    lines = pd.read_parquet(out / "lines").set_index(["doc_id", "line_no"])["raw_text"]
    problems = []
    for table in ("figures", "dates", "organisations", "projects"):
        for row in pd.read_parquet(out / table).itertuples():
            if lines[(row.doc_id, row.line_no)][row.start : row.end] != row.raw_text:
                problems.append(f"{table} {row.mention_id} does not round-trip")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; exit status 1 when any check failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--fuzz", type=int, default=200)
    parser.add_argument("--dense", default="2000,4000,8000,16000,32000")
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args(argv)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="provex-stress-") as temporary:
        workdir = Path(temporary)
        if arguments.kills:
            found = kill_loop(workdir, arguments.kills, arguments.seed)
            print(f"kill loop: {counted(arguments.kills, 'kill')}, {counted(len(found), 'problem')}")
            problems += found
        report, found = dense_lines([int(length) for length in arguments.dense.split(",") if length])
        print("\n".join(report))
        problems += found
        if arguments.fuzz:
            found = fuzz(workdir, arguments.fuzz, arguments.seed)
            print(f"fuzz: {counted(arguments.fuzz, 'file')}, {counted(len(found), 'problem')}")
            problems += found
    for problem in problems:
        print(f"PROBLEM {problem}")
    print(f"stress: {'no problems' if not problems else counted(len(problems), 'problem')}")
    return 1 if problems else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
