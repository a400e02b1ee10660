"""Reading events back: filters over the store, and monthly counts per dyad and QuadClass."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Iterator, Optional


@dataclass
class EventFilter:
    """Every field is optional; set fields are ANDed."""
    date_from: Optional[str] = None   # inclusive, compared with the event date value (YYYY-MM-DD prefix)
    date_to: Optional[str] = None     # inclusive
    actor: Optional[str] = None       # actor name, English name, CAMEO code (CHNGOV) or country (CHN)
    dyad: Optional[tuple[str, str]] = None  # (source country, target country), directed
    cameo: Optional[str] = None       # a root ("04") or code ("042"): prefix match
    plover: Optional[str] = None      # PLOVER type, e.g. CONSULT
    modality: Optional[str] = None    # asserted | future | hypothetical
    negated: Optional[bool] = None
    limit: Optional[int] = None


def parse_dyad(text: str) -> tuple[str, str]:
    for sep in ("-", ",", ">", ":"):
        if sep in text:
            a, b = text.split(sep, 1)
            return a.strip().upper(), b.strip().upper()
    raise ValueError(f"a dyad is two country codes, e.g. CHN-USA (got {text!r})")


def where_clause(f: EventFilter, alias: str = "e") -> tuple[str, list]:
    conds, params = [], []
    if f.date_from:
        conds.append(f"{alias}.date >= ?")
        params.append(f.date_from)
    if f.date_to:
        # "2024-03" must include every day of March: compare against the bound padded with a high char.
        conds.append(f"{alias}.date <= ?")
        params.append(f.date_to + "\uffff" if len(f.date_to) < 10 else f.date_to)
    if f.actor:
        conds.append(f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = {alias}.event_id "
                     "AND (a.name = ? OR a.name_en = ? OR a.code = ? OR a.country = ?))")
        params += [f.actor, f.actor, f.actor.upper(), f.actor.upper()]
    if f.dyad:
        for side, country in zip(("source", "target"), f.dyad):
            conds.append(f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = {alias}.event_id "
                         "AND a.side = ? AND a.country = ?)")
            params += [side, country]
    if f.cameo:
        conds.append(f"{alias}.cameo LIKE ?")
        params.append(f.cameo + "%")
    if f.plover:
        conds.append(f"{alias}.plover_type = ?")
        params.append(f.plover.upper())
    if f.modality:
        conds.append(f"{alias}.modality = ?")
        params.append(f.modality)
    if f.negated is not None:
        conds.append(f"{alias}.negated = ?")
        params.append(int(f.negated))
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def _limit(f: EventFilter) -> str:
    return f" LIMIT {int(f.limit)}" if f.limit else ""


def iter_records(conn: sqlite3.Connection, f: EventFilter = EventFilter(), with_meta: bool = False) -> Iterator[dict]:
    """The exact spec records, ordered by document, sentence and index; streamed from the cursor."""
    where, params = where_clause(f)
    sql = ("SELECT e.record_json, d.meta_json, d.date, d.title FROM events e JOIN documents d ON d.doc_id = e.doc_id"
           f"{where} ORDER BY e.doc_id, e.sentence, e.n{_limit(f)}")
    for record_json, meta_json, doc_date, title in conn.execute(sql, params):
        rec = json.loads(record_json)
        if with_meta:  # the document's input fields: url, source, … plus its date and title
            rec["meta"] = {**json.loads(meta_json or "{}"), "date": doc_date, "title": title}
        yield rec


def iter_rows(conn: sqlite3.Connection, columns: list[str], f: EventFilter = EventFilter()) -> Iterator[tuple]:
    """Flat rows of the events table (columns named by the caller from EVENT_COLUMNS)."""
    where, params = where_clause(f)
    cols = ", ".join(f"e.{c}" for c in columns)
    yield from conn.execute(f"SELECT {cols} FROM events e{where} ORDER BY e.doc_id, e.sentence, e.n{_limit(f)}",
                            params)


MONTHLY_COLUMNS = ["month", "source_country", "target_country", "quad_class", "events"]


def monthly_counts(conn: sqlite3.Connection, f: EventFilter = EventFilter()) -> list[tuple]:
    """Events per month, directed country dyad and QuadClass (the spec's dyads: joint events count both ways)."""
    where, params = where_clause(EventFilter(**{**f.__dict__, "dyad": None, "limit": None}))
    conds = ["d.year_month IS NOT NULL"]
    if f.dyad:
        conds.append("d.source_country = ? AND d.target_country = ?")
        params += list(f.dyad)
    where = (where + " AND " if where else " WHERE ") + " AND ".join(conds)
    sql = ("SELECT d.year_month, d.source_country, d.target_country, d.quad_class, COUNT(DISTINCT d.event_id) "
           f"FROM event_dyads d JOIN events e ON e.event_id = d.event_id{where} "
           "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4" + _limit(f))
    return conn.execute(sql, params).fetchall()
