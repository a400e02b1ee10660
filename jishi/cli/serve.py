"""`jishi serve`: the web page (article view; corpus view with --db)."""
from __future__ import annotations

import os
import sys


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve the web page: code an article, browse a database (needs the web extra)")
    p.add_argument("--db", metavar="EVENTS.sqlite", help="an event database (jishi store) for the corpus view")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(run=run)


def run(args) -> int:
    try:
        import uvicorn
        from jishi.web.app import create_app
    except ImportError as err:
        print(f"jishi: error: the web page needs `pip install jishi[web]` ({err})", file=sys.stderr)
        return 2
    if args.db and not os.path.isfile(args.db):
        print(f"jishi: error: {args.db}: no such database file", file=sys.stderr)
        return 2
    app = create_app(args.db)
    print(f"jishi: serving on http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
