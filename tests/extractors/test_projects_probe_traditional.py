"""Project names only traditional-script texts use, and their look-alikes.

A probe (marks and scoring as in test_projects_probe) of names whose
words are Taiwan's or Hong Kong's own: a science park by its short form
(竹科, 中科, 南科), alone or with a site and its phase (竹科X二期),
beside the same characters across words (其中科技, 高中科學) and in
other bodies (中科院, 中科管理局); substations and storage sites as
Taiwan names them (變電所, 儲能場) beside the same words as kinds; an
airport's runway system by its count of runways. These names are looked
for in documents written in traditional script only: in a simplified
text the same characters name other things (中科 is the Academy of
Sciences there). All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.core.records import DocumentContext
from tests.extractors.test_projects_probe import assert_found_as_marked, found_projects, probe_params

TRADITIONAL = DocumentContext(traditional=True)

PARK_SHORT_FORMS = [
    "[竹科]今年上半年營業額創新高。",
    "去年[中科]與[南科]的產值合計逾兩兆元。",
    "記者走訪[南科]，多家廠商正在擴建廠房。",
    "晶片大廠宣布進駐[竹科]，預計明年量產。",
    "其中，[南科]受惠先進封裝需求，年增近三成。",
    "前兩季[竹科]、[中科]及[南科]營收皆成長。",
    "其中科技業占比最高，達四成。",
    "這所高中科學班今年招收三十人。",
    "中科院研究團隊發表新成果。",
    "湖南科技大學與當地企業合作。",
    "初中科目包括數學和物理。",
    "中科大的學生參加比賽。",
    "中科管理局今年招商成果豐碩。",
    "南科大附屬醫院明年開業。",
    "國科會將推動[竹科澜溪二期]及[中科青洲園區]開發。",
    "[南科金湖第二期]明年動工。",
    "管理局表示，[竹科]二期用地已完成徵收。",
]

SUBSTATIONS = [
    "電力公司在[青溪超高壓變電所]旁設置儲能設備。",
    "[澜岭變電所]今日起停電檢修。",
    "儲能系統分布於[青洲儲能場]與[澜湾儲能場]。",
    "[金湖變電站]主變壓器已完成吊裝。",
    "[澄溪變電站]去年底投入運作。",
    "新社區將增設一座變電站。",
    "變電所附近居民擔心電磁波。",
    "超高壓變電所的設備老舊。",
    "各地儲能場陸續併網。",
    "台電將在當地新建變電所。",
    "該公司負責維修變電站及輸電線路。",
]

RUNWAY_SYSTEMS = [
    "[三跑道系統]啟用後，機場容量大增。",
    "機管局表示，[三跑道系統]已全面投入運作。",
    "機場的[雙跑道系統]於多年前啟用。",
    "旅客量回升，[三跑道系統]的效益逐步浮現。",
    "新跑道系統的設計仍在研究。",
    "該機場的跑道系統需要翻新。",
    "工程師檢查跑道系統的排水設施。",
]

LIGHT_FESTIVALS = [
    "[澳門光影節]今年以海洋為主題。",
    "十二月舉行的[澜湾光影節]吸引大批旅客。",
    "[青溪灯光节]将于元宵节前后举行。",
    "市民期待今年的光影節。",
    "各地灯光节陆续登场。",
    "這場光影節的門票已售罄。",
]

PUBLIC_HOUSING = [
    "[青洲北區公共房屋]第一期明年入伙。",
    "資金用於[輕軌東線]及[澜湾北區公共房屋]等項目。",
    "[路環西區公共房屋]工程進展順利。",
    "政府計劃興建更多公共房屋。",
    "公共房屋輪候時間縮短。",
    "市民申請公共房屋需符合入息限額。",
    "當局會增加公共房屋供應。",
]

ASSEMBLY_PLANTS = [
    "青禾能源投資四十億元設置[台南儲能模組組裝廠]。",
    "[澜芯半導體高雄封測廠]明年第二季量產。",
    "[科澜汽车青溪整车装配厂]下线首辆新车。",
    "公司將在越南新建一座組裝廠。",
    "組裝廠員工人數增加。",
    "多家封測廠擴大資本支出。",
]

PROBES: dict[str, list[str]] = {
    "park": PARK_SHORT_FORMS,
    "substation": SUBSTATIONS,
    "runway": RUNWAY_SYSTEMS,
    "festival": LIGHT_FESTIVALS,
    "housing": PUBLIC_HOUSING,
    "plant": ASSEMBLY_PLANTS,
}

# Sentences the rules still get wrong, with the reason (strict expected failures).
KNOWN_MISSES: dict[str, str] = {
    "儲能系統分布於[青洲儲能場]與[澜湾儲能場]。": (
        "a coined place of a common word and a bay (澜湾) anchors no name"
    ),
}


@pytest.mark.parametrize("probe", probe_params(PROBES, KNOWN_MISSES))
def test_traditional_names_are_found_as_a_reader_marks_them(probe: str) -> None:
    assert_found_as_marked(probe, TRADITIONAL)


@pytest.mark.parametrize(
    "text",
    ["中科曙光发布新一代服务器。", "南科与北理工签署合作协议。", "新机场建成三跑道系统后运力翻番。"],
)
def test_traditional_only_names_are_not_looked_for_in_simplified_texts(text: str) -> None:
    assert found_projects(text, DocumentContext()) == []


def test_known_misses_are_probe_sentences() -> None:
    assert set(KNOWN_MISSES) <= {probe for probes in PROBES.values() for probe in probes}
