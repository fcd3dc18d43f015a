"""A word-level view of a Chinese name's left edge: where a name really starts.

Characters mislead at the left edge of a name: "举行光伏产业园", "协调解决项目",
"前年7月起进驻香港科学园" hold a verb, an adverb or a time word that no
boundary list can foresee. jieba's part-of-speech tagger (jieba's dictionary
segmentation and its word tags, read lazily, word by word) tells them:

- leading words of a function class (verbs, adverbs, prepositions,
  pronouns, particles, time words, ...) are not part of a name;
- a verb inside the text, followed by specific words, governs them
  ("区会展中心举行光伏产业园"): the name starts after it;
- a name whose last word before the suffix is a verb led by no noun
  ("协调解决项目", "共征集项目") is a phrase, not a name.

Tags are those of jieba (ICTCLAS): v verb, vn verbal noun, d adverb, p
preposition, c conjunction, r pronoun, u particle, t time, f locality, m
numeral, q measure word, ns place, n noun, ... Which tags count is data
(rules/names.yaml, `word_view`).

Cost: only the text before a suffix is tagged (a few characters, cached by
text), and only for names the character rules kept.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import tempfile
import threading
from collections.abc import Sequence
from functools import lru_cache
from math import log
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.core.cache import cache_folder

if TYPE_CHECKING:
    import sqlite3

_LOCK = threading.Lock()
_TAGGER = None
# Runs of Chinese characters (segmented with the dictionary), of digits, of Latin letters.
_RUNS = re.compile(r"(?P<han>[\u4e00-\u9fff]+)|(?P<m>[0-9.]+)|(?P<eng>[A-Za-z]+)|(?P<x>.)", re.S)
# One character of the runs `_RUNS` segments with the dictionary.
_HAN_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]*")
# Bump when the layout of the cached word table changes.
_TABLE_FORMAT = 1
# A word the dictionary does not hold: no frequency, no tag.
_ABSENT: tuple[int | None, str | None] = (None, None)


def dictionary_file() -> Path:
    """jieba's packaged dictionary (what `jieba.Tokenizer()` reads), found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed (pip install jieba)", name="jieba")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


def read_dictionary(text: str) -> tuple[dict[str, tuple[int | None, str | None]], int]:
    """Every word and word prefix of a jieba dictionary: (frequency, tag), and the total frequency.

    Frequencies and the total are read as `jieba.Tokenizer.gen_pfdict` reads
    them (a prefix of a word that is no word itself has frequency 0); tags as
    `jieba.posseg` pairs them (lines of exactly three fields). A word without
    a frequency entry has frequency None; one without a tag, tag None.
    """
    frequencies: dict[str, int] = {}
    total = 0
    lines = text.split("\n")
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        word, frequency = stripped.split(" ")[:2]
        frequencies[word] = int(frequency)
        total += int(frequency)
        for end in range(1, len(word) + 1):
            frequencies.setdefault(word[:end], 0)
    tags = {parts[0]: parts[-1] for parts in (line.split(" ") for line in lines) if len(parts) == 3}
    table: dict[str, tuple[int | None, str | None]] = {
        word: (frequency, tags.get(word)) for word, frequency in frequencies.items()
    }
    for word, tag in tags.items():
        if word not in table:
            table[word] = (None, tag)
    return table, total


