"""Organisation and project classes of the place, page-form, trade-press and city-page audits.

Each case is a sentence written for the test: what it must report as an
organisation or a project (table, text) and what it must not.
"""

from __future__ import annotations

import pytest

import pipeline
from tests.extractors.conftest import names_in

FOUND = [
    # capitals alone in brackets after a name written in Chinese only are its acronym
    ("第三届澜江国际医疗器械博览会（LJMX）下月开幕。上届LJMX吸引客商五万人次。", ("projects", "LJMX")),
    ("青禾投资促进局（QIPA）表示，QIPA今年将赴欧招商。", ("organisations", "QIPA")),
    # an unquoted short form led by a brand's capitals after 下称
    ("由QL青禾显示技术有限公司（下称QL青禾）投资建设。QL青禾表示明年投产。", ("organisations", "QL青禾")),
    # an office written to is a body; the writer is a name of its own
    ("區議會亦去信規劃署，要求加快審批。", ("organisations", "規劃署")),
    # a listed short name that says something besides
    ("港鐵同時透露，新站明年啟用。", ("organisations", "港鐵")),
    # a branch centre two parties build together is the facility built
    (
        "澜峰大学与禾川集团签署协议，共建澜禾技术转移中心青禾分中心。",
        ("projects", "澜禾技术转移中心青禾分中心"),
    ),
    # a production line named by its owner, site and generation
    (
        "澜光（青禾）第6代柔性AMOLED生产线全年出货超过千万片。",
        ("projects", "澜光（青禾）第6代柔性AMOLED生产线"),
    ),
    # what is shown at a fair is no part of the fair's name
    ("澜谷茶叶亮相第三届青禾国际茶业博览会。", ("projects", "第三届青禾国际茶业博览会")),
    # a park of a setting word named by its place
    ("澜江海滨公园今年接待游客百万人次。", ("projects", "澜江海滨公园")),
]


NOT_FOUND = [
    ("青禾经济研究院（GDP）课题组发布报告。", ("organisations", "GDP")),
    ("區議會亦去信規劃署，要求加快審批。", ("organisations", "區議會亦去信規劃署")),
    ("提供約六萬個職位，其中創科職位約兩萬個。", ("organisations", "創科職位")),
    ("其中港资企业1200家，比去年底增加近百家。", ("organisations", "港资企业")),
    ("青禾日報社論", ("organisations", "青禾日報社")),
    ("新能源汽车展区今年首次单独设立。", ("projects", "新能源汽车展")),
    ("下一届博览会将于明年举行。", ("projects", "下一届博览会")),
    ("澜谷茶叶亮相第三届青禾国际茶业博览会。", ("projects", "澜谷茶叶亮相第三届青禾国际茶业博览会")),
    ("区议会要求尽快推展旧码头用地重新规划。", ("projects", "旧码头用地重新规划")),
    ("将旧码头一带土地改建为海滨公园。", ("projects", "海滨公园")),
    ("政府提出兴建多用途体育园。", ("projects", "多用途体育园")),
    ("其中半导体与AI数据中心贡献过半新增用电。", ("projects", "半导体与AI数据中心")),
    ("工厂新增两条自动化生产线。", ("projects", "两条自动化生产线")),
    ("工厂第二条生产线今年投产。", ("projects", "工厂第二条生产线")),
    (
        "澜峰大学与禾川集团签署协议，共建澜禾技术转移中心青禾分中心。",
        ("organisations", "澜禾技术转移中心青禾分中心"),
    ),
]


