"""Names no dictionary holds, as the segmenter's tagger sees them (nr person, ns place, nt organisation).

These mentions are weak: they carry no country, take no part in events (the
event stage reads only dictionary, learned and abbreviation mentions), and
serve the article view, the actor benchmark and later resolution.  A name the
dictionaries know is never overridden.
"""
from __future__ import annotations

import re
from typing import Iterable

from jishi.document import Actor, ActorMention, Document

TAG_KINDS = {"nr": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "organisation"}
# Words the tagger marks as names but that are not (今天下午/nr, 邓小平理论/nr).
NOT_NAME_SUFFIXES = ("理论", "思想", "主义", "时代", "下午", "上午", "晚上")
VIA = "segmenter"


def segmenter_mentions(doc: Document, known: list[ActorMention], is_known_name=lambda s: False,
                       titles: Iterable[str] = ()) -> list[ActorMention]:
    """Tagged names outside every known mention; a name the dictionaries hold is left to them
    (they may have dropped it on purpose: 一个中国原则, 《联合国宪章》)."""
    taken = bytearray(len(doc.text) + 1)
    for m in known:
        for k in range(m.start, m.end):
            taken[k] = 1
    for t in doc.times:
        for k in range(t.start, t.end):
            taken[k] = 1
    out: list[ActorMention] = []
    for tok in doc.tokens:
        kind = TAG_KINDS.get(tok.pos)
        if kind is None or len(tok.text) < 2 or any(taken[tok.start:tok.end]) or is_known_name(tok.text):
            continue
        if tok.text.endswith(NOT_NAME_SUFFIXES) or not all("\u4e00" <= ch <= "\u9fff" or ch == "·" for ch in tok.text):
            continue
        if doc.byline[0] <= tok.start < doc.byline[1]:
            continue
        actor = Actor(text=tok.text, name=tok.text, kind=kind, country=None)
        out.append(ActorMention(tok.start, tok.end, tok.text, actor, VIA))
    return out + surname_references(doc.text, out, taken, titles)


def surname_references(text: str, found: list[ActorMention], taken: bytearray, titles: Iterable[str]
                       ) -> list[ActorMention]:
    """Later `王大使`, `李部长` for a tagged person `王学贤` named before: the same unknown person,
    so that a clause it opens is not read as another actor's."""
    short = sorted((t for t in titles if 2 <= len(t) <= 3), key=len, reverse=True)
    out: list[ActorMention] = []
    seen: set[str] = set()
    for m in found:
        if m.actor.kind != "person" or len(m.text) not in (2, 3) or m.text[0] in seen:
            continue
        seen.add(m.text[0])
        for t in short:
            ref = m.text[0] + t
            for hit in re.finditer(re.escape(ref), text[m.end:]):
                s, e = m.end + hit.start(), m.end + hit.end()
                if not any(taken[s:e]) and not any(o.start < e and s < o.end for o in out):
                    out.append(ActorMention(s, e, ref, m.actor, VIA))
    return out
