"""Measure the compiled prototype of the word view's segmentation against the Python one.

    python bench/compiled/bench_segment.py       (needs Cython and a C compiler)

Builds segment.pyx in a temporary folder, checks that both give the same
words on every Chinese run of the articles (the seeds, and the development
articles beside a checkout when present), then times both on those runs,
several rounds each, alternating, with the word table already in memory
(as in a long run). Prints the medians.
"""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extractors.names.words import _Tagger  # noqa: E402

HAN_RUN = regex.compile(r"\p{Han}+")


def build(folder: Path):
    """Compile segment.pyx into `folder` and import it."""
    (folder / "segment.pyx").write_text((HERE / "segment.pyx").read_text(encoding="utf-8"), encoding="utf-8")
    setup = (
        "from setuptools import setup\nfrom Cython.Build import cythonize\n"
        "setup(ext_modules=cythonize('segment.pyx', quiet=True))\n"
    )
    (folder / "setup.py").write_text(setup, encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--inplace", "-q"],
        cwd=folder,
        check=True,
        capture_output=True,
    )
    print(f"build: {time.perf_counter() - started:.1f} s")
    module = next(folder.glob("segment*.so"))
    spec = importlib.util.spec_from_file_location("segment", module)
    compiled = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compiled)
    return compiled


def runs() -> list[str]:
    """Every Chinese run of every non-empty line of the articles at hand."""
    folders = [
        ROOT / "seeds",
        ROOT.parent / "shared" / "gold" / "articles",
        ROOT.parent / "shared" / "corpus" / "web",
    ]
    found = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").split("\n"):
                found += HAN_RUN.findall(line)
    return found


def main() -> None:
    tagger = _Tagger()
    words = tagger.words
    sentences = runs()
    for sentence in sentences:  # the word table in memory, as after the first documents of a run
        tagger.segment(sentence)
    with tempfile.TemporaryDirectory() as folder:
        compiled = build(Path(folder))

        def fast(sentence: str) -> list[str]:
            return compiled.segment(sentence, words.known, words.entry, tagger.log_total)

        differ = sum(fast(sentence) != tagger.segment(sentence) for sentence in sentences)
        characters = sum(map(len, sentences))
        print(f"{len(sentences)} runs, {characters} characters; runs cut differently: {differ}")
        times: dict[str, list[float]] = {"python": [], "compiled": []}
        for _ in range(7):
            for name, function in (("python", tagger.segment), ("compiled", fast)):
                started = time.process_time()
                for sentence in sentences:
                    function(sentence)
                times[name].append(time.process_time() - started)
        python, native = statistics.median(times["python"]), statistics.median(times["compiled"])
        print(
            f"python: {python * 1e3:.1f} ms; compiled: {native * 1e3:.1f} ms (CPU, medians of 7, alternating)"
        )
        print(
            f"per character: {python / characters * 1e9:.0f} ns against {native / characters * 1e9:.0f} ns; "
            f"{python / native:.1f}x"
        )


if __name__ == "__main__":
    main()
