"""Sixth probe of page chrome: document-like pages, their content in short lines and their chrome.

Whole invented pages of results announcements, tender and award notices,
statistical releases and policy notices. Their highlights printed as
bullets under a heading, and their labelled fields ("预算金额:…",
"決標日期:…"), are short lines in a run, as a menu is, but they state
amounts, dates and clauses: they are the article (text). Hard negatives
stay chrome: menus, lists of other articles' titles (dated or not, above
the article or below it), rows of the site's labelled fields (source,
editor, views, font size), and a footer's address and postcode rows after
the last paragraph. Chrome these pages print around the document is
found: a row of page tools led by the page's own label ("中标公告 打印
关闭"), a date stamp followed by a share bar (the date alone stays text),
a newspaper's page label spelt out ("版面:B05"), a language switch naming
the text-only version, an address with a phone number on one row at the
foot (an address inside a sentence stays text), a row of featured items
under a "热门…" label (a sentence naming them stays text), a bilingual
breadcrumb and a bilingual press contact, a government office's name
before its menu from the front page, a label of related statistics, and
a government press room's row of links to its archive and subscription,
and a public body's name in two languages as the page's first line (the
same line below the menu is a notice's issuer, text).
Every line is marked by hand: `B` for chrome, `T` for the article's text.
Every line is written for this probe.
"""

# Whole pages keep each of their lines on one source line, as printed.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.stages.test_boilerplate_probe_families import exact_page_tests, wrong_lines

