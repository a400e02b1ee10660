"""Turn a coded `Document` into the JSON the article view draws.

Everything the page highlights is an offset into `Document.text`; the page
builds DOM text nodes from these offsets, so no markup ever comes from input.
"""
from __future__ import annotations

from typing import Optional

from jishi.codes import lookup
from jishi.document import ActorMention, Document, Event

QUAD_NAMES = {
    0: "neutral",
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def cameo_name(code: str) -> Optional[str]:
    try:
        return lookup(code).name
    except KeyError:
        return None


def actor_json(mention: ActorMention) -> dict:
    members = mention.actors()
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "via": mention.via,
        "name": mention.actor.name,
        "kind": mention.actor.kind,
        "codes": [a.code for a in members if a.code],
        "names": [a.name for a in members],
    }


def event_json(event: Event, index: int) -> dict:
    """A card: the spec record untouched (for JSONL) plus what the page shows beside it."""
    return {
        "index": index,
        "cameo_name": cameo_name(event.cameo),
        "quad_name": QUAD_NAMES.get(event.quad_class),
        "trigger_span": list(event.trigger_span),
        "record": event.to_json(),
    }


def article_view(doc: Document) -> dict:
    """The article view's data: normalised text, actor and trigger spans, event cards."""
    return {
        "doc_id": doc.doc_id,
        "date": doc.date,
        "anchor_date": doc.anchor_date,
        "text": doc.text,
        "sentences": [[s.start, s.end] for s in doc.sentences],
        "actors": [actor_json(m) for m in doc.actors],
        "events": [event_json(e, i) for i, e in enumerate(doc.events)],
    }
