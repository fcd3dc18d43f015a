"""OpenCC's own test cases (../shared/peer/opencc_zh_*.jsonl) through provex's t2s step.

Each case converts its input with the case's own OpenCC configuration and
passes when the output equals OpenCC's expected text and the offset map is
valid. Known failures are listed in KNOWN_FAILURES (case_id, config) and run
as strict xfails, so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

import pytest

from pipeline.core.offsets import OffsetMap
from pipeline.dev.peer.opencc_cases import check_conversion, map_problem
from pipeline.stages.normalise import _opencc_converter, convert_lines
from tests.conftest import PEER, peer_cases

CONFIGS = ("t2s", "hk2s", "tw2s", "tw2sp", "hk2sp")

# (case_id, config) -> why it fails. Empty: every dev case passes with the
# official OpenCC binding.
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def _cases():
    params = []
    for config in CONFIGS:
        for record in peer_cases(f"opencc_zh_{config}"):
            key = (record["case_id"], record["config"])
            marks = []
            if key in KNOWN_FAILURES:
                marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[key]))
            params.append(pytest.param(record, id=f"{config}-{record['case_id']}", marks=marks))
    if not params:
        reason = f"OpenCC peer cases not found: {PEER} (../shared is not beside the project)"
        params.append(pytest.param(None, id="no-peer-cases", marks=pytest.mark.skip(reason=reason)))
    return params


@pytest.mark.parametrize("record", _cases())
def test_opencc_peer_case_converts_as_opencc_expects(record):
    outcome = check_conversion(record)
    assert outcome.passed, f"expected {outcome.expected!r}, got {outcome.got!r} {outcome.note}"


def test_every_config_has_cases_when_shared_is_present():
    if not PEER.is_dir():
        pytest.skip(f"{PEER} is absent (../shared is not beside the project)")
    for config in CONFIGS:
        assert peer_cases(f"opencc_zh_{config}"), config


def test_check_conversion_fails_on_a_wrong_expectation():
    record = {"case_id": "made_up", "config": "t2s", "input": "乾燥", "expected": "乾燥"}
    outcome = check_conversion(record)
    assert not outcome.passed
    assert outcome.got == "干燥"


def test_check_conversion_passes_a_length_changing_phrase_case():
    record = {"case_id": "made_up", "config": "tw2sp", "input": "記憶體和滑鼠", "expected": "内存和鼠标"}
    assert check_conversion(record).passed


def test_map_problem_reports_backwards_and_out_of_range_maps():
    assert map_problem(OffsetMap.identity(2), "ab", "ab") == ""
    assert "backwards" in map_problem(OffsetMap([1, 0], [2, 1], 2), "ab", "ab")
    assert "bad raw span" in map_problem(OffsetMap([0, 1], [1, 3], 2), "ab", "ab")
    assert "covers" in map_problem(OffsetMap.identity(1), "ab", "ab")


@pytest.mark.parametrize("config", CONFIGS)
def test_one_call_over_all_inputs_converts_each_as_alone(config):
    inputs = [record["input"] for record in peer_cases(f"opencc_zh_{config}")]
    if not inputs:
        pytest.skip(f"{PEER} is absent (../shared is not beside the project)")
    converter = _opencc_converter(config)
    # Joined in both orders so that every input follows and precedes others.
    for texts in (inputs, inputs[::-1]):
        assert convert_lines(texts, config) == [converter.convert(text) for text in texts]
