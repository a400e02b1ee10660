"""Learning the names of people the dictionaries do not hold, from the text around a title.

`learn_name()` is pure: the name that starts at a position.  `NameLearner` holds what one
document has taught (one instance per document).

`泰国外长素林`: after a title, a run of transliteration characters (or a
Chinese-style surname and given name) is a person's name; `钱德里卡·库马拉通加`
is known by its last part.  The character tables are data (name_chars.yaml).
"""
from __future__ import annotations

import re
from typing import Optional

from jishi.actors.kb import KnowledgeBase, Title
from jishi.actors.recognise import Candidate, name_chars
from jishi.document import Actor, ActorMention

MAX_LEARNED = 12
CHAIN_REACH = 24  # characters from a title to the name after a list of offices
CHAIN_STOPS = set("，。；：,;:!?！？\n“”\"")
DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,10})+")


def learn_name(text: str, pos: int, limit: int) -> Optional[tuple[int, str]]:
    """An unknown person's name starting at pos (after a title): (end, canonical name) or None."""
    nc = name_chars()
    end_limit = min(limit, pos + MAX_LEARNED)
    # A full foreign name joined by `·` (钱德里卡·库马拉通加): known by its last part.
    m = DOTTED_NAME.match(text, pos, min(limit, pos + 2 * MAX_LEARNED))
    if m:
        last = m.group(0).split("·")[-1]
        for stop in nc["stops"]:
            k = last.find(stop, 2)
            if k > 0:
                last = last[:k]
        return pos + len(m.group(0)) - (len(m.group(0).split("·")[-1]) - len(last)), last
    # Foreign names: transliteration characters.
    i = pos
    while i < end_limit and (text[i] in nc["translit"] or (text[i] in "·•." and i > pos)):
        i += 1
    candidate = text[pos:i].rstrip("·•.")
    for stop in nc["stops"]:
        k = candidate.find(stop, 1)
        if k > 0:
            candidate = candidate[:k]
    if len(candidate) >= 2 and ("·" in candidate or len(candidate) >= 2) and not _is_chinese_name_start(text, pos):
        return pos + len(candidate), re.split(r"[·•.]", candidate)[-1]
    # Chinese-style names: surname + one or two characters.
    for comp in nc["compound"]:
        if text.startswith(comp, pos):
            return _chinese_given(text, pos, len(comp), end_limit)
    if pos < len(text) and text[pos] in nc["surnames"]:
        return _chinese_given(text, pos, 1, end_limit)
    return None


def _is_chinese_name_start(text: str, pos: int) -> bool:
    nc = name_chars()
    return pos < len(text) and text[pos] in nc["surnames"] and text[pos] not in nc["translit"]


def _chinese_given(text: str, pos: int, surname_len: int, end_limit: int) -> Optional[tuple[int, str]]:
    nc = name_chars()
    best = None
    for given in (2, 1):
        end = pos + surname_len + given
        if end > end_limit:
            continue
        name = text[pos:end]
        if not all("\u4e00" <= ch <= "\u9fff" for ch in name):
            continue
        if any(name[surname_len:].startswith(s) or name.endswith(s) for s in nc["stops"] if len(s) == 1):
            continue
        best = (end, name)
        break
    return best


