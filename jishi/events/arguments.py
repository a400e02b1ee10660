"""Finding an event's source and target in its clause.

The clause (text between `,` `;` `:` inside a sentence) is read left of the
trigger as a small chain: a subject, then phrases introduced by a preposition
(同/与/和/跟 → partner, 对/向/给/为 → target, 受到/遭到 → agent of a passive),
and right of the trigger as an object group (`A 会见 B 和 C`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from jishi.document import ActorMention
from jishi.events.codebook import Codebook, Cues

LOCATIVES = ("在", "于", "驻", "赴", "从")
# Roots whose verbs take a whole clause as their object: 谴责 X 做 Y, 支持 X 做 Y, 要求 X 做 Y.
CLAUSE_OBJECT_ROOTS = {"02", "051", "10", "11", "12", "13"}  # 051: praise and support, not signing
# Words after a trigger that close a time frame opened by 在 (在…会谈后, 在…交谈过后).
FRAME_CLOSERS = ("后", "之后", "以后", "过后")
# 发布了 X 会见 Y 的消息: an act told as the content of a report
REPORTING_VERBS = ("发布了", "发布", "报道了", "报道", "公布了", "证实了", "播发了")
SPOKEN_ABOUT = re.compile(r"[^，。；,;]*?(?:发表谈话|发表声明|表态|答记者问|作出回应|回答记者提问)")
REPORTED_NEWS = re.compile(r"[^，。；,;]*?的(?:消息|报道|新闻)")
# What follows the place in `正在古巴(进行)访问的 X`: the one met comes after.
VISITING_AFTER_PLACE = ("访问", "进行访问", "进行国事访问", "进行正式访问", "出席", "参加", "工作")
MAX_APPOSITION = 14  # characters of description allowed between a body and the person it qualifies
COORDINATORS = ("和", "与", "同", "及", "以及", "、", ",")
# Little words allowed between a preposition and its noun phrase, or between
# a noun phrase and the next mention, without breaking the chain.
FILLER = set("了的也还都再并已曾")
FILLER_CHARS = "".join(sorted(FILLER))


@dataclass
class Roles:
    subject: list[ActorMention] = field(default_factory=list)
    partner: list[ActorMention] = field(default_factory=list)
    toward: list[ActorMention] = field(default_factory=list)
    agent: list[ActorMention] = field(default_factory=list)
    inviter: list[ActorMention] = field(default_factory=list)
    obj: list[ActorMention] = field(default_factory=list)
    # Partners joined to the subject by a bare 和/与/同 (`中国和白俄罗斯`): a coordinated subject
    # for the clauses that follow.
    coordinated: list[ActorMention] = field(default_factory=list)


@lru_cache(maxsize=64)
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def _ends_with(glue: str, words: tuple[str, ...]) -> Optional[str]:
    g = glue.rstrip(FILLER_CHARS) if len(glue) > 1 else glue
    for w in _longest_first(words):
        if g.endswith(w):
            return w
    return None


QUANTITY = re.compile(r"^[\d.,%％]+(?:[多余]?[万亿千百]*)(?:美元|欧元|元|人民币|吨|件)?(?:的)?$")


def _quantity_after_prep(bare: str, preps: tuple[str, ...]) -> bool:
    """对2000亿美元中国输美产品: a preposition, then an amount, then the actor."""
    for p in preps:
        k = bare.rfind(p)
        if k >= 0 and QUANTITY.match(bare[k + len(p):]):
            return True
    return False


def _apposition(glue: str, start: int, end: int, verbal) -> bool:
    """Only a description (no verb, no punctuation) between a body and a titled person."""
    # 欧盟负责外交与安全政策的高级代表索拉纳: a relative clause (…的) may hold a verb
    return 0 < len(glue) <= MAX_APPOSITION and not any(ch in glue for ch in ",;:，；：、") and \
        (glue.endswith("的") or not verbal(start, end)) and not glue.endswith(("后", "前", "时"))


def read_left(text: str, clause_start: int, trig_start: int, mentions: list[ActorMention], cues: Cues,
              verbal=lambda start, end: False) -> Roles:
    """Assign the mentions left of the trigger to subject / partner / toward / agent."""
    roles = Roles()
    prev_end = clause_start
    last_bucket: Optional[list] = None
    skipped: list = []  # the bucket of mentions that say where, not who
    for m in mentions:
        glue = text[prev_end:m.start]
        bare = glue.strip()
        if text.startswith("在内", m.end) or (bare.endswith("包括") and "在内" in text[m.end:m.end + 30]):
            prev_end = m.end
            continue  # 包括许多国家政府、国际奥委会在内的国际社会: a generic list, not a party
        if bare.endswith(LOCATIVES) and not bare.endswith("对于"):
            prev_end, last_bucket = m.end, skipped
            continue  # 在莫斯科举行, 在中国举行, 驻华: a place, not a participant
        if last_bucket is skipped and bare in COORDINATORS:
            prev_end = m.end
            continue  # 在希拉克总统与江泽民主席决定建立的…框架内: the whole phrase says where
        if not glue and last_bucket is not None and m.via == "pair":
            prev_end = m.end
            continue  # 中美双方, 俄美双方: the pair word restates the countries just named
        if (prev_end == clause_start and bare.startswith("应")) or bare.endswith("应") or bare.endswith("应邀请"):
            roles.inviter.append(m)  # 应 A 邀请
            last_bucket = roles.inviter
        elif _ends_with(glue, cues.passive):
            roles.agent.append(m)
            last_bucket = roles.agent
        elif bare in COORDINATORS and last_bucket is not None:
            if bare in ("同", "与", "和", "跟") and last_bucket is roles.subject:
                roles.partner.append(m)
                roles.coordinated.append(m)
                last_bucket = roles.partner
            else:
                last_bucket.append(m)
        elif _ends_with(glue, cues.toward_preps) or _quantity_after_prep(bare, cues.toward_preps):
            roles.toward.append(m)
            last_bucket = roles.toward
        elif _ends_with(glue, cues.partner_preps) and bare != "和":
            roles.partner.append(m)
            last_bucket = roles.partner
        elif not roles.subject and not roles.partner and not roles.toward:
            roles.subject.append(m)
            last_bucket = roles.subject
        elif last_bucket is not None and last_bucket is not roles.obj and m.actor.kind == "person" and \
                m.text != m.actor.name and _apposition(glue, prev_end, m.start, verbal):
            # 欧盟现任轮值主席国西班牙外交大臣皮克: a description between a body and a person keeps the
            # list going, and the person, not the body that describes him, is the party
            if last_bucket and last_bucket[-1].actor.kind in ("country", "organisation") \
                    and not last_bucket[-1].members and last_bucket[-1].end == prev_end:
                last_bucket.pop()
            last_bucket.append(m)
        else:
            # A noun phrase after a verb of an earlier predicate: the object of something else.
            roles.obj.append(m)
            last_bucket = roles.obj
        prev_end = m.end
    return roles


def read_right(text: str, trig_end: int, clause_end: int, mentions: list[ActorMention],
               generic: tuple[str, ...] = (), max_gap: int = 12) -> list[ActorMention]:
    """The object group right after the trigger: the first mention and those coordinated with it."""
    group: list[ActorMention] = []
    prev_end = trig_end
    for k, m in enumerate(mentions):
        glue = text[prev_end:m.start]
        if not group and any(g in glue for g in generic):
            break  # 呼吁国际社会向阿富汗…: the addressee is generic
        if text.startswith("在内", m.end):
            break  # 包括美国在内的各国: a generic addressee
        if not group:
            # Allow a short gap (`会见了来访的`, `访问`) but not a new predicate.
            if len(glue) > max_gap:
                break
            if glue.strip().endswith(LOCATIVES) and m.actor.kind in ("country", "place") \
                    and text.startswith(VISITING_AFTER_PLACE, m.end):
                continue  # 会见了正在古巴进行访问的陈至立: the place of the visit, not the one met
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            if nxt is not None and nxt.actor.kind == "person" and m.actor.kind != "person":
                between = text[m.end:nxt.start]
                if between.endswith("的") and len(between) <= 12 and not any(ch in between for ch in "，,；;。"):
                    continue  # 会见了来华举行中朝外交磋商的朝鲜外务省副相朴明浩: the one the clause describes
            group.append(m)
        elif glue.strip() in COORDINATORS:
            group.append(m)
        else:
            break
        prev_end = m.end
    return group


def framed_subject(text: str, end: int, left: list[ActorMention], preparing: tuple[str, ...]
                   ) -> Optional[ActorMention]:
    """`在 X 与 Y 交谈(过)后`, `为 X 与 Y 的会晤作准备`: an actor right after 在 (or 为), in a frame
    the trigger at ..end closes, is the subject of the framed act, not the clause's subject."""
    if text.startswith(FRAME_CLOSERS, end):
        openers: tuple[str, ...] = ("在",)
    elif text.startswith(preparing, end):
        openers = ("为",)
    elif REPORTED_NEWS.match(text, end, end + 40):
        openers = REPORTING_VERBS  # 外交部发布了王毅会见朴明浩的消息: the news is of 王毅's meeting
    elif SPOKEN_ABOUT.match(text, end, end + 40):
        openers = ("就",)  # 商务部就美方决定加征关税发表谈话: the act spoken about is 美方's
    else:
        return None
    for m in reversed(left):
        found = [(text.rfind(o, max(0, m.start - 7), m.start), o) for o in openers]
        k = max((at + len(o) - 1 for at, o in found if at >= 0), default=-1)
        gap = text[k + 1:m.start] if k >= 0 else ""
        # 为本月下旬美国总统克林顿…: a time may stand between; a partner (在莫斯科与 X) may not
        if k >= 0 and m.actor.kind in ("person", "country") and not any(ch in gap for ch in "与同和跟及、，,") \
                and not any(k < o.start < m.start for o in left):
            return m  # (the first actor after the opener: 就美方决定对中国…, not 中国)
    return None


