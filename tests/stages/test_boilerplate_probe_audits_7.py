"""Probe of page chrome and article lines from pages of many kinds: galleries, parks, papers, releases, interviews.

Small invented pages, grouped by class: a gallery's counter over each
picture ("Photo 2 of 5", "图片 2/8") with the caption below it kept as
text; a welcome masthead ending in the language switches; a subscription
offer with its price; a post's date stamp with the province and a follow
button; rows of download links by file format; a one-line contact row and
a hotline after the last paragraph; a bilingual breadcrumb and text-size
row; a press room's one-row menu; the site's name with its address. Lines
that must stay text: an interview's last question and answer closed by the
editor's credit and a date code; the page's date alone at its foot below a
related list (a dated headline list keeps its dates); a table's head row
between bars over its rows of numbers (a menu over a title stays chrome);
a source line followed by print and close controls. Simplified and
traditional Chinese and English, with hard negatives in each class. Every
line is marked by hand (`B` for chrome, no mark for the article's text)
and written for this probe.
"""

# Whole pages keep each of their lines on one source line, as printed.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.stages.test_boilerplate_probe_families import probe_counts, wrong_lines

PAGES: dict[str, str] = {
    # ---- gallery counters
    "gallery_en_museum": """
B|Photo 1 of 5
Visitors queue for the reopened harbour museum.
B|Photo 2 of 5
The new wing holds 1,200 objects.
Photo 2 of 5 in the brochure shows the old pier, the curator said.
""",
    "gallery_en_slides": """
B|Image 3 of 12
B|Slide 4/9
Workers install panels at the solar farm in Ningxia.
Two of nine turbines were idle on Monday.
""",
    "gallery_hans_portal": """
B|图片 2/8
B|第3张/共8张
志愿者在河道清理垃圾。
第3张选票被认定无效。
""",
    "gallery_hant_tw": """
B|圖 4 / 6
B|第5張，共6張
農民在田裡收割稻穀，今年產量增加8%。
""",
    # ---- masthead ending in a language switch
    "welcome_en_park": """
B|Welcome to Lakeside Science Park | 中文 | English | 日本語
Lakeside Science Park signs three chip projects
The park said the three projects will invest 4.2 billion yuan.
Welcome to the future, the park director told guests.
""",
    "welcome_hans_zone": """
B|欢迎访问临江经济开发区 | English | 日本語
临江经济开发区一季度招商签约额增长18%
""",
    "welcome_hant_assoc": """
B|歡迎光臨台灣某某產業協會　繁 | 简 | EN
協會今年會員增至420家。
""",
    "welcome_en_port": """
B|Welcome to Port of Eastbay | 简体 | English
Cargo volume rose 6% in October.
Welcome | Visitors | Investors | Careers rows are printed on the leaflet, the port said in its annual report.
""",
    # ---- subscription prompt with a price
    "subscribe_en_paper": """
B|Subscribe from HK$38 a month | Log in
B|Subscribe for US$1 a week | Sign in
Subscribers now pay HK$38 a month, up from HK$30 last year, the company said.
""",
    "subscribe_hans": """
B|订阅全年仅需198元 | 登录
B|訂閱每月HK$48起 | 登入
该报数字订阅用户增至12万户,年费198元。
""",
    # ---- date stamp with the region and a follow button
    "follow_hans_social": """
B|2026-05-03 10:11 · 广东 · 关注
某地今年新增充电桩1.2万个。
""",
    "follow_hans_poster": """
B|发布于 2026-02-01 09:15 · 四川 · +关注
川西牧民冬季转场完成。
关注 · 北京市今年将新增养老床位5000张。
""",
    "follow_hant": """
B|2026-03-08 20:45 · 台灣 · 追蹤
桃園機場第三航廈今年啟用。
""",
    # ---- download links
    "download_hant_stats": """
B|下載Excel檔　下載PDF檔
B|下載ODS檔 | 下載CSV檔
本會統計，今年出口值成長9.6%。
下載PDF檔的人次達3萬，較去年倍增。
""",
    "download_hans_en": """
B|下载Word版　下载PDF版
B|Download PDF | Download Excel
Downloads of the app rose 40% in May.
""",
    # ---- a one-line contact block
    "contact_en_park": """
Investors can apply online for the new subsidy.
B|Contact: Investment Promotion Office | Tel: +86-512-6000-1234 | invest@example-lake.gov.cn
""",
    "contact_hans": """
园区将为入驻企业提供三年租金减免。
B|联系我们:招商服务中心 | 电话:0571-8800 1234 | 邮箱:zs@example-park.cn
""",
    "contact_en_enquiries": """
The scheme opens on 1 March.
B|Enquiries: Trade Support Unit  Tel: 2345 6789  Email: tsu@example.gov.hk
Contact with the suppliers resumed in May, the unit said.
""",
    # ---- a hotline after the last paragraph
    "hotline_hant_mo": """
中小企業援助計劃今年共批出420宗申請。
B|查詢可致電經濟局企業服務中心（電話：8888 0000）。
""",
    "hotline_hant_hk": """
計劃於下月起接受申請。
B|如有查詢，請致電2345 6789與本署聯絡。
""",
    "hotline_hans": """
补贴资金将于年底前拨付。
B|咨询电话:0755-8123 4567。
""",
    "hotline_en": """
Applications close on 30 June.
B|For enquiries, please call 2345 6789.
Calls to the hotline rose to 12,000 in May, the department said.
""",
    # ---- bilingual breadcrumb and text size
    "crumb_bilingual": """
B|主頁 Home > 新聞公報 Press Releases
B|文字大小 Text Size: A A A　繁 | 简 | EN
政府公布新一輪防洪工程。
""",
    "crumb_bilingual_hans": """
B|主页 Home > 通知公告 Notices
B|字号 Font Size: A A A
市政府发布新一轮老旧小区改造计划。
""",
    # ---- site address line
    "site_address": """
某報記者報道，本澳今年訪客增加12%。
B|濠江日報網站 www.example-daily.mo
B|東岸新聞網 https://news.example-east.com.tw
市民可到網站 www.example.gov.mo 申請補貼。
""",
    # ---- interview ending with the editor and a calendar code
    "qa_hant_tw_last": """
問：對中小企業的補助？
答：明年補助上限提高，預計嘉惠3,000家企業。（編輯：林大同）1151120
""",
    "qa_hans_related": """
问:新厂何时投产?
答:预计明年二季度投产,年产能20万吨。
问:会招多少人?
答:约600人。(编辑:郑南)
B|相关阅读
B|某某集团签下海外大单
B|化工园区再添新项目
""",
    "qa_hans_last": """
问:明年的重点是什么?
答:我们将新建5座充电站,投资约2亿元。(编辑:王明)
""",
    "qa_en_last": """
Q: What comes next?
A: We will open two more stores in Macau next year. (Editor: Chan Wai)
""",
    # ---- a bare date line at the page's foot
    "foot_date_hk": """
颱風過後，全港多處塌樹，政府出動2,000人清理。
B|【相關新聞】
B|颱風後菜價急升
B|明日復課
2026年10月5日（星期一）
B|本網頁內容版權為某某日報有限公司所有
""",
    # ---- English table head
    "dated_list_hans": """
市政府公布新一轮人才政策。
B|相关新闻
B|我市人才公寓开工
B|2025年3月2日
B|高校毕业生留城率创新高
B|2025年3月1日
B|版权所有 某某日报社
""",
    "table_head_en": """
Completions by type (thousand units):
Year | Public rental | Subsidised sale | Private
2027 | 20.1 | 7.4 | 16.5
District | Population | Area | Density
Central | 250,000 | 12 | 20,800
""",
    # ---- a source line ending in print and close controls
    "menu_over_title": """
B|Home | News | Events | About us | Contact
Harbour festival returns in 2026
The festival will run for 12 days and expect 300,000 visitors.
""",
    "source_controls": """
某市投资促进局与三家企业签约。
来源:某市投资促进局　【关闭】【打印】
來源：某縣政府　[列印] [關閉]
Source: Trade Office [Print] [Close]
""",
    # ---- a digital edition's header with the day's date and the page label
    "epaper_header_hans": """
B|南岭日报数字报 2025年6月3日 星期二 第A04版:要闻
市区新增公交线路5条
今年全市公交客运量预计增长6%。
""",
    "epaper_header_hant": """
B|濠江晚報電子版 2025年6月3日 星期二 B03版:經濟
本澳上月酒店入住率達九成。
濠江晚報 2025年6月3日 第B03版刊登了業界的回應。
""",
    # ---- an update stamp with the site's name; with a person's name it is a byline
    "update_stamp_en": """
Ferry fares to rise in July
B|Updated 08:10, 2 Jun 2025 | Harbour Net
Fares on three routes will rise by 5%.
""",
    "update_stamp_hans": """
B|更新时间 2025-06-02 08:10 | 南岭新闻网
Ferry operators asked for the rise in March.
""",
    "update_stamp_byline": """
Ferry fares to rise in July
Updated 08:10, 2 Jun 2025 | Chan Siu Ming
Fares on three routes will rise by 5%.
""",
    # ---- a reporter's byline with the stamp and the page's widgets stays the byline
    "byline_widgets_hant": """
港口貨櫃量回升
記者李小華 2025-06-02 09:30　留言 3　加入書籤
本港上月貨櫃吞吐量按年增加4%。
""",
}


def test_the_probe_takes_no_article_line_and_finds_its_chrome() -> None:
    true_positives, false_positives, false_negatives = probe_counts(PAGES)
    assert false_positives == 0
    assert true_positives / (true_positives + false_negatives) >= 0.95


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_page_is_judged_line_by_line(name: str) -> None:
    assert wrong_lines(PAGES[name]) == []
