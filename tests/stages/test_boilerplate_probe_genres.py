"""Sixth probe of page chrome: filings, city portals, newsrooms, Taiwan and Macau offices, English wires.

Whole invented pages of genres the earlier probes lack: exchange filing
pages (Hong Kong, Taiwan, Singapore and mainland) with the exchange's or
regulator's disclaimer, city portals with accessibility and font-size
rows, company newsrooms, Taiwan and Macau government pages with their
print and forward rows and three-item footer menus, and English wire pages
with a site label in capitals above the title. Each page holds hard
negatives: short body lines, lists of items inside the article, a menu
quoted inside a sentence, a one-line caption that carries a figure, the
board's own statement that its notice is true. Every line is marked by
hand (`B` for chrome, `T` or no mark for the article's text) and written
for this probe.
"""

# Whole pages keep each of their lines on one source line, as printed.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.stages.test_boilerplate_probe_families import probe_counts, wrong_lines

PAGES: dict[str, str] = {
    # ---- exchange filing pages
    "filing_hant_hk_results": """
B|首頁 > 上市公司公告 > 業績
B|香港聯合交易所有限公司及證券及期貨事務監察委員會對本公告的內容概不負責，對其準確性亦不發表任何聲明。
嶺南港口控股有限公司
（股份代號：4321）
截至2026年6月30日止六個月之中期業績
收入為38.6億港元，較去年同期增加7.2%。
期內貨櫃吞吐量為612萬個標準箱。
董事會不建議派發中期股息。
承董事會命
主席
何志明
香港，2026年8月20日
B|A+ A A- 轉寄 列印
""",
    "filing_hant_tw_material_info": """
B|公開資訊平台 > 重大訊息
重大訊息公告
公司名稱：東嶺精密工業股份有限公司
主旨：本公司董事會決議通過115年第三季財務報告
事實發生日：115/11/08
說明：
1.第三季營業收入新台幣52.4億元。
2.稅後淨利新台幣6.1億元，每股盈餘2.35元。
3.無。
B|以上資料均由各公司依規定自行申報，由本平台對外公布，資料如有虛偽不實，均由該公司負責。
B|回列表 分享至Facebook
""",
    "filing_en_sg_announcement": """
B|Home | Company Announcements | Financial Results
B|The Singapore Exchange Securities Trading Limited assumes no responsibility for the contents of this announcement.
STRAITS MARINE HOLDINGS LIMITED
Unaudited results for the first half ended 30 June 2026
Revenue rose 11.3% to S$214.7 million.
Net profit was S$18.2 million.
The board declared an interim dividend of 1.5 cents per share.
BY ORDER OF THE BOARD
Tan Wei Ling
Company Secretary
Singapore, 12 August 2026
B|Print | Email | Share
""",
    "filing_hans_cn_notice": """
B|首页 > 信息披露 > 临时公告
证券代码：600912　　证券简称：江海电子
江海电子股份有限公司关于签订日常经营重大合同的公告
本公司董事会及全体董事确认本公告内容真实、准确、完整，并对其承担法律责任。
一、合同金额：人民币12.6亿元。
二、合同期限：2027年1月1日至2028年12月31日。
三、对公司的影响：合同履行预计增加公司2027年营业收入。
特此公告。
江海电子股份有限公司董事会
2026年11月3日
B|免责声明：本网站所载公告仅供参考，以公司正式披露为准。
""",
    # ---- city portals with accessibility and font-size rows
    "portal_hans_city_accessibility": """
B|无障碍 | 关怀版 | English
B|首页 | 政务公开 | 政务服务 | 互动交流
B|当前位置：首页 > 今日青溪
青溪市新开通3条公交线路
发布时间：2026-09-12 10:30　来源：市交通运输局
9月12日起，全市新开通3条公交线路，新增站点46个。
三条线路分别是：
1路：火车站至高新区；
2路：滨江公园至大学城；
3路：东门至青溪港。
市民可通过“青溪公交”小程序查询实时车辆位置。
B|字号：大 中 小 | 打印 | 关闭
B|主办：青溪市人民政府办公室　网站标识码：3301000001
""",
    "portal_en_city_textsize": """
B|Skip to content
B|Newsroom | 中文 | Text Size S M L
City opens 4 new cooling centres
12 July 2026
The city will open four new cooling centres in public libraries from Monday.
Each centre can hold up to 80 people.
Opening hours are 10am to 8pm.
A council officer said the menu bar on the city's app, "Home | Services | News | Contact", now leads to the centre map.
B|Accessibility | Privacy | Sitemap | Contact us
""",
    # ---- company newsrooms
    "newsroom_en_company": """
B|Newsroom | English | Text Size A A A
Harbourline Foods to build US$85 million plant in Vietnam
SINGAPORE, 3 March 2026 -- Harbourline Foods said today it will build a plant in Binh Duong province.
The plant will produce 120,000 tonnes of sauces a year.
Construction starts in May.
The plant site at Binh Duong, covering 12 hectares.
B|About Harbourline Foods
B|Harbourline Foods makes sauces and ready meals sold in 30 markets.
B|Media contact: press@harbourline.example
B|Share | Email | Print
""",
    "newsroom_hans_company": """
B|首页 | 关于我们 | 新闻中心 | 投资者关系 | 联系我们
B|新闻中心 > 公司新闻
江海电子与临港集团签署战略合作协议
2026-10-18
10月18日，江海电子与临港集团签署战略合作协议，双方将共建智能传感器产线。
项目总投资8.5亿元，预计2027年投产。
签约现场，双方负责人交换协议文本。
B|A- A A+ 分享 打印
B|图片新闻 | 视频 | 专题
""",
    # ---- Taiwan and Macau government pages
    "gov_hant_tw_ministry": """
B|::: 首頁 > 新聞與公告 > 本部新聞
經濟部核定3處產業園區擴建計畫
發布日期：115-04-16
經濟部今日核定3處產業園區擴建計畫，合計新增用地86公頃。
其中南科園區擴建42公頃，預計投資新台幣320億元。
擴建後可新增就業機會約6,500個。
圖為南科園區擴建區位，面積42公頃。
B|A+ A A- 轉寄 列印
B|最新消息 | 政策專區 | 新聞稿
B|更新日期：115-04-16
""",
    "gov_hant_mo_bureau": """
B|繁體 | Português | English
B|首頁 > 新聞稿
B|分享 Facebook 微信 列印
第三季旅客入境逾九百萬人次
統計局今日公布，第三季入境旅客912萬人次，按年上升8.6%。
其中內地旅客687萬人次，佔整體75.3%。
酒店入住率為89.2%。
B|最新消息 | 熱門話題 | 專欄
B|澳門特別行政區政府 版權所有
""",
    "gov_hant_tw_quoted_menu": """
B|首頁 > 新聞稿
數位部改版政府網站入口
發布日期：115-07-02
數位部表示，新版入口首頁上方「最新消息 | 服務專區 | 意見信箱」三個選項已重新排序。
改版後平均載入時間縮短至1.2秒。
短期內仍保留舊版。
B|A+ A A- 轉寄 列印
""",
    # ---- English wire pages
    "wire_en_capitals_label": """
B|ISLAND NEWS
Taiwan exports hit record US$51 billion in October
TAIPEI, Nov. 9 -- Taiwan's exports rose 23.4 percent in October to a record US$51.2 billion, the finance ministry said.
Exports to the United States jumped 41 percent.
The ministry expects growth to slow next year.
Photo: A container ship at Kaohsiung Port, which handled 9.8 million TEUs last year.
B|Press Room | 中文 | Text Size S M L
""",
    "wire_en_short_lines": """
B|Home | World | Business | Tech | Sport
Port of Lanhai throughput tops 90 million tonnes
Source: Coastal Times | 2026-12-01 09:10:44
LANHAI, Dec. 1 -- Cargo throughput at Lanhai port topped 90 million tonnes in the first 11 months.
Up 6 percent.
Container volume hit 2.4 million TEUs.
B|Enditem
B|Share | Email | Print
""",
    "wire_en_bilingual_two_items": """
B|中文版 | EN
Macao GDP grows 5.1 pct in third quarter
MACAO, Nov. 30 -- Macao's gross domestic product grew 5.1 percent year on year in the third quarter, official data showed.
Gaming exports rose 4.2 percent.
Visitor arrivals reached 9.1 million.
B|Editor: Chen Yu
""",
}


# Chrome the rules leave as text, with the reason.
KNOWN_MISSES: dict[str, set[str]] = {}


def test_the_probe_takes_no_article_line_and_finds_its_chrome() -> None:
    true_positives, false_positives, false_negatives = probe_counts(PAGES)
    assert false_positives == 0
    assert true_positives / (true_positives + false_negatives) >= 0.95


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_page_is_judged_line_by_line(name: str) -> None:
    expected = [(True, line) for line in sorted(KNOWN_MISSES.get(name, ()))]
    assert sorted(wrong_lines(PAGES[name])) == expected
