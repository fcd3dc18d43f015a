"""The benchmark behind `provex bench`: throughput, memory, stages, increments.

`generate_corpus` writes a deterministic corpus from real article lines: the
articles of the development data beside the repository (`shared/gold/articles`
and `shared/corpus/web`, read at bench time, never copied) or, where that is
absent, the project's `seeds/`. Each document is an article with its digits
rewritten and some names varied by a seeded random generator (the same seed
gives the same bytes); when the articles run out and are used again, every
sentence but the first of a line of several sentences is replaced by a
sentence of another line (Chinese lines: every clause after the first),
so that most lines stay distinct as in a real
crawl and caches keyed by line text are not flattered. The share of
distinct lines is printed. `run_benchmark` then measures, on that corpus:

- a full run with one job and with every core: wall and CPU seconds (the
  CPU of every process of the run, workers included: a shared machine
  slows the wall clock, much less the CPU time), MB/s of both, documents/s,
  peak resident memory per worker and of the run, and the share of time
  per stage;
- an incremental re-run over the unchanged corpus (should only hash);
- when JioNLP is installed, its `extract_money` + `extract_time` on the same
  texts in the same process as the 1-job run, and our single-core speed
  over theirs.

Every measure runs in a new process, so none is helped by caches an earlier
one filled; with `repeat`, each is taken several times, alternating, and the
fastest and the median are printed.

Nothing here asserts a speed: the numbers are printed for the README.
"""

from __future__ import annotations

import logging
import multiprocessing
import platform
import random
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import regex

if TYPE_CHECKING:
    from pipeline.dev.rule_costs import RuleCost

DEFAULT_SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# The development data beside a checkout: real articles, read at bench time only.
SHARED = Path(__file__).resolve().parents[3] / "shared"
REAL_ARTICLE_FOLDERS = (SHARED / "gold" / "articles", SHARED / "corpus" / "web")
MEGABYTE = 1_000_000
Measured = TypeVar("Measured")

# Digit runs (ASCII or full-width) get new digits of the same length.
DIGIT_RUN = regex.compile(r"[0-9]+|[０-９]+")
# Two Han characters before a name suffix: a place or organisation name.
HAN_NAME = regex.compile(r"\p{Han}{2}(?=区|市|县|镇|公司|集团|大学|医院|研究院|研究所|银行)")
# A capitalised word before an English organisation suffix.
LATIN_NAME = regex.compile(r"\b[A-Z][a-z]+(?= (?:Inc|Group|University|Hospital|Bank|Park|Institute)\b)")
# A sentence or Chinese clause with its closing mark and the spaces after it; the last may have none.
SENTENCE = regex.compile(r".+?(?:[。！？!?；;，]|,(?=\p{Han})|\.(?=\s)|$)\s*", regex.S)
HAN = regex.compile(r"\p{Han}")
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
    sources: tuple[str, ...] = ()  # folders the articles came from


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


def article_folders(seeds: Path | None = None) -> list[Path]:
    """Where the corpus takes its articles: `seeds` when given, else the real articles
    beside the checkout, else the project's seeds."""
    if seeds is not None:
        return [seeds]
    real = [folder for folder in REAL_ARTICLE_FOLDERS if any(folder.glob("*.txt"))]
    return real or [DEFAULT_SEEDS]


def splice_sentences(line: str, pools: dict[bool, list[str]], rng: random.Random) -> str:
    """`line` with every sentence (or Chinese clause) after its first replaced by one of the same script."""
    sentences = SENTENCE.findall(line)
    if len(sentences) < 2:
        return line
    spliced = [sentences[0]]
    for sentence in sentences[1:]:
        pool = pools[bool(HAN.search(sentence))]
        spliced.append(rng.choice(pool) if pool else sentence)
    return "".join(spliced)


