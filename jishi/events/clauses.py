"""Small readers the event stage shares: clauses of a sentence, speaker turns, which mentions
may take part in an event, and actor lists of mentions."""
from __future__ import annotations

import re
from typing import Optional

from jishi.actors.sides import said_as_place
from jishi.document import Actor, ActorMention, Document
from jishi.events.codebook import TriggerRule

CLAUSE_BREAK = re.compile(r"[,;:，；：。!?！？]")
VISIT_CODES = {"042", "036"}
# Mentions that name something but take no part in events: a title alone, a name only the tagger
# saw, a name in the dispatch line (新华社北京…电).
NOT_PARTICIPANTS = ("bare-title", "segmenter", "byline", "label", "sender", "unplaced", "place")


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in CLAUSE_BREAK.finditer(text, start, end):
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    if s < end:
        out.append((s, end))
    return out


def speaker_at(doc: Document, pos: int) -> Optional[Actor]:
    for s, e, actor in doc.speakers:
        if s <= pos < e:
            return actor
    return None


def takes_part(m: ActorMention, rule: TriggerRule, right_side: bool) -> bool:
    """Capitals stand for a country only as the destination of a visit."""
    if m.via == "capital":
        return right_side and rule.code in VISIT_CODES
    return m.via not in NOT_PARTICIPANTS


def in_book_title(text: str, pos: int, floor: int) -> bool:
    """Whether pos lies inside 《…》 (looking back no further than the sentence start)."""
    opened = text.rfind("《", floor, pos)
    return opened >= 0 and text.rfind("》", opened, pos) < 0


def published_title(text: str, pos: int, floor: int) -> bool:
    """发表了《…联合声明》: the title is what is being signed or issued."""
    opened = text.rfind("《", floor, pos)
    return text[max(floor, opened - 3):opened].endswith(("发表", "签署", "签订", "发表了", "签署了", "签订了", "批准"))


def is_place(text: str, m: ActorMention) -> bool:
    """在东亚峰会上, 驻华: a mention that says where, not who."""
    return said_as_place(text, m.start)


def is_standard(text: str, m: ActorMention) -> bool:
    """以东盟为中心的区域架构: a mention that names a measure of something, not an actor in it."""
    return m.start >= 1 and text[m.start - 1] == "以" and text.startswith("为", m.end)


def actors_of(ms: list[ActorMention]) -> list[Actor]:
    out: list[Actor] = []
    for m in ms:
        for a in m.actors():
            if a.country and not any(same_actor(a, b) for b in out):
                out.append(a)
    return out


def same_actor(a: Actor, b: Actor) -> bool:
    if a.kind == "country" and b.kind == "country":
        return a.country == b.country
    return a.name == b.name and a.country == b.country


def countries_of(actors: list[Actor]) -> set[str]:
    return {a.country for a in actors if a.country}


HEADLINE_MAX = 30  # characters: a longer line is no news digest's item title


def after_prep(span: str, word: str, preps: str) -> bool:
    """同各国领导人, 向各方: `word` in `span` right after one of the prepositions `preps`."""
    return any(p + word in span for p in preps)


def headline(text: str, start: int, end: int) -> bool:
    """A short line of its own without a sentence end: the title of a new item."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    return 0 < len(line) <= HEADLINE_MAX and line[-1] not in "。!?！？”\"" and start == line_start + \
        (len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip()))
