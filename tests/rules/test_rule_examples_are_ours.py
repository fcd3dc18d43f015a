"""Rule examples are our own sentences: none is copied from the development set or the peer suites.

The development articles, the seeds and other projects' test cases are
what the rules are measured on; an example taken from them would document
nothing and would leak evaluation text into the project.
"""

from __future__ import annotations

import json
import re

import pytest

from pipeline.rules.schema import rules_with_examples
from tests.conftest import PEER, RULES, SEEDS, SHARED, require_peer

# Shorter examples (a bare `2023年`, `Monday`) say too little to be a copy.
MIN_LENGTH = 6
# A run of this many Chinese characters is a phrase of its own, not a common
# word: found in an evaluation text, it was taken from there (a company's full
# name, a clause), even inside a sentence of our own.
COPIED_RUN_LENGTH = 12
COPIED_RUN = re.compile(rf"[\u4e00-\u9fff]{{{COPIED_RUN_LENGTH},}}")


def _evaluation_texts() -> str:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts += [
        path.read_text(encoding="utf-8") for path in sorted((SHARED / "gold" / "articles").glob("*.txt"))
    ]
    for path in sorted(PEER.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(str(record.get("input") or record.get("text") or ""))
    return "\n".join(texts)


def _web_pages() -> str:
    return "\n".join(
        path.read_text(encoding="utf-8") for path in sorted((SHARED / "corpus" / "web").glob("*.txt"))
    )


def _long_runs(text: str) -> list[str]:
    """Every stretch of `COPIED_RUN_LENGTH` Chinese characters in a row in `text`."""
    return [
        run[start : start + COPIED_RUN_LENGTH]
        for run in COPIED_RUN.findall(text)
        for start in range(len(run) - COPIED_RUN_LENGTH + 1)
    ]


def _examples() -> list[tuple[str, str, str]]:
    found = []
    for name in RULES.names:
        for rule in rules_with_examples(RULES.file(name)):
            for example in rule.get("examples") or []:
                text = example if isinstance(example, str) else str(example.get("text", ""))
                found.append((name, str(rule["id"]), text))
    return found


def test_no_rule_example_is_copied_from_the_evaluation_texts():
    corpus = _evaluation_texts()
    require_peer([corpus] if (SHARED / "peer").is_dir() else [])
    # Page chrome (`Skip to content`) is the same on many sites: the web pages
    # count only for long runs of Chinese characters.
    everything = corpus + "\n" + _web_pages()
    copied = [
        f"{name}:{rule_id}: {text!r}"
        for name, rule_id, text in _examples()
        if (len(text) >= MIN_LENGTH and text in corpus)
        or any(window in everything for window in _long_runs(text))
    ]
    assert copied == [], "examples found verbatim in seeds/ or ../shared:\n" + "\n".join(copied)


@pytest.mark.parametrize("name", sorted(RULES.names))
def test_every_rule_file_loads(name):
    assert RULES.file(name) is not None