PAGES: dict[str, str] = {
    # ---- highlights as bullets under a heading (text)
    "results_hant_highlights_under_heading": """
B|首頁 | 公司公告 | 投資者關係
瑞峰能源控股有限公司
截至2026年6月30日止六個月之中期業績公告
業績摘要
• 營業額為港幣31.48億元，較去年同期上升6.2%
• 毛利為港幣8.06億元，毛利率25.6%
• 每股基本盈利為港幣24.8仙
• 董事會宣派中期股息每股港幣9仙
管理層討論及分析
期內，集團光伏組件付運量達4.2吉瓦，較去年同期增加18%，主要受惠於東南亞及中東市場訂單增加，海外收入佔總收入比重升至41%。
""",
    "results_en_highlights_under_heading": """
B|Home | Announcements | Contact us
Harbourline Logistics Holdings Limited
Annual results for the year ended 31 March 2026
Financial highlights
• Revenue up 7.4% to HK$5.62 billion
• Profit attributable to shareholders of HK$612 million
• Final dividend of 14.5 HK cents per share
Business review
The group handled 2.35 million TEUs at its three terminals during the year, an increase of 5.1 per cent, as new shipping alliances moved calls to the western berths.
""",
    "statistics_hans_bulletin_key_figures": """
B|首页 | 统计数据 | 统计公报 | 数据解读
云川市2026年前三季度经济运行情况
主要指标
● 地区生产总值1,862.4亿元，同比增长5.6%
● 规模以上工业增加值增长7.1%
● 社会消费品零售总额735.2亿元，增长4.8%
● 城镇居民人均可支配收入41,260元
一、工业生产稳中有升
前三季度，全市规模以上工业增加值同比增长7.1%，其中高技术制造业增长12.4%，占规模以上工业增加值的比重为28.3%，较上年同期提高1.6个百分点。
""",
    "policy_hans_points_as_clauses": """
B|首页 > 政策文件
关于支持冷链物流设施建设的若干措施
政策要点
• 对新建冷库按每立方米60元给予一次性补助；
• 单个项目补助不超过300万元；
• 补助资金由市、区财政按1:1比例分担。
二、申报条件
申报企业须在本市登记注册，项目于2026年1月1日以后开工建设，且已完成竣工验收。申报材料由各区商务部门初审后报市商务局。
""",
    "tourism_hant_macau_highlights": """
B|主頁 | 新聞 | 統計資料
十月旅遊統計
重點數據
• 入境旅客328.6萬人次，按年上升9.4%
• 留宿旅客平均逗留1.6晚
• 酒店入住率為88.2%
詳細分析
十月份國慶黃金周期間，內地旅客佔入境旅客總數約七成，其中個人遊旅客按年增加12.3%，而國際旅客則按年上升21.5%，主要來自韓國及菲律賓。
""",
    "statistics_hant_tw_export_summary": """
B|首頁 | 最新消息 | 統計發布
115年10月海關進出口貿易統計
重點摘要
● 出口值432.8億美元，年增15.6%
● 進口值351.2億美元，年增9.8%
● 出超81.6億美元
說明
本月出口受惠於人工智慧伺服器及高效能運算需求持續強勁，資通與視聽產品出口年增47.2%，電子零組件出口亦創同月新高。
""",
    # ---- labelled fields of notices (text)
    "award_hant_tw_fields": """
B|首頁 > 標案查詢 > 決標公告
機關名稱：嘉義縣政府水利處
標案名稱：嘉義縣朴子溪排水改善第三期工程
決標方式：最低標
決標日期：115/09/15
預算金額：52,800,000元
底價金額：49,600,000元
決標金額：47,380,000元
投標廠商家數：3
得標廠商：嘉豐營造有限公司
工程內容：改善排水路2.6公里，新設抽水站一座，預定116年6月底前完工。
""",
    "tender_hans_fields": """
B|首页 | 交易信息 | 招标公告
青禾县污水管网改造工程招标公告
项目编号：QH-2026-0412
预算金额：1,280万元
最高限价：1,250万元
开标时间：2026年8月12日9时30分
工期：180日历天
保证金：20万元
投标人须具备市政公用工程施工总承包二级及以上资质，并在人员、设备、资金等方面具有相应的施工能力。
""",
    "statistics_hans_fields": """
B|首页 | 统计信息
澜江市2026年上半年主要经济指标
地区生产总值：1,284.6亿元
增速：5.3%
固定资产投资：增长4.1%
进出口总额：386.2亿元
上半年，全市经济运行总体平稳，工业生产和消费市场持续恢复，主要指标增速均高于全省平均水平。
""",
    "land_sale_hant_hk_fields": """
B|首頁 > 新聞公報 > 土地
地段編號：新九龍內地段第6621號
地盤面積：約5,180平方米
成交價：港幣21.6億元
投標者數目：7
地政總署今日公布，上述位於啟德的住宅用地已批予一間發展商，批出的地價較市場估值上限高出約8%。
""",
    "award_hant_macau_fields": """
B|主頁 | 公共工程 | 判給公告
項目名稱：氹仔北區公共停車場建造工程
判給實體：運輸工務司
判給金額：澳門元3,420萬元
判給日期：2026年11月3日
工期：420工作天
判給公司：澳利建築有限公司
工程將設置約650個車位，並預留電動車充電設施，預計2028年初落成啟用。
""",
    # ---- hard negatives: menus, other articles' titles, the site's fields, a footer (chrome)
    "news_hans_hot_list_above_article": """
B|首页 | 新闻 | 公告
B|• 我市召开安全生产工作会议
B|• 城北公园改造工程开工
B|• 青溪马拉松报名启动
B|• 市民服务中心延长办理时间
青溪港集装箱吞吐量创新高
今年前十个月，青溪港累计完成集装箱吞吐量412万标箱，同比增长8.3%，增速居全省沿海港口首位，其中外贸航线占比超过六成。
""",
    "news_hans_figure_titles_under_menu": """
B|首页 | 新闻 | 公告 | 服务
B|• 全市新增城镇就业3.2万人
B|• 一季度外贸进出口增长6.1%
B|• 城北新区新建停车位2400个
B|• 全市新能源汽车保有量突破10万辆
青溪港集装箱吞吐量创新高
今年前十个月，青溪港累计完成集装箱吞吐量412万标箱，同比增长8.3%，增速居全省沿海港口首位，其中外贸航线占比超过六成。
""",
    "news_hant_dated_titles_under_heading": """
B|首頁 | 新聞 | 公告 | 服務
B|港埠消息
B|• 上半年出口值年增12.4% 2026-07-09
B|• 桃園新增產業用地18公頃 2026-07-08
B|• 離岸風電併網容量達3.2吉瓦 2026-07-05
臺中港貨物吞吐量創同期新高
臺中港務分公司今日表示，上半年港口貨物吞吐量達6,180萬噸，較去年同期增加7.6%，其中散雜貨及貨櫃量均有成長。
""",
    "news_hans_dated_related_list_below": """
青溪市新增三条公交线路
为方便地铁沿线居民出行，市交通运输局决定自5月1日起新开三条公交线路，连接城北新区与地铁三号线各站点，早晚高峰发车间隔为8分钟。
B|• 全市一季度地区生产总值增长5.2% 2026-04-20
B|• 城北新区新增就业岗位3200个 2026-04-18
B|• 青溪港外贸航线增至42条 2026-04-15
B|• 市区新建停车位1.2万个 2026-04-12
""",
    "news_hant_site_fields_row": """
B|首頁 | 本地 | 財經
澳門九月博彩收入按年上升
B|編輯：陳小明
B|瀏覽次數：2381
B|字號：大 中 小
博彩監察協調局今日公布，九月份幸運博彩毛收入為186.2億澳門元，按年上升8.4%，首九個月累計收入按年上升6.9%。
""",
    "notice_hans_footer_address_rows": """
B|首页 | 通知公告
关于2026年度市级文化产业专项资金申报的通知
各有关单位：为推动文化产业高质量发展，现组织开展2026年度市级文化产业专项资金申报工作，每个项目资助金额不超过100万元，请于6月30日前提交材料。
B|主办单位：青溪市文化广电旅游局
B|地址：青溪市人民路88号
B|邮编：314000
B|网站标识码：3304000012
""",
    "portal_hans_menu_one_link_a_line": """
B|首页
B|新闻中心
B|政务公开
B|办事服务
B|互动交流
关于调整部分公交线路的公告
自2026年6月1日起，15路、28路公交线路调整走向，途经城北新区市民中心站，首末班时间不变，请广大市民留意站点信息。
""",
    "news_en_related_titles_below": """
Ferry fares frozen for another year
The transport department said on Monday that fares on the four outlying island routes would stay unchanged until the end of 2027, after operators received a subsidy of HK$86 million.
B|• Tram fares to rise 5% in July
B|• New cross-harbour bus route opens
B|• Airport express adds 12 daily trips
""",
    # ---- rows of page tools, led by the page's own label or not (chrome)
    "award_hans_label_and_tools_row": """
B|首页 > 采购公告
B|中标公告  打印  关闭
青溪县人民医院医疗设备采购项目中标公告
中标供应商为青溪康达医疗器械有限公司，中标金额为386.5万元，合同履行期限为90日历天，自合同签订之日起计算。
B|打印本页 | 返回列表
""",
    "filing_hans_detail_download_row": """
B|公告详情 | 下载PDF | 返回列表
青禾科技股份有限公司关于签订日常经营重大合同的公告
公司近日与青溪港务集团签订智能闸口系统采购合同，合同金额为人民币1.36亿元，约占公司上一年度经审计营业收入的18.2%。
""",
    "release_hant_tools_at_foot": """
B|首頁 > 新聞稿
澳門十一月消費物價指數按年上升1.2%
統計暨普查局公布，十一月綜合消費物價指數按年上升1.2%，其中食物及非酒精飲品價格上升2.4%，交通類價格則下降0.8%。
B|列印　轉寄　回頁頂
""",
    "notice_hant_tw_label_tools_row": """
B|招標公告　　友善列印　　轉寄
新竹市立動物園園區照明改善工程招標公告
本案預算金額新臺幣1,250萬元，採最低標決標，投標廠商應於115年3月10日下午5時前送達投標文件。
""",
    # ---- a date stamp followed by a share bar (chrome); the date alone stays text
    "news_hans_stamp_with_share_bar": """
B|首页 > 本地新闻
青溪港开通第42条外贸航线
B|2026-08-14 分享到：微信 微博
青溪港务集团今天宣布，青溪港至胡志明市的集装箱航线正式开通，每周一班，单船运力约2,800标箱。
""",
    "news_hant_stamp_with_share_bar": """
B|首頁 > 澳門
澳門十月旅客人次按年上升
B|2026年11月18日 10:30　分享至 Facebook LINE
統計局公布，十月入境旅客約326萬人次，按年上升9.6%，其中國慶黃金周期間日均旅客逾15萬人次。
""",
    "news_hans_stamp_alone_is_text": """
B|首页 > 本地新闻
青溪港开通第42条外贸航线
2026-08-14
青溪港务集团今天宣布，青溪港至胡志明市的集装箱航线正式开通，每周一班，单船运力约2,800标箱。
""",
    # ---- a newspaper's page label spelt out (chrome)
    "epaper_hant_page_label_spelt_out": """
B|首頁 | 本地 | 經濟 | 體育 | 副刊
B|版面：B05 經濟
澳門上季失業率維持1.8%
統計暨普查局公布，八月至十月總體失業率為1.8%，與上一期相同，就業人口約37.6萬人。
""",
    "epaper_hans_page_number_spelt_out": """
B|版次:07
B|青溪日报
城北新区新增就业岗位3200个
今年以来，城北新区新引进企业86家，带动新增就业岗位3200个，其中高校毕业生占比超过四成。
""",
    # ---- a language switch with the text-only version (chrome)
    "release_hant_text_only_version_switch": """
B|繁體 | 簡易版 | English
運輸署公布新巴士路線
運輸署今日宣布，新界西北區將於十二月新增兩條巴士路線，每日共提供約120班次，連接天水圍及屯門市中心。
""",
    # ---- an address with a phone number on one row at the foot (chrome); a sentence giving an address stays text
    "bureau_hant_address_phone_row_at_foot": """
B|首頁 > 新聞與公告
交通部公布十月高速公路車流量
十月份國道日平均交通量為158萬車次，較去年同月增加3.2%，連續假期期間最高單日交通量達241萬車次。
B|地址：404臺中市北區英才路8號　總機：(04)2222-9111
""",
    "bureau_hans_address_phone_row_at_foot": """
B|首页 > 通知公告
关于开展2026年度安全生产检查的通知
各有关单位：根据年度工作安排，市应急管理局将于9月对全市危险化学品企业开展安全生产检查，检查结果将在官网公布。
B|地址:青溪市人民路88号  电话:0573-86012345
""",
    "notice_hans_address_in_a_sentence": """
B|首页 > 通知公告
关于举办2026年青溪市民文化节的通知
文化节主会场地址:青溪市人民路88号,开放时间为每日9时至17时。
本届文化节共安排各类活动56场，其中免费活动占比超过八成，预计吸引市民游客约12万人次。
""",
    # ---- a row of featured items under a "热门…" label (chrome); a sentence with one stays text
    "property_hans_featured_developments_row": """
B|首页 | 新房 | 二手房 | 资讯
青溪城北地块以12.6亿元成交
青溪市城北新区一宗住宅用地今日以12.6亿元成交，楼面价每平方米1.38万元，溢价率为16.4%，由本地房企竞得。
B|热门楼盘：江湾·澜庭　滨湖·锦园　云溪里
""",
    "tourism_hant_featured_sights_row": """
B|首頁 | 旅遊 | 美食
澳門十月酒店入住率達88%
旅遊局表示，十月份酒店平均入住率為88.2%，按年上升3.1個百分點，其中五星級酒店入住率逾九成。
B|熱門景點：大三巴牌坊　議事亭前地　官也街
""",
    "tourism_hans_featured_sights_in_a_sentence": """
B|首页 > 文旅
青溪国庆假期接待游客186万人次
热门景点:青溪古镇、湿地公园和城北文化园均迎来客流高峰,日均接待游客超过8万人次。
假期全市实现旅游收入14.2亿元，同比增长9.6%。
""",
    # ---- a bilingual breadcrumb and a bilingual press contact (chrome)
    "release_bilingual_breadcrumb_and_contact": """
B|首頁 Home > 新聞公告 News
中科園區前十月營業額成長18%
中部科學園區管理局今日公布，園區今年1至10月營業額達新臺幣9,826億元，較去年同期成長18.4%，創歷年同期新高。
B|新聞聯絡人 Contact：企劃組 陳專員 (04)2565-8588
""",
    "release_hans_bilingual_breadcrumb": """
B|首页 HOME » 新闻 News
青溪港前十月集装箱吞吐量增长8%
青溪港务集团今日公布，今年1至10月青溪港完成集装箱吞吐量412万标箱，同比增长8.3%，外贸航线增至42条。
""",
    # ---- the site's name before a menu from the front page (chrome)
    "bureau_hans_name_and_menu_from_home": """
B|青溪市统计局　首页　数据发布　统计公报　政务公开
青溪市2026年1至10月工业生产情况
1至10月，全市规模以上工业增加值同比增长6.8%，其中装备制造业增长11.2%，高技术制造业增长14.5%。
""",
    "bureau_hant_name_and_menu_from_home": """
B|澜江市交通運輸局 首頁 最新消息 便民服務 資訊公開
澜江市公車十月運量創新高
十月份市區公車總運量達1,286萬人次，較去年同期增加7.4%，其中新闢的三條幹線日均運量逾2萬人次。
""",
    # ---- related statistics and data behind a label (chrome)
    "statistics_hant_related_statistics_row": """
B|主頁 > 新聞稿
第三季失業率為1.8%
統計暨普查局公布，第三季總體失業率為1.8%，本地居民失業率為2.3%，就業不足率為1.1%，均與上一季相若。
B|相關統計：失業率（季度）　｜　人口估計
""",
    "statistics_hans_related_data_row": """
B|首页 > 统计数据
青溪市前三季度居民收入稳步增长
前三季度，全市居民人均可支配收入41,260元，同比增长5.4%，其中城镇居民增长4.9%，农村居民增长6.3%。
B|相关数据:2026年上半年全市居民收支情况
""",
    # ---- a government press room's footer row (chrome)
    "release_hant_press_room_footer_row": """
B|首頁 > 新聞公報
渠務署公布雨水排放隧道工程進展
渠務署今日表示，荔枝角雨水排放隧道擴建工程已完成約六成，預計2027年底竣工，屆時可將區內防洪標準提升至五十年一遇。
B|本署新聞 | 新聞檔案 | 訂閱新聞公報
""",
    "release_hans_press_room_footer_row": """
B|首页 > 新闻发布
青溪市发布2026年度财政预算执行情况
市财政局今日公布，1至10月全市一般公共预算收入完成286.4亿元，同比增长4.2%，完成年度预算的83.5%。
B|新闻档案 · 订阅新闻公报
""",
    # ---- a public body's name in two languages as the page's first line (chrome); further down it is the issuer (text)
    "release_bilingual_agency_header": """
B|青溪市港务局 Qingxi Port Authority
B|首页 Home > 新闻动态 News
青溪港前十月集装箱吞吐量增长8%
Qingxi port container volume up 8% in ten months
青溪港务局今日公布，今年1至10月青溪港完成集装箱吞吐量412万标箱，同比增长8.3%，外贸航线增至42条。
The port authority said on Monday that the port handled 4.12 million TEUs in the first ten months, up 8.3 percent.
""",
    "release_hant_bilingual_agency_header": """
B|澜江市統計局 Lanjiang Municipal Bureau of Statistics
B|首頁 > 新聞稿
澜江市第三季失業率降至2.1%
統計局今日公布，第三季失業率為2.1%，較上一季下降0.2個百分點，就業人口約86.4萬人，按年增加1.8%。
""",
    "notice_bilingual_issuer_above_title_is_text": """
B|首页 > 通知公告
青溪市港务局 Qingxi Port Authority
关于调整港区集卡通行时段的通告
Notice on new hours for container trucks in the port area
自2026年12月1日起，港区集卡通行时段调整为每日6时至22时，其余时段禁止集卡进入港区道路。
""",
}


