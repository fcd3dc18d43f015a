"""The word view's tagger reads jieba's dictionary word by word and cuts exactly as jieba does."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from pipeline.extractors.names import words
from tests.conftest import SEEDS

# A small dictionary in jieba's format: word, frequency, tag (one entry without a tag).
SMALL_DICTIONARY = """光伏 120 n
产业 900 n
产业园 300 n
园 50 n
举行 800 v
县 400 n
政务 300 n
中心 1000 n
政务中心 20 nt
协调 500 v
解决 700 v
项目 900 n
未来 600 t
科学城 40 ns
科学 800 n
城 300 n
一期 30
甲乙丙 5 n
"""

SENTENCES = [
    "区会展中心举行光伏产业园",
    "协调解决项目",
    "未来科学城一期",
    "abc 2023年光伏产业",
    "园园园园",
    "甲乙",
    "没有词典里的字",
    "",
]


def jieba_cut(dictionary: Path, text: str) -> list[tuple[str, str]]:
    """What the tagger did before: jieba.Tokenizer's graph and route, tags read from the file."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer(str(dictionary))
    tokenizer.initialize()
    tags = {
        parts[0]: parts[-1]
        for parts in (line.split(" ") for line in dictionary.read_text(encoding="utf-8").split("\n"))
        if len(parts) == 3
    }
    pairs = []
    for run in words._RUNS.finditer(text):
        if run.lastgroup != "han":
            pairs.append((run.group(), run.lastgroup))
            continue
        sentence = run.group()
        route: dict[int, tuple[float, int]] = {}
        tokenizer.calc(sentence, tokenizer.get_DAG(sentence), route)
        start = 0
        while start < len(sentence):
            end = route[start][1] + 1
            pairs.append((sentence[start:end], tags.get(sentence[start:end], "x")))
            start = end
    return pairs