def embedding_trigger(text: str, from_pos: int, start: int, left: list[ActorMention], codebook: Codebook
                      ) -> Optional[tuple[int, str]]:
    """(end, root) of an earlier trigger in the clause whose object is a clause with its own actor
    (谴责 美国 对伊拉克发动空袭): a known actor follows it directly.  Not when only a conjunction
    joins the two (赞赏并支持), nor an invitation, whose visit the pivot rule reads."""
    if from_pos >= start:
        return None
    for s0, e0, _word, rules in reversed(codebook.match(text[from_pos:start])):
        roots = {r.code[:2] if r.code[:2] != "05" else r.code[:3] for r in rules}
        if not roots & CLAUSE_OBJECT_ROOTS or "04" in roots or any(r.code[:3] == "026" for r in rules):
            continue  # 欢迎/邀请 B 访华: the pivot rule reads the visit
        if s0 > 0 and text[from_pos + s0 - 1] == "的":
            continue  # 对美方的指责表示不满: a noun, no verb taking a clause
        between = text[from_pos + e0:start].strip()
        conjunctions = codebook.cues.conjunctions
        if not between or between in conjunctions or between[:1] in conjunctions:
            return None
        pos = from_pos + e0
        root = min(roots & CLAUSE_OBJECT_ROOTS)
        if any(pos <= m.start <= pos + 2 for m in left):
            return pos, root
        if root in ("02", "10") and text.startswith(codebook.cues.generic_targets, pos):
            return pos, root  # 呼吁少数国家…解除对津巴布韦的制裁: the addressees are asked, no one acts yet
        if root == "02":
            return None  # 希望能尽快与中方举行磋商: the one who wishes is the one who acts
        return pos, "--"  # an inner actor no dictionary knows (支持政府攻打伊拉克): not coded
    return None


