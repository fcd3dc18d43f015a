"""Seventh probe of page chrome: reader controls, account rows, dotted trails and bilingual mastheads.

Small invented pages, grouped by the class of chrome they hold: font-size
steps written `A A A` beside share links, English account and newsletter
rows, trails joined by dots or bars that end in the article crumb (正文),
bilingual mastheads and print/close controls, one-word section menus
between bars, a date line closed by font steps, and the issuing office's
label; a social-media account's header with a Chinese date and the province
is the article's byline and date line, and text.
Each class has at least six chrome lines over simplified and traditional
Chinese and English pages of several genres (city portals, company
newsrooms, wire pages, filings, university and hospital news), and hard
negatives: sentences about printing, sharing, newsletters or font sizes, a
bilingual headline, a table head between bars, a reporter's dateline.
Every line is marked by hand (`B` for chrome, no mark for the article's
text) and written for this probe.
"""

# Whole pages keep each of their lines on one source line, as printed.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.stages.test_boilerplate_probe_families import probe_counts, wrong_lines

PAGES: dict[str, str] = {
    # ---- font-size steps written A A A, with share links
    "font_hant_tw_county": """
B|字級：A A A　分享：LINE Facebook 複製連結
縣府推動長照據點擴充計畫
本縣今年新增長照據點18處，服務人次較去年成長12%。
字級較大的版本將於下月上線，方便長者閱讀。
""",
    "font_hans_city_portal": """
B|字号：A A A　分享到：微信 微博
滨江区启动老旧小区改造
今年计划改造小区42个，惠及居民1.6万户。
居民可通过手机分享改造意见。
""",
    "font_en_newsroom": """
B|Text size: A A A  Share: Facebook X LinkedIn
Harbour Rail opens second depot
The depot cost HK$2.4 billion and will house 40 trains.
Staff can print and share the new timetable from Monday.
""",
    "font_hant_hk_department": """
B|列印 | 轉寄 | 字體大小 A A A
香港某部門公布新一年的工作計劃
部門將增聘120名人員，處理積壓個案。
""",
    "font_hans_hospital": """
B|打印 | 分享 | 字号 A- A A+
市第一人民医院新院区启用
新院区设置床位800张，总投资12亿元。
""",
    "font_hant_tw_school": """
B|友善列印　　字型大小　A- A A+
國立某大學舉辦校慶活動
今年共有3,200名校友返校，創下歷年新高。
字型大小與版面調整，將列入網站改版計畫。
""",
    # ---- English account and newsletter rows
    "account_en_business_paper": """
B|Sign in | Newsletters | Subscribe
Copper prices hit a two-year high
Copper rose 3.1% to US$10,420 a tonne on Tuesday.
Readers who subscribe before June get a 20% discount, the publisher said.
B|Newsletter: Sign up for the Asia markets brief, sent every weekday
""",
    "account_en_city_paper": """
B|Register | Sign in
Council approves new ferry pier
The pier will cost NZ$48 million and open in 2028.
B|Sign up for the Harbour Daily newsletter
""",
    "account_en_trade_site": """
B|Log in | Register | My account
Shipping lines add Gulf routes
Three carriers will add weekly sailings from March.
B|NEWSLETTER: Subscribe to get the week's freight rates in your inbox
Newsletter sign-ups rose 40% after the redesign, the company said.
""",
    "account_en_wire": """
B|SIGN IN / NEWSLETTERS
Tea exports rise in third quarter
Exports rose 6.2 percent to 88,000 tonnes.
Subscribe | 12 months | $99
""",
    # ---- trails joined by dots or bars that end in the article crumb
    "trail_hans_trade_site": """
B|滨海商务网 · 产业动态 · 正文
滨海新区前三季度外贸进出口增长8%
前三季度全区外贸进出口总额达326亿元。
""",
    "trail_hans_energy_site": """
B|江南能源网 | 光伏 | 正文
某光伏企业签约新基地
项目总投资50亿元，年产能10吉瓦。
合同正文已于上周签署。
""",
    "trail_hant_tw_portal": """
B|市府新聞 · 施政動態 · 正文
市府公布明年度預算
總預算達新台幣1,850億元，較今年增加3%。
""",
    "trail_hans_gov_notice": """
B|政务公开 | 通知公告 | 详情
关于开展2026年度企业年报工作的通知
各企业应于6月30日前报送年度报告。
""",
    # ---- bilingual mastheads and print/close controls
    "bilingual_hant_mo_release": """
B|滨海特別行政區政府 新聞公報 | The Binhai SAR Government Press Releases
統計局公布第三季本地生產總值
第三季本地生產總值按年實質上升4.3%。
B|【列印 Print】【回上頁 Back】
""",
    "bilingual_hant_hk_department": """
B|稅務局 新聞稿 | Revenue Department Press Releases
稅務局提醒市民按時交稅
本年度已發出報稅表230萬份。
B|列印 Print | 返回 Back
""",
    "bilingual_hans_university": """
B|南湖大学新闻网 | Nanhu University News
南湖大学新建材料实验楼启用
实验楼建筑面积3.2万平方米。
B|[分享 Share] [打印 Print] [关闭 Close]
""",
    "bilingual_en_port": """
B|Port Authority Newsroom | 港务局 新闻中心
Port handles record cargo in October
Throughput reached 12.6 million tonnes.
Government Unveils New Measures | 政府公布新措施
""",
    # ---- one-word desks and dotted pairs between bars
    "menu_hant_hk_paper": """
B|財經頭條 | 即時頭條 | 財經
本港上月出口按年上升8.1%
上月整體出口貨值達4,210億元。
""",
    "menu_hant_hk_trade_paper": """
B|航運‧物流　|　地產　|　國際
貨櫃碼頭吞吐量回升
十月吞吐量為135萬個標準箱。
香港 | 澳門 | 台灣
""",
    "menu_hans_city_paper": """
B|要闻 | 体育 | 娱乐 | 科技
滨江马拉松报名人数创新高
今年报名人数超过5万人。
一季度 | 二季度 | 三季度
""",
    "menu_hant_hk_group_paper": """
B|| 灣區新聞網 | 灣區日報 | 港聞
本港首三季訪港旅客按年增加兩成
首三季訪港旅客達3,120萬人次。
""",
    "menu_en_newsletter_negative": """
Regulator tightens disclosure rules
Register for the briefing on the new rules by Friday, the agency said.
Residents who sign up for the newsletter will get the new bin schedule, the council said.
""",
    # ---- a social-media account's header with a Chinese date and the province: text, as a byline is
    "reader_hans_county_account": """
原创 滨江住建 滨江发布 2025年10月3日 08:15 江苏
滨江县启动农村危房改造
今年计划改造农房320户，每户补助2万元。
""",
    "reader_hans_no_label": """
南湖文旅 南湖发布 2024年5月1日 21:40 浙江
南湖景区五一接待游客12万人次
门票收入同比增长15%。
记者 李明 2025年10月3日 08:15 北京
""",
    "reader_hans_posted_from": """
青山卫健 2024年8月9日 17:02 发表于四川
青山县新增家庭医生团队40个
签约居民达到8.6万人。
""",
    # ---- a date line closed by font steps
    "dateline_hant_hk_paper": """
B|2025年10月3日 星期五 上午9:20　　A-　A+
本港九月零售銷貨額按年上升2%
九月零售額為310億元。
""",
    "dateline_hans_portal": """
滨江区召开项目推进会
B|发布时间：2025-10-03 09:30　A+ A A-
全区重点项目完成投资86亿元。
The bonds were rated A- A+ by two agencies in 2024.
""",
    "dateline_hant_tw_office": """
B|2025-10-03　A- A A+
科學園區第三季營業額成長
第三季營業額達新台幣4,560億元。
""",
    # ---- more of each class, in other genres
    "more_en_magazine": """
B|Subscribe | Sign in
B|Harbour Review Newsroom | 港湾评论 新闻中心
Ferry operator orders six electric boats
The order is worth US$86 million, the company said on Monday.
B|Sign up for the Weekend Harbour newsletter
B|Log out | My account
""",
    "more_en_university": """
B|Newsletters | Register | Sign in
B|Nanhu University News | 南湖大学 新闻网
B|Published 2 March 2026 09:15  A- A A+
University opens a new chip design lab
The lab cost 120 million yuan and will train 300 engineers a year.
B|Subscribe to the Campus Weekly digest
B|NEWSLETTER - Sign up for research news every Friday
Students can register for the lab's open day on the campus website.
""",
    "more_hans_county_site": """
B|青山新闻网 · 乡村振兴 · 正文
B|[打印 Print] [关闭 Close]
青山县新建冷链物流中心投用
中心总投资2.3亿元，库容5万吨。
原创 青山融媒 青山发布 2026年3月2日 18:30 四川
""",
    "more_hant_tw_city_site": """
B|市政新聞 | 首頁 | 正文
B|列印 Print　關閉 Close
B|2026-03-02 星期一　A- A A+
市府啟動社會住宅第三期
第三期興建1,200戶，總經費新台幣96億元。
B|字體：A- A A+　分享：LINE X
""",
    "more_hans_wechat_accounts": """
江城发布 江城融媒 2026-03-02 18:30 湖北
江城今年将新建口袋公园30个
全年计划投资3.6亿元，新增绿地12公顷。
南湖生态 南湖发布 2026年3月2日 07:45 浙江
""",
    "more_hant_hk_menus": """
B|本地‧社會 | 港聞 | 財經
B|灣區商報 | 即時新聞 | 國際
B|2026年3月2日 星期一　A+ A-
本港首季住宅落成量按年增加
首季落成量約4,600個單位，按年增加一成半，其中九龍區佔四成，新界區佔三成半，其餘位於港島，估價署預計全年落成量約為一萬九千個單位。
B|資料提供單位：差餉物業估價署
""",
    "more_hant_mo_release": """
B|海港特別行政區政府 新聞稿 | Harbour SAR Government Press Releases
B|【列印 Print】 【電郵 E-mail】 【關閉 Close】
海港本年第一季失業率為1.8%
第一季失業人口約6,100人，按季減少300人。
香港 | 澳門 | 台灣
""",
    # ---- the issuing office's label: the footer's below the article, the page's record under the title
    "unit_hant_tw_bureau": """
臺中市某局推動公有市場改建
改建工程預算新台幣3.5億元，預計明年完工，完工後攤位數將由120個增加至180個，並設置冷藏物流區、親子友善空間與地下停車場，改善市場周邊交通與環境衛生。
B|發布單位：秘書室
""",
    "unit_hant_tw_ministry": """
經濟部公布十月外銷訂單
發布日期：115-11-20
發稿單位：統計處
十月外銷訂單金額為548億美元，較上年同月增加6.4%，其中資訊通信產品訂單成長最多，電子產品次之，傳統產業訂單則持續減少。
發布單位應於十日內更正錯誤資料。
B|發稿單位：新聞科
B|聯絡人：王小明　電話：02-2321-1234
""",
    "unit_hans_statistics": """
1-9月全市规模以上工业增加值增长6.1%
前三季度，全市规模以上工业增加值同比增长6.1%，增速比上半年加快0.3个百分点，其中高技术制造业增长11.2%，装备制造业增长8.5%，新能源汽车产量增长三成。
B|资料提供单位：市统计局
""",
    "unit_hant_tw_park": """
科學園區舉辦徵才博覽會
今年共有85家廠商參加，提供職缺3,200個，涵蓋半導體、光電、精密機械及生物科技等產業，現場並設有履歷健診與模擬面試服務，主辦單位也安排交通車往返各大學與園區之間。
B|上稿單位：企劃組
B|瀏覽人次：2,045
""",
    "unit_hans_county_notice": """
关于开展2026年春季植树活动的通知
各乡镇：为推进国土绿化，定于3月12日开展春季植树活动，请各单位组织干部职工积极参加，活动地点设在城北生态公园，所需苗木由县林业局统一调配，请于3月10日前报送参加人数。
B|发布单位：县林业局
""",
    "unit_hans_catalogue_record": """
索引号：330108-2026-000456
发布单位：滨江区林业局
滨江区林业局关于公布古树名木保护名录的通知
各街道：现将全区古树名木保护名录予以公布，请各单位做好日常养护工作。
""",
}


def test_the_probe_takes_no_article_line_and_finds_its_chrome() -> None:
    true_positives, false_positives, false_negatives = probe_counts(PAGES)
    assert false_positives == 0
    assert true_positives / (true_positives + false_negatives) >= 0.95


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_page_is_judged_line_by_line(name: str) -> None:
    assert wrong_lines(PAGES[name]) == []
