"""Third probe of page chrome: whole pages of families the first two probes lack.

The first probes (`test_boilerplate_probe`, `test_boilerplate_probe_layouts`)
slot chrome into a few article templates. Some furniture is only told by
its neighbours, so here each case is a whole invented page, in the manner
of a government portal (the catalogue record of a document, which is its
header and text, its contact section, print and QR tools), an industrial park's investment site
(hotline boxes, recommended parks, enquiry forms), a Taiwan outlet (a menu
led by the outlet's name, font-size levels, credited captions), an
aggregator's repost (hashtags, the poster's location) and a community
article whose own lines look like chrome (a contact line after "详情咨询:",
a menu of dishes, a source line, sentences that open with the words of a
share, QR-code, related-link or advert prompt). Later pages add a notice
whose catalogue puts two labels on a row and whose catalogue, signature,
date and disclosure note are text, press releases whose date and issue time under
the end mark are text, a council paper's filing number, an exchange's
disclaimer, an English outlet's view count, author box, comment policy and
file-photo caption, a credited caption and a health notice, and an update
stamp under a byline (text). Every line is marked by hand: `B` for
chrome, `T` for the article's text. Every line is written for this probe.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.stages.test_boilerplate_probe import verdict_flags

# Each page: its lines, "B|" before a chrome line, "" between text blocks.
PAGES: dict[str, str] = {
    "government_notice": """
B|滨江区人民政府
B|当前位置：首页 > 政务公开 > 通知公告
索引号：11330100MB0000000X/2025-00042
主题分类：交通运输\\通知
发布机构：滨江区交通运输局
成文日期：2025-03-02
文号：滨交发〔2025〕3号
发布日期：2025-03-03
滨江区交通运输局关于调整部分公交线路的通知
各街道办事处，各有关单位：
为方便地铁三号线沿线居民出行，经研究，决定自2025年3月10日起调整5条公交线路，现将有关事项通知如下：
一、调整线路
101路、203路、305路、412路、520路。
二、联系方式
联系人：林一，电话：0571-88001234。
滨江区交通运输局
2025年3月2日
B|【打印本页】【关闭窗口】
B|扫一扫在手机打开当前页
B|网站地图 | 联系我们 | 隐私声明
""",
    "government_interpretation": """
| 索 引 号： | 0033/2025-00108 | 发布机构： | 滨江区农业农村局 |
| 主题分类： | 农业 | 成文日期： | 2025年04月01日 |
《滨江区支持家庭农场发展若干措施》政策解读
近日，区农业农村局印发《滨江区支持家庭农场发展若干措施》，现解读如下。
一、出台背景
家庭农场是现代农业的重要经营主体，全区目前共有家庭农场326家，规模普遍偏小。
二、主要内容
对新认定的示范家庭农场，每家给予一次性奖励5万元。
三、解读机关及联系方式
解读机关：滨江区农业农村局
联系电话：0571-86002345
B|【打印】【关闭】
""",
    "park_investment": """
B|滨湖智造产业园管理委员会
B|网站首页 园区介绍 招商政策 入驻企业 新闻动态 联系我们
B|新闻动态 > 园区新闻
滨湖智造产业园三期招商启动
B|2025-05-06 | 阅读 415
5月5日，滨湖智造产业园三期项目正式启动招商，首批推出标准厂房8万平方米。
三期厂房层高9米，首层承重每平方米3吨，适合装备制造和新材料企业。
园区对首批入驻企业给予前两年租金减半的优惠。
B|【推荐厂房】
B|滨湖智造产业园二期 | 独栋厂房 | 可租可售
B|滨湖科创港 | 研发办公 | 拎包入驻
B|免费获取园区资料
B|称呼 手机号 需求面积 立即咨询
B|招商热线
B|0571-86003456 86003457
""",
    "taiwan_outlet": """
