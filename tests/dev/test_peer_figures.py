"""Peer cases for figures (Recognizers-Text, JioNLP), one test per case.

Pass rules per suite are in `pipeline/dev/peer/figure_cases.py`. Known failures
are listed below with their reason and marked xfail(strict=True), so a fix
shows up as an unexpected pass.
"""

from __future__ import annotations

import hashlib

import pytest

from pipeline.dev.peer import checker_for
from tests.conftest import peer_cases, requires_shared

POINTS = "convention: 个百分点 is percentage points (pp) for us, percent for RT"
BARE_FRANC = "convention: francs with no country named before (French, Belgian, Swiss) are not reported"
JIONLP_DEFAULT_YUAN = (
    "JioNLP assumes 元 for a bare amount (15k左右); we read one as money only after a word for pay (月薪15k)"
)

# file stem -> {case key: reason}; a case's key is `case_key(input)`, so the table names
# peer cases without quoting other projects' text.
KNOWN_FAILURES: dict[str, dict[str, str]] = {
    "recognizers_en_number": {},
    "recognizers_zh_percent": {
        "77d7bc7fb0c3": POINTS,
        "53b75651e5c3": POINTS,
        "2e30ea52c8bc": "convention: we read 二三十 as the range 20..30; RT reports nothing",
        "78bd00109b39": "convention: we read 5-20% as one range; RT reports only 20%",
    },
    "recognizers_en_percent": {},
    "recognizers_zh_currency": {},
    "recognizers_en_currency": {
        "53a48ae626b7": BARE_FRANC,
        "0b47f9ab0a67": BARE_FRANC,
        "00b6f0491505": "RT reads 'c $ 100 and fifty' as 100.5",
    },
    "recognizers_zh_dimension": {},
    "recognizers_en_dimension": {},
    "jionlp_zh_money": {
        "5fe51c00fb6b": JIONLP_DEFAULT_YUAN,
        "2b6174f6404f": "convention: the leading 大约 wins (approx); JioNLP gives 10..20",
        "6cfe2117f8f4": "convention: 八到九百亿 is 800..900亿 for us; JioNLP reads 8亿..900亿",
    },
    "jionlp_zh_money_extract": {},
}

SUITES = [
    "recognizers_zh_number",
    "recognizers_en_number",
    "recognizers_zh_percent",
    "recognizers_en_percent",
    "recognizers_zh_ordinal",
    "recognizers_zh_currency",
    "recognizers_en_currency",
    "recognizers_zh_dimension",
    "recognizers_en_dimension",
    "jionlp_zh_money",
    "jionlp_zh_money_extract",
]


def case_key(text: str) -> str:
    """A peer case's short fingerprint: its input, hashed."""
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def _params() -> list:
    params = []
    for stem in SUITES:
        known = KNOWN_FAILURES.get(stem, {})
        for index, record in enumerate(peer_cases(stem)):
            marks = []
            reason = known.get(case_key(record["input"]))
            if reason:
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            params.append(pytest.param(stem, record, marks=marks, id=f"{stem}-{index}"))
    return params


@requires_shared
@pytest.mark.parametrize(("stem", "record"), _params())
def test_peer_case(stem, record):
    result = checker_for(stem)(record)
    assert result.passed, (result.note, result.expected, result.got)


@requires_shared
def test_every_known_failure_names_a_real_case():
    for stem, known in KNOWN_FAILURES.items():
        keys = {case_key(record["input"]) for record in peer_cases(stem)}
        assert set(known) <= keys, set(known) - keys


@requires_shared
@pytest.mark.parametrize("stem", SUITES)
def test_every_figure_suite_has_a_checker_and_cases(stem):
    assert checker_for(stem) is not None
    assert peer_cases(stem)


@pytest.mark.parametrize(
    ("span", "value"), [("五斤半", 5.5), ("两斤", 2.0), ("二两", 2.0), ("六千字节", 6.0)]
)
def test_dimension_checker_reads_the_number_of_an_out_of_vocabulary_measure(span, value):
    from pipeline.dev.peer.figure_cases import _number_in

    assert _number_in(span) == value


def _rt_currency_case(text: str, span: str, value: str, unit: str) -> dict:
    start = text.index(span)
    expected = {"text": span, "start": start, "end": start + len(span), "value": value, "unit": unit}
    return {"input": text, "expected": [expected]}


def test_currency_checker_reads_historic_names_as_their_iso_codes():
    from pipeline.dev.peer.figure_cases import check_recognizers_currency

    case = _rt_currency_case("it paid 70 million pesetas", "70 million pesetas", "70000000", "Peseta")
    assert check_recognizers_currency(case).passed
    case = _rt_currency_case("a loan of 3 billion Dutch guilders", "3 billion Dutch guilders", "3000000000",
                             "Netherlands guilder")  # fmt: skip
    assert check_recognizers_currency(case).passed


def test_currency_checker_takes_a_bare_franc_as_any_franc():
    from pipeline.dev.peer.figure_cases import check_recognizers_currency

    text = "it lent 5 million Swiss francs and then 2 million francs"
    first = _rt_currency_case(text, "5 million Swiss francs", "5000000", "Swiss franc")
    first["expected"][0]["resolution"] = {"isoCurrency": "CHF"}
    second = _rt_currency_case(text, "2 million francs", "2000000", "Franc")
    both = {"input": text, "expected": first["expected"] + second["expected"]}
    assert check_recognizers_currency(both).passed
    alone = _rt_currency_case("it lent 2 million francs", "2 million francs", "2000000", "Franc")
    result = check_recognizers_currency(alone)
    assert not result.passed and "missing" in result.note