@pytest.fixture
def small_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("PROVEX_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "dict.txt"
    path.write_text(SMALL_DICTIONARY, encoding="utf-8")
    return path


def test_cuts_and_tags_as_jieba_does(small_dictionary: Path) -> None:
    tagger = words._Tagger(small_dictionary)
    for sentence in SENTENCES:
        assert tagger.cut(sentence) == jieba_cut(small_dictionary, sentence), sentence
    assert tagger.cut("区会展中心举行光伏产业园")[-3:] == [("举行", "v"), ("光伏", "n"), ("产业园", "n")]


def test_runs_of_dictionary_characters_in_any_order_cut_as_jieba_does(small_dictionary: Path) -> None:
    # Runs mixing the dictionary's words and characters: overlapping words,
    # ties between routes and characters no word starts with.
    import random

    tagger = words._Tagger(small_dictionary)
    entries = [line.split(" ")[0] for line in SMALL_DICTIONARY.split("\n") if line]
    pieces = entries + [word[:1] for word in entries] + [word[1:] for word in entries if len(word) > 1]
    generator = random.Random(17)
    sentences = ["".join(generator.choices(pieces, k=generator.randint(1, 6))) for _ in range(80)]
    assert {tuple(tagger.cut(s)) for s in sentences} and all(
        tagger.cut(sentence) == jieba_cut(small_dictionary, sentence) for sentence in sentences
    )


def test_the_table_is_cached_by_the_dictionary_hash(small_dictionary: Path, tmp_path: Path) -> None:
    words._Tagger(small_dictionary)
    cached = list((tmp_path / "cache" / "provex").glob("jieba-words-*.sqlite"))
    assert len(cached) == 1
    small_dictionary.write_text(SMALL_DICTIONARY + "产业园区 10 n\n", encoding="utf-8")
    tagger = words._Tagger(small_dictionary)
    assert len(list((tmp_path / "cache" / "provex").glob("jieba-words-*.sqlite"))) == 2
    assert tagger.cut("产业园区") == [("产业园区", "n")]


def test_an_unwritable_cache_reads_the_dictionary_whole(small_dictionary: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root writes anywhere: make the cache folder a file instead.
        (tmp_path / "cache").write_text("not a folder")
    else:
        (tmp_path / "cache").mkdir()
        (tmp_path / "cache").chmod(stat.S_IRUSR | stat.S_IXUSR)
    tagger = words._Tagger(small_dictionary)
    assert tagger.words._in_memory
    for sentence in SENTENCES:
        assert tagger.cut(sentence) == jieba_cut(small_dictionary, sentence), sentence


def test_a_forked_process_opens_its_own_connection(small_dictionary: Path) -> None:
    tagger = words._Tagger(small_dictionary)
    tagger.words._pid = -1  # as seen from a child after a fork
    assert tagger.cut("光伏产业") == [("光伏", "n"), ("产业", "n")]
    assert tagger.words._pid == os.getpid()


@pytest.mark.slow
def test_the_packaged_dictionary_cuts_the_seeds_as_jieba_does() -> None:
    dictionary = words.dictionary_file()
    tagger = words._Tagger(dictionary)
    texts = [
        line for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text(encoding="utf-8").split("\n")
    ]
    pieces = [
        piece for text in texts for piece in [text, *(text[i : i + 10] for i in range(0, len(text), 7))]
    ]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    reference = jieba.Tokenizer()
    reference.initialize()
    tags = {
        parts[0]: parts[-1]
        for parts in (line.split(" ") for line in dictionary.read_text(encoding="utf-8").split("\n"))
        if len(parts) == 3
    }
    table, total = words.read_dictionary(dictionary.read_text(encoding="utf-8"))
    assert total == reference.total
    assert {word: entry[0] for word, entry in table.items() if entry[0] is not None} == reference.FREQ
    assert {word: entry[1] for word, entry in table.items() if entry[1] is not None} == tags
    for piece in pieces:
        expected = []
        for run in words._RUNS.finditer(piece):
            if run.lastgroup != "han":
                expected.append((run.group(), run.lastgroup))
                continue
            sentence = run.group()
            route: dict[int, tuple[float, int]] = {}
            reference.calc(sentence, reference.get_DAG(sentence), route)
            start = 0
            while start < len(sentence):
                end = route[start][1] + 1
                expected.append((sentence[start:end], tags.get(sentence[start:end], "x")))
                start = end
        assert tagger.cut(piece) == expected, piece


def test_without_sqlite_the_dictionary_is_read_whole(
    small_dictionary: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "sqlite3", None)  # `import sqlite3` now fails
    tagger = words._Tagger(small_dictionary)
    assert tagger.words._in_memory
    assert tagger.cut("区会展中心举行光伏产业园") == jieba_cut(small_dictionary, "区会展中心举行光伏产业园")


def test_a_table_replaced_whole_leaves_an_open_reader_on_its_own_file(small_dictionary: Path) -> None:
    # The table is read as immutable: it is only ever replaced whole, never written in place.
    tagger = words._Tagger(small_dictionary)
    assert tagger.cut("光伏") == [("光伏", "n")]
    other = small_dictionary.with_name("other.txt")
    other.write_text("光伏产业 5 nz\n", encoding="utf-8")
    words._build_table(other, tagger.words.path)
    assert tagger.cut("光伏产业") == [("光伏", "n"), ("产业", "n")]
    assert words._Tagger(small_dictionary).cut("光伏产业") == [("光伏产业", "nz")]


def test_the_table_answers_every_look_up_as_the_dictionary_read_whole(small_dictionary: Path) -> None:
    table = words._Tagger(small_dictionary).words
    whole, _total = words.read_dictionary(SMALL_DICTIONARY)
    asked = [*whole, "光伏产业园", "甲丙", "乙", "x"]
    assert [table.entry(word) for word in asked] == [whole.get(word, words._ABSENT) for word in asked]
    cursor = table._cursor
    table.entry("政务中心区")
    assert table._cursor is cursor  # one cursor for every look-up of the process
