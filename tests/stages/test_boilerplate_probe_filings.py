"""Fourth probe of page chrome: filings, tenders, budgets and bilingual government pages.

Whole invented pages of genres the earlier probes lack: a listed company's
announcement signed "By order of the Board" (its signature block is text,
also the company's name under it, which the page's first line repeats), a
tender notice whose numbered contact section or whose contact field closes
the notice (text), a budget site's menu led by the publication's title and
year, footer rows that end in the page's revision date, contact lines for
the press (chrome: a line naming the author or the source stays text),
bilingual menus and share bars, and font-size levels beside share buttons
in traditional script. Every line is marked by hand: `B` for chrome, `T`
for the article's text. Every line is written for this probe.
"""

# Whole pages keep each of their lines on one source line, as printed.
# ruff: noqa: E501

from __future__ import annotations

from tests.stages.test_boilerplate_probe_families import exact_page_tests

PAGES: dict[str, str] = {
    # ---- signature blocks of filings (text)
    "filing_en_signed_by_order_of_the_board": """
B|ExchangeNews | Issuer Information | Advanced Search | Login
SILVER CREST HOLDINGS LIMITED
(Incorporated in the Cayman Islands with limited liability)
(Stock Code: 4417)
ANNUAL RESULTS ANNOUNCEMENT FOR THE YEAR ENDED 31 DECEMBER 2025
Revenue for the year rose by 8.2% to HK$3,412.6 million, driven by higher occupancy at the Group's two logistics parks in Yuen Long.
The Board recommends a final dividend of HK9 cents per share, payable on 18 June 2026 to shareholders on the register on 5 June 2026.
By order of the Board
Silver Crest Holdings Limited
Lee Wai Man
Company Secretary
Hong Kong, 27 March 2026
B|Back to top | Privacy Policy | Disclaimer | © 2026 ExchangeNews
""",
    "filing_hant_signed_under_the_board": """
B|公告易 | 上市公司公告 | 進階搜尋 | 登入
翠嶺能源集團有限公司
（於百慕達註冊成立的有限公司）
（股份代號：3381）
截至二零二五年六月三十日止六個月之中期業績公告
本集團期內收益為港幣41.27億元，較去年同期增加5.6%，主要由於新界西北太陽能電站全面投產。
董事會已宣派中期股息每股港幣0.06元，將於二零二五年九月二十六日派付。
承董事會命
翠嶺能源集團有限公司
執行董事
何嘉欣
香港，二零二五年八月二十二日
B|返回頁首  |  私隱政策  |  免責聲明  |  © 2025 公告易
""",
    "filing_en_on_behalf_of_the_board_short": """
HARBOURLINE PORTS LIMITED
(Stock Code: 6120)
VOLUNTARY ANNOUNCEMENT
The Board announces that the Group has signed a 20-year concession for a new container berth at Kwai Tsing, with an expected capital outlay of HK$2.4 billion.
On behalf of the Board
Harbourline Ports Limited
Chan Tai Man
Chairman
Hong Kong, 3 March 2026
""",
    "filing_without_an_opener_dated_under_the_signature": """
B|ExchangeNews | Issuer Information | Advanced Search | Login
JADEVIEW PROPERTIES LIMITED
(Stock Code: 2290)
PROFIT WARNING
The Board wishes to inform shareholders that the Group expects a net loss of not more than HK$180 million for the six months ended 30 June 2025, compared with a profit a year earlier.
Jadeview Properties Limited
Ho Siu Wai
Executive Director
Hong Kong, 9 July 2025
B|Back to top | Privacy Policy | Disclaimer | © 2025 ExchangeNews
""",
    "filing_hans_company_name_repeated_in_signature": """
B|首页 | 信息披露 | 上市公司公告 | 定期报告 | 临时公告
浙江青川环保科技股份有限公司
关于全资子公司签订日处理5万吨污水处理项目特许经营协议的公告
本公司全资子公司青川水务有限公司于2025年8月26日与湖州市南浔区人民政府签订特许经营协议，项目总投资约4.2亿元，特许经营期30年。
协议的签订预计将对公司未来年度经营业绩产生积极影响，不会对本年度业绩构成重大影响。
特此公告。
浙江青川环保科技股份有限公司
董事会
2025年8月28日
B|版权所有 © 2025 信披在线  浙ICP备05012345号
""",
    "filing_hans_hk_board_order_in_simplified": """
恒远建设控股有限公司
(于开曼群岛注册成立的有限公司)
(股份代号:1877)
须予披露交易 收购物流中心
董事会宣布，本公司之间接全资附属公司已同意以代价港币6.8亿元收购位于屯门之一幢物流中心，收购事项预期于二零二六年一月完成。
承董事会命
恒远建设控股有限公司
主席
张伟明
香港，二零二五年十二月五日
B|返回页首 | 私隐政策 | 免责声明
""",
    # the signing company's name is the page's first line too
    "filing_en_company_first_and_signing": """
Lantern Bay Utilities Limited
(Stock Code: 0719)
Announcement of a Major Contract
The Board announces that the Group has been awarded a contract worth HK$1.9 billion to build and operate a sludge treatment plant in Tuen Mun for 15 years.
By order of the Board
Lantern Bay Utilities Limited
Kwok Mei Yee
Company Secretary
Hong Kong, 2 June 2026
B|Back to top | Privacy Policy | Disclaimer
""",
    "filing_hant_taiwan_company_first_and_signing": """
東岳光電股份有限公司
公告本公司取得新竹科學園區廠房
本公司董事會決議以新臺幣18億元取得新竹科學園區竹南園區廠房一棟，總樓地板面積約2.6萬平方公尺，預計明年第二季啟用。
特此公告
東岳光電股份有限公司
中華民國115年6月10日
B|隱私權政策 ｜ 網站導覽 ｜ 最後更新日期：2026-06-10
""",
    "filing_hans_board_signing_under_the_company": """
江南港务集团股份有限公司
关于投资建设5万吨级集装箱泊位的公告
公司拟投资约12.6亿元在太仓港区建设2个5万吨级集装箱泊位，建设期约30个月，资金来源为自有资金及银行贷款。
特此公告。
江南港务集团股份有限公司
2026年5月9日
B|返回顶部 | 网站地图 | 联系我们
""",
    # a real headline list after an article still is chrome
    "press_release_then_headlines_about_the_board": """
Harbour Group names new chief executive
Harbour Group said on Monday that its board had appointed Wong Siu Ling as chief executive from 1 April, succeeding Chan Ka Wai, who retires after 12 years in the post.
B|Board approves new share buyback plan
B|Port operator posts record first-quarter volume
B|Ferry unit to add two electric vessels
B|Copyright © 2026 Harbour Daily. All rights reserved.
""",
    # a headline list right under a dated signature is still chrome, and
    # sentences about the share price are text
    "filing_signed_then_other_headlines": """
PACIFIC CREST LIMITED
(Stock Code: 1234)
The Board announces that the Group's revenue for the year rose by 8.2% to HK$3,412.6 million, and that its share price closed at HK$4.12 on the last trading day of the year.
Shares of the Group rose 3% after the results; the share price has doubled since 2023.
By order of the Board
Pacific Crest Limited
Lee Wai Man
Company Secretary
Hong Kong, 27 March 2026
B|Harbour Group names new chief executive
B|Port operator posts record first-quarter volume
B|Ferry unit to add two electric vessels
B|Copyright © 2026 Harbour Daily. All rights reserved.
""",
    # ---- tender notices: the contact section and contact field are text
    "tender_hans_numbered_contact_section": """
B|您当前的位置：首页 » 交易信息 » 政府采购 » 采购公告
B|【字体：大 中 小】 打印本页 关闭窗口
南浔区城西污水管网改造工程施工招标公告
发布时间：2025-10-09 09:00   来源：南浔区公共资源交易中心
1. 招标条件
本招标项目南浔区城西污水管网改造工程已由南浔区发展和改革局批准建设，招标人为南浔城投建设有限公司，资金来源为财政资金，项目已具备招标条件，现对该项目的施工进行公开招标。
2. 项目概况
2.1 建设规模：新建污水管网约18公里，改造泵站2座。
2.2 计划工期：300日历天。
3. 投标文件的递交
投标文件递交的截止时间为2025年10月30日9时30分，逾期送达的不予受理。
4. 联系方式
招标人：南浔城投建设有限公司    联系人：王工    电话：0572-3012345
招标代理机构：嘉湖项目管理有限公司    电话：0572-3016789
代理机构地址：湖州市南浔区人民路88号
B|相关链接： 浙江省公共资源交易网 | 湖州市公共资源交易网
B|主办单位：南浔区公共资源交易中心  技术支持：湖州信达软件  网站标识码：3305030012
""",
    "tender_hans_chinese_numbered_contact_section": """
B|当前位置：首页 > 采购公告 > 公开招标
青溪县人民医院医疗设备采购项目公开招标公告
一、项目基本情况
采购内容：CT机1台、彩色超声诊断仪3台，预算金额860万元。
二、获取招标文件
时间：2025年5月6日至2025年5月12日，每天上午9:00至11:30。
三、提交投标文件截止时间
2025年5月27日9点30分（北京时间）。
四、联系方式
采购人：青溪县人民医院
采购代理机构：青溪县公共资源交易中心
项目联系人：李工
B|网站地图 | 联系我们 | 隐私声明
""",
    "tender_hant_contact_field_closes_the_notice": """
B|採購公告網 ｜ 首頁 ＞ 標案查詢 ＞ 招標公告
B|列印 ｜ 回上一頁
新竹縣政府工務處公開招標公告
標案名稱：竹北市東海溪護岸改善工程
標案案號：PW-115-0088
預算金額：新臺幣1億2,300萬元
履約期限：決標次日起360日曆天
工程概要：改善護岸長度約1.6公里，新建攔砂壩1座。
押標金：新臺幣500萬元
聯絡人：王先生  電話：(03)551-8101分機321
B|本網站由縣政府建置 ｜ 客服專線：0800-000-123 ｜ 建議使用最新版瀏覽器
""",
    "tender_en_numbered_contact_section": """
B|Home > Procurement > Tender Notices
Invitation to Tender: Supply of 161 kV Cables for Yunlin Substation
1. Scope
The tender covers the supply and installation of 48 km of 161 kV cables and associated accessories for the new Yunlin coastal substation.
2. Eligibility
Bidders must have completed at least two contracts of similar scale within the past ten years.
3. Submission of bids
Bids must reach the Procurement Department by 10:00 on 20 November 2025; late bids will not be accepted.
4. Contact details
Tendering entity: Southern Grid Company
Contact person: Ms Lin, Procurement Department
Tel: (07) 331-2288 ext. 415
B|Copyright © 2025 Southern Grid Company. All rights reserved.
""",
    # a numbered list of other notices after a notice is still chrome
    "notice_then_numbered_related_list": """
南湖区水利局关于开展汛前检查的通知
各镇人民政府、街道办事处：今年全区共有小型水库17座，须于5月15日前完成汛前检查，请各单位按时报送检查情况，确保安全度汛。
南湖区水利局
2026年4月2日
B|1. 南湖区小型水库防汛责任人名单公示
B|2. 关于开展河道采砂专项整治的通告
B|3. 南湖区2026年水利建设计划
B|网站地图 | 联系我们 | 隐私声明
""",
    # ---- menus led by the publication's title and year
    "budget_site_menu_led_by_the_title": """
B|The 2025-26 Budget | Budget Speech | Highlights | Video | Infographics
B|Home > Budget Speech > Revenue Measures
The 2025-26 Budget
Revenue Measures
Estimates for 2025-26
31. For 2025-26, I propose to waive the business registration fees for a further year, benefiting about 1.5 million businesses at a cost of $3.2 billion.
32. I also propose to reduce salaries tax for 2024-25 by 100%, subject to a ceiling of $1,500, which will benefit 2 million taxpayers.
33. Rates for the first two quarters of 2025-26 will be waived, subject to a ceiling of $1,000 per quarter for each rateable property.
34. These measures will reduce government revenue by about $11.7 billion in 2025-26.
B|Top | Important Notices | Privacy Policy | Last revision date: 26 February 2025
""",
    "policy_address_menus_in_chinese": """
B|2025年施政報告 | 施政報告 | 施政綱領 | 短片 | 圖表
B|主頁 > 施政報告 > 房屋
房屋
政府會在未來五年興建約7萬個公營房屋單位，並將過渡性房屋的目標由2萬個增至2.5萬個。
首批簡約公屋將於明年第一季入伙，提供約1 800個單位。
B|網站導覽 ｜ 聯絡我們 ｜ 最後更新日期：2025年10月16日
""",
    "policy_address_menu_in_english": """
B|Policy Address 2025 | Address | Agenda | Videos | Supplement
Transport
The Government will complete the Tuen Mun South Extension by 2030 and take forward the planning of the Northern Link Eastern Section, with an estimated cost of about $45 billion.
B|Sitemap | Contact Us | Last updated: 17 October 2025
""",
    "county_budget_menu_in_simplified": """
B|2026年度预算 | 预算报告 | 部门预算 | 图解 | 问答
2026年全县一般公共预算收入安排48.6亿元，比上年增长5%，其中税收收入36.2亿元。
一般公共预算支出安排96.3亿元，重点保障教育、医疗和城乡基础设施建设。
B|返回顶部 | 最后更新日期：2026年1月20日
""",
    # ---- press contacts (chrome) and lines naming the author or source (text)
    "council_release_with_press_contact": """
B|南港市議會 首頁 > 議會新聞 > 新聞稿
議員關注輕軌二期延宕 捷運局：年底前提修正計畫
發布日期：115-04-08
南港市議會交通委員會今（8）日審查捷運工程局預算，議員關注輕軌二期工程進度落後約3個百分點。
局方表示，輕軌二期全長約9.8公里，總經費約新臺幣238億元，預計民國118年通車。
B|新聞聯絡人：秘書處 陳小姐 (07)331-5678
B|瀏覽人次：1,024 ｜ 更新日期：2026-04-08
""",
    "hospital_release_with_media_enquiries": """
B|主頁 > 新聞公告 > 新聞稿
北區醫院日間手術中心啟用
醫院聯網今日宣布，北區醫院新建的日間手術中心將於下月起投入服務，每年可處理約1萬2千宗手術。
新中心設有8間手術室及60張日間病床，工程費用約港幣15億元。
B|傳媒查詢：醫院聯網傳訊部  電話：2300 7788
B|私隱政策 ｜ 版權告示 ｜ 無障礙瀏覽
""",
    "english_release_with_media_enquiries": """
B|Home > Media Centre > Press Releases
New water treatment works to open in Sha Tin
The Water Department said today that the second stage of the Sha Tin water treatment works would be commissioned in June, raising its daily output by 150 000 cubic metres.
The works cost about $4.6 billion and took four years to build.
B|Media enquiries: Ms Wong, Senior Information Officer, Tel: 2835 1234
B|Important Notices | Privacy Policy
""",
    "mainland_release_with_press_contact": """
B|首页 > 新闻中心 > 工作动态
城西快速路二期主线贯通
记者 林一
来源：市交通运输局
4月8日，城西快速路二期工程主线全线贯通，全长12.6公里，总投资约48亿元，预计今年年底建成通车。
B|新闻联系人：市交通运输局办公室 王工 0571-87001234
B|媒体联系：林女士 电话：021-62345678
""",
    "taiwan_release_with_press_contact_on_two_lines": """
發布單位：交通部觀光署　　發布日期：115-03-12
B|瀏覽人次：1,206
115年2月來臺旅客人次較上年同月增加9.6%
交通部觀光署今（12）日公布，2月來臺旅客約86萬人次，較上年同月增加9.6%。
B|新聞聯絡人：周書婷 科長
B|電話：02-2349-1635
B|最後更新日期：115-03-12
""",
    "english_wire_with_press_contact": """
Taipei science park approves NT$12 billion in new investment
The park administration said on Tuesday that it had approved eight investment applications worth a combined NT$12 billion, most of them for chip packaging lines.
B|Press contact: Lin Yi, +886 2 2345 6789
""",
    "sentences_about_press_contacts_stay_text": """
新闻联络人制度已在全市各部门推开，各单位均指定了专人负责。
Media enquiries about the fare rise doubled last month, the department said.
如有查询，市民可致电1823与本署联络，热线24小时服务。
联系人：何平，联系电话：0573-82106677。
来源：市交通局
""",
    # ---- bilingual menus and share bars
    "bilingual_water_release": """
B|渠務署 Drainage Services Department ｜ 主頁 Home ｜ 新聞稿 Press Releases
荃灣雨水隧道第二期工程展開
Second stage of Tsuen Wan drainage tunnel begins
渠務署今日（五月六日）表示，荃灣雨水隧道第二期工程已於本月動工，預計2029年完成，工程費用約港幣38億元。
The Drainage Services Department said today (May 6) that works on the second stage of the Tsuen Wan drainage tunnel had begun and would cost about $3.8 billion.
B|分享 Share：微信 WeChat ｜ 微博 Weibo ｜ 領英 LinkedIn
B|重要告示 Important Notices ｜ 私隱政策 Privacy Policy ｜ 2026 © 渠務署
""",
    "bilingual_group_news": """
B|首页 Home | 新闻中心 News | 关于我们 About Us
滨海水务集团第三水厂扩建工程通水
Binhai Water Group's No. 3 Plant Expansion Begins Supply
3月3日，滨海水务集团第三水厂扩建工程正式通水，新增日供水能力20万吨，总投资约6.8亿元。
On March 3, the expansion of Binhai Water Group's No. 3 plant began supplying water, adding 200,000 tonnes of daily capacity.
B|分享 Share: Facebook | WhatsApp | 电邮 Email
B|微信 WeChat | 微博 Weibo | 领英 LinkedIn
""",
    "bilingual_portal_menu_of_four": """
B|主頁 Home ｜ 新聞稿 Press Releases ｜ 刊物 Publications ｜ 聯絡我們 Contact Us
海水化淡廠第二階段完工
The second stage of the desalination plant has been completed at a cost of about $9.7 billion, the department said today.
B|Share 分享：LINE ｜ Facebook
""",
    "bilingual_release_with_bilingual_press_contact": """
B|屋宇署 Buildings Department ｜ 主頁 Home ｜ 新聞公報 Press Releases
舊樓強制驗窗計劃擴展至全港
The Mandatory Window Inspection Scheme will cover all buildings aged 10 years or above from next April, the department said today.
B|傳媒查詢 Media enquiries：屋宇署新聞組 電話 Tel：2626 5678
B|Back to top | Important Notice | Privacy Policy
""",
    "bilingual_lines_that_are_text": """
將軍澳海水化淡廠 Tseung Kwan O Desalination Plant
分享經濟 Sharing economy 在本港發展迅速，業界估計去年交易額達港幣120億元。
企業代表在論壇上分享了數碼轉型的經驗。
""",
    # ---- font-size levels beside share buttons (traditional script)
    "taiwan_council_font_levels_and_share": """
B|臺中市議會 首頁 > 議會新聞 > 新聞稿
B|字級：小 中 大  ｜ 分享：Facebook LINE X
市議會審查捷運藍線預算 凍結5%
臺中市議會今（20）日審查捷運藍線預算，總經費約新臺幣1,520億元，議員要求市府提出專案報告後始得動支。
""",
    "taiwan_university_font_and_share_variants": """
B|【字級：大 中 小】 分享到：Facebook LINE
國立南方大學半導體大樓動土
國立南方大學今（3）日為新建半導體研究大樓舉行動土典禮，總樓地板面積約1.8萬平方公尺，預計116年完工。
B|字型大小：小 中 大 ｜ 列印
""",
    "simplified_font_levels_and_share": """
B|字级：小 中 大 | 分享：微信 微博
滨江区新建三座口袋公园
滨江区今年新建的三座口袋公园将于年底前全部开放，总面积约1.2万平方米。
新制采分级：小、中、大型企业各有不同补助标准。
""",
}


test_the_probe_takes_no_article_line_and_finds_its_chrome, test_each_page_is_judged_line_by_line = (
    exact_page_tests(PAGES)
)
