"""Simplified-Chinese project names of nine classes no rule knew, and their look-alikes.

A fifth probe (see test_projects_probe for the marks and the scoring), by
class: the land-sea trade corridor (西部陆海新通道) beside corridors in
general, with a freight-train service (中欧班列) left optional (a service
is neither a facility being built nor a programme); substations and
converter stations named by their site, with or without a voltage, beside
substations counted or of no site, and the grid company that runs one; a
quarter a plan develops, named by its place or purpose (自贸片区), beside a
city's quarter named by its compass part alone (城东片区: a place); a
station named by its city and a compass point with no linking verb; a
hospital's or a school's building named by its owner, beside the same
buildings with no owner; plans and campaigns named by what they build
(数字乡村建设行动方案, 高标准农田建设三年行动) beside campaigns in general;
named housing estates and the works done on them; railways named by the
short names of the cities they join (渝西高铁) beside railways in general
and a country's; and pipelines named by their route and load beside pipes
in general. Sentences the rules
still get wrong are in `KNOWN_MISSES`, with the reason, as strict expected
failures. All sentences are invented for these tests.
"""

from __future__ import annotations

from tests.extractors.test_projects_probe import probe_tests

CORRIDORS = [
    "[西部陆海新通道]班列今年开行量突破一万列。",
    "依托[西部陆海新通道]，{澄州港}货物可直达东南亚。",
    "广西加快建设[西部陆海新通道]骨干工程。",
    "贵州主动融入[西部陆海新通道]建设。",
    "青禾海关推出多项措施服务[陆海新通道]发展。",
    "经由[国际陆海新通道]出口的货物同比增长三成。",
    "{中欧班列}今年累计开行1.2万列。",
    "{澜江国际陆港}开行{中欧班列}300列。",
    "企业可通过绿色通道办理审批手续。",
    "物流企业正开辟新的运输通道。",
    "两地将共建人才交流通道。",
    "全省将打造向南出海新通道。",
    "货运班列每周开行三趟。",
    "开辟陆海联运新通道。",
]

SUBSTATIONS = [
    "国网澄州供电公司[220千伏青禾变电站]正式投运。",
    "国网澄州供电公司[220千伏澜湾变电站]正式投运。",
    "[鹤溪110千伏变电站新建工程]启动。",
    "[鹤溪110千伏变电站]主变压器吊装就位。",
    "[青禾±800千伏换流站]完成带电调试。",
    "电网公司在[澄岭500千伏变电站]开展带电作业。",
    "[500千伏青禾变电站]扩建工程顺利投运。",
    "全县[110千伏城北变电站]今日投运。",
    "今年全市新建110千伏变电站12座。",
    "供电公司对一座220千伏变电站进行检修。",
    "变电站运维人员连夜排查隐患。",
    "全省投运500千伏变电站3座、输电线路800公里。",
    "新建的变电站将满足园区用电需求。",
    "该变电站今年夏天负荷创新高。",
    "全市智能变电站覆盖率达到80%。",
    "公司承建多座特高压换流站。",
    "园区配套建设110千伏变电站一座。",
]

QUARTERS = [
    "{城东片区}道路网络基本成形。",
    "[青禾新区起步区]首批项目集中开工。",
    "[澄州东部新区]今年新增注册企业2000家。",
    "[临湖片区城市更新项目]完成签约。",
    "[澜江自贸片区]新设外资企业40家。",
    "[青禾自贸试验区南湖片区]推出20项改革举措。",
    "[澄江科创片区]引进研发机构15家。",
    "[雄州新区起步区]建设全面提速。",
    "[澄湖新区]启动区路网基本建成。",
    "老城片区居民将陆续搬迁。",
    "推进片区开发和老旧小区改造。",
    "项目位于城南片区，总投资5亿元。",
    "澜州东部片区今年计划供地3000亩。",
    "新桥建成后将缓解城北片区交通压力。",
    "全市划分为12个片区推进网格化管理。",
    "该片区共有居民1.2万户。",
]

STATIONS = [
    "[澄岭南站]站房主体结构封顶。",
    "[青禾西站改扩建工程]年底完工。",
    "旅客可在[澜湖东站]乘坐高铁前往省城。",
    "[金川北站]今年旅客发送量突破500万人次。",
    "高铁站前广场将于年底开放。",
    "社区卫生服务站新增医生5名。",
    "各收费站车流平稳有序。",
    "充电站和加油站将同步建设。",
]

BUILDINGS = [
    "[澄州市第三中学新建教学楼工程]顺利封顶。",
    "[青禾县实验小学综合楼建设项目]开工建设。",
    "[澜江市人民医院住院综合楼]主体结构封顶。",
    "[鹤山县第一中学新建学生宿舍楼工程]通过验收。",
    "[澄溪区中心小学改扩建工程]将于秋季开学前完工。",
    "[青禾大学附属医院门诊医技楼]今日启用。",
    "[青禾职业技术学院实训楼]竣工交付。",
    "患者可到[鹤山县中医院新住院楼]办理入院。",
    "[青禾市第一人民医院新院区门诊楼]已封顶。",
    "[鹤山县第二中学教学楼]明年投入使用。",
    "学校新建的教学楼已投入使用。",
    "医院新建住院楼一栋。",
    "全县今年新建教学楼20栋。",
    "新住院楼共设床位800张。",
    "该院综合楼一楼设有便民服务中心。",
    "学生可在教学楼三楼自习室学习。",
]

