"""Whether a trigger tells an act, rather than asking about it or naming it as a noun.

`中方会支持…吗?` asks; `政府的支持`, `恐怖袭击事件`, `叶利钦访问瑞典时` name an act or a
time; `X、Y等参加了会谈` tells who sat in, not who met.  The words are data
(`cues.yaml`); the patterns here are the shapes around them.
"""
from __future__ import annotations

import re

from jishi.events.clauses import VISIT_CODES
from jishi.events.codebook import Cues

ASKING_MA = re.compile(r"吗[?？]|吗$")
RELATIVE_SUO = re.compile(r"(?<!力)所(?!有)[^,，;；。]{1,4}的$")
# Roots whose trigger after 的 names the act as a noun (政府的支持, 即将举行的联合军演) rather than telling it.
NOMINAL_ROOTS = {"05", "06", "07", "08", "12", "13"}
# 受到…的警惕和反对, 给予的帮助和支持: a trigger joined by 和 to a noun after 的 is a noun too
AFTER_DE_NOUN = re.compile(r"的[^，,。；;的]{1,4}[和与及]$")


def rule_codes_not_visit(rules) -> bool:
    return all(r.code not in VISIT_CODES for r in rules)


def asks(text: str, clause, cues: Cues) -> bool:
    """The clause is a question: a question word, or 吗 (before a question mark or at the end)."""
    body = text[clause[0]:clause[1] + 1]
    return cues.holds(body, cues.question) or bool(ASKING_MA.search(body))  # 任何时 is no 何时


def shi_de(text: str, clause, start: int, end: int) -> bool:
    """是极其不负责任的。: 是…的 closing the clause asserts; the 的 modifies nothing."""
    return end + 1 >= clause[1] and "是" in text[clause[0]:start]


def told(text: str, clause, start: int, end: int, rules, cues: Cues) -> bool:
    """Whether the trigger at start..end tells an act."""
    if asks(text, clause, cues) and not any(r in text[clause[0]:clause[1]] for r in cues.rhetorical):
        return False  # 中方会支持伊朗加入上合组织吗? asks, it does not report
    after_de = start > 0 and (text[start - 1] == "的" or bool(AFTER_DE_NOUN.search(text, max(0, start - 7), start)))
    if after_de and any(p in text[clause[0]:start] for p in cues.passive):
        after_de = False  # 受到了中国政府的批评: the passive tells the act
    if after_de and all(r.code in VISIT_CODES for r in rules):
        return False  # 对习主席的访问进行直播: the visit named as a noun
    if after_de and (all(r.code[:2] in NOMINAL_ROOTS for r in rules) or
                     all(r.code[:2] == "11" and r.frame != "comment" for r in rules)) \
            and not any(v in text[clause[0]:start] for v in cues.light_verbs):
        # 政府的支持, 大量帮助和支持, 调查新疆侵犯人权的指控: the act named as a noun, not told (a
        # judging word after 的 still judges)
        return False
    if text.startswith(cues.nominal_after, end) or text[max(0, start - 2):start].endswith(cues.nominal_before):
        return False  # 恐怖袭击事件, 以制裁相威胁: the act named as a noun
    rest = text[end:clause[1]].rstrip("，,;；。 ")
    if (text.startswith("时", end) and not text.startswith("时间", end)) or \
            (len(rest) <= 8 and rest.endswith(("时", "之际")) and not rest.endswith(("小时", "同时", "及时", "届时"))):
        return False  # 叶利钦访问瑞典时: a time adverbial, not the news
    if all(r.code[:2] == "04" for r in rules) and text[clause[0]:start].endswith(cues.attendance):
        return False  # X、Y等参加了会谈: those who sat in, not the sides who met
    if text.startswith("期间", end) and rule_codes_not_visit(rules):
        return False  # 在首尔核安全峰会期间会晤: the meeting is the news, the summit its time
    if any(w in text[clause[0]:start] for w in cues.despite) and all(r.code[:2] == "12" for r in rules):
        return False  # 不顾各方反对: the opposition of others, named as a noun
    if RELATIVE_SUO.search(text, max(0, start - 6), start):
        return False  # 美国对灾区所提供的援助: a relative clause names the act
    if text.startswith("的", end) and rule_codes_not_visit(rules) and not shi_de(text, clause, start, end):
        return False  # 共同签署的《宣言》, 同中方签署的协议: a modifier telling background
    return True
