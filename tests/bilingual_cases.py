"""Bilingual documents written for the pairing tests, in the layouts real pages use, and their pairs.

Each case is (lines, expected pairs as (Chinese line number, English line
number), 1-based). Every pair listed is a translation; every line left out has
no translation in the document (a caption, an extra paragraph, a quote, a
story in the other language on another subject). The texts are our own.
"""

from __future__ import annotations

CASES: dict[str, tuple[list[str], set[tuple[int, int]]]] = {}

# Chinese paragraph, then its English, alternating; a title pair; a closing line with no translation.
CASES["alternating_chinese_first"] = (
    [
        "高新区一季度签约项目18个 总投资126亿元",
        "High-tech Zone signs 18 projects worth 12.6 billion yuan in the first quarter",
        "4月8日,高新区举行一季度重点项目集中签约仪式,18个项目现场签约,总投资126亿元。",
        "On April 8, the High-tech Zone held a signing ceremony for its key projects of the first quarter, "
        "where 18 projects with a total investment of 12.6 billion yuan were signed.",
        "签约项目涵盖新能源、新材料和高端装备制造等领域,其中投资超过10亿元的项目有5个。",
        "The projects cover new energy, new materials and high-end equipment manufacturing; "
        "five of them will each invest more than 1 billion yuan.",
        "管委会负责人表示,园区将为落户企业提供全流程服务,推动项目早开工、早投产。",
        "An official of the administrative committee said the park would give the companies that settle "
        "there full-process services, so that their projects start work and production early.",
        "来源:高新区融媒体中心",
    ],
    {(1, 2), (3, 4), (5, 6), (7, 8)},
)

# English first, then its Chinese, alternating (news reposted for foreign readers).
CASES["alternating_english_first"] = (
    [
        "Port throughput rises 7.4% in the first half",
        "上半年港口吞吐量增长7.4%",
        "In the first half of 2023, the port handled 286 million tonnes of cargo, up 7.4% year on year.",
        "2023年上半年,该港完成货物吞吐量2.86亿吨,同比增长7.4%。",
        "Container throughput reached 15.2 million TEU, and 42 new shipping routes were opened.",
        "集装箱吞吐量达到1520万标准箱,新开航线42条。",
        "The port group plans to finish the automated terminal of its eastern area by the end of the year.",
        "港口集团计划年底前建成东港区自动化码头。",
    ],
    {(2, 1), (4, 3), (6, 5), (8, 7)},
)

# The whole Chinese text, then the whole English text.
CASES["chinese_block_then_english_block"] = (
    [
        "经济技术开发区前三季度主要经济指标",
        "前三季度,开发区实现地区生产总值512亿元,同比增长6.8%。",
        "规模以上工业增加值增长9.1%,其中高技术制造业增长14.3%。",
        "固定资产投资完成186亿元,新开工亿元以上项目27个。",
        "开发区将继续优化营商环境,全力冲刺全年目标。",
        "Main economic indicators of the Economic and Technological Development Zone "
        "in the first three quarters",
        "In the first three quarters, the development zone's GDP reached 51.2 billion yuan, "
        "up 6.8% year on year.",
        "The value added of industry above designated size grew 9.1%, with high-tech manufacturing up 14.3%.",
        "Fixed-asset investment totalled 18.6 billion yuan, and 27 projects worth over 100 million yuan "
        "each started construction.",
        "The zone will keep improving its business environment "
        "and go all out to meet its targets for the year.",
    ],
    {(1, 6), (2, 7), (3, 8), (4, 9), (5, 10)},
)

# A bilingual page with lines on one side only: a caption, an extra paragraph, an editor line.
CASES["untranslated_lines_on_one_side"] = (
    [
        "新材料产业园二期项目开工",
        "Phase II of the New Materials Industrial Park starts construction",
        "3月15日,新材料产业园二期项目正式开工,总投资45亿元,占地约860亩。",
        "On March 15, construction began on phase II of the New Materials Industrial Park, "
        "with a total investment of 4.5 billion yuan and an area of about 860 mu.",
        "图为开工仪式现场。",
        "项目建成后预计年产值可达80亿元,可提供就业岗位3000个。",
        "Once completed, the project is expected to produce an annual output value of 8 billion yuan "
        "and create 3,000 jobs.",
        "据了解,该园区去年引进企业12家,其中外资企业4家,园区道路和供水管网已全部完工。",
        "Editor: Zhou Min, proofread by the news desk team",
    ],
    {(1, 2), (3, 4), (6, 7)},
)

# Chinese paragraphs, then their English translations in another order.
CASES["shuffled_order"] = (
    [
        "2024年,全省外贸进出口总值达到1.21万亿元,增长5.3%。",
        "其中,出口7650亿元,增长8.9%;进口4450亿元,下降0.6%。",
        "全省新设外商投资企业1380家,实际使用外资96亿美元。",
        "Some 1,380 new foreign-invested enterprises were set up in the province, "
        "with actual use of foreign capital at 9.6 billion US dollars.",
        "In 2024, the province's total foreign trade reached 1.21 trillion yuan, up 5.3%.",
        "Exports were 765 billion yuan, up 8.9%, while imports were 445 billion yuan, down 0.6%.",
    ],
    {(1, 5), (2, 6), (3, 4)},
)

# Chinese lines quoting English that is not the translation of any line; an English story on another subject.
CASES["english_quotes_inside_chinese_lines"] = (
    [
        "发布会上,企业代表用英文说:“We will keep investing in this city for the long term.”",
        "他还表示,“Made in China” 已经成为品质的象征,公司今年将再投资3亿元扩建厂房。",
        "市商务局局长表示,今年将举办招商推介活动20场。",
        "The weather service expects heavy rain over the coastal area for the next three days.",
        "Residents are advised to stay indoors and keep away from the river banks during the storm.",
    ],
    set(),
)

