"""A battery of invented news sentences, each with the dates a reader would annotate.

The sentences cover the forms Chinese (simplified and traditional, mainland,
Hong Kong and Taiwan) and English economic and government news write, and
lines that hold no date. Each case is (article date, region, sentence,
expected dates); an expected date is (a piece of the sentence inside the
date, start, end), with `None` for both dates when nothing fixes them, and a
piece marked optional (`?` before it) is neither required nor forbidden.
Granularity follows from the values: one day is `day`, a whole month
`month`, a whole year `year`, anything else `period`. A part of a month
(上旬, 下旬) is its ten days; the end of a plan (“十四五”末) is its last year. Cases the extractor
still gets wrong are marked `xfail` with what is missing, so a fix shows up
as an unexpected pass.
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.dates import find as dates
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES

NOV = "2025-11-12"  # a Wednesday
JAN = "2026-01-06"
MAR = "2025-03-20"

# (article date, region, sentence, [(piece, start, end), ...][, why it still fails])
CASES: list[tuple] = [
    # --- full dates in every layout ---
    (NOV, None, "项目于2025年3月5日正式开工。", [("2025年3月5日", "2025-03-05", "2025-03-05")]),
    (NOV, None, "公告发布日期：2025-03-05", [("2025-03-05", "2025-03-05", "2025-03-05")]),
    (NOV, None, "会议定于2025.3.5召开。", [("2025.3.5", "2025-03-05", "2025-03-05")]),
    (NOV, None, "截止日期为2025/03/05。", [("2025/03/05", "2025-03-05", "2025-03-05")]),
    (NOV, "HK", "申請須於25/3/2025前遞交。", [("25/3/2025", "2025-03-25", "2025-03-25")]),
    (NOV, None, "The plant opened on March 5, 2025.", [("March 5, 2025", "2025-03-05", "2025-03-05")]),
    (
        NOV,
        None,
        "The ministry said on 5 March 2025 that exports rose.",
        [("5 March 2025", "2025-03-05", "2025-03-05")],
    ),
    (NOV, None, "The bill was signed on Mar. 5.", [("Mar. 5", "2025-03-05", "2025-03-05")]),
    (
        NOV,
        None,
        "Shares fell on Sept. 30, 2024, the last trading day.",
        [("Sept. 30, 2024", "2024-09-30", "2024-09-30")],
    ),
    (NOV, None, "The deal closed on 2025-06-30.", [("2025-06-30", "2025-06-30", "2025-06-30")]),
    (
        NOV,
        None,
        "The report, dated 30 June 2025, was released.",
        [("30 June 2025", "2025-06-30", "2025-06-30")],
    ),
    (NOV, None, "Trading resumed on Monday, November 10.", [("November 10", "2025-11-10", "2025-11-10")]),
    (NOV, None, "It was founded in November 2019.", [("November 2019", "2019-11-01", "2019-11-30")]),
    (NOV, None, "Sales in Nov 2024 hit a record.", [("Nov 2024", "2024-11-01", "2024-11-30")]),
    (NOV, None, "The firm listed on 12th May 2021.", [("12th May 2021", "2021-05-12", "2021-05-12")]),
    (
        NOV,
        None,
        "Applications close on the 28th of November.",
        [("28th of November", "2025-11-28", "2025-11-28")],
    ),
    (NOV, None, "二〇二五年三月五日印发", [("二〇二五年三月五日", "2025-03-05", "2025-03-05")]),
    (NOV, None, "2025年3月5日下午3点，签约仪式举行。", [("2025年3月5日", "2025-03-05", "2025-03-05")]),
    (NOV, None, "2025 年 3 月 5 日，董事会审议通过。", [("2025 年 3 月 5 日", "2025-03-05", "2025-03-05")]),
    (NOV, None, "3月5日，市政府召开常务会议。", [("3月5日", "2025-03-05", "2025-03-05")]),
    (NOV, None, "11月11日，该公司发布三季报。", [("11月11日", "2025-11-11", "2025-11-11")]),
    (NOV, None, "该馆将于12月20日对外开放。", [("12月20日", "2025-12-20", "2025-12-20")]),
    (NOV, None, "1月15日，该项目完成验收。", [("1月15日", "2025-01-15", "2025-01-15")]),
    (NOV, None, "展会将于1月15日开幕。", [("1月15日", "2026-01-15", "2026-01-15")]),
    (NOV, None, "The expo will open on Jan. 15.", [("Jan. 15", "2026-01-15", "2026-01-15")]),
    (NOV, None, "The company raised prices on Feb. 10.", [("Feb. 10", "2025-02-10", "2025-02-10")]),
    (NOV, None, "The vote is set for Dec. 3.", [("Dec. 3", "2025-12-03", "2025-12-03")]),
    (JAN, None, "12月28日，该线路开通试运营。", [("12月28日", "2025-12-28", "2025-12-28")]),
    (JAN, None, "The port handled a record volume on Dec. 30.", [("Dec. 30", "2025-12-30", "2025-12-30")]),
    (NOV, None, "2025年3月，公司完成融资。", [("2025年3月", "2025-03-01", "2025-03-31")]),
    (NOV, None, "2024年，全市GDP增长5.2%。", [("2024年", "2024-01-01", "2024-12-31")]),
    (NOV, None, "In 2024, exports grew 7%.", [("2024", "2024-01-01", "2024-12-31")]),
    (NOV, None, "10月份，CPI同比上涨0.2%。", [("10月份", "2025-10-01", "2025-10-31")]),
    (NOV, None, "Retail sales rose in October.", [("October", "2025-10-01", "2025-10-31")]),
    (NOV, None, "本报北京11月11日电（记者 王明）", [("11月11日", "2025-11-11", "2025-11-11")]),
    (NOV, None, "新华社香港11月10日电", [("11月10日", "2025-11-10", "2025-11-10")]),
    (NOV, None, "该局局长10日表示，将加大投入。", [("10日", "2025-11-10", "2025-11-10")]),
    (NOV, None, "Officials said on the 10th that talks had stalled.", [("10th", "2025-11-10", "2025-11-10")]),
    (NOV, None, "The index closed at 3,200 on 11/10/2025.", [("11/10/2025", "2025-11-10", "2025-11-10")]),
    (NOV, None, "2025年3月5日至7日，论坛在京举行。", [("2025年3月5日至7日", "2025-03-05", "2025-03-07")]),
    (NOV, None, "3月5日—4月2日，开展专项检查。", [("3月5日—4月2日", "2025-03-05", "2025-04-02")]),
    (NOV, None, "The fair runs March 5-7, 2026.", [("March 5-7, 2026", "2026-03-05", "2026-03-07")]),
    (
        NOV,
        None,
        "The consultation runs from March 5 to April 2.",
        [("March 5 to April 2", "2025-03-05", "2025-04-02")],
    ),
    (
        NOV,
        None,
        "2025年3月5日至2025年4月2日为公示期。",
        [("2025年3月5日至2025年4月2日", "2025-03-05", "2025-04-02")],
    ),
    (NOV, None, "Sunday, Nov. 16, 2025 is the deadline.", [("Nov. 16, 2025", "2025-11-16", "2025-11-16")]),
    (NOV, None, "2025年11月12日（星期三）", [("2025年11月12日", "2025-11-12", "2025-11-12")]),
    (NOV, None, "The rule takes effect 1 January 2026.", [("1 January 2026", "2026-01-01", "2026-01-01")]),
    (
        NOV,
        None,
        "Data for Q3 were published on 2025/10/20.",
        [("Q3", "2025-07-01", "2025-09-30"), ("2025/10/20", "2025-10-20", "2025-10-20")],
    ),
    (NOV, None, "2025年10月下旬，首批设备进场。", [("2025年10月下旬", "2025-10-21", "2025-10-31")]),
    # --- Republic of China years ---
    (NOV, "TW", "民國114年3月5日公布施行。", [("民國114年3月5日", "2025-03-05", "2025-03-05")]),
    (NOV, "TW", "本計畫自114年3月起實施。", [("114年3月", "2025-03-01", "2025-03-31")]),
    (NOV, "TW", "113年出口總值創新高。", [("113年", "2024-01-01", "2024-12-31")]),
    (NOV, "TW", "民國113年12月31日前完成申報。", [("民國113年12月31日", "2024-12-31", "2024-12-31")]),
    (NOV, "TW", "申請期間為114/03/05至114/04/30。", [("114/03/05", "2025-03-05", "2025-04-30")]),
    (NOV, "TW", "114年1至9月外銷訂單年增8%。", [("114年1至9月", "2025-01-01", "2025-09-30")]),
    (NOV, "TW", "民國一百一十四年三月五日", [("民國一百一十四年三月五日", "2025-03-05", "2025-03-05")]),
    (NOV, "TW", "該廠於112年完工。", [("112年", "2023-01-01", "2023-12-31")]),
    (
        NOV,
        None,
        "民国114年即公元2025年。",
        [("民国114年", "2025-01-01", "2025-12-31"), ("2025年", "2025-01-01", "2025-12-31")],
    ),
    (NOV, "TW", "去(113)年營收成長一成。", [("去(113)年", "2024-01-01", "2024-12-31")]),
    # --- months and ranges ---
    (NOV, None, "1-10月，全省规上工业增加值增长6%。", [("1-10月", "2025-01-01", "2025-10-31")]),
    (NOV, None, "1至10月，进出口总值增长4%。", [("1至10月", "2025-01-01", "2025-10-31")]),
    (NOV, None, "1～10月，新签合同额增长9%。", [("1～10月", "2025-01-01", "2025-10-31")]),
    (
        NOV,
        None,
        "2024年10月至2025年3月，累计完成投资80亿元。",
        [("2024年10月至2025年3月", "2024-10-01", "2025-03-31")],
    ),
    (
        NOV,
        None,
        "From January to October, imports fell 2%.",
        [("January to October", "2025-01-01", "2025-10-31")],
    ),
    (
        NOV,
        None,
        "In the January-October period, profits rose.",
        [("January-October", "2025-01-01", "2025-10-31")],
    ),
    (NOV, None, "今年前10个月，外贸进出口增长3%。", [("今年前10个月", "2025-01-01", "2025-10-31")]),
    (
        NOV,
        None,
        "In the first ten months, sales rose 5%.",
        [("the first ten months", "2025-01-01", "2025-10-31")],
    ),
    (
        NOV,
        None,
        "In the first 10 months of 2024, sales rose 5%.",
        [("the first 10 months of 2024", "2024-01-01", "2024-10-31")],
    ),
    (NOV, None, "今年1—9月，全市新增企业2万户。", [("今年1—9月", "2025-01-01", "2025-09-30")]),
    (NOV, None, "去年1-9月，该指标为负。", [("去年1-9月", "2024-01-01", "2024-09-30")]),
    (NOV, None, "2023—2025年，累计投入100亿元。", [("2023—2025年", "2023-01-01", "2025-12-31")]),
    (NOV, None, "2023年至2025年，市财政每年安排专项资金。", [("2023年至2025年", "2023-01-01", "2025-12-31")]),
    (NOV, None, "Between 2021 and 2023, output doubled.", [("2021 and 2023", "2021-01-01", "2023-12-31")]),
    (NOV, None, "From 2021 to 2023, output doubled.", [("2021 to 2023", "2021-01-01", "2023-12-31")]),
    (NOV, None, "Output doubled over 2021-2023.", [("2021-2023", "2021-01-01", "2023-12-31")]),
    (NOV, None, "3月至6月，开展安全生产大检查。", [("3月至6月", "2025-03-01", "2025-06-30")]),
    (NOV, None, "Between March and June, prices rose.", [("March and June", "2025-03-01", "2025-06-30")]),
    (NOV, None, "Prices rose from March to June 2024.", [("March to June 2024", "2024-03-01", "2024-06-30")]),
    (NOV, None, "5、6月份订单明显回升。", [("5、6月", "2025-05-01", "2025-06-30")]),
    (
        NOV,
        None,
        "9月、10月连续两个月回升。",
        [("9月", "2025-09-01", "2025-09-30"), ("10月", "2025-10-01", "2025-10-31")],
    ),
    (
        NOV,
        None,
        "2025年3月和5月分别完成两轮融资。",
        [("2025年3月", "2025-03-01", "2025-03-31"), ("5月", "2025-05-01", "2025-05-31")],
    ),
    (NOV, "HK", "今年首10個月，訪港旅客按年增12%。", [("今年首10個月", "2025-01-01", "2025-10-31")]),
    (
        NOV,
        None,
        "Sales rose 4% year-on-year in September and October.",
        [("September and October", "2025-09-01", "2025-10-31")],
    ),
    # --- quarters and halves ---
    (NOV, None, "一季度，全市经济开局良好。", [("一季度", "2025-01-01", "2025-03-31")]),
    (NOV, None, "前三季度，地区生产总值增长5.1%。", [("前三季度", "2025-01-01", "2025-09-30")]),
    (NOV, "TW", "第三季經濟成長率4.2%。", [("第三季", "2025-07-01", "2025-09-30")]),
    (NOV, None, "上半年，规上工业增加值增长6.4%。", [("上半年", "2025-01-01", "2025-06-30")]),
    (NOV, None, "下半年，将新开工项目30个。", [("下半年", "2025-07-01", "2025-12-31")]),
    (NOV, None, "Revenue rose 8% in Q3 2025.", [("Q3 2025", "2025-07-01", "2025-09-30")]),
    (NOV, None, "Analysts expect margins to recover in 3Q25.", [("3Q25", "2025-07-01", "2025-09-30")]),
    (NOV, None, "Profit fell in H1.", [("H1", "2025-01-01", "2025-06-30")]),
    (NOV, None, "Profit fell in the first half.", [("the first half", "2025-01-01", "2025-06-30")]),
    (NOV, None, "Growth slowed in the third quarter.", [("the third quarter", "2025-07-01", "2025-09-30")]),
    (
        NOV,
        None,
        "Growth slowed in the second quarter of 2024.",
        [("the second quarter of 2024", "2024-04-01", "2024-06-30")],
    ),
    (
        NOV,
        None,
        "Demand should pick up in the second half of next year.",
        [("the second half of next year", "2026-07-01", "2026-12-31")],
    ),
    (NOV, None, "First-half profit rose 12%.", [("First-half", "2025-01-01", "2025-06-30")]),
    (NOV, None, "2H25 guidance was raised.", [("2H25", "2025-07-01", "2025-12-31")]),
    (NOV, None, "H1 2025 revenue was flat.", [("H1 2025", "2025-01-01", "2025-06-30")]),
    (
        NOV,
        None,
        "The fourth quarter is usually the strongest.",
        [("The fourth quarter", "2025-10-01", "2025-12-31")],
    ),
    (NOV, None, "2025年第二季度，营收环比增长。", [("2025年第二季度", "2025-04-01", "2025-06-30")]),
    (NOV, None, "明年一季度将投产。", [("明年一季度", "2026-01-01", "2026-03-31")]),
    (NOV, None, "去年下半年以来，需求持续回暖。", [("去年下半年", "2024-07-01", "2024-12-31")]),
    (NOV, None, "三季度末，贷款余额增长8%。", [("三季度末", "2025-07-01", "2025-09-30")]),
    (NOV, "HK", "首季本地生產總值增長3.1%。", [("首季", "2025-01-01", "2025-03-31")]),
    (NOV, "HK", "首三季出口貨值上升。", [("首三季", "2025-01-01", "2025-09-30")]),
    (NOV, "HK", "上季零售額按季回落。", [("上季", "2025-07-01", "2025-09-30")]),
    (NOV, None, "二、三季度增速回升。", [("二、三季度", "2025-04-01", "2025-09-30")]),
    (
        NOV,
        None,
        "In the nine months to September, sales rose 3%.",
        [("the nine months to September", "2025-01-01", "2025-09-30")],
    ),
    (
        NOV,
        None,
        "For the six months ended June 30, 2025, net income rose.",
        [("the six months ended June 30, 2025", "2025-01-01", "2025-06-30")],
    ),
    (
        NOV,
        None,
        "Sales rose in the first nine months of the year.",
        [("the first nine months of the year", "2025-01-01", "2025-09-30")],
    ),
    (NOV, None, "2024年上半年，营收下降。", [("2024年上半年", "2024-01-01", "2024-06-30")]),
    (NOV, None, "今年上半年出口增长7%。", [("今年上半年", "2025-01-01", "2025-06-30")]),
    # --- fiscal years ---
    (NOV, None, "The company expects FY25 revenue to grow.", [("FY25", "2025-01-01", "2025-12-31")]),
    (NOV, None, "In fiscal 2024, revenue rose 6%.", [("fiscal 2024", "2024-01-01", "2024-12-31")]),
    (NOV, None, "公司2024财年营收增长10%。", [("2024财年", "2024-01-01", "2024-12-31")]),
    (
        NOV,
        None,
        "The fiscal year 2026 budget was approved.",
        [("fiscal year 2026", "2026-01-01", "2026-12-31")],
    ),
    (NOV, "HK", "2024-25財政年度預算案公布。", [("?2024-25", None, None)]),
    # --- relative forms ---
    (NOV, None, "今年，全市将新增就业5万人。", [("今年", "2025-01-01", "2025-12-31")]),
    (NOV, None, "去年，该市GDP突破万亿。", [("去年", "2024-01-01", "2024-12-31")]),
    (NOV, None, "前年，该公司亏损3亿元。", [("前年", "2023-01-01", "2023-12-31")]),
    (NOV, None, "明年，将启动二期工程。", [("明年", "2026-01-01", "2026-12-31")]),
    (NOV, None, "本月，首批产品下线。", [("本月", "2025-11-01", "2025-11-30")]),
    (NOV, None, "上月，出口增速放缓。", [("上月", "2025-10-01", "2025-10-31")]),
    (NOV, None, "下月，新规将正式实施。", [("下月", "2025-12-01", "2025-12-31")]),
    (NOV, None, "上周，该市发布新政。", [("上周", "2025-11-03", "2025-11-09")]),
    (NOV, None, "本周，股市震荡上行。", [("本周", "2025-11-10", "2025-11-16")]),
    (NOV, None, "下周，代表团将赴京。", [("下周", "2025-11-17", "2025-11-23")]),
    (NOV, None, "昨日，市委召开常委会。", [("昨日", "2025-11-11", "2025-11-11")]),
    (NOV, None, "前日，该局通报了情况。", [("?前日", None, None)]),
    (NOV, None, "今日，新区正式挂牌。", [("今日", "2025-11-12", "2025-11-12")]),
    (NOV, None, "明日，展会开幕。", [("明日", "2025-11-13", "2025-11-13")]),
    (NOV, None, "昨天，记者来到项目现场。", [("昨天", "2025-11-11", "2025-11-11")]),
    (NOV, None, "后天将有降温。", [("后天", "2025-11-14", "2025-11-14")]),
    (NOV, None, "年内，将建成5G基站1万个。", [("年内", "2025-01-01", "2025-12-31")]),
    (NOV, None, "该项目有望年内投产。", [("年内", "2025-01-01", "2025-12-31")]),
    (
        NOV,
        None,
        "2019年公司成立，当年营收即破亿。",
        [("2019年", "2019-01-01", "2019-12-31"), ("当年", "2019-01-01", "2019-12-31")],
    ),
    (
        NOV,
        None,
        "2020年，该厂投产，同年实现盈利。",
        [("2020年", "2020-01-01", "2020-12-31"), ("同年", "2020-01-01", "2020-12-31")],
    ),
    (
        NOV,
        None,
        "2018年项目获批，次年开工。",
        [("2018年", "2018-01-01", "2018-12-31"), ("次年", "2019-01-01", "2019-12-31")],
    ),
    (
        NOV,
        None,
        "2018年项目获批，翌年开工。",
        [("2018年", "2018-01-01", "2018-12-31"), ("翌年", "2019-01-01", "2019-12-31")],
    ),
    (
        NOV,
        None,
        "2021年3月签约，当月即开工。",
        [("2021年3月", "2021-03-01", "2021-03-31"), ("当月", "2021-03-01", "2021-03-31")],
    ),
    (NOV, None, "Exports rose last year.", [("last year", "2024-01-01", "2024-12-31")]),
    (NOV, None, "The plant will open next month.", [("next month", "2025-12-01", "2025-12-31")]),
    (NOV, None, "Earlier this year, the firm cut jobs.", [("Earlier this year", "2025-01-01", "2025-12-31")]),
    (NOV, None, "The talks resumed this week.", [("this week", "2025-11-10", "2025-11-16")]),
    (NOV, None, "The board met last week.", [("last week", "2025-11-03", "2025-11-09")]),
    (NOV, None, "The index rose yesterday.", [("yesterday", "2025-11-11", "2025-11-11")]),
    (NOV, None, "The minister will visit tomorrow.", [("tomorrow", "2025-11-13", "2025-11-13")]),
    (NOV, None, "Prices fell last month.", [("last month", "2025-10-01", "2025-10-31")]),
    (
        NOV,
        None,
        "Later this month, the council will vote.",
        [("Later this month", "2025-11-01", "2025-11-30")],
    ),
    (NOV, None, "Output is expected to rise next year.", [("next year", "2026-01-01", "2026-12-31")]),
    (
        NOV,
        None,
        "The deal was agreed earlier this month.",
        [("earlier this month", "2025-11-01", "2025-11-30")],
    ),
    (NOV, None, "Two years ago, the firm was loss-making.", [("Two years ago", "2023-01-01", "2023-12-31")]),
    (NOV, None, "3天前，该公司发布公告。", [("3天前", "2025-11-09", "2025-11-09")]),
    (NOV, None, "今年以来，全市新增企业3万户。", [("今年以来", "2025-01-01", "2025-12-31")]),
    (NOV, None, "Year to date, sales are up 4%.", [("Year to date", "2025-01-01", "2025-12-31")]),
    (NOV, "HK", "尋日恒指收市升200點。", [("尋日", "2025-11-11", "2025-11-11")]),
    (NOV, "HK", "琴日天文台發出酷熱天氣警告。", [("琴日", "2025-11-11", "2025-11-11")]),
    (NOV, "HK", "聽日會有驟雨。", [("聽日", "2025-11-13", "2025-11-13")]),
    (NOV, "HK", "今日港股高開。", [("今日", "2025-11-12", "2025-11-12")]),
    (NOV, "HK", "上個月零售銷貨額回升。", [("上個月", "2025-10-01", "2025-10-31")]),
    (NOV, "HK", "下個禮拜三開會。", [("下個禮拜三", "2025-11-19", "2025-11-19")]),
    (NOV, "HK", "舊年樓價跌咗一成。", [("舊年", "2024-01-01", "2024-12-31")], "Cantonese 舊年 is not read"),
    (
        NOV,
        "HK",
        "出年會加價。",
        [("出年", "2026-01-01", "2026-12-31")],
        "Cantonese 出年 is not read: it collides with 推出年度",
    ),
    (NOV, "HK", "政府今個月公布新措施。", [("今個月", "2025-11-01", "2025-11-30")]),
    (NOV, None, "今明两年，将投资200亿元。", [("今明两年", "2025-01-01", "2026-12-31")]),
    (NOV, None, "昨晚，暴雨袭击该市。", [("昨晚", "2025-11-11", "2025-11-11")]),
    (NOV, None, "今年夏天，气温创新高。", [("今年", "2025-01-01", "2025-12-31")]),
    (NOV, None, "截至目前，已签约项目50个。", [("?截至目前", None, None)]),
    (NOV, None, "目前，该项目进展顺利。", [("?目前", None, None)]),
    (NOV, None, "去年同期为负增长。", [("?去年同期", None, None)]),
    # --- parts of periods ---
    (NOV, None, "年初，公司制定了新战略。", [("年初", "2025-01-01", "2025-12-31")]),
    (NOV, None, "年底前，将全面完工。", [("年底", "2025-01-01", "2025-12-31")]),
    (NOV, None, "今年年底，地铁3号线将通车。", [("今年年底", "2025-01-01", "2025-12-31")]),
    (NOV, None, "去年底，存款余额达5万亿元。", [("去年底", "2024-01-01", "2024-12-31")]),
    (NOV, None, "去年年末，常住人口为1200万。", [("去年年末", "2024-01-01", "2024-12-31")]),
    (NOV, None, "10月底，首批订单交付。", [("10月底", "2025-10-01", "2025-10-31")]),
    (NOV, None, "本月底，新线开通。", [("本月底", "2025-11-01", "2025-11-30")]),
    (NOV, None, "上月底，外储规模回升。", [("上月底", "2025-10-01", "2025-10-31")]),
    (NOV, None, "3月上旬，首批物资运抵。", [("3月上旬", "2025-03-01", "2025-03-10")]),
    (NOV, None, "本月中旬，将召开推进会。", [("本月中旬", "2025-11-11", "2025-11-20")]),
    (NOV, None, "10月下旬，气温明显下降。", [("10月下旬", "2025-10-21", "2025-10-31")]),
    (NOV, None, "The target is to cut emissions by end-2025.", [("end-2025", "2025-01-01", "2025-12-31")]),
    (NOV, None, "Sales slumped in late March.", [("late March", "2025-03-01", "2025-03-31")]),
    (NOV, None, "The rules take effect in mid-2026.", [("mid-2026", "2026-01-01", "2026-12-31")]),
    (NOV, None, "The port reopened in early 2024.", [("early 2024", "2024-01-01", "2024-12-31")]),
    (
        NOV,
        None,
        "Work will finish by the end of next year.",
        [("the end of next year", "2026-01-01", "2026-12-31")],
    ),
    (
        NOV,
        None,
        "Late last year, the central bank cut rates.",
        [("Late last year", "2024-01-01", "2024-12-31")],
    ),
    (NOV, None, "Year-end inventories were high.", [("Year-end", "2025-01-01", "2025-12-31")]),
    (
        NOV,
        None,
        "By the end of 2027, 80% of buses will be electric.",
        [("the end of 2027", "2027-01-01", "2027-12-31")],
    ),
    (NOV, None, "2027年底前，实现全覆盖。", [("2027年底", "2027-01-01", "2027-12-31")]),
    (NOV, None, "上世纪90年代，该厂曾是行业龙头。", [("上世纪90年代", "1990-01-01", "1999-12-31")]),
    (NOV, None, "The town boomed in the 1990s.", [("the 1990s", "1990-01-01", "1999-12-31")]),
    (NOV, None, "Sales peaked in mid-October.", [("mid-October", "2025-10-01", "2025-10-31")]),
    (NOV, None, "年中，该行下调了预期。", [("年中", "2025-01-01", "2025-12-31")]),
    # --- plans ---
    (NOV, None, "“十四五”期间，累计投资超千亿元。", [("“十四五”期间", "2021-01-01", "2025-12-31")]),
    (NOV, None, "“十五五”时期，将建成一批重大设施。", [("“十五五”时期", "2026-01-01", "2030-12-31")]),
    (NOV, None, "到“十四五”末，实现全覆盖。", [("“十四五”末", "2025-01-01", "2025-12-31")]),
    (
        NOV,
        None,
        "During the 14th Five-Year Plan period, output doubled.",
        [("14th Five-Year Plan period", "2021-01-01", "2025-12-31")],
    ),
    (NOV, None, "到2030年，新能源装机占比过半。", [("2030年", "2030-01-01", "2030-12-31")]),
    (NOV, None, "The country aims for carbon neutrality by 2060.", [("2060", "2060-01-01", "2060-12-31")]),
    # --- as-of forms ---
    (NOV, None, "截至9月末，本外币贷款余额增长7%。", [("9月末", "2025-09-01", "2025-09-30")]),
    (NOV, None, "截至2025年6月30日，公司总资产100亿元。", [("2025年6月30日", "2025-06-30", "2025-06-30")]),
    (NOV, None, "截至上月底，累计发放贷款20亿元。", [("上月底", "2025-10-01", "2025-10-31")]),
    (NOV, None, "As of end-June, deposits totalled $3 billion.", [("end-June", "2025-06-01", "2025-06-30")]),
    (NOV, None, "As of June 30, the fund held $2 billion.", [("June 30", "2025-06-30", "2025-06-30")]),
    (
        NOV,
        None,
        "As at the end of September, loans rose 6%.",
        [("the end of September", "2025-09-01", "2025-09-30")],
    ),
    (NOV, None, "截至10月底，全市充电桩达3万个。", [("10月底", "2025-10-01", "2025-10-31")]),
    (NOV, "TW", "截至今年9月底，外銷訂單減少。", [("今年9月底", "2025-09-01", "2025-09-30")]),
    # --- year lists ---
    (
        NOV,
        None,
        "2022、2023年，该市连续两年获评。",
        [("2022", "2022-01-01", "2022-12-31"), ("2023年", "2023-01-01", "2023-12-31")],
    ),
    (
        NOV,
        None,
        "2022年和2023年，营收分别增长5%和8%。",
        [("2022年", "2022-01-01", "2022-12-31"), ("2023年", "2023-01-01", "2023-12-31")],
    ),
    (
        NOV,
        None,
        "2021、2022、2023年连续三年盈利。",
        [
            ("2021", "2021-01-01", "2021-12-31"),
            ("2022、", "2022-01-01", "2022-12-31"),
            ("2023年", "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        NOV,
        None,
        "2023和2024年分别投产两条产线。",
        [("2023和", "2023-01-01", "2023-12-31"), ("2024年", "2024-01-01", "2024-12-31")],
    ),
    (
        NOV,
        None,
        "2019年、2020年均获评优秀。",
        [("2019年", "2019-01-01", "2019-12-31"), ("2020年", "2020-01-01", "2020-12-31")],
    ),
    (
        NOV,
        None,
        "In 2022 and 2023, sales fell.",
        [("2022", "2022-01-01", "2022-12-31"), ("2023", "2023-01-01", "2023-12-31")],
    ),
    (NOV, None, "2022至2023年，累计减税50亿元。", [("2022至2023年", "2022-01-01", "2023-12-31")]),
    (
        NOV,
        "TW",
        "112、113年出口連續成長。",
        [("112", "2023-01-01", "2023-12-31"), ("113年", "2024-01-01", "2024-12-31")],
    ),
    # --- since and deadlines ---
    (NOV, None, "2018年以来，累计引进项目200个。", [("2018年以来", "2018-01-01", "2018-12-31")]),
    (NOV, None, "Since 2018, the city has added 200 firms.", [("2018", "2018-01-01", "2018-12-31")]),
    (NOV, None, "2025年前，建成10个示范区。", [("2025年", "2025-01-01", "2025-12-31")]),
    (NOV, None, "By 2027, the line will be finished.", [("2027", "2027-01-01", "2027-12-31")]),
    (NOV, None, "自2025年1月1日起施行。", [("2025年1月1日", "2025-01-01", "2025-01-01")]),
    (NOV, None, "The rule applies from 1 July.", [("1 July", "2025-07-01", "2025-07-01")]),
    # --- weekdays ---
    (NOV, None, "周三，市长会见了代表团。", [("周三", "2025-11-12", "2025-11-12")]),
    (NOV, None, "周一，A股三大指数集体收涨。", [("周一", "2025-11-10", "2025-11-10")]),
    (NOV, None, "上周五，该公司宣布回购。", [("上周五", "2025-11-07", "2025-11-07")]),
    (NOV, None, "下周二将公布数据。", [("下周二", "2025-11-18", "2025-11-18")]),
    (NOV, "TW", "週一台股開高走低。", [("週一", "2025-11-10", "2025-11-10")]),
    (NOV, None, "The firm said on Wednesday that profit rose.", [("Wednesday", "2025-11-12", "2025-11-12")]),
    (NOV, None, "The central bank cut rates on Tuesday.", [("Tuesday", "2025-11-11", "2025-11-11")]),
    (NOV, None, "Talks will resume next Tuesday.", [("next Tuesday", "2025-11-18", "2025-11-18")]),
    (NOV, None, "The deal was signed last Friday.", [("last Friday", "2025-11-07", "2025-11-07")]),
    (NOV, None, "13日（星期四）上午，会议开幕。", [("13日（星期四）", "2025-11-13", "2025-11-13")]),
    (NOV, None, "每周一例会，每周五总结。", []),
    (NOV, None, "The office is open Monday to Friday.", []),
    # --- seasons ---
    (NOV, None, "2021年春，首批学员入学。", [("2021年", "2021-01-01", "2021-12-31")]),
    (
        NOV,
        None,
        "The line will open in the summer of 2026.",
        [("?summer", None, None), ("2026", "2026-01-01", "2026-12-31")],
    ),
    (NOV, None, "本季节气温偏高。", []),
    # --- TW/HK specific ---
    (NOV, "HK", "本港今年首9個月出口上升。", [("今年首9個月", "2025-01-01", "2025-09-30")]),
    (NOV, "HK", "政府於10月15日發表施政報告。", [("10月15日", "2025-10-15", "2025-10-15")]),
    (NOV, "TW", "經濟部今(12)日公布數據。", [("今(12)日", "2025-11-12", "2025-11-12")]),
    (NOV, "TW", "主計總處昨(11)日公布。", [("昨(11)日", "2025-11-11", "2025-11-11")]),
    (NOV, "TW", "央行上(10)月升息半碼。", [("上(10)月", "2025-10-01", "2025-10-31")]),
    (NOV, "TW", "114年度預算已送立法院。", [("114年度", "2025-01-01", "2025-12-31")]),
    (
        NOV,
        "HK",
        "2025年11月12日（星期三）下午，立法會會議開始。",
        [("2025年11月12日", "2025-11-12", "2025-11-12")],
    ),
    # --- lines with no date ---
    (NOV, None, "下午3点，会议开始。", []),
    (NOV, None, "上午10时30分，列车准时发车。", []),
    (NOV, None, "The meeting starts at 10:30 a.m.", []),
    (NOV, None, "营业时间为9:00-18:00。", []),
    (NOV, None, "该项目建设周期3年。", []),
    (NOV, None, "工期5个月，总投资2亿元。", []),
    (NOV, None, "The loan has a term of five years.", []),
    (NOV, None, "Construction will take 18 months.", []),
    (NOV, None, "他今年45岁，从业20年。", [("今年", "2025-01-01", "2025-12-31")]),
    (NOV, None, "The 52-year-old chief executive resigned.", []),
    (NOV, None, "新款2025款车型售价18万元。", []),
    (NOV, None, "The 2025 model costs $30,000.", []),
    (NOV, None, "Visitors flocked to Expo 2025 in Osaka.", [("?2025", None, None)]),
    (NOV, None, "系统升级至2.3.1版本。", []),
    (NOV, None, "Version 3.10.2 fixes the bug.", []),
    (NOV, None, "咨询电话：0755-26081234", []),
    (NOV, None, "热线电话：12345，传真：010-6552-3300", []),
    (NOV, None, "Call 852-2123-4567 for details.", []),
    (NOV, None, "该型号为XH-2025-11A。", []),
    (NOV, None, "The chip, model RT2025, ships soon.", []),
    (NOV, None, "第3页，共12页", []),
    (NOV, None, "Page 3 of 12", []),
    (NOV, None, "约3/5的企业表示满意。", []),
    (NOV, None, "About 3/5 of the members agreed.", []),
    (NOV, None, "The service runs 24/7.", []),
    (NOV, None, "该企业有120年历史。", []),
    (NOV, None, "公司成立30年来，累计纳税50亿元。", []),
    (NOV, None, "库存可供使用100天。", []),
    (NOV, None, "A 30-day trial is offered.", []),
    (NOV, None, "The 10-year bond yield rose to 2.1%.", []),
    (NOV, None, "COVID-19 hit the sector hard.", []),
    (NOV, None, "The G20 summit ended.", []),
    (NOV, None, "Room 2025, Block B", []),
    (NOV, None, "地址：深圳市南山区科技园2025号", []),
    (NOV, None, "文号：粤府办〔2025〕12号", [("?2025", None, None)]),
    (NOV, None, "股票代码：600519", []),
    (NOV, None, "售价1999元，折后1599元。", []),
    (NOV, None, "ISO 9001 certification was renewed.", []),
    (NOV, None, "The firm shipped 2,025 units.", []),
    (NOV, None, "Flight CA1234 departs at 08:15.", []),
    (NOV, None, "Windows 11 and iOS 18 are supported.", []),
    (NOV, None, "未来3至5年，市场将持续增长。", []),
    (NOV, None, "Over the next three years, capacity will double.", []),
    (NOV, None, "两年多来，园区引进企业50家。", []),
    (NOV, None, "每年3月是植树月。", [("?3月", None, None)]),
    (NOV, None, "The rate was 5.25 per cent.", []),
    (NOV, None, "温度为12.5度。", []),
    (NOV, None, "比分为3-2。", []),
    (NOV, None, "Team won 3-1 in the final.", []),
    (NOV, None, "5号线二期工程开通。", []),
    (NOV, None, "第十届中国国际进口博览会开幕。", []),
    (NOV, None, "报名编号2025110123", []),
    (NOV, None, "The May Fourth Movement shaped modern China.", []),
    (NOV, None, "责任编辑：李明", []),
    (NOV, None, "阅读量：2025", []),
    (NOV, None, "Section 12.3 of the Act applies.", []),
    (NOV, None, "第12条规定如下。", []),
    (NOV, None, "The 747 jet landed safely.", []),
    # --- more mixed ---
    (NOV, None, "2025年1-10月，全市固定资产投资增长4%。", [("2025年1-10月", "2025-01-01", "2025-10-31")]),
    (NOV, None, "预计到2025年底，累计完成投资500亿元。", [("2025年底", "2025-01-01", "2025-12-31")]),
    (NOV, None, "2024年全年，实现营收80亿元。", [("2024年全年", "2024-01-01", "2024-12-31")]),
    (NOV, None, "全年GDP预计增长5%左右。", [("?全年", None, None)]),
    (NOV, None, "9月份以来，出口持续回暖。", [("9月份以来", "2025-09-01", "2025-09-30")]),
    (NOV, None, "今年9月至今，已发放补贴1亿元。", [("今年9月", "2025-09-01", "2025-09-30")]),
    (NOV, None, "去年12月，该市出台了新政。", [("去年12月", "2024-12-01", "2024-12-31")]),
    (NOV, None, "明年3月，新机场将投用。", [("明年3月", "2026-03-01", "2026-03-31")]),
    (NOV, None, "In March last year, exports fell.", [("March last year", "2024-03-01", "2024-03-31")]),
    (NOV, None, "In June next year the line opens.", [("June next year", "2026-06-01", "2026-06-30")]),
    (NOV, None, "11月5日至7日，博览会在沪举行。", [("11月5日至7日", "2025-11-05", "2025-11-07")]),
    (NOV, None, "10月1日至8日，全国铁路发送旅客1亿人次。", [("10月1日至8日", "2025-10-01", "2025-10-08")]),
    (NOV, None, "The sale runs from Nov. 20 to Dec. 5.", [("Nov. 20 to Dec. 5", "2025-11-20", "2025-12-05")]),
    (
        NOV,
        None,
        "Exports rose 5% in October from a year earlier.",
        [("October", "2025-10-01", "2025-10-31"), ("?a year earlier", None, None)],
    ),
    (NOV, None, "The index rose 2% in the week to Friday.", [("?the week to Friday", None, None)]),
    (NOV, None, "The tariff took effect at midnight on Sunday.", [("Sunday", "2025-11-16", "2025-11-16")]),
    (NOV, None, "The results are due on November 20.", [("November 20", "2025-11-20", "2025-11-20")]),
    (
        NOV,
        None,
        "Output rose in 2024 compared with 2023.",
        [("2024", "2024-01-01", "2024-12-31"), ("2023", "2023-01-01", "2023-12-31")],
    ),
    (NOV, None, "The 2024 annual report was published.", [("?2024", None, None)]),
    (NOV, None, "Its 2026 budget includes more spending.", [("2026", "2026-01-01", "2026-12-31")]),
    (NOV, None, "1998年，他创办了这家公司。", [("1998年", "1998-01-01", "1998-12-31")]),
    (NOV, None, "08年金融危机后，该行业陷入低谷。", [("08年", "2008-01-01", "2008-12-31")]),
    (NOV, None, "2008年至今，累计投资50亿元。", [("2008年", "2008-01-01", "2008-12-31")]),
    (NOV, None, "该政策自今年7月1日起施行。", [("今年7月1日", "2025-07-01", "2025-07-01")]),
    (NOV, None, "国庆假期，全市接待游客300万人次。", [("?国庆假期", None, None)]),
    (NOV, None, "2025年国庆节期间，客流创新高。", [("2025年国庆节", "2025-10-01", "2025-10-01")]),
    (NOV, None, "元旦起，新规开始实施。", [("元旦", "2025-01-01", "2025-01-01")]),
    (NOV, None, "春节期间，商场客流增长。", [("春节期间", "2025-01-29", "2025-01-29")]),
    (MAR, None, "3月5日，全国两会开幕。", [("3月5日", "2025-03-05", "2025-03-05")]),
    (MAR, None, "12月，公司将完成迁址。", [("12月", "2025-12-01", "2025-12-31")]),
    (MAR, None, "去年12月，公司完成迁址。", [("去年12月", "2024-12-01", "2024-12-31")]),
    (MAR, None, "一季度，全市出口稳中有升。", [("一季度", "2025-01-01", "2025-03-31")]),
    (
        MAR,
        None,
        "The budget will be tabled in the fourth quarter.",
        [("the fourth quarter", "2025-10-01", "2025-12-31")],
    ),
    (MAR, None, "2月份，CPI同比下降0.7%。", [("2月份", "2025-02-01", "2025-02-28")]),
    (MAR, None, "The index fell in February.", [("February", "2025-02-01", "2025-02-28")]),
    (MAR, None, "1-2月，规上工业增加值增长5.9%。", [("1-2月", "2025-01-01", "2025-02-28")]),
    (MAR, None, "前两个月，进出口增长3%。", [("前两个月", "2025-01-01", "2025-02-28")]),
    (
        MAR,
        None,
        "In the first two months, sales rose.",
        [("the first two months", "2025-01-01", "2025-02-28")],
    ),
    (MAR, None, "去年四季度，GDP增长5.4%。", [("去年四季度", "2024-10-01", "2024-12-31")]),
    (
        MAR,
        None,
        "Last year's fourth quarter was strong.",
        [("Last year's fourth quarter", "2024-10-01", "2024-12-31")],
    ),
    (MAR, None, "The plan runs until 2030.", [("2030", "2030-01-01", "2030-12-31")]),
    (MAR, None, "该计划实施期限为2025-2027年。", [("2025-2027年", "2025-01-01", "2027-12-31")]),
    # --- a second battery: longer and rarer forms ---
    (NOV, None, "1—10月份，全市社会消费品零售总额增长4%。", [("1—10月份", "2025-01-01", "2025-10-31")]),
    (NOV, None, "今年头10个月，新增就业8万人。", [("今年头10个月", "2025-01-01", "2025-10-31")]),
    (NOV, None, "截至2025年9月末，存款余额增长9%。", [("2025年9月末", "2025-09-01", "2025-09-30")]),
    (NOV, None, "9月初，首批货物抵港。", [("9月初", "2025-09-01", "2025-09-30")]),
    (NOV, None, "二季度以来，订单持续增加。", [("二季度以来", "2025-04-01", "2025-06-30")]),
    (NOV, None, "今年三季度，营收同比增长12%。", [("今年三季度", "2025-07-01", "2025-09-30")]),
    (NOV, None, "上季度，新签约项目12个。", [("上季度", "2025-07-01", "2025-09-30")]),
    (NOV, None, "本季度，将完成全部搬迁。", [("本季度", "2025-10-01", "2025-12-31")]),
    (NOV, None, "上年，全县粮食产量稳中有增。", [("上年", "2024-01-01", "2024-12-31")]),
    (NOV, None, "上年末，常住人口城镇化率为68%。", [("上年末", "2024-01-01", "2024-12-31")]),
    (NOV, None, "本年度，计划新建学校5所。", [("本年度", "2025-01-01", "2025-12-31")]),
    (NOV, None, "近日，该市出台促消费十条。", [("?近日", None, None)]),
    (NOV, None, "日前，省政府印发实施意见。", [("?日前", None, None)]),
    (NOV, None, "双11期间，快递业务量创新高。", [("双11", "2025-11-11", "2025-11-11")]),
    (NOV, None, "12月1日起，新版目录正式执行。", [("12月1日", "2025-12-01", "2025-12-01")]),
    (NOV, None, "自今年1月1日起，个税起征点上调。", [("今年1月1日", "2025-01-01", "2025-01-01")]),
    (NOV, None, "2025年度，全省完成造林100万亩。", [("2025年度", "2025-01-01", "2025-12-31")]),
    (NOV, None, "到2035年，基本实现现代化。", [("2035年", "2035-01-01", "2035-12-31")]),
    (NOV, None, "10月以来，气温持续偏低。", [("10月以来", "2025-10-01", "2025-10-31")]),
    (NOV, None, "十月份，新能源汽车销量增长三成。", [("十月份", "2025-10-01", "2025-10-31")]),
    (NOV, None, "二〇二四年，全市GDP迈上新台阶。", [("二〇二四年", "2024-01-01", "2024-12-31")]),
    (NOV, None, "去年10月至今年3月，累计降雨偏少。", [("去年10月至今年3月", "2024-10-01", "2025-03-31")]),
    (NOV, None, "参赛作品须于10月31日前提交。", [("10月31日", "2025-10-31", "2025-10-31")]),
    (NOV, None, "12日上午，市委书记调研重点项目。", [("12日", "2025-11-12", "2025-11-12")]),
    (NOV, None, "11日晚，一场大火烧毁仓库。", [("11日", "2025-11-11", "2025-11-11")]),
    (
        NOV,
        None,
        "11月5日签约，次日即开工建设。",
        [("11月5日", "2025-11-05", "2025-11-05"), ("?次日", None, None)],
    ),
    (NOV, None, "上周三，市政府召开新闻发布会。", [("上周三", "2025-11-05", "2025-11-05")]),
    (NOV, None, "本周五，将举行开工仪式。", [("本周五", "2025-11-14", "2025-11-14")]),
    (NOV, None, "上周末，全市各大商场客流激增。", [("上周末", "2025-11-08", "2025-11-09")]),
    (NOV, "TW", "經濟部預估今(2025)年成長率3%。", [("今(2025)年", "2025-01-01", "2025-12-31")]),
    (NOV, "TW", "預估明(2026)年出口持平。", [("明(2026)年", "2026-01-01", "2026-12-31")]),
    (NOV, "TW", "今年前三季出口創新高。", [("今年前三季", "2025-01-01", "2025-09-30")]),
    (NOV, "TW", "去年第4季經濟成長率5%。", [("去年第4季", "2024-10-01", "2024-12-31")]),
    (NOV, "TW", "114年第3季失業率3.3%。", [("114年第3季", "2025-07-01", "2025-09-30")]),
    (NOV, "TW", "截至民國114年9月底，存款總額增加。", [("民國114年9月底", "2025-09-01", "2025-09-30")]),
    (NOV, "HK", "2025年第三季本地生產總值按年增長。", [("2025年第三季", "2025-07-01", "2025-09-30")]),
    (NOV, "HK", "下星期一起實施新安排。", [("下星期一", "2025-11-17", "2025-11-17")]),
    (NOV, "HK", "今個星期股市波動。", [("今個星期", "2025-11-10", "2025-11-16")]),
    (NOV, "HK", "2025/26財政年度預算案", [("?2025/26", None, None)]),
    (
        NOV,
        None,
        "Profit rose in the quarter ended Sept. 30.",
        [("the quarter ended Sept. 30", "2025-07-01", "2025-09-30")],
    ),
    (
        NOV,
        None,
        "For the three months ended September 30, 2025, revenue grew.",
        [("the three months ended September 30, 2025", "2025-07-01", "2025-09-30")],
    ),
    (
        NOV,
        None,
        "Sales beat forecasts in the September quarter.",
        [("the September quarter", "2025-07-01", "2025-09-30")],
    ),
    (
        NOV,
        None,
        "Jobless claims fell in the week ended Nov. 7.",
        [("the week ended Nov. 7", "2025-11-01", "2025-11-07")],
    ),
    (NOV, None, "The show runs Nov. 7-9 in Shanghai.", [("Nov. 7-9", "2025-11-07", "2025-11-09")]),
    (NOV, None, "Retailers expect a rush in mid-November.", [("mid-November", "2025-11-01", "2025-11-30")]),
    (
        NOV,
        None,
        "For the year ended Dec. 31, 2024, profit fell.",
        [("the year ended Dec. 31, 2024", "2024-01-01", "2024-12-31")],
    ),
    (NOV, None, "Full-year 2025 guidance was kept.", [("2025", "2025-01-01", "2025-12-31")]),
    (
        NOV,
        None,
        "Margins improved in 1Q.",
        [("1Q", "2025-01-01", "2025-03-31")],
        "a quarter without its year in analysts' short form is not read",
    ),
    (
        NOV,
        None,
        "Q4 earnings are due in February.",
        [("Q4", "2025-10-01", "2025-12-31"), ("February", "2026-02-01", "2026-02-28")],
    ),
    (
        NOV,
        None,
        "At the start of 2025, the rules changed.",
        [("the start of 2025", "2025-01-01", "2025-12-31")],
    ),
    (
        NOV,
        None,
        "At the end of last month, stocks stood at 3 million tonnes.",
        [("the end of last month", "2025-10-01", "2025-10-31")],
    ),
    (NOV, None, "In the coming months, demand should rise.", []),
    (NOV, None, "Over the past decade, the city has grown fast.", []),
    (NOV, None, "The project was approved on 12 November.", [("12 November", "2025-11-12", "2025-11-12")]),
    (NOV, None, "The fund was launched on November 12th.", [("November 12th", "2025-11-12", "2025-11-12")]),
    (NOV, None, "Settlement date: 12-Nov-2025", [("12-Nov-2025", "2025-11-12", "2025-11-12")]),
    (NOV, None, "The meeting on Nov 12 2025 was brief.", [("Nov 12 2025", "2025-11-12", "2025-11-12")]),
    (
        NOV,
        None,
        "Wednesday 12 November 2025 marked the launch.",
        [("12 November 2025", "2025-11-12", "2025-11-12")],
    ),
    (NOV, None, "October's figures showed a rebound.", [("October", "2025-10-01", "2025-10-31")]),
    (NOV, None, "Since the start of the year, sales are up 5%.", [("?the start of the year", None, None)]),
    (NOV, None, "全天24小时、全年365天不间断服务。", [("?全年", None, None)]),
    (NOV, None, "项目总投资2025万元。", []),
    (NOV, None, "产量达2024万吨，售价1998元/吨。", []),
    (NOV, None, "共有2025人参加考试。", []),
    (NOV, None, "备案号：京ICP备2025012345号", []),
    (NOV, None, "合同编号：2025-001", []),
    (NOV, None, "The firm employs 2025 staff in Ningbo.", []),
    (NOV, None, "The stock rose 3.15% to 20.25 yuan.", []),
    (NOV, None, "它的排名从第2025位上升到第12位。", []),
]


def _granularity(start: date, end: date) -> str:
    if start == end:
        return "day"
    if start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]:
        if start.year == end.year and start.month == end.month:
            return "month"
        if (start.month, end.month, start.year) == (1, 12, end.year):
            return "year"
    return "period"


def found_dates(
    text: str, doc_date: date, region: str | None
) -> list[tuple[int, int, date | None, date | None, str]]:
    """Every date found on one line: (start offset, end offset, start date, end date, granularity)."""
    line = normalise_line(1, text, RULES)
    assert len(line.norm_text) == len(text)
    context = DocumentContext(doc_date=doc_date, region=region, traditional=line.norm_text != text)
    spans = dates.find_spans([LineContext(1, line.norm_text, line.lang)], context, RULES)
    return [
        (span.start, span.end, span.fields["start_date"], span.fields["end_date"], span.fields["granularity"])
        for span in spans
    ]


def score_case(case: tuple) -> dict[str, list]:
    """Compare one case's expected dates with those found: matched, missed and spurious ones."""
    doc_date, region, text, expected = case[:4]
    found = found_dates(text, date.fromisoformat(doc_date), region)
    result: dict[str, list] = {"right": [], "wrong": [], "missed": [], "spurious": []}
    unclaimed = list(found)
    for piece, start, end in expected:
        optional = piece.startswith("?")
        piece = piece.lstrip("?")
        at = text.index(piece)
        hit = next((f for f in unclaimed if f[0] < at + len(piece) and at < f[1]), None)
        if hit is None:
            if not optional:
                result["missed"].append(piece)
            continue
        unclaimed.remove(hit)
        if optional:
            continue
        want = (date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None)
        granularity = _granularity(*want) if want[0] else hit[4]
        if (hit[2], hit[3]) == want and hit[4] == granularity:
            result["right"].append(piece)
        else:
            result["wrong"].append((piece, hit[2:], want, granularity))
    result["spurious"] = [text[f[0] : f[1]] for f in unclaimed]
    return result


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case[4])] if len(case) > 4 else []
        yield pytest.param(case, marks=marks, id=case[2][:40])


@pytest.mark.parametrize("case", _params())
def test_probe_sentence(case):
    result = score_case(case)
    assert (result["wrong"], result["missed"], result["spurious"]) == ([], [], [])


def test_the_probe_is_broad():
    assert len(CASES) >= 300
    assert len({case[2] for case in CASES}) == len(CASES)
