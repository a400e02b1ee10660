"""Streaming exports of the store: CSV, Parquet, Phoenix TSV, spec JSONL and
POLECAT-style JSONL.  Rows come from a cursor and go out as they come (Parquet
in record batches), so memory does not grow with the number of events."""
from __future__ import annotations

import csv
import sqlite3
from typing import Iterable, TextIO

from jishi.output import write_jsonl, write_phoenix
from jishi.store.query import EventFilter, iter_records, iter_rows

# The flat event columns (the `events` table without record_json), with their Arrow types.
EVENT_COLUMNS = [
    ("event_id", "string"), ("doc_id", "string"), ("sentence", "int32"), ("n", "int32"), ("date", "string"),
    ("date_precision", "string"), ("year_month", "string"), ("cameo", "string"), ("cameo_root", "string"),
    ("quad_class", "int8"), ("goldstein", "float64"), ("plover_type", "string"), ("plover_mode", "string"),
    ("joint", "bool_"), ("modality", "string"), ("negated", "bool_"), ("confidence", "float64"),
    ("trigger", "string"), ("evidence", "string"), ("location_name", "string"), ("location_country", "string"),
    ("source_codes", "string"), ("target_codes", "string"),
]
COLUMN_NAMES = [name for name, _ in EVENT_COLUMNS]
PARQUET_BATCH = 10_000


def arrow_schema():
    import pyarrow as pa
    return pa.schema([(name, getattr(pa, kind)()) for name, kind in EVENT_COLUMNS])


def _typed(rows: list[tuple]) -> dict:
    cols = {name: [r[i] for r in rows] for i, name in enumerate(COLUMN_NAMES)}
    for name in ("joint", "negated"):
        cols[name] = [None if v is None else bool(v) for v in cols[name]]
    return cols


def write_parquet_rows(rows: Iterable[tuple], path: str, batch_size: int = PARQUET_BATCH) -> int:
    """Rows in COLUMN_NAMES order to one Parquet file, one row group per batch."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = arrow_schema()
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[tuple] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= batch_size:
                writer.write_batch(pa.RecordBatch.from_pydict(_typed(batch), schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_batch(pa.RecordBatch.from_pydict(_typed(batch), schema=schema))
            n += len(batch)
    return n


def write_csv_rows(rows: Iterable[tuple], out: TextIO, columns: list[str] = COLUMN_NAMES) -> int:
    writer = csv.writer(out)
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def _side(actors: list[dict], key: str) -> list:
    return [a.get(key) for a in actors]


def polecat_record(rec: dict) -> dict:
    """A PLOVER-typed record with POLECAT-like field names (actor / recipient); not the official schema."""
    src, tgt = rec.get("source") or [], rec.get("target") or []
    plover = rec.get("plover") or {}
    loc = rec.get("location") or {}
    return {
        "event_id": rec["event_id"], "story_id": rec["doc_id"],
        "story_date": (rec.get("meta") or {}).get("date"), "event_date": (rec.get("date") or {}).get("value"),
        "event_type": plover.get("type"), "event_mode": plover.get("mode"), "quad_code": rec.get("quad_class"),
        "cameo": rec.get("cameo"), "goldstein": rec.get("goldstein"),
        "actor": _side(src, "name"), "actor_name_en": _side(src, "name_en"), "actor_country": _side(src, "country"),
        "actor_sector": _side(src, "sector"), "actor_title": _side(src, "role"),
        "recipient": _side(tgt, "name"), "recipient_name_en": _side(tgt, "name_en"),
        "recipient_country": _side(tgt, "country"), "recipient_sector": _side(tgt, "sector"),
        "recipient_title": _side(tgt, "role"), "joint": rec.get("joint"),
        "placename": loc.get("text"), "place_country": loc.get("country"),
        "modality": rec.get("modality"), "negated": rec.get("negated"), "confidence": rec.get("confidence"),
        "text": rec.get("evidence"), "language": "zh",
    }


EXPORT_FORMATS = ("csv", "parquet", "phoenix", "jsonl", "polecat")


def export(conn: sqlite3.Connection, fmt: str, out, f: EventFilter = EventFilter()) -> int:
    """Write the events matching `f`; `out` is a text stream, or a file path for parquet.  Returns the count."""
    if fmt == "parquet":
        if not isinstance(out, str):
            raise ValueError("parquet export needs a file path (-o FILE)")
        return write_parquet_rows(iter_rows(conn, COLUMN_NAMES, f), out)
    if fmt == "csv":
        return write_csv_rows(iter_rows(conn, COLUMN_NAMES, f), out)
    if fmt == "phoenix":
        return write_phoenix(iter_records(conn, f, with_meta=True), out)
    if fmt == "jsonl":
        return write_jsonl(iter_records(conn, f), out)
    if fmt == "polecat":
        return write_jsonl((polecat_record(r) for r in iter_records(conn, f, with_meta=True)), out)
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
