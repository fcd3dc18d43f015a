"""English names of bodies without a legal form in the English gazetteer.

Blocs, foreign governments' bodies, index providers, research firms and
consultancies, think tanks, mainland regulators and state groups, and the
bodies of Hong Kong, Macau and Taiwan by the acronyms their releases use.
Each is named where it stands as a whole word; most only alone, since before
another capitalised word they open a longer name. All sentences are invented
for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.conftest import RULES


def _orgs(text: str) -> list[tuple[str, str]]:
    found = pipeline.extract(text, ruleset=RULES)
    return [(m.raw_text, m.rule_id.split(":", 1)[1]) for m in found if m.table == "organisations"]


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("Talks with the EU on battery rules resumed.", "EU", "known_bloc_en"),
        ("Exports to SCO members rose 9 percent.", "SCO", "known_bloc_en"),
        ("The yen fell after the BOJ held rates.", "BOJ", "known_foreign_government_en"),
        ("Japan's METI will fund a third of the fab.", "METI", "known_foreign_government_en"),
        ("Enterprise Singapore opened a centre.", "Enterprise Singapore", "known_foreign_government_en"),
        ("MSCI will add nine mainland stocks.", "MSCI", "known_index_provider_en"),
        ("Solar made up half of new capacity, IRENA said.", "IRENA", "known_international_agency_en"),
        ("Standard & Poor's cut the city's outlook.", "Standard & Poor's", "known_rating_agency_en"),
        ("Panel prices will rise, according to TrendForce.", "TrendForce", "known_research_firm_en"),
        ("Analysts at Wood Mackenzie cut their forecast.", "Wood Mackenzie", "known_research_firm_en"),
        ("Office rents fell 3 percent, Savills said.", "Savills", "known_research_firm_en"),
        ("A Brookings Institution study found costs rose.", "Brookings Institution", "known_think_tank_en"),
        ("Deposits rose, the PBoC said.", "PBoC", "known_mainland_body_en"),
        ("The NPPA approved 90 games.", "NPPA", "known_mainland_body_en"),
        ("CNPC will pipe more gas north.", "CNPC", "known_state_company_en"),
        ("Chery Automobile shipped more cars abroad.", "Chery Automobile", "known_state_company_en"),
        ("A survey by the HKTDC showed confidence rose.", "HKTDC", "known_regional_body_en"),
        ("Gaming revenue rose, according to the DICJ.", "DICJ", "known_regional_body_en"),
        ("The MOEA will extend the power subsidy.", "MOEA", "known_regional_body_en"),
    ],
)
def test_a_known_body_is_named_by_its_english_short_name(text, name, rule):
    assert (name, rule) in _orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据SNE Research统计，该厂装机量排名第五。", "SNE Research"),
        ("Canalys数据显示，平板出货量下降。", "Canalys"),
    ],
)
def test_a_research_firm_with_small_letters_is_read_inside_a_chinese_sentence(text, name):
    assert (name, "known_research_firm_en") in _orgs(text)


NEW_RULES = {
    "known_bloc_en",
    "known_international_agency_en",
    "known_foreign_government_en",
    "known_index_provider_en",
    "known_research_firm_en",
    "known_think_tank_en",
    "known_mainland_body_en",
    "known_state_company_en",
    "known_regional_body_en",
}


@pytest.mark.parametrize(
    "text",
    [
        "The port set up an SCO pilot zone for traders.",  # a noun the bloc only describes
        "The EU Chamber of Commerce released a survey.",  # the first word of a longer name
        "The MSCI China index rose 1 percent.",  # an index's name
        "The MSCI index rose 1 percent.",  # an index, in lower case
        "Knight Frank Shenzhen handled the lease.",  # the first words of a longer name
        "The ECBS code was revised.",  # only the whole word
        "Engineers met at ITU Telecom World.",  # the first word of an event's name
        "WIND AND SOLAR LEAD EU GROWTH",  # on a line in capitals an acronym is any word
    ],
)
def test_a_name_that_only_describes_or_opens_another_is_not_named(text):
    assert all(rule not in NEW_RULES for _name, rule in _orgs(text))
