"""English company names the other probes miss: foreign legal forms, Chinese names in brackets and web names.

Marks as in `english_org_probes.unmarked`. Legal forms of Danish, German,
Swedish, Finnish, Italian, Dutch, Japanese, Singaporean and Malaysian
companies close a name as Co. and Ltd do ("Vestfjord Freight A/S"); a
Chinese short name in brackets right after an English company's name is
that company's too, declared as its alias ("Formosa Cable Corp (台纜)"),
while a place in brackets is none; a company named by its web address
("Qiaoyou.com") or after a noun that says what it is (a market tracker, a
travel platform, a shipowner) is a company without a head word. In a
title-case headline "Lists" is the verb between a company and its
exchange ("X Co., Ltd. Lists on the Y Stock Exchange"). An acronym that
awards a contract or invites or receives tenders is a body (an event
awards prizes and receives visitors). A railway line that will open is no
company, though a shipping company's Lines is one. The hard
negatives hold the same letters where they name no company (SE Asia, an
A/S ratio, a place or a product in brackets, a web address in lower case).
All sentences are invented for these tests.
"""

from __future__ import annotations

LEGAL_FORMS = [
    "Copenhagen-based [Vestfjord Freight A/S] ordered two feeder ships.",
    "The order went to [Brennmark Maschinen AG] of Stuttgart.",
    "[Kalmberg Rederi AB] will charter the vessel for five years.",
    "Finland's [Tervala Energia Oyj] signed a supply deal with [Lanhai Cable Group].",
    "[Ferrazzi Componenti S.p.A.] opened a plant in Suzhou.",
    "[Oostpoort Logistics N.V.] and [Qiaoyun Shipping Co., Ltd.] formed a joint venture.",
    "The turbines come from [Nordwind Energie GmbH & Co. KG], a supplier based in Bremen.",
    "Singapore's [Meranti Marine Pte Ltd] bought the tug.",
    "[Hoshizora Denki K.K.] will supply the inverters for the Kaohsiung plant.",
    "[Valcourt Industrie SE] raised its outlook for the year.",
    "A unit of [Penara Holdings Sdn Bhd] won the port contract.",
    "[Delfzijl Chemie NV] will build a plant in Zhuhai.",
    "Shares of [Qiaoyun Holdings Ltd] of Hong Kong rose.",
    "[Tidemark Inc.] of Delaware filed the suit.",
    "[Lanhai Cable Co. of America] signed the deal.",
    "Shipments to SE Asia rose 4 percent.",
    "The AG said the case would go on.",
    "An A/S ratio above one is rare.",
]

CHINESE_IN_BRACKETS = [
    "[Formosa Cable Corp] ([台纜]) said copper prices hurt margins.",
    "[Hsinlan Optics Co] ([新嵐光學]) will build a plant in Tainan.",
    "Shares of [Tainan Steel Corp] ([南鋼]) rose 3 percent.",
    "[Lanhai Port Group] ([澜港集团]) handled 30 million boxes.",
    "[Kowloon Motor Bus Holdings] ([九巴控股]) ordered 200 electric buses.",
    "[Chiayi Glass Co] ([嘉玻]) and [Yunlin Resin Corp] ([雲樹]) signed a deal.",
    "Output rose in Taoyuan (桃園) and Hsinchu (新竹).",
    "Sales of the Hsinlan X5 (新嵐X5) phone rose.",
    "[Taiwan Power Co] ([台電]) said demand would rise.",
    "Deposits at [Lanmei Bank] (深圳) rose.",
]

WEB_AND_DESCRIBED = [
    "[Qiaoyou.com] said hotel bookings rose 30 percent.",
    "According to travel platform [Lanyou.com], bookings doubled.",
    "Orders placed on [Qiaobuy.com] and [Haitao.com] rose.",
    "Visit www.lanhai.gov.cn for details.",
    "The survey is at Lanhai.gov.cn/survey.",
    "According to [Orbis Analytics], a market tracker, shipments fell.",
    "According to market tracker [Veltrend], prices rose.",
    "Data from e-commerce platform [Lanbuy] showed sales doubled.",
    "The ship was delivered to shipowner [Kestrel Bulk].",
    "Bookings on [Haitao.com] rose 20 percent in Macao.",
    "The platform will open next year.",
    "Prices on the platform fell.",
]

HEADLINE_LISTINGS = [
    "[Lianjie Foods Co., Ltd.] Lists on ChiNext of the [Shenzhen Stock Exchange]",
    "[Qiaoyun Motors Co., Ltd.] Lists on the [Lanhai Stock Exchange]",
    "[Hsinlan Optics Corp] Lists on the [Taipei Exchange]",
    "[Tidemark Holdings Limited] Lists in Hong Kong",
    "[Lanmei Bio Inc.] Lists on [Nasdaq] After Two Delays",
    "Price Lists of the [Lanhai Bureau of Commerce] Updated",
]

TENDERS = [
    "The [MTR] awarded the contract to [Lanhai Build Group].",
    "The [KCRC] invited tenders for the new depot.",
    "The [WSD] awarded a contract worth HK$2 billion.",
    "The [ASD] received tenders from five firms.",
    "The [LTA] invites bids for the depot works.",
    "The [KMB] received bids from three bus makers.",
    "The LNIE awarded prizes to 12 exhibitors.",
    "The CIIE received 400,000 visitors.",
    "The GBA awarded the contract to the lowest bidder.",
]

NOT_COMPANIES = [
    "The Tung Chung Line will open two stations in 2029.",
    "Trains on the East Kowloon Line will run every three minutes.",
    "The Circular Line will open a new stop in Taipei.",
    "Hung Shui Kiu Station on the Tuen Ma Line will open in 2030.",
    "Passengers on the Wenhu Line signed a petition.",
    "[Aurora Tanker Lines] signed a charter for two ships.",
    "Taiwan's central government general budget rose 4 percent.",
    "Lanhai's municipal government spending rose 6 percent.",
    "Qiantang's provincial government debt fell last year.",
    "Macao's government revenue from gaming doubled.",
    "Lanhai's municipal government bonds sold out.",
    "{Lanhai's municipal government} said it would cut fees.",
    "{Qiantang's provincial government} plans to cut its debt.",
]

PROBES = LEGAL_FORMS + CHINESE_IN_BRACKETS + WEB_AND_DESCRIBED + HEADLINE_LISTINGS + TENDERS + NOT_COMPANIES
