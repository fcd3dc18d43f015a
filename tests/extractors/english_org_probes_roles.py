"""A fifth set of English probe sentences: companies named only by their role in a clause.

Market and project news quotes a firm through the office of the person who
speaks for it ("executive director at X") and names makers and suppliers in
the passive ("supplied by A and B"), and a newspaper quoted first in a sentence
("According to the X Daily"), and a company in an appositive of one of
its kind ("X, one of the largest operators,"). Beside them, sentences of the same
shapes whose words after "at" or "by" name no organisation: a time, an age,
a place, a river, a plant, people in lower case. Marks as in
`english_org_probes.unmarked`. All sentences are invented for these tests.
"""

from __future__ import annotations

FIRM_OFFICES_AT = [
    "“Buyers are back,” said Ho Wing, executive director at [Lanfield Realty].",
    "Chen Yu, head of research at [Qiaoyun Securities], expects two rate cuts this year.",
    "Mary Tsang, managing director at [Harbourline Capital], said deal flow slowed.",
    "Rents will stay flat, according to Lau Kin, senior director at [Brightmoor Property Consultants].",
    "Fund manager at [Tidemark Asset Management] Lin Tao sold his bank holdings.",
    "Portfolio managers at [Qiantang Fund Management] cut their bond holdings.",
    "“Office demand is weak,” said Amy Ng, associate director at [Corvane Partners Realty].",
    "He served as executive director at the time of the merger.",
    "She became managing director at 45.",
    "Research director at large, Li Hua, retired last year.",
    "The head of research at home, Wong Man, works from Lanhai.",
]

SUPPLIED_BY = [
    "The electrolyzers are supplied by [Lanmei Hydrogen] and [Qiaoyun Power Systems].",
    "The first trains were manufactured by [Hexin Rail Transit Equipment].",
    "All turbines for the wind farm are supplied by [Tidewind Energy].",
    "Battery cells were jointly supplied by [Corvane Energetics] and [Lanxin Power].",
    "Water for the plant is supplied by the Dongjiang River.",
    "Power is supplied by the Lanhai No. 2 Power Station.",
    "Meals are supplied by volunteers from nearby villages.",
    "Sand for the project is supplied by Qiaoyun County.",
    "The parts were manufactured by hand in small workshops.",
]

OUTLETS_FIRST = [
    "According to the [Lanhai Evening Post], the vote was delayed.",
    "According to [Qiantang Daily], sales doubled in May.",
    "According to the [Taipei Herald], prices rose again.",
    "According to the Times, the vote was delayed.",
    "According to the News, the bridge will reopen.",
    "According to Lanhai residents, the bridge will reopen.",
]

ONE_OF_THE = [
    "[Lanxin Charging], one of the largest private operators, plans to add 20,000 chargers.",
    "[Qiaoyun Auto], one of China's top carmakers, cut prices again.",
    "[Hexin Pharma], one of the first drugmakers to win approval, expanded its plant.",
    "[Tidemark], one of the city's oldest firms, closed its last shop.",
    "[Brightwave], one of the largest operators of the city's ferries, raised fares.",
    "Lanhai, one of the largest cities in the region, grew 5 percent.",
    "Qiaoxi, one of the oldest towns in the province, attracts tourists.",
    "Zhang Wei, one of the founders of the firm, retired last year.",
    "Lanhai, one of the biggest exporters in China, reported a surplus.",
    "The Lanhai Marathon, one of the largest events in the city, drew 30,000 runners.",
]

PROBES = FIRM_OFFICES_AT + SUPPLIED_BY + OUTLETS_FIRST + ONE_OF_THE
