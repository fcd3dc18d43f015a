"""Project names: behaviour across rules.

What each rule finds is in its `examples:` in rules/projects.yaml (run by
tests/rules/test_rule_examples.py); the tests here are about more than one rule.
"""

from __future__ import annotations

from pipeline.core.records import DocumentContext, LineContext
from pipeline.extractors.names import projects
from pipeline.extractors.names.rules import compile_name_rules
from pipeline.stages.normalise import normalise_line
from tests.conftest import RULES, requires_gold
from tests.extractors.test_organisations import score


def project_names(text: str) -> list[tuple[str, str]]:
    """(name, project_kind) of every project found on one line of text."""
    line = normalise_line(1, text, RULES)
    spans = projects.find_spans([LineContext(1, line.norm_text, line.lang)], DocumentContext(), RULES)
    return [(span.fields["name"], span.fields["project_kind"]) for span in spans]


def test_project_list_yields_names_without_suffix() -> None:
    found = [name for name, _ in project_names("签约了星河医疗影像中心、云启手术机器人产业化等8个重大项目。")]
    assert "云启手术机器人产业化" in found


def test_generic_facility_is_not_a_name() -> None:
    assert project_names("建设一批中试平台和共性技术平台。") == []


def test_verb_before_a_name_is_left_out() -> None:
    assert project_names("加快建设河套深港科技创新片区。") == [("河套深港科技创新片区", "park")]


def test_a_title_cut_by_a_line_break_names_nothing_on_either_line() -> None:
    # a filing or a notice saved from PDF wraps a title: each line holds a piece of it
    assert project_names("关于印发《青禾市生物医药产业发展") == []
    assert project_names("三年行动计划》的通知") == []
    assert project_names("关于印发《青禾市生物医药产业发展若干措施》的通知") == [
        ("青禾市生物医药产业发展若干措施", "policy")
    ]


def test_lone_sentence_initial_word_does_not_start_a_lowercase_name() -> None:
    assert project_names("Building a platform for exchange.") == []


def test_a_description_ending_in_project_is_not_a_name() -> None:
    # no proper word, place, brand or name inside: a description
    assert project_names("全力推进公共服务和现代商贸业项目。") == []
    assert project_names("今年共签约10亿元以上项目8个。") == []
    # a place, a brand or a park inside makes it a name
    assert project_names("厦门显示面板生产线项目开工。") == [("厦门显示面板生产线项目", "facility")]
    assert [name for name, _ in project_names("滨湖科技园配套道路工程完工。")] == ["滨湖科技园配套道路工程"]


def test_a_count_or_a_role_makes_a_described_facility_need_an_anchor() -> None:
    assert project_names("县里将建设一座新能源电池生产基地。") == []
    assert project_names("力争建设成为国际一流的细胞治疗研发基地。") == []
    assert project_names("全国首座科学园区落成。") == []
    assert project_names("努力成为苏州细胞治疗研发基地。") == [("苏州细胞治疗研发基地", "facility")]


def test_a_suffix_inside_a_verb_starts_no_name() -> None:
    assert project_names("工地正在建设施工便道。") == []
    assert all(name != "举行动" for name, _ in project_names("该市举行动员大会。"))


def test_a_leading_date_is_left_out_of_a_name() -> None:
    assert project_names("2021年横琴粤澳深度合作区新增企业。") == [("横琴粤澳深度合作区", "park")]


def _document_projects(text: str) -> list[tuple[str, str | None]]:
    """(name, alias_of) of every project of a whole document."""
    import pipeline

    return [(r.name, r.alias_of) for r in pipeline.extract(text) if r.table == "projects"]


def test_a_project_used_again_without_its_place_is_that_project() -> None:
    found = _document_projects("宁波医药健康产业园今年扩建。\n同时,医药健康产业园二期已投用。")
    assert ("医药健康产业园二期", "宁波医药健康产业园") in found


def test_a_short_form_after_a_superlative_is_a_kind_described() -> None:
    found = _document_projects("酒泉储能电站今年投运。\n它是全省规模最大的用户侧储能电站。")
    assert [name for name, _ in found] == ["酒泉储能电站"]


def test_a_short_form_with_its_phase_is_that_project_found_by_its_own_ending() -> None:
    found = _document_projects("宁波智造产业园今年扩建。\n签约仪式在智造产业园二期举行。")
    assert ("智造产业园二期", "宁波智造产业园") in found


