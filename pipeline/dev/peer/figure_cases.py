"""Peer cases for figures: Recognizers-Text number/percent/ordinal/currency/dimension, JioNLP money.

Each peer has its own conventions, so each suite has its own pass rule
(written in the checker's docstring and in the README):

- number (RT): RT tags every number, also years and days inside dates, which
  are not figures for us. A case passes when `parse_number` reads every
  expected span to the expected value AND every figure we report in the input
  overlaps one of RT's number spans (a negative case: we report nothing);
  percentages are exempt from that overlap check because RT reads them with
  its percent model, not its number model.
- percent (RT): every expected span is covered by one of our figures with
  unit `percent` (`pp` for percentage points: 个百分点, percentage points)
  and the same value, and we report no other percent or pp figure.
- ordinal (RT): ordinals are not figures. A case passes when we report no
  figure over the ordinal and `parse_number` reads the number after 第.
- currency (RT): every expected amount is covered by one of our figures with
  the same currency (compared as ISO 4217 codes) and value, and every money
  figure we report overlaps an expected span. RT names some currencies
  without an ISO code: its bare `$` ("Dollar") counts as USD, "Pound" as GBP,
  "Rupee" as INR, and the minor units "Cent" and "Pence" as hundredths of USD
  and GBP (64.2 cents = 0.642 USD); the historic currencies it leaves without
  a code are read as their ISO 4217 codes ("Peseta" ESP, "Finnish markka"
  FIM, "Netherlands guilder" NLG), and a bare "Franc" is any of FRF, BEF and
  CHF. A currency RT leaves without a code that none of these name fails
  with the note "not applicable"; spans with no amount (a lone currency name) are not quantities
  and are only checked for not being reported as figures.
- dimension (RT): a length, area or weight that our units cover (m, m2, km2,
  mu, t after conversion; 斤 is half a kilogram) must be a figure with that
  unit and value. Other measures (miles, feet, bytes, gallons ...) are outside the figure
  vocabulary: for them the case is checked on number parsing only (the number
  in the span reads to RT's value: 千/兆 before a unit of data are its prefix
  kilo-/mega-, a 两 after a numeral is the weight unit, a 半 after the unit adds a half:
  三斤半 is 3.5) and on not claiming a wrong unit (no
  figure with one of our measure units over the span); the note says
  "number only". Negative cases: no figure with a measure unit.
- money (JioNLP): the figure covering the amount has JioNLP's currency (its
  Chinese name read as an ISO 4217 code: 日元 JPY, 泰铢 THB, ...) and value.
  JioNLP writes vague amounts as ranges (`3000多` -> 3000..4000); our
  `more_than` with the range's lower bound counts as the same reading.
  `blur` means a qualifier must be set; `accurate` means none.
- money_extract (JioNLP): the spans of our money figures equal JioNLP's.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from pipeline.dev.peer import CaseResult
from pipeline.extractors.figures.find import find_figures
from pipeline.extractors.figures.rules import compile_figure_rules
from pipeline.rules.ruleset import default_ruleset
from pipeline.stages.normalise import normalise_line
from pipeline.text.numerals import ARABIC_NUMBER_PATTERN, english_number_word_pattern, parse_number

MEASURE_UNITS = ("m", "m2", "km2", "mu", "t")
# RT dimension unit -> (our unit, size of one RT unit in ours).
DIMENSION_UNITS: dict[str, tuple[str, float]] = {
    "Meter": ("m", 1.0),
    "Kilometer": ("m", 1000.0),
    "Centimeter": ("m", 0.01),
    "Millimeter": ("m", 0.001),
    "Square meter": ("m2", 1.0),
    "Square kilometer": ("km2", 1.0),
    "Hectare": ("m2", 10000.0),
    "Acre": ("m2", 4046.8564224),
    "Mu": ("mu", 1.0),
    "Kilogram": ("t", 0.001),
    "Jin": ("t", 0.0005),
    "Metric ton": ("t", 1.0),
    "Ton": ("t", 1.0),
}
# RT currency names without an ISO code: (the ISO codes we may read them as, size of one in it).
GENERIC_CURRENCIES: dict[str, tuple[tuple[str, ...], float]] = {
    "Dollar": (("USD",), 1.0),
    "Pound": (("GBP",), 1.0),
    "Rupee": (("INR",), 1.0),
    "Cent": (("USD",), 0.01),
    "Pence": (("GBP",), 0.01),
    # historic currencies (ISO 4217 lists them as withdrawn)
    "Peseta": (("ESP",), 1.0),
    "Spanish peseta": (("ESP",), 1.0),
    "Finnish markka": (("FIM",), 1.0),
    "Netherlands guilder": (("NLG",), 1.0),
    "Deutsche Mark": (("DEM",), 1.0),
    "German mark": (("DEM",), 1.0),
    "French franc": (("FRF",), 1.0),
    "Belgian franc": (("BEF",), 1.0),
    "Italian lira": (("ITL",), 1.0),
    "Austrian schilling": (("ATS",), 1.0),
    "Portuguese escudo": (("PTE",), 1.0),
    "Irish pound": (("IEP",), 1.0),
    "Greek drachma": (("GRD",), 1.0),
    # a franc without its country: whichever franc the text named before
    "Franc": (("FRF", "BEF", "CHF"), 1.0),
}
# JioNLP's currency names as ISO 4217 codes.
JIONLP_CURRENCIES = {
    "元": "CNY", "人民币": "CNY", "美元": "USD", "港元": "HKD", "港币": "HKD", "新台币": "TWD",
    "台币": "TWD", "澳门元": "MOP", "欧元": "EUR", "日元": "JPY", "英镑": "GBP", "韩元": "KRW",
    "泰铢": "THB", "澳元": "AUD", "加元": "CAD", "新加坡元": "SGD", "卢布": "RUB", "瑞士法郎": "CHF",
    "印度卢比": "INR", "新西兰元": "NZD",
    "德国马克": "DEM", "法国法郎": "FRF", "意大利里拉": "ITL", "比塞塔": "ESP", "西班牙比塞塔": "ESP",
    "荷兰盾": "NLG", "比利时法郎": "BEF", "芬兰马克": "FIM", "奥地利先令": "ATS", "葡萄牙埃斯库多": "PTE",
    "爱尔兰镑": "IEP", "希腊德拉克马": "GRD",
}  # fmt: skip
JIONLP_BLUR_QUALIFIERS = {
    "blur": ("approx", "more_than", "less_than"),
    "blur+": ("at_least", "more_than"),
    "blur-": ("at_most", "less_than"),
}
# 千 and 兆 as the prefixes kilo- and mega- of a unit of data (六千字节, 五十兆字节).
_UNIT_PREFIX = regex.compile(r"[千兆](?=字节|比特|位元组)")
PERCENTAGE_POINTS = regex.compile(r"百分点|百分點|(?i:percentage[ -]points?)")
_NUMBER_IN_SPAN = regex.compile(
    rf"(?:[-+]?{ARABIC_NUMBER_PATTERN}(?:\s+\d+/\d+|\s+(?:hundred|thousand|million|billion|trillion)\b)?"
    rf"|{english_number_word_pattern()}|[\d.零〇一二两三四五六七八九十百千万亿兆点]+)"
)


def _currencies() -> tuple[str, ...]:
    """The currency codes (ISO 4217) of the project's figure rules."""
    return default_ruleset().compiled(compile_figure_rules).currency_units