# classes left by the first pass over the same audits
FOUND_LEFT = [
    # a bracket of its place makes a generic name particular
    ("省级会展中心（合肥）首日入场客商三万人次。", ("projects", "省级会展中心（合肥）")),
    # a section in brackets shows a line
    ("此外，澜岭綫（西段）及青洲綫主綫的設計已展開。", ("projects", "澜岭綫（西段）")),
    # a fair by what is shown, with its place in brackets
    (
        "同期举办的2027澜江茶叶及茶具展（澳门）将有三百家企业参展。",
        ("projects", "2027澜江茶叶及茶具展（澳门）"),
    ),
    # 展 of 发展 ends no party: the body stays whole
    ("青禾市发展和改革委员会发布通知。", ("organisations", "青禾市发展和改革委员会")),
    # a body named by the fields it serves
    ("澜海区议会辖下的文化、康乐及体育委员会通过拨款。", ("organisations", "文化、康乐及体育委员会")),
    ("上海市教育、科技和文化局发布通知。", ("organisations", "上海市教育、科技和文化局")),
    # festivals, carnivals and seasons the event rule did not know
    ("澜海区团体举办「澜海区低碳生活節」。", ("projects", "澜海区低碳生活節")),
    ("2027青禾夏日嘉年华吸引游客十万人次。", ("projects", "2027青禾夏日嘉年华")),
    # a quoted name before words describing it and a project head is the name
    ("“青禾新邨”综合民生项目占地约两万平方米。", ("projects", "青禾新邨")),
    ("澜江口岸今年起实施“一站受理、一次办结”通关模式。", ("projects", "一站受理、一次办结")),
    # a listed short name of two characters that acted once, alone before a time
    ("港铁宣布新站下月启用。港铁今年上半年经常性利润增长。", ("organisations", "港铁")),
    # decimal generations kept whole
    (
        "澜光科技集团股份有限公司青禾第10.5代TFT-LCD生产线满产运行。",
        ("projects", "澜光科技集团股份有限公司青禾第10.5代TFT-LCD生产线"),
    ),
    (
        "澜光（青禾）玻璃有限公司G8.5+基板玻璃项目一期投产。",
        ("projects", "澜光（青禾）玻璃有限公司G8.5+基板玻璃项目一期"),
    ),
]


NOT_FOUND_LEFT = [
    ("省级会展中心首日入场客商三万人次。", ("projects", "省级会展中心")),
    ("国际会展中心（青禾）首日入场客商三万人次。", ("projects", "国际会展中心（青禾）")),
    ("会展中心（上海）有限公司发布公告。", ("projects", "会展中心（上海）")),
    ("青禾茶叶及茶具展将有三百家企业参展。", ("projects", "青禾茶叶及茶具展")),
    ("该项目进展（上海）顺利。", ("projects", "该项目进展（上海）")),
    ("澜海区议会辖下的文化、康乐及体育委员会通过拨款。", ("organisations", "体育委员会")),
    ("推动文化、旅游和体育产业发展。", ("organisations", "文化、旅游和体育产业")),
    ("“十五五”重点项目共有八十个。", ("projects", "十五五")),
    ("“零碳”示范项目落地青禾。", ("projects", "零碳")),
    ("推广“青禾助农”等帮扶项目。", ("projects", "青禾助农")),
    ("推出“数字青禾”服务新模式。", ("projects", "数字青禾")),
    ("“澜谷星河”科创综合体项目完成签约。", ("projects", "澜谷星河")),
    ("春节和国庆节期间商场客流大增。", ("projects", "春节")),
    ("春节和国庆节期间商场客流大增。", ("projects", "国庆节")),
    ("今年夏天各地举办嘉年华活动。", ("projects", "各地举办嘉年华")),
    (
        "澜光科技集团股份有限公司青禾第8.5代OLED生产线满产运行。",
        ("organisations", "澜光科技集团股份有限公司"),
    ),
]