def test_a_short_form_of_two_parks_names_neither() -> None:
    text = "宁波医药健康产业园和台州医药健康产业园扩建。\n同时,医药健康产业园二期已投用。"
    found = _document_projects(text)
    assert ("宁波医药健康产业园", None) in found
    assert all(alias is None for _name, alias in found)


@requires_gold
def test_projects_reach_target_f1_on_seeds() -> None:
    _, _, f1 = score("project", projects)
    assert f1 >= 0.85


# Chinese descriptions that a suffix alone made into names.


def test_chinese_capacity_is_no_anchor_of_a_project() -> None:
    assert project_names("县里签约300MW屋顶光伏项目。") == []
    assert project_names("县里签约罗源300MW屋顶光伏项目。") == [("罗源300MW屋顶光伏项目", "facility")]


def test_chinese_orchard_and_garden_village_are_no_parks() -> None:
    assert project_names("村里新建了一片猕猴桃果园。") == []
    assert project_names("工作组走访了桃溪园村。") == []


def test_chinese_meeting_of_members_or_shareholders_is_no_event() -> None:
    assert project_names("此事将提交公司股东大会表决。") == []
    assert project_names("商会每年举行会员大会。") == []


def test_chinese_industrialisation_base_needs_a_proper_word() -> None:
    assert project_names("规划建设钠电池产业化基地。") == []
    assert project_names("规划建设宜春钠电池产业化基地。") == [("宜春钠电池产业化基地", "facility")]


def test_chinese_superlative_or_aim_before_a_base_describes_it() -> None:
    assert project_names("建成全国最大的竹纤维生产基地。") == []
    assert project_names("园区致力于打造细胞药物研发平台。") == []


def test_chinese_policy_named_by_its_topic_alone_is_described() -> None:
    assert project_names("委员们就稳定外贸措施提出建议。") == []
    assert project_names("研究制定温州市轻工业发展规划。") == [("温州市轻工业发展规划", "policy")]


def test_chinese_quoted_period_before_a_plan_belongs_to_it() -> None:
    assert project_names("省里出台“十五五”数字经济发展规划。") == [("“十五五”数字经济发展规划", "policy")]


def test_chinese_industrial_park_named_by_industries_alone_is_a_kind() -> None:
    assert project_names("入驻储能电池产业园。") == []
    assert project_names("入驻溧阳储能电池产业园。") == [("溧阳储能电池产业园", "park")]
    assert project_names("入驻云溪谷储能电池产业园。") == [("云溪谷储能电池产业园", "park")]
    assert project_names("参观溧阳储能电池产业园。") == [("溧阳储能电池产业园", "park")]


def test_a_title_that_names_a_speech_is_not_a_document() -> None:
    assert project_names("主任以《扎根基层服务企业》为题作了发言。") == []
    assert project_names("区里印发《扎根基层服务企业工作方案》。") == [("扎根基层服务企业工作方案", "policy")]


def test_a_quoted_facility_with_a_conjunction_is_one_name() -> None:
    found = project_names("集团拟在港区建设“海洋装备总部及检测基地项目”,工期两年。")
    assert ("海洋装备总部及检测基地项目", "facility") in found
    assert ("海洋装备总部", "facility") not in found


def test_a_numbered_session_keeps_its_body_in_the_event_name() -> None:
    assert project_names("省物流协会五届二次会员大会昨日召开。") == [("省物流协会五届二次会员大会", "event")]
    assert project_names("本议案将提交公司股东大会表决。") == []


def test_a_festival_is_an_event_but_a_holiday_is_not() -> None:
    assert project_names("第三届高原蓝莓采摘节开幕。") == [("第三届高原蓝莓采摘节", "event")]
    assert project_names("各地举办传统文化节日活动。") == []


def test_a_count_of_parks_and_a_compass_part_are_no_park_names() -> None:
    assert project_names("预计5园区全部投产。") == []
    assert project_names("加快推进南部园区建设。") == []
    assert project_names("市政府推动南部都会区建设。") == [("南部都会区", "park")]


def test_corner_quotes_take_a_name_whole_with_the_kind_of_its_ending() -> None:
    assert project_names("局方召開「園區年度營運暨績優廠商頒獎記者會」。") == [
        ("园区年度营运暨绩优厂商颁奖记者会", "event")
    ]
    assert project_names("「中小企業數位升級行動方案」已有百家廠商申請。") == [
        ("中小企业数位升级行动方案", "policy")
    ]


