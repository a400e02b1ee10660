"""`jishi eval GOLD.jsonl`: code the gold documents and print the scores of spec section 5."""
from __future__ import annotations

import json
import sys

from jishi.eval import format_report, score_documents


def register(sub) -> None:
    p = sub.add_parser("eval", help="score the coder against a gold JSONL file (spec section 5)")
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--misses", action="store_true", help="list missed and false events with their evidence")
    p.set_defaults(run=run)


def evaluate(path: str) -> dict:
    from jishi.pipeline import Pipeline
    pipeline = Pipeline()
    pairs = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            doc_id = str(rec.get("doc_id") or rec.get("id") or lineno)
            doc = pipeline.code_document(rec["text"], rec.get("date"), doc_id)
            pairs.append((doc_id, rec.get("events", []), [e.to_json() for e in doc.events]))
    return score_documents(pairs)


def run(args) -> int:
    scores = evaluate(args.gold)
    if args.json:
        scores = {k: v for k, v in scores.items() if k != "details"}
        json.dump(scores, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(format_report(scores, misses=args.misses))
    return 0
