"""Probe of page chrome from business desks, digital editions, wires and disclosure portals.

Small invented pages, grouped by class. Chrome: a share bar behind the
site's name, a digital edition's header with its date and a page's code
without 版 ("A02：要聞"), a paper's reuse ban for what its site prints, a
ticker bar of indices with point changes, an English share label with its
networks, a header row of the site's app and mobile links, a prompt to
join the outlet's messaging channel, a bilingual link back to the top, a
related heading behind the link to the original, the site's slogan between
its skip link and its menu, and a disclosure portal's header row above the
exchange's disclaimer. Text: a release wire's `SOURCE` line between the
contact and the related links. Hard negatives in each class. Simplified and
traditional Chinese and English; every line is marked by hand (`B` for
chrome, no mark for the article's text) and written for this probe.
"""

# Whole pages keep each of their lines on one source line, as printed.
# ruff: noqa: E501

from __future__ import annotations

from pipeline.rules.ruleset import RuleSet
from pipeline.stages.boilerplate import boilerplate_rules
from pipeline.stages.normalise import normalise_lines
from tests.stages.test_boilerplate_probe_families import (
    exact_page_tests,
    verdict_flags,
)

RULES = RuleSet.load()
SETTINGS = RULES.compiled(boilerplate_rules).structure

PAGES: dict[str, str] = {
    "share_bar_after_site_hans": """
B|南湖网 > 财经 > 公司
B|南湖财经·南湖网　　分享到：微信 微博 QQ空间
滨江电子前三季度营收增长一成 新厂房明年投产
2026-10-28 09:10　来源：南湖财经
滨江电子日前披露三季报,前三季度实现营业收入48.6亿元,同比增长10.2%,归母净利润5.1亿元,同比增长6.4%。
公司位于滨江开发区的新厂房总投资约12亿元,预计明年二季度投产,达产后年产能增加300万台。
B|责任编辑:林一
""",
    "epaper_header_and_page_code_hant": """
B|南灣日報數字報刊 | 2026年05月12日 星期二
B|A03：港聞
本澳首季旅客量按年升一成半
【本報消息】旅遊局昨日公布,首季入境旅客約九百二十萬人次,按年上升15.3%,其中內地旅客約六百五十萬人次。
同期酒店平均入住率為86.2%,較去年同期上升4.1個百分點。
B|本網站所刊登的南灣日報各種新聞、資料,未經協議授權,禁止下載使用
""",
    "epaper_dated_page_code": """
B|南灣日報電子版 | 首頁 | 上一期 | 下一期
B|2026年05月12日 星期二 | A05：經濟
首四月博彩收入逾七百億
【本報消息】博彩監察局昨日公布,首四個月博彩毛收入累計約七百一十億元,按年上升18.6%。
A1：總部大樓
A2：研發中心
兩座大樓合共提供約三萬平方米樓面。
""",
    "ticker_points_tw": """
B|南港日報 > 證券 > 個股
B|加權指數 22,815.40 ▲96.12　櫃買指數 246.35 ▼0.72
晶宇光電首季每股純益2.35元 創同期新高
2026-04-29 記者林小華/新竹報導
晶宇光電昨日公布首季財報,合併營收新台幣86.4億元,季增5.2%,毛利率31.8%。
加權指數 22,815.40 ▲96.12
公司預估第二季營收將季增一成。
""",
    "share_article_en_release": """
B|Wire Desk | Newsroom | Releases | Multimedia
B|Share this article: Facebook X LinkedIn Email
Riverside Ports Reports 2026 Interim Results; Revenue Up 12% to HK$3.4 Billion
Riverside Ports Holdings Limited today announced revenue of HK$3,412 million for the six months ended 30 June 2026, up 12% year on year.
Share this article with your colleagues before the results call, the company told analysts.
B|Media contact: Riverside Investor Relations | ir@riverside-ports.example | +852 1234 5678
SOURCE Riverside Ports Holdings Limited
B|Related Links
B|© 2026 Wire Desk Inc. All Rights Reserved.
""",
    "app_version_rows_hans": """
B|江城网 > 财经 > 正文
B|江城网客户端 | 手机江城网 | 无障碍
前三季度江城规上工业增加值增长6.1%
江城市统计局20日发布数据,前三季度全市规模以上工业增加值同比增长6.1%,其中装备制造业增长9.3%。
同期全市社会消费品零售总额1860亿元,同比增长4.8%。
""",
    "app_products_row_hans": """
B|江城财经网 > 公司 > 研报
B|江城财经APP  数据通  投资者说
券商:储能电池价格有望企稳
江城财经讯 某券商9月3日发布研报称,8月国内储能电池出货约28GWh,同比增长35%。
研报预计,四季度行业产能利用率将回升至七成左右。
江城财经APP  上线3天下载量破百万
""",
    "join_channel_and_reward_prompt": """
B|The Harbour Times
B|Home | Asia | World | Business | Opinion | Sport
Harbour port volumes rise 6% as new berth opens
Lin Yi, Business Correspondent
June 3, 2026
The port handled 1.2 million TEUs in May, up 6 per cent from a year earlier, the port authority said on Tuesday.
Protesters urged residents to join Li's Telegram channel, police said.
B|Join HT's WhatsApp channel and get the day's top stories delivered to you.
B|Copyright © 2026 Harbour Media Limited. All rights reserved.
""",
    "filing_portal_header_and_back_to_top": """
B|Listings Portal 上市資訊 | 公司公告 | Company Announcements
B|香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責。
南湖港口控股有限公司
（股份代號：1234）
自願公告 二零二六年四月業務量數據
南湖港口控股有限公司董事會宣佈,本公司二零二六年四月集裝箱吞吐量為320.5萬標準箱,同比增長3.8%。
承董事會命
南湖港口控股有限公司
香港,二零二六年五月十五日
B|返回頁首 Back to top
""",
    "filing_reprint_headline_stays": """
南湖港口发布自愿公告
B|香港交易及结算所有限公司及香港联合交易所有限公司对本公告的内容概不负责。
南湖港口控股有限公司董事会宣布,本公司四月集装箱吞吐量为320.5万标准箱,同比增长3.8%。
""",
    "slogan_between_header_lines": """
B|Skip to main content
B|Market news and data for professional investors
B|Markets | Asia | Business | World | Technology
Southern province's factory output rises 5.8% in first half
By Lin Yi
July 16, 2026 4:10 PM GMT+8
Industrial output in the province rose 5.8% in the first half from a year earlier, the statistics bureau said on Wednesday.
B|© 2026 Harbour Wire. All rights reserved
""",
    "related_heading_after_link": """
B|江城财经 | Jiangcheng Finance
B|首页 > 公司 > 汽车　|　Home > Companies > Autos
Lanjiang Carmaker to Start Local Production Next Year
(Jiangcheng Finance) -- A Lanjiang carmaker will start production at its first local plant next year, with annual capacity of 200,000 vehicles and an investment of about 8 billion yuan, the company said on Monday.
Lanjiang produced 1.1 million vehicles last year, up 12 percent, including nearly 400,000 new energy vehicles, making the province one of the country's larger car-making bases.
B|编辑：林一　Editor: Lin Yi
B|原文链接 Jiangcheng Finance | 相关阅读：
B|新能源车企三季度交付创新高 | EV makers post record deliveries
""",
}


