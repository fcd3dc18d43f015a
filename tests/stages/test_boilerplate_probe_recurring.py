"""Probe of chrome classes that recur across the audits, in the forms other sites write them.

Each class below marked at least three pages of two audits or more in
the forms those pages had; the pages here write them as other portals,
papers and wires of the three regions do. Chrome: an app's name before
"立即下載" or "看更多", "Read this story in the ... app"; a follow prompt
naming IG, 微博, 抖音 or a fan page, "Follow <outlet> on Instagram"; the
headings of ranked and topic blocks ("Most viewed in 24 hours", "點閱排行",
"專題推介", "In case you missed it"); a pointer to the site for more news
("►前往…看更多財經新聞", "更多財經新聞,請瀏覽…", "了解更多 >>"); an
advertising enquiry line ("廣告查詢：…", "Advertising enquiries: …"); the
toast of a copied link and a lone "Like"; a wire's contact lines for the
reporter and the editor; a finance portal's risk note ending "据此买卖,风险自负";
a city's service hotline with its short or toll-free number ("市民熱線:1999",
"政务服务便民热线:12345"), a site's visitor counter and a blog's "Next →"; a link to another story
behind "另見:", "同場加映:" or "Recommended:", a share bar of networks'
names alone and behind "Share this:", and a paper's or site's ban on reuse
in its own name ("未經本報同意不得轉載", "Republication of this article
requires written permission.").
Hard negatives in each class stay text, and so does a wire's closing
credit of its reporter and editor (a byline, as the house decided).
Simplified and traditional Chinese and English; every line is marked by
hand (`B` for chrome, no mark for the article's text) and written for
this probe.
"""

# Whole pages keep each of their lines on one source line, as printed.
# ruff: noqa: E501

from __future__ import annotations

from tests.stages.test_boilerplate_probe import verdict_flags
from tests.stages.test_boilerplate_probe_families import exact_page_tests