# A Chinese line quoting English, next to an English line on another subject that has some of its words.
CASES["english_quote_next_to_an_unrelated_english_line"] = (
    [
        "在当天举行的汽车零部件项目合作签约仪式上,外方企业代表在致辞中特别用英文表示:"
        "“This city is our future.”随后双方交换了协议文本,并共同参观了新建的研发中心、"
        "智能化生产车间和员工培训基地,详细了解了当地的人才培养、物流配套和营商环境。",
        "The city's future depends on how well it trains young workers, the mayor told a forum of "
        "vocational schools on Friday, adding that the local government would open more training places "
        "in logistics, electric vehicles and software, and would ask employers in the city to offer "
        "longer apprenticeships to school leavers.",
    ],
    set(),
)

# Quotes inside Chinese lines whose English lines translate them, alternating.
CASES["quotes_that_are_translated"] = (
    [
        "该公司总经理在签约仪式上说:“这是我们在亚洲最大的一笔投资。”项目总投资5亿美元。",
        "At the signing ceremony the company's general manager said: "
        '"This is our largest investment in Asia." '
        "The project will invest a total of 500 million US dollars.",
        "项目名称为“Green Harbor”,计划于2026年投产。",
        'The project, named "Green Harbor", is scheduled to go into production in 2026.',
    ],
    {(1, 2), (3, 4)},
)

# List items and table rows, Chinese then English items alternating, with a header pair.
CASES["lists_and_tables"] = (
    [
        "2023年度主要经营指标",
        "Main operating indicators for 2023",
        "一、营业收入23.6亿元,同比增长15.2%;",
        "1. Operating revenue was 2.36 billion yuan, up 15.2% year on year;",
        "二、净利润3.1亿元,同比增长9.8%;",
        "2. Net profit was 310 million yuan, up 9.8% year on year;",
        "三、研发投入1.8亿元,占营业收入的7.6%。",
        "3. R&D spending was 180 million yuan, 7.6% of operating revenue.",
        "指标名称 | 2022年 | 2023年 | 增长率",
        "Indicator name | 2022 | 2023 | Growth rate",
    ],
    {(1, 2), (3, 4), (5, 6), (7, 8), (9, 10)},
)

# A Chinese story and an English story on the same subject that are not translations of each other.
CASES["same_subject_not_translations"] = (
    [
        "今年以来,开发区新引进项目36个,计划总投资210亿元。",
        "开发区还新建了两座污水处理厂,日处理能力共计8万吨。",
        "The development zone attracted investment from overseas firms "
        "in electronics and auto parts this year.",
        "Officials said the zone would hold a promotion event in Singapore in November.",
    ],
    set(),
)

# The whole English text first, then the Chinese; a photo caption in English only, an extra Chinese paragraph.
CASES["english_block_then_chinese_block"] = (
    [
        "Bonded zone imports and exports rise in the first two months",
        "In January and February, imports and exports of the comprehensive bonded zone reached "
        "6.3 billion yuan, up 21.5% year on year.",
        "The photo shows trucks waiting at the gate of the zone.",
        "Cross-border e-commerce parcels totalled 4.2 million, 1.6 times as many as a year earlier.",
        "The zone will open a new inspection area of 12,000 square meters in June.",
        "综合保税区前两个月进出口增长",
        "1至2月,综合保税区实现进出口总额63亿元,同比增长21.5%。",
        "跨境电商包裹达到420万件,是上年同期的1.6倍。",
        "6月,该区将启用面积为1.2万平方米的新查验区。",
        "区内另有两家企业正在办理入区手续,预计3月底前完成设备安装。",
    ],
    {(6, 1), (7, 2), (8, 4), (9, 5)},
)

# The same growth rate in several paragraphs: the other figures decide, alternating Chinese first.
CASES["one_rate_repeated_in_many_lines"] = (
    [
        "全年粮食产量达到58亿斤,增长3%。",
        "Grain output for the year reached 2.9 million tonnes, up 3%.",
        "农民人均可支配收入21500元,增长3%。",
        "Per capita disposable income of rural residents was 21,500 yuan, up 3%.",
        "社会消费品零售总额402亿元,增长3%。",
        "Retail sales of consumer goods totalled 40.2 billion yuan, up 3%.",
    ],
    {(1, 2), (3, 4), (5, 6)},
)

# Two extra paragraphs at the same place of a Chinese block and an English block, each with its own figures.
CASES["extra_paragraphs_facing_each_other"] = (
    [
        "今年一季度,全市新增市场主体1.2万户,增长18%。",
        "另外,全市今年将新建5G基站3000个,实现乡镇全覆盖。",
        "全市一季度完成税收收入86亿元,增长4.5%。",
        "In the first quarter, 12,000 new market entities were registered in the city, up 18%.",
        "The city also held 14 job fairs for graduates, offering 9,600 positions.",
        "Tax revenue in the first quarter was 8.6 billion yuan, up 4.5%.",
    ],
    {(1, 4), (3, 6)},
)

# Alternating paragraphs, then two Chinese headings and one English heading: which one it translates
# is not said by anything, so neither is paired (the English heading translates the first).
CASES["two_headings_one_translation"] = (
    [
        "本周全市共举办招聘会12场,提供岗位8600个。",
        "The city held 12 job fairs this week, offering 8,600 positions.",
        "春季招聘会现场人头攒动",
        "求职者在展位前排起长队",
        "Crowds at the spring job fair",
        "其中,高校毕业生专场招聘会提供岗位2300个。",
        "Of these, the job fair for college graduates offered 2,300 positions.",
    ],
    {(1, 2), (6, 7)},
)