test_the_probe_takes_no_article_line_and_finds_its_chrome, test_each_page_is_judged_line_by_line = (
    exact_page_tests(PAGES)
)


# Each chrome line of a class, put in its place on one invented page: at the
# top above the title, under the title as its stamp, or at the foot after the
# last paragraph. Only that line is chrome; the page's own lines stay text.
PAGE_TOP = ["青溪港前十月集装箱吞吐量增长8%"]
PAGE_BODY = [
    "青溪港务集团今日公布，今年1至10月青溪港完成集装箱吞吐量412万标箱，同比增长8.3%，外贸航线增至42条。",
    "集团表示，明年将新开两条东南亚航线，并在城北港区新建两个万吨级泊位，总投资约36亿元。",
]
CHROME_LINES: list[tuple[str, str]] = [
    # rows of page tools, with or without the page's label
    ("foot", "中标公告  打印  关闭"),
    ("foot", "公告详情 | 下载PDF | 返回列表"),
    ("foot", "列印　分享　回頁頂"),
    ("top", "招標公告　友善列印　轉寄"),
    ("foot", "成交公告 | 下载PDF | 返回列表"),
    ("foot", "打印本页 | 回到顶部"),
    # a date stamp followed by a share bar
    ("stamp", "2026-08-14 分享到：微信 微博"),
    ("stamp", "2026年11月18日 10:30　分享至 Facebook LINE"),
    ("stamp", "2026/05/06 分享到: QQ空间 朋友圈"),
    ("stamp", "2026-03-02 09:15 分享：微信"),
    ("stamp", "2026年3月2日　分享到：微博"),
    ("stamp", "2026.07.21 分享至 WhatsApp"),
    # a newspaper's page label spelt out
    ("top", "版面：B05 經濟"),
    ("top", "版次:07"),
    ("top", "版面:A01 要闻"),
    ("top", "版次：12"),
    ("top", "版面：C03 體育"),
    ("top", "版面: A08 国际"),
    # a language switch naming the text-only version
    ("top", "繁體 | 簡易版 | English"),
    ("top", "简易版 | English"),
    ("top", "English | 簡易版"),
    ("top", "簡易版 | 简体 | English"),
    # an address with a phone number on one row at the foot
    ("foot", "地址：404臺中市北區英才路8號　總機：(04)2222-9111"),
    ("foot", "地址:青溪市人民路88号  电话:0573-86012345"),
    ("foot", "地址：澳門新馬路100號　電話：(853) 2833 1234"),
    ("foot", "地址:青溪市城北新区文化路6号 传真:0573-86012399"),
    ("foot", "联系地址：澜江市江滨路12号　服务热线：0571-88886666"),
    ("foot", "單位地址：新竹市東區光復路二段101號　總機：03-5715131"),
    # a row of featured names under a "热门…" label
    ("foot", "热门楼盘：江湾·澜庭　滨湖·锦园　云溪里"),
    ("foot", "熱門景點：大三巴牌坊　議事亭前地　官也街"),
    ("foot", "热门车型：青溪EV5 青溪X3 青溪M7"),
    ("foot", "热门专题：防汛 抗旱 安全生产"),
    ("foot", "熱門話題：颱風 停班停課 疫苗"),
    ("foot", "热门课程：人工智能 数据分析 财务管理"),
    # a bilingual breadcrumb
    ("top", "首頁 Home > 新聞公告 News"),
    ("top", "首页 HOME » 新闻 News"),
    ("top", "首页 Home > 通知公告 Notices"),
    ("top", "首頁 Home > 最新消息 News"),
    ("top", "网站首页 Home > 政务公开 Government"),
    ("top", "首页 Home / 新闻中心 News"),
    # a bilingual press contact after the last paragraph
    ("foot", "新聞聯絡人 Contact：企劃組 陳專員 (04)2565-8588"),
    ("foot", "新闻联系人 Contact：办公室 王科长 0573-86012345"),
    ("foot", "新聞聯絡人 Contacts：綜合規劃組 吳專員 (03)577-3311"),
    # a government office's name before its menu from the front page
    ("top", "青溪市统计局　首页　数据发布　统计公报　政务公开"),
    ("top", "澜江市交通運輸局 首頁 最新消息 便民服務 資訊公開"),
    ("top", "青禾县人民政府 首页 政务公开 办事服务 互动交流"),
    ("top", "青溪市商务局 首页 通知公告 政策文件 办事指南"),
    ("top", "新竹市政府 首頁 市政新聞 便民服務 公告資訊"),
    ("top", "澳門統計暨普查局 首頁 統計數據 新聞稿 統計刊物"),
    # related statistics and data behind a label
    ("foot", "相關統計：失業率（季度）　｜　人口估計"),
    ("foot", "相关数据:2026年上半年全市居民收支情况"),
    ("foot", "相关统计：工业生产 | 固定资产投资"),
    ("foot", "相关数据：季度GDP"),
    ("foot", "相關數據：旅客人次（月度）"),
    ("foot", "相关统计:居民消费价格指数"),
    # a government press room's footer row
    ("foot", "本署新聞 | 新聞檔案 | 訂閱新聞公報"),
    ("foot", "新闻档案 · 订阅新闻公报"),
    ("foot", "今日新闻 | 新闻档案"),
    ("foot", "新聞檔案 | 訂閱新聞公報 | 回頁頂"),
]