PAGES: dict[str, str] = {
    # ---- an app's name before the download call or "see more"
    "app_prompts_hant": """
B|港聞 > 社會
東涌新巴士路線下月通車 每日約三萬人次受惠
2026-03-05 12:10 灣區日報
運輸署今日宣布,東涌至機場的新巴士路線將於下月一日通車,繁忙時間每8分鐘一班,預計每日載客約三萬人次。
署方表示,新路線會途經兩個新屋邨,方便約四萬名居民往返機場島上班。
B|灣區01新聞App 立即下載
B|用灣區日報App看更多港聞
""",
    "app_prompts_en": """
B|News | Business | World | Sport
Ferry operator adds night sailings to outlying islands
Ferry services to two outlying islands will run until 1am from next month, the operator said on Thursday, adding 24 sailings a week.
The operator said passenger numbers rose 12 percent last year and night demand had grown fastest.
B|Read this story in the Harbour Post app
Users can read the new timetable in the operator's app, officials said.
""",
    # ---- follow prompts naming a network
    "follow_prompts_hant": """
晶宇光電竹南廠擴建 投資新台幣120億元
記者林小華／新竹報導
晶宇光電今天宣布擴建竹南廠,總投資約新台幣120億元,預計2028年量產,可增加約800個工作機會。
公司指出,擴建完成後月產能將增加三成,主要供應人工智慧相關客戶。
B|追蹤南港新聞IG
B|追蹤我們的Facebook專頁
""",
    "follow_prompts_hans_en": """
滨江新区发布抖音号粉丝突破百万
2026-03-08 来源:南湖日报
滨江新区官方抖音号上线两年来粉丝突破100万,累计发布短视频2300余条,其中招商推介类视频播放量超过1.2亿次。
新区表示,将继续通过短视频向企业介绍政策,今年计划推出50期产业园区专题。
B|欢迎关注滨江发布抖音号
B|Follow Riverside Daily on Instagram
""",
    # ---- ranked and topic blocks open a related section
    "ranked_blocks_en": """
Riverside zone signs 18 projects worth 32.6 billion yuan
By LIN YI in Riverside | Updated: 2026-03-08 09:12
The Riverside New Area signed 18 major projects with a total investment of about 32.6 billion yuan on Saturday, local officials said at a ceremony attended by investors from six countries.
Nine of the projects are worth more than 1 billion yuan each, and three are foreign-funded, covering chips, biomedicine and new energy vehicles.
B|Most Viewed in 24 Hours
B|Metro line 3 to open by year end
B|The city's third metro line will open to passengers by December, its operator said.
""",
    "ranked_blocks_hant": """
澳門首季旅客量按年升一成半
【本報消息】旅遊局昨日公布,首季入境旅客約九百二十萬人次,按年上升15.3%,其中內地旅客約六百五十萬人次,國際旅客約五十萬人次。
同期酒店平均入住率為86.2%,較去年同期上升4.1個百分點,局方預計第二季旅客量仍會保持增長。
B|點閱排行
B|輕軌東線明年通車
B|輕軌東線工程進度理想,預計明年年中通車。
B|專題推介
B|施政報告2026
""",
    # ---- a pointer to the site for more news, and an advert enquiry
    "more_news_pointers_hant": """
晶宇光電首季每股純益2.35元
2026-04-29 記者林小華/新竹報導
晶宇光電昨日公布首季財報,合併營收新台幣86.4億元,季增5.2%,毛利率31.8%,每股純益2.35元,創同期新高。
公司預估第二季營收將季增一成,主要受惠人工智慧伺服器需求。
B|►前往南港新聞雲看更多財經新聞
B|廣告查詢：(02)2345-6789
""",
    "more_news_pointers_hans": """
滨江自贸片区前两月进出口增长12%
2026年03月09日 10:20 来源:南湖网
南湖网3月9日电 记者从滨江海关获悉,今年前两个月,滨江自贸片区实现进出口总值286.4亿元,同比增长12.3%,其中出口172.1亿元,增长15.6%。
了解更多政策细节的企业可到自贸片区服务中心咨询,或登录片区网站查询。
B|更多財經新聞,請瀏覽南湖財經
B|了解更多 >>
""",
    # ---- toasts and reactions, a risk note, a wire's contact lines
    "toast_and_risk_note_hans": """
滨江电子前三季度营收增长一成
2026-10-28 09:10 来源:南湖财经
滨江电子日前披露三季报,前三季度实现营业收入48.6亿元,同比增长10.2%,归母净利润5.1亿元,同比增长6.4%。
公司表示,位于滨江开发区的新厂房预计明年二季度投产,达产后年产能增加300万台。
B|风险提示:本文提到的观点只是个人看法,所涉及标的不作推荐,据此买卖,风险自负。
B|已複製連結
B|Like
""",
    "wire_contacts_en": """
Chipmaker plans $2 billion plant in central Taiwan
TAIPEI, March 5 (Wire) - A local chipmaker said on Thursday it will spend about $2 billion on a new plant in central Taiwan, creating 800 jobs by 2028.
Like many chipmakers, the company is adding capacity for advanced packaging of artificial intelligence chips.
Reporting by Lin Yi; Editing by Sam Holmes
B|To contact the reporter on this story: Lin Yi in Taipei at lyi@example.com
B|To contact the editor responsible for this story: Sam Holmes at sholmes@example.com
""",
    # ---- a city's service hotline, a visitor counter, a blog's arrow to the next post
    "service_hotline_hant": """
南港市首季招商逾三百億元
2026-04-08 南港市政府新聞稿
南港市政府今日公布,首季共引進投資案42件,投資金額約新台幣312億元,較去年同期增加18%,以半導體及綠能產業為主。
經發局表示,將持續簡化設廠審查流程,並於下半年推出第二期產業用地標售,預計釋出約15公頃土地。
B|市民熱線:1999
""",
    "visitor_counter_hans": """
滨江区发展和改革局关于公布2026年区级重点项目的通知
各街道、各部门:
现将2026年区级重点项目名单予以公布,共安排项目126个,年度计划投资约286亿元,请各牵头单位认真抓好落实,确保按期开工。
各单位应于每月5日前报送项目进展情况,区发改局将定期通报项目推进情况。
B|累计访问:1234567
""",
    "next_arrow_en": """
Riverside port handles record container volume in March
Posted on April 3, 2026 by Lin Yi
Riverside port handled 1.2 million standard containers in March, a record for the month, as exporters rushed shipments ahead of new tariffs, the port authority said.
Volumes for the first quarter rose 8 percent from a year earlier, and the authority expects growth to slow in the second half.
Next year the authority plans to open two more berths.
B|Next →
""",
    # ---- related links behind other labels, share bars without their label, reuse bans
    "related_labels_hant": """
東涌新巴士路線下月通車
2026-03-05 12:10 灣區日報
運輸署今日宣布,東涌至機場的新巴士路線將於下月一日通車,繁忙時間每8分鐘一班,預計每日載客約三萬人次。
署方表示,新路線會途經兩個新屋邨,方便約四萬名居民往返機場島上班,車費與現有路線相同。
B|同場加映:機場島第二條行人隧道動工
B|Facebook Twitter LINE
B|未經本報同意不得轉載
""",
    "related_labels_hans": """
滨江新区人才节开幕 首批签约高层次人才项目56个
2026-03-01 来源:南湖日报
3月1日,滨江新区第三届人才节开幕,现场签约高层次人才项目56个,发放人才安居补贴约1.2亿元。
新区表示,今年将新建人才公寓3000套,并为青年人才提供最长三年的租金补贴。
B|另见:滨江新区人才公寓首批配租启动
""",
    "share_and_reuse_en": """
Riverside opens second cruise terminal
The Riverside port authority opened its second cruise terminal on Friday, doubling capacity to 1.2 million passengers a year, officials said at the ceremony.
The terminal cost 2.4 billion yuan and can berth two of the largest cruise ships at once, the authority said.
Recommended by the tourism board, the terminal will host its first call in May.
B|Share this: Facebook WhatsApp Email
B|Republication of this article requires written permission.
""",
}

test_the_probe_takes_no_article_line_and_finds_its_chrome, test_each_page_is_judged_line_by_line = (
    exact_page_tests(PAGES)
)


def test_a_sentence_about_an_app_or_an_advert_stays_text() -> None:
    lines = [
        "滨江新区政务App上线一周年",
        "市民用政务App看更多办事指南后再到窗口办理,全年网上办件量超过120万件,同比增长35%。",
        "广告刊登量今年下降了一成,报社正加快向数字订阅转型,新增付费用户5万人。",
    ]
    assert verdict_flags(lines) == [False, False, False]


def test_a_ranked_heading_opens_a_section_only_as_a_heading() -> None:
    lines = [
        "Ferry timetable changes on Monday",
        "In case you missed it, the ferry timetable changes on Monday, with night sailings added to two islands and fares unchanged for another year.",
        "The operator said passenger numbers rose 12 percent last year, with demand at night growing fastest of all.",
    ]
    assert verdict_flags(lines) == [False, False, False]