def test_a_law_short_title_and_named_rules_are_policies() -> None:
    assert project_names("应遵守《合同法》的规定。") == [("合同法", "policy")]
    assert project_names("会议通过了平阳县人民政府工作规则。") == [("平阳县人民政府工作规则", "policy")]
    assert project_names("企业要遵守游戏规则。") == []


def test_a_verb_of_driving_begins_no_park_name() -> None:
    assert project_names("以创新为引擎,带动产业园区转型升级。") == []


def test_what_a_name_is_compared_with_is_no_part_of_it() -> None:
    assert project_names("新园区规模媲美数码港。") == [("数码港", "park")]
    assert project_names("打造比肩光谷生物城的园区。") == [("光谷生物城", "park")]


def test_a_government_report_is_led_by_its_place_with_its_level() -> None:
    assert project_names("澜江市政府工作报告提出，全年增长百分之五。") == [("澜江市政府工作报告", "policy")]
    assert project_names("会议审议通过了澜江县政府工作报告。") == [("澜江县政府工作报告", "policy")]
    # a pronoun or an all-covering word before the level is no place
    assert project_names("本市政府工作报告提出扩大投资。") == [("政府工作报告", "policy")]
    assert project_names("全县政府工作报告提出扩大投资。") == [("政府工作报告", "policy")]
    assert project_names("听取了市政府工作报告。") == [("政府工作报告", "policy")]


def test_a_government_report_is_led_only_by_its_year() -> None:
    assert project_names("市政府昨日发表明年度施政报告。") == [("施政报告", "policy")]
    assert project_names("区长在去年政府工作报告中承诺。") == [("政府工作报告", "policy")]
    assert project_names("会上审议2025年政府工作报告。") == [("2025年政府工作报告", "policy")]
    assert project_names("司长在新一份财政预算案中提出。") == [("财政预算案", "policy")]


def test_newspaper_titles_are_no_projects() -> None:
    assert project_names("详见《滨海证券报》及《东江日报》。") == []
    assert project_names("依据《滨海市数据条例》执行。") == [("滨海市数据条例", "policy")]
    assert project_names("表决符合《公司法》和《公司章程》的规定。") == [("公司法", "policy")]


def test_investment_fairs_are_events() -> None:
    assert project_names("第十届西部农产品投洽会开幕。") == [("第十届西部农产品投洽会", "event")]


def test_what_someone_is_in_charge_of_is_no_name() -> None:
    assert project_names("青禾建设有限公司负责园区施工。") == []
    assert project_names("副县长分管青山工业园区工作。") == [("青山工业园区", "park")]


def test_a_person_before_a_conjunction_is_no_part_of_the_name_after_it() -> None:
    assert project_names("由局长王永壮与青山科技园区负责人签署备忘录。") == [("青山科技园区", "park")]


def test_a_power_plant_is_named_by_its_site_or_owner_before_its_capacity() -> None:
    assert project_names("青禾岭2万千瓦分散式风电项目年底并网。") == [
        ("青禾岭2万千瓦分散式风电项目", "facility")
    ]
    # a verb after the capacity does not cut the site off
    assert project_names("云岫能源东坡50MWp自建自用光伏发电项目开工。") == [
        ("云岫能源东坡50MWp自建自用光伏发电项目", "facility")
    ]
    # a capacity with nothing named before it is a size
    assert project_names("双方签约500MW屋顶分布式光伏项目。") == []
    assert project_names("县里建设1GWh共享储能电站。") == []
    assert project_names("新建光伏电站3座。") == []


def test_events_joined_by_ji_are_one_event() -> None:
    found = project_names("澜江市模具协会七届二次会员大会暨七届一次理事会、模具产业创新论坛昨日召开。")
    assert found == [("澜江市模具协会七届二次会员大会暨七届一次理事会、模具产业创新论坛", "event")]
    # a signing ceremony after 暨 joins nothing
    assert project_names("举办青山数字经济论坛暨重点项目签约仪式。") == [("青山数字经济论坛", "event")]
    # the next event of another clause is not joined
    assert project_names("举办青山数字经济论坛暨颁奖仪式,另有滨湖算力大会。") == [
        ("青山数字经济论坛", "event"),
        ("滨湖算力大会", "event"),
    ]