PROGRAMMES = [
    "全市启动[城市更新五年行动]，计划改造小区300个。",
    "[澄州市数字经济三年行动计划]提出到2027年产业规模翻番。",
    "省里印发[制造业数字化转型三年行动方案]。",
    "[青禾县高标准农田建设三年行动]全面完成。",
    "[青禾市数字政府建设方案]近日印发。",
    "省里印发[数字乡村建设行动方案]。",
    "[青禾县美丽乡村建设三年行动计划]明确了五大任务。",
    "[鹤山市海绵城市建设规划]获批实施。",
    "各地要采取有力行动，确保完成目标。",
    "三年行动期间累计投入资金20亿元。",
    "开展安全生产专项行动。",
    "两国将采取联合行动打击走私。",
    "行动计划明确了五项重点任务。",
    "全县加快建设规划中的产业园。",
    "集团将按照建设规划推进项目。",
]

ESTATES = [
    "[幸福新村改造项目]总投资3000万元。",
    "[澜湖小区老旧小区改造工程]已完工。",
    "[东风新村综合整治工程]惠及居民1200户。",
    "[青禾花园安置房项目]交付使用。",
    "[鹤山县城北安置房项目]主体封顶。",
    "[红旗新村提升改造项目]完成招标。",
    "他家住在幸福新村三栋。",
    "全市今年改造老旧小区120个。",
    "小区物业费将上调。",
    "县里推进美丽新村建设项目。",
    "今年新开工安置房项目8个。",
]

RAILWAYS = [
    "[渝西高铁重庆段]正式进入铺轨阶段。",
    "[京沪高铁]客流创新高。",
    "[郑万高铁]开通运营三周年。",
    "[长株潭城际]日均客流超过5万人次。",
    "乘坐[广深港高铁]可直达西九龙。",
    "[杭甬城际铁路]今年开工建设。",
    "[成达万高铁]四川段全线开工。",
    "京沪高铁公司发布年度报告。",
    "全国高铁运营里程突破4.5万公里。",
    "南北高铁通道建设加快推进。",
    "新建的高铁站将于年底启用。",
    "今年我省新开通高铁3条。",
    "中国高铁走向世界。",
    "我国高铁运营里程世界第一。",
    "{香港高铁}西九龙站客流回升。",
    "两地城际铁路建设进展顺利。",
]

PIPELINES = [
    "绿氢将通过[青禾—澜江输氢管道]输送至下游企业。",
    "[澄州—鹤山天然气管道]全线贯通。",
    "[青禾至澜江输油管道]今年投产。",
    "天然气将经[澜州—青禾输气管道]输送至沿海城市。",
    "[鹤山输水管道工程]进入试运行阶段。",
    "城市燃气管道老化更新改造全面推进。",
    "全省新建天然气管道500公里。",
    "公司加强输油管道巡护工作。",
    "当地新铺设一条输气管道。",
    "该县老旧输水管道漏损率较高。",
    "地下天然气管线分布复杂，施工须格外小心。",
]

PROBES: dict[str, list[str]] = {
    "railway": RAILWAYS,
    "pipeline": PIPELINES,
    "corridor": CORRIDORS,
    "substation": SUBSTATIONS,
    "quarter": QUARTERS,
    "station": STATIONS,
    "building": BUILDINGS,
    "programme": PROGRAMMES,
    "estate": ESTATES,
}

KNOWN_MISSES: dict[str, str] = {
    "国网澄州供电公司[220千伏澜湾变电站]正式投运。": "a place the dictionary splits (澜/湾) anchors nothing",
    "[澄州市第三中学新建教学楼工程]顺利封顶。": "a city the dictionary splits (澄/州市) begins no school",
    "[鹤山县第二中学教学楼]明年投入使用。": "a middle school (中学) is no owner by its ending alone",
    "[青禾花园安置房项目]交付使用。": "安置 read as a verb cuts the name",
    "[红旗新村提升改造项目]完成招标。": "an estate of common words before a verb of works reads as a kind",
}

# The probe's scores with the rules as they are: a change that lowers them
# has broken a class.
MIN_PRECISION = 0.98
MIN_RECALL = 0.9


(
    test_projects_of_the_simplified_classes_are_found_as_a_reader_marks_them,
    test_known_misses_are_probe_sentences,
    test_probe_precision_and_recall_hold,
) = probe_tests(PROBES, KNOWN_MISSES, 120, MIN_PRECISION, MIN_RECALL)
