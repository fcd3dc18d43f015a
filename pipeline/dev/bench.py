"""The benchmark behind `provex bench`: throughput, memory, stages, increments.

`generate_corpus` writes a deterministic synthetic corpus: the seed articles
repeated, each copy with its numbers and some names varied by a seeded
random generator (the same seed gives the same bytes). `run_benchmark` then
measures, on that corpus:

- a full run with one job and with every core: MB/s of input, documents/s,
  peak resident memory per worker, and the share of time per stage;
- an incremental re-run over the unchanged corpus (should only hash);
- when JioNLP is installed, its `extract_money` + `extract_time` on the same
  texts in the same process as the 1-job run, and our single-core speed
  over theirs.

Every measure runs in a new process, so none is helped by caches an earlier
one filled; with `repeat`, each is taken several times and the fastest kept.

Nothing here asserts a speed: the numbers are printed for the README.
"""

from __future__ import annotations

import multiprocessing
import platform
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

import regex

DEFAULT_SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MEGABYTE = 1_000_000
Measured = TypeVar("Measured")

# Digit runs (ASCII or full-width) get new digits of the same length.
DIGIT_RUN = regex.compile(r"[0-9]+|[０-９]+")
# Two Han characters before a name suffix: a place or organisation name.
HAN_NAME = regex.compile(r"\p{Han}{2}(?=区|市|县|镇|公司|集团|大学|医院|研究院|研究所|银行)")
# A capitalised word before an English organisation suffix.
LATIN_NAME = regex.compile(r"\b[A-Z][a-z]+(?= (?:Inc|Group|University|Hospital|Bank|Park|Institute)\b)")
# Name parts to vary with; any real-looking characters do.
HAN_NAME_PARTS = "东南西北中新华兴安平和泰康宁远达丰明光海山江河云星阳春秋德信诚"
LATIN_NAME_PARTS = (
    "Acme",
    "Baltic",
    "Cedar",
    "Delta",
    "Everest",
    "Falcon",
    "Granite",
    "Harbor",
    "Ivory",
    "Juniper",
)


@dataclass(frozen=True)
class Corpus:
    """A generated corpus: its folder, file count, size in bytes and how much it repeats itself."""

    folder: Path
    documents: int
    bytes: int
    distinct_line_share: float = 1.0  # distinct non-empty lines / non-empty lines


def vary_text(text: str, rng: random.Random) -> str:
    """The text with every digit run and some names replaced (seeded, deterministic)."""

    def digits(match: regex.Match) -> str:
        run = match.group()
        full_width = "０" <= run[0] <= "９"
        if len(run) == 4 and run[:2] in ("19", "20", "１９", "２０"):  # keep years plausible
            new = str(rng.randint(1995, 2030))
        else:
            new = "".join(
                str(rng.randint(1 if index == 0 and len(run) > 1 else 0, 9)) for index in range(len(run))
            )
        return new.translate({ord(d): chr(ord(d) + 0xFEE0) for d in "0123456789"}) if full_width else new

    text = DIGIT_RUN.sub(digits, text)
    text = HAN_NAME.sub(lambda _: "".join(rng.choice(HAN_NAME_PARTS) for _ in range(2)), text)
    return LATIN_NAME.sub(lambda _: rng.choice(LATIN_NAME_PARTS), text)


def generate_corpus(folder: Path, documents: int, seeds: Path = DEFAULT_SEEDS, seed: int = 0) -> Corpus:
    """Write `documents` varied copies of the seed articles into `folder`.

    Raises FileNotFoundError when `seeds` holds no .txt file.
    """
    sources = sorted(seeds.glob("*.txt"))
    if not sources:
        raise FileNotFoundError(f"no .txt seed articles in {seeds}")
    texts = [path.read_text(encoding="utf-8") for path in sources]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    distinct_lines: set[str] = set()
    non_empty_lines = 0
    for number in range(documents):
        text = vary_text(texts[number % len(texts)], rng)
        # A closing line with the copy's number keeps every document distinct.
        data = f"{text.rstrip()}\n\n（{number}）\n".encode()
        (folder / f"doc-{number:07d}.txt").write_bytes(data)
        total += len(data)
        lines = [line for line in text.split("\n") if line.strip()]
        non_empty_lines += len(lines)
        distinct_lines.update(lines)
    share = len(distinct_lines) / non_empty_lines if non_empty_lines else 1.0
    return Corpus(folder=folder, documents=documents, bytes=total, distinct_line_share=share)


