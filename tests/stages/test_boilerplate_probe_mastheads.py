"""Seventh probe of page chrome: a site's name and desk at the top of the page.

Whole invented pages whose first lines name the site rather than the story:
a paper and its desk as a row of two items ("江城晚報 | 財經"), a portal
named "…在线" or "…之窗" alone above the title, and an English public
body's name as the site's header right above the title ("Lanjiang Maritime
Bureau"), and a desk's name on the page's date stamp ("財經 2024-05-06
10:20"; the page is still dated by it), the site's header row ending in
the switch to the other language, a press room's footer row of its
archive, and a site's section and subsection joined by a bar ("新聞中心 |
投資推廣"). Hard negatives stay text: a column label before a headline on
one line, a title that ends in 在线 as an adverb ("全程在线"), a Q&A column
with a guest ("专家在线") inside the article, a body's name that heads a
release with a label between it and the title (the issuer), a body's name
under the title or inside the article, and a body's name followed straight
by a paragraph, a stamp with a byline or a source beside it, a date
without a time, a short title right above the page's date stamp (a stamp
is no navigation, so nothing above it is the site's header), a language named inside a sentence, a pair of places
over a table, a section word before a headline on one line, and a credited caption
that says what happens or states a figure (text, as the schema keeps every
caption that does more than name its picture).
Every line is marked by hand: `B` for chrome, `T` for the article's text.
Every line is written for this probe.
"""

# Whole pages keep each of their lines on one source line, as printed.
# ruff: noqa: E501

from __future__ import annotations

from tests.stages.test_boilerplate_probe_families import exact_page_tests