def page_with(slot: str, chrome: str) -> str:
    """The invented page with `chrome` marked in its `slot`."""
    top = [f"B|{chrome}"] if slot == "top" else []
    stamp = [f"B|{chrome}"] if slot == "stamp" else []
    foot = [f"B|{chrome}"] if slot == "foot" else []
    return "\n".join(["B|首页 > 新闻中心", *top, *PAGE_TOP, *stamp, *PAGE_BODY, *foot])


@pytest.mark.parametrize(("slot", "chrome"), CHROME_LINES, ids=[line for _, line in CHROME_LINES])
def test_each_chrome_line_is_found_in_its_place(slot: str, chrome: str) -> None:
    assert wrong_lines(page_with(slot, chrome)) == []


# Lines of the article that share a chrome class's words: they stay text
# between its paragraphs (or, for the date alone, under the title).
TEXT_LINES: list[tuple[str, str]] = [
    ("body", "展馆地址:青溪市人民路88号,开放时间为每日9时至17时。"),
    ("body", "热门景点:青溪古镇、湿地公园和城北文化园均迎来客流高峰,日均接待游客超过8万人次。"),
    ("body", "市民可在新闻档案中查阅历年公报，也可订阅新闻公报的电子版本。"),
    ("body", "简易版申请表可在各区市民服务中心领取，也可在网上下载打印。"),
    ("body", "中标公告显示，打印设备采购项目由本地企业以186万元中标。"),
    ("body", "相关数据显示，前三季度全市居民人均可支配收入增长5.4%。"),
    ("body", "版面设计大赛今日开幕，共有来自12所高校的86件作品参赛。"),
    ("stamp", "2026-08-14"),
    ("stamp", "2026年11月18日 10:30"),
]


def page_with_text(slot: str, line: str) -> str:
    """The invented page with the article's own `line` in its `slot`."""
    if slot == "stamp":
        return "\n".join(["B|首页 > 新闻中心", *PAGE_TOP, line, *PAGE_BODY])
    return "\n".join(["B|首页 > 新闻中心", *PAGE_TOP, PAGE_BODY[0], line, PAGE_BODY[1]])


@pytest.mark.parametrize(("slot", "line"), TEXT_LINES, ids=[line for _, line in TEXT_LINES])
def test_each_article_line_with_chrome_words_stays_text(slot: str, line: str) -> None:
    assert wrong_lines(page_with_text(slot, line)) == []