def figures_in(text: str) -> list[dict]:
    """Our figures in a peer input, with raw offsets: dicts of start, end, text and the figure fields."""
    ruleset = default_ruleset()
    line = normalise_line(1, text, ruleset)
    found = []
    for span in find_figures(line.norm_text, ruleset.compiled(compile_figure_rules)):
        start, end = line.offsets.to_raw(span.start, span.end)
        found.append({"start": start, "end": end, "text": text[start:end], **span.fields})
    return found


def same_value(expected: float, got: float | None, tolerance: float = 1e-9) -> bool:
    """Equal up to the rounding peers use when they print values."""
    return got is not None and abs(expected - got) <= tolerance * max(1.0, abs(expected))


def _overlaps(figure: dict, span: dict) -> bool:
    return figure["start"] < span["end"] and span["start"] < figure["end"]


def _summary(figures: Iterable[dict]) -> list[tuple]:
    return [
        (f["text"], f["value"], f["value_low"], f["value_high"], f["unit"], f["qualifier"]) for f in figures
    ]


def _rt_value(span: dict) -> float:
    return float(str(span["value"]).rstrip("%"))


def check_recognizers_number(record: dict) -> CaseResult:
    """RT number case: spans parse to RT's values; our figures lie on RT's numbers."""
    expected = record["expected"]
    figures = figures_in(record["input"])
    misread = [
        (s["text"], s["value"], parse_number(s["text"]))
        for s in expected
        if not same_value(_rt_value(s), parse_number(s["text"]))
    ]
    # RT leaves the numbers of percentages to its percent model, so those are not strays here.
    stray = [
        f
        for f in figures
        if f["unit"] not in ("percent", "pp") and not any(_overlaps(f, s) for s in expected)
    ]
    passed = not misread and not stray
    note = ""
    if misread:
        note = f"misread {misread}"
    if stray:
        note += f" figure outside RT's numbers {_summary(stray)}"
    return CaseResult(passed, [(s["text"], s["value"]) for s in expected], _summary(figures), note.strip())