class NameLearner:
    """The names one document teaches, from the text around titles (`泰国外长素林`, `马克里总统`);
    `learned` maps each learned name to its actor, for later bare mentions (`素林说`)."""

    def __init__(self, kb: KnowledgeBase, text: str, name_tokens=None):
        self.kb = kb
        self.text = text
        # name_tokens(pos): (end, tag) of a proper noun the tagger sees starting at pos (None: no tagger)
        self.name_tokens = name_tokens
        self.learned: dict[str, Actor] = {}

    def before_title(self, title_start: int, floor: int):
        """`马克里总统`: an unknown transliterated name right before a title."""
        nc = name_chars()
        k = title_start
        while k > floor and title_start - k < MAX_LEARNED and (self.text[k - 1] in nc["translit"] or
                                                                self.text[k - 1] in "·"):
            k -= 1
        name = self.text[k:title_start].lstrip("·")
        if len(name) < 2 or len(name) > 8:
            return None
        short = name.split("·")[-1]

        def make(title_c: Candidate) -> ActorMention:
            title: Title = title_c.payload
            actor = Actor(self.text[k:title_c.end], short, "person", None, title.sector, None, title.role)
            self.learned.setdefault(short, actor)
            return ActorMention(k, title_c.end, actor.text, actor, "learned")
        return make

    def after_title(self, start: int, title_c: Candidate, iso: Optional[str]) -> ActorMention:
        title: Title = title_c.payload
        got = learn_name(self.text, title_c.end, len(self.text))
        tagged = self.name_tokens(title_c.end) if self.name_tokens is not None else None
        if got is not None and self.name_tokens is not None and self.looks_chinese(got[1]) and \
                not (tagged and tagged[1].startswith("nr")):
            got = None  # 大使代表祖国…: a Chinese-style name needs the tagger to see a person's name there
        if got is None and iso and tagged and 2 <= tagged[0] - title_c.end <= 4:
            # 世界卫生组织总干事中岛宏: a proper noun neither transliterated nor Chinese-style, right
            # after a body's or a country's title, is the holder's name
            got = (tagged[0], self.text[title_c.end:tagged[0]])
        if got is not None:
            end, name = got
            country = iso  # else placed after the whole document is read (see build)
            actor = Actor(self.text[start:end], name, "person", country, title.sector, None, title.role)
            if country:
                self.learned.setdefault(name, actor)
            return ActorMention(start, end, actor.text, actor, "learned")
        text = self.text[start:title_c.end]
        # 俄总理 → 俄罗斯总理: a title without a name, under the country's full name
        name = self.kb.countries[iso].name + title.title if iso in self.kb.countries else text
        actor = Actor(text, name, "person", iso, title.sector, None, title.role)
        return ActorMention(start, title_c.end, text, actor, "office" if iso else "bare-title")

    def through_chain(self, start: int, title_c: Candidate, iso: Optional[str], later: list[Candidate]
                      ) -> Optional[ActorMention]:
        """全国政协副主席、中国国际交流协会副会长万国权: offices listed with 、 or 兼 before one name;
        the person the tagger sees after them holds the first (no other person may stand between)."""
        if self.name_tokens is None or not self.text.startswith(("、", "兼"), title_c.end):
            return None
        limit = min(len(self.text), title_c.end + CHAIN_REACH)
        for p in range(title_c.end + 1, limit):
            if self.text[p] in CHAIN_STOPS or any(c.start == p and c.kind in ("person", "person_short")
                                                  for c in later):
                return None
            tagged = self.name_tokens(p)
            if tagged and tagged[1].startswith("nr") and 2 <= tagged[0] - p <= 4:
                title: Title = title_c.payload
                actor = Actor(self.text[start:tagged[0]], self.text[p:tagged[0]], "person", iso, title.sector,
                              None, title.role)
                if iso:
                    self.learned.setdefault(actor.name, actor)
                return ActorMention(start, tagged[0], actor.text, actor, "learned")
        return None

    def looks_chinese(self, name: str) -> bool:
        nc = name_chars()  # 霍尔德 is all transliteration characters: not a Chinese name
        return 2 <= len(name) <= 3 and name[0] in nc["surnames"] and not all(ch in nc["translit"] for ch in name)

    def repeats(self, found: list[ActorMention]) -> list[ActorMention]:
        """Later bare mentions of a learned name (`素林`)."""
        if not self.learned:
            return []
        covered = bytearray(len(self.text) + 1)
        for m in found:
            for k in range(m.start, m.end):
                covered[k] = 1
        out = []
        for name, actor in self.learned.items():
            for m in re.finditer(re.escape(name), self.text):
                inside = [f for f in found if m.start() <= f.start and f.end <= m.end()]
                # 布托雷转达…: a shorter dictionary name (布托) inside the learned one gives way to it
                shorter = [f for f in inside if f.actor.kind == "person" and f.end - f.start < len(name)]
                if not any(covered[m.start():m.end()]) or (shorter and len(shorter) == len(inside)):
                    a = Actor(name, actor.name, actor.kind, actor.country, actor.sector, None, actor.role)
                    out.append(ActorMention(m.start(), m.end(), name, a, "learned"))
                    for f in shorter:
                        found.remove(f)
        return out