def test_a_quoted_watchword_before_a_strategy_is_a_programme() -> None:
    assert project_names("全面实施“乡村焕新”战略。") == [("“乡村焕新”战略", "program")]
    assert project_names("开展“千企联百村”行动,帮扶山区。") == [("“千企联百村”行动", "program")]
    assert project_names("所谓“战略”,就是长远的打算。") == []


def test_a_tea_garden_inside_a_base_does_not_name_it() -> None:
    # 茶园 is no park ending (park_short not_after), so a size before the base describes it
    assert project_names("依托800亩生态茶园基地发展加工。") == []
    assert project_names("入驻光谷生物城孵化基地。") == [("光谷生物城孵化基地", "facility")]


def test_what_is_done_at_a_base_does_not_name_it_but_an_aim_names_a_programme() -> None:
    assert project_names("建成全国重要的区域制造中心。") == []
    assert project_names("全面实施城市品质提升工程。") == [("城市品质提升工程", "facility")]


def test_utility_plants_and_cup_events_are_projects() -> None:
    assert project_names("东湖污水处理厂二期投入运行。") == [("东湖污水处理厂二期", "facility")]
    assert project_names("推进乡镇污水处理厂提标改造。") == []
    assert project_names("第二届“青禾杯”创新创业大赛启动报名。") == [("“青禾杯”创新创业大赛", "event")]
    # a government report known by its kind still needs no year
    assert project_names("特首在施政报告中提出兴建新的创科园区。") == [("施政报告", "policy")]


def test_a_notice_heading_names_the_document_it_issues() -> None:
    assert project_names("关于印发青禾县2024年重点项目计划的通知") == [("青禾县2024年重点项目计划", "policy")]
    assert project_names("关于做好春节期间安全生产工作的通知") == []
    # 若干 inside a title begins nothing
    assert project_names("现将青禾县促进民营经济发展若干措施印发给你们。") == [
        ("青禾县促进民营经济发展若干措施", "policy")
    ]
    assert project_names("出台若干措施支持企业。") == []


def test_a_phase_after_project_belongs_to_its_name() -> None:
    assert project_names("东湖片区城市更新项目一期完工。") == [("东湖片区城市更新项目一期", "facility")]


def test_a_layout_watchword_counts_parks_and_names_none() -> None:
    assert project_names("形成“一核两园”发展格局。") == []
    assert project_names("打造“一城多园”空间布局。") == []
    assert project_names("依托光谷生物城,打造产业高地。") == [("光谷生物城", "park")]


def test_an_institutions_own_building_works_keep_its_name() -> None:
    assert project_names("青禾县人民医院新建住院楼工程完工。") == [
        ("青禾县人民医院新建住院楼工程", "facility")
    ]
    assert project_names("东湖小学新建教学楼项目开工。") == [("东湖小学新建教学楼项目", "facility")]
    # a government's or nobody's works: the verb ends the text before the project
    assert project_names("市交通局新建道路工程三项。") == []
    assert project_names("县里新建住院楼工程完工。") == []


def test_a_numbered_session_of_an_associations_council_is_an_event() -> None:
    found = project_names("3、召开青禾市模具协会四届二次常务理事会,增补两名常务理事。")
    assert found == [("青禾市模具协会四届二次常务理事会", "event")]
    assert project_names("大会选举产生了第三届理事会。") == []
    assert project_names("公司第八届五次董事会审议通过。") == []


def test_factory_with_owner_and_phase_is_one_facility() -> None:
    assert project_names("科澜汽车临港超级工厂二期投产。") == [("科澜汽车临港超级工厂二期", "facility")]


def test_kind_of_factory_or_railway_names_nothing() -> None:
    assert project_names("公司将新建智能工厂,铁路部门全力保障运输。") == []


def test_promotion_meeting_is_an_event_only_when_named() -> None:
    assert project_names("青禾县生物医药产业推介会在杭州举行。") == [("青禾县生物医药产业推介会", "event")]
    assert project_names("各县赴外地举办招商推介会。") == []


def test_capacity_with_de_describes_a_base() -> None:
    assert project_names("中心由产能3000升的中试样品生产基地组成。") == []


def test_event_acronym_alone_is_the_event_only_after_its_dated_name() -> None:
    assert project_names("Since 2021, LNBIO has drawn 300 firms.") == []


def test_part_of_a_new_town_keeps_the_town() -> None:
    assert project_names("东湖新城起步区建设提速。") == [("东湖新城起步区", "park")]


def test_a_name_starts_after_being_selected() -> None:
    assert all("入选" not in name for name, _ in project_names("该企业入选国家级专精特新示范平台。"))


