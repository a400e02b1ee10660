"""`jishi actors TEXT --date D`: show how each actor mention resolves, with its evidence."""
from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("actors", help="resolve the actors in a piece of text on a date")
    p.add_argument("text")
    p.add_argument("--date", help="YYYY-MM-DD: roles are those held on this date")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def resolve_actors(text: str, date=None) -> list[dict]:
    from jishi.pipeline import Pipeline
    doc = Pipeline().code_document(text, date)
    out = []
    for m in doc.actors:
        for a in m.actors():
            out.append({"span": [m.start, m.end], "text": m.text, "via": m.via, **a.to_json()})
    return out


def run(args) -> int:
    rows = resolve_actors(args.text, args.date)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"[{r['span'][0]}:{r['span'][1]}] {r['text']}  →  {r['name']} ({r['kind']}, {r['code'] or '?'}"
              f"{', ' + r['role'] if r['role'] else ''}{', ' + r['name_en'] if r['name_en'] else ''})  via {r['via']}")
    return 0
