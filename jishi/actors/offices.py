"""People named by their offices: several offices before one name, and offices named again.

`西班牙副首相兼经济和财政大臣拉托`, `国务院副总理、中俄能源合作委员会中方主席王岐山`,
`巴勒斯坦自治政府主席阿拉法特`: a country or body, an office or two, then a name, is one
person of that country (`OfficeJoiner`).  `俄总理` after `俄总理切尔诺梅尔金`, and `总统先生`
after a foreign president, are the person named before (`offices_named_before`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from jishi.actors.kb import KnowledgeBase
from jishi.document import Actor, ActorMention

# Characters that make the words between a body and a titled name more than a description of the
# office: a conjunction, a preposition, a verb of saying (中国和美国总统…, 美国认为伊朗总统…).
NOT_IN_DESCRIPTION = set("和与同及对向在是为将说称认要把被给")


class OfficeJoiner:
    """Joins a body and its offices to the name that follows, within one document."""

    def __init__(self, kb: KnowledgeBase, text: str, boundaries: Optional[set[int]] = None):
        self.kb = kb
        self.text = text
        self.boundaries = boundaries

    def join(self, mentions: list[ActorMention], title_starts: set[int]) -> list[ActorMention]:
        """`西班牙副首相兼经济和财政大臣拉托`, `欧盟委员会副主席布里坦`, `国务院副总理、中俄能源合作委员会
        中方主席王岐山`: a country, body or titled office followed by a title and a name (directly, across
        `兼` and another office, or across `、` and a second office) is one person, of that country."""
        out: list[ActorMention] = []
        for m in mentions:
            k = None
            titled = m.start in title_starts  # 外交部长钱其琛, not 俄罗斯外长伊万诺夫
            if m.actor.kind == "person" and m.via in ("learned", "dictionary", "title", "office") \
                    and (titled or m.text != m.actor.name):
                k = self._holder_start(out, m, titled)
            if k is not None:
                prev = out[k]
                iso = prev.actor.country
                if iso and len(iso) == 3 and (m.via == "learned" or not m.actor.country):
                    m.actor.country = iso
                elif iso and len(iso) == 3 and m.via == "dictionary" and iso != m.actor.country and \
                        not any(r.country == iso for p in self.kb.people.get(m.actor.name, ()) for r in p.roles):
                    # 美国六方会谈特使希尔 is not Venezuela's minister of that name: a person of the country named
                    m.actor = Actor(m.actor.text, m.actor.name, "person", iso, m.actor.sector, None, None)
                    m.via = "title"
                m.start, m.text = prev.start, self.text[prev.start:m.end]
                m.actor.text = m.text
                del out[k:]  # the mentions inside the description go with it (中俄 in 中俄…委员会)
            out.append(m)
        return out

    def _holder_start(self, out: list[ActorMention], m: ActorMention, titled: bool) -> Optional[int]:
        for k in range(len(out) - 1, max(-1, len(out) - 4), -1):
            prev = out[k]
            if self._joins(prev, m, titled):
                return k
            if prev.actor.kind == "person" or prev.via in ("pair", "self"):
                return None
        return None

    def _joins(self, prev: ActorMention, m: ActorMention, titled: bool) -> bool:
        office = prev.via == "office"  # 西班牙副首相 (no name of its own)
        body = prev.via in ("dictionary", "organ") and prev.actor.kind in ("country", "organisation")
        if not (office or body):
            return False
        gap = self.text[prev.end:m.start]
        if not gap:
            return body and m.via == "learned"
        if any(ch in gap for ch in "，。；：,;:“”（）()") or len(gap) > 20:
            return False
        if "兼" in gap:
            return "、" not in gap
        if "、" not in gap:
            # 巴勒斯坦自治政府主席阿拉法特, 美国中东和谈特别协调员罗斯: a short description of the office
            return body and titled and len(gap) <= 8 and all("\u4e00" <= ch <= "\u9fff" for ch in gap) \
                and not self._has_little_word(prev.end, m.start)
        if gap.count("、") != 1:
            return False
        title, after = gap.split("、")
        if (office and title) or (body and not self._ends_in_title(title)):
            return False  # 国务院副总理、…: before 、 the body's office, and nothing else
        if after:  # 、中俄能源合作委员会中方主席王岐山: a second office, of the same side
            return m.actor.country in (None, prev.actor.country)
        return titled  # 国务院副总理、外交部长钱其琛 (but not 美国国务卿、英国外交大臣约翰逊)

    def _has_little_word(self, start: int, end: int) -> bool:
        """A conjunction, preposition or verb of NOT_IN_DESCRIPTION standing as a word of its own
        (和 in 中国和美国, not in 和谈)."""
        b = self.boundaries
        return any(self.text[k] in NOT_IN_DESCRIPTION and (b is None or (k in b and k + 1 in b))
                   for k in range(start, end))

    def _ends_in_title(self, words: str) -> bool:
        """军事总监, 副总理: the words end in a known title."""
        return any(words[k:] in self.kb.titles for k in range(len(words)))


def offices_named_before(mentions: list[ActorMention]) -> None:
    """`俄总理` after `俄总理切尔诺梅尔金`: an office without a name is the person this document
    named in it last; `总统先生` the last person named in that office, of any country."""
    holders: dict[tuple[str, str], Actor] = {}
    by_role: dict[str, Actor] = {}
    for m in mentions:
        a = m.actor
        if a.kind != "person" or not a.role or m.members:
            continue
        if m.via == "honorific":
            if a.role in by_role:
                m.actor, m.via = replace(by_role[a.role], text=m.text), "dictionary"
            continue
        if not a.country:
            continue
        key = (a.country, a.role)
        if m.via == "office":
            if key in holders:
                m.actor = replace(holders[key], text=m.text)
        elif m.via in ("dictionary", "learned", "title"):
            holders[key] = a
            if a.country != "CHN":  # 总统先生 in a Chinese report addresses the foreign guest
                by_role[a.role] = a
    mentions[:] = [m for m in mentions if m.via != "honorific"]  # nobody named in that office