def test_events_joined_in_a_row_are_one_event() -> None:
    text = "滨海市茶业协会四届二次会员大会暨四届一次理事会、四届一次常务理事会暨新茶推介会今日开幕。"
    assert project_names(text) == [
        ("滨海市茶业协会四届二次会员大会暨四届一次理事会、四届一次常务理事会暨新茶推介会", "event")
    ]


def test_a_quoted_rank_after_a_verb_of_designation_is_no_programme() -> None:
    assert project_names("全市把营商环境列为“头号”工程。") == []
    assert project_names("全市启动“营商环境提升”工程。") == [("“营商环境提升”工程", "program")]


def test_a_facility_described_by_the_quality_it_is_to_have_is_no_name() -> None:
    assert project_names("滨海将建设一座媲美科学馆的滨海标志性科技设施。") == []
    assert project_names("滨海科技设施今年投入使用。") == [("滨海科技设施", "facility")]


def test_fields_listed_before_projects_are_not_projects() -> None:
    assert project_names("签约项目包括光伏组件、储能电池等多个产业链项目。") == []
    # a place or a coined word in an item names a project
    found = [name for name, _ in project_names("落地了宁德储能电池、比亚迪零部件等5个重大项目。")]
    assert found == ["宁德储能电池", "比亚迪零部件"]


def test_a_body_and_its_verb_before_project_make_a_clause() -> None:
    assert project_names("县委、县政府高度重视项目建设。") == []
    assert project_names("市政府重视项目落地。") == []
    # a noun before the verb leaves a name
    found = project_names("临港新片区标准厂房二期扩建项目开工。")
    assert found == [("临港新片区标准厂房二期扩建项目", "facility")]


def test_a_numbered_batch_of_projects_is_no_name() -> None:
    assert project_names("湖州市2024年第二批重大项目集中开工。") == []


def test_a_government_service_hall_is_no_project() -> None:
    assert project_names("签约仪式在县政务中心举行。") == []
    assert project_names("青禾会展中心正式启用。") == [("青禾会展中心", "facility")]


def test_a_route_is_named_by_the_two_places_it_joins() -> None:
    assert project_names("嘉兴至宁波城际铁路今年开工。") == [("嘉兴至宁波城际铁路", "facility")]
    # months joined by 至 are no places
    assert project_names("从5月至10月项目全面开工。") == []


def test_a_quoted_name_before_project_keeps_its_quotes_and_phase() -> None:
    assert project_names("“东湖云谷”项目二期顺利封顶。") == [("“东湖云谷”项目二期", "facility")]
    assert project_names("县里把招商列为“一号”项目来抓。") == []


def test_a_named_construction_project_keeps_its_jianshe() -> None:
    found = project_names("湖州市乡村振兴示范带建设项目推进顺利。")
    assert found == [("湖州市乡村振兴示范带建设项目", "facility")]
    # construction projects in general, or a company investing, name none
    assert project_names("今年全县重点建设项目完成投资80亿元。") == []
    assert project_names("青岚集团投资建设项目顺利。") == []


def test_a_time_word_of_the_clause_is_no_part_of_a_name() -> None:
    assert project_names("县里今年安排政府投资项目120个。") == []


def test_project_after_ji_begins_the_second_thing_held() -> None:
    assert project_names("第五届东湖数字经济论坛暨项目推介会开幕。") == [("第五届东湖数字经济论坛", "event")]


def test_the_writers_own_place_is_no_part_of_a_name() -> None:
    assert project_names("我县东湖智能装备产业园开工。") == [("东湖智能装备产业园", "park")]


def test_a_places_projects_of_a_kind_are_a_category() -> None:
    assert project_names("长兴县2024年招商引资项目集中签约。") == []
    assert project_names("德清县民生实事项目全部完成。") == []
    # a place before a site, or a place that is the site, names a project
    assert project_names("杭州亚运村项目竣工。") == [("杭州亚运村项目", "facility")]


def test_a_rank_of_development_zone_is_no_park() -> None:
    assert project_names("该区去年获批国家级高新区。") == []
    assert project_names("创建省级高新区。") == []


def test_a_fair_named_x_jiaohui_is_no_meeting_of_lines() -> None:
    assert project_names("新站位于两河交会处。") == []
    assert project_names("第九十届广交会下月开幕。") == [("第九十届广交会", "event")]