PAGES: dict[str, str] = {
    # ---- a paper and its desk, a row of two items
    "paper_desk_hant_finance": """
B|海港晚報 | 財經
本地樓價連跌三個月
差餉物業估價署數據顯示，三月份私人住宅售價指數按月下跌1.2%，較去年高位累計回落約8%。
""",
    "paper_desk_hans_news_fullwidth_bar": """
B|首页 | 新闻 | 财经 | 体育
B|南湖日报｜要闻
南湖市今年投入5亿元改造老旧小区
记者从市住建局获悉，今年全市计划改造老旧小区120个，涉及居民约3.6万户，总投资约5亿元。
""",
    "paper_desk_hant_slash_local": """
B|東岸時報 / 港聞
東岸隧道收費下月起上調兩元
運輸署表示，東岸隧道私家車收費將由每程20元上調至22元，預計每日車流約6.5萬架次。
""",
    "paper_desk_portal_online_local": """
B|滨海在线 | 本地
滨海新区新增三条公交线路
滨海新区昨日起新增三条公交线路，总投资约1.2亿元，惠及沿线居民约8万人。
""",
    "paper_desk_en_kept_by_its_rule": """
B|Harbour Herald | Business
Copper prices hit a two-year high
Copper prices rose 2.4 percent on Tuesday, their highest close in two years, traders said.
""",
    "column_label_before_headline_is_text": """
B|首頁 | 財經 | 地產
港股 | 恒指半日升320點
恒指半日升320點，收報17,560點，成交額約580億元。
""",
    "commentary_with_bar_is_text": """
本报评论 | 不要让补贴变成负担
今年以来，各地出台的消费补贴超过200项，补贴的发放方式应当更加简便。
""",
    # ---- a portal named 在线 or 之窗 alone above the title
    "portal_online_above_title": """
B|江城在线
江城新区新增三条公交线路
本报讯 江城新区昨日起新增三条公交线路，总投资约1.2亿元。
""",
    "portal_window_above_title_hant": """
B|青嵐之窗
青嵐鎮春茶開採 產量料增一成
青嵐鎮今年春茶種植面積約3,200畝，預計產量按年增加約一成。
""",
    "portal_online_below_menu": """
B|首页 > 本地新闻
B|溪口在线
溪口镇首季工业产值增长7.5%
溪口镇第一季度规模以上工业产值达36.8亿元，同比增长7.5%。
""",
    "title_ending_in_online_adverb_is_text": """
政务服务全程在线
记者从市政务服务中心获悉，全市已有1,260项政务服务事项实现全程网上办理，占比达92%。
""",
    "guest_column_inside_article_is_text": """
春季如何预防过敏性鼻炎
春季花粉浓度升高，过敏性鼻炎患者增多，市人民医院耳鼻喉科门诊量较上月增加约三成。
专家在线
市人民医院耳鼻喉科主任医师林一介绍，外出时佩戴口罩可以减少约七成的花粉吸入。
""",
    # ---- an English public body's name as the site's header
    "body_name_below_menu_above_title": """
B|Home | News | Business | Sport
B|Census and Statistics Department
Retail sales value rose 3.1% in October
Retail sales value in October rose by 3.1% over a year earlier, the department said on Monday.
""",
    "body_name_as_first_line_ministry": """
B|Ministry of Economic Affairs
Export orders rise 5.2 percent in November
TAIPEI, Dec. 20 — Export orders received by local firms rose 5.2 percent in November from a year earlier, the ministry said.
""",
    "body_name_in_capitals_then_title": """
B|LANJIANG MARITIME AND PORT BUREAU
Port throughput falls 4% in April
Container throughput at Lanjiang fell 4 percent in April to 1.3 million TEUs, the bureau said.
""",
    "body_name_office_of_then_title": """
B|Skip to main content
B|Office of the Government Economist
Growth forecast for 2026 kept at 2 to 3 per cent
The Government today kept its forecast of real GDP growth for 2026 at 2 to 3 per cent.
""",
    "issuer_with_release_label_is_text": """
B|Skip to main content
National Bureau of Energy Statistics
B|Press release
Power output climbs 4% in second quarter
Output of electricity rose 4 percent in the second quarter, the bureau said.
""",
    "body_name_under_title_is_text": """
Power output climbs 4% in second quarter
National Bureau of Energy Statistics
Output of electricity rose 4 percent in the second quarter, the bureau said.
""",
    "body_name_before_paragraph_is_text": """
Qingxi Competition Commission
The commission fined three cement makers a total of HK$12 million for fixing prices between 2022 and 2024.
""",
    "signatories_inside_article_are_text": """
Joint statement on the harbour clean-up
The two bodies agreed today to spend HK$80 million over three years on clearing floating refuse.
Lanjiang Environmental Protection Department
Qingxi Marine Department
The work will start in March 2027.
""",
    # ---- a desk's name on the page's date stamp
    "section_stamp_hant_finance": """
B|海港晚報
B|財經 2024-05-06 10:20
本地樓價連跌三個月
差餉物業估價署數據顯示，三月份私人住宅售價指數按月下跌1.2%。
""",
    "section_stamp_en_bar": """
B|Harbour Post
B|Business | 6 May 2024 10:20 AM
Port throughput falls 4% in April
Container throughput fell 4 percent in April to 1.3 million TEUs, the port authority said.
""",
    "section_stamp_en_under_title": """
Ferry fares frozen for another year
B|LOCAL | Nov 30, 2026 | 4:15 PM
Fares on the four outlying-island routes will stay at HK$17.5 until the end of 2027, the Transport Department said.
""",
    "section_stamp_hans_news_desk": """
B|首页 > 要闻
南湖新区首季引进项目42个
B|要闻　2025年3月2日 08:15
南湖新区第一季度新引进项目42个，计划总投资186亿元。
""",
    "stamp_with_byline_is_text": """
Port throughput falls 4% in April
Local | Lin Yi 6 May 2024 10:20 AM
Container throughput fell 4 percent in April.
""",
    "stamp_with_source_is_text": """
港口四月吞吐量跌4%
要闻 2025年5月6日 10:20 来源:江城日报
四月港口吞吐量下跌4%，为连续第三个月下跌。
""",
    "desk_and_date_without_time_is_text": """
港口四月吞吐量跌4%
财经 2025-05-06
四月港口吞吐量下跌4%，为连续第三个月下跌。
""",
    # ---- the site's header row ending in the language switch, a press room's footer row
    "header_row_with_switch_en": """
B|Press Releases | The Government of the Lanjiang Special Administrative Region | 中文
Lanjiang retail sales rise 3%
Retail sales rose 3 percent in October, the government said today, as visitor numbers picked up.
B|Today's Press Releases | Back to top
""",
    "header_row_with_switch_hant": """
B|新聞公報 | 澜江特別行政區政府 | English
零售業總銷貨價值上升3%
政府今日公布，十月零售業總銷貨價值較去年同月上升3%。
""",
    "header_row_body_and_switch": """
B|Lanjiang Port Authority | 繁體
Port throughput falls 4% in April
Container throughput fell 4 percent in April to 1.3 million TEUs, the authority said.
B|Press Releases Archive · Contact Us
""",
    "language_in_a_sentence_is_text": """
Lanjiang publishes its first bilingual budget
The budget papers, published in English | 中文 for the first time, run to 86 pages and cost HK$0.4 million to print.
""",
    # ---- a credited caption: only a name is chrome, a caption with a clause is text
    "caption_name_only_with_credit_is_chrome": """
南湖新区首季引进项目42个
南湖新区第一季度新引进项目42个，计划总投资186亿元。
B|▲南湖新区夜景。(图/记者林一摄)
""",
    "caption_with_a_clause_and_credit_is_text": """
Lanjiang port handles record volume
Container throughput at Lanjiang reached 3.1 million TEUs in the first eleven months.
A crane loads containers at the port on Tuesday, when 42 ships called. (Photo: Lanjiang Port Authority)
The authority expects 3.4 million TEUs for the full year.
""",
    "caption_with_a_figure_and_file_credit_is_text": """
數碼港五期明年動工
數碼港五期預計明年動工，總投資約55億元。
數碼港現有逾2,000間初創企業。（資料圖片）
工程預計2030年完成。
""",
    # ---- more shapes of the same classes
    "body_names_joined_by_comma": """
B|Bureau of Water, Ministry of the Environment
Reservoir storage at 78% after spring rains
Reservoir storage stood at 78 percent of capacity on Monday after two weeks of rain, the bureau said.
""",
    "body_name_yuan_below_menu": """
B|Home | News | Policies
B|Control Yuan
Audit finds NT$1.2 billion in idle assets
Auditors found NT$1.2 billion of idle assets held by 14 state agencies, the report said.
""",
    "paper_desk_dotted_hant": """
B|經濟日報 · 即時
恒指半日升320點
恒指半日升320點，收報17,560點，成交額約580億元。
""",
    "paper_desk_latin_in_name": """
B|hk.cc東網 | 港聞
東岸隧道收費下月起上調兩元
運輸署表示，東岸隧道私家車收費將由每程20元上調至22元。
""",
    "paper_desk_en_long_paper_name": """
B|South Lanjiang Morning Post | Business
Copper prices hit a two-year high
Copper prices rose 2.4 percent on Tuesday, their highest close in two years, traders said.
""",
    "headline_then_paper_is_text": """
Ferry Fares Rise Again in May | Harbour Post
Fares on the four outlying-island routes will rise to HK$18.2 in May, the operator said.
""",
    "section_stamp_weekday_hant": """
B|港聞 | 2024年5月6日 星期一 10:20
東岸隧道收費下月起上調兩元
運輸署表示，東岸隧道私家車收費將由每程20元上調至22元。
""",
    "section_stamp_comma_and_zone": """
Ferry fares frozen for another year
B|Business / 06 May 2024, 10:20 HKT
Fares on the four outlying-island routes will stay at HK$17.5 until the end of 2027.
""",
    # ---- a short title right above the page's stamp stays the title
    "short_title_above_section_stamp": """
Port throughput falls 4%
B|Hong Kong | 2024-05-06 10:20
Container throughput fell 4 percent in April to 1.3 million TEUs.
""",
    "short_title_above_stamp_with_share_bar": """
港口吞吐量跌4%
B|2026-08-14 分享到：微信 微博
四月港口吞吐量下跌4%，為連續第三個月下跌。
""",
    "short_title_above_dashed_desk_stamp": """
港口吞吐量跌4%
B|財經 - 2024-05-06 10:20
四月港口吞吐量下跌4%，為連續第三個月下跌。
""",
    # ---- a site's section and its subsection joined by a bar
    "section_pair_bar_hant": """
B|新聞中心 | 投資推廣
澜江去年吸引外資項目增加12%
投資推廣署表示，去年協助的外資項目共計412個，按年增加12%。
""",
    "section_pair_bar_hans_disclosure": """
B|信息公开 | 规划计划
南湖新区2026年重点项目计划
南湖新区今年安排重点项目86个，计划总投资420亿元。
""",
    "section_pair_bar_topic": """
B|专题 | 乡村振兴
溪口镇春茶开采 产量料增一成
溪口镇今年春茶种植面积约3,200亩，预计产量同比增加约一成。
""",
    "region_table_head_is_text": """
三地旅客人次比较
今年首十个月三地接待旅客人次如下。
香港 | 澳門
3,450萬 | 2,810萬
""",
    "section_word_before_headline_is_text": """
新闻中心 | 我市新增三条公交线路今日正式开通
市交通局介绍，三条新线路全长约46公里，日均运力约1.2万人次。
""",
    # ---- a body's header with its government, its country or its initials
    "body_name_then_government_then_title": """
B|Census and Statistics Department
B|The Government of the Lanjiang Special Administrative Region
Retail sales value rose 3.1% in October
Retail sales value in October rose by 3.1% over a year earlier, the department said on Monday.
""",
    "body_name_with_country": """
B|Ministry of Trade and Industry, R.O.C.
Export orders rise 5.2 percent in November
TAIPEI, Dec. 20 — Export orders received by local firms rose 5.2 percent in November, the ministry said.
""",
    "body_name_with_initials": """
B|Lanjiang Environmental Protection Department (EPD)
Air quality improved in the third quarter
The department said roadside pollutant levels fell by 12 percent in the quarter.
""",
    "three_body_names_are_a_list_not_a_header": """
Lanjiang Marine Department
Lanjiang Fire Services Department
Lanjiang Police Authority
Joint drill held off Qingxi island
About 300 officers took part in a joint sea rescue drill off Qingxi island on Tuesday.
""",
}


test_the_probe_takes_no_article_line_and_finds_its_chrome, test_each_page_is_judged_line_by_line = (
    exact_page_tests(PAGES)
)