@dataclass
class Measurement:
    """One timed run: what it processed, how long it took, at what memory."""

    label: str
    jobs: int
    seconds: float
    input_bytes: int
    documents: int
    peak_rss_bytes: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    # Seconds of every repeat of this measure, in the order run; `seconds` is the fastest.
    repeats: list[float] = field(default_factory=list)

    @property
    def megabytes_per_second(self) -> float:
        """Input megabytes (10^6 bytes) per wall-clock second."""
        return self.input_bytes / MEGABYTE / self.seconds if self.seconds else 0.0

    @property
    def documents_per_second(self) -> float:
        """Documents per wall-clock second."""
        return self.documents / self.seconds if self.seconds else 0.0


@dataclass
class BenchResult:
    """Everything `provex bench` prints."""

    corpus: Corpus
    machine: str
    runs: list[Measurement] = field(default_factory=list)
    incremental: Measurement | None = None
    peer: Measurement | None = None
    peer_note: str = ""


def measure_run(corpus: Corpus, out_dir: Path, jobs: int, label: str, batch_size: int) -> Measurement:
    """Run the pipeline over the corpus into `out_dir` and time it."""
    from pipeline.batch.run import run_batch

    started = time.perf_counter()
    summary = run_batch([corpus.folder], out_dir, jobs=jobs, batch_size=batch_size)
    seconds = time.perf_counter() - started
    return Measurement(
        label=label,
        jobs=jobs,
        seconds=seconds,
        input_bytes=corpus.bytes,
        documents=corpus.documents,
        peak_rss_bytes=summary.peak_worker_rss_bytes,
        stage_seconds=summary.stage_seconds,
    )


def jionlp_extractors() -> tuple[Callable[[str], object], Callable[[str], object]] | None:
    """JioNLP's extract_money and extract_time, or None when it is not installed."""
    try:
        import jionlp
    except ImportError:
        return None
    time_base = time.mktime((2024, 1, 1, 0, 0, 0, 0, 0, -1))
    return jionlp.ner.extract_money, lambda text: jionlp.ner.extract_time(text, time_base=time_base)


def measure_peer(corpus: Corpus) -> Measurement | None:
    """JioNLP money + time over the corpus texts, one call per document, in this process.

    Whole documents, not lines: JioNLP is faster that way (0.31 against
    0.23 MB/s measured on the bench corpus), and the peer is measured at its
    fastest.
    """
    extractors = jionlp_extractors()
    if extractors is None:
        return None
    extract_money, extract_time = extractors
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.folder.glob("*.txt"))]
    started = time.perf_counter()
    for text in texts:
        extract_money(text)
        extract_time(text)
    seconds = time.perf_counter() - started
    return Measurement("JioNLP extract_money + extract_time", 1, seconds, corpus.bytes, corpus.documents)


def machine_description() -> str:
    """CPU model, core count and Python version of this machine."""
    from pipeline.batch.engines import cpu_count

    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {cpu_count()} cores, Python {platform.python_version()}"


def run_benchmark(
    documents: int,
    jobs: int | None = None,
    seed: int = 0,
    seeds: Path = DEFAULT_SEEDS,
    batch_size: int = 200,
    with_peer: bool = True,
    workspace: Path | None = None,
    repeat: int = 1,
) -> BenchResult:
    """Generate a corpus of `documents` and measure it (see the module docstring).

    With `repeat` > 1 every measure is taken that many times, the 1-job and
    all-cores runs alternating so that a drift of the machine's speed hits
    both alike; the fastest of each is kept (the least disturbed, as with
    `timeit`), and every time is kept in `Measurement.repeats`.
    """
    from pipeline.batch.engines import cpu_count

    all_jobs = jobs or cpu_count()
    scratch = Path(tempfile.mkdtemp(prefix="provex-bench-", dir=workspace))
    try:
        corpus = generate_corpus(scratch / "corpus", documents, seeds=seeds, seed=seed)
        result = BenchResult(corpus=corpus, machine=machine_description())
        one_job: list[Measurement] = []
        all_cores: list[Measurement] = []
        peers: list[Measurement] = []
        for number in range(repeat):
            out_1 = scratch / f"out-1-{number}"
            run, peer = in_fresh_process(measure_one_job_and_peer, corpus, out_1, batch_size, with_peer)
            one_job.append(run)
            peers += [peer] if peer is not None else []
            out_n = scratch / f"out-n-{number}"
            label = f"{all_jobs} jobs"
            all_cores.append(in_fresh_process(measure_run, corpus, out_n, all_jobs, label, batch_size))
            if number < repeat - 1:  # the last output stays for the incremental re-run
                shutil.rmtree(out_1, ignore_errors=True)
                shutil.rmtree(out_n, ignore_errors=True)
        result.runs = [fastest(one_job), fastest(all_cores)]
        label = "incremental re-run (unchanged corpus)"
        result.incremental = fastest(
            [in_fresh_process(measure_run, corpus, out_n, all_jobs, label, batch_size) for _ in range(repeat)]
        )
        if peers:
            result.peer = fastest(peers)
        elif with_peer:
            result.peer_note = "JioNLP is not installed (pip install jionlp) : no peer comparison"
        return result
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def measure_one_job_and_peer(
    corpus: Corpus, out_dir: Path, batch_size: int, with_peer: bool
) -> tuple[Measurement, Measurement | None]:
    """The 1-job run, then JioNLP on the same texts, side by side in this one process."""
    run = measure_run(corpus, out_dir, 1, "1 job", batch_size)
    return run, measure_peer(corpus) if with_peer else None