def generate_corpus(
    folder: Path,
    documents: int,
    seeds: Path | None = None,
    seed: int = 0,
) -> Corpus:
    """Write `documents` varied copies of the articles of `article_folders(seeds)`.

    The first use of each article keeps its lines (digits and some names
    varied); later uses also splice the sentences of its lines (see the
    module docstring). Raises FileNotFoundError when no .txt article is found.
    """
    folders = article_folders(seeds)
    paths = sorted(path for source in folders for path in source.glob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"no .txt articles in {', '.join(map(str, folders))}")
    texts = [path.read_text(encoding="utf-8") for path in paths]
    pools: dict[bool, list[str]] = {True: [], False: []}
    for text in texts:
        for line in text.split("\n"):
            for sentence in SENTENCE.findall(line)[1:]:
                pools[bool(HAN.search(sentence))].append(sentence)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    distinct_lines: set[str] = set()
    non_empty_lines = 0
    for number in range(documents):
        text = texts[number % len(texts)]
        if number >= len(texts):
            text = "\n".join(splice_sentences(line, pools, rng) for line in text.split("\n"))
        text = vary_text(text, rng)
        # A closing line with the copy's number keeps every document distinct.
        data = f"{text.rstrip()}\n\n（{number}）\n".encode()
        (folder / f"doc-{number:07d}.txt").write_bytes(data)
        total += len(data)
        lines = [line for line in text.split("\n") if line.strip()]
        non_empty_lines += len(lines)
        distinct_lines.update(lines)
    share = len(distinct_lines) / non_empty_lines if non_empty_lines else 1.0
    return Corpus(
        folder=folder,
        documents=documents,
        bytes=total,
        distinct_line_share=share,
        sources=tuple(str(source) for source in folders),
    )


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
    # CPU seconds (user + system) of every process of the run, workers and fork server included.
    cpu_seconds: float = 0.0
    cpu_repeats: list[float] = field(default_factory=list)
    # Peak resident memory of any one process of the run (the run's own process included).
    peak_run_rss_bytes: int = 0

    @property
    def megabytes_per_second(self) -> float:
        """Input megabytes (10^6 bytes) per wall-clock second."""
        return self.input_bytes / MEGABYTE / self.seconds if self.seconds else 0.0

    @property
    def median_cpu_seconds(self) -> float:
        """The median CPU seconds of the repeats (the one CPU time when not repeated)."""
        return statistics.median(self.cpu_repeats) if self.cpu_repeats else self.cpu_seconds

    @property
    def megabytes_per_cpu_second(self) -> float:
        """Input megabytes per CPU second (median of the repeats): what a noisy machine hides least."""
        cpu = self.median_cpu_seconds
        return self.input_bytes / MEGABYTE / cpu if cpu else 0.0

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
    # Each date rule's attempts, matches and time (`--rule-costs`), costliest first
    rule_costs: list[RuleCost] | None = None


def cpu_seconds_so_far() -> float:
    """CPU seconds (user + system) of this process and of its ended, collected descendants."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def stop_fork_server() -> None:
    """End the fork server (and so its workers) of this process, so that their CPU time is counted.

    Workers are forked from the fork server, not from this process: their CPU
    time reaches this process's children usage only once the fork server,
    which collects them, has ended and been collected in turn.
    """
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    if server is not None and getattr(server, "_forkserver_pid", None) is not None:
        server._stop()


def measure_run(corpus: Corpus, out_dir: Path, jobs: int, label: str, batch_size: int) -> Measurement:
    """Run the pipeline over the corpus into `out_dir` and time it: wall and CPU time, memory."""
    from pipeline.batch.run import run_batch

    cpu_started = cpu_seconds_so_far()
    started = time.perf_counter()
    summary = run_batch([corpus.folder], out_dir, jobs=jobs, batch_size=batch_size)
    seconds = time.perf_counter() - started
    stop_fork_server()
    cpu = cpu_seconds_so_far() - cpu_started
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    return Measurement(
        label=label,
        jobs=jobs,
        seconds=seconds,
        input_bytes=corpus.bytes,
        documents=corpus.documents,
        peak_rss_bytes=summary.peak_worker_rss_bytes,
        stage_seconds=summary.stage_seconds,
        cpu_seconds=cpu,
        peak_run_rss_bytes=peak * 1024,  # ru_maxrss is in KiB on Linux
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
    # JioNLP logs a traceback for every time expression it cannot parse: not part of the measure.
    logging.disable(logging.CRITICAL)
    try:
        cpu_started = time.process_time()
        started = time.perf_counter()
        for text in texts:
            extract_money(text)
            extract_time(text)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
    finally:
        logging.disable(logging.NOTSET)
    return Measurement(
        "JioNLP extract_money + extract_time", 1, seconds, corpus.bytes, corpus.documents, cpu_seconds=cpu
    )


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
    seeds: Path | None = None,
    batch_size: int = 200,
    with_peer: bool = True,
    workspace: Path | None = None,
    repeat: int = 1,
    rule_costs: bool = False,
) -> BenchResult:
    """Generate a corpus of `documents` and measure it (see the module docstring).

    With `repeat` > 1 every measure is taken that many times, the 1-job and
    all-cores runs alternating so that a drift of the machine's speed hits
    both alike; the fastest of each is kept (the least disturbed, as with
    `timeit`), and every time is kept in `Measurement.repeats`. With
    `rule_costs`, each date rule's cost over the corpus is measured too
    (`pipeline.dev.rule_costs`, in a process of its own).
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
        if rule_costs:
            from pipeline.dev.rule_costs import corpus_date_rule_costs

            result.rule_costs = in_fresh_process(corpus_date_rule_costs, corpus.folder)
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
    return replace(
        best,
        repeats=[measurement.seconds for measurement in measurements],
        cpu_repeats=[measurement.cpu_seconds for measurement in measurements],
    )


def stage_shares(stage_seconds: dict[str, float]) -> list[tuple[str, float]]:
    """(stage, share of the summed stage time), largest first."""
    total = sum(stage_seconds.values())
    if not total:
        return []
    return sorted(((stage, seconds / total) for stage, seconds in stage_seconds.items()), key=lambda s: -s[1])