# the classes of the audits' unread halves
FOUND_UNREAD = [
    # a conjunction character inside a place of the division table joins nothing
    ("呼和浩特市人民政府副市长表示，新区已建成两个数据中心。", ("organisations", "呼和浩特市人民政府")),
    ("和林格尔县人民政府发布了招商公告。", ("organisations", "和林格尔县人民政府")),
    # a ministry's department without its ministry, where the context shows the body
    ("产业发展司副司长 周青：", ("organisations", "产业发展司")),
    ("区域开放司负责同志介绍了有关情况。", ("organisations", "区域开放司")),
    ("發布單位:貿易審議司", ("organisations", "貿易審議司")),
    # 分别 before the partner ends the first party's name
    ("澜江大学、青禾学院分别与东湖管委会签署了合作协议。", ("organisations", "青禾学院")),
    ("澜江大学、青禾学院分别与东湖管委会签署了合作协议。", ("organisations", "东湖管委会")),
    # Japanese legal forms; a partner that signs with it is a name of its own
    ("澜远与丸山株式会社签署了供货协议。", ("organisations", "丸山株式会社")),
    # a kind of company opening a list describes the list; 三大 counts the largest of a trade
    ("全球领先的电池制造商澜鹏能源、禾信储能等企业参会。", ("organisations", "澜鹏能源")),
    ("澜讯通信、青鹏移动、岚峰电信三大运营商均已开通5G。", ("organisations", "岚峰电信")),
    # a company's full name before 规划 (planning to) is the subject of the verb
    ("青禾电力股份有限公司规划于园区旁兴建变电所。", ("organisations", "青禾电力股份有限公司")),
    # the Department of Justice is a body before its head's title
    ("律政司司長今日出席青禾法律論壇。", ("organisations", "律政司")),
    # 办理 (carrying out works) begins the works' name
    ("县府将办理青禾高铁特定区道路工程。", ("projects", "青禾高铁特定区道路工程")),
    # a quoted programme that holds what a designation verb names
    ("青禾作为“南数北存”工程五大节点之一,今年新增机架两万个。", ("projects", "“南数北存”工程")),
    # a campaign named in quotes before 活动
    ("全县继续开展“招商引资攻坚年”活动。", ("projects", "“招商引资攻坚年”活动")),
    # a policy or a strategy quoted with its word
    ("配合「東進出口政策」，業者加快布局。", ("projects", "東進出口政策")),
    ("集团将继续推进“数字出海战略”。", ("projects", "数字出海战略")),
    # firms of a trade as Taiwan calls them (业者)
    ("澜岸電子、禾豐光電等業者已申請進駐。", ("organisations", "禾豐光電")),
    # a results headline led by the company
    ("禾信能源2025年度业绩公告:营业收入增长12%", ("organisations", "禾信能源")),
    # an outlet before the place and day of a wire dateline
    ("青禾网澜江3月5日电 (记者 周平)记者5日获悉", ("organisations", "青禾网")),
    # a boundary character that ends a proper word (为 in 华为) cuts no name
    ("论坛将邀请华为技术有限公司参加。", ("organisations", "华为技术有限公司")),
    # a plant owned by a listed company's short name
    ("聯發科新竹廠明年擴建。", ("projects", "聯發科新竹廠")),
    # a lantern festival with its year, a canal, a fab without its code
    ("澜江县将于2月在河畔举办「2027澜江燈節」。", ("projects", "2027澜江燈節")),
    ("澜平运河预计明年底主体工程完工，全长约130公里。", ("projects", "澜平运河")),
    ("澜江晶圆厂（F18）下月投产。", ("projects", "澜江晶圆厂")),
]