def test_a_numbered_watchword_names_a_programme() -> None:
    assert project_names("推动5+2产业创新计划。") == [("5+2产业创新计划", "program")]
    # + between words joins things listed
    assert project_names("统筹产业+空间+基金。") == []


def test_the_central_part_of_a_territory_begins_a_parks_name() -> None:
    found = project_names("中部科學園區第四期擴建計畫。")
    assert found == [("中部科学园区第四期扩建计划", "program")]


def test_a_word_ending_in_jiao_before_hui_is_no_fair() -> None:
    texts = ("桥下的立交会在年底通车。", "报告已提交会议审议。", "春夏之交会有降温。", "本周成交会有所放缓。")
    for text in texts:
        assert project_names(text) == [], text


def test_a_fair_named_by_one_character_and_jiaohui_is_an_event() -> None:
    assert project_names("商会组团参加高交会。") == [("高交会", "event")]


def test_a_quarter_or_half_year_begins_no_project_name() -> None:
    assert project_names("三季度城市更新项目完成投资。") == []
    assert project_names("上半年澜舟物流园项目完成投资3亿元。") == [("澜舟物流园项目", "facility")]


def test_projects_counted_after_their_kind_are_a_category() -> None:
    # the same words without the count name a project: the count decides
    assert project_names("入驻城东片区先进制造和现代物流项目。") == [
        ("城东片区先进制造和现代物流项目", "facility")
    ]
    assert project_names("入驻澜江自贸片区先进制造和现代物流项目4个。") == [("澜江自贸片区", "park")]
    assert project_names("青峰光伏项目两个月内完工。") == [("青峰光伏项目", "facility")]


def test_a_station_named_by_its_city_is_a_facility_but_a_kind_of_station_is_not() -> None:
    assert project_names("澜峰北站主体完工后，旅客可从高铁南站换乘。") == [("澜峰北站", "facility")]
    assert project_names("澜峰北站改扩建工程完工。") == [("澜峰北站改扩建工程", "facility")]


def test_a_city_s_rental_housing_is_a_category_but_an_estate_is_named() -> None:
    assert project_names("青峰市保障性租赁住房供应充足。") == []
    assert project_names("青峰花园保障性租赁住房交付。") == [("青峰花园保障性租赁住房", "facility")]


def test_a_name_never_reaches_back_over_a_datelines_bracket() -> None:
    assert project_names("(澜江社记者周平青禾5日电)东湖科技园今天开幕。") == [("东湖科技园", "park")]
    assert project_names("(记者 周平/青禾报道)澜湾市政府捷运工程局表示,将动工。") == []
    assert project_names("(本报讯)东湖高新区新增企业。") == [("东湖高新区", "park")]
    # a bracket inside a name is no dateline
    assert project_names("中国(青禾)自由贸易试验区新增企业。") == [("中国(青禾)自由贸易试验区", "park")]
    assert project_names("青禾(讯飞)人工智能产业园开园。") == [("青禾(讯飞)人工智能产业园", "park")]


def test_a_body_followed_by_its_verb_plan_is_no_policy() -> None:
    assert project_names("青禾市政府规划在城东新建一座转运站。") == []
    assert "policy" not in {kind for _, kind in project_names("青禾县管委会规划的东湖物流园今年开工。")}
    assert project_names("青禾市国土空间总体规划获批。") == [("青禾市国土空间总体规划", "policy")]


def test_a_plant_named_by_company_park_and_site_or_by_site_and_ordinal_is_whole() -> None:
    assert project_names("青禾電子竹科東湖廠預計明年量產。") == [("青禾电子竹科东湖厂", "facility")]
    assert project_names("澜海电机东湖第三厂明年投产。") == [("澜海电机东湖第三厂", "facility")]
    assert project_names("该公司位于青禾的东湖第二厂本月底完工。") == [("东湖第二厂", "facility")]
    # a company's plant counted, and makers in a park, name no plant
    assert project_names("公司第二厂今年投产。") == []
    assert project_names("竹科厂商营收创新高。") == []


def test_a_slash_between_a_plants_power_and_energy_stays_in_its_name() -> None:
    assert project_names("澜江50MW/100MWh独立储能电站开工。") == [("澜江50MW/100MWh独立储能电站", "facility")]
    # a slash between words still ends a name
    assert project_names("青禾/东湖高新区新增企业。") == [("东湖高新区", "park")]