def _percent_unit(text: str) -> str:
    """Our unit for an RT percentage: percentage points (个百分点) are `pp`, the rest `percent`."""
    return "pp" if PERCENTAGE_POINTS.search(text) else "percent"


def check_recognizers_percent(record: dict) -> CaseResult:
    """RT percent case: each expected percentage is one of our percent figures, and nothing else is."""
    expected = record["expected"]
    percents = [f for f in figures_in(record["input"]) if f["unit"] in ("percent", "pp")]
    missing = [
        s["text"]
        for s in expected
        if not any(
            _overlaps(f, s) and f["unit"] == _percent_unit(s["text"]) and same_value(_rt_value(s), f["value"])
            for f in percents
        )
    ]
    stray = [f for f in percents if not any(_overlaps(f, s) for s in expected)]
    note = (f"missing {missing}" if missing else "") + (f" stray {_summary(stray)}" if stray else "")
    return CaseResult(
        not missing and not stray,
        [(s["text"], s["value"]) for s in expected],
        _summary(percents),
        note.strip(),
    )


def check_recognizers_ordinal(record: dict) -> CaseResult:
    """RT ordinal case: no figure over an ordinal, and the number after 第 parses to RT's value."""
    expected = record["expected"]
    figures = figures_in(record["input"])
    over_ordinal = [f for f in figures if any(_overlaps(f, s) for s in expected)]
    misread = [
        s["text"] for s in expected if not same_value(_rt_value(s), parse_number(s["text"].lstrip("第")))
    ]
    note = (f"figure over ordinal {_summary(over_ordinal)}" if over_ordinal else "") + (
        f" misread {misread}" if misread else ""
    )
    return CaseResult(
        not over_ordinal and not misread,
        [(s["text"], s["value"]) for s in expected],
        _summary(figures),
        note.strip(),
    )


def _rt_currency(span: dict) -> tuple[tuple[str, ...], float] | None:
    """(ISO codes it may be, size of one RT unit in it) of an RT amount, or None when we can name no code."""
    resolution = span.get("resolution") or {}
    iso = resolution.get("isoCurrency")
    if iso:
        return (iso,), 1.0
    return GENERIC_CURRENCIES.get(span.get("unit") or "")


def check_recognizers_currency(record: dict) -> CaseResult:
    """RT currency case: amounts in our currencies are money figures with RT's value (see module doc)."""
    expected = record["expected"]
    money = [f for f in figures_in(record["input"]) if f["unit"] in _currencies()]
    problems, not_applicable = [], []
    for span in expected:
        if span["value"] is None:
            continue  # a currency name without an amount is not a quantity
        reading = _rt_currency(span)
        if reading is None:
            not_applicable.append(f"{span['text']} ({span.get('unit')})")
            continue
        currencies, size = reading
        if not any(
            _overlaps(f, span) and f["unit"] in currencies and same_value(_rt_value(span) * size, f["value"])
            for f in money
        ):
            problems.append(span["text"])
    stray = [f for f in money if not any(_overlaps(f, s) for s in expected if s["value"] is not None)]
    notes = []
    if not_applicable:
        notes.append(f"not applicable: currency without an ISO code {not_applicable}")
    if problems:
        notes.append(f"missing {problems}")
    if stray:
        notes.append(f"stray {_summary(stray)}")
    passed = not problems and not stray and not not_applicable
    return CaseResult(
        passed, [(s["text"], s["value"], s.get("unit")) for s in expected], _summary(money), "; ".join(notes)
    )


