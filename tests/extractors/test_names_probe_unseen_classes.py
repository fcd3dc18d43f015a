"""Chinese organisations, a probe of four classes that unseen pages wrote and no rule knew.

A group's short form of a brand the dictionary tags as a rare function word
(长实集团: 长实 is an adverb to it) opening its clause, beside common
adverbs before 集团 (随后集团宣布); a company's short name as the subject of
a plan or a future verb after the document named it in full; kinds of bank
and of body joined and closed with 等 (商业银行和政策性银行等); and a complete
name that says when it acted before the conjunction joining its partner
(X有限公司昨日与Y签约: two parties, not one long name). Only organisations
are scored. Sentences still wrong are strict xfails in `KNOWN_MISSES`,
with the reason. All sentences are invented for these tests.
"""

from __future__ import annotations

from tests.extractors.test_names_chinese_org_probe import org_probe_tests

# (sentence, organisations as written)
PROBES: list[tuple[str, tuple[str, ...]]] = [
    # a group's short form by a brand the dictionary counts rarely
    ("长实集团今早公布全年业绩。", ("长实集团",)),
    ("長實集團將於下月推出新盤。", ("長實集團",)),
    ("市场消息指，长实集团有意出售旗下商场。", ("长实集团",)),
    ("随后集团宣布追加投资。", ()),
    ("最终集团决定暂停该计划。", ()),
    ("同时集团将扩大海外布局。", ()),
    # a short name as the subject of a plan after its full name
    ("澄禾置业有限公司去年扭亏。澄禾置业计划年内推出三个楼盘。", ("澄禾置业有限公司", "澄禾置业")),
    ("瑞澄能源股份有限公司公布业绩。瑞澄能源将于明年扩产。", ("瑞澄能源股份有限公司", "瑞澄能源")),
    # kinds of bank and body joined and closed with 等
    ("商业银行和政策性银行等金融机构要加大信贷支持。", ()),
    ("鼓励开发性银行与村镇银行等加大投放。", ()),
    ("青禾村镇银行今日开业。", ("青禾村镇银行",)),
    ("各级政府部门和有关企业等要落实责任。", ()),
    # a complete name and a time word before the conjunction
    ("澄禾科技股份有限公司昨日与青州高新区管委会签约。", ("澄禾科技股份有限公司", "青州高新区管委会")),
    ("青禾电子有限公司近日和澜海集团签署协议。", ("青禾电子有限公司", "澜海集团")),
    ("澜湾控股有限公司今天与鹤山银行签订合作协议。", ("澜湾控股有限公司", "鹤山银行")),
]

KNOWN_MISSES: dict[str, str] = {}

# The probe's scores with the rules as they are: a change that lowers them
# has broken a class.
MIN_PRECISION = 0.98
MIN_RECALL = 0.95


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