def _seed_fallback_warning(corpus: Corpus) -> list[str]:
    """A warning when the corpus came from the project's seeds because no real articles were found."""
    if corpus.sources != (str(DEFAULT_SEEDS),):
        return []
    folders = " and ".join(str(folder) for folder in REAL_ARTICLE_FOLDERS)
    return [
        "",
        f"**Warning:** no real articles were found ({folders}), so the corpus was built from the "
        "project's five seeds: its lines repeat and its documents are long, and its MB/s cannot be "
        "compared with a bench over real articles. Put the development data beside the checkout, "
        "or give `--seeds FOLDER` of articles.",
    ]


def format_report(result: BenchResult) -> str:
    """The benchmark as Markdown tables, ready for the README."""
    corpus = result.corpus
    origin = ", ".join(Path(source).name for source in corpus.sources) or "seed articles"
    lines = [
        f"Machine: {result.machine}",
        f"Corpus: {corpus.documents} documents, {corpus.bytes / MEGABYTE:.1f} MB, from real article lines "
        f"({origin}; digits and some names varied, sentences spliced on reuse); "
        f"{corpus.distinct_line_share:.0%} of its non-empty lines are distinct",
        *_seed_fallback_warning(corpus),
        "",
        "CPU seconds count every process of the run (workers included); on a shared machine they move "
        "much less than wall seconds. Each time is the median of the repeats unless marked fastest.",
        "",
        "| run | jobs | wall s (fastest) | wall s (median) | CPU s (median) | MB/s (fastest wall) | "
        "MB/s of CPU | docs/s | peak RSS per worker | peak RSS of the run |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for run in result.runs:
        lines.append(_row(run))
    if result.incremental is not None:
        full = statistics.median(result.runs[-1].repeats or [result.runs[-1].seconds])
        share = statistics.median(result.incremental.repeats or [result.incremental.seconds]) / full
        lines.append(_row(result.incremental) + f" ({share:.1%} of the full run, medians)")
    if result.peer is not None:
        lines.append(_row(result.peer))
    if len(result.runs[0].repeats) > 1:
        lines.append(
            f"\nEach measure was taken {len(result.runs[0].repeats)} times (fastest of "
            f"{len(result.runs[0].repeats)}, the runs alternating); wall / CPU seconds: "
            + "; ".join(
                f"{run.label}: {_seconds(run.repeats)} / {_seconds(run.cpu_repeats)}" for run in result.runs
            )
        )
    if len(result.runs) >= 2 and result.runs[0].seconds:
        one, all_cores = result.runs[0], result.runs[1]
        speedup = f"{one.seconds / all_cores.seconds:.2f}x"
        if len(one.repeats) > 2:
            # The two runs of a pair meet different moments of a shared
            # machine; the median ratio is less at the mercy of one of them.
            median_speedup = statistics.median(one.repeats) / statistics.median(all_cores.repeats)
            speedup += f" (fastest against fastest); {median_speedup:.2f}x (median against median)"
        lines.append(f"\nAll cores vs one (wall): {speedup}")
    if result.peer is not None:
        ratio = result.runs[0].megabytes_per_second / result.peer.megabytes_per_second
        line = (
            f"\n{result.peer.label}, same texts, same process as the 1-job run: "
            f"{result.peer.megabytes_per_second:.2f} MB/s; "
            f"provex on 1 job (all stages + Parquet) is {ratio:.1f}x that"
        )
        if result.peer.megabytes_per_cpu_second:
            cpu_ratio = result.runs[0].megabytes_per_cpu_second / result.peer.megabytes_per_cpu_second
            line += f" in wall time, {cpu_ratio:.1f}x in CPU time (medians)"
        lines.append(line)
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
    if result.rule_costs is not None:
        from pipeline.dev.rule_costs import format_rule_costs

        lines += ["", "Date rules by matching time (one process, every document once):", ""]
        lines += format_rule_costs(result.rule_costs)
    return "\n".join(lines)


def _seconds(repeats: Sequence[float]) -> str:
    return " / ".join(f"{seconds:.2f}" for seconds in repeats) + " s"


def _row(run: Measurement) -> str:
    worker = f"{run.peak_rss_bytes / 2**20:.0f} MiB" if run.peak_rss_bytes else "-"
    whole = f"{run.peak_run_rss_bytes / 2**20:.0f} MiB" if run.peak_run_rss_bytes else "-"
    median_wall = statistics.median(run.repeats) if run.repeats else run.seconds
    cpu = f"{run.median_cpu_seconds:.2f}" if run.median_cpu_seconds else "-"
    cpu_rate = f"{run.megabytes_per_cpu_second:.2f}" if run.median_cpu_seconds else "-"
    return (
        f"| {run.label} | {run.jobs} | {run.seconds:.2f} | {median_wall:.2f} | {cpu} | "
        f"{run.megabytes_per_second:.2f} | {cpu_rate} | {run.documents_per_second:.1f} | {worker} | {whole} |"
    )


__all__: Sequence[str] = [
    "BenchResult",
    "Corpus",
    "format_report",
    "generate_corpus",
    "run_benchmark",
    "splice_sentences",
    "vary_text",
]