test_the_probe_takes_no_article_line_and_finds_its_chrome, test_each_page_is_judged_line_by_line = (
    exact_page_tests(PAGES)
)


def test_a_wire_source_line_between_chrome_stays_text() -> None:
    lines = [
        "Riverside Ports Holdings Limited today announced revenue of HK$3,412 million for the six months ended 30 June 2026, up 12% year on year, driven by higher container volumes at its terminals in the delta and by new warehouse space.",
        "About Riverside Ports Holdings Limited",
        "Riverside Ports Holdings Limited is a port operator founded in 2004 and listed in Hong Kong in 2012, running six terminals and 40 warehouses across the region with 5,000 employees.",
        "Media contact: Riverside Investor Relations | ir@riverside-ports.example | +852 1234 5678",
        "SOURCE Riverside Ports Holdings Limited",
        "Related Links",
        "https://www.riverside-ports.example",
    ]
    # (the closing About section and its description are the publisher's, up to the contact)
    assert verdict_flags(lines) == [False, True, True, True, False, True, True]


def test_a_slogan_needs_the_menu_below_it_and_a_title_to_come() -> None:
    lines = [
        "Skip to main content",
        "Southern province's factory output rises 5.8% in first half",
        "Markets | Asia | Business | World | Technology",
        "Industrial output in the province rose 5.8% in the first half from a year earlier, the statistics bureau said on Wednesday, and services grew faster.",
    ]
    assert verdict_flags(lines) == [True, False, True, False]


def test_filing_header_examples() -> None:
    examples = RULES.file("boilerplate")["structure"]["above_navigation"]["filing_header_examples"]
    assert any(isinstance(example, str) for example in examples)
    pattern = SETTINGS.above_navigation_filing_header
    assert pattern is not None
    for example in examples:
        text = normalise_lines([example if isinstance(example, str) else example["text"]], RULES)[0].norm_text
        is_header = isinstance(example, str) or not example.get("none", False)
        assert (pattern.fullmatch(text) is not None) == is_header, text
