"""A battery of invented sentences: counted nouns and measure words, coupons and thresholds.

Measure words of goods, orders and places that also begin common words
(单, 尾, 组, 床, 剂, 册, 箱, 双), with the words they begin as hard negatives;
the coupon of a note or bond in 厘; a threshold amount after an adverb
(获利双双破千亿); English counted nouns that are also units (charging
points, not percentage points); and numbers in names written in capitals.
The cases read as in `test_figure_probe`: (text the span covers, value or
(low, high), unit, qualifier[, counter]); a sentence with no expected figure
must give none.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_figure_probe import CN, EN, HK, TW, A, M, _differences, figure_cases

CASES = [
    # -- 单: orders and parcels; 单元, 单位, 单价 and 订单 as words
    ("物流园区日均处理快递包裹65万单。", CN, [("65万单", 6.5e5, "count", None, "单")]),
    ("平台“双11”首日外卖订单突破2,000万单", CN, [("突破2,000万单", 2e7, "count", M, "单")]),
    ("該店上月網購訂單逾3萬單。", HK, [("逾3萬單", 3e4, "count", M, "单")]),
    ("住户须到3单元领取钥匙。", CN, []),
    ("共有15单位通过年度考核。", CN, []),
    ("新订单指数回升至51.2。", CN, []),
    ("该厂一单生意就赚了不少。", CN, []),
    # -- 尾: fish and fry; 尾款, 尾号, 尾气 as words
    ("今年全县共放流鱼苗860万尾。", CN, [("860万尾", 8.6e6, "count", None, "尾")]),
    ("漁民本季捕獲石斑約1.5萬尾。", TW, [("約1.5萬尾", 1.5e4, "count", A, "尾")]),
    ("养殖基地投放虾苗约3000万尾", CN, [("约3000万尾", 3e7, "count", A, "尾")]),
    ("购车者须在7日内付清30%尾款。", CN, [("30%", 30, "percent", None)]),
    ("本周五尾号为4和9的车辆限行。", CN, []),
    # -- 组: sets and groups; 组织, 组件, 组合 as words
    ("储能电站共安装电池簇1200组。", CN, [("1200组", 1200, "count", None, "组")]),
    ("該廠年產太陽能模組15萬組。", TW, [("15萬組", 1.5e5, "count", None, "组")]),
    ("参赛队伍分成6组进行循环赛。", CN, [("6组", 6, "count", None, "组")]),
    ("全区3组织获评先进党组织。", CN, []),
    ("工厂新建5组件车间。", CN, []),
    ("两家基金推出3组合产品。", CN, [("两家", 2, "count", None, "家")]),
    # -- 床: beds; 床位 as a noun
    ("新院区设置病床1500床。", CN, [("1500床", 1500, "count", None, "床")]),
    ("醫院將增加急症病床約300床。", HK, [("約300床", 300, "count", A, "床")]),
    ("养老院共有床位450张。", CN, [("450张", 450, "count", None, "张")]),
    ("康复中心扩至200床位。", CN, []),
    ("病房新换了20床垫。", CN, []),
    ("住在8床的病人今天出院。", CN, []),
    (
        "病床由600床增至900床。",
        CN,
        [("600床", 600, "count", None, "床"), ("900床", 900, "count", None, "床")],
    ),
    # -- 剂, 册, 箱, 瓶, 双: doses, volumes, boxes, bottles, pairs
    ("全省累计接种新冠疫苗1.2亿剂次。", CN, [("1.2亿剂次", 1.2e8, "count", None, "剂次")]),
    ("衞生署已訂購流感疫苗60萬劑。", HK, [("60萬劑", 6e5, "count", None, "剂")]),
    ("新图书馆藏书约80万册。", CN, [("约80万册", 8e5, "count", A, "册")]),
    ("海关截获走私冻肉4200箱。", CN, [("4200箱", 4200, "count", None, "箱")]),
    ("酒厂去年卖出白酒300万瓶。", CN, [("300万瓶", 3e6, "count", None, "瓶")]),
    ("鞋厂年产运动鞋1200万双。", CN, [("1200万双", 1.2e7, "count", None, "双")]),
    ("双方签署了5项协议。", CN, [("5项", 5, "count", None, "项")]),
    ("药品须按3剂量服用。", CN, []),
    ("每户发放2袋装食用油。", CN, []),
    ("全市建成12双创示范基地。", CN, []),
    # -- 厘: a coupon of notes and bonds, with no word of interest before it
    (
        "集團擬發行3.875厘優先票據，集資5億美元。",
        HK,
        [("3.875厘", 3.875, "percent", None), ("5億美元", 5e8, "USD", None)],
    ),
    ("公司提前赎回6.5厘公司债。", CN, [("6.5厘", 6.5, "percent", None)]),
    ("政府發行3年期2.8厘債券。", HK, [("2.8厘", 2.8, "percent", None)]),
    ("該行派發4厘票息。", HK, [("4厘", 4, "percent", None)]),
    ("新款手机厚度仅7.5厘。", CN, []),
    ("零件误差控制在2厘以内。", CN, []),
    # -- a threshold amount with an adverb between the word for money and it
    ("兩家金控前三季獲利雙雙破千億。", TW, [("兩家", 2, "count", None, "家"), ("破千億", 1e11, "TWD", M)]),
    ("两家车企上半年营收均破百亿。", CN, [("两家", 2, "count", None, "家"), ("破百亿", 1e10, "CNY", M)]),
    ("集團明年營收有望再破千億", HK, [("破千億", 1e11, "HKD", M)]),
    ("全市税收首次突破千亿。", CN, [("突破千亿", 1e11, "CNY", M)]),
    (
        "兩大壽險前三季獲利年增逾兩成 雙雙破千億",
        TW,
        [("逾兩成", 20, "percent", M), ("破千億", 1e11, "TWD", M)],
    ),
    ("公司收入稳步增长，市值首破千亿。", CN, [("首破千亿", 1e11, "CNY", M)]),
    ("投资者数量今年破千万。", CN, []),
    ("短视频平台播放量破百亿。", CN, []),
    ("两队双双破纪录。", CN, []),
    ("销量双双破千台。", CN, [("破千台", 1000, "count", M, "台")]),
    # -- points as places of service after a modifier; points of a scale or a score are no count
    (
        "The province added 52,000 public charging points this year.",
        EN,
        [("52,000 public charging points", 52000, "count", None, "points")],
    ),
    (
        "Operators installed 900 Wi-Fi access points in the metro.",
        EN,
        [("900 Wi-Fi access points", 900, "count", None, "points")],
    ),
    (
        "The city set up 35 vaccination points in schools.",
        EN,
        [("35 vaccination points", 35, "count", None, "points")],
    ),
    ("The central bank cut the rate by 15 basis points.", EN, [("15 basis points", 0.15, "pp", None)]),
    ("The benchmark index fell 42 points on Friday.", EN, []),
    ("Members earn 500 bonus points per booking.", EN, []),
    ("The minister made three key points in her speech.", EN, []),
    ("The team won 3 more points than last season.", EN, []),
    # -- a head written in capitals is a name with its number unless the line is in capitals
    ("機管局表示，7 TERRACES 的零售區已開幕。", HK, []),
    ("Residents of 8 PARKLANDS welcomed the plan.", EN, []),
    ("新商場 3 TOWERS 明年落成。", HK, []),
    ("FERRY LINE ADDS 6 NEW ROUTES", EN, [("6 NEW ROUTES", 6, "count", None, "ROUTES")]),
    ("The terminal handled 2.1 million TEUs.", EN, [("2.1 million TEUs", 2.1e6, "count", None, "TEUs")]),
    ("The shop sells 40 NASA-branded items.", EN, [("40 NASA-branded items", 40, "count", None, "items")]),
]

CASES += [
    # -- a table row: a dash with a space before it and a digit after is a sign, not a range
    ("鞋類及服裝　2,340　-3.6%", TW, [("-3.6%", -3.6, "percent", None)]),
    ("家用电器 415 -12.8%", CN, [("-12.8%", -12.8, "percent", None)]),
    ("Footwear   1,120   -0.7%", EN, [("-0.7%", -0.7, "percent", None)]),
    ("建成3-5座桥梁。", CN, [("3-5座", (3, 5), "count", None, "座")]),
    (
        "The fair expects 20 - 30 exhibitors.",
        EN,
        [("20 - 30 exhibitors", (20, 30), "count", None, "exhibitors")],
    ),
    ("利润率由5%-8%提升。", CN, [("5%-8%", (5, 8), "percent", None)]),
]

CASES += [
    # -- counts in title-case headlines; model codes and craft before or as the counted noun
    (
        "Harbour District Lands 27 Deals Worth 9 Billion Yuan",
        EN,
        [("27 Deals", 27, "count", None, "Deals"), ("9 Billion Yuan", 9e9, "CNY", None)],
    ),
    ("Shipyard Delivers 12 Vessels Ahead of Schedule", EN, [("12 Vessels", 12, "count", None, "Vessels")]),
    ("Microsoft Windows 11 Users Top Forecast", EN, []),
    ("Carrier Orders 30 Boeing 787 Jets", EN, []),
    ("Tencent Cloud 5 Regions Go Live", EN, []),
    ("The airline ordered 20 Boeing 737 jets.", EN, []),
    (
        "A budget carrier leased 9 A321neo planes for the summer.",
        EN,
        [("9 A321neo planes", 9, "count", None, "planes")],
    ),
    (
        "The regional airline now flies 7 ARJ21s on 5 routes.",
        EN,
        [("7 ARJ21s", 7, "count", None, "ARJ21s"), ("5 routes", 5, "count", None, "routes")],
    ),
    (
        "The firm swung to a loss of RMB1bn from a profit of RMB2.5bn.",
        EN,
        [("RMB1bn", 1e9, "CNY", None), ("RMB2.5bn", 2.5e9, "CNY", None)],
    ),
    ("The lab bought 12 H100 chips.", EN, [("12 H100 chips", 12, "count", None, "chips")]),
    (
        "The lessor owns 260 aircraft across Asia.",
        EN,
        [("260 aircraft", 260, "count", None, "aircraft")],
    ),
    ("The agency launched 3 spacecraft this year.", EN, [("3 spacecraft", 3, "count", None, "spacecraft")]),
]

CASES += [
    # -- people counted by a noun after a word that says which people
    ("新城规划容纳约65万常住人口。", CN, [("约65万常住人口", 6.5e5, "count", A, "常住人口")]),
    ("該區外來人口已超過12萬。", HK, [("12萬", 1.2e5, "count", M, "外来人口")]),
    ("全省新增户籍人口约9万。", CN, [("约9万", 9e4, "count", A, "户籍人口")]),
    ("该应用拥有1.2亿月活用户。", CN, [("1.2亿月活用户", 1.2e8, "count", None, "月活用户")]),
    ("今年接待入境游客350万人次。", CN, [("350万人次", 3.5e6, "count", None, "人次")]),
    ("每10万常住人口拥有医师32人。", CN, [("32人", 32, "count", None, "人")]),
    # -- a bare count in Chinese numerals after a noun of visits or people
    ("博物館全年參觀人次突破二百萬。", TW, [("突破二百萬", 2e6, "count", M, "参观人次")]),
    ("书展入场人次约一百二十万，再创新高。", CN, [("约一百二十万", 1.2e6, "count", A, "入场人次")]),
    ("灯会首周客流逾五十万。", CN, [("逾五十万", 5e5, "count", M, "客流")]),
    ("观众突破三十万大关。", CN, []),
    ("观众纷纷表示一万个赞。", CN, [("一万个", 1e4, "count", None, "个")]),
]

CASES += [
    # -- a building's height or depth in storeys; a storey that places something is none
    ("新落成的综合楼楼高十八层。", CN, [("十八层", 18, "count", None, "层")]),
    ("大廈樓高三十二層，設有兩層地庫。", HK, [("三十二層", 32, "count", None, "层")]),
    ("商场地上6层、地下2层。", CN, [("6层", 6, "count", None, "层"), ("2层", 2, "count", None, "层")]),
    ("新館高5層，預計明年落成。", TW, [("5層", 5, "count", None, "层")]),
    ("发布会在酒店8层宴会厅举行。", CN, []),
    ("办公室位于大厦12层。", CN, []),
    # -- a measure of earnings glued to its amount
    (
        "集團經營利潤EBIT 12.4億港元，按年升8%。",
        HK,
        [("12.4億港元", 1.24e9, "HKD", None), ("8%", 8, "percent", None)],
    ),
    ("公司EBITDA3.6亿元，同比增长12%。", CN, [("3.6亿元", 3.6e8, "CNY", None), ("12%", 12, "percent", None)]),
    ("EBITDA margin widened to 18%.", EN, [("18%", 18, "percent", None)]),
]

KNOWN: dict[str, str] = {
    "Microsoft Windows 11 Users Top Forecast": "a name ending in -s before a number in a title-case headline "
    "reads as a verb of the third person (Park Signs 45 Projects)",
}


@pytest.mark.parametrize(("text", "region", "expected"), figure_cases(CASES, KNOWN))
def test_each_sentence_gives_the_figures_it_holds(text, region, expected):
    assert _differences(text, region, expected) == []


def test_the_battery_is_broad():
    assert len({text for text, _, _ in CASES}) == len(CASES)
    assert sum(not expected for _, _, expected in CASES) >= 15  # sentences with no figure
