"""Project names of eight classes a whole-page reading showed missing, and their look-alikes.

A third probe (see test_projects_probe for the marks and the scoring), by
class: rail lines named by their short name alone, as Hong Kong writes them
(X綫, its main or branch line, its extension), beside cables, red lines and
airline routes; stations a line links or passes, beside stations of other
kinds; Macau's lettered reclamation zones (新城A區) beside lettered
halls and parts; projects joined by 及 or 與 whose first part ends with a
phase, a lot or a line (two names, not one); parks named by their industry
alone, and the same words as a kind of park; a phased project after the
park it stands in; corridors and visions with no ending; English
development areas and bays beside development as an activity; and a route
named by two places joined by a dash; and a named hospital's or
university's new campus (a project under the schema) beside a body's bare
new campus. Sentences the rules still get wrong
are in `KNOWN_MISSES`, with the reason, as strict expected failures. All
sentences are invented for these tests.
"""

from __future__ import annotations

from tests.extractors.test_projects_probe import probe_tests

RAIL_LINES = [
    "[澜岭綫]通車後，由青洲往市區只需二十分鐘。",
    "新鐵路將連接[青洲綫]、[澜岭綫]及[南港島綫]，沿綫設四個車站。",
    "[西灣綫東延段]預計明年第三季動工。",
    "[澄溪綫支綫]的勘察工作已經完成。",
    "[東岭綫延綫]全長約兩公里。",
    "市民可在[金湖站]轉乘[青湖綫]。",
    "政府估計[北環綫]每日載客量可達十五萬人次。",
    "旅客可在站内换乘[澄江线]前往机场。",
    "[澜湾线]全线通车后，沿线居民出行更加便利。",
    "電訊公司正更換舊電纜，並連接新光纖綫及電源綫。",
    "各部門須守住預算紅綫和安全底綫。",
    "這條生產綫每日可生產三千部手機。",
    "該航空公司國際綫乘客按年增加兩成。",
    "熱綫電話二十四小時開放。",
    "澄溪綫的設計方案今日公布。",
]

STATIONS = [
    "新綫全長八公里，連接[青洲站]與[澜岭站]。",
    "新鐵路沿綫設[金湖站]、[北灣站]及[澄溪站]三個車站。",
    "列车途经[澜江南站]后进入山区。",
    "旅客可在[金湖站]换乘[澄江线]。",
    "沿綫設三個新車站。",
    "社區設有長者服務站及衞生站。",
    "公司设有院士工作站和博士后科研工作站。",
    "新区将增设充电站和换电站各十座。",
    "新綫由現時[金湖站]延伸至[北灣站]。",
    "醫療服務延伸至村衞生站。",
]

LETTERED_ZONES = [
    "[新城C區]首批公共房屋將於下月入伙。",
    "房屋局表示，[新城D區]規劃興建住宅約一萬個單位。",
    "連接[新城B區]與氹仔的行人天橋已經通車。",
    "[新城E區]的填海工程已完成七成。",
    "展覽分為三個展區，B區展示新能源汽車。",
    "市民可前往園區A區辦理登記手續。",
    "老城區與新城區的交通將同步改善。",
    "第二期住宅位於C區，共有八幢樓宇。",
]

JOINED = [
    "去年投資增長主要來自[澄灣輕軌東線]及[新城D區公共房屋工程]。",
    "連接[新城C區]與[港珠澳大橋澳門口岸]的道路今日開通。",
    "新铁路将连接[青洲线]及[澜岭线]。",
    "[青湖轻轨东线]及[澜江污水处理厂工程]今年完工。",
    "資金主要用於[南澳島發電廠L9機組]及海上風電場前期工作。",
    "市民可乘搭港鐵及巴士前往會展中心。",
    "公司將擴建生產線及倉庫。",
]

INDUSTRY_PARKS = [
    "[新能源电池产业园]规划面积3.2平方公里，已入驻企业45家。",
    "[智能网联汽车产业园]今年实现产值120亿元。",
    "项目选址位于[生物医药产业园]东区。",
    "各产业园要加快基础设施配套建设。",
    "县里将打造一批特色产业园。",
    "全市新建数字经济产业园5个。",
    "县里计划建设光伏产业园，规划面积3平方公里。",
    "省级产业园已集聚企业3000家。",
]