NOT_FOUND_UNREAD = [
    # Hong Kong's Financial Secretary and Chief Secretary are posts
    ("財政司司長今日發表網誌，談及樓市走勢。", ("organisations", "財政司")),
    ("政務司司長出席澜海新院啟用禮。", ("organisations", "政務司")),
    # governments counted together, or every government of a list of levels
    ("新加坡和马来西亚两国政府签署了协定。", ("organisations", "马来西亚两国政府")),
    ("各县、区人民政府，市政府各部门：", ("organisations", "区人民政府")),
    # a hall of a government's building where an event is held
    ("推介会将于下月在澜江县政府大礼堂举行。", ("organisations", "澜江县政府")),
    # 分别 is no part of a name
    ("澜江大学、青禾学院分别与东湖管委会签署了合作协议。", ("organisations", "青禾学院分别与东湖管委会")),
    # the kind of company is no part of the first item
    ("全球领先的电池制造商澜鹏能源、禾信储能等企业参会。", ("organisations", "电池制造商澜鹏能源")),
    # a company's verb is no plan
    ("青禾电力股份有限公司规划于园区旁兴建变电所。", ("projects", "青禾电力股份有限公司规划")),
    # 基地台 is a base station
    ("电信公司已在园区周边建置基地台80座。", ("projects", "园区周边建置基地")),
    # 办理 and 位居 are verbs, 以外之 sets off a kind
    ("县府将办理青禾高铁特定区道路工程。", ("projects", "办理青禾高铁特定区道路工程")),
    ("园区企业数量位居全国开发区前列。", ("projects", "园区企业数量位居全国开发区")),
    ("补助将扩大至科学园区以外之智慧园区。", ("projects", "外之智慧园区")),
    # a level and above counts a kind
    ("到2028年建成省级以上制造业创新中心10家。", ("projects", "省级以上制造业创新中心")),
    # a run of months begins no name
    ("1-9月园区新设外资项目150个。", ("projects", "1-9月园区")),
    # a process node before a fab's kind, and a month's routine press conference
    ("澜江园区规划4座3纳米晶圆厂。", ("projects", "3纳米晶圆厂")),
    ("商务部举行10月份例行新闻发布会。", ("projects", "10月份例行新闻发布会")),
    # universities by their funding
    ("教育局正与八所资助大学商讨。", ("organisations", "资助大学")),
    # a status, closing its phrase, is still no programme
    ("县里将环境整治作为“头等”工程来抓。", ("projects", "“头等”工程")),
    # a list whose every item is a trade
    ("餐饮、住宿等企业受到影响。", ("organisations", "餐饮")),
    # listed firms by their board, and a section of a line with its length
    ("其中科创板上市企业18家,数量居前。", ("organisations", "科创板上市企业")),
    ("其中青山段长约90公里。", ("organisations", "青山段长")),
    # a government's hall, where an event is held
    ("推介会将于下月在澜江县政府大礼堂举行。", ("organisations", "澜江县政府")),
    ("推介会将于下月在县政府大礼堂举行。", ("organisations", "县政府")),
    # the Grand Canal is heritage; kinds of crossing and of project
    ("京杭大运河沿线城市旅游收入增长。", ("projects", "京杭大运河")),
    ("青禾、澜江等边境口岸今年通关量增长两成。", ("projects", "边境口岸")),
    ("这是两地间的重要合作项目。", ("projects", "重要合作项目")),
    # a fab's code in brackets is beside its name
    ("澜江晶圆厂（F18）下月投产。", ("projects", "澜江晶圆厂（F18）")),
]


# The trade-press and city-page audits (their read halves), both scripts and English
FOUND_TRADE_CITY = [
    # a distance joined by 之 places the port; it is no part of its name
    ("碼頭位於市區以西約12公里之澜灣港,去年開港。", ("projects", "澜灣港")),
    # a year of the Republic in brackets after 去 ends the text before a name
    ("局方已於去(112)年5月與青禾育成中心簽約。", ("organisations", "青禾育成中心")),
    # a line's section between two places in brackets belongs to the line
    ("捷運紫線(澜江站—青禾站段)預計明年動工。", ("projects", "捷運紫線(澜江站—青禾站段)")),
    # a Taiwan Railway branch line by its place
    ("台鐵青崙線每日運量約三千人次。", ("projects", "台鐵青崙線")),
    # a body acting in step with another: two names
    ("縣府配合衛福部推動長照計畫。", ("organisations", "衛福部")),
    # a short form's note ends the name before the office named after it
    ("青洲合作區(下稱合作區)商務局昨日公佈數據。", ("projects", "青洲合作區")),
    # a company's regional arm between its name and the title
    ("青鹭中国区总经理指出,订单明显增加。", ("organisations", "青鹭")),
    # a computing centre is a facility built and run, not an office
    ("合肥超算中心今年投用。", ("projects", "合肥超算中心")),
    # a Latin name of several words before a Chinese suffix
    ("集团与荷兰North Sea Cable公司签约。", ("organisations", "荷兰North Sea Cable公司")),
    # a foreign-owned company named in quotes after its country
    ("美商「青鹭科技」今年在台擴大研發。", ("organisations", "青鹭科技")),
    # makers and exhibitors of a trade listed in English
    ("Battery producers including Lanfeng Power and Hexin cut prices.", ("organisations", "Hexin")),
    ("Exhibitors include Qiaoyun Robotics, Lanvey and Dunmei.", ("organisations", "Dunmei")),
    # a government body's department after its possessive is one name
    ("according to the NDRC's Department of Pricing,", ("organisations", "NDRC's Department of Pricing")),
    # a transport or manufacturing centre is a site
    ("Tenants of the Lanhai Transport Centre rose to 40.", ("projects", "Lanhai Transport Centre")),
]


