"""The sides a document talks about: its main countries, `双方`/`两国`, `上述四国`, `我国`/`我们`.

These resolve after every mention of the document is known, since they point
back to what was named before them.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from jishi.actors.kb import ORG_CODES, KnowledgeBase
from jishi.actors.resolve import country_actor
from jishi.document import Actor, ActorMention
from jishi.text.find import last_of

# Pair words that name people, not states: the two who met.
PEOPLE_PAIRS = {"双方", "两国元首", "两国领导人", "两国首脑", "两国国家元首"}


def said_as_place(text: str, start: int) -> bool:
    """在东亚峰会上, 于北京, 驻华: a mention at `start` that says where, not who."""
    return start > 0 and text[start - 1] in "在于驻"


def main_countries(mentions: list[ActorMention], text: str = "", limit: int = 2) -> list[str]:
    """The countries an article is mostly about: the two most mentioned (not counting where things
    happen: 在尼日尔首都召开)."""
    counts: Counter = Counter()
    for m in mentions:
        if m.via in ("pair", "self", "capital", "byline") or said_as_place(text, m.start):
            continue
        for a in m.actors():
            if a.country and (a.kind in ("country", "person") or (a.kind == "organisation" and
                                                                  a.country in ORG_CODES and a.country != "IGO")):
                counts[a.country] += 1
    return [iso for iso, _ in counts.most_common(limit)]


def resolve_pairs(kb: KnowledgeBase, mentions: list[ActorMention], pair: list[str],
                  speaker_country_at, text: str = "") -> None:
    """Fill `双方`/`两国` and `我国`/`我们`.

    `两国` names the two countries just mentioned (`马来西亚和印尼…两国`) when the
    text before it, back to the previous sentence, names exactly two; else the
    article's two main countries.  `我国`/`我们` is the speaker's country.
    """
    recent: list[tuple[int, str]] = []  # (position, iso) of country-level mentions so far
    sides: list[tuple[int, tuple[str, ...]]] = []  # the same, one entry per mention (波罗的海三国 is one side)
    persons: list[tuple[int, Actor]] = []  # (position, actor) of the people named so far
    for m in mentions:
        if m.via == "pair":
            members = _recent_two(sides, m.start, text) or pair[:2]
            people = _people_of(persons, members, m.start, text) if m.text in PEOPLE_PAIRS else []
            if people:  # 双方 after 钱其琛 met 韦德里纳: the two who met
                m.members = [replace(a, text=m.text) for a in people]
                m.actor = m.members[0]
            elif len(members) >= 2:
                m.members = [country_actor(kb, iso, m.text) for iso in members]
                m.actor = m.members[0]
        elif m.via == "self":
            iso = speaker_country_at(m.start) or "CHN"
            m.actor = country_actor(kb, iso, m.text)
        elif m.via.startswith("above:"):
            states = [(p, iso) for p, iso in recent if iso in kb.countries]  # 上述四国 counts states, not bodies
            members = _listed_before(states, m.start, text, int(m.via.split(":")[1]))
            if members:
                m.members = [country_actor(kb, iso, m.text) for iso in members]
                m.actor = m.members[0]
        elif m.via not in ("capital", "byline"):
            isos = tuple(a.country for a in m.actors()
                         if a.country and len(a.country) == 3 and a.kind in ("country", "person"))
            recent.extend((m.start, iso) for iso in isos)
            if m.actor.kind == "person" and not m.members and m.actor.country:
                persons.append((m.start, m.actor))
            if isos:
                sides.append((m.start, isos))


def _people_of(persons: list[tuple[int, Actor]], members: list[str], pos: int, text: str) -> list[Actor]:
    """The person last named for each of two countries in the same or the previous sentence, when
    those sentences name one for each: `双方` after a meeting of two people is those two."""
    if len(members) != 2:
        return []
    window_start = _window_start(text, pos)
    found = {}
    for p, actor in reversed(persons):
        if p >= pos:
            continue
        if p < window_start:
            break
        if actor.country in members and actor.country not in found:
            found[actor.country] = actor
    return [found[iso] for iso in members] if len(found) == 2 else []


def _listed_before(recent: list[tuple[int, str]], pos: int, text: str, count: int) -> list[str]:
    """The last `count` distinct countries named before the current clause (all of the last
    sentence's when `count` is 0), leaving out the clause's own actors: what 上述四国 points back to."""
    clause_start = last_of(text, "。!?\n,;，；", pos) + 1
    own = {iso for p, iso in recent if clause_start <= p < pos}
    before = [(p, iso) for p, iso in recent if p < clause_start and iso not in own]
    found: list[str] = []
    for p, iso in reversed(before):
        if iso not in found:
            found.insert(0, iso)
        if count and len(found) == count:
            return found
    return found if not count else []


def _window_start(text: str, pos: int) -> int:
    """Where the sentence before the one at `pos` begins."""
    last_stop = last_of(text, "。!?\n", pos)
    prev_stop = last_of(text, "。!?\n", max(last_stop, 0))
    return prev_stop if prev_stop >= 0 and last_stop > 0 else 0


def _recent_two(sides: list[tuple[int, tuple[str, ...]]], pos: int, text: str) -> list[str]:
    """The two sides named since the start of the previous sentence, if there are exactly two
    (a side may be a group: 克林顿 and 波罗的海三国 are the 双方 of a charter)."""
    if not text:
        return []
    window_start = _window_start(text, pos)
    found: list[tuple[str, ...]] = []
    for p, isos in reversed(sides):  # newest first, back to the window's start
        if p < window_start:
            break
        if not any(set(isos) & set(other) for other in found):
            found.insert(0, isos)
        elif isos not in found and len(isos) > 1:
            continue
    if len(found) != 2:
        return []
    return [iso for side in found for iso in side]
