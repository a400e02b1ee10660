"""The same event told twice in one document is one event; stable ids."""
from __future__ import annotations

from jishi.document import Actor, Event


def _key(actors: list[Actor]) -> frozenset:
    return frozenset((a.country, a.name if a.kind != "country" else "") for a in actors)


def deduplicate(events: list[Event]) -> list[Event]:
    """Keep the first telling of each (code, source, target, negation, modality, date).

    Two events that differ only in date are two events (a summit in 1999 and a
    premiers' meeting in spring 1999), unless one of them has no date of its
    own (precision `doc`): then it is the same event told without its date.
    """
    seen: set = set()
    dated: set = set()
    out: list[Event] = []
    ordered = sorted(events, key=lambda e: (e.span[0], e.trigger_span[0]))
    for ev in ordered:
        if ev.date.precision != "doc":
            dated.add(_base(ev))
    for ev in ordered:
        base = _base(ev)
        key = base + (ev.date.value if ev.date.precision != "doc" else None,)
        if key in seen or (ev.date.precision == "doc" and base in dated):
            continue
        seen.add(key)
        if ev.joint and any(_retold_meeting(ev, earlier) for earlier in out):
            continue
        out.append(ev)
    counts: dict[int, int] = {}
    for ev in out:
        ev.n = counts.get(ev.sentence, 0)
        counts[ev.sentence] = ev.n + 1
    return out


def _base(ev: Event) -> tuple:
    # Appeals to no one in particular (呼吁所有尚未参加的国家…) are told apart by their sentence.
    where = ev.sentence if not ev.target else None
    return (ev.cameo, _key(ev.source), _key(ev.target), ev.negated, ev.modality, where)


def _retold_meeting(ev: Event, earlier: Event) -> bool:
    """安南将和鲍威尔、索拉纳…会面 … 与美国、欧盟和俄罗斯的高级领导人会面: the same joint act on the
    same day, told again with countries where the first telling named their people."""
    if not earlier.joint or (ev.cameo, ev.date.value, ev.modality, ev.negated) != \
            (earlier.cameo, earlier.date.value, earlier.modality, earlier.negated):
        return False
    named = {(a.country, a.name) for a in earlier.source}
    countries = {a.country for a in earlier.source}
    shared = [a for a in ev.source if (a.country, a.name) in named]
    return bool(shared) and all((a.country, a.name) in named or (a.kind != "person" and a.country in countries)
                                for a in ev.source)
