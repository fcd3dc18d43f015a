"""Chinese organisation and project classes of the place and page-form audits.

Each case is a sentence written for the test: what it must report as an
organisation or a project (table, text) and what it must not.
"""

from __future__ import annotations

import pytest

import pipeline


def names_in(text: str) -> set[tuple[str, str]]:
    """(table, text) of every organisation and project provex reports in `text`."""
    return {
        (mention.table, mention.raw_text)
        for mention in pipeline.extract(text)
        if mention.table in ("organisations", "projects")
    }


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


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_found(text: str, name: tuple[str, str]) -> None:
    assert name in names_in(text)


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_not_found(text: str, name: tuple[str, str]) -> None:
    assert name not in names_in(text)
