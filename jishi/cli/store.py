"""`jishi ingest`, `jishi query`, `jishi export`: the SQLite event store (docs/store.md)."""
from __future__ import annotations

import csv
import sys

EXIT_FAILED_DOCS = 1
EXIT_STORE = 3


def register(sub) -> None:
    p = sub.add_parser("ingest", help="code documents into an SQLite event store (resumable, idempotent)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .jsonl, .jsonl.gz files, folders, - for stdin")
    p.add_argument("--db", help="SQLite database to write (required without --dask)")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--batch-size", type=int, default=32, help="documents per transaction (default 32)")
    p.add_argument("--recode", action="store_true", help="re-code documents already in the store")
    p.add_argument("--dask", metavar="ADDRESS", help="code on a Dask cluster: scheduler address, or `local`")
    p.add_argument("--dask-workers", type=int, default=2, help="workers of `--dask local` (default 2)")
    p.add_argument("--parquet", metavar="DIR", help="with --dask: Parquet output folder, partitioned by year-month")
    p.set_defaults(run=run_ingest)

    q = sub.add_parser("query", help="events from an event store, or monthly counts per dyad and QuadClass")
    _filters(q)
    q.add_argument("--monthly", action="store_true", help="count events per month, dyad and QuadClass")
    q.add_argument("--format", "-f", choices=["table", "csv", "json"], default="table")
    q.set_defaults(run=run_query)

    e = sub.add_parser("export", help="export events: csv, parquet, phoenix, jsonl (spec records), polecat")
    _filters(e)
    e.add_argument("--format", "-f", choices=["csv", "parquet", "phoenix", "jsonl", "polecat"], default="jsonl")
    e.add_argument("-o", "--output", help="output file (required for parquet; default standard output)")
    e.set_defaults(run=run_export)


def _filters(p) -> None:
    p.add_argument("--db", required=True, help="SQLite event store")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="events on or after DATE (YYYY, YYYY-MM, …)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="events on or before DATE")
    p.add_argument("--actor", help="actor name, English name, code (CHNGOV) or country (CHN)")
    p.add_argument("--dyad", help="directed country dyad SOURCE-TARGET, e.g. CHN-USA")
    p.add_argument("--cameo", help="CAMEO root or code prefix, e.g. 04 or 042")
    p.add_argument("--plover", help="PLOVER event type, e.g. CONSULT")
    p.add_argument("--modality", choices=["asserted", "future", "hypothetical"])
    p.add_argument("--negated", choices=["yes", "no"], help="only negated / only non-negated events")
    p.add_argument("--limit", type=int)


def _filter_of(args):
    from jishi.store.query import EventFilter, parse_dyad
    return EventFilter(date_from=args.date_from, date_to=args.date_to, actor=args.actor,
                       dyad=parse_dyad(args.dyad) if args.dyad else None, cameo=args.cameo, plover=args.plover,
                       modality=args.modality, negated=None if args.negated is None else args.negated == "yes",
                       limit=args.limit)


def _error(message: str) -> None:
    print(f"jishi: error: {message}", file=sys.stderr)


def run_ingest(args) -> int:
    from jishi.store import Store, StoreError, ingest
    from jishi.store.progress import Progress, count_documents
    if not args.db and not args.dask:
        _error("ingest needs --db FILE (or --dask with --parquet DIR)")
        return 2
    if args.dask and not args.parquet:
        _error("--dask needs --parquet DIR")
        return 2
    total = count_documents(args.paths) if sys.stderr.isatty() else None
    progress = Progress(total)
    command = "jishi " + " ".join(sys.argv[1:])
    try:
        if args.dask:
            from jishi.scale import ingest_dask
            report = ingest_dask(args.paths, args.parquet, args.dask, db=args.db, workers=args.dask_workers,
                                 batch_size=max(args.batch_size, 256), recode=args.recode, progress=progress,
                                 command=command)
        else:
            with Store(args.db) as store:
                report = ingest(args.paths, store=store, jobs=args.jobs, batch_size=args.batch_size,
                                recode=args.recode, progress=progress, command=command)
    except StoreError as err:
        _error(str(err))
        return EXIT_STORE
    for message in report.errors:
        _error(message)
    print(f"jishi ingest: {report.seen} documents: {report.coded} coded, {report.skipped} already in the store, "
          f"{report.failed} failed; {report.events} events; {report.docs_per_second:.1f} docs/s", file=sys.stderr)
    return EXIT_FAILED_DOCS if report.failed else 0


def _open(path: str):
    import os
    import sqlite3
    if not os.path.exists(path):
        raise FileNotFoundError(path)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _open_or_report(path: str):
    """The database read-only, or None after a one-line error naming it."""
    try:
        return _open(path)
    except FileNotFoundError:
        _error(f"{path}: no such database")
        return None


def run_query(args) -> int:
    from jishi.output import write_jsonl, write_table
    from jishi.store.query import MONTHLY_COLUMNS, iter_records, monthly_counts
    conn = _open_or_report(args.db)
    if conn is None:
        return 2
    f = _filter_of(args)
    if args.monthly:
        rows = monthly_counts(conn, f)
        if args.format == "csv":
            w = csv.writer(sys.stdout)
            w.writerow(MONTHLY_COLUMNS)
            w.writerows(rows)
        elif args.format == "json":
            write_jsonl((dict(zip(MONTHLY_COLUMNS, r)) for r in rows), sys.stdout)
        else:
            print("month    source target quad events")
            for month, s, t, quad, n in rows:
                print(f"{month:<8} {s:<6} {t:<6} {quad:>4} {n:>6}")
        return 0
    if args.format == "csv":
        from jishi.store.export import export
        export(conn, "csv", sys.stdout, f)
    elif args.format == "json":
        write_jsonl(iter_records(conn, f), sys.stdout)
    else:
        write_table(iter_records(conn, f), sys.stdout)
    return 0


def run_export(args) -> int:
    from jishi.store.export import export
    conn = _open_or_report(args.db)
    if conn is None:
        return 2
    f = _filter_of(args)
    if args.format == "parquet":
        if not args.output:
            _error("parquet export needs -o FILE")
            return 2
        n = export(conn, "parquet", args.output, f)
    elif args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            n = export(conn, args.format, out, f)
    else:
        n = export(conn, args.format, sys.stdout, f)
    print(f"jishi export: {n} events", file=sys.stderr)
    return 0