def _build_table(dictionary: Path, target: Path) -> None:
    """Write the word table of `dictionary` to the SQLite file `target` (atomically)."""
    import sqlite3

    table, total = read_dictionary(dictionary.read_text(encoding="utf-8"))
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute(
                "CREATE TABLE words (word TEXT PRIMARY KEY, freq INTEGER, tag TEXT) WITHOUT ROWID"
            )
            connection.execute("CREATE TABLE meta (total INTEGER)")
            connection.executemany(
                "INSERT INTO words VALUES (?, ?, ?)", ((word, *entry) for word, entry in table.items())
            )
            connection.execute("INSERT INTO meta VALUES (?)", (total,))
            connection.commit()
        finally:
            connection.close()
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _WordTable:
    """Frequency and tag of a word of jieba's dictionary, looked up on demand.

    jieba's own start-up reads all 500,000 words and prefixes into a dict
    (about 0.9 s per process, with the tag table) although a run looks up a
    few thousand. The table is derived once from the packaged dictionary into
    an indexed SQLite file in the user's cache folder, named by the
    dictionary's hash, and read word by word; each word read is kept. Where
    the cache folder cannot be written, the dictionary is read whole into
    memory, as before.
    """

    def __init__(self, dictionary: Path) -> None:
        data = dictionary.read_bytes()
        digest = hashlib.sha256(data).hexdigest()[:24]
        self.path = cache_folder() / f"jieba-words-{_TABLE_FORMAT}-{digest}.sqlite"
        self.known: dict[str, tuple[int | None, str | None]] = {}
        self._connection: sqlite3.Connection | None = None
        self._cursor: sqlite3.Cursor | None = None
        self._pid = 0
        self._in_memory = not self._open_table(dictionary)
        if self._in_memory:
            self.known, self.total = read_dictionary(data.decode("utf-8"))

    def _open_table(self, dictionary: Path) -> bool:
        """Open (first building) the cached table; False where that cannot be done."""
        try:
            import sqlite3
        except ImportError:  # absent from some builds of Python
            return False
        try:
            if not self.path.exists():
                _build_table(dictionary, self.path)
            self.total = self._query("SELECT total FROM meta", ())[0]
        except (OSError, sqlite3.Error):
            return False
        return True

    def _query(self, sql: str, arguments: tuple) -> tuple | None:
        # A connection must not cross a fork: each process opens its own.
        if self._connection is None or self._pid != os.getpid():
            import sqlite3

            # The file is written once, under a name of its content, and only
            # ever replaced whole (`_build_table`): read as immutable, SQLite
            # takes no file lock per query (a quarter of the cost of a look-up).
            self._connection = sqlite3.connect(
                f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            # One cursor for every look-up: a quarter of a look-up's cost is making one.
            self._cursor = self._connection.cursor()
            self._pid = os.getpid()
        return self._cursor.execute(sql, arguments).fetchone()

    def entry(self, word: str) -> tuple[int | None, str | None]:
        """(frequency, tag) of `word`; (None, None) when the dictionary has neither."""
        found = self.known.get(word)
        if found is None:
            if self._in_memory:
                return _ABSENT
            with _LOCK:
                row = self._query("SELECT freq, tag FROM words WHERE word = ?", (word,))
            found = _ABSENT if row is None else (row[0], row[1])
            self.known[word] = found
        return found


class _Tagger:
    """jieba's dictionary segmentation (no HMM) with the dictionary's tag of each word.

    What `jieba.posseg.cut(text, HMM=False)` gives, without its start-up
    cost: the word graph and best route of `jieba.Tokenizer` (`get_DAG`,
    `calc`), computed the same way over the same dictionary, whose words are
    looked up one by one in a table derived from it (`_WordTable`).
    """

    def __init__(self, dictionary: Path | None = None) -> None:
        self.words = _WordTable(dictionary or dictionary_file())
        self.log_total = log(self.words.total)

    def segment(self, sentence: str) -> list[str]:
        """The words of a run of Chinese characters, as jieba's `cut(HMM=False)` gives them."""
        known = self.words.known
        entry = self.words.entry
        length = len(sentence)
        log_total = self.log_total
        # One pass from the right builds, for each position, jieba's word
        # graph (get_DAG: every dictionary word starting there; a position
        # that starts none is a word of its own, of frequency 1 as jieba
        # counts it) and its most probable route (calc), with the same
        # floating-point operations in the same order; of two routes equally
        # probable the later end wins, as in `max` over (probability, end) pairs.
        route: list[tuple[float, int]] = [(0, 0)] * (length + 1)
        for start in range(length - 1, -1, -1):
            best: tuple[float, int] | None = None
            end = start + 1
            while end <= length:
                fragment = sentence[start:end]
                frequency = (known.get(fragment) or entry(fragment))[0]
                if frequency is None:
                    break
                if frequency:
                    candidate = (log(frequency) - log_total + route[end][0], end - 1)
                    if best is None or candidate > best:
                        best = candidate
                end += 1
            route[start] = best if best is not None else (log(1) - log_total + route[start + 1][0], start)
        words = []
        start = 0
        while start < length:
            end = route[start][1] + 1
            words.append(sentence[start:end])
            start = end
        return words

    def cut(self, text: str) -> list[tuple[str, str]]:
        """(word, tag) pairs of `text`: Chinese runs segmented and tagged, other runs by kind."""
        pairs = []
        for run in _RUNS.finditer(text):
            kind = run.lastgroup
            if kind != "han":
                pairs.append((run.group(), kind))
                continue
            pairs += _tagged_run(self, run.group())
        return pairs

    def tag_run(self, run: str) -> tuple[tuple[str, str], ...]:
        """(word, tag) pairs of one run of Chinese characters."""
        pairs = []
        for word in self.segment(run):
            tag = self.words.entry(word)[1]
            pairs.append((word, "x" if tag is None else tag))
        return tuple(pairs)


def frequency(word: str) -> int | None:
    """How often the dictionary counts `word`; None when it does not hold it."""
    return _tagger().words.entry(word)[0]


def _tagger() -> _Tagger:
    """The tagger of this process (its word table opens once, on first use)."""
    global _TAGGER
    if _TAGGER is None:
        with _LOCK:
            if _TAGGER is None:
                _TAGGER = _Tagger()
    return _TAGGER


@lru_cache(maxsize=65536)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs of `text`, in order."""
    return tuple(_tagger().cut(text))


# A run of Chinese characters is segmented on its own, whatever surrounds it,
# and the same clauses recur in texts that differ around them: each run is
# segmented once for every text that holds it.
@lru_cache(maxsize=65536)
def _tagged_run(tagger: _Tagger, run: str) -> tuple[tuple[str, str], ...]:
    return tagger.tag_run(run)


@lru_cache(maxsize=65536)
def _run_word_ends(run: str) -> frozenset[int]:
    """Offsets in a run of Chinese characters where one of its words ends."""
    ends = []
    position = 0
    for word, _tag in _tagged_run(_tagger(), run):
        position += len(word)
        ends.append(position)
    return frozenset(ends)


def _run_kind(character: str) -> str:
    """Which of `_RUNS`'s groups `character` belongs to."""
    if "\u4e00" <= character <= "\u9fff":
        return "han"
    if "0" <= character <= "9" or character == ".":
        return "m"
    if "A" <= character <= "Z" or "a" <= character <= "z":
        return "eng"
    return "x"


def word_ends(text: str, at: int) -> bool:
    """True when a word of `text`, as `tagged` segments it, ends at `at` (`word_ends_by_segmenting`).

    Words never run across the runs `_RUNS` cuts a text into, and a run of
    Chinese characters is segmented on its own: between two characters of
    different runs a word ends, between two digits or two Latin letters
    none does, and between two Chinese characters only their run is
    segmented, not the whole text.
    """
    length = len(text)
    if at <= 0 or at > length:
        return False
    if at == length:
        return True
    kind = _run_kind(text[at - 1])
    if kind == "x" or kind != _run_kind(text[at]):
        return True
    if kind != "han":
        return False
    start = at - 1
    while start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    end = _HAN_RUN.match(text, at).end()
    return at - start in _run_word_ends(text[start:end])


def word_ends_by_segmenting(text: str, at: int) -> bool:
    """`word_ends` read off the segmented words of the whole text (its reference)."""
    position = 0
    for word, _tag in tagged(text):
        position += len(word)
        if position >= at:
            return position == at
    return False


class WordView:
    """Where a name starts, read from its words (the tags of rules/names.yaml, `word_view`)."""

    def __init__(self, settings: dict, name_words: frozenset[str] = frozenset()) -> None:
        """`name_words`: words that belong to names whatever their tag (创新, 服务, 未来)."""
        self.name_words = name_words | frozenset(settings.get("name_words", ()))
        self.enabled: bool = settings.get("enabled", True)
        self.leading = frozenset(settings.get("leading_tags", ()))
        self.leading_single = frozenset(settings.get("leading_single_tags", ()))
        self.governing = frozenset(settings.get("governing_tags", ()))
        self.proper = frozenset(settings.get("proper_tags", ()))
        self.min_verb: int = settings.get("min_verb_length", 2)
        self.phrase_before_verb = frozenset(settings.get("phrase_before_verb_tags", ()))
        self.estate_works = tuple(settings.get("estate_works", ()))
        self.estate_endings = tuple(settings.get("estate_endings", ()))
        self.straddle = frozenset(settings.get("straddle_tags", ()))
        self.subject = frozenset(settings.get("subject_tags", ()))
        self.before_place = frozenset(settings.get("leading_before_place_tags", ()))
        self.clause_subjects = tuple(settings.get("clause_subjects", ()))
        self.clause_verbs = frozenset(settings.get("clause_verb_tags", ()))
        self.field_tags = frozenset(settings.get("field_tags", ()))
        self.field_max_words: int = settings.get("field_max_words", 0)
        self.field_max_length: int = settings.get("field_max_length", 0)
        self.cache = lru_cache(maxsize=65536)(self._start)
        # The same few characters around a suffix recur on many lines, and
        # in each rule of a suffix word: answered once per text, for every document.
        self._straddles_cache = lru_cache(maxsize=65536)(self._straddles)
        self.anchor_tags: frozenset[str] = frozenset()
        self.anchor_length = 2
        self.aim_tags: frozenset[str] = frozenset()
        self.coined_tags: frozenset[str] = frozenset()
        self.field_endings: tuple[str, ...] = ()

    def with_anchor(
        self,
        tags: frozenset[str],
        min_length: int,
        aim_tags: frozenset[str] = frozenset(),
        coined_tags: frozenset[str] = frozenset(),
        field_endings: tuple[str, ...] = (),
    ) -> None:
        """Set what makes a prefix name something specific (rules/names.yaml `anchor`)."""
        self.anchor_tags = tags
        self.anchor_length = min_length
        self.aim_tags = aim_tags
        self.coined_tags = coined_tags
        self.field_endings = field_endings

    def anchored(self, prefix: str, aim: bool = True) -> bool:
        """True when `prefix` names something: a proper word, a coined word, or an aim.

        - a word of the anchor tags (a place, a person, a brand): "嘉吉亚太生产线扩建";
        - two single characters in a row that the dictionary does not join,
          each tagged one of `coined_tags` (a coined brand: 宜明, 圣丰);
        - with `aim_tags` and `aim`, a verb after a noun at the end (a programme
          named by its aim: "技术赶超", "品质提升"; a base or a centre is not
          named by what is done there, "样品生产").

        "社会事业和现代服务业" has none of these. Generic words never count,
        whatever jieba tags them, nor do fields of the economy (`field_endings`:
        商贸业, which the dictionary tags as an organisation).
        """
        if not self.enabled:
            return True
        words = tagged(prefix)
        if any(
            tag in self.anchor_tags
            and len(word) >= self.anchor_length
            and word not in self.name_words
            and not word.endswith(self.field_endings)
            for word, tag in words
        ):
            return True
        if self.coined_run(words):
            return True
        if aim and self.aim_tags and len(words) >= 2:
            before_tag, (last, last_tag) = words[-2][1], words[-1]
            if (
                last_tag in self.governing
                and len(last) >= self.min_verb
                and before_tag in self.aim_tags
                and last not in self.name_words
            ):
                return True
        return False

    def coined_run(self, words: Sequence[tuple[str, str]]) -> bool:
        """True when two single characters in a row, each of `coined_tags`, name a coined brand (宜明)."""
        run = 0
        for word, tag in words:
            run = run + 1 if len(word) == 1 and tag in self.coined_tags else 0
            if run >= 2:
                return True
        return False

    def after_verb(self, text: str) -> int:
        """Offset after the verbs and adverbs that begin `text`, when a name remains after them; else 0.

        "重视聆听厂商" -> 4 (厂商); "预算" -> 0 (a noun, whatever its tag says).
        """
        if not self.enabled:
            return 0
        words = tagged(text)
        if not words or words[0][1] not in self.governing or len(words[0][0]) < self.min_verb:
            return 0
        offset = self.start(text, False)
        return offset if offset and offset < len(text) else 0

    def ends_with_word(self, text: str, word: str) -> bool:
        """True when the last word of `text` is `word` on its own ("理事和": 和; not "协和")."""
        if not self.enabled:
            return text.endswith(word)
        words = tagged(text)
        return bool(words) and words[-1][0] == word

    def is_field(self, text: str) -> bool:
        """True when `text` is a short run of common words that names a field or a product, not one thing.

        "储能电池", "光伏组件", "重组蛋白药物": at most `field_max_words` words of
        two characters or more, each of `field_tags`, and at most
        `field_max_length` characters. "宁德储能电池" holds a place and
        "青岚光伏" a coined word: they name something.
        """
        if not self.enabled or not self.field_max_words or len(text) > self.field_max_length:
            return False
        words = tagged(text)
        return 0 < len(words) <= self.field_max_words and all(
            len(word) >= 2 and tag in self.field_tags for word, tag in words
        )

    def is_place(self, text: str) -> bool:
        """True when `text` is one word tagged as a place (北京, 美国)."""
        words = tagged(text)
        return len(words) == 1 and words[0][1] == "ns"

    def starts_word(self, text: str, start: int) -> bool:
        """True when a name may begin at `start`: after a non-Chinese character or a function word.

        "同时,生物医药产业园" and "改善生命科学园" (after a verb) may; "国家级经济
        技术开发区" (after 级) may not.
        """
        if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff":
            return True
        before = text[max(0, start - 4) : start]
        words = tagged(before + text[start : start + 2])
        position = 0
        for word, tag in words:
            if position + len(word) == len(before):
                return tag in self.leading or tag in self.leading_single or tag in self.governing
            if position + len(word) > len(before):
                return False
            position += len(word)
        return False

    def leading_place(self, text: str) -> int:
        """Length of the words tagged as places at the start of `text` (中关村生命科学园 -> 3), or 0."""
        if not self.enabled:
            return 0
        length = 0
        for word, tag in tagged(text):
            if tag != "ns" or len(word) < 2 or word in self.name_words:
                break
            length += len(word)
        return length

    def first_place(self, prefix: str) -> int | None:
        """Offset of the first word tagged as a place (美国, 日本) in `prefix`, or None."""
        if not self.enabled:
            return None
        position = 0
        for word, tag in tagged(prefix):
            if tag == "ns" and len(word) >= 2:
                return position
            position += len(word)
        return None

    def straddles(self, text: str, at: int) -> bool:
        """True when a word of a function class runs across position `at` of `text`.

        "举行动" holds the suffix 行动 inside the verb 举行, "建设施工" the suffix
        设施 inside 建设: no suffix starts there.
        """
        if not self.enabled or not self.straddle or at <= 0:
            return False
        return self._straddles_cache(text, at)

    def _straddles(self, text: str, at: int) -> bool:
        return self._may_straddle(text, at) and self.straddles_by_segmenting(text, at)

    def straddles_by_segmenting(self, text: str, at: int) -> bool:
        """`straddles` read off the segmented words alone, without the shortcut (its reference)."""
        if not self.enabled or not self.straddle or at <= 0:
            return False
        position = 0
        for word, tag in tagged(text):
            end = position + len(word)
            if position < at < end:
                return tag in self.straddle and word not in self.name_words
            if end >= at:
                return False
            position = end
        return False

    def _may_straddle(self, text: str, at: int) -> bool:
        """False when no word of `text` that `straddles` could find runs across `at`.

        Segmenting `text` costs a dictionary look-up per fragment and a best
        route; this looks up only the fragments that start before `at`. A
        word across `at` of two Chinese characters (`at` between two of
        them) is a dictionary word of nonzero frequency, read the way
        `_Tagger.segment` reads its graph; when none has a straddling tag,
        no segmentation can put one there. Otherwise (or beside a character
        that is not Chinese) the text must be segmented.
        """
        if not (_HAN_CHARACTER.match(text, at - 1) and _HAN_CHARACTER.match(text, at)):
            return True
        words = _tagger().words
        length = len(text)
        for start in range(at):
            for end in range(start + 1, length + 1):
                word = text[start:end]
                frequency, tag = words.entry(word)
                if frequency is None:
                    break  # neither a word nor the beginning of one
                if (
                    end > at
                    and frequency
                    and ("x" if tag is None else tag) in self.straddle
                    and word not in self.name_words
                ):
                    return True
        return False

    def start(self, prefix: str, inner: bool) -> int | None:
        """Offset in `prefix` (the text before a suffix) where the name starts; None: no name.

        `inner`: a verb inside the prefix may govern what follows it (not for
        plans and policies, whose names are clauses: 加快发展...行动计划).
        """
        if not self.enabled or len(prefix) < 2:
            return 0
        return self.cache(prefix, inner)

    def _start(self, prefix: str, inner: bool) -> int | None:
        words = tagged(prefix)
        offsets = []
        position = 0
        for word, _tag in words:
            offsets.append(position)
            position += len(word)
        first = 0
        # Leading function words: verbs, adverbs, time words, pronouns, ...
        while first < len(words):
            word, tag = words[first]
            if (
                tag in self.before_place
                and len(word) >= self.min_verb
                and first + 1 < len(words)
                and words[first + 1][1] == "ns"
                and len(words[first + 1][0]) >= 2
            ):
                first += 1  # a verbal noun governing a place: 研究中国..., 考察宁波...
                continue
            if word in self.name_words or _joins_field(words, first):
                break
            if tag in self.leading_single or (tag in self.leading and len(word) >= self.min_verb):
                first += 1
            else:
                break
        if inner:
            # A verb governing a proper name after it: the name starts there;
            # before a place, so does a verb that is a generic word
            # ("代表团组织溧阳...": 组织 names no body there).
            for index in range(len(words) - 2, first - 1, -1):
                word, tag = words[index]
                after, after_tag = words[index + 1]
                place = after_tag == "ns" and len(after) >= 2 and after not in self.name_words
                if (
                    len(word) >= self.min_verb
                    and tag in self.governing
                    and not _joins_field(words, index)
                    and (word not in self.name_words or place)
                    and after_tag in self.proper
                    and after not in self.name_words
                ):
                    first = index + 1
                    break
            # A verb after its subject or an adverb (of two characters at
            # least: single ones are often a coined brand): the prefix is a clause
            # ("会长就施政听取厂商会"), and the name is what the verb governs,
            # when that holds more than generic words.
            for index in range(len(words) - 2, first, -1):
                word, tag = words[index]
                if (
                    tag in self.governing
                    and len(word) >= self.min_verb
                    and word not in self.name_words
                    and words[index - 1][1] in self.subject
                    and len(words[index - 1][0]) >= self.min_verb
                    and any(w not in self.name_words for w, _t in words[index + 1 :])
                ):
                    first = index + 1
                    break
        if first == len(words):
            return offsets[-1] + len(words[-1][0]) if words else 0
        # A verb right before the suffix with no noun before it: "协调解决项目".
        # (a compass point and one character is a place's short name, whatever
        # the dictionary tags the character: 东涌, 北环)
        last_word, last_tag = words[-1]
        if (
            last_tag in self.governing
            and last_word not in self.name_words
            and len(words) - 1 > first
            and words[-2][1] in self.phrase_before_verb
            and not (len(last_word) == 1 and words[-2][0] in COMPASS_POINTS)
            and not (last_word in self.estate_works and words[-2][0].endswith(self.estate_endings or ("\0",)))
        ):
            return None
        # A verb after a body that governs, decides or oversees: "县政府高度重视项目"
        # is what the government does about projects, not a project's name.
        if (
            self.clause_subjects
            and last_tag in self.clause_verbs
            and len(last_word) >= self.min_verb
            and last_word not in self.name_words
            and len(words) - 1 > first
            and words[-2][0].endswith(self.clause_subjects)
        ):
            return None
        return offsets[first]


# Single compass characters: with one character after them they name a place (东涌).
COMPASS_POINTS = frozenset("东西南北")

# 暨 joins two fields inside one body's name (统计暨普查局, 教育暨青年发展局):
# a word before it is a field, even one the dictionary reads as a verb (统计).
FIELD_JOINERS = frozenset({"暨"})


def _joins_field(words: list[tuple[str, str]], index: int) -> bool:
    """True when the word at `index` is followed by a joiner of fields (统计 in 统计暨普查局)."""
    return index + 1 < len(words) and words[index + 1][0] in FIELD_JOINERS