B|南島時報 即時 政治 社會 財經 生活 國際 影音
B|字級設定：小 中 大 特大
高雄輕軌環狀線全線通車 首月運量破百萬
記者陳怡君／高雄報導
高雄輕軌環狀線今天全線通車，捷運局表示，試營運首月運量突破一百萬人次。
全線共38站，串聯美術館、駁二及亞洲新灣區等景點，平日尖峰班距約7分鐘。
B|高雄輕軌環狀線美術館站周邊路線示意圖。（圖／捷運局提供）
B|延伸閱讀
B|高雄捷運紅線延伸案 環評過關
""",
    "aggregator_repost": """
B|滨江资讯 首页 新闻 财经 科技 汽车 房产 健康 教育
全市新增公共充电桩1.2万个 基本实现乡镇全覆盖
B|发布于：浙江省
来源：滨江日报
原标题：充电桩进乡镇 新能源车下乡有了底气
截至今年4月底，全市公共充电桩总数达4.6万个，今年以来新增1.2万个。
乡镇充电站平均服务半径已缩小到5公里以内。
B|# 新能源 # 充电桩
""",
    "university_news": """
B|滨江理工大学新闻网
B|要闻 综合 学术 校园 媒体 人物 视点
滨江理工大学举行2025届毕业典礼
6月19日，滨江理工大学2025届毕业典礼在体育馆举行，6200余名毕业生参加典礼。
校长在致辞中勉励毕业生勇担时代责任，把个人理想融入国家发展。
B|毕业典礼现场
B|（审核：赵四）
B|下一篇：我校召开2025年招生宣传工作会
""",
    "portal_interpretation_links": """
B|政府信息公开目录
信息索引号：330108-2025-000123
发布单位：滨江区教育局
有效性：有效
滨江区教育局关于做好2025年秋季招生工作的通知
各中小学：
现就2025年秋季招生工作有关事项通知如下，请各校认真抓好落实，确保招生工作平稳有序。
B|相关解读
B|《滨江区2025年秋季招生工作方案》政策解读
""",
    "english_mainland_outlet": """
B|Riverside Daily | Updated: 2025-04-02 10:18
B|Share - WeChat
Riverside city unveils plan for 500 km of greenways
By LIN YI in Riverside | Riverside Daily | Updated: 2025-04-02 10:18
The city will build 500 kilometers of greenways by 2027, officials said on Wednesday.
Cyclists ride along a greenway in Riverside. [Photo by Wang Er/For Riverside Daily]
B|Editor's Pick
B|Copyright 1995 - 2025 . All rights reserved.
""",
    "finance_repost": """
B|滨江财经圈
B|2025-05-06 10:20:11 来源：滨江财经网 作者：林一 阅读：1253
一季度居民人均可支配收入增长5.2%
国家统计局数据显示，一季度全国居民人均可支配收入12345元，同比名义增长5.2%，扣除价格因素实际增长5.0%。
（来源：滨江财经网）
B|打赏
B|点赞 0
B|收藏
B|上一篇：四月制造业PMI回落至49.8%
""",
    "contact_list_in_a_notice": """
关于做好汛期安全防范工作的提示
各区防汛值班电话如下：
值班电话：0571-87001111
值班电话：0571-87002222
值班电话：0571-87003333
市民如发现险情，请及时拨打上述电话报告。
""",
    "contact_inside_an_event_notice": """
滨江区社区运动会下月开幕
本届运动会设田径、游泳、篮球等12个项目，预计3000名居民参赛。
报名方式
各社区居委会
咨询电话：0571-86005555
报名截止时间为5月20日。
""",
    "sentences_opening_with_chrome_words": """
城东老街改造完工 今起恢复通行
来源：滨江日报
记者 林一 摄影 王二
5月1日起，改造后的城东老街恢复通行，老街共有商户86家。
“5月1日”这个日子，街坊们等了两年。
营业时间：9:00-22:00
分享到朋友圈的照片里，青石板路格外显眼。
扫一扫店门口的二维码，就能看到每家老店的故事。
上一次大修是在2003年。
(完)
""",
    "english_sentences_opening_with_chrome_words": """
