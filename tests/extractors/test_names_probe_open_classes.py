"""Chinese organisations and projects of classes the other probes leave open.

Organisations: Taiwan's Executive Yuan by its short form (政院) against the
X政 words whose last character it shares (市政院落, 家政院校); a group's
mainland arm or a developer named by its brand and 中国 against the
campaigns and slogans that end the same way (美丽中国, 数字中国); group
short forms the segmenter splits into single characters or a conjunction
(X和集团); a hospital, a school or a museum that acts (it announces, signs,
says) against the same institution being built.

Projects: the same institutions being built (兴建, 扩建, 落成) against them
acting; Hong Kong and Macau towns and islands before a work (将军澳, 东涌,
氹仔) against the place alone; stations named alone at a clause's start or
in a list, and numbered berths and gates as one project, against counts of
stations and berths.

The convention for an institution: the verb decides. Where the sentence
builds, extends or completes it (兴建, 扩建, 落成, 动工, 建成), the
institution is a project and no organisation; where it speaks, announces
or signs (表示, 公布, 签约), it is an organisation and no project.

Marks and scoring are those of the organisation probes (names as written)
and of the project probes (`[...]` a project, `{...}` optional). All
sentences are invented for these tests. Sentences still wrong are strict
xfails with the reason.
"""

from __future__ import annotations

from tests.extractors.test_names_chinese_org_probe import org_probe_tests
from tests.extractors.test_projects_probe import probe_tests

# (sentence, organisations as written)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    # the Executive Yuan by its short form
    ("政院今日拍板青溪捷運延伸案。", ("政院",)),
    ("這項條例草案已送交政院審查。", ("政院",)),
    ("政院會通過澜岸住宅法修正草案。", ("政院",)),
    ("據政院發言人表示，預算將於下週送立法院審議。", ("政院", "立法院")),
    ("行政院長今日視察禾嶼漁港。", ("行政院",)),
    ("老城區的市政院落改造已完工。", ()),
    ("兩所家政院校明年擴大招生。", ()),
    ("财政院校毕业生就业率保持高位。", ()),
    ("邮政院内的停车位将重新划线。", ()),
    # a Hong Kong or Macau place before a room is no office
    ("他在路環經營餐廳多年。", ()),
    ("她在將軍澳開設茶餐廳。", ()),
    # a brand and 中国
    ("澜城中国今日公布年度业绩。", ("澜城中国",)),
    ("禾丰地产中国发布盈利预警。", ("禾丰地产中国",)),
    ("青澜置地中國宣佈派發特別股息。", ("青澜置地中國",)),
    ("据悉，澜峰中国去年合约销售额下跌两成。", ("澜峰中国",)),
    ("成都市政府与碧澜中国签署战略合作协议。", ("成都市政府", "碧澜中国")),
    ("會上，瀚宇中國董事長致辭。", ("瀚宇中國",)),
    ("美丽中国建设取得新进展。", ()),
    ("数字中国建设峰会将于下月在福州开幕。", ()),
    ("美丽中国发布了一组宣传片。", ()),
    ("平安中國建設成效明顯。", ()),
    ("他说要讲好中国故事、走进中国市场。", ()),
    ("书香中国宣布启动全民阅读季。", ()),
    # group short forms the segmenter splits
    ("信和集团公布全年业绩。", ("信和集团",)),
    ("怡和集团表示将增持股份。", ("怡和集团",)),
    ("長實集團宣佈出售內地物業。", ("長實集團",)),
    ("南丰集团与市政府签署合作协议。", ("南丰集团", "市政府")),
    ("宏安集团公布中期业绩。", ("宏安集团",)),
    ("據悉，澜和集團將出售旗下酒店。", ("澜和集團",)),
    ("政府和集团共同出资兴建。", ()),
    ("他与集团签订了劳动合同。", ()),
    ("企业和集团的负责人出席了会议。", ()),
    ("该企业集团化运作成效明显。", ()),
    ("下属各集团公司须按时上报。", ()),
    # an institution acting, and the same being built
    ("青山灣醫院公布，上月急症室求診人數上升。", ("青山灣醫院",)),
    ("澜湖博物馆表示将延长开放时间。", ("澜湖博物馆",)),
    ("澜溪实验学校与企业签约共建实训基地。", ("澜溪实验学校",)),
    ("政府將興建青山灣醫院。", ()),
    ("市政府计划兴建澜湖博物馆，预计明年开馆。", ("市政府",)),
    ("禾田醫院擴建工程明年動工。", ()),
    ("筹建中的禾嶼國際學校明年九月招生。", ()),
    ("县里新建的澜溪第二小学今年秋季开学。", ()),
    ("禾嶼國際學校宣布下學年增設兩班。", ("禾嶼國際學校",)),
    ("青禾市图书馆公布了上半年借阅数据。", ("青禾市图书馆",)),
    ("澜岸美術館館長今日介紹新展。", ("澜岸美術館",)),
    ("澜岸博物館明年落成。", ()),
    ("市民可前往青禾科技馆参观。", ()),
]

