"""The same event told twice in one document is one event; stable ids."""
from __future__ import annotations

from jishi.document import Actor, Event


def _key(actors: list[Actor]) -> frozenset:
    return frozenset((a.country, a.name if a.kind != "country" else "") for a in actors)


def deduplicate(events: list[Event]) -> list[Event]:
    """Keep the first telling of each (code, source, target, negation); number events per sentence."""
    seen: set = set()
    out: list[Event] = []
    for ev in sorted(events, key=lambda e: (e.span[0], e.trigger_span[0])):
        key = (ev.cameo, _key(ev.source), _key(ev.target), ev.negated, ev.modality)
        if key in seen:
            continue
        seen.add(key)
        out.append(ev)
    counts: dict[int, int] = {}
    for ev in out:
        ev.n = counts.get(ev.sentence, 0)
        counts[ev.sentence] = ev.n + 1
    return out