def test_a_layout_plan_is_a_policy_though_its_layout_ends_like_a_bureau() -> None:
    assert project_names("市里印发了澜江市充电设施布局规划(2026-2030年)。") == [
        ("澜江市充电设施布局规划(2026-2030年)", "policy")
    ]
    assert project_names("会上发布了湖滨创新走廊空间布局方案。") == [("湖滨创新走廊空间布局方案", "policy")]
    # a bureau's plan is still what the bureau does
    assert project_names("青禾市交通局规划在城东建设换乘站。") == []


def test_a_tours_stop_in_a_place_ending_in_a_compass_point_is_no_station() -> None:
    assert project_names("青少年足球巡回赛山东站昨日开赛。") == []
    assert project_names("职业网球联赛台北站将于下月举行。") == []
    assert project_names("澜溪大学生创业大赛陕西站决赛举行。") == [("澜溪大学生创业大赛", "event")]
    # a station named by its city stays, also after a contest in the sentence
    assert project_names("乘客可在澜溪西站换乘。") == [("澜溪西站", "facility")]
    assert project_names("比赛在澜溪东站附近举行。") == [("澜溪东站", "facility")]


def test_ordinal_with_generic_words_names_no_facility() -> None:
    assert project_names("公司计划在明年建成第四生产基地。") == []
    assert project_names("青禾第四生产基地明年投产。") == [("青禾第四生产基地", "facility")]


def test_plan_after_the_whole_of_a_line_is_a_verb() -> None:
    assert project_names("全线计划明年六月建成通车。") == []


def test_railway_section_named_by_a_place_belongs_to_the_name() -> None:
    assert project_names("东湖铁路澜溪段明年通车。") == [("东湖铁路澜溪段", "facility")]
    assert project_names("东湖铁路沿线路段将封闭。") == [("东湖铁路", "facility")]


def test_every_line_the_issued_title_pattern_matches_holds_a_screen_word() -> None:
    lines = [
        "关于印发青禾县数据要素发展规划的通知",
        "关于转发澜江市节水管理办法的通知",
        "现将澄州市夜间经济扶持措施转发给各单位。",
        "现将临川区养老服务补贴细则印发给你单位。",
        "青禾市工业用地管理办法已经市政府同意,现印发给你们。",
        "澜海区旧村改造指南已经区政府同意,现转发给你们。",
    ]
    rules = RULES.compiled(compile_name_rules)
    for line in lines:
        assert rules.issued_title_pattern.search(line), line
        assert any(word in line for word in rules.issued_title_screen), line


def test_a_notice_body_hands_on_a_titled_document_but_not_its_arrangements() -> None:
    assert project_names("现将澄州市夜间经济扶持措施印发给你们。") == [("澄州市夜间经济扶持措施", "policy")]
    assert project_names("现将会议安排印发给你们。") == []


def test_a_quarter_named_by_its_place_or_purpose_is_a_park_but_a_compass_quarter_is_a_place() -> None:
    assert project_names("澄江科创片区引进研发机构15家。") == [("澄江科创片区", "park")]
    assert project_names("城东片区道路网络基本成形。") == []
    assert project_names("项目位于澜州南部片区。") == []


def test_a_substation_is_named_by_its_site_after_its_voltage_and_not_by_its_operator() -> None:
    assert project_names("500千伏青禾变电站投运。") == [("500千伏青禾变电站", "facility")]
    assert project_names("国网澄州供电公司220千伏青禾变电站投运。") == [("220千伏青禾变电站", "facility")]
    assert project_names("供电公司对一座220千伏变电站进行检修。") == []
    assert project_names("500千伏变电站今年投运。") == []


def test_the_land_sea_corridor_is_a_programme_but_a_corridor_in_general_is_not() -> None:
    assert project_names("货物经西部陆海新通道运往东盟。") == [("西部陆海新通道", "program")]
    assert project_names("全省加快打造向南出海新通道。") == []


def test_a_plan_named_by_what_it_builds_keeps_the_word_for_building() -> None:
    assert project_names("省里印发数字乡村建设行动方案。") == [("数字乡村建设行动方案", "policy")]
    assert project_names("集团将按照建设规划推进项目。") == []


def test_a_building_of_a_named_hospital_is_a_facility_but_one_of_no_owner_is_not() -> None:
    assert project_names("青禾市人民医院住院综合楼封顶。") == [("青禾市人民医院住院综合楼", "facility")]
    assert project_names("医院新建住院楼一栋。") == []
