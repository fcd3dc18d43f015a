"""English organisations in news reporting from the mainland, Hong Kong and Taiwan (the third probe set).

As in `test_names_english_probes`: each probe of `english_org_probes_news`
marks what a reader annotates, the extractor must find exactly those spans,
and the few it still misses are expected failures with the reason.
"""

from __future__ import annotations

import pytest

from tests.extractors.english_org_probes import assert_found_as_marked, unmarked, with_known_misses
from tests.extractors.english_org_probes_news import NOTHING_IN_THE_NEWS, PROBES

KNOWN_MISSES = {
    "Chip designer [Xinhe Micro] filed for a listing in Shanghai.": (
        "designer is no descriptor of a company: fashion designers are people"
    ),
    "[Zhongke Lanxin] said it had no plans to raise funds.": "people say things too: said is no company verb",
    "Home prices fell for the 20th month, [Centaline Property] said.": (
        "people say things too, and Property is no head (Investment Property)"
    ),
    "Retail rents fell 5 percent, [Jones Lang LaSalle] said.": (
        "people say things too: said is no company verb"
    ),
    "File photo: The [People's Bank of China] headquarters in Beijing.": (
        "a body's headquarters after its name reads as a facility"
    ),
    "[BOC Aviation] ordered 70 aircraft.": (
        "ordered is no company verb (officials order too) and Aviation no head"
    ),
    "Workers at [Qiantang Textiles] went on strike.": "workers are at ports and mines too: no company shown",
    "The [Hong Kong Jockey Club Charities Trust] gave HK$1 billion to the scheme.": (
        "Trust is no head: Real Estate Investment Trust names a kind of fund"
    ),
    "The [Airport Authority Hong Kong] opened a third runway.": (
        "a place after the head is no part of a name elsewhere (Lanhai Airport in Qiantang)"
    ),
    "The [Bureau of Industry and Security] of the [US Commerce Department] added 12 firms to its list.": (
        "'of the' and a body makes one name in official English (Information Office of the State Council)"
    ),
    "The biggest order came from [Meridane Photonics], which plans to double output.": (
        "doubling output is no plan that only a company makes (intended_verbs)"
    ),
}


@pytest.mark.parametrize("probe", with_known_misses(PROBES, KNOWN_MISSES))
def test_english_organisations_of_news_reporting(probe: str) -> None:
    assert_found_as_marked(probe)


def test_the_third_probe_set_is_large_and_holds_sentences_without_organisations() -> None:
    assert len(PROBES) >= 300
    assert len(set(PROBES)) == len(PROBES)
    assert len(NOTHING_IN_THE_NEWS) >= 60
    assert all(not unmarked(probe)[1] for probe in NOTHING_IN_THE_NEWS)
