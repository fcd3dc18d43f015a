"""A word-level view of a Chinese name's left edge: where a name really starts.

Characters mislead at the left edge of a name: "举行光伏产业园", "协调解决项目",
"前年7月起进驻香港科学园" hold a verb, an adverb or a time word that no
boundary list can foresee. jieba's part-of-speech tagger (jieba's dictionary
segmentation and its word tags, loaded lazily, once per process) tells them:

- leading words of a function class (verbs, adverbs, prepositions,
  pronouns, particles, time words, ...) are not part of a name;
- a verb inside the text, followed by specific words, governs them
  ("县政务中心举行光伏产业园"): the name starts after it;
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

import logging
import re
import threading
from functools import lru_cache
from pathlib import Path

_LOCK = threading.Lock()
_TAGGER = None
# Runs of Chinese characters (segmented with the dictionary), of digits, of Latin letters.
_RUNS = re.compile(r"(?P<han>[\u4e00-\u9fff]+)|(?P<m>[0-9.]+)|(?P<eng>[A-Za-z]+)|(?P<x>.)", re.S)


class _Tagger:
    """jieba's dictionary segmentation (no HMM) with the dictionary's tag of each word.

    What `jieba.posseg.cut(text, HMM=False)` gives, without its start-up cost:
    the tag table is read straight from the dictionary file, once.
    """

    def __init__(self) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.initialize()
        dictionary = Path(self.tokenizer.get_dict_file().name)
        # Each line: word, frequency, tag.
        lines = dictionary.read_text(encoding="utf-8").split("\n")
        self.tags: dict[str, str] = {
            parts[0]: parts[-1] for parts in (line.split(" ") for line in lines) if len(parts) == 3
        }

    def cut(self, text: str) -> list[tuple[str, str]]:
        pairs = []
        for run in _RUNS.finditer(text):
            kind = run.lastgroup
            if kind != "han":
                pairs.append((run.group(), kind))
                continue
            sentence = run.group()
            dag = self.tokenizer.get_DAG(sentence)
            route: dict[int, tuple[float, int]] = {}
            self.tokenizer.calc(sentence, dag, route)
            x = 0
            while x < len(sentence):
                y = route[x][1] + 1
                word = sentence[x:y]
                pairs.append((word, self.tags.get(word, "x")))
                x = y
        return pairs


def _tagger() -> _Tagger:
    """The tagger of this process (jieba's dictionary loads once, on first use)."""
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
        self.straddle = frozenset(settings.get("straddle_tags", ()))
        self.cache = lru_cache(maxsize=65536)(self._start)
        self.anchor_tags: frozenset[str] = frozenset()
        self.anchor_length = 2
        self.aim_tags: frozenset[str] = frozenset()
        self.coined_tags: frozenset[str] = frozenset()

    def with_anchor(
        self,
        tags: frozenset[str],
        min_length: int,
        aim_tags: frozenset[str] = frozenset(),
        coined_tags: frozenset[str] = frozenset(),
    ) -> None:
        """Set what makes a prefix name something specific (rules/names.yaml `anchor`)."""
        self.anchor_tags = tags
        self.anchor_length = min_length
        self.aim_tags = aim_tags
        self.coined_tags = coined_tags

    def anchored(self, prefix: str) -> bool:
        """True when `prefix` names something: a proper word, a coined word, or an aim.

        - a word of the anchor tags (a place, a person, a brand): "嘉吉亚太生产线扩建";
        - two single characters in a row that the dictionary does not join,
          each tagged one of `coined_tags` (a coined brand: 宜明, 圣丰);
        - with `aim_tags`, a verb after a noun at the end (a programme named by
          its aim: "技术赶超", "品质提升").

        "社会事业和现代服务业" has none of these. Generic words never count,
        whatever jieba tags them.
        """
        if not self.enabled:
            return True
        words = tagged(prefix)
        if any(
            tag in self.anchor_tags and len(word) >= self.anchor_length and word not in self.name_words
            for word, tag in words
        ):
            return True
        run = 0
        for word, tag in words:
            run = run + 1 if len(word) == 1 and tag in self.coined_tags else 0
            if run >= 2:
                return True
        if self.aim_tags and len(words) >= 2:
            before_tag, (last, last_tag) = words[-2][1], words[-1]
            if (
                last_tag in self.governing
                and len(last) >= self.min_verb
                and before_tag in self.aim_tags
                and last not in self.name_words
            ):
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
        position = 0
        for word, tag in tagged(text):
            end = position + len(word)
            if position < at < end:
                return tag in self.straddle and word not in self.name_words
            if end >= at:
                return False
            position = end
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
            if word in self.name_words:
                break
            if tag in self.leading_single or (tag in self.leading and len(word) >= self.min_verb):
                first += 1
            else:
                break
        if inner:
            # A verb governing a proper name after it: the name starts there.
            for index in range(len(words) - 2, first - 1, -1):
                word, tag = words[index]
                if (
                    tag in self.governing
                    and len(word) >= self.min_verb
                    and word not in self.name_words
                    and words[index + 1][1] in self.proper
                    and words[index + 1][0] not in self.name_words
                ):
                    first = index + 1
                    break
        if first == len(words):
            return offsets[-1] + len(words[-1][0]) if words else 0
        # A verb right before the suffix with no noun before it: "协调解决项目".
        last_word, last_tag = words[-1]
        if (
            last_tag in self.governing
            and last_word not in self.name_words
            and len(words) - 1 > first
            and words[-2][1] in self.phrase_before_verb
        ):
            return None
        return offsets[first]
