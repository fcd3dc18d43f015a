"""Sixth probe of page chrome: document-like pages whose short lines carry the article's content.

Whole invented pages of results announcements, tender and award notices,
statistical releases and policy notices. Their highlights printed as
bullets under a heading, and their labelled fields ("预算金额:…",
"決標日期:…"), are short lines in a run, as a menu is, but they state
amounts, dates and clauses: they are the article (text). Hard negatives
stay chrome: menus, lists of other articles' titles (dated or not, above
the article or below it), rows of the site's labelled fields (source,
editor, views, font size), and a footer's address and postcode rows after
the last paragraph.
Every line is marked by hand: `B` for chrome, `T` for the article's text.
Every line is written for this probe.
"""

# Whole pages keep each of their lines on one source line, as printed.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.stages.test_boilerplate_probe_families import probe_counts, wrong_lines

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
}


def test_the_probe_takes_no_article_line_and_finds_its_chrome() -> None:
    true_positives, false_positives, false_negatives = probe_counts(PAGES)
    assert false_positives == 0
    assert false_negatives == 0
    assert true_positives > 0


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_page_is_judged_line_by_line(name: str) -> None:
    assert wrong_lines(PAGES[name]) == []
