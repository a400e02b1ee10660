"""Names no dictionary holds, as the segmenter's tagger sees them (nr person, ns place, nt organisation).

These mentions are weak: they carry no country, take no part in events (the
event stage reads only dictionary, learned and abbreviation mentions), and
serve the article view, the actor benchmark and later resolution.  A name the
dictionaries know is never overridden.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from jishi.document import Actor, ActorMention, Document

TAG_KINDS = {"nr": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "organisation"}
# Words the tagger marks as names but that are not (今天下午/nr, 邓小平理论/nr).
NOT_NAME_SUFFIXES = ("理论", "思想", "主义", "时代", "下午", "上午", "晚上")
VIA = "segmenter"


def segmenter_mentions(doc: Document, known: list[ActorMention], is_known_name=lambda s: False,
                       short_titles: Optional[re.Pattern] = None) -> list[ActorMention]:
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
    return out + (surname_references(doc.text, out, taken, short_titles) if short_titles else [])


def surname_references(text: str, found: list[ActorMention], taken: bytearray, short_titles: re.Pattern
                       ) -> list[ActorMention]:
    """Later `王大使`, `李部长` for a tagged person `王学贤` named before: the same unknown person,
    so that a clause it opens is not read as another actor's."""
    first_by_surname: dict[str, ActorMention] = {}
    for m in found:
        if m.actor.kind == "person" and len(m.text) in (2, 3):
            first_by_surname.setdefault(m.text[0], m)
    if not first_by_surname:
        return []
    out: list[ActorMention] = []
    for hit in short_titles.finditer(text, 1):
        s, e = hit.start() - 1, hit.end()
        person = first_by_surname.get(text[s])
        if person is not None and s >= person.end and not any(taken[s:e]) \
                and not any(o.start < e and s < o.end for o in out):
            out.append(ActorMention(s, e, text[s:e], person.actor, VIA))
    return out


def short_titles_pattern(titles: Iterable[str]) -> re.Pattern:
    """One pattern for every title of two or three characters, longest first (built once, with
    the pipeline)."""
    short = sorted({t for t in titles if 2 <= len(t) <= 3}, key=lambda t: (-len(t), t))
    return re.compile("|".join(map(re.escape, short)) or "(?!)")
