"""English sentences of business, government and Hong Kong/Taiwan news, marked with their organisations.

In each sentence `[...]` marks an organisation as a reader annotates it
under the schema (no leading "the", legal forms kept, an owner's
possessive left out, an acronym in brackets a name of its own) and `{...}`
one that readers disagree on (a place acting as its government), neither
required nor wrong. A sentence without marks holds only words that look
like names: headline capitals, titles, nationalities, months, places,
products. All sentences are invented for these tests.
"""

from __future__ import annotations

import re

import pytest

import pipeline

MARK = re.compile(r"\[([^\]]+)\]|\{([^}]+)\}")


def with_known_misses(probes: list[str], known_misses: dict[str, str]) -> list:
    """The probes as test parameters; those in `known_misses` strict expected failures with their reason."""
    return [
        pytest.param(probe, marks=pytest.mark.xfail(reason=known_misses[probe], strict=True))
        if probe in known_misses
        else probe
        for probe in probes
    ]


def assert_found_as_marked(probe: str) -> None:
    """The extractor finds every marked organisation of `probe`, and nothing unmarked."""
    text, required, optional = unmarked(probe)
    found = {(m.start, m.end) for m in pipeline.extract(text) if m.table == "organisations"}
    assert set(required) <= found, [text[start:end] for start, end in set(required) - found]
    assert found <= set(required) | set(optional), [
        text[start:end] for start, end in found - set(required) - set(optional)
    ]


