"""What `_owned` reads from tables kept with the rules answers what the rules answer when read each time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors.names import chinese
from pipeline.extractors.names.rules import ORGANISATIONS, compile_name_rules
from tests.conftest import RULES

# Invented pieces: known bodies, organisation endings (some needing a context),
# places, plain words, other scripts.
PIECES = [
    *("发改委", "科技部", "证监会", "青禾县", "浙江省", "白鹭湾"),
    *("大学", "集团", "研究院", "中心", "公司", "委员会", "办公室", "管委会"),
    *("人才", "交流", "服务", "后勤", "新建", "的", "与", "A", "2024", "(", " "),
]


def _plain_owned(text, start, suffix_start, suffix_ends, rules):
    """`_owned` as it read the rules on every call (its reference)."""
    longest = min(suffix_start - start, max((len(k) for k in rules.known), default=0))
    if any(text[start : start + length] in rules.known for length in range(2, longest + 1)):
        return True
    for end in range(start + 2, suffix_start + 1):
        for word in suffix_ends.get(end, ()):
            if (
                len(word) >= 2
                and end - len(word) > start
                and any(
                    r.table == ORGANISATIONS and chinese._unconditional(r) and not r.admin_prefix
                    for r in rules.suffixes[word]
                )
            ):
                return True
    return False


@settings(deadline=None)  # the first example compiles the rules
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=7).map("".join), st.data())
def test_owned_from_kept_tables_answers_what_the_rules_answer(text, data):
    rules = RULES.compiled(compile_name_rules)
    suffix_ends, _known = chinese._suffix_ends(text, rules)
    suffix_start = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, suffix_start))
    expected = _plain_owned(text, start, suffix_start, suffix_ends, rules)
    assert chinese._owned(text, start, suffix_start, suffix_ends, rules) == expected


def test_the_longest_known_name_is_kept_with_the_rules():
    rules = RULES.compiled(compile_name_rules)
    assert rules.longest_known == max(len(name) for name in rules.known)


def test_a_name_led_by_a_known_body_or_an_organisation_is_owned_and_a_plain_one_is_not():
    rules = RULES.compiled(compile_name_rules)
    cases = (("发改委人才交流中心", True), ("青禾大学后勤服务中心", True), ("市里新建服务中心", False))
    for text, owned in cases:
        suffix_ends, _known = chinese._suffix_ends(text, rules)
        assert chinese._owned(text, 0, len(text) - 2, suffix_ends, rules) is owned, text