def other_of_later_pair(s_mentions: list[ActorMention], after: int, own: set) -> list:
    """The members of the first pair named after `after` that takes in one of `own`, less those
    (美国商会愿…，持续深化中美经贸关系: 中国)."""
    for m in s_mentions:
        if m.start >= after and m.members and own & {a.country for a in m.members}:
            return [a for a in m.members if a.country not in own]
    return []


PAIR_PEOPLE_REACH = 4  # sentences back


def pair_people(topics: list[list[ActorMention]], members: list) -> Optional[list]:
    """双方还就…交换了意见 after `王毅表示…` and `朴明浩表示…`: the two people who last spoke for
    the pair's two countries, as subjects of the sentences just before, are the sides who met."""
    want = [a.country for a in members]
    if len(want) != 2 or len(set(want)) != 2:
        return None
    found: dict = {}
    for topic in reversed(topics[-PAIR_PEOPLE_REACH:]):
        for m in topic:
            if m.actor.kind == "person" and m.actor.country in want:
                found.setdefault(m.actor.country, m.actor)
    return [found[c] for c in want] if len(found) == 2 else None


def pivot_visitors(text: str, obj: list[ActorMention]) -> list[ActorMention]:
    """The visitors of a pivot (邀请 B 访华, 安排 A、B 访华): the last object and those listed with it."""
    k = len(obj) - 1
    while k > 0 and text[obj[k - 1].end:obj[k].start].strip() in ("、", "和", "与", "及"):
        k -= 1
    return obj[k:]


def anaphoric_object(text: str, clause, end: int, cues: Cues) -> bool:
    """The act's object is 此/这/该/其 or nothing at all (中方对此坚决反对)."""
    rest = text[end:clause[1]].strip()
    return any(w in text[clause[0]:end] for w in cues.anaphors) or rest[:1] in ("此", "这", "该", "其")
