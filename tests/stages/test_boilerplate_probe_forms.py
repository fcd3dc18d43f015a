"""Probe of page chrome by the page's form: forums, research notes, live blogs, bilingual releases.

Small invented pages, grouped by class: the signature lines and push
comments a bulletin-board system adds to a post and the board's name in
its header; a web forum's tool row, reply box, board clock, similar
threads and the poster's card over each post (the post under a card stays
text); a research house's disclosures under a note (its valuation table
written with bars stays text above them); a portal's section named in both
languages; a live blog's note that the feed goes on; tool rows with
bracketed controls, a share label with a font switch or a search box; a
county's release contact and its address row; a hotline labelled in both
languages; an author's box saying when the writer joined the paper; a
newsletter prompt, a reuse notice and a comment prompt. Lines that must
stay text: a sentence that states a fact and ends with a project's phone
number, a catalogue record's 分类 field, a social-media account's header
over the title (the article's byline and date line), and hard negatives
in each class. Simplified and traditional Chinese and English. Every line
is marked by hand (`B` for chrome, no mark for the article's text) and
written for this probe.
"""

# Whole pages keep each of their lines on one source line, as printed.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.stages.test_boilerplate_probe_families import probe_counts, wrong_lines

PAGES: dict[str, str] = {
    # ---- a bulletin-board post: origin line, push comments, the board in the header
    "bbs_hant_finance_board": """
作者 lakeboy (湖邊小子)
B|看板 Finance
標題 [心得] 今年的電價與綠電整理
時間 Sat May  2 21:05:11 2026
整理一下最近看到的資料，有錯請指正。
今年工業電價平均調漲12%，綠電憑證成交量增加三成。
B|※ 發信站: 青山BBS(bbs.qingshan.example), 來自: 61.220.15.7 (臺灣)
B|推 riverfan: 整理得很清楚 05/02 21:30
B|→ user0921: 電價再漲就難說了 05/02 21:41
B|噓 bearish88: 又在畫大餅 05/03 08:02
""",
    "bbs_hans_campus_board": """
发信人: harbor_li (港湾), 信区: Career
标 题: 今年校招的几个数字
今年签约的毕业生有1,860人，比去年多出二百人。
看板上贴出的名单共有42家企业。
B|※ 来源:·湖畔社区 bbs.example.net·[FROM: 101.6.*.*]
B|※ 修改:·harbor_li 于 05/03 10:12 修改本文·[FROM: 101.6.*.*]
""",
    # ---- a web forum's thread: tools, cards over posts, reply box, clock, similar threads
    "forum_en_expat_thread": """
B|Post Reply   New Thread   Bookmark
Thread: Renting a flat in Nanhu as a newcomer
#1  March 2nd, 2026, 09:12 AM
B|lakeboy  Senior Member  Joined: Aug 2017  Posts: 2,315
Rents near the new metro line rose about 8% this year. Is it still worth signing a two-year lease?
#2  March 2nd, 2026, 11:40 AM
B|harbour_li  Moderator
Landlords ask for two months' deposit. Reply to the agent in writing and keep every receipt.
#3  March 3rd, 2026, 08:05 AM
B|RiverFan  Member
Thanks, very helpful! I will sign next week and report back on the deposit.
B|Quick Reply
B|Similar Threads: Schools for newcomers | Bus passes in Nanhu
B|All times are GMT +9. The time now is 10:20 AM.
""",
    "forum_hans_discuz_thread": """
B|回复 | 发新帖 | 收藏
滨江新区人才公寓申请经验
今年人才公寓共推出房源1,200套，租金为市场价的七成。
B|注册时间: 2019-03-02  帖子: 812
回复函已于5月2日送达，审核约需15个工作日。
B|快速回复
B|GMT+8, 2026-5-18 14:14 , Processed in 0.035 second(s), 20 queries .
""",
    "forum_en_names_negative": """
Board names new chair
Li Ming  Board Member
The board said Li Ming joined it in March 2019 and posts results each quarter.
""",
    # ---- a research note's disclosures, its table above them
    "research_en_broker_note": """
Harbour Securities Research
Ports sector: volumes recover
Container throughput rose 6.2% in the first quarter, led by transshipment.
Valuation table
LKS HK  |  TP HK$8.20  |  2026F P/E 12.1x
NHP CH  |  TP CNY15.40  |  2026F P/E 9.8x
B|Disclosures: Harbour Securities or its staff may hold positions in the stocks discussed in this note.
B|This note is intended for institutional investors only; see the disclaimers at the end of this note.
""",
    "research_hans_broker_note": """
锂电行业周报：碳酸锂价格企稳
本周电池级碳酸锂均价为每吨7.6万元，环比持平。
B|请务必阅读正文之后的免责条款部分
B|本报告仅供湖畔证券股份有限公司的客户使用。
""",
    "research_en_negative": """
Fund trims its property bets
The fund said it may have positions in several property developers by June.
Disclosure rules for listed firms will tighten next year.
""",
    # ---- a portal's section in both languages; a live blog's note
    "section_hant_hk_release": """
B|政府新聞網 GovNews
B|新聞稿 Press Releases
機場貨運量按年上升5%
機場管理局今日公布，上月貨運量為42萬公噸，按年上升5%。
""",
    "section_en_negative": """
公告 Announcement of results for the year 2026
The company's revenue rose 12% to HK$3.4 billion.
""",
    "live_hans_bilingual_blog": """
【双语直播】湖畔金融论坛 Lakeside Forum Live
[09:00] 论坛今日开幕，共有30位嘉宾发言。
[09:00] The forum opens today with 30 speakers.
B|滚动更新中 Live coverage continues
""",
    "live_en_negative": """
Harbour tunnel reopens
Live updates continuing through the night were posted by the council.
数据库正在更新中，部分数据暂不可查。
""",
    # ---- tool rows in brackets, with a font switch or a search box
    "tools_en_portal": """
B|[A-] [A+] [Print] [Email]
City opens two new clinics
The clinics will serve 40,000 residents.
B|Share to: WeChat | Weibo | Douban   Font: Small Medium Large
""",
    "tools_hant_gov": """
B|简 | 繁 | EN   搜尋 Search
水務署推出新收費計劃
新計劃下，住宅用戶每月平均水費減少8元。
Search and share tools were added in May, the department said.
""",
    # ---- a county's release contact and address row, a bilingual hotline
    "contact_hant_tw_county": """
青山縣擴建農產品冷鏈中心
縣府表示，冷鏈中心擴建後容量增加一倍，總經費新臺幣3億元。
B|青山縣政府新聞稿　聯絡人：農業處 林科長　05-2345678
B|青山縣政府 地址：600001青山縣青山市中正路1號 總機：05-2345678
""",
    "contact_hans_park_hotline": """
生态城新增两家研发中心
两家中心总投资5亿元，预计明年投用。
B|投资咨询热线 Hotline: 0571-86012345
""",
    "contact_hans_fact_sentence": """
开发区道路改造全面启动
开发区今年新建道路12公里，总投资4.6亿元。
此外，新区将在两年内建成8座人才公寓，项目咨询电话：0571-88881234。
B|（编辑：林一）
""",
    "contact_hans_box_after_article": """
新区举办招商推介会
推介会现场签约项目18个，总投资120亿元。
B|服务时间：周一至周五9时至17时，咨询电话：0571-88886666
""",
    # ---- an author's box, a newsletter prompt, a reuse notice, a comment prompt
    "bio_en_paper": """
Harbour rents rise for a sixth month
Rents rose 1.2% in May, the agency said.
B|Wong Ka-man joined the Standard in 2021 and now covers housing and planning.
B|Get our free weekly Property Brief newsletter.
""",
    "bio_en_negative": """
Broker adds two analysts
Chen joined Lakeside Securities in 2015 and covers Asian banks for its clients.
""",
    "reuse_hans_energy_portal": """
湖畔风电场并网发电
风电场装机容量20万千瓦，年发电量约5亿千瓦时。
B|凡来源注明“湖畔能源网”的稿件均为本网原创，转载须取得授权。
B|参与互动
参与互动的市民超过2000人。
""",
    # ---- a catalogue record's fields stay text
    "catalogue_hans_portal": """
B|首页 > 政府信息公开 > 规划计划
索引号：330108/2026-00412
分类：工业、交通 \\ 通知
发文机关：青溪市人民政府办公室
成文日期：2026-03-18
青溪市人民政府办公室关于印发产业发展三年行动计划的通知
各区人民政府，市各委办局：现将计划印发给你们，请认真组织实施。
""",
    "column_hans_news_page": """
B|所属分类：行业资讯
发布日期：2026-03-18
滨江区新增专精特新企业26家
全区专精特新企业总数达到312家。
""",
    # ---- a social-media account's header over the title is the byline
    "wechat_hans_account_header": """
原创 林木 青溪观察 2026年10月20日 08:15 浙江
渡口新航线开通
新航线全长18公里，每天往返12班。
B|向上滑动看下一个
""",
    # ---- a stamp line with its source and a view counter is chrome as a whole
    "counter_hans_stamp_line": """
青溪市一季度外贸进出口增长9%
B|发布时间：2026-04-20  来源：市商务局  阅读量：2,417
一季度全市外贸进出口总额为386亿元，同比增长9%。
""",
}


def test_the_probe_takes_no_article_line_and_finds_its_chrome() -> None:
    true_positives, false_positives, false_negatives = probe_counts(PAGES)
    assert false_positives == 0
    assert false_negatives == 0
    assert true_positives >= 40


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_page_is_judged_line_by_line(name: str) -> None:
    assert wrong_lines(PAGES[name]) == []