def _number_in(span_text: str) -> float | None:
    """The number of a measure RT names: a 千/兆 before a unit of data is its prefix (kilo-, mega-:
    六千字节 is 6 kilobytes), a 两 after a numeral is the weight unit (二两), and a 半 after the
    unit is half of one (三斤半 is 3.5, as the figures extractor reads 两米半)."""
    span_text = _UNIT_PREFIX.sub("", span_text)
    match = _NUMBER_IN_SPAN.search(span_text)
    if not match:
        return None
    number = match.group()
    rest = span_text[match.end() :].strip()
    if len(number) > 1 and number.endswith("两") and rest == "":
        number = number[:-1]
    value = parse_number(number)
    if value is not None and rest.endswith("半") and len(rest) > 1:
        value += 0.5  # 三斤半: the half follows the unit and belongs to the number
    return value


def check_recognizers_dimension(record: dict) -> CaseResult:
    """RT dimension case: covered measures as figures, others on number parsing only (see module doc)."""
    expected = record["expected"]
    measures = [f for f in figures_in(record["input"]) if f["unit"] in MEASURE_UNITS]
    problems, number_only = [], []
    for span in expected:
        if span["value"] is None:
            continue  # a unit name without an amount is not a quantity
        target = DIMENSION_UNITS.get(span.get("unit") or "")
        value = _rt_value(span)
        if target is None:
            number_only.append(span["text"])
            if not same_value(value, _number_in(span["text"])):
                problems.append(f"number misread in {span['text']}")
            if any(_overlaps(f, span) for f in measures):
                problems.append(f"wrong unit claimed over {span['text']}")
            continue
        unit, factor = target
        if not any(
            _overlaps(f, span) and f["unit"] == unit and same_value(value * factor, f["value"])
            for f in measures
        ):
            problems.append(f"missing {span['text']}")
    stray = [f for f in measures if not any(_overlaps(f, s) for s in expected)]
    if stray:
        problems.append(f"stray {_summary(stray)}")
    note = "; ".join(problems)
    if number_only:
        note = (note + "; " if note else "") + f"number only (unit outside vocabulary): {number_only}"
    return CaseResult(
        not problems, [(s["text"], s["value"], s.get("unit")) for s in expected], _summary(measures), note
    )


def check_jionlp_money(record: dict) -> CaseResult:
    """JioNLP money case: our widest money figure has JioNLP's currency, value and vagueness."""
    expected = record["expected"]
    currency = JIONLP_CURRENCIES.get(expected["case"])
    money = [f for f in figures_in(record["input"]) if f["unit"] in _currencies()]
    got = _summary(money)
    if currency is None:
        return CaseResult(
            False, expected, got, f"not applicable: currency {expected['case']} without an ISO code here"
        )
    if not money:
        return CaseResult(False, expected, got, "no money figure")
    figure = max(money, key=lambda f: f["end"] - f["start"])
    if figure["unit"] != currency:
        return CaseResult(False, expected, got, f"currency {figure['unit']} != {currency}")
    number = expected["num"]
    definition = expected["definition"]
    if isinstance(number, list):
        low, high = float(number[0]), float(number[1])
        as_range = same_value(low, figure["value_low"]) and same_value(high, figure["value_high"])
        as_more_than = figure["qualifier"] == "more_than" and same_value(low, figure["value"])
        return CaseResult(
            as_range or as_more_than, expected, got, "" if as_range or as_more_than else "value"
        )
    value_ok = same_value(float(number), figure["value"])
    if definition == "accurate":
        qualifier_ok = figure["qualifier"] is None
    else:
        qualifier_ok = figure["qualifier"] in JIONLP_BLUR_QUALIFIERS.get(definition, ())
    note = ("" if value_ok else "value") + ("" if qualifier_ok else " qualifier")
    return CaseResult(value_ok and qualifier_ok, expected, got, note.strip())


def check_jionlp_money_extract(record: dict) -> CaseResult:
    """JioNLP money extraction case: our money figure spans equal JioNLP's offsets."""
    expected = {(item["offset"][0], item["offset"][1]) for item in record["expected"]}
    money = [f for f in figures_in(record["input"]) if f["unit"] in _currencies()]
    got = {(f["start"], f["end"]) for f in money}
    return CaseResult(
        got == expected, sorted(expected), _summary(money), "" if got == expected else "spans differ"
    )
