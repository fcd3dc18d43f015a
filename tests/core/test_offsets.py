"""OffsetMap: mapping normalised spans back to raw spans."""

from __future__ import annotations

import pytest

from pipeline.core.offsets import OffsetMap


def test_identity_maps_every_span_to_itself():
    offsets = OffsetMap.identity(5)
    assert offsets.is_identity
    assert len(offsets) == 5
    assert offsets.to_raw(0, 5) == (0, 5)
    assert offsets.to_raw(2, 4) == (2, 4)
    assert offsets.raw_starts() == [0, 1, 2, 3, 4]
    assert offsets.raw_ends() == [1, 2, 3, 4, 5]


def test_explicit_one_to_one_map_is_recognised_as_identity():
    assert OffsetMap([0, 1, 2], [1, 2, 3], 3).is_identity
    assert not OffsetMap([0, 1, 3], [1, 2, 4], 4).is_identity
    assert not OffsetMap([0, 1], [1, 2], 3).is_identity


def test_deleted_raw_characters_are_inside_a_straddling_span():
    # raw "醫(yī)藥" -> norm "醫藥": the annotation at raw 1..5 is deleted.
    offsets = OffsetMap([0, 5], [1, 6], 6)
    assert offsets.to_raw(0, 1) == (0, 1)
    assert offsets.to_raw(1, 2) == (5, 6)
    assert offsets.to_raw(0, 2) == (0, 6)


def test_many_to_one_block_maps_each_character_to_the_whole_block():
    # raw "記憶體很" -> norm "内存很": 内 and 存 both come from raw 0..3.
    offsets = OffsetMap([0, 0, 3], [3, 3, 4], 4)
    assert offsets.to_raw(0, 1) == (0, 3)
    assert offsets.to_raw(1, 2) == (0, 3)
    assert offsets.to_raw(1, 3) == (0, 4)


def test_empty_span_maps_to_empty_raw_span_at_matching_position():
    offsets = OffsetMap([0, 5], [1, 6], 6)
    assert offsets.to_raw(1, 1) == (5, 5)
    assert offsets.to_raw(0, 0) == (0, 0)
    assert offsets.to_raw(2, 2) == (6, 6)
    assert OffsetMap.identity(3).to_raw(3, 3) == (3, 3)


def test_empty_text_has_only_the_empty_span():
    offsets = OffsetMap.identity(0)
    assert offsets.to_raw(0, 0) == (0, 0)
    with pytest.raises(IndexError):
        offsets.to_raw(0, 1)


@pytest.mark.parametrize("span", [(-1, 1), (0, 6), (3, 2), (6, 6)])
def test_span_outside_normalised_text_raises_index_error(span):
    with pytest.raises(IndexError):
        OffsetMap.identity(5).to_raw(*span)
    with pytest.raises(IndexError):
        OffsetMap([0, 1, 3, 4, 5], [1, 2, 4, 5, 6], 6).to_raw(*span)


def test_starts_and_ends_of_different_length_are_rejected():
    with pytest.raises(ValueError):
        OffsetMap([0, 1], [1], 2)


def test_compose_chains_two_maps():
    # raw "ａ醫(yī)藥" --fold (identity)--> "a醫(yī)藥" --pinyin--> "a醫藥"
    outer = OffsetMap.identity(7)
    inner = OffsetMap([0, 1, 6], [1, 2, 7], 7)
    assert outer.compose(inner).raw_starts() == [0, 1, 6]
    # A deletion followed by a many-to-one block: "醫(yī)藥x" -> "醫藥x" -> "医x".
    deletion = OffsetMap([0, 5, 6], [1, 6, 7], 7)
    block = OffsetMap([0, 2], [2, 3], 3)
    composed = deletion.compose(block)
    assert composed.raw_starts() == [0, 6]
    assert composed.raw_ends() == [6, 7]
    assert composed.raw_length == 7
    assert composed.to_raw(0, 1) == (0, 6)


def test_compose_with_identity_on_either_side_keeps_the_other_map():
    deletion = OffsetMap([0, 5], [1, 6], 6)
    assert deletion.compose(OffsetMap.identity(2)) is deletion
    chained = OffsetMap.identity(6).compose(deletion)
    assert chained.raw_starts() == [0, 5]
    assert chained.raw_ends() == [1, 6]
    assert OffsetMap.identity(4).compose(OffsetMap.identity(4)).is_identity