def unmarked(probe: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """The sentence without its marks, the spans of its organisations and of its optional ones."""
    text, required, optional, position = "", [], [], 0
    for match in MARK.finditer(probe):
        text += probe[position : match.start()]
        name = match.group(1) or match.group(2)
        (required if match.group(1) else optional).append((len(text), len(text) + len(name)))
        text += name
        position = match.end()
    return text + probe[position:], required, optional


GOVERNMENT = [
    "The [Ministry of Commerce] said foreign investment rose 5 percent in May.",
    "[Shenzhen Municipal Bureau of Commerce] approved 12 new projects last year.",
    "The [State Council] issued new guidelines on Tuesday.",
    "The [Hong Kong Monetary Authority] ([HKMA]) raised its base rate by 25 basis points.",
    "The [HKMA] said local banks remain well capitalised.",
    "Members of the [Legislative Council] passed the bill on Wednesday.",
    "Taiwan's [Executive Yuan] approved the special budget on Thursday.",
    "The [Securities and Futures Commission] fined the broker HK$2 million.",
    "The [National Development and Reform Commission] ([NDRC]) approved the railway.",
    "Officials from the [Ministry of Industry and Information Technology] visited the plant.",
    "The [People's Bank of China] cut the reserve requirement ratio.",
    "The [Guangdong Provincial Department of Commerce] signed a pact with the city.",
    "Data from the [National Bureau of Statistics] showed retail sales grew.",
    "The [Ministry of Finance] will issue 100 billion yuan of special bonds.",
    "Taiwan's [Ministry of Economic Affairs] expects exports to recover.",
    "The [Financial Supervisory Commission] tightened rules for insurers.",
    "The [Hong Kong Census and Statistics Department] released the figures.",
    "The [Macao Economic and Technological Development Bureau] said visits rose.",
    "The [Hangzhou Municipal People's Government] held a press conference.",
    "Lawmakers in the [Legislative Yuan] questioned the premier.",
    "The [Standing Committee of the National People's Congress] adopted the law.",
    "The [General Administration of Customs] said exports grew 7 percent.",
    "The [State Administration for Market Regulation] fined the platform.",
    "The [Suzhou Industrial Park Administrative Committee] signed 30 deals.",
    "A spokesperson for the [Financial Services and the Treasury Bureau] said so.",
    "The [Office of the Government Chief Information Officer] launched the app.",
    "[Invest Hong Kong] helped 380 companies set up offices last year.",
    "The [Innovation and Technology Commission] will fund ten labs.",
    "The [Ningbo Municipal Commission of Commerce] said trade rose.",
    "The [Labour Department] received 300 complaints.",
    "The [Hong Kong Police Force] arrested five people.",
    "The [Ministry of Science and Technology] announced the awards.",
    "{Anhui} signed 40 projects worth 80 billion yuan at the fair.",
    "The [Tianjin Municipal Government] and the [Ministry of Commerce] co-host the expo.",
    "The [National Health Commission] reported 20 new cases.",
    "Taiwan's [National Development Council] revised its growth forecast.",
    "The [Ministry of Foreign Affairs] summoned the envoy.",
    "The [Hong Kong Tourism Board] expects 40 million visitors.",
    "The [Shanghai Municipal Commission of Economy and Informatization] published the list.",
    "The [Environmental Protection Department] warned of smog.",
]

COMPANIES = [
    "[Qiaoyun Robotics Co., Ltd.] signed a supply deal with the district.",
    "Shares of [Lanmei Pharmaceutical Group] fell 3 percent.",
    "[Hexin Holdings Limited] reported a net profit of HK$1.2 billion.",
    "Shenzhen-based [Qiaoyun Semiconductor Corp] unveiled a new chip.",
    "{Lanmei} said revenue rose 12 percent.",
    "Hong Kong-listed [Lanfeng Motors] plans to build a plant in Hungary.",
    "Taipei-based [Yuhua Electronics] will invest NT$5 billion in the plant.",
    "[Xinlan Technologies Inc.] and [Dongfang Bank] signed a loan agreement.",
    "[Qiaoyun] (NASDAQ: QYUN) posted record sales in the quarter.",
    "Shares of [Lanhai Auto] (2288.HK) rose 6 percent.",
    "The deal was signed with [Hexing Biotech], a Suzhou-based drugmaker.",
    "Chipmaker [Lanxin] raised 3 billion yuan in a private placement.",
    "[Lanxin], founded in 2012, makes power chips.",
    "[Zhongrui Pharmaceuticals] opened a research centre in Boston.",
    "The [Bank of Lanhai] lent 2 billion yuan to small firms.",
    "[Dongfeng Lanyue Automobile Co., Ltd.] delivered 10,000 cars in June.",
    "[Hexin Group]'s chairman Wang Li said demand was strong.",
    "[Lanmei Biologics] Chairman Zhou Ping attended the ceremony.",
    "The company partnered with [Qianfeng Logistics] on the new hub.",
    "[Qianfeng Logistics] will build a warehouse in the zone.",
    "[Five Star Holdings] signed a lease for the tower.",
    "[Three Rivers Pharmaceutical Co.] won approval for its vaccine.",
    "[Seven Seas Shipping Group] ordered four vessels.",
    "[Two Lions Capital] invested in the start-up.",
    "[Lanmei Securities] expects the index to rise.",
    "Analysts at [Hengtai Securities] cut their forecast.",
    "[Qiaoyun Insurance Company] paid 300 million yuan in claims.",
    "[Fortune Harbour Properties Limited] bought the site for HK$5 billion.",
    "The joint venture between [Lanfeng Motors] and [Hexin Battery Co.] will make packs.",
    "[Lanmei Tech] has invested 500 million yuan in the park.",
    "[Yuhua Semiconductor Manufacturing Co.] ([YSMC]) will open a fab in Arizona.",
    "[YSMC] shipped its first 3-nanometre chips.",
    "[Dongsheng Airlines] added five routes.",
    "[Hexin Capital Partners] led the funding round.",
    "The round was led by [Qiming Venture Partners].",
    "[Lanhai Telecom Corporation] launched 5G services in the city.",
    "Shares of [Jinlong Steel] rose after it posted higher profits.",
    "[Hualan Medical Devices Co., Ltd.] moved its headquarters to the park.",
    "[Lanfeng Motors]' new plant will employ 2,000 workers.",
    "Output at [Hexin]'s factory in Wuhan doubled.",
    "[Qiaoyun Pharma], a unit of [Lanmei Group], signed the deal.",
    "[Guotai Investment Holdings Ltd] acquired a 20 percent stake.",
    "[Jade Dragon Property Development Company] won the tender.",
    "[Lanxi Foods Co Ltd] will list on the main board.",
]

INSTITUTIONS = [
    "Researchers at [Tsinghua University] developed the battery.",
    "The [Chinese Academy of Sciences] opened a new lab.",
    "The [Hong Kong University of Science and Technology] signed a deal with the firm.",
    "Scientists at the [Shanghai Institute of Materia Medica] tested the drug.",
    "[Lanhai People's Hospital] treated 300 patients.",
    "The [Qiantang Chamber of Commerce] hosted the delegation.",
    "The [China Association of Automobile Manufacturers] said sales rose.",
    "The [Hong Kong General Chamber of Commerce] welcomed the budget.",
    "Shares on the [Shanghai Stock Exchange] fell 1 percent.",
    "[Hong Kong Exchanges and Clearing] reported record turnover.",
    "The [Taiwan Stock Exchange] lists 1,000 companies.",
    "The [Lanhai Industrial Investment Fund] invested in ten start-ups.",
    "The [Qiaoyun Foundation] donated 10 million yuan.",
    "The [World Bank] raised its forecast for China.",
    "The [International Monetary Fund] warned of slower growth.",
    "The [Asian Development Bank] approved a loan.",
    "Trade among [ASEAN] members grew.",
    "The [WTO] ruled against the tariffs.",
    "The [World Health Organization] declared the outbreak over.",
    "The [Hong Kong Productivity Council] trained 500 engineers.",
    "[Peking University Third Hospital] opened a new wing.",
    "The [Lanhai Institute of Advanced Materials] filed 40 patents.",
    "The [Industrial Technology Research Institute] ([ITRI]) showed a new chip.",
    "The [Hong Kong Science and Technology Parks Corporation] admitted 100 firms.",
    "The [European Chamber of Commerce in China] published its survey.",
    "The [American Chamber of Commerce in Taiwan] urged faster reforms.",
    "Students from [Lanhai Normal University] won the contest.",
    "The [Chinese University of Hong Kong] ranked first in the region.",
    "The [Qiantang Federation of Industries] called for lower tariffs.",
    "The [Lanhai Bankers Association] set new guidelines.",
    "The [Asian Infrastructure Investment Bank] funded the port.",
    "The [New Development Bank] issued panda bonds.",
    "Doctors at [Qiantang Children's Hospital] performed the surgery.",
    "The [Democratic Progressive Party] won the vote.",
    "The [Lanhai Academy of Agricultural Sciences] bred a new rice.",
    "The [Qiantang Laboratory] hired 200 scientists.",
]

LISTS_AND_SHORT_FORMS = [
    "The agreement was signed by [Lanmei Group], [Hexin Technologies] and [Qiantang University].",
    "Signatories: the [Lanhai Municipal Government], [Qiaoyun Bank] and the [Lanhai Chamber of Commerce].",
    "Companies such as [Hexin], [Lanyue] and [Qiming] signed deals at the fair.",
    "[Lanmei Robotics Co., Ltd.] (hereinafter referred to as [Lanmei]) will invest 1 billion yuan.",
    "The [Securities and Futures Commission] ([SFC]) and the [HKMA] issued a joint circular.",
    "Investors including [Hongyi Capital] and [Lanshan Ventures] joined the round.",
    "The pact between [Tsinghua University] and [Lanfeng Motors] covers batteries.",
    "[Qiantang Biotech] and [Lanhai Pharma] signed a licensing deal.",
    "Firms like [Dongsheng Airlines] and [Lanhai Telecom] attended.",
    "[Hexin Group] and the [Lanhai Academy of Sciences] set up a joint lab.",
]

NO_ORGANISATION = [
    "Human Capital matters more than ever, the report said.",
    "Hangzhou was founded more than 2,000 years ago.",
    "{Shenzhen} signed a new trade pact with Macao.",
    "The Chief Executive delivered her Policy Address on Wednesday.",
    "Chinese tourists spent more in May than in April.",
    "Exports rose in June, while imports fell in July.",
    "Beijing and Shanghai led the rankings.",
    "The Government will review the plan next year.",
    "Phase II of the project will start in October.",
    "Three Gorges is a popular destination.",
    "Three companies signed deals on Monday.",
    "Two Chinese firms won contracts abroad.",
    "Financial Secretary Paul Chan said growth would pick up.",
    "The iPhone 16 sold well in Asia.",
    "Taiwanese investors remain cautious.",
    "Electric Vehicles Drive Growth In Southern Cities",
    "Private Equity returns fell last year.",
    "Global Supply Chains Face New Strains",
    "Premier Li Qiang visited the port.",
    "The Mayor said the city would grow.",
    "Venture Capital investment slowed in the quarter.",
    "Human Resources managers reported more hires.",
    "Wuhan was founded on trade along the river.",
    "Real Estate Investment Trusts gained in Hong Kong.",
    "Lanhai was established as a county in 1950.",
    "Hong Kong remains an international financial centre.",
    "The Secretary for Commerce and Economic Development spoke.",
    "Natural Gas prices rose in winter.",
    "Intellectual Property rights matter to investors.",
    "Chief Executive John Lee attended the ceremony.",
    "Monday's session ended higher.",
    "New Energy Vehicles accounted for 40 percent of sales.",
    "Green Finance grew fast in the Greater Bay Area.",
    "Digital Economy Accounts for Half of Growth",
    "Asian markets closed lower on Friday.",
    "Taipei recorded its hottest day in September.",
    "Artificial Intelligence was the theme of the year.",
    "Mainland China's exports grew 8 percent.",
    "Twenty Cities Join Green Pilot Scheme",
    "Small Business owners face rising costs.",
]

HARDER = [
    "The [HKSAR Government] will set up a new office in Jakarta.",
    "The [Central People's Government] supports the new plan.",
    "The [Shenzhen government] said it would help exporters.",
    "[HSBC] cut its prime rate by 25 basis points.",
    "[Qiaoyun] sold 2 million phones in the quarter.",
    "[Hexin] opened a plant in Vietnam last year.",
    "The company, [Qiaoyun Tech], said orders doubled.",
    "The [MTR] opened the new line on Sunday.",
    "The [CCPIT] organised a trade mission to Europe.",
    "The [HKTB] hosted a gala for travel agents.",
    "The [SFC] raised its fees for brokers.",
    "[Lanmei Group] chairman Zhou Ping said demand was strong.",
    "[Xinhe Bank] and [Lanhai Securities] signed a cooperation agreement.",
    "A unit of [Hexin Group] bought the land for 2 billion yuan.",
    "The [Lanhai Municipal People's Government] and [Qiaoyun Technology Co., Ltd.] signed the pact.",
    "[Lanmei Bio] posted a 20 percent rise in revenue.",
    "The [Executive Council] approved the plan on Tuesday.",
    "[Qiaoyun Capital Management] raised a new fund.",
    "The forum will grow, said the [HKTDC].",
    "Drugmaker [Lanmei] acquired a rival for 1 billion dollars.",
    "The [Ministry of Commerce] and the [General Administration of Customs] issued a notice.",
    "The [Hong Kong Jockey Club] donated HK$50 million to the fund.",
    "Real Estate Developers Face Tighter Rules",
    "Mainland Investors raised their holdings of local stocks.",
    "Wuhan announced new subsidies for carmakers.",
    "Vietnam signed the trade pact last week.",
    "Kaohsiung secured funding for the new port.",
    "The GBA opened more routes to travellers.",
    "The PM said the tariffs would stay.",
    "Ten Asian countries signed the pact.",
    "Five Taiwanese banks raised their rates.",
    "Seven Research Institutes joined the alliance.",
    "Officials at [Lanhai Hi-Tech Zone's management committee] said the zone grew.",
    "[GE Healthcare] opened a new centre in the park.",
    "The [Federation of Lanhai Industries] called for tax relief.",
    "Zhou Ping, general manager of [Lanmei], said orders doubled.",
    "The deal was announced by [Lanmei Life Sciences] on Monday.",
    "Lanhai Hi-Tech Zone's new plan was released in May.",
    "[Lanmei (China) Co., Ltd.] opened its new office in the zone.",
    "[Lanmei Biotechnology (Suzhou) Co., Ltd.] signed the lease.",
    "The agreements were signed by [Lanmei] and [Hexin Pharma].",
    "Output at [Lanmei]'s Suzhou plant doubled.",
    "The letter was signed by Zhou Ping on Monday.",
    "[Lanmei] is headquartered in Boston and employs 3,000 people.",
    "The project, invested by [Hexin], covers 10 hectares.",
    "Lanhai was incorporated in 1990 as a county-level city.",
    "[KDPC] researchers found a new gene.",
    "A [LMEA] spokesperson declined to comment.",
    "Officials from the [CCPIT] visited the plant.",
    "AI researchers and US officials met in May.",
    "ICU doctors and SOE executives joined the talks.",
    "The district has 28 Class III Medical Devices on sale.",
    "Officers from the [Independent Commission Against Corruption] arrested him at his home on Monday.",
    "President Park said the talks went well.",
]

PROBES = GOVERNMENT + COMPANIES + INSTITUTIONS + LISTS_AND_SHORT_FORMS + NO_ORGANISATION + HARDER