Local groups welcome new library hours
By Chen Jie
The city library will open until 10 pm on weekdays from next month, its director said on Monday.
Related: the library also added Sunday hours last year.
Advertisement for the event appeared in 12 local papers.
"Print is not dead," the librarian said.
""",
    "community_article": """
家门口的助餐点开张了
来源：滨江晚报
记者 林一
“一荤两素十二块钱，比自己做还省事。”
街道助餐点于今年4月开业，每天供应午餐和晚餐。
本周菜单：
红烧鸡块
清炒时蔬
冬瓜排骨汤
70岁以上老人就餐可享受八折优惠。
详情咨询：
街道社区服务中心 电话 0571-86004567
下一步，街道还将在两个小区增设助餐点。
""",
    "notice_with_two_row_catalogue_and_signature": """
发文机关：南湖区水利局　　成文日期：2026-04-02
文　　号：南水发〔2026〕5号　　发布日期：2026-04-07
南湖区水利局 南湖区应急管理局关于做好今年汛前检查工作的通知
各镇人民政府、街道办事处：
今年全区共有小型水库17座、山塘52处，须于5月15日前完成汛前检查，现将有关事项通知如下。
联系人：何平，联系电话：0573-82106677。
南湖区水利局
南湖区应急管理局
2026年4月2日
（此件主动公开）
B|相关公告：
B|南湖区2026年小型水库防汛责任人名单公示
B|关于开展河道采砂专项整治的通告
""",
    "taiwan_release_with_catalogue_row": """
發布單位：交通部觀光署　　發布日期：115-03-12
B|瀏覽人次：1,206
115年2月來臺旅客人次較上年同月增加9.6%
交通部觀光署今（12）日公布，2月來臺旅客約86萬人次，較上年同月增加9.6%。
B|新聞聯絡人：周書婷 科長
B|電話：02-2349-1635
B|最後更新日期：115-03-12
""",
    "hong_kong_release_ends_with_its_date": """
B|Press Releases
Cross-harbour tunnel tolls to stay unchanged next year
The Transport Department said today (March 9) that tolls at the three harbour crossings would stay unchanged.
A spokesman said traffic at the crossings had stayed within their design capacity in the past year.
B|Ends
Monday, March 9, 2026
Issued at HKT 17:45
""",
    "council_paper_header": """
B|LC Paper No. CB(4)233/2026(02)
For information
on 14 April 2026
Legislative Council Panel on Housing
Progress of the light public housing programme
This paper reports the progress of the programme, under which 9 200 units had been completed by March 2026.
Housing Bureau
April 2026
""",
    "english_outlet_with_bio_and_policies": """
B|BUSINESS
Shipyard wins order for six electric harbour ferries
By Ho Mei-ling / Staff reporter
Thu, Apr 16, 2026
B|This story has been viewed 912 times.
A Kaohsiung shipyard yesterday said it had won a NT$3.4 billion order for six electric ferries.
Ho Mei-ling is a reporter who covers maritime affairs, and her profile of the shipyard won an award last year.
B|A ferry under construction at the shipyard in Kaohsiung. Harbour Ledger file photo
B|Ho Mei-ling is a reporter covering shipping and ports.
B|Comments will be moderated. Keep comments relevant to the article.
B|Read more
B|Port fees to rise 3 percent from July, harbour bureau says
""",
    "mainland_news_with_credited_caption_and_disclaimer": """
B|南湖晚报 > 本地新闻
南湖区首个社区康复中心投入使用
记者 钱晓雯
2026-04-20 09:15
4月19日，南湖区首个社区康复中心在东栅街道投入使用，可同时接待康复患者60人。
温馨提示：康复中心实行预约制，居民可通过“南湖健康”小程序预约。
B|南湖区社区康复中心外景，中心设有运动康复区和言语治疗室。记者 钱晓雯 摄
B|温馨提示：本文仅供健康科普参考，不作为诊疗依据。
B|评论将在审核后显示
""",
    "macao_release_with_update_stamp": """
