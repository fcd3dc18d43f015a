"""Organisations and projects of Hong Kong, Macau and Taiwan in traditional script: a probe.

Classes that whole-page reading of their news found missed or wrongly
found, each in sentences of several outlets and genres (property pages,
government releases, chip-industry news, Macau's papers, weather and
transport reports, budget pages), with the same words where they name
nothing:

- rail lines named by their own short name (屯馬綫-like, with 綫 or 線)
  where a service, an extension or a length shows the line, and the first
  of two lines joined by 及; industrial estates (工業邨); stations under a
  development (X站上蓋); water works (再造水廠, 污水下水道系統); a
  company's fab by its node or code (3奈米新廠, B2廠); a hospital with a
  phase of its building; races by their place; resorts by their name;
  housing estates named in corner quotes where a sale shows (「X」首推);
  a programme after the Executive Yuan, which runs it (行政院X計畫: two names);
  a grant scheme quoted by its name (「X補助」, “X补贴”), not a quoted complaint;
- spans that name nothing: a Taiwan year before 計畫, a budget by its
  title alone, a building by its use alone;
- organisations: the Observatory (天文台), two bodies joined across a
  verb of going on working together (會繼續與), and a body joined or left
  (加入X聯盟: who joins is no part of the name), and two short names joined
  by 和 or 及 before 等 (the second begins after the conjunction), also
  when both end in the trade word of the head (X航空及Y航空等航空公司).

Projects use the marks of `test_projects_probe` (`[...]` a project,
`{...}` optional); organisations are listed as written. All sentences are
invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.core.records import DocumentContext
from tests.extractors.test_names_chinese_org_probe import org_probe_tests
from tests.extractors.test_projects_probe import assert_found_as_marked, assert_probe_holds, probe_params

TRADITIONAL = DocumentContext(traditional=True)

PROJECTS: dict[str, list[str]] = {
    "lines": [
        "受信號故障影響，[將軍澳綫]一度暫停服務約四十分鐘。",
        "[觀塘綫]及[荃灣綫]今晚起延長服務至凌晨一時。",
        "颱風期間[南灣綫]及[北角綫]露天路段須停駛。",
        "[青洲線]延伸至北灣的工程預計明年完成。",
        "[石灣線]延伸至青洲的工程明年完成。",
        "[澄溪綫]今早恢復服務，班次逐步回復正常。",
        # the same words where they name no line
        "工廠的生產綫暫停服務兩日進行保養。",
        "熱綫服務時間延長至晚上十時。",
        "該巴士路綫暫停服務，乘客須改乘其他路綫。",
        "政府守住財政紀律的底綫，海岸綫全長約八百公里。",
        "輸水管線全長約12公里，明年完工。",
    ],
    "industrial_estates": [
        "[元朗工業邨]新增兩幅用地供數據中心使用。",
        "科技園公司計劃擴建[大埔工業邨]，增加先進製造業用地。",
        "[將軍澳工業邨]一帶多處廠房外牆受損。",
        "三個工業邨的租用率均超過九成。",
        "政府會檢討工業邨的土地用途。",
        "新落成的[澄灣工業邨]首批租戶明年進駐。",
        "[澄灣新市鎮]的人口將增至30萬。",
        "政府規劃多個新市鎮，並檢討現有新市鎮的配套。",
    ],
    "stations_under_developments": [
        "新盤位於[大圍站]上蓋，預計明年入伙。",
        "發展商將在[油塘站]上蓋興建約2,000個住宅單位。",
        "項目坐落[澄灣站]上蓋，步行兩分鐘可達商場。",
        "車站上蓋將興建商場及住宅。",
        "該站上蓋物業的呎價較區內高一成。",
        "港鐵站上蓋項目今年推出約五千伙。",
    ],
    "water_works": [
        "處理後的污水經[沙嶺再造水廠]再生後供沖廁用途。",
        "污水處理後送往[澄灣再造水廠]進一步淨化。",
        "縣府爭取中央補助推動[溪洲污水下水道系統]建設。",
        "[南湖污水下水道系統第二期]工程明年發包。",
        "再造水廠的選址仍在研究。",
        "全縣污水下水道系統接管率達六成。",
    ],
    "fabs": [
        "聯電宣布在台南興建[5奈米新廠]，預計後年量產。",
        "晶岳科技的[C3廠]下月投產，月產能兩萬片。",
        "力澄半導體在[中科]的[A16廠]也已動工。",
        "業界預期2奈米製程明年量產。",
        "該公司新廠明年量產，全台共有12廠。",
        "第3廠的擴建工程延後至明年。",
    ],
    "hospital_phases": [
        "[澄灣醫院第二期]明年動工，提供約800張病床。",
        "[青洲醫院首階段]工程已完成地基。",
        "政府預計[北灣醫院第一期]於2030年落成。",
        "澄灣醫院今年新增病床200張。",
        "全港公立醫院的輪候時間縮短。",
        "醫院第二期的設計仍在諮詢。",
    ],
    "sports_events": [
        "[青洲國際龍舟賽]將於端午節在南灣湖舉行。",
        "[澜海國際馬拉松]今年吸引三萬名跑手參加。",
        "發言人表示，[灣區國際七人欖球賽]明年三月舉行。",
        "市民可報名參加半程馬拉松。",
        "端午節各區都有龍舟賽。",
        "今年的馬拉松賽事將改道。",
    ],
    "resorts": [
        "[澳濱度假村]第二期將於明年開幕。",
        "按物業計算，[青洲金岸度假村]錄得經調整EBITDA 9億港元。",
        "集團旗下[灣景綜合度假村]的入住率達九成。",
        "度假村的入住率回升至九成。",
        "該集團計劃興建大型綜合度假村。",
        "兩間度假村的酒店房間將翻新。",
    ],
    "quoted_estates": [
        "「[澄峰]」首推200伙，折實平均呎價18,000元。",
        "澜信置業旗下「[青灣匯]」下月開售。",
        "新盤「[海澄軒]」昨日公布首張價單，涉及300伙。",
        "「[灣畔]」共提供520伙，預計2028年入伙。",
        "他形容新政策是「及時雨」。",
        "計劃名為「樂齡科技」，提供資助。",
        "市民可透過「智方便」提供個人資料。",
    ],
    "quoted_grants": [
        "經濟部今年辦理「[中小企業數位轉型補助]」，已有500家申請。",
        "市府開辦「[老屋節能改造補助]」，每戶最高5萬元。",
        "澳門特區政府向長者發放「[敬老生活津貼]」。",
        "县里发放“[家电以旧换新补贴]”，每台最高2000元。",
        "農業部門繼續實施「[稻田轉作獎勵補助]」。",
        "業者可申請「補助」。",
        "不少商户反映“一直申请不到补贴”。",
        "市民抱怨「申請不到補助」。",
        "符合資格者可申請補助。",
    ],
    "programmes_after_the_executive_yuan": [
        "縣府配合行政院[數位轉型計畫]推動智慧服務。",
        "市府將爭取行政院[澜海城鄉翻新計畫]補助。",
        "行政院核定[青灣海岸復育計畫]第二期經費。",
    ],
    "places_served": [
        "屆時醫院可服務[澄灣新發展區]約30萬人口。",
        "新校舍可容納[北灣新市鎮擴展區]的學童。",
        "新水廠落成後可提供足夠食水予[青洲新發展區]。",
    ],
    "names_of_nothing": [
        "116年計畫預計明年1月起受理申請。",
        "依118年計畫，補助上限提高至150萬元。",
        "2028-29財政年度政府{財政預算案}",
        "{財政預算案}將於下月公布。",
        "晴峰共提供800伙，分布於3座住宅大樓。",
        "兩座住宅大樓預計明年落成。",
        "行政院核定[前瞻基礎建設計畫]第四期特別預算。",
    ],
}

PROJECT_KNOWN_MISSES: dict[str, str] = {
    "[元朗工業邨]新增兩幅用地供數據中心使用。": "a count of plots before 供 is read as a centre's name",
    "港鐵站上蓋項目今年推出約五千伙。": "a system's stations in general before 项目 are read as one project",
}

ORGANISATIONS: list[tuple[str, tuple[str, ...]]] = [
    # the Observatory, by its short name
    ("天文台預測明日氣溫下降至攝氏十度。", ("天文台",)),
    ("天文台於上午九時發出八號烈風信號。", ("天文台",)),
    ("香港天文台表示，本港今年雨量較常年多三成。", ("香港天文台",)),
    ("據天文台資料，上月平均氣溫創新高。", ("天文台",)),
    ("天文台錄得最高陣風每小時130公里。", ("天文台",)),
    ("市民可在天文台網頁查閱最新天氣報告。", ("天文台",)),
    # two bodies joined across a verb of going on working together
    ("醫管局會繼續與澄灣大學合作推動臨床研究。", ("醫管局", "澄灣大學")),
    ("教育局將繼續與青洲大學及澄灣大學合作，推動師資培訓。", ("教育局", "青洲大學", "澄灣大學")),
    ("經濟局會繼續與澳門大學緊密合作，支援初創企業。", ("經濟局", "澳門大學")),
    ("衞生署會與醫管局加強合作，縮短輪候時間。", ("衞生署", "醫管局")),
    ("環保署將繼續與漁護署合作監察海洋生態。", ("環保署", "漁護署")),
    ("科技部會持續與中研院合作培育人才。", ("科技部", "中研院")),
    # the Executive Yuan before the programme it runs
    ("縣府配合行政院數位轉型計畫推動智慧服務。", ("縣府", "行政院")),
    ("市府將爭取行政院澜海城鄉翻新計畫補助。", ("市府", "行政院")),
    ("行政院核定青灣海岸復育計畫第二期經費。", ("行政院",)),
    # Hong Kong's authorities by their short names
    ("醫管局公布，急症室輪候時間縮短兩成。", ("醫管局",)),
    ("市建局今年將啟動兩個重建項目。", ("市建局",)),
    ("機管局預計全年客運量回升至疫前水平。", ("機管局",)),
    # Taiwan's chip makers by short names no other word holds, acting or not
    ("新晶片採台積電3奈米製程，預計明年量產。", ("台積電",)),
    ("同業營收普遍下滑，聯發科則年減3%。", ("聯發科",)),
    ("分析師看好鴻海與緯創的伺服器訂單。", ("鴻海", "緯創")),
    ("外資連續三日賣超英業達。", ("英業達",)),
    ("晶澄科技的客戶包括台積電及聯發科。", ("晶澄科技", "台積電", "聯發科")),
    # developers that partner each other, as Hong Kong writes it
    ("青洲地產夥拍澜海置業發展的新盤下月開售。", ("青洲地產", "澜海置業")),
    ("澄湖置業夥拍灣景地產投得屯門住宅地。", ("澄湖置業", "灣景地產")),
    ("澜信置業宣布夥拍青灣地產合作發展北區項目。", ("澜信置業", "青灣地產")),
    # joining or leaving a body: who joins is no part of its name
    ("三家企業加入澜江儲能產業聯盟。", ("澜江儲能產業聯盟",)),
    ("多家企業加入聯盟後共享專利。", ()),
    ("澜海銀行退出澄灣銀行公會。", ("澜海銀行", "澄灣銀行公會")),
    ("市民加入商會可享折扣。", ()),
    ("學校加入協會後獲得資助。", ()),
    ("青洲大學加入灣區高校創新聯盟。", ("青洲大學", "灣區高校創新聯盟")),
    ("兩間公司宣布退出行業協會。", ()),
    # two short names joined by 和 or 及 before 等: the window of the second
    # begins inside the first, which is a name of its own
    ("瑞嵐生物和禾豐科技等企業參展。", ("瑞嵐生物", "禾豐科技")),
    ("生物醫藥和人工智能等產業加快發展。", ()),
    ("新能源汽車及智能科技等領域企業獲資助。", ()),
    ("澜海能源和青洲光電宣布合作。", ("澜海能源", "青洲光電")),
    ("園區已有澄灣材料及澜信化工等企業落戶。", ("澄灣材料", "澜信化工")),
    # two names joined by 和, 及 or 與 before 等 and a head whose trade word
    # both end in: one company of that trade each; a kind of that trade
    # (a generic word, a field or a describing word before it) names none
    ("據民航處資料，澄灣航空和青禾航空等多家航空公司已申請加班機。", ("民航處", "澄灣航空", "青禾航空")),
    ("澜信證券及青洲證券等證券商上調目標價。", ("澜信證券", "青洲證券")),
    ("澜海航運及青灣航運等航運公司加開航線。", ("澜海航運", "青灣航運")),
    ("澄湖保險和青禾保險等保險公司推出颱風保障。", ("澄湖保險", "青禾保險")),
    ("四川航空和山东航空等航空公司增开航线。", ("四川航空", "山东航空")),
    ("澄江物流与禾信物流等物流企业扩建仓库。", ("澄江物流", "禾信物流")),
    ("国际航空及国内航空等航空公司需提交方案。", ()),
    ("民營航空及低成本航空等航空公司增開航線。", ()),
    ("冷链物流和快递物流等物流企业加快布局。", ()),
    ("海运物流及空运物流等物流企业需求旺盛。", ()),
    ("跨境电商和直播电商等电商企业增长较快。", ()),
    # names of nothing: a post's title alone, a partner in general
    ("發展商夥拍財團合作投地。", ()),
    ("司長今日出席論壇並致辭。", ()),
    ("兩間發展商將繼續與政府商討補地價。", ()),
]

KNOWN_MISSES: dict[str, str] = {
    "園區已有澄灣材料及澜信化工等企業落戶。": "the first of two short names joined by 及 before 等企業",
    "晶澄科技的客戶包括台積電及聯發科。": "a company with no legal form before 的 shows nothing of a company",
    "澄湖置業夥拍灣景地產投得屯門住宅地。": "a partner read as a place (湾景) after 伙拍",
    "澜信置業宣布夥拍青灣地產合作發展北區項目。": "a partner read as a place (青湾) after 伙拍",
}


@pytest.mark.parametrize("probe", probe_params(PROJECTS, PROJECT_KNOWN_MISSES))
def test_projects_are_found_as_a_reader_marks_them(probe: str) -> None:
    assert_found_as_marked(probe, TRADITIONAL)


def test_known_misses_are_probe_sentences() -> None:
    assert set(PROJECT_KNOWN_MISSES) <= {probe for probes in PROJECTS.values() for probe in probes}


def test_project_precision_and_recall_hold() -> None:
    assert sum(len(probes) for probes in PROJECTS.values()) >= 40
    assert_probe_holds(PROJECTS, 0.9, 0.9)


PROBES = ORGANISATIONS
(
    test_organisations_are_found_as_marked,
    test_org_known_misses_are_probe_sentences,
    test_org_probe_sentences_are_new,
    test_org_precision_and_recall_hold,
) = org_probe_tests(__name__, ORGANISATIONS, KNOWN_MISSES, 0.95, 0.9, 12)