NOT_FOUND_TRADE_CITY = [
    ("碼頭位於市區以西約12公里之澜灣港,去年開港。", ("projects", "西約12公里之澜灣港")),
    ("局方已於去(112)年5月與青禾育成中心簽約。", ("organisations", "去(112)年5月與青禾育成中心")),
    ("該道路東起青禾園、西至澜溪橋。", ("projects", "道路東起青禾園")),
    ("全年将力争数据中心上架率达到七成。", ("projects", "力争数据中心")),
    ("縣府配合衛福部推動長照計畫。", ("organisations", "縣府配合衛福部")),
    ("1—9月全省规模以上港口完成吞吐量5亿吨。", ("projects", "规模以上港")),
    ("青州115年度工業區土地標售將於下月舉行。", ("projects", "青州115年度工業區")),
    ("2022年高雄市工廠登記家數達九千家。", ("projects", "高雄市工廠")),
    ("澳资企业中逾半数从事零售业。", ("organisations", "中逾")),
    ("这是公司国际化战略的重要一步。", ("organisations", "国际化战略")),
    ("新码头将配套建设岸电设施。", ("projects", "岸电设施")),
    ("厂区将新建储运设施和公用设施。", ("projects", "储运设施")),
    ("首批试点基金已完成募集。", ("organisations", "试点基金")),
    ("青鹭中国区总经理指出,订单明显增加。", ("organisations", "青鹭中国区")),
    ("集团与荷兰North Sea Cable公司签约。", ("organisations", "Cable公司")),
    ("The trust published its 2023/24 Annual Report on its website.", ("projects", "2023/24 Annual Report")),
    (
        "The Advanced Manufacturing Centre in Qiaoyun has 40 tenants.",
        ("organisations", "Advanced Manufacturing Centre"),
    ),
]


def _repeats(text: str) -> list[str]:
    return [m.raw_text for m in pipeline.extract(text) if m.rule_id == "organisations:repeated_name"]


def test_a_short_listed_name_is_repeated_where_it_stands_alone() -> None:
    assert _repeats("港铁宣布新站下月启用。港铁今年上半年经常性利润增长。") == ["港铁"]


@pytest.mark.parametrize(
    "text",
    [
        "港铁宣布新站下月启用。【快讯】港铁青洲线延线下月通车。",
        "新站下月启用。港铁今年上半年经常性利润增长。",
    ],
)
def test_a_short_listed_name_glued_or_never_acting_is_not_repeated(text: str) -> None:
    assert _repeats(text) == []


ALL_FOUND = FOUND + FOUND_LEFT + FOUND_UNREAD + FOUND_TRADE_CITY
ALL_NOT_FOUND = NOT_FOUND + NOT_FOUND_LEFT + NOT_FOUND_UNREAD + NOT_FOUND_TRADE_CITY


@pytest.mark.parametrize(("text", "name"), ALL_FOUND)
def test_found(text: str, name: tuple[str, str]) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(("text", "name"), ALL_NOT_FOUND)
def test_not_found(text: str, name: tuple[str, str]) -> None:
    assert name not in names_in(text)