B|新聞
澳門公共巴士四月乘客量按年上升一成
記者：梁詠恩
最後更新日期：2026-05-08 16:20
交通事務局今日公布，四月份公共巴士乘客量約1,950萬人次，按年上升百分之十。
B|分享：Facebook　微博
""",
    "exchange_announcement": """
B|香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明。
東灣物流集團有限公司
（股份代號：3815）
截至二零二六年三月三十一日止年度之全年業績公告
本集團年內收益約為港幣18.2億元，較去年增加百分之六。
承董事會命
主席
陳啟明
香港，二零二六年六月二十六日
""",
}


def parse(page: str) -> tuple[list[str], list[bool]]:
    """The lines of a page and whether each is marked as chrome."""
    lines, marks = [], []
    for line in page.strip("\n").split("\n"):
        chrome = line.startswith("B|")
        lines.append(line[2:] if chrome else line)
        marks.append(chrome)
    return lines, marks


def probe_counts(pages: dict[str, str]) -> tuple[int, int, int]:
    """True positives, false positives and false negatives over all `pages`."""
    true_positives = false_positives = false_negatives = 0
    for page in pages.values():
        lines, marks = parse(page)
        for line, mark, flag in zip(lines, marks, verdict_flags(lines), strict=True):
            if not line.strip():
                continue
            true_positives += mark and flag
            false_positives += flag and not mark
            false_negatives += mark and not flag
    return true_positives, false_positives, false_negatives


def wrong_lines(page: str) -> list[tuple[bool, str]]:
    """(marked as chrome, line) for every non-empty line of `page` judged otherwise."""
    lines, marks = parse(page)
    flags = verdict_flags(lines)
    judged = zip(lines, marks, flags, strict=True)
    return [(mark, line) for line, mark, flag in judged if line and mark != flag]


def exact_page_tests(pages: dict[str, str]) -> tuple[Callable[[], None], Callable[[str], None]]:
    """The two tests of a probe whose `pages` must be judged exactly: no article line lost, no chrome kept.

    A probe module binds them to its own test names
    (`test_a, test_b = exact_page_tests(PAGES)`), so pytest collects them there.
    """

    def test_the_probe_takes_no_article_line_and_finds_its_chrome() -> None:
        true_positives, false_positives, false_negatives = probe_counts(pages)
        assert false_positives == 0
        assert false_negatives == 0
        assert true_positives > 0

    @pytest.mark.parametrize("name", sorted(pages))
    def test_each_page_is_judged_line_by_line(name: str) -> None:
        assert wrong_lines(pages[name]) == []

    return test_the_probe_takes_no_article_line_and_finds_its_chrome, test_each_page_is_judged_line_by_line


def test_the_probe_takes_no_article_line_and_finds_its_chrome() -> None:
    true_positives, false_positives, false_negatives = probe_counts(PAGES)
    precision = true_positives / (true_positives + false_positives)
    recall = true_positives / (true_positives + false_negatives)
    assert precision == 1.0
    assert recall >= 0.95


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_page_is_judged_line_by_line(name: str) -> None:
    assert wrong_lines(PAGES[name]) == []


def test_a_catalogue_row_alone_is_the_articles_own_date() -> None:
    lines = [
        "滨江区交通运输局关于调整部分公交线路的通知",
        "发布日期：2025-03-03",
        "为方便地铁三号线沿线居民出行，经研究，决定自2025年3月10日起调整5条公交线路，现将有关事项通知如下。",
    ]
    assert verdict_flags(lines) == [False, False, False]


def test_a_contact_box_after_the_article_is_still_chrome() -> None:
    lines = [
        "滨湖智造产业园三期招商启动",
        "5月5日，滨湖智造产业园三期项目正式启动招商，首批推出标准厂房8万平方米，园区对首批入驻企业给予前两年租金减半的优惠。",
        "招商热线：0571-86003456",
    ]
    assert verdict_flags(lines) == [False, False, True]
