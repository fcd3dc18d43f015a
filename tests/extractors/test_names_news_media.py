"""News media named by their names, as a vocabulary of the organisation rules.

A name no common word holds (财联社, 南华早报) is named where it begins a
word, and ends one or stands before news (a reporter, a reporting verb); one
that is also a word (明报, 信报, 财新) only with both word ends and news or a
source label around it. Titles in 《》, longer names and editions are left
out. English names follow the English gazetteer. All sentences are invented
for these tests.
"""

from __future__ import annotations

import pytest

from tests.extractors.conftest import organisation_names

RULE = "organisations:news_media"
RULE_EN = "organisations:news_media_en"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据财联社报道，这家车企下月发布新车。", "财联社"),
        ("证券时报记者从青禾区住建局获悉，工程已完工。", "证券时报"),
        ("每日经济新闻记者注意到，公司股价连涨三日。", "每日经济新闻"),
        ("據香港01報道，工地周日停工。", "香港01"),
        ("财联社5月3日电，青禾科技发布公告。", "财联社"),
        ("新浪财经报道称，基金规模回升。", "新浪财经"),
    ],
)
def test_an_outlet_no_other_word_holds_is_named(text, name):
    assert (name, RULE) in organisation_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("明报引述消息人士称，新措施下月公布。", "明报"),
        ("信报指出，本地银行的息差收窄。", "信报"),
        ("接受财新采访时，他表示公司将扩产。", "财新"),
        ("來源：明報", "明報"),
    ],
)
def test_an_outlet_that_is_also_a_word_counts_where_news_shows(text, name):
    assert (name, RULE) in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "这份文件说明报价有效期为三十天。",  # 明报 across two words
        "两家媒体联合报道了这起事故。",  # a joint report
        "短信报名将于周五截止。",  # 信报 across two words
        "本月财新PMI回升至51。",  # an index named after its sponsor
        "明报的老读者越来越少。",  # a word that is also the paper's name, no news
        "公告刊登在《证券时报》和《上海证券报》上。",  # a publication's title
        "央视新闻客户端消息，列车已恢复运行。",  # an app named after the broadcaster
        "上证报收3200点。",  # the index closed at
        "银行的新华网点今年新增两家。",  # a branch network, no site
    ],
)
def test_no_outlet_where_the_name_is_another_word_or_a_title(text):
    assert all(rule != RULE for _name, rule in organisation_names(text))


def test_the_longer_name_wins():
    assert ("人民日报社", "organisations:media") in organisation_names("人民日报社举办了座谈会。")
    assert all(rule != RULE for _name, rule in organisation_names("人民日报社举办了座谈会。"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An executive told the Securities Times that orders doubled.", "Securities Times"),
        ("The China Securities Journal reported the figures.", "China Securities Journal"),
        ("Ming Pao reported that the plan would be delayed.", "Ming Pao"),
        ("Shares fell, the South China Morning Post said.", "South China Morning Post"),
    ],
)
def test_english_names_of_the_vocabulary(text, name):
    assert (name, RULE_EN) in organisation_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Readers of the Global Times Weekend Edition wrote in.",  # the first words of another name
        "He bought the New China Times at the kiosk.",  # the last words of another name
    ],
)
def test_an_english_name_inside_a_longer_capitalised_run_is_not_named(text):
    assert all(rule != RULE_EN for _name, rule in organisation_names(text))
