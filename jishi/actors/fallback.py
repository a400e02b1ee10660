"""Names no dictionary holds, as the segmenter's tagger sees them (nr person, ns place, nt organisation).

These mentions are weak: they carry no country, take no part in events (the
event stage reads only dictionary, learned and abbreviation mentions), and
serve the article view, the actor benchmark and later resolution.  A name the
dictionaries know is never overridden.
"""
from __future__ import annotations

from jishi.document import Actor, ActorMention, Document

TAG_KINDS = {"nr": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "organisation"}
# Words the tagger marks as names but that are not (今天下午/nr, 邓小平理论/nr).
NOT_NAME_SUFFIXES = ("理论", "思想", "主义", "时代", "下午", "上午", "晚上")
VIA = "segmenter"


def segmenter_mentions(doc: Document, known: list[ActorMention], is_known_name=lambda s: False
                       ) -> list[ActorMention]:
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
    return out