KNOWN_MISSES: dict[str, str] = {
    "據悉，澜和集團將出售旗下酒店。": "a place character before 和 stays a conjunction",
    "书香中国宣布启动全民阅读季。": "a campaign's name that announces is read as a company's short name",
}

MIN_PRECISION = 0.90
MIN_RECALL = 0.80

(
    test_probe_sentence,
    test_known_misses_are_probe_sentences,
    test_probe_sentences_are_new,
    test_probe_precision_and_recall_hold,
) = org_probe_tests(
    __name__,
    PROBES,
    KNOWN_MISSES,
    MIN_PRECISION,
    MIN_RECALL,
)

PROJECT_PROBES: dict[str, list[str]] = {
    "built": [
        "政府將興建[青山灣醫院]，預計提供病床六百張。",
        "市政府计划兴建[澜湖博物馆]，预计明年开馆。",
        "[禾田醫院擴建工程]明年動工。",
        "[澜溪实验学校新校区]今年九月落成。",
        "九号线全长二十公里，[禾港站]已经封顶。",
        "地铁站将于明年启用。",
        "社区警务站已投入使用。",
        "青山灣醫院公布，上月急症室求診人數上升。",
        "澜湖博物馆表示将延长开放时间。",
        "澜溪实验学校与企业签约共建实训基地。",
        "筹建中的[禾嶼國際學校]明年九月招生。",
        "县里新建的[澜溪第二小学]今年秋季开学。",
        "區內將新建一所小學。",
        "市里将新建三所中学和两家医院。",
        "禾嶼國際學校宣布下學年增設兩班。",
        "[澜岸博物館]明年落成。",
        "市民可前往[青禾科技馆]参观。",
        "青禾市图书馆公布了上半年借阅数据。",
    ],
    "hong_kong_macau_places": [
        "[東涌新市鎮擴展]工程進展順利。",
        "[將軍澳醫院擴建工程]預計明年完成。",
        "[氹仔客運碼頭擴建工程]明年動工。",
        "[路環污水處理廠擴建工程]明年完成。",
        "東涌居民反映交通不便。",
        "將軍澳人口持續增長。",
        "住在氹仔的居民不多。",
        "他在路環經營餐廳多年。",
        "[天水圍體育館]今年落成。",
        "[黑沙環公園重建工程]下月完成。",
        "銅鑼灣商戶租金下跌。",
        "鲗鱼涌一带的写字楼空置率上升。",
    ],
    "stations_and_berths": [
        "[澜石角站]將於明年啟用，屆時居民可直達市區。",
        "[青湾站]将于明年六月启用。",
        "北环线全长二十公里，设站九座，其中[竹围站]和[澜溪站]为换乘站。",
        "[澄州港3号至5号泊位]建成后年吞吐量可达八百万吨。",
        "[禾嶼貨櫃碼頭12號閘口]下月啟用。",
        "[澜湾港大榄坪南作业区9号至10号泊位]已投入试运行。",
        "[澜湾港区6号至8号泊位]完成验收。",
        "[青州港二號泊位]年內投產。",
        "旅客請前往12號閘口登機。",
        "新建3个深水泊位。",
        "全线共设车站12座，其中换乘站4座。",
        "码头今年新增泊位5个。",
        "乘客可在站内换乘地铁。",
    ],
}

PROJECT_KNOWN_MISSES: dict[str, str] = {
    "[澜湾港大榄坪南作业区9号至10号泊位]已投入试运行。": "an area between a port and its berths",
    "[澜溪实验学校新校区]今年九月落成。": "a body's bare new campus is left to the body",
}

(
    test_projects_are_found_as_marked,
    test_project_known_misses_are_probe_sentences,
    test_project_precision_and_recall_hold,
) = probe_tests(PROJECT_PROBES, PROJECT_KNOWN_MISSES, 20, 0.80, 0.40)
