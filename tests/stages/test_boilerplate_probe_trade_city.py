"""Probe of article lines and chrome from trade papers, company newsrooms and city portals.

Small invented pages, grouped by class. Lines that must stay text: a fact
box closing a story (its heading, "项目小档案", "港區風場小檔案", "at a
glance", over labelled fields with the story's figures and dates), and a
timeline whose stages carry dates on both sides of an arrow. Chrome: a
row of English controls in brackets, a row of reactions with their counts,
a link to the story's pictures behind its label, a section and subsection
joined by a slash, a row of files to download with their formats, and a
header row led by a body's long bilingual name ending in script switches.
Hard negatives in each class: a list of headlines under a popular-news
heading stays chrome, a sentence about reactions or pictures stays text.
Simplified and traditional Chinese and English. Every line is marked by
hand (`B` for chrome, no mark for the article's text) and written for this
probe.
"""

# Whole pages keep each of their lines on one source line, as printed.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from pipeline.rules.ruleset import RuleSet
from pipeline.stages.boilerplate import boilerplate_rules
from pipeline.stages.normalise import normalise_lines
from tests.stages.test_boilerplate_probe_families import exact_page_tests

RULES = RuleSet.load()
SETTINGS = RULES.compiled(boilerplate_rules).structure

PAGES: dict[str, str] = {
    # ---- a fact box closing the story is the story's
    "fact_box_hans_trade": """
B|首页 > 储能 > 项目动态
南岭储能电站一期并网 年放电量可达4.2亿千瓦时
2026-03-02 来源:南岭能源报
南岭储能电站一期工程昨日正式并网,项目位于滨江工业园,由南岭电力集团投资建设,是全省目前单体规模最大的电化学储能电站,可为电网提供调峰、调频等多种服务。
该电站采用磷酸铁锂电池技术,一期规模为200MW/400MWh,预计每年可放电约4.2亿千瓦时,相当于节约标准煤约12万吨,减少二氧化碳排放约32万吨。
南岭储能电站项目小档案
建设单位:南岭电力集团
总投资:约16亿元
储能规模:400MW/800MWh
全容量投运:2027年6月
B|(责任编辑:林一)
B|上一篇:滨江光伏项目签约
""",
    "fact_box_hant_tw": """
B|首頁 > 離岸風電 > 產業動態
港區風場完成首批基樁 預計明年併網
2025-08-12 記者林小華/台中報導
海風能源公司昨日宣布,旗下港區離岸風場已完成首批24支基樁安裝,工程進度約四成,後續將於今年冬季前完成海纜鋪設,並同步展開風機吊裝作業,以趕上明年的併網時程。
公司表示,風場總裝置容量約600MW,總投資約新台幣900億元,預計明年底全面併網,屆時每年可供應約60萬戶家庭的用電需求,並帶動在地供應鏈產值逾百億元。
港區離岸風場小檔案
開發商:海風能源
裝置容量:約600MW
風機數量:40座
B|延伸閱讀
B|海纜工程再延宕 業者憂成本上升
B|風電產業鏈在地化 三成目標達標
""",
    "fact_box_en_wire": """
B|Home > Ports > Containers
Lanjiang port opens fourth container berth
Sept 3, 2025 | Lanjiang
The Port of Lanjiang opened its fourth deep-water container berth on Tuesday, adding 1.2 million TEUs of annual capacity to the harbour.
The port handled 8.6 million TEUs last year, up 7 percent from a year earlier, the port authority said.
The new berth at a glance
Length: 420 metres
Depth: 17.5 metres
Investment: 2.3 billion yuan
B|Copyright © 2025 Lanjiang Wire. All rights reserved.
""",
    "fact_box_bilingual_fair": """
B|首页 > 新闻中心 > 展会动态
第十届南岭国际储能博览会5月开幕
2026-01-20
第十届南岭国际储能博览会将于5月在南岭国际会展中心举行,预计吸引1200家企业参展,展览面积达12万平方米,较上届增加两成,境外展商占比预计超过三成,专业观众有望突破10万人次。
主办方表示,本届展会新增氢能与虚拟电厂专区,同期举办论坛30余场,并首次设立国际采购对接会,邀请来自东南亚、中东和欧洲的采购商与参展企业面对面洽谈合作。
展会信息 Fair Information
会期 Dates:2026年5月12日—14日 / May 12-14, 2026
地点 Venue:南岭国际会展中心 Nanling International Expo Centre
B|版权所有 © 南岭会展有限公司
""",
    # ---- a headline list under a popular-news heading stays chrome
    "popular_headlines_hans": """
B|首页 > 经济 > 正文
南岭市一季度外贸进出口增长6.2%
2026-04-20 来源:南岭日报
据南岭海关统计,一季度全市外贸进出口总额达486亿元,同比增长6.2%,其中出口增长8.1%,进口增长3.4%,增速均高于全省平均水平,外贸实绩企业数量也比去年同期增加了一百余家。
海关有关负责人表示,机电产品和新能源产品出口保持较快增长,民营企业进出口占比超过六成,对东盟和中东市场的出口增速明显加快,成为拉动全市外贸增长的主要力量。
B|热点信息
B|商务部:前三季度外贸增长5%
B|统计局:9月CPI同比上涨0.3%
B|央行:保持流动性合理充裕
B|版权所有 © 2026 南岭新闻网
""",
    # ---- a timeline with dates on both sides of its arrows is text; a trail of arrows is chrome
    "timeline_arrows_hans": """
B|首页 → 新闻中心 → 港口建设
南岭新港区建设全面提速
2026-04-01 来源:南岭日报
新港区一期工程已完成投资48亿元,占总投资的六成,码头主体结构基本完工。
建设节点:2025年3月开工 → 2026年9月主体完工 → 2027年6月投产
市港务局表示,二期工程将于年内启动,新增泊位4个,年吞吐能力可达300万标准箱。
""",
    "timeline_arrows_en": """
Riverside metro extension on schedule
2026-02-11 | Riverside Daily
The 14-kilometre extension of Line 3 will add seven stations and cost about 9.6 billion yuan, the metro company said on Wednesday.
Key dates: design approved 2024 -> tunnelling done 2026 -> opening 2027
Officials said the line would carry about 180,000 passengers a day in its first year.
""",
    # ---- English controls in brackets
    "bracketed_controls_en": """
B|Home » City » Economy
City adds 12,000 jobs in first quarter
2025-04-18 10:20 | Source: Lanjiang Daily
B|[Text size: L M S] [Print] [Close]
The city added 12,000 jobs in the first quarter, the labour bureau said on Friday, most of them in logistics and retail.
Officials said the bureau would [publish] a full report in May.
""",
    # ---- a row of reactions with their counts; a sentence about them is text
    "reaction_row_hant": """
B|地方 > 台中
市區公車路網調整 下月起新增五條路線
2025-05-02 08:10 記者王小明/台中報導
B|讚 3 分享 留言 字級
交通局表示,下月起新增五條公車路線,每日可服務約1.2萬人次,連結三處產業園區。
市府也表示,公車動態App的點讚、留言、分享功能已於本月上線。
""",
    "reaction_row_hans": """
南岭县新建农产品冷链中心投用
2025-11-03 来源:南岭发布
B|点赞 12 | 收藏 | 转发
县农业农村局介绍,冷链中心总投资1.8亿元,冷库容量达3万吨,可服务周边200余家合作社。
""",
    # ---- a link to the story's pictures; a sentence about pictures is text
    "pictures_label_hant": """
澳門美食節閉幕 入場人次逾十二萬
2025-11-24 19:05
第二十五屆澳門美食節昨日閉幕,為期17日共吸引逾12萬人次入場,攤位營業額約3,600萬澳門元。
相關圖片顯示,閉幕當晚場內人流密集,主辦方加派人手疏導。
B|相關圖片:頒獎典禮
B|Photo gallery: Closing night
""",
    # ---- a section and its subsection joined by a slash
    "slash_trail_company": """
B|新闻中心 / 企业动态
南岭化工新材料基地二期投产
2025-09-16
南岭化工新材料基地二期项目日前投产,新增高性能树脂产能8万吨/年,总投资约22亿元。
公司全年营业收入 / 净利润目标分别为120亿元和9亿元。
""",
    # ---- files to download under a release
    "download_row_en": """
Lanjiang Power reports interim profit of HK$3.2 billion
12 August 2025
Lanjiang Power Holdings today reported operating earnings of HK$3.2 billion for the first half, up 6% from a year earlier.
The board declared an interim dividend of HK$0.63 per share.
B|Downloads: Interim results announcement (PDF, 1.2MB) | Investor presentation (PDF, 4.5MB) | Webcast replay
""",
    # ---- a header led by a body's long bilingual name, ending in script switches
    "header_switches_hk": """
B|澜江科学园有限公司 Lanjiang Science and Innovation Park Company | 新闻中心 Newsroom | 繁 | 简 | EN
澜江科学园公布年度报告 园区企业增至860家
(澜江 – 2025年11月20日)澜江科学园有限公司今日发布年度报告,园区企业增至860家,较上年增加12%。
The park's companies rose to 860, up 12% from a year earlier.
""",
}


test_the_probe_takes_no_article_line_and_finds_its_chrome, test_each_page_is_judged_line_by_line = (
    exact_page_tests(PAGES)
)


def _examples(key: str) -> list[tuple[str, bool]]:
    examples = RULES.file("boilerplate")["structure"]["fact_box"][key]
    return [
        (example, True) if isinstance(example, str) else (example["text"], not example.get("none", False))
        for example in examples
    ]


@pytest.mark.parametrize(("text", "is_heading"), _examples("heading_examples"))
def test_fact_box_heading_examples(text: str, is_heading: bool) -> None:
    norm = normalise_lines([text], RULES)[0].norm_text.strip()
    assert SETTINGS.fact_box_heading is not None
    assert (SETTINGS.fact_box_heading.fullmatch(norm) is not None) == is_heading


@pytest.mark.parametrize(("text", "is_field"), _examples("field_examples"))
def test_fact_box_field_examples(text: str, is_field: bool) -> None:
    norm = normalise_lines([text], RULES)[0].norm_text.strip()
    assert SETTINGS.fact_box_field is not None
    assert (SETTINGS.fact_box_field.match(norm) is not None) == is_field
