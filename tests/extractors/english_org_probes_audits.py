"""English courts, a press release's section on a company, and the body after a programme.

The sixth probe set.

Marks as in `english_org_probes`. A court of magistrates keeps its plural
possessive ("the Fanling Magistrates' Courts"), in either apostrophe; a
possessive before a lower-case word or a court's ruling names no court. A
press release's closing section "About X", a line of its own, is the
publisher's chrome (`eval/ANNOTATIONS.md`), so no name is read there,
whether a company, an article or a pronoun, or a person's name follows
About. A body after a
programme and "of the" is the one that runs it, named on its own, and a
known brand before "and" and a name with a head is a party of its own. All
sentences are invented for these tests.
"""

from __future__ import annotations

COURTS = [
    "He was sentenced at the [Fanling Magistrates' Courts] on Friday.",
    "The case went to the [Lanhai Magistrates' Court] on Monday.",
    "Chan pleaded guilty at the [West Kowloon Magistrates’ Courts].",
    "The trial at the [Qiaoyun Magistrates' Courts] was adjourned to May.",
    "The [Lanhai Manufacturers' Association] said orders fell.",
    "The workers' court case was delayed.",
    "The judges' Court ruling was final.",
    "Two magistrates' courts closed for repairs.",
]

ABOUT_SECTIONS = [
    "About Qiaoyun Logistics Group",
    "About the Hong Kong Trade Development Council",
    "About Lanmei Robotics Limited",
    "About Tidemark Holdings",
    "About Veltrano Robotics",
    "About Hexin Dairy",
    "About Lanmei Foods",
    "About The Author",
    "About Our Company",
    "About Zhang Wei",
    "About Us",
    "About Hong Kong",
    "About the Fair",
    "About 300 firms took part.",
]

BODIES_AFTER_PROGRAMMES = [
    "Firms joined the Smart Factory Programme of the [Qiaoyun Economic Bureau] in May.",
    "The Youth Housing Scheme of the [Lanhai Housing Society] opened for applications.",
    "The Healthy Cities Initiative of the [World Health Organization] met in May.",
    "Grants under the Green Shipping Scheme of the [Lanhai Marine Department] rose.",
    "The Lanhai Action Plan of 2030 was published.",
]

BRANDS_BEFORE_NAMES = [
    "[Bank of Lanhai (Hong Kong)], [HSBC] and [Qiaoyun Commercial Bank] acted as joint coordinators.",
    "[UBS] and [Tidemark Holdings] were the underwriters.",
    "[TSMC] and [Lanmei Semiconductor Corp] agreed to cooperate.",
    "[Tencent] and [Lanhai Holdings] formed a venture.",
    "The [Qiaoyun Iron and Steel Group] said output rose.",
]

PROBES = COURTS + ABOUT_SECTIONS + BODIES_AFTER_PROGRAMMES + BRANDS_BEFORE_NAMES