def in_fresh_process(function: Callable[..., Measured], *arguments: Any) -> Measured:
    """`function(*arguments)` run in a new Python process, its result sent back.

    Every measure starts cold, as a user's run does: no cache filled by an
    earlier measure of the same corpus, no worker pool already started.
    """
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(function, *arguments).result()


def fastest(measurements: Sequence[Measurement]) -> Measurement:
    """The fastest of several measurements of one thing, with every time in `repeats`."""
    best = min(measurements, key=lambda measurement: measurement.seconds)
    return replace(best, repeats=[measurement.seconds for measurement in measurements])


def stage_shares(stage_seconds: dict[str, float]) -> list[tuple[str, float]]:
    """(stage, share of the summed stage time), largest first."""
    total = sum(stage_seconds.values())
    if not total:
        return []
    return sorted(((stage, seconds / total) for stage, seconds in stage_seconds.items()), key=lambda s: -s[1])


def format_report(result: BenchResult) -> str:
    """The benchmark as Markdown tables, ready for the README."""
    corpus = result.corpus
    lines = [
        f"Machine: {result.machine}",
        f"Corpus: {corpus.documents} documents, {corpus.bytes / MEGABYTE:.1f} MB (seed articles, varied); "
        f"{corpus.distinct_line_share:.0%} of its non-empty lines are distinct, so caches keyed by line "
        "text help more here than on a real crawl",
        "",
        "| run | jobs | seconds | MB/s | docs/s | peak RSS per worker |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for run in result.runs:
        lines.append(_row(run))
    if result.incremental is not None:
        full = result.runs[-1].seconds
        share = result.incremental.seconds / full if full else 0.0
        lines.append(_row(result.incremental) + f" ({share:.1%} of the full run)")
    if len(result.runs[0].repeats) > 1:
        lines.append(
            f"\nEach measure is the fastest of {len(result.runs[0].repeats)}, the runs alternating "
            + "; ".join(f"{run.label}: {_seconds(run.repeats)}" for run in result.runs)
        )
    if len(result.runs) >= 2 and result.runs[0].seconds:
        one, all_cores = result.runs[0], result.runs[1]
        speedup = f"{one.seconds / all_cores.seconds:.2f}x"
        if len(one.repeats) > 2:
            # The two runs of a pair meet different moments of a shared
            # machine; the median ratio is less at the mercy of one of them.
            median_speedup = statistics.median(one.repeats) / statistics.median(all_cores.repeats)
            speedup += f" (fastest against fastest); {median_speedup:.2f}x (median against median)"
        lines.append(f"\nAll cores vs one: {speedup}")
    if result.peer is not None:
        ratio = result.runs[0].megabytes_per_second / result.peer.megabytes_per_second
        lines.append(
            f"\n{result.peer.label}, same texts, same process: {result.peer.megabytes_per_second:.2f} MB/s; "
            f"provex on 1 job (all stages + Parquet) is {ratio:.1f}x that"
        )
    elif result.peer_note:
        lines.append(f"\n{result.peer_note}")
    lines += [
        "",
        "Share of time per stage (1 job, summed over documents):",
        "",
        "| stage | share |",
        "|---|---:|",
    ]
    lines += [f"| {stage} | {share:.1%} |" for stage, share in stage_shares(result.runs[0].stage_seconds)]
    return "\n".join(lines)


def _seconds(repeats: Sequence[float]) -> str:
    return " / ".join(f"{seconds:.2f}" for seconds in repeats) + " s"


def _row(run: Measurement) -> str:
    memory = f"{run.peak_rss_bytes / 2**20:.0f} MiB" if run.peak_rss_bytes else "-"
    return (
        f"| {run.label} | {run.jobs} | {run.seconds:.2f} | {run.megabytes_per_second:.2f} | "
        f"{run.documents_per_second:.1f} | {memory} |"
    )


__all__: Sequence[str] = [
    "BenchResult",
    "Corpus",
    "format_report",
    "generate_corpus",
    "run_benchmark",
    "vary_text",
]
