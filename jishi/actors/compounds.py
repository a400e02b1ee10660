"""Names of bodies that no dictionary holds: a proper name, a few nouns, a head word.

`中国佛教协会`, `美国朗讯科技公司`, `武汉杂技团`, `北京军区`: news names most bodies by
their place or owner, what they do, and a closing word that says what they are
(`org_heads.tsv`).  `match()` is pure: over the tokens and the mentions the
dictionaries found, it returns the spans of such names; `compound_mentions()`
turns them into organisation mentions that replace the country or capital
that opens them (`中国` in `中国佛教协会` is no actor of its own).

A body opened by a country or capital takes that country (`丹麦电视台` DNK MED);
one opened by a place the tagger knows (`武汉杂技团`) has no country and is
`unplaced`: shown and counted as a name, but no party to events.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from jishi.data import read_tsv
from jishi.document import Actor, ActorMention, Token

VIA = "body"
UNPLACED_VIA = "unplaced"
# Tags of tokens that can open a name (place, organisation, other proper name, person,
# abbreviation, Latin letters) and of those that can stand inside one.
OPENING_TAGS = {"ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "eng"}
INSIDE_TAGS = OPENING_TAGS | {"n", "vn", "b", "ng", "an", "m"}
# Tags a head word may carry (党委/j, 特委会/j, 北京军区/nt).
HEAD_TAGS = {"n", "nt", "nz", "ng", "j", "vn"}
# Mention kinds that may open a body's name, and those it may swallow.
OPENING_VIAS = {"dictionary", "capital", "organ", "place"}
MAX_TOKENS, MAX_CHARS = 6, 18
# Heads that, after a country, make the state itself rather than a body of it.
STATE_HEADS = {"政府", "人民政府"}


@dataclass(frozen=True)
class Compound:
    start: int
    end: int
    head: str
    sector: str
    country: Optional[str]  # from the opening country, capital or organisation


@lru_cache(maxsize=1)
def org_heads() -> dict[str, str]:
    """head word → sector."""
    return {row["head"]: row["sector"] for _, row in read_tsv("org_heads.tsv", ("head", "sector"))}


@lru_cache(maxsize=1)
def heads_not_alone() -> frozenset[str]:
    """Heads that need words between the name and them (中心: 中国版权保护中心, not 东盟中心)."""
    return frozenset(row["head"] for _, row in read_tsv("org_heads.tsv", ("head", "sector"))
                     if row.get("alone") == "no")


def _head_of(tok: Token, heads: dict[str, str], last_chars: frozenset[str]) -> Optional[str]:
    if tok.text[-1] not in last_chars or tok.pos not in HEAD_TAGS:
        return None
    for n in range(min(len(tok.text), 5), 0, -1):
        head = tok.text[-n:]
        if head in heads and (n > 1 or tok.text == head or tok.pos == "nt"):
            return head
    return None


def match(tokens: list[Token], mentions: list[ActorMention], heads: Optional[dict[str, str]] = None
          ) -> list[Compound]:
    """Every body's name: tokens i..j where j ends in a head word and i opens a name, the longest
    reach to the left; a name never cuts a known mention in two nor holds a person."""
    heads = heads if heads is not None else org_heads()
    last_chars = frozenset(h[-1] for h in heads)
    # Tokens that may close a name: a cheap filter first, most documents have few.
    closing = [j for j, tok in enumerate(tokens) if tok.text[-1] in last_chars and tok.pos in HEAD_TAGS]
    if not closing:
        return []
    opening = {m.start: m for m in mentions if m.via in OPENING_VIAS and m.actor.kind != "person"}
    blocked = bytearray(max((t.end for t in tokens), default=0) + 1)  # inside a mention, not at its start
    for m in mentions:
        for k in range(m.start + 1, m.end):
            blocked[k] = 1
    out: list[Compound] = []
    last_end = -1
    for j in closing:
        tok = tokens[j]
        head = _head_of(tok, heads, last_chars)
        if head is None:
            continue
        best = None
        for i in range(j, max(-1, j - MAX_TOKENS), -1):
            first = tokens[i]
            if tok.end - first.start > MAX_CHARS or first.start < last_end:
                break
            if i < j and (first.pos not in INSIDE_TAGS or (first.pos == "m" and not first.text.startswith("第"))):
                # 上海第一八佰伴 holds an ordinal; 喀布尔一家国际医院 is a description, not a name
                break
            if first.pos == "vn" and best is not None:
                break  # 中国出售阿斯麦公司: a verb before a nearer name ends the body's name there
            if blocked[first.start]:
                continue
            opener = opening.get(first.start)
            if i == j:  # one word (中国国际广播电台/nt): a known name must open it, before the head
                if opener is not None and opener.end <= tok.end - len(head):
                    best = (i, opener)
                continue
            if opener is not None or first.pos in OPENING_TAGS:
                best = (i, opener)
        if best is None:
            continue
        i, opener = best
        if head in heads_not_alone() and (i == j or (i == j - 1 and tok.text == head)):
            continue  # 东盟中心地位: the head right after the name
        start, end = tokens[i].start, tok.end
        if any(m.start < end and m.end > start and not (start <= m.start and m.end <= end) for m in mentions):
            continue  # a mention runs across the edge
        if any(start <= m.start and m.end <= end and m.actor.kind == "person" for m in mentions):
            continue
        if opener is not None and opener.end == end:
            continue  # the whole name is one known mention already
        if head in STATE_HEADS and opener is not None and opener.actor.kind == "country":
            continue  # 美国布什政府, 伊拉克临时政府: a state's government is the state
        country = opener.actor.country if opener is not None else None
        out.append(Compound(start, end, head, heads[head], country))
        last_end = end
    return out


def compound_mentions(text: str, mentions: list[ActorMention], compounds: list[Compound]) -> list[ActorMention]:
    """The mentions with each compound in place of the mentions inside it."""
    if not compounds:
        return mentions
    inside = bytearray(len(text) + 1)
    for c in compounds:
        for k in range(c.start, c.end):
            inside[k] = 1
    kept = [m for m in mentions if not inside[m.start]]
    for c in compounds:
        name = text[c.start:c.end]
        actor = Actor(text=name, name=name, kind="organisation", country=c.country, sector=c.sector)
        kept.append(ActorMention(c.start, c.end, name, actor, VIA if c.country else UNPLACED_VIA))
    kept.sort(key=lambda m: m.start)
    return kept
