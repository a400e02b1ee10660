"""The event grammar as a table: sentences written for these tests, each with its expected events.

An expected event is `(code, source, target, modality, negated)`: `code` of two digits is
compared as the CAMEO root, of three or four digits as the full code; `source` and `target`
are space-separated country codes (a joint event lists all sides on both); an empty
`target` is a generic addressee (`各方`). An empty list means that no event may be found.
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from jishi.events.modality import negated
from jishi.pipeline import Pipeline


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    return Pipeline()


def _found(text: str, date: str, codes: list[str]) -> set[tuple]:
    doc = _pipeline().code_document(text, date=date)
    out = set()
    for e in doc.events:
        width = 2 if not codes else len(next((c for c in codes if e.cameo.startswith(c[:2])), e.cameo[:2]))
        out.add((e.cameo[:width], _isos(e.source), _isos(e.target), e.modality, e.negated))
    return out


def _isos(actors) -> str:
    return " ".join(sorted({a.country for a in actors if a.country}))


def _expected(rows: list[tuple]) -> set[tuple]:
    return {(code, " ".join(sorted(src.split())), " ".join(sorted(tgt.split())), mod, neg)
            for code, src, tgt, mod, neg in rows}


def _check(text: str, date: str, expected: list[tuple]) -> None:
    assert _found(text, date, [row[0] for row in expected]) == _expected(expected)


def xf(row: tuple, reason: str):
    """A row the data cannot fix: it waits for a change in jishi/events or jishi/actors."""
    return pytest.param(*row, marks=pytest.mark.xfail(reason=reason, strict=False))


A, F, H = "asserted", "future", "hypothetical"
FUTURE_WINDOW = "future cue before a prepositional target (将/即将 对|向|同 X …): the cue window starts after X"

# ---- every CAMEO root 02-20 ---------------------------------------------------
ROOTS = [
    # 02 appeal
    ("中国政府呼吁印度和巴基斯坦保持最大限度的克制。", "1998-05-30", [("02", "CHN", "IND PAK", A, False)]),
    ("外交部发言人朱邦造说，中方敦促日本政府正视历史。", "1998-08-14", [("02", "CHN", "JPN", A, False)]),
    ("中国政府促请有关国家停止一切核试验。", "1998-06-02", [("02", "CHN", "", A, False)]),
    ("联合国秘书长安南呼吁以色列和巴勒斯坦重返谈判桌。", "2000-10-12", [("02", "UNO", "ISR PSE", A, False)]),
    ("唐家璇外长呼吁各方保持冷静。", "1999-03-25", [("02", "CHN", "", A, False)]),
    ("俄罗斯总统普京今天呼吁美国放弃部署导弹防御系统的计划。", "2001-05-03", [("02", "RUS", "USA", A, False)]),
    # 026 invite, 028 mediate
    # the invited visit with its date is announced: the invitee's 036 as well
    ("江泽民主席邀请普京总统明年访华。", "2000-07-18",
     [("026", "CHN", "RUS", A, False), ("036", "RUS", "CHN", F, False)]),
    ("法国总统希拉克邀请胡锦涛主席出席八国集团首脑会议。", "2003-04-20", [("026", "FRA", "CHN", A, False)]),
    ("埃及出面调停以色列与哈马斯的冲突。", "2014-07-20", [("028", "EGY", "ISR PSE", A, False)]),
    # 03 intent
    ("江泽民表示，中国愿意同南非进一步发展友好合作关系。", "1998-04-10", [("03", "CHN", "ZAF", F, False)]),
    ("俄方愿与中方加强在能源领域的合作。", "2006-03-21", [("03", "RUS", "CHN", F, False)]),
    ("中越双方一致同意加强在国际事务中的协调与配合。", "2002-02-28", [("03", "CHN VNM", "CHN VNM", F, False)]),
    ("李鹏总理将于下月访问日本。", "1997-08-10", [("036", "CHN", "JPN", F, False)]),
    ("普京总统即将对中国进行国事访问。", "2000-07-10", [("036", "RUS", "CHN", F, False)]),
    ("巴西愿同中国深化全面战略伙伴关系。", "2015-05-18", [("03", "BRA", "CHN", F, False)]),
    # 04 consult
    ("温家宝总理与德国总理默克尔在柏林举行会谈。", "2006-09-14", [("040", "CHN DEU", "CHN DEU", A, False)]),
    ("习近平主席应约同法国总统马克龙通电话。", "2020-03-23", [("041", "CHN FRA", "CHN FRA", A, False)]),
    ("国务院总理朱镕基今天抵达华盛顿，开始对美国进行正式访问。", "1999-04-08", [("042", "CHN", "USA", A, False)]),
    # the one who speaks for his state is the source, across a frame clause
    ("伊朗总统哈塔米发表讲话说，在美国依然对伊朗采取敌对政策的情况下，伊朗目前尚不需要同美国恢复外交关系。", "1998-01-08",
     [("05", "IRN", "USA", F, True)]),
    # the one met is the person a relative clause describes, not the countries inside the clause
    ("外交部长王毅在北京会见了来华举行中朝外交磋商的朝鲜外务省副相朴明浩。", "2023-09-11",
     [("043", "CHN", "PRK", A, False)]),
    # the place of a visit is not the one met; 国务委员会 is a body, 陈至立国务委员 no Lithuanian
    ("古巴国务委员会主席卡斯特罗10日会见了正在古巴进行访问的中国国务委员陈至立。卡斯特罗主席热烈欢迎陈至立国务委员访古。",
     "2006-02-10", [("043", "CUB", "CHN", A, False), ("042", "CHN", "CUB", A, False), ("051", "CUB", "CHN", A, False)]),
    # a body that describes a person is no party of its own; a relative clause (…的) is a description
    ("安南将和美国国务卿鲍威尔、欧盟负责外交与安全政策的高级代表索拉纳、俄罗斯外交部长伊万诺夫在马德里举行会谈。",
     "2002-04-07", [("036", "EUR RUS UNO USA", "EUR RUS UNO USA", F, False)]),
    # an amount between 对 and the target; 不顾…反对 is others' opposition, a noun
    ("美方不顾国际国内绝大多数意见反对，宣布自9月24日起对2000亿美元中国输美产品加征10%的关税。", "2018-09-18",
     [("163", "USA", "CHN", F, False)]),
    # a hope that takes in one's own country is an intent; the relation (斯中关系) is no subject
    ("库马拉通加表示，斯中关系很好，希望两国间进一步加强经贸合作关系。", "1998-01-13", [("030", "LKA", "CHN", F, False)]),
    # a complaint about another's act; a foreign ministry speaks for its state
    ("伊朗外交部22日发表声明说，德国禁止伊朗马汉航空公司航班在德国起降“不可接受”。", "2019-01-23",
     [("114", "IRN", "DEU", A, False), ("163", "DEU", "IRN", A, False)]),
    # a ban aimed at another country (the company after a verb is no body of China's)
    ("荷兰已实际禁止向中国出售阿斯麦公司生产的光刻机设备。", "2023-01-01", [("163", "NLD", "CHN", A, False)]),
    # a plan to cooperate with a partner
    ("约旦政府将与伊拉克合作，查清刺杀事件真相。", "1998-01-20", [("030", "JOR", "IRQ", F, False)]),
    # an intent with no target in its clause: the pair named later in the sentence, less oneself
    ("美国商会愿继续支持美企在华兴业，持续深化中美经贸关系和互利合作。", "2024-03-04", [("030", "USA", "CHN", F, False)]),
    # the one who holds a welcome hosts the one who attends it
    ("国家主席习近平出席波兰总统杜达在华沙王宫举行的盛大欢迎晚宴。", "2016-06-21", [("043", "POL", "CHN", A, False)]),
    ("李克强出席梅德韦杰夫为他举行的欢迎仪式。", "2016-06-21", [("043", "RUS", "CHN", A, False)]),
    # the host greets the one who arrived in the clause before
    ("习近平和夫人彭丽媛抵达王宫，杜达和夫人阿加塔热情迎接。", "2016-06-21", [("043", "POL", "CHN", A, False)]),
    # force: 遭 marks the one who acts; a state's army is the state's (MIL)
    ("两名伊拉克警察遭美军误击丧生。", "2004-01-11", [("190", "USA", "IRQ", A, False)]),
    ("以色列军队又殴打抬棺的巴勒斯坦人。", "2022-05-16", [("182", "ISR", "PSE", A, False)]),
    # a meeting held by a body of two sides; 讨论 with its sides named
    ("中美经济工作组今天举行首次会议，双方讨论宏观经济形势。", "2023-10-24", [("040", "CHN USA", "CHN USA", A, False)]),
    # 讨论 as the purpose of a meeting told before is no second meeting with the topic's countries
    ("安南将和鲍威尔在马德里举行会谈，讨论解决以巴冲突的途径。", "2002-04-07", [("036", "UNO USA", "UNO USA", F, False)]),
    # a meeting others prepare for is theirs
    ("罗斯此行是为本月下旬美国总统克林顿与内塔尼亚胡的会晤作准备。", "1998-01-12",
     [("036", "ISR USA", "ISR USA", F, False)]),
    # a call inside 在…后 is between the two the frame names, not the clause's subject
    ("白宫是在美国总统布希与南韩总统卢武铉电话交谈过后作出呼吁。", "2007-07-02",
     [("041", "KOR USA", "KOR USA", A, False)]),
    # a summit named as the time of a meeting is no meeting of the body that holds it
    ("胡锦涛说，今年我同祖马总统在二十国集团洛斯卡沃斯峰会期间会晤。", "2012-12-10",
     [("040", "CHN ZAF", "CHN ZAF", A, False)]),
    ("国家主席胡锦涛今天在人民大会堂会见了来访的巴基斯坦总统穆沙拉夫。", "2006-02-20",
     [("043", "CHN", "PAK", A, False)]),
    ("法国总统希拉克今天抵达北京，开始对中国进行国事访问。", "2004-10-08", [("042", "FRA", "CHN", A, False)]),
    ("中国和东盟今天就自由贸易区问题举行了新一轮谈判。", "2003-06-10", [("046", "CHN ASN", "CHN ASN", A, False)]),
    ("普京总统在克里姆林宫设宴款待来访的中国国家主席。", "2001-07-16", [("043", "RUS", "CHN", A, False)]),
    ("中国外长王毅在日内瓦同伊朗外长扎里夫举行会晤。", "2015-03-30", [("04", "CHN IRN", "CHN IRN", A, False)]),
    # 05 diplomatic cooperation
    ("中方对巴基斯坦政府坚持一个中国政策表示赞赏。", "2005-04-05", [("051", "CHN", "PAK", A, False)]),
    ("李鹏总理致电金大中，祝贺他当选韩国总统。", "1997-12-19", [("051", "CHN", "KOR", A, False)]),
    ("俄方支持中方在台湾问题上的立场。", "2001-07-16", [("051", "RUS", "CHN", A, False)]),
    ("伊朗政府表示原谅英国。", "1998-09-24", [("056", "IRN", "GBR", A, False)]),
    ("美国政府就误炸事件向中国政府和人民道歉。", "1999-05-14", [("055", "USA", "CHN", A, False)]),
    ("中美两国今天在北京签署了关于中国加入世贸组织的双边协议。", "1999-11-15",
     [("057", "CHN USA", "CHN USA", A, False)]),
    ("中国与南苏丹今天在北京建立外交关系。", "2011-07-09", [("054", "CHN SSD", "CHN SSD", A, False)]),
    ("俄罗斯外长拉夫罗夫为叙利亚政府的立场辩护。", "2012-02-06", [("052", "RUS", "SYR", A, False)]),
    # 06-08 material cooperation, aid, yield
    ("中俄两国海军今天在黄海海域举行联合军事演习。", "2013-07-05", [("062", "CHN RUS", "CHN RUS", A, False)]),
    ("中国和老挝警方合作打击跨境贩毒犯罪。", "2013-05-22", [("063", "CHN LAO", "CHN LAO", A, False)]),
    ("中国政府向印度尼西亚海啸灾区提供紧急人道主义援助。", "2005-01-02", [("07", "CHN", "IDN", A, False)]),
    ("日本政府今天宣布向中国提供新一批日元贷款。", "1998-11-26", [("071", "JPN", "CHN", A, False)]),
    ("以色列今天释放了数百名巴勒斯坦囚犯。", "2011-10-18", [("08", "ISR", "PSE", A, False)]),
    ("美国宣布撤出驻伊拉克的全部作战部队。", "2011-10-22", [("08", "USA", "IRQ", A, False)]),
    ("斯里兰卡周六表示，已批准中国船只于下周抵港。", "2022-08-15", [("080", "LKA", "CHN", A, False)]),
    ("美政府通过外交电报告知北约。", "2022-03-15", [("064", "USA", "NAT", A, False)]),
    xf(("俄罗斯开始从叙利亚撤军。", "2016-03-15", [("08", "RUS", "SYR", A, False)]),
       "从 X 撤军: X is the target; 从 is no preposition of the argument reader"),
    # 10 demand
    ("中方要求日方立即停止在东海的单方面开发。", "2012-09-11", [("10", "CHN", "JPN", A, False)]),
    ("外交部发言人说，中方严正要求美方立即释放被扣押的中国公民。", "2018-12-06", [("10", "CHN", "USA", A, False)]),
    # 11 disapprove
    ("伊朗外长严厉批评美国的中东政策。", "2003-02-10", [("111", "IRN", "USA", A, False)]),
    ("外交部发言人孔泉指责日本领导人参拜靖国神社。", "2004-01-02", [("112", "CHN", "JPN", A, False)]),
    ("中国政府就美国国会通过涉台议案向美方提出严正交涉。", "2005-06-12", [("114", "CHN", "USA", A, False)]),
    ("中方对朝鲜进行核试验表示严重关切。", "2016-01-06", [("110", "CHN", "PRK", A, False)]),
    ("中国外交部对日本政府的错误言论深表不满。", "2013-12-26", [("110", "CHN", "JPN", A, False)]),
    # the condemned act is told as done (spec: TOLD_INSIDE_ROOTS), even as a noun (A对B的空袭)
    ("俄罗斯外交部强烈谴责北约对南斯拉夫的空袭。", "1999-03-25",
     [("111", "RUS", "NAT", A, False), ("195", "NAT", "YUG", A, False)]),
    # 12 reject
    ("俄方不支持台湾独立。", "2001-07-16", [("120", "RUS", "TWN", A, False)]),
    ("日本政府拒绝了俄罗斯关于领土问题的提议。", "2000-09-05", [("12", "JPN", "RUS", A, False)]),
    ("伊朗拒绝接受联合国安理会的决议。", "2006-08-01", [("12", "IRN", "UNO", A, False)]),
    ("中国政府坚决反对美国的导弹防御计划。", "2001-05-02", [("12", "CHN", "USA", A, False)]),
    # 13 threaten
    ("朝鲜警告美国不要采取任何军事行动。", "2003-02-07", [("13", "PRK", "USA", A, False)]),
    ("中方正告日方不要玩火。", "2012-09-20", [("13", "CHN", "JPN", A, False)]),
    # 14 protest
    ("数千名韩国民众在首尔集会抗议美国的贸易政策。", "2008-06-10", [("14", "KOR", "USA", A, False)]),
    # 15 force posture
    ("俄罗斯向乌克兰边境增兵。", "2021-04-09", [("15", "RUS", "UKR", A, False)]),
    # 16 reduce relations
    ("巴拿马政府宣布同台湾断绝所谓“外交关系”。", "2017-06-13", [("161", "PAN", "TWN", A, False)]),
    ("俄罗斯宣布驱逐两名美国外交官。", "2001-03-23", [("16", "RUS", "USA", A, False)]),
    ("美国宣布对伊朗实施新的经济制裁。", "2010-07-01", [("163", "USA", "IRN", A, False)]),
    ("中国政府决定召回驻立陶宛大使。", "2021-08-10", [("16", "CHN", "LTU", A, False)]),
    # 17 coerce
    ("俄罗斯边防部门扣押了一艘日本渔船。", "2006-08-16", [("17", "RUS", "JPN", A, False)]),
    ("以色列军警逮捕了数十名巴勒斯坦人。", "2002-04-03", [("17", "ISR", "PSE", A, False)]),
    # 18 assault
    ("以色列军队袭击了加沙地带的哈马斯目标。", "2008-12-28", [("18", "ISR", "PSE", A, False)]),
    # 19 fight
    ("以色列战机轰炸了黎巴嫩南部。", "2006-07-14", [("195", "ISR", "LBN", A, False)]),
    ("印度和巴基斯坦军队在克什米尔控制线附近交火。", "2001-12-28", [("19", "IND PAK", "IND PAK", A, False)]),
    ("美军对伊拉克发动空袭。", "1998-12-17", [("19", "USA", "IRQ", A, False)]),
    # 20 mass violence
    ("伊拉克军队对伊朗军队使用化学武器。", "1988-04-18", [("20", "IRQ", "IRN", A, False)]),
]

# ---- modality ---------------------------------------------------------------
MODALITY = [
    ("中国国家主席将于下周访问俄罗斯。", "2013-03-15", [("036", "CHN", "RUS", F, False)]),
    ("巴西总统卢拉拟于下月访华。", "2009-04-15", [("036", "BRA", "CHN", F, False)]),
    ("德国总理科尔计划明年访问中国。", "1995-11-20", [("036", "DEU", "CHN", F, False)]),
    ("美国总统克林顿定于6月25日至7月3日对中国进行国事访问。", "1998-06-01", [("036", "USA", "CHN", F, False)]),
    ("英国首相布莱尔即将访问中国。", "1998-10-02", [("036", "GBR", "CHN", F, False)]),
    ("中日双方同意将于年内举行外长会晤。", "2006-10-09", [("036", "CHN JPN", "CHN JPN", F, False)]),
    ("两国总理将在莫斯科举行第四次定期会晤。", "1998-11-23", []),
    ("中俄两国总理将在莫斯科举行第四次定期会晤。", "1998-11-23", [("036", "CHN RUS", "CHN RUS", F, False)]),
    ("中方将继续向阿富汗提供力所能及的援助。", "2002-01-21", [("033", "CHN", "AFG", F, False)]),
    ("一旦美国对中国商品加征关税，中方将被迫采取反制措施。", "2018-04-04",
     [("163", "USA", "CHN", H, False), ("13", "CHN", "USA", A, False)]),
    ("如果美方执意向台湾出售武器，必将严重损害中美关系。", "2010-01-08", [("06", "USA", "TWN", H, False)]),
    ("俄方希望能尽快与中方举行新一轮磋商。", "2004-06-30", [("04", "RUS CHN", "RUS CHN", H, False)]),
    # a 如果 clause anywhere before the act makes it hypothetical
    ("朝鲜外务省表示，如果美国放弃敌视政策，朝鲜将同美国举行谈判。", "2003-04-12",
     [("046", "PRK USA", "PRK USA", H, False)]),
    ("日本首相下月将出访东南亚。", "2013-01-05", []),
    ("中国外长本周四将同俄罗斯外长举行会谈。", "2019-05-15", [("036", "CHN RUS", "CHN RUS", F, False)]),
    ("美国国务卿鲍威尔月底将访问中国。", "2003-02-10", [("036", "USA", "CHN", F, False)]),
    ("印度总理莫迪上周访问了日本。", "2019-05-15", [("042", "IND", "JPN", A, False)]),
]

# ---- negation, double negation, rhetoric --------------------------------------
NEGATION = [
    ("俄方不支持台湾加入联合国。", "1998-11-23", [("12", "RUS", "TWN", A, False)]),
    ("俄方不会向台湾出售武器。", "1998-11-23", [("06", "RUS", "TWN", F, True)]),
    # a refusal to act together is one side's: 不会同 X 谈判 (the negator may stand before the partner)
    ("中国政府不会同台湾当局进行所谓官方谈判。", "2000-05-20", [("046", "CHN", "TWN", F, True)]),
    ("日本政府至今没有向中国政府道歉。", "2005-04-12", [("055", "JPN", "CHN", A, True)]),
    ("朝鲜从未与美国举行过正式和平谈判。", "2003-01-10", [("046", "PRK", "USA", A, True)]),

    ("中方绝不接受美方的无理要求。", "2019-05-14", [("12", "CHN", "USA", A, False)]),
    ("中国绝不会向日本道歉。", "2012-09-25", [("055", "CHN", "JPN", F, True)]),
    ("中方不得不对美国采取反制措施。", "2019-05-13", [("13", "CHN", "USA", A, False)]),
    ("日本政府不得不向韩国道歉。", "1995-08-15", [("055", "JPN", "KOR", A, False)]),
    ("中国没有邀请达赖访问。", "2008-04-01", []),
    xf(("汪文斌：难道美方不是在搞双重标准吗？", "2021-05-10", [("111", "CHN", "USA", A, False)]),
       "rhetorical 难道…吗: the 不 inside the question must not negate the criticism"),
    xf(("赵立坚：难道美方干涉别国内政还少吗？", "2020-06-01", [("111", "CHN", "USA", A, False)]), "rhetorical 难道…吗 asserts; the question filter drops it"),
    # what one side should not do is no act of its own (spec section 3: a bare X应… is not coded)
    ("美方不应向台湾出售武器。", "2019-07-09", []),
    ("欧盟应与联合国安理会磋商。", "2018-05-23", []),
    ("俄罗斯不承认科索沃独立。", "2008-02-18", [("12", "RUS", "XKX", A, False)]),
]

# ---- joint events -----------------------------------------------------------
JOINT = [
    ("江泽民主席今天同来访的韩国总统金大中举行会谈。双方就共同关心的国际和地区问题交换了意见。", "1998-11-12",
     [("04", "CHN KOR", "CHN KOR", A, False)]),
    ("中越两国外长今天在河内签署了陆地边界条约。", "1999-12-30", [("057", "CHN VNM", "CHN VNM", A, False)]),
    ("胡锦涛和普京在克里姆林宫举行会谈。", "2005-06-30", [("040", "CHN RUS", "CHN RUS", A, False)]),
    ("王毅外长应约同美国国务卿布林肯通电话。", "2021-02-06", [("041", "CHN USA", "CHN USA", A, False)]),
    ("中俄两国元首今天通了电话。", "2003-06-10", [("041", "CHN RUS", "CHN RUS", A, False)]),
    ("中美两国代表团在日内瓦举行了新一轮磋商。", "2019-03-28", [("040", "CHN USA", "CHN USA", A, False)]),
    ("中国和白俄罗斯签署了关于经济技术合作的协定。", "2015-05-10", [("057", "BLR CHN", "BLR CHN", A, False)]),
    ("中国同印度尼西亚发表联合声明。", "2005-04-25", [("057", "CHN IDN", "CHN IDN", A, False)]),
    ("中日两国领导人在北京举行会晤。", "2006-10-08", [("04", "CHN JPN", "CHN JPN", A, False)]),
    ("中韩双方互致贺电，庆祝两国建交20周年。", "2012-08-24", [("051", "CHN KOR", "CHN KOR", A, False)]),
    ("中俄两国外长在莫斯科进行了磋商。", "2007-05-15", [("040", "CHN RUS", "CHN RUS", A, False)]),
    ("以色列和巴勒斯坦今天宣布停火。", "2012-11-21", [("08", "ISR PSE", "ISR PSE", A, False)]),
    # one meeting of three (the four-party talks of spec-style gold are one joint event) ...
    ("普京与美国总统布什和英国首相布莱尔举行会晤。", "2002-05-24",
     [("04", "RUS USA GBR", "RUS USA GBR", A, False)]),
    # ... unless the meetings are told as separate (先后, 分别)
    ("普京先后与美国总统布什和英国首相布莱尔举行会晤。", "2002-05-24",
     [("04", "RUS USA", "RUS USA", A, False), ("04", "RUS GBR", "RUS GBR", A, False)]),
]

# ---- invitations --------------------------------------------------------------
INVITATIONS = [
    # a visit someone arranges (安排 B 访华) is still to come; one welcomed (欢迎 B 来华访问) is under way
    ("中方愿安排美国国务卿布林肯近期访华。", "2024-04-03", [("036", "USA", "CHN", F, False)]),
    ("江泽民主席热烈欢迎希拉克总统来华进行国事访问。", "1999-10-12",
     [("043", "CHN", "FRA", A, False), ("042", "FRA", "CHN", A, False)]),
    ("应国务院总理李鹏的邀请，德国总理科尔将于11月对中国进行正式访问。", "1995-10-20",
     [("026", "CHN", "DEU", A, False), ("036", "DEU", "CHN", F, False)]),
    ("应国家主席江泽民邀请，美国总统克林顿将于6月25日至7月3日对中国进行国事访问。", "1998-06-05",
     [("026", "CHN", "USA", A, False), ("036", "USA", "CHN", F, False)]),
    ("应俄罗斯总统普京邀请，国家主席胡锦涛将于下周对俄罗斯进行国事访问。", "2005-06-23",
     [("026", "RUS", "CHN", A, False), ("036", "CHN", "RUS", F, False)]),
    ("布什总统邀请胡锦涛主席访问美国，胡锦涛主席愉快地接受了邀请。", "2005-09-13",
     [("026", "USA", "CHN", A, False), ("036", "CHN", "USA", F, False)]),
    ("应外交部长王毅邀请，新加坡外长维文将于4月20日至22日访华。", "2016-04-15",
     [("026", "CHN", "SGP", A, False), ("036", "SGP", "CHN", F, False)]),
    ("应日本政府邀请，国务院总理温家宝今天抵达东京，开始对日本进行正式访问。", "2007-04-11",
     [("026", "JPN", "CHN", A, False), ("042", "CHN", "JPN", A, False)]),
    ("江泽民主席欢迎叶利钦总统明年访华。", "1998-11-23", [("036", "RUS", "CHN", F, False)]),
]

# ---- passives ------------------------------------------------------------------
PASSIVES = [
    ("日本政府的做法受到了中国政府的批评。", "2001-08-14", [("111", "CHN", "JPN", A, False)]),
    ("以色列的军事行动遭到阿拉伯国家联盟的强烈谴责。", "2006-07-15", [("111", "ARL", "ISR", A, False)]),
    ("美国的单边制裁遭到俄罗斯的反对。", "2018-08-10", [("12", "RUS", "USA", A, False)]),
    ("朝鲜的核试验受到了联合国安理会的谴责。", "2006-10-15", [("111", "UNO", "PRK", A, False)]),
    ("中国代表团受到了巴基斯坦总统的热烈欢迎。", "2001-05-12", [("051", "PAK", "CHN", A, False)]),
    # a passive opening the clause: the one named just after it acts on the last clause's subject
    # (and force on civilians in a protest is violent repression, CAMEO 175)
    ("六名伊拉克平民在一起抗议事件中，遭警察及英国军队开枪击毙。", "2004-01-10", [("175", "GBR", "IRQ", A, False)]),
    ("六名伊拉克平民今天遭英国军队开枪击毙。", "2004-01-10", [("190", "GBR", "IRQ", A, False)]),
    # 被认为 is no passive of an act
    ("一直被认为有意挑战日本影响力的中国也已承诺提供援助。", "2005-01-01", []),
    # an act told inside a condemnation is the condemned actor's act ...
    ("中方谴责美国对伊拉克发动空袭。", "2003-03-21", [("111", "CHN", "USA", A, False), ("19", "USA", "IRQ", A, False)]),
    # ... while one asked for or backed is no act yet
    ("中方要求日方立即释放被扣押的中国渔民。", "2010-09-10", [("10", "CHN", "JPN", A, False)]),
    ("中方支持巴方维护国家主权和领土完整。", "2019-03-01", [("051", "CHN", "PAK", A, False)]),
]

# ---- spokesperson turns ---------------------------------------------------------
SPOKESPERSON = [
    # a judging word inside the object of a rejection or regret is that act's wording, not a second act
    ("汪文斌：中方坚决反对美方的错误做法。", "2021-03-05", [("12", "CHN", "USA", A, False)]),
    # what a demand names to stop (干涉, 政治操弄) is the demand's content, not a judgement of its own
    ("汪文斌：我们敦促美方立即停止干涉中国内政。", "2021-03-05", [("10", "CHN", "USA", A, False)]),
    ("华春莹：美方的做法是典型的霸凌行径。", "2019-06-03", [("111", "CHN", "USA", A, False)]),
    ("赵立坚：我们敦促日方恪守中日四个政治文件的原则。", "2020-11-20", [("02", "CHN", "JPN", A, False)]),
    ("耿爽：中方对此表示强烈不满，已向美方提出严正交涉。", "2019-11-28",
     [("110", "CHN", "USA", A, False), ("114", "CHN", "USA", A, False)]),
    ("毛宁：中方赞赏东盟国家为维护地区和平稳定所作的努力。", "2023-03-06", [("051", "CHN", "ASN", A, False)]),
    ("陆慷：中方希望英方在涉港问题上谨言慎行。", "2019-07-03", [("02", "CHN", "GBR", A, False)]),
    ("汪文斌：我们奉劝美方停止政治操弄。", "2021-08-25", [("02", "CHN", "USA", A, False)]),
    ("华春莹：中方愿同巴基斯坦一道推动中巴经济走廊建设。", "2019-04-02", [("03", "CHN", "PAK", F, False)]),
    ("耿爽：中方谴责澳大利亚一些政客的不负责任言论。", "2019-09-12", [("111", "CHN", "AUS", A, False)]),
    ("汪文斌：中方对美方的错误行径深表遗憾。", "2020-12-18", [("110", "CHN", "USA", A, False)]),
    ("赵立坚：中方将对美方实施对等反制。", "2020-12-10", [("13", "CHN", "USA", A, False)]),
    ("毛宁：中方决定对美国军工企业实施制裁。", "2023-02-16", [("163", "CHN", "USA", A, False)]),
    ("华春莹：中方对加方无理扣押中国公民表示强烈不满。", "2018-12-10", [("110", "CHN", "CAN", A, False)]),
    ("汪文斌：美方所谓报告充斥着谎言和偏见，纯属政治操弄。", "2021-03-31", [("111", "CHN", "USA", A, False)]),
    ("赵立坚：中方将于明年主办上海合作组织峰会。", "2020-11-10", []),
]

# ---- abbreviations ----------------------------------------------------------------
ABBREVIATIONS = [
    ("中俄双方签署了联合声明。", "2001-07-16", [("057", "CHN RUS", "CHN RUS", A, False)]),
    ("俄方愿同中方加强战略协作。", "2004-10-14", [("03", "RUS", "CHN", F, False)]),
    ("美方对中方的建设性立场表示赞赏。", "2009-07-28", [("051", "USA", "CHN", A, False)]),
    ("中方敦促美方恪守一个中国原则。", "2017-12-13", [("02", "CHN", "USA", A, False)]),
    ("中美双方就两国关系交换了意见。", "2009-11-17", [("04", "CHN USA", "CHN USA", A, False)]),
    ("中日两国外长今天举行会谈。", "2008-05-07", [("04", "CHN JPN", "CHN JPN", A, False)]),
    ("中法双方同意加强在核能领域的合作。", "2007-11-26", [("03", "CHN FRA", "CHN FRA", F, False)]),
    ("法国总理今天访俄。", "2013-05-14", [("042", "FRA", "RUS", A, False)]),
    ("日方对中方的积极回应表示欢迎。", "2014-11-10", [("051", "JPN", "CHN", A, False)]),
    ("英方支持中方举办冬奥会。", "2021-01-14", [("051", "GBR", "CHN", A, False)]),
    # a run of abbreviations ends where its word ends (美韩 + 立即, not 美韩立); what a demand
    # names to stop (挑衅言行) is no judgement of its own
    ("朝鲜要求美韩立即停止挑衅言行。", "2023-03-14", [("10", "PRK", "KOR USA", A, False)]),
    # an accusation named as a noun after 的 is no act, unless a light verb tells it (提出…的指责)
    ("中国允许联合国调查侵犯人权的指控。", "2021-07-07", []),
    ("中方对美方的指责表示强烈不满。", "2021-07-07", [("110", "CHN", "USA", A, False)]),
    ("美方对中方提出了无端的指责。", "2021-07-07", [("112", "USA", "CHN", A, False)]),
    ("任何企图削弱东盟中心地位的做法都将受到各国的警惕和反对。", "2021-10-19", []),
    # 是…的 closing a clause asserts a judgement
    ("汪文斌：日方执意将核污染水排海，是极其不负责任的。", "2022-03-31", [("111", "CHN", "JPN", A, False)]),
]

# ---- sentences that hold no event ------------------------------------------------------
# ---- who acts: a capital as its government, an act told as a report's content -------------
SUBJECTS = [
    ("澳洲外长唐纳今天表示，平壤决定驱逐联合国监测人员。", "2003-01-02", [("16", "PRK", "UNO", A, False)]),
    ("外交部发布了王毅外长会见朝鲜外务省副相朴明浩的消息。", "2023-12-18", [("043", "CHN", "PRK", A, False)]),
    # the act a spokesman speaks about (就…发表谈话) is its own actor's
    ("商务部新闻发言人今天就美方决定对中国输美产品加征关税发表谈话。", "2018-09-18", [("163", "USA", "CHN", A, False)]),
    # one does not appeal to oneself: a subjectless appeal to the last topic is the other side's
    ("中方将不得不进行反制。美方执意加征关税。希望美方认识到这种行为的后果。", "2018-09-18",
     [("130", "CHN", "USA", A, False), ("020", "CHN", "USA", A, False)]),
]

NO_EVENT = [
    ("1972年，中日两国实现了邦交正常化。", "2022-09-29", []),
    ("他说，当前国际形势正在发生深刻而复杂的变化。", "2001-03-05", []),
    ("今年是中韩建交30周年。", "2022-08-24", []),
    # a meeting named as a noun (磋商带来了…)
    ("美方执意加征关税，给双方磋商带来了新的不确定性。", "2018-09-18", []),
    # everyone acts (a generic subject), not the speaker
    ("包括许多国家政府、国际奥委会在内的国际社会各界都明确反对这种做法。", "2021-07-07", []),
    # a plan dated well before the document is last year's act, told as history
    ("１１月，叶利钦总统访华，两国元首将就解决东段国界勘界的全部问题达成一致。", "1998-01-14", []),
    # a name inside a framing phrase (以…为指引) is not the one who acts
    ("该国继续以习近平主席提出的全球发展倡议为指引，支持发展中国家和平利用核能。", "2022-08-29", []),
    # a visit that names the time of what follows (…访问瑞典时) is no news of its own
    ("去年12月初，叶利钦访问瑞典时，反复强调俄不威胁任何国家。", "1998-01-27", []),
    ("中越建交以来，两国关系不断发展。", "2010-01-18", []),
    ("外交部发言人表示，中国的发展是世界的机遇。", "2019-01-09", []),
    ("1996年4月，中俄两国在上海签署了边境地区加强军事领域信任的协定。", "2001-06-15", []),
    ("中国经济保持平稳较快增长。", "2007-10-22", []),
    ("国务院今天召开常务会议，研究部署防汛工作。", "2010-06-23", []),
    ("明年是中法建交50周年。", "2013-04-25", []),
    ("上海市市长今天会见了北京市代表团。", "2005-03-02", []),
    ("香港特区政府欢迎中央政府的决定。", "2003-06-29", []),
    ("两国贸易额去年增长了百分之二十。", "2004-02-11", []),
    ("各国应当加强合作，共同应对气候变化。", "2009-12-07", []),
    ("记者：有报道称，美国计划在韩国部署萨德系统，中方对此有何评论？", "2016-07-08", []),
    ("这次访问取得了圆满成功。", "1998-11-25", []),
    ("双方将在平等互利的基础上开展合作。", "2005-05-05", []),
    # a judged body of three abbreviations is judged whole
    ("汪文斌：美英澳三边安全伙伴关系是冷战思维、双重标准和藐视规则的体现。", "2021-10-19", [("111", "CHN", "AUS GBR USA", A, False)]),
    # a welcoming party at the airport is protocol; attending a ceremony is no welcome of one's own
    ("外交部副部长唐家璇、柬埔寨驻华大使凯·西索达等到机场迎接。", "1998-01-05", []),
    ("国务委员杨洁篪、全国政协副主席陈晓光等出席欢迎仪式。", "2016-06-20", []),
    # those who sat in on talks are not the sides who met
    ("外交部副部长王英凡、法国驻华大使毛磊等参加了会谈。", "1998-01-24", []),
    # a meeting the speaker only names (期待峰会…) has no sides: only the hope is coded
    ("记者：峰会将于下周举行，中方有何评论？\n汪文斌：期待峰会为发展中国家作出积极贡献。", "2023-08-15",
     [("02", "CHN", "", A, False)]),
    # a question asks (有何, 请问, 何时); 任何时间 is no 何时
    ("记者：这次通话对两党两国关系有何重要意义？", "2021-05-25", []),
    ("记者：请问中美元首通话将在何时举行？", "2022-07-26", []),
    # the leader whose envoy travels is not the one who travels
    ("国家主席习近平特使、国务委员谌贻琴将于11月15日至18日访问马尔代夫。", "2023-11-14", []),
    # someone unnamed acts: not the speaker's act
    ("汪文斌：有关方拒不回应朝方已采取的无核化措施。", "2023-03-14", []),
    # 王大使 is 王学贤, a person no dictionary knows: the clause is his, not the pair's before it
    ("王学贤大使在致辞中说，中南两国关系揭开了新篇章。王大使代表祖国人民向华人、华侨祝贺新年。", "1998-01-29", []),
    # a standing policy toward no one in particular (一贯, 始终) is a stance, not an event
    ("毛宁：中国一贯坚决反对间谍活动。", "2023-06-27", []),
    ("中方一贯坚决反对并强烈谴责一切针对平民的袭击。", "2023-10-16", []),
    # 以东盟为中心: a measure, not the one judged; 任何…做法: anyone's act, whoever it touches
    ("汪文斌：美方用冷战思维冲击以东盟为中心的区域合作架构。", "2021-10-19", [("111", "CHN", "USA", A, False)]),
    ("汪文斌：任何企图削弱东盟中心地位的错误做法都将受到反对。", "2021-10-19", [("111", "CHN", "", A, False)]),
]

# ---- background: acts told as the context of the news ------------------------------------
BACKGROUND = [
    # a briefing's answer: last month's act is the answer's context …
    ("毛宁：上个月，习近平主席成功对俄罗斯进行国事访问。", "2023-04-03", []),
    ("汪文斌：9月，习近平主席在联大一般性辩论上宣示中国将大力支持发展中国家能源绿色低碳发展。", "2021-10-28", []),
    # … while a news story still tells it
    ("上个月，习近平主席对俄罗斯进行国事访问。", "2023-04-03", [("042", "CHN", "RUS", A, False)]),
    # what those addressed are asked to do (要求他们…，支持…) is not done by the one who asks
    ("布什打电话给埃及总统穆巴拉克和约旦国王阿卜杜拉二世，要求他们积极响应该倡议，以实际行动支持巴民族权力机构主席阿巴斯。",
     "2007-07-18", [("041", "EGY JOR USA", "EGY JOR USA", A, False), ("020", "USA", "EGY JOR", A, False)]),
]


@pytest.mark.parametrize("text,date,expected", BACKGROUND)
def test_events_background_and_asked_acts(text, date, expected):
    _check(text, date, expected)


# ---- generic addressees ------------------------------------------------------------------
GENERIC = [
    ("中方呼吁有关各方保持克制，避免局势升级。", "2020-01-05", [("02", "CHN", "", A, False)]),
    # a generic addressee (国际社会) keeps the appeal's target empty; the act inside the appeal is no event
    ("我们呼吁国际社会向阿富汗人民提供人道主义援助。", "2021-08-30", [("02", "CHN", "", A, False)]),
    ("我们再次郑重呼吁少数国家和组织倾听国际社会的正义呼声，尽早解除对津巴布韦的非法制裁。", "2019-10-25",
     [("02", "CHN", "", A, False)]),
    ("中俄两国呼吁所有尚未参加的国家加入《不扩散核武器条约》。", "1998-11-23",
     [("02", "CHN RUS", "", A, False)]),
    # opposing an act: the one acted on is not the one opposed
    # … and the act it names (干涉) is the wording of the rejection, not a judgement of its own
    ("中方坚决反对干涉中国内政。", "2021-07-07", [("12", "CHN", "", A, False)]),
    ("中方坚决反对日本领导人以任何形式、在任何时间参拜靖国神社。", "2002-04-21", [("12", "CHN", "JPN", A, False)]),
    # condemning an act whose doer goes unnamed keeps an empty target
    ("中方谴责针对无辜平民的暴力活动。", "2002-04-13", [("11", "CHN", "", A, False)]),
    # any act toward generic addressees keeps its empty target (spec section 3), not only an appeal
    ("中方赞赏各方为此所作的努力。", "2020-05-12", [("05", "CHN", "", A, False)]),
    ("中方愿继续同广大发展中国家一道，推动共同发展。", "2022-08-15", [("03", "CHN", "", F, False)]),
    # 任何国家 is no one in particular; an appeal's addressee may follow a comma
    ("中方坚决反对任何国家以航行自由为名，挑衅、威胁中国主权和安全。", "2022-12-05", [("12", "CHN", "", A, False)]),
    ("我们呼吁，发达国家应切实承担大幅减排义务。", "2021-10-28", [("02", "CHN", "", A, False)]),
    # a generic partner before the trigger keeps the meeting's target empty
    ("习近平主席出席峰会，同各国领导人共商应对气候变化之策。", "2021-04-23", [("04", "CHN", "", A, False)]),
]

# ---- dates: (text, document date, code prefix, value, precision) ---------------------------
DATES = [
    # a time word does not reach past a semicolon
    ("去年１２月，叶利钦承诺１９９９年前将在西北部裁军；这次俄总理切尔诺梅尔金前往里加与会。", "1998-01-27",
     "042", "1998-01-27", "doc"),
    ("国家主席江泽民今天在北京会见了俄罗斯总统叶利钦。", "1998-11-23", "043", "1998-11-23", "day"),
    # a planned act on a bare day past the document's day is this month's, not last month's
    ("朝韩双方商定将于24日举行将军级会谈。", "2007-07-16", "036", "2007-07-24", "day"),
    ("朱镕基总理将于明年春天对俄罗斯进行正式访问。", "1998-11-23", "036", "1999-SP", "season"),
    ("中国国家主席将于下周访问俄罗斯。", "2013-03-15", "036", "2013-03-18", "week"),
    ("美国总统克林顿定于6月25日至7月3日对中国进行国事访问。", "1998-06-01", "036", "1998-06-25", "day"),
    ("应外交部长王毅邀请，新加坡外长维文将于4月20日至22日访华。", "2016-04-15", "036", "2016-04-20", "day"),
    ("李鹏总理将于下月访问日本。", "1997-08-10", "036", "1997-09", "month"),
    ("中俄两国元首今天通了电话。", "2003-06-10", "041", "2003-06-10", "day"),
    ("德国总理科尔计划明年访问中国。", "1995-11-20", "036", "1996", "year"),
    ("胡锦涛和普京在克里姆林宫举行会谈。", "2005-06-30", "040", "2005-06-30", "doc"),
    ("印度总理昨天抵达北京，开始对中国进行正式访问。", "2003-06-23", "042", "2003-06-22", "day"),
    ("中方日前向美方提出严正交涉。", "2019-05-17", "114", "2019-05", "month"),
    ("中方近日向日方提出严正交涉。", "2019-05-15", "114", "2019-05", "month"),
    # a time listed among nouns (气候变化、2030年可持续发展议程) names a thing, not when the act happens
    ("中方愿同阿方就气候变化、2030年可持续发展议程等议题保持密切协调。", "2017-05-17", "03", "2017-05-17", "doc"),
    # a plan with no time word of its own keeps the story's lead date; it is not rolled a month on
    ("伊拉克驻约旦大使馆临时代办１７日晚在安曼遇刺身亡。马贾利首相表示，约政府将与伊方合作，查清真相。",
     "1998-01-20", "03", "1998-01-17", "day"),
    ("中国外长本周四将同俄罗斯外长举行会谈。", "2019-05-15", "036", "2019-05-16", "day"),
    ("美国国务卿鲍威尔月底将访问中国。", "2003-02-10", "036", "2003-02", "month"),
    ("印度总理莫迪上周访问了日本。", "2019-05-15", "042", "2019-05-06", "week"),
    ("应国务院总理李鹏的邀请，德国总理科尔将于11月对中国进行正式访问。", "1995-10-20", "036", "1995-11", "month"),
]


@pytest.mark.parametrize("text,date,expected", ROOTS)
def test_events_every_root(text, date, expected):
    _check(text, date, expected)


@pytest.mark.parametrize("text,date,expected", MODALITY)
def test_events_modality(text, date, expected):
    _check(text, date, expected)


@pytest.mark.parametrize("text,date,expected", NEGATION)
def test_events_negation(text, date, expected):
    _check(text, date, expected)


@pytest.mark.parametrize("text,date,expected", JOINT)
def test_events_joint(text, date, expected):
    _check(text, date, expected)


@pytest.mark.parametrize("text,date,expected", INVITATIONS)
def test_events_invitations(text, date, expected):
    _check(text, date, expected)


@pytest.mark.parametrize("text,date,expected", PASSIVES)
def test_events_passive(text, date, expected):
    _check(text, date, expected)


@pytest.mark.parametrize("text,date,expected", SPOKESPERSON)
def test_events_spokesperson_turns(text, date, expected):
    _check(text, date, expected)


@pytest.mark.parametrize("text,date,expected", ABBREVIATIONS)
def test_events_abbreviations(text, date, expected):
    _check(text, date, expected)


@pytest.mark.parametrize("text,date,expected", SUBJECTS)
def test_events_subject(text, date, expected):
    _check(text, date, expected)


@pytest.mark.parametrize("text,date,expected", NO_EVENT)
def test_events_no_event(text, date, expected):
    _check(text, date, expected)


@pytest.mark.parametrize("text,date,expected", GENERIC)
def test_events_generic_addressee(text, date, expected):
    _check(text, date, expected)


# ---- named sources: (text, document date, code prefix, source names) -----------------------
SOURCE_NAMES = [
    # the person who speaks for his state is the source of what his state does …
    ("俄外长普里马科夫表示，俄坚决反对对伊拉克动武。", "1998-01-27", "12", ["普里马科夫"]),
    # a turn's label (汪文斌：) is no subject: the turn speaks for the state (spec section 3)
    ("记者：中方有何评论？\n汪文斌：希望美方停止干涉。", "2021-03-05", "02", ["中国"]),
    # … but a named organ is an actor of its own
    ("马贾利首相表示，约政府将与伊方合作，查清真相。", "1998-01-20", "03", ["约旦"]),
]


# ---- joint sides by name: (text, document date, code prefix, sides) ------------------------
JOINT_NAMES = [
    # 双方 after two people spoke for their sides is those two people …
    ("韦德里纳表示，法方愿同中方加强合作。钱其琛说，中法均主张世界走向多极化。双方还就共同关心的问题交换了意见。",
     "1998-01-24", "04", ["韦德里纳", "钱其琛"]),
    # … but a pair named by its countries stays the countries
    ("中朝双方就共同关心的问题交换了意见。", "2023-12-18", "04", ["中国", "朝鲜"]),
]


@pytest.mark.parametrize("text,date,code,names", JOINT_NAMES)
def test_events_joint_sides_by_name(text, date, code, names):
    doc = _pipeline().code_document(text, date=date)
    assert [sorted(a.name for a in e.source) for e in doc.events if e.cameo.startswith(code)] == [sorted(names)]


# ---- named targets: (text, document date, code prefix, target names) -----------------------
TARGET_NAMES = [
    # 祝贺他…: 他 is the person just named, not the country named after it
    ("国家主席习近平致电朝鲜最高领导人金正恩，祝贺他再次被推举为朝鲜国务委员会委员长。", "2019-04-12", "051",
     ["金正恩"]),
    # a known name right after a title ending in a transliteration character (主席 + 阮春福) is no part of a longer name
    ("习近平主席同越南国家主席阮春福通电话。", "2021-05-24", "041", ["习近平", "阮春福"]),
]


@pytest.mark.parametrize("text,date,code,names", TARGET_NAMES)
def test_events_target_names(text, date, code, names):
    doc = _pipeline().code_document(text, date=date)
    assert [[a.name for a in e.target] for e in doc.events if e.cameo.startswith(code)] == [names]


@pytest.mark.parametrize("text,date,code,names", SOURCE_NAMES)
def test_events_source_names(text, date, code, names):
    doc = _pipeline().code_document(text, date=date)
    assert [[a.name for a in e.source] for e in doc.events if e.cameo.startswith(code)] == [names]


@pytest.mark.parametrize("text,date,code,value,precision", DATES)
def test_events_dates(text, date, code, value, precision):
    doc = _pipeline().code_document(text, date=date)
    dates = {(e.date.value, e.date.precision) for e in doc.events if e.cameo.startswith(code)}
    assert dates == {(value, precision)}


# ---- negation cues alone: (clause before the trigger, negated) ------------------------------
NEGATORS = [
    ("俄方不会向台湾", True),
    ("美方从来没有正式提出过", True),
    # a negator inside a modifier (未支付的) negates that, not the act
    ("中国劳工向日本政府寻求未支付的工资、赔偿和", False),
    ("中方不得不", False),
]


@pytest.mark.parametrize("before,expected", NEGATORS)
def test_events_negators(before, expected):
    cues = _pipeline().codebook.cues
    assert negated(before + "道歉", 0, len(before), cues) is expected
