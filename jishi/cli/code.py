"""`jishi code PATH...`: code documents and print their events."""
from __future__ import annotations

import sys

from jishi.errors import InputError
from jishi.inputs import iter_documents
from jishi.output import FORMATS


def register(sub) -> None:
    p = sub.add_parser("code", help="code documents (.txt, .jsonl, folders, - for stdin) and print events")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", "-f", choices=sorted(FORMATS), default="jsonl")
    p.add_argument("--date", help="document date YYYY-MM-DD for .txt input without one")
    p.set_defaults(run=run)


def code_paths(paths, date=None, on_error=None):
    """Yield event records of every readable document; report the others to on_error(name, message)."""
    from jishi.pipeline import Pipeline
    pipeline = Pipeline()
    for name, item in iter_documents(paths):
        if isinstance(item, InputError):
            on_error(name, str(item))
            continue
        if date and not item.get("date"):
            item["date"] = date
        try:
            doc = next(pipeline.code_documents([item]))
        except Exception as err:  # one document's failure must not stop the batch
            on_error(name, f"{name}: coding failed ({type(err).__name__}: {err})")
            continue
        for ev in doc.events:
            yield ev.to_json()


def run(args) -> int:
    failures = []

    def on_error(name, message):
        failures.append(name)
        print(f"jishi: error: {message}", file=sys.stderr)

    writer = FORMATS[args.format]
    writer(code_paths(args.paths, args.date, on_error), sys.stdout)
    sys.stdout.flush()
    if failures:
        print(f"jishi: {len(failures)} document(s) failed", file=sys.stderr)
        return 1
    return 0