PHASED_AFTER_PARK = [
    "位于[澜江开发区]的[精密轴承三期项目]已投产。",
    "位于[青禾高新区]的[高端铸件二期项目]完成设备安装。",
    "落户[澄州经开区]的[氢能装备一期项目]今年开工。",
    "位于高新区的二期项目进展顺利。",
    "位于开发区的一期工程已竣工。",
    "园区内的三期项目正在招商。",
    "企业在[澜江开发区]的精密轴承三期项目已投产。",
    "位于[澜江开发区]的精密轴承项目已投产。",
]

CORRIDORS = [
    "项目建成后将融入{东部陆海联运新通道}。",
    "政府公布{明日澜湾}计划的最新进展。",
    "企业可通过绿色通道办理审批手续。",
    "物流企业正开辟新的运输通道。",
    "两地将共建人才交流通道。",
    "双方同意打通跨境数据通道。",
]

ENGLISH = [
    "The [Sai Lok Development] will provide about 20,000 flats.",
    "Land sales at the [Harbourfront Central Development] raised HK$9 billion.",
    "Offices in the [Lanhai Innovation Bay] are fully let.",
    "The [Qiaoyun Financial Bay], the city's new finance cluster, will open next year.",
    "The report on Qiaoyun Economic Development came out today.",
    "Officials praised Sustainable Urban Development in the region.",
    "He heads Business Development at the firm.",
    "The Lanhai Development and Reform Commission approved the plan.",
    "Ferries dock at Qiaoyun Bay every hour.",
    "The hotel is owned by a subsidiary of Qiaoyun Land Development.",
    "Firms in the [Lanhai Economic and Technological Development Area] grew.",
    "Funding for Research and Development rose 8 percent.",
]

DASHED_ROUTES = [
    "电力经[青海—澄州±800千伏特高压直流输电工程]送出。",
    "[澜江—青禾±500千伏直流输电工程]今年投运。",
    "公司中标[宁澄—澜江1000千伏特高压交流工程]。",
    "通过[陇西—澄州±800千伏特高压直流工程]外送电量。",
    "电力经由[陇中—澄州±800千伏特高压直流工程]送往华东。",
    "电量经[陇南—青禾±800千伏特高压直流输电工程]送往华东。",
    "[中国—东盟自由贸易区]升级议定书正式生效。",
    "2025—2027年全省新建输电线路3000公里。",
    "电压等级为±800千伏的线路年内开工。",
]

NEW_CAMPUSES = [
    "[澄州市中心医院新院区]今日正式开诊。",
    "[青禾县人民医院新院区]二期工程开工建设。",
    "[澜江大学新校区]一期明年秋季启用。",
    "该院新院区明年启用。",
    "医院新院区的建设得到市民普遍关注。",
    "学校新校区秋季启用。",
    "澄州市第一中学新校区明年招生。",
]

PROBES: dict[str, list[str]] = {
    "rail": RAIL_LINES,
    "station": STATIONS,
    "zone": LETTERED_ZONES,
    "joined": JOINED,
    "industry": INDUSTRY_PARKS,
    "phased": PHASED_AFTER_PARK,
    "corridor": CORRIDORS,
    "en": ENGLISH,
    "dash": DASHED_ROUTES,
    "campus": NEW_CAMPUSES,
}

KNOWN_MISSES: dict[str, str] = {}

# The probe's scores with the rules as they are: a change that lowers them
# has broken a class.
MIN_PRECISION = 0.95
MIN_RECALL = 0.6


(
    test_projects_of_the_audited_classes_are_found_as_a_reader_marks_them,
    test_known_misses_are_probe_sentences,
    test_probe_precision_and_recall_hold,
) = probe_tests(PROBES, KNOWN_MISSES, 60, MIN_PRECISION, MIN_RECALL)
